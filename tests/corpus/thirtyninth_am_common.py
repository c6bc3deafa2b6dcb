"""Shared vocabulary of the thirty-ninth held-out part ``am``: its styles, request types and the
mail-client header lines its cases use. The cases themselves are in thirtyninth_am_1..3.py;
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
    "K9",
    "L",
    "MAC_OUTLOOK",
    "OUTLOOK",
    "OWA",
    "ROUNDCUBE",
    "SAMSUNG",
    "SEZNAM",
    "TBIRD",
    "Style",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    MOBILE = "mobile"
    CHATTY = "chatty"
    HTML = "html"
    FORWARD = "forward"
    REPLY = "reply"
    CORRECTION = "correction"
    SIGNATURE = "signature"
    FOREIGN = "foreign"
    FORM = "form"
    ATTACHMENT = "attachment"
    DATABOX = "databox"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0.18025.20160")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.92.24120731")]
OWA = [("X-MS-Exchange-Organization-SCL", "1"), ("X-Originating-Client", "OWA")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Thunderbird/140.3.0",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
IPHONE = [("X-Mailer", "iPhone Mail (22F76)")]
K9 = [("User-Agent", "K-9 Mail for Android 6.804")]
SAMSUNG = [("X-Mailer", "Samsung Email 6.2.04.2")]
SEZNAM = [("X-Mailer", "Seznam Email (email.seznam.cz)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.10")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ8e2kTn5Lr4Hs7Vd1mZpX3bCa")]
