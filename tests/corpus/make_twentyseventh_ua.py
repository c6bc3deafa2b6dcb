"""Regenerate the twentyseventh-round held-out part, prefix ``ua`` (tests/corpus/twentyseventh/
ua001-… to ua042-…), from its case specs (twentyseventh_ua_*.py):

    .venv/bin/python -m tests.corpus.make_twentyseventh_ua

It writes only ``ua###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes, chatty and sloppy
messages, many mail clients, HTML-only mails (tables in Outlook and webmail HTML), forwards and
replies with quoted history (also the office's own quoted press release and contacts),
corrections, signatures naming several people and foreign senders writing English, plus data
messages that each carry a file. They were written by hand apart from the extraction rules:
score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentyseventh_ua_1, twentyseventh_ua_2, twentyseventh_ua_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ua",
    out=Path(__file__).parent / "twentyseventh",
    n0=7500,
    case_lists=(twentyseventh_ua_1.CASES, twentyseventh_ua_2.CASES, twentyseventh_ua_3.CASES),
    noun="twentyseventh-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
