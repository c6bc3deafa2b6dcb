"""Shared pieces of the sixth held-out set, prefix ``m`` (m001–m042): the request-type lists
and the closed set of styles. This part's emphasis is forms and templates: the office's
application form filled in many ways, data-box messages with and without documents, letters
from municipalities, universities, regional studios and associations, and filming-only
applicants.

Written by hand apart from the extraction rules and every other corpus set (issue 18)."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L as L

FEED = ["feed_access"]
REC = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]


class Style(StrEnum):
    """How an application of this part is written; every case has exactly one."""

    FORM_LINES = "form-lines"
    """The form retyped into the mail body as 'Pole: hodnota' lines."""
    FORM_HTML_TABLE = "form-html-table"
    """The form as an HTML table in the mail body."""
    FORM_DOCX = "form-docx"
    FORM_ODT = "form-odt"
    FORM_PDF = "form-pdf"
    FORM_XLSX = "form-xlsx"
    FORM_PARTIAL = "form-partial"
    """A form with boxes left empty or unticked."""
    FORM_AMENDED = "form-amended"
    """A filled form that the cover mail corrects or completes."""
    DATABOX_ANNOTATION = "databox-annotation"
    """A data message whose only text is its annotation."""
    DATABOX_DOCUMENT = "databox-document"
    MUNICIPALITY = "municipality-letter"
    UNIVERSITY = "university-letter"
    REGIONAL_STUDIO = "regional-studio"
    ASSOCIATION = "association-letter"
    FILMING_ONLY = "filming-only"
    SLOVAK = "slovak"
    ENGLISH = "english"
    NO_DIACRITICS = "no-diacritics"
