"""Shared vocabulary of the sixty-second held-out part ``dn``: its styles, request types, the
mail-client header lines (the sixty-first part's twenty-eight clients, imported, and two more
written as those clients write them: Mailspring and Postbox), the header a shared mailbox's
"sent on behalf of" mail carries, and the helpers its cases use (the Gmail-style HTML twin and
the data-box envelope, from sixtieth_dh_common through sixtyfirst_dk_common). The cases
themselves are in sixtysecond_dn_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand
apart from the extraction rules, to be scored only at the end of the round."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.sixtyfirst_dk_common import (
    AIRMAIL,
    APPLE,
    CENTRUM,
    CLAWS,
    EMCLIENT,
    EVOLUTION,
    FASTMAIL,
    FEED,
    FILM,
    GMAIL,
    GROUPWISE,
    HORDE,
    IPHONE,
    K9,
    KMAIL,
    MAC_OUTLOOK,
    MUTT,
    NEOMUTT,
    NOTES,
    OUTLOOK,
    OUTLOOK_IOS,
    OWA,
    PROTON,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    SOGO,
    SPARK,
    TBIRD,
    YAHOO,
    ZIMBRA,
    L,
    box,
    gmail_html,
    ico,
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
    "MAILSPRING",
    "MUTT",
    "NEOMUTT",
    "NOTES",
    "OUTLOOK",
    "OUTLOOK_IOS",
    "OWA",
    "POSTBOX",
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
    "on_behalf",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    PHONE = "phone"  # typed on a phone: no diacritics, abbreviations, "Odesláno z iPhonu"
    CHATTY = "chatty"  # informal, the data scattered in small talk
    HTML = "html"  # an HTML-only mail with a table
    REPLY = "reply"  # an answer with quoted history (the office's letter, last year's mail)
    FORWARD = "forward"  # forwarded inline or as an attached .eml
    CORRECTION = "correction"  # the message corrects itself
    FOREIGN = "foreign"  # a sender from abroad writing English or Slovak
    SIGNATURE = "signature"  # a signature block naming several people
    LETTER = "letter"  # a formal letter typed into the mail (one S/MIME signed)
    DATABOX = "databox"  # an ISDS data message
    UNCHANGED = "unchanged"  # top-posted "platí beze změny, viz níže" over the applicant's mail
    SHARED = "shared"  # a shared mailbox's mail "sent on behalf of", another person the contact
    PIPETABLE = "pipetable"  # the addresses in a Markdown or ASCII pipe table
    TERMINAL = "terminal"  # a fenced block pasted from a terminal (ip addr, curl ifconfig.me)
    CHATLOG = "chatlog"  # a Teams/WhatsApp chat pasted, then the applicant's own summary


MAILSPRING = [("X-Mailer", "Mailspring")]
POSTBOX = [("User-Agent", "Postbox 7.0.62 (Windows/20240320)")]


def on_behalf(client: list[tuple[str, str]], sender: str) -> list[tuple[str, str]]:
    """A client's header lines with the ``Sender`` a mail sent on behalf of a shared mailbox
    carries (Outlook's "jménem"/"on behalf of": From is the mailbox, Sender the person)."""
    return [*client, ("Sender", sender)]
