#!/usr/bin/env python3
"""What `cmake --install` puts into an empty prefix works as installed.

- bin/netadmin runs and finds its data in share/netadmin;
- share/man/man1/netadmin.1.gz and share/man/sv/man1/netadmin.1.gz render
  with `man -l`, and groff -ww has nothing to warn about; each documents
  every command once, in its own language's sections, and every variable
  netadmin reads; `man -L sv` finds the Swedish one;
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


# Every variable netadmin reads, which both pages must explain.
ENVIRONMENT = ["NETADMIN_REGISTRY", "NETADMIN_STATE", "NETADMIN_JOBS", "NETADMIN_CACHE", "NETADMIN_DATA_DIR",
               "NETADMIN_NOW", "XDG_STATE_HOME", "XDG_CACHE_HOME", "LC_ALL", "LANG", "NO_COLOR"]
# Section headings of each page, and words of the other language it must not have.
HEADINGS = {
    "en": (["NAME", "SYNOPSIS", "DESCRIPTION", "GLOBAL OPTIONS", "COMMANDS", "EXIT STATUS", "ENVIRONMENT", "FILES",
            "EXAMPLES", "SEE ALSO"], ["KOMMANDON", "FLAGGOR"]),
    "sv": (["NAMN", "SYNOPSIS", "BESKRIVNING", "GLOBALA FLAGGOR", "KOMMANDON", "SLUTSTATUS", "MILJÖ", "FILER",
            "EXEMPEL", "SE ÄVEN"], ["OPTIONS", "COMMANDS", "Usage", "REQUIRED", "TEXT"]),
}


def leaf_commands(netadmin, path=()):
    """Every command that runs something, as "state prune", from --help."""
    text = subprocess.run([netadmin, *path, "--help", "--lang", "en"], capture_output=True, text=True).stdout
    if "Subcommands:" not in text:
        return [" ".join(path)]
    out = [" ".join(path)] if path and re.search(r"^Positionals:|^Options:\n  -[^h]", text, re.M) else []
    for name in re.findall(r"^  ([a-z][a-z-]+) ", text.split("Subcommands:")[1], re.M):
        out += leaf_commands(netadmin, (*path, name))
    return out


def check_man(prefix, netadmin, language):
    folder = "man1" if language == "en" else f"{language}/man1"
    page = prefix / "share" / "man" / folder / "netadmin.1.gz"
    check(page.is_file(), f"no share/man/{folder}/netadmin.1.gz")
    if not page.is_file():
        return
    roff = gzip.decompress(page.read_bytes())
    groff = subprocess.run(["groff", "-ww", "-z", "-k", "-man", "-Tutf8"], input=roff, capture_output=True)
    check(groff.returncode == 0 and groff.stderr == b"", f"{language}: groff -ww warns: {groff.stderr.decode()}")
    man = subprocess.run(["man", "-l", str(page)], capture_output=True, text=True,
                         env=dict(os.environ, MANWIDTH="80", MANPAGER="cat", PAGER="cat", LANG="C.UTF-8"))
    check(man.returncode == 0 and man.stderr == "", f"{language}: man -l: {man.returncode} {man.stderr}")
    headings = re.findall(r"^([A-ZÅÄÖ][A-ZÅÄÖ ]+)$", man.stdout, re.M)
    wanted, foreign = HEADINGS[language]
    check(headings == wanted, f"{language}: the sections are {headings}")
    for word in foreign:
        check(not re.search(rf"\b{word}\b", man.stdout), f"{language}: the page says '{word}'")
    # Each command once: its synopsis line opens with "netadmin COMMAND".
    synopses = [line for line in roff.decode().split("\n") if line.startswith(".SS")]
    for command in leaf_commands(netadmin):
        plain = command.replace("-", "\\-")
        found = [line for line in synopses if re.match(rf'\.SS "netadmin {re.escape(plain)}( |")', line)]
        check(len(found) == 1, f"{language}: 'netadmin {command}' is on the page {len(found)} times")
    environment = man.stdout.split("\n" + wanted[6] + "\n")[-1].split("\n" + wanted[7] + "\n")[0]
    for variable in ENVIRONMENT:
        check(re.search(rf"\b{variable}\b", environment), f"{language}: {variable} is not explained")


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
        for language in ("en", "sv"):
            check_man(prefix, str(prefix / "bin" / "netadmin"), language)
        # man finds the Swedish page for a Swedish reader.
        sv = subprocess.run(["man", "-L", "sv", "netadmin"], capture_output=True, text=True,
                            env=dict(os.environ, MANPATH=str(prefix / "share" / "man"), MANWIDTH="80", MANPAGER="cat",
                                     PAGER="cat"))
        check(sv.returncode == 0 and "KOMMANDON" in sv.stdout, f"man -L sv netadmin: {sv.returncode} {sv.stderr}")

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
