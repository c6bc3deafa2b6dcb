"""Regenerate the ninth held-out part, prefix ``w`` (tests/corpus/ninth/w001-… to w042-…),
from its case specs (ninth_w_*.py):

    .venv/bin/python -m tests.corpus.make_ninth_w

It writes only ``w###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data-box messages. They were written by hand
apart from the extraction rules: score them only at the end of the rule work, never tune
against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import ninth_w_1, ninth_w_2, ninth_w_3
from tests.corpus.parts import Part

PART = Part(
    prefix="w",
    out=Path(__file__).parent / "ninth",
    n0=2200,
    case_lists=(ninth_w_1.CASES, ninth_w_2.CASES, ninth_w_3.CASES),
    noun="ninth-part cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
