"""Held-out cases: data-box messages (the inner XML of a received data message). The sender's
box ID in the envelope is the applicant's data-box ID. Some carry one document only, some a
main document with enclosures."""

from __future__ import annotations

from typing import Any

from tests.corpus.heldout_common import FEED, REC, L, Style

S = Style.DATABOX

CASES: list[dict[str, Any]] = [
    {
        "id": "h111-databox-pdf-letter",
        "style": S,
        "description": "data message from a company box, one PDF letter",
        "databox": {
            "box": "kpdqhsr",
            "sender": "Moravskoslezský deník a.s.",
            "address": "Nádražní 1480/12, 702 00 Ostrava",
        },
        "subject": "Žádost o vyhrazené připojení k XML serveru",
        "attachments": [
            (
                "pdf",
                "zadost_vyhrazene_pripojeni.pdf",
                [
                    "Moravskoslezský deník a.s., Nádražní 1480/12, Ostrava, IČO 88953769",
                    "Věc: Žádost o vyhrazené připojení",
                    "Žádáme o přístup k serveru s výsledky volby prezidenta.",
                    "Produkční IP adresy: 192.0.2.141, 192.0.2.142",
                    "Testovací IP adresa: 192.0.2.149",
                    "Kontaktní osoba: Radomír Tichý, 596 300 411, tichy@ms-denik.example",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Moravskoslezský deník a.s.",
            "88953769",
            "kpdqhsr",
            ["192.0.2.141", "192.0.2.142"],
            ["192.0.2.149"],
            "Radomír Tichý",
            "tichy@ms-denik.example",
            "+420596300411",
        ),
    },
    {
        "id": "h112-databox-text-only",
        "style": S,
        "description": "data message whose only file is a short plain-text application",
        "databox": {"box": "nar8mw3", "sender": "Rádio Jeseníky s.r.o.", "address": "Jeseník"},
        "subject": "XML výsledky – registrace",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                """Rádio Jeseníky s.r.o., IČO 97308081
ostrý provoz: 203.0.113.191
test: 203.0.113.199
kontakt: Hana Pospíchalová, 584 412 660, pospichalova@radio-jeseniky.example
""",
            )
        ],
        "labels": L(
            FEED,
            "Rádio Jeseníky s.r.o.",
            "97308081",
            "nar8mw3",
            ["203.0.113.191"],
            ["203.0.113.199"],
            "Hana Pospíchalová",
            "pospichalova@radio-jeseniky.example",
            "+420584412660",
        ),
    },
    {
        "id": "h113-databox-docx-plus-xlsx",
        "style": S,
        "description": "main DOCX letter plus an XLSX enclosure with the addresses",
        "databox": {"box": "gptvxva", "sender": "Polabské listy, a.s.", "address": "Nymburk"},
        "subject": "Žádost o registraci – volba prezidenta 2023",
        "attachments": [
            (
                "docx",
                "zadost.docx",
                {
                    "blocks": [
                        "Polabské listy, a.s., IČO 54716284",
                        "Žádáme o registraci k vyhrazenému připojení. Adresy uvádíme v přiložené tabulce.",
                        "Kontaktní osoba: Marcel Jedlička, tel. 325 510 277, jedlicka@polabske-listy.example",
                    ]
                },
            ),
            (
                "xlsx",
                "adresy.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["IP adresa", "Určení"],
                            ["198.51.100.71", "produkční"],
                            ["198.51.100.72", "produkční"],
                            ["198.51.100.73", "produkční"],
                            ["198.51.100.79", "testovací"],
                        ],
                    }
                ],
            ),
        ],
        "labels": L(
            FEED,
            "Polabské listy, a.s.",
            "54716284",
            "gptvxva",
            ["198.51.100.71", "198.51.100.72", "198.51.100.73"],
            ["198.51.100.79"],
            "Marcel Jedlička",
            "jedlicka@polabske-listy.example",
            "+420325510277",
        ),
    },
    {
        "id": "h114-databox-natural-person",
        "style": S,
        "description": "freelance journalist's personal box (sender type 40), no IČO; the applicant (sender register entry) is the person",
        "databox": {
            "box": "b2rcpjt",
            "sender": "Vratislav Bezděk",
            "address": "Olomouc",
            "type": 40,
        },
        "subject": "žádost o přístup k výsledkům",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                """Dobrý den,
jsem nezávislý novinář a žádám o přístup k XML serveru pro svůj server 192.0.2.251.
Testovací adresu nemám.
Vratislav Bezděk, 605 770 219, bezdek@volny-novinar.example
""",
            )
        ],
        "labels": L(
            FEED,
            "Vratislav Bezděk",
            None,
            "b2rcpjt",
            ["192.0.2.251"],
            [],
            "Vratislav Bezděk",
            "bezdek@volny-novinar.example",
            "+420605770219",
        ),
    },
    {
        "id": "h115-databox-sole-trader",
        "style": S,
        "description": "sole trader's box (type 30; the organisation is the trader herself), IČO given as 'IČ' with spaces in the document",
        "databox": {
            "box": "cjq76hj",
            "sender": "Karolína Benešová",
            "address": "Písek",
            "type": 30,
        },
        "subject": "Vyhrazené připojení – Píseckýweb.cz",
        "attachments": [
            (
                "odt",
                "zadost.odt",
                [
                    "Karolína Benešová, podnikatelka – provozovatelka zpravodajského webu Píseckýweb",
                    "IČ: 900 154 01",
                    "Žádám o vyhrazené připojení pro adresy:",
                    [["produkce", "203.0.113.27"], ["test", "203.0.113.28"]],
                    "Kontakt: 608 101 556, benesova@piseckyweb.example",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Karolína Benešová",
            "90015401",
            "cjq76hj",
            ["203.0.113.27"],
            ["203.0.113.28"],
            "Karolína Benešová",
            "benesova@piseckyweb.example",
            "+420608101556",
        ),
    },
    {
        "id": "h116-databox-annotation-and-cover",
        "style": S,
        "description": "the annotation names the request; a cover PDF plus the application PDF as enclosure",
        "databox": {"box": "hty2e8s", "sender": "Hlas Vysočiny, z.s.", "address": "Třebíč"},
        "subject": "Žádost o XML – Hlas Vysočiny",
        "attachments": [
            (
                "pdf",
                "pruvodni_dopis.pdf",
                [
                    "Průvodní dopis",
                    "V příloze zasíláme žádost o vyhrazené připojení.",
                    "Hlas Vysočiny, z.s.",
                ],
            ),
            (
                "pdf",
                "zadost.pdf",
                [
                    {
                        "widths": [140, 200],
                        "rows": [
                            ["Žadatel", "Hlas Vysočiny, z.s."],
                            ["IČO", "16197704"],
                            ["Ostrý provoz", "192.0.2.81, 192.0.2.82"],
                            ["Testovací provoz", "192.0.2.89"],
                            ["Kontaktní osoba", "Milena Roubalová"],
                            ["Telefon", "568 440 912"],
                            ["E-mail", "roubalova@hlas-vysociny.example"],
                        ],
                    }
                ],
            ),
        ],
        "labels": L(
            FEED,
            "Hlas Vysočiny, z.s.",
            "16197704",
            "hty2e8s",
            ["192.0.2.81", "192.0.2.82"],
            ["192.0.2.89"],
            "Milena Roubalová",
            "roubalova@hlas-vysociny.example",
            "+420568440912",
        ),
    },
    {
        "id": "h117-databox-recording-odt",
        "style": S,
        "description": "recording permit by data box, ODT form, no XML",
        "databox": {"box": "6c9tdcp", "sender": "TV Beroun s.r.o.", "address": "Beroun"},
        "subject": "Žádost o povolení k pořízení záznamu",
        "attachments": [
            (
                "odt",
                "povoleni.odt",
                [
                    "Žádost o povolení k pořízení záznamu na přebíracím místě",
                    [
                        ["Osoba", "Tadeáš Kolman, kameraman, 721 300 644"],
                        ["Žadatel", "Alice Rambousková, ředitelka"],
                        ["Redakce", "TV Beroun s.r.o., Husovo nám. 2, Beroun"],
                        ["IČO", "01396081"],
                        ["Kontakt žadatele", "311 610 205, rambouskova@tv-beroun.example"],
                        ["Rozsah", "obrazový záznam 10 minut"],
                        ["Přebírací místo", "okres Beroun"],
                    ],
                ],
            )
        ],
        "labels": L(
            REC,
            "TV Beroun s.r.o.",
            "01396081",
            "6c9tdcp",
            [],
            [],
            "Alice Rambousková",
            "rambouskova@tv-beroun.example",
            "+420311610205",
        ),
    },
    {
        "id": "h118-databox-rtf-no-email",
        "style": S,
        "description": "RTF application sent by data box; no e-mail given anywhere",
        "databox": {
            "box": "r2sdq48",
            "sender": "Kutnohorský zpravodaj s.r.o.",
            "address": "Kutná Hora",
        },
        "subject": "vyhrazené připojení",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Kutnohorský zpravodaj s.r.o., IČO 12175528",
                    "Ostrý provoz: 198.51.100.191, 198.51.100.192",
                    "Test: 198.51.100.199",
                    "Kontaktní osoba: Emanuel Dušek, tel. 327 300 128",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Kutnohorský zpravodaj s.r.o.",
            "12175528",
            "r2sdq48",
            ["198.51.100.191", "198.51.100.192"],
            ["198.51.100.199"],
            "Emanuel Dušek",
            None,
            "+420327300128",
        ),
    },
    {
        "id": "h119-databox-english-branch",
        "style": S,
        "description": "English application by the data box of a foreign agency's Czech branch",
        "databox": {
            "box": "y4cr5dv",
            "sender": "Adriatic Press Agency, odštěpný závod",
            "address": "Praha 1",
        },
        "subject": "Application – XML results feed",
        "attachments": [
            (
                "docx",
                "application.docx",
                {
                    "blocks": [
                        "Adriatic Press Agency, odštěpný závod (Company ID 68186916)",
                        {
                            "rows": [
                                ["Production IPs", "203.0.113.151, 203.0.113.152"],
                                ["Test IPs", "203.0.113.159"],
                                ["Contact", "Luka Babić"],
                                ["Phone", "+420 222 510 716"],
                                ["E-mail", "babic@adriatic-press.example"],
                            ]
                        },
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Adriatic Press Agency, odštěpný závod",
            "68186916",
            "y4cr5dv",
            ["203.0.113.151", "203.0.113.152"],
            ["203.0.113.159"],
            "Luka Babić",
            "babic@adriatic-press.example",
            "+420222510716",
        ),
    },
    {
        "id": "h120-databox-quotes-office-box",
        "style": S,
        "description": "text mentions ČSÚ's box 2gfaasy and IČO; the applicant's box is only the sender's",
        "databox": {"box": "wvrp22h", "sender": "Zlínský expres s.r.o.", "address": "Zlín"},
        "subject": "Žádost o vyhrazené připojení",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                """Český statistický úřad, IČO 00025593, datová schránka 2gfaasy

Zlínský expres s.r.o. (IČO 76258866) žádá o vyhrazené připojení.
Produkce: 192.0.2.171, 192.0.2.172
Test: 192.0.2.179
Kontaktní osoba: Blažena Zapletalová, 577 210 338, zapletalova@zlinsky-expres.example
""",
            )
        ],
        "labels": L(
            FEED,
            "Zlínský expres s.r.o.",
            "76258866",
            "wvrp22h",
            ["192.0.2.171", "192.0.2.172"],
            ["192.0.2.179"],
            "Blažena Zapletalová",
            "zapletalova@zlinsky-expres.example",
            "+420577210338",
        ),
    },
]
