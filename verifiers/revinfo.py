"""Validation data carried by the signed file itself (long-term validation, ETSI EN 319 102-1):
certificates, CRLs and OCSP responses from the CMS ``certificates``/``crls`` fields, Adobe's
``adbe-revocationInfoArchival`` signed attribute, the CAdES ``certificate-values`` and
``revocation-values`` unsigned attributes, and (for PDFs, read in ``pades``) the DSS."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from asn1crypto import cms, core, crl, ocsp, x509

from verifiers.certinfo import der
from verifiers.integrity import _oid

ADOBE_REVINFO = _oid("1.2.840.113583.1.1.8")
CERTIFICATE_VALUES = _oid("1.2.840.113549.1.9.16.2.23")
REVOCATION_VALUES = _oid("1.2.840.113549.1.9.16.2.24")
OCSP_RI = "1.3.6.1.5.5.7.16.2"  # id-ri-ocsp-response (RFC 5940)
T = TypeVar("T", bound=core.Asn1Value)


@dataclass(frozen=True)
class Embedded:
    """Certificates and revocation data found in a file (never trust anchors by themselves)."""

    certs: tuple[x509.Certificate, ...] = ()
    crls: tuple[crl.CertificateList, ...] = ()
    ocsps: tuple[ocsp.OCSPResponse, ...] = ()

    def __add__(self, other: Embedded) -> Embedded:
        return Embedded(
            _unique(self.certs + other.certs),
            _unique(self.crls + other.crls),
            _unique(self.ocsps + other.ocsps),
        )

    @property
    def revocation(self) -> bool:
        return bool(self.crls or self.ocsps)


def _unique(items: tuple[T, ...]) -> tuple[T, ...]:
    seen: dict[bytes, T] = {}
    for i in items:
        seen.setdefault(der(i) if isinstance(i, x509.Certificate) else i.dump(), i)
    return tuple(seen.values())


EMPTY = Embedded()


def _wrap_basic(basic: core.Asn1Value) -> ocsp.OCSPResponse:
    """A BasicOCSPResponse (as CAdES and Adobe store it) as a full OCSPResponse."""
    return ocsp.OCSPResponse(
        {
            "response_status": "successful",
            "response_bytes": {"response_type": "basic_ocsp_response", "response": basic.dump()},
        }
    )


def _parse_ocsp(value: core.Asn1Value) -> ocsp.OCSPResponse | None:
    der = value.dump()
    try:
        full = ocsp.OCSPResponse.load(der)
        full["response_status"].native  # noqa: B018
        full.basic_ocsp_response  # noqa: B018
        return full
    except (ValueError, TypeError, KeyError, AttributeError):
        pass
    try:
        basic = ocsp.BasicOCSPResponse.load(der)
        basic["tbs_response_data"].native  # noqa: B018
        return _wrap_basic(basic)
    except (ValueError, TypeError, KeyError):
        return None


def _parse_crl(value: core.Asn1Value) -> crl.CertificateList | None:
    try:
        c = crl.CertificateList.load(value.dump())
        c["tbs_cert_list"]["issuer"].native  # noqa: B018
        return c
    except (ValueError, TypeError, KeyError):
        return None


def _revocation_values(value: core.Asn1Value) -> Embedded:
    """RevocationValues ::= SEQUENCE { crlVals [0] SEQUENCE OF CertificateList OPTIONAL,
    ocspVals [1] SEQUENCE OF BasicOCSPResponse OPTIONAL, otherRevVals [2] ... }, and Adobe's
    RevocationInfoArchival with the same first two fields (OCSP as full OCSPResponse)."""
    crls: list[crl.CertificateList] = []
    ocsps: list[ocsp.OCSPResponse] = []
    try:
        seq = core.Sequence.load(value.dump())
        for child in seq:
            tag = child.tag
            inner = core.SequenceOf.load(child.contents if child.method == 1 else b"")
            for item in inner:
                if tag == 0 and (c := _parse_crl(item)) is not None:
                    crls.append(c)
                elif tag == 1 and (o := _parse_ocsp(item)) is not None:
                    ocsps.append(o)
    except (ValueError, TypeError, KeyError):
        return EMPTY
    return Embedded((), tuple(crls), tuple(ocsps))


def _attr_values(attrs: cms.CMSAttributes, oid: bytes) -> list[core.Asn1Value]:
    if attrs is core.VOID:
        return []
    out: list[core.Asn1Value] = []
    for a in attrs:
        if a["type"].contents == oid:
            out.extend(core.SetOf.load(a["values"].dump(), spec=core.Any) or [])
    return out


def _certificate_values(value: core.Asn1Value) -> tuple[x509.Certificate, ...]:
    out: list[x509.Certificate] = []
    try:
        for item in core.SequenceOf.load(value.dump(), spec=core.Any):
            c = x509.Certificate.load(item.dump())
            c.subject.native  # noqa: B018
            out.append(c)
    except (ValueError, TypeError, KeyError):
        return ()
    return tuple(out)


def _cms_crls(sd: cms.SignedData) -> Embedded:
    crls: list[crl.CertificateList] = []
    ocsps: list[ocsp.OCSPResponse] = []
    choices = sd["crls"]
    if choices is core.VOID:
        return EMPTY
    for choice in choices:
        if choice.name == "crl" and (c := _parse_crl(choice.chosen)) is not None:
            crls.append(c)
        elif choice.name == "other":
            other = choice.chosen
            if other["other_rev_info_format"].dotted == OCSP_RI:
                o = _parse_ocsp(other["other_rev_info"])
                if o is not None:
                    ocsps.append(o)
    return Embedded((), tuple(crls), tuple(ocsps))


_CERT_SETS: dict[bytes, tuple[x509.Certificate, ...]] = {}
MAX_CERT_SETS = 10000


def certificates(sd: cms.SignedData) -> tuple[x509.Certificate, ...]:
    """The certificates of a SignedData's ``certificates`` field, in order. Parsed once per
    identical encoded set (keyed by its exact content octets; the first ``MAX_CERT_SETS`` sets
    are kept): the messages of one signer carry the same set, and these very objects are then
    the keys of the DER memo (``certinfo.der``) the verdict caches look up."""
    field = sd["certificates"]
    if field is core.VOID or field is None:
        return ()
    key = bytes(field.contents or b"")
    hit = _CERT_SETS.get(key)
    if hit is None:
        hit = tuple(c.chosen for c in field if c.name == "certificate")
        if len(_CERT_SETS) < MAX_CERT_SETS:
            _CERT_SETS[key] = hit
    return hit


def embedded_in(sd: cms.SignedData, si: cms.SignerInfo) -> Embedded:
    """Everything one SignerInfo and its SignedData carry for validating it later."""
    try:
        found = _cms_crls(sd)
    except (ValueError, TypeError, KeyError):
        found = EMPTY
    certs: tuple[x509.Certificate, ...] = ()
    try:
        certs = certificates(sd)
    except (ValueError, TypeError, KeyError):
        pass
    found = found + Embedded(certs)
    for v in _attr_values(si["signed_attrs"], ADOBE_REVINFO):
        found = found + _revocation_values(v)
    for v in _attr_values(si["unsigned_attrs"], REVOCATION_VALUES):
        found = found + _revocation_values(v)
    for v in _attr_values(si["unsigned_attrs"], CERTIFICATE_VALUES):
        found = found + Embedded(_certificate_values(v))
    return found
