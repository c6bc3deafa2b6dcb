"""Regenerate the eleventh-round held-out part, prefix ``ea`` (tests/corpus/eleventh/ea001-…
to ea042-…), from its case specs (eleventh_ea_*.py):

    .venv/bin/python -m tests.corpus.make_eleventh_ea

It writes only ``ea###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes, chatty and sloppy
messages, many mail clients, HTML-only mails with tables, forwards and reply threads,
corrections and follow-ups, several people in signatures, nicknames and foreign senders. They
were written by hand apart from the extraction rules: score them only at the end of the
eleventh round of rule work, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import eleventh_ea_1, eleventh_ea_2, eleventh_ea_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ea",
    out=Path(__file__).parent / "eleventh",
    n0=2700,
    case_lists=(eleventh_ea_1.CASES, eleventh_ea_2.CASES, eleventh_ea_3.CASES),
    noun="eleventh-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
