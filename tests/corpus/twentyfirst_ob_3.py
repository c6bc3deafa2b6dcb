"""Twentyfirst held-out part ``ob``, cases ob029–ob042: data messages with the application in the
annotation beside a power of attorney, an address range in a DOCX, an RTF town letter, a /31
block in an annotation, a publisher's DOCX and a freelancer's ANO/NE PDF; e-mails with the
office's own XLSX form (its header carries the office's identifiers), an IT contractor
forwarding the client's .eml, check-mark characters in a PDF, a cover mail fixing a phone in an
ODT, a Polish agency's English DOCX, a PDF pointing to a TXT list and a cover withdrawing one
request of an XLSX form. Written by hand apart from the extraction rules (see
make_twentyfirst_ob); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyfirst_ob_common import (
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

I29, I30, I31, I32 = ico("2789041"), ico("2513648"), ico("2892175"), ico("2618350")
I33, I34, I35, I37 = ico("0631209"), ico("2955170"), ico("0027906"), ico("4781326")
I38, I39, I40, I41, I42 = (
    ico("2739451"),
    ico("2680913"),
    ico("6184290"),
    ico("4508172"),
    ico("0883164"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "ob029-databox-annotation-with-power-of-attorney",
        "description": "data message: the request, addresses and contact in the annotation; the "
        "attached PDF is a power of attorney naming the board chairman and the contact",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Severomoravské vydavatelství, a.s.",
            I29,
            "n3sv6pe",
            ["192.0.2.171", "192.0.2.172"],
            ["192.0.2.180"],
            "Ilona Fialová",
            "fialova@smvyd.example",
            "+420725330614",
        ),
        "subject": (
            "Žádost o přístup k XML výsledkům voleb: prod 192.0.2.171, 192.0.2.172; test "
            "192.0.2.180. Kontakt Ilona Fialová, 725 330 614, fialova@smvyd.example "
            "(plná moc v příloze)"
        ),
        "databox": {
            "box": "n3sv6pe",
            "sender": "Severomoravské vydavatelství, a.s.",
            "address": "Českobratrská 21, 702 00 Ostrava",
        },
        "attachments": [
            (
                "pdf",
                "plna_moc_Fialova.pdf",
                [
                    "PLNÁ MOC",
                    f"Severomoravské vydavatelství, a.s., IČO {I29}, se sídlem "
                    "Českobratrská 21, 702 00 Ostrava, zastoupená Ing. Bohumilem Kratochvílem, "
                    "předsedou představenstva (tel. 596 100 200),",
                    "zmocňuje paní Ilonu Fialovou, nar. 1984, k jednání s Českým statistickým "
                    "úřadem ve věci přístupu k výsledkům voleb v roce 2025.",
                    "V Ostravě dne 1. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "ob030-xlsx-office-form-office-header",
        "description": "the office's own XLSX form filled in: its header prints the office's IČO "
        "and box, the applicant's box in a form field, ANO/NE per request",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Regionální vysílání Haná s.r.o.",
            I30,
            "hn4vx7c",
            ["203.0.113.90"],
            ["203.0.113.91", "203.0.113.92"],
            "Blanka Zemanová",
            "zemanova@rvhana.example",
            "+420581705336",
        ),
        "from": "Blanka Zemanová <zemanova@rvhana.example>",
        "subject": "Vyplněný formulář - přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nzasílám vyplněný formulář z Vašich stránek.\n\n"
            "S pozdravem\nBlanka Zemanová\nRegionální vysílání Haná s.r.o.\n"
        ),
        "attachments": [
            (
                "xlsx",
                "formular_media_volby2025_vyplneny.xlsx",
                [
                    {
                        "title": "Formulář",
                        "rows": [
                            ["Český statistický úřad, Na padesátém 81, 100 82 Praha 10", ""],
                            ["IČO 00025593, ID DS 2gfaasy, podatelna@czso.cz", ""],
                            ["Žádost médií o přístup k výsledkům voleb", ""],
                            ["Název žadatele", "Regionální vysílání Haná s.r.o."],
                            ["IČO žadatele", I30],
                            ["ID datové schránky žadatele", "hn4vx7c"],
                            ["Přístup k XML (ANO/NE)", "ANO"],
                            ["Povolení k natáčení (ANO/NE)", "NE"],
                            ["Produkční IP adresy (max. 5)", "203.0.113.90"],
                            ["Testovací IP adresy (max. 5)", "203.0.113.91, 203.0.113.92"],
                            ["Kontaktní osoba", "Blanka Zemanová"],
                            ["Telefon", "+420 581 705 336"],
                            ["E-mail", "zemanova@rvhana.example"],
                        ],
                        "merge": ["A1:B1", "A2:B2", "A3:B3"],
                    }
                ],
            )
        ],
    },
    {
        "id": "ob031-it-contractor-forwards-client-eml",
        "description": "IT contractor applies for a client newspaper and attaches the client's "
        "mail (.eml, 'natáčet nebudeme'); the contractor names himself the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Týdeník Litoměřicko s.r.o.",
            I31,
            None,
            ["198.51.100.140"],
            ["198.51.100.141"],
            "Ondřej Bláha",
            "blaha@netservisblaha.example",
            "+420777480263",
        ),
        "from": "Ondřej Bláha <blaha@netservisblaha.example>",
        "subject": "Žádost o přístup k XML za Týdeník Litoměřicko",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nza našeho klienta Týdeník Litoměřicko s.r.o. (jeho pověření "
            "přikládám jako e-mail) žádám o přístup k výsledkům voleb ve formátu XML.\n\n"
            "Produkční IP: 198.51.100.140\nTestovací IP: 198.51.100.141\n\n"
            "Technickým kontaktem jsem já: Ondřej Bláha, 777 480 263.\n\n"
            "--\nOndřej Bláha\nNetServis Bláha | správa serverů | IČO 74120581\n"
        ),
        "attachments": [
            (
                "eml",
                "povereni_Tydenik_Litomericko.eml",
                {
                    "id": "ob031-inner",
                    "from": "Marcela Vondrová <vondrova@tydenik-ltm.example>",
                    "to": "Ondřej Bláha <blaha@netservisblaha.example>",
                    "subject": "ČSÚ volby",
                    "headers": SEZNAM,
                    "body": (
                        "Pane Bláho,\n\nprosím vyřiďte za nás žádost na ČSÚ o ta XML s výsledky. "
                        f"Jsme Týdeník Litoměřicko s.r.o., IČO {I31}. Chceme jen data, "
                        "natáčet nebudeme.\n\nDíky\nMarcela Vondrová, jednatelka\n"
                        "tel. 416 731 500\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "ob032-databox-docx-address-range",
        "description": "data message with a DOCX letter: a written range of four production "
        "addresses, no test access wanted, IČO and DIČ on one line",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Vltavín Media a.s.",
            I32,
            "v8md5tf",
            ["203.0.113.100", "203.0.113.101", "203.0.113.102", "203.0.113.103"],
            [],
            "Karolína Dušková",
            "duskova@vltavin.example",
            "+420602447150",
        ),
        "subject": "Žádost o zřízení přístupu k serveru s výsledky voleb",
        "databox": {
            "box": "v8md5tf",
            "sender": "Vltavín Media a.s.",
            "address": "Lannova 48, 370 01 České Budějovice",
        },
        "attachments": [
            (
                "docx",
                "Vltavin_zadost.docx",
                {
                    "header": "Vltavín Media a.s.",
                    "blocks": [
                        f"IČO/DIČ: {I32} / CZ{I32}\nLannova 48, 370 01 České Budějovice",
                        "Věc: Žádost o přístup k výsledkům voleb",
                        "Dobrý den, žádáme o zřízení přístupu k výsledkům voleb ve formátu XML "
                        "pro produkční servery v rozsahu 203.0.113.100–203.0.113.103. "
                        "Testovací přístup nepotřebujeme.",
                        "Kontaktní osoba: Karolína Dušková, vedoucí vývoje, 602 447 150, "
                        "duskova@vltavin.example",
                        "Ing. Tomáš Petrák\nčlen představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "ob033-pdf-check-and-cross-marks",
        "description": "iPhone cover, PDF with ✔ for the feed and ✘ for filming, PROD:/TEST: "
        "lines and a phone with dashes",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Infoservis Beskydy s.r.o.",
            I33,
            None,
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Lubomír Kocourek",
            "kocourek@infobeskydy.example",
            "+420603118207",
        ),
        "from": "Lubomír Kocourek <kocourek@infobeskydy.example>",
        "subject": "Zadost XML",
        "headers": IPHONE,
        "body": "Dobrý den, posílám žádost v příloze. Kocourek\n\nOdesláno z iPhonu\n",
        "attachments": [
            (
                "pdf",
                "zadost_infobeskydy.pdf",
                [
                    f"Infoservis Beskydy s.r.o., IČO {I33}, Hlavní 8, 739 91 Jablunkov",
                    "Žádáme o:\n✔ přístup k výsledkům voleb ve formátu XML\n"
                    "✘ povolení natáčení na pracovišti ČSÚ",
                    "PROD: 192.0.2.33\nTEST: 192.0.2.34",
                    "Kontakt: Lubomír Kocourek, +420-603-118-207, kocourek@infobeskydy.example",
                ],
            )
        ],
    },
    {
        "id": "ob034-cover-fixes-phone-in-odt",
        "description": "the ODT letter's contact phone lacks a digit; the cover mail gives the "
        "corrected number; both requests",
        "style": Style.AMEND,
        "labels": L(
            BOTH,
            "Zlínský večerník s.r.o.",
            I34,
            None,
            ["198.51.100.20"],
            ["198.51.100.21"],
            "Miroslav Janků",
            "janku@zlinskyvecernik.example",
            "+420608331927",
        ),
        "from": "Miroslav Janků <janku@zlinskyvecernik.example>",
        "subject": "Žádost o přístup k výsledkům a povolení natáčení",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nv příloze posílám naši žádost. V dopise mi v telefonním čísle "
            "vypadla číslice, správně je 608 331 927.\n\nDíky, Miroslav Janků\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_ZV.odt",
                [
                    f"Zlínský večerník s.r.o., třída Tomáše Bati 15, 760 01 Zlín, IČO {I34}",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML a o povolení natáčet "
                    "na pracovišti ČSÚ ve Zlíně ve volební noci.",
                    [
                        ["Prostředí", "IP adresa"],
                        ["produkční", "198.51.100.20"],
                        ["testovací", "198.51.100.21"],
                    ],
                    "Kontaktní osoba: Miroslav Janků, tel. 608 331 92, "
                    "janku@zlinskyvecernik.example",
                ],
            )
        ],
    },
    {
        "id": "ob035-databox-rtf-town-filming-only",
        "description": "town's data message with an RTF letter: filming for its info channel, "
        "the XML feed explicitly not wanted; town IČO with leading zeros",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FILM],
            "Město Vysoké Mýtko",
            I35,
            "v3mt8ya",
            [],
            [],
            "Šárka Pospíšilová",
            "pospisilova@vysokemytko.example",
            "+420491402118",
        ),
        "subject": "Žádost o povolení natáčení",
        "databox": {
            "box": "v3mt8ya",
            "sender": "Město Vysoké Mýtko",
            "address": "Náměstí T. G. Masaryka 1, 549 01 Vysoké Mýtko",
            "type": 10,
        },
        "attachments": [
            (
                "rtf",
                "zadost_natáčení_VM.rtf",
                [
                    f"MĚSTO VYSOKÉ MÝTKO\nMěstský úřad, Náměstí T. G. Masaryka 1\nIČO: {I35}",
                    "Č. j.: MUVM/2231/2025",
                    "Věc: Žádost o povolení natáčení",
                    "Městský informační kanál žádá o povolení natáčet krátkou reportáž na "
                    "pracovišti ČSÚ v Hradci Králové dne 4. 10. 2025. O přístup k výsledkům "
                    "ve formátu XML nežádáme.",
                    "Kontakt: Bc. Šárka Pospíšilová, tisková mluvčí, 491 402 118, "
                    "pospisilova@vysokemytko.example",
                    "Mgr. Jiří Hanuš, starosta",
                ],
            )
        ],
    },
    {
        "id": "ob036-english-docx-polish-agency",
        "description": "Polish news agency, English cover and DOCX environment table (failover "
        "is production, staging is test), KRS and NIP numbers but no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agencja Informacyjna Odra Sp. z o.o.",
            None,
            None,
            ["198.51.100.180", "198.51.100.181"],
            ["198.51.100.190"],
            "Katarzyna Wójcik",
            "k.wojcik@aiodra.example",
            "+48713442017",
        ),
        "from": "Katarzyna Wójcik <k.wojcik@aiodra.example>",
        "subject": "Request for access to the election results XML feed",
        "headers": OUTLOOK,
        "body": (
            "Dear Sir or Madam,\n\nplease find attached our request for access to the XML "
            "results of the Czech parliamentary election. We will not film at your premises.\n\n"
            "Kind regards\nKatarzyna Wójcik\nHead of Data Desk\n"
            "Agencja Informacyjna Odra Sp. z o.o., Wrocław\n"
        ),
        "attachments": [
            (
                "docx",
                "AIO_request_CZSO.docx",
                {
                    "header": "Agencja Informacyjna Odra Sp. z o.o. · ul. Ruska 51, 50-079 "
                    "Wrocław · KRS 0000412277 · NIP 8992735510",
                    "blocks": [
                        "Request for access to the election results (XML)",
                        {
                            "rows": [
                                ["Environment", "IP address"],
                                ["Production", "198.51.100.180"],
                                ["Production (failover)", "198.51.100.181"],
                                ["Staging / test", "198.51.100.190"],
                            ]
                        },
                        "Contact person: Katarzyna Wójcik, +48 71 344 20 17, "
                        "k.wojcik@aiodra.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "ob037-databox-annotation-block-pdf-letter",
        "description": "data message: a /31 production block and the test address in the "
        "annotation, organisation and contact in the PDF letter",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Moravskoslezský informační servis, a.s.",
            I37,
            "q5ms2rd",
            ["203.0.113.160", "203.0.113.161"],
            ["203.0.113.170"],
            "Daniel Kovář",
            "kovar@msis.example",
            "+420553710284",
        ),
        "subject": (
            "Přístup k XML výsledkům voleb - prod 203.0.113.160/31, test 203.0.113.170, "
            "ostatní údaje v dopise"
        ),
        "databox": {
            "box": "q5ms2rd",
            "sender": "Moravskoslezský informační servis, a.s.",
            "address": "Krnovská 30, 746 01 Opava",
        },
        "attachments": [
            (
                "pdf",
                "dopis_CSU.pdf",
                [
                    f"Moravskoslezský informační servis, a.s.\nKrnovská 30, 746 01 Opava\n"
                    f"IČO {I37}",
                    "Věc: Žádost o přístup k výsledkům voleb",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML; IP adresy uvádíme v "
                    "anotaci datové zprávy.",
                    "Kontaktní osoba: Daniel Kovář, tel. 553 710 284, kovar@msis.example",
                    "Ing. Renata Slaninová, ředitelka",
                ],
            )
        ],
    },
    {
        "id": "ob038-pdf-points-to-txt-list",
        "description": "two attachments: the signed PDF refers to ip_adresy.txt, which lists the "
        "addresses under prod:/test: lines",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Deník Chrudimsko s.r.o.",
            I38,
            None,
            ["198.51.100.110", "198.51.100.111"],
            ["198.51.100.119"],
            "Roman Pokorný",
            "pokorny@chrudimsko.example",
            "+420469621880",
        ),
        "from": "Roman Pokorný <pokorny@chrudimsko.example>",
        "subject": "Žádost o přístup k výsledkům voleb (2 přílohy)",
        "headers": TBIRD,
        "body": "Dobrý den,\nposílám žádost a seznam IP adres.\nR. Pokorný\n",
        "attachments": [
            (
                "pdf",
                "zadost_podepsana.pdf",
                [
                    f"Deník Chrudimsko s.r.o., Resselovo nám. 77, 537 01 Chrudim, IČO {I38}",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML. IP adresy viz příloha "
                    "ip_adresy.txt.",
                    "Kontaktní osoba: Roman Pokorný, 469 621 880, pokorny@chrudimsko.example",
                    "Mgr. Roman Pokorný, jednatel",
                ],
            ),
            (
                "txt",
                "ip_adresy.txt",
                "prod:\n198.51.100.110\n198.51.100.111\n\ntest:\n198.51.100.119\n",
            ),
        ],
    },
    {
        "id": "ob039-html-cover-withdraws-xlsx-filming",
        "description": "HTML-only cover withdraws the filming request that the attached XLSX form "
        "still marks ANO",
        "style": Style.AMEND,
        "labels": L(
            [FEED],
            "Rádio Orlice s.r.o.",
            I39,
            None,
            ["192.0.2.200"],
            ["192.0.2.201"],
            "Gabriela Šimková",
            "simkova@radioorlice.example",
            "+420494321706",
        ),
        "from": "Gabriela Šimková <simkova@radioorlice.example>",
        "subject": "Žádost - Rádio Orlice",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr">Dobrý den,<br><br>v příloze posílám formulář. Natáčet nakonec '
            "<b>nebudeme</b> – bod „Povolení k natáčení“ ve formuláři prosím neberte v potaz, "
            "vyplňovala jsem ho ještě před poradou.<br><br>Děkuji<br>Gabriela Šimková<br>"
            "Rádio Orlice<br>494 321 706</div>"
        ),
        "attachments": [
            (
                "xlsx",
                "formular_radio_orlice.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Rádio Orlice s.r.o."],
                            ["IČO", I39],
                            ["Přístup k XML", "ANO"],
                            ["Povolení k natáčení", "ANO"],
                            ["Produkční IP", "192.0.2.200"],
                            ["Testovací IP", "192.0.2.201"],
                            ["Kontakt", "Gabriela Šimková, simkova@radioorlice.example"],
                            ["Telefon", "494 321 706"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "ob040-databox-annotation-university-abbrev",
        "description": "university's data message: 'prod.' and 'TST' in the annotation; the "
        "attached PDF is only the election-studio programme with times",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Kladenská univerzita",
            I40,
            "k9ku4wb",
            ["192.0.2.50"],
            ["192.0.2.51"],
            "Ondřej Černík",
            "cernik@kladuni.example",
            "+420312813552",
        ),
        "subject": (
            f"Kladenská univerzita, IČO {I40}: žádost o přístup k XML výsledkům voleb pro "
            "Volební studio - prod. 192.0.2.50, TST 192.0.2.51; kontakt Mgr. Ondřej Černík, "
            "312 813 552, cernik@kladuni.example"
        ),
        "databox": {
            "box": "k9ku4wb",
            "sender": "Kladenská univerzita",
            "address": "nám. Sítná 3105, 272 01 Kladno",
        },
        "attachments": [
            (
                "pdf",
                "volebni_studio_program.pdf",
                [
                    "Volební studio 2025 – program",
                    "pátek 3. 10.  20.00–23.30 studio, hosté z katedry politologie\n"
                    "sobota 4. 10. 14.00–22.00 živé vysílání, verze grafiky 4.2.1",
                ],
            )
        ],
    },
    {
        "id": "ob041-databox-docx-publisher-and-title",
        "description": "data message from a publisher about its title: DOCX with the title's "
        "letterhead and the publisher's signature block (IČO, box); 'Prod./záloha' with a slash",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Vydavatelství Pod Hradem a.s.",
            I41,
            "w2ph7cs",
            ["198.51.100.130", "198.51.100.131"],
            ["198.51.100.139"],
            "Michal Doležel",
            "dolezel@podhradem.example",
            "+420731905246",
        ),
        "subject": "Hradní listy - žádost o přístup k výsledkům voleb",
        "databox": {
            "box": "w2ph7cs",
            "sender": "Vydavatelství Pod Hradem a.s.",
            "address": "Zámecká 2, 674 01 Třebíč",
        },
        "attachments": [
            (
                "docx",
                "HL_zadost_CSU.docx",
                {
                    "header": "HRADNÍ LISTY – regionální týdeník",
                    "blocks": [
                        "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                        "Pro web Hradních listů žádáme o přístup k výsledkům. Rozhraní máme "
                        "připravené podle vaší dokumentace verze 2.0.1.4.",
                        "Prod./záloha: 198.51.100.130 / 198.51.100.131\nTest: 198.51.100.139",
                        "Kontaktní osoba: Michal Doležel, webmaster, 731 905 246, "
                        "dolezel@podhradem.example",
                        "Za vydavatele:\nIng. Radomír Kubíček, předseda představenstva\n"
                        f"Vydavatelství Pod Hradem a.s. | IČO {I41} | ID DS w2ph7cs",
                    ],
                },
            )
        ],
    },
    {
        "id": "ob042-databox-pdf-ano-ne-freelance-videographer",
        "description": "self-employed videographer's data message, PDF form with ANO/NE "
        "columns: filming ANO, feed NE; his trade mark beside his name",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FILM],
            "Filip Novotný",
            I42,
            "f6nv3dx",
            [],
            [],
            "Filip Novotný",
            "filip@novofilm.example",
            "+420720618349",
        ),
        "subject": "Žádost o povolení natáčení - volby 2025",
        "databox": {
            "box": "f6nv3dx",
            "sender": "Filip Novotný",
            "address": "Palackého 12, 779 00 Olomouc",
            "type": 30,
        },
        "attachments": [
            (
                "pdf",
                "zadost_novotny.pdf",
                [
                    f"Žadatel: Filip Novotný (obchodní značka NOVOFILM), IČO {I42}\n"
                    "Palackého 12, 779 00 Olomouc",
                    {
                        "rows": [
                            ["Žádám o", "ANO", "NE"],
                            ["přístup k výsledkům voleb ve formátu XML", "", "X"],
                            ["povolení natáčení na pracovišti ČSÚ Olomouc", "X", ""],
                        ],
                        "widths": [250, 50, 50],
                    },
                    "Natáčení pro dokument o volební noci (objednatel: Česká televize, "
                    "zak. č. 2025/0417).",
                    "Kontakt: Filip Novotný, 720 618 349, filip@novofilm.example",
                ],
            )
        ],
    },
]
