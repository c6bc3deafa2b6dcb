"""Fifty-eighth held-out part ``cz``, cases cz001–cz014: a PDF whose address table wraps long
organisation names, a DOCX whose only contact is in its footer, a data message with a brand in
the annotation and the legal entity in its file, a workbook with one sheet per election round,
an ODT signature table of three people, a faculty's data box applying for its university, an RTF
with IČ/DIČ, an empty mail with an attached .eml, an HTML [x]/[ ] form, a signed PDF form and
more. Written by hand apart from the extraction rules (see make_fiftyeighth_cz); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyeighth_cz_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
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

I1, I2, I3, I4, I5 = ico("4718203"), ico("0539216"), ico("2864107"), ico("0716352"), ico("6138290")
I6, I7, I8, I10 = ico("0021675"), ico("4390518"), ico("2507346"), ico("0684931")
I11, I12, I13, I14 = ico("2749105"), ico("0853617"), ico("4172069"), ico("7305128")

CASES: list[dict[str, Any]] = [
    {
        "id": "cz001-pdf-table-wrapped-org-names",
        "description": "one-line cover; the PDF's address table has a narrow organisation column "
        "so the publisher's long name and its partner's wrap over two lines; partner row has "
        "no addresses of its own",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Vydavatelství regionálního zpravodajství Vysočiny, s.r.o.",
            I1,
            None,
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.149"],
            "Tomáš Beneš",
            "benes@vrzv.example",
            "+420731448206",
        ),
        "from": "Tomas Benes <benes@vrzv.example>",
        "subject": "zadost o pristup - volby",
        "headers": OUTLOOK,
        "body": "Dobrý den, v příloze posílám žádost o přístup k výsledkům. T. Beneš\n",
        "attachments": [
            (
                "pdf",
                "zadost_VRZV.pdf",
                [
                    "Žádost o zpřístupnění výsledků voleb na dedikovaném serveru ČSÚ",
                    {
                        "rows": [
                            ["Organizace", "Úloha", "IP adresy"],
                            [
                                "Vydavatelství regionálního zpravodajství Vysočiny, s.r.o. "
                                "(IČO " + I1 + ")",
                                "žadatel, provoz webu",
                                "produkce: 198.51.100.140, 198.51.100.141<br/>test: 198.51.100.149",
                            ],
                            [
                                "Technické služby mediálních domů Jihlavska, z.s.",
                                "hosting serverů (bez vlastního přístupu)",
                                "—",
                            ],
                        ],
                        "widths": [120, 120, 180],
                    },
                    "Kontaktní osoba: Tomáš Beneš, vedoucí IT, benes@vrzv.example, "
                    "tel. 731 448 206",
                    "V Jihlavě 2. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "cz002-docx-contact-only-in-footer",
        "description": "sent from a shared mailbox with an empty body; the DOCX names no contact "
        "in its text, only the page footer gives a person, e-mail and phone",
        "style": Style.EMPTY,
        "labels": L(
            [FEED, FILM],
            "Podřipský hlas s.r.o.",
            I2,
            None,
            ["203.0.113.61"],
            ["203.0.113.62"],
            "Petra Hlaváčková",
            "hlavackova@podripskyhlas.example",
            "+420605227341",
        ),
        "from": "redakce <redakce@podripskyhlas.example>",
        "subject": "Žádost ČSÚ",
        "headers": OWA,
        "body": "",
        "attachments": [
            (
                "docx",
                "zadost_volby_PH.docx",
                {
                    "header": "Podřipský hlas s.r.o. • Palackého 14, 413 01 Roudnice nad Labem "
                    "• IČO " + I2,
                    "footer": "Vyřizuje: Petra Hlaváčková | hlavackova@podripskyhlas.example | "
                    "+420 605 227 341",
                    "blocks": [
                        "Věc: žádost o přístup k průběžným výsledkům a povolení k natáčení",
                        "Žádáme o přístup k XML výsledkům z produkční adresy 203.0.113.61, "
                        "testovat budeme z adresy 203.0.113.62.",
                        "Zároveň žádáme o povolení natáčet na sběrném místě v Litoměřicích "
                        "(kameraman + redaktorka).",
                        "S pozdravem\nredakce Podřipského hlasu",
                    ],
                },
            )
        ],
    },
    {
        "id": "cz003-databox-brand-in-annotation-entity-in-file",
        "description": "data message: the annotation names only the brand 'Krkonošské noviny', "
        "the PDF names the publisher with its IČO; addresses only in the file",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "KRK media group a.s.",
            I3,
            "k8rm2qa",
            ["192.0.2.90", "192.0.2.91", "192.0.2.92"],
            ["192.0.2.99"],
            "Lucie Hornová",
            "hornova@krkonosskenoviny.example",
            "+420736190455",
        ),
        "databox": box("k8rm2qa", "KRK media group a.s.", "Horská 610, 543 01 Vrchlabí"),
        "subject": "Krkonošské noviny – žádost o přístup k výsledkům voleb (XML)",
        "attachments": [
            (
                "pdf",
                "KN_zadost.pdf",
                [
                    "KRK media group a.s., vydavatel titulu Krkonošské noviny\nHorská 610, "
                    "543 01 Vrchlabí, IČO: " + I3,
                    "Žádáme o přístup k dedikovanému serveru s výsledky voleb.",
                    "Produkční IP: 192.0.2.90–192.0.2.92\nTestovací IP: 192.0.2.99",
                    "Kontakt: Lucie Hornová, hornova@krkonosskenoviny.example, 736 190 455",
                ],
            )
        ],
    },
    {
        "id": "cz004-xlsx-one-sheet-per-round",
        "description": "empty body; workbook with a sheet for each round of the presidential "
        "election, the second round repeats one address and adds a test one; contact "
        "surname first on a third sheet",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Rádio Haná spol. s r.o.",
            I4,
            None,
            ["198.18.40.5", "198.18.40.6"],
            ["198.18.41.5"],
            "Martin Kopecký",
            "kopecky@radiohana.example",
            "+420777310829",
        ),
        "from": "Kopecky Martin <kopecky@radiohana.example>",
        "subject": "FW: volba prezidenta - IP",
        "headers": ZIMBRA,
        "body": "",
        "attachments": [
            (
                "xlsx",
                "RadioHana_volba_prezidenta.xlsx",
                [
                    {
                        "title": "1. kolo",
                        "rows": [
                            ["Rádio Haná spol. s r.o., IČO " + I4, ""],
                            ["Přístup k XML – 1. kolo", ""],
                            ["produkce", "198.18.40.5"],
                            ["produkce", "198.18.40.6"],
                            ["test", "nepotřebujeme"],
                        ],
                        "merge": ["A1:B1"],
                    },
                    {
                        "title": "2. kolo",
                        "rows": [
                            ["Přístup k XML – 2. kolo", ""],
                            ["produkce", "198.18.40.5 (stejná jako v 1. kole)"],
                            ["produkce", "198.18.40.6"],
                            ["test", "198.18.41.5"],
                        ],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Příjmení a jméno", "E-mail", "Mobil"],
                            ["Kopecký Martin", "kopecky@radiohana.example", "777 310 829"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cz005-odt-three-signatories-one-contact",
        "description": "ODT with ANO/NE request table and a signature table of three people; only "
        "the second is marked 'kontaktní osoba' — not the first signatory",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Studio Beskydy TV, s.r.o.",
            I5,
            None,
            ["203.0.113.150"],
            ["203.0.113.151"],
            "Kateřina Vaňková",
            "vankova@beskydytv.example",
            "+420604882913",
        ),
        "from": "Jiří Matula <matula@beskydytv.example>",
        "subject": "Žádost Studio Beskydy TV",
        "headers": TBIRD,
        "body": "Dobrý den,\n\nv příloze vyplněný formulář.\n\nJiří Matula\njednatel\n",
        "attachments": [
            (
                "odt",
                "formular_BTV.odt",
                [
                    "Žadatel: Studio Beskydy TV, s.r.o., IČO " + I5,
                    [
                        ["Požadavek", "ANO", "NE"],
                        ["Přístup k výsledkům (XML)", "X", ""],
                        ["Natáčení na pracovištích ČSÚ", "X", ""],
                    ],
                    "Produkční IP: 203.0.113.150; testovací IP: 203.0.113.151",
                    [
                        ["Jméno", "Funkce", "E-mail", "Telefon", "Poznámka"],
                        ["Jiří Matula", "jednatel", "matula@beskydytv.example", "", ""],
                        [
                            "Kateřina Vaňková",
                            "produkce",
                            "vankova@beskydytv.example",
                            "604 882 913",
                            "kontaktní osoba",
                        ],
                        ["Ondřej Kubala", "kameraman", "kubala@beskydytv.example", "", ""],
                    ],
                ],
            )
        ],
    },
    {
        "id": "cz006-databox-faculty-box-university-applies",
        "description": "data message from a faculty's own box; the DOCX says the university "
        "(with its IČO) applies through the faculty's student newsroom",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Univerzita Horního Pomoraví",
            I6,
            "f3up9wd",
            ["2001:db8:4a0::10", "2001:db8:4a0::11"],
            [],
            "Daniel Žáček",
            "daniel.zacek@fmk.uhp.example",
            "+420585631207",
        ),
        "databox": box(
            "f3up9wd",
            "Univerzita Horního Pomoraví, Fakulta mediálních studií",
            "Křížkovského 12, 771 00 Olomouc",
            kind=10,
        ),
        "subject": "Žádost o přístup k výsledkům voleb – studentská redakce",
        "attachments": [
            (
                "docx",
                "zadost_FMS.docx",
                {
                    "header": "Univerzita Horního Pomoraví | Fakulta mediálních studií",
                    "blocks": [
                        "Žadatel: Univerzita Horního Pomoraví, IČO " + I6 + ", za niž jedná "
                        "Fakulta mediálních studií (studentská redakce Kampus)",
                        "Požadujeme přístup k XML výsledkům voleb ze dvou serverů:",
                        {
                            "rows": [
                                ["produkce 1", "2001:db8:4a0::10"],
                                ["produkce 2", "2001:db8:4a0::11"],
                            ]
                        },
                        "Testovací adresu nepožadujeme.",
                        "Kontakt: Mgr. Daniel Žáček, Ph.D., daniel.zacek@fmk.uhp.example, "
                        "tel. 585 631 207",
                    ],
                },
            )
        ],
    },
    {
        "id": "cz007-rtf-ic-dic-slash",
        "description": "RTF letter gives the IČO only inside 'IČ/DIČ: …/CZ…'; production only, "
        "test 'z produkce'",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Echo Slezska s.r.o.",
            I7,
            None,
            ["198.51.100.201"],
            [],
            "Radim Ševčík",
            "sevcik@echoslezska.example",
            "+420596114870",
        ),
        "from": "Radim Sevcik <sevcik@echoslezska.example>",
        "subject": "Zadost - pristup XML",
        "headers": SEZNAM,
        "body": "Dobrý den, posílám žádost (RTF). Děkuji, Ševčík\n",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Echo Slezska s.r.o.\nNádražní 1120/4, 702 00 Ostrava\nIČ/DIČ: "
                    + I7
                    + "/CZ"
                    + I7,
                    "Věc: Žádost o přístup k serveru s výsledky voleb",
                    "Žádáme o přístup z IP adresy 198.51.100.201. Testovat budeme z téže adresy.",
                    "Kontaktní osoba: Radim Ševčík, tel. 596 114 870, sevcik@echoslezska.example",
                ],
            )
        ],
    },
    {
        "id": "cz008-empty-mail-attached-eml",
        "description": "assistant sends an empty mail with the editor's original application "
        "attached as .eml; the contact is the IT person named inside, not the assistant",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Týdeník Posázaví, z.s.",
            None,
            None,
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Pavel Zeman",
            "zeman@tydenikposazavi.example",
            "+420602901336",
        ),
        "from": "Asistentka redakce <asistentka@tydenikposazavi.example>",
        "subject": "Fwd: přístup k výsledkům",
        "headers": APPLE,
        "body": "",
        "attachments": [
            (
                "eml",
                "puvodni_zadost.eml",
                {
                    "id": "cz008-inner",
                    "from": "Irena Malá <mala@tydenikposazavi.example>",
                    "subject": "přístup k výsledkům",
                    "body": "Dobrý den,\n\nTýdeník Posázaví, z.s. žádá o přístup k volebním "
                    "výsledkům ve formátu XML.\nProdukční IP: 192.0.2.33\nTestovací IP: "
                    "192.0.2.34\n\nTechnické věci prosím řešte s panem Pavlem Zemanem, "
                    "zeman@tydenikposazavi.example, 602 901 336.\n\nIrena Malá, šéfredaktorka\n",
                },
            )
        ],
    },
    {
        "id": "cz009-html-bracket-form-filming-only",
        "description": "HTML-only windows-1250 form: [x] filming, [ ] feed with an address "
        "typed anyway; a freelance photographer without IČO",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Veronika Šťastná",
            None,
            None,
            [],
            [],
            "Veronika Šťastná",
            "stastna.foto@posta.example",
            "+420723650118",
        ),
        "from": "Veronika Šťastná <stastna.foto@posta.example>",
        "subject": "zadost o foceni",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "html": "<html><body><p>Dobrý den,</p><table border=1>"
        "<tr><td>[ ]</td><td>přístup k XML výsledkům (IP: 198.51.100.77)</td></tr>"
        "<tr><td>[x]</td><td>fotografování na sběrném místě ČSÚ v Plzni</td></tr></table>"
        "<p>Feed zatím ne, IP jsem tam napsala omylem.</p>"
        "<p>Veronika Šťastná, fotografka na volné noze<br>tel. 723 650 118</p>"
        "</body></html>",
        "attachments": [("txt", "portfolio.txt", "Portfolio: stastna-foto.example/volby\n")],
    },
    {
        "id": "cz010-databox-annotation-ipv6-pdf-cover",
        "description": "data message: the annotation carries the request and an IPv6 production "
        "address written uncompressed; the PDF is a cover letter with the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Polabský deník s.r.o.",
            I8,
            "p2dx7nk",
            ["2001:db8:77::25"],
            ["203.0.113.25"],
            "Hana Veselá",
            "vesela@polabskydenik.example",
            "+420725330418",
        ),
        "databox": box("p2dx7nk", "Polabský deník s.r.o.", "Riegrova 5, 280 02 Kolín"),
        "subject": "XML výsledky voleb: produkce 2001:0db8:0077:0000:0000:0000:0000:0025, "
        "test 203.0.113.25",
        "attachments": [
            (
                "pdf",
                "pruvodni_dopis_PD.pdf",
                [
                    "Polabský deník s.r.o. | IČO " + I8,
                    "Vážení, adresy uvádíme v anotaci zprávy. Kontaktní osobou je Hana "
                    "Veselá, vesela@polabskydenik.example, mobil 725 330 418.",
                    "Ing. Luboš Dvořák, jednatel",
                ],
            )
        ],
    },
    {
        "id": "cz011-cover-replaces-phone-in-docx",
        "description": "cover note says the mobile in the DOCX is old and gives a new one; DOCX "
        "with letterhead, footer and a merged-cell table",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED, FILM],
            "Jihočeská televize a.s.",
            I10,
            None,
            ["198.18.12.70", "198.18.12.71"],
            ["198.18.12.80"],
            "Lenka Procházková",
            "prochazkova@jctv.example",
            "+420739208561",
        ),
        "from": "Lenka Procházková <prochazkova@jctv.example>",
        "subject": "Žádost JČTV – přístup + natáčení",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nposílám žádost. Pozor, v dokumentu je můj starý mobil "
        "608 114 502 – platí už jen 739 208 561.\n\nL. Procházková\n",
        "attachments": [
            (
                "docx",
                "JCTV_zadost.docx",
                {
                    "header": "Jihočeská televize a.s. | Lannova 22, 370 01 České Budějovice",
                    "footer": "IČO " + I10 + " | www.jctv.example",
                    "blocks": [
                        "Žádáme o přístup k výsledkům voleb a o povolení natáčet v krajském "
                        "pracovišti ČSÚ.",
                        {
                            "rows": [
                                ["IP adresy", "produkce", "198.18.12.70, 198.18.12.71"],
                                ["", "test", "198.18.12.80"],
                                [
                                    "Kontakt",
                                    "Lenka Procházková",
                                    "prochazkova@jctv.example, 608 114 502",
                                ],
                            ],
                            "merge": [(0, 0, 1, 0)],
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "cz012-smime-pdf-ano-ne-filming-no",
        "description": "S/MIME-signed mail; the PDF form has ANO/NE columns with filming NE; "
        "contact given surname first",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Zlínské listy s.r.o.",
            I11,
            None,
            ["192.0.2.120", "192.0.2.121"],
            ["192.0.2.130"],
            "Jan Čermák",
            "cermak@zlinskelisty.example",
            "+420577204913",
        ),
        "from": "Jan Cermak <cermak@zlinskelisty.example>",
        "subject": "Žádost o přístup – Zlínské listy",
        "headers": OUTLOOK,
        "smime": True,
        "body": "Dobrý den,\nzasílám elektronicky podepsanou žádost.\nJan Čermák\n",
        "attachments": [
            (
                "pdf",
                "ZL_formular.pdf",
                [
                    "Formulář žádosti média – Zlínské listy s.r.o., IČO " + I11,
                    {
                        "rows": [
                            ["Žádáme o", "ANO", "NE"],
                            ["přístup k XML výsledkům", "✔", ""],
                            ["povolení k natáčení/fotografování", "", "✔"],
                        ]
                    },
                    {
                        "rows": [
                            ["Produkční IP", "192.0.2.120, 192.0.2.121"],
                            ["Testovací IP", "192.0.2.130"],
                            ["Kontaktní osoba", "ČERMÁK Jan"],
                            ["E-mail / telefon", "cermak@zlinskelisty.example / 577 204 913"],
                        ]
                    },
                ],
            )
        ],
    },
    {
        "id": "cz013-xlsx-role-column-cidr-backup",
        "description": "base64 mail; one-sheet workbook with a role column: a /30 block, a "
        "backup ('záložní') server counted as production, and a test address",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Datamedia Brno s.r.o.",
            I12,
            None,
            ["203.0.113.8", "203.0.113.9", "203.0.113.10", "203.0.113.11", "203.0.113.20"],
            ["203.0.113.30"],
            "Michal Sedláček",
            "sedlacek@datamedia.example",
            "+420608551276",
        ),
        "from": "Michal Sedlacek <sedlacek@datamedia.example>",
        "subject": "IP adresy pro volby",
        "headers": GMAIL,
        "cte": "base64",
        "body": "Ahoj, tady je tabulka s IP pro přístup k výsledkům. Kontakt jsem já "
        "(608 551 276).\nMichal Sedláček, Datamedia Brno s.r.o., IČO " + I12 + "\n",
        "attachments": [
            (
                "xlsx",
                "ip_volby.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Role", "Adresa", "Pozn."],
                            ["produkční", "203.0.113.8/30", "cluster"],
                            ["záložní", "203.0.113.20", "DR lokalita"],
                            ["testovací", "203.0.113.30", ""],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "cz014-databox-osvc-txt-filming",
        "description": "data message from a natural person in business; a plain text file asks "
        "only to film, and says the XML is not needed",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Filip Novotný – NF Video",
            I13,
            "n4fv8xt",
            [],
            [],
            "Filip Novotný",
            "filip@nfvideo.example",
            "+420774120658",
        ),
        "databox": box("n4fv8xt", "Filip Novotný", "Zahradní 3, 547 01 Náchod", kind=40),
        "subject": "Žádost o povolení natáčení",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Žadatel: Filip Novotný – NF Video, IČO " + I13 + "\n"
                "Žádám o povolení natáčet na pracovišti ČSÚ v Hradci Králové v den voleb.\n"
                "Přístup k XML nepotřebuji.\n"
                "Kontakt: filip@nfvideo.example, 774 120 658\n",
            )
        ],
    },
]
