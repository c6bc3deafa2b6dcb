"""Shared vocabulary of the forty-third held-out part ``bd``: its styles, request types, the
mail-client header lines and the data-box envelope helper its cases use. The cases themselves
are in fortythird_bd_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart from
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
    "box",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    TERSE = "terse"  # a few lines, nothing more
    LETTER = "letter"  # a long formal letter (body or attachment) with letterhead and signature
    FOREIGN = "foreign"  # written in the applicant's own language (not Czech, not English)
    MIXED = "mixed"  # two languages in one message (own language with English or Czech)
    FORM = "form"  # a form or sheet with yes/no answers
    TABLE = "table"  # a table with a role column
    REPLY = "reply"  # an answer to the office's question, quoted history below
    FORWARD = "forward"  # forwarded inline or as an attached .eml
    COVER = "cover"  # a short cover mail, the application in the attached file
    BEHALF = "behalf"  # an agency or IT contractor writing for the medium that applies
    DATABOX = "databox"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0.18025.20160")]
OWA = [("X-MS-Has-Attach", "yes"), ("X-Originating-Client", "Outlook on the web")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.3",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3774.600.62)")]
IPHONE = [("X-Mailer", "iPhone Mail (21G93)")]
K9 = [("User-Agent", "K-9 Mail for Android 6.802")]
SAMSUNG = [("X-Mailer", "Android-Mail (Samsung Email 6.1.90.16)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email 2.0)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.7")]
ZIMBRA = [("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF128 (Linux)/9.0.0_GA_4583)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YxK3mV7pQ2tR9wB5nF1cH8sL4dG")]
EVOLUTION = [("X-Mailer", "Evolution 3.50.3-1")]


def box(box_id: str, sender: str, address: str, kind: int = 20) -> dict[str, Any]:
    """A data message's envelope: the sender's box ID, registered name, address and box type
    (10 public authority, 20 legal person, 40 natural person in business)."""
    return {"box": box_id, "sender": sender, "address": address, "type": kind}
