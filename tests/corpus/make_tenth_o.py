"""Regenerate the tenth held-out part, prefix ``o`` (tests/corpus/tenth/o001-… to o042-…),
from its case specs (tenth_o_*.py):

    .venv/bin/python -m tests.corpus.make_tenth_o

It writes only ``o###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it (phone notes, chatty mails, HTML tables,
forwards, reply threads, corrections, follow-ups, crowded signatures, foreign senders). They
were written by hand apart from the extraction rules: score them only at the end of the rule
work, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import tenth_o_1, tenth_o_2, tenth_o_3
from tests.corpus.parts import Part

PART = Part(
    prefix="o",
    out=Path(__file__).parent / "tenth",
    n0=2400,
    case_lists=(tenth_o_1.CASES, tenth_o_2.CASES, tenth_o_3.CASES),
    noun="tenth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
