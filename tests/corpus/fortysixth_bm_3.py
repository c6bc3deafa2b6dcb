"""Forty-sixth held-out part ``bm``, cases bm029–bm042: an empty mail with a nested DOCX table,
an Austrian cover that strikes an address from the workbook, a forwarded .eml whose cover adds
filming, a data message whose annotation adds a test address, a windows-1250 [x]/[ ] form with
a PDF copy, a filming letter with box ID in the signature, a Hungarian IPv6 application, a
bare-annotation data message with an RTF range, a reply explaining a role column, an empty
mail with a filming ODT, a data message with a bilingual 'Name / ID' PDF, a cover that fixes a
mistyped address, a photographer's data message and an English note that withdraws the feed.
Written by hand apart from the extraction rules (see make_fortysixth_bm); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortysixth_bm_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    IPHONE,
    OUTLOOK,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I29, I31, I32, I33, I34 = (
    ico("2688413"),
    ico("0239517"),
    ico("2907362"),
    ico("0570184"),
    ico("2819046"),
)
I36, I37, I38, I39, I40 = (
    ico("0663921"),
    ico("2470853"),
    ico("0812645"),
    ico("2391708"),
    ico("0126574"),
)
I41, I42 = ico("7518320"), ico("2753186")

CASES: list[dict[str, Any]] = [
    {
        "id": "bm029-empty-mail-docx-nested-address-table",
        "description": "no text; the DOCX has a nested table of addresses inside the main "
        "table's cell, IPv4 and IPv6 for both roles",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Táborský hlasatel s.r.o.",
            I29,
            None,
            ["198.51.100.5", "2001:db8:1f::5"],
            ["198.51.100.6", "2001:db8:1f::6"],
            "Igor Matějka",
            "matejka@taborskyhlasatel.example",
            "+420381207554",
        ),
        "from": "Igor Matějka <matejka@taborskyhlasatel.example>",
        "subject": "Fw: žádost",
        "headers": SAMSUNG,
        "body": "",
        "attachments": [
            (
                "docx",
                "TH_zadost.docx",
                {
                    "header": "Táborský hlasatel s.r.o. | 9. května 1012 | 390 02 Tábor",
                    "footer": "IČO " + I29 + " | redakce@taborskyhlasatel.example",
                    "blocks": [
                        "Žádost o zpřístupnění výsledků voleb v XML",
                        {
                            "rows": [
                                ["Žadatel", "Táborský hlasatel s.r.o."],
                                ["Adresy", ""],
                                [
                                    "Kontakt",
                                    "Igor Matějka, matejka@taborskyhlasatel.example, 381 207 554",
                                ],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["", "IPv4", "IPv6"],
                                        ["produkční", "198.51.100.5", "2001:db8:1f::5"],
                                        ["testovací", "198.51.100.6", "2001:db8:1f::6"],
                                    ]
                                }
                            },
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "bm030-austrian-cover-strikes-an-address",
        "description": "Austrian applicant without IČO; the German cover strikes the second of "
        "three production addresses in the workbook",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Alpenländische Presseagentur GmbH",
            None,
            None,
            ["192.0.2.201", "192.0.2.203"],
            ["192.0.2.209"],
            "Florian Haider",
            "haider@apa-alpen.example",
            "+4315321748",
        ),
        "from": "Florian Haider <haider@apa-alpen.example>",
        "subject": "Antrag XML-Wahlergebnisse / Korrektur",
        "headers": EVOLUTION,
        "body": "Guten Tag,\n\nim Anhang unser Antrag als Tabelle. Bitte streichen Sie die "
        "Produktionsadresse 192.0.2.202, dieser Server wird vor der Wahl abgeschaltet.\n\n"
        "Beste Grüße\nFlorian Haider\nAlpenländische Presseagentur GmbH\nTel. +43 1 5321748\n",
        "attachments": [
            (
                "xlsx",
                "Antrag_APA.xlsx",
                [
                    {
                        "title": "Antrag",
                        "rows": [
                            ["Firma", "Alpenländische Presseagentur GmbH"],
                            ["Antrag", "Zugang zum XML-Feed der Wahlergebnisse"],
                            ["Ansprechpartner", "Florian Haider"],
                            ["E-Mail", "haider@apa-alpen.example"],
                        ],
                    },
                    {
                        "title": "IP-Adressen",
                        "rows": [
                            ["Adresse", "Zweck"],
                            ["192.0.2.201", "Produktion"],
                            ["192.0.2.202", "Produktion"],
                            ["192.0.2.203", "Produktion"],
                            ["192.0.2.209", "Test"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bm031-forwarded-eml-cover-adds-filming",
        "description": "forwarded .eml (with its own PDF) asks for the feed; the forwarding "
        "colleague's cover adds a filming request; the contact stays the original writer",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Kladenský kurýr s.r.o.",
            I31,
            None,
            ["203.0.113.100"],
            ["203.0.113.101"],
            "Pavel Tichánek",
            "tichanek@kladenskykuryr.example",
            "+420312645908",
        ),
        "from": "Simona Rybová <rybova@kladenskykuryr.example>",
        "subject": "Fwd: Žádost o přístup k výsledkům - Kladenský kurýr",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nposílám dál žádost kolegy Tichánka (v příloze). Ještě "
        "doplňujeme: chtěli bychom i povolení natáčet na pracovišti v Kladně, prosíme "
        "připsat k žádosti.\n\nSimona Rybová\nšéfredaktorka\n",
        "attachments": [
            (
                "eml",
                "Zadost_KK.eml",
                {
                    "id": "bm031-inner",
                    "from": "Pavel Tichánek <tichanek@kladenskykuryr.example>",
                    "to": "rybova@kladenskykuryr.example",
                    "subject": "Žádost o přístup k výsledkům - Kladenský kurýr",
                    "body": "Simono, tady je ta žádost, prosím odešli ji na ČSÚ.\nPavel\n",
                    "attachments": [
                        (
                            "pdf",
                            "zadost_KK.pdf",
                            [
                                "Kladenský kurýr s.r.o., IČO " + I31,
                                "Žádáme o přístup k průběžným výsledkům voleb (XML).",
                                "Produkční IP: 203.0.113.100\nTestovací IP: 203.0.113.101",
                                "Kontakt: Pavel Tichánek, tichanek@kladenskykuryr.example, "
                                "tel. 312 645 908",
                            ],
                        )
                    ],
                },
            )
        ],
    },
    {
        "id": "bm032-databox-annotation-adds-test-address",
        "description": "data message: the ODT gives production addresses only, the annotation "
        "adds the test address missing from it",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Rokycanský občasník s.r.o.",
            I32,
            "ro3bc8n",
            ["198.19.8.20", "198.19.8.21"],
            ["198.19.8.30"],
            "Hynek Šafránek",
            "safranek@rokycansky.example",
            "+420371922460",
        ),
        "databox": box("ro3bc8n", "Rokycanský občasník s.r.o.", "Jiráskova 50, 337 01 Rokycany"),
        "subject": "Žádost o přístup k výsledkům voleb - doplňujeme testovací IP 198.19.8.30 "
        "(v příloze chybí)",
        "attachments": [
            (
                "odt",
                "zadost_RO.odt",
                [
                    "Rokycanský občasník s.r.o., IČO " + I32,
                    "Žádost o přístup k výsledkům voleb (XML)",
                    [
                        ["Produkční IP", "198.19.8.20"],
                        ["", "198.19.8.21"],
                        ["Kontaktní osoba", "Hynek Šafránek"],
                        ["Kontakt", "safranek@rokycansky.example / 371 922 460"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "bm033-windows1250-bracket-form-pdf-copy",
        "description": "windows-1250 body holds an [x]/[ ] form with both requests ticked and "
        "'Název a IČO:' on one line; the PDF is a signed copy of the same",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Rádio Krumlov, s.r.o.",
            I33,
            None,
            ["192.0.2.110"],
            ["192.0.2.111"],
            "Božena Kučerová",
            "kucerova@radiokrumlov.example",
            "+420380711925",
        ),
        "from": "Božena Kučerová <kucerova@radiokrumlov.example>",
        "subject": "Žádost o výsledky voleb a natáčení",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": "Dobrý den,\n\nvyplněný formulář (kopie s podpisem v příloze):\n\n"
        "Název a IČO: Rádio Krumlov, s.r.o., " + I33 + "\n"
        "[x] přístup k výsledkům voleb ve formátu XML\n"
        "[x] povolení pořizovat zvukové a obrazové záznamy na pracovišti ČSÚ\n"
        "[ ] jiné: ....\n"
        "Produkční IP: 192.0.2.110\nTestovací IP: 192.0.2.111\n"
        "Kontakt: Božena Kučerová, tel. 380 711 925\n\n"
        "Božena Kučerová\n",
        "attachments": [
            (
                "pdf",
                "formular_podepsany.pdf",
                [
                    "Název a IČO: Rádio Krumlov, s.r.o., " + I33,
                    "[x] přístup k výsledkům voleb ve formátu XML<br/>[x] povolení pořizovat "
                    "záznamy na pracovišti ČSÚ<br/>[ ] jiné",
                    "Produkční IP: 192.0.2.110 / Testovací IP: 192.0.2.111",
                    "Kontakt: Božena Kučerová, kucerova@radiokrumlov.example, 380 711 925",
                    "Podpis: Kučerová",
                ],
            )
        ],
    },
    {
        "id": "bm034-pdf-letter-filming-box-in-signature",
        "description": "filming-only PDF letter with letterhead and footer; IČO and data-box ID "
        "in the mail's signature block; a sound engineer named beside the contact",
        "style": Style.LETTER,
        "labels": L(
            [FILM],
            "Rádio Slezsko plus s.r.o.",
            I34,
            "rs2plz9",
            [],
            [],
            "Dominik Hrabal",
            "hrabal@slezskoplus.example",
            "+420553618027",
        ),
        "from": "Dominik Hrabal <hrabal@slezskoplus.example>",
        "subject": "Povolení k nahrávání na pracovišti ČSÚ Opava",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nv příloze žádost o povolení nahrávat reportáž.\n\n"
        "Dominik Hrabal\nredaktor\nRádio Slezsko plus s.r.o.\nIČO: " + I34 + "\n"
        "ID DS: rs2plz9\n+420 553 618 027\n",
        "attachments": [
            (
                "pdf",
                "povoleni_nahravani.pdf",
                [
                    "RÁDIO SLEZSKO PLUS s.r.o. | Ostrožná 21 | 746 01 Opava",
                    "Žádost o povolení pořizovat zvukový a obrazový záznam na pracovišti ČSÚ "
                    "v Opavě během sčítání hlasů. Reportáž připravuje redaktor Dominik Hrabal "
                    "se zvukařem Michalem Sonkem. Data z volebního serveru nepotřebujeme.",
                    "Kontakt: Dominik Hrabal, hrabal@slezskoplus.example",
                    "IČO " + I34 + " | www.slezskoplus.example",
                ],
            )
        ],
    },
    {
        "id": "bm035-hungarian-pdf-ipv6-production",
        "description": "Hungarian applicant without IČO; English/Hungarian cover, the PDF "
        "gives IPv6 production and test addresses; the contact surname first",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Tisza Hírügynökség Kft.",
            None,
            None,
            ["2001:db8:36::a", "2001:db8:36::b"],
            ["2001:db8:36::f"],
            "Halmi Eszter",
            "halmi.eszter@tiszahir.example",
            "+36304821175",
        ),
        "from": "Halmi Eszter <halmi.eszter@tiszahir.example>",
        "subject": "Kérelem / application - Czech election results",
        "headers": IPHONE,
        "body": "Tisztelt Hölgyem/Uram, Dear Sir or Madam,\n\nplease find attached the "
        "application of Tisza Hírügynökség Kft. for the XML results feed.\n\n"
        "Üdvözlettel / Best regards\nHalmi Eszter\n+36 30 482 1175\n",
        "attachments": [
            (
                "pdf",
                "THK_kerelem.pdf",
                [
                    "Tisza Hírügynökség Kft. | Kárász utca 9, 6720 Szeged | Cg. 06-09-031846",
                    "Application for access to the election results (XML feed)",
                    {
                        "rows": [
                            ["Production / éles", "2001:db8:36::a, 2001:db8:36::b"],
                            ["Test / teszt", "2001:db8:36::f"],
                            [
                                "Contact / kapcsolattartó",
                                "Halmi Eszter, halmi.eszter@tiszahir.example, +36 30 482 1175",
                            ],
                        ],
                        "widths": [150, 300],
                    },
                ],
            )
        ],
    },
    {
        "id": "bm036-databox-bare-annotation-rtf-range",
        "description": "data message annotated with one word; the RTF table writes the "
        "production addresses as a dash range (three addresses)",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Žďárský průvodce s.r.o.",
            I36,
            "zp5dr1a",
            ["192.0.2.30", "192.0.2.31", "192.0.2.32"],
            ["192.0.2.35"],
            "Renata Doležalová",
            "dolezalova@zdarskypruvodce.example",
            "+420566624380",
        ),
        "databox": box("zp5dr1a", "Žďárský průvodce s.r.o.", "Nádražní 44, 591 01 Žďár n. S."),
        "subject": "Žádost",
        "attachments": [
            (
                "rtf",
                "zadost_ZP.rtf",
                [
                    "Žďárský průvodce s.r.o., IČO " + I36,
                    "Žádost o přístup k průběžným výsledkům voleb (XML)",
                    [
                        ["Údaj", "Hodnota"],
                        ["Produkční IP (rozsah)", "192.0.2.30 - 192.0.2.32"],
                        ["Testovací IP", "192.0.2.35"],
                        ["Kontakt", "Renata Doležalová"],
                        ["Tel. / e-mail", "566 624 380 / dolezalova@zdarskypruvodce.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "bm037-reply-explains-the-role-column",
        "description": "reply to the office's question quoting it: the workbook's roles "
        "hlavní/záloha are production, vývoj is test",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Olomoucký hlas, z.ú.",
            I37,
            None,
            ["198.51.100.100", "198.51.100.101"],
            ["198.51.100.110"],
            "Šimon Procházka",
            "prochazka@olomouckyhlas.example",
            "+420585230471",
        ),
        "from": "Šimon Procházka <prochazka@olomouckyhlas.example>",
        "subject": "Re: Dotaz k žádosti - Olomoucký hlas",
        "headers": TBIRD,
        "body": "Dobrý den,\n\nve sloupci Role: hlavní i záloha jsou produkční servery, vývoj je "
        "testovací. Tabulku přikládám znovu.\n\nŠimon Procházka, 585 230 471\n\n"
        "On 5. 9. 2025 11:02, podatelna@czso.cz wrote:\n"
        "> Dobrý den, z tabulky není zřejmé, které adresy jsou testovací.\n"
        "> S pozdravem, ČSÚ\n",
        "attachments": [
            (
                "xlsx",
                "OH_adresy.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Olomoucký hlas, z.ú. (IČO " + I37 + ")", "", ""],
                            ["IP", "Role", "Umístění"],
                            ["198.51.100.100", "hlavní", "Olomouc"],
                            ["198.51.100.101", "záloha", "Prostějov"],
                            ["198.51.100.110", "vývoj", "Olomouc"],
                            ["Kontakt: Šimon Procházka, prochazka@olomouckyhlas.example", "", ""],
                        ],
                        "merge": ["A1:C1", "A6:C6"],
                    }
                ],
            )
        ],
    },
    {
        "id": "bm038-empty-mail-odt-filming-crew",
        "description": "empty body; the ODT asks only to film and lists a crew, the contact "
        "is named separately",
        "style": Style.EMPTY,
        "labels": L(
            [FILM],
            "Hanácký rozhled s.r.o.",
            I38,
            None,
            [],
            [],
            "Barbora Kynclová",
            "kynclova@hanackyrozhled.example",
            "+420581116732",
        ),
        "from": "Redakce Hanácký rozhled <redakce@hanackyrozhled.example>",
        "subject": "natáčení volby",
        "headers": EVOLUTION,
        "body": "",
        "attachments": [
            (
                "odt",
                "natáčení_HR.odt",
                [
                    "Hanácký rozhled s.r.o., Dolní náměstí 6, 750 02 Přerov, IČO " + I38,
                    "Žádáme o povolení natáčet na pracovišti ČSÚ v Přerově ve volební noc.",
                    [
                        ["Štáb", "Funkce"],
                        ["Roman Vybíral", "kamera"],
                        ["Klára Bednaříková", "reportérka"],
                    ],
                    "Kontaktní osoba: Barbora Kynclová (produkce), "
                    "kynclova@hanackyrozhled.example, 581 116 732",
                ],
            )
        ],
    },
    {
        "id": "bm039-databox-bilingual-name-id-pdf-contact-in-annotation",
        "description": "data message: the annotation names the contact by initial and gives "
        "her phone, the PDF's bilingual 'Název / IČO (Name / ID):' line the applicant",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Pražská data, o.p.s.",
            I39,
            "pd8dat2",
            ["198.18.3.3"],
            ["198.18.3.4"],
            "Markéta Pánková",
            "pankova@prazskadata.example",
            "+420724661093",
        ),
        "databox": box("pd8dat2", "Pražská data, o.p.s.", "Korunní 81, 130 00 Praha 3"),
        "subject": "Přístup k XML výsledkům - IP viz příloha, kontakt M. Pánková 724 661 093",
        "attachments": [
            (
                "pdf",
                "application_PD.pdf",
                [
                    "Název / IČO (Name / ID): Pražská data, o.p.s. / " + I39,
                    "Předmět / Subject: přístup k výsledkům voleb (XML) / access to the "
                    "election results feed",
                    "Produkční IP / Production IP: 198.18.3.3",
                    "Testovací IP / Test IP: 198.18.3.4",
                    "Kontakt / Contact: Markéta Pánková, pankova@prazskadata.example",
                ],
            )
        ],
    },
    {
        "id": "bm040-cover-fixes-a-mistyped-address",
        "description": "the DOCX (header, footer, 'Název a IČO:' line) has a mistyped "
        "production address 203.0.113.311; the cover gives the right one",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Mostecký press, s.r.o.",
            I40,
            None,
            ["203.0.113.31", "203.0.113.32"],
            ["203.0.113.39"],
            "Libor Kasal",
            "kasal@mosteckypress.example",
            "+420476902553",
        ),
        "from": "Libor Kasal <kasal@mosteckypress.example>",
        "subject": "žádost Mostecký press",
        "headers": IPHONE,
        "body": "Dobrý den, posílám žádost. Ve formuláři je překlep, místo 203.0.113.311 má "
        "být 203.0.113.31.\n\nOdesláno z iPhonu\nLibor Kasal\n",
        "attachments": [
            (
                "docx",
                "zadost_MP.docx",
                {
                    "header": "Mostecký press, s.r.o. | Moskevská 1, 434 01 Most",
                    "footer": "strana 1/1",
                    "blocks": [
                        "Název a IČO: Mostecký press, s.r.o., IČO " + I40,
                        "Žádáme o přístup k výsledkům voleb (XML).",
                        "Produkční IP: 203.0.113.311, 203.0.113.32",
                        "Testovací IP: 203.0.113.39",
                        "Kontakt / tel.: Libor Kasal, 476 902 553, kasal@mosteckypress.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "bm041-databox-photographer-annotation-request",
        "description": "data message from a photographer's box (type 40): the annotation is "
        "the request, the DOCX a statement with IČO and contact",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Klára Mudrová",
            I41,
            "km4fot6",
            [],
            [],
            "Klára Mudrová",
            "klara@mudrovafoto.example",
            "+420739044518",
        ),
        "databox": box("km4fot6", "Klára Mudrová", "Údolní 31, 602 00 Brno", kind=40),
        "subject": "Žádám o povolení fotografovat ve volební noc na krajském pracovišti ČSÚ v Brně",
        "attachments": [
            (
                "docx",
                "prohlaseni.docx",
                {
                    "blocks": [
                        "Klára Mudrová, fotoreportérka, IČO " + I41,
                        "Fotografie budou použity pro regionální tisk. Přístup k datovému "
                        "serveru nežádám.",
                        "Kontakt: klara@mudrovafoto.example, 739 044 518",
                    ]
                },
            )
        ],
    },
    {
        "id": "bm042-html-english-note-withdraws-the-feed",
        "description": "HTML-only mail in English from a Czech outlet: the ODT form asks for "
        "both with addresses, the note withdraws the XML part: filming only, no addresses",
        "style": Style.CORRECTION,
        "labels": L(
            [FILM],
            "Prague Courier Media s.r.o.",
            I42,
            None,
            [],
            [],
            "Daniel Whitcombe",
            "whitcombe@praguecourier.example",
            "+420602775130",
        ),
        "from": "Daniel Whitcombe <whitcombe@praguecourier.example>",
        "subject": "Application - filming at CZSO (updated)",
        "headers": APPLE,
        "html": "<html><body><p>Hello,</p><p>attached is our form. We only need the filming "
        "permit after all &mdash; please disregard the XML / IP part of the form, our data "
        "team will use the public website.</p><p>Daniel Whitcombe<br>Managing Editor, "
        "Prague Courier<br>+420 602 775 130</p></body></html>",
        "attachments": [
            (
                "odt",
                "PCM_form.odt",
                [
                    "Prague Courier Media s.r.o., Vinohradská 12, 120 00 Praha 2, IČO " + I42,
                    [
                        ["Request", "YES / NO"],
                        ["XML results feed", "YES"],
                        ["Filming at the collection point", "YES"],
                        ["Production IP", "192.0.2.250"],
                        ["Test IP", "192.0.2.251"],
                        ["Contact", "Daniel Whitcombe, whitcombe@praguecourier.example"],
                    ],
                ],
            )
        ],
    },
]
