"""A table header of a million parts, [a.a.a. ...]: toml++ does not limit
the parts of a header, and the tree it would build is a million tables
deep, which overflowed the stack. Refused before parsing at the part past
the limit (64 levels). Written at test time (2 MB)."""
import sys
from pathlib import Path

header = ".".join(["a"] * 1_000_000)
with open(Path(sys.argv[1]) / "region.toml", "w") as out:
    out.write('[region]\nid = "norrbotten"\ncounty = "25"\n\n[' + header + ']\nb = 1\n')
