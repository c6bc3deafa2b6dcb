"""Shared vocabulary of the twentyfirst held-out part ``oc``: its styles, request types and the
mail-client header lines its cases use. The cases themselves are in twentyfirst_oc_1..3.py;
labels follow tests/corpus/LABELS.md. Its emphasis is unusual applicants and wording: foreign
media writing in their own language, freelancers, universities, municipalities, agencies and IT
contractors, terse notes and long letters, addresses written as ranges, blocks, netmasks, by
order, in IPv6, replaced, temporary or internal, and request types declined, withdrawn, left
for a later election or filming only. Written by hand apart from the extraction rules, to be
scored only at the end of the round."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

__all__ = [
    "APPLE",
    "EMCLIENT",
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
    """Who writes a case's message and how (its label's ``style``)."""

    FOREIGN = "foreign"
    FREELANCE = "freelance"
    ACADEMIC = "academic"
    MUNICIPAL = "municipal"
    AGENCY = "agency"
    CONTRACTOR = "contractor"
    TERSE = "terse"
    LETTER = "letter"
    ADDRESSES = "addresses"
    DECLINED = "declined"
    FORM = "form"
    FORWARD = "forward"
    REPLY = "reply"
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
APPLE = [("X-Mailer", "Apple Mail (2.3826.200.121)")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
K9 = [("User-Agent", "K-9 Mail for Android")]
SAMSUNG = [("X-Mailer", "Android-Mail (Samsung Email 6.1.98.2)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.9_GA_4676 (ZimbraWebClient - GC129 (Win)/10.0.9_GA_4676)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ7pLx2c9Vn4Ks8rTz1mBeHf6Dq")]
EMCLIENT = [("X-Mailer", "eM Client 10.1.4588.0")]
