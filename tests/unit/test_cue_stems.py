"""The cue scans skip a text in which no cue pattern can match (``_cue_spans``, ``_has_cue``,
``_names_request``): every alternative of ``_FEED_CUES``, ``_REC_CUES`` and ``_REC_PEOPLE``
must hold one of ``_CUE_STEMS`` or ``_WORD_STEMS`` literally (the skip looks for them
anywhere, a word's start or not). Read from the parsed pattern as ``test_filming_stems``
does (``re._parser``, CPython's own parser: a test-only use of a private module)."""

from __future__ import annotations

import re
import re._parser as sre_parse

import pytest

from intake.extraction import alternation
from intake.extraction import request_types as rt
from tests.unit.test_filming_stems import _holds_stem

_STEMS = list(rt._CUE_STEMS + rt._WORD_STEMS)
_PATTERNS = {"feed": rt._FEED_CUES, "filming": rt._REC_CUES, "people": rt._REC_PEOPLE}


def _written(rx: re.Pattern[str]) -> str:
    """The pattern as written (before ``regroup_case_blind`` grouped it: the same matches, a
    proof in ``test_alternation``), whose alternatives are the cues."""
    return alternation.WRITTEN.get(rx.pattern, rx.pattern)


@pytest.mark.parametrize("name", sorted(_PATTERNS))
def test_every_cue_holds_a_stem(name: str) -> None:
    rx = _PATTERNS[name]
    assert _holds_stem(sre_parse.parse(_written(rx), rx.flags).data, _STEMS)


@pytest.mark.parametrize(
    ("name", "stem"),
    [("feed", "serv"), ("feed", "aces"), ("filming", "vergunning"), ("people", "videoteam")],
)
def test_the_check_sees_a_missing_stem(name: str, stem: str) -> None:
    rx = _PATTERNS[name]
    parsed = sre_parse.parse(_written(rx), rx.flags)
    assert not _holds_stem(parsed.data, [s for s in _STEMS if s != stem])


def test_the_stem_scan_knows_every_stem() -> None:
    assert all(rt._ANY_STEM.fullmatch(s) for s in _STEMS)


@pytest.mark.parametrize(
    "text",
    [
        "Dobrý den, posíláme žádost o přístup k serveru.",
        "dati dal servizio elettorale",
        "Acceso a los datos, ACCESSO ai risultati",
        "Videoteam und TV-Team kommen",
        "filmvergunning aangevraagd",
        "Pozdravy, Jan Novák, tel. 777 123 456",
        "recor\u0130ng \u017fhoot XML",
        "access to the re\u017fults",
        "",
    ],
)
def test_a_skipped_text_has_no_cue(text: str) -> None:
    if not rt._may_hold_cue(text):
        assert not any(rx.search(text) for rx in _PATTERNS.values())
    assert rt._cue_spans(text) == sorted(
        {
            rt._Cue(m.start(), m.end(), *rt._CUE_GROUPS[m.lastgroup or ""])
            for m in rt._ANY_CUE.finditer(text)
        }
    )
