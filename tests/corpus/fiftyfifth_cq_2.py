"""Fifty-fifth held-out part ``cq``, cases cq015–cq028: a signed university letter, data
messages with a two-sheet workbook, with the addresses in the annotation and split between
annotation and PDF, an Austrian Ja/Nein form, a base64 reply with an updated DOCX, an empty
mail with an ODT form, a multipart/alternative [x]/[ ] form, a forwarded .eml carrying a
workbook, merged DOCX cells, a cover that withdraws filming, an RTF role table, a signature
block with IČO and box ID and a Polish TAK/NIE workbook. Written by hand apart from the
extraction rules (see make_fiftyfifth_cq); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyfifth_cq_common import (
    CENTRUM,
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

I15, I16, I18, I19, I20 = (
    ico("0062871"),
    ico("2571934"),
    ico("0914263"),
    ico("2836107"),
    ico("0349581"),
)
I21, I22, I23, I24, I25 = (
    ico("2708615"),
    ico("0681490"),
    ico("2925318"),
    ico("0247763"),
    ico("2619075"),
)
I26, I27 = ico("0556128"), ico("2780943")

CASES: list[dict[str, Any]] = [
    {
        "id": "cq015-smime-university-faculty-pdf-filming",
        "description": "S/MIME-signed mail from a faculty; the PDF letterhead names the faculty "
        "over its university, filming only for a student documentary, the dean signs and a "
        "lecturer is the contact",
        "style": Style.LETTER,
        "labels": L(
            [FILM],
            "Univerzita Pobeskydí",
            I15,
            None,
            [],
            [],
            "Alžběta Ryšavá",
            "rysava@fss.upobeskydi.example",
            "+420558406217",
        ),
        "from": "Alžběta Ryšavá <rysava@fss.upobeskydi.example>",
        "subject": "Žádost o povolení natáčení – studentský dokument",
        "headers": ZIMBRA,
        "smime": True,
        "body": "Vážení,\n\nv příloze zasílám žádost podepsanou děkanem fakulty. Jsem "
        "kontaktní osobou za fakultu.\n\nS pozdravem\nPhDr. Alžběta Ryšavá, Ph.D.\n"
        "Katedra mediálních studií FSS UPo\ntel. 558 406 217\n",
        "attachments": [
            (
                "pdf",
                "zadost_FSS_nataceni.pdf",
                [
                    "Univerzita Pobeskydí\nFakulta sociálních studií\nUniverzitní 1410, "
                    "738 01 Frýdek-Místek\nIČO " + I15,
                    "Věc: žádost o povolení natáčení na pracovišti ČSÚ",
                    "Studenti 3. ročníku oboru Žurnalistika natáčejí absolventský dokument o "
                    "průběhu volební noci. Žádáme o povolení natáčet na krajském pracovišti "
                    "ČSÚ v Ostravě (štáb 3 studentů, bez světel).",
                    "Kontaktní osoba: PhDr. Alžběta Ryšavá, Ph.D., rysava@fss.upobeskydi.example, "
                    "558 406 217.",
                    "prof. Ing. Vratislav Kubát, CSc.\nděkan",
                ],
            )
        ],
    },
    {
        "id": "cq016-databox-xlsx-two-sheets-ipv6-production",
        "description": "data message with a generic annotation; a two-sheet workbook with a "
        "merged header: IPv6 production addresses and an IPv4 test address, contact on the "
        "second sheet surname first",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Infoportál Haná s.r.o.",
            I16,
            "h2np6ey",
            ["2001:db8:7c0::20", "2001:db8:7c0::21"],
            ["198.51.100.99"],
            "Šárka Vymazalová",
            "vymazalova@infohana.example",
            "+420585774109",
        ),
        "databox": box("h2np6ey", "Infoportál Haná s.r.o.", "Horní náměstí 583/9, 779 00 Olomouc"),
        "subject": "Žádost o přístup k výsledkům voleb - viz příloha",
        "attachments": [
            (
                "xlsx",
                "IPH_pristup_volby.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Infoportál Haná s.r.o. – přístup k XML", None, None],
                            ["Prostředí", "Adresa", "Poznámka"],
                            ["produkce", "2001:db8:7c0:0:0:0:0:20", "primární"],
                            ["produkce", "2001:db8:7c0::21", "sekundární"],
                            ["test", "198.51.100.99", "do 30. 9."],
                        ],
                        "merge": ["A1:C1"],
                    },
                    {
                        "title": "Žadatel a kontakt",
                        "rows": [
                            ["Žadatel", "Infoportál Haná s.r.o."],
                            ["IČO", I16],
                            ["Kontaktní osoba", "VYMAZALOVÁ Šárka"],
                            ["E-mail", "vymazalova@infohana.example"],
                            ["Telefon", "+420 585 774 109"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cq017-foreign-austrian-ja-nein-pdf-no-ico",
        "description": "German cover from an Austrian broadcaster without an IČO; the PDF "
        "form has Ja/Nein columns with both requests Ja and a Viennese phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Donauwelle Rundfunk GmbH",
            None,
            None,
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.125"],
            "Florian Gstöttner",
            "f.gstoettner@donauwelle.example",
            "+4315238810",
        ),
        "from": "Florian Gstöttner <f.gstoettner@donauwelle.example>",
        "subject": "Antrag Medienakkreditierung / XML-Wahlergebnisse",
        "headers": OWA,
        "body": "Sehr geehrte Damen und Herren,\n\nanbei unser ausgefülltes Formular für die "
        "Wahlen in Tschechien. Für Rückfragen stehe ich gerne zur Verfügung.\n\n"
        "Mit freundlichen Grüßen\nFlorian Gstöttner\nDonauwelle Rundfunk GmbH, Wien\n",
        "attachments": [
            (
                "pdf",
                "Antrag_Donauwelle.pdf",
                [
                    "Donauwelle Rundfunk GmbH\nMariahilfer Straße 77, 1060 Wien\nFN 418227 k",
                    {
                        "rows": [
                            ["Antrag", "Ja", "Nein"],
                            ["Zugang zu den XML-Ergebnissen", "X", ""],
                            ["Film-/Fotoaufnahmen in den Dienststellen", "X", ""],
                        ],
                        "widths": [280, 60, 60],
                    },
                    "Produktions-IP: 203.0.113.120, 203.0.113.121\nTest-IP: 203.0.113.125",
                    "Ansprechpartner: Florian Gstöttner, f.gstoettner@donauwelle.example, "
                    "Tel. +43 1 523 88 10",
                ],
            )
        ],
    },
    {
        "id": "cq018-reply-base64-updated-docx-quoted-office",
        "description": "base64 reply to the office's request for a missing test address; the "
        "quoted office signature has the office's phone and domain; the updated DOCX carries "
        "the full application",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Liberecký expres, s.r.o.",
            I18,
            None,
            ["192.0.2.90", "192.0.2.91"],
            ["192.0.2.99"],
            "Adam Červinka",
            "cervinka@liberecky-expres.example",
            "+420739118420",
        ),
        "from": "Adam Červinka <cervinka@liberecky-expres.example>",
        "subject": "Re: Doplnění žádosti – testovací IP",
        "headers": GMAIL,
        "cte": "base64",
        "body": "Dobrý den,\n\nomlouvám se, zapomněl jsem. Posílám opravenou žádost, testovací "
        "adresa je tam doplněná (192.0.2.99).\n\nAdam Červinka\n\n"
        "Dne 1. 9. 2025 v 10:12 Podatelna ČSÚ <podatelna@czso.cz> napsal(a):\n"
        "> Dobrý den,\n> ve Vaší žádosti chybí testovací IP adresa. Doplňte ji prosím.\n"
        "> S pozdravem\n> oddělení volebních systémů\n> Český statistický úřad, tel. +420 274 "
        "052 733, www.czso.cz\n",
        "attachments": [
            (
                "docx",
                "zadost_LE_v2.docx",
                {
                    "header": "Liberecký expres, s.r.o. | Moskevská 638/15, 460 01 Liberec",
                    "footer": "IČO " + I18 + " | redakce@liberecky-expres.example",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb (XML) – verze 2",
                        {
                            "rows": [
                                ["Produkční IP", "192.0.2.90, 192.0.2.91"],
                                ["Testovací IP", "192.0.2.99"],
                                ["Kontakt", "Adam Červinka, 739 118 420"],
                                ["E-mail", "cervinka@liberecky-expres.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "cq019-empty-mail-odt-checkbox-filming",
        "description": "no text at all; the ODT form ticks filming (☑) and leaves the feed "
        "box empty with no addresses; the photographer and contact differ",
        "style": Style.EMPTY,
        "labels": L(
            [FILM],
            "Kladenský magazín s.r.o.",
            I19,
            None,
            [],
            [],
            "Veronika Šustrová",
            "sustrova@kladenskymagazin.example",
            "+420603841275",
        ),
        "from": "Veronika Šustrová <sustrova@kladenskymagazin.example>",
        "subject": "Volby - povolení",
        "headers": CENTRUM,
        "body": "",
        "attachments": [
            (
                "odt",
                "povoleni_KM.odt",
                [
                    "Žadatel: Kladenský magazín s.r.o., IČO " + I19,
                    "☐ přístup k výsledkům voleb v XML",
                    "☑ povolení fotografovat na pracovišti ČSÚ (Kladno)",
                    [
                        ["Role", "Jméno", "Kontakt"],
                        [
                            "kontaktní osoba",
                            "Veronika Šustrová",
                            "sustrova@kladenskymagazin.example, 603 841 275",
                        ],
                        ["fotograf", "Radek Jeřábek", "jerabek@kladenskymagazin.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "cq020-databox-annotation-range-txt-contact",
        "description": "data message: the annotation carries a written range of three "
        "production addresses and a test address; the TXT file gives only the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vltavín média, a.s.",
            I20,
            "v6lm3rc",
            ["198.51.100.33", "198.51.100.34", "198.51.100.35"],
            ["198.51.100.40"],
            "Kamil Brož",
            "broz@vltavin.example",
            "+420728304661",
        ),
        "databox": box("v6lm3rc", "Vltavín média, a.s.", "Lannova 2061/8, 370 01 České Budějovice"),
        "subject": "Žádost o XML výsledky voleb; produkce 198.51.100.33–35, test 198.51.100.40; "
        "kontakt v příloze",
        "attachments": [
            (
                "txt",
                "kontakt.txt",
                "Kontaktní osoba k žádosti o přístup k výsledkům voleb:\n"
                "Kamil Brož, vedoucí vývoje\nbroz@vltavin.example\n+420 728 304 661\n\n"
                "Vltavín média, a.s., IČO " + I20 + "\n",
            )
        ],
    },
    {
        "id": "cq021-alternative-bracket-form-pdf-letterhead",
        "description": "multipart/alternative with the [x]/[ ] form filled in the mail itself "
        "(both requests), a /31 written with a netmask and a PDF letterhead with the IČO",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Východočeský rozhlas, s.r.o.",
            I21,
            None,
            ["203.0.113.148", "203.0.113.149"],
            ["203.0.113.150"],
            "Dominik Štěpánek",
            "stepanek@vcrozhlas.example",
            "+420466512937",
        ),
        "from": "Dominik Štěpánek <stepanek@vcrozhlas.example>",
        "subject": "Formulář - Východočeský rozhlas",
        "headers": TBIRD,
        "body": "Žádáme o:\n[x] přístup k výsledkům voleb (XML)\n[x] povolení nahrávat "
        "zvuk na pracovišti ČSÚ v Pardubicích\n[ ] jiné\n\n"
        "Produkční adresy: 203.0.113.148 maska 255.255.255.254\nTestovací: 203.0.113.150\n"
        "Kontakt: Dominik Štěpánek, 466 512 937, stepanek@vcrozhlas.example\n\n"
        "Hlavičkový dopis v příloze.\n",
        "html": "<p>Žádáme o:<br>[x] přístup k výsledkům voleb (XML)<br>[x] povolení nahrávat "
        "zvuk na pracovišti ČSÚ v Pardubicích<br>[ ] jiné</p>"
        "<p>Produkční adresy: 203.0.113.148 maska 255.255.255.254<br>Testovací: 203.0.113.150"
        "<br>Kontakt: Dominik Štěpánek, 466 512 937, stepanek@vcrozhlas.example</p>"
        "<p>Hlavičkový dopis v příloze.</p>",
        "attachments": [
            (
                "pdf",
                "dopis_VR.pdf",
                [
                    "VÝCHODOČESKÝ ROZHLAS, s.r.o. · třída Míru 92, 530 02 Pardubice · IČO " + I21,
                    "Potvrzujeme žádost zaslanou e-mailem naším technikem Dominikem Štěpánkem.",
                    "Mgr. Lucie Fišerová, programová ředitelka",
                ],
            )
        ],
    },
    {
        "id": "cq022-forward-eml-carrying-workbook",
        "description": "the editor-in-chief forwards the developer's internal mail as an .eml "
        "that itself carries the workbook; the developer says he is the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Deník Pootaví s.r.o.",
            I22,
            None,
            ["198.18.12.30", "198.18.12.31", "198.18.12.32", "198.18.12.33"],
            ["198.18.13.1"],
            "Martin Bouška",
            "bouska@denikpootavi.example",
            "+420776045218",
        ),
        "from": "Renata Kohoutová <kohoutova@denikpootavi.example>",
        "subject": "Fw: podklady pro ČSÚ",
        "headers": IPHONE,
        "body": "Dobrý den, posílám podklady od našeho vývojáře, platí vše, co tam píše. "
        "Renata Kohoutová, šéfredaktorka Deníku Pootaví\n\nOdesláno z iPhonu\n",
        "attachments": [
            (
                "eml",
                "podklady pro CSU.eml",
                {
                    "id": "cq022-inner",
                    "from": "Martin Bouška <bouska@denikpootavi.example>",
                    "to": "kohoutova@denikpootavi.example",
                    "subject": "podklady pro ČSÚ",
                    "body": "Renato,\nv tabulce jsou adresy pro přístup k XML s výsledky. "
                    "Kontakt pro ČSÚ klidně dej na mě (776 045 218).\nMartin\n",
                    "attachments": [
                        (
                            "xlsx",
                            "adresy_DP.xlsx",
                            [
                                {
                                    "title": "List1",
                                    "rows": [
                                        ["Deník Pootaví s.r.o.", "IČO " + I22],
                                        ["ostré servery", "198.18.12.30–198.18.12.33"],
                                        ["testovací", "198.18.13.1"],
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
        "id": "cq023-docx-merged-production-cell-header-footer",
        "description": "DOCX with header and footer; the role cell 'Produkce' is merged over "
        "three address rows and 'Test' over one; the contact is in the footer-like closing",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Mladoboleslavský týden, s.r.o.",
            I23,
            None,
            ["192.0.2.110", "192.0.2.111", "192.0.2.112"],
            ["192.0.2.119"],
            "Simona Pešková",
            "peskova@mbtyden.example",
            "+420326771504",
        ),
        "from": "Simona Pešková <peskova@mbtyden.example>",
        "subject": "žádost o výsledky voleb - MB týden",
        "headers": OUTLOOK,
        "body": "Dobrý den,\nžádost v příloze.\nDěkuji, S. Pešková\n",
        "attachments": [
            (
                "docx",
                "MBT_zadost.docx",
                {
                    "header": "Mladoboleslavský týden, s.r.o.",
                    "footer": "T. G. Masaryka 1009, 293 01 Mladá Boleslav | IČO " + I23,
                    "blocks": [
                        "Žádáme o přístup k průběžným výsledkům voleb ve formátu XML pro "
                        "tyto adresy:",
                        {
                            "rows": [
                                ["Prostředí", "IP adresa"],
                                ["Produkce", "192.0.2.110"],
                                ["", "192.0.2.111"],
                                ["", "192.0.2.112"],
                                ["Test", "192.0.2.119"],
                            ],
                            "merge": [(1, 0, 3, 0)],
                        },
                        "Kontakt: Simona Pešková, tel. 326 771 504, peskova@mbtyden.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "cq024-cover-withdraws-filming-ticked-in-pdf",
        "description": "the PDF form ticks both requests, the cover mail says filming is no "
        "longer needed: only the feed counts",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Rychnovský posel, spol. s r.o.",
            I24,
            None,
            ["203.0.113.170"],
            ["203.0.113.171"],
            "Pavla Doležalová",
            "dolezalova@rychnovskyposel.example",
            "+420494380227",
        ),
        "from": "Pavla Doležalová <dolezalova@rychnovskyposel.example>",
        "subject": "Žádost o přístup k XML",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\nposílám formulář, který jsme vyplnili už v srpnu. Natáčení na "
        "pracovišti nakonec nepotřebujeme (fotograf nebude k dispozici), to prosím "
        "škrtněte, žádáme jen o přístup k výsledkům.\n\nPavla Doležalová\n",
        "attachments": [
            (
                "pdf",
                "formular_RP.pdf",
                [
                    "Žadatel: Rychnovský posel, spol. s r.o., IČO " + I24,
                    "☒ přístup k výsledkům voleb (XML)\n☒ povolení natáčet/fotografovat",
                    {
                        "rows": [
                            ["Produkční IP", "203.0.113.170"],
                            ["Testovací IP", "203.0.113.171"],
                            ["Kontaktní osoba", "Pavla Doležalová"],
                            [
                                "Telefon / e-mail",
                                "494 380 227 / dolezalova@rychnovskyposel.example",
                            ],
                        ],
                        "widths": [140, 320],
                    },
                ],
            )
        ],
    },
    {
        "id": "cq025-databox-annotation-contact-pdf-addresses",
        "description": "data message split: the annotation names both requests and the "
        "contact, the PDF lists the addresses (one backup server) and the signatory",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Radio Karlovarsko s.r.o.",
            I25,
            "k9rk4wd",
            ["192.0.2.170", "192.0.2.171"],
            ["192.0.2.175"],
            "Zdeněk Hora",
            "hora@radiokv.example",
            "+420353402716",
        ),
        "databox": box(
            "k9rk4wd", "Radio Karlovarsko s.r.o.", "Bělehradská 1096/6, 360 01 Karlovy Vary"
        ),
        "subject": "Žádost o přístup k XML výsledkům a povolení nahrávání na pracovišti ČSÚ "
        "Karlovy Vary. Kontakt: Zdeněk Hora, hora@radiokv.example, 353 402 716",
        "attachments": [
            (
                "pdf",
                "RK_technicke_udaje.pdf",
                [
                    "Radio Karlovarsko s.r.o., IČO " + I25,
                    "Technické údaje k žádosti:",
                    {
                        "rows": [
                            ["Server", "Adresa"],
                            ["hlavní", "192.0.2.170"],
                            ["záložní", "192.0.2.171"],
                            ["testovací", "192.0.2.175"],
                        ],
                        "widths": [150, 200],
                    },
                    "Za společnost: Ing. Hedvika Landová, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "cq026-rtf-role-table-contact-row",
        "description": "RTF with a role table (statutory, contact, cameraman, technician) and "
        "both requests; only the 'kontaktní osoba' row is the contact",
        "style": Style.TABLE,
        "labels": L(
            [FEED, FILM],
            "Televize Beskydy, s.r.o.",
            I26,
            None,
            ["198.51.100.180", "198.51.100.181"],
            ["198.51.100.189"],
            "Lukáš Vojkůvka",
            "vojkuvka@tvbeskydy.example",
            "+420556308114",
        ),
        "from": "Televize Beskydy <redakce@tvbeskydy.example>",
        "subject": "Žádost TV Beskydy - volby",
        "headers": OUTLOOK,
        "body": "Dobrý den, v příloze žádost TV Beskydy (XML + natáčení).\nRedakce\n",
        "attachments": [
            (
                "rtf",
                "TVB_zadost.rtf",
                [
                    "Televize Beskydy, s.r.o., Zámecké náměstí 8, 741 01 Nový Jičín, IČO " + I26,
                    "Žádáme o přístup k výsledkům voleb v XML (produkce 198.51.100.180 a "
                    "198.51.100.181, test 198.51.100.189) a o povolení natáčet na pracovišti "
                    "ČSÚ v Ostravě.",
                    [
                        ["Role", "Jméno", "Telefon", "E-mail"],
                        ["jednatel", "Bohumil Gebauer", "556 308 100", "gebauer@tvbeskydy.example"],
                        [
                            "kontaktní osoba",
                            "Lukáš Vojkůvka",
                            "556 308 114",
                            "vojkuvka@tvbeskydy.example",
                        ],
                        ["kameraman", "Filip Ondruch", "733 905 412", "ondruch@tvbeskydy.example"],
                        ["technik (IT)", "Pavel Žídek", "556 308 120", "zidek@tvbeskydy.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "cq027-letter-signature-ico-box-five-addresses",
        "description": "a letter in the body and as PDF copy; five production addresses given "
        "as a list and a /32; the signature block carries IČO and data-box ID",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Český jih média a.s.",
            I27,
            "c5jm2tq",
            ["198.19.4.1", "198.19.4.2", "198.19.4.3", "198.19.4.4", "198.19.4.9"],
            ["198.19.5.1"],
            "Hynek Kotrba",
            "kotrba@ceskyjih.example",
            "+420387719402",
        ),
        "from": "Hynek Kotrba <kotrba@ceskyjih.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": GMAIL,
        "body": "Vážení,\n\nspolečnost Český jih média a.s. žádá o přístup k XML s průběžnými "
        "výsledky voleb. Produkční servery: 198.19.4.1, 198.19.4.2, 198.19.4.3, 198.19.4.4 "
        "a dále 198.19.4.9/32 (CDN). Testovat budeme z adresy 198.19.5.1.\n\n"
        "Kontaktní osobou je podepsaný.\n\nS pozdravem\n\nIng. Hynek Kotrba\nvedoucí IT\n"
        "Český jih média a.s.\nIČO: " + I27 + " | ID datové schránky: c5jm2tq\n"
        "tel.: +420 387 719 402\n",
        "attachments": [
            (
                "pdf",
                "zadost_CJM.pdf",
                [
                    "Český jih média a.s. | IČO " + I27 + " | DS c5jm2tq",
                    "Kopie žádosti zaslané e-mailem: produkční servery 198.19.4.1–198.19.4.4 "
                    "a 198.19.4.9, test 198.19.5.1. Kontakt Ing. Hynek Kotrba.",
                ],
            )
        ],
    },
    {
        "id": "cq028-foreign-polish-tak-nie-xlsx-no-ico",
        "description": "Polish publisher without an IČO; the workbook has TAK/NIE columns "
        "(both TAK) and a second sheet with addresses and a +48 contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Gazeta Cieszyńska sp. z o.o.",
            None,
            None,
            ["203.0.113.230"],
            ["203.0.113.231"],
            "Agnieszka Wróbel",
            "a.wrobel@gazetacieszynska.example",
            "+48338512207",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@gazetacieszynska.example>",
        "subject": "Wniosek - wybory w Czechach",
        "headers": GMAIL,
        "body": "Dzień dobry,\n\nw załączniku przesyłam wypełniony wniosek naszej gazety.\n\n"
        "Pozdrawiam\nAgnieszka Wróbel\n",
        "attachments": [
            (
                "xlsx",
                "wniosek_GC.xlsx",
                [
                    {
                        "title": "Wniosek",
                        "rows": [
                            [
                                "Wnioskodawca",
                                "Gazeta Cieszyńska sp. z o.o., ul. Głęboka 14, Cieszyn",
                            ],
                            ["", "TAK", "NIE"],
                            ["Dostęp do wyników XML", "X", ""],
                            ["Zezwolenie na filmowanie", "X", ""],
                        ],
                    },
                    {
                        "title": "Dane techniczne",
                        "rows": [
                            ["IP produkcyjne", "203.0.113.230"],
                            ["IP testowe", "203.0.113.231"],
                            ["Osoba kontaktowa", "Agnieszka Wróbel"],
                            ["Telefon", "+48 33 851 22 07"],
                            ["E-mail", "a.wrobel@gazetacieszynska.example"],
                        ],
                    },
                ],
            )
        ],
    },
]
