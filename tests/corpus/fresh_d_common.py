"""Shared pieces of the third-round held-out cases, prefix ``d`` (fresh_d_*.py): the closed set
of styles and the request types; the label builder and the IČO rule are shared
(tests/corpus/label_rules.py).

Written apart from the extraction rules and from the other writers' cases."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import ico_valid as ico_valid

FEED = "feed_access"
REC = "recording_permit"


class Style(StrEnum):
    """How an application is written; every ``d`` case has exactly one (its main trait)."""

    PDF = "pdf-attachment"
    DOCX = "docx-attachment"
    XLSX = "xlsx-attachment"
    RTF = "rtf-attachment"
    FORM_CHECKBOX = "form-checkboxes"
    """☒/☐, ✓/✗, [x]/[ ] or (X)/( ) in front of the request types."""
    YES_NO = "yes-no-columns"
    """A table with ANO/NE (yes/no) columns or cells for the request types."""
    STRUCK = "struck-out-options"
    """A form whose inapplicable option is struck through (HTML <del>, PDF strike)."""
    HTML_TABLE = "html-table"
    DATABOX_ANNOTATION = "databox-annotation"
    """A data message whose application is in the annotation, the attachment says little."""
    DATABOX_DOCUMENT = "databox-document"
    """A data message with a generic annotation, the application only in the attachment."""
    RECORDING = "recording-permit"
    FORWARD = "forward"
    CORRECTION = "correction"
    WITHDRAWAL = "withdrawal"
    REPLY_OWN = "reply-own-original"
    ENGLISH = "english"
    SLOVAK = "slovak"
    NO_DIACRITICS = "no-diacritics"
