"""Shared vocabulary of the forty-fourth held-out part ``bh``: its styles, request types, the
mail-client header lines and the data-box envelope helper its cases use. The cases themselves
are in fortyfourth_bh_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart from
the extraction rules, to be scored only at the end of the round."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

__all__ = [
    "APPLE",
    "EVOLUTION",
    "FEED",
    "FILM",
    "GMAIL",
    "GMX",
    "IPHONE",
    "K9",
    "L",
    "OUTLOOK",
    "OWA",
    "PROTON",
    "ROUNDCUBE",
    "SAMSUNG",
    "SEZNAM",
    "TBIRD",
    "WP_POCZTA",
    "ZIMBRA",
    "Style",
    "box",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    FOREIGN = "foreign"  # a foreign medium writing in its own language
    MIXED = "mixed"  # two languages in one message (own language and English or Czech)
    TERSE = "terse"  # a few lines, no greeting to speak of, typed in a hurry
    LETTER = "letter"  # a long formal letter: letterhead, references, signature block
    COVER = "cover"  # a short cover mail, the application in the attached file
    FORM = "form"  # a form with yes/no columns or ticked boxes
    TABLE = "table"  # a table of addresses with a role column
    CORRECTION = "correction"  # a follow-up that corrects an earlier message
    REPLY = "reply"  # an answer with quoted history
    FORWARD = "forward"  # forwarded as an attached .eml
    DATABOX = "databox"  # an ISDS data message


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0.18227.20162")]
OWA = [("X-MS-Has-Attach", "no"), ("X-Originating-Client", "Outlook on the web")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.200.121)")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
K9 = [("User-Agent", "K-9 Mail for Android 6.905")]
SAMSUNG = [("X-Mailer", "Samsung Email 6.1.94.3")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.10_GA_4781 (ZimbraWebClient - GC129 (Win)/10.0.10_GA)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YzQx7kTb2Lp9Rw4nV1mHc8eFs3aJd6")]
EVOLUTION = [("X-Mailer", "Evolution 3.52.4-0ubuntu1")]
GMX = [("X-Mailer", "GMX FreeMail"), ("X-UI-Message-Type", "mail")]
PROTON = [("X-Pm-Origin", "internal"), ("X-Pm-Content-Encryption", "end-to-end")]
WP_POCZTA = [("X-Mailer", "Poczta WP (webmail)")]


def box(box_id: str, sender: str, address: str, kind: int = 20) -> dict[str, Any]:
    """A data message's envelope: the sender's box ID, registered name, address and box type
    (10 public authority, 20 legal person, 40 natural person in business)."""
    return {"box": box_id, "sender": sender, "address": address, "type": kind}
