"""Shared vocabulary of the thirty-fifth held-out part ``db``: its styles, request types and the
mail-client header lines its cases use. The part's emphasis is attachments, forms and data-box
messages (PDF/DOCX/ODT/XLSX/RTF/TXT/forwarded .eml files with a short cover mail or an empty
body, checkbox forms, tables with role columns or row headers, data messages with the
application in the annotation, in the file or in both, cover notes that change the attachment,
letterheads and signature blocks with IČO and data-box IDs). The cases themselves are in
thirtyfifth_db_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart from the
extraction rules, to be scored only at the end of the round."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

__all__ = [
    "APPLE",
    "EVOLUTION",
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
    "ZIMBRA",
    "Style",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    EMPTY_BODY = "empty_body"
    COVER_NOTE = "cover_note"
    AMENDING_COVER = "amending_cover"
    FORM = "form"
    TABLE = "table"
    LETTERHEAD = "letterhead"
    FORWARDED_EML = "forwarded_eml"
    REPLY = "reply"
    FOREIGN = "foreign"
    DATABOX_ANNOTATION = "databox_annotation"
    DATABOX_FILE = "databox_file"
    DATABOX_BOTH = "databox_both"


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
ZIMBRA = [("X-Mailer", "Zimbra 10.0.8_GA_4611 (ZimbraWebClient - GC129 (Win)/10.0.8_GA_4611)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ7s1Lq8Hk2bVt9Zr4pXe6mN3cRf")]
EVOLUTION = [("X-Mailer", "Evolution 3.52.4-1")]
