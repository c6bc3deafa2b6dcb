"""Fifty-fifth held-out part ``cq``, cases cq029–cq042: an empty mail with an IPv6 DOCX, a
photographer's data message, a workbook with struck-out old addresses, a flowed cover with an
ODT letter, an annotation that changes the contact, an HTML reply with a netmask, a data
message with two files, a Slovak base64 DOCX, a TXT ANO/NE form, a windows-1250 forward of an
.eml with a PDF, a blogger's nested-table DOCX, an annotation asking for filming with an RTF
crew list, a PDF letterhead with only a DIČ and a superseded PDF. Written by hand apart from
the extraction rules (see make_fiftyfifth_cq); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyfifth_cq_common import (
    APPLE,
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    K9,
    MAC_OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I30, I31, I32, I33 = (
    ico("2864017"),
    ico("0732915"),
    ico("2598340"),
    ico("0418263"),
    ico("2953176"),
)
I34, I35, I36, I37, I38 = (
    ico("0620549"),
    ico("2711862"),
    ico("3605184"),
    ico("0847301"),
    ico("2639558"),
)
I40, I41, I42 = ico("0190674"), ico("2685413"), ico("0573829")

CASES: list[dict[str, Any]] = [
    {
        "id": "cq029-empty-mail-docx-ipv6-header-footer",
        "description": "no text at all; DOCX with page header and footer, IPv6 production "
        "addresses written in full and compressed, an IPv4 test address",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Pražský kurýr digital, s.r.o.",
            I29,
            None,
            ["2001:db8:100::5", "2001:db8:100::6"],
            ["192.0.2.250"],
            "Klára Benešová",
            "benesova@prazskykuryr.example",
            "+420722908316",
        ),
        "from": "Klára Benešová <benesova@prazskykuryr.example>",
        "subject": "Přístup k výsledkům voleb",
        "headers": APPLE,
        "body": "",
        "attachments": [
            (
                "docx",
                "PKD_XML_zadost.docx",
                {
                    "header": "PRAŽSKÝ KURÝR digital, s.r.o. | Vinohradská 1511/230, 100 00 "
                    "Praha 10",
                    "footer": "IČO " + I29 + " | zapsáno v OR u Městského soudu v Praze",
                    "blocks": [
                        "Žádost o přístup k průběžným výsledkům voleb (XML)",
                        "Produkční servery (IPv6): 2001:0db8:0100:0000:0000:0000:0000:0005 a "
                        "2001:db8:100::6",
                        "Testovací server: 192.0.2.250",
                        "Kontaktní osoba: Klára Benešová, vývoj, benesova@prazskykuryr.example, "
                        "+420 722 908 316",
                    ],
                },
            )
        ],
    },
    {
        "id": "cq030-databox-photographer-pdf-filming",
        "description": "data message from a photographer's own box (type 40) with a bare "
        "annotation; the PDF asks only for photographing and names her agency as a client, "
        "not the applicant",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Ivana Chalupová",
            I30,
            "ch4lp7u",
            [],
            [],
            "Ivana Chalupová",
            "chalupova@foto-ch.example",
            "+420777624081",
        ),
        "databox": box("ch4lp7u", "Ivana Chalupová", "Sokolská 7, 602 00 Brno", kind=40),
        "subject": "Žádost o povolení",
        "attachments": [
            (
                "pdf",
                "povoleni_fotografovani.pdf",
                [
                    "Ivana Chalupová, fotografka, IČO " + I30,
                    "Žádám o povolení fotografovat na pracovišti ČSÚ v Brně v průběhu "
                    "zpracování výsledků voleb. Snímky budu dodávat agentuře Fotobanka "
                    "Morava s.r.o.",
                    "Kontakt: chalupova@foto-ch.example, 777 624 081",
                    "Ivana Chalupová",
                ],
            )
        ],
    },
    {
        "id": "cq031-cover-xlsx-old-addresses-marked",
        "description": "the workbook keeps last election's addresses marked 'původní – "
        "nepoužívat' next to the new ones; only the new ones count",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Teplický deník s.r.o.",
            I31,
            None,
            ["198.51.100.214", "198.51.100.215"],
            ["198.51.100.219"],
            "Roman Štícha",
            "sticha@teplickydenik.example",
            "+420417560293",
        ),
        "from": "Roman Štícha <sticha@teplickydenik.example>",
        "subject": "Teplický deník – aktualizace adres pro XML",
        "headers": TBIRD,
        "body": "Dobrý den,\n\npřikládám tabulku s adresami. Staré adresy jsem tam nechal pro "
        "přehled, jsou označené.\n\nRoman Štícha\nTeplický deník s.r.o.\ntel. 417 560 293\n",
        "attachments": [
            (
                "xlsx",
                "TD_adresy.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["IP", "Typ", "Stav"],
                            ["198.51.100.14", "produkce", "původní – nepoužívat"],
                            ["198.51.100.214", "produkce", "nová"],
                            ["198.51.100.215", "produkce", "nová"],
                            ["198.51.100.19", "test", "původní – nepoužívat"],
                            ["198.51.100.219", "test", "nová"],
                        ],
                    },
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Teplický deník s.r.o.", I31],
                            ["Kontakt", "Štícha Roman, sticha@teplickydenik.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cq032-flowed-cover-odt-letterhead-both",
        "description": "format=flowed cover from the director; the ODT letter asks for both, "
        "names a separate contact and puts the test address in a sentence after the table",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Regionální televize Vysočina, z.ú.",
            I32,
            None,
            ["192.0.2.77", "192.0.2.78"],
            ["192.0.2.79"],
            "Hedvika Zelenková",
            "zelenkova@rtvv.example",
            "+420567118305",
        ),
        "from": "Jaroslav Mareš <mares@rtvv.example>",
        "subject": "Žádost RTV Vysočina",
        "headers": SEZNAM,
        "flowed": True,
        "body": "Dobrý den, \nzasílám žádost naší televize o přístup k výsledkům a o "
        "povolení natáčení. Technické věci vyřizuje kolegyně Zelenková. \n\nJaroslav Mareš \n"
        "ředitel \n",
        "attachments": [
            (
                "odt",
                "zadost_RTVV.odt",
                [
                    "Regionální televize Vysočina, z.ú. | Havlíčkova 111, 586 01 Jihlava | "
                    "IČO " + I32,
                    "Žádáme o přístup k výsledkům voleb v XML a o povolení natáčet na "
                    "pracovišti ČSÚ v Jihlavě.",
                    [["Produkční IP"], ["192.0.2.77"], ["192.0.2.78"]],
                    "Pro testování prosíme o povolení adresy 192.0.2.79.",
                    "Kontaktní osoba: Hedvika Zelenková, zelenkova@rtvv.example, 567 118 305",
                    "Jaroslav Mareš, ředitel",
                ],
            )
        ],
    },
    {
        "id": "cq033-databox-annotation-changes-odt-contact",
        "description": "data message whose annotation says the contact in the attached ODT "
        "has changed and gives the new one",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Znojemské listy, a.s.",
            I33,
            "zn8lq3v",
            ["203.0.113.55"],
            ["203.0.113.56"],
            "Petra Kučerová",
            "kucerova@znojemskelisty.example",
            "+420515227609",
        ),
        "databox": box("zn8lq3v", "Znojemské listy, a.s.", "Obroková 10, 669 02 Znojmo"),
        "subject": "Žádost o XML výsledky. Oprava přílohy: kontaktní osobou je nově Petra "
        "Kučerová, kucerova@znojemskelisty.example, tel. 515 227 609",
        "attachments": [
            (
                "odt",
                "zadost_ZL.odt",
                [
                    "Znojemské listy, a.s., IČO " + I33,
                    "Žádost o přístup k průběžným výsledkům voleb (XML)",
                    [["produkce", "203.0.113.55"], ["test", "203.0.113.56"]],
                    "Kontaktní osoba: Tomáš Novotný, novotny@znojemskelisty.example, 515 227 600",
                ],
            )
        ],
    },
    {
        "id": "cq034-reply-html-netmask-docx",
        "description": "text/html reply with the quoted request of the office; the addresses "
        "are given as a network with a /30 netmask in the attached DOCX",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Valašský obzor s.r.o.",
            I34,
            None,
            ["198.51.100.128", "198.51.100.129", "198.51.100.130", "198.51.100.131"],
            ["198.51.100.140"],
            "Marek Zbranek",
            "zbranek@valasskyobzor.example",
            "+420571664218",
        ),
        "from": "Marek Zbranek <zbranek@valasskyobzor.example>",
        "subject": "RE: Žádost o přístup – chybějící údaje",
        "headers": OWA,
        "html": "<div>Dobrý den,</div><div>doplněná žádost je v příloze, adresy jsou tam "
        "jako síť s maskou.</div><div>Marek Zbranek<br>Valašský obzor s.r.o.<br>"
        "tel. 571 664 218</div><hr><div><b>Od:</b> Podatelna ČSÚ<br><b>Předmět:</b> Žádost "
        "o přístup – chybějící údaje</div><blockquote>Dobrý den, v žádosti chybí IP adresy. "
        "Český statistický úřad</blockquote>",
        "attachments": [
            (
                "docx",
                "VO_zadost_doplnena.docx",
                {
                    "header": "Valašský obzor s.r.o., IČO " + I34,
                    "footer": "Palackého 88, 757 01 Valašské Meziříčí",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb (XML) – doplnění",
                        {
                            "rows": [
                                ["Produkce", "198.51.100.128 / 255.255.255.252"],
                                ["Test", "198.51.100.140"],
                                ["Kontakt", "Marek Zbranek, zbranek@valasskyobzor.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "cq035-databox-pdf-cover-and-xlsx-addresses",
        "description": "data message with two files: a PDF cover letter with both requests "
        "and the contact, a workbook with the addresses under a merged heading",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Hradecké zprávy, s.r.o.",
            I35,
            "hz2wp9m",
            ["192.0.2.130", "192.0.2.131", "192.0.2.132"],
            ["192.0.2.139"],
            "Eliška Horáková",
            "horakova@hradeckezpravy.example",
            "+420495660741",
        ),
        "databox": box(
            "hz2wp9m", "Hradecké zprávy, s.r.o.", "Gočárova třída 1620, 500 02 Hradec Králové"
        ),
        "subject": "Hradecké zprávy - žádost (volby 2025)",
        "attachments": [
            (
                "pdf",
                "pruvodni_dopis_HZ.pdf",
                [
                    "Hradecké zprávy, s.r.o., IČO " + I35,
                    "Žádáme o přístup k XML s výsledky voleb (adresy v přiložené tabulce) a o "
                    "povolení natáčet na pracovišti ČSÚ v Hradci Králové.",
                    "Kontaktní osoba: Eliška Horáková, horakova@hradeckezpravy.example, "
                    "495 660 741",
                    "Mgr. Tomáš Šrámek, jednatel",
                ],
            ),
            (
                "xlsx",
                "adresy_HZ.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Produkční adresy", None, None],
                            ["192.0.2.130", "192.0.2.131", "192.0.2.132"],
                            ["Testovací adresa", None, None],
                            ["192.0.2.139", None, None],
                        ],
                        "merge": ["A1:C1", "A3:C3"],
                    }
                ],
            ),
        ],
    },
    {
        "id": "cq036-foreign-slovak-base64-docx",
        "description": "base64 Slovak cover; the DOCX in Slovak gives the IČO, a Slovak mobile "
        "and production addresses only ('testovať budeme z produkcie')",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Rádio Záhorie, s. r. o.",
            I36,
            None,
            ["198.18.90.10", "198.18.90.11"],
            [],
            "Miroslava Hudecová",
            "hudecova@radiozahorie.example",
            "+421905318447",
        ),
        "from": "Miroslava Hudecová <hudecova@radiozahorie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": ZIMBRA,
        "cte": "base64",
        "body": "Dobrý deň,\n\nv prílohe posielam žiadosť nášho rádia o prístup k výsledkom "
        "volieb v ČR.\n\nS pozdravom\nMiroslava Hudecová\n",
        "attachments": [
            (
                "docx",
                "ziadost_RZ.docx",
                {
                    "header": "Rádio Záhorie, s. r. o. | Námestie slobody 5, 901 01 Malacky",
                    "footer": "IČO: " + I36,
                    "blocks": [
                        "Žiadame o prístup k priebežným výsledkom volieb vo formáte XML.",
                        "IP adresy: 198.18.90.10, 198.18.90.11 (testovať budeme z produkcie).",
                        "Kontaktná osoba: Miroslava Hudecová, hudecova@radiozahorie.example, "
                        "+421 905 318 447",
                    ],
                },
            )
        ],
    },
    {
        "id": "cq037-txt-ano-ne-columns-ipv6-test",
        "description": "a plain-text form in a TXT with ANO/NE columns (both ANO), an IPv6 "
        "test address, the contact surname first in capitals",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Novinky z Podblanicka, spol. s r.o.",
            I37,
            None,
            ["203.0.113.7"],
            ["2001:db8:fe::7"],
            "Richard Vávra",
            "vavra@podblanicko.example",
            "+420317702245",
        ),
        "from": "Richard Vávra <vavra@podblanicko.example>",
        "subject": "formulář",
        "headers": K9,
        "body": "Dobrý den, formulář posílám jako text, Word nemám po ruce. Vávra\n",
        "attachments": [
            (
                "txt",
                "formular.txt",
                "ŽÁDOST MÉDIA\n"
                "Žadatel ......... Novinky z Podblanicka, spol. s r.o.\n"
                "IČO ............. " + I37 + "\n\n"
                "                                        ANO   NE\n"
                "přístup k výsledkům (XML)                X\n"
                "natáčení na pracovišti ČSÚ (Benešov)     X\n\n"
                "Produkční IP .... 203.0.113.7\n"
                "Testovací IP .... 2001:db8:fe::7\n"
                "Kontakt ......... VÁVRA Richard, vavra@podblanicko.example, 317 702 245\n",
            )
        ],
    },
    {
        "id": "cq038-forward-windows1250-eml-with-pdf-filming",
        "description": "windows-1250 forward of an attached .eml that itself carries the PDF "
        "asking only for filming; the forwarder is not the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FILM],
            "Chrudimský týdeník s.r.o.",
            I38,
            None,
            [],
            [],
            "Vojtěch Kyncl",
            "kyncl@chrudimskytydenik.example",
            "+420469330518",
        ),
        "from": "Eva Hronková <hronkova@chrudimskytydenik.example>",
        "subject": "Fwd: Žádost o natáčení",
        "headers": CENTRUM,
        "charset": "windows-1250",
        "body": "Dobrý den,\npřeposílám žádost kolegy Kyncla, který je teď mimo kancelář.\n"
        "Eva Hronková\n",
        "attachments": [
            (
                "eml",
                "Zadost o nataceni.eml",
                {
                    "id": "cq038-inner",
                    "from": "Vojtěch Kyncl <kyncl@chrudimskytydenik.example>",
                    "to": "hronkova@chrudimskytydenik.example",
                    "subject": "Žádost o natáčení",
                    "body": "Evo, pošli prosím na ČSÚ. Díky, V.\n",
                    "attachments": [
                        (
                            "pdf",
                            "zadost_nataceni_CT.pdf",
                            [
                                "Chrudimský týdeník s.r.o., Resselovo nám. 77, 537 01 Chrudim, "
                                "IČO " + I38,
                                "Žádáme o povolení natáčet na pracovišti ČSÚ v Pardubicích "
                                "během volební noci. Výsledky v XML nepotřebujeme, bereme je "
                                "z webu.",
                                "Kontakt: Vojtěch Kyncl, kyncl@chrudimskytydenik.example, "
                                "469 330 518",
                            ],
                        )
                    ],
                },
            )
        ],
    },
    {
        "id": "cq039-blogger-docx-nested-table-no-ico",
        "description": "a data journalist without an IČO describes his work after a dash; the "
        "DOCX puts the addresses in a table nested in a cell; his own name is labelled",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Vojtěch Rybář",
            None,
            None,
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Vojtěch Rybář",
            "rybar@volebnidata.example",
            "+420720551836",
        ),
        "from": "Vojtěch Rybář <rybar@volebnidata.example>",
        "subject": "žádost o XML",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\nposílám žádost, jsem fyzická osoba bez IČO.\nV. Rybář\n",
        "attachments": [
            (
                "docx",
                "zadost_Rybar.docx",
                {
                    "blocks": [
                        "Vojtěch Rybář – nezávislý datový novinář (volebnidata.example)",
                        "Žádám o přístup k průběžným výsledkům voleb ve formátu XML.",
                        {
                            "rows": [
                                ["Adresy", ""],
                                ["Kontakt", "rybar@volebnidata.example, 720 551 836"],
                            ],
                            "nested": {
                                (0, 1): {
                                    "rows": [["produkce", "192.0.2.33"], ["test", "192.0.2.34"]]
                                }
                            },
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "cq040-databox-annotation-filming-rtf-crew",
        "description": "data message whose annotation asks for filming; the RTF lists the "
        "crew and the contact among them, and says the XML is handled by the parent TV",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Studio Moravská brána s.r.o.",
            I40,
            "mb6sx2k",
            [],
            [],
            "Jakub Pazdera",
            "pazdera@studiomb.example",
            "+420581609733",
        ),
        "databox": box(
            "mb6sx2k", "Studio Moravská brána s.r.o.", "Komenského 45, 751 31 Lipník nad Bečvou"
        ),
        "subject": "Žádost o povolení natáčet na pracovišti ČSÚ Olomouc - volby",
        "attachments": [
            (
                "rtf",
                "stab_MB.rtf",
                [
                    "Studio Moravská brána s.r.o., IČO " + I40,
                    "Přístup k XML výsledkům pro nás vyřizuje vysílající televize, nežádáme o něj.",
                    [
                        ["Funkce", "Jméno", "Kontakt"],
                        ["kameraman", "Jan Vrba", "602 331 408"],
                        ["zvukař", "Stanislav Kolář", "733 500 917"],
                        [
                            "produkční, kontaktní osoba",
                            "Jakub Pazdera",
                            "581 609 733, pazdera@studiomb.example",
                        ],
                    ],
                ],
            )
        ],
    },
    {
        "id": "cq041-pdf-letterhead-dic-only-both",
        "description": "the PDF letterhead gives only the DIČ (CZ + 8 digits), from which the "
        "IČO is read; both requests; a switchboard and a direct line for the contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Ústecký zpravodajský server, a.s.",
            I41,
            None,
            ["198.18.200.1", "198.18.200.2"],
            ["198.18.201.1"],
            "Lubomír Hejda",
            "hejda@uzs.example",
            "+420472335619",
        ),
        "from": "Lubomír Hejda <hejda@uzs.example>",
        "subject": "Žádost ÚZS",
        "headers": EVOLUTION,
        "body": "Dobrý den, přikládám žádost.\nL. Hejda\n",
        "attachments": [
            (
                "pdf",
                "zadost_UZS.pdf",
                [
                    "Ústecký zpravodajský server, a.s. · Hrnčířská 6, 400 01 Ústí nad Labem · "
                    "DIČ CZ" + I41,
                    "Žádáme o přístup k XML s výsledky voleb (produkce 198.18.200.1, "
                    "198.18.200.2; test 198.18.201.1) a o povolení natáčet na pracovišti ČSÚ "
                    "v Ústí nad Labem.",
                    "Kontakt: Lubomír Hejda, ústředna 472 335 600, přímá linka 472 335 619, "
                    "hejda@uzs.example",
                ],
            )
        ],
    },
    {
        "id": "cq042-cover-superseded-pdf-v1-v2",
        "description": "two PDFs attached, the cover says the first is outdated and only v2 "
        "applies (different production address and test address)",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Kutnohorský hlas, s.r.o.",
            I42,
            None,
            ["203.0.113.95"],
            ["203.0.113.97"],
            "Ludmila Vašáková",
            "vasakova@kutnohorskyhlas.example",
            "+420327512804",
        ),
        "from": "Ludmila Vašáková <vasakova@kutnohorskyhlas.example>",
        "subject": "Žádost o XML - platí verze 2",
        "headers": OWA,
        "body": "Dobrý den,\n\nomylem jsem přiložila i původní verzi žádosti. Platí jen "
        "zadost_v2.pdf, v1 prosím ignorujte (změnil se nám server).\n\nLudmila Vašáková\n",
        "attachments": [
            (
                "pdf",
                "zadost_v1.pdf",
                [
                    "Kutnohorský hlas, s.r.o., IČO " + I42,
                    "Produkční IP: 203.0.113.90\nTestovací IP: 203.0.113.91",
                    "Kontakt: Ludmila Vašáková, vasakova@kutnohorskyhlas.example, 327 512 804",
                ],
            ),
            (
                "pdf",
                "zadost_v2.pdf",
                [
                    "Kutnohorský hlas, s.r.o., IČO " + I42,
                    "Žádost o přístup k výsledkům voleb (XML) – verze 2",
                    "Produkční IP: 203.0.113.95\nTestovací IP: 203.0.113.97",
                    "Kontakt: Ludmila Vašáková, vasakova@kutnohorskyhlas.example, 327 512 804",
                ],
            ),
        ],
    },
]
