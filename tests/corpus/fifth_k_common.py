"""What the fifth-round held-out part ``k`` shares: its styles (the ``style`` of every case
in fifth_k_*.py) and the flat label builder. Its cases emphasise unusual applicants and
wording: foreign media, freelancers, universities and institutes, municipal newsrooms,
agencies and IT contractors applying for a medium; addresses as ranges, CIDR blocks,
netmasks, words, order and count, IPv6, old addresses and corrections; request types
declined, withdrawn, conditional or filming only."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L

__all__ = ["FEED", "FILM", "L", "Style", "soft"]

FEED = "feed_access"
FILM = "recording_permit"


class Style(StrEnum):
    OUTLOOK = "outlook"
    GMAIL = "gmail"
    THUNDERBIRD = "thunderbird"
    APPLE_MAIL = "apple_mail"
    WEBMAIL_HTML = "webmail_html"
    LETTER = "letter"
    FORM = "form"
    SPREADSHEET = "spreadsheet"
    FORWARD = "forward"
    REPLY = "reply"
    DATABOX = "databox"
    NOTE = "note"
    CORRECTION = "correction"
    AGENCY = "agency"


def soft(text: str) -> str:
    """A format=flowed body written with ``~`` at the end of each soft-broken line: the
    ``~`` becomes the trailing space that marks the soft break."""
    return text.replace("~\n", " \n")
