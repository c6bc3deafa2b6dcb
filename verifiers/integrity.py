"""CMS signature integrity (messageDigest + signature value) with a single pass over the signed
attributes — the hot path of high-volume validation.

Same checks as pyHanko's ``validate_sig_integrity`` (content-type present exactly once and equal
to the eContentType, messageDigest present exactly once, signature over the DER SET OF signed
attributes verified by pyHanko's own ``DefaultSignatureValidator``); whenever an attribute that
needs more (CMS algorithm protection, ESS signing-certificate(-v2)) is present, or there are no
signed attributes, pyHanko's function does the whole job.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from datetime import datetime

from asn1crypto import algos, cms, core, x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from pyhanko.sign.general import CMSStructuralError
from pyhanko.sign.validation.generic_cms import validate_sig_integrity
from pyhanko_certvalidator.sig_validate import DefaultSignatureValidator, SignatureValidationContext
from pyhanko_certvalidator.util import get_pyca_cryptography_hash_for_signing


def _oid(dotted: str) -> bytes:
    return core.ObjectIdentifier(dotted).contents


CONTENT_TYPE = _oid("1.2.840.113549.1.9.3")
MESSAGE_DIGEST = _oid("1.2.840.113549.1.9.4")
SIGNING_TIME = _oid("1.2.840.113549.1.9.5")
NEEDS_PYHANKO = frozenset(
    {
        _oid("1.2.840.113549.1.9.52"),  # CMS algorithm protection (RFC 6211)
        _oid("1.2.840.113549.1.9.16.2.12"),  # ESS signing-certificate
        _oid("1.2.840.113549.1.9.16.2.47"),  # ESS signing-certificate-v2
    }
)
_VALIDATOR = DefaultSignatureValidator()


def signing_time(si: cms.SignerInfo) -> datetime | None:
    """The claimed signingTime (single-valued attribute), or None."""
    attrs = si["signed_attrs"]
    if attrs is core.VOID:
        return None
    values = [a["values"] for a in attrs if a["type"].contents == SIGNING_TIME]
    if len(values) != 1 or len(values[0]) != 1:
        return None
    t = values[0][0].native
    return t if isinstance(t, datetime) else None


Verify = Callable[[bytes, bytes], None]
_VERIFIERS: dict[tuple[bytes, bytes, str], Verify] = {}


def _verifier(cert: x509.Certificate, sig_alg: algos.SignedDigestAlgorithm, md: str) -> Verify:
    """A signature-verification function per (certificate, algorithm), loading the public key
    once. RSA PKCS#1 v1.5 and ECDSA follow pyHanko's ``_validate_raw`` dispatch exactly; every
    other mechanism (RSASSA-PSS included) goes through pyHanko's validator on each call."""
    key = (cert.dump(), sig_alg.dump(), md)
    fn = _VERIFIERS.get(key)
    if fn is not None:
        return fn
    pki = cert.public_key
    try:
        mech = sig_alg.signature_algo
    except ValueError:
        mech = sig_alg["algorithm"].native
    try:
        hash_algo = sig_alg.hash_algo
    except ValueError:
        hash_algo = md
    if mech == "rsassa_pkcs1v15" and pki.algorithm == "rsa":
        rsa_key = serialization.load_der_public_key(pki.dump())
        assert isinstance(rsa_key, rsa.RSAPublicKey)
        h = get_pyca_cryptography_hash_for_signing(hash_algo, prehashed=False)

        def fn(sig: bytes, data: bytes) -> None:
            rsa_key.verify(sig, data, padding.PKCS1v15(), h)
    elif mech == "ecdsa" and pki.algorithm == "ec":
        ec_key = serialization.load_der_public_key(pki.dump())
        assert isinstance(ec_key, ec.EllipticCurvePublicKey)
        h = get_pyca_cryptography_hash_for_signing(hash_algo, prehashed=False)

        def fn(sig: bytes, data: bytes) -> None:
            ec_key.verify(sig, data, ec.ECDSA(h))
    else:
        ctx = SignatureValidationContext(contextual_md_algorithm=md, prehashed=False)

        def fn(sig: bytes, data: bytes) -> None:
            _VALIDATOR.validate_signature(sig, data, pki, sig_alg, context=ctx)

    if len(_VERIFIERS) < 10000:
        _VERIFIERS[key] = fn
    return fn


def check_integrity(
    si: cms.SignerInfo,
    cert: x509.Certificate,
    econtent_type: cms.ContentType,
    actual_digest: bytes,
    md_name: str,
) -> tuple[bool, bool, datetime | None]:
    """(intact, valid, claimed signingTime) like ``validate_sig_integrity``; raises
    CMSStructuralError on malformed attributes and pyHanko's SignatureValidationError on
    content-type problems. ``md_name`` is the SignerInfo's digest algorithm name."""
    attrs = si["signed_attrs"]
    if attrs is core.VOID or not len(attrs):
        return (*validate_sig_integrity(si, cert, econtent_type.native, actual_digest), None)
    untagged = attrs.untag()
    found: dict[bytes, list[core.Asn1Value]] = {}
    for attr in untagged:
        oid = attr["type"].contents
        if oid in NEEDS_PYHANKO:
            intact, valid = validate_sig_integrity(si, cert, econtent_type.native, actual_digest)
            return intact, valid, signing_time(si)
        found.setdefault(oid, []).append(attr)
    ct = found.get(CONTENT_TYPE, [])
    md = found.get(MESSAGE_DIGEST, [])
    if len(ct) != 1 or len(ct[0]["values"]) != 1 or len(md) != 1 or len(md[0]["values"]) != 1:
        raise CMSStructuralError("content-type and message-digest must each occur exactly once")
    if ct[0]["values"][0].contents != econtent_type.contents:
        raise CMSStructuralError("content-type attribute does not match the eContentType")
    embedded = md[0]["values"][0].native
    verify = _verifier(cert, si["signature_algorithm"], md_name)
    try:
        verify(si["signature"].native, untagged.dump())
        valid = True
    except InvalidSignature:
        valid = False
    st = found.get(SIGNING_TIME, [])
    claimed = None
    if len(st) == 1 and len(st[0]["values"]) == 1:
        t = st[0]["values"][0].native
        claimed = t if isinstance(t, datetime) else None
    return hmac.compare_digest(embedded, actual_digest), valid, claimed
