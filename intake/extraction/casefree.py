"""Case-blind patterns read quicker: a pattern whose letters are all lower case, compiled
without ``re.IGNORECASE``, finds in a text's lower case exactly what the case-blind pattern finds
in the text (the lower case keeps every position), and the engine skips an alternative by its
first letter only where case counts. The exceptions are ``CASE_TWINS``: a text holding one is
read by the case-blind pattern itself (a proof: ``tests/unit/test_cue_case.py``)."""

from __future__ import annotations

import re

CASE_TWINS = re.compile(
    "[\u0130\u0131\u017f\u212a"
    # the Greek and Cyrillic letters' twins: micro sign, final sigma, the symbol forms of
    # beta, theta, phi, pi, kappa, rho, epsilon, the iota subscript and prosgegrammeni, the
    # old rounded Cyrillic forms (the role words of Greek and Cyrillic texts)
    "\u00b5\u0345\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1fbe\u1c80-\u1c88]"
)
"""The characters besides ASCII letters that a case-blind pattern reads as a letter of its own
("İ", "ı", "ſ", Kelvin's "K" as ASCII letters; "ς", "µ", "ϐ" … as Greek ones, "ᲀ" … as
Cyrillic ones); their lower case is not what the case-blind pattern reads."""


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
