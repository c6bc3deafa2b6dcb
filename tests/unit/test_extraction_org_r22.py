"""The organisation, twenty-second round (issue 18). Wording and names are the tests' own,
none a corpus case.

- A name whose last word the designator list holds ("Corporation", "Limited",
  "Incorporated") followed by the legal form its law writes ("d.o.o.", "AB", "GmbH"): the
  name goes on to the last form; a name certain without the form the text writes is wrong.
"""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from intake.extraction.org import legal_name_in
from tests.unit.extraction_helpers import body, extract, mail


def _x(text: str) -> Extraction:
    return extract(mail(body(text), sender="vera@kestrel.example", sender_name="Vera Horn"))


def _name(x: Extraction) -> tuple[object, bool]:
    n = x.fields.get("organization.name")
    return (n.value if n else None, bool(n and n.certain))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Dear colleagues,\n\nBaltic Signal Corporation d.o.o. (OIB 12345678901), Rijeka, "
            "would like to film at your office on election night.\n\nBest,\nVera Horn\n",
            "Baltic Signal Corporation d.o.o.",
        ),
        (
            "Hello,\nwe ask for the XML results feed.\n\nRegards\nVera Horn\nNordlys Media Limited AB\n"
            "Storgatan 5, Malmö\n",
            "Nordlys Media Limited AB",
        ),
        (
            "Dobrý den,\nžádáme o přístup k výsledkům voleb.\n\nS pozdravem\nVera Horn\n"
            "Kestrel Broadcasting Incorporated, GmbH\nWien\n",
            "Kestrel Broadcasting Incorporated, GmbH",
        ),
        (
            "Guten Tag,\nim Auftrag der Danube Press Corporation Kft. bitten wir um Drehgenehmigung "
            "für die Wahlnacht.\nVera Horn\n",
            "Danube Press Corporation Kft.",
        ),
    ],
)
def test_name_goes_on_to_the_last_legal_form(text: str, want: str) -> None:
    value, _ = _name(_x(text))
    assert value == want


def test_legal_name_in_keeps_both_forms() -> None:
    assert legal_name_in("Sava Film Corporation d.o.o., Ljubljana") == "Sava Film Corporation d.o.o."


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a branch after the form is read once, not taken for a second form
        ("Alpine Wire Ltd., organizační složka, Praha", "Alpine Wire Ltd., organizační složka"),
        # two firms joined by "a": the first stays alone
        ("Orel Media s.r.o. a Sokol Print a.s. žádají", "Orel Media s.r.o."),
        # one form only: nothing to add
        ("Kestrel Corporation, Vienna", "Kestrel Corporation"),
    ],
)
def test_no_second_form_no_change(text: str, want: str) -> None:
    assert legal_name_in(text) == want
