"""Shared vocabulary of the seventeenth held-out part ``kc``: its styles (unusual applicants and
wording — foreign media in their own languages, freelancers, universities and institutes,
municipalities, agencies and IT contractors writing for a medium) and the request type names
of the label format (tests/corpus/LABELS.md)."""

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
    REPLY = "reply"
    FORM = "form"
    LETTER = "letter"
    HTML = "html"
    DATABOX = "databox"
