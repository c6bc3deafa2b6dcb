"""ZFO parsing: envelope, components, times; bad input becomes problems, never exceptions."""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime

import pytest
from asn1crypto import cms

# Register pyhanko's CMS attribute types (signing_certificate_v2 …) before this module parses
# signer infos: parsing builds asn1crypto's reverse OID-name map once, and types registered
# after that cannot be used by name any more in this process (pyhanko signing would fail).
import pyhanko.sign  # noqa: F401, E402  isort: skip

from databox.standin.authority import SealingAuthority
from databox.standin.messages import (
    MessageSpec,
    break_seal,
    build_message_xml,
    make_demo_zfo,
    make_zfo,
)
from databox.zfo import (
    ENVELOPE_COMPONENT,
    delivery_time,
    parse_inner_xml,
    parse_zfo,
    peek,
    unwrap_cms,
)
from intake.model import Channel, ComponentRole

DELIVERED = datetime(2026, 10, 3, 14, 5, 6, 789000, tzinfo=UTC)


def _spec(**kw: object) -> MessageSpec:
    base: dict[str, object] = dict(
        dm_id="123456789",
        sender_box="abc1234",
        sender_name="Redakce Příklad s.r.o.",
        annotation="Žádost o přístup k výsledkům voleb",
        files=[
            ("žádost.pdf", "application/pdf", b"%PDF-1.7 application"),
            ("podpis.p7s", "application/pkcs7-signature", b"\x30\x82\x00\x01"),
        ],
        delivery_time=DELIVERED,
    )
    base.update(kw)
    return MessageSpec(**base)  # type: ignore[arg-type]


def test_parse_received_message(isds_authority: SealingAuthority) -> None:
    zfo = make_zfo(isds_authority, _spec())
    msg = parse_zfo(zfo)
    assert msg.channel is Channel.DATABOX
    assert msg.problems == ()
    assert msg.subject == "Žádost o přístup k výsledkům voleb"
    assert msg.sender == "abc1234"
    assert msg.sender_name == "Redakce Příklad s.r.o."
    assert msg.message_id == "123456789"
    assert msg.date == DELIVERED and msg.date.tzinfo is not None
    env = msg.envelope
    assert env["dmID"] == "123456789"
    assert env["dbIDRecipient"] == "csu4bx7"
    assert env["dmSenderType"] == "20"
    assert env["dmToHands"] == ""  # nil
    assert env["dmAcceptanceTime"] == ""
    assert env["dmHashAlgorithm"] == "SHA-256"
    assert env["zfoKind"] == "received"
    roles = [c.role for c in msg.components]
    assert roles == [ComponentRole.ENVELOPE, ComponentRole.ATTACHMENT, ComponentRole.ATTACHMENT]
    att = msg.components[1]
    assert (att.name, att.declared_type, att.data) == (
        "žádost.pdf",
        "application/pdf",
        b"%PDF-1.7 application",
    )
    assert msg.components[2].data == b"\x30\x82\x00\x01"
    envelope = msg.components[0]
    assert envelope.name == ENVELOPE_COMPONENT
    assert b"dmAnnotation" in envelope.data and b"dmEncodedContent" not in envelope.data
    assert delivery_time(zfo) == DELIVERED


def test_hash_covers_exact_dmdm_bytes(isds_authority: SealingAuthority) -> None:
    xml = build_message_xml(_spec())
    start = xml.index(b"<p:dmDm")
    end = xml.index(b"</p:dmDm>") + len(b"</p:dmDm>")
    digest = base64.b64encode(hashlib.sha256(xml[start:end]).digest()).decode()
    assert parse_inner_xml(xml).envelope["dmHash"] == digest


def test_zfo_is_signed_data_with_seal_certificate(isds_authority: SealingAuthority) -> None:
    zfo = make_demo_zfo(
        isds_authority, "abc1234", "Redakce", "Věc", [("a.txt", "text/plain", b"x")]
    )
    info = cms.ContentInfo.load(zfo)
    assert info["content_type"].native == "signed_data"
    signer = info["content"]["signer_infos"][0]
    attrs = {a["type"].native for a in signer["signed_attrs"]}
    assert {"content_type", "message_digest", "signing_time"} <= attrs
    certs = info["content"]["certificates"]
    subjects = [c.chosen.subject.native["common_name"] for c in certs]
    assert any("datových schránek" in s for s in subjects)


def test_broken_seal_still_parses_but_content_differs(isds_authority: SealingAuthority) -> None:
    zfo = make_zfo(isds_authority, _spec(annotation="Zadost"))
    broken = break_seal(zfo)
    assert broken != zfo
    assert unwrap_cms(broken) != unwrap_cms(zfo)
    msg = parse_zfo(broken)
    assert msg.subject == "Xadost"
    # the signature value and signed attributes are unchanged: only the content moved
    a = cms.ContentInfo.load(zfo)["content"]["signer_infos"][0]["signature"].native
    b = cms.ContentInfo.load(broken)["content"]["signer_infos"][0]["signature"].native
    assert a == b


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"", "zfo_not_cms"),
        (b"garbage that is not DER", "zfo_not_cms"),
        (b"\x30\x03\x02\x01\x01", "zfo_not_cms"),
    ],
)
def test_bad_input_becomes_problem(raw: bytes, code: str) -> None:
    msg = parse_zfo(raw)
    assert [p.code for p in msg.problems] == [code]
    assert msg.components == ()
    assert delivery_time(raw) is None


def test_inner_xml_with_entities_is_refused(isds_authority: SealingAuthority) -> None:
    evil = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<q:MessageDownloadResponse xmlns:q="http://isds.czechpoint.cz/v20/message">&x;'
        b"</q:MessageDownloadResponse>"
    )
    msg = parse_zfo(isds_authority.seal(evil))
    assert "zfo_xml_doctype" in [p.code for p in msg.problems]
    assert all(b"root:" not in c.data for c in msg.components)


def test_non_message_xml_and_bad_base64(isds_authority: SealingAuthority) -> None:
    msg = parse_zfo(isds_authority.seal(b"<a><b/></a>"))
    assert [p.code for p in msg.problems] == ["zfo_not_message"]
    xml = build_message_xml(_spec(files=[("a.bin", "application/octet-stream", b"abc")]))
    xml = xml.replace(base64.b64encode(b"abc"), b"!!notbase64!!")
    msg = parse_zfo(isds_authority.seal(xml))
    assert "zfo_file_undecodable" in [p.code for p in msg.problems]
    assert msg.subject  # the envelope is still read


def test_malformed_inner_xml(isds_authority: SealingAuthority) -> None:
    msg = parse_zfo(isds_authority.seal(b"<unclosed"))
    assert [p.code for p in msg.problems] == ["zfo_xml_invalid"]


def test_peek_reads_id_and_delivery_time(isds_authority: SealingAuthority) -> None:
    zfo = make_zfo(isds_authority, _spec())
    facts = peek(zfo)
    assert facts["dmID"] == "123456789"
    assert parse_zfo(zfo).date == datetime.fromisoformat(facts["dmDeliveryTime"])
    with pytest.raises(ValueError):
        peek(b"not a zfo")
    with pytest.raises(ValueError):
        peek(isds_authority.seal(b"<unclosed"))
