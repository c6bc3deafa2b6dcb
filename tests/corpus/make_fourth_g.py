"""Regenerate the fourth-round held-out set, prefix ``g`` (tests/corpus/fourth/g001-… to
g042-…), from its case specs (fourth_g_*.py):

    .venv/bin/python -m tests.corpus.make_fourth_g

It writes only ``g###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data-box messages. They were written by hand
apart from the extraction rules: score them only at the end of the fourth round of rule work,
never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fourth_g_1, fourth_g_2, fourth_g_3
from tests.corpus.parts import Part

PART = Part(
    prefix="g",
    out=Path(__file__).parent / "fourth",
    n0=700,
    case_lists=(fourth_g_1.CASES, fourth_g_2.CASES, fourth_g_3.CASES),
    noun="fourth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
