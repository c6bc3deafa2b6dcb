"""Domain values shared by every package (frozen dataclasses, no I/O).

``mail``, ``databox``, ``verifiers`` and ``storage`` may import this module and
``intake.errors`` — nothing else of ``intake``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Protocol, TypedDict, runtime_checkable


class Channel(StrEnum):
    """How a submission reached the filing office."""

    EMAIL = "email"
    DATABOX = "databox"


class State(StrEnum):
    """Life cycle of a submission (see ``intake.states`` for the allowed transitions)."""

    RECEIVED = "received"
    HELD = "held"
    """Not processed further until its malware scan can be done (scan required, scanner
    unreachable); released to ``received`` and re-scanned when the scanner is back."""
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
    FILED = "filed"
    """Registered and kept, not an application: nothing to decide, no notice to the sender
    (an ISDS delivery receipt, ``DocumentKind.DELIVERY_RECEIPT``)."""


class DocumentKind(StrEnum):
    """What a registered item is, decided when it is checked (``intake.pipeline.classify``)."""

    FILING = "filing"
    """An ordinary filing (podání): extracted, verified, put before an officer."""
    DELIVERY_RECEIPT = "delivery_receipt"
    """An ISDS delivery receipt (doručenka, ``GetSignedDeliveryInfo``): the sealed record of
    a data message's delivery. Registered, its seal verified, shown; never an application."""


class Origin(StrEnum):
    """Whether a filing arrived in digital or analogue (paper) form (vyhláška 259/2012 Sb.
    §10). Every channel of podatelna is electronic; ``analogue`` is for a paper filing an
    officer would register, which podatelna has no path for yet."""

    DIGITAL = "digital"
    ANALOGUE = "analogue"


class SenderKind(StrEnum):
    """What a sender record (jmenný rejstřík) stands for."""

    ORGANISATION = "organisation"
    """A legal person or an office: known by name, IČO or data-box ID."""
    PERSON = "person"
    """A natural person or a bare e-mail identity when no organisation is known."""


class SpamStatus(StrEnum):
    """Where a message the operator's MTA marked as spam stands (``intake.spam``): kept
    unregistered until an officer releases it into the registry or marks it as no filing."""

    HELD = "held"
    """Kept, not registered, waiting for an officer."""
    RELEASED = "released"
    """Released by an officer: registered with its original receipt time."""
    DISMISSED = "dismissed"
    """Reviewed by an officer as not a filing: kept (never deleted), not registered."""


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
    """Arrival time the source witnessed (aware): IMAP INTERNALDATE, ISDS dmDeliveryTime; None
    when it has none (then the registration time). The receipt time is decided from it at
    registration (``intake.receipt``)."""
    metadata: Mapping[str, str] = field(default_factory=dict)
    """Source facts worth keeping (INTERNALDATE, Received header, dmID, sender box …)."""
    withheld: Withheld | None = None
    """Set when the message could not be taken whole (over the source's ``max_size``): then
    ``data`` holds only what the source could keep of it (an e-mail's header section, nothing
    of a data message) and the original stays with the source (quarantine folder, ISDS)."""


class WithheldReason(StrEnum):
    """Why a source delivered a message without its full content."""

    TOO_LARGE = "too_large"


@dataclass(frozen=True)
class Withheld:
    """A message registered without its full content: still registered (sender, receipt
    time, subject, Message-ID), stored as a rendition stating the reason (NSESSS 2.1.7)."""

    reason: WithheldReason
    size: int | None = None
    """The message's size in bytes, when the source knows it."""
    limit: int | None = None
    """The source's ``max_size`` it exceeds."""


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
    kind: DocumentKind = DocumentKind.FILING
    """A data-box item's own kind (a ZFO of a delivery receipt); e-mails are classified
    from their attachments by ``intake.pipeline.classify``."""


class Code(StrEnum):
    """Every problem code podatelna records (the README's list is exactly this set).

    Stored JSON keeps the plain string; read it back with ``Code.parse``."""

    # parsing an e-mail (mail/)
    UNPARSABLE_MESSAGE = "unparsable_message"
    EMPTY_MESSAGE = "empty_message"
    MISSING_SENDER = "missing_sender"
    BAD_SENDER = "bad_sender"
    MULTIPLE_SENDERS = "multiple_senders"
    BAD_DATE = "bad_date"
    MIME_TOO_DEEP = "mime_too_deep"
    MIME_TOO_MANY_PARTS = "mime_too_many_parts"
    UNREADABLE_PART = "unreadable_part"
    MALFORMED_MIME = "malformed_mime"
    CHARSET_FALLBACK = "charset_fallback"
    UNREADABLE_SIGNATURE = "unreadable_signature"
    ENCRYPTED_CONTENT = "encrypted_content"
    # parsing a data-box message (databox/)
    ZFO_NOT_CMS = "zfo_not_cms"
    ZFO_UNREADABLE = "zfo_unreadable"
    ZFO_XML_INVALID = "zfo_xml_invalid"
    ZFO_XML_DOCTYPE = "zfo_xml_doctype"
    ZFO_NOT_MESSAGE = "zfo_not_message"
    ZFO_BAD_TIME = "zfo_bad_time"
    ZFO_NO_DELIVERY_TIME = "zfo_no_delivery_time"
    ZFO_NO_FILES = "zfo_no_files"
    ZFO_FILE_EMPTY = "zfo_file_empty"
    ZFO_FILE_UNDECODABLE = "zfo_file_undecodable"
    # content checks (intake/content/; unreadable_attachment also from parsing)
    UNREADABLE_ATTACHMENT = "unreadable_attachment"
    UNSUPPORTED_FORMAT = "unsupported_format"
    MALWARE_DETECTED = "malware_detected"
    MALWARE_SCAN_FAILED = "malware_scan_failed"
    TOO_LARGE = "too_large"
    """The message exceeded its source's ``max_size``: registered from its headers only."""
    # signature and seal verification (intake/verification.py)
    SIGNATURE_MISSING = "signature_missing"
    SIGNATURE_INVALID = "signature_invalid"
    SIGNATURE_INDETERMINATE = "signature_indeterminate"
    CERTIFICATE_NOT_QUALIFIED = "certificate_not_qualified"
    CERTIFICATE_REVOKED = "certificate_revoked"
    CERTIFICATE_EXPIRED = "certificate_expired"
    CERTIFICATE_UNTRUSTED = "certificate_untrusted"
    SIGNER_MISMATCH = "signer_mismatch"
    SIGNING_TIME_MISMATCH = "signing_time_mismatch"
    SEAL_INVALID = "seal_invalid"
    SIGNATURE_UNSUPPORTED = "signature_unsupported"
    """A signature in a format podatelna cannot verify (XAdES): reported with the reason,
    never as a missing signature; an officer verifies it by other means."""
    UNSIGNED_PARTS = "unsigned_parts"
    # extraction and quota (intake/extraction/)
    NO_IP_ADDRESSES = "no_ip_addresses"
    TOO_MANY_PRODUCTION_IPS = "too_many_production_ips"
    TOO_MANY_TEST_IPS = "too_many_test_ips"
    NON_PUBLIC_IP = "non_public_ip"
    IP_RANGE = "ip_range"
    MISSING_CONTACT_EMAIL = "missing_contact_email"
    MISSING_CONTACT_PHONE = "missing_contact_phone"
    INCOMPLETE_RECORDING_PERMIT = "incomplete_recording_permit"
    NEEDS_REVIEW = "needs_review"
    # triage (intake/pipeline.py)
    LATE = "late"
    # the approval gate (intake/gate.py): an e-mail filing without an accepted signature
    SIGNATURE_NOT_ACCEPTED = "signature_not_accepted"

    @classmethod
    def parse(cls, value: object) -> Code | None:
        """The member for a stored string, or None for a code this version does not know
        (renamed or retired): callers show such a code as it is, never crash on it."""
        try:
            return cls(str(value))
        except ValueError:
            return None

    @property
    def makes_defective(self) -> bool:
        """Whether this problem can by itself send a filing to ``defective`` (triage)."""
        return self in DEFECT_CODES

    @property
    def told_to_applicant(self) -> bool:
        """Whether a notice may list this problem as a defect of the filing (with its
        remedy). Every other code is an officer's note — an uncertain value to confirm, a
        technical detail of parsing or verification — and never leaves the office."""
        return self in APPLICANT_DEFECTS


SIGNATURE_DEFECTS: frozenset[Code] = frozenset(
    {
        Code.SIGNATURE_MISSING,
        Code.SIGNATURE_INVALID,
        Code.SIGNATURE_INDETERMINATE,
        Code.CERTIFICATE_NOT_QUALIFIED,
        Code.CERTIFICATE_REVOKED,
        Code.CERTIFICATE_EXPIRED,
        Code.CERTIFICATE_UNTRUSTED,
        Code.SEAL_INVALID,
    }
)
"""Why the form requirement can fail (no recognised signature, no verified data-box seal):
verification reports these and sets ``accepted_signature`` accordingly."""
CONTENT_DEFECTS: frozenset[Code] = frozenset(
    {Code.UNREADABLE_ATTACHMENT, Code.UNSUPPORTED_FORMAT, Code.MALWARE_DETECTED, Code.TOO_LARGE}
)
"""Content problems that make a filing defective (vyhláška 259/2012 §4(1)); triage reads it."""
DEFECT_CODES: frozenset[Code] = SIGNATURE_DEFECTS | CONTENT_DEFECTS
"""Every code that can make a filing defective; each has a remedy in the notices (cs, en)."""
REQUEST_DEFECTS: frozenset[Code] = frozenset(
    {
        Code.NO_IP_ADDRESSES,
        Code.TOO_MANY_PRODUCTION_IPS,
        Code.TOO_MANY_TEST_IPS,
        Code.NON_PUBLIC_IP,
        Code.MISSING_CONTACT_EMAIL,
        Code.MISSING_CONTACT_PHONE,
        Code.EMPTY_MESSAGE,
        Code.UNPARSABLE_MESSAGE,
        Code.ENCRYPTED_CONTENT,
    }
)
"""Defects of the request itself the applicant can remedy (triage leaves them to the officer)."""
APPLICANT_DEFECTS: frozenset[Code] = DEFECT_CODES | REQUEST_DEFECTS
"""The only codes a notice lists as defects, each with a remedy (cs, en); ``needs_review``
and every other code are for officers only (``Code.told_to_applicant``)."""


@dataclass(frozen=True)
class Problem:
    """A documented problem code with a human message (Czech or English)."""

    code: Code
    message: str
    component: str | None = None

    def to_dict(self) -> dict[str, str]:
        d = {"code": self.code.value, "message": self.message}
        if self.component:
            d["component"] = self.component
        return d


class CertificateRecord(TypedDict):
    """The signer's certificate as a verification record names it."""

    subject: str
    issuer: str
    serial_number: str
    """Hexadecimal."""
    valid_from: str | None
    valid_to: str | None
    sha256: str
    emails: list[str]


class RevocationRecord(TypedDict):
    """One piece of revocation evidence used (a CRL or an OCSP response)."""

    kind: str
    """``crl`` or ``ocsp``."""
    crl_number: int | None
    ocsp_responder: str | None
    issuer: str | None
    this_update: str | None
    next_update: str | None
    sha256: str
    """Names the DER blob kept in ``VerificationOutcome.evidence``."""
    source: str


class TrustedListEntry(TypedDict):
    territory: str
    sequence: int | None


class TrustedListsRecord(TypedDict):
    """The EU trusted lists a qualification came from (only when it did)."""

    source: str
    loaded_at: str | None
    lotl_sequence: int | None
    fresh: bool
    lists: list[TrustedListEntry]


class _RecordItems(TypedDict):
    """The keys every verification record has (``VerificationRecord`` adds the optional ones;
    ``NotRequired`` is not seen through this module's postponed annotations)."""

    kind: str
    """``smime``, ``pades``, ``cades``, ``doc_timestamp`` or ``zfo_seal``
    (``verifiers.SignatureKind``)."""
    covered: str
    result: str
    """``valid``, ``invalid`` or ``indeterminate``."""
    indication: str
    indication_urn: str
    subindication: str | None
    subindication_urn: str | None
    verified_at: str | None
    validation_time: str | None
    signature_type: str
    """The type in the words of the law (e.g. ``kvalifikovaný elektronický podpis``)."""
    level: str | None
    recognised_signature: bool
    qualified: bool
    qc_type: str | None
    qscd: bool
    qualification_basis: str | None
    qualification_detail: str | None
    trust_service_provider: str | None
    trust_service: str | None
    signer_name: str | None
    certificate: CertificateRecord | None
    path: list[str]
    revocation_checked: bool
    revoked: bool
    revocation_time: str | None
    revocation: list[RevocationRecord]
    signing_time_claimed: str | None
    timestamp_time: str | None
    digest_algorithm: str | None
    signature_algorithm: str | None
    intact: bool | None
    """None when the integrity check could not run (never claimed without a check)."""
    signature_value_valid: bool | None
    """None when the signature value could not be checked."""
    modification_after_signing: str | None
    notes: list[str]
    """Technical reasons (pyHanko's own messages, English)."""
    explanation: str
    """For a result that is not valid: which certificate, which check and why (Czech)."""
    ades_level: str | None
    """Long-term level reached: ``B``, ``T``, ``LT`` or ``LTA`` (None when not valid)."""
    poe_time: str | None
    """The best proof of existence the validation used (a time-stamp's time)."""


class VerificationRecord(_RecordItems, total=False):
    """One verification record (ověřovací protokol) per signature or seal, exactly as
    ``verifiers.record.build_record`` writes it: the vyhláška 259/2012 §4(7) items and the
    ETSI EN 319 102-1 indication. Times are ISO 8601 strings; stored as JSON."""

    trusted_lists: TrustedListsRecord
    """Only when the qualification came from the EU trusted lists."""
    unsigned_parts: list[str]
    """S/MIME only: parts of the message outside every signed entity."""
    statement: str
    """ZFO seals only: the seal presented as the seal of the data message (or of the
    delivery receipt), in Czech: issuer, time, validity."""


@dataclass(frozen=True)
class VerificationOutcome:
    """What signature/seal verification says about one submission (see ``intake.verification``)."""

    records: tuple[VerificationRecord, ...] = ()
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
