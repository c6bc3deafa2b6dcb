"""Regenerate the sixtieth-round held-out part, prefix ``dj`` (tests/corpus/sixtieth/
dj001-… to dj042-…), from its case specs (sixtieth_dj_*.py):

    .venv/bin/python -m tests.corpus.make_sixtieth_dj

It writes only ``dj###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (Ukrainian and Bulgarian in Cyrillic, Greek, European and Brazilian Portuguese,
Romanian, Croatian, Serbian, Estonian, Latvian, Norwegian, Icelandic, Turkish, Catalan,
Spanish, Italian, French, Swiss German, Polish, Slovak) or mixed with English; a Korean
agency's Prague bureau writing the family name in capitals first; an agency applying in its
own name for two clients; a Slovak company's Czech branch; a student radio through the
dean's office; a Městský úřad for the town's newsletter; freelancers, institutes, an
association and IT contractors; terse notes and long formal letters; addresses as ranges,
CIDR blocks, netmasks, 'respectively' (respetivamente, respectivamente, odpowiednio, bzw.,
resp.), IPv6, replaced, temporary or internal hosts; requests declined, withdrawn,
conditional, for a later election or for filming only; six data messages, each carrying a
file. They were written by hand apart from the extraction rules: score them only at the end
of the round."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import sixtieth_dj_1, sixtieth_dj_2, sixtieth_dj_3
from tests.corpus.parts import Part

PART = Part(
    prefix="dj",
    out=Path(__file__).parent / "sixtieth",
    n0=17600,
    case_lists=(sixtieth_dj_1.CASES, sixtieth_dj_2.CASES, sixtieth_dj_3.CASES),
    noun="sixtieth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
