#!/usr/bin/env python3
"""Catch-up, moved and cancelled meetings, people removed from the list.

- After days without a run, each recipient gets only the most recent
  reminder that fell due, once; the older one is logged as skipped.
- When a meeting's date changes, reminders are computed from the new date
  and sent again; the log keeps the reference date each was based on.
- A cancelled meeting, a past meeting and a person no longer on the list
  get nothing."""
import sys

from remind_support import Setup, check, main

WITH_ADDRESS = ["anna@example.se", "bo@example.se", "david@example.se", "fredrik@example.se"]


def catch_up(args):
    setup = Setup(args)
    try:
        setup.send("2030-03-06")  # the 14-day reminder
        # No runs from 03-07 to 03-18: the 7-day reminder (due 03-13) and
        # the 1-day one (due 03-19) fall due; on 03-19 only the 1-day one goes.
        done = setup.send("2030-03-19")
        check(setup.recipients() == sorted(WITH_ADDRESS * 2), f"sent: {setup.recipients()}")
        check("7 days before: skipped for anna@example.se" in done.stdout, done.stdout)
        log = setup.log()
        skipped = sorted(e["recipient"] for e in log if e["status"] == "skipped-superseded" and e["offset_days"] == 7)
        check(skipped == ["anna-astrom", "bo-ek", "cecilia-oberg", "david-lind", "fredrik-berg"], f"skipped: {skipped}")
        sent_offsets = sorted({e["offset_days"] for e in log if e["status"] == "sent"})
        check(sent_offsets == [1, 14], f"sent offsets {sent_offsets}")
        check(setup.send("2030-03-20").stdout == "", "the meeting day sent again")
        check(setup.send("2030-03-21").stdout == "", "a past meeting was reminded")
        check(len(setup.messages()) == 8, "extra messages")
    finally:
        setup.cleanup()


def moved_cancelled_removed(args):
    setup = Setup(args)
    try:
        setup.send("2030-03-13")  # the 7-day reminder for 2030-03-20
        setup.set_registry_text("date = 2030-03-20\n", "date = 2030-03-27\nmoved_from = 2030-03-20\n")
        setup.set_registry_text('contacts = ["bo-ek", "cecilia-oberg"]', 'contacts = ["cecilia-oberg"]')
        setup.send("2030-03-13")  # 14 days before the new date
        recipients = setup.recipients()
        check(recipients == sorted(WITH_ADDRESS + ["anna@example.se", "david@example.se", "fredrik@example.se"]),
              f"after the move: {recipients}")
        # Two runs on the same day may share a Date header to the second, so
        # pick the messages of the second run by what they say, not by time.
        bodies = [m.get_body().get_content() for m in setup.messages()]
        moved = [b for b in bodies if "onsdag 27 mars 2030" in b]
        check(len(moved) == 3, f"{len(moved)} messages about the new date")
        check(all("flyttats" in b for b in moved), "\n\n".join(moved))
        references = sorted({(e["reference_date"], e["offset_days"]) for e in setup.log() if e["status"] == "sent"})
        check(references == [("2030-03-20", 7), ("2030-03-27", 14)], f"reference dates: {references}")
        setup.set_registry_text("date = 2030-03-27\n", 'date = 2030-03-27\nstatus = "cancelled"\n')
        before = len(setup.messages())
        for day in ["2030-03-20", "2030-03-26"]:
            check(setup.send(day).stdout == "", f"a cancelled meeting was reminded on {day}")
        check(len(setup.messages()) == before, "messages for a cancelled meeting")
    finally:
        setup.cleanup()


def test(args):
    catch_up(args)
    moved_cancelled_removed(args)


if __name__ == "__main__":
    sys.exit(main(test))
