"""Parsing a received e-mail into an ``intake.model.ParsedMessage`` (pure, never raises).

The raw bytes stay the evidence; this only derives what the pipeline needs: the sender, the
subject, the headers the rules look at, and the components (bodies, attachments, unpacked
containers). Signatures are kept as components but NOT verified here.
"""

from __future__ import annotations

import email.errors
import gc
from datetime import datetime

from intake.model import Channel, Code, ParsedMessage, Problem
from mail.containers import forget_parsed
from mail.headers import date_value, display_text, first_values, parsed
from mail.headers import receipt_time as _receipt_time
from mail.lean import lean_parse
from mail.parts import Walker

LARGE_MESSAGE = 8 << 20
"""Bytes above which parsing ends with a cyclic garbage collection."""

KEPT_HEADERS = (
    "From",
    "Sender",
    "Reply-To",
    "To",
    "Cc",
    "Date",
    "Message-ID",
    "In-Reply-To",
    "References",
    "Auto-Submitted",
    "Precedence",
    "List-Id",
    "List-Unsubscribe",
    "Return-Path",
    "X-Autoreply",
    "X-Autorespond",
    "X-Auto-Response-Suppress",
    "Content-Language",
    "Received",
)
"""Headers copied into ``ParsedMessage.headers`` (first occurrence; for Received the top one)."""


def parse_email(raw: bytes) -> ParsedMessage:
    """Parse one RFC 5322 message. Problems are recorded in ``ParsedMessage.problems``."""
    problems: list[Problem] = []
    forget_parsed()
    if len(raw) > LARGE_MESSAGE:
        gc.collect()  # earlier parses' trees (see below) before this one's peak
    try:
        msg, spooled = lean_parse(raw)
    except Exception as exc:  # the stdlib parser is lenient; this is a last resort
        return ParsedMessage(
            channel=Channel.EMAIL,
            problems=(
                Problem(Code.UNPARSABLE_MESSAGE, f"Zprávu nelze rozebrat: {type(exc).__name__}."),
            ),
        )
    if not raw.strip():
        problems.append(Problem(Code.EMPTY_MESSAGE, "Zpráva je prázdná."))

    headers: dict[str, str] = {}
    firsts = first_values(msg)
    for name in KEPT_HEADERS:
        value = display_text(name, firsts.get(name.lower()))
        if value:
            headers[name] = value

    sender, sender_name = "", ""
    raw_from = firsts.get("from")
    if raw_from is None:
        problems.append(Problem(Code.MISSING_SENDER, "Zpráva nemá hlavičku From."))
    else:
        header = parsed("From", raw_from)
        addresses = getattr(header, "addresses", ()) if header is not None else ()
        invalid = any(
            isinstance(d, email.errors.InvalidHeaderDefect) for d in getattr(header, "defects", ())
        )
        if invalid:  # e.g. 'alice@example.org)<bob@example.org>' (CVE-2023-27043): fail closed
            problems.append(
                Problem(Code.BAD_SENDER, "Adresu odesílatele (From) nelze jednoznačně přečíst.")
            )
        elif addresses and addresses[0].addr_spec and "@" in addresses[0].addr_spec:
            sender = addresses[0].addr_spec
            sender_name = addresses[0].display_name or ""
        else:
            problems.append(Problem(Code.BAD_SENDER, "Adresu odesílatele (From) nelze přečíst."))
        if len(addresses) > 1:
            problems.append(Problem(Code.MULTIPLE_SENDERS, "Hlavička From uvádí více adres."))

    date: datetime | None = None
    raw_date = firsts.get("date")
    if raw_date is not None:
        date = date_value(raw_date)
        if date is None:
            problems.append(Problem(Code.BAD_DATE, "Datum zprávy (Date) nelze přečíst."))

    walker = Walker(spooled)
    walker.walk(msg, None, raw=memoryview(raw))
    result = ParsedMessage(
        channel=Channel.EMAIL,
        subject=display_text("Subject", firsts.get("subject")),
        sender=sender,
        sender_name=sender_name,
        message_id=display_text("Message-ID", firsts.get("message-id")),
        date=date,
        components=tuple(walker.components),
        headers=headers,
        problems=tuple(problems + walker.problems),
    )
    del msg
    if len(raw) > LARGE_MESSAGE:
        # the stdlib feed parser keeps the whole message tree in a reference cycle (parser ->
        # its parse generator -> parser); free it now, not at some later cyclic collection,
        # or the next stage's peak stacks on this one's (a 50 MB mail: 4.75x -> 3.9x its size)
        gc.collect()
    return result


def receipt_time(raw: bytes, trusted_mx: str | None) -> datetime | None:
    """Date of the top ``Received:`` header added by ``trusted_mx`` (its ``by`` host); with
    ``trusted_mx`` None, of the top-most Received header. None when there is no such header."""
    return _receipt_time(raw, trusted_mx)
