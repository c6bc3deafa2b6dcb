"""Regenerate the sixth held-out set, prefix ``m`` (tests/corpus/sixth/m001-… to m042-…),
from its case specs (sixth_m_*.py):

    .venv/bin/python -m tests.corpus.make_sixth_m

It writes only ``m###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise forms and templates (the office's form filled in many ways, data-box
messages with and without documents, letters from municipalities, universities, regional
studios and associations, filming-only applicants). They were written by hand apart from the
extraction rules: score them only at the very end, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import sixth_m_1, sixth_m_2, sixth_m_3
from tests.corpus.parts import Part

PART = Part(
    prefix="m",
    out=Path(__file__).parent / "sixth",
    n0=1300,
    case_lists=(sixth_m_1.CASES, sixth_m_2.CASES, sixth_m_3.CASES),
    noun="sixth-set cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
