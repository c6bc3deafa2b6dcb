"""Held-out cases: PDF attachments with real tables whose narrow cells wrap, letters typeset
as PDF, PDF forms."""

from __future__ import annotations

from typing import Any

from tests.corpus.heldout_common import FEED, REC, L, Style

S = Style.PDF

CASES: list[dict[str, Any]] = [
    {
        "id": "h041-pdf-wrapped-list-cell",
        "style": S,
        "description": "PDF table; the production cell is narrow so the address list wraps over lines",
        "from": "Kancelář <kancelar@pisecky-obzor.example>",
        "subject": "Žádost o vyhrazené připojení – Písecký obzor",
        "body": "Dobrý den,\nzasíláme žádost v PDF.\n\nKancelář redakce\n",
        "attachments": [
            (
                "pdf",
                "zadost_pisecky_obzor.pdf",
                [
                    "Žádost o registraci k vyhrazenému připojení",
                    {
                        "widths": [130, 95],
                        "rows": [
                            ["Žadatel", "Písecký obzor s.r.o."],
                            ["IČO", "75464233"],
                            ["IP adresy pro ostrý provoz", "192.0.2.21, 192.0.2.22, 192.0.2.23"],
                            ["IP adresy pro testování", "192.0.2.29"],
                            ["Kontaktní osoba", "Blanka Veselá"],
                            ["Telefon", "382 215 640"],
                            ["E-mail", "vesela@pisecky-obzor.example"],
                        ],
                    },
                ],
            )
        ],
        "labels": L(
            FEED,
            "Písecký obzor s.r.o.",
            "75464233",
            None,
            ["192.0.2.21", "192.0.2.22", "192.0.2.23"],
            ["192.0.2.29"],
            "Blanka Veselá",
            "vesela@pisecky-obzor.example",
            "+420382215640",
        ),
    },
    {
        "id": "h042-pdf-wrapped-name",
        "style": S,
        "description": "PDF table where the organisation name and contact wrap inside cells",
        "from": "Ing. Kristián Procházka <prochazka@zpravodajstvi-dolni-pomoravi.example>",
        "subject": "XML – registrace",
        "body": "Žádost přikládám.\nK. Procházka\n",
        "attachments": [
            (
                "pdf",
                "registrace.pdf",
                [
                    {
                        "widths": [90, 110],
                        "rows": [
                            ["Název organizace", "Zpravodajství Dolní Pomoraví, z.s."],
                            ["IČO", "65884531"],
                            ["Produkce", "203.0.113.17"],
                            ["Test", "203.0.113.18"],
                            ["Kontakt", "Ing. Kristián Procházka, 518 322 017"],
                            ["E-mail", "prochazka@zpravodajstvi-dolni-pomoravi.example"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Zpravodajství Dolní Pomoraví, z.s.",
            "65884531",
            None,
            ["203.0.113.17"],
            ["203.0.113.18"],
            "Kristián Procházka",
            "prochazka@zpravodajstvi-dolni-pomoravi.example",
            "+420518322017",
        ),
    },
    {
        "id": "h043-pdf-letter-columns",
        "style": S,
        "description": "PDF letter with a three-column table: address, role, note",
        "from": "Vladimíra Čapková <capkova@kladensky-denik.example>",
        "subject": "Žádost o přístup k XML serveru",
        "body": "Dobrý den, v příloze naše žádost.\nVladimíra Čapková\n",
        "attachments": [
            (
                "pdf",
                "CSU_zadost.pdf",
                [
                    "Kladenský deník a.s.\nCyrila Boudy 1444, 272 01 Kladno\nIČO 01926110",
                    "Věc: Žádost o přístup k vyhrazenému serveru s výsledky",
                    {
                        "widths": [110, 80, 190],
                        "rows": [
                            ["Adresa", "Role", "Poznámka"],
                            [
                                "198.51.100.141",
                                "ostrý",
                                "hlavní stahovací server v datacentru Kladno",
                            ],
                            ["198.51.100.142", "ostrý", "zálohový server"],
                            ["198.51.100.149", "test", "vývojové prostředí, od 1. 1. odpojíme"],
                        ],
                    },
                    "Kontaktní osoba: Vladimíra Čapková, tel. 312 604 229, capkova@kladensky-denik.example",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Kladenský deník a.s.",
            "01926110",
            None,
            ["198.51.100.141", "198.51.100.142"],
            ["198.51.100.149"],
            "Vladimíra Čapková",
            "capkova@kladensky-denik.example",
            "+420312604229",
        ),
    },
    {
        "id": "h044-pdf-recording-form",
        "style": S,
        "description": "PDF recording-permit form only; explicitly no XML feed",
        "from": "Zuzana Řeháková <rehakova@tv-vysocina.example>",
        "subject": "Žádost o povolení k přítomnosti na přebíracím místě",
        "body": "Dobrý den,\nv příloze žádost o povolení k natáčení. Přístup k XML serveru nepotřebujeme.\nZ. Řeháková\n",
        "attachments": [
            (
                "pdf",
                "povoleni_natáčení.pdf",
                [
                    "Žádost o povolení k pořízení záznamu",
                    {
                        "widths": [150, 230],
                        "rows": [
                            ["Jméno osoby", "Matyáš Kubeš (kameraman)"],
                            ["Žadatel", "Zuzana Řeháková, dramaturgyně"],
                            ["Redakce", "TV Vysočina s.r.o., Masarykovo nám. 9, 586 01 Jihlava"],
                            ["IČO", "74537113"],
                            ["Telefon", "Řeháková 567 210 884, Kubeš 731 902 118"],
                            ["E-mail", "rehakova@tv-vysocina.example"],
                            ["Rozsah záznamu", "obraz a zvuk, nejvýše 20 minut"],
                            ["Přebírací místo", "kraj Vysočina – okres Jihlava"],
                        ],
                    },
                ],
            )
        ],
        "labels": L(
            REC,
            "TV Vysočina s.r.o.",
            "74537113",
            None,
            [],
            [],
            "Zuzana Řeháková",
            "rehakova@tv-vysocina.example",
            "+420567210884",
        ),
    },
    {
        "id": "h045-pdf-two-tables",
        "style": S,
        "description": "separate PDF tables for production and test, each with a caption above",
        "from": "Jakub Šebek <sebek@radio-dyje.example>",
        "subject": "Rádio Dyje – XML",
        "body": "Dobrý den, přikládáme žádost.\nJakub Šebek\n",
        "attachments": [
            (
                "pdf",
                "zadost.pdf",
                [
                    "Rádio Dyje, s.r.o. – IČO 52550656 – ID DS bfy62up",
                    "Tabulka 1: adresy pro ostrý provoz",
                    {"widths": [40, 140], "rows": [["1.", "192.0.2.181"], ["2.", "192.0.2.182"]]},
                    "Tabulka 2: testovací adresy",
                    {"widths": [40, 140], "rows": [["1.", "192.0.2.189"]]},
                    "Kontaktní osoba: Jakub Šebek, 515 224 670, sebek@radio-dyje.example",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Rádio Dyje, s.r.o.",
            "52550656",
            "bfy62up",
            ["192.0.2.181", "192.0.2.182"],
            ["192.0.2.189"],
            "Jakub Šebek",
            "sebek@radio-dyje.example",
            "+420515224670",
        ),
    },
    {
        "id": "h046-pdf-range-in-cell",
        "style": S,
        "description": "address range with an en dash inside a table cell",
        "from": "Síťový tým <sit@novinky-hodonin.example>",
        "subject": "vyhrazené připojení",
        "body": "Žádost je v příloze.\n",
        "attachments": [
            (
                "pdf",
                "vyhrazene_pripojeni.pdf",
                [
                    {
                        "widths": [120, 200],
                        "rows": [
                            ["Organizace", "Novinky Hodonín s.r.o."],
                            ["IČO", "30433291"],
                            ["Ostrý provoz", "203.0.113.225 – 203.0.113.227"],
                            ["Testovací provoz", "203.0.113.230"],
                            ["Kontaktní osoba", "Aleš Trávníček"],
                            ["Spojení", "518 390 552, sit@novinky-hodonin.example"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Novinky Hodonín s.r.o.",
            "30433291",
            None,
            ["203.0.113.225", "203.0.113.226", "203.0.113.227"],
            ["203.0.113.230"],
            "Aleš Trávníček",
            "sit@novinky-hodonin.example",
            "+420518390552",
        ),
    },
    {
        "id": "h047-pdf-checkboxes",
        "style": S,
        "description": "PDF form with ☒/☐ boxes choosing the request type and address role",
        "from": "Eva Marešová <maresova@mladoboleslavsky-hlas.example>",
        "subject": "Formulář – ČSÚ",
        "body": "Dobrý den,\nposílám vyplněný formulář.\nEva Marešová\n",
        "attachments": [
            (
                "pdf",
                "formular.pdf",
                [
                    "Typ žádosti: ☒ vyhrazené připojení (XML)   ☐ povolení k pořízení záznamu",
                    "Žadatel: Mladoboleslavský hlas s.r.o.   IČO: 25309021",
                    {
                        "widths": [120, 60, 60],
                        "rows": [
                            ["IP adresa", "ostrý", "test"],
                            ["198.51.100.111", "☒", "☐"],
                            ["198.51.100.112", "☐", "☒"],
                        ],
                    },
                    "Kontaktní osoba: Eva Marešová   Tel.: 326 701 455   E-mail: maresova@mladoboleslavsky-hlas.example",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Mladoboleslavský hlas s.r.o.",
            "25309021",
            None,
            ["198.51.100.111"],
            ["198.51.100.112"],
            "Eva Marešová",
            "maresova@mladoboleslavsky-hlas.example",
            "+420326701455",
        ),
    },
    {
        "id": "h048-pdf-body-differs",
        "style": S,
        "description": "body is a cover note with a different (office-unrelated) phone; the PDF is the application",
        "from": "Recepce <recepce@chrudimske-listy.example>",
        "subject": "Žádost ČSÚ",
        "body": "Dobrý den,\npřeposíláme žádost kolegy. Recepce: 469 100 100.\n",
        "attachments": [
            (
                "pdf",
                "zadost.pdf",
                [
                    "Chrudimské listy, z.s., IČO 85203254",
                    "Žádáme o vyhrazené připojení k XML serveru.",
                    "Ostré adresy: 192.0.2.221, 192.0.2.222",
                    "Testovací adresa: 192.0.2.229",
                    "Kontaktní osoba: Pavel Holub, 469 622 371, holub@chrudimske-listy.example",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Chrudimské listy, z.s.",
            "85203254",
            None,
            ["192.0.2.221", "192.0.2.222"],
            ["192.0.2.229"],
            "Pavel Holub",
            "holub@chrudimske-listy.example",
            "+420469622371",
        ),
    },
    {
        "id": "h049-pdf-multi-page-appendix",
        "style": S,
        "description": "cover letter in PDF with the address list in an appendix table (ipv6 block /126)",
        "from": "Richard Doležal <dolezal@digitalni-morava.example>",
        "subject": "Žádost o vyhrazené připojení – Digitální Morava",
        "body": "Dobrý den,\nžádost i s přílohou posílám v PDF.\nRichard Doležal\n",
        "attachments": [
            (
                "pdf",
                "zadost_s_prilohou.pdf",
                [
                    "Digitální Morava a.s., IČO 48595896",
                    "Žádáme o přístup k serveru s průběžnými výsledky. Seznam adres je v příloze 1.",
                    "Kontaktní osoba: Richard Doležal, 541 900 372, dolezal@digitalni-morava.example",
                    "Příloha 1 – seznam adres",
                    {
                        "widths": [160, 100],
                        "rows": [
                            ["Síť / adresa", "Použití"],
                            ["2001:db8:2c::/126", "produkce"],
                            ["198.51.100.66", "test"],
                        ],
                    },
                ],
            )
        ],
        "labels": L(
            FEED,
            "Digitální Morava a.s.",
            "48595896",
            None,
            ["2001:db8:2c::", "2001:db8:2c::1", "2001:db8:2c::2", "2001:db8:2c::3"],
            ["198.51.100.66"],
            "Richard Doležal",
            "dolezal@digitalni-morava.example",
            "+420541900372",
        ),
    },
    {
        "id": "h050-pdf-english-table",
        "style": S,
        "description": "English PDF table with 'live' and 'staging' roles",
        "from": "Ops <ops@danube-news.example>",
        "subject": "Election results feed – access request",
        "body": "Hello,\nplease find our request attached.\nDanube News Ops\n",
        "attachments": [
            (
                "pdf",
                "request.pdf",
                [
                    "Applicant: Danube News s.r.o. (Company ID 54453755)",
                    {
                        "widths": [120, 100],
                        "rows": [
                            ["IP address", "Environment"],
                            ["203.0.113.81", "live"],
                            ["203.0.113.82", "live"],
                            ["203.0.113.89", "staging/test"],
                        ],
                    },
                    "Contact: Petra Lang, +420 730 118 206, petra.lang@danube-news.example",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Danube News s.r.o.",
            "54453755",
            None,
            ["203.0.113.81", "203.0.113.82"],
            ["203.0.113.89"],
            "Petra Lang",
            "petra.lang@danube-news.example",
            "+420730118206",
        ),
    },
]
