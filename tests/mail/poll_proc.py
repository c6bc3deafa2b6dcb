"""``podatelna`` CLI in a child process whose IMAP source SIGKILLs the process at the N-th
acknowledgement, i.e. after that item's commit and before anything reaches the server.

Usage: python -m tests.mail.poll_proc --kill-at N -- <podatelna arguments>
"""

from __future__ import annotations

import argparse
import os
import signal
import sys

import mail.imap
from intake.cli import main


def run() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kill-at", type=int, required=True)
    ap.add_argument("rest", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    original = mail.imap.ImapSource.acknowledge
    seen = 0

    def acknowledge(self: mail.imap.ImapSource, ref: str) -> None:
        nonlocal seen
        seen += 1
        if seen == args.kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        original(self, ref)

    mail.imap.ImapSource.acknowledge = acknowledge  # type: ignore[method-assign]
    rest = args.rest[1:] if args.rest[:1] == ["--"] else args.rest
    return main(rest)


if __name__ == "__main__":
    sys.exit(run())
