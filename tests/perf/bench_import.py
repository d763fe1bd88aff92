#!/usr/bin/env python3
"""How long `import people` takes for a spreadsheet of new people, on a copy
of the bundled registry (run on demand, not part of ctest). The target
(docs/performance.md): 1,000 people in under 2 s.

    tests/perf/bench_import.py --netadmin BIN [--people 1000] [--runs 5]

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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", default=str(SOURCE / "build" / "cli" / "netadmin"))
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
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
