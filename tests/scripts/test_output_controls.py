#!/usr/bin/env python3
"""Control and bidi characters in registry values never reach an output raw.

The fixture tests/fixtures/control-characters/ holds ESC, BEL, CR, DEL-free
C0 controls, the C1 controls NEL (U+0085) and CSI (U+009B), the bidi
override U+202E ("gnp.exe" that reads "exe.png") and the isolates
U+2066..U+2069 in every kind of field that reaches an output. This test runs
every output format (tables, show, the reports in every format, CSV in both
dialects, JSON, the site, ICS, vCard, the maps, `remind` and the mail it
composes) and checks that none of them holds such a character, but for the
format's own line ends (LF, and CRLF in CSV, ICS and vCard) and tabs; that
the text formats show them as escapes, so nothing is lost; that JSON gives
the values back unchanged; and that `check` warns about each with its place.

    test_output_controls.py --netadmin BIN --source SRC_DIR
"""
import argparse
import email.parser
import email.policy
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from mailer_support import capture_command, captured_paths

TODAY = "2026-12-03"
# Every character the policy hides (util/visible.hpp), but LF, CR and tab,
# which are checked apart.
HIDDEN = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
IDS = ["norrbotten", "kalix-kommun", "anna-berg", "kalix-familjecentral", "natverket", "satsningen", "kalix-se",
       "traff", "satsningen-del-1"]
LISTINGS = ["list-regions", "list-centres", "list-contacts", "list-meetings", "list-programmes", "list-networks",
            "list-organisations", "list-sources"]
FAILURES = []
SEEN = set()


def check(condition, message):
    if not condition:
        FAILURES.append(message)


def clean(what, text, crlf=False):
    """No hidden character in `text`; a CR only as part of CRLF when the format ends lines so."""
    SEEN.add(what.split(" ")[0])
    if crlf:
        text = text.replace("\r\n", "\n")
    found = HIDDEN.search(text)
    if found:
        around = text[max(0, found.start() - 30):found.start() + 10]
        FAILURES.append(f"{what}: raw U+{ord(found.group()):04X}: {around!r}")
    check("\r" not in text, f"{what}: a raw CR")


class Run:
    def __init__(self, args, registry):
        self.netadmin, self.registry = args.netadmin, registry

    def __call__(self, *words, status=0, lang="en"):
        done = subprocess.run([self.netadmin, "--registry", str(self.registry), "--today", TODAY, "--lang", lang,
                               *words], capture_output=True, env={"LANG": "C", "TZ": "UTC", "PATH": "/usr/bin:/bin"},
                              timeout=60)
        out, err = done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
        check(done.returncode == status, f"{' '.join(words)}: exit {done.returncode}: {err[:500]}")
        clean(f"{' '.join(words)} (stderr)", err)
        return out


def test_tables(run):
    for listing in LISTINGS + ["agenda"]:
        text = run(listing)
        clean(f"{listing} table", text)
        clean(f"{listing} markdown", run(listing, "--format", "markdown"))
        clean(f"{listing} json", run(listing, "--format", "json"))
        clean(f"{listing} csv", run(listing, "--format", "csv"), crlf=True)
        if listing in ("list-centres", "list-contacts"):
            clean(f"{listing} csv excel-sv", run(listing, "--format", "csv", "--csv-dialect", "excel-sv"), crlf=True)
    check("Familje\\x1b[31mcentralen\\x07 i Kalix" in run("list-centres"), "table: ESC and BEL not shown as escapes")
    contacts = run("list-contacts")
    check("Anna \\u202egreB\\x07" in contacts and "Samordnare\\u009b31m" in contacts, "table: bidi or C1 not shown")
    clean("list-contacts vcard", run("list-contacts", "--format", "vcard"), crlf=True)
    clean("list-contacts emails", run("list-contacts", "--format", "emails"))


def test_show(run):
    for entity in IDS:
        clean(f"show {entity}", run("show", entity))
        for form in ("csv", "json", "markdown"):
            clean(f"show {entity} {form}", run("show", entity, "--format", form), crlf=form == "csv")
    shown = run("show", "kalix-familjecentral")
    check("rad2 \\u202egnp.exe\\u0085\\u009b2J" in shown, f"show: C1 or bidi not shown as escapes: {shown!r}")
    check("\\u2066\\u202egnp.exe\\u2069\\u200f" in run("show", "traff"), "show: isolates or mark not shown")


def test_reports(run):
    reports = [["region", "norrbotten"], ["programme", "satsningen"], ["coverage"]]
    for words in reports:
        for form in ("text", "markdown", "html", "json"):
            clean(f"report {' '.join(words)} {form}", run("report", *words, "--format", form))
        if words[0] != "programme":
            clean(f"report {' '.join(words)} svg", run("report", *words, "--format", "svg"))
    clean("report coverage csv", run("report", "coverage", "--format", "csv"), crlf=True)
    region = json.loads(run("report", "region", "norrbotten", "--format", "json"))
    check(region["region"]["name"] == "Region Norr\u202ebotten", f"json: region name changed: {region['region']!r}")
    check(region["centres"][0]["name"] == "Familje\x1b[31mcentralen\x07 i Kalix", "json: centre name changed")
    text = run("report", "region", "norrbotten")
    check("Region Norr\\u202ebotten" in text, "text report: bidi control not shown as an escape")


def test_site(run):
    with tempfile.TemporaryDirectory() as out:
        run("report", "site", "--output", out)
        files = sorted(p for p in Path(out).rglob("*") if p.is_file())
        check(len(files) > 3, f"site: only {[f.name for f in files]}")
        for path in files:
            clean(f"site {path.name}", path.read_text(encoding="utf-8"), crlf=path.suffix == ".ics")


def test_ics(run):
    calendar = run("export", "ics")
    check("BEGIN:VEVENT" in calendar, "ics: no event")
    clean("export ics", calendar, crlf=True)


def test_remind(args, run, registry):
    with tempfile.TemporaryDirectory() as tmp:
        for form in ("text", "json"):
            shown = run("--state", str(Path(tmp) / "state.db"), "remind", "--format", form)
            check(shown.strip() != "", f"remind {form}: nothing due on {TODAY}")
            clean(f"remind {form}", shown)
        captured = Path(tmp) / "captured"
        mailer = capture_command(captured)
        shown = run("--state", str(Path(tmp) / "state.db"), "remind", "--send", "--mailer", mailer)
        clean("remind --send", shown)
        messages = captured_paths(captured)
        check(len(messages) > 0, "remind --send: no message")
        for path in messages:
            raw = path.read_bytes()
            clean(f"mail {path.name} (raw)", raw.decode("ascii"), crlf=True)
            message = email.parser.BytesParser(policy=email.policy.default).parsebytes(raw)
            for header in ("Subject", "To", "From"):
                clean(f"mail {path.name} {header}", str(message[header]))
            body = message.get_body(("plain",)).get_content()
            clean(f"mail {path.name} body", body)
            check("\\x1b" in body or "\\u202e" in body, f"mail body: no escape shown: {body[:300]!r}")


def test_check(run, registry):
    done = subprocess.run([run.netadmin, "--registry", str(registry), "--lang", "en", "check"], capture_output=True,
                          env={"LANG": "C", "PATH": "/usr/bin:/bin"}, timeout=60)
    err = done.stderr.decode("utf-8")
    clean("check (stderr)", err)
    check(done.returncode == 0, f"check: exit {done.returncode}, warnings only expected: {err}")
    check("kalix.toml:11:8: warning: 'name' holds an invisible control character, \\u202e," in err,
          f"check: no located warning for the region's name: {err}")
    check("kalix.toml:33:8: warning: 'note' holds an invisible control character, \\x1b," in err,
          f"check: no located warning for the centre's note: {err}")
    check(err.count(": warning: ") >= 15, f"check: {err.count(': warning: ')} warnings: {err}")
    swedish = subprocess.run([run.netadmin, "--registry", str(registry), "--lang", "sv", "check"],
                             capture_output=True, timeout=60).stderr.decode("utf-8")
    check("kalix.toml:11:8: varning: 'name' innehåller ett osynligt styrtecken, \\u202e," in swedish,
          f"check: no Swedish warning: {swedish}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    registry = Path(args.source) / "tests" / "fixtures" / "control-characters"
    run = Run(args, registry)
    test_tables(run)
    test_show(run)
    test_reports(run)
    test_site(run)
    test_ics(run)
    test_remind(args, run, registry)
    test_check(run, registry)
    for failure in FAILURES:
        print("FAIL:", failure)
    if FAILURES:
        return 1
    print(f"ok: no raw control or bidi character in {len(SEEN)} kinds of output")
    return 0


if __name__ == "__main__":
    sys.exit(main())
