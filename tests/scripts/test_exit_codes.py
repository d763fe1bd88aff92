#!/usr/bin/env python3
"""Every command exits with the code docs/cli.md promises for each kind of failure.

0 success, 1 a problem with the data (a broken registry or state database,
an output file that cannot be written), 2 a wrong command line (unknown
option, empty value, unknown id or region). Each command's --help lists
the global options. The commands are taken from
`netadmin --help`, so a new command without a row here fails the test.
(3, an internal error, has no way to be caused from outside: it is a bug.)

    test_exit_codes.py --netadmin BIN --source SRC_DIR
"""
import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

# command words, then the arguments that make it succeed on the bundled registry
COMMANDS = {
    "check": [], "init": ["{tmp}/new-registry", "--region", "25"], "list-regions": [], "list-centres": [], "list-contacts": [], "list-meetings": [],
    "list-programmes": [], "list-networks": [], "list-organisations": [], "list-venues": [], "list-sources": [],
    "show": ["kalix-familjecentral"], "fields": ["centre"], "blame": ["kalix-familjecentral"], "agenda": [], "export ics": [], "report region": ["norrbotten"],
    "report programme": ["fcd"], "report coverage": [], "report site": ["-o", "{tmp}/site"], "remind": [],
    "reminders log": [],
    "registrations list": ["en-forelder-blir-till"], "register": ["en-forelder-blir-till", "--email", "a@example.se"],
    "unregister": ["en-forelder-blir-till", "--email", "a@example.se"],
    "attendance record": ["fcd-dialogdag-2018", "--count", "12"], "report attendance": ["fcd-dialogdag-2018"],
    "person show": ["nina.alakulju@norrbotten.se"], "person export": ["nina.alakulju@norrbotten.se"],
    "person erase": ["nobody@example.se"], "state prune": [], "cache status": [], "cache clear": [],
    # the editing commands with --dry-run: the bundled registry stays as it is
    "export sqlite": ["{tmp}/registry.db"],
    "add": ["centre", "name=Familjecentralen i Boden", "municipality=Boden", "--dry-run"],
    "set": ["kalix-familjecentral", "opened=2010", "--dry-run"],
    "remove": ["pitea-familjecentralsliknande", "--dry-run"],
    "rename": ["kalix-familjecentral", "kalix-fc", "--dry-run"],
    "import centres": ["{source}/tests/fixtures/import/centres.csv", "--dry-run"],
    "import people": ["{source}/tests/fixtures/import/people.csv", "--region", "norrbotten", "--dry-run"],
}
# how to name something the registry does not have, where the command takes a name
UNKNOWN = {
    "show": ["no-such-id"], "fields": ["no-such-kind"], "blame": ["no-such-id"], "init": ["not-made", "--region", "no-such-region"], "report region": ["no-such-region"], "report programme": ["no-such-programme"],
    "list-centres": ["--region", "no-such-region"], "list-meetings": ["--programme", "no-such-programme"],
    "agenda": ["--region", "no-such-region"], "export ics": ["--region", "no-such-region"],
    "registrations list": ["no-such-programme"], "register": ["no-such-programme", "--email", "a@example.se"],
    "attendance record": ["no-such-meeting", "--count", "1"], "report attendance": ["no-such-meeting"],
    "add": ["no-such-kind", "name=X", "--dry-run"], "set": ["no-such-id", "name=X", "--dry-run"],
    "remove": ["no-such-id", "--dry-run"], "rename": ["no-such-id", "new-id", "--dry-run"],
    "import people": ["{source}/tests/fixtures/import/people.csv", "--region", "no-such-region", "--dry-run"],
}
# An edit of a registry with errors elsewhere goes ahead (so the registry can
# be repaired); a referenced id is what makes remove fail with exit 1.
DATA_ERROR = {"remove": ["kalix-familjecentral", "--dry-run"]}
NO_OUTPUT_OPTION = {"check", "remind", "init", "register", "unregister", "attendance record", "person show",
                    "person erase", "state prune", "add", "set", "remove", "rename", "export sqlite",
                    "import centres", "import people", "cache status", "cache clear"}
# Commands that never load the registry: a broken one is no error to them.
NO_REGISTRY = {"cache status", "cache clear", "fields"}
FAILURES = []


def run(args, words, env=None):
    done = subprocess.run([args.netadmin, *words], capture_output=True, text=True, env=env)
    return done.returncode, done.stderr


def expect(args, name, words, code, env=None):
    got, stderr = run(args, words, env)
    if got != code:
        FAILURES.append(f"{name}: {' '.join(words)}: exit {got}, expected {code}\n{stderr}")
    elif code == 2 and (stderr.count("\n") != 1 or "--help" not in stderr):
        FAILURES.append(f"{name}: a usage error is one line pointing at --help, got {stderr!r}")


def commands_in_help(args):
    text = subprocess.run([args.netadmin, "--help"], capture_output=True, text=True).stdout
    names = re.findall(r"^  ([a-z][a-z-]+) ", text.split("Subcommands:")[1], re.M)
    return set(names)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    listed = {name.split()[0] for name in COMMANDS}
    for name in commands_in_help(args) - listed:
        FAILURES.append(f"'{name}' is in --help but has no row in COMMANDS")
    broken = str(Path(args.source) / "tests" / "fixtures" / "ten-mistakes")
    with tempfile.TemporaryDirectory() as tmp:
        not_sqlite = Path(tmp) / "not-a-database"
        not_sqlite.write_text("this is not SQLite\n" * 100)
        base = ["--today", "2019-05-03", "--state", f"{tmp}/state.db"]
        for name, ok in COMMANDS.items():
            words = name.split() + [w.replace("{tmp}", tmp).replace("{source}", args.source) for w in ok]
            expect(args, name, words + base, 0)
            expect(args, name, name.split() + ["--help"], 0)
            shown = subprocess.run([args.netadmin, *name.split(), "--help"], capture_output=True, text=True).stdout
            for option in ("--registry", "--lang", "--today", "--state"):
                if option not in shown:
                    FAILURES.append(f"'{name} --help' does not mention the global option {option}")
            expect(args, name, words + base + ["--no-such-option"], 2)
            expect(args, name, words + base + ["--registry", ""], 2)
            expect(args, name, words + base, 2, env={"NETADMIN_REGISTRY": "", "PATH": "/usr/bin:/bin"})
            if name in UNKNOWN:
                unknown = [w.replace("{source}", args.source) for w in UNKNOWN[name]]
                expect(args, name, name.split() + unknown + base, 2)
            if name == "reminders log":
                expect(args, name, words + ["--state", str(not_sqlite)], 1)
            elif name in NO_REGISTRY:
                expect(args, name, words + base + ["--registry", broken], 0)
            elif name in ("add", "set", "remove", "rename", "import centres", "import people"):
                if name in DATA_ERROR:
                    expect(args, name, name.split() + DATA_ERROR[name] + base, 1)
            else:
                expect(args, name, words + base + ["--registry", broken], 1)
            if name not in NO_OUTPUT_OPTION and name != "report site":
                expect(args, name, words + base + ["-o", f"{tmp}/no/such/dir/out"], 1)
    for failure in FAILURES:
        print(failure)
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
