"""Regenerate the thirtieth-round held-out part, prefix ``xa`` (tests/corpus/thirtieth/
xa001-… to xa042-…), from its case specs (thirtieth_xa_*.py):

    .venv/bin/python -m tests.corpus.make_thirtieth_xa

It writes only ``xa###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes, chatty and sloppy
messages, many mail clients, HTML-only mails (tables in Outlook and webmail HTML), forwards and
replies with quoted history (also the office's own quoted press release and contacts),
corrections, signatures naming several people and foreign senders writing English, plus data
messages that each carry a file. They were written by hand apart from the extraction rules:
score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtieth_xa_1, thirtieth_xa_2, thirtieth_xa_3
from tests.corpus.parts import Part

PART = Part(
    prefix="xa",
    out=Path(__file__).parent / "thirtieth",
    n0=8400,
    case_lists=(thirtieth_xa_1.CASES, thirtieth_xa_2.CASES, thirtieth_xa_3.CASES),
    noun="thirtieth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
