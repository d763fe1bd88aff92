#!/usr/bin/env python3
"""A full disk under the state database loses nothing and sends nothing twice.

The state folder is a real tmpfs of 512 KiB. After a first run has sent and
recorded the 14-day reminders, a filler file takes the rest of the space and
the 7-day reminders fall due. That run must stop with exit status 1 and a
state error; every message it did send must be on record. With the space
back, the log holds every earlier row, and the next run sends only what was
not sent: each recipient gets each reminder exactly once.

Mounting needs root with CAP_SYS_ADMIN; elsewhere the test is skipped
(exit status 77)."""
import os
import subprocess
import sys

from remind_support import Setup, check, main

SKIPPED = 77
WITH_ADDRESS = ["anna@example.se", "bo@example.se", "david@example.se", "fredrik@example.se"]


def sent_rows(setup):
    return sorted((e["target"], e["recipient"], e["offset_days"]) for e in setup.log() if e["status"] == "sent")


def fill(folder):
    """Writes a file until the file system is full."""
    descriptor = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while os.write(descriptor, b"\0" * 4096) > 0:
            pass
    except OSError:
        pass
    finally:
        os.close(descriptor)


def full_disk(setup):
    folder = setup.state.parent
    folder.mkdir(mode=0o700)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k,mode=0700", "tmpfs", str(folder)],
                             capture_output=True, check=False)
    if mounted.returncode != 0:
        print("skipped: cannot mount a tmpfs (needs root with CAP_SYS_ADMIN)")
        return SKIPPED
    try:
        setup.send("2030-03-06")
        before = sent_rows(setup)
        check(len(before) == 4, f"first run recorded {before}")
        fill(folder)
        done = setup.run("remind", "--today", "2030-03-13", "--send", "--mailer", setup.mailer())
        check(done.returncode == 1, f"exit {done.returncode} on a full disk\n{done.stdout}\n{done.stderr}")
        check("state database" in done.stderr, f"no state error on a full disk: {done.stderr!r}")
        check("Traceback" not in done.stderr and "internal error" not in done.stderr, done.stderr)
        sent_while_full = len(setup.messages()) - 4
        print(f"full disk: exit {done.returncode}, {sent_while_full} sent; {done.stderr.strip()}")
        (folder / "filler").unlink()
        after = sent_rows(setup)
        check(all(row in after for row in before), f"rows lost on a full disk: {before} -> {after}")
        check(len(after) - len(before) == sent_while_full,
              f"{sent_while_full} messages sent on a full disk, {len(after) - len(before)} recorded")
        setup.send("2030-03-13")
        check(setup.recipients() == sorted(WITH_ADDRESS * 2), f"after the disk had room: {setup.recipients()}")
        check(len(sent_rows(setup)) == 8, f"log after recovery: {sent_rows(setup)}")
        wal = folder / "state.db-wal"
        left = wal.stat().st_size if wal.exists() else 0
        check(left == 0, f"the -wal file keeps {left} bytes after the run (no checkpoint)")
    finally:
        subprocess.run(["umount", str(folder)], check=False)
    return 0


def test(args):
    setup = Setup(args)
    try:
        status = full_disk(setup)
    finally:
        setup.cleanup()
    if status == SKIPPED:
        sys.exit(SKIPPED)


if __name__ == "__main__":
    sys.exit(main(test))
