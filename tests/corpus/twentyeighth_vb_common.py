"""Shared vocabulary of the twentyeighth held-out part ``vb``: its styles, request types, the
mail-client header lines and a few form characters its cases use. The cases themselves are in
twentyeighth_vb_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart from the
extraction rules, to be scored only at the end of the round."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

# form characters as office suites and people type them
TICK = "\u2612"  # ☒ ballot box with X
BOX = "\u2610"  # ☐ ballot box
CHECK = "\u2611"  # ☑ ballot box with check
MARK = "\u2714"  # ✔ heavy check mark

__all__ = [
    "APPLE",
    "BOX",
    "CHECK",
    "FEED",
    "FILM",
    "GMAIL",
    "IPHONE",
    "MARK",
    "OUTLOOK",
    "ROUNDCUBE",
    "SEZNAM",
    "TBIRD",
    "TICK",
    "ZIMBRA",
    "L",
    "Style",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    COVER_NOTE = "cover-note"
    EMPTY_BODY = "empty-body"
    FORM = "form"
    TABLE = "table"
    LETTER = "letter"
    FORWARD = "forward"
    REPLY = "reply"
    FOREIGN = "foreign"
    SIGNED = "signed"
    DATABOX_ANNOTATION = "databox-annotation"
    DATABOX_FILE = "databox-file"
    DATABOX_BOTH = "databox-both"


DATABOX_STYLES = frozenset({Style.DATABOX_ANNOTATION, Style.DATABOX_FILE, Style.DATABOX_BOTH})

OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
IPHONE = [("X-Mailer", "iPhone Mail (22B91)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.8_GA_4611 (ZimbraWebClient - GC130 (Win)/10.0.8_GA_4611)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ7nE2kV4sRz8pLx1cMd9fTb3hUe6a")]
