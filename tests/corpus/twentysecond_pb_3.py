"""Twentysecond held-out part ``pb``, cases pb029–pb042: data messages with a power of attorney,
an XLSX with role columns, a freelancer's own box, an ODT with a retired address, a DOCX form
with ticked boxes and a PDF giving roles by order; mails with IDs only in a DOCX header and
footer and a netmask, a PDF form with a NE answer, a cover note withdrawing a ticked box, a reply
to the office's request for completion, an HTML rowspan table, a German PDF, an RTF typo fixed
in the cover and a format=flowed mail with two attachments. Written by hand apart from the
extraction rules (see make_twentysecond_pb); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentysecond_pb_common import (
    APPLE,
    FEED,
    FILM,
    IPHONE,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

K29, K30, K31, K32 = ico("2584619"), ico("2937405"), ico("2419873"), ico("2605718")
K33, K35, K36, K37 = ico("0854271"), ico("2840136"), ico("2679512"), ico("2851347")
K38, K40, K41, K42 = ico("2736094"), ico("2690481"), ico("4628509"), ico("2471936")

CASES: list[dict[str, Any]] = [
    {
        "id": "pb029-databox-annotation-both-power-of-attorney",
        "description": "data message: both requests, the addresses ('.120 a .121') and the "
        "contact in the annotation; the PDF is only a power of attorney for that contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Vydavatelství Krušnohoří a.s.",
            K29,
            "v4kh6np",
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.129"],
            "Roman Hejda",
            "hejda@krusnohori.example",
            "+420724661035",
        ),
        "subject": "Žádáme o přístup k XML výsledkům voleb (produkce 203.0.113.120 a .121, "
        "test 203.0.113.129) a o povolení natáčet ve sběrném místě Chomutov. Kontakt: "
        "Roman Hejda, 724 661 035, hejda@krusnohori.example",
        "databox": {
            "box": "v4kh6np",
            "sender": "Vydavatelství Krušnohoří a.s.",
            "address": "Husova 1801, 430 01 Chomutov",
        },
        "attachments": [
            (
                "pdf",
                "plna_moc_Hejda.pdf",
                [
                    "<b>PLNÁ MOC</b>",
                    f"Vydavatelství Krušnohoří a.s., IČO {K29}, se sídlem Husova 1801, 430 01 "
                    "Chomutov, zastoupené Mgr. Helenou Vackovou, předsedkyní představenstva,",
                    "zmocňuje",
                    "pana Romana Hejdu, nar. 14. 3. 1986, vedoucího online redakce,",
                    "k jednání s Českým statistickým úřadem ve věci přístupu k výsledkům voleb "
                    "a pořizování záznamu ve sběrných místech, včetně podávání a doplňování "
                    "žádostí.",
                    "V Chomutově dne 8. 9. 2025\n\nMgr. Helena Vacková\n\nPlnou moc přijímám: "
                    "Roman Hejda",
                ],
            )
        ],
    },
    {
        "id": "pb030-docx-ids-in-header-footer-netmask",
        "description": "Apple Mail (base64) with a DOCX whose IČO is only in the page header and "
        "box ID only in the footer; production address with mask 255.255.255.252 (a block)",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Pardubický Puls s.r.o.",
            K30,
            "q2pp7lk",
            ["198.51.100.96", "198.51.100.97", "198.51.100.98", "198.51.100.99"],
            ["198.51.100.104"],
            "Veronika Šulcová",
            "sulcova@pardubickypuls.example",
            "+420466051380",
        ),
        "from": "Veronika Šulcová <sulcova@pardubickypuls.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": APPLE,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\nžádost o přístup k výsledkům voleb posílám v příloze.\n\n"
            "Hezký den\nVeronika Šulcová\n"
        ),
        "attachments": [
            (
                "docx",
                "Puls_zadost_CSU.docx",
                {
                    "header": f"Pardubický Puls s.r.o. · třída Míru 92, 530 02 Pardubice · "
                    f"IČO {K30}",
                    "footer": "ID datové schránky: q2pp7lk · www.pardubickypuls.example · "
                    "Bankovní spojení 2801447713/2010",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        "Žádáme o povolení přístupu z následujících adres:",
                        {
                            "rows": [
                                ["Prostředí", "Adresa", "Maska"],
                                ["produkce", "198.51.100.96", "255.255.255.252"],
                                ["test", "198.51.100.104", "255.255.255.255"],
                            ]
                        },
                        "Kontakt: Veronika Šulcová, produkce webu, tel. 466 051 380",
                    ],
                },
            )
        ],
    },
    {
        "id": "pb031-pdf-form-filled-squares-test-declined",
        "description": "PDF form with filled and empty squares (feed yes, filming no) and a "
        "'Požadujete testovací přístup? NE' row",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Info Kladno s.r.o.",
            K31,
            None,
            ["192.0.2.75"],
            [],
            "Richard Pánek",
            "panek@infokladno.example",
            "+420312245906",
        ),
        "from": "Richard Pánek <panek@infokladno.example>",
        "subject": "Vyplněný formulář - volby 2025",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\nv příloze vyplněný formulář, podepsaný jednatelem.\n\n"
            "Richard Pánek\nInfo Kladno s.r.o.\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular_InfoKladno.pdf",
                [
                    "<b>Žádost – volby do Poslanecké sněmovny 2025</b>",
                    "■ Přístup k výsledkům voleb ve formátu XML\n"
                    "□ Pořizování záznamu ve sběrném místě",
                    {
                        "rows": [
                            ["Žadatel", "Info Kladno s.r.o."],
                            ["IČO", K31],
                            ["Produkční IP adresa", "192.0.2.75"],
                            ["Požadujete testovací přístup?", "NE"],
                            ["Testovací IP adresa", ""],
                            ["Kontaktní osoba", "Richard Pánek"],
                            ["Telefon / e-mail", "312 245 906 / panek@infokladno.example"],
                        ],
                        "widths": [170, 250],
                    },
                    "Podpis: Zbyněk Holan, jednatel",
                ],
            )
        ],
    },
    {
        "id": "pb032-databox-xlsx-role-columns",
        "description": "data message with a short annotation; XLSX with 'Produkční IP' and "
        "'Testovací IP' columns of unequal length and a second sheet with the applicant",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Jihočeská média Budějovice a.s.",
            K32,
            "j3cm8bd",
            ["203.0.113.170", "203.0.113.171", "203.0.113.172"],
            ["203.0.113.180"],
            "Bohumil Trnka",
            "trnka@jcmedia.example",
            "+420387202644",
        ),
        "subject": "Žádost o přístup k výsledkům voleb do Poslanecké sněmovny ve formátu XML. "
        "Údaje v příloze (xlsx).",
        "databox": {
            "box": "j3cm8bd",
            "sender": "Jihočeská média Budějovice a.s.",
            "address": "Lannova třída 63/41, 370 01 České Budějovice",
        },
        "attachments": [
            (
                "xlsx",
                "pristup_XML.xlsx",
                [
                    {
                        "title": "Přístup",
                        "rows": [
                            ["Produkční IP", "Testovací IP"],
                            ["203.0.113.170", "203.0.113.180"],
                            ["203.0.113.171", None],
                            ["203.0.113.172", None],
                        ],
                    },
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Jihočeská média Budějovice a.s."],
                            ["IČO", K32],
                            ["Kontaktní osoba", "Bohumil Trnka"],
                            ["Tel.", "00420 387 202 644"],
                            ["E-mail", "trnka@jcmedia.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "pb033-iphone-cover-withdraws-ticked-box",
        "description": "iPhone note with a PDF form that ticks both boxes; the note says the "
        "filming box was ticked by mistake",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "KH Press s.r.o.",
            K33,
            None,
            ["198.51.100.210"],
            ["198.51.100.211"],
            "Iveta Doležalová",
            "dolezalova@khpress.example",
            "+420721406883",
        ),
        "from": "Iveta Doležalová <dolezalova@khpress.example>",
        "subject": "Zadost",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, posilam zadost v priloze. Natáčení jsem ve formuláři zaškrtla "
            "omylem, to nechceme, jen ten pristup k XML.\nDekuji Dolezalova\n\n"
            "Odesláno z iPhonu\n"
        ),
        "attachments": [
            (
                "pdf",
                "Zadost_KHPress.pdf",
                [
                    "<b>ŽÁDOST</b>",
                    "[x] přístup k výsledkům voleb ve formátu XML\n"
                    "[x] povolení k pořizování záznamu ve sběrném místě",
                    {
                        "rows": [
                            [
                                "Žadatel",
                                f"KH Press s.r.o., Palackého nám. 377, Kutná Hora, IČO {K33}",
                            ],
                            ["Produkční IP", "198.51.100.210"],
                            ["Testovací IP", "198.51.100.211"],
                            ["Kontaktní osoba", "Iveta Doležalová"],
                            ["Telefon", "721 406 883"],
                            ["E-mail", "dolezalova@khpress.example"],
                        ],
                        "widths": [120, 300],
                    },
                ],
            )
        ],
    },
    {
        "id": "pb034-databox-freelancer-own-box",
        "description": "data message from a natural person's own box: a freelance photographer "
        "asks in the annotation to take photos and declines XML; TXT with portfolio only",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Kristýna Vojtíšková",
            None,
            "f7kv2xm",
            [],
            [],
            "Kristýna Vojtíšková",
            "vojtiskova@fotoreport.example",
            "+420775309146",
        ),
        "subject": "Žádost o povolení fotografovat ve sběrném místě ČSÚ Praha ve volební noc "
        "(fotoreportáž, pracuji na volné noze). Tel. 775 309 146, "
        "vojtiskova@fotoreport.example. Přístup k XML nepotřebuji.",
        "databox": {
            "box": "f7kv2xm",
            "sender": "Kristýna Vojtíšková",
            "address": "Korunní 1208/74, 101 00 Praha 10",
            "type": 40,
        },
        "attachments": [
            (
                "txt",
                "o_mne.txt",
                "Kristýna Vojtíšková – fotografka\n"
                "Portfolio: https://fotoreport.example/volby2021\n"
                "Novinářský průkaz č. 4471/2024\n"
                "Publikuji mj. v týdenících a na zpravodajských webech.\n",
            )
        ],
    },
    {
        "id": "pb035-reply-to-completion-request-xlsx",
        "description": "reply to the office's request for completion (office IČO, box and phone "
        "in the quote) with a corrected XLSX that replaces the quoted original's test address",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Morava Jih s.r.o.",
            K35,
            None,
            ["198.51.100.50"],
            ["198.51.100.57"],
            "Pavel Dostál",
            "dostal@radiomoravajih.example",
            "+420515227840",
        ),
        "from": "Renata Kubátová <kubatova@radiomoravajih.example>",
        "subject": "Re: Výzva k doplnění žádosti – přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            f"doplňujeme dle Vaší výzvy: IČO {K35}, kontaktní osoba Pavel Dostál, vedoucí "
            "techniky, 515 227 840, dostal@radiomoravajih.example.\n"
            "Opravenou tabulku IP adres posílám v příloze, v původní žádosti byla chyba v "
            "testovací adrese.\n\n"
            "S pozdravem\nRenata Kubátová\nasistentka ředitele, Rádio Morava Jih s.r.o.\n\n"
            "Dne 10. 9. 2025 v 14:02 podatelna@czso.cz napsal(a):\n"
            "> Dobrý den,\n"
            "> k Vaší žádosti ze dne 3. 9. 2025 chybí IČO žadatele a kontaktní osoba.\n"
            "> Doplňte je prosím do 5 pracovních dnů.\n"
            ">\n"
            "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
            "> IČO 00025593, ID DS 2gfaasy, tel. 274 052 733\n"
            ">\n"
            "> Dne 3. 9. 2025 Renata Kubátová napsal(a):\n"
            ">> Dobrý den, Rádio Morava Jih s.r.o. žádá o přístup k XML výsledkům.\n"
            ">> Produkce 198.51.100.50, test 198.51.100.56.\n"
            ">> Kubátová\n"
        ),
        "attachments": [
            (
                "xlsx",
                "IP_opraveno.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Typ", "IP"],
                            ["produkční", "198.51.100.50"],
                            ["testovací", "198.51.100.57"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "pb036-databox-odt-retired-address",
        "description": "data message; the ODT table has a status column, one production "
        "address marked as no longer used",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Teplický Deník Online s.r.o.",
            K36,
            "w5td3nq",
            ["192.0.2.180", "192.0.2.181"],
            ["192.0.2.189"],
            "Hedvika Staňková",
            "stankova@teplickydenik.example",
            "+420417530862",
        ),
        "subject": "Žádost o přístup k XML výsledkům – aktualizace adres oproti volbám 2024",
        "databox": {
            "box": "w5td3nq",
            "sender": "Teplický Deník Online s.r.o.",
            "address": "Masarykova třída 1002/8, 415 01 Teplice",
        },
        "attachments": [
            (
                "odt",
                "adresy_2025.odt",
                [
                    f"Teplický Deník Online s.r.o., IČO {K36}",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML. Oproti volbám do "
                    "Evropského parlamentu 2024 se adresy změnily:",
                    [
                        ["Server", "IP adresa", "Stav"],
                        ["produkční", "192.0.2.180", "aktivní"],
                        ["produkční", "192.0.2.171", "již nepoužíváme – prosíme zrušit"],
                        ["produkční záložní", "192.0.2.181", "aktivní"],
                        ["testovací", "192.0.2.189", "aktivní"],
                    ],
                    "Kontaktní osoba: Hedvika Staňková, tel. 417 530 862, "
                    "stankova@teplickydenik.example",
                ],
            )
        ],
    },
    {
        "id": "pb037-roundcube-html-rowspan-ipv6-test",
        "description": "HTML-only Roundcube mail: a table whose 'Produkční' cell spans two rows; "
        "the test address is IPv6",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "LZS Liberec s.r.o.",
            K37,
            None,
            ["203.0.113.230", "203.0.113.231"],
            ["2001:db8:77::5"],
            "Karel Votava",
            "votava@lzs.example",
            "+420485113620",
        ),
        "from": "Karel Votava <votava@lzs.example>",
        "subject": "Přístup k XML výsledkům voleb – LZS Liberec",
        "headers": ROUNDCUBE,
        "html": (
            '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=UTF-8"></head><body>'
            "<p>Dobrý den,</p><p>žádáme o přístup k výsledkům voleb ve formátu XML pro "
            "zpravodajský server lzs.example.</p>"
            '<table border="1" cellpadding="4">'
            "<tr><th>Určení</th><th>Adresa</th></tr>"
            '<tr><td rowspan="2">Produkční</td><td>203.0.113.230</td></tr>'
            "<tr><td>203.0.113.231</td></tr>"
            "<tr><td>Testovací</td><td>2001:db8:77::5</td></tr>"
            "</table>"
            "<p>S pozdravem</p>"
            '<div id="signature">-- <br>Karel Votava<br>technický ředitel<br>'
            f"LZS Liberec s.r.o., IČO {K37}<br>tel. +420 485 113 620</div>"
            "</body></html>"
        ),
    },
    {
        "id": "pb038-databox-docx-both-ticked",
        "description": "data message with a DOCX form: both boxes ticked, a table with "
        "Produkce/Test column headers and IP 1/IP 2 row headers",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "TV Slezsko Plus s.r.o.",
            K38,
            "s6tp1rw",
            ["198.51.100.160", "198.51.100.161"],
            ["198.51.100.168"],
            "Ladislav Krejčí",
            "krejci@tvslezskoplus.example",
            "+420732880451",
        ),
        "subject": "Žádost o přístup k výsledkům voleb a povolení natáčení – formulář v příloze",
        "databox": {
            "box": "s6tp1rw",
            "sender": "TV Slezsko Plus s.r.o.",
            "address": "Nádražní 112, 702 00 Ostrava",
        },
        "attachments": [
            (
                "docx",
                "formular_TVSP.docx",
                {
                    "header": f"TV Slezsko Plus s.r.o. | IČO {K38}",
                    "blocks": [
                        "Formulář žádosti – volby 2025",
                        "☑ přístup k serveru s výsledky voleb (XML)",
                        "☑ natáčení ve sběrném místě (Ostrava)",
                        {
                            "rows": [
                                ["", "Produkce", "Test"],
                                ["IP 1", "198.51.100.160", "198.51.100.168"],
                                ["IP 2", "198.51.100.161", "—"],
                            ]
                        },
                        {
                            "rows": [
                                ["Kontaktní osoba", "Ladislav Krejčí"],
                                ["Telefon", "732 880 451"],
                                ["E-mail", "krejci@tvslezskoplus.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "pb039-german-pdf-antrag-both",
        "description": "German mail and PDF asking for feed access and filming; the contact is "
        "the colleague named in the PDF, not the sender; German register numbers",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Vogtland Fernsehen GmbH",
            None,
            None,
            ["198.51.100.230"],
            ["198.51.100.231"],
            "Sabine Krause",
            "krause@vogtlandtv.example",
            "+4937412804417",
        ),
        "from": "Jonas Becker <becker@vogtlandtv.example>",
        "subject": "Antrag: Zugang zu Wahlergebnissen (XML) und Drehgenehmigung",
        "headers": OUTLOOK,
        "charset": "windows-1252",
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "anbei unser Antrag auf Zugang zu den Wahlergebnissen im XML-Format sowie auf "
            "eine Drehgenehmigung. Für Rückfragen steht Ihnen Frau Krause zur Verfügung.\n\n"
            "Mit freundlichen Grüßen\nJonas Becker\nChefredakteur\nVogtland Fernsehen GmbH\n"
        ),
        "attachments": [
            (
                "pdf",
                "Antrag_CSU_Vogtland.pdf",
                [
                    "<b>Vogtland Fernsehen GmbH</b>\nBahnhofstraße 17, 08523 Plauen\n"
                    "Amtsgericht Chemnitz HRB 22814",
                    "<b>Antrag auf Zugang zum XML-Ergebnisserver und Drehgenehmigung</b>",
                    {
                        "rows": [
                            ["Verwendung", "IP-Adresse"],
                            ["Produktion", "198.51.100.230"],
                            ["Test", "198.51.100.231"],
                        ],
                        "widths": [150, 150],
                    },
                    "Außerdem bitten wir um die Erlaubnis, am Wahlabend in Ihrer Sammelstelle "
                    "in Karlovy Vary zu drehen (Team: 2 Personen).",
                    "Ansprechpartnerin: Sabine Krause, +49 3741 280 4417, "
                    "krause@vogtlandtv.example",
                    "Plauen, 12.09.2025",
                ],
            )
        ],
    },
    {
        "id": "pb040-alternative-rtf-typo-fixed-in-cover",
        "description": "multipart/alternative cover mail correcting swapped digits of the "
        "production address in the attached RTF table",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Znojemský Týden s.r.o.",
            K40,
            None,
            ["192.0.2.214"],
            ["192.0.2.219"],
            "Lenka Švecová",
            "svecova@znojemskytyden.example",
            "+420515221709",
        ),
        "from": "Lenka Švecová <svecova@znojemskytyden.example>",
        "subject": "Žádost o přístup k XML výsledkům – Znojemský Týden",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\nv příloze posílám žádost. V tabulce je u produkční adresy "
            "přehozená číslice – správně je 192.0.2.214, nikoli 192.0.2.241.\n\n"
            "Lenka Švecová\nZnojemský Týden s.r.o.\ntel. 515 221 709\n"
        ),
        "html": (
            "<div>Dobrý den,<br><br>v příloze posílám žádost. V tabulce je u produkční adresy "
            "přehozená číslice – správně je <b>192.0.2.214</b>, nikoli 192.0.2.241.<br><br>"
            "Lenka Švecová<br>Znojemský Týden s.r.o.<br>tel. 515 221 709</div>"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_ZT.rtf",
                [
                    f"Znojemský Týden s.r.o., Obroková 10, 669 02 Znojmo, IČO {K40}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    [["Produkce", "192.0.2.241"], ["Test", "192.0.2.219"]],
                    "Kontaktní osoba: Lenka Švecová, 515 221 709",
                ],
            )
        ],
    },
    {
        "id": "pb041-databox-pdf-roles-by-order",
        "description": "data message; the PDF letter gives two addresses and their roles only "
        "by order ('první … druhá'), IČO next to a DIČ",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Třebíčské listy s.r.o.",
            K41,
            "e8tl4vc",
            ["198.51.100.150"],
            ["198.51.100.151"],
            "Vít Procházka",
            "vit.prochazka@trebicskelisty.example",
            "+420568840291",
        ),
        "subject": "Žádost o přístup k výsledkům voleb",
        "databox": {
            "box": "e8tl4vc",
            "sender": "Třebíčské listy s.r.o.",
            "address": "Karlovo náměstí 44, 674 01 Třebíč",
        },
        "attachments": [
            (
                "pdf",
                "zadost_TL_2025.pdf",
                [
                    f"Třebíčské listy s.r.o. | Karlovo náměstí 44, 674 01 Třebíč\nIČO: {K41} "
                    f"| DIČ: CZ{K41}",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                    "Vážení, žádáme o zřízení přístupu pro adresy 198.51.100.150 a "
                    "198.51.100.151, první pro ostrý provoz, druhá pro testování. Kontaktní "
                    "osobou je redaktor Vít Procházka (vit.prochazka@trebicskelisty.example, "
                    "568 840 291).",
                    "S pozdravem\nMgr. Olga Bártová\njednatelka",
                ],
            )
        ],
    },
    {
        "id": "pb042-flowed-pdf-and-txt-attachments",
        "description": "format=flowed Thunderbird mail with two attachments: a signed PDF letter "
        "(applicant, contact) and a TXT list with prod:/tst: abbreviations and a version",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Pražská zpravodajská agentura PZA s.r.o.",
            K42,
            None,
            ["203.0.113.60", "203.0.113.61"],
            ["203.0.113.68"],
            "Jana Horká",
            "horka@pza.example",
            "+420222517380",
        ),
        "from": "Jana Horká <horka@pza.example>",
        "subject": "Žádost o přístup k výsledkům voleb – PZA",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "posílám žádost naší agentury o přístup k výsledkům voleb ve formátu XML. \n"
            "Podepsaný dopis je v PDF, seznam IP adres v samostatném textovém souboru, \n"
            "jak ho vygeneroval náš skript.\n\n"
            "Děkuji a jsem s pozdravem\nJana Horká\n"
        ),
        "attachments": [
            (
                "pdf",
                "dopis_PZA.pdf",
                [
                    f"Pražská zpravodajská agentura PZA s.r.o.\nVinohradská 1511/230, 100 00 "
                    f"Praha 10\nIČO {K42}",
                    "Věc: žádost o přístup k výsledkům voleb",
                    "Žádáme o přístup k serveru s výsledky voleb ve formátu XML. Technické "
                    "údaje uvádíme v příloze adresy.txt.",
                    "Kontaktní osoba: Mgr. Jana Horká, +420 222 517 380, horka@pza.example",
                    "Ing. Tomáš Vlach\nředitel",
                ],
            ),
            (
                "txt",
                "adresy.txt",
                "# export_ip v1.4.2 - 2025-09-15\n"
                "prod: 203.0.113.60\n"
                "prod: 203.0.113.61\n"
                "tst: 203.0.113.68\n",
            ),
        ],
    },
]
