"""Eleventh held-out part ``eb``, cases eb015–eb028: withdrawals, letterheads in page headers,
merged spreadsheet cells, replies and a data message without documents (written by hand,
issue 18)."""

from __future__ import annotations

from typing import Any

from tests.corpus.eleventh_eb_common import BOTH, FEED, REC, L, Style, ico

ICO_MBT = ico("2846210")
ICO_PODJESTEDI = ico("2509317")
ICO_SOU = ico("7150263")
ICO_ACP = ico("0477581")
ICO_METROPOL = ico("2638924")
ICO_HORACKO = ico("4620318")
ICO_KRAJINFO = ico("0915537")
ICO_JCTV = ico("2577046")
ICO_ZAHORIE = ico("3681247")
ICO_DATAPRESS = ico("2433159")
ICO_VECERNIK = ico("2699148")
ICO_PODRIPSKO = ico("4703025")
ICO_SEVER = ico("2741668")

EB015: dict[str, Any] = {
    "id": "eb015-docx-both-requests-mail-withdraws-feed",
    "description": "the DOCX asks for the feed and for filming; the cover mail withdraws the "
    "feed request, so only filming remains and no address counts",
    "style": Style.CORRECTION,
    "from": "Dagmar Procházková <prochazkova@mbtydenik.example>",
    "subject": "Re: žádost Mladoboleslavský týdeník",
    "body": (
        "Dobrý den,\n\nposílám naši žádost, jak jsme se domlouvali po telefonu. Jen jedna "
        "změna proti tomu, co je v ní napsáno: žádost o přístup k datům stahujeme, kolegové z "
        "IT si výsledky zajistí jinak. Platí tedy jen žádost o natáčení.\n\n"
        "Dagmar Procházková\n"
    ),
    "attachments": [
        (
            "docx",
            "žádost_MBT.docx",
            {
                "blocks": [
                    f"Mladoboleslavský týdeník s.r.o., IČO {ICO_MBT}",
                    "Žádáme o:",
                    "1) přístup k výsledkům voleb ve formátu XML z adres 198.51.100.81 (ostrý "
                    "provoz) a 198.51.100.82 (test);",
                    "2) povolení natáčet ve sběrném místě v Mladé Boleslavi.",
                    "Kontaktní osoba: Dagmar Procházková, 326 700 418, "
                    "prochazkova@mbtydenik.example",
                ]
            },
        )
    ],
    "labels": L(
        REC,
        "Mladoboleslavský týdeník s.r.o.",
        ICO_MBT,
        None,
        [],
        [],
        "Dagmar Procházková",
        "prochazkova@mbtydenik.example",
        "+420326700418",
    ),
}

EB016: dict[str, Any] = {
    "id": "eb016-docx-letterhead-header-footer-nested-range",
    "description": "IČO in the DOCX page header, data box in the footer, a nested table with a "
    "written range of three production addresses and no test address",
    "style": Style.ATTACHMENT,
    "from": "Ivo Kubát <kubat@radiopodjestedi.example>",
    "subject": "Rádio Podještědí – žádost o data z voleb",
    "body": "Dobrý den, žádost je v příloze. Ivo Kubát\n",
    "attachments": [
        (
            "docx",
            "RP_zadost.docx",
            {
                "header": f"Rádio Podještědí s.r.o. | Jablonecká 18, 460 01 Liberec | "
                f"IČO {ICO_PODJESTEDI}",
                "footer": "ID datové schránky: rp5x2ad · bankovní spojení 2800451122/2010",
                "blocks": [
                    "Věc: žádost o přístup k volebním výsledkům",
                    "Žádáme o přístup k výsledkovému serveru pro naše zpravodajství.",
                    {
                        "rows": [["Požadovaná služba", "Adresy"], ["přístup k XML", ""]],
                        "nested": {
                            (1, 1): {
                                "rows": [
                                    ["Produkce", "198.51.100.20–198.51.100.22"],
                                    ["Test", "nepožadujeme"],
                                ]
                            }
                        },
                    },
                    "Vyřizuje: Ivo Kubát, provozní technik, +420 485 104 377, "
                    "kubat@radiopodjestedi.example",
                ],
            },
        )
    ],
    "labels": L(
        FEED,
        "Rádio Podještědí s.r.o.",
        ICO_PODJESTEDI,
        "rp5x2ad",
        ["198.51.100.20", "198.51.100.21", "198.51.100.22"],
        [],
        "Ivo Kubát",
        "kubat@radiopodjestedi.example",
        "+420485104377",
    ),
}

EB017: dict[str, Any] = {
    "id": "eb017-pdf-wrapped-cells-university-ipv6-block",
    "description": "a university data lab's PDF with narrow wrapped cells: production an IPv6 "
    "/126 (four addresses), one IPv4 test address",
    "style": Style.ATTACHMENT,
    "from": "Datová laboratoř FSV <datalab@sou-opava.example>",
    "subject": "Žádost o přístup – Slezská otevřená univerzita",
    "body": (
        "Dobrý den,\n\nv příloze zasíláme žádost o přístup k volebním datům pro výzkumný "
        "projekt naší laboratoře. Kontaktní osobou je dr. Šebestová.\n\nDatová laboratoř\n"
    ),
    "attachments": [
        (
            "pdf",
            "SOU_datalab_zadost.pdf",
            [
                f"Slezská otevřená univerzita, IČO {ICO_SOU}<br/>"
                "Fakulta společenských věd, Datová laboratoř, Masarykova 37, 746 01 Opava",
                "Žádost o přístup k průběžným výsledkům voleb (XML)",
                {
                    "rows": [
                        ["Adresy pro ostrý provoz", "Testovací adresy", "Kontaktní osoba"],
                        [
                            "2001:db8:5a::/126 (sběrný server laboratoře)",
                            "198.18.140.9 (vývojový stroj)",
                            "Mgr. Ivana Šebestová, Ph.D., ivana.sebestova@sou-opava.example, "
                            "+420 553 684 219",
                        ],
                    ],
                    "widths": [110, 100, 120],
                },
                "prof. Ing. Karel Holub, CSc., proděkan pro vědu",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Slezská otevřená univerzita",
        ICO_SOU,
        None,
        ["2001:db8:5a::", "2001:db8:5a::1", "2001:db8:5a::2", "2001:db8:5a::3"],
        ["198.18.140.9"],
        "Ivana Šebestová",
        "ivana.sebestova@sou-opava.example",
        "+420553684219",
    ),
}

EB018: dict[str, Any] = {
    "id": "eb018-databox-english-foreign-agency-branch",
    "description": "a foreign agency's Czech branch (odštěpný závod, with IČO) sends an English "
    "PDF by data box; the bureau chief is the contact",
    "style": Style.DATABOX,
    "databox": {
        "box": "acp9w4t",
        "sender": "Agence Continentale de Presse, odštěpný závod",
        "address": "Jungmannova 31, 110 00 Praha 1",
    },
    "subject": "Request for access to election results data",
    "attachments": [
        (
            "pdf",
            "ACP_request.pdf",
            [
                "Agence Continentale de Presse, odštěpný závod<br/>Jungmannova 31, 110 00 Prague 1"
                f"<br/>Company ID (IČO): {ICO_ACP}",
                "To: Czech Statistical Office, Election Results Unit",
                "Our Prague bureau requests access to the XML results service for the coming "
                "elections. We will connect from 192.0.2.90 and 192.0.2.91 (production); "
                "192.0.2.99 is a test machine we use before election day.",
                "Contact: Camille Roux, bureau chief, c.roux@acp-presse.example, +420 731 555 804",
                "Camille Roux",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Agence Continentale de Presse, odštěpný závod",
        ICO_ACP,
        "acp9w4t",
        ["192.0.2.90", "192.0.2.91"],
        ["192.0.2.99"],
        "Camille Roux",
        "c.roux@acp-presse.example",
        "+420731555804",
    ),
}

EB019: dict[str, Any] = {
    "id": "eb019-webmail-html-xlsx-merged-role-cells",
    "description": "an HTML-only base64 webmail note; the spreadsheet gives roles in merged "
    "cells spanning several rows, a backup row included",
    "style": Style.WEBMAIL_HTML,
    "cte": "base64",
    "from": "Ondřej Kadlec <kadlec@metropolbrno.example>",
    "subject": "IP adresy Metropol Brno",
    "html": (
        "<div>Dobrý den,</div><div><br></div><div>za vydavatelství <b>Metropol Brno, a.s.</b> "
        f"(IČO {ICO_METROPOL}) žádáme o přístup k výsledkům voleb, adresy jsou v přiložené "
        "tabulce.</div><div><br></div><div>Ondřej Kadlec<br>vedoucí online redakce<br>"
        "mob. 603 18 27 44</div>"
    ),
    "attachments": [
        (
            "xlsx",
            "ip_metropol.xlsx",
            [
                {
                    "title": "IP",
                    "rows": [
                        ["Role", "IP adresa", "Pozn."],
                        ["Produkce", "203.0.113.21", "hlavní"],
                        [None, "203.0.113.22", "záložní"],
                        [None, "203.0.113.23", ""],
                        ["Test", "203.0.113.31", ""],
                        [None, "203.0.113.32", ""],
                    ],
                    "merge": ["A2:A4", "A5:A6"],
                }
            ],
        )
    ],
    "labels": L(
        FEED,
        "Metropol Brno, a.s.",
        ICO_METROPOL,
        None,
        ["203.0.113.21", "203.0.113.22", "203.0.113.23"],
        ["203.0.113.31", "203.0.113.32"],
        "Ondřej Kadlec",
        "kadlec@metropolbrno.example",
        "+420603182744",
    ),
}

EB020: dict[str, Any] = {
    "id": "eb020-two-line-iso-8859-2-rtf",
    "description": "a two-line ISO-8859-2 note; everything is in the RTF letter",
    "style": Style.TWO_LINE,
    "charset": "iso-8859-2",
    "cte": "8bit",
    "from": "Jana Nedomová <nedomova@horacko.example>",
    "subject": "žádost",
    "body": "Posílám žádost, kontakt je v ní.\nJ. Nedomová\n",
    "attachments": [
        (
            "rtf",
            "zadost_Horacko.rtf",
            [
                f"Nakladatelství Horácko, spol. s r.o.\nZnojemská 22, 674 01 Třebíč\nIČO {ICO_HORACKO}",
                "Žádost o přístup k výsledkům voleb ve formátu XML",
                [["ostrý provoz", "192.0.2.57"], ["test", "192.0.2.58"]],
                "Kontaktní osoba: Jana Nedomová, tel. 566 520 311, nedomova@horacko.example",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Nakladatelství Horácko, spol. s r.o.",
        ICO_HORACKO,
        None,
        ["192.0.2.57"],
        ["192.0.2.58"],
        "Jana Nedomová",
        "nedomova@horacko.example",
        "+420566520311",
    ),
}

EB021: dict[str, Any] = {
    "id": "eb021-gmail-no-diacritics-odt-short-range",
    "description": "a Gmail note without diacritics signed with a nickname; the ODT gives the "
    "full name with diacritics and a short written test range (.35-36)",
    "style": Style.GMAIL,
    "from": "Vojta Polak <vojta.polak@krajinfo.example>",
    "subject": "zadost o pristup k vysledkum",
    "body": "Dobry den,\n\nv priloze posilam zadost o pristup k vysledkum voleb.\n\nDiky\nVojta\n",
    "html": (
        '<div dir="ltr">Dobry den,<div><br></div><div>v priloze posilam zadost o pristup k '
        "vysledkum voleb.</div><div><br></div><div>Diky</div><div>Vojta</div></div>"
    ),
    "attachments": [
        (
            "odt",
            "zadost_krajinfo.odt",
            [
                "Žádost o přístup k průběžným výsledkům voleb",
                f"Žadatel: Krajinfo media s.r.o., Palackého třída 12, 612 00 Brno, IČO {ICO_KRAJINFO}",
                [
                    ["Typ", "Adresa"],
                    ["produkční", "198.51.100.33"],
                    ["produkční", "198.51.100.34"],
                    ["testovací", "198.51.100.35-36"],
                ],
                "Kontakt: Vojtěch Polák, vojta.polak@krajinfo.example, +420 739 404 118",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Krajinfo media s.r.o.",
        ICO_KRAJINFO,
        None,
        ["198.51.100.33", "198.51.100.34"],
        ["198.51.100.35", "198.51.100.36"],
        "Vojtěch Polák",
        "vojta.polak@krajinfo.example",
        "+420739404118",
    ),
}

EB022: dict[str, Any] = {
    "id": "eb022-reply-quoting-office-docx-attached",
    "description": "a reply above the office's quoted invitation (office IČO, data box, phone "
    "and e-mail in the quote); the applicant's data are in the attached DOCX",
    "style": Style.REPLY_OFFICE,
    "from": "Roman Dvořák <dvorak@jctelevize.example>",
    "subject": "RE: Přístup médií k výsledkům voleb",
    "body": (
        "Dobrý den,\n\nna základě Vaší výzvy posíláme vyplněnou žádost (příloha).\n\n"
        "Roman Dvořák\nJČ Televize\n\n"
        "-----Original Message-----\n"
        "From: Volby ČSÚ <volby@czso.cz>\n"
        "Subject: Přístup médií k výsledkům voleb\n\n"
        "Vážení,\nzasíláme informace k přístupu médií k průběžným výsledkům. Žádost s nejvýše "
        "pěti adresami pro ostrý provoz a pěti testovacími adresami pošlete do datové schránky "
        "2gfaasy nebo e-mailem.\n\nČeský statistický úřad, IČO 00025593\n"
        "tel. +420 274 052 733\n"
    ),
    "attachments": [
        (
            "docx",
            "JCT_zadost.docx",
            {
                "blocks": [
                    f"JČ Televize s.r.o., Lannova 40, 370 01 České Budějovice, IČO {ICO_JCTV}",
                    {
                        "rows": [
                            ["IP adresa – ostrý provoz", "198.18.5.5"],
                            ["IP adresa – test", "198.18.5.6"],
                            ["Kontaktní osoba", "Roman Dvořák"],
                            ["E-mail", "dvorak@jctelevize.example"],
                            ["Telefon", "387 222 910"],
                        ]
                    },
                ]
            },
        )
    ],
    "labels": L(
        FEED,
        "JČ Televize s.r.o.",
        ICO_JCTV,
        None,
        ["198.18.5.5"],
        ["198.18.5.6"],
        "Roman Dvořák",
        "dvorak@jctelevize.example",
        "+420387222910",
    ),
}

EB023: dict[str, Any] = {
    "id": "eb023-slovak-xlsx-slash31-both-no-test",
    "description": "a Slovak radio asks for the feed and filming; the spreadsheet gives a /31 "
    "for production and says no test address",
    "style": Style.SLOVAK,
    "from": "Zuzana Kollárová <kollarova@radiozahorie.example>",
    "subject": "Žiadosť – prístup k dátam a natáčanie",
    "body": (
        "Dobrý deň,\n\nRádio Záhorie, s.r.o. by rado získalo prístup k priebežným výsledkom "
        "volieb a zároveň žiadame o povolenie nakrúcať v zbernom mieste v Hodoníne (náš "
        "redaktor bude robiť reportáž pre slovenských poslucháčov z pohraničia). Adresy sú "
        "v tabuľke v prílohe.\n\nZuzana Kollárová\ntel. +421 34 651 2290\n"
    ),
    "attachments": [
        (
            "xlsx",
            "zahorie.xlsx",
            [
                {
                    "title": "Hárok1",
                    "rows": [
                        ["Žiadateľ", "Rádio Záhorie, s.r.o.", f"IČO {ICO_ZAHORIE}"],
                        ["Produkčné IP", "198.18.90.10/31", ""],
                        ["Testovacie IP", "nemáme", ""],
                    ],
                }
            ],
        )
    ],
    "labels": L(
        BOTH,
        "Rádio Záhorie, s.r.o.",
        ICO_ZAHORIE,
        None,
        ["198.18.90.10", "198.18.90.11"],
        [],
        "Zuzana Kollárová",
        "kollarova@radiozahorie.example",
        "+421346512290",
    ),
}

EB024: dict[str, Any] = {
    "id": "eb024-pdf-roles-by-respectively",
    "description": "a PDF letter gives production and test roles by sentence order (resp.)",
    "style": Style.ROLE_ORDER,
    "from": "Datapress <info@datapress.example>",
    "subject": "žádost o přístup k datům",
    "body": "Dobrý den, zasíláme žádost (PDF). S pozdravem Datapress\n",
    "attachments": [
        (
            "pdf",
            "datapress.pdf",
            [
                f"Agentura Datapress, s.r.o., Husova 5, 301 00 Plzeň, IČO {ICO_DATAPRESS}",
                "Žádáme o zřízení přístupu k výsledkům voleb ve formátu XML. Pro ostrý provoz, "
                "resp. pro testování budeme používat adresy 203.0.113.5, resp. 203.0.113.6.",
                "Ve věci žádosti se prosím obracejte na naši kontaktní osobu: Bc. Alena Fialová, "
                "alena.fialova@datapress.example, tel. 00420 377 921 045.",
                "Za agenturu: Ing. Petr Fiala, jednatel",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Agentura Datapress, s.r.o.",
        ICO_DATAPRESS,
        None,
        ["203.0.113.5"],
        ["203.0.113.6"],
        "Alena Fialová",
        "alena.fialova@datapress.example",
        "+420377921045",
    ),
}

EB025: dict[str, Any] = {
    "id": "eb025-databox-annotation-only-filming",
    "description": "a data message whose annotation alone asks to film and gives a contact name "
    "and mobile; the one text file only describes the crew",
    "style": Style.DATABOX,
    "databox": {
        "box": "bv2c7hn",
        "sender": "Brněnský večerník, s.r.o.",
        "address": "Kobližná 4, 602 00 Brno",
    },
    "subject": "Žádost o povolení natáčet ve sběrném místě Brno – kontakt Jan Otáhal 602 330 915",
    "attachments": [
        (
            "txt",
            "zprava.txt",
            "Natáčet bude dvoučlenný štáb (redaktor a kameraman) v sobotu od 14 hodin.\n",
        )
    ],
    "labels": L(
        REC,
        "Brněnský večerník, s.r.o.",
        None,
        "bv2c7hn",
        [],
        [],
        "Jan Otáhal",
        None,
        "+420602330915",
    ),
}

EB026: dict[str, Any] = {
    "id": "eb026-chatty-docx-editor-signs-admin-is-contact",
    "description": "a long DOCX letter from an editor-in-chief naming a reporter, a "
    "photographer and the server admin, who is the one to deal with; both requests",
    "style": Style.CHATTY,
    "from": "Miroslav Kučera <kucera@podripsko.example>",
    "subject": "Podřipsko – volby, data a natáčení",
    "body": (
        "Vážení,\n\npřikládám dopis s naší žádostí. Omlouvám se za délku, chtěl jsem, aby "
        "bylo vše na jednom místě.\n\nM. Kučera\n"
    ),
    "attachments": [
        (
            "docx",
            "dopis_CSU.docx",
            {
                "header": f"Vydavatelství Podřipsko, s.r.o. – IČO {ICO_PODRIPSKO} – Roudnice n. L.",
                "blocks": [
                    "Vážené dámy, vážení pánové,",
                    "naše vydavatelství letos poprvé chystá celonoční volební zpravodajství na "
                    "webu i v tištěném speciálu, který vyjde v neděli ráno. Rádi bychom proto "
                    "poprvé využili Vaši nabídku přímého přístupu k průběžným výsledkům.",
                    "Náš server, ze kterého bude web data stahovat, má adresy 192.0.2.230 a "
                    "192.0.2.231; zkoušet spojení budeme předem ze stroje 192.0.2.240, který ve "
                    "volební noci vypneme.",
                    "Zároveň prosíme o povolení natáčet ve sběrném místě v Roudnici. Reportáž "
                    "připraví redaktorka Alžběta Marková s fotografem Štěpánem Vackem.",
                    "Technickou stránku u nás má na starosti správce serverů Daniel Hruška "
                    "(hruska@podripsko.example, 721 900 118) – ve všech věcech této žádosti se "
                    "prosím obracejte na něj.",
                    "S pozdravem",
                    "PhDr. Miroslav Kučera, šéfredaktor",
                ],
            },
        )
    ],
    "labels": L(
        BOTH,
        "Vydavatelství Podřipsko, s.r.o.",
        ICO_PODRIPSKO,
        None,
        ["192.0.2.230", "192.0.2.231"],
        ["192.0.2.240"],
        "Daniel Hruška",
        "hruska@podripsko.example",
        "+420721900118",
    ),
}

EB027: dict[str, Any] = {
    "id": "eb027-apple-mail-english-freelancer-filming-pdf",
    "description": "a British freelance photojournalist (no IČO) asks in English to film; "
    "Apple Mail, a one-page PDF, a UK mobile",
    "style": Style.APPLE_MAIL,
    "headers": [("X-Mailer", "Apple Mail (2.3774.300.61.1.2)")],
    "from": "Tom Fairbanks <tom@fairbanks-photo.example>",
    "subject": "Filming permission - counting centre",
    "body": (
        "Hello,\n\nI attach a short letter asking for permission to film at one of your "
        "collection points on election night. Happy to send press credentials if needed.\n\n"
        "Thanks,\nTom\n\nSent from my iPad\n"
    ),
    "attachments": [
        (
            "pdf",
            "Fairbanks_filming_request.pdf",
            [
                "Tom Fairbanks - freelance photojournalist<br/>14 Carver Street, Sheffield, UK",
                "I am working on a photo and video story about Central European elections for "
                "several UK outlets and would like permission to film the handover of results "
                "at the collection point in Prague. I do not need access to the data service.",
                "Mobile: +44 7700 900461 · tom@fairbanks-photo.example",
                "Tom Fairbanks",
            ],
        )
    ],
    "labels": L(
        REC,
        "Tom Fairbanks",
        None,
        None,
        [],
        [],
        "Tom Fairbanks",
        "tom@fairbanks-photo.example",
        "+447700900461",
    ),
}

EB028: dict[str, Any] = {
    "id": "eb028-outlook-html-table-docx-authorisation",
    "description": "addresses in an Outlook HTML table; the DOCX attached is only a power of "
    "attorney naming the company and its IČO",
    "style": Style.HTML_TABLE,
    "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
    "from": '"Šindelář, Libor" <sindelar@severmedia.example>',
    "subject": "Sever Media Holding – žádost o přístup",
    "body": (
        "Dobrý den,\n\nžádáme o přístup k výsledkům voleb:\n\n"
        "Ostrý provoz\t198.51.100.110\nOstrý provoz\t198.51.100.111\n"
        "Test\t198.51.100.119\n\nPlnou moc přikládám.\n\nLibor Šindelář\nIT Sever Media\n"
        "+420 475 220 613\n"
    ),
    "html": (
        '<html><body><p class="MsoNormal">Dobrý den,</p><p class="MsoNormal">žádáme o přístup '
        "k výsledkům voleb:</p><table border=1><tr><td>Ostrý provoz</td><td>198.51.100.110</td>"
        "</tr><tr><td>Ostrý provoz</td><td>198.51.100.111</td></tr><tr><td>Test</td>"
        '<td>198.51.100.119</td></tr></table><p class="MsoNormal">Plnou moc přikládám.</p>'
        '<p class="MsoNormal">Libor Šindelář<br>IT Sever Media<br>+420 475 220 613</p>'
        "</body></html>"
    ),
    "attachments": [
        (
            "docx",
            "plna_moc.docx",
            {
                "blocks": [
                    "PLNÁ MOC",
                    f"Společnost Sever Media Holding a.s., IČO {ICO_SEVER}, se sídlem Mírové "
                    "nám. 2, 400 01 Ústí nad Labem, zmocňuje pana Libora Šindeláře, aby za ni "
                    "jednal ve věci přístupu k výsledkům voleb.",
                    "Mgr. Eva Lorencová, předsedkyně představenstva",
                ]
            },
        )
    ],
    "labels": L(
        FEED,
        "Sever Media Holding a.s.",
        ICO_SEVER,
        None,
        ["198.51.100.110", "198.51.100.111"],
        ["198.51.100.119"],
        "Libor Šindelář",
        "sindelar@severmedia.example",
        "+420475220613",
    ),
}

CASES = [
    EB015,
    EB016,
    EB017,
    EB018,
    EB019,
    EB020,
    EB021,
    EB022,
    EB023,
    EB024,
    EB025,
    EB026,
    EB027,
    EB028,
]
