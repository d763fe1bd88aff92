#!/usr/bin/env python3
"""Registry values that try to break an output format come out escaped and intact.

The fixture registry tests/fixtures/escaping/ holds markup (<script>, <img
onerror>), ampersands, both kinds of quote, spreadsheet formulas (=, +, -, @),
markdown punctuation, a javascript: link and Swedish letters. For each output
format this test checks that no value becomes live markup, a formula or a
link, and that the text itself survives (parsed back where a parser exists).

    test_output_escaping.py --netadmin BIN --source SRC_DIR
"""
import argparse
import csv
import io
import json
import re
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

SCRIPT = "<script>alert(1)</script>"
REGION_NAME = "=cmd() Region Gotland " + SCRIPT
CENTRE_NAME = '=HYPERLINK("http://evil") <script>alert(1)</script> & Visby'
PERSON_NAME = 'Åsa "Ö" <img src=x onerror=alert(3)>'
FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)


class PageParser(HTMLParser):
    """Collects tags, attributes and the text as a browser would decode it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.text, self.hrefs, self.in_style = [], [], [], False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.in_style = tag in ("style", "title")
        for name, value in attrs:
            if name == "href":
                self.hrefs.append(value)
            check(not name.startswith("on"), f"html: event handler attribute {name}={value!r}")

    def handle_endtag(self, tag):
        self.in_style = False

    def handle_data(self, data):
        if not self.in_style:
            self.text.append(data)


def run(args, *words):
    done = subprocess.run([args.netadmin, "--registry", str(args.registry), "--today", "2026-11-23", "--lang", "sv",
                           *words], capture_output=True, text=True, encoding="utf-8")
    check(done.returncode == 0, f"{' '.join(words)}: exit {done.returncode}: {done.stderr}")
    return done.stdout


def test_html(args):
    for words in (["report", "region", "gotland"], ["report", "programme", "prog-x"], ["report", "coverage"]):
        page = run(args, *words, "--format", "html")
        parser = PageParser()
        parser.feed(page)
        check("script" not in parser.tags, f"html {words}: a <script> element was created")
        check("img" not in parser.tags, f"html {words}: an <img> element was created")
        check("b" not in parser.tags and "i" not in parser.tags, f"html {words}: registry markup became tags")
        check(all(not h.lower().startswith("javascript") for h in parser.hrefs), f"html {words}: javascript: link")
        text = "".join(parser.text)
        if words[1] == "region":
            for value in (REGION_NAME, CENTRE_NAME, PERSON_NAME, "\"citat\" och 'apostrofer'", "-2+3 ' \" & < >"):
                check(value in text, f"html region: {value!r} not shown intact")
            check("Klicka <här>" in text, "html region: resource title not intact")
        if words[1] == "programme":
            check("Program <i>x</i> & \"y\"" in text, "html programme: name not intact")
            check(SCRIPT + " sa någon & gick" in text, "html programme: quote not intact")
        check(page.startswith("<!doctype html>"), f"html {words}: no doctype")


def test_site(args):
    with tempfile.TemporaryDirectory() as out:
        run(args, "report", "site", "--output", out)
        names = sorted(p.name for p in Path(out).iterdir())
        check("region-gotland.html" in names, f"site: files {names}")
        for name in names:
            parser = PageParser()
            parser.feed((Path(out) / name).read_text(encoding="utf-8"))
            check("script" not in parser.tags, f"site {name}: a <script> element was created")


def test_markdown(args):
    page = run(args, "report", "region", "gotland", "--format", "markdown")
    check(SCRIPT not in page and "<img" not in page and "<b>" not in page, "markdown: raw HTML from the registry")
    check("&lt;script&gt;alert(1)&lt;/script&gt;" in page, "markdown: <script> not escaped as text")
    check(re.search(r"(?<!\\)\]\(javascript", page) is None, "markdown: javascript: link")
    check("\\*inte fetstil\\*" in page, "markdown: emphasis markers not escaped")
    check("\\[länk\\]" in page, "markdown: link brackets not escaped")
    check("Öar &amp; \"citat\"" in page, "markdown: ampersand or quotes not intact")
    programme = run(args, "report", "programme", "prog-x", "--format", "markdown")
    check("\\~struck\\~" in programme, "markdown: strikethrough not escaped")


def test_csv(args):
    data = run(args, "report", "coverage", "--format", "csv")
    rows = list(csv.reader(io.StringIO(data, newline="")))
    check(len(rows) == 23, f"csv: {len(rows)} rows, expected header + 21 regions + totals")
    for row in rows:
        for cell in row:
            check(not cell or cell[0] not in "=+-@", f"csv: cell {cell!r} would be a formula")
    gotland = [row for row in rows if row and row[0] == "09"]
    check(bool(gotland) and gotland[0][2] == "'" + REGION_NAME, f"csv: region name not neutralised: {gotland}")
    listing = subprocess.run([args.netadmin, "--registry", str(args.registry), "list-centres", "--format", "csv"],
                             capture_output=True, text=True, encoding="utf-8").stdout
    centre = list(csv.reader(io.StringIO(listing, newline="")))[1]
    check(centre[1] == "'" + CENTRE_NAME, f"csv: formula not neutralised: {centre[1]!r}")


def test_json(args):
    region = json.loads(run(args, "report", "region", "gotland", "--format", "json"))
    check(region["region"]["name"] == REGION_NAME, "json: region name changed")
    check(region["centres"][0]["name"] == CENTRE_NAME, "json: centre name changed")
    check(region["contacts"][0]["name"] == PERSON_NAME, "json: person name changed")
    check(region["region"]["outlook"] == "=cmd|' /C calc'!A0", "json: outlook changed")
    check(region["resources"][0]["url"] == "javascript:alert(4)", "json: data must stay as it is in the registry")
    programme = json.loads(run(args, "report", "programme", "prog-x", "--format", "json"))
    check(programme["programme"]["quotes"][0]["source"] == "\"Ö\"", "json: quote source changed")
    json.loads(run(args, "report", "coverage", "--format", "json"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    args.registry = Path(args.source) / "tests" / "fixtures" / "escaping"
    for test in (test_html, test_site, test_markdown, test_csv, test_json):
        test(args)
    for failure in FAILURES:
        print("FAIL:", failure)
    if FAILURES:
        return 1
    print("ok: registry values escaped and intact in HTML, markdown, CSV and JSON")
    return 0


if __name__ == "__main__":
    sys.exit(main())
