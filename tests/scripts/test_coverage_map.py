#!/usr/bin/env python3
"""The coverage maps, read back as XML.

`report coverage --format svg` must parse as XML and draw exactly one shape
per municipality (290), each with an SCB code of the reference data, a
status word and a title with its name and status; `report region norrbotten
--format svg` the county's 14, with the seed's statuses (Kalix and Haparanda
a family centre; Luleå, Piteå and Övertorneå similar operations; the other
nine neither). The same maps are inline in the HTML reports; markdown written
to a file refers to the SVG written beside it; text keeps its table and has
no map. Two runs give the same bytes, and the national map stays far below
the 800 kB of its source. Without the outlines file a map is an error (exit
1) and the formats without a map still work.

    test_coverage_map.py --netadmin BIN --source SRC_DIR
"""
import argparse
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

SVG = "{http://www.w3.org/2000/svg}"
STATUSES = {"full", "similar", "none", "unknown", "stated-none", "counted"}
FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)
    return condition


def run(args, *words, lang="sv"):
    done = subprocess.run([args.netadmin, "--today", "2026-11-23", "--lang", lang, *words], capture_output=True,
                          text=True, encoding="utf-8")
    check(done.returncode == 0, f"{' '.join(words)}: exit {done.returncode}: {done.stderr}")
    return done.stdout


def shapes(svg_text, what):
    try:
        root = ET.fromstring(svg_text)
    except ET.ParseError as error:
        check(False, f"{what}: not XML: {error}")
        return {}
    check(root.tag == SVG + "svg", f"{what}: the root is {root.tag}, not svg")
    found = {}
    for path in root.iter(SVG + "path"):
        code = path.get("data-code")
        if code is None:
            continue
        check(code not in found, f"{what}: {code} drawn twice")
        title = path.find(SVG + "title")
        found[code] = (path.get("data-status"), title.text if title is not None else "")
    return found


def municipalities(source):
    with open(Path(source) / "data/reference/municipalities.csv", encoding="utf-8") as f:
        return {row["kommunkod"]: (row["kommun"], row["lanskod"]) for row in csv.DictReader(f)}


def check_national(args, reference):
    svg = run(args, "report", "coverage", "--format", "svg")
    check(svg == run(args, "report", "coverage", "--format", "svg"), "national map: not the same bytes twice")
    check(len(svg.encode()) < 400_000, f"national map: {len(svg.encode())} bytes")
    found = shapes(svg, "national map")
    check(len(found) == 290, f"national map: {len(found)} municipality shapes, not 290")
    check(set(found) == set(reference), f"national map: codes not in the reference: {set(found) ^ set(reference)}")
    for code, (status, title) in found.items():
        check(status in STATUSES, f"national map: {code} has status {status!r}")
        name = reference.get(code, ("?",))[0]
        check(title.startswith(name + ": "), f"national map: {code} has the title {title!r}")
    # Stockholm's region is not in the bundled registry: unknown, never none.
    check(found.get("0180", ("",))[0] == "unknown", "national map: Stockholm (0180) is not unknown")
    # The sources' counts: none in Uppsala, Gotland and Blekinge as of 2023
    # (8 + 1 + 5 municipalities), Skåne's 39 with no centre listed (33).
    for code, want in (("0380", "stated-none"), ("0980", "stated-none"), ("1080", "stated-none"),
                       ("1280", "counted")):
        check(found.get(code, ("",))[0] == want, f"national map: {code} is {found.get(code)}, not {want}")
    for needle in ("Familjecentral (2)", "Bara familjecentralsliknande verksamhet (3)", "Ingetdera (9)",
                   "Uppgift saknas (229)", "Inga enligt källorna (2023) (14)",
                   "Antal känt, verksamheterna inte listade (33)",
                   "Enligt källorna har 14 kommuner inga verksamheter (2023)"):
        check(needle in svg, f"national map: legend or description lacks {needle!r}")
    return found


def check_norrbotten(args, reference):
    svg = run(args, "report", "region", "norrbotten", "--format", "svg", lang="en")
    found = shapes(svg, "Norrbotten map")
    county = {code for code, (_, lan) in reference.items() if lan == "25"}
    check(len(found) == 14, f"Norrbotten map: {len(found)} shapes, not 14")
    check(set(found) == county, f"Norrbotten map: {sorted(set(found) ^ county)} differ from the county")
    expected = {"2514": "full", "2583": "full", "2580": "similar", "2581": "similar", "2518": "similar"}
    for code in county:
        want = expected.get(code, "none")
        check(found.get(code, ("",))[0] == want, f"Norrbotten map: {code} is {found.get(code)}, not {want}")
    check(found.get("2514", ("", ""))[1] == "Kalix: Family centre", f"Norrbotten map: Kalix {found.get('2514')}")
    check("Family centres by municipality in Norrbottens län" in svg, "Norrbotten map: no title")


def inline_svg(html, what):
    match = re.search(r"<svg [^>]*class=\"map\".*?</svg>", html, re.S)
    check(match is not None, f"{what}: no map")
    return match.group(0) if match else ""


def check_embedded(args, national):
    html = run(args, "report", "coverage", "--format", "html")
    check(shapes(inline_svg(html, "coverage html"), "coverage html") == national, "coverage html: another map")
    region = run(args, "report", "region", "norrbotten", "--format", "html")
    check(len(shapes(inline_svg(region, "region html"), "region html")) == 14, "region html: not 14 shapes")
    text = run(args, "report", "coverage")
    check("<svg" not in text and "Region Norrbotten" in text, "coverage text: a map, or no table")
    markdown = run(args, "report", "coverage", "--format", "markdown")
    check(".svg" not in markdown, "coverage markdown on stdout refers to a map it could not write")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "täckning.md"
        run(args, "report", "coverage", "--format", "markdown", "--output", str(page))
        beside = Path(tmp) / "täckning-map.svg"
        check(beside.is_file(), "coverage markdown: no map written beside it")
        if beside.is_file():
            check(len(shapes(beside.read_text(encoding="utf-8"), "map beside markdown")) == 290,
                  "map beside markdown: not 290 shapes")
        check("](t%C3%A4ckning-map.svg)" in page.read_text(encoding="utf-8"),
              "coverage markdown: no reference to the map beside it")


def check_without_outlines(args):
    """Without outlines.csv a map cannot be drawn (exit 1, saying which file); the other formats never read it."""
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        (data / "reference").mkdir()
        for name in ("counties.csv", "municipalities.csv"):
            shutil.copy(Path(args.source) / "data/reference" / name, data / "reference" / name)
        (data / "registry").symlink_to(Path(args.source).resolve() / "data/registry")
        env = dict(os.environ, NETADMIN_DATA_DIR=str(data))
        for fmt, code in (("json", 0), ("text", 0), ("html", 1), ("svg", 1)):
            done = subprocess.run([args.netadmin, "report", "coverage", "--format", fmt], capture_output=True,
                                  text=True, encoding="utf-8", env=env)
            check(done.returncode == code, f"no outlines, --format {fmt}: exit {done.returncode}, not {code}")
            if code:
                check("outlines.csv" in done.stderr and not done.stdout,
                      f"no outlines, --format {fmt}: {done.stderr!r}, {len(done.stdout)} bytes out")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    reference = municipalities(args.source)
    national = check_national(args, reference)
    check_norrbotten(args, reference)
    check_embedded(args, national)
    check_without_outlines(args)
    for failure in FAILURES:
        print("FAIL:", failure)
    if FAILURES:
        return 1
    print("ok: national map 290 shapes, Norrbotten 14 with the seed's statuses, inline in HTML, beside markdown")
    return 0


if __name__ == "__main__":
    sys.exit(main())
