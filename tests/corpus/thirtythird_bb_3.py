"""Thirty-third held-out part ``bb``, cases bb029–bb042: data messages with roles given only
by order ("v tomto pořadí"), a DOCX with a version number and an OID, an XLSX with IPv6, a crew
list in a PDF, a TXT cover inside a data message that changes the PDF form, an annotation-only
application beside a register extract and a data message whose ODT gives a range; a Slovak ODT
with role columns, a cover that withdraws a ticked box, a forwarded own .eml with an added test
address, a PDF letter with several signatories, an English TXT form in windows-1250, an ODT with
old addresses and an RTF ANO/NE form, and an XLSX with a contact sheet. Written by hand apart
from the extraction rules (see make_thirtythird_bb); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtythird_bb_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I29, I30, I31, I32 = ico("2766310"), ico("3614728"), ico("2550187"), ico("0484912")
I33, I34, I35, I37 = ico("2920341"), ico("6084425"), ico("0073016"), ico("2697803")
I38, I39, I40, I41, I42 = (
    ico("4318270"),
    ico("2804936"),
    ico("0270145"),
    ico("6931478"),
    ico("2458619"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "bb029-databox-annotation-respectively",
        "description": "data message: production and test given only by order in the "
        "annotation ('v tomto pořadí'); the DOCX is a power of attorney for the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Krumlov s.r.o.",
            I29,
            "k3wq7hd",
            ["203.0.113.6"],
            ["203.0.113.5"],
            "Šárka Pechová",
            None,
            "+420380711542",
        ),
        "subject": (
            "Žádáme o přístup k XML výsledkům voleb z adres 203.0.113.6 a 203.0.113.5 "
            "(produkční a testovací, v tomto pořadí). Kontakt Šárka Pechová, 380 711 542, "
            "pověření v příloze."
        ),
        "databox": {
            "box": "k3wq7hd",
            "sender": "Rádio Krumlov s.r.o.",
            "address": "Latrán 37, 381 01 Český Krumlov",
        },
        "attachments": [
            (
                "docx",
                "pověření_Pechová.docx",
                {
                    "blocks": [
                        "POVĚŘENÍ",
                        f"Rádio Krumlov s.r.o., IČO {I29}, pověřuje paní Šárku Pechovou, "
                        "technickou ředitelku, jednáním s Českým statistickým úřadem ve věci "
                        "přístupu k výsledkům voleb 2025.",
                        "V Českém Krumlově 8. 9. 2025\nJan Vodička, jednatel",
                    ]
                },
            )
        ],
    },
    {
        "id": "bb030-slovak-odt-role-columns",
        "description": "Slovak mail; ODT table with the roles as column headers (Produkcia | "
        "Test) and two address rows, an empty test cell",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Denník Kysuce, s.r.o.",
            I30,
            None,
            ["198.51.100.101", "198.51.100.102"],
            ["198.51.100.110"],
            "Martina Ďurčeková",
            "durcekova@dennikkysuce.example",
            "+421414330258",
        ),
        "from": "Martina Ďurčeková <durcekova@dennikkysuce.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb (XML)",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý deň,\n\nposielame žiadosť o prístup k výsledkom volieb vo formáte XML, "
            "adresy sú v priloženom dokumente. Nakrúcať nebudeme.\n\n"
            "S pozdravom\nMartina Ďurčeková\nDenník Kysuce, s.r.o.\n"
            f"IČO {I30}\ntel. +421 41 433 0258\n"
        ),
        "attachments": [
            (
                "odt",
                "IP_adresy_Kysuce.odt",
                [
                    "IP adresy pre prístup k výsledkom volieb",
                    [
                        ["Produkcia", "Test"],
                        ["198.51.100.101", "198.51.100.110"],
                        ["198.51.100.102", ""],
                    ],
                ],
            )
        ],
    },
    {
        "id": "bb031-cover-withdraws-ticked-film",
        "description": "the DOCX form has both boxes ticked; the cover mail says the recording "
        "box was ticked by mistake and is not wanted",
        "style": Style.COVER_CHANGE,
        "labels": L(
            [FEED],
            "Brněnský týden, z. s.",
            I31,
            None,
            ["192.0.2.104"],
            ["192.0.2.105"],
            "Ondřej Kalina",
            "kalina@brnenskytyden.example",
            "+420775402319",
        ),
        "from": "Ondřej Kalina <kalina@brnenskytyden.example>",
        "subject": "žádost + formulář",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\nposílám formulář. Omlouvám se, kolonku s natáčením jsem zaškrtl "
            "omylem – natáčet nebudeme, žádáme jen o přístup k XML.\n\n"
            "Ondřej Kalina\n"
        ),
        "attachments": [
            (
                "docx",
                "formular_BT.docx",
                {
                    "blocks": [
                        "Žádost o služby při volbách 2025",
                        "☒ přístup k výsledkům voleb ve formátu XML",
                        "☒ povolení k natáčení na sběrném místě",
                        {
                            "rows": [
                                ["Žadatel", "Brněnský týden, z. s."],
                                ["IČO", I31],
                                ["IP produkce", "192.0.2.104"],
                                ["IP test", "192.0.2.105"],
                                ["Kontaktní osoba", "Ondřej Kalina"],
                                ["Tel.", "775 402 319"],
                            ]
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "bb032-databox-docx-version-oid",
        "description": "data message; the DOCX mentions the client version 4.2.19.7 and a "
        "certificate OID next to the production and test addresses",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "ČESKÁ TISKOVÁ SLUŽBA REGION, s.r.o.",
            I32,
            "f5jx2ub",
            ["198.51.100.180"],
            ["198.51.100.181"],
            "Petr Holeček",
            "holecek@ctsregion.example",
            "+420224817360",
        ),
        "subject": "Žádost o přístup k výsledkům voleb ve formátu XML",
        "databox": {
            "box": "f5jx2ub",
            "sender": "ČESKÁ TISKOVÁ SLUŽBA REGION, s.r.o.",
            "address": "Opletalova 1015/55, 110 00 Praha 1",
        },
        "attachments": [
            (
                "docx",
                "CTSR_zadost.docx",
                {
                    "header": f"ČESKÁ TISKOVÁ SLUŽBA REGION, s.r.o. – IČO {I32}",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        "Výsledky bude stahovat náš agenturní klient VolbyFeed verze 4.2.19.7 "
                        "(klientský certifikát s politikou OID 1.3.6.1.4.1.5734.3.5).",
                        "Produkční server: 198.51.100.180",
                        "Testovací server: 198.51.100.181",
                        "Kontaktní osoba: Petr Holeček, vedoucí techniky, tel. 224 817 360, "
                        "holecek@ctsregion.example",
                        "V Praze dne 18. 9. 2025",
                    ],
                },
            )
        ],
    },
    {
        "id": "bb033-forward-own-eml-adds-test",
        "description": "the applicant forwards her own earlier mail as .eml and adds the test "
        "address that was missing; production comes from the attached original",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Chrudimský deník s.r.o.",
            I33,
            None,
            ["203.0.113.140"],
            ["203.0.113.144"],
            "Ilona Marešová",
            "maresova@chrudimskydenik.example",
            "+420469630115",
        ),
        "from": "Ilona Marešová <maresova@chrudimskydenik.example>",
        "subject": "Fwd: Žádost o XML – doplnění testovací adresy",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nv příloze je naše žádost z 5. 9., ve které jsem zapomněla uvést "
            "testovací adresu. Doplňuji: test 203.0.113.144. Vše ostatní platí.\n\n"
            "Ilona Marešová\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost_o_XML.eml",
                {
                    "id": "bb033-inner",
                    "from": "Ilona Marešová <maresova@chrudimskydenik.example>",
                    "to": "podatelna@czso.cz",
                    "subject": "Žádost o XML",
                    "headers": TBIRD,
                    "body": (
                        "Dobrý den,\n\nChrudimský deník s.r.o., IČ "
                        f"{I33}, žádá o přístup k výsledkům voleb ve formátu XML z adresy "
                        "203.0.113.140.\n\nKontakt: Ilona Marešová, 469 630 115\n\n"
                        "Ilona Marešová, šéfredaktorka\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "bb034-pdf-letter-several-signatories",
        "description": "PDF letter signed by the director and the editor-in-chief, the technical "
        "contact named in the text with a direct line; IČO written 'IČ 60 84 ...'",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Regionální televize Jih, a.s.",
            I34,
            None,
            ["192.0.2.44", "192.0.2.45", "192.0.2.46"],
            ["192.0.2.47"],
            "Miloš Bureš",
            "bures@rtvjih.example",
            "+420387710442",
        ),
        "from": '"Sekretariát RTV Jih" <sekretariat@rtvjih.example>',
        "subject": "Žádost RTV Jih – volby 2025",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv zastoupení pana ředitele zasílám žádost naší televize "
            "(podepsaný sken v PDF).\n\nS pozdravem\nEva Roubalová, sekretariát\n"
        ),
        "attachments": [
            (
                "pdf",
                "RTVJih_zadost_podepsana.pdf",
                [
                    "Regionální televize Jih, a.s.\nU Tří lvů 3, 370 01 České Budějovice\n"
                    f"IČ {I34[:2]} {I34[2:4]} {I34[4:6]} {I34[6:]}",
                    "Věc: Žádost o přístup k výsledkům voleb (XML) a o povolení natáčení",
                    "Žádáme o přístup k XML výsledkům ze tří produkčních serverů 192.0.2.44–46 "
                    "a z testovacího serveru 192.0.2.47. Zároveň žádáme o povolení natáčet na "
                    "sběrném místě v Českých Budějovicích.",
                    "Technickou kontaktní osobou pro tuto žádost je Miloš Bureš, "
                    "bures@rtvjih.example, přímá linka 387 710 442.",
                    "S pozdravem",
                    {
                        "rows": [
                            [
                                "Ing. Vladimír Čech<br/>ředitel<br/>tel. 387 710 400",
                                "Mgr. Renata Šustrová<br/>šéfredaktorka<br/>mobil 602 118 554",
                            ],
                        ],
                        "widths": [200, 200],
                    },
                ],
            )
        ],
    },
    {
        "id": "bb035-databox-xlsx-ipv6",
        "description": "data message; XLSX with IPv6 production addresses (one written in full) "
        "and an IPv4 test address, annotation with the box owner's reference",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Ústecký portál s.r.o.",
            I35,
            "x2hn6ge",
            ["2001:db8:aa::1", "2001:db8:aa::2"],
            ["198.51.100.55"],
            "Jiří Kratochvíl",
            "kratochvil@usteckyportal.example",
            "+420472550918",
        ),
        "subject": "Č. j. UP-77/2025 Žádost o přístup k výsledkům voleb – XML",
        "databox": {
            "box": "x2hn6ge",
            "sender": "Ústecký portál s.r.o.",
            "address": "Mírové náměstí 3097/37, 400 01 Ústí nad Labem",
            "ref": "UP-77/2025",
        },
        "attachments": [
            (
                "xlsx",
                "UP_IP_adresy.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Ústecký portál s.r.o."],
                            ["IČO", I35],
                            ["Produkční IPv6", "2001:0db8:00aa:0000:0000:0000:0000:0001"],
                            ["Produkční IPv6", "2001:db8:aa::2"],
                            ["Testovací IPv4", "198.51.100.55"],
                            ["Kontaktní osoba", "Jiří Kratochvíl"],
                            ["Telefon", "+420 472 550 918"],
                            ["E-mail", "kratochvil@usteckyportal.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "bb036-english-txt-form-windows1250",
        "description": "British freelancer; the TXT form uses [X]/[ ] for filming/feed, the "
        "cover mail in windows-1250, UK mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Oliver Hastings",
            None,
            None,
            [],
            [],
            "Oliver Hastings",
            "oliver@hastingsfilms.example",
            "+447700900418",
        ),
        "from": "Oliver Hastings <oliver@hastingsfilms.example>",
        "subject": "Filming request – election night (form attached)",
        "headers": GMAIL,
        "charset": "windows-1250",
        "body": (
            "Hello,\n\nI'm a freelance documentary maker from Leeds working on a piece about "
            "elections in Central Europe. The filled form is attached. Děkuji!\n\n"
            "Oliver Hastings\n+44 7700 900418\n"
        ),
        "attachments": [
            (
                "txt",
                "request_form.txt",
                "REQUEST FORM\n"
                "[ ] Access to results in XML format\n"
                "[X] Permission to film at a collection point\n\n"
                "Applicant: Oliver Hastings (freelance, no company)\n"
                "Collection point: Praha, election night, approx. 20:00-01:00\n"
                "Crew: myself + sound recordist (Tom Reddy)\n"
                "Contact: oliver@hastingsfilms.example, +44 7700 900418\n",
            )
        ],
    },
    {
        "id": "bb037-databox-pdf-crew-both",
        "description": "data message for both requests; the PDF lists the film crew with their "
        "phones and names the production manager as contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Televize Polabí s.r.o.",
            I37,
            "r7gd3sw",
            ["203.0.113.190"],
            ["203.0.113.191"],
            "Kateřina Vacková",
            "vackova@tvpolabi.example",
            "+420605228731",
        ),
        "subject": "Žádost – XML výsledky a natáčení, Televize Polabí",
        "databox": {
            "box": "r7gd3sw",
            "sender": "Televize Polabí s.r.o.",
            "address": "Palackého 412, 280 02 Kolín",
        },
        "attachments": [
            (
                "pdf",
                "TVP_volby.pdf",
                [
                    f"Televize Polabí s.r.o. | IČO {I37} | ID DS r7gd3sw",
                    "Žádost o přístup k výsledkům voleb (XML) a o povolení natáčení",
                    {
                        "rows": [
                            ["produkční IP", "203.0.113.190"],
                            ["testovací IP", "203.0.113.191"],
                        ],
                        "widths": [150, 200],
                    },
                    "Natáčecí štáb (sběrné místo Kolín):",
                    {
                        "rows": [
                            ["Jméno", "Funkce", "Telefon"],
                            ["Adam Krejčí", "redaktor", "604 119 337"],
                            ["Radim Holub", "kameraman", "722 830 145"],
                        ],
                        "widths": [130, 110, 120],
                    },
                    "Kontaktní osoba pro obě žádosti: Kateřina Vacková, vedoucí produkce, "
                    "605 228 731, vackova@tvpolabi.example",
                ],
            )
        ],
    },
    {
        "id": "bb038-odt-old-addresses",
        "description": "ODT letter lists last election's addresses as no longer used and the new "
        "ones; short Seznam cover",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Mladoboleslavský zpravodaj, spol. s r.o.",
            I38,
            None,
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.95"],
            "Tereza Hanzlová",
            "hanzlova@mbzpravodaj.example",
            "+420326719440",
        ),
        "from": "Tereza Hanzlová <hanzlova@mbzpravodaj.example>",
        "subject": "zadost o pristup XML",
        "headers": SEZNAM,
        "body": "Dobry den, v priloze zadost. Hanzlova\n",
        "attachments": [
            (
                "odt",
                "zadost_MBZ.odt",
                [
                    f"Mladoboleslavský zpravodaj, spol. s r.o., IČO {I38}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Při minulých volbách jsme stahovali z adres 192.0.2.71 a 192.0.2.72 – ty "
                    "už nepoužíváme, prosíme je zrušit. Nové adresy:",
                    [
                        ["role", "adresa"],
                        ["produkce", "198.51.100.90"],
                        ["produkce", "198.51.100.91"],
                        ["test", "198.51.100.95"],
                    ],
                    "Kontaktní osoba: Tereza Hanzlová, tel. 326 719 440",
                ],
            )
        ],
    },
    {
        "id": "bb039-databox-txt-cover-changes-pdf",
        "description": "data message with the PDF form and a TXT cover note that replaces the "
        "form's test address and phone",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Zpravodajský server Podještědí s.r.o.",
            I39,
            "q9ep4vn",
            ["192.0.2.130"],
            ["192.0.2.139"],
            "Marek Jelínek",
            "jelinek@podjestedi.example",
            "+420721300864",
        ),
        "subject": "Žádost o přístup k volebním výsledkům + průvodní dopis",
        "databox": {
            "box": "q9ep4vn",
            "sender": "Zpravodajský server Podještědí s.r.o.",
            "address": "Husova 77, 463 31 Chrastava",
        },
        "attachments": [
            (
                "pdf",
                "formular_Podjestedi.pdf",
                [
                    "Žádost o přístup k výsledkům voleb – formulář",
                    {
                        "rows": [
                            ["Žadatel", "Zpravodajský server Podještědí s.r.o."],
                            ["IČO", I39],
                            ["Produkční IP", "192.0.2.130"],
                            ["Testovací IP", "192.0.2.131"],
                            ["Kontaktní osoba", "Marek Jelínek"],
                            ["Telefon", "485 143 220"],
                            ["E-mail", "jelinek@podjestedi.example"],
                        ],
                        "widths": [150, 230],
                    },
                ],
            ),
            (
                "txt",
                "pruvodni_dopis.txt",
                "Dobrý den,\n\nformulář jsme vyplnili před stěhováním serverovny. Od té doby "
                "platí tyto změny: testovací IP je nově 192.0.2.139 (místo .131) a pana "
                "Jelínka zastihnete jen na mobilu 721 300 864, pevná linka už nefunguje.\n\n"
                "Děkujeme, Podještědí\n",
            ),
        ],
    },
    {
        "id": "bb040-rtf-ano-ne-film-only",
        "description": "RTF form with ANO/NE columns: XML NE, natáčení ANO; the IP table left "
        "blank; iPhone cover",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Hradecký rozhlasový spolek, z.s.",
            I40,
            None,
            [],
            [],
            "Richard Moravec",
            "moravec@hrs.example",
            "+420739551602",
        ),
        "from": "Richard Moravec <moravec@hrs.example>",
        "subject": "Formulář natáčení",
        "headers": IPHONE,
        "body": "Dobrý den, v příloze formulář. Moravec\n\nOdesláno z iPhonu\n",
        "attachments": [
            (
                "rtf",
                "formular_HRS.rtf",
                [
                    "Hradecký rozhlasový spolek, z.s.",
                    f"IČO: {I40}",
                    [
                        ["Služba", "ANO", "NE"],
                        ["Přístup k výsledkům (XML)", "", "X"],
                        ["Pořizování záznamu na sběrném místě", "X", ""],
                    ],
                    [
                        ["Produkční IP", ""],
                        ["Testovací IP", ""],
                    ],
                    "Kontaktní osoba: Richard Moravec, 739 551 602, moravec@hrs.example",
                    "Záznam: zvukový, pro pořad Hradecký večer, 1 redaktor",
                ],
            )
        ],
    },
    {
        "id": "bb041-databox-annotation-both-with-extract",
        "description": "data message: both requests and all details in the annotation, the file "
        "a register extract; the box belongs to the publisher of a named title",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "VLTAVA MEDIA GROUP a.s.",
            I41,
            "d4ts8ja",
            ["198.51.100.250"],
            ["198.51.100.251"],
            "Hynek Procházka",
            "prochazka@vltavamg.example",
            "+420602551783",
        ),
        "subject": (
            "Pro titul Jihočeský večerník žádáme o XML výsledky (prod 198.51.100.250, "
            "test 198.51.100.251) a o natáčení na sběrném místě ČB. Kontakt Hynek Procházka, "
            "prochazka@vltavamg.example, 602551783"
        ),
        "databox": {
            "box": "d4ts8ja",
            "sender": "VLTAVA MEDIA GROUP a.s.",
            "address": "Lannova tř. 63/41, 370 01 České Budějovice",
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR_VMG.pdf",
                [
                    "Výpis z obchodního rejstříku",
                    "Obchodní firma: VLTAVA MEDIA GROUP a.s.",
                    f"IČO: {I41}",
                    "Sídlo: Lannova tř. 63/41, 370 01 České Budějovice",
                    "Statutární orgán: Ing. Richard Fiala, předseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "bb042-xlsx-contact-sheet",
        "description": "Gmail cover; the XLSX has an address sheet and a contact sheet of three "
        "people with a 'kontakt pro ČSÚ' ano/ne column",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Plzeňský online deník s.r.o.",
            I42,
            None,
            ["192.0.2.210", "192.0.2.211"],
            ["192.0.2.215"],
            "Veronika Šlajsová",
            "slajsova@plzenonline.example",
            "+420377202660",
        ),
        "from": "David Kolář <kolar@plzenonline.example>",
        "subject": "Přístup k výsledkům voleb – Plzeňský online deník",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nzasílám žádost o přístup k XML s výsledky voleb, všechny údaje "
            "jsou v tabulce v příloze. Za Plzeňský online deník s.r.o., IČO "
            f"{I42}.\n\nDavid Kolář\n"
        ),
        "attachments": [
            (
                "xlsx",
                "POD_volby.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Adresa", "Role"],
                            ["192.0.2.210", "produkční"],
                            ["192.0.2.211", "produkční (záloha)"],
                            ["192.0.2.215", "testovací"],
                        ],
                    },
                    {
                        "title": "Kontakty",
                        "rows": [
                            ["Jméno", "Funkce", "E-mail", "Telefon", "Kontakt pro ČSÚ"],
                            [
                                "David Kolář",
                                "šéfredaktor",
                                "kolar@plzenonline.example",
                                "603 402 118",
                                "ne",
                            ],
                            [
                                "Veronika Šlajsová",
                                "správa serverů",
                                "slajsova@plzenonline.example",
                                "377 202 660",
                                "ano",
                            ],
                            [
                                "Luboš Fiala",
                                "vývoj",
                                "fiala@plzenonline.example",
                                "777 031 845",
                                "ne",
                            ],
                        ],
                    },
                ],
            )
        ],
    },
]
