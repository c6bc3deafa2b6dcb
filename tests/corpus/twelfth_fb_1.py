"""Twelfth held-out part ``fb``, cases fb001–fb014: completed forms, letterheads, host
spreadsheets and data-box messages, written by hand (see tests/corpus/LABELS.md)."""

from __future__ import annotations

from tests.corpus.label_rules import L
from tests.corpus.twelfth_fb_common import BOTH, FEED, FILM, Case, Style

CASES: list[Case] = [
    {
        "id": "fb001-docx-form-tick-boxes",
        "description": "DOCX form with ticked and unticked box characters; cover mail says only see attachment",
        "style": Style.FORM,
        "from": "Radka Šímová <simova@jcv.example>",
        "subject": "Formulář – vyhrazené připojení",
        "body": "Dobrý den,\n\nv příloze zasíláme vyplněný formulář.\n\nS pozdravem\nR. Šímová\n",
        "attachments": [
            (
                "docx",
                "formular_JCV.docx",
                {
                    "header": "Jihočeská vysílací, s.r.o. – Lannova tř. 16, České Budějovice",
                    "blocks": [
                        "ŽÁDOST O REGISTRACI MÉDIA – volba prezidenta republiky 2023",
                        {
                            "rows": [
                                ["Žadatel", "Jihočeská vysílací, s.r.o."],
                                ["IČO", "28417739"],
                                [
                                    "Předmět žádosti",
                                    "☒ přístup k XML výsledkům (vyhrazený server)\n☐ povolení k pořizování záznamu na přebíracím místě",
                                ],
                                ["IP adresy – ostrý provoz", "198.51.100.21\n198.51.100.22"],
                                ["IP adresy – testovací", "203.0.113.5"],
                                ["Kontaktní osoba", "Ing. Radka Šímová"],
                                ["E-mail", "simova@jcv.example"],
                                ["Telefon", "387 221 640"],
                            ]
                        },
                        "V Českých Budějovicích dne 6. 12. 2022",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Jihočeská vysílací, s.r.o.",
            "28417739",
            None,
            ["198.51.100.21", "198.51.100.22"],
            ["203.0.113.5"],
            "Radka Šímová",
            "simova@jcv.example",
            "+420387221640",
        ),
    },
    {
        "id": "fb002-pdf-letterhead-assistant-sends",
        "description": "assistant mails a PDF letter on letterhead; chairman signs, a technician is the named contact; box ID in letterhead",
        "style": Style.LETTER,
        "from": "Martina Kolářová <kolarova@horizont.example>",
        "subject": "Žádost o přístup k XML serveru ČSÚ – Vydavatelství Horizont",
        "body": (
            "Dobrý den,\n\nza vydavatelství posílám podepsanou žádost v PDF. Originál s podpisem "
            "pana předsedy máme založen u nás.\n\nMartina Kolářová\nasistentka představenstva\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_Horizont.pdf",
                [
                    "VYDAVATELSTVÍ HORIZONT a.s. | Vinohradská 1511/230, 100 00 Praha 10 | "
                    "IČO: 27190463 | DIČ: CZ27190463 | ID DS: h7kq2mz",
                    "Český statistický úřad<br/>Na padesátém 81<br/>100 82 Praha 10",
                    "Věc: Žádost o přidělení přístupu k XML serveru s průběžnými výsledky",
                    "Vážení, žádáme o zařazení našeho vydavatelství mezi média s vyhrazeným "
                    "připojením. Pro ostrý provoz budeme stahovat data ze serverů 192.0.2.140, "
                    "192.0.2.141 a 192.0.2.142; pro testování použijeme stroj 198.51.100.200.",
                    "Technickou stránku má na starosti pan Jiří Pospíšil, vedoucí IT "
                    "(pospisil@horizont.example, tel. 731 402 118), na kterého se prosím obracejte.",
                    "Mgr. Tomáš Bednář<br/>předseda představenstva",
                ],
            )
        ],
        "labels": L(
            FEED,
            "VYDAVATELSTVÍ HORIZONT a.s.",
            "27190463",
            "h7kq2mz",
            ["192.0.2.140", "192.0.2.141", "192.0.2.142"],
            ["198.51.100.200"],
            "Jiří Pospíšil",
            "pospisil@horizont.example",
            "+420731402118",
        ),
    },
    {
        "id": "fb003-xlsx-host-list-retired-row",
        "description": "XLSX host inventory with a role column and one retired host to leave out; terse mail without diacritics",
        "style": Style.SPREADSHEET,
        "from": "Petr Vlach <vlach@radiohana.example>",
        "subject": "XML volby - seznam serveru",
        "body": (
            "Dobry den,\nposilame seznam nasich serveru pro pristup k XML s vysledky voleb, "
            "vse je v tabulce.\n\nPetr Vlach\nRadio Hana plus, s.r.o., ICO 26351285\n"
            "mob. 604 55 12 90\n"
        ),
        "attachments": [
            (
                "xlsx",
                "servery_volby.xlsx",
                [
                    {
                        "title": "Servery",
                        "rows": [
                            ["Hostname", "IP adresa", "Role", "Poznámka"],
                            ["feed1.hana", "198.51.100.31", "produkce", ""],
                            ["feed2.hana", "198.51.100.32", "produkce", "záloha feed1"],
                            [
                                "oldfeed",
                                "198.51.100.9",
                                "produkce",
                                "vyřazen k 30. 11., nepoužívat",
                            ],
                            ["stage", "203.0.113.77", "test", ""],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Radio Hana plus, s.r.o.",
            "26351285",
            None,
            ["198.51.100.31", "198.51.100.32"],
            ["203.0.113.77"],
            "Petr Vlach",
            "vlach@radiohana.example",
            "+420604551290",
        ),
    },
    {
        "id": "fb004-databox-town-newsletter-txt",
        "description": "data message from a town publishing its newsletter; request in a TXT attachment, no test address",
        "style": Style.DATABOX,
        "databox": {
            "box": "m4rt7xa",
            "sender": "Město Lipník u Sázavy",
            "address": "Náměstí 1, 582 91 Lipník u Sázavy",
            "type": 10,
        },
        "subject": "Lipnický zpravodaj – přístup k výsledkům voleb",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Město Lipník u Sázavy, IČO 00278513, vydavatel Lipnického zpravodaje,\n"
                "žádá o přístup k vyhrazenému serveru s výsledky voleb ve formátu XML.\n\n"
                "Naše veřejná adresa (ostrý provoz): 203.0.113.150\n"
                "Testovací adresu nemáme.\n\n"
                "Kontakt: Bc. Ilona Marková, redakce zpravodaje\n"
                "redakce@lipnik.example, tel. 569 430 118\n",
            )
        ],
        "labels": L(
            FEED,
            "Město Lipník u Sázavy",
            "00278513",
            "m4rt7xa",
            ["203.0.113.150"],
            [],
            "Ilona Marková",
            "redakce@lipnik.example",
            "+420569430118",
        ),
    },
    {
        "id": "fb005-odt-freelancer-filming",
        "description": "documentary maker (natural person with IČO) asks in ODT only to film at a collection point; cameraman named but not the contact",
        "style": Style.LETTER,
        "from": "Ondřej Kratochvíl <okratochvil@filmdok.example>",
        "subject": "žádost o natáčení na přebíracím místě",
        "body": "Dobrý den, přikládám žádost o povolení natáčení. Ondřej Kratochvíl\n",
        "attachments": [
            (
                "odt",
                "zadost_natáčení.odt",
                [
                    "Ondřej Kratochvíl",
                    "dokumentarista, IČO: 68293313, Wolkerova 22, 779 00 Olomouc",
                    "Věc: Žádost o vydání povolení k přítomnosti na přebíracím místě",
                    "Připravuji dokument o tom, jak se sčítají hlasy, a rád bych natáčel příjem "
                    "výsledků na přebíracím místě ČSÚ pro okres Olomouc v noci ze 13. na 14. ledna. "
                    "Natáčet bude se mnou kameraman Lukáš Dvořák (lukas.dvorak@filmdok.example).",
                    "Přístup k XML serveru nepotřebuji.",
                    "Kontakt: okratochvil@filmdok.example, +420 777 301 552",
                    "Ondřej Kratochvíl",
                ],
            )
        ],
        "labels": L(
            FILM,
            "Ondřej Kratochvíl",
            "68293313",
            None,
            [],
            [],
            "Ondřej Kratochvíl",
            "okratochvil@filmdok.example",
            "+420777301552",
        ),
    },
    {
        "id": "fb006-rtf-table-netmask",
        "description": "RTF table of address, netmask and purpose; a /30 by netmask for production; terse technician",
        "style": Style.TECHNICIAN,
        "from": "Marek Holub <holub@tvpodbeskydi.example>",
        "subject": "IP pro XML",
        "body": (
            "Zdravim,\nv priloze IP pro vyhrazene pripojeni, TV Podbeskydi s.r.o.\n"
            "Kdyby neco, volejte 558 640 221.\nHolub, technik\n"
        ),
        "attachments": [
            (
                "rtf",
                "ip_adresy.rtf",
                [
                    "TV Podbeskydí s.r.o., IČO 29044553 – adresy pro připojení k XML",
                    [
                        ["Adresa", "Maska", "Účel"],
                        ["198.51.100.128", "255.255.255.252", "ostrý provoz"],
                        ["203.0.113.200", "255.255.255.255", "test"],
                    ],
                ],
            )
        ],
        "labels": L(
            FEED,
            "TV Podbeskydí s.r.o.",
            "29044553",
            None,
            ["198.51.100.128", "198.51.100.129", "198.51.100.130", "198.51.100.131"],
            ["203.0.113.200"],
            "Marek Holub",
            "holub@tvpodbeskydi.example",
            "+420558640221",
        ),
    },
    {
        "id": "fb007-english-pdf-two-columns-ipv6",
        "description": "German broadcaster, English PDF with production and test side by side in columns, IPv6, asks for both",
        "style": Style.LETTER,
        "from": "Katrin Vogel <k.vogel@nordlicht.example>",
        "subject": "Application: election results feed and filming, Nordlicht Rundfunk",
        "body": "Dear Sir or Madam,\nplease find our application attached.\nKind regards,\nKatrin Vogel\n",
        "attachments": [
            (
                "pdf",
                "Nordlicht_application.pdf",
                [
                    "Nordlicht Rundfunk GmbH, Mittelweg 44, 20148 Hamburg, Germany",
                    "We apply for access to the dedicated XML results server for the presidential "
                    "election and would also like our crew to film at the collection point in "
                    "Prague on election night.",
                    {
                        "rows": [
                            ["Production servers", "Test servers"],
                            [
                                "2001:db8:4a1::10<br/>2001:db8:4a1::11<br/>198.51.100.44",
                                "2001:db8:4a1::f0",
                            ],
                        ],
                        "widths": [200, 200],
                    },
                    "Contact: Katrin Vogel, Head of Data Desk<br/>k.vogel@nordlicht.example · +49 40 5550 1723",
                ],
            )
        ],
        "labels": L(
            BOTH,
            "Nordlicht Rundfunk GmbH",
            None,
            None,
            ["2001:db8:4a1::10", "2001:db8:4a1::11", "198.51.100.44"],
            ["2001:db8:4a1::f0"],
            "Katrin Vogel",
            "k.vogel@nordlicht.example",
            "+494055501723",
        ),
    },
    {
        "id": "fb008-cover-note-corrects-docx-test",
        "description": "the cover mail corrects the test address written in the attached DOCX form",
        "style": Style.CORRECTION,
        "from": "Pavla Nováková <novakova@rdv.example>",
        "subject": "Žádost o vyhrazené připojení – Regionální deník Vysočina",
        "body": (
            "Dobrý den,\n\nposílám vyplněnou žádost. Omlouvám se, ve formuláři mám překlep "
            "v testovací adrese: místo 203.0.113.16 má být správně 203.0.113.61. "
            "Ostatní údaje platí.\n\nPavla Nováková\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_RDV.docx",
                {
                    "blocks": [
                        "Žádost o přístup k XML s výsledky voleb",
                        {
                            "rows": [
                                ["Název žadatele", "Regionální deník Vysočina, s.r.o."],
                                ["IČ", "25733109"],
                                ["Produkční IP", "192.0.2.77"],
                                ["Testovací IP", "203.0.113.16"],
                                [
                                    "Kontakt",
                                    "Pavla Nováková, novakova@rdv.example, +420 566 101 442",
                                ],
                            ]
                        },
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Regionální deník Vysočina, s.r.o.",
            "25733109",
            None,
            ["192.0.2.77"],
            ["203.0.113.61"],
            "Pavla Nováková",
            "novakova@rdv.example",
            "+420566101442",
        ),
    },
    {
        "id": "fb009-slovak-txt-range",
        "description": "Slovak outlet without an IČO, request in a TXT attachment with a written range of production addresses",
        "style": Style.PLAIN,
        "from": "Zuzana Hrušovská <hrusovska@vychod.example>",
        "subject": "Žiadosť o prístup k XML výsledkom volieb",
        "body": "Dobrý deň,\nv prílohe posielame žiadosť nášho portálu.\nS pozdravom\nZuzana Hrušovská\n",
        "attachments": [
            (
                "txt",
                "ziadost_vychod.txt",
                "Žiadateľ: Východoslovenské médiá, s. r. o., Hlavná 12, Košice\n\n"
                "Žiadame o pridelenie prístupu k vyhradenému XML serveru s výsledkami voľby "
                "prezidenta ČR.\n"
                "Produkčné IP adresy: 192.0.2.60 – 192.0.2.62\n"
                "Testovacie adresy: nemáme\n\n"
                "Kontaktná osoba: Zuzana Hrušovská, hrusovska@vychod.example, +421 905 448 120\n",
            )
        ],
        "labels": L(
            FEED,
            "Východoslovenské médiá, s. r. o.",
            None,
            None,
            ["192.0.2.60", "192.0.2.61", "192.0.2.62"],
            [],
            "Zuzana Hrušovská",
            "hrusovska@vychod.example",
            "+421905448120",
        ),
    },
    {
        "id": "fb010-docx-form-ano-ne-filming-declined",
        "description": "DOCX form with ANO/NE answers: feed yes, filming no; two production and two test addresses",
        "style": Style.FORM,
        "from": "Vojtěch Mareš <mares@beatbrno.example>",
        "subject": "Registrace – průběžné výsledky XML",
        "body": "Dobrý den,\nzasílám formulář za Rádio Beat Brno.\nVojtěch Mareš\n",
        "attachments": [
            (
                "docx",
                "registrace_beat.docx",
                {
                    "blocks": [
                        "Registrace média – volba prezidenta 2023",
                        {
                            "rows": [
                                ["Žadatel", "Rádio Beat Brno, s.r.o.", ""],
                                ["IČO", "24681199", ""],
                                ["Žádám o", "přístup k XML serveru", "ANO"],
                                ["", "povolení natáčet na přebíracím místě", "NE"],
                                ["Ostré IP", "198.18.4.10", "198.18.4.11"],
                                ["Testovací IP", "198.18.5.10", "198.18.5.11"],
                                [
                                    "Kontaktní osoba",
                                    "Vojtěch Mareš",
                                    "mares@beatbrno.example, 739 118 204",
                                ],
                            ],
                            "merge": [(2, 0, 3, 0)],
                        },
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Rádio Beat Brno, s.r.o.",
            "24681199",
            None,
            ["198.18.4.10", "198.18.4.11"],
            ["198.18.5.10", "198.18.5.11"],
            "Vojtěch Mareš",
            "mares@beatbrno.example",
            "+420739118204",
        ),
    },
    {
        "id": "fb011-databox-docx-header-footer",
        "description": "data message with a DOCX letter: name and IČO in the page header, contact in the body, editor-in-chief signs",
        "style": Style.DATABOX,
        "databox": {
            "box": "p3kz9wd",
            "sender": "Deník Polabí, a.s.",
            "address": "Palackého 8, 280 02 Kolín",
        },
        "subject": "Žádost – vyhrazené připojení XML",
        "attachments": [
            (
                "docx",
                "zadost_vyhrazene_pripojeni.docx",
                {
                    "header": "Deník Polabí, a.s. · IČO 28551401 · Palackého 8, Kolín",
                    "footer": "www.denikpolabi.example · redakce@denikpolabi.example",
                    "blocks": [
                        "Český statistický úřad, odbor informatiky",
                        "Žádáme o registraci k vyhrazenému připojení pro volbu prezidenta. "
                        "Data budeme stahovat z adres 203.0.113.20 a 203.0.113.21, zkoušky "
                        "poběží z adresy 203.0.113.30.",
                        "Kontaktní osoba: Daniel Urban, tel. 605 220 917, urban@denikpolabi.example",
                        "S úctou\nMgr. Simona Vránová, šéfredaktorka",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Deník Polabí, a.s.",
            "28551401",
            "p3kz9wd",
            ["203.0.113.20", "203.0.113.21"],
            ["203.0.113.30"],
            "Daniel Urban",
            "urban@denikpolabi.example",
            "+420605220917",
        ),
    },
    {
        "id": "fb012-html-table-filming-dropped",
        "description": "HTML mail with an address table in CIDR; the sender drops the filming request in the same message",
        "style": Style.HTML,
        "from": "Kamila Zemanová <zemanova@tvsever.example>",
        "subject": "Vyhrazené připojení – Krajská televize Sever",
        "html": (
            "<html><body><p>Dobrý den,</p><p>Krajská televize Sever, s.r.o. (IČO 06182739) žádá o "
            "přístup k XML serveru. Původně jsme chtěli i natáčet na přebíracím místě v Ústí, "
            "od toho ale upouštíme – štáb bude ve volebním studiu.</p>"
            "<table border='1'><tr><th>Účel</th><th>Adresy</th></tr>"
            "<tr><td>Produkce</td><td>192.0.2.200/30</td></tr>"
            "<tr><td>Test</td><td>2001:db8:77::5</td></tr></table>"
            "<p>Kamila Zemanová<br>vedoucí vysílání<br>+420 602 933 481</p></body></html>"
        ),
        "labels": L(
            FEED,
            "Krajská televize Sever, s.r.o.",
            "06182739",
            None,
            ["192.0.2.200", "192.0.2.201", "192.0.2.202", "192.0.2.203"],
            ["2001:db8:77::5"],
            "Kamila Zemanová",
            "zemanova@tvsever.example",
            "+420602933481",
        ),
    },
    {
        "id": "fb013-forward-university-pdf-both",
        "description": "faculty secretary forwards a student TV's mail with a PDF form; both requests, contact is the supervising teacher",
        "style": Style.FORWARD,
        "from": "Sekretariát FMS <sekretariat@vsms.example>",
        "subject": "Fwd: Žádost o XML a natáčení – VŠMS TV",
        "body": (
            "Dobrý den, přeposílám žádost naší studentské televize.\nSekretariát fakulty\n\n"
            "---------- Přeposlaná zpráva ----------\n"
            "Od: Aleš Procházka <prochazka@vsms.example>\nPředmět: Žádost o XML a natáčení\n\n"
            "Prosím o přeposlání na ČSÚ, formulář v příloze. A. P.\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular_VSMS_TV.pdf",
                [
                    "Žadatel: Vysoká škola mediálních studií, o.p.s., IČO 29066310 (studentská televize VŠMS TV)",
                    {
                        "rows": [
                            ["Přístup k XML", "ano"],
                            ["Natáčení na přebíracím místě (okres Plzeň-město)", "ano"],
                            ["Produkční IP", "198.51.100.150"],
                            ["Testovací IP", "198.51.100.151"],
                            [
                                "Kontaktní osoba",
                                "doc. Ing. Aleš Procházka, Ph.D., prochazka@vsms.example, 377 633 210",
                            ],
                        ],
                        "widths": [200, 250],
                    },
                ],
            )
        ],
        "labels": L(
            BOTH,
            "Vysoká škola mediálních studií, o.p.s.",
            "29066310",
            None,
            ["198.51.100.150"],
            ["198.51.100.151"],
            "Aleš Procházka",
            "prochazka@vsms.example",
            "+420377633210",
        ),
    },
    {
        "id": "fb014-english-xlsx-two-sheets-ipv6",
        "description": "Estonian outlet, terse English mail, XLSX with a Production sheet of IPv6 and an empty Test sheet",
        "style": Style.SPREADSHEET,
        "from": "Mart Kask <mart.kask@bdj.example>",
        "subject": "XML feed access - Baltic Data Journalism",
        "body": (
            "Hi,\nBaltic Data Journalism OÜ would like access to the results XML feed. "
            "Addresses in the sheet.\nMart Kask, +372 5123 4567\n"
        ),
        "attachments": [
            (
                "xlsx",
                "bdj_hosts.xlsx",
                [
                    {
                        "title": "Production",
                        "rows": [["IP"], ["2001:db8:ee::1"], ["2001:db8:ee::2"]],
                    },
                    {"title": "Test", "rows": [["IP"], ["n/a"]]},
                ],
            )
        ],
        "labels": L(
            FEED,
            "Baltic Data Journalism OÜ",
            None,
            None,
            ["2001:db8:ee::1", "2001:db8:ee::2"],
            [],
            "Mart Kask",
            "mart.kask@bdj.example",
            "+37251234567",
        ),
    },
]
