"""Frozen result objects of signature and seal verification (pyHanko style, with ``summary()``).

A result is always returned when a signature could be evaluated, whatever the verdict;
exceptions (``intake.errors``) only mean "could not evaluate at all".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

INDICATION_URN = "urn:etsi:019102:mainindication:"
SUBINDICATION_URN = "urn:etsi:019102:subindication:"


class Indication(StrEnum):
    """ETSI EN 319 102-1 main indication."""

    TOTAL_PASSED = "TOTAL_PASSED"
    TOTAL_FAILED = "TOTAL_FAILED"
    INDETERMINATE = "INDETERMINATE"

    @property
    def urn(self) -> str:
        return INDICATION_URN + self.value


class Level(StrEnum):
    """Signature level as the ``inspect`` contract names it."""

    QES = "QES"
    ADES_QC = "AdES-QC"
    ADES = "AdES"


class SignatureKind(StrEnum):
    SMIME = "smime"
    PADES = "pades"
    ZFO_SEAL = "zfo_seal"
    CADES = "cades"
    """A CMS/CAdES file (``.p7m``/``.p7s``) verified on its own (ASiC, attachments)."""
    DOC_TIMESTAMP = "doc_timestamp"
    """A PDF document time-stamp (``/DocTimeStamp`` or ``/Sig`` with ``ETSI.RFC3161``):
    proof of existence, not anybody's signature."""


ZFO_DATA_MESSAGE = "ZFO data message"
ZFO_DELIVERY_RECEIPT = "ZFO delivery receipt"
"""``covered`` of a ZFO seal: a data message, or the delivery receipt (doručenka) of one."""


class AdesLevel(StrEnum):
    """The long-term level a signature reached (ETSI EN 319 142-1 / 319 122-1 names)."""

    B = "B"
    T = "T"
    """A verified signature time-stamp proves the signature existed at its time."""
    LT = "LT"
    """... and the revocation data used is embedded in the file."""
    LTA = "LTA"
    """... and a later (document or archive) time-stamp protects it."""


@dataclass(frozen=True)
class Qualification:
    """Qualified status of a signer certificate per ETSI TS 119 615, at two moments."""

    qualified: bool
    """Qualified at certificate issuance AND at the validation time."""
    qc_type: str | None
    """``esign`` / ``eseal`` / ``web`` or None."""
    qscd: bool
    """Private key on a (Q)SCD (QSCD, managed on behalf, or by policy)."""
    basis: str
    """``eu-trusted-list``, ``local-anchor`` (QcStatements under a configured anchor) or ``none``."""
    service_name: str | None = None
    """Trust service (CA/QC) the decision came from."""
    provider: str | None = None
    """Trust service provider name (issuer organisation when no TL name is known)."""
    detail: str = ""

    @property
    def for_esignature(self) -> bool:
        return self.qualified and self.qc_type == "esign"

    @property
    def for_eseal(self) -> bool:
        return self.qualified and self.qc_type == "eseal"


NOT_QUALIFIED = Qualification(qualified=False, qc_type=None, qscd=False, basis="none")


@dataclass(frozen=True)
class CertInfo:
    """The facts about the signer certificate the records and the UI need."""

    subject: str
    common_name: str | None
    issuer: str
    serial_hex: str
    not_before: datetime
    not_after: datetime
    emails: tuple[str, ...]
    sha256: str
    organization: str | None = None


@dataclass(frozen=True)
class Revocation:
    """Revocation evidence used for one certificate of the path."""

    kind: str
    """``crl`` or ``ocsp``."""
    sha256: str
    issuer: str
    this_update: datetime | None
    next_update: datetime | None
    crl_number: int | None = None
    responder: str | None = None
    source: str = ""
    """URL it was fetched from, ``local`` (crl_dir / supplied), or ``embedded``."""


@dataclass(frozen=True)
class SignatureResult:
    """Verdict on one signature or seal."""

    kind: SignatureKind
    indication: Indication
    subindication: str | None
    """ETSI sub-indication name (e.g. ``REVOKED``), None when passed."""
    intact: bool | None
    """The content digest matches; None when that check could not run."""
    valid: bool | None
    """The cryptographic signature verifies; None when that check could not run."""
    trusted: bool
    """A path to a configured anchor validated, revocation checked for every certificate."""
    revoked: bool
    expired: bool
    signer: CertInfo | None
    qualification: Qualification
    validation_time: datetime
    """The moment the validation refers to (trusted receipt time)."""
    verified_at: datetime
    """When this verification ran."""
    signing_time: datetime | None = None
    """The signer's claimed signingTime (a claim only)."""
    timestamp_time: datetime | None = None
    """Time from a verified RFC 3161 signature time-stamp, if any."""
    digest_algorithm: str = ""
    signature_algorithm: str = ""
    covered: str = ""
    """What the signature covers (MIME entity, PDF component name and coverage, ZFO)."""
    path: tuple[str, ...] = ()
    """Subjects from signer to trust anchor."""
    revocation: tuple[Revocation, ...] = ()
    revocation_time: datetime | None = None
    """When the signer (or a CA) was revoked, if it was."""
    content: bytes | None = None
    """Signed content (the ZFO's inner XML, the opaque S/MIME entity)."""
    notes: tuple[str, ...] = ()
    modification: str | None = None
    """PAdES: modification level after signing (None for other kinds)."""
    evidence: Mapping[str, bytes] = field(default_factory=dict)
    """Revocation evidence bytes (DER CRL / OCSP response) by sha256 hex."""
    explanation: str = ""
    """For a result that is not valid: which certificate, which check and why, in Czech."""
    ades_level: AdesLevel | None = None
    """The long-term level reached (B, T, LT, LTA); None when the signature failed."""
    poe_time: datetime | None = None
    """The best proof of existence the validation used (time-stamp), None = validation time."""
    damaged_file: bool = False
    """The signed file itself cannot be read (a PDF that does not parse)."""

    @property
    def passed(self) -> bool:
        return self.indication is Indication.TOTAL_PASSED

    @property
    def level(self) -> Level | None:
        if not self.passed:
            return None
        q = self.qualification
        if q.qualified and q.qscd:
            return Level.QES
        if q.qualified:
            return Level.ADES_QC
        return Level.ADES

    @property
    def recognised(self) -> bool:
        """Uznávaný elektronický podpis: valid, qualified, QcType esign."""
        return self.passed and self.qualification.for_esignature

    def summary(self) -> str:
        who = self.signer.common_name or self.signer.subject if self.signer else "?"
        sub = f"/{self.subindication}" if self.subindication else ""
        lvl = self.level.value if self.level else "-"
        q = self.qualification
        qual = (
            f"qualified {q.qc_type}{' QSCD' if q.qscd else ''}" if q.qualified else "not qualified"
        )
        return f"{self.kind.value}: {self.indication.value}{sub}, {lvl}, {qual}, signer {who}"


def _unevaluated(
    kind: SignatureKind,
    covered: str,
    note: str,
    at: datetime,
    *,
    indication: Indication,
    subindication: str,
    intact: bool | None,
    explanation: str,
    damaged_file: bool = False,
) -> SignatureResult:
    """A result whose signature value was never evaluated (no signer, nothing trusted)."""
    from datetime import UTC

    return SignatureResult(
        kind=kind,
        indication=indication,
        subindication=subindication,
        intact=intact,
        valid=None,
        trusted=False,
        revoked=False,
        expired=False,
        signer=None,
        qualification=NOT_QUALIFIED,
        validation_time=at,
        verified_at=datetime.now(UTC),
        covered=covered,
        notes=(note,),
        explanation=explanation,
        damaged_file=damaged_file,
    )


def format_failure(
    kind: SignatureKind,
    covered: str,
    note: str,
    at: datetime,
    *,
    explanation: str = "",
    damaged_file: bool = False,
) -> SignatureResult:
    """A signature the verifier cannot fully parse: INDETERMINATE / FORMAT_FAILURE, with
    nothing claimed about integrity or the signature value (no check ran)."""
    return _unevaluated(
        kind,
        covered,
        note,
        at,
        indication=Indication.INDETERMINATE,
        subindication="FORMAT_FAILURE",
        intact=None,
        explanation=explanation or "Podpis má chybný formát a nelze jej úplně přečíst.",
        damaged_file=damaged_file,
    )


def hash_failure(
    kind: SignatureKind, covered: str, note: str, at: datetime, *, explanation: str = ""
) -> SignatureResult:
    """Signed content that no longer matches its recorded digest (e.g. an ASiC manifest entry
    changed or missing): TOTAL_FAILED / HASH_FAILURE — the integrity check ran and failed;
    the signature value was not evaluated."""
    return _unevaluated(
        kind,
        covered,
        note,
        at,
        indication=Indication.TOTAL_FAILED,
        subindication="HASH_FAILURE",
        intact=False,
        explanation=explanation or "Podepsaný obsah byl po podpisu změněn.",
    )
