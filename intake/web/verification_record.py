"""The verification record (ověřovací protokol) as the officer reads it, in plain Czech.

It reads the keys ``verifiers.record.build_record`` writes (``intake.model.VerificationRecord``)
and arranges them as the vyhláška 259/2012 §4(7) a)–h) items; every other key is shown too,
with its Czech label. A stored record is JSON: a key it lacks shows as "neuvedeno".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from intake.model import VerificationRecord
from verifiers.results import ZFO_DELIVERY_RECEIPT

INDICATIONS_CS: dict[str, str] = {
    "TOTAL_PASSED": "Platný – ověření proběhlo úspěšně",
    "TOTAL_FAILED": "Neplatný – ověření selhalo",
    "INDETERMINATE": "Nelze rozhodnout – platnost nelze potvrdit",
}
SUBINDICATIONS_CS: dict[str, str] = {
    "REVOKED": "certifikát byl zneplatněn (revokován)",
    "REVOKED_NO_POE": "certifikát byl zneplatněn a chybí důkaz existence podpisu před zneplatněním",
    "REVOKED_CA_NO_POE": "certifikát vydavatele byl zneplatněn",
    "HASH_FAILURE": "podepsaný obsah byl změněn (otisk nesouhlasí)",
    "SIG_CRYPTO_FAILURE": "podpis není kryptograficky platný",
    "EXPIRED": "platnost certifikátu vypršela",
    "NOT_YET_VALID": "certifikát ještě nebyl platný",
    "OUT_OF_BOUNDS_NO_POE": "rozhodný čas leží mimo dobu platnosti certifikátu",
    "OUT_OF_BOUNDS_NOT_REVOKED": "rozhodný čas leží mimo dobu platnosti certifikátu",
    "NO_CERTIFICATE_CHAIN_FOUND": "nenalezen řetězec k důvěryhodné certifikační autoritě",
    "CERTIFICATE_CHAIN_GENERAL_FAILURE": "chyba řetězce certifikátů",
    "CHAIN_CONSTRAINTS_FAILURE": "řetězec certifikátů nesplňuje omezení",
    "CRYPTO_CONSTRAINTS_FAILURE": "použitý algoritmus není dostatečně bezpečný",
    "CRYPTO_CONSTRAINTS_FAILURE_NO_POE": "použitý algoritmus není dostatečně bezpečný",
    "TRY_LATER": "informace o zneplatnění nejsou zatím dostupné",
    "REVOCATION_OUT_OF_BOUNDS_NO_POE": "informace o zneplatnění nejsou aktuální",
    "NO_SIGNING_CERTIFICATE_FOUND": "nenalezen certifikát podepisující osoby",
    "FORMAT_FAILURE": "chybný formát podpisu",
    "SIGNED_DATA_NOT_FOUND": "podepsaná data nenalezena",
    "NO_POE": "chybí důkaz existence",
    "POLICY_PROCESSING_ERROR": "chyba zpracování politiky",
    "SIG_CONSTRAINTS_FAILURE": "podpis nesplňuje omezení",
}
KINDS_CS: dict[str, str] = {
    "smime": "Podpis e-mailu (S/MIME)",
    "pades": "Podpis PDF (PAdES)",
    "zfo_seal": "Pečeť datové zprávy (ISDS)",
    "cades": "Podpis CAdES",
    "doc_timestamp": "Časové razítko dokumentu (PDF)",
}
DELIVERY_RECEIPT_TITLE = "Pečeť doručenky (ISDS)"
UNCHECKED = frozenset({"intact", "signature_value_valid"})
"""Checks whose null value means "this check could not run", not "not stated"."""

LABELS_CS: dict[str, str] = {
    # VerificationRecord
    "kind": "druh",
    "covered": "co podpis pokrývá",
    "result": "výsledek",
    "indication": "indikace ETSI",
    "indication_urn": "indikace ETSI (URN)",
    "subindication": "podindikace ETSI",
    "subindication_urn": "podindikace ETSI (URN)",
    "verified_at": "ověřeno dne",
    "validation_time": "čas rozhodný pro ověření",
    "signature_type": "typ podpisu",
    "level": "úroveň podpisu",
    "recognised_signature": "uznávaný elektronický podpis",
    "qualified": "kvalifikovaný",
    "qc_type": "typ kvalifikovaného certifikátu",
    "qscd": "prostředek QSCD",
    "qualification_basis": "podklad kvalifikace",
    "qualification_detail": "podrobnosti kvalifikace",
    "trust_service_provider": "poskytovatel služby vytvářející důvěru",
    "trust_service": "služba vytvářející důvěru",
    "signer_name": "podepisující osoba",
    "certificate": "certifikát",
    "path": "řetězec certifikátů",
    "revocation_checked": "zneplatnění ověřeno",
    "revoked": "zneplatněn",
    "revocation_time": "čas zneplatnění",
    "revocation": "zneplatnění",
    "signing_time_claimed": "čas podpisu (deklarovaný)",
    "timestamp_time": "čas z časového razítka",
    "digest_algorithm": "algoritmus otisku",
    "signature_algorithm": "algoritmus podpisu",
    "intact": "obsah neporušen",
    "signature_value_valid": "hodnota podpisu platná",
    "modification_after_signing": "změny po podpisu",
    "notes": "poznámky",
    "explanation": "vysvětlení výsledku",
    "ades_level": "úroveň dlouhodobého ověření (B, T, LT, LTA)",
    "poe_time": "čas prokázané existence podpisu",
    "trusted_lists": "důvěryhodné seznamy",
    "unsigned_parts": "nepodepsané části zprávy",
    "statement": "pečeť datové zprávy",
    # CertificateRecord
    "subject": "subjekt certifikátu",
    "issuer": "vydavatel",
    "serial_number": "sériové číslo",
    "valid_from": "platnost od",
    "valid_to": "platnost do",
    "sha256": "otisk SHA-256",
    "emails": "e-maily",
    # RevocationRecord
    "crl_number": "číslo CRL",
    "ocsp_responder": "OCSP respondér",
    "this_update": "vydáno",
    "next_update": "příští aktualizace",
    "source": "zdroj",
    # TrustedListsRecord
    "loaded_at": "načteno",
    "lotl_sequence": "pořadové číslo LOTL",
    "fresh": "aktuální",
    "lists": "seznamy",
    "territory": "země",
    "sequence": "pořadové číslo",
}
"""Czech label of every key of the record and its nested parts (a test checks they match)."""
RESULTS_CS: dict[str, str] = {
    "valid": "Platný",
    "invalid": "Neplatný",
    "indeterminate": "Nelze rozhodnout",
    "missing": "Chybí",
    "passed": "Platný",
    "failed": "Neplatný",
}


@dataclass(frozen=True)
class RecordItem:
    """One of the §4(7) items: its letter, what it is, the value, and whether it is there."""

    letter: str
    label: str
    value: str
    present: bool


@dataclass(frozen=True)
class RecordView:
    title: str
    indication: str
    subindication: str
    verdict_cs: str
    passed: bool
    items: list[RecordItem]
    other: list[tuple[str, str]]
    statement: str = ""
    """A ZFO seal presented as the seal of the data message (issuer, time, validity)."""


Dt = Callable[[Any], str]
SHOWN_IN_ITEMS = frozenset(
    {
        "kind",
        "result",
        "indication",
        "subindication",
        "verified_at",
        "validation_time",
        "signature_type",
        "trust_service_provider",
        "signer_name",
        "certificate.serial_number",
        "certificate.valid_from",
        "certificate.valid_to",
        "revoked",
        "revocation_time",
        "revocation",
        "revocation_checked",
        "statement",
    }
)
"""Record keys (dotted for the certificate's) the a)–h) items show; the rest go to "other"."""


def flatten(record: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in record.items():
        path = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(flatten(value, path + "."))
        else:
            out[path] = value
    return out


def fmt(value: Any, dt: Dt) -> str:
    """A record value as Czech text (times in the campaign zone)."""
    if value is None or value == "":
        return "neuvedeno"
    if isinstance(value, bool):
        return "ano" if value else "ne"
    if isinstance(value, datetime):
        return dt(value)
    if isinstance(value, str) and len(value) >= 19 and value[4] == "-" and value[10] in "T ":
        try:
            return dt(datetime.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, list | tuple):
        return (
            "; ".join(fmt(v, dt) if not isinstance(v, Mapping) else _fmt_map(v, dt) for v in value)
            or "neuvedeno"
        )
    return str(value)


def _fmt_map(m: Mapping[str, Any], dt: Dt) -> str:
    return ", ".join(
        f"{LABELS_CS.get(k, k)}: {fmt(v, dt)}" for k, v in m.items() if v not in (None, "", [], ())
    )


def _validity(rec: VerificationRecord, dt: Dt) -> RecordItem:
    """b) the certificate's validity and the time of its revocation."""
    cert = rec.get("certificate")
    nb, na = (cert.get("valid_from"), cert.get("valid_to")) if cert else (None, None)
    text = f"{fmt(nb, dt)} – {fmt(na, dt)}" if nb or na else "neuvedeno"
    if rec.get("revocation_time"):
        text += f"; zneplatněn {fmt(rec.get('revocation_time'), dt)}"
    elif rec.get("revoked"):
        text += "; zneplatněn (čas neznámý)"
    else:
        text += "; čas zneplatnění není znám"
    return RecordItem("b", "Doba platnosti certifikátu a čas zneplatnění", text, bool(nb or na))


def _revocation_item(rec: VerificationRecord, dt: Dt) -> RecordItem:
    """h) the revocation evidence used, per item: CRL with its number, or OCSP's responder."""
    out = []
    for it in rec.get("revocation") or []:
        kind = str(it.get("kind") or "").lower()
        when = f", vydáno {fmt(it.get('this_update'), dt)}" if it.get("this_update") else ""
        issuer = f", vydavatel {it.get('issuer')}" if it.get("issuer") else ""
        if kind == "crl":
            number = it.get("crl_number")
            label = f"CRL č. {number}" if number is not None else "CRL (bez čísla)"
            out.append(label + issuer + when)
        elif kind == "ocsp":
            who = it.get("ocsp_responder")
            out.append("OCSP" + (f" (respondér {who})" if who else "") + issuer + when)
        elif kind:
            out.append(kind + issuer + when)
    present = bool(out)
    if rec.get("revocation_checked") is False:
        out.append("zneplatnění nebylo ověřeno")
    label = "Číslo použitého seznamu zneplatněných certifikátů / jiný způsob"
    return RecordItem("h", label, "; ".join(out) or "neuvedeno", present)


def _verdict(rec: VerificationRecord, status: str) -> tuple[str, str, str, bool]:
    """g) indication, sub-indication, the verdict in Czech, and whether it passed."""
    indication = rec.get("indication") or ""
    sub = rec.get("subindication") or ""
    result = rec.get("result") or status
    passed = indication == "TOTAL_PASSED" or (not indication and result == "valid")
    verdict = INDICATIONS_CS.get(indication) or RESULTS_CS.get(result, result or "neuvedeno")
    if sub:
        verdict += f" ({SUBINDICATIONS_CS.get(sub, sub)})"
    return indication, sub, verdict, passed


def _items(rec: VerificationRecord, verdict: str, dt: Dt) -> list[RecordItem]:
    cert = rec.get("certificate")
    serial = cert.get("serial_number") if cert else None
    items = [
        RecordItem(
            "a",
            "Poskytovatel služby vytvářející důvěru",
            fmt(rec.get("trust_service_provider"), dt),
            True,
        ),
        _validity(rec, dt),
        RecordItem("c", "Sériové číslo certifikátu", fmt(serial, dt), True),
        RecordItem(
            "d", "Jméno nebo pseudonym podepisující osoby", fmt(rec.get("signer_name"), dt), True
        ),
        RecordItem("e", "Typ podpisu / pečeti", fmt(rec.get("signature_type"), dt), True),
        RecordItem("f", "Čas rozhodný pro ověření", fmt(rec.get("validation_time"), dt), True),
        RecordItem(
            "g",
            "Výsledek ověření a datum a čas ověření",
            f"{verdict}; ověřeno {fmt(rec.get('verified_at'), dt)}",
            verdict != "neuvedeno",
        ),
        _revocation_item(rec, dt),
    ]
    return [
        RecordItem(i.letter, i.label, i.value, i.present and not i.value.startswith("neuvedeno"))
        for i in items
    ]


def verification_record(
    stored: Mapping[str, Any] | None, dt: Dt, *, kind: str = "", status: str = ""
) -> RecordView:
    """The officer's view of one stored record; ``kind`` and ``status`` are the verification
    row's own (used when the record lacks them, e.g. for a missing signature)."""
    rec = cast(VerificationRecord, dict(stored or {}))
    indication, sub, verdict, passed = _verdict(rec, status)
    other = [
        (LABELS_CS.get(k.rsplit(".", 1)[-1], k), "neověřeno" if v is None and k in UNCHECKED
         else fmt(v, dt))
        for k, v in flatten(rec).items()
        if k not in SHOWN_IN_ITEMS
    ]
    title_kind = rec.get("kind") or kind
    title = KINDS_CS.get(title_kind, title_kind or "Podpis")
    if title_kind == "zfo_seal" and rec.get("covered") == ZFO_DELIVERY_RECEIPT:
        title = DELIVERY_RECEIPT_TITLE
    return RecordView(
        title,
        indication,
        sub,
        verdict,
        passed,
        _items(rec, verdict, dt),
        other,
        statement=str(rec.get("statement") or ""),
    )
