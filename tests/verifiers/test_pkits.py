"""NIST PKITS path-validation cases through podatelna's chain validator (revocation required).

Cases with user-initial policy parameters and DSA cases (our algorithm policy refuses DSA) are
out of scope; every other expected verdict must match exactly."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from asn1crypto import x509
from pyhanko.sign.validation.settings import KeyUsageConstraints

from tests.fixtures.common import SHARED
from verifiers.chain import ChainValidator
from verifiers.trust import TrustStore, load_certs, load_crls

PKITS = SHARED / "reference" / "sigtests" / "nist-pkits"
MOMENT = datetime(2022, 1, 1, tzinfo=UTC)
NO_KU = KeyUsageConstraints(key_usage=set(), extd_key_usage=None)


def _cases() -> list[dict[str, Any]]:
    f = PKITS / "pkits.json"
    if not f.is_file():
        return []
    return [c for c in json.loads(f.read_text()) if "params" not in c and "DSA" not in c["cert"]]


def _run(case: dict[str, Any]) -> bool:
    certs, crls = PKITS / "certs", PKITS / "crls"
    anchor = load_certs([certs / "TrustAnchorRootCertificate.crt"])
    store = TrustStore(
        anchors=tuple(anchor),
        crls=tuple(load_crls(crls / c for c in ["TrustAnchorRootCRL.crl", *case.get("crls", [])])),
    )
    others = load_certs(certs / c for c in case.get("other_certs", []))
    ee = x509.Certificate.load((certs / case["cert"]).read_bytes())
    chain = ChainValidator(store, None, cache_verdicts=False)
    verdict = asyncio.run(chain.verdict(ee, others, MOMENT, NO_KU))
    return verdict.trusted


@pytest.mark.skipif(not (PKITS / "pkits.json").is_file(), reason="../shared PKITS not present")
def test_pkits_cases() -> None:
    cases = _cases()
    assert len(cases) > 150
    mismatches = []
    for case in cases:
        expected = "error" not in case
        if _run(case) != expected:
            mismatches.append(
                f"{case['id']} {case['name']}: expected {'valid' if expected else 'invalid'}"
            )
    assert not mismatches, "\n".join(mismatches)


def test_pkits_helper_without_shared(tmp_path: Path) -> None:
    """The loaders refuse garbage (so a missing or corrupt fixture cannot pass silently)."""
    bad = tmp_path / "x.crt"
    bad.write_bytes(b"not a certificate")
    from verifiers.trust import TrustMaterialError

    with pytest.raises(TrustMaterialError):
        load_certs([bad])
