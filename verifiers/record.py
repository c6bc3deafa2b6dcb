"""Verification record (ověřovací protokol) per signature/seal: vyhláška 259/2012 §4(7) fields
plus the ETSI EN 319 102-1 indication and sub-indication URNs. JSON-serialisable dicts typed as
``intake.model.VerificationRecord`` (the officer's record page reads exactly these keys)."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from intake.model import CertificateRecord, RevocationRecord, TrustedListsRecord, VerificationRecord
from verifiers.results import (
    SUBINDICATION_URN,
    ZFO_DELIVERY_RECEIPT,
    Indication,
    SignatureKind,
    SignatureResult,
)
from verifiers.trust import TrustedListStatus

PRAGUE = ZoneInfo("Europe/Prague")
SEAL_VALIDITY_CS = {
    Indication.TOTAL_PASSED: "pečeť je platná",
    Indication.TOTAL_FAILED: "pečeť je neplatná",
    Indication.INDETERMINATE: "platnost pečeti se nepodařilo ověřit",
}


def _iso(dt: datetime | None) -> str | None:
    return dt.isoformat() if dt is not None else None


def signature_type(r: SignatureResult) -> str:
    """Type of the signature/seal in the words of the law (ZSVD / eIDAS)."""
    q = r.qualification
    seal = r.kind is SignatureKind.ZFO_SEAL or q.qc_type == "eseal"
    if seal:
        if q.qualified and q.qscd:
            return "kvalifikovaná elektronická pečeť"
        if q.qualified:
            return "zaručená elektronická pečeť založená na kvalifikovaném certifikátu pro elektronickou pečeť"
        return "zaručená elektronická pečeť"
    if q.qualified and q.qc_type == "esign" and q.qscd:
        return "kvalifikovaný elektronický podpis"
    if q.qualified and q.qc_type == "esign":
        return "zaručený elektronický podpis založený na kvalifikovaném certifikátu pro elektronický podpis"
    return "zaručený elektronický podpis"


def result_word(r: SignatureResult) -> str:
    return {
        Indication.TOTAL_PASSED: "valid",
        Indication.TOTAL_FAILED: "invalid",
        Indication.INDETERMINATE: "indeterminate",
    }[r.indication]


def _certificate(r: SignatureResult) -> CertificateRecord | None:
    s = r.signer
    if s is None:
        return None
    return {
        "subject": s.subject,
        "issuer": s.issuer,
        "serial_number": s.serial_hex,
        "valid_from": _iso(s.not_before),
        "valid_to": _iso(s.not_after),
        "sha256": s.sha256,
        "emails": list(s.emails),
    }


def _revocation(r: SignatureResult) -> list[RevocationRecord]:
    return [
        {
            "kind": v.kind,
            "crl_number": v.crl_number,
            "ocsp_responder": v.responder,
            "issuer": v.issuer,
            "this_update": _iso(v.this_update),
            "next_update": _iso(v.next_update),
            "sha256": v.sha256,
            "source": v.source,
        }
        for v in r.revocation
    ]


def _trusted_lists(tl: TrustedListStatus, at: datetime) -> TrustedListsRecord:
    return {
        "source": tl.source,
        "loaded_at": _iso(tl.loaded_at),
        "lotl_sequence": tl.lotl_sequence,
        "fresh": tl.fresh(at),
        "lists": [{"territory": x.territory, "sequence": x.sequence} for x in tl.lists],
    }


def _cz_time(dt: datetime) -> str:
    local = dt.astimezone(PRAGUE)
    return f"{local.day}. {local.month}. {local.year} {local:%H:%M:%S}"


def _issuer_name(r: SignatureResult) -> str:
    if r.qualification.provider:
        return r.qualification.provider
    issuer = r.signer.issuer if r.signer else ""
    m = re.search(r"Common Name: ([^;]+)", issuer)
    return (m.group(1) if m else issuer).strip() or "neuveden"


def seal_statement(r: SignatureResult) -> str:
    """The ISDS seal presented as the seal of the data message (or of its delivery receipt),
    never as anybody's signature: who sealed, the certificate's issuer, when, and validity."""
    what = "Doručenka datové zprávy je" if r.covered == ZFO_DELIVERY_RECEIPT else "Datová zpráva je"
    sealer = (r.signer.common_name or r.signer.subject) if r.signer else "neuvedeno"
    parts = [f"pečeť: {sealer}", f"vydavatel certifikátu: {_issuer_name(r)}"]
    when = r.timestamp_time or r.signing_time
    if when is not None:
        source = "časové razítko" if r.timestamp_time else "čas uvedený v pečeti"
        parts.append(f"čas pečetění: {_cz_time(when)} ({source})")
    validity = SEAL_VALIDITY_CS[r.indication]
    return (
        f"{what} opatřena elektronickou pečetí Informačního systému datových schránek "
        f"({'; '.join(parts)}); {validity}."
    )


def build_record(r: SignatureResult, tl: TrustedListStatus | None = None) -> VerificationRecord:
    s = r.signer
    q = r.qualification
    rec: VerificationRecord = {
        "kind": r.kind.value,
        "covered": r.covered,
        "result": result_word(r),
        "indication": r.indication.value,
        "indication_urn": r.indication.urn,
        "subindication": r.subindication,
        "subindication_urn": SUBINDICATION_URN + r.subindication if r.subindication else None,
        "verified_at": _iso(r.verified_at),
        "validation_time": _iso(r.validation_time),
        "signature_type": signature_type(r),
        "level": r.level.value if r.level else None,
        "recognised_signature": r.recognised,
        "qualified": q.qualified,
        "qc_type": q.qc_type,
        "qscd": q.qscd,
        "qualification_basis": q.basis,
        "qualification_detail": q.detail,
        "trust_service_provider": q.provider or (s.issuer if s else None),
        "trust_service": q.service_name,
        "signer_name": (s.common_name or s.subject) if s else None,
        "certificate": _certificate(r),
        "path": list(r.path),
        "revocation_checked": r.trusted,
        "revoked": r.revoked,
        "revocation_time": _iso(r.revocation_time),
        "revocation": _revocation(r),
        "signing_time_claimed": _iso(r.signing_time),
        "timestamp_time": _iso(r.timestamp_time),
        "digest_algorithm": r.digest_algorithm,
        "signature_algorithm": r.signature_algorithm,
        "intact": r.intact,
        "signature_value_valid": r.valid,
        "modification_after_signing": r.modification,
        "notes": list(r.notes),
        "explanation": r.explanation,
        "ades_level": r.ades_level.value if r.ades_level else None,
        "poe_time": _iso(r.poe_time),
    }
    if r.kind is SignatureKind.ZFO_SEAL:
        rec["statement"] = seal_statement(r)
    if tl is not None and q.basis == "eu-trusted-list":
        rec["trusted_lists"] = _trusted_lists(tl, r.verified_at)
    return rec
