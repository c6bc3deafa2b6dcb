"""The pipeline's pure stages: parse → content checks → verification → extraction → triage.

Each stage takes the stored bytes (and facts already stored) and returns a value; nothing here
touches the database or a source. ``intake.service`` persists what they return, one stage per
transaction, and ``podatelna inspect`` runs them all in memory via ``Pipeline.analyse``.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from intake.model import (
    CONTENT_DEFECTS,
    Channel,
    Code,
    ComponentRole,
    DocumentKind,
    ParsedMessage,
    Problem,
    State,
    VerificationOutcome,
)

if TYPE_CHECKING:
    from intake.extraction.quota import IpSets
    from intake.receipt import Arrival, Receipt, ReceiptPolicy

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ComponentInfo:
    """What the registry keeps about one component (its bytes go to the evidence store)."""

    name: str
    role: str
    data: bytes
    declared_type: str = ""
    detected_type: str = ""
    parent: str | None = None
    problem: str | None = None
    detail: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class Classified:
    """What a registered item is (``classify``), with the envelopes of the delivery
    receipts it is or carries (the facts an officer sees of each)."""

    kind: DocumentKind = DocumentKind.FILING
    receipts: tuple[Mapping[str, str], ...] = ()
    sealed_files: tuple[tuple[str, bytes, DocumentKind], ...] = ()
    """(component name, ZFO bytes, its kind) of each data message or delivery receipt attached
    to the item: each seal is verified and recorded (the seal of that data message)."""


@dataclass(frozen=True)
class CheckResult:
    parsed: ParsedMessage
    components: tuple[ComponentInfo, ...]
    problems: tuple[Problem, ...]
    scan: tuple[Mapping[str, object], ...] = ()
    """One malware-scan record per component (scanned or not, result, engine, signatures)."""
    hold: bool = False
    """The malware scan is required but could not be done: hold the filing (state ``held``)
    until the scanner is back, then check it again."""
    classified: Classified = field(default_factory=Classified)


@dataclass(frozen=True)
class ExtractResult:
    data: Mapping[str, Any]
    """The inspect keys (request_types, organization, production_ips, test_ips, contact) plus
    provenance and recording-permit fields."""
    problems: tuple[Problem, ...]
    language: str = "cs"

    @property
    def request_types(self) -> list[str]:
        return list(self.data.get("request_types") or [])

    @property
    def production_ips(self) -> list[str]:
        return list(self.data.get("production_ips") or [])

    @property
    def test_ips(self) -> list[str]:
        return list(self.data.get("test_ips") or [])

    @property
    def organization(self) -> Mapping[str, Any]:
        return self.data.get("organization") or {}


@dataclass(frozen=True)
class Triage:
    state: State
    on_time: bool | None
    problems: tuple[Problem, ...] = field(default=())


class Stages(Protocol):
    """The pure pipeline stages with their dependencies bound (``intake.stages.PipelineStages``
    in the service and in ``podatelna inspect``; tests pass fakes)."""

    def receipt_time(self, raw: bytes, channel: Channel) -> datetime | None:
        """The time the item itself claims (untrusted; ``podatelna inspect`` only)."""
        ...

    def receipt(
        self, raw: bytes, channel: Channel, arrival: Arrival, policy: ReceiptPolicy
    ) -> Receipt:
        """The trusted receipt time at registration (``intake.receipt.receipt_of``)."""
        ...

    def check(self, raw: bytes, channel: Channel) -> CheckResult: ...

    def verify(
        self, raw: bytes, channel: Channel, received_at: datetime | None
    ) -> VerificationOutcome: ...

    def extract(self, raw: bytes, channel: Channel) -> ExtractResult: ...

    def quota_problems(
        self, extraction: ExtractResult, earlier: Sequence[IpSets]
    ) -> list[Problem]: ...

    def triage(
        self, received_at: datetime | None, accepted: bool, problems: Sequence[Problem]
    ) -> Triage: ...


def _parse_email(raw: bytes) -> ParsedMessage:
    from mail.mime import parse_email

    return parse_email(raw)


def _email_receipt_time(raw: bytes, trusted_mx: str | None) -> datetime | None:
    from mail.mime import receipt_time

    return receipt_time(raw, trusted_mx)


def _parse_zfo(raw: bytes) -> ParsedMessage:
    from databox.zfo import parse_zfo

    return parse_zfo(raw)


def _zfo_receipt_time(raw: bytes, trusted_mx: str | None) -> datetime | None:
    from databox.zfo import delivery_time

    return delivery_time(raw)


@dataclass(frozen=True)
class ChannelKind:
    """What differs between delivery channels where a stored item is handled."""

    parse: Callable[[bytes], ParsedMessage]
    """Stored bytes → headers and components; never raises on bad input."""
    receipt_time: Callable[[bytes, str | None], datetime | None]
    """The receipt time the item itself carries (second argument: the trusted MX host)."""
    extension: str
    """File extension of a stored item (download, import, drop folder), without the dot."""
    label_cs: str
    """The officer UI's name of the channel."""


CHANNELS: Mapping[Channel, ChannelKind] = {
    Channel.EMAIL: ChannelKind(_parse_email, _email_receipt_time, "eml", "E-mail"),
    Channel.DATABOX: ChannelKind(_parse_zfo, _zfo_receipt_time, "zfo", "Datová schránka"),
}
"""One row per ``Channel`` (a test checks every member has one)."""


RECEIPT_FIELDS = (
    "dmID",
    "dbIDSender",
    "dmSender",
    "dmSenderAddress",
    "dbIDRecipient",
    "dmRecipient",
    "dmRecipientAddress",
    "dmAnnotation",
    "dmSenderRefNumber",
    "dmRecipientRefNumber",
    "dmDeliveryTime",
    "dmAcceptanceTime",
    "dmMessageStatus",
    "dmEvents",
    "dmHash",
    "dmHashAlgorithm",
)
"""What is kept and shown of a delivery receipt (its envelope without the time-stamp token)."""


def _receipt_facts(envelope: Mapping[str, str]) -> dict[str, str]:
    return {k: envelope[k] for k in RECEIPT_FIELDS if envelope.get(k)}


COVER_NOTE_MAX = 1000
"""Characters of text an e-mail carrying only delivery receipts may have and still be a
receipt: a longer text may be an application, and goes to an officer (fail closed)."""


def _cover_note_only(parsed: ParsedMessage) -> bool:
    text = "".join(
        "".join((c.text or "").split())
        for c in parsed.components
        if c.role in (ComponentRole.BODY_TEXT, ComponentRole.BODY_HTML)
    )
    return len(text) <= COVER_NOTE_MAX


def _looks_like_zfo(data: bytes) -> bool:
    return data[:1] == b"\x30" and b"http://isds.czechpoint.cz" in data[:65536]


def classify(parsed: ParsedMessage) -> Classified:
    """A data-box item is what its ZFO says it is. An e-mail is a delivery receipt when every
    attachment it carries is the ZFO of a delivery receipt and its text is no more than a
    covering note; an e-mail with any other attachment or a longer text stays a filing, its
    receipts shown beside it. Every
    attached ZFO (data message or receipt) is listed for its seal to be verified."""
    attachments = [
        c for c in parsed.components if c.role is ComponentRole.ATTACHMENT and c.parent is None
    ]
    sealed: list[tuple[str, bytes, DocumentKind]] = []
    receipts: list[dict[str, str]] = []
    for c in attachments:
        if _looks_like_zfo(c.data):
            inner = _parse_zfo(c.data)
            if inner.message_id:
                sealed.append((c.name, c.data, inner.kind))
            if inner.kind is DocumentKind.DELIVERY_RECEIPT:
                receipts.append(_receipt_facts(inner.envelope))
    if parsed.channel is Channel.DATABOX:
        own = parsed.kind is DocumentKind.DELIVERY_RECEIPT
        facts = [_receipt_facts(parsed.envelope)] if own else []
        return Classified(parsed.kind, tuple(facts + receipts), tuple(sealed))
    only_receipts = bool(receipts) and len(receipts) == len(attachments)
    kind = (
        DocumentKind.DELIVERY_RECEIPT
        if only_receipts and _cover_note_only(parsed)
        else DocumentKind.FILING
    )
    return Classified(kind, tuple(receipts), tuple(sealed))


def parse(raw: bytes, channel: Channel) -> ParsedMessage:
    """Parse a stored item into headers and components; never raises on bad input."""
    return CHANNELS[channel].parse(raw)


def claimed_receipt_time(
    raw: bytes, channel: Channel, trusted_mx: str | None = None
) -> datetime | None:
    """The receipt time the item itself claims: dmDeliveryTime for a data-box message, the
    top-most ``Received:`` header (by ``trusted_mx`` when given) for an e-mail. Untrusted:
    ``podatelna inspect`` shows it; registration decides with ``intake.receipt``."""
    return CHANNELS[channel].receipt_time(raw, trusted_mx)


def triage(
    *,
    received_at: datetime | None,
    deadline: datetime,
    accepted_signature: bool,
    problems: Sequence[Problem],
) -> Triage:
    """Decide where a processed filing goes: ``late`` after the deadline (inclusive deadline),
    ``defective`` when the form requirement fails (unless a signature is there in a format not
    verified here) or content checks fail, otherwise ``ready_for_review``. Pure."""
    on_time = None if received_at is None else received_at <= deadline
    extra: list[Problem] = []
    if on_time is False:
        extra.append(
            Problem(
                Code.LATE, f"Podání doručeno po lhůtě ({deadline.isoformat()}); nelze přijmout."
            )
        )
        return Triage(State.LATE, on_time, tuple(extra))
    # a signature podatelna cannot verify (XAdES) is for an officer to judge: no defect notice
    unverifiable = any(p.code is Code.SIGNATURE_UNSUPPORTED for p in problems)
    form_fails = not accepted_signature and not unverifiable
    if form_fails or any(p.code in CONTENT_DEFECTS for p in problems):
        return Triage(State.DEFECTIVE, on_time, tuple(extra))
    return Triage(State.READY_FOR_REVIEW, on_time, tuple(extra))


def problem_dicts(problems: Sequence[Problem]) -> list[dict[str, str]]:
    seen: set[tuple[str, str]] = set()
    out = []
    for p in problems:
        key = (p.code, p.message)
        if key not in seen:
            seen.add(key)
            out.append(p.to_dict())
    return out


def problems_from_dicts(items: Sequence[Mapping[str, Any]]) -> list[Problem]:
    """Stored problems read back. A code this version does not know (renamed or retired) is
    left out with a warning: it cannot be one of the defects triage acts on, and the stored
    JSON (what the officer sees) keeps it unchanged."""
    out: list[Problem] = []
    for d in items:
        code = Code.parse(d.get("code"))
        if code is None:
            log.warning("stored problem code %r is unknown; ignored", d.get("code"))
            continue
        out.append(Problem(code, str(d.get("message", "")), d.get("component")))
    return out


def empty_verification() -> VerificationOutcome:
    return VerificationOutcome(
        signature={
            "status": "missing",
            "qualified": False,
            "level": None,
            "signer_name": None,
            "signer_email": None,
        },
        accepted_signature=False,
        problems=(Problem(Code.SIGNATURE_MISSING, "Podání není podepsáno."),),
    )
