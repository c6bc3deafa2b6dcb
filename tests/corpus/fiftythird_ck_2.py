"""Fifty-third held-out part ``ck``, cases ck015–ck028: a data message whose DOCX holds two
documents, a signed university letter, an empty mail with an ANO/NE-column ODT, a reply with
quoted office history and a revised DOCX, the application in an annotation, a sysadmin's TXT
with a CIDR block, a publication and its publisher, an annotation withdrawing the test address,
a Slovak forward, a nested DOCX table, an RTF ANO/NE form in a data message, an IPv6 range in a
workbook, a letter with IČO and box ID in its footer and a Hungarian agency's English PDF.
Written by hand apart from the extraction rules (see make_fiftythird_ck); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftythird_ck_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    SAMSUNG,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I15, I16, I17, I18, I19 = (
    ico("2581046"),
    ico("6123470"),
    ico("0715938"),
    ico("2469013"),
    ico("0638275"),
)
I20, I21, I22, I23, I24 = (
    ico("2217804"),
    ico("2853961"),
    ico("0290417"),
    ico("3651204"),
    ico("2784530"),
)
I25, I26, I27 = ico("2506917"), ico("0847162"), ico("2619348")

CASES: list[dict[str, Any]] = [
    {
        "id": "ck015-databox-viz-priloha-docx-two-documents",
        "description": "data message annotated 'viz příloha'; one DOCX described as two "
        "documents (request, technical annex) with IPv6 production and an IPv4 test address",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Středočeská televize, a.s.",
            I15,
            "sc2tv8h",
            ["2001:db8:5c::10", "2001:db8:5c::11"],
            ["198.51.100.250"],
            "Filip Novotný",
            "novotny@sctv.example",
            "+420724300915",
        ),
        "databox": box("sc2tv8h", "Středočeská televize, a.s.", "Průmyslová 1402, 272 01 Kladno"),
        "subject": "viz příloha",
        "attachments": [
            (
                "docx",
                "SCTV_podani.docx",
                {
                    "header": "Středočeská televize, a.s. · IČO " + I15 + " · ID DS sc2tv8h",
                    "blocks": [
                        "Toto podání obsahuje dva dokumenty: (1) žádost, (2) technickou přílohu.",
                        "(1) ŽÁDOST",
                        "Žádáme o zpřístupnění výsledků voleb na dedikovaném serveru a o "
                        "povolení natáčet ve volební noci na pracovišti v Kladně.",
                        "Kontaktní osoba: Bc. Filip Novotný, tel. 724 300 915, "
                        "novotny@sctv.example",
                        "(2) TECHNICKÁ PŘÍLOHA",
                        {
                            "rows": [
                                ["", "IP adresa"],
                                ["Produkční 1", "2001:db8:5c::10"],
                                ["Produkční 2", "2001:db8:5c:0:0:0:0:11"],
                                ["Testovací", "198.51.100.250"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "ck016-smime-university-faculty-pdf",
        "description": "S/MIME-signed short mail; the PDF comes from a faculty (applies as its "
        "university, with ', veřejná vysoká škola'); contact a docent with titles",
        "style": Style.LETTER,
        "smime": True,
        "labels": L(
            [FEED],
            "Univerzita Pojizeří, veřejná vysoká škola",
            I16,
            None,
            ["198.18.7.20"],
            ["198.18.7.21"],
            "Zdeněk Krupička",
            "krupicka@upoj.example",
            "+420485339162",
        ),
        "from": "Zdeněk Krupička <krupicka@upoj.example>",
        "subject": "Žádost o přístup k datům voleb – FHS UPoj",
        "headers": EVOLUTION,
        "body": "Dobrý den,\n\nv příloze zasílám žádost naší fakulty (studentský volební "
        "web).\n\ndoc. Mgr. Zdeněk Krupička, Ph.D.\n",
        "attachments": [
            (
                "pdf",
                "FHS_zadost_volby.pdf",
                [
                    "Univerzita Pojizeří, veřejná vysoká škola\nFakulta humanitních studií – "
                    "katedra mediálních studií\nStudentská 1402/2, 461 17 Liberec, IČO " + I16,
                    "Žádost o zpřístupnění výsledků voleb",
                    "Katedra provozuje studentský zpravodajský web, který ve volební noci "
                    "zpracovává průběžné výsledky. Prosíme o přístup k XML z adresy "
                    "198.18.7.20; testovat budeme z adresy 198.18.7.21.",
                    "Kontakt: doc. Mgr. Zdeněk Krupička, Ph.D., tel. 485 339 162, "
                    "krupicka@upoj.example",
                ],
            )
        ],
    },
    {
        "id": "ck017-empty-odt-ano-ne-columns-film-only",
        "description": "empty body; ODT with ANO and NE columns marked X: feed NE, filming ANO, "
        "so no addresses even though the IP rows are there with dashes",
        "style": Style.EMPTY,
        "labels": L(
            [FILM],
            "Kladenský týdeník s.r.o.",
            I17,
            None,
            [],
            [],
            "Radim Hošek",
            "hosek@kladenskytydenik.example",
            "+420739118402",
        ),
        "from": "Radim Hošek <hosek@kladenskytydenik.example>",
        "subject": "Žádost KT",
        "headers": SAMSUNG,
        "body": "",
        "attachments": [
            (
                "odt",
                "zadost_KT.odt",
                [
                    "Kladenský týdeník s.r.o., IČO " + I17,
                    [
                        ["Požadavek", "ANO", "NE"],
                        ["Přístup k výsledkům v XML (dedikovaný server)", "", "X"],
                        ["Natáčení / fotografování na pracovišti ČSÚ", "X", ""],
                    ],
                    [
                        ["Produkční IP", "—"],
                        ["Testovací IP", "—"],
                        ["Kontaktní osoba", "Radim Hošek"],
                        ["Telefon", "739 118 402"],
                        ["E-mail", "hosek@kladenskytydenik.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "ck018-reply-quoted-office-revised-docx",
        "description": "flowed reply above the office's quoted request for a contact (office "
        "phone and czso.cz in the quote); the revised DOCX writes five production addresses as "
        "a range and no test",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Pražský kurýr digital s.r.o.",
            I18,
            None,
            ["203.0.113.30", "203.0.113.31", "203.0.113.32", "203.0.113.33", "203.0.113.34"],
            [],
            "Veronika Stará",
            "stara@prazskykuryr.example",
            "+420606514283",
        ),
        "from": "Veronika Stará <stara@prazskykuryr.example>",
        "subject": "Re: Vaše žádost o přístup k výsledkům voleb – doplnění",
        "headers": GMAIL,
        "flowed": True,
        "body": "Dobrý den,\n\nv příloze posílám opravenou žádost, kontaktní osobou jsem já. "
        "Adres jsme nechali pět, testovací nepotřebujeme.\n\nVeronika Stará\n\n"
        "po 8. 9. 2025 v 10:12 odesílatel podatelna@czso.cz napsal:\n"
        "> Dobrý den,\n> v žádosti chybí kontaktní osoba a telefon. Upozorňujeme také, že\n"
        "> lze uvést nejvýše 5 produkčních a 5 testovacích adres.\n> S pozdravem\n"
        "> podatelna, Český statistický úřad\n> tel. +420 274 052 733, podatelna@czso.cz\n",
        "attachments": [
            (
                "docx",
                "PK_zadost_v2.docx",
                {
                    "header": "Pražský kurýr digital s.r.o. | IČO " + I18,
                    "footer": "verze 2 – doplněn kontakt",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb (XML)",
                        {
                            "rows": [
                                ["Produkční IP", "203.0.113.30 – 203.0.113.34"],
                                ["Testovací IP", "–"],
                                [
                                    "Kontakt",
                                    "Veronika Stará, 606 514 283, stara@prazskykuryr.example",
                                ],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "ck019-databox-application-in-annotation-txt",
        "description": "data message: the whole application (IPv6 production and test, contact "
        "and mobile) is in the annotation, the TXT file only adds the contact's e-mail",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Echo Plzeň s.r.o.",
            I19,
            "ep4k1zw",
            ["2001:db8:a0::1", "2001:db8:a0::2"],
            ["2001:db8:a0::ff"],
            "Petr Vojáček",
            "vojacek@echoplzen.example",
            "+420602118447",
        ),
        "databox": box("ep4k1zw", "Echo Plzeň s.r.o.", "Americká 40, 301 00 Plzeň"),
        "subject": "Žádost o přístup k XML výsledkům voleb. Produkce: 2001:db8:a0::1, "
        "2001:db8:a0::2; test: 2001:db8:a0::ff. Kontakt: Petr Vojáček, 602 118 447.",
        "attachments": [
            (
                "txt",
                "kontakt.txt",
                "Echo Plzeň s.r.o., IČO " + I19 + "\n\nPetr Vojáček\nvedoucí IT\n"
                "vojacek@echoplzen.example\n602 118 447\n",
            )
        ],
    },
    {
        "id": "ck020-txt-from-sysadmin-cidr-old-server",
        "description": "cover from the editor (the contact); the admin's TXT has a /30 for "
        "production, one test address and a commented-out old server to leave out",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Rožnovský zpravodaj, z. s.",
            I20,
            None,
            ["203.0.113.16", "203.0.113.17", "203.0.113.18", "203.0.113.19"],
            ["203.0.113.40"],
            "Hana Rybová",
            "rybova@roznovskyzpravodaj.example",
            "+420734600218",
        ),
        "from": "Hana Rybová <rybova@roznovskyzpravodaj.example>",
        "subject": "přístup k výsledkům voleb",
        "headers": K9,
        "body": "Dobrý den,\n\nza spolek Rožnovský zpravodaj, z. s. (IČO " + I20 + ") žádáme o "
        "přístup k výsledkům voleb. IP adresy dodal náš správce, jsou v přiloženém txt. "
        "Kontaktní osoba jsem já, tel. 734 600 218.\n\nHana Rybová\n",
        "attachments": [
            (
                "txt",
                "ip_pro_CSU.txt",
                "# adresy pro volby (od spravce)\nprod: 203.0.113.16/30\ntest: 203.0.113.40\n"
                "# stary server 203.0.113.9 uz nepouzivame, neuvadet\n",
            )
        ],
    },
    {
        "id": "ck021-pdf-bracket-form-publication-and-publisher",
        "description": "PDF form with [x] in both request rows naming a magazine and, below, "
        "its publisher with the IČO: the publisher is the applicant",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Wolker Press s.r.o.",
            I21,
            None,
            ["198.51.100.80"],
            ["198.51.100.88"],
            "Simona Vaňková",
            "vankova@kolembrna.example",
            "+420731884016",
        ),
        "from": "Simona Vaňková <vankova@kolembrna.example>",
        "subject": "Magazín Kolem Brna – žádost",
        "headers": OUTLOOK,
        "body": "Dobrý den, posílám vyplněný formulář. Simona Vaňková, Kolem Brna\n",
        "attachments": [
            (
                "pdf",
                "formular_KolemBrna.pdf",
                [
                    "FORMULÁŘ – ŽÁDOST MÉDIA",
                    {
                        "rows": [
                            ["[x]", "zpřístupnění výsledků voleb (XML)"],
                            ["[x]", "povolení natáčení na pracovišti (Brno, volební noc)"],
                        ],
                        "widths": [40, 340],
                    },
                    {
                        "rows": [
                            ["Médium", "magazín Kolem Brna"],
                            ["Vydavatel", "Wolker Press s.r.o., IČO " + I21],
                            ["Produkční IP", "198.51.100.80"],
                            ["Testovací IP", "198.51.100.88"],
                            ["Kontakt", "Simona Vaňková, 731 884 016, vankova@kolembrna.example"],
                        ],
                        "widths": [110, 270],
                    },
                ],
            )
        ],
    },
    {
        "id": "ck022-databox-annotation-drops-test-ip",
        "description": "data message whose annotation withdraws the PDF's test address (they "
        "will test from production): production only",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Hradecký rozhlas s.r.o.",
            I22,
            "hr6zq2d",
            ["198.51.100.75"],
            [],
            "Josef Mlejnek",
            "mlejnek@hradeckyrozhlas.example",
            "+420495118730",
        ),
        "databox": box(
            "hr6zq2d", "Hradecký rozhlas s.r.o.", "Gočárova 1620, 500 02 Hradec Králové"
        ),
        "subject": "Žádost o XML - oprava k příloze: testovací adresu 198.51.100.77 prosím "
        "škrtněte, testovat budeme z produkční",
        "attachments": [
            (
                "pdf",
                "HR_zadost.pdf",
                [
                    "Hradecký rozhlas s.r.o., IČO " + I22,
                    "Žádáme o přístup k výsledkům voleb v XML.",
                    "Produkční adresa: 198.51.100.75\nTestovací adresa: 198.51.100.77",
                    "Kontakt: Josef Mlejnek, technik, 495 118 730, mlejnek@hradeckyrozhlas.example",
                ],
            )
        ],
    },
    {
        "id": "ck023-forward-eml-slovak-daily",
        "description": "Prague assistant forwards a Slovak daily's Slovak application as an "
        ".eml (first sent to a wrong address); Slovak phone and an IČO written with spaces",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Denník Východ, a.s.",
            I23,
            None,
            ["192.0.2.110", "192.0.2.111"],
            ["192.0.2.119"],
            "Martina Kováčiková",
            "kovacikova@dennikvychod.example",
            "+421905338127",
        ),
        "from": "Lucie Holá <hola@dennikvychod.example>",
        "subject": "Fw: Žiadosť o prístup k výsledkom volieb",
        "headers": TBIRD,
        "body": "Dobrý den,\n\npřeposílám žádost naší šéfredaktorky, původně odešla na "
        "špatnou adresu. Děkuji.\n\nLucie Holá\npražská kancelář Denníku Východ\n",
        "attachments": [
            (
                "eml",
                "Ziadost_DV.eml",
                {
                    "id": "ck023-inner",
                    "from": "Martina Kováčiková <kovacikova@dennikvychod.example>",
                    "to": "volby@csu.example",
                    "subject": "Žiadosť o prístup k výsledkom volieb",
                    "body": "Dobrý deň,\n\nDenník Východ, a.s., IČO "
                    + I23[:2]
                    + " "
                    + I23[2:5]
                    + " "
                    + I23[5:]
                    + ", žiada o prístup k XML s výsledkami volieb a o "
                    "povolenie nakrúcať vo volebnú noc v Prahe.\n\nprodukčné IP: 192.0.2.110, "
                    "192.0.2.111\ntestovacia IP: 192.0.2.119\n\nKontakt: Martina Kováčiková, "
                    "+421 905 338 127\n\nS pozdravom\nMartina Kováčiková, šéfredaktorka\n",
                },
            )
        ],
    },
    {
        "id": "ck024-8bit-docx-nested-tables",
        "description": "8bit cover; the DOCX keeps addresses and the contact in tables nested "
        "inside the outer table's cells",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Ostravské listy s.r.o.",
            I24,
            None,
            ["192.0.2.170", "192.0.2.171"],
            ["192.0.2.179"],
            "Daniel Kopecký",
            "kopecky@ostravskelisty.example",
            "+420739515302",
        ),
        "from": "Daniel Kopecký <kopecky@ostravskelisty.example>",
        "subject": "Žádost OL – výsledky voleb",
        "headers": MAC_OUTLOOK,
        "cte": "8bit",
        "body": "Dobrý den,\n\nžádost v příloze.\n\nDaniel Kopecký\nOstravské listy\n",
        "attachments": [
            (
                "docx",
                "OL_zadost.docx",
                {
                    "blocks": [
                        "Žádost o zpřístupnění výsledků voleb (XML)",
                        {
                            "rows": [
                                ["Žadatel", "Ostravské listy s.r.o., IČO " + I24],
                                ["IP adresy", ""],
                                ["Kontakt", ""],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkční", "192.0.2.170"],
                                        ["produkční", "192.0.2.171"],
                                        ["testovací", "192.0.2.179"],
                                    ]
                                },
                                (2, 1): {
                                    "rows": [
                                        ["jméno", "Ing. Daniel Kopecký"],
                                        ["tel.", "+420 739 515 302"],
                                        ["e-mail", "kopecky@ostravskelisty.example"],
                                    ]
                                },
                            },
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "ck025-databox-rtf-ano-ne-signature-ico-box",
        "description": "data message with a bare annotation; RTF form with ANO/NE columns "
        "(feed ANO, filming NE) and a signature block with IČO and box ID",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Liberecký deník plus s.r.o.",
            I25,
            "ld9w3vb",
            ["198.18.30.1", "198.18.30.2"],
            ["198.18.31.1"],
            "Kamila Jandová",
            "jandova@ldplus.example",
            "+420482300571",
        ),
        "databox": box("ld9w3vb", "Liberecký deník plus s.r.o.", "Moskevská 28, 460 01 Liberec"),
        "subject": "Žádost - volby",
        "attachments": [
            (
                "rtf",
                "LDplus_formular.rtf",
                [
                    "Formulář žádosti média",
                    [
                        ["Požadavek", "ANO", "NE"],
                        ["přístup k výsledkům (XML)", "x", ""],
                        ["natáčení na pracovišti", "", "x"],
                    ],
                    [
                        ["produkční IP", "198.18.30.1, 198.18.30.2"],
                        ["testovací IP", "198.18.31.1"],
                        ["kontakt", "Kamila Jandová, 482 300 571, jandova@ldplus.example"],
                    ],
                    "Liberecký deník plus s.r.o.\nIČO: " + I25 + "\nID datové schránky: ld9w3vb",
                ],
            )
        ],
    },
    {
        "id": "ck026-xlsx-two-sheets-ipv6-range",
        "description": "cover pointing to a two-sheet workbook: production as an IPv6 range "
        "of three addresses, IPv4 test, contact on the first sheet",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Datový žurnál Vltava s.r.o.",
            I26,
            None,
            ["2001:db8:4c::10", "2001:db8:4c::11", "2001:db8:4c::12"],
            ["192.0.2.210"],
            "Ondřej Malina",
            "malina@dzvltava.example",
            "+420776230148",
        ),
        "from": "Ondřej Malina <malina@dzvltava.example>",
        "subject": "přístup k XML – Datový žurnál Vltava",
        "headers": APPLE,
        "body": "Dobrý den,\n\nvšechny údaje jsou v přiložené tabulce.\n\nOndřej Malina\n",
        "attachments": [
            (
                "xlsx",
                "DZV_zadost.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Datový žurnál Vltava s.r.o."],
                            ["IČO", I26],
                            ["Předmět", "přístup k výsledkům voleb (XML)"],
                            ["Kontakt", "Ondřej Malina"],
                            ["Tel.", "776 230 148"],
                            ["E-mail", "malina@dzvltava.example"],
                        ],
                    },
                    {
                        "title": "Síť",
                        "rows": [
                            ["Role", "Adresy"],
                            ["Produkce", "2001:db8:4c::10 – 2001:db8:4c::12"],
                            ["Test", "192.0.2.210"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ck027-docx-letter-footer-ico-box-both",
        "description": "DOCX letter with letterhead and a footer carrying IČO and box ID (also "
        "in the mail signature); both requests, a cameraman named besides the contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Východočeská tisková s.r.o.",
            I27,
            "vt8c2pn",
            ["203.0.113.90"],
            ["203.0.113.99"],
            "Lenka Marešová",
            "maresova@vctiskova.example",
            "+420466512093",
        ),
        "from": "Lenka Marešová <maresova@vctiskova.example>",
        "subject": "Žádost o přístup k výsledkům a natáčení",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nzasílám žádost.\n\nLenka Marešová\nVýchodočeská tisková s.r.o."
        "\nIČO " + I27 + " | ID DS vt8c2pn\n",
        "attachments": [
            (
                "docx",
                "VCT_zadost_volby.docx",
                {
                    "header": "VÝCHODOČESKÁ TISKOVÁ s.r.o. · Smilova 310, 530 02 Pardubice",
                    "footer": "IČO " + I27 + " · DIČ CZ" + I27 + " · ID datové schránky vt8c2pn",
                    "blocks": [
                        "Věc: Žádost o zpřístupnění výsledků voleb a povolení natáčení",
                        "Žádáme o zpřístupnění výsledků voleb z adresy 203.0.113.90 (testovací "
                        "adresa 203.0.113.99) a o povolení natáčet na pracovišti v Pardubicích; "
                        "natáčet bude kameraman Viktor Šindelář (tel. 608 225 014).",
                        "Kontaktní osoba: Lenka Marešová, 466 512 093, maresova@vctiskova.example",
                        "S pozdravem\nIng. Jaroslav Pech\njednatel",
                    ],
                },
            )
        ],
    },
    {
        "id": "ck028-hungarian-agency-english-pdf-film-only",
        "description": "Hungarian agency, English mail and PDF, filming only; the contact is "
        "written surname first the Hungarian way; no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Duna Hírügynökség Kft.",
            None,
            None,
            [],
            [],
            "Szabó Ildikó",
            "szabo.ildiko@dunahir.example",
            "+36305127734",
        ),
        "from": "Szabó Ildikó <szabo.ildiko@dunahir.example>",
        "subject": "Filming permit request - Duna Hírügynökség",
        "headers": GMAIL,
        "body": "Dear Sir or Madam,\n\nattached is our request for a filming permit on "
        "election night. We do not need the results feed.\n\nBest regards,\nSzabó Ildikó\n",
        "attachments": [
            (
                "pdf",
                "Duna_filming_request.pdf",
                [
                    "Duna Hírügynökség Kft. – Budapest, Váci út 41, Hungary",
                    "Request: permission to film and photograph at a ČSÚ collection point "
                    "(Prague) on election night. Crew: 2 persons (Tóth Gábor, camera).",
                    "Access to the XML results server: not requested.",
                    "Contact: Szabó Ildikó (producer), +36 30 512 7734, "
                    "szabo.ildiko@dunahir.example",
                ],
            )
        ],
    },
]
