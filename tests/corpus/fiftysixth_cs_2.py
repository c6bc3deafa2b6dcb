"""Fifty-sixth held-out part ``cs``, cases cs015–cs028: a chatty windows-1250 story, an
iso-8859-2 filming request of a freelancer, a German sender writing English, an S/MIME-signed
letter with a PDF, a data message with a DOCX form, a sloppy Samsung note with a /30, an
HTML-only Gmail table with a merged role cell, a reply answering the office's questions inline,
a Polish sender in English (multipart/alternative), a base64 iPhone filming note, a written
range, a data message with a workbook, a forward as an attached .eml and a Hungarian sender in
English. Written by hand apart from the extraction rules (see make_fiftysixth_cs); labels
follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftysixth_cs_common import (
    ANDROID_GMAIL,
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OUTLOOK,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I15, I18, I19, I20 = ico("2690417"), ico("0784523"), ico("2815306"), ico("0539172")
I21, I22, I25, I26 = ico("2976048"), ico("0618394"), ico("2750681"), ico("0863517")
I27 = ico("2639275")

CASES: list[dict[str, Any]] = [
    {
        "id": "cs015-chatty-windows-1250",
        "description": "a long friendly windows-1250 mail telling the story of last election's "
        "outage; the old address is mentioned as replaced, an IPv6 production address and the "
        "test address are in the middle of the chat",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Deník Kladensko s.r.o.",
            I15,
            None,
            ["2001:db8:77::5", "198.51.100.171"],
            ["198.51.100.179"],
            "Stanislav Mareš",
            "mares@kladensko.example",
            "+420608914336",
        ),
        "from": "Stanislav Mareš <mares@kladensko.example>",
        "subject": "Zase volby :) – přístup k datům",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": "Dobrý den, paní Malá,\n\n"
        "tak jsme tu zase, volby se blíží a my bychom opět rádi odebírali výsledky z "
        "vašeho serveru. Minule nám to v noci spadlo, protože nám poskytovatel změnil "
        "adresu 198.51.100.170 a nikdo nám to neřekl – ta už tedy neplatí, prosím "
        "vyřaďte ji. Letos už jedeme přes nový server, který má IPv6 2001:db8:77::5, "
        "a vedle něj ještě záložní 198.51.100.171 (oba ostrý provoz).\n\n"
        "Na testování máme stroj v redakci, 198.51.100.179, ten bude stačit.\n\n"
        "Jinak jsme pořád Deník Kladensko s.r.o., IČO " + I15 + ", kdyby to bylo "
        "potřeba do formuláře. Na mě je mobil 608 914 336, kdykoli, i v noci.\n\n"
        "Díky moc a ať to letos jde hladce!\n"
        "Standa Mareš\n"
        "Deník Kladensko\n",
    },
    {
        "id": "cs016-iso-8859-2-freelancer-film",
        "description": "iso-8859-2 quoted-printable filming request of a freelance photographer "
        "with no company and no IČO; a feed is explicitly not wanted",
        "style": Style.PHONE,
        "labels": L(
            [FILM],
            "Barbora Čechová",
            None,
            None,
            [],
            [],
            "Barbora Čechová",
            "bara.cechova@fotopost.example",
            "+420702815443",
        ),
        "from": "Barbora Čechová <bara.cechova@fotopost.example>",
        "subject": "foceni na pracovisti CSU",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "cte": "qp",
        "body": "Dobrý den,\n"
        "jsem fotografka na volné noze a ráda bych požádala o povolení fotografovat "
        "na pracovišti ČSÚ v Ústí nad Labem v den voleb. Data (XML) nepotřebuji.\n"
        "Barbora Čechová\n"
        "702 815 443\n",
    },
    {
        "id": "cs017-german-writes-english",
        "description": "a German publisher writes English with German habits ('Test-IP', "
        "'Productive system'), a German landline and mobile, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Rheinblick Medien GmbH",
            None,
            None,
            ["203.0.113.90", "203.0.113.91"],
            ["203.0.113.95"],
            "Matthias Krüger",
            "m.krueger@rheinblick.example",
            "+4922131548870",
        ),
        "from": "Matthias Krüger <m.krueger@rheinblick.example>",
        "subject": "Request for access to Czech election data",
        "headers": GMAIL,
        "body": "Dear ladies and gentlemen,\n\n"
        "hereby Rheinblick Medien GmbH applies for the access to the election results of "
        "the Czech Statistical Office per XML interface.\n\n"
        "Productive system: 203.0.113.90 / 203.0.113.91\n"
        "Test-IP: 203.0.113.95\n\n"
        "Contact person is the undersigned.\n\n"
        "With best regards\n"
        "Matthias Krüger\n"
        "Head of Data Desk\n"
        "Rheinblick Medien GmbH, Köln\n"
        "Tel. +49 221 3154 8870\n"
        "Mobil +49 171 4420 918\n",
    },
    {
        "id": "cs018-smime-letter-pdf",
        "description": "an S/MIME-signed Outlook mail: a formal letter in the body with IČO and "
        "data-box ID in the signature, the same data again in an attached PDF",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Východočeská vysílací, a.s.",
            I18,
            "h7x2kpr",
            ["198.51.100.30", "198.51.100.31", "198.51.100.32"],
            ["198.51.100.39"],
            "Martina Vondráčková",
            "vondrackova@vcvysilaci.example",
            "+420466051338",
        ),
        "from": "Martina Vondráčková <vondrackova@vcvysilaci.example>",
        "subject": "Žádost o přístup k výsledkům voleb a povolení natáčení",
        "headers": OUTLOOK,
        "smime": True,
        "body": "Vážení,\n\n"
        "Východočeská vysílací, a.s. žádá o:\n"
        "1) přístup k průběžným výsledkům voleb na dedikovaném serveru,\n"
        "2) povolení natáčet na krajském pracovišti ČSÚ v Pardubicích.\n\n"
        "Produkční IP: 198.51.100.30, 198.51.100.31, 198.51.100.32\n"
        "Testovací IP: 198.51.100.39\n\n"
        "Kontaktní osoba: Martina Vondráčková, tel. 466 051 338\n\n"
        "Žádost přikládám i jako PDF.\n\n"
        "S pozdravem\n"
        "Mgr. Martina Vondráčková\n"
        "vedoucí vysílání\n"
        "Východočeská vysílací, a.s.\n"
        "IČO: " + I18 + " | DS: h7x2kpr\n",
        "attachments": [
            (
                "pdf",
                "zadost_VCV.pdf",
                [
                    "Východočeská vysílací, a.s., IČO " + I18 + ", datová schránka h7x2kpr",
                    "Žádáme o přístup k výsledkům voleb a o povolení natáčení.",
                    "Produkční IP: 198.51.100.30, 198.51.100.31, 198.51.100.32\n"
                    "Testovací IP: 198.51.100.39",
                    "Kontakt: Martina Vondráčková, vondrackova@vcvysilaci.example, 466 051 338",
                ],
            )
        ],
    },
    {
        "id": "cs019-databox-docx-osvc",
        "description": "data message of a natural person in business: a bare annotation and a "
        "DOCX form with a table of roles; the trade name is joined to the person's name",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Tereza Malinová – Malina Data",
            I19,
            "w3nq8da",
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Tereza Malinová",
            "tereza@malinadata.example",
            "+420775203619",
        ),
        "databox": box("w3nq8da", "Tereza Malinová", "Olomouc, Dolní náměstí 3", kind=40),
        "subject": "Žádost",
        "attachments": [
            (
                "docx",
                "zadost_malina.docx",
                {
                    "header": "Tereza Malinová – Malina Data | IČO " + I19,
                    "blocks": [
                        "Žadatel: Tereza Malinová – Malina Data (OSVČ), IČO " + I19,
                        "Žádám o přístup k výsledkům voleb ve formátu XML pro svůj datový web.",
                        {
                            "rows": [
                                ["Účel", "IP adresa"],
                                ["produkce", "192.0.2.140"],
                                ["test", "192.0.2.141"],
                            ]
                        },
                        "Kontakt: tereza@malinadata.example, 775 203 619",
                    ],
                },
            )
        ],
    },
    {
        "id": "cs020-samsung-sloppy-cidr",
        "description": "a sloppy Samsung phone note: a /30 block for production, typos, no "
        "diacritics and the phone glued to the name",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Radio Beskyd s.r.o.",
            I20,
            None,
            ["198.51.100.200", "198.51.100.201", "198.51.100.202", "198.51.100.203"],
            ["198.51.100.210"],
            "David Kantor",
            "kantor@radiobeskyd.example",
            "+420739104528",
        ),
        "from": "David Kantor <kantor@radiobeskyd.example>",
        "subject": "pristup vysledky",
        "headers": SAMSUNG,
        "body": "dobry den chteli bysme pristup k vysledkum voleb pres xml\n"
        "radio beskyd s.r.o. ico " + I20 + "\n"
        "produkce cely blok 198.51.100.200/30\n"
        "test jenom jedna 198.51.100.210\n"
        "dik kantor 739104528\n\n"
        "Odesláno z mého Galaxy\n",
    },
    {
        "id": "cs021-gmail-html-rowspan",
        "description": "HTML-only Gmail mail whose table has a 'Produkce' cell spanning two "
        "rows and a 'Test' cell for the third",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Orlický týdeník, s.r.o.",
            I21,
            None,
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.122"],
            "Lenka Zemanová",
            "zemanova@orlickytydenik.example",
            "+420724318650",
        ),
        "from": "Lenka Zemanová <zemanova@orlickytydenik.example>",
        "subject": "Přístup k výsledkům voleb – Orlický týdeník",
        "headers": GMAIL,
        "html": '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
        "<div>Orlický týdeník, s.r.o. (IČO " + I21 + ") žádá o přístup k výsledkům "
        "voleb.</div><div><br></div>\n"
        '<table style="border-collapse:collapse" border="1"><tbody>\n'
        '<tr><td rowspan="2"><b>Produkce</b></td><td>203.0.113.120</td></tr>\n'
        "<tr><td>203.0.113.121</td></tr>\n"
        "<tr><td><b>Test</b></td><td>203.0.113.122</td></tr>\n"
        "</tbody></table><div><br></div>\n"
        "<div>Lenka Zemanová<br>724 318 650</div></div>\n",
    },
    {
        "id": "cs022-reply-inline-answers",
        "description": "a reply answering the office's quoted questions inline between the "
        "quoted lines (IČO, phone, test address); the office's signature with its own IČO and "
        "switchboard is quoted",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Pražský zpravodaj, z.s.",
            I22,
            None,
            ["198.18.12.40"],
            ["198.18.12.41"],
            "Ondřej Říha",
            "riha@prahazpravodaj.example",
            "+420776402159",
        ),
        "from": "Ondřej Říha <riha@prahazpravodaj.example>",
        "subject": "Re: Doplnění žádosti",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den, odpovídám do textu.\n\n"
        "Od: Volby ČSÚ <volby@czso.cz>\n"
        "Datum: úterý 7. října 2025 10:02\n"
        "Komu: Ondřej Říha <riha@prahazpravodaj.example>\n"
        "Předmět: Doplnění žádosti\n\n"
        "> Dobrý den, k vaší žádosti o přístup za Pražský zpravodaj, z.s. (produkční\n"
        "> adresa 198.18.12.40) prosíme doplnit:\n"
        "> 1. IČO žadatele\n"
        "IČO " + I22 + "\n"
        "> 2. telefon na kontaktní osobu\n"
        "776 402 159 (já)\n"
        "> 3. testovací adresu, pokud ji chcete\n"
        "198.18.12.41\n"
        ">\n"
        "> Děkujeme,\n"
        "> Český statistický úřad, IČO 00025593, tel. +420 274 052 733\n\n"
        "Ondřej Říha\n",
    },
    {
        "id": "cs023-polish-english-alternative",
        "description": "a Polish sender in English, multipart/alternative; both requests, a "
        "camera crew named who are not the contact, a Polish mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Gazeta Podhalańska Sp. z o.o.",
            None,
            None,
            ["203.0.113.160"],
            ["203.0.113.161"],
            "Agnieszka Wróbel",
            "a.wrobel@gazetapodhalanska.example",
            "+48601224873",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@gazetapodhalanska.example>",
        "subject": "Election results access + filming permission",
        "headers": TBIRD,
        "body": "Hello,\n\n"
        "Gazeta Podhalańska Sp. z o.o. would like to ask for access to your election "
        "results feed and for permission to film at your Prague office on election "
        "night.\n\n"
        "Production IP: 203.0.113.160\n"
        "Test IP: 203.0.113.161\n\n"
        "Our crew will be Piotr Nowak (camera, +48 512 300 418) and Marek Zieliński "
        "(sound). The contact for this application is me.\n\n"
        "Best regards,\n"
        "Agnieszka Wróbel\n"
        "Gazeta Podhalańska, Zakopane\n"
        "+48 601 224 873\n",
        "html": "<html><body><p>Hello,</p>\n"
        "<p>Gazeta Podhalańska Sp. z o.o. would like to ask for access to your election "
        "results feed and for permission to film at your Prague office on election "
        "night.</p>\n"
        "<p>Production IP: 203.0.113.160<br>Test IP: 203.0.113.161</p>\n"
        "<p>Our crew will be Piotr Nowak (camera, +48 512 300 418) and Marek Zieliński "
        "(sound). The contact for this application is me.</p>\n"
        "<p>Best regards,<br>Agnieszka Wróbel<br>Gazeta Podhalańska, Zakopane<br>"
        "+48 601 224 873</p></body></html>\n",
    },
    {
        "id": "cs024-iphone-base64-film",
        "description": "a base64 iPhone note asking only to photograph, with the firm and IČO "
        "typed in one line without diacritics",
        "style": Style.PHONE,
        "labels": L(
            [FILM],
            "Foto Tachov s.r.o.",
            ico("2583604"),
            None,
            [],
            [],
            "Jan Vlček",
            "vlcek@fototachov.example",
            "+420731550286",
        ),
        "from": "Jan Vlček <vlcek@fototachov.example>",
        "subject": "povoleni fotit volby",
        "headers": IPHONE,
        "cte": "base64",
        "body": "Dobry den,\n"
        "prosim o povoleni fotit na vasem pracovisti v Plzni behem scitani hlasu.\n"
        "Foto Tachov s.r.o. ico " + ico("2583604") + "\n"
        "Jan Vlcek 731 550 286\n\n"
        "Odeslano z iPhonu\n",
    },
    {
        "id": "cs025-written-range",
        "description": "production addresses written as a range with the last octet only "
        "('198.18.20.5 až .8'), the test address written with a trailing dot",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Moravskoslezský rozhled a.s.",
            I25,
            None,
            ["198.18.20.5", "198.18.20.6", "198.18.20.7", "198.18.20.8"],
            ["198.18.20.20"],
            "Hana Bednářová",
            "bednarova@msrozhled.example",
            "+420597440861",
        ),
        "from": "Hana Bednářová <bednarova@msrozhled.example>",
        "subject": "Žádost o přístup – MS rozhled",
        "headers": APPLE,
        "body": "Dobrý den,\n\n"
        "Moravskoslezský rozhled a.s., IČO " + I25 + ", žádá o přístup k výsledkům "
        "voleb. Náš cluster má produkční adresy 198.18.20.5 až .8 (čtyři stroje) a "
        "testovat budeme z adresy 198.18.20.20.\n\n"
        "Kontakt: Hana Bednářová, 597 440 861.\n\n"
        "Hezký den\n"
        "Hana Bednářová\n",
    },
    {
        "id": "cs026-databox-xlsx-two-sheets",
        "description": "data message with a workbook: the request on the first sheet, the "
        "addresses on a second sheet with a merged role cell",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Slovácké noviny s.r.o.",
            I26,
            "t9bk4ve",
            ["192.0.2.60", "192.0.2.61"],
            ["192.0.2.70"],
            "Radim Kolář",
            "kolar@slovackenoviny.example",
            "+420572118904",
        ),
        "databox": box("t9bk4ve", "Slovácké noviny s.r.o.", "Uherské Hradiště, Masarykovo nám. 9"),
        "subject": "Žádost o přístup k výsledkům voleb (XML) – viz příloha",
        "attachments": [
            (
                "xlsx",
                "volby_pristup.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Slovácké noviny s.r.o."],
                            ["IČO", I26],
                            ["Požadujeme", "přístup k výsledkům voleb (XML)"],
                            ["Kontaktní osoba", "Kolář Radim"],
                            ["E-mail", "kolar@slovackenoviny.example"],
                            ["Telefon", "572 118 904"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Role", "Adresa"],
                            ["produkční", "192.0.2.60"],
                            [None, "192.0.2.61"],
                            ["testovací", "192.0.2.70"],
                        ],
                        "merge": ["A2:A3"],
                    },
                ],
            )
        ],
    },
    {
        "id": "cs027-forward-attached-eml",
        "description": "an assistant forwards the editor's application as an attached .eml "
        "with a one-line cover; the application and contact are in the inner message",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Pojizerský hlas s.r.o.",
            I27,
            None,
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.99"],
            "Vladimír Šťastný",
            "stastny@pojizerskyhlas.example",
            "+420602177345",
        ),
        "from": "Kristýna Pokorná <pokorna@pojizerskyhlas.example>",
        "subject": "Fwd: Žádost Pojizerského hlasu",
        "headers": ANDROID_GMAIL,
        "body": "Dobrý den, přeposílám za pana šéfredaktora, jemu to neodešlo. K. Pokorná\n",
        "attachments": [
            (
                "eml",
                "Zadost_Pojizersky_hlas.eml",
                {
                    "id": "cs027-inner",
                    "from": "Vladimír Šťastný <stastny@pojizerskyhlas.example>",
                    "subject": "Žádost Pojizerského hlasu",
                    "headers": OUTLOOK,
                    "body": "Dobrý den,\n\n"
                    "Pojizerský hlas s.r.o. (IČO " + I27 + ") žádá o přístup k výsledkům "
                    "voleb a o povolení natáčet na pracovišti v Mladé Boleslavi.\n\n"
                    "Produkční: 198.51.100.90, 198.51.100.91\n"
                    "Testovací: 198.51.100.99\n\n"
                    "Vladimír Šťastný, šéfredaktor\n"
                    "tel. 602 177 345\n",
                },
            )
        ],
    },
    {
        "id": "cs028-hungarian-english-ipv6",
        "description": "a Hungarian portal writes English: IPv6 production addresses only, one "
        "written in full with leading zeros, a Hungarian mobile, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunapart Média Kft.",
            None,
            None,
            ["2001:db8:a0::1", "2001:db8:a0::2"],
            [],
            "Dániel Szabó",
            "szabo.daniel@dunapart.example",
            "+36301457782",
        ),
        "from": "Dániel Szabó <szabo.daniel@dunapart.example>",
        "subject": "Access to election results feed",
        "headers": ZIMBRA,
        "body": "Dear Czech Statistical Office,\n\n"
        "Dunapart Média Kft. (Budapest) kindly requests access to the election results "
        "XML feed. Our servers are IPv6 only:\n\n"
        "  2001:0db8:00a0:0000:0000:0000:0000:0001 (primary)\n"
        "  2001:db8:a0::2 (secondary)\n\n"
        "Both are production; we do not need a test access.\n\n"
        "Regards,\n"
        "Dániel Szabó\n"
        "CTO, Dunapart Média Kft.\n"
        "+36 30 145 7782\n",
    },
]
