"""Extraction on the ways real applications are written (issue 18), one class per section:
tables, role wording, negation and forms, corrections, replies and forwards, line breaks,
look-alikes, data-box messages, identifiers, and the certainty of what is extracted.

Every text here is written for the test, in varied wording; none is a corpus case."""

from __future__ import annotations

from typing import Any

from intake.content.text import html_to_text
from intake.extraction.model import Extraction
from intake.model import Component, ComponentRole, ParsedMessage
from tests.unit.docs import docx_bytes, pdf_bytes, pdf_drawn, xlsx_bytes
from tests.unit.extraction_helpers import SIG as _SIG
from tests.unit.extraction_helpers import attachment, data_message, mail
from tests.unit.extraction_helpers import body as _body
from tests.unit.extraction_helpers import certain as _certain
from tests.unit.extraction_helpers import extract as _x


def _mail(
    *components: Component, subject: str = "Žádost", sender: str = "a@zpravy.example"
) -> ParsedMessage:
    return mail(*components, subject=subject, sender=sender, sender_name="Iva Nová")


def _text(body: str, subject: str = "Žádost") -> Extraction:
    return _x(_mail(_body(body), subject=subject))


def _attach(name: str, data: bytes, note: str = "Žádost v příloze." + _SIG) -> Extraction:
    return _x(_mail(_body(note), attachment(name, data)))


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
    rows = [
        (800, ["Adresa pro ostrý", "Adresa pro"]),
        (788, ["provoz", "testovací provoz"]),
        (770, ["8.8.8.8", "9.9.9.9"]),
        (756, ["8.8.4.4", ""]),
    ]

    def draw(c: Any) -> None:
        for y, cells in rows:
            for x, cell in zip((60, 260), cells, strict=True):
                c.drawString(x, y, cell)

    x = _attach("zadost.pdf", pdf_drawn(draw))
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
    return data_message(annotation, *components, sender=sender, dm_sender="Rádio Vzor s.r.o.")


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


# ------------------------------------------------------------------ issue 18, second pass --
# Each test below names the class it covers; the wording is the test's own.


def test_line_break_after_an_address_keeps_the_sentence_whole() -> None:
    # a client wraps right after an address; the next line goes on in lower case
    x = _text(
        "Zasíláme údaje pro naše připojení. Pro ostrý běh prosíme o adresu 8.8.8.8\n"
        "a pro zkušební prostředí o adresu 9.9.9.9, děkujeme." + _SIG
    )
    assert x.production_ips == ("8.8.8.8",) and x.test_ips == ("9.9.9.9",)
    y = _text(
        "Please whitelist the two hosts 8.8.8.8 and 9.9.9.9 of our newsroom system\n"
        "(in this order: production, test)." + _SIG
    )
    assert y.production_ips == ("8.8.8.8",) and y.test_ips == ("9.9.9.9",)


def test_line_break_inside_a_phone_number_and_a_databox_label() -> None:
    x = _text(
        "Produkční IP: 8.8.8.8\n\nS dotazy se obracejte na kolegu, který je k zastižení na čísle 603 \n"
        "123 456, jde o Petra Malého. Naše datová schránka má ID\nq7wz3kp a IČO je 25596641."
    )
    assert x.contact_phone == "+420603123456"
    assert x.organization_databox_id == "q7wz3kp"


def test_one_address_for_both_uses_is_in_both_lists_and_unsure() -> None:
    x = _text("Máme jediný stroj: 8.8.8.8 – produkční a zároveň testovací server." + _SIG)
    assert x.production_ips == ("8.8.8.8",) and x.test_ips == ("8.8.8.8",)
    assert not _certain(x, "production_ips") and not _certain(x, "test_ips")
    y = _text("Hosts: 8.8.8.8 (staging as well as live), 8.8.4.4 (live)." + _SIG)
    assert y.production_ips == ("8.8.8.8", "8.8.4.4") and y.test_ips == ("8.8.8.8",)
    assert not _certain(y, "test_ips") and not _certain(y, "production_ips")
    assert _review(y, "pro ostrý i testovací provoz")


def test_yes_no_columns_decide_the_request_type() -> None:
    x = _text(
        "Typ žádosti | ANO | NE\nXML výsledky voleb | x |\nNatáčení na přebíracím místě |  | x\n"
        "Produkční IP: 8.8.8.8" + _SIG
    )
    assert x.request_types == ("feed_access",)
    assert _certain(x, "request_types")


def test_negating_word_right_before_a_request_and_a_later_change_of_mind() -> None:
    x = _text("Only the XML data please, without any camera team. Production IP: 8.8.8.8" + _SIG)
    assert x.request_types == ("feed_access",)
    y = _text(
        "Původně jsme chtěli i fotografa na přebírací místo; nakonec fotografa posílat "
        "nebudeme a natáčení nežádáme.\nProdukční IP: 8.8.8.8" + _SIG
    )
    assert y.request_types == ("feed_access",)
    assert not _certain(y, "request_types")
    assert _review(y, "zároveň žádá i odmítá")


def test_correction_between_two_addresses_on_one_line() -> None:
    x = _text("Ostrá IP: 8.8.8.8\nTestovací IP: 9.9.9.9 – překlep, má být 9.9.9.19" + _SIG)
    assert x.test_ips == ("9.9.9.19",) and x.production_ips == ("8.8.8.8",)
    assert not _certain(x, "test_ips") and _certain(x, "production_ips")
    assert _review(x, "opravuje")


def test_withdrawal_stated_after_a_list_and_a_replacement_instead_of_it() -> None:
    x = _text(
        "Ostrá IP: 8.8.8.8\nServery 8.8.4.4 a 8.8.4.5 z loňska už nepoužíváme.\n"
        "Testovací IP: 9.9.9.9, ale tu prosím nahraďte; místo ní povolte 9.9.9.19." + _SIG
    )
    assert x.production_ips == ("8.8.8.8", "9.9.9.19") or x.test_ips == ("9.9.9.19",)
    assert "8.8.4.4" not in x.production_ips and "8.8.4.5" not in x.production_ips
    assert "9.9.9.9" not in x.production_ips + x.test_ips


def test_forward_with_a_change_on_top_keeps_the_rest_of_the_forwarded_application() -> None:
    body = (
        "Posílám dál žádost kolegy. Změna: testovací adresa bude 9.9.9.19.\n\nP. Dvořák\n\n"
        "---------- Forwarded message ---------\nOd: Jan Malý <jan@zpravy.example>\n"
        "Subject: Žádost\n\nZprávy Příklad s.r.o., IČO 25596641\nProdukční IP: 8.8.8.8, 8.8.4.4\n"
        "Testovací IP: 9.9.9.9\nKontakt: Jan Malý, 604 222 333, jan@zpravy.example\n"
    )
    x = _text(body, subject="Fwd: Žádost")
    assert x.production_ips == ("8.8.8.8", "8.8.4.4") and x.test_ips == ("9.9.9.19",)
    assert not _certain(x, "production_ips") and _review(x, "dřívější")
    assert x.organization_ico == "25596641" and x.contact_phone == "+420604222333"


def test_reply_to_own_original_adds_one_use_and_office_text_stays_out() -> None:
    body = (
        "Dobrý den, k původní žádosti přidávám testovací IP 9.9.9.9, jinak vše platí.\n\n"
        "Dne 2. 9. 2025 Iva Nová <iva@zpravy.example> napsala:\n"
        "> Rádio Vzor s.r.o., IČO 25596641\n> Produkční IP: 8.8.8.8\n"
    )
    x = _text(body)
    assert x.production_ips == ("8.8.8.8",) and x.test_ips == ("9.9.9.9",)
    assert x.organization_name == "Rádio Vzor s.r.o." and not _certain(x, "organization.name")
    office = (
        "Posíláme testovací IP 9.9.9.9, ostatní viz původní zpráva.\n\n"
        "Dne 2. 9. 2025 Podatelna <podatelna@czso.cz> napsala:\n"
        "> Uveďte prosím produkční IP, např. 8.8.8.8. IČO úřadu 00025593.\n"
    )
    y = _text(office)
    assert y.production_ips == () and y.organization_ico is None


def test_version_numbers_in_a_sentence_and_addresses_that_need_not_be_allowed() -> None:
    x = _text(
        "Produkční IP: 8.8.8.8\nStahování obstarává program ResultsPuller 2.4.1.9 každou minutu.\n"
        "Adresa brány je 8.8.4.1 a tu registrovat nemusíte." + _SIG
    )
    assert x.production_ips == ("8.8.8.8",)
    assert not _certain(x, "production_ips")
    assert _review(x, "ruší")


def test_databox_annotation_with_a_contact_without_colon() -> None:
    x = _x(_databox("Žádost o XML; produkce 8.8.8.8; kontakt Petra Malá 604 222 333"))
    assert x.contact_person == "Petra Malá" and x.contact_phone == "+420604222333"
    assert not _certain(x, "contact.person")


def test_identifier_with_dot_leaders_and_a_failing_checksum() -> None:
    form = _text("Organizace ........ Rádio Vzor s.r.o.\nIČO ............... 25596641\nProdukční IP: 8.8.8.8" + _SIG)
    assert form.organization_name == "Rádio Vzor s.r.o." and form.organization_ico == "25596641"
    bad = _text("Rádio Vzor s.r.o., IČO 25596642\nProdukční IP: 8.8.8.8" + _SIG)
    assert bad.organization_ico is None
    assert _review(bad, "25596642") and _review(bad, "kontrolní součet")


def test_organisation_names_lead_ins_and_legal_forms_with_spaces() -> None:
    x = _text("Píšu vám v zastoupení firmy Rádio Vzor, s. r. o. Produkční IP: 8.8.8.8" + _SIG)
    assert x.organization_name == "Rádio Vzor, s. r. o."
    y = _text("O přístup žádají Zprávy Příklad, a. s.\nProdukční IP: 8.8.8.8" + _SIG)
    assert y.organization_name == "Zprávy Příklad, a. s."
    z = _text(
        "Dear colleagues, Nordlys Radio, Oslo office (Company ID 25596641), asks for access.\n"
        "Production IP: 8.8.8.8" + _SIG
    )
    assert z.organization_name == "Nordlys Radio, Oslo office"
    assert not _certain(z, "organization.name")


def test_organisation_from_a_short_note_signed_with_a_dash() -> None:
    x = _x(_mail(_body("Prosím o povolení 8.8.8.8 (produkce) na XML.\n– Ota Kříž, Vltava Info"), sender="ota@vltava.example"))
    assert x.organization_name == "Vltava Info" and not _certain(x, "organization.name")
    assert x.contact_person == "Ota Kříž"


def test_names_with_letters_of_other_languages() -> None:
    x = _text("Produkční IP: 8.8.8.8\nKontaktná osoba: Ľudmila Šťastná, +421 905 111 222")
    assert x.contact_person == "Ľudmila Šťastná"
    y = _text("Production IP: 8.8.8.8\nContact person: Michał Żółkiewski, +48 22 111 22 33")
    assert y.contact_person == "Michał Żółkiewski"


def test_second_organisation_or_e_mail_makes_the_value_unsure() -> None:
    x = _text(
        "Žádáme za Rádio Vzor s.r.o.; linku nám dodává NetSpoj a.s.\nProdukční IP: 8.8.8.8\n\n"
        "Iva Nová\n603 123 456, iva@zpravy.example, noc@zpravy.example"
    )
    assert x.organization_name == "Rádio Vzor s.r.o."
    assert not _certain(x, "organization.name") and _review(x, "více organizací")
    assert not _certain(x, "contact.email")


def test_need_not_about_other_addresses_and_a_plain_sentence_keep_the_address() -> None:
    x = _text("Naše redakce bude používat 8.8.8.8, další adresy nepotřebujeme." + _SIG)
    assert x.production_ips == ("8.8.8.8",)
    y = _text("Jediný server 8.8.8.8 – ostrý provoz, testovací zatím nemáme." + _SIG)
    assert y.production_ips == ("8.8.8.8",) and y.test_ips == ()


def test_default_use_is_unsure_when_the_text_speaks_of_testing() -> None:
    x = _text("Povolte prosím 8.8.8.8. Zkušební server zatím nemáme." + _SIG)
    assert x.production_ips == ("8.8.8.8",) and x.test_ips == ()
    assert not _certain(x, "production_ips")
    plain = _text("Povolte prosím 8.8.8.8 pro náš XML klient." + _SIG)
    assert _certain(plain, "production_ips")


def test_thread_quoting_the_office_between_the_applicant_and_their_original() -> None:
    body = (
        "Posílám chybějící testovací adresu 9.9.9.9, zbytek viz původní žádost níže.\n\n"
        "Dne 3. 9. 2025 Podatelna <podatelna@czso.cz> napsala:\n"
        "> Ve Vaší žádosti chybí testovací adresa. IČO úřadu 00025593.\n"
        "> Dne 2. 9. 2025 Iva Nová <iva@zpravy.example> napsala:\n"
        "> Rádio Vzor s.r.o., IČO 25596641\n> Produkční IP: 8.8.8.8\n"
    )
    x = _text(body)
    assert x.production_ips == ("8.8.8.8",) and x.test_ips == ("9.9.9.9",)
    assert x.organization_ico == "25596641" and not _certain(x, "organization.ico")


def test_replacement_in_a_reply_keeps_the_use_of_the_replaced_address() -> None:
    body = (
        "Dobrý den, v mé předchozí žádosti prosím místo 8.8.4.4 uveďte 8.8.4.5.\n\n"
        "On Tue, 2 Sep 2025, Iva Nová <iva@zpravy.example> wrote:\n"
        "> Produkční IP: 8.8.8.8, 8.8.4.4\n> Testovací IP: 9.9.9.9\n"
    )
    x = _text(body)
    assert x.production_ips == ("8.8.8.8", "8.8.4.5") and x.test_ips == ("9.9.9.9",)
    assert not _certain(x, "production_ips")


def test_phone_and_e_mail_corrected_later_in_the_message() -> None:
    x = _text(
        "Produkční IP: 8.8.8.8\nKontakt: Iva Nová, tel. 603 123 456, iva@zpravy.example\n\n"
        "PS: omlouvám se, v telefonu je chyba – správně 603 123 465; e-mail je nově nova@zpravy.example."
    )
    assert x.contact_phone == "+420603123465" and not _certain(x, "contact.phone")
    assert x.contact_email == "nova@zpravy.example" and not _certain(x, "contact.email")
    assert _review(x, "opravuje")


def test_slovak_phone_without_country_code_on_a_labelled_line() -> None:
    x = _text("Produkčná IP: 8.8.8.8\nKontaktná osoba: Eva Malá, telefón 02/5293 1144")
    assert x.contact_phone == "+421252931144"


def test_question_about_recording_is_no_request_and_office_ico_is_never_taken() -> None:
    x = _text(
        "Rádio Vzor s.r.o. žádá o XML feed, produkční IP 8.8.8.8. Mohl by u vás příště natáčet "
        "i náš kameraman? Adresát: Český statistický úřad, IČO 00025593." + _SIG
    )
    assert x.request_types == ("feed_access",)
    assert x.organization_ico is None


def test_someone_elses_server_is_not_requested() -> None:
    x = _text(
        "Žádáme jen o povolení k natáčení na přebíracím místě; o XML nežádáme, data bereme "
        "z agentury přes jejich server 8.8.8.8.\nKameraman: Petr Malý" + _SIG
    )
    assert x.production_ips == ()


def test_label_as_a_heading_above_its_value_and_a_form_box_decides_its_request() -> None:
    x = _text(
        "Organizace\nZprávy Příklad, spolek\n\nKontaktní osoba\nIva Nová\n603 123 456\n\n"
        "Produkční IP: 8.8.8.8"
    )
    assert x.organization_name == "Zprávy Příklad, spolek" and x.contact_person == "Iva Nová"
    y = _text(
        "[ ] výsledky voleb ve formátu XML\n[x] natáčení na přebíracím místě\n"
        "IP adresy pro XML:\nKameraman: Petr Malý\nRozsah záznamu: video\n"
        "Přebírací místo: okres Kolín" + _SIG
    )
    assert y.request_types == ("recording_permit",)


# ------------------------------------------------- third round (first held-out half) ------


def test_the_applicants_person_over_a_crew_member_with_the_applicants_phone() -> None:
    x = _text(
        "Prosíme o povolení natáčet na přebíracím místě v Kolíně.\n"
        "Osoba: Radek Beneš, fotograf, 731 222 333\n"
        "Žadatelka: Marta Šimková, vedoucí vydání, 325 111 222, simkova@kolin-dnes.example\n"
        "Redakce: Kolín dnes s.r.o., Karlovo nám. 1, Kolín\nRozsah: fotografie\n"
        "O data ve formátu XML nežádáme."
    )
    assert x.contact_person == "Marta Šimková" and x.contact_phone == "+420325111222"
    y = _text("Person: Jonas Lind (camera operator)\nApplicant: Eva Holt, +46 8 123 456 78")
    assert y.contact_person == "Eva Holt"
    z = _text("Jméno: Karel Dub\nŽadatel: Ivan Lom\nProdukční IP: 8.8.8.8")
    assert z.contact_person == "Karel Dub" and not _certain(z, "contact.person")


def test_a_label_verb_without_colon_is_no_part_of_the_name() -> None:
    x = _text("Produkční IP: 8.8.8.8\n\n--\nVyřizuje Hana Kopecká, 777 000 111, hk@kraj-dnes.example")
    assert x.contact_person == "Hana Kopecká"
    y = _text("Kontakt žadatele: 606 555 444\nOsoba: Petr Hruška, kameraman, 722 000 999")
    assert y.contact_phone == "+420606555444"


def test_contact_named_after_pana_in_a_sentence_over_the_signatory() -> None:
    x = _text(
        "Produkční IP: 8.8.8.8\nV technických věcech se obracejte na pana Lukáše Dvořáka, "
        "dvorak@sever.example, tel. 499 100 200.\n\nS pozdravem\n\nMgr. Irena Malá\njednatelka"
    )
    assert x.contact_person == "Lukáš Dvořák" and not _certain(x, "contact.person")
    assert x.contact_phone == "+420499100200"


def test_a_job_title_in_a_one_line_signature_is_no_part_of_the_organisation() -> None:
    x = _text(
        "Produkční IP: 8.8.8.8\n\nDěkuji\n\n"
        "Jana Malá vedoucí vydání Podhorský kurýr s.r.o. IČO: 25596641 · 603 111 222"
    )
    assert x.organization_name == "Podhorský kurýr s.r.o."


def test_label_and_value_wrapped_together_in_two_columns() -> None:
    x = _text(
        "Název           Rozhlas Horní\norganizace      Posázaví, z.s.\nProdukce        8.8.8.8"
    )
    assert x.organization_name == "Rozhlas Horní Posázaví, z.s."


def test_boxes_in_a_row_on_one_line() -> None:
    x = _text(
        "Druh žádosti: [x] přístup k výsledkům ve formátu XML  [ ] natáčení na přebíracím místě\n"
        "Produkční IP: 8.8.8.8" + _SIG
    )
    assert x.request_types == ("feed_access",)
    y = _text("Žádám o: ☐ XML server ☒ povolení k pořízení záznamu\nKameraman: Petr Malý" + _SIG)
    assert y.request_types == ("recording_permit",)


def test_identifier_written_id_c_in_a_table_cell_corrected_or_in_the_subject() -> None:
    assert _text("Rádio Vzor s.r.o., Id. č. 25596641, žádá o XML.").organization_ico == "25596641"
    assert _text("Žadatel|Rádio Vzor s.r.o.|\nIČO|25596641|").organization_ico == "25596641"
    x = _text("Rádio Vzor s.r.o., IČO 25596614, žádá o XML.\nOprava: IČO správně 25596641.")
    assert x.organization_ico == "25596641"
    y = _text("Produkční IP: 8.8.8.8" + _SIG, subject="XML – Rádio Vzor s.r.o., IČO 25596641")
    assert y.organization_ico == "25596641" and not _certain(y, "organization.ico")


def test_a_name_in_one_line_with_a_phone_or_e_mail_is_an_unsure_contact() -> None:
    x = _x(_databox("Žádost", _body("XML pro 8.8.8.8\n606 111 222 – Oldřich Pešta, op@pesta.example")))
    assert x.contact_person == "Oldřich Pešta" and not _certain(x, "contact.person")


def test_a_persons_data_box_gives_the_contact_person_unsure() -> None:
    p = _databox("Žádost", _body("Žádám o XML pro 8.8.8.8.\nKontakt: 606 111 222"))
    p = ParsedMessage(
        channel=p.channel,
        subject=p.subject,
        sender=p.sender,
        envelope={**p.envelope, "dmSender": "Zdeňka Horáková"},
        components=p.components,
    )
    x = _x(p)
    assert x.contact_person == "Zdeňka Horáková" and not _certain(x, "contact.person")
    assert _x(_databox("Žádost", _body("Žádám o XML pro 8.8.8.8."))).contact_person is None


def test_role_columns_with_boxes_aligned_by_spaces() -> None:
    x = _text(
        "Adresa           produkce    testování\n8.8.8.8          [x]         [ ]\n"
        "9.9.9.9          [ ]         [x]\n1.1.1.1          ☒           ☐" + _SIG
    )
    assert x.production_ips == ("8.8.8.8", "1.1.1.1") and x.test_ips == ("9.9.9.9",)


def test_a_role_word_opening_a_bracket_belongs_to_the_next_address() -> None:
    x = _text("Žádáme o XML pro 8.8.8.8 – 8.8.8.9 [zkušební: 9.9.9.9], děkujeme." + _SIG)
    assert x.production_ips == ("8.8.8.8", "8.8.8.9") and x.test_ips == ("9.9.9.9",)


def test_a_role_said_not_to_exist_is_no_cue() -> None:
    x = _text("Rádi bychom data na 8.8.8.8, testovací server nemáme." + _SIG)
    assert x.production_ips == ("8.8.8.8",) and x.test_ips == ()
    y = _text("Please allow 8.8.8.8 for the results; no test machine on our side." + _SIG)
    assert y.production_ips == ("8.8.8.8",) and y.test_ips == ()


def test_a_sentence_wrapped_after_a_conjunction_before_an_address() -> None:
    x = _text(
        "Hello, our live and staging hosts for the XML feed will be 8.8.8.8 or\n"
        "9.9.9.9 respectively, thank you." + _SIG
    )
    assert x.production_ips == ("8.8.8.8",) and x.test_ips == ("9.9.9.9",)


def test_a_later_line_swapping_the_uses_replaces_the_earlier_ones() -> None:
    x = _text(
        "Ostrý provoz: 8.8.8.8\nTestování: 9.9.9.9\n\n"
        "Pardon, spletl jsem pořadí, správně je 9.9.9.9 ostrá a 8.8.8.8 testovací." + _SIG
    )
    assert x.production_ips == ("9.9.9.9",) and x.test_ips == ("8.8.8.8",)
    assert not _certain(x, "production_ips") and not _certain(x, "test_ips")


def test_an_address_struck_out_later_and_a_replacement_before_the_replaced() -> None:
    x = _text("Produkce: 8.8.8.8\nTest: 9.9.9.9\n\nTestovací 9.9.9.9 vyškrtněte, nakonec ho nebudeme mít." + _SIG)
    assert x.production_ips == ("8.8.8.8",) and x.test_ips == ()
    y = _text(
        "Produkce: 8.8.8.8\nTest: 9.9.9.9\n\nOprava: použijte 9.9.9.10 místo 9.9.9.9, "
        "produkční adresa zůstává beze změny." + _SIG
    )
    assert y.production_ips == ("8.8.8.8",) and y.test_ips == ("9.9.9.10",)


def test_contact_label_with_a_verb_before_the_colon() -> None:
    x = _text("Produkční IP: 8.8.8.8\nKontaktní osoba budu já: Radim Holub, 602 333 444")
    assert x.contact_person == "Radim Holub" and x.contact_phone == "+420602333444"


def test_a_last_octet_after_a_role_word_takes_the_previous_addresss_network() -> None:
    x = _text("Naše adresy: produkce 8.8.4.10 a .11; zkušební .20" + _SIG)
    assert x.production_ips == ("8.8.4.10", "8.8.4.11") and x.test_ips == ("8.8.4.20",)
    y = _text("Produkce 8.8.4.10, verze klienta .20 beta" + _SIG)
    assert y.test_ips == ()


def test_a_declined_name_in_a_sentence_yields_to_the_signatures_form() -> None:
    x = _text(
        "V příloze jsou údaje, tady jen adresa Západočeské rozhlasové stanice, a.s.: 8.8.8.8.\n\n"
        "S pozdravem\nIva Nová\nZápadočeská rozhlasová stanice, a.s. | Plzeň"
    )
    assert x.organization_name == "Západočeská rozhlasová stanice, a.s."
    y = _text("Posíláme za redakci Rádio Kraj s.r.o. adresu 8.8.8.8." + _SIG)
    assert y.organization_name == "Rádio Kraj s.r.o."


def test_a_value_cell_wrapped_above_its_label() -> None:
    x = _text(
        "                            Týdeník Horní\n"
        "     Název redakce          Lhota, z.s.\n"
        "     IP produkční           8.8.8.8" + _SIG
    )
    assert x.organization_name == "Týdeník Horní Lhota, z.s."


def test_both_uses_ticked_in_one_row_put_the_address_in_both_lists_unsure() -> None:
    x = _text("IP\tprodukce\ttest\n8.8.8.8\tano\tano\n9.9.9.9\tne\tano" + _SIG)
    assert x.production_ips == ("8.8.8.8",) and x.test_ips == ("8.8.8.8", "9.9.9.9")
    assert not _certain(x, "production_ips") and not _certain(x, "test_ips")


def test_contact_person_under_a_column_header() -> None:
    x = _text(
        "Produkční IP: 8.8.8.8\n\nJméno redakce\tKontaktní osoba\tTelefon\n"
        "Rádio Vzor\tMilada Horká\t605 444 333"
    )
    assert x.contact_person == "Milada Horká" and _certain(x, "contact.person")
    assert x.contact_phone == "+420605444333"
