"""Twentyseventh held-out part ``ub``, cases ub029–ub042: box characters in a PDF form, a data-box
ID in a mail signature, an annotation that corrects the attached PDF, a German sender with a TXT
form, abbreviated roles in an XLSX, check marks in an HTML table, first/second contacts, a cover
mail that withdraws a ticked request, a written address range, wrapped IPv6 cells and data
messages whose annotation and file ask for different things. Written by hand apart from the
extraction rules (see make_twentyseventh_ub); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyseventh_ub_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    TBIRD,
    L,
    Style,
    ico,
)

I29, I30, I31, I33 = ico("2716094"), ico("0539182"), ico("2872651"), ico("4120937")
I34, I35, I36, I37 = ico("2604375"), ico("4591826"), ico("2739014"), ico("0816253")
I38, I39, I40, I41 = ico("2956147"), ico("0470218"), ico("2821976"), ico("6254310")
I42 = ico("2648305")

CASES: list[dict[str, Any]] = [
    {
        "id": "ub029-databox-pdf-box-characters",
        "description": "data message; the PDF form marks both requests with filled squares and "
        "leaves the 'other' box empty",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Rádio Region Morava, s.r.o.",
            I29,
            "q4ns7de",
            ["192.0.2.10"],
            ["192.0.2.11"],
            "Šárka Urbanová",
            "urbanova@radioregion.example",
            "+420558627301",
        ),
        "subject": "Žádost médií – formulář",
        "databox": {
            "box": "q4ns7de",
            "sender": "Rádio Region Morava, s.r.o.",
            "address": "Zámecká 3, 738 01 Frýdek-Místek",
        },
        "attachments": [
            (
                "pdf",
                "formular.pdf",
                [
                    "FORMULÁŘ ŽÁDOSTI MÉDIÍ",
                    f"Žadatel: Rádio Region Morava, s.r.o.     IČO: {I29}",
                    "■ přístup k výsledkům voleb ve formátu XML",
                    "■ povolení k natáčení / pořizování záznamu",
                    "□ jiné: ______________",
                    {
                        "rows": [
                            ["IP adresa produkční", "192.0.2.10"],
                            ["IP adresa testovací", "192.0.2.11"],
                            ["Kontaktní osoba", "Šárka Urbanová"],
                            ["Telefon / e-mail", "558 627 301 / urbanova@radioregion.example"],
                        ],
                        "widths": [150, 280],
                    },
                ],
            )
        ],
    },
    {
        "id": "ub030-outlook-signature-box-docx",
        "description": "Outlook cover whose signature block gives IČO and the applicant's "
        "data-box ID; addresses in the DOCX",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Nakladatelství Sever a Jih a.s.",
            I30,
            "7hq2mxe",
            ["198.51.100.80", "198.51.100.81"],
            [],
            "Robert Čížek",
            "cizek@severajih.example",
            "+420603907422",
        ),
        "from": "Robert Čížek <cizek@severajih.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze zasílám naši žádost. Testovací adresu nepotřebujeme.\n\n"
            "S pozdravem\n\nRobert Čížek\nvedoucí online redakce\n"
            "Nakladatelství Sever a Jih a.s.\nVinohradská 184, 130 00 Praha 3\n"
            f"IČO: {I30} | ID DS: 7hq2mxe\nM: +420 603 907 422\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_SaJ.docx",
                {
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["Server", "IP adresa"],
                                ["produkční 1", "198.51.100.80"],
                                ["produkční 2", "198.51.100.81"],
                            ]
                        },
                        "Kontakt: Robert Čížek, cizek@severajih.example",
                    ]
                },
            )
        ],
    },
    {
        "id": "ub031-databox-annotation-corrects-pdf",
        "description": "data message whose annotation corrects the test address in the "
        "attached PDF",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Info Kladno s.r.o.",
            I31,
            "k2zt5rb",
            ["203.0.113.180"],
            ["203.0.113.185"],
            "Adam Heřman",
            "herman@infokladno.example",
            "+420312409775",
        ),
        "subject": (
            "Žádost o přístup k XML. Oprava: v příloze je chybně testovací IP 203.0.113.181, "
            "správně je 203.0.113.185."
        ),
        "databox": {
            "box": "k2zt5rb",
            "sender": "Info Kladno s.r.o.",
            "address": "Váňova 1, 272 01 Kladno",
        },
        "attachments": [
            (
                "pdf",
                "zadost_infokladno.pdf",
                [
                    f"Info Kladno s.r.o., IČO {I31}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Produkční IP: 203.0.113.180\nTestovací IP: 203.0.113.181",
                    "Kontaktní osoba: Adam Heřman, 312 409 775, herman@infokladno.example",
                ],
            )
        ],
    },
    {
        "id": "ub032-german-txt-filming-no",
        "description": "German sender; a TXT form in English answers 'Filming permit: no', "
        "German phone, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Elbtal Nachrichten GmbH & Co. KG",
            None,
            None,
            ["198.51.100.50", "198.51.100.51"],
            ["198.51.100.55"],
            "Katrin Vogel",
            "k.vogel@elbtal-nachrichten.example",
            "+4935148207716",
        ),
        "from": "Katrin Vogel <k.vogel@elbtal-nachrichten.example>",
        "subject": "Antrag XML-Zugang Wahlergebnisse / request XML access",
        "headers": TBIRD,
        "body": (
            "Sehr geehrte Damen und Herren,\n\nanbei unser Antrag (Textdatei, auf Englisch).\n\n"
            "Mit freundlichen Grüßen\nKatrin Vogel\nElbtal Nachrichten GmbH & Co. KG, Dresden\n"
        ),
        "attachments": [
            (
                "txt",
                "antrag_request.txt",
                "REQUEST FORM - CZSO MEDIA SERVICES\n\n"
                "Organisation ........ Elbtal Nachrichten GmbH & Co. KG\n"
                "Registration ........ HRA 9127 (Amtsgericht Dresden)\n"
                "XML results access .. yes\n"
                "Filming permit ...... no\n"
                "Production IPs ...... 198.51.100.50, 198.51.100.51\n"
                "Test IP ............. 198.51.100.55\n"
                "Contact ............. Katrin Vogel\n"
                "Phone ............... +49 351 4820 7716\n"
                "E-mail .............. k.vogel@elbtal-nachrichten.example\n",
            )
        ],
    },
    {
        "id": "ub033-databox-xlsx-abbreviated-roles",
        "description": "data message; the XLSX role column uses PROD, záloha and TST",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Digitální noviny CZ s.r.o.",
            I33,
            "n8fy2qa",
            ["203.0.113.100", "203.0.113.101"],
            ["203.0.113.110", "203.0.113.111"],
            "Vladimír Kouba",
            "kouba@dncz.example",
            "+420736215480",
        ),
        "subject": "Žádost o přístup k volebním datům (XLSX)",
        "databox": {
            "box": "n8fy2qa",
            "sender": "Digitální noviny CZ s.r.o.",
            "address": "Karlovo nám. 10, 120 00 Praha 2",
        },
        "attachments": [
            (
                "xlsx",
                "ip_dncz.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Digitální noviny CZ s.r.o.", None, None],
                            [f"IČO {I33}", None, None],
                            ["IP", "typ", "pozn."],
                            ["203.0.113.100", "PROD", "primární"],
                            ["203.0.113.101", "záloha", "DR lokalita"],
                            ["203.0.113.110", "TST", ""],
                            ["203.0.113.111", "TST", "CI runner"],
                            ["kontakt", "Vladimír Kouba", "736 215 480"],
                            ["e-mail", "kouba@dncz.example", None],
                        ],
                        "merge": ["A1:C1", "A2:C2"],
                    }
                ],
            )
        ],
    },
    {
        "id": "ub034-gmail-html-checkmarks",
        "description": "Gmail HTML mail with a table of ✔/✘ per request (filming ✘) and a "
        "role column for addresses",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Týdeník Horácko, spolek",
            I34,
            None,
            ["192.0.2.225"],
            ["192.0.2.226"],
            "Marie Kučerová",
            "kucerova@horacko.example",
            "+420568840293",
        ),
        "from": "Marie Kučerová <kucerova@horacko.example>",
        "subject": "Žádost – Týdeník Horácko",
        "headers": GMAIL,
        "body": (
            "Dobrý den, žádáme: přístup k XML ANO, natáčení NE. IP: 192.0.2.225 (produkce), "
            "192.0.2.226 (test). Marie Kučerová, 568 840 293\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div>žádáme o následující:</div>'
            "<table border='1'><tr><td>Přístup k výsledkům (XML)</td><td>✔</td></tr>"
            "<tr><td>Natáčení na pracovišti ČSÚ</td><td>✘</td></tr></table><br>"
            "<table border='1'><tr><th>Role</th><th>IP</th></tr>"
            "<tr><td>produkce</td><td>192.0.2.225</td></tr>"
            "<tr><td>test</td><td>192.0.2.226</td></tr></table>"
            f"<div>Týdeník Horácko, spolek, IČO {I34}</div>"
            "<div>--<br>Marie Kučerová<br>redaktorka<br>568 840 293</div></div>"
        ),
    },
    {
        "id": "ub035-databox-odt-tv-both",
        "description": "data message from a regional TV; the ODT letter asks for the feed and "
        "for filming in one sentence, crew leader named apart from the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Regionální televize Vysočina s.r.o.",
            I35,
            "t6bw9rm",
            ["198.51.100.30"],
            [],
            "Kamila Novotná",
            "novotna@rtvysocina.example",
            "+420567311920",
        ),
        "subject": "Žádost o přístup k výsledkům a o natáčení",
        "databox": {
            "box": "t6bw9rm",
            "sender": "Regionální televize Vysočina s.r.o.",
            "address": "Masarykovo nám. 30, 586 01 Jihlava",
        },
        "attachments": [
            (
                "odt",
                "zadost_RTV.odt",
                [
                    f"Regionální televize Vysočina s.r.o., IČO {I35}",
                    "Vážení,",
                    "žádáme o přístup k výsledkům voleb ve formátu XML (server 198.51.100.30, "
                    "test nemáme) a současně o povolení natáčení na krajském pracovišti "
                    "v Jihlavě. Štáb povede kameraman Luboš Hrdina (777 108 642).",
                    "Kontaktní osoba pro žádost: Kamila Novotná, 567 311 920, "
                    "novotna@rtvysocina.example",
                    "Kamila Novotná, produkce",
                ],
            )
        ],
    },
    {
        "id": "ub036-pdf-first-second-contact",
        "description": "PDF naming a first contact and a second one as deputy; the cover mail is "
        "sent by the deputy",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Echo Jižní Čechy s.r.o.",
            I36,
            None,
            ["192.0.2.180"],
            ["192.0.2.181"],
            "Tereza Malá",
            "mala@echojc.example",
            "+420384226507",
        ),
        "from": "Josef Hruška <hruska@echojc.example>",
        "subject": "žádost volby – Echo JČ",
        "headers": APPLE,
        "body": "Dobrý den, posílám žádost za kolegyni Malou. J. Hruška\n",
        "attachments": [
            (
                "pdf",
                "Echo_zadost.pdf",
                [
                    f"Echo Jižní Čechy s.r.o. | IČO {I36} | Tábor",
                    "Žádost o přístup k výsledkům voleb",
                    "Produkční adresa 192.0.2.180, testovací 192.0.2.181.",
                    "Kontaktní osoby: první Tereza Malá (mala@echojc.example, 384 226 507), "
                    "druhá – zástup – Josef Hruška (hruska@echojc.example, 384 226 510).",
                ],
            )
        ],
    },
    {
        "id": "ub037-databox-txt-only-ipv6",
        "description": "data message whose annotation says only 'Podání'; the TXT file holds the "
        "application with an IPv6 production address",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Nový Hlas Prostějova s.r.o.",
            I37,
            "s9pe4hv",
            ["2001:db8:c0::10", "198.51.100.99"],
            [],
            "Lubomír Zapletal",
            "zapletal@novyhlas.example",
            "+420582330417",
        ),
        "subject": "Podání",
        "databox": {
            "box": "s9pe4hv",
            "sender": "Nový Hlas Prostějova s.r.o.",
            "address": "Žižkovo nám. 4, 796 01 Prostějov",
        },
        "attachments": [
            (
                "txt",
                "zadost_volby.txt",
                "Nový Hlas Prostějova s.r.o., IČO: "
                f"{I37}\n\nŽádáme o přístup k výsledkům voleb ve formátu XML.\n"
                "Naše servery (oba produkční):\n"
                "  2001:db8:c0:0::10\n"
                "  198.51.100.99\n"
                "Testovací prostředí nemáme.\n\n"
                "Kontakt: Lubomír Zapletal, 582 330 417, zapletal@novyhlas.example\n",
            )
        ],
    },
    {
        "id": "ub038-cover-withdraws-ticked-film",
        "description": "the DOCX form ticks both requests but the cover mail says filming is no "
        "longer wanted",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Pražský magazín Metropole s.r.o.",
            I38,
            None,
            ["203.0.113.240"],
            ["203.0.113.241"],
            "Nikola Benešová",
            "benesova@metropole.example",
            "+420724690138",
        ),
        "from": "Nikola Benešová <benesova@metropole.example>",
        "subject": "Žádost (formulář v příloze)",
        "headers": IPHONE,
        "body": (
            "Dobrý den,\n\nposílám formulář, který jsme vyplnili minulý měsíc. Natáčení, "
            "které je tam zaškrtnuté, už nepotřebujeme – reportáž se ruší. Žádáme tedy jen "
            "o přístup k XML.\n\nNikola Benešová\n724 690 138\n"
        ),
        "attachments": [
            (
                "docx",
                "formular_metropole.docx",
                {
                    "blocks": [
                        "Žadatel: Pražský magazín Metropole s.r.o.",
                        f"IČO: {I38}",
                        "☒ přístup k výsledkům ve formátu XML",
                        "☒ povolení k natáčení",
                        {
                            "rows": [
                                ["produkční IP", "203.0.113.240"],
                                ["testovací IP", "203.0.113.241"],
                                ["kontakt", "Nikola Benešová, benesova@metropole.example"],
                            ]
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "ub039-databox-rtf-slovak-branch",
        "description": "data message from the Czech branch of a Slovak publisher; Slovak RTF "
        "letter, the contact with a +421 phone",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Tatranský mediálny dom, a.s., organizační složka",
            I39,
            "w3ca8fn",
            ["192.0.2.120"],
            ["192.0.2.121"],
            "Juraj Kováčik",
            "kovacik@tmd.example",
            "+421918406227",
        ),
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "databox": {
            "box": "w3ca8fn",
            "sender": "Tatranský mediálny dom, a.s., organizační složka",
            "address": "Na Příkopě 15, 110 00 Praha 1",
        },
        "attachments": [
            (
                "rtf",
                "ziadost.rtf",
                [
                    f"Tatranský mediálny dom, a.s., organizační složka\nIČO {I39}",
                    "Žiadame o prístup k výsledkom volieb vo formáte XML.",
                    [
                        ["produkčná IP", "192.0.2.120"],
                        ["testovacia IP", "192.0.2.121"],
                    ],
                    "Kontaktná osoba: Juraj Kováčik, tel. +421 918 406 227, kovacik@tmd.example",
                ],
            )
        ],
    },
    {
        "id": "ub040-apple-pdf-wrapped-ipv6",
        "description": "Apple Mail cover; the PDF table is narrow so the IPv6 production address "
        "and the role text wrap inside their cells",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Datová redakce Kompas z.ú.",
            I40,
            None,
            ["2001:db8:1f00:ab::200", "192.0.2.250"],
            ["192.0.2.251"],
            "Filip Šrámek",
            "sramek@kompas-data.example",
            "+420775413806",
        ),
        "from": "Filip Šrámek <sramek@kompas-data.example>",
        "subject": "Žádost o XML – Kompas",
        "headers": APPLE,
        "flowed": True,
        "body": (
            "Dobrý den,\n\nv příloze posílám žádost Datové redakce Kompas. Pokud by vám vadila "
            "IPv6, napište.\n\nFilip Šrámek\n775 413 806\n"
        ),
        "attachments": [
            (
                "pdf",
                "kompas_zadost.pdf",
                [
                    f"Datová redakce Kompas z.ú., IČO {I40}",
                    {
                        "rows": [
                            ["Role", "Adresa"],
                            ["produkční (primární, IPv6)", "2001:db8:1f00:ab::200"],
                            ["produkční (IPv4)", "192.0.2.250"],
                            ["testovací", "192.0.2.251"],
                        ],
                        "widths": [70, 75],
                    },
                    "Kontakt: Filip Šrámek, sramek@kompas-data.example, 775 413 806",
                ],
            )
        ],
    },
    {
        "id": "ub041-databox-pdf-written-range",
        "description": "data message; the PDF writes the production addresses as a range "
        "'198.51.100.40–43' and the test address after it",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Agentura Zprávy Dnes, a.s.",
            I41,
            "f5gu7yk",
            ["198.51.100.40", "198.51.100.41", "198.51.100.42", "198.51.100.43"],
            ["198.51.100.44"],
            "Martina Horáková",
            "horakova@zpravydnes.example",
            "+420222510867",
        ),
        "subject": "Žádost o přístup k výsledkům voleb",
        "databox": {
            "box": "f5gu7yk",
            "sender": "Agentura Zprávy Dnes, a.s.",
            "address": "Vinohradská 12, 120 00 Praha 2",
        },
        "attachments": [
            (
                "pdf",
                "AZD_zadost.pdf",
                [
                    f"Agentura Zprávy Dnes, a.s. – IČO {I41} – DS f5gu7yk",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML.",
                    "Produkční adresy: 198.51.100.40–198.51.100.43 (4 servery v clusteru).\n"
                    "Testovací adresa: 198.51.100.44.",
                    "Kontakt: Martina Horáková, tel. 222 510 867, horakova@zpravydnes.example",
                ],
            )
        ],
    },
    {
        "id": "ub042-databox-annotation-film-file-feed",
        "description": "data message; the annotation asks for filming, the DOCX asks for the "
        "XML feed: both requests count",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Noviny Slovácka s.r.o.",
            I42,
            "g2yr6tp",
            ["203.0.113.45"],
            ["203.0.113.46"],
            "Pavlína Šebestová",
            "sebestova@noviny-slovacka.example",
            "+420572118634",
        ),
        "subject": (
            "Žádáme také o povolení natáčení na pracovišti ČSÚ ve Zlíně (štáb 2 osoby). "
            "Žádost o přístup k XML je v příloze."
        ),
        "databox": {
            "box": "g2yr6tp",
            "sender": "Noviny Slovácka s.r.o.",
            "address": "Masarykovo nám. 21, 686 01 Uherské Hradiště",
        },
        "attachments": [
            (
                "docx",
                "zadost_XML.docx",
                {
                    "header": f"Noviny Slovácka s.r.o. | IČO {I42}",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["produkční IP", "203.0.113.45"],
                                ["testovací IP", "203.0.113.46"],
                                ["kontaktní osoba", "Pavlína Šebestová"],
                                ["telefon", "572 118 634"],
                                ["e-mail", "sebestova@noviny-slovacka.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
]
