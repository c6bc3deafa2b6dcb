"""Two lookaheads of ``request_types`` that only skip lookbehinds standing before a character
that must follow them anyway; each test reads the pattern as written without the lookahead
beside the pattern itself.

``request_types._CLAUSE`` reads a numbered item's start ("…, 2) povolení …") with a lookahead
of a space before the twenty lookbehinds of the words that name an item ("bod", "Item", …):
the ``\\s+`` right after those zero-width lookbehinds stands at the same position, so the
lookahead only skips, at every character but a space, lookbehinds that could not lead to a
match. These tests check the claim: the pattern splits every text as the pattern without the
lookahead does, on the tuning texts and on strings made of the pattern's own pieces.

``request_types._REC_CUES`` (and the cue patterns built from it) read "kamer…" after "s",
"se", "so", "z", "mit der", "mit einer" with a lookahead of the "k" before those
lookbehinds: the same matches, the lookbehinds skipped where no "k" follows."""

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


_K = "(?=k)(?:(?<="
_CAMERA = ["_REC_CUES", "_REC_CUES_LOWER", "_ANY_CUE", "_ANY_CUE_LOWER"]


def _without_k(name: str) -> re.Pattern[str]:
    rx = getattr(rt, name)
    assert rx.pattern.count(_K) == 2
    return re.compile(rx.pattern.replace(_K, "(?:(?<="), rx.flags)


def _cue_reads(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in rx.finditer(text)]


def test_the_same_camera_cues_on_the_tuning_texts() -> None:
    text = _tuning_text()
    for name in _CAMERA:
        rx = getattr(rt, name)
        read = text.lower() if name.endswith("_LOWER") else text
        assert _cue_reads(rx, read) == _cue_reads(_without_k(name), read), name


_CAMERA_PIECES = [
    "s", "se", "so", "z", "S", "mit", "der", "einer", "Mit", "kamerou", "kamerami", "kamera",
    "Kamerou", "KAMERA", "\u212aamerou", "na", "do", "ve", "v", "k", "w", "pracoviště",
    "pracoviste", "sbernu", "zberne", "okrsek", "in", "zu", "ins", "zum", "zur", "Sammelstelle",
    "wahllokal", "natáčet", "x",
]  # fmt: skip
_CAMERA_GLUE = [" ", "", "  ", "\t", "\n", "\u00a0", ".", "-"]


@settings(max_examples=2000, deadline=None)
@given(data=st.data())
def test_the_same_camera_cues_on_near_misses(data: st.DataObject) -> None:
    pieces = st.lists(
        st.tuples(st.sampled_from(_CAMERA_PIECES), st.sampled_from(_CAMERA_GLUE)), max_size=10
    )
    text = "".join(p + g for p, g in data.draw(pieces))
    for name in _CAMERA:
        rx = getattr(rt, name)
        read = text.lower() if name.endswith("_LOWER") else text
        assert _cue_reads(rx, read) == _cue_reads(_without_k(name), read), name
