#!/usr/bin/env python3
"""`netadmin remind`: the issue's "Done means" on the bundled registry, and
the basic guarantees on the reminder fixture: a dry run changes nothing and
is silent when nothing is due; --send sends each recipient one message; a
second run (or a run every minute) sends nothing new; the state file is
private."""
import os
import stat
import sys

from remind_support import Setup, check, main


def bundled(args):
    setup = Setup(args, registry="data/registry")
    try:
        done = setup.run("remind", "--today", "2019-05-03", check_status=0)
        check("Nätverksträff i Kalix (norrbotten-natverkstraff-2019), Friday 10 May 2019" in done.stdout, done.stdout)
        check("7 days before: send to nina.alakulju@norrbotten.se" in done.stdout, done.stdout)
        check(not setup.state.exists(), "a dry run created the state database")
        setup.send("2019-05-03")
        check(setup.recipients() == ["nina.alakulju@norrbotten.se"], f"sent to {setup.recipients()}")
        subject = str(setup.messages()[0]["Subject"])
        check(subject == "Påminnelse: Nätverksträff i Kalix, fredag 10 maj 2019", subject)
        again = setup.send("2019-05-03")
        check(again.stdout == "" and len(setup.messages()) == 1, "a second run sent again:\n" + again.stdout)
        check(setup.run("remind", "--today", "2019-05-03", check_status=0).stdout == "",
              "a dry run after sending still shows the reminder")
    finally:
        setup.cleanup()


def fixture(args):
    setup = Setup(args)
    try:
        quiet = setup.run("remind", "--today", "2030-03-05", check_status=0)
        check(quiet.stdout == "" and quiet.stderr == "", "nothing due must print nothing: " + quiet.stdout)
        check(not setup.state.exists(), "a dry run created the state database")
        done = setup.send("2030-03-06")
        check(setup.recipients() == ["anna@example.se", "bo@example.se", "david@example.se", "fredrik@example.se"],
              f"sent to {setup.recipients()}")
        check("no e-mail address for Cecilia Öberg (cecilia-oberg)" in done.stdout, done.stdout)
        mode = stat.S_IMODE(os.stat(setup.state).st_mode)
        check(mode == 0o600, f"state file mode {oct(mode)}")
        check(stat.S_IMODE(os.stat(setup.state.parent).st_mode) == 0o700, "state folder not 0700")
        for day in ["2030-03-06", "2030-03-06", "2030-03-07", "2030-03-08"]:  # a run every minute, every day
            again = setup.send(day)
            check(again.stdout == "", f"run on {day} printed:\n{again.stdout}")
        check(len(setup.messages()) == 4, f"{len(setup.messages())} messages after repeated runs")
        statuses = sorted((entry["recipient"], entry["status"]) for entry in setup.log())
        check(statuses == [("anna-astrom", "sent"), ("bo-ek", "sent"), ("cecilia-oberg", "skipped-no-address"),
                           ("david-lind", "sent"), ("fredrik-berg", "sent")], f"log: {statuses}")
    finally:
        setup.cleanup()


def test(args):
    bundled(args)
    fixture(args)


if __name__ == "__main__":
    sys.exit(main(test))
