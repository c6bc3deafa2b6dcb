"""ZFO seals (CMS SignedData with encapsulated XML) and PAdES signatures."""

from __future__ import annotations

from io import BytesIO

import pytest

from intake.errors import VerificationUnavailable
from tests.fixtures.pki import NOW, TestPKI
from verifiers.api import Verifier, VerifierPolicy, build_trust_store
from verifiers.results import Indication, SignatureKind


def test_zfo_seal_verifies_and_returns_inner_xml(pki: TestPKI, verifier: Verifier) -> None:
    xml = b"<?xml version='1.0'?><q:MessageDownloadResponse xmlns:q='urn:x'/>"
    r = verifier.verify_zfo(pki.zfo(xml), at=NOW)
    assert r.kind is SignatureKind.ZFO_SEAL
    assert r.passed, r.summary()
    assert r.content == xml
    assert r.signer is not None and "Isds Seal" in r.signer.subject
    assert r.revocation and r.revocation[0].crl_number == 1


def test_zfo_with_broken_seal(pki: TestPKI, verifier: Verifier) -> None:
    xml = b"<?xml version='1.0'?><q:Msg xmlns:q='urn:x'>puvodni obsah</q:Msg>"
    der = bytearray(pki.zfo(xml))
    i = der.find(b"puvodni")
    der[i : i + 7] = b"zmeneny"
    r = verifier.verify_zfo(bytes(der), at=NOW)
    assert r.indication is Indication.TOTAL_FAILED and r.subindication == "HASH_FAILURE"


def test_zfo_from_unknown_sealer_is_untrusted(pki: TestPKI) -> None:
    only_test_root = Verifier(
        build_trust_store([pki.anchors_dir]), VerifierPolicy(allow_private_fetch=True)
    )
    r = only_test_root.verify_zfo(pki.zfo(), at=NOW)
    assert r.subindication == "NO_CERTIFICATE_CHAIN_FOUND"


def test_not_a_zfo(verifier: Verifier) -> None:
    with pytest.raises(VerificationUnavailable):
        verifier.verify_zfo(b"<xml>not signed</xml>", at=NOW)


def test_zfo_with_timestamp_token(pki: TestPKI, verifier: Verifier) -> None:
    """An RFC 3161 token as unsigned attribute is validated (here: issued by an untrusted TSA)."""
    from asn1crypto import cms

    sd_ci = cms.ContentInfo.load(pki.zfo())
    sd = sd_ci["content"]
    token = cms.ContentInfo.load(pki.sign_der("untrusted", b"not a TSTInfo", detached=False))
    si = sd["signer_infos"][0]
    si["unsigned_attrs"] = cms.CMSAttributes(
        [cms.CMSAttribute({"type": "signature_time_stamp_token", "values": [token]})]
    )
    r = verifier.verify_zfo(sd_ci.dump(force=True), at=NOW)
    assert not r.passed and any("time-stamp" in n for n in r.notes)


def test_zfo_with_valid_timestamp(pki: TestPKI, verifier: Verifier) -> None:
    r = verifier.verify_zfo(pki.zfo_timestamped(), at=NOW)
    assert r.passed, (r.summary(), r.notes)
    assert r.timestamp_time is not None and abs((r.timestamp_time - NOW).total_seconds()) < 3600


def test_pades_signature_whole_file(pki: TestPKI, verifier: Verifier) -> None:
    pdf = pki.signed_pdf("qualified")
    [r] = verifier.verify_pdf(pdf, name="zadost.pdf", at=NOW)
    assert r.kind is SignatureKind.PADES and r.passed and r.recognised, r.summary()
    assert "zadost.pdf" in r.covered and "whole file" in r.covered and r.modification == "none"


def test_pades_followed_by_incremental_update(pki: TestPKI, verifier: Verifier) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(BytesIO(pki.signed_pdf("qualified")))
    page = w.root["/Pages"]["/Kids"][0].get_object()
    stream = generic.StreamObject(stream_data=b"BT /F1 24 Tf 72 600 Td (PRIDANO) Tj ET")
    page["/Contents"] = w.add_object(stream)
    w.update_container(page)
    out = BytesIO()
    w.write(out)
    [r] = verifier.verify_pdf(out.getvalue(), name="zadost.pdf", at=NOW)
    assert r.intact and r.valid  # the signed revision itself is intact
    assert not r.passed and r.modification not in (None, "none")
    assert "later incremental updates" in r.covered


def test_pades_tampered_bytes(pki: TestPKI, verifier: Verifier) -> None:
    pdf = bytearray(pki.signed_pdf("nonqualified"))
    i = pdf.find(b"Zadost o pristup")
    pdf[i] = ord("X")
    [r] = verifier.verify_pdf(bytes(pdf), at=NOW)
    assert r.indication is Indication.TOTAL_FAILED


def test_unsigned_pdf_has_no_results(pki: TestPKI, verifier: Verifier) -> None:
    from reportlab.pdfgen import canvas

    buf = BytesIO()
    canvas.Canvas(buf).save()
    assert verifier.verify_pdf(buf.getvalue(), at=NOW) == []


def test_zfo_from_the_isds_stand_in(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The format contract with databox/standin: a ZFO it seals verifies against its CA."""
    authority_mod = pytest.importorskip("databox.standin.authority")
    authority = authority_mod.SealingAuthority.generate()
    authority.write_ca(tmp_path / "isds-ca.pem")
    xml = b'<?xml version="1.0" encoding="UTF-8"?><q:MessageDownloadResponse xmlns:q="urn:x"/>'
    v = Verifier(build_trust_store([tmp_path]), VerifierPolicy(fetch_revocation=False))
    r = v.verify_zfo(authority.seal(xml))
    assert r.passed, (r.summary(), r.notes)
    assert r.content == xml and r.kind is SignatureKind.ZFO_SEAL
    other = Verifier(build_trust_store([]), VerifierPolicy(fetch_revocation=False))
    assert not other.verify_zfo(authority.seal(xml)).passed
