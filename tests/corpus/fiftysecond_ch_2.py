"""Fifty-second held-out part ``ch``, cases ch015–ch028: a DOCX with a role column and merged
cells behind an iso-8859-2 cover, a parent company's box sending for a subsidiary without a box
of its own, a scanned form with ☒/☐, a Slovak workbook, a reply to the office with a corrected
PDF, a workbook with helper columns, a data message with the whole application in the
annotation, an ODT ANO/NE form for filming only, a cover note that replaces the PDF's contact,
an HTML-only mail in base64, a data message split between annotation and workbook, an inline
forward with an RTF, a German freelancer without an IČO and a scanned DOCX with X marks.
Written by hand apart from the extraction rules (see make_fiftysecond_ch); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftysecond_ch_common import (
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    SAMSUNG,
    L,
    Style,
    box,
    ico,
)

I15, I16, I16P, I17, I19 = (
    ico("2561839"),
    ico("0957314"),
    ico("0951046"),
    ico("2714690"),
    ico("2436075"),
)
I20, I21, I22, I23, I24 = (
    ico("0684123"),
    ico("2198746"),
    ico("0327591"),
    ico("2870435"),
    ico("0542197"),
)
I25, I26, I28 = ico("2963084"), ico("0175928"), ico("2604719")
I18 = ico("5173482")  # a Slovak IČO (same check digit as a Czech one)

CASES: list[dict[str, Any]] = [
    {
        "id": "ch015-docx-role-column-merged-iso88592",
        "description": "iso-8859-2 quoted-printable cover; the DOCX table has a role column "
        "whose 'produkce' cell is merged over three rows and a row header for the contact",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Jihočeské noviny, spol. s r.o.",
            I15,
            None,
            ["198.18.140.2", "198.18.140.3", "198.18.140.4"],
            ["198.18.141.2"],
            "Pavla Matoušková",
            "matouskova@jcnoviny.example",
            "+420387612054",
        ),
        "from": "Pavla Matouskova <matouskova@jcnoviny.example>",
        "subject": "Jihočeské noviny – žádost o data z voleb",
        "headers": EVOLUTION,
        "charset": "iso-8859-2",
        "body": "Dobrý den,\n\nzasílám žádost o přístup k výsledkům voleb, tabulka s adresami "
        "je uvnitř dokumentu.\n\nPavla Matoušková\nJihočeské noviny\n",
        "attachments": [
            (
                "docx",
                "JN_zadost_volby.docx",
                {
                    "header": "JIHOČESKÉ NOVINY, spol. s r.o. | Lannova 22, České Budějovice",
                    "footer": "IČO " + I15 + " | zapsáno u KS v Českých Budějovicích",
                    "blocks": [
                        "Žádost o zpřístupnění výsledků voleb (dedikovaný server, XML)",
                        {
                            "rows": [
                                ["Role", "IP adresa", "Pozn."],
                                ["produkce", "198.18.140.2", "hlavní"],
                                ["", "198.18.140.3", "hlavní"],
                                ["", "198.18.140.4", "záložní"],
                                ["test", "198.18.141.2", ""],
                                ["Kontakt", "Matoušková Pavla", "387 612 054"],
                                ["E-mail", "matouskova@jcnoviny.example", ""],
                            ],
                            "merge": [(1, 0, 3, 0)],
                        },
                        "Za společnost: Ing. Jaroslav Hůla, jednatel",
                    ],
                },
            )
        ],
    },
    {
        "id": "ch016-databox-parent-for-subsidiary-no-box",
        "description": "data message from a publishing house's box for its subsidiary web "
        "daily, which has no box of its own (the PDF says so); the subsidiary with its IČO "
        "applies, and no box ID is its own",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Zprávy Haná s.r.o.",
            I16,
            None,
            ["203.0.113.90", "203.0.113.91"],
            ["203.0.113.99"],
            "Jakub Sedláček",
            "sedlacek@zpravyhana.example",
            "+420585117302",
        ),
        "databox": box(
            "q4hn6yb",
            "Hanácké vydavatelství a.s.",
            "Palackého 5, 779 00 Olomouc",
        ),
        "subject": "Žádost Zprávy Haná s.r.o. (dceřiná spol.) – výsledky voleb + natáčení",
        "attachments": [
            (
                "pdf",
                "ZH_zadost.pdf",
                [
                    "<b>Zprávy Haná s.r.o.</b>, Palackého 5, 779 00 Olomouc, IČO " + I16,
                    "Žadatelem je společnost Zprávy Haná s.r.o. Naše společnost nemá zřízenu "
                    "vlastní datovou schránku, proto žádost odesílá mateřská společnost "
                    "Hanácké vydavatelství a.s. (IČO " + I16P + ").",
                    "Žádáme o přístup k výsledkům voleb na dedikovaném serveru a o povolení "
                    "natáčet na pracovišti ČSÚ v Olomouci.",
                    {
                        "rows": [
                            ["Produkční adresy", "203.0.113.90, 203.0.113.91"],
                            ["Testovací adresa", "203.0.113.99"],
                        ],
                        "widths": [140, 200],
                    },
                    "Kontaktní osoba: Jakub Sedláček, šéf webu, 585 117 302, "
                    "sedlacek@zpravyhana.example",
                    "Mgr. Lenka Vašíčková, jednatelka Zprávy Haná s.r.o.",
                ],
            )
        ],
    },
    {
        "id": "ch017-scan-form-ballot-box-marks",
        "description": "a scanned form as PDF whose OCR kept ☒/☐ in ANO/NE pairs (filming ☐ ANO "
        "☒ NE); handwritten addresses with a range '198.51.100.120 až 122'",
        "style": Style.SCAN,
        "labels": L(
            [FEED],
            "Valašský zpravodaj s.r.o.",
            I17,
            None,
            ["198.51.100.120", "198.51.100.121", "198.51.100.122"],
            ["198.51.100.130", "198.51.100.131"],
            "Ivana Mikulcová",
            "mikulcova@valasskyzpravodaj.example",
            "+420571400623",
        ),
        "from": "Ivana Mikulcová <mikulcova@valasskyzpravodaj.example>",
        "subject": "Zadost - sken",
        "headers": IPHONE,
        "body": "Posílám naskenovanou žádost.\n\nOdesláno z iPhonu\n",
        "attachments": [
            (
                "pdf",
                "Scan_2025-09-03.pdf",
                [
                    "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB / O POVOLENÍ NATÁČENÍ",
                    "Žadatel: Valašský zpravodaj s.r.o.     IČO: " + I17,
                    "Přístup k výsledkům (XML):   ☒ ANO   ☐ NE",
                    "Povolení natáčení:           ☐ ANO   ☒ NE",
                    "Produkční IP: 198.51.100.120 až 122",
                    "Testovací IP: 198.51.100.130, 198.51.100.131",
                    "Kontakt (jméno, tel., e-mail): Ivana Mikulcová, 571 400 623, "
                    "mikulcova@valasskyzpravodaj.example",
                    "Ve Vsetíně 3. 9. 2025      podpis: I. Mikulcová",
                ],
            )
        ],
    },
    {
        "id": "ch018-slovak-two-sheet-workbook",
        "description": "a Slovak news portal writes in Slovak; two sheets (applicant and "
        "addresses) with IPv6 production and an IPv4 test address, the contact in "
        "the first sheet",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Novinky Záhorie, s. r. o.",
            I18,
            None,
            ["2001:db8:5a::20", "2001:db8:5a::21"],
            ["203.0.113.18"],
            "Marek Baláž",
            "balaz@novinkyzahorie.example",
            "+421905318240",
        ),
        "from": "Marek Baláž <balaz@novinkyzahorie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": OWA,
        "body": "Dobrý deň,\n\nv prílohe posielame žiadosť o prístup k výsledkom volieb do "
        "Poslaneckej snemovne (XML). Údaje sú v tabuľke.\n\nS pozdravom\nMarek Baláž\n"
        "technický riaditeľ, Novinky Záhorie, s. r. o.\n+421 905 318 240\n",
        "attachments": [
            (
                "xlsx",
                "ziadost_NZ.xlsx",
                [
                    {
                        "title": "Žiadateľ",
                        "rows": [
                            ["Názov", "Novinky Záhorie, s. r. o."],
                            ["IČO", I18],
                            ["Sídlo", "Námestie slobody 4, 901 01 Malacky"],
                            ["Kontaktná osoba", "Marek Baláž"],
                            ["E-mail", "balaz@novinkyzahorie.example"],
                            ["Telefón", "+421 905 318 240"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Typ", "Adresa"],
                            ["produkčná", "2001:db8:5a::20"],
                            ["produkčná", "2001:db8:5a::21"],
                            ["testovacia", "203.0.113.18"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ch019-reply-quoted-office-corrected-pdf",
        "description": "a reply to the office's request for completion: the quoted office mail "
        "carries its own phone and czso.cz signature and the applicant's first (replaced) "
        "addresses; the new PDF has the valid ones",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Kladenský expres s.r.o.",
            I19,
            None,
            ["192.0.2.180", "192.0.2.181"],
            ["192.0.2.190"],
            "Štěpán Procházka",
            "prochazka@kladenskyexpres.example",
            "+420312598064",
        ),
        "from": "Stepan Prochazka <prochazka@kladenskyexpres.example>",
        "subject": "RE: Doplnění žádosti o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\ndoplňuji: v příloze je nová žádost, kde jsou už správné adresy "
        "(ty původní 192.0.2.10 a .11 platit nebudou, přecházíme k jinému poskytovateli). "
        "Testovací adresu jsme doplnili.\n\nŠtěpán Procházka\nKladenský expres s.r.o.\n\n"
        "-----Original Message-----\nFrom: podatelna@czso.cz\nSent: Monday, September 1, "
        "2025 10:14 AM\nSubject: Doplnění žádosti o přístup k výsledkům voleb\n\n"
        "> Dobrý den,\n> ve Vaší žádosti chybí testovací adresa a IČO. Produkční adresy "
        "192.0.2.10 a 192.0.2.11 jsme zaznamenali.\n> S pozdravem\n> podatelna ČSÚ\n"
        "> Český statistický úřad, IČO 00025593, tel. +420 274 052 733, www.czso.cz\n",
        "attachments": [
            (
                "pdf",
                "KE_zadost_v2.pdf",
                [
                    "Kladenský expres s.r.o., Náměstí Starosty Pavla 3, 272 01 Kladno",
                    "IČO: " + I19,
                    "Žádost o zpřístupnění výsledků voleb – verze 2 (nahrazuje předchozí)",
                    "Produkční IP: 192.0.2.180, 192.0.2.181",
                    "Testovací IP: 192.0.2.190",
                    "Kontakt: Štěpán Procházka, mob. 312 598 064, "
                    "prochazka@kladenskyexpres.example",
                ],
            )
        ],
    },
    {
        "id": "ch020-xlsx-helper-columns",
        "description": "short Android cover; the sheet has helper columns the author used "
        "(a last-octet number, a validity check and a joined string) next to the real "
        "address and role columns",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Rokycanský týden, s.r.o.",
            I20,
            None,
            ["198.51.100.210", "198.51.100.211"],
            ["198.51.100.215"],
            "Alois Pešek",
            "pesek@rokycanskytyden.example",
            "+420371422906",
        ),
        "from": "Alois Pesek <pesek@rokycanskytyden.example>",
        "subject": "zadost CSU",
        "headers": K9,
        "body": "Dobry den, posilam tabulku s adresami a kontaktem. Pesek\n",
        "attachments": [
            (
                "xlsx",
                "RT_adresy.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Rokycanský týden, s.r.o. – IČO " + I20, None, None, None, None],
                            ["Žádost o přístup k výsledkům voleb (XML)", None, None, None, None],
                            ["adresa", "role", "_oktet", "_ok", "_spoj"],
                            ["198.51.100.210", "produkce", "210", "PRAVDA", "produkce;210"],
                            ["198.51.100.211", "produkce", "211", "PRAVDA", "produkce;211"],
                            ["198.51.100.215", "test", "215", "PRAVDA", "test;215"],
                            [None, None, None, None, None],
                            ["kontakt", "Alois Pešek", "371 422 906", None, None],
                            ["e-mail", "pesek@rokycanskytyden.example", None, None, None],
                        ],
                        "merge": ["A1:E1", "A2:E2"],
                    }
                ],
            )
        ],
    },
    {
        "id": "ch021-databox-annotation-carries-all",
        "description": "data message whose annotation carries the whole application (IPv6 "
        "production, no test address); the attached PDF is only the authorisation of the "
        "person who signed it",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Liberecký rozhlas, s.r.o.",
            I21,
            "l6rz2ve",
            ["2001:db8:9e0::5", "2001:db8:9e0::6"],
            [],
            "Tereza Wagnerová",
            "wagnerova@libereckyrozhlas.example",
            "+420485107623",
        ),
        "databox": box("l6rz2ve", "Liberecký rozhlas, s.r.o.", "Rumunská 15, 460 01 Liberec"),
        "subject": "Žádost o přístup k XML výsledkům voleb: produkce 2001:db8:9e0::5 a "
        "2001:db8:9e0::6, test nebude; kontakt Tereza Wagnerová, 485 107 623, "
        "wagnerova@libereckyrozhlas.example",
        "attachments": [
            (
                "pdf",
                "plna_moc.pdf",
                [
                    "PLNÁ MOC",
                    "Liberecký rozhlas, s.r.o., IČO " + I21 + ", zmocňuje paní Terezu "
                    "Wagnerovou k jednání s Českým statistickým úřadem ve věci přístupu "
                    "k výsledkům voleb.",
                    "V Liberci 28. 8. 2025\nPetr Horák, jednatel",
                ],
            )
        ],
    },
    {
        "id": "ch022-odt-ano-ne-columns-filming-only",
        "description": "an ODT form with ANO/NE columns: filming ANO, feed NE, yet the IP rows "
        "are filled in from last year; a filming-only request has no addresses",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Zlínská televize s.r.o.",
            I22,
            None,
            [],
            [],
            "Hynek Chovanec",
            "chovanec@zlinskatv.example",
            "+420577320418",
        ),
        "from": "Hynek Chovanec <chovanec@zlinskatv.example>",
        "subject": "Natáčení ve volební noc – Zlínská televize",
        "headers": CENTRUM,
        "body": "Dobrý den,\nletos chceme jen natáčet, data z XML bereme od agentury. "
        "Formulář přikládám.\nChovanec\n",
        "attachments": [
            (
                "odt",
                "formular_ZTV.odt",
                [
                    "Zlínská televize s.r.o., tř. T. Bati 210, 760 01 Zlín, IČO " + I22,
                    [
                        ["Požadavek", "ANO", "NE"],
                        ["Přístup k výsledkům voleb (XML)", "", "X"],
                        ["Povolení natáčet na pracovišti ČSÚ Zlín", "X", ""],
                    ],
                    [
                        ["Produkční IP", "192.0.2.58"],
                        ["Testovací IP", "192.0.2.59"],
                    ],
                    "Kontaktní osoba: Hynek Chovanec, tel. 577 320 418, chovanec@zlinskatv.example",
                ],
            )
        ],
    },
    {
        "id": "ch023-cover-replaces-pdf-contact",
        "description": "the cover says the contact printed in the PDF went on leave and gives "
        "the new contact with her mobile; the rest of the PDF stands",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED, FILM],
            "Karlovarský kurýr s.r.o.",
            I23,
            None,
            ["203.0.113.160", "203.0.113.161"],
            ["203.0.113.170"],
            "Olga Reiterová",
            "reiterova@kvkuryr.example",
            "+420702846193",
        ),
        "from": "Olga Reiterová <reiterova@kvkuryr.example>",
        "subject": "žádost volby + změna kontaktu",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\n\nposílám žádost, kterou ještě před odchodem na dovolenou "
        "připravil kolega Novák. Kontaktní osobou místo něj budu já: Olga Reiterová, "
        "reiterova@kvkuryr.example, mobil 702 846 193. Ostatní údaje v PDF platí.\n\n"
        "Děkuji\nOlga Reiterová\n",
        "attachments": [
            (
                "pdf",
                "KK_zadost.pdf",
                [
                    "Karlovarský kurýr s.r.o. | T. G. Masaryka 30, 360 01 Karlovy Vary | "
                    "IČO " + I23,
                    "Žádáme o přístup k výsledkům voleb (XML) a o povolení natáčet na "
                    "pracovišti v Karlových Varech.",
                    {
                        "rows": [
                            ["", "IP"],
                            ["Produkce", "203.0.113.160\n203.0.113.161"],
                            ["Test", "203.0.113.170"],
                            ["Kontakt", "Vladimír Novák, novak@kvkuryr.example, 353 228 410"],
                        ],
                        "widths": [90, 260],
                    },
                ],
            )
        ],
    },
    {
        "id": "ch024-html-only-base64-docx-header-footer",
        "description": "an HTML-only mail in base64 with a styled signature; the DOCX's page "
        "header and footer carry the publisher and IČO, its body the addresses as a "
        "list with roles in brackets",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Brněnský metropolitní list a.s.",
            I24,
            None,
            ["198.18.33.70", "198.18.33.71", "198.18.33.72"],
            ["198.18.33.80"],
            "Adéla Součková",
            "souckova@bml.example",
            "+420543918207",
        ),
        "from": "Adéla Součková <souckova@bml.example>",
        "subject": "Přístup k výsledkům voleb – Brněnský metropolitní list",
        "headers": GMAIL,
        "cte": "base64",
        "html": "<div>Dobrý den,</div><div>v příloze je naše žádost o přístup k výsledkům "
        "voleb.</div><br><div style='color:#555'><b>Adéla Součková</b><br>vedoucí vývoje<br>"
        "Brněnský metropolitní list a.s.<br>tel. 543 918 207</div>",
        "attachments": [
            (
                "docx",
                "BML_zadost.docx",
                {
                    "header": "BRNĚNSKÝ METROPOLITNÍ LIST a.s.",
                    "footer": "Kounicova 45, 602 00 Brno · IČO " + I24 + " · www.bml.example",
                    "blocks": [
                        "Věc: Žádost o přístup k výsledkům voleb",
                        "Žádáme o zřízení přístupu z těchto adres:",
                        "• 198.18.33.70 (produkce)\n• 198.18.33.71 (produkce)\n"
                        "• 198.18.33.72 (produkce – záloha)\n• 198.18.33.80 (test)",
                        "Kontaktní osoba: Adéla Součková, souckova@bml.example, 543 918 207",
                        "Ing. Roman Bednář, člen představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "ch025-databox-split-annotation-workbook",
        "description": "data message: the annotation names both requests, the workbook's two "
        "sheets give the addresses (a written range) and the contact; box ID from the envelope",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "TV Polabí s.r.o.",
            I25,
            "b2tv8px",
            ["192.0.2.100", "192.0.2.101", "192.0.2.102", "192.0.2.103"],
            ["192.0.2.110"],
            "Richard Fiala",
            "fiala@tvpolabi.example",
            "+420325512870",
        ),
        "databox": box("b2tv8px", "TV Polabí s.r.o.", "Husova 77, 290 01 Poděbrady"),
        "subject": "Žádost o přístup k výsledkům voleb a o povolení natáčení – adresy a "
        "kontakt v příloze",
        "attachments": [
            (
                "xlsx",
                "TVP_udaje.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["", "od", "do"],
                            ["produkční", "192.0.2.100", "192.0.2.103"],
                            ["testovací", "192.0.2.110", ""],
                        ],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Společnost", "TV Polabí s.r.o., IČO " + I25],
                            ["Kontaktní osoba", "Fiala Richard"],
                            ["Tel.", "325 512 870"],
                            ["E-mail", "fiala@tvpolabi.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ch026-inline-forward-rtf-form",
        "description": "the regional editor's mail forwarded inline by the director with a "
        "one-line go-ahead; the RTF form has a role table; the contact is the editor, not the "
        "forwarder",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Českolipský deník s.r.o.",
            I26,
            None,
            ["203.0.113.30"],
            ["203.0.113.31"],
            "Eliška Hronková",
            "hronkova@cldenik.example",
            "+420487523691",
        ),
        "from": "Josef Brabec <brabec@cldenik.example>",
        "subject": "Fwd: žádost ČSÚ",
        "headers": SAMSUNG,
        "body": "Schvaluji, posílám dál.\nBrabec, ředitel\n\n"
        "-------- Původní zpráva --------\nOd: Eliška Hronková <hronkova@cldenik.example>\n"
        "Datum: 2. 9. 2025 9:41\nKomu: Josef Brabec <brabec@cldenik.example>\n"
        "Předmět: žádost ČSÚ\n\nPane řediteli, posílám k odeslání žádost o data a o natáčení "
        "na pracovišti v České Lípě. Kontakt jsem uvedla sebe (mobil 487 523 691).\n"
        "Eliška Hronková\n",
        "attachments": [
            (
                "rtf",
                "zadost_CLD.rtf",
                [
                    "Českolipský deník s.r.o., Nám. T. G. Masaryka 1, 470 01 Česká Lípa, "
                    "IČO " + I26,
                    "Žádáme o přístup k výsledkům voleb (XML) a o povolení natáčet.",
                    [
                        ["Role", "IP adresa"],
                        ["produkce", "203.0.113.30"],
                        ["test", "203.0.113.31"],
                    ],
                    "Kontakt: Eliška Hronková, hronkova@cldenik.example",
                ],
            )
        ],
    },
    {
        "id": "ch027-german-freelancer-no-ico-pdf",
        "description": "a German freelance data journalist without a Czech IČO writes in German; "
        "the PDF gives two IPv6 production addresses and no test address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Lena Hartmann",
            None,
            None,
            ["2001:db8:de::41", "2001:db8:de::42"],
            [],
            "Lena Hartmann",
            "lena@hartmann-daten.example",
            "+4915204718365",
        ),
        "from": "Lena Hartmann <lena@hartmann-daten.example>",
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML)",
        "headers": GMAIL,
        "body": "Sehr geehrte Damen und Herren,\n\nanbei mein Antrag auf Zugang zum "
        "Wahlergebnis-Server. Ich arbeite freiberuflich und habe keine tschechische IČO.\n\n"
        "Mit freundlichen Grüßen\nLena Hartmann\n",
        "attachments": [
            (
                "pdf",
                "Antrag_Hartmann.pdf",
                [
                    "Lena Hartmann – Datenjournalismus, Leipzig",
                    "Antrag auf Zugang zu den Wahlergebnissen (XML-Schnittstelle)",
                    "Produktiv-IPs: 2001:db8:de::41, 2001:db8:de::42",
                    "Test-IP: keine – Tests laufen über die Produktivserver.",
                    "Kontakt: Lena Hartmann, lena@hartmann-daten.example, +49 152 04718365",
                ],
            )
        ],
    },
    {
        "id": "ch028-empty-scanned-docx-x-marks",
        "description": "no text at all; a hand-filled form scanned to DOCX where the ticks came "
        "out as X in brackets, the empty box as '( )', and the contact in capitals surname "
        "first",
        "style": Style.EMPTY,
        "labels": L(
            [FEED, FILM],
            "Chrudimský posel s.r.o.",
            I28,
            None,
            ["198.51.100.88", "198.51.100.89"],
            ["198.51.100.95"],
            "Vendula Kasalová",
            "kasalova@chrudimskyposel.example",
            "+420469311528",
        ),
        "from": "kasalova@chrudimskyposel.example",
        "subject": "sken",
        "headers": OUTLOOK,
        "body": "",
        "attachments": [
            (
                "docx",
                "sken_zadost_OCR.docx",
                {
                    "blocks": [
                        "ŽÁDOST MÉDIA – VOLBY",
                        "Název: Chrudimský posel s.r.o.   IČO: " + I28,
                        "(X) přístup k výsledkům na dedikovaném serveru",
                        "(X) natáčení / fotografování na pracovišti ČSÚ",
                        "( ) jiné: ..................",
                        {
                            "rows": [
                                ["produkční IP", "198.51.100.88   198.51.100.89"],
                                ["testovací IP", "198.51.100.95"],
                                ["kontaktní osoba", "KASALOVÁ Vendula"],
                                [
                                    "telefon / e-mail",
                                    "469 311 528 / kasalova@chrudimskyposel.example",
                                ],
                            ]
                        },
                        "podpis: Kasalová",
                    ]
                },
            )
        ],
    },
]
