"""Shared vocabulary of the fifteenth held-out part ``ic``: its styles and label shorthands.

The part emphasises unusual applicants and wording: foreign media writing in their own
language, freelancers, universities, municipalities, agencies and IT contractors writing for
a medium, addresses as ranges, CIDR, netmasks, words or corrections, and request types that
are declined, withdrawn or filming only."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

__all__ = ["BOTH", "FEED", "FILM", "L", "Style", "ico"]


class Style(StrEnum):
    """How an application of this part is written; every case has exactly one."""

    FOREIGN = "foreign-media"
    FREELANCER = "freelancer"
    UNIVERSITY = "university"
    MUNICIPAL = "municipal"
    AGENCY = "agency-for-medium"
    CORRECTION = "correction"
    DECLINED = "declined-or-withdrawn"
    FILMING = "filming-only"
    NETWORK = "ranges-and-nat"
    ATTACHMENT = "attachment"
    DATABOX = "databox-message"
    SLOVAK = "slovak"
    SIGNED = "smime-signed"
    REPLY = "reply-or-forward"
    OUTLOOK = "outlook-legacy-charset"
