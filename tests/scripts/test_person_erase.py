#!/usr/bin/env python3
"""`netadmin person show|export|erase` and `state prune` on the reminder
fixture: a person sent a reminder, registered and present is shown with the
registry entity that names them (file:line) and every state row; erase
removes them so that no byte of the address is left in the state file (free
pages and the -wal file included) nor in any registry snapshot of the cache
folder (docs/privacy.md lists both), the file stays 0600, and a rerun of
`remind --send` sends nothing again; erasing again, or an address that was
never there, exits 0 and says so; pruning keeps rows until retention_months
after the end."""
import json
import os
import stat

from remind_support import Setup, check, main

ADDRESS = "anna@example.se"


def state_bytes(setup):
    data = b""
    for suffix in ["", "-wal", "-journal"]:
        path = setup.state.parent / (setup.state.name + suffix)
        if path.exists():
            data += path.read_bytes()
    return data.lower()


def cache_files(setup):
    folder = setup.tmp / ".cache" / "netadmin"
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def holding(paths, address):
    """The files among `paths` whose bytes hold `address`, in any case."""
    return [str(p) for p in paths if address.encode() in p.read_bytes().lower()]


def everywhere(setup):
    """Every file of every place docs/privacy.md lists: the state database,
    the snapshot cache and the registry."""
    state = [p for p in setup.state.parent.glob(setup.state.name + "*") if p.is_file()]
    return state + cache_files(setup) + sorted(p for p in setup.registry.rglob("*") if p.is_file())


def erase(args):
    setup = Setup(args)
    try:
        setup.send("2030-03-06")
        sent = len(setup.messages())
        check(ADDRESS in setup.recipients(), f"sent to {setup.recipients()}")
        setup.run("register", "natverkstraff", "--email", "Anna@Example.se", "--name", "Anna Åström",
                  "--today", "2030-03-06", check_status=0)
        setup.run("attendance", "record", "natverkstraff", "--present", ADDRESS, "--force", "--today", "2030-03-06",
                  check_status=0)
        setup.run("register", "natverkstraff", "--email", "bo@example.se", "--name", "Bo Ek", "--today",
                  "2030-03-06", check_status=0)
        check(ADDRESS.encode() in state_bytes(setup), "the address is not in the state file before erasing")
        check(holding(cache_files(setup), ADDRESS), "no snapshot holds the address before erasing")

        shown = setup.run("person", "show", ADDRESS, check_status=0).stdout
        check("region.toml:10: the person 'anna-astrom'" in shown, shown)
        # Each row says what it is for: the meeting's title and id.
        check("Nätverksträff i Uppsala (natverkstraff)" in shown.split("Attendance:")[0], shown)
        check("present at Nätverksträff i Uppsala (natverkstraff)" in shown, shown)
        check("sent" in shown, shown)
        exported = json.loads(setup.run("person", "export", ADDRESS, "--format", "json", check_status=0).stdout)
        check([m["id"] for m in exported["registry"]] == ["anna-astrom"], exported)
        check(len(exported["registrations"]) == 1 and len(exported["attendance"]) == 1, exported)
        check([r["recipient"] for r in exported["reminders"]] == ["anna-astrom"], exported)

        done = setup.run("person", "erase", "ANNA@example.se", check_status=0)
        check("erased from the state database: 1 registration, 1 attendance row; "
              "the address removed from 1 row of the reminder log" in done.stdout, done.stdout)
        command = "netadmin set anna-astrom --unset email"
        check(f"region.toml:10: the person 'anna-astrom': {command}" in done.stdout, done.stdout)
        check(done.stdout.rstrip().endswith("Published copies (the site from report site, mailings, exports) still "
                                            "hold the address: generate and publish them again once the registry "
                                            "is changed."), done.stdout)
        check("erased from the cache: " in done.stdout and " that held the address" in done.stdout,
              done.stdout)
        check(not holding(cache_files(setup), ADDRESS), f"snapshots still hold the address: {cache_files(setup)}")
        data = state_bytes(setup)
        check(ADDRESS.encode() not in data, "the address is still in the state file's bytes")
        check("åström".encode() not in data and b"anna-astrom" not in data, "the name or id is still in the state file")
        check(b"bo@example.se" in data, "erase removed someone else")
        mode = stat.S_IMODE(os.stat(setup.state).st_mode)
        check(mode == 0o600, f"state file mode {oct(mode)} after erase")

        again = setup.send("2030-03-06")
        check(again.stdout == "" and len(setup.messages()) == sent, "a rerun after erase sent again:\n" + again.stdout)
        log = setup.log()
        check(len(log) == 5, f"the log lost or gained rows: {log}")

        absent = setup.run("person", "erase", ADDRESS, check_status=0)
        check(f"'{ADDRESS}' is not in the state database: nothing to erase" in absent.stdout, absent.stdout)
        never = setup.run("person", "erase", "nobody@example.se", check_status=0)
        check("nothing to erase" in never.stdout and "registry still holds" not in never.stdout
              and "Published copies" not in never.stdout, never.stdout)
        bad = setup.run("person", "show", ADDRESS, check_status=0).stdout
        check("In the state database:\n  nothing" in bad, bad)

        # The command erase printed removes the address from the registry too.
        setup.run(*command.split()[1:], check_status=0)
        setup.run("check", check_status=0)
        # The edit made every snapshot of the registry as it was stale; none
        # may keep the address, before or without another erase.
        check(cache_files(setup), "check wrote no snapshot: the cache is not exercised")
        left = holding(everywhere(setup), ADDRESS)
        check(not left, f"after erase and the edit the address is still in {left}")
        gone = setup.run("person", "erase", ADDRESS, check_status=0)
        check("registry still holds" not in gone.stdout, gone.stdout)
        check(ADDRESS not in (setup.registry / "region.toml").read_text(encoding="utf-8").lower(), "still in the file")
    finally:
        setup.cleanup()


def prune(args):
    setup = Setup(args)
    try:
        setup.run("register", "natverkstraff", "--email", "bo@example.se", "--today", "2030-03-06", check_status=0)
        kept = setup.run("state", "prune", "--today", "2032-03-20", check_status=0)
        check(kept.stdout.startswith("pruned: 0 registrations"), kept.stdout)
        gone = setup.run("state", "prune", "--today", "2032-03-21", check_status=0)
        check(gone.stdout.startswith("pruned: 1 registration,"), gone.stdout)
        check(b"bo@example.se" not in state_bytes(setup), "a pruned address is still in the file")
        # retention_months from the settings; remind --send prunes too.
        setup.run("register", "natverkstraff", "--email", "bo@example.se", "--today", "2030-03-06", check_status=0)
        path = setup.registry / "settings.toml"
        settings = path.read_text(encoding="utf-8")
        path.write_text(settings.replace("[settings]\n", "[settings]\nretention_months = 1\n", 1), encoding="utf-8")
        sent = setup.send("2030-04-21")
        check("pruned: 1 registration," in sent.stderr, sent.stderr)
        listed = setup.run("registrations", "list", "natverkstraff", "--format", "csv", check_status=0).stdout
        check("bo@example.se" not in listed, listed)
        path.write_text(settings.replace("[settings]\n", "[settings]\nretention_months = 0\n", 1), encoding="utf-8")
        refused = setup.run("state", "prune", check_status=1)
        check("'retention_months' must be a number of months from 1 to 1200, not 0" in refused.stderr, refused.stderr)
    finally:
        setup.cleanup()


def test(args):
    erase(args)
    prune(args)


if __name__ == "__main__":
    raise SystemExit(main(test))
