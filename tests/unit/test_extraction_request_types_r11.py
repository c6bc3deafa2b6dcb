"""Request types, eleventh round (issue 18): a "štáb" (crew) word is a request for filming only
when it means people coming to film; a party's or a candidate's campaign headquarters
("volební štáb", "ve štábu hnutí", "vo volebnom štábe") is a place the applicant's people will
be, not a crew at the office. Wording, formats and names are the tests' own, none a corpus
case."""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import BOTH, FEED
from tests.unit.extraction_helpers import body as _body
from tests.unit.extraction_helpers import extract as _x
from tests.unit.extraction_helpers import mail as _mail
from tests.unit.extraction_helpers import text_file as _text_file

_SIG = "\nKontakt: Iva Nová, 603 123 456, iva@zpravy.example\nProdukční IP: 192.0.2.10\n"


def _types(text: str) -> tuple[str, ...]:
    return _x(_mail(_body(text + _SIG))).request_types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        pytest.param(
            "Žádáme o přístup k XML. Natáčet u vás nebudeme, redaktory máme ve volebním štábu ODS.",
            FEED,
            id="cs-decline-then-campaign-hq",
        ),
        pytest.param(
            "Prosíme o přístup k XML; naši reportéři budou celý večer ve štábu hnutí.",
            FEED,
            id="cs-hq-of-a-movement",
        ),
        pytest.param(
            "Zadame o pristup k XML, reportery budeme mit ve volebnim stabu.",
            FEED,
            id="cs-ascii-campaign-hq",
        ),
        pytest.param(
            "Žiadame o prístup k XML výsledkom. Redaktori budú vo volebnom štábe strany.",
            FEED,
            id="sk-campaign-hq",
        ),
        pytest.param(
            "Žádáme o XML s výsledky. Večer budeme ve štábu kandidáta.",
            FEED,
            id="cs-candidate-hq",
        ),
        pytest.param(
            "Přístup k XML: ano\nNatáčení: ne\nPoznámka: reportéři budou ve volebních štábech",
            FEED,
            id="cs-form-note",
        ),
        pytest.param(
            "Žádáme o přístup k XML výstupu. Živě budeme vysílat ze štábů stran.",
            FEED,
            id="cs-broadcast-from-party-hq",
        ),
        pytest.param(
            "Prosíme o XML. O natáčení nežádáme, budeme jen ve volebním štábu koalice.",
            FEED,
            id="cs-decline-comma-hq",
        ),
    ],
)
def test_a_campaign_headquarters_is_no_crew(text: str, types: tuple[str, ...]) -> None:
    assert _types(text) == types


def test_a_campaign_headquarters_in_an_attachment() -> None:
    x = _x(
        _mail(
            _body("Žádost v příloze." + _SIG),
            _text_file("zadost.txt", "Žádáme o přístup k XML.\nNaši lidé budou ve štábech stran.\n"),
        )
    )
    assert x.request_types == FEED


@pytest.mark.parametrize(
    ("text", "types"),
    [
        pytest.param("Žádáme o XML a rádi bychom k vám na přebírací místo poslali štáb.", BOTH, id="cs-send-crew"),
        pytest.param("Náš štáb by rád natáčel na přebíracím místě v Kolíně.", BOTH, id="cs-crew-films"),
    ],
)
def test_a_crew_coming_to_film_still_asks(text: str, types: tuple[str, ...]) -> None:
    assert _types(text) == types
