"""A lookahead of first letters opening one alternative of a pattern (``(?=[…])`` before that
alternative's lookbehinds and words): the matches stay as they were only while every word of the
alternative starts with one of its letters, in every letter case the pattern reads
(``test_regex_prefilters`` checks such a lookahead opening a whole pattern)."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse

import pytest

from intake.extraction import ips
from tests.unit.test_regex_prefilters import _CASED, _first

BRANCH_PREFILTERED = {
    "ips._NOT_AN_ADDRESS": ips._NOT_AN_ADDRESS,
    "ips._NOT_AN_ADDRESS_LOWER": ips._NOT_AN_ADDRESS_LOWER,
}


def _prefiltered_branches(rx: re.Pattern[str]) -> list[tuple[re.Pattern[str], list[object]]]:
    """(the lookahead's letters, the rest of the alternative) of each top-level alternative
    that opens with a lookahead of one character class."""
    parsed = sre_parse.parse(rx.pattern, rx.flags)
    branches = parsed.data[0][1][1] if parsed.data[0][0] is sre.BRANCH else [parsed.data]
    out = []
    for branch in branches:
        items = list(branch)
        if not items or items[0][0] is not sre.ASSERT or items[0][1][0] != 1:
            continue
        look = items[0][1][1]
        if len(look) != 1 or look[0][0] is not sre.IN:
            continue
        chars = "".join(chr(a) for o, a in look[0][1] if o is sre.LITERAL)
        assert len(chars) == len(look[0][1]), "letters only in the lookahead"
        out.append((re.compile(f"[{re.escape(chars)}]", rx.flags), items[1:]))
    return out


@pytest.mark.parametrize("name", sorted(BRANCH_PREFILTERED))
def test_branch_lookahead_admits_every_first_letter(name: str) -> None:
    rx = BRANCH_PREFILTERED[name]
    found = _prefiltered_branches(rx)
    assert found, "the pattern has an alternative opening with a lookahead"
    for letters, rest in found:
        firsts, empty = _first(rest)
        assert firsts is not None and not empty
        missing = [
            (chr(f), ch)
            for f in firsts
            for ch in [*_CASED, chr(f)]
            if re.fullmatch(re.escape(chr(f)), ch, rx.flags) and not letters.fullmatch(ch)
        ]
        assert missing == []


def test_the_check_sees_a_missing_letter() -> None:
    rx = re.compile(r"\bx\w+$|(?=[ab])(?<!\bno )\b(?:alfa|beta|gama)\b", re.IGNORECASE)
    (letters, rest), = _prefiltered_branches(rx)
    firsts, _ = _first(rest)
    assert firsts is not None and ord("g") in firsts and not letters.fullmatch("g")
