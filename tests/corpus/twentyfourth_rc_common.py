"""Shared vocabulary of the twentyfourth held-out part ``rc``: its styles, request types and the
mail-client header lines its cases use. The cases themselves are in twentyfourth_rc_1..3.py;
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
    "K9",
    "L",
    "MUTT",
    "OUTLOOK",
    "OUTLOOK_DE",
    "OWA",
    "ROUNDCUBE",
    "SEZNAM",
    "TBIRD",
    "Style",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    FOREIGN = "foreign"  # written in a language other than Czech, Slovak or English
    MIXED = "mixed"  # English mixed with another language
    FREELANCE = "freelance"
    INSTITUTION = "institution"  # university, institute, municipality
    CONTRACTOR = "contractor"  # an IT contractor or agency writing for a medium
    TERSE = "terse"
    LETTER = "letter"  # a long formal letter
    RANGE = "range"  # addresses as ranges, CIDR blocks or netmasks
    HOSTS = "hosts"  # replaced, temporary or internal hosts
    DECLINED = "declined"  # a request type declined, withdrawn or deferred
    FILMING = "filming"  # filming / recording only
    FORM = "form"
    FORWARD = "forward"
    REPLY = "reply"
    DATABOX = "databox"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
OUTLOOK_DE = [
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("Content-Language", "de-DE"),
]
OWA = [("X-MS-Has-Attach", "yes"), ("X-Originating-Client", "Outlook on the web")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.15.0",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.200.121)")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
K9 = [("User-Agent", "K-9 Mail for Android 6.804")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ8zH2m4pLk9VtR1cXe7nB3sDf")]
MUTT = [("User-Agent", "NeoMutt/20240425")]
