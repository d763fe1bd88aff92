#!/usr/bin/env python3
"""Issue: one person, one reminder.

- Two people with the same address in any case are one mailbox: `check`
  warns at both (exit 0) and `remind` sends one reminder per address for
  each target and rule.
- A meeting whose id changes keeps its reminder history when the new
  entry lists the old id in `former_ids`: renaming it after its reminders
  went out sends nothing again. Without `former_ids` the meeting is a new
  one and its due reminder goes out again (docs/cron.md says so)."""
import sys
from collections import Counter

from remind_support import Setup, check, main


def shared_address(args):
    setup = Setup(args)
    try:
        setup.set_registry_text('email = "fredrik@example.se"', 'email = "Anna@Example.SE"')
        done = setup.run("check")
        check(done.returncode == 0, f"check: exit {done.returncode} {done.stderr}")
        warnings = [line for line in done.stderr.splitlines() if "warning:" in line and "one mailbox" in line]
        check(len(warnings) == 2 and "region.toml:10:1" in warnings[0] and "region.toml:34:1" in warnings[1],
              f"warnings: {done.stderr}")
        setup.send("2030-03-06")
        counts = Counter(address.lower() for address in setup.recipients())
        check(counts == {"anna@example.se": 1, "bo@example.se": 1, "david@example.se": 1}, f"sent: {counts}")
        setup.send("2030-03-06")
        check(len(setup.messages()) == 3, "sent again")
    finally:
        setup.cleanup()


def renamed(args, former):
    setup = Setup(args)
    try:
        setup.send("2030-03-06")
        check(len(setup.messages()) == 4, f"first run: {setup.recipients()}")
        extra = '\nformer_ids = ["natverkstraff"]' if former else ""
        setup.set_registry_text('id = "natverkstraff"', 'id = "natverkstraff-2030"' + extra)
        again = setup.send("2030-03-06")
        if former:
            check(len(setup.messages()) == 4 and again.stdout == "", f"resent after a rename: {again.stdout}")
            setup.send("2030-03-13")
            check(len(setup.messages()) == 8, f"7-day reminders after the rename: {len(setup.messages())}")
        else:
            check(len(setup.messages()) == 8, "a meeting renamed by hand without former_ids is a new meeting")
    finally:
        setup.cleanup()


def test(args):
    shared_address(args)
    renamed(args, former=True)
    renamed(args, former=False)


if __name__ == "__main__":
    sys.exit(main(test))
