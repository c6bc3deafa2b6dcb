"""Regenerate the thirty-seventh-round held-out part, prefix ``ag`` (tests/corpus/thirtyseventh/
ag001-… to ag042-…), from its case specs (thirtyseventh_ag_*.py):

    .venv/bin/python -m tests.corpus.make_thirtyseventh_ag

It writes only ``ag###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes, chatty and sloppy
messages, many mail clients, HTML-only mails (tables in Outlook and webmail HTML), forwards and
replies with quoted history (also the office's own quoted press release and contacts),
corrections, signatures naming several people and foreign senders writing English, plus data
messages that each carry a file. They were written by hand apart from the extraction rules:
score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtyseventh_ag_1, thirtyseventh_ag_2, thirtyseventh_ag_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ag",
    out=Path(__file__).parent / "thirtyseventh",
    n0=10500,
    case_lists=(thirtyseventh_ag_1.CASES, thirtyseventh_ag_2.CASES, thirtyseventh_ag_3.CASES),
    noun="thirty-seventh-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
