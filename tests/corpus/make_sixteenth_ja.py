"""Regenerate the sixteenth held-out part, prefix ``ja`` (tests/corpus/sixteenth/ja001-… to
ja042-…), from its case specs (sixteenth_ja_*.py):

    .venv/bin/python -m tests.corpus.make_sixteenth_ja

It writes only ``ja###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed two-liners, chatty mails,
HTML-only mails with tables, forwards, reply threads with quoted history, corrections and
follow-ups, several people in signatures, nicknames and foreign senders. They were written by
hand apart from the extraction rules: score them only at the very end, never tune against
them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import sixteenth_ja_1, sixteenth_ja_2, sixteenth_ja_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ja",
    out=Path(__file__).parent / "sixteenth",
    n0=4200,
    case_lists=(sixteenth_ja_1.CASES, sixteenth_ja_2.CASES, sixteenth_ja_3.CASES),
    noun="sixteenth-part cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
