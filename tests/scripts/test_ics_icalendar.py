#!/usr/bin/env python3
"""`netadmin export ics`, read back by a parser no one here wrote.

Runs the export on the bundled registry and on tests/fixtures/calendar/ and
parses the files with Debian's python3-icalendar. Independently of netadmin,
the expected events are computed from the registry's TOML (tomllib) with the
system time zone database (zoneinfo): every meeting with a day must be there
with its start and end, converted to UTC, equal to the registry's Stockholm
wall-clock times; every registration deadline with a day is an all-day event;
the rest is left out with one warning line each. Also: summaries survive the
escaping and folding, UIDs are the same in two runs, and the two runs are
byte-identical. Exits non-zero and says why on any failure.

    test_ics_icalendar.py --netadmin BIN --source SRC_DIR
"""
import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from zoneinfo import ZoneInfo

try:
    import icalendar
except ImportError:
    # A Python other than Debian's may run the tests; the package lives here.
    sys.path.append("/usr/lib/python3/dist-packages")
    import icalendar

STOCKHOLM = ZoneInfo("Europe/Stockholm")
UTC = dt.timezone.utc
TODAY = "2023-09-01"
FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)


def export(netadmin, registry, extra=()):
    env = dict(os.environ, LANG="C", TZ="America/New_York")  # a foreign TZ must not matter
    command = [netadmin, "--registry", str(registry), "--today", TODAY, "export", "ics", *extra]
    done = subprocess.run(command, capture_output=True, env=env, timeout=60)
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} exited {done.returncode}: {done.stderr.decode()}")
    return done.stdout, done.stderr.decode("utf-8")


def expected_events(registry):
    """UID -> (summary or None, start, end) from the TOML files, and the ids left out."""
    events, left_out = {}, set()

    def deadline(owner, registration):
        when = (registration or {}).get("deadline")
        if isinstance(when, dt.date):
            events[f"{owner}.registration@netadmin"] = (None, when, when + dt.timedelta(days=1))
        elif when is not None:
            left_out.add(owner)

    for path in sorted(Path(registry).rglob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for programme in data.get("programme", []):
            deadline(programme["id"], programme.get("registration"))
        for meeting in data.get("meeting", []):
            # A renamed meeting keeps the UID of the id it was first known by.
            meeting = dict(meeting, id=(meeting.get("former_ids") or [meeting["id"]])[0])
            deadline(meeting["id"], meeting.get("registration"))
            day = meeting.get("date")
            if not isinstance(day, dt.date):
                left_out.add(meeting["id"])
                continue
            start, end = meeting.get("start"), meeting.get("end")
            if start is None:
                events[f"{meeting['id']}@netadmin"] = (meeting["title"], day, day + dt.timedelta(days=1))
                continue
            utc = lambda t: dt.datetime.combine(day, t, STOCKHOLM).astimezone(UTC)
            events[f"{meeting['id']}@netadmin"] = (meeting["title"], utc(start), utc(end) if end else None)
    return events, left_out


def as_utc(value):
    return value.astimezone(UTC) if isinstance(value, dt.datetime) else value


def check_structure(name, data):
    text = data.decode("utf-8")
    check(text.endswith("\r\n") and "\n" not in text.replace("\r\n", ""), f"{name}: not CRLF throughout")
    for number, line in enumerate(data.split(b"\r\n"), 1):
        check(len(line) <= 75, f"{name}: line {number} has {len(line)} octets")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            FAILURES.append(f"{name}: line {number} splits a UTF-8 character")
    for needed in ("VERSION:2.0", "PRODID:", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "TZID:Europe/Stockholm"):
        check(needed in text, f"{name}: no {needed}")
    check(text.count("BEGIN:VTIMEZONE") == 1, f"{name}: not exactly one VTIMEZONE")


def check_timezone(name, calendar, events):
    """The file's own VTIMEZONE gives the same offsets as the system's rules."""
    zones = [z for z in calendar.walk("VTIMEZONE") if str(z["TZID"]) == "Europe/Stockholm"]
    check(len(zones) == 1, f"{name}: no VTIMEZONE for Europe/Stockholm")
    if not zones:
        return
    own = zones[0].to_tz()
    for uid, (_, start, _) in events.items():
        if isinstance(start, dt.datetime):
            local = start.astimezone(STOCKHOLM).replace(tzinfo=None)
            check(own.localize(local).utcoffset() == start.astimezone(STOCKHOLM).utcoffset(),
                  f"{name}: {uid}: the file's VTIMEZONE gives another offset at {local}")


def check_events(name, calendar, events):
    found = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    check(set(found) == set(events), f"{name}: UIDs {sorted(found)} != expected {sorted(events)}")
    for uid, (summary, start, end) in events.items():
        event = found.get(uid)
        if event is None:
            continue
        got_start = as_utc(event.decoded("DTSTART"))
        got_end = as_utc(event.decoded("DTEND")) if "DTEND" in event else None
        check(got_start == start, f"{name}: {uid}: start {got_start} != {start}")
        check(got_end == end, f"{name}: {uid}: end {got_end} != {end}")
        if summary is not None:
            check(str(event["SUMMARY"]) == summary, f"{name}: {uid}: summary {str(event['SUMMARY'])!r} != {summary!r}")
        check("DTSTAMP" in event and "CATEGORIES" in event, f"{name}: {uid}: no DTSTAMP or CATEGORIES")


def check_registry(netadmin, name, registry):
    first, stderr = export(netadmin, registry)
    second, _ = export(netadmin, registry)
    check(first == second, f"{name}: two exports differ")
    check_structure(name, first)
    calendar = icalendar.Calendar.from_ical(first)
    events, left_out = expected_events(registry)
    check_events(name, calendar, events)
    check_timezone(name, calendar, events)
    warned = [line for line in stderr.splitlines() if line]
    check(len(warned) == len(left_out), f"{name}: {len(warned)} warnings for {len(left_out)} left out: {warned}")
    for owner in left_out:
        check(any(f"'{owner}'" in line for line in warned), f"{name}: no warning for {owner}")
    return calendar


def check_fixture_details(calendar):
    """Spot checks written out by hand, against a shared mistake above."""
    found = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    utc = lambda *a: dt.datetime(*a, tzinfo=UTC)
    hand = {
        "sommar-traff@netadmin": (utc(2024, 6, 12, 7, 0), utc(2024, 6, 12, 10, 0)),       # CEST
        "vinter-traff@netadmin": (utc(2024, 1, 17, 12, 15), utc(2024, 1, 17, 14, 45)),    # CET
        "sommartid-borjar@netadmin": (utc(2024, 3, 31, 8, 0), utc(2024, 3, 31, 9, 0)),
        "sommartid-slutar@netadmin": (utc(2024, 10, 27, 9, 0), utc(2024, 10, 27, 10, 0)),
    }
    for uid, (start, end) in hand.items():
        check(as_utc(found[uid].decoded("DTSTART")) == start, f"fixture: {uid} does not start at {start}")
        check(as_utc(found[uid].decoded("DTEND")) == end, f"fixture: {uid} does not end at {end}")
    check(found["heldag@netadmin"].decoded("DTSTART") == dt.date(2024, 9, 5), "fixture: heldag is not all-day")
    check(str(found["installt@netadmin"].get("STATUS")) == "CANCELLED", "fixture: installt is not CANCELLED")
    check(str(found["sommar-traff@netadmin"].get("STATUS", "")) != "CANCELLED", "fixture: sommar-traff cancelled")
    check(str(found["sommar-traff@netadmin"]["LOCATION"]).endswith("Stortorget 1, 211 22 Malmö"),
          "fixture: the venue's address is not in LOCATION")
    description = str(found["sommar-traff@netadmin"]["DESCRIPTION"])
    check("Förmiddag om föräldrastöd.\nAndra raden, med komma; semikolon och \\ omvänt" in description,
          f"fixture: description did not survive: {description!r}")
    check(str(found["foraldrastod.registration@netadmin"]["CATEGORIES"].to_ical().decode()) ==
          "registration-deadline", "fixture: deadline category")


def check_filters(netadmin, source):
    data, _ = export(netadmin, source / "data" / "registry", ["--programme", "en-forelder-blir-till"])
    uids = sorted(str(e["UID"]) for e in icalendar.Calendar.from_ical(data).walk("VEVENT"))
    expected = sorted(["efbt-uppstart-2023@netadmin", "efbt-halvtid-2023@netadmin", "efbt-traff-2024@netadmin",
                       "efbt-avslutning-2024@netadmin", "en-forelder-blir-till.registration@netadmin"])
    check(uids == expected, f"--programme: {uids}")


def check_rename(netadmin, source):
    """A subscriber's calendar updates a renamed meeting instead of adding it twice."""
    with tempfile.TemporaryDirectory() as tmp:
        registry = Path(tmp) / "calendar"
        shutil.copytree(source / "tests" / "fixtures" / "calendar", registry, ignore=shutil.ignore_patterns(".*"))
        before, _ = export(netadmin, registry)
        for old, new in (("sommar-traff", "sommarmote"), ("sommarmote", "sommarmote-2024")):
            done = subprocess.run([netadmin, "--registry", str(registry), "rename", old, new], capture_output=True,
                                  text=True, env=dict(os.environ, LANG="C"))
            check(done.returncode == 0, f"rename {old} {new}: {done.stderr}")
        after, _ = export(netadmin, registry)
        events = lambda data: {str(e["UID"]): str(e["SUMMARY"])
                               for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}
        check(events(after) == events(before), f"UIDs changed by a rename: {events(before)} -> {events(after)}")
        name = str(icalendar.Calendar.from_ical(after)["X-WR-CALNAME"])
        check(name == "Region Skåne", f"the calendar of one region is called {name!r}")
    bundled, _ = export(netadmin, source / "data" / "registry")
    name = str(icalendar.Calendar.from_ical(bundled)["X-WR-CALNAME"])
    check(name == "Nätverk för familjecentraler", f"the calendar of several regions is called {name!r}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    source = Path(args.source)
    check_registry(args.netadmin, "bundled", source / "data" / "registry")
    fixture = check_registry(args.netadmin, "fixture", source / "tests" / "fixtures" / "calendar")
    check_fixture_details(fixture)
    check_filters(args.netadmin, source)
    check_rename(args.netadmin, source)
    for failure in FAILURES:
        print("FAIL:", failure)
    print(f"{len(FAILURES)} failures")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
