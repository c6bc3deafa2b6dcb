"""Shared vocabulary of the nineteenth held-out part ``mb``: its styles, request types and the
mail-client header lines its cases use. The cases themselves are in nineteenth_mb_1..3.py;
labels follow tests/corpus/LABELS.md. This part's emphasis is attachments, forms and data-box
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
    "K9",
    "L",
    "OUTLOOK",
    "OWA",
    "ROUNDCUBE",
    "SAMSUNG",
    "SEZNAM",
    "TBIRD",
    "ZIMBRA",
    "Style",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    COVER_NOTE = "cover-note"
    EMPTY_BODY = "empty-body"
    FORM = "form"
    TABLE = "table"
    LETTER = "letter"
    CORRECTION = "correction"
    FORWARD = "forward"
    REPLY = "reply"
    FOREIGN = "foreign"
    HTML = "html"
    DATABOX_ANNOTATION = "databox-annotation"
    DATABOX_FILE = "databox-file"
    DATABOX_BOTH = "databox-both"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
OWA = [("X-MS-Has-Attach", "yes"), ("X-Originating-Client", "Outlook on the web")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.15.0",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.200.121)")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
K9 = [("User-Agent", "K-9 Mail for Android")]
SAMSUNG = [("X-Mailer", "Android Mail (Samsung Email 6.1.92.3)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.8_GA_4628 (ZimbraWebClient - GC129 (Win)/10.0.8_GA_4628)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ8f2mLxN4kR7tZp1cVb3sHd9eUy")]
