#!/usr/bin/env python3
"""Benchmark: does a large reminder log slow `netadmin remind` down?

    bench_state.py --netadmin BIN [--source DIR] [--rows 1000000]

Builds two state databases for the reminder fixture registry: one with only
the deliveries of a real run, one with the same plus ROWS synthetic log rows
(as years of daily runs would leave). Then times, with hyperfine, a dry run
and a --send run (mailer `true`, nothing new due) against each, and prints
the figures. A benchmark, not a test: it asserts nothing about time.
"""
import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path


def fill(path, rows):
    started = time.monotonic()
    with closing(sqlite3.connect(path)) as db, db:
        db.executemany(
            "INSERT INTO delivery (target, recipient, offset_days, reference_date, kind, address, due_date, status,"
            " attempts, created_at, updated_at) VALUES (?, ?, ?, ?, 'meeting', 'x@example.se', ?, 'sent', 1, ?, ?)",
            ((f"meeting-{i // 300}", f"person-{i % 300}", 7, f"20{10 + i % 20}-05-10", "2019-05-03",
              "2019-05-03T07:00:00Z", "2019-05-03T07:00:00Z") for i in range(rows)))
    print(f"filled {rows} rows in {time.monotonic() - started:.1f} s; "
          f"file {os.path.getsize(path) / 1e6:.0f} MB", flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", default=str(Path(__file__).resolve().parents[2]))
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    if shutil.which("hyperfine") is None:
        print("hyperfine is not installed", file=sys.stderr)
        return 1
    netadmin = os.path.abspath(args.netadmin)
    registry = Path(args.source) / "tests" / "fixtures" / "remind"
    tmp = Path(tempfile.mkdtemp(prefix="netadmin-bench-"))
    try:
        small, large = tmp / "small.db", tmp / "large.db"
        for path in (small, large):
            subprocess.run([netadmin, "--registry", str(registry), "--state", str(path), "remind", "--today",
                            "2030-03-06", "--send", "--mailer", "true"], check=True, capture_output=True)
        fill(large, args.rows)
        commands = []
        for label, path in (("small log", small), ("1M-row log" if args.rows == 1_000_000 else f"{args.rows}-row log", large)):
            base = f"{netadmin} --registry {registry} --state {path} remind --today 2030-03-06"
            commands += ["-n", f"dry run, {label}", base, "-n", f"send, {label}", base + " --send --mailer true"]
        subprocess.run(["hyperfine", "--warmup", "3", "--min-runs", "20", "-N", *commands], check=True)
        log = f"{netadmin} --state {large} reminders log --since 2030-01-01 --limit 0 --format csv"
        subprocess.run(["hyperfine", "--warmup", "2", "-N", "-n", "log --since (index on updated_at)", log], check=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
