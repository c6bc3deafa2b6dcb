"""Review of the twenty-sixth round (issue 18), who the contact is: the reviewer's examples
and variants of the same classes.

1. A negated first-person contact role ("ich bin nicht der Ansprechpartner", "nie jestem
   osobą kontaktową") and "I stay in contact with …" are no self-declaration.
2. "me as the contact": a negated "ne mě", the Czech possessive verb "ma", a gap running
   into another clause or a name are no self-declaration.
3. A self-declaration's qualifier may hold capitalised words ("pro Vás", "za Město Kolín").
4. A past tense or an "old" farther on in the clause does not make the writer a former
   contact.
5. A desk's word anywhere before an address is no desk label; an address spelling the
   contact's surname is theirs.
6. A surname's full form is not a form of address with it ("Mme Roux").
7. A form row's next label: a one-word run and a colon of other text are no label.
8. A surname-only label value reads a form of address in any case and no given name.
9. Section titles are disowned as whole words only, never when titles repeat.
10. A broken From header of an attached e-mail does not fail the extraction.
11. Only an abbreviated conjunction after an address joins the next line's address.

Every text here is written for the test; names and numbers are invented."""

from __future__ import annotations

import pytest

from intake.extraction import contact as c
from intake.extraction import extract as ex
from intake.extraction import segments as sg
from intake.extraction.fields import Hit
from intake.extraction.segments import Block

# ------------- 1-3. self-declarations ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ich bin nicht der Ansprechpartner, bitte wenden Sie sich an Herrn Jan Novak",
        "ich bin nicht mehr Ihr Ansprechpartner, bitte an Frau Anna Weber",
        "I stay in contact with Mr Jan Novák",
        "I remain in contact with Ms Eva Dvořák",
        "nie jestem osobą kontaktową, proszę pisać do pana Nowaka",
        "je ne suis pas votre interlocutrice",
        "Prosím ne mě jako kontakt, ale pana Nováka",
        "firma ma jako kontakt uvedeneho pana Jana Novaka",
        "register Jan Novák as the contact and send me the result",
        "as the contact list Eva Malá and notify me",
    ],
)
def test_no_self_declaration(text: str) -> None:
    assert c._SELF_CONTACT.search(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Kontaktní osobou pro Vás budu já",
        "Kontaktní osobou za Město Kolín budu já",
        "Kontaktní osobou pro ČSÚ budu já",
        "Kontaktní osobou za město pro tuto žádost budu já",
        "ich bin Ihre Ansprechpartnerin",
        "I remain your contact",
        "I stay your main contact",
        "jako kontakt pro tuto žádost uvádějte prosím mě",
        "list me as the contact",
    ],
)
def test_self_declaration(text: str) -> None:
    assert c._SELF_CONTACT.search(text) is not None


def test_name_run_in_qualifier() -> None:
    assert c._SELF_CONTACT.search("Kontaktní osobou Jan Novák budu já") is None


# ------------- 4. a former contact ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "former"),
    [
        ("Kontaktní osobou budu já a nová adresa byla doplněna", False),
        ("Kontaktní osobou pro původní žádost budu já", False),
        ("I am the contact for the old and the new range", False),
        ("Kontaktní osobou jsem byl dosud já, ale nyní Jan Novák", True),
        ("Kontaktní osobou byl jsem já", True),
        ("Kontaktní osobou jsem až dosud byla já", True),
    ],
)
def test_former_self(text: str, former: bool) -> None:
    m = c._SELF_CONTACT.search(text)
    assert m is not None
    assert c._former_self(text, m) is former


# ------------- 5. desk labels ------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "desk"),
    [
        ("Redaktion Politik | Anna Weber | ", False),
        ("Anna Weber, Head of Office, ", False),
        ("General Manager: ", False),
        ("Redakce Deníku Jih, Anna Weberová, ", False),
        ("Newsroom: ", True),
        ("Redakce: ", True),
        ("Sekretariát : ", True),
    ],
)
def test_desk_label(before: str, desk: bool) -> None:
    assert (c._DESK_LABEL.search(before) is not None) is desk


def _contact(line: str, person: str, email: str) -> tuple[c.Contact, list[Block]]:
    blk = sg.whole("body", f"Dobrý den,\n{line}\n")
    e = Hit(email, "body", 2, True, None)
    return c.Contact(person=Hit(person, "body", 2, True, None), email=e, phone=None), [blk]


@pytest.mark.parametrize(
    ("line", "person", "email"),
    [
        ("Newsroom: anna.weber@zeitung.de", "Anna Weber", "anna.weber@zeitung.de"),
        ("Redakce: weberova@denik.cz", "Anna Weberová", "weberova@denik.cz"),
    ],
)
def test_desk_address_spelling_surname_kept(line: str, person: str, email: str) -> None:
    contact, blocks = _contact(line, person, email)
    out = c.desk_address(contact, "info@zeitung.de", blocks)
    assert out.email is not None and out.email.value == email and out.email.certain


def test_desk_address_of_desk_flagged() -> None:
    contact, blocks = _contact("Newsroom: news@zeitung.de", "Anna Weber", "news@zeitung.de")
    out = c.desk_address(contact, "info@zeitung.de", blocks)
    assert out.email is not None and not out.email.certain


@pytest.mark.parametrize(
    "line",
    [
        "Redaktion Politik | Anna Weber | anna.weber@zeitung.de",
        "Anna Weber, Head of Office, anna.weber@zeitung.de",
        "General Manager: anna.weber@zeitung.de",
    ],
)
def test_desk_word_elsewhere_keeps_address(line: str) -> None:
    contact, blocks = _contact(line, "Anna Weber", "anna.weber@zeitung.de")
    out = c.desk_address(contact, "info@zeitung.de", blocks)
    assert out.email is not None and out.email.certain


# ------------- 6. forms of address -------------------------------------------------------


@pytest.mark.parametrize("form", ["Mme", "Señora", "Mevrouw", "Dr.", "pan"])
def test_address_form(form: str) -> None:
    assert c._is_address_form(form)


def test_surname_in_full_skips_form_of_address() -> None:
    blk = sg.whole("body", "Merci, Mme Roux et Claire Roux\n")
    hit, _ = c.surname_in_full(Hit("Roux", "body", 1, True, None), [blk], [])
    assert hit is not None and hit.value == "Claire Roux"


# ------------- 7-8. form rows and surname labels -----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vyřizuje: Ing. Hrubý: tel. 603 111 222", "Hrubý"),
        ("Kontakt: Jan Novák: 603 111 222", "Jan Novák"),
        ("Kontakt: Jan Novák: jan.novak@firma.cz", "Jan Novák"),
        ("Am 12.09.2024 um 10:15 schrieb Max Mustermann:\n", "Max Mustermann"),
        ("Vyřizuje: Ing. Jan Hrubý Datum: 17. 9. 2024", "Jan Hrubý"),
    ],
)
def test_before_label(text: str, name: str) -> None:
    assert name in [n for _, n in c._mentions_in(text, True)]


@pytest.mark.parametrize(
    ("value", "surname"),
    [
        ("Pan Hrubý", "Hrubý"),
        ("pan Hrubý", "Hrubý"),
        ("Ing. Libor Hrubý", None),
        ("Ing. Hrubý Datum: 17. 9.", "Hrubý"),
        ("Hr. Lang", "Lang"),
        ("Mme Roux", "Roux"),
    ],
)
def test_surname_value(value: str, surname: str | None) -> None:
    m = c._SURNAME_VALUE.match(value)
    assert (m and m.group("s")) == surname


# ------------- 9. disowned section titles ------------------------------------------------


def test_titles_whole_words() -> None:
    titles = {"Produkce": object(), "Test": object()}
    assert ex._disowned_titles("Testovací server 10.0.0.5 je starý.", titles) == []  # type: ignore[arg-type]
    assert ex._disowned_titles("Pracovní server je ve Testech starý.", titles) == []  # type: ignore[arg-type]
    assert ex._disowned_titles("List Test je starý.", titles) == ["Test"]  # type: ignore[arg-type]


# ------------- 10. broken From header ----------------------------------------------------


def test_broken_from_header() -> None:
    from intake.model import ComponentRole

    class _C:
        role = ComponentRole.ATTACHMENT
        declared_type = "message/rfc822"
        name = "a.eml"
        parent = None
        data = b"From: Jan <a@[1.2.3\r\nTo: x@y.cz\r\nSubject: x\r\n\r\nbody\r\n"

    assert ex._eml_from(_C()) == ""  # type: ignore[arg-type]


# ------------- 11. an abbreviation after an address --------------------------------------


@pytest.mark.parametrize(
    ("cur", "nxt", "joined"),
    [
        ("Produkce 192.0.2.1 web.", "192.0.2.2 mail.", False),
        ("Servery 198.51.100.1 www.", "198.51.100.2 ftp.", False),
        ("Bitte 198.51.100.14 bzw.", "198.51.100.15 zu ersetzen", True),
        ("Kérjük 192.0.2.4 ill.", "192.0.2.5 címet", True),
    ],
)
def test_address_abbreviation(cur: str, nxt: str, joined: bool) -> None:
    assert sg._goes_on(cur, nxt) is joined
