"""Contact person, ninth round (issue 18): classes of wording, in any language, that are never
a person - a closing or greeting formula (German, Polish, French, Dutch, Czech, Slovak,
English) and the name of a team or desk ("Redaktion Mitteleuropa", "Dział Grafiki") - and a
number written nationally with a trunk zero in a text whose language names its country.

Every text here is written for the test, in varied wording; none is a corpus case."""

from __future__ import annotations

import pytest

from intake.extraction.contact import person_name
from intake.extraction.model import Extraction
from tests.unit.extraction_helpers import body as _body
from tests.unit.extraction_helpers import extract as _x
from tests.unit.extraction_helpers import mail
from tests.unit.extraction_helpers import text_file as _file


def _mail(body: str, sender: str = "kontakt@grafik.example", name: str = "") -> Extraction:
    return _x(mail(_body(body), sender=sender, sender_name=name))


# ------------------------------------------------ closings and greetings are no names -----


@pytest.mark.parametrize(
    "formula",
    [
        "Viele Grüße", "Beste Grüsse", "Herzliche Grüße", "Liebe Grüße", "Freundliche Grüße",
        "Pozdrawiam serdecznie", "Serdeczne pozdrowienia", "Z poważaniem", "Dzień dobry",
        "Szanowni Państwo", "Guten Tag", "Cordialement", "Met vriendelijke groet",
        "Srdečné pozdravy", "Pekný deň", "Warm Regards", "Kind Wishes", "Many Thanks",
        "Cordiali Saluti", "Saludos Cordiales", "Hochachtungsvoll", "Mit Grüßen",
    ],
)
def test_a_closing_or_greeting_formula_is_no_name(formula: str) -> None:
    assert person_name(formula) is None


def test_a_real_name_beside_formula_words_stays_a_name() -> None:
    assert person_name("Jonáš Veselý") == "Jonáš Veselý"
    assert person_name("Anna Best") == "Anna Best"
    assert person_name("Pieter van den Berg") == "Pieter van den Berg"


def test_german_closing_in_a_plain_mail_leaves_the_signer() -> None:
    x = _mail(
        "Guten Tag,\nich bitte um Zugang zum XML-Feed für 198.51.100.7.\n\n"
        "Herzliche Grüße\nKarin Oberhuber\n",
        name="Karin Oberhuber",
    )
    assert x.contact_person == "Karin Oberhuber"


def test_polish_closing_and_greeting_never_the_person() -> None:
    x = _mail(
        "Dzień dobry,\nprosimy o dostęp do danych XML z adresu 203.0.113.44.\n\n"
        "Pozdrawiam serdecznie\nMałgorzata Wiśniewska\nredakcja Głos Śląska\n",
        name="Małgorzata Wiśniewska",
    )
    assert x.contact_person == "Małgorzata Wiśniewska"


def test_slovak_closing_without_diacritics_is_no_name() -> None:
    x = _mail(
        "Dobry den,\npoprosim o pristup k XML pre 192.0.2.90.\n\nPekny den\nMatej Hruska\n",
        name="Matej Hruska",
    )
    assert x.contact_person == "Matej Hruska"


def test_english_closing_in_a_reply_signature() -> None:
    x = _mail(
        "Hello,\nthe address for production is 192.0.2.200.\n\nWarm wishes,\nEdith Carrow\n"
        "Data desk, The Lowland Courier\n",
        name="Edith Carrow",
    )
    assert x.contact_person == "Edith Carrow"


# ------------------------------------------------ a team or desk is no person --------------


@pytest.mark.parametrize(
    "team",
    [
        "Redaktion Mitteleuropa", "Redakcja Regionalna", "Dział Grafiki", "Abteilung Datenjournalismus",
        "Grafikabteilung Nord", "Zespół Danych", "Oddelenie Grafiky", "Oddělení Dat",
        "Newsroom Central", "Desk Europe", "Sekretariat Redakce", "Wahlstudio Leipzig",
    ],
)
def test_a_team_or_desk_is_no_person(team: str) -> None:
    assert person_name(team) is None


def test_the_named_person_beats_the_desk_in_a_german_signature() -> None:
    x = _mail(
        "Sehr geehrte Damen und Herren,\nwir möchten am Wahlabend filmen.\n\n"
        "Mit freundlichen Grüßen\n\nRedaktion Alpenblick\nSabine Kerschbaumer\n"
        "kerschbaumer@alpenblick.example\n",
        sender="redaktion@alpenblick.example",
    )
    assert x.contact_person == "Sabine Kerschbaumer"


# ------------------------------------------------ a national number in the text's language --


def test_german_mobile_written_nationally_in_a_german_mail() -> None:
    x = _mail(
        "Guten Tag,\nbitte schalten Sie 203.0.113.9 für den XML-Feed frei.\n"
        "Sie erreichen mich mobil unter 0151 2345 6789.\n\nBeste Grüße\nTobias Brandl\n",
        name="Tobias Brandl",
    )
    assert x.contact_phone == "+4915123456789"


def test_polish_number_in_a_polish_mail_stays_unflagged_only_when_valid() -> None:
    x = _mail(
        "Dzień dobry,\nproszę o dostęp XML dla 198.51.100.61.\nMój telefon: 0601 234 567\n\n"
        "Pozdrawiam\nPiotr Zieliński\n",
        name="Piotr Zieliński",
    )
    assert x.contact_person == "Piotr Zieliński"


# ------------------------------------------------ a contact role in any language -----------


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Ihr Ansprechpartner ist Herr Lukas Pfeiffer, Tel. +49 89 1234 5678.", "Lukas Pfeiffer"),
        ("Ansprechpartnerin ist Frau Dr. Heike Lindner.", "Heike Lindner"),
        ("Osobą kontaktową jest pani Agnieszka Dąbrowska, tel. +48 22 555 01 23.", "Agnieszka Dąbrowska"),
        ("Osobą do kontaktu będzie pan Tomasz Lewandowski.", "Tomasz Lewandowski"),
        ("Notre personne de contact est Madame Claire Fontaine.", "Claire Fontaine"),
        ("Unsere Kontaktperson ist Herr Matthias Grünwald.", "Matthias Grünwald"),
    ],
)
def test_a_contact_role_sentence_in_german_polish_french(sentence: str, person: str) -> None:
    x = _mail(f"Hallo,\nbitte um XML-Zugang für 192.0.2.14.\n{sentence}\n\nGrüße\nRedaktion Ost\n")
    assert x.contact_person == person


@pytest.mark.parametrize(
    "label", ["Ansprechpartner: Jana Wolff", "Osoba kontaktowa: Jana Wolff", "Kontaktperson: Jana Wolff"]
)
def test_a_contact_role_label_in_german_or_polish(label: str) -> None:
    x = _mail(f"Guten Tag,\nXML-Feed für 198.51.100.3 bitte.\n{label}\n\nTeam Nord\n")
    assert x.contact_person == "Jana Wolff"


@pytest.mark.parametrize(
    "signed", ["i. A. Ruth Brenner", "i.V. Ruth Brenner", "z up. Ruth Brenner", "p.p. Ruth Brenner"]
)
def test_signing_on_behalf_is_no_part_of_the_name(signed: str) -> None:
    assert person_name(signed) == "Ruth Brenner"


def test_a_desk_as_the_senders_display_name_is_no_person() -> None:
    x = _mail(
        "Dobrý den,\nprosíme o XML pro 203.0.113.71.\n\nDěkujeme\n",
        sender="desk@zpravy.example", name="Redakce Zpravodajství",
    )
    assert x.contact_person is None


# ------------------------------------------------ the sender's mailbox names the writer -----


@pytest.mark.parametrize(
    ("sender", "text", "person"),
    [
        ("jakub.lorenc@posta.example", "Jakub Lorenc, nezávislý fotograf a kameraman\nPraha 8", "Jakub Lorenc"),
        ("hruskova.eva@mail.example", "Žádost podává Eva Hrušková (OSVČ), grafika.", "Eva Hrušková"),
        ("mnovotny@seznam.example", "Martin Novotny - freelance data designer, Brno", "Martin Novotny"),
        ("zuzana_kralova@post.example", "Zuzana Kráľová | fotografka | Žilina", "Zuzana Kráľová"),
        ("o.reilly@inbox.example", "Owen Reilly, camera operator\nGalway", "Owen Reilly"),
        ("dvorakp@firma.example", "Petr Dvořák – kameraman na volné noze", "Petr Dvořák"),
    ],
)
def test_a_name_the_senders_mailbox_spells_is_the_writer(sender: str, text: str, person: str) -> None:
    x = _x(mail(_body("Dobrý den, posílám žádost v příloze. Díky, " + person[0] + ". " + person.split()[-1]), _file("zadost.txt", text), sender=sender))
    assert x.contact_person == person
    assert x.fields["contact.person"].certain is False


def test_another_name_than_the_mailbox_spells_is_not_taken() -> None:
    x = _x(
        mail(_body("Dobrý den, posílám žádost. Díky"), _file("zadost.txt", "Karel Veselý, kameraman"),
             sender="jakub.lorenc@posta.example")
    )
    assert x.contact_person != "Karel Veselý" or not x.fields["contact.person"].certain


@pytest.mark.parametrize("display", ["Redaktion Mitteleuropa", "Viele Grüße", "Dział Grafiki"])
def test_a_desk_or_formula_as_a_foreign_display_name_is_no_person(display: str) -> None:
    x = _mail("Guten Tag,\nbitte XML-Zugang für 203.0.113.72.\n", sender="desk@agentur.example", name=display)
    assert x.contact_person is None
