"""A 32 MB string, half the per-file limit, followed by a misspelt key:
loads in bounded time and memory, and the error after the string is
located on the right line and column. Written at test time."""
import sys
from pathlib import Path

size = 32 * 1024 * 1024
with open(Path(sys.argv[1]) / "region.toml", "w") as out:
    out.write('[region]\nid = "norrbotten"\ncounty = "25"\nsummary = "')
    out.write(("Familjecentral " * (size // 15 + 1))[:size])
    out.write('"\nsumary = "typo"\n')
