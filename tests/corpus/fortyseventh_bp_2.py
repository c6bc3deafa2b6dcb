"""Forty-seventh held-out part ``bp``, cases bp015–bp028: a data message whose doplnění
replaces a test address, an empty mail with a bilingual PDF from Slovakia, a windows-1250 cover
with merged DOCX cells, a cover fixing a mistyped IPv6 address in the ODT, a data message split
between annotation and workbook, a press agency forwarding a partner's .eml, an RTF bracket form
whose cover adds the unticked filming, a PDF letter with the contact on its second page, a
three-sheet workbook with two people in a role column, an HTML-only ANO/NE form, a town's data
message whose supplement changes the contact's e-mail, an empty mail with nested DOCX tables, an
ODT with a status column and a cover signed by one person naming another. Written by hand apart
from the extraction rules (see make_fortyseventh_bp); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyseventh_bp_common import (
    CENTRUM,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    SAMSUNG,
    SEZNAM,
    L,
    Style,
    box,
    ico,
)

I15, I16, I17, I18, I19 = (
    ico("2691847"),
    ico("5193620"),
    ico("0637458"),
    ico("2819364"),
    ico("0457120"),
)
I20, I21, I22, I23 = ico("2538071"), ico("0714936"), ico("2973584"), ico("0294615")
I25, I26, I27, I28 = ico("0024836"), ico("2806753"), ico("0589142"), ico("2745309")

CASES: list[dict[str, Any]] = [
    {
        "id": "bp015-databox-supplement-replaces-test-address",
        "description": "data message with a DOCX application and a PDF doplnění that replaces "
        "the test address (the old one is dropped); bare annotation",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Liberecký zpravodaj a.s.",
            I15,
            "l6zq2vd",
            ["203.0.113.60", "203.0.113.61"],
            ["203.0.113.71"],
            "Pavla Hejduková",
            "hejdukova@libereckyzpravodaj.example",
            "+420485133907",
        ),
        "databox": box("l6zq2vd", "Liberecký zpravodaj a.s.", "Moskevská 640/12, 460 01 Liberec"),
        "subject": "Žádost ČSÚ volby 2025",
        "attachments": [
            (
                "docx",
                "zadost_LZ.docx",
                {
                    "header": "Liberecký zpravodaj a.s. | IČO " + I15,
                    "footer": "Moskevská 640/12, 460 01 Liberec | DS l6zq2vd",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["", "Adresa"],
                                ["Produkční 1", "203.0.113.60"],
                                ["Produkční 2", "203.0.113.61"],
                                ["Testovací", "203.0.113.70"],
                            ]
                        },
                        "Kontakt: Pavla Hejduková, hejdukova@libereckyzpravodaj.example, "
                        "485 133 907",
                    ],
                },
            ),
            (
                "pdf",
                "doplneni_k_zadosti.pdf",
                [
                    "Liberecký zpravodaj a.s. – doplnění žádosti o přístup k výsledkům voleb",
                    "Testovací server jsme po odeslání žádosti přestěhovali. Místo adresy "
                    "203.0.113.70 prosíme povolit 203.0.113.71. Produkční adresy a kontakt "
                    "zůstávají.",
                    "Ing. Radek Šulc, IT",
                ],
            ),
        ],
    },
    {
        "id": "bp016-empty-mail-bilingual-pdf-slovak",
        "description": "no text; the PDF is a bilingual Slovak/English form (Názov / Name, "
        "IČO (ID No.)) with a Slovak mobile and both requests ticked",
        "style": Style.EMPTY,
        "labels": L(
            [FEED, FILM],
            "Záhorské médiá, s. r. o.",
            I16,
            None,
            ["192.0.2.201", "192.0.2.202"],
            ["192.0.2.210"],
            "Juraj Ondruš",
            "ondrus@zahorskemedia.example",
            "+421905318226",
        ),
        "from": "Juraj Ondrus <ondrus@zahorskemedia.example>",
        "subject": "ziadost - volby CZ",
        "headers": GMAIL,
        "body": "",
        "attachments": [
            (
                "pdf",
                "ziadost_ZM.pdf",
                [
                    "Žiadosť o prístup / Application for access",
                    {
                        "rows": [
                            ["Názov / Name", "Záhorské médiá, s. r. o."],
                            ["IČO (ID No.)", I16],
                            ["Sídlo / Address", "Štúrova 22, 901 01 Malacky, Slovensko"],
                        ],
                        "widths": [130, 250],
                    },
                    "Žiadame o / We apply for:",
                    "☒ prístup k výsledkom v XML / access to the XML results",
                    "☒ povolenie nakrúcať / filming permit",
                    {
                        "rows": [
                            ["Produkčné IP / Production IP", "192.0.2.201; 192.0.2.202"],
                            ["Testovacie IP / Test IP", "192.0.2.210"],
                            ["Kontakt / Contact", "Juraj Ondruš"],
                            ["Tel. / Phone", "+421 905 318 226"],
                            ["E-mail", "ondrus@zahorskemedia.example"],
                        ],
                        "widths": [130, 250],
                    },
                ],
            )
        ],
    },
    {
        "id": "bp017-windows-1250-docx-merged-row-header",
        "description": "windows-1250 8bit cover; the DOCX table has a row header merged over "
        "three production rows and a separate test row",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Krušnohorský týdeník s.r.o.",
            I17,
            None,
            ["198.51.100.31", "198.51.100.32", "198.51.100.33"],
            ["198.51.100.40"],
            "Miroslav Čejka",
            "cejka@krusnohorsky-tydenik.example",
            "+420474652018",
        ),
        "from": "Miroslav Čejka <cejka@krusnohorsky-tydenik.example>",
        "subject": "žádost o XML výsledky voleb",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": "Dobrý den,\n\nv příloze žádost Krušnohorského týdeníku. Případné dotazy "
        "prosím na mě.\n\nMiroslav Čejka\nsprávce webu\ntel. 474 652 018\n",
        "attachments": [
            (
                "docx",
                "KT_zadost.docx",
                {
                    "header": "Krušnohorský týdeník s.r.o., Husova 3, 430 01 Chomutov",
                    "footer": "IČO " + I17 + " | www.krusnohorsky-tydenik.example",
                    "blocks": [
                        "Žádost o přístup k dedikovanému serveru s výsledky voleb",
                        {
                            "rows": [
                                ["Typ", "IP adresa", "Poznámka"],
                                ["Produkce", "198.51.100.31", "hlavní"],
                                ["", "198.51.100.32", "záložní"],
                                ["", "198.51.100.33", "záložní 2"],
                                ["Test", "198.51.100.40", ""],
                            ],
                            "merge": [(1, 0, 3, 0)],
                        },
                        "Kontaktní osoba: Miroslav Čejka, cejka@krusnohorsky-tydenik.example",
                        "Natáčení: nežádáme.",
                    ],
                },
            )
        ],
    },
    {
        "id": "bp018-cover-fixes-mistyped-ipv6",
        "description": "the ODT lists two IPv6 production addresses, one with a wrong hextet; "
        "the cover note gives the right one; no test address",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Datalab Zlín s.r.o.",
            I18,
            None,
            ["2001:db8:4b::15", "2001:db8:4b::16"],
            [],
            "Štěpán Machala",
            "machala@datalabzlin.example",
            "+420604215873",
        ),
        "from": "Štěpán Machala <machala@datalabzlin.example>",
        "subject": "Žádost - volební data (Datalab Zlín)",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\n\nposílám žádost. Pozor, v dokumentu je u první adresy "
        "překlep 2001:db8:4a::15 – správně je 2001:db8:4b::15 (stejný prefix jako druhá).\n"
        "Testovat budeme přímo z produkce.\n\nŠtěpán Machala\n+420 604 215 873\n",
        "attachments": [
            (
                "odt",
                "zadost_datalab.odt",
                [
                    "Datalab Zlín s.r.o., tř. Tomáše Bati 5135, 760 01 Zlín, IČO " + I18,
                    "Žádáme o zpřístupnění výsledků voleb na dedikovaném serveru.",
                    [
                        ["Produkční IPv6", "2001:db8:4a::15"],
                        ["Produkční IPv6", "2001:db8:4b::16"],
                        ["Testovací", "nepoužíváme"],
                    ],
                    "Kontakt: Štěpán Machala, machala@datalabzlin.example",
                ],
            )
        ],
    },
    {
        "id": "bp019-databox-split-annotation-workbook",
        "description": "data message: production addresses in the annotation, the test address "
        "and the contact on the workbook's second sheet, filming on its first",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Pardubická televize s.r.o.",
            I19,
            "p9tv4ks",
            ["198.18.60.1", "198.18.60.2"],
            ["198.18.61.1"],
            "Barbora Vacková",
            "vackova@pardubickatv.example",
            "+420466012947",
        ),
        "databox": box("p9tv4ks", "Pardubická televize s.r.o.", "Jindřišská 17, 530 02 Pardubice"),
        "subject": "Žádost o XML výsledky a natáčení; produkční IP 198.18.60.1 a 198.18.60.2, "
        "ostatní v příloze",
        "attachments": [
            (
                "xlsx",
                "PTV_volby.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Pardubická televize s.r.o.", "IČO " + I19],
                            ["Přístup k XML", "ANO"],
                            ["Natáčení na pracovišti ČSÚ", "ANO"],
                            ["Štáb", "Vojtěch Kalous (kamera), Nikola Řeháková (redaktorka)"],
                        ],
                    },
                    {
                        "title": "Technika a kontakt",
                        "rows": [
                            ["testovací IP", "198.18.61.1"],
                            ["kontaktní osoba", "Vacková Barbora"],
                            ["e-mail", "vackova@pardubickatv.example"],
                            ["telefon", "466 012 947"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bp020-agency-forwards-partner-eml",
        "description": "a press agency forwards a partner's application as an attached .eml "
        "and says it does not apply itself; the partner (inner mail) is the applicant",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Echo Valašsko s.r.o.",
            I20,
            None,
            ["192.0.2.88"],
            ["192.0.2.89"],
            "Lukáš Hořava",
            "horava@echovalassko.example",
            "+420571620384",
        ),
        "from": "Redakce TZM <redakce@tzm-agentura.example>",
        "subject": "Fw: žádost partnera o přístup k výsledkům",
        "headers": OWA,
        "body": "Dobrý den,\n\nnáš regionální partner nám žádost poslal omylem. My sami "
        "letos nežádáme, data od vás nebereme. Přikládáme jeho zprávu.\n\nS pozdravem\n"
        "Simona Brázdová\nTisková zpravodajská mediace, a.s.\n",
        "attachments": [
            (
                "eml",
                "zadost_Echo_Valassko.eml",
                {
                    "id": "bp020-inner",
                    "from": "Lukáš Hořava <horava@echovalassko.example>",
                    "to": "redakce@tzm-agentura.example",
                    "subject": "žádost o přístup k výsledkům",
                    "headers": SEZNAM,
                    "body": "Dobrý den,\n\nza Echo Valašsko s.r.o. (IČO " + I20 + ") bychom "
                    "chtěli přístup k volebnímu XML.\nprod: 192.0.2.88\ntest: 192.0.2.89\n\n"
                    "Lukáš Hořava\n571 620 384\n",
                },
            )
        ],
    },
    {
        "id": "bp021-rtf-bracket-form-cover-adds-filming",
        "description": "the RTF form has [x] feed and [ ] filming, but the cover note says "
        "filming was meant to be ticked too, so both are requested",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED, FILM],
            "Plzeňský posel, spol. s r.o.",
            I21,
            None,
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.150"],
            "Alžběta Rösslerová",
            "rosslerova@plzenskyposel.example",
            "+420377902516",
        ),
        "from": "Alžběta Rösslerová <rosslerova@plzenskyposel.example>",
        "subject": "Žádost – volby, Plzeňský posel",
        "headers": CENTRUM,
        "body": "Dobrý den,\n\nv příloze formulář. Omlouvám se, zapomněla jsem zaškrtnout i "
        "natáčení – to chceme také, kameraman by přijel na krajské pracoviště v Plzni.\n\n"
        "Alžběta Rösslerová\n",
        "attachments": [
            (
                "rtf",
                "formular_PP.rtf",
                [
                    "Formulář žádosti média",
                    [
                        ["Žadatel", "Plzeňský posel, spol. s r.o."],
                        ["IČO", I21],
                    ],
                    "[x] přístup k výsledkům (XML)\n[ ] natáčení / fotografování",
                    [
                        ["produkční IP", "203.0.113.140, 203.0.113.141"],
                        ["testovací IP", "203.0.113.150"],
                        ["kontakt", "Rösslerová Alžběta"],
                        ["tel.", "377 902 516"],
                        ["e-mail", "rosslerova@plzenskyposel.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "bp022-pdf-letter-contact-on-second-page",
        "description": "a long PDF letter signed by the director; the technical contact is on "
        "its second page after a page marker, with a desk line and a mobile",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Severočeská rozhlasová společnost, a.s.",
            I22,
            None,
            ["198.51.100.170", "198.51.100.171", "198.51.100.172"],
            ["198.51.100.180"],
            "Kryštof Ambrož",
            "ambroz@scrs.example",
            "+420732406158",
        ),
        "from": "Jaroslava Müllerová <mullerova@scrs.example>",
        "subject": "Žádost o přístup k datům voleb",
        "headers": IPHONE,
        "body": "Dobrý den, v příloze dopis ředitele.\nJ. Müllerová, asistentka\n",
        "attachments": [
            (
                "pdf",
                "dopis_SCRS.pdf",
                [
                    "SEVEROČESKÁ ROZHLASOVÁ SPOLEČNOST, a.s.\nMírové náměstí 8, 400 01 "
                    "Ústí nad Labem\nIČO " + I22,
                    "Vážená paní ředitelko, vážený pane řediteli,",
                    "jako každoročně bychom rádi zajistili našim posluchačům co nejrychlejší "
                    "informace o výsledcích voleb. Naše zpravodajství bude vysílat nepřetržitě "
                    "od uzavření volebních místností až do sečtení všech okrsků a výsledky budou "
                    "průběžně zobrazovány i na našem webu a v mobilní aplikaci. " * 3,
                    "Žádáme proto o zpřístupnění výsledků na vašem dedikovaném serveru. Na "
                    "pracovištích úřadu natáčet nebudeme.",
                    "Naše servery: 198.51.100.170, 198.51.100.171 a 198.51.100.172 (produkce), "
                    "198.51.100.180 (test).",
                    "S úctou\nMgr. Bohumil Krejza\ngenerální ředitel",
                    "— strana 2 —",
                    "Příloha: technické údaje",
                    "Kontaktní osoba pro technické záležitosti: Kryštof Ambrož, vedoucí IT, "
                    "ambroz@scrs.example, tel. 475 210 300 (ústředna), mobil 732 406 158.",
                ],
            )
        ],
    },
    {
        "id": "bp023-three-sheets-two-people-role-column",
        "description": "a three-sheet workbook: applicant, an address range written with a dash, "
        "and a contact sheet with two people where the role column marks the contact",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Regionální vydavatelství Hlinsko s.r.o.",
            I23,
            None,
            ["198.18.20.10", "198.18.20.11", "198.18.20.12"],
            ["198.18.20.20"],
            "Tomáš Kratochvíl",
            "kratochvil@rvhlinsko.example",
            "+420469311724",
        ),
        "from": "Tomáš Kratochvíl <kratochvil@rvhlinsko.example>",
        "subject": "Žádost o XML výsledky",
        "headers": SAMSUNG,
        "body": "Dobrý den, posílám vyplněné údaje v excelu.\nKratochvíl\n",
        "attachments": [
            (
                "xlsx",
                "RVH_volby.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Regionální vydavatelství Hlinsko s.r.o."],
                            ["IČO", I23],
                            ["Žádáme", "přístup k serveru s výsledky voleb"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["Produkční rozsah", "198.18.20.10 - 198.18.20.12"],
                            ["Test", "198.18.20.20"],
                        ],
                    },
                    {
                        "title": "Osoby",
                        "rows": [
                            ["Jméno", "Role", "E-mail", "Telefon"],
                            [
                                "Ing. Eva Pospíchalová",
                                "jednatelka – podepisuje",
                                "pospichalova@rvhlinsko.example",
                                "469 311 700",
                            ],
                            [
                                "Tomáš Kratochvíl",
                                "kontakt pro žádost",
                                "kratochvil@rvhlinsko.example",
                                "469 311 724",
                            ],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bp024-html-only-ano-ne-ipv6-test",
        "description": "an HTML-only mail with an ANO/NE table (feed ANO, filming NE) and a "
        "bilingual address table: IPv4 production, IPv6 test",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Kraj TV Vysočina s.r.o.",
            ico("2570384"),
            None,
            ["192.0.2.120", "192.0.2.121"],
            ["2001:db8:120::5"],
            "Ivana Procházková",
            "prochazkova@krajtv.example",
            "+420567118902",
        ),
        "from": "Ivana Procházková <prochazkova@krajtv.example>",
        "subject": "Žádost médií - volby",
        "headers": OWA,
        "html": "<html><body><p>Dobrý den,</p><p>zasíláme žádost společnosti <b>Kraj TV "
        "Vysočina s.r.o.</b> (IČO (ID No.) " + ico("2570384") + ").</p>"
        "<table border=1><tr><th>Požadavek / Request</th><th>ANO</th><th>NE</th></tr>"
        "<tr><td>Přístup k XML / XML feed</td><td>X</td><td></td></tr>"
        "<tr><td>Natáčení / Filming</td><td></td><td>X</td></tr></table><br>"
        "<table border=1><tr><td>Produkční / Production</td><td>192.0.2.120<br>192.0.2.121"
        "</td></tr><tr><td>Testovací / Test</td><td>2001:0db8:0120::0005</td></tr></table>"
        "<p>Ivana Procházková<br>567 118 902<br>prochazkova@krajtv.example</p>"
        "</body></html>",
        "attachments": [
            (
                "pdf",
                "plna_moc.pdf",
                [
                    "Plná moc",
                    "Kraj TV Vysočina s.r.o. zmocňuje Ivanu Procházkovou k jednání s ČSÚ ve "
                    "věci přístupu k výsledkům voleb.",
                    "Jan Brabec, jednatel",
                ],
            )
        ],
    },
    {
        "id": "bp025-databox-town-supplement-changes-email",
        "description": "a town's data message (box type 10) for its town TV: the application "
        "PDF gives the contact's e-mail, the doplnění gives a new e-mail for her",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Město Rokytno",
            I25,
            "r5mest2",
            ["203.0.113.230"],
            ["203.0.113.231"],
            "Hedvika Novotná",
            "tv@rokytno-mesto.example",
            "+420491430227",
        ),
        "databox": box("r5mest2", "Město Rokytno", "Náměstí Míru 1, 549 41 Rokytno", 10),
        "subject": "Žádost – Městská televize Rokytno, volby",
        "attachments": [
            (
                "pdf",
                "zadost_MTV.pdf",
                [
                    "Město Rokytno · Náměstí Míru 1 · 549 41 Rokytno · IČO " + I25,
                    "Městská televize Rokytno (organizační složka města) žádá o přístup "
                    "k výsledkům voleb v XML a o povolení natáčet na pracovišti ČSÚ v Náchodě.",
                    {
                        "rows": [
                            ["produkční", "203.0.113.230"],
                            ["testovací", "203.0.113.231"],
                            ["kontakt", "Hedvika Novotná, novotna@mu-rokytno.example, 491 430 227"],
                        ],
                        "widths": [90, 300],
                    },
                    "Bc. Karel Sejkora, starosta",
                ],
            ),
            (
                "txt",
                "doplneni.txt",
                "Doplnění k žádosti: paní Novotná od září používá pro televizi adresu "
                "tv@rokytno-mesto.example, stará adresa na úřadě se ruší. Telefon platí.\n",
            ),
        ],
    },
    {
        "id": "bp026-empty-mail-docx-nested-table",
        "description": "no text; the DOCX has a nested table of addresses inside the request "
        "cell and a header with the publisher; production only",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Slovácké noviny, s.r.o.",
            I26,
            None,
            ["198.51.100.201", "198.51.100.202", "198.51.100.203"],
            [],
            "Dominik Šebela",
            "sebela@slovackenoviny.example",
            "+420572811049",
        ),
        "from": "Dominik Šebela <sebela@slovackenoviny.example>",
        "subject": "",
        "headers": IPHONE,
        "body": "",
        "attachments": [
            (
                "docx",
                "SN_zadost.docx",
                {
                    "header": "Slovácké noviny, s.r.o. | Masarykovo nám. 20, 686 01 Uherské "
                    "Hradiště | IČO " + I26,
                    "footer": "strana 1/1",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb",
                        {
                            "rows": [
                                ["Požadavek", "přístup k XML na dedikovaném serveru"],
                                ["Adresy", ""],
                                [
                                    "Kontakt",
                                    "Dominik Šebela, sebela@slovackenoviny.example, 572 811 049",
                                ],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkce", "198.51.100.201"],
                                        ["produkce", "198.51.100.202"],
                                        ["produkce", "198.51.100.203"],
                                    ]
                                }
                            },
                        },
                        "Testovací adresu nemáme, testovat budeme z produkce.",
                    ],
                },
            )
        ],
    },
    {
        "id": "bp027-odt-status-column-old-addresses",
        "description": "short cover; the ODT table has a status column where two addresses are "
        "marked as last year's and no longer used",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Kladenský týden s.r.o.",
            I27,
            None,
            ["192.0.2.58", "192.0.2.59"],
            ["192.0.2.60"],
            "Renata Fialová",
            "fialova@kladenskytyden.example",
            "+420312249730",
        ),
        "from": "Renata Fialová <fialova@kladenskytyden.example>",
        "subject": "Re: volby - aktualizace adres",
        "headers": GMAIL,
        "body": "Dobrý den,\nposílám aktuální přehled, staré adresy jsou tam pro úplnost.\n\n"
        "Renata Fialová\nKladenský týden\n312 249 730\n",
        "attachments": [
            (
                "odt",
                "KT_IP_2025.odt",
                [
                    "Kladenský týden s.r.o., IČO " + I27 + " – žádost o přístup k XML výsledkům",
                    [
                        ["IP", "účel", "stav"],
                        ["192.0.2.10", "produkce", "loni, už nepoužíváme"],
                        ["192.0.2.11", "test", "loni, už nepoužíváme"],
                        ["192.0.2.58", "produkce", "platí od 2025"],
                        ["192.0.2.59", "produkce", "platí od 2025"],
                        ["192.0.2.60", "test", "platí od 2025"],
                    ],
                    "Kontakt: Renata Fialová, fialova@kladenskytyden.example",
                ],
            )
        ],
    },
    {
        "id": "bp028-cover-signed-by-editor-pdf-names-contact",
        "description": "the cover is signed by the editor-in-chief with a colleague in copy; "
        "the PDF names a third person as the contact, with her own mobile",
        "style": Style.COVER,
        "labels": L(
            [FEED, FILM],
            "Mladoboleslavský expres a.s.",
            I28,
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.190"],
            "Jitka Horáková",
            "horakova@mbexpres.example",
            "+420737512068",
        ),
        "from": "Vladimír Bureš <bures@mbexpres.example>",
        "cc": "Ondřej Lacina <lacina@mbexpres.example>",
        "subject": "Žádost MB expres – volby 2025",
        "headers": SEZNAM,
        "body": "Dobrý den,\n\nzasílám žádost našeho deníku. Ondřej (v kopii) zajistí "
        "fotografa, technické věci ale řeší kolegyně uvedená v žádosti.\n\nVladimír Bureš\n"
        "šéfredaktor\n326 700 111\n",
        "attachments": [
            (
                "pdf",
                "zadost_MBE.pdf",
                [
                    "Mladoboleslavský expres a.s. | Jaselská 450, 293 01 Mladá Boleslav | "
                    "IČO " + I28,
                    "Žádáme o: 1) přístup k průběžným výsledkům voleb (XML), 2) povolení "
                    "fotografovat na pracovišti ČSÚ.",
                    {
                        "rows": [
                            ["produkční IP", "203.0.113.180\n203.0.113.181"],
                            ["testovací IP", "203.0.113.190"],
                            [
                                "kontaktní osoba",
                                "Jitka Horáková\nhorakova@mbexpres.example\nmobil +420 737 512 068",
                            ],
                        ],
                        "widths": [110, 240],
                    },
                ],
            )
        ],
    },
]
