"""Issue 16: integrity before policy, content octets of BER encodings, dated algorithm policy,
every signature gets a result, Czech explanations."""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime

from asn1crypto import algos, cms, core
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from tests.fixtures.pki import NOW, TestPKI
from verifiers.algopolicy import AlgoProblem, digest_verdict, key_verdict
from verifiers.api import Verifier
from verifiers.results import Indication


def _sha1_signed(pki: TestPKI, who: str, data: bytes) -> cms.ContentInfo:
    """A genuine SHA-1 signature (the builder refuses SHA-1, so re-sign the attributes)."""
    ci = cms.ContentInfo.load(pki.sign_der(who, data))
    si = ci["content"]["signer_infos"][0]
    si["digest_algorithm"] = algos.DigestAlgorithm({"algorithm": "sha1"})
    ci["content"]["digest_algorithms"] = cms.DigestAlgorithms([{"algorithm": "sha1"}])
    attrs = []
    for a in si["signed_attrs"]:
        if a["type"].native == "message_digest":
            a = cms.CMSAttribute(
                {"type": "message_digest", "values": [hashlib.sha1(data).digest()]}
            )
        if a["type"].native not in ("signing_certificate_v2", "cms_algorithm_protection"):
            attrs.append(a)
    si["signed_attrs"] = cms.CMSAttributes(attrs)
    si["signature_algorithm"] = algos.SignedDigestAlgorithm({"algorithm": "sha1_rsa"})
    key = pki.ids[who].key
    assert isinstance(key, rsa.RSAPrivateKey)
    signed = cms.CMSAttributes(attrs).dump(force=True)
    si["signature"] = key.sign(signed, padding.PKCS1v15(), hashes.SHA1())
    return ci


def _multipart(pki: TestPKI, who: str, entity: bytes, der: bytes) -> bytes:
    head = pki.smime(who, entity=entity).split(b'filename="smime.p7s"\r\n\r\n')[0]
    return (
        head
        + b'filename="smime.p7s"\r\n\r\n'
        + base64.encodebytes(der).replace(b"\n", b"\r\n")
        + b"\r\n------=_sig_boundary_42--\r\n"
    )


def _one(verifier: Verifier, raw: bytes):  # type: ignore[no-untyped-def]
    ev = verifier.verify_email(raw, at=NOW)
    assert len(ev.signatures) == 1, ev
    return ev.signatures[0]


def test_genuine_sha1_signature_is_weak_not_tampered(pki: TestPKI, verifier: Verifier) -> None:
    entity = pki.entity()
    r = _one(
        verifier,
        _multipart(
            pki, "qualified", entity, _sha1_signed(pki, "qualified", entity).dump(force=True)
        ),
    )
    assert r.intact is True and r.valid is True, r.notes
    assert r.indication is Indication.INDETERMINATE
    assert r.subindication == "CRYPTO_CONSTRAINTS_FAILURE"
    assert "nebyl v rozhodný okamžik dostatečně bezpečný" in r.explanation
    assert "CRYPTO" not in r.explanation


def test_tampered_sha1_message_is_invalid(pki: TestPKI, verifier: Verifier) -> None:
    """Thunderbird-style: a changed SHA-1 message is tampered (integrity before policy)."""
    entity = pki.entity()
    der = _sha1_signed(pki, "qualified", entity).dump(force=True)
    changed = pki.entity("Žádost o přístup k XML serveru výsledků voleb!\r\n")
    r = _one(verifier, _multipart(pki, "qualified", changed, der))
    assert r.indication is Indication.TOTAL_FAILED and r.subindication == "HASH_FAILURE"
    assert r.intact is False
    assert "změněn" in r.explanation


def test_changed_digest_algorithm_is_tampered(pki: TestPKI, verifier: Verifier) -> None:
    """The digest algorithm swapped to SHA-1 under a SHA-256 messageDigest: the content no
    longer matches, whatever the policy says about SHA-1."""
    der = pki.sign_der("qualified", pki.entity())
    ci = cms.ContentInfo.load(der)
    ci["content"]["signer_infos"][0]["digest_algorithm"] = algos.DigestAlgorithm(
        {"algorithm": "sha1"}
    )
    r = _one(verifier, _multipart(pki, "qualified", pki.entity(), ci.dump(force=True)))
    assert r.indication is Indication.TOTAL_FAILED and r.subindication == "HASH_FAILURE"


def test_chunked_ber_content_is_digested_as_content(pki: TestPKI, verifier: Verifier) -> None:
    """Opaque signed-data whose eContent is a constructed (chunked) BER OCTET STRING."""
    entity = pki.entity()
    der = pki.sign_der("qualified", entity, detached=False)
    ci = cms.ContentInfo.load(der)
    sd = ci["content"]
    chunks = b"".join(
        core.OctetString(entity[i : i + 16]).dump() for i in range(0, len(entity), 16)
    )
    eoc = b"\x00\x00"
    ct = sd["encap_content_info"]["content_type"].dump()
    eci_ber = b"\x30\x80" + ct + b"\xa0\x80" + b"\x24\x80" + chunks + eoc * 3
    fields = sd["version"].dump() + sd["digest_algorithms"].dump() + eci_ber
    fields += sd["certificates"].dump() + sd["signer_infos"].dump()
    raw_der = b"\x30\x80" + ci["content_type"].dump() + b"\xa0\x80" + b"\x30\x80" + fields + eoc * 3
    reparsed = cms.ContentInfo.load(raw_der)
    assert reparsed["content"]["encap_content_info"]["content"].method == 1  # constructed
    [r] = verifier.verify_cades(raw_der, name="zadost.p7m", at=NOW)
    assert r.intact is True and r.valid is True, (r.subindication, r.notes)
    assert r.passed, r.summary()
    assert r.content == entity


def test_unreadable_cms_claims_no_checks(verifier: Verifier) -> None:
    [r] = verifier.verify_cades(b"\x30\x03\x02\x01\x01", name="x.p7m", at=NOW)
    assert r.indication is Indication.INDETERMINATE and r.subindication == "FORMAT_FAILURE"
    assert r.intact is None and r.valid is None


def test_dated_policy_judges_at_the_proof_of_existence() -> None:
    early = datetime(2008, 6, 1, tzinfo=UTC)
    late = datetime(2020, 6, 1, tzinfo=UTC)
    assert digest_verdict("sha1", early) is None
    weak = digest_verdict("sha1", late)
    assert weak is not None and weak.problem is AlgoProblem.WEAK
    unknown = digest_verdict("md4", early)
    assert unknown is not None and unknown.problem is AlgoProblem.UNSUPPORTED
    assert "nepodporuje" in unknown.explain() and "bezpečný" in weak.explain()
    assert digest_verdict("sha3_256", late) is None


def test_rsa_1024_is_acceptable_only_before_its_sunset() -> None:
    from asn1crypto import keys
    from cryptography.hazmat.primitives import serialization

    pub = rsa.generate_private_key(65537, 1024).public_key()
    pki = keys.PublicKeyInfo.load(
        pub.public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    assert key_verdict(pki, datetime(2009, 1, 1, tzinfo=UTC)) is None
    v = key_verdict(pki, datetime(2015, 1, 1, tzinfo=UTC))
    assert v is not None and v.problem is AlgoProblem.WEAK
