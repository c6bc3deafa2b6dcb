"""Regenerate the thirty-ninth-round held-out part, prefix ``am`` (tests/corpus/thirtyninth/
am001-… to am042-…), from its case specs (thirtyninth_am_*.py):

    .venv/bin/python -m tests.corpus.make_thirtyninth_am

It writes only ``am###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes, chatty and sloppy
messages, many mail clients, HTML-only mails (tables in Outlook and webmail HTML), forwards and
replies with quoted history (also the office's own quoted press release and contacts),
corrections, signatures naming several people and foreign senders writing English, plus data
messages that each carry a file. They were written by hand apart from the extraction rules:
score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtyninth_am_1, thirtyninth_am_2, thirtyninth_am_3
from tests.corpus.parts import Part

PART = Part(
    prefix="am",
    out=Path(__file__).parent / "thirtyninth",
    n0=11100,
    case_lists=(thirtyninth_am_1.CASES, thirtyninth_am_2.CASES, thirtyninth_am_3.CASES),
    noun="thirty-ninth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
