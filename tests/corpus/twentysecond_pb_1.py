"""Twentysecond held-out part ``pb``, cases pb001–pb014: a PDF with an empty body, DOCX and PDF
forms with ticked and unticked boxes, an XLSX with ANO/NE columns, a forwarded .eml whose cover
note changes the test address, RTF row headers, a nested DOCX table, a TXT config file, a signed
mail with a block, and data messages with the application in the annotation, in the file or in
both. Written by hand apart from the extraction rules (see make_twentysecond_pb); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentysecond_pb_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I1, I2, I3, I4 = ico("2874105"), ico("0461382"), ico("2693047"), ico("0715926")
I5, I6, I7, I8 = ico("4527183"), ico("2403619"), ico("2788450"), ico("4637201")
I9, I10, I11, I14 = ico("2910578"), ico("0749316"), ico("2605934"), ico("4718265")

CASES: list[dict[str, Any]] = [
    {
        "id": "pb001-pdf-letter-empty-body",
        "description": "Outlook mail with an empty body; everything in a PDF letter with a "
        "role table (two production rows, one test) and a contact other than the signer",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Zpravodaj Podbrdska s.r.o.",
            I1,
            None,
            ["192.0.2.130", "192.0.2.131"],
            ["192.0.2.140"],
            "Lukáš Hronek",
            "hronek@zpravodajpodbrdska.example",
            "+420731408266",
        ),
        "from": "Kolářová Marta <kolarova@zpravodajpodbrdska.example>",
        "subject": "Žádost ČSÚ - volby",
        "headers": OUTLOOK,
        "body": "",
        "attachments": [
            (
                "pdf",
                "Zadost_CSU_volby2025.pdf",
                [
                    "<b>Zpravodaj Podbrdska s.r.o.</b>\nnáměstí T. G. Masaryka 114/7, "
                    f"261 01 Příbram\nIČO: {I1}, DIČ: CZ{I1}",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "V Příbrami dne 15. 9. 2025",
                    "<b>Věc: Žádost o zpřístupnění průběžných výsledků voleb ve formátu XML</b>",
                    "Vážení, naše společnost provozuje regionální zpravodajský portál "
                    "podbrdsko.example a v den voleb do Poslanecké sněmovny chce čtenářům "
                    "průběžně zobrazovat výsledky za okresy Příbram a Beroun. Žádáme proto o "
                    "povolení přístupu k serveru s výsledky z těchto adres:",
                    {
                        "rows": [
                            ["Typ", "IP adresa", "Poznámka"],
                            ["produkční", "192.0.2.130", "hlavní redakční server"],
                            ["produkční", "192.0.2.131", "záložní server (jiná konektivita)"],
                            ["testovací", "192.0.2.140", "vývojové prostředí"],
                        ],
                        "widths": [90, 110, 220],
                    },
                    "Kontaktní osoba pro tuto žádost: Bc. Lukáš Hronek, technik redakce, "
                    "tel. +420 731 408 266, e-mail hronek@zpravodajpodbrdska.example",
                    "S pozdravem\n\nIng. Marta Kolářová\njednatelka",
                ],
            )
        ],
    },
    {
        "id": "pb002-docx-form-checkboxes",
        "description": "one-line cover mail from an assistant; DOCX form with a ticked and an "
        "unticked box, row-header table, a form version 2.3.1 in the footer",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Rádio Podlesí spol. s r.o.",
            I2,
            None,
            ["203.0.113.50", "203.0.113.51"],
            ["203.0.113.58"],
            "Ondřej Vávra",
            "vavra@radiopodlesi.example",
            "+420724310588",
        ),
        "from": "Radka Šimková <simkova@radiopodlesi.example>",
        "subject": "formulář - přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nv příloze zasílám vyplněný formulář žádosti.\n\n"
            "S pozdravem\nRadka Šimková\nasistentka vedení\nRádio Podlesí\n"
        ),
        "attachments": [
            (
                "docx",
                "formular_zadost_vyplneny.docx",
                {
                    "header": "Rádio Podlesí spol. s r.o. • Komenského 1520, 390 02 Tábor",
                    "footer": "Formulář v. 2.3.1 – platný od 1. 6. 2025",
                    "blocks": [
                        "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB / O POVOLENÍ POŘIZOVÁNÍ ZÁZNAMU",
                        "Předmět žádosti (zaškrtněte):",
                        "☒ přístup k serveru s výsledky voleb ve formátu XML",
                        "☐ povolení k pořizování obrazového a zvukového záznamu ve sběrném "
                        "místě ČSÚ",
                        {
                            "rows": [
                                ["Žadatel (název, právní forma)", "Rádio Podlesí spol. s r.o."],
                                ["IČO", I2],
                                ["Produkční IP adresy (max. 5)", "203.0.113.50\n203.0.113.51"],
                                ["Testovací IP adresy (max. 5)", "203.0.113.58"],
                                ["Kontaktní osoba", "Ondřej Vávra, technik vysílání"],
                                ["E-mail", "vavra@radiopodlesi.example"],
                                ["Telefon", "724 310 588"],
                            ]
                        },
                        "Datum: 12. 9. 2025          Podpis: Mgr. Jindřich Sobota, jednatel",
                    ],
                },
            )
        ],
    },
    {
        "id": "pb003-databox-annotation-only",
        "description": "data message: the whole application in the annotation; the attached "
        "PDF only says so and carries the letterhead with the IČO",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "TV Beskydy s.r.o.",
            I3,
            "t4bk9wm",
            ["203.0.113.88"],
            ["203.0.113.89"],
            "Ivo Beneš",
            "benes@tvbeskydy.example",
            "+420602117934",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb do PS 2025. Produkční IP "
        "203.0.113.88, testovací 203.0.113.89. Kontakt: Ivo Beneš, 602 117 934, "
        "benes@tvbeskydy.example",
        "databox": {
            "box": "t4bk9wm",
            "sender": "TV Beskydy s.r.o.",
            "address": "1. máje 320, 738 01 Frýdek-Místek",
        },
        "attachments": [
            (
                "pdf",
                "pruvodni_dopis.pdf",
                [
                    f"TV Beskydy s.r.o. | 1. máje 320, 738 01 Frýdek-Místek | IČO {I3}",
                    "Věc: žádost o přístup k výsledkům voleb",
                    "Dobrý den, žádost včetně technických údajů a kontaktní osoby je uvedena "
                    "v poznámce této datové zprávy. Děkujeme za vyřízení.",
                    "Ing. Pavel Straka\njednatel společnosti",
                ],
            )
        ],
    },
    {
        "id": "pb004-gmail-xlsx-ano-ne-columns",
        "description": "Gmail mail with an XLSX: addresses with Produkce/Test ANO/NE columns "
        "(one row NE/NE), a second sheet of contacts with a role column",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Jihlavský týdeník s.r.o.",
            I4,
            None,
            ["198.51.100.21", "198.51.100.22"],
            ["198.51.100.29"],
            "Tereza Malá",
            "tereza.mala@jihlavskytydenik.example",
            "+420739002614",
        ),
        "from": "Tereza Malá <tereza.mala@jihlavskytydenik.example>",
        "subject": "XML výsledky - tabulka s IP",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "posílám tabulku s adresami pro přístup k XML výsledkům voleb. Žádá "
            f"Jihlavský týdeník s.r.o., IČ {I4[:4]} {I4[4:]}.\n"
            "Kontakty jsou na druhém listu, kontaktní osoba pro žádost jsem já.\n\n"
            "Díky moc!\nTereza Malá\n"
        ),
        "attachments": [
            (
                "xlsx",
                "adresy_volby.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["IP adresa", "Produkce (ANO/NE)", "Test (ANO/NE)", "Poznámka"],
                            ["198.51.100.21", "ANO", "NE", "web"],
                            ["198.51.100.22", "ANO", "NE", "záloha"],
                            ["198.51.100.29", "NE", "ANO", "staging"],
                            ["198.51.100.30", "NE", "NE", "starý server – rušíme"],
                        ],
                    },
                    {
                        "title": "Kontakty",
                        "rows": [
                            ["Role", "Jméno", "E-mail", "Telefon"],
                            [
                                "Statutár",
                                "Mgr. Jan Čapek",
                                "capek@jihlavskytydenik.example",
                                "+420 567 300 100",
                            ],
                            [
                                "Kontakt pro žádost",
                                "Tereza Malá",
                                "tereza.mala@jihlavskytydenik.example",
                                "+420 739 002 614",
                            ],
                            [
                                "IT dodavatel",
                                "Webové služby Pacner",
                                "podpora@pacner.example",
                                "+420 608 555 019",
                            ],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "pb005-forwarded-eml-cover-changes-test",
        "description": "the network admin forwards the editor's original as an .eml "
        "attachment; his cover note replaces the test address given there",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Hanácké noviny a.s.",
            I5,
            None,
            ["192.0.2.60"],
            ["192.0.2.66"],
            "Alena Novotná",
            "novotna@noviny-hanacke.example",
            "+420585220417",
        ),
        "from": "Dušan Kratochvíl <kratochvil@noviny-hanacke.example>",
        "subject": "FW: Žádost o přístup k výsledkům voleb XML",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v příloze přeposílám žádost naší šéfredaktorky paní Novotné z minulého týdne, "
            "zřejmě nedorazila (nepřišlo nám potvrzení).\n\n"
            "Jedna změna oproti příloze: testovací server jsme mezitím přestěhovali, nová "
            "adresa je 192.0.2.66 (192.0.2.61 už neplatí). Jinak vše beze změny.\n\n"
            "S pozdravem\nDušan Kratochvíl\nsprávce sítě, Hanácké noviny a.s.\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost o pristup k vysledkum voleb XML.eml",
                {
                    "id": "pb005-inner",
                    "from": '"Mgr. Alena Novotná" <novotna@noviny-hanacke.example>',
                    "subject": "Žádost o přístup k výsledkům voleb XML",
                    "headers": OUTLOOK,
                    "body": (
                        "Vážení,\n\n"
                        f"vydavatelství Hanácké noviny a.s., IČO {I5}, žádá o přístup "
                        "k serveru s průběžnými výsledky voleb ve formátu XML.\n\n"
                        "Produkční server: 192.0.2.60\n"
                        "Testovací server: 192.0.2.61\n"
                        "Kontaktní osoba: Alena Novotná, tel. 585 220 417, "
                        "novotna@noviny-hanacke.example\n\n"
                        "Děkuji.\n\nMgr. Alena Novotná\nšéfredaktorka\n"
                        "Hanácké noviny a.s., Horní náměstí 21, 779 00 Olomouc\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "pb006-odt-recording-declines-feed",
        "description": "ODT letter asking only to film; it says in so many words that it does "
        "not want the XML data; a crew table with roles and three phones",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FILM],
            "Produkce Vlnobití s.r.o.",
            I6,
            None,
            [],
            [],
            "Šárka Dvořáková",
            "dvorakova@vlnobiti.example",
            "+420777640312",
        ),
        "from": "Šárka Dvořáková <dvorakova@vlnobiti.example>",
        "subject": "Žádost o povolení natáčení – volební noc",
        "headers": SEZNAM,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\nv příloze posílám žádost o povolení natáčení ve Vašem sběrném "
            "místě.\n\nDěkuji\nŠ. Dvořáková\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_nataceni_CSU.odt",
                [
                    f"Produkce Vlnobití s.r.o., Křižíkova 148/34, 186 00 Praha 8, IČO: {I6}",
                    "Věc: žádost o povolení natáčení ve sběrném místě",
                    "Vážení, připravujeme dokumentární film o průběhu volební noci. Žádáme "
                    "o povolení pořídit obrazový a zvukový záznam ve sběrném místě v Praze "
                    "dne 4. 10. 2025 mezi 14:00 a 23:00.",
                    "O přístup k datům ve formátu XML nežádáme, výsledky nebudeme zpracovávat.",
                    [
                        ["Člen štábu", "Funkce", "Telefon"],
                        [
                            "Šárka Dvořáková",
                            "vedoucí produkce, kontaktní osoba",
                            "+420 777 640 312",
                        ],
                        ["Marek Zedník", "kameraman", "+420 606 881 245"],
                        ["Lenka Fialová", "zvukařka", "+420 720 114 990"],
                    ],
                    "S pozdravem Šárka Dvořáková, vedoucí produkce",
                ],
            )
        ],
    },
    {
        "id": "pb007-rtf-row-headers-cp1250",
        "description": "windows-1250 Outlook mail with an RTF table whose row headers give the "
        "roles (Primární / Sekundární (záloha) / Vývoj / TST)",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Expres Orlicko s.r.o.",
            I7,
            None,
            ["192.0.2.201", "192.0.2.202"],
            ["192.0.2.209"],
            "Vladimír Hnátek",
            "hnatek@expresorlicko.example",
            "+420494521733",
        ),
        "from": "Vladimír Hnátek <hnatek@expresorlicko.example>",
        "subject": "Žádost o přístup k XML výsledkům voleb",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "zasíláme žádost o přístup k výsledkům voleb ve formátu XML, vyplněná tabulka je "
            "v příloze (RTF, Word to neumí jinak uložit).\n\n"
            "S pozdravem\n\nVladimír Hnátek\nExpres Orlicko s.r.o.\n"
            f"IČ: {I7}\nPalackého 77, 516 01 Rychnov nad Kněžnou\ntel. 494 521 733\n"
        ),
        "attachments": [
            (
                "rtf",
                "IP_adresy.rtf",
                [
                    "Expres Orlicko s.r.o. – technické údaje pro přístup k výsledkům voleb",
                    [
                        ["Primární", "192.0.2.201"],
                        ["Sekundární (záloha)", "192.0.2.202"],
                        ["Vývoj / TST", "192.0.2.209"],
                        ["Kontakt", "Vladimír Hnátek, 494 521 733, hnatek@expresorlicko.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "pb008-databox-docx-file-only-both",
        "description": "data message with a one-word annotation; the DOCX letter asks for both "
        "types, letterhead with IČO and box ID in the page header, register in the footer",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Brněnský rozhled, a.s.",
            I8,
            "b3rz7pk",
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.149"],
            "Klára Sedláčková",
            "sedlackova@rozhled.example",
            "+420731955402",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "b3rz7pk",
            "sender": "Brněnský rozhled, a.s.",
            "address": "Kounicova 688/12, 602 00 Brno",
        },
        "attachments": [
            (
                "docx",
                "CSU_zadost_volby.docx",
                {
                    "header": f"Brněnský rozhled, a.s. | Kounicova 688/12, 602 00 Brno | IČO "
                    f"{I8} | ID DS b3rz7pk",
                    "footer": "Zapsáno v obchodním rejstříku vedeném Krajským soudem v Brně, "
                    "oddíl B, vložka 8214",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "Brno 17. 9. 2025, č. j. BR/2025/311",
                        "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                        "Vážení, společnost Brněnský rozhled, a.s., vydavatel deníku Rozhled a "
                        "zpravodajského webu rozhled.example, žádá 1) o zřízení přístupu k "
                        "serveru s výsledky voleb ve formátu XML a 2) o povolení, aby náš "
                        "videotým mohl pořizovat záznam ve sběrném místě v Brně.",
                        {
                            "rows": [
                                ["", "IP adresa"],
                                ["Produkční 1", "198.51.100.140"],
                                ["Produkční 2", "198.51.100.141"],
                                ["Testovací", "198.51.100.149"],
                            ]
                        },
                        "Kontaktní osoba pro obě žádosti: Klára Sedláčková, vedoucí online, "
                        "tel. 731 955 402, sedlackova@rozhled.example",
                        "S úctou\nIng. Josef Malina\npředseda představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "pb009-txt-config-contractor-iso",
        "description": "iso-8859-2 mail from a web contractor for its client; the addresses in "
        "a TXT config with nginx and Debian versions; the contact is the client's editor",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Týdeník Polabí s.r.o.",
            I9,
            None,
            ["203.0.113.151", "203.0.113.152"],
            ["203.0.113.159"],
            "Roman Bureš",
            "bures@tydenikpolabi.example",
            "+420603442187",
        ),
        "from": "Martin Soukup <soukup@datovezpracovani.example>",
        "subject": "Zadost o pristup k XML vysledkum - Tydenik Polabi",
        "headers": ZIMBRA,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            f"za našeho klienta Týdeník Polabí s.r.o. (IČO {I9}), pro kterého spravujeme web, "
            "posílám žádost o přístup k výsledkům voleb ve formátu XML. Technické údaje "
            "jsou v přiloženém souboru.\n\n"
            "Kontaktní osobou za Týdeník je pan šéfredaktor Roman Bureš, "
            "bures@tydenikpolabi.example, 603 442 187. Technické dotazy klidně na mě.\n\n"
            "Martin Soukup\nDatové zpracování s.r.o.\n777 120 563\n"
        ),
        "attachments": [
            (
                "txt",
                "pristup_volby.txt",
                "# konfigurace pristupu k vysledkum - volby 2025\n"
                "# server: Debian 12.7, nginx 1.24.0, stahovani kazdych 60 s, port 443\n"
                "prod_ip = 203.0.113.151\n"
                "prod_ip = 203.0.113.152\n"
                "test_ip = 203.0.113.159\n",
            )
        ],
    },
    {
        "id": "pb010-pdf-form-brackets-recording",
        "description": "PDF form: [ ] XML feed unticked, [x] recording ticked; address rows "
        "left as dashes; a private college",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Slezská vysoká škola mediální, z. ú.",
            I10,
            None,
            [],
            [],
            "Pavlína Řezníčková",
            "reznickova@svsm.example",
            "+420596118720",
        ),
        "from": '"doc. Pavlína Řezníčková, Ph.D." <reznickova@svsm.example>',
        "subject": "Formulář – natáčení ve sběrném místě Ostrava",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\nv příloze posílám vyplněný formulář – rádi bychom se studenty "
            "natáčeli ve vašem sběrném místě v Ostravě.\n\n"
            "S pozdravem\ndoc. Pavlína Řezníčková\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular_CSU.pdf",
                [
                    "<b>FORMULÁŘ ŽÁDOSTI – volby do Poslanecké sněmovny 2025</b>",
                    "Žádám o:\n[ ] přístup k výsledkům ve formátu XML (dedikovaný server)\n"
                    "[x] povolení k pořizování záznamu ve sběrném místě",
                    {
                        "rows": [
                            ["Žadatel", "Slezská vysoká škola mediální, z. ú."],
                            ["IČO", I10],
                            ["Sběrné místo", "Ostrava, Gregorova 2582/3"],
                            ["Počet osob", "3 (2 studenti + pedagog)"],
                            ["Kontaktní osoba", "Pavlína Řezníčková"],
                            ["Telefon", "+420 596 118 720"],
                            ["E-mail", "reznickova@svsm.example"],
                            ["Produkční IP adresy", "—"],
                            ["Testovací IP adresy", "—"],
                        ],
                        "widths": [150, 270],
                    },
                ],
            )
        ],
    },
    {
        "id": "pb011-databox-annotation-and-pdf-agree",
        "description": "data message: addresses in the annotation (prod./test) and again in the "
        "attached PDF letter, which also names the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Krumlov FM s.r.o.",
            I11,
            "k5fm2ra",
            ["198.51.100.33"],
            ["198.51.100.34"],
            "Jitka Marešová",
            "maresova@radiokrumlov.example",
            "+420380712466",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb – Rádio Krumlov FM, prod. IP "
        "198.51.100.33, test 198.51.100.34 (podrobnosti v příloze)",
        "databox": {
            "box": "k5fm2ra",
            "sender": "Rádio Krumlov FM s.r.o.",
            "address": "Latrán 41, 381 01 Český Krumlov",
        },
        "attachments": [
            (
                "pdf",
                "zadost_XML.pdf",
                [
                    f"Rádio Krumlov FM s.r.o.\nLatrán 41, 381 01 Český Krumlov\nIČO {I11}",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                    "Vážení, žádáme o přístup k serveru s výsledky voleb. Produkční adresa "
                    "našeho serveru je 198.51.100.33, testovací 198.51.100.34.",
                    "Kontaktní osoba: Jitka Marešová, redaktorka zpravodajství, "
                    "tel. 380 712 466, maresova@radiokrumlov.example",
                    "Tomáš Bílek, jednatel",
                ],
            )
        ],
    },
    {
        "id": "pb012-english-pdf-ipv6-production",
        "description": "Austrian broadcaster in English; PDF table Environment/IP with an IPv6 "
        "production address, Staging as the test; a technical contact named second",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Alpenwelle Rundfunk GmbH",
            None,
            None,
            ["2001:db8:4a1::10", "203.0.113.214"],
            ["203.0.113.215"],
            "Katharina Egger",
            "k.egger@alpenwelle.example",
            "+437329084415",
        ),
        "from": "Katharina Egger <k.egger@alpenwelle.example>",
        "subject": "Application - election results XML feed",
        "headers": APPLE,
        "body": (
            "Dear Sir or Madam,\n\n"
            "please find attached our application for access to the XML results feed for "
            "the Czech parliamentary election. We are a regional broadcaster in Upper "
            "Austria and cover cross-border news for our listeners in South Bohemia.\n\n"
            "Kind regards,\nKatharina Egger\nHead of Online\nAlpenwelle Rundfunk GmbH, Linz\n"
            "+43 732 908 4415\n"
        ),
        "attachments": [
            (
                "pdf",
                "Alpenwelle_application_CZSO.pdf",
                [
                    "<b>Alpenwelle Rundfunk GmbH</b>\nLandstraße 49, 4020 Linz, Austria\n"
                    "FN 318442 k, UID ATU62918304",
                    "<b>Application for access to the election results server (XML)</b>",
                    {
                        "rows": [
                            ["Environment", "IP address", "Notes"],
                            ["Production", "2001:db8:4a1::10", "primary ingest"],
                            ["Production", "203.0.113.214", "IPv4 fallback"],
                            ["Staging", "203.0.113.215", "test only"],
                        ],
                        "widths": [100, 150, 170],
                    },
                    "Contact person: Katharina Egger, k.egger@alpenwelle.example, "
                    "+43 732 908 4415\nTechnical questions: Florian Huber, +43 664 310 2298",
                    "Linz, 11 September 2025",
                ],
            )
        ],
    },
    {
        "id": "pb013-html-cover-docx-nested-table",
        "description": "HTML-only cover mail; DOCX with a nested table whose column headers "
        "(Produkční / Testovací) give the roles",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Chebský kurýr, s.r.o.",
            ico("2561048"),
            None,
            ["192.0.2.17", "192.0.2.18"],
            ["192.0.2.25"],
            "Hana Vrbová",
            "vrbova@chebskykuryr.example",
            "+420354437210",
        ),
        "from": "Vrbová Hana <vrbova@chebskykuryr.example>",
        "subject": "Žádost - výsledky voleb XML (Chebský kurýr)",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta charset="utf-8"></head><body>'
            '<div style="font-family:Calibri,sans-serif;font-size:11pt">'
            "<p>Dobrý den,</p><p>v příloze posílám žádost o přístup k XML datům s výsledky "
            "voleb. Pokud by bylo cokoli nejasné, klidně volejte.</p>"
            "<p>S pozdravem<br>Hana Vrbová<br>redakce Chebský kurýr</p></div>"
            "</body></html>"
        ),
        "attachments": [
            (
                "docx",
                "zadost_kuryr.docx",
                {
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["Žadatel", f"Chebský kurýr, s.r.o., IČO {ico('2561048')}"],
                                ["IP adresy", ""],
                                [
                                    "Kontakt",
                                    "Hana Vrbová, +420 354 437 210, vrbova@chebskykuryr.example",
                                ],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["Produkční", "Testovací"],
                                        ["192.0.2.17", "192.0.2.25"],
                                        ["192.0.2.18", ""],
                                    ]
                                }
                            },
                        },
                        "V Chebu 16. 9. 2025",
                    ]
                },
            )
        ],
    },
    {
        "id": "pb014-smime-pdf-slash30",
        "description": "S/MIME-signed mail with a PDF asking for a /30 production block and "
        "declining a test address",
        "style": Style.SIGNED,
        "labels": L(
            [FEED],
            "Zprávy Vysočina a.s.",
            I14,
            None,
            ["198.51.100.200", "198.51.100.201", "198.51.100.202", "198.51.100.203"],
            [],
            "Radek Fiala",
            "fiala@zpravy-vysocina.example",
            "+420605771308",
        ),
        "from": '"Ing. Radek Fiala" <fiala@zpravy-vysocina.example>',
        "subject": "Žádost o přístup k výsledkům voleb (podepsáno)",
        "headers": TBIRD,
        "smime": True,
        "body": (
            "Dobrý den,\n\nv příloze zasílám žádost naší společnosti o přístup k výsledkům "
            "voleb ve formátu XML, e-mail je elektronicky podepsán.\n\n"
            "Ing. Radek Fiala\nIT manager\nZprávy Vysočina a.s.\n"
            f"IČO {I14}\nmob. +420 605 771 308\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_ZV.pdf",
                [
                    f"Zprávy Vysočina a.s., Masarykovo nám. 5, 586 01 Jihlava, IČO {I14}",
                    "Věc: přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o povolení přístupu z rozsahu 198.51.100.200/30 (produkce – "
                    "celý blok, load balancer a tři uzly). Testovací přístup nepožadujeme.",
                    "Kontaktní osoba: Ing. Radek Fiala, tel. +420 605 771 308, "
                    "fiala@zpravy-vysocina.example",
                    "Jihlava 18. 9. 2025",
                ],
            )
        ],
    },
]
