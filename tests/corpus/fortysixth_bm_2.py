"""Forty-sixth held-out part ``bm``, cases bm015–bm028: data messages split between annotation
and PDF, a Slovak cover that withdraws filming, an empty mail with a /30 in a PDF, a Polish
forward (attached .eml) with a new phone, an 8bit ODT ANO/NE form, a natural person's data
message whose annotation takes filming back, a three-sheet workbook with [x]/[ ] marks, an RTF
filming letter with a crew list, a reply with a superseded PDF, an HTML table with rowspans, a
bare-annotation data message, an English cover that changes the contact, a flowed cover with a
TXT and a data message with two files. Written by hand apart from the extraction rules (see
make_fortysixth_bm); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortysixth_bm_common import (
    CENTRUM,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OWA,
    SEZNAM,
    L,
    Style,
    box,
    ico,
)

I15, I16, I19, I20, I21 = (
    ico("2617045"),
    ico("0825736"),
    ico("2498301"),
    ico("7420968"),
    ico("0951284"),
)
I22, I23, I24, I25, I26 = (
    ico("2736052"),
    ico("0164839"),
    ico("2205718"),
    ico("0478106"),
    ico("2839460"),
)
I28 = ico("0705913")

CASES: list[dict[str, Any]] = [
    {
        "id": "bm015-databox-split-annotation-ips-pdf-rest",
        "description": "data message: the annotation carries the addresses (test in "
        "parentheses), the PDF letter the request, the applicant and the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Pootavské listy s.r.o.",
            I15,
            "pl2vx7c",
            ["192.0.2.140", "192.0.2.141"],
            ["192.0.2.149"],
            "Roman Štych",
            "stych@pootavskelisty.example",
            "+420384720166",
        ),
        "databox": box("pl2vx7c", "Pootavské listy s.r.o.", "Otavská 301, 386 01 Strakonice"),
        "subject": "IP pro XML výsledky: 192.0.2.140, 192.0.2.141 (test: 192.0.2.149) - žádost "
        "v příloze",
        "attachments": [
            (
                "pdf",
                "zadost_PL.pdf",
                [
                    "POOTAVSKÉ LISTY s.r.o. | Otavská 301 | 386 01 Strakonice | IČO " + I15,
                    "Český statistický úřad",
                    "Žádáme o zpřístupnění průběžných výsledků voleb na serveru pro média. "
                    "IP adresy uvádíme v anotaci datové zprávy.",
                    "Ve věcech technických kontaktujte Romana Štycha, "
                    "stych@pootavskelisty.example, tel. 384 720 166.",
                    "Ing. Hana Lhotáková\njednatelka",
                ],
            )
        ],
    },
    {
        "id": "bm016-slovak-cover-withdraws-filming",
        "description": "Slovak-writing staff; the DOCX form ticks both requests, the cover "
        "note strikes the filming: feed only",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Podunajský týždenník CZ, s.r.o.",
            I16,
            None,
            ["198.51.100.170", "198.51.100.171"],
            ["198.51.100.175"],
            "Miroslava Kováčiková",
            "kovacikova@podunajsky.example",
            "+421905316284",
        ),
        "from": "Miroslava Kováčiková <kovacikova@podunajsky.example>",
        "subject": "Žiadosť - výsledky volieb",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý deň,\n\nv prílohe posielame žiadosť. Natáčanie napokon nebudeme "
        "potrebovať, ten bod vo formulári prosím škrtnite, platí len prístup k výsledkom.\n\n"
        "Ďakujem\nMiroslava Kováčiková\n+421 905 316 284\n",
        "attachments": [
            (
                "docx",
                "ziadost_PT.docx",
                {
                    "header": "Podunajský týždenník CZ, s.r.o. | Vídeňská 55, 639 00 Brno",
                    "footer": "IČO: " + I16,
                    "blocks": [
                        "Žiadosť o prístup k výsledkom volieb",
                        "☒ prístup k XML výsledkom\n☒ povolenie natáčať na pracoviskách",
                        {
                            "rows": [
                                ["Produkčné IP", "198.51.100.170, 198.51.100.171"],
                                ["Testovacia IP", "198.51.100.175"],
                                ["Kontakt", "Kováčiková Miroslava, kovacikova@podunajsky.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "bm017-empty-mail-pdf-row-headers-cidr",
        "description": "no text; the PDF table has row headers and a /30 production block "
        "(four addresses) beside one test address",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Brněnský večerník, a.s.",
            ico("2561730"),
            None,
            ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"],
            ["198.51.100.70"],
            "Pavla Dvořáčková",
            "dvorackova@vecernik-brno.example",
            "+420739215840",
        ),
        "from": "Pavla Dvoráčková <dvorackova@vecernik-brno.example>",
        "subject": "volby 2025",
        "headers": K9,
        "body": "",
        "attachments": [
            (
                "pdf",
                "BV_volby_zadost.pdf",
                [
                    "Brněnský večerník, a.s., Kounicova 20, 602 00 Brno, IČO " + ico("2561730"),
                    "Žádost o přístup k výsledkům voleb (XML)",
                    {
                        "rows": [
                            ["Produkční síť", "198.51.100.64/30"],
                            ["Testovací server", "198.51.100.70"],
                            ["Kontakt", "Pavla Dvořáčková, správa sítí"],
                            ["Telefon / e-mail", "739 215 840 / dvorackova@vecernik-brno.example"],
                        ],
                        "widths": [140, 300],
                    },
                ],
            )
        ],
    },
    {
        "id": "bm018-polish-forward-eml-new-phone",
        "description": "Polish applicant without IČO; the application is an attached .eml in "
        "English, the Polish cover replaces the contact's phone",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Gazeta Cieszyńska sp. z o.o.",
            None,
            None,
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.125"],
            "Agnieszka Wróbel",
            "a.wrobel@gazetacieszynska.example",
            "+48601220384",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@gazetacieszynska.example>",
        "subject": "PD: Application - election results",
        "headers": IPHONE,
        "body": "Dzień dobry,\n\nprzesyłam ponownie nasz wniosek (w załączniku). Zmiana: mój "
        "numer telefonu to teraz +48 601 220 384, poprzedni już nie działa.\n\n"
        "Pozdrawiam\nAgnieszka Wróbel\n",
        "attachments": [
            (
                "eml",
                "wniosek.eml",
                {
                    "id": "bm018-inner",
                    "from": "Agnieszka Wróbel <a.wrobel@gazetacieszynska.example>",
                    "to": "podatelna@czso.cz",
                    "subject": "Application - election results",
                    "body": "Dear Sir or Madam,\n\nGazeta Cieszyńska sp. z o.o. (KRS "
                    "0000418327) applies for access to the election results XML feed.\n\n"
                    "Production: 203.0.113.120, 203.0.113.121\nTest: 203.0.113.125\n\n"
                    "Contact: Agnieszka Wróbel, a.wrobel@gazetacieszynska.example, "
                    "+48 33 852 41 07\n\nBest regards\nAgnieszka Wróbel, editor\n",
                },
            )
        ],
    },
    {
        "id": "bm019-8bit-cover-odt-ano-ne-both",
        "description": "8bit cover; the ODT writes 'Žadatel (název, IČO):' with its value in one "
        "cell and an ANO/NE column with both requests ANO",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "TV Beskydy s.r.o.",
            I19,
            None,
            ["198.18.6.40"],
            ["198.18.6.41"],
            "Radim Kocurek",
            "kocurek@tvbeskydy.example",
            "+420558411907",
        ),
        "from": "Radim Kocurek <kocurek@tvbeskydy.example>",
        "subject": "zadost TV Beskydy",
        "headers": SEZNAM,
        "cte": "8bit",
        "body": "Dobrý den,\nformulář je v příloze.\nKocurek\n",
        "attachments": [
            (
                "odt",
                "TVB_formular.odt",
                [
                    "FORMULÁŘ ŽÁDOSTI MÉDIA",
                    [
                        ["Žadatel (název, IČO): TV Beskydy s.r.o., " + I19, ""],
                        ["Přístup k výsledkům voleb (XML)", "ANO"],
                        ["Natáčení na pracovištích ČSÚ", "ANO"],
                        ["Produkční IP", "198.18.6.40"],
                        ["Testovací IP", "198.18.6.41"],
                        [
                            "Kontakt: jméno / tel. / e-mail",
                            "Radim Kocurek / 558 411 907 / kocurek@tvbeskydy.example",
                        ],
                    ],
                    "Frýdek-Místek, 5. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "bm020-databox-person-annotation-drops-filming",
        "description": "data message from a natural person in business (type 40); the DOCX "
        "asks for both, the annotation takes the filming back; one IPv6 production address",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Jan Vrbický",
            I20,
            "jv9dat4",
            ["2001:db8:c0de::5"],
            [],
            "Jan Vrbický",
            "jan@vrbicky-data.example",
            "+420606731258",
        ),
        "databox": box("jv9dat4", "Jan Vrbický", "Lipová 8, 779 00 Olomouc", kind=40),
        "subject": "Žádost o přístup k volebním datům (natáčení ze žádosti stahuji, stačí mi data)",
        "attachments": [
            (
                "docx",
                "zadost_Vrbicky.docx",
                {
                    "blocks": [
                        "Jan Vrbický, datový novinář, IČO " + I20,
                        "Žádám o:",
                        "1) přístup k průběžným výsledkům voleb (XML) z adresy 2001:db8:c0de::5 "
                        "(jen produkce, test neplánuji)",
                        "2) povolení natáčet na pracovišti v Olomouci",
                        "Kontakt: jan@vrbicky-data.example, 606 731 258",
                    ]
                },
            )
        ],
    },
    {
        "id": "bm021-three-sheets-bracket-marks-merged-title",
        "description": "a three-sheet workbook: [x]/[ ] requests, an address sheet with a "
        "merged title and role column, a contact sheet written surname first",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Liberecký deník online, s.r.o.",
            I21,
            None,
            ["192.0.2.50", "192.0.2.51", "192.0.2.52"],
            ["192.0.2.60", "192.0.2.61"],
            "Vojtěch Šimůnek",
            "simunek@ldonline.example",
            "+420724018653",
        ),
        "from": "Vojtěch Šimůnek <simunek@ldonline.example>",
        "subject": "Žádost LDO - přístup k výsledkům voleb",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den, zasílám žádost ve formě tabulky (3 listy).\n\nV. Šimůnek\n",
        "attachments": [
            (
                "xlsx",
                "LDO_zadost.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Název / IČO", "Liberecký deník online, s.r.o. / " + I21],
                            ["[x]", "přístup k XML výsledkům"],
                            ["[ ]", "natáčení / fotografování"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["Adresy pro přístup", "", ""],
                            ["Adresa", "Role", "Server"],
                            ["192.0.2.50", "produkční", "web1"],
                            ["192.0.2.51", "produkční", "web2"],
                            ["192.0.2.52", "produkční", "api"],
                            ["192.0.2.60", "testovací", "dev"],
                            ["192.0.2.61", "testovací", "stage"],
                        ],
                        "merge": ["A1:C1"],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Příjmení, jméno", "Šimůnek, Vojtěch"],
                            ["Telefon", "+420 724 018 653"],
                            ["E-mail", "simunek@ldonline.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bm022-rtf-filming-crew-list-box-in-signature",
        "description": "filming only; the RTF lists the crew, the producer is the contact; the "
        "mail signature carries IČO and data-box ID",
        "style": Style.LETTER,
        "labels": L(
            [FILM],
            "Filmové studio Kolovrat s.r.o.",
            I22,
            "fk4kol7",
            [],
            [],
            "Alena Richterová",
            "richterova@kolovrat.example",
            "+420731556092",
        ),
        "from": "Alena Richterová <richterova@kolovrat.example>",
        "subject": "Žádost o povolení natáčení - dokument o volbách",
        "headers": OWA,
        "body": "Dobrý den,\n\nzasíláme žádost o povolení natáčení (RTF v příloze).\n\n"
        "Alena Richterová\nproducentka\nFilmové studio Kolovrat s.r.o.\nIČO "
        + I22
        + ", datová schránka fk4kol7\nmob. 731 556 092\n",
        "attachments": [
            (
                "rtf",
                "povoleni_nataceni.rtf",
                [
                    "Filmové studio Kolovrat s.r.o., Na Kolovratech 3, 150 00 Praha 5",
                    "Žádost o povolení natáčení na pracovišti ČSÚ v noci sčítání hlasů "
                    "(dokumentární film, bez přímého přenosu, data nepotřebujeme).",
                    [
                        ["Jméno", "Funkce", "Telefon"],
                        ["Petr Janeček", "kameraman", "604 118 220"],
                        ["Dušan Lukeš", "zvuk", "777 902 341"],
                        ["Alena Richterová", "producentka - kontakt", "731 556 092"],
                    ],
                    "Kontaktní osobou je producentka Alena Richterová.",
                ],
            )
        ],
    },
    {
        "id": "bm023-reply-superseded-pdf-two-versions",
        "description": "reply to the office with quoted history and two PDFs attached; the "
        "body says only v2 holds (test address corrected)",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Chrudimský týdeník s.r.o.",
            I23,
            None,
            ["203.0.113.80", "203.0.113.81"],
            ["203.0.113.90"],
            "Lucie Brožková",
            "brozkova@chrudimsky.example",
            "+420469312778",
        ),
        "from": "Lucie Brožková <brozkova@chrudimsky.example>",
        "subject": "Re: Vaše žádost o přístup k výsledkům",
        "headers": GMAIL,
        "body": "Dobrý den,\n\nmáte pravdu, ve verzi 1 byla chybná testovací adresa. Posílám "
        "opravenou žádost (zadost_v2.pdf); platí jen verze 2, v1 přikládám jen pro "
        "srovnání.\n\nLucie Brožková\n\n"
        "Dne 3. 9. 2025 v 9:41 podatelna@czso.cz napsal(a):\n"
        "> Dobrý den, testovací adresa 203.0.113.9 je v naší evidenci přidělena jinému\n"
        "> žadateli. Prosíme o kontrolu.\n> Český statistický úřad, tel. +420 274 052 733\n",
        "attachments": [
            (
                "pdf",
                "zadost_v1.pdf",
                [
                    "Chrudimský týdeník s.r.o., IČO " + I23,
                    "Žádost o přístup k výsledkům voleb (verze 1)",
                    "Produkce: 203.0.113.80, 203.0.113.81; test: 203.0.113.9",
                    "Kontakt: Lucie Brožková, brozkova@chrudimsky.example, 469 312 778",
                ],
            ),
            (
                "pdf",
                "zadost_v2.pdf",
                [
                    "Chrudimský týdeník s.r.o., IČO " + I23,
                    "Žádost o přístup k výsledkům voleb (verze 2)",
                    "Produkce: 203.0.113.80, 203.0.113.81; test: 203.0.113.90",
                    "Kontakt: Lucie Brožková, brozkova@chrudimsky.example, 469 312 778",
                ],
            ),
        ],
    },
    {
        "id": "bm024-alternative-html-rowspan-name-ico-cell",
        "description": "multipart/alternative; the HTML table merges the role cells with "
        "rowspan and writes 'Název / IČO' as one label; the plain part is a short summary; a "
        "DOCX copy is attached",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Zpravodaj Vysočiny, z.s.",
            I24,
            None,
            ["198.51.100.210", "198.51.100.211", "198.51.100.212"],
            ["198.51.100.220", "198.51.100.221"],
            "Milan Kratochvíl",
            "kratochvil@zpravodajvysociny.example",
            "+420567930214",
        ),
        "from": "Milan Kratochvíl <kratochvil@zpravodajvysociny.example>",
        "subject": "Žádost o přístup k XML - Zpravodaj Vysočiny",
        "headers": CENTRUM,
        "body": "Dobrý den,\nžádáme o přístup k výsledkům voleb, údaje v tabulce (a v příloze).\n"
        "Milan Kratochvíl, 567 930 214\n",
        "html": "<html><body><p>Dobrý den,<br>žádáme o přístup k výsledkům voleb:</p>"
        "<table border='1'><tr><td>Název / IČO</td><td colspan='2'>Zpravodaj Vysočiny, z.s. "
        "/ " + I24 + "</td></tr>"
        "<tr><td rowspan='3'>produkční</td><td>198.51.100.210</td><td>web</td></tr>"
        "<tr><td>198.51.100.211</td><td>web</td></tr>"
        "<tr><td>198.51.100.212</td><td>export</td></tr>"
        "<tr><td rowspan='2'>testovací</td><td>198.51.100.220</td><td>dev</td></tr>"
        "<tr><td>198.51.100.221</td><td>dev</td></tr>"
        "<tr><td>Kontakt</td><td colspan='2'>Milan Kratochvíl, "
        "kratochvil@zpravodajvysociny.example, 567 930 214</td></tr></table>"
        "<p>Milan Kratochvíl</p></body></html>",
        "attachments": [
            (
                "docx",
                "ZV_zadost.docx",
                {
                    "blocks": [
                        "Zpravodaj Vysočiny, z.s., Havlíčkova 14, 586 01 Jihlava",
                        {
                            "rows": [
                                ["Role", "IP adresa"],
                                ["produkční", "198.51.100.210"],
                                ["", "198.51.100.211"],
                                ["", "198.51.100.212"],
                                ["testovací", "198.51.100.220"],
                                ["", "198.51.100.221"],
                            ],
                            "merge": [(1, 0, 3, 0), (4, 0, 5, 0)],
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "bm025-databox-bare-annotation-xlsx-both",
        "description": "data message with a two-word annotation; the two-sheet workbook "
        "carries both requests with ANO/NE, the addresses and the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Rádio Pálava s.r.o.",
            I25,
            "rp6pal3",
            ["198.19.12.7", "198.19.12.8"],
            ["198.19.12.9"],
            "Soňa Zemánková",
            "zemankova@radiopalava.example",
            "+420519441873",
        ),
        "databox": box("rp6pal3", "Rádio Pálava s.r.o.", "Náměstí 2, 692 01 Mikulov"),
        "subject": "Žádost - volby",
        "attachments": [
            (
                "xlsx",
                "RP_volby.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Rádio Pálava s.r.o.", ""],
                            ["IČO", I25, ""],
                            ["Požadavek", "ANO", "NE"],
                            ["přístup k výsledkům (XML)", "x", ""],
                            ["natáčení / nahrávání zvuku na pracovišti", "x", ""],
                        ],
                    },
                    {
                        "title": "Technika",
                        "rows": [
                            ["Produkční IP", "198.19.12.7", "198.19.12.8"],
                            ["Testovací IP", "198.19.12.9", ""],
                            ["Kontaktní osoba", "Zemánková Soňa", ""],
                            ["Telefon", "519 441 873", ""],
                            ["E-mail", "zemankova@radiopalava.example", ""],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bm026-english-cover-changes-the-contact",
        "description": "a Czech outlet's English-speaking IT lead: the DOCX names a contact who "
        "has left, the cover names himself instead",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Plzeňská aréna média a.s.",
            I26,
            None,
            ["192.0.2.230"],
            ["192.0.2.231"],
            "Ondřej Kalina",
            "kalina@arenamedia.example",
            "+420377502619",
        ),
        "from": "Ondrej Kalina <kalina@arenamedia.example>",
        "subject": "Election results access - application attached",
        "headers": OWA,
        "body": "Hello,\n\nattached is our application. Please note that the contact person in "
        "the form, Jakub Beneš, has left the company last week; please use me instead: "
        "Ondřej Kalina, kalina@arenamedia.example, +420 377 502 619.\n\nThanks,\nOndřej\n",
        "attachments": [
            (
                "docx",
                "PAM_zadost.docx",
                {
                    "header": "Plzeňská aréna média a.s. | Americká 41, 301 00 Plzeň",
                    "footer": "IČO " + I26,
                    "blocks": [
                        "Žádost o přístup k průběžným výsledkům voleb (XML)",
                        {
                            "rows": [
                                ["Produkční IP", "192.0.2.230"],
                                ["Testovací IP", "192.0.2.231"],
                                [
                                    "Kontaktní osoba",
                                    "Jakub Beneš, benes@arenamedia.example, 377 502 600",
                                ],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "bm027-flowed-cover-txt-blogger-no-ico",
        "description": "format=flowed cover from a blogger without IČO; the TXT carries the "
        "application with 'Jméno a příjmení / funkce:' on one line",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Filip Sýkora",
            None,
            None,
            ["203.0.113.244"],
            [],
            "Filip Sýkora",
            "filip@volebnimapa.example",
            "+420702381946",
        ),
        "from": "Filip Sýkora <filip@volebnimapa.example>",
        "subject": "žádost o data - Volební mapa (blog)",
        "headers": GMAIL,
        "flowed": True,
        "body": "Dobrý den, \nposílám žádost jako textový soubor, nemám IČO, píšu blog \n"
        "Volební mapa sám za sebe. Díky za vyřízení.\n\nFilip Sýkora\n",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB\n\n"
                "Jméno a příjmení / funkce: Filip Sýkora, autor blogu Volební mapa\n"
                "IP (produkce): 203.0.113.244\n"
                "IP (test): testuji na stejném serveru\n"
                "Tel.: 702 381 946\nE-mail: filip@volebnimapa.example\n",
            )
        ],
    },
    {
        "id": "bm028-databox-two-files-supplement-changes-phone",
        "description": "data message with two files: the PDF application and a DOCX "
        "supplement that adds a test address and replaces the contact's phone",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Mladoboleslavský deník, s.r.o.",
            I28,
            "md7mb5e",
            ["198.18.90.2", "198.18.90.3"],
            ["198.18.91.2"],
            "Eliška Fousková",
            "fouskova@mbdenik.example",
            "+420735118604",
        ),
        "databox": box(
            "md7mb5e", "Mladoboleslavský deník, s.r.o.", "Jaselská 7, 293 01 Mladá Boleslav"
        ),
        "subject": "Žádost o přístup k výsledkům voleb + doplnění",
        "attachments": [
            (
                "pdf",
                "zadost.pdf",
                [
                    "Mladoboleslavský deník, s.r.o., IČO " + I28,
                    "Žádáme o přístup k výsledkům voleb ve formátu XML.",
                    "Produkční IP: 198.18.90.2, 198.18.90.3",
                    "Kontakt: Eliška Fousková, fouskova@mbdenik.example, tel. 326 711 400",
                ],
            ),
            (
                "docx",
                "doplneni.docx",
                {
                    "blocks": [
                        "Doplnění žádosti ze dne 4. 9. 2025",
                        "1) Přidáváme testovací adresu 198.18.91.2.",
                        "2) Telefon na paní Fouskovou se mění na 735 118 604 (pevná linka "
                        "326 711 400 již neplatí).",
                    ]
                },
            ),
        ],
    },
]
