"""Shared vocabulary of the forty-first held-out part ``at``: its styles (a closed set), the
request types, the label builder and the mail-client header lines its cases use.

The part's emphasis is attachments, forms and data-box messages: PDF, DOCX, ODT, XLSX, RTF and
TXT files and forwarded .eml messages behind a short cover mail or an empty body, forms with
ticked and unticked boxes and ANO/NE columns, tables with role columns and row headers, data
messages with the application in the annotation, in the attached file or in both, cover notes
that change something in the attachment, and letterheads and signature blocks carrying an IČO
and a data-box ID. The cases are in fortyfirst_at_1..3.py; labels follow tests/corpus/LABELS.md.
Written by hand apart from the extraction rules, to be scored only at the end of the round."""

from __future__ import annotations

from datetime import UTC, datetime
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
    "SEZNAM",
    "TBIRD",
    "ZIMBRA",
    "Style",
    "earlier",
    "ico",
]


class Style(StrEnum):
    """How a case's application reaches the office (its label's ``style``)."""

    COVER = "cover-note"
    EMPTY_BODY = "empty-body"
    FORM = "form"
    TABLE = "table"
    COVER_CHANGE = "cover-change"
    FORWARD = "forward-eml"
    REPLY = "reply"
    LETTERHEAD = "letterhead"
    FOREIGN = "foreign"
    DATABOX_ANNOTATION = "databox-annotation"
    DATABOX_FILE = "databox-file"
    DATABOX_BOTH = "databox-both"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
OWA = [("X-MS-Has-Attach", "yes"), ("X-Originating-Client", "Outlook on the web")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.4.1",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.200.121)")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
K9 = [("User-Agent", "K-9 Mail for Android")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.8_GA_4621 (ZimbraWebClient - GC129 (Win)/10.0.8_GA_4621)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ7c2mV1rTz8LxHd3pKs9nBe6f")]


def earlier(day: int, hour: int, minute: int) -> datetime:
    """The date of a forwarded original, some days before the case itself (September 2025)."""
    return datetime(2025, 9, day, hour, minute, tzinfo=UTC)
