"""Regenerate the twentyninth-round held-out part, prefix ``wa`` (tests/corpus/twentyninth/
wa001-… to wa042-…), from its case specs (twentyninth_wa_*.py):

    .venv/bin/python -m tests.corpus.make_twentyninth_wa

It writes only ``wa###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes, chatty and sloppy
messages, many mail clients, HTML-only mails (tables in Outlook and webmail HTML), forwards and
replies with quoted history (also the office's own quoted press release and contacts),
corrections, signatures naming several people and foreign senders writing English, plus data
messages that each carry a file. They were written by hand apart from the extraction rules:
score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentyninth_wa_1, twentyninth_wa_2, twentyninth_wa_3
from tests.corpus.parts import Part

PART = Part(
    prefix="wa",
    out=Path(__file__).parent / "twentyninth",
    n0=8100,
    case_lists=(twentyninth_wa_1.CASES, twentyninth_wa_2.CASES, twentyninth_wa_3.CASES),
    noun="twentyninth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
