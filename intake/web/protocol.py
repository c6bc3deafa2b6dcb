"""The verification record (ověřovací protokol) in plain Czech.

Records are JSON dicts written by the verification stage; their exact keys may vary, so the
vyhláška 259/2012 §4(7) a)–h) items are looked up among several plausible key names (also in
nested dicts), and every other key is shown too, with a Czech label when it is a known one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

INDICATIONS_CS = {
    "TOTAL_PASSED": "Platný – ověření proběhlo úspěšně",
    "TOTAL_FAILED": "Neplatný – ověření selhalo",
    "INDETERMINATE": "Nelze rozhodnout – platnost nelze potvrdit",
}
SUBINDICATIONS_CS = {
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
LEVELS_CS = {
    "QES": "kvalifikovaný elektronický podpis",
    "AdES-QC": "zaručený elektronický podpis založený na kvalifikovaném certifikátu",
    "AdES": "zaručený elektronický podpis (bez kvalifikovaného certifikátu)",
    "QESeal": "kvalifikovaná elektronická pečeť",
    "AdESeal-QC": "zaručená elektronická pečeť založená na kvalifikovaném certifikátu",
}
KINDS_CS = {
    "smime": "Podpis e-mailu (S/MIME)",
    "pades": "Podpis PDF (PAdES)",
    "zfo_seal": "Pečeť datové zprávy (ISDS)",
    "cades": "Podpis CAdES",
}

LABELS_CS = {
    "kind": "druh",
    "status": "stav",
    "indication": "indikace ETSI",
    "subindication": "podindikace ETSI",
    "level": "typ podpisu",
    "qualified": "kvalifikovaný",
    "qc_type": "typ kvalifikovaného certifikátu",
    "qscd": "prostředek QSCD",
    "provider": "poskytovatel služby",
    "service_name": "služba vytvářející důvěru",
    "basis": "podklad kvalifikace",
    "signer": "podepisující osoba",
    "signer_name": "podepisující osoba",
    "signer_email": "e-mail podepisující osoby",
    "common_name": "jméno (CN)",
    "subject": "subjekt certifikátu",
    "issuer": "vydavatel",
    "serial": "sériové číslo",
    "serial_hex": "sériové číslo",
    "serial_number": "sériové číslo",
    "not_before": "platnost od",
    "not_after": "platnost do",
    "emails": "e-maily",
    "organization": "organizace",
    "sha256": "otisk SHA-256",
    "revocation_time": "čas zneplatnění",
    "revoked": "zneplatněn",
    "expired": "vypršel",
    "intact": "obsah neporušen",
    "valid": "kryptograficky platný",
    "trusted": "důvěryhodný řetězec",
    "validation_time": "čas rozhodný pro ověření",
    "verified_at": "ověřeno dne",
    "signing_time": "čas podpisu (deklarovaný)",
    "timestamp_time": "čas z časového razítka",
    "digest_algorithm": "algoritmus otisku",
    "signature_algorithm": "algoritmus podpisu",
    "covered": "co podpis pokrývá",
    "path": "řetězec certifikátů",
    "revocation": "zneplatnění",
    "crl_number": "číslo CRL",
    "revocation_method": "způsob ověření zneplatnění",
    "responder": "OCSP respondér",
    "this_update": "vydáno",
    "next_update": "příští aktualizace",
    "source": "zdroj",
    "notes": "poznámky",
    "modification": "změny po podpisu",
    "result": "výsledek",
    "component": "komponenta",
    "detail": "podrobnosti",
    "qualification": "kvalifikace",
    "certificate": "certifikát",
    "indication_urn": "indikace ETSI (URN)",
    "subindication_urn": "podindikace ETSI (URN)",
    "recognised_signature": "uznávaný elektronický podpis",
    "qualification_basis": "podklad kvalifikace",
    "qualification_detail": "podrobnosti kvalifikace",
    "trust_service_provider": "poskytovatel služby vytvářející důvěru",
    "trust_service": "služba vytvářející důvěru",
    "signature_type": "typ podpisu",
    "valid_from": "platnost od",
    "valid_to": "platnost do",
    "revocation_checked": "zneplatnění ověřeno",
    "ocsp_responder": "OCSP respondér",
    "signing_time_claimed": "čas podpisu (deklarovaný)",
    "signature_value_valid": "hodnota podpisu platná",
    "modification_after_signing": "změny po podpisu",
    "trusted_lists": "důvěryhodné seznamy",
    "loaded_at": "načteno",
    "lotl_sequence": "pořadové číslo LOTL",
    "fresh": "aktuální",
    "lists": "seznamy",
    "territory": "země",
    "sequence": "pořadové číslo",
}
SEAL_LEVELS_CS = {
    "QES": "kvalifikovaná elektronická pečeť",
    "AdES-QC": "zaručená elektronická pečeť založená na kvalifikovaném certifikátu",
    "AdES": "zaručená elektronická pečeť (bez kvalifikovaného certifikátu)",
}
QC_TYPES_CS = {
    "esign": "pro elektronický podpis",
    "eseal": "pro elektronickou pečeť",
    "web": "pro autentizaci webových stránek",
}
RESULTS_CS = {
    "valid": "Platný",
    "invalid": "Neplatný",
    "indeterminate": "Nelze rozhodnout",
    "missing": "Chybí",
    "passed": "Platný",
    "failed": "Neplatný",
}


@dataclass(frozen=True)
class ProtocolItem:
    letter: str
    label: str
    value: str
    present: bool


@dataclass(frozen=True)
class Protocol:
    title: str
    indication: str
    subindication: str
    verdict_cs: str
    passed: bool
    items: list[ProtocolItem]
    other: list[tuple[str, str]]


def flatten(record: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in record.items():
        path = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(flatten(value, path + "."))
        else:
            out[path] = value
    return out


def _find(flat: dict[str, Any], names: tuple[str, ...], used: set[str]) -> Any:
    """First present value whose key (or last dotted segment) is one of ``names``, in order."""
    for name in names:
        for key, value in flat.items():
            if (key == name or key.endswith("." + name)) and value not in (None, "", [], ()):
                used.add(key)
                return value
    return None


def _strip_urn(v: Any) -> str:
    return str(v).rsplit(":", 1)[-1] if v else ""


def fmt(value: Any, dt: Callable[[Any], str]) -> str:
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


def _fmt_map(m: Mapping[str, Any], dt: Callable[[Any], str]) -> str:
    return ", ".join(
        f"{LABELS_CS.get(k, k)}: {fmt(v, dt)}" for k, v in m.items() if v not in (None, "", [], ())
    )


def _revocation(items: Any, dt: Callable[[Any], str]) -> str:
    """The revocation evidence used, per item: CRL with its number, or OCSP with the responder."""
    if not isinstance(items, list):
        return ""
    out = []
    for it in items:
        if not isinstance(it, Mapping):
            continue
        kind = str(it.get("kind") or "").lower()
        when = f", vydáno {fmt(it.get('this_update'), dt)}" if it.get("this_update") else ""
        issuer = f", vydavatel {it.get('issuer')}" if it.get("issuer") else ""
        if kind == "crl":
            number = it.get("crl_number")
            label = f"CRL č. {number}" if number is not None else "CRL (bez čísla)"
            out.append(label + issuer + when)
        elif kind == "ocsp":
            who = it.get("ocsp_responder") or it.get("responder")
            out.append("OCSP" + (f" (respondér {who})" if who else "") + issuer + when)
        elif kind:
            out.append(kind + issuer + when)
    return "; ".join(out)


def protocol(record: Mapping[str, Any], dt: Callable[[Any], str]) -> Protocol:
    flat = flatten(record)
    used: set[str] = set()

    def get(*names: str) -> Any:
        return _find(flat, names, used)

    indication = _strip_urn(get("indication", "main_indication"))
    sub = _strip_urn(get("subindication", "sub_indication"))
    kind = get("kind", "type")
    level = get("signature_type", "level", "signature_level")
    qualified = get("qualified")
    qc_type = get("qc_type")
    seal = kind == "zfo_seal" or qc_type == "eseal"
    names = SEAL_LEVELS_CS if seal else LEVELS_CS
    level_text = names.get(str(level), str(level)) if level else ""
    if not level_text and qualified is not None:
        level_text = "kvalifikovaný certifikát" if qualified else "nekvalifikovaný certifikát"
    if qc_type and "signature_type" not in flat:  # the law's wording already says it
        level_text += f" (certifikát {QC_TYPES_CS.get(str(qc_type), str(qc_type))})"
    nb, na = get("valid_from", "not_before"), get("valid_to", "not_after")
    revoked_at = get("revocation_time", "revoked_at")
    revoked = get("revoked")
    validity = f"{fmt(nb, dt)} – {fmt(na, dt)}" if nb or na else "neuvedeno"
    if revoked_at:
        validity += f"; zneplatněn {fmt(revoked_at, dt)}"
    else:
        validity += "; zneplatněn (čas neznámý)" if revoked else "; čas zneplatnění není znám"
    revocation_text = _revocation(record.get("revocation"), dt)
    if isinstance(record.get("revocation"), list):
        used.update(k for k in flat if k == "revocation")
    crl = get("crl_number")
    method = get("revocation_method") if not revocation_text else None
    checked = get("revocation_checked")
    status = get("result", "status")
    verified_at = get("verified_at", "verification_time")
    passed = indication == "TOTAL_PASSED" or (not indication and status in ("valid", "passed"))
    verdict = INDICATIONS_CS.get(
        indication, RESULTS_CS.get(str(status), str(status or "neuvedeno"))
    )
    if sub:
        verdict += f" ({SUBINDICATIONS_CS.get(sub, sub)})"
    items = [
        ProtocolItem(
            "a",
            "Poskytovatel služby vytvářející důvěru",
            fmt(get("trust_service_provider", "provider", "tsp", "service_name", "issuer"), dt),
            True,
        ),
        ProtocolItem("b", "Doba platnosti certifikátu a čas zneplatnění", validity, bool(nb or na)),
        ProtocolItem(
            "c",
            "Sériové číslo certifikátu",
            fmt(get("serial_hex", "serial_number", "serial", "certificate_serial"), dt),
            True,
        ),
        ProtocolItem(
            "d",
            "Jméno nebo pseudonym podepisující osoby",
            fmt(get("signer_name", "common_name", "signer", "subject"), dt),
            True,
        ),
        ProtocolItem("e", "Typ podpisu / pečeti", level_text or "neuvedeno", bool(level_text)),
        ProtocolItem(
            "f",
            "Čas rozhodný pro ověření",
            fmt(get("validation_time", "time_of_validation"), dt),
            True,
        ),
        ProtocolItem(
            "g",
            "Výsledek ověření a datum a čas ověření",
            f"{verdict}; ověřeno {fmt(verified_at, dt)}",
            bool(indication or status),
        ),
        ProtocolItem(
            "h",
            "Číslo použitého seznamu zneplatněných certifikátů / jiný způsob",
            " · ".join(
                x
                for x in (
                    revocation_text,
                    f"CRL č. {crl}" if crl is not None else "",
                    fmt(method, dt) if method else "",
                    "zneplatnění nebylo ověřeno" if checked is False else "",
                )
                if x
            )
            or "neuvedeno",
            bool(revocation_text) or crl is not None or bool(method),
        ),
    ]
    items = [
        ProtocolItem(i.letter, i.label, i.value, i.present and not i.value.startswith("neuvedeno"))
        for i in items
    ]
    other = [
        (LABELS_CS.get(k.rsplit(".", 1)[-1], k), fmt(v, dt))
        for k, v in flat.items()
        if k not in used
    ]
    title = KINDS_CS.get(str(kind), str(kind or "Podpis"))
    return Protocol(title, indication, sub, verdict, passed, items, other)
