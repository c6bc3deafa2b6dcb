"""Regenerate the twentysixth-round held-out part, prefix ``ta`` (tests/corpus/twentysixth/
ta001-… to ta042-…), from its case specs (twentysixth_ta_*.py):

    .venv/bin/python -m tests.corpus.make_twentysixth_ta

It writes only ``ta###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes, chatty and sloppy
messages, many mail clients, HTML-only mails (tables in Outlook and webmail HTML), forwards and
replies with quoted history (also the office's own quoted press release and contacts),
corrections, signatures naming several people and foreign senders writing English, plus data
messages that each carry a file. They were written by hand apart from the extraction rules:
score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentysixth_ta_1, twentysixth_ta_2, twentysixth_ta_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ta",
    out=Path(__file__).parent / "twentysixth",
    n0=7200,
    case_lists=(twentysixth_ta_1.CASES, twentysixth_ta_2.CASES, twentysixth_ta_3.CASES),
    noun="twentysixth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
