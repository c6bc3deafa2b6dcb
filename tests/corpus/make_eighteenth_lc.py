"""Regenerate the eighteenth-round held-out part, prefix ``lc`` (tests/corpus/eighteenth/
lc001-… to lc042-…), from its case specs (eighteenth_lc_*.py):

    .venv/bin/python -m tests.corpus.make_eighteenth_lc

It writes only ``lc###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Polish, Slovak, Hungarian, French, Spanish, Swedish, Danish, Norwegian,
Finnish) or in mixed English, freelancers, universities and institutes, municipalities,
agencies and IT contractors writing for a medium, terse notes and long letters; addresses as
ranges, CIDR blocks, netmasks, order words, IPv6, replaced, temporary or internal hosts; and
request types declined, withdrawn, conditional, put off to a later election, or filming only.
They were written by hand apart from the extraction rules: score them only at the end of the
round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import eighteenth_lc_1, eighteenth_lc_2, eighteenth_lc_3
from tests.corpus.parts import Part

PART = Part(
    prefix="lc",
    out=Path(__file__).parent / "eighteenth",
    n0=5000,
    case_lists=(eighteenth_lc_1.CASES, eighteenth_lc_2.CASES, eighteenth_lc_3.CASES),
    noun="eighteenth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
