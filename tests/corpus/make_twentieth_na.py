"""Regenerate the twentieth-round held-out part, prefix ``na`` (tests/corpus/twentieth/
na001-… to na042-…), from its case specs (twentieth_na_*.py):

    .venv/bin/python -m tests.corpus.make_twentieth_na

It writes only ``na###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes, chatty and sloppy
messages, many mail clients, HTML-only mails (tables in Outlook and webmail HTML), forwards and
replies with quoted history (also the office's own quoted press release and contacts),
corrections, signatures naming several people and foreign senders writing English, plus data
messages that each carry a file. They were written by hand apart from the extraction rules:
score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentieth_na_1, twentieth_na_2, twentieth_na_3
from tests.corpus.parts import Part

PART = Part(
    prefix="na",
    out=Path(__file__).parent / "twentieth",
    n0=5400,
    case_lists=(twentieth_na_1.CASES, twentieth_na_2.CASES, twentieth_na_3.CASES),
    noun="twentieth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
