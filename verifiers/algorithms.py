"""Key usages of signer certificates, and the dated algorithm policy lifted to CMS for
pyHanko's time-stamp validation (the policy itself: ``algopolicy`` and its TOML data)."""

from __future__ import annotations

from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.utils import CMSAlgorithmUsagePolicy

from verifiers.chain import ALGORITHMS

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


