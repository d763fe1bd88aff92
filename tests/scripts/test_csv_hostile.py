#!/usr/bin/env python3
"""Hostile and odd spreadsheets, for every CSV netadmin reads (import centres,
import people, registrations import, attendance record --import):

- a cell with a newline, ESC, BEL, CR or U+202E is quoted in a diagnostic as
  an escape: every stderr line is FILE:ROW:COL: or a known summary line, and
  no raw control byte reaches stderr or stdout;
- a 1 MB cell gives a short line;
- a UTF-8 file with one stray byte stays UTF-8: the byte is FILE:ROW:COL:
  error: not UTF-8, and a NUL byte is placed the same way;
- a rejected row means exit 1 and nothing written (with --skip-bad the other
  rows are written, exit 1 still);
- names of 75 characters, names that begin with a digit and names whose ids
  clash give valid ids (at most 64 characters, a letter first).

    test_csv_hostile.py --netadmin BIN --source SRC_DIR
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FAILURES = []
FORGED = "Åsa\nforged.csv:7:1: error: \x1b]0;owned\x07\x1b[2J"
CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f\u0080-\u009f]")
ID = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
LONG_NAME = "Familjecentralsliknande verksamhet i Övertorneå kommun med öppen förskola x"


def expect(what, condition, detail=""):
    if not condition:
        FAILURES.append(f"{what}\n{detail[:2000]}")


def quoted(cell):
    return '"' + cell.replace('"', '""') + '"'


class Env:
    def __init__(self, netadmin, source, tmp):
        self.netadmin = netadmin
        self.source = Path(source)
        self.tmp = tmp
        self.registry = tmp / "registry"
        self.state = tmp / "state" / "state.db"

    def reset(self):
        if self.registry.exists():
            shutil.rmtree(self.registry)
        shutil.copytree(self.source / "data" / "registry", self.registry, ignore=shutil.ignore_patterns(".*"))
        if self.state.exists():
            self.state.unlink()

    def files(self):
        return {p.name: p.read_bytes() for p in sorted(self.registry.glob("*.toml"))}

    def write(self, name, data):
        path = self.tmp / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path

    def run(self, *words, today="2023-09-01"):
        env = {"PATH": os.environ.get("PATH", ""), "LANG": "C", "NO_COLOR": "1"}
        command = [self.netadmin, "--lang", "en", "--today", today, "--registry", str(self.registry), "--state",
                   str(self.state), *words]
        return subprocess.run(command, capture_output=True, env=env, check=False)


def check_output(what, done, path):
    """Every stderr line placed or a known summary line; no raw control byte anywhere."""
    for stream, data in (("stdout", done.stdout), ("stderr", done.stderr)):
        text = data.decode("utf-8", errors="replace")
        bad = CONTROL.search(text)
        expect(f"{what}: no raw control character in {stream}", bad is None, repr(text[:600]))
        for line in text.splitlines():
            expect(f"{what}: a {stream} line of at most 1000 characters", len(line) <= 1000, line[:200])
    name = re.escape(str(path))
    allowed = re.compile(rf"^({name}:\d+:\d+: (error|warning): |{name}: read as |netadmin: )")
    for line in done.stderr.decode("utf-8", errors="replace").splitlines():
        expect(f"{what}: stderr line is FILE:ROW:COL: or a summary", allowed.match(line), line[:300])


def hostile_rows(valid_email):
    """Rows whose e-mail cells are hostile; `valid_email` for one good row."""
    return [
        ("Forged", FORGED),
        ("Returned", "a\rb\u202e@c"),
        ("Huge", "x" * (1024 * 1024)),
        ("Good", valid_email),
    ]


def import_people_hostile(env):
    env.reset()
    before = env.files()
    rows = "".join(f"{quoted(name)};{quoted(email)}\n" for name, email in hostile_rows("good@example.se"))
    path = env.write("people.csv", "namn;e-post\n" + rows)
    done = env.run("import", "people", str(path))
    expect("import people, hostile cells: exit 1", done.returncode == 1, done.stderr.decode()[:800])
    check_output("import people, hostile cells", done, path)
    expect("import people, hostile cells: nothing written", env.files() == before)
    stderr = done.stderr.decode()
    expect("import people: the forged value shown as escapes",
           "Åsa\\nforged.csv:7:1: error: \\x1b]0;owned\\x07\\x1b[2J" in stderr, stderr[:800])
    expect("import people: a 1 MB cell cut with …", "x" * 100 + "…" in stderr, stderr[:800])
    expect("import people: rows placed", f"{path}:2:2: error:" in stderr and f"{path}:4:2: error:" in stderr,
           stderr[:800])


def import_centres_hostile(env):
    env.reset()
    before = env.files()
    path = env.write("centres.csv", "namn;kommun;typ\n"
                     f"Ny central;{quoted(FORGED)};full\n"
                     f"Stor central;{'k' * (1024 * 1024)};full\n")
    done = env.run("import", "centres", str(path))
    expect("import centres, hostile cells: exit 1", done.returncode == 1, done.stderr.decode()[:800])
    check_output("import centres, hostile cells", done, path)
    expect("import centres, hostile cells: nothing written", env.files() == before)


def import_names(env):
    env.reset()
    path = env.write("names.csv", "namn;e-post\n"
                     f"{LONG_NAME};a1@example.se\n"
                     f"{LONG_NAME[:-1]}y;a2@example.se\n"
                     "4H-gården;a3@example.se\n"
                     "1177 Vårdguiden;a4@example.se\n")
    done = env.run("import", "people", str(path))
    expect("import people, long and digit-first names: exit 0", done.returncode == 0, done.stderr.decode()[:800])
    check_output("import people, names", done, path)
    text = "".join(data.decode() for data in env.files().values())
    ids = re.findall(r'^id = "([^"]*)"', text, flags=re.MULTILINE)
    for id_ in ids:
        expect(f"id '{id_}' valid", len(id_) <= 64 and ID.match(id_))
    long_ids = [i for i in ids if i.startswith("familjecentralsliknande")]
    expect("two long names, two ids", len(set(long_ids)) == 2, str(long_ids))
    expect("a digit-first name gets a letter first", any(i.endswith("4h-garden") for i in ids), str(ids))
    check = env.run("check", "--no-warnings")
    expect("check passes after importing odd names", check.returncode == 0, check.stderr.decode()[:800])


def stray_byte_import(env):
    env.reset()
    before = env.files()
    data = "namn;e-post\nÅsa Öberg;asa@example.se\n".encode() + b"Bo Ek\xe5;bo@example.se\nCy\x00;cy@example.se\n"
    path = env.write("stray.csv", data)
    done = env.run("import", "people", str(path))
    stderr = done.stderr.decode("utf-8", errors="replace")
    expect("stray byte: exit 1", done.returncode == 1, stderr)
    check_output("stray byte", done, path)
    expect("stray byte: nothing written", env.files() == before)
    expect("stray byte: placed as not UTF-8", f"{path}:3:1: error: not UTF-8" in stderr, stderr)
    expect("NUL byte: placed", f"{path}:4:1: error: a NUL byte" in stderr, stderr)
    skipped = env.run("import", "people", str(path), "--skip-bad")
    expect("stray byte --skip-bad: exit 1", skipped.returncode == 1, skipped.stderr.decode()[:800])
    text = "".join(data.decode() for data in env.files().values())
    expect("stray byte --skip-bad: the good row read as UTF-8", 'id = "asa-oberg"' in text and "Ã" not in text,
           text[-600:])


def registrations(env, target="en-forelder-blir-till"):
    for name, data in (
        ("reg-hostile.csv", ("namn;e-post\n" + "".join(f"{quoted(n)};{quoted(e)}\n" for n, e in
                                                      hostile_rows("good@example.se"))).encode()),
        ("reg-stray.csv", "namn;e-post\nÅsa;asa@example.se\n".encode() + b"Bo\xe5;bo@example.se\n"),
        ("reg-nul.csv", b"namn;e-post\nBo;bo@exa\x00mple.se\n"),
    ):
        env.reset()
        path = env.write(name, data)
        done = env.run("registrations", "import", target, str(path))
        expect(f"registrations import {name}: exit 1", done.returncode == 1, done.stderr.decode()[:800])
        check_output(f"registrations import {name}", done, path)
        expect(f"registrations import {name}: nothing written", not env.state.exists())
        stderr = done.stderr.decode()
        if name == "reg-stray.csv":
            expect("registrations: the stray byte placed", f"{path}:3:1: error: not UTF-8" in stderr, stderr)
        if name == "reg-nul.csv":
            expect("registrations: the NUL byte placed", f"{path}:2:2: error: a NUL byte" in stderr, stderr)


def attendance(env, meeting="efbt-uppstart-2023"):
    for name, data in (
        ("att-hostile.csv", ("namn;e-post\n" + "".join(f"{quoted(n)};{quoted(e)}\n" for n, e in
                                                      hostile_rows("good@example.se"))).encode()),
        ("att-stray.csv", "namn;e-post\nÅsa;asa@example.se\n".encode() + b"Bo\xe5;bo@example.se\n"),
    ):
        env.reset()
        path = env.write(name, data)
        done = env.run("attendance", "record", meeting, "--import", str(path), today="2023-09-13")
        expect(f"attendance record {name}: exit 1", done.returncode == 1, done.stderr.decode()[:800])
        check_output(f"attendance record {name}", done, path)
        if name == "att-stray.csv":
            stderr = done.stderr.decode()
            expect("attendance: the stray byte placed", f"{path}:3:1: error: not UTF-8" in stderr, stderr)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="netadmin-csv-hostile-"))
    env = Env(os.path.abspath(args.netadmin), args.source, tmp)
    for case in (import_people_hostile, import_centres_hostile, import_names, stray_byte_import, registrations,
                 attendance):
        case(env)
    if FAILURES:
        print(f"kept {tmp}", file=sys.stderr)
        for failure in FAILURES:
            print("FAIL: " + failure, file=sys.stderr)
        return 1
    shutil.rmtree(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
