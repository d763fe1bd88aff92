#!/usr/bin/env python3
"""Every command's --help under --lang sv speaks Swedish: none of CLI11's own
words ("Usage:", "Options:", "Subcommands:", "Positionals:", "TEXT",
"REQUIRED"), and its columns line up by what a terminal shows. Command-line
errors that CLI11 words itself are the catalogue's in both languages."""

import argparse
import subprocess
import sys
import unicodedata

ENGLISH = ["Usage:", "Options:", "Subcommands:", "Positionals:", "REQUIRED", " TEXT", "[OPTIONS]",
           "SUBCOMMAND", "Print this help", "Display program version", "Could not convert",
           "not expected", "not in range", "excludes", "is required"]
FAILURES = []


def width(text):
    return sum(0 if unicodedata.combining(c) else 1 for c in text)


def run(netadmin, words, lang="sv"):
    return subprocess.run([netadmin, "--lang", lang, *words], capture_output=True, text=True)


def commands(netadmin, path=()):
    """Every command path, found by reading the Swedish help's command lists."""
    text = run(netadmin, [*path, "--help"]).stdout
    found = [path]
    if "\nKommandon:\n" not in text:
        return found
    block = text.split("\nKommandon:\n", 1)[1].split("\n\n", 1)[0]
    for line in block.splitlines():
        if line.startswith("  ") and not line.startswith("   "):
            found += commands(netadmin, (*path, line.split()[0]))
    return found


def check_columns(name, text):
    """Within each block of rows, every description starts in one column."""
    for block in text.split("\n\n"):
        starts = set()
        for line in block.splitlines():
            if not line.startswith("  ") or line.startswith("   "):
                continue
            cells = line[2:].split("  ", 1)
            if len(cells) == 2 and cells[1].strip():
                head = "  " + cells[0]
                rest = cells[1]
                starts.add(width(head) + 2 + (len(rest) - len(rest.lstrip(" "))))
        if len(starts) > 1:
            FAILURES.append(f"{name}: columns do not line up ({sorted(starts)}):\n{block}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()

    paths = commands(args.netadmin)
    if len(paths) < 30:
        FAILURES.append(f"found only {len(paths)} commands in the Swedish help")
    for path in paths:
        name = " ".join(("netadmin", *path))
        done = run(args.netadmin, [*path, "--help"])
        if done.returncode != 0:
            FAILURES.append(f"{name} --help: exit {done.returncode}")
        for word in ENGLISH:
            if word in done.stdout:
                FAILURES.append(f"{name} --help --lang sv shows '{word.strip()}'")
        if "Användning: " not in done.stdout:
            FAILURES.append(f"{name} --help --lang sv has no 'Användning:'")
        check_columns(name, done.stdout)
        check_columns(name + " (en)", run(args.netadmin, [*path, "--help"], "en").stdout)

    # Errors CLI11 words itself, now from the catalogue.
    cases = [
        (["remind", "--mailer-timeout", "abc"], "--mailer-timeout ska vara ett heltal, inte 'abc'",
         "--mailer-timeout takes a whole number, not 'abc'"),
        (["--jobs", "0", "check"], "--jobs kan inte ta värdet '0'", "--jobs cannot take the value '0'"),
        (["check", "--strict=maybe"], "--strict kan inte ta värdet 'maybe'", "--strict cannot take the value 'maybe'"),
    ]
    for words, sv, en in cases:
        for lang, expected in (("sv", sv), ("en", en)):
            done = run(args.netadmin, words, lang)
            if done.returncode != 2 or expected not in done.stderr or done.stderr.count("\n") != 1:
                FAILURES.append(f"{' '.join(words)} --lang {lang}: exit {done.returncode}, {done.stderr!r}, "
                                f"expected '{expected}'")
            for word in ENGLISH[6:]:
                if word in done.stderr:
                    FAILURES.append(f"{' '.join(words)} --lang {lang}: CLI11's words: {done.stderr!r}")

    for failure in FAILURES:
        print("FAIL:", failure)
    print(f"{len(paths)} commands' help read in Swedish and English, {len(FAILURES)} failures")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
