#!/usr/bin/env python3
"""A full disk during `registrations import` writes all rows or none.

The state folder is a real tmpfs of 2 MiB. A first import of three rows
is recorded; a filler file then takes the rest of the space and an import
of 1,000 rows (more than the space left) must stop with exit status 1 and a
state error, leaving the three rows as they were and none of the new ones.
With the space back, the same import records all 1,000.

Mounting needs root with CAP_SYS_ADMIN; elsewhere the test is skipped
(exit status 77)."""
import json
import subprocess
import sys

from remind_support import Setup, check, main
from test_remind_state_full_disk import fill

SKIPPED = 77
TARGET = "en-forelder-blir-till"


def write_csv(path, count, start=1):
    lines = ["namn;e-post"] + [f"Person {i};person{i}@example.se" for i in range(start, start + count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def recorded(setup):
    done = setup.run("registrations", "list", TARGET, "--format", "json", check_status=0)
    return [row["email"] for row in json.loads(done.stdout)]


def full_disk(setup):
    folder = setup.state.parent
    folder.mkdir(mode=0o700)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(folder)],
                             capture_output=True, check=False)
    if mounted.returncode != 0:
        print("skipped: cannot mount a tmpfs (needs root with CAP_SYS_ADMIN)")
        return SKIPPED
    try:
        first = setup.tmp / "first.csv"
        write_csv(first, 3)
        setup.run("registrations", "import", TARGET, str(first), "--today", "2023-08-20", check_status=0)
        before = recorded(setup)
        check(len(before) == 3, f"first import recorded {before}")
        many = setup.tmp / "many.csv"
        write_csv(many, 1000, start=100)
        fill(folder)
        done = setup.run("registrations", "import", TARGET, str(many), "--today", "2023-08-20")
        check(done.returncode == 1, f"exit {done.returncode} on a full disk\n{done.stdout}\n{done.stderr}")
        check("state database" in done.stderr, f"no state error on a full disk: {done.stderr!r}")
        check("Traceback" not in done.stderr and "internal error" not in done.stderr, done.stderr)
        (folder / "filler").unlink()
        check(recorded(setup) == before, "a failed import on a full disk changed the registrations")
        again = setup.run("registrations", "import", TARGET, str(many), "--today", "2023-08-20", check_status=0)
        check("1000 added, 0 updated, 0 unchanged" in again.stdout, again.stdout)
        check(len(recorded(setup)) == 1003, "the import with room did not record every row")
    finally:
        subprocess.run(["umount", str(folder)], check=False)
    return 0


def test(args):
    setup = Setup(args, registry="data/registry")
    try:
        status = full_disk(setup)
    finally:
        setup.cleanup()
    if status == SKIPPED:
        sys.exit(SKIPPED)


if __name__ == "__main__":
    raise SystemExit(main(test))
