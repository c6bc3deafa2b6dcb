"""Thirty-seventh held-out part ``ah``, cases ah015–ah028: an ODT form with ANO/NE columns from a
university faculty, a windows-1250 mail with a bracket form in TXT, a nested DOCX table behind
a signature-only mail, a forward of an IT contractor's mail with a PDF, a data message with a
CIDR block in the annotation, an HTML ANO/NE table with netmasks, a cover mail correcting a
phone in a PDF, a merged role cell in DOCX and XLSX, a freelancer's press card, an OSVČ's RTF
with yes/no columns, a Polish agency's English form, a data message withdrawing one ticked
request and an ODT table with a DR row. Written by hand apart from the extraction rules (see
make_thirtyseventh_ah); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyseventh_ah_common import (
    FEED,
    FILM,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I15, I16, I17, I18 = ico("6140953"), ico("0794162"), ico("2581307"), ico("2714836")
I19, I20, I21, I22 = ico("2502918"), ico("4617092"), ico("2693051"), ico("2639418")
I23, I25, I27, I28 = ico("2857406"), ico("0863715"), ico("2775163"), ico("2610587")

CASES: list[dict[str, Any]] = [
    {
        "id": "ah015-databox-odt-ano-ne-faculty",
        "description": "data message from a university faculty; the ODT form says NE to the "
        "feed and ANO to filming; the university applies",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FILM],
            "Západomoravská univerzita v Třebíči",
            I15,
            "z8mu4ta",
            [],
            [],
            "Irena Šafránková",
            "safrankova@zmu.example",
            "+420568402117",
        ),
        "subject": "Žádost katedry mediálních studií FSS – formulář v příloze",
        "databox": {
            "box": "z8mu4ta",
            "sender": "Západomoravská univerzita v Třebíči",
            "address": "Masarykovo nám. 1, 674 01 Třebíč",
        },
        "attachments": [
            (
                "odt",
                "formular_CSU_FSS.odt",
                [
                    "Západomoravská univerzita v Třebíči, Fakulta sociálních studií, "
                    "Katedra mediálních studií",
                    f"IČO univerzity: {I15}",
                    "Žádost o povolení – volby 2026",
                    [
                        ["Požadavek", "ANO", "NE"],
                        ["Přístup k výsledkům ve formátu XML", "", "X"],
                        ["Natáčení ve sběrném místě ČSÚ (studentská reportáž)", "X", ""],
                    ],
                    "Natáčet budou tři studenti 2. ročníku pod vedením vyučující.",
                    [
                        ["Kontaktní osoba", "doc. Mgr. Irena Šafránková, Ph.D."],
                        ["Funkce", "vedoucí katedry"],
                        ["Telefon", "+420 568 402 117"],
                        ["E-mail", "safrankova@zmu.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "ah016-cp1250-txt-bracket-form-osvc",
        "description": "windows-1250 mail from a freelancer with a trade name; a TXT form with "
        "[X] and [ ], the test address left as dashes, phone with 00420",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Jakub Procházka – DataDesk",
            I16,
            None,
            ["203.0.113.101"],
            [],
            "Jakub Procházka",
            "jakub@datadesk.example",
            "+420721640385",
        ),
        "from": "Jakub Procházka <jakub@datadesk.example>",
        "subject": "Žádost o přístup k XML – DataDesk",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "jsem OSVČ a dělám volební grafiku pro několik regionálních webů. Vyplněný "
            "formulář posílám v příloze jako text.\n\n"
            "Díky, Jakub Procházka\n"
        ),
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Žadatel: Jakub Procházka – DataDesk\n"
                f"IČO: {I16}\n"
                "Sídlo: Pražská 18, 370 04 České Budějovice\n\n"
                "[X] přístup k výsledkům voleb ve formátu XML\n"
                "[ ] povolení natáčet ve sběrném místě\n\n"
                "Produkční IP: 203.0.113.101\n"
                "Testovací IP: ---\n\n"
                "Kontakt: Jakub Procházka, jakub@datadesk.example, tel. 00420 721 640 385\n",
            )
        ],
    },
    {
        "id": "ah017-signature-only-docx-nested-table",
        "description": "the mail body is only a signature; the DOCX has a table nested in the "
        "'IP adresy' cell with production and test columns, an IPv6 test address",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Opavský kurýr s.r.o.",
            I17,
            None,
            ["198.51.100.180", "198.51.100.181"],
            ["2001:db8:77::5"],
            "Simona Kubalová",
            "kubalova@opkuryr.example",
            "+420553610274",
        ),
        "from": "Simona Kubalová <kubalova@opkuryr.example>",
        "subject": "Žádost o přístup – XML výsledky voleb",
        "headers": ROUNDCUBE,
        "body": "-- \nSimona Kubalová\nOpavský kurýr s.r.o.\nwww.opkuryr.example\n",
        "attachments": [
            (
                "docx",
                "zadost-opavsky-kuryr.docx",
                {
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["Žadatel", f"Opavský kurýr s.r.o., IČO {I17}"],
                                ["IP adresy", ""],
                                [
                                    "Kontakt",
                                    "Simona Kubalová, 553 610 274, kubalova@opkuryr.example",
                                ],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkční", "testovací"],
                                        ["198.51.100.180", "2001:db8:77::5"],
                                        ["198.51.100.181", ""],
                                    ]
                                }
                            },
                        },
                        "V Opavě 11. 9. 2026",
                    ]
                },
            )
        ],
    },
    {
        "id": "ah018-forward-contractor-eml-pdf-gateway",
        "description": "editor forwards the IT contractor's mail (.eml with a PDF server list); "
        "the contractor's man is the contact; a netmask and gateway are not applicant addresses",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Kladenský expres s.r.o.",
            I18,
            None,
            ["203.0.113.121", "203.0.113.122"],
            ["203.0.113.129"],
            "Roman Vondra",
            "vondra@netbrick.example",
            "+420602118733",
        ),
        "from": "Šárka Melicharová <melicharova@kladenskyexpres.example>",
        "subject": "Fwd: KEX – IP pro ČSÚ",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "za Kladenský expres s.r.o. (IČO "
            f"{I18}) žádáme o přístup k XML s výsledky voleb. Adresy serverů nám připravil "
            "náš dodavatel IT, jeho e-mail přeposílám v příloze. Kontaktní osobou pro "
            "tuto žádost je pan Roman Vondra z Netbricku (kontakt v jeho e-mailu).\n\n"
            "Šárka Melicharová\nšéfredaktorka\n"
        ),
        "attachments": [
            (
                "eml",
                "KEX - IP pro CSU.eml",
                {
                    "id": "ah018-inner",
                    "from": "Roman Vondra <vondra@netbrick.example>",
                    "to": "melicharova@kladenskyexpres.example",
                    "subject": "KEX – IP pro ČSÚ",
                    "headers": TBIRD,
                    "body": (
                        "Ahoj Šárko,\n\n"
                        "v příloze seznam serverů pro žádost na ČSÚ. Všechny jsou v síti "
                        "203.0.113.0 s maskou 255.255.255.0, brána 203.0.113.1.\n\n"
                        "Roman Vondra\nNetbrick s.r.o. | +420 602 118 733 | "
                        "vondra@netbrick.example\n"
                    ),
                    "attachments": [
                        (
                            "pdf",
                            "KEX_servery.pdf",
                            [
                                "<b>Kladenský expres – servery pro volební data</b>",
                                {
                                    "rows": [
                                        ["Server", "Adresa", "Prostředí"],
                                        ["kex-web01", "203.0.113.121", "produkce"],
                                        ["kex-web02", "203.0.113.122", "produkce"],
                                        ["kex-stage", "203.0.113.129", "stage / test"],
                                    ],
                                    "widths": [100, 120, 120],
                                },
                                "Připravil: R. Vondra, Netbrick s.r.o., verze 1.2",
                            ],
                        )
                    ],
                },
            )
        ],
    },
    {
        "id": "ah019-databox-annotation-cidr-power-of-attorney",
        "description": "data message: the request and a /30 block in the annotation, no test; "
        "the attached DOCX is only an authorisation of the contact, with the IČO",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Deník Krušnohoří s.r.o.",
            I19,
            "k5rn2hw",
            ["203.0.113.8", "203.0.113.9", "203.0.113.10", "203.0.113.11"],
            [],
            "Aleš Krupička",
            "krupicka@krusnohori.example",
            "+420603902117",
        ),
        "subject": "Žádáme o přístup k XML (volby). Produkce 203.0.113.8/30, test nebude. "
        "Kontakt Ing. Aleš Krupička, 603 902 117, krupicka@krusnohori.example (pověření "
        "v příloze).",
        "databox": {
            "box": "k5rn2hw",
            "sender": "Deník Krušnohoří s.r.o.",
            "address": "Palackého 40, 430 01 Chomutov",
        },
        "attachments": [
            (
                "docx",
                "povereni_Krupicka.docx",
                {
                    "blocks": [
                        "POVĚŘENÍ",
                        f"Společnost Deník Krušnohoří s.r.o., IČO {I19}, se sídlem Palackého "
                        "40, 430 01 Chomutov, zastoupená jednatelem Mgr. Vítem Holečkem,",
                        "pověřuje",
                        "Ing. Aleše Krupičku, nar. 4. 2. 1984, vedoucího IT,",
                        "k jednání s Českým statistickým úřadem ve věci přístupu k výsledkům "
                        "voleb ve formátu XML.",
                        "V Chomutově dne 8. 9. 2026\n\nMgr. Vít Holeček, jednatel",
                    ]
                },
            )
        ],
    },
    {
        "id": "ah020-html-ano-ne-and-netmask",
        "description": "Outlook HTML with an ANO/NE request table (feed ANO, filming NE) and an "
        "address table with a 255.255.255.254 mask meaning two production addresses",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Hradecký rozhled, a.s.",
            I20,
            None,
            ["198.51.100.64", "198.51.100.65"],
            ["198.51.100.90"],
            "Barbora Koubková",
            "koubkova@hkrozhled.example",
            "+420495221806",
        ),
        "from": "Koubková Barbora <koubkova@hkrozhled.example>",
        "subject": "Žádost Hradecký rozhled – volby",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nžádost v tabulkách níže (zobrazte prosím jako HTML).\n\n"
            "Barbora Koubková\n"
        ),
        "html": (
            "<html><body><p>Dobrý den,</p>"
            f"<p>Hradecký rozhled, a.s., IČO {I20}, podává tuto žádost:</p>"
            "<table border=1 cellspacing=0><tr><td><b>Požadavek</b></td><td><b>ANO/NE</b>"
            "</td></tr><tr><td>Přístup k výsledkům voleb (XML)</td><td>ANO</td></tr>"
            "<tr><td>Natáčení ve sběrném místě</td><td>NE</td></tr></table><br>"
            "<table border=1 cellspacing=0><tr><td><b>Typ</b></td><td><b>Adresa</b></td>"
            "<td><b>Maska</b></td></tr>"
            "<tr><td>produkční</td><td>198.51.100.64</td><td>255.255.255.254</td></tr>"
            "<tr><td>testovací</td><td>198.51.100.90</td><td>255.255.255.255</td></tr>"
            "</table><br>"
            "<p>Kontakt: Barbora Koubková, tel. 495 221 806, koubkova@hkrozhled.example</p>"
            "<p>S pozdravem<br>Barbora Koubková<br>Hradecký rozhled, a.s.</p></body></html>"
        ),
    },
    {
        "id": "ah021-cover-corrects-phone-in-pdf",
        "description": "iPhone cover mail: the PDF asks for both, but its phone has swapped "
        "digits and the cover gives the right one",
        "style": Style.COVER_CHANGE,
        "labels": L(
            [FEED, FILM],
            "Podještědí Press, z.s.",
            I21,
            None,
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Radka Holá",
            "hola@podjestedipress.example",
            "+420602384719",
        ),
        "from": "Radka Holá <hola@podjestedipress.example>",
        "subject": "Žádost",
        "headers": IPHONE,
        "body": (
            "Dobrý den, posílám žádost v PDF. Jen pozor, v PDF je překlep v mém telefonu – "
            "správně je 602 384 719, ne 602 384 791.\n"
            "Radka Holá\n\nOdesláno z iPhonu\n"
        ),
        "attachments": [
            (
                "pdf",
                "Zadost_PP.pdf",
                [
                    f"Podještědí Press, z.s., Jablonecká 3, 463 12 Liberec, IČO {I21}",
                    "Žádáme Český statistický úřad o:\n1) přístup k výsledkům voleb ve "
                    "formátu XML,\n2) povolení natáčet ve sběrném místě v Liberci.",
                    {
                        "rows": [
                            ["Produkční IP", "192.0.2.33"],
                            ["Testovací IP", "192.0.2.34"],
                            ["Kontakt", "Radka Holá, hola@podjestedipress.example"],
                            ["Telefon", "602 384 791"],
                        ],
                        "widths": [120, 220],
                    },
                    "Radka Holá, předsedkyně spolku",
                ],
            )
        ],
    },
    {
        "id": "ah022-databox-both-docx-merged-role-cell",
        "description": "data message: the annotation names both requests, the DOCX table has a "
        "merged 'Produkce' cell over two rows; a cameraman with his own phone",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED, FILM],
            "TV Pardubicko a.s.",
            I22,
            "t9pd3xc",
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.150"],
            "Eva Machová",
            "machova@tvpardubicko.example",
            "+420466012880",
        ),
        "subject": "Žádost o přístup k XML a o povolení natáčení ve volební noc – podrobnosti "
        "v příloze",
        "databox": {
            "box": "t9pd3xc",
            "sender": "TV Pardubicko a.s.",
            "address": "Třída Míru 60, 530 02 Pardubice",
        },
        "attachments": [
            (
                "docx",
                "TVP_zadost_CSU.docx",
                {
                    "header": f"TV Pardubicko a.s. | IČO {I22} | ID DS t9pd3xc",
                    "blocks": [
                        "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                        "Žádáme o přístup k výsledkům voleb ve formátu XML a o povolení natáčet "
                        "ve sběrném místě v Pardubicích. Natáčet bude kameraman Luboš "
                        "Kratochvíl (731 220 417).",
                        {
                            "rows": [
                                ["Role", "IP adresa"],
                                ["Produkce", "203.0.113.140"],
                                ["", "203.0.113.141"],
                                ["Test", "203.0.113.150"],
                            ],
                            "merge": [(1, 0, 2, 0)],
                        },
                        "Kontaktní osoba: Eva Machová, produkční, +420 466 012 880, "
                        "machova@tvpardubicko.example",
                    ],
                    "footer": "TV Pardubicko a.s., zapsaná v OR u KS v Hradci Králové, B 3318",
                },
            )
        ],
    },
    {
        "id": "ah023-xlsx-merged-roles-contact-sheet",
        "description": "empty body, XLSX with merged role cells and a contacts sheet where a "
        "yes/no column marks the contact for this application (not the sender)",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Jesenický týdeník s.r.o.",
            I23,
            None,
            ["192.0.2.90", "192.0.2.91"],
            ["192.0.2.99"],
            "Hedvika Stará",
            "stara@jestydenik.example",
            "+420584401932",
        ),
        "from": "IT Jesenický týdeník <it@jestydenik.example>",
        "subject": "zadost XML volby + priloha",
        "headers": ROUNDCUBE,
        "cte": "7bit",
        "charset": "us-ascii",
        "body": "",
        "attachments": [
            (
                "xlsx",
                "zadost_JT.xlsx",
                [
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Prostředí", "IP adresa", "Hostname"],
                            ["Produkce", "192.0.2.90", "web1.jestydenik.example"],
                            [None, "192.0.2.91", "web2.jestydenik.example"],
                            ["Test", "192.0.2.99", "dev.jestydenik.example"],
                        ],
                        "merge": ["A2:A3"],
                    },
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Jesenický týdeník s.r.o."],
                            ["IČ", f"{I23[:2]} {I23[2:5]} {I23[5:]}"],
                            ["Adresa", "Lipovská 12, 790 01 Jeseník"],
                        ],
                    },
                    {
                        "title": "Kontakty",
                        "rows": [
                            ["Jméno", "Funkce", "Telefon", "E-mail", "Kontakt pro žádost"],
                            [
                                "Hedvika Stará",
                                "šéfredaktorka",
                                "584 401 932",
                                "stara@jestydenik.example",
                                "ano",
                            ],
                            ["Petr Dvořáček", "IT", "584 401 940", "it@jestydenik.example", "ne"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ah024-freelancer-recording-press-card",
        "description": "freelance photographer without an IČO asks only to photograph, the "
        "attached PDF is his press card; the feed is declined",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FILM],
            "Matěj Sýkora",
            None,
            None,
            [],
            [],
            "Matěj Sýkora",
            "matej.sykora@fotosykora.example",
            "+420777013562",
        ),
        "from": "Matěj Sýkora <matej.sykora@fotosykora.example>",
        "subject": "Focení ve sběrném místě – žádost",
        "headers": IPHONE,
        "body": (
            "Dobrý den,\n"
            "jsem fotograf na volné noze (fotím pro ČTK a pár regionálních deníků) a rád "
            "bych fotil ve volební noc ve vašem sběrném místě v Jihlavě. XML data "
            "nepotřebuju. V příloze posílám novinářský průkaz.\n"
            "Tel. 777 013 562\n"
            "Díky, Matěj Sýkora\n\nOdesláno z iPhonu\n"
        ),
        "attachments": [
            (
                "pdf",
                "prukaz_Sykora.pdf",
                [
                    "<b>NOVINÁŘSKÝ PRŮKAZ / PRESS CARD</b>",
                    "Jméno: Matěj Sýkora\nČíslo průkazu: 0418/2026\nPlatnost do: 31. 12. 2027",
                    "Syndikát novinářů ČR",
                ],
            )
        ],
    },
    {
        "id": "ah025-databox-osvc-rtf-yes-no-columns",
        "description": "data message from a self-employed person's box; the RTF letter marks "
        "each address production ano/ne and test ano/ne",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Zuzana Lorencová",
            I25,
            "z4lr9nq",
            ["192.0.2.240"],
            ["192.0.2.241"],
            "Zuzana Lorencová",
            "lorencova@regiodata.example",
            "+420739118264",
        ),
        "subject": "Žádost o přístup k datům – viz příloha",
        "databox": {
            "box": "z4lr9nq",
            "sender": "Zuzana Lorencová",
            "address": "Husova 8, 586 01 Jihlava",
            "type": 30,
        },
        "attachments": [
            (
                "rtf",
                "zadost_lorencova.rtf",
                [
                    f"Ing. Zuzana Lorencová, OSVČ, IČ {I25}, Husova 8, 586 01 Jihlava",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Zpracovávám volební mapy pro weby obcí na Vysočině. Prosím o povolení "
                    "přístupu z těchto adres:",
                    [
                        ["Adresa", "produkční", "testovací"],
                        ["192.0.2.240", "ano", "ne"],
                        ["192.0.2.241", "ne", "ano"],
                    ],
                    "Telefon 739 118 264, e-mail lorencova@regiodata.example",
                    "Zuzana Lorencová",
                ],
            )
        ],
    },
    {
        "id": "ah026-polish-agency-english-docx-checkboxes",
        "description": "Polish agency writes English; DOCX form with ☑ for the feed and ☐ for "
        "recording; Polish NIP and KRS in the footer are not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agencja Informacyjna Wschód sp. z o.o.",
            None,
            None,
            ["198.51.100.200", "198.51.100.201"],
            ["198.51.100.205"],
            "Tomasz Wiśniewski",
            "t.wisniewski@aiw.example",
            "+48225117340",
        ),
        "from": "Tomasz Wiśniewski <t.wisniewski@aiw.example>",
        "subject": "Access to CZSO election XML - AIW",
        "headers": TBIRD,
        "body": (
            "Hello,\n\nattached is the completed form. Please let me know if anything is "
            "missing.\n\nBest regards,\nTomasz Wiśniewski\n"
        ),
        "attachments": [
            (
                "docx",
                "AIW_form_CZSO.docx",
                {
                    "blocks": [
                        "Applicant: Agencja Informacyjna Wschód sp. z o.o., ul. Lipowa 14, "
                        "20-020 Lublin, Poland",
                        "☑ Access to election results in XML format",
                        "☐ Permission to record at a collection point",
                        {
                            "rows": [
                                ["", "Production", "Test"],
                                ["IP #1", "198.51.100.200", "198.51.100.205"],
                                ["IP #2", "198.51.100.201", ""],
                            ]
                        },
                        "Contact: Tomasz Wiśniewski, IT editor, +48 22 511 73 40, "
                        "t.wisniewski@aiw.example",
                    ],
                    "footer": "NIP 9462718305 · KRS 0000512874 · REGON 061238475",
                },
            )
        ],
    },
    {
        "id": "ah027-databox-annotation-withdraws-filming",
        "description": "data message: the PDF form has both requests ticked, the annotation "
        "withdraws filming",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Kutnohorské listy s.r.o.",
            I27,
            "k2lq8ve",
            ["192.0.2.77"],
            ["192.0.2.78"],
            "Ivana Fialová",
            "fialova@khlisty.example",
            "+420327515306",
        ),
        "subject": "Žádost v příloze. Natáčení ve sběrném místě už nepožadujeme (tým "
        "nebude k dispozici), žádáme jen o přístup k XML.",
        "databox": {
            "box": "k2lq8ve",
            "sender": "Kutnohorské listy s.r.o.",
            "address": "Palackého nám. 5, 284 01 Kutná Hora",
        },
        "attachments": [
            (
                "pdf",
                "formular_KHL.pdf",
                [
                    "<b>Žádost média</b> – Kutnohorské listy s.r.o., IČO " + I27,
                    "☒ přístup k výsledkům ve formátu XML<br/>☒ povolení natáčet ve sběrném místě",
                    {
                        "rows": [
                            ["Produkční IP", "Testovací IP"],
                            ["192.0.2.77", "192.0.2.78"],
                        ],
                        "widths": [150, 150],
                    },
                    "Kontakt: Ivana Fialová, 327 515 306, fialova@khlisty.example",
                ],
            )
        ],
    },
    {
        "id": "ah028-seznam-odt-dr-row-versions",
        "description": "base64 Seznam mail, ODT table with PROD/DR/TEST environments; notes "
        "carry software versions that look like addresses",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Valašský rozhled, s. r. o.",
            I28,
            None,
            ["203.0.113.170", "203.0.113.171"],
            ["203.0.113.175"],
            "Lubomír Janča",
            "janca@valasskyrozhled.example",
            "+420571611249",
        ),
        "from": "Lubomír Janča <janca@valasskyrozhled.example>",
        "subject": "Žádost o XML – Valašský rozhled",
        "headers": SEZNAM,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\nv příloze je naše žádost o přístup k výsledkům voleb v XML. "
            "DR = záložní lokalita.\n\nLubomír Janča\n571 611 249\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_VR.odt",
                [
                    f"Valašský rozhled, s. r. o., Horní nám. 2, 757 01 Valašské Meziříčí, "
                    f"IČO {I28}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    [
                        ["Adresa", "Prostředí", "Poznámka"],
                        ["203.0.113.170", "PROD", "nginx 1.24.0, TLS 1.3"],
                        ["203.0.113.171", "DR", "Zlín, sync 5.2.14"],
                        ["203.0.113.175", "TEST", "jen do 2. 10."],
                    ],
                    "Kontakt: Lubomír Janča, janca@valasskyrozhled.example, 571 611 249",
                ],
            )
        ],
    },
]
