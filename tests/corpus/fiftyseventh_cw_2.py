"""Fifty-seventh held-out part ``cw``, cases cw015–cw028: an empty mail with an ODT ANO/NE
column form, a Slovak DOCX form, a reply to the office with a two-sheet workbook, a data
message split between annotation and file, an iso-8859-2 cover with a TXT address range, a PDF
with ANO/NE columns and five addresses, a DOCX with merged and nested cells, a forwarded .eml
with a filming request from a photographer without an IČO, a data message with its box ID in
the DOCX signature, an HTML-only form, a cover withdrawing the PDF's filming request, a
three-sheet workbook, a bare data message with an ODT and a base64 body with an IPv6 test
address. Written by hand apart from the extraction rules (see make_fiftyseventh_cw); labels
follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyseventh_cw_common import (
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    IPHONE,
    MAC_OUTLOOK,
    OUTLOOK,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

J1, J2, J3, J4, J5 = ico("2759041"), ico("5083126"), ico("0632519"), ico("2904385"), ico("0471862")
J6, J8, J9, J10 = ico("2687134"), ico("0318496"), ico("2852607"), ico("0795341")
J11, J12, J13 = ico("2639708"), ico("0547183"), ico("2780415")

CASES: list[dict[str, Any]] = [
    {
        "id": "cw015-empty-odt-ano-ne-columns",
        "description": "empty mail; the ODT form has ANO and NE columns with an X in one of them "
        "per row (both requests ANO), the contact written surname first",
        "style": Style.EMPTY,
        "labels": L(
            [FEED, FILM],
            "Liberecký kraj dnes, s.r.o.",
            J1,
            None,
            ["198.51.100.225", "198.51.100.226"],
            ["198.51.100.230"],
            "Kamila Drbohlavová",
            "drbohlavova@lkdnes.example",
            "+420739110624",
        ),
        "from": "drbohlavova@lkdnes.example",
        "subject": "",
        "headers": CENTRUM,
        "body": "",
        "attachments": [
            (
                "odt",
                "zadost_LKD.odt",
                [
                    "Liberecký kraj dnes, s.r.o., Moskevská 14, 460 01 Liberec, IČO " + J1,
                    "Žádost média k volbám",
                    [
                        ["Požadavek", "ANO", "NE"],
                        ["přístup k výsledkům (XML, dedikovaný server)", "X", ""],
                        ["natáčení / focení na pracovišti ČSÚ", "X", ""],
                    ],
                    [
                        ["IP adresa", "produkční", "testovací"],
                        ["198.51.100.225", "X", ""],
                        ["198.51.100.226", "X", ""],
                        ["198.51.100.230", "", "X"],
                    ],
                    "Kontaktní osoba: DRBOHLAVOVÁ Kamila, 739 110 624, drbohlavova@lkdnes.example",
                ],
            )
        ],
    },
    {
        "id": "cw016-slovak-docx-form-checkboxes",
        "description": "a Slovak publisher's DOCX form with ☒/☐ (feed ticked, filming not), "
        "Slovak phone and a row-header table",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Záhorské noviny, s. r. o.",
            J2,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.160"],
            "Miroslava Kučerová",
            "kucerova@zahorskenoviny.example",
            "+421905318442",
        ),
        "from": "Miroslava Kučerová <kucerova@zahorskenoviny.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý deň,\n\nv prílohe posielam vyplnenú žiadosť o prístup k výsledkom "
        "českých parlamentných volieb. Budeme ich spracúvať pre našich čitateľov na "
        "Záhorí.\n\nS pozdravom\nMiroslava Kučerová\n",
        "attachments": [
            (
                "docx",
                "ziadost_ZN.docx",
                {
                    "header": "Záhorské noviny, s. r. o. | Námestie slobody 4, 901 01 Malacky",
                    "footer": "IČO: " + J2 + " | zapísaná v OR Okresného súdu Bratislava I",
                    "blocks": [
                        "Žiadosť média o spracovanie výsledkov volieb",
                        "☒ prístup k priebežným výsledkom vo formáte XML",
                        "☐ povolenie nakrúcať na pracovisku ČSÚ",
                        {
                            "rows": [
                                ["Produkčné IP", "192.0.2.150\n192.0.2.151"],
                                ["Testovacia IP", "192.0.2.160"],
                                ["Kontaktná osoba", "Mgr. Miroslava Kučerová"],
                                ["Telefón", "+421 905 318 442"],
                                ["E-mail", "kucerova@zahorskenoviny.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "cw017-reply-office-quote-two-sheet-workbook",
        "description": "a reply to the office's request for missing data; the quoted office "
        "signature carries the office's own IČO and phone; the workbook splits production "
        "and test onto two sheets",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Chebský posel s.r.o.",
            J3,
            None,
            ["203.0.113.5", "203.0.113.6", "203.0.113.7"],
            ["203.0.113.15", "203.0.113.16"],
            "Stanislav Rejlek",
            "rejlek@chebskyposel.example",
            "+420604927315",
        ),
        "from": "Stanislav Rejlek <rejlek@chebskyposel.example>",
        "subject": "RE: Doplnění žádosti – IP adresy",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\ndoplňuji dle vaší výzvy: IP adresy jsou v přiložené tabulce "
        "(list Produkce a list Test). Kontakt zůstává na mně, mobil 604 927 315.\n\n"
        "Stanislav Rejlek\nChebský posel s.r.o., IČO " + J3 + "\n\n"
        "-----Original Message-----\nFrom: podatelna@czso.cz\nSent: Monday, September 8, 2025 "
        "10:12 AM\nSubject: Doplnění žádosti – IP adresy\n\n"
        "Vážený pane Rejlku,\nve Vaší žádosti chybí IP adresy. Prosíme o jejich doplnění.\n\n"
        "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10\nIČO 00025593\n"
        "tel. +420 274 052 733\n",
        "attachments": [
            (
                "xlsx",
                "CP_IP_adresy.xlsx",
                [
                    {
                        "title": "Produkce",
                        "rows": [
                            ["IP adresa", "Poznámka"],
                            ["203.0.113.5", "web"],
                            ["203.0.113.6", "web"],
                            ["203.0.113.7", "aplikace"],
                        ],
                    },
                    {
                        "title": "Test",
                        "rows": [
                            ["IP adresa", "Poznámka"],
                            ["203.0.113.15", "stage"],
                            ["203.0.113.16", "notebook redakce"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cw018-databox-split-annotation-and-docx",
        "description": "data message split: the annotation names both requests and the addresses, "
        "the DOCX only the contact and the filming details",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Pardubická televize, s.r.o.",
            None,
            "w8pt6bn",
            ["198.18.20.1", "198.18.20.2"],
            ["198.18.20.9"],
            "Eva Kunertová",
            "kunertova@pardubickatv.example",
            "+420466052371",
        ),
        "databox": box(
            "w8pt6bn", "Pardubická televize, s.r.o.", "Palackého 2700, 530 02 Pardubice"
        ),
        "subject": "Žádost o přístup k XML výsledkům (produkce 198.18.20.1, 198.18.20.2; test "
        "198.18.20.9) a o povolení natáčení - podrobnosti v příloze",
        "attachments": [
            (
                "docx",
                "natáčení_kontakt.docx",
                {
                    "blocks": [
                        "Pardubická televize, s.r.o.",
                        "K žádosti uvedené v anotaci doplňujeme:",
                        "Natáčení: krajské pracoviště ČSÚ Pardubice, sobota 4. 10. od 14:00, "
                        "kameraman Tomáš Holub, redaktor Vít Šplíchal.",
                        "Kontaktní osoba pro obě žádosti: Eva Kunertová, vedoucí zpravodajství, "
                        "tel. 466 052 371, mobil 725 331 908, kunertova@pardubickatv.example",
                        "Ing. Miloslav Dušek, jednatel",
                    ]
                },
            )
        ],
    },
    {
        "id": "cw019-iso88592-cover-txt-range",
        "description": "an iso-8859-2 cover; the TXT attachment writes the production addresses "
        "as a dash range (four addresses) and the test address after a typo fix",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Tachovský expres, z.ú.",
            J5,
            None,
            ["198.51.100.8", "198.51.100.9", "198.51.100.10", "198.51.100.11"],
            ["198.51.100.20"],
            "Libor Fencl",
            "fencl@tachovskyexpres.example",
            "+420774203658",
        ),
        "from": "Libor Fencl <fencl@tachovskyexpres.example>",
        "subject": "Zadost o pristup k vysledkum voleb",
        "headers": EVOLUTION,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": "Dobrý den,\n\nžádáme o přístup k průběžným výsledkům voleb. Technické údaje "
        "posílám v textovém souboru.\n\nLibor Fencl\nTachovský expres, z.ú.\nIČO " + J5 + "\n",
        "attachments": [
            (
                "txt",
                "udaje.txt",
                "Tachovsky expres - technicke udaje\n"
                "==================================\n"
                "produkce: 198.51.100.8 - 198.51.100.11\n"
                "test:     198.51.100.02  (preklep, spravne 198.51.100.20)\n"
                "kontakt:  Libor Fencl, 774 203 658, fencl@tachovskyexpres.example\n",
            )
        ],
    },
    {
        "id": "cw020-pdf-ano-ne-columns-five-prod",
        "description": "a PDF form with ANO/NE columns (feed ANO, filming NE), five production "
        "addresses in a table with row numbers and no test address",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Rádio Orlice s.r.o.",
            J6,
            None,
            ["203.0.113.101", "203.0.113.102", "203.0.113.103", "203.0.113.104", "203.0.113.105"],
            [],
            "Jaroslav Bednařík",
            "bednarik@radioorlice.example",
            "+420494332108",
        ),
        "from": "Jaroslav Bednařík <bednarik@radioorlice.example>",
        "subject": "Formulář - přístup k výsledkům",
        "headers": ZIMBRA,
        "body": "Dobrý den, vyplněný formulář přikládám. Bednařík\n",
        "attachments": [
            (
                "pdf",
                "formular_RO.pdf",
                [
                    "FORMULÁŘ ŽÁDOSTI MÉDIA – Rádio Orlice s.r.o., IČO " + J6,
                    {
                        "rows": [
                            ["Žádám o", "ANO", "NE"],
                            ["zpřístupnění výsledků voleb (XML)", "✔", ""],
                            ["povolení pořizovat záznam na pracovišti", "", "✔"],
                        ],
                        "widths": [260, 60, 60],
                    },
                    {
                        "rows": [
                            ["#", "Produkční IP adresa"],
                            ["1", "203.0.113.101"],
                            ["2", "203.0.113.102"],
                            ["3", "203.0.113.103"],
                            ["4", "203.0.113.104"],
                            ["5", "203.0.113.105"],
                        ],
                        "widths": [40, 200],
                    },
                    "Testovací IP adresa: nepožadujeme",
                    "Kontakt: Jaroslav Bednařík, technik, 494 332 108, "
                    "bednarik@radioorlice.example",
                ],
            )
        ],
    },
    {
        "id": "cw021-docx-merged-nested-contact",
        "description": "a DOCX whose table merges the role cell over two addresses and nests the "
        "contact in a sub-table; a second person (the editor-in-chief) signs",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Brněnský metropolitní týdeník s.r.o.",
            J8,
            None,
            ["192.0.2.201", "192.0.2.202"],
            ["192.0.2.210"],
            "Zdeněk Oujezdský",
            "oujezdsky@bmtydenik.example",
            "+420733208561",
        ),
        "from": "Redakce BMT <redakce@bmtydenik.example>",
        "subject": "Žádost o zpřístupnění výsledků",
        "headers": TBIRD,
        "body": "Dobrý den,\n\nv příloze žádost naší redakce.\n\nredakce BMT\n",
        "attachments": [
            (
                "docx",
                "BMT_zadost.docx",
                {
                    "header": "Brněnský metropolitní týdeník s.r.o., Kounicova 41, 602 00 Brno",
                    "footer": "IČO " + J8,
                    "blocks": [
                        "Žádost o zpřístupnění průběžných výsledků voleb (XML)",
                        {
                            "rows": [
                                ["Role", "IP adresa"],
                                ["produkční", "192.0.2.201"],
                                ["", "192.0.2.202"],
                                ["testovací", "192.0.2.210"],
                                ["Kontaktní osoba", ""],
                            ],
                            "merge": [(1, 0, 2, 0)],
                            "nested": {
                                (4, 1): {
                                    "rows": [
                                        ["Jméno", "Zdeněk Oujezdský"],
                                        ["Tel.", "733 208 561"],
                                        ["E-mail", "oujezdsky@bmtydenik.example"],
                                    ]
                                }
                            },
                        },
                        "PhDr. Blanka Švandová, šéfredaktorka",
                    ],
                },
            )
        ],
    },
    {
        "id": "cw022-forward-eml-photographer-film-only",
        "description": "an editor forwards a freelance photographer's request as an attached "
        "eml: filming only, no IČO, the photographer is the applicant and the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FILM],
            "Magdalena Vrbová",
            None,
            None,
            [],
            [],
            "Magdalena Vrbová",
            "vrbova.foto@posta.example",
            "+420776301945",
        ),
        "from": "Ota Zelenka <zelenka@kulturniobzor.example>",
        "subject": "Fw: povolení focení na volební noc",
        "headers": IPHONE,
        "body": "Dobrý den, přeposílám žádost paní Vrbové, fotí pro nás na volnou nohu, ale "
        "žádá sama za sebe. Zelenka\n",
        "attachments": [
            (
                "eml",
                "povoleni foceni.eml",
                {
                    "id": "cw022-inner",
                    "from": "Magdalena Vrbová <vrbova.foto@posta.example>",
                    "to": "zelenka@kulturniobzor.example",
                    "subject": "povolení focení na volební noc",
                    "body": "Dobrý den, pane Zelenko,\n\nmohl byste prosím předat ČSÚ moji "
                    "žádost? Chtěla bych fotografovat na ústředním pracovišti ČSÚ v Praze "
                    "během sčítání hlasů (volební noc 3.–4. 10.). Jsem fotografka na volné "
                    "noze, žádám sama za sebe, ne za redakci.\nXML výsledky nepotřebuji.\n\n"
                    "Magdalena Vrbová\ntel. 776 301 945\n",
                },
            )
        ],
    },
    {
        "id": "cw023-databox-docx-signature-box",
        "description": "data message with a DOCX letter whose signature block gives the IČO and "
        "the same box ID as the envelope; the contact is a named colleague, not the signer",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Plzeňský obzor a.s.",
            J9,
            "h4pl7oz",
            ["198.51.100.112", "198.51.100.113"],
            ["198.51.100.119"],
            "Vendula Krásná",
            "krasna@plzenskyobzor.example",
            "+420377520614",
        ),
        "databox": box("h4pl7oz", "Plzeňský obzor a.s.", "Americká 63, 301 00 Plzeň"),
        "subject": "Žádost o zpřístupnění výsledků voleb",
        "attachments": [
            (
                "docx",
                "PO_zadost_volby.docx",
                {
                    "header": "Plzeňský obzor a.s.",
                    "footer": "Americká 63, 301 00 Plzeň",
                    "blocks": [
                        "Vážení,",
                        "žádáme o přístup k průběžným výsledkům voleb na dedikovaném serveru. "
                        "Produkční adresy: 198.51.100.112 a 198.51.100.113; testovací "
                        "adresa: 198.51.100.119.",
                        "Kontaktní osobou je Vendula Krásná, tel. 377 520 614, "
                        "krasna@plzenskyobzor.example.",
                        "S pozdravem",
                        "Ing. Karel Mrázek\npředseda představenstva\nPlzeňský obzor a.s.\n"
                        "IČO: " + J9 + "\nID datové schránky: h4pl7oz",
                    ],
                },
            )
        ],
    },
    {
        "id": "cw024-html-only-form-table",
        "description": "an HTML-only mail with a form table whose ANO/NE cells are filled (both "
        "ANO), addresses in role rows and the contact in a separate row",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Karlovarský deník Plus s.r.o.",
            J10,
            None,
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.149"],
            "Robert Hajn",
            "hajn@kvdenikplus.example",
            "+420608552317",
        ),
        "from": "Robert Hajn <hajn@kvdenikplus.example>",
        "subject": "Žádost média – volby",
        "headers": SEZNAM,
        "cte": "8bit",
        "html": "<html><body><p>Dobrý den, posílám žádost:</p>"
        "<table border=1><tr><th>Žadatel</th><td colspan=2>Karlovarský deník Plus s.r.o., "
        "IČO " + J10 + "</td></tr>"
        "<tr><th>Přístup k XML</th><td>ANO</td><td></td></tr>"
        "<tr><th>Natáčení na pracovišti</th><td>ANO</td><td></td></tr>"
        "<tr><th>Produkční IP</th><td>203.0.113.140</td><td>203.0.113.141</td></tr>"
        "<tr><th>Testovací IP</th><td>203.0.113.149</td><td></td></tr>"
        "<tr><th>Kontakt</th><td>Robert Hajn</td><td>608 552 317, hajn@kvdenikplus.example"
        "</td></tr></table><p>Děkuji, R. Hajn</p></body></html>",
        "attachments": [
            (
                "pdf",
                "logo_a_podpis.pdf",
                [
                    "Karlovarský deník Plus s.r.o.",
                    "Za společnost: Robert Hajn, zástupce šéfredaktora",
                ],
            )
        ],
    },
    {
        "id": "cw025-cover-withdraws-pdf-filming",
        "description": "the PDF asks for both, the cover mail withdraws the filming request "
        "(the crew is not available): feed only",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Středočeský rozhled, s.r.o.",
            J11,
            None,
            ["198.18.60.4"],
            ["198.18.60.5"],
            "Gabriela Šustrová",
            "sustrova@scrozhled.example",
            "+420721904336",
        ),
        "from": "Gabriela Šustrová <sustrova@scrozhled.example>",
        "subject": "žádost volby - POZOR změna",
        "headers": SAMSUNG,
        "body": "Dobrý den,\n\nposílám žádost v PDF, která byla podepsána už minulý týden. "
        "Mezitím se ukázalo, že štáb nebudeme mít, takže žádost o natáčení na "
        "pracovišti prosím berte jako zpětvzatou. Přístup k výsledkům platí.\n\n"
        "Gabriela Šustrová\n",
        "attachments": [
            (
                "pdf",
                "SR_zadost.pdf",
                [
                    "Středočeský rozhled, s.r.o., Palackého 17, 272 01 Kladno, IČO " + J11,
                    "Žádáme o přístup k výsledkům voleb na dedikovaném serveru a o povolení "
                    "natáčet na krajském pracovišti ČSÚ.",
                    "Produkční IP: 198.18.60.4\nTestovací IP: 198.18.60.5",
                    "Kontakt: Gabriela Šustrová, 721 904 336, sustrova@scrozhled.example",
                ],
            )
        ],
    },
    {
        "id": "cw026-xlsx-three-sheets-contacts-roles",
        "description": "a three-sheet workbook (applicant, addresses, contacts) with merged "
        "headings; the contacts sheet lists three people and marks one for the application",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Hradecký zpravodajský server s.r.o.",
            J12,
            None,
            ["192.0.2.100", "192.0.2.101", "2001:db8:4a::100"],
            ["192.0.2.110"],
            "Šárka Lédlová",
            "ledlova@hzserver.example",
            "+420728340519",
        ),
        "from": "Šárka Lédlová <ledlova@hzserver.example>",
        "subject": "volby - podklady k přístupu",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nvšechny údaje jsou v sešitu, tři listy.\n\nŠ. Lédlová\n",
        "attachments": [
            (
                "xlsx",
                "HZS_volby.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Údaje o žadateli", ""],
                            ["Název", "Hradecký zpravodajský server s.r.o."],
                            ["IČO", J12],
                            ["Žádost", "přístup k výsledkům voleb (XML)"],
                        ],
                        "merge": ["A1:B1"],
                    },
                    {
                        "title": "Adresy",
                        "rows": [
                            ["IP adresy", "", ""],
                            ["Adresa", "Prostředí", "Stav"],
                            ["192.0.2.100", "produkce", "aktivní"],
                            ["192.0.2.101", "produkce", "aktivní"],
                            ["2001:db8:4a::100", "produkce", "aktivní"],
                            ["192.0.2.110", "test", "aktivní"],
                        ],
                        "merge": ["A1:C1"],
                    },
                    {
                        "title": "Kontakty",
                        "rows": [
                            ["Jméno", "Funkce", "Telefon", "E-mail", "Kontakt pro žádost"],
                            [
                                "Lédlová Šárka",
                                "IT",
                                "728 340 519",
                                "ledlova@hzserver.example",
                                "ano",
                            ],
                            [
                                "Novotný Aleš",
                                "šéfredaktor",
                                "603 118 472",
                                "novotny@hzserver.example",
                                "ne",
                            ],
                            [
                                "Pokorná Ivana",
                                "jednatelka",
                                "602 900 311",
                                "pokorna@hzserver.example",
                                "ne",
                            ],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cw027-databox-bare-annotation-odt",
        "description": "data message with a one-word annotation; the ODT carries the whole "
        "application, its contact table written surname first",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Opavské listy, spol. s r.o.",
            J13,
            "q2ol5va",
            ["203.0.113.211", "203.0.113.212"],
            ["203.0.113.219"],
            "Daniel Pustějovský",
            "pustejovsky@opavskelisty.example",
            "+420553612047",
        ),
        "databox": box("q2ol5va", "Opavské listy, spol. s r.o.", "Ostrožná 22, 746 01 Opava"),
        "subject": "Žádost",
        "attachments": [
            (
                "odt",
                "zadost.odt",
                [
                    "Opavské listy, spol. s r.o., IČO " + J13,
                    "Žádáme o přístup k průběžným výsledkům voleb (XML) a o povolení "
                    "natáčet na pracovišti ČSÚ v Opavě.",
                    [
                        ["Produkce", "203.0.113.211, 203.0.113.212"],
                        ["Test", "203.0.113.219"],
                        ["Kontakt", "Pustějovský Daniel"],
                        ["Telefon", "553 612 047"],
                        ["E-mail", "pustejovsky@opavskelisty.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "cw028-base64-body-docx-ipv6-test",
        "description": "a base64-encoded cover; the DOCX gives IPv4 production and an IPv6 test "
        "address written uncompressed",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Jihlavská Drbna Média s.r.o.",
            ico("2719354"),
            None,
            ["198.51.100.240", "198.51.100.241"],
            ["2001:db8:71::f0"],
            "Matěj Zikmund",
            "zikmund@jihlavskadrbna.example",
            "+420736014825",
        ),
        "from": "Matěj Zikmund <zikmund@jihlavskadrbna.example>",
        "subject": "Žádost o přístup k XML",
        "headers": ZIMBRA,
        "cte": "base64",
        "body": "Dobrý den,\n\nžádost přikládám v DOCX.\n\nMatěj Zikmund\n",
        "attachments": [
            (
                "docx",
                "zadost_JDM.docx",
                {
                    "blocks": [
                        "Jihlavská Drbna Média s.r.o., IČO " + ico("2719354"),
                        "Žádáme o přístup k výsledkům voleb ve formátu XML.",
                        {
                            "rows": [
                                ["produkční", "198.51.100.240"],
                                ["produkční", "198.51.100.241"],
                                ["testovací", "2001:0db8:0071:0000:0000:0000:0000:00f0"],
                            ]
                        },
                        "Kontakt: Matěj Zikmund, 736 014 825, zikmund@jihlavskadrbna.example",
                    ]
                },
            )
        ],
    },
]
