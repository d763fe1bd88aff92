#!/usr/bin/env python3
"""The reports' outputs keep their promises on the bundled registry.

- text fits an 80-column terminal;
- HTML is one self-contained HTML5 file: doctype, lang from --lang, a
  viewport, one h1 and no skipped heading level, every table header with a
  scope, no script and nothing loaded from elsewhere;
- JSON parses and carries the documented top-level keys;
- --output writes the same bytes as standard output, replaces an existing
  file without leaving a temporary file behind, and a directory that cannot
  be written gives exit 1 and a message, not a half-written file.

    test_report_output.py --netadmin BIN --source SRC_DIR
"""
import argparse
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

REPORTS = [["report", "region", "norrbotten"], ["report", "region", "vastra-gotaland"],
           ["report", "programme", "en-forelder-blir-till"], ["report", "programme", "familjecentraldialogen"],
           ["report", "programme", "norrbotten-handledning"], ["report", "coverage"]]
FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)


def run(args, *words, lang="sv"):
    done = subprocess.run([args.netadmin, "--today", "2026-11-23", "--lang", lang, *words],
                          capture_output=True, text=True, encoding="utf-8")
    return done


def width(line):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


class Structure(HTMLParser):
    def __init__(self):
        super().__init__()
        self.headings, self.lang, self.viewport, self.problems = [], None, False, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag == "meta" and attrs.get("name") == "viewport":
            self.viewport = True
        if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
            self.headings.append(int(tag[1]))
        if tag == "th" and attrs.get("scope") not in ("col", "row"):
            self.problems.append("a <th> without scope")
        if tag in ("script", "link", "img", "iframe", "object", "embed"):
            self.problems.append(f"<{tag}>")
        for name in ("src", "srcset"):
            if name in attrs:
                self.problems.append(f"{tag} {name}")


def test_text(args):
    for words in REPORTS:
        for lang in ("sv", "en"):
            done = run(args, *words, "--format", "text", lang=lang)
            check(done.returncode == 0, f"{words} text: exit {done.returncode} {done.stderr}")
            for number, line in enumerate(done.stdout.splitlines(), 1):
                # A source's address stands alone on its line, unbroken so it
                # can be copied; one longer than the terminal cannot fit.
                if re.fullmatch(r"\s*<https?://\S+>", line):
                    continue
                check(width(line) <= 80, f"{words} text --lang {lang}: line {number} is {width(line)} columns: {line}")


def test_html(args):
    for words in REPORTS:
        for lang in ("sv", "en"):
            page = run(args, *words, "--format", "html", lang=lang).stdout
            check(page.startswith("<!doctype html>\n"), f"{words} html: no doctype")
            parsed = Structure()
            parsed.feed(page)
            check(parsed.lang == lang, f"{words} html: lang={parsed.lang!r}, expected {lang}")
            check(parsed.viewport, f"{words} html: no viewport meta")
            check(parsed.headings.count(1) == 1 and parsed.headings[0] == 1, f"{words} html: not one h1 first")
            for before, after in zip(parsed.headings, parsed.headings[1:]):
                check(after <= before + 1, f"{words} html: heading h{before} followed by h{after}")
            check(not parsed.problems, f"{words} html: {sorted(set(parsed.problems))}")
            check("@media print" in page, f"{words} html: no print styles")


def test_json(args):
    keys = {"region": {"report", "schema", "today", "region", "municipalities", "centre_counts", "centres",
                       "networks", "programmes", "other_meetings", "contacts", "resources", "as_of", "sources"},
            "programme": {"report", "schema", "today", "programme", "as_of", "sources"},
            "coverage": {"report", "schema", "national", "regions_known", "rows", "totals", "as_of", "sources"}}
    for words in REPORTS:
        data = json.loads(run(args, *words, "--format", "json").stdout)
        check(set(data) == keys[words[1]], f"{words} json: keys {sorted(data)}")
        check(data["schema"] == 2, f"{words} json: schema {data['schema']}")


def test_output_file(args):
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "nb.html"
        target.write_text("old content")
        done = run(args, "report", "region", "norrbotten", "--format", "html", "--output", str(target))
        check(done.returncode == 0 and done.stdout == "", f"--output: exit {done.returncode}, stdout {done.stdout!r}")
        expected = run(args, "report", "region", "norrbotten", "--format", "html").stdout
        check(target.read_text(encoding="utf-8") == expected, "--output: file differs from standard output")
        check(sorted(p.name for p in Path(tmp).iterdir()) == ["nb.html"], "--output: a temporary file was left")
        missing = Path(tmp) / "no-such-dir" / "x.csv"
        done = run(args, "report", "coverage", "--format", "csv", "--output", str(missing))
        check(done.returncode == 1 and "no-such-dir" in done.stderr, f"--output to a missing directory: "
                                                                      f"exit {done.returncode} {done.stderr!r}")
        check(not missing.exists(), "--output to a missing directory created the file")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    for test in (test_text, test_html, test_json, test_output_file):
        test(args)
    for failure in FAILURES:
        print("FAIL:", failure)
    if FAILURES:
        return 1
    print("ok: text within 80 columns, self-contained HTML5, JSON shape, atomic --output")
    return 0


if __name__ == "__main__":
    sys.exit(main())
