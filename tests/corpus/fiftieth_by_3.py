"""Fiftieth held-out part ``by``, cases by029–by042: an inline forward whose forwarder takes
over as contact, a data message with the whole application in the annotation and a reviewer
note in the TXT, a DOCX with a merged heading and a nested address table, an empty mail with
CIDR blocks in a PDF, a base64 cover that fills the phone the ODT left as a note, a data
message with a workbook that has a totals row and IPv6, an Austrian Ja/Nein form, a cover that
adds a backup address, an RTF letter with IČO and box ID in the signature, a data message with
an ANO/NE ODT, a reply after a rejection, an attached .eml that carries its own DOCX, a data
message on a telecoms-office form with a TXT address list and an HTML checkbox form from a
photographer. Written by hand apart from the extraction rules (see make_fiftieth_by); labels
follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftieth_by_common import (
    APPLE,
    CENTRUM,
    FEED,
    FILM,
    GMAIL,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I29, I30, I31, I32, I33 = (
    ico("2709416"),
    ico("0518372"),
    ico("2664809"),
    ico("0849261"),
    ico("2931574"),
)
I34, I36, I37, I38, I39 = (
    ico("0273658"),
    ico("2580943"),
    ico("0634175"),
    ico("2798316"),
    ico("0402589"),
)
I40, I41 = ico("2617850"), ico("0957043")

CASES: list[dict[str, Any]] = [
    {
        "id": "by029-inline-forward-forwarder-is-contact",
        "description": "the editor forwards a colleague's application inline and says he will be "
        "the contact instead of her; the attached DOCX still names her",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Mediální dům Litoměřice s.r.o.",
            I29,
            None,
            ["198.18.30.12", "198.18.30.13"],
            ["198.18.30.14"],
            "Hynek Sýkora",
            "sykora@mdlitomerice.example",
            "+420602715338",
        ),
        "from": "Hynek Sýkora <sykora@mdlitomerice.example>",
        "subject": "Fwd: Žádost o přístup k výsledkům voleb",
        "headers": APPLE,
        "body": "Dobrý den,\n\nposílám dál žádost, kterou připravila kolegyně Kamila Vávrová. "
        "Kontaktní osobou ale budu já, Kamila od října u nás končí: Hynek Sýkora, "
        "sykora@mdlitomerice.example, 602 715 338.\n\nHynek Sýkora\nšéfredaktor\n\n"
        "Začátek přeposílané zprávy:\n\nOd: Kamila Vávrová <vavrova@mdlitomerice.example>\n"
        "Předmět: Žádost o přístup k výsledkům voleb\nKomu: Hynek Sýkora\n\n"
        "Hynku, tady je žádost pro ČSÚ, přílohu jsem podepsala:\nMediální dům Litoměřice "
        "s.r.o., IČO " + I29 + "\nprodukce 198.18.30.12, 198.18.30.13\ntest 198.18.30.14\n"
        "kontakt Kamila Vávrová, vavrova@mdlitomerice.example, 605 884 210\n",
        "attachments": [
            (
                "docx",
                "MDL_zadost.docx",
                {
                    "header": "Mediální dům Litoměřice s.r.o. · Mírové náměstí 20, Litoměřice",
                    "footer": "IČO " + I29,
                    "blocks": [
                        "Žádost o přístup k průběžným výsledkům voleb (XML)",
                        {
                            "rows": [
                                ["Produkční IP", "198.18.30.12, 198.18.30.13"],
                                ["Testovací IP", "198.18.30.14"],
                                ["Kontakt", "Kamila Vávrová, 605 884 210"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "by030-databox-annotation-whole-application-txt-note",
        "description": "data message: the annotation holds the whole application, the TXT cover "
        "letter carries a reviewer note about a third address not yet asked for",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Týdeník Orlicko s.r.o.",
            I30,
            "n3gzh6w",
            ["192.0.2.60", "192.0.2.61"],
            ["192.0.2.66"],
            "Pavla Doležalová",
            "dolezalova@orlicko.example",
            "+420603290514",
        ),
        "databox": box("n3gzh6w", "Týdeník Orlicko s.r.o.", "Tyršova 88, 562 01 Ústí nad Orlicí"),
        "subject": "Žádost o XML výsledky voleb: prod 192.0.2.60, 192.0.2.61, test 192.0.2.66; "
        "kontakt Pavla Doležalová, dolezalova@orlicko.example, 603 290 514",
        "attachments": [
            (
                "txt",
                "pruvodni_dopis.txt",
                "Týdeník Orlicko s.r.o., IČO " + I30 + "\n\nVážení,\nžádáme o přístup k "
                "výsledkům voleb, adresy a kontakt jsou v anotaci datové zprávy.\n"
                "[pozn.: třetí server 192.0.2.62 zatím ne, ověřit s IT]\n\nS pozdravem\n"
                "Jiří Málek, jednatel\n",
            )
        ],
    },
    {
        "id": "by031-docx-merged-heading-nested-addresses",
        "description": "a DOCX table with merged section headings and a nested production/test "
        "table inside one cell; both requests",
        "style": Style.TABLE,
        "labels": L(
            [FEED, FILM],
            "Liberecký magazín, z. ú.",
            I31,
            None,
            ["203.0.113.160", "203.0.113.161"],
            ["203.0.113.170"],
            "Barbora Kynclová",
            "kynclova@libereckymagazin.example",
            "+420728451093",
        ),
        "from": "Barbora Kynclová <kynclova@libereckymagazin.example>",
        "subject": "žádost - výsledky + natáčení",
        "headers": CENTRUM,
        "body": "Dobrý den, přikládám žádost. Barbora Kynclová\n",
        "attachments": [
            (
                "docx",
                "LM_zadost.docx",
                {
                    "header": "Liberecký magazín, z. ú.",
                    "footer": "Moskevská 14, 460 01 Liberec · IČO " + I31,
                    "blocks": [
                        {
                            "rows": [
                                ["Údaje o žadateli", ""],
                                ["Název", "Liberecký magazín, z. ú."],
                                ["IČO", I31],
                                ["Předmět žádosti", ""],
                                ["Výsledky (XML)", "ano"],
                                ["Natáčení", "ano – volební noc, pracoviště Liberec"],
                                ["Adresy", ""],
                                [
                                    "Kontakt",
                                    "Barbora Kynclová, 728 451 093, kynclova@libereckymagazin.example",
                                ],
                            ],
                            "merge": [(0, 0, 0, 1), (3, 0, 3, 1)],
                            "nested": {
                                (6, 1): {
                                    "rows": [
                                        ["Produkční", "Testovací"],
                                        ["203.0.113.160\n203.0.113.161", "203.0.113.170"],
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
        "id": "by032-empty-pdf-cidr-blocks",
        "description": "empty body; the PDF gives production as a /30 and test as a /32",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Regionální zprávy Tábor s.r.o.",
            I32,
            None,
            ["198.18.100.0", "198.18.100.1", "198.18.100.2", "198.18.100.3"],
            ["198.18.101.7"],
            "Vít Hronek",
            "hronek@zpravytabor.example",
            "+420381204657",
        ),
        "from": "Vít Hronek <hronek@zpravytabor.example>",
        "subject": "ČSÚ",
        "headers": SAMSUNG,
        "body": "",
        "attachments": [
            (
                "pdf",
                "RZT_zadost.pdf",
                [
                    "Regionální zprávy Tábor s.r.o., 9. května 611, 390 02 Tábor, IČO " + I32,
                    "Žádost o zpřístupnění průběžných výsledků voleb (XML)",
                    {
                        "rows": [
                            ["Síť produkce", "198.18.100.0/30"],
                            ["Test", "198.18.101.7/32"],
                            ["Kontakt", "Vít Hronek, hronek@zpravytabor.example, 381 204 657"],
                        ],
                        "widths": [110, 310],
                    },
                ],
            )
        ],
    },
    {
        "id": "by033-base64-cover-fills-phone-note",
        "description": "base64 cover gives the phone the ODT left as '[pozn.: doplnit telefon]'",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Karlovarský zpravodaj, spol. s r.o.",
            I33,
            None,
            ["203.0.113.180"],
            ["203.0.113.181"],
            "Lucie Valentová",
            "valentova@kvzpravodaj.example",
            "+420731506284",
        ),
        "from": "Lucie Valentová <valentova@kvzpravodaj.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": ROUNDCUBE,
        "cte": "base64",
        "body": "Dobrý den,\n\nv ODT zůstala poznámka místo telefonu, omlouvám se – můj "
        "telefon je 731 506 284.\n\nLucie Valentová\n",
        "attachments": [
            (
                "odt",
                "KVZ_zadost.odt",
                [
                    "Karlovarský zpravodaj, spol. s r.o., IČO " + I33,
                    "Žádáme o přístup k průběžným výsledkům voleb na dedikovaném serveru.",
                    [
                        ["Produkční IP", "203.0.113.180"],
                        ["Testovací IP", "203.0.113.181"],
                        ["Kontaktní osoba", "Lucie Valentová"],
                        ["E-mail", "valentova@kvzpravodaj.example"],
                        ["Telefon", "[pozn.: doplnit telefon]"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "by034-databox-workbook-totals-ipv6",
        "description": "data message; the workbook lists IPv6 and IPv4 production with a notes "
        "column and a totals row, the filming sheet names the crew and the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Vysílání Jih s.r.o.",
            I34,
            "e7rtw5b",
            ["2001:db8:77::a", "2001:db8:77::b", "198.51.100.120"],
            ["198.51.100.125"],
            "Eva Horáčková",
            "horackova@vysilanijih.example",
            "+420387602144",
        ),
        "databox": box("e7rtw5b", "Vysílání Jih s.r.o.", "Lannova 21, 370 01 České Budějovice"),
        "subject": "Žádost o přístup k XML + natáčení, podrobnosti v tabulce",
        "attachments": [
            (
                "xlsx",
                "VJ_zadost.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Typ", "Adresa", "Poznámka"],
                            ["produkční", "2001:db8:77::a", ""],
                            ["produkční", "2001:db8:77::b", ""],
                            ["produkční", "198.51.100.120", "IPv4 pro jistotu"],
                            ["testovací", "198.51.100.125", ""],
                            ["Celkem", "4 adresy", ""],
                        ],
                    },
                    {
                        "title": "Natáčení",
                        "rows": [
                            ["Žadatel", "Vysílání Jih s.r.o., IČO " + I34],
                            ["Místo", "krajské pracoviště České Budějovice"],
                            ["Štáb", "Ondřej Kolář (kamera), Hana Víchová (redaktorka)"],
                            ["Kontakt pro ČSÚ", "Eva Horáčková"],
                            ["E-mail", "horackova@vysilanijih.example"],
                            ["Telefon", "387 602 144"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "by035-austrian-german-form-ja-nein",
        "description": "an Austrian broadcaster's German DOCX form with [x] Ja / [ ] Nein for each "
        "request (filming Nein), a Firmenbuch number but no IČO, a Vienna landline",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Donauwelle Rundfunk GmbH",
            None,
            None,
            ["192.0.2.220", "192.0.2.221"],
            ["192.0.2.230"],
            "Stefan Huber",
            "huber@donauwelle.example",
            "+4315842290",
        ),
        "from": "Stefan Huber <huber@donauwelle.example>",
        "subject": "Antrag – Zugang zu Wahlergebnissen",
        "headers": OWA,
        "body": "Sehr geehrte Damen und Herren,\n\nanbei unser Antrag.\n\nMit freundlichen "
        "Grüßen\nMag. Stefan Huber\n",
        "attachments": [
            (
                "docx",
                "Antrag_CSU_Donauwelle.docx",
                {
                    "header": "Donauwelle Rundfunk GmbH · Praterstraße 31, 1020 Wien",
                    "footer": "FN 482913 k · Handelsgericht Wien",
                    "blocks": [
                        "Antrag an das Tschechische Statistikamt",
                        {
                            "rows": [
                                ["Antrag", "Ja", "Nein"],
                                ["Zugang zu den Ergebnissen (XML)", "[x]", "[ ]"],
                                ["Dreharbeiten an einer Arbeitsstelle", "[ ]", "[x]"],
                            ]
                        },
                        {
                            "rows": [
                                ["Produktions-IP", "192.0.2.220, 192.0.2.221"],
                                ["Test-IP", "192.0.2.230"],
                                ["Ansprechpartner", "Mag. Stefan Huber"],
                                ["Telefon", "+43 1 584 2290"],
                                ["E-Mail", "huber@donauwelle.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "by036-cover-adds-backup-address",
        "description": "the cover adds a backup production address the workbook forgot",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Echo Plzeň s.r.o.",
            I36,
            None,
            ["198.51.100.130", "198.51.100.131", "198.51.100.135"],
            ["198.51.100.139"],
            "Stanislav Říha",
            "riha@echoplzen.example",
            "+420603772045",
        ),
        "from": "Stanislav Říha <riha@echoplzen.example>",
        "subject": "Žádost o přístup – Echo Plzeň",
        "headers": GMAIL,
        "body": "Dobrý den,\n\nv příloze tabulka. K adresám v ní přidejte prosím ještě záložní "
        "198.51.100.135, do tabulky jsem ji zapomněl dopsat.\n\nDíky\nStanislav Říha\n"
        "603 772 045\n",
        "attachments": [
            (
                "xlsx",
                "EchoPlzen_IP.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Echo Plzeň s.r.o.", "IČO " + I36],
                            ["produkční", "198.51.100.130"],
                            ["produkční", "198.51.100.131"],
                            ["testovací", "198.51.100.139"],
                            ["kontakt", "Stanislav Říha, riha@echoplzen.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "by037-rtf-letter-signature-ico-box-five",
        "description": "RTF letter with five production addresses; the mail signature carries "
        "IČO and data-box ID; a technician named beside the contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Brněnská televizní společnost, a.s.",
            I37,
            "u2kha7m",
            ["203.0.113.240", "203.0.113.241", "203.0.113.242", "203.0.113.243", "203.0.113.244"],
            ["203.0.113.250"],
            "Renata Horská",
            "horska@btvs.example",
            "+420608210733",
        ),
        "from": "Renata Horská <horska@btvs.example>",
        "subject": "Žádost BTS – výsledky voleb a natáčení",
        "headers": TBIRD,
        "body": "Dobrý den,\n\nv příloze zasíláme žádost.\n\n-- \nMgr. Renata Horská\nPR a "
        "komunikace\nBrněnská televizní společnost, a.s.\nIČO: " + I37 + " | ID DS: u2kha7m\n"
        "+420 608 210 733\n",
        "attachments": [
            (
                "rtf",
                "BTS_zadost.rtf",
                [
                    "BRNĚNSKÁ TELEVIZNÍ SPOLEČNOST, a.s.\nHybešova 40, 602 00 Brno",
                    "Žádáme o přístup k průběžným výsledkům voleb (XML) a o povolení natáčet v "
                    "sídle Krajské správy ČSÚ v Brně.",
                    [
                        ["Produkční IP", "203.0.113.240 až 203.0.113.244"],
                        ["Testovací IP", "203.0.113.250"],
                    ],
                    "Kontaktní osoba: Mgr. Renata Horská, horska@btvs.example, 608 210 733. "
                    "Technické dotazy zodpoví také Tomáš Veselý (vesely@btvs.example).",
                    "Ing. Petr Kalina, generální ředitel",
                ],
            )
        ],
    },
    {
        "id": "by038-databox-odt-ano-ne-both",
        "description": "data message 'Žádost dle přílohy'; the ODT answers ANO/NE per request "
        "(XML and filming ANO, photography NE)",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Obzor Valašsko, z. s.",
            I38,
            "s5ladx9",
            ["198.18.120.8"],
            ["198.18.120.9"],
            "Božena Kubíčková",
            "kubickova@obzorvalassko.example",
            "+420571415820",
        ),
        "databox": box("s5ladx9", "Obzor Valašsko, z. s.", "Palackého 3, 757 01 Valašské Meziříčí"),
        "subject": "Žádost dle přílohy",
        "attachments": [
            (
                "odt",
                "OV_zadost.odt",
                [
                    "Obzor Valašsko, z. s., IČO " + I38,
                    [
                        ["Přístup k výsledkům v XML", "ANO"],
                        ["Natáčení na pracovišti ČSÚ", "ANO"],
                        ["Fotografování", "NE"],
                    ],
                    [["Produkční IP", "198.18.120.8"], ["Testovací IP", "198.18.120.9"]],
                    "Kontakt: Božena Kubíčková, kubickova@obzorvalassko.example, 571 415 820",
                ],
            )
        ],
    },
    {
        "id": "by039-reply-after-rejection-new-pdf",
        "description": "reply to the office's rejection (private address) with a new PDF; the "
        "quoted history holds the rejected address and the office's signature",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Olomoucký týdeník s.r.o.",
            I39,
            None,
            ["203.0.113.80", "203.0.113.81"],
            ["203.0.113.82"],
            "Aneta Vlčková",
            "vlckova@olomouckytydenik.example",
            "+420585611207",
        ),
        "from": "Aneta Vlčková <vlckova@olomouckytydenik.example>",
        "subject": "RE: Žádost o přístup k výsledkům – nelze zpracovat",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nomlouváme se, posíláme nový formulář s veřejnými adresami.\n\n"
        "Aneta Vlčková\n\n-----Original Message-----\nFrom: podatelna@czso.cz\n"
        "Subject: Žádost o přístup k výsledkům – nelze zpracovat\n\n"
        "Vaši žádost nelze zpracovat, adresa 192.168.1.15 je neveřejná. Pošlete prosím "
        "veřejné IP adresy.\nČeský statistický úřad, tel. +420 274 052 733\n",
        "attachments": [
            (
                "pdf",
                "OT_zadost_nova.pdf",
                [
                    "Olomoucký týdeník s.r.o. · Třída Svobody 14, Olomouc · IČO " + I39,
                    "Žádost o přístup k průběžným výsledkům voleb (XML) – nová verze",
                    {
                        "rows": [
                            ["Produkční IP", "203.0.113.80, 203.0.113.81"],
                            ["Testovací IP", "203.0.113.82"],
                            [
                                "Kontakt",
                                "Aneta Vlčková, vlckova@olomouckytydenik.example, 585 611 207",
                            ],
                        ],
                        "widths": [110, 310],
                    },
                ],
            )
        ],
    },
    {
        "id": "by040-attached-eml-carries-docx",
        "description": "an assistant forwards an attached .eml that itself carries the DOCX "
        "form (both ticked); the contact is in the inner document",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Jihočeské vydavatelství Lipno s.r.o.",
            I40,
            None,
            ["192.0.2.110"],
            ["192.0.2.111"],
            "Věra Zemanová",
            "zemanova@jvlipno.example",
            "+420380712449",
        ),
        "from": "Radim Chalupa <chalupa@jvlipno.example>",
        "subject": "FW: žádost o přístup a natáčení",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\n\npřeposílám žádost našeho vydavatelství, původně odešla na "
        "starou adresu.\n\nRadim Chalupa\nasistent vedení\n",
        "attachments": [
            (
                "eml",
                "zadost o pristup a nataceni.eml",
                {
                    "id": "by040-inner",
                    "from": "Věra Zemanová <zemanova@jvlipno.example>",
                    "to": "volby@czso-old.example",
                    "subject": "žádost o přístup a natáčení",
                    "body": "Dobrý den, v příloze žádost. V. Zemanová\n",
                    "attachments": [
                        (
                            "docx",
                            "JVL_zadost.docx",
                            {
                                "header": "Jihočeské vydavatelství Lipno s.r.o. · IČO " + I40,
                                "blocks": [
                                    "☒ přístup k výsledkům (XML)",
                                    "☒ natáčení na pracovišti ČSÚ",
                                    {
                                        "rows": [
                                            ["Produkční IP", "192.0.2.110"],
                                            ["Testovací IP", "192.0.2.111"],
                                            ["Kontaktní osoba", "Věra Zemanová"],
                                            ["Telefon", "380 712 449"],
                                            ["E-mail", "zemanova@jvlipno.example"],
                                        ]
                                    },
                                ],
                            },
                        )
                    ],
                },
            )
        ],
    },
    {
        "id": "by041-databox-telecom-form-adapted-txt-addresses",
        "description": "data message with two files: the telecoms office's form rewritten for ČSÚ "
        "with its 'vyplňte' hints left in, and a TXT with the address list",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Krušnohoří s.r.o.",
            I41,
            "v8dpe3k",
            ["192.0.2.170", "192.0.2.171"],
            ["192.0.2.175"],
            "Jaroslav Pícha",
            "picha@radiokrusnohori.example",
            "+420474330582",
        ),
        "databox": box("v8dpe3k", "Rádio Krušnohoří s.r.o.", "Husova 7, 430 01 Chomutov"),
        "subject": "Žádost o přístup k výsledkům voleb (formulář ČTÚ upravený, adresy v txt)",
        "attachments": [
            (
                "docx",
                "formular_CTU_upraveno.docx",
                {
                    "header": "Český telekomunikační úřad – Žádost  ⟶  upraveno pro ČSÚ",
                    "footer": "Formulář ČTÚ 12/2019 (upraveno)",
                    "blocks": [
                        {
                            "rows": [
                                ["Žadatel (vyplňte)", "Rádio Krušnohoří s.r.o."],
                                ["IČO (vyplňte)", I41],
                                ["Číslo přídělu rádiových kmitočtů", "nevyplňuje se"],
                                ["Předmět žádosti", "přístup k průběžným výsledkům voleb (XML)"],
                                ["IP adresy", "viz příloha ip_adresy.txt"],
                                ["Kontaktní osoba (vyplňte)", "Jaroslav Pícha"],
                                ["Telefon", "474 330 582"],
                                ["E-mail", "picha@radiokrusnohori.example"],
                            ]
                        }
                    ],
                },
            ),
            (
                "txt",
                "ip_adresy.txt",
                "produkce:\n192.0.2.170\n192.0.2.171\n\ntest:\n192.0.2.175\n",
            ),
        ],
    },
    {
        "id": "by042-html-checkboxes-photographer-no-ico",
        "description": "HTML-only ☐/☑ form from a freelance photographer without IČO asking only "
        "to photograph; 'fotografka na volné noze' after a dash is no trade name",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Klára Šebková",
            None,
            None,
            [],
            [],
            "Klára Šebková",
            "klara.sebkova@foto.example",
            "+420776309128",
        ),
        "from": "Klára Šebková <klara.sebkova@foto.example>",
        "subject": "žádost o povolení fotografovat",
        "headers": ROUNDCUBE,
        "html": "<html><body><p>Dobrý den,</p><p>žádám o:</p>"
        "<p>☐ přístup k výsledkům voleb (XML)<br>☑ povolení fotografovat na pracovišti ČSÚ "
        "(volební noc, Praha)</p>"
        "<p>Klára Šebková – fotografka na volné noze<br>tel. 776 309 128<br>"
        "klara.sebkova@foto.example</p></body></html>",
        "attachments": [
            (
                "pdf",
                "portfolio_odkazy.pdf",
                [
                    "Klára Šebková – portfolio",
                    "Publikováno mimo jiné v regionálních týdenících a na zpravodajských webech.",
                ],
            )
        ],
    },
]
