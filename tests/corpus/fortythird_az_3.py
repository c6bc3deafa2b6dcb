"""Forty-third held-out part ``az``, cases az029–az042: an empty body with a PDF letter and a
written range, a long annotation over a two-sheet workbook, an address with a netmask, a
Hungarian contact written surname first, a university faculty's data message, a windows-1250
HTML form with ANO/NE, a cover note that changes the contact, IPv6 production without a test
address, an empty mail that only carries an .eml, letters with two signers and a data message
whose annotation withdraws the filming the file asks for. Written by hand apart from the
extraction rules (see make_fortythird_az); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortythird_az_common import (
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I31, I33, I34 = (
    ico("2805163"),
    ico("2159804"),
    ico("0060217"),
    ico("2498036"),
)
I35, I36, I37, I38, I39 = (
    ico("0716589"),
    ico("2587340"),
    ico("0394175"),
    ico("2731658"),
    ico("8106423"),
)
I40, I42 = ico("0258647"), ico("2964810")

CASES: list[dict[str, Any]] = [
    {
        "id": "az029-empty-body-pdf-letter-range",
        "description": "empty body sent from a phone; the PDF letter writes the production "
        "addresses as a dash range and asks for both",
        "style": Style.EMPTY,
        "labels": L(
            [FEED, FILM],
            "Slovácký expres s.r.o.",
            I29,
            None,
            ["203.0.113.10", "203.0.113.11", "203.0.113.12"],
            ["203.0.113.20"],
            "Roman Hubáček",
            "hubacek@slovackyexpres.example",
            "+420608773512",
        ),
        "from": "Roman Hubáček <hubacek@slovackyexpres.example>",
        "subject": "Žádost",
        "headers": IPHONE,
        "body": "",
        "attachments": [
            (
                "pdf",
                "Zadost_SE_scan.pdf",
                [
                    "SLOVÁCKÝ EXPRES s.r.o.\nMasarykovo nám. 21, 686 01 Uherské Hradiště\n"
                    "IČO: " + I29,
                    "Věc: přístup k výsledkům voleb a natáčení",
                    "Žádáme o přístup k XML s výsledky voleb z adres 203.0.113.10 – "
                    "203.0.113.12 (ostrý provoz), testovací 203.0.113.20. Dále žádáme "
                    "o povolení natáčet na pracovišti ve Zlíně.",
                    "Kontakt: Roman Hubáček, šéfredaktor, 608 773 512, "
                    "hubacek@slovackyexpres.example",
                    "Roman Hubáček v. r.",
                ],
            )
        ],
    },
    {
        "id": "az030-databox-long-annotation-two-sheets",
        "description": "data message with a long annotation naming both requests; the "
        "workbook's second sheet lists addresses with Produkce/Test in a role column",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Česká regionální média a.s.",
            None,
            "c4rm7ed",
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.155", "198.51.100.156"],
            "Adéla Nováková",
            "novakova@crmedia.example",
            "+420226014389",
        ),
        "databox": box("c4rm7ed", "Česká regionální média a.s.", "Sokolovská 190, 186 00 Praha 8"),
        "subject": "Žádost Česká regionální média a.s. o přístup k výsledkům voleb ve formátu "
        "XML a o povolení natáčet na krajských pracovištích ČSÚ v Brně a Ostravě. Technické "
        "údaje a kontakt v příloze (list IP a list Kontakt).",
        "attachments": [
            (
                "xlsx",
                "CRM_volby.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Adresa", "Role"],
                            ["198.51.100.150", "Produkce"],
                            ["198.51.100.151", "Produkce"],
                            ["198.51.100.155", "Test"],
                            ["198.51.100.156", "Test"],
                        ],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Kontaktní osoba", "Nováková Adéla"],
                            ["E-mail", "novakova@crmedia.example"],
                            ["Telefon (přímá linka)", "226 014 389"],
                            ["Ústředna", "226 014 000"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "az031-docx-netmask",
        "description": "cover mail; the DOCX gives the production network as an address with "
        "a netmask (four addresses) and one test address",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Teplický večerník s.r.o.",
            I31,
            None,
            ["192.0.2.64", "192.0.2.65", "192.0.2.66", "192.0.2.67"],
            ["192.0.2.70"],
            "Miloš Sedláček",
            "sedlacek@teplickyvecernik.example",
            "+420417330258",
        ),
        "from": "Miloš Sedláček <sedlacek@teplickyvecernik.example>",
        "subject": "žádost o XML",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\nžádost v příloze.\nM. Sedláček, Teplický večerník\n",
        "attachments": [
            (
                "docx",
                "TV_zadost_XML.docx",
                {
                    "blocks": [
                        "Teplický večerník s.r.o., Krupská 12, 415 01 Teplice, IČO " + I31,
                        "Žádost o přístup k dedikovanému serveru s výsledky voleb",
                        {
                            "rows": [
                                ["Produkční síť", "192.0.2.64 maska 255.255.255.252"],
                                ["Testovací stroj", "192.0.2.70"],
                                ["Kontaktní osoba", "Miloš Sedláček"],
                                ["Tel.", "417 330 258"],
                                ["E-mail", "sedlacek@teplickyvecernik.example"],
                            ]
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "az032-hungarian-pdf-surname-first",
        "description": "Hungarian broadcaster writes English; the PDF form gives the contact "
        "surname first in the Hungarian way, a Hungarian phone, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Tisza Média Kft.",
            None,
            None,
            ["198.18.90.14", "198.18.90.15"],
            ["198.18.90.30"],
            "Szabó Katalin",
            "szabo.katalin@tiszamedia.example",
            "+36301847562",
        ),
        "from": "Szabó Katalin <szabo.katalin@tiszamedia.example>",
        "subject": "Election results feed - access request (Tisza Média)",
        "headers": GMAIL,
        "body": (
            "Hello,\n\nwe would like to receive the Czech election results via your XML "
            "server. The completed form is attached.\n\nBest regards,\nSzabó Katalin\n"
            "Tisza Média Kft., Szeged\n"
        ),
        "attachments": [
            (
                "pdf",
                "TiszaMedia_form.pdf",
                [
                    "Application – media access",
                    {
                        "rows": [
                            ["Applicant", "Tisza Média Kft."],
                            ["Registration no.", "06-09-027415 (Cégjegyzékszám)"],
                            ["Production IP", "198.18.90.14\n198.18.90.15"],
                            ["Test IP", "198.18.90.30"],
                            ["Contact person", "Szabó Katalin"],
                            ["Phone", "+36 30 184 7562"],
                            ["E-mail", "szabo.katalin@tiszamedia.example"],
                        ],
                        "widths": [130, 280],
                    },
                ],
            )
        ],
    },
    {
        "id": "az033-databox-university-faculty-filming",
        "description": "data message from a public university's box; the PDF on faculty "
        "letterhead asks only to film for the student TV, a student is the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Polabská univerzita v Nymburce, veřejná vysoká škola",
            I33,
            "pu3nym8",
            [],
            [],
            "Kryštof Beneš",
            "krystof.benes@pun.example",
            "+420739051284",
        ),
        "databox": box(
            "pu3nym8", "Polabská univerzita v Nymburce", "Palackého 1, 288 02 Nymburk", kind=10
        ),
        "subject": "Žádost o povolení natáčení – studentská televize FSK",
        "attachments": [
            (
                "pdf",
                "FSK_zadost_nataceni.pdf",
                [
                    "Polabská univerzita v Nymburce, veřejná vysoká škola\nFakulta sociálních "
                    "a komunikačních studií\nIČO " + I33,
                    "Žádost o povolení pořizovat záznam",
                    "Studentská televize naší fakulty by ráda natáčela na krajském pracovišti "
                    "ČSÚ pro Středočeský kraj během zpracování výsledků voleb. O přístup "
                    "k datům nežádáme.",
                    "Kontaktní osoba: Kryštof Beneš (student, šéfredaktor TV FSK), "
                    "krystof.benes@pun.example, 739 051 284",
                    "doc. PhDr. Vladimíra Kotková, Ph.D., děkanka",
                ],
            )
        ],
    },
    {
        "id": "az034-html-windows1250-ano-ne",
        "description": "HTML-only mail in windows-1250 with an ANO/NE table: XML ANO, filming "
        "NE; addresses in a row-header table",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Kutnohorské noviny s.r.o.",
            I34,
            None,
            ["198.51.100.190"],
            ["198.51.100.191"],
            "Vladimír Šťastný",
            "stastny@khnoviny.example",
            "+420327514809",
        ),
        "from": "Vladimír Šťastný <stastny@khnoviny.example>",
        "subject": "Žádost o přístup – Kutnohorské noviny",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "cte": "qp",
        "html": (
            "<html><body><p>Dobrý den,</p><p>posílám žádost:</p>"
            "<table border=1><tr><th>Žádáme o</th><th>ANO</th><th>NE</th></tr>"
            "<tr><td>přístup k XML výsledkům</td><td>x</td><td></td></tr>"
            "<tr><td>natáčení na pracovišti</td><td></td><td>x</td></tr></table>"
            "<p></p><table border=1>"
            "<tr><th>Žadatel</th><td>Kutnohorské noviny s.r.o., IČO " + I34 + "</td></tr>"
            "<tr><th>Produkční IP</th><td>198.51.100.190</td></tr>"
            "<tr><th>Testovací IP</th><td>198.51.100.191</td></tr>"
            "<tr><th>Kontakt</th><td>Vladimír Šťastný, 327 514 809</td></tr></table>"
            "<p>S pozdravem<br>Vladimír Šťastný</p></body></html>"
        ),
        "attachments": [
            (
                "rtf",
                "potvrzeni_jednatele.rtf",
                [
                    "Potvrzuji žádost Kutnohorských novin s.r.o. zaslanou panem Šťastným.",
                    "Jan Kolář, jednatel",
                ],
            )
        ],
    },
    {
        "id": "az035-cover-changes-contact",
        "description": "the DOCX names a colleague as contact; the cover says she is on leave "
        "and the sender takes over with his own phone",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Ranní zpravodaj Most s.r.o.",
            I35,
            None,
            ["203.0.113.118"],
            ["203.0.113.119"],
            "Jan Tichý",
            "tichy@ranni-most.example",
            "+420603248170",
        ),
        "from": "Jan Tichý <tichy@ranni-most.example>",
        "subject": "Žádost o přístup k XML + změna kontaktu",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\nv příloze je naše žádost, kterou připravila kolegyně Petra "
            "Vlasáková. Ta bude ale od října na mateřské, takže kontaktní osobou místo ní "
            "budu já: Jan Tichý, tichy@ranni-most.example, 603 248 170. Jinak vše platí.\n\n"
            "Jan Tichý\nRanní zpravodaj Most\n"
        ),
        "attachments": [
            (
                "docx",
                "RZM_zadost.docx",
                {
                    "header": "Ranní zpravodaj Most s.r.o. – IČO " + I35,
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb (XML)",
                        {
                            "rows": [
                                ["Produkční IP", "203.0.113.118"],
                                ["Testovací IP", "203.0.113.119"],
                                ["Kontaktní osoba", "Petra Vlasáková"],
                                ["Telefon", "604 775 021"],
                                ["E-mail", "vlasakova@ranni-most.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "az036-databox-odt-ipv6-production-only",
        "description": "data message with an ODT: two IPv6 production addresses, test access "
        "explicitly not needed",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Digitální deník Horácko s.r.o.",
            I36,
            "d7hor2k",
            ["2001:db8:300:12::5", "2001:db8:300:12::6"],
            [],
            "Aleš Procházka",
            "prochazka@horacko-dd.example",
            "+420736190427",
        ),
        "databox": box("d7hor2k", "Digitální deník Horácko s.r.o.", "Znojemská 40, 674 01 Třebíč"),
        "subject": "Přístup k XML výsledkům voleb",
        "attachments": [
            (
                "odt",
                "zadost_DDH.odt",
                [
                    "Digitální deník Horácko s.r.o., IČO " + I36,
                    "Žádáme o přístup k výsledkům voleb ve formátu XML.",
                    [
                        ["Produkční adresy (IPv6)", "2001:db8:300:12::5\n2001:db8:300:12::6"],
                        ["Testovací adresy", "nepotřebujeme"],
                        [
                            "Kontaktní osoba",
                            "Aleš Procházka, 736 190 427, prochazka@horacko-dd.example",
                        ],
                    ],
                ],
            )
        ],
    },
    {
        "id": "az037-empty-mail-carries-eml",
        "description": "an empty mail whose only part is a forwarded .eml; the application is "
        "the inner mail of another person",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Podještědský týdeník s.r.o.",
            I37,
            None,
            ["198.18.33.2"],
            ["198.18.33.3"],
            "Hedvika Rousová",
            "rousova@podjestedsky.example",
            "+420485123907",
        ),
        "from": "redakce <redakce@podjestedsky.example>",
        "subject": "Fwd: žádost XML volby",
        "headers": SEZNAM,
        "body": "",
        "attachments": [
            (
                "eml",
                "zadost_XML_volby.eml",
                {
                    "id": "az037-inner",
                    "from": "Hedvika Rousová <rousova@podjestedsky.example>",
                    "to": "redakce@podjestedsky.example",
                    "subject": "žádost XML volby",
                    "body": (
                        "Ahoj, prosím pošlete to za nás na statistický úřad:\n\n"
                        "Podještědský týdeník s.r.o., IČO " + I37 + ", žádá o přístup "
                        "k výsledkům voleb v XML.\n"
                        "ostrá IP 198.18.33.2, testovací 198.18.33.3\n"
                        "kontakt Hedvika Rousová, 485 123 907, rousova@podjestedsky.example\n\n"
                        "Hedvika\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "az038-xlsx-ano-ne-form-cover",
        "description": "cover mail with an XLSX form: requests marked ANO/NE in a column, "
        "address rows with a merged role cell, the contact's name surname first",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Rakovnický kurýr, s.r.o.",
            I38,
            None,
            ["192.0.2.150", "192.0.2.151"],
            [],
            "Monika Šolcová",
            "solcova@rakkuryr.example",
            "+420313246055",
        ),
        "from": "Monika Šolcová <solcova@rakkuryr.example>",
        "subject": "Vyplněný formulář – Rakovnický kurýr",
        "headers": K9,
        "body": "Dobrý den, zasílám formulář v Excelu.\nŠolcová\n",
        "attachments": [
            (
                "xlsx",
                "formular_RK.xlsx",
                [
                    {
                        "title": "Formulář",
                        "rows": [
                            ["Žádost", "ANO/NE"],
                            ["přístup k výsledkům (XML)", "ANO"],
                            ["pořizování záznamů", "NE"],
                            ["", ""],
                            ["Žadatel", "Rakovnický kurýr, s.r.o."],
                            ["IČO", I38],
                            ["IP produkce", "192.0.2.150"],
                            ["", "192.0.2.151"],
                            ["IP test", "budeme testovat z produkčních adres"],
                            ["Kontaktní osoba", "ŠOLCOVÁ Monika"],
                            ["Telefon", "313 246 055"],
                            ["E-mail", "solcova@rakkuryr.example"],
                        ],
                        "merge": ["A7:A8"],
                    }
                ],
            )
        ],
    },
    {
        "id": "az039-databox-bare-annotation-casual-txt",
        "description": "natural-person business box, the bare annotation says only 'žádost'; "
        "the casual TXT file carries the application with shorthand addresses",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Ladislav Brož – Volební mapa",
            I39,
            "lb8vm4p",
            ["203.0.113.5", "203.0.113.6"],
            ["203.0.113.7"],
            "Ladislav Brož",
            "ladislav@volebnimapa.example",
            "+420722319846",
        ),
        "databox": box("lb8vm4p", "Ladislav Brož", "Okružní 17, 370 01 České Budějovice", kind=40),
        "subject": "žádost",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "dobrý den,\n"
                "provozuju web Volební mapa jako OSVČ (Ladislav Brož – Volební mapa, "
                "IČO " + I39 + ") a chtěl bych přístup k XML výsledkům.\n"
                "IP: 203.0.113.5 a .6 na ostrý provoz, .7 na testy\n"
                "mail ladislav@volebnimapa.example, tel 722319846\n"
                "díky, Brož\n",
            )
        ],
    },
    {
        "id": "az040-pdf-letter-two-signers",
        "description": "PDF letter signed by the managing director and the IT head; the "
        "letter names the IT head as contact; both requests",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Jesenický obzor s.r.o.",
            I40,
            "j2so5bz",
            ["198.51.100.210", "198.51.100.211"],
            ["198.51.100.219"],
            "Karel Vybíral",
            "vybiral@jesobzor.example",
            "+420584402176",
        ),
        "from": "Ivana Straková <strakova@jesobzor.example>",
        "subject": "Žádost Jesenický obzor – XML a natáčení",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\nza vedení společnosti přikládám podepsaný dopis.\n\n"
            "S pozdravem\nIvana Straková\njednatelka\nJesenický obzor s.r.o.\n"
            "IČO " + I40 + ", ID DS j2so5bz\n"
        ),
        "attachments": [
            (
                "pdf",
                "JO_dopis.pdf",
                [
                    "Jesenický obzor s.r.o. · Lipovská 8, 790 01 Jeseník",
                    "Věc: Žádost o přístup k výsledkům voleb a povolení natáčet",
                    "Žádáme o přístup k XML výsledkům voleb (produkce 198.51.100.210 a "
                    "198.51.100.211, test 198.51.100.219) a o povolení natáčet na "
                    "krajském pracovišti v Olomouci. Kontaktní osobou pro tuto žádost je "
                    "Karel Vybíral, vybiral@jesobzor.example, tel. 584 402 176.",
                    {
                        "rows": [
                            ["Ivana Straková\njednatelka", "Karel Vybíral\nvedoucí IT"],
                        ],
                        "widths": [200, 200],
                    },
                ],
            )
        ],
    },
    {
        "id": "az041-polish-rtf-table-no-ico",
        "description": "Polish portal writes Czech with mistakes; RTF table with row headers, "
        "a NIP instead of an IČO, Polish phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Portal Śląski sp. z o.o.",
            None,
            None,
            ["192.0.2.222"],
            ["192.0.2.223"],
            "Tomasz Wróbel",
            "t.wrobel@portalslaski.example",
            "+48601372904",
        ),
        "from": "Tomasz Wróbel <t.wrobel@portalslaski.example>",
        "subject": "Prosba o pristup k vysledkum voleb",
        "headers": GMAIL,
        "body": (
            "Dobry den,\n\nposilame prosbu o pristup k XML s vysledky voleb, udaje jsou "
            "v priloze (RTF).\n\nS pozdravem / Z poważaniem\nTomasz Wróbel\n"
        ),
        "attachments": [
            (
                "rtf",
                "wniosek_CSU.rtf",
                [
                    "Portal Śląski sp. z o.o., ul. Raciborska 44, 44-200 Rybnik",
                    [
                        ["Žadatel", "Portal Śląski sp. z o.o."],
                        ["NIP", "642-318-47-05"],
                        ["IP produkční", "192.0.2.222"],
                        ["IP testovací", "192.0.2.223"],
                        ["Kontakt", "Tomasz Wróbel, +48 601 372 904"],
                        ["E-mail", "t.wrobel@portalslaski.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "az042-databox-annotation-withdraws-filming",
        "description": "data message: the DOCX asks for both, the annotation says the filming "
        "request is withdrawn and only the XML access stands",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Berounský posel s.r.o.",
            I42,
            "b5rp3ul",
            ["198.18.140.21"],
            ["198.18.140.29"],
            "Zuzana Hamplová",
            "hamplova@berounskyposel.example",
            "+420311625408",
        ),
        "databox": box("b5rp3ul", "Berounský posel s.r.o.", "Husovo nám. 60, 266 01 Beroun"),
        "subject": "Žádost o přístup k XML. Žádost o natáčení uvedenou v příloze bereme zpět, "
        "platí jen přístup k datům.",
        "attachments": [
            (
                "docx",
                "BP_zadost.docx",
                {
                    "header": "Berounský posel s.r.o. | IČO " + I42 + " | DS b5rp3ul",
                    "footer": "strana 1/1",
                    "blocks": [
                        "Žádáme o:\n☒ přístup k výsledkům voleb (XML)\n☒ povolení natáčet na "
                        "pracovišti ČSÚ",
                        {
                            "rows": [
                                ["Produkční IP", "198.18.140.21"],
                                ["Testovací IP", "198.18.140.29"],
                                ["Kontaktní osoba", "Zuzana Hamplová"],
                                ["Telefon", "311 625 408"],
                                ["E-mail", "hamplova@berounskyposel.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
]
