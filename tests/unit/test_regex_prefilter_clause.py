"""``request_types._CLAUSE`` reads a numbered item's start ("…, 2) povolení …") with a lookahead
of a space before the twenty lookbehinds of the words that name an item ("bod", "Item", …):
the ``\\s+`` right after those zero-width lookbehinds stands at the same position, so the
lookahead only skips, at every character but a space, lookbehinds that could not lead to a
match. These tests check the claim: the pattern splits every text as the pattern without the
lookahead does, on the tuning texts and on strings made of the pattern's own pieces."""

from __future__ import annotations

import re
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from intake.extraction import request_types as rt

_LOOKAHEAD = ",?(?=\\s)"


def _without_lookahead() -> re.Pattern[str]:
    assert rt._CLAUSE.pattern.count(_LOOKAHEAD) == 1
    return re.compile(rt._CLAUSE.pattern.replace(_LOOKAHEAD, ",?", 1), rt._CLAUSE.flags)


def _reads(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


@cache
def _tuning_text() -> str:
    from tests.corpus.loader import cases, parse_path

    texts: list[str] = []
    for path, _ in cases("tuning"):
        parsed = parse_path(path)
        texts += [parsed.subject, *(c.text for c in parsed.components if c.text)]
    return "\n".join(texts)


def test_the_lookahead_is_there() -> None:
    # the item's alternative reads its space first (else this proof proves nothing)
    assert _LOOKAHEAD + "(?<!bod)" in rt._CLAUSE.pattern


def test_the_same_clauses_on_the_tuning_texts() -> None:
    text = _tuning_text()
    assert len(text) > 100_000
    old = _without_lookahead()
    assert _reads(rt._CLAUSE, text) == _reads(old, text)
    assert rt._CLAUSE.split(text) == old.split(text)


_PIECES = [
    "bod", "Bod", "bodu", "bodem", "item", "Item", "point", "Point", "položku", "polozky",
    "Polozka", "pismeno", "letter", "punkt", "Punkt", "punto", "xbod", "bodx", "2)", "(2)",
    "12)", "a)", "(b)", "h)", "i)", "1.", "č.", "nr.", "no.", ",", ";", ".", "!", "?", "ano",
    "ne", "povolení", "natáčení", "XML",
]  # fmt: skip
_GLUE = [" ", "", "  ", "\t", "\n", "\u00a0", "\u2003", ", ", ",", "\r\n", "\x1c"]


@settings(max_examples=3000, deadline=None)
@given(data=st.data())
def test_the_same_clauses_on_near_misses(data: st.DataObject) -> None:
    pieces = st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GLUE)), max_size=10)
    text = "".join(p + g for p, g in data.draw(pieces))
    old = _without_lookahead()
    assert _reads(rt._CLAUSE, text) == _reads(old, text)
