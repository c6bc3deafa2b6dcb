"""Regenerate the sixth held-out set's part with prefix ``l`` (tests/corpus/sixth/l001-… to
l042-…) from its case specs (sixth_l_*.py):

    .venv/bin/python -m tests.corpus.make_sixth_l

It writes only ``l###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise technical writers (host tables, firewall-rule lines, NAT, IPv6 next to
IPv4, primary/failover/staging wording, monitoring and DNS hosts not to be allowed) next to
formal letters. They were written by hand apart from the extraction rules: score them only at
the end, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import sixth_l_1, sixth_l_2, sixth_l_3
from tests.corpus.parts import Part

PART = Part(
    prefix="l",
    out=Path(__file__).parent / "sixth",
    n0=1200,
    case_lists=(sixth_l_1.CASES, sixth_l_2.CASES, sixth_l_3.CASES),
    noun="sixth-set cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
