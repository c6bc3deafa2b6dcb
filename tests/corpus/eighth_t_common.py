"""Shared pieces of the eighth held-out part ``t`` (t001–t042): the closed set of styles and
the label builder. The part leans on attachments, forms and data-box messages.

Written by hand apart from the extraction rules and the tuning cases (issue 18)."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L as L
from tests.corpus.label_rules import ico as ico

FEED = ["feed_access"]
REC = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]


class Style(StrEnum):
    """How an application of this part is written; every case has exactly one."""

    DOCX_FORM = "docx-form"
    """A completed form in DOCX: tick boxes, labelled tables, header/footer."""
    DOCX_LETTER = "docx-letter"
    """A letter on a letterhead in DOCX, several identifiers in header or footer."""
    PDF_FORM = "pdf-form"
    PDF_LETTER = "pdf-letter"
    XLSX_HOSTS = "xlsx-hosts"
    """A spreadsheet of hosts, roles in a column or per sheet."""
    ODT = "odt"
    RTF = "rtf"
    DATABOX_ANNOTATION = "databox-annotation"
    """A data message whose annotation carries the application, no document."""
    DATABOX_DOCUMENT = "databox-document"
    """A data message with the application in an attached document."""
    COVER_AMENDS = "cover-amends"
    """A cover note that corrects or adds to its attachment."""
    BARE_COVER = "bare-cover"
    """A cover note that says next to nothing; everything is in the attachment."""
    SLOVAK = "slovak"
    ENGLISH = "english"
