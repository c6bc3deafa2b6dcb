"""``alternation.grouped`` rewrites a large alternation as a trie of its alternatives' leading
literal characters: the rewritten pattern must find exactly what the written one finds (the
same spans, groups and group names). These tests check the builder on small patterns, then
every module-level pattern of the field rules built with it (found by scanning the modules:
a new one is checked without being listed), against the pattern as written, on every line of
every tuning case's texts (as written, and folded in lower case) and on strings made of the
pattern's own words."""

from __future__ import annotations

import re
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.extraction import (
    alternation,
    contact,
    extract,
    fields,
    ips,
    org,
    request_types,
    sections,
)
from intake.extraction.alternation import grouped

BUILT = {
    f"{module.__name__.rsplit('.', 1)[1]}.{name}": value
    for module in (contact, extract, fields, ips, org, request_types, sections)
    for name, value in vars(module).items()
    if isinstance(value, re.Pattern) and value.pattern in alternation.WRITTEN
}
"""Every module-level pattern of the field rules built by ``grouped`` (or rebound by
``regroup_case_blind``)."""


def _written(name: str) -> re.Pattern[str]:
    rx = BUILT[name]
    return re.compile(alternation.WRITTEN[rx.pattern], rx.flags)


def _reads(rx: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups(), m.lastgroup) for m in rx.finditer(text)]


def test_the_scan_finds_the_patterns() -> None:
    assert {
        "request_types._ANY_CUE_LOWER",
        "request_types._REC_CUES_LOWER",
        "ips._NOT_AN_ADDRESS_LOWER",
        "org._LEGAL_ANY",
        "contact._PROSE_WORD",
        # case-blind, rebound by ``regroup_case_blind``
        "ips._NEUTRAL",
        "request_types._WITHDRAW",
        "org._HOW_ONE_WORKS",
    } <= set(BUILT)
    assert all(rx.flags & re.IGNORECASE for name, rx in BUILT.items() if name.endswith("_NEUTRAL"))


@pytest.mark.parametrize(
    ("written", "want"),
    [
        (r"natac\w*|natoc\w*|nakruc\w*", r"na(?:t(?:ac\w*|oc\w*)|kruc\w*)"),
        # "\b" before a word character moves after it, so the literal leads
        (r"\bto\s+x|\btoc|x", r"t(?<!\w.)o(?:\s+x|c)|x"),
        # a quantified letter is no literal prefix
        (r"abs?|abc", r"ab(?:s?|c)"),
        # no alternative moves past one it could match beside (a class, a lookbehind, "\b")
        (r"ab|[ax]c|ad", r"ab|[ax]c|ad"),
        (r"ab|(?<=e)c|ad", r"ab|(?<=e)c|ad"),
        (r"ab|\bac|ad", r"a(?:b|(?<!\w.)c|d)"),
        # past one that starts with another literal it does
        (r"ab|xc|ad", r"a(?:b|d)|xc"),
        # groups are regrouped inside, but not one with flags of its own
        (r"(?=[ab])(?:ab|ac)(?:x|y)", r"(?=[ab])(?:a(?:b|c))(?:x|y)"),
        (r"(?i:ab|ac)", r"(?i:ab|ac)"),
        # capturing groups never move (their numbers would change)
        (r"(a)b|xc|(a)c", r"(a)b|xc|(a)c"),
        (r"(?P<one>ab|ac)|x", r"(?P<one>a(?:b|c))|x"),
        # an escaped character is a literal; an empty alternative keeps its place
        (r"a\.b|a\.c|a|", r"a(?:\.(?:b|c)|)|"),
        (r"[(|]a|[|]b", r"[(|]a|[|]b"),
        # the same character written two ways is no other literal
        (r"ab|a\-|\-x|-y|\-z", r"a(?:b|\-)|\-x|-y|\-z"),
    ],
)
def test_the_builder(written: str, want: str) -> None:
    assert grouped(written) == want
    assert alternation.WRITTEN[want] == written


@pytest.mark.parametrize(
    ("written", "want"),
    [
        # the same literal as written merges; a letter in another case neither merges nor
        # moves past it (the two read the same characters)
        (r"ab|ac|Ad|xe|ag", r"a(?:b|c)|Ad|xe|ag"),
        (r"ab|xc|ad", r"a(?:b|d)|xc"),
        # "i" and "ı", "s" and "ſ", "k" and Kelvin's "K" read one another: no move past
        ("ia|xb|ıc|id", "ia|xb|ıc|id"),
        ("sa|xb|ſc|sd", "sa|xb|ſc|sd"),
        ("ka|xb|Kc|kd", "ka|xb|Kc|kd"),
        # an uncased character reads itself only
        (r"-a|xb|-c", r"-(?:a|c)|xb"),
    ],
)
def test_the_builder_blind_to_case(written: str, want: str) -> None:
    assert grouped(written, re.IGNORECASE) == want
    assert alternation.WRITTEN[want] == written


def test_verbose_or_ascii_case_blind_is_refused() -> None:
    with pytest.raises(ValueError):
        grouped("ab|ac", re.VERBOSE)
    with pytest.raises(ValueError):
        grouped("(?ai)ab|ac")


@pytest.mark.parametrize(
    ("alt", "captures"),
    [
        ("ab", False),
        (r"a(?:b|c)(?=x)(?<!y)(?i:z)(?#note)", False),
        (r"a\(b[(]c[^)(]", False),
        (r"[]()]x", False),
        (r"a(b)", True),
        (r"(?P<n>a)", True),
        (r"(?:a(b))", True),
        (r"(?P=n)", True),
        (r"\\(a)", True),
    ],
)
def test_a_capturing_group_is_read_from_the_text(alt: str, captures: bool) -> None:
    assert alternation._captures(alt) is captures
    assert (re.compile(alt).groups > 0 if "P=" not in alt else True) is captures


@cache
def _tuning_lines() -> list[str]:
    from intake.extraction.request_types import _FOLD
    from tests.corpus.loader import cases, parse_path

    lines: set[str] = set()
    for path, _ in cases("tuning"):
        parsed = parse_path(path)
        texts = [parsed.subject, *(c.text for c in parsed.components if c.text)]
        for text in texts:
            for line in text.splitlines():
                # as written, and as the patterns blind to no case read it (folded, lower)
                lines.update((line, line.translate(_FOLD).lower()))
    return sorted(lines)


@cache
def _tuning_sample() -> str:
    """Every eighth distinct line of the tuning texts (as written and folded), one per line:
    since the case-blind patterns are grouped too (over 300 patterns), reading every line
    with each pattern twice would take most of an hour; the sample keeps each pattern's
    proof to a fraction of a second while still covering some 9000 lines of real writing."""
    lines = _tuning_lines()
    assert len(lines) > 10000
    return "\n".join(lines[::8])


@pytest.mark.parametrize("name", sorted(BUILT))
def test_the_same_matches_on_the_tuning_texts(name: str) -> None:
    new, old = BUILT[name], _written(name)
    text = _tuning_sample()
    assert _reads(new, text) == _reads(old, text)


def _words(name: str) -> list[str]:
    """The literal runs of the pattern as written (its words), and their pieces."""
    runs = re.findall(r"[^\W\d_]{2,}", alternation.WRITTEN[BUILT[name].pattern])
    return sorted({w for run in runs for w in (run, run[:3], run[-3:])})


@pytest.mark.parametrize("name", sorted(BUILT))
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_the_same_matches_on_its_own_words(name: str, data: st.DataObject) -> None:
    glue = st.sampled_from([" ", "", "-", ".", "\n", "x", "1", "č"])
    pieces = st.lists(st.tuples(st.sampled_from(_words(name)), glue), max_size=8)
    text = "".join(w + g for w, g in data.draw(pieces))
    assert _reads(BUILT[name], text) == _reads(_written(name), text)


_ANY_OF = {
    "contact._CONTACT_STEM": contact._CONTACT_STEMS,
    "contact._TITLE_STEM": contact._TITLE_STEMS,
    "contact._TABLE_MARK": contact._TABLE_MARKS,
    "contact._CONTACT_OR_ADDRESSED": (*contact._CONTACT_STEMS, *contact._ADDRESSED_STEMS),
    "contact._CHANGE_STEM": contact._CHANGE_STEMS,
    "contact._OUTDATED_STEM": contact._OUTDATED_STEMS,
    "contact._SETTLED_STEM": contact._SETTLED_STEMS,
    "contact._HEAD_STEM": contact._HEAD_STEMS,
    "contact._ME_WORD": contact._ME_WORDS,
    "contact._HANDLE_STEM": contact._HANDLE_STEMS,
    "contact._I_AM_STEM": contact._I_AM_STEMS,
    "contact._SELF_WORD": contact._SELF_WORDS,
    "contact._MY_STEM": contact._MY_STEMS,
}
"""Each stem pattern of ``alternation.any_of`` and the words it stands for."""


@pytest.mark.parametrize("name", sorted(_ANY_OF))
def test_any_of_finds_a_line_holding_one_of_its_words(name: str) -> None:
    rx, words = BUILT[name], _ANY_OF[name]
    for line in _tuning_lines()[::4]:
        for text in (line, line.lower(), line[:90].lower()):
            assert (rx.search(text) is not None) == any(w in text for w in words), text


@pytest.mark.parametrize("name", sorted(_ANY_OF))
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_any_of_on_its_own_words(name: str, data: st.DataObject) -> None:
    words = _ANY_OF[name]
    cut = st.sampled_from(words).flatmap(lambda w: st.sampled_from([w, w[1:], w[:-1], w.upper()]))
    glue = st.sampled_from([" ", "", "x", "\n", "č"])
    text = "".join(w + g for w, g in data.draw(st.lists(st.tuples(cut, glue), max_size=6)))
    assert (BUILT[name].search(text) is not None) == any(w in text for w in words)
