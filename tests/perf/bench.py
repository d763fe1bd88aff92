#!/usr/bin/env python3
"""The benchmark, run on demand (not part of ctest).

    tests/perf/bench.py [--scales 1,10,100,1000] [--runs 5] [--build-dir build-bench]
    tests/perf/bench.py --quick          scales 1,10, 3 runs

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
   Each read command is measured twice when the build has the snapshot
   cache: cold (--no-cache: parse and validate the TOML) and warm (the
   cache on and a valid snapshot present; hyperfine's warm-up run writes
   it). The cache lives in a temporary XDG_CACHE_HOME, one folder per
   registry, so the user's cache is never touched and the snapshot's size
   on disk can be reported. list-centres is also measured cold with
   --jobs 1 and --jobs 2 (parallel parsing against the single-threaded
   floor). Warm commands and --version take milliseconds, so hyperfine runs
   them for at least 3 seconds (and at least --runs times).
4. Prints markdown tables (and writes them to tests/perf/out/results.md)
   with the machine, compiler and flags, absolute figures, ratios to the
   floor and to the Python script, the growth from the previous scale, cold
   against warm, time per MiB, and each performance target of the snapshot
   cache with its measured value and whether it is met.
5. On the bundled registry (data/registry), measures the coverage maps: the
   national map (`report coverage --format svg`) against the same report
   without a map (`--format json`), so the difference is what the map costs;
   cold, like the earlier runs of this table. `--bundled-only` measures just
   these.
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
FLOOR = "floor: parse_floor"
PYTHON = "python: list_centres.py"
VERSION = "netadmin --version"
LIST = "list-centres --format csv"
# Differences of this much between runs are noise on a shared machine (docs/performance.md).
NOISE = 1.2


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


def folder_size(folder):
    """Bytes of every file under `folder` (the snapshot cache), 0 when it does not exist."""
    return sum(p.stat().st_size for p in Path(folder).rglob("*") if p.is_file())


class Netadmin:
    """The binary under test and what its --help says it can do."""

    def __init__(self, path):
        self.path = str(path)
        self.help = subprocess.run([self.path, "--help"], capture_output=True, text=True).stdout
        # Without the snapshot cache every run is cold, and there is no warm column.
        self.has_cache = "--no-cache" in self.help

    def has(self, word):
        return re.search(rf"^\s+{word}\s", self.help, re.MULTILINE) is not None

    def argv(self, reg, args, cold=True, jobs=None):
        cmd = [self.path, "--registry", str(reg), "--today", TODAY]
        if cold and self.has_cache:
            cmd.append("--no-cache")
        if jobs is not None:
            cmd += ["--jobs", str(jobs)]
        return cmd + args


def read_commands(netadmin, state):
    """(name, args) of the read commands measured cold and warm."""
    rows = [("check", ["check"]), (LIST, ["list-centres", "--format", "csv"])]
    # The later commands, when this build has them. remind never sends without --send: it only
    # previews what is due, and opens the state database (which does not exist here) read-only.
    optional = [("agenda", "agenda", ["agenda"]),
                ("report", "report coverage --format json", ["report", "coverage", "--format", "json"]),
                ("remind", "remind", ["--state", str(state), "remind"])]
    for word, name, args in optional:
        if netadmin.has(word):
            rows.append((name, args))
    return rows


def wall_ms(argv, runs, fast=False):
    """Median wall and mean CPU (ms) over hyperfine's runs; `fast` commands run for at least 3 s."""
    count = ["--min-runs", str(runs)] if fast else ["--runs", str(runs)]
    with tempfile.NamedTemporaryFile(suffix=".json") as result:
        subprocess.run(["hyperfine", "--shell=none", "--warmup", "1", *count, "--style", "none",
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


def measure(label, name, argv, runs, fast=False):
    print(f"== {label} {name}", file=sys.stderr)
    median, cpu = wall_ms(argv, runs, fast)
    rss, code = peak_mb(argv)
    return {"name": name, "ms": median, "cpu": cpu, "mb": rss, "exit": code}


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


def use_cache_dir(folder):
    """Points the cache at a fresh, empty `folder`: what the next warm-up run writes is all it holds."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    os.environ["XDG_CACHE_HOME"] = str(folder)
    return folder / "netadmin"


def measure_scale(scale, netadmin, floor, runs, tmp):
    reg = registry(scale, SPLIT_KB)
    whole = registry(scale, 0)
    reads = read_commands(netadmin, tmp / "state.db")
    label = f"{scale}x"
    snapshots = use_cache_dir(tmp / f"cache-{scale}x")

    # Cold: the rows of the main table, as before the cache (--no-cache when the build has it).
    rows = [measure(label, VERSION, [netadmin.path, "--version"], runs, fast=True)]
    rows += [measure(label + " cold", name, netadmin.argv(reg, args), runs) for name, args in reads]
    rows.append(measure(label, FLOOR, [str(floor), str(reg)], runs))
    rows.append(measure(label, PYTHON, [sys.executable, str(SOURCE / "tests/perf/list_centres.py"),
                                        "--registry", str(reg)], runs))
    jobs = {n: measure(label + " cold", f"{LIST} --jobs {n}",
                       netadmin.argv(reg, ["list-centres", "--format", "csv"], jobs=n), runs) for n in (1, 2)}
    cold_wrote = folder_size(snapshots) > 0

    # Warm: the same commands with the cache on; the warm-up run of the first writes the snapshot.
    warm, snapshot_mb, status = {}, None, ""
    if netadmin.has_cache:
        warm = {name: measure(label + " warm", name, netadmin.argv(reg, args, cold=False), runs, fast=True)
                for name, args in reads}
        snapshot_mb = folder_size(snapshots) / 2**20
        status = subprocess.run(netadmin.argv(reg, ["cache", "status"], cold=False), capture_output=True,
                                text=True).stdout
        # Less the line naming the folder: a temporary path, nothing to keep in the results.
        status = "\n".join(line for line in status.splitlines() if line.strip() and str(tmp) not in line)

    # One file per region: list-centres cold (default jobs and one thread), warm, and the floor.
    whole_snapshots = use_cache_dir(tmp / f"cache-{scale}x-whole")
    lc = ["list-centres", "--format", "csv"]
    extra = {"cold": measure(label + " whole cold", LIST, netadmin.argv(whole, lc), runs),
             "jobs1": measure(label + " whole cold", LIST + " --jobs 1", netadmin.argv(whole, lc, jobs=1), runs),
             "floor": measure(label + " whole", FLOOR, [str(floor), str(whole)], runs)}
    if netadmin.has_cache:
        extra["warm"] = measure(label + " whole warm", LIST, netadmin.argv(whole, lc, cold=False), runs, fast=True)
        extra["snapshot_mb"] = folder_size(whole_snapshots) / 2**20
    # Sizes in MiB and KiB, the units /usr/bin/time reports memory in.
    return {"scale": scale, "disk_mb": disk_size(reg) / 2**20, "largest_kb": largest_file(reg) / 2**10,
            "whole_disk_mb": disk_size(whole) / 2**20, "whole_largest_mb": largest_file(whole) / 2**20,
            "rows": rows, "warm": warm, "jobs": jobs, "snapshot_mb": snapshot_mb, "cold_wrote": cold_wrote,
            "cache_status": status, "whole": extra}


def bundled_maps(netadmin, runs):
    """The coverage maps on the bundled registry: wall and CPU per command."""
    base = [netadmin.path, "--today", TODAY] + (["--no-cache"] if netadmin.has_cache else [])
    rows = []
    for name, args in (("report coverage --format json (no map)", ["report", "coverage", "--format", "json"]),
                       ("report coverage --format svg (national map)", ["report", "coverage", "--format", "svg"]),
                       ("report coverage --format html (with the map)", ["report", "coverage", "--format", "html"]),
                       ("report region norrbotten --format svg", ["report", "region", "norrbotten", "--format",
                                                                  "svg"])):
        rows.append(measure("bundled", name, base + args, runs))
    lines = ["Coverage maps on the bundled registry" + (" (cold, --no-cache):" if netadmin.has_cache else ":"), "",
             "| command | wall median (ms) | CPU user+sys (ms) | peak RSS (MiB) |", "|---|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {named(r)} | {fmt(r['ms'])} | {fmt(r['cpu'])} | {fmt(r['mb'])} |")
    return lines


def named(row):
    return row["name"] + ("" if row["exit"] == 0 else f" (exit {row['exit']})")


def table(results, has_cache):
    lines = [("Cold (`--no-cache`): parse and validate the TOML on every run." if has_cache else
              "This build has no snapshot cache: every run parses the TOML."), "",
             "| scale | command | wall median (ms) | CPU user+sys (ms) | peak RSS (MiB) | time / floor | time / python "
             "| CPU / floor | CPU / python | RSS / floor | RSS / disk | CPU growth vs previous scale |",
             "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    previous = {}
    for result in results:
        rows = {r["name"]: r for r in result["rows"]}
        floor, python = rows[FLOOR], rows[PYTHON]
        for r in result["rows"]:
            is_netadmin = r["name"] not in (FLOOR, PYTHON, VERSION)
            growth = None
            if r["name"] in previous and previous[r["name"]]["cpu"] > 0:
                growth = r["cpu"] / previous[r["name"]]["cpu"]
            lines.append("| " + " | ".join([
                f"{result['scale']}x", named(r), fmt(r["ms"]), fmt(r["cpu"]), fmt(r["mb"]),
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
        lc, fl = result["whole"]["cold"], result["whole"]["floor"]
        lines.append(f"| {result['scale']}x | {result['disk_mb']:.1f} | {result['largest_kb']:.0f} | "
                     f"{result['whole_largest_mb']:.2f} | {lc['ms']:.1f} ms, {lc['cpu']:.1f} ms CPU, {lc['mb']:.1f} MiB | "
                     f"{fl['ms']:.1f} ms, {fl['cpu']:.1f} ms CPU, {fl['mb']:.1f} MiB |")
    return lines


def cold_warm_table(results):
    """Each read command cold and warm, the snapshot's size, and list-centres with --jobs 1 and 2."""
    lines = ["Cold (`--no-cache`) against warm (the cache on, a valid snapshot present):", "",
             "| scale | command | cold wall (ms) | cold RSS (MiB) | warm wall (ms) | warm CPU (ms) | warm RSS (MiB) "
             "| cold / warm | warm RSS / snapshot |", "|---:|---|---:|---:|---:|---:|---:|---:|---:|"]
    for result in results:
        scale, snapshot = f"{result['scale']}x", result["snapshot_mb"]
        for r in result["rows"]:
            if r["name"] in (FLOOR, PYTHON):
                continue
            w = result["warm"].get(r["name"])
            cells = [scale, named(r), fmt(r["ms"]), fmt(r["mb"])]
            if w is None:
                cells += ["", "", "", "", ""]
            else:
                cells += [fmt(w["ms"], 2) + ("" if w["exit"] == 0 else f" (exit {w['exit']})"), fmt(w["cpu"], 2),
                          fmt(w["mb"]), fmt(r["ms"] / w["ms"], 0) + "×",
                          fmt(w["mb"] / snapshot, 2) if snapshot else ""]
            lines.append("| " + " | ".join(cells) + " |")
        for r in result["jobs"].values():
            lines.append(f"| {scale} | {named(r)} | {fmt(r['ms'])} | {fmt(r['mb'])} |  |  |  |  |  |")
        whole = result["whole"]
        for key, label in (("cold", "whole: " + LIST), ("jobs1", "whole: " + LIST + " --jobs 1")):
            r, w = whole[key], whole.get("warm") if key == "cold" else None
            cells = [scale, label + ("" if r["exit"] == 0 else f" (exit {r['exit']})"), fmt(r["ms"]), fmt(r["mb"])]
            if w is None:
                cells += ["", "", "", "", ""]
            else:
                cells += [fmt(w["ms"], 2), fmt(w["cpu"], 2), fmt(w["mb"]), fmt(r["ms"] / w["ms"], 0) + "×",
                          fmt(w["mb"] / whole["snapshot_mb"], 2) if whole.get("snapshot_mb") else ""]
            lines.append("| " + " | ".join(cells) + " |")
    lines += ["", "Snapshot size on disk (everything under the bench's XDG_CACHE_HOME after the warm runs):", "",
              "| scale | registry (MiB) | snapshot (MiB) | snapshot / registry | whole: registry (MiB) "
              "| whole: snapshot (MiB) | `cache status` |", "|---:|---:|---:|---:|---:|---:|---|"]
    for result in results:
        snapshot, whole_snapshot = result["snapshot_mb"], result["whole"].get("snapshot_mb")
        # What `cache status` says, less the snapshot's file name (a hash).
        status = " / ".join(re.sub(r"\s*\S+\.snap\b", "", line.strip())
                            for line in result["cache_status"].splitlines()).replace("|", "\\|")
        if result["cold_wrote"]:
            status = "the cold runs wrote a snapshot; " + status
        lines.append(f"| {result['scale']}x | {result['disk_mb']:.1f} | {fmt(snapshot, 2)} | "
                     f"{fmt(snapshot / result['disk_mb'], 2) if snapshot else ''} | {result['whole_disk_mb']:.1f} | "
                     f"{fmt(whole_snapshot, 2)} | {status} |")
    return lines


def per_mib(results, mode, key):
    """{command: [`key` ("ms" wall or "cpu") per MiB of registry at each scale]}, cold or warm, split registry."""
    table = {}
    for result in results:
        rows = result["rows"] if mode == "cold" else result["warm"].values()
        for r in rows:
            if r["name"] not in (FLOOR, PYTHON, VERSION):
                table.setdefault(r["name"], []).append(r[key] / result["disk_mb"])
    return table


def worst_step(values):
    """The largest growth of time per MiB from one scale to the next (1.0: exactly linear)."""
    steps = [b / a for a, b in zip(values, values[1:]) if a > 0]
    return max(steps) if steps else None


def linearity_table(results, has_cache):
    scales = [f"{r['scale']}x" for r in results]
    lines = ["Time per MiB of registry (wall median / CPU user+sys, in ms per MiB on disk, split registry; linear "
             "growth keeps it flat or falling; the worst step is of CPU, which a busy machine disturbs less):", "",
             "| command | mode | " + " | ".join(f"{s} wall / CPU" for s in scales) + " | worst step (CPU) |",
             "|---|---|" + "---:|" * (len(scales) + 1)]
    for mode in ("cold", "warm") if has_cache else ("cold",):
        cpu = per_mib(results, mode, "cpu")
        for name, wall in per_mib(results, mode, "ms").items():
            step = worst_step(cpu[name])
            lines.append(f"| {name} | {mode} | " + " | ".join(f"{w:.2f} / {c:.2f}" for w, c in zip(wall, cpu[name])) +
                         f" | {fmt(step, 2) + '×' if step is not None else ''} |")
    return lines


def rows_of(result):
    return {r["name"]: r for r in result["rows"]}


def at_scales(by_scale, wanted):
    """The scales a target is judged at, or (the largest scale run, False) to show the value for information."""
    present = [s for s in wanted if s in by_scale]
    return [(s, True) for s in present] if present else [(max(by_scale), False)]


def verdict(ok, judged=True, wanted=""):
    if not judged:
        return f"not run (judged at {wanted})"
    return "met" if ok else "**missed**"


def targets(results, has_cache):
    """(target, measured, verdict) for each target of the snapshot cache."""
    res = {r["scale"]: r for r in results}
    out = []
    no_cache = "this build has no cache"

    # Warm 1x: every read command < 5 ms and within 2 ms of --version.
    name = "warm 1x: every read command < 5 ms and within 2 ms of `--version`"
    if not has_cache:
        out.append((name, "", no_cache))
    elif 1 not in res:
        out.append((name, "", "not run (needs scale 1)"))
    else:
        version, warm = rows_of(res[1])[VERSION]["ms"], res[1]["warm"].values()
        worst = max(warm, key=lambda w: w["ms"])
        ok = all(w["ms"] < 5 and w["ms"] - version <= 2 and w["exit"] == 0 for w in warm)
        out.append((name, f"slowest {named(worst)}: {worst['ms']:.2f} ms; `--version` {version:.2f} ms "
                          f"(+{worst['ms'] - version:.2f} ms)", verdict(ok)))

    # Warm list-centres at 100x and 1000x: at most 0.1 of the floor on the same files.
    for scale, judged in at_scales(res, (100, 1000)) if has_cache else []:
        w, floor = res[scale]["warm"][LIST], rows_of(res[scale])[FLOOR]
        ratio = w["ms"] / floor["ms"]
        out.append((f"warm {scale}x: list-centres ≤ 0.1× the floor", f"{w['ms']:.1f} ms / {floor['ms']:.1f} ms = "
                    f"{ratio:.3f}×", verdict(ratio <= 0.1 and w["exit"] == 0, judged, "100x, 1000x")))

    # Cold on the split registry at 10x and 100x: ≤ 1.0× the floor; per core used ≤ 1.3×.
    for scale, judged in at_scales(res, (10, 100)):
        rows, jobs = rows_of(res[scale]), res[scale]["jobs"]
        floor = rows[FLOOR]
        reads = [r for r in res[scale]["rows"] if r["name"] not in (FLOOR, PYTHON, VERSION)]
        worst = max(reads, key=lambda r: r["ms"])
        out.append((f"cold {scale}x split: every read command ≤ 1.0× the floor (default jobs)",
                    f"slowest {named(worst)} {worst['ms'] / floor['ms']:.2f}×"
                    + (f", list-centres {rows[LIST]['ms'] / floor['ms']:.2f}×" if worst is not rows[LIST] else "")
                    + f" (floor {floor['ms']:.1f} ms)",
                    verdict(worst["ms"] <= floor["ms"] and all(r["exit"] == 0 for r in reads), judged, "10x, 100x")))
        j1, j2 = jobs[1], jobs[2]
        out.append((f"cold {scale}x split: list-centres `--jobs 2` × 2 / floor ≤ 1.3 (per core)",
                    f"{j2['ms']:.1f} ms × 2 / {floor['ms']:.1f} ms = {j2['ms'] * 2 / floor['ms']:.2f} "
                    f"(CPU {j2['cpu'] / floor['cpu']:.2f}× the floor's)",
                    verdict(j2["ms"] * 2 / floor["ms"] <= 1.3 and j2["exit"] == 0, judged, "10x, 100x")))
        out.append((f"cold {scale}x split: list-centres `--jobs 1` / floor (reported)",
                    f"{j1['ms']:.1f} ms / {floor['ms']:.1f} ms = {j1['ms'] / floor['ms']:.2f}× "
                    f"(CPU {j1['cpu'] / floor['cpu']:.2f}×)",
                    "reported" if judged else "not run (judged at 10x, 100x)"))

    # Cold, one file per region, the largest scale run: ≤ 1.3× the floor's time, ≤ 1.2× its memory.
    top = res[max(res)]
    whole = top["whole"]
    lc, j1, floor = whole["cold"], whole["jobs1"], whole["floor"]
    out.append((f"cold whole ({top['scale']}x, {300 * top['scale']:,} centres, largest file "
                f"{top['whole_largest_mb']:.2f} MiB): list-centres ≤ 1.3× the floor's time",
                f"{lc['ms']:.1f} ms / {floor['ms']:.1f} ms = {lc['ms'] / floor['ms']:.2f}× "
                f"(`--jobs 1`: {j1['ms'] / floor['ms']:.2f}×)",
                verdict(lc["ms"] <= 1.3 * floor["ms"] and lc["exit"] == 0)))
    out.append((f"cold whole ({top['scale']}x): list-centres peak RSS ≤ 1.2× the floor's",
                f"{lc['mb']:.1f} MiB / {floor['mb']:.1f} MiB = {lc['mb'] / floor['mb']:.2f}× "
                f"(`--jobs 1`: {j1['mb'] / floor['mb']:.2f}×)", verdict(lc["mb"] <= 1.2 * floor["mb"])))

    # Memory: cold ≤ 2.5× the registry on disk at 100x and 1000x; warm against the snapshot, reported.
    for scale, judged in at_scales(res, (100, 1000)):
        reads = [r for r in res[scale]["rows"] if r["name"] not in (FLOOR, PYTHON, VERSION)]
        worst = max(reads, key=lambda r: r["mb"])
        out.append((f"cold {scale}x split: peak RSS ≤ 2.5× the registry on disk",
                    f"largest {named(worst)} {worst['mb']:.1f} MiB / {res[scale]['disk_mb']:.1f} MiB = "
                    f"{worst['mb'] / res[scale]['disk_mb']:.2f}×",
                    verdict(worst["mb"] <= 2.5 * res[scale]["disk_mb"], judged, "100x, 1000x")))
    for scale, result in res.items() if has_cache else []:
        if result["warm"] and result["snapshot_mb"]:
            worst = max(result["warm"].values(), key=lambda r: r["mb"])
            out.append((f"warm {scale}x: peak RSS against the snapshot's size (reported)",
                        f"largest {named(worst)} {worst['mb']:.1f} MiB / snapshot {result['snapshot_mb']:.2f} MiB = "
                        f"{worst['mb'] / result['snapshot_mb']:.2f}×", "reported"))

    # Against the Python script at 10x: ≥ 5× faster cold, ≥ 50× warm.
    for scale, judged in at_scales(res, (10,)):
        python, lc = rows_of(res[scale])[PYTHON], rows_of(res[scale])[LIST]
        out.append((f"cold {scale}x: list-centres ≥ 5× faster than Python", f"{python['ms']:.1f} ms / "
                    f"{lc['ms']:.1f} ms = {python['ms'] / lc['ms']:.1f}×",
                    verdict(python["ms"] >= 5 * lc["ms"] and lc["exit"] == 0, judged, "10x")))
        if has_cache:
            w = res[scale]["warm"][LIST]
            out.append((f"warm {scale}x: list-centres ≥ 50× faster than Python", f"{python['ms']:.1f} ms / "
                        f"{w['ms']:.2f} ms = {python['ms'] / w['ms']:.0f}×",
                        verdict(python["ms"] >= 50 * w["ms"] and w["exit"] == 0, judged, "10x")))

    # Linearity: time per MiB from 1x to the largest scale, no step growing by more than the noise.
    span = f"{min(res)}x to {max(res)}x"
    for mode in ("cold", "warm") if has_cache else ("cold",):
        steps = {name: worst_step(values) for name, values in per_mib(results, mode, "cpu").items()}
        steps = {name: step for name, step in steps.items() if step is not None}
        if not steps:
            out.append((f"linear, {mode}: time per MiB does not grow", "", "not run (needs two scales)"))
            continue
        name = max(steps, key=steps.get)
        out.append((f"linear, {mode}, {span}: CPU per MiB grows by at most {NOISE}× a step (noise)",
                    f"worst step {name} {steps[name]:.2f}× (table above)", verdict(round(steps[name], 2) <= NOISE)))
    return out


def targets_table(results, has_cache):
    lines = ["Targets of the snapshot cache (wall medians; \"not run\" rows show the value at the largest scale "
             "run, for information):", "", "| target | measured | |", "|---|---|---|"]
    lines += [f"| {t} | {m} | {v} |" for t, m, v in targets(results, has_cache)]
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", help="comma-separated scales (default 1,10,100,1000; 1,10 with --quick)")
    parser.add_argument("--runs", type=int, help="timed runs per command, at least 3 (default 5; 3 with --quick)")
    parser.add_argument("--build-dir", default=str(SOURCE / "build-bench"))
    parser.add_argument("--bundled-only", action="store_true", help="measure only the maps on the bundled registry")
    parser.add_argument("--quick", action="store_true", help="a first look: scales 1,10 and 3 runs")
    args = parser.parse_args()
    scales_text = args.scales or ("1,10" if args.quick else "1,10,100,1000")
    runs = args.runs or (3 if args.quick else 5)
    if runs < 3:
        parser.error("--runs must be at least 3")
    try:
        scales = sorted({int(s) for s in scales_text.split(",")})
    except ValueError:
        parser.error(f"--scales: whole numbers separated by commas, not {scales_text!r}")
    for tool in ("hyperfine", "cmake", "ninja"):
        if shutil.which(tool) is None:
            parser.error(f"{tool} is needed (Debian package {tool if tool != 'ninja' else 'ninja-build'})")
    build_dir = Path(args.build_dir).resolve()
    netadmin_path, floor = build(build_dir)
    netadmin = Netadmin(netadmin_path)
    OUT.mkdir(parents=True, exist_ok=True)
    os.environ["NETADMIN_DATA_DIR"] = str(SOURCE / "data")
    # What the user set must not change what is measured: the default jobs, the cache as each row says.
    for name in ("NETADMIN_REGISTRY", "NETADMIN_JOBS", "NETADMIN_CACHE"):
        os.environ.pop(name, None)
    header = machine(build_dir)
    if not netadmin.has_cache:
        print("== this build has no --no-cache: measuring cold only", file=sys.stderr)
    results = []
    # Every snapshot goes to this run's own XDG_CACHE_HOME, never to the user's.
    with tempfile.TemporaryDirectory(prefix="netadmin-bench-") as tmp:
        use_cache_dir(Path(tmp) / "cache-bundled")
        maps = bundled_maps(netadmin, runs)
        for scale in ([] if args.bundled_only else scales):
            results.append(measure_scale(scale, netadmin, floor, runs, Path(tmp)))
            (OUT / "results.json").write_text(json.dumps({"machine": header, "results": results}, indent=1))
    sections = []
    if results:
        sections += table(results, netadmin.has_cache) + [""]
        if netadmin.has_cache:
            sections += cold_warm_table(results) + [""]
        sections += linearity_table(results, netadmin.has_cache) + [""]
        sections += targets_table(results, netadmin.has_cache) + [""]
    text = "\n".join(header + [""] + sections + maps) + "\n"
    (OUT / "results.md").write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
