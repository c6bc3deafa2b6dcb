"""Regenerate the twelfth-round held-out part ``fa`` (tests/corpus/twelfth/fa001-… to
fa042-…) from its case specs (twelfth_fa_*.py):

    .venv/bin/python -m tests.corpus.make_twelfth_fa

It writes only ``fa###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes, chatty and sloppy
messages, many mail clients, HTML-only mails with tables, forwards and reply threads with
quoted history, corrections and follow-ups, several people in one signature, nicknames and
foreign senders. They were written by hand apart from the extraction rules: score them only
at the end of the twelfth round of rule work, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twelfth_fa_1, twelfth_fa_2, twelfth_fa_3
from tests.corpus.parts import Part

PART = Part(
    prefix="fa",
    out=Path(__file__).parent / "twelfth",
    n0=3000,
    case_lists=(twelfth_fa_1.CASES, twelfth_fa_2.CASES, twelfth_fa_3.CASES),
    noun="twelfth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
