"""Eighth held-out part ``u``, cases u015–u028: student media, spreadsheets and forms from
contractors, IPv6 blocks, a Slovak radio, a market town in RTF, old addresses replaced, a
forwarded IT note, an agency writing for a foreign daily."""

from __future__ import annotations

from typing import Any

from tests.corpus.eighth_u_common import Style
from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

ICO_KAMPUS = ico("2290417")
ICO_RTVY = ico("2687154")
ICO_LABS = ico("0761832")
ICO_KRALOVICE = ico("0028945")
ICO_ZPRAVY = ico("2715963")
ICO_JIH = ico("2841520")
ICO_TRUTNOV = ico("2556078")
ICO_KRKONOSE = ico("2630914")
ICO_HANA = ico("2574388")
ICO_SIGNAL = ico("2802245")
ICO_DOMOV = ico("0874519")

CASES: list[dict[str, Any]] = [
    {
        "id": "u015-student-magazine-association",
        "description": "student magazine published by an association; the editor-in-chief "
        "signs, one production address, no test",
        "style": Style.GMAIL,
        "from": "Adéla Nováková <adela.novakova@kampus-casopis.example>",
        "subject": "Studentský časopis Kampus – žádost o data z voleb",
        "body": (
            "Dobrý den,\n\n"
            "jsem šéfredaktorka studentského časopisu Kampus. Časopis vydává spolek "
            "Kampus, z. s., IČO " + ICO_KAMPUS + ". Na volební noc chystáme živý blog a "
            "chtěli bychom výsledky brát přímo z Vašeho XML.\n\n"
            "Náš server na koleji má veřejnou adresu 192.0.2.99. Testovací nemáme, "
            "budeme zkoušet rovnou na něm.\n\n"
            "Předem moc děkuji!\nAdéla Nováková\n+420 776 018 442\n"
        ),
        "html": (
            '<div dir="ltr">Dobrý den,<br><br>jsem šéfredaktorka studentského časopisu Kampus. '
            "Časopis vydává spolek Kampus, z. s., IČO " + ICO_KAMPUS + ". Na volební noc "
            "chystáme živý blog a chtěli bychom výsledky brát přímo z Vašeho XML.<br><br>"
            "Náš server na koleji má veřejnou adresu 192.0.2.99. Testovací nemáme, budeme "
            "zkoušet rovnou na něm.<br><br>Předem moc děkuji!<br>Adéla Nováková<br>"
            "+420 776 018 442</div>"
        ),
        "labels": L(
            [FEED],
            "Kampus, z. s.",
            ICO_KAMPUS,
            None,
            ["192.0.2.99"],
            [],
            "Adéla Nováková",
            "adela.novakova@kampus-casopis.example",
            "+420776018442",
        ),
    },
    {
        "id": "u016-contractor-xlsx-backup-server",
        "description": "IT contractor sends an XLSX for a regional TV; a backup server counts "
        "as production",
        "style": Style.SPREADSHEET,
        "from": "Support NetHouse <podpora@nethouse.example>",
        "subject": "RTV Vysočina – podklady pro povolení přístupu k XML",
        "body": (
            "Dobrý den,\n\nna žádost našeho zákazníka Regionální televize Vysočina s.r.o. "
            "posíláme v příloze vyplněné údaje pro přístup k XML výsledkům voleb. "
            "Žadatelem je televize, kontakty jsou v tabulce.\n\nTým podpory NetHouse\n"
        ),
        "attachments": [
            (
                "xlsx",
                "RTV_Vysocina_pristup.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Regionální televize Vysočina s.r.o."],
                            ["IČO", ICO_RTVY],
                            ["Požadujeme", "přístup k XML s výsledky voleb"],
                            ["Kontaktní osoba", "Ing. Martin Procházka"],
                            ["E-mail", "prochazka@rtvysocina.example"],
                            ["Telefon", "+420 567 300 481"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Role", "Adresa", "Poznámka"],
                            ["produkce", "192.0.2.130", "hlavní"],
                            ["produkce", "192.0.2.131", ""],
                            ["záložní", "192.0.2.140", "v jiném datacentru"],
                            ["test", "192.0.2.150", ""],
                        ],
                    },
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Regionální televize Vysočina s.r.o.",
            ICO_RTVY,
            None,
            ["192.0.2.130", "192.0.2.131", "192.0.2.140"],
            ["192.0.2.150"],
            "Martin Procházka",
            "prochazka@rtvysocina.example",
            "+420567300481",
        ),
    },
    {
        "id": "u017-lab-ipv6-block",
        "description": "data lab asks with an IPv6 /126 for production and one IPv6 test host",
        "style": Style.TERSE,
        "from": "Vojtech Rada <rada@datalabs.example>",
        "subject": "XML feed – IPv6",
        "body": (
            "Dobry den,\n\n"
            "DataLabs Praha s.r.o., ICO " + ICO_LABS + " – zadost o pristup k XML vysledkum.\n"
            "Jedeme jen na IPv6:\n"
            "  produkce  2001:db8:100::/126\n"
            "  test      2001:db8:100::ff\n\n"
            "Vojtech Rada, 702 414 086\n"
        ),
        "labels": L(
            [FEED],
            "DataLabs Praha s.r.o.",
            ICO_LABS,
            None,
            ["2001:db8:100::", "2001:db8:100::1", "2001:db8:100::2", "2001:db8:100::3"],
            ["2001:db8:100::ff"],
            "Vojtech Rada",
            "rada@datalabs.example",
            "+420702414086",
        ),
    },
    {
        "id": "u018-slovak-radio-both",
        "description": "Slovak radio without a Czech IČO asks for data and to film; writes in "
        "Slovak",
        "style": Style.SLOVAK,
        "from": "Juraj Hudák <hudak@radiodunaj.example>",
        "subject": "Žiadosť – prístup k výsledkom a nakrúcanie",
        "body": (
            "Dobrý deň,\n\n"
            "Rádio Dunaj Západ, s. r. o., so sídlom v Bratislave, žiada o:\n"
            "1) prístup k XML súboru s výsledkami volieb,\n"
            "2) povolenie nakrúcať na vašom pracovisku v Prahe počas volebnej noci "
            "(reportér a kameraman).\n\n"
            "Produkčné adresy: 198.51.100.180, 198.51.100.181\n"
            "Testovacia adresa: 198.51.100.190\n\n"
            "Kontaktná osoba: Juraj Hudák, technický riaditeľ, +421 2 5441 7720\n\n"
            "S pozdravom\nJuraj Hudák\n"
        ),
        "labels": L(
            [FEED, FILM],
            "Rádio Dunaj Západ, s. r. o.",
            None,
            None,
            ["198.51.100.180", "198.51.100.181"],
            ["198.51.100.190"],
            "Juraj Hudák",
            "hudak@radiodunaj.example",
            "+421254417720",
        ),
    },
    {
        "id": "u019-market-town-rtf-slash32",
        "description": "market town letter in RTF, a /32 address, contact is a clerk named "
        "apart from the signing mayor",
        "style": Style.LETTER,
        "from": "Podatelna Kralovice <podatelna@kralovice.example>",
        "subject": "Žádost městyse Kralovice nad Oslavou",
        "body": "Dobrý den, zasíláme žádost v příloze.\nPodatelna městyse\n",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Městys Kralovice nad Oslavou\nNáměstí 1, 675 71 Kralovice nad Oslavou\n"
                    "IČO: " + ICO_KRALOVICE,
                    "Věc: Žádost o přístup k výsledkům voleb v XML",
                    "Městys provozuje zpravodajský web Kralovický občasník a rád by na něm "
                    "zveřejňoval průběžné výsledky voleb. Žádáme proto o přístup k XML.",
                    [
                        ["Produkční server", "203.0.113.99/32"],
                        ["Testovací server", "nemáme"],
                    ],
                    "Kontaktní osoba: Jana Horáková, referentka, tel. 568 620 114, "
                    "horakova@kralovice.example",
                    "Ing. Karel Malý\nstarosta",
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Městys Kralovice nad Oslavou",
            ICO_KRALOVICE,
            None,
            ["203.0.113.99"],
            [],
            "Jana Horáková",
            "horakova@kralovice.example",
            "+420568620114",
        ),
    },
    {
        "id": "u020-odt-form-filming-unticked",
        "description": "ODT form with ticks: feed ticked, filming left unticked",
        "style": Style.FORM,
        "from": "Eva Rybářová <rybarova@zpravyonline.example>",
        "subject": "formulář – přístup k datům",
        "body": "Dobrý den,\nv příloze vyplněný formulář.\nE. Rybářová\n",
        "attachments": [
            (
                "odt",
                "formular_pristup.odt",
                [
                    "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB",
                    [
                        ["Název žadatele", "Zprávy Online Media s.r.o."],
                        ["IČO", ICO_ZPRAVY],
                        ["[X] přístup k XML s výsledky", ""],
                        ["[ ] povolení k natáčení", ""],
                        ["Produkční IP", "198.51.100.88, 198.51.100.89"],
                        ["Testovací IP", "198.51.100.98"],
                        ["Kontaktní osoba", "Eva Rybářová"],
                        ["Telefon", "+420 731 020 515"],
                        ["E-mail", "rybarova@zpravyonline.example"],
                    ],
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Zprávy Online Media s.r.o.",
            ICO_ZPRAVY,
            None,
            ["198.51.100.88", "198.51.100.89"],
            ["198.51.100.98"],
            "Eva Rybářová",
            "rybarova@zpravyonline.example",
            "+420731020515",
        ),
    },
    {
        "id": "u021-replace-old-addresses",
        "description": "daily asks to cancel its old addresses and allow new ones; only the new "
        "ones count",
        "style": Style.PLAIN,
        "from": "Miroslav Černý <cerny@denikjih.example>",
        "subject": "Změna IP adres pro XML výsledky – Deník Jih",
        "body": (
            "Dobrý den,\n\n"
            "Deník Jih, s.r.o. (IČO " + ICO_JIH + ") se přestěhoval do nového datacentra. "
            "Dosud povolené adresy 198.51.100.10 a 198.51.100.11 prosím zrušte, dál je "
            "nepoužíváme. Pro letošní volby prosíme o přístup k XML z těchto adres:\n\n"
            "produkce: 198.51.100.110, 198.51.100.111\n"
            "test: 198.51.100.120\n\n"
            "Díky,\nMiroslav Černý\nIT oddělení\nmobil 605 909 310, redakce 387 111 000\n"
        ),
        "labels": L(
            [FEED],
            "Deník Jih, s.r.o.",
            ICO_JIH,
            None,
            ["198.51.100.110", "198.51.100.111"],
            ["198.51.100.120"],
            "Miroslav Černý",
            "cerny@denikjih.example",
            "+420605909310",
        ),
    },
    {
        "id": "u022-two-liner-range",
        "description": "two-line note from a technician with a dash range and no test",
        "style": Style.TERSE,
        "from": "jan.hruska@trutnovsky.example",
        "subject": "XML volby",
        "body": (
            "Trutnovský týdeník s.r.o., IČO " + ICO_TRUTNOV + ", žádáme o XML s výsledky. "
            "Prod. 192.0.2.60-62, test žádný.\n"
            "J. Hruška, 603 444 555\n"
        ),
        "labels": L(
            [FEED],
            "Trutnovský týdeník s.r.o.",
            ICO_TRUTNOV,
            None,
            ["192.0.2.60", "192.0.2.61", "192.0.2.62"],
            [],
            "J. Hruška",
            "jan.hruska@trutnovsky.example",
            "+420603444555",
        ),
    },
    {
        "id": "u023-american-freelancer",
        "description": "American freelancer in Prague writes in English, no company and no IČO, "
        "Czech mobile",
        "style": Style.ENGLISH,
        "from": "Rachel Whitfield <rachel@whitfield-data.example>",
        "subject": "Request: XML election results (freelance)",
        "body": (
            "Hi there,\n\n"
            "I'm a freelance data journalist based in Prague (no company, I work under my own\n"
            "name and sell stories to US outlets). I'd like to request access to the XML\n"
            "results feed for election night.\n\n"
            "My VPS: 203.0.113.177 (that's the only box, no test one).\n"
            "Filming isn't needed.\n\n"
            "Easiest to reach me on my Czech number, 734 555 010.\n\n"
            "Thanks a lot,\nRachel Whitfield\n"
        ),
        "labels": L(
            [FEED],
            "Rachel Whitfield",
            None,
            None,
            ["203.0.113.177"],
            [],
            "Rachel Whitfield",
            "rachel@whitfield-data.example",
            "+420734555010",
        ),
    },
    {
        "id": "u024-editor-forwards-it-note",
        "description": "editor forwards an IT colleague's note with the addresses and names "
        "that colleague as the contact",
        "style": Style.FORWARD,
        "from": "Zuzana Malá <mala@krkonosske.example>",
        "subject": "Fwd: IP pro volby",
        "body": (
            "Dobrý den,\n\n"
            "Vydavatelství Krkonoše, spol. s r.o., IČO " + ICO_KRKONOSE + ", žádá o přístup "
            "k XML s výsledky voleb. Adresy posílá níže kolega z IT, Radek Šťastný – prosím "
            "berte ho jako kontaktní osobu k žádosti.\n\n"
            "Zuzana Malá, šéfredaktorka Krkonošských novin\n\n"
            "---------- Přeposlaná zpráva ----------\n"
            "Od: Radek Šťastný <stastny@krkonosske.example>\n"
            "Komu: Zuzana Malá <mala@krkonosske.example>\n"
            "Předmět: IP pro volby\n\n"
            "Ahoj Zuzko,\n"
            "pro ČSÚ: produkce 198.18.4.10, test 198.18.5.0 s maskou 255.255.255.254 "
            "(oba stroje v té dvojici).\n"
            "Kdyby volali, jsem na 606 717 828.\n"
            "Radek\n"
        ),
        "labels": L(
            [FEED],
            "Vydavatelství Krkonoše, spol. s r.o.",
            ICO_KRKONOSE,
            None,
            ["198.18.4.10"],
            ["198.18.5.0", "198.18.5.1"],
            "Radek Šťastný",
            "stastny@krkonosske.example",
            "+420606717828",
        ),
    },
    {
        "id": "u025-radio-pdf-both",
        "description": "radio company in a PDF letter asks for both; the publisher named with "
        "its station",
        "style": Style.LETTER,
        "from": "Sekretariát Rádio Haná <sekretariat@radiohana.example>",
        "subject": "Žádost o přístup k datům a o povolení natáčení",
        "body": "Dobrý den,\nv příloze posíláme žádost podepsanou ředitelem.\nSekretariát\n",
        "attachments": [
            (
                "pdf",
                "Zadost_RadioHana.pdf",
                [
                    "Rozhlasová společnost Haná, a.s., provozovatel stanice Rádio Haná\n"
                    "IČO " + ICO_HANA + ", Horní náměstí 12, 779 00 Olomouc",
                    "Žádáme o:\n• přístup k XML výstupu s výsledky voleb,\n"
                    "• povolení pořizovat zvukový a obrazový záznam na Vašem pracovišti "
                    "v Olomouci během sčítání.",
                    {
                        "rows": [
                            ["Produkční adresy", "203.0.113.200, 203.0.113.201"],
                            ["Testovací adresa", "203.0.113.210"],
                        ],
                        "widths": [150, 250],
                    },
                    "Kontakt: Bc. Pavel Zedník, vedoucí techniky, pavel.zednik@radiohana.example, "
                    "tel. 585 200 317",
                    "Mgr. Ivo Štěpánek, ředitel",
                ],
            )
        ],
        "labels": L(
            [FEED, FILM],
            "Rozhlasová společnost Haná, a.s.",
            ICO_HANA,
            None,
            ["203.0.113.200", "203.0.113.201"],
            ["203.0.113.210"],
            "Pavel Zedník",
            "pavel.zednik@radiohana.example",
            "+420585200317",
        ),
    },
    {
        "id": "u026-pr-agency-for-estonian-daily",
        "description": "Czech PR agency applies on behalf of an Estonian daily (the applicant, "
        "no IČO); the agency's account manager is the contact",
        "style": Style.CONTRACTOR,
        "from": '"Šindelářová, Klára" <sindelarova@signalcomm.example>',
        "subject": "Žádost o přístup k XML – Tallinna Päevauudised (zastoupení)",
        "body": (
            "Dobrý den,\n\n"
            "zastupujeme v České republice estonský deník Tallinna Päevauudised AS, který žádá o "
            "přístup k XML s výsledky voleb. Deník nemá české IČO; my jako Signal "
            "Communications s.r.o. (IČO " + ICO_SIGNAL + ") jen vyřizujeme komunikaci, "
            "žadatelem je deník.\n\n"
            "Servery deníku v Tallinnu: 198.51.100.240 a 198.51.100.241 (produkce), "
            "198.51.100.250 (test).\n\n"
            "Kontaktní osobou za žadatele jsem já.\n\n"
            "S pozdravem\nKlára Šindelářová\nAccount Manager, Signal Communications s.r.o.\n"
            "M: +420 777 640 213\n"
        ),
        "labels": L(
            [FEED],
            "Tallinna Päevauudised AS",
            None,
            None,
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.250"],
            "Klára Šindelářová",
            "sindelarova@signalcomm.example",
            "+420777640213",
        ),
    },
    {
        "id": "u027-html-table-withdraws-filming",
        "description": "HTML table request; below it the sender withdraws the filming row",
        "style": Style.OUTLOOK,
        "from": "Robert Dušek <dusek@domovtv.example>",
        "subject": "Žádost – Domov TV",
        "html": (
            "<html><body><p class=MsoNormal>Dobrý den, posíláme žádost:</p>"
            "<table border=1><tr><td>Žadatel</td><td>Domov TV, z. ú.</td></tr>"
            "<tr><td>IČO</td><td>" + ICO_DOMOV + "</td></tr>"
            "<tr><td>Přístup k XML</td><td>ano</td></tr>"
            "<tr><td>Natáčení</td><td>ano</td></tr>"
            "<tr><td>Produkční IP</td><td>192.0.2.180</td></tr>"
            "<tr><td>Testovací IP</td><td>192.0.2.181</td></tr>"
            "<tr><td>Kontakt</td><td>Robert Dušek, 720 133 940</td></tr></table>"
            "<p class=MsoNormal>Oprava k tabulce: natáčení nakonec nestihneme, tu část "
            "žádosti prosím berte jako staženou. Přístup k XML platí.</p>"
            "<p class=MsoNormal>Robert Dušek</p></body></html>"
        ),
        "charset": "windows-1250",
        "headers": [("X-Mailer", "Microsoft Outlook 15.0")],
        "labels": L(
            [FEED],
            "Domov TV, z. ú.",
            ICO_DOMOV,
            None,
            ["192.0.2.180"],
            ["192.0.2.181"],
            "Robert Dušek",
            "dusek@domovtv.example",
            "+420720133940",
        ),
    },
    {
        "id": "u028-roles-by-order",
        "description": "two addresses whose roles are given by order ('v uvedeném pořadí')",
        "style": Style.FLOWED,
        "flowed": True,
        "from": "Simona Králová <kralova@mestskelisty.example>",
        "subject": "přístup k XML – Králová",
        "body": (
            "Dobrý den, \n"
            "jsem novinářka na volné noze z Příbrami, bez firmy, a žádám sama za sebe \n"
            "o přístup k XML s výsledky voleb pro svůj zpravodajský blog.\n\n"
            "Adresy 203.0.113.5 a 203.0.113.6 (v uvedeném pořadí produkční a \n"
            "testovací).\n\n"
            "Simona Králová \n"
            "tel. +420 (318) 625 441\n"
        ),
        "labels": L(
            [FEED],
            "Simona Králová",
            None,
            None,
            ["203.0.113.5"],
            ["203.0.113.6"],
            "Simona Králová",
            "kralova@mestskelisty.example",
            "+420318625441",
        ),
    },
]
