"""Sixtieth held-out part ``di``, cases di001–di014: a DOCX form filled in content controls, a
data message "Žádost – viz příloha" whose letter and form disagree, a scanned letter under a
garbled OCR layer, a workbook with sheets "2022" and "2023", an AcroForm PDF, a forwarded .eml
carrying the PDF, a cover that drops an address, an ODS with a merged role cell, a parent
company's box sending for its subsidiary, a DOCX with an unaccepted tracked change, a signed
mail with a DIČ-only footer, a freelancer's box, an English Yes/No form.
Written by hand apart from the extraction rules (see make_sixtieth_di); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixtieth_di_common import (
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    OWA,
    TBIRD,
    L,
    Style,
    box,
    c,
    ico,
)

D1, D2, D3, D4, D5 = ico("2716403"), ico("0548126"), ico("2893517"), ico("2631840"), ico("0725368")
D6, D7, D8, D9, D10 = ico("2908154"), ico("2657219"), ico("0471836"), ico("2849703"), ico("2770615")
D11, D12, D13 = ico("0563948"), ico("2925170"), ico("2684059")

CASES: list[dict[str, Any]] = [
    c(
        "di001-docx-content-controls-form",
        "DOCX form whose values sit in content controls (w:sdt) in the table's second column, "
        "the boxes are Word checkbox controls (☒ feed, ☐ filming), the test field still shows "
        "its placeholder; the cover says they will test from production",
        Style.FORM,
        L(
            [FEED],
            "Pošumavský deník s.r.o.",
            D1,
            None,
            ["198.51.100.21", "198.51.100.22"],
            [],
            "Radek Šimáček",
            "simacek@posumavskydenik.example",
            "+420731250486",
        ),
        sender="Radek Šimáček <simacek@posumavskydenik.example>",
        subject="Žádost o přístup k výsledkům – Pošumavský deník",
        headers=OUTLOOK,
        body="Dobrý den,\n\nv příloze posílám vyplněný formulář. Testovací adresu zatím nemáme, "
        "budeme testovat z produkčních.\n\nS pozdravem\nRadek Šimáček\nIT, Pošumavský deník\n",
        attachments=[
            (
                "di-docx",
                "formular_zadost_PD.docx",
                {
                    "author": "Radek Šimáček",
                    "header": "Pošumavský deník s.r.o. · náměstí Míru 41, 339 01 Klatovy",
                    "footer": "IČO " + D1 + " · zapsáno v OR u KS v Plzni, oddíl C, vložka 41207",
                    "blocks": [
                        "ŽÁDOST O ZPŘÍSTUPNĚNÍ PRŮBĚŽNÝCH VÝSLEDKŮ VOLEB",
                        "Vyplňte šedá pole, políčka zaškrtněte kliknutím.",
                        {
                            "runs": [
                                ("box", "Přístup XML", True),
                                " přístup k XML výsledkům na dedikovaném serveru",
                            ]
                        },
                        {
                            "runs": [
                                ("box", "Natáčení", False),
                                " povolení k pořizování obrazových a zvukových záznamů",
                            ]
                        },
                        {
                            "rows": [
                                [
                                    "Žadatel (název)",
                                    [("sdt", "Žadatel", "Pošumavský deník s.r.o.")],
                                ],
                                ["IČO", [("sdt", "IČO", D1)]],
                                [
                                    "Produkční IP adresy",
                                    [("sdt", "Produkční IP", "198.51.100.21, 198.51.100.22")],
                                ],
                                ["Testovací IP adresy", [("ph", "Testovací IP")]],
                                ["Kontaktní osoba", [("sdt", "Kontakt", "Bc. Radek Šimáček")]],
                                ["E-mail", [("sdt", "E-mail", "simacek@posumavskydenik.example")]],
                                ["Telefon", [("sdt", "Telefon", "731 250 486")]],
                            ]
                        },
                        {"runs": ["V Klatovech dne ", ("sdt", "Datum", "8. 9. 2025")]},
                    ],
                },
            )
        ],
    ),
    c(
        "di002-databox-viz-priloha-letter-vs-form",
        "data message annotated only 'Žádost – viz příloha' with two files that disagree: the "
        "signed letter gives one pair of addresses and the studio line, the form other "
        "addresses and a mobile; the letter says the form is the valid one",
        Style.DATABOX,
        L(
            [FEED],
            "Rádio Podřipsko s.r.o.",
            D2,
            "rp4dk7m",
            ["203.0.113.72", "203.0.113.73"],
            ["203.0.113.79"],
            "Miloš Brabec",
            "brabec@radiopodripsko.example",
            "+420602418775",
        ),
        databox=box(
            "rp4dk7m", "Rádio Podřipsko s.r.o.", "Palackého 118, 413 01 Roudnice nad Labem"
        ),
        subject="Žádost – viz příloha",
        attachments=[
            (
                "di-pdf",
                "pruvodni_dopis.pdf",
                {
                    "header": "Rádio Podřipsko s.r.o.\nPalackého 118, 413 01 Roudnice nad Labem · "
                    "IČO " + D2,
                    "footer": "www.radiopodripsko.example · studio 416 812 330",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "V Roudnici nad Labem 4. 9. 2025",
                        "Věc: Žádost o přístup k průběžným výsledkům voleb do Poslanecké sněmovny",
                        "Vážení,\nžádáme o zpřístupnění průběžných výsledků voleb ve formátu XML "
                        "pro naše zpravodajství. Pro přístup uvádíme produkční adresu "
                        "203.0.113.70 a testovací 203.0.113.71. Kontaktní osobou je Ing. Miloš "
                        "Brabec, tel. 416 812 330.",
                        "Technické údaje uvádíme také v přiloženém formuláři. Ten vyplnil náš "
                        "technik až po podpisu tohoto dopisu a je aktuální – pokud se údaje "
                        "v dopise a ve formuláři liší, platí formulář.",
                        "S pozdravem\nMgr. Kateřina Vojtíšková\njednatelka",
                    ],
                },
            ),
            (
                "docx",
                "formular_XML.docx",
                {
                    "blocks": [
                        "FORMULÁŘ – PŘÍSTUP K XML VÝSLEDKŮM",
                        "☒ přístup k průběžným výsledkům (XML)",
                        "☐ natáčení / fotografování na pracovišti",
                        {
                            "rows": [
                                ["Žadatel", "Rádio Podřipsko s.r.o."],
                                ["Produkční IP", "203.0.113.72, 203.0.113.73"],
                                ["Testovací IP", "203.0.113.79"],
                                ["Kontaktní osoba", "Miloš Brabec"],
                                ["Telefon", "602 418 775"],
                                ["E-mail", "brabec@radiopodripsko.example"],
                            ]
                        },
                        "Vyplnil: M. Brabec, 5. 9. 2025",
                    ]
                },
            ),
        ],
    ),
    c(
        "di003-scan-ocr-letter",
        "scanned signed letter: the PDF is a page image under an OCR text layer with 0/O and "
        "l/1 confusions in words ('P0dbrdský', 'IČ0', 'vo1eb', 'K0ntaktní'), the addresses "
        "intact; the cover mail writes the name right; feed and filming",
        Style.SCAN,
        L(
            [FEED, FILM],
            "Podbrdský týdeník s.r.o.",
            D3,
            None,
            ["192.0.2.14", "192.0.2.15"],
            ["192.0.2.20"],
            "Marta Dvořáková",
            "dvorakova@podbrdsky.example",
            "+420318627415",
        ),
        sender="Marta Dvořáková <dvorakova@podbrdsky.example>",
        subject="Žádost - sken",
        headers=IPHONE,
        cte="8bit",
        body="Dobrý den,\nv příloze naskenovaná podepsaná žádost.\nMarta Dvořáková\n"
        "Podbrdský týdeník s.r.o.\n\nOdesláno z iPhonu\n",
        attachments=[
            (
                "di-scan",
                "sken_zadost.pdf",
                {
                    "seed": 3,
                    "lines": [
                        "Podbrdský týdeník s.r.o.",
                        "Pražská 12, 261 01 Příbram · IČO " + D3,
                        "",
                        "Český statistický úřad",
                        "Na padesátém 81, 100 82 Praha 10",
                        "",
                        "Věc: žádost o přístup k výsledkům voleb a o povolení natáčení",
                        "",
                        "Žádáme o přístup k průběžným výsledkům voleb ve formátu XML.",
                        "Produkční adresy: 192.0.2.14 a 192.0.2.15",
                        "Testovací adresa: 192.0.2.20",
                        "Dále žádáme o povolení natáčet ve volební noci na pracovišti",
                        "ČSÚ v Příbrami (kameraman a redaktorka).",
                        "",
                        "Kontaktní osoba: Marta Dvořáková, tel. 318 627 415,",
                        "e-mail dvorakova@podbrdsky.example",
                        "",
                        "V Příbrami dne 2. 9. 2025",
                        "Marta Dvořáková, šéfredaktorka",
                    ],
                    "ocr": [
                        "P0dbrdský týdeník s.r.o.",
                        "Pražská 12, 261 01 Příbram · IČ0 " + D3,
                        "",
                        "Český statistický úřad",
                        "Na padesátém 81, 100 82 Praha 1O",
                        "",
                        "Věc: žádost o přístup k výs1edkům vo1eb a o povo1ení natáčení",
                        "",
                        "Žádáme o přístup k průběžným výs1edkům vo1eb ve formátu XML.",
                        "Pr0dukční adresy: 192.0.2.14 a 192.0.2.15",
                        "Test0vací adresa: 192.0.2.20",
                        "Dá1e žádáme o povolení natáčet ve vo1ební noci na pracovišti",
                        "ČSÚ v Příbrami (kameraman a redakt0rka).",
                        "",
                        "K0ntaktní osoba: Marta Dvořáková, tel. 318 627 415,",
                        "e-mai1 dvorakova@podbrdsky.example",
                        "",
                        "V Příbrami dne 2. 9. 2025",
                        "Marta Dv0řáková, šéfredakt0rka",
                    ],
                },
            )
        ],
    ),
    c(
        "di004-xlsx-sheets-2022-2023",
        "format=flowed cover; the workbook has sheet '2022' (last election's addresses, one "
        "marked 'zrušeno') and sheet '2023' (this one's), the cover says '2023' applies; the "
        "contact's line and mobile side by side",
        Style.TABLE,
        L(
            [FEED],
            "Hanácký večerník s.r.o.",
            D4,
            None,
            ["192.0.2.100", "192.0.2.104"],
            ["192.0.2.115"],
            "Libor Kazda",
            "kazda@hanackyvecernik.example",
            "+420585209316",
        ),
        sender="Libor Kazda <kazda@hanackyvecernik.example>",
        subject="Přístup k výsledkům - volba prezidenta 2023",
        headers=TBIRD,
        flowed=True,
        body="Dobrý den,\n\njako před komunálními volbami v roce 2022 žádáme o přístup k průběžným "
        "výsledkům, tentokrát pro volbu prezidenta republiky 2023. Adresy jsou v přiložené "
        "tabulce: list „2022“ jsou loňské adresy, nechal jsem ho tam pro srovnání, platí list "
        "„2023“.\n\nKontaktní osobou jsem já.\n\nLibor Kazda\nsprávce sítí\nHanácký večerník "
        "s.r.o., IČO " + D4 + "\ntel. 585 209 316, mobil 725 118 440\n",
        attachments=[
            (
                "xlsx",
                "IP_adresy_HV.xlsx",
                [
                    {
                        "title": "2022",
                        "rows": [
                            ["Účel", "IP adresa", "Poznámka"],
                            ["produkce", "192.0.2.100", ""],
                            ["produkce", "192.0.2.101", "zrušeno 2023"],
                            ["test", "192.0.2.110", ""],
                        ],
                    },
                    {
                        "title": "2023",
                        "rows": [
                            ["Účel", "IP adresa", "Poznámka"],
                            ["produkce", "192.0.2.100", "beze změny"],
                            ["produkce", "192.0.2.104", "nový server"],
                            ["test", "192.0.2.115", "nový"],
                        ],
                    },
                ],
            )
        ],
    ),
    c(
        "di005-databox-acroform-pdf",
        "data message with a fillable PDF: the page text holds only the labels and the two "
        "checkbox captions, every value (name, IČO, addresses, contact) lives in AcroForm "
        "fields; the XML box checked, filming not",
        Style.FORM,
        L(
            [FEED],
            "Táborské listy s.r.o.",
            D5,
            "tl8w2qa",
            ["203.0.113.160", "203.0.113.161"],
            ["203.0.113.168"],
            "Renata Kubíková",
            "kubikova@taborskelisty.example",
            "+420381224907",
        ),
        databox=box("tl8w2qa", "Táborské listy s.r.o.", "Žižkovo nám. 6, 390 01 Tábor"),
        subject="Žádost o přístup k výsledkům voleb – vyplněný formulář",
        attachments=[
            (
                "di-acro",
                "zadost_formular.pdf",
                {
                    "title": "Žádost o přístup k průběžným výsledkům voleb (XML)",
                    "items": [
                        ("note", "Formulář vyplňte elektronicky; zaškrtněte, o co žádáte."),
                        ("check", "žádám o přístup k XML výsledkům", "chk_xml", True),
                        (
                            "check",
                            "žádám o povolení k natáčení na pracovišti ČSÚ",
                            "chk_film",
                            False,
                        ),
                        ("text", "Název žadatele", "nazev", "Táborské listy s.r.o."),
                        ("text", "IČO", "ico", D5),
                        ("text", "Produkční IP adresy", "ip_prod", "203.0.113.160, 203.0.113.161"),
                        ("text", "Testovací IP adresy", "ip_test", "203.0.113.168"),
                        ("text", "Kontaktní osoba", "kontakt", "Renata Kubíková"),
                        ("text", "E-mail", "email", "kubikova@taborskelisty.example"),
                        ("text", "Telefon", "telefon", "+420 381 224 907"),
                        ("text", "Datum", "datum", "9. 9. 2025"),
                    ],
                    "footer": "Formulář ŽXML-2025 · Táborské listy s.r.o.",
                },
            )
        ],
    ),
    c(
        "di006-forward-eml-with-pdf-inside",
        "the assistant forwards the editor's mail (sent only to himself) as an attached .eml; "
        "the application is a PDF inside that inner mail: a letterhead, a range in a row "
        "header table, 'testujeme z produkce'",
        Style.FORWARD,
        L(
            [FEED],
            "Mladoboleslavský večerník s.r.o.",
            D6,
            None,
            ["198.51.100.130", "198.51.100.131", "198.51.100.132"],
            [],
            "Ondřej Vlk",
            "vlk@mbvecernik.example",
            "+420326771590",
        ),
        sender="Hana Jirásková <jiraskova@mbvecernik.example>",
        subject="Fwd: Žádost o přístup k výsledkům voleb",
        headers=OWA,
        body="Dobrý den,\npřeposílám žádost pana Vlka, který ji omylem poslal jen sám sobě. "
        "Původní zpráva i s přílohou je v příloze.\nHana Jirásková, asistentka redakce\n",
        attachments=[
            (
                "eml",
                "Zadost_o_pristup.eml",
                {
                    "id": "di006-inner",
                    "from": "Ondřej Vlk <vlk@mbvecernik.example>",
                    "to": "Ondřej Vlk <vlk@mbvecernik.example>",
                    "subject": "Žádost o přístup k výsledkům voleb",
                    "body": "Dobrý den,\nv příloze žádost o přístup k XML.\nOndřej Vlk\n",
                    "attachments": [
                        (
                            "di-pdf",
                            "zadost_MBV.pdf",
                            {
                                "header": "Mladoboleslavský večerník s.r.o.\n"
                                "T. G. Masaryka 1020, 293 01 Mladá Boleslav",
                                "footer": "IČO "
                                + D6
                                + " · DIČ CZ"
                                + D6
                                + " · vedeno u MS v Praze, "
                                "oddíl C, vložka 204118",
                                "blocks": [
                                    "Věc: žádost o přístup k XML výsledkům voleb",
                                    "Žádáme o přístup k průběžným výsledkům voleb na dedikovaném "
                                    "serveru ČSÚ.",
                                    {
                                        "rows": [
                                            ["Produkční adresy", "198.51.100.130 – 198.51.100.132"],
                                            ["Testovací adresa", "— (testujeme z produkce)"],
                                            ["Kontaktní osoba", "Ondřej Vlk, vedoucí IT"],
                                            ["Telefon", "326 771 590"],
                                            ["E-mail", "vlk@mbvecernik.example"],
                                        ],
                                        "widths": [130, 260],
                                    },
                                    "Ondřej Vlk",
                                ],
                            },
                        )
                    ],
                },
            )
        ],
    ),
    c(
        "di007-cover-drops-address-xlsx",
        "windows-1250 cover says one of the workbook's production addresses is being retired "
        "and is not to be counted; the workbook's columns are address, role, note",
        Style.CORRECTION,
        L(
            [FEED],
            "Krkonošský průvodce, spol. s r.o.",
            D7,
            None,
            ["203.0.113.11", "203.0.113.12"],
            ["203.0.113.19"],
            "Jitka Marešová",
            "maresova@krkonosskypruvodce.example",
            "+420608331912",
        ),
        sender="Jitka Marešová <maresova@krkonosskypruvodce.example>",
        subject="Žádost o přístup k výsledkům voleb - tabulka adres",
        headers=OUTLOOK,
        charset="windows-1250",
        body="Dobrý den,\n\nv příloze posílám tabulku k žádosti o přístup k výsledkům voleb. "
        "Adresu 203.0.113.14 v tabulce prosím nepočítejte – ten server k 30. 9. rušíme "
        "a zapomněla jsem ho smazat. Ostatní platí.\n\nJitka Marešová\nvedoucí online redakce\n"
        "Krkonošský průvodce, spol. s r.o.\nIČO " + D7 + "\nmobil 608 331 912\n",
        attachments=[
            (
                "xlsx",
                "adresy.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Adresa", "Účel", "Poznámka"],
                            ["203.0.113.11", "produkční", "hlavní"],
                            ["203.0.113.12", "produkční", "záložní"],
                            ["203.0.113.14", "produkční", "starý web"],
                            ["203.0.113.19", "testovací", ""],
                        ],
                    }
                ],
            )
        ],
    ),
    c(
        "di008-databox-ods-merged-role",
        "data message: the annotation names the contact, the ODS has the role 'Produkční' in a "
        "cell spanning two rows and a second sheet with the applicant and its IČO",
        Style.TABLE,
        L(
            [FEED],
            "Rádio Beskydy s.r.o.",
            D8,
            "rb6mn3e",
            ["198.18.40.5", "198.18.40.6"],
            ["198.18.41.5"],
            "Aleš Kolibač",
            "kolibac@radiobeskydy.example",
            "+420556701228",
        ),
        databox=box("rb6mn3e", "Rádio Beskydy s.r.o.", "Revoluční 1840, 738 01 Frýdek-Místek"),
        subject="Žádost o přístup k výsledkům voleb do PS 2025. Adresy v tabulce, kontakt: "
        "Aleš Kolibač, 556 701 228, kolibac@radiobeskydy.example",
        attachments=[
            (
                "di-ods",
                "adresy_RB.ods",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Typ", "IP adresa", "Server"],
                            ["Produkční", "198.18.40.5", "web1"],
                            [None, "198.18.40.6", "web2"],
                            ["Testovací", "198.18.41.5", "stage"],
                        ],
                        "span": {(1, 0): (2, 1)},
                    },
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Rádio Beskydy s.r.o."],
                            ["IČO", D8],
                            ["Sídlo", "Revoluční 1840, Frýdek-Místek"],
                        ],
                    },
                ],
            )
        ],
    ),
    c(
        "di009-empty-body-rtf-filming",
        "empty body from an Android phone; the RTF has '[ ]' feed and '[x]' filming, the crew "
        "and the contact in a two-column table",
        Style.EMPTY,
        L(
            [FILM],
            "Photo Bohemia s.r.o.",
            D9,
            None,
            [],
            [],
            "Tereza Nováčková",
            "novackova@photobohemia.example",
            "+420777402816",
        ),
        sender="Tereza Nováčková <novackova@photobohemia.example>",
        subject="natáčení volby",
        headers=K9,
        body="",
        attachments=[
            (
                "rtf",
                "zadost_foto.rtf",
                [
                    "Photo Bohemia s.r.o., Korunní 88, 130 00 Praha 3, IČO " + D9,
                    "ŽÁDOST",
                    "[ ] přístup k XML výsledkům voleb",
                    "[x] povolení k fotografování a natáčení v sídle ČSÚ v den voleb",
                    [
                        ["Štáb", "Tereza Nováčková (foto), Jan Bárta (video)"],
                        [
                            "Kontakt",
                            "Tereza Nováčková, 777 402 816, novackova@photobohemia.example",
                        ],
                    ],
                    "Praha 10. 9. 2025",
                ],
            )
        ],
    ),
    c(
        "di010-databox-parent-box-subsidiary",
        "sent from the parent holding's box for its subsidiary: the DOCX letterhead and the "
        "signature block carry the subsidiary's IČO and its own box ID (labelled, not the "
        "sender's); a backup server among the production rows",
        Style.DATABOX,
        L(
            [FEED],
            "Rádio Lipno s.r.o.",
            D10,
            "rl7pk2b",
            ["192.0.2.220", "192.0.2.221"],
            ["192.0.2.228"],
            "Petra Šulcová",
            "sulcova@radiolipno.example",
            "+420380741226",
        ),
        databox=box(
            "vm3hq9d", "Vltava Media Holding a.s.", "Rooseveltova 23, 370 01 České Budějovice"
        ),
        subject="Žádost společnosti Rádio Lipno s.r.o. (dceřiná spol.) o přístup k výsledkům voleb",
        attachments=[
            (
                "docx",
                "Radio_Lipno_zadost.docx",
                {
                    "header": "Rádio Lipno s.r.o. · Náměstí 4, 382 78 Lipno nad Vltavou · IČO "
                    + D10,
                    "footer": "člen skupiny Vltava Media Holding",
                    "blocks": [
                        "Žádost o přístup k průběžným výsledkům voleb",
                        "Žádost podáváme prostřednictvím datové schránky naší mateřské "
                        "společnosti Vltava Media Holding a.s.",
                        {
                            "rows": [
                                ["", "IP adresa"],
                                ["produkční", "192.0.2.220"],
                                ["produkční (záložní)", "192.0.2.221"],
                                ["testovací", "192.0.2.228"],
                            ]
                        },
                        "Kontakt: Petra Šulcová, programová ředitelka, sulcova@radiolipno.example, "
                        "+420 380 741 226",
                        "Petra Šulcová\nRádio Lipno s.r.o., IČO " + D10 + ", ID DS rl7pk2b",
                    ],
                },
            )
        ],
    ),
    c(
        "di011-docx-tracked-change-address",
        "DOCX with an unaccepted tracked change: the old production address is a w:del run, "
        "the new one a w:ins run beside the unchanged second address; the cover says the "
        "revision is the correction",
        Style.CORRECTION,
        L(
            [FEED],
            "Plzeňský kurýr a.s.",
            D11,
            None,
            ["198.51.100.44", "198.51.100.41"],
            ["198.51.100.49"],
            "Petr Zelenka",
            "zelenka@plzenskykuryr.example",
            "+420377190562",
        ),
        sender="Petr Zelenka <zelenka@plzenskykuryr.example>",
        subject="RE: Žádost o přístup k výsledkům – opravená verze",
        headers=OUTLOOK,
        body="Dobrý den,\n\nposílám žádost znovu s opravenou produkční adresou. Změnu jsem nechal "
        "vyznačenou v revizích, ať je vidět, co se změnilo. Ostatní je beze změny.\n\n"
        "Petr Zelenka\nIT Plzeňský kurýr\n",
        attachments=[
            (
                "di-docx",
                "zadost_PK_oprava.docx",
                {
                    "author": "Petr Zelenka",
                    "date": "2025-09-08T09:12:00Z",
                    "header": "PLZEŇSKÝ KURÝR a.s. | Americká 42, 301 00 Plzeň | IČO " + D11,
                    "blocks": [
                        "Žádost o přístup k průběžným výsledkům voleb (XML)",
                        "Plzeňský kurýr a.s. žádá o přístup k výsledkům voleb na dedikovaném "
                        "serveru ČSÚ.",
                        {
                            "runs": [
                                "Produkční IP adresy: ",
                                ("del", "198.51.100.40"),
                                ("ins", "198.51.100.44"),
                                ", 198.51.100.41",
                            ]
                        },
                        "Testovací IP adresa: 198.51.100.49",
                        "Kontaktní osoba: Petr Zelenka, zelenka@plzenskykuryr.example, "
                        "tel. 377 190 562",
                        "V Plzni 8. 9. 2025",
                    ],
                },
            )
        ],
    ),
    c(
        "di012-smime-pdf-letterhead-dic-footer",
        "S/MIME-signed cover from the secretary; the PDF letter's footer gives only the DIČ "
        "(its IČO) and the box ID, the role cell 'IP adresy – produkce' spans two rows, the "
        "chairman signs, the contact is the head of development",
        Style.LETTER,
        L(
            [FEED, FILM],
            "Východočeský Expres a.s.",
            D12,
            "ve9kx4t",
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.130"],
            "Aleš Dušek",
            "dusek@vcexpres.example",
            "+420466530118",
        ),
        sender="Veronika Kaplanová <kaplanova@vcexpres.example>",
        subject="Žádost o přístup k výsledkům voleb a povolení natáčení",
        headers=OUTLOOK,
        smime=True,
        body="Dobrý den,\nv příloze zasílám žádost o přístup k výsledkům voleb a o povolení "
        "natáčení, podepsanou předsedou představenstva.\nS pozdravem\nVeronika Kaplanová\n"
        "sekretariát\n",
        attachments=[
            (
                "di-pdf",
                "zadost_VCE.pdf",
                {
                    "header": "VÝCHODOČESKÝ EXPRES a.s.\nMasarykovo náměstí 1484, 530 02 Pardubice",
                    "footer": "Východočeský Expres a.s. · DIČ CZ" + D12 + " · ID DS ve9kx4t · "
                    "spisová značka B 3318 vedená u KS v Hradci Králové",
                    "blocks": [
                        "Český statistický úřad\nodbor zpracování výsledků voleb",
                        "Věc: Žádost o zpřístupnění výsledků voleb a o povolení pořizování záznamu",
                        "Žádáme o přístup k průběžným výsledkům voleb ve formátu XML a o povolení "
                        "pořizovat obrazový záznam na krajském pracovišti v Pardubicích ve "
                        "volební noci.",
                        {
                            "rows": [
                                ["Položka", "Údaj"],
                                ["IP adresy – produkce", "203.0.113.120"],
                                [None, "203.0.113.121"],
                                ["IP adresa – test", "203.0.113.130"],
                                ["Kontaktní osoba", "Aleš Dušek, vedoucí vývoje"],
                                ["Telefon", "466 530 118"],
                                ["E-mail", "dusek@vcexpres.example"],
                            ],
                            "span": [((0, 1), (0, 2))],
                            "head": True,
                            "widths": [150, 230],
                        },
                        "Ing. Rostislav Kubeš\npředseda představenstva",
                    ],
                },
            )
        ],
    ),
    c(
        "di013-databox-person-filming-pdf",
        "data message from a videographer's own box (natural person in business); the PDF "
        "has ☐ feed and ☒ filming, his YouTube channel only described, not a trade name",
        Style.DATABOX,
        L(
            [FILM],
            "Pavel Hromádko",
            D13,
            "ph5zc8w",
            [],
            [],
            "Pavel Hromádko",
            "pavel@hromadko-video.example",
            "+420734902615",
        ),
        databox=box("ph5zc8w", "Pavel Hromádko", "Husova 17, 568 02 Svitavy", kind=40),
        subject="Žádost o povolení natáčení – volební noc",
        attachments=[
            (
                "di-pdf",
                "zadost_natoceni.pdf",
                {
                    "blocks": [
                        "Pavel Hromádko, IČO " + D13 + "\nHusova 17, 568 02 Svitavy",
                        "Žádost",
                        "☐ přístup k XML výsledkům voleb\n"
                        "☒ povolení k natáčení na krajském pracovišti ČSÚ v Pardubicích",
                        "Natáčím videoreportáže pro svůj kanál na YouTube (asi 40 tisíc "
                        "odběratelů). Ve volební noci bych rád natočil krátkou reportáž "
                        "z pracoviště; budu sám, kamera na stativu, bez světel.",
                        "Kontakt: 734 902 615, pavel@hromadko-video.example",
                        "Ve Svitavách 6. 9. 2025\nPavel Hromádko",
                    ]
                },
            )
        ],
    ),
    c(
        "di014-english-pdf-yes-no-ipv6",
        "a London outlet's English cover and PDF form: an X in Yes/No columns, the production "
        "role cell spans two uncompressed IPv6 rows, the UK company number is no IČO",
        Style.FORM,
        L(
            [FEED],
            "Central Europe Desk Ltd",
            None,
            None,
            ["2001:db8:c5::10", "2001:db8:c5::11"],
            ["198.51.100.250"],
            "Fiona Marsh",
            "f.marsh@cedesk.example",
            "+442079460321",
        ),
        sender="Fiona Marsh <f.marsh@cedesk.example>",
        subject="Application – election results feed (Czech parliamentary election)",
        headers=GMAIL,
        body="Dear Sir or Madam,\n\nplease find attached our completed application for access "
        "to the XML results feed. We do not plan to film.\n\nKind regards,\nFiona Marsh\n"
        "Head of Data, Central Europe Desk Ltd\n+44 20 7946 0321\n",
        attachments=[
            (
                "di-pdf",
                "CED_application.pdf",
                {
                    "header": "CENTRAL EUROPE DESK LTD\n14 Holloway Road, London N7 8JL · "
                    "Company No. 11840257",
                    "blocks": [
                        "Application for access to election results (XML feed)",
                        {
                            "rows": [
                                ["Request", "Yes", "No"],
                                ["Access to the XML results feed", "X", ""],
                                ["Filming / recording at ČSÚ premises", "", "X"],
                            ],
                            "head": True,
                            "widths": [260, 50, 50],
                        },
                        {
                            "rows": [
                                ["Role", "IP address"],
                                ["Production", "2001:db8:c5:0:0:0:0:10"],
                                [None, "2001:db8:c5:0:0:0:0:11"],
                                ["Test", "198.51.100.250"],
                            ],
                            "span": [((0, 1), (0, 2))],
                            "head": True,
                            "widths": [110, 250],
                        },
                        {
                            "rows": [
                                ["Contact person", "Fiona Marsh"],
                                ["E-mail", "f.marsh@cedesk.example"],
                                ["Phone", "+44 20 7946 0321"],
                            ],
                            "widths": [110, 250],
                        },
                        "London, 5 September 2025",
                    ],
                },
            )
        ],
    ),
]
