"""Shared vocabulary of the twentyfirst held-out part ``oa``: its styles, request types and the
mail-client header lines its cases use. The cases themselves are in twentyfirst_oa_1..3.py;
labels follow tests/corpus/LABELS.md. Written by hand apart from the extraction rules, to be
scored only at the end of the round."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"
BOTH = [FEED, FILM]

__all__ = [
    "ANDROID",
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
    "OE",
    "OUTLOOK",
    "OUTLOOK14",
    "OWA",
    "ROUNDCUBE",
    "SAMSUNG",
    "SEZNAM",
    "TBIRD",
    "TBIRD_LINUX",
    "YAHOO",
    "ZIMBRA",
    "Style",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    PHONE = "phone"
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
    LETTER = "letter"
    DATABOX = "databox"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
OUTLOOK14 = [("X-Mailer", "Microsoft Outlook 14.0")]
OE = [("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.90.24101712")]
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
SAMSUNG = [("X-Mailer", "Android-Mail (Samsung Email 6.1.94.2)")]
ANDROID = [("User-Agent", "Android Mail/2024.09.29.682004543.Release")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.8_GA_4611 (ZimbraWebClient - GC129 (Win)/10.0.8_GA_4611)")]
GMAIL = [("X-Gm-Message-State", "AOJu0Yw8pQm3Zr7nE2kTfVx1aL9cB4dHs6")]
EVOLUTION = [("X-Mailer", "Evolution 3.52.3-0ubuntu1")]
EMCLIENT = [("X-Mailer", "eM Client 10.1.4588.0")]
YAHOO = [("X-Mailer", "WebService/1.1.22806 YMailNorrin")]
