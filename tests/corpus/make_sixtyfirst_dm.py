"""Regenerate the sixty-first-round held-out part, prefix ``dm`` (tests/corpus/sixtyfirst/
dm001-… to dm042-…), from its case specs (sixtyfirst_dm_*.py):

    .venv/bin/python -m tests.corpus.make_sixtyfirst_dm

It writes only ``dm###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (Vietnamese with Czech terms, Russian and Serbian in Cyrillic, Serbian in Latin
letters, Lithuanian, Latvian, Estonian, Finnish, Romanian, Slovenian, Turkish, Catalan, Dutch
and Flemish, Danish, Swedish, Norwegian, Austrian and German German, Slovak) or mixed with
English and Japanese; an Austrian public broadcaster's correspondent filming only; a public
broadcaster's regional studio whose letterhead carries the studio's IČP; a Lithuanian
company's Czech branch; a town, a city district, universities, freelancers, an agency and IT
contractors writing for media; terse notes and long formal letters; addresses as ranges, CIDR
blocks, netmasks, 'respectively' (odnosno, respectievelijk, bzw.), 'the former … the latter'
(eerstgenoemde … laatstgenoemde, den förra … den senare), zero-padded octets, a trailing
port, full-width digits and dots, uncompressed IPv6, replaced, temporary or internal hosts;
test servers named only in the writer's language (testipalvelin, server de test); requests
declined, withdrawn, conditional, deferred, for a later election or for filming only; six
data messages, each carrying a file. They were written by hand apart from the extraction
rules: score them only at the end of the round."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import sixtyfirst_dm_1, sixtyfirst_dm_2, sixtyfirst_dm_3
from tests.corpus.parts import Part

PART = Part(
    prefix="dm",
    out=Path(__file__).parent / "sixtyfirst",
    n0=17900,
    case_lists=(sixtyfirst_dm_1.CASES, sixtyfirst_dm_2.CASES, sixtyfirst_dm_3.CASES),
    noun="sixty-first-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
