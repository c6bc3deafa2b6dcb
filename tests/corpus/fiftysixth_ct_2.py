"""Fifty-sixth held-out part ``ct``, cases ct015–ct028: an empty mail with a filming letter
in PDF, a data message with a three-sheet workbook, a DOCX with row headers and a /30 block, a
sloppy TXT with a range, an annotation withdrawing the filming the PDF ticks, an inline forward
with a DOCX, a Polish TAK/NIE form, a cover note replacing the ODT's contact, a data message
with a DOCX and a correcting PDF, an HTML letter with IČO and box ID, a freelancer's [x]/[ ]
form, a workbook with a merged role column, a filming request split between annotation and ODT
and an Austrian Ja/Nein form. Written by hand apart from the extraction rules (see
make_fiftysixth_ct); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftysixth_ct_common import (
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I15, I16, I17, I18, I19 = (
    ico("2680341"),
    ico("0457219"),
    ico("2917806"),
    ico("0584132"),
    ico("2739054"),
)
I20, I22, I23, I24, I26, I27 = (
    ico("0816273"),
    ico("2865190"),
    ico("0349728"),
    ico("2790461"),
    ico("0662518"),
    ico("2534907"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "ct015-empty-mail-pdf-letterhead-filming",
        "description": "no text; the PDF letter with the broadcaster's letterhead asks only for "
        "filming, names a camera crew and a separate contact",
        "style": Style.EMPTY,
        "labels": L(
            [FILM],
            "TV Polabí s.r.o.",
            I15,
            None,
            [],
            [],
            "Lenka Jandová",
            "jandova@tvpolabi.example",
            "+420602115873",
        ),
        "from": "Lenka Jandová <jandova@tvpolabi.example>",
        "subject": "povolení natáčení - TV Polabí",
        "headers": K9,
        "body": "",
        "attachments": [
            (
                "pdf",
                "TVPolabi_nataceni_CSU.pdf",
                [
                    "TV Polabí s.r.o. | Palackého 1520, 288 02 Nymburk | IČO "
                    + I15
                    + " | www.tvpolabi.example",
                    "Věc: Žádost o povolení natáčení na pracovišti ČSÚ",
                    "Žádáme o povolení natáčet průběh zpracování výsledků voleb na krajském "
                    "pracovišti ČSÚ. Štáb: kameraman Filip Hájek, redaktorka Zuzana Koubková.",
                    "Přístup k datovému serveru nepotřebujeme, výsledky přebíráme od ČTK.",
                    "Kontaktní osoba: Lenka Jandová, produkce, jandova@tvpolabi.example, "
                    "602 115 873",
                    "Miroslav Beneš, jednatel",
                ],
            )
        ],
    },
    {
        "id": "ct016-databox-three-sheet-workbook-ipv6",
        "description": "data message with a bare annotation and a three-sheet workbook "
        "(applicant, addresses under a merged title with IPv6 production, contact surname first)",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Plzeňský rozhlas, s.r.o.",
            I16,
            "r8fk2zt",
            ["2001:db8:1f0::80", "2001:db8:1f0::81"],
            ["198.51.100.88"],
            "Veronika Kubíková",
            "kubikova@plzenskyrozhlas.example",
            "+420377154602",
        ),
        "databox": box("r8fk2zt", "Plzeňský rozhlas, s.r.o.", "Americká 42, 301 00 Plzeň"),
        "subject": "Žádost – volby",
        "attachments": [
            (
                "xlsx",
                "PR_zadost_volby.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Obchodní firma", "Plzeňský rozhlas, s.r.o."],
                            ["IČO", I16],
                            ["Předmět", "přístup k XML výsledkům voleb"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["Adresy pro přístup k serveru ČSÚ", ""],
                            ["produkční", "2001:db8:1f0::80"],
                            ["produkční", "2001:db8:1f0::81"],
                            ["testovací", "198.51.100.88"],
                        ],
                        "merge": ["A1:B1"],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Příjmení", "Jméno", "E-mail", "Telefon"],
                            [
                                "Kubíková",
                                "Veronika",
                                "kubikova@plzenskyrozhlas.example",
                                "377 154 602",
                            ],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ct017-docx-row-headers-cidr-30",
        "description": "cover of one line; the DOCX table has row headers and the production "
        "servers as a /30 block (four addresses), one test address",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Deník Posázaví s.r.o.",
            I17,
            None,
            ["192.0.2.164", "192.0.2.165", "192.0.2.166", "192.0.2.167"],
            ["192.0.2.180"],
            "Pavel Vaněk",
            "vanek@denikposazavi.example",
            "+420721990315",
        ),
        "from": "Pavel Vaněk <vanek@denikposazavi.example>",
        "subject": "zadost o pristup k vysledkum",
        "headers": EVOLUTION,
        "body": "Dobrý den, žádost je v příloze. Vaněk\n",
        "attachments": [
            (
                "docx",
                "zadost_DP.docx",
                {
                    "header": "Deník Posázaví s.r.o. – IČO " + I17,
                    "footer": "Tyršova 12, 256 01 Benešov",
                    "blocks": [
                        "Žádost o přístup k serveru s výsledky voleb",
                        {
                            "rows": [
                                ["Žadatel", "Deník Posázaví s.r.o."],
                                ["Produkční síť", "192.0.2.164/30"],
                                ["Testovací adresa", "192.0.2.180"],
                                [
                                    "Kontakt",
                                    "Pavel Vaněk\nvanek@denikposazavi.example\n721 990 315",
                                ],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "ct018-txt-sloppy-range-both",
        "description": "'viz příloha' cover; the TXT is typed in a hurry without diacritics, "
        "a dash range of production addresses, both requests",
        "style": Style.COVER,
        "labels": L(
            [FEED, FILM],
            "Kladenský kurýr, s.r.o.",
            I18,
            None,
            ["203.0.113.10", "203.0.113.11", "203.0.113.12"],
            ["203.0.113.20"],
            "Jan Bláha",
            "blaha@kladenskykuryr.example",
            "+420608212457",
        ),
        "from": "Jan Bláha <blaha@kladenskykuryr.example>",
        "subject": "zadost",
        "headers": SEZNAM,
        "body": "viz příloha\n\nJan Bláha, Kladenský kurýr, s.r.o.\n",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "zadost kladensky kuryr s.r.o. ico " + I18 + "\n\n"
                "chceme 1) pristup k xml vysledkum 2) povoleni fotit + natacet na pracovisti "
                "v kladne (fotograf Petr Sýkora)\n\n"
                "prod ip 203.0.113.10 - 203.0.113.12\ntest ip 203.0.113.20\n\n"
                "kontakt jan blaha blaha@kladenskykuryr.example 608212457\n",
            )
        ],
    },
    {
        "id": "ct019-databox-annotation-withdraws-filming",
        "description": "data message: the PDF form ticks both requests, the annotation says the "
        "filming request is cancelled and only the XML access stands",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Rádio Beskydy s.r.o.",
            I19,
            "b3nq7ya",
            ["198.51.100.30"],
            ["198.51.100.31"],
            "Tereza Holišová",
            "holisova@radiobeskydy.example",
            "+420558411930",
        ),
        "databox": box("b3nq7ya", "Rádio Beskydy s.r.o.", "Revoluční 51, 738 01 Frýdek-Místek"),
        "subject": "Žádost – volby. Pozn.: natáčení na pracovišti ČSÚ rušíme, žádáme pouze "
        "o přístup k XML.",
        "attachments": [
            (
                "pdf",
                "formular_RB.pdf",
                [
                    "Rádio Beskydy s.r.o., IČO " + I19,
                    "☒ přístup k XML výsledkům voleb\n☒ povolení natáčení na pracovišti ČSÚ",
                    {
                        "rows": [
                            ["produkční IP", "198.51.100.30"],
                            ["testovací IP", "198.51.100.31"],
                            [
                                "kontakt",
                                "Tereza Holišová, holisova@radiobeskydy.example, 558 411 930",
                            ],
                        ],
                        "widths": [120, 330],
                    },
                ],
            )
        ],
    },
    {
        "id": "ct020-inline-forward-docx",
        "description": "the editor forwards the publisher's mail inline with the DOCX; the "
        "forwarding editor is not the contact the DOCX names",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Vydavatelství Orlice, a.s.",
            I20,
            None,
            ["198.18.30.70", "198.18.30.71"],
            ["198.18.30.79"],
            "Michal Řezníček",
            "reznicek@orlice.example",
            "+420494300712",
        ),
        "from": "Blanka Tomková <tomkova@orlice.example>",
        "subject": "Fw: žádost XML",
        "headers": OUTLOOK,
        "cte": "8bit",
        "body": "Dobrý den, přeposílám žádost, kterou nám technik omylem poslal jen interně.\n"
        "B. Tomková, šéfredaktorka\n\n"
        "-------- Původní zpráva --------\nOd: Michal Řezníček <reznicek@orlice.example>\n"
        "Komu: Blanka Tomková\nPředmět: žádost XML\n\n"
        "Blanko, posílám vyplněnou žádost pro ČSÚ, přepošli ji prosím.\nMichal\n",
        "attachments": [
            (
                "docx",
                "zadost_Orlice.docx",
                {
                    "blocks": [
                        "Vydavatelství Orlice, a.s., Pražská 210, 516 01 Rychnov nad Kněžnou, "
                        "IČO " + I20,
                        "Žádáme o přístup k serveru s výsledky voleb ve formátu XML.",
                        {
                            "rows": [
                                ["Role", "IP"],
                                ["produkční", "198.18.30.70"],
                                ["produkční", "198.18.30.71"],
                                ["testovací", "198.18.30.79"],
                            ]
                        },
                        "Technický kontakt: Michal Řezníček, reznicek@orlice.example, 494 300 712",
                    ]
                },
            )
        ],
    },
    {
        "id": "ct021-polish-pdf-tak-nie",
        "description": "a Polish outlet without an IČO; the PDF form has TAK/NIE columns with "
        "both TAK, the cover is in Czech-flavoured English",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Wydawnictwo Śląsk Cieszyński Sp. z o.o.",
            None,
            None,
            ["192.0.2.230"],
            ["192.0.2.231"],
            "Agnieszka Wójcik",
            "a.wojcik@slaskcieszynski.example",
            "+48334551207",
        ),
        "from": "Agnieszka Wójcik <a.wojcik@slaskcieszynski.example>",
        "subject": "Application – election results / wniosek",
        "headers": GMAIL,
        "body": "Good day,\n\nwe send the application form of our newspaper in the "
        "attachment (in Polish, we hope it is OK).\n\nAgnieszka Wójcik\n",
        "attachments": [
            (
                "pdf",
                "wniosek_CSU.pdf",
                [
                    "Wydawnictwo Śląsk Cieszyński Sp. z o.o., ul. Głęboka 14, 43-400 Cieszyn, "
                    "NIP 548-210-77-34",
                    "Wniosek o dostęp do wyników wyborów",
                    {
                        "rows": [
                            ["", "TAK", "NIE"],
                            ["dostęp do serwera XML z wynikami", "X", ""],
                            ["zezwolenie na filmowanie w punktach ČSÚ", "X", ""],
                        ],
                        "widths": [260, 50, 50],
                    },
                    "Adres IP produkcyjny: 192.0.2.230\nAdres IP testowy: 192.0.2.231",
                    "Osoba kontaktowa: Agnieszka Wójcik, a.wojcik@slaskcieszynski.example, "
                    "tel. +48 33 455 12 07",
                ],
            )
        ],
    },
    {
        "id": "ct022-cover-replaces-odt-contact",
        "description": "the cover note says the contact named in the ODT is on leave and gives "
        "a new person with her own phone; addresses from the ODT",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Znojemský týden s.r.o.",
            I22,
            None,
            ["203.0.113.240", "203.0.113.241"],
            ["203.0.113.250"],
            "Lucie Horáková",
            "horakova@znojemskytyden.example",
            "+420732416508",
        ),
        "from": "Lucie Horáková <horakova@znojemskytyden.example>",
        "subject": "žádost o přístup k výsledkům voleb",
        "headers": IPHONE,
        "body": "Dobrý den,\nv příloze je naše žádost. Pan Kocourek uvedený jako kontakt je "
        "do konce roku na nemocenské, kontaktujte prosím místo něj mě – Lucie Horáková, "
        "732 416 508.\n\nOdesláno z iPhonu\n",
        "attachments": [
            (
                "odt",
                "zadost_ZT.odt",
                [
                    "Znojemský týden s.r.o., Obroková 8, 669 02 Znojmo, IČO " + I22,
                    "Žádost o přístup k XML výsledkům voleb",
                    [
                        ["produkční", "203.0.113.240"],
                        ["produkční", "203.0.113.241"],
                        ["testovací", "203.0.113.250"],
                    ],
                    "Kontakt: Aleš Kocourek, kocourek@znojemskytyden.example, 603 119 427",
                ],
            )
        ],
    },
    {
        "id": "ct023-databox-docx-plus-correcting-pdf",
        "description": "data message with two files: the DOCX application and a PDF 'oprava' "
        "replacing one production address; the corrected value is labelled",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Českolipský deník, spol. s r.o.",
            I23,
            "c6tg4mr",
            ["198.51.100.101", "198.51.100.112"],
            ["198.51.100.120"],
            "Vladimír Pecka",
            "pecka@ceskolipskydenik.example",
            "+420487555210",
        ),
        "databox": box("c6tg4mr", "Českolipský deník, spol. s r.o.", "Školní 9, 470 01 Česká Lípa"),
        "subject": "Žádost o přístup k výsledkům + oprava",
        "attachments": [
            (
                "docx",
                "zadost.docx",
                {
                    "header": "Českolipský deník, spol. s r.o. · IČO " + I23,
                    "blocks": [
                        "Žádost o přístup k serveru s průběžnými výsledky voleb",
                        {
                            "rows": [
                                ["produkční adresy", "198.51.100.101, 198.51.100.102"],
                                ["testovací adresa", "198.51.100.120"],
                                [
                                    "kontakt",
                                    "Vladimír Pecka, pecka@ceskolipskydenik.example, 487 555 210",
                                ],
                            ]
                        },
                    ],
                },
            ),
            (
                "pdf",
                "oprava.pdf",
                [
                    "OPRAVA k žádosti Českolipského deníku",
                    "Druhá produkční adresa 198.51.100.102 je chybná, správně 198.51.100.112. "
                    "Ostatní údaje žádosti se nemění.",
                    "V. Pecka",
                ],
            ),
        ],
    },
    {
        "id": "ct024-html-letter-ico-box-signature",
        "description": "text/html only; the signature block carries IČO and the data-box ID, "
        "the PDF repeats the addresses with the production one as IPv6",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Brněnský metropolitan, a.s.",
            I24,
            "m5xq8ad",
            ["2001:db8:b0::1"],
            ["192.0.2.77"],
            "Daniel Šustr",
            "sustr@metropolitan.example",
            "+420541222806",
        ),
        "from": "Daniel Šustr <sustr@metropolitan.example>",
        "subject": "Žádost o přístup – Brněnský metropolitan",
        "headers": ROUNDCUBE,
        "html": "<div>Dobrý den,</div><div>žádáme o přístup k XML výsledkům voleb. Adresy "
        "jsou v přiloženém PDF.</div><br><div>S pozdravem</div>"
        "<div><b>Daniel Šustr</b><br>vedoucí vývoje<br>Brněnský metropolitan, a.s.<br>"
        "Kounicova 20, 602 00 Brno<br>IČO: " + I24 + " | ID datové schránky: m5xq8ad<br>"
        "tel.: +420 541 222 806</div>",
        "attachments": [
            (
                "pdf",
                "adresy_BM.pdf",
                [
                    "Brněnský metropolitan, a.s. – adresy pro přístup k výsledkům voleb",
                    {
                        "rows": [
                            ["produkce (IPv6)", "2001:db8:b0:0:0:0:0:1"],
                            ["test", "192.0.2.77"],
                        ],
                        "widths": [150, 250],
                    },
                ],
            )
        ],
    },
    {
        "id": "ct025-freelancer-no-ico-docx-brackets",
        "description": "a freelance photographer without an IČO; the DOCX has [x] filming and "
        "[ ] XML access; sent from a Samsung phone",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Klára Nedbalová",
            None,
            None,
            [],
            [],
            "Klára Nedbalová",
            "klara.nedbalova@posta.example",
            "+420777305182",
        ),
        "from": "Klára Nedbalová <klara.nedbalova@posta.example>",
        "subject": "Žádost o povolení fotit",
        "headers": SAMSUNG,
        "body": "Dobrý den, posílám žádost. Děkuji, Nedbalová\n",
        "attachments": [
            (
                "docx",
                "nedbalova_zadost.docx",
                {
                    "blocks": [
                        "Žadatelka: Klára Nedbalová, fotografka na volné noze (bez IČO, "
                        "spolupráce s týdeníkem Náš kraj)",
                        "[ ] přístup k XML výsledkům voleb",
                        "[x] povolení fotografovat na pracovišti ČSÚ v Ústí nad Labem",
                        "Telefon: 777 305 182, e-mail klara.nedbalova@posta.example",
                    ]
                },
            )
        ],
    },
    {
        "id": "ct026-xlsx-merged-role-column-both",
        "description": "workbook whose role column has 'produkční' merged over three rows; a "
        "second sheet asks for filming too; contact written surname first in capitals",
        "style": Style.TABLE,
        "labels": L(
            [FEED, FILM],
            "Hradecký obzor s.r.o.",
            I26,
            None,
            ["198.18.90.1", "198.18.90.2", "198.18.90.3"],
            ["198.18.90.50"],
            "Jakub Pokorný",
            "pokorny@hradeckyobzor.example",
            "+420495773021",
        ),
        "from": "Jakub Pokorný <pokorny@hradeckyobzor.example>",
        "subject": "HO - žádost volby",
        "headers": GMAIL,
        "body": "Dobrý den, žádost posíláme v tabulce (dva listy). Díky, J. Pokorný\n",
        "html": '<div dir="ltr">Dobrý den, žádost posíláme v tabulce (dva listy). '
        "Díky, J. Pokorný</div>",
        "attachments": [
            (
                "xlsx",
                "HO_volby.xlsx",
                [
                    {
                        "title": "XML",
                        "rows": [
                            ["Role", "IP adresa"],
                            ["produkční", "198.18.90.1"],
                            ["", "198.18.90.2"],
                            ["", "198.18.90.3"],
                            ["testovací", "198.18.90.50"],
                        ],
                        "merge": ["A2:A4"],
                    },
                    {
                        "title": "Ostatní",
                        "rows": [
                            ["Žadatel", "Hradecký obzor s.r.o.", "IČO " + I26],
                            ["Natáčení na pracovišti ČSÚ", "ANO", "redaktor + kameraman"],
                            ["Kontakt", "POKORNÝ Jakub", "pokorny@hradeckyobzor.example"],
                            ["Tel.", "495 773 021", ""],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ct027-databox-filming-annotation-odt-crew",
        "description": "data message: the annotation asks for filming, the ODT lists a crew of "
        "three and names a producer as contact; no addresses",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Studio Vltava Film s.r.o.",
            I27,
            "v2jd6sh",
            [],
            [],
            "Robert Jelínek",
            "jelinek@vltavafilm.example",
            "+420604227318",
        ),
        "databox": box("v2jd6sh", "Studio Vltava Film s.r.o.", "Jankovcova 2, 170 00 Praha 7"),
        "subject": "Žádost o povolení pořizovat audiovizuální záznam na pracovištích ČSÚ",
        "attachments": [
            (
                "odt",
                "stab.odt",
                [
                    "Studio Vltava Film s.r.o., IČO " + I27,
                    "Natáčení dokumentu o volební noci – složení štábu:",
                    [
                        ["Jméno", "Funkce"],
                        ["Ivana Krupičková", "režie"],
                        ["Ondřej Cihlář", "kamera"],
                        ["Matěj Sova", "zvuk"],
                    ],
                    "Kontaktní osoba: Robert Jelínek, producent, jelinek@vltavafilm.example, "
                    "604 227 318",
                ],
            )
        ],
    },
    {
        "id": "ct028-austrian-german-docx-ja-nein",
        "description": "an Austrian outlet without an IČO; the German DOCX has Ja/Nein boxes "
        "(filming Nein) and an IPv6 production address, no test address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Donauland Nachrichten GmbH",
            None,
            None,
            ["2001:db8:aa::15", "192.0.2.115"],
            [],
            "Stefan Gruber",
            "s.gruber@donauland-nachrichten.example",
            "+4373278214",
        ),
        "from": "Stefan Gruber <s.gruber@donauland-nachrichten.example>",
        "subject": "Antrag auf Zugang zu Wahlergebnissen",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": "Sehr geehrte Damen und Herren,\n\nanbei unser Antrag.\n\n"
        "Mit freundlichen Grüßen\nStefan Gruber\n",
        "attachments": [
            (
                "docx",
                "Antrag_CSU.docx",
                {
                    "header": "Donauland Nachrichten GmbH · Hauptplatz 3 · 4020 Linz",
                    "footer": "FN 418227 m · Landesgericht Linz",
                    "blocks": [
                        "Antrag auf Zugang zum XML-Dienst mit den Wahlergebnissen",
                        {
                            "rows": [
                                ["", "Ja", "Nein"],
                                ["Zugang zum Server (XML)", "☒", "☐"],
                                ["Drehgenehmigung", "☐", "☒"],
                            ]
                        },
                        "Produktionsserver: 2001:db8:aa::15 und 192.0.2.115. "
                        "Ein Testserver ist nicht vorgesehen.",
                        "Ansprechpartner: Stefan Gruber, s.gruber@donauland-nachrichten.example, "
                        "Tel. +43 732 78214",
                    ],
                },
            )
        ],
    },
]
