"""Facts about certificates and revocation data, for results and records."""

from __future__ import annotations

import weakref

from asn1crypto import crl, ocsp, x509

from verifiers.results import CertInfo, Revocation
from verifiers.trust import sha256_hex

_DER: weakref.WeakKeyDictionary[x509.Certificate, bytes] = weakref.WeakKeyDictionary()


def der(cert: x509.Certificate) -> bytes:
    """The certificate's DER, remembered per certificate object while it lives.

    The verdict, qualification, signer-info and signature-verifier caches are keyed by the
    DER, and the signer certificates of repeated signers are the same (memoised) objects:
    once asn1crypto has parsed one deeply, every ``dump()`` walks all of it to see whether it
    changed (~4 µs, several times per message). Nothing here changes a certificate."""
    value = _DER.get(cert)
    if value is None:
        value = _DER[cert] = cert.dump()
    return value


def cert_emails(cert: x509.Certificate) -> tuple[str, ...]:
    """E-mail addresses from SAN rfc822Name and subject emailAddress (lower-cased, unique).

    Other SAN forms (otherName such as IK MPSV, DNS, URI) are ignored, never an error."""
    out: list[str] = []
    san = cert.subject_alt_name_value
    if san is not None:
        for gn in san:
            if gn.name == "rfc822_name":
                out.append(str(gn.native).strip().lower())
    for rdn in cert.subject.chosen:
        for atv in rdn:
            if atv["type"].native == "email_address":
                out.append(str(atv["value"].native).strip().lower())
    return tuple(dict.fromkeys(e for e in out if e))


def _subject_attr(cert: x509.Certificate, name: str) -> str | None:
    value = cert.subject.native.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    return str(value) if value else None


def cert_info(cert: x509.Certificate) -> CertInfo:
    return CertInfo(
        subject=cert.subject.human_friendly,
        common_name=_subject_attr(cert, "common_name"),
        issuer=cert.issuer.human_friendly,
        serial_hex=format(cert.serial_number, "x"),
        not_before=cert.not_valid_before,
        not_after=cert.not_valid_after,
        emails=cert_emails(cert),
        sha256=sha256_hex(cert.dump()),
        organization=_subject_attr(cert, "organization_name"),
    )


def crl_revocation(c: crl.CertificateList, source: str) -> Revocation:
    tbs = c["tbs_cert_list"]
    number = c.crl_number_value
    return Revocation(
        kind="crl",
        sha256=sha256_hex(c.dump()),
        issuer=tbs["issuer"].human_friendly,
        this_update=tbs["this_update"].native,
        next_update=tbs["next_update"].native,
        crl_number=int(number.native) if number is not None else None,
        source=source,
    )


def ocsp_revocation(o: ocsp.OCSPResponse, source: str) -> Revocation:
    tbs = o.basic_ocsp_response["tbs_response_data"]
    single = tbs["responses"][0]
    rid = tbs["responder_id"]
    responder = rid.chosen.human_friendly if rid.name == "by_name" else rid.chosen.native.hex()
    return Revocation(
        kind="ocsp",
        sha256=sha256_hex(o.dump()),
        issuer=responder,
        this_update=single["this_update"].native,
        next_update=single["next_update"].native,
        responder=responder,
        source=source,
    )


def crl_covers(c: crl.CertificateList, cert: x509.Certificate) -> bool:
    return c["tbs_cert_list"]["issuer"] == cert.issuer


def ocsp_covers(o: ocsp.OCSPResponse, cert: x509.Certificate) -> bool:
    try:
        responses = o.basic_ocsp_response["tbs_response_data"]["responses"]
    except (ValueError, TypeError, KeyError):
        return False
    return any(r["cert_id"]["serial_number"].native == cert.serial_number for r in responses)


def crl_revocation_date(c: crl.CertificateList, cert: x509.Certificate):  # type: ignore[no-untyped-def]
    """The revocation date of ``cert`` on this CRL, or None."""
    for rc in c["tbs_cert_list"]["revoked_certificates"]:
        if rc["user_certificate"].native == cert.serial_number:
            return rc["revocation_date"].native
    return None


def ocsp_revocation_date(o: ocsp.OCSPResponse, cert: x509.Certificate):  # type: ignore[no-untyped-def]
    for r in o.basic_ocsp_response["tbs_response_data"]["responses"]:
        if (
            r["cert_id"]["serial_number"].native == cert.serial_number
            and r["cert_status"].name == "revoked"
        ):
            return r["cert_status"].chosen["revocation_time"].native
    return None
