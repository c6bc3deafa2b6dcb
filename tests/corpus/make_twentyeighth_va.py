"""Regenerate the twentyeighth-round held-out part, prefix ``va`` (tests/corpus/twentyeighth/
va001-… to va042-…), from its case specs (twentyeighth_va_*.py):

    .venv/bin/python -m tests.corpus.make_twentyeighth_va

It writes only ``va###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes, chatty and sloppy
messages, many mail clients, HTML-only mails (tables in Outlook and webmail HTML), forwards and
replies with quoted history (also the office's own quoted press release and contacts),
corrections, signatures naming several people and foreign senders writing English (and one in
German), plus data messages that each carry a file. They were written by hand apart from the
extraction rules: score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentyeighth_va_1, twentyeighth_va_2, twentyeighth_va_3
from tests.corpus.parts import Part

PART = Part(
    prefix="va",
    out=Path(__file__).parent / "twentyeighth",
    n0=7800,
    case_lists=(twentyeighth_va_1.CASES, twentyeighth_va_2.CASES, twentyeighth_va_3.CASES),
    noun="twentyeighth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
