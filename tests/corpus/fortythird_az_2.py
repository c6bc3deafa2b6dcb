"""Forty-third held-out part ``az``, cases az015–az028: a three-sheet workbook in a data
message, a cover mail that withdraws the filming ticked in the form, an empty body with an RTF
bracket form, a trade name joined to a person's name, an inline forward that adds the test
address, uncompressed IPv6 in an HTML table, nested DOCX tables, merged XLSX role cells, an old
and a new version of the same application, a German ODT form and a reply that completes the
form. Written by hand apart from the extraction rules (see make_fortythird_az); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortythird_az_common import (
    APPLE,
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    MAC_OUTLOOK,
    OUTLOOK,
    SAMSUNG,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I15, I16, I17, I18, I19 = (
    ico("2573608"),
    ico("0846217"),
    ico("2381945"),
    ico("7402836"),
    ico("0619583"),
)
I20, I21, I22, I23, I24 = (
    ico("2738204"),
    ico("0497362"),
    ico("2916074"),
    ico("0528731"),
    ico("2640395"),
)
I25, I27, I28 = ico("0784516"), ico("2365017"), ico("0953268")

CASES: list[dict[str, Any]] = [
    {
        "id": "az015-databox-xlsx-three-sheets",
        "description": "data message with a bare annotation; a three-sheet workbook: applicant, "
        "network with a written range and merged header, and a people sheet naming several",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Severočeský rozhlas, a.s.",
            I15,
            "r8sc4mn",
            ["198.51.100.60", "198.51.100.61", "198.51.100.62", "198.51.100.63"],
            ["198.51.100.70"],
            "Markéta Vlčková",
            "vlckova@sevrozhlas.example",
            "+420606418273",
        ),
        "databox": box("r8sc4mn", "Severočeský rozhlas, a.s.", "Husova 210, 405 02 Děčín"),
        "subject": "Žádost – volby 2025",
        "attachments": [
            (
                "xlsx",
                "SCR_zadost_volby.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Severočeský rozhlas, a.s."],
                            ["IČO", I15],
                            ["Požadujeme", "přístup k výsledkům (XML)"],
                            ["Natáčení", "ne"],
                        ],
                    },
                    {
                        "title": "Síť",
                        "rows": [
                            ["IP adresy pro přístup", "", ""],
                            ["typ", "od", "do"],
                            ["produkční", "198.51.100.60", "198.51.100.63"],
                            ["testovací", "198.51.100.70", ""],
                        ],
                        "merge": ["A1:C1"],
                    },
                    {
                        "title": "Osoby",
                        "rows": [
                            ["Role", "Jméno", "E-mail", "Telefon"],
                            ["statutární orgán", "Ing. Karel Šindelář", "", ""],
                            [
                                "kontaktní osoba pro žádost",
                                "Vlčková Markéta",
                                "vlckova@sevrozhlas.example",
                                "606 418 273",
                            ],
                            ["správce sítě", "Adam Kučera", "kucera@sevrozhlas.example", ""],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "az016-cover-withdraws-filming",
        "description": "the PDF form ticks both requests; the cover mail says filming is off "
        "and asks to treat it as an XML-only request",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Týdeník Podřipsko s.r.o.",
            I16,
            None,
            ["192.0.2.34"],
            ["192.0.2.35"],
            "Bohumil Vacek",
            "vacek@podripsko.example",
            "+420416735092",
        ),
        "from": "Bohumil Vacek <vacek@podripsko.example>",
        "subject": "Žádost - Týdeník Podřipsko",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\nposílám formulář, vyplňovali jsme ho ještě minulý týden. Mezitím "
            "se ale rozhodlo, že na pracoviště nikoho posílat nebudeme, takže natáčení "
            "prosím škrtněte – žádáme jen o přístup k XML.\n\n"
            "Bohumil Vacek\nTýdeník Podřipsko\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular_TP.pdf",
                [
                    "ŽÁDOST O SPOLUPRÁCI – VOLBY",
                    "☒ přístup k výsledkům voleb ve formátu XML\n"
                    "☒ povolení pořizovat záznam na pracovišti ČSÚ",
                    {
                        "rows": [
                            ["Žadatel", "Týdeník Podřipsko s.r.o., IČO " + I16],
                            ["Produkce", "192.0.2.34"],
                            ["Test", "192.0.2.35"],
                            ["Kontakt", "Bohumil Vacek, 416 735 092, vacek@podripsko.example"],
                        ],
                        "widths": [110, 320],
                    },
                ],
            )
        ],
    },
    {
        "id": "az017-empty-body-rtf-brackets-both",
        "description": "empty body from a phone; the RTF form ticks both [x] and lists the "
        "addresses in a table with a role column",
        "style": Style.EMPTY,
        "labels": L(
            [FEED, FILM],
            "Rádio Ametyst Zlín s.r.o.",
            I17,
            None,
            ["203.0.113.91", "203.0.113.92"],
            ["203.0.113.99"],
            "Jana Zbořilová",
            "zborilova@radioametyst.example",
            "+420739226480",
        ),
        "from": "Jana Zbořilová <zborilova@radioametyst.example>",
        "subject": "Fw: zadost",
        "headers": SAMSUNG,
        "body": "",
        "attachments": [
            (
                "rtf",
                "zadost_ametyst.rtf",
                [
                    "Rádio Ametyst Zlín s.r.o., IČO: " + I17,
                    "[x] přístup k výsledkům voleb (XML)\n[x] povolení nahrávat zvuk na "
                    "krajském pracovišti ve Zlíně",
                    [
                        ["IP", "účel"],
                        ["203.0.113.91", "produkce"],
                        ["203.0.113.92", "produkce"],
                        ["203.0.113.99", "test"],
                    ],
                    "Vyřizuje: Jana Zbořilová, mob. 739 226 480, zborilova@radioametyst.example",
                ],
            )
        ],
    },
    {
        "id": "az018-databox-person-trade-name",
        "description": "data message from a natural person's business box; the RTF names the "
        "applicant as a person joined by a dash to her trade name; filming only",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Hana Kubištová – Kubiš foto",
            I18,
            "hk2fo8t",
            [],
            [],
            "Hana Kubištová",
            "hana@kubisfoto.example",
            "+420721504396",
        ),
        "databox": box("hk2fo8t", "Hana Kubištová", "Zahradní 5, 586 01 Jihlava", kind=40),
        "subject": "Žádost o povolení fotografovat při zpracování výsledků voleb",
        "attachments": [
            (
                "rtf",
                "zadost_foto.rtf",
                [
                    "Žadatel: Hana Kubištová – Kubiš foto, IČO " + I18,
                    "Žádám o povolení fotografovat na krajském pracovišti ČSÚ v Jihlavě "
                    "v sobotu odpoledne. Fotografie budou pro regionální weby.",
                    "O přístup k XML nežádám.",
                    "Kontakt: hana@kubisfoto.example, 721 504 396",
                ],
            )
        ],
    },
    {
        "id": "az019-inline-forward-adds-test",
        "description": "the IT head forwards the director's PDF letter inline and adds the test "
        "address and himself as the technical contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Moravskoslezský televizní kanál a.s.",
            I19,
            None,
            ["192.0.2.130", "192.0.2.131"],
            ["192.0.2.140"],
            "Petr Janošík",
            "janosik@mstk.example",
            "+420597321668",
        ),
        "from": "Petr Janošík <janosik@mstk.example>",
        "subject": "FW: Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\npřeposílám žádost pana ředitele. Adresy v dopise jsou produkční, "
            "testovat budeme z 192.0.2.140. Technickým kontaktem jsem já (597 321 668).\n\n"
            "Petr Janošík\nvedoucí IT\n\n"
            "-----Original Message-----\n"
            "From: Radovan Mikeska <mikeska@mstk.example>\n"
            "Sent: Monday, September 1, 2025 9:12 AM\n"
            "To: Petr Janošík <janosik@mstk.example>\n"
            "Subject: Žádost o přístup k výsledkům voleb\n\n"
            "Petře, pošli to prosím na ČSÚ i s testovací adresou, kterou nemám.\n"
            "R. M.\n"
        ),
        "attachments": [
            (
                "pdf",
                "MSTK_zadost_reditel.pdf",
                [
                    "Moravskoslezský televizní kanál a.s., 28. října 140, 702 00 Ostrava, "
                    "IČO " + I19,
                    "Žádáme o přístup k výsledkům voleb ve formátu XML z adres 192.0.2.130 a "
                    "192.0.2.131.",
                    "Mgr. Radovan Mikeska, generální ředitel",
                ],
            )
        ],
    },
    {
        "id": "az020-databox-power-of-attorney",
        "description": "data message: the annotation carries the request and points to the "
        "authorised person; only the PDF power of attorney names him",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Krajské listy Vysočina, a.s.",
            I20,
            "v3ys6kl",
            ["198.51.100.177"],
            ["198.51.100.178"],
            "Radek Čihák",
            "cihak@klvysocina.example",
            "+420777120554",
        ),
        "databox": box("v3ys6kl", "Krajské listy Vysočina, a.s.", "Havlíčkova 34, 586 01 Jihlava"),
        "subject": "Žádost o přístup k XML: produkce 198.51.100.177, test 198.51.100.178. "
        "Kontaktní osoba zmocněnec dle přílohy, cihak@klvysocina.example, 777 120 554",
        "attachments": [
            (
                "pdf",
                "plna_moc.pdf",
                [
                    "PLNÁ MOC",
                    "Krajské listy Vysočina, a.s., IČO " + I20 + ", zastoupená předsedou "
                    "představenstva Ing. Jiřím Koubkem, tímto zmocňuje pana Radka Čiháka, "
                    "nar. 1984, k jednání s Českým statistickým úřadem ve věci přístupu "
                    "k výsledkům voleb.",
                    "V Jihlavě 2. 9. 2025\nIng. Jiří Koubek",
                ],
            )
        ],
    },
    {
        "id": "az021-html-table-uncompressed-ipv6",
        "description": "multipart/alternative with an HTML table of row headers; production "
        "IPv6 written in full uncompressed form, test on IPv4",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Nová Hradecká s.r.o.",
            I21,
            None,
            ["2001:db8:ca::a01", "2001:db8:ca::a02"],
            ["198.51.100.44"],
            "Silvie Moravcová",
            "moravcova@novahradecka.example",
            "+420495218760",
        ),
        "from": "Silvie Moravcová <moravcova@novahradecka.example>",
        "subject": "Žádost o přístup - Nová Hradecká",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb.\n\n"
            "Žadatel: Nová Hradecká s.r.o.\nIČO: " + I21 + "\n"
            "Produkce: 2001:0db8:00ca:0000:0000:0000:0000:0a01\n"
            "          2001:0db8:00ca:0000:0000:0000:0000:0a02\n"
            "Test: 198.51.100.44\n"
            "Kontakt: Silvie Moravcová, 495 218 760\n\nDěkuji, S. Moravcová\n"
        ),
        "html": (
            "<div dir='ltr'><p>Dobrý den,</p><p>žádáme o přístup k XML výsledkům voleb.</p>"
            "<table border='1'>"
            "<tr><th>Žadatel</th><td>Nová Hradecká s.r.o.</td></tr>"
            "<tr><th>IČO</th><td>" + I21 + "</td></tr>"
            "<tr><th>Produkce</th><td>2001:0db8:00ca:0000:0000:0000:0000:0a01<br>"
            "2001:0db8:00ca:0000:0000:0000:0000:0a02</td></tr>"
            "<tr><th>Test</th><td>198.51.100.44</td></tr>"
            "<tr><th>Kontakt</th><td>Silvie Moravcová, 495 218 760</td></tr>"
            "</table><p>Děkuji, S. Moravcová</p></div>"
        ),
        "attachments": [
            (
                "docx",
                "NH_plna_moc_podpis.docx",
                {
                    "blocks": [
                        "Nová Hradecká s.r.o. potvrzuje žádost o přístup k výsledkům voleb "
                        "zaslanou e-mailem paní Silvií Moravcovou.",
                        "Ing. Luboš Pecha, jednatel",
                    ]
                },
            )
        ],
    },
    {
        "id": "az022-flowed-docx-nested-contact",
        "description": "format=flowed cover; DOCX table whose contact cell holds a nested "
        "table with two people, the contact marked among them; both requests",
        "style": Style.COVER,
        "labels": L(
            [FEED, FILM],
            "Východočeská televize s.r.o.",
            I22,
            None,
            ["198.18.60.10", "198.18.60.11"],
            ["198.18.60.20"],
            "Jakub Hrdlička",
            "hrdlicka@vctv.example",
            "+420604118392",
        ),
        "from": "Jakub Hrdlička <hrdlicka@vctv.example>",
        "subject": "Žádost VČTV – výsledky a natáčení",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\nv příloze je žádost Východočeské televize o přístup k datům a "
            "o povolení natáčet na krajském pracovišti v Hradci Králové. Pokud by něco "
            "bylo potřeba doplnit, jsem k dispozici.\n\nJakub Hrdlička\n"
        ),
        "attachments": [
            (
                "docx",
                "VCTV_zadost.docx",
                {
                    "header": "Východočeská televize s.r.o.",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb (XML) a povolení natáčení",
                        {
                            "rows": [
                                ["Žadatel", "Východočeská televize s.r.o., IČO " + I22],
                                ["Produkční IP", "198.18.60.10, 198.18.60.11"],
                                ["Testovací IP", "198.18.60.20"],
                                ["Osoby", ""],
                            ],
                            "nested": {
                                (3, 1): {
                                    "rows": [
                                        ["Jakub Hrdlička", "kontaktní osoba", "604 118 392"],
                                        ["Tereza Pokorná", "reportérka", "608 330 215"],
                                    ]
                                }
                            },
                        },
                        "E-mail kontaktní osoby: hrdlicka@vctv.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "az023-base64-xlsx-merged-roles",
        "description": "base64 cover; one XLSX sheet whose merged role cells span three "
        "production and two test rows",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Datová redakce Kompas, z.ú.",
            I23,
            None,
            ["203.0.113.30", "203.0.113.31", "203.0.113.32"],
            ["203.0.113.40", "203.0.113.41"],
            "Ondřej Lukeš",
            "lukes@kompas-data.example",
            "+420720554013",
        ),
        "from": "Ondřej Lukeš <lukes@kompas-data.example>",
        "subject": "Přístup k XML – Datová redakce Kompas",
        "headers": APPLE,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\nžádáme o přístup k výsledkům voleb v XML, adresy jsou v tabulce "
            "v příloze.\n\nOndřej Lukeš\nDatová redakce Kompas, z.ú.\nIČO " + I23 + "\n"
            "720 554 013\n"
        ),
        "attachments": [
            (
                "xlsx",
                "kompas_ip.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Role", "Adresa", "Poznámka"],
                            ["Produkce", "203.0.113.30", "načítání feedu"],
                            ["", "203.0.113.31", ""],
                            ["", "203.0.113.32", "záložní"],
                            ["Test", "203.0.113.40", ""],
                            ["", "203.0.113.41", ""],
                        ],
                        "merge": ["A2:A4", "A5:A6"],
                    }
                ],
            )
        ],
    },
    {
        "id": "az024-databox-docx-filming-crew",
        "description": "data message with a DOCX in header/footer letterhead asking only to "
        "film; several crew named, the contact is the production coordinator",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "FilmPoint Ostrava s.r.o.",
            I24,
            "f6pt0ov",
            [],
            [],
            "Veronika Sýkorová",
            "sykorova@filmpoint.example",
            "+420731006427",
        ),
        "databox": box("f6pt0ov", "FilmPoint Ostrava s.r.o.", "Nádražní 88, 702 00 Ostrava"),
        "subject": "Žádost o povolení pořízení záznamu",
        "attachments": [
            (
                "docx",
                "FilmPoint_povoleni.docx",
                {
                    "header": "FilmPoint Ostrava s.r.o. | IČO " + I24,
                    "footer": "Nádražní 88, Ostrava | info@filmpoint.example",
                    "blocks": [
                        "Vážení, pro televizní reportáž žádáme o povolení natáčet na krajském "
                        "pracovišti ČSÚ v Ostravě. Výsledková data nepotřebujeme.",
                        {
                            "rows": [
                                ["Funkce", "Jméno"],
                                ["režie", "Libor Kaňa"],
                                ["kamera", "Štefan Oláh"],
                                ["koordinace (kontakt)", "Veronika Sýkorová"],
                            ]
                        },
                        "Kontakt: sykorova@filmpoint.example, +420 731 006 427",
                    ],
                },
            )
        ],
    },
    {
        "id": "az025-old-pdf-new-docx-version",
        "description": "two attachments: an older PDF and a corrected DOCX v2; the cover says "
        "only v2 applies (new test address, new contact)",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Plzeňský kurýr s.r.o.",
            I25,
            None,
            ["192.0.2.11", "192.0.2.12"],
            ["192.0.2.19"],
            "Lenka Bártová",
            "bartova@plzenskykuryr.example",
            "+420725941380",
        ),
        "from": '"Bártová, Lenka" <bartova@plzenskykuryr.example>',
        "subject": "RE: Žádost Plzeňský kurýr – opravená verze",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dobrý den,\n\nposílám opravenou žádost (soubor _v2). Platí jen verze v2, "
            "původní PDF přikládám jen pro pořádek, protože na něj odkazuje Váš "
            "spis.\n\nLenka Bártová\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_PK_v1.pdf",
                [
                    "Plzeňský kurýr s.r.o., IČO " + I25,
                    "Produkční IP: 192.0.2.11, 192.0.2.12; testovací IP: 192.0.2.15",
                    "Kontakt: Martin Rejl, rejl@plzenskykuryr.example, 602 118 447",
                ],
            ),
            (
                "docx",
                "zadost_PK_v2.docx",
                {
                    "blocks": [
                        "Plzeňský kurýr s.r.o., IČO " + I25 + " – žádost o přístup k XML (verze 2)",
                        {
                            "rows": [
                                ["Produkční IP", "192.0.2.11, 192.0.2.12"],
                                ["Testovací IP", "192.0.2.19"],
                                ["Kontaktní osoba", "Lenka Bártová"],
                                ["Telefon", "725 941 380"],
                                ["E-mail", "bartova@plzenskykuryr.example"],
                            ]
                        },
                    ]
                },
            ),
        ],
    },
    {
        "id": "az026-german-odt-ja-nein",
        "description": "German news agency, German ODT form with Ja/Nein columns, testing from "
        "the production address; no IČO, German phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Südost Nachrichtendienst GmbH",
            None,
            None,
            ["203.0.113.222"],
            [],
            "Katrin Wöhrle",
            "woehrle@suedost-nd.example",
            "+4989412077316",
        ),
        "from": "Katrin Wöhrle <woehrle@suedost-nd.example>",
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML)",
        "headers": EVOLUTION,
        "body": (
            "Sehr geehrte Damen und Herren,\n\nanbei unser ausgefülltes Formular. Wir testen "
            "über dieselbe Adresse, eine separate Test-IP gibt es nicht.\n\n"
            "Mit freundlichen Grüßen\nKatrin Wöhrle\nSüdost Nachrichtendienst GmbH, München\n"
            "Tel. +49 89 41207731-6\n"
        ),
        "attachments": [
            (
                "odt",
                "Antrag_CSU.odt",
                [
                    "Antrag – Medien / žádost médií",
                    [
                        ["Anliegen", "Ja", "Nein"],
                        ["Zugang zu Ergebnissen im XML-Format", "X", ""],
                        ["Dreherlaubnis (Film-/Tonaufnahmen)", "", "X"],
                    ],
                    [
                        ["Antragsteller", "Südost Nachrichtendienst GmbH"],
                        ["Handelsregister", "HRB 204718, Amtsgericht München"],
                        ["Produktions-IP", "203.0.113.222"],
                        ["Test-IP", "–"],
                        ["Ansprechpartnerin", "Katrin Wöhrle"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "az027-databox-annotation-changes-phone",
        "description": "data message: the ODT form has the contact, the annotation says her "
        "mobile number in the form changed",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Sdružení regionálních vydavatelů Šumava, z.s.",
            I27,
            "s9um2av",
            ["198.19.7.33"],
            ["198.19.7.34"],
            "Simona Cibulková",
            "cibulkova@sumava-vydavatele.example",
            "+420605331902",
        ),
        "databox": box(
            "s9um2av",
            "Sdružení regionálních vydavatelů Šumava, z.s.",
            "Vimperská 3, 385 01 Vimperk",
        ),
        "subject": "Žádost o přístup k XML (formulář v příloze). Kontaktní osoba dle formuláře, "
        "pouze mobil změněn na 605 331 902.",
        "attachments": [
            (
                "odt",
                "formular_SRVS.odt",
                [
                    "Formulář – žádost o přístup k výsledkům voleb",
                    [
                        ["Žadatel", "Sdružení regionálních vydavatelů Šumava, z.s."],
                        ["IČO", I27],
                        ["produkční IP", "198.19.7.33"],
                        ["testovací IP", "198.19.7.34"],
                        ["kontaktní osoba", "Simona Cibulková"],
                        ["telefon", "608 514 226"],
                        ["e-mail", "cibulkova@sumava-vydavatele.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "az028-reply-completes-form",
        "description": "reply to the office's question about the missing test address; the "
        "quoted original has the rest, the reply adds the test address and a new TXT form",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Zlínský zpravodaj Plus s.r.o.",
            I28,
            None,
            ["198.51.100.81", "198.51.100.82"],
            ["198.51.100.88"],
            "Richard Machala",
            "machala@zlinplus.example",
            "+420732605917",
        ),
        "from": "Richard Machala <machala@zlinplus.example>",
        "subject": "Re: Re: žádost o přístup – doplnění",
        "headers": CENTRUM,
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\ntestovací adresa bude 198.51.100.88. Pro jistotu přikládám celý "
            "formulář znovu.\n\nR. Machala\n\n"
            "Dne 10. 9. 2025 v 14:02 napsal(a) podatelna@czso.cz:\n"
            "> Dobrý den, ve Vaší žádosti chybí testovací IP adresa. Doplňte ji prosím.\n"
            ">\n"
            "> Dne 9. 9. 2025 Richard Machala napsal:\n"
            ">> Žádáme o přístup k XML. Produkční IP 198.51.100.81 a .82.\n"
            ">> Zlínský zpravodaj Plus s.r.o., IČO " + I28 + "\n"
            ">> Richard Machala, tel. 732 605 917\n"
        ),
        "attachments": [
            (
                "txt",
                "formular_doplneny.txt",
                "Žadatel;Zlínský zpravodaj Plus s.r.o.\n"
                "IČO;" + I28 + "\n"
                "Produkční IP;198.51.100.81, 198.51.100.82\n"
                "Testovací IP;198.51.100.88\n"
                "Kontakt;Richard Machala;machala@zlinplus.example;732 605 917\n",
            )
        ],
    },
]
