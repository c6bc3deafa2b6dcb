"""Twentieth held-out part ``nb``, cases nb029–nb042: an ODT table whose ano/ne columns give
each address its role, an S/MIME-signed mail with a spaced IČ and a PDF, an RTF form with one
box ticked, an XLSX sent with an empty body, a data message with IPv6 addresses only in the
annotation and a register extract attached, a DOCX form with box characters in ano/ne columns,
a PDF whose narrow table wraps an address range, a forward whose cover note replaces the
contact, a Polish outlet writing English, an XLSX with ANO/NE answers in a data message, a
format=flowed cover mail that gives the roles of addresses an ODT only lists, a university's
filming request that declines the feed, an HTML mail that retires last year's address and a
data message with a plain-text file. Written by hand apart from the extraction rules (see
make_twentieth_nb); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tests.corpus.twentieth_nb_common import (
    FEED,
    FILM,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I29, I30, I31, I32 = ico("2518734"), ico("2641509"), ico("2790613"), ico("2718450")
I33, I34, I35, I36 = ico("2934176"), ico("4705183"), ico("2601958"), ico("0546321")
I38, I39, I40, I41 = ico("2863107"), ico("2570842"), ico("6139752"), ico("2487560")
I42 = ico("2495017")

CASES: list[dict[str, Any]] = [
    {
        "id": "nb029-databox-odt-ano-ne-role-columns",
        "description": "data message with an ODT letter whose table marks each address "
        "ano/ne under Produkce and Test; the contact has a phone but no e-mail",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Orlice, spol. s r.o.",
            I29,
            "z4ft6wh",
            ["192.0.2.60", "192.0.2.61"],
            ["192.0.2.62"],
            "Radek Štorek",
            None,
            "+420494321860",
        ),
        "subject": "Žádost o zřízení přístupu k volebnímu serveru ČSÚ",
        "databox": {
            "box": "z4ft6wh",
            "sender": "Rádio Orlice, spol. s r.o.",
            "address": "T. G. Masaryka 128, 516 01 Rychnov nad Kněžnou",
        },
        "attachments": [
            (
                "odt",
                "zadost_radio_orlice.odt",
                [
                    "Rádio Orlice, spol. s r.o.",
                    f"T. G. Masaryka 128, 516 01 Rychnov nad Kněžnou, IČO {I29}",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Vážení, žádáme o zřízení přístupu k volebnímu serveru pro naše "
                    "vysílání ve volební noc. Adresy a jejich určení:",
                    [
                        ["IP adresa", "Produkce", "Test"],
                        ["192.0.2.60", "ano", "ne"],
                        ["192.0.2.61", "ano", "ne"],
                        ["192.0.2.62", "ne", "ano"],
                    ],
                    "Kontakt: Radek Štorek, technik, 494 321 860",
                    "Rychnov nad Kněžnou 11. 9. 2025",
                    "Jaroslava Bednářová, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "nb030-smime-outlook-pdf-spaced-ic-mobile",
        "description": "S/MIME-signed Outlook mail, IČ written in groups in the signature, "
        "reception number before a mobile; the PDF lists one production and two test "
        "addresses",
        "style": Style.SIGNED,
        "labels": L(
            [FEED],
            "Písecký deník, s.r.o.",
            I30,
            None,
            ["198.51.100.220"],
            ["198.51.100.221", "198.51.100.222"],
            "Blanka Vašíčková",
            "vasickova@piseckydenik.example",
            "+420604919257",
        ),
        "from": "Ing. Blanka Vašíčková <vasickova@piseckydenik.example>",
        "subject": "Žádost o přístup k výsledkům voleb (XML) - Písecký deník",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Dobrý den,\r\n\r\n"
            "v příloze zasílám žádost Píseckého deníku o přístup k výsledkům voleb ve "
            "formátu XML. Kontaktní osobou jsem já.\r\n\r\n"
            "S pozdravem\r\n\r\n"
            "Ing. Blanka Vašíčková\r\n"
            "vedoucí digitální redakce\r\n"
            "Písecký deník, s.r.o. | Velké náměstí 9, 397 01 Písek\r\n"
            f"IČ: {I30[:3]} {I30[3:5]} {I30[5:]}\r\n"
            "tel.: 382 214 600 (recepce) | mobil: 604 919 257\r\n"
            "www.piseckydenik.example\r\n"
        ),
        "attachments": [
            (
                "pdf",
                "PD_zadost_XML.pdf",
                [
                    "<b>Písecký deník, s.r.o.</b>",
                    "Žádost o přístup k výsledkům voleb do Poslanecké sněmovny ve formátu XML",
                    "Produkční IP adresa: 198.51.100.220",
                    "Testovací IP adresy: 198.51.100.221, 198.51.100.222",
                    "V Písku dne 15. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "nb031-databox-rtf-form-one-box-ticked",
        "description": "data message with an RTF form: the XML box ticked, the filming box "
        "not, the test address field left unfilled",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Mladoboleslavský týdeník s.r.o.",
            I31,
            "u8nd2jc",
            ["192.0.2.80"],
            [],
            "Vilém Staněk",
            "stanek@mbtydenik.example",
            "+420326700845",
        ),
        "subject": "Žádost – volby",
        "databox": {
            "box": "u8nd2jc",
            "sender": "Mladoboleslavský týdeník s.r.o.",
            "address": "Staroměstské nám. 14, 293 01 Mladá Boleslav",
        },
        "attachments": [
            (
                "rtf",
                "zadost_MBT.rtf",
                [
                    "ŽÁDOST MÉDIA – VOLBY 2025",
                    f"Žadatel: Mladoboleslavský týdeník s.r.o., IČO {I31}",
                    "☒ přístup k výsledkům voleb ve formátu XML\n"
                    "☐ povolení k pořizování záznamu na sběrném místě",
                    [
                        ["Produkční IP", "192.0.2.80"],
                        ["Testovací IP", "(nevyplněno)"],
                        ["Kontaktní osoba", "Vilém Staněk"],
                        ["Telefon", "326 700 845"],
                        ["E-mail", "stanek@mbtydenik.example"],
                    ],
                    "Mladá Boleslav 16. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "nb032-seznam-empty-body-xlsx-label-value",
        "description": "mail with an empty body from a generic info@ address; an XLSX of "
        "label/value rows names the contact and the IČO in groups",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Mostecké listy, s.r.o.",
            I32,
            None,
            ["203.0.113.230", "203.0.113.231"],
            ["203.0.113.235"],
            "Petr Hudec",
            "hudec@mostecke-listy.example",
            "+420476100522",
        ),
        "from": "info@mostecke-listy.example",
        "subject": "žádost XML volby",
        "headers": SEZNAM,
        "body": "",
        "attachments": [
            (
                "xlsx",
                "zadost.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Název", "Mostecké listy, s.r.o."],
                            ["IČO", f"{I32[:3]} {I32[3:5]} {I32[5:]}"],
                            ["Prod IP", "203.0.113.230"],
                            ["Prod IP 2", "203.0.113.231"],
                            ["Test IP", "203.0.113.235"],
                            ["Kontakt", "Petr Hudec"],
                            ["Tel", "+420 476 100 522"],
                            ["Mail", "hudec@mostecke-listy.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "nb033-databox-annotation-ipv6-register-extract",
        "description": "data message with IPv6 addresses only in the annotation; the "
        "attached PDF is an extract from the commercial register with the IČO",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "DigiZprávy Morava a.s.",
            I33,
            "f3wy7kb",
            ["2001:db8:77::10", "2001:db8:77::11"],
            ["2001:db8:77::20"],
            "Eva Šťastná",
            "stastna@digizpravy.example",
            "+420511440219",
        ),
        "subject": "Žádost o přístup k XML výsl. voleb. Produkční: 2001:db8:77::10, "
        "2001:db8:77::11; testovací: 2001:db8:77::20. Kontakt: Eva Šťastná, +420 511 440 "
        "219, stastna@digizpravy.example",
        "databox": {
            "box": "f3wy7kb",
            "sender": "DigiZprávy Morava a.s.",
            "address": "Cejl 62, 602 00 Brno",
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR_DigiZpravy.pdf",
                [
                    "<b>Výpis z obchodního rejstříku</b>, vedeného Krajským soudem v Brně, "
                    "oddíl B, vložka 8123",
                    "Datum vzniku a zápisu: 3. března 2014",
                    "Obchodní firma: DigiZprávy Morava a.s.",
                    "Sídlo: Cejl 62, 602 00 Brno",
                    f"Identifikační číslo: {I33[:3]} {I33[3:5]} {I33[5:]}",
                    "Právní forma: Akciová společnost",
                    "Předmět podnikání: vydavatelské činnosti, polygrafická výroba",
                    "Statutární orgán – představenstvo: předseda Mgr. Ivo Malý, den vzniku "
                    "funkce 1. 7. 2022",
                    "Údaje platné ke dni 18. 9. 2025 03:15",
                ],
            )
        ],
    },
    {
        "id": "nb034-docx-form-box-chars-ano-ne-both",
        "description": "DOCX form with ☒/☐ in ano/ne columns, both requests ticked ano, "
        "an IP table with row headers and empty cells",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Valašská televize a.s.",
            I34,
            None,
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.249"],
            "Denisa Kučerová",
            "kucerova@valasskatv.example",
            "+420571622318",
        ),
        "from": "Denisa Kučerová <kucerova@valasskatv.example>",
        "subject": "Formulář – Valašská televize",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nv příloze formulář. Natáčet bychom chtěli ve Vsetíně, podrobnosti "
            "jsou ve formuláři.\n\nS pozdravem\nDenisa Kučerová\n"
        ),
        "attachments": [
            (
                "docx",
                "formular_VTV.docx",
                {
                    "header": "Valašská televize a.s. – formulář pro ČSÚ",
                    "blocks": [
                        "Žádost sdělovacího prostředku",
                        f"Žadatel: Valašská televize a.s., Dolní náměstí 3, 755 01 Vsetín, "
                        f"IČO {I34}",
                        {
                            "rows": [
                                ["Předmět žádosti", "ano", "ne"],
                                ["Přístup k výsledkům ve formátu XML", "☒", "☐"],
                                ["Natáčení na sběrném místě (Vsetín, 4. 10.)", "☒", "☐"],
                            ]
                        },
                        {
                            "rows": [
                                ["Produkční IP", "198.51.100.240", "198.51.100.241", ""],
                                ["Testovací IP", "198.51.100.249", "", ""],
                            ]
                        },
                        {
                            "rows": [
                                ["Kontaktní osoba", "Denisa Kučerová"],
                                ["Telefon", "571 622 318"],
                                ["E-mail", "kucerova@valasskatv.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "nb035-databox-pdf-narrow-table-range",
        "description": "data message; a narrow PDF table wraps a written range of five "
        "production addresses and says no test addresses",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Regionální televize Vysočina s.r.o.",
            I35,
            "p9ck2xm",
            [
                "203.0.113.100",
                "203.0.113.101",
                "203.0.113.102",
                "203.0.113.103",
                "203.0.113.104",
            ],
            [],
            "Vratislav Čech",
            None,
            "+420566502913",
        ),
        "subject": "Žádost o přístup k datům z voleb do PS 2025",
        "databox": {
            "box": "p9ck2xm",
            "sender": "Regionální televize Vysočina s.r.o.",
            "address": "Brněnská 50, 591 01 Žďár nad Sázavou",
        },
        "attachments": [
            (
                "pdf",
                "RTV_zadost.pdf",
                [
                    f"Regionální televize Vysočina s.r.o., IČO {I35}",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o přístup k serveru s výsledky voleb pro naše servery:",
                    {
                        "rows": [
                            ["Účel", "Rozsah adres"],
                            [
                                "produkční servery (5 ks za load balancerem)",
                                "203.0.113.100 – 203.0.113.104",
                            ],
                            ["testování", "žádné"],
                        ],
                        "widths": [90, 110],
                    },
                    "Kontaktní osoba: Ing. Vratislav Čech, +420 566 502 913",
                    "Ve Žďáru nad Sázavou 17. 9. 2025\nIng. Vratislav Čech, jednatel",
                ],
            )
        ],
    },
    {
        "id": "nb036-forward-eml-contact-replaced",
        "description": "cover note forwards a colleague's application as .eml and replaces "
        "him as contact; the addresses in the forwarded mail stand",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Berounsko24 s.r.o.",
            I36,
            None,
            ["192.0.2.120"],
            ["192.0.2.121"],
            "Hana Vojtíšková",
            "vojtiskova@berounsko24.example",
            "+420311622480",
        ),
        "from": "Hana Vojtíšková <vojtiskova@berounsko24.example>",
        "subject": "Fwd: Žádost o přístup k výsledkům voleb",
        "headers": ROUNDCUBE,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám žádost kolegy Martina Pelce z 2. 9. (v příloze). Martin od 15. 9. "
            "nastoupil na rodičovskou dovolenou, takže kontaktní osobou budu místo něj já: "
            "Hana Vojtíšková, 311 622 480, vojtiskova@berounsko24.example. IP adresy "
            "v jeho e-mailu platí.\n\n"
            "Děkuji\nHana Vojtíšková\nBerounsko24\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost o pristup k vysledkum voleb.eml",
                {
                    "id": "nb036-inner",
                    "from": "Martin Pelc <pelc@berounsko24.example>",
                    "to": "redakce@berounsko24.example",
                    "subject": "Žádost o přístup k výsledkům voleb",
                    "date": datetime(2025, 9, 2, 10, 3, 17, tzinfo=UTC),
                    "headers": TBIRD,
                    "body": (
                        "Dobrý den,\n\n"
                        f"Berounsko24 s.r.o., IČO {I36}, žádá o přístup k výsledkům voleb "
                        "ve formátu XML.\n"
                        "produkční: 192.0.2.120\n"
                        "testovací: 192.0.2.121\n"
                        "Kontakt: Martin Pelc, 604 331 870\n\n"
                        "Martin Pelc\nBerounsko24.example\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "nb037-polish-english-pdf-production-only",
        "description": "Polish outlet writing English; NIP and KRS numbers (not IČO), one "
        "production address and no test environment, Polish phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Śląskie Wiadomości Sp. z o.o.",
            None,
            None,
            ["198.51.100.250"],
            [],
            "Katarzyna Wójcik",
            "k.wojcik@slaskie-wiadomosci.example",
            "+48322554190",
        ),
        "from": "Katarzyna Wójcik <k.wojcik@slaskie-wiadomosci.example>",
        "subject": "Application for access - election results XML",
        "headers": OUTLOOK,
        "cte": "base64",
        "body": (
            "Good morning,\r\n\r\n"
            "please find attached our application for access to the election results in XML "
            "format. We cover the election in Czechia for readers in Silesia, across the "
            "border.\r\n\r\n"
            "Kind regards / Z poważaniem\r\n"
            "Katarzyna Wójcik\r\n"
            "Śląskie Wiadomości Sp. z o.o.\r\n"
            "ul. Mariacka 12, 40-014 Katowice\r\n"
            "NIP 6342819005 | KRS 0000412345\r\n"
        ),
        "attachments": [
            (
                "pdf",
                "SW_application_CZSO.pdf",
                [
                    "<b>Application for access to the XML election results</b>",
                    "Applicant: Śląskie Wiadomości Sp. z o.o., ul. Mariacka 12, 40-014 "
                    "Katowice, Poland (NIP 6342819005)",
                    "Production IP address: 198.51.100.250",
                    "Test IP address: none – we will not use a test environment.",
                    "Contact person: Katarzyna Wójcik, +48 32 255 41 90, "
                    "k.wojcik@slaskie-wiadomosci.example",
                    "Katowice, 16 September 2025",
                ],
            )
        ],
    },
    {
        "id": "nb038-databox-xlsx-ano-ne-both-viz-priloha",
        "description": "data message annotated 'viz příloha'; XLSX with ANO/NE answers for "
        "both requests, then an address/purpose table and contact rows",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Kroměřížský zpravodaj s.r.o.",
            I38,
            "n6ta3qs",
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.155"],
            "Libor Zapletal",
            "zapletal@kmzpravodaj.example",
            "+420775019336",
        ),
        "subject": "viz příloha",
        "databox": {
            "box": "n6ta3qs",
            "sender": "Kroměřížský zpravodaj s.r.o.",
            "address": "Velké náměstí 40, 767 01 Kroměříž",
        },
        "attachments": [
            (
                "xlsx",
                "KZ_zadost_volby2025.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Kroměřížský zpravodaj s.r.o."],
                            ["IČO", I38],
                            [None, None],
                            ["Požadavek", "ANO/NE"],
                            ["Přístup k výsledkům (XML)", "ANO"],
                            ["Pořizování záznamu na sběrném místě", "ANO"],
                            [None, None],
                            ["IP adresa", "Účel"],
                            ["192.0.2.150", "produkce"],
                            ["192.0.2.151", "produkce"],
                            ["192.0.2.155", "testování"],
                            [None, None],
                            ["Kontaktní osoba", "Libor Zapletal"],
                            ["Mobil", "775 019 336"],
                            ["E-mail", "zapletal@kmzpravodaj.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "nb039-flowed-cover-gives-roles-odt-lists",
        "description": "format=flowed cover mail that gives the roles ('první dvě … "
        "poslední') of addresses the attached ODT letter only lists",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Teplický deník s.r.o.",
            I39,
            None,
            ["198.51.100.180", "198.51.100.181"],
            ["198.51.100.189"],
            "Radka Šimůnková",
            "simunkova@teplickydenik.example",
            "+420417530662",
        ),
        "from": "Radka Šimůnková <simunkova@teplickydenik.example>",
        "subject": "Žádost Teplického deníku – XML výsledky",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "posílám v příloze žádost o přístup k výsledkům voleb. V dopise jsou adresy jen "
            "vyjmenované, tak upřesňuji: první dvě (198.51.100.180 a 198.51.100.181) jsou "
            "produkční, poslední (198.51.100.189) je testovací.\n\n"
            "Radka Šimůnková\nTeplický deník\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_TD.odt",
                [
                    f"Teplický deník s.r.o., Krupská 8, 415 01 Teplice, IČO {I39}",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o přístup z adres 198.51.100.180, 198.51.100.181 a 198.51.100.189.",
                    "Kontaktní osoba: Radka Šimůnková, tel. 417 530 662, "
                    "simunkova@teplickydenik.example",
                    "V Teplicích 12. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "nb040-databox-docx-university-film-feed-declined",
        "description": "a university's data message: the DOCX asks to record at a collection "
        "point and states it does not ask for the XML server; the dean signs, a lecturer "
        "is the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Středočeská univerzita v Kladně",
            I40,
            "c5hv8rn",
            [],
            [],
            "Marie Kadlecová",
            "kadlecova@suk.example",
            "+420312608441",
        ),
        "subject": "Žádost o povolení pořizování záznamu – Katedra mediálních studií",
        "databox": {
            "box": "c5hv8rn",
            "sender": "Středočeská univerzita v Kladně",
            "address": "nám. Starosty Pavla 5, 272 01 Kladno",
            "type": 10,
        },
        "attachments": [
            (
                "docx",
                "zadost_KMS_volby.docx",
                {
                    "header": "Středočeská univerzita v Kladně | Fakulta humanitních studií | "
                    "Katedra mediálních studií",
                    "footer": f"IČO: {I40} · DIČ: CZ{I40} · ID DS: c5hv8rn · www.suk.example",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10",
                        "Kladno 8. září 2025\nČ. j.: SUK/FHS/3301/2025",
                        "Věc: Žádost o povolení pořizování záznamu na sběrném místě",
                        "Studenti druhého ročníku oboru Mediální studia připravují v rámci "
                        "předmětu Televizní zpravodajství reportáž z volební noci. Žádáme "
                        "proto o povolení pořizovat obrazový a zvukový záznam na sběrném "
                        "místě ČSÚ v Kladně dne 3. 10. 2025 od 19:00 do 23:00 (nejvýše 4 "
                        "studenti a vyučující).",
                        "O přístup k serveru s výsledky ve formátu XML nežádáme.",
                        "Kontaktní osoba: doc. PhDr. Marie Kadlecová, Ph.D., tel. 312 608 441, "
                        "kadlecova@suk.example",
                        "S pozdravem\nprof. Ing. Jan Bartoš, CSc.\nděkan",
                    ],
                },
            )
        ],
    },
    {
        "id": "nb041-outlook-html-retires-old-ip-docx",
        "description": "Outlook HTML mail says last year's address is no longer used and "
        "only the attachment's addresses count; DOCX table with PROD, PROD-záloha and TEST",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Echo Chrudim s.r.o.",
            I41,
            None,
            ["198.51.100.130", "198.51.100.131"],
            ["198.51.100.139"],
            "Pavel Lorenc",
            "lorenc@echochrudim.example",
            "+420469300771",
        ),
        "from": "Lorenc Pavel <lorenc@echochrudim.example>",
        "subject": "Přístup k výsledkům voleb – Echo Chrudim",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\r\n\r\n"
            "posílám žádost o přístup k výsledkům voleb. Adresu 198.51.100.10, kterou jsme "
            "měli u minulých voleb, už nepoužíváme – platí jen adresy v příloze.\r\n\r\n"
            "S pozdravem\r\nPavel Lorenc\r\nšéfredaktor, Echo Chrudim s.r.o.\r\n"
            f"IČO {I41} | tel. +420 469 300 771\r\n"
        ),
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            "</head><body lang=CS>"
            '<p class="MsoNormal">Dobrý den,</p>'
            '<p class="MsoNormal">posílám žádost o přístup k výsledkům voleb. Adresu '
            "198.51.100.10, kterou jsme měli u minulých voleb, už <b>nepoužíváme</b> – "
            "platí jen adresy v příloze.</p>"
            '<p class="MsoNormal">S pozdravem</p>'
            '<p class="MsoNormal">Pavel Lorenc<br>šéfredaktor, Echo Chrudim s.r.o.<br>'
            f"IČO {I41} | tel. +420 469 300 771</p></body></html>"
        ),
        "attachments": [
            (
                "docx",
                "Echo_zadost_2025.docx",
                {
                    "blocks": [
                        f"Echo Chrudim s.r.o., Resselovo nám. 77, 537 01 Chrudim, IČO {I41}",
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["Prostředí", "IP"],
                                ["PROD", "198.51.100.130"],
                                ["PROD-záloha", "198.51.100.131"],
                                ["TEST", "198.51.100.139"],
                            ]
                        },
                        "Kontakt: Pavel Lorenc, +420 469 300 771, lorenc@echochrudim.example",
                    ]
                },
            )
        ],
    },
    {
        "id": "nb042-databox-txt-file-short-labels",
        "description": "data message with a plain-text file using 'prod:'/'test:' lines, a "
        "port and a ticket number nearby, IČ without spaces",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Kabelová televize Hranice, s.r.o.",
            I42,
            "g2mb5yr",
            ["192.0.2.70", "192.0.2.71"],
            ["192.0.2.79"],
            "Stanislav Ryšánek",
            "rysanek@kthranice.example",
            "+420581609254",
        ),
        "subject": "Žádost o přístup – XML výsledky voleb",
        "databox": {
            "box": "g2mb5yr",
            "sender": "Kabelová televize Hranice, s.r.o.",
            "address": "Pernštejnské nám. 1, 753 01 Hranice",
        },
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Kabelová televize Hranice, s.r.o.\n"
                f"IČ {I42}\n"
                "Pernštejnské nám. 1, 753 01 Hranice\n\n"
                "Věc: žádost o přístup k výsledkům voleb ve formátu XML\n\n"
                "Dobrý den,\n"
                "žádáme o přístup k volebnímu serveru. Stahovat budeme z těchto adres "
                "(odchozí provoz, cílový port 443):\n\n"
                "prod: 192.0.2.70\n"
                "prod: 192.0.2.71\n"
                "test: 192.0.2.79\n\n"
                "Interní požadavek č. 2025/0917-3.\n\n"
                "Kontakt: Stanislav Ryšánek, 581 609 254, rysanek@kthranice.example\n\n"
                "S pozdravem\n"
                "Stanislav Ryšánek, jednatel\n",
            )
        ],
    },
]
