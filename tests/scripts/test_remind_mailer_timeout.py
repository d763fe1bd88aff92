#!/usr/bin/env python3
"""Issue: a mailer that hangs hung cron.

- A mailer that never exits is stopped after --mailer-timeout seconds (its
  process group killed); the message is recorded as failed, the run goes on
  with the others, exits 1, and the next run sends it.
- A mailer that exits 0 but leaves a child holding its output pipe is done
  when it exits: netadmin does not wait for end-of-file.
- The settings key `mailer_timeout` sets the timeout too.
- SIGTERM during a slow mailer: the message in hand is finished and
  recorded, the run stops, prints what it did, exits non-zero, and the
  next run sends the rest."""
import os
import signal
import subprocess
import sys
import time

from remind_support import Setup, check, main

def processes_with(text):
    """Process ids whose command line holds `text` (reads /proc: no procps needed)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                command = f.read().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if text in command:
            found.append(int(entry))
    return found


WITH_ADDRESS = ["anna@example.se", "bo@example.se", "david@example.se", "fredrik@example.se"]


def hung(args):
    setup = Setup(args)
    try:
        started = time.monotonic()
        done = setup.run("remind", "--today", "2030-03-06", "--send", "--mailer-timeout", "2",
                         "--mailer", setup.mailer("--hang-for", "bo@example.se"))
        took = time.monotonic() - started
        check(done.returncode == 1, f"exit {done.returncode}: {done.stdout} {done.stderr}")
        check(took < 15, f"a hung mailer held the run {took:.1f} s")
        check("no exit within 2 seconds" in done.stdout, done.stdout)
        check(setup.recipients() == ["anna@example.se", "david@example.se", "fredrik@example.se"],
              f"the others: {setup.recipients()}")
        failed = [e["recipient"] for e in setup.log() if e["status"] == "failed"]
        check(failed == ["bo-ek"], f"failed: {failed}")
        leftovers = processes_with(f"{setup.captured} --hang-for bo@example.se")
        check(leftovers == [], f"the hung mailer still runs: {leftovers}")
        setup.send("2030-03-07")
        check(setup.recipients() == WITH_ADDRESS, f"after the retry: {setup.recipients()}")
    finally:
        setup.cleanup()


def settings_key(args):
    setup = Setup(args)
    try:
        settings = setup.registry / "settings.toml"
        settings.write_text(settings.read_text(encoding="utf-8").replace(
            'mail_from = "natverket@example.se"', 'mail_from = "natverket@example.se"\nmailer_timeout = 1'),
            encoding="utf-8")
        started = time.monotonic()
        done = setup.run("remind", "--today", "2030-03-06", "--send",
                         "--mailer", setup.mailer("--hang-for", "anna@example.se"))
        check(done.returncode == 1 and "no exit within 1 second," in done.stdout, done.stdout + done.stderr)
        check(time.monotonic() - started < 10, "settings mailer_timeout not used")
    finally:
        setup.cleanup()


def child_left_behind(args):
    setup = Setup(args)
    try:
        started = time.monotonic()
        done = setup.send("2030-03-06", "--leave-child")
        took = time.monotonic() - started
        check(took < 20, f"waited {took:.1f} s for a child holding the pipe")
        check(setup.recipients() == WITH_ADDRESS, f"sent: {setup.recipients()} {done.stdout}")
        check({e["status"] for e in setup.log() if e["address"]} == {"sent"}, f"log: {setup.log()}")
    finally:
        for pid in processes_with(f"capture_mailer.py {setup.captured} --leave-child"):
            os.kill(pid, signal.SIGKILL)
        setup.cleanup()


def terminated(args):
    setup = Setup(args)
    try:
        command = [setup.netadmin, "--registry", str(setup.registry), "--state", str(setup.state), "remind",
                   "--today", "2030-03-06", "--send", "--mailer", setup.mailer("--sleep", "1.5")]
        run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={"PATH": os.environ.get("PATH", ""), "LANG": "C", "HOME": str(setup.tmp)})
        time.sleep(0.7)  # inside the first message's slow mailer
        run.send_signal(signal.SIGTERM)
        out, err = run.communicate(timeout=60)
        check(run.returncode not in (0, -signal.SIGTERM), f"exit {run.returncode} after SIGTERM\n{out}\n{err}")
        check("stopped by SIGTERM" in err, err)
        sent = setup.recipients()
        check(len(sent) == 1 and f"sent to {sent[0]}" in out, f"sent {sent}, reported {out!r}")
        statuses = [e["status"] for e in setup.log()]
        check("unknown" not in statuses and statuses.count("sent") == 1, f"log after SIGTERM: {statuses}")
        setup.send("2030-03-06")
        check(setup.recipients() == WITH_ADDRESS, f"after the next run: {setup.recipients()}")
    finally:
        setup.cleanup()


def test(args):
    hung(args)
    settings_key(args)
    child_left_behind(args)
    terminated(args)


if __name__ == "__main__":
    sys.exit(main(test))
