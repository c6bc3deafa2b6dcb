"""Fourth-round held-out cases g015–g028: data-box messages with the application in the
annotation or in attached documents, HTML and document forms (box characters, struck-out
options, nested tables), covering e-mails that add a request.

Written by hand apart from the extraction rules (issue 18); labels follow LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.blind_a_common import BOTH, FEED, REC, L, Style

G015: dict[str, Any] = {
    "id": "g015-ds-pdf-formular-ctverecky",
    "description": "data message with a generic annotation; the application is a PDF form with "
    "■/□ boxes (feed ticked, filming not)",
    "style": Style.DATABOX,
    "databox": {"box": "r8d2hpm", "sender": "Rádio Sázava FM s.r.o.", "address": "Benešov"},
    "subject": "Žádost",
    "attachments": [
        (
            "pdf",
            "formular_media_2022.pdf",
            [
                "<b>Formulář – žádost sdělovacího prostředku</b>",
                {
                    "rows": [
                        ["Název žadatele", "Rádio Sázava FM s.r.o."],
                        ["IČO", "43912567"],
                        ["Žádám o", "■ Přístup k datům (XML)\n□ Povolení k natáčení"],
                        ["Produkční adresy", "198.51.100.5 a 198.51.100.6"],
                        ["Testovací adresy", "198.51.100.7"],
                        ["Kontakt", "Kamil Brázda, brazda@radiosazava.example, 731 220 658"],
                    ],
                    "widths": [130, 260],
                },
                "Benešov 23. 9. 2022, Kamil Brázda, technický ředitel",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Rádio Sázava FM s.r.o.",
        "43912567",
        "r8d2hpm",
        ["198.51.100.5", "198.51.100.6"],
        ["198.51.100.7"],
        "Kamil Brázda",
        "brazda@radiosazava.example",
        "+420731220658",
    ),
}

G016: dict[str, Any] = {
    "id": "g016-ds-anotace-obe-xlsx-sloupce",
    "description": "data message asking for both in the annotation; XLSX with production and "
    "test addresses in side-by-side columns",
    "style": Style.DATABOX,
    "databox": {"box": "w2ncq9e", "sender": "Polabské listy, a.s.", "address": "Nymburk"},
    "subject": "Žádost o přístup k výsledkům voleb (XML) a o povolení natáčení na přebíracím "
    "místě Nymburk",
    "attachments": [
        (
            "xlsx",
            "PL_udaje.xlsx",
            [
                {
                    "title": "Údaje",
                    "rows": [
                        ["Žadatel", "Polabské listy, a.s."],
                        ["IČO", "07136641"],
                        ["Kontaktní osoba", "Jitka Müllerová"],
                        ["E-mail", "muellerova@polabskelisty.example"],
                        ["Telefon", "+420 325 512 884"],
                        [],
                        ["produkční IP", "testovací IP"],
                        ["203.0.113.30", "203.0.113.40"],
                        ["203.0.113.31", ""],
                    ],
                }
            ],
        )
    ],
    "labels": L(
        BOTH,
        "Polabské listy, a.s.",
        "07136641",
        "w2ncq9e",
        ["203.0.113.30", "203.0.113.31"],
        ["203.0.113.40"],
        "Jitka Müllerová",
        "muellerova@polabskelisty.example",
        "+420325512884",
    ),
}

G017: dict[str, Any] = {
    "id": "g017-html-formular-preskrtnuto",
    "description": "HTML-only webmail form from a freelance videojournalist: the feed line is "
    "struck out, filming ticked ☑",
    "style": Style.WEBMAIL_HTML,
    "from": "Tomáš Beneš <benes.video@seznam.example>",
    "subject": "Žádost o natáčení - volby 2022",
    "cte": "base64",
    "html": "<html><body><p>Dobrý den,</p><p>vyplnil jsem Váš formulář, posílám ho přímo do "
    'mailu:</p><table border="1" cellpadding="4">'
    "<tr><td>Žadatel</td><td>Ing. Tomáš Beneš, videožurnalista na volné noze, "
    "IČO 03497828</td></tr>"
    "<tr><td>Požadavek</td><td><s>☐ Přístup k XML datům s výsledky</s><br>"
    "☑ Povolení k natáčení na přebíracím místě (Mladá Boleslav)</td></tr>"
    "<tr><td>Kontakt</td><td>benes.video@seznam.example, 606 14 72 93</td></tr></table>"
    "<p>Data nepotřebuji, točím pro regionální televizi reportáž o tom, jak sčítání probíhá."
    "</p><p>Díky, Tomáš Beneš</p></body></html>",
    "labels": L(
        REC,
        "Tomáš Beneš",
        "03497828",
        None,
        [],
        [],
        "Tomáš Beneš",
        "benes.video@seznam.example",
        "+420606147293",
    ),
}

G018: dict[str, Any] = {
    "id": "g018-outlook-tabulka-rowspan",
    "description": "Outlook HTML table with a rowspan 'Produkční' cell over three rows and a "
    "'Testovací' cell over two; windows-1250",
    "style": Style.HTML_TABLE,
    "from": "Matějka Libor <matejka@denikpoodri.example>",
    "subject": "Deník Poodří – IP adresy pro volební server",
    "charset": "windows-1250",
    "headers": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "IP adresy")],
    "body": "Dobrý den,\r\n\r\nžádáme o přístup k XML výsledkům voleb pro Deník Poodří, "
    "s.r.o., IČO 48045128.\r\n\r\nProdukční 192.0.2.40\r\n192.0.2.41\r\n192.0.2.42\r\n"
    "Testovací 192.0.2.50\r\n192.0.2.51\r\n\r\nLibor Matějka\r\nvedoucí online vydání\r\n"
    "mob.: 604 998 120\r\n",
    "html": '<div class="WordSection1"><p class="MsoNormal">Dobrý den,</p>'
    '<p class="MsoNormal">žádáme o přístup k XML výsledkům voleb pro Deník Poodří, s.r.o., '
    "IČO 48045128.</p>"
    '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
    '<tr><td rowspan="3"><p class="MsoNormal">Produkční</p></td>'
    '<td><p class="MsoNormal">192.0.2.40</p></td></tr>'
    '<tr><td><p class="MsoNormal">192.0.2.41</p></td></tr>'
    '<tr><td><p class="MsoNormal">192.0.2.42</p></td></tr>'
    '<tr><td rowspan="2"><p class="MsoNormal">Testovací</p></td>'
    '<td><p class="MsoNormal">192.0.2.50</p></td></tr>'
    '<tr><td><p class="MsoNormal">192.0.2.51</p></td></tr></table>'
    '<p class="MsoNormal">Libor Matějka<br>vedoucí online vydání<br>mob.: 604 998 120</p>'
    "</div>",
    "labels": L(
        FEED,
        "Deník Poodří, s.r.o.",
        "48045128",
        None,
        ["192.0.2.40", "192.0.2.41", "192.0.2.42"],
        ["192.0.2.50", "192.0.2.51"],
        "Libor Matějka",
        "matejka@denikpoodri.example",
        "+420604998120",
    ),
}

G019: dict[str, Any] = {
    "id": "g019-ds-osvc-odt-ipv6",
    "description": "data message from a self-employed data journalist (PFO box) with an ODT "
    "letter: IPv6 only, a /127 test block",
    "style": Style.DATABOX,
    "databox": {
        "box": "v6tz3ka",
        "sender": "Petra Vondrová",
        "address": "Hradec Králové",
        "type": 30,
    },
    "subject": "Žádost o přístup k datovému výstupu voleb",
    "attachments": [
        (
            "odt",
            "zadost_vondrova.odt",
            [
                "Petra Vondrová, IČO 06321976",
                "provozovatelka webu volebni-mapa.example, Gočárova třída 1020, Hradec Králové",
                "Dobrý den,",
                "jako nezávislá datová novinářka připravuji interaktivní mapu výsledků voleb a "
                "prosím o přístup k XML výstupu. Servery mám jen s IPv6:",
                [
                    ["ostrý provoz", "2001:db8:77::1"],
                    ["testování", "2001:db8:78::8/127"],
                ],
                "Kontakt: vondrova@volebni-mapa.example, mobil +420 739 05 11 82",
                "Ing. Petra Vondrová",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Petra Vondrová",
        "06321976",
        "v6tz3ka",
        ["2001:db8:77::1"],
        ["2001:db8:78::8", "2001:db8:78::9"],
        "Petra Vondrová",
        "vondrova@volebni-mapa.example",
        "+420739051182",
    ),
}

G020: dict[str, Any] = {
    "id": "g020-english-rtf-company-number",
    "description": "British agency, flowed English mail + RTF letter; its UK company number is "
    "not an IČO; no test server yet",
    "style": Style.THUNDERBIRD_FLOWED,
    "from": "Oliver Grant <o.grant@albionwire.example>",
    "subject": "Request for access to Czech election results data",
    "flowed": True,
    "body": "Hello,\n\nOur formal request is attached as an RTF document. In short, we would "
    "like to receive the XML results feed during the Czech municipal and Senate elections "
    "for our European wire service.\n\nBest wishes,\nOliver Grant\nAlbion Wire Ltd\n",
    "attachments": [
        (
            "rtf",
            "AlbionWire_request.rtf",
            [
                "Albion Wire Ltd, 14 Fleet Lane, London EC4M 7RD, United Kingdom",
                "Registered in England and Wales, company number 09876543",
                "Dear Sir or Madam,",
                "Albion Wire Ltd requests access to the XML election results feed. Our "
                "production ingest server will connect from 198.18.20.5. We do not operate a "
                "test server at present and will write again if we set one up.",
                [
                    ["Contact", "Oliver Grant, Europe Data Editor"],
                    ["Email", "o.grant@albionwire.example"],
                    ["Telephone", "+44 20 7946 0958"],
                ],
                "Yours faithfully,\nOliver Grant",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Albion Wire Ltd",
        None,
        None,
        ["198.18.20.5"],
        [],
        "Oliver Grant",
        "o.grant@albionwire.example",
        "+442079460958",
    ),
}

G021: dict[str, Any] = {
    "id": "g021-pdf-formular-hranate-zavorky",
    "description": "PDF form with [X]/[ ] brackets: both requests ticked, 'other' not; "
    "two test addresses on one line",
    "style": Style.FORM,
    "from": "Radim Šťastný <stastny@zlinskyvecernik.example>",
    "subject": "formulář – Zlínský večerník",
    "body": "Dobrý den, vyplněný formulář v příloze.\n\nRadim Šťastný\n",
    "attachments": [
        (
            "pdf",
            "formular_ZV.pdf",
            [
                "<b>Žádost sdělovacího prostředku – volby do zastupitelstev obcí 2022</b>",
                "Žadatel: Spolek Zlínský večerník, z. s.   IČO: 22864300",
                "Žádám o (zaškrtněte):",
                "[X] přístup k XML výstupu výsledků voleb\n"
                "[X] povolení natáčet na přebíracím místě ve Zlíně\n"
                "[ ] jiné: ..........................",
                {
                    "rows": [
                        ["IP adresa – produkce", "203.0.113.70"],
                        ["IP adresy – test", "203.0.113.71, 203.0.113.72"],
                    ],
                    "widths": [150, 220],
                },
                "Kontaktní osoba: Radim Šťastný   Tel.: +420 577 001 245   "
                "E-mail: stastny@zlinskyvecernik.example",
            ],
        )
    ],
    "labels": L(
        BOTH,
        "Spolek Zlínský večerník, z. s.",
        "22864300",
        None,
        ["203.0.113.70"],
        ["203.0.113.71", "203.0.113.72"],
        "Radim Šťastný",
        "stastny@zlinskyvecernik.example",
        "+420577001245",
    ),
}

G022: dict[str, Any] = {
    "id": "g022-docx-vnorena-tabulka-stara-adresa",
    "description": "DOCX with a nested role table inside a cell of the main form; an old "
    "address is withdrawn in the same letter",
    "style": Style.ATTACHMENT,
    "from": "Irena Holubová <holubova@severka.example>",
    "subject": "Mediální skupina Severka – aktualizovaná žádost o přístup",
    "body": "Dobrý den,\n\nzasílám aktualizovanou žádost, měníme hosting.\n\nIrena Holubová\n",
    "attachments": [
        (
            "docx",
            "Severka_zadost_2022.docx",
            {
                "header": "Mediální skupina Severka a.s. | Mírové náměstí 3, Ústí nad Labem",
                "blocks": [
                    "Žádost o přístup k XML výstupu výsledků voleb",
                    {
                        "rows": [
                            ["Žadatel", "Mediální skupina Severka a.s., IČO 61922838"],
                            ["IP adresy", ""],
                            ["Kontakt", "Irena Holubová, holubova@severka.example, 476 113 520"],
                        ],
                        "nested": {
                            (1, 1): {
                                "rows": [
                                    ["Produkce", "Test"],
                                    ["198.51.100.200, 198.51.100.201", "198.51.100.210"],
                                ]
                            }
                        },
                    },
                    "Dříve používaná adresa 198.51.100.150 se ruší, prosíme o její odebrání.",
                ],
            },
        )
    ],
    "labels": L(
        FEED,
        "Mediální skupina Severka a.s.",
        "61922838",
        None,
        ["198.51.100.200", "198.51.100.201"],
        ["198.51.100.210"],
        "Irena Holubová",
        "holubova@severka.example",
        "+420476113520",
    ),
}

G023: dict[str, Any] = {
    "id": "g023-outlook-pridava-nataceni",
    "description": "Outlook cover mail adds a filming request to an attached PDF that asks only "
    "for the feed",
    "style": Style.OUTLOOK,
    "from": "Kříž Daniel <kriz@ostravskykuryr.example>",
    "subject": "Ostravský kurýr – žádost (XML) + natáčení",
    "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
    "body": "Dobrý den,\r\n\r\nv příloze posílám žádost o přístup k XML výsledkům. Kromě toho "
    "bychom rádi natáčeli na přebíracím místě v Ostravě – prosím berte tento e-mail jako "
    "žádost i o toto povolení.\r\n\r\nS pozdravem\r\nDaniel Kříž\r\n",
    "html": '<div class="WordSection1"><p class="MsoNormal">Dobrý den,</p><p class="MsoNormal">'
    "v příloze posílám žádost o přístup k XML výsledkům. Kromě toho bychom rádi natáčeli na "
    "přebíracím místě v Ostravě – prosím berte tento e-mail jako žádost i o toto povolení."
    '</p><p class="MsoNormal">S pozdravem<br>Daniel Kříž</p></div>',
    "attachments": [
        (
            "pdf",
            "OK_zadost_XML.pdf",
            [
                "Ostravský kurýr s.r.o., 28. října 102, 702 00 Ostrava, IČO 27049663",
                "Věc: Žádost o přístup k XML výstupu výsledků voleb",
                "Žádáme o přístup k serveru pro sdělovací prostředky z adres 192.0.2.150 a "
                "192.0.2.151 (oba produkční servery redakce). Testovací server nemáme.",
                "Kontakt: Daniel Kříž, kriz@ostravskykuryr.example, tel. 596 620 114",
            ],
        )
    ],
    "labels": L(
        BOTH,
        "Ostravský kurýr s.r.o.",
        "27049663",
        None,
        ["192.0.2.150", "192.0.2.151"],
        [],
        "Daniel Kříž",
        "kriz@ostravskykuryr.example",
        "+420596620114",
    ),
}

G024: dict[str, Any] = {
    "id": "g024-ds-docx-a-xlsx",
    "description": "data message with a DOCX cover letter and an XLSX of addresses with a P/T "
    "code column explained in its header",
    "style": Style.DATABOX,
    "databox": {
        "box": "m4yge7s",
        "sender": "Zpravodajská agentura Morava Online, s.r.o.",
        "address": "Brno",
    },
    "subject": "Přístup k XML – Morava Online",
    "attachments": [
        (
            "docx",
            "pruvodni_dopis.docx",
            {
                "blocks": [
                    "Zpravodajská agentura Morava Online, s.r.o., IČO 46563083",
                    "Vážení,",
                    "žádáme o přístup k XML výstupu výsledků voleb. IP adresy uvádíme "
                    "v přiložené tabulce.",
                    "Kontaktní osoba: Filip Nedoma, nedoma@moravaonline.example, +420 724 303 116",
                    "Filip Nedoma, technický redaktor",
                ]
            },
        ),
        (
            "xlsx",
            "ip_adresy.xlsx",
            [
                {
                    "title": "IP",
                    "rows": [
                        ["#", "IP", "typ (P = produkce, T = test)"],
                        ["1", "203.0.113.120", "P"],
                        ["2", "203.0.113.121", "P"],
                        ["3", "203.0.113.125", "T"],
                    ],
                }
            ],
        ),
    ],
    "labels": L(
        FEED,
        "Zpravodajská agentura Morava Online, s.r.o.",
        "46563083",
        "m4yge7s",
        ["203.0.113.120", "203.0.113.121"],
        ["203.0.113.125"],
        "Filip Nedoma",
        "nedoma@moravaonline.example",
        "+420724303116",
    ),
}

G025: dict[str, Any] = {
    "id": "g025-rtf-rozsah-zkraceny",
    "description": "RTF with (x)/( ) options, filming written as 'nežádáme', production as a "
    "shortened range 192.0.2.90–92",
    "style": Style.FORM,
    "from": "Vladimír Kotek <kotek@radiosumava.example>",
    "subject": "Žádost o přístup – Rádio Šumava Plus",
    "body": "Dobrý den,\n\nposílám žádost v RTF, jiný formát náš starý systém neumí.\n\nKotek\n",
    "charset": "iso-8859-2",
    "attachments": [
        (
            "rtf",
            "zadost.rtf",
            [
                "Rádio Šumava Plus, v.o.s., Náměstí 14, 385 01 Vimperk, IČO 28177541",
                "Žádost o:",
                "(x) přístup k XML výstupu výsledků\n( ) natáčení na přebíracím místě – nežádáme",
                [
                    ["Produkční adresy", "192.0.2.90–92"],
                    ["Testovací adresa", "192.0.2.95"],
                    ["Kontakt", "Vladimír Kotek, kotek@radiosumava.example"],
                    ["Telefon", "388 32 14 07"],
                ],
            ],
        )
    ],
    "labels": L(
        FEED,
        "Rádio Šumava Plus, v.o.s.",
        "28177541",
        None,
        ["192.0.2.90", "192.0.2.91", "192.0.2.92"],
        ["192.0.2.95"],
        "Vladimír Kotek",
        "kotek@radiosumava.example",
        "+420388321407",
    ),
}

G026: dict[str, Any] = {
    "id": "g026-dvouradkovy-odt-formular",
    "description": "two-line mail without diacritics, the application an ODT key/value form "
    "with inline [x]/[ ] options and a written range",
    "style": Style.TWO_LINE,
    "from": "Jakub Dvorak <jakub.dvorak@brnenskymetropol.example>",
    "subject": "zadost volby",
    "body": "v priloze. diky\nJD\n",
    "cte": "7bit",
    "charset": "us-ascii",
    "attachments": [
        (
            "odt",
            "formular.odt",
            [
                "ŽÁDOST – PŘÍSTUP K VÝSLEDKŮM VOLEB",
                [
                    ["Organizace", "Brněnský metropol, s.r.o."],
                    ["IČO", "09050418"],
                    ["Druh žádosti", "[x] XML feed   [ ] natáčení"],
                    ["Produkce", "198.18.100.1 – 198.18.100.3"],
                    ["Test", "198.18.101.1"],
                    ["Kontaktní osoba", "Jakub Dvořák"],
                    ["E-mail", "jakub.dvorak@brnenskymetropol.example"],
                    ["Telefon", "+420 515 000 732"],
                ],
            ],
        )
    ],
    "labels": L(
        FEED,
        "Brněnský metropol, s.r.o.",
        "09050418",
        None,
        ["198.18.100.1", "198.18.100.2", "198.18.100.3"],
        ["198.18.101.1"],
        "Jakub Dvořák",
        "jakub.dvorak@brnenskymetropol.example",
        "+420515000732",
    ),
}

G027: dict[str, Any] = {
    "id": "g027-ds-anotace-nataceni-stab",
    "description": "data message: filming request and contact in the annotation, the attached "
    "PDF lists the crew (the contact is also in the crew)",
    "style": Style.DATABOX,
    "databox": {"box": "h9bxt4c", "sender": "Horizont TV produkce s.r.o.", "address": "Ústí n. L."},
    "subject": "Žádost o povolení natáčení na přebíracím místě Ústí n. L. 8.10.2022, kontakt: "
    "Marek Zelenka, zelenka@horizont-tv.example, 775 118 204",
    "attachments": [
        (
            "pdf",
            "stab.pdf",
            [
                "Horizont TV produkce s.r.o., IČO 21759481",
                "Složení štábu pro natáčení na přebíracím místě:",
                {
                    "rows": [
                        ["Jméno", "Funkce"],
                        ["Marek Zelenka", "produkční, kontaktní osoba"],
                        ["Lukáš Brož", "kameraman"],
                        ["Petr Hlaváček", "zvukař"],
                    ],
                    "widths": [150, 200],
                },
            ],
        )
    ],
    "labels": L(
        REC,
        "Horizont TV produkce s.r.o.",
        "21759481",
        "h9bxt4c",
        [],
        [],
        "Marek Zelenka",
        "zelenka@horizont-tv.example",
        "+420775118204",
    ),
}

G028: dict[str, Any] = {
    "id": "g028-ds-english-primary-secondary",
    "description": "English data message from a Czech branch of a foreign broadcaster; DOCX "
    "table with Primary/Secondary/Test columns (secondary = backup, production)",
    "style": Style.DATABOX,
    "databox": {
        "box": "c5ewr8j",
        "sender": "Central European Broadcasting Services, organizační složka",
        "address": "Praha 2",
    },
    "subject": "Application for access to the election results XML feed",
    "attachments": [
        (
            "docx",
            "CEBS_application.docx",
            {
                "header": "Central European Broadcasting Services, organizační složka",
                "footer": "Company ID (IČO) 05637198 · Data box c5ewr8j",
                "blocks": [
                    "Re: Access to the XML election results server",
                    "We apply for access to the results feed for our Prague bureau. Our "
                    "servers are listed below.",
                    {
                        "rows": [
                            ["Primary", "Secondary", "Test"],
                            ["203.0.113.180", "203.0.113.181", "203.0.113.190"],
                        ]
                    },
                    "Contact: Daniela Horáková, bureau technical lead, "
                    "d.horakova@cebs-prague.example, tel. +420 222 900 416",
                    "Sincerely,\nMichael O'Brien, Bureau Chief",
                ],
            },
        )
    ],
    "labels": L(
        FEED,
        "Central European Broadcasting Services, organizační složka",
        "05637198",
        "c5ewr8j",
        ["203.0.113.180", "203.0.113.181"],
        ["203.0.113.190"],
        "Daniela Horáková",
        "d.horakova@cebs-prague.example",
        "+420222900416",
    ),
}

CASES: list[dict[str, Any]] = [
    G015,
    G016,
    G017,
    G018,
    G019,
    G020,
    G021,
    G022,
    G023,
    G024,
    G025,
    G026,
    G027,
    G028,
]
