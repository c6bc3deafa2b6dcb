"""Regenerate the twenty-fifth-round held-out part, prefix ``sa`` (tests/corpus/twentyfifth/
sa001-… to sa042-…), from its case specs (twentyfifth_sa_*.py):

    .venv/bin/python -m tests.corpus.make_twentyfifth_sa

It writes only ``sa###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes, chatty and sloppy
messages, many mail clients, HTML-only mails (tables in Outlook and webmail HTML), forwards and
replies with quoted history (also the office's own quoted press release and contacts),
corrections, signatures naming several people and foreign senders writing English, plus data
messages that each carry a file. They were written by hand apart from the extraction rules:
score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentyfifth_sa_1, twentyfifth_sa_2, twentyfifth_sa_3
from tests.corpus.parts import Part

PART = Part(
    prefix="sa",
    out=Path(__file__).parent / "twentyfifth",
    n0=6900,
    case_lists=(twentyfifth_sa_1.CASES, twentyfifth_sa_2.CASES, twentyfifth_sa_3.CASES),
    noun="twenty-fifth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
