#!/usr/bin/env python3
"""State databases that cannot be written, read or are in use: a read-only
file (mode 0400), a read-only folder, a missing file in a read-only folder,
an unreadable file (mode 000), a file in a folder that cannot be searched,
and a database another program holds with BEGIN EXCLUSIVE (in WAL mode, as
netadmin leaves it, and in rollback-journal mode). `remind --send` must stop with a
message naming the file, in English and Swedish, exit status 1, send nothing,
and leave the folder byte for byte as it was (no -wal or -shm files either);
reading (`remind` without --send, `reminders log`) works where SQLite allows
it and otherwise fails the same way. A locked database is waited for, a
bounded time, never for ever.

Root ignores file modes, so when the tests run as root netadmin runs as the
user nobody for the read-only cases; if nobody cannot run the binary the test
is skipped (exit status 77)."""
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing

from remind_support import Failure, Setup, arguments, check

NOBODY = 65534
SKIPPED = 77
TODAY = "2030-03-13"  # reminders fall due that the state has not recorded yet
WAIT_LIMIT = 600  # seconds: far above the documented busy timeout, so only a hang fails

# Holds an exclusive lock on the database named in argv[1] until its stdin closes.
HOLDER = """import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()
"""


def snapshot(folder):
    """Every file in the folder with its bytes and mode: what must not change."""
    return {p.name: (p.read_bytes(), os.stat(p).st_mode) for p in sorted(folder.iterdir())}


def command(setup, state, *args):
    return [setup.netadmin, "--registry", str(setup.registry), "--state", str(state), *args]


def environment(setup):
    return {"PATH": os.environ.get("PATH", ""), "LANG": "C", "TZ": "UTC", "HOME": str(setup.tmp)}


def run(setup, state, *args, user=None):
    ids = {} if user is None else {"user": user, "group": user}
    return subprocess.run(command(setup, state, *args), capture_output=True, text=True, env=environment(setup),
                          stdin=subprocess.DEVNULL, timeout=WAIT_LIMIT, **ids)


def fresh_copy(setup, name, user):
    """A copy of the sent-once state database in its own folder, owned by `user`."""
    folder = setup.tmp / name
    folder.mkdir()
    state = folder / "state.db"
    shutil.copyfile(setup.state, state)
    os.chmod(state, 0o600)
    if user is not None:
        for path in (folder, state):
            os.chown(path, user, user)
    return state


def refuses_to_send(setup, state, user, english, swedish):
    for language, words in (("en", english), ("sv", swedish)):
        done = run(setup, state, "--lang", language, "remind", "--today", TODAY, "--send", "--mailer",
                   setup.mailer(), user=user)
        where = f"{state.parent.name} --lang {language}: exit {done.returncode}\n{done.stdout}{done.stderr}"
        check(done.returncode == 1, where)
        check(f"netadmin: {state}" in done.stderr and words in done.stderr, f"{where}\nexpected: {words}")
        check(done.stdout == "", where)


def can_still_read(setup, state, user, expected_log):
    plan = run(setup, state, "remind", "--today", TODAY, user=user)
    check(plan.returncode == 0 and "7 days before: send to anna@example.se" in plan.stdout,
          f"{state.parent.name}: remind without --send: exit {plan.returncode}\n{plan.stdout}{plan.stderr}")
    log = run(setup, state, "reminders", "log", "--format", "json", user=user)
    check(log.returncode == 0, f"{state.parent.name}: reminders log: exit {log.returncode}\n{log.stderr}")
    check(json.loads(log.stdout) == expected_log, f"{state.parent.name}: the log read differs\n{log.stdout}")


def read_only_cases(setup, user, expected_log):
    sent = len(setup.messages())
    state = fresh_copy(setup, "read-only-file", user)
    os.chmod(state, 0o400)
    before = snapshot(state.parent)
    refuses_to_send(setup, state, user, "cannot write the state database (Permission denied)",
                    "kan inte skriva i tillståndsdatabasen (åtkomst nekas)")
    can_still_read(setup, state, user, expected_log)
    check(snapshot(state.parent) == before, "read-only file: the folder changed")

    state = fresh_copy(setup, "read-only-folder", user)
    os.chmod(state.parent, 0o555)
    before = snapshot(state.parent)
    refuses_to_send(setup, state, user, f"its folder {state.parent} is not writable (Permission denied)",
                    f"dess katalog {state.parent} är skrivskyddad (åtkomst nekas)")
    can_still_read(setup, state, user, expected_log)
    check(snapshot(state.parent) == before, "read-only folder: the folder changed")

    missing = state.parent / "new.db"
    refuses_to_send(setup, missing, user, "cannot create the state database (Permission denied)",
                    "kan inte skapa tillståndsdatabasen (åtkomst nekas)")
    log = run(setup, missing, "reminders", "log", "--format", "json", user=user)
    check(log.returncode == 0 and json.loads(log.stdout) == [], f"missing file: reminders log\n{log.stderr}")
    check(snapshot(state.parent) == before, "read-only folder: a new state file was created")
    os.chmod(state.parent, 0o755)  # so that an ordinary user's clean-up can remove it
    check(len(setup.messages()) == sent, "a message was sent from a read-only state")


def unreadable_cases(setup, user):
    unreadable = fresh_copy(setup, "unreadable-file", user)
    os.chmod(unreadable, 0)
    hidden = fresh_copy(setup, "closed-folder", user)
    os.chmod(hidden.parent, 0)
    send = ("remind", "--today", TODAY, "--send", "--mailer", setup.mailer())
    try:
        for state in (unreadable, hidden):
            for language, words in (("en", "cannot read the state database (Permission denied)"),
                                    ("sv", "kan inte läsa tillståndsdatabasen (åtkomst nekas)")):
                for args in (send, ("reminders", "log")):
                    done = run(setup, state, "--lang", language, *args, user=user)
                    where = f"{state.parent.name} {args[0]} --lang {language}: exit {done.returncode}\n{done.stderr}"
                    check(done.returncode == 1 and done.stdout == "", where)
                    check(f"netadmin: {state}" in done.stderr and words in done.stderr, f"{where}\nexpected: {words}")
    finally:
        os.chmod(hidden.parent, 0o755)
    for state in (unreadable, hidden):
        check(sorted(p.name for p in state.parent.iterdir()) == ["state.db"], f"{state.parent.name}: files added")
        check(state.read_bytes() == setup.state.read_bytes(), f"{state.parent.name}: the file changed")
    check(os.stat(unreadable).st_mode & 0o777 == 0, "the unreadable file's mode changed")


def locked_cases(setup, expected_log):
    wal = fresh_copy(setup, "locked-wal", None)
    rollback = fresh_copy(setup, "locked-rollback", None)
    with closing(sqlite3.connect(rollback)) as db:
        db.execute("PRAGMA journal_mode = DELETE")
    # Read before the locks are taken: closing any descriptor of a file in
    # this process would drop the POSIX locks SQLite holds on it.
    before = {state: snapshot(state.parent) for state in (wal, rollback)}
    sent = len(setup.messages())
    send = ("remind", "--today", TODAY, "--send", "--mailer", setup.mailer())
    # (state, arguments, expected exit status): in WAL mode readers see the last commit beside the lock.
    runs = [(wal, send, 1), (wal, ("remind", "--today", TODAY), 0),
            (wal, ("reminders", "log", "--format", "json"), 0), (rollback, send, 1),
            (rollback, ("remind", "--today", TODAY), 1), (rollback, ("--lang", "sv", "reminders", "log"), 1)]
    holders = [subprocess.Popen([sys.executable, "-c", HOLDER, str(state)], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, text=True) for state in (wal, rollback)]
    try:
        for holder in holders:
            check(holder.stdout.readline().strip() == "locked", "the lock holder did not start")
        # All at once, so the test waits out the busy timeout once.
        started = [subprocess.Popen(command(setup, state, *args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    stdin=subprocess.DEVNULL, text=True, env=environment(setup))
                   for state, args, _ in runs]
        results = [process.communicate(timeout=WAIT_LIMIT) for process in started]
    finally:
        for holder in holders:
            holder.stdin.close()
            holder.wait()
    for (state, args, status), process, (out, err) in zip(runs, started, results):
        where = f"{state.parent.name} {' '.join(args[:3])}: exit {process.returncode}\n{out}{err}"
        check(process.returncode == status, where)
        if status == 1:
            words = "är låst av ett annat program" if "sv" in args else "is locked by another program (waited 30"
            check(f"netadmin: {state}" in err and words in err, where)
        elif "json" in args:
            check(json.loads(out) == expected_log, where)
    for state in (wal, rollback):
        check(snapshot(state.parent) == before[state], f"{state.parent.name}: the folder changed")
    check(len(setup.messages()) == sent, "a message was sent from a locked state")


def can_run_as(setup, user):
    done = subprocess.run([setup.netadmin, "--version"], capture_output=True, user=user, group=user, check=False)
    return done.returncode == 0


def test(args):
    setup = Setup(args)
    try:
        os.chmod(setup.tmp, 0o755)  # mkdtemp makes it 0700: let nobody in
        user = NOBODY if os.geteuid() == 0 else None
        if user is not None and not can_run_as(setup, user):
            print(f"skipped: uid {user} cannot run {setup.netadmin} (the read-only cases need an ordinary user)")
            return SKIPPED
        setup.send("2030-03-06")  # closed after writing: the whole database is in the one file
        setup.captured.chmod(0o777)
        reference = fresh_copy(setup, "reference", None)  # reading may leave -shm files: read a copy
        expected_log = json.loads(run(setup, reference, "reminders", "log", "--format", "json").stdout)
        check(len(expected_log) == 5, f"expected five log entries after one sending day: {expected_log}")
        read_only_cases(setup, user, expected_log)
        unreadable_cases(setup, user)
        locked_cases(setup, expected_log)
        return 0
    finally:
        setup.cleanup()


def main():
    try:
        status = test(arguments())
    except Failure as failure:
        print(f"FAIL: {failure}", file=sys.stderr)
        return 1
    if status == 0:
        print("ok")
    return status


if __name__ == "__main__":
    sys.exit(main())
