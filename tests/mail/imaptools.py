"""Helpers of the IMAP tests: a source on the test Dovecot, draining a poll, reading flags."""

from __future__ import annotations

from intake.model import RawItem, SourceNotice
from mail.imap import ImapSource
from tests.fixtures.imap import Dovecot


def source(d: Dovecot, user: str, **kw: object) -> ImapSource:
    args: dict[str, object] = {
        "name": "podatelna",
        "host": d.host,
        "port": d.port,
        "security": "plain",
        "username": user,
        "password": d.password,
        "timeout": 10.0,
    }
    args.update(kw)
    return ImapSource(**args)  # type: ignore[arg-type]


def drain(src: ImapSource, ack: bool = True) -> list[RawItem | SourceNotice]:
    out = []
    for thing in src.poll():
        out.append(thing)
        if ack:
            src.acknowledge(thing.ref)
    return out


def flags(d: Dovecot, user: str) -> dict[int, tuple[bytes, ...]]:
    c = d.client(user)
    try:
        c.select_folder("INBOX", readonly=True)
        return {u: v[b"FLAGS"] for u, v in c.fetch(c.search(["ALL"]), ["FLAGS"]).items()}
    finally:
        c.logout()
