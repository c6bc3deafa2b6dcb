"""Sixteenth held-out part ``jb``, cases jb015–jb028: forms with yes/no columns, letters with
several people, data boxes with and without documents of their own, cover notes that amend the
attachment. Written by hand apart from the extraction rules (never tune against them)."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

CASES: list[dict[str, Any]] = [
    {
        "id": "jb015-docx-yes-no-column",
        "description": "DOCX form with ANO/NE column: feed ANO, filming NE",
        "style": "form",
        "from": "Kateřina Zelená <zelena@jihoceskelisty.example>",
        "subject": "Vyplněný formulář k volbám",
        "body": "Dobrý den,\nformulář přikládám.\nK. Zelená\n",
        "attachments": [
            (
                "docx",
                "formular_volby.docx",
                {
                    "blocks": [
                        "Žadatel: Jihočeské listy, s.r.o., IČO 41077954",
                        {
                            "rows": [
                                ["Požadavek", "ANO / NE"],
                                ["Přístup k XML souborům s výsledky", "ANO"],
                                ["Pořizování záznamu na pracovišti ČSÚ", "NE"],
                            ]
                        },
                        "IP adresy pro ostrý provoz: 198.51.100.64, 198.51.100.65, 198.51.100.66",
                        "IP adresy pro testovací provoz: 198.51.100.70",
                        "Kontakt: Kateřina Zelená, zelena@jihoceskelisty.example, 387 202 419",
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Jihočeské listy, s.r.o.",
            "41077954",
            None,
            ["198.51.100.64", "198.51.100.65", "198.51.100.66"],
            ["198.51.100.70"],
            "Kateřina Zelená",
            "zelena@jihoceskelisty.example",
            "+420387202419",
        ),
    },
    {
        "id": "jb016-databox-two-docs",
        "description": "data-box message with a cover letter PDF and an XLSX of addresses",
        "style": "databox",
        "databox": {"box": "b8rtx4c", "sender": "Rádio Beskydy s.r.o.", "address": "Frýdek-Místek"},
        "subject": "Žádost o přístup k datům – volby",
        "attachments": [
            (
                "pdf",
                "pruvodni_dopis.pdf",
                [
                    "Rádio Beskydy s.r.o., IČO 25166344",
                    "Žádáme o přístup k XML výsledkům voleb. Seznam adres je v samostatné tabulce.",
                    "Za společnost: Pavel Kubala, jednatel",
                    "Kontaktní osoba pro žádost (technik): Michal Ondruch, ondruch@radiobeskydy.example, 558 430 962",
                ],
            ),
            (
                "xlsx",
                "ip_adresy.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Adresa", "Prostředí", "Poznámka"],
                            ["203.0.113.15", "ostré", "studio"],
                            ["203.0.113.16", "ostré", "záloha"],
                            ["203.0.113.17", "test", ""],
                        ],
                    }
                ],
            ),
        ],
        "labels": L(
            FEED,
            "Rádio Beskydy s.r.o.",
            "25166344",
            "b8rtx4c",
            ["203.0.113.15", "203.0.113.16"],
            ["203.0.113.17"],
            "Michal Ondruch",
            "ondruch@radiobeskydy.example",
            "+420558430962",
        ),
    },
    {
        "id": "jb017-letterhead-many-ids",
        "description": "letter on a letterhead with publisher and magazine, bank account and DIČ near the IČO",
        "style": "letter",
        "from": "Redakce Ekonom Plus <redakce@ekonomplus.example>",
        "subject": "Žádost o zpřístupnění výsledků voleb",
        "body": "Dobrý den, v příloze dopis šéfredaktora.\n",
        "attachments": [
            (
                "docx",
                "dopis.docx",
                {
                    "header": "Ekonom Plus – měsíčník | vydává Moravia Press Media a.s.",
                    "footer": "Moravia Press Media a.s., IČO: 09271481, DIČ: CZ09271481, "
                    "č. ú. 2400518833/2010, tel. ústředna 545 000 111",
                    "blocks": [
                        "Vážení,",
                        "pro online zpravodajství měsíčníku Ekonom Plus žádáme o přístup k XML "
                        "výstupům. Produkční servery: 192.0.2.5 a 192.0.2.6. Test: 192.0.2.7.",
                        "Kontaktní osoba: Bc. Lenka Pospíšilová, pospisilova@ekonomplus.example, "
                        "mobil 605 118 204.",
                        "S pozdravem\nJan Vacek, šéfredaktor",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Moravia Press Media a.s.",
            "09271481",
            None,
            ["192.0.2.5", "192.0.2.6"],
            ["192.0.2.7"],
            "Lenka Pospíšilová",
            "pospisilova@ekonomplus.example",
            "+420605118204",
        ),
    },
    {
        "id": "jb018-english-xlsx-merged-role",
        "description": "English mail from a foreign broadcaster, XLSX with merged role cells",
        "style": "spreadsheet",
        "from": "Tomasz Wiśniewski <t.wisniewski@tvpolnoc.example>",
        "subject": "Czech election – XML feed access request",
        "body": (
            "Hello,\n\nTV Północ Sp. z o.o. (Poland) would like to receive the Czech election "
            "results XML. Our hosts are in the attached sheet. We have no Czech registration "
            "number.\n\nContact: Tomasz Wiśniewski, t.wisniewski@tvpolnoc.example, "
            "+48 22 615 40 83\n"
        ),
        "attachments": [
            (
                "xlsx",
                "hosts_tvpolnoc.xlsx",
                [
                    {
                        "title": "Hosts",
                        "rows": [
                            ["Environment", "IP address"],
                            ["Production", "198.18.100.1"],
                            ["", "198.18.100.2"],
                            ["", "2001:db8:4c::1"],
                            ["Test", "198.18.101.1"],
                        ],
                        "merge": ["A2:A4"],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "TV Północ Sp. z o.o.",
            None,
            None,
            ["198.18.100.1", "198.18.100.2", "2001:db8:4c::1"],
            ["198.18.101.1"],
            "Tomasz Wiśniewski",
            "t.wisniewski@tvpolnoc.example",
            "+48226154083",
        ),
    },
    {
        "id": "jb019-cover-contradicts-contact",
        "description": "PDF names one contact; the cover note says the contact has changed to another person",
        "style": "cover-note",
        "from": "Barbora Nováková <novakova@krajskydenik-zl.example>",
        "subject": "Žádost o přístup – změna kontaktu",
        "body": (
            "Dobrý den,\n\nv příloze je žádost, kterou podepsal ještě kolega Šimek. Ten od "
            "listopadu u nás nepracuje, kontaktní osobou budu já: Barbora Nováková, "
            "novakova@krajskydenik-zl.example, 731 882 507.\n\nDěkuji\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost.pdf",
                [
                    "Krajský deník Zlín s.r.o., IČO 27613500",
                    "Žádáme o přístup k XML výsledkům voleb. Ostrý provoz: 203.0.113.201. "
                    "Testovací provoz: 203.0.113.202.",
                    "Kontaktní osoba: Radek Šimek, simek@krajskydenik-zl.example, 731 882 100",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Krajský deník Zlín s.r.o.",
            "27613500",
            None,
            ["203.0.113.201"],
            ["203.0.113.202"],
            "Barbora Nováková",
            "novakova@krajskydenik-zl.example",
            "+420731882507",
        ),
    },
    {
        "id": "jb020-databox-filming-only-rtf",
        "description": "data-box message from a regional TV asking only to film, RTF letter",
        "style": "databox",
        "databox": {"box": "w5n2jd7", "sender": "TV Krkonoše, s.r.o.", "address": "Trutnov"},
        "subject": "Žádost o povolení natáčení na sběrném místě",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "TV Krkonoše, s.r.o., IČO 43509827",
                    "Žádáme o povolení pořídit obrazový záznam na sběrném místě v Hradci Králové "
                    "během zpracování výsledků. O přístup k datům nežádáme, výsledky přebíráme "
                    "z webu.",
                    "Kontakt: Veronika Hrubá, hruba@tvkrkonose.example, tel. +420 499 735 260",
                ],
            )
        ],
        "labels": L(
            FILM,
            "TV Krkonoše, s.r.o.",
            "43509827",
            "w5n2jd7",
            [],
            [],
            "Veronika Hrubá",
            "hruba@tvkrkonose.example",
            "+420499735260",
        ),
    },
    {
        "id": "jb021-odt-old-address-dropped",
        "description": "ODT: an old address marked as no longer used, new production pair listed",
        "style": "odt",
        "from": "Správa sítě <sit@mestskenoviny-kl.example>",
        "subject": "Aktualizace - přístup k volebním datům",
        "body": "Dobrý den, posíláme žádost (ODT). Díky, Filip Beran\n",
        "attachments": [
            (
                "odt",
                "zadost.odt",
                [
                    "Městské noviny Kladno, příspěvková organizace, IČO 04926617",
                    "Žádáme o přístup k XML výstupům pro volby.",
                    "Původní adresa 192.0.2.180 se již nepoužívá – server byl zrušen.",
                    [
                        ["Nové produkční adresy", "Testovací"],
                        ["192.0.2.185", "—"],
                        ["192.0.2.186", ""],
                    ],
                    "Vyřizuje Filip Beran, sit@mestskenoviny-kl.example, 312 604 951",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Městské noviny Kladno, příspěvková organizace",
            "04926617",
            None,
            ["192.0.2.185", "192.0.2.186"],
            [],
            "Filip Beran",
            "sit@mestskenoviny-kl.example",
            "+420312604951",
        ),
    },
    {
        "id": "jb022-html-mail-with-pdf-both",
        "description": "HTML-only mail asking for both; addresses in the attached PDF table with wrapped cells",
        "style": "html",
        "from": "Eliška Čermáková <cermakova@studiofokus.example>",
        "subject": "Volby – data i natáčení",
        "html": (
            "<p>Dobrý den,</p><p>za <b>Studio Fokus, z. ú.</b> (IČO 29844177) prosíme o přístup "
            "k XML výsledkům a také o povolení natáčet na sběrném místě v Ostravě. Adresy jsou "
            "v PDF.</p><p>Eliška Čermáková<br>tel. 596 113 480<br>cermakova@studiofokus.example</p>"
        ),
        "attachments": [
            (
                "pdf",
                "adresy.pdf",
                [
                    {
                        "rows": [
                            ["Účel", "IP"],
                            ["produkční server pro webové zpravodajství", "203.0.113.90"],
                            ["testovací server pro vývoj grafiky", "203.0.113.99"],
                        ],
                        "widths": [80, 100],
                    }
                ],
            )
        ],
        "labels": L(
            BOTH,
            "Studio Fokus, z. ú.",
            "29844177",
            None,
            ["203.0.113.90"],
            ["203.0.113.99"],
            "Eliška Čermáková",
            "cermakova@studiofokus.example",
            "+420596113480",
        ),
    },
    {
        "id": "jb023-docx-bracket-checkboxes",
        "description": "DOCX form with bracket checkboxes [x]/[ ], both requested",
        "style": "form",
        "from": "Aleš Kratochvíl <kratochvil@zpravy-vm.example>",
        "subject": "Formular - volby",
        "body": "Dobry den, formular je v priloze.\nAles Kratochvil\n",
        "attachments": [
            (
                "docx",
                "formular.docx",
                {
                    "blocks": [
                        "Název žadatele: Zprávy Valašska s.r.o.",
                        "IČ: 12188701",
                        "[x] přístup k XML výsledkům",
                        "[x] natáčení / fotografování na sběrném místě",
                        "Produkční IP: 198.51.100.120",
                        "Testovací IP: 198.51.100.121, 198.51.100.122",
                        "Kontakt: Aleš Kratochvíl, kratochvil@zpravy-vm.example, 571 611 390",
                    ]
                },
            )
        ],
        "labels": L(
            BOTH,
            "Zprávy Valašska s.r.o.",
            "12188701",
            None,
            ["198.51.100.120"],
            ["198.51.100.121", "198.51.100.122"],
            "Aleš Kratochvíl",
            "kratochvil@zpravy-vm.example",
            "+420571611390",
        ),
    },
    {
        "id": "jb024-databox-test-before-prod",
        "description": "data-box TXT that names the test address before the production ones",
        "style": "databox",
        "databox": {
            "box": "q9c4m1z",
            "sender": "Agentura Data Sever a.s.",
            "address": "Ústí nad Labem",
        },
        "subject": "Žádost – XML volby",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Agentura Data Sever a.s., ICO: 47352167\n\n"
                "Zadame o pristup k XML vysledkum voleb.\n"
                "Nejprve testovaci stroj: 198.18.2.44\n"
                "Pak ostre stroje: 198.18.2.40 a 198.18.2.41\n\n"
                "Kontaktni osoba: Zdenek Pilar, pilar@datasever.example, 475 220 968\n",
            )
        ],
        "labels": L(
            FEED,
            "Agentura Data Sever a.s.",
            "47352167",
            "q9c4m1z",
            ["198.18.2.40", "198.18.2.41"],
            ["198.18.2.44"],
            "Zdenek Pilar",
            "pilar@datasever.example",
            "+420475220968",
        ),
    },
    {
        "id": "jb025-declined-application-cover",
        "description": "cover note: the attached form is withdrawn except the filming part",
        "style": "cover-note",
        "from": "Hana Šindelářová <sindelarova@vltavin.example>",
        "subject": "žádost – úprava",
        "body": (
            "Dobrý den,\n\npřikládám formulář. Po poradě jsme se rozhodli XML data nakonec "
            "nepožadovat, IP adresy ve formuláři proto prosím nezpracovávejte. Platí jen žádost "
            "o natáčení.\n\nHana Šindelářová\nVltavín, z.s.\n"
        ),
        "attachments": [
            (
                "docx",
                "formular.docx",
                {
                    "blocks": [
                        "Žadatel: Vltavín, z.s., IČO 01193848",
                        "☒ přístup k XML výsledkům   ☒ natáčení",
                        "IP adresy: 192.0.2.240, 192.0.2.241",
                        "Kontakt: Hana Šindelářová, sindelarova@vltavin.example, 720 655 031",
                    ]
                },
            )
        ],
        "labels": L(
            FILM,
            "Vltavín, z.s.",
            "01193848",
            None,
            [],
            [],
            "Hana Šindelářová",
            "sindelarova@vltavin.example",
            "+420720655031",
        ),
    },
    {
        "id": "jb026-pdf-two-column-layout",
        "description": "PDF with applicant and technical data in two side-by-side columns",
        "style": "pdf",
        "from": "Roman Fiala <fiala@mediahouse-ol.example>",
        "subject": "Přístup k výsledkům voleb",
        "body": "Dobrý den,\nposílám vyplněný formulář v PDF.\nR. Fiala\n",
        "attachments": [
            (
                "pdf",
                "formular.pdf",
                [
                    {
                        "rows": [
                            ["ŽADATEL", "TECHNICKÉ ÚDAJE"],
                            ["MediaHouse Olomouc s.r.o.", "Produkce: 203.0.113.160/31"],
                            ["IČO 26610736", "Test: 203.0.113.170"],
                            ["Kontakt: Roman Fiala", "Požadujeme: přístup k XML"],
                            ["fiala@mediahouse-ol.example, 585 204 733", ""],
                        ],
                        "widths": [170, 170],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "MediaHouse Olomouc s.r.o.",
            "26610736",
            None,
            ["203.0.113.160", "203.0.113.161"],
            ["203.0.113.170"],
            "Roman Fiala",
            "fiala@mediahouse-ol.example",
            "+420585204733",
        ),
    },
    {
        "id": "jb027-reply-with-xlsx-correction",
        "description": "reply to the office's query with a corrected XLSX; the test address moves",
        "style": "reply",
        "from": "Jakub Doležal <dolezal@pressnet-hk.example>",
        "subject": "Re: Doplnění žádosti – volby",
        "body": (
            "Dobrý den,\n\nposílám opravenou tabulku, v původní byla testovací adresa omylem "
            "jako produkční. Platí tato verze.\n\nJakub Doležal\nPressNet Hradec s.r.o., "
            "IČO 48022578\ntel. 495 817 226\n\n"
            "> Dobrý den, v tabulce uvádíte tři produkční adresy, jedna z nich je ale podle "
            "poznámky testovací.\n> Prosíme o upřesnění.\n> Elektronická podatelna ČSÚ\n"
        ),
        "attachments": [
            (
                "xlsx",
                "adresy_opraveno.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["IP", "produkce/test"],
                            ["192.0.2.101", "produkce"],
                            ["192.0.2.102", "produkce"],
                            ["192.0.2.109", "test"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "PressNet Hradec s.r.o.",
            "48022578",
            None,
            ["192.0.2.101", "192.0.2.102"],
            ["192.0.2.109"],
            "Jakub Doležal",
            "dolezal@pressnet-hk.example",
            "+420495817226",
        ),
    },
    {
        "id": "jb028-slovak-rtf-rozsah",
        "description": "Slovak RTF with a production range written with a dash and no test addresses",
        "style": "letter",
        "from": "Zuzana Kováčová <kovacova@spravyzapad.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "body": "Dobrý deň, v prílohe žiadosť. Zuzana Kováčová\n",
        "attachments": [
            (
                "rtf",
                "ziadost.rtf",
                [
                    "Správy Západ, s. r. o., IČO 21499365",
                    "Žiadame o sprístupnenie XML výsledkov volieb pre produkčný rozsah "
                    "198.51.100.30 – 198.51.100.33. Testovacie prostredie nemáme.",
                    "Kontaktná osoba: Zuzana Kováčová, kovacova@spravyzapad.example, "
                    "+421 2 5443 1180",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Správy Západ, s. r. o.",
            "21499365",
            None,
            ["198.51.100.30", "198.51.100.31", "198.51.100.32", "198.51.100.33"],
            [],
            "Zuzana Kováčová",
            "kovacova@spravyzapad.example",
            "+421254431180",
        ),
    },
]
