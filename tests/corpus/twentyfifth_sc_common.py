"""Shared vocabulary of the twentyfifth held-out part ``sc``: its styles, request types and the
mail-client header lines its cases use. The part's emphasis is unusual applicants and unusual
wording: foreign media writing in their own language (German, Polish, Slovak, Hungarian, French,
Spanish, Norwegian, Swedish) or in mixed English, freelancers, universities and institutes,
municipalities, agencies and IT contractors writing for a medium, terse notes and long letters;
addresses as ranges, CIDR blocks, netmasks, order words, IPv6, replaced, temporary or internal
hosts; request types declined, withdrawn, conditional, for a later election or filming only.
The cases themselves are in twentyfifth_sc_1..3.py; labels follow tests/corpus/LABELS.md.
Written by hand apart from the extraction rules, to be scored only at the end of the round."""

from __future__ import annotations

import textwrap
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
    "SEZNAM",
    "TBIRD",
    "ZIMBRA",
    "Style",
    "flowed",
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
    TERSE = "terse"
    LETTER = "letter"
    HTML = "html"
    FORM = "form"
    FORWARD = "forward"
    REPLY = "reply"
    CORRECTION = "correction"
    DATABOX = "databox"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.90.24100622")]
OWA = [("X-MS-Has-Attach", "no"), ("X-Originating-Client", "Outlook on the web")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.200.121)")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
K9 = [("User-Agent", "K-9 Mail for Android")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.9_GA_4671 (ZimbraWebClient - GC129 (Win)/10.0.9_GA_4671)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ8n4fTz1kLr7Vb2mXc9HsPe3d")]
EVOLUTION = [("X-Mailer", "Evolution 3.52.4-0ubuntu1")]


def flowed(text: str, width: int = 72) -> str:
    """``text`` as a format=flowed mail client sends it: every long line broken into soft
    lines that end in a space (quoted lines and short lines are left as they are)."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        parts = textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False)
        out.extend(part + " " for part in parts[:-1])
        out.append(parts[-1])
    return "\n".join(out)
