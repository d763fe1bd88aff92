#!/usr/bin/env python3
"""Participants with the real binary and a real SQLite file: registrations
imported from a spreadsheet export (`;`, UTF-8 with byte-order mark, CRLF,
Swedish letters), imported again without change, attendance at a session,
the programme report counting both; and every bad input of the issue
refused with a clear, located message, writing nothing."""
import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


class Run:
    def __init__(self, args):
        self.netadmin = os.path.abspath(args.netadmin)
        self.source = Path(args.source)
        self.tmp = Path(tempfile.mkdtemp(prefix="netadmin-participants-"))
        self.state = self.tmp / "state" / "state.db"
        self.fixture = self.source / "tests" / "fixtures" / "remind"

    def __call__(self, *words, registry=None, state=None, lang="en"):
        command = [self.netadmin, "--lang", lang, "--state", str(state or self.state)]
        if registry:
            command += ["--registry", str(registry)]
        env = {"PATH": os.environ.get("PATH", ""), "LANG": "C"}
        return subprocess.run(command + list(words), capture_output=True, text=True, env=env, check=False)

    def csv(self, name, text, encoding="utf-8-sig"):
        path = self.tmp / name
        path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
        return path

    def dump(self):
        return self.dump_of(self.state)

    @staticmethod
    def dump_of(path):
        with closing(sqlite3.connect(path)) as db:
            return list(db.iterdump())


def registrations_csv(count, start=1):
    rows = ["Namn;E-post;Arbetsplats;Kommun;Anmäld"]
    for i in range(start, start + count):
        rows.append(f"Åsa Öberg {i};asa.{i}@example.se;BVC Jönköping;Jönköping;2023-08-{10 + i % 20:02}")
    return "\n".join(rows) + "\n"


def done_means(run):
    """30 registered, 25 present at the first session, re-import changes nothing."""
    path = run.csv("anmalningar.csv", registrations_csv(30))
    done = run("--today", "2023-09-01", "registrations", "import", "en-forelder-blir-till", str(path))
    check(done.returncode == 0, f"import: {done.returncode} {done.stderr}")
    check("read as ';'-separated UTF-8 with byte-order mark" in done.stdout, done.stdout)
    check("30 added, 0 updated, 0 unchanged" in done.stdout, done.stdout)
    check("created the state database" in done.stderr, done.stderr)
    check("warning: the workplace 'BVC Jönköping' is no centre" in done.stderr, done.stderr)
    check(oct(run.state.stat().st_mode & 0o777) == "0o600", "state file not 0600")
    before = run.dump()
    again = run("--today", "2023-09-02", "registrations", "import", "en-forelder-blir-till", str(path))
    check(again.returncode == 0 and "0 added, 0 updated, 30 unchanged" in again.stdout, again.stdout + again.stderr)
    check(run.dump() == before, "a second import of the same file changed the database")

    listed = run("registrations", "list", "en-forelder-blir-till", "--format", "json")
    check(listed.returncode == 0, listed.stderr)
    rows = json.loads(listed.stdout)
    check(len(rows) == 30 and rows[0]["name"] == "Åsa Öberg 1" and rows[0]["registered"] == "2023-08-11", rows[:1])

    sheet = ["namn,e-post"] + [f"Åsa Öberg {i},asa.{i}@example.se" for i in range(1, 25)] + ["Gäst,gast@example.se"]
    sheet_path = run.csv("narvaro.csv", "\n".join(sheet) + "\n", encoding="cp1252")
    done = run("--today", "2023-09-13", "attendance", "record", "efbt-uppstart-2023", "--import", str(sheet_path))
    check(done.returncode == 0, f"attendance: {done.returncode} {done.stderr}")
    check("25 present at efbt-uppstart-2023, 1 of them a walk-in" in done.stdout, done.stdout)

    report = run("--today", "2023-09-14", "report", "programme", "en-forelder-blir-till", "--format", "json")
    check(report.returncode == 0, report.stderr)
    participants = json.loads(report.stdout)["programme"]["participants"]
    first = participants["sessions"][0]
    check(first["id"] == "efbt-uppstart-2023" and first["registered"] == 30 and first["present"] == 25
          and first["walk_ins"] == 1, first)
    check(participants["registered"] == 30 and participants["trained"] == 24, participants)
    text = run("--today", "2023-09-14", "report", "programme", "en-forelder-blir-till")
    check("Participants and attendance" in text.stdout and "24 recorded (the registry states nearly 800)"
          in text.stdout, text.stdout)

    coverage = run("--today", "2023-09-14", "report", "coverage", "--format", "json")
    check(coverage.returncode == 0, coverage.stderr)
    trained = json.loads(coverage.stdout)["trained"]
    check(trained == [{"municipality": "Jönköping", "programme": "en-forelder-blir-till", "registered": 30,
                       "trained": 24}], trained)
    text = run("--today", "2023-09-14", "report", "coverage")
    check("Staff trained per municipality and programme" in text.stdout, text.stdout)


def report_without_state(run):
    """No participants: the report is as before and no state file appears."""
    missing = run.tmp / "none" / "state.db"
    with_missing = run("--today", "2023-09-14", "report", "programme", "en-forelder-blir-till", state=missing)
    check(with_missing.returncode == 0, with_missing.stderr)
    check(not missing.exists() and not missing.parent.exists(), "report programme created a state database")
    check("Participants" not in with_missing.stdout, "participants shown without any recorded")
    coverage = run("--today", "2023-09-14", "report", "coverage", "--format", "json", state=missing)
    check(coverage.returncode == 0 and "trained" not in json.loads(coverage.stdout), coverage.stdout)
    check(not missing.exists(), "report coverage created a state database")


def refused_import(run, name, text, expected, code=1, registry=None, target="en-forelder-blir-till"):
    state = run.tmp / f"{name}.db"
    path = run.csv(f"{name}.csv", text)
    extra = ["--columns", "Mejl=mail adress"] if name == "bad-columns-option" else []
    done = run("--today", "2023-09-01", "registrations", "import", target, str(path), *extra, registry=registry,
               state=state)
    check(done.returncode == code, f"{name}: exit {done.returncode}\n{done.stderr}")
    check(expected in done.stderr, f"{name}: {done.stderr!r} lacks {expected!r}")
    check(not state.exists(), f"{name}: the state database was written")


def bad_input(run):
    header = "namn;e-post\n"
    refused_import(run, "duplicate", header + "A;a@example.se\nB;b@example.se\nA2;A@Example.se\n",
                   "duplicate.csv:4:2: error: 'A@Example.se' is already on row 2")
    refused_import(run, "no-email", header + "A;a@example.se\nB;\n",
                   "no-email.csv:3:2: error: the row has no e-mail address")
    refused_import(run, "not-email", header + "A;a(at)example.se\n",
                   "not-email.csv:2:2: error: 'a(at)example.se' is not an e-mail address")
    refused_import(run, "unknown-target", header + "A;a@example.se\n",
                   "no programme or meeting is named 'en-forelder'; did you mean 'en-forelder-blir-till'?",
                   code=2, target="en-forelder")
    refused_import(run, "ambiguous", "namn;e-post;arbetsplats\nA;a@example.se;Familjecentralen\n",
                   "ambiguous.csv:2:3: error: the workplace 'Familjecentralen' matches several centres: "
                   "'centrum-a', 'centrum-b'; write the centre's id", registry=run.fixture, target="satsningen")
    refused_import(run, "ragged", header + "A;a@example.se;x\n", "ragged.csv:2:3: error: the row has 3 cells, the header 2")
    refused_import(run, "empty", "", "empty.csv: error: the file is empty")
    refused_import(run, "header-only", header, "header-only.csv:2:1: error: the file has a header row but no rows")
    refused_import(run, "no-email-column", "namn;mejl\nA;a@example.se\n",
                   "no-email-column.csv:1:1: error: the column 'email' is missing")
    refused_import(run, "bad-day", "namn;e-post;anmäld\nA;a@example.se;2025-02-30\n",
                   "bad-day.csv:2:3: error: '2025-02-30' is no date")
    refused_import(run, "day-first", "namn;e-post;anmäld\nA;a@example.se;2025-01-02\nB;b@example.se;31/12/2026\n",
                   "day-first.csv:3:3: error: '31/12/2026' is no date")
    refused_import(run, "bad-columns-option", header + "A;a@example.se\n",
                   "'mail adress' is no column here", code=2)
    utf16 = run.tmp / "utf16.csv"
    utf16.write_bytes("namn;e-post\r\nA;a@example.se\r\n".encode("utf-16"))
    done = run("registrations", "import", "en-forelder-blir-till", str(utf16), state=run.tmp / "utf16.db")
    check(done.returncode == 1 and f"{utf16}:1:1: error: a NUL byte" in done.stderr, done.stderr)


def attendance_rules(run):
    state = run.tmp / "attendance.db"
    cancelled = run("--today", "2030-03-22", "attendance", "record", "installt", "--count", "12",
                    registry=run.fixture, state=state)
    check(cancelled.returncode == 1 and "the meeting installt is cancelled" in cancelled.stderr, cancelled.stderr)
    check(not state.exists(), "a cancelled meeting's attendance wrote the state database")
    future = run("--today", "2023-09-01", "attendance", "record", "efbt-uppstart-2023", "--count", "ett 30-tal",
                 state=state)
    check(future.returncode == 1 and "give --force" in future.stderr, future.stderr)
    forced = run("--today", "2023-09-01", "attendance", "record", "efbt-uppstart-2023", "--count", "ett 30-tal",
                 "--force", state=state)
    check(forced.returncode == 0 and "ett 30-tal present recorded" in forced.stdout, forced.stdout + forced.stderr)
    unknown = run("attendance", "record", "efbt-uppstart", "--count", "3", state=state)
    check(unknown.returncode == 2 and "did you mean 'efbt-uppstart-2023'" in unknown.stderr, unknown.stderr)
    present = run("--today", "2023-12-12", "attendance", "record", "efbt-halvtid-2023", "--present",
                  "a@example.se", "nope", state=state)
    check(present.returncode == 2 and "'nope' is not an e-mail address" in present.stderr, present.stderr)
    check("in the file" not in present.stderr, present.stderr)
    listed = run("--today", "2023-12-12", "attendance", "record", "efbt-halvtid-2023", "--present",
                 "a@example.se,b@example.se c@example.se", "d@example.se", state=state)
    check(listed.returncode == 0 and "4 present at efbt-halvtid-2023" in listed.stdout, listed.stdout + listed.stderr)


def single_changes(run):
    state = run.tmp / "single.db"
    done = run("--today", "2030-03-01", "register", "satsningen", "--email", "Anna@Example.se", "--name", "Anna",
               "--centre", "centrum-a", registry=run.fixture, state=state)
    check(done.returncode == 0 and "1 added" in done.stdout, done.stdout + done.stderr)
    listed = run("registrations", "list", "satsningen", "--format", "csv", registry=run.fixture, state=state)
    check("Anna@Example.se,Anna,centrum-a,,Uppsala,2030-03-01" in listed.stdout, listed.stdout)
    gone = run("--today", "2030-03-02", "unregister", "satsningen", "--email", "anna@example.se",
               registry=run.fixture, state=state)
    check(gone.returncode == 0, gone.stderr)
    again = run("unregister", "satsningen", "--email", "anna@example.se", registry=run.fixture, state=state)
    check(again.returncode == 1 and "is not registered" in again.stderr, again.stderr)
    listed = run("registrations", "list", "satsningen", "--format", "json", registry=run.fixture, state=state)
    check(json.loads(listed.stdout) == [], listed.stdout)


def locked(run):
    """A running remind (or any writer) holds the file: wait, then a clear error, nothing written."""
    state = run.tmp / "locked.db"
    path = run.csv("locked.csv", registrations_csv(3))
    check(run("registrations", "import", "en-forelder-blir-till", str(path), state=state).returncode == 0, "first import")
    more = run.csv("more.csv", registrations_csv(3, start=10))
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sqlite3, sys, time\n"
        f"db = sqlite3.connect({str(state)!r}, isolation_level=None)\n"
        "db.execute('BEGIN EXCLUSIVE')\n"
        "print('locked', flush=True)\n"
        "time.sleep(60)\n")], stdout=subprocess.PIPE, text=True)
    try:
        check(holder.stdout.readline().strip() == "locked", "the lock holder did not start")
        started = time.monotonic()
        done = run("registrations", "import", "en-forelder-blir-till", str(more), state=state)
        waited = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
    check(done.returncode == 1 and "locked by another program" in done.stderr, done.stderr)
    check(waited >= 25, f"gave up after {waited:.1f} s, before the busy timeout")
    listed = run("registrations", "list", "en-forelder-blir-till", "--format", "json", state=state)
    check(len(json.loads(listed.stdout)) == 3, "the locked import wrote rows")


DIET = ("Glutenfri", "Vegetarisk utan nötter", "Laktosfri")


def real_export(run):
    """A registration system's export with every column of the issue: the
    unknown ones named once and never stored, names joined, a dry run that
    writes nothing, then the import, person show and the programme report."""
    state = run.tmp / "export.db"
    rows = ["Anmälningsnummer;Förnamn;Efternamn;E-post;Arbetsplats;Kommun;Anmäld;Specialkost",
            "EV-2018-77001;Karin;Lind;karin.lind@example.se;Familjecentralen i Kalix;Kalix;2018-04-20 09:14;Glutenfri",
            "EV-2018-77002;Omar;Haddad;omar.haddad@example.se;BVC Kalix;Kalix;2018-04-22 13:02;Vegetarisk utan nötter",
            "EV-2018-77003;Lena;Pekkari;lena.pekkari@example.se;Öppna förskolan, Haparanda;;2018-04-23T08:30:00+02:00;Laktosfri"]
    path = run.csv("anmalan.csv", "\n".join(rows) + "\n")
    words = ("--today", "2018-04-25", "registrations", "import", "familjecentraldialogen", str(path))
    outputs = []

    dry = run(*words, "--dry-run", state=state)
    outputs.append(dry.stdout + dry.stderr)
    check(dry.returncode == 0, dry.stderr)
    check(not state.exists() and not state.parent.joinpath("export.db-wal").exists(), "a dry run created the state")
    check(dry.stderr.count("are not used and not read") == 1
          and "'Anmälningsnummer', 'Specialkost'" in dry.stderr, dry.stderr)
    check("+ new: karin.lind@example.se (Karin Lind)" in dry.stdout and "3 added" in dry.stdout, dry.stdout)
    check("did you mean 'Familjecentralen i Kalix'?" in dry.stderr
          and "did you mean 'Familjecentralen i Haparanda'?" in dry.stderr, dry.stderr)

    done = run(*words, state=state)
    outputs.append(done.stdout + done.stderr)
    check(done.returncode == 0 and "3 added, 0 updated, 0 unchanged" in done.stdout, done.stdout + done.stderr)
    listed = run("registrations", "list", "familjecentraldialogen", "--format", "json", state=state)
    outputs.append(listed.stdout)
    names = [row["name"] for row in json.loads(listed.stdout)]
    check(names == ["Karin Lind", "Omar Haddad", "Lena Pekkari"], names)
    check(json.loads(listed.stdout)[2]["registered"] == "2018-04-23", listed.stdout)

    # A dry run over a database: the changes listed, the file untouched.
    before = (state.read_bytes(), state.stat().st_mtime_ns)
    changed = run.csv("andrad.csv", rows[0] + "\n" + rows[1].replace("Lind", "Lind Ek") + "\n")
    dry = run("--today", "2018-04-26", "registrations", "import", "familjecentraldialogen", str(changed), "-n",
              state=state)
    outputs.append(dry.stdout + dry.stderr)
    check(dry.returncode == 0 and "~ changed: karin.lind@example.se (Karin Lind Ek): Name 'Karin Lind' → "
          "'Karin Lind Ek'" in dry.stdout and "0 added, 1 updated, 0 unchanged" in dry.stdout, dry.stdout)
    check((state.read_bytes(), state.stat().st_mtime_ns) == before, "a dry run changed the state database")

    shown = run("person", "show", "karin.lind@example.se", state=state)
    outputs.append(shown.stdout)
    check("Familjecentraldialogen (familjecentraldialogen)" in shown.stdout, shown.stdout)
    report = run("--today", "2018-04-26", "report", "programme", "familjecentraldialogen", "--format", "json",
                 state=state)
    outputs.append(report.stdout)
    unregistered = json.loads(report.stdout)["programme"]["participants"]["unregistered_centres"]
    check(unregistered == [{"id": "haparanda-familjecentral", "name": "Familjecentralen i Haparanda"}], unregistered)
    text = run("--today", "2018-04-26", "report", "programme", "familjecentraldialogen", state=state)
    check("Participating centres where nobody has registered yet:" in text.stdout, text.stdout)

    swedish = run(*words, "--dry-run", state=run.tmp / "sv.db", lang="sv")
    check("kolumnerna 'Anmälningsnummer', 'Specialkost' används inte och läses inte in" in swedish.stderr,
          swedish.stderr)

    dump = "\n".join(run.dump_of(state))
    for diet in DIET:
        check(diet not in dump, f"the diet {diet!r} is in the state database")
        for output in outputs:
            check(diet not in output, f"the diet {diet!r} was shown")
    check("EV-2018-77" not in dump, "the registration number is in the state database")


def test(args):
    run = Run(args)
    try:
        real_export(run)
        done_means(run)
        report_without_state(run)
        bad_input(run)
        attendance_rules(run)
        single_changes(run)
        locked(run)
    finally:
        shutil.rmtree(run.tmp, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    try:
        test(parser.parse_args())
    except Failure as failure:
        print(f"FAIL: {failure}", file=sys.stderr)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
