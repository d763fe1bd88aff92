"""A FIFO named like a registry file: reading it would block for ever, so the
loader must refuse it instead of hanging. Made at test time (git cannot hold
a FIFO)."""
import os
import sys
from pathlib import Path

target = Path(sys.argv[1])
(target / "region.toml").write_text('[region]\nid = "norrbotten"\ncounty = "25"\n')
os.mkfifo(target / "pipe.toml")
