"""Sixty-second held-out part ``do``, cases do015–do028: a filming-only ODT in a data message,
an HTML-only mail with an AcroForm PDF, a cover mail correcting an address in its XLSX, a Polish
DOCX with [x]/[ ] boxes, a Hungarian PDF with IGEN/NEM, an XLSX whose hidden sheet holds last
year's addresses, a data message with a ☑/☐ PDF asking for both, an empty mail with a DOCX table
whose role cell is merged, a reply quoting the office with an ODS, a data message whose
annotation withdraws the feed from the attached form, a Slovak PDF letter in an ISO-8859-2 mail,
a CSV whose contact the cover mail changes, a town's filming request from a public authority's
box and an inline forward carrying a workbook. Written by hand apart from the extraction rules
(see make_sixtysecond_do); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixtysecond_do_common import (
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAILSPRING,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    L,
    Style,
    box,
    c,
    ico,
)

B1, B2, B3, B7 = ico("2690713"), ico("2618409"), ico("0493826"), ico("2736140")
B8, B9, B10, B11 = ico("2664581"), ico("0581294"), ico("2829376"), ico("3590218")
B12, B13, B14 = ico("2570634"), ico("2807153"), ico("0030281")

CASES: list[dict[str, Any]] = [
    c(
        "do015-databox-filming-only-odt",
        "data message with an ODT letter asking only to film at the collection point; the "
        "letter says the agency does not ask for the XML feed (it takes results elsewhere)",
        Style.DATABOX,
        L(
            [FILM],
            "Severočeská obrazová agentura s.r.o.",
            B1,
            "ob5fz3k",
            [],
            [],
            "Filip Kučera",
            "kucera@soagentura.example",
            "+420602318447",
        ),
        databox=box(
            "ob5fz3k", "Severočeská obrazová agentura s.r.o.", "Mírové nám. 3, 400 01 Ústí n. L."
        ),
        subject="Žádost o povolení natáčení na sběrném místě Ústí nad Labem",
        attachments=[
            (
                "odt",
                "natáčení_sběrné_místo.odt",
                [
                    "Severočeská obrazová agentura s.r.o., Mírové nám. 3, Ústí nad Labem, "
                    "IČO " + B1,
                    "Žádost o povolení natáčení",
                    "Žádáme o povolení pořídit obrazový a zvukový záznam na sběrném místě "
                    "ČSÚ v Ústí nad Labem v noci z 4. na 5. 10. 2025 (dva kameramani). O "
                    "přístup k XML datům nežádáme, výsledky přebíráme od zpravodajské agentury.",
                    [
                        ["Kontaktní osoba", "Filip Kučera"],
                        ["E-mail", "kucera@soagentura.example"],
                        ["Mobil", "602 318 447"],
                        ["Štáb", "Filip Kučera, Ondřej Landa"],
                    ],
                ],
            )
        ],
    ),
    c(
        "do016-html-only-mail-acroform-pdf",
        "HTML-only mail; the PDF is an AcroForm whose values (typed without diacritics, "
        "Latin-1) sit in the fields — the signature in the mail writes the names with them; "
        "XML box ticked, filming not",
        Style.FORM,
        L(
            [FEED],
            "Opavský deník s.r.o.",
            B2,
            None,
            ["203.0.113.71", "203.0.113.72"],
            ["203.0.113.79"],
            "Radka Sýkorová",
            "sykorova@opavskydenik.example",
            "+420553716204",
        ),
        sender="Radka Sýkorová <sykorova@opavskydenik.example>",
        subject="Formulář – přístup k výsledkům voleb",
        headers=OWA,
        html="<html><body><p>Dobrý den,</p><p>zasíláme vyplněný formulář (PDF).</p>"
        "<p>S pozdravem<br><b>Radka Sýkorová</b><br>produkce webu<br>Opavský deník s.r.o."
        "<br>Ostrožná 18, 746 01 Opava</p></body></html>",
        attachments=[
            (
                "di-acro",
                "formular_OD.pdf",
                {
                    "title": "Žádost o přístup k výsledkům voleb",
                    "items": [
                        ("check", "přístup k výsledkům ve formátu XML", "chk_xml", True),
                        ("check", "natáčení na sběrném místě", "chk_film", False),
                        ("text", "Žadatel", "org", "Opavsky denik s.r.o."),
                        ("text", "IČO", "ico", B2),
                        ("text", "Produkční IP", "ip_prod", "203.0.113.71, 203.0.113.72"),
                        ("text", "Testovací IP", "ip_test", "203.0.113.79"),
                        ("text", "Kontaktní osoba", "kontakt", "Radka Sykorova"),
                        ("text", "E-mail", "email", "sykorova@opavskydenik.example"),
                        ("text", "Telefon", "tel", "553 716 204"),
                    ],
                },
            )
        ],
    ),
    c(
        "do017-cover-corrects-address-in-xlsx",
        "the cover mail corrects a typo in the attached XLSX: the second production address is "
        "198.51.100.213, not 198.51.100.231 as the sheet has it",
        Style.CORRECTION,
        L(
            [FEED],
            "Tábor Dnes s.r.o.",
            B3,
            None,
            ["198.51.100.212", "198.51.100.213"],
            ["198.51.100.219"],
            "Martin Procházka",
            "prochazka@tabordnes.example",
            "+420381221934",
        ),
        sender="Martin Procházka <prochazka@tabordnes.example>",
        subject="žádost o XML výsledky – Tábor Dnes",
        headers=CENTRUM,
        cte="qp",
        body="Dobrý den,\n\nposílám tabulku s naší žádostí. Pozor, ve druhém řádku jsem "
        "přehodil číslice: správně je 198.51.100.213, ne 198.51.100.231. Ostatní sedí.\n\n"
        "Martin Procházka\nTábor Dnes s.r.o.\ntel. 381 221 934\n",
        attachments=[
            (
                "xlsx",
                "TaborDnes_zadost.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Typ", "IP adresa"],
                            ["produkční", "198.51.100.212"],
                            ["produkční", "198.51.100.231"],
                            ["testovací", "198.51.100.219"],
                            [],
                            ["Firma", "Tábor Dnes s.r.o."],
                            ["IČO", B3],
                            ["Kontakt", "Martin Procházka, prochazka@tabordnes.example"],
                        ],
                    }
                ],
            )
        ],
    ),
    c(
        "do018-polish-docx-bracket-boxes",
        "Polish publisher, no IČO; DOCX with [x] feed and [ ] filming, a table of addresses "
        "with a column header row; Polish phone",
        Style.FORM,
        L(
            [FEED],
            "Wydawnictwo Śląskie Media sp. z o.o.",
            None,
            None,
            ["198.18.7.10", "198.18.7.11"],
            ["198.18.7.20"],
            "Agnieszka Wróbel",
            "a.wrobel@slaskiemedia.example",
            "+48325550123",
        ),
        sender="Agnieszka Wróbel <a.wrobel@slaskiemedia.example>",
        subject="Wniosek o dostęp do wyników wyborów (XML)",
        headers=GMAIL,
        body="Dzień dobry,\n\nw załączeniu przesyłam nasz wniosek o dostęp do danych XML.\n\n"
        "Z poważaniem\nAgnieszka Wróbel\nWydawnictwo Śląskie Media sp. z o.o.\n"
        "tel. +48 32 555 01 23\n",
        attachments=[
            (
                "docx",
                "wniosek_CSU.docx",
                {
                    "header": "Wydawnictwo Śląskie Media sp. z o.o. · ul. Mariacka 7, Katowice",
                    "blocks": [
                        "Wniosek / Žádost",
                        "[x] dostęp do wyników w formacie XML",
                        "[ ] filmowanie w punkcie zbiorczym",
                        {
                            "rows": [
                                ["Adres IP", "Przeznaczenie"],
                                ["198.18.7.10", "produkcja"],
                                ["198.18.7.11", "produkcja"],
                                ["198.18.7.20", "testy"],
                            ]
                        },
                        "Osoba kontaktowa: Agnieszka Wróbel, a.wrobel@slaskiemedia.example",
                    ],
                },
            )
        ],
    ),
    c(
        "do019-hungarian-pdf-igen-nem",
        "Hungarian agency; PDF letter with a table whose answer column says IGEN (XML) and NEM "
        "(filming); the contact written surname first as Hungarians do",
        Style.FORM,
        L(
            [FEED],
            "Pannon Hírügynökség Kft.",
            None,
            None,
            ["192.0.2.211"],
            ["192.0.2.219"],
            "Kovács Dóra",
            "kovacs.dora@pannonhir.example",
            "+3615550182",
        ),
        sender="Kovács Dóra <kovacs.dora@pannonhir.example>",
        subject="Kérelem - XML választási eredmények / žádost",
        headers=OUTLOOK,
        body="Tisztelt Hölgyem/Uram!\n\nMellékelten küldöm kérelmünket.\n\nÜdvözlettel:\n"
        "Kovács Dóra\nPannon Hírügynökség Kft.\n",
        attachments=[
            (
                "di-pdf",
                "kerelem_CSU.pdf",
                {
                    "header": "Pannon Hírügynökség Kft.\n1054 Budapest, Báthory utca 12",
                    "blocks": [
                        "Kérelem a választási eredmények XML-hozzáféréséhez",
                        {
                            "rows": [
                                ["Kérés", "Válasz"],
                                ["XML-hozzáférés", "IGEN"],
                                ["Forgatás a gyűjtőhelyen", "NEM"],
                                ["Éles IP-cím", "192.0.2.211"],
                                ["Teszt IP-cím", "192.0.2.219"],
                                ["Kapcsolattartó", "Kovács Dóra"],
                                ["E-mail", "kovacs.dora@pannonhir.example"],
                                ["Telefon", "+36 1 555 0182"],
                            ],
                            "widths": [170, 290],
                            "head": True,
                        },
                    ],
                },
            )
        ],
    ),
    c(
        "do020-xlsx-hidden-sheet-last-year",
        "base64 mail from Evolution; the workbook's visible sheet holds this year's addresses, "
        "a hidden sheet 'Volby 2024' last year's (other addresses, another contact)",
        Style.TABLE,
        L(
            [FEED],
            "Kladenský expres s.r.o.",
            B7,
            None,
            ["203.0.113.181", "203.0.113.182"],
            ["203.0.113.189"],
            "Veronika Šustrová",
            "sustrova@kladenskyexpres.example",
            "+420312663508",
        ),
        sender="Veronika Šustrová <sustrova@kladenskyexpres.example>",
        subject="Kladenský expres: přístup k výsledkům voleb",
        headers=EVOLUTION,
        cte="base64",
        body="Dobrý den,\n\nžádáme o přístup k XML výsledkům, údaje jsou v tabulce.\n\n"
        "Veronika Šustrová, IT\nKladenský expres s.r.o., IČO " + B7 + "\ntel. 312 663 508\n",
        attachments=[
            (
                "do-xlsx",
                "KE_IP_adresy.xlsx",
                [
                    {
                        "title": "Volby 2025",
                        "rows": [
                            ["Adresa", "Určení"],
                            ["203.0.113.181", "produkční"],
                            ["203.0.113.182", "produkční"],
                            ["203.0.113.189", "testovací"],
                            ["Kontakt", "Veronika Šustrová, sustrova@kladenskyexpres.example"],
                        ],
                    },
                    {
                        "title": "Volby 2024",
                        "hidden": True,
                        "rows": [
                            ["Adresa", "Určení"],
                            ["203.0.113.150", "produkční"],
                            ["203.0.113.151", "testovací"],
                            ["Kontakt", "Josef Malina, malina@kladenskyexpres.example"],
                        ],
                    },
                ],
            )
        ],
    ),
    c(
        "do021-databox-pdf-checkboxes-both",
        "data message; PDF form with ☑ at both requests, the filming part with a crew list; "
        "a switchboard after the contact's mobile",
        Style.DATABOX,
        L(
            [FEED, FILM],
            "Moravskoslezská televize a.s.",
            B8,
            "ms2tv9p",
            ["198.51.100.225", "198.51.100.226"],
            ["198.51.100.229"],
            "Hana Dvořáková",
            "dvorakova@mstv.example",
            "+420737552180",
        ),
        databox=box("ms2tv9p", "Moravskoslezská televize a.s.", "Dlouhá 10, 702 00 Ostrava"),
        subject="Žádost o přístup k XML výsledkům a o povolení natáčení – volby 2025",
        attachments=[
            (
                "pdf",
                "MSTV_zadost.pdf",
                [
                    "Moravskoslezská televize a.s., Dlouhá 10, 702 00 Ostrava, IČO " + B8,
                    "☑ přístup k průběžným výsledkům (XML)",
                    "☑ natáčení na sběrném místě Ostrava",
                    {
                        "rows": [
                            ["Produkční IP", "198.51.100.225, 198.51.100.226"],
                            ["Testovací IP", "198.51.100.229"],
                            ["Kontaktní osoba", "Hana Dvořáková"],
                            ["E-mail", "dvorakova@mstv.example"],
                            ["Telefon", "mobil 737 552 180, ústředna 596 100 100"],
                            ["Štáb", "Lukáš Polák (kamera), Iva Bednářová (redaktorka)"],
                        ],
                        "widths": [120, 340],
                    },
                ],
            )
        ],
    ),
    c(
        "do022-empty-mail-docx-merged-role-cell",
        "a mail with no text at all; DOCX table whose role cell 'Produkce' is merged down over "
        "two address rows and 'Test' over one; the company's details in the page header",
        Style.EMPTY,
        L(
            [FEED],
            "Příbramský týden s.r.o.",
            B9,
            None,
            ["192.0.2.101", "192.0.2.102"],
            ["192.0.2.109"],
            "Jan Kocourek",
            "kocourek@pribramskytyden.example",
            "+420318410275",
        ),
        sender="Jan Kocourek <kocourek@pribramskytyden.example>",
        subject="zadost",
        headers=K9,
        body="",
        attachments=[
            (
                "docx",
                "zadost_PT.docx",
                {
                    "header": "Příbramský týden s.r.o., nám. T. G. Masaryka 140, Příbram, IČO "
                    + B9,
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb (XML)",
                        {
                            "rows": [
                                ["Role", "IP adresa"],
                                ["Produkce", "192.0.2.101"],
                                ["", "192.0.2.102"],
                                ["Test", "192.0.2.109"],
                            ],
                            "merge": [(1, 0, 2, 0)],
                        },
                        "Kontakt: Jan Kocourek, kocourek@pribramskytyden.example, 318 410 275",
                    ],
                },
            )
        ],
    ),
    c(
        "do023-reply-quoting-office-ods",
        "reply to the office's acknowledgement that asked for the test address; the office's "
        "letter is quoted with its IČO, box and phone; the ODS attached has both roles",
        Style.REPLY,
        L(
            [FEED],
            "Liberecký zpravodaj, z.s.",
            B10,
            None,
            ["203.0.113.201"],
            ["203.0.113.202"],
            "Roman Hejduk",
            "hejduk@libereckyzpravodaj.example",
            "+420485102339",
        ),
        sender="Roman Hejduk <hejduk@libereckyzpravodaj.example>",
        subject="Re: Vaše žádost o přístup k XML",
        headers=ROUNDCUBE,
        body="Dobrý den,\n\nposílám tabulku i s testovací adresou.\n\nRoman Hejduk\n"
        "Liberecký zpravodaj, z.s., IČO " + B10 + "\ntel. 485 102 339\n\n"
        "Dne 10.09.2025 08:15, podatelna@czso.cz napsal(a):\n"
        "> Dobrý den, potvrzujeme přijetí žádosti. Uveďte prosím i testovací adresu,\n"
        "> případně napište, že testovat budete z produkce.\n> \n"
        "> Český statistický úřad, IČO 00025593, ID DS 2gfaasy\n> tel. 274 052 733\n",
        attachments=[
            (
                "di-ods",
                "adresy_LZ.ods",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Adresa", "Účel"],
                            ["203.0.113.201", "produkce"],
                            ["203.0.113.202", "test"],
                        ],
                    }
                ],
            )
        ],
    ),
    c(
        "do024-databox-annotation-withdraws-feed",
        "data message: the attached DOCX form ticks feed and filming with addresses, but the "
        "annotation says the XML request is withdrawn (they have it through an agency): filming "
        "only, no addresses",
        Style.DATABOX,
        L(
            [FILM],
            "Rádio Blaník Jih s.r.o.",
            B11,
            "rb8jh3c",
            [],
            [],
            "Šárka Pokorná",
            "pokorna@blanikjih.example",
            "+420725330981",
        ),
        databox=box("rb8jh3c", "Rádio Blaník Jih s.r.o.", "Lannova 5, 370 01 České Budějovice"),
        subject="Žádost – natáčení. Žádost o přístup k XML v přiloženém formuláři beru zpět, "
        "data dostaneme přes agenturu; platí jen natáčení.",
        attachments=[
            (
                "docx",
                "formular_RBJ.docx",
                {
                    "blocks": [
                        "Rádio Blaník Jih s.r.o., IČO " + B11,
                        "☒ přístup k XML výsledkům",
                        "☒ natáčení / pořízení zvukového záznamu na sběrném místě",
                        {
                            "rows": [
                                ["Produkční IP", "192.0.2.231"],
                                ["Testovací IP", "192.0.2.239"],
                                ["Kontaktní osoba", "Šárka Pokorná"],
                                ["E-mail", "pokorna@blanikjih.example"],
                                ["Telefon", "725 330 981"],
                            ]
                        },
                    ]
                },
            )
        ],
    ),
    c(
        "do025-slovak-pdf-letter-iso-8859-2",
        "Slovak publisher; ISO-8859-2 mail; PDF letter with letterhead and footer carrying the "
        "IČO; Slovak phone; one IPv6 production address",
        Style.LETTER,
        L(
            [FEED],
            "Záhorské noviny, s.r.o.",
            B12,
            None,
            ["192.0.2.171", "2001:db8:5e::171"],
            ["192.0.2.179"],
            "Michal Šebo",
            "sebo@zahorskenoviny.example",
            "+421905448216",
        ),
        sender="Michal Šebo <sebo@zahorskenoviny.example>",
        subject="Žiadosť o prístup k výsledkom volieb",
        headers=MAILSPRING,
        charset="iso-8859-2",
        cte="qp",
        body="Dobrý deň,\n\nv prílohe posielam žiadosť nášho vydavateľstva o prístup k XML "
        "výsledkom volieb.\n\nS pozdravom\nMichal Šebo\n",
        attachments=[
            (
                "di-pdf",
                "ziadost_ZN.pdf",
                {
                    "header": "Záhorské noviny, s.r.o.\nNámestie slobody 4, 901 01 Malacky",
                    "footer": "Záhorské noviny, s.r.o. · IČO " + B12 + " · zapísaná v OR "
                    "Okresného súdu Bratislava I",
                    "blocks": [
                        "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                        "Vec: žiadosť o prístup k priebežným výsledkom volieb (XML)",
                        "Žiadame o prístup k XML výsledkom volieb do Poslaneckej snemovne. "
                        "Produkčné adresy: 192.0.2.171 a 2001:db8:5e::171; testovacia adresa: "
                        "192.0.2.179.",
                        "Kontaktná osoba: Michal Šebo, sebo@zahorskenoviny.example, "
                        "+421 905 448 216",
                        "V Malackách 9. 9. 2025\nMichal Šebo, konateľ",
                    ],
                },
            )
        ],
    ),
    c(
        "do026-csv-cover-changes-contact",
        "semicolon CSV (windows-1250) names a contact; the cover mail says he is on leave and "
        "names another contact with her phone",
        Style.CORRECTION,
        L(
            [FEED],
            "Jindřichohradecký týdeník s.r.o.",
            B13,
            None,
            ["198.51.100.51", "198.51.100.52"],
            [],
            "Simona Kolářová",
            "kolarova@jhtydenik.example",
            "+420608771045",
        ),
        sender="Simona Kolářová <kolarova@jhtydenik.example>",
        subject="Žádost o XML – JH týdeník",
        headers=IPHONE,
        body="Dobrý den,\nposílám žádost v CSV. Kolega Petr Vlček uvedený v souboru je od "
        "příštího týdne na dovolené, kontaktní osobou proto budu já – Simona Kolářová, "
        "tel. 608 771 045.\nDěkuji\n\nOdesláno z iPhonu\n",
        attachments=[
            (
                "dl-csv",
                "zadost_JHT.csv",
                [
                    ["Položka", "Hodnota", "Poznámka"],
                    ["Organizace", "Jindřichohradecký týdeník s.r.o.", ""],
                    ["IČO", B13, ""],
                    ["IP", "198.51.100.51", "produkce"],
                    ["IP", "198.51.100.52", "produkce"],
                    ["Kontakt", "Petr Vlček", "vlcek@jhtydenik.example; 384 361 220"],
                ],
            )
        ],
    ),
    c(
        "do027-databox-town-filming-docx",
        "data message from a town's box (public authority, type 10) for its municipal TV: "
        "filming at the collection point only; DOCX letter with the town's IČO in the footer",
        Style.DATABOX,
        L(
            [FILM],
            "Město Hranice",
            B14,
            "hm4qe7u",
            [],
            [],
            "Petra Lišková",
            "liskova@mesto-hranice.example",
            "+420581828115",
        ),
        databox=box("hm4qe7u", "Město Hranice", "Pernštejnské nám. 1, 753 01 Hranice", kind=10),
        subject="Žádost o povolení natáčení – Hranická televize",
        attachments=[
            (
                "docx",
                "zadost_natáčení.docx",
                {
                    "footer": "Město Hranice · Pernštejnské nám. 1 · IČO " + B14 + " · "
                    "ID DS hm4qe7u",
                    "blocks": [
                        "Město Hranice – odbor kanceláře starosty",
                        "Žádost o povolení natáčení",
                        "Pro zpravodajství Hranické televize (provozuje město) žádáme o "
                        "povolení natáčet na sběrném místě v Olomouci během sčítání hlasů.",
                        "Kontaktní osoba: Petra Lišková, tisková mluvčí, "
                        "liskova@mesto-hranice.example, tel. 581 828 115",
                        "Bc. Petra Lišková",
                    ],
                },
            )
        ],
    ),
    c(
        "do028-forward-inline-with-xlsx",
        "an inline forward (multipart/alternative) of the firm's IT mail with its workbook; the "
        "forwarding marketing manager is not the contact, the technician in the workbook is",
        Style.FORWARD,
        L(
            [FEED],
            "Mladoboleslavský deník a.s.",
            None,
            None,
            ["198.18.33.5", "198.18.33.6"],
            ["198.18.33.9"],
            "David Růžička",
            "ruzicka@mbdenik.example",
            "+420326711908",
        ),
        sender="Alena Fialová <fialova@mbdenik.example>",
        subject="FW: XML výsledky – podklady",
        headers=OUTLOOK,
        body="Dobrý den, přeposílám podklady od našeho IT – žádáme o přístup k XML "
        "výsledkům voleb.\nA. Fialová, marketing\n\n"
        "From: David Růžička <ruzicka@mbdenik.example>\nSent: Monday, September 8, 2025 "
        "14:20\nTo: Alena Fialová\nSubject: XML výsledky – podklady\n\n"
        "Ahoj, adresy a můj kontakt jsou v tabulce. D.\n",
        html="<p>Dobrý den, přeposílám podklady od našeho IT – žádáme o přístup k XML výsledkům "
        "voleb.<br>A. Fialová, marketing</p><hr><p><b>From:</b> David Růžička "
        "&lt;ruzicka@mbdenik.example&gt;<br><b>Sent:</b> Monday, September 8, 2025 14:20<br>"
        "<b>To:</b> Alena Fialová<br><b>Subject:</b> XML výsledky – podklady</p>"
        "<p>Ahoj, adresy a můj kontakt jsou v tabulce. D.</p>",
        attachments=[
            (
                "xlsx",
                "MBD_CSU.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["", "Produkce", "Test"],
                            ["IP 1", "198.18.33.5", "198.18.33.9"],
                            ["IP 2", "198.18.33.6", ""],
                            [],
                            ["Žadatel", "Mladoboleslavský deník a.s."],
                            ["Kontakt", "David Růžička"],
                            ["E-mail", "ruzicka@mbdenik.example"],
                            ["Telefon", "326 711 908"],
                        ],
                    }
                ],
            )
        ],
    ),
]
