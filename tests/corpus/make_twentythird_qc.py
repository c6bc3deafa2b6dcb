"""Regenerate the twenty-third-round held-out part, prefix ``qc`` (tests/corpus/twentythird/
qc001-… to qc042-…), from its case specs (twentythird_qc_*.py):

    .venv/bin/python -m tests.corpus.make_twentythird_qc

It writes only ``qc###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
languages (German, Polish, Hungarian, French, Spanish, Norwegian, Italian, Dutch) or in English,
freelancers, universities and institutes, municipalities and regions, agencies and IT
contractors writing for a medium, terse notes and long letters; addresses as ranges, CIDR
blocks, netmasks, order words, IPv6, replaced, temporary or internal hosts; request types
declined, withdrawn, conditional, for a later election or filming only; and data messages. They
were written by hand apart from the extraction rules: score them only at the end of the round,
never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentythird_qc_1, twentythird_qc_2, twentythird_qc_3
from tests.corpus.parts import Part

PART = Part(
    prefix="qc",
    out=Path(__file__).parent / "twentythird",
    n0=6500,
    case_lists=(twentythird_qc_1.CASES, twentythird_qc_2.CASES, twentythird_qc_3.CASES),
    noun="twenty-third-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
