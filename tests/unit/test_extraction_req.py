"""Request types (issue 18, third round): forms of every kind, yes/no values and columns,
declines and withdrawals in Czech, Slovak and English, and a reading that is unsure whenever
a form or a decline is present but not fully resolved.

Every text here is written for the test, in varied wording; none is a corpus case."""

from __future__ import annotations

from typing import Any

import pytest

from intake.extraction.model import Extraction
from intake.model import Component, ComponentRole
from tests.unit.docs import docx_bytes, pdf_drawn, xlsx_bytes
from tests.unit.extraction_helpers import BOTH, FEED, REC, attachment, data_message, extract, mail
from tests.unit.extraction_helpers import body as _body

_SIG = "\nKontakt: Eva Hrubá, 604 222 333, hruba@noviny.example\n"
_CREW = "\nKameraman: Ivo Sedlák\nRozsah záznamu: video 10 min\nPřebírací místo: okres Beroun"


def _x(*components: Component, subject: str = "Žádost") -> Extraction:
    sender, name = "hruba@noviny.example", "Eva Hrubá"
    return extract(mail(*components, subject=subject, sender=sender, sender_name=name))


def _text(body: str, subject: str = "Žádost") -> Extraction:
    return _x(_body(body), subject=subject)


def _html(body: str) -> Extraction:
    return _x(_body(body, ComponentRole.BODY_HTML))


def _attach(name: str, data: bytes, note: str = "Žádost v příloze." + _SIG) -> Extraction:
    return _x(_body(note), attachment(name, data))


def _sure(x: Extraction) -> bool:
    return x.fields["request_types"].certain


def _pdf_columns(rows: list[list[tuple[int, str]]]) -> bytes:
    """A PDF whose rows have cells at the given x positions (a form laid out in columns)."""

    def draw(c: Any) -> None:
        for i, row in enumerate(rows):
            for x, cell in row:
                c.drawString(x, 800 - 16 * i, cell)

    return pdf_drawn(draw)


# ------------------------------------------------ a yes/no value after a label ------------


def test_yes_no_value_in_a_label_value_table_row() -> None:
    x = _html(
        "<table><tr><td>Přístup k datům výsledků (XML)</td><td>Ano</td></tr>"
        "<tr><td>Povolení natáčet na přebíracím místě</td><td>Ne</td></tr>"
        "<tr><td>IP adresa</td><td>8.8.8.8</td></tr></table>" + _SIG
    )
    assert x.request_types == FEED and _sure(x)


def test_yes_no_value_after_colon_dots_dash_or_question() -> None:
    x = _text("Natáčení . . . . . . ne\nVyhrazené připojení (XML) . . . ano\nIP: 8.8.8.8" + _SIG)
    assert x.request_types == FEED and _sure(x)
    y = _text("Chcete pořídit obrazový záznam? – NIE\nXML výsledky – áno\nIP: 8.8.8.8" + _SIG)
    assert y.request_types == FEED
    z = _text("Results feed: yes\nFilming at a collection point: no\nIP: 8.8.8.8" + _SIG)
    assert z.request_types == FEED and _sure(z)


def test_yes_no_value_without_diacritics_and_for_recording_only() -> None:
    x = _text("pristup k XML: ne\npovoleni k nataceni: ano" + _CREW + _SIG)
    assert x.request_types == REC and _sure(x)


def test_yes_no_values_in_a_spreadsheet() -> None:
    data = xlsx_bytes(
        [["Položka", "Vyplňte"], ["Natáčení kamerou", "NE"], ["Data XML", "ANO"], ["IP", "8.8.8.8"]]
    )
    x = _attach("formular.xlsx", data)
    assert x.request_types == FEED and _sure(x)


def test_a_request_left_without_its_yes_no_value_is_unsure() -> None:
    x = _text("XML přístup: ano\nNatáčení: ano / ne\nIP: 8.8.8.8" + _SIG)
    assert "feed_access" in x.request_types and not _sure(x)


# ------------------------------------------------ yes/no options with boxes ---------------


def test_yes_no_options_with_the_box_after_or_before_the_word() -> None:
    x = _text("XML výsledky   ano ☒   ne ☐\nNatáčení   ano ☐   ne ☒\nIP: 8.8.8.8" + _SIG)
    assert x.request_types == FEED and _sure(x)
    y = _text("Data feed: [X] yes [ ] no\nCamera crew on site: [ ] yes [X] no\nIP: 8.8.8.8" + _SIG)
    assert y.request_types == FEED and _sure(y)
    z = _text("Nakrúcanie: ☒ áno ☐ nie\nPrístup k XML: ☐ áno ☒ nie" + _CREW + _SIG)
    assert z.request_types == REC and _sure(z)


def test_yes_no_options_with_boxes_in_a_docx_table() -> None:
    data = docx_bytes(
        [
            [
                ["Povolení k pořízení záznamu", "☐ ANO  ☒ NE"],
                ["Vyhrazený přístup k serveru", "☒ ANO  ☐ NE"],
                ["Produkční IP", "8.8.8.8"],
            ]
        ]
    )
    x = _attach("zadost.docx", data)
    assert x.request_types == FEED and _sure(x)


def test_both_or_neither_option_ticked_is_unsure() -> None:
    x = _text("XML: ☒ ano ☐ ne\nNatáčení: ☒ ano ☒ ne\nIP: 8.8.8.8" + _SIG)
    assert "feed_access" in x.request_types and not _sure(x)
    y = _text("XML: [x] ano [ ] ne\nNatáčení: [ ] ano [ ] ne\nIP: 8.8.8.8" + _SIG)
    assert y.request_types == FEED and not _sure(y)


# ------------------------------------------------ yes/no columns ---------------------------


def test_yes_no_columns_aligned_by_spaces() -> None:
    x = _text(
        "Co požadujete                        ANO     NE\n"
        "Natáčení na přebíracím místě                  ✓\n"
        "Přístup k XML                         ✓\n\n"
        "IP: 8.8.8.8" + _SIG
    )
    assert x.request_types == FEED and _sure(x)
    y = _text(
        "Request                   Yes    No\n"
        "Results feed (XML)               X\n"
        "Filming permit            X\n" + _CREW + _SIG
    )
    assert y.request_types == REC and _sure(y)


def test_yes_no_columns_in_a_pdf_laid_out_in_columns() -> None:
    data = _pdf_columns(
        [
            [(50, "Požadavek"), (330, "ANO"), (400, "NE")],
            [(50, "Vyhrazené připojení k serveru (XML)"), (335, "X")],
            [(50, "Natáčení na přebíracím místě"), (405, "X")],
            [(50, "IP adresa"), (200, "8.8.8.8")],
        ]
    )
    x = _attach("formular.pdf", data)
    assert x.request_types == FEED and _sure(x)


def test_a_row_with_no_mark_under_yes_no_columns_is_unsure() -> None:
    x = _text(
        "Typ žádosti | ANO | NE\nXML výsledky | x |\nNatáčení na přebíracím místě | |\n"
        "IP: 8.8.8.8" + _SIG
    )
    assert x.request_types == FEED and not _sure(x)
    y = _text("Požadavek\tANO\tNE\nXML\tX\tX\nNatáčení\t\tX\nIP: 8.8.8.8" + _SIG)
    assert "recording_permit" not in y.request_types and not _sure(y)


# ------------------------------------------------ withdrawn later -------------------------


def test_a_withdrawal_in_the_cover_note_beats_the_attached_form() -> None:
    form = docx_bytes(
        ["Žádáme o:", "☒ přístup k XML", "☒ natáčení na přebíracím místě", "IP: 8.8.8.8"]
    )
    x = _attach("zadost.docx", form, "Natáčení jsme nakonec zrušili, platí jen XML." + _SIG)
    assert x.request_types == FEED and not _sure(x)
    y = _attach("zadost.docx", form, "Please note: the filming request is withdrawn." + _SIG)
    assert y.request_types == FEED and not _sure(y)
    z = _attach("zadost.docx", form, "Nakrúcanie rušíme, ostatné platí." + _SIG)
    assert z.request_types == FEED and not _sure(z)


def test_a_withdrawal_later_in_the_same_text() -> None:
    x = _text(
        "Žádáme o přístup k XML a o povolení k natáčení na přebíracím místě.\n"
        "IP: 8.8.8.8\nDodatek: žádost o natáčení stahujeme, kameraman onemocněl." + _SIG
    )
    assert x.request_types == FEED and not _sure(x)
    y = _text(
        "We apply for the results feed and for filming at a collection point. IP: 8.8.8.8\n"
        "Update: please disregard the filming part, we will not send a crew." + _SIG
    )
    assert y.request_types == FEED and not _sure(y)
    z = _text(
        "Zadame o pristup k XML a o nataceni na prebiracim miste. IP: 8.8.8.8\n"
        "PS: nataceni uz neni aktualni." + _SIG
    )
    assert z.request_types == FEED and not _sure(z)


def test_a_withdrawal_in_a_reply_over_the_forwarded_application() -> None:
    x = _text(
        "Natáčení odpadá, zbytek beze změny.\n\n"
        "-------- Přeposlaná zpráva --------\nOd: Eva Hrubá <hruba@noviny.example>\n"
        "Předmět: Žádost\n\nŽádáme o XML i o povolení k natáčení na přebíracím místě.\n"
        "IP: 8.8.8.8" + _SIG,
        subject="Fwd: Žádost",
    )
    assert "recording_permit" not in x.request_types and not _sure(x)


# ------------------------------------------------ declines in sentences -------------------


def test_declines_in_czech_slovak_and_english() -> None:
    for text in (
        "Natáčet na přebíracím místě nebudeme, prosíme jen o XML. IP: 8.8.8.8",
        "Natacet nebudeme, zadame jen o XML. IP: 8.8.8.8",
        "O povolenie na nakrúcanie nežiadame, stačí nám prístup k XML. IP: 8.8.8.8",
        "Filming: not needed. Results feed for 8.8.8.8 please.",
        "Camera crew – n/a. We request the XML feed for 8.8.8.8.",
        "Od natáčení letos upouštíme; potřebujeme jen data z XML serveru. IP: 8.8.8.8",
    ):
        x = _text(text + _SIG)
        assert x.request_types == FEED, text


def test_feed_declined_and_recording_asked() -> None:
    for text in (
        "Prosíme o povolení natáčet na přebíracím místě. XML data nepotřebujeme.",
        "Žiadame o povolenie nakrúcať; o prístup k XML serveru nežiadame.",
        "We would like to film at the collection point. No access to the results feed is needed.",
        "Chceme jen natáčet, prístup k vysledkum ve formatu XML nechceme.",
    ):
        x = _text(text + _CREW + _SIG)
        assert x.request_types == REC, text


def test_both_types_in_one_clause_follow_the_nearest_negation() -> None:
    x = _text("XML přístup ano – natáčet nebudeme. IP: 8.8.8.8" + _SIG)
    assert x.request_types == FEED
    y = _text("Natáčet budeme, XML nepotřebujeme." + _CREW + _SIG)
    assert y.request_types == REC


def test_a_negation_about_addresses_does_not_decline_the_feed() -> None:
    x = _text(
        "Žádáme o vyhrazené připojení k serveru s výsledky.\n"
        "Produkční IP: 8.8.8.8\nTestovací IP adresu nemáme." + _SIG
    )
    assert x.request_types == FEED and _sure(x)
    y = _text(
        "We request access to the results server. Production IP: 8.8.8.8. "
        "We no longer use the IP address 8.8.4.4." + _SIG
    )
    assert y.request_types == FEED and _sure(y)


def test_a_conflict_between_form_and_cover_note_is_unsure() -> None:
    form = docx_bytes(["☒ přístup k XML", "☐ natáčení na přebíracím místě", "IP: 8.8.8.8"])
    x = _attach("zadost.docx", form, "Posíláme žádost o XML, natáčet nebudeme." + _SIG)
    assert x.request_types == FEED and _sure(x)
    y = _attach("zadost.docx", form, "Dodatečně žádáme i o natáčení, kameraman Ivo Sedlák." + _SIG)
    assert "feed_access" in y.request_types and not _sure(y)


# ------------------------------------------------ beyond the corpus -----------------------


def test_options_on_the_lines_below_their_label() -> None:
    x = _text("Povolení k natáčení:\n☐ ano\n☒ ne\nPřístup k XML:\n☒ ano\n☐ ne\nIP: 8.8.8.8" + _SIG)
    assert x.request_types == FEED and _sure(x)
    y = _text("Do you need a filming permit?\n[x] Yes\n[ ] No\n" + _CREW + _SIG)
    assert y.request_types == REC and _sure(y)
    z = _text("Natáčení na přebíracím místě:\nNE\nXML výsledky:\nANO\nIP: 8.8.8.8" + _SIG)
    assert z.request_types == FEED and _sure(z)
    w = _text("Povolení k natáčení:\n☐ ano\n☐ ne\nXML: ano\nIP: 8.8.8.8" + _SIG)
    assert w.request_types == FEED and not _sure(w)


def test_a_mark_column_without_a_no_column_and_an_empty_cell() -> None:
    x = _html(
        "<table><tr><th>Druh žádosti</th><th>Požadujeme</th></tr>"
        "<tr><td>Přístup k výsledkům v XML</td><td>X</td></tr>"
        "<tr><td>Natáčení na přebíracím místě</td><td></td></tr></table>"
        "<p>IP: 8.8.8.8</p>" + _SIG
    )
    assert x.request_types == FEED
    y = _html(
        "<table><tr><td>XML feed</td><td>x</td></tr>"
        "<tr><td>Filming permit</td><td></td></tr></table><p>IP: 8.8.8.8</p>" + _SIG
    )
    assert y.request_types == FEED


def test_columns_headed_requested_and_not_requested() -> None:
    x = _text("Požadavek\tPožadujeme\tNepožadujeme\nXML\t\t✓\nNatáčení\t✓\t\n" + _CREW + _SIG)
    assert x.request_types == REC and _sure(x)


def test_box_variants() -> None:
    x = _text("[ X ] přístup k XML\n[   ] natáčení na přebíracím místě\nIP: 8.8.8.8" + _SIG)
    assert x.request_types == FEED and _sure(x)
    y = _text("✅ výsledky voleb v XML\n⬜ povolení k natáčení\nIP: 8.8.8.8" + _SIG)
    assert y.request_types == FEED
    z = _text("(x) Feed access (XML)\n( ) Filming at a collection point\nIP: 8.8.8.8" + _SIG)
    assert z.request_types == FEED and _sure(z)


def test_more_ways_to_decline_or_take_back() -> None:
    for text in (
        "Natáčení: žádné. XML ano, IP 8.8.8.8.",
        "Kameramana letos nemáme, stačí nám XML výsledky z IP 8.8.8.8.",
        "Filming isn't required, only the results feed for 8.8.8.8.",
        "We have no plans to film; please give 8.8.8.8 access to the results feed.",
        "S natáčením nepočítáme. Přístup k XML pro IP 8.8.8.8.",
        "Od nakrúcania odstupujeme, žiadame len o prístup k XML pre IP 8.8.8.8.",
        "Natáčení prosím z žádosti vypusťte, XML pro 8.8.8.8 platí.",
        "Please remove the filming from our application; XML access for 8.8.8.8 stays.",
    ):
        x = _text(text + _SIG)
        assert x.request_types == FEED, text


def test_a_request_only_asked_about_or_only_considered_is_unsure() -> None:
    x = _text("Prosíme o XML pro 8.8.8.8. Bylo by možné u vás i natáčet?" + _SIG)
    assert x.request_types == FEED and not _sure(x)
    y = _text("XML pro 8.8.8.8 prosím. Natáčení možná doplníme později." + _SIG)
    assert "feed_access" in y.request_types and not _sure(y)
    z = _text("Results feed for 8.8.8.8, please. We might also film, we will let you know." + _SIG)
    assert "feed_access" in z.request_types and not _sure(z)


def test_a_job_title_or_a_name_is_no_request_to_film() -> None:
    x = _text(
        "Fotografická agentura Objektiv s.r.o. žádá o přístup k XML pro IP 8.8.8.8.\n\n"
        "Jana Nová\nfotografka a koordinátorka\n604 222 333"
    )
    assert "recording_permit" not in x.request_types
    y = _text("Please add 8.8.8.8 to the results feed.\n\nTom Hale\nSenior cameraman, Wire TV")
    assert y.request_types == FEED
    z = _text("Žádáme o XML pro 8.8.8.8.\n\nS pozdravem\nPetr Malý, vedoucí štábu zpravodajství")
    assert z.request_types == FEED


def test_the_offices_text_in_a_forward_or_a_reply_subject_is_no_request() -> None:
    x = _text(
        "Žádáme o přístup k XML, IP 8.8.8.8." + _SIG + "\n\n"
        "-------- Přeposlaná zpráva --------\nOd: Tiskové oddělení <media@czso.cz>\n"
        "Předmět: Volby – akreditace\n\nMédia mohou požádat o přístup k XML a o povolení "
        "k natáčení na přebíracích místech.",
        subject="Fwd: Volby – akreditace",
    )
    assert x.request_types == FEED
    y = _text(
        "Dobrý den, posíláme jen žádost o XML pro 8.8.8.8." + _SIG,
        subject="Re: Žádosti o přístup k XML a o povolení k natáčení",
    )
    assert y.request_types == FEED


def test_a_request_made_in_an_earlier_year_is_no_request_now() -> None:
    x = _text("Loni jsme u vás natáčeli. Letos prosíme o přístup k XML pro 8.8.8.8." + _SIG)
    assert x.request_types == FEED
    y = _text(
        "Last year we filmed at a collection point; this time the XML feed for 8.8.8.8." + _SIG
    )
    assert y.request_types == FEED


def test_more_ways_to_name_the_requests() -> None:
    x = _text("We apply for a recording permit for our crew." + _CREW + _SIG)
    assert x.request_types == REC
    y = _text("Žiadame o vyhradené pripojenie k serveru s výsledkami volieb." + _SIG)
    assert y.request_types == FEED
    z = _text("Prosíme o povolení fotografovat při zpracování výsledků." + _CREW + _SIG)
    assert z.request_types == REC


def test_a_no_followed_by_thanks() -> None:
    x = _text("XML: ano, IP 8.8.8.8\nNatáčení: ne, děkujeme." + _SIG)
    assert x.request_types == FEED
    y = _text("Filming – no, thank you. Results feed for 8.8.8.8: yes." + _SIG)
    assert y.request_types == FEED


def test_a_box_after_its_label() -> None:
    x = _text("Přístup k výsledkům (XML) ☒\nNatáčení na přebíracím místě ☐\nIP: 8.8.8.8" + _SIG)
    assert x.request_types == FEED and _sure(x)
    y = _text("XML feed [ ]\nFilming permit [x]\n" + _CREW + _SIG)
    assert y.request_types == REC and _sure(y)


def test_several_yes_no_values_on_one_line() -> None:
    x = _text("Přístup k XML: ANO, natáčení: NE; IP 8.8.8.8" + _SIG)
    assert x.request_types == FEED
    y = _text("Results feed – no; filming – yes." + _CREW + _SIG)
    assert y.request_types == REC


def test_a_cross_or_a_spreadsheet_boolean_as_the_value() -> None:
    x = _text("XML výsledky: ✓\nNatáčení: ✗\nIP: 8.8.8.8" + _SIG)
    assert "recording_permit" not in x.request_types or not _sure(x)
    data = xlsx_bytes([["Přístup k XML", "PRAVDA"], ["Natáčení", "NEPRAVDA"], ["IP", "8.8.8.8"]])
    y = _attach("formular.xlsx", data)
    assert y.request_types == FEED


def test_both_requests_listed_without_visible_marks_are_unsure() -> None:
    x = _html(
        "<p>Druh žádosti:</p><p><input type='checkbox' checked> Přístup k výsledkům v XML</p>"
        "<p><input type='checkbox'> Povolení k natáčení na přebíracím místě</p>"
        "<p>IP: 8.8.8.8</p>" + _SIG
    )
    # the text layer renders the inputs as boxes (intake.content.marks): no mark is lost
    assert x.request_types == FEED and _sure(x)
    y = _text("☒ Přístup k XML\nPovolení k natáčení na přebíracím místě\nIP: 8.8.8.8" + _SIG)
    assert "feed_access" in y.request_types and not _sure(y)


def test_only_recording_asked_while_addresses_are_given_is_unsure() -> None:
    x = _text(
        "Žádáme pouze o povolení k natáčení na přebíracím místě. Náš server 8.8.8.8 "
        "stahuje data od agentury." + _CREW + _SIG
    )
    assert "recording_permit" in x.request_types
    assert x.request_types == REC or not _sure(x)


def test_a_bare_yes_or_no_word_after_a_request_in_prose() -> None:
    x = _text("Natáčení ANO, XML NE." + _CREW + _SIG)
    assert x.request_types == REC and _sure(x)
    y = _text("Požadujeme: XML (ano), natáčení (ne). IP 8.8.8.8" + _SIG)
    assert y.request_types == FEED and _sure(y)
    z = _text("Prístup k XML áno, nakrúcanie nie. IP 8.8.8.8" + _SIG)
    assert z.request_types == FEED and _sure(z)
    w = _text("XML ano. Natáčení bohužel ne. IP 8.8.8.8" + _SIG)
    assert w.request_types == FEED and _sure(w)
    v = _text("Natáčení ano, ne však rozhovory v sále." + _CREW + _SIG)
    assert v.request_types == REC


def test_a_cross_after_a_request_is_unsure() -> None:
    x = _text("Žádost o: přístup k XML ✔ / natáčení ✘\nIP 8.8.8.8" + _SIG)
    assert x.request_types == FEED and not _sure(x)


def test_undecided_or_requested_in_another_application() -> None:
    x = _text("Žádáme o XML pro 8.8.8.8. O natáčení jsme se zatím nerozhodli." + _SIG)
    assert x.request_types == FEED and not _sure(x)
    y = _text("O povolení k natáčení žádáme samostatnou žádostí, tady jen XML pro 8.8.8.8." + _SIG)
    assert y.request_types == FEED and not _sure(y)
    z = _text(
        "We are sending the filming request separately; this one is for the XML feed, 8.8.8.8."
    )
    assert z.request_types == FEED and not _sure(z)


def test_yes_no_in_brackets_and_lettered_or_numbered_form_lines() -> None:
    x = _text("Type of request: XML feed (yes) / filming permit (no)\nIP 8.8.8.8" + _SIG)
    assert x.request_types == FEED
    y = _text("a) přístup k XML [x]\nb) povolení k natáčení [ ]\nIP 8.8.8.8" + _SIG)
    assert y.request_types == FEED and _sure(y)
    z = _text("1. Přístup k XML: ANO\n2. Pořízení záznamu: NE\nIP 8.8.8.8" + _SIG)
    assert z.request_types == FEED and _sure(z)
    w = _text("XML [ANO]  Natáčení [NE]\nIP 8.8.8.8" + _SIG)
    assert w.request_types == FEED


def test_a_number_abbreviation_is_no_decline() -> None:
    x = _text(
        "We would like to film at the collection point in Kladno.\n"
        "Crew member    Passport no.\nIvo Sedlák    X1234567" + _CREW + _SIG
    )
    assert x.request_types == REC and _sure(x)


def test_words_near_a_doubt_cue_that_are_no_doubt() -> None:
    for text in (
        "IT oddělení žádá o přístup k XML. IP 8.8.8.8",
        "Žádáme o přístup k XML pro náš samostatný server 8.8.8.8.",
        "Formulář je na Google Drive, žádáme o XML pro 8.8.8.8.",
    ):
        x = _text(text + _SIG)
        assert x.request_types == FEED and _sure(x), text


def test_an_empty_crew_field_is_no_decline() -> None:
    x = _text("Natáčení: ANO\nKameraman: –\nRozsah záznamu: video\nPřebírací místo: Kolín" + _SIG)
    assert x.request_types == REC and _sure(x)


def test_a_reply_building_on_its_own_quoted_original_keeps_its_requests_unsure() -> None:
    x = _text(
        "Dobrý den, k mé žádosti níže doplňuji testovací adresu 8.8.4.4.\n\n"
        "Dne 2. 1. 2023 Eva Hrubá <hruba@noviny.example> napsala:\n"
        "> Žádáme o přístup k XML pro 8.8.8.8 a o povolení k natáčení na přebíracím místě.\n"
        "> Kameraman: Ivo Sedlák, rozsah: video, přebírací místo: Beroun\n" + _SIG,
        subject="Re: Žádost",
    )
    assert x.request_types == BOTH and not _sure(x)


def test_boxes_in_table_cells_before_or_after_the_label() -> None:
    before = docx_bytes([[["☒", "Přístup k XML"], ["☐", "Povolení k natáčení"], ["IP", "8.8.8.8"]]])
    assert _attach("f.docx", before).request_types == FEED
    after = docx_bytes([[["Přístup k XML", "☒"], ["Povolení k natáčení", "☐"], ["IP", "8.8.8.8"]]])
    assert _attach("f.docx", after).request_types == FEED
    x = _html(
        "<table><tr><td>☐</td><td>Results feed (XML)</td></tr>"
        "<tr><td>☒</td><td>Filming at a collection point</td></tr></table>" + _CREW + _SIG
    )
    assert x.request_types == REC and _sure(x)
    data = _pdf_columns(
        [
            [(50, "Požadavek"), (300, "Ano"), (360, "Ne")],
            [(50, "Přístup k XML"), (302, "☒"), (362, "☐")],
            [(50, "Povolení k natáčení"), (302, "☐"), (362, "☒")],
            [(50, "IP: 8.8.8.8")],
        ]
    )
    y = _attach("f.pdf", data)
    assert y.request_types == FEED and _sure(y)


def test_ne_in_a_comparison_or_a_restriction_is_no_decline() -> None:
    x = _text("Natáčet budeme ne déle než 10 minut na přebíracím místě." + _CREW + _SIG)
    assert x.request_types == REC and _sure(x)
    y = _text("XML potřebujeme ne později než v pátek, IP 8.8.8.8." + _SIG)
    assert y.request_types == FEED and _sure(y)
    z = _text(
        "Natáčet nebudeme vždy, ale ne všechny výsledky nás zajímají; XML pro 8.8.8.8." + _SIG
    )
    assert "feed_access" in z.request_types


# ------------------------------------------------- a negated crew tells how, not whether ------
# "Alone, without a crew", "no lights", "bez kameramana": a negated person or piece of
# equipment of the filming describes how it is done; it never declines the permit asked for.


@pytest.mark.parametrize(
    "body",
    [
        "Rád bych natáčel na přebíracím místě v Kolíně, sám, bez štábu a bez světel.",
        "Prosim o povoleni natacet na prebiracim miste v Pisku, budu tam sama, zadny kameraman.",
        "Chcela by som nakrúcať na preberacom mieste v Nitre, sama, bez kameramana.",
        "I would like to film at your collection point in Brno, alone, no camera crew.",
        "Could I film at the collection point in Ostrava? It's just me, no crew, no lights.",
        "Žádáme o povolení natáčet v Jihlavě; štáb nebude, natočím to sám na telefon.",
    ],
)
def test_a_negated_crew_or_camera_is_no_decline_of_the_permit(body: str) -> None:
    x = _text("Dobrý den,\n" + body + _CREW + _SIG)
    assert x.request_types == REC


# ------------------------------------------------- taking a request back, in any person ------


@pytest.mark.parametrize(
    "later",
    [
        "P.S. Natáčení beru zpět, nemáme na to lidi.",
        "PS: natáčení nakonec vezmeme zpět.",
        "P.S. Žiadosť o nakrúcanie beriem späť.",
        "PS I take the filming request back, sorry.",
        "P.S. We are taking back the request to film.",
        "P.S. Žádost o natáčení jsem vzala zpět.",
    ],
)
def test_a_request_taken_back_later_in_any_person_does_not_count(later: str) -> None:
    body = (
        "Dobrý den,\nžádáme o přístup k výsledkům ve formátu XML, produkční IP 8.8.8.8, "
        "a také bychom rádi natáčeli na přebíracím místě v Táboře.\n\nDíky\nEva Hrubá\n\n" + later
    )
    x = _text(body)
    assert x.request_types == FEED


# ------------------------------------------------- a title decides nothing against the letter ------
# A subject or a data message's annotation names what the message is about; what the letter
# itself decides (a request withdrawn, "only" one) stands, unsure.

_LETTER = [
    "Redakce Týdeník Luhy s.r.o.",
    "Původně jsme chtěli požádat o přístup k výsledkům v XML i o natáčení. Od žádosti o XML "
    "však upouštíme, data nám dodá agentura.",
    "Žádáme tedy pouze o povolení natáčet na přebíracím místě v Plzni.",
    "Kameraman: Ivo Sedlák, rozsah záznamu: video 10 min, přebírací místo: okres Plzeň",
]


@pytest.mark.parametrize(
    "title",
    [
        "Žádost o přístup k XML a o povolení natáčení",
        "Zadost o XML pristup a natacení",
        "Request for XML access and a filming permit",
        "Žiadosť o prístup k XML a o povolenie nakrúcať",
    ],
)
def test_a_data_messages_title_does_not_undo_the_letters_withdrawal(title: str) -> None:
    doc = attachment("zadost.docx", docx_bytes(_LETTER))
    x = extract(data_message(title, doc, dm_sender="Týdeník Luhy s.r.o."))
    assert x.request_types == REC
    assert not _sure(x)


def test_an_e_mails_subject_does_not_undo_the_attached_letters_withdrawal() -> None:
    doc = attachment("zadost.docx", docx_bytes(_LETTER))
    x = _x(_body("Dobrý den, žádost je v příloze." + _SIG), doc, subject="Žádost o přístup k XML a o povolení natáčení")
    assert x.request_types == REC


@pytest.mark.parametrize(
    "body",
    [
        "Žádám o 1) přístup k XML z adresy 8.8.8.8, testovací nepotřebuji, 2) povolení natáčet v Kolíně.",
        "Ziadam o a) pristup k XML z 8.8.8.8, test nemam, b) povolenie nakrucat v Nitre.",
        "We ask for (1) the XML feed for 8.8.8.8, no test address needed, (2) a permit to film in Brno.",
    ],
)
def test_a_numbered_item_starts_its_own_clause_for_a_negation(body: str) -> None:
    x = _text("Dobrý den,\n" + body + _CREW + _SIG, subject="Volby")
    assert x.request_types == BOTH
