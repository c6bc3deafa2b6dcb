"""Case-blind patterns read quicker: a pattern whose letters are all lower case, compiled
without ``re.IGNORECASE``, finds in a text's lower case exactly what the case-blind pattern finds
in the text (the lower case keeps every position), and the engine skips an alternative by its
first letter only where case counts. The exceptions are ``CASE_TWINS``: a text holding one is
read by the case-blind pattern itself (a proof: ``tests/unit/test_cue_case.py``)."""

from __future__ import annotations

import re

CASE_TWINS = re.compile("[\u0130\u0131\u017f\u212a]")
"""The only characters besides ASCII letters that a case-blind pattern reads as an ASCII letter
("İ", "ı", "ſ", Kelvin's "K"); their lower case is not what the case-blind pattern reads."""


def lowered(text: str) -> str | None:
    """The text in lower case for the patterns blind to no case (None: it holds one of
    ``CASE_TWINS``, the case-blind patterns read it)."""
    return None if CASE_TWINS.search(text) else text.lower()


def case_free_search(
    blind: re.Pattern[str], lower: re.Pattern[str], text: str
) -> re.Match[str] | None:
    """``blind.search(text)`` by ``lower`` (the same pattern blind to no case) in the text in
    lower case, the same match quicker; a text holding one of ``CASE_TWINS`` by ``blind``."""
    low = lowered(text)
    return blind.search(text) if low is None else lower.search(low)
