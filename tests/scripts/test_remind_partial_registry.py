#!/usr/bin/env python3
"""Issue: one bad file silenced every region.

With one invalid address in norrbotten.toml, `remind --send` sent nothing
for any region. Now the file is the unit of independence (docs/cron.md):

- the bundled registry's two regions are independent: an error in either
  file leaves the other one's reminders going out, exit status 1 and a
  line naming the file;
- what depends on the broken file is withheld, said in words, recorded as
  `withheld`, and sent by the first run after the fix (a catch-up), or
  reported and recorded as `missed` when its day has passed;
- every other command still refuses the registry (exit status 1)."""
import sys

from remind_support import Setup, check, main

NINA = 'email = "nina.alakulju@norrbotten.se"'


def bundled(args):
    setup = Setup(args, registry="data/registry")
    # The bundled contact of the Jönköping round has no address; give her one.
    path = setup.registry / "jonkoping.toml"
    text = path.read_text(encoding="utf-8")
    check('id = "martina-larsson"' in text, "fixture changed: no martina-larsson")
    path.write_text(text.replace('id = "martina-larsson"',
                                 'id = "martina-larsson"\nemail = "martina@example.se"', 1), encoding="utf-8")
    return setup


def edit(setup, name, old, new):
    path = setup.registry / name
    text = path.read_text(encoding="utf-8")
    check(old in text, f"{name} has no {old!r}")
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def regions_independent(args):
    setup = bundled(args)
    try:
        edit(setup, "norrbotten.toml", NINA, 'email = "nina.alakulju@@norrbotten.se"')
        done = setup.send("2023-09-06", status=1)
        check(setup.recipients() == ["martina@example.se"], f"Jönköping not sent: {setup.recipients()}")
        check("norrbotten.toml has 1 error" in done.stderr and "run 'netadmin check'" in done.stderr, done.stderr)
        listed = setup.run("list-centres")
        check(listed.returncode == 1 and listed.stdout == "", f"list-centres took a broken registry: {listed}")
    finally:
        setup.cleanup()
    setup = bundled(args)
    try:
        edit(setup, "jonkoping.toml", 'email = "martina@example.se"', 'email = "martina@@example.se"')
        done = setup.send("2019-05-03", status=1)
        check(setup.recipients() == ["nina.alakulju@norrbotten.se"], f"Norrbotten not sent: {setup.recipients()}")
        check("jonkoping.toml has 1 error" in done.stderr, done.stderr)
    finally:
        setup.cleanup()


def withheld_then_sent(args):
    setup = bundled(args)
    try:
        edit(setup, "norrbotten.toml", NINA, 'email = "nina.alakulju@@norrbotten.se"')
        done = setup.send("2019-05-03", status=1)
        check(setup.messages() == [], "sent from a broken file")
        check("1 reminder for Region Norrbotten not sent: norrbotten.toml has 1 error; run 'netadmin check'"
              in done.stderr, done.stderr)
        check("withheld for" in done.stdout, done.stdout)
        statuses = [(e["target"], e["status"]) for e in setup.log()]
        check(statuses == [("norrbotten-natverkstraff-2019", "withheld")], f"log: {statuses}")
        edit(setup, "norrbotten.toml", 'email = "nina.alakulju@@norrbotten.se"', NINA)
        fixed = setup.send("2019-05-06")
        check(setup.recipients() == ["nina.alakulju@norrbotten.se"], f"after the fix: {setup.recipients()}")
        check("sent to nina.alakulju@norrbotten.se" in fixed.stdout, fixed.stdout)
        check(setup.send("2019-05-06").stdout == "", "sent twice")
        rows = sorted((e["offset_days"], e["status"]) for e in setup.log())
        check(rows == [(7, "sent"), (14, "skipped-superseded")], f"log: {rows}")
    finally:
        setup.cleanup()


def withheld_then_missed(args):
    setup = bundled(args)
    try:
        edit(setup, "norrbotten.toml", NINA, 'email = "nina.alakulju@@norrbotten.se"')
        setup.send("2019-05-03", status=1)
        edit(setup, "norrbotten.toml", 'email = "nina.alakulju@@norrbotten.se"', NINA)
        late = setup.send("2019-05-11", status=1)
        check(setup.messages() == [], "a past meeting was reminded")
        check("missed for nina.alakulju@@norrbotten.se" in late.stdout, f"missed not reported: {late.stdout!r}")
        check([e["status"] for e in setup.log()] == ["missed"], f"log: {setup.log()}")
        check(setup.send("2019-05-12").stdout == "", "missed reported twice")
    finally:
        setup.cleanup()


def test(args):
    regions_independent(args)
    withheld_then_sent(args)
    withheld_then_missed(args)


if __name__ == "__main__":
    sys.exit(main(test))
