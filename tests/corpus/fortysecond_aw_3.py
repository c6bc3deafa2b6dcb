"""Forty-second held-out part ``aw``, cases aw029–aw042: data messages with PDF, ODT, TXT, XLSX
and DOCX files (both requests ticked, an IPv6 test address, a town's press officer as contact,
an annotation replacing an address in the file, a publisher behind a magazine), cover mails
whose note completes an unticked box, an XLSX with an obsolete sheet, an English agency PDF, an
HTML signature with a box ID, a reply building on the applicant's own quoted original and a
Hungarian-language paper. Written by hand apart from the extraction rules (see
make_fortysecond_aw); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortysecond_aw_common import (
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    ROUNDCUBE,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I29, I30, I31, I33, I34 = (
    ico("2574019"),
    ico("0618247"),
    ico("2897310"),
    ico("2466183"),
    ico("0715924"),
)
I35, I36, I37, I38, I40 = (
    ico("2930746"),
    ico("0027916"),
    ico("2680451"),
    ico("0539172"),
    ico("2451087"),
)
I41, I42 = ico("2798063"), ico("0472618")

CASES: list[dict[str, Any]] = [
    {
        "id": "aw029-databox-pdf-both-ticked",
        "description": "data message; annotation summarises, PDF form ticks [x] both requests",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Krajské noviny Vysočina a.s.",
            I29,
            "k2vb8xe",
            ["203.0.113.30"],
            ["203.0.113.31"],
            "Zuzana Křížová",
            "krizova@knvysocina.example",
            "+420567210884",
        ),
        "subject": "Žádost o přístup k XML a o povolení natáčení – formulář v příloze",
        "databox": box(
            "k2vb8xe", "Krajské noviny Vysočina a.s.", "Havlíčkovo nábř. 5, 586 01 Jihlava"
        ),
        "attachments": [
            (
                "pdf",
                "formular_KNV.pdf",
                [
                    "Formulář žádosti médií",
                    "[x] přístup k výsledkům ve formátu XML\n[x] povolení k natáčení",
                    {
                        "rows": [
                            ["Žadatel", "Krajské noviny Vysočina a.s."],
                            ["IČO", I29],
                            ["IP – produkce", "203.0.113.30"],
                            ["IP – test", "203.0.113.31"],
                            ["Kontaktní osoba", "Zuzana Křížová"],
                            ["Tel. / e-mail", "567 210 884 / krizova@knvysocina.example"],
                        ],
                        "widths": [120, 260],
                    },
                ],
            )
        ],
    },
    {
        "id": "aw030-xlsx-obsolete-sheet",
        "description": "cover mail; XLSX whose first sheet is last election's (marked "
        "neplatné), the second the current addresses",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Mladoboleslavský expres s.r.o.",
            I30,
            None,
            ["192.0.2.81", "192.0.2.82"],
            ["192.0.2.85"],
            "Petr Šebesta",
            "sebesta@mbexpres.example",
            "+420326115730",
        ),
        "from": "Petr Šebesta <sebesta@mbexpres.example>",
        "subject": "Žádost o XML – MB expres",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nžádáme o přístup k výsledkům voleb ve formátu XML, adresy najdete "
            "v tabulce na listu „2025“ (list „2021“ je jen archiv, neplatí).\n\n"
            f"Mladoboleslavský expres s.r.o., IČO {I30}\nPetr Šebesta, 326 115 730\n"
        ),
        "attachments": [
            (
                "xlsx",
                "MBE_adresy.xlsx",
                [
                    {
                        "title": "2021",
                        "rows": [
                            ["NEPLATNÉ – volby 2021"],
                            ["produkce", "192.0.2.61"],
                            ["test", "192.0.2.62"],
                        ],
                    },
                    {
                        "title": "2025",
                        "rows": [
                            ["role", "IP"],
                            ["produkce", "192.0.2.81"],
                            ["produkce", "192.0.2.82"],
                            ["test", "192.0.2.85"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "aw031-databox-odt-both",
        "description": "data message: annotation asks for both, the ODT gives the addresses as "
        "'respectively' and the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Východočeská mediální, s.r.o.",
            I31,
            "e4hs9tc",
            ["198.51.100.60"],
            ["198.51.100.61"],
            "Nikola Vojtíšková",
            "vojtiskova@vcmedialni.example",
            "+420495330217",
        ),
        "subject": "Žádost o přístup k XML výsledkům a povolení natáčení, podrobnosti v příloze",
        "databox": box(
            "e4hs9tc", "Východočeská mediální, s.r.o.", "Gočárova 34, 500 02 Hradec Králové"
        ),
        "attachments": [
            (
                "odt",
                "zadost.odt",
                [
                    f"Východočeská mediální, s.r.o., IČO {I31}",
                    "Produkční a testovací server mají adresy 198.51.100.60, resp. 198.51.100.61.",
                    "Natáčet bychom chtěli na pracovišti v Hradci Králové v sobotu odpoledne.",
                    "Kontakt: Nikola Vojtíšková, 495 330 217, vojtiskova@vcmedialni.example",
                ],
            )
        ],
    },
    {
        "id": "aw032-english-agency-pdf",
        "description": "Polish agency, English mail, PDF naming a colleague as the contact, "
        "Polish phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agencja Informacyjna Wisła sp. z o.o.",
            None,
            None,
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.125"],
            "Katarzyna Nowicka",
            "k.nowicka@aiwisla.example",
            "+48601223497",
        ),
        "from": "Tomasz Wójcik <t.wojcik@aiwisla.example>",
        "subject": "Application - election results feed (Agencja Informacyjna Wisła)",
        "headers": GMAIL,
        "body": (
            "Good morning,\n\nattached is our application for the XML feed. Please "
            "address any technical questions to my colleague named in the document.\n\n"
            "Regards,\nTomasz Wójcik\nForeign desk, AIW\n+48 22 519 40 00\n"
        ),
        "attachments": [
            (
                "pdf",
                "AIW_application.pdf",
                [
                    "Agencja Informacyjna Wisła sp. z o.o., ul. Marszałkowska 84, 00-514 "
                    "Warszawa, KRS 0000512239, NIP 5252611840",
                    "Application for access to the election results (XML)",
                    {
                        "rows": [
                            ["Production servers", "203.0.113.120, 203.0.113.121"],
                            ["Test server", "203.0.113.125"],
                            [
                                "Technical contact",
                                "Katarzyna Nowicka, k.nowicka@aiwisla.example, +48 601 223 497",
                            ],
                        ],
                        "widths": [130, 250],
                    },
                ],
            )
        ],
    },
    {
        "id": "aw033-docx-unticked-but-cover-adds",
        "description": "DOCX ticks only filming (XML box left ☐), the cover mail says XML was "
        "forgotten and asks for it too",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED, FILM],
            "Liberecký večerník s.r.o.",
            I33,
            None,
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Aleš Pražák",
            "prazak@lbvecernik.example",
            "+420607844120",
        ),
        "from": "Aleš Pražák <prazak@lbvecernik.example>",
        "subject": "Žádost – natáčení + XML",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\nposílám žádost. Ve formuláři jsem zapomněl zaškrtnout XML – "
            "prosím i o přístup k XML výsledkům, adresy jsou ve formuláři vyplněné.\n"
            "Díky\nAleš Pražák\n"
        ),
        "attachments": [
            (
                "docx",
                "formular_LV.docx",
                {
                    "blocks": [
                        f"Žadatel: Liberecký večerník s.r.o., IČO {I33}",
                        "☐ přístup k výsledkům ve formátu XML",
                        "☒ povolení k pořizování záznamů",
                        {
                            "rows": [
                                ["IP produkční", "192.0.2.140"],
                                ["IP testovací", "192.0.2.141"],
                                ["Kontakt", "Aleš Pražák"],
                                ["Telefon", "607 844 120"],
                            ]
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "aw034-databox-txt-ipv6-test",
        "description": "data message with a bare annotation; the plain-text file is the "
        "application, with an IPv6 test address",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Ostravský portál s.r.o.",
            I34,
            "o6jx4fa",
            ["198.51.100.33"],
            ["2001:db8:77::10"],
            "Radim Lasota",
            "lasota@ostravskyportal.example",
            "+420596118204",
        ),
        "subject": "Žádost",
        "databox": box("o6jx4fa", "Ostravský portál s.r.o.", "Nádražní 44, 702 00 Ostrava"),
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB (XML)\n\n"
                f"Žadatel ....... Ostravský portál s.r.o.\nIČO ........... {I34}\n"
                "Produkce ...... 198.51.100.33\nTest .......... 2001:db8:77:0:0:0:0:10\n"
                "Kontakt ....... Radim Lasota, 596 118 204, lasota@ostravskyportal.example\n",
            )
        ],
    },
    {
        "id": "aw035-html-signature-box-id",
        "description": "Outlook HTML mail with PDF; the signature block carries IČO and ID DS",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Mediální skupina Karlovarsko a.s.",
            I35,
            "c7pl2sr",
            ["203.0.113.200"],
            ["203.0.113.201"],
            "Gabriela Musilová",
            "musilova@msk-media.example",
            "+420353441726",
        ),
        "from": "Gabriela Musilová <musilova@msk-media.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "html": (
            "<html><body><p>Dobrý den,</p><p>zasíláme žádost o přístup k XML výsledkům, "
            "adresy jsou v přiloženém PDF.</p><p>S pozdravem</p>"
            "<table><tr><td><b>Gabriela Musilová</b><br>IT koordinátorka<br>"
            "Mediální skupina Karlovarsko a.s.<br>IČO: "
            f"{I35} | ID DS: c7pl2sr<br>T: +420 353 441 726</td></tr></table>"
            "</body></html>"
        ),
        "attachments": [
            (
                "pdf",
                "MSK_IP.pdf",
                [
                    "Mediální skupina Karlovarsko a.s. – IP adresy pro volební server",
                    {
                        "rows": [
                            ["produkční", "203.0.113.200"],
                            ["testovací", "203.0.113.201"],
                        ],
                        "widths": [120, 150],
                    },
                ],
            )
        ],
    },
    {
        "id": "aw036-databox-town-press-officer",
        "description": "town's data message, filming only; the mayor signs, the press officer "
        "is named as the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Město Horní Lhotice",
            I36,
            "g3kc5mu",
            [],
            [],
            "Simona Řeháková",
            "rehakova@hornilhotice.example",
            "+420731058862",
        ),
        "subject": "Žádost o povolení natáčení (Lhotická televize)",
        "databox": box(
            "g3kc5mu", "Město Horní Lhotice", "Náměstí Svobody 1, 675 71 Horní Lhotice", 10
        ),
        "attachments": [
            (
                "pdf",
                "zadost_natačení.pdf",
                [
                    f"Město Horní Lhotice, IČO {I36}",
                    "Věc: Žádost o povolení natáčení na pracovišti ČSÚ",
                    "Město žádá o povolení natáčet pro Lhotickou televizi v době zpracování "
                    "výsledků. Kontaktní osobou je tisková mluvčí Simona Řeháková, "
                    "tel. 731 058 862, rehakova@hornilhotice.example.",
                    "Mgr. Antonín Dvořák, starosta, tel. 568 420 111",
                ],
            )
        ],
    },
    {
        "id": "aw037-reply-own-original-xlsx",
        "description": "reply to the office asking for a test address; the applicant's own "
        "quoted original gives production and contact, an XLSX adds the test address",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Kladenský deník s.r.o.",
            I37,
            None,
            ["192.0.2.200"],
            ["192.0.2.205"],
            "Lubomír Kouba",
            "kouba@kladenskydenik.example",
            "+420312556901",
        ),
        "from": "Lubomír Kouba <kouba@kladenskydenik.example>",
        "subject": "Re: Re: Žádost o přístup k XML",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\ntestovací adresu posílám v tabulce, zbytek platí dle mé původní "
            "zprávy níže.\n\nL. Kouba\n\n"
            "Dne 24.09.2025 14:02, podatelna@czso.cz napsal(a):\n"
            "> Doplňte prosím testovací IP adresu.\n> ČSÚ, oddělení pro média\n>\n"
            "> Dne 23.09.2025 9:40, Lubomír Kouba napsal(a):\n"
            ">> Dobrý den, Kladenský deník s.r.o. (IČO "
            f"{I37}) žádá o přístup k XML.\n"
            ">> Produkční IP: 192.0.2.200\n>> Kontakt: Lubomír Kouba, 312 556 901\n"
        ),
        "attachments": [
            ("xlsx", "test_ip.xlsx", [{"title": "List1", "rows": [["test IP", "192.0.2.205"]]}])
        ],
    },
    {
        "id": "aw038-databox-xlsx-ano-ne-roles",
        "description": "data message; XLSX with ANO/NE columns for production and test per address",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Krumlov s.r.o.",
            I38,
            "r8df3wy",
            ["198.51.100.180", "198.51.100.182"],
            ["198.51.100.181"],
            "Ondřej Fiala",
            "fiala@radiokrumlov.example",
            "+420380722145",
        ),
        "subject": "Žádost o XML výsledky voleb – Rádio Krumlov",
        "databox": box("r8df3wy", "Rádio Krumlov s.r.o.", "Latrán 15, 381 01 Český Krumlov"),
        "attachments": [
            (
                "xlsx",
                "RK_zadost.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["IP adresa", "Produkce (ANO/NE)", "Test (ANO/NE)"],
                            ["198.51.100.180", "ANO", "NE"],
                            ["198.51.100.181", "NE", "ANO"],
                            ["198.51.100.182", "ANO", "NE"],
                        ],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Žadatel", "Rádio Krumlov s.r.o.", I38],
                            ["Kontakt", "Ondřej Fiala", "380 722 145"],
                            ["E-mail", "fiala@radiokrumlov.example", None],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "aw039-hungarian-paper-rtf",
        "description": "Hungarian-language paper from Slovakia, English cover, RTF form with the "
        "contact written surname first",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Csallóközi Hírek s.r.o.",
            None,
            None,
            ["203.0.113.220"],
            ["203.0.113.221"],
            "Szabó Katalin",
            "szabo.katalin@csallokozihirek.example",
            "+421908441362",
        ),
        "from": "Szabó Katalin <szabo.katalin@csallokozihirek.example>",
        "subject": "Application for election results access",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": (
            "Dear colleagues,\n\nplease find our application attached (RTF).\n\n"
            "Üdvözlettel / Best regards\nSzabó Katalin\nCsallóközi Hírek\n"
        ),
        "attachments": [
            (
                "rtf",
                "kerelem_application.rtf",
                [
                    "Applicant: Csallóközi Hírek s.r.o., Hlavná 12, 929 01 Dunajská Streda",
                    [
                        ["Production IP", "203.0.113.220"],
                        ["Test IP", "203.0.113.221"],
                        ["Contact", "Szabó Katalin"],
                        ["Phone", "+421 908 441 362"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "aw040-databox-annotation-replaces-ip",
        "description": "data message: the DOCX lists a primary, a backup and a test address; the "
        "annotation replaces the backup address",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Sever Media Group a.s.",
            I40,
            "n5ub7kq",
            ["203.0.113.8", "203.0.113.19"],
            ["203.0.113.25"],
            "Patrik Jelínek",
            "jelinek@severmedia.example",
            "+420475661038",
        ),
        "subject": "Žádost o přístup k XML. Záložní IP 203.0.113.9 v příloze již neplatí, "
        "nahrazuje ji 203.0.113.19.",
        "databox": box("n5ub7kq", "Sever Media Group a.s.", "Mírové nám. 3, 400 01 Ústí nad Labem"),
        "attachments": [
            (
                "docx",
                "SMG_zadost.docx",
                {
                    "blocks": [
                        f"Sever Media Group a.s., IČO {I40}",
                        {
                            "rows": [
                                ["Role", "IP"],
                                ["primární", "203.0.113.8"],
                                ["sekundární (záloha)", "203.0.113.9"],
                                ["testovací", "203.0.113.25"],
                            ]
                        },
                        "Kontakt: Patrik Jelínek, jelinek@severmedia.example, 475 661 038",
                    ]
                },
            )
        ],
    },
    {
        "id": "aw041-evolution-odt-ano-ne-boxes",
        "description": "Evolution cover mail; ODT with 'ANO ☒ NE ☐' for XML and 'ANO ☐ NE ☒' "
        "for filming",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Znojemský týden, z. s.",
            I41,
            None,
            ["198.51.100.70"],
            ["198.51.100.71"],
            "Miroslava Kopecká",
            "kopecka@znojemskytyden.example",
            "+420515228407",
        ),
        "from": "Miroslava Kopecká <kopecka@znojemskytyden.example>",
        "subject": "Žádost Znojemský týden",
        "headers": EVOLUTION,
        "body": "Dobrý den,\nžádost v příloze.\nM. Kopecká, 515 228 407\n",
        "attachments": [
            (
                "odt",
                "zadost_ZT.odt",
                [
                    f"Znojemský týden, z. s., IČO {I41}",
                    "Přístup k výsledkům XML:  ANO ☒  NE ☐",
                    "Povolení natáčení:  ANO ☐  NE ☒",
                    [
                        ["produkční IP", "198.51.100.70"],
                        ["testovací IP", "198.51.100.71"],
                        ["kontakt", "Miroslava Kopecká, kopecka@znojemskytyden.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "aw042-databox-magazine-publisher",
        "description": "publisher's data message for its magazine; annotation and PDF both, "
        "publisher labelled, both requests",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Vydavatelství Orlice, s.r.o.",
            I42,
            "b9mq4tz",
            ["192.0.2.150"],
            ["192.0.2.151"],
            "Kristýna Machová",
            "machova@orlice-vyd.example",
            "+420494381207",
        ),
        "subject": "Magazín Orlické hory – žádost o přístup k XML a povolení natáčet; vydavatel "
        "Vydavatelství Orlice, s.r.o.",
        "databox": box(
            "b9mq4tz", "Vydavatelství Orlice, s.r.o.", "Komenského 8, 516 01 Rychnov n. Kn."
        ),
        "attachments": [
            (
                "pdf",
                "zadost_MOH.pdf",
                [
                    "Magazín Orlické hory\nvydává Vydavatelství Orlice, s.r.o., IČO "
                    f"{I42[:4]} {I42[4:]}",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML a o povolení natáčet "
                    "na pracovišti ČSÚ Hradec Králové.",
                    "Produkční IP: 192.0.2.150\nTestovací IP: 192.0.2.151",
                    "Kontakt: Kristýna Machová, 494 381 207, machova@orlice-vyd.example",
                ],
            )
        ],
    },
]
