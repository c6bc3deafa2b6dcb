"""A drill, fifty-sixth round (issue 18): a German letter's phone written nationally with a
trunk zero and no label, alone under the writer's name ("Jonas Weber – freier Journalist" /
"0151 12873940"), in a text that names no country: read in the German-speaking plans, never
for certain. Near misses: a fax's number, a tax number's digits and a Czech letter's number
are not read so. Every message was labelled by ``tests/corpus/LABELS.md`` before extraction
ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _case(key: str, text: str, sender: str, name: str, phone: str | None) -> None:
    msg = mail(body(text), subject="Wahlen – Datenzugang", sender=sender, sender_name=name)
    CASES[key] = (msg, label(FEED, (None, None, None), ["203.0.113.10"], [], (name, sender, phone)))


_case(
    "de_mobile_alone",
    "Hallo,\n\nich bräuchte Zugang zum XML-Feed für den Wahlabend, Server 203.0.113.10.\n\n"
    "Jonas Weber – freier Journalist\n0151 12873940\n",
    "jonas@weber-texte.example", "Jonas Weber", "+4915112873940",
)
_case(
    "de_mobile_alone_grouped",
    "Guten Tag,\n\nwir möchten die Wahlergebnisse als XML abrufen (IP 203.0.113.10). Vielen Dank!\n\n"
    "Viele Grüße\nSabine Krüger\n0171 / 4839 2210\n",
    "krueger@stadtblog-kassel.example", "Sabine Krüger", "+4917148392210",
)
_case(
    "de_berlin_landline_alone",
    "Sehr geehrte Damen und Herren,\n\nhiermit beantrage ich den Zugang zu den XML-Ergebnissen "
    "für die Adresse 203.0.113.10.\n\nMit freundlichen Grüßen\nThomas Richter\n030 61289344\n",
    "richter@wahlkiez.example", "Thomas Richter", "+493061289344",
)
# near misses
_case(
    "de_near_fax_only",
    "Sehr geehrte Damen und Herren,\n\nhiermit beantrage ich den Zugang zu den XML-Ergebnissen "
    "für die Adresse 203.0.113.10.\n\nMit freundlichen Grüßen\nPetra Lang\nFax 030 61289345\n",
    "lang@wahlkiez.example", "Petra Lang", None,
)
_case(
    "de_near_tax_number",
    "Hallo,\n\nich bräuchte Zugang zum XML-Feed, Server 203.0.113.10.\n\n"
    "Markus Vogel\nSteuernummer 0217 5031 4482\n",
    "vogel@vogel-daten.example", "Markus Vogel", None,
)
_case(
    "cz_near_czech_letter",
    "Dobrý den,\n\nžádám o přístup k výsledkům voleb v XML z adresy 203.0.113.10.\n\n"
    "S pozdravem\nJan Dvořák\n602 418 337\n",
    "dvorak@kladno-zpravy.example", "Jan Dvořák", "+420602418337",
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("contact.phone")] == []
