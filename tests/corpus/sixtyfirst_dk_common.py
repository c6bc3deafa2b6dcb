"""Shared vocabulary of the sixty-first held-out part ``dk``: its styles, request types, the
mail-client header lines (the sixtieth part's twenty-two clients, imported, and six more written
as those clients write them: Outlook for iOS, Spark, Airmail, SOGo, GroupWise and Fastmail)
and the helpers its cases use (the Gmail-style HTML twin and the data-box envelope, both from
sixtieth_dh_common). The cases themselves are in sixtyfirst_dk_1..3.py; labels follow
tests/corpus/LABELS.md. Written by hand apart from the extraction rules, to be scored only at
the end of the round."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico
from tests.corpus.sixtieth_dh_common import (
    APPLE,
    CENTRUM,
    CLAWS,
    EMCLIENT,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    HORDE,
    IPHONE,
    K9,
    KMAIL,
    MAC_OUTLOOK,
    MUTT,
    NEOMUTT,
    NOTES,
    OUTLOOK,
    OWA,
    PROTON,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    YAHOO,
    ZIMBRA,
    box,
    gmail_html,
)

__all__ = [
    "AIRMAIL",
    "APPLE",
    "CENTRUM",
    "CLAWS",
    "EMCLIENT",
    "EVOLUTION",
    "FASTMAIL",
    "FEED",
    "FILM",
    "GMAIL",
    "GROUPWISE",
    "HORDE",
    "IPHONE",
    "K9",
    "KMAIL",
    "MAC_OUTLOOK",
    "MUTT",
    "NEOMUTT",
    "NOTES",
    "OUTLOOK",
    "OUTLOOK_IOS",
    "OWA",
    "PROTON",
    "ROUNDCUBE",
    "SAMSUNG",
    "SEZNAM",
    "SOGO",
    "SPARK",
    "TBIRD",
    "YAHOO",
    "ZIMBRA",
    "L",
    "Style",
    "box",
    "gmail_html",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    PHONE = "phone"  # typed on a phone: no diacritics, abbreviations, "Odesláno z iPhonu"
    CHATTY = "chatty"  # informal, the data scattered in small talk
    HTML = "html"  # an HTML-only mail, mostly with a table
    REPLY = "reply"  # an answer with quoted history (the office's letter, a colleague's mail)
    FORWARD = "forward"  # forwarded inline or as an attached .eml
    CORRECTION = "correction"  # the message corrects itself
    FOREIGN = "foreign"  # a sender from abroad writing English or Slovak
    SIGNATURE = "signature"  # a signature block naming several people, or a one-line footer
    LETTER = "letter"  # a formal letter typed into the mail
    SIGNED = "signed"  # an S/MIME signed mail
    DATABOX = "databox"  # an ISDS data message
    EXTERNAL = "external"  # an [EXTERNAL]/[EXT] subject tag, a warning banner, a legal footer
    VCARD = "vcard"  # the contact only in an attached vCard
    INLINE = "inline"  # answers interleaved with the office's quoted questions
    SUBJECT = "subject"  # the data in the subject line, corrected by the body
    HOSTNAME = "hostname"  # host names beside (or instead of) the addresses
    AUTOREPLY = "autoreply"  # an out-of-office reply quoted above the application
    SLASHED = "slashed"  # production and test in one line with slashes


OUTLOOK_IOS = [
    ("X-Mailer", "Outlook for iOS"),
    ("Thread-Topic", "Žádost o přístup k výsledkům voleb"),
]
SPARK = [("X-Readdle-Message-ID", "a81f3c52-6d0e-4b77-9c1a-2e5f90d4b3a7@sparkmailapp.com")]
AIRMAIL = [("X-Mailer", "Airmail (645)")]
SOGO = [("User-Agent", "SOGoMail 5.11.2")]
GROUPWISE = [("X-Mailer", "GroupWise Internet Agent 18.5.0")]
FASTMAIL = [
    ("User-Agent", "Cyrus-JMAP/3.11.0-alpha0-1108-g3a29173c6-fm-20241016.001"),
    ("X-ME-Sender", "<xms:Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZg>"),
]
