"""Fifty-seventh held-out part ``cw``, cases cw029–cw042: an RTF letter giving only a DIČ, a
filming-only data message, a DOCX with ☑/☐, an inline forward with a workbook, a PDF with a
netmask, a data message from a natural person in business with a workbook, a DOCX table with a
cancelled address, a reply whose cover changes the phone in the ODT, a multipart/alternative
cover with a PDF naming a contact other than the signer, a data message with IPv6 in the
annotation, an empty mail with a PDF and a TXT, an Austrian Ja/Nein form without an IČO, an
iso-8859-2 cover with an RTF [x]/[ ] form and a university faculty's data message. Written by
hand apart from the extraction rules (see make_fiftyseventh_cw); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyseventh_cw_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    L,
    Style,
    box,
    ico,
)

K1, K2, K3, K4, K5 = ico("2864517"), ico("0529306"), ico("2731690"), ico("0648215"), ico("2917384")
K6, K7, K8, K10 = ico("0372851"), ico("2605419"), ico("0814763"), ico("2587046")
K11, K12 = ico("0493517"), ico("4977240")

CASES: list[dict[str, Any]] = [
    {
        "id": "cw029-rtf-letterhead-dic-only",
        "description": "an RTF letter whose letterhead gives only the DIČ (CZ and eight digits), "
        "so the IČO is those digits; addresses in a sentence",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Mělnický průvodce s.r.o.",
            K1,
            None,
            ["192.0.2.44", "192.0.2.45"],
            ["192.0.2.46"],
            "Blanka Hrdličková",
            "hrdlickova@melnickypruvodce.example",
            "+420315620418",
        ),
        "from": "Blanka Hrdličková <hrdlickova@melnickypruvodce.example>",
        "subject": "Žádost o výsledky voleb v XML",
        "headers": K9,
        "body": "Dobrý den, žádost v příloze (RTF). Hrdličková\n",
        "attachments": [
            (
                "rtf",
                "zadost_MP.rtf",
                [
                    "Mělnický průvodce s.r.o. | Náměstí Míru 30, 276 01 Mělník | DIČ: CZ" + K1,
                    "Věc: žádost o přístup k výsledkům voleb",
                    "Prosíme o zpřístupnění průběžných výsledků voleb na serveru pro média. "
                    "Připojovat se budeme z adres 192.0.2.44 a 192.0.2.45, testovat z "
                    "192.0.2.46.",
                    "Kontakt: Blanka Hrdličková, redaktorka, tel. 315 620 418, "
                    "hrdlickova@melnickypruvodce.example",
                ],
            )
        ],
    },
    {
        "id": "cw030-databox-pdf-filming-only",
        "description": "data message with a PDF asking only to film; the PDF states XML access "
        "is handled by their agency, so no addresses",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Televize Podluží s.r.o.",
            K2,
            "t6pd3lz",
            [],
            [],
            "Lubomír Šťastný",
            "stastny@tvpodluzi.example",
            "+420608442190",
        ),
        "databox": box("t6pd3lz", "Televize Podluží s.r.o.", "Masarykova 90, 690 02 Břeclav"),
        "subject": "Žádost o povolení natáčení - volby do PS",
        "attachments": [
            (
                "pdf",
                "TVP_natáčení.pdf",
                [
                    "Televize Podluží s.r.o., Masarykova 90, 690 02 Břeclav, IČO " + K2,
                    "Žádáme o povolení natáčet na krajském pracovišti ČSÚ v Brně v noci "
                    "z 3. na 4. října 2025. Štáb: Lubomír Šťastný (redaktor), Radek Kosík "
                    "(kamera).",
                    "O přístup k XML výsledkům nežádáme, výsledky přebíráme od tiskové agentury.",
                    "Kontakt: Lubomír Šťastný, 608 442 190, stastny@tvpodluzi.example",
                ],
            )
        ],
    },
    {
        "id": "cw031-docx-ballot-box-both-8bit",
        "description": "an 8bit cover; the DOCX uses ☑ for both requests and ☐ for an unused "
        'option ("pouze test"), addresses in a role table with a header row',
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Domažlický čtvrtletník, z.s.",
            K3,
            None,
            ["198.51.100.50", "198.51.100.51"],
            ["198.51.100.52"],
            "Václav Koubek",
            "koubek@domazlickyctvrtletnik.example",
            "+420604773120",
        ),
        "from": "Václav Koubek <koubek@domazlickyctvrtletnik.example>",
        "subject": "Volby – žádost (formulář)",
        "headers": GMAIL,
        "cte": "8bit",
        "body": "Dobrý den,\n\nformulář přikládám.\n\nVáclav Koubek\n",
        "attachments": [
            (
                "docx",
                "formular_DC.docx",
                {
                    "header": "Domažlický čtvrtletník, z.s. – IČO " + K3,
                    "footer": "strana 1/1",
                    "blocks": [
                        "Žádáme o:",
                        "☑ přístup k výsledkům voleb v XML",
                        "☐ pouze testovací přístup",
                        "☑ povolení fotografovat na pracovišti ČSÚ v Plzni",
                        {
                            "rows": [
                                ["Role", "Adresa"],
                                ["produkce", "198.51.100.50"],
                                ["produkce", "198.51.100.51"],
                                ["test", "198.51.100.52"],
                            ]
                        },
                        "Kontaktní osoba: Václav Koubek, 604 773 120",
                    ],
                },
            )
        ],
    },
    {
        "id": "cw032-inline-forward-xlsx-no-test",
        "description": "an inline forward of a colleague's mail with the workbook attached; the "
        "forwarder adds that the test row is to be ignored (they test from production)",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Náchodský týdeník s.r.o.",
            K4,
            None,
            ["203.0.113.80", "203.0.113.81"],
            [],
            "Jitka Vondrová",
            "vondrova@nachodskytydenik.example",
            "+420491426338",
        ),
        "from": "Jitka Vondrová <vondrova@nachodskytydenik.example>",
        "subject": "Fwd: IP pro volby",
        "headers": APPLE,
        "body": "Dobrý den,\n\nposílám žádost o přístup k výsledkům voleb. Adresy jsou v "
        'tabulce od kolegy níže; řádek "test" prosím ignorujte, testovat budeme na '
        "produkčních strojích. Kontaktní osoba jsem já, tel. 491 426 338.\n\n"
        "Jitka Vondrová\nNáchodský týdeník s.r.o., IČO " + K4 + "\n\n"
        "---------- Přeposlaná zpráva ----------\nOd: Michal Pfeifer "
        "<pfeifer@nachodskytydenik.example>\nDatum: 5. 9. 2025 14:22\nPředmět: IP pro volby\n"
        "Komu: Jitka Vondrová\n\nAhoj, tabulka s adresami v příloze. M.\n",
        "attachments": [
            (
                "xlsx",
                "IP_volby.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["role", "ip"],
                            ["prod", "203.0.113.80"],
                            ["prod", "203.0.113.81"],
                            ["test", "203.0.113.88"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "cw033-pdf-letter-netmask",
        "description": "a PDF letter giving the production network as an address with a netmask "
        "255.255.255.252 (four addresses) and one test address",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Českolipský kurýr a.s.",
            K5,
            None,
            ["198.18.33.8", "198.18.33.9", "198.18.33.10", "198.18.33.11"],
            ["198.18.33.40"],
            "Adam Trojan",
            "trojan@cl-kuryr.example",
            "+420725664017",
        ),
        "from": "Adam Trojan <trojan@cl-kuryr.example>",
        "subject": "ČL kurýr – žádost volby 2025",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\nv příloze žádost podepsaná vedením.\n\nAdam Trojan, IT\n",
        "attachments": [
            (
                "pdf",
                "CLK_zadost.pdf",
                [
                    "Českolipský kurýr a.s.\nNáměstí T. G. Masaryka 1, 470 01 Česká Lípa\n"
                    "IČO " + K5,
                    "Věc: žádost o přístup k průběžným výsledkům voleb",
                    "Žádáme o přístup k výsledkům na dedikovaném serveru. Naše produkční síť: "
                    "198.18.33.8 maska 255.255.255.252. Testovací stroj: 198.18.33.40.",
                    "Technický kontakt: Adam Trojan, 725 664 017, trojan@cl-kuryr.example",
                    "Ing. Pavla Rybová, předsedkyně představenstva",
                ],
            )
        ],
    },
    {
        "id": "cw034-databox-osvc-xlsx",
        "description": "data message from a natural person in business with a two-sheet workbook "
        '("Žádost" and "IP"); the annotation only says which sheet to read',
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Tomáš Bárta",
            K6,
            "x9tb2ka",
            ["192.0.2.230"],
            ["192.0.2.231"],
            "Tomáš Bárta",
            "barta@volebnimapy.example",
            "+420777902361",
        ),
        "databox": box("x9tb2ka", "Tomáš Bárta", "Třebízského 5, 566 01 Vysoké Mýto", kind=40),
        "subject": "Žádost o přístup k XML - viz list IP",
        "attachments": [
            (
                "xlsx",
                "barta_zadost.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Tomáš Bárta, Ing. (OSVČ, web volebnimapy)"],
                            ["IČO", K6],
                            ["Předmět", "přístup k výsledkům voleb – XML"],
                            ["E-mail", "barta@volebnimapy.example"],
                            ["Telefon", "777 902 361"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [["produkční", "192.0.2.230"], ["testovací", "192.0.2.231"]],
                    },
                ],
            )
        ],
    },
    {
        "id": "cw035-docx-cancelled-address-row",
        "description": "a DOCX table with a status column where one production address is "
        '"zrušeno (loni)": that one is left out',
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Prostějovský večerník s.r.o.",
            K7,
            None,
            ["203.0.113.150", "203.0.113.152"],
            ["203.0.113.160"],
            "Irena Dostálová",
            "dostalova@pvvecernik.example",
            "+420582330917",
        ),
        "from": "Irena Dostálová <dostalova@pvvecernik.example>",
        "subject": "Prostějovský večerník – volby",
        "headers": OWA,
        "body": "Dobrý den,\n\nposílám aktualizovanou tabulku z loňska.\n\nIrena Dostálová\n",
        "attachments": [
            (
                "docx",
                "PV_volby_IP.docx",
                {
                    "header": "Prostějovský večerník s.r.o. – IČO " + K7,
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb (XML)",
                        {
                            "rows": [
                                ["IP adresa", "Role", "Stav"],
                                ["203.0.113.150", "produkce", "platí"],
                                ["203.0.113.151", "produkce", "zrušeno (loni)"],
                                ["203.0.113.152", "produkce", "nová"],
                                ["203.0.113.160", "test", "platí"],
                            ]
                        },
                        "Kontakt: Irena Dostálová, 582 330 917, dostalova@pvvecernik.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "cw036-reply-cover-changes-phone-odt",
        "description": "a reply to the office with quoted history; the ODT form's phone is old, "
        "the cover gives the new mobile",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rokycanský hlasatel s.r.o.",
            K8,
            None,
            ["192.0.2.70"],
            ["192.0.2.71"],
            "Petra Šindelářová",
            "sindelarova@rokycanskyhlasatel.example",
            "+420739661502",
        ),
        "from": "Petra Šindelářová <sindelarova@rokycanskyhlasatel.example>",
        "subject": "Re: Formulář žádosti média",
        "headers": EVOLUTION,
        "body": "Dobrý den,\n\nvyplněný formulář posílám. Jen pozor, telefon ve formuláři je "
        "starý, nové číslo je 739 661 502.\n\nPetra Šindelářová\n\n"
        "Dne 4. 9. 2025 v 9:01 podatelna@czso.cz napsal(a):\n"
        "> Dobrý den, v příloze zasíláme formulář žádosti média k vyplnění.\n"
        "> S pozdravem, ČSÚ\n",
        "attachments": [
            (
                "odt",
                "formular_vyplneny.odt",
                [
                    "Formulář žádosti média",
                    [
                        ["Žadatel", "Rokycanský hlasatel s.r.o."],
                        ["IČO", K8],
                        ["Přístup k XML", "ano"],
                        ["Produkční IP", "192.0.2.70"],
                        ["Testovací IP", "192.0.2.71"],
                        ["Kontaktní osoba", "Petra Šindelářová"],
                        ["Telefon", "371 722 045"],
                        ["E-mail", "sindelarova@rokycanskyhlasatel.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "cw037-alternative-cover-pdf-contact-not-signer",
        "description": "a multipart/alternative cover from an assistant; the PDF is signed by the "
        "director but names another person as the contact",
        "style": Style.COVER,
        "labels": L(
            [FEED, FILM],
            "Znojemský týden s.r.o.",
            ico("2956130"),
            None,
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.99"],
            "Leoš Charvát",
            "charvat@znojemskytyden.example",
            "+420736228149",
        ),
        "from": '"Asistentka Znojemský týden" <asistentka@znojemskytyden.example>',
        "subject": "Žádost – Znojemský týden",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\nza pana ředitele posílám žádost v příloze.\nS pozdravem\n"
        "Lucie Kadlecová, asistentka\n",
        "html": "<div>Dobrý den,<br>za pana ředitele posílám žádost v příloze.<br>S pozdravem"
        "<br>Lucie Kadlecová, asistentka</div>",
        "attachments": [
            (
                "pdf",
                "ZT_zadost.pdf",
                [
                    "Znojemský týden s.r.o., Obroková 6, 669 02 Znojmo, IČO " + ico("2956130"),
                    "Žádáme o přístup k výsledkům voleb (XML) a o povolení natáčet na "
                    "pracovišti ČSÚ ve Znojmě.",
                    {
                        "rows": [
                            ["", "IP"],
                            ["Produkce", "198.51.100.90, 198.51.100.91"],
                            ["Test", "198.51.100.99"],
                        ],
                        "widths": [100, 250],
                    },
                    "Kontaktní osoba pro žádost: Leoš Charvát, 736 228 149, "
                    "charvat@znojemskytyden.example",
                    "Mgr. Radovan Štrof, ředitel",
                ],
            )
        ],
    },
    {
        "id": "cw038-databox-annotation-ipv6-rtf-contact",
        "description": "data message whose annotation gives an IPv6 production address and "
        "says no test is needed; the RTF only names the contact and signs",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Vltava Jih s.r.o.",
            K10,
            "v3rj8ha",
            ["2001:db8:c0de::5"],
            [],
            "Simona Pašková",
            "paskova@radiovltavajih.example",
            "+420380714296",
        ),
        "databox": box("v3rj8ha", "Rádio Vltava Jih s.r.o.", "Latrán 44, 381 01 Český Krumlov"),
        "subject": "Žádost o přístup k výsledkům voleb (XML) z adresy 2001:db8:c0de::5, "
        "testovací adresu nepotřebujeme",
        "attachments": [
            (
                "rtf",
                "pruvodni_dopis.rtf",
                [
                    "Rádio Vltava Jih s.r.o., IČO " + K10,
                    "K naší žádosti uvedené v anotaci: kontaktní osobou je Simona Pašková, "
                    "technička vysílání, tel. 380 714 296, paskova@radiovltavajih.example.",
                    "Josef Mareš, jednatel",
                ],
            )
        ],
    },
    {
        "id": "cw039-empty-pdf-and-txt",
        "description": "empty mail with two files: the PDF application without addresses and a "
        "TXT with the addresses and their roles",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Kroměřížský magazín, s.r.o.",
            K11,
            None,
            ["192.0.2.120", "192.0.2.121", "192.0.2.122"],
            ["192.0.2.129"],
            "Vojtěch Mikeska",
            "mikeska@kmmagazin.example",
            "+420604119287",
        ),
        "from": "Vojtěch Mikeska <mikeska@kmmagazin.example>",
        "subject": "",
        "headers": IPHONE,
        "body": "",
        "attachments": [
            (
                "pdf",
                "zadost_KM.pdf",
                [
                    "Kroměřížský magazín, s.r.o., Velké náměstí 40, 767 01 Kroměříž",
                    "IČO: " + K11,
                    "Žádáme o přístup k průběžným výsledkům voleb na dedikovaném serveru. "
                    "IP adresy zasíláme v samostatném souboru.",
                    "Kontakt: Vojtěch Mikeska, 604 119 287, mikeska@kmmagazin.example",
                ],
            ),
            (
                "txt",
                "ip.txt",
                "PRODUKCE\n192.0.2.120\n192.0.2.121\n192.0.2.122\n\nTEST\n192.0.2.129\n",
            ),
        ],
    },
    {
        "id": "cw040-austrian-docx-ja-nein-no-ico",
        "description": "an Austrian broadcaster's German DOCX form with Ja/Nein columns (feed Ja, "
        "filming Nein), no Czech IČO, an Austrian phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Waldviertel Rundfunk GmbH",
            None,
            None,
            ["198.18.90.12", "198.18.90.13"],
            ["198.18.90.20"],
            "Florian Haslinger",
            "haslinger@wvrundfunk.example",
            "+436642817053",
        ),
        "from": "Florian Haslinger <haslinger@wvrundfunk.example>",
        "subject": "Antrag Zugang Wahlergebnisse / žádost",
        "headers": OUTLOOK,
        "body": "Sehr geehrte Damen und Herren,\n\nanbei unser Antrag auf Zugang zu den "
        "Wahlergebnissen (XML).\n\nMit freundlichen Grüßen\nFlorian Haslinger\n",
        "attachments": [
            (
                "docx",
                "Antrag_WVR.docx",
                {
                    "header": "Waldviertel Rundfunk GmbH · Hauptplatz 9 · 3950 Gmünd · Österreich",
                    "footer": "FN 418273 x · UID ATU61823047",
                    "blocks": [
                        "Antrag eines Mediums",
                        {
                            "rows": [
                                ["Antrag", "Ja", "Nein"],
                                ["Zugang zu den Ergebnissen (XML-Server)", "X", ""],
                                ["Dreherlaubnis an den Arbeitsstellen", "", "X"],
                            ]
                        },
                        {
                            "rows": [
                                ["Produktions-IP", "198.18.90.12, 198.18.90.13"],
                                ["Test-IP", "198.18.90.20"],
                                [
                                    "Kontakt",
                                    "Florian Haslinger, +43 664 2817053, "
                                    "haslinger@wvrundfunk.example",
                                ],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "cw041-iso88592-qp-rtf-bracket-form",
        "description": "an iso-8859-2 quoted-printable cover; the RTF form marks [x] for "
        "filming and [ ] for the feed, with address rows left over: filming only",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Berounský občasník, z.s.",
            ico("2248713"),
            None,
            [],
            [],
            "Luděk Špaček",
            "spacek@berounskyobcasnik.example",
            "+420602551983",
        ),
        "from": "Luděk Špaček <spacek@berounskyobcasnik.example>",
        "subject": "žádost o povolení focení",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "cte": "qp",
        "body": "Dobrý den,\n\nv příloze formulář. Jde nám jen o fotografování na "
        "pracovišti.\n\nLuděk Špaček\n",
        "attachments": [
            (
                "rtf",
                "formular_BO.rtf",
                [
                    "Berounský občasník, z.s., IČO " + ico("2248713"),
                    "[ ] přístup k výsledkům (XML)",
                    "[x] povolení k fotografování na pracovišti ČSÚ",
                    [
                        ["Produkční IP", "198.51.100.160"],
                        ["Testovací IP", ""],
                    ],
                    "Kontakt: Špaček Luděk, 602 551 983",
                ],
            )
        ],
    },
    {
        "id": "cw042-databox-faculty-university-odt",
        "description": "a data message from a public university's box; the ODT is written by a "
        "faculty department, which applies as the university",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Západočeská technická univerzita, veřejná vysoká škola",
            K12,
            "u5zt9qe",
            ["203.0.113.66", "203.0.113.67"],
            ["203.0.113.68"],
            "Pavel Nedvěd",
            "nedved@fpe.ztu.example",
            "+420377636115",
        ),
        "databox": box(
            "u5zt9qe",
            "Západočeská technická univerzita, veřejná vysoká škola",
            "Univerzitní 1, 301 00 Plzeň",
        ),
        "subject": "Katedra politologie FPE - žádost o volební data",
        "attachments": [
            (
                "odt",
                "zadost_katedra.odt",
                [
                    "Západočeská technická univerzita, veřejná vysoká škola",
                    "Fakulta politologie a ekonomie, katedra politologie",
                    "IČO " + K12,
                    "Žádáme o přístup k průběžným výsledkům voleb pro výzkumný projekt "
                    "volebních analýz.",
                    [
                        ["produkční", "203.0.113.66", "203.0.113.67"],
                        ["testovací", "203.0.113.68", ""],
                    ],
                    "Kontakt: RNDr. Pavel Nedvěd, Ph.D., nedved@fpe.ztu.example, 377 636 115",
                ],
            )
        ],
    },
]
