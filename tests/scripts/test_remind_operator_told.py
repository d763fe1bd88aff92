#!/usr/bin/env python3
"""Issue: the operator did not always learn what happened.

- A run stopped by a state error (the disk filled up while the mailer
  worked) printed nothing although a message went out. Now what the
  mailer did is printed before the error, and every later run reports the
  delivery of unknown outcome, with the commands to look it up and to
  acknowledge it, until `reminders ack ID` (needs root for a tmpfs; that
  part is skipped otherwise).
- Writing to a full or closed stdout exited 0 with the report lost; now
  every command exits 1 and says so on stderr.
- Control characters in names, titles and the mailer's words are shown as
  escapes in text output: no raw ESC, CR, or forged line.
- A state database created by `remind --send` is announced on stderr.
- `--state ""` and `--today ""` are usage errors (exit 2)."""
import os
import subprocess
import sys

from remind_support import Setup, check, main

NOW = 1899100800  # 2030-03-06 08:00 UTC


def full_disk_then_unknown(args):
    setup = Setup(args)
    folder = setup.state.parent
    folder.mkdir(mode=0o700)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k,mode=0700", "tmpfs", str(folder)],
                             capture_output=True, check=False)
    if mounted.returncode != 0:
        print("skipped the full-disk part: cannot mount a tmpfs (needs root with CAP_SYS_ADMIN)")
        setup.cleanup()
        return
    try:
        first = setup.run("remind", "--send", "--mailer", setup.mailer("--fill", str(folder / "filler")),
                          env={"NETADMIN_NOW": str(NOW)})
        check(first.returncode == 1 and "state database" in first.stderr, f"{first.returncode} {first.stderr}")
        sent = setup.recipients()
        check(len(sent) == 1, f"sent on a full disk: {sent}")
        check(f"sent to {sent[0]}" in first.stdout, f"what was sent is not reported: {first.stdout!r}")
        (folder / "filler").unlink()
        later = setup.run("remind", "--send", "--mailer", setup.mailer(), env={"NETADMIN_NOW": str(NOW + 3600)})
        check(later.returncode == 1, f"exit {later.returncode} with an unknown delivery")
        check("outcome was never recorded" in later.stdout and "netadmin reminders ack 1" in later.stdout,
              later.stdout)
        listed = setup.run("reminders", "log", "--status", "unknown", "--format", "json", check_status=0).stdout
        check('"address": "' + sent[0] + '"' in listed, listed)
        again = setup.run("remind", "--send", "--mailer", setup.mailer(), env={"NETADMIN_NOW": str(NOW + 7200)})
        check("netadmin reminders ack 1" in again.stdout, "not reported on the next run")
        acked = setup.run("reminders", "ack", "1", check_status=0)
        check("acknowledged" in acked.stdout, acked.stdout)
        quiet = setup.run("remind", "--send", "--mailer", setup.mailer(), env={"NETADMIN_NOW": str(NOW + 9000)})
        check(quiet.returncode == 0 and quiet.stdout == "", f"after ack: {quiet.returncode} {quiet.stdout!r}")
        check(setup.run("reminders", "ack", "1").returncode == 1, "acknowledged twice")
        check(sorted(setup.recipients()) == sorted(set(setup.recipients())), "sent twice")
    finally:
        subprocess.run(["umount", str(folder)], check=False)
        setup.cleanup()


def unwritable_stdout(args):
    setup = Setup(args)
    try:
        commands = [["list-centres"], ["list-regions"], ["list-contacts"], ["list-meetings"], ["show", "uppsala"],
                    ["agenda", "--today", "2030-03-01"], ["remind", "--today", "2030-03-13"],
                    ["reminders", "log"], ["export", "ics"], ["report", "region", "uppsala"]]
        setup.send("2030-03-06")
        for command in commands:
            for redirect in ["full", "closed"]:
                full = [setup.netadmin, "--registry", str(setup.registry), "--state", str(setup.state), *command]
                env = {"PATH": os.environ.get("PATH", ""), "LANG": "C", "HOME": str(setup.tmp)}
                if redirect == "full":
                    with open("/dev/full", "w") as out:
                        done = subprocess.run(full, stdout=out, stderr=subprocess.PIPE, text=True, env=env)
                else:
                    done = subprocess.run(full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                          env=env, pass_fds=(), preexec_fn=lambda: os.close(1))
                check(done.returncode == 1 and "could not write to standard output" in done.stderr,
                      f"{' '.join(command)} > {redirect}: exit {done.returncode}, {done.stderr!r}")
        # The message speaks the language asked for with --lang, not only the locale's.
        with open("/dev/full", "w") as out:
            done = subprocess.run([setup.netadmin, "--registry", str(setup.registry), "--lang", "sv", "list-regions"],
                                  stdout=out, stderr=subprocess.PIPE, text=True,
                                  env={"PATH": os.environ.get("PATH", ""), "LANG": "C"})
        check(done.returncode == 1 and "kunde inte skriva till standard ut" in done.stderr,
              f"--lang sv > /dev/full: exit {done.returncode}, {done.stderr!r}")
    finally:
        setup.cleanup()


def control_characters(args):
    setup = Setup(args)
    try:
        setup.set_registry_text('name = "Anna Åström"', 'name = "Anna\\u001b[2J\\rÅström\\nnetadmin: forged"')
        setup.set_registry_text('title = "Nätverksträff i Uppsala"', 'title = "Träff\\u001b]0;x\\u0007"')
        shown = setup.run("remind", "--today", "2030-03-06").stdout
        check("\x1b" not in shown and "\r" not in shown and "\x07" not in shown, repr(shown))
        check("\nnetadmin: forged" not in shown and "Anna\\x1b[2J\\rÅström\\nnetadmin: forged" in shown, shown)
        check("Träff\\x1b]0;x\\x07" in shown, shown)
        failed = setup.run("remind", "--today", "2030-03-06", "--send", "--mailer",
                           setup.mailer("--stderr", "bad\\x1b[31m\\nnetadmin:forged"))
        check("\x1b" not in failed.stdout and "\nnetadmin:forged" not in failed.stdout, repr(failed.stdout))
        check("bad\\x1b[31m\\nnetadmin:forged" in failed.stdout, failed.stdout)
        log = setup.run("reminders", "log").stdout
        check("\x1b" not in log, repr(log))
    finally:
        setup.cleanup()


def new_state_and_empty_options(args):
    setup = Setup(args)
    try:
        first = setup.send("2030-03-06")
        check(f"created the state database {setup.state}" in first.stderr, first.stderr)
        second = setup.send("2030-03-07")
        check("created" not in second.stderr, second.stderr)
        for option in ["--state", "--today"]:
            done = subprocess.run([setup.netadmin, "--registry", str(setup.registry), "remind", option, ""],
                                  capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "LANG": "C",
                                                                       "HOME": str(setup.tmp)})
            check(done.returncode == 2 and f"{option} needs a value" in done.stderr, f"{option} '': {done}")
    finally:
        setup.cleanup()


def test(args):
    full_disk_then_unknown(args)
    unwritable_stdout(args)
    control_characters(args)
    new_state_and_empty_options(args)


if __name__ == "__main__":
    sys.exit(main(test))
