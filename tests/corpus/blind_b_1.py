"""Blind held-out cases b001–b016: office documents (DOCX, PDF, XLSX, ODT, RTF), forms and a
first data-box message. Labelled by hand from the text, as an officer reads it."""

from __future__ import annotations

from typing import Any

from tests.corpus.heldout_common import BOTH, FEED, REC, L, Style

CASES: list[dict[str, Any]] = [
    {
        "id": "b001-docx-letterhead-role-column",
        "description": "DOCX letter, letterhead and reference number in the page header, a "
        "table with a 'Účel' column giving each address its role; the mail body only points "
        "to the attachment",
        "style": Style.DOCX,
        "from": "Radka Šimůnková <simunkova@hlas-podbrdska.example>",
        "subject": "Žádost - přístup k výsledkům voleb (XML)",
        "body": "Dobrý den,\n\nzasíláme žádost v příloze.\n\nS pozdravem\nR. Šimůnková\n",
        "attachments": [
            (
                "docx",
                "zadost_volby_HP.docx",
                {
                    "header": "HLAS PODBRDSKA, s.r.o. | Palackého 114, 261 01 Příbram | "
                    "IČO 52400808 | naše zn. HP/2022/417",
                    "footer": "Hlas Podbrdska – regionální týdeník od roku 1991",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "V Příbrami dne 24. listopadu 2022",
                        "Věc: Žádost o zpřístupnění serveru s průběžnými výsledky volby "
                        "prezidenta republiky",
                        "Naše redakce by ráda během obou kol volby přebírala průběžné "
                        "výsledky ve formátu XML. Níže uvádíme adresy, ze kterých se budeme "
                        "připojovat.",
                        {
                            "rows": [
                                ["IP adresa", "Účel", "Umístění"],
                                ["203.0.113.71", "ostrý provoz", "redakce Příbram"],
                                ["203.0.113.72", "ostrý provoz", "záložní linka"],
                                ["203.0.113.90", "test", "notebook technika"],
                            ]
                        },
                        "Kontaktní osoba: Radka Šimůnková, vedoucí vydání\n"
                        "mobil 736 482 915, e-mail simunkova@hlas-podbrdska.example",
                        "Mgr. Petr Houdek\njednatel společnosti",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "HLAS PODBRDSKA, s.r.o.",
            "52400808",
            None,
            ["203.0.113.71", "203.0.113.72"],
            ["203.0.113.90"],
            "Radka Šimůnková",
            "simunkova@hlas-podbrdska.example",
            "+420736482915",
        ),
    },
    {
        "id": "b002-pdf-table-wrapped-cells",
        "description": "PDF application whose table cells are too narrow: the list of "
        "production addresses wraps over three lines, the role is the row header",
        "style": Style.PDF,
        "from": "IT oddělení <it@moravsky-kuryr.example>",
        "subject": "Volby 2023 - žádost o XML",
        "body": "Dobrý den, posíláme vyplněnou žádost (PDF). Děkujeme.\nIT Moravský kurýr\n",
        "attachments": [
            (
                "pdf",
                "zadost_MK.pdf",
                [
                    "<b>Moravský kurýr a.s.</b><br/>třída Svobody 22, 779 00 Olomouc<br/>"
                    "IČO: 64677974",
                    "Žádost o přidělení přístupu k serveru ČSÚ s výsledky voleb ve formátu "
                    "XML – volba prezidenta republiky 2023",
                    {
                        "widths": [110, 120, 200],
                        "rows": [
                            ["Položka", "Hodnota", "Poznámka"],
                            [
                                "IP adresy – ostrý provoz",
                                "198.51.100.201, 198.51.100.202, 198.51.100.203, 198.51.100.204",
                                "pevné adresy datacentra, NAT na výstupu",
                            ],
                            [
                                "IP adresy – testovací",
                                "198.51.100.230",
                                "bude v den voleb odpojena",
                            ],
                            [
                                "Kontaktní osoba",
                                "Ing. Ondřej Vavřík",
                                "správce sítě",
                            ],
                            ["Telefon", "+420 585 204 371", "pracovní dny 7–16 h"],
                            ["E-mail", "vavrik@moravsky-kuryr.example", ""],
                        ],
                    },
                    "V Olomouci 25. 11. 2022",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Moravský kurýr a.s.",
            "64677974",
            None,
            ["198.51.100.201", "198.51.100.202", "198.51.100.203", "198.51.100.204"],
            ["198.51.100.230"],
            "Ondřej Vavřík",
            "vavrik@moravsky-kuryr.example",
            "+420585204371",
        ),
    },
    {
        "id": "b003-xlsx-two-sheets",
        "description": "XLSX with the addresses on one sheet (type column 'P'/'T' explained in "
        "a legend row) and the organisation and contact on a second sheet",
        "style": Style.XLSX,
        "from": "Kamil Brázda <kamil.brazda@radiocentrum-vysocina.example>",
        "subject": "XML výsledky - tabulka",
        "body": "Dobrý den,\nv příloze tabulka s našimi údaji pro připojení k volebnímu "
        "serveru.\nK. Brázda\n",
        "attachments": [
            (
                "xlsx",
                "radiocentrum_volby.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Typ", "Adresa", "Popis"],
                            ["P", "192.0.2.145", "studio Jihlava"],
                            ["P", "192.0.2.146", "studio Jihlava - záloha"],
                            ["T", "192.0.2.150", "vývojový server"],
                            ["T", "192.0.2.151", "vývojový server 2"],
                            [None, None, None],
                            ["Legenda: P = produkční (ostrý provoz), T = testovací", None, None],
                        ],
                    },
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Radiocentrum Vysočina, spol. s r.o."],
                            ["IČO", "43103855"],
                            ["Sídlo", "Masarykovo nám. 5, Jihlava"],
                            ["Kontakt", "Kamil Brázda"],
                            ["Tel.", "604 113 287"],
                            ["E-mail", "kamil.brazda@radiocentrum-vysocina.example"],
                        ],
                    },
                ],
            )
        ],
        "labels": L(
            FEED,
            "Radiocentrum Vysočina, spol. s r.o.",
            "43103855",
            None,
            ["192.0.2.145", "192.0.2.146"],
            ["192.0.2.150", "192.0.2.151"],
            "Kamil Brázda",
            "kamil.brazda@radiocentrum-vysocina.example",
            "+420604113287",
        ),
    },
    {
        "id": "b004-odt-form-ballot-boxes",
        "description": "ODT form with ☒/☐ boxes: XML access ticked, filming unticked; "
        "addresses in a two-column table",
        "style": Style.FORM_CHECKBOX,
        "from": "redakce@polabsky-denik.example",
        "subject": "formulář - volba prezidenta",
        "body": "Vyplněný formulář v příloze.\n",
        "attachments": [
            (
                "odt",
                "formular.odt",
                [
                    "ŽÁDOST MÉDIA – VOLBA PREZIDENTA REPUBLIKY 2023",
                    "Žadatel: Polabský deník, z.s.",
                    "IČ: 50348116",
                    "Žádáme o (zaškrtněte):",
                    "☒ přístup k průběžným výsledkům ve formátu XML",
                    "☐ povolení k pořizování záznamu na přebíracím místě",
                    [
                        ["Adresy pro ostrý provoz", "Testovací adresy"],
                        ["203.0.113.33", "203.0.113.40"],
                        ["203.0.113.34", ""],
                    ],
                    "Kontaktní osoba: Veronika Kubíčková",
                    "E-mail: kubickova@polabsky-denik.example",
                    "Telefon: 00420 721 330 948",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Polabský deník, z.s.",
            "50348116",
            None,
            ["203.0.113.33", "203.0.113.34"],
            ["203.0.113.40"],
            "Veronika Kubíčková",
            "kubickova@polabsky-denik.example",
            "+420721330948",
        ),
    },
    {
        "id": "b005-rtf-slovak-letter-table",
        "description": "Slovak agency, RTF letter with a table 'ostrá prevádzka / testovanie', "
        "Slovak IČO and a Slovak mobile number",
        "style": Style.SLOVAK,
        "from": "Mária Gregušová <gregusova@tasr-region.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "body": "Dobrý deň,\n\nv prílohe posielame žiadosť našej agentúry o prístup k "
        "XML výsledkom voľby prezidenta ČR.\n\nĎakujem\nMária Gregušová\n",
        "attachments": [
            (
                "rtf",
                "ziadost.rtf",
                [
                    "Stredoeurópska tlačová agentúra, a.s.\nMlynské nivy 48, 821 09 Bratislava"
                    "\nIČO: 42401861",
                    "Vec: Žiadosť o pridelenie prístupu k XML serveru s výsledkami volieb",
                    "Týmto žiadame o prístup k priebežným výsledkom voľby prezidenta Českej "
                    "republiky. Pripájať sa budeme z týchto adries:",
                    [
                        ["Ostrá prevádzka", "Testovanie"],
                        ["192.0.2.61", "192.0.2.70"],
                        ["192.0.2.62", "192.0.2.71"],
                    ],
                    "Kontaktná osoba: Mária Gregušová, tel. +421 905 318 224, "
                    "gregusova@tasr-region.example",
                    "S pozdravom\nMgr. Ivan Lukáč, riaditeľ",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Stredoeurópska tlačová agentúra, a.s.",
            "42401861",
            None,
            ["192.0.2.61", "192.0.2.62"],
            ["192.0.2.70", "192.0.2.71"],
            "Mária Gregušová",
            "gregusova@tasr-region.example",
            "+421905318224",
        ),
    },
    {
        "id": "b006-databox-annotation-only",
        "description": "data-box message: the addresses are only in the annotation, the "
        "attached cover letter gives the contact; the box ID from the envelope",
        "style": Style.DATABOX,
        "subject": "XML volby: ostré 198.51.100.17, 198.51.100.18; testovací 198.51.100.19",
        "databox": {
            "box": "k7rm2pq",
            "sender": "Rádio Blaník Jih s.r.o.",
            "address": "Pražská 1247, 370 04 České Budějovice",
            "type": 20,
        },
        "attachments": [
            (
                "txt",
                "pruvodni_dopis.txt",
                "Vážení,\n\nžádáme o přístup k serveru s výsledky volby prezidenta. "
                "Adresy uvádíme v předmětu zprávy.\n\nV technických věcech se obracejte na "
                "Luboše Mácu, lubos.maca@blanik-jih.example, tel. 387 700 215.\n\n"
                "Rádio Blaník Jih s.r.o., IČO 29304296\n",
            )
        ],
        "labels": L(
            FEED,
            "Rádio Blaník Jih s.r.o.",
            "29304296",
            "k7rm2pq",
            ["198.51.100.17", "198.51.100.18"],
            ["198.51.100.19"],
            "Luboš Máca",
            "lubos.maca@blanik-jih.example",
            "+420387700215",
        ),
    },
    {
        "id": "b007-docx-filming-crew",
        "description": "filming permission only: DOCX with a crew table (name, role, ID card), "
        "a table of collection points and dates; the production manager is the contact",
        "style": Style.RECORDING,
        "from": "Produkce Dokumentární dílna <produkce@dokudilna.example>",
        "subject": "Žádost o povolení natáčení na přebíracích místech",
        "body": "Dobrý den,\n\nprosíme o povolení natáčení – podrobnosti v přiloženém "
        "dokumentu.\n\nDěkujeme a zdravíme\nHana Pelikánová\nprodukce\n",
        "attachments": [
            (
                "docx",
                "nataceni_volby2023.docx",
                {
                    "header": "Dokumentární dílna, o.p.s. • IČO 59043997",
                    "blocks": [
                        "Žádost o povolení pořizování obrazového a zvukového záznamu na "
                        "přebíracích místech ČSÚ",
                        "Pro dokumentární cyklus o volbách bychom rádi natočili zpracování "
                        "výsledků na níže uvedených přebíracích místech. Přístup k XML "
                        "výsledkům nepotřebujeme.",
                        {
                            "rows": [
                                ["Přebírací místo", "Datum", "Čas"],
                                ["Kolín", "13. 1. 2023", "22:00–24:00"],
                                ["Nymburk", "14. 1. 2023", "14:00–17:00"],
                            ]
                        },
                        "Štáb:",
                        {
                            "rows": [
                                ["Jméno", "Funkce", "Č. OP"],
                                ["Tomáš Bárta", "režie", "204518337"],
                                ["Lenka Vosáhlová", "kamera", "117209461"],
                                ["Jiří Kos", "zvuk", "301774102"],
                            ]
                        },
                        "Kontakt pro organizační záležitosti: Hana Pelikánová, produkce, "
                        "tel. 777 605 118, produkce@dokudilna.example",
                    ],
                },
            )
        ],
        "labels": L(
            REC,
            "Dokumentární dílna, o.p.s.",
            "59043997",
            None,
            [],
            [],
            "Hana Pelikánová",
            "produkce@dokudilna.example",
            "+420777605118",
        ),
    },
    {
        "id": "b008-pdf-ano-ne-filming-declined",
        "description": "PDF form with ANO/NE columns: XML access ANO, filming NE; a declined "
        "request type must not count",
        "style": Style.FORM_CHECKBOX,
        "from": "Zdeněk Pokorný <pokorny@ceskolipsky-tydenik.example>",
        "subject": "Žádost o XML - Českolipský týdeník",
        "body": "Dobrý den, v příloze posílám formulář. Zdeněk Pokorný\n",
        "attachments": [
            (
                "pdf",
                "formular_CT.pdf",
                [
                    "Formulář žádosti sdělovacího prostředku",
                    {
                        "widths": [260, 60, 60],
                        "rows": [
                            ["Požadavek", "ANO", "NE"],
                            ["Přístup k výsledkům ve formátu XML", "X", ""],
                            ["Pořizování záznamu na přebíracím místě", "", "X"],
                        ],
                    },
                    {
                        "widths": [160, 220],
                        "rows": [
                            ["Název média", "Českolipský týdeník s.r.o."],
                            ["IČO", "89899270"],
                            ["IP – ostrý provoz", "192.0.2.18"],
                            ["IP – test", "192.0.2.19"],
                            ["Kontaktní osoba", "Zdeněk Pokorný"],
                            ["Telefon", "487 829 360"],
                            ["E-mail", "pokorny@ceskolipsky-tydenik.example"],
                        ],
                    },
                ],
            )
        ],
        "labels": L(
            FEED,
            "Českolipský týdeník s.r.o.",
            "89899270",
            None,
            ["192.0.2.18"],
            ["192.0.2.19"],
            "Zdeněk Pokorný",
            "pokorny@ceskolipsky-tydenik.example",
            "+420487829360",
        ),
    },
    {
        "id": "b009-english-pdf-foreign-ipv6",
        "description": "foreign broadcaster without IČO, English PDF letter, an IPv6 production "
        "address next to an IPv4 one, German phone number",
        "style": Style.ENGLISH,
        "from": "Election Desk <elections@rheinfunk.example>",
        "subject": "Request: access to presidential election results feed",
        "body": "Dear Sir or Madam,\n\nplease find our formal request attached.\n\nKind "
        "regards,\nElection Desk, RheinFunk\n",
        "attachments": [
            (
                "pdf",
                "RheinFunk_request_CZSO.pdf",
                [
                    "<b>RheinFunk Nachrichten GmbH</b><br/>Hohenzollernring 31, 50672 Köln, "
                    "Germany",
                    "Subject: Access to the XML results server – Czech presidential election 2023",
                    "We are covering the Czech presidential election for our German-speaking "
                    "audience and would like to receive the live results via the XML "
                    "interface. Our systems will connect from the following addresses:",
                    {
                        "widths": [150, 230],
                        "rows": [
                            ["Live (production)", "192.0.2.201<br/>2001:db8:4f2::15"],
                            ["Testing", "192.0.2.209"],
                        ],
                    },
                    "Technical contact: Jan-Niklas Weber, phone +49 221 9475 3310, "
                    "weber@rheinfunk.example",
                    "Cologne, 28 November 2022",
                ],
            )
        ],
        "labels": L(
            FEED,
            "RheinFunk Nachrichten GmbH",
            None,
            None,
            ["192.0.2.201", "2001:db8:4f2::15"],
            ["192.0.2.209"],
            "Jan-Niklas Weber",
            "weber@rheinfunk.example",
            "+4922194753310",
        ),
    },
    {
        "id": "b010-xlsx-merged-role-cell",
        "description": "XLSX where the role is a merged cell spanning several address rows "
        "('Produkce' over three rows, 'Test' over two); the body says only 'v příloze'",
        "style": Style.XLSX,
        "from": "Michal Dostál <dostal@zpravy-liberec.example>",
        "subject": "volby",
        "body": "v příloze\n\nMichal Dostál\nZprávy Liberec\n",
        "attachments": [
            (
                "xlsx",
                "ip_volby.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Zprávy Liberec s.r.o., IČO 49897985", None],
                            ["Účel", "IP"],
                            ["Produkce", "203.0.113.121"],
                            [None, "203.0.113.122"],
                            [None, "203.0.113.123"],
                            ["Test", "203.0.113.130"],
                            [None, "203.0.113.131"],
                            [None, None],
                            [
                                "Kontakt",
                                "Michal Dostál, 605 774 210, dostal@zpravy-liberec.example",
                            ],
                        ],
                        "merge": ["A3:A5", "A6:A7"],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Zprávy Liberec s.r.o.",
            "49897985",
            None,
            ["203.0.113.121", "203.0.113.122", "203.0.113.123"],
            ["203.0.113.130", "203.0.113.131"],
            "Michal Dostál",
            "dostal@zpravy-liberec.example",
            "+420605774210",
        ),
    },
    {
        "id": "b011-docx-nested-table",
        "description": "DOCX form: an outer two-column table whose 'Technické údaje' cell holds "
        "a nested table of addresses and roles",
        "style": Style.DOCX,
        "from": "Jaroslava Nedomová <nedomova@tv-jih.example>",
        "subject": "TV JIH – žádost o připojení k volebnímu serveru",
        "body": "Dobrý den,\nposílám žádost naší televize. Při dotazech volejte.\nJ. Nedomová\n",
        "attachments": [
            (
                "docx",
                "TVJIH_zadost.docx",
                {
                    "blocks": [
                        "Žádost o přístup k datům volby prezidenta republiky (XML)",
                        {
                            "rows": [
                                ["Žadatel", "TV JIH a.s."],
                                ["IČO", "34406069"],
                                ["Technické údaje", ""],
                                [
                                    "Kontakt",
                                    "Jaroslava Nedomová, nedomova@tv-jih.example, "
                                    "tel. +420 602 415 773",
                                ],
                            ],
                            "nested": {
                                (2, 1): {
                                    "rows": [
                                        ["Adresa", "Režim"],
                                        ["198.51.100.77", "produkční"],
                                        ["198.51.100.78", "produkční"],
                                        ["198.51.100.79", "produkční"],
                                        ["198.51.100.99", "testovací"],
                                    ]
                                }
                            },
                        },
                        "Datum: 29. 11. 2022",
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "TV JIH a.s.",
            "34406069",
            None,
            ["198.51.100.77", "198.51.100.78", "198.51.100.79"],
            ["198.51.100.99"],
            "Jaroslava Nedomová",
            "nedomova@tv-jih.example",
            "+420602415773",
        ),
    },
    {
        "id": "b012-databox-attachment-office-ids",
        "description": "data-box message with a bare annotation; the application is only in "
        "the attached DOCX, whose address block prints the office's own IČO and data box",
        "style": Style.DATABOX,
        "subject": "Žádost",
        "databox": {
            "box": "x3fen8w",
            "sender": "Vydavatelství Podještědí, a.s.",
            "address": "Husova 9, 471 24 Mimoň",
            "type": 20,
            "ref": "VP-84/2022",
        },
        "attachments": [
            (
                "docx",
                "zadost_CSU.docx",
                {
                    "blocks": [
                        "Adresát: Český statistický úřad, IČO 00025593, ID datové schránky 2gfaasy",
                        "Odesílatel: Vydavatelství Podještědí, a.s., IČO 93990065",
                        "Č. j.: VP-84/2022",
                        "Žádáme o zpřístupnění průběžných výsledků volby prezidenta ve "
                        "formátu XML pro náš zpravodajský web.",
                        "Adresy pro ostrý provoz: 192.0.2.84, 192.0.2.85",
                        "Testovací adresa: 192.0.2.86",
                        "Kontakt: Bc. Filip Rezek, web@podjestedi.example, 725 906 412",
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Vydavatelství Podještědí, a.s.",
            "93990065",
            "x3fen8w",
            ["192.0.2.84", "192.0.2.85"],
            ["192.0.2.86"],
            "Filip Rezek",
            "web@podjestedi.example",
            "+420725906412",
        ),
    },
    {
        "id": "b013-plain-form-brackets-cidr",
        "description": "a text form pasted into the body with [x]/[ ] boxes (both boxes "
        "ticked), production as a single address and test as a /30 block",
        "style": Style.FORM_CHECKBOX,
        "from": "Štěpán Marek <marek@brnensky-vecernik.example>",
        "subject": "Přihláška médií – volba prezidenta",
        "body": "ŽÁDOST SDĚLOVACÍHO PROSTŘEDKU\n"
        "---------------------------------\n"
        "Médium: Brněnský večerník, s.r.o.\n"
        "IČO: 104 07 049\n"
        "Požadujeme:\n"
        "  [x] přístup k XML výsledkům\n"
        "  [x] povolení natáčet na přebíracím místě (Brno-město, 13. 1. večer)\n"
        "IP ostrý provoz: 198.51.100.160\n"
        "IP test:         198.51.100.164/30\n"
        "Kontakt:         Štěpán Marek\n"
        "Tel:             +420 543 211 908\n"
        "E-mail:          marek@brnensky-vecernik.example\n"
        "---------------------------------\n",
        "labels": L(
            BOTH,
            "Brněnský večerník, s.r.o.",
            "10407049",
            None,
            ["198.51.100.160"],
            ["198.51.100.164", "198.51.100.165", "198.51.100.166", "198.51.100.167"],
            "Štěpán Marek",
            "marek@brnensky-vecernik.example",
            "+420543211908",
        ),
    },
    {
        "id": "b014-rtf-no-diacritics",
        "description": "RTF letter in Czech without diacritics, roles in the sentence "
        "('ostre adresy ... a pro testovani ...'), phone with a slash",
        "style": Style.RTF,
        "from": "Vladimir Rehak <rehak@pootavi-news.example>",
        "subject": "zadost o pristup k volebnim vysledkum",
        "body": "Dobry den,\nzadost posilam v priloze ve formatu RTF.\nRehak\n",
        "attachments": [
            (
                "rtf",
                "zadost_pootavi.rtf",
                [
                    "Pootavi News s.r.o., Nabrezi 1. maje 1064, Strakonice\nICO 56966211",
                    "Vec: zadost o pristup k XML s vysledky volby prezidenta",
                    "Dobry den, zadame o pripojeni k serveru s prubeznymi vysledky. Ostre "
                    "adresy jsou 203.0.113.55 a 203.0.113.56, pro testovani budeme pouzivat "
                    "203.0.113.57.",
                    "Kontakt: Vladimir Rehak, tel. 383/321 447, rehak@pootavi-news.example",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Pootavi News s.r.o.",
            "56966211",
            None,
            ["203.0.113.55", "203.0.113.56"],
            ["203.0.113.57"],
            "Vladimir Rehak",
            "rehak@pootavi-news.example",
            "+420383321447",
        ),
    },
    {
        "id": "b015-university-pdf-letter",
        "description": "university faculty (public university, IČO with 'IČ:'), PDF letter "
        "with a reference number; one production address only, no test address",
        "style": Style.FORMAL_LETTER,
        "from": "doc. Alena Fričová <fricova@fsv.univerzita-vychod.example>",
        "subject": "Žádost o přístup k XML výsledkům – výzkumný projekt",
        "body": "Vážení,\n\nv příloze zasílám podepsanou žádost naší fakulty.\n\n"
        "S úctou\nAlena Fričová\n",
        "attachments": [
            (
                "pdf",
                "zadost_FSV_2022_118.pdf",
                [
                    "Univerzita Východ v Hradci Králové<br/>Fakulta sociálních věd<br/>"
                    "Rokitanského 62, 500 03 Hradec Králové<br/>IČ: 14756544",
                    "Naše č. j.: FSV/2022/118 • Vyřizuje: doc. Fričová",
                    "Věc: Žádost o přístup k serveru s průběžnými výsledky",
                    "Katedra politologie připravuje během volby prezidenta výzkum "
                    "průběhu sčítání hlasů. Žádáme proto o přístup k výsledkům ve formátu "
                    "XML z univerzitní adresy 192.0.2.30. Testovací adresu nepožadujeme.",
                    "Kontaktní osoba: doc. PhDr. Alena Fričová, Ph.D., "
                    "fricova@fsv.univerzita-vychod.example, tel. 493 331 520",
                    "prof. Ing. Karel Souček, CSc.<br/>děkan",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Univerzita Východ v Hradci Králové",
            "14756544",
            None,
            ["192.0.2.30"],
            [],
            "Alena Fričová",
            "fricova@fsv.univerzita-vychod.example",
            "+420493331520",
        ),
    },
    {
        "id": "b016-odt-municipal-newsroom",
        "description": "municipal newsroom (a town's příspěvková organizace), ODT with a "
        "row-header table and a contact different from the signatory",
        "style": Style.ODT,
        "from": "Zpravodaj Kroměříž <zpravodaj@mesto-kromeriz.example>",
        "subject": "Zpravodaj města - žádost o výsledky voleb",
        "body": "Dobrý den, přílohou zasíláme žádost. S pozdravem redakce Zpravodaje\n",
        "attachments": [
            (
                "odt",
                "zadost_zpravodaj.odt",
                [
                    "Kulturní a informační centrum Kroměříž, příspěvková organizace",
                    "IČO 93407947, redakce Zpravodaje města Kroměříže",
                    "Žádost o přístup k průběžným výsledkům volby prezidenta republiky "
                    "ve formátu XML",
                    [
                        ["Ostrý provoz", "203.0.113.201"],
                        ["Test", "203.0.113.202"],
                        ["Kontaktní osoba", "Ivana Žáčková"],
                        ["Telefon", "573 321 004"],
                        ["E-mail", "zackova@mesto-kromeriz.example"],
                    ],
                    "Mgr. Roman Hlaváč, ředitel",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Kulturní a informační centrum Kroměříž, příspěvková organizace",
            "93407947",
            None,
            ["203.0.113.201"],
            ["203.0.113.202"],
            "Ivana Žáčková",
            "zackova@mesto-kromeriz.example",
            "+420573321004",
        ),
    },
]
