"""Shared vocabulary of the sixty-first held-out part ``dm``: its styles, request types, the
mail-client header lines (those of the sixtieth part ``dj``, re-exported, and a few more) and
the data-box envelope helper its cases use. The cases themselves are in sixtyfirst_dm_1..3.py;
labels follow tests/corpus/LABELS.md. Written by hand apart from the extraction rules, to be
scored only at the end of the round."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico
from tests.corpus.sixtieth_dj_common import (
    APPLE,
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    HORDE,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    SPARK,
    TBIRD,
    ZIMBRA,
    box,
)

__all__ = [
    "APPLE",
    "CENTRUM",
    "EVOLUTION",
    "FAIRMAIL",
    "FEED",
    "FILM",
    "GMAIL",
    "HORDE",
    "IPHONE",
    "K9",
    "L",
    "MAC_OUTLOOK",
    "MUTT",
    "OUTLOOK",
    "OWA",
    "PROTON",
    "ROUNDCUBE",
    "SAMSUNG",
    "SEZNAM",
    "SPARK",
    "TBIRD",
    "THE_BAT",
    "ZIMBRA",
    "Style",
    "box",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    FOREIGN = "foreign"  # written in the applicant's own language, or mixed with English
    TERSE = "terse"  # a few lines, shorthand, no greeting
    LETTER = "letter"  # a long formal letter with letterhead and signature block
    COVER = "cover"  # a short cover mail, the application in the attached file
    FORM = "form"  # a form with yes/no marks
    TABLE = "table"  # a table or workbook with role columns
    CORRECTION = "correction"  # the message changes what was written before
    FORWARD = "forward"  # forwarded inline or as an attached .eml
    REPLY = "reply"  # an answer to the office with quoted history
    DATABOX = "databox"  # an ISDS data message


MUTT = [("User-Agent", "NeoMutt/20241002")]
THE_BAT = [("X-Mailer", "The Bat! (v11.2.3) Professional")]
PROTON = [("X-Pm-Origin", "internal"), ("X-Pm-Content-Encryption", "end-to-end")]
FAIRMAIL = [("User-Agent", "FairEmail 1.2255 (Android)")]
