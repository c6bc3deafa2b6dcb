"""Fifty-eighth held-out part ``cz``, cases cz029–cz042: data messages from a freelancer, with
an annotation that corrects the file, with IPv6 in the annotation and with annotation and file
both carrying addresses; PDF and RTF forms, a reply that changes the contact, a three-sheet
workbook, an ODT role table, an empty mail with only an .eml, a DOCX with merged contact cells,
an Austrian English PDF, a cover that adds a test address and a Hungarian applicant. Written by
hand apart from the extraction rules (see make_fiftyeighth_cz); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyeighth_cz_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OWA,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

K29, K30, K31, K32, K33 = (
    ico("7461025"),
    ico("2930574"),
    ico("0348162"),
    ico("4826301"),
    ico("2075943"),
)
K34, K35, K36, K37, K38 = (
    ico("0591728"),
    ico("2463807"),
    ico("6817340"),
    ico("2239651"),
    ico("0706483"),
)
K40, K41 = ico("4657209"), ico("2812460")

CASES: list[dict[str, Any]] = [
    {
        "id": "cz029-databox-freelancer-odt-both",
        "description": "data message from a freelancer's box; ODT asks for both, production "
        "address only ('test ze stejné')",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Adam Kříž",
            K29,
            "a3kz7yq",
            ["203.0.113.222"],
            [],
            "Adam Kříž",
            "adam.kriz@krizdata.example",
            "+420605914722",
        ),
        "databox": box("a3kz7yq", "Adam Kříž", "Jiráskova 40, 679 61 Letovice", kind=40),
        "subject": "Žádost – přístup k výsledkům a natáčení",
        "attachments": [
            (
                "odt",
                "zadost_Kriz.odt",
                [
                    "Adam Kříž, datový novinář, IČO " + K29,
                    "Žádám o přístup k XML z adresy 203.0.113.222 (test ze stejné) a o možnost "
                    "natáčet na sběrném místě.",
                    "adam.kriz@krizdata.example, 605 914 722",
                ],
            )
        ],
    },
    {
        "id": "cz030-pdf-form-test-section-unticked",
        "description": "PDF checkbox form; the test-address section is ticked 'nepožadujeme' and "
        "filming ☐",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Liberecký týdeník s.r.o.",
            K30,
            None,
            ["192.0.2.180", "192.0.2.181", "192.0.2.182"],
            [],
            "Markéta Nováková",
            "novakova@libtydenik.example",
            "+420482330519",
        ),
        "from": "Marketa Novakova <novakova@libtydenik.example>",
        "subject": "formulář ČSÚ",
        "headers": APPLE,
        "body": "V příloze. M. N.\n",
        "attachments": [
            (
                "pdf",
                "formular_LT.pdf",
                [
                    "Liberecký týdeník s.r.o., IČO " + K30,
                    "☒ přístup k XML výsledkům\n☐ natáčení / fotografování",
                    {
                        "rows": [
                            ["Produkční IP", "192.0.2.180, 192.0.2.181, 192.0.2.182"],
                            ["Testovací IP", "☒ nepožadujeme"],
                            [
                                "Kontaktní osoba",
                                "Markéta Nováková, novakova@libtydenik.example, 482 330 519",
                            ],
                        ]
                    },
                ],
            )
        ],
    },
    {
        "id": "cz031-reply-changes-contact",
        "description": "reply with quoted history: the DOCX names the old contact, the new "
        "message hands the application over to a colleague",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Mladoboleslavský deník a.s.",
            K31,
            None,
            ["198.51.100.170"],
            ["198.51.100.171"],
            "Richard Holub",
            "holub@mbdenik.example",
            "+420326718445",
        ),
        "from": "Silvie Krausová <krausova@mbdenik.example>",
        "subject": "Re: Žádost o přístup – Mladoboleslavský deník",
        "headers": OWA,
        "body": "Dobrý den,\nod zítra jsem na mateřské, kontaktní osobou pro naši žádost bude "
        "kolega Richard Holub (holub@mbdenik.example, 326 718 445). Žádost v příloze platí.\n"
        "S. Krausová\n\n-----Original Message-----\nFrom: volby\nSubject: Žádost o přístup\n"
        "Potvrzujeme přijetí žádosti.\n",
        "attachments": [
            (
                "docx",
                "zadost_MBD.docx",
                {
                    "blocks": [
                        "Mladoboleslavský deník a.s., IČO " + K31,
                        {
                            "rows": [
                                ["Produkce", "198.51.100.170"],
                                ["Test", "198.51.100.171"],
                                [
                                    "Kontakt",
                                    "Silvie Krausová, krausova@mbdenik.example, 326 718 440",
                                ],
                            ]
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "cz032-xlsx-three-sheets-surname-first",
        "description": "three-sheet workbook behind a one-word cover; contact written "
        "'Surname, First name' and a /31 written with a netmask",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Ostravská data, z.s.",
            K32,
            None,
            ["203.0.113.40", "203.0.113.41"],
            ["203.0.113.44"],
            "Lubomír Dostál",
            "dostal@ostravskadata.example",
            "+420737118290",
        ),
        "from": "Lubomir Dostal <dostal@ostravskadata.example>",
        "subject": "zadost",
        "headers": GMAIL,
        "body": "posilam\n",
        "attachments": [
            (
                "xlsx",
                "OD_zadost.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Ostravská data, z.s."],
                            ["IČO", K32],
                            ["Žádost", "přístup k XML výsledkům"],
                        ],
                    },
                    {
                        "title": "Síť",
                        "rows": [
                            ["Role", "Adresa", "Maska"],
                            ["produkce", "203.0.113.40", "255.255.255.254"],
                            ["test", "203.0.113.44", "255.255.255.255"],
                        ],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Osoba", "Dostál, Lubomír"],
                            ["E-mail", "dostal@ostravskadata.example"],
                            ["Mobil", "737 118 290"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cz033-databox-annotation-corrects-docx",
        "description": "data message whose annotation corrects a production address printed "
        "in the DOCX",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Pardubický expres s.r.o.",
            K33,
            "e6px2rb",
            ["198.18.120.15", "198.18.120.17"],
            ["198.18.120.30"],
            "Jitka Malá",
            "mala@pardexpres.example",
            "+420466205713",
        ),
        "databox": box("e6px2rb", "Pardubický expres s.r.o.", "Třída Míru 60, 530 02 Pardubice"),
        "subject": "Žádost o přístup – OPRAVA: v příloze má být místo 198.18.120.16 adresa "
        "198.18.120.17",
        "attachments": [
            (
                "docx",
                "zadost_PE.docx",
                {
                    "blocks": [
                        "Pardubický expres s.r.o., IČO " + K33,
                        "Produkční IP: 198.18.120.15, 198.18.120.16\nTestovací IP: 198.18.120.30",
                        "Kontakt: Jitka Malá, mala@pardexpres.example, 466 205 713",
                    ]
                },
            )
        ],
    },
    {
        "id": "cz034-odt-role-table-ipv6-test",
        "description": "ODT table with a role column listing IPv4 production and IPv6 test "
        "addresses, the row of a decommissioned server marked 'zrušeno'",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Frýdecký magazín s.r.o.",
            K34,
            None,
            ["192.0.2.240"],
            ["2001:db8:f1::2"],
            "Petr Kocián",
            "kocian@fmagazin.example",
            "+420558447016",
        ),
        "from": "Petr Kocian <kocian@fmagazin.example>",
        "subject": "Žádost o přístup k výsledkům",
        "headers": TBIRD,
        "body": "Dobrý den, žádost posílám jako ODT.\nPetr Kocián, 558 447 016\n",
        "attachments": [
            (
                "odt",
                "zadost_FM.odt",
                [
                    "Frýdecký magazín s.r.o., IČO " + K34 + " – žádost o přístup k XML",
                    [
                        ["Role", "Adresa", "Stav"],
                        ["produkce", "192.0.2.240", "aktivní"],
                        ["produkce", "192.0.2.239", "zrušeno, nepoužívat"],
                        ["test", "2001:db8:f1:0:0:0:0:2", "aktivní"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "cz035-empty-only-eml",
        "description": "empty body and subject-less forward: only an attached .eml with an "
        "application for filming only from the newsroom chief",
        "style": Style.FORWARD,
        "labels": L(
            [FILM],
            "Chebská televize s.r.o.",
            K35,
            None,
            [],
            [],
            "Vladimír Švec",
            "svec@chebtv.example",
            "+420354112508",
        ),
        "from": "sekretariat <sekretariat@chebtv.example>",
        "subject": "Fwd:",
        "headers": ZIMBRA,
        "body": "",
        "attachments": [
            (
                "eml",
                "natáčení.eml",
                {
                    "id": "cz035-inner",
                    "from": "Vladimir Svec <svec@chebtv.example>",
                    "subject": "natáčení v den voleb",
                    "body": "Dobrý den,\nChebská televize s.r.o. (IČO " + K35 + ") žádá o povolení "
                    "natáčet na pracovišti ČSÚ v Karlových Varech. Výsledky bereme z webu, XML "
                    "nepotřebujeme.\nVladimír Švec, šéf zpravodajství, 354 112 508\n",
                },
            )
        ],
    },
    {
        "id": "cz036-rtf-row-headers-filming",
        "description": "RTF table with row headers; filming only, the XML row says NE",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Studio Morava Foto s.r.o.",
            K36,
            None,
            [],
            [],
            "Radka Malinová",
            "malinova@smfoto.example",
            "+420603771845",
        ),
        "from": "Radka Malinova <malinova@smfoto.example>",
        "subject": "povolení fotografování",
        "headers": SEZNAM,
        "body": "Dobrý den, posílám vyplněnou žádost. Malinová\n",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Studio Morava Foto s.r.o., IČO " + K36,
                    [
                        ["Přístup k XML", "NE"],
                        ["Fotografování na pracovišti", "ANO"],
                        ["Kontaktní osoba", "Malinová Radka"],
                        ["Telefon", "603 771 845"],
                        ["E-mail", "malinova@smfoto.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "cz037-databox-ipv6-annotation-txt",
        "description": "data message: IPv6 production block /127 in the annotation, the txt file "
        "gives the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Česká data s.r.o.",
            K37,
            "c8dt5hw",
            ["2001:db8:c0::a", "2001:db8:c0::b"],
            [],
            "Šárka Urbanová",
            "urbanova@ceskadata.example",
            "+420736441290",
        ),
        "databox": box("c8dt5hw", "Česká data s.r.o.", "Korunní 14, 120 00 Praha 2"),
        "subject": "Přístup k XML výsledkům, produkce 2001:db8:c0::a/127",
        "attachments": [
            (
                "txt",
                "kontakt.txt",
                "Česká data s.r.o., IČO " + K37 + "\nKontaktní osoba: Šárka Urbanová\n"
                "urbanova@ceskadata.example\n+420 736 441 290\n",
            )
        ],
    },
    {
        "id": "cz038-docx-merged-contact-cells",
        "description": "DOCX with a merged 'Kontakty' cell over editorial and technical rows; the "
        "technical person is marked as the contact for the application",
        "style": Style.TABLE,
        "labels": L(
            [FEED, FILM],
            "Rokycanský posel s.r.o.",
            K38,
            None,
            ["198.51.100.230", "198.51.100.231"],
            ["198.51.100.235"],
            "Stanislav Pech",
            "pech@rokposel.example",
            "+420371205448",
        ),
        "from": "Miluse Tesarova <tesarova@rokposel.example>",
        "subject": "Žádost Rokycanský posel",
        "headers": IPHONE,
        "body": "Posílám žádost, odesláno z iPhonu\n",
        "attachments": [
            (
                "docx",
                "zadost_RP.docx",
                {
                    "header": "Rokycanský posel s.r.o. | IČO " + K38,
                    "footer": "Strana 1/1",
                    "blocks": [
                        "Žádáme o přístup k XML výsledkům a o povolení natáčet.",
                        "Produkce: 198.51.100.230, 198.51.100.231; test: 198.51.100.235",
                        {
                            "rows": [
                                [
                                    "Kontakty",
                                    "redakce",
                                    "Miluše Tesařová, tesarova@rokposel.example",
                                ],
                                [
                                    "",
                                    "technika (kontaktní osoba pro žádost)",
                                    "Stanislav Pech, pech@rokposel.example, 371 205 448",
                                ],
                            ],
                            "merge": [(0, 0, 1, 0)],
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "cz039-austrian-english-pdf",
        "description": "Austrian broadcaster writes in English; PDF with a /30 production block "
        "and a Vienna phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Donau Rundfunk GmbH",
            None,
            None,
            ["198.18.200.4", "198.18.200.5", "198.18.200.6", "198.18.200.7"],
            ["198.18.201.9"],
            "Lukas Steiner",
            "steiner@donaurundfunk.example",
            "+4315330812",
        ),
        "from": "Lukas Steiner <steiner@donaurundfunk.example>",
        "subject": "Application for election results feed",
        "headers": OWA,
        "body": "Dear Sir or Madam, please find our application attached. Best, Lukas Steiner\n",
        "attachments": [
            (
                "pdf",
                "application_DR.pdf",
                [
                    "Donau Rundfunk GmbH, Wien",
                    "We apply for access to the XML election results feed.",
                    {
                        "rows": [
                            ["Production", "198.18.200.4/30"],
                            ["Test", "198.18.201.9"],
                            [
                                "Contact",
                                "Lukas Steiner, steiner@donaurundfunk.example, +43 1 5330812",
                            ],
                        ]
                    },
                ],
            )
        ],
    },
    {
        "id": "cz040-databox-annotation-and-file-both",
        "description": "data message: annotation repeats one production address, the XLSX gives "
        "both and the test; addresses not to be doubled",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Region Plus TV a.s.",
            K40,
            "r7pt4nv",
            ["203.0.113.131", "203.0.113.132"],
            ["203.0.113.139"],
            "Hynek Šťastný",
            "stastny@regionplus.example",
            "+420604009317",
        ),
        "databox": box("r7pt4nv", "Region Plus TV a.s.", "Komenského 2, 674 01 Třebíč"),
        "subject": "Žádost o přístup (IP 203.0.113.131 a další v příloze) a natáčení",
        "attachments": [
            (
                "xlsx",
                "RPTV.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Region Plus TV a.s.", K40],
                            ["XML přístup", "ano"],
                            ["natáčení", "ano"],
                            ["produkce", "203.0.113.131"],
                            ["produkce", "203.0.113.132"],
                            ["test", "203.0.113.139"],
                            ["kontakt", "Hynek Šťastný, stastny@regionplus.example, 604 009 317"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "cz041-cover-adds-test-to-xlsx",
        "description": "the workbook has no test address, the cover mail adds one",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Kutnohorské noviny s.r.o.",
            K41,
            None,
            ["192.0.2.15"],
            ["192.0.2.16"],
            "Pavla Rybová",
            "rybova@khnoviny.example",
            "+420327559061",
        ),
        "from": "Pavla Rybova <rybova@khnoviny.example>",
        "subject": "přístup k výsledkům",
        "headers": APPLE,
        "body": "Dobrý den, tabulka v příloze. Ještě jsme doplnili testovací adresu "
        "192.0.2.16, v tabulce chybí.\nPavla Rybová, 327 559 061\n",
        "attachments": [
            (
                "xlsx",
                "KHN.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Žadatel", "Kutnohorské noviny s.r.o.", K41],
                            ["Produkční IP", "192.0.2.15", ""],
                            ["Testovací IP", "", ""],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "cz042-hungarian-pdf",
        "description": "Hungarian outlet writes in Hungarian; contact surname first in the "
        "Hungarian order",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Duna Hírek Kft.",
            None,
            None,
            ["198.51.100.190"],
            ["198.51.100.191"],
            "Szabó Katalin",
            "szabo@dunahirek.example",
            "+36301234518",
        ),
        "from": "Szabo Katalin <szabo@dunahirek.example>",
        "subject": "Kérelem – választási eredmények",
        "headers": GMAIL,
        "body": "Tisztelt Hivatal! Mellékelten küldjük kérelmünket. Szabó Katalin\n",
        "attachments": [
            (
                "pdf",
                "kerelem.pdf",
                [
                    "Duna Hírek Kft., Budapest",
                    "Hozzáférést kérünk az XML választási eredményekhez.",
                    "Éles IP: 198.51.100.190\nTeszt IP: 198.51.100.191",
                    "Kapcsolattartó: Szabó Katalin, szabo@dunahirek.example, +36 30 123 4518",
                ],
            )
        ],
    },
]
