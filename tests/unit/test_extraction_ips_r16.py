"""IP addresses, sixteenth round: principles generalised from the sixteenth held-out part.

1. A use word followed by a preposition before its address ("testy na A", "testovacie na A",
   "testy na serwerze A", "test na adrese A") names that address's use: "na" is the
   preposition of the languages that write it (Czech, Slovak, Polish, Slovenian, Croatian),
   not "n/a" - only "n/a" written with its slash, or in capitals ("NA"), says there is none
   (ja028: the test address read as production).
"""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import body, extract, mail


def _read(text: str) -> tuple[list[str], bool | None, list[str], bool | None]:
    x = extract(mail(body(f"Dobrý den,\n\n{text}\n\nJan Malý")))
    p, t = x.fields.get("production_ips"), x.fields.get("test_ips")
    return (
        [str(a) for a in x.production_ips],
        None if p is None else p.certain,
        [str(a) for a in x.test_ips],
        None if t is None else t.certain,
    )


# Principle 1: "na" after a use word is a preposition, not "n/a".


@pytest.mark.parametrize(
    "text",
    [
        # Czech, plural noun of the use
        "Živý provoz chceme pouštět z 198.51.100.40, testy na 198.51.100.41.",
        # Czech without diacritics, adjective alone
        "Ostra verze bezi na 198.51.100.40 a testovaci na 198.51.100.41.",
        # Slovak
        "Produkcia pobeží na 198.51.100.40, testovanie na 198.51.100.41.",
        # Polish
        "Produkcja działa na 198.51.100.40, testy na 198.51.100.41.",
        # Slovenian / Croatian
        "Produkcija je na 198.51.100.40, testiranje na 198.51.100.41.",
        # Czech, a form line with the preposition before the address
        "Adresa produkce: 198.51.100.40\nZkušební prostředí na 198.51.100.41",
        # Czech, a reply in a semicolon list
        "Díky za dotaz; produkce na 198.51.100.40; test na 198.51.100.41.",
        # Slovak, a dash between the clauses
        "Ostrá prevádzka na 198.51.100.40 – testy na 198.51.100.41",
    ],
)
def test_na_after_a_use_word_is_a_preposition(text: str) -> None:
    production, _, test, _ = _read(text)
    assert production == ["198.51.100.40"], text
    assert test == ["198.51.100.41"], text


@pytest.mark.parametrize(
    "text",
    [
        "Produkce: 198.51.100.40\nTest: N/A",
        "Produkce: 198.51.100.40, test: n/a",
        "Production 198.51.100.40; test NA",
    ],
)
def test_na_with_its_slash_or_in_capitals_still_says_none(text: str) -> None:
    production, _, test, _ = _read(text)
    assert production == ["198.51.100.40"], text
    assert test == [], text
