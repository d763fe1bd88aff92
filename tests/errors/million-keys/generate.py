"""A registry file with a million keys in one table (about 20 MB): each is an
unknown key, so the loader reports a million errors. Shows the time and memory
cost of the worst case of many located diagnostics. Written at test time."""
import sys
from pathlib import Path

with open(Path(sys.argv[1]) / "region.toml", "w") as out:
    out.write('[region]\nid = "norrbotten"\ncounty = "25"\n\n[[person]]\nid = "p"\nname = "P"\n')
    out.write("".join(f"k{i} = {i}\n" for i in range(1_000_000)))
