#!/usr/bin/env python3
"""No help text in cli/ is a string literal: they all come from the catalogue.

What --help says about netadmin, its commands, options and arguments is
shown to people, so it must exist in Swedish and English (lib/catalog/
messages.def) and is set with help_from_catalogue (cli/command_line.hpp).
This test reads the CLI's sources and fails on any call that defines a
command, option or argument, or sets a description or footer, with a string
literal holding words as its description:

    command.add_option("--since", since, "Only entries from this date on")
    command("log", "Show what was sent", kState, define_reminders_log)

Names ("--since", "log") are the first argument and are allowed; so is an
empty text, which hides an internal command or option.

    test_help_texts_catalogued.py --netadmin BIN --source SRC_DIR
"""
import argparse
import re
import sys
from pathlib import Path

# Calls whose arguments after the first may be a description.
CALLS_AFTER_NAME = ("add_option", "add_flag", "add_subcommand", "command", "group", "internal_command")
# Calls whose every argument is a description.
CALLS_ANY = ("description", "footer")
CALL = re.compile(r"\b(" + "|".join(CALLS_AFTER_NAME + CALLS_ANY) + r")\s*\(")
APP = re.compile(r"\bCLI::App\s+\w+\s*\{")
WORDS = re.compile(r'"(?:[^"\\]|\\.)*[A-Za-zÅÄÖåäö](?:[^"\\]|\\.)*"')


def without_comments(text):
    """The source with // and /* */ comments blanked, string literals kept."""
    out, i, n = [], 0, len(text)
    while i < n:
        if text[i] == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text[i] == "'" and i + 2 < n:
            j = text.find("'", i + 2 if text[i + 1] == "\\" else i + 1)
            j = i if j < 0 else j
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def arguments(text, start, close):
    """The top-level arguments of the call whose bracket opens before `start`."""
    args, depth, i, begin = [], 0, start, start
    pairs = {"(": ")", "{": "}", "[": "]"}
    while i < len(text):
        c = text[i]
        if c == '"':
            j = i + 1
            while j < len(text) and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            i = j + 1
            continue
        if c in pairs:
            depth += 1
        elif c in pairs.values():
            if depth == 0:
                args.append(text[begin:i])
                return args
            depth -= 1
        elif c == "," and depth == 0:
            args.append(text[begin:i])
            begin = i + 1
        i += 1
    return args


def literal_descriptions(source_text):
    """(line, call, argument) for each description given as words in quotes."""
    text = without_comments(source_text)
    found = []
    for match in CALL.finditer(text):
        name = match.group(1)
        args = arguments(text, match.end(), ")")
        described = args if name in CALLS_ANY else args[1:]
        for arg in described:
            if WORDS.search(arg):
                found.append((text.count("\n", 0, match.start()) + 1, name, arg.strip()))
    for match in APP.finditer(text):
        args = arguments(text, match.end(), "}")
        if args and WORDS.search(args[0]):
            found.append((text.count("\n", 0, match.start()) + 1, "CLI::App", args[0].strip()))
    return found


def self_check():
    """The check finds what it is meant to find, and only that."""
    bad = '''
        command.add_option("--since", since, "Only entries from this date on");
        command
            .add_flag("--send",
                      send, "Send the due reminders");
        command("log", "Show what was sent", kState, define_reminders_log),
        group("report", "Reports for people", kReport),
        auto* sub = app.add_subcommand("ack", "Stop reporting");
        option->description("Output format: " + names);
        CLI::App app{"netadmin: the registry", "netadmin"};
    '''
    good = '''
        // command.add_option("--since", since, "a comment is not a call")
        help_from_catalogue(command.add_option("--since", since), Msg::help_reminders_since);
        internal_command("complete-ids", kRegistry, define_complete_ids),
        app.add_option("--generate", what)->group("");
        set_choices(*option, {"full", "similar"});
        CLI::App app{"", "netadmin"};
    '''
    problems = []
    if len(literal_descriptions(bad)) != 7:
        problems.append(f"self-check: expected 7 findings in the bad sample, got {literal_descriptions(bad)}")
    if literal_descriptions(good):
        problems.append(f"self-check: findings in the good sample: {literal_descriptions(good)}")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    cli = Path(args.source) / "cli"
    failures = self_check()
    catalogued = 0
    for path in sorted(cli.rglob("*")):
        if path.suffix not in (".cpp", ".hpp"):
            continue
        text = path.read_text(encoding="utf-8")
        catalogued += len(re.findall(r"\bhelp_from_catalogue\(", text))
        for line, call, arg in literal_descriptions(text):
            failures.append(f"{path.relative_to(args.source)}:{line}: {call}(…) is given the help text {arg}: "
                            "put it in lib/catalog/messages.def and use help_from_catalogue")
    if catalogued < 40:
        failures.append(f"only {catalogued} help_from_catalogue calls in cli/: did the way help is set change?")
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
