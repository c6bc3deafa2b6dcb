"""Regenerate the twentysecond-round held-out part, prefix ``pc`` (tests/corpus/twentysecond/
pc001-… to pc042-…), from its case specs (twentysecond_pc_*.py):

    .venv/bin/python -m tests.corpus.make_twentysecond_pc

It writes only ``pc###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Polish, Hungarian, French, Spanish, Swedish, Finnish, Danish, Norwegian) or
mixed with English, freelancers, universities and institutes, municipalities, agencies and IT
contractors writing for a medium, two-line notes and long letters; addresses as ranges, CIDR
blocks, netmasks, order words, IPv6, replaced, temporary or internal hosts; request types
declined, withdrawn, conditional, left for a later election, or filming only. They were written
by hand apart from the extraction rules: score them only at the end of the round, never tune
against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentysecond_pc_1, twentysecond_pc_2, twentysecond_pc_3
from tests.corpus.parts import Part

PART = Part(
    prefix="pc",
    out=Path(__file__).parent / "twentysecond",
    n0=6200,
    case_lists=(twentysecond_pc_1.CASES, twentysecond_pc_2.CASES, twentysecond_pc_3.CASES),
    noun="twentysecond-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
