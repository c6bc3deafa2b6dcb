"""Fifty-sixth held-out part ``cu``, cases cu029–cu042: a municipality's data message asking
only to film, a Swiss publisher with a netmask and an RTF, an English-Czech freelancer with an
IPv6 VPS, a reply withdrawing the feed, an Italian agency deferring its filming, a data message
whose annotation corrects the DOCX, a Swedish foundation's PDF with a range, a faculty's letter
with a /30, a Flemish TV asking only to film, a terse base64 self-correction, a Danish mail in
multipart/alternative, a German university institute with IPv6, an agency's data message with
a merged-cell workbook and a Czech TV applying early for a later election. Written by hand
apart from the extraction rules (see make_fiftysixth_cu); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftysixth_cu_common import (
    APPLE,
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OWA,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I29, I32, I34, I36 = ico("0267341"), ico("2739180"), ico("2618475"), ico("7102834")
I38, I41, I42 = ico("2856093"), ico("2581640"), ico("2907316")

CASES: list[dict[str, Any]] = [
    {
        "id": "cu029-databox-municipality-filming-only",
        "description": "a municipality's data message (box type 10) with an ODT asking only to "
        "film for its newsletter and local channel; the mayor signs, an officer is the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Obec Velká Lhotka",
            I29,
            "ob3lh7k",
            [],
            [],
            "Hana Marková",
            "markova@velkalhotka.example",
            "+420569441207",
        ),
        "databox": box("ob3lh7k", "Obec Velká Lhotka", "Velká Lhotka 1, 582 82 Velká Lhotka", 10),
        "subject": "Žádost o povolení natáčení - volby",
        "attachments": [
            (
                "odt",
                "zadost_nataceni.odt",
                [
                    "Obec Velká Lhotka, Velká Lhotka 1, 582 82, IČO " + I29,
                    "Věc: žádost o povolení natáčení",
                    "Obec Velká Lhotka vydává měsíční zpravodaj a provozuje obecní kanál na "
                    "kabelové síti. Rádi bychom v den voleb natočili krátký záznam na "
                    "krajském pracovišti ČSÚ v Jihlavě.",
                    "O přístup k datovému výstupu výsledků nežádáme.",
                    [
                        ["Kontaktní osoba", "Bc. Hana Marková, referentka"],
                        ["Telefon", "569 441 207"],
                        ["E-mail", "markova@velkalhotka.example"],
                    ],
                    "Ing. Josef Tichý\nstarosta obce",
                ],
            )
        ],
    },
    {
        "id": "cu030-swiss-netmask-rtf",
        "description": "Swiss publisher, short German cover and an RTF: production as an address "
        "with netmask 255.255.255.252 (four addresses), one test address",
        "style": Style.HOSTS,
        "labels": L(
            [FEED],
            "Verlag Thurgauer Nachrichten AG",
            None,
            None,
            ["198.51.100.208", "198.51.100.209", "198.51.100.210", "198.51.100.211"],
            ["198.51.100.216"],
            "Reto Brunner",
            "reto.brunner@thurgauer-nachrichten.example",
            "+41716263340",
        ),
        "from": "Reto Brunner <reto.brunner@thurgauer-nachrichten.example>",
        "subject": "Gesuch Zugang Wahlresultate",
        "headers": EVOLUTION,
        "body": "Grüezi\n\nIm Anhang unser Gesuch für den Zugang zu den Wahlresultaten.\n\n"
        "Freundliche Grüsse\nReto Brunner\n",
        "attachments": [
            (
                "rtf",
                "Gesuch_CZSO.rtf",
                [
                    "Verlag Thurgauer Nachrichten AG, Bahnhofstrasse 21, 8500 Frauenfeld",
                    "Gesuch um Zugang zum XML-Server mit den Wahlresultaten",
                    [
                        ["Produktivnetz", "198.51.100.208 / 255.255.255.252"],
                        ["Testsystem", "198.51.100.216"],
                        ["Drehgenehmigung", "nein"],
                        ["Kontakt", "Reto Brunner, +41 71 626 33 40"],
                    ],
                    "Frauenfeld, 1. September 2025",
                ],
            )
        ],
    },
    {
        "id": "cu031-english-czech-freelancer-ipv6-vps",
        "description": "British freelance video journalist in Prague writing English with "
        "Czech bits: both requests, a single IPv6 VPS as production, no test (dynamic IP)",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Oliver Hartley",
            None,
            None,
            ["2001:db8:ab::7"],
            [],
            "Oliver Hartley",
            "oliver@hartleyvideo.example",
            "+447700900412",
        ),
        "from": "Oliver Hartley <oliver@hartleyvideo.example>",
        "subject": "Žádost / request – XML + filming",
        "headers": APPLE,
        "body": "Dobrý den,\n\n"
        "omlouvám se, moje čeština není dobrá, so I'll continue in English. I'm a freelance "
        "video journalist based in Prague (no company, I work for several UK outlets) and "
        "I'd like to ask for two things:\n\n"
        "1) access to the XML results feed – my VPS is 2001:DB8:AB:0:0:0:0:7 (production). "
        "I'd test from my laptop but it has a dynamic IP, so no test address, sorry.\n"
        "2) permission to film at the collection point in Prague on election night.\n\n"
        "Děkuji moc!\n"
        "Oliver Hartley\n"
        "+44 7700 900412\n",
    },
    {
        "id": "cu032-reply-feed-withdrawn-filming-stays",
        "description": "reply withdrawing the XML part of the quoted original (its addresses go "
        "with it); only filming remains",
        "style": Style.REPLY,
        "labels": L(
            [FILM],
            "Týdeník Polabí s.r.o.",
            I32,
            None,
            [],
            [],
            "Radka Šimonová",
            "simonova@tydenikpolabi.example",
            "+420603774218",
        ),
        "from": "Radka Šimonová <simonova@tydenikpolabi.example>",
        "subject": "Re: Žádost o XML a natáčení - Týdeník Polabí",
        "headers": SEZNAM,
        "body": "Dobrý den,\n\n"
        "po poradě s vedením žádost o přístup k XML stahujeme – výsledky budeme přebírat "
        "od agentury. Natáčení na pracovišti v Nymburce ale platí, fotograf přijede.\n\n"
        "Děkuji, Radka Šimonová\n\n"
        "Dne 28. 8. 2025 v 9:14 Radka Šimonová napsala:\n"
        "> Dobrý den,\n"
        "> Týdeník Polabí s.r.o. (IČO " + I32 + ") žádá o přístup k XML výsledkům\n"
        "> (produkce 198.51.100.60, test 198.51.100.61) a o povolení natáčení.\n"
        "> Kontakt: Radka Šimonová, 603 774 218\n",
    },
    {
        "id": "cu033-italian-agency-filming-later",
        "description": "Italian press agency: asks for XML now, defers the filming ('le riprese "
        "più avanti', so not requested); production pair and one test in Italian",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agenzia Stampa Adriatica S.r.l.",
            None,
            None,
            ["203.0.113.10", "203.0.113.11"],
            ["203.0.113.12"],
            "Giulia Ferretti",
            "g.ferretti@agenziaadriatica.example",
            "+390712204471",
        ),
        "from": "Giulia Ferretti <g.ferretti@agenziaadriatica.example>",
        "subject": "Richiesta accesso risultati elettorali XML",
        "headers": MAC_OUTLOOK,
        "body": "Gentili Signori,\n\n"
        "l'Agenzia Stampa Adriatica S.r.l. chiede l'accesso al server con i risultati "
        "elettorali in formato XML.\n\n"
        "Indirizzi IP di produzione: 203.0.113.10, 203.0.113.11\n"
        "Indirizzo IP di test: 203.0.113.12\n\n"
        "Per le riprese presso il centro di raccolta vi scriveremo più avanti, quando sapremo "
        "chi sarà a Praga.\n\n"
        "Referente: Giulia Ferretti, tel. +39 071 220 4471\n\n"
        "Cordiali saluti\nGiulia Ferretti\nAgenzia Stampa Adriatica S.r.l., Ancona\n",
    },
    {
        "id": "cu034-databox-annotation-corrects-docx",
        "description": "data message: the DOCX gives a test address, the annotation corrects it; "
        "production pair unchanged",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Deník Jizerské hory, s.r.o.",
            I34,
            "dj5mx8r",
            ["192.0.2.170", "192.0.2.171"],
            ["192.0.2.181"],
            "Petr Bureš",
            "bures@denikjizera.example",
            "+420482551309",
        ),
        "databox": box("dj5mx8r", "Deník Jizerské hory, s.r.o.", "Palackého 40, 466 01 Jablonec"),
        "subject": "Žádost o XML výsledky. Oprava: testovací adresa je 192.0.2.181, ne .180 "
        "jak je chybně uvedeno v příloze.",
        "attachments": [
            (
                "docx",
                "zadost_DJH.docx",
                {
                    "header": "Deník Jizerské hory, s.r.o. · IČO " + I34,
                    "blocks": [
                        "Žádost o přístup k průběžným výsledkům voleb (XML)",
                        {
                            "rows": [
                                ["", "IP adresa"],
                                ["Produkce", "192.0.2.170, 192.0.2.171"],
                                ["Test", "192.0.2.180"],
                            ]
                        },
                        "Kontakt: Petr Bureš, bures@denikjizera.example, tel. 482 551 309",
                    ],
                },
            )
        ],
    },
    {
        "id": "cu035-swedish-foundation-pdf-range",
        "description": "Swedish research foundation, English cover, PDF in Swedish with a range "
        "'198.18.40.10–12' and one test address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Stiftelsen Nordiska institutet för valstudier",
            None,
            None,
            ["198.18.40.10", "198.18.40.11", "198.18.40.12"],
            ["198.18.40.20"],
            "Annika Holm",
            "annika.holm@nivs.example",
            "+46855412030",
        ),
        "from": "Annika Holm <annika.holm@nivs.example>",
        "subject": "Application for election results access",
        "headers": OWA,
        "body": "Dear colleagues,\n\nplease find our application attached (in Swedish, the "
        "table is self-explanatory).\n\nBest,\nAnnika Holm\n",
        "attachments": [
            (
                "pdf",
                "ansokan_CZSO.pdf",
                [
                    "Stiftelsen Nordiska institutet för valstudier\nDrottninggatan 55, "
                    "111 21 Stockholm",
                    "Ansökan om tillgång till valresultat i XML-format",
                    {
                        "rows": [
                            ["Produktion", "198.18.40.10–12"],
                            ["Test", "198.18.40.20"],
                            ["Kontaktperson", "Dr. Annika Holm, +46 8 554 120 30"],
                            ["Filmtillstånd", "behövs inte"],
                        ],
                        "widths": [120, 300],
                    },
                    "Stockholm den 3 september 2025\nAnnika Holm",
                ],
            )
        ],
    },
    {
        "id": "cu036-faculty-letter-slash30-both",
        "description": "a faculty writes in its own name, the applicant is its university (as "
        "the letter names it, with the legal form); production as a /30, students to film",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Univerzita Vysočiny v Jihlavě, veřejná vysoká škola",
            I36,
            None,
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
            ["203.0.113.72"],
            "Pavel Rybář",
            "pavel.rybar@uvj.example",
            "+420567141220",
        ),
        "from": "Pavel Rybář <pavel.rybar@uvj.example>",
        "subject": "Žádost Fakulty multimediálních komunikací – volby",
        "headers": TBIRD,
        "body": "Univerzita Vysočiny v Jihlavě, veřejná vysoká škola\n"
        "Fakulta multimediálních komunikací\n"
        "Tolstého 16, 586 01 Jihlava, IČO " + I36 + "\n\n"
        "Vážení,\n\n"
        "Fakulta multimediálních komunikací připravuje se studenty žurnalistiky volební "
        "vysílání studentské televize. Žádáme proto o:\n"
        "- zpřístupnění průběžných výsledků ve formátu XML: produkční síť 203.0.113.64/30, "
        "testovací server 203.0.113.72,\n"
        "- povolení natáčení na krajském pracovišti ČSÚ v Jihlavě (štáb tří studentů pod "
        "vedením Mgr. Evy Kunešové).\n\n"
        "Kontaktní osobou je Mgr. Pavel Rybář, Ph.D., tel. 567 141 220.\n\n"
        "S pozdravem\n"
        "doc. Mgr. Lenka Horáková, Ph.D.\n"
        "proděkanka pro vnější vztahy\n",
    },
    {
        "id": "cu037-flemish-tv-filming-only",
        "description": "Flemish regional TV writing Dutch: filming only, 'geen XML-feed nodig'; "
        "two crew members named besides the contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Regionale Televisie Kempen vzw",
            None,
            None,
            [],
            [],
            "Lotte Peeters",
            "lotte.peeters@rtkempen.example",
            "+3214582210",
        ),
        "from": "Lotte Peeters <lotte.peeters@rtkempen.example>",
        "subject": "Filmtoelating verkiezingsavond",
        "headers": CENTRUM,
        "body": "Beste,\n\n"
        "Regionale Televisie Kempen vzw maakt een reportage over de Tsjechische verkiezingen "
        "en vraagt toelating om te filmen in het telcentrum in Praag. Een XML-feed hebben we "
        "niet nodig.\n\n"
        "Ploeg: Wout Janssens (camera), Bram Claes (geluid)\n"
        "Contactpersoon: Lotte Peeters, +32 14 58 22 10\n\n"
        "Met vriendelijke groeten,\nLotte Peeters\nredactie RTK\n",
    },
    {
        "id": "cu038-terse-base64-self-correction",
        "description": "base64 reply to its own earlier mail: the test address changes, the old "
        "one is said to be stale; production unchanged from the quoted original",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Rádio Kopec s.r.o.",
            I38,
            None,
            ["198.51.100.248"],
            ["198.51.100.250"],
            "Vojtěch Hrubý",
            "hruby@radiokopec.example",
            "+420736409512",
        ),
        "from": "Vojtěch Hrubý <hruby@radiokopec.example>",
        "subject": "Re: xml volby - Rádio Kopec",
        "headers": SAMSUNG,
        "cte": "base64",
        "body": "oprava: test je .250, ta .249 je stará a už neběží. zbytek platí.\nVH\n\n"
        "-------- Původní zpráva --------\n"
        "Od: Vojtěch Hrubý <hruby@radiokopec.example>\n\n"
        "Dobrý den, Rádio Kopec s.r.o. (IČO " + I38 + ") žádá o XML s výsledky voleb.\n"
        "prod 198.51.100.248\ntest 198.51.100.249\n"
        "Vojtěch Hrubý, technik, 736 409 512\n",
    },
    {
        "id": "cu039-danish-alternative-both",
        "description": "Danish media house writing Danish with English terms, "
        "multipart/alternative; both requests; 'henholdsvis' order word for production/test",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Vestjysk Mediehus A/S",
            None,
            None,
            ["192.0.2.200"],
            ["192.0.2.201"],
            "Mette Kjærgaard",
            "mk@vestjyskmediehus.example",
            "+4597412288",
        ),
        "from": "Mette Kjærgaard <mk@vestjyskmediehus.example>",
        "subject": "Ansøgning: XML feed og filmtilladelse",
        "headers": GMAIL,
        "body": "Kære modtager,\n\n"
        "Vestjysk Mediehus A/S søger om adgang til jeres XML feed med valgresultater samt "
        "tilladelse til at filme i optællingscentret i Prag.\n\n"
        "Vores produktions- og test-IP er henholdsvis 192.0.2.200 og 192.0.2.201.\n\n"
        "Kontakt: Mette Kjærgaard, +45 97 41 22 88\n\n"
        "Venlig hilsen\nMette Kjærgaard\n",
        "html": "<div>Kære modtager,</div><div><br></div>"
        "<div>Vestjysk Mediehus A/S søger om adgang til jeres XML feed med valgresultater "
        "samt tilladelse til at filme i optællingscentret i Prag.</div><div><br></div>"
        "<div>Vores produktions- og test-IP er henholdsvis <b>192.0.2.200</b> og "
        "<b>192.0.2.201</b>.</div><div><br></div>"
        "<div>Kontakt: Mette Kjærgaard, +45 97 41 22 88</div><div><br></div>"
        "<div>Venlig hilsen<br>Mette Kjærgaard</div>",
    },
    {
        "id": "cu040-german-university-institute-ipv6",
        "description": "German university institute applying (label: the university as the "
        "mail writes it); IPv6 and IPv4 production, no test; professor signs, "
        "'Ansprechpartner' names a researcher",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Universität Oberlausitz",
            None,
            None,
            ["198.51.100.100", "2001:db8:de::100"],
            [],
            "Felix Maas",
            "felix.maas@uni-oberlausitz.example",
            "+493581374229",
        ),
        "from": "Prof. Dr. Jürgen Albrecht <juergen.albrecht@uni-oberlausitz.example>",
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (Forschungsprojekt)",
        "headers": IPHONE,
        "body": "Sehr geehrte Damen und Herren,\n\n"
        "das Institut für Wahlforschung der Universität Oberlausitz beantragt für ein "
        "vergleichendes Forschungsprojekt den Zugang zu Ihrem XML-Server.\n\n"
        "Server: 198.51.100.100 sowie 2001:db8:de::100 (beide produktiv; einen separaten "
        "Testrechner haben wir nicht)\n\n"
        "Ansprechpartner: Dr. Felix Maas, felix.maas@uni-oberlausitz.example, "
        "+49 3581 374229\n\n"
        "Mit freundlichen Grüßen\n"
        "Prof. Dr. Jürgen Albrecht\n"
        "Universität Oberlausitz, Institut für Wahlforschung, Görlitz\n",
    },
    {
        "id": "cu041-databox-agency-xlsx-merged-both",
        "description": "press agency's data message, workbook with a merged role cell over "
        "two production rows and a crew list (not the contact); both requests",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Tisková agentura Morava, a.s.",
            I41,
            "tam2k6w",
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.182"],
            "Simona Rážová",
            "razova@tamorava.example",
            "+420541220874",
        ),
        "databox": box("tam2k6w", "Tisková agentura Morava, a.s.", "Kounicova 6, 602 00 Brno"),
        "subject": "TAM – žádost o přístup k výsledkům voleb a o povolení natáčení",
        "attachments": [
            (
                "xlsx",
                "TAM_volby.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Tisková agentura Morava, a.s., IČO " + I41, ""],
                            ["Požadujeme", "XML výsledky + natáčení", ""],
                            ["Produkce", "203.0.113.180", "hlavní"],
                            ["", "203.0.113.181", "záloha"],
                            ["Test", "203.0.113.182", ""],
                            ["Kontakt", "Simona Rážová", "541 220 874"],
                            ["", "razova@tamorava.example", ""],
                        ],
                        "merge": ["A3:A4", "A6:A7"],
                    },
                    {
                        "title": "Štáb",
                        "rows": [
                            ["Jméno", "Funkce"],
                            ["Jakub Straka", "kameraman"],
                            ["Daniela Fialová", "redaktorka"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cu042-czech-tv-later-election-iso",
        "description": "regional TV applying already now, as a whole, for next year's regional "
        "elections, iso-8859-2; addresses given 'in the order production, test'",
        "style": Style.HOSTS,
        "labels": L(
            [FEED],
            "TV Beskydy s.r.o.",
            I42,
            None,
            ["192.0.2.220"],
            ["192.0.2.229"],
            "Adam Kocourek",
            "kocourek@tvbeskydy.example",
            "+420558640331",
        ),
        "from": "Adam Kocourek <kocourek@tvbeskydy.example>",
        "subject": "Žádost o přístup k výsledkům - krajské volby 2028",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": "Dobrý den,\n\n"
        "s předstihem podáváme žádost o přístup k XML s průběžnými výsledky pro krajské "
        "volby 2028. Letos výsledky nepotřebujeme.\n\n"
        "Adresy (v pořadí produkce, test): 192.0.2.220; 192.0.2.229\n\n"
        "TV Beskydy s.r.o., IČO " + I42 + "\n"
        "Adam Kocourek, technický ředitel, tel. 558 640 331\n",
    },
]
