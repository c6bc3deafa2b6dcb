"""Tuning cases 141–155: the application in an attachment. DOCX with tables, nested tables
and the letterhead in the page header or footer; PDF tables whose cells wrap; XLSX sheets
(key–value forms, ANO/NE columns, merged role cells); a plain-text list with CIDR blocks.

Written by a second hand, apart from the extraction rules and the held-out corpus."""

from __future__ import annotations

from typing import Any

from tests.corpus.cases_a import BOTH, FEED, L
from tests.corpus.tuning_common import Style

_COVER = "Dobrý den,\n\nv příloze zasíláme žádost.\n\nS pozdravem\n"

CASES: list[dict[str, Any]] = [
    {
        "id": "141-docx-letterhead-header-ipv4-ipv6-columns",
        "description": "DOCX letter: the letterhead with IČO and data box in the page header; "
        "a table with a role column and separate IPv4 and IPv6 columns",
        "style": Style.DOCX,
        "from": "Roman Jelínek <jelinek@stredoceske-noviny.example>",
        "subject": "Žádost o registraci – Středočeské noviny",
        "body": _COVER + "Roman Jelínek\n",
        "attachments": [
            (
                "docx2",
                "zadost_registrace.docx",
                {
                    "header": [
                        "STŘEDOČESKÉ NOVINY a.s.",
                        "Palackého 720, 266 01 Beroun · IČO 19797672 · DS sn5vb8k",
                    ],
                    "footer": ["Stránka 1 z 1 · verze formuláře 3.2.1 ze dne 1. 11. 2022"],
                    "blocks": [
                        "Český statistický úřad",
                        "Na padesátém 81, 100 82 Praha 10",
                        "Věc: Žádost o registraci k vyhrazenému připojení",
                        "Žádáme o povolení přístupu k serveru s výsledky z těchto adres:",
                        {
                            "style": "Table Grid",
                            "rows": [
                                ["Provoz", "IPv4", "IPv6"],
                                ["ostrý", "203.0.113.11", "2001:db8:c0::11"],
                                ["testovací", "203.0.113.19", "—"],
                            ],
                        },
                        "Kontaktní osoba: Roman Jelínek, správce sítí, tel. 311 600 412, "
                        "jelinek@stredoceske-noviny.example",
                        "V Berouně dne 12. 12. 2022",
                        "Ing. Veronika Malá, předsedkyně představenstva",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Středočeské noviny a.s.",
            "19797672",
            "sn5vb8k",
            ["203.0.113.11", "2001:db8:c0::11"],
            ["203.0.113.19"],
            "Roman Jelínek",
            "jelinek@stredoceske-noviny.example",
            "+420311600412",
        ),
    },
    {
        "id": "142-docx-nested-sections",
        "description": "DOCX form of three sections, each a table nested in a cell of the "
        "outer table; the test section states that no test address is wanted",
        "style": Style.DOCX,
        "from": "Šárka Bednářová <bednarova@info-cheb.example>",
        "subject": "formulář žádosti",
        "body": "Dobrý den, posílám formulář.\nŠ. Bednářová\n",
        "attachments": [
            (
                "docx2",
                "formular.docx",
                {
                    "blocks": [
                        "ŽÁDOST O REGISTRACI K VYHRAZENÉMU PŘIPOJENÍ",
                        {
                            "style": "Table Grid",
                            "rows": [
                                [
                                    "A. Žadatel",
                                    {
                                        "rows": [
                                            ["Název", "Info Cheb, z. s."],
                                            ["IČO", "84336901"],
                                            ["Sídlo", "Kamenná 3, 350 02 Cheb"],
                                        ]
                                    },
                                ],
                                [
                                    "B. IP adresy",
                                    {
                                        "rows": [
                                            ["Ostrý provoz", "192.0.2.61, 192.0.2.62"],
                                            ["Testovací provoz", "nepožadujeme"],
                                        ]
                                    },
                                ],
                                [
                                    "C. Kontakt",
                                    {
                                        "rows": [
                                            ["Jméno", "Šárka Bednářová"],
                                            ["Telefon", "+420 354 433 071"],
                                            ["E-mail", "bednarova@info-cheb.example"],
                                        ]
                                    },
                                ],
                            ],
                        },
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Info Cheb, z. s.",
            "84336901",
            None,
            ["192.0.2.61", "192.0.2.62"],
            [],
            "Šárka Bednářová",
            "bednarova@info-cheb.example",
            "+420354433071",
        ),
    },
    {
        "id": "143-docx-footer-bank-details",
        "description": "DOCX formal letter; the footer carries the company's IČO, DIČ, "
        "bank account and switchboard; addresses as a dashed list with roles in brackets",
        "style": Style.FORMAL_LETTER,
        "from": "Sekretariát Rádia Dyje <sekretariat@radio-dyje.example>",
        "subject": "Žádost o vyhrazené připojení – Rádio Dyje",
        "body": "Dobrý den,\nv příloze naše žádost podepsaná jednatelem.\nSekretariát\n",
        "attachments": [
            (
                "docx2",
                "Zadost_CSU_Radio_Dyje.docx",
                {
                    "footer": [
                        "Rádio Dyje s.r.o. | Horní náměstí 5, 669 02 Znojmo | IČO 46336851 | "
                        "DIČ CZ46336851 | č. ú. 2400118877/2010 | tel. 515 220 000"
                    ],
                    "blocks": [
                        "Rádio Dyje s.r.o.",
                        "Český statistický úřad, odbor informatiky",
                        "Ve Znojmě 15. 12. 2022",
                        "Věc: žádost o registraci k vyhrazenému připojení",
                        "Vážení, žádáme o přístup k serveru s průběžnými výsledky voleb "
                        "z následujících adres:",
                        "– 198.51.100.41 (ostrý provoz)",
                        "– 198.51.100.42 (ostrý provoz, záloha)",
                        "– 198.51.100.49 (testování)",
                        "Kontaktní osobou je Ing. Václav Čermák, tel. 605 302 118, "
                        "e-mail cermak@radio-dyje.example.",
                        "S pozdravem",
                        "Josef Malý, jednatel",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Rádio Dyje s.r.o.",
            "46336851",
            None,
            ["198.51.100.41", "198.51.100.42"],
            ["198.51.100.49"],
            "Václav Čermák",
            "cermak@radio-dyje.example",
            "+420605302118",
        ),
    },
    {
        "id": "144-docx-checkbox-table-recording",
        "description": "DOCX form with ☐/☒ in table cells: only the recording permit ticked; "
        "the form's address rows are left empty",
        "style": Style.FORM_CHECKBOX,
        "from": "Ivana Horáková <horakova@foto-krnov.example>",
        "subject": "Žádost o povolení fotografování na přebíracím místě",
        "body": _COVER + "Ivana Horáková\n",
        "attachments": [
            (
                "docx2",
                "formular_media.docx",
                {
                    "blocks": [
                        "Formulář pro sdělovací prostředky – volba prezidenta 2023",
                        {
                            "style": "Table Grid",
                            "rows": [
                                ["☐", "Registrace k vyhrazenému připojení (XML)"],
                                ["☒", "Povolení k přítomnosti na přebíracím místě"],
                            ],
                        },
                        {
                            "style": "Table Grid",
                            "rows": [
                                ["Žadatel", "Krnovský zpravodaj s.r.o."],
                                ["IČO", "14450925"],
                                ["IP adresy – ostrý provoz", ""],
                                ["IP adresy – testovací", ""],
                                ["Osoba, pro niž se povolení žádá", "Ivana Horáková, fotografka"],
                                ["Rozsah záznamu", "fotografie, bez zvukového záznamu"],
                                ["Preferované přebírací místo", "okres Bruntál"],
                                ["Telefon", "+420 739 020 515"],
                                ["E-mail", "horakova@foto-krnov.example"],
                            ],
                        },
                    ]
                },
            )
        ],
        "labels": L(
            ["recording_permit"],
            "Krnovský zpravodaj s.r.o.",
            "14450925",
            None,
            [],
            [],
            "Ivana Horáková",
            "horakova@foto-krnov.example",
            "+420739020515",
        ),
    },
    {
        "id": "145-pdf-table-addresses-wrap-in-cell",
        "description": "PDF table whose address cell holds three addresses that wrap onto "
        "several lines, and a role cell that wraps mid-phrase",
        "style": Style.PDF,
        "from": "Dušan Polák <polak@sumavske-listy.example>",
        "subject": "Žádost – Šumavské listy",
        "body": _COVER + "Dušan Polák\n",
        "attachments": [
            (
                "pdftable",
                "zadost_sumavske_listy.pdf",
                {
                    "before": [
                        "Šumavské listy, o.p.s., IČO 59250119, Klatovská 14, 341 01 Horažďovice",
                        "Žádost o registraci k vyhrazenému připojení",
                    ],
                    "widths": [150, 110, 200],
                    "table": [
                        ["Účel adres", "IP adresy", "Poznámka"],
                        [
                            "IP adresy pro ostrý provoz (budou používány při zpracování výsledků)",
                            "192.0.2.81, 192.0.2.82, 192.0.2.83",
                            "redakční systém a web",
                        ],
                        [
                            "Testovací IP adresa",
                            "192.0.2.89",
                            "bude odpojena při ostrém zpracování",
                        ],
                    ],
                    "after": [
                        "Kontaktní osoba: Dušan Polák, telefon 376 512 881, "
                        "polak@sumavske-listy.example",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Šumavské listy, o.p.s.",
            "59250119",
            None,
            ["192.0.2.81", "192.0.2.82", "192.0.2.83"],
            ["192.0.2.89"],
            "Dušan Polák",
            "polak@sumavske-listy.example",
            "+420376512881",
        ),
    },
    {
        "id": "146-pdf-table-contact-wraps",
        "description": "PDF table of two columns (label, value) where the contact cell wraps "
        "the phone and e-mail onto separate lines; roles in Czech abbreviations",
        "style": Style.PDF,
        "from": "Adam Vacek <vacek@olomoucky-kanal.example>",
        "subject": "Registrace – Olomoucký kanál",
        "body": "Dobrý den,\nžádost v PDF v příloze.\nDíky, Adam Vacek\n",
        "attachments": [
            (
                "pdftable",
                "registrace.pdf",
                {
                    "before": ["Žádost o přidělení přístupu k XML serveru ČSÚ"],
                    "widths": [140, 200],
                    "table": [
                        ["Žadatel", "Olomoucký kanál s.r.o."],
                        ["IČO", "36175773"],
                        ["IP – prod.", "203.0.113.31; 203.0.113.32"],
                        ["IP – test.", "203.0.113.39"],
                        [
                            "Kontaktní osoba",
                            "Adam Vacek, vedoucí IT, tel. 585 201 773, "
                            "vacek@olomoucky-kanal.example",
                        ],
                    ],
                    "after": ["V Olomouci dne 16. 12. 2022"],
                },
            )
        ],
        "labels": L(
            FEED,
            "Olomoucký kanál s.r.o.",
            "36175773",
            None,
            ["203.0.113.31", "203.0.113.32"],
            ["203.0.113.39"],
            "Adam Vacek",
            "vacek@olomoucky-kanal.example",
            "+420585201773",
        ),
    },
    {
        "id": "147-pdf-slovak-letter",
        "description": "Slovak formal letter as a PDF; 'ostrá prevádzka' and 'testovacia "
        "prevádzka', IČO written 'IČO:' with spaces, Slovak mobile",
        "style": Style.SLOVAK,
        "from": "Martina Hudecová <hudecova@dunajsky-kurier.example>",
        "subject": "Žiadosť o registráciu",
        "body": "Dobrý deň,\nv prílohe posielame žiadosť.\nS pozdravom\nMartina Hudecová\n",
        "attachments": [
            (
                "pdf",
                "ziadost.pdf",
                [
                    "Dunajský kuriér, s. r. o.",
                    "Hlavná 18, 929 01 Dunajská Streda",
                    "IČO: 95 482 644",
                    "",
                    "Český štatistický úrad",
                    "Na padesátém 81, 100 82 Praha 10",
                    "",
                    "Vec: Žiadosť o registráciu k vyhradenému pripojeniu",
                    "",
                    "Žiadame o pridelenie prístupu k serveru s výsledkami voľby prezidenta.",
                    "IP adresy pre ostrú prevádzku: 198.51.100.221, 198.51.100.222",
                    "IP adresa pre testovaciu prevádzku: 198.51.100.229",
                    "",
                    "Kontaktná osoba: Martina Hudecová, tel. +421 911 402 733,",
                    "e-mail hudecova@dunajsky-kurier.example",
                    "",
                    "S úctou",
                    "Mgr. Martina Hudecová, konateľka",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Dunajský kuriér, s. r. o.",
            "95482644",
            None,
            ["198.51.100.221", "198.51.100.222"],
            ["198.51.100.229"],
            "Martina Hudecová",
            "hudecova@dunajsky-kurier.example",
            "+421911402733",
        ),
    },
    {
        "id": "148-xlsx-ano-ne-role-columns",
        "description": "XLSX address list with 'ostrý (ANO/NE)' and 'test (ANO/NE)' columns; "
        "one address marked ANO in both, a retired one NE in both",
        "style": Style.XLSX,
        "from": "Lukáš Dvořák <dvorak@cesky-rozhlas-sever.example>",
        "subject": "Adresy pro XML server",
        "body": """Dobrý den,

za Rádio Sever, s.r.o. (IČO 84367377) posílám tabulku adres. Kontakt: Lukáš Dvořák,
475 200 611, dvorak@cesky-rozhlas-sever.example.

L. Dvořák
""",
        "attachments": [
            (
                "xlsx2",
                "adresy.xlsx",
                {
                    "sheets": [
                        {
                            "title": "Adresy",
                            "rows": [
                                ["IP adresa", "Server", "ostrý (ANO/NE)", "test (ANO/NE)"],
                                ["192.0.2.101", "render-1", "ANO", "NE"],
                                ["192.0.2.102", "render-2", "ANO", "ANO"],
                                ["192.0.2.103", "starý proxy (vyřazen)", "NE", "NE"],
                                ["192.0.2.109", "dev", "NE", "ANO"],
                            ],
                        }
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Rádio Sever, s.r.o.",
            "84367377",
            None,
            ["192.0.2.101", "192.0.2.102"],
            ["192.0.2.102", "192.0.2.109"],
            "Lukáš Dvořák",
            "dvorak@cesky-rozhlas-sever.example",
            "+420475200611",
        ),
    },
    {
        "id": "149-xlsx-key-value-form",
        "description": "XLSX key–value form (labels in column A, values in B) with the IČO "
        "stored as a number cell and addresses comma-separated in one cell",
        "style": Style.XLSX,
        "from": "Pavla Říhová <rihova@mlada-vlna.example>",
        "subject": "Registrace Mladá vlna",
        "body": "Dobrý den,\nvyplněnou tabulku přikládám.\nPavla Říhová\n",
        "attachments": [
            (
                "xlsx",
                "registrace_mlada_vlna.xlsx",
                [
                    ["Žádost o registraci k vyhrazenému připojení", ""],
                    ["Název žadatele", "Mladá vlna, z. s."],
                    ["IČO", 87556731],
                    ["ID datové schránky", "mv3wl6n"],
                    ["IP adresy – ostrý provoz", "203.0.113.101, 203.0.113.102"],
                    ["IP adresy – testovací provoz", "203.0.113.109"],
                    ["Kontaktní osoba", "Pavla Říhová"],
                    ["Telefon", "+420 773 045 221"],
                    ["E-mail", "rihova@mlada-vlna.example"],
                ],
            )
        ],
        "labels": L(
            FEED,
            "Mladá vlna, z. s.",
            "87556731",
            "mv3wl6n",
            ["203.0.113.101", "203.0.113.102"],
            ["203.0.113.109"],
            "Pavla Říhová",
            "rihova@mlada-vlna.example",
            "+420773045221",
        ),
    },
    {
        "id": "150-xlsx-merged-role-rows-two-sheets",
        "description": "XLSX with an applicant sheet and an address sheet whose role cell is "
        "merged down over the production rows",
        "style": Style.XLSX,
        "from": "Tomáš Kubíček <kubicek@moravske-zpravy.example>",
        "subject": "Žádost o přístup – Moravské zprávy",
        "body": "Dobrý den,\nžádost posílám jako tabulku (dva listy).\nTomáš Kubíček\n",
        "attachments": [
            (
                "xlsx2",
                "zadost.xlsx",
                {
                    "sheets": [
                        {
                            "title": "Žadatel",
                            "rows": [
                                ["Organizace", "Moravské zprávy a.s."],
                                ["IČO", "68482311"],
                                ["Kontakt", "Tomáš Kubíček"],
                                ["Tel.", "00420 548 117 902"],
                                ["E-mail", "kubicek@moravske-zpravy.example"],
                            ],
                        },
                        {
                            "title": "IP adresy",
                            "rows": [
                                ["Role", "Adresa", "Popis"],
                                ["Produkce", "198.18.120.5", "web"],
                                [None, "198.18.120.6", "aplikace"],
                                [None, "198.18.120.7", "záložní lokalita"],
                                ["Test", "198.18.121.50", "vývoj"],
                            ],
                            "merge": ["A2:A4"],
                        },
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Moravské zprávy a.s.",
            "68482311",
            None,
            ["198.18.120.5", "198.18.120.6", "198.18.120.7"],
            ["198.18.121.50"],
            "Tomáš Kubíček",
            "kubicek@moravske-zpravy.example",
            "+420548117902",
        ),
    },
    {
        "id": "151-docx-english-nested-table",
        "description": "English DOCX form from a foreign agency: a nested table of "
        "environments, the company number of its home country next to the Czech IČO",
        "style": Style.ENGLISH,
        "from": "Ingrid Halvorsen <ingrid.halvorsen@nordic-pressdata.example>",
        "subject": "Application - dedicated connection (Nordic Press Data)",
        "body": "Dear Sir or Madam,\n\nplease find our application attached.\n\n"
        "Kind regards,\nIngrid Halvorsen\n",
        "attachments": [
            (
                "docx2",
                "application_CZSO.docx",
                {
                    "blocks": [
                        "APPLICATION FOR REGISTRATION FOR THE DEDICATED CONNECTION",
                        {
                            "style": "Table Grid",
                            "rows": [
                                [
                                    "Applicant",
                                    "Nordic Press Data AS, organisasjonsnummer 912 345 678",
                                ],
                                ["Czech branch IČO", "81870990"],
                                [
                                    "Addresses",
                                    {
                                        "rows": [
                                            ["Environment", "Address"],
                                            ["Production", "2001:db8:ad::10"],
                                            ["Production", "2001:db8:ad::11"],
                                            ["Test", "2001:db8:ad::f0"],
                                        ]
                                    },
                                ],
                                ["Contact person", "Ingrid Halvorsen"],
                                ["Phone", "+47 22 33 44 55"],
                                ["E-mail", "ingrid.halvorsen@nordic-pressdata.example"],
                            ],
                        },
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Nordic Press Data AS",
            "81870990",
            None,
            ["2001:db8:ad::10", "2001:db8:ad::11"],
            ["2001:db8:ad::f0"],
            "Ingrid Halvorsen",
            "ingrid.halvorsen@nordic-pressdata.example",
            "+4722334455",
        ),
    },
    {
        "id": "152-txt-attachment-cidr",
        "description": "an admin's plain-text attachment with CIDR blocks and comments; the "
        "body names the applicant and the contact",
        "style": Style.LOOKALIKE,
        "from": "Ondřej Mach <mach@sitovy-denik.example>",
        "subject": "IP rozsahy pro XML výsledky",
        "body": """Dobrý den,

Síťový deník s.r.o., IČO 16699891, žádá o přístup k vyhrazenému serveru. Rozsahy
jsou v přiloženém souboru ip.txt (formát jako pro náš firewall).

Ondřej Mach, síťový administrátor, 731 008 442
""",
        "attachments": [
            (
                "txt",
                "ip.txt",
                """# Sitovy denik - adresy pro CSU
# ostry provoz
203.0.113.160/30
# test
203.0.113.170/32
# konec souboru (vygenerovano 2022-12-14)
""",
            )
        ],
        "labels": L(
            FEED,
            "Síťový deník s.r.o.",
            "16699891",
            None,
            ["203.0.113.160", "203.0.113.161", "203.0.113.162", "203.0.113.163"],
            ["203.0.113.170"],
            "Ondřej Mach",
            "mach@sitovy-denik.example",
            "+420731008442",
        ),
    },
    {
        "id": "153-docx-table-then-correction",
        "description": "DOCX table of addresses followed by a paragraph 'Oprava: místo … "
        "uveďte …' replacing one production address",
        "style": Style.CORRECTION,
        "from": "Eliška Benešová <benesova@karlovarsky-ctvrtek.example>",
        "subject": "Žádost o registraci – Karlovarský čtvrtek",
        "body": _COVER + "Eliška Benešová\n",
        "attachments": [
            (
                "docx2",
                "zadost.docx",
                {
                    "blocks": [
                        "Žadatel: Karlovarský čtvrtek s.r.o., IČO 23066857",
                        {
                            "style": "Table Grid",
                            "rows": [
                                ["ostrý provoz", "192.0.2.121"],
                                ["ostrý provoz", "192.0.2.122"],
                                ["testovací provoz", "192.0.2.129"],
                            ],
                        },
                        "Oprava: místo adresy 192.0.2.122 uveďte prosím 192.0.2.123 "
                        "(server byl mezitím přečíslován).",
                        "Kontaktní osoba: Eliška Benešová, 353 226 914, "
                        "benesova@karlovarsky-ctvrtek.example",
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Karlovarský čtvrtek s.r.o.",
            "23066857",
            None,
            ["192.0.2.121", "192.0.2.123"],
            ["192.0.2.129"],
            "Eliška Benešová",
            "benesova@karlovarsky-ctvrtek.example",
            "+420353226914",
        ),
    },
    {
        "id": "154-pdf-table-english-primary-backup-test",
        "description": "English PDF table with 'Primary', 'Backup' and 'Test' rows and a "
        "wrapped notes column mentioning the software version; the applicant is the French "
        "company's Czech branch (organizační složka)",
        "style": Style.PDF,
        "from": "Lucas Moreau <l.moreau@alpes-info.example>",
        "subject": "Application: XML results server access",
        "body": "Hello,\n\nattached is our application.\n\nRegards,\nLucas Moreau\n",
        "attachments": [
            (
                "pdftable",
                "application.pdf",
                {
                    "before": [
                        "Alpes Info SAS - application for the dedicated connection",
                        "Applicant: Alpes Info SAS, organizační složka (IČO 59815779)",
                    ],
                    "widths": [90, 120, 250],
                    "table": [
                        ["Role", "Address", "Notes"],
                        [
                            "Primary",
                            "198.51.100.61",
                            "ingest server running results-ingest 4.12.0.3 since 2022-11-30",
                        ],
                        [
                            "Backup",
                            "198.51.100.62",
                            "hot standby in a second data centre, same software",
                        ],
                        ["Test", "198.51.100.69", "may be disconnected during live processing"],
                    ],
                    "after": [
                        "Contact: Lucas Moreau, +33 1 70 36 12 45, l.moreau@alpes-info.example",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Alpes Info SAS, organizační složka",
            "59815779",
            None,
            ["198.51.100.61", "198.51.100.62"],
            ["198.51.100.69"],
            "Lucas Moreau",
            "l.moreau@alpes-info.example",
            "+33170361245",
        ),
    },
    {
        "id": "155-docx-recipient-block-office-ids",
        "description": "DOCX formal letter whose recipient block repeats the office's IČO "
        "and data box; the applicant's own box only in the body's signature",
        "style": Style.FORMAL_LETTER,
        "from": "Kancelář ředitele <kancelar@tv-slezsko.example>",
        "subject": "Žádosti o registraci a o povolení natáčení",
        "body": "Dobrý den,\nv příloze zasíláme obě žádosti v jednom dopise.\nKancelář ředitele TV Slezsko\n",
        "attachments": [
            (
                "docx2",
                "dopis_CSU.docx",
                {
                    "blocks": [
                        "Adresát: Český statistický úřad, Na padesátém 81, 100 82 Praha 10, "
                        "IČO 00025593, ID datové schránky 2gfaasy",
                        "V Opavě dne 19. 12. 2022",
                        "Věc: žádost o registraci k vyhrazenému připojení a žádost o povolení "
                        "k přítomnosti na přebíracím místě",
                        "TV Slezsko a.s. žádá o registraci k vyhrazenému připojení pro adresy "
                        "203.0.113.241 a 203.0.113.242 (ostrý provoz) a 203.0.113.249 (test).",
                        "Dále žádáme o povolení k přítomnosti na přebíracím místě v Opavě pro "
                        "kameramana Stanislava Kříže (zvukově obrazový záznam, cca 20 minut).",
                        "Kontaktní osoba pro obě žádosti: Mgr. Hedvika Lasotová, "
                        "tel. 553 712 019, lasotova@tv-slezsko.example",
                        "S pozdravem",
                        "Ing. Zbyněk Onderka, generální ředitel",
                        "TV Slezsko a.s., IČO 23883499, datová schránka ts4lzk9",
                    ]
                },
            )
        ],
        "labels": L(
            BOTH,
            "TV Slezsko a.s.",
            "23883499",
            "ts4lzk9",
            ["203.0.113.241", "203.0.113.242"],
            ["203.0.113.249"],
            "Hedvika Lasotová",
            "lasotova@tv-slezsko.example",
            "+420553712019",
        ),
    },
]
