"""Fourteenth held-out part ``hb``, cases hb001–hb014 (see fourteenth_hb_common)."""

from __future__ import annotations

from tests.corpus.fourteenth_hb_common import BOTH, FEED, FILM, Case, L, Style, box, ico, mail

ICO_1 = ico("2718459")
ICO_2 = ico("0416321")
ICO_4 = ico("4790122")
ICO_6 = ico("2563817")
ICO_8 = ico("0681237")
ICO_11 = ico("1774592")
ICO_13 = ico("2930845")
ICO_14 = ico("6391274")

CASES: list[Case] = [
    mail(
        "hb001-docx-form-ticked-boxes",
        "DOCX form: feed ticked ANO, filming ticked NE; addresses in a table with a role column",
        Style.FORM,
        L(
            FEED,
            "Jihočeské listy a.s.",
            ICO_1,
            None,
            ["198.51.100.17", "198.51.100.18"],
            ["203.0.113.90"],
            "Radek Šindelář",
            "sindelar@jcl.example",
            "+420602118447",
        ),
        "Radek Šindelář <sindelar@jcl.example>",
        "Formulář – přístup k výsledkům voleb",
        "Dobrý den,\nposílám vyplněný formulář.\nŠindelář\n",
        [
            (
                "docx",
                "formular_JCL.docx",
                {
                    "header": "Žádost o přístup k datové službě výsledků voleb",
                    "blocks": [
                        "1. Žadatel",
                        {
                            "rows": [
                                ["Název", "Jihočeské listy a.s."],
                                ["IČO", ICO_1],
                                ["Sídlo", "Lannova 14, 370 01 České Budějovice"],
                            ]
                        },
                        "2. Předmět žádosti",
                        {
                            "rows": [
                                ["Přístup k XML výsledkům (feed)", "☒ ANO   ☐ NE"],
                                ["Povolení k natáčení ve volebních místnostech", "☐ ANO   ☒ NE"],
                            ]
                        },
                        "3. IP adresy",
                        {
                            "rows": [
                                ["Role", "IP adresa"],
                                ["produkční", "198.51.100.17"],
                                ["produkční", "198.51.100.18"],
                                ["testovací", "203.0.113.90"],
                            ]
                        },
                        "4. Kontaktní osoba",
                        {
                            "rows": [
                                ["Jméno", "Radek Šindelář"],
                                ["E-mail", "sindelar@jcl.example"],
                                ["Telefon", "602 118 447"],
                            ]
                        },
                    ],
                    "footer": "Vyplněno 3. 9.",
                },
            )
        ],
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    ),
    mail(
        "hb002-pdf-letterhead-publisher-and-editor",
        "PDF letterhead of a weekly and its publisher; editor-in-chief signs, IT head is the "
        "named contact; a /30 production block",
        Style.LETTERHEAD,
        L(
            FEED,
            "Vydavatelství Horácko s.r.o.",
            ICO_2,
            None,
            ["192.0.2.132", "192.0.2.133", "192.0.2.134", "192.0.2.135"],
            [],
            "Jiří Pospíchal",
            "pospichal@horacko.example",
            "+420739500281",
        ),
        "Sekretariát Horácko <sekretariat@horacko.example>",
        "Žádost – datová služba volby",
        "Dobrý den, v příloze zasíláme žádost pana šéfredaktora.\nS pozdravem\nsekretariát\n",
        [
            (
                "pdf",
                "zadost_horacko.pdf",
                [
                    "TÝDENÍK HORÁCKO · vydává Vydavatelství Horácko s.r.o., IČO "
                    + ICO_2
                    + " · Masarykovo nám. 3, Jihlava",
                    "Věc: žádost o zpřístupnění výsledků voleb v XML",
                    "Vážení, žádáme o přístup k serveru s průběžnými výsledky. Náš produkční rozsah je "
                    "192.0.2.132/30, testovací prostředí nemáme.",
                    "Technické záležitosti za nás vyřizuje vedoucí IT Jiří Pospíchal, "
                    "pospichal@horacko.example, mobil 739 500 281.",
                    "Mgr. Hana Kubelková\nšéfredaktorka\nkubelkova@horacko.example",
                ],
            )
        ],
    ),
    mail(
        "hb003-xlsx-hosts-with-retired-sheet",
        "Slovak cover mail; XLSX with a hosts sheet and a second sheet of retired servers "
        "marked not to be used",
        Style.SPREADSHEET,
        L(
            FEED,
            "Rádio Podjavorina, s.r.o.",
            None,
            None,
            ["203.0.113.61", "203.0.113.62", "2001:db8:44::10"],
            ["198.51.100.240"],
            "Marek Hudec",
            "hudec@podjavorina.example",
            "+421905331742",
        ),
        "Marek Hudec <hudec@podjavorina.example>",
        "Ziadost o pristup k XML vysledkom",
        "Dobrý deň,\n\nza Rádio Podjavorina, s.r.o. (slovenská spoločnosť, IČO v ČR nemáme) "
        "žiadame o prístup k výsledkovému XML. Zoznam serverov je v tabuľke v prílohe, "
        "platí iba prvý hárok.\n\nMarek Hudec\ntechnik vysielania\n+421 905 331 742\n",
        [
            (
                "xlsx",
                "servery.xlsx",
                [
                    {
                        "title": "Servery",
                        "rows": [
                            ["Názov", "IP", "Účel"],
                            ["vysielanie-1", "203.0.113.61", "produkcia"],
                            ["vysielanie-2", "203.0.113.62", "produkcia"],
                            ["v6-proxy", "2001:db8:44:0:0:0:0:10", "produkcia"],
                            ["lab", "198.51.100.240", "test"],
                        ],
                    },
                    {
                        "title": "Vyradené",
                        "rows": [
                            ["Staré servery – vyradené, nepoužívať"],
                            ["stary-1", "203.0.113.5"],
                        ],
                    },
                ],
            )
        ],
    ),
    box(
        "hb004-databox-pdf-filming-only",
        "data message from a TV company, PDF asks only to film at two collection points",
        Style.DATABOX,
        L(
            FILM,
            "Televize Vltava s.r.o.",
            ICO_4,
            "t7vq2mk",
            [],
            [],
            "Petra Zahradníková",
            "zahradnikova@tvvltava.example",
            "+420724606113",
        ),
        ("t7vq2mk", "Televize Vltava s.r.o.", "Na Florenci 2116/15, Praha 1", 20),
        "Žádost o povolení natáčení – volby",
        [
            (
                "pdf",
                "nataceni.pdf",
                [
                    "Televize Vltava s.r.o., IČO " + ICO_4,
                    "Žádáme o povolení pořídit obrazový záznam na pracovištích ČSÚ při zpracování "
                    "výsledků (krajská pracoviště Praha a Ústí nad Labem). Přístup k datům "
                    "nepotřebujeme.",
                    {
                        "rows": [
                            ["Štáb", "Kamera: Ondřej Beneš; zvuk: Pavel Kříž"],
                            [
                                "Kontakt",
                                "Petra Zahradníková, produkce, 724 606 113, "
                                "zahradnikova@tvvltava.example",
                            ],
                        ],
                        "widths": [120, 300],
                    },
                ],
            )
        ],
    ),
    mail(
        "hb005-cover-note-odt-netmask",
        "one-line cover note; ODT application gives an address with netmask 255.255.255.252 "
        "for production and one test address",
        Style.COVER_NOTE,
        L(
            FEED,
            "Moravský zpravodaj, spolek",
            ICO_6,
            None,
            ["198.51.100.200", "198.51.100.201", "198.51.100.202", "198.51.100.203"],
            ["198.51.100.77"],
            "Libor Vyskočil",
            "libor.vyskocil@mzpravodaj.example",
            "+420581222904",
        ),
        "Libor Vyskocil <libor.vyskocil@mzpravodaj.example>",
        "zadost",
        "viz priloha\n",
        [
            (
                "odt",
                "zadost.odt",
                [
                    "Žádost o přístup k XML výsledkům voleb",
                    "Žadatel: Moravský zpravodaj, spolek, IČO " + ICO_6 + ", Přerov",
                    [
                        ["Produkční síť", "198.51.100.200 maska 255.255.255.252"],
                        ["Testovací server", "198.51.100.77"],
                    ],
                    "Kontakt: Libor Vyskočil, tel. 581 222 904, libor.vyskocil@mzpravodaj.example",
                ],
            )
        ],
    ),
    mail(
        "hb006-rtf-municipal-both",
        "municipal newsroom, RTF letter asks for both feed and filming at the town hall "
        "collection point",
        Style.LETTERHEAD,
        L(
            BOTH,
            "Město Kyjov",
            None,
            None,
            ["203.0.113.150"],
            [],
            "Dagmar Šťastná",
            "stastna@mukyjov.example",
            "+420518697120",
        ),
        "Dagmar Šťastná <stastna@mukyjov.example>",
        "Kyjovský zpravodaj – žádost",
        "Dobrý den, zasílám žádost redakce městského zpravodaje. Děkuji, Šťastná\n",
        [
            (
                "rtf",
                "zadost_kyjov.rtf",
                [
                    "Město Kyjov – redakce Kyjovského zpravodaje\nMasarykovo nám. 30, Kyjov",
                    "Žádáme o:\n1) přístup k XML výsledkům voleb z adresy 203.0.113.150 (jediný "
                    "server, bez testu),\n2) povolení natáčet pro městskou televizi při předávání "
                    "výsledků na pověřeném obecním úřadě.",
                    [
                        ["Kontaktní osoba", "Dagmar Šťastná"],
                        ["Telefon", "518 697 120"],
                        ["E-mail", "stastna@mukyjov.example"],
                    ],
                ],
            )
        ],
    ),
    mail(
        "hb007-txt-freelancer-no-diacritics",
        "freelance data journalist, plain TXT attachment without diacritics, no IČO",
        Style.PLAIN_TEXT,
        L(
            FEED,
            "Tomas Brezina",
            None,
            None,
            ["192.0.2.66"],
            ["192.0.2.67"],
            "Tomas Brezina",
            "tomas@brezina-data.example",
            "+420777813062",
        ),
        "tomas@brezina-data.example",
        "feed",
        "Dobry den, posilam zadost v textovem souboru.\n",
        [
            (
                "txt",
                "zadost.txt",
                "ZADOST O PRISTUP K XML VYSLEDKUM\n\nzadatel: Tomas Brezina, datovy novinar "
                "(OSVC, ICO nemam prideleno)\nprod: 192.0.2.66\ntest: 192.0.2.67\n"
                "kontakt: tomas@brezina-data.example / 777813062\n",
            )
        ],
    ),
    mail(
        "hb008-mail-corrects-docx-address",
        "cover mail corrects a mistyped production address in the DOCX form (.14 → .41)",
        Style.AMENDMENT,
        L(
            FEED,
            "Regionální noviny Polabí s.r.o.",
            ICO_8,
            None,
            ["203.0.113.41", "203.0.113.42"],
            ["203.0.113.200"],
            "Kateřina Melicharová",
            "melicharova@polabi.example",
            "+420605477310",
        ),
        '"Melicharová, Kateřina" <melicharova@polabi.example>',
        "RE: formulář feed",
        "Dobrý den,\n\nposílám formulář. Pozor, v tabulce jsem překlepla první produkční "
        "adresu – místo 203.0.113.14 má být 203.0.113.41. Ostatní sedí.\n\n"
        "Kateřina Melicharová\nRegionální noviny Polabí\n605 477 310\n",
        [
            (
                "docx",
                "formular.docx",
                {
                    "blocks": [
                        "Žadatel: Regionální noviny Polabí s.r.o., IČO " + ICO_8,
                        {
                            "rows": [
                                ["produkční IP", "203.0.113.14"],
                                ["produkční IP", "203.0.113.42"],
                                ["testovací IP", "203.0.113.200"],
                            ]
                        },
                        "Kontaktní osoba: Kateřina Melicharová",
                    ]
                },
            )
        ],
    ),
    mail(
        "hb009-english-pdf-columns-ipv6",
        "foreign agency in English, PDF with two columns (production | test), IPv6 production",
        Style.PDF_COLUMNS,
        L(
            FEED,
            "Nordlys Media AS",
            None,
            None,
            ["2001:db8:7a::1", "2001:db8:7a::2", "198.18.4.10"],
            ["198.18.4.99"],
            "Ingrid Halvorsen",
            "ingrid.halvorsen@nordlys.example",
            "+4791234567",
        ),
        "Ingrid Halvorsen <ingrid.halvorsen@nordlys.example>",
        "Access to Czech election results feed",
        "Hello,\n\nplease find our application attached. We are a Norwegian company, "
        "so we have no Czech company number.\n\nBest regards\nIngrid Halvorsen\n"
        "Data desk, Nordlys Media AS\n+47 912 34 567\n",
        [
            (
                "pdf",
                "application_nordlys.pdf",
                [
                    "Nordlys Media AS – application for access to the election results XML",
                    {
                        "rows": [
                            ["Production", "Test"],
                            ["2001:db8:7a::1\n2001:db8:7a::2\n198.18.4.10", "198.18.4.99"],
                        ],
                        "widths": [200, 200],
                    },
                    "Contact: Ingrid Halvorsen, ingrid.halvorsen@nordlys.example, +47 912 34 567",
                ],
            )
        ],
    ),
    box(
        "hb010-databox-txt-only-note",
        "data message whose only file is a short TXT note with one production address",
        Style.DATABOX_NOTE,
        L(
            FEED,
            "Ondřej Marek",
            None,
            "f3xk9pa",
            ["198.51.100.9"],
            [],
            "Ondřej Marek",
            None,
            "+420731004455",
        ),
        ("f3xk9pa", "Ondřej Marek", "Kollárova 8, Olomouc", 40),
        "přístup k výsledkům voleb",
        [
            (
                "txt",
                "poznamka.txt",
                "Dobrý den,\nprosím o přístup k XML s výsledky pro můj blog o volbách.\n"
                "Server: 198.51.100.9\nTelefon 731 004 455\nOndřej Marek\n",
            )
        ],
    ),
    mail(
        "hb011-docx-letter-declines-filming",
        "DOCX letter with two people; the letter says filming is not wanted this time",
        Style.LETTERHEAD,
        L(
            FEED,
            "Západočeská mediální, a.s.",
            ICO_11,
            None,
            ["192.0.2.20", "192.0.2.21", "192.0.2.22"],
            [],
            "Václav Hronek",
            "hronek@zcmedia.example",
            "+420377123456",
        ),
        "Václav Hronek <hronek@zcmedia.example>",
        "Žádost o přístup – Západočeská mediální",
        "Dobrý den, v příloze žádost. Hronek\n",
        [
            (
                "docx",
                "zadost_ZCM.docx",
                {
                    "header": "Západočeská mediální, a.s. | IČO " + ICO_11 + " | Plzeň",
                    "blocks": [
                        "Vážení,",
                        "žádáme o přístup k výsledkům voleb v XML pro servery 192.0.2.20, 192.0.2.21 "
                        "a 192.0.2.22. Natáčení ve volebních místnostech tentokrát nepožadujeme.",
                        "Kontaktní osobou je Václav Hronek (vedoucí online redakce), tel. "
                        "377 123 456, hronek@zcmedia.example.",
                        "Ing. Alena Vršecká, předsedkyně představenstva",
                    ],
                },
            )
        ],
    ),
    mail(
        "hb012-withdraws-feed-keeps-filming",
        "second paragraph withdraws the feed part of the attached request; filming stays",
        Style.AMENDMENT,
        L(
            FILM,
            "Studio Kamerad, z. s.",
            None,
            None,
            [],
            [],
            "Lucie Doležalová",
            "dolezalova@kamerad.example",
            "+420608991234",
        ),
        "Lucie Doležalová <dolezalova@kamerad.example>",
        "Žádost – natáčení + data",
        "Dobrý den,\n\nv příloze je naše žádost o natáčení i o přístup k datům. Přístup k "
        "datům ale nakonec nepotřebujeme, tu část žádosti prosím berte jako zpětvzatou. "
        "Natáčení platí.\n\nLucie Doležalová, 608 991 234\n",
        [
            (
                "pdf",
                "zadost_kamerad.pdf",
                [
                    "Studio Kamerad, z. s.",
                    "Žádáme 1) o povolení natáčet dokument o sčítání hlasů, 2) o přístup k XML "
                    "výsledkům ze serveru 198.51.100.50.",
                    "Kontakt: Lucie Doležalová",
                ],
            )
        ],
    ),
    mail(
        "hb013-xlsx-range-in-cell",
        "XLSX with a written range 203.0.113.20 – 203.0.113.23 in one cell and an IPv6 test",
        Style.SPREADSHEET,
        L(
            FEED,
            "Deník Vysočiny s.r.o.",
            ICO_13,
            None,
            ["203.0.113.20", "203.0.113.21", "203.0.113.22", "203.0.113.23"],
            ["2001:db8:ff::5"],
            "Pavel Lacina",
            "lacina@denikvysociny.example",
            "+420567890123",
        ),
        "IT Deník Vysočiny <it@denikvysociny.example>",
        "IP adresy pro volební feed",
        "Dobrý den,\nzasíláme tabulku. Kontakt je v ní.\nIT oddělení\n",
        [
            (
                "xlsx",
                "ip_adresy.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Žadatel", "Deník Vysočiny s.r.o.", "IČO", ICO_13],
                            ["Prostředí", "Adresy", None, None],
                            ["ostrý provoz", "203.0.113.20 – 203.0.113.23", None, None],
                            ["test", "2001:db8:ff::5", None, None],
                            [
                                "Kontakt",
                                "Pavel Lacina",
                                "lacina@denikvysociny.example",
                                "+420 567 890 123",
                            ],
                        ],
                    }
                ],
            )
        ],
    ),
    box(
        "hb014-databox-university-docx-both",
        "university faculty's data message with DOCX: feed for a student newsroom and filming",
        Style.DATABOX,
        L(
            BOTH,
            "Univerzita Tomáše Bati ve Zlíně",
            ICO_14,
            "u4bzl9w",
            ["192.0.2.201", "192.0.2.202"],
            ["192.0.2.210"],
            "Jan Kolařík",
            "kolarik@utb.example",
            "+420576035111",
        ),
        ("u4bzl9w", "Univerzita Tomáše Bati ve Zlíně", "nám. T. G. Masaryka 5555, Zlín", 10),
        "Žádost fakulty – volební data a natáčení",
        [
            (
                "docx",
                "zadost_FMK.docx",
                {
                    "blocks": [
                        "Univerzita Tomáše Bati ve Zlíně, Fakulta multimediálních komunikací",
                        "IČO: " + ICO_14,
                        "Studentská redakce žádá o přístup k XML výsledkům (produkce 192.0.2.201, "
                        "192.0.2.202; test 192.0.2.210) a o povolení natáčet reportáž na krajském "
                        "pracovišti ve Zlíně.",
                        {
                            "rows": [
                                ["Kontaktní osoba", "Mgr. Jan Kolařík, Ph.D."],
                                ["E-mail", "kolarik@utb.example"],
                                ["Telefon", "+420 576 035 111"],
                            ]
                        },
                    ]
                },
            )
        ],
    ),
]
