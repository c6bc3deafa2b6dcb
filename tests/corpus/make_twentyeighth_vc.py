"""Regenerate the twentyeighth-round held-out part, prefix ``vc`` (tests/corpus/twentyeighth/
vc001-… to vc042-…), from its case specs (twentyeighth_vc_*.py):

    .venv/bin/python -m tests.corpus.make_twentyeighth_vc

It writes only ``vc###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing German, Polish,
Slovak, Hungarian, French, Spanish, Norwegian, Danish and Finnish or mixed with English,
freelancers, universities and an institute, towns and a village, agencies, IT contractors writing
for a medium, terse notes and long letters; addresses as written ranges, CIDR blocks, netmasks,
order words and IPv6, replaced, temporary and internal hosts; request types declined, withdrawn,
conditional, left for a later election or filming only; and data messages that each carry a
file. They were written by hand apart from the extraction rules: score them only at the end of
the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentyeighth_vc_1, twentyeighth_vc_2, twentyeighth_vc_3
from tests.corpus.parts import Part

PART = Part(
    prefix="vc",
    out=Path(__file__).parent / "twentyeighth",
    n0=8000,
    case_lists=(twentyeighth_vc_1.CASES, twentyeighth_vc_2.CASES, twentyeighth_vc_3.CASES),
    noun="twentyeighth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
