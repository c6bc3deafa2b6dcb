"""One CMS SignedData (S/MIME, PAdES-less CAdES, ZFO seal): integrity, algorithms, trust,
revocation, qualification, time-stamp -> ``SignatureResult`` per SignerInfo."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from asn1crypto import cms, core, x509
from pyhanko.sign.ades.report import AdESFailure, AdESIndeterminate, AdESStatus, AdESSubIndic
from pyhanko.sign.general import CMSStructuralError
from pyhanko.sign.validation.generic_cms import (
    extract_certs_for_validation,
    validate_tst_signed_data,
)

from verifiers.algorithms import (
    ALLOWED_DIGESTS,
    ALLOWED_MECHANISMS,
    CMS_ALGORITHMS,
    SEAL_KU,
    SIGNATURE_KU,
    algorithm_error,
    algorithm_names,
)
from verifiers.certinfo import cert_info
from verifiers.chain import ChainValidator, TrustVerdict
from verifiers.integrity import check_integrity
from verifiers.qualification import assess_cached
from verifiers.results import (
    NOT_QUALIFIED,
    Indication,
    Qualification,
    SignatureKind,
    SignatureResult,
)

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class CmsInput:
    signed_data: cms.SignedData
    detached_content: bytes | memoryview | None
    """The signed bytes for a detached signature; None when the content is encapsulated."""
    kind: SignatureKind
    covered: str
    raw_digest: bytes | None = None
    """Precomputed digest (PAdES ByteRange); then ``detached_content`` is ignored."""


def _fail(
    inp: CmsInput,
    moment: datetime,
    sub: AdESSubIndic,
    note: str,
    *,
    signer: x509.Certificate | None = None,
    intact: bool = False,
    valid: bool = False,
    content: bytes | None = None,
) -> SignatureResult:
    indication = (
        Indication.TOTAL_FAILED if sub.status is AdESStatus.FAILED else Indication.INDETERMINATE
    )
    return SignatureResult(
        kind=inp.kind,
        indication=indication,
        subindication=sub.standard_name,
        intact=intact,
        valid=valid,
        trusted=False,
        revoked=False,
        expired=False,
        signer=cert_info(signer) if signer is not None else None,
        qualification=NOT_QUALIFIED,
        validation_time=moment,
        verified_at=datetime.now(UTC),
        covered=inp.covered,
        notes=(note,),
        content=content,
    )


def _single_signer_views(sd: cms.SignedData) -> list[cms.SignedData]:
    infos = list(sd["signer_infos"])
    if len(infos) <= 1:
        return [sd]
    views = []
    for si in infos:
        copy = cms.SignedData.load(sd.dump())
        copy["signer_infos"] = cms.SignerInfos([cms.SignerInfo.load(si.dump())])
        views.append(copy)
    return views


async def verify_cms(
    inp: CmsInput, chain: ChainValidator, moment: datetime
) -> list[SignatureResult]:
    try:
        views = _single_signer_views(inp.signed_data)
    except (ValueError, TypeError, KeyError) as e:  # damaged SignerInfos, parsed lazily
        return [_fail(inp, moment, AdESFailure.FORMAT_FAILURE, f"malformed: {type(e).__name__}")]
    return [await _verify_one_guarded(inp, view, chain, moment) for view in views]


async def _verify_one_guarded(
    inp: CmsInput, sd: cms.SignedData, chain: ChainValidator, moment: datetime
) -> SignatureResult:
    """asn1crypto parses lazily: a damaged certificate extension (e.g. the SAN read for the
    signer's e-mail) raises only when first touched. That is a format failure of this
    signature, not an error escaping the verifier."""
    try:
        return await _verify_one(inp, sd, chain, moment)
    except (ValueError, TypeError, KeyError) as e:
        return _fail(inp, moment, AdESFailure.FORMAT_FAILURE, f"malformed: {type(e).__name__}")


def _content_of(sd: cms.SignedData) -> bytes | None:
    eci = sd["encap_content_info"]
    if eci["content"] is core.VOID or eci["content"].native is None:
        return None
    c = eci["content"]
    return bytes(c.contents) if isinstance(c, core.ParsableOctetString) else c.native


_SIGNERS: dict[tuple[bytes, bytes], tuple[x509.Certificate, list[x509.Certificate]]] = {}


def _signer_cert(
    sd: cms.SignedData, si: cms.SignerInfo
) -> tuple[x509.Certificate, list[x509.Certificate]]:
    """The signer certificate by exact issuer DER + serial (fast path; the parsed certificates
    are memoised per identical certificate set), else pyHanko's EN 319 102-1 matching (name
    comparison with string preparation, subjectKeyIdentifier)."""
    sid = si["sid"]
    if sid.name == "issuer_and_serial_number":
        key = (sd["certificates"].dump(), sid.dump())
        hit = _SIGNERS.get(key)
        if hit is not None:
            return hit
        certs = [c.chosen for c in sd["certificates"] if c.name == "certificate"]
        issuer = sid.chosen["issuer"].dump()
        serial = sid.chosen["serial_number"].contents
        hits = [
            c
            for c in certs
            if c["tbs_certificate"]["serial_number"].contents == serial
            and c["tbs_certificate"]["issuer"].dump() == issuer
        ]
        if len(hits) == 1:
            found = (hits[0], [c for c in certs if c is not hits[0]])
            if len(_SIGNERS) < 10000:
                _SIGNERS[key] = found
            return found
    info = extract_certs_for_validation(sd)
    return info.signer_cert, list(info.other_certs)


class _Rejected(Exception):
    """A check of one signature failed; ``_verify_one`` turns it into the failed result."""

    def __init__(
        self,
        sub: AdESSubIndic,
        note: str,
        *,
        signer: x509.Certificate | None = None,
        intact: bool = False,
        valid: bool = False,
        content: bytes | None = None,
    ) -> None:
        super().__init__(note)
        self.sub, self.note, self.signer = sub, note, signer
        self.intact, self.valid, self.content = intact, valid, content

    def result(self, inp: CmsInput, moment: datetime) -> SignatureResult:
        return _fail(
            inp,
            moment,
            self.sub,
            self.note,
            signer=self.signer,
            intact=self.intact,
            valid=self.valid,
            content=self.content,
        )


@dataclass(frozen=True)
class _Intact:
    """What the cryptographic checks established for one SignerInfo."""

    signer_info: cms.SignerInfo
    signer: x509.Certificate
    others: list[x509.Certificate]
    digest_algorithm: str
    signature_algorithm: str
    signing_time: datetime | None
    """The signing time the signer claims (signed attribute), if any."""
    content: bytes | None
    """The encapsulated content (None for a detached signature)."""


def _signer_info(inp: CmsInput, sd: cms.SignedData) -> tuple[cms.SignerInfo, bytes | None]:
    """The SignerInfo and the encapsulated content, which must be there exactly when neither
    detached content nor a precomputed digest is given."""
    encapsulated = _content_of(sd)
    if not sd["signer_infos"]:
        raise _Rejected(AdESIndeterminate.SIGNED_DATA_NOT_FOUND, "no SignerInfo")
    si: cms.SignerInfo = sd["signer_infos"][0]
    detached = inp.detached_content is not None or inp.raw_digest is not None
    if detached and encapsulated is not None:
        raise _Rejected(
            AdESFailure.FORMAT_FAILURE, "detached signature carries encapsulated content"
        )
    if not detached and encapsulated is None:
        raise _Rejected(AdESIndeterminate.SIGNED_DATA_NOT_FOUND, "no signed content")
    return si, encapsulated


def _signer(
    sd: cms.SignedData, si: cms.SignerInfo
) -> tuple[x509.Certificate, list[x509.Certificate]]:
    try:
        return _signer_cert(sd, si)
    except Exception as e:  # signer certificate absent or ambiguous
        raise _Rejected(AdESIndeterminate.NO_SIGNING_CERTIFICATE_FOUND, str(e)) from e


def _algorithms(
    si: cms.SignerInfo, cert: x509.Certificate, moment: datetime, content: bytes | None
) -> tuple[str, str]:
    """(digest, mechanism) when both are accepted and pyHanko's usage policy allows them."""
    md, mech = algorithm_names(si)
    crypto = AdESIndeterminate.CRYPTO_CONSTRAINTS_FAILURE
    if md not in ALLOWED_DIGESTS or mech not in ALLOWED_MECHANISMS:
        raise _Rejected(crypto, f"algorithm not allowed: {md}/{mech}", signer=cert, content=content)
    algo_error = algorithm_error(si, cert, moment)
    if algo_error:
        raise _Rejected(crypto, algo_error, signer=cert, content=content)
    return md, mech


def _digest(inp: CmsInput, content: bytes | None, md: str) -> bytes:
    """The digest of the signed bytes (precomputed for PAdES)."""
    if inp.raw_digest is not None:
        return inp.raw_digest
    data = inp.detached_content if inp.detached_content is not None else content
    return hashlib.new(md.replace("_", "-") if md.startswith("sha3") else md, data or b"").digest()


def _integrity(
    sd: cms.SignedData, si: cms.SignerInfo, cert: x509.Certificate, digest: bytes, md: str
) -> datetime | None:
    """The signature value verifies and the content is unmodified; returns the claimed
    signing time."""
    try:
        intact, valid, claimed_time = check_integrity(
            si, cert, sd["encap_content_info"]["content_type"], digest, md
        )
    except CMSStructuralError as e:
        raise _Rejected(AdESFailure.FORMAT_FAILURE, e.failure_message, signer=cert) from e
    except Exception as e:
        raise _Rejected(AdESFailure.FORMAT_FAILURE, f"{type(e).__name__}: {e}", signer=cert) from e
    if not valid:
        raise _Rejected(
            AdESFailure.SIG_CRYPTO_FAILURE,
            "signature value does not verify",
            signer=cert,
            intact=intact,
        )
    if not intact:
        raise _Rejected(
            AdESFailure.HASH_FAILURE, "signed content was modified", signer=cert, valid=True
        )
    return claimed_time


def _check_intact(inp: CmsInput, sd: cms.SignedData, moment: datetime) -> _Intact:
    """Structure, signer certificate, algorithms, integrity; raises ``_Rejected``."""
    si, content = _signer_info(inp, sd)
    cert, others = _signer(sd, si)
    md, mech = _algorithms(si, cert, moment, content)
    signing_time = _integrity(sd, si, cert, _digest(inp, content, md), md)
    return _Intact(si, cert, others, md, mech, signing_time, content)


@dataclass(frozen=True)
class _Trust:
    """What the chain, revocation and time-stamp checks established."""

    verdict: TrustVerdict
    subindication: AdESSubIndic | None
    timestamp_time: datetime | None
    timestamp_ok: bool
    qualification: Qualification
    notes: tuple[str, ...]


async def _check_trust(
    checked: _Intact, chain: ChainValidator, moment: datetime, seal: bool
) -> _Trust:
    """Path to a trust anchor with revocation, the signature time-stamp if present, and the
    qualification of a signature that passed."""
    verdict = await chain.verdict(
        checked.signer, checked.others, moment, SEAL_KU if seal else SIGNATURE_KU, seal=seal
    )
    notes: list[str] = []
    if verdict.error:
        notes.append(verdict.error)
    ts_time, ts_note, ts_ok = await _timestamp(checked.signer_info, chain, moment, seal)
    if ts_note:
        notes.append(ts_note)
    sub = verdict.subindication
    if sub is None and not ts_ok:
        sub = AdESIndeterminate.SIG_CONSTRAINTS_FAILURE
    qual: Qualification = NOT_QUALIFIED
    if sub is None and verdict.path is not None:
        qual = assess_cached(chain, verdict, moment)
    return _Trust(verdict, sub, ts_time, ts_ok, qual, tuple(notes))


_EXPIRED = (
    AdESIndeterminate.EXPIRED,
    AdESIndeterminate.OUT_OF_BOUNDS_NO_POE,
    AdESIndeterminate.OUT_OF_BOUNDS_NOT_REVOKED,
)


def _result(
    inp: CmsInput, checked: _Intact, trust: _Trust, chain: ChainValidator, moment: datetime
) -> SignatureResult:
    """The result of an intact signature with its trust verdict."""
    sub, verdict = trust.subindication, trust.verdict
    if sub is None:
        indication = Indication.TOTAL_PASSED
    elif sub.status is AdESStatus.FAILED:
        indication = Indication.TOTAL_FAILED
    else:
        indication = Indication.INDETERMINATE
    rd = verdict.revocation_details
    path_names = ()
    if verdict.path is not None:
        path_names = tuple(
            c.subject.human_friendly
            for c in verdict.path.iter_certs(include_root=True)
            if isinstance(c, x509.Certificate)
        )
    return SignatureResult(
        kind=inp.kind,
        indication=indication,
        subindication=sub.standard_name if sub else None,
        intact=True,
        valid=True,
        trusted=verdict.trusted and trust.timestamp_ok,
        revoked=rd is not None,
        expired=sub in _EXPIRED or checked.signer.not_valid_after < moment,
        signer=chain.cert_info(checked.signer),
        qualification=trust.qualification,
        validation_time=moment,
        verified_at=datetime.now(UTC),
        signing_time=checked.signing_time,
        timestamp_time=trust.timestamp_time,
        digest_algorithm=checked.digest_algorithm,
        signature_algorithm=checked.signature_algorithm,
        covered=inp.covered,
        path=path_names,
        revocation=verdict.revocation,
        revocation_time=rd.revocation_date if rd is not None else None,
        content=checked.content,
        notes=trust.notes,
        evidence=dict(verdict.evidence),
    )


async def _verify_one(
    inp: CmsInput, sd: cms.SignedData, chain: ChainValidator, moment: datetime
) -> SignatureResult:
    try:
        checked = _check_intact(inp, sd, moment)
    except _Rejected as rejected:
        return rejected.result(inp, moment)
    trust = await _check_trust(checked, chain, moment, inp.kind is SignatureKind.ZFO_SEAL)
    return _result(inp, checked, trust, chain, moment)


async def _timestamp(
    si: cms.SignerInfo, chain: ChainValidator, moment: datetime, seal: bool
) -> tuple[datetime | None, str, bool]:
    """Validate an RFC 3161 signature time-stamp token (unsigned attribute), if present."""
    attrs = si["unsigned_attrs"]
    if attrs is core.VOID or not attrs:
        return None, "", True
    tokens: Sequence[cms.ContentInfo] = []
    for a in attrs:
        if a["type"].native == "signature_time_stamp_token":
            tokens = list(a["values"])
    if not tokens:
        return None, "", True
    signature_value = si["signature"].native

    def imprint(algo: str) -> bytes:
        return hashlib.new(algo, signature_value).digest()

    try:
        tst_sd = tokens[0]["content"]
        vc = chain.context(moment, seal=seal)
        kw = await validate_tst_signed_data(tst_sd, vc, imprint, algorithm_policy=CMS_ALGORITHMS)
    except Exception as e:
        return None, f"time-stamp token could not be validated: {e}", False
    ok = bool(kw.get("intact") and kw.get("valid") and kw.get("trust_problem_indic") is None)
    ts = kw.get("timestamp")
    if not ok:
        return ts, "time-stamp token is not valid or not trusted", False
    return ts, "", True
