"""Regenerate the thirty-second-round held-out part, prefix ``za`` (tests/corpus/thirtysecond/
za001-… to za042-…), from its case specs (thirtysecond_za_*.py):

    .venv/bin/python -m tests.corpus.make_thirtysecond_za

It writes only ``za###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes, chatty and sloppy
messages, many mail clients, HTML-only mails (tables in Outlook and webmail HTML), forwards and
replies with quoted history (also the office's own quoted press release and contacts),
corrections, signatures naming several people and foreign senders writing English, plus data
messages that each carry a file. They were written by hand apart from the extraction rules:
score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtysecond_za_1, thirtysecond_za_2, thirtysecond_za_3
from tests.corpus.parts import Part

PART = Part(
    prefix="za",
    out=Path(__file__).parent / "thirtysecond",
    n0=9000,
    case_lists=(thirtysecond_za_1.CASES, thirtysecond_za_2.CASES, thirtysecond_za_3.CASES),
    noun="thirty-second-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
