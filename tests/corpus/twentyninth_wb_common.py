"""Shared vocabulary of the twentyninth held-out part ``wb``: its styles, request types and the
mail-client header lines its cases use. The part's emphasis is attachments, forms and data-box
messages: office documents and plain-text files with a short cover mail or none, forwarded
.eml files, forms with ticked and unticked boxes and ANO/NE columns, tables with role columns
and row headers, data messages with the application in the annotation, in the file or both,
cover notes that change the attachment, letterheads and signatures with IČO and data-box IDs.
The cases themselves are in twentyninth_wb_1..3.py; labels follow tests/corpus/LABELS.md.
Written by hand apart from the extraction rules, to be scored only at the end of the round."""

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
    "ZIMBRA",
    "Style",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    COVER_NOTE = "cover_note"
    EMPTY_BODY = "empty_body"
    FORM = "form"
    TABLE = "table"
    AMENDMENT = "amendment"
    FORWARD_EML = "forward_eml"
    LETTERHEAD = "letterhead"
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
APPLE = [("X-Mailer", "Apple Mail (2.3826.200.121)")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.8_GA_4718 (ZimbraWebClient - GC129 (Win)/10.0.8_GA_4718)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ7pL2mN8vR4sT1xK9bZ3cH6dF")]
