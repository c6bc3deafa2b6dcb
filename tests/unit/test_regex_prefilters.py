"""The extraction's costly word patterns open with a lookahead of their words' first letters
(``(?=[…])``): a quick test at each position of a text that leaves the matches as they were
only while every alternative of the pattern starts with one of those letters. A word added
to a pattern with a new first letter would silently never match; these tests fail instead.

The first characters are read from the parsed pattern (``re._parser``, CPython's own parser:
a test-only use of a private module)."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
import sys
from typing import Any

import pytest

from intake.extraction import contact, extract, fields, ips, ocr, org, reference, request_types

PREFILTERED = {
    f"{module.__name__.rsplit('.', 1)[1]}.{name}": value
    for module in (contact, extract, fields, ips, ocr, org, reference, request_types)
    for name, value in vars(module).items()
    if isinstance(value, re.Pattern)
    and isinstance(value.pattern, str)
    and value.pattern.removeprefix("\\b").startswith("(?=[")
}
"""Every module-level pattern of the field rules that opens with a lookahead of first letters,
found by scanning the modules (a new one is checked without being listed)."""

_CASED = [
    chr(c)
    for c in range(sys.maxunicode + 1)
    if chr(c).lower() != chr(c) or chr(c).upper() != chr(c) or chr(c).casefold() != chr(c)
]
"""Every character another may match in any letter case (an uncased one matches only itself)."""
_DIGITS = {c for c in range(sys.maxunicode + 1) if chr(c).isdecimal()}
"""What ``\\d`` matches in a text pattern: every decimal digit of Unicode."""


def _first(items: Any) -> tuple[set[int] | None, bool]:
    """The characters a match of the parsed sequence can start with (None: any), and whether
    it can match the empty string."""
    out: set[int] = set()
    for op, av in items:
        chars, empty = _first_of(op, av)
        if chars is None:
            return None, False
        out |= chars
        if not empty:
            return out, False
    return out, True


def _first_of(op: Any, av: Any) -> tuple[set[int] | None, bool]:
    if op is sre.LITERAL:
        return {av}, False
    if op is sre.IN:
        chars: set[int] = set()
        for o, a in av:
            if o is sre.LITERAL:
                chars.add(a)
            elif o is sre.RANGE:
                chars |= set(range(a[0], a[1] + 1))
            elif o is sre.CATEGORY and a is sre.CATEGORY_DIGIT:
                chars |= _DIGITS
            else:
                return None, False
        return chars, False
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True  # zero-width
    if op is sre.SUBPATTERN:
        return _first(av[3])
    if op is sre.BRANCH:
        out: set[int] = set()
        empty = False
        for branch in av[1]:
            chars, e = _first(branch)
            if chars is None:
                return None, False
            out, empty = out | chars, empty or e
        return out, empty
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        chars, e = _first(av[2])
        return chars, av[0] == 0 or e
    return None, False


@pytest.mark.parametrize("name", sorted(PREFILTERED))
def test_lookahead_admits_every_first_letter(name: str) -> None:
    rx = PREFILTERED[name]
    parsed = sre_parse.parse(rx.pattern, rx.flags)
    at = 1 if parsed.data[0][0] is sre.AT else 0  # a word boundary before it changes nothing
    assert parsed.data[at][0] is sre.ASSERT, "the lookahead opens the whole pattern"
    look = re.match(r"(?:\\b)?\(\?=(\[[^\]]+\])\)", rx.pattern)
    assert look is not None
    letters = re.compile(look.group(1), rx.flags)
    firsts, empty = _first(parsed.data[at + 1 :])
    assert firsts is not None and not empty
    missing = [
        (chr(f), ch)
        for f in firsts
        for ch in [*_CASED, chr(f)]
        if re.fullmatch(re.escape(chr(f)), ch, rx.flags) and not letters.fullmatch(ch)
    ]
    assert missing == []


def test_the_scan_finds_the_prefiltered_patterns() -> None:
    assert {"request_types._NOT", "ips._NEXT_WORD", "fields._NOT_PHONES", "ocr._QUAD"} <= set(PREFILTERED)
    assert len(PREFILTERED) >= 25


def test_the_check_sees_a_missing_letter() -> None:
    """A pattern whose lookahead lacks the first letter of one of its words fails the check."""
    rx = re.compile(r"(?=[ab])\b(?:alfa|beta|gama)\b", re.IGNORECASE)
    firsts, _ = _first(sre_parse.parse(rx.pattern, rx.flags).data[1:])
    assert firsts is not None and ord("g") in firsts
    assert not re.compile("[ab]", re.IGNORECASE).fullmatch("g")
