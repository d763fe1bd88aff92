#!/usr/bin/env python3
"""Real delivery: `netadmin remind --send` with Debian's msmtp as the mailer,
talking SMTP (no auth, no TLS) to an aiosmtpd server on 127.0.0.1 that this
test starts and stops. Every received message is parsed with Python's email
package: the envelope and header recipients, the decoded UTF-8 subject and
body, the Date, a unique Message-ID, and the meeting as a text/calendar
attachment with its Stockholm start and end."""
import email
import email.policy
import mailbox
import os
import shutil
import socket
import subprocess
import sys
import time

from remind_support import Failure, Setup, check, main


def server_python():
    """An interpreter that has aiosmtpd (Debian's python3-aiosmtpd is in /usr/bin/python3)."""
    for candidate in [sys.executable, "/usr/bin/python3"]:
        if os.path.exists(candidate) and subprocess.run([candidate, "-c", "import aiosmtpd"],
                                                        capture_output=True).returncode == 0:
            return candidate
    raise Failure("python3-aiosmtpd is not installed")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port, server):
    for _ in range(100):
        if server.poll() is not None:
            raise Failure("the SMTP server stopped: " + server.stderr.read().decode())
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise Failure("the SMTP server did not start")


def test(args):
    msmtp = shutil.which("msmtp")
    check(msmtp is not None, "msmtp is not installed")
    setup = Setup(args)
    port = free_port()
    maildir = setup.tmp / "maildir"
    server = subprocess.Popen([server_python(), "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
                               "-c", "aiosmtpd.handlers.Mailbox", str(maildir)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for(port, server)
        config = setup.tmp / "msmtprc"
        config.write_text(f"defaults\nauth off\ntls off\n\naccount default\nhost 127.0.0.1\nport {port}\n"
                          "from natverket@example.se\n")
        os.chmod(config, 0o600)
        mailer = f"{msmtp} -C {config} --host=127.0.0.1 --port={port} --read-envelope-from -t"
        setup.run("remind", "--today", "2030-03-06", "--send", "--mailer", mailer, check_status=0)
        received = [message for _, message in mailbox.Maildir(str(maildir), create=False).items()]
        parsed = [email.message_from_bytes(m.as_bytes(), policy=email.policy.default) for m in received]
        by_address = {m["To"].addresses[0].addr_spec: m for m in parsed}
        check(sorted(by_address) == ["anna@example.se", "bo@example.se", "david@example.se", "fredrik@example.se"],
              f"received for {sorted(by_address)}")
        anna = by_address["anna@example.se"]
        check(anna["To"].addresses[0].display_name == "Anna Åström", str(anna["To"]))
        check(str(anna["Subject"]) == "Påminnelse: Nätverksträff i Uppsala, onsdag 20 mars 2030", str(anna["Subject"]))
        check(anna["From"].addresses[0].addr_spec == "natverket@example.se", str(anna["From"]))
        check(anna["X-RcptTo"] == "anna@example.se", f"envelope recipient {anna['X-RcptTo']}")
        check(anna["X-MailFrom"] == "natverket@example.se", f"envelope sender {anna['X-MailFrom']}")
        body = anna.get_body(preferencelist=("plain",)).get_content()
        for fact in ["Hej Anna Åström!", "Datum: onsdag 20 mars 2030", "Tid: kl. 9.00–15.00", "Plats: Uppsala",
                     "Tema: Föräldrar och skärmtid"]:
            check(fact in body, f"body lacks {fact!r}:\n{body}")
        check(anna["Date"].datetime is not None and anna["Date"].datetime.utcoffset().total_seconds() == 3600,
              str(anna["Date"]))
        calendars = [part for part in anna.iter_attachments() if part.get_content_type() == "text/calendar"]
        check(len(calendars) == 1, f"expected one text/calendar attachment, got {len(calendars)}")
        if calendars:
            ics = calendars[0].get_content()
            ics = ics.decode("utf-8") if isinstance(ics, bytes) else ics
            unfolded = ics.replace("\r\n ", "")
            for line in ["BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART;TZID=Europe/Stockholm:20300320T090000",
                         "DTEND;TZID=Europe/Stockholm:20300320T150000", "END:VCALENDAR"]:
                check(line in unfolded, f"attachment lacks {line!r}:\n{ics}")
            check((calendars[0].get_filename() or "").endswith(".ics"), "attachment has no .ics name")
        ids = {str(m["Message-ID"]) for m in parsed}
        check(len(ids) == len(parsed), "Message-IDs are not unique")
        again = setup.run("remind", "--today", "2030-03-06", "--send", "--mailer", mailer, check_status=0)
        check(again.stdout == "" and len(mailbox.Maildir(str(maildir), create=False)) == 4, "a second run sent again")
    finally:
        server.terminate()
        server.wait(timeout=10)
        setup.cleanup()


if __name__ == "__main__":
    sys.exit(main(test))
