"""A drill, fifty-eighth round (issue 18): the contact. A form's contact table whose name
cell writes the surname in capitals ("HORÁKOVÁ Jitka" under "Příjmení, jméno", "Jan NOVÁK"
under "Name", the surname column in capitals beside a given-name column): the person in
the order of the text, given name first. Near-miss negatives: a cell of capitals with no
vowel (an acronym, no surname) and two rows of people (which one is meant is open).
Every message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, data_message, extract, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}
PERSON_ONLY: set[str] = set()
"""The table drills label the person only (their e-mail and phone are other rules')."""

_HEAD = "Žádost média\n☒ přístup k XML s průběžnými výsledky\nprodukční IP\ttestovací IP\n192.0.2.60\t192.0.2.61\n"


def _table(key: str, header: str, rows: list[str], person: str | None) -> None:
    text = _HEAD + header + "\n" + "\n".join(rows) + "\n"
    PERSON_ONLY.add(key)
    CASES[key] = (
        data_message("Žádost", body(text), dm_sender="Vltavské listy a.s."),
        label([], (None, None, None), [], [], (person, None, None)),
    )


_table(
    "cz_surname_first_caps",
    "Příjmení, jméno\tE-mail\tTelefon",
    ["HORÁKOVÁ Jitka\thorakova@vltavskelisty.example\t602 559 183"],
    "Jitka Horáková",
)
_table(
    "sk_priezvisko_meno_caps",
    "Priezvisko, meno\tE-mail\tTelefón",
    ["KOVÁČOVÁ Zuzana\tkovacova@povazskyhlas.example\t0905 118 402"],
    "Zuzana Kováčová",
)
_table(
    "en_name_given_first_caps",
    "Name\tE-mail\tPhone",
    ["Kate MOSS\tmoss@northernecho.example\t+44 7700 900 218"],
    "Kate Moss",
)
_table(
    "de_name_vorname_caps",
    "Name, Vorname\tE-Mail\tTelefon",
    ["SCHNEIDER Anna\tschneider@rundschau.example\t+49 351 8840 211"],
    "Anna Schneider",
)
_table(
    "pl_nazwisko_columns_caps",
    "Nazwisko\tImię\tE-mail",
    ["WIŚNIEWSKA\tAgnieszka\twisniewska@gazeta.example"],
    "Agnieszka Wiśniewska",
)
_table(
    "cz_title_and_caps",
    "Příjmení, jméno\tE-mail\tTelefon",
    ["Mgr. DVOŘÁKOVÁ Eva\tdvorakova@listy.example\t777 410 215"],
    "Eva Dvořáková",
)
_table(
    "cz_plain_comma_still",
    "Příjmení, jméno\tE-mail\tTelefon",
    ["Zbořil, Lukáš\tzboril@listy.example\t777 410 216"],
    "Lukáš Zbořil",
)
# near misses: an acronym in capitals is no surname; two people in the table
_table(
    "cz_acronym_no_person",
    "Jméno\tE-mail\tTelefon",
    ["ČTK Praha\tpraha@ctk.example\t222 098 111"],
    None,
)
_table(
    "cz_crew_with_role_column",
    "Jméno\tFunkce\tTelefon",
    ["Aleš HRUBÝ\tkameraman\t603 118 224"],
    None,
)
_table(
    "en_two_rows_caps",
    "Surname, first name\tE-mail\tPhone",
    ["MOSS Kate\tmoss@northernecho.example\t+44 7700 900 218", "REED Tom\treed@northernecho.example\t+44 7700 900 219"],
    "Kate Moss",
)


# the second class: a contact sentence pointing below at a role ("náš kolega z IT (viz níže)")
# above a signature of several people, each with their role and details; the one bearing it
def _pointer(key: str, text: str, sender: str, name: str, want: tuple[str | None, str | None, str | None]) -> None:
    CASES[key] = (
        mail(body(text), subject="Volby – XML a natáčení", sender=sender, sender_name=name),
        label([], (None, None, None), [], [], want),
    )


_SIG_CZ = (
    "Rozhlas Český ráj, s.r.o. | IČO 26841592\n"
    "Helena Vodičková, šéfredaktorka – 481 320 100, vodickova@rozhlas.example\n"
    "Dušan Krejčí, IT – 731 884 206, krejci@rozhlas.example\n"
    "Tomáš Bureš, tiskový mluvčí – 603 771 440, bures@rozhlas.example\n"
)
_KREJCI = ("Dušan Krejčí", "krejci@rozhlas.example", "+420731884206")
_pointer(
    "cz_colleague_from_it_see_below",
    "Dobrý den,\n\nžádáme o přístup k výsledkům (XML) z adresy 203.0.113.30. Za technickou stránku "
    "odpovídá náš kolega z IT (viz níže), ten je kontaktní osobou.\n\nDěkujeme\n\n" + _SIG_CZ,
    "vodickova@rozhlas.example",
    "Helena Vodičková",
    _KREJCI,
)
_pointer(
    "sk_kolega_z_it_pozri_nizsie",
    "Dobrý deň,\n\nžiadame o prístup k XML s výsledkami volieb zo servera 198.51.100.30. "
    "Kontaktnou osobou je náš kolega z IT (pozri nižšie).\n\nĎakujeme\n\n"
    "Rádio Tatry, s.r.o.\n"
    "Jana Hudecová, šéfredaktorka – 0905 118 402, hudecova@tatry.example\n"
    "Marek Oravec, IT – 0907 331 245, oravec@tatry.example\n",
    "hudecova@tatry.example",
    "Jana Hudecová",
    ("Marek Oravec", "oravec@tatry.example", "+421907331245"),
)
_pointer(
    "en_it_colleague_see_below",
    "Hello,\n\nwe request access to the election results XML feed from 203.0.113.31. Our IT "
    "colleague (see below) is the contact person for this.\n\nKind regards\n\n"
    "Northern Echo Ltd\n"
    "Kate Moss, Editor – +44 7700 900 218, moss@northernecho.example\n"
    "Sam Reed, IT – +44 7700 900 412, reed@northernecho.example\n",
    "moss@northernecho.example",
    "Kate Moss",
    ("Sam Reed", "reed@northernecho.example", "+447700900412"),
)
_pointer(
    "de_kollege_it_siehe_unten",
    "Guten Tag,\n\nwir beantragen den Zugang zu den XML-Wahlergebnissen vom Server 192.0.2.44. "
    "Ansprechpartner ist unser Kollege aus der IT (siehe unten).\n\nMit freundlichen Grüßen\n\n"
    "Rundschau GmbH\n"
    "Anna Schneider, Chefredakteurin – +49 351 8840 211, schneider@rundschau.example\n"
    "Jonas Weber, IT – +49 351 8840 219, weber@rundschau.example\n",
    "schneider@rundschau.example",
    "Anna Schneider",
    ("Jonas Weber", "weber@rundschau.example", "+493518840219"),
)
_pointer(
    "cz_technician_see_below",
    "Dobrý den,\n\nprosíme o přístup k XML s výsledky voleb, server 192.0.2.45. Kontaktní osobou "
    "je náš technik (viz níže).\n\nDěkujeme\n\n"
    "Deník Tábor s.r.o.\n"
    "Eva Dušková, šéfredaktorka – 736 225 901, duskova@deniktabor.example\n"
    "Petr Novák, technik – 604 117 228, novak@deniktabor.example\n",
    "duskova@deniktabor.example",
    "Eva Dušková",
    ("Petr Novák", "novak@deniktabor.example", "+420604117228"),
)
# near miss: "viz níže" for the addresses, no contact words: the sender who signs first
_pointer(
    "cz_see_below_addresses_only",
    "Dobrý den,\n\nžádáme o přístup k výsledkům (XML), adresy viz níže v tabulce IT.\n\n"
    "203.0.113.30\n\nDěkujeme\n\n" + _SIG_CZ,
    "vodickova@rozhlas.example",
    "Helena Vodičková",
    ("Helena Vodičková", "vodickova@rozhlas.example", "+420481320100"),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    fields = "contact.person" if any(CASES[k][0] is p for k in PERSON_ONLY) else "contact."
    assert [m for m in misses(p, want) if m.startswith(fields)] == []


def test_two_rows_unsure() -> None:
    """Two people in a contacts table with no heading: the first, flagged."""
    p = CASES["en_two_rows_caps"][0]
    field = extract(p).to_dict()["fields"]["contact.person"]
    assert field["certain"] is False
