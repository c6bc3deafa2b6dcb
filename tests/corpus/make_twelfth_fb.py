"""Regenerate the twelfth held-out set's part with prefix ``fb`` (tests/corpus/twelfth/fb001-… to
fb042-…) from its case specs (twelfth_fb_*.py):

    .venv/bin/python -m tests.corpus.make_twelfth_fb

It writes only ``fb###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data-box messages. They were written by hand
apart from the extraction rules: score them only at the end of the twelfth round of rule work,
never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twelfth_fb_1, twelfth_fb_2, twelfth_fb_3
from tests.corpus.parts import Part

PART = Part(
    prefix="fb",
    out=Path(__file__).parent / "twelfth",
    n0=3100,
    case_lists=(twelfth_fb_1.CASES, twelfth_fb_2.CASES, twelfth_fb_3.CASES),
    noun="twelfth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
