#!/usr/bin/env python3
"""Overlapping runs: several `netadmin remind --send` processes started
together, on a state database that does not exist yet, send each reminder
once in total. Repeated on a second day with the database in place, and
with a slow mailer so the runs really overlap."""
import subprocess
import sys
from collections import Counter

from remind_support import Setup, check, main

PROCESSES = 6


def overlapping(setup, today, *mailer_args):
    command = [setup.netadmin, "--registry", str(setup.registry), "--state", str(setup.state),
               "remind", "--today", today, "--send", "--mailer", setup.mailer(*mailer_args)]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env={"PATH": "/usr/bin:/bin", "LANG": "C", "HOME": str(setup.tmp)})
            for _ in range(PROCESSES)]
    for run in runs:
        out, err = run.communicate(timeout=120)
        check(run.returncode == 0, f"a run failed ({run.returncode}):\n{out}\n{err}")


def test(args):
    setup = Setup(args)
    try:
        expected = ["anna@example.se", "bo@example.se", "david@example.se", "fredrik@example.se"]
        overlapping(setup, "2030-03-06")
        counts = Counter(setup.recipients())
        check(sorted(counts) == expected and set(counts.values()) == {1}, f"first day: {dict(counts)}")
        overlapping(setup, "2030-03-13", "--sleep", "0.2")
        counts = Counter(setup.recipients())
        check(sorted(counts) == expected and set(counts.values()) == {2}, f"second day: {dict(counts)}")
        subjects = Counter((str(m["To"]), str(m["Subject"])) for m in setup.messages())
        check(set(subjects.values()) == {2}, "the same reminder went twice")
        sent = [entry for entry in setup.log() if entry["status"] == "sent"]
        check(len(sent) == 8 and all(entry["attempts"] == 1 for entry in sent), f"log: {sent}")
    finally:
        setup.cleanup()


if __name__ == "__main__":
    sys.exit(main(test))
