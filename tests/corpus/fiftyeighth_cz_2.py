"""Fifty-eighth held-out part ``cz``, cases cz015–cz028: a reply with quoted history and a
corrected PDF, data messages split between annotation and file, a nested DOCX table, a Slovak
RTF, an empty mail with an ODT checkbox form, a forwarded .eml corrected by its cover, a Polish
workbook with IPv6, a signature block with IČO and box ID, a withdrawn filming request, a sloppy
text file and an HTML ANO/NE table. Written by hand apart from the extraction rules (see
make_fiftyeighth_cz); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyeighth_cz_common import (
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    K9,
    OUTLOOK,
    ROUNDCUBE,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

J15, J16, J17, J18, J19 = (
    ico("2610493"),
    ico("0472851"),
    ico("4903716"),
    ico("3625184"),
    ico("0815629"),
)
J20, J21, J23, J24, J25 = (
    ico("2398017"),
    ico("0627345"),
    ico("4051832"),
    ico("2184560"),
    ico("0973214"),
)
J27, J28 = ico("6204871"), ico("2758390")

CASES: list[dict[str, Any]] = [
    {
        "id": "cz015-reply-quoted-office-pdf",
        "description": "iso-8859-2 reply to the office's query, quoting the office signature "
        "with its phone; the new PDF replaces the earlier one",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Deník Podbrdska s.r.o.",
            J15,
            None,
            ["198.51.100.55"],
            ["198.51.100.56"],
            "Alena Kratochvílová",
            "kratochvilova@podbrdsko.example",
            "+420604773120",
        ),
        "from": "Alena Kratochvilova <kratochvilova@podbrdsko.example>",
        "subject": "Re: Vaše žádost o přístup – doplnění",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": "Dobrý den,\n\nv příloze opravená žádost s oběma adresami, předchozí PDF "
        "prosím nahraďte.\n\nAlena Kratochvílová\n\n> Dobrý den,\n> v žádosti chybí "
        "testovací adresa.\n> Oddělení volebních výsledků ČSÚ, tel. +420 274 052 733\n",
        "attachments": [
            (
                "pdf",
                "zadost_v2.pdf",
                [
                    "Deník Podbrdska s.r.o., IČO " + J15,
                    "Žádost o přístup k výsledkům voleb (XML)",
                    "Produkční adresa: 198.51.100.55\nTestovací adresa: 198.51.100.56",
                    "Kontakt: Alena Kratochvílová, kratochvilova@podbrdsko.example, 604 773 120",
                ],
            )
        ],
    },
    {
        "id": "cz016-databox-split-annotation-odt",
        "description": "data message: production addresses in the annotation, the test address, "
        "the filming request and the contact in the ODT",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Rádio Orlice s.r.o.",
            J16,
            "o7rl4cs",
            ["192.0.2.210", "192.0.2.211"],
            ["192.0.2.219"],
            "Marek Šindelář",
            "sindelar@radioorlice.example",
            "+420734560291",
        ),
        "databox": box("o7rl4cs", "Rádio Orlice s.r.o.", "Tyršova 77, 516 01 Rychnov n. Kn."),
        "subject": "Volby – přístup k XML, produkční IP 192.0.2.210 a 192.0.2.211 (ostatní v "
        "příloze)",
        "attachments": [
            (
                "odt",
                "doplneni.odt",
                [
                    "Rádio Orlice s.r.o., IČO " + J16,
                    [
                        ["Testovací IP", "192.0.2.219"],
                        ["Natáčení na pracovišti ČSÚ", "ano – reportér a technik"],
                        ["Kontaktní osoba", "Marek Šindelář"],
                        ["Telefon / e-mail", "734 560 291 / sindelar@radioorlice.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "cz017-flowed-cover-docx-nested-table",
        "description": "format=flowed cover; the DOCX nests the address table inside the "
        "applicant table's row header cell",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Moravskoslezský kurýr a.s.",
            J17,
            None,
            ["198.18.70.1", "198.18.70.2", "198.18.70.3"],
            ["198.18.71.1"],
            "Roman Pospíšil",
            "pospisil@mskuryr.example",
            "+420597302448",
        ),
        "from": "Roman Pospisil <pospisil@mskuryr.example>",
        "subject": "Žádost MS kurýr",
        "headers": ROUNDCUBE,
        "flowed": True,
        "body": "Dobrý den, posílám žádost o přístup k výsledkům voleb pro náš web, vše je v "
        "příloze a technicky ji vyřizuji já.\n\nRoman Pospíšil\n",
        "attachments": [
            (
                "docx",
                "zadost_MSK.docx",
                {
                    "blocks": [
                        "Žádost o přístup k XML výsledkům voleb",
                        {
                            "rows": [
                                ["Žadatel", "Moravskoslezský kurýr a.s., IČO " + J17],
                                ["IP adresy", ""],
                                [
                                    "Kontakt",
                                    "Roman Pospíšil, pospisil@mskuryr.example, 597 302 448",
                                ],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [["produkce", "198.18.70.1–3"], ["test", "198.18.71.1"]]
                                }
                            },
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "cz018-slovak-rtf",
        "description": "Slovak applicant writes in Slovak; RTF table, phone with +421",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Záhorské noviny, s. r. o.",
            J18,
            None,
            ["203.0.113.180"],
            ["203.0.113.181"],
            "Miroslava Kováčová",
            "kovacova@zahorskenoviny.example",
            "+421905318442",
        ),
        "from": "Miroslava Kovacova <kovacova@zahorskenoviny.example>",
        "subject": "Ziadost o pristup k vysledkom volieb",
        "headers": OUTLOOK,
        "body": "Dobrý deň, v prílohe posielame žiadosť. S pozdravom M. Kováčová\n",
        "attachments": [
            (
                "rtf",
                "ziadost.rtf",
                [
                    "Záhorské noviny, s. r. o., IČO " + J18 + ", Senica",
                    "Žiadame o prístup k výsledkom volieb vo formáte XML.",
                    [
                        ["Produkčná IP", "203.0.113.180"],
                        ["Testovacia IP", "203.0.113.181"],
                        [
                            "Kontakt",
                            "Miroslava Kováčová, +421 905 318 442, kovacova@zahorskenoviny.example",
                        ],
                    ],
                ],
            )
        ],
    },
    {
        "id": "cz019-empty-odt-checkbox-filming-only",
        "description": "empty body; ODT form with ☒ filming and ☐ feed, the address fields "
        "left with a dash",
        "style": Style.EMPTY,
        "labels": L(
            [FILM],
            "Brněnský Metropol, z.ú.",
            J19,
            None,
            [],
            [],
            "Tereza Horáková",
            "horakova@metropol.example",
            "+420739004516",
        ),
        "from": "Tereza Horakova <horakova@metropol.example>",
        "subject": "natáčení volby",
        "headers": K9,
        "body": "",
        "attachments": [
            (
                "odt",
                "formular.odt",
                [
                    "Brněnský Metropol, z.ú. (IČO " + J19 + ")",
                    "☐ přístup k dedikovanému serveru s výsledky",
                    "☒ povolení natáčet / fotografovat na pracovišti ČSÚ",
                    [
                        ["Produkční IP", "–"],
                        ["Testovací IP", "–"],
                        ["Kontakt", "Horáková Tereza, horakova@metropol.example, 739 004 516"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "cz020-cover-corrects-forwarded-eml",
        "description": "the cover says the test address in the attached .eml is no longer valid "
        "and gives the new one",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Náchodský zpravodaj s.r.o.",
            J20,
            None,
            ["192.0.2.140"],
            ["192.0.2.142"],
            "Josef Vítek",
            "vitek@nachodskyzpravodaj.example",
            "+420491420377",
        ),
        "from": "Josef Vitek <vitek@nachodskyzpravodaj.example>",
        "subject": "Fwd: žádost o přístup (oprava testovací IP)",
        "headers": CENTRUM,
        "body": "Dobrý den, přeposílám naši žádost z minulého týdne. Testovací 192.0.2.141 "
        "už neplatí, místo ní prosím 192.0.2.142. Ostatní beze změny.\nJ. Vítek\n",
        "attachments": [
            (
                "eml",
                "zadost.eml",
                {
                    "id": "cz020-inner",
                    "from": "Josef Vitek <vitek@nachodskyzpravodaj.example>",
                    "subject": "žádost o přístup",
                    "body": "Dobrý den,\nNáchodský zpravodaj s.r.o. (IČO "
                    + J20
                    + ") žádá o přístup "
                    "k XML.\nprodukce 192.0.2.140\ntest 192.0.2.141\nkontakt Josef Vítek, "
                    "491 420 377\n",
                },
            )
        ],
    },
    {
        "id": "cz021-databox-bare-annotation-docx-header-footer",
        "description": "data message annotated only 'Žádost'; DOCX with letterhead header and a "
        "footer carrying IČO and the data-box ID",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vltavská mediální, a.s.",
            J21,
            "v9lm3tz",
            ["198.51.100.88", "198.51.100.89"],
            ["198.51.100.90"],
            "Simona Kučerová",
            "kucerova@vltavska.example",
            "+420720415388",
        ),
        "databox": box("v9lm3tz", "Vltavská mediální, a.s.", "Na Lužinách 8, 397 01 Písek"),
        "subject": "Žádost",
        "attachments": [
            (
                "docx",
                "zadost.docx",
                {
                    "header": "VLTAVSKÁ MEDIÁLNÍ, a.s. — Na Lužinách 8, Písek",
                    "footer": "IČO " + J21 + " • ID DS v9lm3tz • vltavska.example",
                    "blocks": [
                        "Žádáme o přístup k výsledkům voleb na dedikovaném serveru.",
                        "Produkční IP: 198.51.100.88 a 198.51.100.89, testovací 198.51.100.90.",
                        "Kontaktní osoba: Simona Kučerová (kucerova@vltavska.example, 720 415 388)",
                    ],
                },
            )
        ],
    },
    {
        "id": "cz022-polish-xlsx-merged-ipv6",
        "description": "Polish agency in Polish; two-sheet workbook with a merged title, IPv6 "
        "and IPv4 production addresses, TAK/NIE for filming",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agencja Informacyjna Śląsk sp. z o.o.",
            None,
            None,
            ["2001:db8:e1::5", "203.0.113.75"],
            ["203.0.113.76"],
            "Agnieszka Wróbel",
            "wrobel@aislask.example",
            "+48601552308",
        ),
        "from": "Agnieszka Wrobel <wrobel@aislask.example>",
        "subject": "Wniosek o dostęp do wyników wyborów",
        "headers": OUTLOOK,
        "body": "Dzień dobry, w załączniku wniosek. Pozdrawiam, Agnieszka Wróbel\n",
        "attachments": [
            (
                "xlsx",
                "wniosek_AIS.xlsx",
                [
                    {
                        "title": "Wniosek",
                        "rows": [
                            ["Agencja Informacyjna Śląsk sp. z o.o., Katowice", ""],
                            ["Dostęp do XML", "TAK"],
                            ["Nagrywanie w urzędzie", "NIE"],
                        ],
                        "merge": ["A1:B1"],
                    },
                    {
                        "title": "Adresy IP",
                        "rows": [
                            ["Adresy IP", "", ""],
                            ["produkcja", "2001:db8:e1::5", "203.0.113.75"],
                            ["test", "203.0.113.76", ""],
                            [
                                "kontakt",
                                "Agnieszka Wróbel",
                                "+48 601 552 308, wrobel@aislask.example",
                            ],
                        ],
                        "merge": ["A1:C1"],
                    },
                ],
            )
        ],
    },
    {
        "id": "cz023-pdf-signature-block-ico-box",
        "description": "e-mail (not a data message) whose signature block gives IČO and data-box "
        "ID; feed and filming in the PDF letter",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Karlovarské listy s.r.o.",
            J23,
            "q6kl2mr",
            ["192.0.2.160"],
            ["192.0.2.161"],
            "Ivana Bartošová",
            "bartosova@karlovarskelisty.example",
            "+420353224190",
        ),
        "from": "Ivana Bartosova <bartosova@karlovarskelisty.example>",
        "subject": "Žádost – Karlovarské listy",
        "headers": EVOLUTION,
        "body": "Dobrý den,\nzasíláme žádost.\n\nIvana Bartošová\nredaktorka\nKarlovarské listy "
        "s.r.o. | IČO " + J23 + " | ID datové schránky: q6kl2mr\ntel. 353 224 190\n",
        "attachments": [
            (
                "pdf",
                "zadost_KL.pdf",
                [
                    "Karlovarské listy s.r.o.\nZeyerova 3, 360 01 Karlovy Vary",
                    "Žádáme o přístup k XML výsledkům (produkce 192.0.2.160, test 192.0.2.161) a o "
                    "povolení pořizovat záznam na krajském pracovišti.",
                    "Kontaktní osoba: Ivana Bartošová",
                ],
            )
        ],
    },
    {
        "id": "cz024-databox-pdf-and-xlsx",
        "description": "data message with two files: the PDF application refers to the attached "
        "workbook for addresses",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Hanácké noviny a.s.",
            J24,
            "h5nz8pe",
            ["198.18.90.10", "198.18.90.11", "198.18.90.12", "198.18.90.13"],
            ["198.18.91.10"],
            "Zdeněk Havlíček",
            "havlicek@hanackenoviny.example",
            "+420585447102",
        ),
        "databox": box("h5nz8pe", "Hanácké noviny a.s.", "Horní náměstí 9, 779 00 Olomouc"),
        "subject": "Žádost o přístup k výsledkům – Hanácké noviny",
        "attachments": [
            (
                "pdf",
                "zadost.pdf",
                [
                    "Hanácké noviny a.s., IČO " + J24,
                    "Žádáme o přístup k XML. IP adresy viz příloha ip.xlsx.",
                    "Kontakt: Zdeněk Havlíček, havlicek@hanackenoviny.example, 585 447 102",
                ],
            ),
            (
                "xlsx",
                "ip.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["typ", "od", "do"],
                            ["produkce", "198.18.90.10", "198.18.90.13"],
                            ["test", "198.18.91.10", ""],
                        ],
                    }
                ],
            ),
        ],
    },
    {
        "id": "cz025-cover-withdraws-filming",
        "description": "the DOCX ticks both requests, the cover says filming is off this time",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "TV Podještědí s.r.o.",
            J25,
            None,
            ["203.0.113.101"],
            [],
            "Kamil Rejzek",
            "rejzek@tvpodjestedi.example",
            "+420602118340",
        ),
        "from": "Kamil Rejzek <rejzek@tvpodjestedi.example>",
        "subject": "žádost TV Podještědí",
        "headers": OUTLOOK,
        "body": "Dobrý den, v příloze žádost. Natáčení prosím neřešte, nakonec na sběrné "
        "místo nepojedeme – chceme jen ten přístup k výsledkům.\nKamil Rejzek, 602 118 340\n",
        "attachments": [
            (
                "docx",
                "zadost.docx",
                {
                    "blocks": [
                        "TV Podještědí s.r.o., IČO " + J25,
                        "☒ přístup k výsledkům voleb (XML)\n☒ povolení k natáčení",
                        "Produkční IP: 203.0.113.101 (testovat budeme na ní)",
                        "Kontakt: Kamil Rejzek, rejzek@tvpodjestedi.example",
                    ]
                },
            )
        ],
    },
    {
        "id": "cz026-empty-sloppy-txt-range",
        "description": "empty body; a sloppy text file writes a range '198.51.100.60-62' and an "
        "address as '.8' after another",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Infoportal Kladno s.r.o.",
            None,
            None,
            ["198.51.100.7", "198.51.100.8"],
            ["198.51.100.60", "198.51.100.61", "198.51.100.62"],
            "Jakub Toman",
            "toman@infokladno.example",
            "+420776229041",
        ),
        "from": "Jakub Toman <toman@infokladno.example>",
        "subject": "volby xml",
        "headers": K9,
        "body": "",
        "attachments": [
            (
                "txt",
                "ip.txt",
                "infoportal kladno s.r.o. - zadost o pristup k xml vysledkum\n"
                "produkce: 198.51.100.7 a .8\n"
                "testovaci: 198.51.100.60-62\n"
                "kontakt jakub toman 776229041\n",
            )
        ],
    },
    {
        "id": "cz027-databox-annotation-application-rtf-proxy",
        "description": "data message: the whole request is in the annotation, the RTF is only a "
        "power of attorney naming the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vysočina Live s.r.o.",
            J27,
            "w2vl6jh",
            ["192.0.2.50"],
            ["192.0.2.51"],
            "Eva Doležalová",
            "dolezalova@vysocinalive.example",
            "+420731905264",
        ),
        "databox": box("w2vl6jh", "Vysočina Live s.r.o.", "Masarykovo nám. 1, 586 01 Jihlava"),
        "subject": "Žádáme o přístup k XML výsledkům voleb. Produkční IP 192.0.2.50, "
        "testovací 192.0.2.51. Kontakt viz plná moc.",
        "attachments": [
            (
                "rtf",
                "plna_moc.rtf",
                [
                    "PLNÁ MOC",
                    "Vysočina Live s.r.o., IČO " + J27 + ", zmocňuje paní Evu Doležalovou "
                    "(dolezalova@vysocinalive.example, tel. 731 905 264) k jednání s ČSÚ ve věci "
                    "přístupu k výsledkům voleb.",
                    "Petr Kaňka, jednatel",
                ],
            )
        ],
    },
    {
        "id": "cz028-alternative-html-ano-ne",
        "description": "8bit multipart/alternative; the HTML part has an ANO/NE table, the plain "
        "part is a flattened copy; the contact is the technician, not the signer",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Rádio Pálava s.r.o.",
            J28,
            None,
            ["198.18.33.4"],
            ["198.18.33.5"],
            "Ondřej Bureš",
            "bures@radiopalava.example",
            "+420608337915",
        ),
        "from": "Blanka Šimková <simkova@radiopalava.example>",
        "subject": "Žádost Rádio Pálava",
        "headers": ROUNDCUBE,
        "cte": "8bit",
        "body": "Přístup k XML: ANO\nNatáčení: ANO\nProdukce 198.18.33.4, test 198.18.33.5\n"
        "Kontaktní osoba: Ondřej Bureš, technik, bures@radiopalava.example, 608 337 915\n\n"
        "Blanka Šimková, ředitelka, Rádio Pálava s.r.o., IČO " + J28 + "\n",
        "html": "<table border=1><tr><th></th><th>ANO</th><th>NE</th></tr>"
        "<tr><td>Přístup k XML</td><td>X</td><td></td></tr>"
        "<tr><td>Natáčení</td><td>X</td><td></td></tr></table>"
        "<p>Produkce 198.18.33.4, test 198.18.33.5</p><p>Kontaktní osoba: Ondřej Bureš, "
        "technik, bures@radiopalava.example, 608 337 915</p><p>Blanka Šimková, ředitelka, "
        "Rádio Pálava s.r.o., IČO " + J28 + "</p>",
        "attachments": [("pdf", "logo_a_udaje.pdf", ["Rádio Pálava s.r.o., Mikulov, IČO " + J28])],
    },
]
