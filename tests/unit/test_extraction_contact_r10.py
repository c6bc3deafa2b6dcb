"""Contact details, tenth round (issue 18): people signing side by side - each with a role,
a phone and an address under their name, the columns apart by spaces, tabs or pipes - and
the text names one of them as the contact: the contact's e-mail and phone are those in the
contact's column, never the first column's.

Every text here is written for the test, in varied wording; none is a corpus case."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from intake.content.check import ContentPolicy, check_content
from intake.extraction.extract import extract_application
from intake.extraction.model import Extraction
from tests.corpus.loader import parse
from tests.unit.extraction_helpers import body, data_message, extract, mail


def _mail(text: str, sender: str = "redakce@media.example") -> Extraction:
    return extract(mail(body(text), sender=sender))


def _details(x: Extraction) -> tuple[str | None, str | None, str | None]:
    return x.contact_person, x.contact_email, x.contact_phone


def test_czech_two_columns_of_spaces_the_contact_in_the_second() -> None:
    x = _mail(
        "Dobrý den,\n\nžádáme o přístup k výsledkům z adresy 198.51.100.21.\n"
        "Kontaktní osoba: Petra Vlasáková\n\nS pozdravem\n\n"
        "Ondřej Kubík                    Petra Vlasáková\n"
        "ředitel                         správkyně sítě\n"
        "+420 602 333 444                +420 777 888 999\n"
        "kubik@polabske-listy.example    vlasakova@polabske-listy.example\n"
    )
    assert _details(x) == ("Petra Vlasáková", "vlasakova@polabske-listy.example", "+420777888999")


def test_english_columns_apart_by_tabs() -> None:
    x = _mail(
        "Hello,\n\nwe request access to the results feed from 203.0.113.77.\n"
        "Our contact person is Daniel Brooks.\n\nBest regards,\n\n"
        "Sarah Whitfield\tDaniel Brooks\n"
        "Editor in Chief\tSystems Engineer\n"
        "+44 20 7946 0321\t+44 7700 900456\n"
        "s.whitfield@northgazette.example\td.brooks@northgazette.example\n"
    )
    assert _details(x) == ("Daniel Brooks", "d.brooks@northgazette.example", "+447700900456")


def test_german_three_columns_the_contact_in_the_middle() -> None:
    x = _mail(
        "Sehr geehrte Damen und Herren,\n\nwir beantragen den Zugang zum Ergebnisserver "
        "von 192.0.2.44 aus.\nAnsprechpartnerin: Lena Hofmann\n\nMit freundlichen Grüßen\n\n"
        "Jürgen Albrecht      Lena Hofmann         Tobias Keller\n"
        "Chefredakteur        IT-Leiterin          Reporter\n"
        "+49 89 1234 5670     +49 151 2345 6789    +49 160 9876 5432\n"
        "albrecht@isarblick.example  hofmann@isarblick.example  keller@isarblick.example\n"
    )
    assert _details(x) == ("Lena Hofmann", "hofmann@isarblick.example", "+4915123456789")


def test_polish_the_contact_in_the_first_column() -> None:
    x = _mail(
        "Szanowni Państwo,\n\nprosimy o dostęp do serwera wyników z adresu 198.51.100.90.\n"
        "Osoba kontaktowa: Marek Zieliński\n\nZ poważaniem\n\n"
        "Marek Zieliński                 Anna Wróbel\n"
        "administrator                   redaktor naczelna\n"
        "+48 601 222 333                 +48 22 555 66 77\n"
        "m.zielinski@glos-wisly.example  a.wrobel@glos-wisly.example\n"
    )
    assert _details(x) == ("Marek Zieliński", "m.zielinski@glos-wisly.example", "+48601222333")


def test_slovak_columns_apart_by_pipes() -> None:
    x = _mail(
        "Dobrý deň,\n\nžiadame o prístup k výsledkom z adresy 192.0.2.140.\n"
        "Kontaktná osoba: Mária Kollárová\n\nS pozdravom\n\n"
        "Ján Horváth | Mária Kollárová\n"
        "šéfredaktor | technička\n"
        "+421 905 111 222 | +421 907 333 444\n"
        "horvath@tatry-dnes.example | kollarova@tatry-dnes.example\n"
    )
    assert _details(x) == ("Mária Kollárová", "kollarova@tatry-dnes.example", "+421907333444")


def test_a_column_with_a_missing_line_is_read_by_where_its_cells_start() -> None:
    x = _mail(
        "Dobrý den,\n\nžádáme o přístup z adresy 203.0.113.150.\n"
        "Kontaktní osobou bude Radek Šimek.\n\nS pozdravem\n\n"
        "Hana Dvořáková                  Radek Šimek\n"
        "                                technik\n"
        "+420 604 555 111                +420 731 222 000\n"
        "dvorakova@vltava-info.example   simek@vltava-info.example\n"
    )
    assert _details(x) == ("Radek Šimek", "simek@vltava-info.example", "+420731222000")


def test_one_signer_alone_keeps_the_signature_details() -> None:
    x = _mail(
        "Dobrý den,\n\nžádáme o přístup z adresy 203.0.113.151.\n\nS pozdravem\n\n"
        "Hana Dvořáková\nšéfredaktorka\n+420 604 555 111\ndvorakova@vltava-info.example\n"
    )
    assert _details(x) == ("Hana Dvořáková", "dvorakova@vltava-info.example", "+420604555111")


# ------------------------------ a sentence that refers the office to another person -----
# The writer signs, but a sentence sends questions to someone else ("wenden Sie sich an
# Herrn …", "rivolgersi al sig. …"): that person is the contact, in any language; the
# signer is not. Found by wording only, so it may stay flagged.

REFERRALS = {
    "german": "Für technische Rückfragen wenden Sie sich bitte an Herrn Lukas Brenner.",
    "polish": "W sprawach technicznych prosimy kontaktować się z panem Piotrem Lisem.",
    "french": "Pour toute question technique, veuillez contacter M. Antoine Leclerc.",
    "italian": "Per domande tecniche potete rivolgervi al sig. Marco Galli.",
    "spanish": "Para preguntas técnicas, diríjanse por favor a la Sra. Elena Ruiz.",
    "dutch": "Voor technische vragen kunt u contact opnemen met de heer Bram Visser.",
}
REFERRED = {
    "german": "Lukas Brenner",
    "polish": "Piotr Lis",
    "french": "Antoine Leclerc",
    "italian": "Marco Galli",
    "spanish": "Elena Ruiz",
    "dutch": "Bram Visser",
}


@pytest.mark.parametrize("language", sorted(REFERRALS))
def test_a_referral_sentence_names_the_contact_not_the_signer(language: str) -> None:
    x = _mail(
        "Request for access to the results server from 192.0.2.120.\n\n"
        f"{REFERRALS[language]}\n\n"
        "Katharina Obermeier\nDirector\nNordlicht Media\n"
    )
    assert x.contact_person == REFERRED[language]


# ------------------------- a shortened given name completed from the envelope's name -----
# A person's data box sends the application; the note is signed with an initial or a
# familiar form ("T. Bílková", "Honza Krejčí"). The envelope writes the full name of the
# same person (same surname, the initial or familiar form fits): the contact is that full
# name, left for the officer to confirm. Another surname, another initial or an
# organisation in the envelope changes nothing.


def _box(note: str, dm_sender: str) -> Extraction:
    return extract(
        data_message(
            "Žádost o přístup",
            body(note, name="pruvodni_dopis.txt"),
            dm_sender=dm_sender,
            sender_name=dm_sender,
        )
    )


@pytest.mark.parametrize(
    ("note", "envelope", "want"),
    [
        ("Dobrý den, žádám o přístup z 192.0.2.31.\nT. Bílková, fotografka\n", "Tereza Bílková", "Tereza Bílková"),
        ("Hello, please grant access from 192.0.2.32.\nRegards, J. Whitfield\n", "James Whitfield", "James Whitfield"),
        ("Dzień dobry, proszę o dostęp z 192.0.2.33.\nW. Kaczmarek\n", "Weronika Kaczmarek", "Weronika Kaczmarek"),
        ("Dobrý deň, žiadam o prístup z 192.0.2.34.\nS pozdravom\nĽ. Baková\n", "Ľubica Baková", "Ľubica Baková"),
        ("Dobrý den, žádám o přístup z 192.0.2.38.\nDíky, Honza Krejčí\n", "Jan Krejčí", "Jan Krejčí"),
        ("Dobry den, zadam o pristup z 192.0.2.39.\nT. Bilkova\n", "Tereza Bílková", "Tereza Bílková"),
    ],
)
def test_an_initial_is_completed_from_the_envelopes_full_name(note: str, envelope: str, want: str) -> None:
    x = _box(note, envelope)
    assert x.contact_person == want
    assert x.fields["contact.person"].certain is False


@pytest.mark.parametrize(
    ("note", "envelope", "want"),
    [
        ("Dobrý den, žádám o přístup z 192.0.2.35.\nM. Novák\n", "Petr Novák", "M. Novák"),
        ("Dobrý den, žádám o přístup z 192.0.2.36.\nK. Horká\n", "Eva Malá", "K. Horká"),
        ("Dobrý den, žádáme o přístup z 192.0.2.37.\nT. Bílková\n", "Bílková Media s.r.o.", "T. Bílková"),
    ],
)
def test_an_initial_stays_when_the_envelope_names_someone_else(note: str, envelope: str, want: str) -> None:
    assert _box(note, envelope).contact_person == want


# ------------------------------------------ a crew that is not there is no other person -----
# "bez štábu", "without a crew", "no photographer": a crew word under a negation names no
# crew member, so the writer's number after it is the writer's own, not a crew member's.


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Natáčet budu sám, bez štábu. V případě dotazů: 603 444 555.\nJiří Hora\n", "+420603444555"),
        ("I will film alone, without a crew. If anything is missing: 777 123 456.\nRegards, Ann Bell\n", "+420777123456"),
        ("Budem natáčať sama, bez štábu, prípadné otázky na +421 905 123 456.\nEva Tichá\n", "+421905123456"),
        ("Přijdu jen já, žádný kameraman. Mobil 731 222 333.\nS pozdravem\nPavel Rys\n", "+420731222333"),
        ("Filming on my own, with no photographer; my mobile is 602 765 432.\nTom Hale\n", "+420602765432"),
        ("Natáčení zvládnu bez kameramana, telefon 734 555 010.\nLenka Vojtová\n", "+420734555010"),
    ],
)
def test_a_negated_crew_word_does_not_take_the_writers_phone(text: str, phone: str) -> None:
    assert _mail("Žádost o povolení natáčení.\n" + text).contact_phone == phone


# ---------------------------------------- a contact label in the applicant's language -----
# A labelled contact line is the strongest evidence in any language a medium writes in:
# "Referente", "Persona de contacto", "Kapcsolattartó", "Yhteyshenkilö" … name the contact,
# whoever signs the letter.

LABELS = {
    "italian": "Referente tecnico: Sara Conti, sara.conti@telealpi.example, cell. +39 347 120 3344",
    "spanish": "Persona de contacto: Diego Martín, diego.martin@telealpi.example, tel. +34 612 448 903",
    "portuguese": "Pessoa de contacto: João Ferreira, joao.ferreira@telealpi.example, +351 912 345 678",
    "hungarian": "Kapcsolattartó: Nagy Réka, nagy.reka@telealpi.example, +36 30 123 4567",
    "finnish": "Yhteyshenkilö: Mikko Laine, mikko.laine@telealpi.example, +358 40 123 4567",
    "french": "Interlocuteur technique : Julien Roux, julien.roux@telealpi.example, +33 6 12 34 56 78",
    "romanian": "Persoană de contact: Andrei Popescu, andrei.popescu@telealpi.example, +40 721 234 567",
}


@pytest.mark.parametrize("language", sorted(LABELS))
def test_a_contact_label_in_a_foreign_language_names_the_contact(language: str) -> None:
    x = _mail(
        "Request for access to the results server from 192.0.2.200.\n"
        f"{LABELS[language]}\n\n"
        "Katharina Obermeier\nDirector\nk.obermeier@telealpi.example\n+43 1 234 5678\n"
    )
    label = LABELS[language]
    assert x.contact_email is not None and x.contact_email in label
    assert x.contact_person is not None and x.contact_person.split()[-1] in label


# --------------------------------- the author of a message passed on as an attached file -----
# A secretary, an assistant or a colleague forwards the contact's own e-mail as an
# attachment: the contact's address is the one that message was sent from, not the
# forwarder's. Read from a header, so it stays for the officer to confirm.


def _forwarded_as_file(note: str, author: str, inner: str, outer: str = "sekretariat@vltava-info.example") -> Extraction:
    attached = EmailMessage()
    attached["From"] = author
    attached["To"] = "podatelna@czso.cz"
    attached["Subject"] = "Request"
    attached.set_content(inner)
    msg = EmailMessage()
    msg["From"] = outer
    msg["To"] = "podatelna@czso.cz"
    msg["Subject"] = "FW: Request"
    msg.set_content(note)
    msg.add_attachment(attached)
    parsed = parse(msg.as_bytes())
    return extract_application(parsed, check_content(parsed, policy=ContentPolicy(), scanner=None))


@pytest.mark.parametrize(
    ("note", "author", "inner", "want"),
    [
        (
            "Dobrý den, v příloze přeposílám žádost pana ředitele.\nMarta Veselá, sekretariát",
            "Pavel Černý <cerny@vltava-info.example>",
            "Dobrý den,\nžádáme o přístup z 192.0.2.61.\nKontaktní osobou jsem já, tel. 602 111 999.\n\nPavel Černý",
            "cerny@vltava-info.example",
        ),
        (
            "Hello, please find our editor's request attached.\nAmy Cole, assistant",
            "Brian Foster <b.foster@northgazette.example>",
            "Hello,\nwe request access from 203.0.113.61.\nI am the contact for this request.\n\nBrian Foster",
            "b.foster@northgazette.example",
        ),
        (
            "Guten Tag, anbei der Antrag unseres Chefredakteurs.\nSabine Roth, Sekretariat",
            "Markus Weber <weber@isarblick.example>",
            "Guten Tag,\nwir beantragen den Zugang von 198.51.100.61 aus.\nAnsprechpartner: Markus Weber\n\nMarkus Weber",
            "weber@isarblick.example",
        ),
        (
            "Dzień dobry, w załączniku przesyłam wniosek redaktora naczelnego.\nEwa Mazur",
            "Tomasz Kowalczyk <t.kowalczyk@glos-wisly.example>",
            "Dzień dobry,\nprosimy o dostęp z adresu 192.0.2.62.\nOsoba kontaktowa: Tomasz Kowalczyk\n\nTomasz Kowalczyk",
            "t.kowalczyk@glos-wisly.example",
        ),
    ],
)
def test_the_contact_who_wrote_an_attached_message_keeps_its_sender_address(
    note: str, author: str, inner: str, want: str
) -> None:
    x = _forwarded_as_file(note, author, inner)
    assert x.contact_email == want
    assert x.fields["contact.email"].certain is False


def test_an_attached_message_of_someone_else_gives_the_contact_no_address() -> None:
    x = _forwarded_as_file(
        "Dobrý den, posílám žádost, kontaktní osobou jsem já, Marta Veselá.\nMarta Veselá",
        "Pavel Černý <cerny@vltava-info.example>",
        "Dobrý den,\nžádáme o přístup z 192.0.2.63.\n\nPavel Černý",
    )
    assert x.contact_email != "cerny@vltava-info.example"


def test_an_attached_message_of_a_namesake_with_another_given_name_is_not_the_contacts() -> None:
    x = _forwarded_as_file(
        "Dobrý den, v příloze žádost.\nKontaktní osoba: Jana Černá\nMarta Veselá",
        "Pavel Černý <cerny@vltava-info.example>",
        "Dobrý den,\nžádáme o přístup z 192.0.2.64.\n\nPavel Černý",
    )
    assert x.contact_email != "cerny@vltava-info.example"
