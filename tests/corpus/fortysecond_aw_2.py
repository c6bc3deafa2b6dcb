"""Forty-second held-out part ``aw``, cases aw015–aw028: a Slovak áno/nie PDF form, data
messages carrying XLSX with merged role cells, a power of attorney, an RTF form that the
annotation corrects, an S/MIME-signed letter, an English DOCX with environment rows, an
empty-bodied mail with a wrapped PDF table and a netmask, an attached .eml with an HTML table
and a windows-1250 letter with version numbers and an OID in its ODT. Written by hand apart from
the extraction rules (see make_fortysecond_aw); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortysecond_aw_common import (
    FEED,
    FILM,
    IPHONE,
    K9,
    OUTLOOK,
    SAMSUNG,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I15, I16, I17, I18, I19 = (
    ico("3612740"),
    ico("2590381"),
    ico("0471926"),
    ico("0682135"),
    ico("2603418"),
)
I20, I21, I23, I24, I25 = (
    ico("0019852"),
    ico("7408213"),
    ico("2819604"),
    ico("0274638"),
    ico("2936071"),
)
I26, I27, I28 = ico("0552864"), ico("2478350"), ico("2711489")

CASES: list[dict[str, Any]] = [
    {
        "id": "aw015-slovak-pdf-ano-nie",
        "description": "Slovak cover mail and PDF form with áno/nie per request; both ticked "
        "áno, Slovak phone",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Záhorské noviny, s. r. o.",
            I15,
            None,
            ["203.0.113.150"],
            ["203.0.113.151"],
            "Martina Kováčiková",
            "kovacikova@zahorskenoviny.example",
            "+421905318264",
        ),
        "from": "Martina Kováčiková <kovacikova@zahorskenoviny.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý deň,\n\nv prílohe posielame vyplnený formulár žiadosti. Naša redakcia "
            "pokrýva aj \ndianie u susedov, preto by sme radi mali výsledky priamo od Vás.\n\n"
            "S pozdravom\nMartina Kováčiková\nZáhorské noviny\n"
        ),
        "attachments": [
            (
                "pdf",
                "ziadost_ZN.pdf",
                [
                    "ŽIADOSŤ – MÉDIÁ",
                    {
                        "rows": [
                            ["Žiadame o", "áno", "nie"],
                            ["prístup k výsledkom volieb vo formáte XML", "X", ""],
                            ["povolenie nakrúcať na pracovisku ČSÚ", "X", ""],
                        ],
                        "widths": [260, 50, 50],
                    },
                    {
                        "rows": [
                            ["Žiadateľ", "Záhorské noviny, s. r. o."],
                            ["IČO", I15],
                            ["Produkčná IP", "203.0.113.150"],
                            ["Testovacia IP", "203.0.113.151"],
                            ["Kontaktná osoba", "Martina Kováčiková"],
                            ["Telefón", "+421 905 318 264"],
                        ],
                        "widths": [130, 230],
                    },
                ],
            )
        ],
    },
    {
        "id": "aw016-databox-xlsx-merged-role",
        "description": "data message, annotation only a title; XLSX with a merged 'Produkce' "
        "cell spanning two rows",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "InfoKanál Morava s.r.o.",
            I16,
            "q4ew7nb",
            ["192.0.2.110", "192.0.2.112"],
            ["192.0.2.120"],
            "Pavel Doležal",
            "dolezal@infokanal.example",
            "+420776402915",
        ),
        "subject": "Přihláška – výsledky voleb XML",
        "databox": box("q4ew7nb", "InfoKanál Morava s.r.o.", "Masarykova 6, 586 01 Jihlava"),
        "attachments": [
            (
                "xlsx",
                "prihlaska_InfoKanal.xlsx",
                [
                    {
                        "title": "Přihláška",
                        "rows": [
                            ["Žadatel", "InfoKanál Morava s.r.o.", None],
                            ["IČO", I16, None],
                            ["Požadavek", "přístup k XML výsledkům", None],
                            [None, None, None],
                            ["Prostředí", "IP adresa", "Server"],
                            ["Produkce", "192.0.2.110", "ikm-web-01"],
                            [None, "192.0.2.112", "ikm-web-02"],
                            ["Test", "192.0.2.120", "ikm-stage"],
                            [None, None, None],
                            ["Kontakt", "Pavel Doležal", "776 402 915"],
                            ["E-mail", "dolezal@infokanal.example", None],
                        ],
                        "merge": ["A6:A7"],
                    }
                ],
            )
        ],
    },
    {
        "id": "aw017-iphone-odt-ballot-boxes",
        "description": "flowed iPhone cover note; ODT form with ☑/☐ boxes (XML unticked, "
        "filming ticked)",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Foto a video Lipno s.r.o.",
            I17,
            None,
            [],
            [],
            "Kamila Benešová",
            "benesova@fvlipno.example",
            "+420721665043",
        ),
        "from": "Kamila Benešová <benesova@fvlipno.example>",
        "subject": "zadost natacení",
        "headers": IPHONE,
        "flowed": True,
        "body": (
            "Dobrý den, posílám formulář, pokud by bylo potřeba něco doplnit, volejte \n"
            "prosím na 721 665 043.\n\nK. Benešová\n\nOdesláno z iPhonu\n"
        ),
        "attachments": [
            (
                "odt",
                "formular_FVL.odt",
                [
                    "Žádost médií – volby 2025",
                    f"Žadatel: Foto a video Lipno s.r.o., IČO {I17}",
                    "☐ Přístup k výsledkům ve formátu XML",
                    "☑ Povolení k pořizování záznamů na pracovišti ČSÚ České Budějovice",
                    [
                        ["Kontaktní osoba", "Kamila Benešová"],
                        ["E-mail", "benesova@fvlipno.example"],
                        ["Telefon", "721 665 043"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "aw018-databox-annotation-power-of-attorney",
        "description": "application in the annotation; the attached PDF is a power of attorney "
        "naming the director, not the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Dokument Film Plzeň s.r.o.",
            I18,
            "d8rt5ku",
            [],
            [],
            "Lenka Fialová",
            None,
            "+420603771290",
        ),
        "subject": (
            "Žádost o povolení natáčet na pracovišti ČSÚ Plzeň 4.10. (dokument o volbách). "
            "O XML výstup nežádáme. Kontakt: Lenka Fialová, 603 771 290. Plná moc v příloze."
        ),
        "databox": box("d8rt5ku", "Dokument Film Plzeň s.r.o.", "Klatovská 51, 301 00 Plzeň"),
        "attachments": [
            (
                "pdf",
                "plna_moc.pdf",
                [
                    "PLNÁ MOC",
                    f"Společnost Dokument Film Plzeň s.r.o., IČO {I18}, se sídlem Klatovská 51, "
                    "301 00 Plzeň, zastoupená jednatelem Miroslavem Kadlecem,",
                    "zmocňuje paní Lenku Fialovou, nar. 12. 3. 1988, k jednání s Českým "
                    "statistickým úřadem ve věci natáčení při volbách 2025.",
                    "V Plzni dne 25. 9. 2025\n\nMiroslav Kadlec, jednatel\n"
                    "Plnou moc přijímám: Lenka Fialová",
                ],
            )
        ],
    },
    {
        "id": "aw019-old-pdf-and-new-docx",
        "description": "two attachments: last year's PDF (old addresses, for reference) and the "
        "new DOCX; only the new one counts",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Noviny Podkrkonoší s.r.o.",
            I19,
            None,
            ["198.51.100.44"],
            ["198.51.100.45"],
            "Michal Jireš",
            "jires@podkrkonosi.example",
            "+420603004821",
        ),
        "from": "Michal Jireš <jires@podkrkonosi.example>",
        "subject": "Žádost o přístup k XML – letošní volby",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\nposílám letošní žádost (zadost_2025.docx). Pro srovnání přikládám "
            "i loňskou (PDF) – tamní adresy už nepoužíváme, server jsme přestěhovali.\n\n"
            "Michal Jireš\nIT, Noviny Podkrkonoší\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_2024.pdf",
                [
                    "Žádost o přístup k výsledkům voleb do Evropského parlamentu 2024",
                    f"Noviny Podkrkonoší s.r.o., IČO {I19}",
                    "Produkční IP: 192.0.2.14\nTestovací IP: 192.0.2.15",
                    "Kontakt: Michal Jireš, 603 004 821",
                ],
            ),
            (
                "docx",
                "zadost_2025.docx",
                {
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb do PS PČR 2025",
                        f"Noviny Podkrkonoší s.r.o., IČO {I19}",
                        {
                            "rows": [
                                ["produkční IP", "198.51.100.44"],
                                ["testovací IP", "198.51.100.45"],
                            ]
                        },
                        "Kontakt: Michal Jireš, jires@podkrkonosi.example, 603 004 821",
                    ]
                },
            ),
        ],
    },
    {
        "id": "aw020-smime-letter-spaced-ic-dic",
        "description": "S/MIME-signed mail, PDF letter whose letterhead writes 'IČ: 000 19 85x' "
        "next to a DIČ and a bank account",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Vydavatelství Pernštejn, a. s.",
            I20,
            None,
            ["203.0.113.88", "203.0.113.89"],
            ["203.0.113.99"],
            "Stanislav Vrba",
            "vrba@pernstejn.example",
            "+420466301774",
        ),
        "from": "Ing. Stanislav Vrba <vrba@pernstejn.example>",
        "subject": "Žádost o zřízení přístupu – Vydavatelství Pernštejn",
        "headers": OUTLOOK,
        "smime": True,
        "body": "Dobrý den,\nžádost podepsanou elektronicky zasíláme v příloze.\n\nS. Vrba\n",
        "attachments": [
            (
                "pdf",
                "zadost_pernstejn.pdf",
                [
                    "Vydavatelství Pernštejn, a. s.\nTř. Míru 118, 530 02 Pardubice\n"
                    f"IČ: {I20[:3]} {I20[3:5]} {I20[5:]}   DIČ: CZ{I20}\n"
                    "Bankovní spojení: 2100481736/2010",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Pro deník Pardubické listy a jeho web žádáme o přístup. Hlavní servery "
                    "203.0.113.88 a 203.0.113.89, testovací server 203.0.113.99.",
                    "Kontaktní osoba: Ing. Stanislav Vrba, vedoucí IT, tel. 466 301 774, "
                    "vrba@pernstejn.example",
                    "Mgr. Alena Šustrová, generální ředitelka",
                ],
            )
        ],
    },
    {
        "id": "aw021-databox-freelancer-filming",
        "description": "a freelancer's (OSVČ) data message; request in the annotation, a TXT "
        "declaration attached, name with trade name",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Tomáš Brabec – Brabec Foto",
            I21,
            "f7na3pz",
            [],
            [],
            "Tomáš Brabec",
            "tomas@brabecfoto.example",
            "+420732118645",
        ),
        "subject": (
            "Žádost o povolení fotografovat a natáčet na pracovišti ČSÚ Hradec Králové "
            "při volbách. Tomáš Brabec – Brabec Foto, IČO "
            f"{I21}, tel. 732 118 645, tomas@brabecfoto.example"
        ),
        "databox": box("f7na3pz", "Tomáš Brabec", "Slezská 14, 500 03 Hradec Králové", 40),
        "attachments": [
            (
                "txt",
                "cestne_prohlaseni.txt",
                "Čestné prohlášení\n\nProhlašuji, že pořízené záznamy použiji výhradně pro "
                "zpravodajské účely (Deník Východ, ČTK Foto).\n\nV Hradci Králové 26. 9. 2025\n"
                "Tomáš Brabec\n",
            )
        ],
    },
    {
        "id": "aw022-english-html-docx-environments",
        "description": "Austrian broadcaster, English HTML cover; DOCX table with Live/Staging "
        "rows, no Czech IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Alpenfunk Medien GmbH",
            None,
            None,
            ["198.51.100.230", "198.51.100.231"],
            ["198.51.100.238"],
            "Stefan Gruber",
            "s.gruber@alpenfunk.example",
            "+436641203377",
        ),
        "from": "Stefan Gruber <s.gruber@alpenfunk.example>",
        "subject": "Request: access to Czech election results (XML)",
        "headers": OUTLOOK,
        "body": (
            "Dear Sir or Madam,\n\nplease find our request attached.\n\nKind regards\n"
            "Stefan Gruber\n"
        ),
        "html": (
            "<html><body><p>Dear Sir or Madam,</p><p>please find our request attached "
            "(DOCX). We cover the Czech election for our Austrian audience.</p>"
            "<p>Kind regards<br>Stefan Gruber<br>Head of Data Desk, Alpenfunk Medien GmbH<br>"
            "FN 401233 k, Linz</p></body></html>"
        ),
        "attachments": [
            (
                "docx",
                "Alpenfunk_request_CZSO.docx",
                {
                    "blocks": [
                        "Application for access to the election results feed",
                        "Applicant: Alpenfunk Medien GmbH, Landstraße 40, 4020 Linz, Austria",
                        {
                            "rows": [
                                ["Environment", "IP address", "Notes"],
                                ["Live", "198.51.100.230", "primary"],
                                ["Live", "198.51.100.231", "failover"],
                                ["Staging", "198.51.100.238", "until 3 Oct only"],
                            ]
                        },
                        "Contact: Stefan Gruber, s.gruber@alpenfunk.example, +43 664 1203377",
                    ]
                },
            )
        ],
    },
    {
        "id": "aw023-zimbra-xlsx-prd-tst-contractor",
        "description": "IT contractor writes for a news site; XLSX with PRD/TST abbreviations "
        "and a decommissioned row",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Zprávy z regionu s.r.o.",
            I23,
            None,
            ["192.0.2.33", "192.0.2.34"],
            ["192.0.2.39"],
            "Adam Novotný",
            "novotny@hostlab.example",
            "+420777816402",
        ),
        "from": "Adam Novotný <novotny@hostlab.example>",
        "subject": "Zprávy z regionu – žádost o XML feed",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\njako dodavatel hostingu pro Zprávy z regionu s.r.o. (IČO "
            f"{I23}) posílám jejich žádost o přístup k XML výsledkům. Adresy jsou "
            "v tabulce, kontaktujte prosím přímo mě.\n\nAdam Novotný\nHostLab | "
            "+420 777 816 402\n"
        ),
        "attachments": [
            (
                "xlsx",
                "ZZR_ip.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["ENV", "IP", "hostname", "stav"],
                            ["PRD", "192.0.2.33", "zzr-app1", "aktivní"],
                            ["PRD", "192.0.2.34", "zzr-app2", "aktivní"],
                            ["PRD", "192.0.2.30", "zzr-old", "zrušeno – nepoužívat"],
                            ["TST", "192.0.2.39", "zzr-tst", "aktivní"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "aw024-databox-annotation-unticks-filming",
        "description": "RTF form ticks both requests; the annotation says filming was ticked "
        "by mistake, only the XML is wanted",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Týdeník Slovácko, spol. s r.o.",
            I24,
            "s3gm6yd",
            ["203.0.113.171"],
            ["203.0.113.172"],
            "Ivana Šťastná",
            "stastna@tydenikslovacko.example",
            "+420572511390",
        ),
        "subject": "Žádost o přístup k XML. Omlouváme se, ve formuláři je omylem zaškrtnuto "
        "i natáčení – o natáčení nežádáme.",
        "databox": box(
            "s3gm6yd", "Týdeník Slovácko, spol. s r.o.", "Velehradská 12, 686 01 Uherské Hradiště"
        ),
        "attachments": [
            (
                "rtf",
                "formular_TS.rtf",
                [
                    f"Týdeník Slovácko, spol. s r.o., IČO {I24}",
                    [
                        ["Požadavek", "ANO", "NE"],
                        ["Přístup k XML", "x", ""],
                        ["Natáčení", "x", ""],
                    ],
                    [
                        ["produkční IP", "203.0.113.171"],
                        ["testovací IP", "203.0.113.172"],
                        ["kontakt", "Ivana Šťastná, 572 511 390"],
                        ["e-mail", "stastna@tydenikslovacko.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "aw025-samsung-empty-pdf-netmask-wrapped",
        "description": "empty-bodied phone mail; PDF with narrow cells wrapping the address and "
        "its netmask (a /30) and a test address",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Echo Valašska s.r.o.",
            I25,
            None,
            ["198.51.100.16", "198.51.100.17", "198.51.100.18", "198.51.100.19"],
            ["198.51.100.24"],
            "Jan Macháček",
            "machacek@echovalasska.example",
            "+420604992137",
        ),
        "from": "Jan Macháček <machacek@echovalasska.example>",
        "subject": "zadost",
        "headers": SAMSUNG,
        "body": "\n",
        "attachments": [
            (
                "pdf",
                "zadost_echo.pdf",
                [
                    f"Echo Valašska s.r.o., IČO {I25}, Horní náměstí 2, 757 01 Valašské Meziříčí",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML.",
                    {
                        "rows": [
                            ["Produkční rozsah", "Testovací adresa"],
                            ["198.51.100.16 / 255.255.255.252", "198.51.100.24"],
                        ],
                        "widths": [80, 80],
                    },
                    "Kontakt: Jan Macháček, 604 992 137, machacek@echovalasska.example",
                ],
            )
        ],
    },
    {
        "id": "aw026-k9-attached-eml-html-table",
        "description": "phone note forwarding the editor-in-chief's HTML mail as an attached "
        ".eml; the table inside gives the roles",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Rádio Podbrdsko s.r.o.",
            I26,
            None,
            ["203.0.113.55"],
            ["203.0.113.56"],
            "Veronika Strnadová",
            "strnadova@radiopodbrdsko.example",
            "+420728330416",
        ),
        "from": "Veronika Strnadová <strnadova@radiopodbrdsko.example>",
        "subject": "Fwd: zadost CSU",
        "headers": K9,
        "body": (
            "Dobry den, preposilam zadost od sefredaktora v priloze. Kontakt jsem ja, "
            "728 330 416.\nV. Strnadova\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost CSU.eml",
                {
                    "id": "aw026-inner",
                    "from": "Karel Hejda <hejda@radiopodbrdsko.example>",
                    "to": "strnadova@radiopodbrdsko.example",
                    "subject": "zadost CSU",
                    "html": (
                        "<p>Veroniko, pošli prosím na ČSÚ:</p><p>Rádio Podbrdsko s.r.o., IČO "
                        f"{I26}, žádá o přístup k XML a o povolení natáčet na pracovišti "
                        "Příbram.</p><table border='1'><tr><td>produkce</td>"
                        "<td>203.0.113.55</td></tr><tr><td>test</td><td>203.0.113.56</td>"
                        "</tr></table><p>Karel</p>"
                    ),
                },
            )
        ],
    },
    {
        "id": "aw027-databox-docx-nested-table",
        "description": "regional TV's data message; DOCX with a nested address table inside "
        "the form, contact only in the file",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "TV Polabí a.s.",
            I27,
            "p9wt2hq",
            ["192.0.2.240", "192.0.2.241"],
            ["192.0.2.250"],
            "Richard Tůma",
            "tuma@tvpolabi.example",
            "+420466775120",
        ),
        "subject": "Žádost – viz příloha; kontaktní osoba viz příloha",
        "databox": box("p9wt2hq", "TV Polabí a.s.", "Jungmannova 2550, 530 02 Pardubice"),
        "attachments": [
            (
                "docx",
                "TVP_zadost.docx",
                {
                    "blocks": [
                        "FORMULÁŘ – přístup k výsledkům voleb",
                        {
                            "rows": [
                                ["Žadatel", "TV Polabí a.s."],
                                ["IČO", I27],
                                ["IP adresy", ""],
                                ["Kontakt", "Richard Tůma, 466 775 120, tuma@tvpolabi.example"],
                            ],
                            "nested": {
                                (2, 1): {
                                    "rows": [
                                        ["produkční", "192.0.2.240"],
                                        ["produkční", "192.0.2.241"],
                                        ["testovací", "192.0.2.250"],
                                    ]
                                }
                            },
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "aw028-cp1250-odt-versions-oid",
        "description": "windows-1250 base64 cover; ODT with a software version, an OID and a "
        "date next to the real addresses",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Deník Horácko s.r.o.",
            I28,
            None,
            ["198.51.100.101"],
            ["198.51.100.102"],
            "Jiří Bartošek",
            "bartosek@denikhoracko.example",
            "+420568441093",
        ),
        "from": "Jiří Bartošek <bartosek@denikhoracko.example>",
        "subject": "Žádost o přístup k volebním výsledkům",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "cte": "base64",
        "body": (
            "Dobrý den,\n\nv příloze (ODT) je naše žádost. Stahovat budeme naším "
            "importérem verze 10.4.2.1.\n\nS pozdravem\nJiří Bartošek\nDeník Horácko s.r.o.\n"
            "tel. 568 441 093\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_DH.odt",
                [
                    f"Deník Horácko s.r.o., IČO {I28}",
                    "Žádost o přístup k výsledkům voleb (XML) ze dne 1.10.2025",
                    [
                        ["Produkční IP", "198.51.100.101"],
                        ["Testovací IP", "198.51.100.102"],
                        ["Klient", "VolbyImport 10.4.2.1"],
                        ["Certifikát (OID politiky)", "1.3.6.1.4.1.5734.3.5"],
                    ],
                    "Kontakt: Jiří Bartošek, bartosek@denikhoracko.example",
                ],
            )
        ],
    },
]
