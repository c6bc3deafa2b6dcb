"""Shared vocabulary of the thirty-second held-out part ``zb``: its styles, request types and
the mail-client header lines its cases use. The cases themselves are in thirtysecond_zb_1..3.py;
labels follow tests/corpus/LABELS.md. The part's emphasis is attachments, forms and data
messages. Written by hand apart from the extraction rules, to be scored only at the end of the
round."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

__all__ = [
    "APPLE",
    "DATABOX_STYLES",
    "FEED",
    "FILM",
    "GMAIL",
    "IPHONE",
    "OUTLOOK",
    "OWA",
    "ROUNDCUBE",
    "SEZNAM",
    "TBIRD",
    "ZIMBRA",
    "L",
    "Style",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    COVER_NOTE = "cover-note"
    EMPTY_BODY = "empty-body"
    FORM = "form"
    TABLE = "table"
    COVER_CORRECTION = "cover-correction"
    FORWARD = "forward"
    REPLY = "reply"
    LETTER = "letter"
    FOREIGN = "foreign"
    DATABOX_ANNOTATION = "databox-annotation"
    DATABOX_FILE = "databox-file"
    DATABOX_BOTH = "databox-both"


DATABOX_STYLES = frozenset({Style.DATABOX_ANNOTATION, Style.DATABOX_FILE, Style.DATABOX_BOTH})

OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
OWA = [("X-MS-Has-Attach", "yes"), ("X-Originating-Client", "Outlook on the web")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3776.700.51)")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.8_GA_4611 (ZimbraWebClient - GC129 (Win)/10.0.8_GA_4611)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ7p3kR9s2Lx5vT8nB1mZc4dHf")]
