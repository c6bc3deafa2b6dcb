"""Regenerate the nineteenth-round held-out part, prefix ``ma`` (tests/corpus/nineteenth/
ma001-… to ma042-…), from its case specs (nineteenth_ma_*.py):

    .venv/bin/python -m tests.corpus.make_nineteenth_ma

It writes only ``ma###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: notes typed on phones, chatty and sloppy
messages, many mail clients, HTML-only mails (tables in Outlook on the web and Gmail HTML),
forwards and replies with quoted history (also the office's own quoted press release,
instructions and contacts), corrections, signatures naming several people and foreign senders
writing English, plus data messages that each carry a file. They were written by hand apart
from the extraction rules: score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import nineteenth_ma_1, nineteenth_ma_2, nineteenth_ma_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ma",
    out=Path(__file__).parent / "nineteenth",
    n0=5100,
    case_lists=(nineteenth_ma_1.CASES, nineteenth_ma_2.CASES, nineteenth_ma_3.CASES),
    noun="nineteenth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
