"""Shared pieces of the seventh held-out set's part ``q`` (seventh_q_*.py): its styles and a
compact case builder. This part emphasises applicants rarely seen: foreign media (Hungarian,
Ukrainian, Polish, German, Austrian, British, American) writing in English, Czech, Slovak or
broken Czech, foreign legal forms, Czech branches and agencies acting for a client,
freelancers, students and researchers, and filming requests with crew lists."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

FEED = "feed_access"
REC = "recording_permit"


class Style(StrEnum):
    """How an application of this part is written; every case has exactly one."""

    FOREIGN_ENGLISH = "foreign-english"
    BROKEN_CZECH = "broken-czech"
    CZECH_BRANCH = "czech-branch"
    AGENCY_FOR_CLIENT = "agency-for-client"
    FREELANCER = "freelancer"
    STUDENT_RESEARCHER = "student-researcher"
    CREW_LIST = "crew-list"
    SLOVAK = "slovak"
    ATTACHMENT = "attachment"
    DATABOX = "databox-message"
    FORM = "form-checkboxes"
    REPLY_OFFICE = "reply-quoting-office"
    FORWARD_OWN = "forward-own"
    CORRECTION = "correction"
    ROLE_ORDER = "roles-by-order"
    LOOKALIKES = "look-alikes"
    HTML_TABLE = "html-table"
    TWO_LINE = "two-line-note"


def case(
    cid: str, description: str, style: Style, labels: dict[str, Any], **spec: Any
) -> dict[str, Any]:
    """A case spec in the ``make_blind_a`` format."""
    return {"id": cid, "description": description, "style": style.value, "labels": labels, **spec}
