#!/usr/bin/env python3
"""The benchmark, run on demand (not part of ctest).

    tests/perf/bench.py [--scales 1,10,100,1000] [--runs 5] [--build-dir build-bench]

1. Builds the Release configuration the README installs
   (cmake -DCMAKE_BUILD_TYPE=Release: -O3 -DNDEBUG) plus the parse floor
   (-DNETADMIN_BENCH=ON) in --build-dir.
2. Generates the synthetic registries with tests/perf/generate.py, split in
   files of at most 1 MB, and for the list-centres and floor rows also one
   file per region; cached under tests/perf/out/ (gitignored) and
   regenerated when generate.py changes.
3. For each scale measures every command: wall time with hyperfine (median
   of --runs runs after one warm-up, no shell in between) and peak resident
   memory with /usr/bin/time -v (one run).
4. Prints a markdown table (and writes it to tests/perf/out/results.md) with
   the machine, compiler and flags, absolute figures, ratios to the floor and
   to the Python script, and the growth from the previous scale.
5. On the bundled registry (data/registry), measures the coverage maps: the
   national map (`report coverage --format svg`) against the same report
   without a map (`--format json`), so the difference is what the map costs.
   `--bundled-only` measures just these.
"""

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2]
OUT = SOURCE / "tests" / "perf" / "out"
TODAY = "2026-11-23"
SPLIT_KB = 1000


def sh(cmd, **kwargs):
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kwargs).stdout


def build(build_dir):
    print(f"== building Release in {build_dir}", file=sys.stderr)
    subprocess.run(["cmake", "-S", str(SOURCE), "-B", str(build_dir), "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release",
                    "-DNETADMIN_BENCH=ON", "-DBUILD_TESTING=OFF"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", str(build_dir), "--target", "netadmin", "parse_floor"], check=True,
                   stdout=subprocess.DEVNULL)
    return build_dir / "cli" / "netadmin", build_dir / "tests" / "perf" / "parse_floor"


def registry(scale, split):
    """The cached registry at `scale`, regenerated when the generator changed."""
    generator = SOURCE / "tests" / "perf" / "generate.py"
    stamp_text = hashlib.sha256(generator.read_bytes()).hexdigest() + f" {scale} {split}"
    folder = OUT / (f"{scale}x-split{split}" if split else f"{scale}x-whole")
    stamp = OUT / (folder.name + ".stamp")
    if stamp.exists() and stamp.read_text() == stamp_text and folder.is_dir():
        return folder
    print(f"== generating {folder.name}", file=sys.stderr)
    cmd = [sys.executable, str(generator), "--scale", str(scale), "--out", str(folder)]
    subprocess.run(cmd + (["--split", str(split)] if split else []), check=True)
    stamp.write_text(stamp_text)
    return folder


def disk_size(folder):
    return sum(p.stat().st_size for p in folder.rglob("*.toml"))


def largest_file(folder):
    return max(p.stat().st_size for p in folder.rglob("*.toml"))


def commands(netadmin, floor, reg, state):
    """(name, argv) of everything measured on registry `reg`."""
    help_text = subprocess.run([str(netadmin), "--help"], capture_output=True, text=True).stdout
    base = [str(netadmin), "--registry", str(reg), "--today", TODAY]
    rows = [("netadmin --version", [str(netadmin), "--version"]),
            ("check", base + ["check"]),
            ("list-centres --format csv", base + ["list-centres", "--format", "csv"])]
    # The later commands, when this build has them (remind never sends without --send).
    optional = [("agenda", [], ["agenda"]), ("report", [], ["report", "coverage", "--format", "json"]),
                ("remind", ["--state", str(state)], ["remind"])]
    for word, global_args, args in optional:
        if re.search(rf"^\s+{word}\s", help_text, re.MULTILINE):
            rows.append((" ".join(args), base + global_args + args))
    rows.append(("floor: parse_floor", [str(floor), str(reg)]))
    rows.append(("python: list_centres.py", [sys.executable, str(SOURCE / "tests/perf/list_centres.py"),
                                             "--registry", str(reg)]))
    return rows


def wall_ms(argv, runs):
    with tempfile.NamedTemporaryFile(suffix=".json") as result:
        subprocess.run(["hyperfine", "--shell=none", "--warmup", "1", "--runs", str(runs), "--style", "none",
                        "--export-json", result.name, "--ignore-failure", " ".join(quote(a) for a in argv)],
                       check=True, stdout=subprocess.DEVNULL)
        data = json.load(open(result.name))["results"][0]
    # user + system: the CPU the command used, which a busy machine inflates far less than wall time.
    return data["median"] * 1000, (data["user"] + data["system"]) * 1000


def quote(arg):
    return "'" + arg.replace("'", "'\\''") + "'" if re.search(r"[^\w@%+=:,./-]", arg) else arg


def peak_mb(argv):
    done = subprocess.run(["/usr/bin/time", "-v"] + argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True)
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    return int(match.group(1)) / 1024 if match else float("nan"), done.returncode


def machine(build_dir):
    cpu = re.search(r"model name\s*:\s*(.*)", Path("/proc/cpuinfo").read_text())
    mem = re.search(r"MemTotal:\s*(\d+) kB", Path("/proc/meminfo").read_text())
    cache = (build_dir / "CMakeCache.txt").read_text()
    flags = re.search(r"CMAKE_CXX_FLAGS_RELEASE:STRING=(.*)", cache).group(1)
    compiler = sh(["c++", "--version"]).splitlines()[0]
    return [f"- machine: {os.cpu_count()} CPUs ({cpu.group(1) if cpu else platform.processor()}), "
            f"{int(mem.group(1)) / 1024 / 1024:.1f} GiB memory, {platform.system()} {platform.release()}",
            f"- compiler: {compiler}; build type Release, flags `{flags}` (-Wall -Wextra -Wpedantic)",
            f"- tools: {sh(['hyperfine', '--version']).strip()}, Python {platform.python_version()}, "
            f"load average at start {os.getloadavg()[0]:.2f}"]


def fmt(value, digits=1):
    return "–" if value is None else f"{value:.{digits}f}"


def measure_scale(scale, netadmin, floor, runs, state):
    reg = registry(scale, SPLIT_KB)
    whole = registry(scale, 0)
    rows = []
    for name, argv in commands(netadmin, floor, reg, state):
        print(f"== {scale}x {name}", file=sys.stderr)
        median, cpu = wall_ms(argv, runs)
        rss, code = peak_mb(argv)
        rows.append({"name": name, "ms": median, "cpu": cpu, "mb": rss, "exit": code})
    extra = []
    for name, argv in (("list-centres --format csv", [str(netadmin), "--registry", str(whole), "list-centres",
                                                     "--format", "csv"]),
                       ("floor: parse_floor", [str(floor), str(whole)])):
        print(f"== {scale}x one file per region: {name}", file=sys.stderr)
        median, cpu = wall_ms(argv, runs)
        rss, code = peak_mb(argv)
        extra.append({"name": name, "ms": median, "cpu": cpu, "mb": rss, "exit": code})
    # Sizes in MiB and KiB, the units /usr/bin/time reports memory in.
    return {"scale": scale, "disk_mb": disk_size(reg) / 2**20, "largest_kb": largest_file(reg) / 2**10,
            "whole_largest_mb": largest_file(whole) / 2**20, "rows": rows, "whole": extra}


def bundled_maps(netadmin, runs):
    """The coverage maps on the bundled registry: wall and CPU per command."""
    base = [str(netadmin), "--today", TODAY]
    rows = []
    for name, args in (("report coverage --format json (no map)", ["report", "coverage", "--format", "json"]),
                       ("report coverage --format svg (national map)", ["report", "coverage", "--format", "svg"]),
                       ("report coverage --format html (with the map)", ["report", "coverage", "--format", "html"]),
                       ("report region norrbotten --format svg", ["report", "region", "norrbotten", "--format",
                                                                  "svg"])):
        print(f"== bundled {name}", file=sys.stderr)
        median, cpu = wall_ms(base + args, runs)
        rss, code = peak_mb(base + args)
        rows.append({"name": name, "ms": median, "cpu": cpu, "mb": rss, "exit": code})
    lines = ["Coverage maps on the bundled registry:", "",
             "| command | wall median (ms) | CPU user+sys (ms) | peak RSS (MiB) |", "|---|---:|---:|---:|"]
    for r in rows:
        name = r["name"] + ("" if r["exit"] == 0 else f" (exit {r['exit']})")
        lines.append(f"| {name} | {fmt(r['ms'])} | {fmt(r['cpu'])} | {fmt(r['mb'])} |")
    return lines


def table(results):
    lines = ["| scale | command | wall median (ms) | CPU user+sys (ms) | peak RSS (MiB) | time / floor | time / python "
             "| CPU / floor | CPU / python | RSS / floor | RSS / disk | CPU growth vs previous scale |",
             "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    previous = {}
    for result in results:
        rows = {r["name"]: r for r in result["rows"]}
        floor, python = rows["floor: parse_floor"], rows["python: list_centres.py"]
        for r in result["rows"]:
            is_netadmin = not r["name"].startswith(("floor", "python")) and "version" not in r["name"]
            growth = None
            if r["name"] in previous and previous[r["name"]]["cpu"] > 0:
                growth = r["cpu"] / previous[r["name"]]["cpu"]
            name = r["name"] + ("" if r["exit"] == 0 else f" (exit {r['exit']})")
            lines.append("| " + " | ".join([
                f"{result['scale']}x", name, fmt(r["ms"]), fmt(r["cpu"]), fmt(r["mb"]),
                fmt(r["ms"] / floor["ms"], 2) if is_netadmin else "",
                fmt(r["ms"] / python["ms"], 2) if is_netadmin else "",
                fmt(r["cpu"] / floor["cpu"], 2) if is_netadmin else "",
                fmt(r["cpu"] / python["cpu"], 2) if is_netadmin else "",
                fmt(r["mb"] / floor["mb"], 2) if is_netadmin or r is python else "",
                fmt(r["mb"] / result["disk_mb"], 2) if result["disk_mb"] > 0 else "",
                (fmt(growth, 1) + "×") if growth is not None else ""]) + " |")
        previous = rows
    lines += ["", "Registry sizes (split in files of at most 1 MB; the whole variant has one file per region):", "",
              "| scale | on disk (MiB) | largest split file (KiB) | largest whole file (MiB) | list-centres whole: wall, CPU, RSS "
              "| floor whole: wall, CPU, RSS |", "|---:|---:|---:|---:|---:|---:|"]
    for result in results:
        lc, fl = result["whole"]
        lines.append(f"| {result['scale']}x | {result['disk_mb']:.1f} | {result['largest_kb']:.0f} | "
                     f"{result['whole_largest_mb']:.2f} | {lc['ms']:.1f} ms, {lc['cpu']:.1f} ms CPU, {lc['mb']:.1f} MiB | "
                     f"{fl['ms']:.1f} ms, {fl['cpu']:.1f} ms CPU, {fl['mb']:.1f} MiB |")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", default="1,10,100,1000", help="comma-separated scales (default 1,10,100,1000)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per command, at least 5")
    parser.add_argument("--build-dir", default=str(SOURCE / "build-bench"))
    parser.add_argument("--bundled-only", action="store_true", help="measure only the maps on the bundled registry")
    args = parser.parse_args()
    if args.runs < 5:
        parser.error("--runs must be at least 5")
    for tool in ("hyperfine", "cmake", "ninja"):
        if shutil.which(tool) is None:
            parser.error(f"{tool} is needed (Debian package {tool if tool != 'ninja' else 'ninja-build'})")
    build_dir = Path(args.build_dir).resolve()
    netadmin, floor = build(build_dir)
    OUT.mkdir(parents=True, exist_ok=True)
    scales = [int(s) for s in args.scales.split(",")]
    os.environ["NETADMIN_DATA_DIR"] = str(SOURCE / "data")
    os.environ.pop("NETADMIN_REGISTRY", None)
    header = machine(build_dir)
    results = []
    maps = bundled_maps(netadmin, args.runs)
    with tempfile.TemporaryDirectory() as tmp:
        for scale in ([] if args.bundled_only else scales):
            results.append(measure_scale(scale, netadmin, floor, args.runs, Path(tmp) / "state.db"))
            (OUT / "results.json").write_text(json.dumps({"machine": header, "results": results}, indent=1))
    text = "\n".join(header + [""] + (table(results) + [""] if results else []) + maps) + "\n"
    (OUT / "results.md").write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
