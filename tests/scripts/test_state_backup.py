#!/usr/bin/env python3
"""`state backup`, `state restore` and `state check` with the real binary.

A backup taken while a `remind --send` is in progress (a slow capture
mailer keeps the run going) passes `state check`, and restored onto a new
state file, a rerun on the same day sends nothing the backup records as
sent or in hand. Restore refuses random bytes, an empty SQLite database and
one of an unknown schema version (exit 1, one line, the state left byte for
byte); `state check` finds a page with flipped bytes (exit 1); the backup
and the restored state are mode 0600."""
import json
import os
import sqlite3
import stat
import subprocess
import sys
import time

from remind_support import Setup, check, main

FIRST_DAY = "2030-03-06"
SECOND_DAY = "2030-03-13"


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def state(setup, path, *words, status=None):
    """netadmin with --state PATH (Setup.run always passes its own state)."""
    env = {"PATH": os.environ.get("PATH", ""), "LANG": "C", "TZ": "UTC", "HOME": str(setup.tmp)}
    done = subprocess.run([setup.netadmin, "--registry", str(setup.registry), "--state", str(path), *words],
                          capture_output=True, text=True, env=env, timeout=120)
    if status is not None:
        check(done.returncode == status, f"{' '.join(words)} on {path}: exit {done.returncode}, expected {status}\n"
              f"{done.stdout}{done.stderr}")
    return done


def keys(setup, path, statuses):
    done = state(setup, path, "reminders", "log", "--limit", "0", "--format", "json", status=0)
    return {(row["target"], row["recipient"], row["offset_days"], row["reference_date"])
            for row in json.loads(done.stdout) if row["status"] in statuses}


def backup_during_run(setup, copy):
    """Starts a slow sending run and backs up once its first message is out."""
    command = [setup.netadmin, "--registry", str(setup.registry), "--state", str(setup.state),
               "remind", "--today", SECOND_DAY, "--send", "--mailer", setup.mailer("--sleep", "1.5")]
    before = len(setup.messages())
    run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           env={"PATH": os.environ.get("PATH", ""), "LANG": "C", "HOME": str(setup.tmp)})
    deadline = time.monotonic() + 60
    while len(setup.messages()) == before and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.05)
    state(setup, setup.state, "state", "backup", str(copy), status=0)
    in_progress = run.poll() is None
    out, err = run.communicate(timeout=120)
    check(run.returncode == 0, f"the sending run failed: {out}{err}")
    check(in_progress, "the run was over before the backup was taken")


def refusals(setup, live):
    before = live.read_bytes()
    noise = setup.tmp / "noise.db"
    noise.write_bytes(os.urandom(8192))
    empty = setup.tmp / "empty.db"
    sqlite3.connect(empty).execute("VACUUM").connection.close()
    newer = setup.tmp / "newer.db"
    newer.write_bytes(live.read_bytes())
    connection = sqlite3.connect(newer)
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    for bad, words in ((noise, "not a netadmin state database"), (empty, "known schema version"),
                       (newer, "newer netadmin")):
        done = state(setup, live, "state", "restore", str(bad), status=1)
        check(words in done.stderr and done.stderr.count("\n") == 1, f"restore {bad.name}: {done.stderr!r}")
        check(live.read_bytes() == before, f"restore {bad.name} changed the state")


def corruption(setup, copy):
    damaged = setup.tmp / "damaged.db"
    damaged.write_bytes(copy.read_bytes())
    os.chmod(damaged, 0o600)
    data = bytearray(damaged.read_bytes())
    check(len(data) >= 3 * 4096, f"the state is only {len(data)} bytes")
    for i in range(4096 + 16, 4096 + 48):  # page 2, past its header
        data[i] ^= 0xFF
    damaged.write_bytes(bytes(data))
    done = state(setup, damaged, "state", "check", status=1)
    check("damaged" in done.stderr and done.stderr.count("\n") == 1, f"check of a damaged file: {done.stderr!r}")


def test(args):
    setup = Setup(args)
    try:
        setup.send(FIRST_DAY)
        copy = setup.tmp / "backups" / "state.db"
        copy.parent.mkdir()
        backup_during_run(setup, copy)
        check(mode(copy) == 0o600, f"the backup has mode {oct(mode(copy))}")
        done = state(setup, copy, "state", "check", status=0)
        check("intact" in done.stdout, f"state check: {done.stdout}")
        # One self-contained file: reading it leaves no -wal or -shm beside it.
        check(sorted(p.name for p in copy.parent.iterdir()) == ["state.db"],
              f"beside the backup: {sorted(p.name for p in copy.parent.iterdir())}")

        recorded = keys(setup, copy, {"sent", "unknown"})
        check(any(key[3] > FIRST_DAY for key in recorded), "the backup holds nothing of the run in progress")
        restored = setup.tmp / "new-server" / "state.db"
        done = state(setup, restored, "state", "restore", str(copy), status=0)
        check("may be sent again" in done.stdout, f"restore said: {done.stdout}")
        check(mode(restored) == 0o600, f"the restored state has mode {oct(mode(restored))}")
        state(setup, restored, "state", "check", status=0)

        before = len(setup.messages())
        state(setup, restored, "remind", "--today", SECOND_DAY, "--send", "--mailer", setup.mailer(), status=0)
        again = keys(setup, restored, {"sent"}) - keys(setup, copy, {"sent"})
        check(not (again & recorded), f"sent again: {again & recorded}")
        check(len(setup.messages()) - before == len(again), "the rerun's mail and its log disagree")

        refusals(setup, restored)
        corruption(setup, copy)
    finally:
        setup.cleanup()


if __name__ == "__main__":
    sys.exit(main(test))
