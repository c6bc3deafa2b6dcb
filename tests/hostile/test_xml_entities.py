"""XXE and billion laughs in a ZFO's inner XML, in DOCX/XLSX/ODT XML parts and in HTML: never
expanded, never fetched; refused with a recorded reason where the format forbids a DTD."""

from __future__ import annotations

import pytest

from intake.model import Channel
from tests.fuzz.harness import Harness, make_docx, make_odt, make_xlsx
from tests.hostile import builders as B
from tests.hostile.common import codes, component, inspect, messages

ATTACKS = {
    "xxe": (B.XXE_DTD, b"&xxe;&net;"),
    "billion_laughs": (B.LAUGHS_DTD, b"&l9;"),
}


def _zfo(xml: bytes) -> bytes:
    from databox.standin.authority import SealingAuthority

    return SealingAuthority.generate().seal(xml)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("attack", list(ATTACKS))
def test_zfo_inner_xml_with_dtd_is_refused(harness: Harness, attack: str) -> None:
    from databox.standin.messages import make_demo_zfo
    from databox.zfo import parse_zfo, unwrap_cms

    dtd, ref = ATTACKS[attack]
    genuine = unwrap_cms(harness.seeds["zfo"][0])
    hostile = B.xml_with_dtd(genuine, dtd, ref)
    raw = _zfo(hostile)
    parsed = parse_zfo(raw)
    # a declared DTD is refused; lxml may already reject the entity loop as not well-formed
    assert [p.code for p in parsed.problems] in (["zfo_xml_doctype"], ["zfo_xml_invalid"])
    assert not parsed.components
    result = inspect(harness, raw, Channel.DATABOX)
    assert codes(result) & {"zfo_xml_doctype", "zfo_xml_invalid"}
    assert B.PASSWD_MARK not in str(result) and "hahaha" not in str(result)
    assert make_demo_zfo  # the genuine seed came from the stand-in's builder


def _office(kind: str, dtd: bytes, ref: bytes) -> tuple[str, bytes]:
    if kind == "docx":
        part, text = "word/document.xml", b"<w:t>"
        data = make_docx()
    elif kind == "xlsx":
        part, text = "xl/worksheets/sheet1.xml", b"<sheetData>"
        data = make_xlsx()
    else:
        part, text = "content.xml", b"Produk"
        data = make_odt()

    def poison(xml: bytes) -> bytes:
        out = B.xml_with_dtd(xml, dtd, b"")
        at = out.index(text) + (len(text) if text.startswith(b"<") else 0)
        return out[:at] + ref + out[at:]

    return f"zadost.{kind}", B.rewrite_zip(data, part, poison)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("kind", ["docx", "xlsx", "odt"])
@pytest.mark.parametrize("attack", list(ATTACKS))
def test_office_xml_part_with_dtd_is_refused(harness: Harness, kind: str, attack: str) -> None:
    name, doc = _office(kind, *ATTACKS[attack])
    result = inspect(harness, B.mail([(name, "application/octet-stream", doc)]))
    comp = component(result, name)
    assert comp["problem"] == "unreadable_attachment"
    assert "unreadable_attachment" in codes(result)
    assert "DTD" in messages(result)
    assert result["signature"]["status"] == "missing"
    assert B.PASSWD_MARK not in str(result) and "hahaha" not in str(result)


@pytest.mark.timeout(30)
def test_genuine_office_documents_still_read(harness: Harness) -> None:
    """The DTD guard must not refuse ordinary documents."""
    raw = B.mail(
        [
            ("a.docx", "application/octet-stream", make_docx()),
            ("b.xlsx", "application/octet-stream", make_xlsx()),
            ("c.odt", "application/octet-stream", make_odt()),
        ]
    )
    result = inspect(harness, raw)
    for name in ("a.docx", "b.xlsx", "c.odt"):
        assert component(result, name)["problem"] is None
    assert "192.0.2.10" in str(result)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("attack", list(ATTACKS))
def test_html_body_entities_are_not_expanded(harness: Harness, attack: str) -> None:
    """HTML has no DTD-defined entities: the declaration is ignored, the text is read."""
    dtd, ref = ATTACKS[attack]
    html = dtd.decode() + f"<html><body><p>{ref.decode()} IP 192.0.2.44</p></body></html>"
    result = inspect(harness, B.mail(html=html))
    assert B.PASSWD_MARK not in str(result)
    assert "hahahaha" not in str(result)
    assert component(result, "body-2.html")["problem"] is None
    assert result["signature"]["status"] == "missing"
