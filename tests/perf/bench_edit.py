#!/usr/bin/env python3
"""How long an edit takes against `check`, on a copy of the bundled registry
(run on demand, not part of ctest). The target (docs/performance.md): an
edit takes at most twice the time of `check`, since it loads the registry
twice, as it is and with the change applied.

    tests/perf/bench_edit.py --netadmin BIN [--runs 20]
    tests/perf/bench_edit.py --netadmin BIN --references 20000

--references N: N people imported naming one organisation, then one run
each of `rename` of that organisation with --dry-run and written, with
wall time and peak resident memory from /usr/bin/time -v (the target:
20,000 references under 2 s).

Measures with hyperfine (median of --runs runs after warm-ups):
  check            netadmin check
  set --dry-run    the edit computed and validated, not written
  rename --dry-run a rename through every file, validated, not written
and, timed here, the median of --runs real `set` edits that alternate
between two values, so each one writes the file (lock, read, validate,
atomic write). Prints a markdown table with the ratios to `check`.
"""
import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2]


def hyperfine(commands, runs):
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run(["hyperfine", "--warmup", "3", "--runs", str(runs), "-N", "--export-json", out.name,
                        *commands], check=True, capture_output=True)
        return [result["median"] for result in json.load(open(out.name))["results"]]


def measured(words):
    """Wall seconds and peak resident MiB of one run, from /usr/bin/time -v."""
    done = subprocess.run(["/usr/bin/time", "-v", *words], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(words)} failed:\n{done.stderr[-3000:]}")
    fields = dict(line.strip().rsplit(": ", 1) for line in done.stderr.splitlines() if ": " in line)
    wall = fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":")
    seconds = sum(float(part) * 60 ** i for i, part in enumerate(reversed(wall)))
    return seconds, int(fields["Maximum resident set size (kbytes)"]) / 1024


def rename_scale(args):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        registry = tmp / "registry"
        shutil.copytree(SOURCE / "data" / "registry", registry)
        sheet = tmp / "people.csv"
        rows = ["namn;e-post;organisation"]
        rows += [f"Person {n};person{n}@example.org;kommunal-utveckling" for n in range(args.references)]
        sheet.write_text("\n".join(rows) + "\n")
        base = [args.netadmin, "--registry", str(registry), "--no-cache"]
        subprocess.run(base + ["import", "people", str(sheet), "--region", "jonkoping"], check=True,
                       capture_output=True)
        print(f"| rename, {args.references:,} references | wall | peak RSS |")
        print("|---|---:|---:|")
        for name, extra in (("--dry-run", ["--dry-run"]), ("written", [])):
            seconds, mib = measured(base + ["rename", "kommunal-utveckling", "ku"] + extra)
            print(f"| {name} | {seconds:.2f} s | {mib:.0f} MiB |")
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--references", type=int, help="time a rename of an id with this many references")
    parser.add_argument("--netadmin", default=str(SOURCE / "build-dev" / "cli" / "netadmin"))
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    if args.references:
        return rename_scale(args)
    with tempfile.TemporaryDirectory() as tmp:
        registry = Path(tmp) / "registry"
        shutil.copytree(SOURCE / "data" / "registry", registry)
        base = f"{args.netadmin} --registry {registry}"
        names = ["check", "set --dry-run", "rename --dry-run"]
        medians = hyperfine([f"{base} check --no-warnings",
                             f"{base} set kalix-familjecentral opened=2010 --dry-run",
                             f"{base} rename kalix-familjecentral kalix-fc --dry-run"], args.runs)
        writes = []
        for run in range(args.runs):
            value = "2010" if run % 2 == 0 else "2009"
            start = time.perf_counter()
            subprocess.run([args.netadmin, "--registry", str(registry), "set", "kalix-familjecentral",
                            f"opened={value}"], check=True, capture_output=True)
            writes.append(time.perf_counter() - start)
        names.append("set (written)")
        medians.append(statistics.median(writes))
    check = medians[0]
    print("| command | median | ratio to check |")
    print("|---|---|---|")
    for name, median in zip(names, medians):
        print(f"| {name} | {median * 1000:.1f} ms | {median / check:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
