#!/usr/bin/env python3
"""Every key in the message catalogue is used by the program.

A key only the catalogue names is a dead text: it still has to be translated
and checked, and it suggests a message that nobody can see. Keys count as used
when code outside the catalogue and the unit tests names them (Msg::key).

    test_catalogue_keys.py --netadmin BIN --source SRC_DIR
"""
import argparse
import re
import sys
from pathlib import Path


def catalogue_keys(source):
    table = (source / "lib" / "catalog" / "messages.def").read_text(encoding="utf-8")
    return re.findall(r"^MSG\((\w+),", table, flags=re.MULTILINE)


def used_keys(source):
    used = set()
    for folder in ("lib", "cli"):
        for path in sorted((source / folder).rglob("*")):
            if path.suffix not in (".cpp", ".hpp") or path.name.endswith("_test.cpp"):
                continue
            if path.parent.name == "catalog" and path.parent.parent.name == "lib":
                continue
            used.update(re.findall(r"Msg::(\w+)", path.read_text(encoding="utf-8")))
    return used


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    source = Path(args.source)
    keys = catalogue_keys(source)
    if len(keys) < 100:
        print(f"only {len(keys)} keys read from the catalogue: its format changed?")
        return 1
    dead = [key for key in keys if key not in used_keys(source)]
    for key in dead:
        print(f"lib/catalog/messages.def: '{key}' is used nowhere in lib/ or cli/: remove it")
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    for key in duplicates:
        print(f"lib/catalog/messages.def: '{key}' is listed twice")
    return 1 if dead or duplicates else 0


if __name__ == "__main__":
    sys.exit(main())
