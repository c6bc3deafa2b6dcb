"""Forty-fifth held-out part ``bj``, cases bj029–bj042: an empty mail with an ODT ANO/NE grid,
a data message whose annotation replaces the file's test address, a Hungarian DOCX, a PDF that
names a signatory and a separate contact, an iso-8859-2 cover with a merged role column, a
photographer's filming-only data message, a letter DOCX with a direct line and a switchboard,
an IT department's mail forwarded as .eml, an empty mail with an RTF, an IPv6 annotation, a
reply that drops and adds an address, the office's template filled in with a range, a data
message with a superseded file and a freelancer without an IČO.
Written by hand apart from the extraction rules (see make_fortyfifth_bj); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyfifth_bj_common import (
    APPLE,
    EMCLIENT,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I30, I32, I33, I34 = (
    ico("2748219"),
    ico("0596307"),
    ico("2881640"),
    ico("0429753"),
    ico("7362048"),
)
I35, I36, I37, I38, I39 = (
    ico("2615874"),
    ico("0702316"),
    ico("2937451"),
    ico("0458162"),
    ico("2790638"),
)
I40, I41 = ico("0671925"), ico("2854307")

CASES: list[dict[str, Any]] = [
    {
        "id": "bj029-empty-body-odt-ano-ne-grid",
        "description": "no text; the ODT grid puts an X under ANO for the feed and under NE for "
        "filming; production and test addresses in separate rows",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Liberecký server s.r.o.",
            I29,
            None,
            ["192.0.2.80", "192.0.2.81"],
            ["192.0.2.88"],
            "Tomáš Pelikán",
            "pelikan@libereckyserver.example",
            "+420604733918",
        ),
        "from": "Tomáš Pelikán <pelikan@libereckyserver.example>",
        "subject": "Žádost Liberecký server",
        "headers": EMCLIENT,
        "body": "",
        "attachments": [
            (
                "odt",
                "zadost_LS.odt",
                [
                    "Liberecký server s.r.o., Moskevská 14, 460 01 Liberec, IČO " + I29,
                    [
                        ["", "ANO", "NE"],
                        ["Přístup k XML s výsledky voleb", "X", ""],
                        ["Natáčení / fotografování na pracovišti ČSÚ", "", "X"],
                    ],
                    [
                        ["Produkční IP", "192.0.2.80"],
                        ["Produkční IP", "192.0.2.81"],
                        ["Testovací IP", "192.0.2.88"],
                        ["Kontaktní osoba", "Tomáš Pelikán"],
                        ["Kontakt", "pelikan@libereckyserver.example / 604 733 918"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "bj030-databox-annotation-replaces-test-ip",
        "description": "data message: the annotation says the PDF's test address no longer "
        "exists and gives the new one; production addresses only in the PDF",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Pardubický deník plus, a.s.",
            I30,
            "pd8pl1s",
            ["203.0.113.50", "203.0.113.51"],
            ["203.0.113.57"],
            "Ivana Doubravová",
            "doubravova@pdplus.example",
            "+420466302718",
        ),
        "databox": box("pd8pl1s", "Pardubický deník plus, a.s.", "Třída Míru 90, 530 02 Pardubice"),
        "subject": "Žádost o XML výsledky - pozor, testovací IP 203.0.113.55 v příloze už "
        "neplatí, nová testovací je 203.0.113.57",
        "attachments": [
            (
                "pdf",
                "zadost_PDP.pdf",
                [
                    "Pardubický deník plus, a.s. | IČO " + I30,
                    "Žádost o přístup k dedikovanému serveru s výsledky voleb",
                    {
                        "rows": [
                            ["produkce", "203.0.113.50, 203.0.113.51"],
                            ["test", "203.0.113.55"],
                        ],
                        "widths": [100, 260],
                    },
                    "Kontaktní osoba: Ivana Doubravová, doubravova@pdplus.example, 466 302 718",
                ],
            )
        ],
    },
    {
        "id": "bj031-hungarian-docx-both",
        "description": "Hungarian cover and DOCX from a Budapest portal without an IČO; the "
        "contact's name in Hungarian order, both requests ticked, +36 phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Dunapart Hírek Kft.",
            None,
            None,
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.250"],
            "Szalai Bence",
            "szalai.bence@dunaparthirek.example",
            "+36304172859",
        ),
        "from": "Szalai Bence <szalai.bence@dunaparthirek.example>",
        "subject": "Kérelem - választási eredmények / žádost",
        "headers": ZIMBRA,
        "body": "Tisztelt Hölgyem/Uram!\n\nMellékelten küldöm kérelmünket a választási "
        "eredmények XML-hozzáféréséhez és a forgatási engedélyhez.\n\nÜdvözlettel:\n"
        "Szalai Bence\n",
        "attachments": [
            (
                "docx",
                "kerelem_dunapart.docx",
                {
                    "header": "Dunapart Hírek Kft. – Váci út 80, 1133 Budapest",
                    "footer": "dunaparthirek.example",
                    "blocks": [
                        "Kérelem / Žádost",
                        "☒ XML-hozzáférés a választási eredményekhez",
                        "☒ forgatási engedély (Praha, ČSÚ)",
                        {
                            "rows": [
                                ["Éles IP-címek", "198.51.100.240, 198.51.100.241"],
                                ["Teszt IP-cím", "198.51.100.250"],
                                ["Kapcsolattartó", "Szalai Bence"],
                                ["Telefon", "+36 30 417 2859"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "bj032-cover-pdf-signatory-and-it-contact",
        "description": "an office manager sends it; the PDF is signed by the director and names "
        "the IT administrator as the contact; a colleague is in copy",
        "style": Style.COVER,
        "labels": L(
            [FEED, FILM],
            "Zpravodajství Karlovarsko s.r.o.",
            I32,
            None,
            ["198.18.8.100", "198.18.8.101"],
            ["198.18.8.110"],
            "Josef Heřman",
            "herman@zkarlovarsko.example",
            "+420731059284",
        ),
        "from": "Office Zpravodajstvi Karlovarsko <office@zkarlovarsko.example>",
        "cc": "Petra Lindová <lindova@zkarlovarsko.example>",
        "subject": "žádost o data a natáčení – volby",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nna pokyn pana ředitele zasílám žádost. V kopii je kolegyně "
        "z redakce.\n\nHezký den\nOffice\n",
        "attachments": [
            (
                "pdf",
                "zadost_ZK.pdf",
                [
                    "Zpravodajství Karlovarsko s.r.o.\nZámecký vrch 5, 360 01 Karlovy Vary\n"
                    "IČO " + I32,
                    "Žádáme o přístup k serveru s průběžnými výsledky voleb a o povolení "
                    "natáčet na krajské správě ČSÚ v Karlových Varech.",
                    "Produkční adresy 198.18.8.100 a 198.18.8.101, testovací 198.18.8.110.",
                    "Pro technické dotazy kontaktujte našeho správce sítě Josefa Heřmana "
                    "(herman@zkarlovarsko.example, 731 059 284).",
                    "Ing. Karel Wolf\nředitel",
                ],
            )
        ],
    },
    {
        "id": "bj033-iso88592-cover-xlsx-merged-roles",
        "description": "iso-8859-2 cover; the workbook's role column is merged over the rows "
        "of each role, so the blank cells belong to the role above",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Přerovský týdeník, spol. s r.o.",
            I33,
            None,
            ["203.0.113.180", "203.0.113.181", "203.0.113.182"],
            ["203.0.113.190", "203.0.113.191"],
            "Lucie Bartáková",
            "bartakova@prerovskytydenik.example",
            "+420725902364",
        ),
        "from": "Lucie Bartáková <bartakova@prerovskytydenik.example>",
        "subject": "Přístup k volebním výsledkům",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": "Dobrý den,\n\nžádáme o přístup k XML výsledkům, adresy posílám v tabulce.\n\n"
        "Lucie Bartáková\nPřerovský týdeník, spol. s r.o., IČO " + I33 + "\ntel. 725 902 364\n",
        "attachments": [
            (
                "xlsx",
                "adresy_PT.xlsx",
                [
                    {
                        "title": "adresy",
                        "rows": [
                            ["role", "IP", "stroj"],
                            ["produkce", "203.0.113.180", "web1"],
                            [None, "203.0.113.181", "web2"],
                            [None, "203.0.113.182", "app"],
                            ["test", "203.0.113.190", "stage1"],
                            [None, "203.0.113.191", "stage2"],
                        ],
                        "merge": ["A2:A4", "A5:A6"],
                    }
                ],
            )
        ],
    },
    {
        "id": "bj034-databox-photographer-filming-pdf",
        "description": "data message from a photographer's business box with a bare annotation; "
        "the PDF asks only to photograph and says no data are needed",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Hana Zikmundová",
            I34,
            "hz4fo7g",
            [],
            [],
            "Hana Zikmundová",
            "hana@zikmundova-foto.example",
            "+420777250419",
        ),
        "databox": box("hz4fo7g", "Hana Zikmundová", "U Lesa 12, 252 28 Černošice", 40),
        "subject": "žádost o povolení",
        "attachments": [
            (
                "pdf",
                "povoleni_foto.pdf",
                [
                    "Hana Zikmundová, fotografka, IČO " + I34,
                    "Žádám o povolení fotografovat v sídle ČSÚ během volební noci pro "
                    "reportáž do týdeníku. Přístup k datovému serveru nepotřebuji.",
                    "hana@zikmundova-foto.example | 777 250 419",
                ],
            )
        ],
    },
    {
        "id": "bj035-letter-docx-direct-line-switchboard",
        "description": "the DOCX letter has a letterhead, a footer with IČO and box ID, and the "
        "contact's direct line listed after the switchboard; both requests",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Východočeská televize, a.s.",
            I35,
            "vt2ce6h",
            ["192.0.2.220", "192.0.2.221", "192.0.2.222"],
            ["192.0.2.230"],
            "Petr Chalupa",
            "chalupa@vctv.example",
            "+420495118342",
        ),
        "from": "Petr Chalupa <chalupa@vctv.example>",
        "subject": "Žádost VČTV - volby 2025",
        "headers": ROUNDCUBE,
        "body": "Dobrý den, posílám žádost na hlavičkovém papíře. Petr Chalupa\n",
        "attachments": [
            (
                "docx",
                "VCTV_zadost.docx",
                {
                    "header": "VÝCHODOČESKÁ TELEVIZE, a.s. · Gočárova 1620, 500 02 Hradec Králové",
                    "footer": "IČO " + I35 + " · ID datové schránky vt2ce6h · ústředna 495 118 300",
                    "blocks": [
                        "Český statistický úřad\nKrajská správa Hradec Králové",
                        "Žádáme o přístup k serveru s výsledky voleb (produkce 192.0.2.220, "
                        "192.0.2.221, 192.0.2.222; test 192.0.2.230) a o povolení natáčet "
                        "v budově krajské správy.",
                        "Kontaktní osoba: Petr Chalupa, vedoucí zpravodajství\n"
                        "tel. ústředna 495 118 300, přímá linka 495 118 342\n"
                        "chalupa@vctv.example",
                        "Mgr. Petr Chalupa",
                    ],
                },
            )
        ],
    },
    {
        "id": "bj036-cover-application-eml-from-it",
        "description": "the editor writes the application in the body and attaches as .eml the "
        "IT department's mail with the addresses; the IT man is not the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Mladoboleslavský večerník s.r.o.",
            I36,
            None,
            ["198.51.100.60", "198.51.100.61"],
            ["198.51.100.66"],
            "Eliška Procházková",
            "prochazkova@mbvecernik.example",
            "+420606381725",
        ),
        "from": "Eliška Procházková <prochazkova@mbvecernik.example>",
        "subject": "Žádost o přístup k XML výsledkům voleb",
        "headers": GMAIL,
        "body": "Dobrý den,\n\nMladoboleslavský večerník s.r.o., IČO "
        + I36
        + ", žádá o přístup k serveru s výsledky voleb. IP adresy najdete v přeposlaném mailu "
        "od našeho IT v příloze. Kontaktní osobou jsem já, tel. 606 381 725.\n\n"
        "Eliška Procházková\nšéfredaktorka\n",
        "attachments": [
            (
                "eml",
                "IP_od_IT.eml",
                {
                    "id": "bj036-inner",
                    "from": "Martin Vlk <vlk@mbvecernik.example>",
                    "to": "prochazkova@mbvecernik.example",
                    "subject": "adresy pro ČSÚ",
                    "body": "Ahoj Eliško,\n\nostré: 198.51.100.60, 198.51.100.61\n"
                    "testovací: 198.51.100.66\n\nMartin (IT), 732 004 118\n",
                },
            )
        ],
    },
    {
        "id": "bj037-empty-body-rtf-both",
        "description": "empty body; the RTF has a two-column table with row headers for both "
        "requests, the addresses and the contact written surname first in capitals",
        "style": Style.EMPTY,
        "labels": L(
            [FEED, FILM],
            "Rádio Jizera Plus s.r.o.",
            I37,
            None,
            ["203.0.113.240"],
            ["203.0.113.241"],
            "Zuzana Hanušová",
            "hanusova@jizeraplus.example",
            "+420605447810",
        ),
        "from": "Zuzana Hanušová <hanusova@jizeraplus.example>",
        "subject": "Žádost",
        "headers": ZIMBRA,
        "body": "",
        "attachments": [
            (
                "rtf",
                "zadost_RJP.rtf",
                [
                    "Rádio Jizera Plus s.r.o., Nádražní 220, 294 01 Bakov nad Jizerou",
                    [
                        ["IČO", I37],
                        ["Přístup k XML výsledkům", "ano"],
                        ["Natáčení na pracovišti ČSÚ", "ano (zvukový záznam)"],
                        ["Produkční IP", "203.0.113.240"],
                        ["Testovací IP", "203.0.113.241"],
                        ["Kontaktní osoba", "HANUŠOVÁ Zuzana"],
                        ["Telefon / e-mail", "605 447 810 / hanusova@jizeraplus.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "bj038-databox-ipv6-annotation-txt-contact",
        "description": "data message: the annotation lists two IPv6 production addresses and "
        "says there is no test address; the TXT gives the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Datalab Novinky, z.ú.",
            I38,
            "dn3lb9e",
            ["2001:db8:5a1::1", "2001:db8:5a1::2"],
            [],
            "Ondřej Šimek",
            "simek@datalabnovinky.example",
            "+420721836045",
        ),
        "databox": box("dn3lb9e", "Datalab Novinky, z.ú.", "Křižíkova 45, 186 00 Praha 8"),
        "subject": "Přístup k XML výsledkům voleb: produkční IPv6 2001:db8:5a1::1 a "
        "2001:db8:5a1::2, testovací adresu nemáme",
        "attachments": [
            (
                "txt",
                "kontakt.txt",
                "Datalab Novinky, z.ú., IČO " + I38 + "\n"
                "kontaktní osoba: Ondřej Šimek\nsimek@datalabnovinky.example\n+420 721 836 045\n",
            )
        ],
    },
    {
        "id": "bj039-reply-drops-and-adds-address-odt",
        "description": "reply quoting the office's confirmation of three addresses: one is "
        "cancelled, one added; the attached ODT has the new list",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Berounský průvodce s.r.o.",
            I39,
            None,
            ["198.18.2.8", "198.18.2.10", "198.18.2.12"],
            ["198.18.2.20"],
            "Michaela Zelenková",
            "zelenkova@berounskypruvodce.example",
            "+420734280617",
        ),
        "from": "Michaela Zelenková <zelenkova@berounskypruvodce.example>",
        "subject": "Re: Potvrzení přijetí žádosti",
        "headers": APPLE,
        "body": "Dobrý den,\n\nještě změna: adresu 198.18.2.9 jsme zrušili, místo ní "
        "přidáváme 198.18.2.12. Aktuální seznam je v příloze.\n\nMichaela Zelenková\n"
        "734 280 617\n\n"
        "> Dne 11. 9. 2025 podatelna ČSÚ napsal(a):\n"
        "> potvrzujeme přijetí Vaší žádosti. Evidujeme produkční adresy 198.18.2.8,\n"
        "> 198.18.2.9, 198.18.2.10 a testovací 198.18.2.20.\n",
        "attachments": [
            (
                "odt",
                "adresy_aktualni.odt",
                [
                    "Berounský průvodce s.r.o., IČO " + I39,
                    [
                        ["produkční", "198.18.2.8"],
                        ["produkční", "198.18.2.10"],
                        ["produkční", "198.18.2.12"],
                        ["testovací", "198.18.2.20"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "bj040-template-docx-range-surname-first",
        "description": "the office's template filled in: row headers, [x]/[ ] marks, a test "
        "range written with a dash on the last octet and the contact surname first in capitals",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Znojemský zpravodaj, s.r.o.",
            I40,
            None,
            ["198.51.100.190"],
            ["198.51.100.200", "198.51.100.201", "198.51.100.202"],
            "Lenka Štěpánková",
            "stepankova@znojemskyzpravodaj.example",
            "+420608917253",
        ),
        "from": "Lenka Štěpánková <stepankova@znojemskyzpravodaj.example>",
        "subject": "vyplněný formulář - přístup k výsledkům voleb",
        "headers": OWA,
        "body": "Dobrý den, vyplněný formulář přikládám.\n\nL. Štěpánková\n",
        "attachments": [
            (
                "docx",
                "formular_vyplneny.docx",
                {
                    "header": "Formulář žádosti média",
                    "footer": "verze formuláře 2025/1",
                    "blocks": [
                        {
                            "rows": [
                                ["Název žadatele", "Znojemský zpravodaj, s.r.o."],
                                ["IČO", I40],
                                ["Předmět žádosti", "[x] XML výsledky   [ ] natáčení"],
                                ["Produkční IP (max. 5)", "198.51.100.190"],
                                ["Testovací IP (max. 5)", "198.51.100.200-202"],
                                ["Kontaktní osoba", "ŠTĚPÁNKOVÁ Lenka"],
                                ["E-mail", "stepankova@znojemskyzpravodaj.example"],
                                ["Telefon", "608917253"],
                            ]
                        }
                    ],
                },
            )
        ],
    },
    {
        "id": "bj041-databox-superseded-first-file",
        "description": "data message with two files; the annotation says the second replaces "
        "the first, which has an extra production address and a different test one",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Teplické listy, a.s.",
            I41,
            "tl6st2k",
            ["192.0.2.170", "192.0.2.171"],
            ["192.0.2.179"],
            "Roman Kučera",
            "kucera@teplickelisty.example",
            "+420733619402",
        ),
        "databox": box("tl6st2k", "Teplické listy, a.s.", "Dubská 8, 415 01 Teplice"),
        "subject": "Žádost o přístup k výsledkům voleb; platí soubor zadost_v2, verze 1 je chybná",
        "attachments": [
            (
                "pdf",
                "zadost_v1.pdf",
                [
                    "Teplické listy, a.s., IČO " + I41,
                    "Produkce: 192.0.2.170, 192.0.2.171, 192.0.2.172\nTest: 192.0.2.178",
                    "Kontakt: Roman Kučera, kucera@teplickelisty.example, 733 619 402",
                ],
            ),
            (
                "docx",
                "zadost_v2.docx",
                {
                    "header": "Teplické listy, a.s. | IČO " + I41,
                    "blocks": [
                        "Žádost o přístup k serveru s výsledky voleb (opravená verze)",
                        {
                            "rows": [
                                ["Produkce", "192.0.2.170\n192.0.2.171"],
                                ["Test", "192.0.2.179"],
                                [
                                    "Kontakt",
                                    "Roman Kučera, kucera@teplickelisty.example, 733 619 402",
                                ],
                            ]
                        },
                    ],
                },
            ),
        ],
    },
    {
        "id": "bj042-freelancer-no-ico-filming-pdf",
        "description": "a freelance documentary maker without an IČO asks only to film; the "
        "PDF names her as applicant and a sound engineer who is not the contact",
        "style": Style.COVER,
        "labels": L(
            [FILM],
            "Kristýna Malá",
            None,
            None,
            [],
            [],
            "Kristýna Malá",
            "kristyna.mala@postak.example",
            "+420739016254",
        ),
        "from": "Kristýna Malá <kristyna.mala@postak.example>",
        "subject": "prosba o povolení natáčení",
        "headers": IPHONE,
        "body": "Dobrý den,\n\nposílám žádost o povolení natáčet, je v PDF.\n\nDěkuji\n"
        "Kristýna Malá\n",
        "attachments": [
            (
                "pdf",
                "zadost_natáčení.pdf",
                [
                    "Žádost o povolení natáčení",
                    "Jsem nezávislá dokumentaristka a připravuji studentský film o volební "
                    "noci. Žádám o povolení natáčet na ústředí ČSÚ (2 osoby: já a zvukař "
                    "Matěj Král). Výsledky ve formátu XML nepotřebuji.",
                    "Kristýna Malá\nkristyna.mala@postak.example\n739 016 254",
                ],
            )
        ],
    },
]
