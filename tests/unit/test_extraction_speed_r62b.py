"""Round 62's speed cuts in contact, fields and org find exactly what they replace:

- ``contact._AT_WORD`` opens with a lookahead of its matches' first characters (a bracket,
  the Czech word's "z"), and ``contact._SPELLED_OUT`` built from it finds what it found;
- ``contact._SPACED_DOT_HINT`` is found in every text ``contact._SPACED_DOT`` changes, so the
  costly substitution is skipped only where it changes nothing;
- ``fields._NOT_PHONES`` opens with a second lookahead (a digit, or up to four hex digits and
  a colon): the same matches;
- ``org._LEGAL_TAIL`` grouped (``alternation.grouped``) cuts what the pattern as written cut,
  and ``org._without_legal_tail`` is that cut;
- ``contact._without_nicknames`` tests each quote's containment, as ``isdisjoint`` did.

Checked on random texts made of the pieces where the patterns could differ (near misses:
brackets without the words, the words without brackets, hex letters without a colon, the
case twins "İ", "ı", "ſ", "K") and on the lines of the tuning corpus."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from functools import cache

from intake.extraction import contact, fields, org
from intake.extraction.segments import Block, Kind, Line
from tests.corpus.loader import cases

_OLD_AT_WORD = re.compile(
    r"(?:[(\[{<]\s*(?:at|zavin[aá][cč]|ma[łl]p[aąę]|kukac|affe|arobase|arroba|chiocciola)\s*[)\]}>]"
    r"|(?<!\w)zavin[aá][cč](?!\w))",
    re.IGNORECASE,
)
_OLD_SPELLED_OUT = re.compile(
    rf"(?<![\w.+-])([\w+-]+(?:{contact._DOT_WORD}[\w+-]+)*)\s*{_OLD_AT_WORD.pattern}\s*([\w-]+(?:{contact._DOT_WORD}[\w-]+)+)",
    re.IGNORECASE,
)
_OLD_NOT_PHONES = re.compile(fields._NOT_PHONES.pattern.replace(r"(?=\d|[0-9A-Fa-f]{0,4}:)", "", 1))
_OLD_LEGAL_TAIL = re.compile(rf",?\s*{org._LEGAL}.*$")
_OLD_QUOTES = frozenset("„“\"‚‘'»«")

_AT_BITS = (
    "(", ")", "[", "]", "{", "}", "<", ">", " ", "  ", "\n", "at", "AT", "At", "zavináč", "ZAVINÁČ",
    "Zavinac", "zavinač", "małpa", "MALPA", "kukac", "affe", "arobase", "arroba", "chiocciola",
    "jan", "novak", ".", "dot", "tečka", "cz", "example", "z", "Z", "x", "ı", "İ", "ſ", "K", "_", "-",
    "@", "1", "bodka", "punkt",
)  # fmt: skip
_DOT_BITS = (
    "@", "jan", "novak", ".", ". ", ".  ", ".\n", " ", "\t", "\u00a0", "example", "Example", "cz",
    "uhp", "-", "_", "+", "x1", "a", "Z", "é", "\n", "@@",
)  # fmt: skip
_PHONE_BITS = (
    "1", "2", "25", "255", "192", "0", "10", ".", ":", "::", "a", "b", "f", "F", "ab", "fe80", "dead",
    "beef", "cafe", "face", "g", "x", " ", ",", "/", "-", "+", "/0800", "2025", "12.", "3.", "\n",
    "abcd:", "Abc", "e", "E", "٣", "٤", "١٢",
)  # fmt: skip
_LEGAL_BITS = (
    "ACME", "Media", ",", " ", "  ", "\n", "s.r.o.", "s. r. o.", "a.s.", "GmbH", "AG", "Ltd", "Ltd.",
    "SE", "spol.", "z.s.", "z. ú.", "Co.", "&", "KG", "UG (haftungsbeschränkt)", "Sp. z o.o.",
    "spolek", "akciová společnost", "–", "x", "Inc.", "LLC", "SA", "NV", "Kft.", "ENK", "e.V.",
    "ag", "se", "Praha", "1", "o.s.", "o. s. ř.",
)  # fmt: skip


def _texts(bits: tuple[str, ...], seed: int, count: int = 3000) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(bits) for _ in range(rnd.randint(1, 14))) for _ in range(count)]


@cache
def _corpus_lines() -> tuple[str, ...]:
    """The lines of every fortieth tuning case's raw text (near enough to the rules' input),
    but for the long lines of encoded parts (base64), which hold no words."""
    out: list[str] = []
    for k, (path, _) in enumerate(cases("tuning")):
        if k % 40 == 0:
            out += [ln for ln in path.read_bytes().decode("utf-8", "replace").splitlines() if len(ln) <= 400]
    return tuple(out)


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


def _both(bits: tuple[str, ...], seed: int) -> Iterator[str]:
    yield from _texts(bits, seed)
    yield from _corpus_lines()


def test_the_at_word_lookahead_finds_what_the_pattern_found() -> None:
    for text in _both(_AT_BITS, 1):
        assert _spans(contact._AT_WORD, text) == _spans(_OLD_AT_WORD, text), text
        assert _spans(contact._SPELLED_OUT, text) == _spans(_OLD_SPELLED_OUT, text), text


def test_the_spaced_dot_hint_is_in_every_text_the_pattern_changes() -> None:
    for text in _both(_DOT_BITS, 2):
        if contact._SPACED_DOT.search(text) is not None:
            assert contact._SPACED_DOT_HINT.search(text) is not None, text
    # and the hint alone changes nothing: the substitution reads what it read
    for text in _texts(_DOT_BITS, 3):
        if contact._SPACED_DOT_HINT.search(text) is None:
            assert contact._SPACED_DOT.sub(r"\1.\2", text) == text


def test_the_phone_blanking_lookahead_finds_what_the_pattern_found() -> None:
    for text in _both(_PHONE_BITS, 4):
        assert _spans(fields._NOT_PHONES, text) == _spans(_OLD_NOT_PHONES, text), text


def test_the_grouped_legal_tail_cuts_what_the_pattern_cut() -> None:
    for text in _both(_LEGAL_BITS, 5):
        assert org._LEGAL_TAIL.sub("", text) == _OLD_LEGAL_TAIL.sub("", text), text
        assert org._without_legal_tail(text) == _OLD_LEGAL_TAIL.sub("", text), text


def test_the_quote_test_is_isdisjoint() -> None:
    bits = ("„", "“", '"', "‚", "‘", "'", "»", "«", "a", " ", "Jan", "”", "’", "`", "´", "\n")
    for k, text in enumerate(_texts(bits, 6, 2000)):
        expected = not _OLD_QUOTES.isdisjoint(text)
        assert any(q in text for q in contact._QUOTES) == expected
        block = Block("body", Kind.OWN, (Line(k, text),))
        kept = contact._without_nicknames([block])[0] is block
        assert kept or expected
