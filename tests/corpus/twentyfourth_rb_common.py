"""Shared vocabulary of the twentyfourth held-out part ``rb``: its styles, request types and
the mail-client header lines its cases use. The cases themselves are in twentyfourth_rb_1..3.py;
labels follow tests/corpus/LABELS.md. Written by hand apart from the extraction rules, to be
scored only at the end of the round."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

# form marks as people type or their word processors render them
TICK = "\u2612"  # ☒
TICK2 = "\u2611"  # ☑
EMPTY = "\u2610"  # ☐

__all__ = [
    "APPLE",
    "EMPTY",
    "FEED",
    "FILM",
    "GMAIL",
    "IPHONE",
    "K9",
    "L",
    "OUTLOOK",
    "OWA",
    "ROUNDCUBE",
    "SEZNAM",
    "TBIRD",
    "TICK",
    "TICK2",
    "ZIMBRA",
    "Style",
    "ico",
]


class Style(StrEnum):
    """How a case's application reaches the office (its label's ``style``)."""

    COVER_NOTE = "cover-note"  # a short mail, the application in the attached file
    EMPTY_BODY = "empty-body"  # no text of its own, only the file
    AMENDING_NOTE = "amending-note"  # the mail changes something in the attached file
    FORM = "form"  # checkboxes, [x]/[ ], ANO/NE columns
    TABLE = "table"  # role columns or row headers in a document or HTML
    FORWARDED_EML = "forwarded-eml"  # a message attached as .eml
    LETTERHEAD = "letterhead"  # identifiers in a letterhead or signature block
    FOREIGN = "foreign"
    DATABOX_ANNOTATION = "databox-annotation"  # the application only in dmAnnotation
    DATABOX_FILE = "databox-file"  # the application only in the attached file
    DATABOX_BOTH = "databox-both"  # annotation and file together


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
K9 = [("User-Agent", "K-9 Mail for Android")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.8_GA_4642 (ZimbraWebClient - GC129 (Win)/10.0.8_GA_4642)")]
GMAIL = [("X-Gm-Message-State", "AOJu0Yw7rKp1vQe9Xz3LmT0aHc5nBd2fUg")]
