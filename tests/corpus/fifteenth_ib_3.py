"""Fifteenth held-out part ``ib``, cases ib029–ib042: more forms and data boxes, full 5 + 5
address tables, netmasks in spreadsheets, nested messages, signed mail and cover notes that
withdraw part of the attached request. Written by hand; see make_fifteenth_ib.py."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico

F = "feed_access"
R = "recording_permit"

K1 = ico("2571046")
K2 = ico("0884213")
K3 = ico("6312958")
K4 = ico("4726081")
K5 = ico("1950437")
K6 = ico("8113692")
K7 = ico("3398810")
K8 = ico("5064127")
K9 = ico("7249365")
K10 = ico("0176548")

CASES: list[dict[str, Any]] = [
    {
        "id": "ib029-xlsx-five-plus-five",
        "description": "XLSX with five production and five test hosts in two columns",
        "style": "spreadsheet",
        "from": "Hynek Bartoš <bartos@ceske-zpravy.example>",
        "subject": "Žádost o přístup – seznam serverů",
        "body": "Dobrý den,\n\nžádáme o přístup k XML výsledkům pro Česká zpravodajská s.r.o. "
        f"(IČO {K1}). Seznam serverů je v příloze.\n\nHynek Bartoš\nvedoucí vývoje\n"
        "+420 222 190 644\n",
        "attachments": [
            (
                "xlsx",
                "servery.xlsx",
                [
                    {
                        "title": "Servery",
                        "rows": [
                            ["Ostrý provoz", "Test"],
                            ["198.51.100.1", "203.0.113.1"],
                            ["198.51.100.2", "203.0.113.2"],
                            ["198.51.100.3", "203.0.113.3"],
                            ["198.51.100.4", "203.0.113.4"],
                            ["198.51.100.5", "203.0.113.5"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            [F],
            "Česká zpravodajská s.r.o.",
            K1,
            None,
            ["198.51.100.1", "198.51.100.2", "198.51.100.3", "198.51.100.4", "198.51.100.5"],
            ["203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4", "203.0.113.5"],
            "Hynek Bartoš",
            "bartos@ceske-zpravy.example",
            "+420222190644",
        ),
    },
    {
        "id": "ib030-databox-cover-only-txt",
        "description": "data message whose only file is a two-line TXT; everything else in it",
        "style": "databox",
        "databox": {"box": "e8kc4rs", "sender": "Obec Dolní Lhota"},
        "subject": "žádost",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Obec Dolní Lhota (obecní zpravodaj) žádá o povolení natáčení na sběrném místě "
                f"v Ostravě. IČO {K2}. Kontakt starosta Miroslav Hanák, 596 420 117, "
                "starosta@dolnilhota.example\n",
            )
        ],
        "labels": L(
            [R],
            "Obec Dolní Lhota",
            K2,
            "e8kc4rs",
            [],
            [],
            "Miroslav Hanák",
            "starosta@dolnilhota.example",
            "+420596420117",
        ),
    },
    {
        "id": "ib031-nested-eml-form",
        "description": "sender attaches the original e-mail of a colleague, which carries the ODT form",
        "style": "forward",
        "from": "Eliška Doležalová <dolezalova@radio-hana.example>",
        "subject": "Fw: žádost o XML pro Rádio Haná",
        "body": "Dobrý den, přikládám původní zprávu kolegy se žádostí. Eliška Doležalová\n",
        "attachments": [
            (
                "eml",
                "puvodni.eml",
                {
                    "id": "ib031-inner",
                    "from": "Štěpán Kolář <kolar@radio-hana.example>",
                    "subject": "žádost o XML",
                    "body": "Eliško, pošli prosím na ČSÚ. Štěpán Kolář, 737 515 020\n",
                    "attachments": [
                        (
                            "odt",
                            "formular.odt",
                            [
                                f"Rádio Haná s.r.o., IČO {K3}",
                                [["Ostrý provoz", "192.0.2.90, 192.0.2.91"], ["Test", "-"]],
                                "Kontakt: Štěpán Kolář, kolar@radio-hana.example",
                            ],
                        )
                    ],
                },
            )
        ],
        "labels": L(
            [F],
            "Rádio Haná s.r.o.",
            K3,
            None,
            ["192.0.2.90", "192.0.2.91"],
            [],
            "Štěpán Kolář",
            "kolar@radio-hana.example",
            "+420737515020",
        ),
    },
    {
        "id": "ib032-smime-pdf-university",
        "description": "signed mail from a university data lab, PDF with a /30 test block",
        "style": "signed",
        "smime": True,
        "from": '"doc. Ing. Karel Šimek, Ph.D." <simek@datalab-vut.example>',
        "subject": "Žádost o přístup k XML výsledkům voleb (výzkum)",
        "body": "Vážení,\nv příloze zasílám žádost našeho pracoviště.\n\ndoc. Ing. Karel Šimek, Ph.D.\n"
        "Datová laboratoř\n+420 541 146 302\n",
        "attachments": [
            (
                "pdf",
                "zadost_datalab.pdf",
                [
                    f"Vysoké učení technické v Rudné, IČO {K4}",
                    "Datová laboratoř žádá o přístup k XML výsledkům voleb pro výzkumné účely.",
                    "Ostrý provoz: 198.18.60.10\nTest: 198.18.61.0/30 (celý blok)",
                ],
            )
        ],
        "labels": L(
            [F],
            "Vysoké učení technické v Rudné",
            K4,
            None,
            ["198.18.60.10"],
            ["198.18.61.0", "198.18.61.1", "198.18.61.2", "198.18.61.3"],
            "Karel Šimek",
            "simek@datalab-vut.example",
            "+420541146302",
        ),
    },
    {
        "id": "ib033-rtf-no-diacritics-both",
        "description": "RTF written without diacritics asking for feed and filming, mobile before switchboard",
        "style": "letter",
        "from": "Ondrej Sykora <sykora@regiontv-liberec.example>",
        "subject": "zadost o pristup k XML a nataceni",
        "body": "Dobry den, v priloze nase zadost. Diky Ondrej Sykora\n",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    f"Region TV Liberec s.r.o., ICO {K5}",
                    "Zadame o pristup k XML vysledkum voleb a o povoleni natacet na sbernem "
                    "miste v Liberci.",
                    "Produkcni servery: 203.0.113.180, 203.0.113.181\nTestovaci server: 203.0.113.190",
                    "Kontakt: Ondrej Sykora, mobil 720 118 604, ustredna 485 100 100",
                ],
            )
        ],
        "labels": L(
            [F, R],
            "Region TV Liberec s.r.o.",
            K5,
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.190"],
            "Ondrej Sykora",
            "sykora@regiontv-liberec.example",
            "+420720118604",
        ),
    },
    {
        "id": "ib034-databox-pdf-form-filming-struck",
        "description": "data message with a PDF form: filming line crossed out ('NE'), feed ticked",
        "style": "databox",
        "databox": {"box": "m5xr9da", "sender": "Deník Polabí, a.s."},
        "subject": "Formulář – přístup k výsledkům voleb",
        "attachments": [
            (
                "pdf",
                "formular_polabi.pdf",
                [
                    "FORMULÁŘ ŽÁDOSTI",
                    {
                        "rows": [
                            ["Žadatel", "Deník Polabí, a.s."],
                            ["IČO", K6],
                            ["Datová schránka", "m5xr9da"],
                            ["Přístup k XML", "ANO"],
                            ["Natáčení", "NE"],
                            ["IP – ostrý provoz", "198.51.100.140"],
                            ["IP – test", "198.51.100.141"],
                            ["Kontaktní osoba", "Veronika Hájková"],
                            ["E-mail", "hajkova@denik-polabi.example"],
                            ["Telefon", "+420 325 511 902"],
                        ],
                        "widths": [140, 220],
                    },
                ],
            )
        ],
        "labels": L(
            [F],
            "Deník Polabí, a.s.",
            K6,
            "m5xr9da",
            ["198.51.100.140"],
            ["198.51.100.141"],
            "Veronika Hájková",
            "hajkova@denik-polabi.example",
            "+420325511902",
        ),
    },
    {
        "id": "ib035-xlsx-netmask-column",
        "description": "XLSX with network and netmask columns (255.255.255.254 production, 255.255.255.255 test)",
        "style": "spreadsheet",
        "from": "Správa sítě <sit@ekonom-online.example>",
        "subject": "IP rozsahy pro XML volby",
        "body": "Dobrý den,\nza Ekonom Online, a.s. posíláme rozsahy. Kontakt Adam Fiala, "
        "adam.fiala@ekonom-online.example, 234 071 556.\n",
        "attachments": [
            (
                "xlsx",
                "rozsahy.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["síť", "maska", "použití"],
                            ["192.0.2.240", "255.255.255.254", "ostrý provoz"],
                            ["192.0.2.250", "255.255.255.255", "testování"],
                            [],
                            ["IČO", K7],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            [F],
            "Ekonom Online, a.s.",
            K7,
            None,
            ["192.0.2.240", "192.0.2.241"],
            ["192.0.2.250"],
            "Adam Fiala",
            "adam.fiala@ekonom-online.example",
            "+420234071556",
        ),
    },
    {
        "id": "ib036-outlook-withdraws-feed",
        "description": "DOCX asks for both; cover note says the feed is no longer needed, filming stays",
        "style": "outlook",
        "from": "Barbora Nováčková <novackova@tv-jih.example>",
        "subject": "Žádost TV Jih – aktualizace",
        "body": "Dobrý den,\n\nposílám žádost z minulého týdne. Mezitím jsme se dohodli, že data "
        "budeme přebírat od tiskové agentury, takže přístup k XML už nepotřebujeme. Žádost "
        "o natáčení na sběrném místě trvá.\n\nBarbora Nováčková\nprodukce TV Jih\n"
        "mobil: 776 300 422\n",
        "attachments": [
            (
                "docx",
                "zadost_TVJih.docx",
                {
                    "blocks": [
                        f"TV Jih, s.r.o., IČO {K8}",
                        "Žádáme o (1) přístup k XML výsledkům – IP 203.0.113.60, test 203.0.113.61; "
                        "(2) povolení natáčet na sběrném místě v Brně.",
                        "Kontakt: Barbora Nováčková",
                    ]
                },
            )
        ],
        "labels": L(
            [R],
            "TV Jih, s.r.o.",
            K8,
            None,
            [],
            [],
            "Barbora Nováčková",
            "novackova@tv-jih.example",
            "+420776300422",
        ),
    },
    {
        "id": "ib037-english-odt-polish-agency",
        "description": "Polish agency, English ODT table, IPv6 /126 production block",
        "style": "form",
        "from": "Piotr Zieliński <p.zielinski@pap-media.example>",
        "subject": "Election feed access application",
        "body": "Good morning,\nplease see the attached form.\nRegards, Piotr Zieliński\n",
        "attachments": [
            (
                "odt",
                "application.odt",
                [
                    "Application form",
                    [
                        ["Organisation", "Polska Agencja Mediów sp. z o.o."],
                        ["Production", "2001:db8:120::/126"],
                        ["Test", "192.0.2.129"],
                        ["Contact", "Piotr Zieliński"],
                        ["Phone", "+48 22 509 22 18"],
                        ["Filming", "no"],
                    ],
                ],
            )
        ],
        "labels": L(
            [F],
            "Polska Agencja Mediów sp. z o.o.",
            None,
            None,
            ["2001:db8:120::", "2001:db8:120::1", "2001:db8:120::2", "2001:db8:120::3"],
            ["192.0.2.129"],
            "Piotr Zieliński",
            "p.zielinski@pap-media.example",
            "+48225092218",
        ),
    },
    {
        "id": "ib038-databox-two-docs-xlsx-letter",
        "description": "data message with a letter (PDF) and an XLSX of addresses, a backup server",
        "style": "databox",
        "databox": {"box": "h4jn2wq", "sender": "Vltavská mediální, a.s."},
        "subject": "Žádost o přístup k XML – příloha seznam IP",
        "attachments": [
            (
                "pdf",
                "dopis.pdf",
                [
                    f"Vltavská mediální, a.s., IČO {K9}",
                    "Žádáme o přístup k XML výsledkům voleb. Seznam adres je v přiložené tabulce.",
                    "Kontaktní osoba: Ing. Stanislav Říha, riha@vltavska.example, 602 441 930",
                ],
            ),
            (
                "xlsx",
                "ip.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["adresa", "účel"],
                            ["198.18.90.1", "primární server"],
                            ["198.18.90.2", "záložní server"],
                            ["198.18.91.1", "testovací"],
                        ],
                    }
                ],
            ),
        ],
        "labels": L(
            [F],
            "Vltavská mediální, a.s.",
            K9,
            "h4jn2wq",
            ["198.18.90.1", "198.18.90.2"],
            ["198.18.91.1"],
            "Stanislav Říha",
            "riha@vltavska.example",
            "+420602441930",
        ),
    },
    {
        "id": "ib039-html-cover-docx-nested-table",
        "description": "HTML cover note; DOCX with a nested table of addresses inside the form",
        "style": "html",
        "from": "Redakce Zlínské listy <redakce@zlinskelisty.example>",
        "subject": "Žádost o XML výsledky – Zlínské listy",
        "html": "<div>Dobrý den,<br>posíláme vyplněný formulář.<br><br><b>Zlínské listy</b></div>",
        "attachments": [
            (
                "docx",
                "formular.docx",
                {
                    "blocks": [
                        {
                            "rows": [
                                ["Žadatel", f"Zlínské listy, z.s., IČO {K10}"],
                                ["Adresy", ""],
                                [
                                    "Kontakt",
                                    "Radka Mlčochová, mlcochova@zlinskelisty.example, 577 004 381",
                                ],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["ostré", "203.0.113.200"],
                                        ["ostré", "203.0.113.201"],
                                        ["testovací", "203.0.113.210"],
                                    ]
                                }
                            },
                        },
                        "Natáčení – nežádáme.",
                    ]
                },
            )
        ],
        "labels": L(
            [F],
            "Zlínské listy, z.s.",
            K10,
            None,
            ["203.0.113.200", "203.0.113.201"],
            ["203.0.113.210"],
            "Radka Mlčochová",
            "mlcochova@zlinskelisty.example",
            "+420577004381",
        ),
    },
    {
        "id": "ib040-gmail-pdf-hurry-editor",
        "description": "editor in a hurry, one-line note, PDF scan-like text with phone in 00420 form",
        "style": "gmail",
        "from": "Michal Pospíšil <m.pospisil.redakce@mailbox.example>",
        "subject": "XML",
        "body": "posilam, spech. MP\n",
        "attachments": [
            (
                "pdf",
                "zadost.pdf",
                [
                    "Michal Pospíšil – Nezávislé listy Vysočina (fyzická osoba, bez IČO)",
                    "Žádám o přístup k XML s výsledky voleb.",
                    "IP: 198.51.100.222 (ostrý provoz)",
                    "tel.: 00420 605 770 318",
                ],
            )
        ],
        "labels": L(
            [F],
            "Michal Pospíšil",
            None,
            None,
            ["198.51.100.222"],
            [],
            "Michal Pospíšil",
            "m.pospisil.redakce@mailbox.example",
            "+420605770318",
        ),
    },
    {
        "id": "ib041-databox-txt-both-ipv6",
        "description": "data message with TXT asking for both, IPv6 production and IPv4 test",
        "style": "databox",
        "databox": {"box": "c2wt6yv", "sender": "Český internetový rozhlas, o.p.s."},
        "subject": "Žádost: XML výsledky + natáčení",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Český internetový rozhlas, o.p.s.\n"
                f"IČ: {ico('2740196')}\n"
                "Žádáme o přístup k XML výsledkům a o povolení natáčet na sběrném místě.\n"
                "Adresy pro ostrý provoz: 2001:db8:c2::80\n"
                "Test: 192.0.2.80\n"
                "Kontakt: Nikola Urbanová, urbanova@cir-radio.example, tel. 608-902-311\n",
            )
        ],
        "labels": L(
            [F, R],
            "Český internetový rozhlas, o.p.s.",
            ico("2740196"),
            "c2wt6yv",
            ["2001:db8:c2::80"],
            ["192.0.2.80"],
            "Nikola Urbanová",
            "urbanova@cir-radio.example",
            "+420608902311",
        ),
    },
    {
        "id": "ib042-outlook-cover-lists-ips",
        "description": "DOCX letter from a magazine without addresses; the cover note gives them",
        "style": "outlook",
        "from": '"Hejda, Viktor" <hejda@magazin-forum.example>',
        "subject": "Žádost o přístup k XML – Magazín Fórum",
        "body": "Dobrý den,\n\nžádost přikládám. Pro úplnost adresy: ostré 192.0.2.11 a 192.0.2.12, "
        "testovací 192.0.2.13.\n\nViktor Hejda\nFórum Media, s.r.o.\ntel. +420 224 902 650\n",
        "attachments": [
            (
                "docx",
                "zadost.docx",
                {
                    "blocks": [
                        f"Fórum Media, s.r.o., IČO {ico('3861274')}",
                        "Žádáme o zpřístupnění výsledků voleb ve formátu XML pro web Magazínu Fórum. "
                        "O povolení natáčení nežádáme.",
                        "Viktor Hejda, šéfredaktor",
                    ]
                },
            )
        ],
        "labels": L(
            [F],
            "Fórum Media, s.r.o.",
            ico("3861274"),
            None,
            ["192.0.2.11", "192.0.2.12"],
            ["192.0.2.13"],
            "Viktor Hejda",
            "hejda@magazin-forum.example",
            "+420224902650",
        ),
    },
]
