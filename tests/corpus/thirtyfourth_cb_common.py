"""Shared vocabulary of the thirty-fourth held-out part ``cb``: its styles, request types and the
mail-client header lines its cases use. The cases themselves are in thirtyfourth_cb_1..3.py;
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
    "ZIMBRA",
    "Style",
    "ico",
]


class Style(StrEnum):
    """How a case's application travels (its label's ``style``)."""

    COVER_NOTE = "cover-note"
    EMPTY_BODY = "empty-body"
    AMENDING_COVER = "amending-cover"
    FORM = "form"
    TABLE = "table"
    FORWARDED_EML = "forwarded-eml"
    LETTERHEAD = "letterhead"
    FOREIGN = "foreign"
    HTML = "html"
    REPLY = "reply"
    DATABOX_ANNOTATION = "databox-annotation"
    DATABOX_FILE = "databox-file"
    DATABOX_BOTH = "databox-both"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
OWA = [("X-Originating-Client", "Outlook on the web"), ("X-MS-Has-Attach", "yes")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.4.1",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.200.121)")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.8_GA_4628 (ZimbraWebClient - GC129 (Win)/10.0.8_GA_4628)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ7pLr2xTk9sVb3NmZ8cHd1Fe6")]
