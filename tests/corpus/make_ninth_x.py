"""Regenerate the ninth held-out part, prefix ``x`` (tests/corpus/ninth/x001-… to x042-…),
from its case specs (ninth_x_*.py):

    .venv/bin/python -m tests.corpus.make_ninth_x

It writes only ``x###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media, freelancers, universities,
municipalities, agencies and IT contractors writing for a medium; addresses as ranges, CIDR,
netmasks, words, IPv6, old, corrected or internal ones; requests declined, withdrawn or for
filming only. They were written by hand apart from the extraction rules: score them only at the
end, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import ninth_x_1, ninth_x_2, ninth_x_3
from tests.corpus.parts import Part

PART = Part(
    prefix="x",
    out=Path(__file__).parent / "ninth",
    n0=2300,
    case_lists=(ninth_x_1.CASES, ninth_x_2.CASES, ninth_x_3.CASES),
    noun="ninth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
