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
from tests.unit.extraction_helpers import body, data_message, extract

CASES: dict[str, tuple[ParsedMessage, Label]] = {}

_HEAD = "Žádost média\n☒ přístup k XML s průběžnými výsledky\nprodukční IP\ttestovací IP\n192.0.2.60\t192.0.2.61\n"


def _table(key: str, header: str, rows: list[str], person: str | None) -> None:
    text = _HEAD + header + "\n" + "\n".join(rows) + "\n"
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

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("contact.person")] == []


def test_two_rows_unsure() -> None:
    """Two people in a contacts table with no heading: the first, flagged."""
    p = CASES["en_two_rows_caps"][0]
    field = extract(p).to_dict()["fields"]["contact.person"]
    assert field["certain"] is False
