"""Signatures inside containers (issue 19 §2): CAdES in ASiC-E / ASiC-S verified with the tests'
PKI, a signed PDF inside a ZIP verified, XAdES reported as unsupported — never as missing, and
never a defect for a missing signature."""

from __future__ import annotations

import base64
import hashlib
import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from intake.config import TrustConfig
from intake.content.asic import find_signatures
from intake.model import Channel, Code, Component, ComponentRole, ParsedMessage, State
from intake.pipeline import triage
from intake.verification import build_verifier, verify_submission
from tests.fixtures.pki import TestPKI
from verifiers.api import Verifier

DOC = "Žádost o přístup k XML serveru výsledků voleb.\n".encode()
ASICE = "application/vnd.etsi.asic-e+zip"


@pytest.fixture()
def v(pki: TestPKI) -> Verifier:
    trust = TrustConfig(
        anchors_dir=Path("anchors"), crl_dir=None, tl_cache_dir=Path("tl"), allow_private_fetch=True
    )
    return build_verifier(
        trust, lambda p: pki.anchors_dir.parent / p, anchors_dirs_extra=[pki.isds_anchors_dir]
    )


def zip_of(members: dict[str, bytes], mimetype: str | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        if mimetype:
            z.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def manifest(docs: dict[str, bytes], sig: str = "META-INF/signature001.p7s") -> bytes:
    refs = "".join(
        f'<asic:DataObjectReference URI="{name}" MimeType="text/plain">'
        '<ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>'
        f"<ds:DigestValue>{base64.b64encode(hashlib.sha256(data).digest()).decode()}"
        "</ds:DigestValue></asic:DataObjectReference>"
        for name, data in docs.items()
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<asic:ASiCManifest xmlns:asic="http://uri.etsi.org/02918/v1.2.1#" '
        'xmlns:ds="http://www.w3.org/2000/09/xmldsig#">'
        f'<asic:SigReference URI="{sig}" MimeType="application/pkcs7-signature"/>{refs}'
        "</asic:ASiCManifest>"
    ).encode()


def asice(pki: TestPKI, who: str = "qualified", *, tamper: bool = False) -> bytes:
    docs = {"zadost.txt": DOC, "priloha.txt": b"Seznam adres.\n"}
    man = manifest(docs)
    sig = pki.sign_der(who, man, detached=True)
    if tamper:
        docs["zadost.txt"] = DOC + b"a jeste neco\n"
    members = {**docs, "META-INF/ASiCManifest.xml": man, "META-INF/signature001.p7s": sig}
    return zip_of(members, ASICE)


def verify(v: Verifier, name: str, data: bytes) -> tuple[object, set[Code]]:
    parsed = ParsedMessage(
        channel=Channel.EMAIL,
        sender="alice@example.cz",
        date=datetime.now(UTC),
        components=(
            Component("zadost.txt", ComponentRole.BODY_TEXT, b"Dobry den.\n", "text/plain"),
            Component(name, ComponentRole.ATTACHMENT, data, "application/octet-stream"),
        ),
    )
    out = verify_submission(
        b"", parsed, received_at=datetime.now(UTC).replace(microsecond=0), verifier=v
    )
    return out, {p.code for p in out.problems}


def test_asice_with_cades_over_its_manifest_is_verified(pki: TestPKI, v: Verifier) -> None:
    out, codes = verify(v, "zadost.asice", asice(pki))
    assert out.accepted_signature and codes == set()  # type: ignore[attr-defined]
    (rec,) = out.records  # type: ignore[attr-defined]
    assert rec["kind"] == "cades" and rec["result"] == "valid" and rec["qualified"]
    assert "zadost.asice/META-INF/signature001.p7s" in rec["covered"]
    assert out.signature["status"] == "valid"  # type: ignore[attr-defined]
    found = find_signatures("zadost.asice", asice(pki))
    assert found.cades[0].covers == ("zadost.txt", "priloha.txt")


def test_asice_whose_document_changed_after_signing_is_invalid(pki: TestPKI, v: Verifier) -> None:
    out, codes = verify(v, "zadost.asice", asice(pki, tamper=True))
    assert not out.accepted_signature  # type: ignore[attr-defined]
    assert Code.SIGNATURE_INVALID in codes and Code.SIGNATURE_MISSING not in codes
    assert find_signatures("x", asice(pki, tamper=True)).cades[0].defects


def test_asics_with_a_detached_cades_signature_is_verified(pki: TestPKI, v: Verifier) -> None:
    sig = pki.sign_der("qualified", DOC, detached=True)
    data = zip_of(
        {"zadost.txt": DOC, "META-INF/signature.p7s": sig}, "application/vnd.etsi.asic-s+zip"
    )
    out, codes = verify(v, "zadost.asics", data)
    assert out.accepted_signature and codes == set()  # type: ignore[attr-defined]


def test_a_signed_pdf_inside_a_zip_is_verified(pki: TestPKI, v: Verifier) -> None:
    data = zip_of({"dokumenty/zadost.pdf": pki.signed_pdf("qualified")})
    out, codes = verify(v, "zadost.zip", data)
    assert out.accepted_signature and Code.SIGNATURE_MISSING not in codes  # type: ignore[attr-defined]
    (rec,) = out.records  # type: ignore[attr-defined]
    assert rec["kind"] == "pades" and rec["result"] == "valid"


def test_xades_is_unsupported_not_missing_and_no_defect(v: Verifier) -> None:
    xades = b'<?xml version="1.0"?><XAdESSignatures xmlns="http://uri.etsi.org/02918/v1.2.1#"/>'
    data = zip_of({"zadost.txt": DOC, "META-INF/signatures001.xml": xades}, ASICE)
    out, codes = verify(v, "zadost.asice", data)
    assert codes == {Code.SIGNATURE_UNSUPPORTED}
    (problem,) = out.problems  # type: ignore[attr-defined]
    assert (
        "XAdES" in problem.message and "zadost.asice/META-INF/signatures001.xml" in problem.message
    )
    assert out.signature["status"] == "unsupported"  # type: ignore[attr-defined]
    verdict = triage(
        received_at=datetime.now(UTC),
        deadline=datetime(2099, 1, 1, tzinfo=UTC),
        accepted_signature=out.accepted_signature,  # type: ignore[attr-defined]
        problems=list(out.problems),  # type: ignore[attr-defined]
    )
    assert verdict.state is State.READY_FOR_REVIEW  # for an officer, no defect notice


def test_an_unsigned_zip_is_still_missing_a_signature(v: Verifier) -> None:
    out, codes = verify(v, "data.zip", zip_of({"zadost.txt": DOC}))
    assert codes == {Code.SIGNATURE_MISSING}
