"""Regenerate the seventh held-out part, prefix ``p`` (tests/corpus/seventh/p001-… to
p042-…), from its case specs (seventh_p_*.py):

    .venv/bin/python -m tests.corpus.make_seventh_p

It writes only ``p###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise everyday mess: mobile mails and webmails, signatures and disclaimers in
several languages, Outlook safe links, applications sent twice, several attachments of which a
cover note names the valid one, pasted spreadsheet rows, smart quotes and non-breaking spaces,
addresses with ports or punctuation, phones in many national formats. They were written by
hand apart from the extraction rules: score them only at the end, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import seventh_p_1, seventh_p_2, seventh_p_3
from tests.corpus.parts import Part

PART = Part(
    prefix="p",
    out=Path(__file__).parent / "seventh",
    n0=1500,
    case_lists=(seventh_p_1.CASES, seventh_p_2.CASES, seventh_p_3.CASES),
    noun="seventh-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
