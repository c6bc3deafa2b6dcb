"""PAdES: every signature in a PDF gets a result — integrity, coverage, modification analysis,
document time-stamps (either form) as proof of existence, the DSS as embedded validation data.

A signed PDF is never reported as unsigned: a file that does not parse, or a signature the
library cannot read, still yields an INDETERMINATE / FORMAT_FAILURE result."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from io import BytesIO
from typing import Any

from asn1crypto import crl, ocsp
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.ades.report import AdESFailure, AdESIndeterminate
from pyhanko.sign.diff_analysis import DEFAULT_DIFF_POLICY, ModificationLevel
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.status import SignatureCoverageLevel

from verifiers.chain import ChainValidator
from verifiers.cms import CmsInput, _fail, content_octets, verify_cms
from verifiers.results import (
    NOT_QUALIFIED,
    Indication,
    SignatureKind,
    SignatureResult,
    format_failure,
)
from verifiers.revinfo import EMPTY, Embedded

# After the signed revision only LTA updates (DSS, document time-stamps) and form filling the
# signature's DocMDP permits are accepted; anything else leaves the signature INDETERMINATE.

_SIGNED_MARKERS = re.compile(rb"/ByteRange\s*\[|/Type\s*/Sig\b|/Type\s*/DocTimeStamp\b")
DAMAGED_PDF = (
    "Soubor PDF je poškozený a nelze jej přečíst; obsahuje elektronický podpis, jehož "
    "platnost proto nelze ověřit."
)


def looks_signed(data: bytes) -> bool:
    return _SIGNED_MARKERS.search(data) is not None


def _is_doc_timestamp(emb: EmbeddedPdfSignature) -> bool:
    if emb.sig_object_type == "/DocTimeStamp":
        return True
    sub_filter = emb.sig_object.get("/SubFilter")
    return str(sub_filter) == "/ETSI.RFC3161"


def _dss(reader: PdfFileReader) -> Embedded:
    """Certificates, OCSP responses and CRLs of the document security store (if any)."""
    try:
        dss = reader.root["/DSS"]
    except (KeyError, PdfError, ValueError):
        return EMPTY
    from asn1crypto import x509

    def load(key: str, cls: Any) -> list[Any]:
        out: list[Any] = []
        try:
            refs = list(dss[key]) if key in dss else []
        except (PdfError, ValueError, TypeError, KeyError):
            return out
        for ref in refs:
            try:
                obj = cls.load(ref.get_object().data)
                obj.native  # noqa: B018 - fully parse, so garbage is skipped here
                out.append(obj)
            except Exception:  # noqa: BLE001, S112 - a damaged DSS entry is left out
                continue
        return out

    return Embedded(
        tuple(load("/Certs", x509.Certificate)),
        tuple(load("/CRLs", crl.CertificateList)),
        tuple(load("/OCSPs", ocsp.OCSPResponse)),
    )


async def verify_pdf(
    data: bytes, name: str, chain: ChainValidator, moment: datetime
) -> list[SignatureResult]:
    """One result per signature and document time-stamp; [] for an unsigned PDF.

    Raises ValueError when an unsigned-looking PDF cannot be parsed at all; a PDF that looks
    signed but cannot be parsed yields one FORMAT_FAILURE result (``damaged_file``)."""
    try:
        reader = PdfFileReader(BytesIO(data), strict=False)
        sigs = list(reader.embedded_signatures)
    except Exception as e:
        if not looks_signed(data):
            raise ValueError(str(e)) from e
        return [_damaged(name, f"PDF cannot be parsed: {type(e).__name__}: {e}", moment)]
    if not sigs and looks_signed(data) and b"/ByteRange" in data:
        return [_damaged(name, "signature dictionary not reachable from the form", moment)]
    embedded = _dss(reader)
    stamps = [await _doc_timestamp(emb, name, chain, moment, embedded) for emb in sigs
              if _is_doc_timestamp(emb)]
    results: list[SignatureResult] = []
    for emb in sigs:
        if _is_doc_timestamp(emb):
            continue
        later = _later_poe(emb, sigs, stamps)
        try:
            results.extend(await _verify_signature(emb, name, chain, moment, embedded, later))
        except Exception as e:  # noqa: BLE001 - never lose a signature: record why
            covered = f"PDF {name}, signature field {_field(emb)}"
            results.append(
                format_failure(SignatureKind.PADES, covered, f"{type(e).__name__}: {e}", moment)
            )
    return results + [s for s in stamps]


def _field(emb: EmbeddedPdfSignature) -> str:
    try:
        return str(emb.field_name)
    except Exception:  # noqa: BLE001
        return "?"


def _damaged(name: str, note: str, moment: datetime) -> SignatureResult:
    return format_failure(
        SignatureKind.PADES, f"PDF {name}", note, moment, explanation=DAMAGED_PDF,
        damaged_file=True,
    )


def _later_poe(
    emb: EmbeddedPdfSignature, sigs: list[EmbeddedPdfSignature], stamps: list[SignatureResult]
) -> datetime | None:
    """The earliest verified document time-stamp made in a later revision than ``emb``."""
    times: list[datetime] = []
    stamp_iter = iter(stamps)
    for other in sigs:
        if not _is_doc_timestamp(other):
            continue
        stamp = next(stamp_iter)
        try:
            later = other.signed_revision > emb.signed_revision
        except Exception:  # noqa: BLE001
            later = False
        if later and stamp.passed and stamp.timestamp_time is not None:
            times.append(stamp.timestamp_time)
    return min(times) if times else None


async def _doc_timestamp(
    emb: EmbeddedPdfSignature, name: str, chain: ChainValidator, moment: datetime,
    embedded: Embedded,
) -> SignatureResult:
    """A document time-stamp: its imprint over the revision, and its TSA at ``moment``."""
    from pyhanko.sign.validation import async_validate_pdf_timestamp

    covered = f"PDF {name}, document time-stamp {_field(emb)}"
    try:
        vc = chain.context(moment, revinfo=embedded)
        st = await async_validate_pdf_timestamp(emb, vc, skip_diff=True)
    except Exception as e:  # noqa: BLE001 - recorded, never raised
        return format_failure(
            SignatureKind.DOC_TIMESTAMP, covered, f"{type(e).__name__}: {e}", moment,
            explanation="Časové razítko dokumentu se nepodařilo přečíst.",
        )
    ok = bool(st.intact and st.valid and st.trusted)
    indication = Indication.TOTAL_PASSED if ok else Indication.INDETERMINATE
    if not (st.intact and st.valid):
        indication = Indication.TOTAL_FAILED
    sub = None if ok else ("HASH_FAILURE" if not st.intact else
                           "SIG_CRYPTO_FAILURE" if not st.valid else "NO_CERTIFICATE_CHAIN_FOUND")
    return SignatureResult(
        kind=SignatureKind.DOC_TIMESTAMP, indication=indication, subindication=sub,
        intact=bool(st.intact), valid=bool(st.valid), trusted=bool(st.trusted),
        revoked=False, expired=False, signer=None, qualification=NOT_QUALIFIED,
        validation_time=moment, verified_at=datetime.now(UTC),
        timestamp_time=st.timestamp, covered=covered,
        explanation="" if ok else "Časové razítko dokumentu je poškozené nebo jeho autoritu "
        "časových razítek nelze ověřit.",
    )


async def _verify_signature(
    emb: EmbeddedPdfSignature, name: str, chain: ChainValidator, moment: datetime,
    embedded: Embedded, later: datetime | None,
) -> list[SignatureResult]:
    covered = f"PDF {name}, signature field {_field(emb)}"
    base = CmsInput(emb.signed_data, None, SignatureKind.PADES, covered, embedded=embedded,
                    later_poe=later)
    md = emb.signer_info["digest_algorithm"]["algorithm"].native
    try:
        sub_filter = str(emb.sig_object.get("/SubFilter"))
        legacy_sha1 = sub_filter == "/adbe.pkcs7.sha1"
        digest = emb.compute_digest("sha1" if legacy_sha1 else md)
    except Exception as e:  # noqa: BLE001
        return [_fail(base, moment, AdESIndeterminate.SIGNED_DATA_NOT_FOUND,
                      f"ByteRange unreadable: {e}")]
    if legacy_sha1:
        # adbe.pkcs7.sha1: the CMS signs its encapsulated content, the SHA-1 of the ByteRange
        inner = content_octets(emb.signed_data)
        if inner is not None and inner != digest:
            return [_fail(base, moment, AdESFailure.HASH_FAILURE, "signed content was modified",
                          intact=False)]
        inp = base
    else:
        inp = replace(base, raw_digest=digest)
    integrity, diff_error = _integrity(emb)
    return [_with_coverage(res, integrity, diff_error) for res in await verify_cms(inp, chain, moment)]


def _integrity(emb: EmbeddedPdfSignature) -> tuple[dict[str, Any], str]:
    """pyHanko's coverage and difference analysis; when the difference analysis itself fails,
    the coverage alone and the reason (the signature's own checks still run)."""
    try:
        emb.compute_integrity_info(DEFAULT_DIFF_POLICY)
        return emb.summarise_integrity_info(), ""
    except Exception as e:  # noqa: BLE001 - hybrid xrefs, broken later revisions
        try:
            coverage = emb.evaluate_signature_coverage()
        except Exception:  # noqa: BLE001
            coverage = SignatureCoverageLevel.UNCLEAR
        return {"coverage": coverage, "diff_result": None, "docmdp_ok": False}, (
            f"difference analysis failed: {type(e).__name__}: {e}"
        )


def _with_coverage(
    res: SignatureResult, integrity: dict[str, Any], diff_error: str
) -> SignatureResult:
    coverage: SignatureCoverageLevel = integrity["coverage"]
    if coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return replace(res, covered=res.covered + " (whole file)", modification="none")
    if coverage < SignatureCoverageLevel.ENTIRE_REVISION:
        return replace(
            res,
            indication=Indication.TOTAL_FAILED,
            subindication="FORMAT_FAILURE",
            trusted=False,
            ades_level=None,
            covered=res.covered + f" ({coverage.name.lower()})",
            notes=res.notes + ("signature does not cover a whole revision",),
            explanation="Podpis nepokrývá celou revizi dokumentu (rozsah ByteRange je neúplný "
            "nebo neobvyklý), část souboru tedy podepsána není.",
        )
    covered = res.covered + " (signed revision; the file has later incremental updates)"
    diff = integrity["diff_result"]
    level = getattr(diff, "modification_level", None)
    if diff_error:
        return _constrained(res, covered, "unknown", diff_error,
                            "Změny provedené v dokumentu po podpisu se nepodařilo vyhodnotit.")
    level_name = level.name.lower() if level is not None else "suspicious"
    note = f"modified after signing: {level_name}"
    if integrity["docmdp_ok"] and level is not None and level <= ModificationLevel.FORM_FILLING:
        return replace(res, covered=covered, modification=level_name, notes=res.notes + (note,))
    return _constrained(res, covered, level_name, note,
                        "Dokument byl po podpisu změněn způsobem, který podpis nepovoluje "
                        "(nejde jen o vyplnění formuláře, anotaci ani doplnění ověřovacích dat).")


def _constrained(
    res: SignatureResult, covered: str, level_name: str, note: str, why: str
) -> SignatureResult:
    if res.indication is Indication.TOTAL_PASSED:
        return replace(
            res,
            indication=Indication.INDETERMINATE,
            subindication="SIG_CONSTRAINTS_FAILURE",
            trusted=False,
            ades_level=None,
            covered=covered,
            modification=level_name,
            notes=res.notes + (note,),
            explanation=why,
        )
    return replace(res, covered=covered, modification=level_name, notes=res.notes + (note,))
