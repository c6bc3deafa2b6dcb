"""Regenerate the seventeenth-round held-out part, prefix ``ka`` (tests/corpus/seventeenth/
ka001-… to ka042-…), from its case specs (seventeenth_ka_*.py):

    .venv/bin/python -m tests.corpus.make_seventeenth_ka

It writes only ``ka###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes, chatty and sloppy
messages, many mail clients, HTML-only mails, forwards and replies with quoted history,
corrections, signatures naming several people, and foreign senders. They were written by hand
apart from the extraction rules: score them only at the end, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import seventeenth_ka_1, seventeenth_ka_2, seventeenth_ka_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ka",
    out=Path(__file__).parent / "seventeenth",
    n0=4500,
    case_lists=(seventeenth_ka_1.CASES, seventeenth_ka_2.CASES, seventeenth_ka_3.CASES),
    noun="seventeenth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
