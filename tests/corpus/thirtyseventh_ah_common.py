"""Shared vocabulary of the thirty-seventh held-out part ``ah``: its styles, request types and
the mail-client header lines its cases use. The cases themselves are in thirtyseventh_ah_1..3.py;
labels follow tests/corpus/LABELS.md. The part is about attachments, forms and data-box
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
    "ZIMBRA",
    "Style",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    EMPTY_BODY = "empty-body"
    COVER_NOTE = "cover-note"
    COVER_CHANGE = "cover-change"
    FORM = "form"
    TABLE = "table"
    LETTER = "letter"
    FORWARD = "forward"
    REPLY = "reply"
    FOREIGN = "foreign"
    DATABOX_ANNOTATION = "databox-annotation"
    DATABOX_FILE = "databox-file"
    DATABOX_BOTH = "databox-both"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.1",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.200.121)")]
IPHONE = [("X-Mailer", "iPhone Mail (22B91)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.6_GA_4650 (ZimbraWebClient - GC130 (Win)/10.0.6_GA_4650)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ8h2ZkT1mVb7rXc3sLq9eNd5pA")]
