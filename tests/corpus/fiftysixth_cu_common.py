"""Shared vocabulary of the fifty-sixth held-out part ``cu``: its styles, request types, the
mail-client header lines and the data-box envelope helper its cases use. The cases themselves
are in fiftysixth_cu_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart from
the extraction rules, to be scored only at the end of the round."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

__all__ = [
    "APPLE",
    "CENTRUM",
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

    FOREIGN = "foreign"  # a medium from abroad writing in its own language or mixing in English
    TERSE = "terse"  # a few words, no greeting, addresses typed loosely
    LETTER = "letter"  # a long formal letter with letterhead and signature block
    TABLE = "table"  # addresses and contact in a table (HTML, sheet or document)
    FORM = "form"  # ticked/unticked or ANO/NE rows
    REPLY = "reply"  # an answer to the office with quoted history
    FORWARD = "forward"  # forwarded inline or as an attached .eml
    CORRECTION = "correction"  # a later line changes an address, the contact or a request
    DATABOX = "databox"  # an ISDS data message carrying a file
    PROXY = "proxy"  # an agency, IT contractor or colleague writing for the medium
    HOSTS = "hosts"  # ranges, CIDR blocks, netmasks, internal, temporary or replaced hosts


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0.18429.20158")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.93.25011212")]
OWA = [("X-MS-Has-Attach", ""), ("X-Originating-Client", "owa")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
IPHONE = [("X-Mailer", "iPhone Mail (22C152)")]
K9 = [("User-Agent", "K-9 Mail for Android 6.905")]
SAMSUNG = [("X-Mailer", "Samsung Mail (Android) 6.1.94.1")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email, webmail)")]
CENTRUM = [("X-Mailer", "Centrum.cz Mail 3.5")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.10")]
ZIMBRA = [("X-Mailer", "Zimbra 10.1.4_GA_4200 (ZimbraWebClient - FF133 (Linux)/10.1.4_GA_4200)")]
GMAIL = [("X-Gm-Features", "AQ5f1JqW8nTx3LpYv2RkHs6Dc0MbZe4Ua")]
EVOLUTION = [("X-Mailer", "Evolution 3.54.2 (3.54.2-1.fc41)")]


def box(box_id: str, sender: str, address: str, kind: int = 20) -> dict[str, Any]:
    """A data message's envelope: the sender's box ID, registered name, address and box type
    (10 public authority, 20 legal person, 40 natural person in business)."""
    return {"box": box_id, "sender": sender, "address": address, "type": kind}
