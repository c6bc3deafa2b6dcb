"""One CMS SignedData (S/MIME, CAdES, PAdES, ZFO seal) -> ``SignatureResult`` per SignerInfo.

Order of the checks (ETSI EN 319 102-1): the content digest (over the content octets, BER or
DER), then the signature value, then the signer's certificate path with revocation at the time
of the best proof of existence (a verified signature time-stamp or a later document
time-stamp; validation data embedded in the file is used), and only then the dated algorithm
policy at that same time. ``intact`` / ``valid`` are set only from a check that ran."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from asn1crypto import cms, core, x509
from pyhanko.sign.ades.report import AdESFailure, AdESIndeterminate, AdESStatus, AdESSubIndic
from pyhanko.sign.validation.generic_cms import (
    extract_certs_for_validation,
    validate_tst_signed_data,
)

from verifiers.algopolicy import AlgoVerdict, digest_verdict, key_verdict
from verifiers.algorithms import CMS_ALGORITHMS, SEAL_KU, SIGNATURE_KU
from verifiers.certinfo import cert_info
from verifiers.chain import ChainValidator, TrustVerdict
from verifiers.explain import cert_name, signature_explanation
from verifiers.integrity import Integrity, Unsupported, check_integrity, mechanism, message_digest
from verifiers.qualification import assess_cached
from verifiers.results import (
    NOT_QUALIFIED,
    AdesLevel,
    Indication,
    Qualification,
    SignatureKind,
    SignatureResult,
)
from verifiers.revinfo import EMPTY, Embedded, certificates, embedded_in

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
    embedded: Embedded = EMPTY
    """Validation data the container carries beside the CMS (the PDF's DSS)."""
    later_poe: datetime | None = None
    """A later verified time-stamp covering this signature (a PDF document time-stamp)."""


def _fail(
    inp: CmsInput,
    moment: datetime,
    sub: AdESSubIndic,
    note: str,
    *,
    signer: x509.Certificate | None = None,
    intact: bool | None = None,
    valid: bool | None = None,
    content: bytes | None = None,
    explanation: str = "",
    digest_algorithm: str = "",
    signature_algorithm: str = "",
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
        notes=(note,) if note else (),
        content=content,
        explanation=explanation
        or signature_explanation(
            sub.standard_name, cert_name(signer) if signer is not None else "?", note
        ),
        digest_algorithm=digest_algorithm,
        signature_algorithm=signature_algorithm,
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
        return _fail(
            inp, moment, AdESFailure.FORMAT_FAILURE,
            f"malformed: {type(e).__name__}: {e}",
        )


def content_octets(sd: cms.SignedData) -> bytes | None:
    """The encapsulated content's octets: chunked (BER constructed) strings are merged, so
    the digest is over the content, never over its encoding."""
    eci = sd["encap_content_info"]
    c = eci["content"]
    if c is core.VOID or c.contents is None:
        return None
    if isinstance(c, core.OctetString | core.ParsableOctetString):
        return bytes(c)
    native = c.native
    return native if isinstance(native, bytes) else c.contents


_SIGNERS: dict[tuple[bytes, bytes], tuple[x509.Certificate, list[x509.Certificate]]] = {}


def _signer_cert(
    sd: cms.SignedData, si: cms.SignerInfo
) -> tuple[x509.Certificate, list[x509.Certificate]]:
    """The signer certificate by exact issuer DER + serial (fast path; the parsed certificates
    are memoised per identical certificate set), else pyHanko's EN 319 102-1 matching (name
    comparison with string preparation, subjectKeyIdentifier)."""
    sid = si["sid"]
    if sid.name == "issuer_and_serial_number":
        # .contents, never .dump(): asn1crypto's SetOf.dump() re-sorts a SET that is not in
        # DER order and re-encodes its certificates, whose hashes then no longer match the
        # signing-certificate attribute (a BER file signed as is)
        key = (bytes(sd["certificates"].contents or b""), sid.dump())
        hit = _SIGNERS.get(key)
        if hit is not None:
            return hit
        certs = list(certificates(sd))
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
    """A check of one signature failed; ``_verify_one`` turns it into the result."""

    def __init__(
        self,
        sub: AdESSubIndic,
        note: str,
        *,
        signer: x509.Certificate | None = None,
        intact: bool | None = None,
        valid: bool | None = None,
        content: bytes | None = None,
        explanation: str = "",
    ) -> None:
        super().__init__(note)
        self.sub, self.note, self.signer = sub, note, signer
        self.intact, self.valid, self.content = intact, valid, content
        self.explanation = explanation

    def result(self, inp: CmsInput, moment: datetime, algos: tuple[str, str]) -> SignatureResult:
        return _fail(
            inp,
            moment,
            self.sub,
            self.note,
            signer=self.signer,
            intact=self.intact,
            valid=self.valid,
            content=self.content,
            explanation=self.explanation,
            digest_algorithm=algos[0],
            signature_algorithm=algos[1],
        )


@dataclass(frozen=True)
class _Intact:
    """What the cryptographic checks established for one SignerInfo (intact and valid)."""

    signer_info: cms.SignerInfo
    signer: x509.Certificate
    others: list[x509.Certificate]
    digest_algorithm: str
    signature_algorithm: str
    signature_hash: str | None
    signing_time: datetime | None
    """The signing time the signer claims (signed attribute), if any."""
    content: bytes | None
    """The encapsulated content (None for a detached signature)."""
    revinfo: Embedded = field(default=EMPTY)


def _signer_info(inp: CmsInput, sd: cms.SignedData) -> tuple[cms.SignerInfo, bytes | None]:
    """The SignerInfo and the encapsulated content, which must be there exactly when neither
    detached content nor a precomputed digest is given."""
    encapsulated = content_octets(sd)
    if not sd["signer_infos"]:
        raise _Rejected(AdESIndeterminate.SIGNED_DATA_NOT_FOUND, "no SignerInfo")
    si: cms.SignerInfo = sd["signer_infos"][0]
    detached = inp.detached_content is not None or inp.raw_digest is not None
    if detached and encapsulated is not None:
        raise _Rejected(
            AdESFailure.FORMAT_FAILURE,
            "detached signature carries encapsulated content",
            explanation="Podpis PDF nesmí obsahovat vlastní podepsaný obsah (eContent).",
        )
    if not detached and encapsulated is None:
        raise _Rejected(AdESIndeterminate.SIGNED_DATA_NOT_FOUND, "no signed content")
    return si, encapsulated


def _digest(inp: CmsInput, content: bytes | None, md: str) -> bytes:
    """The digest of the signed bytes (precomputed for PAdES); raises _Rejected when the
    digest algorithm cannot be computed."""
    if inp.raw_digest is not None:
        return inp.raw_digest
    data = inp.detached_content if inp.detached_content is not None else content
    try:
        return hashlib.new(md, data or b"").digest()
    except (ValueError, TypeError) as e:
        raise _Rejected(
            AdESIndeterminate.CRYPTO_CONSTRAINTS_FAILURE,
            f"unsupported digest algorithm {md}",
            explanation=f"Hašovací funkci {md} podatelna nepodporuje, podpis proto nelze ověřit.",
        ) from e


def _signer(
    sd: cms.SignedData, si: cms.SignerInfo, digest: bytes
) -> tuple[x509.Certificate, list[x509.Certificate]]:
    try:
        return _signer_cert(sd, si)
    except Exception as e:  # signer certificate absent or ambiguous
        embedded = message_digest(si)
        intact = None if embedded is None else embedded == digest
        if intact is False:
            raise _Rejected(
                AdESFailure.HASH_FAILURE, "signed content was modified", intact=False
            ) from e
        raise _Rejected(AdESIndeterminate.NO_SIGNING_CERTIFICATE_FOUND, str(e), intact=intact) from e


def _judge_integrity(i: Integrity, cert: x509.Certificate, content: bytes | None) -> None:
    """Integrity first: a changed content fails whatever the algorithm, then the value."""
    kw = {"signer": cert, "intact": i.intact, "valid": i.valid, "content": content}
    if i.intact is False:
        raise _Rejected(AdESFailure.HASH_FAILURE, "signed content was modified", **kw)  # type: ignore[arg-type]
    if i.valid is False:
        raise _Rejected(AdESFailure.SIG_CRYPTO_FAILURE, "signature value does not verify", **kw)  # type: ignore[arg-type]
    if i.valid is None:
        raise _Rejected(
            AdESIndeterminate.CRYPTO_CONSTRAINTS_FAILURE,
            f"not supported: {i.unsupported}",
            explanation=f"Podpis nelze ověřit: {i.unsupported} podatelna nepodporuje.",
            **kw,  # type: ignore[arg-type]
        )
    if i.wrong_signer:
        raise _Rejected(AdESIndeterminate.NO_SIGNING_CERTIFICATE_FOUND, i.structure_error, **kw)  # type: ignore[arg-type]
    if i.structure_error:
        raise _Rejected(AdESFailure.FORMAT_FAILURE, i.structure_error, **kw)  # type: ignore[arg-type]


def _check_intact(inp: CmsInput, sd: cms.SignedData, algos: list[str]) -> _Intact:
    """Structure, digest, signer certificate, signature value; raises ``_Rejected``."""
    si, content = _signer_info(inp, sd)
    md = str(si["digest_algorithm"]["algorithm"].native)
    mech = str(si["signature_algorithm"]["algorithm"].native)
    algos.extend((md, mech))
    digest = _digest(inp, content, md)
    cert, others = _signer(sd, si, digest)
    integrity = check_integrity(si, cert, sd["encap_content_info"]["content_type"], digest, md)
    _judge_integrity(integrity, cert, content)
    try:
        sig_hash = mechanism(si["signature_algorithm"], md)[1]
    except Unsupported:
        sig_hash = None
    return _Intact(
        si, cert, others, md, mech, sig_hash, integrity.signing_time, content,
        embedded_in(sd, si) + inp.embedded,
    )


@dataclass(frozen=True)
class _Trust:
    """What the chain, revocation, time-stamp and algorithm checks established."""

    verdict: TrustVerdict
    subindication: AdESSubIndic | None
    timestamp_time: datetime | None
    poe: datetime | None
    qualification: Qualification
    notes: tuple[str, ...]
    explanation: str
    level: AdesLevel | None


def _algorithm_problem(checked: _Intact, at: datetime) -> AlgoVerdict | None:
    """The dated policy for the digest, the mechanism's hash and the signer's key at ``at``."""
    for name in dict.fromkeys([checked.digest_algorithm, checked.signature_hash]):
        if name is not None and (v := digest_verdict(name, at)) is not None:
            return v
    return key_verdict(checked.signer.public_key, at)


async def _check_trust(
    checked: _Intact, chain: ChainValidator, moment: datetime, inp: CmsInput
) -> _Trust:
    """Best proof of existence (signature time-stamp, later document time-stamp), the path to
    a trust anchor with revocation at that time, then the algorithms at that time."""
    seal = inp.kind is SignatureKind.ZFO_SEAL
    ts = await _timestamp(checked, chain, moment, seal, inp.later_poe)
    poe_candidates = [t for t in (ts.time if ts.ok else None, inp.later_poe) if t is not None]
    poe = min(poe_candidates) if poe_candidates else None
    at = min(poe, moment) if poe is not None else moment
    verdict = await _chain_verdict(checked, chain, at, moment, seal)
    notes = [n for n in (verdict.error, ts.note) if n]
    explanation = verdict.explanation
    sub = verdict.subindication
    if sub is None and not ts.ok:
        sub = AdESIndeterminate.SIG_CONSTRAINTS_FAILURE
        explanation = ts.explanation
    algo = _algorithm_problem(checked, at)
    if algo is not None and (sub is None or sub.status is not AdESStatus.FAILED):
        sub = AdESIndeterminate.CRYPTO_CONSTRAINTS_FAILURE
        notes.append(f"algorithm {algo.algorithm}: {algo.problem.value}")
        explanation = algo.explain()
    qual: Qualification = NOT_QUALIFIED
    if sub is None and verdict.path is not None:
        qual = assess_cached(chain, verdict, at)
    level = _level(ts.ok and ts.time is not None, checked.revinfo, verdict, inp.later_poe)
    return _Trust(verdict, sub, ts.time, poe, qual, tuple(notes), explanation,
                  level if sub is None else None)


MAX_LATER_CONTROL_TIMES = 3


async def _chain_verdict(
    checked: _Intact, chain: ChainValidator, at: datetime, moment: datetime, seal: bool
) -> TrustVerdict:
    """The path and revocation verdict at the best proof of existence ``at``; when that fails
    for want of usable revocation data, again at the times of the revocation data embedded in
    the file that were issued after ``at`` and by ``moment`` (a long-term signature carries
    OCSP responses and CRLs made after signing, whose responders need not exist at ``at``).
    A certificate valid and unrevoked at such a later time was so at ``at`` too, provided it
    was already valid then (checked here) and nothing reports it revoked (a revocation is a
    failure, never retried)."""
    ku = SEAL_KU if seal else SIGNATURE_KU
    verdict = await chain.verdict(
        checked.signer, checked.others, at, ku, seal=seal, revinfo=checked.revinfo
    )
    if verdict.trusted or checked.signer.not_valid_before > at:
        return verdict
    if verdict.subindication is not None and verdict.subindication.status is AdESStatus.FAILED:
        return verdict
    for later in _revinfo_times(checked.revinfo, at, moment):
        again = await chain.verdict(
            checked.signer, checked.others, later, ku, seal=seal, revinfo=checked.revinfo
        )
        if again.trusted:
            return again
    return verdict


def _revinfo_times(revinfo: Embedded, after: datetime, until: datetime) -> list[datetime]:
    """Issue times of the embedded OCSP responses and CRLs in (after, until], earliest first."""
    times: set[datetime] = set()
    for o in revinfo.ocsps:
        try:
            times.add(o.basic_ocsp_response["tbs_response_data"]["produced_at"].native)
        except (ValueError, TypeError, KeyError):
            continue
    for c in revinfo.crls:
        try:
            times.add(c["tbs_cert_list"]["this_update"].native)
        except (ValueError, TypeError, KeyError):
            continue
    return sorted(t for t in times if after < t <= until)[:MAX_LATER_CONTROL_TIMES]


def _level(
    timestamped: bool, revinfo: Embedded, verdict: TrustVerdict, later: datetime | None
) -> AdesLevel:
    if not timestamped:
        return AdesLevel.B
    embedded = {c.dump() for c in revinfo.crls} | {o.dump() for o in revinfo.ocsps}
    used = bool(verdict.evidence) and all(e in embedded for e in verdict.evidence.values())
    if not used:
        return AdesLevel.T
    return AdesLevel.LTA if later is not None else AdesLevel.LT


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
    at = trust.poe or moment
    return SignatureResult(
        kind=inp.kind,
        indication=indication,
        subindication=sub.standard_name if sub else None,
        intact=True,
        valid=True,
        trusted=verdict.trusted and sub is None,
        revoked=rd is not None,
        expired=sub in _EXPIRED or checked.signer.not_valid_after < min(at, moment),
        signer=chain.cert_info(checked.signer),
        qualification=trust.qualification,
        validation_time=moment,
        verified_at=datetime.now(UTC),
        signing_time=checked.signing_time,
        timestamp_time=trust.timestamp_time,
        digest_algorithm=checked.digest_algorithm,
        signature_algorithm=checked.signature_algorithm,
        covered=inp.covered,
        path=verdict.path_names,
        revocation=verdict.revocation,
        revocation_time=rd.revocation_date if rd is not None else None,
        content=checked.content,
        notes=trust.notes,
        evidence=dict(verdict.evidence),
        explanation=trust.explanation if sub is not None else "",
        ades_level=trust.level,
        poe_time=trust.poe,
    )


async def _verify_one(
    inp: CmsInput, sd: cms.SignedData, chain: ChainValidator, moment: datetime
) -> SignatureResult:
    algos: list[str] = []
    try:
        checked = _check_intact(inp, sd, algos)
    except _Rejected as rejected:
        return rejected.result(inp, moment, (*algos, "", "")[:2])  # type: ignore[arg-type]
    trust = await _check_trust(checked, chain, moment, inp)
    return _result(inp, checked, trust, chain, moment)


@dataclass(frozen=True)
class _Timestamp:
    time: datetime | None
    ok: bool
    note: str = ""
    explanation: str = ""


async def _timestamp(
    checked: _Intact, chain: ChainValidator, moment: datetime, seal: bool,
    later_poe: datetime | None,
) -> _Timestamp:
    """Validate an RFC 3161 signature time-stamp token (unsigned attribute), if present.

    The time-stamp's own certificate is validated at the time of the time-stamp when a later
    document time-stamp proves it existed then, else at ``moment``."""
    si = checked.signer_info
    attrs = si["unsigned_attrs"]
    tokens: Sequence[cms.ContentInfo] = []
    if attrs is not core.VOID:
        for a in attrs:
            if a["type"].native == "signature_time_stamp_token":
                tokens = list(a["values"])
    if not tokens:
        return _Timestamp(None, True)
    signature_value = si["signature"].native

    def imprint(algo: str) -> bytes:
        return hashlib.new(algo, signature_value).digest()

    tst_sd = tokens[0]["content"]
    at = moment
    try:
        gen = tst_sd["encap_content_info"]["content"].parsed["gen_time"].native
        if later_poe is not None and isinstance(gen, datetime) and gen <= later_poe:
            at = gen
    except (ValueError, TypeError, KeyError, AttributeError):
        pass
    try:
        revinfo = checked.revinfo + embedded_in(tst_sd, tst_sd["signer_infos"][0])
        vc = chain.context(at, seal=seal, revinfo=revinfo)
        kw = await validate_tst_signed_data(tst_sd, vc, imprint, algorithm_policy=CMS_ALGORITHMS)
    except Exception as e:  # noqa: BLE001 - a broken token: the signature has no T level
        return _Timestamp(
            None, False, f"time-stamp token could not be validated: {type(e).__name__}: {e}",
            "Časové razítko podpisu je poškozené nebo neodpovídá podpisu.",
        )
    return _judge_timestamp(kw)


def _judge_timestamp(kw: dict[str, object]) -> _Timestamp:
    ts = kw.get("timestamp")
    ts_time = ts if isinstance(ts, datetime) else None
    if not (kw.get("intact") and kw.get("valid")):
        return _Timestamp(
            ts_time, False, "time-stamp token is not intact or its signature is invalid",
            "Časové razítko podpisu je poškozené nebo neodpovídá podpisu.",
        )
    problem = kw.get("trust_problem_indic")
    if problem is not None:
        name = getattr(problem, "standard_name", str(problem))
        return _Timestamp(
            ts_time, False, f"time-stamp token not trusted: {name}",
            "Certifikát autority časových razítek se nepodařilo ověřit "
            "(nevede k důvěryhodné autoritě nebo chybí informace o jeho zneplatnění).",
        )
    return _Timestamp(ts_time, True)
