"""Verifiers fixtures: a verifier over the session test PKI (loopback revocation allowed)."""

from __future__ import annotations

import pytest

from tests.fixtures.pki import TestPKI
from verifiers.api import Verifier, VerifierPolicy, build_trust_store


@pytest.fixture()
def verifier(pki: TestPKI) -> Verifier:
    """Fresh caches per test; revocation fetched from the loopback CRL/OCSP server."""
    store = build_trust_store([pki.anchors_dir, pki.isds_anchors_dir])
    return Verifier(store, VerifierPolicy(allow_private_fetch=True))
