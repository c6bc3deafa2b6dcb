"""Ninth held-out part, prefix ``w``, cases w001–w014: attachments, forms and data-box
messages, written by hand apart from the extraction rules (never tune against them)."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

ICO_JML = ico("2793105")
ICO_RZP = ico("0471266")
ICO_TVB = ico("2689934")
ICO_UNI = ico("0021622")
ICO_OBC = ico("0029630")
ICO_KRP = ico("4851077")
ICO_DGN = ico("0635402")
ICO_RTS = ico("2531884")
ICO_DKF = ico("0714923")
ICO_RJH = ico("2606647")
ICO_EKT = ico("4519336")

CASES: list[dict[str, Any]] = [
    {
        "id": "w001-databox-docx-form-ticks",
        "description": "data message whose DOCX form ticks the feed and leaves filming unticked",
        "style": "databox-message",
        "databox": {"box": "jm4lst2", "sender": "Jihomoravské listy a.s.", "address": "Brno"},
        "subject": "Žádost - přístup k volebním datům",
        "attachments": [
            (
                "docx",
                "formular_zadost.docx",
                {
                    "header": "Jihomoravské listy a.s. | Kounicova 12, 602 00 Brno",
                    "blocks": [
                        "ŽÁDOST O ZPŘÍSTUPNĚNÍ VÝSLEDKŮ VOLEB",
                        {
                            "rows": [
                                ["Žadatel", "Jihomoravské listy a.s."],
                                ["IČO", ICO_JML],
                                [
                                    "Předmět žádosti",
                                    "☒ přístup k XML výsledkům\n☐ natáčení ve sběrném místě",
                                ],
                                ["Ostré IP adresy", "198.51.100.34\n198.51.100.35"],
                                ["Testovací IP adresa", "203.0.113.90"],
                                ["Kontaktní osoba", "Ing. Radka Šimková"],
                                ["E-mail", "simkova@jmlisty.example"],
                                ["Telefon", "+420 543 210 987"],
                            ]
                        },
                        "V Brně dne 3. 9. 2025",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Jihomoravské listy a.s.",
            ICO_JML,
            "jm4lst2",
            ["198.51.100.34", "198.51.100.35"],
            ["203.0.113.90"],
            "Radka Šimková",
            "simkova@jmlisty.example",
            "+420543210987",
        ),
    },
    {
        "id": "w002-cover-note-says-little-pdf-letter",
        "description": "two-line cover mail, the whole application is a PDF letter with a table",
        "style": "attachment",
        "from": "Petr Kolář <kolar@radiozapad.example>",
        "subject": "zadost",
        "body": "Dobrý den, v příloze posílám žádost.\nKolář\n",
        "attachments": [
            (
                "pdf",
                "zadost_RZ.pdf",
                [
                    "Rádio Západ, s.r.o.<br/>Klatovská 88, 301 00 Plzeň<br/>IČ: " + ICO_RZP,
                    "Věc: žádost o přístup k datové službě výsledků voleb",
                    "Vážení, tímto žádáme o zpřístupnění XML výstupů výsledků voleb pro náš"
                    " zpravodajský web. Servery, ze kterých se budeme připojovat:",
                    {
                        "rows": [
                            ["Účel", "Adresa"],
                            ["produkce", "192.0.2.140"],
                            ["produkce (záloha)", "192.0.2.141"],
                            ["test", "192.0.2.200"],
                        ],
                        "widths": [120, 160],
                    },
                    "Kontakt pro technické záležitosti: Petr Kolář, vedoucí IT,"
                    " tel. 377 441 902, kolar@radiozapad.example",
                    "S pozdravem<br/>Mgr. Jana Hrubá, jednatelka",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Rádio Západ, s.r.o.",
            ICO_RZP,
            None,
            ["192.0.2.140", "192.0.2.141"],
            ["192.0.2.200"],
            "Petr Kolář",
            "kolar@radiozapad.example",
            "+420377441902",
        ),
    },
    {
        "id": "w003-xlsx-two-sheets-hosts",
        "description": "XLSX with a sheet of production hosts and a second sheet of test hosts",
        "style": "attachment",
        "from": "Tomáš Beneš <benes@tvbeskydy.example>",
        "subject": "Volby 2025 - IP adresy pro feed",
        "body": (
            "Dobry den,\n\nzadame o pristup k XML vysledkum voleb pro TV Beskydy s.r.o."
            f" (ICO {ICO_TVB}).\nAdresy nasich serveru jsou v tabulce v priloze, list Produkce"
            " a list Test.\n\nTomas Benes\nTV Beskydy s.r.o.\nmob. 731 552 118\n"
        ),
        "attachments": [
            (
                "xlsx",
                "ip_adresy.xlsx",
                [
                    {
                        "title": "Produkce",
                        "rows": [
                            ["hostname", "IP", "poznámka"],
                            ["web1.tvbeskydy", "203.0.113.21", "hlavní"],
                            ["web2.tvbeskydy", "203.0.113.22", "hlavní"],
                            ["dr.tvbeskydy", "198.18.4.7", "záložní lokalita"],
                        ],
                    },
                    {
                        "title": "Test",
                        "rows": [["hostname", "IP"], ["stage.tvbeskydy", "203.0.113.60"]],
                    },
                ],
            )
        ],
        "labels": L(
            FEED,
            "TV Beskydy s.r.o.",
            ICO_TVB,
            None,
            ["203.0.113.21", "203.0.113.22", "198.18.4.7"],
            ["203.0.113.60"],
            "Tomáš Beneš",
            "benes@tvbeskydy.example",
            "+420731552118",
        ),
    },
    {
        "id": "w004-university-odt-cidr",
        "description": "university lab in an ODT letter, production as a /30, no test address",
        "style": "attachment",
        "from": "Lenka Vojtíšková <vojtiskova@fsv.uni-morava.example>",
        "subject": "Žádost o přístup – Laboratoř datové žurnalistiky",
        "body": (
            "Dobrý den,\n\nposílám žádost naší laboratoře ve formátu ODT. Podepsanou verzi"
            " doručíme datovou schránkou, pokud bude potřeba.\n\nL. Vojtíšková\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_lab.odt",
                [
                    "Moravská univerzita, Fakulta sociálních věd",
                    f"IČO: {ICO_UNI}, veřejná vysoká škola",
                    "Žádáme o přístup k průběžným výsledkům voleb ve formátu XML pro studentský"
                    " zpravodajský projekt Volební noc 2025.",
                    "Náš server je v rozsahu 198.51.100.72/30 (všechny čtyři adresy pro ostrý"
                    " provoz). Testovací prostředí nemáme.",
                    "Kontaktní osoba: Mgr. Lenka Vojtíšková, Ph.D., tel. 549 49 1234,"
                    " e-mail vojtiskova@fsv.uni-morava.example",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Moravská univerzita",
            ICO_UNI,
            None,
            ["198.51.100.72", "198.51.100.73", "198.51.100.74", "198.51.100.75"],
            [],
            "Lenka Vojtíšková",
            "vojtiskova@fsv.uni-morava.example",
            "+420549491234",
        ),
    },
    {
        "id": "w005-databox-annotation-only-municipal",
        "description": "municipal newsroom data message: the request only in the annotation, a TXT"
        " cover note gives the contact",
        "style": "databox-message",
        "databox": {
            "box": "ob7kx3m",
            "sender": "Město Kralovice",
            "address": "Kralovice",
            "type": 10,
        },
        "subject": "Zpravodaj Kralovice: přístup k XML výsledkům, IP 198.51.100.9",
        "attachments": [
            (
                "txt",
                "pruvodni.txt",
                (
                    "Dobrý den,\nžádost je v předmětu zprávy.\n"
                    "Vyřizuje Bc. Jitka Horká, redakce Zpravodaje, tel. 373 396 120,"
                    " horka@kralovice.example\n"
                ),
            )
        ],
        "labels": L(
            FEED,
            "Město Kralovice",
            None,
            "ob7kx3m",
            ["198.51.100.9"],
            [],
            "Jitka Horká",
            "horka@kralovice.example",
            "+420373396120",
        ),
    },
    {
        "id": "w006-rtf-form-both-requests",
        "description": "RTF form table asking for both the feed and filming, roles by column",
        "style": "form-checkboxes",
        "from": "Redakce Krajský portál <redakce@krajportal.example>",
        "subject": "Formulář - volby",
        "body": "Zasíláme vyplněný formulář.\n\nRedakce Krajský portál\n",
        "attachments": [
            (
                "rtf",
                "formular.rtf",
                [
                    "Žádost o poskytnutí dat a povolení natáčení",
                    [
                        ["Položka", "Vyplní žadatel"],
                        ["Název organizace", "Krajský portál, z.s."],
                        ["IČ", ICO_KRP],
                        ["Přístup k XML [ANO/NE]", "ANO"],
                        ["Natáčení ve sběrném místě [ANO/NE]", "ANO"],
                        ["IP produkční", "203.0.113.150, 203.0.113.151"],
                        ["IP testovací", "—"],
                        ["Kontakt", "Bc. Ondřej Malina, malina@krajportal.example"],
                        ["Telefon", "00420 605 118 440"],
                    ],
                    "Natáčet by chtěl náš kameraman Jiří Kos ve sběrném místě v Hradci Králové.",
                ],
            )
        ],
        "labels": L(
            BOTH,
            "Krajský portál, z.s.",
            ICO_KRP,
            None,
            ["203.0.113.150", "203.0.113.151"],
            [],
            "Ondřej Malina",
            "malina@krajportal.example",
            "+420605118440",
        ),
    },
    {
        "id": "w007-cover-note-corrects-docx",
        "description": "cover note replaces the DOCX's test address with a new one",
        "style": "correction",
        "from": "Hana Procházková <prochazkova@denikdagon.example>",
        "subject": "Re: žádost o přístup k výsledkům",
        "body": (
            "Dobrý den,\n\nv příloze je naše žádost. Jen jedna oprava: testovací adresa"
            " uvedená ve formuláři (192.0.2.77) už neplatí, testovací server jsme přestěhovali"
            " na 192.0.2.78. Produkční adresy platí tak, jak jsou.\n\nDěkuji,\nHana Procházková\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_dagon.docx",
                {
                    "blocks": [
                        "Deník Dagon s.r.o., IČO " + ICO_DGN,
                        "Žádáme o přístup k výsledkům voleb (XML).",
                        {
                            "rows": [
                                ["Prostředí", "IP adresa"],
                                ["Produkční", "192.0.2.10"],
                                ["Produkční", "192.0.2.11"],
                                ["Testovací", "192.0.2.77"],
                            ]
                        },
                        "Kontakt: Hana Procházková, tel. 602 334 556",
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Deník Dagon s.r.o.",
            ICO_DGN,
            None,
            ["192.0.2.10", "192.0.2.11"],
            ["192.0.2.78"],
            "Hana Procházková",
            "prochazkova@denikdagon.example",
            "+420602334556",
        ),
    },
    {
        "id": "w008-english-foreign-pdf-ipv6",
        "description": "foreign broadcaster without IČO, PDF letter with IPv6 and IPv4",
        "style": "english",
        "from": "Martina Keller <m.keller@alpenfunk.example>",
        "subject": "Application: access to Czech election results feed",
        "body": (
            "Dear Sir or Madam,\n\nplease find attached our application for access to the"
            " election results XML service. Do not hesitate to contact me with any questions.\n\n"
            "Kind regards\nMartina Keller\n"
        ),
        "attachments": [
            (
                "pdf",
                "Alpenfunk_application.pdf",
                [
                    "Alpenfunk Medien GmbH<br/>Mariahilfer Straße 40, 1070 Wien, Austria",
                    "Application for access to the election results XML feed",
                    "We would like to receive the results of the Czech parliamentary elections"
                    " for our live blog. Our production systems connect from:",
                    {
                        "rows": [
                            ["Production", "2001:db8:4a1::10<br/>198.51.100.201"],
                            ["Testing", "2001:db8:4a1::99"],
                        ],
                        "widths": [100, 200],
                    },
                    "Contact: Martina Keller, Head of Data Desk, +43 1 588 20 415,"
                    " m.keller@alpenfunk.example",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Alpenfunk Medien GmbH",
            None,
            None,
            ["2001:db8:4a1::10", "198.51.100.201"],
            ["2001:db8:4a1::99"],
            "Martina Keller",
            "m.keller@alpenfunk.example",
            "+43158820415",
        ),
    },
    {
        "id": "w009-txt-attachment-terse-tech",
        "description": "terse technician, a TXT attachment with labelled lines and a netmask",
        "style": "attachment",
        "from": "noc@obcanskenoviny.example",
        "subject": "feed access",
        "body": "viz priloha\n",
        "attachments": [
            (
                "txt",
                "pristup.txt",
                (
                    "Organizace: Občanské noviny, o.p.s.\n"
                    f"ICO: {ICO_OBC}\n"
                    "Pozadavek: pristup k XML vysledkum voleb\n"
                    "PROD: 203.0.113.232 255.255.255.252\n"
                    "TEST: 203.0.113.240\n"
                    "Kontakt: Vit Sedlacek, noc@obcanskenoviny.example, 222 333 014\n"
                ),
            )
        ],
        "labels": L(
            FEED,
            "Občanské noviny, o.p.s.",
            ICO_OBC,
            None,
            ["203.0.113.232", "203.0.113.233", "203.0.113.234", "203.0.113.235"],
            ["203.0.113.240"],
            "Vit Sedlacek",
            "noc@obcanskenoviny.example",
            "+420222333014",
        ),
    },
    {
        "id": "w010-databox-pdf-letterhead-office-ids",
        "description": "data message with a PDF letter that also prints the office's IČO and box",
        "style": "databox-message",
        "databox": {
            "box": "tv8rs2n",
            "sender": "Regionální televize Sever a.s.",
            "address": "Liberec",
        },
        "subject": "Žádost o zpřístupnění výsledků voleb",
        "attachments": [
            (
                "pdf",
                "zadost.pdf",
                [
                    "Regionální televize Sever a.s.<br/>IČO " + ICO_RTS + " | ID DS: tv8rs2n",
                    "Adresát: Český statistický úřad, Na padesátém 81, Praha 10<br/>"
                    "IČO 00025593, ID DS 2gfaasy",
                    "Žádáme o přístup k XML souborům s výsledky voleb. Produkční server:"
                    " 198.18.20.5; testovací server: 198.18.20.6.",
                    "Vyřizuje: Kamila Nováčková, telefon +420 485 100 221,"
                    " novackova@tvsever.example",
                    "Ing. Robert Vlk, předseda představenstva",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Regionální televize Sever a.s.",
            ICO_RTS,
            "tv8rs2n",
            ["198.18.20.5"],
            ["198.18.20.6"],
            "Kamila Nováčková",
            "novackova@tvsever.example",
            "+420485100221",
        ),
    },
    {
        "id": "w011-filming-only-docx-crew",
        "description": "filming permit only, DOCX lists a crew; the contact is the producer",
        "style": "recording-permit",
        "from": "Alžběta Šťastná <stastna@dokufilm.example>",
        "subject": "Povolení natáčení – volební noc",
        "body": (
            "Dobrý den,\n\nprosím o posouzení přiložené žádosti o natáčení. O přístup k datům"
            " nežádáme, jde nám jen o záběry z práce okrskových komisí.\n\n"
            "Alžběta Šťastná\nproducentka, DOKUFILM s.r.o.\n+420 777 120 934\n"
        ),
        "attachments": [
            (
                "docx",
                "natáčení_štáb.docx",
                {
                    "blocks": [
                        f"DOKUFILM s.r.o., IČO {ICO_DKF}",
                        "Žádost o povolení pořizovat obrazový a zvukový záznam ve sběrném místě"
                        " ČSÚ v Praze během sčítání hlasů.",
                        {
                            "rows": [
                                ["Jméno", "Funkce"],
                                ["Alžběta Šťastná", "producentka, kontaktní osoba"],
                                ["Marek Dušek", "kameraman"],
                                ["Pavla Rousová", "zvukařka"],
                            ]
                        },
                    ]
                },
            )
        ],
        "labels": L(
            FILM,
            "DOKUFILM s.r.o.",
            ICO_DKF,
            None,
            [],
            [],
            "Alžběta Šťastná",
            "stastna@dokufilm.example",
            "+420777120934",
        ),
    },
    {
        "id": "w012-slovak-xlsx-columns",
        "description": "Slovak agency, XLSX with one row per host and a column for the role",
        "style": "slovak",
        "from": "Juraj Hudák <hudak@tasr-media.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "body": (
            "Dobrý deň,\n\nv mene spoločnosti Stredoeurópska tlačová agentúra, a.s. žiadame"
            " o prístup k XML výsledkom volieb. Zoznam serverov je v prílohe (stĺpec Typ).\n"
            "Kontaktná osoba: Juraj Hudák, tel. +421 905 331 207.\n\nS pozdravom\nJuraj Hudák\n"
        ),
        "attachments": [
            (
                "xlsx",
                "servery.xlsx",
                [
                    {
                        "title": "Servery",
                        "rows": [
                            ["Server", "Typ", "IP adresa"],
                            ["ba-app01", "produkčný", "203.0.113.41"],
                            ["ba-app02", "produkčný", "203.0.113.42"],
                            ["ke-app01", "produkčný", "203.0.113.43"],
                            ["ba-test", "testovací", "203.0.113.44"],
                            ["ke-test", "testovací", "203.0.113.45"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Stredoeurópska tlačová agentúra, a.s.",
            None,
            None,
            ["203.0.113.41", "203.0.113.42", "203.0.113.43"],
            ["203.0.113.44", "203.0.113.45"],
            "Juraj Hudák",
            "hudak@tasr-media.example",
            "+421905331207",
        ),
    },
    {
        "id": "w013-form-feed-declined-filming-yes",
        "description": "ODT form: feed row answered NE, filming row ANO",
        "style": "form-checkboxes",
        "from": "Sekretariát ČR Jih <sekretariat@crjih.example>",
        "subject": "Žádost - natáčení ve sběrném místě České Budějovice",
        "body": (
            "Vážení,\n\nv příloze zasíláme vyplněný formulář. Kontaktní osobou je"
            " pan Lukáš Trnka, reportér (trnka@crjih.example, 386 701 555).\n\n"
            "Za sekretariát\nIveta Mrázová\n"
        ),
        "attachments": [
            (
                "odt",
                "formular_CRJ.odt",
                [
                    "Žadatel: Rozhlas Jih, spol. s r. o.",
                    f"IČO: {ICO_RJH}",
                    [
                        ["Žádám o", "ANO / NE"],
                        ["přístup k datové službě (XML)", "NE"],
                        ["povolení natáčení ve sběrném místě", "ANO"],
                    ],
                    "Sběrné místo: KS ČSÚ České Budějovice, volební noc 4.–5. 10. 2025.",
                ],
            )
        ],
        "labels": L(
            FILM,
            "Rozhlas Jih, spol. s r. o.",
            ICO_RJH,
            None,
            [],
            [],
            "Lukáš Trnka",
            "trnka@crjih.example",
            "+420386701555",
        ),
    },
    {
        "id": "w014-outlook-cover-contradicts-pdf-roles",
        "description": "Outlook cover note: the PDF swapped production and test; the note wins",
        "style": "outlook",
        "from": '"Dvořák, Martin" <martin.dvorak@ekonomtyden.example>',
        "subject": "Žádost o XML feed - oprava",
        "charset": "windows-1250",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Dobrý den,\r\n\r\nv přiloženém PDF jsme omylem prohodili řádky: adresa"
            " 198.51.100.180 je testovací a 198.51.100.181 je produkční, ne naopak."
            " Ostatní údaje platí.\r\n\r\nMartin Dvořák\r\nEkonom Týden a.s.\r\n"
        ),
        "html": (
            '<html><body><p class="MsoNormal">Dobrý den,</p><p class="MsoNormal">v přiloženém PDF'
            " jsme omylem prohodili řádky: adresa 198.51.100.180 je testovací a 198.51.100.181"
            " je produkční, ne naopak. Ostatní údaje platí.</p>"
            '<p class="MsoNormal">Martin Dvořák<br>Ekonom Týden a.s.</p></body></html>'
        ),
        "attachments": [
            (
                "pdf",
                "zadost_ET.pdf",
                [
                    f"Ekonom Týden a.s., IČO {ICO_EKT}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Produkční IP", "198.51.100.180"],
                            ["Testovací IP", "198.51.100.181"],
                        ],
                        "widths": [140, 160],
                    },
                    "Kontaktní osoba: Martin Dvořák, +420 224 801 377",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Ekonom Týden a.s.",
            ICO_EKT,
            None,
            ["198.51.100.181"],
            ["198.51.100.180"],
            "Martin Dvořák",
            "martin.dvorak@ekonomtyden.example",
            "+420224801377",
        ),
    },
]
