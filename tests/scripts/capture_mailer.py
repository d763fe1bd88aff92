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
--hang-for ADDRESS   for ADDRESS, store nothing and never exit (a hung mailer).
--leave-child        after storing, start a child that keeps our stdout and
                     stderr open for 10 minutes, and exit 0 (a mailer that
                     leaves a delivery process behind).
--fill FILE          after storing, write FILE until its file system is full.
--stderr TEXT        write TEXT to stderr and fail (exit status 75).
"""
import argparse
import email
import email.policy
import os
import signal
import sys
import time


def fill(path):
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while os.write(descriptor, b"\0" * 4096) > 0:
            pass
    except OSError:
        pass
    finally:
        os.close(descriptor)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dir")
    parser.add_argument("--fail-for", default="")
    parser.add_argument("--kill-parent", action="store_true")
    parser.add_argument("--sleep", type=float, default=0.0)
    parser.add_argument("--hang-for", default="")
    parser.add_argument("--leave-child", action="store_true")
    parser.add_argument("--stderr", default=None)
    parser.add_argument("--fill", default="")
    args = parser.parse_args()
    if args.stderr is not None:
        sys.stdin.buffer.read()
        sys.stderr.write(args.stderr.encode().decode("unicode_escape"))
        return 75

    data = sys.stdin.buffer.read()
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not message["To"]:
        # Like sendmail -t: no recipients (e.g. netadmin died before writing anything).
        print("capture_mailer: no recipient addresses found in header", file=sys.stderr)
        return 65
    to = message["To"].addresses[0].addr_spec
    if args.hang_for and to == args.hang_for:
        while True:
            time.sleep(60)
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
    if args.fill:
        fill(args.fill)
    if args.leave_child and os.fork() == 0:
        time.sleep(600)
        os._exit(0)
    if args.kill_parent:
        os.kill(os.getppid(), signal.SIGKILL)
    return 0


if __name__ == "__main__":
    sys.exit(main())
