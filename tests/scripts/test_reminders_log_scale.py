#!/usr/bin/env python3
"""Issue: the log at scale.

`reminders log` with a million rows took 6–12 s and about 2 GB: every row
was loaded. Now it shows the last 100 rows by default (--limit N, 0 for
all), filters with --since and --status in SQL, and reads through an
index: the default view of a million rows takes well under a second and a
few megabytes. The figures are printed for docs/reliability.md."""
import json
import resource
import sqlite3
import subprocess
import sys
import time
from contextlib import closing

from remind_support import Setup, check, main

ROWS = 1_000_000
STATUSES = ["sent"] * 97 + ["failed", "skipped-superseded", "skipped-no-address"]


def fill(state):
    with closing(sqlite3.connect(state)) as db:
        rows = ((f"meeting-{i // 1000}", f"person-{i % 1000}", 7, "2030-01-01", "meeting", f"p{i}@example.se",
                 "2029-12-25", STATUSES[i % 100], 1, f"2029-12-{1 + i * 30 // ROWS:02}T07:00:{i % 60:02}Z")
                for i in range(ROWS))
        rows = (row + (row[-1],) for row in rows)
        db.executemany("INSERT INTO delivery (target, recipient, offset_days, reference_date, kind, address, "
                       "due_date, status, attempts, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
        db.commit()


def timed(setup, *args):
    started = time.monotonic()
    done = setup.run("reminders", "log", *args, check_status=0)
    took = time.monotonic() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return done.stdout, took, peak


def test(args):
    setup = Setup(args)
    try:
        setup.send("2030-03-06")  # creates the database and its schema
        started = time.monotonic()
        fill(setup.state)
        print(f"{ROWS} rows written in {time.monotonic() - started:.1f} s")
        out, took, peak = timed(setup)
        lines = out.splitlines()
        check(len(lines) == 101, f"default view: {len(lines)} lines")
        print(f"default view (last 100 rows, table): {took:.3f} s, peak {peak:.0f} MB")
        check(took < 1.0, f"default view took {took:.2f} s")
        out, took, _ = timed(setup, "--status", "failed", "--limit", "5", "--format", "json")
        rows = json.loads(out)
        check(len(rows) == 5 and {r["status"] for r in rows} == {"failed"}, f"--status failed: {rows}")
        print(f"--status failed --limit 5: {took:.3f} s")
        out, took, _ = timed(setup, "--since", "2029-12-30", "--limit", "0", "--format", "csv")
        count = len(out.splitlines()) - 1
        check(33000 < count < 70000, f"--since 2029-12-30: {count} rows")
        print(f"--since 2029-12-30 --limit 0 ({count} rows, csv): {took:.3f} s")
        newest = json.loads(timed(setup, "--limit", "1", "--format", "json")[0])
        check(newest[0]["when"].startswith("2029-12-30"), f"the last row is not the newest: {newest}")
    finally:
        setup.cleanup()


if __name__ == "__main__":
    sys.exit(main(test))
