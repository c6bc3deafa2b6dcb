"""Contact person and phone, twentieth round (issue 18): classes of writing probed in
wording unlike the corpus cases.

1. A form of address of a foreign language ("Mme", "Herr", "Señora", "mevrouw") is no part
   of the name it stands before.
2. A name in a table row ends at the tab: the next cell ("Primary contact") is no surname.
3. A number put right at once in the same line ("605 … – pardon, 605 …", "sorry, I mean …"):
   the later number, unsure; a negated second number ("…, ne …") leaves the first.
4. An identifier after its label and a verb ("USt-IdNr. lautet DE 812 334 507") is no phone.
5. A number with the extension 0 after a dash ("+43 2572 30 40-0") is a switchboard.
6. A forwarded message without a header signed below with the contact's full name is theirs.
7. The writer sets their name after their own role in the first person ("jsem koordinátorka
   projektu: Tereza …"): read, never certain.
8. The person an e-mail makes the contact brings the phone of the e-mail's own line.

Every text here is written for the test; names, firms and numbers are invented."""

from __future__ import annotations

import pytest

from intake.extraction.contact import (
    CSU,
    _introduced_self,
    _line_phones,
    _names_in,
    _PhoneKind,
    _phones,
    _signed_below,
    person_name,
)
from intake.extraction.model import Extraction
from intake.extraction.segments import Block, Kind, Line
from tests.unit.extraction_helpers import body, extract, mail


def _value(x: Extraction, key: str) -> str | None:
    f = x.fields.get(key)
    return None if f is None else str(f.value)


# ------------- 1. a foreign form of address ---------------------------------------------

ADDRESSED = {
    "Mme Claire Roux": "Claire Roux",
    "Herr Jonas Becker": "Jonas Becker",
    "Señora Ana Ruiz Gómez": "Ana Ruiz Gómez",
    "mevrouw Anke Visser": "Anke Visser",
    "Signora Giulia Conti": "Giulia Conti",
    "Mlle Sophie Martin": "Sophie Martin",
}


@pytest.mark.parametrize("raw", sorted(ADDRESSED))
def test_a_form_of_address_is_no_part_of_the_name(raw: str) -> None:
    assert person_name(raw) == ADDRESSED[raw]


@pytest.mark.parametrize("raw", ["Frau Roth", "Herrmann Vogt", "Donata Malá", "Madlen Kühn"])
def test_a_name_only_looking_like_an_address_stays(raw: str) -> None:
    """A surname alone after a form of address stays as it was; a given name that begins
    like one is a name."""
    assert person_name(raw) == raw


def test_a_french_fixer_named_with_mme_in_a_sentence() -> None:
    text = (
        "Bonjour,\nnous souhaitons filmer au centre de collecte à Brno. Notre contact sur place "
        "sera notre assistante, Mme Hana Dvorská (hana.dvorska@fixeur.example, +420 733 410 925).\n\n"
        "Cordialement\nLuc Perrin\nRédacteur en chef\n"
    )
    x = extract(mail(body(text), sender="l.perrin@ecran.example"))
    assert _value(x, "contact.person") == "Hana Dvorská"


# ------------- 2. a name ends at a tab ---------------------------------------------------

TAB_ROWS = [
    "Priti Sharma\tPrimary contact for the office\t+44 20 7946 0999",
    "Jana Malá\tMain Liaison\t602 118 400",
    "Erik Lund\tTechnical Owner\terik@firma.example",
    "Olga Berg\tWeekend Backup\t+46 8 123 456",
]


@pytest.mark.parametrize("row", TAB_ROWS)
def test_a_name_ends_at_the_tab_of_its_cell(row: str) -> None:
    assert _names_in(row)[0] == row.split("\t")[0]


def test_a_name_of_three_words_in_one_cell_stays_whole() -> None:
    assert _names_in("Anna Marie Berg\tEditor") == ["Anna Marie Berg"]


def test_words_split_by_a_tab_are_no_name() -> None:
    assert _names_in("Anna\tBerg") == []


# ------------- 3. a number put right at once --------------------------------------------

SLIPS = {
    "pardon": "Kontakt já, tel 604 210 318 - pardon, 604 210 381.",
    "sorry_i_mean": "Call me on 731 200 415, sorry, I mean 731 200 451.",
    "oprava": "Můj mobil: 602 333 118 – oprava: 602 333 181.",
    "promin": "Volejte na 775 410 269, promiňte, 775 410 296.",
}


@pytest.mark.parametrize("key", sorted(SLIPS))
def test_a_number_put_right_at_once_wins_unsure(key: str) -> None:
    text = (
        f"Dobrý den,\nprosíme o přístup k XML, produkce 203.0.113.77.\n{SLIPS[key]}\nKarel Vrba\n"
    )
    x = extract(mail(body(text), sender="vrba@listy.example"))
    first, second = [n for _, n in _line_phones(SLIPS[key], CSU)]
    assert _value(x, "contact.phone") == second != first
    assert not x.fields["contact.phone"].certain


def test_a_negated_second_number_leaves_the_first() -> None:
    line = "Oprava: můj telefon je 604 210 318, ne 604 210 381."
    text = f"Dobrý den,\nprosíme o přístup k XML, produkce 203.0.113.77.\n{line}\nKarel Vrba\n"
    x = extract(mail(body(text), sender="vrba@listy.example"))
    assert _value(x, "contact.phone") == "+420604210318"


def test_two_numbers_without_words_of_a_slip_stay_as_they_were() -> None:
    line = "Kontakt: Karel Vrba, tel. 604 210 318, 777 123 456"
    text = f"Dobrý den,\nprosíme o přístup k XML, produkce 203.0.113.77.\n{line}\n"
    x = extract(mail(body(text), sender="vrba@listy.example"))
    assert _value(x, "contact.phone") == "+420604210318"


# ------------- 4. an identifier after its label and a verb --------------------------------

IDENTIFIERS = [
    "unsere USt-IdNr. lautet DE 812 334 507, Handelsregister HRB 40211",
    "Our VAT number is GB 123 4567 89.",
    "UID-Nr. ATU 62 771 803",
    "notre numéro de TVA est FR 40 303 265 045",
]


@pytest.mark.parametrize("text", IDENTIFIERS)
def test_an_identifier_after_its_label_is_no_phone(text: str) -> None:
    assert _line_phones(text, CSU) == []


@pytest.mark.parametrize(
    "text",
    [
        "VAT reg., tel 602 123 456",
        "CIF B84613527 tel. 602 123 456",
        "IČO 12345678, mobil 602 123 456",
    ],
)
def test_a_phone_after_an_identifier_is_still_read(text: str) -> None:
    assert [n for _, n in _line_phones(text, CSU)] == ["+420602123456"]


# ------------- 5. a switchboard written with the extension 0 -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tel. +43 2572 30 40-0",
        "Telefon +49 221 5508-0",
        "T: +43 1 534 52-0",
        "Zentrale +49 89 2183 - 0",
    ],
)
def test_a_number_with_the_extension_zero_is_a_switchboard(text: str) -> None:
    assert [k for _, k in _phones(text, CSU)] == [_PhoneKind.ORGANIZATION]


@pytest.mark.parametrize("text", ["Tel. +43 2572 30 40-12", "Tel. +420 602 123 450"])
def test_a_direct_line_is_no_switchboard(text: str) -> None:
    assert [k for _, k in _phones(text, CSU)] == [_PhoneKind.NEUTRAL]


def test_the_mobile_in_the_letter_wins_over_the_letterheads_switchboard() -> None:
    text = (
        "Sehr geehrte Damen und Herren,\nwir ersuchen um Zugang zu den XML-Ergebnissen für "
        "198.51.100.120.\nFür Fragen bin ich am besten mobil unter +43 676 305 11 42 erreichbar.\n\n"
        "Mit freundlichen Grüßen\n\nAnna Leitner\nRedakteurin\nMarchfelder Bote GmbH\n"
        "Tel. +43 2282 601 77-0\n"
    )
    x = extract(mail(body(text), sender="a.leitner@bote.example"))
    assert _value(x, "contact.phone") == "+436763051142"


# ------------- 6. a forwarded message signed below ----------------------------------------


def _sig(*texts: str) -> Block:
    return Block("b", Kind.SIGNATURE, tuple(Line(i, t) for i, t in enumerate(texts, 1)))


@pytest.mark.parametrize(
    "sig",
    [
        _sig("-- Daniel Koubek", "IT provoz"),
        _sig("Daniel Koubek", "daniel@firma.example"),
        _sig("— daniel koubek"),
        _sig("", "Daniel Koubek"),
    ],
)
def test_a_signature_below_opening_with_the_full_name(sig: Block) -> None:
    assert _signed_below([sig], "Daniel Koubek")


@pytest.mark.parametrize("sig", [_sig("-- Daniel", "IT provoz"), _sig("-- Pavel Koubek")])
def test_a_signature_of_another_or_a_given_name_alone(sig: Block) -> None:
    assert not _signed_below([sig], "Daniel Koubek")


# ------------- 7. the writer's name after their own role ----------------------------------

INTRODUCED = {
    "volejte mně, jsem koordinátorka projektu: Tereza Malá, 736 220 418.": "Tereza Malá",
    "Kdyby něco, jsem tu produkční – Lucie Horká, 604 001 220": "Lucie Horká",
    "For anything else, I'm the project lead: Ann Carter, +44 7700 900 111": "Ann Carter",
    "Bei Fragen: ich bin die zuständige Redakteurin – Julia Brandt, 0171 2345678": "Julia Brandt",
    "v prípade otázok som koordinátor: Peter Horváth": "Peter Horváth",
}


@pytest.mark.parametrize("line", sorted(INTRODUCED))
def test_the_writer_names_themselves_after_their_role(line: str) -> None:
    found = _introduced_self(line)
    assert found is not None and found[0] == INTRODUCED[line]


@pytest.mark.parametrize(
    "line",
    [
        "jsem koordinátorka projektu Tereza Malá",  # no colon or dash: the name is not set beside
        "Kontakt: Jana Malá, 602 111 222",  # no first person
        "jsem ráda, že to klaplo: děkujeme moc",  # no name after
    ],
)
def test_no_name_after_a_first_person_role(line: str) -> None:
    assert _introduced_self(line) is None


def test_a_chatty_student_message_gives_its_writer_unsure() -> None:
    text = (
        "Ahoj / dobrý den,\njsme studentské rádio a chceme přístup k XML, server 192.0.2.61.\n"
        "Kdyby cokoliv, pište mně, jsem vedoucí redakce: Klára Novotná, 731 552 019.\n"
        "Díky moc!\nKlára\n"
    )
    x = extract(mail(body(text), sender="radio.redakce@mail.example"))
    assert _value(x, "contact.person") == "Klára Novotná"
    assert not x.fields["contact.person"].certain


# ------------- 8. the e-mail owner's phone ------------------------------------------------


def test_the_email_owner_brings_the_phone_of_the_emails_line() -> None:
    text = (
        "Estimados señores:\nsolicitamos acceso a los resultados XML, IP 203.0.113.160.\n\n"
        "Persona de contacto para todo: Lucía Prieto, corresponsal en Praga, +420 731 448 120, "
        "lprieto@diario.example\n\nAtentamente,\nMiguel Ortega\nJefe de Sistemas\n"
        "Diario del Norte S.L.\nTel. +34 91 555 44 00\n"
    )
    x = extract(mail(body(text), sender="mortega@diario.example"))
    assert _value(x, "contact.person") == "Lucía Prieto"
    assert _value(x, "contact.phone") == "+420731448120"
    assert not x.fields["contact.phone"].certain
