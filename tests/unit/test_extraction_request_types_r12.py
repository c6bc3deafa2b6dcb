"""Request types, twelfth round (issue 18): the applicant's people working at their own
place (a report broadcast from the studio, a crew in the newsroom) ask for no permit to film
at the office's collection points; a declined filming stays declined. Wording and names are
the tests' own, none a corpus case."""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import FEED, SIG
from tests.unit.extraction_helpers import body as _body
from tests.unit.extraction_helpers import extract as _x
from tests.unit.extraction_helpers import mail as _mail

_IP = "\nAdresy pro ostrý provoz: 192.0.2.10\n"


def _types(text: str) -> tuple[str, ...]:
    return tuple(_x(_mail(_body(text + _IP + SIG))).request_types)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Žádáme o přístup k XML. Natáčet u vás nebudeme, reportáže odvysíláme jen ze studia.",
            id="cs-reports-from-studio",
        ),
        pytest.param(
            "Zadame o pristup k XML. O nataceni nezadame, reportaze budeme vysilat pouze ze studia.",
            id="cs-ascii-declined-then-studio",
        ),
        pytest.param(
            "Žiadame o prístup k XML. Nakrúcať nebudeme, reportáže budeme vysielať iba zo štúdia.",
            id="sk-zo-studia",
        ),
        pytest.param(
            "We ask for access to the XML feed. No filming at your offices; our camera crew will stay in the studio.",
            id="en-crew-in-studio",
        ),
        pytest.param(
            "We request XML feed access. We will not film; our reporters will broadcast from our own studio.",
            id="en-reporters-own-studio",
        ),
        pytest.param(
            "Wir beantragen den XML-Zugang. Drehen werden wir nicht, das Kamerateam arbeitet im Studio.",
            id="de-kamerateam-im-studio",
        ),
        pytest.param(
            "Prosimy o dostęp do XML. Nie będziemy filmować, ekipa zostanie w naszym studiu.",
            id="pl-ekipa-w-studiu",
        ),
        pytest.param(
            "Žádáme o XML výsledky. Bez natáčení – náš kameraman bude ve vlastní redakci.",
            id="cs-kameraman-v-redakci",
        ),
        pytest.param(
            "Žádáme o přístup k XML.\nNatáčení: ne, fotograf bude celý večer v naší redakci.",
            id="cs-form-line-fotograf-redakce",
        ),
        pytest.param("Žádáme o přístup k XML. Reportáže budeme vysílat z našeho studia.", id="cs-no-decline-studio"),
        pytest.param("Prosíme o XML. Fotografa budeme mít celý večer ve vlastní redakci.", id="cs-no-decline-redakce"),
        pytest.param("Prosimy o XML. Kamerzysta będzie w naszym studiu przez cały wieczór.", id="pl-no-decline-studio"),
    ],
)
def test_people_working_at_their_own_place_ask_no_permit(text: str) -> None:
    assert _types(text) == FEED


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Žádáme o XML a o povolení natáčet; náš štáb přijede ze studia v Brně.", id="cs-crew-comes-from-studio"),
        pytest.param("We request XML access and a permit to film; our crew will film at the collection point.", id="en-crew-films-there"),
    ],
)
def test_a_permit_asked_for_stays_asked(text: str) -> None:
    assert "recording_permit" in _types(text)
