#!/usr/bin/env python3
"""Benchmark: participants at scale.

    bench_participants.py --netadmin BIN [--registrations 10000] [--attendance 40000] [--runs 5]

Times, with the bundled registry and a fresh state database:
1. `registrations import` of a `;`-separated UTF-8-with-BOM file of
   REGISTRATIONS rows for "En förälder blir till" (a new database each run);
2. `report programme` (text and json) with those registrations and
   ATTENDANCE attendance rows spread over the programme's sessions.
A benchmark, not a test: it prints the median and the spread and asserts
nothing about time (docs/performance.md records the figures).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

PROGRAMME = "en-forelder-blir-till"
SESSIONS = ["efbt-uppstart-2023", "efbt-halvtid-2023", "efbt-traff-2024", "efbt-avslutning-2024"]


def write_registrations(path, count):
    rows = ["Namn;E-post;Arbetsplats;Kommun;Anmäld"]
    for i in range(count):
        rows.append(f"Åsa Öberg {i};person.{i}@example.se;Familjecentralen i Kalix;Kalix;2023-08-{1 + i % 28:02}")
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("utf-8-sig"))


def write_sheet(path, session_index, people):
    rows = ["namn,e-post"] + [f"Åsa Öberg {i},person.{i}@example.se" for i in people]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def timed(command, env, runs):
    times = []
    for _ in range(runs):
        started = time.monotonic()
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.monotonic() - started)
    return times


def show(label, times):
    print(f"{label}: median {statistics.median(times) * 1000:.0f} ms "
          f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}, {len(times)} runs)", flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--registrations", type=int, default=10_000)
    parser.add_argument("--attendance", type=int, default=40_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    netadmin = os.path.abspath(args.netadmin)
    tmp = Path(tempfile.mkdtemp(prefix="netadmin-bench-participants-"))
    try:
        env = {"PATH": os.environ.get("PATH", ""), "LANG": "C"}
        csv_file = tmp / "registrations.csv"
        write_registrations(csv_file, args.registrations)
        import_times = []
        for run in range(args.runs):
            state = tmp / f"import-{run}.db"
            import_times += timed([netadmin, "--state", str(state), "--today", "2023-09-01", "registrations",
                                   "import", PROGRAMME, str(csv_file)], env, 1)
        show(f"registrations import, {args.registrations} rows", import_times)

        state = tmp / "import-0.db"
        per_session = args.attendance // len(SESSIONS)
        for index, session in enumerate(SESSIONS):
            sheet = tmp / f"sheet-{index}.csv"
            write_sheet(sheet, index, [(index * 997 + k) % args.registrations for k in range(per_session)]
                        if per_session <= args.registrations else range(per_session))
            subprocess.run([netadmin, "--state", str(state), "--today", "2024-06-01", "attendance", "record",
                            session, "--import", str(sheet)], env=env, check=True, stdout=subprocess.DEVNULL)
        for fmt in ("text", "json"):
            show(f"report programme --format {fmt}, {args.registrations} registrations, "
                 f"{per_session * len(SESSIONS)} attendance rows",
                 timed([netadmin, "--state", str(state), "--today", "2024-06-01", "report", "programme", PROGRAMME,
                        "--format", fmt], env, args.runs))
        show("report programme --format text without a state database",
             timed([netadmin, "--state", str(tmp / "none.db"), "--today", "2024-06-01", "report", "programme",
                    PROGRAMME], env, args.runs))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
