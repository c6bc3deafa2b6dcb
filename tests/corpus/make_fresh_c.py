"""Regenerate the third held-out half, prefix ``c`` (tests/corpus/fresh/c001-… to c042-…),
from its case specs (fresh_c_*.py):

    .venv/bin/python -m tests.corpus.make_fresh_c

It writes only ``c###-*`` files, as tests/corpus/parts.py describes.

These cases were written by hand apart from the extraction rules: they are scored only at the
end of the rule work (``python -m tests.corpus.accuracy --set heldout``), never tuned against."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fresh_c_1, fresh_c_2, fresh_c_3
from tests.corpus.parts import Part

PART = Part(
    prefix="c",
    out=Path(__file__).parent / "fresh",
    n0=300,
    case_lists=(fresh_c_1.CASES, fresh_c_2.CASES, fresh_c_3.CASES),
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
