"""Held-out cases: XLSX sheets (several sheets, merged cells, role columns) and ODT documents."""

from __future__ import annotations

from typing import Any

from tests.corpus.heldout_common import FEED, L, Style

X = Style.XLSX
O = Style.ODT  # noqa: E741 - the letter O for ODT, as X is for XLSX

CASES: list[dict[str, Any]] = [
    {
        "id": "h051-xlsx-two-sheets",
        "style": X,
        "description": "XLSX: applicant data on sheet 'Žadatel', addresses on sheet 'IP'",
        "from": "Hana Tůmová <tumova@zpravy-znojmo.example>",
        "subject": "Registrace XML – Zprávy Znojmo",
        "body": "Dobrý den,\núdaje posílám v tabulce.\nHana Tůmová\n",
        "attachments": [
            (
                "xlsx",
                "registrace.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Zprávy Znojmo s.r.o."],
                            ["IČO", "66581478"],
                            ["Kontaktní osoba", "Hana Tůmová"],
                            ["Telefon", "515 209 733"],
                            ["E-mail", "tumova@zpravy-znojmo.example"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["Adresa", "Typ"],
                            ["192.0.2.241", "PROD"],
                            ["192.0.2.242", "PROD"],
                            ["192.0.2.249", "TEST"],
                        ],
                    },
                ],
            )
        ],
        "labels": L(
            FEED,
            "Zprávy Znojmo s.r.o.",
            "66581478",
            None,
            ["192.0.2.241", "192.0.2.242"],
            ["192.0.2.249"],
            "Hana Tůmová",
            "tumova@zpravy-znojmo.example",
            "+420515209733",
        ),
    },
    {
        "id": "h052-xlsx-merged-role",
        "style": X,
        "description": "XLSX with the role in vertically merged cells (A2:A4, A5:A6)",
        "from": "Technik <technik@radio-labe.example>",
        "subject": "XML přístup",
        "body": "Dobrý den, v příloze tabulka adres. Rádio Labe s.r.o., IČO 23753749.\nKontakt: Ondřej Pech, 475 600 128, technik@radio-labe.example\n",
        "attachments": [
            (
                "xlsx",
                "adresy.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Provoz", "IP"],
                            ["ostrý", "198.51.100.181"],
                            ["", "198.51.100.182"],
                            ["", "198.51.100.183"],
                            ["testovací", "198.51.100.191"],
                            ["", "198.51.100.192"],
                        ],
                        "merge": ["A2:A4", "A5:A6"],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Rádio Labe s.r.o.",
            "23753749",
            None,
            ["198.51.100.181", "198.51.100.182", "198.51.100.183"],
            ["198.51.100.191", "198.51.100.192"],
            "Ondřej Pech",
            "technik@radio-labe.example",
            "+420475600128",
        ),
    },
    {
        "id": "h053-xlsx-columns-per-role",
        "style": X,
        "description": "XLSX with one column per role and a title row above the header",
        "from": "Šárka Hudcová <hudcova@tydenik-tabor.example>",
        "subject": "žádost o vyhrazené připojení",
        "body": "Dobrý den,\nTýdeník Tábor, z.s. (IČO 37244655) žádá o přístup, adresy v příloze.\nŠárka Hudcová, tel. 381 250 416, hudcova@tydenik-tabor.example\n",
        "attachments": [
            (
                "xlsx",
                "ip_adresy.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Týdeník Tábor – adresy pro vyhrazené připojení", ""],
                            ["Ostrý provoz", "Testovací provoz"],
                            ["203.0.113.121", "203.0.113.131"],
                            ["203.0.113.122", ""],
                        ],
                        "merge": ["A1:B1"],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Týdeník Tábor, z.s.",
            "37244655",
            None,
            ["203.0.113.121", "203.0.113.122"],
            ["203.0.113.131"],
            "Šárka Hudcová",
            "hudcova@tydenik-tabor.example",
            "+420381250416",
        ),
    },
    {
        "id": "h054-xlsx-form-sheet",
        "style": X,
        "description": "XLSX form: labels in column A, values in column C (column B empty), DS ID row",
        "from": "Oddělení IT <it@severni-hlasatel.example>",
        "subject": "ČSÚ – XML – Severní hlasatel",
        "body": "Vyplněný formulář v příloze.\n",
        "attachments": [
            (
                "xlsx",
                "formular_CSU.xlsx",
                [
                    {
                        "title": "Formulář",
                        "rows": [
                            ["Žádost o vyhrazené připojení", "", ""],
                            ["Žadatel", "", "Severní hlasatel a.s."],
                            ["IČO", "", "47434902"],
                            ["ID datové schránky", "", "5u9avci"],
                            ["Produkční IP 1", "", "192.0.2.161"],
                            ["Produkční IP 2", "", "192.0.2.162"],
                            ["Testovací IP 1", "", "192.0.2.169"],
                            ["Kontaktní osoba", "", "Ivana Drábková"],
                            ["Telefon", "", "+420 412 308 115"],
                            ["E-mail", "", "drabkova@severni-hlasatel.example"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Severní hlasatel a.s.",
            "47434902",
            "5u9avci",
            ["192.0.2.161", "192.0.2.162"],
            ["192.0.2.169"],
            "Ivana Drábková",
            "drabkova@severni-hlasatel.example",
            "+420412308115",
        ),
    },
    {
        "id": "h055-xlsx-old-and-new",
        "style": X,
        "description": "XLSX with a status column: an old address marked 'zrušit' is not requested",
        "from": "Jaroslava Kubátová <kubatova@opavsky-denik.example>",
        "subject": "aktualizace adres – XML",
        "body": "Dobrý den,\nOpavský deník s.r.o., IČO 63608910, posílá adresy pro letošní volbu.\nJaroslava Kubátová, 553 611 490\n",
        "attachments": [
            (
                "xlsx",
                "adresy_2023.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["IP", "role", "stav"],
                            ["198.51.100.221", "produkce", "nová"],
                            ["198.51.100.222", "produkce", "ponechat"],
                            ["198.51.100.201", "produkce", "zrušit – už nepoužíváme"],
                            ["198.51.100.229", "test", "nová"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Opavský deník s.r.o.",
            "63608910",
            None,
            ["198.51.100.221", "198.51.100.222"],
            ["198.51.100.229"],
            "Jaroslava Kubátová",
            "kubatova@opavsky-denik.example",
            "+420553611490",
        ),
    },
    {
        "id": "h056-xlsx-english-headers",
        "style": X,
        "description": "XLSX with English headers 'Production'/'Test env' and an IPv6 address",
        "from": "Wojciech Nowak <w.nowak@silesia-press.example>",
        "subject": "XML access – Silesia Press",
        "body": "Good morning,\nSilesia Press s.r.o. (IČO 50661698) applies for access, addresses attached.\nWojciech Nowak, +420 599 508 271, w.nowak@silesia-press.example\n",
        "attachments": [
            (
                "xlsx",
                "ips.xlsx",
                [
                    {
                        "title": "Sheet1",
                        "rows": [
                            ["Production", "Test env"],
                            ["2001:db8:5e::10", "2001:db8:5e::20"],
                            ["203.0.113.201", ""],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Silesia Press s.r.o.",
            "50661698",
            None,
            ["2001:db8:5e::10", "203.0.113.201"],
            ["2001:db8:5e::20"],
            "Wojciech Nowak",
            "w.nowak@silesia-press.example",
            "+420599508271",
        ),
    },
    {
        "id": "h057-odt-table-row-roles",
        "style": O,
        "description": "ODT form with key/value table; several addresses in one cell separated by commas",
        "from": "Lenka Jarošová <jarosova@rokycanske-noviny.example>",
        "subject": "Žádost o registraci k vyhrazenému připojení",
        "body": "Dobrý den,\npřikládám žádost ve formátu ODT.\nLenka Jarošová\n",
        "attachments": [
            (
                "odt",
                "zadost.odt",
                [
                    "Žádost o registraci k vyhrazenému připojení",
                    [
                        ["Žadatel", "Rokycanské noviny, s.r.o."],
                        ["IČO", "57583641"],
                        ["Produkční adresy", "192.0.2.111, 192.0.2.112, 192.0.2.113"],
                        ["Testovací adresy", "192.0.2.119"],
                        ["Kontaktní osoba", "Lenka Jarošová"],
                        ["Telefon / e-mail", "371 722 604 / jarosova@rokycanske-noviny.example"],
                    ],
                ],
            )
        ],
        "labels": L(
            FEED,
            "Rokycanské noviny, s.r.o.",
            "57583641",
            None,
            ["192.0.2.111", "192.0.2.112", "192.0.2.113"],
            ["192.0.2.119"],
            "Lenka Jarošová",
            "jarosova@rokycanske-noviny.example",
            "+420371722604",
        ),
    },
    {
        "id": "h058-odt-letter-prose",
        "style": O,
        "description": "ODT letter in prose, roles given after the address in parentheses",
        "from": "Redakce Jindřichohradecký zpravodaj <redakce@jh-zpravodaj.example>",
        "subject": "Žádost",
        "body": "Žádost v příloze. Děkujeme.\n",
        "attachments": [
            (
                "odt",
                "dopis.odt",
                [
                    "Jindřichohradecký zpravodaj, z.s.",
                    "IČO 86938134, DS shkd5an",
                    "Vážení,",
                    "žádáme o přístup k serveru s výsledky z adres 203.0.113.91 (ostrý provoz), 203.0.113.92 (ostrý provoz) a 203.0.113.99 (testy).",
                    "Kontaktní osoba: Bc. Ludvík Mareček, tel. 384 370 215, e-mail marecek@jh-zpravodaj.example.",
                    "S pozdravem, Ludvík Mareček",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Jindřichohradecký zpravodaj, z.s.",
            "86938134",
            "shkd5an",
            ["203.0.113.91", "203.0.113.92"],
            ["203.0.113.99"],
            "Ludvík Mareček",
            "marecek@jh-zpravodaj.example",
            "+420384370215",
        ),
    },
    {
        "id": "h059-odt-column-table",
        "style": O,
        "description": "ODT with a header row (adresa | prostředí) and a separate contact table",
        "from": "Patrik Slavík <slavik@prostejovsky-vecer.example>",
        "subject": "Prostějovský večer – XML",
        "body": "Dobrý den, žádost přikládáme.\n",
        "attachments": [
            (
                "odt",
                "xml_zadost.odt",
                [
                    "Prostějovský večer s.r.o. – IČO 19865465",
                    [
                        ["adresa", "prostředí"],
                        ["198.51.100.51", "produkční"],
                        ["198.51.100.52", "testovací"],
                        ["198.51.100.53", "testovací"],
                    ],
                    "Kontakt: Patrik Slavík, 582 330 719, slavik@prostejovsky-vecer.example",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Prostějovský večer s.r.o.",
            "19865465",
            None,
            ["198.51.100.51"],
            ["198.51.100.52", "198.51.100.53"],
            "Patrik Slavík",
            "slavik@prostejovsky-vecer.example",
            "+420582330719",
        ),
    },
    {
        "id": "h060-odt-backup-label",
        "style": O,
        "description": "ODT with 'primární', 'záložní' and 'testovací' rows",
        "from": "Gustav Hejl <hejl@karlovarsky-expres.example>",
        "subject": "Vyhrazené připojení",
        "body": "Dobrý den,\nzasílám žádost.\nGustav Hejl\n",
        "attachments": [
            (
                "odt",
                "zadost_KV.odt",
                [
                    "Karlovarský expres a.s., IČO 55859593",
                    [
                        ["primární server", "192.0.2.6"],
                        ["záložní server", "192.0.2.7"],
                        ["testovací server", "192.0.2.8"],
                    ],
                    "Kontaktní osoba: Gustav Hejl, 353 440 191, hejl@karlovarsky-expres.example",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Karlovarský expres a.s.",
            "55859593",
            None,
            ["192.0.2.6", "192.0.2.7"],
            ["192.0.2.8"],
            "Gustav Hejl",
            "hejl@karlovarsky-expres.example",
            "+420353440191",
        ),
    },
]
