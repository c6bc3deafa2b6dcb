"""Regenerate the twentysecond-round held-out part, prefix ``pa`` (tests/corpus/twentysecond/
pa001-… to pa042-…), from its case specs (twentysecond_pa_*.py):

    .venv/bin/python -m tests.corpus.make_twentysecond_pa

It writes only ``pa###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes, chatty and sloppy
messages, many mail clients, HTML-only mails (tables and lists in Outlook, webmail and Apple Mail
HTML), forwards and replies with quoted history (also the office's own quoted announcement and
contacts), corrections, signatures naming several people and foreign senders writing English,
plus data messages that each carry a file. They were written by hand apart from the extraction
rules: score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentysecond_pa_1, twentysecond_pa_2, twentysecond_pa_3
from tests.corpus.parts import Part

PART = Part(
    prefix="pa",
    out=Path(__file__).parent / "twentysecond",
    n0=6000,
    case_lists=(twentysecond_pa_1.CASES, twentysecond_pa_2.CASES, twentysecond_pa_3.CASES),
    noun="twentysecond-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
