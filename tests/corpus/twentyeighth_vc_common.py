"""Shared vocabulary of the twentyeighth held-out part ``vc``: its styles, request types and the
mail-client header lines its cases use. The cases themselves are in twentyeighth_vc_1..3.py
(unusual applicants and wording: foreign media, freelancers, universities, towns, agencies, IT
contractors; ranges, CIDR blocks, netmasks, IPv6, replaced and internal hosts; declined,
withdrawn, conditional and later requests). Labels follow tests/corpus/LABELS.md. Written by hand
apart from the extraction rules, to be scored only at the end of the round."""

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
    "MAC_OUTLOOK",
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
    MIXED = "mixed-language"
    FREELANCER = "freelancer"
    UNIVERSITY = "university"
    MUNICIPALITY = "municipality"
    AGENCY = "agency"
    CONTRACTOR = "contractor"
    TERSE = "terse"
    LETTER = "long-letter"
    FORM = "form"
    HTML = "html"
    REPLY = "reply"
    FORWARD = "forward"
    CORRECTION = "correction"
    DATABOX = "databox"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.89.24091630")]
OWA = [("X-MS-Has-Attach", "no"), ("X-Originating-Client", "Outlook on the web")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.3",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")]
IPHONE = [("X-Mailer", "iPhone Mail (21G93)")]
K9 = [("User-Agent", "K-9 Mail for Android")]
SAMSUNG = [("X-Mailer", "Android-Mail (Samsung Email 6.1.97.1)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.6")]
ZIMBRA = [("X-Mailer", "Zimbra 9.0.0_GA_4598 (ZimbraWebClient - FF128 (Win)/9.0.0_GA_4598)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YxK3v9r2lHq7Ty0bWm8s1PzQe4c")]
EVOLUTION = [("X-Mailer", "Evolution 3.50.2-1")]
