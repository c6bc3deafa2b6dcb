"""A blind drill, sixty-third round, documents (issue 18): what the content reader missed in
files, and a router's configuration pasted into a mail. A fillable PDF whose values sit only in
its AcroForm fields (labels left of the fields, above them, or none but the field's tooltip or
name; a multi-line field, a choice field, a hidden field, two fields side by side, check boxes
and a radio group beside them); a DOCX or ODT with tracked changes not accepted (an address
replaced, a line inserted or deleted, a paragraph moved, a phone corrected: read as the page
shows them, the deleted text struck); a Cisco ACL whose roles stand in "remark" lines above the
entries, numbered ACLs, iptables and nftables comments, MikroTik "comment=", Juniper terms and
"/* … */" comments; and near misses (remarks without roles, a sentence wrapped onto a line
starting "permit", an empty form whose addresses are in the mail). Every message was labelled
by ``tests/corpus/LABELS.md`` before extraction ran on it; each is scored field by field as the
corpus runner scores a case.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any

import pytest

from intake.model import ParsedMessage
from tests.unit.docs import FONT, register_dejavu
from tests.unit.drill_helpers import BOTH, FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import attachment, body, data_message, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


_VALUES: dict[str, str] = {}
"""The values of the fields being drawn, by name: reportlab draws a field's appearance in
Latin-1 only, so a field is drawn with a stand-in and its value (``/V``) set afterwards."""


_OPTIONS: dict[str, list[tuple[str, str]]] = {}


def _opts(name: str, options: list[tuple[str, str]]) -> list[tuple[str, str]]:
    _OPTIONS[name] = options
    return [(t.encode("latin-1", "replace").decode("latin-1"), e) for t, e in options]


def _v(name: str, value: str) -> str:
    _VALUES[name] = value
    return value.encode("latin-1", "replace").decode("latin-1")


def _form(draw: Callable[[Any, Any], None], title: str = "Žádost o přístup k výsledkům voleb") -> bytes:
    """A one-page fillable PDF: ``draw(canvas, form)`` writes the labels and the fields."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, NameObject, TextStringObject
    from reportlab.pdfgen import canvas

    _VALUES.clear()
    _OPTIONS.clear()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    register_dejavu()
    c.setFont("DejaVu", 10)
    c.drawString(56, 790, title)
    draw(c, c.acroForm)
    c.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    for ref in writer.pages[0].get("/Annots") or []:
        a = ref.get_object()
        if a.get("/FT") == "/Tx" and str(a.get("/T")) in _VALUES:
            a[NameObject("/V")] = TextStringObject(_VALUES[str(a["/T"])])
        if a.get("/FT") == "/Ch" and str(a.get("/T")) in _OPTIONS:
            a[NameObject("/Opt")] = ArrayObject(
                ArrayObject([TextStringObject(e), TextStringObject(t)])
                for t, e in _OPTIONS[str(a["/T"])]
            )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _left(rows: list[tuple[str, str, str]], tips: bool = True) -> Callable[[Any, Any], None]:
    """Rows of (label, field name, value): the label on the left, the field beside it."""

    def draw(c: Any, form: Any) -> None:
        y = 740
        for text, name, value in rows:
            if text:
                c.drawString(56, y + 4, text)
            form.textfield(name=name, tooltip=text if tips else None, value=_v(name, value), x=220, y=y,
                           width=320, height=18, borderWidth=1, fontName="Helvetica")
            y -= 28

    return draw


def _above(rows: list[tuple[str, str, str]]) -> Callable[[Any, Any], None]:
    """Rows of (label, field name, value): the label above its field."""

    def draw(c: Any, form: Any) -> None:
        y = 740
        for text, name, value in rows:
            c.drawString(56, y, text)
            form.textfield(name=name, value=_v(name, value), x=56, y=y - 24, width=400, height=18,
                           borderWidth=1, fontName="Helvetica")
            y -= 48

    return draw


def _unlabelled(rows: list[tuple[str | None, str, str]]) -> Callable[[Any, Any], None]:
    """Rows of (tooltip or None, field name, value): no text on the page beside the fields."""

    def draw(c: Any, form: Any) -> None:
        y = 740
        for tip, name, value in rows:
            form.textfield(name=name, tooltip=tip, value=_v(name, value), x=56, y=y, width=400, height=18,
                           borderWidth=1, fontName="Helvetica")
            y -= 28

    return draw


def _with_boxes(boxes: list[tuple[str, bool]], then: Callable[[Any, Any], None]) -> Callable[[Any, Any], None]:
    def draw(c: Any, form: Any) -> None:
        y = 760
        for n, (text, ticked) in enumerate(boxes):
            form.checkbox(name=f"box{n}", tooltip=text, checked=ticked, x=56, y=y - 3, size=12)
            c.drawString(74, y, text)
            y -= 16
        then(c, form)

    return draw


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MARK = re.compile(r"\[-(.*?)-\]|\[\+(.*?)\+\]|\[<(.*?)<\]|\[>(.*?)>\]")


def _revised_docx(paragraphs: list[str]) -> bytes:
    """A DOCX whose paragraphs carry tracked changes: "[-old-]" deleted, "[+new+]" inserted,
    "[<text<]" moved away from here, "[>text>]" moved here."""
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    for n, para in enumerate(paragraphs):
        p = d.add_paragraph()
        pos = 0
        xml: list[str] = []
        for m in _MARK.finditer(para):
            xml.append(_run(para[pos : m.start()]))
            attrs = f'w:id="{n * 10 + len(xml)}" w:author="A" w:date="2025-09-08T09:00:00Z"'
            if m.group(1) is not None:
                xml.append(f"<w:del {attrs}>{_run(m.group(1), 'delText')}</w:del>")
            elif m.group(2) is not None:
                xml.append(f"<w:ins {attrs}>{_run(m.group(2))}</w:ins>")
            elif m.group(3) is not None:
                xml.append(f"<w:moveFrom {attrs}>{_run(m.group(3))}</w:moveFrom>")
            else:
                xml.append(f"<w:moveTo {attrs}>{_run(m.group(4))}</w:moveTo>")
            pos = m.end()
        xml.append(_run(para[pos:]))
        for el in parse_xml(f'<w:wrap xmlns:w="{_W}">{"".join(xml)}</w:wrap>'):
            p._p.append(el)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _run(text: str, tag: str = "t") -> str:
    if not text:
        return ""
    from xml.sax.saxutils import escape

    return f'<w:r><w:{tag} xml:space="preserve">{escape(text)}</w:{tag}></w:r>'


def _revised_odt(paragraphs: list[tuple[str, str | None, str | None]]) -> bytes:
    """An ODT whose paragraphs are (text before, deleted text or None, inserted text or None)
    with ", " and the rest after; tracked changes not accepted."""
    from odf.dc import Creator, Date
    from odf.namespaces import TEXTNS, XMLNS
    from odf.office import ChangeInfo
    from odf.opendocument import OpenDocumentText
    from odf.text import (
        Change,
        ChangedRegion,
        ChangeEnd,
        ChangeStart,
        Deletion,
        Insertion,
        P,
        TrackedChanges,
    )

    doc = OpenDocumentText()
    tracked = TrackedChanges()
    doc.text.addElement(tracked)

    def region(cid: str, kind: Any, text: str | None) -> None:
        r = ChangedRegion(qattributes={(TEXTNS, "id"): cid, (XMLNS, "id"): cid})
        change = kind()
        info = ChangeInfo()
        who, when = Creator(), Date()
        who.addText("A")
        when.addText("2025-09-08T09:00:00")
        info.addElement(who)
        info.addElement(when)
        change.addElement(info)
        if text is not None:
            change.addElement(P(text=text))
        r.addElement(change)
        tracked.addElement(r)

    for n, (before, gone, new) in enumerate(paragraphs):
        p = P(text=before)
        if gone is not None:
            region(f"d{n}", Deletion, gone)
            p.addElement(Change(changeid=f"d{n}"))
        if new is not None:
            region(f"i{n}", Insertion, None)
            p.addElement(ChangeStart(changeid=f"i{n}"))
            p.addText(new)
            p.addElement(ChangeEnd(changeid=f"i{n}"))
        doc.text.addElement(p)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _m(text: str, sender: str, name: str, *files: Any, subject: str = "Žádost o XML výsledky") -> ParsedMessage:
    return mail(body(text), *files, subject=subject, sender=sender, sender_name=name)


# ---------------------------------------------------------------- 1. PDF form fields

CASES["dm_cz_pdf_form_left_labels"] = (
    data_message(
        "Žádost o přístup k výsledkům voleb – formulář",
        attachment("formular.pdf", _form(_with_boxes(
            [("žádám o přístup k XML výsledkům", True), ("žádám o povolení k natáčení", False)],
            _left([
                ("Název žadatele", "nazev", "Jihlavský zpravodaj s.r.o."),
                ("IČO", "ico", "77447166"),
                ("Produkční IP adresy", "prod", "198.51.100.130, 198.51.100.131"),
                ("Testovací IP adresa", "test", "198.51.100.139"),
                ("Kontaktní osoba", "osoba", "Hana Dvořáková"),
                ("E-mail", "email", "dvorakova@jihlavskyzpravodaj.example"),
                ("Telefon", "tel", "567 210 334"),
            ])))),
        sender="jz4kq2m", dm_sender="Jihlavský zpravodaj s.r.o."),
    label(FEED, ("Jihlavský zpravodaj s.r.o.", "77447166", "jz4kq2m"),
          ["198.51.100.130", "198.51.100.131"], ["198.51.100.139"],
          ("Hana Dvořáková", "dvorakova@jihlavskyzpravodaj.example", "+420567210334")),
)

CASES["cz_pdf_form_labels_above"] = (
    _m("Dobrý den,\nv příloze posílám vyplněný formulář žádosti o přístup k XML výsledkům.\n\nMilan Šťastný",
       "stastny@krkonosskydenik.example", "Milan Šťastný",
       attachment("zadost.pdf", _form(_above([
           ("Žadatel (název organizace)", "zadatel", "Krkonošský deník a.s."),
           ("IČO", "ico", "11341491"),
           ("Produkční IP adresa", "ip1", "203.0.113.140"),
           ("Testovací IP adresa", "ip2", "203.0.113.149"),
           ("Kontaktní osoba", "kontakt", "Milan Šťastný"),
           ("Telefon", "telefon", "+420 499 811 203"),
       ])))),
    label(FEED, ("Krkonošský deník a.s.", "11341491", None), ["203.0.113.140"], ["203.0.113.149"],
          ("Milan Šťastný", "stastny@krkonosskydenik.example", "+420499811203")),
)

CASES["en_pdf_form_tooltips_only"] = (
    _m("Hello,\nplease find our filled-in application for the XML results feed attached.\n\nKind regards\nOliver Grant",
       "o.grant@danubewire.example", "Oliver Grant",
       attachment("application.pdf", _form(_unlabelled([
           ("Organisation name", "f1", "Danube Wire Ltd."),
           ("Production IP address", "f2", "192.0.2.150"),
           ("Test IP address", "f3", "192.0.2.159"),
           ("Contact person", "f4", "Oliver Grant"),
           ("Contact e-mail", "f5", "o.grant@danubewire.example"),
           ("Contact phone", "f6", "+44 20 7946 0321"),
       ]), title="Application for access to election results (XML)"))),
    label(FEED, ("Danube Wire Ltd.", None, None), ["192.0.2.150"], ["192.0.2.159"],
          ("Oliver Grant", "o.grant@danubewire.example", "+442079460321")),
)

CASES["cz_pdf_form_field_names_only"] = (
    _m("Dobrý den,\nposílám formulář k přístupu na XML výsledky.\n\nS pozdravem\nTereza Malá\nRádio Pálava s.r.o.",
       "mala@radiopalava.example", "Tereza Malá",
       attachment("formular.pdf", _form(_unlabelled([
           (None, "form1[0].page1[0].ProdukcniIP[0]", "203.0.113.150"),
           (None, "form1[0].page1[0].TestovaciIP[0]", "203.0.113.158"),
           (None, "form1[0].page1[0].Telefon[0]", "519 330 118"),
       ])))),
    label(FEED, ("Rádio Pálava s.r.o.", None, None), ["203.0.113.150"], ["203.0.113.158"],
          ("Tereza Malá", "mala@radiopalava.example", "+420519330118")),
)


def _multiline(c: Any, form: Any) -> None:
    c.drawString(56, 744, "Produkční IP adresy (každá na řádek)")
    form.textfield(name="prod", value="192.0.2.161\n192.0.2.162\n192.0.2.163", x=260, y=700,
                   width=280, height=60, fieldFlags="multiline", fontName="Helvetica")
    c.drawString(56, 664, "Testovací IP adresa")
    form.textfield(name="test", value="192.0.2.169", x=260, y=660, width=280, height=18,
                   fontName="Helvetica")


CASES["cz_pdf_form_multiline_field"] = (
    _m("Dobrý den,\nžádáme o přístup k XML výsledkům voleb, údaje jsou ve formuláři.\n\nOndřej Kříž\nHanácký týdeník s.r.o., IČO 03253490\ntel. 585 220 417",
       "kriz@hanackytydenik.example", "Ondřej Kříž",
       attachment("formular.pdf", _form(_multiline))),
    label(FEED, ("Hanácký týdeník s.r.o.", "03253490", None),
          ["192.0.2.161", "192.0.2.162", "192.0.2.163"], ["192.0.2.169"],
          ("Ondřej Kříž", "kriz@hanackytydenik.example", "+420585220417")),
)


def _side_by_side(c: Any, form: Any) -> None:
    c.drawString(56, 744, "Produkce:")
    form.textfield(name="p", value="198.51.100.171", x=110, y=740, width=150, height=18, fontName="Helvetica")
    c.drawString(290, 744, "Test:")
    form.textfield(name="t", value="198.51.100.179", x=330, y=740, width=150, height=18, fontName="Helvetica")
    c.drawString(56, 716, "Kontakt:")
    form.textfield(name="k", value="Jitka Horká, horka@vltavskelisty.example, 380 712 504", x=110,
                   y=712, width=400, height=18, fontName="Helvetica")


CASES["cz_pdf_form_two_columns"] = (
    _m("Dobrý den,\nv příloze žádost o XML výsledky za Vltavské listy s.r.o. (IČO 00923982).\n\nJitka Horká",
       "horka@vltavskelisty.example", "Jitka Horká",
       attachment("zadost.pdf", _form(_side_by_side))),
    label(FEED, ("Vltavské listy s.r.o.", "00923982", None), ["198.51.100.171"], ["198.51.100.179"],
          ("Jitka Horká", "horka@vltavskelisty.example", "+420380712504")),
)


def _choice(c: Any, form: Any) -> None:
    c.drawString(56, 744, "Žádám o")
    form.choice(name="druh", value="xml", options=_opts("druh", [("přístup k XML výsledkům", "xml"),
                                                              ("povolení k natáčení", "film")]),
                x=220, y=740, width=300, height=18, fontName="Helvetica")
    _left([("Produkční IP adresa", "prod", "192.0.2.181"),
           ("Testovací IP adresa", "test", "192.0.2.189")])(c, form)


CASES["cz_pdf_form_choice_field"] = (
    _m("Dobrý den,\nzasílám žádost ve formuláři.\n\nKarel Beneš\nPodřipský rozhlas s.r.o., IČO 66573106\n+420 416 532 118",
       "benes@podripskyrozhlas.example", "Karel Beneš",
       attachment("zadost.pdf", _form(_choice))),
    label(FEED, ("Podřipský rozhlas s.r.o.", "66573106", None), ["192.0.2.181"], ["192.0.2.189"],
          ("Karel Beneš", "benes@podripskyrozhlas.example", "+420416532118")),
)

CASES["de_pdf_form_checkboxes_both"] = (
    _m("Guten Tag,\nanbei unser ausgefüllter Antrag.\n\nMit freundlichen Grüßen\nJonas Berger",
       "berger@oberpfalzecho.example", "Jonas Berger",
       attachment("antrag.pdf", _form(_with_boxes(
           [("Zugang zu den XML-Ergebnissen", True), ("Drehgenehmigung im Wahlzentrum", True)],
           _left([
               ("Organisation", "org", "Oberpfalz Echo GmbH"),
               ("Produktions-IP", "prod", "203.0.113.191"),
               ("Test-IP", "test", "203.0.113.199"),
               ("Ansprechpartner", "person", "Jonas Berger"),
               ("Telefon", "tel", "+49 941 5562 310"),
           ])), title="Antrag auf Zugang zu den Wahlergebnissen"))),
    label(BOTH, ("Oberpfalz Echo GmbH", None, None), ["203.0.113.191"], ["203.0.113.199"],
          ("Jonas Berger", "berger@oberpfalzecho.example", "+499415562310")),
)


def _hidden_old(c: Any, form: Any) -> None:
    _left([("Produkční IP adresa", "prod", "198.51.100.201"),
           ("Testovací IP adresa", "test", "198.51.100.209")])(c, form)
    form.textfield(name="stara", value="198.51.100.200", x=220, y=600, width=300, height=18,
                   annotationFlags="hidden", fontName="Helvetica")


CASES["cz_pdf_form_hidden_field_near_miss"] = (
    _m("Dobrý den,\nžádost o XML výsledky v příloze.\n\nLucie Veselá\nZnojemský týden s.r.o., IČO 05951097\ntel. 515 224 180",
       "vesela@znojemskytyden.example", "Lucie Veselá",
       attachment("zadost.pdf", _form(_hidden_old))),
    label(FEED, ("Znojemský týden s.r.o.", "05951097", None), ["198.51.100.201"], ["198.51.100.209"],
          ("Lucie Veselá", "vesela@znojemskytyden.example", "+420515224180")),
)

CASES["cz_pdf_form_empty_addresses_in_mail_near_miss"] = (
    _m("Dobrý den,\nformulář jsem vyplnil jen zčásti, adresy píšu sem:\nprodukční IP: 192.0.2.211\ntestovací IP: 192.0.2.219\n\nPavel Kovář\ntel. 731 552 904",
       "kovar@orlickenoviny.example", "Pavel Kovář",
       attachment("formular.pdf", _form(_left([
           ("Název žadatele", "nazev", "Orlické noviny s.r.o."),
           ("IČO", "ico", "29067057"),
           ("Produkční IP adresy", "prod", ""),
           ("Testovací IP adresy", "test", ""),
       ])))),
    label(FEED, ("Orlické noviny s.r.o.", "29067057", None), ["192.0.2.211"], ["192.0.2.219"],
          ("Pavel Kovář", "kovar@orlickenoviny.example", "+420731552904")),
)


def _radio(c: Any, form: Any) -> None:
    c.drawString(56, 764, "Druh žádosti:")
    form.radio(name="druh", value="xml", selected=True, x=150, y=761, size=12)
    c.drawString(168, 764, "přístup k XML výsledkům")
    form.radio(name="druh", value="film", selected=False, x=330, y=761, size=12)
    c.drawString(348, 764, "natáčení")
    _left([("Žadatel", "zad", "Slezský kurýr s.r.o."), ("IČO", "ico", "05056144"),
           ("Produkční IP", "prod", "203.0.113.221"), ("Kontaktní osoba", "os", "Radek Polák"),
           ("E-mail", "em", "polak@slezskykuryr.example"), ("Telefon", "tel", "596 118 420")])(c, form)


CASES["dm_cz_pdf_form_radio_group"] = (
    data_message("Žádost – XML", attachment("zadost.pdf", _form(_radio)),
                 sender="sk7mr2a", dm_sender="Slezský kurýr s.r.o."),
    label(FEED, ("Slezský kurýr s.r.o.", "05056144", "sk7mr2a"), ["203.0.113.221"], [],
          ("Radek Polák", "polak@slezskykuryr.example", "+420596118420")),
)

CASES["sk_pdf_form_left_labels"] = (
    _m("Dobrý deň,\nv prílohe posielame vyplnenú žiadosť.\n\nS pozdravom\nMartina Kollárová",
       "kollarova@zahorskyhlas.example", "Martina Kollárová",
       attachment("ziadost.pdf", _form(_left([
           ("Názov žiadateľa", "n", "Záhorský hlas s.r.o."),
           ("Produkčná IP adresa", "p", "192.0.2.231"),
           ("Testovacia IP adresa", "t", "192.0.2.238"),
           ("Kontaktná osoba", "k", "Martina Kollárová"),
           ("Telefón", "tel", "+421 34 651 2207"),
       ]), title="Žiadosť o prístup k výsledkom volieb"))),
    label(FEED, ("Záhorský hlas s.r.o.", None, None), ["192.0.2.231"], ["192.0.2.238"],
          ("Martina Kollárová", "kollarova@zahorskyhlas.example", "+421346512207")),
)

# ---------------------------------------------------------------- 2. tracked changes

CASES["cz_docx_tracked_address_replaced"] = (
    _m("Dobrý den,\nposílám opravenou žádost, změna je vyznačena v revizích.\n\nIvana Šimková",
       "simkova@brnenskytep.example", "Ivana Šimková",
       attachment("zadost_oprava.docx", _revised_docx([
           "Žádost o přístup k průběžným výsledkům voleb (XML)",
           "Žadatel: Brněnský tep s.r.o., IČO 88138399",
           "Produkční IP adresy: [-203.0.113.240-][+203.0.113.244+], 203.0.113.241",
           "Testovací IP adresa: 203.0.113.249",
           "Kontaktní osoba: Ivana Šimková, simkova@brnenskytep.example, tel. 543 210 118",
       ]))),
    label(FEED, ("Brněnský tep s.r.o.", "88138399", None), ["203.0.113.244", "203.0.113.241"],
          ["203.0.113.249"], ("Ivana Šimková", "simkova@brnenskytep.example", "+420543210118")),
)

CASES["en_docx_tracked_test_line_inserted"] = (
    _m("Hello,\nattached is our application, I added the test address as a tracked change.\n\nSophie Lane",
       "lane@bohemiabrief.example", "Sophie Lane",
       attachment("application.docx", _revised_docx([
           "Application for access to the election results XML feed",
           "Applicant: Bohemia Brief s.r.o., company ID 67205364",
           "Production IP address: 192.0.2.241",
           "[+Test IP address: 192.0.2.249+]",
           "Contact: Sophie Lane, lane@bohemiabrief.example, +420 602 118 330",
       ]))),
    label(FEED, ("Bohemia Brief s.r.o.", "67205364", None), ["192.0.2.241"], ["192.0.2.249"],
          ("Sophie Lane", "lane@bohemiabrief.example", "+420602118330")),
)

CASES["cz_docx_tracked_test_line_deleted"] = (
    _m("Dobrý den,\nv příloze žádost. Testovací adresu jsme v dokumentu smazali (revize), nebudeme ji potřebovat.\n\nRoman Fiala",
       "fiala@polabskelisty.example", "Roman Fiala",
       attachment("zadost.docx", _revised_docx([
           "Žádost o přístup k XML výsledkům voleb",
           "Žadatel: Polabské listy s.r.o., IČO 58247165",
           "Produkční IP adresa: 198.51.100.251",
           "[-Testovací IP adresa: 198.51.100.259-]",
           "Kontakt: Roman Fiala, fiala@polabskelisty.example, 466 512 300",
       ]))),
    label(FEED, ("Polabské listy s.r.o.", "58247165", None), ["198.51.100.251"], [],
          ("Roman Fiala", "fiala@polabskelisty.example", "+420466512300")),
)

CASES["sk_docx_tracked_moved_line"] = (
    _m("Dobrý deň,\nposielam žiadosť, poradie riadkov som v revíziách upravil.\n\nJán Baláž",
       "balaz@novohradskezvesti.example", "Ján Baláž",
       attachment("ziadost.docx", _revised_docx([
           "Žiadosť o prístup k XML výsledkom volieb",
           "Žiadateľ: Novohradské zvesti s.r.o.",
           "[<Testovacia IP adresa: 203.0.113.18<]",
           "Produkčná IP adresa: 203.0.113.11",
           "[>Testovacia IP adresa: 203.0.113.18>]",
           "Kontakt: Ján Baláž, balaz@novohradskezvesti.example, +421 47 433 1208",
       ]))),
    label(FEED, ("Novohradské zvesti s.r.o.", None, None), ["203.0.113.11"], ["203.0.113.18"],
          ("Ján Baláž", "balaz@novohradskezvesti.example", "+421474331208")),
)

CASES["cz_docx_tracked_phone_changed"] = (
    _m("Dobrý den,\nžádost v příloze, opravil jsem telefon (revize).\n\nVáclav Hruška",
       "hruska@sumavskyobzor.example", "Václav Hruška",
       attachment("zadost.docx", _revised_docx([
           "Žádost o přístup k výsledkům voleb ve formátu XML",
           "Žadatel: Šumavský obzor s.r.o., IČO 25224077",
           "Produkční IP adresa: 192.0.2.21",
           "Testovací IP adresa: 192.0.2.29",
           "Kontaktní osoba: Václav Hruška, hruska@sumavskyobzor.example, tel. [-376 500 100-][+376 500 141+]",
       ]))),
    label(FEED, ("Šumavský obzor s.r.o.", "25224077", None), ["192.0.2.21"], ["192.0.2.29"],
          ("Václav Hruška", "hruska@sumavskyobzor.example", "+420376500141")),
)

CASES["cz_docx_tracked_wording_only_near_miss"] = (
    _m("Dobrý den,\nžádost přikládám.\n\nEva Marková",
       "markova@liberecky-vecernik.example", "Eva Marková",
       attachment("zadost.docx", _revised_docx([
           "Žádost o přístup k [+průběžným +]výsledkům voleb (XML)",
           "Žadatel: Liberecký večerník s.r.o., IČO 30162645",
           "Produkční IP adresy: 203.0.113.31, 203.0.113.32[- (obě v Liberci)-]",
           "Testovací IP adresa: 203.0.113.39",
           "Kontakt: Eva Marková, markova@liberecky-vecernik.example, 485 110 220",
       ]))),
    label(FEED, ("Liberecký večerník s.r.o.", "30162645", None), ["203.0.113.31", "203.0.113.32"],
          ["203.0.113.39"], ("Eva Marková", "markova@liberecky-vecernik.example", "+420485110220")),
)

CASES["cz_odt_tracked_address_replaced"] = (
    _m("Dobrý den,\nv příloze žádost, v revizích je nová testovací adresa.\n\nJiří Sedláček",
       "sedlacek@valasskyhlas.example", "Jiří Sedláček",
       attachment("zadost.odt", _revised_odt([
           ("Žádost o přístup k XML výsledkům voleb", None, None),
           ("Žadatel: Valašský hlas s.r.o., IČO 88841979", None, None),
           ("Produkční IP adresa: 198.51.100.61", None, None),
           ("Testovací IP adresa: ", "198.51.100.68", "198.51.100.69"),
           ("Kontakt: Jiří Sedláček, sedlacek@valasskyhlas.example, 571 611 820", None, None),
       ]))),
    label(FEED, ("Valašský hlas s.r.o.", "88841979", None), ["198.51.100.61"], ["198.51.100.69"],
          ("Jiří Sedláček", "sedlacek@valasskyhlas.example", "+420571611820")),
)

CASES["pl_docx_tracked_address_replaced"] = (
    _m("Dzień dobry,\nw załączniku poprawiony wniosek (zmiany widoczne w trybie recenzji).\n\nAnna Nowak",
       "nowak@gazetabeskidzka.example", "Anna Nowak",
       attachment("wniosek.docx", _revised_docx([
           "Wniosek o dostęp do wyników wyborów (XML)",
           "Wnioskodawca: Gazeta Beskidzka sp. z o.o.",
           "Adres IP produkcyjny: [-192.0.2.70-][+192.0.2.71+]",
           "Adres IP testowy: 192.0.2.79",
           "Osoba kontaktowa: Anna Nowak, nowak@gazetabeskidzka.example, +48 33 812 44 10",
       ]))),
    label(FEED, ("Gazeta Beskidzka sp. z o.o.", None, None), ["192.0.2.71"], ["192.0.2.79"],
          ("Anna Nowak", "nowak@gazetabeskidzka.example", "+48338124410")),
)

# ---------------------------------------------------------------- 3. router and firewall configs

_SIGN_CZ = "\n\nŽadatel: {org}, IČO {ico}\nKontakt: {person}, {email}, {phone}\n"

CASES["cz_cisco_acl_remarks"] = (
    _m("Dobrý den,\nžádáme o přístup k XML výsledkům voleb. Pro vaše síťaře ACL (role jsou v remarcích):\n\n"
       "ip access-list extended VOLBY-TRUTNOV\n"
       " remark produkce - hlavni server\n"
       " permit tcp host 203.0.113.81 any eq 443\n"
       " remark produkce - zalozni server\n"
       " permit tcp host 203.0.113.82 any eq 443\n"
       " remark testovaci prostredi\n"
       " permit tcp host 203.0.113.89 any eq 443\n"
       " deny ip any any log"
       + _SIGN_CZ.format(org="Trutnovský net s.r.o.", ico="03590861", person="Aleš Novotný",
                         email="novotny@trutnovskynet.example", phone="499 730 211"),
       "novotny@trutnovskynet.example", "Aleš Novotný"),
    label(FEED, ("Trutnovský net s.r.o.", "03590861", None), ["203.0.113.81", "203.0.113.82"],
          ["203.0.113.89"], ("Aleš Novotný", "novotny@trutnovskynet.example", "+420499730211")),
)

CASES["en_cisco_numbered_acl"] = (
    _m("Hi,\nwe request access to the XML results. Our ACL for reference:\n\n"
       "access-list 110 remark PRODUCTION feed pullers\n"
       "access-list 110 permit tcp host 192.0.2.91 any eq 443\n"
       "access-list 110 permit tcp host 192.0.2.92 any eq 443\n"
       "access-list 110 remark TEST / staging\n"
       "access-list 110 permit tcp host 192.0.2.99 any eq 443\n\n"
       "Applicant: Central Europe Newswire s.r.o., company ID 71199756\n"
       "Contact: Daniel Reed, reed@cenewswire.example, +420 224 810 550\n",
       "reed@cenewswire.example", "Daniel Reed"),
    label(FEED, ("Central Europe Newswire s.r.o.", "71199756", None), ["192.0.2.91", "192.0.2.92"],
          ["192.0.2.99"], ("Daniel Reed", "reed@cenewswire.example", "+420224810550")),
)

CASES["cz_iptables_comments"] = (
    _m("Dobrý den,\nžádáme o XML výsledky. Na naší straně to máme takhle:\n\n"
       "iptables -A OUTPUT -s 198.51.100.101 -p tcp --dport 443 -m comment --comment \"produkce\" -j ACCEPT\n"
       "iptables -A OUTPUT -s 198.51.100.109 -p tcp --dport 443 -m comment --comment \"test\" -j ACCEPT"
       + _SIGN_CZ.format(org="Kladenský deník s.r.o.", ico="62374257", person="Marek Urban",
                         email="urban@kladenskydenik.example", phone="312 240 618"),
       "urban@kladenskydenik.example", "Marek Urban"),
    label(FEED, ("Kladenský deník s.r.o.", "62374257", None), ["198.51.100.101"], ["198.51.100.109"],
          ("Marek Urban", "urban@kladenskydenik.example", "+420312240618")),
)

CASES["sk_mikrotik_comments"] = (
    _m("Dobrý deň,\nžiadame o prístup k XML výsledkom. Adresy z nášho MikroTiku:\n\n"
       "/ip firewall address-list\n"
       "add address=203.0.113.111 list=volby comment=\"produkcia\"\n"
       "add address=203.0.113.112 list=volby comment=\"produkcia zaloha\"\n"
       "add address=203.0.113.119 list=volby comment=\"test\"\n\n"
       "Žiadateľ: Spišský kuriér s.r.o.\nKontakt: Peter Hudák, hudak@spisskykurier.example, +421 53 441 2210\n",
       "hudak@spisskykurier.example", "Peter Hudák"),
    label(FEED, ("Spišský kuriér s.r.o.", None, None), ["203.0.113.111", "203.0.113.112"],
          ["203.0.113.119"], ("Peter Hudák", "hudak@spisskykurier.example", "+421534412210")),
)

CASES["de_nftables_comments"] = (
    _m("Guten Tag,\nwir beantragen den Zugang zu den XML-Ergebnissen. Unsere Regeln:\n\n"
       "ip saddr 192.0.2.121 tcp dport 443 accept comment \"Produktion\"\n"
       "ip saddr 192.0.2.129 tcp dport 443 accept comment \"Test\"\n\n"
       "Antragsteller: Vogtland Bote GmbH\nAnsprechpartnerin: Lena Schulz, schulz@vogtlandbote.example, +49 3741 22 5510\n",
       "schulz@vogtlandbote.example", "Lena Schulz"),
    label(FEED, ("Vogtland Bote GmbH", None, None), ["192.0.2.121"], ["192.0.2.129"],
          ("Lena Schulz", "schulz@vogtlandbote.example", "+493741225510")),
)

CASES["cz_juniper_terms_comments"] = (
    _m("Dobrý den,\nžádáme o přístup k XML výsledkům voleb. Filtr z Juniperu:\n\n"
       "term produkce {\n"
       "    /* produkcni servery */\n"
       "    from {\n"
       "        source-address {\n"
       "            198.51.100.131/32;\n"
       "            198.51.100.132/32;\n"
       "        }\n"
       "    }\n"
       "    then accept;\n"
       "}\n"
       "term test {\n"
       "    /* testovaci server */\n"
       "    from {\n"
       "        source-address {\n"
       "            198.51.100.139/32;\n"
       "        }\n"
       "    }\n"
       "    then accept;\n"
       "}"
       + _SIGN_CZ.format(org="Ostravský expres a.s.", ico="59816422", person="Lenka Vávrová",
                         email="vavrova@ostravskyexpres.example", phone="597 410 223"),
       "vavrova@ostravskyexpres.example", "Lenka Vávrová"),
    label(FEED, ("Ostravský expres a.s.", "59816422", None), ["198.51.100.131", "198.51.100.132"],
          ["198.51.100.139"], ("Lenka Vávrová", "vavrova@ostravskyexpres.example", "+420597410223")),
)

CASES["cz_cisco_description_interfaces"] = (
    _m("Dobrý den,\nžádáme o XML výsledky. Výpis z routeru:\n\n"
       "interface GigabitEthernet0/1\n"
       " description produkce - stahovani vysledku\n"
       " ip address 203.0.113.141 255.255.255.255\n"
       "interface GigabitEthernet0/2\n"
       " description test\n"
       " ip address 203.0.113.149 255.255.255.255"
       + _SIGN_CZ.format(org="Chebský týdeník s.r.o.", ico="67088465", person="Tomáš Mráz",
                         email="mraz@chebskytydenik.example", phone="354 420 118"),
       "mraz@chebskytydenik.example", "Tomáš Mráz"),
    label(FEED, ("Chebský týdeník s.r.o.", "67088465", None), ["203.0.113.141"], ["203.0.113.149"],
          ("Tomáš Mráz", "mraz@chebskytydenik.example", "+420354420118")),
)

CASES["cz_acl_remarks_without_roles_near_miss"] = (
    _m("Dobrý den,\nžádáme o přístup k XML výsledkům. ACL:\n\n"
       "ip access-list extended CSU\n"
       " remark server A\n"
       " permit tcp host 192.0.2.141 any eq 443\n"
       " remark server B\n"
       " permit tcp host 192.0.2.149 any eq 443\n\n"
       "Server A je produkční, server B testovací."
       + _SIGN_CZ.format(org="Břeclavský zpravodaj s.r.o.", ico="07556578", person="Jana Křížová",
                         email="krizova@breclavskyzpravodaj.example", phone="519 322 410"),
       "krizova@breclavskyzpravodaj.example", "Jana Křížová"),
    label(FEED, ("Břeclavský zpravodaj s.r.o.", "07556578", None), ["192.0.2.141"], ["192.0.2.149"],
          ("Jana Křížová", "krizova@breclavskyzpravodaj.example", "+420519322410")),
)

CASES["cz_wrapped_sentence_permit_near_miss"] = (
    _m("Dobrý den,\nžádáme o přístup k XML výsledkům voleb z produkční adresy 198.51.100.151 a\n"
       "testovací adresy 198.51.100.159, prosíme o nastavení pravidla permit\n"
       "pro obě adresy na vašem firewallu, děkujeme."
       + _SIGN_CZ.format(org="Písecký kurýr s.r.o.", ico="76127079", person="Alena Horáková",
                         email="horakova@piseckykuryr.example", phone="382 210 414"),
       "horakova@piseckykuryr.example", "Alena Horáková"),
    label(FEED, ("Písecký kurýr s.r.o.", "76127079", None), ["198.51.100.151"], ["198.51.100.159"],
          ("Alena Horáková", "horakova@piseckykuryr.example", "+420382210414")),
)

CASES["en_cisco_remark_backup_production"] = (
    _m("Hello,\nplease allow our servers to pull the XML results:\n\n"
       "ip access-list extended ELECTIONS\n"
       " 10 remark production primary\n"
       " 20 permit tcp host 203.0.113.161 any eq 443\n"
       " 30 remark production backup node\n"
       " 40 permit tcp host 203.0.113.162 any eq 443\n"
       " 50 remark test environment\n"
       " 60 permit tcp host 203.0.113.169 any eq 443\n\n"
       "Applicant: Prague Ledger s.r.o., company ID 95324691\n"
       "Contact: Mark Ellis, ellis@pragueledger.example, +420 221 455 780\n",
       "ellis@pragueledger.example", "Mark Ellis"),
    label(FEED, ("Prague Ledger s.r.o.", "95324691", None), ["203.0.113.161", "203.0.113.162"],
          ["203.0.113.169"], ("Mark Ellis", "ellis@pragueledger.example", "+420221455780")),
)

CASES["cz_acl_in_docx_remarks"] = (
    _m("Dobrý den,\nv příloze žádost a konfigurace ACL.\n\nFilip Jelínek\nKolínské listy s.r.o., IČO 11360453\ntel. 321 720 118",
       "jelinek@kolinskelisty.example", "Filip Jelínek",
       attachment("acl.docx", _revised_docx([
           "Žádost o přístup k XML výsledkům voleb – konfigurace",
           "ip access-list extended VOLBY",
           " remark produkce",
           " permit tcp host 192.0.2.171 any eq 443",
           " remark test",
           " permit tcp host 192.0.2.179 any eq 443",
       ]))),
    label(FEED, ("Kolínské listy s.r.o.", "11360453", None), ["192.0.2.171"], ["192.0.2.179"],
          ("Filip Jelínek", "jelinek@kolinskelisty.example", "+420321720118")),
)


XFAIL: dict[str, str] = {
    "cz_docx_tracked_phone_changed": "a phone replaced by a tracked change: the struck old"
    " number runs into the new one ('1̶0̶0̶376 500 141'), the phone is not read (missing)",
    "cz_acl_remarks_without_roles_near_miss": "ACL remarks naming servers 'A' and 'B', their"
    " roles in a sentence below ('Server A je produkční, server B testovací'): both read as"
    " production (flagged)",
}
WRONG_AND_CERTAIN: dict[str, str] = {}


def test_drill_r63_docs_fonts() -> None:
    """The forms are drawn in DejaVu Sans (Czech labels)."""
    import os

    assert os.path.exists(FONT)


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill_r63_docs(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, WRONG_AND_CERTAIN))
def test_drill_r63_docs_never_wrong_and_certain(p: ParsedMessage, want: Label) -> None:
    """Every message, read right or not: no wrong value is presented as certain."""
    assert [m for m in misses(p, want) if m.endswith("(certain=True)")] == []
