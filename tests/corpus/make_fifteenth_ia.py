"""Regenerate the fifteenth-round held-out part, prefix ``ia`` (tests/corpus/fifteenth/ia001-…
to ia042-…), from its case specs (fifteenth_ia_*.py):

    .venv/bin/python -m tests.corpus.make_fifteenth_ia

It writes only ``ia###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed two-liners, chatty and
sloppy messages, many mail clients, HTML-only mails with tables, forwards and reply threads,
corrections and follow-ups, several people and phones in signatures, foreign senders. They were
written by hand apart from the extraction rules: score them only at the very end, never tune
against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fifteenth_ia_1, fifteenth_ia_2, fifteenth_ia_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ia",
    out=Path(__file__).parent / "fifteenth",
    n0=3900,
    case_lists=(fifteenth_ia_1.CASES, fifteenth_ia_2.CASES, fifteenth_ia_3.CASES),
    noun="fifteenth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
OUT = PART.out
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
