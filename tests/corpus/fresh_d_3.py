"""Third-round held-out cases d029–d042: merged header cells, abbreviations with a legend,
two attachments that depend on each other, a reply that corrects the applicant's own quoted
original, filming crews, data-box messages from companies and a freelancer. Labelled by hand
from the text (tests/corpus/LABELS.md)."""

from __future__ import annotations

from typing import Any

from tests.corpus.fresh_d_common import FEED, REC, Style
from tests.corpus.label_rules import label as labels

D029: dict[str, Any] = {
    "id": "d029-docx-merged-header-columns",
    "description": "DOCX table whose first row is one merged cell 'IP adresy' over two "
    "sub-headed columns (produkční, testovací) of unequal length",
    "style": Style.DOCX,
    "from": "Jana Moravcová <moravcova@polabi-denik.example>",
    "subject": "Žádost o přístup k XML",
    "body": "Dobrý den,\n\nzasílám žádost Deníku Polabí o přístup k výsledkům. V tabulce jsou "
    "adresy rozdělené na produkční a testovací.\n\nS pozdravem Jana Moravcová\n",
    "attachments": [
        (
            "docx",
            "Polabi_zadost_XML.docx",
            {
                "blocks": [
                    "Deník Polabí a.s.\nNám. Republiky 9, 288 02 Nymburk\nIČ: 49835211",
                    "Žádáme o přístup k vyhrazenému XML serveru ČSÚ z těchto adres:",
                    {
                        "rows": [
                            ["IP adresy", ""],
                            ["produkční", "testovací"],
                            ["192.0.2.130", "192.0.2.140"],
                            ["192.0.2.131", "192.0.2.141"],
                            ["192.0.2.132", ""],
                        ],
                        "merge": [(0, 0, 0, 1)],
                    },
                    "Kontakt: Jana Moravcová, zástupkyně šéfredaktora, mobil 605 318 227, "
                    "moravcova@polabi-denik.example",
                ],
            },
        )
    ],
    "labels": labels(
        [FEED],
        ("Deník Polabí a.s.", "49835211", None),
        ["192.0.2.130", "192.0.2.131", "192.0.2.132"],
        ["192.0.2.140", "192.0.2.141"],
        ("Jana Moravcová", "moravcova@polabi-denik.example", "+420605318227"),
    ),
}

D030: dict[str, Any] = {
    "id": "d030-databox-annotation-register-extract",
    "description": "data message, the application terse and without diacritics in the "
    "annotation (a shorthand range 180-182); the attachment is only a commercial-register "
    "extract naming the company, its IČO and another person as managing director",
    "style": Style.DATABOX_ANNOTATION,
    "databox": {
        "box": "t9bex4m",
        "sender": "Severočeská vysílací s.r.o.",
        "address": "Mírové náměstí 3097/37, 400 01 Ústí nad Labem",
    },
    "subject": "Zadost o pristup k XML serveru (volby); prod 203.0.113.180-182, test "
    "203.0.113.190; kontakt Ondrej Hajek, 731 004 552, hajek@sevvys.example",
    "attachments": [
        (
            "pdf",
            "vypis_OR.pdf",
            [
                "<b>Výpis z obchodního rejstříku</b>\nvedeného Krajským soudem v Ústí nad "
                "Labem, oddíl C, vložka 30112",
                "Datum vzniku a zápisu: 3. března 2011\nObchodní firma: Severočeská vysílací "
                "s.r.o.\nSídlo: Mírové náměstí 3097/37, 400 01 Ústí nad Labem\n"
                "Identifikační číslo: 250 81 632\nPrávní forma: Společnost s ručením omezeným",
                "Předmět podnikání: provozování rozhlasového a televizního vysílání\n"
                "Statutární orgán: jednatel Radim Toman\nZákladní kapitál: 200 000 Kč",
            ],
        )
    ],
    "labels": labels(
        [FEED],
        ("Severočeská vysílací s.r.o.", "25081632", "t9bex4m"),
        ["203.0.113.180", "203.0.113.181", "203.0.113.182"],
        ["203.0.113.190"],
        ("Ondrej Hajek", "hajek@sevvys.example", "+420731004552"),
    ),
}

D031: dict[str, Any] = {
    "id": "d031-rtf-ano-ne-both-crew",
    "description": "RTF: X under ANO for both request types, production addresses in one cell, "
    "a crew of two; the newsroom mailbox sends, the colleague in copy is the named contact",
    "style": Style.YES_NO,
    "from": "Redakce Kladno.tv <redakce@kladnotv.example>",
    "cc": "Šimon Vacek <vacek@kladnotv.example>",
    "subject": "Žádosti pro volby – Kladno.tv",
    "body": "Dobrý den,\nposíláme vyplněnou žádost. Kontaktní osobou je kolega Šimon Vacek "
    "(je v kopii).\nDěkujeme, redakce\n",
    "attachments": [
        (
            "rtf",
            "Kladno_tv_zadost.rtf",
            [
                "Kladno.tv s.r.o., T. G. Masaryka 2301, 272 01 Kladno, IČO 29154405",
                [
                    ["Požadavek", "ANO", "NE"],
                    ["přístup k XML serveru s průběžnými výsledky", "X", ""],
                    ["pořizování záznamu na přebíracím místě", "X", ""],
                ],
                [
                    ["Produkční IP", "198.18.33.1, 198.18.33.2"],
                    ["Testovací IP", "198.18.33.254"],
                    ["Natáčet budou", "Šimon Vacek, Lucie Holá"],
                    ["Přebírací místo", "Kladno (Středočeský kraj), případně Praha"],
                    ["Rozsah", "reportáž 2–3 min, záběry bez zvuku z práce přebíracího místa"],
                    ["Kontaktní osoba", "Šimon Vacek, 724 310 858, vacek@kladnotv.example"],
                ],
            ],
        )
    ],
    "labels": labels(
        [FEED, REC],
        ("Kladno.tv s.r.o.", "29154405", None),
        ["198.18.33.1", "198.18.33.2"],
        ["198.18.33.254"],
        ("Šimon Vacek", "vacek@kladnotv.example", "+420724310858"),
    ),
}

D032: dict[str, Any] = {
    "id": "d032-slovak-xlsx-ipv6",
    "description": "Slovak agency, XLSX: applicant rows, then two columns headed Produkčné / "
    "Testovacie adresy mixing IPv6 and IPv4; a Slovak landline",
    "style": Style.SLOVAK,
    "from": "Ing. Martin Gajdoš <gajdos@regionpress.example>",
    "subject": "Žiadosť – pripojenie k XML (voľby)",
    "body": "Dobrý deň,\nv prílohe posielam tabuľku s údajmi pre pripojenie. Sme agentúra so "
    "sídlom v Žiline, ale píšeme aj pre české regionálne weby.\nĎakujem,\nMartin Gajdoš\n",
    "attachments": [
        (
            "xlsx",
            "RegionPress_ziadost.xlsx",
            [
                {
                    "title": "Žiadosť",
                    "rows": [
                        ["Žiadateľ", "RegionPress, s. r. o."],
                        ["IČO", "36117927"],
                        ["Sídlo", "Národná 12, 010 01 Žilina, SR"],
                        [None, None],
                        ["Produkčné adresy", "Testovacie adresy"],
                        ["2001:db8:4400::a", "2001:db8:4400::f0"],
                        ["203.0.113.230", None],
                        [None, None],
                        [
                            "Kontakt",
                            "Ing. Martin Gajdoš, +421 41 562 0193, gajdos@regionpress.example",
                        ],
                    ],
                }
            ],
        )
    ],
    "labels": labels(
        [FEED],
        ("RegionPress, s. r. o.", "36117927", None),
        ["2001:db8:4400::a", "203.0.113.230"],
        ["2001:db8:4400::f0"],
        ("Martin Gajdoš", "gajdos@regionpress.example", "+421415620193"),
    ),
}

D033: dict[str, Any] = {
    "id": "d033-reply-corrects-own-original",
    "description": "Outlook reply (windows-1250) to the applicant's own earlier mail, quoted "
    "below: the test address is replaced, everything else comes from the quoted original",
    "style": Style.REPLY_OWN,
    "from": "Hana Kubíčková <kubickova@jablonecky.example>",
    "subject": "RE: Žádost o připojení k XML – Jablonecký měsíčník",
    "charset": "windows-1250",
    "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
    "body": """Dobrý den,

ještě oprava k mé včerejší žádosti níže: testovací adresa 192.0.2.77 už neplatí, server
jsme přestěhovali – použijte prosím 192.0.2.78. Produkční adresy zůstávají stejné.

Hana Kubíčková

-----Původní zpráva-----
Od: Hana Kubíčková <kubickova@jablonecky.example>
Odesláno: středa 7. prosince 2022 15:12
Komu: podatelna@czso.cz
Předmět: Žádost o připojení k XML – Jablonecký měsíčník

Dobrý den,

za vydavatele Jabloneckého měsíčníku, společnost Nisa Media s.r.o. (IČO 24598739),
žádám o přístup k serveru s výsledky voleb.

produkční IP: 192.0.2.70, 192.0.2.71
testovací IP: 192.0.2.77

Kontakt: Hana Kubíčková, 483 711 265, kubickova@jablonecky.example

Hana Kubíčková
Nisa Media s.r.o.
""",
    "labels": labels(
        [FEED],
        ("Nisa Media s.r.o.", "24598739", None),
        ["192.0.2.70", "192.0.2.71"],
        ["192.0.2.78"],
        ("Hana Kubíčková", "kubickova@jablonecky.example", "+420483711265"),
    ),
}

D034: dict[str, Any] = {
    "id": "d034-odt-filming-crew-table",
    "description": "ODT: XML access unticked (☐), recording ticked (☒), a crew table with "
    "phones and e-mails for three people, the producer named as the contact",
    "style": Style.RECORDING,
    "from": "Adéla Nováčková <novackova@stredoceska-tv.example>",
    "subject": "Žádost o povolení k přítomnosti na přebíracím místě",
    "body": "Dobrý den,\nv příloze zasílám žádost o povolení pro náš štáb. Prosím o potvrzení "
    "přijetí.\nAdéla Nováčková\nproducentka\n",
    "attachments": [
        (
            "odt",
            "povoleni_PM_TVStred.odt",
            [
                "TV Střed a.s., Palackého nám. 1, 266 01 Beroun, IČO 60933275",
                "Žádost o vydání povolení k přítomnosti na přebíracím místě",
                "☐ vyhrazené připojení k XML serveru",
                "☒ pořizování obrazového a zvukového záznamu",
                [
                    ["Jméno", "Funkce", "Telefon", "E-mail"],
                    [
                        "Adéla Nováčková",
                        "producentka",
                        "602 913 045",
                        "novackova@stredoceska-tv.example",
                    ],
                    ["Pavel Rybář", "kameraman", "739 610 224", "rybar@stredoceska-tv.example"],
                    ["Kryštof Dušek", "redaktor", "605 882 163", "dusek@stredoceska-tv.example"],
                ],
                "Preferovaná přebírací místa: Beroun (okres Beroun), náhradně Praha-západ",
                "Rozsah: natáčení příjmu výsledků v noci z 13. na 14. 1. 2023, nejvýše "
                "45 minut, bez rozhovorů",
                "Kontaktní osoba pro vyřízení: Adéla Nováčková",
                "Beroun 5. 12. 2022, Ing. Vladimír Šťastný, předseda představenstva",
            ],
        )
    ],
    "labels": labels(
        [REC],
        ("TV Střed a.s.", "60933275", None),
        [],
        [],
        ("Adéla Nováčková", "novackova@stredoceska-tv.example", "+420602913045"),
    ),
}

D035: dict[str, Any] = {
    "id": "d035-pdf-role-letters-legend",
    "description": "PDF table with a Role column of single letters explained above it "
    "(P = produkční, T = testovací), production and test rows interleaved; the newsroom's "
    "tel./fax after the contact's mobile",
    "style": Style.PDF,
    "from": "Roman Štěpánek <stepanek@opavsko.example>",
    "subject": "vyhrazene pripojeni - Opavsko24",
    "body": "Dobrý den, posílám žádost.\nDíky, Štěpánek\n",
    "attachments": [
        (
            "pdf",
            "Opavsko24_CSU.pdf",
            [
                "Opavsko24, z.s.\nHorní náměstí 69, 746 01 Opava\nIČ 74120981",
                "<b>Žádost o přístup k XML serveru ČSÚ</b>",
                "Adresy serverů (sloupec Role: P = produkční / ostrý provoz, T = testovací):",
                {
                    "rows": [
                        ["Role", "Adresa", "Umístění"],
                        ["P", "198.51.100.180", "VPS Ostrava"],
                        ["T", "198.51.100.181", "VPS Ostrava – staging"],
                        ["P", "198.51.100.190", "kancelář redakce"],
                    ],
                    "widths": [40, 120, 160],
                },
                "Kontakt: Roman Štěpánek, mobil 774 290 515, stepanek@opavsko.example; "
                "redakce tel./fax 553 614 420",
                "Opava 4. 12. 2022\nRoman Štěpánek, předseda spolku",
            ],
        )
    ],
    "labels": labels(
        [FEED],
        ("Opavsko24, z.s.", "74120981", None),
        ["198.51.100.180", "198.51.100.190"],
        ["198.51.100.181"],
        ("Roman Štěpánek", "stepanek@opavsko.example", "+420774290515"),
    ),
}

D036: dict[str, Any] = {
    "id": "d036-databox-english-docx-grid",
    "description": "data message with a bilingual annotation, an English DOCX whose table has "
    "Production/Test columns and IPv4/IPv6 rows; the IČO only in the page header",
    "style": Style.DATABOX_DOCUMENT,
    "databox": {
        "box": "h4nrz6q",
        "sender": "Prague Ledger s.r.o.",
        "address": "Vodičkova 699/30, 110 00 Praha 1",
    },
    "subject": "Application – XML feed access / žádost o přístup k XML",
    "attachments": [
        (
            "docx",
            "PragueLedger_application.docx",
            {
                "header": "Prague Ledger s.r.o. | Vodičkova 699/30, 110 00 Praha 1 | IČO 08245771",
                "blocks": [
                    "To: Czech Statistical Office / Český statistický úřad",
                    "Application for access to the dedicated XML results server",
                    "Prague Ledger is an English-language news site for foreigners living in the "
                    "Czech Republic. We would like to publish live results on election night.",
                    {
                        "rows": [
                            ["", "Production", "Test"],
                            ["IPv4", "203.0.113.240, 203.0.113.241", "203.0.113.250"],
                            ["IPv6", "2001:db8:6a::240", "—"],
                        ]
                    },
                    "Contact: Daniel Novak, tech lead, +420 608 771 239, "
                    "daniel.novak@pragueledger.example",
                    "Signed for Prague Ledger s.r.o.: Sarah Whitfield, jednatelka (managing "
                    "director)",
                ],
            },
        )
    ],
    "labels": labels(
        [FEED],
        ("Prague Ledger s.r.o.", "08245771", "h4nrz6q"),
        ["203.0.113.240", "203.0.113.241", "2001:db8:6a::240"],
        ["203.0.113.250"],
        ("Daniel Novak", "daniel.novak@pragueledger.example", "+420608771239"),
    ),
}

_D037_PLAIN = """Dobrý den,

společnost Brněnský večerník, s.r.o., IČO 26204436, žádá o vyhrazené připojení k serveru
s průběžnými výsledky voleb.

Adresy pro ostrý provoz
1\t192.0.2.5
2\t192.0.2.6

Testovací adresy (odpojte je prosím až při reálném zpracování)
1\t192.0.2.7

Kontakt: Jiří Pokorný, tel. 543 210 087, pokorny@brnenskyvecernik.example

Jiří Pokorný
Brněnský večerník
"""

_D037_HTML = """<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">
</head><body style="word-wrap: break-word; -webkit-nbsp-mode: space;">
<div>Dobrý den,</div><div><br></div>
<div>společnost Brněnský večerník, s.r.o., IČO 26204436, žádá o vyhrazené připojení
k serveru s průběžnými výsledky voleb.</div><div><br></div>
<div><b>Adresy pro ostrý provoz</b></div>
<table><tr><td>1</td><td>192.0.2.5</td></tr><tr><td>2</td><td>192.0.2.6</td></tr></table>
<div><br></div>
<div><b>Testovací adresy</b> (odpojte je prosím až při reálném zpracování)</div>
<table><tr><td>1</td><td>192.0.2.7</td></tr></table>
<div><br></div>
<div>Kontakt: Jiří Pokorný, tel. 543 210 087, pokorny@brnenskyvecernik.example</div>
<div><br></div><div>Jiří Pokorný<br>Brněnský večerník</div>
</body></html>
"""

D037: dict[str, Any] = {
    "id": "d037-apple-mail-two-tables-smime",
    "description": "S/MIME-signed Apple Mail, plain and HTML alternatives: two small numbered "
    "tables, the role only in the bold line above each",
    "style": Style.HTML_TABLE,
    "from": "Jiří Pokorný <pokorny@brnenskyvecernik.example>",
    "subject": "Žádost o vyhrazené připojení",
    "headers": [("X-Mailer", "Apple Mail (2.3731.300.101.1.3)")],
    "body": _D037_PLAIN,
    "html": _D037_HTML,
    "smime": True,
    "labels": labels(
        [FEED],
        ("Brněnský večerník, s.r.o.", "26204436", None),
        ["192.0.2.5", "192.0.2.6"],
        ["192.0.2.7"],
        ("Jiří Pokorný", "pokorny@brnenskyvecernik.example", "+420543210087"),
    ),
}

D038: dict[str, Any] = {
    "id": "d038-english-docx-netmask-german",
    "description": "English DOCX from a German daily (register and VAT numbers in the footer, "
    "no IČO): one production network given as an address with a netmask, no test access",
    "style": Style.ENGLISH,
    "from": "Lena Hoffmann <l.hoffmann@saechsische-rundschau.example>",
    "subject": "Registration for election results feed (XML)",
    "body": "Good morning,\n\nattached you will find our registration. We are a regional daily "
    "in Saxony and cover the Czech presidential election for our readers along the border."
    "\n\nBest regards\nLena Hoffmann\n",
    "attachments": [
        (
            "docx",
            "Registration_SGR.docx",
            {
                "footer": "Sächsische Grenzland-Rundschau GmbH & Co. KG · Amtsgericht Dresden "
                "HRA 10482 · USt-IdNr. DE 281 334 907",
                "blocks": [
                    "Registration – access to the dedicated XML results server",
                    "Applicant: Sächsische Grenzland-Rundschau GmbH & Co. KG, Bautzner Straße "
                    "41, 01099 Dresden, Germany",
                    "We ask for access from our newsroom network 198.18.20.8 with netmask "
                    "255.255.255.252 (production). We do not need test access.",
                    "Technical contact: Lena Hoffmann, data editor\nPhone: +49 351 4864 2210\n"
                    "E-mail: l.hoffmann@saechsische-rundschau.example",
                    "Dresden, 30 November 2022\nThomas Brandt, Chief Editor",
                ],
            },
        )
    ],
    "labels": labels(
        [FEED],
        ("Sächsische Grenzland-Rundschau GmbH & Co. KG", None, None),
        ["198.18.20.8", "198.18.20.9", "198.18.20.10", "198.18.20.11"],
        [],
        ("Lena Hoffmann", "l.hoffmann@saechsische-rundschau.example", "+4935148642210"),
    ),
}

D039: dict[str, Any] = {
    "id": "d039-databox-xlsx-ano-ne-cells",
    "description": "data message with an XLSX form: 'ano'/'ne' written in the cell next to "
    "each request type, repeated 'Produkční IP' row labels, an empty test row",
    "style": Style.YES_NO,
    "databox": {
        "box": "w8cpj2f",
        "sender": "Vydavatelství Krkonoše, s.r.o.",
        "address": "Horská 55, 543 01 Vrchlabí",
    },
    "subject": "Vyplněný formulář – vyhrazené připojení (XML)",
    "attachments": [
        (
            "xlsx",
            "formular.xlsx",
            [
                {
                    "title": "Formulář",
                    "rows": [
                        ["Žadatel", "Vydavatelství Krkonoše, s.r.o."],
                        ["IČO", "07912358"],
                        [None, None],
                        ["Požadujeme", "ano/ne"],
                        ["přístup k XML serveru", "ano"],
                        ["natáčení na přebíracím místě", "ne"],
                        [None, None],
                        ["Produkční IP", "192.0.2.120"],
                        ["Produkční IP", "192.0.2.121"],
                        ["Testovací IP", None],
                        ["Kontaktní osoba", "Markéta Šolcová"],
                        ["Telefon", "739 220 651"],
                        ["E-mail", "solcova@vkrkonose.example"],
                    ],
                }
            ],
        )
    ],
    "labels": labels(
        [FEED],
        ("Vydavatelství Krkonoše, s.r.o.", "07912358", "w8cpj2f"),
        ["192.0.2.120", "192.0.2.121"],
        [],
        ("Markéta Šolcová", "solcova@vkrkonose.example", "+420739220651"),
    ),
}

D040: dict[str, Any] = {
    "id": "d040-pdf-letter-xlsx-annex",
    "description": "'viz přílohy' mail: the PDF letter refers to annex 2, an XLSX where an x "
    "in the 'ostrý provoz' or 'test' column gives each address its role",
    "style": Style.XLSX,
    "from": "Vlastimil Kučera <kucera@vctv.example>",
    "subject": "Žádost ČSÚ",
    "body": "viz přílohy\n\n-- \nVlastimil Kučera\nVýchodočeská TV\n",
    "attachments": [
        (
            "pdf",
            "zadost.pdf",
            [
                "Východočeská televize, s.r.o.\nPražská 1276, 500 04 Hradec Králové\nIČO 27553183",
                "<b>Věc: žádost o připojení k serveru s výsledky voleb</b>",
                "Žádáme o zřízení vyhrazeného připojení k serveru s průběžnými výsledky ve "
                "formátu XML. Seznam IP adres je v příloze č. 2 (tabulka XLSX).",
                "Kontaktní osoba: Vlastimil Kučera, technický ředitel, tel. 495 401 633, "
                "kucera@vctv.example",
                "Mgr. Alena Dvořáková\njednatelka",
            ],
        ),
        (
            "xlsx",
            "priloha2_IP.xlsx",
            [
                {
                    "title": "Příloha č. 2",
                    "rows": [
                        ["Příloha č. 2 – IP adresy", None, None],
                        ["IP adresa", "ostrý provoz", "test"],
                        ["198.51.100.41", "x", None],
                        ["198.51.100.42", "x", None],
                        ["198.51.100.43", None, "x"],
                        ["198.51.100.44", None, "x"],
                        ["198.51.100.45", None, "x"],
                        ["198.51.100.46", None, "x"],
                        ["198.51.100.47", None, "x"],
                    ],
                    "merge": ["A1:C1"],
                }
            ],
        ),
    ],
    "labels": labels(
        [FEED],
        ("Východočeská televize, s.r.o.", "27553183", None),
        ["198.51.100.41", "198.51.100.42"],
        ["198.51.100.43", "198.51.100.44", "198.51.100.45", "198.51.100.46", "198.51.100.47"],
        ("Vlastimil Kučera", "kucera@vctv.example", "+420495401633"),
    ),
}

D041: dict[str, Any] = {
    "id": "d041-databox-freelancer-filming-only",
    "description": "data message from a self-employed photographer's box (PFO), an RTF asking "
    "to record at a collection point and saying she does not ask for XML access",
    "style": Style.RECORDING,
    "databox": {
        "box": "e3qgm7v",
        "sender": "Kristýna Bílková",
        "address": "Lidická 17, 602 00 Brno",
        "type": 30,
    },
    "subject": "Žádost o povolení k pořizování záznamu – přebírací místo Brno",
    "attachments": [
        (
            "rtf",
            "zadost_Bilkova.rtf",
            [
                "Kristýna Bílková, fotografka a dokumentaristka\nIČO 71309560\n"
                "Lidická 17, 602 00 Brno",
                "Věc: žádost o povolení k přítomnosti na přebíracím místě",
                "Žádám o povolení k přítomnosti na přebíracím místě ČSÚ v Brně (Jihomoravský "
                "kraj) za účelem pořízení fotografií a krátkého videozáznamu pro dokumentární "
                "projekt o volbách.",
                "O připojení k XML serveru s výsledky nežádám, data nepotřebuji.",
                "Záznam budu pořizovat sama. Termín: 13. a 14. 1. 2023.",
                "Telefon: 723 508 114, e-mail: kristyna@bilkova-foto.example",
                "Kristýna Bílková",
            ],
        )
    ],
    "labels": labels(
        [REC],
        ("Kristýna Bílková", "71309560", "e3qgm7v"),
        [],
        [],
        ("Kristýna Bílková", "kristyna@bilkova-foto.example", "+420723508114"),
    ),
}

D042: dict[str, Any] = {
    "id": "d042-pdf-form-struck-option",
    "description": "PDF form 'nehodící se škrtněte' with the recording option struck through "
    "(the covering mail says so too), one production address, no test address",
    "style": Style.STRUCK,
    "from": "Stanislav Melichar <melichar@znojemskytyden.example>",
    "subject": "Žádost – formulář",
    "body": "Dobrý den,\nv příloze formulář, nehodící se jsem škrtl.\nS. Melichar\n",
    "attachments": [
        (
            "pdf",
            "formular_zadosti.pdf",
            [
                "<b>FORMULÁŘ ŽÁDOSTI – MÉDIA</b> (nehodící se škrtněte)",
                "Žádám o: přístup k vyhrazenému serveru s výsledky ve formátu XML / "
                "<strike>povolení k pořizování záznamu na přebíracím místě</strike>",
                {
                    "rows": [
                        ["Žadatel", "Znojemský týden s.r.o., Obroková 10, 669 02 Znojmo"],
                        ["IČO", "28166370"],
                        ["IP adresy – ostrý provoz", "203.0.113.111"],
                        ["IP adresy – test", "—"],
                        [
                            "Kontakt",
                            "Stanislav Melichar, 515 224 381, melichar@znojemskytyden.example",
                        ],
                    ],
                    "widths": [140, 260],
                },
                "Znojmo 8. 12. 2022\nStanislav Melichar, vydavatel",
            ],
        )
    ],
    "labels": labels(
        [FEED],
        ("Znojemský týden s.r.o.", "28166370", None),
        ["203.0.113.111"],
        [],
        ("Stanislav Melichar", "melichar@znojemskytyden.example", "+420515224381"),
    ),
}

CASES: list[dict[str, Any]] = [
    D029,
    D030,
    D031,
    D032,
    D033,
    D034,
    D035,
    D036,
    D037,
    D038,
    D039,
    D040,
    D041,
    D042,
]
