"""Regenerate the twentyfirst-round held-out part, prefix ``oa`` (tests/corpus/twentyfirst/
oa001-… to oa042-…), from its case specs (twentyfirst_oa_*.py):

    .venv/bin/python -m tests.corpus.make_twentyfirst_oa

It writes only ``oa###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes, chatty and sloppy
messages, many mail clients, HTML-only mails (tables in Outlook and webmail HTML), forwards and
replies with quoted history (also the office's own quoted press release, confirmation and
contacts), corrections, signatures naming several people and foreign senders writing English
(and German, French, Italian, Polish, Slovak), plus data messages that each carry a file. They
were written by hand apart from the extraction rules: score them only at the end of the round,
never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentyfirst_oa_1, twentyfirst_oa_2, twentyfirst_oa_3
from tests.corpus.parts import Part

PART = Part(
    prefix="oa",
    out=Path(__file__).parent / "twentyfirst",
    n0=5700,
    case_lists=(twentyfirst_oa_1.CASES, twentyfirst_oa_2.CASES, twentyfirst_oa_3.CASES),
    noun="twentyfirst-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
