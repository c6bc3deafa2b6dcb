"""Fifty-fifth held-out part ``cq``, cases cq001–cq014: an empty mail with a [x]/[ ] PDF form,
a data message annotated only "žádost", a contacts sheet with a role column, a forwarded .eml,
a DOCX whose letterhead names the parent group, an annotation/RTF split, an HTML ANO/NE form,
a PDF form with the feed box unticked but addresses filled in, a freelancer's data message, an
ODT with numbered address rows, a windows-1250 correction, an RTF with the name abbreviated, a
sloppy TXT and a cover mail naming another contact than its form. Written by hand apart from
the extraction rules (see make_fiftyfifth_cq); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyfifth_cq_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
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

I1, I2, I3, I4, I5 = ico("2915607"), ico("0473928"), ico("2806413"), ico("0387150"), ico("2740596")
I5P, I6, I7, I8, I9 = ico("2690134"), ico("0528817"), ico("2873305"), ico("2954118"), ico("0716542")
I10, I11, I12, I14 = ico("2647089"), ico("0195376"), ico("2768421"), ico("0832654")

CASES: list[dict[str, Any]] = [
    {
        "id": "cq001-empty-mail-pdf-bracket-form-ipv6",
        "description": "no text at all; the PDF form ticks both requests with [x], gives an IPv6 "
        "and an IPv4 production address in one cell and the contact surname first",
        "style": Style.EMPTY,
        "labels": L(
            [FEED, FILM],
            "Hlas Vysočiny s.r.o.",
            I1,
            None,
            ["2001:db8:4a::10", "198.51.100.70"],
            ["2001:db8:4a::11"],
            "Petr Kolouch",
            "kolouch@hlasvysociny.example",
            "+420731884025",
        ),
        "from": "Petr Kolouch <kolouch@hlasvysociny.example>",
        "subject": "",
        "headers": GMAIL,
        "body": "",
        "attachments": [
            (
                "pdf",
                "formular_CSU_HV.pdf",
                [
                    "FORMULÁŘ – žádost sdělovacího prostředku (volby do zastupitelstev krajů)",
                    "Žadatel: Hlas Vysočiny s.r.o., Komenského 1187/4, 586 01 Jihlava, IČO " + I1,
                    "Požadujeme:\n[x] přístup k datové službě s průběžnými výsledky (XML)\n"
                    "[x] povolení pořizovat obrazové a zvukové záznamy na pracovišti ČSÚ",
                    {
                        "rows": [
                            ["Položka", "Hodnota"],
                            ["IP adresy – produkce", "2001:db8:4a::10 ; 198.51.100.70"],
                            ["IP adresy – test", "2001:db8:4a::11"],
                            ["Kontakt (příjmení, jméno)", "Kolouch Petr"],
                            ["Tel.", "731 884 025"],
                            ["E-mail", "kolouch@hlasvysociny.example"],
                        ],
                        "widths": [160, 300],
                    },
                    "Natáčet bude štáb 2 osob (kamera, redaktorka), seznam pošleme týden předem.",
                    "Datum: 2. 9. 2025     Podpis: Mgr. Alena Brabcová, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "cq002-databox-annotation-zadost-pdf-has-all",
        "description": "data message whose annotation says only 'žádost'; the PDF holds the "
        "request, the addresses (test in a separate paragraph) and the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "TV Polabí a.s.",
            I2,
            "tp7vk2m",
            ["203.0.113.81", "203.0.113.82"],
            ["203.0.113.90"],
            "Lenka Dvořáková",
            "dvorakova@tvpolabi.example",
            "+420602517384",
        ),
        "databox": box("tp7vk2m", "TV Polabí a.s.", "Pražská 2310, 288 02 Nymburk"),
        "subject": "žádost",
        "attachments": [
            (
                "pdf",
                "TVP_zadost_volby2025.pdf",
                [
                    "TV Polabí a.s.\nPražská 2310, 288 02 Nymburk\nIČO: " + I2,
                    "Český statistický úřad\nodbor zpracování výsledků voleb",
                    "Věc: žádost o zpřístupnění výsledků voleb ve formátu XML",
                    "Dobrý den, naše regionální televize bude ve volební noci vysílat "
                    "speciál a rádi bychom data přebírali přímo z vašeho serveru. Přístup "
                    "žádáme pro dva servery grafiky: 203.0.113.81 a 203.0.113.82.",
                    "Pro zkoušky před volbami použijeme stroj 203.0.113.90 (jen testovací "
                    "prostředí).",
                    "Kontaktní osoba: Lenka Dvořáková, produkce zpravodajství, "
                    "dvorakova@tvpolabi.example, tel. +420 602 517 384.",
                    "S pozdravem\nJUDr. Ivan Kratochvíl\npředseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "cq003-xlsx-contacts-sheet-role-column",
        "description": "one-line cover; the workbook's contacts sheet lists four people with a "
        "role column and only one row is the contact for the feed; a /30 block with a merged "
        "title on the address sheet",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Severočeský deník online, s.r.o.",
            I3,
            None,
            ["198.18.40.4", "198.18.40.5", "198.18.40.6", "198.18.40.7"],
            ["198.18.41.5"],
            "Ondřej Kasal",
            "ondrej.kasal@sdonline.example",
            "+420777310842",
        ),
        "from": "Markéta Šindelářová <sindelarova@sdonline.example>",
        "subject": "Žádost - volby 2025 - Severočeský deník online",
        "headers": OUTLOOK,
        "body": "Dobrý den,\nv příloze posíláme vyplněnou tabulku se žádostí o přístup k XML "
        "výsledkům.\n\nMarkéta Šindelářová\nasistentka vedení\n",
        "attachments": [
            (
                "xlsx",
                "SDO_volby_2025.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Severočeský deník online, s.r.o."],
                            ["IČO", I3],
                            ["Sídlo", "Mírové náměstí 3097/37, 400 01 Ústí nad Labem"],
                            ["Požadujeme", "přístup k XML s průběžnými výsledky voleb"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Adresy pro přístup k výsledkům", None],
                            ["Účel", "Adresa / rozsah"],
                            ["ostrý provoz", "198.18.40.4/30"],
                            ["testování", "198.18.41.5"],
                        ],
                        "merge": ["A1:B1"],
                    },
                    {
                        "title": "Kontakty",
                        "rows": [
                            ["Jméno", "Role", "E-mail", "Telefon"],
                            [
                                "Radim Tuček",
                                "šéfredaktor (podepisuje žádost)",
                                "tucek@sdonline.example",
                                "602 118 440",
                            ],
                            [
                                "Ondřej Kasal",
                                "kontaktní osoba pro přístup k výsledkům (XML)",
                                "ondrej.kasal@sdonline.example",
                                "777 310 842",
                            ],
                            [
                                "Markéta Šindelářová",
                                "asistentka – odesílá poštu",
                                "sindelarova@sdonline.example",
                                "475 200 113",
                            ],
                            [
                                "Viktor Hloušek",
                                "správce sítě (v kopii)",
                                "hlousek@sdonline.example",
                                "731 006 529",
                            ],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cq004-forward-attached-eml-both-requests",
        "description": "the office manager forwards the editor's original mail as an attached "
        ".eml with one line of her own; the application, both requests and the contact are "
        "in the nested message",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Jihlavské listy, z. s.",
            I4,
            None,
            ["192.0.2.141"],
            ["192.0.2.142"],
            "Tereza Pilařová",
            "pilarova@jihlavskelisty.example",
            "+420608447193",
        ),
        "from": "Sekretariát Jihlavské listy <sekretariat@jihlavskelisty.example>",
        "subject": "Fwd: volby - XML a fotografování",
        "headers": TBIRD,
        "body": "Dobrý den, přeposílám žádost naší redaktorky, která ji omylem poslala jen "
        "interně.\n\nS pozdravem\nJana Mrázková, sekretariát\n",
        "attachments": [
            (
                "eml",
                "volby - XML a fotografovani.eml",
                {
                    "id": "cq004-inner",
                    "from": "Tereza Pilařová <pilarova@jihlavskelisty.example>",
                    "to": "sekretariat@jihlavskelisty.example",
                    "subject": "volby - XML a fotografování",
                    "body": "Jano, prosím pošli to na ČSÚ, díky.\n\n"
                    "Žádost spolku Jihlavské listy, z. s. (IČO " + I4 + "):\n"
                    "1) přístup k výsledkům voleb v XML – z adresy 192.0.2.141, testovat "
                    "budeme z 192.0.2.142,\n"
                    "2) povolení fotografovat na krajském pracovišti ČSÚ v Jihlavě ve "
                    "volební noci (fotograf Jakub Sedlák).\n\n"
                    "Kontakt: Tereza Pilařová, 608 447 193, pilarova@jihlavskelisty.example\n",
                },
            )
        ],
    },
    {
        "id": "cq005-docx-parent-group-letterhead-station-body",
        "description": "the DOCX letterhead and footer name the parent media group with its "
        "IČO; the body says the applicant is its station with its own IČO; testing from "
        "production gives no test address",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Rádio Orlice s.r.o.",
            I5,
            None,
            ["198.51.100.160", "198.51.100.161"],
            [],
            "Michal Vaníček",
            "vanicek@radioorlice.example",
            "+420724390661",
        ),
        "from": "Michal Vaníček <vanicek@radioorlice.example>",
        "subject": "Rádio Orlice – žádost o data z voleb",
        "headers": APPLE,
        "body": "Dobrý den,\n\nposílám žádost za naše rádio, podepsanou jednatelem.\n\n"
        "Michal Vaníček\nRádio Orlice\n",
        "attachments": [
            (
                "docx",
                "Radio_Orlice_zadost.docx",
                {
                    "header": "MEDIA GROUP VÝCHOD a.s. | Škroupova 441, 500 02 Hradec Králové "
                    "| IČO " + I5P,
                    "footer": "Skupina MEDIA GROUP VÝCHOD – Rádio Orlice, Rádio Úpa, "
                    "portál vychodnidnes.example",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "V Hradci Králové dne 4. 9. 2025",
                        "Věc: žádost o přístup k výsledkům voleb",
                        "Společnost Rádio Orlice s.r.o., IČO " + I5 + ", se sídlem Škroupova "
                        "441, Hradec Králové, člen skupiny MEDIA GROUP VÝCHOD, žádá o "
                        "přístup k průběžným výsledkům voleb ve formátu XML pro vysílání "
                        "a web stanice.",
                        "Data budeme stahovat ze serverů 198.51.100.160 a 198.51.100.161. "
                        "Testovat budeme ze stejných adres, samostatné testovací prostředí "
                        "nemáme.",
                        "Kontaktní osobou je Michal Vaníček, vedoucí zpravodajství, "
                        "vanicek@radioorlice.example, mobil 724 390 661.",
                        "Ing. Pavel Klouda\njednatel Rádio Orlice s.r.o.",
                    ],
                },
            )
        ],
    },
    {
        "id": "cq006-databox-annotation-requests-rtf-details",
        "description": "data message: the annotation names both requests, the RTF holds the "
        "addresses in a table and the contact; the RTF signer is not the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Zlínská televizní společnost, a.s.",
            I6,
            "z3tv8qa",
            ["203.0.113.200", "203.0.113.201", "203.0.113.202"],
            ["203.0.113.210"],
            "Daniel Hrabal",
            "hrabal@ztvs.example",
            "+420739502118",
        ),
        "databox": box(
            "z3tv8qa", "Zlínská televizní společnost, a.s.", "tř. Tomáše Bati 5335, 760 01 Zlín"
        ),
        "subject": "Žádost o přístup k výsledkům voleb (XML) a o povolení natáčení na "
        "pracovišti ČSÚ ve Zlíně",
        "attachments": [
            (
                "rtf",
                "ZTVS_volby.rtf",
                [
                    "Zlínská televizní společnost, a.s., IČO " + I6,
                    "Technické údaje k žádosti uvedené v anotaci:",
                    [
                        ["Server", "IP adresa", "Použití"],
                        ["grafika 1", "203.0.113.200", "produkce"],
                        ["grafika 2", "203.0.113.201", "produkce"],
                        ["web", "203.0.113.202", "produkce"],
                        ["vývoj", "203.0.113.210", "test"],
                    ],
                    "Natáčet bude dvoučlenný štáb (kameraman Luboš Fiala, redaktorka Eva "
                    "Machalová).",
                    "Kontaktní osoba pro žádost: Daniel Hrabal, hrabal@ztvs.example, "
                    "+420 739 502 118",
                    "Mgr. Hana Bartošová, generální ředitelka",
                ],
            )
        ],
    },
    {
        "id": "cq007-html-only-ano-ne-form-iso88592",
        "description": "text/html only in iso-8859-2: a form table with ANO/NE columns where "
        "the feed is ANO and filming NE; the test row says there is none; an RTF confirmation "
        "is signed by the managing director, not the contact",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Brněnský večerník, spol. s r.o.",
            I7,
            None,
            ["192.0.2.60", "192.0.2.61", "192.0.2.62"],
            [],
            "Libor Sýkora",
            "sykora@brnenskyvecernik.example",
            "+420545219307",
        ),
        "from": "Libor Sýkora <sykora@brnenskyvecernik.example>",
        "subject": "Formular zadosti - Brnensky vecernik",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "html": "<html><body><p>Dobrý den,</p><p>vyplnili jsme Váš formulář přímo do mailu:</p>"
        "<table border='1'><tr><th>Žádáme o</th><th>ANO</th><th>NE</th></tr>"
        "<tr><td>přístup k výsledkům voleb (XML, dedikovaný server)</td><td>X</td><td></td>"
        "</tr><tr><td>povolení natáčet / fotografovat na pracovištích ČSÚ</td><td></td>"
        "<td>X</td></tr></table><br>"
        "<table border='1'><tr><td><b>Žadatel</b></td><td>Brněnský večerník, spol. s r.o."
        "</td></tr><tr><td><b>IČO</b></td><td>" + I7 + "</td></tr>"
        "<tr><td><b>Produkční IP</b></td><td>192.0.2.60, 192.0.2.61, 192.0.2.62</td></tr>"
        "<tr><td><b>Testovací IP</b></td><td>- (nemáme)</td></tr>"
        "<tr><td><b>Kontaktní osoba</b></td><td>Libor Sýkora</td></tr>"
        "<tr><td><b>Telefon</b></td><td>545 219 307</td></tr>"
        "<tr><td><b>E-mail</b></td><td>sykora@brnenskyvecernik.example</td></tr></table>"
        "<p>Děkujeme<br>L. Sýkora, IT</p><p>Příloha: potvrzení jednatele</p></body></html>",
        "attachments": [
            (
                "rtf",
                "potvrzeni_jednatele.rtf",
                [
                    "Brněnský večerník, spol. s r.o., Kobližná 19, 602 00 Brno, IČO " + I7,
                    "Potvrzuji, že žádost o přístup k výsledkům voleb zaslanou e-mailem panem "
                    "Liborem Sýkorou podává naše společnost.",
                    "Ing. Blanka Vodičková, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "cq008-pdf-feed-unticked-addresses-filled",
        "description": "PDF form: the feed box is unticked and filming ticked, yet the address "
        "rows are filled in; an unticked request does not count and its addresses go with it",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Podřipský zpravodaj s.r.o.",
            I8,
            None,
            [],
            [],
            "Barbora Holubová",
            "holubova@podripsky.example",
            "+420606771352",
        ),
        "from": "Barbora Holubová <holubova@podripsky.example>",
        "subject": "Žádost o povolení - fotografování, volby",
        "headers": K9,
        "body": "Dobrý den, posílám vyplněný formulář. Holubová\n\nOdesláno z telefonu\n",
        "attachments": [
            (
                "pdf",
                "formular_vyplneny.pdf",
                [
                    "ŽÁDOST SDĚLOVACÍHO PROSTŘEDKU",
                    "Žadatel: Podřipský zpravodaj s.r.o.\nIČO: " + I8 + "\nSídlo: Palackého "
                    "náměstí 71, 413 01 Roudnice nad Labem",
                    "Předmět žádosti (zaškrtněte):\n☐ přístup k průběžným výsledkům na "
                    "dedikovaném serveru\n☒ povolení k pořizování fotografií a videozáznamů na "
                    "pracovištích ČSÚ",
                    {
                        "rows": [
                            ["Produkční IP adresy", "198.51.100.230, 198.51.100.231"],
                            ["Testovací IP adresy", "198.51.100.239"],
                        ],
                        "widths": [170, 290],
                    },
                    "Kontaktní osoba: Barbora Holubová\nTelefon: 606 771 352\nE-mail: "
                    "holubova@podripsky.example",
                    "Fotografovat bude Barbora Holubová na pracovišti v Litoměřicích.",
                ],
            )
        ],
    },
    {
        "id": "cq009-databox-freelancer-docx-filming",
        "description": "data message from a freelancer's box (type 40); the DOCX with a page "
        "header asks only for filming and says the XML is not needed",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Tomáš Bednařík",
            I9,
            "b8dn5kx",
            [],
            [],
            "Tomáš Bednařík",
            "tomas@bednarikfoto.example",
            "+420725663190",
        ),
        "databox": box("b8dn5kx", "Tomáš Bednařík", "Husova 12, 674 01 Třebíč", kind=40),
        "subject": "Povolení k fotografování - volby",
        "attachments": [
            (
                "docx",
                "zadost_Bednarik.docx",
                {
                    "header": "Tomáš Bednařík – fotograf | IČO " + I9 + " | ID DS b8dn5kx",
                    "footer": "tomas@bednarikfoto.example | +420 725 663 190",
                    "blocks": [
                        "Vážení,",
                        "jako fotograf na volné noze spolupracuji s několika regionálními "
                        "redakcemi a rád bych fotografoval na pracovišti ČSÚ v Jihlavě během "
                        "sčítání hlasů. Prosím o vydání povolení na mé jméno.",
                        "Přístup k výsledkům v XML nepotřebuji.",
                        "Děkuji\nTomáš Bednařík",
                    ],
                },
            )
        ],
    },
    {
        "id": "cq010-odt-numbered-address-table-flowed",
        "description": "format=flowed cover; the ODT's address table has a sequence-number "
        "first column ('1.', '2.'), three production and two test rows",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Krkonošský týdeník, s.r.o.",
            I10,
            None,
            ["192.0.2.21", "192.0.2.22", "192.0.2.23"],
            ["192.0.2.31", "192.0.2.32"],
            "Jiří Potůček",
            "potucek@krkonosskytydenik.example",
            "+420736210494",
        ),
        "from": "Jiří Potůček <potucek@krkonosskytydenik.example>",
        "subject": "XML s výsledky - Krkonošský týdeník",
        "headers": SEZNAM,
        "flowed": True,
        "body": "Dobrý den, \nv příloze posílám žádost o přístup k výsledkům voleb pro náš "
        "týdeník. Adresy jsou v tabulce v dokumentu. \n\nDíky, \nJiří Potůček \n",
        "attachments": [
            (
                "odt",
                "zadost_KT.odt",
                [
                    "Krkonošský týdeník, s.r.o., Horská 52, 543 01 Vrchlabí, IČO " + I10,
                    "Žádáme o zpřístupnění výsledků voleb ve formátu XML.",
                    [
                        ["Č.", "IP adresa", "Účel"],
                        ["1.", "192.0.2.21", "produkce"],
                        ["2.", "192.0.2.22", "produkce"],
                        ["3.", "192.0.2.23", "produkce (záložní)"],
                        ["4.", "192.0.2.31", "test"],
                        ["5.", "192.0.2.32", "test"],
                    ],
                    "Kontakt: Jiří Potůček, správce webu, potucek@krkonosskytydenik.example, "
                    "736 210 494",
                ],
            )
        ],
    },
    {
        "id": "cq011-windows1250-cover-corrects-test-ip",
        "description": "8bit windows-1250 cover note says the test address in the attached "
        "PDF has a typo and gives the right one",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Ostravské noviny, a.s.",
            I11,
            None,
            ["203.0.113.15", "203.0.113.16"],
            ["203.0.113.61"],
            "Radka Mikulová",
            "mikulova@ostravskenoviny.example",
            "+420596330218",
        ),
        "from": "Radka Mikulová <mikulova@ostravskenoviny.example>",
        "subject": "Žádost o přístup – výsledky voleb",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": "Dobrý den,\n\nzasílám žádost Ostravských novin. Jen upozorňuji, že v PDF je "
        "u testovací adresy překlep – správně má být 203.0.113.61, ne 203.0.113.16 (ta je "
        "produkční a je tam podruhé omylem).\n\nS pozdravem\nRadka Mikulová\nIT oddělení\n"
        "tel. 596 330 218\n",
        "attachments": [
            (
                "pdf",
                "ON_zadost.pdf",
                [
                    "Ostravské noviny, a.s.\n28. října 1142/168, 709 00 Ostrava\nIČO " + I11,
                    "Žádost o přístup k průběžným výsledkům voleb (XML)",
                    {
                        "rows": [
                            ["produkční adresy", "203.0.113.15\n203.0.113.16"],
                            ["testovací adresa", "203.0.113.16"],
                            ["kontakt", "Radka Mikulová, mikulova@ostravskenoviny.example"],
                        ],
                        "widths": [150, 310],
                    },
                    "Ing. Oldřich Šťastný, předseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "cq012-rtf-abbreviation-full-name-in-footer",
        "description": "the RTF letter calls the organisation only 'ZPS' in its body; the "
        "full name with its legal form and IČO is in the closing footer line",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Zpravodajská produkce Slezsko, o.p.s.",
            I12,
            None,
            ["198.18.77.10"],
            ["198.18.77.11"],
            "Aneta Kupková",
            "kupkova@zps-slezsko.example",
            "+420553618240",
        ),
        "from": "Aneta Kupková <kupkova@zps-slezsko.example>",
        "subject": "ZPS - výsledky voleb",
        "headers": EVOLUTION,
        "body": "Dobrý den,\npřikládám dopis s žádostí.\nA. Kupková\n",
        "attachments": [
            (
                "rtf",
                "ZPS_dopis.rtf",
                [
                    "Věc: žádost o přístup k výsledkům voleb",
                    "Vážení, ZPS připravuje pro regionální vysílání i web průběžné zpravodajství "
                    "z voleb. Prosíme o povolení přístupu k XML s výsledky z adresy "
                    "198.18.77.10; k testování použijeme 198.18.77.11.",
                    "Kontaktní osoba: Aneta Kupková, tel. 553 618 240, kupkova@zps-slezsko.example",
                    "S pozdravem\nMgr. Ivo Hradil, ředitel ZPS",
                    "Zpravodajská produkce Slezsko, o.p.s. | Nádražní 18, 746 01 Opava | "
                    "IČO " + I12,
                ],
            )
        ],
    },
    {
        "id": "cq013-mobile-sloppy-txt-no-ico-shorthand-ip",
        "description": "a freelancer without an IČO types the application into a TXT on his "
        "phone: the second address written only as '.47', no test address",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Vít Šafránek",
            None,
            None,
            ["198.51.100.46", "198.51.100.47"],
            [],
            "Vít Šafránek",
            "vit.safranek@posta.example",
            "+420605228371",
        ),
        "from": "Vit Safranek <vit.safranek@posta.example>",
        "subject": "zadost",
        "headers": SAMSUNG,
        "body": "dobry den posilam zadost v priloze\n",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "zadost o pristup k vysledkum voleb (xml)\n\n"
                "jmeno: Vít Šafránek, nezávislý datový novinář (bez IČO, píšu pro vlastní "
                "web volebnimapy.example)\n"
                "ip: 198.51.100.46 a .47 (obe ostre, test zvlast nemam)\n"
                "mail vit.safranek@posta.example\n"
                "tel 605228371\n",
            )
        ],
    },
    {
        "id": "cq014-cover-contact-differs-from-docx-form",
        "description": "the DOCX form names Hrubý as contact but the cover mail says he will be "
        "away and Kristýna Malá is the contact for this application",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED, FILM],
            "Plzeňský obzor s.r.o.",
            I14,
            None,
            ["192.0.2.200"],
            ["192.0.2.201"],
            "Kristýna Malá",
            "mala@plzenskyobzor.example",
            "+420604915263",
        ),
        "from": "Kristýna Malá <mala@plzenskyobzor.example>",
        "subject": "RE: formulář pro média",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\n\nposílám formulář vyplněný ještě kolegou Hrubým. Ten ale bude "
        "v době voleb na dovolené, takže kontaktní osobou pro tuto žádost budu já – Kristýna "
        "Malá, mala@plzenskyobzor.example, 604 915 263. Zbytek formuláře platí.\n\n"
        "Díky\nKristýna Malá\nPlzeňský obzor\n",
        "attachments": [
            (
                "docx",
                "formular_PO.docx",
                {
                    "header": "Plzeňský obzor s.r.o. · IČO " + I14,
                    "blocks": [
                        "Žádost o přístup k výsledkům a povolení natáčení",
                        {
                            "rows": [
                                ["", "ANO", "NE"],
                                ["přístup k XML s výsledky", "☒", "☐"],
                                ["natáčení na pracovišti ČSÚ v Plzni", "☒", "☐"],
                            ]
                        },
                        {
                            "rows": [
                                ["Produkční IP", "192.0.2.200"],
                                ["Testovací IP", "192.0.2.201"],
                                ["Kontaktní osoba", "Hrubý Martin"],
                                ["E-mail", "hruby@plzenskyobzor.example"],
                                ["Telefon", "731 402 887"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
]
