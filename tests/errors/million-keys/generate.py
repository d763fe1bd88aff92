"""A million keys in one table (about 20 MB): an unknown [notes] table with
k0 .. k999999 in it. The parser must hold them all; the check reports the
one unknown table, not its keys. many-entities has a million valid keys;
the cost of a million unknown keys, each reported, is measured in
docs/reliability.md. Written at test time."""
import sys
from pathlib import Path

with open(Path(sys.argv[1]) / "region.toml", "w") as out:
    out.write('[region]\nid = "norrbotten"\ncounty = "25"\n\n[notes]\n')
    out.write("".join(f"k{i} = {i}\n" for i in range(1_000_000)))
    out.write('\n[[person]]\nid = "p"\nname = "P"\nemial = "p@example.se"\n')
