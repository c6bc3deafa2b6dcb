"""Sixteenth held-out part ``jb``, cases jb029–jb042: forwards with attachments, Outlook mails
with forms, nested tables, data boxes whose annotation says more than the document, and plain
notes. Written by hand apart from the extraction rules (never tune against them)."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

CASES: list[dict[str, Any]] = [
    {
        "id": "jb029-forward-from-boss-docx",
        "description": "editor forwards a colleague's mail with a DOCX; the contact is the colleague in the DOCX",
        "style": "forward",
        "from": "Šéfredaktor Večerník Praha <sefredaktor@vecernik-praha.example>",
        "subject": "Fwd: podklady pro ČSÚ",
        "body": (
            "Posílám dál, žádost je v příloze.\nVít Hájek\n\n"
            "---------- Forwarded message ---------\n"
            "From: Monika Roubalová <roubalova@vecernik-praha.example>\n"
            "Subject: podklady pro ČSÚ\n\n"
            "Víťo, formulář je hotový, můžeš to poslat na statistický úřad.\nM.\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_vecernik.docx",
                {
                    "blocks": [
                        {
                            "rows": [
                                ["Žadatel", "Večerník Praha a.s."],
                                ["IČO", "29033187"],
                                ["Požadujeme", "přístup k XML výsledkům voleb"],
                            ]
                        },
                        {
                            "rows": [
                                ["IP adresy", ""],
                                ["", ""],
                            ],
                            "nested": {
                                (1, 0): {
                                    "rows": [["produkce"], ["198.51.100.222"], ["198.51.100.223"]]
                                },
                                (1, 1): {"rows": [["test"], ["198.51.100.229"]]},
                            },
                        },
                        "Kontaktní osoba: Monika Roubalová, roubalova@vecernik-praha.example, "
                        "tel. 222 913 487",
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Večerník Praha a.s.",
            "29033187",
            None,
            ["198.51.100.222", "198.51.100.223"],
            ["198.51.100.229"],
            "Monika Roubalová",
            "roubalova@vecernik-praha.example",
            "+420222913487",
        ),
    },
    {
        "id": "jb030-outlook-inline-no-attachment",
        "description": "Outlook mail with everything inline, IPv6 test address, signature with two phones",
        "style": "outlook",
        "from": '"Burian, Stanislav" <stanislav.burian@rozhlas-jm.example>',
        "subject": "Přístup k XML - volby 2026",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Dobrý den,\n\nRozhlas Jižní Morava, s.r.o. žádá o přístup k XML datům.\n"
            "Ostrý provoz: 192.0.2.14\nTestovací provoz: 2001:db8:10::14\n\n"
            "S pozdravem\n\nStanislav Burian\nvedoucí techniky\n"
            "Rozhlas Jižní Morava, s.r.o. | IČO 07334052\n"
            "M: +420 603 771 092 | T: +420 543 100 100 (ústředna)\n"
        ),
        "labels": L(
            FEED,
            "Rozhlas Jižní Morava, s.r.o.",
            "07334052",
            None,
            ["192.0.2.14"],
            ["2001:db8:10::14"],
            "Stanislav Burian",
            "stanislav.burian@rozhlas-jm.example",
            "+420603771092",
        ),
    },
    {
        "id": "jb031-databox-annotation-amends-doc",
        "description": "data-box PDF gives two production addresses; a TXT note added later replaces one",
        "style": "databox",
        "databox": {"box": "p4ke7sa", "sender": "Deník Pardubicko s.r.o.", "address": "Pardubice"},
        "subject": "Žádost o přístup k XML + oprava adresy",
        "attachments": [
            (
                "pdf",
                "zadost.pdf",
                [
                    "Deník Pardubicko s.r.o., IČO 23778211",
                    "Žádáme o přístup k XML výsledkům voleb.",
                    "Produkční adresy: 203.0.113.50, 203.0.113.51",
                    "Kontakt: Ivana Tichá, ticha@denikpardubicko.example, 466 740 218",
                ],
            ),
            (
                "txt",
                "doplneni.txt",
                "Doplnění k žádosti: adresa 203.0.113.51 bude nahrazena adresou 203.0.113.58 "
                "(nový server). Ostatní údaje beze změny. I. Tichá\n",
            ),
        ],
        "labels": L(
            FEED,
            "Deník Pardubicko s.r.o.",
            "23778211",
            "p4ke7sa",
            ["203.0.113.50", "203.0.113.58"],
            [],
            "Ivana Tichá",
            "ticha@denikpardubicko.example",
            "+420466740218",
        ),
    },
    {
        "id": "jb032-english-docx-freelance-photographer",
        "description": "English DOCX from a foreign freelance photographer asking to photograph only",
        "style": "letter",
        "from": "Lucas Moreau <lucas.moreau@photomail.example>",
        "subject": "Request - permission to take photos at counting centre",
        "body": "Hello, my request is attached. Kind regards, Lucas Moreau\n",
        "attachments": [
            (
                "docx",
                "request_moreau.docx",
                {
                    "blocks": [
                        "Lucas Moreau – freelance photojournalist, Lyon (France)",
                        "I would like to ask for permission to take photographs at one of your "
                        "collection points on election night, for a reportage on Czech elections. "
                        "I do not need the XML data feed.",
                        "Phone: +33 6 12 48 90 57",
                        "E-mail: lucas.moreau@photomail.example",
                    ]
                },
            )
        ],
        "labels": L(
            FILM,
            "Lucas Moreau",
            None,
            None,
            [],
            [],
            "Lucas Moreau",
            "lucas.moreau@photomail.example",
            "+33612489057",
        ),
    },
    {
        "id": "jb033-xlsx-yes-no-columns-per-host",
        "description": "XLSX with one column per role marked x; the IČO in a second sheet",
        "style": "spreadsheet",
        "from": "Daniel Kopecký <kopecky@severoceskatv.example>",
        "subject": "Volby – přístup k datům, tabulka",
        "body": "Dobrý den,\nv tabulce jsou adresy i údaje o nás.\nDaniel Kopecký, 417 530 664\n",
        "attachments": [
            (
                "xlsx",
                "zadost.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["IP adresa", "ostrá", "testovací"],
                            ["198.18.44.10", "x", ""],
                            ["198.18.44.11", "x", ""],
                            ["198.18.44.12", "", "x"],
                            ["198.18.44.13", "", "x"],
                        ],
                    },
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Severočeská televize, a.s."],
                            ["IČO", "45681198"],
                            ["Požadavek", "přístup k XML výsledkům voleb"],
                            ["Kontakt", "Daniel Kopecký"],
                            ["E-mail", "kopecky@severoceskatv.example"],
                        ],
                    },
                ],
            )
        ],
        "labels": L(
            FEED,
            "Severočeská televize, a.s.",
            "45681198",
            None,
            ["198.18.44.10", "198.18.44.11"],
            ["198.18.44.12", "198.18.44.13"],
            "Daniel Kopecký",
            "kopecky@severoceskatv.example",
            "+420417530664",
        ),
    },
    {
        "id": "jb034-cover-note-says-little-odt",
        "description": "two-word cover note, everything in an ODT letter from a municipal newsroom",
        "style": "cover-note",
        "from": "radnice@mesto-brezno.example",
        "subject": "žádost",
        "body": "viz příloha\n",
        "attachments": [
            (
                "odt",
                "zadost_mesto.odt",
                [
                    "Město Březno, Náměstí 1, IČO: 00264512",
                    "Redakce Březenského zpravodaje žádá o přístup k XML výsledkům voleb pro "
                    "městský web.",
                    "Server: 192.0.2.250 (ostrý). Testovací server nepoužíváme.",
                    "Vyřizuje: Dagmar Pešková, peskova@mesto-brezno.example, tel.: 474 360 218",
                    "Ing. Josef Kučera, starosta",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Město Březno",
            "00264512",
            None,
            ["192.0.2.250"],
            [],
            "Dagmar Pešková",
            "peskova@mesto-brezno.example",
            "+420474360218",
        ),
    },
    {
        "id": "jb035-pdf-cidr-29-too-big-reduced",
        "description": "PDF lists a /29, the cover note narrows it to a /30 to stay within five",
        "style": "cover-note",
        "from": "Martina Holubová <holubova@datajournal.example>",
        "subject": "Žádost o přístup k XML – upřesnění rozsahu",
        "body": (
            "Dobrý den,\n\nv přiloženém PDF jsme uvedli blok 203.0.113.96/29, což je víc než "
            "povolených pět adres. Prosím zapište místo něj jen 203.0.113.96/30. Testovací adresu "
            "v PDF ponechte.\n\nMartina Holubová\nDataJournal, z. s.\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_datajournal.pdf",
                [
                    "DataJournal, z. s., IČO 25780433",
                    "Žádost o přístup k XML výstupům výsledků voleb",
                    "Produkční blok: 203.0.113.96/29",
                    "Testovací adresa: 198.51.100.99",
                    "Kontakt: Martina Holubová, holubova@datajournal.example, +420 776 902 115",
                ],
            )
        ],
        "labels": L(
            FEED,
            "DataJournal, z. s.",
            "25780433",
            None,
            ["203.0.113.96", "203.0.113.97", "203.0.113.98", "203.0.113.99"],
            ["198.51.100.99"],
            "Martina Holubová",
            "holubova@datajournal.example",
            "+420776902115",
        ),
    },
    {
        "id": "jb036-databox-ngo-filming-and-feed",
        "description": "data-box message from an association, DOCX with both requests and a data-box ID in the signature",
        "style": "databox",
        "databox": {"box": "h6tu3rb", "sender": "Volební monitor, z.s.", "address": "Praha 2"},
        "subject": "Žádost – přístup k datům a záznam",
        "attachments": [
            (
                "docx",
                "zadost.docx",
                {
                    "blocks": [
                        "Volební monitor, z.s., IČO 07845219",
                        "Žádáme o přístup k XML výsledkům voleb (produkce 198.51.100.171, "
                        "198.51.100.172; test 198.51.100.179) a o povolení pořídit videozáznam na "
                        "sběrném místě v Praze.",
                        "Kontaktní osoba: Pavla Machová, machova@volebnimonitor.example, 734 218 650",
                        "Datová schránka: h6tu3rb",
                    ]
                },
            )
        ],
        "labels": L(
            BOTH,
            "Volební monitor, z.s.",
            "07845219",
            "h6tu3rb",
            ["198.51.100.171", "198.51.100.172"],
            ["198.51.100.179"],
            "Pavla Machová",
            "machova@volebnimonitor.example",
            "+420734218650",
        ),
    },
    {
        "id": "jb037-rtf-table-slovak-agency",
        "description": "RTF with a table, Slovak agency, production and test rows, phone with 00421",
        "style": "letter",
        "from": "Peter Horváth <horvath@sema-agentura.example>",
        "subject": "Žiadosť o XML výstupy",
        "body": "Dobrý deň, posielam žiadosť. S pozdravom Peter Horváth\n",
        "attachments": [
            (
                "rtf",
                "ziadost.rtf",
                [
                    "Stredoeurópska mediálna agentúra, a. s., Bratislava",
                    "Žiadame o prístup k XML výsledkom českých volieb.",
                    [
                        ["Typ", "IP adresa"],
                        ["produkcia", "192.0.2.36"],
                        ["produkcia", "192.0.2.37"],
                        ["test", "192.0.2.38"],
                    ],
                    "Kontakt: Peter Horváth, horvath@sema-agentura.example, 00421 903 551 028",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Stredoeurópska mediálna agentúra, a. s.",
            None,
            None,
            ["192.0.2.36", "192.0.2.37"],
            ["192.0.2.38"],
            "Peter Horváth",
            "horvath@sema-agentura.example",
            "+421903551028",
        ),
    },
    {
        "id": "jb038-docx-header-footer-ids",
        "description": "DOCX: IČO only in the page footer, addresses in the body, signer and contact differ",
        "style": "letter",
        "from": "Asistentka <asistentka@kulturnirevue.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "body": "Dobrý den,\nna pokyn pana ředitele zasílám žádost.\nS pozdravem\nAsistentka ředitele\n",
        "attachments": [
            (
                "docx",
                "zadost_kr.docx",
                {
                    "header": "KULTURNÍ REVUE",
                    "footer": "Kulturní revue, o.p.s. · IČ 42199069 · Vinohradská 40, Praha 2",
                    "blocks": [
                        "Vážení,",
                        "obracíme se na Vás s žádostí o přístup k XML souborům s výsledky voleb. "
                        "Náš web poběží z adresy 203.0.113.140 (ostrá), testy z 203.0.113.141.",
                        "Kontaktní osobou pro tuto žádost je náš správce webu Adam Růžička, ruzicka@kulturnirevue.example, +420 608 330 417.",
                        "S pozdravem\nPhDr. Irena Malá, ředitelka",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Kulturní revue, o.p.s.",
            "42199069",
            None,
            ["203.0.113.140"],
            ["203.0.113.141"],
            "Adam Růžička",
            "ruzicka@kulturnirevue.example",
            "+420608330417",
        ),
    },
    {
        "id": "jb039-txt-config-snippet",
        "description": "technician attaches a config-like TXT; netmask lines and a version string",
        "style": "txt",
        "from": "ops@streamlab.example",
        "subject": "volby xml - allowlist",
        "body": (
            "Zdar, posilam nase adresy pro allowlist ve formatu, jak je mame v konfiguraci.\n"
            "StreamLab s.r.o., ICO 06631746\nKontakt: Ondra Vlk, ops@streamlab.example, 775 120 936\n"
        ),
        "attachments": [
            (
                "txt",
                "allowlist.txt",
                "# StreamLab - hosty pro XML vysledky voleb (nginx 1.24.0)\n"
                "[production]\n"
                "ip = 198.18.9.20 netmask 255.255.255.252\n"
                "[test]\n"
                "ip = 198.18.9.30\n",
            )
        ],
        "labels": L(
            FEED,
            "StreamLab s.r.o.",
            "06631746",
            None,
            ["198.18.9.20", "198.18.9.21", "198.18.9.22", "198.18.9.23"],
            ["198.18.9.30"],
            "Ondra Vlk",
            "ops@streamlab.example",
            "+420775120936",
        ),
    },
    {
        "id": "jb040-databox-university-xlsx",
        "description": "data-box message from a university faculty, XLSX with an IPv6 production host",
        "style": "databox",
        "databox": {
            "box": "m2s8ycv",
            "sender": "Univerzita Jižní Čechy",
            "address": "České Budějovice",
        },
        "subject": "Přístup k XML výsledkům voleb – katedra žurnalistiky",
        "attachments": [
            (
                "xlsx",
                "hosty.xlsx",
                [
                    {
                        "title": "Přehled",
                        "rows": [
                            ["Žadatel", "Univerzita Jižní Čechy, IČO 28455304"],
                            ["Kontakt", "doc. Mgr. Jitka Šebestová, Ph.D."],
                            ["E-mail", "sebestova@ujc.example"],
                            ["Telefon", "389 032 611"],
                            ["", ""],
                            ["Server", "Role"],
                            ["2001:db8:cb::10", "produkční"],
                            ["198.51.100.80", "produkční"],
                            ["198.51.100.88", "testovací"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Univerzita Jižní Čechy",
            "28455304",
            "m2s8ycv",
            ["2001:db8:cb::10", "198.51.100.80"],
            ["198.51.100.88"],
            "Jitka Šebestová",
            "sebestova@ujc.example",
            "+420389032611",
        ),
    },
    {
        "id": "jb041-pdf-unticked-feed-film-only",
        "description": "PDF form: feed box left empty, filming ticked; addresses section left blank",
        "style": "form",
        "from": "Produkce Filmtrip <produkce@filmtrip.example>",
        "subject": "Žádost o povolení - natáčení",
        "body": "Dobrý den, přikládáme vyplněný formulář. Štěpán Novotný, produkce\n",
        "attachments": [
            (
                "pdf",
                "formular_filmtrip.pdf",
                [
                    "Žadatel: Filmtrip s.r.o., IČO 14066891",
                    {
                        "rows": [
                            ["☐", "přístup k XML výsledkům voleb"],
                            ["☑", "natáčení na sběrném místě"],
                        ],
                        "widths": [30, 250],
                    },
                    "IP adresy: ---",
                    "Kontaktní osoba: Štěpán Novotný, produkce@filmtrip.example, 602 931 445",
                ],
            )
        ],
        "labels": L(
            FILM,
            "Filmtrip s.r.o.",
            "14066891",
            None,
            [],
            [],
            "Štěpán Novotný",
            "produkce@filmtrip.example",
            "+420602931445",
        ),
    },
    {
        "id": "jb042-gmail-no-diacritics-odt-both",
        "description": "Czech without diacritics, freelancer with a trade licence IČO, ODT asking for both",
        "style": "odt",
        "from": "Radka Prochazkova <radka.prochazkova@mail.example>",
        "subject": "zadost volby",
        "body": "Dobry den, posilam zadost v ODT.\nRadka Prochazkova\n",
        "attachments": [
            (
                "odt",
                "zadost.odt",
                [
                    "Radka Prochazkova, OSVC, ICO 09912576",
                    "Zadam o pristup k XML datum a zaroven o povoleni natacet na sbernem miste "
                    "v Jihlave (video pro muj kanal).",
                    [
                        ["produkcni", "192.0.2.120"],
                        ["testovaci", "192.0.2.121"],
                    ],
                    "tel. +420 (739) 118 206, radka.prochazkova@mail.example",
                ],
            )
        ],
        "labels": L(
            BOTH,
            "Radka Prochazkova",
            "09912576",
            None,
            ["192.0.2.120"],
            ["192.0.2.121"],
            "Radka Prochazkova",
            "radka.prochazkova@mail.example",
            "+420739118206",
        ),
    },
]
