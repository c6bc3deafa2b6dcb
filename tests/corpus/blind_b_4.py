"""Blind held-out cases b049–b063: flowed text beside documents, yes/no and ANO/NE forms,
role marks in table columns, spanning header cells, a forwarded original with its own
attachment, and data-box letters signed by someone other than the contact."""

from __future__ import annotations

from typing import Any

from tests.corpus.heldout_common import BOTH, FEED, L, Style

_ORIGINAL = {
    "id": "b061-inner",
    "from": "Adéla Koubková <koubkova@hradecky-posel.example>",
    "to": "podatelna@czso.cz",
    "subject": "Žádost o přístup k XML výsledkům",
    "body": "Dobrý den,\n\nv příloze posílám žádost Hradeckého posla.\n\nAdéla Koubková\n",
    "attachments": [
        (
            "docx",
            "zadost_HP.docx",
            {
                "blocks": [
                    "Hradecký posel, s.r.o., IČO 30380961",
                    {
                        "rows": [
                            ["ostrý provoz", "192.0.2.200, 192.0.2.201"],
                            ["testovací provoz", "192.0.2.206"],
                        ]
                    },
                    "Kontakt: Adéla Koubková, koubkova@hradecky-posel.example, 495 512 338",
                ]
            },
        )
    ],
}

CASES: list[dict[str, Any]] = [
    {
        "id": "b049-flowed-body-signed-pdf",
        "description": "format=flowed body whose sentence giving the roles is soft-wrapped; "
        "the attached PDF is only the signed confirmation with the IČO",
        "style": Style.FLOWED,
        "flowed": True,
        "from": "Roman Fiala <fiala@novy-horacky-kraj.example>",
        "subject": "Žádost o přístup k výsledkům volby prezidenta",
        "body": "Dobrý den,\n\nžádáme o přístup k serveru s průběžnými výsledky ve formátu "
        "XML. Připojovat se budeme v ostrém provozu z adres 203.0.113.250 a 203.0.113.251, "
        "zatímco testovací dotazy půjdou z adresy 203.0.113.254, kterou můžete během "
        "zpracování klidně odpojit.\n\nKontakt: Roman Fiala, tel. 568 421 907, "
        "fiala@novy-horacky-kraj.example\n\nPodepsané potvrzení přikládám v PDF.\n",
        "attachments": [
            (
                "pdf",
                "potvrzeni.pdf",
                [
                    "Nový Horácký kraj, spol. s r.o., IČO 68957394",
                    "Potvrzujeme, že žádost o přístup k výsledkům voleb podává naše "
                    "společnost a údaje v průvodním e-mailu jsou správné.",
                    "V Třebíči 2. 12. 2022<br/>Mgr. Hana Fialová, jednatelka",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Nový Horácký kraj, spol. s r.o.",
            "68957394",
            None,
            ["203.0.113.250", "203.0.113.251"],
            ["203.0.113.254"],
            "Roman Fiala",
            "fiala@novy-horacky-kraj.example",
            "+420568421907",
        ),
    },
    {
        "id": "b050-databox-rtf-hyphen-phone",
        "description": "data-box message with an RTF application; phone written with "
        "hyphens, IČO as 'IČ:' with spaces",
        "style": Style.DATABOX,
        "subject": "Žádost o zařazení na seznam médií – XML výsledky",
        "databox": {
            "box": "h5nr2xs",
            "sender": "Mediální dům Orlice, a.s.",
            "address": "Tyršova 120, 516 01 Rychnov nad Kněžnou",
            "type": 20,
        },
        "attachments": [
            (
                "rtf",
                "zadost_MDO.rtf",
                [
                    "Mediální dům Orlice, a.s.\nIČ: 988 72 729",
                    "Žádáme o přístup k průběžným výsledkům volby prezidenta republiky.",
                    [
                        ["IP pro ostrý provoz", "198.51.100.110\n198.51.100.111"],
                        ["IP pro testování", "198.51.100.119"],
                    ],
                    "Kontaktní osoba: Libor Štěpánek, stepanek@md-orlice.example, +420-776-118-002",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Mediální dům Orlice, a.s.",
            "98872729",
            "h5nr2xs",
            ["198.51.100.110", "198.51.100.111"],
            ["198.51.100.119"],
            "Libor Štěpánek",
            "stepanek@md-orlice.example",
            "+420776118002",
        ),
    },
    {
        "id": "b051-docx-ano-ne-boxes-per-row",
        "description": "DOCX form with a pair of boxes per request row (ANO ☒ NE ☐ / "
        "ANO ☐ NE ☒): XML yes, filming no",
        "style": Style.FORM_CHECKBOX,
        "from": "Simona Vlčková <vlckova@chrudimsky-obzor.example>",
        "subject": "Formulář – Chrudimský obzor",
        "body": "Dobrý den,\nformulář přikládám.\nSimona Vlčková\n",
        "attachments": [
            (
                "docx",
                "formular_CO.docx",
                {
                    "blocks": [
                        "Žádost sdělovacího prostředku – volba prezidenta republiky",
                        {
                            "rows": [
                                ["Přístup k výsledkům ve formátu XML", "ANO ☒   NE ☐"],
                                ["Pořizování záznamu na přebíracím místě", "ANO ☐   NE ☒"],
                                ["Název", "Chrudimský obzor, z.s."],
                                ["IČO", "19461291"],
                                ["IP – ostrý provoz", "192.0.2.130; 192.0.2.131"],
                                ["IP – test", "192.0.2.139"],
                                ["Kontaktní osoba", "Simona Vlčková"],
                                [
                                    "Telefon / e-mail",
                                    "469 620 115 / vlckova@chrudimsky-obzor.example",
                                ],
                            ]
                        },
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Chrudimský obzor, z.s.",
            "19461291",
            None,
            ["192.0.2.130", "192.0.2.131"],
            ["192.0.2.139"],
            "Simona Vlčková",
            "vlckova@chrudimsky-obzor.example",
            "+420469620115",
        ),
    },
    {
        "id": "b052-english-odt-austrian-cidr31",
        "description": "Austrian daily in English, ODT, production given as a /31 pair plus a "
        "single address, no test address, Austrian phone",
        "style": Style.ODT,
        "from": "Thomas Huber <huber@donaukurier-wien.example>",
        "subject": "Application for election results XML access",
        "body": "Dear CZSO team,\n\nplease find our application attached (ODT).\n\n"
        "Regards,\nThomas Huber\n",
        "attachments": [
            (
                "odt",
                "application_CZSO.odt",
                [
                    "Donaukurier Wien GmbH, Praterstraße 7, 1020 Wien",
                    "Application for access to the results server – presidential election",
                    "Production: 203.0.113.36/31 and 203.0.113.44",
                    "We do not need a separate test address.",
                    "Contact person: Thomas Huber, IT operations, huber@donaukurier-wien.example, "
                    "+43 1 236 44 90",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Donaukurier Wien GmbH",
            None,
            None,
            ["203.0.113.36", "203.0.113.37", "203.0.113.44"],
            [],
            "Thomas Huber",
            "huber@donaukurier-wien.example",
            "+4312364490",
        ),
    },
    {
        "id": "b053-slovak-xlsx-ano-nie-both",
        "description": "Slovak XLSX form with an 'áno/nie' column, both requests 'áno', the "
        "collection point and crew given on a second sheet",
        "style": Style.SLOVAK,
        "from": "Andrej Čierny <cierny@vychod-tv.example>",
        "subject": "Žiadosť – voľba prezidenta ČR",
        "body": "Dobrý deň,\nzasielame vyplnený formulár. Ďakujeme.\nAndrej Čierny\n",
        "attachments": [
            (
                "xlsx",
                "formular_vychod.xlsx",
                [
                    {
                        "title": "Žiadosť",
                        "rows": [
                            ["Žiadateľ", "VÝCHOD TV, a.s."],
                            ["IČO", "77792033"],
                            ["Požiadavka", "áno/nie"],
                            ["Prístup k XML výsledkom", "áno"],
                            ["Nakrúcanie na prebieracom mieste", "áno"],
                            ["Produkčná IP", "198.51.100.210"],
                            ["Testovacia IP", "198.51.100.219"],
                            [
                                "Kontakt",
                                "Andrej Čierny, +421 55 622 1840, cierny@vychod-tv.example",
                            ],
                        ],
                    },
                    {
                        "title": "Nakrúcanie",
                        "rows": [
                            ["Miesto", "Dátum", "Štáb"],
                            ["Ostrava", "13. 1. 2023", "A. Čierny, M. Hudák (kamera)"],
                        ],
                    },
                ],
            )
        ],
        "labels": L(
            BOTH,
            "VÝCHOD TV, a.s.",
            "77792033",
            None,
            ["198.51.100.210"],
            ["198.51.100.219"],
            "Andrej Čierny",
            "cierny@vychod-tv.example",
            "+421556221840",
        ),
    },
    {
        "id": "b054-rtf-formal-letter-office-block",
        "description": "formal RTF letter: own reference number, the office's IČO and data box "
        "in the recipient block, signed by the editor-in-chief, contact is a technician",
        "style": Style.FORMAL_LETTER,
        "from": "Redakce Českobudějovické listy <redakce@cb-listy.example>",
        "subject": "Č. j. 118/2022/RED – žádost o přístup k XML",
        "body": "Dobrý den,\nv příloze zasíláme dopis č. j. 118/2022/RED.\nRedakce\n",
        "attachments": [
            (
                "rtf",
                "dopis_118_2022.rtf",
                [
                    "Českobudějovické listy, a.s.\nLannova tř. 63/41, 370 01 České Budějovice"
                    "\nIČO 99081725",
                    "Český statistický úřad\nIČO 00025593, datová schránka 2gfaasy\n"
                    "Na padesátém 81, Praha 10",
                    "Č. j.: 118/2022/RED\nV Českých Budějovicích dne 30. 11. 2022",
                    "Věc: Žádost o přístup k průběžným výsledkům volby prezidenta",
                    "Žádáme o povolení přístupu z adres 192.0.2.33 a 192.0.2.34 (ostrý "
                    "provoz). Testovací přístup požadujeme z adresy 192.0.2.38.",
                    "Technické dotazy vyřizuje Petr Soukup, soukup@cb-listy.example, "
                    "tel. 387 011 542.",
                    "Mgr. Eva Trnková\nšéfredaktorka",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Českobudějovické listy, a.s.",
            "99081725",
            None,
            ["192.0.2.33", "192.0.2.34"],
            ["192.0.2.38"],
            "Petr Soukup",
            "soukup@cb-listy.example",
            "+420387011542",
        ),
    },
    {
        "id": "b055-pdf-range-and-host-mask",
        "description": "PDF table with a production range in a wrapped cell "
        "('198.51.100.70 – 198.51.100.72') and a test host written as a /32",
        "style": Style.PDF,
        "from": "Hynek Polák <polak@agentura-zpravy-cz.example>",
        "subject": "AZ CZ – XML volby",
        "body": "Dobrý den, žádost v PDF přikládám. Hynek Polák, AZ CZ\n",
        "attachments": [
            (
                "pdf",
                "AZCZ_zadost.pdf",
                [
                    "Agentura Zprávy CZ, s.r.o. • IČO 51574829",
                    {
                        "widths": [80, 80, 220],
                        "rows": [
                            ["Provoz", "Rozsah", "Popis"],
                            [
                                "ostrý",
                                "198.51.100.70 – 198.51.100.72",
                                "tři servery ve dvou datacentrech, redundantní",
                            ],
                            ["test", "198.51.100.75/32", "vývojový stroj"],
                        ],
                    },
                    "Kontakt: Hynek Polák, polak@agentura-zpravy-cz.example, 00420 608 117 450",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Agentura Zprávy CZ, s.r.o.",
            "51574829",
            None,
            ["198.51.100.70", "198.51.100.71", "198.51.100.72"],
            ["198.51.100.75"],
            "Hynek Polák",
            "polak@agentura-zpravy-cz.example",
            "+420608117450",
        ),
    },
    {
        "id": "b056-docx-role-marks-in-columns",
        "description": "DOCX table 'IP adresa | ostrý | test' with an X in the column that "
        "applies to each address",
        "style": Style.DOCX,
        "from": "Jiří Bláha <blaha@valassky-dennik.example>",
        "subject": "Žádost o XML – Valašský deník",
        "body": "Dobrý den, přikládám žádost. Jiří Bláha, Valašský deník\n",
        "attachments": [
            (
                "docx",
                "zadost_VD.docx",
                {
                    "header": "Valašský deník, s.r.o. | IČO 46768815 | Vsetín",
                    "blocks": [
                        "Žádost o přístup k výsledkům volby prezidenta ve formátu XML",
                        {
                            "rows": [
                                ["IP adresa", "ostrý", "test"],
                                ["203.0.113.80", "X", ""],
                                ["203.0.113.81", "", "X"],
                                ["203.0.113.82", "X", ""],
                            ]
                        },
                        "Kontakt: Jiří Bláha, +420 571 411 263, blaha@valassky-dennik.example",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Valašský deník, s.r.o.",
            "46768815",
            None,
            ["203.0.113.80", "203.0.113.82"],
            ["203.0.113.81"],
            "Jiří Bláha",
            "blaha@valassky-dennik.example",
            "+420571411263",
        ),
    },
    {
        "id": "b057-html-table-and-pdf-copy",
        "description": "HTML mail with the addresses in a table and the same application as a "
        "PDF; the phone in the signature written '(+420) 725 11 22 33'",
        "style": Style.HTML_ONLY,
        "from": "Markéta Vávrová <vavrova@brandyske-noviny.example>",
        "subject": "Žádost o přístup k XML – Brandýské noviny",
        "html": "<html><body><p>Dobrý den,</p><p>posíláme žádost (i v PDF):</p>"
        "<table><tr><td><b>Ostrý provoz</b></td><td>192.0.2.5<br>192.0.2.6</td></tr>"
        "<tr><td><b>Testovací</b></td><td>192.0.2.8</td></tr></table>"
        "<p>--<br>Markéta Vávrová<br>Brandýské noviny s.r.o. (IČO 89236921)<br>"
        "(+420) 725 11 22 33</p></body></html>",
        "attachments": [
            (
                "pdf",
                "zadost_BN.pdf",
                [
                    "Brandýské noviny s.r.o., IČO 89236921",
                    "Ostrý provoz: 192.0.2.5, 192.0.2.6<br/>Testovací: 192.0.2.8",
                    "Kontakt: Markéta Vávrová, vavrova@brandyske-noviny.example",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Brandýské noviny s.r.o.",
            "89236921",
            None,
            ["192.0.2.5", "192.0.2.6"],
            ["192.0.2.8"],
            "Markéta Vávrová",
            "vavrova@brandyske-noviny.example",
            "+420725112233",
        ),
    },
    {
        "id": "b058-databox-signed-by-director",
        "description": "data-box message, PDF letter signed by the director while the contact "
        "is the IT administrator; the annotation carries the sender's reference",
        "style": Style.DATABOX,
        "subject": "DS-2022-0415 žádost o přístup k serveru s výsledky voleb",
        "databox": {
            "box": "r7aa5km",
            "sender": "Deník Slovácko, a.s.",
            "address": "Masarykovo nám. 21, 686 01 Uherské Hradiště",
            "type": 20,
            "ref": "DS-2022-0415",
        },
        "attachments": [
            (
                "pdf",
                "DS-2022-0415.pdf",
                [
                    "<b>Deník Slovácko, a.s.</b> – IČO 77552440",
                    "Naše zn.: DS-2022-0415",
                    "Žádáme o přístup k výsledkům volby prezidenta ve formátu XML.",
                    {
                        "widths": [180, 200],
                        "rows": [
                            ["Adresy pro ostrý provoz", "203.0.113.20<br/>203.0.113.21"],
                            ["Testovací adresy", "203.0.113.28<br/>203.0.113.29"],
                            ["Kontaktní osoba (správce IT)", "Radek Pavelka"],
                            ["Telefon", "572 503 336"],
                            ["E-mail", "pavelka@denik-slovacko.example"],
                        ],
                    },
                    "Ing. Stanislav Mikulec<br/>ředitel",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Deník Slovácko, a.s.",
            "77552440",
            "r7aa5km",
            ["203.0.113.20", "203.0.113.21"],
            ["203.0.113.28", "203.0.113.29"],
            "Radek Pavelka",
            "pavelka@denik-slovacko.example",
            "+420572503336",
        ),
    },
    {
        "id": "b059-pdf-filming-maybe-later",
        "description": "PDF letter asking for XML access and saying filming may be asked for "
        "later but is not requested now",
        "style": Style.PDF,
        "from": "Lucie Benešová <benesova@ceska-tiskova-sluzba.example>",
        "subject": "Žádost o XML výsledky",
        "body": "Dobrý den,\nžádost posílám v příloze.\nLucie Benešová\n",
        "attachments": [
            (
                "pdf",
                "zadost_CTS.pdf",
                [
                    "Česká tisková služba, s.r.o., IČO 33210098",
                    "Žádáme o přístup k průběžným výsledkům volby prezidenta ve formátu XML "
                    "z adres 198.51.100.150 a 198.51.100.151 (ostrý provoz) a 198.51.100.155 "
                    "(test).",
                    "Natáčení na přebíracích místech zvažujeme pro druhé kolo; pokud se pro "
                    "něj rozhodneme, pošleme samostatnou žádost. Nyní o povolení k "
                    "natáčení nežádáme.",
                    "Kontakt: Lucie Benešová, 734 551 207, benesova@ceska-tiskova-sluzba.example",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Česká tisková služba, s.r.o.",
            "33210098",
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.155"],
            "Lucie Benešová",
            "benesova@ceska-tiskova-sluzba.example",
            "+420734551207",
        ),
    },
    {
        "id": "b060-xlsx-spanning-header-rows",
        "description": "XLSX with the role as a row header and the addresses across the row; "
        "a merged title cell spans the sheet",
        "style": Style.XLSX,
        "from": "Oldřich Kučera <kucera@znojemsky-tyden.example>",
        "subject": "žádost volby XML",
        "body": "Dobrý den, tabulka v příloze. Kučera, Znojemský týden s.r.o.\n",
        "attachments": [
            (
                "xlsx",
                "ZT_volby.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Znojemský týden s.r.o. – IČO 74479539", None, None, None],
                            ["Adresy pro ostrý provoz", "192.0.2.24", "192.0.2.25", "192.0.2.26"],
                            ["Testovací adresy", "192.0.2.29", None, None],
                            [
                                "Kontakt",
                                "Oldřich Kučera",
                                "515 224 601",
                                "kucera@znojemsky-tyden.example",
                            ],
                        ],
                        "merge": ["A1:D1"],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Znojemský týden s.r.o.",
            "74479539",
            None,
            ["192.0.2.24", "192.0.2.25", "192.0.2.26"],
            ["192.0.2.29"],
            "Oldřich Kučera",
            "kucera@znojemsky-tyden.example",
            "+420515224601",
        ),
    },
    {
        "id": "b061-forward-own-original-docx",
        "description": "the applicant forwards her own earlier message (attached as .eml with "
        "its DOCX) asking whether it arrived; the data is only in the forwarded original",
        "style": Style.FORWARD,
        "from": "Adéla Koubková <koubkova@hradecky-posel.example>",
        "subject": "Fw: Žádost o přístup k XML výsledkům",
        "body": "Dobrý den,\n\nnemáme potvrzení o přijetí, proto žádost posílám znovu (v "
        "příloze původní e-mail). Údaje jsou beze změny.\n\nAdéla Koubková\n",
        "attachments": [("eml", "puvodni_zadost.eml", _ORIGINAL)],
        "labels": L(
            FEED,
            "Hradecký posel, s.r.o.",
            "30380961",
            None,
            ["192.0.2.200", "192.0.2.201"],
            ["192.0.2.206"],
            "Adéla Koubková",
            "koubkova@hradecky-posel.example",
            "+420495512338",
        ),
    },
    {
        "id": "b062-odt-municipal-tv-both-ticked",
        "description": "municipal TV (town-owned company), ODT with both boxes ticked, a "
        "collection point and a single production address",
        "style": Style.FORM_CHECKBOX,
        "from": "TV Mělník <vysilani@tv-melnik.example>",
        "subject": "Žádost městské televize",
        "body": "Dobrý den,\nzasíláme žádost městské televize.\nDěkujeme\n",
        "attachments": [
            (
                "odt",
                "zadost_TVM.odt",
                [
                    "Městská televize Mělník s.r.o. (100% vlastněná městem Mělník), IČO 12146218",
                    "☒ žádáme o přístup k XML s výsledky",
                    "☒ žádáme o povolení natáčet na přebíracím místě Mělník, 13. 1. 2023",
                    [
                        ["IP ostrý provoz", "198.18.44.2"],
                        ["IP test", "—"],
                    ],
                    "Kontaktní osoba: Zuzana Richterová, richterova@tv-melnik.example, "
                    "+420 315 622 001",
                ],
            )
        ],
        "labels": L(
            BOTH,
            "Městská televize Mělník s.r.o.",
            "12146218",
            None,
            ["198.18.44.2"],
            [],
            "Zuzana Richterová",
            "richterova@tv-melnik.example",
            "+420315622001",
        ),
    },
    {
        "id": "b063-note-pdf-shorthand-octets",
        "description": "two-line note pointing to a PDF whose test addresses are written in "
        "shorthand ('198.18.0.10, .11, .12')",
        "style": Style.TWO_LINE_NOTE,
        "from": "Jindřich Kolář <kolar@pardubicky-zpravodaj.example>",
        "subject": "XML přístup – Pardubický zpravodaj",
        "body": "Žádost v příloze, díky.\nJ. Kolář, 466 511 072\n",
        "attachments": [
            (
                "pdf",
                "zadost_PZ.pdf",
                [
                    "Pardubický zpravodaj, z.ú., IČO 15888291",
                    "Adresy pro ostrý provoz: 198.18.0.2",
                    "Testovací adresy: 198.18.0.10, .11, .12",
                    "Kontakt: Jindřich Kolář, kolar@pardubicky-zpravodaj.example, tel. 466 511 072",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Pardubický zpravodaj, z.ú.",
            "15888291",
            None,
            ["198.18.0.2"],
            ["198.18.0.10", "198.18.0.11", "198.18.0.12"],
            "Jindřich Kolář",
            "kolar@pardubicky-zpravodaj.example",
            "+420466511072",
        ),
    },
]
