"""Extraction on the ways real applications are written (issue 18), one class per section:
tables, role wording, negation and forms, corrections, replies and forwards, line breaks,
look-alikes, data-box messages, identifiers, and the certainty of what is extracted.

Every text here is written for the test, in varied wording; none is a corpus case."""

from __future__ import annotations

from intake.content.check import ContentPolicy, check_content
from intake.content.text import html_to_text
from intake.extraction.extract import extract_application
from intake.extraction.model import Extraction
from intake.model import Channel, Component, ComponentRole, ParsedMessage
from tests.unit.docs import docx_bytes, pdf_bytes, xlsx_bytes

_SIG = "\nKontakt: Iva Nová, 603 123 456, iva@zpravy.example\n"


def _body(text: str, role: ComponentRole = ComponentRole.BODY_TEXT) -> Component:
    ctype = "text/html" if role is ComponentRole.BODY_HTML else "text/plain"
    text_value = text if role is ComponentRole.BODY_TEXT else None
    return Component("body", role, text.encode(), ctype, charset="utf-8", text=text_value)


def _mail(*components: Component, subject: str = "Žádost", sender: str = "a@zpravy.example"):
    return ParsedMessage(
        channel=Channel.EMAIL,
        subject=subject,
        sender=sender,
        sender_name="Iva Nová",
        components=components,
    )


def _x(p: ParsedMessage) -> Extraction:
    return extract_application(p, check_content(p, policy=ContentPolicy(), scanner=None))


def _text(body: str, subject: str = "Žádost") -> Extraction:
    return _x(_mail(_body(body), subject=subject))


def _attach(name: str, data: bytes, note: str = "Žádost v příloze." + _SIG) -> Extraction:
    return _x(
        _mail(_body(note), Component(name, ComponentRole.ATTACHMENT, data, "application/octet-stream"))
    )


def _certain(x: Extraction, key: str) -> bool:
    return x.fields[key].certain


def _review(x: Extraction, words: str) -> bool:
    return any(p.code == "needs_review" and words in p.message for p in x.problems)


# ------------------------------------------------------------------ tables --------------


def test_html_table_with_spanning_header_and_row_header() -> None:
    html = """<p>Zasíláme adresy:</p>
<table>
<tr><th rowspan="2">Server</th><th colspan="2">IP adresa</th></tr>
<tr><th>ostrá</th><th>zkušební</th></tr>
<tr><td>hlavní</td><td>8.8.8.8</td><td>9.9.9.9</td></tr>
<tr><td>záloha</td><td>8.8.4.4</td><td>9.9.9.10</td></tr>
</table><p>Kontakt: Iva Nová, 603 123 456, iva@zpravy.example</p>"""
    x = _x(_mail(_body(html, ComponentRole.BODY_HTML)))
    assert x.production_ips == ("8.8.8.8", "8.8.4.4")
    assert x.test_ips == ("9.9.9.9", "9.9.9.10")
    assert _certain(x, "production_ips") and _certain(x, "test_ips")


def test_html_table_role_in_a_cell_spanning_rows() -> None:
    html = """<table>
<tr><td rowspan="2">Produkční provoz</td><td>8.8.8.8</td></tr>
<tr><td>8.8.4.4</td></tr>
<tr><td>Testování</td><td>9.9.9.9</td></tr>
</table>"""
    text = html_to_text(html)
    assert "Produkční provoz\t8.8.4.4" in text
    x = _x(_mail(_body(html + "<p>" + _SIG + "</p>", ComponentRole.BODY_HTML)))
    assert x.production_ips == ("8.8.8.8", "8.8.4.4") and x.test_ips == ("9.9.9.9",)


def test_docx_nested_table_and_header_footer() -> None:
    import io

    import docx

    d = docx.Document()
    d.add_paragraph("Žádost o vyhrazené připojení")
    outer = d.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Adresy"
    inner = outer.cell(0, 1).add_table(rows=2, cols=2)
    for i, (a, b) in enumerate([("Production", "Test"), ("8.8.8.8", "9.9.9.9")]):
        inner.cell(i, 0).text, inner.cell(i, 1).text = a, b
    d.sections[0].header.paragraphs[0].text = "Zprávy Příklad s.r.o., IČO 25596641"
    d.sections[0].footer.paragraphs[0].text = "tel. 603 123 456, iva@zpravy.example"
    buf = io.BytesIO()
    d.save(buf)
    x = _attach("zadost.docx", buf.getvalue(), note="Posíláme žádost.")
    assert x.production_ips == ("8.8.8.8",) and x.test_ips == ("9.9.9.9",)
    assert x.organization_ico == "25596641"
    assert x.contact_phone == "+420603123456"


def test_docx_horizontally_merged_header_keeps_columns() -> None:
    import io

    import docx

    d = docx.Document()
    t = d.add_table(rows=3, cols=3)
    t.cell(0, 0).merge(t.cell(0, 1)).text = "IP pro ostrý provoz"
    t.cell(0, 2).text = "IP pro testy"
    for r, row in enumerate([["8.8.8.8", "8.8.4.4", "9.9.9.9"], ["", "", ""]], start=1):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    buf = io.BytesIO()
    d.save(buf)
    x = _attach("ips.docx", buf.getvalue())
    assert x.production_ips == ("8.8.8.8", "8.8.4.4") and x.test_ips == ("9.9.9.9",)


def test_xlsx_with_merged_role_cell() -> None:
    import io

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Účel", "Adresa"])
    ws.append(["Prod.", "8.8.8.8"])
    ws.append([None, "8.8.4.4"])
    ws.append(["Test", "9.9.9.9"])
    ws.merge_cells("A2:A3")
    buf = io.BytesIO()
    wb.save(buf)
    x = _attach("adresy.xlsx", buf.getvalue())
    assert x.production_ips == ("8.8.8.8", "8.8.4.4") and x.test_ips == ("9.9.9.9",)


def test_xlsx_yes_no_columns() -> None:
    data = xlsx_bytes([["IP", "produkce", "test"], ["8.8.8.8", "ano", "ne"], ["9.9.9.9", "ne", "ano"]])
    x = _attach("tabulka.xlsx", data)
    assert x.production_ips == ("8.8.8.8",) and x.test_ips == ("9.9.9.9",)


def test_pdf_table_with_wrapped_header_cells() -> None:
    import io

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from tests.unit.docs import FONT

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    c.setFont("DejaVu", 10)
    rows = [
        (800, ["Adresa pro ostrý", "Adresa pro"]),
        (788, ["provoz", "testovací provoz"]),
        (770, ["8.8.8.8", "9.9.9.9"]),
        (756, ["8.8.4.4", ""]),
    ]
    for y, cells in rows:
        for x, cell in zip((60, 260), cells, strict=True):
            c.drawString(x, y, cell)
    c.save()
    x = _attach("zadost.pdf", buf.getvalue())
    assert x.production_ips == ("8.8.8.8", "8.8.4.4") and x.test_ips == ("9.9.9.9",)


# ------------------------------------------------------------------ roles ---------------


def test_slovak_and_english_abbreviated_labels() -> None:
    x = _text("Produkčná IP: 8.8.8.8\nTestovacia IP: 9.9.9.9" + _SIG)
    assert x.production_ips == ("8.8.8.8",) and x.test_ips == ("9.9.9.9",)
    y = _text("PRD: 8.8.8.8\nBKP: 8.8.4.4\nTST: 9.9.9.9" + _SIG)
    assert y.production_ips == ("8.8.8.8", "8.8.4.4") and y.test_ips == ("9.9.9.9",)
    z = _text("Záložná adresa (záloha) 8.8.4.4, ostrá prevádzka 8.8.8.8" + _SIG)
    assert z.production_ips == ("8.8.4.4", "8.8.8.8") and z.test_ips == ()


def test_respectively_in_czech_and_english() -> None:
    x = _text(
        "Pro ostrý a testovací provoz použijeme adresy 8.8.8.8 a 9.9.9.9 (v tomto pořadí)." + _SIG
    )
    assert x.production_ips == ("8.8.8.8",) and x.test_ips == ("9.9.9.9",)
    y = _text("The addresses 9.9.9.9 and 8.8.8.8 are for testing and production respectively." + _SIG)
    assert y.production_ips == ("8.8.8.8",) and y.test_ips == ("9.9.9.9",)
    z = _text("Adresy 8.8.8.8, resp. 9.9.9.9 budou sloužit pro produkci, resp. pro testy." + _SIG)
    assert z.production_ips == ("8.8.8.8",) and z.test_ips == ("9.9.9.9",)


def test_label_combining_two_roles_is_flagged() -> None:
    x = _text("Produkce/test: 8.8.8.8, 9.9.9.9" + _SIG)
    assert not (_certain(x, "production_ips") if "production_ips" in x.fields else True) or (
        "test_ips" in x.fields and not _certain(x, "test_ips")
    )
    assert _review(x, "adresy")


# ------------------------------------------------------------------ negation and forms --


def test_declined_request_type_does_not_count() -> None:
    x = _text(
        "Žádáme o přístup k XML s výsledky z adresy 8.8.8.8.\n"
        "O povolení k natáčení na přebíracím místě nežádáme." + _SIG
    )
    assert x.request_types == ("feed_access",)
    y = _text(
        "We only need the results feed from 8.8.8.8; we do not request a permit to film at the "
        "collection point." + _SIG
    )
    assert y.request_types == ("feed_access",)
    z = _text(
        "Žiadame o povolenie na natáčanie na preberacom mieste, prístup k XML nepotrebujeme.\n"
        "Kameraman: Peter Malý\nRozsah záznamu: video\nPreberacie miesto: okres Trnava" + _SIG
    )
    assert "feed_access" not in z.request_types


def test_form_checkboxes() -> None:
    x = _text(
        "Druh žádosti:\n☒ přístup k výsledkům voleb (XML)\n☐ povolení k natáčení na přebíracím místě\n"
        "Produkční IP: 8.8.8.8" + _SIG
    )
    assert x.request_types == ("feed_access",)
    y = _text(
        "[ ] dedicated results feed\n[x] filming at a collection point\n"
        "Camera operator: Jan Malý\nScope: video\nCollection point: okres Kolín" + _SIG
    )
    assert y.request_types == ("recording_permit",)
    assert _certain(y, "request_types")


# ------------------------------------------------------------------ corrections ---------


def test_correction_later_in_the_same_message() -> None:
    x = _text(
        "Produkční IP: 8.8.8.8\nTestovací IP: 9.9.9.9\n\n"
        "Oprava: testovací adresa má správně být 9.9.9.10, ne 9.9.9.9." + _SIG
    )
    assert x.test_ips == ("9.9.9.10",) and x.production_ips == ("8.8.8.8",)
    assert not _certain(x, "test_ips")


# ------------------------------------------------------------------ replies/forwards ----


def test_office_text_in_a_reply_is_never_taken() -> None:
    body = (
        "Posíláme adresu pro ostrý provoz 8.8.8.8." + _SIG + "\n"
        "Dne 1. 9. 2025 napsal Český statistický úřad <info@czso.cz>:\n"
        "> Tisková zpráva: registrace k XML výsledkům, kontakt Petr Úřední, tel. 274 052 999,\n"
        "> e-mail uredni@czso.cz, datová schránka 2gfaasy, IČO 00025593.\n"
    )
    x = _text(body)
    assert x.organization_ico is None and x.organization_databox_id is None
    assert x.contact_person == "Iva Nová"


def test_applicants_own_quoted_original_used_when_referred_to() -> None:
    body = (
        "Dobrý den, posílám znovu, adresy jsou v původní zprávě níže.\n\n"
        "On Mon, 1 Sep 2025 at 10:00, Iva Nová <iva@zpravy.example> wrote:\n"
        "> Produkční IP: 8.8.8.8\n> Kontakt: Iva Nová, tel. 603 123 456\n"
    )
    x = _text(body)
    assert x.production_ips == ("8.8.8.8",)
    assert x.contact_phone == "+420603123456"
    assert not _certain(x, "contact.phone") or x.fields["contact.phone"].component == "body"


# ------------------------------------------------------------------ line breaks ---------


def test_wrapped_sentence_keeps_its_roles() -> None:
    x = _text(
        "Prosíme o registraci adres 8.8.8.8 a 9.9.9.9; první je pro\n"
        "ostrý provoz, druhá pro testování." + _SIG
    )
    assert x.production_ips == ("8.8.8.8",) and x.test_ips == ("9.9.9.9",)


def test_format_flowed_soft_breaks() -> None:
    x = _text("Adresa pro testovací \nprovoz je 9.9.9.9, pro ostrý \nprovoz 8.8.8.8." + _SIG)
    assert x.production_ips == ("8.8.8.8",) and x.test_ips == ("9.9.9.9",)


# ------------------------------------------------------------------ look-alikes ---------


def test_versions_oids_dates_are_not_addresses() -> None:
    x = _text(
        "Náš klient (verze 4.12.1.3) poběží z IP 8.8.8.8.\n"
        "Certifikát má politiku OID 1.3.6.1.4.1.311, platný od 1.10.2025.\n"
        "Software version 10.2.0.1 build 7" + _SIG
    )
    assert x.production_ips == ("8.8.8.8",) and x.test_ips == ()


def test_netmask_after_an_address_is_a_block() -> None:
    x = _text("Produkce: 8.8.8.0 255.255.255.252" + _SIG)
    assert x.production_ips == ("8.8.8.0", "8.8.8.1", "8.8.8.2", "8.8.8.3")
    assert "ip_range" in [p.code for p in x.problems]


def test_old_address_no_longer_used() -> None:
    x = _text(
        "Ostrá IP: 8.8.8.8\nDříve používaná adresa 8.8.4.4 se již nepoužívá.\n"
        "Původní adresu 8.8.4.5 jsme vyřadili." + _SIG
    )
    assert x.production_ips == ("8.8.8.8",)


# ------------------------------------------------------------------ data box ------------


def _databox(annotation: str, *components: Component, sender: str = "q7wz3kp") -> ParsedMessage:
    return ParsedMessage(
        channel=Channel.DATABOX,
        subject=annotation,
        sender=sender,
        envelope={"dbIDSender": sender, "dmSender": "Rádio Vzor s.r.o.", "dmAnnotation": annotation},
        components=components,
    )


def test_databox_application_in_the_annotation() -> None:
    x = _x(_databox("Žádost XML – produkční IP 8.8.8.8, test 9.9.9.9"))
    assert x.production_ips == ("8.8.8.8",) and x.test_ips == ("9.9.9.9",)
    assert x.organization_databox_id == "q7wz3kp"


def test_databox_office_id_in_the_letter_is_not_the_applicants() -> None:
    letter = (
        "Český statistický úřad, ID datové schránky 2gfaasy\n"
        "Žádáme o přístup k výsledkům z IP 8.8.8.8.\nDatová schránka: q7wz3kp" + _SIG
    )
    x = _x(_databox("Žádost", Component("zadost.pdf", ComponentRole.ATTACHMENT, pdf_bytes(letter.splitlines()))))
    assert x.organization_databox_id == "q7wz3kp"
    assert x.production_ips == ("8.8.8.8",)


# ------------------------------------------------------------------ identifiers ---------


def test_ico_written_forms_and_checksum() -> None:
    for written in ("IČO: 255 96 641", "IČ 25596641", "IČO 25 59 66 41", "Company ID: 25596641",
                    "Identifikačné číslo organizácie: 25596641"):
        x = _text("Ostrá IP 8.8.8.8\n" + written + _SIG)
        assert x.organization_ico == "25596641", written
        assert _certain(x, "organization.ico")
    bad = _text("Ostrá IP 8.8.8.8\nIČO: 25596642" + _SIG)
    assert bad.organization_ico is None or not _certain(bad, "organization.ico")


def test_databox_id_in_a_signature_block() -> None:
    x = _text(
        "Prosíme o zařazení adresy 8.8.8.8 pro ostrý provoz.\n\nS pozdravem\nIva Nová\n"
        "Zprávy Příklad s.r.o.\nIDDS: q7wz3kp\ntel. 603 123 456"
    )
    assert x.organization_databox_id == "q7wz3kp"


# ------------------------------------------------------------------ certainty -----------


def test_unassigned_address_like_token_raises_review() -> None:
    x = _text("Produkční IP: 8.8.8.8\nTestovací IP: 9.9.9.9\nPozn.: také 1.1.1.1" + _SIG)
    assert _review(x, "")
    assert not _certain(x, "production_ips") or "1.1.1.1" not in x.production_ips


def test_prose_roles_are_not_certain_but_labelled_lines_are() -> None:
    labelled = _text("Produkční IP: 8.8.8.8\nTestovací IP: 9.9.9.9" + _SIG)
    assert _certain(labelled, "production_ips") and _certain(labelled, "test_ips")
    prose = _text(
        "Pro testování bychom rádi použili 9.9.9.9, a až to poběží naostro, tak 8.8.8.8." + _SIG
    )
    assert not all(prose.fields[k].certain for k in ("production_ips", "test_ips") if k in prose.fields)


def test_second_candidate_contact_raises_review() -> None:
    x = _text(
        "Ostrá IP: 8.8.8.8\nKontakt: Iva Nová, 603 123 456, iva@zpravy.example\n"
        "Technický kontakt: Petr Malý, 604 222 333, petr@zpravy.example"
    )
    assert x.contact_person == "Iva Nová"
    assert not _certain(x, "contact.person")
    assert _review(x, "kontaktní osoba")


def test_pdf_and_docx_letters_still_read() -> None:
    x = _attach("z.pdf", pdf_bytes(["Produkční IP: 8.8.8.8", "Testovací IP: 9.9.9.9"]))
    assert x.production_ips == ("8.8.8.8",) and x.test_ips == ("9.9.9.9",)
    y = _attach("z.docx", docx_bytes([[["Ostrý provoz", "Test"], ["8.8.8.8", "9.9.9.9"]]]))
    assert y.production_ips == ("8.8.8.8",) and y.test_ips == ("9.9.9.9",)
