"""Contact person: the order and the case of a name, forty-first round (issue 18), helper r41-name.

Listed misses: at037 ("Kontaktní osoba|Novotná Tereza|", an RTF form), au017 ("Kontaktní
osoba: Tichý Miloš", a paper form), au030 ("Kořínková Alžběta", a DOCX table): r40-name's
name-order lists and net had been lost from main by a later merge (e3683bd9), so nothing
read the order; they are restored, and a Czech or Slovak name a form writes surname first
is now turned given name first (sure under a "Příjmení a jméno" label or where the text also
writes it given name first, else flagged NAME_ORDER). as022 and au004: a Hungarian writer's
name (ő/ű, +36, .hu, Kft.) keeps the writer's order: the capitals rule's "Eszter Kovács" is
turned back to "Kovács Eszter" when the text writes it mostly surname first (flagged).
at001 ("řešte s naším správcem sítě, panem Ondřejem Kalinou"): the instrumental after "s"
and a role is read also across an apposition comma.

The drill's messages were labelled by ``tests/corpus/LABELS.md`` before any extraction was
run on them; wording and names are the tests' own, none a corpus case."""

from __future__ import annotations

import pytest

from intake.extraction.review import Reason
from tests.unit.extraction_helpers import body, extract, mail

# (id, sender name, sender address, body, wanted person by LABELS.md)
_TURNED: list[tuple[str, str, str, str, str]] = [
    (
        "a1-cs-surname-first-label",
        "Redakce Podbrdsko",
        "redakce@podbrdsko.example",
        "Dobrý den,\nzasíláme žádost o přístup k XML výsledkům.\n\nŽadatel: Podbrdské noviny s.r.o.\n"
        "Produkční IP: 203.0.113.61\nPříjmení a jméno kontaktní osoby: Veselá Markéta\n"
        "Telefon: 603 221 908\n\nDěkujeme",
        "Markéta Veselá",
    ),
    (
        "a2-sk-priezvisko-meno",
        "Sekretariát",
        "sekretariat@zahorie-tv.example",
        "Dobrý deň,\nžiadame o prístup k XML pre IP 203.0.113.62.\n"
        "Kontaktná osoba (priezvisko, meno): Kováčová Jana\nTel.: +421 905 114 226\nS pozdravom\nZáhorie TV s.r.o.",
        "Jana Kováčová",
    ),
    (
        "a3-cs-pipe-table",
        "IT oddělení",
        "it@hlasvysociny.example",
        "Dobrý den,\nv tabulce níže údaje k žádosti o XML.\n\n"
        "Položka | Hodnota\nOrganizace | Hlas Vysočiny, z.s.\nIP produkce | 203.0.113.63\n"
        "Kontaktní osoba | Procházka Vojtěch\nTelefon | 777 123 456\n",
        "Vojtěch Procházka",
    ),
    (
        "a4-cs-vyrizuje-and-signature",
        "Radek Beneš",
        "benes@litomericky-denik.example",
        "Dobrý den,\nžádáme o zpřístupnění XML, IP 203.0.113.64.\nVyřizuje: Beneš Radek, tel. 606 909 101\n\n"
        "S pozdravem\nRadek Beneš\nLitoměřický deník",
        "Radek Beneš",
    ),
    (
        "a5-en-czech-firm",
        "Office",
        "office@brno-live.example",
        "Dear colleagues,\nBrno Live s.r.o. requests access to the XML results from 203.0.113.65.\n"
        "Contact person: Svobodová Klára\nPhone: +420 731 555 210\nKind regards,\nBrno Live",
        "Klára Svobodová",
    ),
    (
        "a6-cs-semicolon-form",
        "Zpravodaj Dačice",
        "zpravodaj@dacice.example",
        "Žádost o přístup k XML\nŽadatel; Zpravodaj Dačice\nIP; 203.0.113.66\n"
        "Kontakt; Dušek Ondřej; 724 808 303\n",
        "Ondřej Dušek",
    ),
]

_HUNGARIAN: list[tuple[str, str, str, str, str]] = [
    (
        "b1-hu-capitals-english",
        "SZABÓ Anna",
        "szabo.anna@tiszatv.example",
        "Hello,\nTisza TV Kft. asks for permission to film at the Ostrava collection point.\n"
        "Our team: SZABÓ Anna (editor, contact), MOLNÁR Dávid (camera).\n\nBest regards,\nSZABÓ Anna\n+36 20 311 4412",
        "Szabó Anna",
    ),
    (
        "b2-hu-czech-text",
        "",
        "nagy.adam@dunahir.example",
        "Dobrý den,\njsme maďarská redakce Duna Hír Zrt. a žádáme o přístup k XML z IP 203.0.113.71.\n"
        "Kontaktní osoba: NAGY Ádám, tel. +36 70 222 1188\nDěkujeme\nNAGY Ádám",
        "Nagy Ádám",
    ),
    (
        "b3-hu-hungarian-label",
        "Varga Zoltán",
        "varga.zoltan@alfoldiradio.example",
        "Tisztelt Hivatal!\nAz Alföldi Rádió Kft. hozzáférést kér az XML szerverhez: 203.0.113.72.\n"
        "Kapcsolattartó: Varga Zoltán, +36 30 909 1234\nÜdvözlettel:\nVarga Zoltán",
        "Varga Zoltán",
    ),
]

_OBLIQUE: list[tuple[str, str, str, str, str]] = [
    (
        "c1-cs-ins-apposition",
        "Sekretariát",
        "sekretariat@nachodsko.example",
        "Dobrý den,\nžádáme o XML přístup pro 203.0.113.81.\n"
        "Technické dotazy prosím konzultujte s vedoucím IT oddělení, panem Lukášem Dvořákem (dvorak@nachodsko.example).\n"
        "S pozdravem\nJana Malá\nasistentka",
        "Lukáš Dvořák",
    ),
    (
        "c2-cs-ins-colleague-female",
        "Redakce",
        "redakce@trebicsko.example",
        "Dobrý den,\nprosíme o přístup k XML, IP 203.0.113.82.\n"
        "Vše technické prosím řešte s naší koordinátorkou, paní Ivanou Pokornou, tel. 602 404 505.\n"
        "Děkujeme\nTřebíčsko s.r.o.",
        "Ivana Pokorná",
    ),
    (
        "c3-sk-ins-apposition",
        "Redakcia",
        "redakcia@kysuce-dnes.example",
        "Dobrý deň,\nžiadame o prístup k XML pre IP 203.0.113.83.\n"
        "Technické otázky prosím riešte s naším správcom siete, pánom Martinom Kollárom, tel. +421 908 111 222.\n"
        "S pozdravom\nKysuce dnes",
        "Martin Kollár",
    ),
    (
        "c4-cs-ins-role-comma-no-title",
        "Redakce Chrudim",
        "redakce@chrudimsko.example",
        "Dobrý den,\nžádáme o přístup k XML z adresy 203.0.113.84.\n"
        "O podrobnostech prosím jednejte s šéfredaktorem, Pavlem Růžičkou (ruzicka@chrudimsko.example).\n"
        "Chrudimsko s.r.o.",
        "Pavel Růžička",
    ),
]

_OBLIQUE += [
    (
        "c5-cs-dative-panu",
        "Redakce",
        "redakce@kolinsko.example",
        "Dobrý den,\nžádáme o XML přístup, IP 203.0.113.85.\n"
        "Podklady a dotazy zasílejte prosím panu Tomáši Královi, tel. 608 123 321.\nRedakce Kolínska",
        "Tomáš Král",
    ),
    (
        "c6-cs-dative-kolegyni",
        "Redakce",
        "redakce@kolinsko.example",
        "Dobrý den,\nžádáme o XML přístup, IP 203.0.113.86.\n"
        "Kontaktní údaje předejte prosím naší kolegyni Janě Malé (mala@kolinsko.example).\nRedakce Kolínska",
        "Jana Malá",
    ),
]

# near misses: a name written given name first stays, also from a Hungarian writer
_KEPT: list[tuple[str, str, str, str, str]] = [
    (
        "k1-cs-given-first-form",
        "Markéta Veselá",
        "vesela@podbrdsko.example",
        "Dobrý den,\nžádáme o XML pro 203.0.113.91.\nKontaktní osoba: Markéta Veselá\nTelefon: 603 221 908\n",
        "Markéta Veselá",
    ),
    (
        "k2-hu-western-order",
        "Tamás Szűcs",
        "tamas.szucs@pannonmedia.example",
        "Dear Sir or Madam,\nPannon Média Kft. asks for XML access from 203.0.113.92.\n"
        "Contact: Tamás Szűcs, +36 30 123 4567\nBest regards,\nTamás Szűcs",
        "Tamás Szűcs",
    ),
    (
        "k3-cs-signature-nominative",
        "Petr Novák",
        "novak@rakovnicko.example",
        "Dobrý den,\nžádám o přístup k XML, IP 203.0.113.93.\nS pozdravem\nPetr Novák\nRakovnický deník",
        "Petr Novák",
    ),
]


def _run(case: tuple[str, str, str, str, str]) -> tuple[str | None, bool, str | None]:
    _id, name, addr, text, _want = case
    x = extract(mail(body(text), sender=addr, sender_name=name))
    field = x.fields.get("contact.person")
    return x.contact_person, bool(field and field.certain), field.reason if field else None


@pytest.mark.parametrize("case", _TURNED, ids=[c[0] for c in _TURNED])
def test_czech_slovak_surname_first_turned(case: tuple[str, str, str, str, str]) -> None:
    """Turned where a label or the text's other mention settles the order, else kept, flagged."""
    person, sure, _reason = _run(case)
    assert person is not None
    if person != case[4]:
        assert not sure
        assert sorted(person.split()) == sorted(case[4].split())


@pytest.mark.parametrize("case", _HUNGARIAN, ids=[c[0] for c in _HUNGARIAN])
def test_hungarian_writer_order_kept(case: tuple[str, str, str, str, str]) -> None:
    person, sure, _reason = _run(case)
    assert person == case[4]
    assert not sure


# "konzultujte s …" is no contact sentence yet: the signer is taken, flagged (OTHER_PERSON);
# which person a sentence makes the contact is r41-who's class
_OPEN = {"c1-cs-ins-apposition"}


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            c,
            id=c[0],
            marks=[pytest.mark.xfail(strict=True, reason="not read as a contact sentence")],
        )
        if c[0] in _OPEN
        else pytest.param(c, id=c[0])
        for c in _OBLIQUE
    ],
)
def test_oblique_case_turned_to_nominative(case: tuple[str, str, str, str, str]) -> None:
    person, sure, _reason = _run(case)
    assert person == case[4]
    assert not sure


@pytest.mark.parametrize("case", _KEPT, ids=[c[0] for c in _KEPT])
def test_given_first_kept(case: tuple[str, str, str, str, str]) -> None:
    person, _sure, reason = _run(case)
    assert person == case[4]
    assert reason != Reason.NAME_ORDER
