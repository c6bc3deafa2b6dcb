"""Sixty-second held-out part ``do``, cases do001–do014: a DOCX form whose check boxes are Word
content controls and whose values sit in plain-text controls, a DOCX letter whose footnote marks
an address as only for testing, an XLSX with an instructions sheet before the data sheet, a data
message whose XLSX hides last year's rows, a DOCX numbered list of addresses with roles after
them, an XLSX with role cells merged across address rows, a UTF-16 text file with its BOM, a
Mac text file with CR line ends, an RTF table with ANO/NE, two data messages carrying a signed
PDF and the same form as DOCX (identical, then different), an ODS with spanned role cells in a
natural person's data message, a DOCX whose endnote holds the contact and a forwarded .eml
carrying a PDF. Written by hand apart from the extraction rules (see make_sixtysecond_do);
labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixtysecond_do_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    c,
    ico,
)

A1, A2, A3, A4, A5 = ico("2713584"), ico("0639217"), ico("2884106"), ico("2603971"), ico("2759438")
A8, A9, A10, A11 = ico("7410263"), ico("2652890"), ico("0570348"), ico("2948125")
A12, A13, A14 = ico("8803165"), ico("2615734"), ico("2791052")

OFFICE = (
    "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10\n"
    "IČO 00025593, datová schránka 2gfaasy, tel. 274 052 733"
)

_VM_ROWS = [
    ["Žadatel", "Valašský magazín s.r.o."],
    ["IČO", A10],
    ["Sídlo", "Horní náměstí 17, 757 01 Valašské Meziříčí"],
    ["Požadujeme", "☑ přístup k výsledkům v XML   ☐ natáčení na sběrném místě"],
    ["Produkční IP", "203.0.113.50, 203.0.113.51"],
    ["Testovací IP", "203.0.113.59"],
    ["Kontaktní osoba", "Lenka Bartošová"],
    ["E-mail", "bartosova@valasskymagazin.example"],
    ["Telefon", "571 611 420"],
]

CASES: list[dict[str, Any]] = [
    c(
        "do001-docx-content-control-checkboxes",
        "DOCX form filled in Word: the two request boxes are check-box content controls (XML "
        "checked, filming unchecked) and every value sits in a plain-text content control; the "
        "cover mail says only 'vyplněný formulář'",
        Style.FORM,
        L(
            [FEED],
            "Slovácký týdeník s.r.o.",
            A1,
            None,
            ["192.0.2.61", "192.0.2.62"],
            ["192.0.2.69"],
            "Markéta Šimková",
            "simkova@slovackytydenik.example",
            "+420732418905",
        ),
        sender="Markéta Šimková <simkova@slovackytydenik.example>",
        subject="vyplněný formulář – volby 2025",
        headers=OUTLOOK,
        body="Dobrý den,\n\nv příloze posílám vyplněný formulář.\n\nS pozdravem\nMarkéta Šimková\n",
        attachments=[
            (
                "do-docx",
                "Formular_pristup_volby.docx",
                {
                    "author": "Markéta Šimková",
                    "footer": "Slovácký týdeník s.r.o. · Masarykovo nám. 21, 686 01 Uherské "
                    "Hradiště",
                    "blocks": [
                        "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB / NATÁČENÍ",
                        {"runs": [("box", "Přístup XML", True), " přístup k výsledkům (XML)"]},
                        {"runs": [("box", "Natáčení", False), " natáčení na sběrném místě"]},
                        {
                            "rows": [
                                ["Název žadatele", [("text", "Název", "Slovácký týdeník s.r.o.")]],
                                ["IČO", [("text", "IČO", A1)]],
                                [
                                    "Produkční IP adresy",
                                    [("text", "Produkce", "192.0.2.61, 192.0.2.62")],
                                ],
                                ["Testovací IP adresy", [("text", "Test", "192.0.2.69")]],
                                ["Kontaktní osoba", [("text", "Kontakt", "Markéta Šimková")]],
                                ["E-mail", [("text", "E-mail", "simkova@slovackytydenik.example")]],
                                ["Telefon", [("text", "Telefon", "732 418 905")]],
                            ]
                        },
                        "Datum: 8. 9. 2025",
                    ],
                },
            )
        ],
    ),
    c(
        "do002-docx-footnote-marks-test-address",
        "DOCX letter lists three addresses in one sentence; the third carries a footnote "
        "reference whose note (at the page foot, word/footnotes.xml) reads '¹ pouze pro "
        "testování': two production, one test",
        Style.LETTER,
        L(
            [FEED],
            "Podřipské noviny s.r.o.",
            A2,
            None,
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.125"],
            "Tomáš Brázda",
            "brazda@podripskenoviny.example",
            "+420416731220",
        ),
        sender="Tomáš Brázda <brazda@podripskenoviny.example>",
        subject="Žádost - XML výsledky voleb",
        headers=TBIRD,
        cte="8bit",
        body="Dobrý den,\nžádost je v příloze (DOCX).\nDíky, T. Brázda\n",
        attachments=[
            (
                "do-docx",
                "zadost_CSU.docx",
                {
                    "author": "Tomáš Brázda",
                    "header": "PODŘIPSKÉ NOVINY s.r.o. | Komenského 40, 413 01 Roudnice nad Labem",
                    "footer": "Podřipské noviny s.r.o., IČO " + A2 + ", zapsaná u KS v Ústí "
                    "nad Labem, oddíl C",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "V Roudnici nad Labem 9. 9. 2025",
                        "Věc: přístup k průběžným výsledkům voleb v XML",
                        "Vážení,",
                        {
                            "runs": [
                                "žádáme o zpřístupnění XML výsledků voleb do Poslanecké "
                                "sněmovny. Data budeme stahovat z adres 203.0.113.120, "
                                "203.0.113.121 a 203.0.113.125",
                                ("fn", "pouze pro testování"),
                                ".",
                            ]
                        },
                        "Kontakt: Tomáš Brázda, brazda@podripskenoviny.example, tel. 416 731 220.",
                        "S pozdravem\nTomáš Brázda\nšéfredaktor",
                    ],
                },
            )
        ],
    ),
    c(
        "do003-xlsx-instructions-sheet-then-data",
        "the workbook's first sheet is the group's instructions for filling it in (no values); "
        "the second holds the data with row headers, among them an IPv6 production address",
        Style.TABLE,
        L(
            [FEED],
            "Mediální dům Vysočina a.s.",
            A3,
            None,
            ["198.51.100.140", "198.51.100.141", "2001:db8:4c::10"],
            ["198.51.100.149"],
            "Ivana Kubátová",
            "kubatova@mdvysocina.example",
            "+420605331872",
        ),
        sender="Ivana Kubátová <kubatova@mdvysocina.example>",
        subject="MDV – žádost o přístup k výsledkům (tabulka)",
        headers=GMAIL,
        body="Dobrý den,\n\nposílám naši žádost v tabulce, údaje jsou na druhém listu.\n\n"
        "Ivana Kubátová\nMediální dům Vysočina\n",
        html='<div dir="ltr">Dobrý den,<br><br>posílám naši žádost v tabulce, údaje jsou na '
        "druhém listu.<br><br>Ivana Kubátová<br>Mediální dům Vysočina</div>",
        attachments=[
            (
                "do-xlsx",
                "MDV_volby2025.xlsx",
                [
                    {
                        "title": "Pokyny",
                        "rows": [
                            ["Jak vyplnit žádost pro ČSÚ"],
                            ["1. Údaje vyplňte na listu Údaje, sloupec B."],
                            ["2. Každou adresu do samostatného řádku."],
                            ["3. Testovací adresy jen pokud testujete z jiného stroje."],
                            ["4. Soubor pošlete na podatelnu ČSÚ, kopii na IT skupiny."],
                        ],
                        "widths": {"A": 70},
                    },
                    {
                        "title": "Údaje",
                        "rows": [
                            ["Položka", "Hodnota"],
                            ["Organizace", "Mediální dům Vysočina a.s."],
                            ["IČO", A3],
                            ["Produkční IP 1", "198.51.100.140"],
                            ["Produkční IP 2", "198.51.100.141"],
                            ["Produkční IP 3", "2001:db8:4c::10"],
                            ["Testovací IP 1", "198.51.100.149"],
                            ["Kontaktní osoba", "Ivana Kubátová"],
                            ["E-mail", "kubatova@mdvysocina.example"],
                            ["Telefon", "+420 605 331 872"],
                        ],
                        "widths": {"A": 22, "B": 34},
                    },
                ],
            )
        ],
    ),
    c(
        "do004-databox-xlsx-hidden-rows-last-year",
        "data message with an XLSX whose rows for the 2024 European election (other addresses) "
        "are hidden and marked 2024; only the visible 2025 rows are this application",
        Style.DATABOX,
        L(
            [FEED],
            "Hanácké rádio s.r.o.",
            A4,
            "hr4kt2z",
            ["192.0.2.201", "192.0.2.202"],
            [],
            "Radim Šťastný",
            "stastny@hanackeradio.example",
            "+420585224671",
        ),
        databox=box("hr4kt2z", "Hanácké rádio s.r.o.", "Horní lán 11, 779 00 Olomouc"),
        subject="Žádost o přístup k XML výsledkům voleb 2025 – adresy v příloze",
        attachments=[
            (
                "do-xlsx",
                "HR_adresy_volby.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Volby", "IP adresa", "Účel", "Poznámka"],
                            ["EP 2024", "192.0.2.180", "produkce", "starý server"],
                            ["EP 2024", "192.0.2.181", "produkce", "starý server"],
                            ["PS 2025", "192.0.2.201", "produkce", ""],
                            ["PS 2025", "192.0.2.202", "produkce", "testujeme z produkce"],
                            [],
                            ["Žadatel", "Hanácké rádio s.r.o., IČO " + A4],
                            ["Kontakt", "Radim Šťastný, stastny@hanackeradio.example"],
                            ["Telefon", "585 224 671"],
                        ],
                        "hidden_rows": [2, 3],
                        "widths": {"A": 12, "B": 18, "C": 12, "D": 24},
                    }
                ],
            )
        ],
    ),
    c(
        "do005-docx-numbered-list-roles-after",
        "DOCX with an automatically numbered list (w:numPr) of addresses, each followed by its "
        "role after a dash (one marked as backup = production); the cover mail from Seznam "
        "gives the phone",
        Style.COVER,
        L(
            [FEED],
            "Krkonošská média s.r.o.",
            A5,
            None,
            ["203.0.113.33", "203.0.113.34", "2001:db8:a0::33"],
            ["203.0.113.39"],
            "Jitka Vondráčková",
            "vondrackova@krkonosskamedia.example",
            "+420739602114",
        ),
        sender="Jitka Vondráčková <vondrackova@krkonosskamedia.example>",
        subject="Krkonošská média – XML volby",
        headers=SEZNAM,
        body="Dobrý den,\n\nposílám žádost o přístup k výsledkům. Kdyby bylo potřeba cokoli "
        "doplnit, volejte na 739 602 114.\n\nJitka Vondráčková\n",
        attachments=[
            (
                "do-docx",
                "zadost_KM.docx",
                {
                    "author": "Jitka Vondráčková",
                    "blocks": [
                        "Krkonošská média s.r.o., Nádražní 412, 543 01 Vrchlabí, IČO " + A5,
                        "Žádost o přístup k průběžným výsledkům voleb (XML)",
                        "Adresy, ze kterých budeme výsledky stahovat:",
                        {
                            "numbered": [
                                "203.0.113.33 – produkční",
                                "203.0.113.34 – produkční (záloha)",
                                "2001:db8:a0::33 – produkční (IPv6)",
                                "203.0.113.39 – testovací",
                            ]
                        },
                        "Kontaktní osoba: Jitka Vondráčková, vondrackova@krkonosskamedia.example",
                    ],
                },
            )
        ],
    ),
    c(
        "do006-german-xlsx-merged-role-cells",
        "German applicant, no IČO; the XLSX role column 'Rolle' has 'Produktion' merged over "
        "three address rows and 'Test' over two",
        Style.TABLE,
        L(
            [FEED],
            "Rheinland Nachrichten GmbH",
            None,
            None,
            ["198.18.20.11", "198.18.20.12", "198.18.20.13"],
            ["198.18.20.21", "198.18.20.22"],
            "Katrin Vogt",
            "vogt@rheinland-nachrichten.example",
            "+4922155673310",
        ),
        sender="Katrin Vogt <vogt@rheinland-nachrichten.example>",
        subject="Antrag XML-Zugang Wahlergebnisse / žádost o přístup",
        headers=OUTLOOK,
        body="Sehr geehrte Damen und Herren,\n\nwir beantragen den Zugang zu den XML-"
        "Wahlergebnissen für unsere Live-Berichterstattung. Die IP-Adressen finden Sie in "
        "der beigefügten Tabelle.\n\nMit freundlichen Grüßen\nKatrin Vogt\nLeitung Datenteam\n"
        "Rheinland Nachrichten GmbH\nTel. +49 221 5567 3310\n",
        attachments=[
            (
                "do-xlsx",
                "IP_Adressen_CSU.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Rolle", "IP-Adresse", "Standort"],
                            ["Produktion", "198.18.20.11", "Köln RZ1"],
                            [None, "198.18.20.12", "Köln RZ1"],
                            [None, "198.18.20.13", "Frankfurt RZ2"],
                            ["Test", "198.18.20.21", "Köln Staging"],
                            [None, "198.18.20.22", "Köln Staging"],
                        ],
                        "merge": ["A2:A4", "A5:A6"],
                        "widths": {"A": 14, "B": 18, "C": 18},
                    }
                ],
            )
        ],
    ),
    c(
        "do007-english-utf16-bom-text-file",
        "English cover mail; the application is a plain-text export in UTF-16 with a BOM; "
        "testing from production gives no test address; UK phone",
        Style.COVER,
        L(
            [FEED],
            "Northgate Election Data Ltd",
            None,
            None,
            ["203.0.113.240", "203.0.113.241"],
            [],
            "Oliver Grant",
            "o.grant@northgate-data.example",
            "+442079460832",
        ),
        sender="Oliver Grant <o.grant@northgate-data.example>",
        subject="Application - access to election results XML",
        headers=OUTLOOK,
        cte="base64",
        body="Hello,\n\nplease find our application attached (exported from our request "
        "tracker as a text file).\n\nKind regards,\nOliver Grant\n",
        attachments=[
            (
                "do-text",
                "CSU_application.txt",
                {
                    "encoding": "utf-16",
                    "newline": "\r\n",
                    "text": "APPLICATION FOR ACCESS TO ELECTION RESULTS (XML)\n"
                    "Applicant: Northgate Election Data Ltd, 14 Carver Street, London\n"
                    "Production servers: 203.0.113.240, 203.0.113.241\n"
                    "Test servers: none - we will test from the production servers\n"
                    "Contact: Oliver Grant, o.grant@northgate-data.example, +44 20 7946 0832\n",
                },
            )
        ],
    ),
    c(
        "do008-mac-cr-text-file-freelancer",
        "a one-person outlet writes from a Mac; the UTF-8 text file has classic Mac CR line ends; "
        "the applicant is the natural person (own name, IČO as a trader)",
        Style.COVER,
        L(
            [FEED],
            "Adéla Horáková",
            A8,
            None,
            ["192.0.2.88"],
            ["192.0.2.89"],
            "Adéla Horáková",
            "horakova@volebnimapa.example",
            "+420776120448",
        ),
        sender="Adéla Horáková <horakova@volebnimapa.example>",
        subject="žádost o XML",
        headers=APPLE,
        body="Dobrý den, žádost přikládám jako textový soubor. Hezký den, A. H.\n",
        attachments=[
            (
                "do-text",
                "zadost.txt",
                {
                    "newline": "\r",
                    "text": "Žadatel: Adéla Horáková (OSVČ), IČO " + A8 + "\n"
                    "Projekt: Volební mapa (volebnimapa.example)\n"
                    "Žádám o přístup k výsledkům voleb v XML.\n"
                    "Produkční IP: 192.0.2.88\n"
                    "Testovací IP: 192.0.2.89\n"
                    "E-mail: horakova@volebnimapa.example\n"
                    "Tel.: 776 120 448\n",
                },
            )
        ],
    ),
    c(
        "do009-rtf-table-ano-ne-both",
        "windows-1250 8bit cover; RTF with a two-column table: feed ANO, filming ANO (both), "
        "addresses and contact in rows",
        Style.TABLE,
        L(
            [FEED, FILM],
            "TV Západ s.r.o.",
            A9,
            None,
            ["198.51.100.201"],
            ["198.51.100.209"],
            "Pavel Kříž",
            "kriz@tvzapad.example",
            "+420377441902",
        ),
        sender="Pavel Kříž <kriz@tvzapad.example>",
        subject="TV Západ - žádost (XML + natáčení)",
        headers=ZIMBRA,
        charset="windows-1250",
        cte="8bit",
        body="Dobrý den,\n\nv příloze je naše žádost ve formátu RTF.\n\nPavel Kříž\nTV Západ\n",
        attachments=[
            (
                "rtf",
                "zadost_TVZ.rtf",
                [
                    "TV Západ s.r.o., Americká 66, 301 00 Plzeň, IČO " + A9,
                    "Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    [
                        ["Přístup k XML výsledkům", "ANO"],
                        ["Natáčení na sběrném místě Plzeň", "ANO"],
                        ["Produkční IP", "198.51.100.201"],
                        ["Testovací IP", "198.51.100.209"],
                        ["Kontaktní osoba", "Pavel Kříž"],
                        ["E-mail", "kriz@tvzapad.example"],
                        ["Telefon", "377 441 902"],
                    ],
                    "Štáb: kameraman Jiří Holub, redaktorka Eva Slaninová.",
                ],
            )
        ],
    ),
    c(
        "do010-databox-zadost-signed-pdf-and-same-docx",
        "data message annotated with one word 'Žádost'; a signed PDF and the same form as DOCX, "
        "with identical values",
        Style.DATABOX,
        L(
            [FEED],
            "Valašský magazín s.r.o.",
            A10,
            "vm3pq8d",
            ["203.0.113.50", "203.0.113.51"],
            ["203.0.113.59"],
            "Lenka Bartošová",
            "bartosova@valasskymagazin.example",
            "+420571611420",
        ),
        databox=box(
            "vm3pq8d", "Valašský magazín s.r.o.", "Horní náměstí 17, 757 01 Valašské Meziříčí"
        ),
        subject="Žádost",
        attachments=[
            (
                "do-sigpdf",
                "zadost_podepsana.pdf",
                {
                    "header": "Valašský magazín s.r.o.\nHorní náměstí 17, 757 01 Valašské Meziříčí",
                    "blocks": [
                        "Žádost o přístup k průběžným výsledkům voleb",
                        {"rows": _VM_ROWS, "widths": [130, 330]},
                        "Ve Valašském Meziříčí 10. 9. 2025",
                    ],
                    "signer": "Lenka Bartošová",
                },
            ),
            (
                "docx",
                "zadost.docx",
                {
                    "blocks": [
                        "Žádost o přístup k průběžným výsledkům voleb",
                        {"rows": _VM_ROWS},
                        "Ve Valašském Meziříčí 10. 9. 2025",
                    ]
                },
            ),
        ],
    ),
    c(
        "do011-databox-signed-pdf-and-docx-differ",
        "data message with a signed PDF and a DOCX draft whose test address and phone differ; "
        "the annotation says the signed PDF is the valid application",
        Style.DATABOX,
        L(
            [FEED],
            "Zlínská televize a.s.",
            A11,
            "zk8dn5w",
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.95"],
            "Ondřej Hrabal",
            "hrabal@zlinskatelevize.example",
            "+420604227315",
        ),
        databox=box("zk8dn5w", "Zlínská televize a.s.", "Zarámí 88, 760 01 Zlín"),
        subject="Žádost o přístup k XML výsledkům voleb – platí podepsané PDF, přiložený DOCX "
        "je jen náš pracovní koncept",
        attachments=[
            (
                "do-sigpdf",
                "ZTV_zadost_podepsano.pdf",
                {
                    "header": "Zlínská televize a.s.\nZarámí 88, 760 01 Zlín · IČO " + A11,
                    "footer": "Zlínská televize a.s. · ID datové schránky zk8dn5w",
                    "blocks": [
                        "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["Produkční IP adresy", "198.51.100.90, 198.51.100.91"],
                                ["Testovací IP adresa", "198.51.100.95"],
                                ["Kontaktní osoba", "Ondřej Hrabal, vedoucí vysílací techniky"],
                                ["E-mail", "hrabal@zlinskatelevize.example"],
                                ["Telefon", "604 227 315"],
                            ],
                            "widths": [150, 310],
                        },
                    ],
                    "signer": "Mgr. Ondřej Hrabal",
                },
            ),
            (
                "docx",
                "ZTV_zadost_koncept.docx",
                {
                    "blocks": [
                        "KONCEPT – Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["Produkční IP adresy", "198.51.100.90"],
                                ["Testovací IP adresa", "198.51.100.94"],
                                ["Kontaktní osoba", "Ondřej Hrabal"],
                                ["E-mail", "hrabal@zlinskatelevize.example"],
                                ["Telefon", "604 227 351"],
                            ]
                        },
                    ]
                },
            ),
        ],
    ),
    c(
        "do012-databox-natural-person-ods-spanned-roles",
        "data message from a natural person in business (box type 40); ODS whose role cells "
        "span the address rows ('produkce' over three, 'test' over one)",
        Style.DATABOX,
        L(
            [FEED],
            "Marek Doležal",
            A12,
            "md6xr2v",
            ["192.0.2.141", "192.0.2.142", "192.0.2.143"],
            ["192.0.2.149"],
            "Marek Doležal",
            "dolezal@datazpravy.example",
            "+420608554213",
        ),
        databox=box("md6xr2v", "Marek Doležal", "Lidická 9, 602 00 Brno", kind=40),
        subject="XML výsledky voleb – žádost, tabulka v příloze",
        attachments=[
            (
                "di-ods",
                "zadost_dolezal.ods",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Marek Doležal, IČO " + A12, None],
                            ["Účel", "web DataZprávy – volební noc", None],
                            ["Role", "Adresa", "Poznámka"],
                            ["produkce", "192.0.2.141", "frontend"],
                            [None, "192.0.2.142", "frontend"],
                            [None, "192.0.2.143", "API"],
                            ["test", "192.0.2.149", "notebook v kanceláři"],
                            ["Kontakt", "dolezal@datazpravy.example, 608 554 213", None],
                        ],
                        "span": {(3, 0): (3, 1)},
                    }
                ],
            )
        ],
    ),
    c(
        "do013-reply-docx-endnote-holds-contact",
        "reply to the office's request to complete the application (its letter quoted with its "
        "IČO, box and phone); the DOCX names the contact with an endnote reference whose note "
        "holds her e-mail and phone",
        Style.REPLY,
        L(
            [FEED],
            "Brněnský večerník s.r.o.",
            A13,
            None,
            ["198.51.100.170", "198.51.100.171"],
            [],
            "Eva Marková",
            "markova@brnenskyvecernik.example",
            "+420543210678",
        ),
        sender="Redakce Brněnský večerník <redakce@brnenskyvecernik.example>",
        subject="Re: Doplnění žádosti o přístup k výsledkům voleb",
        headers=OUTLOOK,
        body="Dobrý den,\n\nv příloze posíláme doplněnou žádost, kontakt je nově uveden.\n\n"
        "Redakce Brněnského večerníku\n\n"
        "-----Původní zpráva-----\nOd: podatelna@czso.cz\nOdesláno: 11. září 2025 9:02\n"
        "Předmět: Doplnění žádosti o přístup k výsledkům voleb\n\n"
        "> Dobrý den,\n> ve Vaší žádosti chybí kontaktní osoba. Prosíme o doplnění.\n>\n"
        "> " + OFFICE.replace("\n", "\n> ") + "\n",
        attachments=[
            (
                "do-docx",
                "BV_zadost_doplnena.docx",
                {
                    "author": "Redakce BV",
                    "footer": "Brněnský večerník s.r.o. · Údolní 33, 602 00 Brno · IČO " + A13,
                    "blocks": [
                        "Žádost o přístup k průběžným výsledkům voleb (XML) – doplněná verze",
                        "Produkční servery: 198.51.100.170, 198.51.100.171 (testovat budeme "
                        "z produkce).",
                        {
                            "runs": [
                                "Kontaktní osoba: Eva Marková, vedoucí webu",
                                ("en", "markova@brnenskyvecernik.example, tel. 543 210 678"),
                            ]
                        },
                        "V Brně 12. 9. 2025",
                    ],
                },
            )
        ],
    ),
    c(
        "do014-forward-eml-carrying-pdf",
        "the editor forwards her IT colleague's mail as an attached .eml; the inner mail "
        "carries the PDF form; the outer note names the IT colleague as contact",
        Style.FORWARD,
        L(
            [FEED],
            "Rádio Jizera s.r.o.",
            A14,
            None,
            ["203.0.113.160", "203.0.113.161"],
            ["203.0.113.168"],
            "Jakub Novotný",
            "novotny@radiojizera.example",
            "+420731845206",
        ),
        sender="Klára Beranová <beranova@radiojizera.example>",
        subject="Fwd: žádost ČSÚ – XML",
        headers=TBIRD,
        body="Dobrý den,\n\npřeposílám žádost, kterou připravil náš technik. Kontaktní osobou "
        "pro vás bude on, Jakub Novotný.\n\nKlára Beranová\nšéfredaktorka, Rádio Jizera\n",
        attachments=[
            (
                "eml",
                "žádost ČSÚ – XML.eml",
                {
                    "id": "do014-inner",
                    "from": "Jakub Novotný <novotny@radiojizera.example>",
                    "to": "beranova@radiojizera.example",
                    "subject": "žádost ČSÚ – XML",
                    "body": "Kláro, tady je vyplněná žádost, pošli ji prosím na ČSÚ. Jakub\n"
                    "mob. 731 845 206\n",
                    "attachments": [
                        (
                            "pdf",
                            "RJ_zadost.pdf",
                            [
                                "Rádio Jizera s.r.o., Jiráskova 15, 293 01 Mladá Boleslav",
                                {
                                    "rows": [
                                        ["IČO", A14],
                                        ["Požadavek", "[x] XML výsledky [ ] natáčení"],
                                        ["Produkční IP", "203.0.113.160<br/>203.0.113.161"],
                                        ["Testovací IP", "203.0.113.168"],
                                        ["Kontakt", "Jakub Novotný, novotny@radiojizera.example"],
                                    ],
                                    "widths": [120, 330],
                                },
                            ],
                        )
                    ],
                },
            )
        ],
    ),
]
