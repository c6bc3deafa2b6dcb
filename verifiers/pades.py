"""PAdES: every signature in a PDF — integrity, coverage, modification analysis."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from io import BytesIO
from typing import Any

from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.ades.report import AdESFailure, AdESIndeterminate
from pyhanko.sign.diff_analysis import DEFAULT_DIFF_POLICY, ModificationLevel
from pyhanko.sign.validation.status import SignatureCoverageLevel

from verifiers.chain import ChainValidator
from verifiers.cms import CmsInput, _fail, verify_cms
from verifiers.results import Indication, SignatureKind, SignatureResult

# After the signed revision only LTA updates (DSS, document time-stamps) and form filling the
# signature's DocMDP permits are accepted; anything else leaves the signature INDETERMINATE.


async def verify_pdf(
    data: bytes, name: str, chain: ChainValidator, moment: datetime
) -> list[SignatureResult]:
    """One result per signature (document time-stamps are skipped); [] for an unsigned PDF.

    Raises ValueError (from pyHanko's reader) when the PDF cannot be parsed at all."""
    reader = PdfFileReader(BytesIO(data), strict=False)
    results: list[SignatureResult] = []
    for emb in reader.embedded_signatures:
        if emb.sig_object_type == "/DocTimeStamp":
            continue
        covered = f"PDF {name}, signature field {emb.field_name}"
        base = CmsInput(emb.signed_data, None, SignatureKind.PADES, covered)
        try:
            md = emb.signer_info["digest_algorithm"]["algorithm"].native
            digest = emb.compute_digest(md)
        except Exception as e:
            results.append(
                _fail(
                    base,
                    moment,
                    AdESIndeterminate.SIGNED_DATA_NOT_FOUND,
                    f"ByteRange unreadable: {e}",
                )
            )
            continue
        try:
            emb.compute_integrity_info(DEFAULT_DIFF_POLICY)
            integrity = emb.summarise_integrity_info()
        except Exception as e:  # hybrid xrefs in strict mode, broken revisions
            results.append(_fail(base, moment, AdESFailure.FORMAT_FAILURE, f"PDF structure: {e}"))
            continue
        inp = replace(base, raw_digest=digest)
        for res in await verify_cms(inp, chain, moment):
            results.append(_with_coverage(res, integrity))
    return results


def _with_coverage(res: SignatureResult, integrity: dict[str, Any]) -> SignatureResult:
    coverage: SignatureCoverageLevel = integrity["coverage"]
    if coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return replace(res, covered=res.covered + " (whole file)", modification="none")
    if coverage < SignatureCoverageLevel.ENTIRE_REVISION:
        return replace(
            res,
            indication=Indication.TOTAL_FAILED,
            subindication="FORMAT_FAILURE",
            trusted=False,
            covered=res.covered + f" ({coverage.name.lower()})",
            notes=res.notes + ("signature does not cover a whole revision",),
        )
    diff = integrity["diff_result"]
    level = getattr(diff, "modification_level", None)
    level_name = level.name.lower() if level is not None else "suspicious"
    covered = res.covered + " (signed revision; the file has later incremental updates)"
    note = f"modified after signing: {level_name}"
    if integrity["docmdp_ok"] and level is not None and level <= ModificationLevel.FORM_FILLING:
        return replace(res, covered=covered, modification=level_name, notes=res.notes + (note,))
    if res.indication is Indication.TOTAL_PASSED:
        return replace(
            res,
            indication=Indication.INDETERMINATE,
            subindication="SIG_CONSTRAINTS_FAILURE",
            covered=covered,
            modification=level_name,
            notes=res.notes + (note,),
        )
    return replace(res, covered=covered, modification=level_name, notes=res.notes + (note,))
