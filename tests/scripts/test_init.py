#!/usr/bin/env python3
"""netadmin init: a new registry that check passes at once, for every county;
a folder with anything in it is refused and left as it was.

    test_init.py --netadmin BIN --source SRC_DIR
"""
import argparse
import csv
import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

FAILURES = []


def run(netadmin, *words, lang="C"):
    env = dict(os.environ, LANG=lang, NO_COLOR="1")
    for name in ("LC_ALL", "LC_MESSAGES", "NETADMIN_REGISTRY"):
        env.pop(name, None)
    return subprocess.run([netadmin, *words], capture_output=True, text=True, env=env)


def expect(what, condition, detail=""):
    if not condition:
        FAILURES.append(f"{what}\n{detail}")


def snapshot(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    counties = list(csv.DictReader(open(Path(args.source) / "data" / "reference" / "counties.csv", encoding="utf-8")))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for county in counties:
            target = tmp / f"county-{county['lanskod']}"
            done = run(args.netadmin, "init", str(target), "--region", county["lan"])
            expect(f"init --region {county['lan']} exits 0", done.returncode == 0, done.stderr)
            expect(f"init --region {county['lan']} names the region", county["region_name"] in done.stdout,
                   done.stdout)
            check = run(args.netadmin, "--registry", str(target), "check", "--strict")
            expect(f"check --strict passes on the new registry of {county['lan']}",
                   check.returncode == 0 and check.stderr == "" and check.stdout == "", check.stderr)
            listed = run(args.netadmin, "--registry", str(target), "list-regions", "--format", "csv")
            expect(f"the new registry of {county['lan']} has its county code",
                   f",{county['lanskod']}," in listed.stdout, listed.stdout)
            for path in target.iterdir():
                mode = stat.S_IMODE(path.stat().st_mode)
                expect(f"{path.name} is not world-writable", mode & 0o002 == 0, oct(mode))

        # A folder with anything in it is refused, byte for byte as it was.
        target = tmp / "county-25"
        (target / "notes.txt").write_text("mine\n")
        before = snapshot(target)
        done = run(args.netadmin, "init", str(target), "--region", "25")
        expect("init into a non-empty folder exits 1", done.returncode == 1, done.stderr)
        expect("init into a non-empty folder says why", "is not empty" in done.stderr, done.stderr)
        expect("init into a non-empty folder changes nothing", snapshot(target) == before)

        hidden = tmp / "hidden-only"
        hidden.mkdir()
        (hidden / ".git").mkdir()
        done = run(args.netadmin, "init", str(hidden), "--region", "25")
        expect("a folder holding only .git is not empty", done.returncode == 1, done.stderr)

        a_file = tmp / "a-file"
        a_file.write_text("x\n")
        done = run(args.netadmin, "init", str(a_file), "--region", "25")
        expect("init onto a file exits 1", done.returncode == 1, done.stderr)
        expect("init onto a file leaves it", a_file.read_text() == "x\n")

        done = run(args.netadmin, "init", str(tmp / "never"), "--region", "Norrbotn")
        expect("an unknown region exits 2", done.returncode == 2, done.stderr)
        expect("an unknown region suggests the nearest", "Norrbotten" in done.stderr, done.stderr)
        expect("an unknown region creates nothing", not (tmp / "never").exists())

        done = run(args.netadmin, "--lang", "sv", "init", str(tmp / "sv"), "--region", "vastra gotaland")
        expect("Swedish: init speaks Swedish", done.returncode == 0 and "skapade" in done.stdout, done.stdout)
        expect("the region id is a slug", (tmp / "sv" / "vastra-gotaland.toml").is_file())

        done = run(args.netadmin, "init", str(tmp / "deep" / "new" / "registry"), "--region", "Skåne")
        expect("missing parent folders are made", done.returncode == 0, done.stderr)
    for failure in FAILURES:
        print(failure)
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
