"""Regenerate the eighth held-out part, prefix ``t`` (tests/corpus/eighth/t001-… to t042-…),
from its case specs (eighth_t_*.py):

    .venv/bin/python -m tests.corpus.make_eighth_t

It writes only ``t###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments (DOCX, PDF, XLSX, ODT, RTF), completed forms and data-box
messages. They were written by hand apart from the extraction rules: score them only at the
end of the rule work, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import eighth_t_1, eighth_t_2, eighth_t_3
from tests.corpus.parts import Part

PART = Part(
    prefix="t",
    out=Path(__file__).parent / "eighth",
    n0=1900,
    case_lists=(eighth_t_1.CASES, eighth_t_2.CASES, eighth_t_3.CASES),
    noun="eighth-part cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
