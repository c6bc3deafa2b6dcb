"""Regenerate the thirteenth held-out part, prefix ``gb`` (tests/corpus/thirteenth/gb001-… to
gb042-…), from its case specs (thirteenth_gb_*.py):

    .venv/bin/python -m tests.corpus.make_thirteenth_gb

It writes only ``gb###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data-box messages. They were written by hand
apart from the extraction rules: score them only at the end of the rule work, never tune
against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirteenth_gb_1, thirteenth_gb_2, thirteenth_gb_3
from tests.corpus.parts import Part

PART = Part(
    prefix="gb",
    out=Path(__file__).parent / "thirteenth",
    n0=3400,
    case_lists=(thirteenth_gb_1.CASES, thirteenth_gb_2.CASES, thirteenth_gb_3.CASES),
    noun="thirteenth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
