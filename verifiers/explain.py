"""Czech explanations for the officer: which certificate, which check, and why (no ETSI codes
inside the sentence; the codes stay in the result's own fields)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from asn1crypto import x509

_INTERMEDIATE = re.compile(r"intermediate certificate (\d+)")


def cert_name(cert: x509.Certificate) -> str:
    try:
        cn = cert.subject.native.get("common_name")
        if isinstance(cn, list):
            cn = cn[0] if cn else None
        return str(cn) if cn else cert.subject.human_friendly
    except (ValueError, TypeError, KeyError):
        return "?"


def _day(dt: datetime | None) -> str:
    return f"{dt:%d. %m. %Y}" if dt is not None else "v neznámý den"


def failing_cert(
    message: str, leaf: x509.Certificate, path_certs: Sequence[x509.Certificate]
) -> x509.Certificate:
    """The certificate pyHanko's message is about (path index 0 = anchor), else the leaf."""
    m = _INTERMEDIATE.search(message)
    if m is not None:
        i = int(m.group(1))
        if 0 <= i < len(path_certs):
            return path_certs[i]
    if "trust anchor" in message and path_certs:
        return path_certs[0]
    return leaf


CHAIN_WHY = {
    "NO_CERTIFICATE_CHAIN_FOUND": "Certifikát '{name}' nevede k důvěryhodné certifikační autoritě "
    "(vydavatel '{issuer}' není mezi důvěryhodnými autoritami).",
    "CERTIFICATE_CHAIN_GENERAL_FAILURE": "Certifikát '{name}' se nepodařilo ověřit: {detail}.",
    "REVOKED": "Certifikát '{name}' byl zneplatněn (revokován) dne {date}.",
    "REVOKED_NO_POE": "Certifikát '{name}' byl zneplatněn (revokován) dne {date} a podpis nemá "
    "časové razítko, které by prokázalo, že vznikl dříve.",
    "REVOKED_CA_NO_POE": "Certifikát certifikační autority '{name}' byl zneplatněn dne {date}.",
    "OUT_OF_BOUNDS_NO_POE": "Platnost certifikátu '{name}' skončila {date} a podpis nemá časové "
    "razítko, které by prokázalo, že vznikl dříve.",
    "OUT_OF_BOUNDS_NOT_REVOKED": "Platnost certifikátu '{name}' skončila {date}.",
    "EXPIRED": "Platnost certifikátu '{name}' skončila {date}.",
    "NOT_YET_VALID": "Certifikát '{name}' v rozhodný okamžik ještě nebyl platný.",
    "CHAIN_CONSTRAINTS_FAILURE": "Certifikát '{name}' nesplňuje požadavky na cestu k důvěryhodné "
    "autoritě (např. použití klíče, omezení jmen nebo certifikační politiky).",
    "CRYPTO_CONSTRAINTS_FAILURE": "Certifikát '{name}' nebo údaje o jeho zneplatnění jsou "
    "podepsány algoritmem, který nebyl v rozhodný okamžik dostatečně bezpečný.",
    "CRYPTO_CONSTRAINTS_FAILURE_NO_POE": "Certifikát '{name}' je podepsán algoritmem, který "
    "nebyl v rozhodný okamžik dostatečně bezpečný, a chybí důkaz dřívější existence podpisu.",
    "TRY_LATER": "Informace o zneplatnění certifikátu '{name}' zatím nejsou dostatečně čerstvé; "
    "ověření je třeba zopakovat později.",
    "NO_POE": "Pro certifikát '{name}' chybí důkaz existence podpisu v potřebném okamžiku.",
}


def revocation_missing(name: str) -> str:
    return (
        f"Pro certifikát '{name}' chybí informace o zneplatnění "
        "(seznam CRL ani OCSP není dostupný)."
    )


def chain_explanation(
    sub: str | None,
    message: str,
    leaf: x509.Certificate,
    path_certs: Sequence[x509.Certificate],
    when: datetime | None,
) -> str:
    """The officer's sentence for a failed certificate check."""
    if sub is None:
        return ""
    cert = failing_cert(message, leaf, path_certs)
    name = cert_name(cert)
    lowered = message.lower()
    if "revocation" in lowered and ("no revocation" in lowered or "could not be found" in lowered):
        return revocation_missing(name)
    if sub in ("OUT_OF_BOUNDS_NO_POE", "OUT_OF_BOUNDS_NOT_REVOKED", "EXPIRED"):
        when = cert.not_valid_after
    template = CHAIN_WHY.get(sub, "Certifikát '{name}' se nepodařilo ověřit.")
    detail = "chybí aktuální informace o zneplatnění nebo cesta k důvěryhodné autoritě"
    if "expired" in lowered:
        detail = f"platnost certifikátu skončila {_day(cert.not_valid_after)}"
    try:
        issuer = cert.issuer.human_friendly
    except (ValueError, TypeError, KeyError):
        issuer = "?"
    return template.format(name=name, issuer=issuer, date=_day(when), detail=detail)


SIGNATURE_WHY = {
    "HASH_FAILURE": "Podepsaný obsah byl po podpisu změněn (otisk obsahu nesouhlasí s podpisem).",
    "SIG_CRYPTO_FAILURE": "Hodnotu podpisu nelze ověřit veřejným klíčem certifikátu '{name}'.",
    "FORMAT_FAILURE": "Podpis má chybný formát: {detail}",
    "NO_SIGNING_CERTIFICATE_FOUND": "Podpis neobsahuje certifikát podepisující osoby, nebo "
    "podepsaný atribut odkazuje na jiný certifikát.",
    "SIGNED_DATA_NOT_FOUND": "Podpis neobsahuje podepsaná data nebo je nelze najít.",
    "SIG_CONSTRAINTS_FAILURE": "Podpis nesplňuje podmínky ověření: {detail}",
    "CRYPTO_CONSTRAINTS_FAILURE": "{detail}",
}


def signature_explanation(sub: str, name: str, detail: str) -> str:
    template = SIGNATURE_WHY.get(sub, "Podpis se nepodařilo ověřit: {detail}")
    return template.format(name=name, detail=detail.rstrip(".") + "." if detail else "")
