"""Shared vocabulary of the thirtieth held-out part ``xc``: its styles, request types and the
mail-client header lines its cases use. The cases themselves are in thirtieth_xc_1..3.py;
labels follow tests/corpus/LABELS.md. The part's emphasis is unusual applicants and wording:
foreign media writing in their own language (German, Polish, Slovak, Hungarian, French,
Spanish, Nordic) or mixed English, freelancers, universities, institutes, municipalities,
agencies and IT contractors, terse notes and long letters; addresses as ranges, CIDR blocks,
netmasks, order words, IPv6, replaced, temporary or internal hosts; request types declined,
withdrawn, conditional, left for a later election or filming only. Written by hand apart from
the extraction rules, to be scored only at the end of the round."""

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
    """Who writes a case's message and how (its label's ``style``)."""

    FOREIGN = "foreign"
    FREELANCER = "freelancer"
    UNIVERSITY = "university"
    MUNICIPALITY = "municipality"
    AGENCY = "agency"
    CONTRACTOR = "contractor"
    NETWORK = "network"
    TERSE = "terse"
    LETTER = "letter"
    FORM = "form"
    HTML = "html"
    FORWARD = "forward"
    REPLY = "reply"
    CORRECTION = "correction"
    ATTACHMENT = "attachment"
    DATABOX = "databox"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.91.24111020")]
OWA = [("X-MS-Has-Attach", ""), ("X-Originating-Client", "Outlook on the web")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 "
        "Thunderbird/128.4.2",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.200.121)")]
IPHONE = [("X-Mailer", "iPhone Mail (22B91)")]
K9 = [("User-Agent", "K-9 Mail for Android")]
SAMSUNG = [("X-Mailer", "Android-Mail (Samsung Email 6.1.98.6)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.10")]
ZIMBRA = [("X-Mailer", "Zimbra 10.1.2_GA_4700 (ZimbraWebClient - FF131 (Win)/10.1.2_GA_4700)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YzT5qW8eR2nLx4vKc7bHm1sPdF9gJ")]
EVOLUTION = [("X-Mailer", "Evolution 3.54.1-1")]
