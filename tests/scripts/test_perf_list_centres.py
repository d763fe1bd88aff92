#!/usr/bin/env python3
"""The benchmark compares netadmin with a Python script that does the same
job (tests/perf/list_centres.py). The comparison is only fair if the output
is the same: byte for byte, on the bundled registry and on the generated 1x
registry (Swedish names, quotes, a formula-like name, every date form)."""

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def first_difference(a, b):
    for n, (x, y) in enumerate(zip(a.split(b"\r\n"), b.split(b"\r\n"))):
        if x != y:
            return f"line {n + 1}:\n  netadmin: {x!r}\n  python:   {y!r}"
    return f"lengths differ: {len(a)} and {len(b)} bytes"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    source = Path(args.source)
    env = dict(os.environ, NETADMIN_DATA_DIR=str(source / "data"), LANG="C.UTF-8")
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        generated = Path(tmp) / "registry"
        subprocess.run([sys.executable, str(source / "tests/perf/generate.py"), "--scale", "1", "--out",
                        str(generated)], check=True, env=env)
        for registry in (source / "data" / "registry", generated):
            ours = subprocess.run([args.netadmin, "--registry", str(registry), "list-centres", "--format", "csv"],
                                  capture_output=True, env=env)
            theirs = subprocess.run([sys.executable, str(source / "tests/perf/list_centres.py"), "--registry",
                                     str(registry), "--reference", str(source / "data" / "reference")],
                                    capture_output=True, env=env)
            if ours.returncode != 0 or theirs.returncode != 0:
                failures.append(f"{registry.name}: exit codes {ours.returncode} and {theirs.returncode}\n"
                                + (ours.stderr + theirs.stderr).decode())
            elif ours.stdout.count(b"\r\n") < 2:
                failures.append(f"{registry.name}: netadmin listed no centres")
            elif ours.stdout != theirs.stdout:
                failures.append(f"{registry.name}: outputs differ at {first_difference(ours.stdout, theirs.stdout)}")
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
