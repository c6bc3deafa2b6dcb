"""Form marks that are not characters (issue 18): checkboxes and struck-out text in HTML,
DOCX, ODT and XLSX rendered by the text layer as box characters and struck text, and read by
the request-type rules; a struck address or contact is never taken as the applicant's.

Every document is built here, in Czech, Slovak and English wording of its own."""

from __future__ import annotations

import io
import re
from typing import Any

import docx
import openpyxl
from docx.oxml import parse_xml
from openpyxl.styles import Font

from intake.content import formats as f
from intake.content.marks import STROKE, strike, unstrike
from intake.content.text import document_text, html_to_text
from tests.unit.docs import pdf_drawn
from tests.unit.extraction_helpers import FEED, REC
from tests.unit.test_extraction_req import _attach, _html, _sure

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
)
_SIG = "<p>S pozdravem Jana Malá, tel. 731 555 010, mala@kurier.example</p>"


def test_html_checkboxes_become_boxes_before_their_labels() -> None:
    text = html_to_text(
        "<p><input type='checkbox' checked> Prístup k výsledkom volieb (XML)</p>"
        "<p><INPUT TYPE='CHECKBOX'> Povolenie na nakrúcanie</p>"
        "<table><tr><td>Natáčení</td><td><input type=radio checked></td>"
        "<td><input type=radio></td></tr></table><input type='text' value='x'>"
    )
    assert "☒ Prístup k výsledkom volieb (XML)" in text
    assert "☐ Povolenie na nakrúcanie" in text
    assert "Natáčení\t☒\t☐" in text


def test_html_struck_text_of_every_kind() -> None:
    text = html_to_text(
        "<p><s>Kamera</s> <strike>Zvuk</strike> <del>Foto</del> "
        "<span style='color: red; TEXT-DECORATION: LINE-THROUGH'>Drón</span> Text"
        "<!-- <s>skryté</s> --></p>"
    )
    assert text.strip() == " ".join(strike(w) for w in ("Kamera", "Zvuk", "Foto", "Drón")) + " Text"
    assert "skryté" not in text


def test_html_form_with_boxes_is_read_for_certain() -> None:
    x = _html(
        "<p>Druh žádosti:</p><p><input type='checkbox'> Přístup k volebním výsledkům (XML)</p>"
        "<p><input type='checkbox' checked> Pořízení záznamu na přebíracím místě</p>"
        "<p>Kameraman: Ota Veselý, záznam 5 min, přebírací místo Kolín</p>" + _SIG
    )
    assert x.request_types == REC and _sure(x)


def test_html_struck_option_is_not_requested() -> None:
    x = _html(
        "<p>Requested:</p><ul><li>Access to the results feed (XML)</li>"
        "<li><del>Filming at a collection point</del></li></ul>"
        "<p>Production IP: 203.0.113.40</p>" + _SIG
    )
    assert x.request_types == FEED
    y = _html(
        "<p>Žiadame o prístup k XML a <s>o povolenie na nakrúcanie</s>.</p>"
        "<p>IP: 203.0.113.41</p>" + _SIG
    )
    assert y.request_types == FEED and _sure(y)


def test_html_struck_option_against_a_request_is_unsure() -> None:
    x = _html(
        "<p><s>Natáčení na přebíracím místě</s></p>"
        "<p>Žádáme o povolení k natáčení na přebíracím místě.</p>"
        "<p>Kameraman: Ota Veselý</p><p>IP: 203.0.113.42</p>" + _SIG
    )
    assert "recording_permit" in x.request_types and not _sure(x)


def test_struck_addresses_and_contacts_are_not_the_applicants() -> None:
    x = _html(
        "<p>Žádáme o přístup k výsledkům (XML).</p>"
        "<p>Produkční IP: <s>198.51.100.7</s> 203.0.113.50</p>"
        "<p>Testovací IP: <span style='text-decoration:line-through'>198.51.100.8</span></p>"
        "<p>Kontakt: <del>old@kurier.example, 602 111 222</del></p>" + _SIG
    )
    assert x.production_ips == ("203.0.113.50",)
    assert "198.51.100.8" not in x.test_ips
    assert x.contact_email != "old@kurier.example" and x.contact_phone != "602111222"


def _docx(paragraphs: list[list[str]]) -> bytes:
    """A DOCX whose paragraphs are made of raw run-level XML fragments."""
    d = docx.Document()
    for fragments in paragraphs:
        p = d.add_paragraph()
        for xml in fragments:
            p._p.append(parse_xml(xml.replace(">", f" {_NS}>", 1)))
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _run(text: str, props: str = "") -> str:
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def _form_checkbox(state: str) -> str:
    return (
        f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:sizeAuto/>'
        f"{state}</w:checkBox></w:ffData></w:fldChar></w:r>"
    )


def _control_checkbox(checked: str) -> str:
    return (
        f'<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="{checked}"/></w14:checkbox>'
        "</w:sdtPr><w:sdtContent><w:r><w:t>☐</w:t></w:r></w:sdtContent></w:sdt>"
    )


def test_docx_form_fields_content_controls_and_struck_runs() -> None:
    data = _docx(
        [
            [_form_checkbox('<w:default w:val="0"/><w:checked/>'), _run(" Results feed (XML)")],
            [_form_checkbox('<w:default w:val="1"/><w:checked w:val="0"/>'), _run(" Filming")],
            [_form_checkbox('<w:default w:val="1"/>'), _run(" Výchozí zaškrtnuto")],
            [_control_checkbox("1"), _run(" Prístup k XML")],
            [_control_checkbox("0"), _run(" Nakrúcanie")],
            [_run("IP: "), _run("192.0.2.70", "<w:strike/>"), _run(" 192.0.2.71", "")],
            [_run("Zvuk", '<w:dstrike w:val="true"/>'), _run(" Obraz", '<w:strike w:val="0"/>')],
        ]
    )
    lines = (document_text(data, f.DOCX) or "").splitlines()
    assert lines[:5] == [
        "☒ Results feed (XML)",
        "☐ Filming",
        "☒ Výchozí zaškrtnuto",
        "☒ Prístup k XML",
        "☐ Nakrúcanie",
    ]
    assert lines[5] == f"IP: {strike('192.0.2.70')} 192.0.2.71"
    assert lines[6] == f"{strike('Zvuk')} Obraz"


def test_docx_marks_in_a_table_and_the_request_they_make() -> None:
    d = docx.Document()
    d.add_paragraph("Žádost o povolení k pořízení záznamu")
    t = d.add_table(rows=3, cols=2)
    for i, (label, checked) in enumerate([("Přístup k XML", "0"), ("Natáčení", "1")]):
        t.cell(i, 0).text = label
        t.cell(i, 1).paragraphs[0]._p.append(
            parse_xml(_control_checkbox(checked).replace("<w:sdt>", f"<w:sdt {_NS}>", 1))
        )
    t.cell(2, 0).text = "Kameraman"
    t.cell(2, 1).paragraphs[0].add_run("Ota Veselý")
    buf = io.BytesIO()
    d.save(buf)
    text = document_text(buf.getvalue(), f.DOCX) or ""
    assert "Přístup k XML\t☐" in text and "Natáčení\t☒" in text
    x = _attach("zadost.docx", buf.getvalue())
    assert x.request_types == REC and _sure(x)


def _odt(struck: str, checked: bool) -> bytes:
    from odf.draw import Control
    from odf.form import Checkbox, Form
    from odf.office import Forms
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import P, Span

    doc = OpenDocumentText()
    st = Style(name="Preskrtnute", family="text")
    st.addElement(TextProperties(textlinethroughstyle="solid"))
    doc.automaticstyles.addElement(st)
    forms, form = Forms(), Form(name="Formular")
    state = "checked" if checked else "unchecked"
    form.addElement(Checkbox(id="c1", name="xml", label="Přístup k XML", currentstate=state))
    forms.addElement(form)
    doc.text.addElement(forms)
    p = P()
    p.addElement(Control(control="c1", width="4cm", height="0.5cm"))
    doc.text.addElement(p)
    p = P(text="Druhá možnost: ")
    p.addElement(Span(stylename=st, text=struck))
    p.addText(" (nehodící se škrtněte)")
    doc.text.addElement(p)
    doc.text.addElement(P(text="Produkční IP: 203.0.113.60"))
    buf = io.BytesIO()
    doc.write(buf)
    return buf.getvalue()


def test_odt_struck_style_and_form_checkbox() -> None:
    data = _odt("natáčení na přebíracím místě", checked=True)
    text = document_text(data, f.ODT) or ""
    assert "☒ Přístup k XML" in text
    assert f"Druhá možnost: {strike('natáčení na přebíracím místě')} (nehodící" in text
    assert "☐ Přístup k XML" in (document_text(_odt("x", checked=False), f.ODT) or "")
    x = _attach("zadost.odt", data)
    assert x.request_types == FEED and x.production_ips == ("203.0.113.60",)


def test_xlsx_struck_cells() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in (
        ["Druh", "Požadujeme"],
        ["Access to the XML results", "ano"],
        ["Filming at a collection point", "ano"],
        ["Produkční IP", "203.0.113.70"],
        ["Záložní IP", "203.0.113.71"],
    ):
        ws.append(row)
    ws["A3"].font = Font(strike=True)
    ws["B5"].font = Font(strike=True, bold=True)
    buf = io.BytesIO()
    wb.save(buf)
    text = document_text(buf.getvalue(), f.XLSX) or ""
    assert f"{strike('Filming at a collection point')}\tano" in text
    assert f"Záložní IP\t{strike('203.0.113.71')}" in text
    x = _attach("zadost.xlsx", buf.getvalue())
    assert x.request_types == FEED and x.production_ips == ("203.0.113.70",)


def test_strike_is_idempotent_and_reversible() -> None:
    s = strike("Ať žije 1. máj")
    assert s.count(STROKE) == len("Ať žije 1. máj".replace(" ", "")) and strike(s) == s
    assert unstrike(s) == "Ať žije 1. máj"


def _pdf_form(ticked_feed: bool, ticked_rec: bool) -> bytes:
    """A PDF form (reportlab AcroForm): checkboxes left of their labels, a yes/no radio
    pair, and a checkbox with no text beside it, named by its tooltip."""

    def draw(c: Any) -> None:
        c.drawString(50, 800, "Typ žiadosti:")
        c.acroForm.checkbox(name="xml", x=50, y=780, size=10, checked=ticked_feed)
        c.drawString(65, 781, "Prístup k výsledkom volieb (XML)")
        c.acroForm.checkbox(name="rec", x=50, y=765, size=10, checked=ticked_rec)
        c.drawString(65, 766, "Nakrúcanie na preberacom mieste")
        c.drawString(50, 740, "Potvrdenie e-mailom:")
        c.acroForm.radio(name="cam", value="ano", selected=True, x=180, y=739, size=10)
        c.drawString(195, 740, "áno")
        c.acroForm.radio(name="cam", value="nie", selected=False, x=230, y=739, size=10)
        c.drawString(245, 740, "nie")
        c.acroForm.checkbox(name="gdpr", tooltip="Souhlas s podmínkami", x=50, y=700, size=10)
        c.drawString(50, 680, "Produkčná IP: 203.0.113.80")

    return pdf_drawn(draw)


def test_pdf_acroform_checkboxes_and_radio_buttons() -> None:
    lines = [ln.strip() for ln in (document_text(_pdf_form(False, True), f.PDF) or "").splitlines()]
    assert "☐ Prístup k výsledkom volieb (XML)" in lines
    assert "☒ Nakrúcanie na preberacom mieste" in lines
    assert any(
        ln.startswith("Potvrdenie e-mailom:") and ln.endswith("☒ áno ☐ nie")
        for ln in (re.sub(r"\s+", " ", ln) for ln in lines)
    )
    assert "☐ Souhlas s podmínkami" in lines
    x = _attach("ziadost.pdf", _pdf_form(True, False))
    assert x.request_types == FEED and _sure(x)
    assert x.production_ips == ("203.0.113.80",)


def _vml_checkbox(label: str, checked: bool, row: int) -> str:
    state = "<x:Checked>1</x:Checked>" if checked else ""
    return (
        f'<v:shape id="_x0000_s10{row}" type="#_x0000_t201" style="position:absolute">'
        '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left">'
        f'<font face="Segoe UI" size="160" color="auto">{label}</font></div></v:textbox>'
        f'<x:ClientData ObjectType="Checkbox"><x:Anchor>\n 1, 15, {row}, 2, 3, 40, {row}, 18'
        f"</x:Anchor><x:AutoFill>False</x:AutoFill>{state}<x:NoThreeD/></x:ClientData></v:shape>"
    )


def test_xlsx_checkbox_form_controls() -> None:
    import zipfile

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Request form"])
    ws.append(["Production IP", "203.0.113.90"])
    buf = io.BytesIO()
    wb.save(buf)
    vml = (
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:x="urn:schemas-microsoft-com:'
        'office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/>'
        "</o:shapelayout><br>"
        + _vml_checkbox("Filming at a collection point", False, 6)
        + _vml_checkbox("Access to the results (XML) &amp; feed", True, 4)
        + '<v:shape id="n"><x:ClientData ObjectType="Note"><x:Row>1</x:Row></x:ClientData>'
        "</v:shape></xml>"
    )
    with zipfile.ZipFile(buf, "a") as z:
        z.writestr("xl/drawings/vmlDrawing1.vml", vml)
    text = document_text(buf.getvalue(), f.XLSX) or ""
    assert text.splitlines()[-2:] == [
        "☒ Access to the results (XML) & feed",
        "☐ Filming at a collection point",
    ]
    x = _attach("form.xlsx", buf.getvalue())
    assert x.request_types == FEED and _sure(x)


def _pdf_columns_form(feed: bool, filming: bool) -> bytes:
    """A PDF form with yes/no columns of checkboxes and no text beside the boxes."""

    def draw(c: Any) -> None:
        c.drawString(60, 790, "Request")
        c.drawString(320, 790, "Yes")
        c.drawString(380, 790, "No")
        rows = (
            (770, "Access to the results server (XML)", feed, "srv"),
            (752, "Filming at a collection point", filming, "film"),
        )
        for y, label, yes, name in rows:
            c.drawString(60, y, label)
            c.acroForm.checkbox(name=f"{name}_y", x=321, y=y - 1, size=9, checked=yes)
            c.acroForm.checkbox(name=f"{name}_n", x=381, y=y - 1, size=9, checked=not yes)
        c.drawString(60, 720, "Production IP: 203.0.113.95")

    return pdf_drawn(draw)


def test_pdf_boxes_in_yes_no_columns_stay_in_their_columns() -> None:
    text = document_text(_pdf_columns_form(False, True), f.PDF) or ""
    header = next(ln for ln in text.splitlines() if ln.startswith("Request"))
    film = next(ln for ln in text.splitlines() if ln.startswith("Filming"))
    assert abs(film.index("☒") - header.index("Yes")) <= 2
    assert abs(film.index("☐") - header.index("No")) <= 2
    both = _attach("form.pdf", _pdf_columns_form(True, True))
    assert both.request_types == ("feed_access", "recording_permit") and _sure(both)
    feed = _attach("form.pdf", _pdf_columns_form(True, False))
    assert feed.request_types == FEED and _sure(feed)


def test_ods_cell_in_a_struck_style() -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TextProperties
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    st = Style(name="ce9", family="table-cell")
    st.addElement(TextProperties(textlinethroughstyle="solid"))
    doc.automaticstyles.addElement(st)
    t = Table(name="Žádost")
    for label, value, struck in (
        ("Prístup k XML", "áno", False),
        ("Nakrúcanie", "áno", True),
        ("Testovacia IP", "203.0.113.99", True),
    ):
        tr = TableRow()
        for text, style in ((label, struck), (value, struck and label.startswith("Test"))):
            tc = TableCell(valuetype="string", stylename=st) if style else TableCell()
            tc.addElement(P(text=text))
            tr.addElement(tc)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
    buf = io.BytesIO()
    doc.write(buf)
    text = document_text(buf.getvalue(), f.ODS) or ""
    assert "Prístup k XML\táno" in text
    assert f"{strike('Nakrúcanie')}\táno" in text
    assert f"{strike('Testovacia IP')}\t{strike('203.0.113.99')}" in text
