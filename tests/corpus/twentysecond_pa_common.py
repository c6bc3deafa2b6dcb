"""Shared vocabulary of the twentysecond held-out part ``pa``: its styles, request types and
the mail-client header lines its cases use. The cases are in twentysecond_pa_1..3.py; labels
follow tests/corpus/LABELS.md. Written by hand apart from the extraction rules, to be scored
only at the end of the round."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"
BOTH = [FEED, FILM]

__all__ = [
    "APPLE",
    "BOTH",
    "EMCLIENT",
    "EVOLUTION",
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
    "TBIRD_LINUX",
    "ZIMBRA",
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
    CONTRACTOR = "contractor"
    FORM = "form"
    ATTACHMENT = "attachment"
    SIGNED = "signed"
    DATABOX = "databox"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdsZ3kq7PmV0cQ2eTdu1m9wA")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.90.24100617")]
OWA = [("X-MS-Has-Attach", ""), ("X-Originating-Client", "Outlook on the web")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1",
    )
]
TBIRD_LINUX = [
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0")
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.200.121)")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
K9 = [("User-Agent", "K-9 Mail for Android")]
SAMSUNG = [("X-Mailer", "Android-Mail (Samsung Email 6.1.98.5)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.8_GA_4200 (ZimbraWebClient - GC129 (Win)/10.0.8_GA_4200)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ7pL2nVx4Rk9bTe3sHcM1aZy8")]
EVOLUTION = [("X-Mailer", "Evolution 3.52.3-0ubuntu1")]
EMCLIENT = [("X-Mailer", "eM Client 10.1.4588.0")]
