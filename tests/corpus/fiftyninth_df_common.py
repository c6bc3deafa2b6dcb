"""Shared vocabulary of the fifty-ninth held-out part ``df``: its styles, request types, the
mail-client header lines and the data-box envelope helper. The cases are in
fiftyninth_df_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart from the
extraction rules, to be scored only at the end of the round."""

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
    "OUTLOOK",
    "OWA",
    "ROUNDCUBE",
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
    EMPTY = "empty"  # no text at all, only the attachment
    FORM = "form"  # ticked/unticked boxes, [x]/[ ], ANO/NE columns
    TABLE = "table"  # role columns, row headers, merged or nested cells, sheets
    LETTER = "letter"  # letterhead, page header/footer, signature with IČO / box ID
    CORRECTION = "correction"  # the cover note changes something in the attachment
    FORWARD = "forward"  # forwarded as an attached .eml
    DATABOX = "databox"  # an ISDS data message


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0.17928.20114")]
OWA = [("X-MS-Has-Attach", "yes"), ("X-Originating-Client", "owa")]
TBIRD = [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Thunderbird/115.16.0")]
APPLE = [("X-Mailer", "Apple Mail (2.3774.600.62)")]
IPHONE = [("X-Mailer", "iPhone Mail (21G93)")]
K9 = [("User-Agent", "K-9 Mail for Android 6.802")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email, webmail)")]
CENTRUM = [("X-Mailer", "Centrum.cz Mail 3.2")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.7")]
ZIMBRA = [("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF128 (Linux)/9.0.0_GA_4583)")]
GMAIL = [("X-Gm-Features", "AbW1kvQ7pXr2mNs8TzYc4LdE6uHf0gJa")]
EVOLUTION = [("X-Mailer", "Evolution 3.50.3 (3.50.3-1.fc39)")]


def box(box_id: str, sender: str, address: str, kind: int = 20) -> dict[str, Any]:
    """A data message's envelope: the sender's box ID, registered name, address and box type
    (10 public authority, 20 legal person, 40 natural person in business)."""
    return {"box": box_id, "sender": sender, "address": address, "type": kind}
