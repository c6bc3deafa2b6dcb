"""Regenerate the forty-first-round held-out part, prefix ``au`` (tests/corpus/fortyfirst/
au001-… to au042-…), from its case specs (fortyfirst_au_*.py):

    .venv/bin/python -m tests.corpus.make_fortyfirst_au

It writes only ``au###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Polish, Slovak, Hungarian, French, Spanish, Swedish, Norwegian, Danish,
Finnish) or mixed with English, freelancers, universities and institutes, municipalities,
agencies and IT contractors writing for a medium, terse notes and long letters; addresses as
written ranges, CIDR blocks, netmasks, order words and IPv6, replaced, temporary or internal
hosts; request types declined, withdrawn, conditional, left for a later election, or filming
only; and data messages that each carry a file. They were written by hand apart from the
extraction rules: score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortyfirst_au_1, fortyfirst_au_2, fortyfirst_au_3
from tests.corpus.parts import Part

PART = Part(
    prefix="au",
    out=Path(__file__).parent / "fortyfirst",
    n0=11900,
    case_lists=(fortyfirst_au_1.CASES, fortyfirst_au_2.CASES, fortyfirst_au_3.CASES),
    noun="forty-first-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
