"""``org_spelling._folded`` folds a text of Latin characters by a table (``_BARE``): the same
text as folding each character by ``_bare``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from intake.extraction import org_spelling


def test_the_table_is_bare_of_every_latin_character() -> None:
    for i in range(0x2B0):
        assert org_spelling._folded(chr(i)) == org_spelling._bare(chr(i))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x400), max_size=40))
def test_folded_is_each_character_bare(text: str) -> None:
    assert org_spelling._folded(text) == "".join(org_spelling._bare(c) for c in text)
