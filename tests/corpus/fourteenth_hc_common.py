"""What the fourteenth held-out part ``hc`` shares between its case modules: its styles and
the label builder. Its emphasis is unusual applicants and wording: foreign media writing in
their own language or mixed English, freelancers, universities, municipalities and IT
contractors, addresses as ranges, CIDR blocks, netmasks, words, order, IPv6, corrected or old
addresses, and request types declined, withdrawn, conditional or filming only."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico

__all__ = ["FEED", "FILM", "BOTH", "L", "Style", "ico"]

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]


class Style(StrEnum):
    FOREIGN = "foreign"
    FREELANCER = "freelancer"
    UNIVERSITY = "university"
    MUNICIPAL = "municipal"
    AGENCY = "agency"
    LETTER = "letter"
    DATABOX = "databox"
    OUTLOOK = "outlook"
    GMAIL = "gmail"
    TERSE = "terse"
    FORM = "form"
    FORWARD = "forward"
    REPLY = "reply"
    HTML = "html"
    SIGNED = "signed"
