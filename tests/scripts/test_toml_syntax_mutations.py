#!/usr/bin/env python3
"""Broken TOML, at random, gives one located line per problem.

Issue #29: TOML syntax errors were toml++'s English. They are now said in
the user's language (load/toml_error.hpp), from a look at the source line,
which is exactly the kind of code that a text nobody foresaw could make
crash or print a stray line. So this takes the bundled registry and breaks
it a few hundred times, one mutation at a time (a quote, a bracket, an '='
or a digit deleted or inserted at a random place, seeded, so each run
tries the same texts), and runs `netadmin check` on each, half of them in
Swedish. Every run must end with exit 0 or 1 (no signal, no crash), and
every line it prints but the last must be FILE:LINE:COL: error|warning:
text. It prints how many runs ended in each message, so that a common
mistake still shown in toml++'s English (the last resort) stands out.

    test_toml_syntax_mutations.py --netadmin BIN --source SRC_DIR
"""
import argparse
import collections
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

RUNS = 300
SEED = 29
TARGET = "norrbotten.toml"
CHARACTERS = "\"'[]{}=,0123456789"
LOCATED = re.compile(r"^[^\n]+\.toml:\d+:\d+: (error|warning|varning): \S")


def mutate(text, rng):
    if rng.random() < 0.5:
        places = [i for i, c in enumerate(text) if c in CHARACTERS]
        at = rng.choice(places)
        return text[:at] + text[at + 1:]
    at = rng.randrange(len(text) + 1)
    return text[:at] + rng.choice(CHARACTERS) + text[at:]


def message_kind(line):
    """The message without the place and the quoted values: what the run said."""
    said = line.split(": error: ", 1)[1] if ": error: " in line else line
    said = re.sub(r"'[^']*'", "'…'", said)
    return said.split(";")[0][:70]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    rng = random.Random(SEED)
    failures = []
    kinds = collections.Counter()
    with tempfile.TemporaryDirectory(prefix="netadmin-mutations-") as tmp:
        registry = Path(tmp) / "registry"
        shutil.copytree(Path(args.source) / "data" / "registry", registry)
        original = (registry / TARGET).read_text(encoding="utf-8")
        for run in range(RUNS):
            text = mutate(original, rng)
            (registry / TARGET).write_text(text, encoding="utf-8")
            env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "XDG_CACHE_HOME": str(Path(tmp) / "cache"),
                   "LANG": "sv_SE.UTF-8" if run % 2 else "C", "TZ": "UTC", "NO_COLOR": "1"}
            done = subprocess.run([args.netadmin, "--registry", str(registry), "check"], env=env,
                                  stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
            stderr = done.stderr.decode("utf-8", errors="replace")
            lines = stderr.splitlines()
            problem = None
            if done.returncode not in (0, 1):
                problem = f"exit {done.returncode}"
            elif done.stdout:
                problem = "printed on standard output"
            elif not lines or stderr.count("\n") != len(lines):
                problem = "no summary line, or a stray line end"
            else:
                stray = [line for line in lines[:-1] if not LOCATED.match(line)]
                if stray:
                    problem = f"not one located line: {stray[0]!r}"
            if problem:
                failures.append((run, problem, text))
                continue
            errors = [line for line in lines[:-1] if ": error: " in line]
            if done.returncode == 1 and not errors:
                failures.append((run, "exit 1 without an error", text))
            for line in errors:
                if TARGET in line and run % 2 == 0:
                    kinds[message_kind(line)] += 1
    for kind, count in kinds.most_common():
        print(f"{count:4}  {kind}")
    for run, problem, text in failures[:5]:
        print(f"run {run}: {problem}\n--- text ---\n{text}\n")
    if failures:
        print(f"{len(failures)} of {RUNS} runs failed")
        return 1
    print(f"{RUNS} mutations, every message one located line")
    return 0


if __name__ == "__main__":
    sys.exit(main())
