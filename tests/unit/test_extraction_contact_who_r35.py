"""Contact person and phone, thirty-fifth round (issue 18), helper r35-who.

Listed misses:

* db008: a cover mail over a signed form naming another contact: "- kontaktní osobou místo
  kolegyně Jandové, která od října odchází, budu já (tel. …)": the words between the role
  and "budu já" (a clause between commas) hid the self-declaration, and the person set
  aside by "místo" was read as the contact the sentence names.
* dc012: a terse note signed "Bezděk 602118375" from bezdek@…: a surname alone was no name.
* dc020: "Kontaktní osobou budu já (ne kolega Jirout), tel. …": the phone after the
  colleague set aside in brackets was taken for his.

Classes fixed:

1. The writer taking another person's place as the contact ("kontaktní osobou místo X, …,
   budu já", "budu kontaktní osobou já", "instead of Ms X, I will be the contact"): the
   writer, never the person set aside, replacing an attached form's contact (unsure).
2. A person set aside ("místo X", "instead of X", "(ne X)", "nikoli X") owns no value
   written after them: the number is the contact's.
3. A terse note signed by a surname alone, on its line or before a phone, that the sender's
   mailbox spells: that surname (LABELS.md), never for certain.

The drill's messages were labelled by ``tests/corpus/LABELS.md`` before any extraction was
run on them; wording and names are the tests' own, none a corpus case."""

from __future__ import annotations

import pytest

from intake.extraction import contact as c
from intake.model import Component
from tests.unit.extraction_helpers import body, extract, mail, text_file

# (id, wanted person, wanted phone or None (not checked), sender address, sender name, components)
_Case = tuple[str, str | None, str | None, str, str, tuple[Component, ...]]


def _form(person: str, phone: str, email: str) -> Component:
    return text_file(
        "zadost.txt",
        "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB (XML)\n\nŽadatel: Regionální listy s.r.o.\nIČO: 27111222\n"
        f"IP adresa (produkce): 203.0.113.60\n\nKontaktní osoba: {person}\nTelefon: {phone}\nE-mail: {email}\n\n"
        "V Táboře dne 1. 9. 2025\n",
    )


_REPLACING: list[_Case] = [
    (
        "a01-cs-misto-with-date-in-gap",
        "Radek Pešek",
        "+420604551218",
        "pesek@listy.example",
        "Radek Pešek",
        (
            body(
                "Dobrý den,\n\nposílám podepsanou žádost. Kontaktní osobou místo Ing. Šustra budu od 1. 10. já, "
                "mobil 604 551 218.\n\nS pozdravem\nRadek Pešek\n"
            ),
            _form("Ing. Martin Šustr", "777 100 200", "sustr@listy.example"),
        ),
    ),
    (
        "a02-sk-namiesto-relative-clause",
        "Peter Hudec",
        "+421905123456",
        "hudec@listy.example",
        "Peter Hudec",
        (
            body(
                "Dobrý deň,\n\nv prílohe je žiadosť. Kontaktnou osobou namiesto pani Vargovej, ktorá je na "
                "materskej, budem ja (0905 123 456).\n\nS pozdravom\nPeter Hudec\n"
            ),
            _form("Zuzana Vargová", "+421 911 000 111", "vargova@listy.example"),
        ),
    ),
    (
        "a03-en-instead-of-ms",
        "Tom Reed",
        "+447700900321",
        "reed@listy.example",
        "Tom Reed",
        (
            body(
                "Hello,\n\nthe signed form is attached. Please note that instead of Ms Hájková, who has left the "
                "company, I will be the contact person (+44 7700 900321).\n\nBest regards\nTom Reed\n"
            ),
            _form("Petra Hájková", "777 300 400", "hajkova@listy.example"),
        ),
    ),
    (
        "a04-de-statt-frau",
        "Lukas Berger",
        "+436641234567",
        "berger@listy.example",
        "Lukas Berger",
        (
            body(
                "Guten Tag,\n\nanbei der unterschriebene Antrag. Statt Frau Jandl bin ich ab sofort Ihr "
                "Ansprechpartner, Tel. +43 664 1234567.\n\nMit freundlichen Grüßen\nLukas Berger\n"
            ),
            _form("Eva Jandl", "777 500 600", "jandl@listy.example"),
        ),
    ),
    (
        "a05-cs-list-item-kontaktem-namisto",
        "Ondřej Kalina",
        "+420731442009",
        "kalina@listy.example",
        "Ondřej Kalina",
        (
            body(
                "Dobrý den,\n\nk přiložené žádosti dvě poznámky:\n- adresa serveru je beze změny,\n"
                "- kontaktem namísto pana Vaňka budu nově já (731 442 009).\n\nDíky\nOndřej Kalina\n"
            ),
            _form("Petr Vaněk", "777 700 800", "vanek@listy.example"),
        ),
    ),
    (
        "a06-cs-verb-before-role-nikoli",
        "Michal Souček",
        "+420608771230",
        "soucek@listy.example",
        "Michal Souček",
        (
            body(
                "Dobrý den,\n\nžádost je v příloze. Od listopadu budu kontaktní osobou já, nikoli paní Horká "
                "uvedená ve formuláři; telefon 608 771 230.\n\nMichal Souček\n"
            ),
            _form("Jana Horká", "777 900 100", "horka@listy.example"),
        ),
    ),
    (
        "a08-en-will-be-me-instead",
        "Anna Price",
        "+447700900123",
        "price@listy.example",
        "Anna Price",
        (
            body(
                "Hi,\n\nthe form lists John Baxter as the contact - from now on the contact will be me instead "
                "(mobile +44 7700 900123).\n\nAnna Price\n"
            ),
            _form("John Baxter", "777 222 444", "baxter@listy.example"),
        ),
    ),
    # near misses: the writer hands the role to the person the form names
    (
        "an1-cs-misto-me-bude-kolegyne",
        "Jana Horká",
        "+420777900100",
        "soucek@listy.example",
        "Michal Souček",
        (
            body(
                "Dobrý den,\n\nv příloze žádost. Kontaktní osobou místo mě bude kolegyně Horká, jak je uvedeno "
                "ve formuláři.\n\nMichal Souček\n"
            ),
            _form("Jana Horká", "777 900 100", "horka@listy.example"),
        ),
    ),
    (
        "an2-cs-kontaktni-osobou-je-kolega-ja-jsem-jen",
        "Marek Bílý",
        "+420777900101",
        "kalina@listy.example",
        "Ondřej Kalina",
        (
            body(
                "Dobrý den,\n\nkontaktní osobou je kolega Marek Bílý, uvedený ve formuláři, jsem já jen "
                "odesílatel.\n\nOndřej Kalina\n"
            ),
            _form("Marek Bílý", "777 900 101", "bily@listy.example"),
        ),
    ),
]

# left unread (flagged): the role in the accusative, a colon, "jsem to už já"
_LEFT: _Case = (
        "a07-cs-jsem-to-ja",
        "Lenka Marešová",
        "+420725300411",
        "maresova@listy.example",
        "Lenka Marešová",
        (
            body(
                "Dobrý den,\n\nkontaktní osobu ve formuláři prosím opravte: místo Lenky Čermákové jsem to už já, "
                "tel. 725 300 411.\n\nLenka Marešová\n"
            ),
            _form("Lenka Čermáková", "777 111 333", "cermakova@listy.example"),
        ),
    )

_ASIDE: list[_Case] = [
    (
        "b01-cs-nikoli-kolega-in-brackets",
        "Jana Krejčí",
        "+420739112450",
        "krejci@obec.example",
        "Jana Krejčí",
        (
            body(
                "Dobrý den,\n\nobec Horní Ves (IČO 00234567) žádá o přístup k XML, adresa 203.0.113.70.\n\n"
                "Kontaktní osobou budu já (nikoli kolega Vrba), mobil 739 112 450.\n\nJana Krejčí\nmístostarostka\n"
            ),
        ),
    ),
    (
        "b02-cs-label-ne-pan",
        "Pavel Dušek",
        "+420603998221",
        "info@obec.example",
        "",
        (
            body(
                "Dobrý den,\n\nžádáme o přístup k XML pro obec Dolní Ves, IČO 00234568, IP 203.0.113.71.\n\n"
                "Kontakt: Pavel Dušek, ne pan Mráz, tel. 603 998 221\n"
            ),
        ),
    ),
    (
        "b03-en-rather-than-mr",
        "Sarah Hill",
        "+442079460321",
        "hill@news.example",
        "Sarah Hill",
        (
            body(
                "Hello,\n\nNorth News Ltd requests the XML feed from 203.0.113.72.\n\nI'll be your contact "
                "rather than Mr Hughes, phone +44 20 7946 0321.\n\nKind regards\nSarah Hill\n"
            ),
        ),
    ),
    (
        "b04-sk-nie-kolega-dash",
        "Mária Kováčová",
        "+421911222333",
        "kovacova@noviny.example",
        "Mária Kováčová",
        (
            body(
                "Dobrý deň,\n\nžiadame o prístup k XML výsledkom z adresy 203.0.113.73.\n\n"
                "Kontaktnou osobou som ja, nie kolega Baláž – tel. 0911 222 333.\n\nMária Kováčová\n"
            ),
        ),
    ),
    (
        "b05-de-nicht-herr",
        "Anna Schulz",
        "+49301234567",
        "schulz@zeitung.example",
        "Anna Schulz",
        (
            body(
                "Guten Tag,\n\nwir beantragen den XML-Zugang von 203.0.113.74.\n\nIhre Ansprechpartnerin bin "
                "ich, nicht Herr Weber, Tel. +49 30 1234567.\n\nAnna Schulz\n"
            ),
        ),
    ),
    (
        "b06-cs-misto-ing-named-after",
        "Dana Líbalová",
        "+420775600120",
        "info@obec.example",
        "",
        (
            body(
                "Dobrý den,\n\nžádáme o přístup k XML pro obec Lhotka, IČO 00234569, IP 203.0.113.75.\n\n"
                "Kontaktní osobou bude místo Ing. Hory paní Dana Líbalová, tel. 775 600 120.\n\nObecní úřad Lhotka\n"
            ),
        ),
    ),
    # near misses: a deputy or a colleague in copy with their own number
    (
        "bn1-cs-deputy-own-number",
        "Eva Tichá",
        "+420606111222",
        "ticha@obec.example",
        "Eva Tichá",
        (
            body(
                "Dobrý den,\n\nžádáme o přístup k XML z adresy 203.0.113.76.\n\nKontaktní osobou jsem já. Pokud "
                "nebudu k zastižení, volejte kolegu Nováka, tel. 777 888 999.\n\nEva Tichá\ntel. 606 111 222\n"
            ),
        ),
    ),
    (
        "bn2-cs-copy-colleague-number",
        "Jiří Malý",
        "+420602333444",
        "info@obec.example",
        "",
        (
            body(
                "Dobrý den,\n\nžádáme o přístup k XML z adresy 203.0.113.77, obec Vísky, IČO 00234570.\n\n"
                "Kontakt: Jiří Malý, 602 333 444; v kopii pan Svoboda, 603 444 555\n"
            ),
        ),
    ),
]

_LONE: list[_Case] = [
    (
        "c01-surname-phone-line",
        "Novák",
        "+420605111222",
        "novak@lhota.example",
        "",
        (body("XML volby, IP 203.0.113.5\nObec Lhota, IČ 00123456\nNovák 605 111 222\n"),),
    ),
    (
        "c02-surname-line-then-phone",
        "Horáková",
        "+420733221100",
        "j.horakova@zpravodaj.example",
        "",
        (body("prosím o přístup k XML z 203.0.113.6, Zpravodaj Vysočiny s.r.o., IČ 27222333\n\nHoráková\n733 221 100\n"),),
    ),
    (
        "c03-surname-comma-phone",
        "Veselý",
        "+420721000333",
        "vesely.m@radio.example",
        "",
        (body("žádost o XML – server 203.0.113.7, Rádio Sever s.r.o., IČ 27333444\nVeselý, 721 000 333\n"),),
    ),
    (
        "c04-surname-dash-phone",
        "Kratochvíl",
        "+420777123456",
        "kratochvil@tv.example",
        "",
        (body("XML volby pro TV Jih s.r.o. (IČ 27444555), produkce 203.0.113.8\n\nKratochvíl – 777 123 456\n"),),
    ),
    (
        "c05-initial-surname-mailbox",
        "Dvořák",
        "+420602555010",
        "pdvorak@denik.example",
        "",
        (body("Dobrý den, XML pro Deník Západ s.r.o., IČ 27555666, IP 203.0.113.9.\nDvořák 602 555 010\n"),),
    ),
    (
        "c06-en-surname-phone",
        "Smith",
        "+447700900555",
        "smith@herald.example",
        "",
        (body("XML feed for Herald Media Ltd please, server 203.0.113.10\nSmith +44 7700 900555\n\nSent from my iPhone\n"),),
    ),
    # near misses: a mailbox that is a town's or a desk's name, not the writer's
    (
        "cn1-town-mailbox",
        None,
        None,
        "praha@zpravy.example",
        "",
        (body("XML volby, IP 203.0.113.11, Zprávy s.r.o., IČ 27666777\nPraha 602 118 375\n"),),
    ),
    (
        "cn2-desk-mailbox",
        None,
        None,
        "redakce@zpravy.example",
        "",
        (body("XML volby, IP 203.0.113.12, Zprávy s.r.o., IČ 27666778\nRedakce 602 118 376\n"),),
    ),
]


@pytest.mark.parametrize("case", _REPLACING + _ASIDE + _LONE, ids=lambda c: c[0])
def test_contact_drill(case: _Case) -> None:
    _, person, phone, sender, sender_name, comps = case
    x = extract(mail(*comps, sender=sender, sender_name=sender_name))
    assert x.contact_person == person
    if phone is not None:
        assert x.contact_phone == phone


def test_writer_replacing_the_form_contact_is_unsure() -> None:
    """db008's class: the writer over a form naming another contact is a correction, flagged."""
    _, person, _, sender, sender_name, comps = _REPLACING[0]
    x = extract(mail(*comps, sender=sender, sender_name=sender_name))
    assert x.contact_person == person
    assert not x.fields["contact.person"].certain


def test_lone_surname_is_unsure() -> None:
    """dc012's class: a surname alone is read, never for certain."""
    _, person, _, sender, sender_name, comps = _LONE[0]
    x = extract(mail(*comps, sender=sender, sender_name=sender_name))
    assert x.contact_person == person
    assert not x.fields["contact.person"].certain


def test_accusative_role_with_to_ja_stays_flagged() -> None:
    """Not read yet: "kontaktní osobu … opravte: místo X jsem to už já" keeps the form's
    contact, but never for certain."""
    _, _, _, sender, sender_name, comps = _LEFT
    x = extract(mail(*comps, sender=sender, sender_name=sender_name))
    assert not x.fields["contact.person"].certain


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("kontaktní osobou místo kolegyně Jandové, která od října odchází, budu já", True),
        ("kontaktom namiesto pána Nováka budem ja", True),
        ("Kontaktní osobou od 1. 10. budu já", True),
        # a name run in the gap names that person first, the writer only after
        ("Kontaktní osobou Jan Novák budu já", False),
        ("kontaktní osobou Ing. Petra Malá, od listopadu budu já", False),
    ],
)
def test_self_declaration_gap(text: str, own: bool) -> None:
    """The gap between the role and "budu já" may set someone aside, never name them."""
    assert (c._SELF_CONTACT.search(text) is not None) is own
