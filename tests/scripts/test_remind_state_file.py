#!/usr/bin/env python3
"""The state database file: created private at the XDG default location,
and a file that is not netadmin's (text, another program's SQLite database,
a truncated state database) is refused with a clear message by every
command, exit status 1, and left byte for byte as it was."""
import os
import sqlite3
from contextlib import closing
import stat
import subprocess
import sys

from remind_support import Setup, check, main


def default_location(setup):
    env_home = setup.tmp / "home"
    xdg = setup.tmp / "xdg"
    command = [setup.netadmin, "--registry", str(setup.registry), "remind", "--today", "2030-03-06", "--send",
               "--mailer", setup.mailer()]
    base_env = {"PATH": os.environ.get("PATH", ""), "LANG": "C", "HOME": str(env_home)}
    subprocess.run(command, env=base_env, check=True, capture_output=True)
    path = env_home / ".local" / "state" / "netadmin" / "state.db"
    check(path.exists(), "no state at ~/.local/state/netadmin/state.db")
    check(stat.S_IMODE(os.stat(path).st_mode) == 0o600, "default state file not 0600")
    for folder in [path.parent, path.parent.parent, path.parent.parent.parent]:
        check(stat.S_IMODE(os.stat(folder).st_mode) == 0o700, f"{folder} not 0700")
    subprocess.run(command, env={**base_env, "XDG_STATE_HOME": str(xdg)}, check=True, capture_output=True)
    check((xdg / "netadmin" / "state.db").exists(), "XDG_STATE_HOME not used")


def refused(setup, name, content):
    setup.state.parent.mkdir(parents=True, exist_ok=True)
    setup.state.write_bytes(content)
    sent_before = len(setup.messages())
    for command in [["remind", "--today", "2030-03-06", "--send", "--mailer", setup.mailer()],
                    ["remind", "--today", "2030-03-06"], ["reminders", "log"]]:
        done = setup.run(*command)
        check(done.returncode == 1, f"{name}: {command} exit {done.returncode}\n{done.stdout}{done.stderr}")
        check(str(setup.state) in done.stderr and "left unchanged" in done.stderr, f"{name}: {done.stderr}")
        check(setup.state.read_bytes() == content, f"{name}: the file was changed by {command}")
    check(len(setup.messages()) == sent_before, f"{name}: a message was sent")


def test(args):
    setup = Setup(args)
    try:
        default_location(setup)
        refused(setup, "text", b"not a database at all\n" * 20)
        other = setup.tmp / "other.db"
        with closing(sqlite3.connect(other)) as db, db:
            db.execute("CREATE TABLE notes (text TEXT)")
            db.execute("INSERT INTO notes VALUES ('hello')")
        refused(setup, "foreign", other.read_bytes())
        with closing(sqlite3.connect(other)) as db, db:
            db.execute("PRAGMA application_id = 1234")
        refused(setup, "foreign id", other.read_bytes())
        setup.state.unlink()
        setup.send("2030-03-06")
        for day in range(7, 30):  # grow the database past a few pages
            setup.run("remind", "--today", f"2030-03-{day:02}", "--send", "--mailer", setup.mailer())
        with closing(sqlite3.connect(setup.state)) as db, db:  # closed: the WAL is checkpointed
            db.executemany("INSERT INTO delivery (target, recipient, offset_days, reference_date, kind, due_date, "
                           "status, created_at, updated_at) VALUES (?, 'x', 1, '2030-01-01', 'meeting', "
                           "'2030-01-01', 'sent', '', '')", [(f"t{i}",) for i in range(2000)])
        whole = setup.state.read_bytes()
        refused(setup, "truncated", whole[: len(whole) // 2])
    finally:
        setup.cleanup()


if __name__ == "__main__":
    sys.exit(main(test))
