#!/usr/bin/env python3
"""How long `import people` takes for a spreadsheet of new people, on a copy
of the bundled registry (run on demand, not part of ctest). The target
(docs/performance.md): 1,000 people in under 2 s.

    tests/perf/bench_import.py --netadmin BIN [--people 1000] [--runs 5]
    tests/perf/bench_import.py --netadmin BIN --scale 20000,200000 [--kind centres]

--scale: for each number of rows, one run of each step under
/usr/bin/time -v: wall time and peak resident memory, to see that both
grow linearly (the targets: 20,000 rows under 3 s and 200 MB, 200,000
under 30 s and 1 GB).

Each run starts from a fresh copy of the registry and times, as wall-clock
seconds of the whole process:
  import (written)   the rows checked, the batch applied and validated
                     once, the file written
  import again       the same file a second time: every row matched by
                     its e-mail address, nothing to change
  import --dry-run   a fresh copy, the diff printed, nothing written
Prints a markdown table of the medians and the ranges.
"""
import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2]


def spreadsheet(path, people):
    rows = ["namn;e-post;telefon;roll"]
    for n in range(people):
        rows.append(f"Person Nummer {n};person{n}@example.org;070-{n:07d};Samordnare i Västerås")
    path.write_bytes(b"\xef\xbb\xbf" + ("\r\n".join(rows) + "\r\n").encode())


def timed(words):
    start = time.perf_counter()
    done = subprocess.run(words, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(words)} failed:\n{done.stderr}")
    return elapsed, done.stdout


def centre_sheet(path, rows):
    lines = ["Namn;Kommun;Typ"] + [f"Familjecentral Nummer {n};Luleå;full" for n in range(rows)]
    path.write_bytes(b"\xef\xbb\xbf" + ("\r\n".join(lines) + "\r\n").encode())


def measured(words):
    """Wall seconds and peak resident MiB of one run, from /usr/bin/time -v."""
    done = subprocess.run(["/usr/bin/time", "-v", *words], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(words)} failed:\n{done.stderr[-3000:]}")
    fields = dict(line.strip().rsplit(": ", 1) for line in done.stderr.splitlines() if ": " in line)
    wall = fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":")
    seconds = sum(float(part) * 60 ** i for i, part in enumerate(reversed(wall)))
    return seconds, int(fields["Maximum resident set size (kbytes)"]) / 1024


def scale(args):
    print(f"| {args.kind} rows | import: wall, peak RSS | import --dry-run: wall, peak RSS |")
    print("|---:|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for rows in (int(n) for n in args.scale.split(",")):
            sheet = tmp / "rows.csv"
            (spreadsheet if args.kind == "people" else centre_sheet)(sheet, rows)
            cells = []
            for dry in (False, True):
                registry = tmp / "registry"
                shutil.rmtree(registry, ignore_errors=True)
                shutil.copytree(SOURCE / "data" / "registry", registry)
                words = [args.netadmin, "--registry", str(registry), "--no-cache", "import", args.kind, str(sheet),
                         "--region", "norrbotten"] + (["--dry-run"] if dry else [])
                seconds, mib = measured(words)
                cells.append(f"{seconds:.2f} s, {mib:.0f} MiB")
            print(f"| {rows:,} | {cells[0]} | {cells[1]} |")
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", help="numbers of rows, e.g. 20000,50000,200000")
    parser.add_argument("--kind", choices=["people", "centres"], default="people")
    parser.add_argument("--netadmin", default=str(SOURCE / "build" / "cli" / "netadmin"))
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if args.scale:
        return scale(args)
    results = {"import (written)": [], "import again": [], "import --dry-run": []}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        sheet = tmp / "people.csv"
        spreadsheet(sheet, args.people)
        for _ in range(args.runs):
            registry = tmp / "registry"
            shutil.rmtree(registry, ignore_errors=True)
            shutil.copytree(SOURCE / "data" / "registry", registry)
            base = [args.netadmin, "--registry", str(registry), "import", "people", str(sheet), "--region",
                    "norrbotten"]
            elapsed, out = timed(base)
            if f"{args.people} added" not in out:
                sys.exit(f"unexpected summary: {out}")
            results["import (written)"].append(elapsed)
            elapsed, out = timed(base)
            if f"{args.people} unchanged" not in out:
                sys.exit(f"unexpected summary: {out}")
            results["import again"].append(elapsed)
            shutil.rmtree(registry)
            shutil.copytree(SOURCE / "data" / "registry", registry)
            results["import --dry-run"].append(timed(base + ["--dry-run"])[0])
    print(f"| {args.people} people | median | range |")
    print("|---|---|---|")
    for name, times in results.items():
        print(f"| {name} | {statistics.median(times) * 1000:.0f} ms | "
              f"{min(times) * 1000:.0f}–{max(times) * 1000:.0f} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
