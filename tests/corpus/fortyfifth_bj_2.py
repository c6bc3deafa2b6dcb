"""Forty-fifth held-out part ``bj``, cases bj015–bj028: an ODT with a written address range, an
empty mail whose PDF ticks roles in columns, a data message whose annotation replaces the
contact, an inline forward with a workbook, a DOCX with merged and nested cells, a data message
with a two-sheet ANO/NE workbook, a letter PDF with IČO and box ID, a cover that withdraws the
ticked filming request, a base64 mail with a TXT netmask, a Polish TAK/NIE workbook, an RTF from
a business box, an attached .eml whose cover changes the phone, an HTML-only ANO/NE form and a
data message with two files.
Written by hand apart from the extraction rules (see make_fortyfifth_bj); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyfifth_bj_common import (
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I15, I16, I17, I18, I19 = (
    ico("2687143"),
    ico("0734519"),
    ico("2952806"),
    ico("0410697"),
    ico("2776352"),
)
I20, I21, I22, I23, I25 = (
    ico("0651284"),
    ico("2809136"),
    ico("0527940"),
    ico("2694418"),
    ico("7285613"),
)
I26, I27, I28 = ico("0486371"), ico("2920584"), ico("0713658")

CASES: list[dict[str, Any]] = [
    {
        "id": "bj015-cover-odt-written-range",
        "description": "two-line cover; the ODT writes the production addresses as a range "
        "with a dash (three addresses) and one test address below",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Polabský týden, s.r.o.",
            I15,
            None,
            ["198.18.20.5", "198.18.20.6", "198.18.20.7"],
            ["198.18.20.9"],
            "Jakub Mareš",
            "mares@polabskytyden.example",
            "+420724613058",
        ),
        "from": "Jakub Mareš <mares@polabskytyden.example>",
        "subject": "zadost o pristup - Polabsky tyden",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\nžádost posílám v ODT (LibreOffice).\nJ. Mareš\n",
        "attachments": [
            (
                "odt",
                "zadost_PT.odt",
                [
                    "Polabský týden, s.r.o., Palackého 301, 290 01 Poděbrady, IČO " + I15,
                    "Žádost o zpřístupnění výsledků voleb na serveru ČSÚ",
                    "Produkční servery: 198.18.20.5 – 198.18.20.7",
                    "Testovací server: 198.18.20.9",
                    "Kontaktní osoba: Jakub Mareš, redaktor webu",
                    "mares@polabskytyden.example, tel. 724 613 058",
                ],
            )
        ],
    },
    {
        "id": "bj016-empty-body-pdf-tick-columns",
        "description": "empty body; the PDF ticks the feed and leaves filming unticked, and its "
        "address table marks production and test with an x in two columns",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Deník Opavsko s.r.o.",
            I16,
            None,
            ["192.0.2.66", "192.0.2.67"],
            ["192.0.2.70"],
            "Martina Kubánková",
            "kubankova@denikopavsko.example",
            "+420739448126",
        ),
        "from": "Martina Kubánková <kubankova@denikopavsko.example>",
        "subject": "volby",
        "headers": SAMSUNG,
        "body": "",
        "attachments": [
            (
                "pdf",
                "sken_zadost.pdf",
                [
                    "Deník Opavsko s.r.o. | Ostrožná 22, 746 01 Opava | IČO " + I16,
                    "☒ žádáme o přístup k dedikovanému serveru s výsledky voleb\n"
                    "☐ žádáme o povolení natáčení / fotografování",
                    {
                        "rows": [
                            ["IP adresa", "produkce", "test"],
                            ["192.0.2.66", "x", ""],
                            ["192.0.2.67", "x", ""],
                            ["192.0.2.70", "", "x"],
                        ],
                        "widths": [130, 70, 70],
                    },
                    "Kontakt: Martina Kubánková, kubankova@denikopavsko.example, 739 448 126",
                ],
            )
        ],
    },
    {
        "id": "bj017-databox-annotation-replaces-contact",
        "description": "data message: the DOCX names one contact, the annotation says he has "
        "left and gives his successor with e-mail and phone",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Slezská mediální, a.s.",
            I17,
            "sm6kd2r",
            ["203.0.113.90", "203.0.113.91"],
            ["203.0.113.99"],
            "Tereza Pavlíková",
            "pavlikova@slezskamedialni.example",
            "+420731502864",
        ),
        "databox": box("sm6kd2r", "Slezská mediální, a.s.", "Nádražní 1200, 702 00 Ostrava"),
        "subject": "Žádost o XML výsledky voleb. Změna: kontaktní osobou místo Aleše Kříže "
        "(odešel) je Tereza Pavlíková, pavlikova@slezskamedialni.example, 731 502 864",
        "attachments": [
            (
                "docx",
                "zadost_SM.docx",
                {
                    "header": "Slezská mediální, a.s.",
                    "footer": "IČO " + I17 + " | Nádražní 1200, Ostrava",
                    "blocks": [
                        "Žádost o přístup k serveru s průběžnými výsledky voleb",
                        {
                            "rows": [
                                ["Produkce", "203.0.113.90, 203.0.113.91"],
                                ["Test", "203.0.113.99"],
                                ["Kontaktní osoba", "Aleš Kříž"],
                                ["E-mail", "kriz@slezskamedialni.example"],
                                ["Telefon", "605 910 274"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "bj018-inline-forward-with-xlsx",
        "description": "the editor forwards inline a reporter's request; the workbook from the "
        "original carries the addresses; the forwarder asks to add filming and names himself as "
        "the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Rádio Beskydy s.r.o.",
            I18,
            None,
            ["198.51.100.5", "198.51.100.6"],
            ["198.51.100.7"],
            "Vladimír Kantor",
            "kantor@radiobeskydy.example",
            "+420603914725",
        ),
        "from": "Vladimír Kantor <kantor@radiobeskydy.example>",
        "subject": "Fw: IP pro volby",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\n\nposílám dál žádost kolegyně. Prosíme navíc i o povolení "
        "natáčet na krajské správě ve Frýdku-Místku. Kontaktní osobou pro obojí budu já, "
        "Vladimír Kantor, 603 914 725.\n\nRádio Beskydy s.r.o., IČO "
        + I18
        + "\n\n---------- Přeposlaná zpráva ----------\nOd: Lenka Sýkorová "
        "<sykorova@radiobeskydy.example>\nDatum: po 8. 9. 2025 10:41\nPředmět: IP pro volby\n\n"
        "Vlado, posílám tabulku s adresami pro ČSÚ, jak chtěli. L.\n",
        "attachments": [
            (
                "xlsx",
                "IP_volby_RB.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["server", "IP", "typ"],
                            ["stream-a", "198.51.100.5", "produkční"],
                            ["stream-b", "198.51.100.6", "produkční"],
                            ["dev", "198.51.100.7", "testovací"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "bj019-docx-merged-role-nested-contact",
        "description": "the DOCX table merges the role cell over five production rows and two "
        "test rows, and nests the contact details in a table inside a cell",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Mediahub Střední Čechy a.s.",
            I19,
            None,
            ["203.0.113.160", "203.0.113.161", "203.0.113.162", "203.0.113.163", "203.0.113.164"],
            ["203.0.113.170", "203.0.113.171"],
            "Jitka Vaňková",
            "vankova@mediahubsc.example",
            "+420725380146",
        ),
        "from": "Jitka Vaňková <vankova@mediahubsc.example>",
        "subject": "Žádost o přístup k volebním výsledkům (XML)",
        "headers": OWA,
        "body": "Dobrý den,\n\nv příloze je naše žádost s tabulkou adres.\n\nS pozdravem\n"
        "Jitka Vaňková\nMediahub Střední Čechy a.s.\n",
        "attachments": [
            (
                "docx",
                "zadost_mediahub.docx",
                {
                    "header": "Mediahub Střední Čechy a.s. | IČO " + I19,
                    "footer": "Benešovská 18, 256 01 Benešov",
                    "blocks": [
                        "Žádáme o přístup k serveru s průběžnými výsledky voleb.",
                        {
                            "rows": [
                                ["Role", "IP adresa"],
                                ["produkční", "203.0.113.160"],
                                ["", "203.0.113.161"],
                                ["", "203.0.113.162"],
                                ["", "203.0.113.163"],
                                ["", "203.0.113.164"],
                                ["testovací", "203.0.113.170"],
                                ["", "203.0.113.171"],
                                ["Kontakt", ""],
                            ],
                            "merge": [(1, 0, 5, 0), (6, 0, 7, 0)],
                            "nested": {
                                (8, 1): {
                                    "rows": [
                                        ["jméno", "Jitka Vaňková"],
                                        ["e-mail", "vankova@mediahubsc.example"],
                                        ["mobil", "725 380 146"],
                                    ]
                                }
                            },
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "bj020-databox-xlsx-two-sheets-ano-ne",
        "description": "data message with a bare annotation; the workbook's first sheet answers "
        "ANO to both requests, the second lists addresses with a role column",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "TV Jeseníky s.r.o.",
            I20,
            "tj3es8n",
            ["198.18.140.20", "198.18.140.21"],
            ["198.18.140.30"],
            "Radim Skácel",
            "skacel@tvjeseniky.example",
            "+420777418360",
        ),
        "databox": box("tj3es8n", "TV Jeseníky s.r.o.", "Masarykovo nám. 7, 790 01 Jeseník"),
        "subject": "Volby 2025 - žádost média",
        "attachments": [
            (
                "xlsx",
                "TVJ_volby.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "TV Jeseníky s.r.o.", None],
                            ["IČO", I20, None],
                            ["Požadavek", "ANO", "NE"],
                            ["přístup k XML výsledkům", "ANO", None],
                            ["natáčení na pracovišti ČSÚ Olomouc", "ANO", None],
                            ["Kontakt", "Radim Skácel", "skacel@tvjeseniky.example"],
                            ["Telefon", "777 418 360", None],
                        ],
                    },
                    {
                        "title": "Síť",
                        "rows": [
                            ["IP", "role"],
                            ["198.18.140.20", "produkce"],
                            ["198.18.140.21", "produkce"],
                            ["198.18.140.30", "test"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bj021-letter-pdf-signature-ico-box",
        "description": "short cover; the PDF letter's signature block carries the IČO and the "
        "data-box ID, the contact is a different person named in the text",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Ústecký expres, s.r.o.",
            I21,
            "ue9xp4b",
            ["192.0.2.10", "192.0.2.11"],
            ["192.0.2.12"],
            "Daniel Hrdlička",
            "hrdlicka@usteckyexpres.example",
            "+420602773519",
        ),
        "from": "Ústecký expres <redakce@usteckyexpres.example>",
        "subject": "Žádost o přístup k datům voleb",
        "headers": CENTRUM,
        "body": "Dobrý den, zasíláme žádost (PDF). Redakce Ústeckého expresu\n",
        "attachments": [
            (
                "pdf",
                "zadost_UE.pdf",
                [
                    "ÚSTECKÝ EXPRES\nzpravodajský portál Ústeckého kraje",
                    "Vážení,",
                    "žádáme o zřízení přístupu k serveru s výsledky voleb pro adresy "
                    "192.0.2.10 a 192.0.2.11 (produkce) a 192.0.2.12 (testování). Technickým "
                    "kontaktem je Daniel Hrdlička, hrdlicka@usteckyexpres.example, "
                    "tel. 602 773 519.",
                    "S pozdravem",
                    "Mgr. Eva Tomsová\nšéfredaktorka\nÚstecký expres, s.r.o.\n"
                    "Mírové nám. 33, 400 01 Ústí nad Labem\nIČO " + I21 + " · DS ue9xp4b",
                ],
            )
        ],
    },
    {
        "id": "bj022-cover-withdraws-ticked-filming",
        "description": "the DOCX form ticks both requests, but the cover note says the filming "
        "is off, so only the feed counts",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Chrudimský občasník, s.r.o.",
            I22,
            None,
            ["198.51.100.220"],
            ["198.51.100.221"],
            "Simona Vlčková",
            "vlckova@chrudimskyobcasnik.example",
            "+420608305742",
        ),
        "from": "Simona Vlčková <vlckova@chrudimskyobcasnik.example>",
        "subject": "žádost ČSÚ",
        "headers": IPHONE,
        "body": "Dobrý den,\nposílám formulář. Natáčení ve formuláři prosím neberte v úvahu, "
        "kameraman nám odpadl a nepojedeme. Platí jen přístup k datům.\n\nS. Vlčková\n"
        "Odesláno z iPhonu\n",
        "attachments": [
            (
                "docx",
                "formular.docx",
                {
                    "blocks": [
                        "Chrudimský občasník, s.r.o. (IČO " + I22 + ")",
                        "☑ přístup k výsledkům voleb na serveru ČSÚ",
                        "☑ povolení natáčení na pracovišti ČSÚ Pardubice",
                        {
                            "rows": [
                                ["produkční IP", "198.51.100.220"],
                                ["testovací IP", "198.51.100.221"],
                                ["kontakt", "Simona Vlčková, 608 305 742"],
                            ]
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "bj023-base64-txt-netmask",
        "description": "base64 body; the TXT gives the production network with a netmask of "
        "255.255.255.252 (four addresses) and says they test from production",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Infoservis Vsetín s.r.o.",
            I23,
            None,
            ["203.0.113.36", "203.0.113.37", "203.0.113.38", "203.0.113.39"],
            [],
            "Aleš Vrba",
            "vrba@infoservis-vsetin.example",
            "+420571420893",
        ),
        "from": "Ales Vrba <vrba@infoservis-vsetin.example>",
        "subject": "zadost o XML data",
        "headers": EVOLUTION,
        "cte": "base64",
        "body": "dobry den,\nv priloze tech. udaje k zadosti o pristup k vysledkum voleb.\n"
        "Ales Vrba\nInfoservis Vsetín s.r.o.\n",
        "attachments": [
            (
                "txt",
                "udaje.txt",
                "Zadatel: Infoservis Vsetín s.r.o., ICO " + I23 + "\n"
                "Sit: 203.0.113.36 maska 255.255.255.252\n"
                "Test: budeme testovat z tech samych adres\n"
                "Kontakt: Aleš Vrba, vrba@infoservis-vsetin.example, 571 420 893\n",
            )
        ],
    },
    {
        "id": "bj024-polish-xlsx-tak-nie",
        "description": "Polish portal without an IČO; the workbook answers TAK for the feed and "
        "NIE for filming, one production address, testing from it; +48 phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Portal Śląsk24 Sp. z o.o.",
            None,
            None,
            ["198.18.60.14"],
            [],
            "Agnieszka Wróbel",
            "a.wrobel@slask24.example",
            "+48601284375",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@slask24.example>",
        "subject": "Wniosek o dostęp do wyników wyborów",
        "headers": GMAIL,
        "body": "Dzień dobry,\n\nw załączniku przesyłam wniosek o dostęp do serwera z wynikami "
        "wyborów.\n\nPozdrawiam\nAgnieszka Wróbel\n",
        "attachments": [
            (
                "xlsx",
                "wniosek.xlsx",
                [
                    {
                        "title": "Wniosek",
                        "rows": [
                            ["Wnioskodawca", "Portal Śląsk24 Sp. z o.o., Katowice"],
                            ["Dostęp do XML (wyniki)", "TAK"],
                            ["Filmowanie w ČSÚ", "NIE"],
                            ["IP produkcyjne", "198.18.60.14"],
                            ["IP testowe", "testujemy z adresu produkcyjnego"],
                            ["Osoba kontaktowa", "Agnieszka Wróbel"],
                            ["E-mail", "a.wrobel@slask24.example"],
                            ["Telefon", "+48 601 284 375"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "bj025-databox-osvc-rtf-ipv6",
        "description": "data message from a journalist's business box with a bare annotation; "
        "the RTF table has row headers and mixes an IPv6 and an IPv4 production address",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Kamil Doležal – Volební mapy",
            I25,
            "kd7vm3q",
            ["2001:db8:d0e::20", "198.51.100.88"],
            ["198.51.100.89"],
            "Kamil Doležal",
            "kamil@volebnimapy.example",
            "+420736814209",
        ),
        "databox": box("kd7vm3q", "Kamil Doležal", "Sadová 4, 612 00 Brno", 40),
        "subject": "Volby",
        "attachments": [
            (
                "rtf",
                "zadost_KD.rtf",
                [
                    "Žádám jako OSVČ (Kamil Doležal – Volební mapy, IČO " + I25 + ") o "
                    "přístup k průběžným výsledkům voleb ve formátu XML.",
                    [
                        ["Produkční adresy", "2001:db8:d0e::20 ; 198.51.100.88"],
                        ["Testovací adresa", "198.51.100.89"],
                        ["E-mail", "kamil@volebnimapy.example"],
                        ["Telefon", "736 814 209"],
                    ],
                    "Kamil Doležal",
                ],
            )
        ],
    },
    {
        "id": "bj026-attached-eml-cover-changes-phone",
        "description": "the sender forwards her own earlier application as an attached .eml and "
        "says in the cover that her phone number has changed",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Kutnohorský kurýr s.r.o.",
            I26,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.159"],
            "Renata Holubová",
            "holubova@khkuryr.example",
            "+420739205186",
        ),
        "from": "Renata Holubová <holubova@khkuryr.example>",
        "subject": "Fwd: Žádost o přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": "Dobrý den,\n\nv srpnu jsem posílala žádost (přikládám původní e-mail), "
        "zatím bez odpovědi. Mezitím se mi změnilo číslo, nové je 739 205 186, staré už "
        "nepoužívám. Jinak vše platí.\n\nRenata Holubová\n",
        "attachments": [
            (
                "eml",
                "puvodni_zadost.eml",
                {
                    "id": "bj026-inner",
                    "from": "Renata Holubová <holubova@khkuryr.example>",
                    "subject": "Žádost o přístup k výsledkům voleb",
                    "body": "Dobrý den,\n\nKutnohorský kurýr s.r.o. (IČO "
                    + I26
                    + ") žádá o přístup k XML výsledkům.\nProdukce: 192.0.2.150, 192.0.2.151\n"
                    "Test: 192.0.2.159\nKontakt: Renata Holubová, tel. 604 118 952\n\n"
                    "Děkuji\nR. Holubová\n",
                },
            )
        ],
    },
    {
        "id": "bj027-html-only-ano-ne-odt-addresses",
        "description": "text/html body only, with an ANO/NE table answering NE to the feed row "
        "that the ODT still lists addresses for; filming only, so no addresses",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Fotoagentura Prameny s.r.o.",
            I27,
            None,
            [],
            [],
            "Gabriela Nováčková",
            "novackova@prameny.example",
            "+420720634518",
        ),
        "from": "Gabriela Nováčková <novackova@prameny.example>",
        "subject": "Žádost - fotografování volební noc",
        "headers": OUTLOOK,
        "html": "<html><body><p>Dobrý den,</p><p>vyplněný formulář:</p><table border=1>"
        "<tr><th>Požadavek</th><th>ANO/NE</th></tr>"
        "<tr><td>přístup k serveru s výsledky voleb</td><td>NE</td></tr>"
        "<tr><td>fotografování na ústředí ČSÚ</td><td>ANO</td></tr></table>"
        "<p>Loňský seznam IP v příloze jen pro úplnost, letos data nepotřebujeme.</p>"
        "<p>Gabriela Nováčková<br>Fotoagentura Prameny s.r.o., IČO "
        + I27
        + "<br>tel. 720 634 518</p></body></html>",
        "attachments": [
            (
                "odt",
                "ip_2024.odt",
                [
                    "Adresy z minulých voleb (2024)",
                    [["produkce", "203.0.113.201"], ["test", "203.0.113.202"]],
                ],
            )
        ],
    },
    {
        "id": "bj028-databox-pdf-and-xlsx",
        "description": "data message with two files: the PDF application with the contact and "
        "the workbook with addresses: a /31 production block and a backup server",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Regionální vysílání Vysočina, s.r.o.",
            I28,
            "rv5vy2c",
            ["198.18.77.40", "198.18.77.41", "198.18.77.50"],
            ["198.18.77.60"],
            "Hynek Musil",
            "musil@rvvysocina.example",
            "+420567301482",
        ),
        "databox": box(
            "rv5vy2c", "Regionální vysílání Vysočina, s.r.o.", "Žižkova 71, 586 01 Jihlava"
        ),
        "subject": "Žádost o přístup k výsledkům voleb – viz přílohy",
        "attachments": [
            (
                "pdf",
                "zadost.pdf",
                [
                    "Regionální vysílání Vysočina, s.r.o., IČO " + I28,
                    "Žádáme o přístup k serveru s průběžnými výsledky voleb. Seznam adres je "
                    "v přiložené tabulce.",
                    "Kontaktní osoba: Ing. Hynek Musil, musil@rvvysocina.example, 567 301 482",
                ],
            ),
            (
                "xlsx",
                "adresy.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["adresa", "použití"],
                            ["198.18.77.40/31", "produkce"],
                            ["198.18.77.50", "produkce (záložní)"],
                            ["198.18.77.60", "test"],
                        ],
                    }
                ],
            ),
        ],
    },
]
