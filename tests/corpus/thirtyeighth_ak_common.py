"""Shared vocabulary of the thirty-eighth held-out part ``ak``: its styles, request types and
the mail-client header lines its cases use. The cases themselves are in thirtyeighth_ak_1..3.py;
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
    "EM_CLIENT",
    "EVOLUTION",
    "FEED",
    "FILM",
    "GMAIL",
    "IPHONE",
    "K9",
    "L",
    "MAC_OUTLOOK",
    "OUTLOOK",
    "OUTLOOK14",
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

    COVER = "cover-note"
    EMPTY = "empty-body"
    FORM = "form"
    TABLE = "table"
    LETTER = "letter"
    CORRECTION = "correction"
    FORWARD = "forward"
    REPLY = "reply"
    FOREIGN = "foreign"
    DATABOX_NOTE = "databox-annotation"
    DATABOX_FILE = "databox-file"
    DATABOX_BOTH = "databox-both"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
OUTLOOK14 = [("X-Mailer", "Microsoft Outlook 14.0")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.91.24111020")]
OWA = [("X-MS-Has-Attach", "yes"), ("X-Originating-Client", "Outlook on the web")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.1",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.200.121)")]
IPHONE = [("X-Mailer", "iPhone Mail (22B91)")]
K9 = [("User-Agent", "K-9 Mail for Android")]
SAMSUNG = [("X-Mailer", "Android-Mail (Samsung Email 6.1.97.1)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.1.2_GA_0386 (ZimbraWebClient - GC131 (Win)/10.1.2_GA_0386)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ8m2kVt7xHn4cLr1pZs9dEa3f")]
EVOLUTION = [("X-Mailer", "Evolution 3.52.3-0ubuntu1")]
EM_CLIENT = [("X-Mailer", "eM Client 10.1.4588.0")]
