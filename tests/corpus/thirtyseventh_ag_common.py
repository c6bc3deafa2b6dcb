"""Shared vocabulary of the thirty-seventh held-out part ``ag``: its styles, request types and the
mail-client header lines its cases use. The cases themselves are in thirtyseventh_ag_1..3.py;
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
    "HORDE",
    "IPHONE",
    "K9",
    "L",
    "MAC_OUTLOOK",
    "MUTT",
    "OE",
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

    PHONE_NOTE = "phone-note"
    CHATTY = "chatty"
    HTML_ONLY = "html-only"
    FORWARD = "forward"
    REPLY = "reply"
    CORRECTION = "correction"
    SIGNATURE = "signature"
    FOREIGN = "foreign"
    FORM = "form"
    ATTACHMENT = "attachment"
    DATABOX = "databox"
    LETTER = "letter"
    CONTRACTOR = "contractor"
    TECHNICAL = "technical"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
OE = [("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.91.24111020")]
OWA = [("X-MS-Has-Attach", "no"), ("X-Originating-Client", "Outlook on the web")]
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
ZIMBRA = [("X-Mailer", "Zimbra 10.0.10_GA_4655 (ZimbraWebClient - GC131 (Win)/10.0.10_GA_4655)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ7r2mVb8LkPz1s3dEtHn5cXa9Ui0Gf4Rq")]
EVOLUTION = [("X-Mailer", "Evolution 3.52.4-0ubuntu1")]
CLAWS = [("X-Mailer", "Claws Mail 4.2.0 (GTK 3.24.41; x86_64-pc-linux-gnu)")]
YAHOO = [("X-Mailer", "WebService/1.1.22941 YMailNorrin")]
MUTT = [("User-Agent", "NeoMutt/20231103")]
HORDE = [("User-Agent", "Horde Application Framework 5")]
