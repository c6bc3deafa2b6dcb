"""Shared vocabulary of the thirty-seventh held-out part ``ai``: its styles, request types and
the mail-client header lines its cases use. The cases themselves are in thirtyseventh_ai_1..3.py;
labels follow tests/corpus/LABELS.md. The part's emphasis is unusual applicants and wording:
foreign media in their own languages, freelancers, universities, institutes, municipalities,
agencies and IT contractors, terse notes and long letters, addresses written as ranges, blocks,
netmasks, order words and IPv6, replaced, temporary or internal hosts, and requests that are
declined, withdrawn, conditional or left for a later election. Written by hand apart from the
extraction rules, to be scored only at the end of the round."""

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

    FOREIGN = "foreign"
    FREELANCE = "freelance"
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
    HTML = "html"
    ATTACHMENT = "attachment"
    DATABOX = "databox"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
OE = [("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.91.24111020")]
OWA = [("X-MS-Has-Attach", "yes"), ("X-Originating-Client", "Outlook on the web")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.4.1",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.200.121)")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
K9 = [("User-Agent", "K-9 Mail for Android")]
SAMSUNG = [("X-Mailer", "Android-Mail (Samsung Email 6.1.90.16)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.8_GA_4611 (ZimbraWebClient - GC130 (Win)/10.0.8_GA_4611)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ7cE2tLk9pV3mRz8hXn4bDs1fGa")]
EVOLUTION = [("X-Mailer", "Evolution 3.52.3-0ubuntu1")]
CLAWS = [("X-Mailer", "Claws Mail 4.3.0 (GTK 3.24.43; x86_64-pc-linux-gnu)")]
YAHOO = [("X-Mailer", "WebService/1.1.22806 YMailNorrin")]
