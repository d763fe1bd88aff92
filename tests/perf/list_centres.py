#!/usr/bin/env python3
"""The script a user would write instead of netadmin: `list-centres --format csv`
with Python's tomllib.

Prints the same bytes as `netadmin --registry DIR list-centres --format csv`
for a registry that `netadmin check` accepts: RFC 4180 with CRLF line ends,
the formula guard of lib/render/csv.cpp, and the Swedish collation of
lib/util/collate.cpp (A-Z, then Å, Ä, Ö; ties by id). It does no checking of
its own, so the benchmark compares parsing and listing, not validation.
tests/scripts/test_perf_list_centres.py holds it to netadmin's output.

    list_centres.py --registry DIR [--reference DIR]
"""

import argparse
import csv
import datetime
import sys
import tomllib
from pathlib import Path

OPERATIONS = ["mvc", "bvc", "open-preschool", "social-services"]

# --- Swedish collation: a port of lib/util/collate.cpp and lib/util/utf8.cpp ---

IGNORABLE, SPACE, PUNCTUATION, DIGIT, LETTER, OTHER = 0, 0x10, 0x20, 0x3000, 0x3100, 0x10000
ARING, AUML, OUML = LETTER + 26, LETTER + 27, LETTER + 28
LATIN_BASE = ("aaaaaa?ceeeeiiiidnooooo.ouuuuy??" "aaaaaa?ceeeeiiiidnooooo.ouuuuy?y" "aaaaaaccccccccdd"
              "ddeeeeeeeeeegggg" "gggghhhhiiiiiiii" "ii??jjkkklllllll" "lllnnnnnnnnnoooo" "oo??rrrrrrssssss"
              "ssttttttuuuuuuuu" "uuuuwwyyyzzzzzzs")
LIGATURES = {0xC6: "ae", 0xE6: "ae", 0xDE: "th", 0xFE: "th", 0xDF: "ss", 0x132: "ij", 0x133: "ij",
             0x152: "oe", 0x153: "oe"}


def letter(c):
    return LETTER + ord(c) - ord("a")


def lower_code_point(cp):
    if 0x41 <= cp <= 0x5A:
        return cp + 0x20
    if cp < 0xC0:
        return cp
    if cp <= 0xDE:
        return cp if cp == 0xD7 else cp + 0x20
    if cp < 0x100 or cp > 0x17E:
        return cp
    if cp == 0x130:
        return ord("i")
    if cp == 0x178:
        return 0xFF
    if cp <= 0x137:
        return cp + 1 if cp % 2 == 0 else cp
    if 0x139 <= cp <= 0x148:
        return cp + 1 if cp % 2 == 1 else cp
    if 0x14A <= cp <= 0x177:
        return cp + 1 if cp % 2 == 0 else cp
    if 0x179 <= cp <= 0x17E:
        return cp + 1 if cp % 2 == 1 else cp
    return cp


def latin_base_letters(cp):
    if cp < 0xC0 or cp > 0x17F:
        return ""
    if cp in LIGATURES:
        return LIGATURES[cp]
    base = LATIN_BASE[cp - 0xC0]
    return "" if base == "." else base


def is_combining(cp):
    return (0x0300 <= cp <= 0x036F or 0x1AB0 <= cp <= 0x1AFF or 0x1DC0 <= cp <= 0x1DFF or 0x20D0 <= cp <= 0x20FF
            or 0xFE20 <= cp <= 0xFE2F or 0x200B <= cp <= 0x200F or 0xFE00 <= cp <= 0xFE0F or cp == 0xFEFF)


def is_space(cp):
    return cp in (0x20, 0x09, 0xA0, 0x202F, 0x205F, 0x3000) or 0x2000 <= cp <= 0x200A


def is_punctuation(cp):
    return 0xA1 <= cp <= 0xBF or cp in (0xD7, 0xF7) or 0x2010 <= cp <= 0x206F


def swedish_letter(lower):
    if lower == 0xE5:
        return ARING
    if lower in (0xE4, 0xE6):
        return AUML
    if lower in (0xF6, 0xF8, 0x151, 0x153):
        return OUML
    if lower in (0xFC, 0x171):
        return letter("y")
    return IGNORABLE


def ascii_letter(lower, text, pos):
    """(primary, secondary, new position): a letter, composed with a following ring or diaeresis."""
    nxt = ord(text[pos]) if pos < len(text) else 0
    if nxt == 0x30A and lower == "a":
        return ARING, 0, pos + 1
    if nxt == 0x308 and lower in "aou":
        return {"a": AUML, "o": OUML, "u": letter("y")}[lower], 0xFC if lower == "u" else 0, pos + 1
    return letter(lower), 0, pos


def element(text, pos):
    """(primaries, secondary, tertiary, new position) of the element at `pos`."""
    cp = ord(text[pos])
    pos += 1
    if cp < 0x80:
        if 0x41 <= cp <= 0x5A or 0x61 <= cp <= 0x7A:
            primary, secondary, pos = ascii_letter(chr(cp | 0x20), text, pos)
            return (primary,), secondary, 1 if cp <= 0x5A else 0, pos
        if 0x30 <= cp <= 0x39:
            return (DIGIT + cp - 0x30,), 0, 0, pos
        if is_space(cp):
            return (SPACE,), 0, 0, pos
        if cp >= 0x20 and cp != 0x7F:
            return (PUNCTUATION + cp,), 0, 0, pos
        return (), 0, 0, pos
    lower = lower_code_point(cp)
    tertiary = 1 if lower != cp else 0
    swedish = swedish_letter(lower)
    if swedish != IGNORABLE:
        return (swedish,), 0 if lower in (0xE5, 0xE4, 0xF6) else lower, tertiary, pos
    base = latin_base_letters(cp)
    if base:
        return tuple(letter(c) for c in base), lower, tertiary, pos
    if is_combining(cp):
        return (), cp, tertiary, pos
    if is_space(cp):
        return (SPACE,), 0, tertiary, pos
    if 0x80 <= cp <= 0x9F:
        return (), 0, tertiary, pos
    if is_punctuation(cp):
        return (PUNCTUATION + cp,), 0, tertiary, pos
    return (OTHER + cp,), 0, tertiary, pos


def swedish_key(text):
    """A key whose order is compare_swedish's: primaries, then accents, then case, then bytes."""
    primary, secondary, tertiary = [], [], []
    pos = 0
    while pos < len(text):
        p, s, t, pos = element(text, pos)
        primary.extend(p)
        secondary.append(s)
        tertiary.append(t)
    return primary, secondary, tertiary, text.encode()


# --- Reading the registry --------------------------------------------------------


def read_reference(folder):
    with open(folder / "municipalities.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    by_code = {r["kommunkod"]: r["kommun"] for r in rows}
    by_name = {}
    for r in rows:
        by_name.setdefault(name_key(r["kommun"]), r["kommunkod"])
    return by_code, by_name


def name_key(name):
    key = "".join(chr(lower_code_point(ord(c))) for c in name)
    if len(key.encode()) > len(" kommun") and key.endswith(" kommun"):
        key = key[: -len(" kommun")]
    return key


COLUMNS = ["id", "name", "region", "municipality", "kind", "operations", "opened"]


def municipality_code(text, by_code, by_name):
    if text.isdigit() and text.isascii():
        return text if text in by_code else ""
    return by_name.get(name_key(text), "")


def registry_files(folder):
    files = []
    for path in folder.rglob("*.toml"):
        parts = path.relative_to(folder).parts
        if any(p.startswith(".") for p in parts) or not path.is_file():
            continue
        files.append(path)
    return sorted(files, key=lambda p: str(p).encode())


def date_string(value):
    if isinstance(value, datetime.date):
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    if isinstance(value, int):
        return f"{value:04d}"
    text = str(value)
    if text[:2] in ("HT", "VT"):
        return text[2:].strip() + ("-autumn" if text[0] == "H" else "-spring")
    if text.endswith("-HT") or text.endswith("-VT"):
        return text[:4] + ("-autumn" if text[-2] == "H" else "-spring")
    return text


def kind_of(centre):
    ops = set(centre.get("operations", []))
    if not ops:
        return centre.get("kind", "")
    if "bvc" not in ops:
        return ""
    preschool, social = "open-preschool" in ops, "social-services" in ops
    if preschool and social and "mvc" in ops:
        return "full"
    return "similar" if preschool or social else ""


def inferred_columns(centre):
    """The columns whose values are inferences: those the centre marks, and
    its region when its municipality is inferred (query/inference.hpp)."""
    marked = set(centre.get("inferred", []))
    if "municipality" in marked:
        marked.add("region")
    return ";".join(key for key in COLUMNS if key in marked)


def centre_rows(folder, reference):
    by_code, by_name = reference
    rows = []
    for path in registry_files(folder):
        with open(path, "rb") as f:
            document = tomllib.load(f)
        region = document.get("region", "")
        if isinstance(region, dict):
            region = region.get("id", "")
        for centre in document.get("centre", []):
            code = municipality_code(centre.get("municipality", ""), by_code, by_name)
            ops = [op for op in OPERATIONS if op in centre.get("operations", [])]
            if not ops and kind_of(centre) == "full":
                ops = list(OPERATIONS)  # a family centre has all four by definition
            opened = date_string(centre["opened"]) if "opened" in centre else ""
            rows.append([centre["id"], centre["name"], centre.get("region", region), by_code.get(code, code),
                         kind_of(centre), ";".join(ops), opened, inferred_columns(centre)])
    rows.sort(key=lambda row: (swedish_key(row[1]), row[0].encode()))
    return rows


# --- CSV as lib/render/csv.cpp writes it ----------------------------------------


def csv_field(value):
    if value and value[0] in "=+-@\t\r":
        value = "'" + value
    if any(c in value for c in ",\"\r\n'"):
        return '"' + value.replace('"', '""') + '"'
    return value


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--registry", required=True, type=Path)
    parser.add_argument("--reference", type=Path, default=Path(__file__).resolve().parents[2] / "data" / "reference")
    args = parser.parse_args()
    rows = centre_rows(args.registry, read_reference(args.reference))
    header = COLUMNS + ["inferred"]
    out = [",".join(header)]
    out += [",".join(csv_field(v) for v in row) for row in rows]
    sys.stdout.buffer.write(("\r\n".join(out) + "\r\n").encode())
    return 0


if __name__ == "__main__":
    sys.exit(main())
