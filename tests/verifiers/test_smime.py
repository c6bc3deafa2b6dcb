"""S/MIME on exact raw bytes against the loopback test PKI (CRL + OCSP served by the test)."""

from __future__ import annotations

import base64
from datetime import timedelta

import pytest

from tests.fixtures.pki import NOW, TestPKI
from verifiers.api import Verifier, VerifierPolicy, build_trust_store
from verifiers.fetch import BlockedURL, UrlGuard
from verifiers.results import Indication, Level, SignatureKind
from verifiers.smime import canonical_crlf, scan_message, split_multipart


def one(verifier: Verifier, raw: bytes):  # type: ignore[no-untyped-def]
    ev = verifier.verify_email(raw, at=NOW)
    assert not ev.errors, ev.errors
    assert len(ev.signatures) == 1, ev
    return ev.signatures[0]


@pytest.mark.parametrize(
    "protocol", ["application/pkcs7-signature", "application/x-pkcs7-signature"]
)
def test_qualified_multipart_signed_is_recognised(
    pki: TestPKI, verifier: Verifier, protocol: str
) -> None:
    r = one(verifier, pki.smime("qualified", protocol=protocol))
    assert r.indication is Indication.TOTAL_PASSED, r.summary()
    assert r.intact and r.valid and r.trusted and not r.revoked
    assert r.level is Level.QES and r.recognised
    assert r.qualification.basis == "local-anchor" and r.qualification.qc_type == "esign"
    assert r.signer is not None and r.signer.emails == ("alice@example.cz",)
    assert r.digest_algorithm == "sha256"  # micalg said sha-1: ignored
    kinds = sorted(v.kind for v in r.revocation)
    assert kinds == ["crl", "crl"]  # the end entity AND the issuing CA were checked
    assert {v.crl_number for v in r.revocation} == {1, 7}
    assert all(v.sha256 in r.evidence for v in r.revocation)


@pytest.mark.parametrize("x_pkcs7", [False, True])
def test_opaque_signed_data(pki: TestPKI, verifier: Verifier, x_pkcs7: bool) -> None:
    entity = pki.entity("Opaque body\r\n")
    r = one(verifier, pki.opaque("qualified", entity=entity, x_pkcs7=x_pkcs7))
    assert r.passed and r.recognised, r.summary()
    assert r.content == entity
    assert "[opaque]" in r.covered


def test_nested_in_multipart_mixed_reports_unsigned_footer(
    pki: TestPKI, verifier: Verifier
) -> None:
    ev = verifier.verify_email(pki.nested_in_mixed("qualified"), at=NOW)
    assert [s.passed for s in ev.signatures] == [True]
    assert ev.unsigned_parts and "message/2" in ev.unsigned_parts[0]


def test_tampered_body_fails(pki: TestPKI, verifier: Verifier) -> None:
    raw = pki.smime("qualified").replace("přístup".encode(), b"odstup", 1)
    r = one(verifier, raw)
    assert r.indication is Indication.TOTAL_FAILED and r.subindication == "HASH_FAILURE"
    assert not r.intact and not r.recognised


def test_lf_stored_message_is_canonicalised(pki: TestPKI, verifier: Verifier) -> None:
    raw = pki.smime("qualified").replace(b"\r\n", b"\n")
    assert b"\r\n" not in raw
    assert one(verifier, raw).passed


def test_signature_over_non_canonical_lf_entity_fails(pki: TestPKI, verifier: Verifier) -> None:
    # the signer hashed LF line endings: canonical (CRLF) bytes no longer match
    lf_entity = pki.entity().replace(b"\r\n", b"\n")
    raw = pki.smime("qualified", entity=lf_entity)
    r = one(verifier, raw)
    assert r.subindication == "HASH_FAILURE"


def test_revoked_signer(pki: TestPKI, verifier: Verifier) -> None:
    r = one(verifier, pki.smime("revoked"))
    assert r.indication is Indication.TOTAL_FAILED and r.revoked
    assert r.revocation_time is not None and r.revocation_time < NOW


def test_expired_signer(pki: TestPKI, verifier: Verifier) -> None:
    r = one(verifier, pki.smime("expired"))
    assert r.indication is Indication.INDETERMINATE and r.expired and not r.recognised


def test_untrusted_root(pki: TestPKI, verifier: Verifier) -> None:
    r = one(verifier, pki.smime("untrusted"))
    assert r.subindication == "NO_CERTIFICATE_CHAIN_FOUND" and not r.trusted


def test_ocsp_only_signer(pki: TestPKI, verifier: Verifier) -> None:
    r = one(verifier, pki.smime("ocsp_only"))
    assert r.passed and r.recognised
    assert "ocsp" in {v.kind for v in r.revocation}


def test_no_revocation_source_is_never_accepted(pki: TestPKI, verifier: Verifier) -> None:
    r = one(verifier, pki.smime("no_revinfo"))
    assert r.indication is Indication.INDETERMINATE and not r.trusted


def test_rsassa_pss_and_ecdsa(pki: TestPKI, verifier: Verifier) -> None:
    pss = one(verifier, pki.smime("qualified", pss=True))
    assert pss.passed and pss.signature_algorithm == "rsassa_pss"
    pss_cert = one(verifier, pki.smime("pss_cert", pss=True))
    assert pss_cert.passed and pss_cert.recognised  # PSS-signed certificate, PSS signature
    ec = one(verifier, pki.smime("ecdsa"))
    assert ec.passed and "ecdsa" in ec.signature_algorithm


def test_levels(pki: TestPKI, verifier: Verifier) -> None:
    assert one(verifier, pki.smime("qualified_noqscd")).level is Level.ADES_QC
    assert one(verifier, pki.smime("qualified_noqscd")).recognised
    nq = one(verifier, pki.smime("nonqualified"))
    assert nq.level is Level.ADES and not nq.recognised
    seal = one(verifier, pki.smime("seal"))
    assert seal.passed and seal.qualification.qc_type == "eseal" and not seal.recognised


def test_detached_signature_with_econtent_is_rejected(pki: TestPKI, verifier: Verifier) -> None:
    entity = pki.entity()
    attached = pki.sign_der("qualified", entity, detached=False)
    raw = pki.smime("qualified", entity=entity)
    head, _ = raw.split(b'filename="smime.p7s"\r\n\r\n')
    raw = (
        head
        + b'filename="smime.p7s"\r\n\r\n'
        + base64.encodebytes(attached).replace(b"\n", b"\r\n")
        + b"\r\n------=_sig_boundary_42--\r\n"
    )
    r = one(verifier, raw)
    assert r.indication is Indication.TOTAL_FAILED and r.subindication == "FORMAT_FAILURE"


def test_p7s_attachment_signs_its_sibling(pki: TestPKI, verifier: Verifier) -> None:
    doc = b"Plain attached document\r\n"
    sig = pki.sign_der("qualified", doc)
    b = b"mix"
    raw = (
        pki.headers("alice@example.cz")
        + b'Content-Type: multipart/mixed; boundary="mix"\r\n\r\n--'
        + b
        + b"\r\nContent-Type: text/plain\r\n\r\nSee attachment.\r\n--"
        + b
        + b'\r\nContent-Type: application/octet-stream; name="zadost.txt"\r\nContent-Transfer-Encoding: base64\r\n'
        + b'Content-Disposition: attachment; filename="zadost.txt"\r\n\r\n'
        + base64.encodebytes(doc)
        + b"--"
        + b
        + b'\r\nContent-Type: application/octet-stream; name="zadost.txt.p7s"\r\nContent-Transfer-Encoding: base64\r\n'
        + b'Content-Disposition: attachment; filename="zadost.txt.p7s"\r\n\r\n'
        + base64.encodebytes(sig)
        + b"--"
        + b
        + b"--\r\n"
    )
    ev = verifier.verify_email(raw, at=NOW)
    [r] = ev.signatures
    assert r.passed and "zadost.txt" in r.covered
    assert len(ev.unsigned_parts) == 1  # only the covering note, not the signed attachment


def test_unsigned_message_has_no_signature(pki: TestPKI, verifier: Verifier) -> None:
    raw = pki.headers("x@example.cz") + b"Content-Type: text/plain\r\n\r\nHello\r\n"
    ev = verifier.verify_email(raw, at=NOW)
    assert ev.signatures == () and ev.unsigned_parts


def test_verdict_cache_reuses_chain_and_revocation(pki: TestPKI, verifier: Verifier) -> None:
    before = sum(pki.requests.values())
    for _ in range(3):
        assert one(verifier, pki.smime("qualified")).passed
    assert verifier.chain.misses == 1 and verifier.chain.hits == 2
    assert sum(pki.requests.values()) - before <= 2  # root + issuing CRL, fetched once
    # a moment outside the cached window (after the CRL's nextUpdate) is validated afresh
    later = NOW + timedelta(days=8)
    r = verifier.verify_email(pki.smime("qualified"), at=later).signatures[0]
    assert verifier.chain.misses == 2 and not r.passed


def test_revoked_verdict_not_served_from_cache(pki: TestPKI, verifier: Verifier) -> None:
    before_revocation = NOW - timedelta(days=3)
    early = verifier.verify_email(pki.smime("revoked"), at=before_revocation).signatures[0]
    assert early.passed  # revoked only two days ago
    assert not verifier.verify_email(pki.smime("revoked"), at=NOW).signatures[0].passed


def test_offline_crl_dir(pki: TestPKI) -> None:
    offline = Verifier(
        build_trust_store([pki.anchors_dir], [pki.crl_dir]), VerifierPolicy(fetch_revocation=False)
    )
    before = sum(pki.requests.values())
    r = offline.verify_email(pki.smime("qualified"), at=NOW).signatures[0]
    assert r.passed and {v.source for v in r.revocation} == {"local"}
    assert sum(pki.requests.values()) == before
    bare = Verifier(build_trust_store([pki.anchors_dir]), VerifierPolicy(fetch_revocation=False))
    assert not bare.verify_email(pki.smime("qualified"), at=NOW).signatures[0].passed


def test_ssrf_guard_refuses_loopback_by_default(pki: TestPKI) -> None:
    with pytest.raises(BlockedURL):
        UrlGuard().check("http://127.0.0.1:80/crl")
    with pytest.raises(BlockedURL):
        UrlGuard().check("http://10.1.2.3/crl")
    with pytest.raises(BlockedURL):
        UrlGuard(allow_private=True).check("file:///etc/passwd")
    guarded = Verifier(build_trust_store([pki.anchors_dir]), VerifierPolicy())
    before = sum(pki.requests.values())
    r = guarded.verify_email(pki.smime("qualified"), at=NOW).signatures[0]
    assert not r.passed and sum(pki.requests.values()) == before


def test_pinned_address_against_dns_rebinding() -> None:
    from verifiers.fetch import pinned

    assert pinned("http://crl.example.cz:8080/a.crl", "192.0.2.7") == (
        "http://192.0.2.7:8080/a.crl",
        {"Host": "crl.example.cz:8080"},
    )
    assert pinned("http://crl.example.cz/a.crl", "2001:db8::1")[0] == "http://[2001:db8::1]/a.crl"
    assert pinned("https://crl.example.cz/a.crl", "192.0.2.7") == (
        "https://crl.example.cz/a.crl",
        {},
    )


def test_no_anchors_means_nothing_is_trusted(pki: TestPKI) -> None:
    empty = Verifier(build_trust_store([]), VerifierPolicy(allow_private_fetch=True))
    r = empty.verify_email(pki.smime("qualified"), at=NOW).signatures[0]
    assert r.subindication == "NO_CERTIFICATE_CHAIN_FOUND"


def test_split_multipart_exact_slices() -> None:
    body = b"preamble\r\n--b\r\nA\r\n\r\n--b\r\nB\r\n--b--\r\nepilogue"
    assert split_multipart(body, "b") == [b"A\r\n", b"B"]
    assert canonical_crlf(b"a\nb\r\nc") == b"a\r\nb\r\nc"
    assert scan_message(
        b"Content-Type: multipart/signed; boundary=x\r\n\r\n--x\r\nA\r\n--x--"
    ).broken


def test_summary_mentions_verdict(pki: TestPKI, verifier: Verifier) -> None:
    r = one(verifier, pki.smime("qualified"))
    assert r.kind is SignatureKind.SMIME and "TOTAL_PASSED" in r.summary() and "QES" in r.summary()


def test_new_crl_in_crl_dir_is_picked_up(pki: TestPKI, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    crl_dir = tmp_path / "crl"
    crl_dir.mkdir()
    v = Verifier.from_dirs(
        [pki.anchors_dir], [crl_dir], policy=VerifierPolicy(fetch_revocation=False)
    )
    assert not v.verify_email(pki.smime("qualified"), at=NOW).signatures[0].passed
    for f in pki.crl_dir.iterdir():
        shutil.copy(f, crl_dir / f.name)
    assert v.reload_if_changed(force=True)
    assert v.verify_email(pki.smime("qualified"), at=NOW).signatures[0].passed
    assert not v.reload_if_changed(force=True)
