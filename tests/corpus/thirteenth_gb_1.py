"""Thirteenth held-out part ``gb``, cases gb001–gb014: forms, letterheads and spreadsheets."""

from __future__ import annotations

from tests.corpus.label_rules import L, ico
from tests.corpus.thirteenth_gb_common import Case, Style, box, mail

F = "feed_access"
R = "recording_permit"

JCTV = ico("2718463")
BOHEMIA = ico("4630921")
BOHEMIA_PRINT = ico("2577104")
KOLIN = ico("0023588")
RADIO_SK = ico("3691205")
TYDENIK = ico("0846317")
VLNA = ico("2903658")
UNITV = ico("6138450")
HORAL = ico("2740516")
NOVINY_ZL = ico("4512277")
SEVER = ico("2896034")
MORAVA = ico("0651829")

CASES: list[Case] = [
    mail(
        "gb001-docx-form-tickboxes",
        "DOCX form with tick boxes: feed ticked, filming unticked; the e-mail says only 'v příloze'",
        Style.FORM,
        L(
            [F],
            "Jihočeská televize s.r.o.",
            JCTV,
            None,
            ["198.51.100.20", "198.51.100.21"],
            ["203.0.113.5"],
            "Kateřina Marková",
            "katerina.markova@jctv.example",
            "+420602118440",
        ),
        "Kateřina Marková <katerina.markova@jctv.example>",
        "Žádost - volby",
        "Dobrý den,\nv příloze posílám vyplněný formulář.\nK. Marková\n",
        [
            (
                "docx",
                "zadost_JCTV.docx",
                {
                    "blocks": [
                        "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB",
                        {
                            "rows": [
                                ["Žadatel", "Jihočeská televize s.r.o."],
                                ["IČO", JCTV],
                                ["Sídlo", "Lannova 14, České Budějovice"],
                            ]
                        },
                        "Předmět žádosti:",
                        "☒ přístup k XML výstupu výsledků (dedikovaný server)",
                        "☐ povolení natáčet ve sběrném místě",
                        {
                            "rows": [
                                ["Účel", "IP adresa"],
                                ["produkční", "198.51.100.20"],
                                ["produkční", "198.51.100.21"],
                                ["testovací", "203.0.113.5"],
                            ]
                        },
                        "Kontaktní osoba: Kateřina Marková, tel. 602 118 440, katerina.markova@jctv.example",
                    ]
                },
            )
        ],
    ),
    mail(
        "gb002-pdf-letterhead-two-icos",
        "PDF letterhead names the publisher and its printing house with two IČOs; CIDR /30; "
        "the IT head is the contact, the director signs",
        Style.LETTERHEAD,
        L(
            [F],
            "MEDIA BOHEMIA a.s.",
            BOHEMIA,
            None,
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
            [],
            "Ondřej Vacek",
            "vacek@mediabohemia.example",
            "+420731555902",
        ),
        "Sekretariát MEDIA BOHEMIA <sekretariat@mediabohemia.example>",
        "Žádost o přístup k datům - MEDIA BOHEMIA a.s.",
        "Vážení,\n\nzasíláme žádost generálního ředitele v příloze (PDF).\n\n"
        "S pozdravem\nsekretariát GŘ\n",
        [
            (
                "pdf",
                "MB_zadost_CSU.pdf",
                [
                    "MEDIA BOHEMIA a.s. | Na Florenci 29, 110 00 Praha 1 | IČO "
                    + BOHEMIA
                    + " | DIČ CZ"
                    + BOHEMIA,
                    "Tisk zajišťuje BOHEMIA PRINT s.r.o., IČO " + BOHEMIA_PRINT,
                    "Věc: žádost o zpřístupnění XML výsledků voleb",
                    "Žádáme o přístup k průběžným výsledkům ve formátu XML pro náš zpravodajský web. "
                    "Přistupovat budeme z rozsahu 203.0.113.64/30 (celá podsíť, produkce). Testovací "
                    "prostředí nemáme.",
                    "Technickým kontaktem je vedoucí IT Ondřej Vacek, vacek@mediabohemia.example, "
                    "mobil +420 731 555 902.",
                    "Ing. Marcela Šťastná\ngenerální ředitelka",
                ],
            )
        ],
    ),
    mail(
        "gb003-xlsx-hosts-foreign",
        "foreign agency without IČO; XLSX host list with production, test and a decommissioned "
        "row; IPv6 production",
        Style.SPREADSHEET,
        L(
            [F],
            "Nordlys Media AS",
            None,
            None,
            ["198.51.100.140", "2001:db8:4a::10"],
            ["192.0.2.140", "192.0.2.141"],
            "Ingrid Solberg",
            "ingrid.solberg@nordlys.example",
            "+4791234567",
        ),
        "Ingrid Solberg <ingrid.solberg@nordlys.example>",
        "Election results feed - access request (Nordlys Media)",
        "Hello,\n\nWe are Nordlys Media AS from Oslo and we would like to receive the XML "
        "results during the Czech elections. Our hosts are in the attached sheet (please "
        "ignore the row marked DECOMMISSIONED, that box was switched off last spring).\n\n"
        "Best regards,\nIngrid Solberg\nHead of Data Desk\n+47 912 34 567\n",
        [
            (
                "xlsx",
                "nordlys_hosts.xlsx",
                [
                    {
                        "title": "hosts",
                        "rows": [
                            ["hostname", "address", "environment", "note"],
                            ["feed-a.nordlys.example", "198.51.100.140", "production", ""],
                            [
                                "feed-v6.nordlys.example",
                                "2001:db8:4a:0:0:0:0:10",
                                "production",
                                "IPv6",
                            ],
                            ["stage1.nordlys.example", "192.0.2.140", "test", ""],
                            ["stage2.nordlys.example", "192.0.2.141", "test", ""],
                            [
                                "old-feed.nordlys.example",
                                "198.51.100.99",
                                "DECOMMISSIONED",
                                "do not use",
                            ],
                        ],
                    }
                ],
            )
        ],
    ),
    box(
        "gb004-databox-town-txt",
        "town newsroom sends through the municipality's data box; TXT document only",
        L(
            [F],
            "Město Kolín",
            KOLIN,
            "k7mbx2q",
            ["198.51.100.77", "198.51.100.78"],
            [],
            "Pavel Hruška",
            "hruska@kolin-zpravodaj.example",
            "+420321748112",
        ),
        {
            "box": "k7mbx2q",
            "sender": "Město Kolín",
            "address": "Karlovo nám. 78, Kolín",
            "type": 10,
        },
        "Žádost o přístup k výsledkům voleb - Kolínský zpravodaj",
        [
            (
                "txt",
                "zadost.txt",
                "Město Kolín, IČO " + KOLIN + ", vydavatel Kolínského zpravodaje, žádá o přístup "
                "k XML výsledkům voleb pro radniční web.\n\n"
                "Produkční servery: 198.51.100.77 a 198.51.100.78\n"
                "Test nepotřebujeme.\n\n"
                "Vyřizuje: Pavel Hruška, redakce zpravodaje\n"
                "hruska@kolin-zpravodaj.example, 321 748 112\n",
            )
        ],
    ),
    mail(
        "gb005-odt-slovak-radio-both",
        "Slovak radio asks for the feed and for filming in an ODT; one production, one test",
        Style.SLOVAK,
        L(
            [F, R],
            "Rádio Poprad, s. r. o.",
            RADIO_SK,
            None,
            ["203.0.113.210"],
            ["203.0.113.211"],
            "Miroslava Kováčová",
            "kovacova@radiopoprad.example",
            "+421905441230",
        ),
        "Miroslava Kováčová <kovacova@radiopoprad.example>",
        "Žiadosť – výsledky volieb a nakrúcanie",
        "Dobrý deň,\nposielam žiadosť v prílohe (ODT). Ďakujem.\nMiroslava Kováčová\n",
        [
            (
                "odt",
                "ziadost_radio.odt",
                [
                    "Rádio Poprad, s. r. o., IČO " + RADIO_SK,
                    "Žiadame o prístup k XML súboru s výsledkami volieb a zároveň o povolenie "
                    "nakrúcať v zbernom mieste počas spracovania výsledkov (reportér + kameraman).",
                    [
                        ["Typ", "IP adresa"],
                        ["produkčná", "203.0.113.210"],
                        ["testovacia", "203.0.113.211"],
                    ],
                    "Kontakt: Miroslava Kováčová, +421 905 441 230, kovacova@radiopoprad.example",
                ],
            )
        ],
    ),
    mail(
        "gb006-rtf-netmask",
        "RTF letter gives the production block as address plus netmask (four addresses)",
        Style.LETTERHEAD,
        L(
            [F],
            "Týdeník Podbrdsko, spol. s r.o.",
            TYDENIK,
            None,
            ["198.51.100.128", "198.51.100.129", "198.51.100.130", "198.51.100.131"],
            ["192.0.2.77"],
            "Jiří Beneš",
            "benes@podbrdsko.example",
            "+420604332198",
        ),
        "Jiri Benes <benes@podbrdsko.example>",
        "zadost",
        "dobry den, posilam zadost v RTF. Benes\n",
        [
            (
                "rtf",
                "zadost_podbrdsko.rtf",
                [
                    "Týdeník Podbrdsko, spol. s r.o.\nHlavní 12, 261 01 Příbram\nIČO: " + TYDENIK,
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Prosíme o povolení přístupu z naší produkční sítě 198.51.100.128 maska "
                    "255.255.255.252. Pro zkoušky použijeme adresu 192.0.2.77.",
                    "Kontakt: Jiří Beneš, šéfredaktor, 604 332 198, benes@podbrdsko.example",
                ],
            )
        ],
    ),
    mail(
        "gb007-cover-corrects-docx",
        "the cover e-mail corrects the second production address written in the DOCX",
        Style.AMENDMENT,
        L(
            [F],
            "Vlna Media s.r.o.",
            VLNA,
            None,
            ["198.51.100.40", "198.51.100.42"],
            ["198.51.100.50"],
            "Tomáš Krejčí",
            "krejci@vlnamedia.example",
            "+420777120455",
        ),
        "Tomáš Krejčí <krejci@vlnamedia.example>",
        "Žádost o XML feed – Vlna Media",
        "Dobrý den,\n\nposílám žádost. Jen pozor, ve formuláři jsem se překlepl: druhá "
        "produkční adresa není 198.51.100.41, ale správně 198.51.100.42. Zbytek platí.\n\n"
        "Díky, Tomáš Krejčí\n",
        [
            (
                "docx",
                "VlnaMedia_zadost.docx",
                {
                    "header": "Vlna Media s.r.o. · IČO " + VLNA,
                    "blocks": [
                        "Žádost o přístup k XML výsledkům voleb",
                        {
                            "rows": [
                                ["Produkční IP", "198.51.100.40, 198.51.100.41"],
                                ["Testovací IP", "198.51.100.50"],
                                ["Kontakt", "Tomáš Krejčí, 777 120 455, krejci@vlnamedia.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    ),
    mail(
        "gb008-pdf-form-filming-only",
        "university TV: PDF form with feed ticked NE and filming ANO; no addresses",
        Style.FORM,
        L(
            [R],
            "Univerzita Tomáše Bati ve Zlíně",
            UNITV,
            None,
            [],
            [],
            "Adéla Šimková",
            "simkova@utb-tv.example",
            "+420736900214",
        ),
        "UTB TV <redakce@utb-tv.example>",
        "Natáčení ve sběrném místě – studentská televize",
        "Dobrý den,\nprosíme o vyřízení přiloženého formuláře.\nRedakce studentské televize\n",
        [
            (
                "pdf",
                "formular_UTB.pdf",
                [
                    "FORMULÁŘ ŽÁDOSTI",
                    {
                        "rows": [
                            [
                                "Žadatel",
                                "Univerzita Tomáše Bati ve Zlíně (studentská televize UTB TV)",
                            ],
                            ["IČO", UNITV],
                            ["Přístup k XML výsledkům", "NE"],
                            ["Povolení natáčet ve sběrném místě", "ANO"],
                            ["Kontaktní osoba", "Adéla Šimková"],
                            ["Telefon", "736 900 214"],
                            ["E-mail", "simkova@utb-tv.example"],
                        ],
                        "widths": [200, 280],
                    },
                ],
            )
        ],
    ),
    box(
        "gb009-databox-no-document-text",
        "data message whose only file is a short cover text holding the whole request",
        L(
            [F],
            "HORAL media s.r.o.",
            None,  # the message gives no IČO (the envelope has none, the text names none)
            "h3rlm9d",
            ["203.0.113.150"],
            [],
            "Radek Polák",
            "polak@horal.example",
            "+420608441377",
        ),
        {"box": "h3rlm9d", "sender": "HORAL media s.r.o.", "address": "Nádražní 5, Vsetín"},
        "Přístup XML volby",
        [
            (
                "txt",
                "pruvodni_text.txt",
                "Žádáme o přístup k XML s výsledky voleb z IP 203.0.113.150.\n"
                "Radek Polák, jednatel, 608 441 377, polak@horal.example\n",
            )
        ],
    ),
    mail(
        "gb010-filming-withdrawn-in-cover",
        "the attached DOCX asks for both; the e-mail withdraws the filming",
        Style.AMENDMENT,
        L(
            [F],
            "Zlínské noviny a.s.",
            NOVINY_ZL,
            None,
            ["192.0.2.200", "192.0.2.201", "192.0.2.202"],
            [],
            "Lucie Navrátilová",
            "navratilova@zlinskenoviny.example",
            "+420577210633",
        ),
        "Lucie Navrátilová <navratilova@zlinskenoviny.example>",
        "RE: žádost Zlínské noviny",
        "Dobrý den,\n\nv příloze je naše žádost. Natáčení ve sběrném místě nakonec "
        "nepotřebujeme – kameraman v ten den nebude, tuto část tedy prosím neberte v úvahu. "
        "Přístup k datům platí.\n\nLucie Navrátilová\nvedoucí online\n",
        [
            (
                "docx",
                "zadost_ZN.docx",
                {
                    "blocks": [
                        "Zlínské noviny a.s., IČO " + NOVINY_ZL,
                        "Žádáme o 1) přístup k XML výsledkům a 2) povolení natáčet ve sběrném místě.",
                        "Servery (produkce): 192.0.2.200–192.0.2.202",
                        "Kontakt: Lucie Navrátilová, tel. 577 210 633",
                    ]
                },
            )
        ],
    ),
    mail(
        "gb011-xlsx-two-sheets-range",
        "XLSX with a Produkce sheet holding a written range and a Test sheet",
        Style.SPREADSHEET,
        L(
            [F],
            "Severočeský deník s.r.o.",
            SEVER,
            None,
            ["203.0.113.10", "203.0.113.11", "203.0.113.12"],
            ["198.18.4.1", "198.18.4.2"],
            "Martin Šulc",
            "sulc@severocesky.example",
            "+420475200861",
        ),
        "Martin Šulc <sulc@severocesky.example>",
        "IP adresy pro volební XML",
        "Dobrý den, posílám seznam adres ke žádosti o přístup k XML výsledkům. Naše firma: "
        "Severočeský deník s.r.o., IČO " + SEVER + ".\nKontakt jsem já, 475 200 861.\n"
        "Martin Šulc, IT\n",
        [
            (
                "xlsx",
                "adresy.xlsx",
                [
                    {"title": "Produkce", "rows": [["rozsah", "203.0.113.10 - 203.0.113.12"]]},
                    {"title": "Test", "rows": [["adresa"], ["198.18.4.1"], ["198.18.4.2"]]},
                ],
            )
        ],
    ),
    mail(
        "gb012-no-diacritics-nested-docx",
        "body without diacritics; DOCX with a nested address table in one cell",
        Style.FORM,
        L(
            [F],
            "Morava Press, s.r.o.",
            MORAVA,
            None,
            ["198.51.100.161"],
            ["198.51.100.162"],
            "Petr Dvorak",
            "dvorak@moravapress.example",
            "+420739004512",
        ),
        "Petr Dvorak <dvorak@moravapress.example>",
        "zadost o pristup k vysledkum",
        "Dobry den,\nv priloze zasilam zadost nasi spolecnosti Morava Press, s.r.o.\n"
        "Petr Dvorak\n739 004 512\n",
        [
            (
                "docx",
                "zadost.docx",
                {
                    "blocks": [
                        {
                            "rows": [
                                ["Zadatel", "Morava Press, s.r.o., ICO " + MORAVA],
                                ["Adresy", ""],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkce", "198.51.100.161"],
                                        ["test", "198.51.100.162"],
                                    ]
                                }
                            },
                        },
                        "Kontakt: Petr Dvorak, dvorak@moravapress.example",
                    ]
                },
            )
        ],
    ),
    mail(
        "gb013-english-freelancer-pdf-columns",
        "foreign freelancer, PDF table with columns; no IČO, one production address",
        Style.PDF_COLUMNS,
        L(
            [F],
            "Daniel Whitaker",
            None,
            None,
            ["198.18.22.5"],
            [],
            "Daniel Whitaker",
            "dan@whitaker-data.example",
            "+447700900312",
        ),
        "Daniel Whitaker <dan@whitaker-data.example>",
        "Access to results XML",
        "Hi, application attached. Cheers, Dan\n",
        [
            (
                "pdf",
                "application_whitaker.pdf",
                [
                    "Application for access to the election results XML",
                    {
                        "rows": [
                            ["Applicant", "Contact", "Server"],
                            [
                                "Daniel Whitaker (freelance data journalist, London)",
                                "dan@whitaker-data.example\n+44 7700 900312",
                                "198.18.22.5 (production)",
                            ],
                        ],
                        "widths": [150, 170, 150],
                    },
                ],
            )
        ],
    ),
    box(
        "gb014-databox-pdf-several-people",
        "data message with a PDF naming the director, the editor-in-chief and the contact",
        L(
            [F, R],
            "Východočeská televize, a.s.",
            ico("2598110"),
            "vc5tv8a",
            ["198.51.100.230", "198.51.100.231"],
            ["192.0.2.230"],
            "Hana Svobodová",
            "svobodova@vctv.example",
            "+420603727140",
        ),
        {
            "box": "vc5tv8a",
            "sender": "Východočeská televize, a.s.",
            "address": "Pražská 120, Hradec Králové",
        },
        "Žádost - XML výsledky a natáčení",
        [
            (
                "pdf",
                "VCTV_zadost.pdf",
                [
                    "Východočeská televize, a.s., IČO " + ico("2598110"),
                    "Žádáme o přístup k XML výsledkům voleb a o povolení natáčet ve sběrném místě.",
                    "Produkční: 198.51.100.230, 198.51.100.231. Testovací: 192.0.2.230.",
                    "Ředitel: Mgr. Karel Novotný. Šéfredaktor: Jan Kučera.",
                    "Kontaktní osoba pro tuto žádost: Hana Svobodová, svobodova@vctv.example, "
                    "tel. 603 727 140.",
                ],
            )
        ],
    ),
]
