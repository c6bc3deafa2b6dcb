"""Regenerate the fifty-fifth-round held-out part, prefix ``cr`` (tests/corpus/fiftyfifth/
cr001-… to cr042-…), from its case specs (fiftyfifth_cr_*.py):

    .venv/bin/python -m tests.corpus.make_fiftyfifth_cr

It writes only ``cr###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (Spanish, Italian, Slovak, Polish, Croatian, Serbian, German, Austrian and Swiss German,
Hungarian, French, Dutch, Portuguese, Swedish, Norwegian, Finnish) or mixed with English;
freelancers applying as themselves; universities, faculties and research institutes;
municipalities and regional TVs; IT contractors and agencies writing for a medium; terse notes
and long formal letters. Addresses come as ranges ("zakres od … do …", "t/m", dashes), CIDR
blocks (IPv4 and IPv6), netmasks written after one address, pairs ordered by "respectively",
"bzw.", "rispettivamente", "respektive", IPv6 in long and short forms, old addresses to be
removed next to new ones, a replaced address, a temporary election host and an internal host
behind NAT. Request types are declined, withdrawn, conditional, made for a later election or
for filming only ("nur Drehgenehmigung, kein Datenzugang"). Seven data messages each carry a
file. They were written by hand apart from the extraction rules: score them only at the end of
the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftyfifth_cr_1, fiftyfifth_cr_2, fiftyfifth_cr_3
from tests.corpus.parts import Part

PART = Part(
    prefix="cr",
    out=Path(__file__).parent / "fiftyfifth",
    n0=16100,
    case_lists=(fiftyfifth_cr_1.CASES, fiftyfifth_cr_2.CASES, fiftyfifth_cr_3.CASES),
    noun="fifty-fifth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
