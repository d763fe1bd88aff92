#!/usr/bin/env python3
"""Makes data/reference/outlines.csv from the GeoJSON outlines beside this script.

netadmin draws its coverage maps from outlines.csv, a compact form of
municipalities.geojson and counties.geojson that its existing CSV reader
reads: no JSON parser in the program, and a file a quarter of the size.

Each row is one ring (an outer boundary or a hole) of one area:

    level,code,points
    county,25,8051 73112 8060 73101 ...
    municipality,2514,8781 73193 8790 73185 ...

`level` is `county` or `municipality`, `code` the SCB code (two digits for a
county, four for a municipality), `points` the ring's corners as easting and
northing pairs in SWEREF 99 TM (EPSG:3006), in units of 100 m, rounded. A
map of the whole country or of one county never shows more than that (a
county map on a screen is at best about 100 m a pixel). A corner equal to the
one before it after rounding is dropped, the closing corner is not repeated,
and a ring left with fewer than three corners (a skerry) is dropped. An area's
rings follow each other; areas are in code order, rings in source order.

    make_outlines.py             write ../reference/outlines.csv
    make_outlines.py --check     exit 1 when the shipped file differs from a fresh one

Python 3 standard library only. The projection is the transverse Mercator
of SWEREF 99 TM (GRS 80, central meridian 15° E, scale 0.9996, false easting
500 000 m), computed with the Gauss-Krüger series Lantmäteriet publishes,
accurate to well under a millimetre inside Sweden.
"""
import argparse
import json
import math
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUTPUT = HERE.parent / "reference" / "outlines.csv"
UNIT_METRES = 100

# GRS 80 and SWEREF 99 TM.
AXIS = 6378137.0
FLATTENING = 1 / 298.257222101
CENTRAL_MERIDIAN = 15.0
SCALE = 0.9996
FALSE_NORTHING = 0.0
FALSE_EASTING = 500000.0


def _constants():
    e2 = FLATTENING * (2 - FLATTENING)
    n = FLATTENING / (2 - FLATTENING)
    a_roof = AXIS / (1 + n) * (1 + n ** 2 / 4 + n ** 4 / 64)
    conformal = (e2, (5 * e2 ** 2 - e2 ** 3) / 6, (104 * e2 ** 3 - 45 * e2 ** 4) / 120, 1237 * e2 ** 4 / 1260)
    beta = (n / 2 - 2 * n ** 2 / 3 + 5 * n ** 3 / 16 + 41 * n ** 4 / 180,
            13 * n ** 2 / 48 - 3 * n ** 3 / 5 + 557 * n ** 4 / 1440,
            61 * n ** 3 / 240 - 103 * n ** 4 / 140,
            49561 * n ** 4 / 161280)
    return a_roof, conformal, beta


A_ROOF, CONFORMAL, BETA = _constants()


def sweref99tm(longitude, latitude):
    """(easting, northing) in metres of a GRS 80 longitude and latitude in degrees."""
    phi = math.radians(latitude)
    s2 = math.sin(phi) ** 2
    a, b, c, d = CONFORMAL
    phi_star = phi - math.sin(phi) * math.cos(phi) * (a + b * s2 + c * s2 ** 2 + d * s2 ** 3)
    delta = math.radians(longitude - CENTRAL_MERIDIAN)
    xi = math.atan(math.tan(phi_star) / math.cos(delta))
    eta = math.atanh(math.cos(phi_star) * math.sin(delta))
    x = xi + sum(bj * math.sin(2 * j * xi) * math.cosh(2 * j * eta) for j, bj in enumerate(BETA, 1))
    y = eta + sum(bj * math.cos(2 * j * xi) * math.sinh(2 * j * eta) for j, bj in enumerate(BETA, 1))
    return SCALE * A_ROOF * y + FALSE_EASTING, SCALE * A_ROOF * x + FALSE_NORTHING


def grid(metres):
    # Half away from zero, written out: round() rounds half to even.
    return int(math.floor(metres / UNIT_METRES + 0.5))


def ring_points(ring):
    points = []
    for longitude, latitude in ring:
        easting, northing = sweref99tm(longitude, latitude)
        point = (grid(easting), grid(northing))
        if not points or points[-1] != point:
            points.append(point)
    while len(points) > 1 and points[-1] == points[0]:
        points.pop()
    return points if len(set(points)) >= 3 else []


def polygons(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["coordinates"]
    raise ValueError(f"unexpected geometry {geometry['type']}")


def area_rows(level, code, geometry):
    rows = []
    for polygon in polygons(geometry):
        for ring in polygon:
            points = ring_points(ring)
            if points:
                rows.append(f"{level},{code}," + " ".join(f"{x} {y}" for x, y in points))
    if not rows:
        raise ValueError(f"{level} {code}: nothing left after rounding")
    return rows


def outlines_csv():
    counties = json.loads((HERE / "counties.geojson").read_text(encoding="utf-8"))["features"]
    municipalities = json.loads((HERE / "municipalities.geojson").read_text(encoding="utf-8"))["features"]
    areas = [("county", f"{int(f['properties']['l_id']):02d}", f["geometry"]) for f in counties]
    areas += [("municipality", str(f["properties"]["id"]), f["geometry"]) for f in municipalities]
    lines = ["level,code,points"]
    for level, code, geometry in sorted(areas, key=lambda area: (area[0] != "county", area[1])):
        lines += area_rows(level, code, geometry)
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare with the shipped file instead of writing it")
    args = parser.parse_args()
    fresh = outlines_csv()
    if args.check:
        if OUTPUT.read_text(encoding="utf-8") != fresh:
            print(f"{OUTPUT.name} differs from what make_outlines.py makes now: run it and commit the result")
            return 1
        print(f"ok: {OUTPUT.name} matches its sources")
        return 0
    OUTPUT.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
