#!/usr/bin/env python3
"""Issue: a key too deep crashed every command.

A dotted key of 500,000 parts or a table header of a million parts in one
region's file made every command die of a stack overflow (SIGSEGV, exit
139): `check`, the listings, `set`, and `remind --send`, which then sent
none of the reminders due in a healthy region and printed nothing. With
50,000 parts only `set` crashed (the editor's own walk). Now the file is
refused before it is parsed, at the part past the limit (docs/reliability.md,
"Limits"), and it is a broken file like any other: `check` names the place,
the other region's reminders go out, and no command dies of a signal."""
import sys

from remind_support import Setup, check, main

TODAY = "2030-03-13"  # seven days before the meeting below
CONTACTS = 10


def healthy_region():
    text = '[region]\nid = "uppsala"\ncounty = "03"\nname = "Region Uppsala"\n'
    for i in range(CONTACTS):
        text += f'\n[[person]]\nid = "person-{i}"\nname = "Person {i}"\nemail = "person{i}@example.se"\n'
    ids = ", ".join(f'"person-{i}"' for i in range(CONTACTS))
    text += (f'\n[[network]]\nid = "natverket"\nname = "Nätverket i Uppsala"\ncontacts = [{ids}]\n'
             '\n[[meeting]]\nid = "natverkstraff"\nkind = "network-meeting"\ntitle = "Nätverksträff"\n'
             'network = "natverket"\ndate = 2030-03-20\nstart = 09:00:00\nend = 15:00:00\nplace = "Uppsala"\n')
    return text


def deep_file(line):
    return f'[region]\nid = "norrbotten"\ncounty = "25"\nname = "Region Norrbotten"\n{line}\n'


def dotted(parts):
    return ".".join(["a"] * parts)


# (what, the line that is too deep, the column of the part past the limit:
# [region] is the first level of the keys under it)
CASES = [
    ("a dotted key of 500,000 parts", dotted(500_000) + " = 1", 127),
    ("a table header of 1,000,000 parts", "[" + dotted(1_000_000) + "]", 130),
    ("a dotted key of 50,000 parts", dotted(50_000) + " = 1", 127),
]


def no_signal(done, what):
    check(done.returncode >= 0, f"{what}: killed by signal {-done.returncode}")
    check(done.returncode in (0, 1), f"{what}: exit {done.returncode}\n{done.stderr[:2000]}")


def one_case(args, what, line, column):
    setup = Setup(args)
    try:
        (setup.registry / "region.toml").write_text(healthy_region(), encoding="utf-8")
        (setup.registry / "deep.toml").write_text(deep_file(line), encoding="utf-8")
        place = f"deep.toml:5:{column}: error: the key is deeper than 64 levels"

        checked = setup.run("check")
        no_signal(checked, f"{what}: check")
        check(checked.returncode == 1 and place in checked.stderr, f"{what}: check said\n{checked.stderr[:2000]}")
        check(len(checked.stderr) < 10_000, f"{what}: check printed {len(checked.stderr)} bytes")

        # A broken file makes the listings refuse the registry (docs/cron.md),
        # cleanly.
        listed = setup.run("list-centres")
        no_signal(listed, f"{what}: list-centres")
        check(listed.returncode == 1 and place in listed.stderr, f"{what}: list-centres said\n{listed.stderr[:2000]}")

        edited = setup.run("set", "person-1", "name=Person Ett")
        no_signal(edited, f"{what}: set")
        if edited.returncode == 1:
            check(place in edited.stderr, f"{what}: set refused without the place\n{edited.stderr[:2000]}")

        sent = setup.send(TODAY, status=1)
        check(len(setup.messages()) == CONTACTS, f"{what}: sent {len(setup.messages())} of {CONTACTS}\n{sent.stdout}")
        check("deep.toml has 1 error" in sent.stderr, f"{what}: remind said\n{sent.stderr[:2000]}")
    finally:
        setup.cleanup()


def test(args):
    for what, line, column in CASES:
        one_case(args, what, line, column)


if __name__ == "__main__":
    sys.exit(main(test))
