#!/usr/bin/env python3
"""Failures and crashes.

- The mailer refuses one recipient: the others are still sent, the failure
  is logged, the exit status is non-zero (cron reports it), and the next
  run retries only the failed one. The log shows why in the reader's
  language.
- A run killed after handing a message to the mailer and before recording
  the outcome (the mailer SIGKILLs netadmin): the state stays consistent,
  the message is not sent again (at-most-once, docs/cron.md), the log shows
  it as "unknown", and the next run sends the rest."""
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from contextlib import closing

from remind_support import Setup, check, main


def failure(args):
    setup = Setup(args)
    try:
        done = setup.send("2030-03-06", "--fail-for", "bo@example.se", status=1)
        check(setup.recipients() == ["anna@example.se", "david@example.se", "fredrik@example.se"],
              f"sent: {setup.recipients()}")
        check("could not be sent to bo@example.se" in done.stdout, done.stdout)
        failed = [e for e in setup.log() if e["status"] == "failed"]
        check([e["recipient"] for e in failed] == ["bo-ek"] and "exit status 75" in failed[0]["detail"],
              f"log: {failed}")
        # The log keeps why, not the words of the run: each reader gets their language.
        swedish = setup.run("--lang", "sv", "reminders", "log", check_status=0).stdout
        check("slutstatus 75" in swedish and "exit status" not in swedish, swedish)
        english = setup.run("--lang", "en", "reminders", "log", check_status=0).stdout
        check("exit status 75" in english and "slutstatus" not in english, english)
        retry = setup.send("2030-03-07")
        check(setup.recipients() == ["anna@example.se", "bo@example.se", "david@example.se", "fredrik@example.se"],
              f"after retry: {setup.recipients()}")
        check("sent to bo@example.se" in retry.stdout, retry.stdout)
        bo = [e for e in setup.log() if e["recipient"] == "bo-ek"]
        check(bo[0]["status"] == "sent" and bo[0]["attempts"] == 2, f"log: {bo}")
        check(setup.send("2030-03-07").stdout == "", "a third run sent again")
    finally:
        setup.cleanup()


def crash(args):
    setup = Setup(args)
    try:
        killed = setup.send("2030-03-06", "--kill-parent", status=-9)
        check(len(setup.messages()) == 1, f"{len(setup.messages())} messages before the kill")
        first = setup.recipients()[0]
        with closing(sqlite3.connect(setup.state)) as db:
            check(db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "state not consistent after the kill")
            rows = db.execute("SELECT address, status FROM delivery").fetchall()
        check(rows == [(first, "sending")], f"rows after the kill: {rows} ({killed.stdout})")
        log = setup.run("reminders", "log", check_status=0).stdout
        check("unknown (handed to the mailer, outcome not recorded)" in log, log)
        setup.send("2030-03-06")
        counts = Counter(setup.recipients())
        check(sorted(counts) == ["anna@example.se", "bo@example.se", "david@example.se", "fredrik@example.se"]
              and set(counts.values()) == {1}, f"after the kill: {dict(counts)}")
        unknown = [e["address"] for e in setup.log() if e["status"] == "unknown"]
        check(unknown == [first], f"unknown: {unknown}")
    finally:
        setup.cleanup()


def killed_anywhere(args):
    """Runs killed at varied moments (a slow mailer keeps them busy): the
    database stays consistent and no reminder is ever sent twice."""
    setup = Setup(args)
    try:
        command = [setup.netadmin, "--registry", str(setup.registry), "--state", str(setup.state), "remind",
                   "--today", "2030-03-06", "--send", "--mailer", setup.mailer("--sleep", "0.1")]
        for delay in [0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5]:
            run = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   env={"PATH": "/usr/bin:/bin", "LANG": "C", "HOME": str(setup.tmp)})
            time.sleep(delay)
            run.send_signal(signal.SIGKILL)
            run.wait()
            if setup.state.exists():
                with closing(sqlite3.connect(setup.state)) as db:
                    check(db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"damaged after {delay} s")
        setup.send("2030-03-06")
        counts = Counter(setup.recipients())
        check(set(counts.values()) <= {1}, f"sent twice: {dict(counts)}")
        unknown = {e["address"] for e in setup.log() if e["status"] == "unknown"}
        check(set(counts) | unknown == {"anna@example.se", "bo@example.se", "david@example.se", "fredrik@example.se"},
              f"neither sent nor unknown: {dict(counts)}, {unknown}")
    finally:
        setup.cleanup()


def test(args):
    failure(args)
    crash(args)
    killed_anywhere(args)


if __name__ == "__main__":
    sys.exit(main(test))
