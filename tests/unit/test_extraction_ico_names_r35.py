"""IČO, thirty-fifth round (issue 18), helper r35-names.

Listed miss: da038 ("ICO 36591042 - pardon, preklep, spravne 36590142"): the first number
fails the checksum and the unlabelled corrected one after the words of correction was never
read; the IČO went missing.

Class fixed: an IČO put right in the same text - in the same breath after the labelled one
("pardon, překlep, správně …", "sorry, typo - correct is …", "oprava: má být …") or in a later
labelled line with a word of correction ("Oprava: správné IČO je …", "IČO má být …") - the later
value wins (also when the first passes the checksum), never for certain (CORRECTED).

The drill's messages were labelled by ``tests/corpus/LABELS.md`` before any extraction was
run on them; wording and names are the tests' own, none a corpus case."""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import body, certain, extract, mail

# (id, text, wanted IČO, certain)
_CASES: list[tuple[str, str, str, bool]] = [
    (
        "c01-cs-same-breath-first-valid",
        "Dobrý den,\nRádio Jizera s.r.o., IČO 39201121 – omlouvám se, překlep, má být 39201112 – "
        "žádá o přístup k XML výsledkům pro 203.0.113.5.\nS pozdravem\nJan Malý",
        "39201112",
        False,
    ),
    (
        "c02-cs-later-line-oprava",
        "Dobrý den,\nžádáme o přístup k XML za Rádio Jizera s.r.o., IČO 91539838.\nProdukční IP 203.0.113.5.\n"
        "Oprava: správné IČO je 12659894, to první je naší mateřské firmy, pardon.\nJan Malý",
        "12659894",
        False,
    ),
    (
        "c03-en-typo-correct-is",
        "Hello,\nNorth Wave Media s.r.o. (Company ID 51642787, sorry, typo: the correct one is 51642778) "
        "applies for the XML feed from 203.0.113.7.\nBest regards,\nAnna Reed",
        "51642778",
        False,
    ),
    (
        "c04-sk-melo-byt",
        "Dobrý deň,\nžiadame o XML pre 203.0.113.9. Žiadateľ: TV Orava s.r.o., IČO: 45877530\n"
        "IČO malo byť 90744071, ospravedlňujem sa.\nPeter Kováč",
        "90744071",
        False,
    ),
    (
        "c05-de-richtig",
        "Guten Tag,\nwir, die Prager Rundschau s.r.o., IČO 74261548 (Tippfehler, richtig: 74261584), "
        "beantragen XML-Zugang für 203.0.113.11.\nMit freundlichen Grüßen\nKarl Huber",
        "74261584",
        False,
    ),
    (
        "c06-cs-next-line-spravne",
        "Žadatel: Obecní zpravodaj Lhota, z.s.\nIČO: 51474252\n– oprava, správně 51474255\n"
        "Žádáme o XML pro 203.0.113.12.\nEva Nová",
        "51474255",
        False,
    ),
    (
        "c07-en-should-read",
        "Dear Sir or Madam,\nBlue Lake Press s.r.o., reg. no. 26550091, requests XML access for 203.0.113.14.\n"
        "Correction: our Company ID should read 97356999.\nKind regards\nTom Berg",
        "97356999",
        False,
    ),
    (
        "c08-en-i-mean",
        "Hi,\nwe are Harbour FM s.r.o., Company ID: 80670512 - oops, I mean 80670521.\n"
        "Production IP 203.0.113.15, test IP 203.0.113.16.\nThanks, Lee Grant",
        "80670521",
        False,
    ),
    (
        "c09-sk-pardon-next-line",
        "Dobrý deň,\nžiadame o XML pre 203.0.113.17.\nRádio Tatry s.r.o.\nIČO: 90103495\n"
        "pardon, preklep – správne 90103459\nS pozdravom\nJozef Hraško",
        "90103459",
        False,
    ),
    # near-miss negatives: no correction, two numbers of two organisations; a correction of
    # something else after the IČO
    (
        "n01-cs-parent-company-no-fix",
        "Rádio Jizera s.r.o., IČO 39201112, žádá o XML pro 203.0.113.5. IČO mateřské společnosti: 91539838.",
        "39201112",
        False,
    ),
    (
        "n02-cs-phone-corrected-not-ico",
        "Žadatel: Rádio Jizera s.r.o., IČO: 40619028\nProdukční IP: 203.0.113.5\n"
        "Telefon 603 482 171 – oprava, správně 603 482 117.\nJan Malý",
        "40619028",
        True,
    ),
]


@pytest.mark.parametrize("case", _CASES, ids=[c[0] for c in _CASES])
def test_ico_corrected_drill(case: tuple[str, str, str, bool]) -> None:
    _id, text, want, sure = case
    x = extract(mail(body(text)))
    assert x.organization_ico == want
    assert certain(x, "organization.ico") is sure
