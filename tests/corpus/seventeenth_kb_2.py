"""Seventeenth held-out part ``kb``, cases kb015–kb028: replies, forwards, corrections, PDF
columns, merged-cell forms and more data messages, written by hand apart from the extraction
rules."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico
from tests.corpus.seventeenth_kb_common import Style

FEED = "feed_access"
FILM = "recording_permit"

ICO_BRNO_DNES = ico("2605518")
ICO_SEVER = ico("4712260")
ICO_KAMERA = ico("0398114")
ICO_OLOMOUC = ico("2177035")
ICO_POLABI = ico("2934401")
ICO_STREDOCESKA = ico("2463358")
ICO_VYSOCINA_FM = ico("2501293")
ICO_KVETEN = ico("2859036")
ICO_HORIZONT = ico("2710449")
ICO_JIH = ico("0481367")

CASES: list[dict[str, Any]] = [
    {
        "id": "kb015-reply-xlsx-after-office-query",
        "description": "reply to the office's request for completion (office phone and address "
        "quoted) with an updated XLSX of hosts",
        "style": Style.REPLY,
        "from": "Lukáš Tichý <tichy@brnodnes.example>",
        "subject": "Re: Doplnění žádosti – evidenční číslo PDT-2025-0412",
        "body": (
            "Dobrý den,\n\nomlouvám se, v původní žádosti chyběly testovací adresy. Posílám "
            "doplněnou tabulku, platí už jen ona.\n\nLukáš Tichý\nBrno dnes, s.r.o.\n"
            "mob. 723 908 115\n\n"
            "> Dobrý den,\n> k Vaší žádosti prosíme doplnit adresy testovacího prostředí.\n"
            "> S pozdravem\n> podatelna ČSÚ, tel. +420 274 052 733, podatelna@czso.cz\n"
        ),
        "attachments": [
            (
                "xlsx",
                "brnodnes_adresy_v2.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Brno dnes, s.r.o.", f"IČO {ICO_BRNO_DNES}"],
                            ["Typ", "IP adresa", "Poznámka"],
                            ["ostrý provoz", "198.51.100.31", "primární"],
                            ["ostrý provoz", "198.51.100.32", "záložní"],
                            ["test", "198.51.100.230", ""],
                            ["test", "198.51.100.231", ""],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Brno dnes, s.r.o.",
            ICO_BRNO_DNES,
            None,
            ["198.51.100.31", "198.51.100.32"],
            ["198.51.100.230", "198.51.100.231"],
            "Lukáš Tichý",
            "tichy@brnodnes.example",
            "+420723908115",
        ),
    },
    {
        "id": "kb016-pdf-two-sites-backup",
        "description": "PDF with primary and backup sites side by side (backup is production), "
        "a /31 and a test host below",
        "style": Style.PDF,
        "from": "Sever rádio – IT <it@sever-radio.example>",
        "subject": "Žádost o přístup – Sever rádio",
        "body": "Dobrý den,\nžádost v PDF je přiložena.\nIT oddělení\n",
        "attachments": [
            (
                "pdf",
                "sever_zadost.pdf",
                [
                    f"Sever rádio, a.s. — IČO {ICO_SEVER}\nKlášterní 7, 412 01 Litoměřice",
                    "Žádáme o přístup k XML výstupu průběžných výsledků voleb.",
                    {
                        "rows": [
                            ["Primární lokalita (Litoměřice)", "Záložní lokalita (Praha)"],
                            ["203.0.113.100/31", "198.51.100.60"],
                        ],
                        "widths": [220, 220],
                    },
                    "Testovací prostředí: 203.0.113.102",
                    "Kontakt pro technické dotazy: Michal Zeman, michal.zeman@sever-radio.example, "
                    "tel. 416 731 200 (linka 25), mobil 604 551 873",
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Sever rádio, a.s.",
            ICO_SEVER,
            None,
            ["203.0.113.100", "203.0.113.101", "198.51.100.60"],
            ["203.0.113.102"],
            "Michal Zeman",
            "michal.zeman@sever-radio.example",
            "+420604551873",
        ),
    },
    {
        "id": "kb017-english-docx-us-radio-ipv6-only",
        "description": "American public radio without IČO, English DOCX, IPv6 only",
        "style": Style.LETTER,
        "from": "Dana Whitfield <dwhitfield@chesapeakeradio.example>",
        "subject": "Request for access – Czech election results feed",
        "body": "Good afternoon,\n\nattached is our formal request on letterhead.\n\n"
        "Kind regards,\nDana Whitfield\n",
        "attachments": [
            (
                "docx",
                "CPR_request_CZ_election.docx",
                {
                    "header": "Chesapeake Public Radio, Inc. · 2216 N Charles St, Baltimore, MD",
                    "blocks": [
                        "To the Czech Statistical Office",
                        "Our international desk will cover the Czech election night live. We "
                        "request access to the XML results feed for our ingest server at "
                        "2001:db8:c0de::53. A staging server at 2001:db8:c0de::54 would be used "
                        "for tests before the night.",
                        "Please direct any questions to me: Dana Whitfield, Director of "
                        "Digital Operations, dwhitfield@chesapeakeradio.example, "
                        "+1 (410) 555-0142.",
                        "Sincerely,\nDana Whitfield",
                    ],
                },
            )
        ],
        "labels": L(
            [FEED],
            "Chesapeake Public Radio, Inc.",
            None,
            None,
            ["2001:db8:c0de::53"],
            ["2001:db8:c0de::54"],
            "Dana Whitfield",
            "dwhitfield@chesapeakeradio.example",
            "+14105550142",
        ),
    },
    {
        "id": "kb018-rtf-filming-crew-producer",
        "description": "RTF letter asking only to film; camera crew named, producer is the contact",
        "style": Style.RTF,
        "from": "Produkce Kamera Plus <produkce@kameraplus.example>",
        "subject": "Povolení natáčení – volební noc",
        "body": "Dobrý den,\nposíláme žádost o povolení natáčení, viz RTF.\nProdukce\n",
        "attachments": [
            (
                "rtf",
                "natáčení_povolení.rtf",
                [
                    f"KAMERA PLUS spol. s r.o., IČO {ICO_KAMERA}",
                    "Žádost o povolení pořízení audiovizuálního záznamu",
                    "Pro dokumentární cyklus o české demokracii bychom rádi natočili několik "
                    "záběrů na sběrném místě ČSÚ v Hradci Králové během zpracování výsledků. "
                    "Přístup k datům nepotřebujeme.",
                    [
                        ["Člen štábu", "Funkce"],
                        ["Filip Urban", "kameraman"],
                        ["Tereza Nová", "zvuk"],
                    ],
                    "Vše ostatní prosím domlouvejte s producentkou Alenou Bartošovou, "
                    "alena.bartosova@kameraplus.example, 775 310 662.",
                ],
            )
        ],
        "labels": L(
            [FILM],
            "KAMERA PLUS spol. s r.o.",
            ICO_KAMERA,
            None,
            [],
            [],
            "Alena Bartošová",
            "alena.bartosova@kameraplus.example",
            "+420775310662",
        ),
    },
    {
        "id": "kb019-databox-xlsx-regional-paper",
        "description": "data message from a regional paper with an XLSX form and a merged header",
        "style": Style.DATABOX,
        "databox": {
            "box": "h5wcn2d",
            "sender": "Krajské noviny Olomouc s.r.o.",
            "address": "Horní náměstí 3, 779 00 Olomouc",
        },
        "subject": "Žádost o XML výstup – Krajské noviny",
        "attachments": [
            (
                "xlsx",
                "KNO_formular.xlsx",
                [
                    {
                        "title": "Formulář",
                        "rows": [
                            ["Žádost o přístup k výsledkům voleb", ""],
                            ["Žadatel", "Krajské noviny Olomouc s.r.o."],
                            ["IČO", ICO_OLOMOUC],
                            ["Datová schránka", "h5wcn2d"],
                            ["Produkční IP", "192.0.2.140"],
                            ["Produkční IP", "192.0.2.141"],
                            ["Produkční IP", "192.0.2.142"],
                            ["Testovací IP", ""],
                            ["Kontaktní osoba", "Šárka Vlčková"],
                            ["Telefon", "585 204 117"],
                            ["E-mail", "vlckova@kno.example"],
                        ],
                        "merge": ["A1:B1"],
                    }
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Krajské noviny Olomouc s.r.o.",
            ICO_OLOMOUC,
            "h5wcn2d",
            ["192.0.2.140", "192.0.2.141", "192.0.2.142"],
            [],
            "Šárka Vlčková",
            "vlckova@kno.example",
            "+420585204117",
        ),
    },
    {
        "id": "kb020-html-form-unticked-feed",
        "description": "HTML mail with a form table: filming ticked, feed left empty",
        "style": Style.HTML,
        "from": "Redakce Polabí TV <redakce@polabitv.example>",
        "subject": "Žádost o natáčení na sběrném místě",
        "html": (
            "<html><body><p>Dobrý den, zasíláme vyplněný formulář:</p>"
            "<table border='1'>"
            f"<tr><td>Žadatel</td><td>Polabská televize s.r.o., IČO {ICO_POLABI}</td></tr>"
            "<tr><td>[ ] přístup k XML výstupu</td><td></td></tr>"
            "<tr><td>[x] povolení k natáčení</td><td>Nymburk, volební noc</td></tr>"
            "<tr><td>Kontakt</td><td>Roman Kučera, 325 512 880, kucera@polabitv.example</td></tr>"
            "</table><p>Děkujeme,<br>redakce Polabí TV</p></body></html>"
        ),
        "labels": L(
            [FILM],
            "Polabská televize s.r.o.",
            ICO_POLABI,
            None,
            [],
            [],
            "Roman Kučera",
            "kucera@polabitv.example",
            "+420325512880",
        ),
    },
    {
        "id": "kb021-forward-secretary-pdf-editor",
        "description": "secretary forwards the editor's request; PDF attached; contact is the editor",
        "style": Style.FORWARD,
        "from": "Ivana Černá <asistentka@kveten.example>",
        "subject": "Fwd: žádost o XML – Květen",
        "body": (
            "Dobrý den, přeposílám za pana šéfredaktora, žádost je v příloze.\n"
            "Ivana Černá, asistentka\n\n"
            "---------- Přeposlaná zpráva ----------\n"
            "Od: Aleš Vondráček <vondracek@kveten.example>\n"
            "Předmět: žádost o XML\n\n"
            "Ivano, pošli to prosím na statistiku. Díky, A.\n"
        ),
        "attachments": [
            (
                "pdf",
                "Kveten_zadost_XML.pdf",
                [
                    f"Vydavatelství Květen, a.s.\nIČO: {ICO_KVETEN}",
                    "Žádáme o zpřístupnění XML výstupu s výsledky voleb pro naši webovou "
                    "redakci. Servery: 203.0.113.171 a 203.0.113.172. Test: 203.0.113.179.",
                    "Kontakt: Mgr. Aleš Vondráček, šéfredaktor, vondracek@kveten.example, "
                    "+420 721 600 318",
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Vydavatelství Květen, a.s.",
            ICO_KVETEN,
            None,
            ["203.0.113.171", "203.0.113.172"],
            ["203.0.113.179"],
            "Aleš Vondráček",
            "vondracek@kveten.example",
            "+420721600318",
        ),
    },
    {
        "id": "kb022-odt-without-diacritics",
        "description": "ODT written entirely without diacritics; name labelled as written",
        "style": Style.ODT,
        "from": "Stredoceska televize <info@stctv.example>",
        "subject": "Zadost o pristup k vysledkum",
        "body": "Dobry den, zadost v priloze. Dekujeme.\n",
        "attachments": [
            (
                "odt",
                "zadost_stctv.odt",
                [
                    f"Stredoceska televize s.r.o., ICO {ICO_STREDOCESKA}",
                    "Zadame o pristup k XML vystupu vysledku voleb do Poslanecke snemovny.",
                    [
                        ["Produkce", "192.0.2.180"],
                        ["Produkce", "192.0.2.181"],
                        ["Test", "192.0.2.188"],
                    ],
                    "Kontaktni osoba: Jan Prochazka, jan.prochazka@stctv.example, 606 330 118",
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Stredoceska televize s.r.o.",
            ICO_STREDOCESKA,
            None,
            ["192.0.2.180", "192.0.2.181"],
            ["192.0.2.188"],
            "Jan Prochazka",
            "jan.prochazka@stctv.example",
            "+420606330118",
        ),
    },
    {
        "id": "kb023-docx-merged-nested-five-five",
        "description": "DOCX form with merged cells and a nested address table: five production, "
        "five test (a /30 plus one)",
        "style": Style.FORM,
        "from": "Vysočina FM <technika@vysocinafm.example>",
        "subject": "Formulář žádosti – Vysočina FM",
        "body": "Dobrý den, v příloze formulář. Technika Vysočina FM\n",
        "attachments": [
            (
                "docx",
                "VysocinaFM_formular.docx",
                {
                    "blocks": [
                        {
                            "rows": [
                                ["Žádost o přístup k XML výstupu výsledků voleb", ""],
                                ["Žadatel", "Vysočina FM s.r.o."],
                                ["IČO", ICO_VYSOCINA_FM],
                                ["Adresy", ""],
                                [
                                    "Kontakt",
                                    "Daniel Sýkora, technický ředitel, 568 840 221, "
                                    "sykora@vysocinafm.example",
                                ],
                            ],
                            "merge": [(0, 0, 0, 1)],
                            "nested": {
                                (3, 1): {
                                    "rows": [
                                        ["ostrý provoz", "testovací"],
                                        ["198.18.60.1", "198.18.61.0/30"],
                                        ["198.18.60.2", "198.18.61.9"],
                                        ["198.18.60.3", ""],
                                        ["198.18.60.4", ""],
                                        ["198.18.60.5", ""],
                                    ]
                                }
                            },
                        },
                    ]
                },
            )
        ],
        "labels": L(
            [FEED],
            "Vysočina FM s.r.o.",
            ICO_VYSOCINA_FM,
            None,
            ["198.18.60.1", "198.18.60.2", "198.18.60.3", "198.18.60.4", "198.18.60.5"],
            ["198.18.61.0", "198.18.61.1", "198.18.61.2", "198.18.61.3", "198.18.61.9"],
            "Daniel Sýkora",
            "sykora@vysocinafm.example",
            "+420568840221",
        ),
    },
    {
        "id": "kb024-txt-english-polish-freelancer",
        "description": "Polish freelance data journalist without IČO, English TXT, one IPv6 host",
        "style": Style.TXT,
        "from": "Marek Nowak <marek@nowakdata.example>",
        "subject": "results feed access (freelance)",
        "body": "Hi, the request is in the attached text file. Thanks! Marek\n",
        "attachments": [
            (
                "txt",
                "request.txt",
                "Applicant: Marek Nowak (freelance data journalist, Kraków)\n"
                "Request: access to the XML feed with live election results\n"
                "Server: 2001:db8:4a1::7 (production, no test box)\n"
                "E-mail: marek@nowakdata.example\n"
                "Phone: +48 601 234 567\n",
            )
        ],
        "labels": L(
            [FEED],
            "Marek Nowak",
            None,
            None,
            ["2001:db8:4a1::7"],
            [],
            "Marek Nowak",
            "marek@nowakdata.example",
            "+48601234567",
        ),
    },
    {
        "id": "kb025-databox-txt-no-email",
        "description": "data message with a two-line TXT: contact phone but no e-mail anywhere",
        "style": Style.DATABOX,
        "databox": {
            "box": "t8fe4vy",
            "sender": "Jihočeský týdeník, s.r.o.",
            "address": "Lannova 40, 370 01 České Budějovice",
        },
        "subject": "přístup k XML výsledkům",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                f"Jihočeský týdeník, s.r.o. (IČO {ICO_JIH}) žádá o přístup k XML výsledkům "
                "voleb z adresy 192.0.2.77.\nVyřizuje Josef Kolář, tel. 381 222 940.\n",
            )
        ],
        "labels": L(
            [FEED],
            "Jihočeský týdeník, s.r.o.",
            ICO_JIH,
            "t8fe4vy",
            ["192.0.2.77"],
            [],
            "Josef Kolář",
            None,
            "+420381222940",
        ),
    },
    {
        "id": "kb026-xlsx-two-sheets-ranges",
        "description": "XLSX with production range on one sheet and a /31 test block on another; "
        "applicant and contact only in the mail",
        "style": Style.SPREADSHEET,
        "from": "Kristýna Horká <horka@horizontmedia.example>",
        "subject": "Týdeník Horizont – adresy pro XML",
        "body": (
            "Dobrý den,\n\nza společnost Horizont Media Group, a.s. (IČO "
            f"{ICO_HORIZONT}), vydavatele Týdeníku Horizont, žádám o přístup k XML výstupu "
            "výsledků voleb. Adresy jsou v tabulce (produkce a test zvlášť).\n\n"
            "Kristýna Horká\nvedoucí vývoje\n+420 736 118 552\n"
        ),
        "attachments": [
            (
                "xlsx",
                "adresy.xlsx",
                [
                    {"title": "Produkce", "rows": [["rozsah"], ["192.0.2.32 - 192.0.2.34"]]},
                    {"title": "Test", "rows": [["blok"], ["192.0.2.48/31"]]},
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Horizont Media Group, a.s.",
            ICO_HORIZONT,
            None,
            ["192.0.2.32", "192.0.2.33", "192.0.2.34"],
            ["192.0.2.48", "192.0.2.49"],
            "Kristýna Horká",
            "horka@horizontmedia.example",
            "+420736118552",
        ),
    },
]
