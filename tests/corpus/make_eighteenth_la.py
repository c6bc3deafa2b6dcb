"""Regenerate the eighteenth-round held-out part, prefix ``la`` (tests/corpus/eighteenth/
la001-… to la042-…), from its case specs (eighteenth_la_*.py):

    .venv/bin/python -m tests.corpus.make_eighteenth_la

It writes only ``la###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes, chatty and sloppy
messages, many mail clients, HTML-only mails (tables in Outlook and webmail HTML), forwards and
replies with quoted history (also the office's own quoted press release and contacts),
corrections, signatures naming several people and foreign senders writing English, plus data
messages that each carry a file. They were written by hand apart from the extraction rules:
score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import eighteenth_la_1, eighteenth_la_2, eighteenth_la_3
from tests.corpus.parts import Part

PART = Part(
    prefix="la",
    out=Path(__file__).parent / "eighteenth",
    n0=4800,
    case_lists=(eighteenth_la_1.CASES, eighteenth_la_2.CASES, eighteenth_la_3.CASES),
    noun="eighteenth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
