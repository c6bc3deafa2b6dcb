"""Twentyfifth held-out part ``sb``, cases sb029–sb042: a phone-sent PDF form with [x]/[ ], a
freelancer's data message with IPv6 in the annotation, an XLSX with an ANO/NE sheet and a
cancelled address, an RTF form behind an iso-8859-2 mail, a photo agency's DOCX with an ANO/NE
column, an English freelancer's PDF letter, a town's forwarded .eml from its IT supplier, data
messages with the office's box in a letter, an ODT checkbox form, an annotation completed by an
RTF cover sheet and an XLSX with PROD/TST, two attached forms of which only one counts, an
HTML-only form with its addresses in a TXT, and an Austrian agency's German PDF behind an empty
mail. Written by hand apart from the extraction rules (see make_twentyfifth_sb); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyfifth_sb_common import (
    APPLE,
    FEED,
    FILM,
    IPHONE,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    L,
    Style,
    ico,
)

I29, I30, I31, I32 = ico("2637984"), ico("0931741"), ico("2917745"), ico("0288637")
I33, I35, I36, I37 = ico("2649803"), ico("0085419"), ico("2770158"), ico("4791206")
I38, I39, I40, I41 = ico("3604425"), ico("0418352"), ico("0095834"), ico("2951376")

CASES: list[dict[str, Any]] = [
    {
        "id": "sb029-iphone-flowed-pdf-bracket-form",
        "description": "flowed note from an iPhone; the PDF form uses [x]/[ ] for the request "
        "types and has no test address",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Svitavský občasník s.r.o.",
            I29,
            None,
            ["192.0.2.60"],
            [],
            "Řehoř Beneš",
            "benes@svitavskyobcasnik.example",
            "+420603229118",
        ),
        "from": "Řehoř Beneš <benes@svitavskyobcasnik.example>",
        "subject": "formulář volby",
        "headers": IPHONE,
        "flowed": True,
        "body": (
            "Dobrý den, posílám z mobilu, formulář je v příloze. Kdyžtak volejte. \n"
            "Beneš\n\n"
            "Odesláno z iPhonu\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular.pdf",
                [
                    "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB / O POVOLENÍ NATÁČENÍ",
                    "[x] přístup k výsledkům voleb ve formátu XML<br/>"
                    "[ ] povolení k natáčení na sběrném místě",
                    {
                        "rows": [
                            ["Žadatel (název, právní forma)", "Svitavský občasník s.r.o."],
                            ["IČO", I29],
                            ["Produkční IP adresa/y", "192.0.2.60"],
                            ["Testovací IP adresa/y", "nemáme testovací prostředí"],
                            ["Kontaktní osoba", "Řehoř Beneš"],
                            ["Telefon", "603229118"],
                            ["E-mail", "benes@svitavskyobcasnik.example"],
                        ],
                        "widths": [170, 250],
                    },
                    "Ve Svitavách 19. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "sb030-databox-freelancer-ipv6-annotation",
        "description": "a data journalist's own box: application with IPv6 addresses in the "
        "annotation, the IČO only in the attached trade-licence extract",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Ondřej Vacek",
            I30,
            "o7vc3dm",
            ["2001:db8:77::5"],
            ["2001:db8:77::6"],
            "Ondřej Vacek",
            "vacek@volebnimapa.example",
            "+420777014392",
        ),
        "subject": "Žádám o přístup k XML s výsledky voleb pro svůj web volebnimapa.example. "
        "Produkční IPv6 2001:db8:77::5, testovací 2001:db8:77::6. Kontakt: Ondřej Vacek, "
        "+420 777 014 392, vacek@volebnimapa.example",
        "databox": {
            "box": "o7vc3dm",
            "sender": "Ing. Ondřej Vacek",
            "address": "Lidická 880/14, 602 00 Brno",
            "type": 30,
        },
        "attachments": [
            (
                "pdf",
                "vypis_ZR_Vacek.pdf",
                [
                    "VÝPIS ZE ŽIVNOSTENSKÉHO REJSTŘÍKU",
                    {
                        "rows": [
                            ["Jméno a příjmení:", "Ing. Ondřej Vacek"],
                            ["Identifikační číslo osoby:", I30],
                            ["Místo podnikání:", "Lidická 880/14, 602 00 Brno"],
                            [
                                "Předmět podnikání:",
                                "Výroba, obchod a služby neuvedené v přílohách 1 až 3 "
                                "živnostenského zákona; obor: poskytování software, "
                                "poradenství v oblasti informačních technologií",
                            ],
                            ["Vznik oprávnění:", "02.05.2019"],
                            ["Doba platnosti:", "na dobu neurčitou"],
                        ],
                        "widths": [160, 280],
                    },
                    "Živnostenský úřad: Úřad městské části Brno-střed. Výpis ke dni 8. 9. 2025.",
                ],
            )
        ],
    },
    {
        "id": "sb031-xlsx-ano-ne-sheet-cancelled-row",
        "description": "OWA cover; XLSX with an ANO/NE sheet for the requests and an address "
        "sheet where one production row is marked ZRUŠENO",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Jablonecký metropolitan s.r.o.",
            I31,
            None,
            ["198.51.100.90", "198.51.100.92"],
            ["198.51.100.99"],
            "Roman Jirásek",
            "jirasek@jbcmetropolitan.example",
            "+420483312670",
        ),
        "from": "Roman Jirásek <jirasek@jbcmetropolitan.example>",
        "subject": "Žádost o přístup k XML výsledkům – Jablonecký metropolitan",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\nv příloze žádost (xlsx, dva listy). "
            "Řádek označený jako zrušený prosím ignorujte, ten server už vypínáme.\n\n"
            "Roman Jirásek\nJablonecký metropolitan\n"
        ),
        "html": (
            "<html><body><div>Dobrý den,</div><div><br></div>"
            "<div>v příloze žádost (xlsx, dva listy). Řádek označený jako zrušený prosím "
            "ignorujte, ten server už vypínáme.</div><div><br></div>"
            "<div>Roman Jirásek<br>Jablonecký metropolitan</div></body></html>"
        ),
        "attachments": [
            (
                "xlsx",
                "zadost_JM.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Jablonecký metropolitan s.r.o."],
                            ["IČO", I31],
                            [],
                            ["Požadavek", "ANO/NE"],
                            ["Přístup k výsledkům voleb (XML)", "ANO"],
                            ["Natáčení na sběrném místě", "NE"],
                            [],
                            ["Kontaktní osoba", "Roman Jirásek"],
                            ["Telefon", "483 312 670"],
                            ["E-mail", "jirasek@jbcmetropolitan.example"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["IP adresa", "Účel", "Stav"],
                            ["198.51.100.90", "produkce", "aktivní"],
                            ["198.51.100.91", "produkce", "ZRUŠENO – nepoužívat"],
                            ["198.51.100.92", "produkce", "aktivní"],
                            ["198.51.100.99", "test", "aktivní"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "sb032-seznam-latin2-rtf-bracket-form",
        "description": "iso-8859-2 mail from Seznam; RTF form with [X]/[ ], 'ostrá'/'záložní'/"
        "'TST' rows and a named colleague as contact with a 00420 phone",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Mediální institut Jih, z. ú.",
            I32,
            None,
            ["192.0.2.240", "192.0.2.241"],
            ["192.0.2.249"],
            "Dominik Šťastný",
            "stastny@mijih.example",
            "+420739118550",
        ),
        "from": "Blanka Horká <horka@mijih.example>",
        "subject": "zadost o pristup k vysledkum",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "zasílám žádost našeho ústavu ve formátu RTF. Technické dotazy prosím směřujte "
            "na kolegu uvedeného ve formuláři.\n\n"
            "Blanka Horká\nMediální institut Jih\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_MIJ.rtf",
                [
                    f"Mediální institut Jih, z. ú.\nU Tržnice 9, 695 01 Hodonín\nIČO {I32}",
                    "Požadujeme:\n[X] přístup k výsledkům voleb (XML)\n"
                    "[ ] povolení k natáčení na sběrném místě",
                    [
                        ["Typ adresy", "Adresa"],
                        ["ostrá", "192.0.2.240"],
                        ["záložní", "192.0.2.241"],
                        ["TST", "192.0.2.249"],
                    ],
                    "Kontaktní osoba: Bc. Dominik Šťastný, 00420 739 118 550, "
                    "stastny@mijih.example",
                ],
            )
        ],
    },
    {
        "id": "sb033-databox-photo-agency-docx-ano-ne",
        "description": "data message from a photo agency: the annotation asks to film, the "
        "DOCX answers NE for the feed and ANO for recording",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FILM],
            "Fotoagentura Mžik s.r.o.",
            I33,
            "f2mz8cq",
            [],
            [],
            "Klára Hudcová",
            "hudcova@mzik.example",
            "+420720338461",
        ),
        "subject": "Žádost o povolení fotografovat a natáčet na sběrném místě ČSÚ v Praze – "
        "formulář v příloze",
        "databox": {
            "box": "f2mz8cq",
            "sender": "Fotoagentura Mžik s.r.o.",
            "address": "Korunní 810/104, 101 00 Praha 10",
        },
        "attachments": [
            (
                "docx",
                "Mzik_formular_CSU.docx",
                {
                    "header": f"Fotoagentura Mžik s.r.o. · IČO {I33} · ID DS f2mz8cq",
                    "blocks": [
                        "Formulář žádosti médií – volby 2025",
                        {
                            "rows": [
                                ["Požadavek", "Odpověď (ANO/NE)"],
                                ["Přístup k výsledkům voleb ve formátu XML", "NE"],
                                ["Fotografování / natáčení na sběrném místě", "ANO"],
                            ]
                        },
                        "Fotografové: Klára Hudcová, Daniel Boček (mobil 605 228 117)",
                        "Termín: 4. 10. 2025, 15:00–21:00, sběrné místo Praha",
                        "Kontaktní osoba: Klára Hudcová, tel. 720 338 461, hudcova@mzik.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "sb034-english-freelancer-pdf-film-only",
        "description": "British freelancer without a company: PDF letter asks only to film and "
        "declines the feed; UK mobile and press card number",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Oliver Brant",
            None,
            None,
            [],
            [],
            "Oliver Brant",
            "oliver@brantfilms.example",
            "+447700900418",
        ),
        "from": "Oliver Brant <oliver@brantfilms.example>",
        "subject": "Filming request - election night in Prague",
        "headers": APPLE,
        "body": (
            "Hello,\n\n"
            "I attach a short letter with my filming request for the election night. "
            "Happy to send anything else you need.\n\n"
            "Cheers,\nOliver\n"
        ),
        "attachments": [
            (
                "pdf",
                "Brant_filming_request.pdf",
                [
                    "Oliver Brant – independent documentary filmmaker\n"
                    "14 Carlisle Road, Leeds LS6 2QF, United Kingdom",
                    "To: Czech Statistical Office, Prague",
                    "Re: Request for permission to film at a collection point",
                    "I am a freelance filmmaker working on a short documentary about European "
                    "elections for an online magazine. I would like to film the collection "
                    "point in Prague on 4 October 2025 between 6 pm and 11 pm, alone and "
                    "with a small handheld camera.",
                    "I do not need access to the XML results feed.",
                    "NUJ press card no. 081442. Phone +44 7700 900418, "
                    "e-mail oliver@brantfilms.example.",
                    "Oliver Brant, 17 September 2025",
                ],
            )
        ],
    },
    {
        "id": "sb035-town-forwards-supplier-eml",
        "description": "a town's spokeswoman forwards its IT supplier's mail as .eml; the "
        "supplier offers himself but she names herself the contact, mobile before switchboard",
        "style": Style.FORWARD_EML,
        "labels": L(
            [FEED],
            "Město Horní Lipovec",
            I35,
            None,
            ["198.51.100.120"],
            ["198.51.100.121"],
            "Simona Peková",
            "pekova@hornilipovec.example",
            "+420777650203",
        ),
        "from": '"Mgr. Simona Peková" <pekova@hornilipovec.example>',
        "subject": "FW: podklady pro ČSÚ – výsledky voleb na webu města",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám žádost, kterou pro nás připravil náš dodavatel IT (viz přiložený "
            f"e-mail). Žadatelem je Město Horní Lipovec, IČO {I35}. Kontaktní osobou za "
            "město pro tuto žádost budu já, mobil 777 650 203.\n\n"
            "S pozdravem\n"
            "Mgr. Simona Peková\n"
            "tisková mluvčí\n"
            "Městský úřad Horní Lipovec, ústředna 461 722 300\n"
        ),
        "attachments": [
            (
                "eml",
                "RE podklady pro CSU.eml",
                {
                    "id": "sb035-inner",
                    "from": "Tomáš Brabec <brabec@lipovec-it.example>",
                    "to": '"Mgr. Simona Peková" <pekova@hornilipovec.example>',
                    "subject": "RE: podklady pro ČSÚ",
                    "body": (
                        "Dobrý den, paní Peková,\n\n"
                        "posílám text žádosti, stačí ho přeposlat:\n\n"
                        "Město Horní Lipovec žádá o přístup k průběžným výsledkům voleb "
                        "ve formátu XML pro zobrazení na webu města.\n"
                        "Produkční IP adresa: 198.51.100.120\n"
                        "Testovací IP adresa: 198.51.100.121\n\n"
                        "Kdyby se ČSÚ ptal na techniku, může volat mně: 605 410 887.\n\n"
                        "Tomáš Brabec\nLipovec IT s.r.o.\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "sb036-databox-backup-annotation-and-letter",
        "description": "data message with the addresses in the annotation (prod/záloha/test) "
        "and again in the PDF, whose address block prints the office's box",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Zlínský hlas a.s.",
            I36,
            "z3hl6ak",
            ["192.0.2.50", "192.0.2.51"],
            ["192.0.2.52"],
            "Jitka Ondrová",
            "ondrova@zlinskyhlas.example",
            "+420577212480",
        ),
        "subject": "Žádost o přístup k XML s výsledky voleb: prod 192.0.2.50, záloha "
        "192.0.2.51, test 192.0.2.52. Podrobnosti v přiloženém dopise.",
        "databox": {
            "box": "z3hl6ak",
            "sender": "Zlínský hlas a.s.",
            "address": "třída Tomáše Bati 3910, 760 01 Zlín",
        },
        "attachments": [
            (
                "pdf",
                "dopis_CSU_ZH.pdf",
                [
                    f"Zlínský hlas a.s., třída Tomáše Bati 3910, 760 01 Zlín, IČO {I36}",
                    "Adresát: Český statistický úřad, datová schránka 2gfaasy",
                    "Věc: Žádost o přístup k průběžným výsledkům voleb",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML z těchto adres:",
                    {
                        "rows": [
                            ["Hlavní server", "192.0.2.50"],
                            ["Záložní server", "192.0.2.51"],
                            ["Testovací server", "192.0.2.52"],
                        ],
                        "widths": [150, 200],
                    },
                    "Kontaktní osoba: Jitka Ondrová, redaktorka online, 577 212 480, "
                    "ondrova@zlinskyhlas.example",
                    "Ve Zlíně dne 17. 9. 2025\nMgr. Ivo Šrámek, předseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "sb037-two-forms-only-2025-counts",
        "description": "S/MIME-signed mail with an old 2023 PDF and a new 2025 DOCX attached; "
        "the cover says only the 2025 form counts",
        "style": Style.COVER_CHANGE,
        "labels": L(
            [FEED],
            "Kladno dnes s.r.o.",
            I37,
            None,
            ["203.0.113.180"],
            ["203.0.113.185"],
            "Martina Holečková",
            "holeckova@kladnodnes.example",
            "+420312245880",
        ),
        "from": "Martina Holečková <holeckova@kladnodnes.example>",
        "subject": "Žádost Kladno dnes – XML výsledky",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Dobrý den,\n\n"
            "posílám žádost o přístup k výsledkům voleb. Omlouvám se, v příloze jsou dva "
            "formuláře – platí ten s rokem 2025, ten z roku 2023 jsem přiložila omylem "
            "(adresy v něm už neplatí).\n\n"
            "Martina Holečková\nKladno dnes s.r.o.\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular_2023.pdf",
                [
                    "Žádost o přístup k výsledkům voleb – prezidentská volba 2023",
                    {
                        "rows": [
                            ["Žadatel", "Kladno dnes s.r.o."],
                            ["IČO", I37],
                            ["Produkční IP", "203.0.113.150"],
                            ["Testovací IP", "203.0.113.155"],
                            ["Kontakt", "Martina Holečková, 312 245 880"],
                        ],
                        "widths": [150, 250],
                    },
                ],
            ),
            (
                "docx",
                "formular_2025.docx",
                {
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb – volby do Poslanecké sněmovny 2025",
                        {
                            "rows": [
                                ["Žadatel", "Kladno dnes s.r.o."],
                                ["IČO", I37],
                                ["Produkční IP", "203.0.113.180"],
                                ["Testovací IP", "203.0.113.185"],
                                ["Kontakt", "Martina Holečková, 312 245 880"],
                                ["E-mail", "holeckova@kladnodnes.example"],
                            ]
                        },
                    ]
                },
            ),
        ],
    },
    {
        "id": "sb038-html-form-ticks-txt-addresses",
        "description": "HTML-only Roundcube mail with a ticked-boxes table for both requests; "
        "the addresses, one of them an IPv6 test address, are only in an attached TXT",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Liberecký týdeník Ještěd s.r.o.",
            I38,
            None,
            ["203.0.113.170", "203.0.113.171"],
            ["2001:db8:aa::170"],
            "Vojtěch Kounický",
            "kounicky@tydenikjested.example",
            "+420485111302",
        ),
        "from": "Vojtěch Kounický <kounicky@tydenikjested.example>",
        "subject": "Žádost – přístup k XML + natáčení (Liberec)",
        "headers": ROUNDCUBE,
        "html": (
            "<html><body style='font-family:sans-serif'><p>Dobrý den,</p>"
            "<p>za Liberecký týdeník Ještěd s.r.o. (IČO "
            f"{I38}) žádáme:</p>"
            "<table border='1' cellpadding='4'>"
            "<tr><td>☑</td><td>přístup k výsledkům voleb ve formátu XML</td></tr>"
            "<tr><td>☑</td><td>povolení natáčet na sběrném místě v Liberci (4. 10.)</td></tr>"
            "</table>"
            "<p>IP adresy jsou v přiloženém souboru ip.txt.</p>"
            "<p>Vojtěch Kounický<br>zástupce šéfredaktora<br>tel. 485 111 302</p>"
            "</body></html>"
        ),
        "attachments": [
            (
                "txt",
                "ip.txt",
                "prod:\n203.0.113.170\n203.0.113.171\n\ntest:\n2001:db8:aa::170\n",
            )
        ],
    },
    {
        "id": "sb039-databox-cooperative-odt-checkboxes",
        "description": "data message from a cooperative TV: ODT form with both boxes ticked, "
        "no test address, contact a named editor",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED, FILM],
            "Regionální televize Labe, družstvo",
            I39,
            "l8bd4tv",
            ["203.0.113.240", "203.0.113.241"],
            [],
            "Renata Cibulková",
            "cibulkova@rtlabe.example",
            "+420475603318",
        ),
        "subject": "Žádost o přístup k výsledkům voleb a povolení natáčení – formulář",
        "databox": {
            "box": "l8bd4tv",
            "sender": "Regionální televize Labe, družstvo",
            "address": "Mírové náměstí 34, 400 01 Ústí nad Labem",
        },
        "attachments": [
            (
                "odt",
                "formular_RTL.odt",
                [
                    "Regionální televize Labe, družstvo",
                    f"IČO: {I39}    ID datové schránky: l8bd4tv",
                    "☒ přístup k průběžným výsledkům voleb (XML)",
                    "☒ povolení k natáčení na sběrném místě Ústí nad Labem",
                    [
                        ["produkční IP", "203.0.113.240, 203.0.113.241"],
                        ["testovací IP", "—"],
                    ],
                    "Kontaktní osoba: Renata Cibulková, šéfredaktorka, 475 603 318, "
                    "cibulkova@rtlabe.example",
                    "Za družstvo: Ing. Miloš Zedník, předseda",
                ],
            )
        ],
    },
    {
        "id": "sb040-databox-annotation-plus-rtf-cover-sheet",
        "description": "data message: the addresses (ostrý/záloha/TST) in the annotation, the "
        "IČO and contact only in an attached RTF cover sheet",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Kroměřížská mediální s.r.o.",
            I40,
            "k5ms2yd",
            ["198.51.100.60", "198.51.100.61"],
            ["198.51.100.68"],
            "Vendula Machalová",
            "machalova@kmedia.example",
            "+420573331228",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb: ostrý server 198.51.100.60, "
        "záloha 198.51.100.61, TST 198.51.100.68. Kontaktní údaje a IČO v příloze.",
        "databox": {
            "box": "k5ms2yd",
            "sender": "Kroměřížská mediální s.r.o.",
            "address": "Velké náměstí 8, 767 01 Kroměříž",
        },
        "attachments": [
            (
                "rtf",
                "pruvodni_list.rtf",
                [
                    "PRŮVODNÍ LIST K ŽÁDOSTI",
                    [
                        ["Žadatel", "Kroměřížská mediální s.r.o."],
                        ["IČO", f"{I40[:3]} {I40[3:5]} {I40[5:]}"],
                        ["Kontaktní osoba", "Vendula Machalová"],
                        ["Telefon", "573 331 228"],
                        ["E-mail", "machalova@kmedia.example"],
                    ],
                    "IP adresy jsou uvedeny v poznámce datové zprávy.",
                ],
            )
        ],
    },
    {
        "id": "sb041-databox-xlsx-prod-tst-ipv6",
        "description": "data message with an XLSX of PROD/TST rows (IPv6 among the tests), a "
        "form version number and a contact sheet",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "BrnoNow s.r.o.",
            I41,
            "b9nw3xr",
            ["198.51.100.200", "198.51.100.201"],
            ["2001:db8:b0::200", "198.51.100.209"],
            "Štěpán Dvořáček",
            "dvoracek@brnonow.example",
            "+420541220917",
        ),
        "subject": "Žádost o XML feed – volby do PS 2025",
        "databox": {
            "box": "b9nw3xr",
            "sender": "BrnoNow s.r.o.",
            "address": "Masarykova 31, 602 00 Brno",
        },
        "attachments": [
            (
                "xlsx",
                "BrnoNow_CSU_v2.3.1.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Formulář v2.3.1", None, None],
                            ["Typ", "IP adresa", "Poznámka"],
                            ["PROD", "198.51.100.200", "FW edge 1"],
                            ["PROD", "198.51.100.201", "FW edge 2"],
                            ["TST", "2001:db8:b0::200", "IPv6 stage"],
                            ["TST", "198.51.100.209", ""],
                        ],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Společnost", "BrnoNow s.r.o."],
                            ["IČO", I41],
                            ["Kontaktní osoba", "Štěpán Dvořáček"],
                            ["Telefon", "+420 541 220 917"],
                            ["E-mail", "dvoracek@brnonow.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "sb042-empty-mail-german-pdf-austrian-agency",
        "description": "empty Apple Mail message; German PDF form from an Austrian agency with "
        "both boxes ticked, Austrian landline, company register and VAT numbers as noise",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Donau Presse Agentur GmbH",
            None,
            None,
            ["192.0.2.90", "192.0.2.91"],
            ["192.0.2.99"],
            "Florian Leitgeb",
            "leitgeb@donaupresse.example",
            "+4313607741",
        ),
        "from": '"Mag. Florian Leitgeb" <leitgeb@donaupresse.example>',
        "subject": "Antrag / žádost – Wahlergebnisse XML",
        "headers": APPLE,
        "body": "\n\n",
        "attachments": [
            (
                "pdf",
                "Antrag_CZSO_DPA.pdf",
                [
                    "DONAU PRESSE AGENTUR GmbH\nLeopoldsgasse 21, 1020 Wien\n"
                    "FN 412873 k, Handelsgericht Wien | UID ATU68124407",
                    "Antrag auf Zugang zu den Wahlergebnissen / Drehgenehmigung",
                    "☒ Zugang zum XML-Ergebnisserver<br/>"
                    "☒ Drehgenehmigung an der Sammelstelle Brünn (4. 10. 2025)",
                    {
                        "rows": [
                            ["Produktion", "192.0.2.90, 192.0.2.91"],
                            ["Test", "192.0.2.99"],
                            ["Ansprechpartner", "Mag. Florian Leitgeb"],
                            ["Telefon", "+43 1 360 77 41"],
                            ["E-Mail", "leitgeb@donaupresse.example"],
                        ],
                        "widths": [150, 250],
                    },
                    "Wien, am 16. September 2025",
                ],
            )
        ],
    },
]
