"""Regenerate the fourth held-out set's part ``f`` (tests/corpus/fourth/f001-… to f042-…),
from its case specs (fourth_f_*.py):

    .venv/bin/python -m tests.corpus.make_fourth_f

It writes only ``f###-*`` files, as tests/corpus/parts.py describes.

These cases were written by hand apart from the extraction rules: they are scored only at the
end of the rule work (``python -m tests.corpus.accuracy --set heldout``), never tuned against."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fourth_f_1, fourth_f_2, fourth_f_3
from tests.corpus.parts import Part

PART = Part(
    prefix="f",
    out=Path(__file__).parent / "fourth",
    n0=600,
    case_lists=(fourth_f_1.CASES, fourth_f_2.CASES, fourth_f_3.CASES),
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
