"""Forty-eighth held-out part ``bs``, cases bs001–bs014: a data message whose annotation only
says "viz příloha" and whose PDF letterhead names other people, an empty mail with one workbook
row per server, a DOCX ☒/☐ form with a film crew, a data message from a sole trader with the
addresses in the annotation, a forwarded .eml corrected by its cover, a scanned form with labels
and values on separate lines, an HTML ANO/NE form, a data message split between annotation and
file, an ODT letter with a signature block, a reply with an updated workbook, a windows-1250
two-column PDF, a three-sheet workbook, a signed university letter and an Austrian Ja/Nein form.
Written by hand apart from the extraction rules (see make_fortyeighth_bs); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyeighth_bs_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I1, I2, I3, I4, I5 = ico("2764019"), ico("0583172"), ico("2691438"), ico("8812057"), ico("2950376")
I6, I7, I8, I9, I10 = ico("0471629"), ico("2838104"), ico("2617395"), ico("0394852"), ico("2709841")
I11, I12, I13 = ico("2586213"), ico("0817436"), ico("6100247")

CASES: list[dict[str, Any]] = [
    {
        "id": "bs001-databox-viz-priloha-pdf-letterhead",
        "description": "data message whose annotation only says 'viz příloha'; the PDF's "
        "letterhead names the publisher's managing director and switchboard, its footer the "
        "editor-in-chief and a bank account, while the contact is a third person in the body",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vltavínské listy, s.r.o.",
            I1,
            "k7m2xqa",
            ["198.51.100.61", "198.51.100.62"],
            ["198.51.100.70"],
            "Tereza Hlaváčková",
            "hlavackova@vltavinskelisty.example",
            "+420777214506",
        ),
        "databox": box(
            "k7m2xqa", "Vltavínské listy, s.r.o.", "Lannova tř. 14/9, 370 01 České Budějovice"
        ),
        "subject": "Žádost – viz příloha",
        "attachments": [
            (
                "pdf",
                "VL_zadost_CSU_2025.pdf",
                [
                    "<b>VLTAVÍNSKÉ LISTY, s.r.o.</b> | Lannova tř. 14/9, 370 01 České "
                    "Budějovice | IČO " + I1 + " | jednatel Ing. Bohumil Staněk | "
                    "ústředna +420 387 110 200",
                    "Český statistický úřad\nodbor zpracování výsledků voleb\nNa padesátém "
                    "81\n100 82 Praha 10",
                    "V Českých Budějovicích 2. 9. 2025",
                    "<b>Věc: žádost o přístup k průběžným výsledkům voleb ve formátu XML</b>",
                    "Vážení,\nobracíme se na Vás s žádostí o zpřístupnění dedikovaného serveru "
                    "s výsledky voleb do Poslanecké sněmovny. Data budeme stahovat z těchto "
                    "adres: produkční servery 198.51.100.61 a 198.51.100.62, testovací "
                    "stroj 198.51.100.70.",
                    "Kontaktní osobou pro technické záležitosti je Tereza Hlaváčková, vedoucí "
                    "webové redakce, e-mail hlavackova@vltavinskelisty.example, mobil "
                    "777 214 506.",
                    "S pozdravem\n\nIng. Bohumil Staněk\njednatel",
                    "Šéfredaktorka: Pavla Ryšavá, tel. 387 110 215 | Inzerce: "
                    "inzerce@vltavinskelisty.example | Bankovní spojení 2401187733/2010 | "
                    "Zapsáno u KS v Č. Budějovicích, oddíl C, vložka 9921",
                ],
            )
        ],
    },
    {
        "id": "bs002-empty-mail-xlsx-server-rows",
        "description": "empty body; the workbook has one row per server with role, hostname "
        "and note columns, an old server marked as no longer used, and a second sheet with "
        "the contact written surname first",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Ostravský obzor a.s.",
            I2,
            None,
            ["198.18.20.11", "198.18.20.12"],
            ["198.18.21.5"],
            "Marek Kubíček",
            "kubicek@ostravskyobzor.example",
            "+420596114382",
        ),
        "from": "Marek Kubicek <kubicek@ostravskyobzor.example>",
        "subject": "CSU - XML vysledky",
        "headers": GMAIL,
        "body": "",
        "attachments": [
            (
                "xlsx",
                "servery_obzor.xlsx",
                [
                    {
                        "title": "Servery",
                        "rows": [
                            ["Role", "Hostname", "IP adresa", "Poznámka"],
                            ["produkce", "volby-fe1.obzor.example", "198.18.20.11", "hlavní"],
                            ["produkce", "volby-fe2.obzor.example", "198.18.20.12", "záložní"],
                            ["test", "volby-stage.obzor.example", "198.18.21.5", ""],
                            [
                                "produkce",
                                "old-fe.obzor.example",
                                "198.18.19.40",
                                "do r. 2024, již nepoužíváme",
                            ],
                        ],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Žadatel", "Ostravský obzor a.s."],
                            ["IČO", I2],
                            ["Požadujeme", "přístup k XML výsledkům (dedikovaný server)"],
                            ["Kontaktní osoba", "Kubíček Marek"],
                            ["Telefon", "596 114 382"],
                            ["E-mail", "kubicek@ostravskyobzor.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bs003-docx-checkboxes-both-crew-ipv6",
        "description": "two-line cover; the DOCX form has both requests ticked, a crew table of "
        "three camera operators with phones, an IPv6 and an IPv4 production address and "
        "testing from production; the contact is the editor who signs the form",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "TV Podbrdsko s.r.o.",
            I3,
            None,
            ["2001:db8:4a0::15", "203.0.113.90"],
            [],
            "Vladimír Hošek",
            "hosek@tvpodbrdsko.example",
            "+420728305641",
        ),
        "from": "Vladimír Hošek <hosek@tvpodbrdsko.example>",
        "subject": "Formulář - volby 2025 (TV Podbrdsko)",
        "headers": OUTLOOK,
        "body": "Dobrý den,\nv příloze vyplněný formulář.\n\nVladimír Hošek\nTV Podbrdsko\n",
        "attachments": [
            (
                "docx",
                "formular_TVP.docx",
                {
                    "header": "TV Podbrdsko s.r.o. • Pražská 211, 261 01 Příbram • IČO " + I3,
                    "footer": "Studio: +420 318 600 900 • Ředitel: Mgr. Zdeněk Pávek",
                    "blocks": [
                        "FORMULÁŘ ŽÁDOSTI – VOLBY 2025",
                        "☒ Přístup k XML výstupům z dedikovaného serveru",
                        "☒ Povolení pořizovat obrazové a zvukové záznamy na pracovištích ČSÚ",
                        {
                            "rows": [
                                ["Produkční IP", "2001:db8:4a0::15, 203.0.113.90"],
                                ["Testovací IP", "— (testujeme z produkce)"],
                                ["Kontakt", "Vladimír Hošek, dramaturg zpravodajství"],
                                ["Telefon / e-mail", "728 305 641 / hosek@tvpodbrdsko.example"],
                            ]
                        },
                        "Štáb na volební noc:",
                        {
                            "rows": [
                                ["Jméno", "Funkce", "Telefon"],
                                ["Patrik Holub", "kameraman", "605 118 274"],
                                ["Denisa Marková", "kamera/střih", "739 402 611"],
                                ["Josef Klečka", "zvukař", "604 880 193"],
                            ]
                        },
                        "Příbram 4. 9. 2025, Vladimír Hošek",
                    ],
                },
            )
        ],
    },
    {
        "id": "bs004-databox-sole-trader-annotation-ips-rtf",
        "description": "data message from a natural person in business: the annotation holds "
        "the addresses, the RTF the trade name, IČO and contact; the applicant is the person",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Ondřej Sýkora",
            I4,
            "q3vn8ds",
            ["192.0.2.140", "192.0.2.141"],
            ["192.0.2.150"],
            "Ondřej Sýkora",
            "ondrej@sykoradata.example",
            "+420603771284",
        ),
        "databox": box("q3vn8ds", "Ondřej Sýkora", "Smetanova 7, 586 01 Jihlava", kind=40),
        "subject": "Volby 2025 – přístup k XML: produkce 192.0.2.140 a 192.0.2.141, "
        "test 192.0.2.150",
        "attachments": [
            (
                "rtf",
                "zadost_sykora.rtf",
                [
                    "Ondřej Sýkora – datová vizualizace\nIČO: " + I4 + "\nSmetanova 7, Jihlava",
                    "Žádám o přístup k výsledkům voleb v XML pro svůj web s mapami výsledků "
                    "(adresy uvádím v anotaci datové zprávy).",
                    [
                        ["Kontakt", "Ondřej Sýkora"],
                        ["E-mail", "ondrej@sykoradata.example"],
                        ["Tel.", "+420 603 771 284"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "bs005-forward-eml-cover-replaces-test",
        "description": "cover forwards the colleague's application as an attached .eml and "
        "replaces its test address; the contact stays the person named inside the .eml",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Zlínský deník plus s.r.o.",
            I5,
            None,
            ["203.0.113.71", "203.0.113.72"],
            ["203.0.113.78"],
            "Kamila Řezníčková",
            "reznickova@zlinskydenik.example",
            "+420732550148",
        ),
        "from": "Jakub Fiala <fiala@zlinskydenik.example>",
        "subject": "Fwd: Žádost o přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": "Dobrý den,\n\npřeposílám žádost kolegyně Řezníčkové z minulého týdne, "
        "prý k vám nedorazila. Jedna změna: testovací adresa 203.0.113.77 už neplatí, "
        "testovat budeme z 203.0.113.78. Jinak vše platí.\n\nJakub Fiala\nIT, Zlínský "
        "deník plus\n",
        "attachments": [
            (
                "eml",
                "Zadost o pristup k vysledkum voleb.eml",
                {
                    "id": "bs005-inner",
                    "from": "Kamila Řezníčková <reznickova@zlinskydenik.example>",
                    "subject": "Žádost o přístup k výsledkům voleb",
                    "body": "Dobrý den,\n\nza společnost Zlínský deník plus s.r.o. (IČO "
                    + I5
                    + ") žádáme o přístup k XML výsledkům voleb.\n\nProdukční IP: "
                    "203.0.113.71, 203.0.113.72\nTestovací IP: 203.0.113.77\n\nKontaktní "
                    "osoba: Kamila Řezníčková, tel. 732 550 148\n\nDěkuji\nKamila Řezníčková\n"
                    "vedoucí digitálu\n",
                },
            )
        ],
    },
    {
        "id": "bs006-scanned-form-lines-txt",
        "description": "a scanned form run through OCR into a TXT: each label on its own line "
        "with the value below it, ticks as [X]/[ ], the filming box empty, a stray stamp line",
        "style": Style.SCAN,
        "labels": L(
            [FEED],
            "Regionální televize Haná, spol. s r.o.",
            I6,
            None,
            ["192.0.2.33", "192.0.2.34", "192.0.2.35"],
            ["192.0.2.40"],
            "Lenka Zapletalová",
            "zapletalova@rthana.example",
            "+420585207316",
        ),
        "from": "RT Haná - sekretariát <sekretariat@rthana.example>",
        "subject": "Naskenovaný formulář ČSÚ",
        "headers": ZIMBRA,
        "body": "Dobrý den, posíláme formulář. Sken byl nečitelný, tak jsme ho převedli na "
        "text.\nS pozdravem sekretariát RT Haná\n",
        "attachments": [
            (
                "txt",
                "formular_ocr.txt",
                "ŽÁDOST MÉDIA – VOLBY\n\n"
                "Název žadatele:\n"
                "Regionální televize Haná, spol. s r.o.\n\n"
                "IČO:\n"
                f"{I6[:4]} {I6[4:]}\n\n"
                "Sídlo:\n"
                "Horní náměstí 5, 779 00 Olomouc\n\n"
                "Žádáme o:\n"
                "[X] přístup k XML (dedikovaný server)\n"
                "[ ] povolení k natáčení na pracovištích\n\n"
                "IP adresy - produkční:\n"
                "192.0.2.33\n192.0.2.34\n192.0.2.35\n\n"
                "IP adresy - testovací:\n"
                "192.0.2.40\n\n"
                "Kontaktní osoba:\n"
                "Lenka Zapletalová\n\n"
                "E-mail:\n"
                "zapletalova@rthana.example\n\n"
                "Telefon:\n"
                "585 207 316\n\n"
                "Datum, podpis:\n"
                "3.9.2025   L. Zapletalová\n"
                "RAZÍTKO: REGIONÁLNÍ TELEVIZE HANÁ * OLOMOUC\n",
            )
        ],
    },
    {
        "id": "bs007-html-form-ano-ne-power-of-attorney",
        "description": "HTML-only mail with an ANO/NE table (feed ANO, filming NE); the PDF is "
        "a power of attorney naming the managing director, not the contact",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Krkonošský expres s.r.o.",
            I7,
            None,
            ["198.51.100.141"],
            ["198.51.100.142"],
            "Filip Bartoš",
            "bartos@krkonosskyexpres.example",
            "+420731602859",
        ),
        "from": "Filip Bartoš <bartos@krkonosskyexpres.example>",
        "subject": "Žádost - Krkonošský expres",
        "headers": OWA,
        "html": "<html><body><p>Dobrý den,</p><p>zasílám žádost za Krkonošský expres s.r.o. "
        "(IČO " + I7 + "). Plnou moc přikládám.</p>"
        '<table border="1"><tr><th>Požadavek</th><th>ANO/NE</th></tr>'
        "<tr><td>Přístup k výsledkům (XML, dedikovaný server)</td><td>ANO</td></tr>"
        "<tr><td>Natáčení / fotografování na pracovištích ČSÚ</td><td>NE</td></tr></table>"
        '<table border="1"><tr><th>Produkční IP</th><td>198.51.100.141</td></tr>'
        "<tr><th>Testovací IP</th><td>198.51.100.142</td></tr>"
        "<tr><th>Kontaktní osoba</th><td>Filip Bartoš</td></tr>"
        "<tr><th>Telefon</th><td>731&nbsp;602&nbsp;859</td></tr></table>"
        "<p>S pozdravem<br>Filip Bartoš<br>technik webu</p></body></html>",
        "attachments": [
            (
                "pdf",
                "plna_moc.pdf",
                [
                    "<b>PLNÁ MOC</b>",
                    "Společnost Krkonošský expres s.r.o., IČO " + I7 + ", se sídlem "
                    "Palackého 33, 541 01 Trutnov, zastoupená jednatelem Ing. Antonínem "
                    "Vebrem (tel. 499 811 400), zmocňuje pana Filipa Bartoše k jednání s "
                    "Českým statistickým úřadem ve věci přístupu k výsledkům voleb.",
                    "V Trutnově dne 1. 9. 2025\nIng. Antonín Vebr, jednatel",
                ],
            )
        ],
    },
    {
        "id": "bs008-databox-annotation-adds-test-docx",
        "description": "data message: the DOCX asks for both feed and filming with production "
        "addresses only, the annotation adds the test address; contact in a row-header table",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Brněnské listy, a.s.",
            I8,
            "b8wfe2k",
            ["203.0.113.150", "203.0.113.151"],
            ["198.51.100.199"],
            "Simona Pelikánová",
            "pelikanova@brnenskelisty.example",
            "+420608431977",
        ),
        "databox": box("b8wfe2k", "Brněnské listy, a.s.", "Kounicova 48, 602 00 Brno"),
        "subject": "Žádost o přístup k výsledkům a povolení natáčet – viz příloha; testovací "
        "IP doplňujeme: 198.51.100.199",
        "attachments": [
            (
                "docx",
                "zadost_BL.docx",
                {
                    "header": "Brněnské listy, a.s. | Kounicova 48, Brno | IČO " + I8,
                    "footer": "Předseda představenstva: JUDr. Marcel Vrba | +420 541 220 100",
                    "blocks": [
                        "Věc: Volby 2025 – žádost o přístup k datům a o povolení natáčení",
                        "Žádáme o zpřístupnění XML výsledků z dedikovaného serveru a zároveň "
                        "o povolení natáčet na pracovišti ČSÚ v Brně během zpracování.",
                        {
                            "rows": [
                                ["Produkční adresy", "203.0.113.150, 203.0.113.151"],
                                ["Testovací adresa", "dodáme dodatečně"],
                                ["Kontaktní osoba", "Simona Pelikánová"],
                                ["E-mail", "pelikanova@brnenskelisty.example"],
                                ["Mobil", "608 431 977"],
                            ]
                        },
                        "JUDr. Marcel Vrba\npředseda představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "bs009-odt-letter-filming-signature-box",
        "description": "filming only; the ODT letter's header names the editor-in-chief and "
        "her number, the signature block carries IČO and the data-box ID, the photographer "
        "in the body is not the contact",
        "style": Style.LETTER,
        "labels": L(
            [FILM],
            "Horácký týdeník s.r.o.",
            I9,
            "hx4t9wp",
            [],
            [],
            "Luboš Kratochvíl",
            "kratochvil@horackytydenik.example",
            "+420777903126",
        ),
        "from": "Lubos Kratochvil <kratochvil@horackytydenik.example>",
        "subject": "zadost o povoleni foceni",
        "headers": GMAIL,
        "body": "Dobrý den, v příloze žádost. Díky, L. Kratochvíl\n",
        "attachments": [
            (
                "odt",
                "zadost_foceni.odt",
                [
                    "HORÁCKÝ TÝDENÍK – Nové Město na Moravě – šéfredaktorka Radka Šimková, "
                    "tel. 566 602 711",
                    "Český statistický úřad, Krajská správa ČSÚ v Jihlavě",
                    "Žádost o povolení fotografovat",
                    "Dovolujeme si požádat o povolení pořizovat fotografie na pracovišti ČSÚ "
                    "v Jihlavě v průběhu zpracování výsledků voleb. Fotografovat bude náš "
                    "fotoreportér Vojtěch Ptáček (tel. 702 118 540). O přístup k XML "
                    "výsledkům nežádáme, stačí nám web.",
                    "Kontakt pro tuto žádost: Luboš Kratochvíl, "
                    "kratochvil@horackytydenik.example, 777 903 126.",
                    "Luboš Kratochvíl\nzástupce šéfredaktorky\nHorácký týdeník s.r.o.\nIČO: "
                    + I9
                    + "\nID datové schránky: hx4t9wp",
                ],
            )
        ],
    },
    {
        "id": "bs010-reply-quoted-history-updated-xlsx",
        "description": "reply to the officer's question with the office's signature quoted "
        "(its phone and domain); the updated two-sheet workbook with a merged title adds a "
        "test address, the body says the first version is void",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Mediální dům Polabí s.r.o.",
            I10,
            None,
            ["198.18.60.21", "198.18.60.22", "198.18.60.23"],
            ["198.18.61.9"],
            "Aneta Holubová",
            "holubova@mdpolabi.example",
            "+420725318604",
        ),
        "from": "Aneta Holubová <holubova@mdpolabi.example>",
        "subject": "RE: Doplnění žádosti - testovací adresa",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nomlouvám se, posílám opravenou tabulku, už tam testovací adresa "
        "je. Původní tabulku prosím nepoužívejte.\n\nAneta Holubová\nMediální dům Polabí\n"
        "725 318 604\n\n-----Original Message-----\nFrom: Podatelna ČSÚ <podatelna@czso.cz>\n"
        "Sent: Tuesday, September 9, 2025 10:12 AM\nSubject: Doplnění žádosti - testovací "
        "adresa\n\nVážená paní Holubová,\nve Vaší žádosti chybí testovací IP adresa. Prosíme "
        "o doplnění.\n\nS pozdravem\nOddělení podatelny\nČeský statistický úřad\n"
        "tel. +420 274 052 733\n",
        "attachments": [
            (
                "xlsx",
                "MDP_volby_v2.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Mediální dům Polabí s.r.o. – adresy pro XML feed", "", ""],
                            ["Role", "Server", "IP"],
                            ["produkční", "web-a", "198.18.60.21"],
                            ["produkční", "web-b", "198.18.60.22"],
                            ["produkční", "web-c", "198.18.60.23"],
                            ["testovací", "dev-1", "198.18.61.9"],
                        ],
                        "merge": ["A1:C1"],
                    },
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Firma", "Mediální dům Polabí s.r.o."],
                            ["IČO", I10],
                            ["Kontakt", "Aneta Holubová"],
                            ["Tel", "+420 725 318 604"],
                            ["Mail", "holubova@mdpolabi.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bs011-windows1250-8bit-two-column-pdf",
        "description": "windows-1250 8bit cover; the PDF is a two-column form (label | value) "
        "with both requests, a production IPv4 and an IPv6 test address",
        "style": Style.SCAN,
        "labels": L(
            [FEED, FILM],
            "Rádio Podještědí s.r.o.",
            I11,
            None,
            ["203.0.113.205"],
            ["2001:db8:1c::205"],
            "Petr Doubrava",
            "doubrava@radiopodjestedi.example",
            "+420604227915",
        ),
        "from": "Petr Doubrava <doubrava@radiopodjestedi.example>",
        "subject": "Žádost Rádio Podještědí",
        "headers": EVOLUTION,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": "Dobrý den,\nposílám vyplněný formulář (PDF). Prosím o potvrzení přijetí.\n\n"
        "Petr Doubrava\nRádio Podještědí\n",
        "attachments": [
            (
                "pdf",
                "formular_RP.pdf",
                [
                    "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB A O POVOLENÍ NAHRÁVÁNÍ",
                    {
                        "rows": [
                            ["Žadatel", "Rádio Podještědí s.r.o."],
                            ["IČO", I11],
                            ["Přístup k XML", "ano"],
                            [
                                "Nahrávání / natáčení na pracovišti",
                                "ano – reportér se zvukovým záznamem",
                            ],
                            ["Produkční IP", "203.0.113.205"],
                            ["Testovací IP", "2001:db8:1c::205"],
                            ["Kontaktní osoba", "Petr Doubrava"],
                            ["Telefon", "604 227 915"],
                            ["E-mail", "doubrava@radiopodjestedi.example"],
                        ],
                        "widths": [150, 300],
                    },
                    "Český Dub, 5. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "bs012-databox-viz-priloha-three-sheets-cidr",
        "description": "data message saying only 'viz příloha'; a three-sheet workbook: "
        "applicant, one row per server with a /30 block and a note, and a contact sheet "
        "with several people where a column marks the one for ČSÚ",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Severočeská mediální s.r.o.",
            I12,
            "s2jd7ck",
            ["198.51.100.164", "198.51.100.165", "198.51.100.166", "198.51.100.167"],
            ["198.51.100.180"],
            "Roman Chalupa",
            "chalupa@severoceskamedialni.example",
            "+420602849173",
        ),
        "databox": box(
            "s2jd7ck", "Severočeská mediální s.r.o.", "Mírové nám. 3, 400 01 Ústí n. L."
        ),
        "subject": "viz příloha",
        "attachments": [
            (
                "xlsx",
                "zadost_SCM.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Severočeská mediální s.r.o."],
                            ["IČO", I12],
                            ["Předmět", "přístup k XML s výsledky voleb"],
                        ],
                    },
                    {
                        "title": "Servery",
                        "rows": [
                            ["role", "hostname", "adresa", "poznámka"],
                            ["PROD", "lb-volby", "198.51.100.164/30", "celý blok za balancerem"],
                            ["TEST", "volby-test", "198.51.100.180", "jen do 10/2025"],
                        ],
                    },
                    {
                        "title": "Kontakty",
                        "rows": [
                            ["jméno", "funkce", "telefon", "e-mail", "kontakt pro ČSÚ"],
                            [
                                "Chalupa Roman",
                                "vedoucí IT",
                                "602 849 173",
                                "chalupa@severoceskamedialni.example",
                                "ANO",
                            ],
                            [
                                "Slaninová Eva",
                                "šéfredaktorka",
                                "606 331 200",
                                "slaninova@severoceskamedialni.example",
                                "NE",
                            ],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bs013-smime-university-docx-nested",
        "description": "S/MIME-signed mail from a faculty; the DOCX has a nested address table "
        "with two IPv6 production addresses and no test; the applicant is the university",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Západomoravská univerzita v Třebíči, veřejná vysoká škola",
            I13,
            None,
            ["2001:db8:77::10", "2001:db8:77::11"],
            [],
            "Martin Zedník",
            "zednik@fi.zmu.example",
            "+420568401237",
        ),
        "from": "Martin Zedník <zednik@fi.zmu.example>",
        "subject": "Žádost o přístup k XML – Fakulta informatiky ZMU",
        "headers": ROUNDCUBE,
        "smime": True,
        "body": "Dobrý den,\n\nv příloze zasílám žádost naší fakulty (výuka a studentský "
        "projekt volební mapy). Zpráva je elektronicky podepsána.\n\nRNDr. Martin Zedník, "
        "Ph.D.\nFakulta informatiky\nZápadomoravská univerzita v Třebíči\n",
        "attachments": [
            (
                "docx",
                "zadost_FI.docx",
                {
                    "header": "Západomoravská univerzita v Třebíči, veřejná vysoká škola | "
                    "Fakulta informatiky | IČO " + I13,
                    "footer": "Děkan: prof. Ing. Stanislav Mareček, CSc. | +420 568 401 100",
                    "blocks": [
                        "Žádost o přístup k průběžným výsledkům voleb (XML)",
                        {
                            "rows": [
                                [
                                    "Žadatel",
                                    "Západomoravská univerzita v Třebíči, veřejná "
                                    "vysoká škola (Fakulta informatiky)",
                                ],
                                ["Adresy", ""],
                                [
                                    "Kontakt",
                                    "RNDr. Martin Zedník, Ph.D., 568 401 237, "
                                    "zednik@fi.zmu.example",
                                ],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkční", "2001:db8:77::10"],
                                        ["produkční", "2001:db8:77::11"],
                                        ["testovací", "nebude"],
                                    ]
                                }
                            },
                        },
                        "V Třebíči 8. 9. 2025",
                    ],
                },
            )
        ],
    },
    {
        "id": "bs014-foreign-austrian-ja-nein-docx",
        "description": "Austrian broadcaster without an IČO; German DOCX with Ja/Nein columns: "
        "filming Ja, XML feed Nein; contact written surname first in the table",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Donauwelle Medien GmbH",
            None,
            None,
            [],
            [],
            "Julia Pichler",
            "j.pichler@donauwelle.example",
            "+436641287503",
        ),
        "from": "Julia Pichler <j.pichler@donauwelle.example>",
        "subject": "Drehgenehmigung Wahlen / žádost o natáčení",
        "headers": APPLE,
        "body": "Sehr geehrte Damen und Herren,\n\nanbei unser Antrag. Vielen Dank!\n\n"
        "Mit freundlichen Grüßen\nJulia Pichler\nDonauwelle Medien GmbH, Linz\n",
        "attachments": [
            (
                "docx",
                "Antrag_CSU.docx",
                {
                    "header": "Donauwelle Medien GmbH | Hafenstraße 12, 4020 Linz | FN 418822t",
                    "footer": "Geschäftsführer: Mag. Florian Aigner | +43 732 770 400",
                    "blocks": [
                        "Antrag / Žádost",
                        {
                            "rows": [
                                ["Anliegen", "Ja", "Nein"],
                                ["Zugang zum XML-Ergebnisserver", "", "X"],
                                ["Drehgenehmigung in den Räumen des ČSÚ", "X", ""],
                            ]
                        },
                        {
                            "rows": [
                                ["Kontaktperson", "PICHLER, Julia"],
                                ["E-Mail", "j.pichler@donauwelle.example"],
                                ["Mobil", "+43 664 1287503"],
                                ["Kamerateam", "Stefan Huber, Lukas Gruber"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
]
