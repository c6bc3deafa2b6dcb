"""Shared vocabulary of the thirty-ninth held-out part ``ao``: its styles, request types and the
mail-client header lines its cases use. The cases themselves are in thirtyninth_ao_1..3.py;
labels follow tests/corpus/LABELS.md. The part's emphasis is unusual applicants and wording:
foreign media writing in their own language, freelancers, universities, municipalities,
agencies and IT contractors, addresses as ranges, CIDR blocks, netmasks and order words, IPv6,
replaced, temporary and internal hosts, and request types declined, withdrawn, conditional or
left for a later election. Written by hand apart from the extraction rules, to be scored only
at the end of the round."""

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
    MIXED = "mixed-language"
    FREELANCER = "freelancer"
    UNIVERSITY = "university"
    MUNICIPAL = "municipal"
    AGENCY = "agency"
    CONTRACTOR = "contractor"
    TERSE = "terse"
    LETTER = "letter"
    RANGES = "ranges"
    REPLACED = "replaced-host"
    INTERNAL = "internal-host"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"
    CONDITIONAL = "conditional"
    LATER = "later-election"
    CORRECTION = "correction"
    FORWARD = "forward"
    REPLY = "reply"
    FORM = "form"
    HTML = "html"
    DATABOX = "databox"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
OWA = [("X-MS-Has-Attach", "yes"), ("X-Originating-Client", "Outlook on the web")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.4.1",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.200.121)")]
IPHONE = [("X-Mailer", "iPhone Mail (22B83)")]
K9 = [("User-Agent", "K-9 Mail for Android 6.802")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.8_GA_4611 (ZimbraWebClient - GC130 (Win)/10.0.8_GA_4611)")]
GMAIL = [("X-Gm-Message-State", "AOJu0Yw7Hq2sLk9XbN4cRf1tZp8mVd3e")]
