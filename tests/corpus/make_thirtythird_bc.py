"""Regenerate the thirty-third-round held-out part, prefix ``bc`` (tests/corpus/thirtythird/
bc001-… to bc042-…), from its case specs (thirtythird_bc_*.py):

    .venv/bin/python -m tests.corpus.make_thirtythird_bc

It writes only ``bc###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Polish, Slovak, Hungarian, French, Spanish, Swedish, Danish, Norwegian,
Finnish, Italian) or mixed English, freelancers, universities and their institutes,
municipalities, agencies, IT contractors writing for a medium, terse notes and long letters;
addresses as ranges, CIDR blocks, netmasks, order words, IPv6, replaced, temporary or internal
hosts; request types declined, withdrawn, conditional, put off to a later election, or filming
only; and data messages that each carry a file. They were written by hand apart from the
extraction rules: score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtythird_bc_1, thirtythird_bc_2, thirtythird_bc_3
from tests.corpus.parts import Part

PART = Part(
    prefix="bc",
    out=Path(__file__).parent / "thirtythird",
    n0=9500,
    case_lists=(thirtythird_bc_1.CASES, thirtythird_bc_2.CASES, thirtythird_bc_3.CASES),
    noun="thirty-third-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
