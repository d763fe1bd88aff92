#!/usr/bin/env python3
"""`cpack -G DEB` builds a package Debian's tools accept, and it runs.

Builds the .deb from the build tree of the binary under test, then checks:
lintian reports no error; the dependencies are what dpkg-shlibdeps found
(the C library, nothing else for the self-contained build); the data is in
/usr/share/netadmin with the man page and the completions beside it; and
the binary unpacked from it runs `list-centres` and `check` on its own data.

    test_deb_package.py --netadmin BIN --source SRC_DIR
"""
import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)


def run(*words, **kwargs):
    return subprocess.run(words, capture_output=True, text=True, **kwargs)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    build = Path(args.netadmin).resolve().parent.parent
    if "libasan" in run("ldd", args.netadmin).stdout:
        print("skipped: a sanitizer build is not packaged (the release build's test checks the package)")
        return 77
    with tempfile.TemporaryDirectory() as tmp:
        done = run("cpack", "-G", "DEB", "-B", tmp, cwd=build)
        packages = list(Path(tmp).glob("netadmin_*.deb"))
        if done.returncode != 0 or len(packages) != 1:
            print(f"cpack failed: {done.stdout}{done.stderr}")
            return 1
        deb = packages[0]

        lintian = run("lintian", "--no-tag-display-limit", str(deb))
        errors = [line for line in lintian.stdout.splitlines() if line.startswith("E:")]
        check(lintian.returncode == 0 and not errors, f"lintian: {lintian.returncode}\n{lintian.stdout}")

        depends = run("dpkg-deb", "-f", str(deb), "Depends").stdout.strip()
        static = "libstdc++" not in run("ldd", args.netadmin).stdout
        if static:
            check(depends.startswith("libc6 (") and "," not in depends, f"Depends: {depends}")
        contents = run("dpkg-deb", "-c", str(deb)).stdout
        for path in ("./usr/bin/netadmin", "./usr/share/netadmin/registry/", "./usr/share/netadmin/reference/",
                     "./usr/share/man/man1/netadmin.1.gz", "./usr/share/bash-completion/completions/netadmin",
                     "./usr/share/zsh/vendor-completions/_netadmin", "./usr/share/doc/netadmin/copyright"):
            check(path in contents, f"the package has no {path}")

        root = Path(tmp) / "root"
        check(run("dpkg-deb", "-x", str(deb), str(root)).returncode == 0, "dpkg-deb -x failed")
        env = {k: v for k, v in os.environ.items() if not k.startswith("NETADMIN_")}
        binary = str(root / "usr" / "bin" / "netadmin")
        centres = run(binary, "list-centres", "--format", "csv", env=env, cwd=tmp)
        check(centres.returncode == 0 and "kalix-familjecentral" in centres.stdout,
              f"unpacked list-centres: {centres.returncode} {centres.stderr}")
        checked = run(binary, "check", env=env, cwd=tmp)
        check(checked.returncode == 0, f"unpacked check: {checked.returncode} {checked.stderr}")
    for failure in FAILURES:
        print(failure)
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
