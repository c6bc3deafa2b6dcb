"""Shared vocabulary of the nineteenth held-out part ``mc``: its styles, request types and the
mail-client header lines its cases use. The cases themselves are in nineteenth_mc_1..3.py;
labels follow tests/corpus/LABELS.md. The part's emphasis is unusual applicants and wording:
foreign media writing in their own language or in mixed English, freelancers, universities and
institutes, municipalities, agencies and IT contractors writing for a medium, terse notes and
long letters; addresses as ranges, CIDR blocks, netmasks, order words, IPv6, replaced,
temporary or internal hosts; request types declined, withdrawn, conditional, meant for a later
election, or filming only. Written by hand apart from the extraction rules, to be scored only
at the end of the round."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

__all__ = [
    "ANDROID",
    "APPLE",
    "EVOLUTION",
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
    """Who writes the case and how (its label's ``style``)."""

    FOREIGN = "foreign"
    MIXED_ENGLISH = "mixed-english"
    FREELANCER = "freelancer"
    INSTITUTION = "institution"
    MUNICIPALITY = "municipality"
    AGENCY = "agency"
    CONTRACTOR = "contractor"
    TERSE = "terse"
    LONG_LETTER = "long-letter"
    HTML_TABLE = "html-table"
    FORM = "form"
    REPLY = "reply"
    FORWARD = "forward"
    CORRECTION = "correction"
    DATABOX = "databox"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
OWA = [("X-MS-Has-Attach", "yes"), ("X-Originating-Client", "Outlook on the web")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3776.700.51)")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
K9 = [("User-Agent", "K-9 Mail for Android")]
ANDROID = [("X-Mailer", "Android Mail 2024.09.15")]
SEZNAM = [("X-Mailer", "Seznam Email")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.1.1_GA_4200 (ZimbraWebClient - GC129 (Linux)/10.1.1_GA_4200)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ8fk2LmPq5RrT1nXb3cVz")]
EVOLUTION = [("X-Mailer", "Evolution 3.52.4")]
