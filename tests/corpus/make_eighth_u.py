"""Regenerate the eighth held-out part, prefix ``u`` (tests/corpus/eighth/u001-… to u042-…),
from its case specs (eighth_u_*.py):

    .venv/bin/python -m tests.corpus.make_eighth_u

It writes only ``u###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording. They were written by hand apart from the
extraction rules: score them only at the end of the rule work, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import eighth_u_1, eighth_u_2, eighth_u_3
from tests.corpus.parts import Part

PART = Part(
    prefix="u",
    out=Path(__file__).parent / "eighth",
    n0=2000,
    case_lists=(eighth_u_1.CASES, eighth_u_2.CASES, eighth_u_3.CASES),
    noun="eighth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
