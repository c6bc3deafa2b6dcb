"""Forty-seventh held-out part ``bp``, cases bp029–bp042: a data message with a bilingual
workbook whose contact is on the second sheet, a flowed cover correcting a CIDR block of the
DOCX, a base64 English application without an IČO, a PDF filming form with the feed unticked,
a data message with an ODT ANO/NE form, a reply supplying the IČO with the workbook, an empty
mail with an RTF letter, a cover note replacing the contact of the DOCX, an association's data
message with IPv6 in the annotation, a freelancer without an IČO, a workbook with a range and a
netmask, a data message whose annotation fixes the phone of the PDF, a forwarded .eml with IČO
and box ID in its signature and an HTML cover for an ODT letter. Written by hand apart from the
extraction rules (see make_fortyseventh_bp); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyseventh_bp_common import (
    APPLE,
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I30, I32, I33, I34 = (
    ico("2864097"),
    ico("0518364"),
    ico("2697501"),
    ico("0432719"),
    ico("2781645"),
)
I35, I36, I37, I39, I40 = (
    ico("0659283"),
    ico("2913476"),
    ico("2260418"),
    ico("0372956"),
    ico("2649813"),
)
I41, I42 = ico("0815372"), ico("6029417")

CASES: list[dict[str, Any]] = [
    {
        "id": "bp029-databox-bilingual-workbook-contact-sheet",
        "description": "data message with a bare annotation; the workbook's first sheet is a "
        "bilingual form (Název / Name, IČO (ID No.)), the contact is on the second sheet",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Moravian Data Journalism, z.ú.",
            I29,
            "d4mj8rc",
            ["198.51.100.80", "198.51.100.81"],
            ["198.51.100.88"],
            "Klára Hudečková",
            "hudeckova@mdj.example",
            "+420605731942",
        ),
        "databox": box("d4mj8rc", "Moravian Data Journalism, z.ú.", "Cejl 62, 602 00 Brno"),
        "subject": "Žádost / Application",
        "attachments": [
            (
                "xlsx",
                "MDJ_application.xlsx",
                [
                    {
                        "title": "Form",
                        "rows": [
                            ["Žádost o přístup k výsledkům / Application for results access", None],
                            ["Název / Name", "Moravian Data Journalism, z.ú."],
                            ["IČO (ID No.)", I29],
                            ["Přístup k XML / XML feed", "ANO / YES"],
                            ["Natáčení / Filming", "NE / NO"],
                            ["Produkční IP / Production IP", "198.51.100.80, 198.51.100.81"],
                            ["Testovací IP / Test IP", "198.51.100.88"],
                            ["Kontakt / Contact", "viz list Contact / see sheet Contact"],
                        ],
                        "merge": ["A1:B1"],
                    },
                    {
                        "title": "Contact",
                        "rows": [
                            ["Jméno / Name", "Klára Hudečková"],
                            ["E-mail", "hudeckova@mdj.example"],
                            ["Telefon / Phone", "605731942"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bp030-flowed-cover-fixes-cidr-of-docx",
        "description": "format=flowed cover: the DOCX gives a /29 by mistake, the cover says it "
        "is a /30 (four addresses); test address as in the DOCX",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Podještědský večerník s.r.o.",
            I30,
            None,
            ["203.0.113.128", "203.0.113.129", "203.0.113.130", "203.0.113.131"],
            ["203.0.113.140"],
            "Vít Rambousek",
            "rambousek@vecernik-pj.example",
            "+420482330615",
        ),
        "from": "Vít Rambousek <rambousek@vecernik-pj.example>",
        "subject": "žádost o přístup k volebnímu serveru",
        "headers": TBIRD,
        "flowed": True,
        "body": "Dobrý den, \nposílám žádost Podještědského večerníku. V tabulce jsem u "
        "produkčního rozsahu omylem napsal 203.0.113.128/29, ve skutečnosti máme jen /30, "
        "tedy 203.0.113.128/30. \nTestovací adresa sedí.\n\nVít Rambousek\n"
        "482 330 615\n",
        "attachments": [
            (
                "docx",
                "vecernik_zadost.docx",
                {
                    "header": "Podještědský večerník s.r.o. · IČO " + I30,
                    "footer": "Nádražní 45, 463 31 Chrastava",
                    "blocks": [
                        "Žádost o zpřístupnění výsledků voleb (XML)",
                        {
                            "rows": [
                                ["Produkční rozsah", "203.0.113.128/29"],
                                ["Testovací adresa", "203.0.113.140"],
                                ["Kontakt", "Vít Rambousek, rambousek@vecernik-pj.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "bp031-base64-english-no-ico-ipv6",
        "description": "base64 English cover of a foreign newspaper without an IČO (the form's "
        "ID No. field says n/a); IPv6 production, filming also requested, UK phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Danube Ledger Ltd",
            None,
            None,
            ["2001:db8:d1::20", "2001:db8:d1::21"],
            ["2001:db8:d1::99"],
            "Harriet Lowe",
            "h.lowe@danubeledger.example",
            "+447700900431",
        ),
        "from": "Harriet Lowe <h.lowe@danubeledger.example>",
        "subject": "Application: election results feed and filming permit",
        "headers": APPLE,
        "cte": "base64",
        "body": "Dear Sir or Madam,\n\nplease find attached our application for access to the "
        "election results server and for permission to film at your Prague collection point "
        "on election night.\n\nKind regards,\nHarriet Lowe\nCentral Europe correspondent\n",
        "attachments": [
            (
                "docx",
                "DanubeLedger_application.docx",
                {
                    "header": "Danube Ledger Ltd · 14 Wharf Lane · London SE1 9ZZ",
                    "footer": "Registered in England and Wales",
                    "blocks": [
                        {
                            "rows": [
                                ["Název / Name", "Danube Ledger Ltd"],
                                ["IČO (ID No.)", "n/a (UK company)"],
                                ["Žádost / Request", "[x] XML feed   [x] filming"],
                                [
                                    "Produkční IP / Production IP",
                                    "2001:db8:d1::20\n2001:db8:d1::21",
                                ],
                                ["Testovací IP / Test IP", "2001:db8:d1::99"],
                                ["Kontakt / Contact", "Harriet Lowe"],
                                ["E-mail", "h.lowe@danubeledger.example"],
                                ["Telefon / Phone", "+44 7700 900431"],
                            ]
                        },
                        "Film crew: Tom Ashby (camera)",
                    ],
                },
            )
        ],
    },
    {
        "id": "bp032-pdf-form-feed-unticked-crew",
        "description": "a PDF form with the feed unticked and filming ticked; the crew are listed, "
        "the contact is the producer; filming only",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Filmové studio Horizont s.r.o.",
            I32,
            None,
            [],
            [],
            "Nela Staňková",
            "stankova@fshorizont.example",
            "+420776238150",
        ),
        "from": "Nela Staňková <stankova@fshorizont.example>",
        "subject": "Povolení natáčení - volební noc",
        "headers": ZIMBRA,
        "body": "Dobrý den,\nv příloze žádost o povolení natáčet pro dokument o volbách.\n\n"
        "Nela Staňková, produkce\n",
        "attachments": [
            (
                "pdf",
                "zadost_natáčení.pdf",
                [
                    "Filmové studio Horizont s.r.o., Dělnická 12, 170 00 Praha 7, IČO " + I32,
                    "☐ přístup k výsledkům voleb v XML\n☒ povolení natáčet na pracovištích ČSÚ",
                    {
                        "rows": [
                            [
                                "Štáb",
                                "Jakub Líbal (režie), Marek Čapek (kamera), Dana Vlková (zvuk)",
                            ],
                            [
                                "Kontakt – produkce",
                                "Nela Staňková, stankova@fshorizont.example, 776 238 150",
                            ],
                        ],
                        "widths": [110, 280],
                    },
                ],
            )
        ],
    },
    {
        "id": "bp033-databox-odt-ano-ne-form",
        "description": "data message with a bare annotation and an ODT ANO/NE form, both "
        "requests ANO; the contact written surname first in capitals",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Rádio Orlice, spol. s r.o.",
            I33,
            "o2rl5nz",
            ["192.0.2.171", "192.0.2.172"],
            ["192.0.2.179"],
            "Hynek Bartoš",
            "bartos@radioorlice.example",
            "+420494112357",
        ),
        "databox": box("o2rl5nz", "Rádio Orlice, spol. s r.o.", "Panská 21, 517 41 Kostelec"),
        "subject": "Formulář – volby",
        "attachments": [
            (
                "odt",
                "formular_RO.odt",
                [
                    "Rádio Orlice, spol. s r.o. – IČO " + I33,
                    [
                        ["", "ANO", "NE"],
                        ["zpřístupnění výsledků (XML)", "✓", ""],
                        ["natáčení / fotografování", "✓", ""],
                    ],
                    [
                        ["produkce", "192.0.2.171\n192.0.2.172"],
                        ["test", "192.0.2.179"],
                        ["kontaktní osoba", "BARTOŠ Hynek"],
                        ["e-mail / telefon", "bartos@radioorlice.example / 494 112 357"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "bp034-reply-supplies-ico-with-workbook",
        "description": "a reply quoting the office's request for the IČO: the reply gives it, "
        "the re-attached workbook has the rest; two people in the signature",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Žďárský deník s.r.o.",
            I34,
            None,
            ["198.18.70.3", "198.18.70.4"],
            ["198.18.70.9"],
            "Roman Pešek",
            "pesek@zdarskydenik.example",
            "+420566301488",
        ),
        "from": "Roman Pešek <pesek@zdarskydenik.example>",
        "subject": "Re: Žádost o přístup k výsledkům - chybí IČO",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nomlouvám se, IČO je " + I34[:3] + " " + I34[3:] + ". Tabulku "
        "přikládám znovu.\n\nRoman Pešek, IT\nŽďárský deník s.r.o.\n566 301 488\n\n"
        "-----Original Message-----\nFrom: podatelna@czso.cz\nSent: 5. 9. 2025 9:40\n"
        "Subject: Žádost o přístup k výsledkům - chybí IČO\n\nDobrý den, v žádosti prosím "
        "doplňte IČO žadatele.\nS pozdravem\npodatelna ČSÚ, tel. +420 274 052 733\n",
        "attachments": [
            (
                "xlsx",
                "ZD_volby.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Žadatel", "Žďárský deník s.r.o."],
                            ["IČO", ""],
                            ["produkční IP", "198.18.70.3"],
                            ["produkční IP", "198.18.70.4"],
                            ["testovací IP", "198.18.70.9"],
                            ["kontakt", "Pešek Roman, pesek@zdarskydenik.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "bp035-empty-mail-rtf-letterhead-role-table",
        "description": "no text; the RTF letter has a letterhead, a role/IP table with a "
        "backup server (production) and the signatory as the only person named",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Vltavínský kurýr, s.r.o.",
            I35,
            None,
            ["203.0.113.21", "203.0.113.22"],
            ["203.0.113.29"],
            "Zuzana Plachá",
            "placha@vltavinskykuryr.example",
            "+420380612447",
        ),
        "from": "Zuzana Placha <placha@vltavinskykuryr.example>",
        "subject": "zadost volby",
        "headers": K9,
        "body": "",
        "attachments": [
            (
                "rtf",
                "VK_zadost.rtf",
                [
                    "VLTAVÍNSKÝ KURÝR, s.r.o.\nRybní 7, 381 01 Český Krumlov\nIČO " + I35,
                    "Věc: žádost o přístup k výsledkům voleb",
                    [
                        ["role", "IP adresa"],
                        ["hlavní server", "203.0.113.21"],
                        ["záložní server", "203.0.113.22"],
                        ["testovací", "203.0.113.29"],
                    ],
                    "Mgr. Zuzana Plachá\nvydavatelka\nplacha@vltavinskykuryr.example\n"
                    "+420 380 612 447",
                ],
            )
        ],
    },
    {
        "id": "bp036-cover-replaces-contact-of-docx",
        "description": "the DOCX names a contact who has left; the cover note says the sender "
        "takes over, with her own phone in the signature",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Brdský občasník, z.s.",
            I36,
            None,
            ["198.51.100.221"],
            ["198.51.100.222"],
            "Magdaléna Čížková",
            "cizkova@brdskyobcasnik.example",
            "+420725019364",
        ),
        "from": "Magdaléna Čížková <cizkova@brdskyobcasnik.example>",
        "subject": "Žádost Brdský občasník",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\nžádost jsme připravili ještě s kolegou Hrdličkou, který už u nás "
        "nepracuje. Kontaktní osobou místo něj budu já.\n\nMagdaléna Čížková\n"
        "mob. 725 019 364\n",
        "attachments": [
            (
                "docx",
                "zadost_BO.docx",
                {
                    "header": "Brdský občasník, z.s. | IČO " + I36,
                    "footer": "Pražská 101, 261 01 Příbram",
                    "blocks": [
                        "Žádáme o přístup k výsledkům voleb (XML).",
                        {
                            "rows": [
                                ["produkční", "198.51.100.221"],
                                ["testovací", "198.51.100.222"],
                                [
                                    "kontakt",
                                    "Pavel Hrdlička, hrdlicka@brdskyobcasnik.example, 602 551 870",
                                ],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "bp037-databox-association-ipv6-annotation",
        "description": "data message of an association: IPv6 production addresses in the "
        "annotation; the DOCX has header and footer and the contact; production only",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Občanský datový spolek Otevřená čísla, z.s.",
            I37,
            "q8oc3hd",
            ["2001:db8:ac::1", "2001:db8:ac::2"],
            [],
            "Adam Vrba",
            "vrba@otevrenacisla.example",
            "+420777640318",
        ),
        "databox": box(
            "q8oc3hd",
            "Občanský datový spolek Otevřená čísla, z.s.",
            "Bubenská 1, 170 00 Praha 7",
        ),
        "subject": "Přístup k XML výsledkům: 2001:db8:ac::1, 2001:db8:ac::2 (bez testovací)",
        "attachments": [
            (
                "docx",
                "zadost_OC.docx",
                {
                    "header": "Občanský datový spolek Otevřená čísla, z.s.",
                    "footer": "IČO " + I37 + " · DS q8oc3hd",
                    "blocks": [
                        "Žádáme o zpřístupnění výsledků voleb pro naši otevřenou aplikaci. "
                        "Adresy jsou v anotaci; testovací prostředí nemáme.",
                        "Kontakt: Adam Vrba, vrba@otevrenacisla.example, 777 640 318",
                    ],
                },
            )
        ],
    },
    {
        "id": "bp038-freelancer-no-ico-txt-filming",
        "description": "a freelance videoblogger without an IČO asks only to film; the TXT "
        "repeats it; the phone in the signature",
        "style": Style.COVER,
        "labels": L(
            [FILM],
            "Matyáš Kolínský",
            None,
            None,
            [],
            [],
            "Matyáš Kolínský",
            "matyas.kolinsky@posta.example",
            "+420604882139",
        ),
        "from": "Matyáš Kolínský <matyas.kolinsky@posta.example>",
        "subject": "prosba o natáčení",
        "headers": CENTRUM,
        "body": "Dobrý den, posílám žádost v příloze, IČO nemám, točím jako fyzická osoba "
        "pro svůj kanál.\nMatyáš Kolínský\n604 882 139\n",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Žádost o povolení natáčet\n\nŽádám o povolení natáčet krátké video na "
                "pracovišti ČSÚ v Praze během sčítání hlasů. O přístup k datům nežádám.\n\n"
                "Matyáš Kolínský\n",
            )
        ],
    },
    {
        "id": "bp039-xlsx-range-and-netmask",
        "description": "short cover; the workbook gives production as a written range and the "
        "test servers as an address with a netmask (two addresses)",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Opavský puls s.r.o.",
            I39,
            None,
            ["198.51.100.196", "198.51.100.197", "198.51.100.198", "198.51.100.199"],
            ["198.51.100.250", "198.51.100.251"],
            "Eliška Vavrošová",
            "vavrosova@opavskypuls.example",
            "+420553780215",
        ),
        "from": "Eliška Vavrošová <vavrosova@opavskypuls.example>",
        "subject": "Opavský puls - IP adresy pro výsledky voleb",
        "headers": EVOLUTION,
        "body": "Dobrý den,\nv příloze žádost a adresy.\nE. Vavrošová\n",
        "attachments": [
            (
                "xlsx",
                "OP_zadost.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Opavský puls s.r.o.", None, None],
                            ["IČO", I39, None],
                            ["Předmět", "přístup k výsledkům voleb (XML)", None],
                            ["Adresy", "od", "do"],
                            ["produkce", "198.51.100.196", "198.51.100.199"],
                            ["test", "198.51.100.250 / 255.255.255.254", None],
                            ["Kontakt", "Eliška Vavrošová", "vavrosova@opavskypuls.example"],
                            ["", "tel. 553 780 215", None],
                        ],
                        "merge": ["A1:C1"],
                    }
                ],
            )
        ],
    },
    {
        "id": "bp040-databox-annotation-fixes-phone",
        "description": "data message: the annotation says the phone in the PDF is wrong and "
        "gives the right one; everything else is in the PDF",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Hradecký magazín s.r.o.",
            I40,
            "h3mg7ue",
            ["192.0.2.91", "192.0.2.92"],
            ["192.0.2.99"],
            "Petr Dvořáček",
            "dvoracek@hkmagazin.example",
            "+420605441728",
        ),
        "databox": box("h3mg7ue", "Hradecký magazín s.r.o.", "Gočárova 15, 500 02 Hradec Králové"),
        "subject": "Žádost o přístup k výsledkům voleb. Oprava: telefon kontaktní osoby v PDF je "
        "chybně, správně 605 441 728.",
        "attachments": [
            (
                "pdf",
                "HM_zadost.pdf",
                [
                    "Hradecký magazín s.r.o., IČO " + I40,
                    "Žádost o zpřístupnění výsledků voleb v XML",
                    {
                        "rows": [
                            ["Produkční IP", "192.0.2.91, 192.0.2.92"],
                            ["Testovací IP", "192.0.2.99"],
                            ["Kontakt", "Petr Dvořáček, dvoracek@hkmagazin.example, 605 414 728"],
                        ],
                        "widths": [100, 280],
                    },
                ],
            )
        ],
    },
    {
        "id": "bp041-forwarded-eml-signature-ico-box",
        "description": "an IT admin forwards the editor's original as an attached .eml; the "
        "inner signature carries IČO and data-box ID; the cover adds nothing",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Kroměřížské listy s.r.o.",
            I41,
            "w7kl2mp",
            ["203.0.113.100", "203.0.113.101"],
            ["203.0.113.109"],
            "Hana Vybíralová",
            "vybiralova@kmlisty.example",
            "+420573339216",
        ),
        "from": "IT Kroměřížské listy <it@kmlisty.example>",
        "subject": "FW: Žádost o výsledky voleb a natáčení",
        "headers": GMAIL,
        "body": "Dobrý den, přeposílám podle telefonické domluvy.\nIT\n",
        "attachments": [
            (
                "eml",
                "puvodni_zadost.eml",
                {
                    "id": "bp041-inner",
                    "from": "Hana Vybíralová <vybiralova@kmlisty.example>",
                    "to": "it@kmlisty.example",
                    "subject": "Žádost o výsledky voleb a natáčení",
                    "headers": APPLE,
                    "body": "Dobrý den,\n\nžádáme o přístup k výsledkům voleb na vašem "
                    "serveru a o povolení natáčet v Kroměříži.\nProdukce: 203.0.113.100, "
                    "203.0.113.101\nTest: 203.0.113.109\n\nHana Vybíralová\nšéfredaktorka\n"
                    "Kroměřížské listy s.r.o.\nIČO " + I41 + ", datová schránka w7kl2mp\n"
                    "tel. 573 339 216\n",
                },
            )
        ],
    },
    {
        "id": "bp042-html-alternative-odt-letter",
        "description": "multipart/alternative cover in Czech; the ODT letter has a letterhead "
        "line and footer line, one production address and the contact's mobile",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Jesenický zpravodaj, o.p.s.",
            I42,
            None,
            ["192.0.2.230"],
            ["192.0.2.231"],
            "Oldřich Pavelka",
            "pavelka@jesenickyzpravodaj.example",
            "+420731650824",
        ),
        "from": "Oldřich Pavelka <pavelka@jesenickyzpravodaj.example>",
        "subject": "Žádost o přístup – Jesenický zpravodaj",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nv příloze žádost o přístup k výsledkům voleb.\n\nOldřich Pavelka\n",
        "html": "<html><body><p>Dobrý den,</p><p>v příloze žádost o přístup k výsledkům "
        "voleb.</p><p>Oldřich Pavelka</p></body></html>",
        "attachments": [
            (
                "odt",
                "JZ_zadost.odt",
                [
                    "Jesenický zpravodaj, o.p.s. | Palackého 2, 790 01 Jeseník | IČO " + I42,
                    "Žádost o přístup k výsledkům voleb",
                    [
                        ["produkční server", "192.0.2.230"],
                        ["testovací server", "192.0.2.231"],
                    ],
                    "Kontaktní osoba: Oldřich Pavelka, pavelka@jesenickyzpravodaj.example, "
                    "redakce 584 400 120, mobil 731 650 824",
                    "Jesenický zpravodaj, o.p.s. · zapsána v rejstříku o.p.s. u KS v Ostravě",
                ],
            )
        ],
    },
]
