"""Shared vocabulary of the twenty-third held-out part ``qc``: its styles, request types and the
mail-client header lines its cases use. The cases themselves are in twentythird_qc_1..3.py;
labels follow tests/corpus/LABELS.md. The part's emphasis is unusual applicants and wording
(foreign media in their own languages, freelancers, universities and institutes,
municipalities, agencies, IT contractors writing for a medium; addresses as ranges, CIDR
blocks, netmasks, order words, IPv6, replaced, temporary or internal hosts; request types
declined, withdrawn, conditional, for a later election or filming only). Written by hand apart
from the extraction rules, to be scored only at the end of the round."""

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
    "MAC_OUTLOOK",
    "OUTLOOK",
    "ROUNDCUBE",
    "SEZNAM",
    "TBIRD",
    "ZIMBRA",
    "Style",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written and who writes it (its label's ``style``)."""

    FOREIGN = "foreign"
    FREELANCE = "freelance"
    INSTITUTION = "institution"
    MUNICIPAL = "municipal"
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
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.88.24081116")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.15.0",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3731.700.6)")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
K9 = [("User-Agent", "K-9 Mail for Android")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.8_GA_4611 (ZimbraWebClient - GC126 (Linux)/10.0.8_GA_4611)")]
GMAIL = [("X-Gm-Message-State", "AOJu0Yw8qLk2NfR3vT1zXc7pHs9dUe5a")]
