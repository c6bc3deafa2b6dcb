"""Regenerate the twelfth held-out part, prefix ``fc`` (tests/corpus/twelfth/fc001-… to
fc042-…), from its case specs (twelfth_fc_*.py):

    .venv/bin/python -m tests.corpus.make_twelfth_fc

It writes only ``fc###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language or mixed English, freelancers, institutes, municipalities and contractors; addresses as
ranges, CIDR, netmasks, words, IPv6, replaced or corrected, behind NAT; declined, withdrawn,
conditional and filming-only requests. They were written by hand apart from the extraction
rules: score them only at the end, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twelfth_fc_1, twelfth_fc_2, twelfth_fc_3
from tests.corpus.parts import Part

PART = Part(
    prefix="fc",
    out=Path(__file__).parent / "twelfth",
    n0=3200,
    case_lists=(twelfth_fc_1.CASES, twelfth_fc_2.CASES, twelfth_fc_3.CASES),
    noun="twelfth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
