"""Shared vocabulary of the thirty-sixth held-out part ``af``: its styles, request types and the
mail-client header lines its cases use. The cases themselves are in thirtysixth_af_1..3.py;
labels follow tests/corpus/LABELS.md. The part's emphasis is unusual applicants and wording:
foreign media writing in their own language, freelancers, universities, municipalities, agencies
and IT contractors, addresses written as ranges, CIDR blocks, netmasks and order words, IPv6,
replaced, temporary or internal hosts, and request types declined, withdrawn, conditional, left
for a later election or filming only. Written by hand apart from the extraction rules, to be
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
    """Who writes a case's message and how (its label's ``style``)."""

    FOREIGN = "foreign"
    FREELANCER = "freelancer"
    UNIVERSITY = "university"
    MUNICIPALITY = "municipality"
    AGENCY = "agency"
    CONTRACTOR = "contractor"
    TERSE = "terse"
    LETTER = "letter"
    FORM = "form"
    FORWARD = "forward"
    REPLY = "reply"
    CORRECTION = "correction"
    DATABOX = "databox"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.90.24100620")]
OWA = [("X-MS-Has-Attach", "yes"), ("X-Originating-Client", "Outlook on the web")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.200.121)")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
K9 = [("User-Agent", "K-9 Mail for Android")]
SAMSUNG = [("X-Mailer", "Android-Mail (Samsung Email 6.1.94.2)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.9_GA_4638 (ZimbraWebClient - GC129 (Linux)/10.0.9_GA_4638)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ7Lm2tPz8Rk4sVd1HcXn5Ef3Ga9b")]
EVOLUTION = [("X-Mailer", "Evolution 3.52.4-0ubuntu1")]
CLAWS = [("X-Mailer", "Claws Mail 4.3.0 (GTK 3.24.43; x86_64-pc-linux-gnu)")]
YAHOO = [("X-Mailer", "WebService/1.1.22806 YMailNorrin")]
