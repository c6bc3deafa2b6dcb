"""The demo's outgoing mail server: an SMTP server on loopback that accepts every message and
files it under ``var/demo/sent-mail/`` (one .eml per message), so the notices to applicants
can be seen without a real mail server."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller


class _Handler:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.counter = itertools.count(len(list(directory.glob("*.eml"))) + 1)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        n = next(self.counter)
        rcpt = "_".join(envelope.rcpt_tos)[:80].replace("/", "_")
        (self.directory / f"{n:04d}-{rcpt}.eml").write_bytes(envelope.original_content)
        return "250 Message accepted for delivery"


def start_mail_catcher(directory: Path) -> Controller:
    """Start the catcher on a free loopback port; ``controller.port`` tells which."""
    import socket

    directory.mkdir(parents=True, exist_ok=True)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    controller = Controller(_Handler(directory), hostname="127.0.0.1", port=port)
    controller.start()
    return controller
