#!/usr/bin/env python3
"""Runs one end-to-end case file against the built netadmin binary.

A case file holds one or more commands, each followed by what it must print:

    # A comment says what the case is for.
    $ LANG=C netadmin --registry basic list-centres --format csv
    >
    id,name,...
    >2
    (expected standard error)
    >= 0

`$` starts a command (leading NAME=value words set environment variables;
`netadmin` is replaced by the binary under test). `>` starts the expected
standard output, `>2` the expected standard error, `>= N` gives the exit
status (default 0). An omitted block means "must be empty". Commands run in
tests/fixtures/, with LANG=C, NO_COLOR=1 and TZ=UTC unless the case says
otherwise, so paths in messages are short and stable.

    run_case.py --netadmin BIN CASE [--update]

--update rewrites the case file with what the binary printed now: review the
diff before committing it.
"""
import argparse
import difflib
import os
import shlex
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def parse(text):
    """Returns a list of steps: dict(command, stdout, stderr, status, comments)."""
    steps, comments, block = [], [], None
    # Split on LF only: CSV output has CRLF line ends that must survive.
    lines = [line + "\n" for line in text.split("\n")]
    lines[-1] = lines[-1][:-1]
    for line in lines:
        if not line:
            continue
        if line.startswith("$ "):
            steps.append({"command": line[2:].rstrip("\n"), "stdout": "", "stderr": "",
                          "status": 0, "comments": comments})
            comments, block = [], None
        elif not steps:
            comments.append(line)
        elif line.rstrip("\n") == ">":
            block = "stdout"
        elif line.rstrip("\n") == ">2":
            block = "stderr"
        elif line.startswith(">= "):
            steps[-1]["status"] = int(line[3:].strip())
            block = None
        elif block is not None:
            steps[-1][block] += line
        elif line.startswith("#"):
            comments.append(line)  # says what the next command is for
        elif line.strip() == "":
            continue
        else:
            raise SystemExit(f"unexpected line outside a block: {line!r}")
    return steps, comments


def run(step, netadmin):
    words = shlex.split(step["command"])
    env = dict(os.environ, LANG="C", NO_COLOR="1", TZ="UTC")
    for name in ("LC_ALL", "LC_MESSAGES", "NETADMIN_REGISTRY", "NETADMIN_STATE"):
        env.pop(name, None)
    while words and "=" in words[0] and not words[0].startswith("-"):
        name, value = words.pop(0).split("=", 1)
        env[name] = value
    words = [netadmin if w == "netadmin" else w for w in words]
    done = subprocess.run(words, cwd=FIXTURES, env=env, capture_output=True, timeout=120)
    return (done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"), done.returncode)


def render(steps, trailing):
    out = []
    for step in steps:
        out.extend(step["comments"])
        out.append(f"$ {step['command']}\n")
        for name, marker in (("stdout", ">"), ("stderr", ">2")):
            if step[name]:
                out.append(marker + "\n")
                out.append(step[name] if step[name].endswith("\n") else step[name] + "\n")
        out.append(f">= {step['status']}\n\n")
    out.extend(trailing)
    return "".join(out).rstrip("\n") + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--update", action="store_true")
    parser.add_argument("case")
    args = parser.parse_args()
    path = Path(args.case)
    with open(path, encoding="utf-8", newline="") as case:
        steps, trailing = parse(case.read())
    if not steps:
        raise SystemExit(f"{path}: no command in the case file")
    failures = 0
    for step in steps:
        stdout, stderr, status = run(step, os.path.abspath(args.netadmin))
        if args.update:
            step.update(stdout=stdout, stderr=stderr, status=status)
            continue
        for name, got in (("stdout", stdout), ("stderr", stderr)):
            if got != step[name]:
                failures += 1
                print(f"$ {step['command']}\n{name} differs:")
                sys.stdout.writelines(difflib.unified_diff(step[name].splitlines(True), got.splitlines(True),
                                                           "expected", "actual"))
        if status != step["status"]:
            failures += 1
            print(f"$ {step['command']}\nexit status {status}, expected {step['status']}")
    if args.update:
        with open(path, "w", encoding="utf-8", newline="") as case:
            case.write(render(steps, trailing))
        print(f"updated {path}")
        return 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
