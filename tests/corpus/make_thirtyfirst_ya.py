"""Regenerate the thirty-first-round held-out part, prefix ``ya`` (tests/corpus/thirtyfirst/
ya001-… to ya042-…), from its case specs (thirtyfirst_ya_*.py):

    .venv/bin/python -m tests.corpus.make_thirtyfirst_ya

It writes only ``ya###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes, chatty and sloppy
messages, many mail clients, HTML-only mails (tables in Outlook and webmail HTML), forwards and
replies with quoted history (also the office's own quoted press release and contacts),
corrections, signatures naming several people and foreign senders writing English, plus data
messages that each carry a file. They were written by hand apart from the extraction rules:
score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtyfirst_ya_1, thirtyfirst_ya_2, thirtyfirst_ya_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ya",
    out=Path(__file__).parent / "thirtyfirst",
    n0=8700,
    case_lists=(thirtyfirst_ya_1.CASES, thirtyfirst_ya_2.CASES, thirtyfirst_ya_3.CASES),
    noun="thirty-first-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
