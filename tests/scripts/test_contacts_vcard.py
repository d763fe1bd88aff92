#!/usr/bin/env python3
"""`list-contacts --format vcard`, read back by an independent parser and
an address book client.

Parses the cards of tests/fixtures/contacts/ with Debian's python3-vobject
and checks each person's name, e-mail, phone, role and organisation survive
the escaping and folding (RFC 6350), that lines end in CRLF and none is
longer than 75 octets, and that UIDs are unique and the same in two runs.
Then puts the cards into a vdir (one file per card, as vdirsyncer does) and
has khard list them, their e-mail addresses and phone numbers.

    test_contacts_vcard.py --netadmin BIN --source SRC_DIR
"""
import argparse
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

try:
    import vobject
except ImportError:
    # A Python other than Debian's may run the tests; the package lives here.
    sys.path.append("/usr/lib/python3/dist-packages")
    import vobject

FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)


def export(args, registry):
    done = subprocess.run([args.netadmin, "--registry", str(registry), "list-contacts", "--format", "vcard"],
                          capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def expected_people(registry):
    people, organisations = [], {}
    for path in sorted(registry.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        people += data.get("person", [])
        organisations.update({o["id"]: o["name"] for o in data.get("organisation", [])})
    return people, organisations


def check_cards(text, people, organisations):
    lines = text.split("\r\n")
    check(lines[-1] == "" and all("\n" not in line for line in lines), "every line must end in CRLF")
    check(all(len(line.encode()) <= 75 for line in lines), "a line is longer than 75 octets")
    cards = list(vobject.readComponents(text))
    check(len(cards) == len(people), f"{len(cards)} cards for {len(people)} people")
    by_name = {card.fn.value: card for card in cards}
    for person in people:
        shown = person.get("name") or person.get("email") or person["id"]
        card = by_name.get(shown)
        if card is None:
            FAILURES.append(f"no card with FN {shown!r}")
            continue
        check(card.version.value == "4.0", f"{shown}: VERSION {card.version.value}")
        for key, field in (("email", "email"), ("tel", "phone"), ("role", "role")):
            got = getattr(card, key).value if hasattr(card, key) else None
            check(got == person.get(field), f"{shown}: {key} {got!r}, expected {person.get(field)!r}")
        org = card.org.value[0] if hasattr(card, "org") else None
        check(org == organisations.get(person.get("organisation")), f"{shown}: ORG {org!r}")
    uids = [card.uid.value for card in cards]
    check(len(set(uids)) == len(uids), "UIDs must be unique")


def check_khard(text, people):
    with tempfile.TemporaryDirectory() as tmp:
        book = Path(tmp) / "book"
        book.mkdir()
        for i, card in enumerate(re.findall(r"BEGIN:VCARD\r\n.*?END:VCARD\r\n", text, re.S)):
            (book / f"{i}.vcf").write_bytes(card.encode("utf-8"))
        config = Path(tmp) / "khard.conf"
        config.write_text(f"[addressbooks]\n[[netadmin]]\npath = {book}\n[general]\neditor = /bin/false\n"
                          "merge_editor = /bin/false\n")

        def khard(*words):
            done = subprocess.run(["khard", "-c", str(config), *words, "--parsable"], capture_output=True, text=True)
            check(done.returncode == 0, f"khard {' '.join(words)}: {done.stderr}")
            return done.stdout

        names = {line.split("\t")[1] for line in khard("list").splitlines()}
        check(names == {p.get("name") or p.get("email") for p in people}, f"khard lists {sorted(names)}")
        emails = {line.split("\t")[0] for line in khard("email").splitlines() if "\t" in line}
        check(emails == {p["email"] for p in people if "email" in p}, f"khard's e-mail addresses: {sorted(emails)}")
        phones = {line.split("\t")[0] for line in khard("phone").splitlines() if "\t" in line}
        check(phones == {p["phone"] for p in people if "phone" in p}, f"khard's phone numbers: {sorted(phones)}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    registry = Path(args.source) / "tests" / "fixtures" / "contacts"
    text = export(args, registry)
    check(text == export(args, registry), "two runs must give the same bytes")
    people, organisations = expected_people(registry)
    check_cards(text, people, organisations)
    check_khard(text, people)
    for failure in FAILURES:
        print(failure)
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
