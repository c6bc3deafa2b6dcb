"""Regenerate the sixth-round held-out part, prefix ``n`` (tests/corpus/sixth/n001-… to
n042-…), from its case specs (sixth_n_*.py):

    .venv/bin/python -m tests.corpus.make_sixth_n

It writes only ``n###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise conversations: reply threads several levels deep, forwards between
colleagues, corrections in later messages, references to earlier applications, mixed
HTML/plain mails with one part incomplete, signatures of several people. They were written by
hand apart from the extraction rules: score them only at the very end, never tune against
them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import sixth_n_1, sixth_n_2, sixth_n_3
from tests.corpus.parts import Part

PART = Part(
    prefix="n",
    out=Path(__file__).parent / "sixth",
    n0=1400,
    case_lists=(sixth_n_1.CASES, sixth_n_2.CASES, sixth_n_3.CASES),
    noun="sixth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
