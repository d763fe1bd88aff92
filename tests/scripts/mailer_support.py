"""The capture mailer (capture_mailer.py) as the script tests use it: the
mailer command that stores each message netadmin hands it in a folder, and
the messages stored there. Not a test itself (the runner only picks up
test_*.py)."""
import email
import email.policy
import sys
from pathlib import Path

CAPTURE = Path(__file__).resolve().parent / "capture_mailer.py"


def capture_command(folder, *extra):
    """The command line of a mailer that stores each message in `folder`;
    `extra` are capture_mailer.py's options (--fail-for ADDRESS …)."""
    return " ".join([sys.executable, str(CAPTURE), str(folder), *extra])


def captured_paths(folder):
    """The stored messages' files, in the order they were stored (none when nothing was)."""
    folder = Path(folder)
    return sorted(folder.glob("*.eml")) if folder.exists() else []


def captured_messages(folder):
    """Every stored message, parsed, in the order they were stored."""
    found = []
    for path in captured_paths(folder):
        with open(path, "rb") as f:
            found.append(email.message_from_bytes(f.read(), policy=email.policy.default))
    return found
