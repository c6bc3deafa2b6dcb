"""Twentysecond held-out part ``pb``, cases pb015–pb028: data messages with the application in
the annotation (a crew list attached), in a TXT file corrected at its end, in a DOCX the
annotation amends, and in a town's PDF letter; a cover note replacing the form's contact, XLSX
with merged role cells and with a template sheet, ODT and HTML forms, Slovak, Polish and
forwarded applications, an RTF letterhead with the box ID and a PDF table whose cells wrap.
Written by hand apart from the extraction rules (see make_twentysecond_pb); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tests.corpus.twentysecond_pb_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

J15, J16, J17, J18 = ico("0532874"), ico("2820164"), ico("2574390"), ico("0612857")
J19, J20, J21, J22 = ico("4610352"), ico("2936701"), ico("2761835"), ico("4801927")
J23, J24, J25, J26 = ico("2645018"), ico("2713592"), ico("4917036"), ico("0873164")
J28 = ico("0027163")

CASES: list[dict[str, Any]] = [
    {
        "id": "pb015-databox-annotation-recording-crew-xlsx",
        "description": "data message: the filming request and contact in the annotation, which "
        "declines the XML data; the XLSX is only the crew list (IČO in its merged title row)",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Kanál Z, s.r.o.",
            J15,
            "z9kn3tv",
            [],
            [],
            "Lucie Hrubá",
            "hruba@kanalz.example",
            "+420731228604",
        ),
        "subject": "Žádost o povolení natáčení ve sběrném místě ČSÚ ve Zlíně v noci 4./5. 10. "
        "2025 (štáb 3 osoby, seznam v příloze). Kontakt: Lucie Hrubá, 731 228 604, "
        "hruba@kanalz.example. O XML data nežádáme.",
        "databox": {
            "box": "z9kn3tv",
            "sender": "Kanál Z, s.r.o.",
            "address": "třída Tomáše Bati 3910, 760 01 Zlín",
        },
        "attachments": [
            (
                "xlsx",
                "stab_volby.xlsx",
                [
                    {
                        "title": "Štáb",
                        "rows": [
                            [f"Kanál Z, s.r.o., IČO {J15} – štáb pro volební noc", None, None],
                            ["Jméno", "Funkce", "Č. průkazu"],
                            ["Lucie Hrubá", "redaktorka", "210884512"],
                            ["Patrik Mlčoch", "kameraman", "208113947"],
                            ["Vojtěch Staněk", "technik, přenosový vůz", "213650288"],
                        ],
                        "merge": ["A1:C1"],
                    }
                ],
            )
        ],
    },
    {
        "id": "pb016-cover-note-replaces-form-contact",
        "description": "the editor sends a DOCX form naming Petr Kunc as contact; the cover "
        "note says he is leaving and names Kamila Jandová instead",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Večerník Vltava s.r.o.",
            J16,
            None,
            ["203.0.113.160"],
            ["203.0.113.161"],
            "Kamila Jandová",
            "jandova@vecernikvltava.example",
            "+420608413275",
        ),
        "from": "Filip Bartoš <bartos@vecernikvltava.example>",
        "subject": "Re: formulář XML",
        "headers": K9,
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\nposílám vyplněný formulář (docx). Jen pozor: kontaktní osoba "
            "uvedená ve formuláři, Petr Kunc, od října u nás končí. Kontaktujte prosím místo "
            "něj Kamilu Jandovou, jandova@vecernikvltava.example, tel. 608 413 275.\n\n"
            "Díky\nFilip Bartoš, šéfredaktor\n\n"
            "Odesláno z mého telefonu\n"
        ),
        "attachments": [
            (
                "docx",
                "formular_Vecernik.docx",
                {
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb / natáčení",
                        "[X] přístup k XML výsledkům     [ ] natáčení ve sběrném místě",
                        {
                            "rows": [
                                ["Položka", "Údaj"],
                                ["Žadatel", "Večerník Vltava s.r.o."],
                                ["IČO", J16],
                                ["Produkční IP", "203.0.113.160"],
                                ["Testovací IP", "203.0.113.161"],
                                ["Kontaktní osoba", "Petr Kunc"],
                                ["Telefon", "720 551 903"],
                                ["E-mail", "kunc@vecernikvltava.example"],
                            ]
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "pb017-owa-xlsx-merged-role-cells",
        "description": "XLSX whose role column has merged cells spanning three production rows "
        "and two test rows; contact in the body, signed by the director",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Deník Krkonoše, s. r. o.",
            J17,
            None,
            ["203.0.113.10", "203.0.113.11", "203.0.113.12"],
            ["203.0.113.20", "203.0.113.21"],
            "Jakub Šťastný",
            "stastny@denikkrkonose.example",
            "+420499610377",
        ),
        "from": "Alžběta Kořínková <korinkova@denikkrkonose.example>",
        "subject": "Přístup k výsledkům voleb - IP adresy v příloze",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\nv příloze je tabulka s IP adresami pro přístup k výsledkům voleb "
            "ve formátu XML.\n\nKontaktní osoba: Jakub Šťastný, IT, tel. +420 499 610 377, "
            "stastny@denikkrkonose.example\n\n"
            f"Za vydavatele Deník Krkonoše, s. r. o., IČO: {J17}\n"
            "Alžběta Kořínková, ředitelka\n"
        ),
        "attachments": [
            (
                "xlsx",
                "IP_Krkonose.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Role", "IP adresa", "Umístění"],
                            ["Produkce", "203.0.113.10", "Trutnov"],
                            [None, "203.0.113.11", "Trutnov"],
                            [None, "203.0.113.12", "Praha (cloud)"],
                            ["Test", "203.0.113.20", "Trutnov"],
                            [None, "203.0.113.21", "notebook vývojáře"],
                        ],
                        "merge": ["A2:A4", "A5:A6"],
                    }
                ],
            )
        ],
    },
    {
        "id": "pb018-odt-form-ano-ne-crosses",
        "description": "ODT table with ANO/NE columns marked by X (feed yes, filming no) and an "
        "address table with 'nemáme' for the test address",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Lipenské listy, z. s.",
            J18,
            None,
            ["192.0.2.90"],
            [],
            "Miloš Hrdina",
            "hrdina@lipenskelisty.example",
            "+420736520114",
        ),
        "from": "Miloš Hrdina <hrdina@lipenskelisty.example>",
        "subject": "žádost - volby",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\nzasílám žádost ve formě tabulky (ODT, LibreOffice).\n"
            "S pozdravem Miloš Hrdina, předseda spolku\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_volby.odt",
                [
                    f"Lipenské listy, z. s., Náměstí 3, 382 78 Horní Planá, IČO {J18}",
                    [
                        ["Žádáme o", "ANO", "NE"],
                        ["přístup k výsledkům voleb ve formátu XML", "X", ""],
                        ["povolení pořizovat záznam ve sběrném místě", "", "X"],
                    ],
                    [["Produkční IP", "192.0.2.90"], ["Testovací IP", "nemáme"]],
                    "Kontakt: Miloš Hrdina, 736 520 114, hrdina@lipenskelisty.example",
                ],
            )
        ],
    },
    {
        "id": "pb019-slovak-pdf-table",
        "description": "Slovak mail and PDF: roles produkčná / produkčná (záložná) / "
        "testovacia in a table, a Slovak phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Mediálny dom Záhorie, s. r. o.",
            J19,
            None,
            ["198.51.100.77", "198.51.100.78"],
            ["198.51.100.79"],
            "Juraj Kováčik",
            "kovacik@mdzahorie.example",
            "+421346512290",
        ),
        "from": "Juraj Kováčik <kovacik@mdzahorie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb (XML)",
        "headers": GMAIL,
        "body": (
            "Dobrý deň,\n\nv prílohe posielam žiadosť o prístup k výsledkom volieb vo formáte "
            "XML. Voľby v ČR sledujeme pre našich čitateľov na Záhorí aj na Morave.\n\n"
            "S pozdravom\nIng. Juraj Kováčik\n"
        ),
        "attachments": [
            (
                "pdf",
                "ziadost_CSU.pdf",
                [
                    f"<b>Mediálny dom Záhorie, s. r. o.</b>\nHviezdoslavova 58, 905 01 Senica\n"
                    f"IČO: {J19}",
                    "<b>Žiadosť o prístup k serveru s výsledkami volieb</b>",
                    {
                        "rows": [
                            ["Účel", "IP adresa"],
                            ["produkčná", "198.51.100.77"],
                            ["produkčná (záložná)", "198.51.100.78"],
                            ["testovacia", "198.51.100.79"],
                        ],
                        "widths": [160, 160],
                    },
                    "Kontaktná osoba: Ing. Juraj Kováčik, +421 34 651 2290, "
                    "kovacik@mdzahorie.example",
                    "V Senici 10. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "pb020-databox-txt-corrected-test",
        "description": "data message 'viz příloha'; the TXT lists the addresses and corrects the "
        "test address in a note at its end",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Metropol Ústí s.r.o.",
            J20,
            "u2mw8hs",
            ["203.0.113.44"],
            ["203.0.113.54"],
            "Dagmar Šafránková",
            "safrankova@metropolusti.example",
            "+420475603218",
        ),
        "subject": "Žádost o přístup k výsledkům voleb (XML) – viz příloha",
        "databox": {
            "box": "u2mw8hs",
            "sender": "Metropol Ústí s.r.o.",
            "address": "Mírové náměstí 12, 400 01 Ústí nad Labem",
        },
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Žádost o přístup k výsledkům voleb ve formátu XML\n\n"
                f"Žadatel: Metropol Ústí s.r.o., IČO {J20}\n"
                "Produkční IP: 203.0.113.44\n"
                "Testovací IP: 203.0.113.45\n"
                "Kontakt: Dagmar Šafránková, tel. 475 603 218, "
                "safrankova@metropolusti.example\n\n"
                "Oprava (doplněno před odesláním): testovací adresa není .45, ale "
                "203.0.113.54 – překlep.\n\n"
                "V Ústí n. L. 19. 9. 2025\nDagmar Šafránková\n",
            )
        ],
    },
    {
        "id": "pb021-rtf-letterhead-ic-box-both",
        "description": "RTF letter asking for both types; letterhead with 'IČ' in spaced groups "
        "and 'ID DS', no test address; the cameraman is named but is not the contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Televize Podještědí s.r.o.",
            J21,
            "p6tj4dx",
            ["192.0.2.110"],
            [],
            "Aneta Holubová",
            "holubova@tvpodjestedi.example",
            "+420777302559",
        ),
        "from": "Aneta Holubová <holubova@tvpodjestedi.example>",
        "subject": "Žádost TV Podještědí – výsledky a natáčení",
        "headers": TBIRD,
        "body": ("Dobrý den,\n\nv příloze zasíláme žádost (RTF).\n\nS pozdravem\nAneta Holubová\n"),
        "attachments": [
            (
                "rtf",
                "zadost_TVP.rtf",
                [
                    "TELEVIZE PODJEŠTĚDÍ s.r.o.\nMoskevská 12, 460 01 Liberec\n"
                    f"IČ: {J21[:3]} {J21[3:5]} {J21[5:]} | ID DS: p6tj4dx",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Žádáme o:\na) přístup k výsledkům ve formátu XML z IP adresy 192.0.2.110 "
                    "(produkce), testovací adresu nemáme;\nb) povolení natáčet ve sběrném "
                    "místě v Liberci (kameraman Jan Rybář, redaktorka Aneta Holubová).",
                    "Kontaktní osoba: Aneta Holubová, mobil 777 302 559, "
                    "holubova@tvpodjestedi.example",
                    "Jiří Mach, jednatel",
                ],
            )
        ],
    },
    {
        "id": "pb022-alternative-form-ballot-boxes",
        "description": "multipart/alternative mail pasting a form: ☑ feed, ☐ filming; the HTML "
        "part has an address table with a role column header",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Krajské listy Plzeňska s.r.o.",
            J22,
            None,
            ["198.51.100.91"],
            ["198.51.100.95", "198.51.100.96"],
            "Eva Kubíčková",
            "kubickova@listyplzenska.example",
            "+420377441902",
        ),
        "from": "Eva Kubíčková <kubickova@listyplzenska.example>",
        "subject": "Žádost o přístup - výsledky voleb",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\nvyplnila jsem Váš formulář:\n\n"
            "☑ Přístup k výsledkům voleb ve formátu XML\n"
            "☐ Povolení k natáčení ve sběrném místě\n\n"
            f"Žadatel: Krajské listy Plzeňska s.r.o., IČO {J22}\n"
            "Role        IP adresa\n"
            "produkční   198.51.100.91\n"
            "testovací   198.51.100.95\n"
            "testovací   198.51.100.96\n\n"
            "Kontaktní osoba: Eva Kubíčková, +420 377 441 902\n\n"
            "Děkuji, Eva Kubíčková\n"
        ),
        "html": (
            '<html><body style="font-family:Helvetica"><p>Dobrý den,</p>'
            "<p>vyplnila jsem Váš formulář:</p>"
            "<p>☑ Přístup k výsledkům voleb ve formátu XML<br>"
            "☐ Povolení k natáčení ve sběrném místě</p>"
            f"<p>Žadatel: Krajské listy Plzeňska s.r.o., IČO {J22}</p>"
            '<table border="1"><tr><th>Role</th><th>IP adresa</th></tr>'
            "<tr><td>produkční</td><td>198.51.100.91</td></tr>"
            "<tr><td>testovací</td><td>198.51.100.95</td></tr>"
            "<tr><td>testovací</td><td>198.51.100.96</td></tr></table>"
            "<p>Kontaktní osoba: Eva Kubíčková, +420 377 441 902</p>"
            "<p>Děkuji, Eva Kubíčková</p></body></html>"
        ),
    },
    {
        "id": "pb023-forward-eml-new-phone",
        "description": "the applicant resends her original as an attached .eml; the short note "
        "replaces her phone number, everything else stands",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Rádio Haná Plus s.r.o.",
            J23,
            None,
            ["198.51.100.181"],
            ["198.51.100.182"],
            "Petra Zemanová",
            "zemanova@radiohanaplus.example",
            "+420734118620",
        ),
        "from": "Petra Zemanová <zemanova@radiohanaplus.example>",
        "subject": "Fwd: Žádost o XML výsledky voleb",
        "headers": IPHONE,
        "body": (
            "Dobrý den, posílám znovu naši žádost z 2. 9. (v příloze), zatím nemáme "
            "odpověď. Vše platí, jen moje číslo se změnilo – nově 734 118 620, to staré "
            "už nepoužívám.\nZemanová\n\nOdesláno z iPhonu\n"
        ),
        "attachments": [
            (
                "eml",
                "Žádost o XML výsledky voleb.eml",
                {
                    "id": "pb023-inner",
                    "from": "Petra Zemanová <zemanova@radiohanaplus.example>",
                    "subject": "Žádost o XML výsledky voleb",
                    "headers": IPHONE,
                    "date": datetime(2025, 9, 2, 9, 41, 5, tzinfo=UTC),
                    "body": (
                        "Dobrý den,\n\nžádáme o přístup k výsledkům voleb ve formátu XML pro "
                        f"Rádio Haná Plus s.r.o. (IČO {J23}).\n"
                        "IP produkce: 198.51.100.181\nIP test: 198.51.100.182\n"
                        "Kontakt: Petra Zemanová, 602 339 817\n\n"
                        "Díky, Petra Zemanová, vedoucí zpravodajství\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "pb024-databox-annotation-drops-docx-test",
        "description": "data message: the annotation tells the office not to set up the test "
        "address listed in the attached DOCX table",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Mladoboleslavský deník s.r.o.",
            J24,
            "m7bd2qe",
            ["192.0.2.31", "192.0.2.32"],
            [],
            "Michal Kos",
            "kos@mbdenik.example",
            "+420326700412",
        ),
        "subject": "Žádost o přístup k výsledkům voleb ve formátu XML, IP adresy viz příloha. "
        "Testovací adresu 192.0.2.33 z tabulky prosíme nezřizovat, server byl zrušen.",
        "databox": {
            "box": "m7bd2qe",
            "sender": "Mladoboleslavský deník s.r.o.",
            "address": "Palackého 205, 293 01 Mladá Boleslav",
        },
        "attachments": [
            (
                "docx",
                "zadost_MBD.docx",
                {
                    "blocks": [
                        f"Mladoboleslavský deník s.r.o., IČO {J24}",
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["Druh", "IP adresa"],
                                ["produkční", "192.0.2.31"],
                                ["produkční", "192.0.2.32"],
                                ["testovací", "192.0.2.33"],
                            ]
                        },
                        "Kontaktní osoba: Michal Kos, 326 700 412, kos@mbdenik.example",
                        "Mladá Boleslav 5. 9. 2025",
                    ]
                },
            )
        ],
    },
    {
        "id": "pb025-pdf-wrapped-address-cells",
        "description": "PDF table with a narrow column, so three production and two test "
        "addresses wrap across lines inside their cells; contact in the body",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Horácká televize s.r.o.",
            J25,
            None,
            ["203.0.113.100", "203.0.113.101", "203.0.113.102"],
            ["203.0.113.110", "203.0.113.111"],
            "Tomáš Pospíšil",
            "pospisil@horackatv.example",
            "+420566501733",
        ),
        "from": "Tomáš Pospíšil <pospisil@horackatv.example>",
        "subject": "Žádost o přístup – výsledky voleb 2025",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            f"Horácká televize s.r.o. (IČO {J25}) žádá o přístup k výsledkům voleb ve "
            "formátu XML. Adresy jsou v přiloženém PDF.\n\n"
            "Kontaktní osoba: Tomáš Pospíšil, 566 501 733\n\n"
            "S pozdravem\nTomáš Pospíšil\nvedoucí techniky\n"
        ),
        "attachments": [
            (
                "pdf",
                "IP_adresy_HTV.pdf",
                [
                    "Horácká televize s.r.o. – IP adresy pro přístup k výsledkům voleb",
                    {
                        "rows": [
                            ["Role", "IP adresy"],
                            ["Produkční servery", "203.0.113.100, 203.0.113.101, 203.0.113.102"],
                            ["Testovací servery", "203.0.113.110, 203.0.113.111"],
                        ],
                        "widths": [80, 80],
                    },
                ],
            )
        ],
    },
    {
        "id": "pb026-empty-body-xlsx-with-template-sheet",
        "description": "Gmail, empty body; XLSX with a row-header sheet (ano/ne for the two "
        "types) and a second sheet of the template's example values",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Olomoucký Report s.r.o.",
            J26,
            None,
            ["198.51.100.121"],
            ["198.51.100.125"],
            "Ondřej Holý",
            "ondrej.holy@olomouckyreport.example",
            "+420608207441",
        ),
        "from": "Ondřej Holý <ondrej.holy@olomouckyreport.example>",
        "subject": "zadost volby XML",
        "headers": GMAIL,
        "body": "",
        "attachments": [
            (
                "xlsx",
                "zadost_vyplneno.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Položka", "Hodnota"],
                            ["Název žadatele", "Olomoucký Report s.r.o."],
                            ["IČO", J26],
                            ["Produkční IP 1", "198.51.100.121"],
                            ["Produkční IP 2", None],
                            ["Testovací IP 1", "198.51.100.125"],
                            ["Kontaktní osoba", "Ondřej Holý"],
                            ["E-mail", "ondrej.holy@olomouckyreport.example"],
                            ["Telefon", "+420 608 207 441"],
                            ["Přístup k XML (ano/ne)", "ano"],
                            ["Natáčení ve sběrném místě (ano/ne)", "ne"],
                        ],
                    },
                    {
                        "title": "Vzor vyplnění",
                        "rows": [
                            ["Položka", "Příklad"],
                            ["Název žadatele", "Vzorové médium s.r.o."],
                            ["Produkční IP 1", "192.0.2.1"],
                            ["Testovací IP 1", "192.0.2.2"],
                            ["Telefon", "+420 123 456 789"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "pb027-english-docx-polish-tv-both",
        "description": "Polish broadcaster in English with a DOCX: live/test rows, filming "
        "asked too, the producer named as contact rather than the sender; no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Telewizja Śląsk Sp. z o.o.",
            None,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.158"],
            "Anna Zielińska",
            "a.zielinska@tvslask.example",
            "+48601228415",
        ),
        "from": "Marek Wiśniewski <m.wisniewski@tvslask.example>",
        "subject": "Election night - data feed and filming request",
        "headers": EVOLUTION,
        "body": (
            "Good morning,\n\nattached is our request regarding the Czech parliamentary "
            "election (data feed + filming). Our producer Anna is the person to talk to.\n\n"
            "Best regards\nMarek Wiśniewski\nHead of News, Telewizja Śląsk\n"
            "+48 32 706 1840\n"
        ),
        "attachments": [
            (
                "docx",
                "TVS_request_CZSO.docx",
                {
                    "header": "Telewizja Śląsk Sp. z o.o. | ul. Mikołowska 48, 40-065 Katowice "
                    "| NIP 634-281-77-09",
                    "blocks": [
                        "Request for access to the election results server (XML) and for "
                        "permission to film",
                        "1. Please grant access to the XML results from these addresses:",
                        {
                            "rows": [
                                ["Purpose", "Address"],
                                ["live (production)", "192.0.2.150"],
                                ["live (production)", "192.0.2.151"],
                                ["test", "192.0.2.158"],
                            ]
                        },
                        "2. We also kindly ask for permission to film at your collection "
                        "point in Prague on election night (crew of two: reporter and camera).",
                        "Contact person: Anna Zielińska, producer, +48 601 228 415, "
                        "a.zielinska@tvslask.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "pb028-databox-town-pdf-letter",
        "description": "data message from a town office (authority box): PDF letter signed by "
        "the mayor, the IT officer as contact, production only",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Horní Lomnice",
            J28,
            "h8ml5oa",
            ["192.0.2.240"],
            [],
            "Zdeněk Pokorný",
            "pokorny@hornilomnice.example",
            "+420499871215",
        ),
        "subject": "Žádost o přístup k výsledkům voleb ve formátu XML pro web města",
        "databox": {
            "box": "h8ml5oa",
            "sender": "Město Horní Lomnice",
            "address": "náměstí Míru 1, 543 71 Horní Lomnice",
            "type": 10,
            "ref": "MUHL/4127/2025",
        },
        "attachments": [
            (
                "pdf",
                "dopis_CSU.pdf",
                [
                    f"<b>Město Horní Lomnice</b>\nMěstský úřad, náměstí Míru 1, 543 71 Horní "
                    f"Lomnice\nIČO: {J28}",
                    "Č. j.: MUHL/4127/2025          Vyřizuje: Bc. Zdeněk Pokorný",
                    "Věc: žádost o přístup k výsledkům voleb",
                    "Město Horní Lomnice zveřejňuje na svých webových stránkách výsledky voleb "
                    "za obec a okolní obce. Žádáme o přístup k serveru s výsledky ve formátu "
                    "XML z IP adresy 192.0.2.240 (produkční). Testovací prostředí nemáme.",
                    "Kontaktní osoba: Bc. Zdeněk Pokorný, odbor informatiky, tel. 499 871 215, "
                    "pokorny@hornilomnice.example",
                    "Ing. Věra Šindelářová\nstarostka",
                ],
            )
        ],
    },
]
