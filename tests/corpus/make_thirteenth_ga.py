"""Regenerate the thirteenth-round held-out set, prefix ``ga`` (tests/corpus/thirteenth/ga001-…
to ga042-…), from its case specs (thirteenth_ga_*.py):

    .venv/bin/python -m tests.corpus.make_thirteenth_ga

It writes only ``ga###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed two-liners, chatty mails,
many mail clients, HTML-only mails with tables, forwards and reply threads, corrections and
follow-ups, busy signatures and nicknames, Czech/Slovak/English and German or Polish senders.
They were written by hand apart from the extraction rules: score them only at the end of the
thirteenth round of rule work, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirteenth_ga_1, thirteenth_ga_2, thirteenth_ga_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ga",
    out=Path(__file__).parent / "thirteenth",
    n0=3300,
    case_lists=(thirteenth_ga_1.CASES, thirteenth_ga_2.CASES, thirteenth_ga_3.CASES),
    noun="thirteenth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
