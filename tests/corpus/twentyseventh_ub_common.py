"""Shared vocabulary of the twentyseventh held-out part ``ub``: its styles, request types and
the mail-client header lines its cases use. The cases themselves are in twentyseventh_ub_1..3.py;
labels follow tests/corpus/LABELS.md. The part's emphasis is attachments, forms and data-box
messages. Written by hand apart from the extraction rules, to be scored only at the end of the
round."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

__all__ = [
    "APPLE",
    "FEED",
    "FILM",
    "GMAIL",
    "IPHONE",
    "L",
    "OUTLOOK",
    "ROUNDCUBE",
    "SEZNAM",
    "TBIRD",
    "Style",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    COVER = "cover"
    EMPTY_BODY = "empty-body"
    FORM = "form"
    TABLE = "table"
    LETTER = "letter"
    FORWARD = "forward"
    REPLY = "reply"
    CORRECTION = "correction"
    FOREIGN = "foreign"
    DATABOX = "databox"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.4.1",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.200.121)")]
IPHONE = [("X-Mailer", "iPhone Mail (22B91)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ8n2pLk7rVt3sXe9dH1mBzFc6")]
