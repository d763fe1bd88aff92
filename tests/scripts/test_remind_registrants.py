#!/usr/bin/env python3
"""Reminders to those registered, with the real binary, a real SQLite file
and the capture mailer: with `to = ["contacts", "registered"]` in the
reminder rules, a meeting's reminder goes to everyone registered for it once,
as to its contacts; a rerun the same day sends nothing; someone who
unregistered gets nothing; a registrant who is also a contact gets one
message; without the rule nobody registered is reminded."""
from remind_support import Setup, check, main

CONTACTS = ["anna@example.se", "bo@example.se", "david@example.se", "fredrik@example.se"]


def register(setup, email, name):
    setup.run("register", "natverkstraff", "--email", email, "--name", name, "--today", "2030-03-01",
              check_status=0)


def registrants(args):
    setup = Setup(args)
    try:
        register(setup, "kim@example.se", "Kim Lind")
        register(setup, "olle@example.se", "Olle Ek")
        register(setup, "ANNA@example.se", "Anna Åström")  # a contact too
        setup.run("unregister", "natverkstraff", "--email", "olle@example.se", "--today", "2030-03-02",
                  check_status=0)

        # Without the rule, only the contacts.
        plain = setup.run("remind", "--today", "2030-03-06", check_status=0).stdout
        check("kim@example.se" not in plain, "a registrant was planned without the rule:\n" + plain)

        settings = setup.registry / "settings.toml"
        settings.write_text(settings.read_text(encoding="utf-8") + 'to = ["kontakter", "anmälda"]\n',
                            encoding="utf-8")
        setup.run("check", check_status=0)
        planned = setup.run("remind", "--today", "2030-03-06", check_status=0).stdout
        check("kim@example.se – Kim Lind" in planned, "the registrant is not in the dry run:\n" + planned)

        setup.send("2030-03-06")
        check(setup.recipients() == sorted(CONTACTS + ["kim@example.se"]), f"sent to {setup.recipients()}")
        kim = [m for m in setup.messages() if m["To"].addresses[0].addr_spec == "kim@example.se"]
        check("Kim Lind" in str(kim[0]["To"]), kim[0]["To"])
        check("Hej Kim Lind" in kim[0].get_body().get_content(), kim[0].get_body().get_content())

        again = setup.send("2030-03-06")
        check(again.stdout == "", "a rerun the same day did something:\n" + again.stdout)
        check(len(setup.messages()) == 5, f"{len(setup.messages())} messages after a rerun")
        log = setup.log()
        check(sum(1 for row in log if row["recipient"] == "kim@example.se") == 1, log)

        # Unregistering before the next reminder stops it.
        setup.run("unregister", "natverkstraff", "--email", "kim@example.se", "--today", "2030-03-10",
                  check_status=0)
        setup.send("2030-03-13")
        later = [m["To"].addresses[0].addr_spec for m in setup.messages()[5:]]
        check(sorted(later) == CONTACTS, f"the week-before reminder went to {later}")
    finally:
        setup.cleanup()


if __name__ == "__main__":
    raise SystemExit(main(registrants))
