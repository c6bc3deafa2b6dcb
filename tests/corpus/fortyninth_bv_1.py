"""Forty-ninth held-out part ``bv``, cases bv001–bv014: a PDF form with a struck-out test
address, a data message whose first file is a cover letter, an empty mail with a status-column
workbook, a DOCX whose footer keeps an old address and phone, an ODT form filled partly in
English, a forward as an attached .eml with an empty body, an RTF ANO/NE form behind an
annotation, an HTML form with a phone marked "neplatí", a flowed cover note correcting the PDF,
a signed university workbook with merged role cells, a letter with IČO and box ID, a natural
person's data message, a reply with an updated DOCX and an HTML table with row headers.
Written by hand apart from the extraction rules (see make_fortyninth_bv); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyninth_bv_common import (
    APPLE,
    CENTRUM,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I1, I2, I3, I4 = ico("2748105"), ico("0583926"), ico("2916437"), ico("0472391")
I6, I7, I8, I9 = ico("2830574"), ico("0615782"), ico("2569314"), ico("0479201")
I10, I11, I12, I13, I14 = (
    ico("6138920"),
    ico("2708463"),
    ico("7312598"),
    ico("2651037"),
    ico("0386154"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "bv001-pdf-form-test-address-struck-out",
        "description": "one-line cover; the PDF form has the test address struck through and "
        "marked 'zrušeno – testujeme z produkce', the filming row answered NE",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Vltavínský týdeník s.r.o.",
            I1,
            None,
            ["198.51.100.60", "198.51.100.61"],
            [],
            "Ondřej Kalousek",
            "kalousek@vltavin-tydenik.example",
            "+420608214937",
        ),
        "from": "Ondřej Kalousek <kalousek@vltavin-tydenik.example>",
        "subject": "Formulář ČSÚ - výsledky voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den, v příloze vyplněný formulář.\n\nKalousek\n",
        "attachments": [
            (
                "pdf",
                "formular_vysledky_VT.pdf",
                [
                    "<b>Vltavínský týdeník s.r.o.</b> | Husova 17, 373 41 Hluboká nad Vltavou "
                    "| IČO " + I1,
                    "FORMULÁŘ – přístup médií k výsledkům voleb",
                    {
                        "rows": [
                            ["Požadavek", "ANO / NE"],
                            ["Přístup k XML na dedikovaném serveru", "ANO"],
                            ["Natáčení / fotografování na pracovištích ČSÚ", "NE"],
                        ],
                        "widths": [300, 120],
                    },
                    {
                        "rows": [
                            ["Produkční IP adresy", "198.51.100.60, 198.51.100.61"],
                            [
                                "Testovací IP adresa",
                                "<strike>198.51.100.69</strike> zrušeno – testujeme z produkce",
                            ],
                            ["Kontaktní osoba", "Ondřej Kalousek"],
                            ["Telefon", "+420 608 214 937"],
                            ["E-mail", "kalousek@vltavin-tydenik.example"],
                        ],
                        "widths": [160, 260],
                    },
                    "Hluboká nad Vltavou 2. 9. 2025, Marta Kalousková, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "bv002-databox-cover-letter-first-docx-second",
        "description": "data message with a bare annotation: the first file is only a cover "
        "letter signed by the director, the application with both requests is the second DOCX",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Televize Podřipsko a.s.",
            I2,
            "t7kqm2p",
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.130"],
            "Šárka Holubová",
            "holubova@tvpodripsko.example",
            "+420731482605",
        ),
        "databox": box(
            "t7kqm2p", "Televize Podřipsko a.s.", "Palackého 301, 413 01 Roudnice n. L."
        ),
        "subject": "Žádost - volby do PS 2025",
        "attachments": [
            (
                "pdf",
                "01_pruvodni_dopis.pdf",
                [
                    "Televize Podřipsko a.s.\nPalackého 301, 413 01 Roudnice nad Labem",
                    "Vážení,",
                    "v příloze této datové zprávy zasíláme žádost o zpřístupnění výsledků a "
                    "o povolení natáčení. Za vstřícnost děkujeme.",
                    "Ing. Radomír Beneš\nředitel",
                ],
            ),
            (
                "docx",
                "02_zadost.docx",
                {
                    "header": "Televize Podřipsko a.s. – IČO " + I2 + " – ID DS t7kqm2p",
                    "blocks": [
                        "ŽÁDOST",
                        "Žádáme o přístup k průběžným výsledkům voleb ve formátu XML a zároveň "
                        "o povolení natáčet v sídle ČSÚ během volební noci (štáb 3 osoby).",
                        {
                            "rows": [
                                ["", "IP adresa"],
                                ["produkční 1", "203.0.113.120"],
                                ["produkční 2", "203.0.113.121"],
                                ["testovací", "203.0.113.130"],
                            ]
                        },
                        "Kontakt: Šárka Holubová, zpravodajství, holubova@tvpodripsko.example, "
                        "tel. 731 482 605",
                        "Štáb: Milan Dvořák (kamera), Tereza Novotná (redaktorka)",
                    ],
                },
            ),
        ],
    },
    {
        "id": "bv003-empty-mail-workbook-status-column",
        "description": "empty body; the workbook's address sheet has a Stav column (aktivní, "
        "plánováno, vyřazeno): the retired address is left out, the planned one kept",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Datamedia Hradec s.r.o.",
            I3,
            None,
            ["198.18.40.10", "198.18.40.12"],
            ["198.18.41.5"],
            "Lukáš Pešek",
            "pesek@datamedia-hk.example",
            "+420775106382",
        ),
        "from": "Lukas Pesek <pesek@datamedia-hk.example>",
        "subject": "volby",
        "headers": GMAIL,
        "body": "",
        "attachments": [
            (
                "xlsx",
                "csu_pristup_2025.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Položka", "Hodnota"],
                            ["Organizace", "Datamedia Hradec s.r.o."],
                            ["IČO", I3],
                            ["Žádáme o", "přístup k XML výsledkům (bez natáčení)"],
                            ["Kontakt", "Pešek Lukáš"],
                            ["E-mail", "pesek@datamedia-hk.example"],
                            ["Mobil", "775 106 382"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["IP", "Role", "Stav", "Pozn."],
                            ["198.18.40.10", "produkce", "aktivní", "hlavní server"],
                            ["198.18.40.11", "produkce", "vyřazeno", "stroj zrušen 2024"],
                            ["198.18.40.12", "produkce", "plánováno", "nasadíme do 30.9."],
                            ["198.18.41.5", "test", "aktivní", ""],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bv004-docx-footer-old-address-and-phone",
        "description": "windows-1250 cover; the DOCX letter's footer still carries the old "
        "seat and an old switchboard, the body gives the contact's current mobile",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Krkonošské listy, s.r.o.",
            I4,
            None,
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Iveta Machová",
            "machova@krkonosskelisty.example",
            "+420723905148",
        ),
        "from": "Iveta Machová <machova@krkonosskelisty.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": ROUNDCUBE,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": "Dobrý den,\n\nposíláme žádost na hlavičkovém papíře. Zápatí je bohužel ještě "
        "se starou adresou, platí údaje v textu dopisu.\n\nIveta Machová\n",
        "attachments": [
            (
                "docx",
                "zadost_KL.docx",
                {
                    "header": "KRKONOŠSKÉ LISTY, s.r.o. · regionální deník",
                    "footer": "Krkonošské listy, s.r.o. · Pražská 5, 541 01 Trutnov · "
                    "tel. 499 812 330 · IČO " + I4,
                    "blocks": [
                        "Český statistický úřad, odbor informatiky",
                        "Trutnov, 4. září 2025",
                        "Věc: přístup k výsledkům voleb do Poslanecké sněmovny",
                        "Žádáme o zpřístupnění dedikovaného serveru s výsledky ve formátu XML. "
                        "Náš server má adresu 192.0.2.140, testovat budeme z adresy 192.0.2.141.",
                        "Kontaktní osobou je Iveta Machová, mobil 723 905 148, e-mail "
                        "machova@krkonosskelisty.example. Od července sídlíme na adrese "
                        "Horská 212, 541 01 Trutnov; pevná linka již nefunguje.",
                        "S pozdravem\nJiří Zeman, šéfredaktor",
                    ],
                },
            )
        ],
    },
    {
        "id": "bv005-odt-form-filled-in-english",
        "description": "a Vienna agency fills the Czech ODT form partly in English ([x] feed, "
        "[ ] filming), IPv6 production with an IPv4 test, no IČO, Austrian phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Donauwelle Datenjournalismus GmbH",
            None,
            None,
            ["2001:db8:4a1::10", "2001:db8:4a1::11"],
            ["203.0.113.201"],
            "Katharina Weißböck",
            "k.weissboeck@donauwelle.example",
            "+436642918374",
        ),
        "from": "Katharina Weißböck <k.weissboeck@donauwelle.example>",
        "subject": "Application form - election results feed",
        "headers": APPLE,
        "body": "Dear Sir or Madam,\n\nplease find the completed form attached. Sorry that "
        "part of it is in English, my Czech is limited.\n\nBest regards,\nKatharina Weißböck\n",
        "attachments": [
            (
                "odt",
                "CSU_formular_Donauwelle.odt",
                [
                    "Žádost o přístup k výsledkům voleb / Application",
                    "Žadatel (název): Donauwelle Datenjournalismus GmbH",
                    "IČO: n/a (Austrian company, FN 512384 k)",
                    "Adresa: Praterstraße 41, 1020 Wien, Austria",
                    "[x] XML výsledky – live feed",
                    "[ ] natáčení / filming at the collection points",
                    [
                        ["Typ / type", "IP"],
                        ["produkční / production", "2001:db8:4a1::10"],
                        ["produkční / production", "2001:db8:4a1::11"],
                        ["testovací / test", "203.0.113.201"],
                    ],
                    "Contact person: Katharina Weißböck, head of data desk",
                    "Phone: +43 664 2918374",
                    "E-mail: k.weissboeck@donauwelle.example",
                ],
            )
        ],
    },
    {
        "id": "bv006-forward-attached-eml-empty-body",
        "description": "the assistant forwards the photographer's request as an attached .eml "
        "with no text of her own; filming only, the contact is the inner sender",
        "style": Style.FORWARD,
        "labels": L(
            [FILM],
            "Foto Labe, s.r.o.",
            I6,
            None,
            [],
            [],
            "Vojtěch Sýkora",
            "sykora@fotolabe.example",
            "+420737204861",
        ),
        "from": "Recepce Foto Labe <recepce@fotolabe.example>",
        "subject": "Fwd: fotografování volby",
        "headers": CENTRUM,
        "body": "",
        "attachments": [
            (
                "eml",
                "fotografovani volby.eml",
                {
                    "id": "bv006-inner",
                    "from": "Vojtěch Sýkora <sykora@fotolabe.example>",
                    "to": "recepce@fotolabe.example",
                    "subject": "fotografování volby",
                    "body": "Ahoj Jitko,\n\nprosím přepošli to na ČSÚ, nemám tu jejich "
                    "adresu:\n\nFoto Labe, s.r.o. (IČO " + I6 + ") žádá o povolení "
                    "fotografovat na krajském pracovišti ČSÚ v Ústí nad Labem během "
                    "sčítání hlasů. Fotit budu já a kolega Adam Brož. Výsledky jako XML "
                    "nepotřebujeme.\n\nKontakt: Vojtěch Sýkora, 737 204 861, "
                    "sykora@fotolabe.example\n\nDíky, V.\n",
                },
            )
        ],
    },
    {
        "id": "bv007-databox-annotation-addresses-rtf-ano-ne",
        "description": "data message: the annotation carries the addresses, the RTF form has "
        "the ANO/NE column (feed ANO, filming NE) and the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Vysočina Plus s.r.o.",
            I7,
            "r9vp3xa",
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.158"],
            "Pavla Štěpánková",
            "stepankova@radiovysocinaplus.example",
            "+420605731298",
        ),
        "databox": box(
            "r9vp3xa", "Rádio Vysočina Plus s.r.o.", "Masarykovo nám. 9, 586 01 Jihlava"
        ),
        "subject": "XML výsledky voleb - prod. 198.51.100.150, 198.51.100.151; test 198.51.100.158",
        "attachments": [
            (
                "rtf",
                "formular.rtf",
                [
                    "Rádio Vysočina Plus s.r.o., IČO " + I7,
                    [
                        ["Požadavek", "ANO", "NE"],
                        ["Přístup k datům (XML)", "X", ""],
                        ["Natáčení, fotografování", "", "X"],
                    ],
                    "IP adresy: viz anotace datové zprávy.",
                    "Kontaktní osoba: Pavla Štěpánková\nTel.: 605 731 298\n"
                    "E-mail: stepankova@radiovysocinaplus.example",
                ],
            )
        ],
    },
    {
        "id": "bv008-html-form-phone-marked-neplati",
        "description": "HTML-only form mail (base64): the first phone row is marked 'neplatí' "
        "and a second row gives the valid number; [x]/[ ] request boxes with both ticked",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Ostravský expres a.s.",
            I8,
            None,
            ["203.0.113.70", "203.0.113.71", "203.0.113.72"],
            ["203.0.113.79"],
            "Marek Hudeček",
            "hudecek@ostravskyexpres.example",
            "+420739615204",
        ),
        "from": "Marek Hudeček <hudecek@ostravskyexpres.example>",
        "subject": "Žádost média - volby 2025",
        "headers": OWA,
        "cte": "base64",
        "html": "<html><body><p>Dobrý den,</p><p>zasílám vyplněný formulář:</p>"
        "<table border='1'>"
        "<tr><th>Žadatel</th><td>Ostravský expres a.s., IČO " + I8 + "</td></tr>"
        "<tr><th>Požadavek</th><td>[x] přístup k XML výsledkům<br>[x] natáčení ve volební "
        "místnosti ČSÚ Ostrava</td></tr>"
        "<tr><th>Produkční IP</th><td>203.0.113.70 – 203.0.113.72</td></tr>"
        "<tr><th>Testovací IP</th><td>203.0.113.79</td></tr>"
        "<tr><th>Kontaktní osoba</th><td>Marek Hudeček</td></tr>"
        "<tr><th>Telefon</th><td><s>596 112 408</s> (neplatí)</td></tr>"
        "<tr><th>Telefon – platný</th><td>739 615 204</td></tr>"
        "<tr><th>E-mail</th><td>hudecek@ostravskyexpres.example</td></tr>"
        "</table><p>Děkuji, M. Hudeček</p></body></html>",
        "attachments": [],
    },
    {
        "id": "bv009-flowed-cover-corrects-pdf-test-address",
        "description": "format=flowed cover says the PDF has a typo in the test address and "
        "gives the corrected one; the PDF itself is the letter with the wrong value",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Mediální dům Haná, s.r.o.",
            I9,
            None,
            ["198.18.12.30"],
            ["198.18.12.33"],
            "Petr Zbořil",
            "zboril@mdhana.example",
            "+420604893127",
        ),
        "from": "Petr Zbořil <zboril@mdhana.example>",
        "subject": "Re: žádost o XML výsledky (oprava)",
        "headers": TBIRD,
        "flowed": True,
        "body": "Dobrý den,\n\nposílám znovu naši žádost. V PDF je u testovací adresy "
        "překlep – místo 198.18.12.38 má být 198.18.12.33. Produkční adresa je v pořádku. "
        "PDF už předělávat nebudu, snad to takto stačí.\n\nPetr Zbořil\nMediální dům Haná\n"
        "tel. 604 893 127\n",
        "attachments": [
            (
                "pdf",
                "zadost_MDH.pdf",
                [
                    "Mediální dům Haná, s.r.o., Riegrova 22, 779 00 Olomouc, IČO " + I9,
                    "Žádáme o přístup k XML výsledkům voleb do Poslanecké sněmovny.",
                    "Produkční server: 198.18.12.30\nTestovací server: 198.18.12.38",
                    "Kontakt: Petr Zbořil, zboril@mdhana.example, 604 893 127",
                ],
            )
        ],
    },
    {
        "id": "bv010-smime-university-workbook-merged-roles",
        "description": "S/MIME-signed mail from a faculty; the workbook merges the role cell "
        "over three production rows, the faculty applies as its university",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Univerzita Sázava, veřejná vysoká škola",
            I10,
            None,
            ["2001:db8:77::5", "2001:db8:77::6", "198.51.100.33"],
            ["198.51.100.34"],
            "Tomáš Hrubý",
            "tomas.hruby@fsv.usazava.example",
            "+420567114208",
        ),
        "from": '"Hrubý, Tomáš" <tomas.hruby@fsv.usazava.example>',
        "subject": "Přístup k výsledkům voleb – Fakulta sociálních věd",
        "headers": ZIMBRA,
        "smime": True,
        "body": "Dobrý den,\n\nza Fakultu sociálních věd Univerzity Sázava, veřejné vysoké "
        "školy (IČO " + I10 + "), žádáme o přístup k XML výsledkům pro volební studio "
        "studentů. Adresy jsou v přiložené tabulce.\n\nRNDr. Tomáš Hrubý, Ph.D.\n"
        "Katedra politologie FSV US\ntel. 567 114 208\n",
        "attachments": [
            (
                "xlsx",
                "IP_volebni_studio.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Role", "Adresa", "Stroj"],
                            ["Produkce", "2001:db8:77::5", "studio-a"],
                            ["", "2001:db8:77::6", "studio-b"],
                            ["", "198.51.100.33", "nat-gw"],
                            ["Test", "198.51.100.34", "lab"],
                        ],
                        "merge": ["A2:A4"],
                    }
                ],
            )
        ],
    },
    {
        "id": "bv011-letter-signature-ico-box-crew-rtf",
        "description": "iso-8859-2 letter in the body with IČO and data-box ID in the "
        "signature; both requests, the RTF lists the crew (not the contact)",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Zlínská televizní společnost, a.s.",
            I11,
            "z3tvs8k",
            ["192.0.2.50"],
            ["192.0.2.51"],
            "Hana Vaculíková",
            "vaculikova@ztvs.example",
            "+420577220461",
        ),
        "from": "Hana Vaculíková <vaculikova@ztvs.example>",
        "subject": "Žádost o výsledky a natáčení",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": "Vážení,\n\nZlínská televizní společnost, a.s. žádá o:\n"
        "1) přístup k XML výsledkům voleb - produkční IP 192.0.2.50, testovací IP 192.0.2.51,\n"
        "2) povolení natáčet na pracovišti ČSÚ ve Zlíně (seznam štábu v příloze).\n\n"
        "Kontaktní osobou pro obě žádosti jsem já.\n\nS pozdravem\n\nHana Vaculíková\n"
        "vedoucí produkce\nZlínská televizní společnost, a.s.\nTř. T. Bati 1204, 760 01 Zlín\n"
        "IČO: " + I11 + " | ID datové schránky: z3tvs8k\ntel.: 577 220 461\n",
        "attachments": [
            (
                "rtf",
                "stab.rtf",
                [
                    "Štáb – volební noc",
                    [
                        ["Jméno", "Funkce", "Telefon"],
                        ["Roman Kolář", "kameraman", "731 004 552"],
                        ["Eliška Fojtíková", "redaktorka", "776 390 118"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "bv012-databox-natural-person-odt-filming",
        "description": "data message from a self-employed photographer's box (type 40); the "
        "ODT asks only to photograph, her trade name is written with her name",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Klára Menšíková",
            I12,
            "m5kl2wq",
            [],
            [],
            "Klára Menšíková",
            "klara@mensikova-foto.example",
            "+420702318846",
        ),
        "databox": box("m5kl2wq", "Klára Menšíková", "Lipová 14, 370 01 České Budějovice", 40),
        "subject": "Žádost o povolení fotografovat",
        "attachments": [
            (
                "odt",
                "zadost_foto.odt",
                [
                    "Klára Menšíková – fotografka na volné noze, IČO " + I12,
                    "Žádám o povolení fotografovat na krajském pracovišti ČSÚ v Českých "
                    "Budějovicích v den voleb od 20 do 24 hodin pro agenturní zpravodajství.",
                    "O přístup k výsledkům (XML) nežádám.",
                    "Kontakt: klara@mensikova-foto.example, tel. 702 318 846",
                ],
            )
        ],
    },
    {
        "id": "bv013-reply-quoted-office-request-updated-docx",
        "description": "reply to the office's request for a test address; the quoted history "
        "carries the office's signature and phone, the updated DOCX has the full application",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Severočeský zpravodaj, z.s.",
            I13,
            None,
            ["203.0.113.90"],
            ["203.0.113.91"],
            "Jakub Pelc",
            "pelc@sczpravodaj.example",
            "+420777412093",
        ),
        "from": "Jakub Pelc <pelc@sczpravodaj.example>",
        "subject": "RE: Doplnění žádosti – testovací IP",
        "headers": IPHONE,
        "body": "Dobrý den, doplněnou žádost přikládám, testovací adresa je 203.0.113.91.\n"
        "J. Pelc\n\n"
        "-----Původní zpráva-----\nOd: podatelna@czso.cz\nOdesláno: 5. září 2025 10:12\n\n"
        "> Dobrý den, ve Vaší žádosti chybí testovací IP adresa. Prosíme o doplnění.\n"
        "> S pozdravem\n> Oddělení volebních aplikací, Český statistický úřad\n"
        "> tel. +420 274 052 733, www.czso.cz\n",
        "attachments": [
            (
                "docx",
                "zadost_SCZ_v2.docx",
                {
                    "header": "Severočeský zpravodaj, z.s. | IČO " + I13,
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb (verze 2 – doplněno)",
                        {
                            "rows": [
                                ["Produkční IP", "203.0.113.90"],
                                ["Testovací IP", "203.0.113.91 (doplněno)"],
                                ["Kontakt", "Jakub Pelc"],
                                ["Telefon", "777 412 093"],
                                ["E-mail", "pelc@sczpravodaj.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "bv014-alternative-html-table-row-headers",
        "description": "multipart/alternative: the HTML part has a table with row headers and "
        "two IPv6 production addresses, the plain part flattens it",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Jihomoravský portál s.r.o.",
            I14,
            None,
            ["2001:db8:c0:1::20", "2001:db8:c0:1::21"],
            ["198.51.100.222"],
            "Denisa Horáková",
            "horakova@jmportal.example",
            "+420736208514",
        ),
        "from": "Denisa Horáková <horakova@jmportal.example>",
        "subject": "Žádost o XML výsledky",
        "headers": APPLE,
        "body": "Dobrý den,\n\nJihomoravský portál s.r.o. (IČO " + I14 + ") žádá o přístup "
        "k XML výsledkům.\n\nProdukce: 2001:db8:c0:1::20, 2001:db8:c0:1::21\n"
        "Test: 198.51.100.222\nKontakt: Denisa Horáková, 736 208 514\n\nD. Horáková\n",
        "html": "<html><body><p>Dobrý den,</p><p>Jihomoravský portál s.r.o. (IČO "
        + I14
        + ") žádá o přístup k XML výsledkům.</p><table border='1'>"
        "<tr><th>Produkce</th><td>2001:db8:c0:1::20</td><td>2001:db8:c0:1::21</td></tr>"
        "<tr><th>Test</th><td>198.51.100.222</td><td></td></tr>"
        "<tr><th>Kontakt</th><td>Denisa Horáková</td><td>736 208 514</td></tr>"
        "</table><p>D. Horáková</p></body></html>",
        "attachments": [],
    },
]
