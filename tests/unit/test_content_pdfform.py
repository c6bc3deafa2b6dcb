"""The content reader's PDF form fields and tracked changes (``intake.content.pdfform``,
``intake.content.marks``): values reach the text beside their labels; a malformed field is
left out, never a crash."""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, NumberObject

from intake.content import formats as f
from intake.content.marks import STROKE
from intake.content.text import document_text


def _form(value: str = "203.0.113.5") -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.drawString(56, 744, "Production IP")
    c.acroForm.textfield(name="prod", value=value, x=220, y=740, width=200, height=18)
    c.save()
    return buf.getvalue()


def test_text_field_value_after_its_label() -> None:
    text = document_text(_form(), f.PDF) or ""
    assert "Production IP   203.0.113.5" in text


def test_malformed_field_value_is_left_out_not_a_crash() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_form())))
    for ref in writer.pages[0]["/Annots"]:
        ref.get_object()[NameObject("/V")] = DictionaryObject({NameObject("/X"): NumberObject(1)})
    out = io.BytesIO()
    writer.write(out)
    text = document_text(out.getvalue(), f.PDF) or ""
    assert "Production IP" in text and "203.0.113.5" not in text


def test_hidden_field_is_left_out() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_form())))
    for ref in writer.pages[0]["/Annots"]:
        ref.get_object()[NameObject("/F")] = NumberObject(2)
    out = io.BytesIO()
    writer.write(out)
    assert "203.0.113.5" not in (document_text(out.getvalue(), f.PDF) or "")


def test_docx_tracked_change_read_as_shown() -> None:
    from tests.unit.test_extraction_drill_r63_docs import _revised_docx

    text = document_text(_revised_docx(["IP: [-192.0.2.1-][+192.0.2.2+] [<a<][>b>]"]), f.DOCX) or ""
    line = next(ln for ln in text.splitlines() if ln.startswith("IP"))
    assert line.replace(STROKE, "") == "IP: 192.0.2.1192.0.2.2 ab"
    assert "192.0.2.2" in line and f"1{STROKE}" in line and f"a{STROKE}" in line


def test_odt_deleted_text_struck_in_place_not_a_paragraph() -> None:
    from tests.unit.test_extraction_drill_r63_docs import _revised_odt

    text = document_text(_revised_odt([("IP: ", "192.0.2.1", "192.0.2.2")]), f.ODT) or ""
    assert [ln.replace(STROKE, "") for ln in text.splitlines() if ln.strip()] == ["IP: 192.0.2.1192.0.2.2"]
