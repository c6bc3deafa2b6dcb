"""Text extraction and the application record: request types, organisation, addresses,
contact, recording-permit details, each value with its provenance."""

from __future__ import annotations

from intake.extraction.extract import extract_application
from intake.extraction.model import Extraction, FieldValue, RecordingPermit
from intake.extraction.quota import check_quota

__all__ = ["Extraction", "FieldValue", "RecordingPermit", "check_quota", "extract_application"]
