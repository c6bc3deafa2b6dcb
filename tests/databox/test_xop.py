"""MTOM/XOP answers are unpacked byte-exact: a sealed ZFO is binary and may end (or start) with
the bytes CR or LF, which zeep's own attachment reader strips from a binary part."""

from __future__ import annotations

import base64

import pytest
from lxml import etree

from databox.errors import DataboxProtocolError
from databox.standin.envelope import NS, SOAP12, mtom_reply
from databox.transport import unpack_xop


def _answer(*signatures: bytes) -> tuple[str, bytes]:
    response = etree.Element(f"{{{NS}}}SignedBigMessageDownloadResponse")
    for data in signatures:
        el = etree.SubElement(response, f"{{{NS}}}dmSignature")
        el.text = base64.b64encode(data).decode()
    return mtom_reply(SOAP12, response)


@pytest.mark.parametrize(
    "data",
    [b"0\x83\x01\x02\n", b"0\x83\x01\x02\r\n", b"\r\n0\x83\x01", b"\n", bytes(range(256)) * 9],
)
def test_binary_parts_come_back_byte_exact(data: bytes) -> None:
    ctype, body = _answer(data, data[::-1])
    envelope, inner = unpack_xop(body, ctype)
    assert inner == "application/soap+xml"
    got = [
        base64.b64decode(el.text or "")
        for el in etree.fromstring(envelope).iter(f"{{{NS}}}dmSignature")
    ]
    assert got == [data, data[::-1]]
    assert b"xop" not in envelope.split(b">", 1)[1]  # no Include left in the envelope


def test_a_missing_part_is_a_protocol_error() -> None:
    ctype, body = _answer(b"abc")
    damaged = body.replace(b"Content-ID: <part0@isds-standin>", b"Content-ID: <other@x>")
    with pytest.raises(DataboxProtocolError):
        unpack_xop(damaged, ctype)


def test_a_damaged_envelope_is_a_protocol_error() -> None:
    ctype, body = _answer(b"abc")
    with pytest.raises(DataboxProtocolError):
        unpack_xop(body.replace(b"<soap:Body>", b"<soap:Body <<", 1), ctype)
