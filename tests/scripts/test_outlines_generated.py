#!/usr/bin/env python3
"""data/reference/outlines.csv is what data/geo/make_outlines.py makes from the GeoJSON.

Also pins the script's projection to SWEREF 99 TM: points projected with PROJ
(`cs2cs +proj=longlat +ellps=GRS80 +to +proj=tmerc +ellps=GRS80 +lon_0=15
+k=0.9996 +x_0=500000`) must come out within a millimetre.

    test_outlines_generated.py --netadmin BIN --source SRC_DIR
"""
import argparse
import importlib.util
import sys
from pathlib import Path

# (longitude, latitude) -> (easting, northing), metres, from PROJ 9.1.
KNOWN = [((15.0, 60.0), (500000.000, 6651411.190)),            # on the central meridian
         ((22.1567, 65.5848), (829524.213, 7292404.416)),      # Luleå
         ((11.2, 58.9), (281123.418, 6535135.527)),            # the west coast, far from the meridian
         ((24.1, 65.83), (914599.982, 7331084.255))]           # Haparanda, the far east


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    script = Path(args.source) / "data" / "geo" / "make_outlines.py"
    spec = importlib.util.spec_from_file_location("make_outlines", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    failures = []
    for (lon, lat), (east, north) in KNOWN:
        got = module.sweref99tm(lon, lat)
        if abs(got[0] - east) > 0.001 or abs(got[1] - north) > 0.001:
            failures.append(f"{lon} E {lat} N projects to {got}, not ({east}, {north})")
    shipped = (Path(args.source) / "data" / "reference" / "outlines.csv").read_text(encoding="utf-8")
    if module.outlines_csv() != shipped:
        failures.append("data/reference/outlines.csv differs from what data/geo/make_outlines.py makes: "
                        "run the script and commit its output")
    for failure in failures:
        print("FAIL:", failure)
    if failures:
        return 1
    print(f"ok: projection matches PROJ at {len(KNOWN)} points; outlines.csv matches its GeoJSON sources")
    return 0


if __name__ == "__main__":
    sys.exit(main())
