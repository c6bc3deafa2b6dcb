"""Corpus cases 60–: third held-out round (prose contacts, long formal letters, slash lists,
attachments in a ZIP, PDF tables, mixed English/Czech)."""

from __future__ import annotations

from typing import Any

from tests.corpus.cases_a import FEED, L

CASES: list[dict[str, Any]] = [
    {
        "id": "60-prose-contact-formal",
        "description": "long formal letter; the contact is named in a sentence; signer differs",
        "from": "Sekretariát generálního ředitele <sekretariat@prima-media.example>",
        "subject": "Žádost o přidělení přístupu k vyhrazenému serveru – volba prezidenta 2023",
        "body": """Český statistický úřad
odbor informatiky
Na padesátém 81
100 82 Praha 10

V Praze dne 15. prosince 2022

Věc: Žádost o přidělení přístupu k vyhrazenému serveru s výsledky voleb

Vážené dámy, vážení pánové,

společnost Prima Média, spol. s r.o., se sídlem Křižíkova 1, 186 00 Praha 8,
IČO 24193607, tímto žádá o přidělení přístupu k vyhrazenému serveru s průběžnými výsledky
volby prezidenta republiky ve formátu XML.

Přístup požadujeme z následujících IP adres:
ostrý provoz: 185.92.152.30, 185.92.152.31
testovací provoz: 185.92.152.40

Kontaktní osobou je Ing. Jaroslav Pecka (jaroslav.pecka@prima-media.example,
tel. +420 734 121 212), který má na starosti technické zajištění.

Zavazujeme se u zveřejněných výsledků uvádět jako zdroj Český statistický úřad.

S úctou

Mgr. Helena Vondrová
jednatelka
Prima Média, spol. s r.o.
""",
        "labels": L(
            FEED,
            "Prima Média, spol. s r.o.",
            "24193607",
            None,
            ["185.92.152.30", "185.92.152.31"],
            ["185.92.152.40"],
            "Jaroslav Pecka",
            "jaroslav.pecka@prima-media.example",
            "+420734121212",
        ),
    },
    {
        "id": "61-contact-in-parentheses",
        "description": "contact line with the name in parentheses after address and phone",
        "from": "servis <servis@zpravy24.example>",
        "subject": "XML – registrace Zprávy24",
        "body": """Dobrý den,
Zprávy24 s.r.o., IČO 05563364
IP: 81.2.194.70/81.2.194.71 (produkce), 81.2.194.72 (test)
Kontakt: servis@zpravy24.example / 777 909 808 (Jindřich Mach)
""",
        "labels": L(
            FEED,
            "Zprávy24 s.r.o.",
            "05563364",
            None,
            ["81.2.194.70", "81.2.194.71"],
            ["81.2.194.72"],
            "Jindřich Mach",
            "servis@zpravy24.example",
            "+420777909808",
        ),
    },
    {
        "id": "62-pdf-table",
        "description": "PDF letter with a rows-of-addresses table laid out with spaces",
        "from": "Kancelář <kancelar@radiozurnal-sever.example>",
        "subject": "Žádost o vyhrazené připojení",
        "body": "Dobrý den,\nv příloze zasíláme podepsanou žádost.\nKancelář\n",
        "attachments": [
            (
                "pdf",
                "zadost_podepsana.pdf",
                [
                    "Rádio Sever Plus s.r.o., IČO 28651863",
                    "Žádost o přístup k XML serveru ČSÚ",
                    "Typ provozu        IP adresa",
                    "produkční          93.99.104.10",
                    "produkční          93.99.104.11",
                    "testovací          93.99.104.12",
                    "Kontaktní osoba: Bc. Tereza Nováčková",
                    "tel.: 725 808 909, e-mail: novackova@radiozurnal-sever.example",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Rádio Sever Plus s.r.o.",
            "28651863",
            None,
            ["93.99.104.10", "93.99.104.11"],
            ["93.99.104.12"],
            "Tereza Nováčková",
            "novackova@radiozurnal-sever.example",
            "+420725808909",
        ),
    },
    {
        "id": "63-reply-with-same-company-footer",
        "description": "reply whose quoted part holds a colleague's older application",
        "from": "Ondřej Pokorný <pokorny@brnensky-denik.example>",
        "subject": "Re: Žádost o registraci XML",
        "body": """Dobrý den,

posílám aktualizovaný seznam, platí tento:

Produkční: 89.24.0.100, 89.24.0.101
Testovací: 89.24.0.150

Brněnský deník a.s., IČO 26947811
Kontaktní osoba: Ondřej Pokorný, 602 515 253, pokorny@brnensky-denik.example

Dne 10. 12. 2022 v 9:15 Lukáš Hrabal <hrabal@brnensky-denik.example> napsal(a):
> Produkční: 89.24.0.1, 89.24.0.2
> Kontaktní osoba: Lukáš Hrabal, 602 000 999, hrabal@brnensky-denik.example
""",
        "labels": L(
            FEED,
            "Brněnský deník a.s.",
            "26947811",
            None,
            ["89.24.0.100", "89.24.0.101"],
            ["89.24.0.150"],
            "Ondřej Pokorný",
            "pokorny@brnensky-denik.example",
            "+420602515253",
        ),
    },
    {
        "id": "64-body-refers-to-attachment-xlsx-columns",
        "description": "XLSX with separate production and test columns, body with contact only",
        "from": "Lada Musilová <musilova@horacke-noviny.example>",
        "subject": "Žádost o XML připojení – Horácké noviny",
        "body": """Dobrý den,
zasíláme žádost Horácké noviny, z.s. (IČO 26593238), adresy jsou v příloze.

Lada Musilová
šéfredaktorka
tel. 568 841 100
musilova@horacke-noviny.example
""",
        "attachments": [
            (
                "xlsx",
                "adresy.xlsx",
                [
                    ["Produkční IP", "Testovací IP"],
                    ["92.62.224.33", "92.62.224.40"],
                    ["92.62.224.34", ""],
                ],
            )
        ],
        "labels": L(
            FEED,
            "Horácké noviny, z.s.",
            "26593238",
            None,
            ["92.62.224.33", "92.62.224.34"],
            ["92.62.224.40"],
            "Lada Musilová",
            "musilova@horacke-noviny.example",
            "+420568841100",
        ),
    },
    {
        "id": "65-english-short-signature",
        "description": "short English mail, organisation and contact only in the signature",
        "from": "Tom Baker <tom.baker@eurowire.example>",
        "subject": "XML access",
        "body": """Hi,

please whitelist 5.44.60.10 and 5.44.60.11 for production and 5.44.60.12 for testing.

Thanks,
Tom Baker
Senior Systems Engineer
EuroWire Media Ltd.
+44 7911 123456
""",
        "labels": L(
            FEED,
            "EuroWire Media Ltd.",
            None,
            None,
            ["5.44.60.10", "5.44.60.11"],
            ["5.44.60.12"],
            "Tom Baker",
            "tom.baker@eurowire.example",
            "+447911123456",
        ),
    },
]
