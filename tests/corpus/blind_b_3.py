"""Blind held-out cases b033–b048: letters with reference numbers, column-wise tables,
foreign crews, data-box corrections and cover letters split over several attachments."""

from __future__ import annotations

from typing import Any

from tests.corpus.heldout_common import BOTH, FEED, OFFICE_FOOTER, REC, L, Style

CASES: list[dict[str, Any]] = [
    {
        "id": "b033-slovak-docx-nested-header",
        "description": "Slovak weekly, DOCX with the reference number in the header and a "
        "nested table 'produkčné / testovacie' inside the outer form",
        "style": Style.SLOVAK,
        "from": "Róbert Pavlík <pavlik@zahorak-tyzden.example>",
        "subject": "Žiadosť o prístup k XML – Záhorák týždeň",
        "body": "Dobrý deň,\nv prílohe zasielam vyplnenú žiadosť.\nS pozdravom\nRóbert Pavlík\n",
        "attachments": [
            (
                "docx",
                "ziadost_zahorak.docx",
                {
                    "header": "Naše číslo: ZT-2022/311 • Vybavuje: R. Pavlík",
                    "blocks": [
                        "Žiadosť o prístup k priebežným výsledkom voľby prezidenta ČR",
                        {
                            "rows": [
                                ["Žiadateľ", "Záhorák týždeň, s. r. o."],
                                ["IČO", "22059997"],
                                ["IP adresy", ""],
                                [
                                    "Kontaktná osoba",
                                    "Róbert Pavlík, pavlik@zahorak-tyzden.example, 0905 662 140",
                                ],
                            ],
                            "nested": {
                                (2, 1): {
                                    "rows": [
                                        ["produkčné", "testovacie"],
                                        ["192.0.2.52", "192.0.2.58"],
                                        ["192.0.2.53", "192.0.2.59"],
                                    ]
                                }
                            },
                        },
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Záhorák týždeň, s. r. o.",
            "22059997",
            None,
            ["192.0.2.52", "192.0.2.53"],
            ["192.0.2.58", "192.0.2.59"],
            "Róbert Pavlík",
            "pavlik@zahorak-tyzden.example",
            "+421905662140",
        ),
    },
    {
        "id": "b034-english-filming-foreign-crew",
        "description": "foreign public broadcaster asks in English to film at two collection "
        "points; crew list with passport numbers; the XML feed is explicitly not needed",
        "style": Style.RECORDING,
        "from": "Sofie Lindqvist <sofie.lindqvist@nordvision-tv.example>",
        "subject": "Filming permission – Czech presidential election, 13–14 January",
        "body": "Dear colleagues,\n\nwe would like to film at two of your collection points. "
        "Details and the crew list are in the attached PDF. We do not need access to the "
        "XML results.\n\nBest regards,\nSofie Lindqvist\nProducer, NordVision TV\n"
        "+46 8 555 012 94\n",
        "attachments": [
            (
                "pdf",
                "NordVision_filming_request.pdf",
                [
                    "NordVision TV AB – News Department, Stockholm",
                    "Request for permission to film at collection points",
                    {
                        "widths": [130, 110, 150],
                        "rows": [
                            ["Collection point", "Date", "Time"],
                            ["Praha-západ", "13 Jan 2023", "21:00–23:30"],
                            ["Kladno", "14 Jan 2023", "14:00–16:00"],
                        ],
                    },
                    {
                        "widths": [130, 110, 150],
                        "rows": [
                            ["Crew member", "Function", "Passport no."],
                            ["Sofie Lindqvist", "producer", "AA4471920"],
                            ["Erik Holm", "camera", "AA8802153"],
                        ],
                    },
                    "Contact: Sofie Lindqvist, sofie.lindqvist@nordvision-tv.example, "
                    "+46 8 555 012 94",
                ],
            )
        ],
        "labels": L(
            REC,
            "NordVision TV AB",
            None,
            None,
            [],
            [],
            "Sofie Lindqvist",
            "sofie.lindqvist@nordvision-tv.example",
            "+46855501294",
        ),
    },
    {
        "id": "b035-pdf-letter-references-ipv6-test",
        "description": "formal PDF letter replying to the office's letter by its reference "
        "number; the office's address block is printed; an IPv6 test address",
        "style": Style.FORMAL_LETTER,
        "from": "Ing. Václav Doležal <dolezal@ceske-noviny-online.example>",
        "subject": "Odpověď na Váš dopis – přístup k XML",
        "body": "Dobrý den,\n\nv příloze naše odpověď s údaji pro připojení.\n\n"
        "Ing. Václav Doležal\n",
        "attachments": [
            (
                "pdf",
                "odpoved_CSU.pdf",
                [
                    "<b>České noviny online, a.s.</b><br/>Vinohradská 2405/190, 130 00 Praha 3"
                    "<br/>IČO 23580984",
                    "Český statistický úřad<br/>Na padesátém 81<br/>100 82 Praha 10",
                    "Váš dopis zn.: CSU-041877/2022-62 ze dne 17. 11. 2022<br/>"
                    "Naše zn.: CNO/IT/2022-57<br/>Praha 1. 12. 2022",
                    "Věc: Údaje pro připojení k serveru s průběžnými výsledky",
                    "Na základě Vašeho dopisu sdělujeme adresy pro ostrý provoz "
                    "203.0.113.140 a 203.0.113.141; testovat budeme výhradně z adresy "
                    "2001:db8:77::40.",
                    "Kontaktní osobou je Ing. Václav Doležal, tel. 267 099 381, "
                    "dolezal@ceske-noviny-online.example.",
                    "S pozdravem<br/>Mgr. Jitka Burešová, předsedkyně představenstva",
                ],
            )
        ],
        "labels": L(
            FEED,
            "České noviny online, a.s.",
            "23580984",
            None,
            ["203.0.113.140", "203.0.113.141"],
            ["2001:db8:77::40"],
            "Václav Doležal",
            "dolezal@ceske-noviny-online.example",
            "+420267099381",
        ),
    },
    {
        "id": "b036-databox-annotation-and-odt",
        "description": "data-box message with the addresses in the annotation and the same "
        "addresses plus contact in an attached ODT; the office's data box appears in the ODT",
        "style": Style.DATABOX,
        "subject": "Žádost XML volby – produkční 198.51.100.101, 198.51.100.102, test 198.51.100.109",
        "databox": {
            "box": "e6ws9ka",
            "sender": "Regionální vysílání Haná s.r.o.",
            "address": "Horní náměstí 10, 779 00 Olomouc",
            "type": 20,
            "ref": "RVH 2022/77",
        },
        "attachments": [
            (
                "odt",
                "zadost.odt",
                [
                    "Adresát: ČSÚ, datová schránka 2gfaasy",
                    "Regionální vysílání Haná s.r.o., IČO 43576575",
                    "Žádáme o zpřístupnění XML s průběžnými výsledky volby prezidenta.",
                    [
                        ["produkční", "198.51.100.101"],
                        ["produkční", "198.51.100.102"],
                        ["testovací", "198.51.100.109"],
                    ],
                    "Kontakt: Miroslav Šulc, sulc@rv-hana.example, 585 770 112",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Regionální vysílání Haná s.r.o.",
            "43576575",
            "e6ws9ka",
            ["198.51.100.101", "198.51.100.102"],
            ["198.51.100.109"],
            "Miroslav Šulc",
            "sulc@rv-hana.example",
            "+420585770112",
        ),
    },
    {
        "id": "b037-xlsx-role-columns",
        "description": "XLSX with the roles as column headers ('Ostrý provoz' and 'Test') and "
        "addresses listed down each column, unequal lengths",
        "style": Style.XLSX,
        "from": "Jan Pražák <prazak@sumavske-listy.example>",
        "subject": "Adresy pro volby",
        "body": "Dobrý den,\nposílám naše adresy v tabulce. Organizace: Šumavské listy s.r.o., "
        "IČO 83423974.\nJan Pražák, tel. 376 520 884\n",
        "attachments": [
            (
                "xlsx",
                "adresy.xlsx",
                [
                    {
                        "title": "Volby 2023",
                        "rows": [
                            ["Ostrý provoz", "Test"],
                            ["192.0.2.120", "192.0.2.127"],
                            ["192.0.2.121", None],
                            ["192.0.2.122", None],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Šumavské listy s.r.o.",
            "83423974",
            None,
            ["192.0.2.120", "192.0.2.121", "192.0.2.122"],
            ["192.0.2.127"],
            "Jan Pražák",
            "prazak@sumavske-listy.example",
            "+420376520884",
        ),
    },
    {
        "id": "b038-rtf-ano-ne-both",
        "description": "RTF form with ANO/NE answers: both the XML access and filming "
        "answered ANO, collection point and date given",
        "style": Style.RTF,
        "from": "Kateřina Bílková <bilkova@tv-karlovy-vary.example>",
        "subject": "Formulář pro média",
        "body": "Dobrý den, v příloze vyplněný formulář. S pozdravem K. Bílková\n",
        "attachments": [
            (
                "rtf",
                "formular_media.rtf",
                [
                    "Formulář pro sdělovací prostředky – volba prezidenta 2023",
                    [
                        ["Žadatel", "Televize Karlovy Vary, s.r.o."],
                        ["IČO", "22800816"],
                        ["Přístup k XML (ANO/NE)", "ANO"],
                        ["Pořízení záznamu (ANO/NE)", "ANO"],
                        ["Přebírací místo / termín", "Karlovy Vary, 13. 1. 2023 ve 22 h"],
                        ["IP ostrý provoz", "203.0.113.180, 203.0.113.181"],
                        ["IP test", "203.0.113.189"],
                        ["Kontaktní osoba", "Kateřina Bílková"],
                        ["Telefon", "353 440 917"],
                        ["E-mail", "bilkova@tv-karlovy-vary.example"],
                    ],
                ],
            )
        ],
        "labels": L(
            BOTH,
            "Televize Karlovy Vary, s.r.o.",
            "22800816",
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.189"],
            "Kateřina Bílková",
            "bilkova@tv-karlovy-vary.example",
            "+420353440917",
        ),
    },
    {
        "id": "b039-html-body-docx-combined-label",
        "description": "HTML mail that says only 'everything is attached'; the DOCX labels "
        "two rows 'produkce + záloha' (both production) and one 'testovací'",
        "style": Style.DOCX,
        "from": "Richard Navrátil <navratil@frekvence-sever.example>",
        "subject": "Žádost o XML data – Frekvence Sever",
        "html": "<html><body><div>Dobrý den,</div><div>vše potřebné najdete v "
        "příloze.</div><div><br></div><div>Richard Navrátil</div></body></html>",
        "attachments": [
            (
                "docx",
                "FS_zadost.docx",
                {
                    "blocks": [
                        "Frekvence Sever, s.r.o. – IČO 26751135",
                        "Žádost o povolení přístupu k průběžným výsledkům volby prezidenta",
                        {
                            "rows": [
                                ["Adresa", "Určení"],
                                ["198.51.100.240", "produkce + záloha"],
                                ["198.51.100.241", "produkce + záloha"],
                                ["198.51.100.250", "testovací"],
                            ]
                        },
                        "Kontakt: Richard Navrátil, navratil@frekvence-sever.example, "
                        "+420 412 330 505",
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Frekvence Sever, s.r.o.",
            "26751135",
            None,
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.250"],
            "Richard Navrátil",
            "navratil@frekvence-sever.example",
            "+420412330505",
        ),
    },
    {
        "id": "b040-english-xlsx-us-outlet",
        "description": "US outlet without IČO, English XLSX 'Environment' column "
        "(prod/test), US phone number",
        "style": Style.ENGLISH,
        "from": "Data Team <data@atlantic-ledger.example>",
        "subject": "CZSO election XML access request",
        "body": "Hi,\n\nplease see the attached spreadsheet with our details for the results "
        "feed.\n\nThanks,\nMegan Price\nAtlantic Ledger Data Team\n",
        "attachments": [
            (
                "xlsx",
                "atlantic_ledger_czso.xlsx",
                [
                    {
                        "title": "Request",
                        "rows": [
                            ["Organization", "Atlantic Ledger Inc."],
                            ["Contact", "Megan Price"],
                            ["Email", "m.price@atlantic-ledger.example"],
                            ["Phone", "+1 (212) 555-0148"],
                            [None, None],
                            ["Environment", "IP address"],
                            ["prod", "198.51.100.180"],
                            ["prod", "198.51.100.181"],
                            ["test", "198.51.100.190"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Atlantic Ledger Inc.",
            None,
            None,
            ["198.51.100.180", "198.51.100.181"],
            ["198.51.100.190"],
            "Megan Price",
            "m.price@atlantic-ledger.example",
            "+12125550148",
        ),
    },
    {
        "id": "b041-databox-corrected-application",
        "description": "data-box message replacing an earlier application: the annotation "
        "says 'oprava', the attached PDF lists the new addresses and names the old ones as "
        "withdrawn",
        "style": Style.CORRECTION,
        "subject": "Oprava žádosti o přístup k XML ze dne 25. 11. 2022",
        "databox": {
            "box": "m2tq8vr",
            "sender": "Tiskové centrum Vysočina, z.s.",
            "address": "Masarykovo náměstí 1, 586 01 Jihlava",
            "type": 20,
        },
        "attachments": [
            (
                "pdf",
                "oprava_zadosti.pdf",
                [
                    "Tiskové centrum Vysočina, z.s., IČO 45573891",
                    "Opravujeme naši žádost ze dne 25. 11. 2022. Původně uvedené adresy "
                    "192.0.2.150 a 192.0.2.151 již nepoužíváme, prosíme je nepovolovat.",
                    "Nové adresy pro ostrý provoz: 192.0.2.160, 192.0.2.161<br/>"
                    "Testovací adresa zůstává: 192.0.2.169",
                    "Kontakt beze změny: Marta Jelínková, jelinkova@tc-vysocina.example, "
                    "tel. 567 300 218",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Tiskové centrum Vysočina, z.s.",
            "45573891",
            "m2tq8vr",
            ["192.0.2.160", "192.0.2.161"],
            ["192.0.2.169"],
            "Marta Jelínková",
            "jelinkova@tc-vysocina.example",
            "+420567300218",
        ),
    },
    {
        "id": "b042-no-diacritics-body-pdf-data",
        "description": "body in Czech without diacritics gives the contact; the PDF form "
        "gives organisation and addresses",
        "style": Style.PDF,
        "from": "Milan Sykora <sykora@rokycanske-noviny.example>",
        "subject": "zadost xml vysledky",
        "body": "Dobry den,\nposilam zadost, formular je v priloze. Kontaktni osoba jsem ja, "
        "Milan Sykora, mobil 603 552 019, mail sykora@rokycanske-noviny.example.\nDiky\n",
        "attachments": [
            (
                "pdf",
                "formular.pdf",
                [
                    "Žadatel: Rokycanské noviny, s.r.o.<br/>IČO: 65176260",
                    {
                        "widths": [120, 120],
                        "rows": [
                            ["Ostrý provoz", "Testovací"],
                            ["203.0.113.60", "203.0.113.68"],
                            ["203.0.113.61", ""],
                        ],
                    },
                ],
            )
        ],
        "labels": L(
            FEED,
            "Rokycanské noviny, s.r.o.",
            "65176260",
            None,
            ["203.0.113.60", "203.0.113.61"],
            ["203.0.113.68"],
            "Milan Sykora",
            "sykora@rokycanske-noviny.example",
            "+420603552019",
        ),
    },
    {
        "id": "b043-docx-respectively-order",
        "description": "DOCX letter where the roles follow from sentence order "
        "('pro ostrý provoz a pro testování … v tomto pořadí')",
        "style": Style.DOCX,
        "from": "Ilona Šustrová <sustrova@prostejovsky-vecernik.example>",
        "subject": "Žádost o připojení",
        "body": "Dobrý den,\nžádost v příloze.\nI. Šustrová\n",
        "attachments": [
            (
                "docx",
                "zadost_PV.docx",
                {
                    "header": "Prostějovský večerník s.r.o., IČO 24724637",
                    "blocks": [
                        "Vážení,",
                        "pro ostrý provoz a pro testování budeme používat adresy 192.0.2.12 "
                        "a 192.0.2.13, v tomto pořadí.",
                        "Kontakt: Ilona Šustrová, sustrova@prostejovsky-vecernik.example, "
                        "582 333 019",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Prostějovský večerník s.r.o.",
            "24724637",
            None,
            ["192.0.2.12"],
            ["192.0.2.13"],
            "Ilona Šustrová",
            "sustrova@prostejovsky-vecernik.example",
            "+420582333019",
        ),
    },
    {
        "id": "b044-pdf-ipv6-wrapped-cell",
        "description": "PDF table with two IPv6 production addresses in one narrow cell "
        "(wrapped), an IPv4 test address",
        "style": Style.PDF,
        "from": "Síťový tým <sit@digital-press.example>",
        "subject": "IPv6 - žádost o přístup k výsledkům",
        "body": "Dobrý den, posíláme žádost. Děkujeme, síťový tým Digital Press\n",
        "attachments": [
            (
                "pdf",
                "zadost_ipv6.pdf",
                [
                    "Digital Press a.s., IČO 25925628",
                    {
                        "widths": [90, 90, 200],
                        "rows": [
                            ["Role", "Adresy", "Poznámka"],
                            [
                                "ostrý provoz",
                                "2001:db8:120:5::a, 2001:db8:120:5::b",
                                "dual stack, IPv6 preferujeme",
                            ],
                            ["test", "192.0.2.77", ""],
                        ],
                    },
                    "Kontaktní osoba: Petra Zelenková, sit@digital-press.example, +420 226 001 944",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Digital Press a.s.",
            "25925628",
            None,
            ["2001:db8:120:5::a", "2001:db8:120:5::b"],
            ["192.0.2.77"],
            "Petra Zelenková",
            "sit@digital-press.example",
            "+420226001944",
        ),
    },
    {
        "id": "b045-odt-film-school-crew",
        "description": "film school students ask to film (ODT, crew list, two points); a "
        "university faculty, the supervising teacher is the contact",
        "style": Style.RECORDING,
        "from": "MgA. Dana Krausová <krausova@famo.umelecka-akademie.example>",
        "subject": "Studentský dokument – povolení natáčet",
        "body": "Dobrý den,\nv příloze žádost našich studentů o natáčení. Děkuji za "
        "posouzení.\nDana Krausová, vedoucí ateliéru\n",
        "attachments": [
            (
                "odt",
                "zadost_nataceni.odt",
                [
                    "Umělecká akademie Písek, Filmová fakulta, IČO 87382962",
                    "Žádost o povolení natáčení na přebíracích místech ČSÚ",
                    "Termín: 1. kolo volby, 13. 1. 2023 od 22:00 a 14. 1. 2023 do 16:00",
                    "Místa: Písek, Strakonice",
                    [
                        ["Jméno", "Úloha"],
                        ["Adam Kříž", "režie"],
                        ["Nela Pospíchalová", "kamera"],
                        ["Vít Zeman", "zvuk"],
                    ],
                    "Odpovědná pedagožka: MgA. Dana Krausová, tel. 382 210 466, "
                    "krausova@famo.umelecka-akademie.example",
                ],
            )
        ],
        "labels": L(
            REC,
            "Umělecká akademie Písek",
            "87382962",
            None,
            [],
            [],
            "Dana Krausová",
            "krausova@famo.umelecka-akademie.example",
            "+420382210466",
        ),
    },
    {
        "id": "b046-filming-withdrawn-in-body",
        "description": "the attached DOCX asks for both, but the mail body withdraws the "
        "filming part ('natáčení jsme zrušili, žádáme už jen o XML')",
        "style": Style.CORRECTION,
        "from": "Vojtěch Malý <maly@tydenik-beroun.example>",
        "subject": "Žádost – XML (bez natáčení)",
        "body": "Dobrý den,\n\nposílám žádost, kterou jsme připravili minulý týden. Natáčení "
        "na přebíracím místě jsme mezitím zrušili, žádáme tedy už jen o přístup k XML.\n\n"
        "Vojtěch Malý\n",
        "attachments": [
            (
                "docx",
                "zadost_beroun.docx",
                {
                    "blocks": [
                        "Týdeník Beroun s.r.o., IČO 23309555",
                        "Žádáme o:",
                        "☒ přístup k XML výsledkům",
                        "☒ povolení k natáčení na přebíracím místě Beroun",
                        {
                            "rows": [
                                ["Ostrý provoz", "198.51.100.30"],
                                ["Test", "198.51.100.31"],
                            ]
                        },
                        "Kontakt: Vojtěch Malý, maly@tydenik-beroun.example, 311 622 790",
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Týdeník Beroun s.r.o.",
            "23309555",
            None,
            ["198.51.100.30"],
            ["198.51.100.31"],
            "Vojtěch Malý",
            "maly@tydenik-beroun.example",
            "+420311622790",
        ),
    },
    {
        "id": "b047-cover-letter-and-xlsx",
        "description": "two attachments: a PDF cover letter with the organisation and contact, "
        "an XLSX with the addresses ('ostrá'/'testovací' in a type column)",
        "style": Style.XLSX,
        "from": "Gabriela Vítková <vitkova@radio-impuls-morava.example>",
        "subject": "Žádost o přístup k XML výsledkům",
        "body": "Dobrý den, zasíláme průvodní dopis a tabulku adres.\nGabriela Vítková\n",
        "attachments": [
            (
                "pdf",
                "pruvodni_dopis.pdf",
                [
                    "Rádio Impuls Morava, spol. s r.o.<br/>IČO 27863808",
                    "Žádáme o zpřístupnění průběžných výsledků volby prezidenta. Adresy "
                    "uvádíme v přiložené tabulce.",
                    "Kontaktní osoba: Gabriela Vítková, tel. 541 212 073, "
                    "vitkova@radio-impuls-morava.example",
                ],
            ),
            (
                "xlsx",
                "adresy.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["IP", "Typ"],
                            ["203.0.113.100", "ostrá"],
                            ["203.0.113.101", "ostrá"],
                            ["203.0.113.102", "ostrá"],
                            ["203.0.113.110", "testovací"],
                            ["203.0.113.111", "testovací"],
                        ],
                    }
                ],
            ),
        ],
        "labels": L(
            FEED,
            "Rádio Impuls Morava, spol. s r.o.",
            "27863808",
            None,
            ["203.0.113.100", "203.0.113.101", "203.0.113.102"],
            ["203.0.113.110", "203.0.113.111"],
            "Gabriela Vítková",
            "vitkova@radio-impuls-morava.example",
            "+420541212073",
        ),
    },
    {
        "id": "b048-databox-town-office-docx",
        "description": "data-box message from a town office (public authority box) for its "
        "newsroom; the DOCX quotes the office's signature block",
        "style": Style.DATABOX,
        "subject": "Žádost o přístup k výsledkům voleb – Radniční listy",
        "databox": {
            "box": "w8hy3nd",
            "sender": "Město Třebíč",
            "address": "Karlovo náměstí 104/55, 674 01 Třebíč",
            "type": 10,
            "ref": "MěÚ-TR/4471/2022",
        },
        "attachments": [
            (
                "docx",
                "zadost_radnicni_listy.docx",
                {
                    "header": "MĚSTO TŘEBÍČ | IČO 55621236 | č. j. MěÚ-TR/4471/2022",
                    "blocks": [
                        "Na základě Vašeho e-mailu níže podáváme žádost redakce Radničních "
                        "listů o přístup k XML s průběžnými výsledky.",
                        "Ostrý provoz: 192.0.2.90\nTest: 192.0.2.91",
                        "Kontakt: Bc. Jana Lišková, liskova@trebic-mesto.example, 568 896 120",
                        "Z e-mailu ČSÚ:",
                        OFFICE_FOOTER,
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Město Třebíč",
            "55621236",
            "w8hy3nd",
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Jana Lišková",
            "liskova@trebic-mesto.example",
            "+420568896120",
        ),
    },
]
