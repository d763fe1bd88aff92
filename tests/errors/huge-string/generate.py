"""A registry file holding a single 100 MB string: above the 64 MB limit
for one file, so it is refused with a clear error before it is read, and
memory stays flat. large-string shows a big string under the limit.
Written at test time (too big to commit)."""
import sys
from pathlib import Path

size = 100 * 1024 * 1024
with open(Path(sys.argv[1]) / "region.toml", "w") as out:
    out.write('[region]\nid = "norrbotten"\ncounty = "25"\nsummary = "')
    chunk = "Familjecentral " * 4096
    written = 0
    while written < size:
        part = chunk[: size - written]
        out.write(part)
        written += len(part)
    out.write('"\nsumary = "typo"\n')
