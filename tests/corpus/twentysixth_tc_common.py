"""Shared vocabulary of the twentysixth held-out part ``tc``: its styles, request types and the
mail-client header lines its cases use. The cases themselves are in twentysixth_tc_1..3.py;
labels follow tests/corpus/LABELS.md. The part's emphasis is unusual applicants and wording:
foreign media writing in their own language, freelancers, universities, municipalities,
agencies and IT contractors, terse notes and long letters, addresses as ranges, CIDR blocks,
netmasks, order words and IPv6, replaced, temporary and internal hosts, and request types that
are declined, withdrawn, conditional, left for a later election or filming only. Written by hand
apart from the extraction rules, to be scored only at the end of the round."""

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
    """How a case's message is written (its label's ``style``)."""

    FOREIGN = "foreign"
    MIXED = "mixed-language"
    TERSE = "terse"
    LETTER = "letter"
    FREELANCER = "freelancer"
    ACADEMIC = "academic"
    MUNICIPAL = "municipal"
    AGENCY = "agency"
    CONTRACTOR = "contractor"
    CORRECTION = "correction"
    FORWARD = "forward"
    REPLY = "reply"
    FORM = "form"
    HTML = "html"
    ATTACHMENT = "attachment"
    DATABOX = "databox"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.90.24100621")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.4.1",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.200.121)")]
IPHONE = [("X-Mailer", "iPhone Mail (22B83)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.9_GA_4623 (ZimbraWebClient - GC130 (Linux)/10.0.9_GA)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwP8sT2mZ4q9Lh0cVb1nR7xKe3d")]
