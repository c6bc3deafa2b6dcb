"""Regenerate the eleventh held-out part, prefix ``ec`` (tests/corpus/eleventh/ec001-… to
ec042-…), from its case specs (eleventh_ec_*.py):

    .venv/bin/python -m tests.corpus.make_eleventh_ec

It writes only ``ec###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media in their own languages,
freelancers, universities, municipalities, agencies and IT contractors, address notations,
and declined, withdrawn, conditional or filming-only requests. They were written by hand apart
from the extraction rules: score them only at the end, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import eleventh_ec_1, eleventh_ec_2, eleventh_ec_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ec",
    out=Path(__file__).parent / "eleventh",
    n0=2900,
    case_lists=(eleventh_ec_1.CASES, eleventh_ec_2.CASES, eleventh_ec_3.CASES),
    noun="eleventh-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
