"""Twentyninth held-out part ``wb``, cases wb029–wb042: an S/MIME-signed mail with a PDF letter,
a town's data message with the IDs in a DOCX page header, an empty mail forwarding a freelancer's
original as .eml, an XLSX form with ANO/NE columns, a freelancer's data message with IPv6 in the
annotation, an English RTF letter with "respectively", an HTML table with a PDF copy, a
filming-only data message with two boxes in an ODT, a German DOCX, an XLSX with yes/no role
columns, a cover note that replaces the form's contact, a written address range and a
filming-only annotation with a crew list. Written by hand apart from the extraction rules (see
make_twentyninth_wb); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyninth_wb_common import (
    APPLE,
    FEED,
    FILM,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

K29, K30, K32, K33, K35 = (
    ico("4730162"),
    ico("0027643"),
    ico("2917846"),
    ico("7235018"),
    ico("2650327"),
)
K36, K38, K39, K40, K41, K42 = (
    ico("0394271"),
    ico("2798514"),
    ico("2531864"),
    ico("2749385"),
    ico("2907361"),
    ico("0856132"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "wb029-smime-pdf-letter",
        "description": "S/MIME-signed two-line mail; a formal PDF letter asks for both services, "
        "says there is no test address and gives a switchboard with an extension before the "
        "contact's mobile",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED, FILM],
            "Vydavatelství Podřipsko, a. s.",
            K29,
            None,
            ["192.0.2.100", "192.0.2.101"],
            [],
            "Radka Hrdličková",
            "hrdlickova@podripsko.example",
            "+420724118306",
        ),
        "from": '"Ing. Radka Hrdličková" <hrdlickova@podripsko.example>',
        "subject": "Žádost – výsledky voleb a natáčení (Vydavatelství Podřipsko)",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Dobrý den,\n\n"
            "v příloze zasíláme podepsanou žádost. Zpráva je elektronicky podepsána.\n\n"
            "Radka Hrdličková\n"
        ),
        "attachments": [
            (
                "pdf",
                "Podripsko_zadost_CSU.pdf",
                [
                    f"Vydavatelství Podřipsko, a. s.\nNa Valech 2209, 413 01 Roudnice nad "
                    f"Labem\nIČO {K29}",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "V Roudnici nad Labem dne 22. 9. 2025",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Vážené dámy, vážení pánové,",
                    "žádáme o zřízení přístupu k průběžným výsledkům voleb ve formátu XML. "
                    "Produkční IP adresy: 192.0.2.100, 192.0.2.101. Testovací IP adresy: "
                    "žádné.",
                    "Zároveň žádáme o povolení pořizovat obrazový záznam na sběrném místě "
                    "v Litoměřicích v sobotu 4. 10. 2025.",
                    "Vyřizuje: Ing. Radka Hrdličková, tel. 416 531 220, kl. 24, "
                    "mobil 724 118 306, hrdlickova@podripsko.example",
                    "S úctou\nMgr. Pavel Šťastný\npředseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "wb030-databox-town-docx-header-ipv6",
        "description": "a town's data message with a short annotation; the DOCX gives the IČO "
        "and box in its page header, an IPv6 and an IPv4 production address and asks to film",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED, FILM],
            "Město Horní Olšany",
            K30,
            "mo5t8wq",
            ["2001:db8:77::5", "192.0.2.64"],
            ["192.0.2.66"],
            "Renata Machová",
            "machova@horniolsany.example",
            "+420581334127",
        ),
        "subject": "Žádost – volby 2025",
        "databox": {
            "box": "mo5t8wq",
            "sender": "Město Horní Olšany",
            "address": "Masarykovo náměstí 1, 753 01 Horní Olšany",
            "type": 10,
        },
        "attachments": [
            (
                "docx",
                "zadost_mesto_HO.docx",
                {
                    "header": f"Město Horní Olšany | Masarykovo náměstí 1 | IČO: {K30} | "
                    "ID DS: mo5t8wq",
                    "blocks": [
                        "Č. j.: MHO/2211/2025",
                        "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                        "Město Horní Olšany provozuje městskou televizi a zpravodajský web. "
                        "Žádáme o přístup k XML s výsledky voleb a o povolení natáčet na "
                        "sběrném místě v Přerově.",
                        {
                            "rows": [
                                ["Adresa", "Účel"],
                                ["2001:db8:77::5", "produkce"],
                                ["192.0.2.64", "produkce"],
                                ["192.0.2.66", "test"],
                            ]
                        },
                        "Kontaktní osoba: Renata Machová, tisková mluvčí, 581 334 127, "
                        "machova@horniolsany.example",
                        "Ing. Jan Zedníček, starosta",
                    ],
                },
            )
        ],
    },
    {
        "id": "wb031-empty-forward-freelancer-eml",
        "description": "an empty mail forwarding the freelancer's own earlier message as an "
        "attached .eml (first sent to a wrong address); no IČO, production only",
        "style": Style.FORWARD_EML,
        "labels": L(
            [FEED],
            "Ivo Lhoták",
            None,
            None,
            ["198.51.100.180"],
            [],
            "Ivo Lhoták",
            "ivo.lhotak@volebnimapa.example",
            "+420777045512",
        ),
        "from": "Ivo Lhoták <ivo.lhotak@volebnimapa.example>",
        "subject": "Fwd: zadost o pristup k XML",
        "headers": APPLE,
        "body": "",
        "attachments": [
            (
                "eml",
                "zadost o pristup k XML.eml",
                {
                    "id": "wb031-inner",
                    "from": "Ivo Lhoták <ivo.lhotak@volebnimapa.example>",
                    "to": "volby@czso.example",
                    "subject": "zadost o pristup k XML",
                    "body": (
                        "Dobry den,\n\n"
                        "provozuji neziskovy projekt volebnimapa.example (interaktivni mapa "
                        "vysledku po obcich), delam ho sam jako fyzicka osoba. Prosim o pristup "
                        "k XML vysledkum z adresy 198.51.100.180 (to je muj jediny server, "
                        "testovaci nemam).\n\n"
                        "Ivo Lhotak\n"
                        "777 045 512\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "wb032-xlsx-ano-ne-form",
        "description": "Roundcube cover; an XLSX form with ANO/NE columns marked 'x' for both "
        "services and a PROD/TEST role column; the contact on a separate row",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Jižní Morava dnes s.r.o.",
            K32,
            None,
            ["203.0.113.110", "203.0.113.111"],
            ["203.0.113.119", "203.0.113.118"],
            "Barbora Kadlecová",
            "kadlecova@jmdnes.example",
            "+420519422630",
        ),
        "from": "Redakce JM dnes <redakce@jmdnes.example>",
        "subject": "Formulář - volby 2025",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "v příloze je vyplněný formulář (xlsx). Kontakt je uveden ve formuláři.\n\n"
            "Redakce Jižní Morava dnes\n"
            "Husova 8, 690 02 Břeclav\n"
        ),
        "attachments": [
            (
                "xlsx",
                "formular_JMdnes.xlsx",
                [
                    {
                        "title": "Formulář",
                        "rows": [
                            ["Žadatel", "Jižní Morava dnes s.r.o.", ""],
                            ["IČO", K32, ""],
                            ["", "", ""],
                            ["Požadavek", "ANO", "NE"],
                            ["přístup k XML s výsledky voleb", "x", ""],
                            ["povolení natáčení na sběrném místě", "x", ""],
                            ["", "", ""],
                            ["IP adresa", "Role", ""],
                            ["203.0.113.110", "PROD", ""],
                            ["203.0.113.111", "PROD", ""],
                            ["203.0.113.119", "TEST", ""],
                            ["203.0.113.118", "TEST", ""],
                            ["", "", ""],
                            ["Kontaktní osoba", "Barbora Kadlecová", ""],
                            ["Telefon", "+420 519 422 630", ""],
                            ["E-mail", "kadlecova@jmdnes.example", ""],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "wb033-databox-freelancer-ipv6-annotation",
        "description": "a freelancer's data message: IPv6 production and test addresses in the "
        "annotation, the file is an extract from the trade register with the IČO",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Filip Pavlíček",
            K33,
            "fp8z2lu",
            ["2001:db8:c0de::1"],
            ["2001:db8:c0de::2"],
            "Filip Pavlíček",
            "pavlicek@datovezurnal.example",
            "+420603441870",
        ),
        "subject": "Žádám o přístup k XML s výsledky voleb. Prod: 2001:db8:c0de::1, test: "
        "2001:db8:c0de::2. Kontakt: Filip Pavlíček, 603 441 870, "
        "pavlicek@datovezurnal.example. Výpis ze ŽR přikládám.",
        "databox": {
            "box": "fp8z2lu",
            "sender": "Filip Pavlíček",
            "address": "Dukelská 331/6, 370 01 České Budějovice",
            "type": 30,
        },
        "attachments": [
            (
                "pdf",
                "vypis_ZR_Pavlicek.pdf",
                [
                    "VÝPIS Z ŽIVNOSTENSKÉHO REJSTŘÍKU",
                    {
                        "rows": [
                            ["Jméno a příjmení", "Filip Pavlíček"],
                            ["Identifikační číslo osoby", K33],
                            ["Sídlo", "Dukelská 331/6, 370 01 České Budějovice"],
                            ["Předmět podnikání", "Vydavatelské činnosti, polygrafická výroba"],
                            ["Vznik oprávnění", "02.05.2019"],
                        ],
                        "widths": [170, 260],
                    },
                    "Výpis vydal Magistrát města České Budějovice, obecní živnostenský úřad, "
                    "dne 5. 9. 2025.",
                ],
            )
        ],
    },
    {
        "id": "wb034-english-rtf-respectively",
        "description": "UK outlet, a short English cover note and an RTF letter giving the two "
        "roles by 'respectively'; a company number that is no IČO, a UK phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Northbridge News Ltd",
            None,
            None,
            ["198.51.100.230"],
            ["198.51.100.231"],
            "Oliver Grant",
            "o.grant@northbridgenews.example",
            "+447700900418",
        ),
        "from": "Oliver Grant <o.grant@northbridgenews.example>",
        "subject": "Czech election results feed - Northbridge News",
        "headers": OWA,
        "body": "Hello,\n\nour letter is attached.\n\nThanks,\nOliver\n",
        "attachments": [
            (
                "rtf",
                "Northbridge_CZSO_request.rtf",
                [
                    "Northbridge News Ltd, 14 Quayside, Newcastle upon Tyne NE1 3DX",
                    "Registered in England and Wales, Company No. 09123456",
                    "Dear colleagues at the Czech Statistical Office,",
                    "Northbridge News would like access to the XML feed of the Czech "
                    "parliamentary election results of 3-4 October 2025. We would use "
                    "198.51.100.230 and 198.51.100.231 for production and testing "
                    "respectively.",
                    "We do not plan to film at your collection points.",
                    "Contact: Oliver Grant, Data Editor, o.grant@northbridgenews.example, "
                    "+44 7700 900418",
                    "Yours faithfully,\nOliver Grant",
                ],
            )
        ],
    },
    {
        "id": "wb035-html-table-and-pdf-copy",
        "description": "Outlook multipart mail with a roles table in the HTML body and the same "
        "data in a signed PDF copy",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Karlovarský expres s.r.o.",
            K35,
            None,
            ["192.0.2.180", "192.0.2.181"],
            ["192.0.2.188"],
            "Zbyněk Rejl",
            "rejl@kvexpres.example",
            "+420353227419",
        ),
        "from": "Rejl Zbyněk <rejl@kvexpres.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "žádáme o přístup k výsledkům voleb ve formátu XML.\n\n"
            "Produkční: 192.0.2.180, 192.0.2.181\n"
            "Testovací: 192.0.2.188\n\n"
            "Podepsanou žádost přikládám v PDF.\n\n"
            "Zbyněk Rejl\n"
            "IT, Karlovarský expres s.r.o.\n"
            "+420 353 227 419\n"
        ),
        "html": (
            "<html><body><p>Dobrý den,</p>"
            "<p>žádáme o přístup k výsledkům voleb ve formátu XML.</p>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            "<tr><th>Produkční</th><th>Testovací</th></tr>"
            "<tr><td>192.0.2.180<br>192.0.2.181</td><td>192.0.2.188</td></tr></table>"
            "<p>Podepsanou žádost přikládám v PDF.</p>"
            "<p>Zbyněk Rejl<br>IT, Karlovarský expres s.r.o.<br>+420 353 227 419</p>"
            "</body></html>"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_KVE_podepsana.pdf",
                [
                    f"Karlovarský expres s.r.o., T. G. Masaryka 34, 360 01 Karlovy Vary, IČO {K35}",
                    "Žádost o přístup k výsledkům voleb (XML)",
                    {
                        "rows": [
                            ["Produkční", "Testovací"],
                            ["192.0.2.180, 192.0.2.181", "192.0.2.188"],
                        ],
                        "widths": [180, 180],
                    },
                    "Kontaktní osoba: Zbyněk Rejl, rejl@kvexpres.example, +420 353 227 419",
                    "Podepsáno: Zbyněk Rejl, 19. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "wb036-databox-odt-two-boxes-filming",
        "description": "filming-only data message; the annotation states the request, the ODT "
        "letter prints both the office's and the applicant's box IDs",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FILM],
            "Rádio Hanácko s.r.o.",
            K36,
            "rh7k2md",
            [],
            [],
            "Pavla Zbořilová",
            "zborilova@radiohanacko.example",
            "+420585112478",
        ),
        "subject": "Žádost o povolení pořízení zvukového záznamu na sběrném místě Olomouc",
        "databox": {
            "box": "rh7k2md",
            "sender": "Rádio Hanácko s.r.o.",
            "address": "Horní náměstí 5, 779 00 Olomouc",
        },
        "attachments": [
            (
                "odt",
                "zadost_nahravani.odt",
                [
                    f"Rádio Hanácko s.r.o. | Horní náměstí 5, 779 00 Olomouc | IČO {K36} | "
                    "DS: rh7k2md",
                    "Adresát: Český statistický úřad, Krajská správa Olomouc, DS: 2gfaasy",
                    "Věc: Žádost o povolení pořízení zvukového záznamu",
                    "Žádáme o povolení nahrávat reportáž na sběrném místě v Olomouci dne "
                    "4. 10. 2025 (redaktorka a zvukař). O přístup k XML výsledkům nežádáme.",
                    [
                        ["Jméno", "Role"],
                        ["Pavla Zbořilová", "redaktorka, kontaktní osoba"],
                        ["Karel Smékal", "zvukař"],
                    ],
                    "Kontakt: Pavla Zbořilová, 585 112 478, zborilova@radiohanacko.example",
                ],
            )
        ],
    },
    {
        "id": "wb037-german-docx-broadcaster",
        "description": "German broadcaster writing German: a short cover and a DOCX table with "
        "Produktiv/Test rows and filming requested; HRB number, no IČO, German phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Ostbayern Rundfunk GmbH",
            None,
            None,
            ["203.0.113.240", "203.0.113.241"],
            ["203.0.113.242"],
            "Stefan Huber",
            "s.huber@ostbayern-rundfunk.example",
            "+499412204410",
        ),
        "from": "Stefan Huber <s.huber@ostbayern-rundfunk.example>",
        "subject": "Antrag: Zugang zu den Wahlergebnissen (XML) und Drehgenehmigung",
        "headers": TBIRD,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "anbei unser Antrag auf Zugang zu den XML-Wahlergebnissen sowie auf eine "
            "Drehgenehmigung. Für Rückfragen stehe ich gerne zur Verfügung.\n\n"
            "Mit freundlichen Grüßen\n"
            "Stefan Huber\n"
            "Ostbayern Rundfunk GmbH – Technik\n"
        ),
        "attachments": [
            (
                "docx",
                "Antrag_CZSO_OBR.docx",
                {
                    "header": "Ostbayern Rundfunk GmbH · Donaustraße 12 · 93047 Regensburg · "
                    "HRB 17342 Amtsgericht Regensburg",
                    "blocks": [
                        "Antrag auf Zugang zu den Wahlergebnissen und Drehgenehmigung",
                        "Wir berichten über die Parlamentswahl in Tschechien am 3./4. Oktober "
                        "2025 und beantragen:",
                        {
                            "rows": [
                                ["Zugang XML", "ja"],
                                ["Drehgenehmigung Sammelstelle Pilsen", "ja"],
                                ["IP Produktiv", "203.0.113.240, 203.0.113.241"],
                                ["IP Test", "203.0.113.242"],
                                ["Ansprechpartner", "Stefan Huber"],
                                ["Telefon", "+49 941 220 4410"],
                                ["E-Mail", "s.huber@ostbayern-rundfunk.example"],
                            ]
                        },
                        "Regensburg, 15.09.2025",
                    ],
                },
            )
        ],
    },
    {
        "id": "wb038-databox-xlsx-yes-no-role-columns",
        "description": "data message whose annotation only names the topic; an XLSX gives each "
        "address 'ano'/'ne' in production and test columns, the contact on a second sheet",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Středočeský týdeník s.r.o.",
            K38,
            "st3x9vp",
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.139"],
            "Martin Hošek",
            "hosek@sctydenik.example",
            "+420326909215",
        ),
        "subject": "Volby 2025 – IP adresy",
        "databox": {
            "box": "st3x9vp",
            "sender": "Středočeský týdeník s.r.o.",
            "address": "Palackého náměstí 3, 293 01 Mladá Boleslav",
        },
        "attachments": [
            (
                "xlsx",
                "ST_zadost_IP.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Žádost o přístup k výsledkům voleb (XML)", "", ""],
                            ["IP adresa", "produkční", "testovací"],
                            ["203.0.113.130", "ano", "ne"],
                            ["203.0.113.131", "ano", "ne"],
                            ["203.0.113.139", "ne", "ano"],
                        ],
                    },
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Firma", "Středočeský týdeník s.r.o."],
                            ["IČO", K38],
                            ["Kontakt", "Martin Hošek"],
                            ["Tel.", "326 909 215"],
                            ["Mail", "hosek@sctydenik.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "wb039-cover-replaces-form-contact",
        "description": "the cover mail says the contact in the attached PDF form has left and "
        "names a new contact with her own phone",
        "style": Style.AMENDMENT,
        "labels": L(
            [FEED],
            "Táborské listy s.r.o.",
            K39,
            None,
            ["198.51.100.80"],
            ["198.51.100.88"],
            "Dana Pešková",
            "peskova@taborskelisty.example",
            "+420381502297",
        ),
        "from": "Dana Pešková <peskova@taborskelisty.example>",
        "subject": "Re: žádost o přístup - Táborské listy",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "v příloze posílám naši žádost, kterou jsme připravili už v srpnu. Kontaktní osoba "
            "uvedená ve formuláři (Mgr. Hájek) od 1. 9. u nás nepracuje, kontaktujte prosím "
            "mě: Dana Pešková, peskova@taborskelisty.example, tel. 381 502 297.\n\n"
            "Ostatní údaje jsou aktuální.\n\n"
            "Dana Pešková\nTáborské listy\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_TL_srpen.pdf",
                [
                    "Žádost o přístup k výsledkům voleb – formulář",
                    {
                        "rows": [
                            ["Žadatel", "Táborské listy s.r.o."],
                            ["IČO", K39],
                            ["Produkční IP", "198.51.100.80"],
                            ["Testovací IP", "198.51.100.88"],
                            ["Kontaktní osoba", "Mgr. Petr Hájek"],
                            ["Telefon", "381 502 280"],
                            ["E-mail", "hajek@taborskelisty.example"],
                        ],
                        "widths": [150, 260],
                    },
                    "V Táboře 27. 8. 2025",
                ],
            )
        ],
    },
    {
        "id": "wb040-databox-pdf-written-range",
        "description": "data message; the PDF gives production as a written range of three "
        "addresses and a date and a case number that look numeric",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Opavský deník Slezsko a.s.",
            K40,
            "od4s6pk",
            ["203.0.113.100", "203.0.113.101", "203.0.113.102"],
            ["203.0.113.105"],
            "Ludmila Krupová",
            "krupova@odslezsko.example",
            "+420553712846",
        ),
        "subject": "Žádost ODS – XML výsledky voleb",
        "databox": {
            "box": "od4s6pk",
            "sender": "Opavský deník Slezsko a.s.",
            "address": "Ostrožná 6, 746 01 Opava",
        },
        "attachments": [
            (
                "pdf",
                "ODS_zadost.pdf",
                [
                    f"Opavský deník Slezsko a.s., Ostrožná 6, 746 01 Opava, IČO {K40}",
                    "Naše č. j.: ODS-2025.09.18-041",
                    "Věc: Žádost o přístup k výsledkům voleb",
                    "Žádáme o zřízení přístupu k výsledkům voleb ve formátu XML. Produkční "
                    "servery mají adresy v rozsahu 203.0.113.100–203.0.113.102, testovací "
                    "server 203.0.113.105.",
                    "Kontakt: Ludmila Krupová, vedoucí IT, krupova@odslezsko.example, 553 712 846",
                    "Opava 18. 9. 2025\nIng. Tomáš Hlubek, člen představenstva",
                ],
            )
        ],
    },
    {
        "id": "wb041-txt-attachment-backup-server",
        "description": "iso-8859-2 Seznam mail with a TXT attachment listing a production, a "
        "backup ('záložní') and a test address; the contact is a colleague",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Region Beroun s.r.o.",
            K41,
            None,
            ["192.0.2.120", "192.0.2.121"],
            ["192.0.2.125"],
            "Kamil Šebesta",
            "sebesta@regionberoun.example",
            "+420724650139",
        ),
        "from": "Hana Rybová <rybova@regionberoun.example>",
        "subject": "zadost o pristup - Region Beroun",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\n"
            "posílám žádost o přístup k výsledkům voleb, údaje jsou v přiloženém textovém "
            "souboru.\n\n"
            "Hezký den\n"
            "Hana Rybová\n"
            "Region Beroun s.r.o.\n"
        ),
        "attachments": [
            (
                "txt",
                "zadost_region_beroun.txt",
                f"Žadatel: Region Beroun s.r.o., IČO {K41}\n"
                "Žádáme o přístup k výsledkům voleb ve formátu XML.\n\n"
                "Produkční IP: 192.0.2.120\n"
                "Záložní IP: 192.0.2.121\n"
                "Testovací IP: 192.0.2.125\n\n"
                "Kontaktní osoba: Kamil Šebesta (správce sítě)\n"
                "mobil: 724 650 139\n"
                "e-mail: sebesta@regionberoun.example\n",
            )
        ],
    },
    {
        "id": "wb042-databox-annotation-filming-crew-file",
        "description": "filming-only data message: the annotation asks to film and declines the "
        "XML access, the TXT file lists the crew under a header with the IČO",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FILM],
            "Videostudio Morava s.r.o.",
            K42,
            "vm2n8rt",
            [],
            [],
            "Ondřej Mach",
            None,
            "+420608331902",
        ),
        "subject": "Žádáme o povolení natáčení na sběrném místě ČSÚ Brno dne 4. 10. 2025. "
        "O přístup k XML datům nežádáme. Kontakt: Ondřej Mach, 608 331 902. Seznam štábu "
        "v příloze.",
        "databox": {
            "box": "vm2n8rt",
            "sender": "Videostudio Morava s.r.o.",
            "address": "Cejl 62, 602 00 Brno",
        },
        "attachments": [
            (
                "txt",
                "stab.txt",
                f"Videostudio Morava s.r.o., IČO {K42}\n"
                "Seznam členů štábu – sběrné místo Brno, 4. 10. 2025\n\n"
                "1. Ondřej Mach – režie, vedoucí štábu\n"
                "2. Tereza Königová – kamera\n"
                "3. Filip Dvořák – zvuk\n",
            )
        ],
    },
]
