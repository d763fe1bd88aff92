"""Symbolic link loops: a .toml link that points at itself through a second
link, and a folder link back to the registry. The loader must neither hang
nor read the registry twice."""
import os
import sys
from pathlib import Path

target = Path(sys.argv[1])
(target / "region.toml").write_text('[region]\nid = "norrbotten"\ncounty = "25"\n')
os.symlink("b.toml", target / "a.toml")
os.symlink("a.toml", target / "b.toml")
os.symlink(".", target / "again")
