#!/usr/bin/env python3
"""netadmin add, set, remove and rename on a git clone of the bundled registry:
only the lines of the edited entity change, every comment stays, `check`
passes after each edit, refused edits change nothing, and two edits at the
same moment never lose one silently.

    test_edit_commands.py --netadmin BIN --source SRC_DIR
"""
import argparse
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

FAILURES = []


def expect(what, condition, detail=""):
    if not condition:
        FAILURES.append(f"{what}\n{detail}")


class Registry:
    def __init__(self, netadmin, source, folder):
        self.netadmin = netadmin
        self.dir = folder
        shutil.copytree(Path(source) / "data" / "registry", folder, ignore=shutil.ignore_patterns(".*"))
        self.git("init", "-q")
        self.git("add", "-A")
        self.git("commit", "-q", "-m", "registry")

    def git(self, *words):
        env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org", GIT_COMMITTER_NAME="t",
                   GIT_COMMITTER_EMAIL="t@example.org")
        return subprocess.run(["git", "-C", str(self.dir), *words], capture_output=True, text=True, env=env,
                              check=True).stdout

    def run(self, *words):
        env = dict(os.environ, LANG="C", NO_COLOR="1")
        for name in ("LC_ALL", "LC_MESSAGES", "NETADMIN_REGISTRY"):
            env.pop(name, None)
        return subprocess.run([self.netadmin, "--registry", str(self.dir), *words], capture_output=True, text=True,
                              env=env)

    def files(self):
        return {p.name: p.read_bytes() for p in sorted(self.dir.glob("*.toml"))}

    def check_passes(self, after):
        done = self.run("check", "--no-warnings")
        expect(f"check passes after {after}", done.returncode == 0, done.stderr)


def comment_lines(files):
    return {name: [line for line in text.decode().splitlines() if line.strip().startswith("#")]
            for name, text in files.items()}


def test_one_line_diff(reg):
    done = reg.run("set", "kalix-familjecentral", "name=Familjecentralen Kalix")
    expect("set exits 0", done.returncode == 0, done.stderr)
    expect("set prints one line when stdout is not a terminal", done.stdout.count("\n") == 1, done.stdout)
    numstat = reg.git("diff", "--numstat").split()
    expect("set of one field is a one-line git diff", numstat == ["1", "1", "norrbotten.toml"], numstat)
    reg.check_passes("set")
    reg.git("checkout", "--", ".")


def test_sequence_keeps_comments(reg):
    before = comment_lines(reg.files())
    done = reg.run("add", "centre", "name=Familjecentralen i Boden", "municipality=Boden", "kind=similar")
    expect("add exits 0", done.returncode == 0, done.stderr)
    expect("add names the id made", "familjecentralen-i-boden" in done.stdout, done.stdout)
    reg.check_passes("add")
    done = reg.run("set", "familjecentralen-i-boden", "opened=HT 2019", "operations=bvc,open-preschool")
    expect("set of two fields exits 0", done.returncode == 0, done.stderr)
    reg.check_passes("set")
    done = reg.run("rename", "kalix-familjecentral", "kalix-fc")
    expect("rename exits 0", done.returncode == 0, done.stderr)
    reg.check_passes("rename")
    old = re.compile(rb"(?<![a-z0-9-])kalix-familjecentral(?![a-z0-9-])")
    for name, text in reg.files().items():
        expect(f"rename leaves no trace of the old id in {name}", not old.search(text))
    done = reg.run("remove", "familjecentralen-i-boden")
    expect("remove exits 0", done.returncode == 0, done.stderr)
    reg.check_passes("remove")
    after = comment_lines(reg.files())
    for name, lines in before.items():
        missing = [line for line in lines if line not in after.get(name, [])]
        expect(f"every comment line of {name} stays", not missing, missing)
    shown = reg.run("show", "kalix-fc")
    expect("the renamed centre is shown under its new id", shown.returncode == 0, shown.stderr)
    reg.git("checkout", "--", ".")


def test_refusals(reg):
    original = reg.files()
    done = reg.run("remove", "kalix-familjecentral")
    expect("remove of a referenced id exits 1", done.returncode == 1, done.stderr)
    expect("the refusal lists the referrers, located",
           re.search(r"norrbotten\.toml:\d+:\d+: error: the programme '[a-z-]+' refers to it", done.stderr),
           done.stderr)
    done = reg.run("set", "kalix-familjecentral", "opened=soon")
    expect("a value of the wrong type exits 2", done.returncode == 2, done.stderr)
    expect("and says what the field takes", "'opened' takes a date" in done.stderr, done.stderr)
    done = reg.run("set", "kalix-familjecentral", "nme=X")
    expect("an unknown field exits 2", done.returncode == 2, done.stderr)
    expect("with did-you-mean", "did you mean 'name'?" in done.stderr, done.stderr)
    done = reg.run("set", "kalix-familjecentral", "municipality=Jönköping")
    expect("an edit that would break check exits 1", done.returncode == 1, done.stderr)
    expect("with the located diagnostic", re.search(r"norrbotten\.toml:\d+:\d+: error:", done.stderr), done.stderr)
    done = reg.run("set", "kalix-familjecentral", "name=Dry", "--dry-run")
    expect("--dry-run exits 0", done.returncode == 0, done.stderr)
    expect("--dry-run prints a unified diff",
           "--- a/norrbotten.toml" in done.stdout and '+name = "Dry"' in done.stdout, done.stdout)
    expect("refused edits and dry runs change nothing", reg.files() == original)


def test_read_only(reg):
    original = reg.files()
    path = reg.dir / "norrbotten.toml"
    mode = path.stat().st_mode
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    try:
        done = reg.run("set", "kalix-familjecentral", "name=X")
        expect("a read-only file is refused with exit 1", done.returncode == 1, done.stderr)
        expect("and says so", "read-only" in done.stderr, done.stderr)
    finally:
        path.chmod(mode)
    expect("a refused write changes nothing", reg.files() == original)


def test_concurrent(reg):
    env = dict(os.environ, LANG="C")
    env.pop("NETADMIN_REGISTRY", None)
    for round_ in range(5):
        a = subprocess.Popen([reg.netadmin, "--registry", str(reg.dir), "set", "kalix-familjecentral",
                              f"note=a{round_}"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        b = subprocess.Popen([reg.netadmin, "--registry", str(reg.dir), "set", "haparanda-familjecentral",
                              f"note=b{round_}"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        results = [(a, f'note = "a{round_}"'), (b, f'note = "b{round_}"')]
        text = None
        for process, line in results:
            _, stderr = process.communicate(timeout=60)
            text = (reg.dir / "norrbotten.toml").read_text(encoding="utf-8")
            if process.returncode == 0:
                continue
            expect("a concurrent edit that is refused says why", process.returncode == 1 and stderr.strip(), stderr)
        text = (reg.dir / "norrbotten.toml").read_text(encoding="utf-8")
        for process, line in results:
            if process.returncode == 0:
                expect(f"round {round_}: an edit that reported success is in the file", line in text, text)
    reg.check_passes("concurrent edits")
    reg.git("checkout", "--", ".")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        reg = Registry(args.netadmin, args.source, Path(tmp) / "registry")
        test_one_line_diff(reg)
        test_sequence_keeps_comments(reg)
        test_refusals(reg)
        test_read_only(reg)
        test_concurrent(reg)
        expect("the lock file is left in the registry folder, hidden", (reg.dir / ".netadmin.lock").exists())
    for failure in FAILURES:
        print(failure)
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
