"""The application record extracted from one submission (frozen values with provenance)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from intake.model import Problem


@dataclass(frozen=True)
class FieldValue:
    """One extracted value and where it came from."""

    value: Any
    component: str | None = None
    line: int | None = None
    """1-based line in the component's extracted text (None for envelope/header values)."""
    certain: bool = True
    reason: str | None = None
    """Why the value is not certain (``intake.extraction.review.Reason``)."""

    def provenance(self) -> dict[str, Any]:
        out = {"component": self.component, "line": self.line, "certain": self.certain}
        return out | {"reason": self.reason} if self.reason else out


@dataclass(frozen=True)
class RecordingPermit:
    """What a request to record at a collection point (přebírací místo) states."""

    person: str | None = None
    """The person to be permitted (camera operator, reporter)."""
    applicant: str | None = None
    newsroom: str | None = None
    address: str | None = None
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    scope: str | None = None
    collection_point: str | None = None
    """Preferred kraj or okres as written."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "person": self.person,
            "applicant": self.applicant,
            "newsroom": self.newsroom,
            "address": self.address,
            "phones": list(self.phones),
            "emails": list(self.emails),
            "scope": self.scope,
            "collection_point": self.collection_point,
        }


@dataclass(frozen=True)
class Extraction:
    """The application as podatelna reads it; every value keeps its provenance in ``fields``."""

    request_types: tuple[str, ...] = ()
    organization_name: str | None = None
    organization_ico: str | None = None
    organization_databox_id: str | None = None
    production_ips: tuple[str, ...] = ()
    test_ips: tuple[str, ...] = ()
    production_count: int = 0
    """Addresses requested for production, counting every address of a block."""
    test_count: int = 0
    contact_person: str | None = None
    contact_email: str | None = None
    contact_phone: str | None = None
    amends: bool = False
    """The text says it replaces or amends an earlier application."""
    recording_permit: RecordingPermit | None = None
    language: str = "cs"
    """``cs`` or ``en``: the language to answer the applicant in."""
    sender_reference: str | None = None
    """The sender's own reference for the letter (``intake.extraction.reference``)."""
    fields: Mapping[str, FieldValue] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The ``podatelna inspect`` keys this stage owns, the provenance map (``fields``),
        and what later stages need: ``amends`` (quota), ``recording_permit``, ``language``."""
        return {
            "request_types": list(self.request_types),
            "organization": {
                "name": self.organization_name,
                "ico": self.organization_ico,
                "databox_id": self.organization_databox_id,
            },
            "production_ips": list(self.production_ips),
            "test_ips": list(self.test_ips),
            "contact": {
                "person": self.contact_person,
                "email": self.contact_email,
                "phone": self.contact_phone,
            },
            "fields": {k: v.provenance() for k, v in self.fields.items()},
            "amends": self.amends,
            "recording_permit": (
                self.recording_permit.to_dict() if self.recording_permit is not None else None
            ),
            "language": self.language,
            "sender_reference": self.sender_reference,
        }

    @property
    def uncertain(self) -> tuple[str, ...]:
        return tuple(k for k, v in self.fields.items() if not v.certain)
