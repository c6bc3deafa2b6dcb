"""Regenerate the fourteenth held-out part, prefix ``hc`` (tests/corpus/fourteenth/hc001-… to
hc042-…), from its case specs (fourteenth_hc_*.py):

    .venv/bin/python -m tests.corpus.make_fourteenth_hc

It writes only ``hc###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording (foreign media, freelancers,
universities, municipalities, IT contractors; ranges, CIDR, netmasks, IPv6, corrected and old
addresses; declined, withdrawn, conditional and filming-only requests). They were written by
hand apart from the extraction rules: score them only at the end, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fourteenth_hc_1, fourteenth_hc_2, fourteenth_hc_3
from tests.corpus.parts import Part

PART = Part(
    prefix="hc",
    out=Path(__file__).parent / "fourteenth",
    n0=3800,
    case_lists=(fourteenth_hc_1.CASES, fourteenth_hc_2.CASES, fourteenth_hc_3.CASES),
    noun="fourteenth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
