"""Shared vocabulary of the eighteenth held-out part ``lc``: its styles, request types and the
mail-client headers its cases use. The cases themselves are in eighteenth_lc_1..3.py; labels
follow tests/corpus/LABELS.md. Written by hand apart from the extraction rules, to be scored
only at the end of the round."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "")]
OWA = [("X-Mailer", "Microsoft Outlook on the web")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.4.1",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3731.700.6)")]
IPHONE = [("X-Mailer", "iPhone Mail (21A360)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YzQ1lc7rT0b8hx2JkP4n")]
SEZNAM = [("X-Mailer", "Seznam Email (web)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.5")]
ZIMBRA = [("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF119 (Linux)/9.0.0_GA_4546)")]
ANDROID = [("X-Mailer", "Android Mail 6.21")]
K9 = [("User-Agent", "K-9 Mail for Android")]

__all__ = [
    "ANDROID",
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
    """Who writes the case's message and how (its label's ``style``)."""

    FOREIGN = "foreign"
    MIXED_ENGLISH = "mixed-english"
    FREELANCER = "freelancer"
    UNIVERSITY = "university"
    MUNICIPALITY = "municipality"
    AGENCY = "agency"
    CONTRACTOR = "contractor"
    TERSE = "terse"
    LETTER = "letter"
    FORM = "form"
    HTML = "html"
    FORWARD = "forward"
    REPLY = "reply"
    CORRECTION = "correction"
    DATABOX = "databox"
