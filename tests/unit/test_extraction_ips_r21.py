"""Round 21: roles given by order ("respectively", "bzw.", "resp.") whatever the wording of the
uses (an adverb, a verb) and wherever the mail client wrapped the sentence."""

from __future__ import annotations

import pytest

from intake.extraction.ips import Role, find_ips, placed_rows
from intake.extraction.segments import logical_lines
from tests.unit.docs import xlsx_bytes, xlsx_sheets
from tests.unit.extraction_helpers import SIG, attachment, body, extract, mail, text_file


def _roles(text: str) -> list[tuple[str, Role | None]]:
    return [(m.text, m.role) for m in find_ips(text) if not m.excluded]


# 1. "respectively" in any language the rules know gives the roles in order, the uses named
#    by adverbs or verbs too ("ostře, resp. testovat"), never for certain.


@pytest.mark.parametrize(
    "text",
    [
        "Z adres 192.0.2.10 a 192.0.2.20 budeme stahovat ostře, resp. testovat.",
        "Adresy 192.0.2.10 a 192.0.2.20 poslouží pro ostrý běh, respektive pro zkoušky.",
        "Ze strojů 192.0.2.10 a 192.0.2.20 chceme výsledky brát naostro respektive je testovat.",
        "Povolte prosím 192.0.2.10 a 192.0.2.20 - první pro ostrý provoz, druhou na testy.",
        "We will pull live and test from 192.0.2.10 and 192.0.2.20 respectively.",
        "Bitte 192.0.2.10 und 192.0.2.20 freischalten, für den Livebetrieb bzw. für Tests.",
        "Z adries 192.0.2.10 a 192.0.2.20 budeme sťahovať naostro, resp. testovať.",
    ],
)
def test_respectively_gives_the_roles_in_order(text: str) -> None:
    found = find_ips(text)
    assert [(m.text, m.role) for m in found] == [
        ("192.0.2.10", Role.PRODUCTION),
        ("192.0.2.20", Role.TEST),
    ]
    assert not any(m.certain for m in found)


@pytest.mark.parametrize(
    "text",
    [
        # a wrapped German sentence: the line ends in an article, the next starts with a noun
        "Freizuschalten sind bitte unsere beiden Rechner 192.0.2.10 und 192.0.2.20, für den\n"
        "Produktivbetrieb bzw. für die Testphase.",
        "Wir bitten um Zugang für 192.0.2.10 und 192.0.2.20 und zwar jeweils für den\n"
        "Live-Abruf bzw. für Testzwecke.",
        "Please allow our two servers 192.0.2.10 and 192.0.2.20, serving for the\n"
        "Production feed and the Test feed respectively.",
        "Prosíme o povolení adres 192.0.2.10 a 192.0.2.20 pro naši redakci, a to pro\n"
        "Ostrý provoz, resp. Testování.",
    ],
)
def test_a_sentence_wrapped_after_an_article_or_preposition_is_read_whole(text: str) -> None:
    assert _roles(text) == [("192.0.2.10", Role.PRODUCTION), ("192.0.2.20", Role.TEST)]


def test_a_wrapped_respectively_sentence_in_a_mail() -> None:
    text = (
        "Sehr geehrte Damen und Herren,\n\n"
        "gerne möchten wir die Adressen 198.51.100.31 und 198.51.100.32 eintragen lassen, für die\n"
        "Produktion bzw. die Testumgebung.\n" + SIG
    )
    x = extract(mail(body(text)))
    assert [str(a) for a in x.production_ips] == ["198.51.100.31"]
    assert [str(a) for a in x.test_ips] == ["198.51.100.32"]


# near misses: no order word, or a line that ends a clause, stays as it was


def test_two_addresses_and_two_uses_without_an_order_word_get_no_order() -> None:
    # "ostře i testovat": both uses for both, not one each in turn
    found = find_ips("Adresy 192.0.2.10 a 192.0.2.20 budeme stahovat ostře i testovat.")
    assert [m.role for m in found] != [Role.PRODUCTION, Role.TEST]
    assert not any(m.certain for m in found)


@pytest.mark.parametrize(
    "text",
    [
        # a line ending in a noun or a verb: a capital on the next line starts a new line
        "Posíláme vám adresy pro přístup k volebním výsledkům, jak jsme se dohodli\nDěkuji",
        "Wir haben die Unterlagen zu den Servern der Redaktion beigefügt und senden\nGrüße",
        # short lines are not wrapped by a client
        "Adresa je pro\nTest",
    ],
)
def test_a_line_not_ending_in_an_article_is_not_joined(text: str) -> None:
    assert len(logical_lines(text)) == 2


def test_a_sharp_adverb_outside_a_use_is_no_cue_without_order() -> None:
    # one address with "ostře sledovaný" and nothing in order: no role from order
    found = find_ips("Server 192.0.2.10 je ostře sledovaný, prosím povolit.")
    assert [m.role for m in found] in ([None], [Role.PRODUCTION])
    assert not any(m.certain for m in found)


# 2. An address said to be another client's (a contractor's server for someone else) or not to
#    belong to this application is withdrawn, wherever the saying stands around it.


@pytest.mark.parametrize(
    "text",
    [
        "Server 192.0.2.90 patří jinému zákazníkovi, ten žádá sám.",
        "The host 192.0.2.90 belongs to another customer of ours and should be ignored.",
        "192.0.2.90 ist der Server eines anderen Kunden.",
        "Adresa 192.0.2.90 v tabulce sem nepatří.",
        "Server jiného klienta: 192.0.2.90",
        "192.0.2.90 – to je stroj, ktorý používa iná redakcia.",
        "Note: 192.0.2.90 does not belong to this request (we host it for a different outlet).",
    ],
)
def test_an_address_of_another_client_is_withdrawn(text: str) -> None:
    assert [m.excluded for m in find_ips(text)] == [True]


@pytest.mark.parametrize(
    "text",
    [
        # a comparison with other clients names no owner
        "Adresa 192.0.2.95 je pro ostrý provoz, jako u jiných klientů.",
        "Produkce 192.0.2.95, stejně jako loni pro jiného klienta.",
        # the applicant's client, not another one
        "Za našeho klienta žádáme o 192.0.2.95 (produkce).",
    ],
)
def test_an_address_beside_other_clients_mentioned_otherwise_stays(text: str) -> None:
    assert [m.excluded for m in find_ips(text)] == [False]


def test_a_contractors_note_about_another_clients_server_leaves_the_labelled_rows() -> None:
    text = (
        "Dobrý den,\n\nza našeho klienta Novinky Polabí, z. s., žádáme o přístup k XML.\n\n"
        "Produkční IP: 198.51.100.41\nTestovací IP: 198.51.100.42\n\n"
        "Pro úplnost: 198.51.100.49 je u nás vedena pro jinou redakci, ta se hlásí sama.\n" + SIG
    )
    x = extract(mail(body(text)))
    assert [str(a) for a in x.production_ips] == ["198.51.100.41"]
    assert [str(a) for a in x.test_ips] == ["198.51.100.42"]


# 3. A sheet or section headed as a sample or template to fill in gives no address while
#    another section gives the applicant's own.

_OWN = [
    ["Položka", "Hodnota"],
    ["Produkční IP", "198.51.100.21"],
    ["Testovací IP", "198.51.100.22"],
]
_SAMPLE_ROWS = [
    ["Položka", "Hodnota"],
    ["Produkční IP", "192.0.2.1"],
    ["Testovací IP", "192.0.2.2"],
]


@pytest.mark.parametrize(
    "title",
    [
        "Vzor vyplnění",
        "Příklad",
        "Example",
        "Sample (do not edit)",
        "Ukážka",
        "Ausfüllbeispiel",
        "Muster",
    ],
)
def test_a_sample_sheet_gives_no_address(title: str) -> None:
    sheets = [("Žádost", _OWN), (title, _SAMPLE_ROWS)]
    x = extract(
        mail(
            body("Dobrý den, žádost v příloze." + SIG),
            attachment("zadost.xlsx", xlsx_sheets(sheets)),
        )
    )
    assert [str(a) for a in x.production_ips] == ["198.51.100.21"]
    assert [str(a) for a in x.test_ips] == ["198.51.100.22"]


def test_a_sample_sheet_first_still_leaves_the_filled_one() -> None:
    sheets = [("Example", _SAMPLE_ROWS), ("Application", _OWN)]
    x = extract(
        mail(
            body("Hello, the form is attached." + SIG), attachment("form.xlsx", xlsx_sheets(sheets))
        )
    )
    assert [str(a) for a in x.production_ips] == ["198.51.100.21"]


def test_two_sheets_neither_a_sample_stay_in_doubt() -> None:
    sheets = [("Redakce Brno", _OWN), ("Redakce Praha", _SAMPLE_ROWS)]
    x = extract(
        mail(
            body("Dobrý den, žádost v příloze." + SIG),
            attachment("zadost.xlsx", xlsx_sheets(sheets)),
        )
    )
    assert not x.fields["production_ips"].certain


def test_a_lone_sheet_titled_as_a_template_is_still_read() -> None:
    # the office's template filled in: its only section is the application
    x = extract(
        mail(
            body("Dobrý den, posílám vyplněný vzor." + SIG),
            attachment("vzor.xlsx", xlsx_sheets([("Vzor žádosti", _OWN)])),
        )
    )
    assert [str(a) for a in x.production_ips] == ["198.51.100.21"]


# 4. A reply sending a corrected table: the table's address for a use replaces the quoted
#    original's, even when the reply also supplements other details ("doplňujeme IČO").


@pytest.mark.parametrize(
    "note",
    [
        "doplňujeme dle Vaší výzvy IČO 12345678. Opravenou tabulku adres přikládám.",
        "Doplňuji požadované údaje; v původní žádosti byla chyba v testovací adrese, "
        "správné hodnoty jsou v příloze.",
        "Adding the missing details as requested - the attached table is corrected, "
        "the test address in my first mail was wrong.",
        "Dopĺňame údaje podľa výzvy, v prílohe je opravená tabuľka IP adries.",
    ],
)
def test_a_corrected_table_replaces_the_quoted_originals_address(note: str) -> None:
    text = (
        note + "\n\nS pozdravem\nIva Nová\n\n"
        "Dne 3. 9. 2025 Iva Nová napsala:\n"
        "> Dobrý den, žádáme o přístup k XML.\n"
        "> Produkce 198.51.100.50, test 198.51.100.56.\n"
    )
    rows = [["Typ", "IP"], ["produkční", "198.51.100.50"], ["testovací", "198.51.100.57"]]
    x = extract(mail(body(text + SIG), attachment("ip.xlsx", xlsx_bytes(rows))))
    assert [str(a) for a in x.test_ips] == ["198.51.100.57"]
    assert [str(a) for a in x.production_ips] == ["198.51.100.50"]


def test_a_reply_only_adding_an_address_keeps_the_originals() -> None:
    text = (
        "Dobrý den, k žádosti níže doplňujeme ještě jednu testovací adresu: 198.51.100.58.\n\n"
        "Dne 3. 9. 2025 Iva Nová napsala:\n"
        "> Dobrý den, žádáme o přístup k XML.\n"
        "> Produkce 198.51.100.50, test 198.51.100.56.\n"
    )
    x = extract(mail(body(text + SIG)))
    assert sorted(str(a) for a in x.test_ips) == ["198.51.100.56", "198.51.100.58"]


# 5. "respectively" in the other languages the rules know, in a sentence and in a cover
#    placing an attached table's rows.


@pytest.mark.parametrize(
    "text",
    [
        "Adresy 192.0.2.10 a 192.0.2.20 sú pre ostrú prevádzku, respektíve na testovanie.",
        "Les adresses 192.0.2.10 et 192.0.2.20 servent respectivement à la production et aux essais.",
        "Las direcciones 192.0.2.10 y 192.0.2.20 son para producción y pruebas, respectivamente.",
        "Adresy 192.0.2.10 i 192.0.2.20 służą odpowiednio do produkcji i testów.",
        "De adressen 192.0.2.10 en 192.0.2.20 zijn respectievelijk voor productie en test.",
    ],
)
def test_respectively_in_other_languages(text: str) -> None:
    assert _roles(text) == [("192.0.2.10", Role.PRODUCTION), ("192.0.2.20", Role.TEST)]


@pytest.mark.parametrize(
    "note",
    [
        "Die beiden Zeilen der Tabelle sind für den Livebetrieb bzw. für Tests.",
        "Dva riadky tabuľky sú pre ostrú prevádzku, respektíve na testovanie.",
        "Oba řádky tabulky: ostrý, resp. testovací provoz.",
        "Les deux lignes du tableau sont respectivement pour la production et les essais.",
    ],
)
def test_a_cover_places_the_rows_in_order(note: str) -> None:
    assert placed_rows(note) == [(1, 1, Role.PRODUCTION), (2, 1, Role.TEST)]


# 6. Sample sections in other layouts: an ODS workbook, a text attachment under headings.


def test_a_workbook_with_instructions_and_an_example_sheet() -> None:
    # (an ODS workbook's text has no blank line between its sheets: no sections to read)
    notes = [["Vyplňte list Application, list Example je jen vzor."]]
    sheets = [("Instructions", notes), ("Application", _OWN), ("Example", _SAMPLE_ROWS)]
    x = extract(
        mail(body("Hello, see the attachment." + SIG), attachment("f.xlsx", xlsx_sheets(sheets)))
    )
    assert [str(a) for a in x.test_ips] == ["198.51.100.22"]


def test_a_sample_section_of_a_text_attachment_gives_no_address() -> None:
    text = (
        "Naše údaje\nProdukční IP: 198.51.100.21\nTestovací IP: 198.51.100.22\n\n"
        "Example\nProdukční IP: 192.0.2.1\nTestovací IP: 192.0.2.2\n"
    )
    x = extract(mail(body("Dobrý den, v příloze." + SIG), text_file("zadost.txt", text)))
    assert [str(a) for a in x.production_ips] == ["198.51.100.21"]
    assert [str(a) for a in x.test_ips] == ["198.51.100.22"]


# 7. More writers of a corrected table.


@pytest.mark.parametrize(
    "note",
    [
        "Anbei die korrigierte Tabelle; die Testadresse in meiner ersten Mail war falsch. "
        "Außerdem ergänzen wir die IČO 12345678.",
        "Posílám doplnění k žádosti a zároveň opravu - testovací IP byla překlep, platí příloha.",
    ],
)
def test_a_corrected_table_replaces_the_originals_address_other_writers(note: str) -> None:
    text = (
        note + "\n\nDne 3. 9. 2025 Iva Nová napsala:\n"
        "> Dobrý den, žádáme o přístup k XML.\n"
        "> Produkce 198.51.100.50, test 198.51.100.56.\n"
    )
    rows = [["Typ", "IP"], ["produkční", "198.51.100.50"], ["testovací", "198.51.100.57"]]
    x = extract(mail(body(text + SIG), attachment("ip.xlsx", xlsx_bytes(rows))))
    assert [str(a) for a in x.test_ips] == ["198.51.100.57"]
