"""A trust anchor that is an intermediate CA (as every CA/QC service of a trusted list is) which
also issues the CRL of the signer: the CRL is accepted (pyHanko alone rejects it, see
verifiers/pathfix.py)."""

from __future__ import annotations

from asn1crypto import x509
from pyhanko_certvalidator.path import ValidationPath

from tests.fixtures.pki import NOW, TestPKI
from verifiers.api import Verifier, VerifierPolicy, build_trust_store
from verifiers.pathfix import _truncate_to_issuer_and_append


def test_crl_issued_by_an_intermediate_anchor_is_used(pki: TestPKI) -> None:
    assert ValidationPath.truncate_to_issuer_and_append is _truncate_to_issuer_and_append
    intermediate = x509.Certificate.load(pki.issuing.der)
    assert not intermediate.self_signed == "maybe"
    store = build_trust_store([], extra_anchors=[intermediate])
    v = Verifier(store, VerifierPolicy(allow_private_fetch=True, cache_verdicts=False))
    (r,) = v.verify_email(pki.smime("qualified"), at=NOW).signatures
    assert r.passed, (r.subindication, r.notes)
    assert [x.kind for x in r.revocation] == ["crl"]
