#!/usr/bin/env python3
"""Runs axe-core's WCAG 2.1 A/AA and best-practice rules over every page
netadmin generates from the bundled registry, and fails on any violation.

The pages: `report site` in Swedish and in English, and each standalone
HTML report in both languages (every region, programme and meeting's
attendance sheet, the coverage report) with the maps (`--format svg` of
every region and of coverage), each at a desktop's width and at 320 CSS
pixels. The Swedish accessibility law for public digital services asks
for WCAG 2.1 AA; tests/a11y/axe.mjs drives Debian's Chromium with axe-core
through puppeteer-core, both from npm (.ci/install-deps puts them in
.ci/node).

Skips (exit 77) when node, the npm modules or Chromium are missing, unless
NETADMIN_REQUIRE_A11Y is set (as .ci/run does): then that is a failure.

    test_accessibility.py --netadmin BIN --source SRC_DIR [--keep DIR]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

TODAY = "2026-11-23"  # as the other site tests: the output does not follow the calendar
LANGS = ("sv", "en")
# Each page twice: on a desktop, and at 320 CSS pixels, the width WCAG 2.1's
# reflow criterion (1.4.10) asks a page to work at (a desktop zoomed to
# 400 %, a phone). Rules such as scrollable-region-focusable depend on it.
VIEWPORTS = ("1280x800", "320x640")


def missing_tools(source):
    """What the test needs and does not find, as sentences; and the
    environment for node."""
    missing, env = [], dict(os.environ)
    node = shutil.which("node")
    if node is None:
        missing.append("node is not installed")
    modules = Path(os.environ.get("NETADMIN_NODE_MODULES") or source / ".ci" / "node" / "node_modules")
    for needed in ("axe-core/axe.min.js", "puppeteer-core/package.json"):
        if not (modules / needed).is_file():
            missing.append(f"no {needed} in {modules} (run .ci/install-deps)")
    browser = os.environ.get("CHROMIUM") or "/usr/bin/chromium"
    if not os.access(browser, os.X_OK):
        missing.append(f"no Chromium at {browser} (set CHROMIUM)")
    env["NETADMIN_NODE_MODULES"] = str(modules.resolve())
    env["CHROMIUM"] = browser
    return node, missing, env


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--keep", help="also copy the generated pages here")
    args = parser.parse_args()
    source = Path(args.source).resolve()
    node, missing, env = missing_tools(source)
    if missing:
        for why in missing:
            print(why)
        if os.environ.get("NETADMIN_REQUIRE_A11Y"):
            print("FAIL: NETADMIN_REQUIRE_A11Y is set, so the accessibility test may not be skipped")
            return 1
        print("skipped: the accessibility test needs node, axe-core, puppeteer-core and Chromium")
        return 77

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        registry = tmp / "registry"
        shutil.copytree(source / "data" / "registry", registry, ignore=shutil.ignore_patterns(".*"))
        base = [args.netadmin, "--registry", str(registry), "--state", str(tmp / "state.db"), "--today", TODAY]

        def run(*words):
            return subprocess.run([*base, *words], capture_output=True, text=True, encoding="utf-8", check=True).stdout

        def ids(listing):
            return [row["id"] for row in json.loads(run(listing, "--format", "json"))]

        regions, programmes, meetings = ids("list-regions"), ids("list-programmes"), ids("list-meetings")
        pages = tmp / "pages"
        reports = []
        for lang in LANGS:
            run("--lang", lang, "report", "site", "--output", str(pages / f"site-{lang}"))
            out = pages / f"reports-{lang}"
            out.mkdir(parents=True)
            reports += [(lang, ["report", "coverage", "--format", "html"], out / "coverage.html"),
                        (lang, ["report", "coverage", "--format", "svg"], out / "coverage-map.svg")]
            for region in regions:
                reports += [(lang, ["report", "region", region, "--format", "html"], out / f"region-{region}.html"),
                            (lang, ["report", "region", region, "--format", "svg"], out / f"region-{region}-map.svg")]
            for programme in programmes:
                reports.append((lang, ["report", "programme", programme, "--format", "html"],
                                out / f"programme-{programme}.html"))
            for meeting in meetings:
                reports.append((lang, ["report", "attendance", meeting, "--format", "html"],
                                out / f"attendance-{meeting}.html"))
        for lang, words, path in reports:
            run("--lang", lang, *words, "--output", str(path))
        count = sum(1 for p in pages.rglob("*") if p.suffix in (".html", ".svg"))
        print(f"{count} pages: the site in {', '.join(LANGS)} and {len(reports)} standalone reports and maps")
        if args.keep:
            shutil.copytree(pages, args.keep, dirs_exist_ok=True)
        status = 0
        for viewport in VIEWPORTS:
            print(f"-- viewport {viewport}")
            done = subprocess.run([node, str(source / "tests" / "a11y" / "axe.mjs"), "--viewport", viewport, "."],
                                  cwd=pages, env=env, text=True, encoding="utf-8", errors="replace",
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=270)
            print(done.stdout, end="")
            if done.returncode:
                print(f"FAIL: axe-core found violations at {viewport}" if done.returncode == 1
                      else "FAIL: axe.mjs could not run")
                status = 1
        if status == 0:
            print("OK: no accessibility violation")
        return status


if __name__ == "__main__":
    sys.exit(main())
