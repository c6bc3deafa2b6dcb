"""Twentysixth held-out part ``tb``, cases tb001–tb014: a DOCX form with box characters, a data
message with the application only in its annotation, an empty mail with a PDF table, an XLSX
with a merged role cell, an ODT bracket form in a data message, a forwarded .eml changed by its
cover note, an RTF ANO/NE table, a TXT form, a data message whose annotation corrects its file,
an HTML letterhead with IČO and box ID, a foreign crew's PDF letter and more. Written by hand
apart from the extraction rules (see make_twentysixth_tb); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentysixth_tb_common import (
    APPLE,
    BOTH,
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

I1, I2, I3, I4 = ico("2874105"), ico("0612398"), ico("2519764"), ico("3708251")
I5, I6, I7, I8 = ico("4418302"), ico("2290573"), ico("0536817"), ico("2763049")
I9, I10, I12, I13 = ico("4802716"), ico("2614358"), ico("0027918"), ico("2937164")
I14 = ico("7420583")

CASES: list[dict[str, Any]] = [
    {
        "id": "tb001-docx-checkbox-form",
        "description": "two-line Outlook cover, DOCX form with ☒/☐ boxes (recording unticked) "
        "and a role column; the contact in the form is a colleague of the sender",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Pražský kurýr s.r.o.",
            I1,
            None,
            ["198.51.100.21", "198.51.100.22"],
            ["198.51.100.29"],
            "Ondřej Kratochvíl",
            "kratochvil@prazskykuryr.example",
            "+420702418336",
        ),
        "from": "Renata Šimková <simkova@prazskykuryr.example>",
        "subject": "Žádost - volební data",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze posílám vyplněný formulář. Technické dotazy prosím "
            "přímo na kolegu uvedeného ve formuláři.\n\nS pozdravem\nRenata Šimková\n"
            "asistentka šéfredaktora | Pražský kurýr\ntel. 222 510 880\n"
        ),
        "attachments": [
            (
                "docx",
                "formular_CSU_vyplneny.docx",
                {
                    "header": "Pražský kurýr s.r.o. · Korunní 1210/44, 120 00 Praha 2",
                    "blocks": [
                        "ŽÁDOST O ZPŘÍSTUPNĚNÍ VÝSLEDKŮ VOLEB",
                        "Žadatel: Pražský kurýr s.r.o.",
                        f"IČO: {I1}",
                        "Předmět žádosti (zaškrtněte):",
                        "☒ přístup k serveru s výsledky ve formátu XML",
                        "☐ povolení pořizovat záznam na sběrném místě ČSÚ",
                        {
                            "rows": [
                                ["Role serveru", "IP adresa", "Pozn."],
                                ["produkční", "198.51.100.21", "web"],
                                ["produkční", "198.51.100.22", "mobilní aplikace"],
                                ["testovací", "198.51.100.29", ""],
                            ]
                        },
                        "Kontaktní osoba: Ondřej Kratochvíl, vedoucí vývoje",
                        "E-mail: kratochvil@prazskykuryr.example",
                        "Mobil: 702 418 336",
                        "V Praze dne 2. 9. 2026",
                    ],
                    "footer": "Formulář v. 3.1.2 – strana 1/1",
                },
            )
        ],
    },
    {
        "id": "tb002-databox-annotation-only",
        "description": "data message: the whole application in the annotation, the file is only "
        "an extract from the commercial register",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Ostravské listy a.s.",
            I2,
            "q8dnm4w",
            ["192.0.2.14"],
            ["192.0.2.15"],
            "Eva Horká",
            "horka@ostravskelisty.example",
            "+420604112908",
        ),
        "subject": (
            "Žádost o přístup k XML výsledkům voleb: produkce 192.0.2.14, test 192.0.2.15. "
            "Kontakt Eva Horká, 604 112 908, horka@ostravskelisty.example"
        ),
        "databox": {
            "box": "q8dnm4w",
            "sender": "Ostravské listy a.s.",
            "address": "Nádražní 2984/112, 702 00 Ostrava",
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR_B1184.pdf",
                [
                    "Výpis z obchodního rejstříku, vedeného Krajským soudem v Ostravě, "
                    "oddíl B, vložka 1184",
                    "Datum vzniku a zápisu: 14. března 1994",
                    "Obchodní firma: Ostravské listy a.s.",
                    "Sídlo: Nádražní 2984/112, Moravská Ostrava, 702 00 Ostrava",
                    f"Identifikační číslo: {I2[:3]} {I2[3:5]} {I2[5:]}",
                    "Právní forma: Akciová společnost",
                    "Předmět podnikání: vydavatelské činnosti, polygrafická výroba",
                    "Statutární orgán – představenstvo: předseda Ing. Radim Kolář",
                ],
            )
        ],
    },
    {
        "id": "tb003-empty-body-pdf-table",
        "description": "Gmail mail with no text at all; PDF with a table whose narrow cells "
        "wrap the role labels onto several lines",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Vltavín media, spol. s r. o.",
            I3,
            None,
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.140"],
            "Jakub Matoušek",
            "jakub.matousek@vltavin.example",
            "+420736920415",
        ),
        "from": "Jakub Matoušek <jakub.matousek@vltavin.example>",
        "subject": "zadost_vltavin.pdf",
        "headers": GMAIL,
        "body": "\n",
        "attachments": [
            (
                "pdf",
                "zadost_vltavin.pdf",
                [
                    f"Vltavín media, spol. s r. o., Lidická 41, 370 01 České Budějovice, IČO {I3}",
                    "Věc: žádost o přístup k serveru volebních výsledků (XML)",
                    {
                        "rows": [
                            [
                                "Produkční servery (ostrý provoz)",
                                "Testovací server (pouze před volbami)",
                                "Kontakt",
                            ],
                            [
                                "203.0.113.130\n203.0.113.131",
                                "203.0.113.140",
                                "Jakub Matoušek, jakub.matousek@vltavin.example, +420 736 920 415",
                            ],
                        ],
                        "widths": [110, 110, 150],
                    },
                    "Děkujeme. Jakub Matoušek, technický ředitel",
                ],
            )
        ],
    },
    {
        "id": "tb004-slovak-xlsx-merged-role",
        "description": "Slovak cover note, XLSX sheet with a merged 'Produkcia' cell spanning "
        "two rows, a test row and an empty backup row",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Pravda Morava, s. r. o.",
            I4,
            None,
            ["198.51.100.201", "198.51.100.202"],
            ["198.51.100.210"],
            "Martina Hudecová",
            "hudecova@pravdamorava.example",
            "+421905338172",
        ),
        "from": "Martina Hudecová <hudecova@pravdamorava.example>",
        "subject": "Žiadosť o prístup – voľby do PS 2026",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý deň,\n\nza spoločnosť Pravda Morava, s. r. o. (pobočka v Brne, IČO "
            f"{I4}) žiadame o prístup k výsledkom volieb vo formáte XML. IP adresy "
            "nájdete v priloženej tabuľke.\n\nKontaktná osoba som ja: Martina Hudecová, "
            "+421 905 338 172.\n\nS pozdravom\nMartina Hudecová\n"
        ),
        "attachments": [
            (
                "xlsx",
                "ip_adresy.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Účel", "IP adresa", "Poznámka"],
                            ["Produkcia", "198.51.100.201", "Bratislava DC"],
                            [None, "198.51.100.202", "Brno DC"],
                            ["Test", "198.51.100.210", ""],
                            ["Záloha", "", "zatiaľ nemáme"],
                        ],
                        "merge": ["A2:A3"],
                    }
                ],
            )
        ],
    },
    {
        "id": "tb005-databox-odt-bracket-form",
        "description": "data message with a bare annotation; ODT form with [x] brackets for "
        "both types and an IPv6 production address",
        "style": Style.DATABOX,
        "labels": L(
            BOTH,
            "Jihlavská televize s.r.o.",
            I5,
            "fv3k9pa",
            ["192.0.2.66", "2001:db8:4c::66"],
            [],
            "Lukáš Dvořák",
            "dvorak@jihlavskatv.example",
            "+420567300145",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "fv3k9pa",
            "sender": "Jihlavská televize s.r.o.",
            "address": "Havlíčkova 88, 586 01 Jihlava",
        },
        "attachments": [
            (
                "odt",
                "zadost_JTV.odt",
                [
                    "Jihlavská televize s.r.o.",
                    f"IČ: {I5}",
                    "Žádáme o:",
                    "[x] přístup k výsledkům voleb ve formátu XML",
                    "[x] povolení natáčet ve sběrném místě (kamera + reportér)",
                    [
                        ["Typ", "Adresa"],
                        ["produkční IPv4", "192.0.2.66"],
                        ["produkční IPv6", "2001:db8:4c:0:0:0:0:66"],
                        ["testovací", "nepožadujeme"],
                    ],
                    "Kontakt: Lukáš Dvořák, dvorak@jihlavskatv.example, tel. 567 300 145",
                ],
            )
        ],
    },
    {
        "id": "tb006-forwarded-eml-cover-changes-test",
        "description": "the applicant forwards its own earlier application as an .eml; the "
        "cover note replaces the test address in it",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Echo Kladno z.s.",
            I6,
            None,
            ["203.0.113.55"],
            ["203.0.113.58"],
            "Petr Hnízdo",
            "hnizdo@echokladno.example",
            "+420608744201",
        ),
        "from": "Petr Hnízdo <hnizdo@echokladno.example>",
        "subject": "Fwd: Žádost o XML – Echo Kladno",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nposílám znovu naši žádost z minulého týdne (v příloze), "
            "nedostali jsme potvrzení. Jedna změna: testovací server jsme přestěhovali, "
            "místo 203.0.113.57 platí 203.0.113.58. Zbytek beze změny.\n\n"
            "Petr Hnízdo\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost o XML - Echo Kladno.eml",
                {
                    "id": "tb006-inner",
                    "from": "Petr Hnízdo <hnizdo@echokladno.example>",
                    "subject": "Žádost o XML – Echo Kladno",
                    "headers": TBIRD,
                    "body": (
                        "Dobrý den,\n\nspolek Echo Kladno z.s., IČO "
                        f"{I6}, vydavatel zpravodajského webu echokladno.example, "
                        "žádá o přístup k datům voleb.\n\n"
                        "produkční IP: 203.0.113.55\ntestovací IP: 203.0.113.57\n\n"
                        "Kontakt: Petr Hnízdo, 608 744 201\n\nDěkuji\nPetr Hnízdo\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "tb007-rtf-ano-ne-table",
        "description": "windows-1250 mail with an RTF whose request table has ANO/NE "
        "columns (recording NE); IČO written with a slash-prefixed label",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Rádio Podještědí s.r.o.",
            I7,
            None,
            ["192.0.2.180"],
            ["192.0.2.181"],
            "Vladimír Šťastný",
            "stastny@podjestedi.example",
            "+420485129907",
        ),
        "from": "Vladimír Šťastný <stastny@podjestedi.example>",
        "subject": "Žádost o zřízení přístupu",
        "headers": TBIRD,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\nzasílám žádost v příloze (RTF). Kdyby se Vám nedařilo otevřít, "
            "dejte vědět.\n\nVladimír Šťastný\nRádio Podještědí\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_podjestedi.rtf",
                [
                    "Rádio Podještědí s.r.o., Žitavská 17, 460 01 Liberec",
                    f"IČO/DIČ: {I7} / CZ{I7}",
                    "Žádáme o:",
                    [
                        ["Požadavek", "ANO", "NE"],
                        ["Přístup k XML výsledkům", "X", ""],
                        ["Natáčení ve sběrném místě", "", "X"],
                    ],
                    [
                        ["Produkční IP", "192.0.2.180"],
                        ["Testovací IP", "192.0.2.181"],
                    ],
                    "Kontakt: Vladimír Šťastný, stastny@podjestedi.example, 485 129 907",
                ],
            )
        ],
    },
    {
        "id": "tb008-iphone-txt-ipv6",
        "description": "iPhone one-liner 'see attachment'; a TXT form gives an IPv6 "
        "production address and a netmask-looking version line",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Lounský deník s.r.o.",
            I8,
            None,
            ["2001:db8:100::20"],
            ["2001:db8:100::21"],
            "Tereza Malá",
            "mala@lounskydenik.example",
            "+420725601884",
        ),
        "from": "Tereza Malá <mala@lounskydenik.example>",
        "subject": "Volby XML",
        "headers": IPHONE,
        "cte": "8bit",
        "body": "Dobrý den, žádost v příloze. Díky T. Malá\n\nOdesláno z iPhonu\n",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB (XML)\n"
                "=========================================\n"
                "Organizace ........ Lounský deník s.r.o.\n"
                f"IČO ............... {I8}\n"
                "Produkční IP ...... 2001:db8:100:0::20\n"
                "Testovací IP ...... 2001:db8:100::21\n"
                "Klient ............ volby-reader 2.6.1.4\n"
                "Kontakt ........... Tereza Malá\n"
                "E-mail ............ mala@lounskydenik.example\n"
                "Telefon ........... +420 725 601 884\n",
            )
        ],
    },
    {
        "id": "tb009-databox-annotation-corrects-file",
        "description": "data message: the DOCX gives the test address, the annotation corrects it",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Zlínský zpravodaj, spol. s r.o.",
            I9,
            "h2wq7xe",
            ["198.51.100.74"],
            ["198.51.100.79"],
            "Radek Bartoš",
            "bartos@zlinskyzpravodaj.example",
            "+420577018230",
        ),
        "subject": (
            "Žádost o přístup k XML. Oprava k příloze: testovací IP je 198.51.100.79, "
            "nikoli 198.51.100.78, jak je chybně uvedeno v dokumentu."
        ),
        "databox": {
            "box": "h2wq7xe",
            "sender": "Zlínský zpravodaj, spol. s r.o.",
            "address": "Třída Tomáše Bati 210, 760 01 Zlín",
        },
        "attachments": [
            (
                "docx",
                "zadost.docx",
                {
                    "blocks": [
                        "Zlínský zpravodaj, spol. s r.o.",
                        f"IČO {I9}",
                        "Věc: Žádost o přístup k volebním výsledkům ve formátu XML",
                        "Produkční server: 198.51.100.74",
                        "Testovací server: 198.51.100.78",
                        "Kontaktní osoba: Radek Bartoš, bartos@zlinskyzpravodaj.example, "
                        "tel.: 577 018 230",
                        "Ve Zlíně 10. 9. 2026, Radek Bartoš, jednatel",
                    ]
                },
            )
        ],
    },
    {
        "id": "tb010-html-letterhead-row-headers",
        "description": "HTML-only Outlook letter: letterhead with 'IČ: 123 45 678' and 'ID DS', "
        "a table with row headers, recording requested too",
        "style": Style.HTML,
        "labels": L(
            BOTH,
            "TV Polabí a.s.",
            I10,
            "m5tr8cz",
            ["203.0.113.90", "203.0.113.91"],
            ["203.0.113.99"],
            "Simona Kučerová",
            "kucerova@tvpolabi.example",
            "+420466731200",
        ),
        "from": "Kučerová Simona <kucerova@tvpolabi.example>",
        "subject": "TV Polabí – žádost o XML a natáčení",
        "headers": OUTLOOK,
        "html": (
            "<html><body style='font-family:Calibri'>"
            "<table width='100%'><tr><td><b>TV Polabí a.s.</b><br>Palackého 3, 530 02 "
            f"Pardubice<br>IČ: {I10[:3]} {I10[3:5]} {I10[5:]} &nbsp;|&nbsp; ID DS: m5tr8cz"
            "</td></tr></table><hr>"
            "<p>Vážení,</p><p>žádáme o zřízení přístupu k výsledkům voleb ve formátu XML a "
            "zároveň o povolení natáčet na sběrném místě v Pardubicích (2 osoby).</p>"
            "<table border='1' cellpadding='4'>"
            "<tr><th></th><th>IP 1</th><th>IP 2</th></tr>"
            "<tr><th>Produkce</th><td>203.0.113.90</td><td>203.0.113.91</td></tr>"
            "<tr><th>Test</th><td>203.0.113.99</td><td>&ndash;</td></tr>"
            "</table>"
            "<p>Kontaktní osoba: Simona Kučerová, produkce zpravodajství, "
            "mob. 466 731 200</p>"
            "<p>S pozdravem<br>Simona Kučerová</p></body></html>"
        ),
        "attachments": [
            (
                "pdf",
                "stab_TV_Polabi.pdf",
                [
                    "Štáb pro natáčení ve sběrném místě Pardubice, 3. 10. 2026",
                    "Redaktor: Aleš Tůma, +420 731 004 552",
                    "Kameraman: Viktor Hanzl, +420 731 004 553",
                ],
            )
        ],
    },
    {
        "id": "tb011-foreign-crew-pdf-letter",
        "description": "English mail from a German TV crew, recording only; PDF letter, no "
        "IČO, German phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Elbe Fernsehen GmbH",
            None,
            None,
            [],
            [],
            "Katrin Vogel",
            "k.vogel@elbe-tv.example",
            "+4935141877300",
        ),
        "from": "Katrin Vogel <k.vogel@elbe-tv.example>",
        "subject": "Filming permission – Czech elections",
        "headers": APPLE,
        "body": (
            "Dear Sir or Madam,\n\nplease find attached our request for permission to film "
            "at one of your result collection points on election night. We do not need "
            "the XML data.\n\nBest regards\nKatrin Vogel\n"
        ),
        "attachments": [
            (
                "pdf",
                "Elbe_TV_filming_request.pdf",
                [
                    "Elbe Fernsehen GmbH · Ostra-Allee 9 · 01067 Dresden · HRB 40117",
                    "Request for a filming permit",
                    "Our team (reporter Jan Lorenz, camera Mirko Haas) would like to record "
                    "short shots of the processing of results at a collection point in "
                    "Prague or Ústí nad Labem on 4 October 2026.",
                    "Contact for this request: Katrin Vogel, producer, "
                    "k.vogel@elbe-tv.example, +49 351 41877 300",
                ],
            )
        ],
    },
    {
        "id": "tb012-databox-municipality-letterhead",
        "description": "data message from a town; DOCX letter whose address block prints the "
        "office's own IČO and box ID; the applicant's IČO is in the header",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Dolní Kounice",
            I12,
            "b7xk2np",
            ["192.0.2.222"],
            [],
            "Miroslav Pokorný",
            "pokorny@dolnikounice.example",
            "+420546420117",
        ),
        "subject": "Žádost o přístup k výsledkům voleb – Město Dolní Kounice",
        "databox": {
            "box": "b7xk2np",
            "sender": "Město Dolní Kounice",
            "address": "Masarykovo nám. 1, 664 64 Dolní Kounice",
            "type": 10,
        },
        "attachments": [
            (
                "docx",
                "MDK_zadost_CSU.docx",
                {
                    "header": f"MĚSTO DOLNÍ KOUNICE · Masarykovo nám. 1 · IČO: {I12}",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10\n"
                        "IČO 00025593, ID datové schránky 2gfaasy",
                        "Naše č. j.: MDK-2026/0815",
                        "Věc: žádost o přístup k volebním výsledkům",
                        "Město provozuje informační web, kde zveřejňuje průběžné výsledky. "
                        "Žádáme o přístup ze serveru 192.0.2.222; testovací adresu nemáme.",
                        "Vyřizuje: Miroslav Pokorný, tel. 546 420 117, "
                        "pokorny@dolnikounice.example",
                        "Mgr. Hana Zelená, starostka",
                    ],
                    "footer": "ID DS: b7xk2np · www.dolnikounice.example",
                },
            )
        ],
    },
    {
        "id": "tb013-apple-docx-nested-table-ticks",
        "description": "Apple Mail cover; DOCX with ✔/✘ marks (recording ✘) and a nested "
        "table of addresses inside one cell",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Hanácký týdeník s.r.o.",
            I13,
            None,
            ["198.51.100.33", "198.51.100.34", "198.51.100.35"],
            ["198.51.100.36"],
            "Ivana Procházková",
            "prochazkova@hanackytydenik.example",
            "+420585222614",
        ),
        "from": "Ivana Procházková <prochazkova@hanackytydenik.example>",
        "subject": "Žádost o přístup – Hanácký týdeník",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\nv příloze zasílám žádost. Díky!\n\n"
            "Ivana Procházková\nHanácký týdeník\n+420 585 222 614\n"
        ),
        "attachments": [
            (
                "docx",
                "Zadost_HT.docx",
                {
                    "blocks": [
                        f"Hanácký týdeník s.r.o., IČO {I13}, Horní nám. 5, 779 00 Olomouc",
                        "✔ přístup k XML výsledkům voleb",
                        "✘ natáčení na sběrném místě",
                        {
                            "rows": [
                                ["Servery", ""],
                                [
                                    "Kontakt",
                                    "Ivana Procházková, "
                                    "prochazkova@hanackytydenik.example, 585 222 614",
                                ],
                            ],
                            "nested": {
                                (0, 1): {
                                    "rows": [
                                        ["produkce", "198.51.100.33"],
                                        ["produkce", "198.51.100.34"],
                                        ["záloha", "198.51.100.35"],
                                        ["test", "198.51.100.36"],
                                    ]
                                }
                            },
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "tb014-seznam-bracket-form-recording",
        "description": "Seznam mail in iso-8859-2 with a pasted bracket form: only recording "
        "ticked, feed left [ ]; a freelancer with a trade IČO",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Alena Roubíčková",
            I14,
            None,
            [],
            [],
            "Alena Roubíčková",
            "roubickova@seznam.example",
            "+420777402961",
        ),
        "from": "Alena Roubíčková <roubickova@seznam.example>",
        "subject": "formulář - natáčení",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": (
            "Dobrý den,\nvyplnila jsem Váš formulář, přikládám ho sem do textu:\n\n"
            "Žadatel: Alena Roubíčková, OSVČ (dokumentaristka)\n"
            f"IČO: {I14}\n"
            "[ ] přístup k výsledkům voleb (XML)\n"
            "[X] povolení k natáčení ve sběrném místě\n"
            "IP adresy: ---\n"
            "Kontakt: 777 402 961, roubickova@seznam.example\n\n"
            "Natáčet bych chtěla na Krajské správě v Hradci Králové, cca 30 minut.\n"
            "Děkuji, Alena Roubíčková\n"
        ),
        "attachments": [
            (
                "pdf",
                "ZL_Roubickova.pdf",
                [
                    "Výpis z živnostenského rejstříku",
                    f"Jméno: Alena Roubíčková, IČO: {I14}",
                    "Předmět podnikání: Výroba, obchod a služby neuvedené v přílohách 1 až 3 "
                    "živnostenského zákona – obor: Fotografické služby; Audiovizuální tvorba",
                ],
            )
        ],
    },
]
