"""Thirty-ninth held-out part ``an``, cases an029–an042: a forward with an empty cover, XLSX
sheets per role, a letter signed by several people, an ODT yes/no form, a cover mail that
withdraws a ticked request, a phone-typed TXT with abbreviations, an English yes/no form, an IT
contractor writing for a medium, and data messages whose annotation amends the file or whose
file is a press card. Written by hand apart from the extraction rules (see
make_thirtyninth_an); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyninth_an_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I29, I30, I31, I32 = ico("2774310"), ico("2489105"), ico("0631942"), ico("2702819")
I33, I34, I35, I36 = ico("2815093"), ico("0497362"), ico("2663015"), ico("0029811")
I38, I39, I40, I41, I42 = (
    ico("2920147"),
    ico("0571836"),
    ico("2839461"),
    ico("2617590"),
    ico("7104385"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "an029-forward-empty-cover",
        "description": "forward with an empty body; the application is the colleague's mail in "
        "the attached .eml, and she is the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Týdeník Polabí a Pojizeří s.r.o.",
            I29,
            None,
            ["192.0.2.170"],
            ["192.0.2.171"],
            "Eva Matoušková",
            "matouskova@tydenikpp.example",
            "+420326901244",
        ),
        "from": "Redakce TPP <redakce@tydenikpp.example>",
        "subject": "FW: Žádost o přístup k datům z voleb",
        "headers": OUTLOOK,
        "body": "",
        "attachments": [
            (
                "eml",
                "Žádost o přístup k datům z voleb.eml",
                {
                    "id": "an029-inner",
                    "from": "Eva Matoušková <matouskova@tydenikpp.example>",
                    "to": "redakce@tydenikpp.example",
                    "subject": "Žádost o přístup k datům z voleb",
                    "body": (
                        "Dobrý den,\n\nprosím o přeposlání na ČSÚ:\n\n"
                        f"Týdeník Polabí a Pojizeří s.r.o., IČO {I29}, žádá o přístup "
                        "k výsledkům voleb ve formátu XML.\n"
                        "Produkční IP 192.0.2.170, testovací IP 192.0.2.171.\n"
                        "Kontaktní osoba: Eva Matoušková, tel. 326 901 244.\n\n"
                        "Eva Matoušková\nonline editorka\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "an030-databox-english-annotation",
        "description": "Czech subsidiary of a foreign broadcaster writes the annotation in "
        "English; the PDF is only an authorisation letter",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "CEBM Central Europe s.r.o.",
            I30,
            "ce3bq7m",
            ["203.0.113.180", "203.0.113.181"],
            [],
            "Daniel Fischer",
            "d.fischer@cebm.example",
            "+420605227914",
        ),
        "subject": (
            "Request for XML election results access. Production IPs 203.0.113.180 and "
            "203.0.113.181, no test IP. Contact: Daniel Fischer, +420 605 227 914, "
            "d.fischer@cebm.example"
        ),
        "databox": {
            "box": "ce3bq7m",
            "sender": "CEBM Central Europe s.r.o.",
            "address": "Karolinská 650/1, 186 00 Praha 8",
        },
        "attachments": [
            (
                "pdf",
                "authorisation_letter.pdf",
                [
                    "CEBM Central Europe s.r.o.\nKarolinská 650/1, 186 00 Praha 8\n"
                    f"Company ID (IČO): {I30}",
                    "To whom it may concern,",
                    "we hereby confirm that Mr Daniel Fischer, Head of Data Products, is "
                    "authorised to act on behalf of the company in all matters concerning "
                    "access to the election results service of the Czech Statistical Office.",
                    "Prague, 30 November 2026\nKatharina Vogel, Managing Director",
                ],
            )
        ],
    },
    {
        "id": "an031-xlsx-sheet-per-role",
        "description": "XLSX with one sheet per role (Produkce, Test) and an IP with a port in "
        "a note column",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Echo Vysočiny s.r.o.",
            I31,
            None,
            ["198.51.100.44", "198.51.100.45", "198.51.100.46"],
            ["198.51.100.47"],
            "Filip Janda",
            "janda@echovysociny.example",
            "+420566321098",
        ),
        "from": "Filip Janda <janda@echovysociny.example>",
        "subject": "Re: volby – IP adresy",
        "headers": GMAIL,
        "body": (
            f"Dobrý den, za Echo Vysočiny s.r.o. (IČO {I31}) posílám adresy v tabulce, "
            "každé prostředí má svůj list. Kontakt jsem já, 566 321 098.\n\nFilip Janda\n"
        ),
        "attachments": [
            (
                "xlsx",
                "adresy_echo.xlsx",
                [
                    {
                        "title": "Produkce",
                        "rows": [
                            ["IP", "Server", "Poznámka"],
                            ["198.51.100.44", "app-1", "port 8443 odchozí"],
                            ["198.51.100.45", "app-2", None],
                            ["198.51.100.46", "app-3", "záloha"],
                        ],
                    },
                    {
                        "title": "Test",
                        "rows": [["IP", "Server"], ["198.51.100.47", "stage-1"]],
                    },
                ],
            )
        ],
    },
    {
        "id": "an032-pdf-signature-several-people",
        "description": "PDF letter signed by the director and the editor-in-chief, the contact "
        "named in the text with a direct line before the switchboard",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Vydavatelství Horácko, spol. s r.o.",
            I32,
            None,
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Barbora Klímová",
            "klimova@horacko.example",
            "+420568842317",
        ),
        "from": "Barbora Klímová <klimova@horacko.example>",
        "subject": "Žádost Vydavatelství Horácko",
        "headers": TBIRD,
        "body": "Dobrý den,\n\nv příloze naše žádost.\n\nB. Klímová\n",
        "attachments": [
            (
                "pdf",
                "Horacko_zadost_XML.pdf",
                [
                    f"Vydavatelství Horácko, spol. s r.o. | Masarykovo nám. 3, 675 71 Náměšť "
                    f"nad Oslavou | IČ {I32} | tel. ústředna 568 840 000",
                    "Věc: Žádost o přístup k výsledkům voleb",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML. Produkční adresa "
                    "192.0.2.90, testovací 192.0.2.91.",
                    "Kontaktní osobou je Barbora Klímová (klimova@horacko.example, přímá "
                    "linka 568 842 317).",
                    {
                        "rows": [
                            [
                                "Ing. Zdeněk Havlíček\njednatel\n+420 603 440 118",
                                "Mgr. Lucie Pokorná\nšéfredaktorka\n+420 731 660 215",
                            ],
                        ],
                        "widths": [180, 180],
                    },
                ],
            )
        ],
    },
    {
        "id": "an033-databox-odt-ano-ne-both",
        "description": "data message with an ODT form: ANO in both request rows, IPs in a table",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Rádio Jizera Plus s.r.o.",
            I33,
            "rj5mw2k",
            ["203.0.113.30"],
            ["203.0.113.31"],
            "Alžběta Horáková",
            "horakova@jizeraplus.example",
            "+420481333902",
        ),
        "subject": "Formulář žádosti – Rádio Jizera Plus",
        "databox": {
            "box": "rj5mw2k",
            "sender": "Rádio Jizera Plus s.r.o.",
            "address": "Komenského 7, 511 01 Turnov",
        },
        "attachments": [
            (
                "odt",
                "formular_RJP.odt",
                [
                    f"Žadatel: Rádio Jizera Plus s.r.o., IČO {I33}",
                    [
                        ["Požadavek", "ANO / NE"],
                        ["Přístup k výsledkům voleb (XML)", "ANO"],
                        ["Povolení k záznamu na sběrném místě Liberec", "ANO"],
                    ],
                    [
                        ["Produkční IP", "Testovací IP"],
                        ["203.0.113.30", "203.0.113.31"],
                    ],
                    "Kontaktní osoba: Alžběta Horáková, 481 333 902, horakova@jizeraplus.example",
                ],
            )
        ],
    },
    {
        "id": "an034-cover-withdraws-ticked-film",
        "description": "the DOCX has both boxes ticked, the cover mail withdraws the recording "
        "request",
        "style": Style.AMENDMENT,
        "labels": L(
            [FEED],
            "Domažlický deník s.r.o.",
            I34,
            None,
            ["198.51.100.77"],
            [],
            "Václav Kohout",
            "kohout@domazlickydenik.example",
            "+420379301558",
        ),
        "from": "Václav Kohout <kohout@domazlickydenik.example>",
        "subject": "Žádost o přístup k výsledkům",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\nposílám žádost. Ve formuláři je zaškrtnuté i natáčení, to "
            "prosím neberte v potaz – nakonec nikoho na sběrné místo neposíláme, "
            "formulář už jsem nechtěl znovu podepisovat. Žádáme tedy jen o XML.\n\n"
            "Václav Kohout\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_DD.docx",
                {
                    "blocks": [
                        f"Domažlický deník s.r.o., IČO: {I34}",
                        "☒ přístup k výsledkům voleb (XML)",
                        "☒ povolení k natáčení na sběrném místě",
                        {
                            "rows": [
                                ["Produkční IP", "198.51.100.77"],
                                ["Testovací IP", "nemáme"],
                            ]
                        },
                        "Kontakt: Václav Kohout, 379 301 558",
                    ]
                },
            )
        ],
    },
    {
        "id": "an035-phone-txt-abbreviations",
        "description": "sent from a phone, base64 body; the TXT note uses prod/záloha/tst "
        "abbreviations and a date that looks dotted",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Novinky Slovácko s.r.o.",
            I35,
            None,
            ["192.0.2.110", "192.0.2.111"],
            ["192.0.2.119"],
            "Tereza Bartošová",
            "bartosova@novinkyslovacko.example",
            "+420604781230",
        ),
        "from": "Tereza Bartošová <bartosova@novinkyslovacko.example>",
        "subject": "zadost xml",
        "headers": IPHONE,
        "cte": "base64",
        "body": "Posilam v priloze poznamky k zadosti, pisu z mobilu, omlouvam se. TB\n",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                f"Novinky Slovácko s.r.o.\nIČO {I35}\n\n"
                "žádáme o přístup k XML výsledkům (volby 9.-10.10.2026)\n"
                "prod: 192.0.2.110\n"
                "záloha: 192.0.2.111\n"
                "tst: 192.0.2.119\n\n"
                "kontakt Tereza Bartošová 604 781 230\n"
                "bartosova@novinkyslovacko.example\n",
            )
        ],
    },
    {
        "id": "an036-databox-rtf-town-film",
        "description": "town's data message with an RTF asking only to film for the town's TV; "
        "the annotation is generic",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Město Bystřice nad Pernštejnem",
            I36,
            "mb8pk2r",
            [],
            [],
            "Josef Dvořák",
            "dvorak@bystricenp.example",
            "+420566590118",
        ),
        "subject": "Žádost o povolení",
        "databox": {
            "box": "mb8pk2r",
            "sender": "Město Bystřice nad Pernštejnem",
            "address": "Příční 405, 593 01 Bystřice nad Pernštejnem",
            "type": 10,
        },
        "attachments": [
            (
                "rtf",
                "zadost_natáčení.rtf",
                [
                    f"Město Bystřice nad Pernštejnem, IČ: {I36}",
                    "Věc: žádost o povolení natáčení",
                    "Pro městskou televizi žádáme o povolení natočit krátkou reportáž na "
                    "sběrném místě ve Žďáru nad Sázavou. Výsledky v XML nepotřebujeme.",
                    [
                        ["Kontaktní osoba", "Josef Dvořák, kameraman a redaktor TV"],
                        ["Telefon", "566 590 118"],
                        ["E-mail", "dvorak@bystricenp.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "an037-english-html-yes-no",
        "description": "English HTML-only mail with a yes/no table: feed yes, filming no; UK "
        "phone; no IČO",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Bridgeport Data Journalism Ltd",
            None,
            None,
            ["203.0.113.222"],
            ["203.0.113.223"],
            "Oliver Hastings",
            "o.hastings@bridgeportdj.example",
            "+447700900418",
        ),
        "from": "Oliver Hastings <o.hastings@bridgeportdj.example>",
        "subject": "Application – election results XML",
        "headers": OWA,
        "html": (
            "<html><body><p>Dear Sir or Madam,</p><p>please see our application below.</p>"
            '<table border="1"><tr><th>Request</th><th>Yes</th><th>No</th></tr>'
            "<tr><td>Access to the XML results server</td><td>X</td><td></td></tr>"
            "<tr><td>Permission to film at a collection point</td><td></td><td>X</td></tr>"
            "</table><br>"
            '<table border="1"><tr><td>Organisation</td><td>Bridgeport Data Journalism Ltd'
            "</td></tr><tr><td>Production IP</td><td>203.0.113.222</td></tr>"
            "<tr><td>Test IP</td><td>203.0.113.223</td></tr>"
            "<tr><td>Contact</td><td>Oliver Hastings, +44 7700 900418</td></tr></table>"
            "<p>Kind regards,<br>Oliver Hastings<br>Bridgeport Data Journalism Ltd, "
            "Company No. 11482093 (England &amp; Wales)</p></body></html>"
        ),
    },
    {
        "id": "an038-contractor-pdf-ipv6",
        "description": "an IT contractor applies on behalf of a medium, PDF with IPv6 "
        "production and test addresses; the contractor is the contact",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Hradecký večerník a.s.",
            I38,
            None,
            ["2001:db8:77::10", "2001:db8:77::11"],
            ["2001:db8:77::99"],
            "Aleš Trnka",
            "trnka@bytehouse.example",
            "+420495221873",
        ),
        "from": "Aleš Trnka <trnka@bytehouse.example>",
        "subject": "Hradecký večerník – žádost o přístup k XML",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\njsme dodavatel webu pro Hradecký večerník a.s. a jejich jménem "
            "posílám žádost (podepsanou jejich jednatelem). Technicky to budeme řešit my, "
            "takže kontakt prosím na mě.\n\nAleš Trnka\nByteHouse s.r.o.\n+420 495 221 873\n"
        ),
        "attachments": [
            (
                "pdf",
                "HV_zadost_podepsana.pdf",
                [
                    f"Hradecký večerník a.s., Gočárova 11, 500 02 Hradec Králové, IČO {I38}",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML.",
                    {
                        "rows": [
                            ["Produkční adresy (IPv6)", "2001:db8:77::10\n2001:db8:77::11"],
                            ["Testovací adresa (IPv6)", "2001:db8:77::99"],
                        ],
                        "widths": [150, 150],
                    },
                    "Technický kontakt: Aleš Trnka (ByteHouse s.r.o.), trnka@bytehouse.example, "
                    "495 221 873",
                    "Mgr. Petra Vlčková, předsedkyně představenstva",
                ],
            )
        ],
    },
    {
        "id": "an039-databox-docx-office-box-in-letter",
        "description": "data message whose DOCX letter prints the office's box and IČO in the "
        "address block and the applicant's box in the footer",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Jesenický týdeník s.r.o.",
            I39,
            "jt7wr4p",
            ["192.0.2.230"],
            [],
            "Kamila Bednářová",
            "bednarova@jesenickytydenik.example",
            "+420584411629",
        ),
        "subject": "Žádost o přístup k volebnímu serveru",
        "databox": {
            "box": "jt7wr4p",
            "sender": "Jesenický týdeník s.r.o.",
            "address": "Palackého 2, 790 01 Jeseník",
        },
        "attachments": [
            (
                "docx",
                "zadost_JT.docx",
                {
                    "footer": f"Jesenický týdeník s.r.o. | IČO {I39} | DS: jt7wr4p",
                    "blocks": [
                        "Český statistický úřad\nIČO 00025593\nID DS 2gfaasy",
                        "Věc: přístup k výsledkům voleb ve formátu XML",
                        "Žádáme o přístup pro náš server 192.0.2.230. Testovací prostředí "
                        "neprovozujeme.",
                        "Vyřizuje Kamila Bednářová, 584 411 629, "
                        "bednarova@jesenickytydenik.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "an040-forward-eml-xlsx-phone-changed",
        "description": "forwarded .eml carrying an XLSX; the new text changes the contact's "
        "phone number",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Chebský expres s.r.o.",
            I40,
            None,
            ["198.51.100.140"],
            ["198.51.100.141"],
            "Michal Hořejší",
            "horejsi@chebexpres.example",
            "+420737015922",
        ),
        "from": "Michal Hořejší <horejsi@chebexpres.example>",
        "subject": "Fwd: žádost volby + tabulka",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\nposílám znovu naši žádost (přeposlaný e-mail s tabulkou). "
            "Pozor, v tabulce mám ještě staré číslo – platí nové 737 015 922.\n\n"
            "Michal Hořejší\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost.eml",
                {
                    "id": "an040-inner",
                    "from": "Michal Hořejší <horejsi@chebexpres.example>",
                    "subject": "žádost volby + tabulka",
                    "body": (
                        f"Dobrý den, Chebský expres s.r.o., IČO {I40}, žádá o přístup k XML "
                        "výsledkům. Údaje v tabulce.\nMichal Hořejší\n"
                    ),
                    "attachments": [
                        (
                            "xlsx",
                            "zadost.xlsx",
                            [
                                {
                                    "title": "List1",
                                    "rows": [
                                        ["produkční IP", "198.51.100.140"],
                                        ["testovací IP", "198.51.100.141"],
                                        ["kontakt", "Michal Hořejší"],
                                        ["telefon", "354 422 087"],
                                    ],
                                }
                            ],
                        )
                    ],
                },
            )
        ],
    },
    {
        "id": "an041-databox-annotation-drops-test",
        "description": "data message: the PDF lists a test address, the annotation says not to "
        "set it up",
        "style": Style.AMENDMENT,
        "labels": L(
            [FEED],
            "Pražský magazín Metropole a.s.",
            I41,
            "pm3xv8d",
            ["203.0.113.60", "203.0.113.61"],
            [],
            "Kryštof Lang",
            "lang@metropolemag.example",
            "+420222709318",
        ),
        "subject": (
            "Žádost o přístup k XML výsledkům dle přílohy. Testovací adresu 203.0.113.62 "
            "uvedenou v příloze prosím nezřizujte, testovat nebudeme."
        ),
        "databox": {
            "box": "pm3xv8d",
            "sender": "Pražský magazín Metropole a.s.",
            "address": "Vinohradská 112, 130 00 Praha 3",
        },
        "attachments": [
            (
                "pdf",
                "zadost_Metropole.pdf",
                [
                    f"Pražský magazín Metropole a.s., IČO {I41}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["produkce", "203.0.113.60, 203.0.113.61"],
                            ["test", "203.0.113.62"],
                        ],
                        "widths": [120, 200],
                    },
                    "Kontaktní osoba: Kryštof Lang, tel. 222 709 318, lang@metropolemag.example",
                ],
            )
        ],
    },
    {
        "id": "an042-databox-freelancer-press-card",
        "description": "a self-employed photographer's data message asks to photograph; the "
        "name with a trade name in the annotation, the PDF is a press card",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Petra Kubíčková – KUBI foto",
            I42,
            "kf6nd3t",
            [],
            [],
            "Petra Kubíčková",
            "petra@kubifoto.example",
            "+420777314659",
        ),
        "subject": (
            f"Petra Kubíčková – KUBI foto, IČO {I42}: žádám o povolení fotografovat na "
            "sběrném místě Opava 9.–10. 10. 2026. Tel. 777 314 659, petra@kubifoto.example. "
            "Přílohou novinářský průkaz."
        ),
        "databox": {
            "box": "kf6nd3t",
            "sender": "Petra Kubíčková",
            "address": "Ostrožná 21, 746 01 Opava",
            "type": 30,
        },
        "attachments": [
            (
                "pdf",
                "prukaz.pdf",
                [
                    "NOVINÁŘSKÝ PRŮKAZ č. 2026/0418",
                    "Petra Kubíčková, fotoreportérka",
                    "platnost do 31. 12. 2027",
                ],
            )
        ],
    },
]
