"""Shared vocabulary of the thirty-third held-out part ``bb``: its styles, request types and the
mail-client header lines its cases use. The part's emphasis is attachments, forms and data-box
messages: office documents with a short cover mail or none, forms with ticked and unticked boxes
and ANO/NE columns, tables with role columns or row headers, data messages with the application
in the annotation, in the attached file or in both, cover notes that change the attachment, and
letterheads and signature blocks with IČO and data-box IDs. The cases are in thirtythird_bb_1..3.py;
labels follow tests/corpus/LABELS.md. Written by hand apart from the extraction rules, to be
scored only at the end of the round."""

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
    "OWA",
    "ROUNDCUBE",
    "SEZNAM",
    "TBIRD",
    "Style",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    ATTACHMENT = "attachment"
    EMPTY_BODY = "empty-body"
    FORM = "form"
    TABLE = "table"
    COVER_CHANGE = "cover-change"
    FORWARD = "forward"
    REPLY = "reply"
    LETTER = "letter"
    FOREIGN = "foreign"
    DATABOX = "databox"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
OWA = [("X-MS-Has-Attach", "yes"), ("X-Originating-Client", "Outlook on the web")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.15.0",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3731.700.6)")]
IPHONE = [("X-Mailer", "iPhone Mail (20H240)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.5.9")]
GMAIL = [("X-Gm-Message-State", "AOJu0Yw8qT2hVn5cLk1sRp0ZdXe7uGm3")]
