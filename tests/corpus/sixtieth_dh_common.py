"""Shared vocabulary of the sixtieth held-out part ``dh``: its styles, request types, the
mail-client header lines (twenty-two clients, written as those clients write them), a Gmail-
style HTML twin of a plain-text body and the data-box envelope helper its cases use. The cases
themselves are in sixtieth_dh_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand
apart from the extraction rules, to be scored only at the end of the round."""

from __future__ import annotations

from enum import StrEnum
from html import escape
from typing import Any

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

__all__ = [
    "APPLE",
    "CENTRUM",
    "CLAWS",
    "EMCLIENT",
    "EVOLUTION",
    "FEED",
    "FILM",
    "GMAIL",
    "HORDE",
    "IPHONE",
    "K9",
    "KMAIL",
    "MAC_OUTLOOK",
    "MUTT",
    "NEOMUTT",
    "NOTES",
    "OUTLOOK",
    "OWA",
    "PROTON",
    "ROUNDCUBE",
    "SAMSUNG",
    "SEZNAM",
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

    PHONE = "phone"  # typed on a phone: no diacritics, abbreviations, emoji, "Odesláno z iPhonu"
    CHATTY = "chatty"  # informal, the data scattered in small talk
    HTML = "html"  # an HTML-only mail, mostly with a table
    REPLY = "reply"  # an answer with quoted history (the office's letter, a colleague's mail)
    FORWARD = "forward"  # forwarded inline or as an attached .eml
    CORRECTION = "correction"  # the message corrects itself
    FOREIGN = "foreign"  # a sender from abroad writing English or Slovak
    MARKDOWN = "markdown"  # Markdown (pipe table, **bold** labels, bullets) sent as plain text
    PASTE = "paste"  # a pasted firewall rule set or ACL with the roles in comments
    JARGON = "jargon"  # IT environment names for the roles: live, staging, UAT, pre-prod
    SIGNATURE = "signature"  # a signature block naming several people
    LETTER = "letter"  # a formal letter typed into the mail
    SIGNED = "signed"  # an inline PGP clear-signed message
    DATABOX = "databox"  # an ISDS data message


OUTLOOK = [
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("Thread-Index", "AdsmT0k1m2Yq8xUeQ9OWx3n4bTfA7w=="),
]
MAC_OUTLOOK = [
    ("User-Agent", "Microsoft-MacOutlook/16.90.24101323"),
    ("Thread-Topic", "Žádost o přístup k výsledkům voleb"),
]
OWA = [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("X-Originating-Client", "owa")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.200.121)")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
K9 = [("User-Agent", "K-9 Mail for Android 6.804")]
SAMSUNG = [("X-Mailer", "Samsung Mail (Android) 6.1.96.2")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
CENTRUM = [("X-Mailer", "Centrum.cz Mail 3.6")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [
    ("X-Mailer", "Zimbra 10.1.3_GA_4723 (ZimbraWebClient - GC131 (Win)/10.1.3_GA_4723)"),
    ("Thread-Index", "kV3dQs8xW2mYpZ1oTfA7wLeRc4B9nQ=="),
]
GMAIL = [
    ("X-Gm-Message-State", "AOJu0YwQk7fLx2mR9sTb4nVd8eHcUa1pZ3qW5yXoJgKi6lMn"),
    ("X-Google-Smtp-Source", "AGHT+IFq8Vx3kR7mT2nLpY9sWd4bHc6eJa1uZoQ5"),
]
EVOLUTION = [("X-Mailer", "Evolution 3.52.3-0ubuntu1")]
CLAWS = [("X-Mailer", "Claws Mail 4.3.0 (GTK 3.24.43; x86_64-pc-linux-gnu)")]
EMCLIENT = [("User-Agent", "eM_Client/10.1.4588.0")]
NEOMUTT = [("User-Agent", "NeoMutt/20241002")]
MUTT = [("User-Agent", "Mutt/2.2.13 (2024-03-09)")]
KMAIL = [("User-Agent", "KMail/6.2.3 (Linux/6.11.0-9-generic; KDE/6.6.0; x86_64; ; )")]
YAHOO = [("X-Mailer", "WebService/1.1.22806 YahooMailAndroidMobile")]
HORDE = [("User-Agent", "Horde Application Framework 5")]
NOTES = [
    ("X-Mailer", "HCL Notes Release 12.0.2FP2 September 15, 2023"),
    ("X-MIMETrack", "Serialize by Router on RTSMAIL01/RTS(Release 12.0.2FP2) at 15.09.2025"),
]
PROTON = [
    ("X-Pm-Message-Id", "Qm9uZGVkX19hZ2VudF9vZl9wcm90b25fbWFpbF9pZA=="),
    ("X-Pm-Origin", "internal"),
    ("X-Pm-Content-Encryption", "end-to-end"),
]


def gmail_html(text: str) -> str:
    """The HTML part Gmail sends beside a plain-text body: lines as ``<br>``-joined text in a
    ``div dir="ltr"``, a quoted block (lines opening with ">") in a ``gmail_quote``
    blockquote."""
    out: list[str] = []
    quote: list[str] = []

    def flush() -> None:
        if quote:
            out.append(
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                + "<br>".join(quote)
                + "</blockquote>"
            )
            quote.clear()

    for line in text.rstrip("\n").split("\n"):
        if line.startswith(">"):
            quote.append(escape(line[1:].removeprefix(" ")))
            continue
        flush()
        out.append(escape(line) + "<br>")
    flush()
    return '<div dir="ltr">' + "".join(out) + "</div>"


def box(box_id: str, sender: str, address: str, kind: int = 20) -> dict[str, Any]:
    """A data message's envelope: the sender's box ID, registered name, address and box type
    (10 public authority, 20 legal person, 40 natural person in business)."""
    return {"box": box_id, "sender": sender, "address": address, "type": kind}
