#!/usr/bin/env python3
"""Every example command in docs/cli.md, docs/collaboration.md and the Swedish
guide docs/sv/kom-igång.md prints what the docs show (the guide's under a
Swedish locale).

Each ```console block holds commands (`$ ...`) each followed by its output
(stdout and stderr as a terminal shows them, CRLF shown as LF). A line "…"
ends an output that the docs shorten: what comes before it must match the
start of the real output. Commands run in a scratch directory where tests/
points at the source tree's, so files they write land there and paths in
messages read as in the docs.

    test_docs_examples.py --netadmin BIN --source SRC_DIR
"""
import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path


def examples(text):
    """(command, expected lines, shortened) for each example."""
    found = []
    for block in re.findall(r"```console\n(.*?)```", text, re.S):
        for line in block.splitlines():
            if line.startswith("$ "):
                found.append([line[2:], [], False])
            elif found and line == "…":
                found[-1][2] = True
            elif found:
                found[-1][1].append(line)
    return found


def run(netadmin, command, cwd, lang="C"):
    """Runs the example as a shell would (it may redirect), with netadmin the binary under test."""
    words = shlex.split(command)
    first = next(i for i, w in enumerate(words) if "=" not in w or w.startswith("-"))
    if words[first] != "netadmin":
        raise SystemExit(f"not a netadmin command: {command}")
    line = command.replace("netadmin", shlex.quote(netadmin), 1) if first == 0 else re.sub(
        r"(^|\s)netadmin\s", lambda m: f"{m.group(1)}{shlex.quote(netadmin)} ", command, count=1)
    env = dict(os.environ, LANG=lang, NO_COLOR="1", TZ="UTC", NETADMIN_STATE="state.db")
    for name in ("LC_ALL", "LC_MESSAGES", "NETADMIN_REGISTRY"):
        env.pop(name, None)
    done = subprocess.run(["/bin/sh", "-c", line], cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return done.stdout.decode("utf-8").replace("\r\n", "\n").splitlines()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    source = Path(args.source).resolve()
    failures = 0
    with tempfile.TemporaryDirectory() as scratch:
        (Path(scratch) / "tests").symlink_to(source / "tests")
        pages = [("cli.md", "C"), ("collaboration.md", "C"), ("sv/kom-igång.md", "sv_SE.UTF-8")]
        for command, expected, shortened, lang in (
                (*example, lang) for name, lang in pages
                for example in examples((source / "docs" / name).read_text(encoding="utf-8"))):
            got = run(os.path.abspath(args.netadmin), command, scratch, lang)
            shown = got[:len(expected)] if shortened else got
            if shown != expected:
                failures += 1
                print(f"$ {command}\nthe docs show:\n" + "\n".join(expected) + "\nnetadmin prints:\n" + "\n".join(got))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
