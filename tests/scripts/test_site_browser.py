#!/usr/bin/env python3
"""Renders every page of `netadmin report site` in headless Chromium.

For each page: a screenshot that must exist and not be blank, the DOM after
rendering that must contain what the page is about (a region page every name
of the region's centres, a programme page its sessions, the index every
region), no console message at all (the pages have no script, so any message
is an error: a failed load, a parse problem), and no reference to anything
outside the page. Every link between pages must lead to a generated file.
Before that, the console check is run on a page with a broken script to show
that it catches errors.

Skips (exit 0 with a message) only when chromium is not installed.

    test_site_browser.py --netadmin BIN --source SRC_DIR [--keep DIR]
"""
import argparse
import concurrent.futures
import json
import re
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import browser_support

# Beside browser_support.FLAGS: the console on stderr.
FLAGS = ["--enable-logging=stderr", "--v=0"]
FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)
    return condition


def chromium(browser, profile_root, url, *extra):
    return browser_support.chromium(browser, profile_root, url, *extra, flags=FLAGS)


def console_lines(stderr):
    return [line for line in stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.links, self.external, self.skip = [], [], [], 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("style", "title", "script"):
            self.skip += 1
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        for name in ("src", "srcset", "data"):
            if name in attrs:
                self.external.append(f"{tag} {name}={attrs[name]}")
        if tag in ("script", "link", "iframe", "object", "embed", "img"):
            self.external.append(tag)

    def handle_endtag(self, tag):
        if tag in ("style", "title", "script"):
            self.skip = max(0, self.skip - 1)

    def handle_data(self, data):
        if not self.skip:
            self.text.append(data)


def netadmin_json(args, *words):
    done = subprocess.run([args.netadmin, "--today", "2026-11-23", *words, "--format", "json"],
                          capture_output=True, text=True, encoding="utf-8", check=True)
    return json.loads(done.stdout)


def expected_texts(args, name):
    """What a page must show, from the registry itself."""
    if name.startswith("region-"):
        region = netadmin_json(args, "report", "region", name[len("region-"):-len(".html")])
        return [c["name"] for c in region["centres"]] + [region["region"]["name"]]
    if name.startswith("programme-"):
        programme = netadmin_json(args, "report", "programme", name[len("programme-"):-len(".html")])
        return [s["title"] for s in programme["programme"]["sessions"]] + [programme["programme"]["name"]]
    if name == "index.html":
        return [r["name"] for r in netadmin_json(args, "list-regions")]
    if name == "coverage.html":
        return [r["name"] for r in netadmin_json(args, "report", "coverage")["rows"]]
    return []


def self_check(browser, work):
    bad = work / "broken.html"
    bad.write_text('<!doctype html><html lang="en"><title>x</title><p>x</p><script>missing();</script></html>')
    done = chromium(browser, work, bad.as_uri(), "--dump-dom")
    check(console_lines(done.stderr), "self-check: a page with a broken script gave no console error; "
                                      "the console check cannot fail")


def check_page(args, browser, work, site, page):
    name = page.name
    shot = work / (page.stem + ".png")
    done = chromium(browser, work, page.as_uri(), f"--screenshot={shot}", "--window-size=1200,1600")
    check(shot.exists() and shot.stat().st_size > 0, f"{name}: no screenshot ({done.stderr[-500:]})")
    if shot.exists() and shot.stat().st_size > 0:
        check(not browser_support.png_is_blank(shot), f"{name}: the screenshot is blank")
    dom = chromium(browser, work, page.as_uri(), "--dump-dom")
    for line in console_lines(done.stderr) + console_lines(dom.stderr):
        check(False, f"{name}: console: {line}")
    parsed = Page()
    parsed.feed(dom.stdout)
    text = re.sub(r"\s+", " ", "".join(parsed.text))
    check(len(text) > 100, f"{name}: the rendered page has almost no text")
    for expected in expected_texts(args, name):
        check(expected in text, f"{name}: rendered text lacks {expected!r}")
    check(not parsed.external, f"{name}: refers to outside resources: {parsed.external}")
    for link in parsed.links:
        if link.startswith(("http://", "https://", "mailto:", "#")):
            continue
        check((site / link.split("#")[0]).is_file(), f"{name}: link to missing page {link}")
    return parsed.links


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--keep", help="copy the site and the screenshots here")
    args = parser.parse_args()
    browser = browser_support.find_browser()
    if browser is None:
        print("SKIP: chromium is not installed (apt-get install chromium); the site was not rendered")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        site = work / "site"
        browser_support.make_site(args.netadmin, site)
        again = work / "again"
        browser_support.make_site(args.netadmin, again)
        for page in sorted(site.iterdir()):
            check((again / page.name).read_bytes() == page.read_bytes(),
                  f"{page.name}: not byte-identical when generated twice")
        pages = sorted(site.glob("*.html"))
        check(len(pages) >= 4, f"site: only {[p.name for p in pages]}")
        self_check(browser, work)
        linked = set()
        # Chromium spends most of its start-up waiting, so a few pages at a time.
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            for links in pool.map(lambda page: check_page(args, browser, work, site, page), pages):
                linked.update(links)
        for page in pages:
            check(page.name in linked or page.name == "index.html", f"site: nothing links to {page.name}")
        if args.keep:
            shutil.copytree(work, args.keep, dirs_exist_ok=True)
    for failure in FAILURES:
        print("FAIL:", failure)
    if FAILURES:
        return 1
    print(f"ok: {len(pages)} pages rendered in chromium without console errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
