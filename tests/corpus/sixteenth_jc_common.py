"""Shared vocabulary of the sixteenth held-out part ``jc``: its styles (unusual applicants and
wording — foreign media, freelancers, universities, municipalities, agencies and contractors)
and the feed/filming request type names of the label format (tests/corpus/LABELS.md)."""

from __future__ import annotations

from enum import StrEnum

FEED = "feed_access"
FILM = "recording_permit"


class Style(StrEnum):
    FOREIGN = "foreign"
    FREELANCER = "freelancer"
    UNIVERSITY = "university"
    MUNICIPAL = "municipal"
    AGENCY = "agency"
    CONTRACTOR = "contractor"
    TERSE = "terse"
    CORRECTION = "correction"
    FORWARD = "forward"
    FORM = "form"
    LETTER = "letter"
    DATABOX = "databox"
