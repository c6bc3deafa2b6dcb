"""Ninth held-out part, prefix ``w``, cases w015–w028: attachments, forms and data-box
messages, written by hand apart from the extraction rules (never tune against them)."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

ICO_HLS = ico("2870431")
ICO_VYS = ico("0560317")
ICO_ZPR = ico("2914655")
ICO_MED = ico("4702218")
ICO_PRH = ico("0837760")
ICO_STV = ico("2451109")
ICO_NAK = ico("0198642")
ICO_DAT = ico("0752384")
ICO_OKR = ico("2739961")
ICO_RAD = ico("0663120")
ICO_KUL = ico("4890013")

_FWD_ORIGINAL: dict[str, Any] = {
    "id": "w017-inner",
    "from": "Kristýna Horáková <horakova@hlasvysociny.example>",
    "to": "it@hlasvysociny.example",
    "subject": "podklady pro žádost ČSÚ",
    "body": (
        "Ahoj Radime,\n\npro žádost na ČSÚ použij prosím tyhle adresy:\n"
        "ostrý provoz 203.0.113.111 a 203.0.113.112\ntest 203.0.113.119\n\nKristýna\n"
    ),
}

CASES: list[dict[str, Any]] = [
    {
        "id": "w015-docx-nested-table-header-footer",
        "description": "DOCX letterhead in the page header, IČO in the footer, nested address table",
        "style": "attachment",
        "from": "Zuzana Pešková <peskova@vysocinadnes.example>",
        "subject": "Žádost o přístup k XML s výsledky voleb",
        "body": (
            "Dobrý den,\n\nzasílám žádost vydavatelství. Prosím o potvrzení přijetí.\n\n"
            "Zuzana Pešková\nasistentka ředitele\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_VD.docx",
                {
                    "header": "VYSOČINA DNES, vydavatelství s.r.o. – Masarykovo nám. 5, Jihlava",
                    "footer": f"IČO {ICO_VYS} · zapsáno u KS v Brně, oddíl C",
                    "blocks": [
                        "Věc: Žádost o zpřístupnění výsledků voleb",
                        "Pro potřeby zpravodajského webu vysocinadnes žádáme o přístup k XML"
                        " výstupům. Požadované adresy:",
                        {
                            "rows": [["Ostrý provoz", ""], ["Testovací prostředí", ""]],
                            "nested": {
                                (0, 1): {"rows": [["192.0.2.51"], ["192.0.2.52"]]},
                                (1, 1): {"rows": [["192.0.2.59"]]},
                            },
                        },
                        "Odpovědná osoba: Ing. Pavel Klíma, technický ředitel,"
                        " klima@vysocinadnes.example, 567 300 812",
                        "Ing. Pavel Klíma",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "VYSOČINA DNES, vydavatelství s.r.o.",
            ICO_VYS,
            None,
            ["192.0.2.51", "192.0.2.52"],
            ["192.0.2.59"],
            "Pavel Klíma",
            "klima@vysocinadnes.example",
            "+420567300812",
        ),
    },
    {
        "id": "w016-databox-xlsx-merged-role-cells",
        "description": "data message with an XLSX whose role column is merged over several rows",
        "style": "databox-message",
        "databox": {
            "box": "zp3w9qa",
            "sender": "Zpravodajství Morava s.r.o.",
            "address": "Olomouc",
        },
        "subject": "Přístup k výsledkům voleb – seznam IP (příloha)",
        "attachments": [
            (
                "xlsx",
                "IP_seznam.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Zpravodajství Morava s.r.o.", ""],
                            ["IČO", ICO_ZPR, ""],
                            ["Kontakt", "Filip Zedník", "+420 585 222 904"],
                            ["E-mail", "zednik@zpravymorava.example", ""],
                        ],
                    },
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Role", "Adresa"],
                            ["Produkce", "198.51.100.161"],
                            ["", "198.51.100.162"],
                            ["", "198.51.100.163"],
                            ["Test", "198.51.100.170"],
                        ],
                        "merge": ["A2:A4"],
                    },
                ],
            )
        ],
        "labels": L(
            FEED,
            "Zpravodajství Morava s.r.o.",
            ICO_ZPR,
            "zp3w9qa",
            ["198.51.100.161", "198.51.100.162", "198.51.100.163"],
            ["198.51.100.170"],
            "Filip Zedník",
            "zednik@zpravymorava.example",
            "+420585222904",
        ),
    },
    {
        "id": "w017-forward-own-colleague-mail",
        "description": "forward of a colleague's own mail with the addresses, the note refers to it",
        "style": "forward-own",
        "from": "Radim Švec <svec@hlasvysociny.example>",
        "subject": "Fwd: podklady pro žádost ČSÚ",
        "body": (
            "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb pro Hlas Vysočiny, s.r.o."
            f" (IČO {ICO_HLS}). Adresy najdete v přeposlané zprávě kolegyně níže, platí"
            " beze změny.\nKontakt pro technické věci jsem já, tel. 739 004 218.\n\n"
            "Radim Švec, IT\n"
        ),
        "attachments": [("eml", "podklady.eml", _FWD_ORIGINAL)],
        "labels": L(
            FEED,
            "Hlas Vysočiny, s.r.o.",
            ICO_HLS,
            None,
            ["203.0.113.111", "203.0.113.112"],
            ["203.0.113.119"],
            "Radim Švec",
            "svec@hlasvysociny.example",
            "+420739004218",
        ),
    },
    {
        "id": "w018-smime-signed-pdf-two-columns",
        "description": "S/MIME-signed mail, PDF laid out in two columns (requests left, hosts right)",
        "style": "signature-block",
        "smime": True,
        "from": "Ing. Věra Bartáková <bartakova@medialab.example>",
        "subject": "Žádost o přístup a natáčení",
        "body": (
            "Dobrý den,\n\nzasíláme elektronicky podepsanou žádost (podrobnosti v PDF).\n\n"
            "S pozdravem\n\nIng. Věra Bartáková\nvedoucí zpravodajství\nMEDIALAB, a.s.\n"
            f"IČO: {ICO_MED}\nDS: mdl5e8k\nM: +420 603 447 120\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_MEDIALAB.pdf",
                [
                    "MEDIALAB, a.s.",
                    {
                        "rows": [
                            [
                                "Žádáme o:<br/>1) přístup k XML výsledkům voleb,<br/>2) povolení"
                                " natáčet v sídle ČSÚ během volební noci.",
                                "Produkce: 198.18.60.10, 198.18.60.11<br/>Test: 198.18.61.10",
                            ]
                        ],
                        "widths": [230, 230],
                    },
                    "Kontaktní osoba pro obě žádosti: Ing. Věra Bartáková.",
                ],
            )
        ],
        "labels": L(
            BOTH,
            "MEDIALAB, a.s.",
            ICO_MED,
            "mdl5e8k",
            ["198.18.60.10", "198.18.60.11"],
            ["198.18.61.10"],
            "Věra Bartáková",
            "bartakova@medialab.example",
            "+420603447120",
        ),
    },
    {
        "id": "w019-freelancer-rtf-no-ico",
        "description": "freelance photographer asking to film, RTF letter, no IČO given",
        "style": "recording-permit",
        "from": "jakub.lorenc@posta.example",
        "subject": "natáčení sčítání hlasů",
        "charset": "iso-8859-2",
        "body": "Dobrý den, posílám žádost v RTF. Díky, J. Lorenc\n",
        "attachments": [
            (
                "rtf",
                "zadost_Lorenc.rtf",
                [
                    "Jakub Lorenc, nezávislý fotograf a kameraman\nSokolovská 210, Praha 8",
                    "Žádám o povolení pořídit videozáznam a fotografie v krajském sběrném"
                    " místě v Ústí nad Labem pro reportáž pro zahraniční agenturu.",
                    "Datový přístup k výsledkům nepotřebuji.",
                    "Telefon: 608/441/977",
                ],
            )
        ],
        "labels": L(
            FILM,
            "Jakub Lorenc",
            None,
            None,
            [],
            [],
            "Jakub Lorenc",
            "jakub.lorenc@posta.example",
            "+420608441977",
        ),
    },
    {
        "id": "w020-gmail-docx-withdraws-filming",
        "description": "Gmail note withdraws the filming request that the attached DOCX makes",
        "style": "gmail",
        "from": "Nikola Hrdličková <nikola.hrdlickova@prahadnes.example>",
        "subject": "Re: Žádost Praha Dnes",
        "body": (
            "Dobrý den,\n\nposílám žádost znovu. Oproti formuláři už o natáčení nežádáme"
            " (štáb na volební noc nemáme), prosíme tedy jen o přístup k XML datům.\n\n"
            "Nikola Hrdličková\n"
        ),
        "html": (
            '<div dir="ltr">Dobrý den,<div><br></div><div>posílám žádost znovu. Oproti formuláři'
            " už o natáčení nežádáme (štáb na volební noc nemáme), prosíme tedy jen o přístup"
            " k XML datům.</div><div><br></div><div>Nikola Hrdličková</div></div>"
        ),
        "attachments": [
            (
                "docx",
                "formular_PD.docx",
                {
                    "blocks": [
                        f"Praha Dnes media s.r.o. (IČO {ICO_PRH})",
                        {
                            "rows": [
                                ["[x] přístup k XML výsledkům", "[x] povolení natáčení"],
                                ["IP ostrý provoz", "203.0.113.5"],
                                ["IP test", "203.0.113.6"],
                                ["kontakt", "Nikola Hrdličková, 721 090 455"],
                            ]
                        },
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Praha Dnes media s.r.o.",
            ICO_PRH,
            None,
            ["203.0.113.5"],
            ["203.0.113.6"],
            "Nikola Hrdličková",
            "nikola.hrdlickova@prahadnes.example",
            "+420721090455",
        ),
    },
    {
        "id": "w021-databox-txt-ascii-range",
        "description": "data message with a short TXT file, production as a written range",
        "style": "databox-message",
        "databox": {
            "box": "st2v6pd",
            "sender": "Studio TV Vysoké Mýto s.r.o.",
            "address": "Vysoké Mýto",
        },
        "subject": "zadost o pristup k vysledkum",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                (
                    "Studio TV Vysoké Mýto s.r.o., IC " + ICO_STV + "\n"
                    "zadame o pristup k XML vysledkum voleb\n"
                    "produkcni adresy: 198.51.100.20 - 198.51.100.22\n"
                    "testovaci: zadna\n"
                    "vyrizuje Ales Cermak, tel 465 420 870, cermak@stvvm.example\n"
                ),
            )
        ],
        "labels": L(
            FEED,
            "Studio TV Vysoké Mýto s.r.o.",
            ICO_STV,
            "st2v6pd",
            ["198.51.100.20", "198.51.100.21", "198.51.100.22"],
            [],
            "Ales Cermak",
            "cermak@stvvm.example",
            "+420465420870",
        ),
    },
    {
        "id": "w022-thunderbird-flowed-odt-publisher",
        "description": "flowed mail names the magazine, the ODT names the publisher with IČO",
        "style": "thunderbird-flowed",
        "flowed": True,
        "from": "Ondřej Čapek <capek@statistikamag.example>",
        "subject": "Data z voleb pro magazín Čísla",
        "body": (
            "Dobrý den, \nza magazín Čísla bychom rádi požádali o přístup k datové \n"
            "službě s výsledky voleb. Formální žádost vydavatele je v příloze, \n"
            "adresy serverů v ní jsou aktuální.\n\nOndřej Čapek\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_nakladatelstvi.odt",
                [
                    "Nakladatelství Kvantil, s.r.o., vydavatel magazínu Čísla",
                    f"IČO {ICO_NAK}",
                    [
                        ["produkční server", "198.18.33.4"],
                        ["záložní server", "198.18.33.5"],
                        ["testovací server", "198.18.33.200"],
                    ],
                    "Kontaktní osoba: Ondřej Čapek, šéfredaktor, +420 734 650 021",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Nakladatelství Kvantil, s.r.o.",
            ICO_NAK,
            None,
            ["198.18.33.4", "198.18.33.5"],
            ["198.18.33.200"],
            "Ondřej Čapek",
            "capek@statistikamag.example",
            "+420734650021",
        ),
    },
    {
        "id": "w023-xlsx-yes-no-columns",
        "description": "XLSX form with yes/no columns for each request and a version number nearby",
        "style": "form-checkboxes",
        "from": "Datová redakce <data@datavizcz.example>",
        "subject": "Volební data - formulář",
        "body": (
            "Dobrý den, posíláme formulář (šablona v2.1.3 z vašeho webu). Kontakt: Eva Kubíčková,"
            " kubickova@datavizcz.example, +420 776 300 145.\n"
        ),
        "attachments": [
            (
                "xlsx",
                "formular_v2.1.3.xlsx",
                [
                    {
                        "title": "Formulář",
                        "rows": [
                            ["Žadatel", "DataViz CZ, z. ú."],
                            ["IČO", ICO_DAT],
                            ["Požadavek", "ano", "ne"],
                            ["Přístup k XML", "x", ""],
                            ["Natáčení", "", "x"],
                            ["Produkční IP", "192.0.2.230"],
                            ["Testovací IP", "192.0.2.231"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "DataViz CZ, z. ú.",
            ICO_DAT,
            None,
            ["192.0.2.230"],
            ["192.0.2.231"],
            "Eva Kubíčková",
            "kubickova@datavizcz.example",
            "+420776300145",
        ),
    },
    {
        "id": "w024-databox-docx-letter-two-people",
        "description": "data message, DOCX letter signed by a director naming a separate contact",
        "style": "databox-message",
        "databox": {"box": "ok6tn4r", "sender": "OKRESNÍ NOVINY s.r.o.", "address": "Tábor"},
        "subject": "Žádost o přístup k výsledkům voleb do PS",
        "attachments": [
            (
                "docx",
                "Zadost_CSU_2025.docx",
                {
                    "header": "OKRESNÍ NOVINY s.r.o. | Palackého 1, 390 01 Tábor",
                    "blocks": [
                        "Český statistický úřad\nodbor informačních služeb",
                        "Vážení,",
                        "žádáme o zřízení přístupu k výsledkům voleb v XML pro ostrý provoz našeho"
                        " serveru 203.0.113.180. Druhou adresu 203.0.113.181 prosíme zařadit mezi"
                        " testovací.",
                        "Kontaktní osobou pro tuto žádost je náš správce sítě pan Vojtěch Holub"
                        " (holub@okresninoviny.example, tel. 381 252 640).",
                        "S úctou",
                        "Mgr. Dagmar Šindelářová\njednatelka",
                        f"IČO: {ICO_OKR}",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "OKRESNÍ NOVINY s.r.o.",
            ICO_OKR,
            "ok6tn4r",
            ["203.0.113.180"],
            ["203.0.113.181"],
            "Vojtěch Holub",
            "holub@okresninoviny.example",
            "+420381252640",
        ),
    },
    {
        "id": "w025-webmail-html-pdf-wrapped-cells",
        "description": "HTML-only webmail with a PDF table whose narrow cells wrap the addresses",
        "style": "webmail-html-only",
        "cte": "base64",
        "from": "Rádio Kulturní vlna <redakce@kulturnivlna.example>",
        "subject": "Žádost o XML data",
        "html": (
            "<div>Dobrý den,</div><div>v příloze je žádost Rádia Kulturní vlna o přístup"
            " k volebním výsledkům.</div><div>Za redakci Šárka Vondrová<br>tel.: +420 (0)"
            " 604 212 733</div>"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_KV.pdf",
                [
                    f"Kulturní vlna, z. s., IČO {ICO_KUL}",
                    {
                        "rows": [
                            ["Druh", "Adresy"],
                            ["ostrý provoz", "192.0.2.97, 192.0.2.98, 192.0.2.99"],
                            ["testování", "192.0.2.120"],
                        ],
                        "widths": [70, 60],
                    },
                    "Kontakt: Šárka Vondrová",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Kulturní vlna, z. s.",
            ICO_KUL,
            None,
            ["192.0.2.97", "192.0.2.98", "192.0.2.99"],
            ["192.0.2.120"],
            "Šárka Vondrová",
            "redakce@kulturnivlna.example",
            "+420604212733",
        ),
    },
    {
        "id": "w026-english-docx-form-both-ticked",
        "description": "English DOCX form: feed ticked, filming ticked, IPv6 test address",
        "style": "english",
        "from": "Oliver Grant <o.grant@northseanews.example>",
        "subject": "Czech elections - data access and filming request",
        "body": (
            "Hello,\n\nattached is the completed form. Our Prague correspondent will be the"
            " contact.\n\nOliver Grant\nNorth Sea News Ltd, London\n"
        ),
        "attachments": [
            (
                "docx",
                "CZSO_request_form.docx",
                {
                    "blocks": [
                        "Request form – North Sea News Ltd (United Kingdom)",
                        {
                            "rows": [
                                ["☑", "Access to the XML results service"],
                                ["☑", "Permission to film at a collection point"],
                                ["Production IP", "198.51.100.240"],
                                ["Test IP", "2001:db8:77::5"],
                                ["Contact", "Anna Whitfield, Prague correspondent"],
                                ["Email", "a.whitfield@northseanews.example"],
                                ["Phone", "+420 728 615 302"],
                            ]
                        },
                    ]
                },
            )
        ],
        "labels": L(
            BOTH,
            "North Sea News Ltd",
            None,
            None,
            ["198.51.100.240"],
            ["2001:db8:77::5"],
            "Anna Whitfield",
            "a.whitfield@northseanews.example",
            "+420728615302",
        ),
    },
    {
        "id": "w027-databox-pdf-filming-only",
        "description": "data message: the annotation asks to film, the PDF gives the applicant",
        "style": "databox-message",
        "databox": {"box": "rd9pm2c", "sender": "Radiožurnál Vltava, s.r.o.", "address": "Praha"},
        "subject": "Žádost o povolení natáčení ve sběrném místě Praha",
        "attachments": [
            (
                "pdf",
                "natáčení.pdf",
                [
                    f"Radiožurnál Vltava, s.r.o. · IČO {ICO_RAD}",
                    "Žádáme o povolení nahrávat zvukový záznam v pražském sběrném místě"
                    " během volební noci. Přístup k datovému výstupu nepožadujeme.",
                    "Kontakt: Michal Souček, reportér, tel. 720 404 118",
                ],
            )
        ],
        "labels": L(
            FILM,
            "Radiožurnál Vltava, s.r.o.",
            ICO_RAD,
            "rd9pm2c",
            [],
            [],
            "Michal Souček",
            None,
            "+420720404118",
        ),
    },
    {
        "id": "w028-apple-mail-xlsx-old-addresses",
        "description": "XLSX keeps last election's addresses in a column marked as no longer used",
        "style": "apple-mail",
        "headers": [("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")],
        "from": "Lucie Marková <markova@mestskelisty.example>",
        "subject": "Žádost o XML přístup – Městské listy",
        "body": (
            "Dobrý den,\n\nza Městské listy Kolín, p. o. žádám o přístup k XML výsledkům."
            " V tabulce jsou nové adresy i ty loňské pro srovnání.\n\nLucie Marková\n"
            "Odesláno z iPhonu\n"
        ),
        "attachments": [
            (
                "xlsx",
                "adresy.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Role", "Nová adresa", "Dříve (už se nepoužívá)"],
                            ["produkce", "203.0.113.70", "192.0.2.170"],
                            ["test", "203.0.113.71", "192.0.2.171"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Městské listy Kolín, p. o.",
            None,
            None,
            ["203.0.113.70"],
            ["203.0.113.71"],
            "Lucie Marková",
            "markova@mestskelisty.example",
            None,
        ),
    },
]
