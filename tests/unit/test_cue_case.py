"""``request_types._cue_spans`` reads a text's cues with ``_ANY_CUE_LOWER`` (the cue pattern
blind to no case) in the text in lower case, instead of the case-blind ``_ANY_CUE`` in the
text itself, unless the text holds one of ``CASE_TWINS``; ``ips._cues`` reads the role cues
so (``_PROD_LOWER``, ``_TEST_LOWER``, ``_NEUTRAL_HINT_LOWER``). The matches are the same while
every letter of the pattern is its own lower case, while lower case keeps every other
character one character of the same class (word, digit, space) and while a case-blind
letter of the pattern reads exactly the characters whose lower case it is. These tests read
the letters from the parsed pattern (``re._parser``, CPython's own parser: a test-only use
of a private module) and check every character of Unicode; then they run both patterns."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
import sys
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake.extraction import alternation, extract, ips, org
from intake.extraction import request_types as rt
from intake.extraction.casefree import CASE_TWINS, case_free_search, lowered
from intake.extraction.names import UNMARKED


def _letters(items: Any, out: set[str]) -> set[str]:
    """Every character the parsed sequence names literally (letters, class members, the
    ends of ranges, negated ones)."""
    for op, av in items:
        if op in (sre.LITERAL, sre.NOT_LITERAL):
            out.add(chr(av))
        elif op is sre.IN:
            for o, a in av:
                if o in (sre.LITERAL, sre.NOT_LITERAL):
                    out.add(chr(a))
                elif o is sre.RANGE:
                    out.update(chr(c) for c in range(a[0], a[1] + 1))
        elif op is sre.SUBPATTERN:
            _letters(av[3], out)
        elif op is sre.BRANCH:
            for alt in av[1]:
                _letters(alt, out)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            _letters(av[2], out)
        elif op in (sre.ASSERT, sre.ASSERT_NOT, sre.ATOMIC_GROUP):
            _letters(av[1] if op is not sre.ATOMIC_GROUP else av, out)
    return out


_PAIRS = [
    (rt._ANY_CUE, rt._ANY_CUE_LOWER),
    (ips._PROD_CUES, ips._PROD_LOWER),
    (ips._TEST_CUES, ips._TEST_LOWER),
    (ips._NEUTRAL_HINT, ips._NEUTRAL_HINT_LOWER),
    (rt._WITHDRAW, rt._WITHDRAW_LOWER),
    (rt._ASK, rt._ASK_LOWER),
    (rt._QUESTION_OR_MAYBE, rt._QUESTION_OR_MAYBE_LOWER),
    (rt._ELSEWHERE, rt._ELSEWHERE_LOWER),
    (rt._PAST, rt._PAST_LOWER),
    (rt._ASK_NOW, rt._ASK_NOW_LOWER),
    (ips._NOT_AN_ADDRESS, ips._NOT_AN_ADDRESS_LOWER),
    (ips._OTHER_COLUMN, ips._OTHER_COLUMN_LOWER),
    (org._ACTS_FOR_ANY, org._ACTS_FOR_ANY_LOWER),
    (org._LABEL_BARE, org._LABEL_LOWER),
    (extract._EN, extract._EN_LOWER),
    (extract._CS, extract._CS_LOWER),
    (rt._NOT, rt._NOT_LOWER),
    (rt._PUT_OFF, rt._PUT_OFF_LOWER),
    (rt._REC_CUES, rt._REC_CUES_LOWER),
    (rt._REC_LOOSE, rt._REC_LOOSE_LOWER),
    (rt._CHANGE_OF_MIND, rt._CHANGE_OF_MIND_LOWER),
    (rt._CLOSE_NEGATION, rt._CLOSE_NEGATION_LOWER),
    (rt._FEED_CUES, rt._FEED_CUES_LOWER),
    (ips._REFUSAL, ips._REFUSAL_LOWER),
    (rt._LATER_ELECTION, rt._LATER_ELECTION_LOWER),
    (ips._NAT_HINT_WORDS, ips._NAT_HINT_WORDS_LOWER),
]
"""(case-blind pattern, the same blind to no case)."""
_IDS = ["any_cue", "prod", "test", "neutral_hint", "withdraw", "ask", "maybe", "elsewhere", "past"]
_IDS += ["ask_now", "not_an_address", "other_column", "acts_for_any", "label", "en", "cs"]
_IDS += ["not", "put_off", "rec_cues", "rec_loose", "change_of_mind", "close_negation"]
_IDS += ["feed_cues", "refusal", "later_election", "nat_hint_words"]
_EVERY = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]


def _pattern_letters(pattern: re.Pattern[str]) -> set[str]:
    return _letters(sre_parse.parse(pattern.pattern, pattern.flags).data, set())


@pytest.mark.parametrize(("blind", "lower"), _PAIRS, ids=_IDS)
def test_the_same_pattern_without_case_blindness(
    blind: re.Pattern[str], lower: re.Pattern[str]
) -> None:
    # the same pattern, or either grouped by its alternatives' first letters (``grouped``,
    # ``regroup_case_blind``; a proof of the same matches: ``test_alternation``)
    written = alternation.WRITTEN
    assert written.get(lower.pattern, lower.pattern) == written.get(blind.pattern, blind.pattern)
    assert blind.flags & re.IGNORECASE
    assert not lower.flags & re.IGNORECASE


def test_the_walk_reaches_every_letter() -> None:
    # letters, alternatives' classes ("[ae]"), lookaheads ("(?=[a…z])"), lookbehinds
    assert {"x", "m", "l", "'", "-", "w"} <= _pattern_letters(rt._ANY_CUE)
    assert _letters(sre_parse.parse(r"(?=[Q-R])(?:a|[bč])(?<!D)").data, set()) == set("QRabčD")


@pytest.mark.parametrize(("blind", "lower"), _PAIRS, ids=_IDS)
def test_every_letter_of_the_pattern_is_lower_case(
    blind: re.Pattern[str], lower: re.Pattern[str]
) -> None:
    assert sorted(c for c in _pattern_letters(blind) if c != c.lower()) == []


def test_lower_case_keeps_each_character_and_its_class() -> None:
    for pattern in (r"\w", r"\d", r"\s", r"\b"):
        cls = re.compile(pattern)
        odd = [
            c
            for c in _EVERY
            if not CASE_TWINS.search(c)
            and (len(c.lower()) != 1 or bool(cls.match(c)) != bool(cls.match(c.lower())))
        ]
        assert odd == [], pattern


@pytest.mark.parametrize(("blind", "lower"), _PAIRS, ids=_IDS)
def test_a_case_blind_letter_reads_what_lowers_to_it(
    blind: re.Pattern[str], lower: re.Pattern[str]
) -> None:
    letters = _pattern_letters(blind)
    cls = re.compile("[" + "".join(map(re.escape, sorted(letters))) + "]", re.IGNORECASE)
    for c in _EVERY:
        if CASE_TWINS.search(c):
            continue
        if cls.fullmatch(c) is None:
            assert c.lower() not in letters, repr(c)
            continue
        read = {p for p in letters if re.fullmatch(re.escape(p), c, re.IGNORECASE)}
        assert read == {c.lower()}, repr(c)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


def test_both_patterns_read_the_same_cues() -> None:
    texts = [
        "Žádáme o PŘÍSTUP K VÝSLEDKŮM a o NATÁČENÍ ve volební místnosti.",
        "XML Feed; Kamera; Drehgenehmigung für Fernsehaufnahmen; dostęp do danych",
        "Access To The Results Server, FILMING at the collection point, Camera Crew",
    ]
    for text in texts:
        folded = text.translate(rt._FOLD)
        assert _spans(rt._ANY_CUE, folded) == _spans(rt._ANY_CUE_LOWER, folded.lower())
        assert rt._cue_spans(folded)
    # the long s: the case-blind pattern reads it as "s", its lower case is itself
    twin = "nataceni \u017ftabu"
    assert [(c.kind, c.weak) for c in rt._cue_spans(twin)] == [
        (rt.RECORDING, False),
        (rt.RECORDING, True),
    ]


@given(
    st.text(
        alphabet="xmlfeedacsntvyhrzdkpoigwbuXMLFEEDACSNTVYHRZDKPOIGWBU čšéíÁČŠ-:'\n",
        max_size=60,
    )
)
def test_any_text_reads_the_same(text: str) -> None:
    expected = sorted(
        {
            (m.start(), m.end(), *rt._CUE_GROUPS[m.lastgroup or ""])
            for m in rt._ANY_CUE.finditer(text)
        }
    )
    assert rt._cue_spans(text) == expected
    assert _spans(rt._ANY_CUE, text) == _spans(rt._ANY_CUE_LOWER, text.lower())


@given(
    st.text(
        alphabet="prodtesliveqaubkcnhmyzálžšřéóüøçãPRODTESLIVEQAUBKCNHMYZÁŽŠ -.'\n",
        max_size=60,
    )
)
def test_any_text_reads_the_same_roles(text: str) -> None:
    for blind, lower in _PAIRS[1:]:
        assert _spans(blind, text) == _spans(lower, text.lower())
    ips._cues.cache_clear()
    p, t = ips._PROD_CUES.search(text), ips._TEST_CUES.search(text)
    if ips._NEUTRAL_HINT.search(text):
        neutral = ips._NEUTRAL.sub(" ", text)
        p, t = ips._PROD_CUES.search(neutral), ips._TEST_CUES.search(neutral)
    first = (
        None
        if p is None and t is None
        else ips.Role.TEST
        if p is None or (t is not None and t.start() <= p.start())
        else ips.Role.PRODUCTION
    )
    assert ips._cues(text) == (first, p is not None and t is not None)
    assert ips.mentions_test(text) == bool(ips._TEST_CUES.search(ips._neutralised(text)))


@given(
    st.text(
        alphabet="nezadmchclirusvtbpokfwyNEZADMCHLIRUSVTBPOKFWY ěščřžýáíéúů'?.,\n",
        max_size=60,
    )
)
def test_any_clause_reads_the_same(text: str) -> None:
    for blind, lower in _PAIRS[4:]:
        assert _spans(blind, text) == _spans(lower, text.lower())
    low = lowered(text)
    assert rt._doubt(text, low) == rt._doubt(text)
    assert rt._withdrawals(text, low) == rt._withdrawals(text)
    assert (low is None) == bool(CASE_TWINS.search(text))


def test_a_clause_with_a_twin_keeps_the_case_blind_patterns() -> None:
    clause = "natoceni ru\u017fime"  # a long s: read as "s" only by the case-blind pattern
    assert lowered(clause) is None
    assert rt._withdrawals(clause, lowered(clause)) == [(9, 15)]
    assert rt._WITHDRAW_LOWER.search(clause.lower()) is None


@given(
    st.text(
        alphabet="verzionfmwabuldclktspgVERZIONFMWABULDCLKTSPG čšéíř§.:#-_\t|;\n",
        max_size=60,
    )
)
def test_any_text_reads_the_same_look_alikes(text: str) -> None:
    for blind, lower in _PAIRS[-2:]:
        assert _spans(blind, text) == _spans(lower, text.lower())
        found = case_free_search(blind, lower, text)
        expected = blind.search(text)
        assert (found and found.span()) == (expected and expected.span())


@given(
    st.text(
        alphabet="žadtelnázevjmocrgiscpyfbhu ŽADTELNÁZEVJMOCRGISPYFBHU:-–|*.()/\t1İıſK\u212a",
        max_size=60,
    )
)
def test_any_line_reads_the_same_organisation_words(text: str) -> None:
    for blind in (org._LABEL_BARE, org._ACTS_FOR_ANY):
        lower = re.compile(blind.pattern)
        assert _spans(blind, text) == _spans(lower, text.lower()) or CASE_TWINS.search(text)
    bare = text.translate(UNMARKED)
    assert org._opens_with_label(text) == (org._LABEL_BARE.match(bare) is not None)
    assert org._opens_with_label(text + ": x") == (org._LABEL_BARE.match(bare + ": x") is not None)
    assert org._acts_for_any(text) == (org._ACTS_FOR_ANY.search(text) is not None)


@given(st.text(alphabet="theandforpleswuidkcrgybjsoúvžádýěščřůťďňTHEANDFORŽÁDĚŠ İıſ\u212a'\n", max_size=80))
def test_any_text_reads_the_same_language(text: str) -> None:
    en, cs = len(extract._EN.findall(text)), len(extract._CS.findall(text))
    assert extract._language(text) == ("en" if en > 2 * cs and en >= 5 else "cs")
    if not CASE_TWINS.search(text):
        assert _spans(extract._EN, text) == _spans(extract._EN_LOWER, text.lower())
        assert _spans(extract._CS, text) == _spans(extract._CS_LOWER, text.lower())


@given(st.text(alphabet="NATnatLANlanoutvenpublicxeé ř\u0130\u0131\u017f\u212a.\n", max_size=40))
def test_any_text_reads_the_same_nat_hint(text: str) -> None:
    assert ips._nat_hinted(text) == (ips._NAT_HINT.search(text) is not None)


def test_folding_and_lowering_commute_but_for_one() -> None:
    # ``org._label_match`` reads ``_LABEL_LOWER`` in ``_folded(lowered(text))`` for
    # ``_LABEL_BARE`` in ``_folded(text)``: the same where the fold of the lower case is the
    # lower case of the fold, every character but ``CASE_TWINS`` and ``org._ANGSTROM``
    odd = [
        c
        for c in _EVERY
        if not CASE_TWINS.search(c) and c.translate(UNMARKED).lower() != c.lower().translate(UNMARKED)
    ]
    assert odd == [org._ANGSTROM]
