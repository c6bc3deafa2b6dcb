"""Corpus cases 66–: fourth held-out round (recipient letterhead with the office's phone,
'od … do' ranges, lettered bullets, HTML contact tables, camera crews in English)."""

from __future__ import annotations

from typing import Any

from tests.corpus.cases_a import FEED, REC, L

CASES: list[dict[str, Any]] = [
    {
        "id": "66-recipient-block-office-phone",
        "description": "letter addressed to the office with its phone; applicant phone unlabelled",
        "from": "Zdena Malinová <malinova@krajske-listy.example>",
        "subject": "Žádost o registraci – Krajské listy",
        "body": """Český statistický úřad
Na padesátém 81, 100 82 Praha 10
tel. 274 051 111, podatelna@czso.cz

Žádost o registraci k vyhrazenému připojení

Krajské listy s.r.o., IČO 04617754
a) ostrý provoz: od 94.113.20.1 do 94.113.20.3
b) testovací provoz: 94.113.20.9

Zdena Malinová, 739 202 303, malinova@krajske-listy.example
""",
        "labels": L(
            FEED,
            "Krajské listy s.r.o.",
            "04617754",
            None,
            ["94.113.20.1", "94.113.20.2", "94.113.20.3"],
            ["94.113.20.9"],
            "Zdena Malinová",
            "malinova@krajske-listy.example",
            "+420739202303",
        ),
    },
    {
        "id": "67-html-contact-table",
        "description": "HTML form-like table holding every field",
        "from": "Formulář <noreply@mediaforms.example>",
        "subject": "Žádost o přístup k XML serveru (webový formulář)",
        "html": """<h3>Žádost o přístup k XML serveru</h3>
<table>
<tr><th>Název organizace</th><td>Rádio Krokodýl s.r.o.</td></tr>
<tr><th>IČO</th><td>25508121</td></tr>
<tr><th>Produkční IP adresy</th><td>185.64.219.4<br>185.64.219.5</td></tr>
<tr><th>Testovací IP adresy</th><td>185.64.219.6</td></tr>
<tr><th>Kontaktní osoba</th><td>Marek Šťastný</td></tr>
<tr><th>Telefon</th><td>+420 541 000 222</td></tr>
<tr><th>E-mail</th><td>stastny@radio-krokodyl.example</td></tr>
</table>
<p>Odesláno z formuláře mediaforms.example.</p>""",
        "labels": L(
            FEED,
            "Rádio Krokodýl s.r.o.",
            "25508121",
            None,
            ["185.64.219.4", "185.64.219.5"],
            ["185.64.219.6"],
            "Marek Šťastný",
            "stastny@radio-krokodyl.example",
            "+420541000222",
        ),
    },
    {
        "id": "68-camera-crew-english",
        "description": "English recording request by a foreign broadcaster",
        "from": "Planning Desk <planning@alpentv.example>",
        "subject": "Camera crew at a ballot collection point - request for permission",
        "body": """Dear Sir or Madam,

Alpen TV GmbH would like to send a camera crew to a collection point of the Czech
Statistical Office on the evening of the first round.

Applicant: Julia Gruber, planning editor
Person to be permitted: Stefan Huber, camera operator (+43 664 1234567)
Newsroom: Alpen TV GmbH, Mariahilfer Straße 1, 1060 Wien
Scope of recording: b-roll footage of the counting process, no interviews
Preferred collection point: Jihomoravský kraj (Brno)

Contact: Julia Gruber, julia.gruber@alpentv.example, +43 1 234 5678

Kind regards
Julia Gruber
""",
        "labels": L(
            REC,
            "Alpen TV GmbH",
            None,
            None,
            [],
            [],
            "Julia Gruber",
            "julia.gruber@alpentv.example",
            "+4312345678",
        ),
    },
    {
        "id": "69-duplicates-body-attachment",
        "description": "body and DOCX repeat the addresses in different order",
        "from": "Bohumil Říha <riha@pisecky-zpravodaj.example>",
        "subject": "Registrace XML – Písecký zpravodaj",
        "body": """Dobrý den,

Písecký zpravodaj, z.s., IČO 22879501
produkční: 46.36.35.7, 46.36.35.8
testovací: 46.36.35.9

Podrobnosti v příloze.
Bohumil Říha, tel. 382 111 000, riha@pisecky-zpravodaj.example
""",
        "attachments": [
            (
                "docx",
                "zadost.docx",
                [
                    "Žádost o registraci",
                    [
                        ["Produkční IP", "46.36.35.8"],
                        ["Produkční IP", "46.36.35.7"],
                        ["Testovací IP", "46.36.35.9"],
                    ],
                    "Kontaktní osoba: Bohumil Říha",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Písecký zpravodaj, z.s.",
            "22879501",
            None,
            ["46.36.35.7", "46.36.35.8"],
            ["46.36.35.9"],
            "Bohumil Říha",
            "riha@pisecky-zpravodaj.example",
            "+420382111000",
        ),
    },
    {
        "id": "70-forwarded-footer-phones",
        "description": "own short request; a forwarded internal mail below has other phones",
        "from": "Václav Jelen <jelen@hradecke-noviny.example>",
        "subject": "Žádost XML – Hradecké noviny",
        "body": """Dobrý den,

Hradecké noviny a.s. (IČO 27505359) žádají o přístup k XML serveru.
Produkce: 185.21.108.40, 185.21.108.41
Test: 185.21.108.42
Kontakt: Václav Jelen, 495 800 900, jelen@hradecke-noviny.example

-------- Přeposlaná zpráva --------
Od: Správa sítě <sit@hradecke-noviny.example>
Předmět: adresy pro ČSÚ

Ahoj, tady jsou adresy. Kdyby něco, volej na 495 800 999.
Pavel Sýkora, správce sítě, pavel.sykora@hradecke-noviny.example
""",
        "labels": L(
            FEED,
            "Hradecké noviny a.s.",
            "27505359",
            None,
            ["185.21.108.40", "185.21.108.41"],
            ["185.21.108.42"],
            "Václav Jelen",
            "jelen@hradecke-noviny.example",
            "+420495800900",
        ),
    },
]
