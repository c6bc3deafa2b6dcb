"""Regenerate the fiftieth-round held-out part, prefix ``bz`` (tests/corpus/fiftieth/
bz001-… to bz042-…), from its case specs (fiftieth_bz_*.py):

    .venv/bin/python -m tests.corpus.make_fiftieth_bz

It writes only ``bz###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Polish, Slovak, Hungarian, French, Spanish, Italian, Dutch, Swedish) or mixing
it with English; freelancers, universities and institutes, municipalities and their TVs, law
firms with a power of attorney, IT contractors writing for a medium, media groups naming several
titles where one company applies; terse notes and long formal letters. Addresses come as ranges,
CIDR blocks (IPv4 and IPv6), netmasks, order words ('respectively', 'resp.', 'illetve',
'respectievelijk'), IPv6 with a prefix length or written in full, hostnames with the address in
brackets, replaced, temporary, backup and internal hosts. Requests are declined, withdrawn,
conditional ('pokud nám schválíte natáčení, XML nepotřebujeme'), deferred, for a later election
or for filming only; some letters give the same data twice with one small difference. Five data
messages each carry a file. They were written by hand apart from the extraction rules: score
them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftieth_bz_1, fiftieth_bz_2, fiftieth_bz_3
from tests.corpus.parts import Part

PART = Part(
    prefix="bz",
    out=Path(__file__).parent / "fiftieth",
    n0=14600,
    case_lists=(fiftieth_bz_1.CASES, fiftieth_bz_2.CASES, fiftieth_bz_3.CASES),
    noun="fiftieth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
