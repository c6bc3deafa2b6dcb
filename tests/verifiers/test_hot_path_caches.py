"""The S/MIME hot path's shortcuts (bench/verify.py): each gives what the long way gives, and
no memo lets a changed trust store or a revoked certificate pass."""

from __future__ import annotations

import gc
from datetime import timedelta

import pytest
from asn1crypto import cms, core, x509
from cryptography.hazmat.primitives.serialization import Encoding

from tests.fixtures.common import shared_path
from tests.fixtures.pki import NOW, TestPKI
from verifiers import revinfo
from verifiers.api import Verifier, VerifierPolicy, build_trust_store
from verifiers.certinfo import der
from verifiers.integrity import signed_attrs_der
from verifiers.smime import scan_message


def _signed_data(raw: bytes) -> cms.SignedData:
    return scan_message(raw).signatures[0].signed_data


def _attrs(raw: bytes) -> cms.CMSAttributes:
    return _signed_data(raw)["signer_infos"][0]["signed_attrs"]


def test_signature_input_is_what_untag_dump_gives(pki: TestPKI) -> None:
    for raw in (
        pki.smime("qualified"),
        pki.smime("pss_cert", pss=True),
        pki.smime("ecdsa"),
        pki.opaque("qualified"),
    ):
        attrs = _attrs(raw)
        for a in attrs:  # parsed, as check_integrity leaves them
            a["values"].native  # noqa: B018
        assert signed_attrs_der(attrs) == attrs.untag().dump()


def test_signature_input_of_a_long_form_length_is_re_encoded_in_der(pki: TestPKI) -> None:
    """Signed attributes whose [0] carries a non-minimal or an indefinite (BER) length: the
    input is the DER of the SET, as pyHanko's untag().dump() makes it."""
    si = _signed_data(pki.smime("qualified"))["signer_infos"][0]
    attrs = si["signed_attrs"]
    contents = attrs.contents
    assert len(contents) < 0xFFFF
    long_form = b"\xa0\x82" + len(contents).to_bytes(2, "big") + contents
    indefinite = b"\xa0\x80" + contents + b"\x00\x00"
    for ber in (long_form, indefinite):
        reparsed = cms.CMSAttributes.load(ber, implicit=0)
        assert reparsed.contents == contents
        assert signed_attrs_der(reparsed) == reparsed.untag().dump()
        assert signed_attrs_der(reparsed) == signed_attrs_der(attrs)  # the same DER input
        assert signed_attrs_der(reparsed)[:1] == b"\x31"


def test_signature_input_of_real_world_files() -> None:
    root = shared_path("reference", "sigtests", "realworld")
    checked = 0
    for f in sorted((root / "files").rglob("*")):
        if f.suffix.lower() not in (".p7s", ".p7m") or not f.is_file():
            continue
        try:
            sd = cms.ContentInfo.load(f.read_bytes())["content"]
            infos = list(sd["signer_infos"])
        except (ValueError, TypeError, KeyError):
            continue
        for si in infos:
            attrs = si["signed_attrs"]
            if attrs is core.VOID:
                continue
            assert signed_attrs_der(attrs) == attrs.untag().dump(), f
            checked += 1
    if not checked:
        pytest.skip("no CMS files with signed attributes in the development set")


def test_der_memo_is_the_objects_own_der_and_keeps_nothing_alive(pki: TestPKI) -> None:
    a = x509.Certificate.load(pki.ids["qualified"].cert.public_bytes(Encoding.DER))
    b = x509.Certificate.load(pki.ids["revoked"].cert.public_bytes(Encoding.DER))
    assert der(a) == a.dump() and der(b) == b.dump() and der(a) != der(b)
    a.native  # noqa: B018 - deeply parsed: the memo still gives the same bytes
    assert der(a) == a.dump()
    from verifiers import certinfo

    before = len(certinfo._DER)
    del a, b
    gc.collect()
    assert len(certinfo._DER) <= before - 2


def test_certificate_sets_are_parsed_once_per_identical_set(pki: TestPKI) -> None:
    one, two = _signed_data(pki.smime("qualified")), _signed_data(pki.smime("qualified"))
    other = _signed_data(pki.smime("revoked"))
    assert revinfo.certificates(one) is revinfo.certificates(two)
    assert {c.dump() for c in revinfo.certificates(one)} == {
        c.chosen.dump() for c in one["certificates"]
    }
    assert {der(c) for c in revinfo.certificates(other)} != {
        der(c) for c in revinfo.certificates(one)
    }


def test_certificate_set_memo_is_bounded(pki: TestPKI, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(revinfo, "_CERT_SETS", {})
    monkeypatch.setattr(revinfo, "MAX_CERT_SETS", 1)
    first = _signed_data(pki.smime("qualified"))
    second = _signed_data(pki.smime("revoked"))
    revinfo.certificates(first)
    got = revinfo.certificates(second)  # not kept, still right
    assert len(revinfo._CERT_SETS) == 1
    assert [c.dump() for c in got] == [c.chosen.dump() for c in second["certificates"]]


def test_revoked_signer_after_a_valid_one_is_not_served_from_any_memo(pki: TestPKI) -> None:
    v = Verifier(
        build_trust_store([pki.anchors_dir], [pki.crl_dir]), VerifierPolicy(fetch_revocation=False)
    )
    for _ in range(3):  # the valid signer's certificate set, DER and verdict are memoised
        assert v.verify_email(pki.smime("qualified"), at=NOW).signatures[0].passed
    r = v.verify_email(pki.smime("revoked"), at=NOW).signatures[0]
    assert not r.passed and r.revoked
    again = v.verify_email(pki.smime("revoked"), at=NOW - timedelta(days=3)).signatures[0]
    assert again.passed  # before its revocation date: evaluated, not copied


def test_a_changed_trust_store_is_not_served_from_any_memo(pki: TestPKI) -> None:
    trusted = Verifier(
        build_trust_store([pki.anchors_dir], [pki.crl_dir]), VerifierPolicy(fetch_revocation=False)
    )
    for _ in range(2):
        assert trusted.verify_email(pki.smime("qualified"), at=NOW).signatures[0].passed
    empty = Verifier(build_trust_store([], [pki.crl_dir]), VerifierPolicy(fetch_revocation=False))
    assert not empty.verify_email(pki.smime("qualified"), at=NOW).signatures[0].passed
    # the same verifier with a new store generation (what reload_if_changed installs)
    trusted.chain.store = build_trust_store([], [pki.crl_dir])
    assert not trusted.verify_email(pki.smime("qualified"), at=NOW).signatures[0].passed


def test_tampered_message_of_a_memoised_signer_still_fails(pki: TestPKI) -> None:
    v = Verifier(
        build_trust_store([pki.anchors_dir], [pki.crl_dir]), VerifierPolicy(fetch_revocation=False)
    )
    raw = pki.smime("qualified")
    assert v.verify_email(raw, at=NOW).signatures[0].passed
    tampered = raw.replace("přístup".encode(), b"odstup", 1)
    assert tampered != raw
    r = v.verify_email(tampered, at=NOW).signatures[0]
    assert not r.passed and r.intact is False

