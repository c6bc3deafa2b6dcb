"""Regenerate the twentysixth-round held-out part, prefix ``tc`` (tests/corpus/twentysixth/
tc001-… to tc042-…), from its case specs (twentysixth_tc_*.py):

    .venv/bin/python -m tests.corpus.make_twentysixth_tc

It writes only ``tc###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Polish, Slovak, Hungarian, French, Spanish, Swedish, Danish, Norwegian,
Italian) or mixed English, freelancers, universities and institutes, municipalities, agencies
and IT contractors writing for a medium, terse notes and long letters; addresses as ranges,
CIDR blocks, netmasks, order words ("bzw.", "odpowiednio", "respectivement", "v uvedenom
poradí", "rispettivamente") and IPv6, replaced, temporary and internal hosts; request types
declined, withdrawn, conditional, left for a later election or filming only; and data messages
that each carry a file. They were written by hand apart from the extraction rules: score them
only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentysixth_tc_1, twentysixth_tc_2, twentysixth_tc_3
from tests.corpus.parts import Part

PART = Part(
    prefix="tc",
    out=Path(__file__).parent / "twentysixth",
    n0=7400,
    case_lists=(twentysixth_tc_1.CASES, twentysixth_tc_2.CASES, twentysixth_tc_3.CASES),
    noun="twentysixth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
