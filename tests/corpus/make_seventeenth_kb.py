"""Regenerate the seventeenth held-out part, prefix ``kb`` (tests/corpus/seventeenth/kb001-… to
kb042-…), from its case specs (seventeenth_kb_*.py):

    .venv/bin/python -m tests.corpus.make_seventeenth_kb

It writes only ``kb###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data-box messages. They were written by hand
apart from the extraction rules: score them only at the end of the rule work, never tune
against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import seventeenth_kb_1, seventeenth_kb_2, seventeenth_kb_3
from tests.corpus.parts import Part

PART = Part(
    prefix="kb",
    out=Path(__file__).parent / "seventeenth",
    n0=4600,
    case_lists=(seventeenth_kb_1.CASES, seventeenth_kb_2.CASES, seventeenth_kb_3.CASES),
    noun="seventeenth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
