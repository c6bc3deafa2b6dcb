"""Regenerate the thirty-fifth-round held-out part, prefix ``da`` (tests/corpus/thirtyfifth/
da001-… to da042-…), from its case specs (thirtyfifth_da_*.py):

    .venv/bin/python -m tests.corpus.make_thirtyfifth_da

It writes only ``da###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes, chatty and sloppy
messages, many mail clients, HTML-only mails (tables in Outlook and webmail HTML), forwards and
replies with quoted history (also the office's own quoted press release and contacts),
corrections, signatures naming several people and foreign senders writing English (and German),
plus data messages that each carry a file. They were written by hand apart from the extraction
rules: score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtyfifth_da_1, thirtyfifth_da_2, thirtyfifth_da_3
from tests.corpus.parts import Part

PART = Part(
    prefix="da",
    out=Path(__file__).parent / "thirtyfifth",
    n0=9900,
    case_lists=(thirtyfifth_da_1.CASES, thirtyfifth_da_2.CASES, thirtyfifth_da_3.CASES),
    noun="thirty-fifth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
