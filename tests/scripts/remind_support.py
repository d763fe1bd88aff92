"""Shared by the reminder script tests: a private copy of the reminder
fixture registry, running netadmin, and reading what the capture mailer
stored. Not a test itself (the runner only picks up test_*.py)."""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from mailer_support import capture_command, captured_messages


def arguments():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    return parser.parse_args()


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


class Setup:
    """A temporary folder with a copy of tests/fixtures/remind, a state path and a capture folder."""

    def __init__(self, args, registry="tests/fixtures/remind"):
        self.netadmin = os.path.abspath(args.netadmin)
        self.source = Path(args.source)
        self.tmp = Path(tempfile.mkdtemp(prefix="netadmin-remind-"))
        self.registry = self.tmp / "registry"
        shutil.copytree(self.source / registry, self.registry)
        self.state = self.tmp / "state" / "state.db"
        self.captured = self.tmp / "captured"

    def mailer(self, *extra):
        return capture_command(self.captured, *extra)

    def run(self, *args, env=None, check_status=None):
        full_env = {"PATH": os.environ.get("PATH", ""), "LANG": "C", "TZ": "UTC", "HOME": str(self.tmp)}
        full_env.update(env or {})
        command = [self.netadmin, "--registry", str(self.registry), "--state", str(self.state), *args]
        done = subprocess.run(command, capture_output=True, text=True, env=full_env, timeout=120)
        if check_status is not None and done.returncode != check_status:
            raise Failure(f"{' '.join(command)}: exit {done.returncode}, expected {check_status}\n"
                          f"stdout:\n{done.stdout}\nstderr:\n{done.stderr}")
        return done

    def send(self, today, *extra, status=0):
        return self.run("remind", "--today", today, "--send", "--mailer", self.mailer(*extra), check_status=status)

    def messages(self):
        """Every captured message, parsed, in the order they were stored."""
        return captured_messages(self.captured)

    def recipients(self):
        return sorted(m["To"].addresses[0].addr_spec for m in self.messages())

    def log(self):
        done = self.run("reminders", "log", "--limit", "0", "--format", "json", check_status=0)
        return json.loads(done.stdout)

    def set_registry_text(self, old, new):
        path = self.registry / "region.toml"
        text = path.read_text(encoding="utf-8")
        check(old in text, f"fixture has no {old!r}")
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    def cleanup(self):
        shutil.rmtree(self.tmp, ignore_errors=True)


def main(test):
    """Runs test(args); prints why and exits 1 on failure."""
    args = arguments()
    try:
        test(args)
    except Failure as failure:
        print(f"FAIL: {failure}", file=sys.stderr)
        return 1
    print("ok")
    return 0
