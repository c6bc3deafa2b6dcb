"""Regenerate the forty-first-round held-out part, prefix ``at`` (tests/corpus/fortyfirst/
at001-… to at042-…), from its case specs (fortyfirst_at_*.py):

    .venv/bin/python -m tests.corpus.make_fortyfirst_at

It writes only ``at###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: office documents, text files and
forwarded .eml messages behind a short cover mail or an empty body, checkbox forms and ANO/NE
columns, tables with role columns and row headers, data messages with the application in the
annotation, in the file or in both, cover notes that change the attachment, and letterheads and
signatures with an IČO and a data-box ID. They were written by hand apart from the extraction
rules: score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortyfirst_at_1, fortyfirst_at_2, fortyfirst_at_3
from tests.corpus.parts import Part

PART = Part(
    prefix="at",
    out=Path(__file__).parent / "fortyfirst",
    n0=11800,
    case_lists=(fortyfirst_at_1.CASES, fortyfirst_at_2.CASES, fortyfirst_at_3.CASES),
    noun="forty-first-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
