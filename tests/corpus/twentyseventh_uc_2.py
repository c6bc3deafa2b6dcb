"""Twentyseventh held-out part ``uc``, cases uc015–uc028: a replaced server in a reply to the
applicant's own mail, a withdrawn and a conditional filming request, an English broadcaster's
HTML table, an Austrian film crew, a filming request for a later election, spreadsheet, ODT and
RTF attachments from a news site, an institute and a city, a forwarded IT mail, a data message
with a yes/no form, a plain-text checkbox form and Danish and Slovak senders. Written by hand
apart from the extraction rules (see make_twentyseventh_uc); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyseventh_uc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I15, I16, I17, I20 = ico("2491836"), ico("0637125"), ico("2920541"), ico("2578104")
I21, I22, I23, I24 = ico("0418367"), ico("6837712"), ico("0026293"), ico("4327759")
I25, I26, I28 = ico("2618805"), ico("0711498"), ico("5109372")

CASES: list[dict[str, Any]] = [
    {
        "id": "uc015-reply-replaced-server",
        "description": "reply to the applicant's own earlier mail: one production server "
        "replaced by a new one, the quoted original gives the rest",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Jihočeský týdeník, s.r.o.",
            I15,
            None,
            ["203.0.113.35", "203.0.113.31"],
            ["203.0.113.32"],
            "Vladimír Píša",
            "pisa@jctydenik.example",
            "+420602558310",
        ),
        "from": "Vladimír Píša <pisa@jctydenik.example>",
        "subject": "Re: Žádost o přístup k XML – Jihočeský týdeník",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se, ještě jedna změna k mé žádosti níže: server 203.0.113.30 jsme\n"
            "minulý týden vyřadili a nahradil ho nový stroj 203.0.113.35. Ostatní platí.\n\n"
            "Díky\nV. Píša\n\n"
            "Dne 3. 9. 2025 v 14:02 Vladimír Píša napsal(a):\n"
            "> Dobrý den,\n"
            ">\n"
            f"> Jihočeský týdeník, s.r.o., IČO {I15}, žádá o přístup k výsledkům voleb.\n"
            "> Produkční servery: 203.0.113.30, 203.0.113.31\n"
            "> Testovací server: 203.0.113.32\n"
            "> Kontakt: Vladimír Píša, 602 558 310\n"
            ">\n"
            "> S pozdravem\n"
            "> Vladimír Píša, IT\n"
        ),
    },
    {
        "id": "uc016-filming-withdrawn",
        "description": "asks for feed and filming, then withdraws filming at the end of the "
        "same mail (the cameraman fell ill)",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "TV Krkonoše a Podkrkonoší, z. s.",
            I16,
            None,
            ["198.51.100.44"],
            ["198.51.100.45"],
            "Markéta Hloušková",
            "hlouskova@tvkrkonose.example",
            "+420737660152",
        ),
        "from": "Markéta Hloušková <hlouskova@tvkrkonose.example>",
        "subject": "Volby – XML a natáčení",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            f"za spolek TV Krkonoše a Podkrkonoší, z. s. (IČ {I16}) žádám:\n"
            "1) o přístup k XML s výsledky – produkce 198.51.100.44, test 198.51.100.45\n"
            "2) o povolení natáčet na sběrném místě v Trutnově.\n\n"
            "Kontakt: Markéta Hloušková, 737 660 152.\n\n"
            "P.S. Právě mi volal kolega – kameraman onemocněl, takže bod 2 (natáčení)\n"
            "prosím ruším. Platí jen přístup k XML.\n\n"
            "Markéta Hloušková\n"
        ),
    },
    {
        "id": "uc017-conditional-filming",
        "description": "filming asked 'if it is possible' alongside the feed: a conditional "
        "request still asked for; backup server is production",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Brněnský metropolitní deník a.s.",
            I17,
            None,
            ["192.0.2.60", "192.0.2.61"],
            ["192.0.2.62"],
            "Lucie Navrátilová",
            "navratilova@bmdenik.example",
            "+420549123870",
        ),
        "from": "Lucie Navrátilová <navratilova@bmdenik.example>",
        "subject": "Žádost – výsledky voleb (XML), případně natáčení",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            f"Brněnský metropolitní deník a.s., IČO {I17}, žádá o přístup k výsledkům\n"
            "voleb ve formátu XML:\n\n"
            "hlavní server  192.0.2.60\n"
            "záložní server 192.0.2.61\n"
            "testovací      192.0.2.62\n\n"
            "Pokud to bude možné, žádáme také o povolení natáčet na sběrném místě v Brně\n"
            "(krátké záběry pro web, dva lidé, bez osvětlení).\n\n"
            "Kontaktní osoba: Lucie Navrátilová, tel. 549 123 870\n\n"
            "S pozdravem\nLucie Navrátilová\nBMD a.s.\n"
        ),
    },
    {
        "id": "uc018-english-html-columns",
        "description": "HTML-only mail from a UK broadcaster: roles as column headers "
        "(Production, Backup, Test), UK phone, no IČO",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Northbridge Broadcasting Ltd",
            None,
            None,
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.142"],
            "Oliver Pennington",
            "oliver.pennington@northbridge.example",
            "+447700900314",
        ),
        "from": "Oliver Pennington <oliver.pennington@northbridge.example>",
        "subject": "Access to live election results feed – Northbridge Broadcasting",
        "headers": OUTLOOK,
        "html": (
            "<html><body><p>Dear Sir or Madam,</p>"
            "<p>Northbridge Broadcasting Ltd (London) would like to request access to the live "
            "election results XML feed for our Central Europe desk. Our servers:</p>"
            '<table border="1" cellpadding="4"><tr><th>Production</th><th>Backup</th>'
            "<th>Test</th></tr>"
            "<tr><td>203.0.113.140</td><td>203.0.113.141</td><td>203.0.113.142</td></tr>"
            "</table>"
            "<p>Please direct any questions to me.</p>"
            "<p>Kind regards,<br>Oliver Pennington<br>Senior Systems Engineer, News "
            "Technology<br>Northbridge Broadcasting Ltd<br>Mobile: +44 7700 900314<br>"
            "Switchboard: +44 20 7946 0000</p></body></html>"
        ),
    },
    {
        "id": "uc019-austrian-crew-english",
        "description": "Austrian broadcaster writes English with a German signature: filming "
        "only, the feed explicitly not requested, crew members not the contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Alpenfunk Medien GmbH",
            None,
            None,
            [],
            [],
            "Florian Steinbauer",
            "f.steinbauer@alpenfunk.example",
            "+436645551207",
        ),
        "from": "Florian Steinbauer <f.steinbauer@alpenfunk.example>",
        "subject": "Filming permission – election night, Prague",
        "headers": APPLE,
        "body": (
            "Hello,\n\n"
            "we are a small TV team from Alpenfunk Medien GmbH (Linz) and would like to film at\n"
            "one of your collection points in Prague on election night. The crew: camera\n"
            "Jakob Lindner, sound Mira Hofer, and myself as producer and contact.\n\n"
            "We do not need the XML results feed, thank you.\n\n"
            "Best regards / Mit freundlichen Grüßen\n"
            "Florian Steinbauer\n"
            "Producer | Alpenfunk Medien GmbH | Landstraße 22, 4020 Linz\n"
            "M +43 664 555 1207\n"
        ),
    },
    {
        "id": "uc020-filming-later-election",
        "description": "regional TV asks to film at the next regional elections, not these; "
        "no feed, contact a colleague with a dashed phone",
        "style": Style.LETTER,
        "labels": L(
            [FILM],
            "Televize Hradecko s.r.o.",
            I20,
            None,
            [],
            [],
            "Jakub Vondráček",
            "vondracek@tvhradecko.example",
            "+420724318650",
        ),
        "from": "Redakce TV Hradecko <redakce@tvhradecko.example>",
        "subject": "Povolení k natáčení – krajské volby",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "s předstihem se obracíme s žádostí, která se netýká nadcházejících voleb, ale\n"
            "až krajských voleb příští rok na podzim. Rádi bychom natočili reportáž o tom, jak\n"
            "vzniká sčítání na sběrném místě v Hradci Králové.\n"
            "Přístup k XML nepotřebujeme, výsledky přebíráme od ČTK.\n\n"
            f"Televize Hradecko s.r.o., IČO {I20}\n"
            "Kontakt pro natáčení: Jakub Vondráček, 724-318-650, vondracek@tvhradecko.example\n\n"
            "Děkujeme\nredakce TV Hradecko\n"
        ),
    },
    {
        "id": "uc021-xlsx-old-address-row",
        "description": "news site's XLSX sheet: a row marked as the old, cancelled address, "
        "an active yes/no column",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Zprávy z Plzeňska, s.r.o.",
            I21,
            None,
            ["198.51.100.160", "198.51.100.162"],
            ["198.51.100.170"],
            "Roman Kubát",
            "kubat@zpravyplzensko.example",
            "+420603774120",
        ),
        "from": "Roman Kubát <kubat@zpravyplzensko.example>",
        "subject": "Žádost o XML výsledky – tabulka v příloze",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nadresy a údaje posílám v tabulce, jak loni.\n\n"
            "Roman Kubát\nZprávy z Plzeňska\n"
        ),
        "attachments": [
            (
                "xlsx",
                "volby_ip.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Zprávy z Plzeňska, s.r.o."],
                            ["IČO", I21],
                            ["Kontakt", "Roman Kubát, 603 774 120, kubat@zpravyplzensko.example"],
                            [],
                            ["Prostředí", "IP adresa", "Aktivní", "Poznámka"],
                            ["produkce", "198.51.100.160", "ano", ""],
                            ["produkce", "198.51.100.161", "ne", "starý server, zrušen"],
                            ["produkce", "198.51.100.162", "ano", "nový od 8/2025"],
                            ["test", "198.51.100.170", "ano", ""],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "uc022-institute-odt-ipv6",
        "description": "research institute (v. v. i.) sends an ODT: IPv4 and IPv6 production, "
        "IPv6 test, contact a researcher",
        "style": Style.INSTITUTION,
        "labels": L(
            [FEED],
            "Ústav pro výzkum veřejného mínění AV ČR, v. v. i.",
            I22,
            None,
            ["192.0.2.210", "2001:db8:a0::10"],
            ["2001:db8:a0::99"],
            "Pavel Chalupa",
            "chalupa@uvvm.cas.example",
            "+420221183547",
        ),
        "from": "Pavel Chalupa <chalupa@uvvm.cas.example>",
        "subject": "Žádost ÚVVM o přístup k datům voleb",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nžádost našeho ústavu je v příloze (ODT).\n\n"
            "Mgr. Pavel Chalupa, Ph.D.\noddělení volebních studií\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_UVVM.odt",
                [
                    "Ústav pro výzkum veřejného mínění AV ČR, v. v. i.",
                    f"IČ: {I22}",
                    "Žádáme o přístup k průběžným výsledkům voleb ve formátu XML pro "
                    "výzkumné účely (modelování účasti).",
                    [
                        ["Role", "IPv4", "IPv6"],
                        ["Produkční", "192.0.2.210", "2001:db8:a0::10"],
                        ["Testovací", "—", "2001:db8:a0::99"],
                    ],
                    "Kontaktní osoba: Mgr. Pavel Chalupa, Ph.D., tel. +420 221 183 547",
                ],
            )
        ],
    },
    {
        "id": "uc023-city-rtf-both",
        "description": "statutory city's press office sends an RTF letter: feed and filming, "
        "a dotted date and a case number near the addresses",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FEED, FILM],
            "Statutární město Kladenov",
            I23,
            None,
            ["203.0.113.180"],
            ["203.0.113.181"],
            "Simona Veselá",
            "vesela@kladenov.example",
            "+420312604455",
        ),
        "from": "Simona Veselá <vesela@kladenov.example>",
        "subject": "Žádost města Kladenov – XML a natáčení",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nv příloze žádost města.\n\nSimona Veselá\ntisková mluvčí\n",
        "attachments": [
            (
                "rtf",
                "zadost_mesto.rtf",
                [
                    "Statutární město Kladenov, Magistrát, náměstí Starosty Pavla 44",
                    f"IČO: {I23}",
                    "Č. j.: MMK/OKP/12.9.2025/0871",
                    "Věc: přístup k výsledkům voleb a povolení natáčení",
                    "Město Kladenov provozuje městskou televizi a zpravodajský web. Žádáme:",
                    [
                        ["", "IP adresa"],
                        ["produkční", "203.0.113.180"],
                        ["testovací", "203.0.113.181"],
                    ],
                    "Dále žádáme o povolení natáčení městskou televizí na sběrném místě.",
                    "Kontaktní osoba: Simona Veselá, tisková mluvčí, tel. 312 604 455, "
                    "vesela@kladenov.example",
                ],
            )
        ],
    },
    {
        "id": "uc024-forward-from-it-eml",
        "description": "editor forwards the IT department's mail as an attached .eml and "
        "refers to it for the addresses; the editor is the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Olomoucký večerník s.r.o.",
            I24,
            None,
            ["198.51.100.100", "198.51.100.101"],
            ["198.51.100.110"],
            "Barbora Zedníková",
            "zednikova@olvecernik.example",
            "+420777812304",
        ),
        "from": "Barbora Zedníková <zednikova@olvecernik.example>",
        "subject": "Fwd: IP adresy pro ČSÚ",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            f"Olomoucký večerník s.r.o. (IČO {I24}) žádá o přístup k XML s výsledky voleb.\n"
            "IP adresy našich serverů jsou v přeposlané zprávě od našeho IT v příloze.\n"
            "Kontaktní osobou jsem já, Barbora Zedníková, 777 812 304.\n\n"
            "Děkuji\nBarbora Zedníková, šéfredaktorka\n"
        ),
        "attachments": [
            (
                "eml",
                "IP adresy pro ČSÚ.eml",
                {
                    "id": "uc024-inner",
                    "from": "IT Olomoucký večerník <it@olvecernik.example>",
                    "to": "zednikova@olvecernik.example",
                    "subject": "IP adresy pro ČSÚ",
                    "body": (
                        "Ahoj Báro,\n\n"
                        "pro ČSÚ:\n"
                        "ostré: 198.51.100.100 a 198.51.100.101\n"
                        "testovací: 198.51.100.110\n\n"
                        "Martin (IT), linka 215\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "uc025-databox-docx-yes-no",
        "description": "data message from a foreign-owned Czech subsidiary: DOCX form with an "
        "ano/ne column for the request types, box ID in the page header",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Media Wschód CZ s.r.o.",
            I25,
            "n5tg7ha",
            ["192.0.2.225", "192.0.2.226"],
            [],
            "Kamil Nowicki",
            "nowicki@mediawschod.example",
            "+420608150277",
        ),
        "subject": "Žádost – volby 2025",
        "databox": {
            "box": "n5tg7ha",
            "sender": "Media Wschód CZ s.r.o.",
            "address": "Českobratrská 8, 702 00 Ostrava",
        },
        "attachments": [
            (
                "docx",
                "wniosek_zadost.docx",
                {
                    "header": f"Media Wschód CZ s.r.o. | IČO {I25} | DS: n5tg7ha",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb a o povolení natáčení",
                        {
                            "rows": [
                                ["Žádáme o", "ano / ne"],
                                ["přístup k XML s výsledky voleb", "ano"],
                                ["povolení natáčení na sběrném místě", "ano"],
                            ]
                        },
                        {
                            "rows": [
                                ["Produkční IP", "192.0.2.225, 192.0.2.226"],
                                ["Testovací IP", "nemáme"],
                                ["Kontaktní osoba", "Kamil Nowicki"],
                                ["E-mail", "nowicki@mediawschod.example"],
                                ["Telefon", "+420 608 150 277"],
                            ]
                        },
                        "Kamil Nowicki, redaktor, z pověření jednatele",
                    ],
                },
            )
        ],
    },
    {
        "id": "uc026-plaintext-checkbox-form",
        "description": "plain-text form filled in windows-1250: [x] feed, [ ] filming, "
        "blank test field",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Vydavatelství Kraj Vysočina, spol. s r.o.",
            I26,
            None,
            ["203.0.113.55"],
            [],
            "Alena Štouračová",
            "stouracova@vkv.example",
            "+420567301884",
        ),
        "from": "Alena Štouračová <stouracova@vkv.example>",
        "subject": "Formulář – žádost média",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den, posílám vyplněný formulář.\n\n"
            "ŽÁDOST MÉDIA\n"
            "Název: Vydavatelství Kraj Vysočina, spol. s r.o.\n"
            f"IČO: {I26}\n"
            "Žádám o:\n"
            "  [x] přístup k výsledkům voleb (XML)\n"
            "  [ ] povolení natáčení na sběrném místě\n"
            "Produkční IP adresy (max. 5): 203.0.113.55\n"
            "Testovací IP adresy (max. 5): \n"
            "Kontaktní osoba: Alena Štouračová\n"
            "E-mail: stouracova@vkv.example\n"
            "Telefon: 567 301 884\n\n"
            "S pozdravem A. Štouračová\n"
        ),
    },
    {
        "id": "uc027-danish-newspaper",
        "description": "Danish newspaper writing Danish: feed and filming, roles produktion/"
        "test, Danish phone with spaces",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Dagbladet Øresund A/S",
            None,
            None,
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Mette Kjærgaard",
            "mk@dagbladet-oresund.example",
            "+4533125678",
        ),
        "from": "Mette Kjærgaard <mk@dagbladet-oresund.example>",
        "subject": "Ansøgning om adgang til valgresultater og filmtilladelse",
        "headers": GMAIL,
        "body": (
            "Kære modtager,\n\n"
            "Dagbladet Øresund A/S ansøger hermed om adgang til jeres XML-tjeneste med\n"
            "valgresultater samt tilladelse til at filme på et af jeres indsamlingssteder.\n\n"
            "Produktionsserver: 192.0.2.90\n"
            "Testserver: 192.0.2.91\n\n"
            "Kontakt: Mette Kjærgaard, tlf. +45 33 12 56 78\n\n"
            "Venlig hilsen\nMette Kjærgaard\nudlandsredaktionen\n"
        ),
    },
    {
        "id": "uc028-slovak-freelancer-film",
        "description": "Slovak freelance photographer (trade name with a dash) asks only to "
        "film, rules out the XML in Slovak",
        "style": Style.FREELANCE,
        "labels": L(
            [FILM],
            "Zuzana Hrnčiarová – ZH foto",
            I28,
            None,
            [],
            [],
            "Zuzana Hrnčiarová",
            "zuzana@zhfoto.example",
            "+421944607215",
        ),
        "from": "Zuzana Hrnčiarová <zuzana@zhfoto.example>",
        "subject": "povolenie na natáčanie",
        "headers": SEZNAM,
        "body": (
            "Dobrý deň,\n\n"
            "som fotografka a kameramanka na voľnej nohe (Zuzana Hrnčiarová – ZH foto,\n"
            f"IČO {I28}) a pre Denník Východ pripravujem reportáž. Prosím o povolenie\n"
            "natáčať v zbernom mieste v Brne. O prístup k XML nežiadam.\n\n"
            "Ďakujem, Zuzana Hrnčiarová\n+421 944 607 215\n"
        ),
    },
]
