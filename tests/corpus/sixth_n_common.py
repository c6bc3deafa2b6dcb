"""Shared pieces of the sixth-round held-out part, prefix ``n`` (n001–n042): the label
builder, the request-type lists and the office's own texts that replies and forwards quote.

Written by hand apart from the extraction rules and the tuning cases (issue 18). The styles
are the closed set of ``blind_a_common.Style``."""

from __future__ import annotations

from tests.corpus.blind_a_common import Style as Style
from tests.corpus.label_rules import L as L
from tests.corpus.label_rules import ico as ico

FEED = ["feed_access"]
REC = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

OFFICE_SIG = """Ing. Radek Procházka
odbor zpracování a prezentace výsledků voleb
Český statistický úřad | Na padesátém 81 | 100 82 Praha 10
IČO: 00025593, ID DS: 2gfaasy
T: +420 274 052 733, e-mail: media-volby@czso.cz"""

OFFICE_SIG_EN = """Radek Procházka
Election results department, Czech Statistical Office
Na padesátém 81, 100 82 Prague 10, Czech Republic
Company ID 00025593 | data box 2gfaasy | +420 274 052 733"""

OFFICE_ASK_PHONE = """Dobrý den,

děkujeme za žádost. Aby mohla být zpracována, chybí nám v ní telefonní
číslo na kontaktní osobu, která bude v den voleb k zastižení. Doplňte je
prosím odpovědí na tento e-mail.

S pozdravem
"""

OFFICE_ASK_TEST = """Dobrý den,

v žádosti jsou uvedeny jen adresy pro ostrý provoz. Pokud chcete využít
i testovací provoz před volbami, pošlete nám prosím také testovací IP
adresy (nejvýše pět). Bez nich Vám zřídíme pouze ostrý přístup.

Děkujeme
"""


def quote(text: str, depth: int = 1) -> str:
    """``text`` quoted the way mail clients quote a reply, ``depth`` levels deep."""
    mark = ">" * depth
    return "\n".join(f"{mark} {line}".rstrip() for line in text.splitlines())
