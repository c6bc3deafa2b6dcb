"""Regenerate the fifty-sixth-round held-out part, prefix ``cu`` (tests/corpus/fiftysixth/
cu001-… to cu042-…), from its case specs (fiftysixth_cu_*.py):

    .venv/bin/python -m tests.corpus.make_fiftysixth_cu

It writes only ``cu###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Portuguese, Dutch, Greek-signed English, Finnish, Hungarian, Italian, Slovak,
Polish, French, Spanish, Swedish, Danish, Flemish, Swiss and Austrian German) or mixing it with
English; freelancers without a company, universities and their faculties or institutes, a
research foundation, municipalities and a town's own TV, regional TV, a PR agency and an IT
contractor writing for a medium; terse notes beside long formal letters. Addresses come as
ranges ("bis … außer", "-tól … -ig", en-dash and hyphen ranges), CIDR blocks, netmasks, order
words ("respectievelijk", "respectivamente", "henholdsvis", "in the order production, test"),
IPv6 in full and compressed form, replaced, stale, temporary, backup and internal hosts. Request
types are declined, withdrawn in a P.S. or a reply, conditional, deferred, made for a later
election or for filming only; six data messages each carry a file. They were written by hand
apart from the extraction rules: score them only at the end of the round, never tune against
them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftysixth_cu_1, fiftysixth_cu_2, fiftysixth_cu_3
from tests.corpus.parts import Part

PART = Part(
    prefix="cu",
    out=Path(__file__).parent / "fiftysixth",
    n0=16400,
    case_lists=(fiftysixth_cu_1.CASES, fiftysixth_cu_2.CASES, fiftysixth_cu_3.CASES),
    noun="fifty-sixth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
