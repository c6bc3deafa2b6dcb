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

from intake.extraction import contact, extract, fields, ips, org, reference, request_types

PREFILTERED = {
    "request_types._ANY_CUE": request_types._ANY_CUE,
    "request_types._NOT": request_types._NOT,
    "request_types._WITHDRAW": request_types._WITHDRAW,
    "request_types._QUESTION_OR_MAYBE": request_types._QUESTION_OR_MAYBE,
    "extract._EN": extract._EN,
    "extract._TAKE_BACK": extract._TAKE_BACK,
    "extract._SWAP": extract._SWAP,
    "extract._AMENDS": extract._AMENDS,
    "extract._CS": extract._CS,
    "ips._SAME_AS": ips._SAME_AS,
    "ips._CORRECTION": ips._CORRECTION,
    "ips._REMOVAL_HEADING": ips._REMOVAL_HEADING,
    "ips._CHANGE": ips._CHANGE,
    "ips._REFUSAL": ips._REFUSAL,
    "ips._NAT_HINT": ips._NAT_HINT,
    "ips._NEUTRAL": ips._NEUTRAL,
    "ips._IN_ITS_PLACE": ips._IN_ITS_PLACE,
    "contact._NANP": contact._NANP,
    "org._PREFIX_FORM": org._PREFIX_FORM,
    "reference._HINT": reference._HINT,
    "fields._NOT_PHONES": fields._NOT_PHONES,
}

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
    assert parsed.data[0][0] is sre.ASSERT, "the lookahead opens the whole pattern"
    look = re.match(r"\(\?=(\[[^\]]+\])\)", rx.pattern)
    assert look is not None
    letters = re.compile(look.group(1), rx.flags)
    firsts, empty = _first(parsed.data[1:])
    assert firsts is not None and not empty
    missing = [
        (chr(f), ch)
        for f in firsts
        for ch in [*_CASED, chr(f)]
        if re.fullmatch(re.escape(chr(f)), ch, rx.flags) and not letters.fullmatch(ch)
    ]
    assert missing == []


def test_the_check_sees_a_missing_letter() -> None:
    """A pattern whose lookahead lacks the first letter of one of its words fails the check."""
    rx = re.compile(r"(?=[ab])\b(?:alfa|beta|gama)\b", re.IGNORECASE)
    firsts, _ = _first(sre_parse.parse(rx.pattern, rx.flags).data[1:])
    assert firsts is not None and ord("g") in firsts
    assert not re.compile("[ab]", re.IGNORECASE).fullmatch("g")
