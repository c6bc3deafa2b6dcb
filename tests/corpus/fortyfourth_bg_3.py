"""Forty-fourth held-out part ``bg``, cases bg029–bg042: a data message whose annotation holds
the whole application, a workbook with a merged header and IPv6 written in full, a cover that
replaces the DOCX's old test address, a data message with an ODT ANO/NE form, a signed Hungarian
mail with a PDF, a town's RTF letter in 8bit, a data message with a cover DOCX and a [x]/[ ]
workbook, an empty mail with an RTF form, a forwarded .eml whose cover changes the phone, an
annotation that withdraws the filming in the PDF, a crew table with merged cells, an
iso-8859-2 cover with a letterhead PDF, an OSVČ photographer's data message and an ODT with a
written range behind a multipart/alternative cover.
Written by hand apart from the extraction rules (see make_fortyfourth_bg); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyfourth_bg_common import (
    APPLE,
    CENTRUM,
    FEED,
    FILM,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    SAMSUNG,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I30, I31, I32, I34 = (
    ico("2784106"),
    ico("0531798"),
    ico("2647320"),
    ico("0862415"),
    ico("0027891"),
)
I35, I36, I37, I38, I39 = (
    ico("2918364"),
    ico("0706453"),
    ico("2573819"),
    ico("0459172"),
    ico("2820643"),
)
I40, I41, I42 = ico("0674935"), ico("8712064"), ico("2631058")

CASES: list[dict[str, Any]] = [
    {
        "id": "bg029-databox-whole-application-in-annotation",
        "description": "data message whose annotation holds the request, both addresses and "
        "the contact; the TXT file is only a cover line from the publisher",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Liberecký občasník s.r.o.",
            I29,
            "lo2b7gq",
            ["192.0.2.55"],
            ["192.0.2.56"],
            "Karel Štěpánek",
            "stepanek@liberecky-obcasnik.example",
            "+420482317650",
        ),
        "databox": box("lo2b7gq", "Liberecký občasník s.r.o.", "Moskevská 12, 460 01 Liberec"),
        "subject": "Přístup k výsledkům voleb XML; prod. 192.0.2.55, test 192.0.2.56; kontakt "
        "Karel Štěpánek, stepanek@liberecky-obcasnik.example, 482 317 650",
        "attachments": [
            (
                "txt",
                "pruvodka.txt",
                "Liberecký občasník s.r.o., IČO " + I29 + "\nŽádost je uvedena v anotaci "
                "datové zprávy.\n",
            )
        ],
    },
    {
        "id": "bg030-xlsx-merged-header-full-ipv6",
        "description": "cover from Android; the workbook has a merged header over role rows and "
        "writes IPv6 addresses in full, uncompressed form",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Severočeský internetový deník s.r.o.",
            I30,
            None,
            ["2001:db8:300::1", "2001:db8:300::2"],
            ["2001:db8:300::ff"],
            "Adam Šťastný",
            "stastny@sid.example",
            "+420728406153",
        ),
        "from": "Adam Šťastný <stastny@sid.example>",
        "subject": "přístup k XML výsledkům",
        "headers": K9,
        "body": "Dobrý den, posílám tabulku s adresami (jedeme čistě IPv6). Kontakt jsem já, "
        "728 406 153.\nAdam Šťastný, Severočeský internetový deník s.r.o., IČO " + I30 + "\n",
        "attachments": [
            (
                "xlsx",
                "SID_ipv6.xlsx",
                [
                    {
                        "title": "Přístup",
                        "rows": [
                            ["Severočeský internetový deník s.r.o. – adresy pro XML", ""],
                            ["produkce", "2001:0db8:0300:0000:0000:0000:0000:0001"],
                            ["produkce", "2001:0db8:0300:0000:0000:0000:0000:0002"],
                            ["test", "2001:0db8:0300:0000:0000:0000:0000:00ff"],
                        ],
                        "merge": ["A1:B1"],
                    }
                ],
            )
        ],
    },
    {
        "id": "bg031-cover-replaces-old-test-netmask",
        "description": "the DOCX gives production with a netmask and a test address the cover "
        "calls old, replacing it with a new one",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Brněnský městský zpravodaj s.r.o.",
            I31,
            None,
            ["192.0.2.32", "192.0.2.33", "192.0.2.34", "192.0.2.35"],
            ["192.0.2.40"],
            "Veronika Habrmanová",
            "habrmanova@bmzpravodaj.example",
            "+420541228730",
        ),
        "from": "Veronika Habrmanová <habrmanova@bmzpravodaj.example>",
        "subject": "Žádost o přístup - BMZ",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\npřikládám žádost. Použila jsem loňský formulář a testovací "
        "adresa 192.0.2.38 v něm je ještě ta stará; letos testujeme z 192.0.2.40.\n\n"
        "Veronika Habrmanová\n",
        "attachments": [
            (
                "docx",
                "BMZ_zadost.docx",
                {
                    "header": "Brněnský městský zpravodaj s.r.o.",
                    "footer": "Kobližná 4, 602 00 Brno | IČO " + I31,
                    "blocks": [
                        "Žádáme o přístup k výsledkům voleb (XML feed).",
                        {
                            "rows": [
                                ["Produkční síť", "192.0.2.32 maska 255.255.255.252"],
                                ["Testovací adresa", "192.0.2.38"],
                                [
                                    "Kontakt",
                                    "Veronika Habrmanová, 541 228 730, "
                                    "habrmanova@bmzpravodaj.example",
                                ],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "bg032-databox-odt-ano-ne-both",
        "description": "data message with a bare annotation; the ODT's ANO/NE columns tick both "
        "requests and the contact is written surname first in capitals",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Žďárský deník, s.r.o.",
            I32,
            "zd5m1ru",
            ["203.0.113.170"],
            ["203.0.113.171"],
            "Stanislava Horáková",
            "horakova@zdarskydenik.example",
            "+420566225104",
        ),
        "databox": box("zd5m1ru", "Žďárský deník, s.r.o.", "Nádražní 18, 591 01 Žďár nad Sázavou"),
        "subject": "Formulář - volby",
        "attachments": [
            (
                "odt",
                "formular_ZD.odt",
                [
                    "Žďárský deník, s.r.o., IČO " + I32,
                    [
                        ["Požadavek", "ANO", "NE"],
                        ["přístup k výsledkům v XML", "X", ""],
                        ["natáčení na pracovišti ČSÚ Žďár nad Sázavou", "X", ""],
                    ],
                    [
                        ["IP produkční", "203.0.113.170"],
                        ["IP testovací", "203.0.113.171"],
                        ["Kontaktní osoba", "HORÁKOVÁ Stanislava"],
                        ["Tel.", "566 225 104"],
                        ["E-mail", "horakova@zdarskydenik.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "bg033-signed-hungarian-pdf",
        "description": "an S/MIME-signed mail from a Hungarian portal without an IČO; the "
        "English PDF gives the contact in Hungarian order and a Hungarian phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunamenti Hírlap Kft.",
            None,
            None,
            ["198.18.70.10"],
            ["198.18.70.11"],
            "Szabó Ákos",
            "szabo.akos@dunamentihirlap.example",
            "+36301847265",
        ),
        "from": "Szabó Ákos <szabo.akos@dunamentihirlap.example>",
        "subject": "Application for access to election results (XML)",
        "headers": ZIMBRA,
        "smime": True,
        "body": "Dear Sir or Madam,\n\nplease find attached our application for access to the "
        "election results feed.\n\nBest regards,\nSzabó Ákos\nDunamenti Hírlap Kft.\n",
        "attachments": [
            (
                "pdf",
                "application_DH.pdf",
                [
                    "Dunamenti Hírlap Kft., Fő utca 22, 2500 Esztergom, Hungary",
                    "We apply for access to the live election results (XML) published by the "
                    "Czech Statistical Office. We do not intend to film.",
                    {
                        "rows": [
                            ["Production IP", "198.18.70.10"],
                            ["Test IP", "198.18.70.11"],
                            ["Contact person", "Szabó Ákos"],
                            ["Phone", "+36 30 184 7265"],
                            ["E-mail", "szabo.akos@dunamentihirlap.example"],
                        ],
                        "widths": [120, 300],
                    },
                ],
            )
        ],
    },
    {
        "id": "bg034-8bit-town-rtf-letter-filming",
        "description": "an 8bit mail from a town's newsletter; the RTF letter asks only to film "
        "and is signed by the mayor, the contact is the editor",
        "style": Style.LETTER,
        "labels": L(
            [FILM],
            "Město Horní Rovensko",
            I34,
            None,
            [],
            [],
            "Dagmar Kulhánková",
            "kulhankova@hornirovensko.example",
            "+420481674032",
        ),
        "from": "Dagmar Kulhánková <kulhankova@hornirovensko.example>",
        "subject": "Žádost města o povolení natáčení",
        "headers": CENTRUM,
        "cte": "8bit",
        "body": "Dobrý den,\n\nza město posílám žádost podepsanou panem starostou. Jsem "
        "redaktorka Rovenského zpravodaje a kontaktní osoba.\n\nDagmar Kulhánková\n"
        "tel. 481 674 032\n",
        "attachments": [
            (
                "rtf",
                "zadost_mesto.rtf",
                [
                    "MĚSTO HORNÍ ROVENSKO\nnáměstí Míru 1, 512 51 Horní Rovensko\nIČO: " + I34,
                    "Věc: žádost o povolení natáčení",
                    "Město Horní Rovensko žádá o povolení natáčet pro Rovenský zpravodaj a "
                    "městskou kabelovou televizi na pracovišti ČSÚ v Semilech při zpracování "
                    "výsledků voleb. Kontaktní osobou je Dagmar Kulhánková.",
                    [["Natáčí", "Funkce"], ["Pavel Rydlo", "kameraman"]],
                    "Mgr. Jaroslav Šulc\nstarosta",
                ],
            )
        ],
    },
    {
        "id": "bg035-databox-cover-docx-and-bracket-xlsx",
        "description": "data message with two files: a DOCX cover letter and an XLSX form with "
        "[x]/[ ] marks (filming unticked) holding addresses and contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Plzeňský kurýr a.s.",
            I35,
            "pk7s4hn",
            ["198.51.100.200", "198.51.100.201", "198.51.100.202"],
            ["198.51.100.210"],
            "Vilém Hrdlička",
            "hrdlicka@plzenskykuryr.example",
            "+420377455218",
        ),
        "databox": box("pk7s4hn", "Plzeňský kurýr a.s.", "Americká 44, 301 00 Plzeň"),
        "subject": "Žádost o přístup k výsledkům voleb",
        "attachments": [
            (
                "docx",
                "pruvodni_dopis.docx",
                {
                    "header": "Plzeňský kurýr a.s. | IČO " + I35,
                    "footer": "Americká 44, 301 00 Plzeň",
                    "blocks": [
                        "Vážení,",
                        "v příloze zasíláme vyplněný formulář žádosti.",
                        "Ing. Blanka Rosická, předsedkyně představenstva",
                    ],
                },
            ),
            (
                "xlsx",
                "formular.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["[x]", "přístup k výsledkům (XML)"],
                            ["[ ]", "natáčení na pracovištích ČSÚ"],
                        ],
                    },
                    {
                        "title": "Údaje",
                        "rows": [
                            ["Pole", "Hodnota"],
                            ["IP produkce", "198.51.100.200-202"],
                            ["IP test", "198.51.100.210"],
                            ["Kontakt (příjmení, jméno)", "Hrdlička, Vilém"],
                            ["E-mail", "hrdlicka@plzenskykuryr.example"],
                            ["Telefon", "377 455 218"],
                        ],
                    },
                ],
            ),
        ],
    },
    {
        "id": "bg036-empty-mail-rtf-bracket-form",
        "description": "no text at all; the RTF form has [x] on both requests and lists "
        "production only, with test left as 'nebude'",
        "style": Style.EMPTY,
        "labels": L(
            [FEED, FILM],
            "Vysočina TV a.s.",
            I36,
            None,
            ["203.0.113.60", "203.0.113.61"],
            [],
            "Renata Kalinová",
            "kalinova@vysocinatv.example",
            "+420605117384",
        ),
        "from": "Renata Kalinová <kalinova@vysocinatv.example>",
        "subject": "žádost",
        "headers": SAMSUNG,
        "body": "",
        "attachments": [
            (
                "rtf",
                "VTV_zadost.rtf",
                [
                    "Vysočina TV a.s., Havlíčkovo nábř. 2, 586 01 Jihlava, IČO " + I36,
                    [
                        ["[x]", "zpřístupnění výsledků voleb v XML"],
                        ["[x]", "natáčení na krajském pracovišti ČSÚ v Jihlavě"],
                    ],
                    [
                        ["Produkční IP", "203.0.113.60, 203.0.113.61"],
                        ["Testovací IP", "nebude"],
                        ["Kontakt", "Renata Kalinová, kalinova@vysocinatv.example, 605 117 384"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "bg037-forwarded-eml-cover-changes-phone",
        "description": "the sender forwards her own earlier mail as .eml and in the cover gives "
        "a new mobile instead of the desk line written inside",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Teplický rozhled s.r.o.",
            I37,
            None,
            ["198.18.44.2"],
            ["198.18.44.3"],
            "Michala Brabcová",
            "brabcova@teplickyrozhled.example",
            "+420724663015",
        ),
        "from": "Michala Brabcová <brabcova@teplickyrozhled.example>",
        "subject": "Fwd: Žádost o přístup k výsledkům",
        "headers": APPLE,
        "body": "Dobrý den,\n\nposílám znovu svou žádost z minulého týdne (v příloze), nevím, "
        "jestli došla. Jen změna: pevná linka v ní už neplatí, volejte prosím na mobil "
        "724 663 015.\n\nMichala Brabcová\n",
        "attachments": [
            (
                "eml",
                "Zadost_o_pristup.eml",
                {
                    "id": "bg037-inner",
                    "from": "Michala Brabcová <brabcova@teplickyrozhled.example>",
                    "subject": "Žádost o přístup k výsledkům",
                    "body": "Dobrý den,\n\nTeplický rozhled s.r.o., IČO " + I37 + ", žádá "
                    "o přístup k výsledkům voleb (XML).\nProdukce: 198.18.44.2\nTest: "
                    "198.18.44.3\nKontakt: Michala Brabcová, brabcova@teplickyrozhled.example,"
                    " tel. 417 530 266\n\nDěkuji\nMichala Brabcová\n",
                },
            )
        ],
    },
    {
        "id": "bg038-databox-annotation-withdraws-filming",
        "description": "data message: the PDF asks for both, the annotation says filming is no "
        "longer requested; contact only in the PDF",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Opavský posel s.r.o.",
            I38,
            "op1v9ct",
            ["192.0.2.225", "192.0.2.226"],
            ["192.0.2.230"],
            "Jiří Lasák",
            "lasak@opavskyposel.example",
            "+420553871206",
        ),
        "databox": box("op1v9ct", "Opavský posel s.r.o.", "Ostrožná 9, 746 01 Opava"),
        "subject": "Žádost o přístup k výsledkům voleb - natáčení uvedené v příloze již "
        "nežádáme, platí pouze přístup k datům",
        "attachments": [
            (
                "pdf",
                "zadost_OP.pdf",
                [
                    "Opavský posel s.r.o., IČO " + I38,
                    "Žádáme o přístup k výsledkům voleb na dedikovaném serveru a o povolení "
                    "natáčet na pracovišti ČSÚ v Opavě.",
                    {
                        "rows": [
                            ["produkční IP", "192.0.2.225\n192.0.2.226"],
                            ["testovací IP", "192.0.2.230"],
                            ["kontakt", "Jiří Lasák, lasak@opavskyposel.example, 553 871 206"],
                        ],
                        "widths": [100, 320],
                    },
                ],
            )
        ],
    },
    {
        "id": "bg039-docx-crew-table-merged-contact-producer",
        "description": "both requests; the DOCX crew table merges the crew's cells and lists "
        "three people, the contact is the producer named below it",
        "style": Style.TABLE,
        "labels": L(
            [FEED, FILM],
            "Krajská televize Pardubice s.r.o.",
            I39,
            None,
            ["198.51.100.5"],
            ["198.51.100.6"],
            "Kamila Urbánková",
            "urbankova@ktvpardubice.example",
            "+420466887312",
        ),
        "from": "Kamila Urbánková <urbankova@ktvpardubice.example>",
        "subject": "KTV Pardubice - žádost (data + štáb)",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den, v příloze žádost o přístup k datům i o natáčení, vč. seznamu "
        "štábu.\nKamila Urbánková, produkce KTV\n",
        "attachments": [
            (
                "docx",
                "KTV_zadost_stab.docx",
                {
                    "header": "Krajská televize Pardubice s.r.o.",
                    "footer": "IČO " + I39 + " | třída Míru 60, 530 02 Pardubice",
                    "blocks": [
                        "Žádáme o přístup k výsledkům voleb (XML) z produkční adresy "
                        "198.51.100.5, testovací 198.51.100.6, a o povolení natáčet na "
                        "pracovišti ČSÚ v Pardubicích.",
                        {
                            "rows": [
                                ["Štáb", "Jméno", "Telefon"],
                                ["Štáb", "Roman Holub (kamera)", "731 200 448"],
                                ["Štáb", "Lucie Pešková (redaktorka)", "731 200 449"],
                                ["Štáb", "Milan Kříž (zvuk)", "731 200 450"],
                            ],
                            "merge": [(1, 0, 3, 0)],
                        },
                        "Kontaktní osoba pro žádost: Kamila Urbánková, produkční, "
                        "urbankova@ktvpardubice.example, 466 887 312",
                    ],
                },
            )
        ],
    },
    {
        "id": "bg040-iso88592-cover-letterhead-pdf",
        "description": "an iso-8859-2 cover; the PDF has a letterhead with the IČO, two "
        "production and two test addresses split over lines, contact with a direct line "
        "before the switchboard",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Východočeské vydavatelství a.s.",
            I40,
            None,
            ["203.0.113.100", "203.0.113.101"],
            ["203.0.113.110", "203.0.113.111"],
            "Ivana Machová",
            "machova@vcvydavatelstvi.example",
            "+420491512077",
        ),
        "from": "Ivana Machová <machova@vcvydavatelstvi.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": "Dobrý den,\n\nv příloze zasílám žádost našeho vydavatelství.\n\nS pozdravem\n"
        "Ivana Machová\n",
        "attachments": [
            (
                "pdf",
                "VCV_zadost.pdf",
                [
                    "VÝCHODOČESKÉ VYDAVATELSTVÍ a.s.\nTyršova 5, 547 01 Náchod\nIČO " + I40,
                    "Věc: přístup k výsledkům voleb",
                    "Žádáme o přístup k XML s průběžnými výsledky voleb pro naše regionální weby.",
                    "Produkční adresy:\n203.0.113.100\n203.0.113.101\nTestovací adresy:\n"
                    "203.0.113.110\n203.0.113.111",
                    "Kontakt: Ivana Machová, správa webů, přímá linka 491 512 077 "
                    "(ústředna 491 512 000), machova@vcvydavatelstvi.example",
                ],
            )
        ],
    },
    {
        "id": "bg041-databox-osvc-photographer-docx-ticks",
        "description": "a photographer's data message (type 40) with a bare annotation; the "
        "DOCX ticks filming ☑ and leaves the feed ☐ with a placeholder IP",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Petr Kadlec",
            I41,
            "pk2f6ty",
            [],
            [],
            "Petr Kadlec",
            "kadlec@kadlecfoto.example",
            "+420602938174",
        ),
        "databox": box("pk2f6ty", "Petr Kadlec", "Sadová 7, 674 01 Třebíč", kind=40),
        "subject": "Žádost",
        "attachments": [
            (
                "docx",
                "zadost_Kadlec.docx",
                {
                    "blocks": [
                        "Žadatel: Petr Kadlec, fotograf, IČO " + I41,
                        "☐ přístup k výsledkům v XML (IP: ……………)",
                        "☑ povolení fotografovat na pracovišti ČSÚ v Třebíči",
                        "Kontakt: kadlec@kadlecfoto.example, +420 602 938 174",
                    ]
                },
            )
        ],
    },
    {
        "id": "bg042-alternative-cover-odt-written-range",
        "description": "multipart/alternative cover; the ODT writes production as a range of "
        "four addresses and the test address in a role table, contact from the cover signature",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Mělnický obzor s.r.o.",
            I42,
            None,
            ["203.0.113.120", "203.0.113.121", "203.0.113.122", "203.0.113.123"],
            ["203.0.113.130"],
            "Ondřej Pitra",
            "pitra@melnickyobzor.example",
            "+420315622908",
        ),
        "from": "Ondřej Pitra <pitra@melnickyobzor.example>",
        "subject": "Mělnický obzor - přístup k výsledkům",
        "headers": OWA,
        "body": "Dobrý den,\n\nžádost o přístup je v příloze.\n\nOndřej Pitra\nvývoj, Mělnický "
        "obzor s.r.o.\ntel. 315 622 908\n",
        "html": "<html><body><p>Dobrý den,</p><p>žádost o přístup je v příloze.</p><p>Ondřej "
        "Pitra<br>vývoj, Mělnický obzor s.r.o.<br>tel. 315 622 908</p></body></html>",
        "attachments": [
            (
                "odt",
                "MO_zadost.odt",
                [
                    "Mělnický obzor s.r.o., IČO " + I42,
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    [
                        ["Role", "Adresy"],
                        ["produkce", "203.0.113.120 - 203.0.113.123"],
                        ["test", "203.0.113.130"],
                    ],
                ],
            )
        ],
    },
]
