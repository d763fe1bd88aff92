#!/usr/bin/env python3
"""A sendmail stand-in for tests: reads one message on stdin and stores it.

    capture_mailer.py DIR [--fail-for ADDRESS] [--kill-parent] [--sleep SECONDS]

Each accepted message is written atomically to DIR/<time>-<pid>.eml.
--fail-for ADDRESS   refuse messages to ADDRESS (exit status 75, like a
                     temporary sendmail failure), accept the others.
--kill-parent        after storing the message, SIGKILL the process that ran
                     us: netadmin dies between handing over a message and
                     recording that it was sent.
--sleep SECONDS      wait before exiting (a slow mailer).
"""
import argparse
import email
import email.policy
import os
import signal
import sys
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dir")
    parser.add_argument("--fail-for", default="")
    parser.add_argument("--kill-parent", action="store_true")
    parser.add_argument("--sleep", type=float, default=0.0)
    args = parser.parse_args()

    data = sys.stdin.buffer.read()
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not message["To"]:
        # Like sendmail -t: no recipients (e.g. netadmin died before writing anything).
        print("capture_mailer: no recipient addresses found in header", file=sys.stderr)
        return 65
    to = message["To"].addresses[0].addr_spec
    if args.fail_for and to == args.fail_for:
        print(f"capture_mailer: refusing {to}", file=sys.stderr)
        return 75
    os.makedirs(args.dir, exist_ok=True)
    name = f"{time.time_ns()}-{os.getpid()}.eml"
    temporary = os.path.join(args.dir, "." + name)
    with open(temporary, "wb") as out:
        out.write(data)
    os.rename(temporary, os.path.join(args.dir, name))
    if args.sleep:
        time.sleep(args.sleep)
    if args.kill_parent:
        os.kill(os.getppid(), signal.SIGKILL)
    return 0


if __name__ == "__main__":
    sys.exit(main())
