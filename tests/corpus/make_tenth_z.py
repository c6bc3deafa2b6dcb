"""Regenerate the tenth-round held-out part, prefix ``z`` (tests/corpus/tenth/z001-… to
z042-…), from its case specs (tenth_z_*.py):

    .venv/bin/python -m tests.corpus.make_tenth_z

It writes only ``z###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording (tenth_z_common.py). They were written
by hand apart from the extraction rules: score them only at the end of the rule work, never
tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import tenth_z_1, tenth_z_2, tenth_z_3
from tests.corpus.parts import Part

PART = Part(
    prefix="z",
    out=Path(__file__).parent / "tenth",
    n0=2600,
    case_lists=(tenth_z_1.CASES, tenth_z_2.CASES, tenth_z_3.CASES),
    noun="tenth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
