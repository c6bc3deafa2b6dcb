"""Seventh held-out set, part ``r``, cases r029–r042: data messages, formal letters and
forwarded messages, written by hand apart from the extraction rules. Score only at the very
end."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

ICO_29 = ico("2615930")
ICO_30 = ico("0029955")
ICO_31 = ico("4438120")
ICO_32 = ico("2177604")
ICO_33 = ico("6271049")
ICO_35 = ico("0856711")
ICO_36 = ico("2908364")
ICO_37 = ico("0565201")
ICO_38 = ico("2753016")
ICO_40 = ico("4971582")
ICO_41 = ico("0226511")

_INNER_29 = {
    "id": "r029-inner",
    "from": "Petra Říhová <rihova@brnenskytyden.example>",
    "subject": "Žádost o přístup k XML výsledkům voleb",
    "body": "Dobrý den,\n\nBrněnský týden s.r.o., IČO " + ICO_29 + ", žádá o přístup "
    "k výsledkům voleb ve formátu XML.\n\nProdukční server: 192.0.2.161\n"
    "Testovací server: 192.0.2.169\n\nKontakt: Petra Říhová, 739 442 605\n",
}

CASES: list[dict[str, Any]] = [
    {
        "id": "r029-forward-attached-eml-secretary",
        "description": "secretary forwards the editor's original as an attached message; the "
        "forwarder's note names no other contact",
        "style": "forward-own",
        "from": "Recepce Brněnský týden <recepce@brnenskytyden.example>",
        "subject": "FW: Žádost o přístup k XML výsledkům voleb",
        "body": "Dobrý den,\n\nv příloze přeposíláme žádost paní Říhové, která se Vám "
        "prý nedostala. Vyřizuje ji nadále ona.\n\nRecepce Brněnský týden\n",
        "attachments": [("eml", "zadost.eml", _INNER_29)],
        "labels": L(
            FEED,
            "Brněnský týden s.r.o.",
            ICO_29,
            None,
            ["192.0.2.161"],
            ["192.0.2.169"],
            "Petra Říhová",
            "rihova@brnenskytyden.example",
            "+420739442605",
        ),
    },
    {
        "id": "r030-databox-municipality-both-rtf",
        "description": "small town's data message; RTF letter asks for both, the town's "
        "newsroom server and a test address given with the word 'zkušební'",
        "style": "databox-message",
        "databox": {
            "box": "x8ca5nh",
            "sender": "Město Sušice",
            "address": "nám. Svobody 138, 342 01 Sušice",
            "type": 10,
        },
        "subject": "Sušické noviny – volby 2026",
        "attachments": [
            (
                "rtf",
                "zadost_Susice.rtf",
                [
                    "Město Sušice, IČO " + ICO_30 + ", vydavatel Sušických novin",
                    "Č. j.: MUSU/4410/2026/OVV",
                    "Žádáme o přístup k výsledkům voleb v XML (server redakce "
                    "203.0.113.120, zkušební 203.0.113.121) a o povolení natáčet na "
                    "přebíracím místě v Klatovech.",
                    "Vyřizuje: Romana Šafaříková, safarikova@susice-mesto.example, "
                    "tel. 376 540 118",
                ],
            )
        ],
        "labels": L(
            BOTH,
            "Město Sušice",
            ICO_30,
            "x8ca5nh",
            ["203.0.113.120"],
            ["203.0.113.121"],
            "Romana Šafaříková",
            "safarikova@susice-mesto.example",
            "+420376540118",
        ),
    },
    {
        "id": "r031-databox-correction-quoted-first-message",
        "description": "second data message whose annotation-txt quotes the first one; the "
        "second removes one production address and adds another",
        "style": "correction",
        "databox": {
            "box": "r3ty6ua",
            "sender": "Deník Podřipsko s.r.o.",
            "address": "Palackého 55, 413 01 Roudnice nad Labem",
            "type": 20,
            "ref": "DP-2026-07",
        },
        "subject": "Doplnění žádosti DP-2026-07 – změna IP",
        "attachments": [
            (
                "txt",
                "doplneni.txt",
                "Dobrý den,\n\n"
                "k naší žádosti ze dne 10. 5. 2026 (naše zn. DP-2026-07) sdělujeme změnu: "
                "adresa 198.51.100.67 se nebude používat, místo ní prosíme povolit "
                "198.51.100.68. Adresa 198.51.100.66 platí dál.\n\n"
                "Martina Jelínková\n\n"
                "--- původní datová zpráva ---\n"
                "Deník Podřipsko s.r.o., IČO " + ICO_31 + ", žádá o přístup k XML "
                "výsledkům voleb. Produkce: 198.51.100.66, 198.51.100.67. Bez testu.\n"
                "Kontakt: Martina Jelínková, jelinkova@podripsko.example, +420 416 837 220\n",
            )
        ],
        "labels": L(
            FEED,
            "Deník Podřipsko s.r.o.",
            ICO_31,
            "r3ty6ua",
            ["198.51.100.66", "198.51.100.68"],
            [],
            "Martina Jelínková",
            "jelinkova@podripsko.example",
            "+420416837220",
        ),
    },
    {
        "id": "r032-webmail-html-only-roles-by-order",
        "description": "HTML-only webmail; roles given by order ('v uvedeném pořadí') and a "
        "test IPv6 /126 block expanded to four",
        "style": "roles-by-order",
        "from": "Jakub Vrba <vrba@zlinskezpravy.example>",
        "subject": "Zlínské zprávy – žádost o přístup",
        "cte": "base64",
        "html": "<html><body><div>Dobrý den,</div><div>společnost Zlínské zprávy a.s., "
        "IČO " + ICO_32 + ", žádá o přístup k XML výsledkům voleb.</div>"
        "<div>Adresy 198.18.60.1 a 2001:db8:60::/126 jsou v uvedeném pořadí produkční "
        "a testovací.</div><div>Jakub Vrba, správce systémů, 777 603 814</div>"
        "</body></html>",
        "labels": L(
            FEED,
            "Zlínské zprávy a.s.",
            ICO_32,
            None,
            ["198.18.60.1"],
            ["2001:db8:60::", "2001:db8:60::1", "2001:db8:60::2", "2001:db8:60::3"],
            "Jakub Vrba",
            "vrba@zlinskezpravy.example",
            "+420777603814",
        ),
    },
    {
        "id": "r033-databox-university-english-pdf",
        "description": "university's data message with an English PDF from a visiting "
        "research team; the university applies; phone with a Czech switchboard and a mobile",
        "style": "english",
        "databox": {
            "box": "d5sp8kw",
            "sender": "Univerzita Karlova",
            "address": "Ovocný trh 560/5, 116 36 Praha 1",
            "type": 10,
        },
        "subject": "Application for access to election results (XML) – Faculty of Social Sciences",
        "attachments": [
            (
                "pdf",
                "application_UK_FSV.pdf",
                [
                    "Univerzita Karlova, Company ID " + ICO_33,
                    "Ref. No.: UK-FSV/IPS/118/2026",
                    "Subject: Access to the XML election results feed",
                    "The Institute of Political Studies applies for access to the "
                    "election results. Production servers: 192.0.2.21 and 192.0.2.22. "
                    "Test server: 192.0.2.29.",
                    "Contact: Dr. Michael O'Connor, michael.oconnor@fsv-cuni.example, "
                    "mobile +420 731 004 582 (switchboard +420 222 112 111).",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Univerzita Karlova",
            ICO_33,
            "d5sp8kw",
            ["192.0.2.21", "192.0.2.22"],
            ["192.0.2.29"],
            "Michael O'Connor",
            "michael.oconnor@fsv-cuni.example",
            "+420731004582",
        ),
    },
    {
        "id": "r034-outlook-feed-withdrawn-filming-stays",
        "description": "Outlook message in which feed access is withdrawn mid-message and only "
        "filming remains; the once-listed address no longer counts",
        "style": "outlook",
        "from": "Gabriela Pokorná <pokorna@kutnohorsko.example>",
        "subject": "Volby – žádost (Kutnohorsko, spol. s r.o.)",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": "Dobrý den,\n\npůvodně jsme chtěli žádat i o přístup k XML výsledkům "
        "(server 203.0.113.245), ale po poradě s vedením od toho upouštíme – výsledky "
        "budeme brát z agentury. Žádáme tedy jen o povolení natáčet na přebíracím místě "
        "v Kutné Hoře.\n\nKutnohorsko, spol. s r.o., IČO " + ICO_35 + "\n\n"
        "Gabriela Pokorná\nredaktorka\nM: +420 606 227 391\n",
        "html": "<html><body><p class=MsoNormal>Dobrý den,</p><p class=MsoNormal>původně "
        "jsme chtěli žádat i o přístup k XML výsledkům (server 203.0.113.245), ale po "
        "poradě s vedením od toho upouštíme – výsledky budeme brát z agentury. Žádáme tedy "
        "jen o povolení natáčet na přebíracím místě v Kutné Hoře.</p>"
        "<p class=MsoNormal>Kutnohorsko, spol. s r.o., IČO " + ICO_35 + "</p>"
        "<p class=MsoNormal>Gabriela Pokorná<br>redaktorka<br>M: +420 606 227 391</p>"
        "</body></html>",
        "labels": L(
            FILM,
            "Kutnohorsko, spol. s r.o.",
            ICO_35,
            None,
            [],
            [],
            "Gabriela Pokorná",
            "pokorna@kutnohorsko.example",
            "+420606227391",
        ),
    },
    {
        "id": "r035-databox-agency-odt-five-plus-five",
        "description": "news agency's data message, ODT table with the maximum five "
        "production and five test addresses",
        "style": "attachment",
        "databox": {
            "box": "y7gm2te",
            "sender": "Zpravodajská agentura Střed a.s.",
            "address": "Bělehradská 299/132, 120 00 Praha 2",
            "type": 20,
        },
        "subject": "ZAS – seznam adres pro vyhrazený server",
        "attachments": [
            (
                "odt",
                "ZAS_adresy.odt",
                [
                    "Zpravodajská agentura Střed a.s., IČO " + ICO_36,
                    "Žádáme o přístup k výsledkům voleb ve formátu XML z těchto adres:",
                    [
                        ["Ostrý provoz", "Test"],
                        ["203.0.113.1", "203.0.113.101"],
                        ["203.0.113.2", "203.0.113.102"],
                        ["203.0.113.3", "203.0.113.103"],
                        ["203.0.113.4", "203.0.113.104"],
                        ["203.0.113.5", "203.0.113.105"],
                    ],
                    "Technický kontakt: Ing. Vladimír Štěpánek, NOC, "
                    "noc@zas-agentura.example, +420 222 990 417",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Zpravodajská agentura Střed a.s.",
            ICO_36,
            "y7gm2te",
            ["203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4", "203.0.113.5"],
            ["203.0.113.101", "203.0.113.102", "203.0.113.103", "203.0.113.104", "203.0.113.105"],
            "Vladimír Štěpánek",
            "noc@zas-agentura.example",
            "+420222990417",
        ),
    },
    {
        "id": "r036-letter-no-diacritics-databox-in-signature",
        "description": "letter without diacritics; the applicant's data box in the signature "
        "block beside the office's in the address block",
        "style": "signature-block",
        "from": "Redakce Krkonossky posel <redakce@krkonosskyposel.example>",
        "subject": "Zadost o pristup k XML vysledkum",
        "body": "Cesky statisticky urad\nNa padesatem 81, Praha 10\nDS: 2gfaasy\n\n"
        "Vec: zadost o pristup k vysledkum voleb\n\n"
        "Krkonossky posel, s.r.o. zada o zpristupneni XML vysledku voleb.\n"
        "IP produkce: 192.0.2.240, 192.0.2.241\nIP test: 192.0.2.250\n\n"
        "Kontaktni osoba: Radek Machacek, tel. 731 556 208\n\n"
        "Radek Machacek\nKrkonossky posel, s.r.o.\nICO " + ICO_37 + "\nDS: h3kw9ze\n"
        "Trutnov\n",
        "labels": L(
            FEED,
            "Krkonossky posel, s.r.o.",
            ICO_37,
            "h3kw9ze",
            ["192.0.2.240", "192.0.2.241"],
            ["192.0.2.250"],
            "Radek Machacek",
            "redakce@krkonosskyposel.example",
            "+420731556208",
        ),
    },
    {
        "id": "r037-databox-split-annotation-docx-contact",
        "description": "split application: addresses in the annotation, organisation and "
        "contact only in the attached DOCX",
        "style": "databox-message",
        "databox": {
            "box": "z6nf3qb",
            "sender": "Mediální dům Vysočina a.s.",
            "address": "Brněnská 3, 591 01 Žďár nad Sázavou",
            "type": 20,
        },
        "subject": "XML výsledky – prod 198.51.100.120, 198.51.100.121; test 198.51.100.130",
        "attachments": [
            (
                "docx",
                "zadost_MDV.docx",
                {
                    "blocks": [
                        "Mediální dům Vysočina a.s., IČO " + ICO_38,
                        "Žádáme o přístup k výsledkům voleb ve formátu XML; adresy jsou "
                        "uvedeny v předmětu datové zprávy.",
                        "Kontaktní osoba: Simona Kadlecová, kadlecova@mdvysocina.example, "
                        "mobil 724 318 660",
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Mediální dům Vysočina a.s.",
            ICO_38,
            "z6nf3qb",
            ["198.51.100.120", "198.51.100.121"],
            ["198.51.100.130"],
            "Simona Kadlecová",
            "kadlecova@mdvysocina.example",
            "+420724318660",
        ),
    },
    {
        "id": "r038-two-line-editor-in-hurry",
        "description": "editor in a hurry: two lines, the organisation only in the signature, "
        "phone with dashes",
        "style": "two-line-note",
        "from": "Ivo Šebesta <sebesta@prerovskedeniky.example>",
        "subject": "XML volby",
        "body": "Prosím o přístup k XML výsledkům pro 198.18.33.9, test nemáme. "
        "Kontakt já, 604-551-872.\n\n"
        "--\nIvo Šebesta, šéfredaktor\nPřerovské deníky s.r.o., IČO " + ico("0618450") + "\n",
        "labels": L(
            FEED,
            "Přerovské deníky s.r.o.",
            ico("0618450"),
            None,
            ["198.18.33.9"],
            [],
            "Ivo Šebesta",
            "sebesta@prerovskedeniky.example",
            "+420604551872",
        ),
    },
    {
        "id": "r039-databox-broadcaster-xlsx-two-sheets",
        "description": "private radio group's data message, XLSX with a contact sheet and an "
        "address sheet; a backup (záložní) server counts as production",
        "style": "attachment",
        "databox": {
            "box": "k2vu8rm",
            "sender": "Radiohouse Group a.s.",
            "address": "Drahobejlova 1452/54, 190 00 Praha 9",
            "type": 20,
        },
        "subject": "Žádost o přístup k výsledkům voleb – Radiohouse",
        "attachments": [
            (
                "xlsx",
                "radiohouse_zadost.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Společnost", "Radiohouse Group a.s."],
                            ["IČO", ICO_40],
                            ["Žádost", "přístup k XML výsledkům voleb"],
                            ["Kontakt", "Ondřej Jirásek"],
                            ["E-mail", "jirasek@radiohouse.example"],
                            ["Mobil", "+420 603 477 120"],
                        ],
                    },
                    {
                        "title": "Adresy",
                        "rows": [
                            ["IP", "použití"],
                            ["198.51.100.1", "produkce"],
                            ["198.51.100.2", "produkce"],
                            ["198.51.100.3", "záložní"],
                            ["198.51.100.9", "test"],
                        ],
                    },
                ],
            )
        ],
        "labels": L(
            FEED,
            "Radiohouse Group a.s.",
            ICO_40,
            "k2vu8rm",
            ["198.51.100.1", "198.51.100.2", "198.51.100.3"],
            ["198.51.100.9"],
            "Ondřej Jirásek",
            "jirasek@radiohouse.example",
            "+420603477120",
        ),
    },
    {
        "id": "r040-databox-municipal-slovak-speaker-filming-feed",
        "description": "municipal district's data message written partly in Slovak by its "
        "press officer; both requests; a CIDR /31 production and no test",
        "style": "slovak",
        "databox": {
            "box": "u4pe7sy",
            "sender": "Městská část Praha 7",
            "address": "U Průhonu 1338/38, 170 00 Praha 7",
            "type": 10,
        },
        "subject": "Žiadosť – Hobulet (časopis MČ Praha 7)",
        "attachments": [
            (
                "pdf",
                "ziadost_P7.pdf",
                [
                    "Městská část Praha 7, IČO " + ICO_41,
                    "Č. j.: MCP7 041122/2026",
                    "Dobrý deň, ako tlačová hovorkyňa mestskej časti žiadam o prístup "
                    "k XML výsledkom volieb pre web časopisu Hobulet (sieť 192.0.2.64/31, "
                    "testovaciu adresu nemáme) a zároveň o povolenie natáčať na "
                    "preberacom mieste v Prahe 7.",
                    "Zuzana Horvátová, horvatova@praha7-mc.example, 0905 611 370 (slovenské číslo)",
                ],
            )
        ],
        "labels": L(
            BOTH,
            "Městská část Praha 7",
            ICO_41,
            "u4pe7sy",
            ["192.0.2.64", "192.0.2.65"],
            [],
            "Zuzana Horvátová",
            "horvatova@praha7-mc.example",
            "+421905611370",
        ),
    },
    {
        "id": "r041-chatty-freelancer-ipv6-both",
        "description": "long chatty mail from a freelance video journalist without IČO; "
        "IPv6 production, filming too; the colleague in copy is not the contact",
        "style": "long-chatty",
        "from": "Barbora Nováková <bara.novakova@volnanoha.example>",
        "cc": "Lukáš Tichý <tichy@volnanoha.example>",
        "subject": "Volební noc – prosba o data a natáčení",
        "body": "Dobrý den,\n\nnevím, jestli píšu správně, ale zkusím to. Jsem nezávislá "
        "videonovinářka, dělám živé přenosy na svém kanálu a letos bych chtěla mít "
        "výsledky přímo z Vašeho XML, ne opisovat je z webu. Můj server má adresu "
        "2001:db8:bb:1::7 (jen IPv6, IPv4 nemám). Testovací prostředí nemám, "
        "takže testovací adresu neposílám.\n\n"
        "A pak ještě jedna prosba – s kolegou Lukášem (v kopii, kameraman) bychom "
        "rádi natočili pár minut na přebíracím místě na Praze 5.\n\n"
        "Kdyby bylo cokoli potřeba, volejte na 721 904 336.\n\n"
        "Díky moc!\nBára Nováková\n",
        "labels": L(
            BOTH,
            "Barbora Nováková",
            None,
            None,
            ["2001:db8:bb:1::7"],
            [],
            "Barbora Nováková",
            "bara.novakova@volnanoha.example",
            "+420721904336",
        ),
    },
    {
        "id": "r042-databox-publisher-annotation-only-parent-ico",
        "description": "data message with the application in a txt that names the parent "
        "company's IČO before the applicant's; the applicant is the sender",
        "style": "look-alikes",
        "databox": {
            "box": "b7qd4wn",
            "sender": "Moravskoslezský deník s.r.o.",
            "address": "Novinářská 7, 702 00 Ostrava",
            "type": 20,
        },
        "subject": "Žádost o přístup k XML výsledkům voleb",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Jsme součástí skupiny Severomoravská vydavatelská a.s. (IČO "
                + ico("6431720")
                + "), žadatelem je však dceřiná společnost Moravskoslezský deník s.r.o., "
                "IČO " + ico("2863170") + ".\n\n"
                "Žádáme o přístup k výsledkům voleb ve formátu XML.\n"
                "Produkční adresy: 203.0.113.210, 203.0.113.211\n"
                "Testovací adresa: 203.0.113.219\n\n"
                "Kontakt: Aleš Kocourek, kocourek@msdenik.example, +420 596 110 482\n",
            )
        ],
        "labels": L(
            FEED,
            "Moravskoslezský deník s.r.o.",
            ico("2863170"),
            "b7qd4wn",
            ["203.0.113.210", "203.0.113.211"],
            ["203.0.113.219"],
            "Aleš Kocourek",
            "kocourek@msdenik.example",
            "+420596110482",
        ),
    },
]
