#!/usr/bin/env python3
"""What a person at a terminal sees, and what a script or cron does not.

- check says in one line that all is well on a terminal, and prints
  nothing when stdout is not one (cron mails any output);
- an empty listing says so on a terminal and stays empty (a header, [])
  in CSV and JSON, and when stdout is a pipe.

    test_terminal.py --netadmin BIN --source SRC_DIR
"""
import argparse
import os
import pty
import shutil
import subprocess
import sys
import tempfile

FAILURES = []


def on_terminal(args, *words):
    """Runs with stdout on a pseudo-terminal; returns (stdout, exit code)."""
    master, slave = pty.openpty()
    env = dict(os.environ, LANG="C", NO_COLOR="1")
    env.pop("NETADMIN_REGISTRY", None)
    done = subprocess.Popen([args.netadmin, *words], stdout=slave, stderr=subprocess.PIPE, env=env)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # EIO: the other end is closed
            break
        if not chunk:
            break
        out += chunk
    done.wait()
    os.close(master)
    return out.decode().replace("\r\n", "\n"), done.returncode


def clean_registry(args, folder):
    """The bundled registry with what its warnings ask for: an address for
    the one reminded person without one, and a sender. Returns its path."""
    registry = os.path.join(folder, "registry")
    shutil.copytree(os.path.join(args.source, "data", "registry"), registry, ignore=shutil.ignore_patterns(".*"))
    def patch(name, old, new):
        path = os.path.join(registry, name)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if old not in text:
            FAILURES.append(f"fixture changed: {name} has no {old!r}")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace(old, new, 1))
    patch("jonkoping.toml", 'id = "martina-larsson"', 'id = "martina-larsson"\nemail = "martina@example.se"')
    patch("settings.toml", "[settings]\n", '[settings]\nmail_from = "natverk@example.se"\n')
    return registry


def piped(args, *words):
    env = dict(os.environ, LANG="C")
    env.pop("NETADMIN_REGISTRY", None)
    done = subprocess.run([args.netadmin, *words], capture_output=True, text=True, env=env)
    return done.stdout, done.returncode


def expect(what, got, wanted):
    if got != wanted:
        FAILURES.append(f"{what}: got {got!r}, expected {wanted!r}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    broken = os.path.join(args.source, "tests", "fixtures", "ten-mistakes")

    with tempfile.TemporaryDirectory() as folder:
        clean = clean_registry(args, folder)
        expect("check on a terminal", on_terminal(args, "--registry", clean, "check"),
               ("3 regions, 5 centres, 10 meetings: no problems\n", 0))
        expect("check --lang sv on a terminal", on_terminal(args, "--registry", clean, "check", "--lang", "sv")[0],
               "3 regioner, 5 familjecentraler, 10 möten: inga problem\n")
        expect("check in a pipe", piped(args, "--registry", clean, "check"), ("", 0))
    expect("check with warnings on a terminal", on_terminal(args, "check"), ("", 0))
    expect("check of a broken registry on a terminal", on_terminal(args, "--registry", broken, "check"), ("", 1))

    expect("empty meetings on a terminal", on_terminal(args, "list-meetings", "--from", "2030-01-01"),
           ("no meetings from 1 January 2030\n", 0))
    expect("empty centres on a terminal", on_terminal(args, "list-centres", "--name", "nowhere"),
           ("no centres match\n", 0))
    expect("empty agenda on a terminal", on_terminal(args, "agenda", "--today", "2030-01-01", "--days", "7"),
           ("nothing from 1 January 2030 to 7 January 2030\n", 0))
    expect("empty venues in Swedish", on_terminal(args, "list-venues", "--name", "x", "--lang", "sv")[0],
           "inga lokaler matchar\n")
    expect("empty CSV on a terminal", on_terminal(args, "list-meetings", "--from", "2030-01-01", "--format", "csv"),
           ("id,date,start,end,kind,title,place,region,status,inferred\r\n", 0))  # CSV ends lines with CRLF
    expect("empty JSON on a terminal", on_terminal(args, "list-centres", "--name", "nowhere", "--format", "json"),
           ("[]\n", 0))
    expect("empty reminder log on a terminal",
           on_terminal(args, "--state", "/nonexistent/state.db", "reminders", "log"), ("the log is empty\n", 0))
    expect("empty table in a pipe", piped(args, "list-centres", "--name", "nowhere")[0].startswith("Id"), True)
    for failure in FAILURES:
        print(failure)
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
