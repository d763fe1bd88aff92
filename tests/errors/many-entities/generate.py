"""A million-key registry that is valid: 125 000 people of 8 keys each
(about 17 MB). Must load cleanly; the time and memory per MB are in
docs/reliability.md. Written at test time."""
import sys
from pathlib import Path

with open(Path(sys.argv[1]) / "region.toml", "w") as out:
    out.write('[region]\nid = "norrbotten"\ncounty = "25"\n')
    for i in range(125_000):
        out.write(f'\n[[person]]\nid = "p{i}"\nname = "Person {i}"\nemail = "p{i}@example.se"\n'
                  f'phone = "070-{i:07d}"\nrole = "samordnare"\nregion = "norrbotten"\n'
                  f'organisation = "org"\n')
    out.write('\n[[organisation]]\nid = "org"\nname = "Org"\n')
