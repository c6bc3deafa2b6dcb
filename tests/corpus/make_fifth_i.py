"""Regenerate the fifth-round held-out set, prefix ``i`` (tests/corpus/fifth/i001-… to
i042-…), from its case specs (fifth_i_*.py):

    .venv/bin/python -m tests.corpus.make_fifth_i

It writes only ``i###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it (phone-typed notes, chatty and sloppy
messages, every kind of mail client, HTML-only mails, forwards, reply threads with quoted
history, corrections, several people in a signature, Czech/Slovak/English). They were written
by hand apart from the extraction rules: score them only at the end of the fifth round of rule
work, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fifth_i_1, fifth_i_2, fifth_i_3
from tests.corpus.parts import Part

PART = Part(
    prefix="i",
    out=Path(__file__).parent / "fifth",
    n0=900,
    case_lists=(fifth_i_1.CASES, fifth_i_2.CASES, fifth_i_3.CASES),
    noun="fifth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
