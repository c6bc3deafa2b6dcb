"""Shared vocabulary of the thirty-eighth held-out part ``al``: its styles, request types and
the mail-client header lines its cases use. The cases themselves are in thirtyeighth_al_1..3.py;
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
    """Who writes the case's message and how (its label's ``style``)."""

    FOREIGN = "foreign"
    FREELANCER = "freelancer"
    INSTITUTION = "institution"
    MUNICIPALITY = "municipality"
    AGENCY = "agency"
    CONTRACTOR = "contractor"
    TERSE = "terse"
    LETTER = "letter"
    HTML = "html"
    FORM = "form"
    FORWARD = "forward"
    REPLY = "reply"
    CORRECTION = "correction"
    DATABOX = "databox"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
OWA = [("X-MS-Has-Attach", "no"), ("X-Originating-Client", "Outlook on the web")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.4.1",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.200.121)")]
IPHONE = [("X-Mailer", "iPhone Mail (22B91)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.8_GA_4611 (ZimbraWebClient - GC130 (Linux)/10.0.8_GA_4611)")]
GMAIL = [("X-Gm-Message-State", "AOJu0Yw7Rk2pQ9sLd3vTn8xHc1MzBf6e")]
