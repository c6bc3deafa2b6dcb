"""Shared vocabulary of the fortieth held-out part ``aq``: its styles, request types and the
mail-client header lines its cases use. The part's emphasis is attachments, forms and data-box
messages; the cases themselves are in fortieth_aq_1..3.py and their labels follow
tests/corpus/LABELS.md. Written by hand apart from the extraction rules, to be scored only at
the end of the round."""

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
    "SEZNAM",
    "TBIRD",
    "ZIMBRA",
    "Style",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    FORM = "form"
    ATTACHMENT = "attachment"
    EMPTY_BODY = "empty-body"
    COVER_NOTE = "cover-note"
    DATABOX_ANNOTATION = "databox-annotation"
    DATABOX_FILE = "databox-file"
    DATABOX_BOTH = "databox-both"
    FORWARD = "forward"
    REPLY = "reply"
    HTML_TABLE = "html-table"
    LETTER = "letter"
    FOREIGN = "foreign"
    SIGNED = "signed"


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
ZIMBRA = [("X-Mailer", "Zimbra 10.0.8_GA_4644 (ZimbraWebClient - GC129 (Win)/10.0.8_GA_4644)")]
GMAIL = [("X-Gm-Message-State", "AOJu0Yw7Qz2kLr8VbN4tXc1pHm6sGd3eRf")]
