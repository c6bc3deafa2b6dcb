"""Fifteenth held-out part ``ib``, cases ib015–ib028: spreadsheets of hosts, data-box
messages with and without letters, forwarded forms and cover notes that amend or contradict the
attachment. Written by hand; see make_fifteenth_ib.py."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico

F = "feed_access"
R = "recording_permit"

J1 = ico("2658401")
J2 = ico("4019372")
J3 = ico("6185520")
J4 = ico("0327719")
J5 = ico("7794016")
J6 = ico("3140587")
J7 = ico("5902263")
J8 = ico("8461130")
J9 = ico("1209874")
J10 = ico("6653012")
J11 = ico("4387105")

CASES: list[dict[str, Any]] = [
    {
        "id": "ib015-xlsx-two-sheets",
        "description": "XLSX with an applicant sheet and a separate address sheet, one row marked old",
        "style": "spreadsheet",
        "from": "Lukáš Pešek <pesek@mediahouse-ostrava.example>",
        "subject": "Volby 2026 – podklady pro přístup k XML",
        "body": "Dobrý den,\nvšechny údaje jsou v tabulce, list Adresy.\n\nLukáš Pešek\nIT, Media House Ostrava\n",
        "attachments": [
            (
                "xlsx",
                "podklady.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Media House Ostrava a.s."],
                            ["IČO", J1],
                            ["Kontaktní osoba", "Lukáš Pešek"],
                            ["Telefon", "595 112 480"],
                        ],
                    },
                    {
                        "title": "Adresy",
                        "rows": [
                            ["IP", "typ", "stav"],
                            ["198.51.100.120", "ostrý", "aktivní"],
                            ["198.51.100.121", "ostrý", "aktivní"],
                            ["198.51.100.99", "ostrý", "zrušeno – už nepoužíváme"],
                            ["192.0.2.99", "test", "aktivní"],
                        ],
                    },
                ],
            )
        ],
        "labels": L(
            [F],
            "Media House Ostrava a.s.",
            J1,
            None,
            ["198.51.100.120", "198.51.100.121"],
            ["192.0.2.99"],
            "Lukáš Pešek",
            "pesek@mediahouse-ostrava.example",
            "+420595112480",
        ),
    },
    {
        "id": "ib016-databox-letter-pdf-officer",
        "description": "data message of a publisher with a formal PDF letter, contact differs from signatory",
        "style": "databox",
        "databox": {
            "box": "p2vd6ke",
            "sender": "Vydavatelství Pernštejn s.r.o.",
            "ref": "VP-112/2026",
        },
        "subject": "Žádost o přístup k výsledkům voleb v XML",
        "attachments": [
            (
                "pdf",
                "VP-112-2026.pdf",
                [
                    "Vydavatelství Pernštejn s.r.o.\nPernštýnské náměstí 4, 530 02 Pardubice\n"
                    f"IČO {J2}   ID DS: p2vd6ke",
                    "Naše č. j.: VP-112/2026",
                    "Vážení, pro zpravodajský server pernstejn-zpravy.example žádáme o zřízení "
                    "přístupu k XML výsledkům. Adresy pro ostrý provoz: 203.0.113.21, "
                    "203.0.113.22, 203.0.113.23. Testovací adresa: 203.0.113.30.",
                    "Kontaktní osobou je pan Michal Sedlák (sedlak@pernstejn.example, "
                    "tel. +420 466 020 315).",
                    "JUDr. Eva Nováková, jednatelka",
                ],
            )
        ],
        "labels": L(
            [F],
            "Vydavatelství Pernštejn s.r.o.",
            J2,
            "p2vd6ke",
            ["203.0.113.21", "203.0.113.22", "203.0.113.23"],
            ["203.0.113.30"],
            "Michal Sedlák",
            "sedlak@pernstejn.example",
            "+420466020315",
        ),
    },
    {
        "id": "ib017-forward-form-docx",
        "description": "forwarded by an assistant: the inner message carries the DOCX form",
        "style": "forward",
        "from": "Asistentka redakce <asistentka@obzor-dnes.example>",
        "subject": "Fwd: formulář pro ČSÚ",
        "body": "Přeposílám žádost šéfredaktora, prosím o vyřízení.\n\n"
        "---------- Přeposlaná zpráva ---------\nOd: Filip Holub <holub@obzor-dnes.example>\n"
        "Předmět: formulář pro ČSÚ\n\nPošli to prosím na ČSÚ, formulář je vyplněný. F.\n",
        "attachments": [
            (
                "docx",
                "formular_vyplneny.docx",
                {
                    "blocks": [
                        "Formulář – žádost o přístup k XML výsledkům voleb",
                        {
                            "rows": [
                                ["Organizace", "Obzor dnes, s.r.o."],
                                ["IČO", J3],
                                ["Kontakt", "Filip Holub, šéfredaktor"],
                                ["E-mail", "holub@obzor-dnes.example"],
                                ["Telefon", "(+420) 603 55 21 08"],
                                ["IP ostrý provoz", "192.0.2.33"],
                                ["IP test", "192.0.2.34"],
                                ["Natáčení na sběrném místě", "☐ ano  ☒ ne"],
                            ]
                        },
                    ]
                },
            )
        ],
        "labels": L(
            [F],
            "Obzor dnes, s.r.o.",
            J3,
            None,
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Filip Holub",
            "holub@obzor-dnes.example",
            "+420603552108",
        ),
    },
    {
        "id": "ib018-html-gmail-rtf-filming",
        "description": "HTML mail with RTF attachment asking to film only; the rtf names a camera crew",
        "style": "html",
        "from": "Tereza Vlková <tereza.vlkova@studio-vltava.example>",
        "subject": "Natáčení v noci po volbách",
        "html": "<p>Dobrý den,</p><p>posílám žádost o natáčení, podrobnosti v RTF.</p>"
        "<p>Tereza Vlková<br>produkce</p>",
        "attachments": [
            (
                "rtf",
                "natáčení.rtf",
                [
                    f"Studio Vltava, s.r.o., IČO: {J4}",
                    "Žádáme o povolení natáčet reportáž na sběrném místě ČSÚ v Praze "
                    "v sobotu po uzavření volebních místností.",
                    "Štáb: Roman Kučera (kamera), Jitka Malá (reportérka).",
                    "Kontakt pro povolení: Tereza Vlková, produkce, 775 210 334",
                ],
            )
        ],
        "labels": L(
            [R],
            "Studio Vltava, s.r.o.",
            J4,
            None,
            [],
            [],
            "Tereza Vlková",
            "tereza.vlkova@studio-vltava.example",
            "+420775210334",
        ),
    },
    {
        "id": "ib019-databox-txt-range-test",
        "description": "data message with TXT, test addresses given as a range, production single",
        "style": "databox",
        "databox": {"box": "f6ng2tc", "sender": "Rozhlas Horácko, z.s."},
        "subject": "XML výsledky – žádost",
        "attachments": [
            (
                "txt",
                "zadost_xml.txt",
                "Rozhlas Horácko, z.s.\n"
                f"IČO: {J5}\n\n"
                "Žádáme o přístup k XML s výsledky.\n"
                "ostrý provoz: 198.18.33.10\n"
                "testovací prostředí: 198.18.33.20 až 198.18.33.23\n\n"
                "Vyřizuje Radek Tichý, tichy@horacko-rozhlas.example, 774 902 118\n",
            )
        ],
        "labels": L(
            [F],
            "Rozhlas Horácko, z.s.",
            J5,
            "f6ng2tc",
            ["198.18.33.10"],
            ["198.18.33.20", "198.18.33.21", "198.18.33.22", "198.18.33.23"],
            "Radek Tichý",
            "tichy@horacko-rozhlas.example",
            "+420774902118",
        ),
    },
    {
        "id": "ib020-reply-adds-test",
        "description": "reply to the office's query: adds a test address and a phone missing from the PDF",
        "style": "reply",
        "from": "Alžběta Černá <cerna@zpravodaj-beroun.example>",
        "subject": "Re: Doplnění žádosti o přístup k XML",
        "body": "Dobrý den,\n\nk Vašemu dotazu: testovací adresa bude 192.0.2.77, telefon na mě "
        "311 624 905. Žádost posílám znovu v příloze.\n\nAlžběta Černá\n\n"
        "> Dobrý den, v žádosti chybí testovací adresa a telefon.\n> Podatelna ČSÚ\n",
        "attachments": [
            (
                "pdf",
                "zadost_znovu.pdf",
                [
                    f"Zpravodaj Beroun, příspěvková organizace, IČO {J6}",
                    "Žádost o přístup k XML datům výsledků voleb.",
                    "Produkční IP: 192.0.2.70",
                    "Kontakt: Alžběta Černá, cerna@zpravodaj-beroun.example",
                ],
            )
        ],
        "labels": L(
            [F],
            "Zpravodaj Beroun, příspěvková organizace",
            J6,
            None,
            ["192.0.2.70"],
            ["192.0.2.77"],
            "Alžběta Černá",
            "cerna@zpravodaj-beroun.example",
            "+420311624905",
        ),
    },
    {
        "id": "ib021-english-pdf-no-ico-german",
        "description": "German newspaper, English PDF with CIDR /31 and a test IPv6",
        "style": "letter",
        "from": "Jonas Becker <j.becker@rheinkurier.example>",
        "subject": "Request: access to Czech election results XML",
        "body": "Hello,\nattached is our formal request. Thank you.\nJonas Becker\n",
        "attachments": [
            (
                "pdf",
                "request_rheinkurier.pdf",
                [
                    "Rheinkurier Verlag GmbH, Köln",
                    "We kindly request access to the election results XML service of the "
                    "Czech Statistical Office.",
                    {
                        "rows": [["Production", "198.51.100.250/31"], ["Test", "2001:db8:ff::5"]],
                        "widths": [120, 200],
                    },
                    "Contact: Jonas Becker, data editor, phone +49 221 9400 1730",
                ],
            )
        ],
        "labels": L(
            [F],
            "Rheinkurier Verlag GmbH",
            None,
            None,
            ["198.51.100.250", "198.51.100.251"],
            ["2001:db8:ff::5"],
            "Jonas Becker",
            "j.becker@rheinkurier.example",
            "+4922194001730",
        ),
    },
    {
        "id": "ib022-odt-declined-feed-filming-yes",
        "description": "ODT form ticks filming YES and feed NO, though addresses appear in a note",
        "style": "form",
        "from": "Produkce Kamerka <produkce@kamerka-film.example>",
        "subject": "Žádost o povolení natáčet",
        "body": "Dobrý den, formulář v příloze. Díky, Kamerka\n",
        "attachments": [
            (
                "odt",
                "formular.odt",
                [
                    "Žadatel: Kamerka film s.r.o., IČO " + J7,
                    [["Přístup k XML", "NE"], ["Natáčení na sběrném místě", "ANO"]],
                    "Pozn.: naše kancelář má IP 203.0.113.5, ale XML nepotřebujeme.",
                    "Kontaktní osoba: Marek Jelínek, marek.jelinek@kamerka-film.example, "
                    "+420 739 004 561",
                ],
            )
        ],
        "labels": L(
            [R],
            "Kamerka film s.r.o.",
            J7,
            None,
            [],
            [],
            "Marek Jelínek",
            "marek.jelinek@kamerka-film.example",
            "+420739004561",
        ),
    },
    {
        "id": "ib023-outlook-contradicts-contact",
        "description": "cover note says the contact changed from the DOCX's person to the sender",
        "style": "outlook",
        "from": '"Svobodová, Klára" <klara.svobodova@moravsky-den.example>',
        "subject": "Žádost o XML – Moravský den",
        "body": "Dobrý den,\n\nv příloze je žádost, kterou připravil kolega Kratochvíl. Ten od "
        "příštího týdne už u nás nepracuje, kontaktní osobou budu já – Klára Svobodová, "
        "tel. 543 210 778.\n\nS pozdravem\nKlára Svobodová\n",
        "attachments": [
            (
                "docx",
                "zadost.docx",
                {
                    "blocks": [
                        f"Moravský den a.s., IČO {J8}",
                        "Žádáme o přístup k výsledkům voleb ve formátu XML.",
                        "IP pro ostrý provoz: 198.18.200.1, 198.18.200.2",
                        "Kontakt: Tomáš Kratochvíl, kratochvil@moravsky-den.example, 603 877 120",
                    ]
                },
            )
        ],
        "labels": L(
            [F],
            "Moravský den a.s.",
            J8,
            None,
            ["198.18.200.1", "198.18.200.2"],
            [],
            "Klára Svobodová",
            "klara.svobodova@moravsky-den.example",
            "+420543210778",
        ),
    },
    {
        "id": "ib024-xlsx-ipv6-mixed-table",
        "description": "XLSX with IPv4 and IPv6 production hosts and no test environment",
        "style": "spreadsheet",
        "from": "sysadmin@infokanal.example",
        "subject": "feed CSU",
        "body": "Dobry den,\nzadame o pristup k XML. Adresy v xlsx. Testovaci prostredi nemame.\n"
        "Jiri Marek\nInfokanal CZ s.r.o.\n+420 731 665 204\n",
        "attachments": [
            (
                "xlsx",
                "adresy.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Infokanál CZ s.r.o.", "IČO", J9],
                            ["hostname", "ip", "role"],
                            ["fetch1", "192.0.2.181", "prod"],
                            ["fetch1", "2001:db8:abc::181", "prod"],
                            ["fetch2", "192.0.2.182", "prod"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            [F],
            "Infokanál CZ s.r.o.",
            J9,
            None,
            ["192.0.2.181", "2001:db8:abc::181", "192.0.2.182"],
            [],
            "Jiri Marek",
            "sysadmin@infokanal.example",
            "+420731665204",
        ),
    },
    {
        "id": "ib025-databox-docx-both-slovak",
        "description": "data message from a Slovak-run Czech company, DOCX in Slovak asking for both",
        "style": "databox",
        "databox": {"box": "u3bq7mz", "sender": "Stredoeurópske médiá s.r.o."},
        "subject": "Žiadosť o prístup k XML a o nakrúcanie",
        "attachments": [
            (
                "docx",
                "ziadost.docx",
                {
                    "blocks": [
                        f"Stredoeurópske médiá s.r.o., IČO {J10}, ID DS u3bq7mz",
                        "Týmto žiadame o sprístupnenie XML s výsledkami volieb a o povolenie "
                        "nakrúcania v zbernom mieste v Brne.",
                        {"rows": [["ostrá prevádzka", "198.51.100.31"], ["test", "198.51.100.32"]]},
                        "Kontakt: Martin Oravec, oravec@stredoeuropske.example, 0905 118 227",
                    ]
                },
            )
        ],
        "labels": L(
            [F, R],
            "Stredoeurópske médiá s.r.o.",
            J10,
            "u3bq7mz",
            ["198.51.100.31"],
            ["198.51.100.32"],
            "Martin Oravec",
            "oravec@stredoeuropske.example",
            "+421905118227",
        ),
    },
    {
        "id": "ib026-plain-cover-pdf-replaces-old",
        "description": "cover note: new server replaces the old one listed in the attached form",
        "style": "plain",
        "from": "Vojtěch Roubal <roubal@vecernik-plzen.example>",
        "subject": "Žádost o přístup k XML výsledkům",
        "body": "Dobrý den,\nformulář jsem vyplnil minulý měsíc; server 203.0.113.101 z něj mezitím "
        "nahradil nový 203.0.113.110. Druhá adresa zůstává.\nV. Roubal, 377 220 461\n",
        "attachments": [
            (
                "pdf",
                "formular.pdf",
                [
                    f"Večerník Plzeň s.r.o. – IČO {J11}",
                    {
                        "rows": [
                            ["Ostrý provoz", "203.0.113.101\n203.0.113.102"],
                            ["Test", "203.0.113.120"],
                            ["Kontakt", "Vojtěch Roubal"],
                        ],
                        "widths": [100, 160],
                    },
                ],
            )
        ],
        "labels": L(
            [F],
            "Večerník Plzeň s.r.o.",
            J11,
            None,
            ["203.0.113.110", "203.0.113.102"],
            ["203.0.113.120"],
            "Vojtěch Roubal",
            "roubal@vecernik-plzen.example",
            "+420377220461",
        ),
    },
    {
        "id": "ib027-gmail-txt-english-freelancer",
        "description": "foreign freelance photographer asks to film, English TXT, no company",
        "style": "gmail",
        "from": "Sophie Laurent <sophie.laurent.photo@mailbox.example>",
        "subject": "Filming permission - election night",
        "body": "Hi,\nmy request is attached as a text file.\nBest, Sophie\n",
        "attachments": [
            (
                "txt",
                "request.txt",
                "To whom it may concern,\n\nI am a freelance video journalist based in Lyon. I "
                "would like permission to record at your collection point in Prague on election "
                "night. I do not need the data feed.\n\nSophie Laurent\n+33 6 12 48 90 33\n",
            )
        ],
        "labels": L(
            [R],
            "Sophie Laurent",
            None,
            None,
            [],
            [],
            "Sophie Laurent",
            "sophie.laurent.photo@mailbox.example",
            "+33612489033",
        ),
    },
    {
        "id": "ib028-docx-letterhead-footer-ico",
        "description": "DOCX letter with IČO only in the footer and two signatories, contact named",
        "style": "letter",
        "from": "Redakce Sever <redakce@sever-noviny.example>",
        "subject": "Přístup k XML datům – Noviny Sever",
        "body": "Dobrý den, posíláme žádost. Redakce\n",
        "attachments": [
            (
                "docx",
                "zadost_sever.docx",
                {
                    "header": "NOVINY SEVER",
                    "footer": "Sever Media, s.r.o. | Teplická 8, Ústí nad Labem | IČO 29184754",
                    "blocks": [
                        "Věc: žádost o přístup k výsledkům voleb",
                        "Pro naše noviny žádáme o přístup k XML. Adresa pro ostrý provoz "
                        "198.18.7.77, pro test 198.18.7.78.",
                        "Kontaktní osoba: Petra Königová, konigova@sever-noviny.example, "
                        "tel. 475 600 219",
                        "Jan Brož, jednatel            Petra Königová, vedoucí online",
                    ],
                },
            )
        ],
        "labels": L(
            [F],
            "Sever Media, s.r.o.",
            "29184754",
            None,
            ["198.18.7.77"],
            ["198.18.7.78"],
            "Petra Königová",
            "konigova@sever-noviny.example",
            "+420475600219",
        ),
    },
]
