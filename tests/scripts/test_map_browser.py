#!/usr/bin/env python3
"""The site's maps rendered in headless Chromium.

For the coverage page and every region page of `netadmin report site`:
1. a copy of the page with a small probe script measures the map where the
   browser laid it out: its box must have a size and lie within the page,
   at a desktop width and at the narrowest Chromium allows, 500 px (no
   sideways scrolling);
2. a screenshot down to the map's bottom edge must not be blank, and the
   map's own box in it must show a drawing (several colours), with the
   colour of a family centre where the page's map has one.

Skips (exit 0 with a message) only when chromium is not installed.

    test_map_browser.py --netadmin BIN --source SRC_DIR [--keep DIR]
"""
import argparse
import concurrent.futures
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

import browser_support

# Beside browser_support.FLAGS: one screenshot pixel per CSS pixel.
FLAGS = ["--force-device-scale-factor=1"]
FULL_COLOUR = (0x2c, 0x7f, 0xb8)
PROBE = """<script>
const map = document.querySelector('svg.map');
const box = map ? map.getBoundingClientRect() : null;
document.body.setAttribute('data-probe', JSON.stringify({
  found: !!map, left: box && box.left + scrollX, top: box && box.top + scrollY,
  right: box && box.right + scrollX, bottom: box && box.bottom + scrollY,
  pageWidth: document.documentElement.scrollWidth, pageHeight: document.documentElement.scrollHeight,
  viewportWidth: innerWidth}));
</script>"""
FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)
    return condition


def chromium(browser, work, url, *extra):
    return browser_support.chromium(browser, work, url, *extra, flags=FLAGS)


def probe(browser, work, page, width):
    copy = work / f"probe-{width}-{page.name}"
    copy.write_text(page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"), encoding="utf-8")
    done = chromium(browser, work, copy.as_uri(), f"--window-size={width},900", "--dump-dom")
    match = re.search(r'data-probe="([^"]*)"', done.stdout)
    if not check(match is not None, f"{page.name} at {width} px: the probe did not run ({done.stderr[-300:]})"):
        return None
    return json.loads(match.group(1).replace("&quot;", '"'))


def check_box(name, width, box):
    if not check(box and box["found"], f"{name} at {width} px: no map"):
        return False
    ok = box["right"] - box["left"] > 150 and box["bottom"] - box["top"] > 150
    check(ok, f"{name} at {width} px: the map is {box['right'] - box['left']} x {box['bottom'] - box['top']} px")
    inside = (box["left"] >= 0 and box["top"] >= 0 and box["right"] <= box["pageWidth"] + 0.5
              and box["right"] <= box["viewportWidth"] + 0.5 and box["bottom"] <= box["pageHeight"] + 0.5)
    return check(inside, f"{name} at {width} px: the map lies outside the page: {box}")


def check_screenshot(browser, work, page, box, wants_full):
    shot = work / (page.stem + "-map.png")
    height = int(box["bottom"]) + 20
    chromium(browser, work, page.as_uri(), f"--screenshot={shot}", f"--window-size=1200,{height}")
    width, shot_height, rows = browser_support.png_pixels(shot) if shot.exists() else (0, 0, [])
    if not check(rows, f"{page.name}: no screenshot"):
        return
    check(len({tuple(row[::40]) for row in rows[::25]}) > 1, f"{page.name}: the screenshot is blank")
    colours = set()
    for y in range(int(box["top"]), min(int(box["bottom"]), shot_height)):
        for x in range(int(box["left"]), min(int(box["right"]), width)):
            colours.add(rows[y][x])
    check(len(colours) > 8, f"{page.name}: the map's box shows {len(colours)} colours: nothing drawn")
    if wants_full:
        close = [c for c in colours if all(abs(a - b) <= 6 for a, b in zip(c, FULL_COLOUR))]
        check(close, f"{page.name}: no municipality in the colour of a family centre")


def check_page(browser, work, page, statuses):
    for width in (1200, 500):
        box = probe(browser, work, page, width)
        if not check_box(page.name, width, box):
            return
        if width == 1200:
            check_screenshot(browser, work, page, box, 'data-status="full"' in statuses)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--keep", help="copy the site and the screenshots here")
    args = parser.parse_args()
    browser = browser_support.find_browser()
    if browser is None:
        print("SKIP: chromium is not installed (apt-get install chromium); the maps were not rendered")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        site = work / "site"
        browser_support.make_site(args.netadmin, site)
        pages = [site / "coverage.html"] + sorted(site.glob("region-*.html"))
        check(len(pages) >= 3, f"site: only {[p.name for p in pages]}")
        with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
            list(pool.map(lambda page: check_page(browser, work, page, page.read_text(encoding="utf-8")), pages))
        if args.keep:
            shutil.copytree(work, args.keep, dirs_exist_ok=True)
    for failure in FAILURES:
        print("FAIL:", failure)
    if FAILURES:
        return 1
    print(f"ok: the maps of {len(pages)} pages lie within the page and are drawn")
    return 0


if __name__ == "__main__":
    sys.exit(main())
