"""A registry file with mode 000. Root reads it anyway, so the runner runs
netadmin as an ordinary user for this case (see needs-non-root);
dangling-symlink and fifo cover unreadable entries for root."""
import os
import sys
from pathlib import Path

target = Path(sys.argv[1])
(target / "region.toml").write_text('[region]\nid = "norrbotten"\ncounty = "25"\n')
(target / "secret.toml").write_text('[[person]]\nid = "p"\nname = "P"\n')
os.chmod(target / "secret.toml", 0)
