#!/usr/bin/env python3
"""Issue: mail that real MTAs refuse.

A 10 kB display name gave a `To:` line of 10 kB, and control characters in
names and titles went into headers and bodies, so Python's strict parser
refused the message. Now every header line is at most 78 characters, every
RFC 2047 encoded word at most 75, the name comes back whole, and control
characters are removed; checked with the email package in strict policy
(raise_on_defect) for a Swedish and a plain ASCII name."""
import email.parser
import email.policy
import re
import sys

from mailer_support import captured_paths
from remind_support import Setup, check, main

ENCODED_WORD = re.compile(r"=\?[^?]+\?[BbQq]\?[^?]*\?=")


def headers_of(raw):
    return raw.split(b"\n\n", 1)[0].decode("ascii")


def one_name(args, long_name):
    setup = Setup(args)
    try:
        toml_name = long_name.replace("\\", "\\\\").replace('"', '\\"')
        setup.set_registry_text('name = "Anna Åström"', f'name = "{toml_name}\\u001b[31m\\r\\nBcc: x@example.se"')
        setup.set_registry_text('title = "Nätverksträff i Uppsala"', 'title = "Träff\\u0007 i\\u001b[2J Uppsala"')
        setup.send("2030-03-06")
        paths = captured_paths(setup.captured)
        check(len(paths) == 4, f"{len(paths)} messages")
        for path in paths:
            raw = path.read_bytes()
            headers = headers_of(raw)
            for line in headers.split("\n"):
                check(len(line) <= 78, f"header line of {len(line)} characters: {line[:90]}…")
            for word in ENCODED_WORD.findall(headers):
                check(len(word) <= 75, f"encoded word of {len(word)} characters")
            check("Bcc:" not in headers.replace("\n ", " ").split("To:")[0], "a forged header")
            parser = email.parser.BytesParser(policy=email.policy.strict)
            message = parser.parsebytes(raw)
            to = message["To"].addresses[0]
            if to.addr_spec == "anna@example.se":
                # Python keeps the space between adjacent encoded words in a
                # phrase (RFC 2047 6.2 says to drop it), so compare without spaces.
                expected = (long_name + "[31m Bcc: x@example.se").replace(" ", "")
                check(to.display_name.replace(" ", "") == expected, f"name came back as {to.display_name[:80]!r}…")
            check(message["Subject"] is not None and "\x1b" not in str(message["Subject"]), "subject")
            body = message.get_body(("plain",)).get_content()
            check("\x1b" not in body and "\x07" not in body and "\r" not in body, repr(body[:200]))
    finally:
        setup.cleanup()


def test(args):
    one_name(args, "Åsa Ränung-" * 900)  # about 10 kB of UTF-8
    one_name(args, "Plain,Name." * 950)  # 10 kB of ASCII with specials, no spaces


if __name__ == "__main__":
    sys.exit(main(test))
