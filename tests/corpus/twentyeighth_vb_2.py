"""Twentyeighth held-out part ``vb``, cases vb015–vb028: a data message with a power of attorney
beside its annotation, an empty mail with a PDF and an XLSX, DOCX forms with ticked filming
only, a forwarded contractor .eml, PDF row headers with wrapped cells, an ODT /30 block under a
format=flowed cover, an Outlook HTML signature with a box ID, a natural person's data message,
old addresses marked in a sheet, an English Yes/No form, a data message whose annotation
replaces the contact, an RTF sentence with order-given roles, netmasks and version numbers, and
a bracket form in a PDF. Written by hand apart from the extraction rules (see
make_twentyeighth_vb); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyeighth_vb_common import (
    BOX,
    CHECK,
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

I15, I16, I17, I18 = ico("2614408"), ico("0517392"), ico("2740913"), ico("6093127")
I19, I20, I21, I23 = ico("2893340"), ico("0370152"), ico("2446185"), ico("0159876")
I25, I26, I27, I28 = ico("2870231"), ico("4612057"), ico("2931468"), ico("0684519")

CASES: list[dict[str, Any]] = [
    {
        "id": "vb015-databox-annotation-power-of-attorney",
        "description": "the annotation is the application and names the authorised contact; "
        "the file is a power of attorney that also names the director",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED, FILM],
            "Východočeská televizní společnost, a.s.",
            I15,
            "c9p3rme",
            ["192.0.2.120"],
            [],
            "Filip Janoušek",
            None,
            "+420603881542",
        ),
        "subject": (
            "Žádáme o přístup k XML výsledkům (prod. IP 192.0.2.120, test nemáme) a o "
            "povolení natáčení na sběrném místě Hradec Králové. Kontakt: Filip Janoušek "
            "(zmocněnec, viz plná moc), 603 881 542."
        ),
        "databox": {
            "box": "c9p3rme",
            "sender": "Východočeská televizní společnost, a.s.",
            "address": "Gočárova třída 40, 500 02 Hradec Králové",
        },
        "attachments": [
            (
                "pdf",
                "plna_moc_Janousek.pdf",
                [
                    "PLNÁ MOC",
                    f"Východočeská televizní společnost, a.s., IČO {I15}, se sídlem Gočárova "
                    "třída 40, 500 02 Hradec Králové, zastoupená Ing. Romanem Kalinou, "
                    "předsedou představenstva (tel. 495 110 200),",
                    "zmocňuje",
                    "pana Filipa Janouška, nar. 2. 6. 1988, bytem Pražská 11, Hradec Králové,",
                    "k jednání s Českým statistickým úřadem ve věci přístupu k výsledkům "
                    "voleb a pořizování záznamu na sběrných místech v roce 2025.",
                    "V Hradci Králové dne 8. 9. 2025",
                    "Ing. Roman Kalina                     Plnou moc přijímám: Filip Janoušek",
                ],
            )
        ],
    },
    {
        "id": "vb016-empty-body-pdf-plus-xlsx",
        "description": "empty mail body with two attachments: the PDF letter refers to the "
        "XLSX for the addresses, whose column says PROD/TEST",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Hanácký deník s.r.o.",
            I16,
            None,
            ["203.0.113.101", "203.0.113.102", "203.0.113.103"],
            ["203.0.113.110"],
            "Zdeněk Mach",
            "mach@hanackydenik.example",
            "+420581207733",
        ),
        "from": "Zdenek Mach <mach@hanackydenik.example>",
        "subject": "žádost + IP",
        "headers": ROUNDCUBE,
        "body": "",
        "attachments": [
            (
                "pdf",
                "zadost.pdf",
                [
                    f"Hanácký deník s.r.o.\nVšechovická 6, 750 02 Přerov\nIČO {I16}",
                    "Věc: žádost o přístup k volebním výsledkům v XML",
                    "Tímto žádáme o přístup k serveru s výsledky voleb. Seznam IP adres "
                    "(produkční i testovací) je v přiložené tabulce ip_adresy.xlsx.",
                    "Kontaktní osoba: Zdeněk Mach, vedoucí IT, mach@hanackydenik.example, "
                    "tel. 581 207 733",
                    "Bc. Jitka Vránová, ředitelka",
                ],
            ),
            (
                "xlsx",
                "ip_adresy.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["#", "Adresa", "Prostředí", "Server"],
                            [1, "203.0.113.101", "PROD", "web01"],
                            [2, "203.0.113.102", "PROD", "web02"],
                            [3, "203.0.113.103", "PROD", "api"],
                            [4, "203.0.113.110", "TEST", "stage"],
                        ],
                    }
                ],
            ),
        ],
    },
    {
        "id": "vb017-docx-ticked-filming-unticked-feed",
        "description": "DOCX form where the XML box is unticked and filming ticked; the crew "
        "table lists three people, the contact is given separately",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Studio Kolébka, z.ú.",
            I17,
            None,
            [],
            [],
            "Veronika Burianová",
            "burianova@studiokolebka.example",
            "+420724308156",
        ),
        "from": "Studio Kolébka <produkce@studiokolebka.example>",
        "subject": "Žádost o povolení natáčení – Studio Kolébka",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nzasíláme vyplněný formulář. Jedná se o reportáž pro pořad "
            "Místa a lidé.\n\nS pozdravem\nprodukce Studia Kolébka\n"
        ),
        "attachments": [
            (
                "docx",
                "formular.docx",
                {
                    "blocks": [
                        "Formulář žádosti – volby 2025",
                        f"Žadatel: Studio Kolébka, z.ú., IČO {I17}",
                        f"{BOX} Přístup k výsledkům voleb ve formátu XML",
                        f"{CHECK} Povolení pořizovat zvukový a obrazový záznam",
                        "Sběrné místo: Plzeň, termín: 4. 10. 2025, 21:00–02:00",
                        {
                            "rows": [
                                ["Člen štábu", "Funkce", "Č. OP"],
                                ["Tomáš Vlk", "kameraman", "205118734"],
                                ["Eliška Hrubá", "redaktorka", "206447215"],
                                ["Petr Kučera", "zvukař", "204993061"],
                            ]
                        },
                        "Kontaktní osoba pro tuto žádost: Veronika Burianová (produkce), "
                        "+420 724 308 156, burianova@studiokolebka.example",
                    ]
                },
            )
        ],
    },
    {
        "id": "vb018-forward-contractor-eml",
        "description": "an editor forwards the IT contractor's mail as .eml; the contractor's "
        "addresses count, the editor is the contact and names the publisher",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Naše Slovácko s.r.o.",
            I18,
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.155"],
            "Alena Šťastná",
            "stastna@naseslovacko.example",
            "+420572640118",
        ),
        "from": "Alena Šťastná <stastna@naseslovacko.example>",
        "subject": "FW: IP adresy pro ČSÚ",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"vydavatelství Naše Slovácko s.r.o. (IČO {I18}) žádá o přístup k výsledkům "
            "voleb ve formátu XML. IP adresy nám dodal náš správce, jeho zprávu přikládám. "
            "Kontaktní osobou jsem já, ne dodavatel.\n\n"
            "Alena Šťastná\nšéfredaktorka\ntel. 572 640 118\n"
        ),
        "attachments": [
            (
                "eml",
                "IP adresy pro ČSÚ.eml",
                {
                    "id": "vb018-inner",
                    "from": "Martin Obdržálek <obdrzalek@netspravce.example>",
                    "to": "stastna@naseslovacko.example",
                    "subject": "IP adresy pro ČSÚ",
                    "body": (
                        "Ahoj Aleno,\n\nposílám adresy pro ten volební feed:\n\n"
                        "  ostrý provoz: 198.51.100.150 a 198.51.100.151\n"
                        "  testovací stroj: 198.51.100.155\n\n"
                        "Firewall povolí odchozí 443, nic dalšího není potřeba.\n\n"
                        "Martin\n--\nMartin Obdržálek, NetSprávce s.r.o.\n"
                        "mob. 777 015 932\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "vb019-databox-pdf-row-headers-wrapped",
        "description": "data message with the application only in a PDF whose narrow table "
        "wraps the addresses under row headers 'Produkce 1/2' and 'Test 1'",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Krajské noviny Vysočina a.s.",
            I19,
            "b7x4ngq",
            ["192.0.2.210", "192.0.2.211"],
            ["192.0.2.219"],
            "Irena Dvořáková",
            "dvorakova@knvysocina.example",
            "+420567140226",
        ),
        "subject": "Přístup k výsledkům voleb – KNV",
        "databox": {
            "box": "b7x4ngq",
            "sender": "Krajské noviny Vysočina a.s.",
            "address": "Masarykovo náměstí 1, 586 01 Jihlava",
        },
        "attachments": [
            (
                "pdf",
                "KNV_zadost_CSU.pdf",
                [
                    f"Krajské noviny Vysočina a.s. · IČO {I19} · DS b7x4ngq",
                    "Žádost o přístup k výsledkům voleb do Poslanecké sněmovny 2025",
                    {
                        "rows": [
                            ["Produkce 1", "192.0.2.210 (primární, Jihlava)"],
                            ["Produkce 2", "192.0.2.211 (sekundární, Praha)"],
                            ["Test 1", "192.0.2.219 (vývojové prostředí)"],
                            ["Kontakt", "Irena Dvořáková, správa aplikací"],
                            ["Telefon", "+420 567 140 226"],
                            ["E-mail", "dvorakova@knvysocina.example"],
                        ],
                        "widths": [70, 90],
                    },
                    "Natáčení nepožadujeme.",
                ],
            )
        ],
    },
    {
        "id": "vb020-odt-block-flowed-cover",
        "description": "format=flowed cover; ODT gives a /30 production block and one test "
        "address, with a software version that looks like an address",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Liberecký zpravodaj, s.r.o.",
            I20,
            None,
            ["198.51.100.16", "198.51.100.17", "198.51.100.18", "198.51.100.19"],
            ["198.51.100.24"],
            "Jakub Matoušek",
            "matousek@libzpravodaj.example",
            "+420485300771",
        ),
        "from": "Jakub Matoušek <matousek@libzpravodaj.example>",
        "subject": "Žádost o přístup – Liberecký zpravodaj",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den, \n"
            "posílám žádost o přístup k XML výsledkům voleb, podrobnosti jsou v \n"
            "příloze (ODT, LibreOffice). Jsem i kontaktní osobou. \n\n"
            "Jakub Matoušek \n"
            "Liberecký zpravodaj, s.r.o. \n"
            "485 300 771\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_LZ.odt",
                [
                    f"Liberecký zpravodaj, s.r.o., IČO {I20}",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML.",
                    [
                        ["Role", "Adresa / rozsah"],
                        ["produkční", "198.51.100.16/30"],
                        ["testovací", "198.51.100.24"],
                    ],
                    "Stahovat bude náš importér verze 3.10.2.1 každých 20 s.",
                    "Kontakt: Jakub Matoušek, matousek@libzpravodaj.example, 485 300 771",
                ],
            )
        ],
    },
    {
        "id": "vb021-outlook-html-signature-box",
        "description": "Outlook HTML mail with an address table and a signature carrying "
        "'IČ: 123 45 678' and the data-box ID",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Pražský týdeník a.s.",
            I21,
            "u4f8kzb",
            ["203.0.113.170", "203.0.113.171"],
            ["203.0.113.180"],
            "Lenka Procházková",
            "prochazkova@prazskytydenik.example",
            "+420222518340",
        ),
        "from": "Procházková Lenka <prochazkova@prazskytydenik.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Pražský týdeník",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nžádáme o přístup k výsledkům voleb ve formátu XML.\n\n"
            "Produkce 203.0.113.170, 203.0.113.171; test 203.0.113.180\n\n"
            "Lenka Procházková\n"
        ),
        "html": (
            '<html><body lang="CS"><p>Dobrý den,</p>'
            "<p>žádáme o přístup k výsledkům voleb ve formátu XML.</p>"
            '<table border="1" cellpadding="3"><tr><td><b>Produkce</b></td>'
            "<td>203.0.113.170<br>203.0.113.171</td></tr>"
            "<tr><td><b>Test</b></td><td>203.0.113.180</td></tr></table>"
            "<p>Lenka Procházková</p>"
            '<p style="color:#555;font-size:9pt">Mgr. Lenka Procházková | produkce '
            "online<br>Pražský týdeník a.s. | Vinohradská 1200/44, 120 00 Praha 2<br>"
            f"IČ: {I21[:3]} {I21[3:5]} {I21[5:]} | DIČ: CZ{I21} | ID DS: u4f8kzb<br>"
            "T: +420 222 518 340 | M: +420 777 900 112 (jen SMS)<br>"
            '<a href="https://prazskytydenik.example">prazskytydenik.example</a></p>'
            "</body></html>"
        ),
    },
    {
        "id": "vb022-databox-natural-person-txt",
        "description": "a freelance journalist's personal data box (no IČO); the TXT file "
        "is the application, the annotation a title",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Tereza Nováková",
            None,
            "e2s6hjv",
            ["192.0.2.55"],
            [],
            "Tereza Nováková",
            "tereza.novakova@pisu.example",
            "+420775604213",
        ),
        "subject": "Žádost o přístup k XML – T. Nováková",
        "databox": {
            "box": "e2s6hjv",
            "sender": "Tereza Nováková",
            "address": "Kotlářská 19, 602 00 Brno",
            "type": 40,
        },
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Dobrý den,\n\n"
                "jsem novinářka na volné noze (píšu pro několik regionálních webů) a žádám o "
                "přístup k průběžným výsledkům voleb ve formátu XML.\n\n"
                "Produkční IP mého VPS: 192.0.2.55\n"
                "Testovací IP: žádná\n\n"
                "Kontakt: tereza.novakova@pisu.example, +420 775 604 213\n\n"
                "Tereza Nováková\nBrno, 17. 9. 2025\n",
            )
        ],
    },
    {
        "id": "vb023-xlsx-old-addresses-status-column",
        "description": "XLSX with a status column: two addresses marked 'zrušeno' from the last "
        "election are left out",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Infoportál Znojemsko s.r.o.",
            I23,
            None,
            ["203.0.113.33", "203.0.113.34"],
            ["203.0.113.38"],
            "Roman Šebesta",
            "sebesta@znojemsko.example",
            "+420515226890",
        ),
        "from": "Roman Šebesta <sebesta@znojemsko.example>",
        "subject": "aktualizace IP pro volby",
        "headers": SEZNAM,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\nžádáme znovu o přístup k XML výsledkům. Od minulých voleb jsme "
            "stěhovali servery, aktuální stav je v tabulce (zrušené adresy prosím "
            "nepovolujte).\n\nRoman Šebesta\nInfoportál Znojemsko s.r.o.\n"
            f"IČO {I23}, tel. 515 226 890\n"
        ),
        "attachments": [
            (
                "xlsx",
                "IP_Znojemsko_2025.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["IP adresa", "Účel", "Stav"],
                            ["203.0.113.12", "produkce", "zrušeno (2021)"],
                            ["203.0.113.13", "test", "zrušeno (2021)"],
                            ["203.0.113.33", "produkce", "aktivní"],
                            ["203.0.113.34", "produkce", "aktivní"],
                            ["203.0.113.38", "test", "aktivní"],
                        ],
                    },
                    {
                        "title": "Poznámky",
                        "rows": [["Servery hostuje Master Internet, smlouva č. 2024/118."]],
                    },
                ],
            )
        ],
    },
    {
        "id": "vb024-english-pdf-yes-no-columns",
        "description": "English-language PDF form from a Czech-registered news site with "
        "Yes/No columns, both requested, the contact a named colleague",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Central Europe Wire s.r.o.",
            ico("0412389"),
            None,
            ["198.51.100.90"],
            ["198.51.100.91"],
            "Daniel Roth",
            "d.roth@cewire.example",
            "+420605552781",
        ),
        "from": '"Harper, Sophie" <s.harper@cewire.example>',
        "subject": "Application form - results feed and filming",
        "headers": IPHONE,
        "body": (
            "Hi, attached is our signed form. Daniel Roth from our tech team will be your "
            "contact.\nThanks, Sophie\n\nSent from my iPhone\n"
        ),
        "attachments": [
            (
                "pdf",
                "CEW_application.pdf",
                [
                    "Central Europe Wire s.r.o., Karlín, Prague, Company ID (IČO) "
                    f"{ico('0412389')}",
                    "Application to the Czech Statistical Office",
                    {
                        "rows": [
                            ["Request", "Yes", "No"],
                            ["Access to the XML results server", "X", ""],
                            ["Recording at a collection point", "X", ""],
                        ],
                        "widths": [220, 50, 50],
                    },
                    "Production IP: 198.51.100.90     Test IP: 198.51.100.91",
                    "Contact: Daniel Roth, d.roth@cewire.example, +420 605 552 781",
                    "Signed: Sophie Harper, Managing Editor, 18 September 2025",
                ],
            )
        ],
    },
    {
        "id": "vb025-databox-annotation-replaces-contact",
        "description": "data message: the DOCX names one contact, the annotation replaces him "
        "with a colleague and gives her e-mail and phone",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Rádio Polabí s.r.o.",
            I25,
            "r8d3wma",
            ["192.0.2.170", "192.0.2.171"],
            ["192.0.2.175"],
            "Ivana Kubíčková",
            "kubickova@radiopolabi.example",
            "+420604118227",
        ),
        "subject": (
            "Žádost o přístup k výsledkům voleb – příloha. Změna: kontaktní osobou místo "
            "p. Dvořáka bude Ivana Kubíčková, kubickova@radiopolabi.example, 604 118 227."
        ),
        "databox": {
            "box": "r8d3wma",
            "sender": "Rádio Polabí s.r.o.",
            "address": "Husova 3, 290 01 Poděbrady",
        },
        "attachments": [
            (
                "docx",
                "zadost_radio_polabi.docx",
                {
                    "blocks": [
                        f"Rádio Polabí s.r.o., Husova 3, 290 01 Poděbrady, IČO: {I25}",
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["Typ", "IP"],
                                ["produkční", "192.0.2.170"],
                                ["produkční", "192.0.2.171"],
                                ["testovací", "192.0.2.175"],
                            ]
                        },
                        "Kontaktní osoba: Tomáš Dvořák, dvorak@radiopolabi.example, "
                        "tel. 723 410 880",
                        "Poděbrady 9. 9. 2025",
                    ]
                },
            )
        ],
    },
    {
        "id": "vb026-rtf-respectively-iso-8859-2",
        "description": "iso-8859-2 cover; RTF letter gives production and test 'v tomto "
        "pořadí' and asks for filming too",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "TV Pootaví, spol. s r.o.",
            I26,
            None,
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Hana Kolářová",
            "kolarova@tvpootavi.example",
            "+420376508441",
        ),
        "from": "Hana Kolářová <kolarova@tvpootavi.example>",
        "subject": "Žádost – TV Pootaví",
        "headers": GMAIL,
        "charset": "iso-8859-2",
        "body": "Dobrý den, zasílám žádost v RTF. Hana Kolářová, TV Pootaví\n",
        "attachments": [
            (
                "rtf",
                "zadost_TVP.rtf",
                [
                    f"TV Pootaví, spol. s r.o.\nNábřeží 1. máje 48, 341 01 Horažďovice\nIČO {I26}",
                    "Věc: žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML. Produkční a testovací "
                    "adresa našeho serveru jsou 192.0.2.33 a 192.0.2.34 (v tomto pořadí).",
                    "Dále žádáme o povolení natáčet na sběrném místě v Klatovech.",
                    "Kontaktní osoba: Hana Kolářová, tel.: 376 508 441, "
                    "e-mail: kolarova@tvpootavi.example",
                ],
            )
        ],
    },
    {
        "id": "vb027-pdf-netmask-version-numbers",
        "description": "a technical annex in a PDF: an address with a netmask 255.255.255.252 "
        "(a block of four), a library version and a date that look like addresses",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Moravskoslezský server, a.s.",
            I27,
            None,
            ["203.0.113.40", "203.0.113.41", "203.0.113.42", "203.0.113.43"],
            [],
            "Pavel Ryšavý",
            "rysavy@msserver.example",
            "+420596118240",
        ),
        "from": "Pavel Ryšavý <rysavy@msserver.example>",
        "subject": "Technická příloha k žádosti o XML",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nMoravskoslezský server, a.s. žádá o přístup k výsledkům voleb "
            f"(IČO {I27}). Technické údaje jsou v PDF příloze. Testovací prostředí "
            "nemáme.\n\nPavel Ryšavý, vedoucí provozu, 596 118 240\n"
        ),
        "attachments": [
            (
                "pdf",
                "technicka_priloha.pdf",
                [
                    "Technická příloha – přístup k XML výsledkům",
                    "Produkční síť: 203.0.113.40 maska 255.255.255.252",
                    "Klient: libcurl 8.5.0, OpenSSL 3.0.13, parser xml-stream 2.1.4.2",
                    "Nasazení: 01.10.2025, frekvence dotazů 1× za 15 s",
                    "Kontakt pro provoz: Pavel Ryšavý, rysavy@msserver.example, +420 596 118 240",
                ],
            )
        ],
    },
    {
        "id": "vb028-databox-pdf-bracket-ano-ne",
        "description": "data message with a PDF form in '[X] ANO [ ] NE' notation: XML no, "
        "filming yes; the annotation names the collection point",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FILM],
            "Obec Dolní Lhota",
            I28,
            "z5g7kpd",
            [],
            [],
            "Miroslava Šindelářová",
            "starostka@dolnilhota.example",
            "+420556741203",
        ),
        "subject": "Žádost obce Dolní Lhota – natáčení pro obecní kroniku, sběrné místo Opava",
        "databox": {
            "box": "z5g7kpd",
            "sender": "Obec Dolní Lhota",
            "address": "Dolní Lhota 1, 747 66 Dolní Lhota",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "formular_DL.pdf",
                [
                    f"Obec Dolní Lhota, IČO {I28}",
                    "Žádost – volby do Poslanecké sněmovny 2025",
                    "Přístup k výsledkům ve formátu XML:     [ ] ANO   [X] NE",
                    "Povolení pořizovat záznam na sběrném místě:     [X] ANO   [ ] NE",
                    "Účel: videozáznam pro obecní kroniku a zpravodaj",
                    "Kontaktní osoba: Miroslava Šindelářová, starostka",
                    "tel. 556 741 203, e-mail starostka@dolnilhota.example",
                ],
            )
        ],
    },
]
