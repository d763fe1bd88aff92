#!/usr/bin/env python3
"""What `cmake --install` puts into an empty prefix works as installed.

- bin/netadmin runs and finds its data in share/netadmin;
- share/man/man1/netadmin.1.gz renders with `man -l`, and groff -ww has
  nothing to warn about; it documents every command in --help;
- the bash completion, loaded by a bash script (completion.bash), completes
  commands (`netadmin li<TAB>`), ids (`netadmin show kal<TAB>`), options,
  --format values and region and programme ids;
- the zsh completion parses and completes the same, when zsh is installed.

    test_installed.py --netadmin BIN --source SRC_DIR
"""
import argparse
import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)


def complete(source, prefix, *words):
    done = subprocess.run(["bash", str(source / "tests" / "scripts" / "completion.bash"), str(prefix), *words],
                          capture_output=True, text=True, env=dict(os.environ, LANG="C"))
    check(done.returncode == 0, f"completing {words}: {done.stderr}")
    return done.stdout.split()


# zsh's compadd filters by what was typed; here it prints what it is given
# and the filtering is done below, so the function runs outside compsys.
ZSH_DRIVER = """
compadd() { if [[ $1 == -a ]]; then print -l ${(P)2}; else shift $(( ${@[(i)--]} )); print -l "$@"; fi }
_files() { }
eval "$(sed '$d' "$1")"
shift
words=("$@"); CURRENT=$#
_netadmin
"""


def zsh_complete(prefix, zsh_file, *words):
    done = subprocess.run(["zsh", "-c", ZSH_DRIVER, "zsh", str(zsh_file), *words], capture_output=True, text=True,
                          env=dict(os.environ, PATH=f"{prefix / 'bin'}:{os.environ['PATH']}"))
    check(done.returncode == 0, f"zsh completing {words}: {done.stderr}")
    return sorted(w for w in done.stdout.split() if w.startswith(words[-1]))


def check_man(prefix, netadmin):
    page = prefix / "share" / "man" / "man1" / "netadmin.1.gz"
    check(page.is_file(), "no share/man/man1/netadmin.1.gz")
    if not page.is_file():
        return
    roff = gzip.decompress(page.read_bytes())
    groff = subprocess.run(["groff", "-ww", "-z", "-k", "-man", "-Tutf8"], input=roff, capture_output=True)
    check(groff.returncode == 0 and groff.stderr == b"", f"groff -ww warns: {groff.stderr.decode()}")
    man = subprocess.run(["man", "-l", str(page)], capture_output=True, text=True,
                         env=dict(os.environ, MANWIDTH="80", MANPAGER="cat", PAGER="cat", LANG="C.UTF-8"))
    check(man.returncode == 0 and man.stderr == "", f"man -l: {man.returncode} {man.stderr}")
    help_text = subprocess.run([netadmin, "--help"], capture_output=True, text=True).stdout
    for name in re.findall(r"^  ([a-z][a-z-]+) ", help_text.split("Subcommands:")[1], re.M):
        check(f"netadmin {name}" in man.stdout, f"the man page does not document '{name}'")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    source = Path(args.source).resolve()
    build = Path(args.netadmin).resolve().parent.parent
    with tempfile.TemporaryDirectory() as tmp:
        prefix = Path(tmp) / "prefix"
        done = subprocess.run(["cmake", "--install", str(build), "--prefix", str(prefix)], capture_output=True,
                              text=True)
        if done.returncode != 0:
            print(f"cmake --install failed: {done.stdout}{done.stderr}")
            return 1
        env = {k: v for k, v in os.environ.items() if not k.startswith("NETADMIN_")}
        run = subprocess.run([str(prefix / "bin" / "netadmin"), "list-regions", "--format", "csv"],
                             capture_output=True, text=True, env=env, cwd=tmp)
        check(run.returncode == 0 and "norrbotten" in run.stdout, f"installed list-regions: {run.stderr}")
        check_man(prefix, str(prefix / "bin" / "netadmin"))

        check(complete(source, prefix, "netadmin", "li") ==
              ["list-centres", "list-contacts", "list-meetings", "list-networks", "list-organisations",
               "list-programmes", "list-regions", "list-sources", "list-venues"], "netadmin li<TAB>")
        check(complete(source, prefix, "netadmin", "show", "kal") == ["kalix-familjecentral", "kalix-kommun"],
              "netadmin show kal<TAB>")
        check(complete(source, prefix, "netadmin", "list-centres", "--format", "") == ["csv", "json", "markdown",
                                                                                      "table"], "--format <TAB>")
        check(complete(source, prefix, "netadmin", "list-contacts", "--format", "v") == ["vcard"], "--format v<TAB>")
        check(complete(source, prefix, "netadmin", "agenda", "--region", "n") == ["norrbotten"], "--region n<TAB>")
        check(complete(source, prefix, "netadmin", "report", "programme", "f") == ["familjecentraldialogen"],
              "report programme f<TAB>")
        check(complete(source, prefix, "netadmin", "report", "r") == ["region"], "report r<TAB>")
        check(complete(source, prefix, "netadmin", "list-centres", "--na") == ["--name"], "--na<TAB>")
        contacts = str(source / "tests" / "fixtures" / "contacts")
        check(complete(source, prefix, "netadmin", "--registry", contacts, "show", "ka") == ["karin-lund"],
              "ids of the registry given with --registry")

        zsh_file = prefix / "share" / "zsh" / "vendor-completions" / "_netadmin"
        check(zsh_file.is_file(), "no zsh completion installed")
        if shutil.which("zsh") and zsh_file.is_file():
            parsed = subprocess.run(["zsh", "-n", str(zsh_file)], capture_output=True, text=True)
            check(parsed.returncode == 0, f"zsh -n: {parsed.stderr}")
            check(zsh_complete(prefix, zsh_file, "netadmin", "li")[:2] == ["list-centres", "list-contacts"],
                  "zsh: netadmin li<TAB>")
            check(zsh_complete(prefix, zsh_file, "netadmin", "show", "kal") == ["kalix-familjecentral",
                                                                                "kalix-kommun"],
                  "zsh: netadmin show kal<TAB>")
    for failure in FAILURES:
        print(failure)
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
