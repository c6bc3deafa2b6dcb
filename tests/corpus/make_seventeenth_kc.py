"""Regenerate the seventeenth-round held-out part, prefix ``kc`` (tests/corpus/seventeenth/kc001-…
to kc042-…), from its case specs (seventeenth_kc_*.py):

    .venv/bin/python -m tests.corpus.make_seventeenth_kc

It writes only ``kc###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
languages or mixed English, freelancers, universities and institutes, municipalities, agencies
and IT contractors writing for a medium; addresses as ranges, CIDR, netmasks, order words, IPv6,
replaced or internal hosts; request types declined, withdrawn, conditional or filming only.
They were written by hand apart from the extraction rules: score them only at the end of the
seventeenth round of rule work, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import seventeenth_kc_1, seventeenth_kc_2, seventeenth_kc_3
from tests.corpus.parts import Part

PART = Part(
    prefix="kc",
    out=Path(__file__).parent / "seventeenth",
    n0=4700,
    case_lists=(seventeenth_kc_1.CASES, seventeenth_kc_2.CASES, seventeenth_kc_3.CASES),
    noun="seventeenth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
