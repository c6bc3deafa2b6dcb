"""Regenerate the twentyfourth-round held-out part, prefix ``ra`` (tests/corpus/twentyfourth/
ra001-… to ra042-…), from its case specs (twentyfourth_ra_*.py):

    .venv/bin/python -m tests.corpus.make_twentyfourth_ra

It writes only ``ra###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes, chatty and sloppy
messages, many mail clients, HTML-only mails (tables in Outlook and webmail HTML), forwards and
replies with quoted history (also the office's own quoted press release and contacts),
corrections, signatures naming several people and foreign senders writing English, plus data
messages that each carry a file. They were written by hand apart from the extraction rules:
score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentyfourth_ra_1, twentyfourth_ra_2, twentyfourth_ra_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ra",
    out=Path(__file__).parent / "twentyfourth",
    n0=6600,
    case_lists=(twentyfourth_ra_1.CASES, twentyfourth_ra_2.CASES, twentyfourth_ra_3.CASES),
    noun="twentyfourth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
