"""Forty-fourth held-out part ``bg``, cases bg015–bg028: a data message with the contact in the
annotation and the addresses in a two-sheet workbook, a format=flowed cover that withdraws the
filming ticked in the PDF, an inline forward with an ODT, a base64 TXT typed without diacritics,
a data message with a checkbox DOCX, a multipart/alternative mail with merged DOCX cells, a cover
that replaces the contact, an OSVČ's data message with IPv6, a Polish TAK/NIE workbook, a reply
that trims the addresses to five, two PDF versions in one data message, a nested DOCX table, a
forwarded .eml carrying an ODT and an HTML letter with IČO and box ID in the signature.
Written by hand apart from the extraction rules (see make_fortyfourth_bg); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyfourth_bg_common import (
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OWA,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I15, I16, I18, I19, I20 = (
    ico("2680413"),
    ico("0815372"),
    ico("2539106"),
    ico("0947251"),
    ico("2712384"),
)
I21, I22, I24, I25, I26 = (
    ico("0390617"),
    ico("8807452"),
    ico("2756930"),
    ico("0624189"),
    ico("2901475"),
)
I27, I28 = ico("0483527"), ico("2669801")

CASES: list[dict[str, Any]] = [
    {
        "id": "bg015-databox-contact-annotation-ips-workbook",
        "description": "data message: the annotation names the request and the contact with "
        "phone, the two-sheet workbook holds the addresses and the publisher",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Jihočeské listy a.s.",
            I15,
            "jl8c2wd",
            ["192.0.2.140", "192.0.2.141"],
            ["192.0.2.150"],
            "Martin Kolář",
            "kolar@jihoceskelisty.example",
            "+420387244910",
        ),
        "databox": box("jl8c2wd", "Jihočeské listy a.s.", "Lannova 16, 370 01 České Budějovice"),
        "subject": "Přístup k XML výsledkům voleb - kontakt Martin Kolář, tel. 387 244 910, "
        "kolar@jihoceskelisty.example; adresy v příloze",
        "attachments": [
            (
                "xlsx",
                "JL_volby_IP.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Jihočeské listy a.s."],
                            ["IČO", I15],
                            ["Titul", "deník Jihočeské listy + jihoceskelisty.example"],
                        ],
                    },
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Prostředí", "IP"],
                            ["Produkce", "192.0.2.140"],
                            ["", "192.0.2.141"],
                            ["Test", "192.0.2.150"],
                        ],
                        "merge": ["A2:A3"],
                    },
                ],
            )
        ],
    },
    {
        "id": "bg016-flowed-cover-withdraws-filming",
        "description": "a format=flowed cover says the filming ticked in the PDF form is off; "
        "only the feed stays",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Kladenský týdeník s.r.o.",
            I16,
            None,
            ["198.51.100.33"],
            ["198.51.100.34"],
            "Petra Veselá",
            "vesela@kladenskytydenik.example",
            "+420608553192",
        ),
        "from": "Petra Veselá <vesela@kladenskytydenik.example>",
        "subject": "Žádost Kladenský týdeník",
        "headers": SEZNAM,
        "flowed": True,
        "body": "Dobrý den, \nposílám vyplněný formulář. Jen prosím berte v úvahu, že "
        "natáčení, které je tam zaškrtnuté, nakonec nepotřebujeme - štáb na volební noc "
        "nemáme. Žádáme tedy jen o přístup k výsledkům. \n\nDěkuji \nPetra Veselá \n"
        "Kladenský týdeník\n",
        "attachments": [
            (
                "pdf",
                "formular_KT.pdf",
                [
                    "FORMULÁŘ – ŽÁDOST MÉDIA",
                    {
                        "rows": [
                            ["☒", "Přístup k výsledkům voleb (XML)"],
                            ["☒", "Natáčení na pracovišti ČSÚ Kladno"],
                        ],
                        "widths": [30, 390],
                    },
                    {
                        "rows": [
                            ["Název a IČO", "Kladenský týdeník s.r.o., " + I16],
                            ["Produkční IP", "198.51.100.33"],
                            ["Testovací IP", "198.51.100.34"],
                            ["Kontakt", "Petra Veselá, 608 553 192"],
                            ["E-mail", "vesela@kladenskytydenik.example"],
                        ],
                        "widths": [110, 310],
                    },
                ],
            )
        ],
    },
    {
        "id": "bg017-inline-forward-odt-association",
        "description": "a colleague forwards inline; the ODT of an association without a stated "
        "IČO asks for both and names a contact other than either sender",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Studio Křivoklát, z.s.",
            None,
            None,
            ["198.51.100.180"],
            ["198.51.100.181"],
            "Marek Hrubý",
            "hruby@studiokrivoklat.example",
            "+420724390581",
        ),
        "from": "Eva Tichá <ticha@studiokrivoklat.example>",
        "subject": "Fwd: žádost pro ČSÚ",
        "headers": ROUNDCUBE,
        "body": "Posílám dál, Jirka to omylem poslal jen mně.\nEva\n\n"
        "-------- Původní zpráva --------\nOd: Jiří Vacek <vacek@studiokrivoklat.example>\n"
        "Komu: Eva Tichá <ticha@studiokrivoklat.example>\nPředmět: žádost pro ČSÚ\n\n"
        "Evo, tady je ta žádost, pošli ji prosím na statistický úřad.\nJ.\n",
        "attachments": [
            (
                "odt",
                "zadost_studio_krivoklat.odt",
                [
                    "Studio Křivoklát, z.s. – komunitní televize",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML a zároveň o povolení "
                    "natáčet na pracovišti ČSÚ v Rakovníku.",
                    [
                        ["Produkční IP", "198.51.100.180"],
                        ["Testovací IP", "198.51.100.181"],
                        ["Kontaktní osoba", "Marek Hrubý"],
                        ["E-mail", "hruby@studiokrivoklat.example"],
                        ["Telefon", "724 390 581"],
                    ],
                    "Za spolek Jiří Vacek, předseda",
                ],
            )
        ],
    },
    {
        "id": "bg018-base64-txt-without-diacritics",
        "description": "a base64 phone mail; the TXT is typed without diacritics and shortens "
        "the addresses to their last octet; the signature writes the name with diacritics",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Hlasatel Šumavy s.r.o.",
            I18,
            None,
            ["203.0.113.200", "203.0.113.201"],
            ["203.0.113.210"],
            "Václav Kunc",
            "kunc@hlasatelsumavy.example",
            "+420603817245",
        ),
        "from": "Václav Kunc <kunc@hlasatelsumavy.example>",
        "subject": "zadost o pristup",
        "headers": IPHONE,
        "cte": "base64",
        "body": "Dobrý den, žádost v příloze (píšu z mobilu).\n\nVáclav Kunc\nHlasatel Šumavy "
        "s.r.o.\n\nOdesláno z iPhonu\n",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Hlasatel Sumavy s.r.o., ICO " + I18 + "\n"
                "zadame o pristup k vysledkum voleb (xml)\n"
                "prod: 203.0.113.200 a .201\n"
                "test .210\n"
                "kontakt Vaclav Kunc 603817245 kunc@hlasatelsumavy.example\n",
            )
        ],
    },
    {
        "id": "bg019-databox-docx-checkbox-filming-only",
        "description": "data message with a DOCX form in page header and footer: filming ☒, "
        "feed ☐ with its address rows left blank",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Pernštejnský zpravodaj s.r.o.",
            I19,
            "pz4n7xe",
            [],
            [],
            "Blanka Vojtíšková",
            "vojtiskova@pernzpravodaj.example",
            "+420566402318",
        ),
        "databox": box("pz4n7xe", "Pernštejnský zpravodaj s.r.o.", "Zámecká 3, 592 31 Nedvědice"),
        "subject": "Žádost o povolení pořizovat záznam",
        "attachments": [
            (
                "docx",
                "zadost_PZ.docx",
                {
                    "header": "Pernštejnský zpravodaj s.r.o. – měsíčník pro Pernštejnsko",
                    "footer": "IČO " + I19 + " | Zámecká 3, 592 31 Nedvědice",
                    "blocks": [
                        "ŽÁDOST",
                        "☐ přístup k výsledkům voleb ve formátu XML",
                        "☒ povolení fotografovat a natáčet na pracovišti ČSÚ",
                        {
                            "rows": [
                                ["IP produkční", ""],
                                ["IP testovací", ""],
                                ["Kontakt", "Blanka Vojtíšková, šéfredaktorka"],
                                [
                                    "Telefon / e-mail",
                                    "566 402 318 / vojtiskova@pernzpravodaj.example",
                                ],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "bg020-alternative-docx-merged-ip-cell",
        "description": "multipart/alternative cover; the DOCX table merges the 'IP adresy' "
        "label over a production row of four addresses and a test row",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Agentura Monitor Plus a.s.",
            I20,
            None,
            ["203.0.113.30", "203.0.113.31", "203.0.113.32", "203.0.113.33"],
            ["203.0.113.39"],
            "Robert Dvořák",
            "dvorak@monitorplus.example",
            "+420731662804",
        ),
        "from": "Robert Dvořák <dvorak@monitorplus.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Monitor Plus",
        "headers": OWA,
        "body": "Dobrý den,\n\nv příloze posílám žádost o přístup k výsledkům.\n\nRobert "
        "Dvořák\nAgentura Monitor Plus a.s.\n",
        "html": "<html><body><p>Dobrý den,</p><p>v příloze posílám žádost o přístup "
        "k výsledkům.</p><p>Robert Dvořák<br>Agentura Monitor Plus a.s.</p></body></html>",
        "attachments": [
            (
                "docx",
                "MonitorPlus_zadost.docx",
                {
                    "blocks": [
                        "Agentura Monitor Plus a.s., IČO " + I20,
                        "Žádáme o přístup k průběžným výsledkům voleb (XML).",
                        {
                            "rows": [
                                ["IP adresy", "produkční", "203.0.113.30–203.0.113.33"],
                                ["", "testovací", "203.0.113.39"],
                                ["Kontakt", "Robert Dvořák", "dvorak@monitorplus.example"],
                                ["", "telefon", "+420 731 662 804"],
                            ],
                            "merge": [(0, 0, 1, 0), (2, 0, 3, 0)],
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "bg021-cover-replaces-contact",
        "description": "the cover replaces the contact named in the PDF (she is on leave) with "
        "a colleague, his own e-mail and mobile; both requests",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED, FILM],
            "Ostravské listy s.r.o.",
            I21,
            None,
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.99"],
            "Filip Šafránek",
            "safranek@ostravskelisty.example",
            "+420777318246",
        ),
        "from": "Filip Šafránek <safranek@ostravskelisty.example>",
        "subject": "žádost - přístup a natáčení",
        "headers": GMAIL,
        "body": "Dobrý den,\n\nposílám žádost připravenou kolegyní Novákovou. Ta bude ale "
        "během voleb na dovolené, takže kontaktní osobou budu místo ní já: Filip Šafránek, "
        "safranek@ostravskelisty.example, mobil 777 318 246.\n\nDíky\nFilip Šafránek\n",
        "attachments": [
            (
                "pdf",
                "zadost_OL.pdf",
                [
                    "Ostravské listy s.r.o., 28. října 150, 702 00 Ostrava, IČO " + I21,
                    "Žádáme o (1) přístup k výsledkům voleb na dedikovaném serveru a (2) "
                    "povolení natáčet na krajském pracovišti ČSÚ v Ostravě.",
                    {
                        "rows": [
                            ["produkce", "198.51.100.90, 198.51.100.91"],
                            ["test", "198.51.100.99"],
                            [
                                "kontakt",
                                "Simona Nováková, novakova@ostravskelisty.example, 596 110 274",
                            ],
                        ],
                        "widths": [90, 330],
                    },
                ],
            )
        ],
    },
    {
        "id": "bg022-databox-osvc-ipv6-annotation-no-test",
        "description": "an OSVČ's data message (type 40): the annotation gives one IPv6 "
        "production address and says testing runs on it; the TXT has the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Jindřich Pražák",
            I22,
            "jp9w3rt",
            ["2001:db8:c1::5"],
            [],
            "Jindřich Pražák",
            "prazak@volebnimapa.example",
            "+420605774139",
        ),
        "databox": box("jp9w3rt", "Jindřich Pražák", "Lidická 30, 301 00 Plzeň", kind=40),
        "subject": "Žádost o přístup k výsledkům voleb (XML) z IP 2001:db8:c1::5, testovat "
        "budeme z téže adresy",
        "attachments": [
            (
                "txt",
                "kontakt.txt",
                "Jindřich Pražák, IČO " + I22 + "\nprovozuji web volebnimapa.example\n"
                "e-mail: prazak@volebnimapa.example\ntel.: +420 605 774 139\n",
            )
        ],
    },
    {
        "id": "bg023-polish-xlsx-tak-nie",
        "description": "a Polish publisher without an IČO; the workbook marks TAK/NIE, gives "
        "production and test addresses and a Polish phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Gazeta Śląska Sp. z o.o.",
            None,
            None,
            ["198.18.33.1", "198.18.33.2"],
            ["198.18.33.3"],
            "Katarzyna Wójcik",
            "k.wojcik@gazetaslaska.example",
            "+48602418733",
        ),
        "from": "Katarzyna Wójcik <k.wojcik@gazetaslaska.example>",
        "subject": "Wniosek o dostęp do wyników wyborów / žádost",
        "headers": TBIRD,
        "body": "Dzień dobry,\n\nw załączniku przesyłamy wniosek o dostęp do wyników wyborów "
        "w formacie XML.\n\nPozdrawiam\nKatarzyna Wójcik\nGazeta Śląska Sp. z o.o.\n",
        "attachments": [
            (
                "xlsx",
                "wniosek_GS.xlsx",
                [
                    {
                        "title": "Wniosek",
                        "rows": [
                            ["Wniosek", "TAK", "NIE"],
                            ["Dostęp do wyników (XML)", "X", ""],
                            ["Filmowanie w punktach ČSÚ", "", "X"],
                        ],
                    },
                    {
                        "title": "Dane",
                        "rows": [
                            ["Firma", "Gazeta Śląska Sp. z o.o., Katowice"],
                            ["IP produkcyjne", "198.18.33.1; 198.18.33.2"],
                            ["IP testowe", "198.18.33.3"],
                            ["Osoba kontaktowa", "Katarzyna Wójcik"],
                            ["Telefon", "+48 602 418 733"],
                            ["E-mail", "k.wojcik@gazetaslaska.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bg024-reply-trims-to-five-rtf",
        "description": "a reply to the office's note that seven addresses are too many: the RTF "
        "gives five, the quoted first mail still lists the seven",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rozhlas Vysočina Plus s.r.o.",
            I24,
            None,
            ["192.0.2.10", "192.0.2.11", "192.0.2.12", "192.0.2.13", "192.0.2.14"],
            ["192.0.2.20"],
            "Tomáš Paur",
            "paur@vysocinaplus.example",
            "+420567300418",
        ),
        "from": "Tomáš Paur <paur@vysocinaplus.example>",
        "subject": "Re: Přístup k výsledkům - příliš mnoho adres",
        "headers": CENTRUM,
        "body": "Dobrý den,\n\nrozumím, v příloze je upravený seznam, produkčních adres je "
        "teď pět. Testovací zůstává.\n\nTomáš Paur\n\nDne 2. 9. 2025 napsal(a) podatelna:\n"
        "> Dobrý den, produkčních adres může být nejvýše pět. Prosíme o úpravu.\n>\n"
        "> Dne 1. 9. 2025 Tomáš Paur napsal:\n>> žádáme o přístup z 192.0.2.10-192.0.2.16,"
        " test 192.0.2.20, kontakt já, 567 300 418.\n",
        "attachments": [
            (
                "rtf",
                "adresy_upraveno.rtf",
                [
                    "Rozhlas Vysočina Plus s.r.o., IČO " + I24,
                    "Upravený seznam adres pro přístup k výsledkům voleb:",
                    [
                        ["Role", "Adresa"],
                        ["produkční", "192.0.2.10"],
                        ["produkční", "192.0.2.11"],
                        ["produkční", "192.0.2.12"],
                        ["produkční", "192.0.2.13"],
                        ["produkční", "192.0.2.14"],
                        ["testovací", "192.0.2.20"],
                    ],
                    "Kontakt: Tomáš Paur, paur@vysocinaplus.example, 567 300 418",
                ],
            )
        ],
    },
    {
        "id": "bg025-databox-two-pdf-versions",
        "description": "data message with two PDFs; the annotation says the second replaces "
        "the first, which had another production address",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Mladoboleslavský večerník s.r.o.",
            I25,
            "mv6e2kj",
            ["198.51.100.112"],
            ["198.51.100.113"],
            "Radka Jirousová",
            "jirousova@mbvecernik.example",
            "+420326711905",
        ),
        "databox": box(
            "mv6e2kj",
            "Mladoboleslavský večerník s.r.o.",
            "Komenského nám. 61, 293 01 Mladá Boleslav",
        ),
        "subject": "Žádost o přístup k výsledkům - platí soubor zadost_v2.pdf, v1 obsahuje "
        "chybnou produkční adresu",
        "attachments": [
            (
                "pdf",
                "zadost_v1.pdf",
                [
                    "Mladoboleslavský večerník s.r.o., IČO " + I25,
                    "Žádáme o přístup k výsledkům voleb ve formátu XML.",
                    "Produkční IP: 198.51.100.121\nTestovací IP: 198.51.100.113",
                    "Kontakt: Radka Jirousová, jirousova@mbvecernik.example, 326 711 905",
                ],
            ),
            (
                "pdf",
                "zadost_v2.pdf",
                [
                    "Mladoboleslavský večerník s.r.o., IČO " + I25,
                    "Žádáme o přístup k výsledkům voleb ve formátu XML.",
                    "Produkční IP: 198.51.100.112\nTestovací IP: 198.51.100.113",
                    "Kontakt: Radka Jirousová, jirousova@mbvecernik.example, 326 711 905",
                ],
            ),
        ],
    },
    {
        "id": "bg026-empty-mail-docx-nested-contact",
        "description": "no text at all; the DOCX with header and footer nests the contact's "
        "details in a cell and asks for both",
        "style": Style.EMPTY,
        "labels": L(
            [FEED, FILM],
            "Rádio Podřipsko s.r.o.",
            I26,
            None,
            ["203.0.113.225"],
            ["203.0.113.226"],
            "Aneta Kučerová",
            "kucerova@radiopodripsko.example",
            "+420416533870",
        ),
        "from": "Aneta Kucerova <kucerova@radiopodripsko.example>",
        "subject": "Rádio Podřipsko - ČSÚ",
        "headers": SAMSUNG,
        "body": "",
        "attachments": [
            (
                "docx",
                "RP_zadost_2025.docx",
                {
                    "header": "RÁDIO PODŘIPSKO s.r.o. | Komenského 150, 413 01 Roudnice n. L.",
                    "footer": "IČO " + I26 + " | zapsáno u KS v Ústí nad Labem",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb a o povolení nahrávat na "
                        "pracovišti ČSÚ v Litoměřicích",
                        {
                            "rows": [
                                ["Produkce", "203.0.113.225"],
                                ["Test", "203.0.113.226"],
                                ["Kontaktní osoba", ""],
                            ],
                            "nested": {
                                (2, 1): {
                                    "rows": [
                                        ["Jméno", "Aneta Kučerová"],
                                        ["E-mail", "kucerova@radiopodripsko.example"],
                                        ["Tel.", "416 533 870"],
                                    ]
                                }
                            },
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "bg027-forwarded-eml-with-odt",
        "description": "a journalist forwards, as an attached .eml, a mail sent to his private "
        "address; the inner mail's ODT holds the application with a netmask",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Zlínský expres s.r.o.",
            I27,
            None,
            ["198.18.9.40", "198.18.9.41", "198.18.9.42", "198.18.9.43"],
            ["198.18.9.50"],
            "Lukáš Matějka",
            "matejka@zlinskyexpres.example",
            "+420604229187",
        ),
        "from": "Lukáš Matějka <matejka@zlinskyexpres.example>",
        "subject": "Fw: žádost - výsledky voleb",
        "headers": EVOLUTION,
        "body": "Dobrý den,\n\nposílám v příloze mail, který mi kolega omylem poslal na "
        "soukromou adresu; žádost je v něm jako ODT. Kontaktní osobou jsem já.\n\nLukáš "
        "Matějka, Zlínský expres, 604 229 187\n",
        "attachments": [
            (
                "eml",
                "zadost_volby.eml",
                {
                    "id": "bg027-inner",
                    "from": "Ivo Slanina <slanina@zlinskyexpres.example>",
                    "to": "lukas.matejka@posta.example",
                    "subject": "žádost - výsledky voleb",
                    "body": "Lukáši, posílám žádost, doplň se jako kontakt a pošli na ČSÚ.\n",
                    "attachments": [
                        (
                            "odt",
                            "zadost_ZE.odt",
                            [
                                "Zlínský expres s.r.o., IČO " + I27,
                                "Žádost o přístup k výsledkům voleb (XML)",
                                [
                                    ["Produkční síť", "198.18.9.40 / 255.255.255.252"],
                                    ["Testovací", "198.18.9.50"],
                                    ["Kontaktní osoba", "Lukáš Matějka"],
                                ],
                            ],
                        )
                    ],
                },
            )
        ],
    },
    {
        "id": "bg028-html-letter-box-in-signature-filming",
        "description": "an HTML-only letter asking only to photograph; IČO and data-box ID are "
        "only in the signature block",
        "style": Style.LETTER,
        "labels": L(
            [FILM],
            "Fotoagentura Pražský objektiv s.r.o.",
            I28,
            "fp3o8ad",
            [],
            [],
            "Šárka Holečková",
            "holeckova@prazskyobjektiv.example",
            "+420739811402",
        ),
        "from": "Šárka Holečková <holeckova@prazskyobjektiv.example>",
        "subject": "Žádost o povolení fotografovat - volby",
        "headers": GMAIL,
        "html": "<html><body><p>Vážení,</p><p>naše agentura by ráda fotografovala práci na "
        "pracovišti ČSÚ v Praze během zpracování výsledků. Přístup k datům nepotřebujeme.</p>"
        "<p>Fotografovat budou Ondřej Beneš a Klára Mašková.</p>"
        "<p>S pozdravem<br><b>Šárka Holečková</b><br>produkce<br>Fotoagentura Pražský "
        "objektiv s.r.o.<br>IČO: " + I28 + " | ID DS: fp3o8ad<br>tel.: +420 739 811 402</p>"
        "</body></html>",
        "attachments": [
            (
                "pdf",
                "akreditace_fotografove.pdf",
                [
                    "Seznam fotografů",
                    {"rows": [["Ondřej Beneš", "fotograf"], ["Klára Mašková", "fotografka"]]},
                ],
            )
        ],
    },
]
