#!/usr/bin/env python3
"""Under --lang sv, netadmin speaks Swedish: every command's --help, the
listings, `show` of every kind, and a set of failing commands carry none of
CLI11's English words, no English word of the registry's vocabularies
(full, cancelled, yearly, network-meeting …) and no English field name
(name, address, municipality …), except where the allow-list below says
why. Ids, file names and format names are not words of a language."""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

CLI11 = ["Usage", "Options", "Subcommands", "Positionals", "REQUIRED", "Could not convert",
         "The following argument", "not expected", "is required", "Print this help", "excludes",
         "not in range", "Run with --help", "[OPTIONS]", "SUBCOMMAND", " TEXT"]

# The registry's fixed words in English; the operations' data words are read
# from `fields --format json` as well.
ENUM_WORDS = {"full", "similar", "cancelled", "held", "planned", "moved", "scheduled", "yearly", "annually",
              "monthly", "weekly", "quarterly", "network-meeting", "network_meeting", "conference",
              "programme-session", "dialogue-day", "planning-meeting", "coordinators-meeting",
              "house-meeting", "link", "true", "false"}

# English field names that are also ordinary Swedish (or format) words.
SWEDISH_TOO = {"start", "format", "session", "status", "region", "person", "organisation", "text"}

# Words that may stay, each with why: (word, the command it may appear in).
ALLOWED = [
    # The values an option or a field takes, as they are typed: the
    # registry's own words, listed where the help or an error shows how to
    # write them.
    *((word, "list-centres --help") for word in ("full", "similar", "bvc", "mvc", "open-preschool",
                                                  "social-services")),
    *((word, "kind=fulll") for word in ("full", "similar")),
    *((word, "add --help") for word in ("centre", "person", "organisation", "meeting")),
    ("meeting", "fields --help"),
    # "regions" is Swedish too, the genitive of "region" ("En regions
    # läge"), though a count's key has the same letters.
    ("regions", "--help"),
    # A hint that shows the key to write in the file: email = "ADRESS".
    ("email", "netadmin check"),
    # add validates the edited registry by loading it, and loading names
    # the key the file lacks ("saknar den obligatoriska nyckeln
    # 'municipality'"), as check does.
    ("municipality", "add centre"),
    # What `fields` says of a field quotes the words and keys it takes as
    # they are written in the file: "full eller similar", "{ person, topic }".
    *((word, "fields (about)") for word in (
        "full", "similar", "mvc", "bvc", "open-preschool", "social-services", "true", "contacts", "registered",
        "starts", "start", "name", "focus", "deadline", "channel", "requirement", "source", "topic", "held",
        "planned", "cancelled", "moved", "network-meeting", "conference", "programme-session", "dialogue-day",
        "planning-meeting", "coordinators-meeting", "house-meeting", "other", "link", "file")),
]

# What an option takes and the names of positional arguments, as CLI11 and
# netadmin's English help write them ("--registry DIR", "add KIND FIELDS").
# (Not LANG: it is also the environment variable --lang reads.)
PLACEHOLDERS = ["ADDRESS", "DATE", "DIALECT", "DIR", "EMAIL", "FIELD", "FIELDS", "FILE", "FILES", "HEADER", "COLUMN",
                "KIND", "MEETING", "NAME", "NEW-ID", "PROGRAMME", "Env"]


def run(netadmin, registry, words, lang="sv"):
    env = dict(os.environ, NETADMIN_TODAY="2019-03-01")
    return subprocess.run([netadmin, "--registry", registry, "--lang", lang, "--today", "2019-03-01", *words],
                          capture_output=True, text=True, env=env)


def commands(netadmin, registry, path=()):
    """Every command path, from the Swedish help's command lists."""
    text = run(netadmin, registry, [*path, "--help"]).stdout
    found = [path]
    if "\nKommandon:\n" not in text:
        return found
    block = text.split("\nKommandon:\n", 1)[1].split("\n\n", 1)[0]
    for line in block.splitlines():
        if line.startswith("  ") and not line.startswith("   "):
            found += commands(netadmin, registry, (*path, line.split()[0]))
    return found


def english_fields(netadmin, registry):
    """Field keys whose Swedish name differs, and the operations' data words."""
    done = run(netadmin, registry, ["fields", "--format", "json"], "en")
    keys, words = set(), set()
    for row in json.loads(done.stdout):
        keys.update(row["field"].split("."))
        words.update(row["words"])
    for row in json.loads(done.stdout):
        keys.difference_update(row["swedish"].split("."))
    return keys - SWEDISH_TOO, words


def cleaned(text, ids):
    """The text without what is no language: options, paths, file names,
    ids, URLs, e-mail addresses, dates and numbers."""
    text = re.sub(r"(?<![\w-])--?[\w-]+", " ", text)
    text = re.sub(r"netadmin( [a-z][\w-]*)*", " ", text)
    text = re.sub(r"\S*(://|@|/)\S*", " ", text)
    text = re.sub(r"\S+\.(toml|csv|json|ics|html|md|svg|sqlite|db)\b", " ", text)
    tokens = re.findall(r"[^\W\d][\w-]*", text)
    return [t for t in tokens if t not in ids]


def scan(name, text, ids, fields, words, failures):
    for phrase in CLI11:
        if phrase in text:
            failures.append(f"{name}: CLI11's '{phrase.strip()}'")
    for word in PLACEHOLDERS:
        if re.search(r"(?<![\w.-])" + re.escape(word) + r"(?![\w-])", text):
            failures.append(f"{name}: English placeholder '{word}'")
    for token in cleaned(text, ids):
        allowed = any(token == word and where in name for word, where in ALLOWED)
        if allowed:
            continue
        if token in words:
            failures.append(f"{name}: English word '{token}'")
        elif token in fields:
            failures.append(f"{name}: English field name '{token}'")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        registry = os.path.join(tmp, "registry")
        shutil.copytree(os.path.join(args.source, "data", "registry"), registry,
                        ignore=shutil.ignore_patterns(".*"))
        netadmin = args.netadmin
        fields, operation_words = english_fields(netadmin, registry)
        words = ENUM_WORDS | operation_words
        ids = set(run(netadmin, registry, ["complete-ids"]).stdout.split())
        if len(fields) < 20 or len(ids) < 20:
            failures.append(f"found only {len(fields)} field names and {len(ids)} ids")

        paths = [p for p in commands(netadmin, registry) if p]
        if len(paths) < 30:
            failures.append(f"found only {len(paths)} commands in the Swedish help")
        # Command names are the command line's words, not English text.
        names = ids | {word for path in paths for word in path}
        for path in paths:
            done = run(netadmin, registry, [*path, "--help"])
            scan("netadmin " + " ".join(path) + " --help", done.stdout, names, fields, words, failures)

        runs = [["list-centres"], ["list-networks"], ["list-programmes"], ["list-organisations"],
                ["list-venues"], ["list-contacts"], ["list-meetings"], ["list-regions"], ["agenda"],
                ["check"]]
        # `fields` names each key beside its Swedish name on purpose: what it
        # says of each field ("about") is read on its own.
        about = json.loads(run(netadmin, registry, ["fields", "--format", "json"]).stdout)
        scan("netadmin fields (about)", "\n".join(row["about"] for row in about), ids, fields, words, failures)
        for kind in ("region", "organisation", "person", "centre", "network", "programme", "meeting", "venue",
                     "resource", "source", "count"):
            for entity in run(netadmin, registry, ["complete-ids", kind]).stdout.split()[:3]:
                runs.append(["show", entity])
        failing = [["remove", "rosensalen"], ["remove", "norrbotten"], ["show", "no-such-thing"], ["list-centres", "--format", "xml"],
                   ["list-centres", "--no-such-option"], ["show"], ["list-centres", "extra"],
                   ["set", "kalix-familjecentral", "no_such_field=1"],
                   ["set", "kalix-familjecentral", "municipality=Atlantis"],
                   ["set", "kalix-familjecentral", "kind=fulll"],
                   ["add", "network"], ["add", "centre", "name=Ny familjecentral"], ["add", "centre"],
                   ["remind", "--mailer-timeout", "abc"], ["--jobs", "0", "check"]]
        for words_run in runs + failing:
            done = run(netadmin, registry, words_run)
            name = "netadmin " + " ".join(words_run)
            if words_run in failing and done.returncode == 0:
                failures.append(f"{name}: expected to fail")
            scan(name, done.stdout + done.stderr, ids, fields, words, failures)

    for failure in failures:
        print("FAIL:", failure)
    print(f"{len(failures)} English words under --lang sv")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
