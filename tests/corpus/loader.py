"""Reading the development corpus: .eml files parsed into ParsedMessage, plus their labels.

Uses ``mail.mime.parse_email`` when the mail package provides it; until then a small local
parser built on the standard library's email package (test helper only)."""

from __future__ import annotations

import email
import email.policy
import email.utils
import json
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from intake.model import Channel, Component, ComponentRole, ParsedMessage

CORPUS = Path(__file__).parent


def _local_parse(raw: bytes) -> ParsedMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    comps: list[Component] = []
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        disp = part.get_content_disposition()
        payload = part.get_payload(decode=True) or b""
        filename = part.get_filename()
        n += 1
        if ctype in ("application/pkcs7-signature", "application/x-pkcs7-signature"):
            role = ComponentRole.SIGNATURE
        elif disp != "attachment" and not filename and ctype == "text/plain":
            role = ComponentRole.BODY_TEXT
        elif disp != "attachment" and not filename and ctype == "text/html":
            role = ComponentRole.BODY_HTML
        else:
            role = ComponentRole.ATTACHMENT
        name = filename or (f"body-{n}.txt" if role is ComponentRole.BODY_TEXT else f"part-{n}")
        charset = part.get_content_charset()
        comps.append(
            Component(name=name, role=role, data=payload, declared_type=ctype, charset=charset)
        )
    sender_name, sender = email.utils.parseaddr(str(msg.get("From", "")))
    date = None
    if msg.get("Date"):
        try:
            date = email.utils.parsedate_to_datetime(str(msg["Date"]))
        except (TypeError, ValueError):
            date = None
    return ParsedMessage(
        channel=Channel.EMAIL,
        subject=str(msg.get("Subject", "")),
        sender=sender,
        sender_name=sender_name,
        message_id=str(msg.get("Message-ID", "")),
        date=date,
        components=tuple(comps),
    )


def parse(raw: bytes) -> ParsedMessage:
    try:
        from mail.mime import parse_email  # type: ignore[import-not-found]
    except ImportError:
        return _local_parse(raw)
    return parse_email(raw)  # type: ignore[no-any-return]


def cases() -> list[tuple[Path, dict[str, Any]]]:
    out = []
    for eml in sorted((CORPUS / "cases").glob("*.eml")):
        labels = json.loads(eml.with_suffix(".json").read_text(encoding="utf-8"))
        out.append((eml, labels))
    return out
