"""A folder whose name ends in .toml is a folder, not a file: the files in
it are read (with their own errors), the folder itself is not opened."""
import sys
from pathlib import Path

target = Path(sys.argv[1])
(target / "region.toml").write_text('[region]\nid = "norrbotten"\ncounty = "25"\n')
(target / "more.toml").mkdir()
(target / "more.toml" / "centres.toml").write_text('region = "norrbotten"\n[[centre]]\nid = "c"\nname = "C"\n')
