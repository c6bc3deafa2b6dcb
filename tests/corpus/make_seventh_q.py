"""Regenerate the seventh held-out set's part ``q`` (tests/corpus/seventh/q001-… to q042-…)
from its case specs (seventh_q_*.py):

    .venv/bin/python -m tests.corpus.make_seventh_q

It writes only ``q###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise applicants rarely seen (foreign media and legal forms, Czech branches,
agencies acting for a client, freelancers, students, crew lists). They were written by hand
apart from the extraction rules: score them only at the very end, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import seventh_q_1, seventh_q_2, seventh_q_3
from tests.corpus.parts import Part

PART = Part(
    prefix="q",
    out=Path(__file__).parent / "seventh",
    n0=1600,
    case_lists=(seventh_q_1.CASES, seventh_q_2.CASES, seventh_q_3.CASES),
    noun="seventh-set cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
