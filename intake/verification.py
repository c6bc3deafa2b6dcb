"""Glue between the pipeline / ``podatelna inspect`` and the ``verifiers`` package.

``build_verifier`` makes one configured ``verifiers.api.Verifier`` (trust store, revocation cache,
per-signer verdict cache); ``verify_submission`` turns one received item into a
``VerificationOutcome``: records, the ``signature.*`` fields of the inspect contract,
``accepted_signature`` and the documented problem codes with Czech messages.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from intake.config import TrustConfig
from intake.content import asic, formats
from intake.errors import VerificationUnavailable
from intake.model import (
    Channel,
    Code,
    ComponentRole,
    DocumentKind,
    ParsedMessage,
    Problem,
    VerificationOutcome,
    VerificationRecord,
)
from intake.pipeline import Classified
from verifiers.api import TrustSource, Verifier, VerifierPolicy
from verifiers.record import build_record, result_word
from verifiers.results import SignatureKind, SignatureResult, hash_failure
from verifiers.trust import TrustedListStatus

logger = logging.getLogger(__name__)

SIGNING_AFTER_RECEIPT = timedelta(minutes=5)
SIGNING_VS_DATE = timedelta(hours=1)

MESSAGES: dict[Code, str] = {
    Code.SIGNATURE_MISSING: "Podání není opatřeno elektronickým podpisem.",
    Code.SIGNATURE_INVALID: "Elektronický podpis je neplatný: podepsaný obsah byl po podpisu změněn "
    "nebo podpis nelze matematicky ověřit.",
    Code.SIGNATURE_INDETERMINATE: "Platnost elektronického podpisu se nepodařilo ověřit ({why}).",
    Code.CERTIFICATE_NOT_QUALIFIED: "Podpis není založen na kvalifikovaném certifikátu pro elektronický "
    "podpis, nejde tedy o uznávaný elektronický podpis.",
    Code.CERTIFICATE_REVOKED: "Certifikát podepisující osoby byl zneplatněn (revokován).",
    Code.CERTIFICATE_EXPIRED: "Certifikát podepisující osoby nebyl v době doručení platný.",
    Code.CERTIFICATE_UNTRUSTED: "Certifikát podepisující osoby nevydal důvěryhodný poskytovatel "
    "služeb vytvářejících důvěru.",
    Code.SIGNER_MISMATCH: "Adresa odesílatele {sender} není uvedena v certifikátu podepisující osoby.",
    Code.SIGNING_TIME_MISMATCH: "Čas podpisu uvedený v podpisu ({claimed}) neodpovídá času doručení "
    "ani datu zprávy.",
    Code.SEAL_INVALID: "Elektronickou pečeť {what} se nepodařilo ověřit ({why}).",
    Code.SIGNATURE_UNSUPPORTED: "Soubor {name} obsahuje {why}.",
    Code.UNSIGNED_PARTS: "Zpráva obsahuje části, které podpis nepokrývá: {parts}.",
    Code.UNREADABLE_ATTACHMENT: "Podepsaný soubor {name} je poškozený a nelze jej přečíst.",
}
WHY = {
    "CERTIFICATE_CHAIN_GENERAL_FAILURE": "chybí aktuální informace o zneplatnění certifikátů",
    "TRY_LATER": "informace o zneplatnění certifikátů zatím nejsou k dispozici",
    "NO_CERTIFICATE_CHAIN_FOUND": "certifikát nevede k důvěryhodné autoritě",
    "CRYPTO_CONSTRAINTS_FAILURE": "použitý algoritmus není dostatečně bezpečný",
    "OUT_OF_BOUNDS_NO_POE": "certifikát nebyl v rozhodný okamžik platný",
    "OUT_OF_BOUNDS_NOT_REVOKED": "certifikát nebyl v rozhodný okamžik platný",
    "SIG_CONSTRAINTS_FAILURE": "podepsaný dokument byl po podpisu změněn nebo nesplňuje podmínky",
    "NO_SIGNING_CERTIFICATE_FOUND": "chybí certifikát podepisující osoby",
    "SIGNED_DATA_NOT_FOUND": "chybí podepsaná data",
    "FORMAT_FAILURE": "chybný formát podpisu",
    "HASH_FAILURE": "obsah byl po podpisu změněn",
    "SIG_CRYPTO_FAILURE": "podpis nelze matematicky ověřit",
    "REVOKED": "certifikát byl zneplatněn",
    "REVOKED_NO_POE": "certifikát byl zneplatněn",
    "REVOKED_CA_NO_POE": "certifikát certifikační autority byl zneplatněn",
    "CHAIN_CONSTRAINTS_FAILURE": "certifikát nesplňuje požadavky na použití nebo na cestu "
    "k důvěryhodné autoritě",
    "CRYPTO_CONSTRAINTS_FAILURE_NO_POE": "použitý algoritmus nebyl v rozhodný okamžik "
    "dostatečně bezpečný",
    "NO_POE": "chybí důkaz existence podpisu v rozhodný okamžik",
    "EXPIRED": "certifikát nebyl v rozhodný okamžik platný",
    "NOT_YET_VALID": "certifikát nebyl v rozhodný okamžik platný",
    "NO_CERTIFICATE_CHAIN_FOUND_NO_POE": "certifikát nevede k důvěryhodné autoritě",
    "POLICY_PROCESSING_ERROR": "podpisovou politiku nelze zpracovat",
    "SIGNATURE_POLICY_NOT_AVAILABLE": "podpisová politika není dostupná",
    "TIMESTAMP_ORDER_FAILURE": "časová razítka nejsou ve správném pořadí",
    "REVOCATION_OUT_OF_BOUNDS_NO_POE": "informace o zneplatnění nepokrývají rozhodný okamžik",
    "GENERIC": "důvod je uveden v ověřovacím protokolu",
}


def build_verifier(
    trust: TrustConfig,
    resolve_path: Callable[[Path], Path],
    *,
    anchors_dirs_extra: Iterable[Path] = (),
    crl_dirs_extra: Iterable[Path] = (),
) -> Verifier:
    """One verifier for the whole process (its caches are what makes it fast)."""
    anchors = [resolve_path(trust.anchors_dir)] if trust.anchors_dir else []
    crls = [resolve_path(trust.crl_dir)] if trust.crl_dir else []
    tl_dir = resolve_path(trust.tl_cache_dir) if trust.use_trusted_lists else None
    source = TrustSource(
        (*anchors, *anchors_dirs_extra), (*crls, *crl_dirs_extra), tl_cache_dir=tl_dir
    )
    policy = VerifierPolicy(
        fetch_revocation=trust.fetch_revocation,
        allow_private_fetch=trust.allow_private_fetch,
        accept_seals=trust.accept_seals,
    )
    return Verifier(source.load(), policy, source=source)


def _is_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:1024]


def _is_signature(r: SignatureResult) -> bool:
    """Document time-stamps are proof of existence, not anybody's signature."""
    return r.kind is not SignatureKind.DOC_TIMESTAMP


def _rank(r: SignatureResult) -> tuple[int, ...]:
    order = {"valid": 2, "indeterminate": 1, "invalid": 0}
    return (
        int(r.recognised),
        int(r.passed),
        int(r.qualification.qualified),
        order[result_word(r)],
        int(r.kind is SignatureKind.SMIME),
    )


def _accepts(r: SignatureResult, policy: VerifierPolicy) -> bool:
    if r.recognised:
        return True
    return policy.accept_seals and r.passed and r.qualification.for_eseal


def _problem(code: Code, **kw: str) -> Problem:
    return Problem(code=code, message=MESSAGES[code].format(**kw))


def _why(r: SignatureResult) -> str:
    """A Czech reason (never a raw ETSI code inside the sentence)."""
    return WHY.get(r.subindication or "", "důvod je uveden v ověřovacím protokolu")


def _signature_problems(best: SignatureResult, verifier: Verifier) -> list[Problem]:
    out: list[Problem] = []
    untrusted = best.subindication == "NO_CERTIFICATE_CHAIN_FOUND"
    if best.indication.value == "TOTAL_FAILED":
        out.append(_problem(Code.SIGNATURE_INVALID))
    elif not best.passed:
        out.append(_problem(Code.SIGNATURE_INDETERMINATE, why=_why(best)))
    if best.revoked or best.subindication in ("REVOKED", "REVOKED_NO_POE", "REVOKED_CA_NO_POE"):
        out.append(_problem(Code.CERTIFICATE_REVOKED))
    if best.expired:
        out.append(_problem(Code.CERTIFICATE_EXPIRED))
    if untrusted:
        out.append(_problem(Code.CERTIFICATE_UNTRUSTED))
    if best.passed and not _accepts(best, verifier.policy):
        out.append(_problem(Code.CERTIFICATE_NOT_QUALIFIED))
    return out


def _all_signature_problems(
    results: list[SignatureResult], accepted: bool, verifier: Verifier
) -> list[Problem]:
    """Problems from every signature (not only the best), each code once; "not qualified" only
    when no signature is accepted (a gateway's own signature around an accepted one is fine)."""
    out: dict[Code, Problem] = {}
    for r in results:
        for p in _signature_problems(r, verifier):
            if p.code is Code.CERTIFICATE_NOT_QUALIFIED and accepted:
                continue
            out.setdefault(p.code, p)
    for r in results:
        if r.damaged_file:
            name = r.covered.removeprefix("PDF ")
            out.setdefault(
                Code.UNREADABLE_ATTACHMENT, _problem(Code.UNREADABLE_ATTACHMENT, name=name)
            )
    return list(out.values())


def _claims_problems(
    best: SignatureResult, parsed: ParsedMessage, moment: datetime
) -> list[Problem]:
    out: list[Problem] = []
    signer = best.signer
    sender = (parsed.sender or "").strip().lower()
    if (
        best.kind is SignatureKind.SMIME
        and signer is not None
        and sender
        and sender not in signer.emails
    ):
        out.append(_problem(Code.SIGNER_MISMATCH, sender=sender))
    st = best.signing_time
    if st is not None:
        late = st > moment + SIGNING_AFTER_RECEIPT
        off_date = (
            best.kind is SignatureKind.SMIME
            and parsed.date is not None
            and parsed.date.tzinfo is not None
            and abs(st - parsed.date) > SIGNING_VS_DATE
        )
        if late or off_date:
            out.append(_problem(Code.SIGNING_TIME_MISMATCH, claimed=st.isoformat()))
    return out


def _signature_dict(
    best: SignatureResult | None, sender: str, *, unsupported: bool = False
) -> dict[str, object]:
    if best is None:
        return {
            "status": "unsupported" if unsupported else "missing",
            "qualified": False,
            "level": None,
            "signer_name": None,
            "signer_email": None,
            "kind": None,
        }
    s = best.signer
    email = None
    if s is not None and s.emails and best.kind is not SignatureKind.ZFO_SEAL:
        email = sender.lower() if sender.lower() in s.emails else s.emails[0]
    return {
        "status": result_word(best),
        "qualified": bool(best.passed and best.qualification.for_esignature),
        "level": best.level.value if best.level else None,
        "signer_name": (s.common_name or s.subject) if s else None,
        "signer_email": email,
        "kind": best.kind.value,
    }


def _pdf_results(
    parsed: ParsedMessage, verifier: Verifier, moment: datetime
) -> list[SignatureResult]:
    results: list[SignatureResult] = []
    for comp in parsed.components:
        if comp.role is ComponentRole.SIGNATURE or not _is_pdf(comp.data):
            continue
        try:
            results.extend(verifier.verify_pdf(comp.data, name=comp.name, at=moment))
        except VerificationUnavailable as e:
            logger.info("PDF %s not verifiable: %s", comp.name, e)
    return results


def _container_results(
    parsed: ParsedMessage, verifier: Verifier, moment: datetime
) -> tuple[list[SignatureResult], list[Problem]]:
    """Signatures inside ZIP / ASiC attachments: CAdES verified (a broken ASiC manifest is an
    invalid signature), PDFs inside verified as PAdES, XAdES reported as unsupported."""
    results: list[SignatureResult] = []
    unsupported: list[Problem] = []
    for comp in parsed.components:
        if comp.role is ComponentRole.SIGNATURE:
            continue
        if formats.detect(comp.data, comp.name) not in asic.CONTAINER_TYPES:
            continue
        found = asic.find_signatures(comp.name, comp.data)
        for c in found.cades:
            if c.defects:
                # the container's signed data objects do not match its manifest: tampered
                note = "; ".join(c.defects)
                results.append(hash_failure(SignatureKind.CADES, c.name, note, moment))
            else:
                results.extend(
                    verifier.verify_cades(c.signature, content=c.content, name=c.name, at=moment)
                )
        for name, pdf in found.pdfs:
            try:
                results.extend(verifier.verify_pdf(pdf, name=name, at=moment))
            except VerificationUnavailable as e:
                logger.info("PDF %s not verifiable: %s", name, e)
        unsupported += [
            Problem(
                Code.SIGNATURE_UNSUPPORTED,
                MESSAGES[Code.SIGNATURE_UNSUPPORTED].format(name=u.name, why=u.reason),
                comp.name,
            )
            for u in found.unsupported
        ]
    return results, unsupported


def _record(
    r: SignatureResult, tl: TrustedListStatus | None, unsigned: list[str]
) -> VerificationRecord:
    rec = build_record(r, tl)
    if r.kind is SignatureKind.SMIME:
        rec["unsigned_parts"] = unsigned  # content outside every signed entity
    return rec


def _seal_of(
    raw: bytes, verifier: Verifier, moment: datetime, what: str
) -> tuple[SignatureResult | None, list[Problem]]:
    """The ISDS seal of one ZFO, and ``seal_invalid`` when it does not verify."""
    try:
        seal = verifier.verify_zfo(raw, at=moment)
    except VerificationUnavailable as e:
        return None, [_problem(Code.SEAL_INVALID, what=what, why=str(e))]
    if not seal.passed:
        return seal, [_problem(Code.SEAL_INVALID, what=what, why=_why(seal))]
    return seal, []


def _attached_seals(
    classified: Classified, verifier: Verifier, moment: datetime
) -> tuple[list[SignatureResult], list[Problem]]:
    """The seals of the data messages and delivery receipts attached to an item (each gets a
    record: the seal of that data message, not a signature of the item)."""
    seals: list[SignatureResult] = []
    problems: list[Problem] = []
    for name, data, kind in classified.sealed_files:
        what = "doručenky" if kind is DocumentKind.DELIVERY_RECEIPT else "přiložené datové zprávy"
        seal, found = _seal_of(data, verifier, moment, f"{what} {name}")
        seals += [seal] if seal is not None else []
        problems += found
    return seals, problems


def verify_submission(
    raw: bytes,
    parsed: ParsedMessage,
    *,
    received_at: datetime | None,
    verifier: Verifier,
    classified: Classified | None = None,
) -> VerificationOutcome:
    """Verify every signature/seal of one submission at its trusted receipt time. A data
    message's seal is the message's own (zákon 300/2008 §18(2): a data-box filing counts as
    signed), presented as such; a delivery receipt e-mailed in is judged by its seals."""
    moment = (received_at or datetime.now(UTC)).astimezone(UTC)
    classified = classified or Classified()
    receipt = classified.kind is DocumentKind.DELIVERY_RECEIPT
    results: list[SignatureResult] = []
    unsigned: list[str] = []
    seal: SignatureResult | None = None
    problems: list[Problem] = []
    if parsed.channel is Channel.DATABOX:
        what = "doručenky" if receipt else "datové zprávy"
        seal, found = _seal_of(raw, verifier, moment, what)
        problems += found
    else:
        ev = verifier.verify_email(raw, at=moment)
        results.extend(ev.signatures)
        unsigned = list(ev.unsigned_parts) if ev.signatures else []
    attached, found = _attached_seals(classified, verifier, moment)
    problems += found if receipt else []
    pdf = _pdf_results(parsed, verifier, moment)
    results.extend(r for r in pdf if _is_signature(r))
    stamps = [r for r in pdf if not _is_signature(r)]
    inner, unsupported = _container_results(parsed, verifier, moment)
    results.extend(inner)
    problems.extend(unsupported)
    best = max(results, key=_rank) if results else None
    accepted = any(_accepts(r, verifier.policy) for r in results)
    if parsed.channel is Channel.DATABOX:
        accepted = accepted or bool(seal is not None and seal.passed)
        problems.extend(_all_signature_problems(results, accepted, verifier))
    elif receipt:
        # an e-mail carrying only delivery receipts: their seals are what there is to verify
        accepted = bool(attached) and all(r.passed for r in attached)
    elif best is None and not unsupported:
        problems.append(_problem(Code.SIGNATURE_MISSING))
    elif best is None:
        pass  # a signature is there, in a format not verified here: never "missing"
    else:
        problems.extend(_all_signature_problems(results, accepted, verifier))
        problems.extend(_claims_problems(best, parsed, moment))
    if unsigned:
        problems.append(_problem(Code.UNSIGNED_PARTS, parts=", ".join(unsigned)))
    own = seal if seal is not None else (attached[0] if receipt and attached else None)
    shown = own if own is not None else best
    signature = _signature_dict(shown, parsed.sender or "", unsupported=bool(unsupported))
    if shown is None and (parsed.channel is Channel.DATABOX or receipt):
        # a seal that could not even be read: its validity is unknown, it is not missing
        signature.update(status="indeterminate", kind=SignatureKind.ZFO_SEAL.value)
    return _outcome(
        verifier,
        ([seal] if seal is not None else []) + results + attached + stamps,
        signature=signature,
        accepted=accepted,
        problems=problems,
        unsigned=unsigned,
    )


def _outcome(
    verifier: Verifier,
    all_results: list[SignatureResult],
    *,
    signature: dict[str, object],
    accepted: bool,
    problems: list[Problem],
    unsigned: list[str],
) -> VerificationOutcome:
    tl = verifier.store.tl_status
    evidence: dict[str, bytes] = {}
    for r in all_results:
        evidence.update(r.evidence)
    return VerificationOutcome(
        records=tuple(_record(r, tl, unsigned) for r in all_results),
        signature=signature,
        accepted_signature=accepted,
        problems=tuple(problems),
        evidence=evidence,
    )
