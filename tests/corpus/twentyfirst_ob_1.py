"""Twentyfirst held-out part ``ob``, cases ob001–ob014: a PDF form with box characters, a DOCX
letter with an empty mail body, data messages with the application only in the annotation or
only in the file, an XLSX sheet with a netmask column, an RTF ANO/NE form, a forwarded .eml
whose cover names another contact, a cover mail correcting its PDF, an English ODT, a TXT with
IPv6 and a Slovak DOCX form. Written by hand apart from the extraction rules (see
make_twentyfirst_ob); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyfirst_ob_common import (
    APPLE,
    BOTH,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I1, I2, I3, I4 = ico("2836150"), ico("4713825"), ico("0751936"), ico("2619047")
I5, I6, I7, I8 = ico("2547310"), ico("2803914"), ico("2675208"), ico("0492761")
I10, I11, I12, I13 = ico("2270583"), ico("2916402"), ico("0587319"), ico("3641277")
I14 = ico("0027351")

CASES: list[dict[str, Any]] = [
    {
        "id": "ob001-pdf-form-ticked-boxes",
        "description": "two-line cover from the secretariat; the PDF form ticks ☒ feed and leaves "
        "☐ filming, a prod/test column table with empty rows, the contact is a named editor",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Vydavatelství Brdský kurýr s.r.o.",
            I1,
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.160"],
            "Ondřej Pašek",
            "pasek@brdskykuryr.example",
            "+420724118390",
        ),
        "from": "Lenka Dvořáková <sekretariat@brdskykuryr.example>",
        "subject": "Žádost - volby 2025 (Brdský kurýr)",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze zasíláme vyplněnou žádost našeho týdeníku.\n\n"
            "Děkuji\nLenka Dvořáková\nsekretariát redakce Brdský kurýr\ntel. 318 620 144\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_brdsky_kuryr.pdf",
                [
                    "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB / POVOLENÍ K POŘIZOVÁNÍ ZÁZNAMŮ",
                    "Žadatel (název, právní forma): Vydavatelství Brdský kurýr s.r.o.\n"
                    f"IČO: {I1}\nSídlo: Pražská 212, 261 01 Příbram",
                    "Předmět žádosti (zaškrtněte):\n"
                    "☒ přístup k výsledkům voleb ve formátu XML\n"
                    "☐ povolení k pořizování obrazových a zvukových záznamů na pracovišti ČSÚ",
                    {
                        "rows": [
                            ["", "Produkční prostředí", "Testovací prostředí"],
                            ["IP adresa 1", "198.51.100.150", "198.51.100.160"],
                            ["IP adresa 2", "198.51.100.151", ""],
                            ["IP adresa 3", "", ""],
                        ],
                        "widths": [90, 160, 160],
                    },
                    "Kontaktní osoba: Ondřej Pašek, technický redaktor\n"
                    "E-mail: pasek@brdskykuryr.example\nTelefon: +420 724 118 390",
                    "V Příbrami dne 2. 9. 2025\nMgr. Karel Brejcha, jednatel",
                ],
            )
        ],
    },
    {
        "id": "ob002-docx-empty-body-letterhead-box",
        "description": "mail with an empty body; the DOCX letterhead carries IČO and data-box ID, "
        "a role-column table (primární/záložní/test) and a filming request for a reporter",
        "style": Style.EMPTY_BODY,
        "labels": L(
            BOTH,
            "Rádio Pálava, spol. s r.o.",
            I2,
            "r5pkw8e",
            ["203.0.113.30", "203.0.113.31"],
            ["203.0.113.32"],
            "Veronika Šťastná",
            "stastna@radiopalava.example",
            "+420519330271",
        ),
        "from": "Rádio Pálava - redakce <redakce@radiopalava.example>",
        "subject": "Žádost ČSÚ volby",
        "headers": GMAIL,
        "body": "\n",
        "attachments": [
            (
                "docx",
                "Zadost_CSU_RadioPalava.docx",
                {
                    "header": f"Rádio Pálava, spol. s r.o. · Náměstí 9, 692 01 Mikulov · "
                    f"IČO: {I2} · ID datové schránky: r5pkw8e",
                    "footer": "www.radiopalava.example · 89,6 MHz",
                    "blocks": [
                        "Český statistický úřad\nodbor informatiky\nNa padesátém 81\n"
                        "100 82 Praha 10",
                        "V Mikulově 8. září 2025",
                        "Věc: Žádost o přístup k výsledkům voleb a o povolení pořídit záznam",
                        "Vážení,",
                        "žádáme o zpřístupnění serveru s průběžnými výsledky voleb ve formátu XML "
                        "pro naše zpravodajství. Stahovat budeme z těchto adres:",
                        {
                            "rows": [
                                ["Prostředí", "IPv4", "Poznámka"],
                                ["Produkce (primární)", "203.0.113.30", "studio Mikulov"],
                                ["Produkce (záložní)", "203.0.113.31", "vysílač Děvín"],
                                ["Test", "203.0.113.32", "do 30. 9. 2025"],
                            ]
                        },
                        "Současně žádáme o povolení pořídit zvukový záznam na krajském "
                        "pracovišti ČSÚ v Brně ve volební noci; na místě bude náš reportér "
                        "Tomáš Bednář (tel. 604 211 839).",
                        "Kontaktní osobou pro obě žádosti je Veronika Šťastná, šéfredaktorka, "
                        "tel. +420 519 330 271, stastna@radiopalava.example.",
                        "S pozdravem\n\nIng. Pavel Hrdlička\njednatel",
                    ],
                },
            )
        ],
    },
    {
        "id": "ob003-databox-annotation-only-freelancer",
        "description": "data message from a self-employed journalist's box, no file: the whole "
        "application squeezed into the annotation with abbreviations",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Jakub Zedník",
            I3,
            "z3nq8vd",
            ["192.0.2.61"],
            ["192.0.2.62"],
            "Jakub Zedník",
            "zednik@jzmedia.example",
            "+420776204918",
        ),
        "subject": (
            "Žádost o přístup k XML výsledkům voleb pro web jzmedia.example - prod. IP "
            f"192.0.2.61, test. IP 192.0.2.62; Jakub Zedník, IČ {I3}, "
            "tel. 776 204 918, zednik@jzmedia.example"
        ),
        "databox": {
            "box": "z3nq8vd",
            "sender": "Jakub Zedník",
            "address": "Lidická 40, 602 00 Brno",
            "type": 30,
        },
        "attachments": [
            (
                "pdf",
                "novinarsky_prukaz_sken.pdf",
                [
                    "NOVINÁŘSKÝ PRŮKAZ\nSyndikát novinářů České republiky",
                    "Číslo průkazu: 2025/1187\nDržitel: Jakub Zedník\nPlatnost do: 31. 12. 2026",
                ],
            )
        ],
    },
    {
        "id": "ob004-xlsx-netmask-and-contact-sheet",
        "description": "XLSX with a mask column (255.255.255.252 means four production addresses, "
        "a /32 one test address) and a contacts sheet marking who is the contact",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Horní Pomoraví média a.s.",
            I4,
            None,
            ["203.0.113.8", "203.0.113.9", "203.0.113.10", "203.0.113.11"],
            ["203.0.113.20"],
            "Marek Holub",
            "holub@hpmedia.example",
            "+420602771305",
        ),
        "from": "Marek Holub <holub@hpmedia.example>",
        "subject": "XML výsledky voleb - IP adresy (tabulka)",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nposílám tabulku s adresami pro přístup k výsledkům voleb v XML.\n"
            f"Žadatel: Horní Pomoraví média a.s., IČO {I4}.\n"
            "Kontakty jsou na druhém listu.\n\nMarek Holub\nHPM - IT\n"
        ),
        "attachments": [
            (
                "xlsx",
                "csu_volby_ip.xlsx",
                [
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Účel", "IP adresa", "Maska", "Poznámka"],
                            ["Produkce", "203.0.113.8", "255.255.255.252", "4 stahovací uzly"],
                            ["Test", "203.0.113.20", "255.255.255.255", "staging"],
                        ],
                    },
                    {
                        "title": "Kontakty",
                        "rows": [
                            ["Jméno", "Funkce", "Telefon", "E-mail", "Kontakt pro ČSÚ"],
                            [
                                "Marek Holub",
                                "vedoucí IT",
                                "602 771 305",
                                "holub@hpmedia.example",
                                "ano",
                            ],
                            [
                                "Simona Řezníčková",
                                "šéfredaktorka",
                                "605 118 222",
                                "reznickova@hpmedia.example",
                                "ne",
                            ],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ob005-rtf-ano-ne-recording-only",
        "description": "windows-1250 cover and an RTF form with ANO/NE columns: feed NE, recording "
        "ANO; the contact's mobile given after the switchboard",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Rádio Bečva Vsetín s.r.o.",
            I5,
            None,
            [],
            [],
            "Zdeněk Ondruch",
            "ondruch@radiobecva.example",
            "+420737290114",
        ),
        "from": "Zdenek Ondruch <ondruch@radiobecva.example>",
        "subject": "zadost o povoleni nahravani - volby",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\nzasílám žádost o povolení nahrávání, viz příloha (RTF).\n"
            "S pozdravem Ondruch\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_nahravani.rtf",
                [
                    f"Rádio Bečva Vsetín s.r.o., Smetanova 1030, 755 01 Vsetín, IČO {I5}",
                    "Věc: Žádost k volbám do Poslanecké sněmovny 2025",
                    [
                        ["Požadavek", "ANO", "NE"],
                        ["Přístup k výsledkům voleb ve formátu XML (server pro média)", "", "X"],
                        ["Povolení k pořízení zvukového záznamu na pracovišti ČSÚ", "X", ""],
                    ],
                    "Místo: krajské pracoviště ČSÚ Zlín, 4. 10. 2025 od 14:00\n"
                    "Reportérka: Klára Mikešová",
                    "Kontaktní osoba: Zdeněk Ondruch, programový ředitel\n"
                    "ústředna 571 411 600, mobil 737 290 114\nondruch@radiobecva.example",
                ],
            )
        ],
    },
    {
        "id": "ob006-forwarded-eml-cover-new-contact",
        "description": "assistant forwards the editor-in-chief's mail as .eml; her cover replaces "
        "the contact (editor on leave) with a technician",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Jihočeská mediální s.r.o.",
            I6,
            None,
            ["198.51.100.201"],
            ["198.51.100.202"],
            "Lukáš Vrba",
            "lukas.vrba@jcmedialni.example",
            "+420739504821",
        ),
        "from": "Ivana Sýkorová <sykorova@jcmedialni.example>",
        "subject": "Fwd: žádost o XML volby",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\npřeposílám žádost pana šéfredaktora Kloučka (v příloze). Jedna změna: "
            "pan Klouček bude v době voleb na dovolené, kontaktní osobou proto bude náš "
            "technik Lukáš Vrba, lukas.vrba@jcmedialni.example, tel. 739 504 821.\n\n"
            "Děkuji a zdravím\nIvana Sýkorová\nasistentka vedení\nJihočeská mediální s.r.o.\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost_XML_volby.eml",
                {
                    "id": "ob006-inner",
                    "from": "Radim Klouček <kloucek@jcmedialni.example>",
                    "to": "Ivana Sýkorová <sykorova@jcmedialni.example>",
                    "subject": "žádost o XML volby",
                    "headers": OUTLOOK,
                    "body": (
                        "Ivano, pošli to prosím na podatelnu ČSÚ:\n\n"
                        "Dobrý den,\nJihočeská mediální s.r.o. (vydavatel portálu "
                        f"jcnoviny.example), IČO {I6}, žádá o přístup k výsledkům voleb "
                        "ve formátu XML.\nProdukční adresa: 198.51.100.201\n"
                        "Testovací adresa: 198.51.100.202\n"
                        "Kontakt: Radim Klouček, 608 112 447, kloucek@jcmedialni.example\n\n"
                        "R. Klouček, šéfredaktor\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "ob007-cover-corrects-pdf-test-address",
        "description": "cover mail says the PDF's test address has a typo and gives the right "
        "one; the PDF's other values stand",
        "style": Style.AMEND,
        "labels": L(
            [FEED],
            "TV Polabí s.r.o.",
            I7,
            None,
            ["192.0.2.130"],
            ["192.0.2.133"],
            "Hana Tichá",
            "ticha@tvpolabi.example",
            "+420325611940",
        ),
        "from": "Hana Tichá <ticha@tvpolabi.example>",
        "subject": "Žádost o přístup k XML - TV Polabí",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze posílám podepsanou žádost. Bohužel jsem si až po podpisu "
            "všimla chyby u testovací adresy – místo 192.0.2.131 má být 192.0.2.133. "
            "Ostatní údaje platí.\n\nDěkuji za pochopení\nHana Tichá\nTV Polabí\n"
        ),
        "attachments": [
            (
                "pdf",
                "TVPolabi_zadost_podepsana.pdf",
                [
                    f"TV Polabí s.r.o.\nHusova 118, 290 01 Poděbrady\nIČO: {I7}",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o přístup k serveru s výsledky voleb. Produkční IP adresa našeho "
                    "serveru je 192.0.2.130, testovací 192.0.2.131.",
                    "Kontaktní osoba: Hana Tichá, vedoucí vysílání, tel. 325 611 940, "
                    "ticha@tvpolabi.example",
                    "V Poděbradech 11. 9. 2025\nJan Vojáček, jednatel",
                ],
            )
        ],
    },
    {
        "id": "ob008-databox-docx-nested-table",
        "description": "data message with a bare annotation; the DOCX letter prints the office's "
        "box in its address block and puts the roles in a table nested in a cell",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Poohří Press a.s.",
            I8,
            "ph7t2xk",
            ["198.51.100.171", "198.51.100.172"],
            ["198.51.100.179"],
            "Filip Jandera",
            "filip.jandera@poohripress.example",
            "+420415620377",
        ),
        "subject": "Žádost o přístup - volby do PS 2025",
        "databox": {
            "box": "ph7t2xk",
            "sender": "Poohří Press a.s.",
            "address": "Masarykova 14, 440 01 Louny",
        },
        "attachments": [
            (
                "docx",
                "zadost_pristup_volby.docx",
                {
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10\nID DS: 2gfaasy",
                        "Věc: Žádost o zřízení přístupu k výsledkům voleb (XML)",
                        {
                            "rows": [
                                ["Žadatel", "Poohří Press a.s., Masarykova 14, 440 01 Louny"],
                                ["IČO", I8],
                                ["Síťové údaje", ""],
                                [
                                    "Kontaktní osoba",
                                    "Bc. Filip Jandera, správa systémů\n"
                                    "filip.jandera@poohripress.example\n+420 415 620 377",
                                ],
                            ],
                            "nested": {
                                (2, 1): {
                                    "rows": [
                                        ["produkční", "198.51.100.171"],
                                        ["produkční – záloha", "198.51.100.172"],
                                        ["testovací", "198.51.100.179"],
                                    ]
                                }
                            },
                        },
                        "Za Poohří Press a.s.\nIng. Věra Málková, předsedkyně představenstva",
                    ]
                },
            )
        ],
    },
    {
        "id": "ob009-english-odt-freelance-photographer",
        "description": "Danish freelance photojournalist, English cover and ODT: filming YES, XML "
        "NO; no company and no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Mette Kjærgaard",
            None,
            None,
            [],
            [],
            "Mette Kjærgaard",
            "mette@kjaergaard-foto.example",
            "+4528714063",
        ),
        "from": "Mette Kjærgaard <mette@kjaergaard-foto.example>",
        "subject": "Application - photo/video at the counting centre",
        "headers": APPLE,
        "body": (
            "Hello,\n\nplease find attached my application for permission to take photos and "
            "short video at your counting centre on election night. I don't need the XML feed "
            "- the newsroom in Copenhagen gets results through the wire service.\n\n"
            "Best regards\nMette\n\nSent from my Mac\n"
        ),
        "attachments": [
            (
                "odt",
                "application_CZSO_Kjaergaard.odt",
                [
                    "Application for permission to record at a ČSÚ collection point",
                    "Applicant: Mette Kjærgaard, freelance photojournalist "
                    "(no company, no Czech company ID)",
                    [
                        ["Request", "Yes / No"],
                        ["Photography and video recording at the collection point", "YES"],
                        ["Access to the XML results server", "NO"],
                    ],
                    "Commissioned by: Dagbladet Nord (Aalborg), press card DJ 4471",
                    "Contact: Mette Kjærgaard, +45 28 71 40 63, mette@kjaergaard-foto.example",
                ],
            )
        ],
    },
    {
        "id": "ob010-txt-ipv6-expanded-version-number",
        "description": "iPhone cover, TXT attachment with IPv6 production addresses written in "
        "full form, an IPv4 test address and a dotted parser version",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Hlas Slezska, z. s.",
            I10,
            None,
            ["2001:db8:a1c::10", "2001:db8:a1c::11"],
            ["198.51.100.99"],
            "Petra Zajíčková",
            "zajickova@hlasslezska.example",
            "+420597112640",
        ),
        "from": "Petra Zajíčková <zajickova@hlasslezska.example>",
        "subject": "zadost XML",
        "headers": IPHONE,
        "body": "Dobrý den, žádost posílám jako textovou přílohu.\nZajíčková\n\nOdesláno z iPhonu\n",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB (XML)\n\n"
                f"Žadatel: Hlas Slezska, z. s., Nádražní 44, 702 00 Ostrava, IČO {I10}\n\n"
                "Produkční servery (IPv6):\n"
                "  2001:0db8:0a1c:0000:0000:0000:0000:0010\n"
                "  2001:0db8:0a1c:0000:0000:0000:0000:0011\n"
                "Testovací server: 198.51.100.99\n\n"
                "Náš parser (verze 3.1.4.2) stahuje každých 30 s.\n\n"
                "Kontakt: Petra Zajíčková, 597 112 640, zajickova@hlasslezska.example\n",
            )
        ],
    },
    {
        "id": "ob011-databox-annotation-drops-pdf-test",
        "description": "data message: the annotation says the test address in the attached PDF "
        "will not be used, only production is to be set up",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Televize Horácko s.r.o.",
            I11,
            "h2vmc9q",
            ["198.51.100.88"],
            [],
            "Jaroslav Píša",
            "pisa@tvhoracko.example",
            "+420566301778",
        ),
        "subject": (
            "Žádost o přístup k XML - testovací adresu uvedenou v příloze nepoužijeme, "
            "zřiďte prosím jen produkční"
        ),
        "databox": {
            "box": "h2vmc9q",
            "sender": "Televize Horácko s.r.o.",
            "address": "Palackého 7, 591 01 Žďár nad Sázavou",
        },
        "attachments": [
            (
                "pdf",
                "zadost_TVH.pdf",
                [
                    f"Televize Horácko s.r.o., IČO {I11}\nPalackého 7, 591 01 Žďár nad Sázavou",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o přístup pro tyto adresy:\nprodukční: 198.51.100.88\n"
                    "testovací: 198.51.100.89",
                    "Kontaktní osoba: Jaroslav Píša, tel. +420 566 301 778, pisa@tvhoracko.example",
                    "Mgr. Eva Kubátová, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "ob012-html-cover-pdf-wrapped-cells",
        "description": "HTML-only cover with the contact; the PDF's narrow table wraps three "
        "production addresses in one cell",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "MetroJih Media a.s.",
            I12,
            None,
            ["198.51.100.40", "198.51.100.41", "198.51.100.42"],
            ["198.51.100.49"],
            "Tereza Vojtová",
            "vojtova@metrojih.example",
            "+420773205918",
        ),
        "from": "Vojtová Tereza <vojtova@metrojih.example>",
        "subject": "Žádost o přístup k výsledkům voleb - MetroJih",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta charset="utf-8"></head><body style="font-family:Calibri">'
            "<p>Dobrý den,</p><p>v příloze posíláme žádost o přístup k výsledkům voleb "
            "ve formátu XML. Kontaktní osobou za nás bude Tereza Vojtová "
            "(<a href='mailto:vojtova@metrojih.example'>vojtova@metrojih.example</a>, "
            "+420 773 205 918).</p><p>S pozdravem</p>"
            "<p><b>Tereza Vojtová</b><br>produkce digitálu<br>MetroJih Media a.s.<br>"
            "Křenová 56, 602 00 Brno</p></body></html>"
        ),
        "attachments": [
            (
                "pdf",
                "MetroJih_zadost.pdf",
                [
                    f"MetroJih Media a.s., IČO {I12}",
                    "Žádost o přístup k výsledkům voleb (XML)",
                    {
                        "rows": [
                            ["Role", "IP adresy"],
                            ["produkční (3 stroje)", "198.51.100.40, 198.51.100.41, 198.51.100.42"],
                            ["testovací", "198.51.100.49"],
                        ],
                        "widths": [90, 75],
                    },
                    "Kontakt: Tereza Vojtová, +420 773 205 918",
                ],
            )
        ],
    },
    {
        "id": "ob013-slovak-docx-checkbox-form",
        "description": "Slovak TV sends a DOCX form with ☑/☐ in Áno/Nie columns, both requests "
        "ticked Áno",
        "style": Style.FORM,
        "labels": L(
            BOTH,
            "TV Považie, s. r. o.",
            I13,
            None,
            ["203.0.113.140"],
            ["203.0.113.141"],
            "Martina Hudecová",
            "hudecova@tvpovazie.example",
            "+421905338172",
        ),
        "from": "Martina Hudecová <hudecova@tvpovazie.example>",
        "subject": "Žiadosť - voľby ČR 2025",
        "headers": GMAIL,
        "body": (
            "Dobrý deň,\n\nv prílohe posielam vyplnený formulár. Prosím o potvrdenie prijatia.\n\n"
            "S pozdravom\nMartina Hudecová\n"
        ),
        "attachments": [
            (
                "docx",
                "formular_TV_Povazie.docx",
                {
                    "blocks": [
                        "Žiadosť o prístup k výsledkom volieb a o povolenie natáčania",
                        f"Žiadateľ: TV Považie, s. r. o., Štúrova 21, 017 01 Považská Bystrica, "
                        f"IČO: {I13}",
                        {
                            "rows": [
                                ["Požiadavka", "Áno", "Nie"],
                                ["Prístup k výsledkom volieb vo formáte XML", "☑", "☐"],
                                ["Povolenie na natáčanie na zberovom pracovisku ČSÚ", "☑", "☐"],
                            ]
                        },
                        "Produkčná IP adresa: 203.0.113.140\nTestovacia IP adresa: 203.0.113.141",
                        "Kontaktná osoba: Martina Hudecová, +421 905 338 172, "
                        "hudecova@tvpovazie.example",
                    ]
                },
            )
        ],
    },
    {
        "id": "ob014-databox-annotation-town-filming",
        "description": "town's data message with no file: filming for the town TV asked in the "
        "annotation, IČO with a space",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FILM],
            "Město Dolní Březina",
            I14,
            "m8dq4ws",
            [],
            [],
            "Ivo Matějka",
            "matejka@dolnibrezina.example",
            "+420466920314",
        ),
        "subject": (
            "Žádost o povolení natáčení pro Březinskou TV na pracovišti ČSÚ Pardubice ve "
            f"volební noci. Město Dolní Březina, IČO {I14[:4]} {I14[4:]}. Kontakt: Ivo Matějka, "
            "466 920 314, matejka@dolnibrezina.example"
        ),
        "databox": {
            "box": "m8dq4ws",
            "sender": "Město Dolní Březina",
            "address": "Náměstí 1, 533 12 Dolní Březina",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "Brezinska_TV_licence.pdf",
                [
                    "Rada pro rozhlasové a televizní vysílání",
                    "Rozhodnutí č. j. RRTV/8815/2019: provozovateli Město Dolní Březina se uděluje "
                    "licence k provozování televizního vysílání programu Březinská TV šířeného "
                    "prostřednictvím kabelových systémů.",
                    "Doba platnosti licence: 12 let od právní moci rozhodnutí.",
                ],
            )
        ],
    },
]
