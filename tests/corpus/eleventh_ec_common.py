"""What the eleventh held-out part ``ec`` shares between its case modules: its styles (the
part's emphasis: unusual applicants and wording) and the two request-type lists."""

from __future__ import annotations

from enum import StrEnum


class Style(StrEnum):
    """How a case of this part is written: who writes it and what makes its wording unusual."""

    FOREIGN = "foreign"
    FREELANCE = "freelance"
    UNIVERSITY = "university"
    MUNICIPAL = "municipal"
    CONTRACTOR = "contractor"
    AGENCY = "agency"
    NOTATION = "notation"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"
    CONDITIONAL = "conditional"
    RECORDING = "recording"
    DATABOX = "databox"
    FORM = "form"
    FORWARD = "forward"
    REPLY = "reply"


FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]
