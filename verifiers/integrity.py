"""CMS signature integrity, integrity first: the content digest against messageDigest, then the
signature value, then the attribute structure. Nothing here judges whether an algorithm is
secure (that is the dated policy, applied afterwards at the time of the best proof of
existence); an algorithm podatelna cannot evaluate leaves the answer unknown (None).

Signature mechanisms: RSA PKCS#1 v1.5 and ECDSA with SHA-1/SHA-2/SHA-3 (SHA-1 only so that an
old signature can be judged, and a changed one found), plain ECDSA (BSI TR-03111), RSASSA-PSS
(pyHanko's validator, which reads the PSS parameters) and EdDSA (Ed25519, Ed448). The single pass
over the signed attributes keeps high-volume validation fast; the public key of a certificate is
loaded once per (certificate, mechanism).
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from asn1crypto import algos, cms, core, x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, padding, rsa, utils

from verifiers.certinfo import der


def _oid(dotted: str) -> bytes:
    return core.ObjectIdentifier(dotted).contents


CONTENT_TYPE = _oid("1.2.840.113549.1.9.3")
MESSAGE_DIGEST = _oid("1.2.840.113549.1.9.4")
SIGNING_TIME = _oid("1.2.840.113549.1.9.5")
ALGORITHM_PROTECTION = _oid("1.2.840.113549.1.9.52")  # RFC 6211
SIGNING_CERTIFICATE = frozenset(
    {_oid("1.2.840.113549.1.9.16.2.12"), _oid("1.2.840.113549.1.9.16.2.47")}
)

HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "md5": hashes.MD5,
    "sha1": hashes.SHA1,
    "sha224": hashes.SHA224,
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
    "sha3_224": hashes.SHA3_224,
    "sha3_256": hashes.SHA3_256,
    "sha3_384": hashes.SHA3_384,
    "sha3_512": hashes.SHA3_512,
}
_PLAIN_ECDSA = "0.4.0.127.0.7.1.1.4.1."
MECHANISMS: dict[str, tuple[str, str | None]] = {
    # OID or asn1crypto name -> (family, hash; None = the SignerInfo's digest algorithm)
    "rsassa_pkcs1v15": ("rsa", None),
    "md5_rsa": ("rsa", "md5"),
    "sha1_rsa": ("rsa", "sha1"),
    "sha224_rsa": ("rsa", "sha224"),
    "sha256_rsa": ("rsa", "sha256"),
    "sha384_rsa": ("rsa", "sha384"),
    "sha512_rsa": ("rsa", "sha512"),
    "2.16.840.1.101.3.4.3.13": ("rsa", "sha3_224"),
    "2.16.840.1.101.3.4.3.14": ("rsa", "sha3_256"),
    "2.16.840.1.101.3.4.3.15": ("rsa", "sha3_384"),
    "2.16.840.1.101.3.4.3.16": ("rsa", "sha3_512"),
    "ecdsa": ("ecdsa", None),
    "sha1_ecdsa": ("ecdsa", "sha1"),
    "sha224_ecdsa": ("ecdsa", "sha224"),
    "sha256_ecdsa": ("ecdsa", "sha256"),
    "sha384_ecdsa": ("ecdsa", "sha384"),
    "sha512_ecdsa": ("ecdsa", "sha512"),
    "sha3_224_ecdsa": ("ecdsa", "sha3_224"),
    "sha3_256_ecdsa": ("ecdsa", "sha3_256"),
    "sha3_384_ecdsa": ("ecdsa", "sha3_384"),
    "sha3_512_ecdsa": ("ecdsa", "sha3_512"),
    _PLAIN_ECDSA + "1": ("plain_ecdsa", "sha1"),
    _PLAIN_ECDSA + "2": ("plain_ecdsa", "sha224"),
    _PLAIN_ECDSA + "3": ("plain_ecdsa", "sha256"),
    _PLAIN_ECDSA + "4": ("plain_ecdsa", "sha384"),
    _PLAIN_ECDSA + "5": ("plain_ecdsa", "sha512"),
    _PLAIN_ECDSA + "8": ("plain_ecdsa", "sha3_224"),
    _PLAIN_ECDSA + "9": ("plain_ecdsa", "sha3_256"),
    _PLAIN_ECDSA + "10": ("plain_ecdsa", "sha3_384"),
    _PLAIN_ECDSA + "11": ("plain_ecdsa", "sha3_512"),
    "rsassa_pss": ("rsa_pss", None),
    "ed25519": ("ed25519", None),
    "ed448": ("ed448", None),
}
KEY_FAMILIES = {
    "rsa": ("rsa", "rsassa_pss"),
    "rsa_pss": ("rsa", "rsassa_pss"),
    "ecdsa": ("ec",),
    "plain_ecdsa": ("ec",),
    "ed25519": ("ed25519",),
    "ed448": ("ed448",),
}


class Unsupported(Exception):
    """The mechanism (or its combination with the key) cannot be evaluated by podatelna."""


def mechanism(sig_alg: algos.SignedDigestAlgorithm, md: str) -> tuple[str, str | None]:
    """(family, hash) of a signature algorithm; raises Unsupported for an unknown one."""
    oid = sig_alg["algorithm"]
    found = MECHANISMS.get(str(oid.native)) or MECHANISMS.get(oid.dotted)
    if found is None:
        raise Unsupported(f"podpisový algoritmus {oid.dotted} ({oid.native})")
    family, hash_name = found
    if family in ("ed25519", "ed448"):
        return family, None
    if family == "rsa_pss":
        params = sig_alg["parameters"]
        return family, str(params["hash_algorithm"]["algorithm"].native)
    return family, hash_name or md


Verify = Callable[[bytes, bytes], None]
_VERIFIERS: dict[tuple[bytes, bytes, str, bool], Verify] = {}


def _hash(name: str | None, prehashed: bool) -> hashes.HashAlgorithm | utils.Prehashed:
    cls = HASHES.get(name or "")
    if cls is None:
        raise Unsupported(f"hašovací funkce {name}")
    return utils.Prehashed(cls()) if prehashed else cls()


def _make_verifier(
    cert: x509.Certificate, sig_alg: algos.SignedDigestAlgorithm, md: str, prehashed: bool
) -> Verify:
    family, hash_name = mechanism(sig_alg, md)
    pki = cert.public_key
    if pki.algorithm not in KEY_FAMILIES[family]:
        raise Unsupported(f"algoritmus {family} s klíčem {pki.algorithm}")
    if family == "rsa_pss":
        return _pss_verifier(pki, sig_alg, md, prehashed)
    try:
        key = serialization.load_der_public_key(pki.dump())
    except (ValueError, UnsupportedAlgorithm) as e:
        raise Unsupported(f"veřejný klíč {pki.algorithm}: {e}") from e
    if family in ("ed25519", "ed448"):
        if prehashed:
            raise Unsupported(f"{family} bez podepsaných atributů")
        assert isinstance(key, ed25519.Ed25519PublicKey | ed448.Ed448PublicKey)
        ed_key = key
        return lambda sig, data: ed_key.verify(sig, data)
    h = _hash(hash_name, prehashed)
    if family == "rsa":
        assert isinstance(key, rsa.RSAPublicKey)
        rsa_key = key
        return lambda sig, data: rsa_key.verify(sig, data, padding.PKCS1v15(), h)
    assert isinstance(key, ec.EllipticCurvePublicKey)
    ec_key = key
    if family == "plain_ecdsa":
        size = (ec_key.curve.key_size + 7) // 8

        def plain(sig: bytes, data: bytes) -> None:
            if len(sig) != 2 * size:
                raise InvalidSignature
            r, s = int.from_bytes(sig[:size], "big"), int.from_bytes(sig[size:], "big")
            ec_key.verify(utils.encode_dss_signature(r, s), data, ec.ECDSA(h))

        return plain
    return lambda sig, data: ec_key.verify(sig, data, ec.ECDSA(h))


def _pss_verifier(
    pki: object, sig_alg: algos.SignedDigestAlgorithm, md: str, prehashed: bool
) -> Verify:
    from pyhanko_certvalidator.sig_validate import (
        DefaultSignatureValidator,
        SignatureValidationContext,
    )

    validator = DefaultSignatureValidator()
    ctx = SignatureValidationContext(contextual_md_algorithm=md, prehashed=prehashed)

    def fn(sig: bytes, data: bytes) -> None:
        validator.validate_signature(sig, data, pki, sig_alg, context=ctx)  # type: ignore[arg-type]

    return fn


def verifier(
    cert: x509.Certificate, sig_alg: algos.SignedDigestAlgorithm, md: str, prehashed: bool
) -> Verify:
    """A verification function per (certificate, mechanism); raises Unsupported."""
    key = (der(cert), sig_alg.dump(), md, prehashed)
    fn = _VERIFIERS.get(key)
    if fn is None:
        fn = _make_verifier(cert, sig_alg, md, prehashed)
        if len(_VERIFIERS) < 10000:
            _VERIFIERS[key] = fn
    return fn


@dataclass(frozen=True)
class Integrity:
    """What the integrity checks established; None = that check could not run."""

    intact: bool | None
    """The content digest equals the signed messageDigest."""
    valid: bool | None
    """The signature value verifies with the signer's public key."""
    signing_time: datetime | None = None
    unsupported: str = ""
    """Why the signature value could not be checked (an algorithm podatelna does not support)."""
    structure_error: str = ""
    """A malformed or inconsistent signed attribute (content-type, signing-certificate, ...)."""
    wrong_signer: bool = False
    """The ESS signing-certificate attribute names another certificate."""


def _check_value(
    si: cms.SignerInfo, cert: x509.Certificate, md: str, data: bytes, prehashed: bool
) -> tuple[bool | None, str]:
    try:
        fn = verifier(cert, si["signature_algorithm"], md, prehashed)
    except Unsupported as e:
        return None, str(e)
    try:
        fn(si["signature"].native, data)
        return True, ""
    except (InvalidSignature, ValueError):
        return False, ""
    except Exception as e:  # noqa: BLE001 - pyHanko's PSS validator raises its own errors
        return (False, "") if "nvalid" in type(e).__name__ else (None, str(e))


def _structure(
    si: cms.SignerInfo,
    attrs: cms.CMSAttributes,
    found: dict[bytes, list[cms.CMSAttribute]],
    econtent_type: cms.ContentType,
    cert: x509.Certificate,
) -> tuple[str, bool]:
    """(structure error, wrong signer) of the signed attributes beyond the digest."""
    ct = found.get(CONTENT_TYPE, [])
    if len(ct) != 1 or len(ct[0]["values"]) != 1:
        return "atribut content-type chybí nebo je uveden vícekrát", False
    if ct[0]["values"][0].contents != econtent_type.contents:
        return "atribut content-type neodpovídá typu podepsaného obsahu", False
    if ALGORITHM_PROTECTION in found:
        from pyhanko.sign.validation.generic_cms import validate_algorithm_protection

        try:
            validate_algorithm_protection(
                attrs,
                claimed_digest_algorithm_obj=si["digest_algorithm"],
                claimed_signature_algorithm_obj=si["signature_algorithm"],
                claimed_mac_algorithm_obj=None,
            )
        except Exception as e:  # noqa: BLE001 - structural or mismatch: both a format error
            return f"ochrana algoritmů (RFC 6211) nesouhlasí: {e}", False
    if SIGNING_CERTIFICATE & found.keys():
        from pyhanko.sign.validation.generic_cms import _check_signing_certificate

        try:
            _check_signing_certificate(cert, attrs)
        except Exception:  # noqa: BLE001 - the attribute names another certificate
            return "atribut signing-certificate neodpovídá certifikátu podepisující osoby", True
    return "", False


def message_digest(si: cms.SignerInfo) -> bytes | None:
    """The signed messageDigest value, or None (no signed attributes or not exactly one)."""
    attrs = si["signed_attrs"]
    if attrs is core.VOID or not len(attrs):
        return None
    values = [a["values"] for a in attrs if a["type"].contents == MESSAGE_DIGEST]
    if len(values) != 1 or len(values[0]) != 1:
        return None
    return bytes(values[0][0].native)


def _der_length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    octets = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(octets)]) + octets


def signed_attrs_der(attrs: cms.CMSAttributes) -> bytes:
    """What the signature value over signed attributes covers (RFC 5652 §5.4): their content
    octets as received under the SET OF tag with a definite length. This is exactly what
    ``attrs.untag().dump()`` gives (the copy keeps the content octets and gets a fresh DER
    header), without copying the attributes and parsing every one of them a second time."""
    contents = attrs.contents
    return b"\x31" + _der_length(len(contents)) + contents


def check_integrity(
    si: cms.SignerInfo,
    cert: x509.Certificate,
    econtent_type: cms.ContentType,
    actual_digest: bytes,
    md_name: str,
) -> Integrity:
    """Integrity of one SignerInfo over content with digest ``actual_digest``."""
    attrs = si["signed_attrs"]
    if attrs is core.VOID or not len(attrs):
        valid, why = _check_value(si, cert, md_name, actual_digest, True)
        return Integrity(intact=valid if valid else None, valid=valid, unsupported=why)
    signed = signed_attrs_der(attrs)  # before the parse below: then asn1crypto need not
    # walk the parsed attributes to see whether they changed
    found: dict[bytes, list[cms.CMSAttribute]] = {}
    for attr in attrs:  # parsed once: embedded_in and the time-stamp check reuse the parse
        found.setdefault(attr["type"].contents, []).append(attr)
    md = found.get(MESSAGE_DIGEST, [])
    if len(md) != 1 or len(md[0]["values"]) != 1:
        return Integrity(None, None, structure_error="atribut message-digest chybí nebo je vícekrát")
    intact = hmac.compare_digest(bytes(md[0]["values"][0].native), actual_digest)
    valid, why = _check_value(si, cert, md_name, signed, False)
    error, wrong_signer = _structure(si, attrs, found, econtent_type, cert)
    return Integrity(intact, valid, _signing_time(found), why, error, wrong_signer)


def _signing_time(found: dict[bytes, list[cms.CMSAttribute]]) -> datetime | None:
    st = found.get(SIGNING_TIME, [])
    if len(st) == 1 and len(st[0]["values"]) == 1:
        t = st[0]["values"][0].native
        return t if isinstance(t, datetime) else None
    return None


def signing_time(si: cms.SignerInfo) -> datetime | None:
    """The claimed signingTime (single-valued attribute), or None."""
    attrs = si["signed_attrs"]
    if attrs is core.VOID:
        return None
    found: dict[bytes, list[cms.CMSAttribute]] = {}
    for attr in attrs:
        found.setdefault(attr["type"].contents, []).append(attr)
    return _signing_time(found)
