"""Regenerate the fourteenth held-out part, prefix ``ha`` (tests/corpus/fourteenth/ha001-… to
ha042-…), from its case specs (fourteenth_ha_*.py):

    .venv/bin/python -m tests.corpus.make_fourteenth_ha

It writes only ``ha###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes, chatty mails, many
mail clients, HTML-only mails with tables, forwards and replies with quoted history,
corrections and follow-ups, several people and phones in signatures, foreign senders. They
were written by hand apart from the extraction rules: score them only at the end, never tune
against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fourteenth_ha_1, fourteenth_ha_2, fourteenth_ha_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ha",
    out=Path(__file__).parent / "fourteenth",
    n0=3600,
    case_lists=(fourteenth_ha_1.CASES, fourteenth_ha_2.CASES, fourteenth_ha_3.CASES),
    noun="fourteenth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
