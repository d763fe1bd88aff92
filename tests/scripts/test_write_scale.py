#!/usr/bin/env python3
"""The write side at scale, in bounded memory: `import people` and `import
centres` of 20,000 rows, with and without --dry-run, and `rename` of an
organisation that 20,000 people name, each under a 1 GiB address-space
limit (RLIMIT_AS). The dry-run diff once kept Myers' V vector for every
round: 5,000 rows ran out of memory and ended in "internal error:
std::bad_alloc", exit status 3. A diff that large is summarised now.

Skipped (exit 77) under AddressSanitizer, which reserves terabytes of
address space it never uses.

    test_write_scale.py --netadmin BIN --source SRC_DIR [--rows 20000]
"""
import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

LIMIT = 1 << 30  # bytes of address space
FAILURES = []


def expect(what, condition, detail=""):
    if not condition:
        FAILURES.append(f"{what}\n{detail[-2000:]}")


def limited():
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))


def sanitized(netadmin):
    return b"__asan_init" in Path(netadmin).read_bytes()


class Registry:
    def __init__(self, netadmin, source, folder):
        self.netadmin = netadmin
        self.source = Path(source) / "data" / "registry"
        self.dir = folder

    def reset(self):
        if self.dir.exists():
            shutil.rmtree(self.dir)
        shutil.copytree(self.source, self.dir)

    def run(self, *words):
        env = dict(os.environ, LANG="C", NO_COLOR="1")
        for name in ("LC_ALL", "LC_MESSAGES", "NETADMIN_REGISTRY"):
            env.pop(name, None)
        return subprocess.run([self.netadmin, "--registry", str(self.dir), "--no-cache", *words],
                              capture_output=True, text=True, env=env, preexec_fn=limited)

    def text(self):
        return "".join(p.read_text() for p in sorted(self.dir.glob("*.toml")))


def people_sheet(path, rows):
    lines = ["namn;e-post;telefon;organisation"]
    lines += [f"Person Nummer {n};person{n}@example.org;070-{n:07d};kommunal-utveckling" for n in range(rows)]
    path.write_bytes(b"\xef\xbb\xbf" + ("\r\n".join(lines) + "\r\n").encode())


def centre_sheet(path, rows):
    lines = ["Namn;Kommun;Typ"] + [f"Familjecentral Nummer {n};Jönköping;full" for n in range(rows)]
    path.write_bytes(b"\xef\xbb\xbf" + ("\r\n".join(lines) + "\r\n").encode())


def check_import(reg, kind, sheet, rows):
    reg.reset()
    before = reg.text()
    done = reg.run("import", kind, str(sheet), "--region", "jonkoping", "--dry-run")
    expect(f"import {kind} --dry-run of {rows} rows: exit 0", done.returncode == 0, done.stderr)
    expect(f"import {kind} --dry-run: the diff is summarised",
           "too many to show here" in done.stdout and f"{rows} added" in done.stdout, done.stdout[-2000:])
    expect(f"import {kind} --dry-run writes nothing", reg.text() == before)
    done = reg.run("import", kind, str(sheet), "--region", "jonkoping")
    expect(f"import {kind} of {rows} rows: exit 0", done.returncode == 0, done.stderr)
    expect(f"import {kind}: the summary", f"{rows} added" in done.stdout, done.stdout)
    header = "[[person]]" if kind == "people" else "[[centre]]"
    expect(f"import {kind}: every row is in the registry", reg.text().count(header) >= before.count(header) + rows)


def check_rename(reg, sheet, rows):
    reg.reset()
    done = reg.run("import", "people", str(sheet), "--region", "jonkoping")
    expect("import before the rename: exit 0", done.returncode == 0, done.stderr)
    old = 'organisation = "kommunal-utveckling"'
    new = 'organisation = "kommunal-utveckling-rjl"'
    references = reg.text().count(old)
    expect("the organisation is named by every person", references >= rows, str(references))
    before = reg.text()
    done = reg.run("rename", "kommunal-utveckling", "kommunal-utveckling-rjl", "--dry-run")
    expect("rename --dry-run with many references: exit 0", done.returncode == 0, done.stderr)
    expect("rename --dry-run: the diff is summarised", "too many to show here" in done.stdout, done.stdout[-2000:])
    expect("rename --dry-run writes nothing", reg.text() == before)
    done = reg.run("rename", "kommunal-utveckling", "kommunal-utveckling-rjl")
    expect("rename with many references: exit 0", done.returncode == 0, done.stderr)
    after = reg.text()
    expect("rename: every reference follows", after.count(new) == references and after.count(old) == 0,
           f"{after.count(new)} of {references}")
    done = reg.run("check", "--no-warnings")
    expect("check passes after the rename", done.returncode == 0, done.stderr)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--rows", type=int, default=20000)
    args = parser.parse_args()
    if sanitized(args.netadmin):
        print("skipped: AddressSanitizer reserves more address space than the limit")
        return 77
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        reg = Registry(args.netadmin, args.source, tmp / "registry")
        people = tmp / "people.csv"
        centres = tmp / "centres.csv"
        people_sheet(people, args.rows)
        centre_sheet(centres, args.rows)
        check_import(reg, "people", people, args.rows)
        check_import(reg, "centres", centres, args.rows)
        check_rename(reg, people, args.rows)
    for failure in FAILURES:
        print(f"FAIL: {failure}\n")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
