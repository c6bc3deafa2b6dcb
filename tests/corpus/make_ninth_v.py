"""Regenerate the ninth held-out part, prefix ``v`` (tests/corpus/ninth/v001-… to v042-…),
from its case specs (ninth_v_*.py):

    .venv/bin/python -m tests.corpus.make_ninth_v

It writes only ``v###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it (phone notes, chatty mails, many mail
clients, HTML-only mails, forwards, replies, corrections, follow-ups, crowded signatures).
They were written by hand apart from the extraction rules: score them only at the end of the
rule work, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import ninth_v_1, ninth_v_2, ninth_v_3
from tests.corpus.parts import Part

PART = Part(
    prefix="v",
    out=Path(__file__).parent / "ninth",
    n0=2100,
    case_lists=(ninth_v_1.CASES, ninth_v_2.CASES, ninth_v_3.CASES),
    noun="ninth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
