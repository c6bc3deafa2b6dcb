"""Forty-ninth held-out part ``bv``, cases bv015–bv028: a data message split between the
annotation and a workbook, a PDF letterhead with a /30 block, a sloppy TXT behind a one-word
cover, a DOCX ANO/NE form with the filming answer struck and marked "zrušeno", a data message
whose cover letter comes first and the status-column workbook second, a forwarded .eml whose
cover changes the contact, a Slovak form filled partly in English, an RTF letter with an old
phone in its footer lines, a data message with the whole application in the annotation, an
HTML form with only filming ticked, a three-sheet workbook with status and contact columns, a
reply correcting the ODT, a natural person's data message with an old address in the DOCX
footer and an iso-8859-2 text form with a cancelled field. Written by hand apart from the
extraction rules (see make_fortyninth_bv); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyninth_bv_common import (
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I16, I17, I18 = ico("0642873"), ico("2895160"), ico("0517438")
I19, I20, I22, I23 = ico("2673901"), ico("0458126"), ico("2914685"), ico("0691247")
I25, I26, I27, I28 = ico("2806733"), ico("0537812"), ico("7604281"), ico("2769450")

CASES: list[dict[str, Any]] = [
    {
        "id": "bv015-databox-annotation-prod-workbook-test-contact",
        "description": "data message split: the annotation gives the production address, the "
        "workbook the test address and the contact (surname first)",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Plzeňský večerník s.r.o.",
            None,
            "p2vx8nd",
            ["198.51.100.170"],
            ["198.51.100.171"],
            "Zdeněk Bárta",
            "barta@plzenskyvecernik.example",
            "+420602714853",
        ),
        "databox": box("p2vx8nd", "Plzeňský večerník s.r.o.", "Americká 44, 301 00 Plzeň"),
        "subject": "Žádost o přístup k XML (volby 2025), produkční IP 198.51.100.170, ostatní "
        "údaje v příloze",
        "attachments": [
            (
                "xlsx",
                "udaje.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Údaj", "Hodnota"],
                            ["Testovací IP", "198.51.100.171"],
                            ["Kontaktní osoba", "BÁRTA Zdeněk"],
                            ["E-mail", "barta@plzenskyvecernik.example"],
                            ["Telefon", "602 714 853"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "bv016-pdf-letterhead-cidr-block",
        "description": "short cover from a phone; the PDF letterhead gives a /30 production "
        "block to expand and one test address, the signatory differs from the contact",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Agentura Polabí Press, a.s.",
            I16,
            None,
            ["203.0.113.16", "203.0.113.17", "203.0.113.18", "203.0.113.19"],
            ["203.0.113.24"],
            "Renata Šimková",
            "simkova@polabipress.example",
            "+420721093376",
        ),
        "from": "Renata Šimková <simkova@polabipress.example>",
        "subject": "zadost CSU",
        "headers": K9,
        "body": "Dobry den, posilam zadost. Diky, Simkova\n\nOdeslano z mobilu\n",
        "attachments": [
            (
                "pdf",
                "PolabiPress_zadost.pdf",
                [
                    "<b>AGENTURA POLABÍ PRESS, a.s.</b>\nNábřeží 3, 290 01 Poděbrady · IČO " + I16,
                    "Věc: Žádost o zpřístupnění výsledků voleb",
                    "Žádáme o přístup k serveru s průběžnými výsledky. Naše produkční síť je "
                    "203.0.113.16/30, testovací stroj má adresu 203.0.113.24.",
                    "Kontaktní osoba: Renata Šimková, technické oddělení, mobil 721 093 376, "
                    "simkova@polabipress.example",
                    "Ing. Bohumil Čáp\npředseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "bv017-txt-sloppy-range",
        "description": "one-word cover; the TXT is typed sloppily with a dash range of three "
        "production addresses and a test address written with spaces",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Brněnský deník online s.r.o.",
            I17,
            None,
            ["198.51.100.70", "198.51.100.71", "198.51.100.72"],
            ["198.51.100.80"],
            "Filip Navrátil",
            "navratil@bdonline.example",
            "+420608350917",
        ),
        "from": "Filip Navrátil <navratil@bdonline.example>",
        "subject": "zadost",
        "headers": SEZNAM,
        "body": "posilam\n",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "zadost o pristup k xml vysledkum voleb\n\n"
                "firma: Brněnský deník online s.r.o., ico " + I17 + "\n"
                "produkce ip: 198.51.100.70-72\n"
                "test ip : 198.51.100. 80\n"
                "natacet nebudeme\n\n"
                "kontakt Filip Navratil, navratil@bdonline.example, 608350917\n",
            )
        ],
    },
    {
        "id": "bv018-docx-ano-ne-filming-struck-zruseno",
        "description": "DOCX form: filming was first answered ANO, then struck and marked "
        "'zrušeno – NE'; the test row says 'neplatí' and only the production address stays",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Liberecký týden, s.r.o.",
            I18,
            None,
            ["192.0.2.88"],
            [],
            "Alena Krejčí",
            "krejci@libereckytyden.example",
            "+420731550284",
        ),
        "from": "Alena Krejčí <krejci@libereckytyden.example>",
        "subject": "Žádost – výsledky voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nv příloze posílám formulář. Natáčet nakonec nebudeme, proto je "
        "to v něm přeškrtnuté.\n\nAlena Krejčí\n",
        "attachments": [
            (
                "docx",
                "formular_LT.docx",
                {
                    "header": "Liberecký týden, s.r.o. · IČO " + I18,
                    "footer": "strana 1/1",
                    "blocks": [
                        "FORMULÁŘ ŽÁDOSTI",
                        {
                            "rows": [
                                ["Požadavek", "ANO/NE"],
                                ["Přístup k výsledkům (XML)", "ANO"],
                                ["Povolení natáčení", "ANO → zrušeno, NE"],
                            ]
                        },
                        {
                            "rows": [
                                ["Produkční IP", "192.0.2.88"],
                                ["Testovací IP", "192.0.2.89 – neplatí, test nebude"],
                                ["Kontaktní osoba", "Krejčí Alena"],
                                ["Telefon", "731 550 284"],
                                ["E-mail", "krejci@libereckytyden.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "bv019-databox-cover-docx-first-status-workbook-second",
        "description": "data message: the first file is a DOCX cover letter, the second a "
        "workbook whose rows carry aktivní/vyřazeno/plánováno; IPv6 and IPv4 mixed",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Česká regionální televize, s.r.o.",
            I19,
            "c8rtv4e",
            ["2001:db8:e1::100", "198.18.70.4"],
            ["198.18.70.9"],
            "Michal Vondra",
            "vondra@crtv.example",
            "+420725318406",
        ),
        "databox": box(
            "c8rtv4e", "Česká regionální televize, s.r.o.", "Kladenská 8, 160 00 Praha 6"
        ),
        "subject": "Volby 2025",
        "attachments": [
            (
                "docx",
                "1_pruvodni_dopis.docx",
                {
                    "header": "Česká regionální televize, s.r.o.",
                    "blocks": [
                        "Vážení,",
                        "zasíláme žádost o přístup k výsledkům a o povolení natáčet ve "
                        "volebním centru ČSÚ. Technické údaje jsou v přiložené tabulce.",
                        "S pozdravem\nMgr. Jana Wolfová, ředitelka",
                    ],
                },
            ),
            (
                "xlsx",
                "2_zadost_tabulka.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Česká regionální televize, s.r.o."],
                            ["IČO", I19],
                            ["XML výsledky", "ano"],
                            ["Natáčení", "ano – 2 štáby"],
                            ["Kontakt", "Michal Vondra, vondra@crtv.example, 725 318 406"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["Adresa", "Účel", "Stav"],
                            ["2001:db8:e1::100", "produkce", "aktivní"],
                            ["198.18.70.3", "produkce", "vyřazeno"],
                            ["198.18.70.4", "produkce", "plánováno"],
                            ["198.18.70.9", "test", "aktivní"],
                        ],
                    },
                ],
            ),
        ],
    },
    {
        "id": "bv020-forward-eml-cover-changes-contact",
        "description": "forward with the original as an attached .eml; the cover says the "
        "named contact has left and the forwarder takes over with her own phone",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Vydavatelství Beskydy s.r.o.",
            I20,
            None,
            ["192.0.2.160", "192.0.2.161"],
            ["192.0.2.170"],
            "Lenka Bartošová",
            "bartosova@vbeskydy.example",
            "+420604227915",
        ),
        "from": "Lenka Bartošová <bartosova@vbeskydy.example>",
        "subject": "Fwd: Žádost o přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": "Dobrý den,\n\npřeposílám žádost, kterou jsme vám posílali v červnu. Kolega "
        "Tichý už u nás nepracuje, kontaktní osobou jsem nově já – Lenka Bartošová, "
        "tel. 604 227 915. Adresy platí beze změny.\n\nL. Bartošová\n",
        "attachments": [
            (
                "eml",
                "Zadost o pristup.eml",
                {
                    "id": "bv020-inner",
                    "from": "Radim Tichý <tichy@vbeskydy.example>",
                    "subject": "Žádost o přístup k výsledkům voleb",
                    "body": "Dobrý den,\n\nVydavatelství Beskydy s.r.o., IČO " + I20 + ", "
                    "žádá o přístup k XML výsledkům.\nProdukční IP: 192.0.2.160, 192.0.2.161\n"
                    "Testovací IP: 192.0.2.170\n\nKontakt: Radim Tichý, 733 618 204\n",
                },
            )
        ],
    },
    {
        "id": "bv021-slovak-form-partly-english-pdf",
        "description": "a Slovak portal fills the form half in English; no Czech IČO, a +421 "
        "phone, production without test ('same as production')",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Tatra Data Media, s. r. o.",
            None,
            None,
            ["203.0.113.150", "203.0.113.151"],
            [],
            "Martin Kováčik",
            "kovacik@tatradata.example",
            "+421905318462",
        ),
        "from": "Martin Kováčik <kovacik@tatradata.example>",
        "subject": "Žiadosť / application - election results",
        "headers": GMAIL,
        "body": "Dobrý deň,\n\nv prílohe posielam vyplnený formulár.\n\nS pozdravom\nMartin "
        "Kováčik\n",
        "attachments": [
            (
                "pdf",
                "application_TDM.pdf",
                [
                    "Application for access to election results / Žádost",
                    {
                        "rows": [
                            ["Organisation", "Tatra Data Media, s. r. o., Bratislava (SK)"],
                            ["IČO / company ID", "Slovak company – no Czech IČO"],
                            ["Request", "[x] XML feed   [ ] filming"],
                            ["Production IPs", "203.0.113.150, 203.0.113.151"],
                            ["Test IPs", "same as production"],
                            ["Contact person", "Martin Kováčik"],
                            ["Phone", "+421 905 318 462"],
                            ["E-mail", "kovacik@tatradata.example"],
                        ],
                        "widths": [140, 300],
                    },
                ],
            )
        ],
    },
    {
        "id": "bv022-rtf-letter-footer-lines-old-phone",
        "description": "RTF letter whose closing lines (its footer) repeat the publisher with "
        "an old address and an old phone; the body names the contact with a new mobile",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Jihočeské rozhlasové vysílání s.r.o.",
            I22,
            None,
            ["198.18.90.20"],
            ["198.18.90.21"],
            "Robert Kadlec",
            "kadlec@jrv.example",
            "+420776204931",
        ),
        "from": "Robert Kadlec <kadlec@jrv.example>",
        "subject": "žádost rádio JRV",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den, žádost v RTF v příloze. Robert Kadlec\n",
        "attachments": [
            (
                "rtf",
                "zadost_JRV.rtf",
                [
                    "Jihočeské rozhlasové vysílání s.r.o.",
                    "Český statistický úřad\nNa padesátém 81, Praha 10",
                    "Žádáme o přístup k XML výsledkům voleb (server 198.18.90.20, test "
                    "198.18.90.21) a o povolení pořizovat zvukový a obrazový záznam na "
                    "krajském pracovišti v Českých Budějovicích.",
                    "Kontakt: Robert Kadlec, kadlec@jrv.example, mobil 776 204 931. Od "
                    "srpna sídlíme na adrese Rudolfovská 90, 370 01 České Budějovice, "
                    "pevná linka byla zrušena.",
                    "Mgr. Věra Nováková, jednatelka",
                    "-----",
                    "Jihočeské rozhlasové vysílání s.r.o. | Lannova 12, 370 01 České "
                    "Budějovice | tel. 386 351 770 | IČO " + I22,
                ],
            )
        ],
    },
    {
        "id": "bv023-databox-whole-application-in-annotation",
        "description": "data message whose annotation is the whole application; the attached "
        "PDF is only a power of attorney naming a different signatory",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Nakladatelství Orlice, a.s.",
            I23,
            "n6orl3b",
            ["192.0.2.200", "192.0.2.201"],
            ["192.0.2.210"],
            "Jaroslav Doležal",
            "dolezal@nakl-orlice.example",
            "+420739206158",
        ),
        "databox": box(
            "n6orl3b", "Nakladatelství Orlice, a.s.", "Pospíšilova 7, 500 03 Hradec Králové"
        ),
        "subject": "Žádost o XML výsledky voleb: prod 192.0.2.200, 192.0.2.201; test "
        "192.0.2.210; kontakt Jaroslav Doležal, dolezal@nakl-orlice.example, 739 206 158",
        "attachments": [
            (
                "pdf",
                "plna_moc.pdf",
                [
                    "PLNÁ MOC",
                    "Nakladatelství Orlice, a.s., IČO " + I23 + ", zastoupené předsedou "
                    "představenstva Ing. Karlem Musilem, zmocňuje pana Jaroslava Doležala "
                    "k jednání s Českým statistickým úřadem ve věci přístupu k výsledkům voleb.",
                    "V Hradci Králové dne 1. 9. 2025\nIng. Karel Musil",
                ],
            )
        ],
    },
    {
        "id": "bv024-html-form-only-filming-ticked",
        "description": "HTML form mail (base64 alternative): the feed box is unticked and its "
        "address fields say '—', only filming is ticked; no addresses",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Dokument Film Kolín s.r.o.",
            I25,
            None,
            [],
            [],
            "Barbora Říhová",
            "rihova@dokfilmkolin.example",
            "+420723661840",
        ),
        "from": "Barbora Říhová <rihova@dokfilmkolin.example>",
        "subject": "Žádost o povolení natáčení – volby",
        "headers": SAMSUNG,
        "cte": "base64",
        "body": "Žadatel: Dokument Film Kolín s.r.o., IČO " + I25 + "\n"
        "[ ] přístup k XML výsledkům\n[x] povolení natáčet na pracovišti ČSÚ\n"
        "Produkční IP: —\nTestovací IP: —\n"
        "Kontakt: Barbora Říhová, 723 661 840, rihova@dokfilmkolin.example\n",
        "html": "<html><body><table border='1'>"
        "<tr><td>Žadatel</td><td>Dokument Film Kolín s.r.o., IČO " + I25 + "</td></tr>"
        "<tr><td>&#9744; přístup k XML výsledkům</td><td></td></tr>"
        "<tr><td>&#9746; povolení natáčet na pracovišti ČSÚ</td><td>dokument o volební "
        "noci, 2 osoby</td></tr>"
        "<tr><td>Produkční IP</td><td>—</td></tr><tr><td>Testovací IP</td><td>—</td></tr>"
        "<tr><td>Kontakt</td><td>Barbora Říhová, 723 661 840, "
        "rihova@dokfilmkolin.example</td></tr></table></body></html>",
        "attachments": [],
    },
    {
        "id": "bv025-workbook-three-sheets-status-and-contact-flag",
        "description": "three sheets: request, addresses with a Stav column, and several people "
        "with a 'kontakt pro ČSÚ' column marking one of them",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Mediaplus Vysočina s.r.o.",
            I26,
            None,
            ["198.51.100.40", "198.51.100.42", "198.51.100.43"],
            ["198.51.100.49"],
            "Kamila Doubravová",
            "doubravova@mediaplus-vys.example",
            "+420608117352",
        ),
        "from": "IT Mediaplus <it@mediaplus-vys.example>",
        "subject": "ČSÚ – žádost o přístup (tabulka)",
        "headers": EVOLUTION,
        "body": "Dobrý den,\nvšechno je v tabulce, tři listy.\nIT oddělení Mediaplus\n",
        "attachments": [
            (
                "xlsx",
                "mediaplus_csu.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Mediaplus Vysočina s.r.o."],
                            ["IČO", I26],
                            ["Požadujeme", "přístup k XML výsledkům voleb"],
                            ["Natáčení", "ne"],
                        ],
                    },
                    {
                        "title": "Adresy",
                        "rows": [
                            ["IP", "Typ", "Stav"],
                            ["198.51.100.40", "produkční", "aktivní"],
                            ["198.51.100.41", "produkční", "vyřazeno"],
                            ["198.51.100.42", "produkční", "aktivní"],
                            ["198.51.100.43", "záložní", "plánováno"],
                            ["198.51.100.49", "testovací", "aktivní"],
                        ],
                    },
                    {
                        "title": "Lidé",
                        "rows": [
                            ["Jméno", "Funkce", "E-mail", "Telefon", "Kontakt pro ČSÚ"],
                            [
                                "Doubravová Kamila",
                                "vedoucí IT",
                                "doubravova@mediaplus-vys.example",
                                "608 117 352",
                                "ano",
                            ],
                            [
                                "Skála Ivo",
                                "admin",
                                "skala@mediaplus-vys.example",
                                "608 117 360",
                                "ne",
                            ],
                            ["Holá Petra", "šéfredaktorka", "hola@mediaplus-vys.example", "", "ne"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bv026-reply-corrects-odt-production-address",
        "description": "reply with quoted history: the ODT still lists a production address "
        "that 'neplatí', the reply gives its replacement",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Ústecký informační servis, o.p.s.",
            I27,
            None,
            ["192.0.2.91", "192.0.2.92"],
            ["192.0.2.99"],
            "Stanislav Kříž",
            "kriz@uis-usti.example",
            "+420602551837",
        ),
        "from": "Stanislav Kříž <kriz@uis-usti.example>",
        "subject": "Re: Potvrzení přijetí žádosti",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nděkuji za potvrzení. Ještě oprava: adresa 192.0.2.90 uvedená v "
        "ODT už neplatí, nahraďte ji prosím adresou 192.0.2.91. Ostatní je beze změny.\n\n"
        "S. Kříž, 602 551 837\n\n"
        "> Dne 3. 9. 2025 v 14:20 podatelna@czso.cz napsal(a):\n"
        "> Potvrzujeme přijetí Vaší žádosti, bude vyřízena do 10 pracovních dnů.\n",
        "attachments": [
            (
                "odt",
                "zadost_UIS.odt",
                [
                    "Ústecký informační servis, o.p.s., IČO " + I27,
                    "Žádost o přístup k výsledkům voleb (XML)",
                    [
                        ["Role", "IP"],
                        ["produkce", "192.0.2.90"],
                        ["produkce", "192.0.2.92"],
                        ["test", "192.0.2.99"],
                    ],
                    "Kontakt: Stanislav Kříž, kriz@uis-usti.example, 602 551 837",
                ],
            )
        ],
    },
    {
        "id": "bv027-databox-natural-person-docx-footer-old-address",
        "description": "data message from a blogger's box (type 40): the DOCX footer has her "
        "old address and old phone, the body gives the current mobile; both requests",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Eva Lindnerová – Volební mapa",
            I28,
            "e4lvm7z",
            ["198.18.120.5"],
            ["198.18.120.6"],
            "Eva Lindnerová",
            "eva@volebnimapa.example",
            "+420731870264",
        ),
        "databox": box("e4lvm7z", "Eva Lindnerová", "Dukelská 40, 612 00 Brno", 40),
        "subject": "žádost – XML a natáčení",
        "attachments": [
            (
                "docx",
                "zadost_lindnerova.docx",
                {
                    "footer": "Eva Lindnerová – Volební mapa · Kounicova 3, 602 00 Brno · "
                    "tel. 541 220 385 · IČO " + I28,
                    "blocks": [
                        "Jsem OSVČ (Eva Lindnerová – Volební mapa, IČO " + I28 + ") a žádám "
                        "o přístup k XML výsledkům a o povolení natáčet krátká videa na "
                        "brněnském pracovišti ČSÚ.",
                        "Produkční IP: 198.18.120.5\nTestovací IP: 198.18.120.6",
                        "Kontakt: eva@volebnimapa.example, mobil 731 870 264 "
                        "(pevnou linku už nemám).",
                        "Nová adresa: Dukelská 40, 612 00 Brno",
                    ],
                },
            )
        ],
    },
    {
        "id": "bv028-iso88592-text-form-cancelled-test",
        "description": "iso-8859-2 plain-text form with [x]/[ ] boxes; the test address line "
        "is marked ZRUŠENO and a second production address added by hand",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Pardubický kurýr, s.r.o.",
            ico("2698314"),
            None,
            ["203.0.113.230", "203.0.113.231"],
            [],
            "Jitka Malá",
            "mala@pardubickykuryr.example",
            "+420777305814",
        ),
        "from": "Jitka Malá <mala@pardubickykuryr.example>",
        "subject": "Formulář - volby",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "cte": "qp",
        "body": "FORMULÁŘ ŽÁDOSTI MÉDIA\n\n"
        "Žadatel ......... Pardubický kurýr, s.r.o.\n"
        "IČO ............. " + ico("2698314") + "\n"
        "[x] přístup k výsledkům v XML\n"
        "[x] natáčení/fotografování na pracovišti ČSÚ Pardubice\n"
        "Produkční IP .... 203.0.113.230\n"
        "                  203.0.113.231 (doplněno ručně)\n"
        "Testovací IP .... 203.0.113.239  -> ZRUŠENO, test nebude\n"
        "Kontakt ......... Jitka Malá\n"
        "Tel. ............ 777 305 814\n"
        "E-mail .......... mala@pardubickykuryr.example\n",
        "attachments": [],
    },
]
