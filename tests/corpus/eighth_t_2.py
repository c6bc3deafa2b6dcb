"""Eighth held-out part ``t``, cases t015–t028: merged and nested table cells, yes/no columns,
cover notes that withdraw or add, data messages with spreadsheets. Written by hand apart from
the extraction rules (issue 18)."""

from __future__ import annotations

from typing import Any

from tests.corpus.eighth_t_common import BOTH, FEED, REC, L, Style, ico

_I1 = ico("0536172")
_I2 = ico("2703948")
_I3 = ico("6091825")
_I4 = ico("0214587")
_I5 = ico("2466301")
_I6 = ico("0897743")
_I7 = ico("2955186")
_I8 = ico("4530627")
_I9 = ico("0176934")

CASES: list[dict[str, Any]] = [
    {
        "id": "t015-docx-form-merged-nested",
        "description": "DOCX form, both boxes ticked [x], IPs in a nested table under a merged cell",
        "style": Style.DOCX_FORM,
        "from": "Renata Macháčková <machackova@vychodoceske-noviny.example>",
        "subject": "Vyplněný formulář – Východočeské noviny",
        "body": "Dobrý den,\nzasílám formulář, podpis jednatele je naskenovaný.\nR. Macháčková\n",
        "attachments": [
            (
                "docx",
                "formular_VN.docx",
                {
                    "header": f"VÝCHODOČESKÉ NOVINY a.s. – IČO {_I1} – Hradec Králové",
                    "blocks": [
                        "Formulář žádosti médií",
                        "[x] přístup k vyhrazenému XML serveru",
                        "[x] přítomnost na přebíracím místě (Hradec Králové, reportérka Eva Lánská)",
                        {
                            "rows": [
                                ["IP adresy", ""],
                                ["", ""],
                            ],
                            "merge": [(0, 0, 0, 1)],
                            "nested": {
                                (1, 0): {
                                    "rows": [
                                        ["produkční", "testovací"],
                                        ["198.51.100.150", "198.51.100.160"],
                                        ["198.51.100.151", ""],
                                    ]
                                }
                            },
                        },
                        "Kontaktní osoba: Renata Macháčková, +420 495 800 317",
                        "e-mail: machackova@vychodoceske-noviny.example",
                    ],
                },
            )
        ],
        "labels": L(
            BOTH, "VÝCHODOČESKÉ NOVINY a.s.", _I1, None,
            ["198.51.100.150", "198.51.100.151"], ["198.51.100.160"],
            "Renata Macháčková", "machackova@vychodoceske-noviny.example", "+420495800317",
        ),
    },
    {
        "id": "t016-xlsx-merged-role-cells",
        "description": "XLSX where the role sits in merged cells spanning several address rows",
        "style": Style.XLSX_HOSTS,
        "from": "Martin Strnad <m.strnad@ctv-regional.example>",
        "subject": "CTV Regional – IP pro volby",
        "body": (
            "Ahoj / dobrý den,\n\nposílám seznam adres v Excelu, žádost o přístup k XML.\n"
            "Firma: CTV Regional s.r.o., IČO " + _I2 + "\n\n"
            "Martin Strnad\nsíťový technik\n+420 725 663 190\n"
        ),
        "attachments": [
            (
                "xlsx",
                "ip_seznam.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Prostředí", "Adresa", "Umístění"],
                            ["Produkce", "203.0.113.10", "DC Praha"],
                            [None, "203.0.113.11", "DC Praha"],
                            [None, "203.0.113.12", "DC Brno (záloha)"],
                            ["Test", "192.0.2.33", "kancelář"],
                            [None, "192.0.2.34", "kancelář"],
                        ],
                        "merge": ["A2:A4", "A5:A6"],
                    }
                ],
            )
        ],
        "labels": L(
            FEED, "CTV Regional s.r.o.", _I2, None,
            ["203.0.113.10", "203.0.113.11", "203.0.113.12"], ["192.0.2.33", "192.0.2.34"],
            "Martin Strnad", "m.strnad@ctv-regional.example", "+420725663190",
        ),
    },
    {
        "id": "t017-databox-pdf-recording",
        "description": "data message with a PDF asking only to film; signer and contact differ",
        "style": Style.DATABOX_DOCUMENT,
        "databox": {
            "box": "w2dx9kp",
            "sender": "Seznamka Video, z.ú.",
            "address": "Lidická 41, 602 00 Brno",
        },
        "subject": "Žádost o povolení k pořizování záznamu na přebíracím místě",
        "attachments": [
            (
                "pdf",
                "povoleni.pdf",
                [
                    f"Seznamka Video, z.ú., Lidická 41, Brno, IČO: {_I3}",
                    "Žádáme o povolení pořídit videozáznam na přebíracím místě ČSÚ v Brně-městě "
                    "během sčítání hlasů v 1. kole volby prezidenta. Natáčet bude Šimon Vacek.",
                    "Kontaktní osobou pro tuto žádost je produkční Dana Kotková, "
                    "tel. 736 401 558, e-mail kotkova@seznamka-video.example.",
                    "Mgr. Libor Čermák, ředitel",
                ],
            )
        ],
        "labels": L(
            REC, "Seznamka Video, z.ú.", _I3, "w2dx9kp", [], [],
            "Dana Kotková", "kotkova@seznamka-video.example", "+420736401558",
        ),
    },
    {
        "id": "t018-cover-withdraws-recording",
        "description": "attached PDF asks for both; the cover note drops the filming request",
        "style": Style.COVER_AMENDS,
        "from": "Ondřej Marek <marek@krajske-listy.example>",
        "subject": "RE: žádost Krajské listy",
        "body": (
            "Dobrý den,\n\nposílám znovu naši žádost. Jen upřesnění: o natáčení na přebíracím "
            "místě už nežádáme, kolega, který měl točit, bude v ten den jinde. Platí tedy jen "
            "přístup k XML.\n\nDíky, Ondřej Marek\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_KL.pdf",
                [
                    f"Krajské listy, s.r.o., Pražská 15, Tábor – IČO {_I4}",
                    "Žádáme o: (1) přístup k XML serveru, (2) povolení natáčet na přebíracím "
                    "místě v Táboře.",
                    {
                        "rows": [
                            ["Ostrý provoz", "Test"],
                            ["198.18.12.40, 198.18.12.41", "198.18.12.99"],
                        ],
                        "widths": [120, 120],
                    },
                    "Kontakt: Ondřej Marek, 381 252 006, marek@krajske-listy.example",
                ],
            )
        ],
        "labels": L(
            FEED, "Krajské listy, s.r.o.", _I4, None,
            ["198.18.12.40", "198.18.12.41"], ["198.18.12.99"],
            "Ondřej Marek", "marek@krajske-listy.example", "+420381252006",
        ),
    },
    {
        "id": "t019-english-pdf-foreign-tv-filming",
        "description": "English PDF, British broadcaster, filming only, UK phone, no IČO",
        "style": Style.ENGLISH,
        "from": "Oliver Grant <oliver.grant@northsea-broadcast.example>",
        "subject": "Filming request - CZSO collection point",
        "body": "Hello,\n\nAttached is our request for filming permission.\n\nBest,\nOliver\n",
        "attachments": [
            (
                "pdf",
                "NSB_filming_request.pdf",
                [
                    "North Sea Broadcasting Ltd, 22 Quay Street, Aberdeen",
                    "Request for permission to record at a CZSO collection point",
                    "We would like to film the arrival of results at one collection point in "
                    "Prague (Praha 10 if possible) for a feature on the Czech presidential "
                    "election. We do not need the XML data feed.",
                    "Crew: Oliver Grant (producer, contact for this request), Niamh Doyle (camera)",
                    "Phone: +44 7700 900 418 · oliver.grant@northsea-broadcast.example",
                ],
            )
        ],
        "labels": L(
            REC, "North Sea Broadcasting Ltd", None, None, [], [],
            "Oliver Grant", "oliver.grant@northsea-broadcast.example", "+447700900418",
        ),
    },
    {
        "id": "t020-rtf-form-ano-ne",
        "description": "RTF form with ANO/NE answer column; recording NE, feed ANO",
        "style": Style.RTF,
        "from": "Stanislava Kroupová <kroupova@jizerske-noviny.example>",
        "subject": "Jizerské noviny - formulář",
        "body": "Dobrý den, formulář v příloze. Kroupová\n",
        "attachments": [
            (
                "rtf",
                "formular.rtf",
                [
                    f"Jizerské noviny, družstvo, Liberec, IČO {_I5}",
                    [
                        ["Požadavek", "ANO/NE"],
                        ["Přístup k XML serveru s výsledky", "ANO"],
                        ["Povolení k natáčení na přebíracím místě", "NE"],
                    ],
                    [
                        ["Produkční IP", "192.0.2.140"],
                        ["Testovací IP", "192.0.2.141"],
                        ["Kontaktní osoba", "Stanislava Kroupová"],
                        ["Tel.", "+420 485 102 771"],
                        ["E-mail", "kroupova@jizerske-noviny.example"],
                    ],
                ],
            )
        ],
        "labels": L(
            FEED, "Jizerské noviny, družstvo", _I5, None,
            ["192.0.2.140"], ["192.0.2.141"],
            "Stanislava Kroupová", "kroupova@jizerske-noviny.example", "+420485102771",
        ),
    },
    {
        "id": "t021-odt-university-contact-not-signer",
        "description": "ODT from a faculty; dean signs, a named technician is the contact",
        "style": Style.ODT,
        "from": "Děkanát FSV <dekanat@fsv.univerzita-morava.example>",
        "subject": "Žádost fakulty o přístup k volebním datům",
        "body": "Vážení,\nv příloze zasíláme žádost fakulty.\nDěkanát\n",
        "attachments": [
            (
                "odt",
                "zadost_FSV.odt",
                [
                    f"Žadatel: Moravská univerzita, IČO {_I6}\nPracoviště: Fakulta sociálních věd",
                    "Pro výzkumný projekt volebního chování žádáme o přístup k průběžným "
                    "výsledkům v XML. Data bude stahovat laboratoř z těchto adres:",
                    [["203.0.113.161"], ["203.0.113.162"], ["203.0.113.163"]],
                    "Testovací adresy nepožadujeme.",
                    "Technický kontakt: Bc. Jakub Šťastný, jakub.stastny@fsv.univerzita-morava."
                    "example, tel. 549 49 3321",
                    "prof. PhDr. Helena Zámečníková, CSc., děkanka",
                ],
            )
        ],
        "labels": L(
            FEED, "Moravská univerzita", _I6, None,
            ["203.0.113.161", "203.0.113.162", "203.0.113.163"], [],
            "Jakub Šťastný", "jakub.stastny@fsv.univerzita-morava.example", "+420549493321",
        ),
    },
    {
        "id": "t022-databox-xlsx-hosts",
        "description": "data message whose only file is a spreadsheet: identification and hosts",
        "style": Style.DATABOX_DOCUMENT,
        "databox": {
            "box": "h8ncu4r",
            "sender": "Plzeňský Expres s.r.o.",
            "address": "Americká 22, 301 00 Plzeň",
        },
        "subject": "XML výsledky – registrace",
        "attachments": [
            (
                "xlsx",
                "registrace.xlsx",
                [
                    {
                        "title": "Registrace",
                        "rows": [
                            ["Žadatel", "Plzeňský Expres s.r.o."],
                            ["IČO", _I7],
                            ["Kontaktní osoba", "Petra Vondrášková"],
                            ["Mobil", "+420 739 004 621"],
                            ["E-mail", "vondraskova@plzensky-expres.example"],
                            [None, None],
                            ["Ostrý provoz", "198.51.100.201"],
                            ["Ostrý provoz", "198.51.100.202"],
                            ["Testovací", "198.51.100.209"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED, "Plzeňský Expres s.r.o.", _I7, "h8ncu4r",
            ["198.51.100.201", "198.51.100.202"], ["198.51.100.209"],
            "Petra Vondrášková", "vondraskova@plzensky-expres.example", "+420739004621",
        ),
    },
    {
        "id": "t023-docx-letter-old-address",
        "description": "DOCX letter: last year's address no longer used, new one given",
        "style": Style.DOCX_LETTER,
        "from": "Libor Sýkora <sykora@denik-polabi.example>",
        "subject": "Žádost o přístup – Deník Polabí",
        "body": "Dobrý den, žádost posílám v příloze.\nLibor Sýkora\n",
        "attachments": [
            (
                "docx",
                "zadost_2023.docx",
                {
                    "header": "Deník Polabí",
                    "footer": f"Vydavatel: Polabské vydavatelství, a.s. · IČO {_I8} · "
                    "Kolín, Karlovo nám. 2",
                    "blocks": [
                        "Vážení,",
                        "stejně jako při minulých volbách žádáme o přístup k XML výsledkům. "
                        "Adresu 192.0.2.250, kterou jsme používali loni, už nemáme – server "
                        "jsme přestěhovali. Nově prosím povolte 198.18.200.14 (ostrý provoz) "
                        "a pro testy 198.18.200.15.",
                        "Kontakt: Libor Sýkora, vedoucí online, 321 710 448",
                        "S pozdravem Libor Sýkora",
                    ],
                },
            )
        ],
        "labels": L(
            FEED, "Polabské vydavatelství, a.s.", _I8, None,
            ["198.18.200.14"], ["198.18.200.15"],
            "Libor Sýkora", "sykora@denik-polabi.example", "+420321710448",
        ),
    },
    {
        "id": "t024-slovak-docx-respectively",
        "description": "Slovak DOCX letter, roles given by order (\u201erespektíve\u201c)",
        "style": Style.SLOVAK,
        "from": "Zuzana Benková <benkova@tasr-regio.example>",
        "subject": "Žiadosť o prístup k XML – Regio Press",
        "body": "Dobrý deň,\nv prílohe je naša žiadosť.\nS pozdravom\nZuzana Benková\n",
        "attachments": [
            (
                "docx",
                "ziadost_regiopress.docx",
                {
                    "header": "Regio Press, a. s. · Mlynské nivy 5 · Bratislava · Slovenská republika",
                    "blocks": [
                        "Vec: Žiadosť o pridelenie prístupu k XML serveru ČSÚ",
                        "Ako tlačová agentúra žiadame o prístup k priebežným výsledkom voľby "
                        "prezidenta ČR. Produkčný a testovací server majú adresy 203.0.113.51, "
                        "resp. 203.0.113.52.",
                        "Kontaktná osoba: Zuzana Benková, +421 2 5920 3340, "
                        "benkova@tasr-regio.example",
                    ],
                },
            )
        ],
        "labels": L(
            FEED, "Regio Press, a. s.", None, None,
            ["203.0.113.51"], ["203.0.113.52"],
            "Zuzana Benková", "benkova@tasr-regio.example", "+421259203340",
        ),
    },
    {
        "id": "t025-bare-cover-pdf-wrapped-cells",
        "description": "one-word cover; PDF table with narrow columns so addresses wrap",
        "style": Style.BARE_COVER,
        "from": "noreply-scan@mediahouse-ostrava.example",
        "subject": "Scan 2022-12-07 0912",
        "body": "Odesláno ze skeneru.\n",
        "attachments": [
            (
                "pdf",
                "scan_0912.pdf",
                [
                    f"MEDIAHOUSE OSTRAVA s.r.o. · IČO {_I9} · 28. října 150, Ostrava",
                    "Žádost o vyhrazené připojení k XML výsledkům",
                    {
                        "rows": [
                            ["Produkční adresy", "Testovací adresy", "Kontakt"],
                            [
                                "192.0.2.17, 192.0.2.18, 192.0.2.19",
                                "192.0.2.117",
                                "Radim Hořínek, horinek@mediahouse-ostrava.example, 596 110 842",
                            ],
                        ],
                        "widths": [90, 80, 140],
                    },
                    "Radim Hořínek, jednatel",
                ],
            )
        ],
        "labels": L(
            FEED, "MEDIAHOUSE OSTRAVA s.r.o.", _I9, None,
            ["192.0.2.17", "192.0.2.18", "192.0.2.19"], ["192.0.2.117"],
            "Radim Hořínek", "horinek@mediahouse-ostrava.example", "+420596110842",
        ),
    },
    {
        "id": "t026-cover-adds-address",
        "description": "cover note adds one production address to the two in the attached ODT",
        "style": Style.COVER_AMENDS,
        "from": "David Ryba <ryba@radio-vltava-jih.example>",
        "subject": "zadost + doplneni",
        "body": (
            "Dobry den,\nv priloze formular. K produkcnim adresam ve formulari prosim pridejte "
            "jeste 198.51.100.5 (novy zalozni stroj), formular uz byl podepsany.\n"
            "Diky\nDavid Ryba\n"
        ),
        "attachments": [
            (
                "odt",
                "formular.odt",
                [
                    "Rádio Jih, spol. s r.o., České Budějovice, IČO 26048663",
                    "Žádost o přístup k XML serveru ČSÚ",
                    [
                        ["Produkční", "Testovací"],
                        ["198.51.100.3", "198.51.100.9"],
                        ["198.51.100.4", ""],
                    ],
                    "Kontaktní osoba: David Ryba, 387 001 529",
                ],
            )
        ],
        "labels": L(
            FEED, "Rádio Jih, spol. s r.o.", "26048663", None,
            ["198.51.100.3", "198.51.100.4", "198.51.100.5"], ["198.51.100.9"],
            "David Ryba", "ryba@radio-vltava-jih.example", "+420387001529",
        ),
    },
    {
        "id": "t027-docx-form-recording-ticked-only",
        "description": "DOCX form: feed box empty, recording ticked, no addresses given",
        "style": Style.DOCX_FORM,
        "from": "Tereza Hájková <hajkova@tv-podripsko.example>",
        "subject": "formulář – přebírací místo Litoměřice",
        "body": "Dobrý den, posílám formulář. Tereza Hájková, TV Podřipsko\n",
        "attachments": [
            (
                "docx",
                "formular_TVP.docx",
                {
                    "blocks": [
                        {
                            "rows": [
                                ["Žadatel", "TV Podřipsko, z.s., IČO 22761713"],
                                ["Žádám o", ""],
                            ]
                        },
                        "☐ přístup k XML serveru (IP adresy níže)",
                        "☑ povolení natáčet na přebíracím místě – okres Litoměřice",
                        {"rows": [["IP adresy", ""], ["Testovací IP", ""]]},
                        "Natáčet bude: Tereza Hájková (redaktorka) a Jan Šrámek (kamera)",
                        "Kontakt: Tereza Hájková, tel. 606 332 187, hajkova@tv-podripsko.example",
                    ]
                },
            )
        ],
        "labels": L(
            REC, "TV Podřipsko, z.s.", "22761713", None, [], [],
            "Tereza Hájková", "hajkova@tv-podripsko.example", "+420606332187",
        ),
    },
    {
        "id": "t028-pdf-letter-version-numbers",
        "description": "PDF letter of an agency: software version and OID look like addresses",
        "style": Style.PDF_LETTER,
        "from": "Jiří Urban <urban@datova-agentura.example>",
        "subject": "Žádost o XML – Datová agentura",
        "body": "Dobrý den, žádost posílám jako PDF podepsané elektronicky. J. Urban\n",
        "attachments": [
            (
                "pdf",
                "zadost_DA.pdf",
                [
                    "Datová agentura CZ, a.s.\nVinohradská 1511/230, Praha 10\n"
                    "IČO 27082440 · DIČ CZ27082440 · datová schránka: ye4kq9s",
                    "Žádáme o přístup k vyhrazenému XML serveru. Náš stahovací klient "
                    "(verze 3.12.0.4) poběží na 203.0.113.230 a 203.0.113.231; testovat budeme "
                    "z 198.51.100.231. Certifikát pro podpis má politiku 1.3.158.36061701.1.2.2.",
                    "Kontakt: Jiří Urban, CTO, +420 777 310 902, urban@datova-agentura.example",
                ],
            )
        ],
        "labels": L(
            FEED, "Datová agentura CZ, a.s.", "27082440", "ye4kq9s",
            ["203.0.113.230", "203.0.113.231"], ["198.51.100.231"],
            "Jiří Urban", "urban@datova-agentura.example", "+420777310902",
        ),
    },
]
