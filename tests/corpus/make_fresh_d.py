"""Regenerate the third-round held-out cases, prefix ``d`` (tests/corpus/fresh/d001-… to
d042-…), from their case specs (fresh_d_*.py):

    .venv/bin/python -m tests.corpus.make_fresh_d

It writes only ``d###-*`` files, as tests/corpus/parts.py describes.

These cases were written by hand apart from the extraction rules: they are scored only at the
end of the rule work (``python -m tests.corpus.accuracy --set heldout``), never tuned against."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fresh_d_1, fresh_d_2, fresh_d_3
from tests.corpus.parts import Part

PART = Part(
    prefix="d",
    out=Path(__file__).parent / "fresh",
    n0=400,
    case_lists=(fresh_d_1.CASES, fresh_d_2.CASES, fresh_d_3.CASES),
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
