"""intake.verification: the inspect contract's signature fields, problems and records."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from intake.config import TrustConfig
from intake.model import Channel, Component, ComponentRole, ParsedMessage
from intake.verification import build_verifier, verify_submission
from tests.fixtures.pki import TestPKI
from verifiers.api import Verifier

CODES = {
    "signature_missing",
    "signature_invalid",
    "signature_indeterminate",
    "certificate_not_qualified",
    "certificate_revoked",
    "certificate_expired",
    "certificate_untrusted",
    "signer_mismatch",
    "signing_time_mismatch",
    "seal_invalid",
    "unsigned_parts",
    "unreadable_attachment",
}


@pytest.fixture()
def v(pki: TestPKI, tmp_path: Path) -> Verifier:
    trust = TrustConfig(
        anchors_dir=Path("anchors"), crl_dir=None, tl_cache_dir=Path("tl"), allow_private_fetch=True
    )
    return build_verifier(
        trust, lambda p: pki.anchors_dir.parent / p, anchors_dirs_extra=[pki.isds_anchors_dir]
    )


def now() -> datetime:
    """The test's "now": signatures are made at the moment of the test (their signingTime is
    the real clock), so receipt times are taken from the same clock, not from import time."""
    return datetime.now(UTC).replace(microsecond=0)


def email(sender: str, date=None, components=()) -> ParsedMessage:  # type: ignore[no-untyped-def]
    return ParsedMessage(
        channel=Channel.EMAIL, sender=sender, date=date or now(), components=tuple(components)
    )


def codes(out) -> set[str]:  # type: ignore[no-untyped-def]
    got = {p.code for p in out.problems}
    assert got <= CODES
    assert all(p.message for p in out.problems)
    return got


def test_recognised_signature(pki: TestPKI, v: Verifier) -> None:
    out = verify_submission(
        pki.smime("qualified"), email("alice@example.cz"), received_at=now(), verifier=v
    )
    assert dict(out.signature) == {
        "status": "valid",
        "qualified": True,
        "level": "QES",
        "signer_name": "Qualified",
        "signer_email": "alice@example.cz",
        "kind": "smime",
    }
    assert out.accepted_signature and codes(out) == set()
    [rec] = out.records
    json.dumps(rec)  # JSON-serialisable
    assert rec["indication_urn"] == "urn:etsi:019102:mainindication:TOTAL_PASSED"
    assert rec["signature_type"] == "kvalifikovaný elektronický podpis"
    assert rec["certificate"]["serial_number"] and rec["validation_time"] and rec["verified_at"]
    assert rec["trust_service_provider"] and rec["revocation_checked"]
    assert {r["crl_number"] for r in rec["revocation"]} == {1, 7}
    assert all(r["sha256"] in out.evidence for r in rec["revocation"])


@pytest.mark.parametrize(
    ("who", "status", "expected"),
    [
        ("nonqualified", "valid", {"certificate_not_qualified"}),
        ("seal", "valid", {"certificate_not_qualified"}),
        ("revoked", "invalid", {"signature_invalid", "certificate_revoked"}),
        ("expired", "indeterminate", {"signature_indeterminate", "certificate_expired"}),
        ("untrusted", "indeterminate", {"signature_indeterminate", "certificate_untrusted"}),
        ("no_revinfo", "indeterminate", {"signature_indeterminate"}),
    ],
)
def test_problem_codes(
    pki: TestPKI, v: Verifier, who: str, status: str, expected: set[str]
) -> None:
    sender = pki.ids[who].email or ""
    out = verify_submission(pki.smime(who), email(sender), received_at=now(), verifier=v)
    assert out.signature["status"] == status
    assert not out.accepted_signature and out.signature["qualified"] is False
    assert codes(out) == expected


def test_missing_and_tampered(pki: TestPKI, v: Verifier) -> None:
    raw = pki.headers("x@example.cz") + b"Content-Type: text/plain\r\n\r\nbez podpisu\r\n"
    out = verify_submission(raw, email("x@example.cz"), received_at=now(), verifier=v)
    assert out.signature["status"] == "missing" and out.signature["level"] is None
    assert codes(out) == {"signature_missing"} and out.records == ()
    tampered = pki.smime("qualified").replace("přístup".encode(), b"pristup", 1)
    out = verify_submission(tampered, email("alice@example.cz"), received_at=now(), verifier=v)
    assert out.signature["status"] == "invalid" and codes(out) == {"signature_invalid"}


def test_signer_mismatch_and_signing_time(pki: TestPKI, v: Verifier) -> None:
    out = verify_submission(
        pki.smime("qualified", sender="boss@example.cz"),
        email("boss@example.cz"),
        received_at=now(),
        verifier=v,
    )
    assert codes(out) == {"signer_mismatch"} and out.accepted_signature
    # signed "now" but received a day earlier: the claim is later than receipt + 5 min
    out = verify_submission(
        pki.smime("qualified"),
        email("alice@example.cz", date=now() - timedelta(days=1)),
        received_at=now() - timedelta(days=1),
        verifier=v,
    )
    assert "signing_time_mismatch" in codes(out)
    out = verify_submission(
        pki.smime("qualified"),
        email("alice@example.cz", date=now() - timedelta(hours=3)),
        received_at=now() + timedelta(minutes=1),
        verifier=v,
    )
    assert codes(out) == {"signing_time_mismatch"}


def test_pdf_attachment_counts(pki: TestPKI, v: Verifier) -> None:
    raw = pki.headers("x@example.cz") + b"Content-Type: text/plain\r\n\r\nviz priloha\r\n"
    pdf = Component(
        name="zadost.pdf",
        role=ComponentRole.ATTACHMENT,
        data=pki.signed_pdf("qualified"),
        declared_type="application/pdf",
    )
    out = verify_submission(
        raw, email("x@example.cz", components=[pdf]), received_at=now(), verifier=v
    )
    assert out.signature["status"] == "valid" and out.accepted_signature
    assert out.records[0]["kind"] == "pades" and "zadost.pdf" in out.records[0]["covered"]
    assert codes(out) == set()  # no From check on a PAdES signature


def test_databox_seal(pki: TestPKI, v: Verifier) -> None:
    parsed = ParsedMessage(channel=Channel.DATABOX, sender="abc1234")
    out = verify_submission(pki.zfo(), parsed, received_at=now(), verifier=v)
    # the seal is the data message's own (zákon 300/2008 §18(2)), never a missing signature
    assert out.accepted_signature and out.signature["status"] == "valid"
    assert out.signature["kind"] == "zfo_seal" and out.signature["signer_name"]
    assert out.signature["qualified"] is False and out.signature["signer_email"] is None
    assert codes(out) == set() and out.records[0]["kind"] == "zfo_seal"
    assert "pečeť" in out.records[0]["signature_type"]
    statement = out.records[0]["statement"]
    assert statement.startswith("Datová zpráva je opatřena elektronickou pečetí")
    assert "pečeť je platná" in statement and "vydavatel certifikátu" in statement
    broken = bytearray(pki.zfo())
    i = broken.find(b"dmReturnedMessage")
    broken[i] = ord("X")
    out = verify_submission(bytes(broken), parsed, received_at=now(), verifier=v)
    assert not out.accepted_signature and codes(out) == {"seal_invalid"}
    assert out.signature["status"] == "invalid" and out.signature["kind"] == "zfo_seal"
    assert "pečeť je neplatná" in out.records[0]["statement"]
    out = verify_submission(b"garbage", parsed, received_at=now(), verifier=v)
    assert not out.accepted_signature and codes(out) == {"seal_invalid"}
    assert out.signature["status"] == "indeterminate" and out.signature["kind"] == "zfo_seal"


def test_accept_seals_policy(pki: TestPKI) -> None:
    trust = TrustConfig(
        anchors_dir=None,
        crl_dir=None,
        use_trusted_lists=False,
        allow_private_fetch=True,
        accept_seals=True,
    )
    v = build_verifier(trust, lambda p: p, anchors_dirs_extra=[pki.anchors_dir])
    out = verify_submission(
        pki.smime("seal"), email("urad@example.cz"), received_at=now(), verifier=v
    )
    assert out.accepted_signature and codes(out) == set()
    assert out.signature["qualified"] is False  # a seal is not a qualified e-signature
    assert "pečeť" in out.records[0]["signature_type"]


def test_offline_crl_dir_via_build_verifier(pki: TestPKI) -> None:
    trust = TrustConfig(
        anchors_dir=None, crl_dir=None, use_trusted_lists=False, fetch_revocation=False
    )
    v = build_verifier(
        trust, lambda p: p, anchors_dirs_extra=[pki.anchors_dir], crl_dirs_extra=[pki.crl_dir]
    )
    out = verify_submission(
        pki.smime("qualified"), email("alice@example.cz"), received_at=now(), verifier=v
    )
    assert out.accepted_signature and out.signature["level"] == "QES"
    out = verify_submission(
        pki.smime("revoked"), email("eve@example.cz"), received_at=now(), verifier=v
    )
    assert "certificate_revoked" in codes(out)


def test_unreadable_signature_part_is_indeterminate_not_missing(
    pki: TestPKI, v: Verifier
) -> None:
    """A signature the verifier cannot parse: INDETERMINATE / FORMAT_FAILURE (issue 16), and
    nothing is claimed about integrity or the signature value."""
    raw = pki.smime("qualified")
    head, _ = raw.split(b'filename="smime.p7s"\r\n\r\n')
    raw = head + b'filename="smime.p7s"\r\n\r\nAAAA\r\n------=_sig_boundary_42--\r\n'
    out = verify_submission(raw, email("alice@example.cz"), received_at=now(), verifier=v)
    assert out.signature["status"] == "indeterminate"
    assert codes(out) == {"signature_indeterminate"}
    rec = out.records[0]
    assert rec["subindication"] == "FORMAT_FAILURE"
    assert rec["intact"] is None and rec["signature_value_valid"] is None


def test_unsigned_footer_is_recorded(pki: TestPKI, v: Verifier) -> None:
    out = verify_submission(
        pki.nested_in_mixed("qualified"), email("alice@example.cz"), received_at=now(), verifier=v
    )
    assert out.accepted_signature  # the signed part is the application ...
    assert out.records[0]["unsigned_parts"] and "message/2" in out.records[0]["unsigned_parts"][0]
    assert "unsigned_parts" in codes(out)  # ... and the officer sees the unsigned footer


def test_records_have_exactly_the_typed_keys(pki: TestPKI, v: Verifier) -> None:
    from intake.model import CertificateRecord, RevocationRecord, VerificationRecord

    out = verify_submission(
        pki.smime("qualified"), email("alice@example.cz"), received_at=now(), verifier=v
    )
    (rec,) = out.records
    optional = set(VerificationRecord.__optional_keys__)
    assert set(rec) - optional == set(VerificationRecord.__required_keys__)
    assert set(rec) & optional <= {"trusted_lists", "unsigned_parts"}
    assert rec["certificate"] is not None
    assert set(rec["certificate"]) == set(CertificateRecord.__required_keys__)
    assert rec["revocation"] and all(
        set(r) == set(RevocationRecord.__required_keys__) for r in rec["revocation"]
    )
