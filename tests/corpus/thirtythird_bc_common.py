"""Shared vocabulary of the thirty-third held-out part ``bc``: its styles, request types, the
mail-client header lines its cases use and the foreign registration numbers that only look
like an IČO. The cases themselves are in thirtythird_bc_1..3.py; labels follow
tests/corpus/LABELS.md. Written by hand apart from the extraction rules, to be scored only at
the end of the round."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

__all__ = [
    "APPLE",
    "CLAWS",
    "FEED",
    "FILM",
    "GMAIL",
    "IPHONE",
    "L",
    "LOOKALIKES",
    "MUTT",
    "OUTLOOK",
    "OWA",
    "PROTON",
    "ROUNDCUBE",
    "SEZNAM",
    "TBIRD",
    "ZOHO",
    "Style",
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
    ATTACHMENT = "attachment"
    DATABOX = "databox"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
OWA = [("X-Originating-Client", "Outlook on the web"), ("X-MS-Exchange-Organization-SCL", "1")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.15.0",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.200.121)")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
GMAIL = [("X-Gm-Message-State", "AOJu0Yw7pQe2LrT9vKd3hXn0sZ4mBc1a")]
ZOHO = [("X-Mailer", "Zoho Mail")]
PROTON = [("X-Pm-Origin", "internal"), ("X-Pm-Content-Encryption", "end-to-end")]
MUTT = [("User-Agent", "NeoMutt/20240425")]
CLAWS = [("X-Mailer", "Claws Mail 4.2.0 (GTK 3.24.41; x86_64-pc-linux-gnu)")]

# Foreign registration numbers written in the cases: eight digits in a row that are not an IČO
# (each fails the check digit), so a label never takes them.
LOOKALIKES = ("12845731", "31245670", "23456780", "71234562", "40103120", "11840273")
