"""Twentieth held-out part ``nb``, cases nb015–nb028: a data message whose PDF form ticks both
boxes, a DOCX with the box ID in its header and a nested table, a reply with a filled-in XLSX
below the office's quoted request, a town's XLSX with a merged role cell and an IČO that lost
its leading zeros, PDF and DOCX forms, cover notes that withdraw a request or name another
contact, a forwarded contractor's .eml, roles given by order ("první … druhý"), a
windows-1250 ANO/NE body with an RTF table, version and port numbers beside a PDF, a data
message that replaces an earlier application and an English XLSX with one sheet per role.
Written by hand apart from the extraction rules (see make_twentieth_nb); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tests.corpus.twentieth_nb_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    TBIRD,
    L,
    Style,
    ico,
)

I15, I16, I17, I18 = ico("2742619"), ico("2615083"), ico("2890374"), ico("0029871")
I20, I21, I22, I23 = ico("2519466"), ico("2287315"), ico("4578102"), ico("2836095")
I24, I25, I26, I27 = ico("2471328"), ico("4936517"), ico("0612847"), ico("2654190")

CASES: list[dict[str, Any]] = [
    {
        "id": "nb015-databox-pdf-form-both-ticked",
        "description": "data message annotated only 'Podání'; the PDF form ticks both "
        "boxes, one production address and an empty test row",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Havlíčkobrodský zpravodaj s.r.o.",
            I15,
            "a9fp3rz",
            ["192.0.2.30"],
            [],
            "Markéta Zelená",
            "zelena@hbzpravodaj.example",
            "+420569611402",
        ),
        "subject": "Podání",
        "databox": {
            "box": "a9fp3rz",
            "sender": "Havlíčkobrodský zpravodaj s.r.o.",
            "address": "Dolní 8, 580 01 Havlíčkův Brod",
        },
        "attachments": [
            (
                "pdf",
                "formular.pdf",
                [
                    "<b>Žádost sdělovacího prostředku – volby 2025</b>",
                    "1. Žadatel\nNázev: Havlíčkobrodský zpravodaj s.r.o.\n"
                    f"IČO: {I15}\nSídlo: Dolní 8, 580 01 Havlíčkův Brod",
                    "2. Žádám o (zaškrtněte):\n"
                    "☑ přístup k průběžným výsledkům voleb ve formátu XML\n"
                    "☑ povolení pořizovat obrazový/zvukový záznam na sběrném místě ČSÚ",
                    "3. IP adresy (nejvýše 5 + 5)",
                    {
                        "rows": [
                            ["Typ adresy", "1.", "2."],
                            ["produkční", "192.0.2.30", ""],
                            ["testovací", "", ""],
                        ],
                        "widths": [110, 120, 120],
                    },
                    "4. Kontaktní osoba: Markéta Zelená\n"
                    "tel.: +420 569 611 402, e-mail: zelena@hbzpravodaj.example",
                    "Datum: 18. 9. 2025          Podpis: Markéta Zelená, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "nb016-outlook-docx-header-box-nested-table",
        "description": "secretariat's cover mail; DOCX letterhead gives IČO, data-box ID "
        "and a switchboard, addresses in a table nested in a cell, contact's direct line",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Východočeská televize, a.s.",
            I16,
            "e4tn8yq",
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.145"],
            "Šárka Holá",
            "hola@vychodoceskatv.example",
            "+420495800137",
        ),
        "from": "Sekretariát VČTV <sekretariat@vychodoceskatv.example>",
        "subject": "Žádost o přístup k výsledkům voleb ve formátu XML",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\r\n\r\n"
            "v příloze zasíláme žádost Východočeské televize o přístup k výsledkům voleb.\r\n"
            "\r\nS pozdravem\r\nsekretariát generálního ředitele\r\n"
            "Východočeská televize, a.s.\r\n"
        ),
        "attachments": [
            (
                "docx",
                "VCTV_zadost_CSU_2025.docx",
                {
                    "header": f"Východočeská televize, a.s. | Gočárova třída 1620, 500 02 "
                    f"Hradec Králové | IČO {I16} | DS: e4tn8yq | ústředna +420 495 800 100",
                    "footer": "Společnost je zapsána v obchodním rejstříku vedeném Krajským "
                    "soudem v Hradci Králové, sp. zn. B 3318",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "Hradec Králové, 11. 9. 2025\nč. j. VCTV/GŘ/231/2025",
                        "Věc: Žádost o přístup k výsledkům voleb do Poslanecké sněmovny",
                        "Vážení, Východočeská televize, a.s. žádá o zřízení přístupu k serveru "
                        "s výsledky voleb ve formátu XML.",
                        {
                            "rows": [
                                ["Žadatel", "Východočeská televize, a.s."],
                                ["Adresy pro přístup", ""],
                                ["Poznámka", "přístup přes HTTPS, zdrojové adresy bez NAT"],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkční", "203.0.113.140"],
                                        ["produkční", "203.0.113.141"],
                                        ["test", "203.0.113.145"],
                                    ]
                                }
                            },
                        },
                        "Za žadatele jedná a kontaktní osobou je Mgr. Šárka Holá, vedoucí "
                        "zpravodajství, přímá linka 495 800 137, hola@vychodoceskatv.example.",
                        "S úctou\nIng. Vladimír Koubek\ngenerální ředitel",
                    ],
                },
            )
        ],
    },
    {
        "id": "nb017-reply-xlsx-form-office-quoted",
        "description": "reply to the office's request to fill in a form: the filled XLSX is "
        "attached, the office's quoted text carries its own phone and IČO, the applicant's "
        "own original is quoted below",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Zlín Centrum s.r.o.",
            I17,
            None,
            ["198.51.100.33"],
            ["198.51.100.34"],
            "Roman Čížek",
            "cizek@radiozlin.example",
            "+420577014552",
        ),
        "from": "Roman Čížek <cizek@radiozlin.example>",
        "subject": "Re: Vaše žádost o přístup k výsledkům voleb – doplnění",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "doplněný formulář posílám v příloze. Produkční adresa zůstává, jak jsem psal "
            "původně, testovací jsme mezitím zprovoznili.\n\n"
            "R. Čížek\n\n"
            "Dne 15. 09. 2025 v 9:41 podatelna@czso.cz napsal(a):\n"
            "> Dobrý den,\n"
            ">\n"
            "> k Vaší žádosti chybí IČO žadatele a není zřejmé, zda požadujete i testovací\n"
            "> přístup. Vyplňte prosím přiložený formulář a zašlete jej zpět.\n"
            ">\n"
            "> S pozdravem\n"
            "> podatelna ČSÚ\n"
            "> Český statistický úřad, IČO 00025593, tel. 274 052 733\n"
            ">\n"
            "> Dne 12. 09. 2025 v 16:05 Roman Čížek napsal(a):\n"
            ">> Dobrý den, chtěli bychom přístup k volebním výsledkům v XML pro Rádio Zlín.\n"
            ">> Náš server má adresu 198.51.100.33.\n"
            ">> Roman Čížek, technik, 577 014 552\n"
        ),
        "attachments": [
            (
                "xlsx",
                "formular_media_vyplneny.xlsx",
                [
                    {
                        "title": "Formulář",
                        "rows": [
                            ["Položka", "Hodnota"],
                            ["Žadatel", "Rádio Zlín Centrum s.r.o."],
                            ["IČO", I17],
                            ["Produkční IP", "198.51.100.33"],
                            ["Testovací IP", "198.51.100.34"],
                            ["Kontaktní osoba", "Roman Čížek"],
                            ["Telefon", "+420 577 014 552"],
                            ["E-mail", "cizek@radiozlin.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "nb018-databox-xlsx-town-merged-cell-ico-number",
        "description": "data message from a town; XLSX with a merged 'Produkční' cell over "
        "two rows and the IČO typed as a number, so Excel dropped its leading zeros",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Stará Hůrka",
            I18,
            "r3gk8vd",
            ["192.0.2.210", "192.0.2.211"],
            ["192.0.2.215"],
            "Lenka Pospíšilová",
            "pospisilova@starahurka.example",
            "+420581773219",
        ),
        "subject": "Žádost o přístup k volebním výsledkům pro Hůrecký zpravodaj – viz příloha",
        "databox": {
            "box": "r3gk8vd",
            "sender": "Město Stará Hůrka",
            "address": "Náměstí 1, 751 31 Stará Hůrka",
            "type": 10,
            "ref": "MSH/2025/1873",
        },
        "attachments": [
            (
                "xlsx",
                "zadost_volby_Hurka.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Město Stará Hůrka", None],
                            ["IČO", int(I18), None],
                            ["IP adresy", None, "poznámka"],
                            ["Produkční", "192.0.2.210", "web zpravodaje"],
                            [None, "192.0.2.211", "záložní server (hosting)"],
                            ["Testovací", "192.0.2.215", None],
                            ["Kontakt", "Lenka Pospíšilová, referentka", None],
                            ["Tel.", "581 773 219", None],
                            ["E-mail", "pospisilova@starahurka.example", None],
                        ],
                        "merge": ["A4:A5"],
                    }
                ],
            )
        ],
    },
    {
        "id": "nb019-pdf-ano-ne-feed-declined-podcast",
        "description": "freelance podcaster without an IČO; PDF form with a cross in the NE "
        "column for XML access and in ANO for recording, empty IP lines",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Tereza Horáková",
            None,
            None,
            [],
            [],
            "Tereza Horáková",
            "tereza.horakova@posta.example",
            "+420736519224",
        ),
        "from": "Tereza Horáková <tereza.horakova@posta.example>",
        "subject": "Formulář – nahrávání na sběrném místě",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "posílám vyplněný formulář. Nahrávat budu jen zvuk do podcastu Hlasy z okrsku, "
            "žádnou kameru.\n\n"
            "Díky moc!\nTereza\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular_Horakova.pdf",
                [
                    "<b>Formulář žádosti – média</b>",
                    "Žadatel: Tereza Horáková (nezávislá novinářka, podcast Hlasy z okrsku)\n"
                    "IČO: —",
                    {
                        "rows": [
                            ["Požaduji", "ANO", "NE"],
                            ["přístup k výsledkům ve formátu XML", "", "✗"],
                            ["povolení k pořizování záznamu na sběrném místě", "✗", ""],
                        ],
                        "widths": [260, 50, 50],
                    },
                    "Produkční IP adresy: ..................................\n"
                    "Testovací IP adresy: ..................................",
                    "Kontaktní osoba: Tereza Horáková, tel. 00420 736 519 224, "
                    "tereza.horakova@posta.example",
                    "Sběrné místo: Praha, 3. 10. 2025 večer",
                ],
            )
        ],
    },
    {
        "id": "nb020-cover-note-withdraws-filming",
        "description": "the DOCX letter asks for both; the cover mail says point 2 "
        "(filming) no longer applies",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Krkonošský týdeník s.r.o.",
            I20,
            None,
            ["203.0.113.150"],
            ["203.0.113.151", "203.0.113.152"],
            "Michal Bureš",
            "bures@tydenikkrkonose.example",
            "+420499811307",
        ),
        "from": "Michal Bureš <bures@tydenikkrkonose.example>",
        "subject": "Žádost – výsledky voleb XML + natáčení",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "v příloze posílám naši žádost. Jen upozorňuji, že bod 2 (natáčení na sběrném "
            "místě v Trutnově) už neplatí – štáb nakonec pojede do Prahy s kolegy z jiné "
            "redakce, takže o povolení k natáčení nežádáme. Bod 1 platí beze změny.\n\n"
            "Díky a hezký den\nMichal Bureš\n\n"
            "Odesláno z iPadu\n"
        ),
        "attachments": [
            (
                "docx",
                "Zadost_KT_volby.docx",
                {
                    "blocks": [
                        f"Krkonošský týdeník s.r.o., Horská 5, 541 01 Trutnov, IČO {I20}",
                        "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                        "Trutnov 9. 9. 2025",
                        "Věc: Žádost",
                        "Žádáme o:",
                        "1. přístup k výsledkům voleb ve formátu XML – produkční server "
                        "203.0.113.150, testovací servery 203.0.113.151 a 203.0.113.152;",
                        "2. povolení pořizovat obrazový záznam na sběrném místě ČSÚ v Trutnově "
                        "dne 4. 10. 2025 (2 osoby).",
                        "Kontaktní osoba: Michal Bureš, 499 811 307, bures@tydenikkrkonose.example",
                        "Mgr. Tomáš Vik, jednatel",
                    ]
                },
            )
        ],
    },
    {
        "id": "nb021-databox-annotation-only-crew-list",
        "description": "data message with the filming request and its contact only in the "
        "annotation; the DOCX is a crew list with other people's phones, IČO in its header",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Filmová akademie Zlín, z. ú.",
            I21,
            "b7cz4wu",
            [],
            [],
            "Pavel Hošek",
            "hosek@fazlin.example",
            "+420603770128",
        ),
        "subject": "Žádost o povolení natáčet ve volební noc 3.–4. 10. na sběrném místě ČSÚ "
        "ve Zlíně (studentský dokument). Kontakt: MgA. Pavel Hošek, 603 770 128, "
        "hosek@fazlin.example. Seznam štábu v příloze.",
        "databox": {
            "box": "b7cz4wu",
            "sender": "Filmová akademie Zlín, z. ú.",
            "address": "Štefánikova 2, 760 01 Zlín",
        },
        "attachments": [
            (
                "docx",
                "stab_volebni_noc.docx",
                {
                    "header": f"Filmová akademie Zlín, z. ú. · IČO {I21} · Štefánikova 2, Zlín",
                    "blocks": [
                        "Seznam členů štábu – natáčení volební noci 2025",
                        {
                            "rows": [
                                ["Jméno", "Funkce", "Telefon"],
                                ["Anna Vlková", "režie", "731 204 558"],
                                ["Ondřej Pilát", "kamera", "732 118 640"],
                                ["Dominik Šrámek", "zvuk", "—"],
                            ]
                        },
                        "Technika: 1× kamera Sony FX6, 1× zvukový rekordér, bez světel.",
                        "Pedagogický dohled: MgA. Pavel Hošek",
                    ],
                },
            )
        ],
    },
    {
        "id": "nb022-iso-8859-2-pdf-combined-role-labels",
        "description": "iso-8859-2 mail, PDF table with combined role labels "
        "('Produkce / záloha', 'Test + vývoj'), the mail names a colleague as contact",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Ostravský večerník a.s.",
            I22,
            None,
            ["198.51.100.170", "198.51.100.171"],
            ["198.51.100.178"],
            "Igor Lacko",
            "igor.lacko@ostravskyvecernik.example",
            "+420595620144",
        ),
        "from": "Vladimír Sýkora <sykora@ostravskyvecernik.example>",
        "subject": "Žádost o XML výsledky voleb - Ostravský večerník",
        "headers": EVOLUTION,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "posílám žádost Ostravského večerníku v PDF. Technicky to u nás má na starosti "
            "kolega Igor Lacko (igor.lacko@ostravskyvecernik.example, tel. 595 620 144), "
            "prosím uveďte jako kontaktní osobu jeho, ne mě.\n\n"
            "Děkuji,\nVladimír Sýkora\nšéfredaktor\n"
        ),
        "attachments": [
            (
                "pdf",
                "OV_zadost_XML.pdf",
                [
                    f"Ostravský večerník a.s., Nádražní 44, 702 00 Ostrava, IČO {I22}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o povolení přístupu na volební server ČSÚ z níže uvedených adres.",
                    {
                        "rows": [
                            ["Určení", "Adresa"],
                            ["Produkce / záloha", "198.51.100.170, 198.51.100.171"],
                            ["Test + vývoj", "198.51.100.178"],
                        ],
                        "widths": [140, 200],
                    },
                    "Ostrava 10. 9. 2025\nVladimír Sýkora, šéfredaktor",
                ],
            )
        ],
    },
    {
        "id": "nb023-forward-contractor-eml-ipv6-held-back",
        "description": "the newsroom's mail gives applicant and contact, the IT contractor's "
        "forwarded .eml gives the addresses and an IPv6 address it says not to list yet",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Prostějovský hlas s.r.o.",
            I23,
            None,
            ["192.0.2.221", "192.0.2.222"],
            ["192.0.2.229"],
            "Renata Bílková",
            "bilkova@prostejovskyhlas.example",
            "+420582330975",
        ),
        "from": "Renata Bílková <bilkova@prostejovskyhlas.example>",
        "subject": "Žádost o přístup k volebním XML – Prostějovský hlas",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\r\n\r\n"
            f"žádáme za Prostějovský hlas s.r.o. (IČ {I23}) o přístup k výsledkům voleb ve "
            "formátu XML. Technické údaje nám připravil náš dodavatel, jeho e-mail "
            "přikládám.\r\n\r\n"
            "Kontaktní osobou za nás jsem já, tel. 582 330 975.\r\n\r\n"
            "S pozdravem\r\nRenata Bílková\r\nředitelka\r\n"
        ),
        "attachments": [
            (
                "eml",
                "RE_IP pro CSU.eml",
                {
                    "id": "nb023-inner",
                    "from": "Lukáš Moravec <moravec@netpartner.example>",
                    "to": "Renata Bílková <bilkova@prostejovskyhlas.example>",
                    "subject": "RE: IP pro ČSÚ",
                    "date": datetime(2025, 9, 10, 7, 58, 40, tzinfo=UTC),
                    "headers": TBIRD,
                    "body": (
                        "Ahoj Renato,\n\n"
                        "pro ČSÚ uveď produkci 192.0.2.221 a 192.0.2.222, testovací "
                        "prostředí je 192.0.2.229.\n"
                        "Máme i IPv6 2001:db8:c0::221, ale tu zatím neuváděj, v říjnu to "
                        "ještě nepoběží.\n\n"
                        "Lukáš\n\n--\nLukáš Moravec\nNetPartner s.r.o. | servis a hosting\n"
                        "+420 608 114 930\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "nb024-databox-docx-roles-by-order",
        "description": "data message with a DOCX letter giving roles only by order ('první "
        "pro ostrý provoz, druhý pro testování'); their reference number in the envelope",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Jablonecký deník, s.r.o.",
            I24,
            "h5jm9ta",
            ["203.0.113.180"],
            ["203.0.113.189"],
            "Hynek Tůma",
            "tuma@jabloneckydenik.example",
            "+420483710226",
        ),
        "subject": "Žádost o přístup k XML – volby 2025",
        "databox": {
            "box": "h5jm9ta",
            "sender": "Jablonecký deník, s.r.o.",
            "address": "Komenského 17, 466 01 Jablonec nad Nisou",
            "ref": "JD/114/2025",
        },
        "attachments": [
            (
                "docx",
                "JD_114_2025_zadost.docx",
                {
                    "blocks": [
                        "Jablonecký deník, s.r.o.\nKomenského 17, 466 01 Jablonec nad Nisou\n"
                        f"IČO {I24}",
                        "Naše č. j.: JD/114/2025",
                        "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                        "Dobrý den,",
                        "žádáme o zřízení přístupu k průběžným výsledkům voleb do Poslanecké "
                        "sněmovny. Pro příjem dat budeme používat dva servery s adresami "
                        "203.0.113.180 a 203.0.113.189 – první pro ostrý provoz, druhý pro "
                        "testování před volbami.",
                        "Kontaktní osoba: Bc. Hynek Tůma, tel. 483 710 226, "
                        "tuma@jabloneckydenik.example",
                        "S pozdravem\nIvana Rejzková, jednatelka",
                    ]
                },
            )
        ],
    },
    {
        "id": "nb025-windows-1250-ano-ne-body-rtf-table",
        "description": "windows-1250 Outlook mail with the form's questions answered ANO/NE "
        "in the body, addresses in an RTF table, phone written with dashes",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Kladenský kurýr s.r.o.",
            I25,
            None,
            ["192.0.2.240", "192.0.2.241"],
            ["192.0.2.245"],
            "Jitka Slaninová",
            "slaninova@kladenskykuryr.example",
            "+420312245908",
        ),
        "from": "Slaninová Jitka <slaninova@kladenskykuryr.example>",
        "subject": "žádost - přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\r\n\r\n"
            "podle pokynů na Vašem webu odpovídáme na otázky z formuláře:\r\n\r\n"
            "Název žadatele: Kladenský kurýr s.r.o.\r\n"
            f"IČO: {I25}\r\n"
            "Požadujete přístup k výsledkům ve formátu XML? ANO\r\n"
            "Požadujete povolení k natáčení na sběrném místě? NE\r\n"
            "IP adresy: viz příloha (RTF)\r\n"
            "Kontaktní osoba: Jitka Slaninová, tel: 312-245-908\r\n\r\n"
            "S pozdravem\r\nJitka Slaninová\r\nKladenský kurýr\r\n"
        ),
        "attachments": [
            (
                "rtf",
                "IP_adresy_KK.rtf",
                [
                    "Kladenský kurýr – IP adresy pro volební server ČSÚ",
                    [
                        ["Prostředí", "IP adresa"],
                        ["Produkční", "192.0.2.240"],
                        ["Produkční", "192.0.2.241"],
                        ["Testovací", "192.0.2.245"],
                    ],
                    "Stav k 12. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "nb026-gmail-alternative-version-port-pdf",
        "description": "multipart/alternative Gmail mail mentions a dotted importer version "
        "and a port; PDF lists production addresses and declines test ones",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Zlínské zprávy s.r.o.",
            I26,
            None,
            ["198.51.100.201", "198.51.100.202"],
            [],
            "Adam Novotný",
            "adam@zlinskezpravy.example",
            "+420734662018",
        ),
        "from": "Adam Novotný <adam@zlinskezpravy.example>",
        "subject": "žádost o přístup k datům z voleb",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "posílám žádost v PDF. Jen pro info: náš importér běží ve verzi 2.4.10.1 a "
            "stahuje přes port 8443, kdyby to bylo pro Vás důležité.\n\n"
            "Adam Novotný\nZlínské zprávy\n+420 734 662 018\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div><div>posílám žádost v PDF. '
            "Jen pro info: náš importér běží ve verzi 2.4.10.1 a stahuje přes port 8443, "
            "kdyby to bylo pro Vás důležité.</div><div><br></div>"
            '<div><span class="gmail_signature_prefix"></span>'
            '<div dir="ltr" class="gmail_signature">Adam Novotný<br>Zlínské zprávy<br>'
            "+420 734 662 018</div></div></div>"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_ZZ_2025.pdf",
                [
                    f"Zlínské zprávy s.r.o., třída Tomáše Bati 3910, 760 01 Zlín, IČO: {I26}",
                    "<b>Žádost o přístup k výsledkům voleb ve formátu XML</b>",
                    "Produkční adresy: 198.51.100.201, 198.51.100.202\n"
                    "Testovací adresy: nepožadujeme",
                    "Kontaktní osoba: Adam Novotný, +420 734 662 018, adam@zlinskezpravy.example",
                    "Ve Zlíně 14. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "nb027-databox-replacing-application-old-ip",
        "description": "data message replacing an earlier application: the PDF names the "
        "old production address as no longer used, then the new ones",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Haná Střed s.r.o.",
            I27,
            "k2ps8ve",
            ["203.0.113.210", "203.0.113.211"],
            ["203.0.113.219"],
            "Zdeněk Kříž",
            "kriz@radiohanastred.example",
            "+420585202771",
        ),
        "subject": "Opravená žádost o přístup k XML – nahrazuje naše podání ze dne 10. 9. "
        "2025 (změna IP adres)",
        "databox": {
            "box": "k2ps8ve",
            "sender": "Rádio Haná Střed s.r.o.",
            "address": "Horní náměstí 21, 779 00 Olomouc",
        },
        "attachments": [
            (
                "pdf",
                "oprava_zadosti_RHS.pdf",
                [
                    f"Rádio Haná Střed s.r.o. | Horní náměstí 21, 779 00 Olomouc | IČO {I27}",
                    "Věc: Oprava žádosti o přístup k výsledkům voleb ve formátu XML",
                    "V naší žádosti ze dne 10. 9. 2025 jsme uvedli produkční adresu "
                    "203.0.113.5, kterou po přechodu na nový hosting již nepoužíváme.",
                    "Nově prosíme o přístup z těchto adres:\n"
                    "produkční: 203.0.113.210 a 203.0.113.211\n"
                    "testovací: 203.0.113.219",
                    "Kontaktní osoba zůstává: Ing. Zdeněk Kříž, 585 202 771, "
                    "kriz@radiohanastred.example",
                    "V Olomouci 19. 9. 2025\nIng. Zdeněk Kříž, technický ředitel",
                ],
            )
        ],
    },
    {
        "id": "nb028-english-xlsx-sheet-per-role",
        "description": "UK outlet writing English; XLSX with a Production and a Test sheet "
        "and a Contacts sheet naming someone else as primary contact; an 8-digit company "
        "number that is no IČO",
        "style": Style.SPREADSHEET,
        "labels": L(
            [FEED],
            "Northsea News Ltd",
            None,
            None,
            ["192.0.2.100", "192.0.2.101"],
            ["192.0.2.110"],
            "Priya Nair",
            "priya.nair@northsea-news.example",
            "+442079460321",
        ),
        "from": "Oliver Grant <oliver.grant@northsea-news.example>",
        "subject": "Northsea News - access to CZSO election results feed",
        "headers": IPHONE,
        "body": (
            "Hello,\n\n"
            "Northsea News Ltd (Companies House no. 08412736) would like to request access "
            "to the XML election results service for the upcoming Czech election. Our IP "
            "addresses are in the attached spreadsheet, one sheet per environment.\n\n"
            "Our primary contact for this is listed on the 'Contacts' sheet, please use "
            "her rather than me.\n\n"
            "Thanks,\nOliver\n\nOliver Grant\nForeign Desk Editor\n\nSent from my iPhone\n"
        ),
        "attachments": [
            (
                "xlsx",
                "NSN_CZSO_access.xlsx",
                [
                    {
                        "title": "Production",
                        "rows": [
                            ["IP", "Note"],
                            ["192.0.2.100", "London ingest"],
                            ["192.0.2.101", "Frankfurt mirror"],
                        ],
                    },
                    {"title": "Test", "rows": [["IP", "Note"], ["192.0.2.110", "QA"]]},
                    {
                        "title": "Contacts",
                        "rows": [
                            ["Name", "Role", "Phone", "Email"],
                            [
                                "Oliver Grant",
                                "Foreign Desk Editor",
                                "+44 7700 900 418",
                                "oliver.grant@northsea-news.example",
                            ],
                            [
                                "Priya Nair",
                                "Primary contact for CZSO",
                                "+44 20 7946 0321",
                                "priya.nair@northsea-news.example",
                            ],
                        ],
                    },
                ],
            )
        ],
    },
]
