"""Shared vocabulary of the thirty-fifth held-out part ``dc``: its styles, request types and the
mail-client header lines its cases use. The cases themselves are in thirtyfifth_dc_1..3.py;
labels follow tests/corpus/LABELS.md. The part's emphasis is unusual applicants and wording:
foreign media writing in their own language or in mixed English, freelancers, universities,
municipalities, agencies and IT contractors writing for a medium, terse notes and long letters;
addresses as ranges, CIDR blocks, netmasks, order words, IPv6, replaced, temporary or internal
hosts; request types declined, withdrawn, conditional, left for a later election, or filming
only. Written by hand apart from the extraction rules, to be scored only at the end of the
round."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

__all__ = [
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
    "SAMSUNG",
    "SEZNAM",
    "TBIRD",
    "ZIMBRA",
    "Style",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    FOREIGN = "foreign"
    MIXED = "mixed-english"
    FREELANCE = "freelance"
    UNIVERSITY = "university"
    MUNICIPALITY = "municipality"
    AGENCY = "agency"
    CONTRACTOR = "contractor"
    TERSE = "terse"
    LETTER = "letter"
    FORWARD = "forward"
    REPLY = "reply"
    CORRECTION = "correction"
    FORM = "form"
    HTML = "html"
    ATTACHMENT = "attachment"
    DATABOX = "databox"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
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
SAMSUNG = [("X-Mailer", "Android-Mail (Samsung Email 6.1.91.9)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.8_GA_4611 (ZimbraWebClient - GC129 (Linux)/10.0.8_GA_4611)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ8s2mLr4Kd7pNz1Xv6TbHc9eUf3Ga")]
EVOLUTION = [("X-Mailer", "Evolution 3.52.3-0ubuntu1")]
