"""Thirteenth held-out part ``gb``, cases gb029–gb042: more data boxes, amending covers and
foreign applicants."""

from __future__ import annotations

from tests.corpus.label_rules import L, ico
from tests.corpus.thirteenth_gb_common import Case, Style, box, mail

F = "feed_access"
R = "recording_permit"

HANACKY = ico("2659871")
OPAVA = ico("0630034")
BESKYDY = ico("2744810")
KRONIKA = ico("0917452")
PUBLISHER = ico("2508763")
LIBEREC = ico("4927705")
CESKA_DATA = ico("0593101")
KRAJ = ico("7089190")
ZNOJMO = ico("2633450")
KARLOVARSKE = ico("2812539")

CASES: list[Case] = [
    box(
        "gb029-databox-xlsx-five-range",
        "data message with an XLSX: five production addresses as a range, two test ones",
        L(
            [F],
            "Hanácký večerník s.r.o.",
            HANACKY,
            "hv2ck8n",
            ["192.0.2.1", "192.0.2.2", "192.0.2.3", "192.0.2.4", "192.0.2.5"],
            ["192.0.2.11", "192.0.2.12"],
            "Kamil Žáček",
            "zacek@hanackyvecernik.example",
            "+420585113207",
        ),
        {"box": "hv2ck8n", "sender": "Hanácký večerník s.r.o.", "address": "Olomouc"},
        "Žádost o přístup k XML – Hanácký večerník",
        [
            (
                "txt",
                "zadost.txt",
                "Hanácký večerník s.r.o. (IČO " + HANACKY + ") žádá o přístup k XML výsledkům "
                "voleb. Adresy v tabulce. Kontakt: Kamil Žáček, 585 113 207, "
                "zacek@hanackyvecernik.example\n",
            ),
            (
                "xlsx",
                "adresy_HV.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["prostředí", "od", "do"],
                            ["produkce", "192.0.2.1", "192.0.2.5"],
                            ["test", "192.0.2.11", "192.0.2.12"],
                        ],
                    }
                ],
            ),
        ],
    ),
    mail(
        "gb030-cover-changes-contact",
        "English cover e-mail replaces the contact person named in the ODT letter",
        Style.AMENDMENT,
        L(
            [F],
            "Baltic Wire UAB",
            None,
            None,
            ["198.51.100.5"],
            ["198.51.100.6"],
            "Rūta Kazlauskienė",
            "ruta.k@balticwire.example",
            "+37061234987",
        ),
        "Rūta Kazlauskienė <ruta.k@balticwire.example>",
        "Application - Baltic Wire UAB",
        "Good afternoon,\n\nattached is our application signed by our CEO. One change: the "
        "letter still names Tomas Jankauskas as contact person, but he has left the company. "
        "Please contact me instead - Rūta Kazlauskienė, ruta.k@balticwire.example, "
        "+370 612 34987.\n\nThank you,\nRūta\n",
        [
            (
                "odt",
                "application_bw.odt",
                [
                    "Baltic Wire UAB, Vilnius, Lithuania",
                    "We request access to the XML feed with Czech election results.",
                    [["production", "198.51.100.5"], ["test", "198.51.100.6"]],
                    "Contact person: Tomas Jankauskas, tomas.j@balticwire.example, +370 611 00456",
                    "Mindaugas Petrauskas, CEO",
                ],
            )
        ],
    ),
    mail(
        "gb031-pdf-netmask-test-pair",
        "PDF: test pair given as address with a /31 netmask, one production address",
        Style.PDF_COLUMNS,
        L(
            [F],
            "Opavský a hlučínský zpravodaj, z.s.",
            OPAVA,
            None,
            ["203.0.113.45"],
            ["203.0.113.46", "203.0.113.47"],
            "Šárka Mlčochová",
            "mlcochova@ohzpravodaj.example",
            "+420553777416",
        ),
        "Šárka Mlčochová <mlcochova@ohzpravodaj.example>",
        "Žádost o přístup ke XML",
        "Dobrý den,\nv příloze žádost spolku. Děkuji, Šárka Mlčochová\n",
        [
            (
                "pdf",
                "zadost_OHZ.pdf",
                [
                    {
                        "rows": [
                            ["Žadatel", "Technické údaje"],
                            [
                                "Opavský a hlučínský zpravodaj, z.s.\nIČO "
                                + OPAVA
                                + "\nHorní nám. 2, Opava",
                                "produkce: 203.0.113.45\ntest: 203.0.113.46 maska 255.255.255.254",
                            ],
                        ],
                        "widths": [230, 230],
                    },
                    "Kontakt: Šárka Mlčochová, 553 777 416, mlcochova@ohzpravodaj.example",
                ],
            )
        ],
    ),
    mail(
        "gb032-polish-outlet-docx-both",
        "Polish outlet writes in English, DOCX with tick boxes for both requests, no IČO",
        Style.FOREIGN,
        L(
            [F, R],
            "Gazeta Śląska sp. z o.o.",
            None,
            None,
            ["203.0.113.240", "203.0.113.241"],
            [],
            "Piotr Wiśniewski",
            "p.wisniewski@gazetaslaska.example",
            "+48601234778",
        ),
        "Piotr Wiśniewski <p.wisniewski@gazetaslaska.example>",
        "Czech elections - feed and filming",
        "Dear colleagues, our form attached. Regards, Piotr\n",
        [
            (
                "docx",
                "form_GS.docx",
                {
                    "blocks": [
                        "Applicant: Gazeta Śląska sp. z o.o., Katowice (KRS 0000123456)",
                        "☒ access to results XML feed\n☒ permission to film at a collection point",
                        {
                            "rows": [
                                ["Production servers", "203.0.113.240\n203.0.113.241"],
                                ["Test servers", "none"],
                            ]
                        },
                        "Contact: Piotr Wiśniewski, +48 601 234 778, p.wisniewski@gazetaslaska.example",
                    ]
                },
            )
        ],
    ),
    box(
        "gb033-databox-filming-only",
        "regional TV's data message asks only to film; DOCX letter and TXT cover",
        L(
            [R],
            "Beskydská televize s.r.o.",
            BESKYDY,
            "bt6sk4y",
            [],
            [],
            "Lenka Kubíčková",
            "kubickova@beskydytv.example",
            "+420739552806",
        ),
        {"box": "bt6sk4y", "sender": "Beskydská televize s.r.o.", "address": "Frýdek-Místek"},
        "Povolení k natáčení",
        [
            ("txt", "pruvodka.txt", "Dobrý den, žádost v příloze. Beskydská TV\n"),
            (
                "docx",
                "natáčení.docx",
                {
                    "blocks": [
                        "Beskydská televize s.r.o., IČO " + BESKYDY,
                        "Žádáme o povolení natáčet reportáž ve sběrném místě v den voleb od 22:00. "
                        "Data v XML nepotřebujeme, výsledky bereme z webu.",
                        "Štáb: Lenka Kubíčková (redaktorka, kontakt), Jakub Sýkora (kamera).",
                        "Lenka Kubíčková, 739 552 806, kubickova@beskydytv.example",
                    ]
                },
            ),
        ],
    ),
    mail(
        "gb034-body-request-pdf-extract",
        "the request is in the body; the PDF is only the commercial register extract",
        Style.COVER_NOTE,
        L(
            [F],
            "Kronika regionu, s.r.o.",
            KRONIKA,
            None,
            ["198.51.100.33"],
            ["198.51.100.34"],
            "Vladimír Sedláček",
            "sedlacek@kronikaregionu.example",
            "+420603118920",
        ),
        "Vladimír Sedláček <sedlacek@kronikaregionu.example>",
        "Žádost o přístup k XML výsledkům",
        "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb. Produkční server "
        "198.51.100.33, testovací 198.51.100.34. Výpis z obchodního rejstříku přikládám.\n\n"
        "Vladimír Sedláček\njednatel, Kronika regionu, s.r.o.\n+420 603 118 920\n",
        [
            (
                "pdf",
                "vypis_OR.pdf",
                [
                    "Výpis z obchodního rejstříku",
                    {
                        "rows": [
                            ["Obchodní firma", "Kronika regionu, s.r.o."],
                            ["Identifikační číslo", KRONIKA],
                            ["Jednatel", "Vladimír Sedláček"],
                        ],
                        "widths": [160, 300],
                    },
                ],
            )
        ],
    ),
    mail(
        "gb035-xlsx-netmask-column-ipv6-test",
        "XLSX with address and netmask columns (a /30 production) and an IPv6 test address",
        Style.SPREADSHEET,
        L(
            [F],
            "Liberecký online s.r.o.",
            LIBEREC,
            None,
            ["198.51.100.16", "198.51.100.17", "198.51.100.18", "198.51.100.19"],
            ["2001:db8:1ab::20"],
            "Oldřich Jelínek",
            "jelinek@liberecky.example",
            "+420482551073",
        ),
        "Oldřich Jelínek <jelinek@liberecky.example>",
        "Žádost o XML + síťové údaje",
        "Dobrý den,\nžádáme o přístup k XML výsledkům (Liberecký online s.r.o., IČO "
        + LIBEREC
        + "). Síťové údaje v tabulce.\nOldřich Jelínek, správce sítě, 482 551 073\n",
        [
            (
                "xlsx",
                "sit.xlsx",
                [
                    {
                        "title": "Síť",
                        "rows": [
                            ["typ", "adresa", "maska"],
                            ["produkce", "198.51.100.16", "255.255.255.252"],
                            ["test", "2001:db8:1ab::20", ""],
                        ],
                    }
                ],
            )
        ],
    ),
    mail(
        "gb036-odt-foreign-university",
        "foreign university in English (ODT), asks for both; no IČO",
        Style.FOREIGN,
        L(
            [F, R],
            "University of Vienna",
            None,
            None,
            ["198.18.90.3"],
            [],
            "Lukas Gruber",
            "lukas.gruber@univie-media.example",
            "+431427718820",
        ),
        "Lukas Gruber <lukas.gruber@univie-media.example>",
        "Research project - election night",
        "Dear Sir or Madam,\nfor our comparative election-night research project we attach "
        "the application.\nLukas Gruber\n",
        [
            (
                "odt",
                "univie.odt",
                [
                    "University of Vienna, Department of Communication",
                    "We apply (1) for access to the XML results feed from our server 198.18.90.3 and "
                    "(2) for permission for two researchers to film at a collection point.",
                    "Contact: Lukas Gruber, lukas.gruber@univie-media.example, +43 1 4277 188 20",
                ],
            )
        ],
    ),
    mail(
        "gb037-slovak-freelancer-txt",
        "Slovak freelancer without IČO, TXT attachment, feed only",
        Style.SLOVAK,
        L(
            [F],
            "Marek Hudec",
            None,
            None,
            ["192.0.2.88"],
            ["192.0.2.89"],
            "Marek Hudec",
            "marek.hudec@hudecdata.example",
            "+421944118307",
        ),
        "Marek Hudec <marek.hudec@hudecdata.example>",
        "žiadosť",
        "Dobrý deň, žiadosť je v prílohe ako text. Marek\n",
        [
            (
                "txt",
                "ziadost.txt",
                "Som nezávislý dátový novinár (Marek Hudec, Bratislava) a žiadam o prístup "
                "k XML výsledkom volieb.\nprodukcia 192.0.2.88\ntest 192.0.2.89\n"
                "tel. 0944 118 307, marek.hudec@hudecdata.example\n",
            )
        ],
    ),
    box(
        "gb038-databox-rtf-publisher",
        "publisher's data message; RTF names the publication and the publisher with IČO",
        L(
            [F],
            "Regionální vydavatelství Jih, a.s.",
            PUBLISHER,
            "rv3jh5p",
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.125"],
            "Daniela Křížová",
            "krizova@rvjih.example",
            "+420380401992",
        ),
        {"box": "rv3jh5p", "sender": "Regionální vydavatelství Jih, a.s.", "address": "Tábor"},
        "Žádost – Táborské listy",
        [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Táborské listy – regionální týdeník",
                    "Vydavatel: Regionální vydavatelství Jih, a.s., IČO " + PUBLISHER,
                    "Žádáme o přístup k XML výsledkům voleb pro web Táborských listů.",
                    [
                        ["produkční", "203.0.113.120"],
                        ["produkční", "203.0.113.121"],
                        ["testovací", "203.0.113.125"],
                    ],
                    "Kontakt: Daniela Křížová, 380 401 992, krizova@rvjih.example",
                ],
            )
        ],
    ),
    mail(
        "gb039-old-form-current-body",
        "the attached DOCX is last year's form; the body gives the current addresses",
        Style.AMENDMENT,
        L(
            [F],
            "Česká data, z.ú.",
            CESKA_DATA,
            None,
            ["198.51.100.200", "198.51.100.201"],
            [],
            "Josef Havlík",
            "havlik@ceskadata.example",
            "+420775312604",
        ),
        "Josef Havlík <havlik@ceskadata.example>",
        "Žádost o přístup k XML 2022",
        "Dobrý den,\n\npřikládám formulář z loňska, údaje o ústavu platí. Adresy se ale "
        "změnily: nyní budeme stahovat jen z 198.51.100.200 a 198.51.100.201 (produkce), "
        "loňské adresy z formuláře už neplatí a test tentokrát nepotřebujeme.\n\n"
        "Josef Havlík, 775 312 604\n",
        [
            (
                "docx",
                "formular_2021.docx",
                {
                    "blocks": [
                        {
                            "rows": [
                                ["Žadatel", "Česká data, z.ú."],
                                ["IČO", CESKA_DATA],
                                ["Produkce", "192.0.2.150, 192.0.2.151"],
                                ["Test", "192.0.2.160"],
                                ["Kontakt", "Josef Havlík, havlik@ceskadata.example"],
                            ]
                        },
                    ]
                },
            )
        ],
    ),
    mail(
        "gb040-pdf-columns-direct-line",
        "two-column PDF letter with a switchboard and the contact's direct line",
        Style.PDF_COLUMNS,
        L(
            [F],
            "Znojemský týden s.r.o.",
            ZNOJMO,
            None,
            ["198.18.3.50", "198.18.3.51"],
            ["198.18.3.60"],
            "Milena Doležalová",
            "dolezalova@znojemskytyden.example",
            "+420515221488",
        ),
        "Znojemský týden <redakce@znojemskytyden.example>",
        "Přístup k výsledkům voleb",
        "Dobrý den, žádost v PDF.\n",
        [
            (
                "pdf",
                "zadost_ZT.pdf",
                [
                    {
                        "rows": [
                            [
                                "Znojemský týden s.r.o.\nObroková 8, Znojmo\nIČO "
                                + ZNOJMO
                                + "\nústředna 515 221 400",
                                "Produkce: 198.18.3.50, 198.18.3.51\nTest: 198.18.3.60",
                            ],
                        ],
                        "widths": [230, 230],
                    },
                    "Žádáme o přístup k XML výsledkům voleb.",
                    "Kontaktní osoba: Milena Doležalová, přímá linka 515 221 488, "
                    "dolezalova@znojemskytyden.example",
                ],
            )
        ],
    ),
    mail(
        "gb041-docx-merged-ipv6-test-only",
        "DOCX with merged cells and several people; the only test address is IPv6",
        Style.LETTERHEAD,
        L(
            [F],
            "Karlovarské listy s.r.o.",
            KARLOVARSKE,
            None,
            ["203.0.113.77"],
            ["2001:db8:cafe::77"],
            "Zuzana Veselá",
            "vesela@kvlisty.example",
            "+420353100477",
        ),
        "Zuzana Veselá <vesela@kvlisty.example>",
        "Žádost Karlovarské listy",
        "Dobrý den, posíláme žádost. Zuzana Veselá\n",
        [
            (
                "docx",
                "zadost_KL.docx",
                {
                    "header": "Karlovarské listy s.r.o. | IČO " + KARLOVARSKE,
                    "blocks": [
                        {
                            "rows": [
                                ["Přístup k XML výsledkům voleb", ""],
                                ["produkce", "203.0.113.77"],
                                ["test", "2001:db8:cafe::77"],
                            ],
                            "merge": [(0, 0, 0, 1)],
                        },
                        {
                            "rows": [
                                ["Role", "Jméno", "Kontakt"],
                                ["šéfredaktor", "Milan Toman", "toman@kvlisty.example"],
                                [
                                    "kontaktní osoba",
                                    "Zuzana Veselá",
                                    "vesela@kvlisty.example, 353 100 477",
                                ],
                            ]
                        },
                    ],
                },
            )
        ],
    ),
    box(
        "gb042-databox-region-press-office",
        "regional authority's data message (public body box); DOCX plus a one-line TXT",
        L(
            [F],
            "Kraj Vysočina",
            KRAJ,
            "kv8rj2m",
            ["198.51.100.111"],
            ["198.51.100.112"],
            "Tereza Pospíšilová",
            "pospisilova@kr-vysocina.example",
            "+420564602129",
        ),
        {"box": "kv8rj2m", "sender": "Kraj Vysočina", "address": "Žižkova 57, Jihlava", "type": 10},
        "Žádost o přístup k XML výsledkům – tiskové oddělení",
        [
            ("txt", "pruvodni.txt", "Zasíláme žádost tiskového oddělení.\n"),
            (
                "docx",
                "zadost_KrV.docx",
                {
                    "blocks": [
                        "Kraj Vysočina, IČO " + KRAJ + ", tiskové oddělení",
                        "Žádáme o přístup k XML výsledkům voleb pro krajský zpravodajský portál.",
                        {
                            "rows": [
                                ["produkční", "198.51.100.111"],
                                ["testovací", "198.51.100.112"],
                            ]
                        },
                        "Kontakt: Tereza Pospíšilová, 564 602 129, pospisilova@kr-vysocina.example",
                    ]
                },
            ),
        ],
    ),
]
