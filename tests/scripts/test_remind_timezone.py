#!/usr/bin/env python3
""""Today" is the date in Europe/Stockholm, whatever time zone cron runs in.

Runs `netadmin remind` without --today at 23:30 and 00:30 Stockholm time,
in winter (UTC+1) and summer (UTC+2), with TZ=UTC and
TZ=America/Los_Angeles. The clock is replaced through NETADMIN_NOW
(seconds since the epoch), netadmin's documented test override."""
import json
import sys
from datetime import datetime, timedelta, timezone

from remind_support import Setup, check, main

WINTER = timezone(timedelta(hours=1))
SUMMER = timezone(timedelta(hours=2))


def dry_run(setup, when, tz):
    now = str(int(when.timestamp()))
    done = setup.run("remind", "--format", "json", env={"NETADMIN_NOW": now, "TZ": tz}, check_status=0)
    return json.loads(done.stdout) if done.stdout else None


def offsets(result, target):
    return sorted({a["offset_days"] for a in result["actions"] if a["target"] == target and a["action"] == "send"})


def test(args):
    setup = Setup(args)
    try:
        for tz in ["UTC", "America/Los_Angeles"]:
            # Winter: the network meeting's 14-day reminder falls due on 2030-03-06.
            late = dry_run(setup, datetime(2030, 3, 5, 23, 30, tzinfo=WINTER), tz)
            check(late is None, f"{tz}: 23:30 on 03-05 already planned: {late}")
            early = dry_run(setup, datetime(2030, 3, 6, 0, 30, tzinfo=WINTER), tz)
            check(early is not None and early["today"] == "2030-03-06", f"{tz}: 00:30 on 03-06: {early}")
            check(offsets(early, "natverkstraff") == [14], f"{tz}: {early}")
            # Summer: the programme session's 7-day reminder falls due on 2030-04-03.
            late = dry_run(setup, datetime(2030, 4, 2, 23, 30, tzinfo=SUMMER), tz)
            check(late["today"] == "2030-04-02" and offsets(late, "satsningen-del-1") == [14], f"{tz}: {late}")
            early = dry_run(setup, datetime(2030, 4, 3, 0, 30, tzinfo=SUMMER), tz)
            check(early["today"] == "2030-04-03" and offsets(early, "satsningen-del-1") == [7], f"{tz}: {early}")
        check(not setup.state.exists(), "a dry run created the state database")
    finally:
        setup.cleanup()


if __name__ == "__main__":
    sys.exit(main(test))
