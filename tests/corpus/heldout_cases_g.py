"""Held-out cases: RTF attachments, and forms with checkboxes (☒/☐, [x]/[ ], ano/ne)."""

from __future__ import annotations

from typing import Any

from tests.corpus.heldout_common import BOTH, FEED, REC, L, Style

R = Style.RTF
F = Style.FORM_CHECKBOX

CASES: list[dict[str, Any]] = [
    {
        "id": "h061-rtf-letter",
        "style": R,
        "description": "RTF letter from a word processor, roles in headings",
        "from": "Milada Vojtová <vojtova@nachodske-listy.example>",
        "subject": "Žádost o přístup k XML serveru",
        "body": "Dobrý den,\nv příloze žádost (RTF).\nMilada Vojtová\n",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Náchodské listy s.r.o.\nKamenice 120, 547 01 Náchod\nIČO: 24205036",
                    "Věc: žádost o vyhrazené připojení",
                    "Adresy pro ostrý provoz:\n192.0.2.131\n192.0.2.132",
                    "Adresy pro testování:\n192.0.2.139",
                    "Kontaktní osoba: Milada Vojtová, tel. 491 520 344, vojtova@nachodske-listy.example",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Náchodské listy s.r.o.",
            "24205036",
            None,
            ["192.0.2.131", "192.0.2.132"],
            ["192.0.2.139"],
            "Milada Vojtová",
            "vojtova@nachodske-listy.example",
            "+420491520344",
        ),
    },
    {
        "id": "h062-rtf-table",
        "style": R,
        "description": "RTF table with a header row (IP | účel)",
        "from": "Admin <admin@rakovnicky-posel.example>",
        "subject": "Rakovnický posel – XML",
        "body": "Posíláme žádost.\n",
        "attachments": [
            (
                "rtf",
                "zadost_tabulka.rtf",
                [
                    "Rakovnický posel, z.s., IČO 63587173, žádá o přístup k XML serveru.",
                    [["IP", "účel"], ["198.51.100.101", "ostrý"], ["198.51.100.102", "test"]],
                    "Kontaktní osoba: Kamil Franěk, 313 512 640, admin@rakovnicky-posel.example",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Rakovnický posel, z.s.",
            "63587173",
            None,
            ["198.51.100.101"],
            ["198.51.100.102"],
            "Kamil Franěk",
            "admin@rakovnicky-posel.example",
            "+420313512640",
        ),
    },
    {
        "id": "h063-rtf-recording",
        "style": R,
        "description": "RTF recording-permit request, scope and collection point in a table",
        "from": "Jana Nosková <noskova@regionalni-tv-pardubice.example>",
        "subject": "Povolení k natáčení – přebírací místo Pardubice",
        "body": "Dobrý den,\nžádost o povolení k natáčení přikládám.\nJana Nosková\n",
        "attachments": [
            (
                "rtf",
                "natáčení.rtf",
                [
                    "Žádost o povolení k pořízení záznamu na přebíracím místě ČSÚ",
                    [
                        ["Osoba", "Viktor Pešek, kameraman, 604 300 911"],
                        ["Žadatel", "Jana Nosková, vedoucí zpravodajství"],
                        ["Redakce", "Regionální TV Pardubice s.r.o., Třída Míru 60, Pardubice"],
                        ["IČO", "45214344"],
                        [
                            "Kontakt žadatele",
                            "466 030 772, noskova@regionalni-tv-pardubice.example",
                        ],
                        ["Rozsah", "záznam 15 minut bez rozhovorů"],
                        ["Přebírací místo", "Pardubický kraj, okres Pardubice"],
                    ],
                ],
            )
        ],
        "labels": L(
            REC,
            "Regionální TV Pardubice s.r.o.",
            "45214344",
            None,
            [],
            [],
            "Jana Nosková",
            "noskova@regionalni-tv-pardubice.example",
            "+420466030772",
        ),
    },
    {
        "id": "h064-rtf-ico-dotted",
        "style": R,
        "description": "RTF with IČO written with spaces ('IČ 366 31 167') and test addresses first",
        "from": "Tadeáš Hora <hora@vsetinsky-kuryr.example>",
        "subject": "vyhrazené připojení – Vsetínský kurýr",
        "body": "Dobrý den, žádost je v RTF.\n",
        "attachments": [
            (
                "rtf",
                "Vsetinsky_kuryr.rtf",
                [
                    "Vsetínský kurýr s.r.o., IČ 366 31 167",
                    "Testovací IP: 203.0.113.59",
                    "Produkční IP: 203.0.113.51, 203.0.113.52",
                    "Kontakt: Tadeáš Hora, 571 409 322, hora@vsetinsky-kuryr.example",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Vsetínský kurýr s.r.o.",
            "36631167",
            None,
            ["203.0.113.51", "203.0.113.52"],
            ["203.0.113.59"],
            "Tadeáš Hora",
            "hora@vsetinsky-kuryr.example",
            "+420571409322",
        ),
    },
    {
        "id": "h065-form-brackets",
        "style": F,
        "description": "plain-text form with [x]/[ ] request types and per-address role boxes",
        "from": "Nikola Řezáčová <rezacova@benesovsky-obcan.example>",
        "subject": "Formulář žádosti – Benešovský občan",
        "body": """FORMULÁŘ ŽÁDOSTI
[x] vyhrazené připojení k XML serveru
[ ] povolení k pořízení záznamu na přebíracím místě

Žadatel: Benešovský občan, z.s.
IČO: 55593011

IP adresa          ostrý  test
192.0.2.211        [x]    [ ]
192.0.2.212        [x]    [ ]
192.0.2.219        [ ]    [x]

Kontaktní osoba: Nikola Řezáčová
Telefon: 317 700 215
E-mail: rezacova@benesovsky-obcan.example
""",
        "labels": L(
            FEED,
            "Benešovský občan, z.s.",
            "55593011",
            None,
            ["192.0.2.211", "192.0.2.212"],
            ["192.0.2.219"],
            "Nikola Řezáčová",
            "rezacova@benesovsky-obcan.example",
            "+420317700215",
        ),
    },
    {
        "id": "h066-form-ballot-boxes",
        "style": F,
        "description": "form with ☒/☐: recording permit ticked, feed not ticked",
        "from": "Otakar Mlejnek <mlejnek@tv-polabi.example>",
        "subject": "žádost – TV Polabí",
        "body": """Druh žádosti:
☐ přístup k serveru s výsledky (XML)
☒ povolení k přítomnosti na přebíracím místě

Povolení žádáme pro: Ivetu Krausovou (redaktorka) a Jiřího Pláteníka (kameraman)
Přebírací místo: Nymburk
Rozsah záznamu: krátké vstupy do zpráv, do 30 minut
Redakce: TV Polabí s.r.o., Palackého 7, Poděbrady, IČO 98992201

Žadatel a kontakt: Otakar Mlejnek, 325 611 908, mlejnek@tv-polabi.example
""",
        "labels": L(
            REC,
            "TV Polabí s.r.o.",
            "98992201",
            None,
            [],
            [],
            "Otakar Mlejnek",
            "mlejnek@tv-polabi.example",
            "+420325611908",
        ),
    },
    {
        "id": "h067-form-ano-ne",
        "style": F,
        "description": "form answering questions with ano/ne; the filming question is 'ne'",
        "from": "Roman Hrdlička <hrdlicka@zdarsky-tydenik.example>",
        "subject": "Dotazník – vyhrazené připojení",
        "body": """Žádáte o vyhrazené připojení k XML serveru?  ano
Žádáte o povolení k natáčení na přebíracím místě?  ne

Název média: Žďárský týdeník s.r.o.
IČO: 08268193
ID DS: 9zy6csd
Produkční IP adresy: 198.51.100.161, 198.51.100.162
Testovací IP adresy: 198.51.100.169
Kontaktní osoba: Roman Hrdlička
Telefon: 566 220 719
E-mail: hrdlicka@zdarsky-tydenik.example
""",
        "labels": L(
            FEED,
            "Žďárský týdeník s.r.o.",
            "08268193",
            "9zy6csd",
            ["198.51.100.161", "198.51.100.162"],
            ["198.51.100.169"],
            "Roman Hrdlička",
            "hrdlicka@zdarsky-tydenik.example",
            "+420566220719",
        ),
    },
    {
        "id": "h068-form-both-ticked",
        "style": F,
        "description": "both request types ticked with ☑; only a test address besides production",
        "from": "Irena Bártová <bartova@mostecky-kuryr.example>",
        "subject": "Žádost – XML + natáčení",
        "body": """☑ vyhrazené připojení
☑ povolení k pořízení záznamu

Mostecký kurýr a.s., IČO 28936639

Produkce: 203.0.113.171
Test: 203.0.113.179

Natáčení: redaktor Dominik Sova, přebírací místo Most, rozsah: fotografie, 10 minut

Kontakt: Irena Bártová, 476 105 302, bartova@mostecky-kuryr.example
""",
        "labels": L(
            BOTH,
            "Mostecký kurýr a.s.",
            "28936639",
            None,
            ["203.0.113.171"],
            ["203.0.113.179"],
            "Irena Bártová",
            "bartova@mostecky-kuryr.example",
            "+420476105302",
        ),
    },
    {
        "id": "h069-form-docx-checkbox-table",
        "style": F,
        "description": "DOCX form: table with ☒/☐ in 'produkce' and 'test' columns",
        "from": "Filomena Dušková <duskova@chebsky-hlas.example>",
        "subject": "Formulář XML",
        "body": "Dobrý den,\nformulář v příloze.\nF. Dušková\n",
        "attachments": [
            (
                "docx",
                "formular_xml.docx",
                {
                    "blocks": [
                        "Chebský hlas s.r.o. – IČO 52966089",
                        {
                            "rows": [
                                ["IP adresa", "produkce", "test"],
                                ["192.0.2.191", "☒", "☐"],
                                ["192.0.2.192", "☐", "☒"],
                                ["192.0.2.193", "☒", "☐"],
                            ]
                        },
                        "Kontaktní osoba: Filomena Dušková, 354 430 280, duskova@chebsky-hlas.example",
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Chebský hlas s.r.o.",
            "52966089",
            None,
            ["192.0.2.191", "192.0.2.193"],
            ["192.0.2.192"],
            "Filomena Dušková",
            "duskova@chebsky-hlas.example",
            "+420354430280",
        ),
    },
    {
        "id": "h070-form-yes-no-english",
        "style": F,
        "description": "bilingual form with Yes/No answers; filming 'No'",
        "from": "Agnieszka Kowalczyk <kowalczyk@euro-regio.example>",
        "subject": "Application form / Formulář",
        "body": """Feed access (XML) / Vyhrazené připojení: YES
Filming permit / Povolení k natáčení: NO

Organisation / Organizace: Euro Regio Media s.r.o.
Company ID / IČO: 63757974
Production / Ostrý provoz: 198.51.100.241
Test / Testovací: 198.51.100.242
Contact / Kontakt: Agnieszka Kowalczyk, +420 597 330 104, kowalczyk@euro-regio.example
""",
        "labels": L(
            FEED,
            "Euro Regio Media s.r.o.",
            "63757974",
            None,
            ["198.51.100.241"],
            ["198.51.100.242"],
            "Agnieszka Kowalczyk",
            "kowalczyk@euro-regio.example",
            "+420597330104",
        ),
    },
]
