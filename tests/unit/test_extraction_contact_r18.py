"""Contact person, e-mail and phone, eighteenth round (issue 18): classes of writing probed
in wording unlike the corpus cases.

1. A statement that replaces the contact ("původně jsem uvedl X (…), kontaktní osobou bude
   Y", "originally we named X …; the contact is changing to Y", "a kapcsolattartó helyettem
   Y"): person, e-mail and phone move together to the new person, never certain; the first
   one's number never stays.
2. A second attachment that supplements the form and calls the form's phone or e-mail out
   of use ("telefon ve formuláři o víkendu nefunguje, volejte …", "the number on the form is
   no longer in use, call …"): the value it gives instead wins, never certain.

Every text here is written for the test; names, firms and numbers are invented."""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from tests.unit.extraction_helpers import body, extract, mail, text_file


def _value(x: Extraction, key: str) -> str | None:
    f = x.fields.get(key)
    return None if f is None else str(f.value)


# ------------- 1. a contact replaced by another ------------------------------------------

# key: (text, person, email, phone)
REPLACED: dict[str, tuple[str, str, str, str]] = {
    "puvodne_same_paragraph": (
        "Dobrý den,\n\nk naší žádosti o XML (Rokycanský deník s.r.o., server 203.0.113.40): "
        "původně jsme jako kontakt uvedli kolegyni Martu Veselou (603 111 222), ta však "
        "odchází na mateřskou. Kontaktní osobou bude Tomáš Brázda, brazda@rokdenik.example, "
        "tel. 739 444 555.\n\nS pozdravem\nOta Rýdl\n",
        "Tomáš Brázda",
        "brazda@rokdenik.example",
        "+420739444555",
    ),
    "menime_next_line": (
        "Dobrý den,\n\nžádáme o přístup k výsledkům, produkční IP 198.51.100.61.\n"
        "Kontaktní osoba: Ivana Kolářová, tel. 602 333 444\n\n"
        "Ještě jedna věc – měníme kontaktní osobu, od pondělí to bude Radek Pešek "
        "(pesek@tydenik.example, 721 555 666).\n\nDěkuji\nIvana Kolářová\n",
        "Radek Pešek",
        "pesek@tydenik.example",
        "+420721555666",
    ),
    "english_originally": (
        "Hello,\n\nwe apply for the XML feed, production server 192.0.2.80.\n"
        "Contact person: Oliver Grant, +420 605 777 888\n\n"
        "Update: we are changing the contact person, as Oliver is away during the election; "
        "please use Hannah Price instead, hannah.price@newsdesk.example, +420 774 212 313.\n\n"
        "Best regards\nOliver Grant\n",
        "Hannah Price",
        "hannah.price@newsdesk.example",
        "+420774212313",
    ),
    "slovak_povodne": (
        "Dobrý deň,\n\npôvodne sme ako kontaktnú osobu uviedli Jána Hrušku (0905 111 222), "
        "ten bude počas volieb na služobnej ceste, preto kontaktnou osobou bude Zuzana Bieliková, "
        "bielikova@kysuce.example, +421 915 333 444.\n\nS pozdravom\nMarek Horný\n",
        "Zuzana Bieliková",
        "bielikova@kysuce.example",
        "+421915333444",
    ),
    "german_anstelle": (
        "Guten Tag,\n\nwir beantragen den Zugang zum XML-Dienst, Server 203.0.113.90.\n"
        "Ansprechpartner: Jonas Weber, +49 151 2345 6789\n\n"
        "Ansprechpartnerin anstelle von Herrn Weber ist ab sofort Lena Hofmann, "
        "lena.hofmann@zeitung.example, +49 160 9876 5432.\n\nMit freundlichen Grüßen\nJonas Weber\n",
        "Lena Hofmann",
        "lena.hofmann@zeitung.example",
        "+4916098765432",
    ),
}


@pytest.mark.parametrize("key", sorted(REPLACED))
def test_a_replaced_contact_moves_person_email_and_phone_together(key: str) -> None:
    text, person, email, phone = REPLACED[key]
    x = extract(mail(body(text), sender="info@media.example"))
    assert _value(x, "contact.person") == person
    assert _value(x, "contact.email") == email
    assert _value(x, "contact.phone") == phone
    for k in ("contact.person", "contact.email", "contact.phone"):
        assert not x.fields[k].certain


def test_a_change_of_addresses_beside_a_contact_keeps_the_contact() -> None:
    """A change of something else (the addresses) in a line naming the contact once: no other
    person is put in their place."""
    x = extract(
        mail(
            body(
                "Dobrý den,\n\nměníme produkční adresu na 198.51.100.77, kontaktní osoba zůstává "
                "Jiří Pokorný, tel. 604 121 212.\n\nS pozdravem\nJiří Pokorný\n"
            ),
            sender="pokorny@radio.example",
        )
    )
    assert _value(x, "contact.person") == "Jiří Pokorný"
    assert _value(x, "contact.phone") == "+420604121212"


def test_a_second_person_named_only_as_the_signer_replaces_no_one() -> None:
    """A contact with a colleague named beside them in a sentence with no word of change."""
    x = extract(
        mail(
            body(
                "Dobrý den,\n\nžádáme o přístup k XML, server 203.0.113.15.\n"
                "Kontaktní osoba: Klára Dvořáková, tel. 606 454 545, v zastoupení vedoucí Hany Malé.\n\n"
                "S pozdravem\nHana Malá\n"
            ),
            sender="mala@denik.example",
        )
    )
    assert _value(x, "contact.person") == "Klára Dvořáková"
    assert _value(x, "contact.phone") == "+420606454545"


# ------------- 2. a supplementing attachment calls the form's value out of use ---------------

_FORM = (
    "Žádost o přístup k XML\nŽadatel: Polabské noviny s.r.o.\nIČO: 27082440\n"
    "Produkční IP: 198.51.100.50\nKontaktní osoba: Dana Šebková\n"
    "E-mail: sebkova@polabske.example\nTelefon: 466 100 200\n"
)

# key: (supplement, field, value)
SUPPLEMENTS: dict[str, tuple[str, str, str]] = {
    "pevna_linka_o_vikendu": (
        "Doplnění:\nčíslo uvedené ve formuláři je ústředna, o víkendu nefunguje – volejte prosím "
        "na mobil 731 909 808.\n",
        "contact.phone",
        "+420731909808",
    ),
    "english_no_longer_in_use": (
        "Addendum to the form:\nThe phone number in the form is no longer in use; please call "
        "+420 725 606 707 instead.\n",
        "contact.phone",
        "+420725606707",
    ),
    "slovak_uz_neplati": (
        "Doplnenie k formuláru:\ntelefónne číslo vo formulári už neplatí, volajte na 0905 818 181.\n",
        "contact.phone",
        "+421905818181",
    ),
    "email_nefunguje": (
        "Doplnění k formuláři:\nadresa uvedená ve formuláři už nefunguje, pište prosím na "
        "dana.sebkova@polabske.example.\n",
        "contact.email",
        "dana.sebkova@polabske.example",
    ),
}


@pytest.mark.parametrize("key", sorted(SUPPLEMENTS))
def test_a_supplement_calling_the_forms_value_out_of_use_wins_unsure(key: str) -> None:
    supplement, field, value = SUPPLEMENTS[key]
    p = mail(
        body("Dobrý den,\nposílám formulář a doplnění.\nDana Šebková\n"),
        text_file("formular.txt", _FORM),
        text_file("doplneni.txt", supplement),
        sender="sebkova@polabske.example",
    )
    x = extract(p)
    assert _value(x, field) == value
    assert not x.fields[field].certain


def test_a_supplement_about_a_server_out_of_use_leaves_the_phone() -> None:
    p = mail(
        body("Dobrý den,\nposílám formulář a doplnění.\nDana Šebková\n"),
        text_file("formular.txt", _FORM),
        text_file(
            "doplneni.txt", "Doplnění:\ntestovací server zatím nefunguje, adresu doplníme.\n"
        ),
        sender="sebkova@polabske.example",
    )
    x = extract(p)
    assert _value(x, "contact.phone") == "+420466100200"
    assert x.fields["contact.phone"].certain


def test_a_supplement_repeating_the_forms_phone_leaves_it() -> None:
    p = mail(
        body("Dobrý den,\nposílám formulář a doplnění.\nDana Šebková\n"),
        text_file("formular.txt", _FORM),
        text_file("doplneni.txt", "Doplnění:\nTelefon 466 100 200 platí i o víkendu.\n"),
        sender="sebkova@polabske.example",
    )
    x = extract(p)
    assert _value(x, "contact.phone") == "+420466100200"
    assert x.fields["contact.phone"].certain


# ------------- 3. the contact's phone in the message of theirs that is passed on ------------

_FWD_NOTE = (
    "Dobrý den,\n\npřeposílám podklady k žádosti o přístup k XML (Jizerský deník s.r.o.). "
    "Kontaktní osobou bude pan {name} (viz jeho zpráva níže).\n\nS pozdravem\nEva Lánská\nasistentka\n\n"
)

# key: (forwarded part, contact, phone)
FORWARDED: dict[str, tuple[str, str, str]] = {
    "outlook_signature_mobile": (
        "From: Karel Stehlík <stehlik@jizdenik.example>\nSent: Monday, May 4, 2026 9:10 AM\n"
        "To: Eva Lánská <lanska@jizdenik.example>\nSubject: adresy\n\nEvo,\n\nprodukční server "
        "203.0.113.20, testovací 203.0.113.21.\n\nKarel Stehlík\nvedoucí IT\n"
        "Tel.: +420 485 100 100 (ústředna)\nMobil: +420 733 818 919\n",
        "Karel Stehlík",
        "+420733818919",
    ),
    "czech_header_signature": (
        "---------- Přeposlaná zpráva ----------\nOd: Karel Stehlík <stehlik@jizdenik.example>\n"
        "Datum: 4. 5. 2026 9:10\nKomu: Eva Lánská <lanska@jizdenik.example>\nPředmět: adresy\n\n"
        "Ahoj Evo,\nadresy jsou 203.0.113.20 (ostrý) a 203.0.113.21 (test).\n\nDíky\nKarel Stehlík\n"
        "tel. 608 414 515\n",
        "Karel Stehlík",
        "+420608414515",
    ),
}


@pytest.mark.parametrize("key", sorted(FORWARDED))
def test_the_contacts_phone_in_their_forwarded_signature_is_theirs_unsure(key: str) -> None:
    fwd, person, phone = FORWARDED[key]
    x = extract(mail(body(_FWD_NOTE.format(name=person) + fwd), sender="lanska@jizdenik.example"))
    assert _value(x, "contact.person") == person
    assert _value(x, "contact.phone") == phone
    assert not x.fields["contact.phone"].certain


# key: (new text, the quoted original, phone)
REPLY_ADDS: dict[str, tuple[str, str]] = {
    "telefon_na_pana": ("doplňuji telefon na pana Vrbu: 721 646 747.", "+420721646747"),
    "cislo_pani": (
        "číslo na paní Kopeckou je 777 121 343, omlouvám se za opomenutí.",
        "+420777121343",
    ),
    "english_possessive": (
        "apologies - Mr Vrba's phone number is +420 605 232 454.",
        "+420605232454",
    ),
    "slovak_na_pana": ("posielam telefón na pána Vrbu: 0905 454 676.", "+421905454676"),
}

_ORIGINAL = (
    "\n\nS pozdravem\nJana Malá\n\nOd: Podatelna ČSÚ <podatelna@czso.cz>\nOdesláno: středa 6. května 2026 8:00\n"
    "Komu: Jana Malá <mala@listy.example>\nPředmět: RE: Žádost o přístup k XML\n\nDobrý den,\nprosíme o "
    "doplnění telefonu kontaktní osoby.\nS pozdravem\npodatelna\nČeský statistický úřad\n\n"
    "Od: Jana Malá <mala@listy.example>\nOdesláno: úterý 5. května 2026 10:00\n"
    "Komu: podatelna@czso.cz\nPředmět: Žádost o přístup k XML\n\nDobrý den,\njménem společnosti Berounské "
    "listy s.r.o. žádáme o přístup k výsledkům ve formátu XML.\nProdukční IP: 192.0.2.70\n"
    "Kontaktní osobou je náš redaktor {name}, kontakt@listy.example.\nS pozdravem\nJana Malá\n"
)


@pytest.mark.parametrize("key", sorted(REPLY_ADDS))
def test_a_reply_giving_the_phone_with_the_contacts_name_supplies_it_unsure(key: str) -> None:
    text, phone = REPLY_ADDS[key]
    name = "Hana Kopecká" if "Kopeck" in text else "Ondřej Vrba"
    x = extract(
        mail(
            body("Dobrý den,\n\n" + text + _ORIGINAL.format(name=name)), sender="mala@listy.example"
        )
    )
    assert _value(x, "contact.person") == name
    assert _value(x, "contact.phone") == phone
    assert not x.fields["contact.phone"].certain


def test_a_reply_giving_another_persons_phone_supplies_none() -> None:
    """The new text names a phone with somebody else's name beside the contact's."""
    text = "telefon na pana Vrbu nemáme, volejte prosím Petru Dlouhou 721 909 808."
    x = extract(
        mail(
            body("Dobrý den,\n\n" + text + _ORIGINAL.format(name="Ondřej Vrba")),
            sender="mala@listy.example",
        )
    )
    assert _value(x, "contact.phone") != "+420721909808" or not x.fields["contact.phone"].certain


def test_a_forwarded_message_signed_by_someone_else_gives_no_phone() -> None:
    fwd = (
        "---------- Přeposlaná zpráva ----------\nOd: Tomáš Král <kral@jizdenik.example>\n"
        "Předmět: adresy\n\nadresy jsou 203.0.113.20 (ostrý) a 203.0.113.21 (test).\n\nTomáš Král\ntel. 608 414 515\n"
    )
    x = extract(
        mail(body(_FWD_NOTE.format(name="Karel Stehlík") + fwd), sender="lanska@jizdenik.example")
    )
    assert _value(x, "contact.phone") != "+420608414515" or not x.fields["contact.phone"].certain


# ------------- 4. a name with its phone after a space in one cell; a second surname ---------


@pytest.mark.parametrize(
    ("cell", "person"),
    [
        ("Adam Kříž 603 212 323 kriz@noviny.example", "Adam Kříž"),
        ("Ing. Věra Holá +420 777 343 454", "Věra Holá"),
        ("Lenka Zíková (602) 454 565", "Lenka Zíková"),
        ("Pavel Urban Tel.: 604 565 676", "Pavel Urban"),
    ],
)
def test_a_name_with_its_phone_after_a_space_in_one_cell_is_the_person(
    cell: str, person: str
) -> None:
    from intake.extraction.contact import _first_person

    assert _first_person(cell) == person


def test_a_cell_without_a_name_before_the_number_gives_no_person() -> None:
    from intake.extraction.contact import _first_person

    assert _first_person("603 212 323 kriz@noviny.example") is None
    assert _first_person("Redakce 603 212 323") is None


@pytest.mark.parametrize(
    ("header", "signed"),
    [
        ("Lucía Ferrer", "Lucía Ferrer Ibáñez"),
        ("Javier Ruiz", "Javier Ruiz Castellanos"),
        ("João Silva", "João Silva Santos"),
        ("Marta Gómez", "Marta Gómez Ortega"),
    ],
)
def test_the_signed_name_with_a_second_surname_is_the_fuller_form_unsure(
    header: str, signed: str
) -> None:
    from intake.extraction.contact import fullest_person
    from intake.extraction.segments import split_body

    blocks = split_body(
        "body", f"Hola,\n\nsolicito acceso.\n\nSaludos,\n{signed}\nmóvil: +34 612 000 111\n"
    )
    hit = fullest_person(None, blocks, header)
    assert hit is not None and hit.value == signed and not hit.certain


def test_a_label_word_after_the_name_is_no_second_surname() -> None:
    from intake.extraction.contact import fullest_person
    from intake.extraction.segments import split_body

    blocks = split_body(
        "body", "Dobrý den,\n\nžádost v příloze.\n\nRadim Šťastný Tel\n602 111 222\n"
    )
    hit = fullest_person(None, blocks, "Radim Šťastný")
    assert hit is None or hit.value == "Radim Šťastný"
