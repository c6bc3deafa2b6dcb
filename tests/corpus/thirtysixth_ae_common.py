"""Shared vocabulary of the thirty-sixth held-out part ``ae``: its styles, request types and the
mail-client header lines its cases use. The cases themselves are in thirtysixth_ae_1..3.py;
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

    EMPTY_BODY = "empty-body"
    COVER_NOTE = "cover-note"
    COVER_CHANGE = "cover-change"
    FORM = "form"
    TABLE = "table"
    FORWARD = "forward"
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
SAMSUNG = [("X-Mailer", "Android-Mail (Samsung Email 6.1.91.14)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.9_GA_4737 (ZimbraWebClient - GC130 (Linux)/10.0.9_GA_4737)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YzQ1p7cR4mLx2Vd9eKs3nWb8tHf")]
