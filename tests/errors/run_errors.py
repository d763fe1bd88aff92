#!/usr/bin/env python3
"""Runs one broken-registry case: `netadmin --registry CASE check`.

Each case is a directory tests/errors/CASE/ holding the registry (one or
more .toml files, or whatever odd entries the case is about) and

    expected.stderr   exactly what `check` must print on standard error
    expected.status   its exit status (1 for data errors)

The command runs with tests/errors/ as the working directory, LANG=C and
an empty environment otherwise, so paths in messages read CASE/file.toml.

A case may hold generate.py: it is run first as `python3 generate.py DIR`
and must write the registry into DIR (a temporary directory named after the
case, outside the source tree, removed afterwards). That is how cases too big to commit (a 100 MB
string, a million keys) or impossible to commit (a FIFO, a dangling
symlink, a symlink loop) are made at test time. Such a case keeps its
expected files in its own directory as usual.

    run_errors.py --netadmin BIN CASE_DIR [--update]

A case holding a file `lang` runs with LANG set to what it holds (say
sv_SE.UTF-8), to pin the messages in that language.

A case holding a file needs-non-root runs netadmin as an ordinary user:
root reads a file of mode 000, so such a case shows nothing as root. When
the runner is root, netadmin runs as nobody (uid 65534); if nobody cannot
run the binary (it sits in a directory only root may enter), the case is
skipped with exit status 77.

--update writes what netadmin printed now into the expected files: read
them before committing.
"""
import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ERRORS = Path(__file__).resolve().parent
TIMEOUT_SECONDS = 1200  # the generated cases are slow under the sanitizers
SKIPPED = 77
NOBODY = 65534


def prepare(case):
    """Returns (working directory, registry name in it, cleanup function)."""
    generator = case / "generate.py"
    if not generator.exists():
        return ERRORS, case.name, lambda: None
    # A temporary parent, so that messages name the registry CASE/... as for
    # the committed cases.
    parent = Path(tempfile.mkdtemp(prefix="netadmin-errors-"))
    (parent / case.name).mkdir()
    subprocess.run([sys.executable, str(generator), str(parent / case.name)], check=True)
    return parent, case.name, lambda: shutil.rmtree(parent, ignore_errors=True)


def ordinary_user(case):
    """The uid to run a needs-non-root case as, or None to run as ourselves."""
    if not (case / "needs-non-root").exists() or os.geteuid() != 0:
        return None
    return NOBODY


def language(case):
    """LANG for the case: C, or what its file `lang` holds."""
    chosen = case / "lang"
    return chosen.read_text().strip() if chosen.exists() else "C"


def can_run_as(user, netadmin):
    result = subprocess.run([netadmin, "--version"], user=user, group=user, stdin=subprocess.DEVNULL,
                            capture_output=True, check=False)
    return result.returncode == 0


def run(netadmin, case, user):
    cwd, registry, cleanup = prepare(case)
    if user is not None:
        os.chmod(cwd, 0o755)  # mkdtemp makes it 0700: let the ordinary user in
    env = {"LANG": language(case), "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "TZ": "UTC", "NO_COLOR": "1"}
    for name in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
        if name in os.environ:
            env[name] = os.environ[name]
    try:
        started = time.monotonic()
        result = subprocess.run([netadmin, "--registry", registry, "check"], cwd=cwd, env=env,
                                stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT_SECONDS,
                                user=user, group=user)
        elapsed = time.monotonic() - started
    finally:
        cleanup()
    stderr = result.stderr.decode("utf-8", errors="backslashreplace")
    return stderr, result.returncode, result.stdout.decode("utf-8", errors="backslashreplace"), elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--update", action="store_true")
    parser.add_argument("case")
    args = parser.parse_args()
    case = Path(args.case).resolve()
    netadmin = str(Path(args.netadmin).resolve())

    user = ordinary_user(case)
    if user is not None and not can_run_as(user, netadmin):
        print(f"{case.name}: skipped, uid {user} cannot run {netadmin} (the case needs an ordinary user)")
        return SKIPPED
    stderr, status, stdout, elapsed = run(netadmin, case, user)
    print(f"{case.name}: exit {status} in {elapsed:.2f} s")
    expected_stderr_file = case / "expected.stderr"
    expected_status_file = case / "expected.status"
    if args.update:
        expected_stderr_file.write_bytes(stderr.encode("utf-8"))
        expected_status_file.write_text(f"{status}\n")
        print(stderr, end="")
        return 0

    failed = False
    if stdout:
        print("check printed on standard output (it must not):\n" + stdout)
        failed = True
    # Bytes, not read_text(): universal newlines would hide a stray CR.
    expected_stderr = expected_stderr_file.read_bytes().decode("utf-8")
    if stderr != expected_stderr:
        print("standard error differs (--- expected, +++ actual):")
        sys.stdout.writelines(difflib.unified_diff(expected_stderr.splitlines(True), stderr.splitlines(True),
                                                   "expected.stderr", "actual"))
        failed = True
    expected_status = int(expected_status_file.read_text().strip())
    if status != expected_status:
        print(f"exit status {status}, expected {expected_status}")
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
