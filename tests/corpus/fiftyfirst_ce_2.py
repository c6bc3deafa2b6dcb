"""Fifty-first held-out part ``ce``, cases ce015–ce028: a branch's data message with a
spreadsheet-exported PDF, a DOCX footnote that names another contact, an OCR'd TXT in a data
message, a cover that withdraws filming, an empty mail with an RTF, a forwarded branch .eml, an
XLSX with ANO and NE both marked, a data message whose annotation says nearly everything, a PDF
letter behind a multipart/alternative cover, a DOCX text box with a range, a Polish TAK/NIE ODT,
a correcting annotation, a filming reply and a branch's two-sheet workbook. Written by hand
apart from the extraction rules (see make_fiftyfirst_ce); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyfirst_ce_common import (
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    SAMSUNG,
    TBIRD,
    L,
    Style,
    box,
    ico,
    ocr,
)

I15, I16, I17, I18, I19 = (
    ico("2536901"),
    ico("0690452"),
    ico("7705318"),
    ico("2874106"),
    ico("0155283"),
)
I20, I21, I22, I23, I24 = (
    ico("2467391"),
    ico("0378526"),
    ico("6103847"),
    ico("2598370"),
    ico("0911645"),
)
I26, I27, I28 = ico("2740862"), ico("0284719"), ico("2536901")

HEAD = ["Č.", "Typ", "IP adresa", "Poznámka"]

CASES: list[dict[str, Any]] = [
    {
        "id": "ce015-databox-branch-pdf-export",
        "description": "data message from a branch; the PDF is a sheet export over two pages "
        "with the header repeated, a /30 block to expand and a row marked as cancelled",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Severočeské vydavatelství a.s.",
            I15,
            "h2x9c4m",
            ["192.0.2.36", "192.0.2.37", "192.0.2.38", "192.0.2.39"],
            ["192.0.2.45"],
            "Petra Šindelářová",
            "sindelarova@svyd.example",
            "+420475210683",
        ),
        "databox": box(
            "h2x9c4m",
            "Severočeské vydavatelství a.s., odštěpný závod Ústí nad Labem",
            "Mírové nám. 35, 400 01 Ústí nad Labem",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb",
        "attachments": [
            (
                "pdf",
                "export_adresy.pdf",
                [
                    "Severočeské vydavatelství a.s. – odštěpný závod Ústí nad Labem, IČO " + I15,
                    "Žádáme o přístup na dedikovaný server s výsledky voleb. Natáčet nebudeme.",
                    {
                        "rows": [
                            HEAD,
                            ["1", "produkce", "192.0.2.36/30", "celý blok"],
                            ["2", "produkce", "192.0.2.44", "ZRUŠENO – nepoužívat"],
                        ],
                        "widths": [30, 80, 140, 180],
                    },
                    "Strana 1/2",
                    {
                        "rows": [
                            HEAD,
                            ["3", "test", "192.0.2.45", ""],
                        ],
                        "widths": [30, 80, 140, 180],
                    },
                    "Kontakt: Šindelářová Petra, správa sítě OZ, sindelarova@svyd.example, "
                    "475 210 683",
                    "Strana 2/2",
                ],
            )
        ],
    },
    {
        "id": "ce016-docx-footnote-other-contact",
        "description": "the DOCX signature is the editor-in-chief, but a footnote names a "
        "different contact for the election night with her mobile",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Televize Polabí s.r.o.",
            I16,
            None,
            ["203.0.113.140"],
            ["203.0.113.141"],
            "Simona Vrbová",
            "vrbova@tvpolabi.example",
            "+420731085226",
        ),
        "from": "Radim Novotný <novotny@tvpolabi.example>",
        "subject": "TV Polabí – volby 2025",
        "headers": OUTLOOK,
        "body": "Dobrý den, zasílám žádost. S pozdravem R. Novotný\n",
        "attachments": [
            (
                "docx",
                "TVP_volby.docx",
                {
                    "header": "Televize Polabí s.r.o. · Pernerova 1, 530 02 Pardubice",
                    "footer": f"IČO {I16} · zapsáno v OR u KS Hradec Králové, C 40112",
                    "blocks": [
                        "Žádáme o (1) zpřístupnění výsledků na dedikovaném serveru a (2) "
                        "povolení natáčet na pracovišti ČSÚ v Pardubicích.",
                        "IP pro produkci 203.0.113.140, pro test 203.0.113.141.",
                        "Kontaktní osoba²: viz poznámka pod čarou.",
                        "Mgr. Radim Novotný, šéfredaktor, novotny@tvpolabi.example",
                        "² Pro tuto žádost a volební noc: Simona Vrbová, produkce, "
                        "vrbova@tvpolabi.example, mobil 731 085 226.",
                    ],
                },
            )
        ],
    },
    {
        "id": "ce017-databox-ocr-txt",
        "description": "data message from a natural person in business whose TXT is an OCR of "
        "a scan: l for 1 and O for 0 in the IČO and addresses",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Radek Kubíček",
            I17,
            "p6n1ye8",
            ["198.51.100.10", "198.51.100.11"],
            [],
            "Radek Kubíček",
            "kubicek@vysledkyzive.example",
            "+420604100917",
        ),
        "databox": box("p6n1ye8", "Radek Kubíček", "Lipová 118, 580 01 Havlíčkův Brod", 40),
        "subject": "zadost",
        "attachments": [
            (
                "txt",
                "scan0001.txt",
                "Radek Kubíček – web Výsledky živě\n"
                f"IČO {ocr(I17)}\n\n"
                "Žádost o přístup k XML s výsledky voleb\n"
                f"IP adresy (produkce): {ocr('198.51.100.10')}, {ocr('198.51.100.11')}\n"
                "Testovat budu ze stejných adres.\n"
                "Kontakt: kubicek@vysledkyzive.example, tel. 6O4 lOO 9l7\n",
            )
        ],
    },
    {
        "id": "ce018-cover-withdraws-filming",
        "description": "the ODT asks for both, the cover note withdraws the filming request "
        "and adds a second production address",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Slovácký týden s.r.o.",
            I18,
            None,
            ["198.18.33.7", "198.18.33.8"],
            ["198.18.33.9"],
            "Filip Hubáček",
            "hubacek@slovackytyden.example",
            "+420572118340",
        ),
        "from": "Filip Hubáček <hubacek@slovackytyden.example>",
        "subject": "žádost ČSÚ",
        "headers": EVOLUTION,
        "body": "Dobrý den,\nk přiloženému formuláři dvě změny: natáčení škrtněte, nakonec "
        "nemáme kameramana. A k produkci přidejte ještě 198.18.33.8.\n\nFilip Hubáček\n",
        "attachments": [
            (
                "odt",
                "zadost_ST.odt",
                [
                    "Slovácký týden s.r.o., Masarykovo nám. 4, Uherské Hradiště, IČO " + I18,
                    [
                        ["Požadujeme", "ANO/NE"],
                        ["přístup k výsledkům (XML)", "ANO"],
                        ["natáčení na pracovišti", "ANO"],
                    ],
                    [
                        ["produkce", "198.18.33.7"],
                        ["test", "198.18.33.9"],
                        ["kontakt", "Filip Hubáček, 572 118 340, hubacek@slovackytyden.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "ce019-empty-rtf-row-headers",
        "description": "empty body from a phone; the RTF is a table with row headers, both "
        "requests, and a switchboard after the contact's mobile",
        "style": Style.EMPTY,
        "labels": L(
            [FEED, FILM],
            "Hlas Šumavy, o.p.s.",
            I19,
            None,
            ["192.0.2.5"],
            ["192.0.2.6"],
            "Hedvika Kočí",
            "koci@hlassumavy.example",
            "+420702446815",
        ),
        "from": "Hedvika Kočí <koci@hlassumavy.example>",
        "subject": "Zadost Hlas Sumavy",
        "headers": SAMSUNG,
        "body": "",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Žádost o přístup k výsledkům voleb a povolení natáčení",
                    [
                        ["Žadatel", "Hlas Šumavy, o.p.s."],
                        ["IČO", I19],
                        ["Požadavky", "XML výsledky; natáčení na pracovišti Klatovy"],
                        ["Produkce", "192.0.2.5"],
                        ["Test", "192.0.2.6"],
                        ["Kontaktní osoba", "Kočí Hedvika"],
                        ["Telefon", "702 446 815 (mobil), 376 300 100 (ústředna)"],
                        ["E-mail", "koci@hlassumavy.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "ce020-forward-eml-from-branch",
        "description": "headquarters forwards the application its Brno branch sent them as an "
        "attached .eml with a PDF inside; the company applies, the branch man is the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Mediální dům Jih a.s.",
            I20,
            None,
            ["203.0.113.50", "203.0.113.51", "203.0.113.52"],
            ["203.0.113.60"],
            "Ondřej Pazdera",
            "pazdera@mdjih.example",
            "+420543112987",
        ),
        "from": "Sekretariát MDJ <sekretariat@mdjih.example>",
        "subject": "FW: Žádost pobočky Brno o XML",
        "headers": OWA,
        "body": "Dobrý den,\npřeposíláme žádost naší brněnské pobočky. Žádá Mediální dům Jih "
        "a.s. jako celek.\n\nSekretariát představenstva\n",
        "attachments": [
            (
                "eml",
                "Zadost_pobocka_Brno.eml",
                {
                    "id": "ce020-inner",
                    "from": "Ondřej Pazdera <pazdera@mdjih.example>",
                    "to": "sekretariat@mdjih.example",
                    "subject": "Žádost pobočky Brno o XML",
                    "body": "Posílám žádost, prosím o přeposlání na ČSÚ.\nO. Pazdera\n",
                    "attachments": [
                        (
                            "pdf",
                            "zadost_Brno.pdf",
                            [
                                "Mediální dům Jih a.s., pobočka Brno, Veveří 60, IČO " + I20,
                                "Žádáme o přístup k výsledkům voleb na dedikovaném serveru.",
                                "Produkce: 203.0.113.50 – 203.0.113.52\nTest: 203.0.113.60",
                                "Kontakt: Ondřej Pazdera, pazdera@mdjih.example, 543 112 987",
                            ],
                        )
                    ],
                },
            )
        ],
    },
    {
        "id": "ce021-xlsx-ano-ne-both-marked",
        "description": "XLSX form with ANO/NE columns where the feed row has an x in both; the "
        "cover says ANO is meant, so both requests stand",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Zlínské listy s.r.o.",
            I21,
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.159"],
            "Veronika Štěpánková",
            "stepankova@zlinskelisty.example",
            "+420577012458",
        ),
        "from": "Veronika Štěpánková <stepankova@zlinskelisty.example>",
        "subject": "Zlínské listy – formulář",
        "headers": OWA,
        "body": "Dobrý den,\nv tabulce jsem u přístupu k serveru dala křížek do ANO i do NE, "
        "to je chyba – samozřejmě chceme ANO. Natáčení platí, jak je.\n\n"
        "Veronika Štěpánková\nZlínské listy s.r.o.\n",
        "attachments": [
            (
                "xlsx",
                "formular_ZL.xlsx",
                [
                    {
                        "title": "Formulář",
                        "rows": [
                            ["Žadatel", "Zlínské listy s.r.o.", None],
                            ["IČO", I21, None],
                            ["Požadavek", "ANO", "NE"],
                            ["Přístup k serveru s výsledky", "x", "x"],
                            ["Natáčení na pracovišti", "x", None],
                            ["Produkční IP", "198.51.100.150, 198.51.100.151", None],
                            ["Testovací IP", "198.51.100.159", None],
                            ["Kontakt", "Štěpánková Veronika", "577 012 458"],
                            ["E-mail", "stepankova@zlinskelisty.example", None],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "ce022-databox-annotation-all",
        "description": "the annotation carries the request and the addresses; the TXT file only "
        "the contact; the box belongs to the publisher of a named magazine",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vydavatelství Horák s.r.o.",
            I22,
            "b9w5k2t",
            ["192.0.2.91"],
            ["192.0.2.92"],
            "Alena Horáková",
            "horakova@vydhorak.example",
            "+420312650447",
        ),
        "databox": box("b9w5k2t", "Vydavatelství Horák s.r.o.", "Kladno, Unhošťská 12"),
        "subject": "Magazín Kladensko (vyd. Vydavatelství Horák s.r.o., IČO "
        + I22
        + ") žádá o přístup k XML výsledkům voleb: produkce 192.0.2.91, test 192.0.2.92. "
        "Kontakt v příloze.",
        "attachments": [
            (
                "txt",
                "kontakt.txt",
                "Kontaktní osoba: Alena Horáková\nE-mail: horakova@vydhorak.example\n"
                "Tel.: 312 650 447\n",
            )
        ],
    },
    {
        "id": "ce023-alternative-cover-pdf-letter",
        "description": "multipart/alternative cover; the PDF letter has a letterhead and a "
        "footer with IČO and box ID, production addresses only",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Pražský zpravodaj a.s.",
            I23,
            "m4z8r2q",
            ["198.18.200.10", "198.18.200.11"],
            [],
            "Tomáš Jelínek",
            "jelinek@prazskyzpravodaj.example",
            "+420222515190",
        ),
        "from": "Tomáš Jelínek <jelinek@prazskyzpravodaj.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\nžádost je v přiloženém PDF.\nTomáš Jelínek\n",
        "html": "<p>Dobrý den,<br>žádost je v přiloženém PDF.<br><b>Tomáš Jelínek</b></p>",
        "attachments": [
            (
                "pdf",
                "PZ_zadost.pdf",
                [
                    "PRAŽSKÝ ZPRAVODAJ a.s.\nVinohradská 48, 120 00 Praha 2",
                    "Věc: žádost o přístup k dedikovanému serveru s výsledky voleb",
                    "Produkční servery: 198.18.200.10 a 198.18.200.11. Testovací prostředí "
                    "nemáme, testovat budeme z produkce.",
                    "Kontaktní osoba: Tomáš Jelínek, vedoucí vývoje, "
                    "jelinek@prazskyzpravodaj.example, tel. 222 515 190",
                    f"Pražský zpravodaj a.s. | IČO {I23} | datová schránka m4z8r2q",
                ],
            )
        ],
    },
    {
        "id": "ce024-docx-textbox-range",
        "description": "the DOCX body points to a text box beside it; the box holds a written "
        "range of test addresses to expand",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Chebský kurýr s.r.o.",
            I24,
            None,
            ["203.0.113.30"],
            ["203.0.113.40", "203.0.113.41", "203.0.113.42", "203.0.113.43"],
            "Patrik Šulc",
            "sulc@chebskykuryr.example",
            "+420354421780",
        ),
        "from": "Patrik Šulc <sulc@chebskykuryr.example>",
        "subject": "CK - volby",
        "headers": TBIRD,
        "body": "Dobrý den, žádost posílám v příloze. Šulc\n",
        "attachments": [
            (
                "docx",
                "CK_zadost.docx",
                {
                    "header": "Chebský kurýr s.r.o.",
                    "footer": "Chebský kurýr s.r.o., Kamenná 3, 350 02 Cheb, IČO " + I24,
                    "blocks": [
                        "Žádáme o přístup k výsledkům voleb na dedikovaném serveru. Adresy "
                        "uvádíme v rámečku vpravo.",
                        "[Textové pole] Produkce: 203.0.113.30 | Test: 203.0.113.40 až "
                        "203.0.113.43",
                        "Kontakt: Patrik Šulc, sulc@chebskykuryr.example, 354 421 780",
                    ],
                },
            )
        ],
    },
    {
        "id": "ce025-polish-odt-tak-nie",
        "description": "a Polish publisher without an IČO; ODT TAK/NIE form, both TAK, phone "
        "with the +48 prefix",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Wydawnictwo Śląsk Cieszyński sp. z o.o.",
            None,
            None,
            ["198.51.100.240"],
            ["198.51.100.241"],
            "Agnieszka Wróbel",
            "a.wrobel@slaskcieszynski.example",
            "+48338521470",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@slaskcieszynski.example>",
        "subject": "Wniosek – wybory w Czechach",
        "headers": GMAIL,
        "body": "Dzień dobry,\nw załączniku przesyłamy wniosek.\n\nAgnieszka Wróbel\n",
        "attachments": [
            (
                "odt",
                "wniosek.odt",
                [
                    "Wydawnictwo Śląsk Cieszyński sp. z o.o., ul. Głęboka 15, Cieszyn",
                    [
                        ["Wniosek", "TAK", "NIE"],
                        ["Dostęp do serwera XML", "☒", "☐"],
                        ["Filmowanie w punkcie ČSÚ (Karviná)", "☒", "☐"],
                    ],
                    [
                        ["IP produkcyjny", "198.51.100.240"],
                        ["IP testowy", "198.51.100.241"],
                        ["Osoba kontaktowa", "Agnieszka Wróbel, +48 33 852 14 70"],
                        ["E-mail", "a.wrobel@slaskcieszynski.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "ce026-databox-annotation-corrects",
        "description": "the annotation corrects the test address in the DOCX and says the "
        "DOCX's first production address is gone",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Benešovský deník s.r.o.",
            I26,
            "e3s7h5d",
            ["192.0.2.122"],
            ["192.0.2.129"],
            "Hana Klímová",
            "klimova@benesovsky.example",
            "+420317880541",
        ),
        "databox": box("e3s7h5d", "Benešovský deník s.r.o.", "Tyršova 5, 256 01 Benešov"),
        "subject": "Žádost XML. OPRAVA k příloze: 192.0.2.121 už nepoužíváme, testovací "
        "adresa je 192.0.2.129 (ne .128).",
        "attachments": [
            (
                "docx",
                "zadost_BD.docx",
                {
                    "blocks": [
                        "Benešovský deník s.r.o., IČO " + I26,
                        "žádá o přístup k průběžným výsledkům voleb.",
                        {
                            "rows": [
                                ["Produkce", "192.0.2.121", "192.0.2.122"],
                                ["Test", "192.0.2.128", ""],
                            ]
                        },
                        "Kontakt: Hana Klímová, klimova@benesovsky.example, 317 880 541",
                    ]
                },
            )
        ],
    },
    {
        "id": "ce027-reply-filming-crew-pdf",
        "description": "reply to the office with quoted history; filming only, the PDF lists a "
        "crew whose cameraman gives his phone, the producer is the contact",
        "style": Style.REPLY,
        "labels": L(
            [FILM],
            "Dokument Plus s.r.o.",
            I27,
            None,
            [],
            [],
            "Barbora Chalupová",
            "chalupova@dokumentplus.example",
            "+420720334190",
        ),
        "from": "Barbora Chalupová <chalupova@dokumentplus.example>",
        "subject": "RE: Natáčení na pracovišti – doplnění",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\nv příloze seznam štábu, jak jste žádali. XML data nepotřebujeme, "
        "jen natáčení.\n\nBarbora Chalupová, producentka\nDokument Plus s.r.o., IČO "
        + I27
        + "\n720 334 190\n\n> Dobrý den, pošlete nám prosím jména členů štábu.\n"
        "> ČSÚ, oddělení komunikace\n",
        "attachments": [
            (
                "pdf",
                "stab.pdf",
                [
                    "Štáb Dokument Plus – natáčení volební noci",
                    {
                        "rows": [
                            ["Jméno", "Funkce", "Telefon"],
                            ["Barbora Chalupová", "producentka (kontakt)", "720 334 190"],
                            ["Šimon Valenta", "kamera", "773 901 222"],
                            ["Lenka Říhová", "zvuk", "—"],
                        ],
                        "widths": [140, 140, 100],
                    },
                ],
            )
        ],
    },
    {
        "id": "ce028-databox-branch-two-sheets",
        "description": "data message from a company's Plzeň branch with a two-sheet workbook: "
        "requests and people on one sheet, addresses in a role table on the other",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Severočeské vydavatelství a.s.",
            I28,
            "w7c3n6f",
            ["198.18.7.1", "198.18.7.2"],
            ["198.18.7.100"],
            "Jan Čermák",
            "cermak@svyd.example",
            "+420377441208",
        ),
        "databox": box(
            "w7c3n6f",
            "Severočeské vydavatelství a.s., odštěpný závod Plzeň",
            "Americká 42, 301 00 Plzeň",
        ),
        "subject": "Volby – žádost OZ Plzeň",
        "attachments": [
            (
                "xlsx",
                "OZ_Plzen.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Společnost", "Severočeské vydavatelství a.s."],
                            ["Odštěpný závod", "Plzeň"],
                            ["IČO", I28],
                            ["Přístup k XML", "ANO"],
                            ["Natáčení (pracoviště Plzeň)", "ANO"],
                            ["Kontakt", "Čermák Jan", "cermak@svyd.example", "377 441 208"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["Role", "IP"],
                            ["produkce", "198.18.7.1"],
                            ["produkce", "198.18.7.2"],
                            ["test", "198.18.7.100"],
                        ],
                    },
                ],
            )
        ],
    },
]
