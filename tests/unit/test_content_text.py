"""Text from bodies and documents; Czech charsets."""

from __future__ import annotations

import pytest

from intake.content import formats as f
from intake.content.text import TextExtractionError, decode, document_text, html_to_text
from tests.unit.docs import docx_bytes, ods_bytes, odt_bytes, pdf_bytes, xlsx_bytes

CZ = "Žluťoučký kůň úpěl ďábelské ódy – ŠČŘŽÝÁÍÉ"


@pytest.mark.parametrize("charset", ["utf-8", "windows-1250", "iso-8859-2"])
def test_decode_declared(charset: str) -> None:
    text = CZ.replace("–", "-")
    assert decode(text.encode(charset), charset) == text


@pytest.mark.parametrize("charset", ["windows-1250", "iso-8859-2"])
def test_decode_undeclared_or_mislabelled(charset: str) -> None:
    text = "Šárka Žáková, šéfredaktorka, žádá o přístup"
    data = text.encode(charset)
    assert decode(data, None) == text
    assert decode(data, "us-ascii") == text
    # windows-1250 bytes declared as ISO-8859-2 (a common mislabel) are still read right
    if charset == "windows-1250":
        assert decode(data, "iso-8859-2") == text


def test_html_is_safe_and_structured() -> None:
    html = """<html><head><title>t</title><style>p{}</style><script>alert('x')</script></head>
    <body><p>Dobrý&nbsp;den</p><table><tr><td>Produkční IP</td><td>Testovací IP</td></tr>
    <tr><td>192.0.2.1</td><td>192.0.2.2</td></tr></table>
    <blockquote>citace 10.0.0.1</blockquote><img src="http://example.org/x.png"></body></html>"""
    text = html_to_text(html)
    assert "alert" not in text and "p{}" not in text
    assert "Dobrý den" in text
    assert "Produkční IP\tTestovací IP" in text
    assert "192.0.2.1\t192.0.2.2" in text
    assert "> citace 10.0.0.1" in text


def test_documents() -> None:
    assert CZ in (document_text(pdf_bytes([CZ]), f.PDF) or "")
    d = document_text(docx_bytes([CZ, [["Produkční IP", "192.0.2.1"]]]), f.DOCX) or ""
    assert CZ in d and "Produkční IP\t192.0.2.1" in d
    o = document_text(odt_bytes([CZ], [["Testovací IP", "192.0.2.9"]]), f.ODT) or ""
    assert CZ in o and "Testovací IP\t192.0.2.9" in o
    s = document_text(ods_bytes([["IP", "Typ"], ["192.0.2.3", "test"]]), f.ODS) or ""
    assert "192.0.2.3\ttest" in s
    x = document_text(xlsx_bytes([["IP", "Typ"], ["192.0.2.4", "produkce"]]), f.XLSX) or ""
    assert "192.0.2.4\tprodukce" in x
    rtf = b"{\\rtf1\\ansi\\ansicpg1250 \\u381?adatel: R\\'e1dio\\par IP 192.0.2.5}"
    r = document_text(rtf, f.RTF) or ""
    assert "Žadatel: Rádio" in r and "192.0.2.5" in r
    assert document_text(b"\x89PNG....", f.PNG) is None


@pytest.mark.parametrize("kind", [f.PDF, f.DOCX, f.ODT, f.XLSX])
def test_damaged_documents_raise(kind: str) -> None:
    with pytest.raises(TextExtractionError):
        document_text(b"PK\x03\x04 this is not really a document", kind)


def test_an_xlsx_with_a_corrupt_deflate_stream_is_a_damaged_document_not_a_crash() -> None:
    """A member whose compressed bytes are broken (zlib "invalid distance") is reported as a
    damaged document, like any other unreadable file, from both the traits pass and the reader."""
    import io
    import zipfile

    import openpyxl
    import pytest

    from intake.content.formats import XLSX
    from intake.content.text import TextExtractionError, document_text

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for i in range(200):
        ws.append([f"row {i}", f"192.0.2.{i % 250}", "produkce" * (i % 7)])
    buf = io.BytesIO()
    wb.save(buf)
    data = bytearray(buf.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for k in range(start + 40, start + info.compress_size - 40, 7):
        data[k] ^= 0x5A  # scramble the deflate stream, keep the headers intact
    with pytest.raises(TextExtractionError):
        document_text(bytes(data), XLSX)


def _scrambled(data: bytes, member: str) -> bytes:
    """``data`` with the deflate stream of ``member`` scrambled, the ZIP headers intact."""
    import io
    import zipfile

    out = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        info = z.getinfo(member)
    assert info.compress_type == zipfile.ZIP_DEFLATED and info.compress_size > 100
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for k in range(start + 20, start + info.compress_size - 20, 7):
        out[k] ^= 0x5A
    return bytes(out)


def test_a_docx_is_read_from_its_text_parts_a_broken_text_part_is_damage() -> None:
    """Only the parts the text comes from are inflated: a broken deflate stream in the main
    document is a damaged file; one in the theme, which no text is read from, is not."""
    data = docx_bytes(["Žadatel: Rádio Plzeň", "192.0.2.5"])
    assert "Rádio Plzeň" in (document_text(data, f.DOCX) or "")
    with pytest.raises(TextExtractionError):
        document_text(_scrambled(data, "word/document.xml"), f.DOCX)
    themed = document_text(_scrambled(data, "word/theme/theme1.xml"), f.DOCX) or ""
    assert "Rádio Plzeň" in themed and "192.0.2.5" in themed


def test_a_docx_missing_a_part_it_refers_to_is_damaged() -> None:
    """A relationship to a part the package lacks (here the styles) is a damaged file even
    though the styles are never read."""
    import io
    import zipfile

    data = docx_bytes(["Žadatel: Rádio Plzeň"])
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            if info.filename != "word/styles.xml":
                dst.writestr(info, src.read(info))
    with pytest.raises(TextExtractionError):
        document_text(buf.getvalue(), f.DOCX)
