"""Regenerate the thirty-ninth-round held-out part, prefix ``ao`` (tests/corpus/thirtyninth/
ao001-… to ao042-…), from its case specs (thirtyninth_ao_*.py):

    .venv/bin/python -m tests.corpus.make_thirtyninth_ao

It writes only ``ao###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Polish, Slovak, Hungarian, French, Spanish, Swedish, Danish, Norwegian) or
mixed with English, freelancers and sole traders, universities and their institutes,
municipalities, agencies and IT contractors writing for a medium, two-line notes and long
letters; addresses as written ranges, CIDR blocks, netmasks, order words ("respectivement",
"první … druhý"), IPv6, replaced, temporary and internal hosts; request types declined,
withdrawn, conditional, left for a later election, or filming only; and six data messages.
They were written by hand apart from the extraction rules: score them only at the end of the
round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtyninth_ao_1, thirtyninth_ao_2, thirtyninth_ao_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ao",
    out=Path(__file__).parent / "thirtyninth",
    n0=11300,
    case_lists=(thirtyninth_ao_1.CASES, thirtyninth_ao_2.CASES, thirtyninth_ao_3.CASES),
    noun="thirty-ninth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
