#!/usr/bin/env python3
"""Every registered test runs a program that exists, named by its path.

A test whose command starts with an empty CMake variable (an interpreter
the build never looked for) would run the script itself and pass only
through its shebang, with whatever python3 is first on the PATH. The
build directory is the one the tested binary was built in.

    test_ctest_interpreters.py --netadmin BIN --source SRC_DIR
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    build = Path(args.netadmin).resolve().parent.parent
    ctest = shutil.which("ctest")
    if ctest is None or not (build / "CTestTestfile.cmake").exists():
        print("no ctest or no build directory beside the binary", file=sys.stderr)
        return 77
    listing = subprocess.run([ctest, "--show-only=json-v1"], cwd=build, capture_output=True, text=True, check=True)
    tests = json.loads(listing.stdout)["tests"]
    failures = []
    for test in tests:
        command = test.get("command", [])
        program = command[0] if command else ""
        if not os.path.isabs(program) or not os.access(program, os.X_OK):
            failures.append(f"{test['name']}: runs {program!r}, not an executable named by its path")
        elif program.endswith(".py"):
            failures.append(f"{test['name']}: runs the script {program} itself, not an interpreter")
    groups = {t["name"].split(":")[0] for t in tests}
    for group in ("e2e", "errors", "script"):
        if group not in groups:
            failures.append(f"no '{group}:' test is registered")
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
