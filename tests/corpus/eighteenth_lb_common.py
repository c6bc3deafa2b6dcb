"""Shared vocabulary of the eighteenth held-out part ``lb``: its styles (a closed set), the
request types, the label builder and the mail-client headers its cases use.

The part's emphasis is attachments, forms and data-box messages: office documents and text files
with a short cover mail or none, forwarded .eml files, forms with ticked and unticked boxes and
ANO/NE columns, tables whose roles sit in a column or a row header, data messages with the
application in the annotation, in the attached file or in both, cover notes that change what the
attachment says, and letterheads and signature blocks carrying IČO and data-box IDs.

These cases were written by hand apart from the extraction rules: score them only at the end of
the round, never tune against them."""

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
    "ZIMBRA",
    "ico",
]

OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "yes")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3774.200.91.1.1)")]
IPHONE = [("X-Mailer", "iPhone Mail (21G93)")]
GMAIL = [("X-Gm-Message-State", "AOJu0Yx7c2QeLb")]
SEZNAM = [("X-Mailer", "Seznam Email")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.7")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.8_GA_0182 (ZimbraWebClient - FF130 (Win)/10.0.8_GA_0182)")]


class Style(StrEnum):
    """How an ``lb`` application is written."""

    PDF = "pdf"
    DOCX = "docx"
    ODT = "odt"
    SPREADSHEET = "spreadsheet"
    RTF = "rtf"
    TXT = "txt"
    FORM = "form"
    FORWARD = "forward"
    COVER_NOTE = "cover-note"
    HTML = "html"
    LETTERHEAD = "letterhead"
    DATABOX_ANNOTATION = "databox-annotation"
    DATABOX_FILE = "databox-file"
    DATABOX_BOTH = "databox-both"
