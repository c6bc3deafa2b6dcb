"""Request types, nineteenth round (issue 18): a request put off to a later year, election
or time ("až příští rok", "ale dopiero w przyszłym roku", "erst nächstes Jahr", "a separate
request later") is not asked for now. Wording, formats and names are the tests' own, none a
corpus case."""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from tests.unit.extraction_helpers import BOTH, FEED, SIG
from tests.unit.extraction_helpers import body as _body
from tests.unit.extraction_helpers import extract as _x
from tests.unit.extraction_helpers import mail as _mail

_IP = "\nAdresy pro ostrý provoz: 192.0.2.10\n"


def _read(text: str, subject: str = "Žádost") -> Extraction:
    return _x(_mail(_body(text + _IP + SIG), subject=subject))


# ---------------- a request put off to a later time is not asked for now ----------------
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Žádáme o přístup k XML výsledkům. Natáčet bychom rádi přišli, ale až příští rok při volbách prezidenta.", id="cs-ale-az-pristi-rok"),
        pytest.param("Prosíme o zpřístupnění XML dat. Povolení k natáčení si vyžádáme teprve v příštím roce.", id="cs-teprve-v-pristim-roce"),
        pytest.param("Žiadame o prístup k XML. Nakrúcanie by sme chceli, no až budúci rok.", id="sk-az-buduci-rok"),
        pytest.param("We request access to the XML feed. We would like to film at a counting centre, but not until next year's presidential election.", id="en-not-until"),
        pytest.param("Please register us for the XML results feed. Filming is something we will request later, in a separate request.", id="en-request-later"),
        pytest.param("Wir beantragen Zugang zu den XML-Daten. Drehen möchten wir auch, aber erst nächstes Jahr.", id="de-erst-naechstes-jahr"),
        pytest.param("Prosimy o dostęp do danych XML. Chcielibyśmy też nagrać materiał filmowy, lecz dopiero w przyszłym roku – wtedy wystąpimy osobno.", id="pl-lecz-dopiero"),
        pytest.param("Žádáme o přístup k XML. O povolení natáčení požádáme později samostatnou žádostí.", id="cs-pozdeji"),
    ],
)
def test_request_put_off_is_not_asked_for_now(text: str) -> None:
    x = _read(text)
    assert tuple(x.request_types) == FEED


@pytest.mark.parametrize(
    "text",
    [
        # the coming election named "next": no putting off
        pytest.param("Žádáme o přístup k XML výsledkům a o povolení natáčet při příštích volbách do Sněmovny.", id="cs-pristi-volby"),
        pytest.param("For the next election we request access to the XML feed and permission to film at the collection point.", id="en-next-election"),
        # a time later in the day, a later address: no putting off of a request
        pytest.param("Žádáme o přístup k XML a o povolení natáčet na sběrném místě, štáb dorazí později večer.", id="cs-pozdeji-vecer"),
        pytest.param("We request access to the XML feed and permission to film at the collection point; the test address will follow later.", id="en-address-later"),
        # conditional requests still count
        pytest.param("Žádáme o přístup k XML a pokud to půjde, také o povolení natáčet.", id="cs-pokud-to-pujde"),
    ],
)
def test_a_later_time_that_puts_nothing_off_keeps_the_request(text: str) -> None:
    x = _read(text)
    assert tuple(x.request_types) == BOTH


def test_put_off_request_is_flagged_beside_the_asking_clause() -> None:
    text = "Žádáme o přístup k XML. Rádi bychom také natáčeli, ale až v příštím roce."
    x = _read(text)
    assert tuple(x.request_types) == FEED


# ------- who films, named after the filming is declined, asks for no filming -------
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Žádáme o přístup k XML. O natáčení letos nežádáme, náš fotograf bude jen venku před budovou.", id="cs-fotograf-venku"),
        pytest.param("Žiadame o prístup k XML. Nakrúcanie nepotrebujeme, kameraman bude len v štúdiu na Kolibe.", id="sk-kameraman"),
        pytest.param("We request access to the XML feed. We do not need a filming permit; our photographer will stay outside.", id="en-photographer"),
        pytest.param("Wir beantragen den XML-Zugang. Eine Drehgenehmigung brauchen wir nicht, unser Kameramann wird draußen sein.", id="de-kameramann"),
    ],
)
def test_people_named_after_a_declined_filming_ask_for_nothing(text: str) -> None:
    x = _read(text)
    assert tuple(x.request_types) == FEED


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Žádáme o přístup k XML. Na sběrném místě bude náš kameraman.", id="cs-people-only"),
        pytest.param("We request access to the XML feed and would like to send our camera crew to the collection point.", id="en-crew-asked"),
    ],
)
def test_people_alone_still_ask_for_the_filming(text: str) -> None:
    x = _read(text)
    assert tuple(x.request_types) == BOTH


# ------------- an item taken back by a German or Polish reference ("Punkt 2") -------------
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Wir ersuchen um\n1) Zugang zum XML-Dienst\n2) eine Drehgenehmigung für den Wahlabend.\nNachtrag: Punkt 2 ziehen wir zurück.", id="de-punkt-zurueck"),
        pytest.param("Wir beantragen\n1) XML-Zugang,\n2) Drehgenehmigung.\nPunkt 2 entfällt.", id="de-punkt-entfaellt"),
        pytest.param("Wnosimy o\n1) dostęp do danych XML,\n2) zgodę na nagrywanie.\nPunkt 2 wycofujemy.", id="pl-punkt-wycofujemy"),
        pytest.param("Wnosimy o\n1) dostęp do danych XML,\n2) zgodę na nagrywanie.\nPozycję 2 anulujemy.", id="pl-pozycje-anulujemy"),
    ],
)
def test_item_taken_back_by_punkt(text: str) -> None:
    x = _read(text)
    assert tuple(x.request_types) == FEED


def test_punkt_keeping_an_item_keeps_both() -> None:
    x = _read("Wir ersuchen um\n1) Zugang zum XML-Dienst\n2) eine Drehgenehmigung.\nPunkt 2 ist uns besonders wichtig.")
    assert tuple(x.request_types) == BOTH


# ---------------- asked not to register a request it names before ----------------
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Žádáme o přístup k XML. Natáčení vyřešíme jindy, teď ho prosím neevidujte.", id="cs-neevidujte"),
        pytest.param("Žádáme o přístup k XML. Natáčení prosím do žádosti nezapisujte.", id="cs-nezapisujte"),
        pytest.param("We request access to the XML feed. As for filming, please don't register it this time.", id="en-dont-register"),
        pytest.param("Wir beantragen den XML-Zugang. Die Drehgenehmigung bitte nicht bearbeiten.", id="de-nicht-bearbeiten"),
    ],
)
def test_asked_not_to_register_a_request(text: str) -> None:
    x = _read(text)
    assert tuple(x.request_types) == FEED
