"""Regenerate the seventh held-out set's part ``r`` (tests/corpus/seventh/r001-… to r042-…)
from its case specs (seventh_r_*.py):

    .venv/bin/python -m tests.corpus.make_seventh_r

It writes only ``r###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise data boxes and formal channels: data messages from publishers,
municipalities, universities, broadcasters and natural persons, applications in the annotation
or in attached documents, formal letters with reference numbers. They were written by hand
apart from the extraction rules: score them only at the very end, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import seventh_r_1, seventh_r_2, seventh_r_3
from tests.corpus.parts import Part

PART = Part(
    prefix="r",
    out=Path(__file__).parent / "seventh",
    n0=1700,
    case_lists=(seventh_r_1.CASES, seventh_r_2.CASES, seventh_r_3.CASES),
    noun="seventh-set cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
