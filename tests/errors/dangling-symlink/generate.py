"""A .toml entry that is a symbolic link to nothing: an unreadable file
that stays unreadable for root too (chmod 000 does not stop root)."""
import os
import sys
from pathlib import Path

target = Path(sys.argv[1])
(target / "region.toml").write_text('[region]\nid = "norrbotten"\ncounty = "25"\n')
os.symlink("gone/centres.toml", target / "centres.toml")
