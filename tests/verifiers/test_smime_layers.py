"""Layered S/MIME (issue 16 part 5): a signature around a signed message reports every signer,
and a part beside the applicant's signed message is unsigned even inside a gateway's layer."""

from __future__ import annotations

import base64

from tests.fixtures.pki import NOW, TestPKI
from verifiers.api import Verifier
from verifiers.results import Indication

GATEWAY = "seal"
APPLICANT = "qualified"


def _b64(der: bytes) -> bytes:
    return base64.encodebytes(der).replace(b"\n", b"\r\n")


def _signed_entity(pki: TestPKI, who: str, entity: bytes, boundary: bytes) -> bytes:
    """A multipart/signed MIME entity (headers and body, no message headers) over ``entity``."""
    return (
        b'Content-Type: multipart/signed; protocol="application/pkcs7-signature"; '
        b'micalg=sha-256; boundary="' + boundary + b'"\r\n\r\n--' + boundary + b"\r\n"
        + entity
        + b"\r\n--" + boundary + b"\r\n"
        + b'Content-Type: application/pkcs7-signature; name="smime.p7s"\r\n'
        + b"Content-Transfer-Encoding: base64\r\n\r\n"
        + _b64(pki.sign_der(who, entity))
        + b"\r\n--" + boundary + b"--\r\n"
    )  # fmt: skip


def _mixed(*parts: bytes, boundary: bytes = b"mixed_9") -> bytes:
    body = b"".join(b"--" + boundary + b"\r\n" + p + b"\r\n" for p in parts)
    return (
        b'Content-Type: multipart/mixed; boundary="' + boundary + b'"\r\n\r\n'
        + body + b"--" + boundary + b"--\r\n"
    )  # fmt: skip


def _message(pki: TestPKI, entity: bytes) -> bytes:
    return pki.headers(pki.ids[APPLICANT].email or "x@example.test") + entity


FOOTER = b"Content-Type: text/plain\r\n\r\n-- added by the gateway, not signed by the applicant"


def _signers(verifier: Verifier, raw: bytes) -> list[tuple[str, bool, str]]:
    ev = verifier.verify_email(raw, at=NOW)
    assert not ev.errors, ev.errors
    return [
        (s.signer.emails[0] if s.signer and s.signer.emails else "?", s.passed, s.covered)
        for s in ev.signatures
    ]


def test_gateway_signature_around_signed_message_reports_both_signers(
    pki: TestPKI, verifier: Verifier
) -> None:
    inner = _signed_entity(pki, APPLICANT, pki.entity(), b"inner_1")
    raw = _message(pki, _signed_entity(pki, GATEWAY, inner, b"outer_1"))
    signers = _signers(verifier, raw)
    assert [(e, ok) for e, ok, _ in signers] == [
        ("urad@example.cz", True),
        ("alice@example.cz", True),
    ]
    assert "layer 2" in signers[1][2] and "layer" not in signers[0][2]
    ev = verifier.verify_email(raw, at=NOW)
    assert ev.unsigned_parts == ()  # the gateway wrapped the signed message and nothing else
    assert any(s.recognised for s in ev.signatures)


def test_footer_beside_the_signed_message_inside_a_gateway_layer_is_unsigned(
    pki: TestPKI, verifier: Verifier
) -> None:
    inner = _signed_entity(pki, APPLICANT, pki.entity(), b"inner_2")
    raw = _message(pki, _signed_entity(pki, GATEWAY, _mixed(inner, FOOTER), b"outer_2"))
    ev = verifier.verify_email(raw, at=NOW)
    assert [s.passed for s in ev.signatures] == [True, True]
    assert len(ev.unsigned_parts) == 1 and "text/plain" in ev.unsigned_parts[0]


def test_parts_covered_by_the_only_signature_are_not_unsigned(
    pki: TestPKI, verifier: Verifier
) -> None:
    entity = _mixed(pki.entity(), FOOTER)
    ev = verifier.verify_email(_message(pki, _signed_entity(pki, APPLICANT, entity, b"o3")), at=NOW)
    assert [s.passed for s in ev.signatures] == [True] and ev.unsigned_parts == ()


def test_inner_tampered_before_the_gateway_signed_is_invalid_outer_valid(
    pki: TestPKI, verifier: Verifier
) -> None:
    inner = _signed_entity(pki, APPLICANT, pki.entity(), b"inner_4")
    tampered = inner.replace("přístup".encode(), b"odstup", 1)
    raw = _message(pki, _signed_entity(pki, GATEWAY, tampered, b"outer_4"))
    ev = verifier.verify_email(raw, at=NOW)
    outer, applicant = ev.signatures
    assert outer.passed
    assert applicant.indication is Indication.TOTAL_FAILED
    assert applicant.subindication == "HASH_FAILURE"


def test_opaque_signed_data_around_a_signed_message(pki: TestPKI, verifier: Verifier) -> None:
    inner = _signed_entity(pki, APPLICANT, pki.entity(), b"inner_5")
    der = pki.sign_der(GATEWAY, inner, detached=False)
    raw = _message(
        pki,
        b"Content-Type: application/pkcs7-mime; smime-type=signed-data; name=smime.p7m\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + _b64(der),
    )
    signers = _signers(verifier, raw)
    assert [(e, ok) for e, ok, _ in signers] == [
        ("urad@example.cz", True),
        ("alice@example.cz", True),
    ]


def test_forwarded_signed_message_is_recorded(pki: TestPKI, verifier: Verifier) -> None:
    forwarded = _message(pki, _signed_entity(pki, APPLICANT, pki.entity(), b"fw_6"))
    note = b"Content-Type: text/plain\r\n\r\nPosilam dal."
    rfc822 = b"Content-Type: message/rfc822\r\n\r\n" + forwarded
    raw = pki.headers("forwarder@example.cz") + _mixed(note, rfc822)
    ev = verifier.verify_email(raw, at=NOW)
    assert [s.passed for s in ev.signatures] == [True]
    assert "rfc822" in ev.signatures[0].covered
    assert len(ev.unsigned_parts) == 1  # the forwarder's own note is outside every signature
