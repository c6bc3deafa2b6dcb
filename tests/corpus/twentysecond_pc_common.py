"""Shared vocabulary of the twentysecond held-out part ``pc``: its styles, request types and the
mail-client header lines its cases use. The cases themselves are in twentysecond_pc_1..3.py;
labels follow tests/corpus/LABELS.md. These cases were written by hand apart from the
extraction rules, to be scored only at the end of the round."""

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
    """Who writes a case's message and how (its label's ``style``)."""

    FOREIGN = "foreign"
    FREELANCE = "freelance"
    INSTITUTION = "institution"
    MUNICIPALITY = "municipality"
    AGENCY = "agency"
    CONTRACTOR = "contractor"
    TERSE = "terse"
    LETTER = "letter"
    HTML = "html"
    FORWARD = "forward"
    REPLY = "reply"
    CORRECTION = "correction"
    FORM = "form"
    ATTACHMENT = "attachment"
    SCOPE = "scope"
    HOSTS = "hosts"
    ORDER = "order"
    DATABOX = "databox"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
OWA = [("X-MS-Has-Attach", "no"), ("X-Originating-Client", "Outlook on the web")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
K9 = [("User-Agent", "K-9 Mail for Android")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.8_GA_4650 (ZimbraWebClient - GC129 (Linux)/10.0.8_GA_4650)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ8n2kLf5Vr3Xp7HdT1sMeZa9c")]
