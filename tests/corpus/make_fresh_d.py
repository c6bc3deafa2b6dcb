"""Regenerate the third-round held-out cases, prefix ``d`` (tests/corpus/fresh/d001-… to
d042-…), from their case specs (fresh_d_*.py):

    .venv/bin/python -m tests.corpus.make_fresh_d

Rendering and writing are shared by every part (tests/corpus/parts.py, which documents
them): case ``n`` is numbered ``N0 + n``, the output is byte-identical between runs, and
only files whose names start with ``d`` and three digits are touched (parts
c and e of the same set have their own generators).

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
