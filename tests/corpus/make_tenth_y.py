"""Regenerate the tenth held-out part, prefix ``y`` (tests/corpus/tenth/y001-… to y042-…),
from its case specs (tenth_y_*.py):

    .venv/bin/python -m tests.corpus.make_tenth_y

It writes only ``y###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data-box messages. They were written by hand
apart from the extraction rules: score them only at the end of the rule work, never tune
against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import tenth_y_1, tenth_y_2, tenth_y_3
from tests.corpus.parts import Part

PART = Part(
    prefix="y",
    out=Path(__file__).parent / "tenth",
    n0=2500,
    case_lists=(tenth_y_1.CASES, tenth_y_2.CASES, tenth_y_3.CASES),
    noun="tenth-part cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
