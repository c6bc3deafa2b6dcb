"""Twentyninth held-out part ``wb``, cases wb001–wb014: an empty mail with a PDF form, data
messages with the application in the annotation or in a DOCX, DOCX row headers, an XLSX role
column from an IT contractor, a cover note correcting an ODT, a forwarded .eml that changes the
contact, an RTF form with ANO/NE columns, an English TXT form with IPv6 addresses, a wrapped PDF
table, a filming-only PDF with a crew list and an XLSX with merged role cells. Written by hand
apart from the extraction rules (see make_twentyninth_wb); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyninth_wb_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I1, I2, I3, I4, I4C = (
    ico("2871405"),
    ico("2903174"),
    ico("2619384"),
    ico("2750316"),
    ico("0482619"),
)
I5, I6, I7, I8 = ico("4517283"), ico("0643927"), ico("2734516"), ico("0587231")
I10, I11, I12, I13, I14 = (
    ico("6100458"),
    ico("2847063"),
    ico("0721948"),
    ico("0829163"),
    ico("2495718"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "wb001-empty-mail-pdf-checkbox-form",
        "description": "mail with no text at all, a PDF form with a ticked and an unticked box "
        "and row headers for the roles; the form names a contact other than the sender",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Podbrdský zpravodaj s.r.o.",
            I1,
            None,
            ["192.0.2.140", "192.0.2.141"],
            ["192.0.2.150"],
            "Ondřej Kalina",
            "kalina@podbrdsky.example",
            "+420608412390",
        ),
        "from": "Redakce Podbrdský zpravodaj <redakce@podbrdsky.example>",
        "subject": "zadost XML",
        "headers": OUTLOOK,
        "body": "",
        "attachments": [
            (
                "pdf",
                "formular_zadost_media.pdf",
                [
                    "FORMULÁŘ – žádost média o přístup k výsledkům voleb",
                    "Volby do Poslanecké sněmovny Parlamentu ČR, 3. a 4. října 2025",
                    {
                        "rows": [
                            ["Žadatel (název, právní forma)", "Podbrdský zpravodaj s.r.o."],
                            ["IČO", I1],
                            ["Sídlo", "Pražská 318, 261 01 Příbram"],
                        ],
                        "widths": [170, 270],
                    },
                    "Předmět žádosti (zaškrtněte):\n"
                    "☒ přístup k výstupům výsledků voleb ve formátu XML\n"
                    "☐ povolení k pořizování obrazového a zvukového záznamu na sběrném místě",
                    {
                        "rows": [
                            ["Produkční IP adresy (max. 5)", "192.0.2.140, 192.0.2.141"],
                            ["Testovací IP adresy (max. 5)", "192.0.2.150"],
                            ["Kontaktní osoba", "Ondřej Kalina"],
                            ["Telefon", "+420 608 412 390"],
                            ["E-mail", "kalina@podbrdsky.example"],
                        ],
                        "widths": [170, 270],
                    },
                    "V Příbrami dne 12. 9. 2025\nPodpis statutárního orgánu: Ing. Věra Kalinová,"
                    " jednatelka",
                ],
            )
        ],
    },
    {
        "id": "wb002-databox-annotation-only-poa-file",
        "description": "data message whose annotation is the whole application; the attached "
        "file is only a power of attorney, which gives the IČO",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Rádio Krumlov s.r.o.",
            I2,
            "r8kt2vw",
            ["203.0.113.14"],
            ["203.0.113.15"],
            "Jan Bureš",
            "bures@radiokrumlov.example",
            "+420731220914",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb. Produkční IP 203.0.113.14, "
        "testovací 203.0.113.15. Kontakt: Jan Bureš, tel. 731 220 914, "
        "bures@radiokrumlov.example. Plná moc v příloze.",
        "databox": {
            "box": "r8kt2vw",
            "sender": "Rádio Krumlov s.r.o.",
            "address": "Latrán 47, 381 01 Český Krumlov",
        },
        "attachments": [
            (
                "pdf",
                "plna_moc_Bures.pdf",
                [
                    "PLNÁ MOC",
                    f"Společnost Rádio Krumlov s.r.o., IČO {I2}, se sídlem Latrán 47, "
                    "381 01 Český Krumlov, zapsaná v obchodním rejstříku vedeném Krajským "
                    "soudem v Českých Budějovicích, oddíl C, vložka 18832,",
                    "zmocňuje",
                    "pana Jana Bureše, nar. 14. 6. 1986, technického ředitele,",
                    "k podání žádosti o přístup k výsledkům voleb u Českého statistického úřadu "
                    "a ke všem úkonům s tím souvisejícím.",
                    "V Českém Krumlově dne 10. 9. 2025\n\nMiloš Šebek, jednatel\n\n"
                    "Plnou moc přijímám: Jan Bureš",
                ],
            )
        ],
    },
    {
        "id": "wb003-docx-row-headers-both-types",
        "description": "cover mail from an assistant; a DOCX with the letterhead IČO in the page "
        "header, row headers for primary/backup/test, filming requested in the same table; the "
        "contact is a colleague named in the document",
        "style": Style.TABLE,
        "labels": L(
            [FEED, FILM],
            "TV Polabí a.s.",
            I3,
            None,
            ["198.51.100.21", "198.51.100.22"],
            ["198.51.100.29"],
            "Tomáš Beran",
            "beran@tvpolabi.example",
            "+420777902114",
        ),
        "from": "Havlíková Lenka <havlikova@tvpolabi.example>",
        "subject": "Žádost TV Polabí – výsledky voleb a natáčení",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v příloze posílám žádost TV Polabí o přístup k volebním výsledkům a o povolení "
            "natáčet na sběrném místě v Nymburce. Kdyby něco chybělo, ozvěte se mi prosím.\n\n"
            "S pozdravem\n\n"
            "Lenka Havlíková\n"
            "asistentka ředitele\n"
            "TV Polabí a.s.\n"
            "tel. 325 512 008\n"
        ),
        "attachments": [
            (
                "docx",
                "TVPolabi_zadost_CSU_2025.docx",
                {
                    "header": f"TV Polabí a.s. • Palackého 1020/4, 288 02 Nymburk • IČO: {I3} • "
                    f"DIČ: CZ{I3}",
                    "footer": "Zapsáno v OR vedeném Městským soudem v Praze, sp. zn. B 9412",
                    "blocks": [
                        "Český statistický úřad\nodbor volebních výsledků",
                        "Věc: žádost o zřízení přístupu k výsledkům voleb a o povolení natáčení",
                        "Vážení, naše regionální televize bude o volbách vysílat přímý přenos. "
                        "Žádáme proto o tyto služby:",
                        {
                            "rows": [
                                ["Produkční server (primární)", "198.51.100.21"],
                                ["Produkční server (záložní)", "198.51.100.22"],
                                ["Testovací prostředí", "198.51.100.29"],
                                [
                                    "Natáčení na sběrném místě",
                                    "ano – štáb 2 osoby, sběrné místo Nymburk, 4. 10. 2025 "
                                    "od 14:00",
                                ],
                                [
                                    "Kontaktní osoba",
                                    "Tomáš Beran, vedoucí techniky, mobil 777 902 114, "
                                    "beran@tvpolabi.example",
                                ],
                            ]
                        },
                        "Děkujeme za vyřízení.",
                        "Mgr. Karel Dušek\nředitel TV Polabí a.s.",
                    ],
                },
            )
        ],
    },
    {
        "id": "wb004-xlsx-contractor-role-column",
        "description": "an IT contractor sends an XLSX with a PROD/TST column and a retired "
        "address; the contractor's own IČO in his signature, the publisher's in the text",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Hanácké listy s.r.o.",
            I4,
            None,
            ["192.0.2.61", "192.0.2.62"],
            ["192.0.2.70"],
            "Kristýna Dohnalová",
            "dohnalova@hanackelisty.example",
            "+420585220461",
        ),
        "from": "Radek Šindelář <sindelar@netpoint-servis.example>",
        "subject": "Hanácké listy - IP adresy pro XML výsledky voleb",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            f"jako dodavatel IT pro vydavatelství Hanácké listy s.r.o. (IČO {I4}) posílám "
            "v příloze tabulku IP adres, ze kterých budou jejich servery stahovat XML "
            "s výsledky voleb. Vydavatelství tímto žádá o zřízení přístupu.\n\n"
            "Kontaktní osobou za vydavatelství je paní Mgr. Kristýna Dohnalová, "
            "dohnalova@hanackelisty.example, tel. 585 220 461. Technické dotazy klidně "
            "směrujte na mě.\n\n"
            "S pozdravem\n"
            "-- \n"
            "Radek Šindelář\n"
            "NetPoint servis s.r.o. | správa sítí a serverů\n"
            f"IČO: {I4C}\n"
            "+420 603 118 245 | https://netpoint-servis.example\n"
        ),
        "attachments": [
            (
                "xlsx",
                "hanackelisty_ip_2025.xlsx",
                [
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["IP adresa", "Typ", "Poznámka"],
                            ["192.0.2.61", "PROD", "hlavní stahovač"],
                            ["192.0.2.62", "PROD", "záloha (Olomouc DC2)"],
                            [
                                "192.0.2.60",
                                "PROD",
                                "ZRUŠENO – server vyřazen 08/2025, nepoužívat",
                            ],
                            ["192.0.2.70", "TST", "staging"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "wb005-cover-note-corrects-odt",
        "description": "windows-1250 webmail cover note correcting the test address typed wrong "
        "in the attached ODT letter",
        "style": Style.AMENDMENT,
        "labels": L(
            [FEED],
            "Vysočina Press, spol. s r.o.",
            I5,
            None,
            ["192.0.2.80", "192.0.2.81"],
            ["192.0.2.85"],
            "Pavel Kučera",
            "kucera@vysocinapress.example",
            "+420606553170",
        ),
        "from": "Pavel Kučera <kucera@vysocinapress.example>",
        "subject": "zadost o pristup k vysledkum voleb",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "posílám žádost o přístup k výsledkům voleb, je v příloze (ODT).\n"
            "Omlouvám se, v příloze je překlep u testovací adresy - místo 192.0.2.58 má být "
            "192.0.2.85. Ostatní údaje platí.\n\n"
            "Pavel Kučera\n"
            "606 553 170\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_volby.odt",
                [
                    f"Vysočina Press, spol. s r.o., Masarykovo nám. 12, 586 01 Jihlava, IČO {I5}",
                    "Český statistický úřad, podatelna",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o zřízení přístupu k serveru s průběžnými výsledky voleb pro náš "
                    "zpravodajský portál. Přístup budeme využívat z těchto adres:",
                    [
                        ["Účel", "IP adresa"],
                        ["produkce", "192.0.2.80"],
                        ["produkce", "192.0.2.81"],
                        ["test", "192.0.2.58"],
                    ],
                    "Kontakt: Pavel Kučera, kucera@vysocinapress.example, tel. 606 553 170",
                    "V Jihlavě 11. 9. 2025",
                    "Pavel Kučera, vedoucí online redakce",
                ],
            )
        ],
    },
    {
        "id": "wb006-forwarded-eml-new-contact",
        "description": "the secretariat forwards the editor-in-chief's mail as an attached .eml "
        "and names a network administrator as the contact instead of her",
        "style": Style.FORWARD_EML,
        "labels": L(
            [FEED],
            "Severka Media s.r.o.",
            I6,
            None,
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.99"],
            "Marek Holub",
            "holub@severka.example",
            "+420412530771",
        ),
        "from": "Sekretariát Severka Media <sekretariat@severka.example>",
        "subject": "FW: žádost o přístup k XML s výsledky voleb",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám žádost naší šéfredaktorky paní Vondráčkové, která je tento týden na "
            "dovolené. Kontaktní osobou pro přístup bude místo ní náš správce sítě "
            "Ing. Marek Holub, holub@severka.example, tel. 412 530 771. Ostatní údaje "
            "v přiložené zprávě platí.\n\n"
            "S pozdravem\n"
            "Jana Trnková\n"
            "sekretariát vedení\n"
            "Severka Media s.r.o.\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost CSU volby.eml",
                {
                    "id": "wb006-inner",
                    "from": "Mgr. Eva Vondráčková <vondrackova@severka.example>",
                    "to": "sekretariat@severka.example",
                    "subject": "žádost o přístup k XML s výsledky voleb",
                    "body": (
                        "Jano,\n\n"
                        "prosím pošli to za mě na ČSÚ (podatelna@czso.cz), díky:\n\n"
                        f"Severka Media s.r.o., IČO {I6}, žádá o přístup k XML s výsledky "
                        "voleb pro web severka.example.\n"
                        "Produkce: 198.51.100.90, 198.51.100.91\n"
                        "Test: 198.51.100.99\n"
                        "Kontakt: já, 731 440 298\n\n"
                        "Eva\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "wb007-databox-both-pdf-office-ids",
        "description": "data message: the annotation asks for both services and names the "
        "contact, the PDF letter has the address table and prints the office's box and IČO in "
        "its address block; the contact's mobile listed after the switchboard",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED, FILM],
            "Zlínský kurýr a.s.",
            I7,
            "zk5d9qa",
            ["203.0.113.30", "203.0.113.31"],
            ["203.0.113.38"],
            "Tereza Pavelková",
            "pavelkova@zlinskykuryr.example",
            "+420604282117",
        ),
        "subject": "Žádost o přístup k výsledkům voleb (XML) a o povolení natáčení na sběrném "
        "místě – podrobnosti v příloze. Kontakt: Bc. Tereza Pavelková.",
        "databox": {
            "box": "zk5d9qa",
            "sender": "Zlínský kurýr a.s.",
            "address": "třída Tomáše Bati 204, 760 01 Zlín",
        },
        "attachments": [
            (
                "pdf",
                "ZK_zadost_volby2025.pdf",
                [
                    f"Zlínský kurýr a.s. | třída Tomáše Bati 204, 760 01 Zlín | IČO {I7} | "
                    "ID DS zk5d9qa",
                    "Adresát:\nČeský statistický úřad\nNa padesátém 81, 100 82 Praha 10\n"
                    "IČO 00025593, ID datové schránky 2gfaasy",
                    "Naše zn.: ZK-2025/0917          Ve Zlíně dne 17. 9. 2025",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Žádáme o zřízení přístupu k průběžným výsledkům voleb ve formátu XML "
                    "z těchto adres:",
                    {
                        "rows": [
                            ["Role", "IP adresa", "Poznámka"],
                            ["Produkční", "203.0.113.30", "primární"],
                            ["Produkční", "203.0.113.31", ""],
                            ["Testovací", "203.0.113.38", "jen do 3. 10."],
                        ],
                        "widths": [110, 130, 180],
                    },
                    "Současně žádáme o povolení k pořízení videozáznamu na sběrném místě ČSÚ "
                    "ve Zlíně (kameraman Libor Zedník, redaktorka Tereza Pavelková).",
                    "Kontaktní osoba: Bc. Tereza Pavelková, tel. (ústředna) 577 011 600, "
                    "mobil 604 282 117, pavelkova@zlinskykuryr.example",
                    "Ing. Radim Kopecký, předseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "wb008-rtf-ano-ne-columns",
        "description": "RTF form with ANO/NE columns: feed access ticked ANO, filming ticked NE; "
        "roles by row headers, two test addresses in one cell",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Moravskoslezský týdeník, s.r.o.",
            I8,
            None,
            ["198.51.100.160"],
            ["198.51.100.161", "198.51.100.162"],
            "Vojtěch Hrabal",
            "hrabal@mstydenik.example",
            "+420596110873",
        ),
        "from": "Hrabal Vojtěch <hrabal@mstydenik.example>",
        "subject": "Formulář - přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\r\n\r\nv příloze vyplněný formulář.\r\n\r\nDěkuji\r\n"
            "Vojtěch Hrabal\r\n"
            "technická podpora | Moravskoslezský týdeník, s.r.o.\r\n"
            "Nádražní 3159/14, 702 00 Ostrava\r\n"
        ),
        "attachments": [
            (
                "rtf",
                "formular_CSU.rtf",
                [
                    "ŽÁDOST MÉDIA – VOLBY 2025",
                    [
                        ["Žadatel", "Moravskoslezský týdeník, s.r.o."],
                        ["IČO", I8],
                    ],
                    [
                        ["Požadavek", "ANO", "NE"],
                        ["Přístup k XML výsledkům voleb", "X", ""],
                        ["Povolení k natáčení na sběrném místě", "", "X"],
                    ],
                    [
                        ["Produkční IP", "198.51.100.160"],
                        ["Testovací IP", "198.51.100.161, 198.51.100.162"],
                        ["Kontaktní osoba", "Vojtěch Hrabal"],
                        ["Telefon", "+420 596 110 873"],
                        ["E-mail", "hrabal@mstydenik.example"],
                    ],
                    "Datum: 15. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "wb009-english-txt-form-ipv6",
        "description": "Austrian broadcaster, English cover mail and a TXT form with YES "
        "answers, IPv6 production and test addresses, a company register number and a VAT "
        "number but no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Alpenfunk Medien GmbH",
            None,
            None,
            ["2001:db8:4a1::10", "2001:db8:4a1::11"],
            ["2001:db8:4a1::f0"],
            "Katharina Gruber",
            "gruber@alpenfunk.example",
            "+436643182207",
        ),
        "from": "Katharina Gruber <gruber@alpenfunk.example>",
        "subject": "Application - election results feed and filming",
        "headers": APPLE,
        "body": (
            "Dear Sir or Madam,\n\n"
            "please find attached our application for the election results feed and for a "
            "filming permission. The text file is the form our legal team asked me to fill "
            "in, I hope the format is fine for you.\n\n"
            "Kind regards,\n"
            "Katharina Gruber\n"
            "Correspondent Prague | Alpenfunk Medien GmbH\n"
            "+43 664 318 2207\n"
        ),
        "attachments": [
            (
                "txt",
                "application_CZSO_Alpenfunk.txt",
                "APPLICATION - ALPENFUNK MEDIEN GMBH\n"
                "Company register: FN 412873 k, Landesgericht Salzburg\n"
                "VAT: ATU68213347\n"
                "Address: Schallmooser Hauptstrasse 22, 5020 Salzburg, Austria\n\n"
                "Services requested:\n"
                "  1. XML results feed .................... YES\n"
                "  2. Filming at a collection point ....... YES (Prague, 4 Oct 2025,\n"
                "     crew of two: K. Gruber, camera Lukas Pichler)\n\n"
                "Production addresses (IPv6): 2001:db8:4a1::10, 2001:db8:4a1::11\n"
                "Test address: 2001:db8:4a1::f0\n\n"
                "Contact for this application: Katharina Gruber,\n"
                "gruber@alpenfunk.example, +43 664 318 2207 (mobile)\n",
            )
        ],
    },
    {
        "id": "wb010-databox-docx-university-brackets",
        "description": "data message from a university; only the DOCX has the application: "
        "[x]/[ ] boxes with filming unticked, roles as row headers, the faculty named first",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Univerzita Poohří",
            I10,
            "u3pq7rn",
            ["192.0.2.170", "192.0.2.171"],
            ["192.0.2.179"],
            "Aleš Mrázek",
            "mrazek@upo.example",
            "+420475283300",
        ),
        "subject": "Žádost FSS UPo – přístup k datům voleb",
        "databox": {
            "box": "u3pq7rn",
            "sender": "Univerzita Poohří",
            "address": "Kapitánská 1541/8, 400 96 Ústí nad Labem",
        },
        "attachments": [
            (
                "docx",
                "FSS_zadost_volby.docx",
                {
                    "header": f"Univerzita Poohří | Fakulta sociálních studií | IČO {I10}",
                    "blocks": [
                        "Katedra žurnalistiky a mediálních studií",
                        "Věc: žádost o přístup k průběžným výsledkům voleb",
                        "Naše katedra provozuje v době voleb studentskou volební studovnu, "
                        "která výsledky zpracovává a komentuje na webu studovna.upo.example. "
                        "Žádáme o:",
                        "[x] přístup k průběžným výsledkům voleb ve formátu XML",
                        "[ ] povolení natáčení na sběrném místě (nežádáme, studentská televize "
                        "natáčí jen ve vlastním ateliéru)",
                        {
                            "rows": [
                                ["", "IPv4 adresa"],
                                ["produkční 1", "192.0.2.170"],
                                ["produkční 2", "192.0.2.171"],
                                ["testovací", "192.0.2.179"],
                            ]
                        },
                        "Kontaktní osoba: doc. PhDr. Aleš Mrázek, Ph.D., vedoucí katedry, "
                        "mrazek@upo.example, tel. +420 475 283 300",
                        "prof. Ing. Hana Lorencová, CSc.\nděkanka",
                    ],
                },
            )
        ],
    },
    {
        "id": "wb011-html-cover-pdf-wrapped-columns",
        "description": "HTML-only Outlook cover note; a PDF whose narrow column headers give the "
        "roles and whose cells wrap three production addresses over several lines",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Ostravský večerník s.r.o.",
            I11,
            None,
            ["203.0.113.201", "203.0.113.202", "203.0.113.203"],
            ["203.0.113.209"],
            "Martina Šustková",
            "sustkova@ovecernik.example",
            "+420597478210",
        ),
        "from": "Šustková Martina <sustkova@ovecernik.example>",
        "subject": "Ostravský večerník – žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div style="font-family:Aptos,sans-serif;font-size:11pt">'
            "<p>Dobrý den,</p><p>zasílám v příloze žádost o zřízení přístupu k výsledkům "
            "voleb ve formátu XML. Kontaktní osobou jsem já.</p>"
            "<p>Děkuji a přeji hezký den</p>"
            "<p><b>Martina Šustková</b><br>produkce webu<br>Ostravský večerník s.r.o.<br>"
            "+420 597 478 210</p></div></body></html>"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_OV.pdf",
                [
                    f"Ostravský večerník s.r.o., Zámecká 20, 702 00 Ostrava, IČO {I11}",
                    "Žádost o přístup k výsledkům voleb (XML)",
                    {
                        "rows": [
                            ["Produkční adresy", "Testovací adresy", "Poznámka"],
                            [
                                "203.0.113.201, 203.0.113.202, 203.0.113.203",
                                "203.0.113.209",
                                "produkční adresy jsou za load-balancerem v datacentru Hrabová",
                            ],
                        ],
                        "widths": [105, 95, 200],
                    },
                    "Kontakt: Martina Šustková, sustkova@ovecernik.example, 597 478 210",
                ],
            )
        ],
    },
    {
        "id": "wb012-recording-only-pdf-crew",
        "description": "a production company asks only to film; the cover mail declines the XML "
        "feed, the PDF lists a crew with three phones, the sender is the contact",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FILM],
            "Filmová dílna Karlín s.r.o.",
            I12,
            None,
            [],
            [],
            "Štěpán Vacek",
            "vacek@fdkarlin.example",
            "+420722507318",
        ),
        "from": "Štěpán Vacek <vacek@fdkarlin.example>",
        "subject": "Žádost o povolení natáčení – sběrné místo Praha",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "v příloze zasílám žádost o povolení natáčení na sběrném místě v Praze "
            "(připravujeme dokument o volební noci). O XML výstupy výsledků nežádáme, ty "
            "nepotřebujeme.\n\n"
            "Děkuji\n"
            "Štěpán Vacek, produkční\n"
            "+420 722 507 318\n"
        ),
        "attachments": [
            (
                "pdf",
                "FDK_povoleni_nataceni.pdf",
                [
                    f"Filmová dílna Karlín s.r.o. | Křižíkova 56, 186 00 Praha 8 | IČO {I12}",
                    "Věc: Žádost o povolení pořízení audiovizuálního záznamu",
                    "Žádáme o povolení natáčet dne 4. 10. 2025 mezi 14:00 a 20:00 na sběrném "
                    "místě ČSÚ v Praze. Štáb:",
                    {
                        "rows": [
                            ["Jméno", "Funkce", "Telefon"],
                            ["Štěpán Vacek", "produkční, kontaktní osoba", "722 507 318"],
                            ["Irena Bártová", "režie", "608 190 226"],
                            ["Michal Rys", "kamera", "775 432 019"],
                        ],
                        "widths": [120, 170, 110],
                    },
                    "Záznam bude použit v dokumentárním filmu; nic nebudeme vysílat živě.",
                    "Mgr. Irena Bártová, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "wb013-databox-slovak-annotation-poa",
        "description": "Slovak-language data message: the annotation is the application with a "
        "Slovak phone, the file is a power of attorney giving the IČO",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Slovenská redakcia Praha s.r.o.",
            I13,
            "s2jv6ha",
            ["198.51.100.120"],
            ["198.51.100.121"],
            "Zuzana Hudecová",
            "hudecova@slovredakcia.example",
            "+421905318442",
        ),
        "subject": "Žiadame o prístup k XML výsledkom volieb. Produkčná IP 198.51.100.120, "
        "testovacia 198.51.100.121. Kontakt: Mgr. Zuzana Hudecová, +421 905 318 442, "
        "hudecova@slovredakcia.example. Splnomocnenie v prílohe.",
        "databox": {
            "box": "s2jv6ha",
            "sender": "Slovenská redakcia Praha s.r.o.",
            "address": "Vinohradská 112, 130 00 Praha 3",
        },
        "attachments": [
            (
                "pdf",
                "splnomocnenie.pdf",
                [
                    "SPLNOMOCNENIE",
                    f"Spoločnosť Slovenská redakcia Praha s.r.o., IČO {I13}, so sídlom "
                    "Vinohradská 112, 130 00 Praha 3, zastúpená konateľom Petrom Balážom,",
                    "splnomocňuje",
                    "Mgr. Zuzanu Hudecovú, redaktorku,",
                    "na podanie žiadosti o prístup k výsledkom volieb na Českom štatistickom "
                    "úrade a na všetky súvisiace úkony.",
                    "V Prahe 9. 9. 2025\nPeter Baláž, konateľ",
                ],
            )
        ],
    },
    {
        "id": "wb014-xlsx-merged-role-cells",
        "description": "Apple Mail base64 cover; an XLSX where a merged cell 'Produkce' spans "
        "three addresses, a second sheet with a template version that looks like an address",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Infokanál Plzeň s.r.o.",
            I14,
            None,
            ["198.51.100.200", "198.51.100.201", "198.51.100.202"],
            ["198.51.100.210"],
            "Roman Kratochvíl",
            "kratochvil@infokanal.example",
            "+420377441902",
        ),
        "from": "Roman Kratochvíl <kratochvil@infokanal.example>",
        "subject": "Přístup k výsledkům voleb – Infokanál Plzeň",
        "headers": APPLE,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            "žádáme o přístup k výsledkům voleb v XML, adresy jsou v přiložené tabulce. "
            "Kontaktní osoba jsem já, tel. 377 441 902.\n\n"
            "Roman Kratochvíl\n"
            f"Infokanál Plzeň s.r.o., IČO {I14}\n\n"
            "Odesláno z Macu\n"
        ),
        "attachments": [
            (
                "xlsx",
                "infokanal_adresy.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Role", "IP adresa", "Umístění"],
                            ["Produkce", "198.51.100.200", "Plzeň, Borská pole"],
                            ["", "198.51.100.201", "Plzeň, Borská pole"],
                            ["", "198.51.100.202", "Praha, záložní server"],
                            ["Test", "198.51.100.210", "notebook redakce"],
                        ],
                        "merge": ["A2:A4"],
                    },
                    {
                        "title": "Poznámky",
                        "rows": [
                            ["Šablona", "verze 1.4.2.0"],
                            ["Vyplnil", "R. Kratochvíl, 16. 9. 2025"],
                        ],
                    },
                ],
            )
        ],
    },
]
