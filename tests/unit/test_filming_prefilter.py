"""``request_types._own_condition`` skips a sentence in which ``_REC_CUES`` cannot match
(``_may_hold_rec_cue``): the claim rests on ``test_filming_stems`` (every alternative of the
pattern holds one of ``_REC_STEMS`` literally; only ASCII letters and ``CASE_TWINS`` are read
as ASCII letters by a case-blind pattern); here it is checked on made-up texts and near misses,
and the net's answers with and without the skip are compared."""

from __future__ import annotations

import pytest

from intake.extraction import request_types as rt

_TEXTS = [
    "Žádáme o povolení natáčení ve volební místnosti.",
    "NATÁČENÍ bychom rádi zajistili, pokud seženeme kameramana.",
    "Pokud to bude možné, rádi bychom natáčeli na sběrném místě.",
    "If we can find a camera operator, we would like to film at the collection point.",
    "Falls wir ein Team zusammenbekommen, möchten wir gerne filmen.",
    "Přijedeme s kamerou na vaše pracoviště, pokud to půjde.",
    "We ask for access to the results server.",
    "Dobrý den, posíláme žádost o přístup k výsledkům voleb.",
    "recor\u0130ng at the collection point if possible",
    "\u017fhooting if we may",
    "\u212aamerou natáčet, pokud seženeme štáb",
    "FİLMİNG permit, should it be needed",
    "nahrávání rozhovorů, pokud budeme mít čas",
    "Kamera nebude, jen XML.",
    "",
    "   ",
    "Filmovat nebudeme. Záznam ano, pokud se uvolní technik.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_a_skipped_sentence_never_names_filming(text: str) -> None:
    for t in (text, rt._folded(text), text.upper(), rt._folded(text).upper()):
        if rt._REC_CUES.search(t) is not None or rt._REC_CUES_LOWER.search(t.lower()) is not None:
            assert rt._may_hold_rec_cue(t)


def test_the_skip_is_taken_where_no_stem_stands() -> None:
    assert not rt._may_hold_rec_cue("We ask for access to the results server.")
    assert rt._may_hold_rec_cue("natáčení")
    assert rt._may_hold_rec_cue("\u0130")  # a case twin: the pattern may read it as a letter


def test_own_condition_reads_as_without_the_skip(monkeypatch: pytest.MonkeyPatch) -> None:
    pieces = [(t, rt.Part.TEXT) for t in _TEXTS]
    texts = [[p] for p in pieces] + [pieces, [("\n\n".join(_TEXTS), rt.Part.TEXT)]]
    got = [rt._own_condition(p, [rt.RECORDING]) for p in texts]
    monkeypatch.setattr(rt, "_may_hold_rec_cue", lambda text: True)
    assert got == [rt._own_condition(p, [rt.RECORDING]) for p in texts]
    assert rt.Reason.TENTATIVE in got
