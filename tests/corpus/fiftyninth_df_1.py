"""Fifty-ninth held-out part ``df``, cases df001–df014: a DOCX form with a nested address table,
a data message whose annotation says only "viz příloha" with an RTF [X]/[ ] form, a PDF letter
with a two-column role table, an XLSX with merged role cells, an ODT whose letterhead carries
the applicant and the agency only as author, a town's data box for its TV channel, a ☑/☐ form
with filming details filled in anyway, cover notes that change the file, an empty body.
Written by hand apart from the extraction rules (see make_fiftyninth_df); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyninth_df_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

A1, A3, A4, A5, A6 = ico("2741096"), ico("0583217"), ico("2619354"), ico("2870413"), ico("0072541")
A7, A8, A9, A10, A11 = (
    ico("2950318"),
    ico("2714685"),
    ico("0496237"),
    ico("2638140"),
    ico("2805972"),
)
A12, A13, A14 = ico("0617384"), ico("2583049"), ico("2746518")

CASES: list[dict[str, Any]] = [
    {
        "id": "df001-docx-nested-technicke-udaje",
        "description": "DOCX form: the addresses sit in an inner table nested in the "
        "'Technické údaje' cell, roles in the inner table's first column",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Vysočina Press a.s.",
            A1,
            None,
            ["198.51.100.61", "198.51.100.62"],
            ["198.51.100.70"],
            "Tereza Brabcová",
            "brabcova@vysocinapress.example",
            "+420732418906",
        ),
        "from": "Tereza Brabcová <brabcova@vysocinapress.example>",
        "subject": "formulář - přístup k výsledkům",
        "headers": OUTLOOK,
        "body": "Dobrý den,\nposílám vyplněný formulář.\nBrabcová\n",
        "attachments": [
            (
                "docx",
                "formular_VP.docx",
                {
                    "header": "Vysočina Press a.s. | Havlíčkovo nábř. 14, Jihlava | IČO " + A1,
                    "footer": "strana 1/1",
                    "blocks": [
                        "ŽÁDOST O PŘÍSTUP K DATŮM VÝSLEDKŮ VOLEB",
                        {
                            "rows": [
                                ["Žadatel", "Vysočina Press a.s., IČO " + A1],
                                ["Předmět", "přístup na dedikovaný server (XML výstupy)"],
                                ["Technické údaje", ""],
                                [
                                    "Kontakt",
                                    "Tereza Brabcová, tel. 732 418 906,\n"
                                    "brabcova@vysocinapress.example",
                                ],
                            ],
                            "nested": {
                                (2, 1): {
                                    "rows": [
                                        ["role", "adresa"],
                                        ["produkce", "198.51.100.61"],
                                        ["produkce", "198.51.100.62"],
                                        ["test", "198.51.100.70"],
                                    ]
                                }
                            },
                        },
                        "Jihlava 3. 9. 2025",
                    ],
                },
            )
        ],
    },
    {
        "id": "df002-databox-viz-priloha-rtf-boxes",
        "description": "data message whose annotation says only 'viz příloha'; the RTF has "
        "[X] feed and [ ] filming, the addresses and contact in an RTF table",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Orlice s.r.o.",
            A3,
            "ro7kx2p",
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.150"],
            "Marek Šindelář",
            "sindelar@radioorlice.example",
            "+420602771384",
        ),
        "databox": box(
            "ro7kx2p", "Rádio Orlice s.r.o.", "Komenského 210, 516 01 Rychnov nad Kněžnou"
        ),
        "subject": "Žádost - viz příloha",
        "attachments": [
            (
                "rtf",
                "zadost_volby.rtf",
                [
                    "Rádio Orlice s.r.o., IČO " + A3,
                    "Žádáme o:",
                    "[X] přístup k průběžným výsledkům (XML, dedikovaný server)",
                    "[ ] povolení k pořizování záznamu na pracovišti ČSÚ",
                    [
                        ["Produkční adresy", "203.0.113.140, 203.0.113.141"],
                        ["Testovací adresa", "203.0.113.150"],
                        ["Kontaktní osoba", "Marek Šindelář"],
                        ["Telefon / e-mail", "+420 602 771 384 / sindelar@radioorlice.example"],
                    ],
                    "Ing. Pavla Řeháková, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "df003-pdf-two-column-role-row-headers",
        "description": "PDF letter: a two-column table with the role in the row header; the long "
        "company name wraps inside its narrow cell; a second person signs",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Středomoravské mediální a vydavatelské družstvo, družstvo",
            A4,
            None,
            ["192.0.2.84", "192.0.2.85", "192.0.2.86"],
            ["192.0.2.90"],
            "Ondřej Kalina",
            "kalina@smvd.example",
            "+420585114207",
        ),
        "from": "sekretariat@smvd.example",
        "subject": "Žádost ČSÚ volby 2025",
        "headers": ZIMBRA,
        "body": "Dobrý den, v příloze zasíláme žádost podepsanou předsedou.\n"
        "S pozdravem sekretariát SMVD\n",
        "cte": "8bit",
        "attachments": [
            (
                "pdf",
                "zadost_SMVD.pdf",
                [
                    "Český statistický úřad, odbor volebních informací",
                    "Žádost o zpřístupnění výsledků a o povolení natáčení",
                    {
                        "rows": [
                            [
                                "Žadatel",
                                "Středomoravské mediální a vydavatelské družstvo, družstvo",
                            ],
                            ["IČO", A4],
                            ["Produkční IP", "192.0.2.84 – 192.0.2.86"],
                            ["Testovací IP", "192.0.2.90"],
                            ["Kontaktní osoba", "Ondřej Kalina, technik redakce"],
                            ["Telefon", "585 114 207"],
                            ["E-mail", "kalina@smvd.example"],
                            ["Natáčení", "ano – štáb 2 osoby, krajská pracoviště Olomouc"],
                        ],
                        "widths": [90, 140],
                    },
                    "V Olomouci dne 1. září 2025\nJUDr. Vít Hanák, předseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "df004-xlsx-merged-role-three-rows",
        "description": "XLSX: the role cells 'produkční' and 'testovací' are merged across three "
        "rows each, the third test row empty; a second sheet holds the contact",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Hradecký deník online s.r.o.",
            A5,
            None,
            ["198.18.4.10", "198.18.4.11", "198.18.4.12"],
            ["198.18.5.20", "198.18.5.21"],
            "Lenka Pátková",
            "patkova@hkdenik.example",
            "+420777305918",
        ),
        "from": "Lenka Pátková <patkova@hkdenik.example>",
        "subject": "IP adresy pro XML",
        "headers": GMAIL,
        "body": "Dobrý den, žádáme o přístup k výsledkům, adresy a kontakt jsou v tabulce.\n"
        "Lenka Pátková\n",
        "cte": "base64",
        "attachments": [
            (
                "xlsx",
                "ip_hkdenik.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Role", "IP adresa", "Poznámka"],
                            ["produkční", "198.18.4.10", "primární"],
                            [None, "198.18.4.11", ""],
                            [None, "198.18.4.12", "záložní"],
                            ["testovací", "198.18.5.20", ""],
                            [None, "198.18.5.21", ""],
                            [None, "", ""],
                        ],
                        "merge": ["A2:A4", "A5:A7"],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Organizace", "Hradecký deník online s.r.o."],
                            ["IČO", A5],
                            ["Kontakt", "Pátková Lenka"],
                            ["Mobil", "777 305 918"],
                            ["E-mail", "patkova@hkdenik.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "df005-odt-letterhead-agency-author",
        "description": "ODT: the letterhead carries the applicant and its IČO, the body names the "
        "PR agency that prepared it only as author; the contact is the applicant's editor",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Podještědský zpravodaj, z.s.",
            A6,
            None,
            ["203.0.113.201"],
            [],
            "Hana Ulrichová",
            "ulrichova@podjestedsky.example",
            "+420603148552",
        ),
        "from": "Adam Krejza <krejza@komunikace-ak.example>",
        "subject": "Žádost Podještědského zpravodaje",
        "headers": APPLE,
        "body": "Dobrý den,\nza klienta zasílám žádost v ODT.\nAdam Krejza, AK komunikace\n",
        "attachments": [
            (
                "odt",
                "zadost_PZ.odt",
                [
                    "PODJEŠTĚDSKÝ ZPRAVODAJ, z.s. | Nádražní 5, 463 31 Chrastava | IČO " + A6,
                    "Věc: žádost o přístup k dedikovanému serveru s výsledky voleb",
                    "Žádáme o přidělení přístupu k XML výsledkům z adresy 203.0.113.201 "
                    "(produkční, testovat budeme ze stejné adresy).",
                    "Kontaktní osoba: Hana Ulrichová, šéfredaktorka, ulrichova@podjestedsky.example, "
                    "tel. 603 148 552",
                    "Dokument zpracovala agentura AK komunikace s.r.o. (Adam Krejza).",
                ],
            )
        ],
    },
    {
        "id": "df006-databox-town-tv-channel",
        "description": "data message from the town's box; the town's TV channel (no IČO of its "
        "own) applies, the town as its operator is the legal entity",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Město Lomnice nad Popelkou",
            A7,
            "mlp4q8v",
            ["192.0.2.150"],
            ["192.0.2.151"],
            "Jiří Hovorka",
            "hovorka@tvlomnice.example",
            "+420481672305",
        ),
        "databox": box(
            "mlp4q8v",
            "Město Lomnice nad Popelkou",
            "Husovo nám. 6, 512 51 Lomnice nad Popelkou",
            kind=10,
        ),
        "subject": "TV Lomnice - žádost o přístup k výsledkům voleb a natáčení",
        "attachments": [
            (
                "docx",
                "TV_Lomnice_zadost.docx",
                {
                    "header": "Město Lomnice nad Popelkou, IČO " + A7,
                    "blocks": [
                        "Televize Lomnice (městské vysílání, provozovatel Město Lomnice nad Popelkou)",
                        "žádá o přístup k XML výsledkům a o povolení natáčet na pracovišti "
                        "v Semilech.",
                        "IP produkce: 192.0.2.150, IP test: 192.0.2.151",
                        "Kontakt: Jiří Hovorka, vedoucí TV Lomnice, hovorka@tvlomnice.example, "
                        "tel. 481 672 305",
                    ],
                },
            )
        ],
    },
    {
        "id": "df007-form-feed-ticked-filming-unticked-filled",
        "description": "form: feed ☑, filming ☐ but the filming section is filled in anyway "
        "(crew, place); only the ticked request counts",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Kladenské listy s.r.o.",
            A8,
            None,
            ["198.51.100.33"],
            ["198.51.100.34"],
            "Patrik Doležal",
            "dolezal@kladenskelisty.example",
            "+420728604113",
        ),
        "from": "Patrik Doležal <dolezal@kladenskelisty.example>",
        "subject": "Formulář",
        "headers": TBIRD,
        "body": "V příloze.\n",
        "attachments": [
            (
                "docx",
                "formular_KL.docx",
                {
                    "blocks": [
                        "Žadatel: Kladenské listy s.r.o., IČO " + A8,
                        "☑ Přístup k výsledkům voleb (XML)",
                        "☐ Povolení k natáčení / fotografování",
                        {
                            "rows": [
                                ["Produkční IP", "198.51.100.33"],
                                ["Testovací IP", "198.51.100.34"],
                                ["Natáčení – místo", "KS ČSÚ Kladno"],
                                ["Natáčení – štáb", "Michal Dvorský (kamera)"],
                                [
                                    "Kontakt",
                                    "Patrik Doležal, 728 604 113, dolezal@kladenskelisty.example",
                                ],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "df008-cover-corrects-pdf-test-ip",
        "description": "cover mail corrects the test address in the attached PDF (typo .19 → .91)",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Jihočeská rozhlasová s.r.o.",
            A9,
            None,
            ["203.0.113.17", "203.0.113.18"],
            ["203.0.113.91"],
            "Kamil Vávra",
            "vavra@jcrozhlas.example",
            "+420387220914",
        ),
        "from": "Kamil Vávra <vavra@jcrozhlas.example>",
        "subject": "RE: žádost XML",
        "headers": OUTLOOK,
        "body": "Dobrý den,\nv PDF je překlep: testovací adresa má být 203.0.113.91, ne "
        "203.0.113.19. Ostatní platí.\nKamil Vávra, 387 220 914\n",
        "attachments": [
            (
                "pdf",
                "zadost_JCR.pdf",
                [
                    "Jihočeská rozhlasová s.r.o., IČO " + A9 + ", České Budějovice",
                    "Žádáme o přístup k výsledkům voleb přes dedikovaný server.",
                    "Produkční: 203.0.113.17, 203.0.113.18\nTestovací: 203.0.113.19",
                    "Kontakt: Kamil Vávra, vavra@jcrozhlas.example, 387 220 914",
                ],
            )
        ],
    },
    {
        "id": "df009-empty-body-xlsx-two-sheets",
        "description": "empty body; a workbook with a 'Žádost' sheet of ANO/NE rows and an "
        "'IP' sheet with an IPv6 production address",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Brněnský report s.r.o.",
            A10,
            None,
            ["2001:db8:40::15", "198.51.100.150"],
            [],
            "Simona Kratochvílová",
            "kratochvilova@brnenskyreport.example",
            "+420608119374",
        ),
        "from": "kratochvilova@brnenskyreport.example",
        "subject": "zadost volby",
        "headers": K9,
        "body": "",
        "attachments": [
            (
                "xlsx",
                "zadost.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Požadavek", "ANO/NE"],
                            ["Přístup k XML výsledkům", "ANO"],
                            ["Natáčení na pracovišti", "NE"],
                            ["Žadatel", "Brněnský report s.r.o."],
                            ["IČO", A10],
                            ["Kontakt", "Simona Kratochvílová, 608 119 374"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["typ", "adresa"],
                            ["produkce", "2001:db8:40:0:0:0:0:15"],
                            ["produkce", "198.51.100.150"],
                            ["test", "— testujeme z produkce —"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "df010-databox-annotation-and-file",
        "description": "data message: the annotation carries the production addresses, the PDF "
        "the test range as CIDR /31 and the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Deník Pootaví a.s.",
            None,
            "dp2v9ht",
            ["192.0.2.40", "192.0.2.41"],
            ["192.0.2.46", "192.0.2.47"],
            "Roman Šťastný",
            "stastny@pootavi.example",
            "+420376512093",
        ),
        "databox": box("dp2v9ht", "Deník Pootaví a.s.", "Nábřeží 18, 341 01 Horažďovice"),
        "subject": "Žádost o XML výsledky, produkce 192.0.2.40 a 192.0.2.41, test viz PDF",
        "attachments": [
            (
                "pdf",
                "priloha.pdf",
                [
                    "Deník Pootaví a.s.",
                    "Testovací rozsah: 192.0.2.46/31",
                    "Kontakt: Roman Šťastný, stastny@pootavi.example, mob. +420 376 512 093",
                ],
            )
        ],
    },
    {
        "id": "df011-forwarded-eml-filming-only",
        "description": "the cameraman forwards the editor's original mail as an attached .eml; "
        "filming only, the contact is the editor in the inner mail",
        "style": Style.FORWARD,
        "labels": L(
            [FILM],
            "Studio Krkonoše s.r.o.",
            A12,
            None,
            [],
            [],
            "Veronika Hamplová",
            "hamplova@studiokrkonose.example",
            "+420499871206",
        ),
        "from": "Luboš Patera <patera@studiokrkonose.example>",
        "subject": "Fwd: natáčení volby",
        "headers": SEZNAM,
        "body": "Přeposílám žádost kolegyně, omylem šla na starou adresu.\nL. Patera\n",
        "attachments": [
            (
                "eml",
                "puvodni.eml",
                {
                    "id": "df011-inner",
                    "from": "Veronika Hamplová <hamplova@studiokrkonose.example>",
                    "to": "info@czso.example",
                    "subject": "Žádost o povolení natáčení",
                    "body": "Dobrý den,\nStudio Krkonoše s.r.o. (IČO " + A12 + ") žádá o povolení "
                    "natáčet v sobotu na pracovišti ve Vrchlabí. Výsledky XML nepotřebujeme.\n"
                    "Kontakt: Veronika Hamplová, 499 871 206\n",
                },
            )
        ],
    },
    {
        "id": "df012-signature-ico-box-html",
        "description": "HTML mail with plain alternative; the signature block carries IČO and the "
        "data-box ID; filming and feed, addresses in a sentence",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Polabské noviny s.r.o.",
            A13,
            "pn5tz3c",
            ["198.51.100.200", "198.51.100.201"],
            ["198.51.100.209"],
            "Daniel Moravec",
            "moravec@polabskenoviny.example",
            "+420725403118",
        ),
        "from": "Daniel Moravec <moravec@polabskenoviny.example>",
        "subject": "Volby – přístup a natáčení",
        "headers": OWA,
        "body": "Dobrý den,\nžádáme o přístup k XML z 198.51.100.200 a .201 (test 198.51.100.209) "
        "a o povolení natáčet v Nymburce.\nDaniel Moravec\nPolabské noviny s.r.o.\nIČO "
        + A13
        + ", DS pn5tz3c\nmob. 725 403 118\n",
        "html": "<p>Dobrý den,</p><p>žádáme o přístup k XML z 198.51.100.200 a .201 (test "
        "198.51.100.209) a o povolení natáčet v Nymburce.</p><p>Daniel Moravec<br>Polabské "
        "noviny s.r.o.<br>IČO " + A13 + ", DS pn5tz3c<br>mob. 725 403 118</p>",
        "attachments": [("txt", "poznamka.txt", "Štáb: D. Moravec, J. Kroupa\n")],
    },
    {
        "id": "df013-databox-osvc-rtf-filming",
        "description": "data message from a freelance photographer's box (no IČO given); filming "
        "only, the RTF form has [x] filming and [ ] feed",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Kristýna Valentová",
            None,
            "kv8m2fw",
            [],
            [],
            "Kristýna Valentová",
            "valentova@foto-kv.example",
            "+420739662015",
        ),
        "databox": box("kv8m2fw", "Kristýna Valentová", "Lipová 3, 779 00 Olomouc", kind=40),
        "subject": "fotografování - sčítání hlasů",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Žadatelka: Kristýna Valentová, fotografka",
                    "[ ] přístup k XML",
                    "[x] povolení fotografovat na pracovišti Olomouc",
                    "tel. 739 662 015, valentova@foto-kv.example",
                ],
            )
        ],
    },
    {
        "id": "df014-cover-changes-contact-docx",
        "description": "the cover note replaces the DOCX's contact (on leave) with a colleague "
        "and her phone; windows-1250 body",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Karlovarský týdeník s.r.o.",
            A14,
            None,
            ["203.0.113.60"],
            ["203.0.113.61"],
            "Eva Kolářová",
            "kolarova@kvtydenik.example",
            "+420604227180",
        ),
        "from": "Eva Kolářová <kolarova@kvtydenik.example>",
        "subject": "žádost + změna kontaktu",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": "Dobrý den,\nv příloze žádost. Kolega Bureš uvedený jako kontakt je do voleb "
        "na dovolené, kontaktní osobou budu já: Eva Kolářová, 604 227 180.\nDěkuji\n",
        "attachments": [
            (
                "docx",
                "zadost_KT.docx",
                {
                    "header": "Karlovarský týdeník s.r.o. · IČO " + A14,
                    "footer": "Karlovy Vary",
                    "blocks": [
                        "Žádáme o přístup k výsledkům na dedikovaném serveru.",
                        {
                            "rows": [
                                ["produkční IP", "testovací IP"],
                                ["203.0.113.60", "203.0.113.61"],
                            ]
                        },
                        "Kontakt: Pavel Bureš, bures@kvtydenik.example, 606 318 004",
                    ],
                },
            )
        ],
    },
]
