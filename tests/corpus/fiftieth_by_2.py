"""Fiftieth held-out part ``by``, cases by015–by028: a cover that corrects the PDF's test
address, a data message with a bare annotation and an RTF with IPv6, an empty mail with an
ODT ANO/NE form, a Slovak applicant's form, a reply with a second workbook under quoted
history, a data message with a letterhead DOCX and a /31, a freelancer's TXT, an English form
with its example left in, a data message with an older and a newer ODT, a cover that withdraws
filming, a three-sheet workbook with notes and a totals row, a regional authority's form
adapted for filming, a data message with a bracket form and an HTML role-column table.
Written by hand apart from the extraction rules (see make_fiftieth_by); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftieth_by_common import (
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I15, I16, I17, I18, I19 = (
    ico("2836014"),
    ico("0728459"),
    ico("2560372"),
    ico("5031846"),
    ico("0284617"),
)
I20, I23, I24, I25, I26 = (
    ico("2907153"),
    ico("0456920"),
    ico("2742608"),
    ico("0917364"),
    ico("2618075"),
)
I27, I28 = ico("0390548"), ico("2851429")

CASES: list[dict[str, Any]] = [
    {
        "id": "by015-cover-corrects-test-ip-in-pdf",
        "description": "the cover says the PDF's test address is a typo and gives the right one; "
        "the PDF itself is a tidy letter with the old value",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Zlínský obzor s.r.o.",
            I15,
            None,
            ["198.51.100.71", "198.51.100.72"],
            ["198.51.100.78"],
            "Lenka Šimková",
            "simkova@zlinskyobzor.example",
            "+420604870332",
        ),
        "from": "Lenka Šimková <simkova@zlinskyobzor.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Zlínský obzor",
        "headers": IPHONE,
        "body": "Dobrý den,\n\nposílám žádost v PDF. Až po exportu jsem si všimla, že testovací "
        "adresa je v PDF s překlepem – místo 198.51.100.77 má být 198.51.100.78. Ostatní "
        "sedí.\n\nLenka Šimková\n\nOdesláno z iPhonu\n",
        "attachments": [
            (
                "pdf",
                "ZO_zadost_CSU.pdf",
                [
                    "Zlínský obzor s.r.o., Štefánikova 210, 760 01 Zlín, IČO " + I15,
                    "Žádost o přístup k průběžným výsledkům voleb (XML)",
                    {
                        "rows": [
                            ["Adresy – produkce", "198.51.100.71<br/>198.51.100.72"],
                            ["Adresa – test", "198.51.100.77"],
                            [
                                "Kontaktní osoba",
                                "Lenka Šimková, simkova@zlinskyobzor.example, 604 870 332",
                            ],
                        ],
                        "widths": [130, 290],
                    },
                    "Ve Zlíně 8. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "by016-databox-bare-annotation-rtf-ipv6",
        "description": "data message with a bare annotation; the RTF has row headers for IPv6 "
        "production and an IPv4 test address and declines filming this time",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Pražský online deník s.r.o.",
            I16,
            "w5bjk2n",
            ["2001:db8:aa0::1", "2001:db8:aa0::2"],
            ["203.0.113.55"],
            "Petr Šindelář",
            "sindelar@prazskyonline.example",
            "+420775208341",
        ),
        "databox": box("w5bjk2n", "Pražský online deník s.r.o.", "Korunní 1180/44, 120 00 Praha 2"),
        "subject": "Žádost – volby",
        "attachments": [
            (
                "rtf",
                "zadost_POD.rtf",
                [
                    "Pražský online deník s.r.o., Korunní 1180/44, Praha 2, IČO " + I16,
                    "Žádáme o přístup k průběžným výsledkům voleb na dedikovaném serveru. O "
                    "natáčení letos nežádáme, nemáme na to kapacitu.",
                    [
                        ["IPv6 produkce", "2001:DB8:AA0::1, 2001:DB8:AA0::2"],
                        ["IPv4 test", "203.0.113.55"],
                        ["Kontakt", "Petr Šindelář"],
                        ["", "sindelar@prazskyonline.example / 775 208 341"],
                    ],
                    "Za společnost: Tereza Mlynářová, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "by017-empty-odt-ano-ne-both",
        "description": "empty body from a phone; the ODT form has ANO/NE columns marked with X "
        "for both requests and the contact in a separate block below the addresses",
        "style": Style.EMPTY,
        "labels": L(
            [FEED, FILM],
            "Rádio Beskydy Plus s.r.o.",
            I17,
            None,
            ["198.18.66.10"],
            ["198.18.66.20"],
            "Radka Mičková",
            "mickova@radiobeskydy.example",
            "+420739206415",
        ),
        "from": "Radka Mičková <mickova@radiobeskydy.example>",
        "subject": "Fwd: formulář ČSÚ",
        "headers": K9,
        "body": "",
        "attachments": [
            (
                "odt",
                "formular_CSU_RBP.odt",
                [
                    "Rádio Beskydy Plus s.r.o. – Frýdlantská 1440, 738 01 Frýdek-Místek",
                    [
                        ["Požadujeme", "ANO", "NE"],
                        ["přístup k výsledkům voleb (XML)", "X", ""],
                        ["natáčení ve volební noci na pracovišti ČSÚ", "X", ""],
                    ],
                    [
                        ["Produkční IP", "198.18.66.10"],
                        ["Testovací IP", "198.18.66.20"],
                    ],
                    "Kontaktní osoba: Radka Mičková, mickova@radiobeskydy.example, "
                    "tel. 739 206 415",
                    "IČO: " + I17,
                ],
            )
        ],
    },
    {
        "id": "by018-slovak-publisher-docx-form",
        "description": "a Slovak publisher writes in Slovak on its own DOCX form; contact "
        "surname first, a +421 mobile, 'žiadame' and 'nežiadame' marks for the two requests",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Záhorské správy, s. r. o.",
            I18,
            None,
            ["192.0.2.200"],
            ["192.0.2.201"],
            "Marián Kováčik",
            "kovacik@zahorskespravy.example",
            "+421905318227",
        ),
        "from": "Marian Kovacik <kovacik@zahorskespravy.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": GMAIL,
        "body": "Dobrý deň,\n\nv prílohe posielame žiadosť o prístup k výsledkom volieb do "
        "Poslaneckej snemovne. Ďakujeme.\n\nS pozdravom\nMarián Kováčik\n",
        "attachments": [
            (
                "docx",
                "ziadost_ZS.docx",
                {
                    "header": "Záhorské správy, s. r. o. | Námestie slobody 6, 901 01 Malacky",
                    "footer": "IČO: " + I18 + " | zapísaná v OR OS Bratislava I",
                    "blocks": [
                        "Žiadosť o prístup k priebežným výsledkom volieb",
                        {
                            "rows": [
                                ["Predmet žiadosti", "Označenie"],
                                ["prístup k XML výsledkom", "žiadame"],
                                ["natáčanie na pracovisku ČSÚ", "nežiadame"],
                            ]
                        },
                        {
                            "rows": [
                                ["Produkčná IP adresa", "192.0.2.200"],
                                ["Testovacia IP adresa", "192.0.2.201"],
                                ["Kontaktná osoba", "Kováčik Marián"],
                                ["Mobil", "+421 905 318 227"],
                                ["E-mail", "kovacik@zahorskespravy.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "by019-reply-second-workbook-under-quoted-history",
        "description": "reply to the office's query with a v2 workbook that replaces the first; "
        "the quoted history holds the old address and the office's signature; the contact named "
        "in the reply is not the sender",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Pošumavské noviny s.r.o.",
            I19,
            None,
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.149"],
            "Milan Brož",
            "broz@posumavskenoviny.example",
            "+420608447190",
        ),
        "from": "Alena Kratochvílová <kratochvilova@posumavskenoviny.example>",
        "subject": "RE: Vaše žádost o přístup k výsledkům voleb – doplnění",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\n\ndoplňuji – v příloze je nová tabulka (v2), tu první prosím "
        "zahoďte. Kontaktní osobou bude Ing. Milan Brož (broz@posumavskenoviny.example, "
        "608 447 190).\n\nAlena Kratochvílová\nPošumavské noviny s.r.o.\n\n"
        "From: Podatelna ČSÚ <podatelna@czso.cz>\nSent: Tuesday, September 9, 2025 10:12\n"
        "Subject: Vaše žádost o přístup k výsledkům voleb – doplnění\n\n"
        "> Dobrý den,\n> v žádosti chybí kontaktní osoba a testovací IP adresa. Prosíme o "
        "doplnění.\n> Oddělení informačních služeb, Český statistický úřad\n"
        "> podatelna@czso.cz | +420 274 052 733\n>\n"
        "> From: Alena Kratochvílová\n> Posíláme žádost o přístup k XML, produkční IP "
        "203.0.113.138.\n",
        "attachments": [
            (
                "xlsx",
                "PN_zadost_v2.xlsx",
                [
                    {
                        "title": "v2",
                        "rows": [
                            ["Žadatel", "Pošumavské noviny s.r.o.", ""],
                            ["IČO", I19, ""],
                            ["Role", "IP", "Poznámka"],
                            ["produkce", "203.0.113.140", "nahrazuje 203.0.113.138"],
                            ["produkce", "203.0.113.141", ""],
                            ["test", "203.0.113.149", "doplněno"],
                            ["Kontakt", "Ing. Milan Brož", "broz@posumavskenoviny.example"],
                            ["Telefon", "608 447 190", ""],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "by020-databox-docx-letterhead-slash31",
        "description": "data message with a bare annotation; the DOCX letter (IČO and box ID in "
        "the footer) asks for both, production as a /31, testing from production",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Vydavatelství Horácko, a.s.",
            I20,
            "p6ydc3x",
            ["198.51.100.180", "198.51.100.181"],
            [],
            "Martin Kozel",
            "kozel@horacko.example",
            "+420566217904",
        ),
        "databox": box(
            "p6ydc3x", "Vydavatelství Horácko, a.s.", "Náměstí 12, 591 01 Žďár nad Sázavou"
        ),
        "subject": "Žádost",
        "attachments": [
            (
                "docx",
                "Horacko_zadost_CSU.docx",
                {
                    "header": "VYDAVATELSTVÍ HORÁCKO, a.s.",
                    "footer": "Náměstí 12, Žďár nad Sázavou · IČO " + I20 + " · ID DS p6ydc3x",
                    "blocks": [
                        "Český statistický úřad",
                        "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                        "Žádáme o zpřístupnění průběžných výsledků na dedikovaném serveru pro "
                        "síť 198.51.100.180/31. Testovat budeme z produkčních adres, samostatnou "
                        "testovací adresu nemáme.",
                        "Dále žádáme o povolení natáčet na krajském pracovišti v Jihlavě.",
                        "Kontakt: Martin Kozel, kozel@horacko.example, tel. 566 217 904",
                        "Ing. Simona Bártová, předsedkyně představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "by021-freelancer-txt-no-ico",
        "description": "a freelancer without IČO sends a TXT; one production address, testing on "
        "the same one",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Adam Pluhař",
            None,
            None,
            ["203.0.113.222"],
            [],
            "Adam Pluhař",
            "adam.pluhar@posta.example",
            "+420720611384",
        ),
        "from": "Adam Pluhař <adam.pluhar@posta.example>",
        "subject": "žádost o xml",
        "headers": SAMSUNG,
        "body": "Dobrý den, v příloze žádost. Díky. A. Pluhař\n",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB\n\nŽadatel: Adam Pluhař, nezávislý datový "
                "novinář (bez IČO, publikuji na vlastním webu)\nPožaduji přístup k průběžným "
                "výsledkům v XML.\nIP adresa serveru: 203.0.113.222\nTestovat budu na tom samém "
                "stroji.\n\nE-mail: adam.pluhar@posta.example\nTel.: 720 611 384\n",
            )
        ],
    },
    {
        "id": "by022-english-pdf-form-example-left",
        "description": "an English-language outlet without IČO; the PDF form keeps its hints "
        "('example: 2001:db8::1', 'fill in') beside IPv6 production and IPv4 test, a UK phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Central Europe Wire Ltd",
            None,
            None,
            ["2001:db8:c0de::15", "2001:db8:c0de::16"],
            ["198.51.100.240"],
            "Oliver Grant",
            "grant@cewire.example",
            "+442079460321",
        ),
        "from": "Oliver Grant <grant@cewire.example>",
        "subject": "Election results feed - application",
        "headers": ROUNDCUBE,
        "body": "Hello,\n\nplease find our application attached. We do not need to film.\n\n"
        "Best regards\nOliver Grant\nCentral Europe Wire\n",
        "attachments": [
            (
                "pdf",
                "CEW_application.pdf",
                [
                    "Central Europe Wire Ltd · 14 Harbour Row, London · Company no. 09417263",
                    "APPLICATION – ACCESS TO ELECTION RESULTS (XML)",
                    {
                        "rows": [
                            ["Field", "Value"],
                            [
                                "Production IP (example: 2001:db8::1)",
                                "2001:db8:c0de::15, 2001:db8:c0de::16",
                            ],
                            ["Test IP (fill in)", "198.51.100.240"],
                            ["Contact person", "Oliver Grant"],
                            ["Phone", "+44 20 7946 0321"],
                            ["E-mail", "grant@cewire.example"],
                        ],
                        "widths": [170, 250],
                    },
                ],
            )
        ],
    },
    {
        "id": "by023-databox-older-and-newer-odt",
        "description": "data message with the original ODT and a corrected one; the annotation "
        "says the newer adds a test address and changes the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Haná, spol. s r.o.",
            I23,
            "c4vmr7a",
            ["192.0.2.90", "192.0.2.91"],
            ["192.0.2.95"],
            "Iveta Zedníková",
            "zednikova@radiohana.example",
            "+420585330618",
        ),
        "databox": box("c4vmr7a", "Rádio Haná, spol. s r.o.", "Horní náměstí 5, 779 00 Olomouc"),
        "subject": "Přikládáme původní žádost z 2. 9. a opravenou z 9. 9. – v opravené je "
        "doplněna testovací adresa a nový kontakt (p. Zedníková místo p. Kopeckého).",
        "attachments": [
            (
                "odt",
                "zadost_2025-09-02.odt",
                [
                    "Rádio Haná, spol. s r.o., IČO " + I23,
                    "Žádost o přístup k průběžným výsledkům voleb (XML)",
                    [["Produkční IP", "192.0.2.90, 192.0.2.91"], ["Testovací IP", "—"]],
                    "Kontakt: Pavel Kopecký, kopecky@radiohana.example, 585 330 601",
                ],
            ),
            (
                "odt",
                "zadost_2025-09-09_oprava.odt",
                [
                    "Rádio Haná, spol. s r.o., IČO " + I23,
                    "Žádost o přístup k průběžným výsledkům voleb (XML) – oprava",
                    [["Produkční IP", "192.0.2.90, 192.0.2.91"], ["Testovací IP", "192.0.2.95"]],
                    "Kontakt: Iveta Zedníková, zednikova@radiohana.example, 585 330 618",
                ],
            ),
        ],
    },
    {
        "id": "by024-cover-withdraws-filming",
        "description": "the DOCX ticks both requests; the short phone cover strikes filming",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Jesenický týdeník s.r.o.",
            I24,
            None,
            ["198.18.90.4"],
            ["198.18.90.5"],
            "Zbyněk Hrubý",
            "hruby@jesenickytydenik.example",
            "+420606135872",
        ),
        "from": "Zbyněk Hrubý <hruby@jesenickytydenik.example>",
        "subject": "zadost CSU",
        "headers": IPHONE,
        "body": "Dobrý den, posílám žádost. Natáčení prosím škrtněte, nakonec nepojedeme. "
        "Zbytek platí.\nZ. Hrubý\n",
        "attachments": [
            (
                "docx",
                "JT_zadost.docx",
                {
                    "header": "Jesenický týdeník s.r.o., IČO " + I24,
                    "blocks": [
                        "☒ přístup k výsledkům voleb (XML)",
                        "☒ natáčení na pracovišti ČSÚ (1 kameraman)",
                        {
                            "rows": [
                                ["Produkce", "198.18.90.4"],
                                ["Test", "198.18.90.5"],
                                [
                                    "Kontakt",
                                    "Zbyněk Hrubý, 606 135 872, hruby@jesenickytydenik.example",
                                ],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "by025-workbook-three-sheets-notes-totals",
        "description": "three sheets: the request, addresses with a notes column (one replaced) "
        "and a 'Součet' row, and several people with a 'kontakt pro ČSÚ' ano/ne column",
        "style": Style.TABLE,
        "labels": L(
            [FEED, FILM],
            "Deník Vltava a.s.",
            I25,
            None,
            ["203.0.113.30", "203.0.113.31", "203.0.113.33"],
            ["203.0.113.40"],
            "Monika Urbanová",
            "urbanova@denikvltava.example",
            "+420724318906",
        ),
        "from": "Redakce Deníku Vltava <redakce@denikvltava.example>",
        "subject": "Žádost – volby 2025 (sešit)",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\nžádost zasíláme jako sešit o třech listech.\n\nDěkujeme\nRedakce "
        "Deníku Vltava\n",
        "attachments": [
            (
                "xlsx",
                "DV_zadost_volby.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Deník Vltava a.s."],
                            ["IČO", I25],
                            ["XML výsledky", "ano"],
                            ["Natáčení ve volební noci", "ano (štáb viz list Kontakty)"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["#", "Role", "IP", "Poznámka"],
                            ["1", "produkce", "203.0.113.30", ""],
                            ["2", "produkce", "203.0.113.31", ""],
                            ["3", "produkce", "203.0.113.32", "nahrazena adresou .33 od 1. 9."],
                            ["4", "produkce", "203.0.113.33", "nová"],
                            ["5", "test", "203.0.113.40", ""],
                            ["Součet", "", "5", ""],
                        ],
                    },
                    {
                        "title": "Kontakty",
                        "rows": [
                            ["Jméno", "Funkce", "Kontakt pro ČSÚ", "E-mail", "Telefon"],
                            [
                                "Lukáš Beneš",
                                "šéfredaktor",
                                "ne",
                                "benes@denikvltava.example",
                                "724 318 900",
                            ],
                            [
                                "Monika Urbanová",
                                "IT",
                                "ano",
                                "urbanova@denikvltava.example",
                                "724 318 906",
                            ],
                            [
                                "Daniel Fiala",
                                "kameraman",
                                "ne (štáb)",
                                "fiala@denikvltava.example",
                                "724 318 915",
                            ],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "by026-regional-authority-form-filming-8bit",
        "description": "8bit iso-8859-2 cover; the RTF is a regional authority's accreditation "
        "form adapted for ČSÚ, asking only to film, the contact written surname first",
        "style": Style.ADAPTED,
        "labels": L(
            [FILM],
            "Ústecký expres, s.r.o.",
            I26,
            None,
            [],
            [],
            "Josef Kratochvíl",
            "kratochvil@usteckyexpres.example",
            "+420475201339",
        ),
        "from": "Josef Kratochvíl <kratochvil@usteckyexpres.example>",
        "subject": "žádost o povolení natáčení",
        "headers": EVOLUTION,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": "Dobrý den,\n\nposílám žádost na formuláři, který používáme pro krajský úřad - "
        "upravil jsem ho pro vás. Jde jen o natáčení, data z voleb nepotřebujeme.\n\n"
        "Josef Kratochvíl\n",
        "attachments": [
            (
                "rtf",
                "akreditace_kraj_upraveno_CSU.rtf",
                [
                    "Krajský úřad Ústeckého kraje – ŽÁDOST O AKREDITACI NOVINÁŘE\n"
                    "(formulář kraje, upraveno pro Český statistický úřad)",
                    [
                        ["Médium / vydavatel", "Ústecký expres, s.r.o."],
                        ["IČO", I26],
                        ["Akreditace na zasedání zastupitelstva dne", "—"],
                        ["Žádáme o", "povolení natáčet na pracovišti ČSÚ v Ústí nad Labem"],
                        ["Příjmení, jméno", "Kratochvíl Josef"],
                        ["Telefon", "475 201 339"],
                        ["E-mail", "kratochvil@usteckyexpres.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "by027-databox-pdf-brackets-film-only",
        "description": "data message with a terse annotation; the PDF [x]/[ ] form asks only to "
        "film, leaving the XML box and its address lines empty",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Kroměřížská televize, s.r.o.",
            I27,
            "f8ksu2g",
            [],
            [],
            "Radek Slanina",
            "slanina@kmtv.example",
            "+420573338210",
        ),
        "databox": box(
            "f8ksu2g", "Kroměřížská televize, s.r.o.", "Velké náměstí 3, 767 01 Kroměříž"
        ),
        "subject": "Žádost o povolení",
        "attachments": [
            (
                "pdf",
                "KTV_zadost.pdf",
                [
                    "Kroměřížská televize, s.r.o. · IČO " + I27,
                    "[ ] přístup k průběžným výsledkům (XML)<br/>"
                    "[x] povolení natáčet na pracovišti ČSÚ",
                    {
                        "rows": [
                            ["Produkční IP", ""],
                            ["Testovací IP", ""],
                            ["Kontakt", "Radek Slanina, slanina@kmtv.example, 573 338 210"],
                        ],
                        "widths": [120, 300],
                    },
                ],
            )
        ],
    },
    {
        "id": "by028-alternative-html-role-column",
        "description": "multipart/alternative; the HTML table has a role column (produkce, "
        "záloha, test, a dev address marked not to register) and a signed PDF confirmation",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Český venkov online s.r.o.",
            I28,
            None,
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.99"],
            "Vendula Pešková",
            "peskova@venkovonline.example",
            "+420777540362",
        ),
        "from": "Vendula Pešková <peskova@venkovonline.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nžádáme o přístup k výsledkům voleb v XML.\n\nRole | IP\n"
        "produkce | 198.51.100.90\nzáloha | 198.51.100.91\ntest | 198.51.100.99\n"
        "vývoj (jen interně, nezapisovat) | 198.51.100.98\n\nKontakt: Vendula Pešková, "
        "777 540 362\nČeský venkov online s.r.o., IČO " + I28 + "\n",
        "html": "<html><body><p>Dobrý den,</p><p>žádáme o přístup k výsledkům voleb v XML.</p>"
        "<table border='1'><tr><th>Role</th><th>IP</th></tr>"
        "<tr><td>produkce</td><td>198.51.100.90</td></tr>"
        "<tr><td>záloha</td><td>198.51.100.91</td></tr>"
        "<tr><td>test</td><td>198.51.100.99</td></tr>"
        "<tr><td>vývoj (jen interně, nezapisovat)</td><td>198.51.100.98</td></tr></table>"
        "<p>Kontakt: Vendula Pešková, 777 540 362<br>Český venkov online s.r.o., IČO "
        + I28
        + "</p></body></html>",
        "attachments": [
            (
                "pdf",
                "potvrzeni_jednatele.pdf",
                [
                    "Potvrzujeme, že žádost zaslaná e-mailem paní Vendulou Peškovou je podána "
                    "jménem společnosti Český venkov online s.r.o., IČO " + I28 + ".",
                    "Jan Kos, jednatel",
                ],
            )
        ],
    },
]
