"""Contact person, e-mail and phone, nineteenth round (issue 18): classes of writing probed
in wording unlike the corpus cases.

1. A forwarder's cover note gives a new number for the contact of the forwarded original,
   in a paragraph that also says something stays as it was ("kontaktní osobou zůstává …"):
   the new number wins, never certain; a sentence keeping a value undoes no change told in
   another sentence.
2. A cover note takes the contact's role from the person its attachment names ("kontaktní
   osobou nebude pan X …, uveďte mě, Y"; "X is no longer our contact, please use Y"): person,
   e-mail and phone move together to the new person, in the nominative, never certain.

Every text here is written for the test; names, firms and numbers are invented."""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from tests.unit.extraction_helpers import body, extract, mail, text_file


def _value(x: Extraction, key: str) -> str | None:
    f = x.fields.get(key)
    return None if f is None else str(f.value)


# ------------- 1. a new number in the forwarder's note -----------------------------------

_FORWARDED = (
    "\n\n---------- Forwarded message ---------\nFrom: Pavel Beneš <benes@vysocina-dnes.example>\n"
    "Subject: žádost o XML\n\nDobrý den,\nVysočina dnes s.r.o., IČO 27104567, žádá o přístup "
    "k výsledkům voleb.\nprodukce: 198.51.100.30\n\nKontakt: Pavel Beneš, "
    "benes@vysocina-dnes.example, 602 418 927\n\nPavel Beneš\n"
)

# key: (note, phone)
NEW_NUMBER: dict[str, str] = {
    "zmenilo_zustava": (
        "Dobrý den,\nposílám dál žádost kolegy. Jen Pavlovi se změnilo číslo, nový mobil je "
        "731 264 905. Kontaktní osobou zůstává Pavel.\n\nS pozdravem\nJana Malá\n"
    ),
    "nove_cislo_zustava_ostatni": (
        "Dobrý den,\npřeposílám žádost, všechno v ní zůstává, jen telefon je nově 731 264 905 – "
        "to staré číslo už nepoužívá.\n\nJana Malá, sekretariát\n"
    ),
    "english_stays": (
        "Hello,\nforwarding Pavel's application. His mobile has changed, new number "
        "+420 731 264 905 (the old one no longer works). He stays the contact person.\n\n"
        "Regards\nJana Malá\n"
    ),
    "slovak_zmenilo": (
        "Dobrý deň,\nposielam ďalej žiadosť kolegu. Pavlovi sa zmenilo telefónne číslo, nové je "
        "731 264 905. Kontaktnou osobou zostáva on.\n\nJana Malá\n"
    ),
}


@pytest.mark.parametrize("key", sorted(NEW_NUMBER))
def test_a_new_number_in_the_forwarders_note_wins_unsure(key: str) -> None:
    x = extract(mail(body(NEW_NUMBER[key] + _FORWARDED), sender="mala@vysocina-dnes.example"))
    assert _value(x, "contact.person") == "Pavel Beneš"
    assert _value(x, "contact.phone") == "+420731264905"
    assert not x.fields["contact.phone"].certain


def test_a_note_keeping_the_phone_changes_no_number() -> None:
    """A change of something else in the same sentence as words keeping the phone."""
    note = (
        "Dobrý den,\nposílám dál žádost kolegy; telefon zůstává, změnila se jen adresa serveru "
        "na 198.51.100.31.\n\nJana Malá\n"
    )
    x = extract(mail(body(note + _FORWARDED), sender="mala@vysocina-dnes.example"))
    assert _value(x, "contact.phone") == "+420602418927"


def test_a_note_without_a_number_leaves_the_originals_phone() -> None:
    note = "Dobrý den,\npřeposílám žádost kolegy, údaje v ní platí beze změny.\n\nJana Malá\n"
    x = extract(mail(body(note + _FORWARDED), sender="mala@vysocina-dnes.example"))
    assert _value(x, "contact.phone") == "+420602418927"


# ------------- 2. a cover note takes the role from the attachment's contact --------------

_LETTER = (
    "Žádost o přístup k výsledkům voleb ve formátu XML\nŽadatel: Týdeník Brod s.r.o., "
    "IČO 26813498\nProdukční IP adresa: 203.0.113.71\n"
    "Kontaktní osoba: Ondřej Vlček, tel. 569 410 233, vlcek@tydenik-brod.example\n"
    "S pozdravem\nIng. Karel Hnízdo, jednatel\n"
)

# key: (note, person, phone)
ROLE_TAKEN: dict[str, tuple[str, str, str]] = {
    "nebude_uvedte_me": (
        "Dobrý den,\nv příloze žádost. Oprava: kontaktní osobou nebude pan Vlček, protože od "
        "října u nás nepracuje. Uveďte prosím mě, Lenku Horákovou, tel. 569 410 240.\n\n"
        "Děkuji\nLenka Horáková\n",
        "Lenka Horáková",
        "+420569410240",
    ),
    "uz_neni_kolegyne": (
        "Dobrý den,\nposílám žádost. Pan Vlček už není naší kontaktní osobou, obracejte se "
        "prosím na kolegyni Lenku Horákovou, 569 410 240.\n\nS pozdravem\nLenka Horáková\n",
        "Lenka Horáková",
        "+420569410240",
    ),
    "english_no_longer": (
        "Hello,\nplease find our application attached. Mr Vlček is no longer our contact "
        "person; please use Lenka Horáková instead, +420 569 410 240.\n\nBest regards\n"
        "Lenka Horáková\n",
        "Lenka Horáková",
        "+420569410240",
    ),
    "will_not_be": (
        "Hi,\nthe application is attached. One correction: the contact will not be Mr Vlček "
        "as the letter says, it is Tomáš Kučera, +420 569 410 251.\n\nThanks\nLenka Horáková\n",
        "Tomáš Kučera",
        "+420569410251",
    ),
}


@pytest.mark.parametrize("key", sorted(ROLE_TAKEN))
def test_a_cover_note_taking_the_role_from_the_letters_contact_wins_unsure(key: str) -> None:
    note, person, phone = ROLE_TAKEN[key]
    x = extract(
        mail(body(note), text_file("zadost.txt", _LETTER), sender="info@tydenik-brod.example")
    )
    assert _value(x, "contact.person") == person
    assert _value(x, "contact.phone") == phone
    assert _value(x, "contact.email") != "vlcek@tydenik-brod.example"
    for k in ("contact.person", "contact.phone"):
        assert not x.fields[k].certain


def test_a_cover_note_saying_the_contact_is_not_reachable_keeps_them() -> None:
    """A negation about something else beside the contact word names no new contact."""
    note = (
        "Dobrý den,\nv příloze žádost. Kontaktní osoba pan Vlček není tento týden v kanceláři, "
        "odpoví po návratu.\n\nS pozdravem\nLenka Horáková\n"
    )
    x = extract(
        mail(body(note), text_file("zadost.txt", _LETTER), sender="info@tydenik-brod.example")
    )
    assert _value(x, "contact.person") == "Ondřej Vlček"
    assert _value(x, "contact.phone") == "+420569410233"


def test_a_cover_note_with_no_other_person_keeps_the_letters_contact() -> None:
    note = (
        "Dobrý den,\nv příloze žádost; kontaktní osobou je pan Vlček, nikdo jiný to není.\n\n"
        "S pozdravem\nKarel Hnízdo\n"
    )
    x = extract(
        mail(body(note), text_file("zadost.txt", _LETTER), sender="info@tydenik-brod.example")
    )
    assert _value(x, "contact.person") == "Ondřej Vlček"
    assert _value(x, "contact.email") == "vlcek@tydenik-brod.example"


# ------------- 3. a colleague named as a verb's object, in the accusative ----------------

# key: (text, person)
OBJECT: dict[str, tuple[str, str]] = {
    "uvedte_kolegu": (
        "Dobrý den,\nod ledna odcházím, jako kontaktní osobu proto uveďte kolegu Radima Kováře "
        "(kovar@noviny-kraje.example, 605 311 842).\n\nIva Tichá\n",
        "Radim Kovář",
    ),
    "predavam_pana": (
        "Dobrý den,\nkontakt pro technické věci předávám na kolegu Luboše Vrbu, "
        "vrba@noviny-kraje.example, 605 311 842.\n\nIva Tichá\n",
        "Luboš Vrba",
    ),
    "zapiste_pana": (
        "Dobrý den,\njako kontaktní osobu zapište do žádosti pana Michala Sedláčka, "
        "sedlacek@noviny-kraje.example, tel. 605 311 842.\n\nIva Tichá\n",
        "Michal Sedláček",
    ),
    "oslovte_kolegu": (
        "Dobrý den,\njako kontakt pro XML oslovte kolegu Petra Hanáka "
        "(hanak@noviny-kraje.example, 605 311 842).\n\nIva Tichá\n",
        "Petr Hanák",
    ),
}


@pytest.mark.parametrize("key", sorted(OBJECT))
def test_a_colleague_as_a_verbs_object_is_read_in_the_nominative(key: str) -> None:
    text, person = OBJECT[key]
    x = extract(mail(body(text), sender="ticha@noviny-kraje.example"))
    assert _value(x, "contact.person") == person


def test_a_colleague_in_the_nominative_stays_as_written() -> None:
    x = extract(
        mail(
            body(
                "Dobrý den,\nkontaktní osobou bude kolega Radim Kovář "
                "(kovar@noviny-kraje.example, 605 311 842).\n\nIva Tichá\n"
            ),
            sender="ticha@noviny-kraje.example",
        )
    )
    assert _value(x, "contact.person") == "Radim Kovář"


def test_a_feminine_colleague_after_kolegyni_is_not_turned_as_masculine() -> None:
    x = extract(
        mail(
            body(
                "Dobrý den,\njako kontaktní osobu uveďte kolegyni Janu Veselou "
                "(vesela@noviny-kraje.example, 605 311 842).\n\nIva Tichá\n"
            ),
            sender="ticha@noviny-kraje.example",
        )
    )
    assert _value(x, "contact.person") in ("Jana Veselá", "Janu Veselou")
