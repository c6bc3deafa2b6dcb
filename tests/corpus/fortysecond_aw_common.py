"""Shared vocabulary of the forty-second held-out part ``aw``: its styles, request types, the
mail-client header lines and the data-box envelope helper its cases use. The cases themselves
are in fortysecond_aw_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart from
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

    COVER = "cover"  # a short cover mail, the application in the attached file
    EMPTY = "empty"  # an e-mail with an empty body, only the attachment
    FORM = "form"  # a form with checkboxes or ANO/NE columns
    TABLE = "table"  # a table with a role column or row headers
    LETTER = "letter"  # a formal letter with letterhead and signature block
    CORRECTION = "correction"  # the cover note changes something in the attachment
    FORWARD = "forward"  # a forwarded message (inline or attached .eml)
    REPLY = "reply"
    FOREIGN = "foreign"
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
SAMSUNG = [("X-Mailer", "Android-Mail (Samsung Email 6.1.91.14)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.8_GA_4637 (ZimbraWebClient - GC129 (Win)/10.0.8_GA_4637)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ8pR2mT5vX1nK7cL4sD9fH3jB")]
EVOLUTION = [("X-Mailer", "Evolution 3.52.4-0ubuntu1")]


def box(box_id: str, sender: str, address: str, kind: int = 20) -> dict[str, Any]:
    """A data message's envelope: the sender's box ID, registered name, address and box type
    (10 public authority, 20 legal person, 40 natural person in business)."""
    return {"box": box_id, "sender": sender, "address": address, "type": kind}
