"""Regenerate the fifty-third-round held-out part, prefix ``cl`` (tests/corpus/fiftythird/
cl001-… to cl042-…), from its case specs (fiftythird_cl_*.py):

    .venv/bin/python -m tests.corpus.make_fiftythird_cl

It writes only ``cl###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Austrian and Swiss German, Polish, Slovak, Hungarian, French, Spanish,
Italian, Dutch, Swedish, Greek in Latin letters and in English, Turkish, Albanian, Catalan,
Icelandic) or mixing it with English; a Czech-speaking foreign correspondent with a foreign
phone and a Czech SIM; freelancers (one filming for two outlets and applying for one);
universities, their faculties and institutes; a town applying for its information screen and
municipal and regional TV; agencies and IT contractors writing for a medium; terse notes and
long formal letters. Addresses come as ranges ('bis', 'hasta', 'x.x.x.10 – 12' after a named
network), CIDR blocks, netmasks, IPv6 ranges and /127 blocks, tied by order words
('respectively', 'resp.', 'respectievelijk'), replaced, temporary, backup or internal hosts
behind NAT; last election's test address withdrawn while production stays. Requests are
declined, withdrawn, conditional, deferred, limited to one region, made for a later election
or for filming only; five data messages each carry a file. They were written by hand apart from
the extraction rules: score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftythird_cl_1, fiftythird_cl_2, fiftythird_cl_3
from tests.corpus.parts import Part

PART = Part(
    prefix="cl",
    out=Path(__file__).parent / "fiftythird",
    n0=15500,
    case_lists=(fiftythird_cl_1.CASES, fiftythird_cl_2.CASES, fiftythird_cl_3.CASES),
    noun="fifty-third-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
