"""Eighth held-out part ``t``, cases t029–t042: data messages with plain-text, ODT and RTF
files, written ranges and IPv6 blocks, cover notes that correct a phone or drop an address.
Written by hand apart from the extraction rules (issue 18)."""

from __future__ import annotations

from typing import Any

from tests.corpus.eighth_t_common import BOTH, FEED, REC, L, Style, ico

_I1 = ico("0322459")
_I2 = ico("2819073")
_I3 = ico("0659418")
_I4 = ico("2487315")
_I5 = ico("4791026")
_I6 = ico("0844561")
_I7 = ico("2630981")
_I8 = ico("0413377")
_I9 = ico("6247180")

CASES: list[dict[str, Any]] = [
    {
        "id": "t029-databox-txt-both",
        "description": "data message with a plain-text letter asking for feed and filming",
        "style": Style.DATABOX_ANNOTATION,
        "databox": {
            "box": "u5bze7n",
            "sender": "Znojemský týden s.r.o.",
            "address": "Obroková 10, 669 02 Znojmo",
        },
        "subject": "Zadost o XML vysledky a povoleni natacet - Znojemsky tyden",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Znojemsky tyden s.r.o., ICO " + _I1 + "\n\n"
                "Zadame o pristup k prubeznym vysledkum (XML) a o povoleni, aby nas "
                "fotograf Pavel Chalupa smel fotografovat na prebiracim miste ve Znojme.\n\n"
                "IP ostry provoz: 192.0.2.81\nIP test: 192.0.2.82\n\n"
                "Kontakt: Marta Zelenkova, 515 224 630, zelenkova@znojemsky-tyden.example\n",
            )
        ],
        "labels": L(
            BOTH, "Znojemský týden s.r.o.", _I1, "u5bze7n",
            ["192.0.2.81"], ["192.0.2.82"],
            "Marta Zelenkova", "zelenkova@znojemsky-tyden.example", "+420515224630",
        ),
    },
    {
        "id": "t030-english-docx-ipv6-block",
        "description": "US outlet, English DOCX; test given as an IPv6 /126 (four addresses)",
        "style": Style.ENGLISH,
        "from": "Data Desk <datadesk@prairie-ledger.example>",
        "subject": "Czech presidential election - results feed access",
        "body": (
            "Hi there,\n\nOur formal application is attached. Questions to Megan Ortiz "
            "(megan.ortiz@prairie-ledger.example, +1 312 555 0148).\n\nThe Data Desk\n"
        ),
        "attachments": [
            (
                "docx",
                "prairie_ledger_czso.docx",
                {
                    "footer": "The Prairie Ledger Company, Inc. · 401 N Wabash Ave · Chicago, IL",
                    "blocks": [
                        "Applicant: The Prairie Ledger Company, Inc. (no Czech company number)",
                        {
                            "rows": [
                                ["Purpose", "Address"],
                                ["Live", "2001:db8:7f00::20"],
                                ["Test", "2001:db8:7f00::100/126"],
                            ]
                        },
                        "Contact: Megan Ortiz, Data Editor",
                    ],
                },
            )
        ],
        "labels": L(
            FEED, "The Prairie Ledger Company, Inc.", None, None,
            ["2001:db8:7f00::20"],
            ["2001:db8:7f00::100", "2001:db8:7f00::101", "2001:db8:7f00::102",
             "2001:db8:7f00::103"],
            "Megan Ortiz", "megan.ortiz@prairie-ledger.example", "+13125550148",
        ),
    },
    {
        "id": "t031-xlsx-inactive-row",
        "description": "XLSX with an Aktivní column; a row marked 'ne - zrušeno' is left out",
        "style": Style.XLSX_HOSTS,
        "from": "Vladimír Kos <kos@slezsky-rozhlas.example>",
        "subject": "Slezský rozhlas – XML, seznam IP",
        "body": (
            "Dobrý den,\nžádáme o přístup k XML výsledkům, adresy jsou v tabulce.\n"
            "Slezský rozhlas, o.p.s., IČO " + _I2 + "\nVladimír Kos, tel. 553 612 090\n"
        ),
        "attachments": [
            (
                "xlsx",
                "ip.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["IP adresa", "Typ", "Aktivní"],
                            ["203.0.113.71", "produkce", "ano"],
                            ["203.0.113.72", "produkce", "ne – zrušeno, nepoužívat"],
                            ["203.0.113.73", "produkce", "ano"],
                            ["203.0.113.79", "test", "ano"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED, "Slezský rozhlas, o.p.s.", _I2, None,
            ["203.0.113.71", "203.0.113.73"], ["203.0.113.79"],
            "Vladimír Kos", "kos@slezsky-rozhlas.example", "+420553612090",
        ),
    },
    {
        "id": "t032-cover-corrects-phone",
        "description": "cover note says the phone in the attached PDF has a typo and gives the right one",
        "style": Style.COVER_AMENDS,
        "from": "Lenka Fialová <fialova@mestske-listy-kladno.example>",
        "subject": "Žádost – Městské listy Kladno",
        "body": (
            "Dobrý den,\n\nposílám žádost. Ve formuláři jsem bohužel překlepla své telefonní "
            "číslo – správně je 724 118 503, ne 724 118 530.\n\nLenka Fialová\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_MLK.pdf",
                [
                    {
                        "rows": [
                            ["Žadatel", "Městské listy Kladno, příspěvková organizace"],
                            ["IČO", _I3],
                            ["Požadujeme", "přístup k XML serveru"],
                            ["IP – produkce", "198.18.33.2"],
                            ["IP – test", "198.18.33.3"],
                            ["Kontakt", "Lenka Fialová, 724 118 530"],
                        ],
                        "widths": [140, 280],
                    }
                ],
            )
        ],
        "labels": L(
            FEED, "Městské listy Kladno, příspěvková organizace", _I3, None,
            ["198.18.33.2"], ["198.18.33.3"],
            "Lenka Fialová", "fialova@mestske-listy-kladno.example", "+420724118503",
        ),
    },
    {
        "id": "t033-pdf-form-range-five",
        "description": "PDF form, both boxes ticked, production as a range of exactly five",
        "style": Style.PDF_FORM,
        "from": "Aleš Pokorný <pokorny@ceska-tv-news.example>",
        "subject": "Formulář – Česká TV News",
        "body": "Dobrý den, formulář přikládám.\nAleš Pokorný\n",
        "attachments": [
            (
                "pdf",
                "formular_CTN.pdf",
                [
                    f"ČESKÁ TV NEWS a.s., IČO {_I4}",
                    "[X] přístup k XML serveru     [X] povolení k natáčení (přebírací místo "
                    "Praha-východ)",
                    {
                        "rows": [
                            ["IP adresy pro ostrý provoz", "198.51.100.101 až 198.51.100.105"],
                            ["Testovací IP adresy", "žádné"],
                            ["Kontaktní osoba", "Aleš Pokorný, +420 602 447 150"],
                            ["E-mail", "pokorny@ceska-tv-news.example"],
                        ],
                        "widths": [160, 260],
                    },
                ],
            )
        ],
        "labels": L(
            BOTH, "ČESKÁ TV NEWS a.s.", _I4, None,
            ["198.51.100.101", "198.51.100.102", "198.51.100.103", "198.51.100.104",
             "198.51.100.105"],
            [],
            "Aleš Pokorný", "pokorny@ceska-tv-news.example", "+420602447150",
        ),
    },
    {
        "id": "t034-rtf-freelancer-no-diacritics",
        "description": "freelance photographer, RTF without diacritics, recording only, no IČO",
        "style": Style.RTF,
        "from": "Roman Smolik <roman.smolik@fotograf-smolik.example>",
        "subject": "zadost o povoleni fotografovat",
        "body": "dobry den, zadost v priloze, RS\n",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Roman Smolik, fotograf na volne noze\nLipova 8, Cheb",
                    "Zadam o povoleni fotografovat na prebiracim miste CSU v Chebu pri volbe "
                    "prezidenta (1. kolo). Snimky nabizim agenturam.",
                    "O pristup k XML datum nezadam.",
                    "tel. 00420 731 806 552",
                    "Roman Smolik",
                ],
            )
        ],
        "labels": L(
            REC, "Roman Smolik", None, None, [], [],
            "Roman Smolik", "roman.smolik@fotograf-smolik.example", "+420731806552",
        ),
    },
    {
        "id": "t035-databox-odt-signature-box",
        "description": "data message with an ODT; signature block repeats the sender's own box",
        "style": Style.DATABOX_DOCUMENT,
        "databox": {
            "box": "n4gtm6c",
            "sender": "Karlovarský kurýr, z.s.",
            "address": "T. G. Masaryka 30, 360 01 Karlovy Vary",
        },
        "subject": "Karlovarský kurýr – přístup k výsledkům voleb",
        "attachments": [
            (
                "odt",
                "zadost_kurýr.odt",
                [
                    "Český statistický úřad – elektronická podatelna",
                    "Žádáme o registraci k vyhrazenému připojení pro média.",
                    [
                        ["produkční IP", "192.0.2.221"],
                        ["záložní IP", "192.0.2.222"],
                        ["testovací IP", "198.51.100.222"],
                    ],
                    "Kontakt: Miroslav Hrubý, 353 440 118, hruby@karlovarsky-kuryr.example",
                    f"Karlovarský kurýr, z.s. · IČO {_I5} · DS n4gtm6c",
                ],
            )
        ],
        "labels": L(
            FEED, "Karlovarský kurýr, z.s.", _I5, "n4gtm6c",
            ["192.0.2.221", "192.0.2.222"], ["198.51.100.222"],
            "Miroslav Hrubý", "hruby@karlovarsky-kuryr.example", "+420353440118",
        ),
    },
    {
        "id": "t036-docx-letter-order-roles",
        "description": "DOCX letter: 'první dvě produkční, poslední testovací' then a list",
        "style": Style.DOCX_LETTER,
        "from": "\"Kadlec, Petr\" <kadlec@info-zlin.example>",
        "subject": "žádost o přístup k XML výsledkům – INFO Zlín",
        "body": "Dobrý den,\nv příloze dopis s žádostí.\nPetr Kadlec\n",
        "attachments": [
            (
                "docx",
                "dopis.docx",
                {
                    "header": f"INFO ZLÍN s.r.o. | tř. Tomáše Bati 204, Zlín | IČO {_I6}",
                    "footer": "info-zlin.example | redakce 577 000 300",
                    "blocks": [
                        "Věc: přístup k průběžným výsledkům ve formátu XML",
                        "Posíláme tři adresy; první dvě jsou pro ostrý provoz, poslední "
                        "slouží jen k testování:",
                        "203.0.113.181",
                        "203.0.113.182",
                        "203.0.113.189",
                        "Kontaktní osobou je Petr Kadlec, mobil 776 203 415.",
                        "Petr Kadlec, šéfredaktor",
                    ],
                },
            )
        ],
        "labels": L(
            FEED, "INFO ZLÍN s.r.o.", _I6, None,
            ["203.0.113.181", "203.0.113.182"], ["203.0.113.189"],
            "Petr Kadlec", "kadlec@info-zlin.example", "+420776203415",
        ),
    },
    {
        "id": "t037-slovak-odt-form-ticks",
        "description": "Slovak ODT form with tick characters; feed ticked, filming not",
        "style": Style.SLOVAK,
        "from": "Peter Kováč <kovac@vychod-online.example>",
        "subject": "Formulár – Východ Online",
        "body": "Dobrý deň, posielam formulár. Peter Kováč",
        "attachments": [
            (
                "odt",
                "formular.odt",
                [
                    "Žiadateľ: Východ Online, s. r. o., Košice",
                    "☒ prístup k XML serveru s výsledkami",
                    "☐ povolenie na nakrúcanie na preberacom mieste",
                    [
                        ["Produkčné adresy", "192.0.2.40, 192.0.2.41"],
                        ["Testovacie adresy", "—"],
                        ["Kontakt", "Peter Kováč, +421 915 602 338, kovac@vychod-online.example"],
                    ],
                ],
            )
        ],
        "labels": L(
            FEED, "Východ Online, s. r. o.", None, None,
            ["192.0.2.40", "192.0.2.41"], [],
            "Peter Kováč", "kovac@vychod-online.example", "+421915602338",
        ),
    },
    {
        "id": "t038-bare-cover-docx-backup-row",
        "description": "bare cover; DOCX table with a 'Záložní server' row counted as production",
        "style": Style.BARE_COVER,
        "from": "Jana Kolářová <kolarova@brnensky-metropol.example>",
        "subject": "žádost",
        "body": "V příloze.\n--\nJana Kolářová\n",
        "attachments": [
            (
                "docx",
                "zadost.docx",
                {
                    "blocks": [
                        f"Brněnský Metropol, a.s., IČO {_I7}",
                        "Žádost o přístup k XML serveru ČSÚ",
                        {
                            "rows": [
                                ["Hlavní server", "198.18.91.10"],
                                ["Záložní server", "198.18.91.11"],
                                ["Testovací server", "198.18.91.50"],
                                ["Kontaktní osoba", "Jana Kolářová"],
                                ["Telefon", "543 120 987"],
                            ]
                        },
                    ]
                },
            )
        ],
        "labels": L(
            FEED, "Brněnský Metropol, a.s.", _I7, None,
            ["198.18.91.10", "198.18.91.11"], ["198.18.91.50"],
            "Jana Kolářová", "kolarova@brnensky-metropol.example", "+420543120987",
        ),
    },
    {
        "id": "t039-english-xlsx-university",
        "description": "German university, English mail, XLSX with an empty test sheet",
        "style": Style.XLSX_HOSTS,
        "from": "Prof. Dr. Stefan Brandt <brandt@uni-elbtal.example>",
        "subject": "Access to CZSO results feed - research project",
        "body": (
            "Dear colleagues,\n\nfor our comparative election study we kindly ask for access to "
            "the XML results feed. The hosts are listed in the attached sheet. The contact "
            "person for this application is our engineer Lena Vogt (vogt@uni-elbtal.example, "
            "+49 351 463 3720).\n\nStefan Brandt\nUniversität Elbtal, Dresden\n"
        ),
        "attachments": [
            (
                "xlsx",
                "hosts.xlsx",
                [
                    {"title": "Production", "rows": [["Host", "IP"], ["crawler", "192.0.2.96"]]},
                    {"title": "Test", "rows": [["Host", "IP"]]},
                ],
            )
        ],
        "labels": L(
            FEED, "Universität Elbtal", None, None,
            ["192.0.2.96"], [],
            "Lena Vogt", "vogt@uni-elbtal.example", "+493514633720",
        ),
    },
    {
        "id": "t040-pdf-letter-ipv6-prod-cidr-test",
        "description": "PDF letter of a TV group: IPv6 production, IPv4 /30 test",
        "style": Style.PDF_LETTER,
        "from": "Eliška Dušková <duskova@tv-morava-group.example>",
        "subject": "TV Morava Group – žádost o vyhrazené připojení",
        "body": "Dobrý den,\nv příloze žádost podepsaná generálním ředitelem.\nEliška Dušková\n",
        "attachments": [
            (
                "pdf",
                "zadost_TVMG.pdf",
                [
                    "TV MORAVA GROUP a.s.\nSvatoplukova 2, 779 00 Olomouc\nIČO: " + _I8,
                    "Žádáme o přístup k XML serveru s průběžnými výsledky.",
                    "Produkční stroje (pouze IPv6): 2001:db8:cafe::1, 2001:db8:cafe::2",
                    "Testovací síť: 203.0.113.244/30",
                    "Kontaktní osoba: Eliška Dušková, vedoucí vysílací techniky, "
                    "+420 585 551 207, duskova@tv-morava-group.example",
                    "Ing. Karel Přikryl, generální ředitel",
                ],
            )
        ],
        "labels": L(
            FEED, "TV MORAVA GROUP a.s.", _I8, None,
            ["2001:db8:cafe::1", "2001:db8:cafe::2"],
            ["203.0.113.244", "203.0.113.245", "203.0.113.246", "203.0.113.247"],
            "Eliška Dušková", "duskova@tv-morava-group.example", "+420585551207",
        ),
    },
    {
        "id": "t041-databox-rtf-recording",
        "description": "data message with an RTF letter: filming at a kraj point, two people",
        "style": Style.DATABOX_DOCUMENT,
        "databox": {
            "box": "c9pwr3j",
            "sender": "Rozhlas Vysočina, s.r.o.",
            "address": "Havlíčkova 56, 586 01 Jihlava",
        },
        "subject": "Povolení k přítomnosti na přebíracím místě – Rozhlas Vysočina",
        "attachments": [
            (
                "rtf",
                "povoleni.rtf",
                [
                    f"Rozhlas Vysočina, s.r.o., IČO {_I9}",
                    "Žádáme o povolení k přítomnosti na přebíracím místě ČSÚ v kraji Vysočina "
                    "(Jihlava) za účelem pořízení zvukového záznamu.",
                    [
                        ["Osoba, jíž se povolení týká", "Tomáš Jelínek, reportér, 731 004 872"],
                        ["Žadatel / kontakt", "Věra Dvořáková, 567 300 115, "
                         "dvorakova@rozhlas-vysocina.example"],
                    ],
                    "Věra Dvořáková, vedoucí zpravodajství",
                ],
            )
        ],
        "labels": L(
            REC, "Rozhlas Vysočina, s.r.o.", _I9, "c9pwr3j", [], [],
            "Věra Dvořáková", "dvorakova@rozhlas-vysocina.example", "+420567300115",
        ),
    },
    {
        "id": "t042-cover-drops-old-test",
        "description": "cover note: attachment is last year's form, test address no longer used",
        "style": Style.COVER_AMENDS,
        "from": "Bohumil Vlček <vlcek@pribramsky-denik.example>",
        "subject": "Re: přístup k XML pro letošní volby",
        "body": (
            "Dobrý den,\n\npřikládám naši loňskou žádost – údaje platí i letos, s jedinou "
            "výjimkou: testovací adresu 192.0.2.190 už nepoužíváme a letos žádnou testovací "
            "nepotřebujeme.\n\nBohumil Vlček\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_2022.docx",
                {
                    "blocks": [
                        "Příbramský deník, s.r.o., IČO 28391756",
                        "Žádost o přístup k XML výsledkům voleb",
                        {
                            "rows": [
                                ["Ostrý provoz", "192.0.2.180"],
                                ["Test", "192.0.2.190"],
                                [
                                    "Kontakt",
                                    "Bohumil Vlček, 318 626 114, vlcek@pribramsky-denik.example",
                                ],
                            ]
                        },
                    ]
                },
            )
        ],
        "labels": L(
            FEED, "Příbramský deník, s.r.o.", "28391756", None,
            ["192.0.2.180"], [],
            "Bohumil Vlček", "vlcek@pribramsky-denik.example", "+420318626114",
        ),
    },
]
