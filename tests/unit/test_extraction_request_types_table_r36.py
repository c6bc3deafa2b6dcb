"""Request types, thirty-sixth round (issue 18, helper r36-table): a drill written and labelled
by ``tests/corpus/LABELS.md`` before extraction was run on it. Every text is invented.

Class 1 — a request the writer will come back to later ("nous vous recontacterons avant les
élections européennes", "we'll get back to you", "ozveme se znovu"): put off, not asked now
(af027). Near misses: coming back only if something is missing, or with an address.

Class 2 — a word of "separately" in a stretch about addresses or testing ("zvlášť testovat
nebudeme", ae042) puts off no request named beside it. Near misses: a request itself asked
for separately.
"""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import SIG, body, extract, mail


def _types(text: str) -> list[str]:
    return sorted(extract(mail(body(text + SIG))).request_types)


F, R = "feed_access", "recording_permit"

_CASES = [
    pytest.param(
        "Žádáme o povolení natáčet ve volební noci. O přístup k datům v XML požádáme později, až bude"
        " hotový server.\n",
        [R],
        id="c1-cz-pozadame-pozdeji",
    ),
    pytest.param(
        "Chceli by sme nakrúcať v sále. Čo sa týka XML, ozveme sa znova pred komunálnymi voľbami.\n",
        [R],
        id="c2-sk-ozveme-sa-znova",
    ),
    pytest.param(
        "We'd like permission to film at the count centre. Regarding the XML feed, we'll get back to"
        " you closer to the regional elections.\n",
        [R],
        id="c3-en-get-back-to-you",
    ),
    pytest.param(
        "Wir möchten am Wahlabend drehen. Wegen des XML-Zugangs melden wir uns später noch einmal.\n",
        [R],
        id="c4-de-melden-wir-uns-spater",
    ),
    pytest.param(
        "Chiediamo il permesso di riprendere al centro di raccolta. Per l'accesso XML vi"
        " ricontatteremo in vista delle elezioni europee.\n",
        [R],
        id="c5-it-vi-ricontatteremo",
    ),
    pytest.param(
        "Prosíme o přístup k XML výsledkům. K natáčení se ještě vrátíme příště.\n",
        [F],
        id="c6-cz-vratime-se-pristi",
    ),
    # near misses: coming back only if something is missing, or with an address
    pytest.param(
        "Žádáme o přístup k XML a o povolení natáčet. Kdyby něco chybělo, ozveme se.\n",
        [F, R],
        id="c7-near-cz-if-missing",
    ),
    pytest.param(
        "We request access to the XML feed; we will get back to you with the test address.\n",
        [F],
        id="c8-near-en-with-the-address",
    ),
    # class 2
    pytest.param(
        "Žádáme o XML (produkce 192.0.2.5; testovací prostředí zvlášť nemáme) a o možnost natáčet.\n",
        [F, R],
        id="s1-cz-test-zvlast-nemame",
    ),
    pytest.param(
        "We ask for XML access (server 198.51.100.9, we won't test separately) and for a filming"
        " permit.\n",
        [F, R],
        id="s2-en-test-separately",
    ),
    pytest.param(
        "Žádáme o přístup k XML (adresy pro test pošleme zvlášť) a o povolení natáčet na sběrném místě.\n",
        [F, R],
        id="s3-cz-test-addresses-sent-separately",
    ),
    pytest.param(
        "Žádáme o přístup k XML; o povolení natáčet požádáme zvlášť.\n",
        [F],
        id="s4-near-cz-permit-separately",
    ),
    pytest.param(
        "We request the XML feed. The filming permit we'll request separately.\n",
        [F],
        id="s5-near-en-permit-separately",
    ),
]


@pytest.mark.parametrize(("text", "want"), _CASES)
def test_put_off_or_separate(text: str, want: list[str]) -> None:
    assert _types(text) == want
