"""Round 52's speed rewrites of whole-text patterns find exactly what the patterns they
replace found: one pass for the three countries' words of ``contact._COUNTRIES``, and the
postcode patterns of ``places`` opening with their first digit (the engine then skips to
the digits of a text) instead of a lookbehind at every place. Checked on random texts made
of the words and characters where the patterns could differ."""

from __future__ import annotations

import random
import re

from intake.extraction import contact, places

_OLD_COUNTRIES = (
    (re.compile(r"\b(?=[ubea])(?:UK|U\.K\.|British|Britain|England|britsk\w*|anglick\w*)\b", re.I), "GB"),
    (re.compile(r"\b(?=[gdn])(?:German\w*|Deutsch\w*|německ\w*|nemeck\w*)\b", re.I), "DE"),
    (re.compile(r"\b(?=[aör])(?:Austria\w*|österreich\w*|osterreich\w*|rakousk\w*|rakúsk\w*|rakusk\w*)\b", re.I), "AT"),
)
_COUNTRY_WORDS = (
    "UK", "U.K.", "uk", "British", "britain", "ENGLAND", "britské", "anglický", "German", "deutsche",
    "německý", "nemecky", "Austria", "österreichisch", "Osterreich", "rakouský", "rakúsky", "rakusky",
    "UKRAINE", "Germany.", "x", "-", ".", " ", "\n", "a", "k", "Ö", "ı", "_", "1", "U.K.B",
)  # fmt: skip
_OLD_POSTCODES = (
    re.compile(r"(?<![\w.-])\d{2}-\d{3}[ \t]+[A-ZŁŚŻŹĆÓ][a-ząćęłńóśźż]"),
    re.compile(r"(?<![\w.-])[1-9]\d{3}[ \t]?[A-Z]{2}[ \t]+[A-Z][a-z]"),
)
_OLD_POSTCODE_TOWN = re.compile(rf"(?<![\w.-])\d{{2,3}}[ -]?\d{{2,3}}[ \t]+({places._TOWN})(?!\w)")
_POSTCODE_BITS = (
    "1", "2", "0", "9", "-", ".", " ", "\t", "a", "A", "Ł", "ą", "CX", "Kr", "_", "x", "12", "345",
    "\n", "Am", "Wien", "Katowice", "České Budějovice", "Zürich", "Brno", "Praha",
)  # fmt: skip


def _texts(bits: tuple[str, ...], seed: int, count: int = 6000) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(bits) + rnd.choice(("", " ", ".", "-")) for _ in range(rnd.randint(1, 10))) for _ in range(count)]


def test_one_pass_finds_the_countries_each_pattern_found() -> None:
    for text in _texts(_COUNTRY_WORDS, 1):
        old = {region for rx, region in _OLD_COUNTRIES if rx.search(text)}
        assert {str(m.lastgroup) for m in contact._COUNTRIES.finditer(text)} == old, text


def test_postcodes_opening_with_a_digit_match_as_before() -> None:
    for text in _texts(_POSTCODE_BITS, 2):
        for old, (new, _) in zip(_OLD_POSTCODES, places._COUNTRY_POSTCODES, strict=False):
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], text
        new_towns = [(m.span(), m.group(1)) for m in places._POSTCODE_TOWN.finditer(text)]
        assert new_towns == [(m.span(), m.group(1)) for m in _OLD_POSTCODE_TOWN.finditer(text)], text


def test_country_postcodes_as_written() -> None:
    assert places.places_country("ul. Floriańska 5, 31-147 Kraków") == "PL"
    assert places.places_country("Keizersgracht 1, 1015 CX Amsterdam") == "NL"
    assert places.places_country("1 Fleet Street, London EC4Y 1AA") == "GB"
    assert places.places_country("Londýn, bez PSČ") is None
