"""Regenerate the sixteenth held-out part, prefix ``jc`` (tests/corpus/sixteenth/jc001-… to
jc042-…), from its case specs (sixteenth_jc_*.py):

    .venv/bin/python -m tests.corpus.make_sixteenth_jc

It writes only ``jc###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language or mixed English, freelancers, universities and institutes, municipalities, agencies
and IT contractors writing for a medium; addresses as ranges, CIDR, netmasks, IPv6, corrected
or replaced, behind NAT; requests declined, withdrawn or for filming only. They were written by
hand apart from the extraction rules: score them only at the end, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import sixteenth_jc_1, sixteenth_jc_2, sixteenth_jc_3
from tests.corpus.parts import Part

PART = Part(
    prefix="jc",
    out=Path(__file__).parent / "sixteenth",
    n0=4400,
    case_lists=(sixteenth_jc_1.CASES, sixteenth_jc_2.CASES, sixteenth_jc_3.CASES),
    noun="sixteenth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
