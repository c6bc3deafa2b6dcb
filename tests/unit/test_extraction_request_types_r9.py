"""Request types, ninth round (issue 18): a foreign sender writes in their own language, so
the request words, the words of filming, negations and withdrawals of German and Polish are
read as a class (with and without their diacritics), not one phrase; wording, formats and
names of the tests' own, none a corpus case."""

from __future__ import annotations

import pytest

from intake.extraction.request_types import FEED, RECORDING, Part, request_types


def _types(text: str, has_ips: bool = False) -> tuple[str, ...]:
    return request_types([(text, Part.TEXT)], has_ips=has_ips)[0]


# ----------------------------------- filming asked for in German or Polish ---------------
# Filming is asked for by any word of filming, a photo or video shoot, a recording of picture
# and sound, or a crew with a verb of asking: 'drehen', 'Fernsehaufnahmen', 'Kamerateam',
# 'filmowanie', 'nagranie', 'nakręcić', 'ekipa' - written with or without diacritics.


@pytest.mark.parametrize(
    "text",
    [
        "Wir möchten am Wahlabend in Ihrem Übernahmezentrum in Brünn filmen.",
        "Hiermit beantragen wir die Erlaubnis für Fernsehaufnahmen im Wahllokal Pilsen.",
        "Antrag\nGegenstand: Drehgenehmigung für den Wahlabend (2 Personen)",
        "Sehr geehrte Damen und Herren,\nbitte um Genehmigung von Video- und Tonaufnahmen "
        "in der Bezirksstelle Olmütz.\nMfG",
        "Unser Kamerateam bittet um Zutritt zur Sammelstelle in Iglau.",
        "Prosimy o zgodę na filmowanie w punkcie odbioru wyników w Libercu.",
        "Chcielibysmy nagrac krotki material w siedzibie komisji w Brnie.",
        "Wnioskujemy o możliwość nakręcenia reportażu podczas liczenia głosów.",
        "Nasza ekipa telewizyjna prosi o wstęp do punktu zbiorczego.",
    ],
)
def test_filming_asked_in_german_or_polish_is_a_permit(text: str) -> None:
    assert _types(text) == (RECORDING,)


# ----------------------------------- declined in German or Polish ------------------------
# A German or Polish negation ('nicht', 'kein', 'nein', 'nie', 'żaden') declines the request
# of its clause, in prose and as a form's value.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wir benötigen keinen Zugang zum XML-Feed, nur eine Drehgenehmigung.", (RECORDING,)),
        ("Filmen werden wir nicht. Wir bitten um Zugang zum XML-Dienst.", (FEED,)),
        ("Drehgenehmigung: nein\nXML-Zugang: ja", (FEED,)),
        (
            "Dostęp do serwera z wynikami nie jest potrzebny, prosimy tylko o zgodę na "
            "nagrywanie.",
            (RECORDING,),
        ),
        ("Nie bedziemy filmowac. Prosimy jedynie o dostep XML.", (FEED,)),
        ("Zgoda na filmowanie: nie\nDostęp XML: tak, prosimy", (FEED,)),
    ],
)
def test_a_german_or_polish_negation_declines(text: str, expected: tuple[str, ...]) -> None:
    assert _types(text) == expected


# ----------------------------------- taken back in German or Polish ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wir beantragen den XML-Zugang und eine Drehgenehmigung.\n"
        "Nachtrag: den Antrag auf Dreharbeiten ziehen wir zurück.",
        "Wir beantragen den XML-Zugang und eine Drehgenehmigung.\n"
        "Update: Die Drehgenehmigung ist storniert.",
        "Prosimy o dostęp do danych XML oraz zgodę na filmowanie.\n"
        "Aktualizacja: rezygnujemy z filmowania.",
        "Prosimy o dostep do danych XML oraz zgode na filmowanie.\n"
        "Wniosek o filmowanie wycofujemy.",
    ],
)
def test_a_german_or_polish_withdrawal_takes_filming_back(text: str) -> None:
    assert _types(text) == (FEED,)
