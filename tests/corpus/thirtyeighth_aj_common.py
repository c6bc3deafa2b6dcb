"""Shared vocabulary of the thirty-eighth held-out part ``aj``: its styles, request types and
the mail-client header lines its cases use. The cases themselves are in thirtyeighth_aj_1..3.py;
labels follow tests/corpus/LABELS.md. Written by hand apart from the extraction rules, to be
scored only at the end of the round."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

__all__ = [
    "APPLE",
    "CLAWS",
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
    "YAHOO",
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
    DATABOX = "databox"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.92.25011212")]
OWA = [("X-MS-Has-Attach", "no"), ("X-Originating-Client", "Outlook on the web")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.200.121)")]
IPHONE = [("X-Mailer", "iPhone Mail (22B91)")]
K9 = [("User-Agent", "K-9 Mail for Android")]
SAMSUNG = [("X-Mailer", "Android-Mail (Samsung Email 6.1.98.4)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.8_GA_4661 (ZimbraWebClient - GC131 (Linux)/10.0.8_GA_4661)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ7pL2nBv8cX1sRk4TzE9mHd3f")]
EVOLUTION = [("X-Mailer", "Evolution 3.52.4-0ubuntu1")]
CLAWS = [("X-Mailer", "Claws Mail 4.2.0 (GTK 3.24.41; x86_64-pc-linux-gnu)")]
YAHOO = [("X-Mailer", "WebService/1.1.23040 YMailNorrin")]
