"""Regenerate the fifth-round held-out set, prefix ``k`` (tests/corpus/fifth/k001-… to
k042-…), from its case specs (fifth_k_*.py):

    .venv/bin/python -m tests.corpus.make_fifth_k

It writes only ``k###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording (foreign media, freelancers,
universities, municipal newsrooms, agencies and IT contractors applying for a medium;
addresses as ranges, CIDR, netmasks, words, order, IPv6, old ones and corrections; declined,
withdrawn, conditional and filming-only requests). They were written by hand apart from the
extraction rules: score them only at the end of the fifth round of rule work, never tune
against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fifth_k_1, fifth_k_2, fifth_k_3
from tests.corpus.parts import Part

PART = Part(
    prefix="k",
    out=Path(__file__).parent / "fifth",
    n0=1100,
    case_lists=(fifth_k_1.CASES, fifth_k_2.CASES, fifth_k_3.CASES),
    noun="fifth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
