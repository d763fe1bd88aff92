#!/usr/bin/env python3
"""Issue: the first run on a new state file, and the umask.

- Eight `remind --send` started together on a state file that does not
  exist yet: some failed within milliseconds with "locked … (waited 30
  seconds)". All must succeed (or wait), and each reminder go out once.
- Under umask 0277 the state folder was created 0500 and the file 0400;
  now they are 0700 and 0600 whatever the umask.
- After a run the WAL is checkpointed: no -wal content is left behind."""
import os
import stat
import subprocess
import sys
import time
from collections import Counter

from remind_support import Setup, check, main

WITH_ADDRESS = ["anna@example.se", "bo@example.se", "david@example.se", "fredrik@example.se"]


def eight_at_once(args):
    for attempt in range(3):
        setup = Setup(args)
        try:
            command = [setup.netadmin, "--registry", str(setup.registry), "--state", str(setup.state), "remind",
                       "--today", "2030-03-06", "--send", "--mailer", setup.mailer()]
            env = {"PATH": os.environ.get("PATH", ""), "LANG": "C", "HOME": str(setup.tmp)}
            started = time.monotonic()
            runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
                    for _ in range(8)]
            results = [(run.wait(timeout=120), run.stderr.read()) for run in runs]
            for run in runs:
                run.stdout.close()
                run.stderr.close()
            took = time.monotonic() - started
            failed = [(code, err) for code, err in results if code != 0]
            check(failed == [], f"attempt {attempt}: {len(failed)} of 8 failed after {took:.2f} s: {failed[:2]}")
            counts = Counter(setup.recipients())
            check(sorted(counts) == WITH_ADDRESS and set(counts.values()) == {1}, f"sent: {dict(counts)}")
            created = sum("created the state database" in err for _, err in results)
            check(created == 1, f"{created} runs said they created the database")
        finally:
            setup.cleanup()


def umask_0277(args):
    setup = Setup(args)
    try:
        folder = setup.tmp / "deep" / "state"
        state = folder / "state.db"
        command = [setup.netadmin, "--registry", str(setup.registry), "--state", str(state), "remind",
                   "--today", "2030-03-06", "--send", "--mailer", setup.mailer()]
        env = {"PATH": os.environ.get("PATH", ""), "LANG": "C", "HOME": str(setup.tmp)}
        for day in ["2030-03-06", "2030-03-13"]:
            command[command.index("--today") + 1] = day
            done = subprocess.run(command, capture_output=True, text=True, env=env,
                                  preexec_fn=lambda: os.umask(0o277))
            check(done.returncode == 0, f"{day} under umask 0277: exit {done.returncode} {done.stderr}")
        for path, mode in [(setup.tmp / "deep", 0o700), (folder, 0o700), (state, 0o600)]:
            got = stat.S_IMODE(os.stat(path).st_mode)
            check(got == mode, f"{path.name}: mode {got:o}, expected {mode:o}")
        check(len(setup.messages()) == 8, f"{len(setup.messages())} messages under umask 0277")
        wal = folder / "state.db-wal"
        left = wal.stat().st_size if wal.exists() else 0
        check(left == 0, f"-wal left with {left} bytes")
    finally:
        setup.cleanup()


def test(args):
    eight_at_once(args)
    umask_0277(args)


if __name__ == "__main__":
    sys.exit(main(test))
