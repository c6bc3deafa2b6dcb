"""Regenerate the thirty-third-round held-out part, prefix ``ba`` (tests/corpus/thirtythird/
ba001-… to ba042-…), from its case specs (thirtythird_ba_*.py):

    .venv/bin/python -m tests.corpus.make_thirtythird_ba

It writes only ``ba###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes, chatty and sloppy
messages, many mail clients, HTML-only mails (tables in Outlook and webmail HTML), forwards and
replies with quoted history (also the office's own quoted press release, signature and
contacts), corrections, signatures naming several people and foreign senders writing English,
plus data messages that each carry a file. They were written by hand apart from the extraction
rules: score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtythird_ba_1, thirtythird_ba_2, thirtythird_ba_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ba",
    out=Path(__file__).parent / "thirtythird",
    n0=9300,
    case_lists=(thirtythird_ba_1.CASES, thirtythird_ba_2.CASES, thirtythird_ba_3.CASES),
    noun="thirty-third-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
