"""The signature algorithms and key usages podatelna accepts (no SHA-1, no MD5), and pyHanko's
algorithm-usage policy applied per SignerInfo, memoised (the verdicts do not depend on time)."""

from __future__ import annotations

from datetime import datetime

from asn1crypto import cms, x509
from pyhanko.sign.validation.generic_cms import _enforce_algorithm_usage
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.utils import CMSAlgorithmUsagePolicy

from verifiers.chain import ALGORITHMS

ALLOWED_DIGESTS = frozenset({"sha256", "sha384", "sha512", "sha3_256", "sha3_384", "sha3_512"})
ALLOWED_MECHANISMS = frozenset(
    {
        "rsassa_pkcs1v15",
        "sha256_rsa",
        "sha384_rsa",
        "sha512_rsa",
        "rsassa_pss",
        "ecdsa",
        "sha256_ecdsa",
        "sha384_ecdsa",
        "sha512_ecdsa",
        "sha3_256_ecdsa",
        "sha3_384_ecdsa",
        "sha3_512_ecdsa",
        "sha3_256_rsa",
        "sha3_384_rsa",
        "sha3_512_rsa",
    }
)
"""RSA PKCS#1 v1.5, RSASSA-PSS and ECDSA with SHA-2/SHA-3 only (no SHA-1, no MD5)."""

SIGNATURE_KU = KeyUsageConstraints(
    key_usage={"non_repudiation", "digital_signature"},
    match_all_key_usages=False,
    extd_key_usage={
        "email_protection",
        "any_extended_key_usage",
        "microsoft_document_signing",
        "1.3.6.1.5.5.7.3.36",  # id-kp-documentSigning (RFC 9336)
        "1.2.840.113583.1.1.5",  # Adobe Authentic Documents Trust
    },
    explicit_extd_key_usage_required=False,
)
"""A signer certificate needs nonRepudiation or digitalSignature; an EKU, when present,
must allow e-mail protection or document signing."""
SEAL_KU = KeyUsageConstraints(
    key_usage={"non_repudiation", "digital_signature"},
    match_all_key_usages=False,
    extd_key_usage=None,
    explicit_extd_key_usage_required=False,
)
CMS_ALGORITHMS = CMSAlgorithmUsagePolicy.lift_policy(ALGORITHMS)


_ALGO_OK: dict[tuple[bytes, bytes, bytes], str] = {}


def algorithm_error(si: cms.SignerInfo, cert: x509.Certificate, moment: datetime) -> str:
    """pyHanko's algorithm-usage policy (key sizes, digest/mechanism consistency); the policy
    is time-independent, so the verdict is memoised per (algorithms, certificate)."""
    key = (si["digest_algorithm"].dump(), si["signature_algorithm"].dump(), cert.dump())
    hit = _ALGO_OK.get(key)
    if hit is not None:
        return hit
    try:
        _enforce_algorithm_usage(si, cert, algorithm_usage_policy=CMS_ALGORITHMS, time_indic=moment)
        err = ""
    except Exception as e:
        err = str(e) or type(e).__name__
    if len(_ALGO_OK) < 10000:
        _ALGO_OK[key] = err
    return err


_ALG_NAMES: dict[tuple[bytes, bytes], tuple[str, str]] = {}


def algorithm_names(si: cms.SignerInfo) -> tuple[str, str]:
    """(digest algorithm, signature mechanism) names, memoised by their DER encodings."""
    key = (si["digest_algorithm"].dump(), si["signature_algorithm"].dump())
    names = _ALG_NAMES.get(key)
    if names is None:
        names = (
            str(si["digest_algorithm"]["algorithm"].native),
            str(si["signature_algorithm"]["algorithm"].native),
        )
        if len(_ALG_NAMES) < 1000:
            _ALG_NAMES[key] = names
    return names
