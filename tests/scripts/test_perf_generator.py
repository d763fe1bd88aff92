#!/usr/bin/env python3
"""The benchmark's registry generator writes valid registries: `netadmin check`
accepts the 1x registry both as one file per region and split into small
files, the split changes nothing netadmin lists, and a second run writes the
same bytes (fixed seed)."""

import argparse
import filecmp
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def run(cmd, env):
    return subprocess.run(cmd, capture_output=True, env=env)


def same_tree(a, b):
    compared = filecmp.dircmp(a, b)
    if compared.left_only or compared.right_only or compared.diff_files or compared.funny_files:
        return False
    return all(same_tree(Path(a) / d, Path(b) / d) for d in compared.common_dirs)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    source = Path(args.source)
    env = dict(os.environ, NETADMIN_DATA_DIR=str(source / "data"), LANG="C.UTF-8")
    env.pop("NETADMIN_REGISTRY", None)
    generate = [sys.executable, str(source / "tests/perf/generate.py"), "--scale", "1"]
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        whole, split, again = Path(tmp) / "whole", Path(tmp) / "split", Path(tmp) / "again"
        for out, extra in ((whole, []), (split, ["--split", "20"]), (again, [])):
            done = run(generate + ["--out", str(out)] + extra, env)
            if done.returncode != 0:
                print(f"generate.py {' '.join(extra)} failed:\n{done.stderr.decode()}")
                return 1
        if not same_tree(whole, again):
            failures.append("two runs of generate.py wrote different files")
        if len(list(split.rglob("*.toml"))) <= len(list(whole.rglob("*.toml"))):
            failures.append("--split 20 did not write more files than one per region")
        too_big = [p for p in split.rglob("*.toml") if p.stat().st_size > 20_000]
        if too_big:
            failures.append(f"--split 20 wrote files over 20 kB: {too_big[:3]}")
        listings = []
        for registry in (whole, split):
            check = run([args.netadmin, "--registry", str(registry), "check"], env)
            if check.returncode != 0:
                failures.append(f"netadmin check rejects {registry.name}:\n"
                                + (check.stdout + check.stderr).decode()[:3000])
            listing = run([args.netadmin, "--registry", str(registry), "list-centres", "--format", "csv"], env)
            listings.append(listing.stdout)
            rows = listing.stdout.count(b"\r\n") - 1
            if rows != 300:
                failures.append(f"{registry.name}: expected 300 centres at 1x, listed {rows}")
        if listings[0] != listings[1]:
            failures.append("the split registry lists other centres than the whole one")
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
