"""Shared vocabulary of the sixty-second held-out part ``dp``: its styles, request types, the
mail-client header lines (those of the sixty-first part ``dm``, re-exported, and a few more)
and the data-box envelope helper its cases use. The cases themselves are in
sixtysecond_dp_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart from the
extraction rules, to be scored only at the end of the round."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.sixtyfirst_dm_common import (
    APPLE,
    CENTRUM,
    EVOLUTION,
    FAIRMAIL,
    FEED,
    FILM,
    GMAIL,
    HORDE,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    MUTT,
    OUTLOOK,
    OWA,
    PROTON,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    SPARK,
    TBIRD,
    THE_BAT,
    ZIMBRA,
    L,
    box,
    ico,
)

__all__ = [
    "APPLE",
    "CENTRUM",
    "EM_CLIENT",
    "EVOLUTION",
    "FAIRMAIL",
    "FEED",
    "FILM",
    "FOXMAIL",
    "GMAIL",
    "HORDE",
    "IPHONE",
    "K9",
    "L",
    "LRM",
    "MAC_OUTLOOK",
    "MAILBIRD",
    "MUTT",
    "OUTLOOK",
    "OWA",
    "PDF_",
    "LRE",
    "PROTON",
    "RLM",
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


EM_CLIENT = [("X-Mailer", "eM Client 10.1.4828.0")]
FOXMAIL = [("X-Mailer", "Foxmail 7.2.25.375[cn]")]
MAILBIRD = [("X-Mailer", "Mailbird 3.0.21.0")]

# Bidirectional marks as mail clients set them around left-to-right runs in right-to-left text.
LRM = "\u200e"  # left-to-right mark
RLM = "\u200f"  # right-to-left mark
LRE = "\u202a"  # left-to-right embedding (Outlook wraps addresses and e-mails in it)
PDF_ = "\u202c"  # pop directional formatting, closing LRE
