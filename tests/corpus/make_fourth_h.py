"""Regenerate the fourth-round held-out part ``h`` (tests/corpus/fourth/h001-… to h042-…) from
its case specs (fourth_h_*.py):

    .venv/bin/python -m tests.corpus.make_fourth_h

It writes only ``h###-*`` files, as tests/corpus/parts.py describes.

These cases were written by hand apart from the extraction rules: they are scored only at the
end of the rule work (``python -m tests.corpus.accuracy --set heldout``), never tuned against."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fourth_h_1, fourth_h_2, fourth_h_3
from tests.corpus.parts import Part

PART = Part(
    prefix="h",
    out=Path(__file__).parent / "fourth",
    n0=800,
    case_lists=(fourth_h_1.CASES, fourth_h_2.CASES, fourth_h_3.CASES),
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
