"""Held-out cases: DOCX attachments — tables with column and row headers, merged cells,
nested tables, letterhead in the page header and identifiers in the page footer."""

from __future__ import annotations

from typing import Any

from tests.corpus.heldout_common import BOTH, FEED, L, Style

S = Style.DOCX

_SEE_ATTACHED = "Dobrý den,\nv příloze zasíláme žádost o vyhrazené připojení.\n\nS pozdravem\n"

CASES: list[dict[str, Any]] = [
    {
        "id": "h031-docx-header-footer",
        "style": S,
        "description": "name and IČO only in the page header, DS ID in the footer, IPs in a column table",
        "from": "Asistentka <asistentka@zapadoceske-listy.example>",
        "subject": "Žádost o vyhrazené připojení",
        "body": _SEE_ATTACHED + "asistentka vedení\n",
        "attachments": [
            (
                "docx",
                "zadost_CSU.docx",
                {
                    "header": "Západočeské listy a.s. · Americká 44, 301 00 Plzeň · IČO 83301658",
                    "footer": "ID datové schránky: 56wnsh5 · www.zapadoceske-listy.example",
                    "blocks": [
                        "Věc: Žádost o registraci k vyhrazenému připojení",
                        "Žádáme o přístup k serveru s výsledky volby prezidenta z těchto adres:",
                        {
                            "rows": [
                                ["IP adresa", "Prostředí"],
                                ["192.0.2.101", "produkční"],
                                ["192.0.2.102", "produkční"],
                                ["192.0.2.109", "testovací"],
                            ]
                        },
                        "Kontaktní osoba: Radka Moudrá, tel. 377 480 215, moudra@zapadoceske-listy.example",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Západočeské listy a.s.",
            "83301658",
            "56wnsh5",
            ["192.0.2.101", "192.0.2.102"],
            ["192.0.2.109"],
            "Radka Moudrá",
            "moudra@zapadoceske-listy.example",
            "+420377480215",
        ),
    },
    {
        "id": "h032-docx-merged-role-cells",
        "style": S,
        "description": "role column with vertically merged cells spanning several addresses",
        "from": "Filip Zajíc <zajic@radio-orlice.example>",
        "subject": "registrace – Rádio Orlice",
        "body": "Dobrý den, posílám vyplněný formulář.\nFilip Zajíc\n",
        "attachments": [
            (
                "docx",
                "formular.docx",
                {
                    "blocks": [
                        "Žadatel: Rádio Orlice s.r.o., IČO 19043384",
                        {
                            "rows": [
                                ["Účel", "Adresa"],
                                ["ostrý provoz", "203.0.113.31"],
                                ["", "203.0.113.32"],
                                ["", "203.0.113.33"],
                                ["testování", "203.0.113.38"],
                                ["", "203.0.113.39"],
                            ],
                            "merge": [(1, 0, 3, 0), (4, 0, 5, 0)],
                        },
                        "Kontakt: Filip Zajíc, 494 530 771, zajic@radio-orlice.example",
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Rádio Orlice s.r.o.",
            "19043384",
            None,
            ["203.0.113.31", "203.0.113.32", "203.0.113.33"],
            ["203.0.113.38", "203.0.113.39"],
            "Filip Zajíc",
            "zajic@radio-orlice.example",
            "+420494530771",
        ),
    },
    {
        "id": "h033-docx-nested-table",
        "style": S,
        "description": "form table whose 'IP adresy' cell holds a nested table with role columns",
        "from": "Magdalena Skálová <skalova@brnensky-kuryr.example>",
        "subject": "Žádost – XML výsledky – Brněnský kurýr",
        "body": _SEE_ATTACHED + "Magdalena Skálová\n",
        "attachments": [
            (
                "docx",
                "zadost-xml.docx",
                {
                    "blocks": [
                        "ŽÁDOST O VYHRAZENÉ PŘIPOJENÍ",
                        {
                            "rows": [
                                ["Žadatel", "Brněnský kurýr, s.r.o."],
                                ["IČO", "25023748"],
                                ["IP adresy", ""],
                                ["Kontaktní osoba", "Magdalena Skálová"],
                                ["Telefon", "541 226 390"],
                                ["E-mail", "skalova@brnensky-kuryr.example"],
                            ],
                            "nested": {
                                (2, 1): {
                                    "rows": [
                                        ["produkční", "testovací"],
                                        ["198.51.100.41", "198.51.100.45"],
                                        ["198.51.100.42", ""],
                                    ]
                                }
                            },
                        },
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Brněnský kurýr, s.r.o.",
            "25023748",
            None,
            ["198.51.100.41", "198.51.100.42"],
            ["198.51.100.45"],
            "Magdalena Skálová",
            "skalova@brnensky-kuryr.example",
            "+420541226390",
        ),
    },
    {
        "id": "h034-docx-row-header-columns",
        "style": S,
        "description": "role in the row header, addresses across columns of the same row",
        "from": "IT <it@ceskolipsky-tydenik.example>",
        "subject": "XML server – žádost",
        "body": "Žádost v příloze.\n",
        "attachments": [
            (
                "docx",
                "CSU_XML.docx",
                {
                    "blocks": [
                        "Českolipský týdeník s.r.o. (IČO 08682461) žádá o přístup k XML serveru.",
                        {
                            "rows": [
                                ["", "adresa 1", "adresa 2", "adresa 3"],
                                ["Produkce", "192.0.2.51", "192.0.2.52", ""],
                                ["Test", "192.0.2.59", "", ""],
                            ]
                        },
                        "Technický kontakt: Vlastimil Beran, +420 487 190 233, it@ceskolipsky-tydenik.example",
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Českolipský týdeník s.r.o.",
            "08682461",
            None,
            ["192.0.2.51", "192.0.2.52"],
            ["192.0.2.59"],
            "Vlastimil Beran",
            "it@ceskolipsky-tydenik.example",
            "+420487190233",
        ),
    },
    {
        "id": "h035-docx-merged-header-group",
        "style": S,
        "description": "horizontally merged group header 'IP adresy' above 'ostré' and 'testovací' columns",
        "from": "Bohdana Kavková <kavkova@zpravodaj-mikulov.example>",
        "subject": "přihláška k vyhrazenému připojení",
        "body": "Dobrý den,\npřikládám přihlášku.\nB. Kavková, Zpravodaj Mikulov\n",
        "attachments": [
            (
                "docx",
                "prihlaska.docx",
                {
                    "blocks": [
                        "Zpravodaj Mikulov, z.s. · IČO 27939472",
                        {
                            "rows": [
                                ["IP adresy", ""],
                                ["ostré", "testovací"],
                                ["203.0.113.241", "203.0.113.250"],
                                ["203.0.113.242", "203.0.113.251"],
                            ],
                            "merge": [(0, 0, 0, 1)],
                        },
                        "Kontaktní osoba: Bohdana Kavková, 519 510 377, kavkova@zpravodaj-mikulov.example",
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Zpravodaj Mikulov, z.s.",
            "27939472",
            None,
            ["203.0.113.241", "203.0.113.242"],
            ["203.0.113.250", "203.0.113.251"],
            "Bohdana Kavková",
            "kavkova@zpravodaj-mikulov.example",
            "+420519510377",
        ),
    },
    {
        "id": "h036-docx-body-says-see-attachment",
        "style": S,
        "description": "body carries the contact, the DOCX carries organisation and addresses",
        "from": "Gabriela Čechová <cechova@liberecky-denik.example>",
        "subject": "Vyhrazené připojení – Liberecký deník",
        "body": """Dobrý den,

adresy i údaje o společnosti jsou v přiloženém dokumentu. Kontaktní osobou jsem já,
Gabriela Čechová, tel. 485 300 716.

Děkuji
""",
        "attachments": [
            (
                "docx",
                "udaje.docx",
                {
                    "blocks": [
                        "Liberecký deník a.s.",
                        "IČO: 08958092",
                        "Adresy pro reálný provoz: 198.51.100.81, 198.51.100.82",
                        "Adresy pro testovací provoz: 198.51.100.88",
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Liberecký deník a.s.",
            "08958092",
            None,
            ["198.51.100.81", "198.51.100.82"],
            ["198.51.100.88"],
            "Gabriela Čechová",
            "cechova@liberecky-denik.example",
            "+420485300716",
        ),
    },
    {
        "id": "h037-docx-both-requests-form",
        "style": S,
        "description": "DOCX form with a section for the feed and a section for a recording permit",
        "from": "Produkce <produkce@tv-slezsko.example>",
        "subject": "Žádosti ČSÚ – TV Slezsko",
        "body": _SEE_ATTACHED + "Produkce TV Slezsko\n",
        "attachments": [
            (
                "docx",
                "zadosti_TV_Slezsko.docx",
                {
                    "header": "TV Slezsko s.r.o. | IČO 74490389",
                    "blocks": [
                        "A) Vyhrazené připojení k XML serveru",
                        {
                            "rows": [
                                ["Produkční IP", "192.0.2.121, 192.0.2.122"],
                                ["Testovací IP", "192.0.2.129"],
                            ]
                        },
                        "B) Povolení k pořízení záznamu na přebíracím místě",
                        {
                            "rows": [
                                ["Osoba", "Lukáš Jurečka, kameraman"],
                                ["Přebírací místo", "Opava"],
                                ["Rozsah", "obrazový záznam, 30 min"],
                            ]
                        },
                        "Kontaktní osoba pro obě žádosti: Eliška Pustková, 553 710 448, pustkova@tv-slezsko.example",
                    ],
                },
            )
        ],
        "labels": L(
            BOTH,
            "TV Slezsko s.r.o.",
            "74490389",
            None,
            ["192.0.2.121", "192.0.2.122"],
            ["192.0.2.129"],
            "Eliška Pustková",
            "pustkova@tv-slezsko.example",
            "+420553710448",
        ),
    },
    {
        "id": "h038-docx-footer-office-address",
        "style": S,
        "description": "addressee block (ČSÚ with its IČO and DS) in the letter; applicant's own in the footer",
        "from": "Tomáš Vacek <vacek@kromerizske-noviny.example>",
        "subject": "Žádost",
        "body": "V příloze žádost. T. Vacek\n",
        "attachments": [
            (
                "docx",
                "zadost.docx",
                {
                    "footer": "Kroměřížské noviny s.r.o. | IČO 93024339 | DS wsmwj6g",
                    "blocks": [
                        "Adresát: Český statistický úřad, Na padesátém 81, 100 82 Praha 10, IČO 00025593, datová schránka 2gfaasy",
                        "Věc: žádost o vyhrazené připojení",
                        "Žádáme o přístup pro adresy 203.0.113.71 (produkce) a 203.0.113.72 (test).",
                        "Kontaktní osoba: Tomáš Vacek, tel. 573 335 190, vacek@kromerizske-noviny.example",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Kroměřížské noviny s.r.o.",
            "93024339",
            "wsmwj6g",
            ["203.0.113.71"],
            ["203.0.113.72"],
            "Tomáš Vacek",
            "vacek@kromerizske-noviny.example",
            "+420573335190",
        ),
    },
    {
        "id": "h039-docx-ipv6-cidr-table",
        "style": S,
        "description": "IPv6 single addresses and an IPv4 /31 in table cells",
        "from": "Martina Pazderová <pazderova@ostravsky-portal.example>",
        "subject": "registrace XML",
        "body": "Dobrý den, žádost přikládám.\nMartina Pazderová\n",
        "attachments": [
            (
                "docx",
                "registrace.docx",
                {
                    "blocks": [
                        "Ostravský portál s.r.o., IČO 61820784",
                        {
                            "rows": [
                                ["Druh", "Adresa / síť"],
                                ["produkce", "198.51.100.26/31"],
                                ["produkce", "2001:db8:1f::a"],
                                ["test", "2001:db8:1f::b"],
                            ]
                        },
                        "Kontakt: Martina Pazderová, 596 118 402, pazderova@ostravsky-portal.example",
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Ostravský portál s.r.o.",
            "61820784",
            None,
            ["198.51.100.26", "198.51.100.27", "2001:db8:1f::a"],
            ["2001:db8:1f::b"],
            "Martina Pazderová",
            "pazderova@ostravsky-portal.example",
            "+420596118402",
        ),
    },
    {
        "id": "h040-docx-key-value-no-table",
        "style": S,
        "description": "DOCX with tab-aligned key/value paragraphs, addresses on continuation lines",
        "from": "Rostislav Kudrna <kudrna@vltavin.example>",
        "subject": "Vltavín – žádost o XML",
        "body": "Dobrý den,\nzasílám žádost.\nR. Kudrna\n",
        "attachments": [
            (
                "docx",
                "Vltavin_zadost.docx",
                {
                    "blocks": [
                        "Název:\tVltavín, z.ú.",
                        "IČO:\t37177338",
                        "Ostrý provoz:\t192.0.2.41",
                        "\t192.0.2.42",
                        "Testování:\t192.0.2.49",
                        "Kontaktní osoba:\tRostislav Kudrna",
                        "Telefon:\t608 552 170",
                        "E-mail:\tkudrna@vltavin.example",
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Vltavín, z.ú.",
            "37177338",
            None,
            ["192.0.2.41", "192.0.2.42"],
            ["192.0.2.49"],
            "Rostislav Kudrna",
            "kudrna@vltavin.example",
            "+420608552170",
        ),
    },
]
