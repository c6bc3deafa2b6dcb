"""Domain values shared by every package (frozen dataclasses, no I/O).

``mail``, ``databox``, ``verifiers`` and ``storage`` may import this module and
``intake.errors`` — nothing else of ``intake``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Protocol, runtime_checkable


class Channel(StrEnum):
    """How a submission reached the filing office."""

    EMAIL = "email"
    DATABOX = "databox"


class State(StrEnum):
    """Life cycle of a submission (see ``intake.states`` for the allowed transitions)."""

    RECEIVED = "received"
    CHECKED = "checked"
    VERIFIED = "verified"
    EXTRACTED = "extracted"
    READY_FOR_REVIEW = "ready_for_review"
    DEFECTIVE = "defective"
    LATE = "late"
    AWAITING_CONFIRMATION = "awaiting_confirmation"
    """Approved over blocking problems; takes effect when a second officer confirms."""
    APPROVED = "approved"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class RawItem:
    """One message as a source delivered it, before anything else happens to it."""

    source: str
    """Name of the configured source (account) it came from."""
    ref: str
    """Stable reference inside that source, e.g. ``INBOX/1700000000/42`` or a dmID."""
    data: bytes
    """The exact bytes received (RFC 822 message or signed ZFO)."""
    channel: Channel
    received_at: datetime | None = None
    """Trusted filing time given by the source (aware), or None when it has none."""
    metadata: Mapping[str, str] = field(default_factory=dict)
    """Source facts worth keeping (INTERNALDATE, Received header, dmID, sender box …)."""


@dataclass(frozen=True)
class SourceNotice:
    """Something a source could not deliver as an item (oversize message, fetch failure).

    The service records it in the audit log and then calls ``acknowledge(ref)``, after
    which the source may move the message aside (quarantine)."""

    source: str
    ref: str
    reason: str
    """Machine code, e.g. ``oversize``."""
    detail: str = ""
    sha256: str | None = None


@runtime_checkable
class Source(Protocol):
    """A channel adapter. ``poll`` yields what is waiting; ``acknowledge`` is called only after
    the item (or notice) is durably committed, and tells the source it may move it aside."""

    name: str

    def poll(self) -> Iterator[RawItem | SourceNotice]: ...

    def acknowledge(self, ref: str) -> None: ...

    def close(self) -> None: ...


class ComponentRole(StrEnum):
    BODY_TEXT = "body_text"
    BODY_HTML = "body_html"
    ATTACHMENT = "attachment"
    SIGNATURE = "signature"
    """A detached signature part (application/pkcs7-signature), kept but not content."""
    ENVELOPE = "envelope"
    """The data-box envelope (inner ZFO XML)."""


@dataclass(frozen=True)
class Component:
    """One part of a submission: a body, an attachment, or a file unpacked from a container."""

    name: str
    """File name as given by the sender (untrusted), or a synthetic one for bodies."""
    role: ComponentRole
    data: bytes
    declared_type: str = "application/octet-stream"
    """Content type as the sender declared it."""
    parent: str | None = None
    """Name of the container component it was unpacked from."""
    charset: str | None = None
    text: str | None = None
    """Decoded text for bodies (and later, extracted text of documents)."""


@dataclass(frozen=True)
class ParsedMessage:
    """What parsing one received item yields: headers that matter and its components."""

    channel: Channel
    subject: str = ""
    sender: str = ""
    """Sender address (e-mail) or data-box ID."""
    sender_name: str = ""
    message_id: str = ""
    date: datetime | None = None
    """The message's own claim of its date (Date header / dmDeliveryTime for data box)."""
    components: tuple[Component, ...] = ()
    headers: Mapping[str, str] = field(default_factory=dict)
    """Selected headers (Auto-Submitted, Precedence, List-Id, Return-Path, Received …)."""
    envelope: Mapping[str, str] = field(default_factory=dict)
    """Data-box envelope fields (dmID, dbIDSender, dmSender, dmAnnotation, dmDeliveryTime …)."""
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class Problem:
    """A documented problem code with a human message (Czech or English)."""

    code: str
    message: str
    component: str | None = None

    def to_dict(self) -> dict[str, str]:
        d = {"code": self.code, "message": self.message}
        if self.component:
            d["component"] = self.component
        return d


@dataclass(frozen=True)
class VerificationOutcome:
    """What signature/seal verification says about one submission (see ``intake.verification``)."""

    records: tuple[Mapping[str, object], ...] = ()
    """One JSON-serialisable verification record (ověřovací protokol) per signature or seal,
    with the vyhláška 259/2012 §4(7) fields and the ETSI EN 319 102-1 indication."""
    signature: Mapping[str, object] = field(default_factory=dict)
    """The best signature covering the application, as ``podatelna inspect`` shows it:
    ``status``, ``qualified``, ``level``, ``signer_name``, ``signer_email``."""
    accepted_signature: bool = False
    """The form requirement is met (valid qualified signature, or a data-box seal that verifies)."""
    problems: tuple[Problem, ...] = ()
    evidence: Mapping[str, bytes] = field(default_factory=dict)
    """Revocation evidence (DER CRLs / OCSP responses) by sha256 hex, as named in the records'
    ``revocation[].sha256``, so the decision can be re-checked later."""
