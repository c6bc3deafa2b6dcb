"""Fortieth held-out part ``aq``, cases aq001–aq014: a PDF form with ballot-box characters, a
data message whose annotation is the whole application (the file is a register extract), a DOCX
ANO/NE form, an empty mail carrying an XLSX, a cover note correcting an ODT, a PDF letter in a
data message, a forwarded .eml, an English RTF with IPv6, a TXT with [x]/[ ] boxes, a data
message whose annotation replaces the file's contact, an HTML table with role columns, a DOCX
letterhead in the page header, a Slovak PDF form and an XLSX with a merged role cell. Written by
hand apart from the extraction rules (see make_fortieth_aq); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortieth_aq_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    TBIRD,
    L,
    Style,
    ico,
)

A1, A2, A3, A4 = ico("2874105"), ico("2691537"), ico("0764125"), ico("2815930")
A5, A6, A7, A9 = ico("0539274"), ico("2604718"), ico("2742863"), ico("2417796")
A10, A11, A12, A13, A14 = (
    ico("1805326"),
    ico("2968254"),
    ico("4727105"),
    ico("3601549"),
    ico("2983317"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "aq001-pdf-ballot-box-form",
        "description": "two-line cover mail, PDF form with ☒/☐ request boxes (filming unticked), "
        "role table with a backup row, switchboard before the contact's mobile",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Kurýr Pootaví s.r.o.",
            A1,
            None,
            ["203.0.113.118", "203.0.113.119"],
            ["203.0.113.250"],
            "Hana Říhová",
            "rihova@kuryrpootavi.example",
            "+420724180637",
        ),
        "from": "Hana Říhová <rihova@kuryrpootavi.example>",
        "subject": "Formulář – přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nv příloze zasílám vyplněný formulář.\n\nDěkuji\nH. Říhová\n"
            "Kurýr Pootaví\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular_CSU_Kuryr.pdf",
                [
                    "ŽÁDOST – volby do Poslanecké sněmovny 2025",
                    "Žadatel: Kurýr Pootaví s.r.o.\nSídlo: Nábřeží 1. máje 412, 386 01 "
                    f"Strakonice\nIČO: {A1}",
                    "Předmět žádosti (zaškrtněte):\n"
                    "☒ přístup k serveru s výsledky voleb ve formátu XML\n"
                    "☐ povolení k pořizování zvukových a obrazových záznamů na sběrném místě",
                    {
                        "rows": [
                            ["Prostředí", "IP adresa"],
                            ["produkční", "203.0.113.118"],
                            ["produkční (záloha)", "203.0.113.119"],
                            ["testovací", "203.0.113.250"],
                        ],
                        "widths": [160, 160],
                    },
                    "Kontaktní osoba: Hana Říhová, redaktorka\n"
                    "Telefon: 383 312 900 (ústředna), mobil 724 180 637\n"
                    "E-mail: rihova@kuryrpootavi.example",
                    "Ve Strakonicích dne 12. 9. 2025        podpis: Říhová",
                ],
            )
        ],
    },
    {
        "id": "aq002-databox-annotation-only-extract-file",
        "description": "data message: the whole application in the annotation, the attached "
        "PDF is only a commercial-register extract carrying the IČO and board members",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Valašské noviny a.s.",
            A2,
            "vn4k2xs",
            ["198.51.100.23"],
            ["198.51.100.24"],
            "Ondřej Málek",
            "malek@valasskenoviny.example",
            "+420731442908",
        ),
        "subject": (
            "Žádost o přístup k XML výsledkům voleb. Produkce 198.51.100.23, test "
            "198.51.100.24. Kontakt: Ondřej Málek, 731 442 908, malek@valasskenoviny.example. "
            "Výpis z OR přikládáme."
        ),
        "databox": {
            "box": "vn4k2xs",
            "sender": "Valašské noviny a.s.",
            "address": "Palackého 118, 757 01 Valašské Meziříčí",
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR_valasske_noviny.pdf",
                [
                    "Výpis z obchodního rejstříku, vedeného Krajským soudem v Ostravě, "
                    "oddíl B, vložka 4127",
                    {
                        "rows": [
                            ["Datum vzniku a zápisu:", "3. března 1998"],
                            ["Spisová značka:", "B 4127 vedená u Krajského soudu v Ostravě"],
                            ["Obchodní firma:", "Valašské noviny a.s."],
                            ["Sídlo:", "Palackého 118, 757 01 Valašské Meziříčí"],
                            ["Identifikační číslo:", f"{A2[:3]} {A2[3:5]} {A2[5:]}"],
                            ["Právní forma:", "Akciová společnost"],
                            [
                                "Předmět podnikání:",
                                "Vydavatelské činnosti, polygrafická výroba, "
                                "knihařské a kopírovací práce",
                            ],
                            [
                                "Statutární orgán – představenstvo:",
                                "předseda: Ing. Vlastimil Žárský, dat. nar. 4. 2. 1961",
                            ],
                            ["Základní kapitál:", "2 000 000 Kč, splaceno 100 %"],
                        ],
                        "widths": [150, 300],
                    },
                    "Údaje platné ke dni: 1. září 2025 06:00",
                ],
            )
        ],
    },
    {
        "id": "aq003-docx-ano-ne-columns-film-only",
        "description": "windows-1250 cover mail, DOCX form with ANO/NE columns marked by X: "
        "filming ANO, XML NE; crew members listed besides the contact; IČO spaced",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Filmová produkce Bílý kámen s.r.o.",
            A3,
            None,
            [],
            [],
            "Martina Dohnalová",
            "dohnalova@bilykamen.example",
            "+420605338271",
        ),
        "from": "Martina Dohnalová <dohnalova@bilykamen.example>",
        "subject": "Žádost o povolení natáčení – sběrné místo Brno",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\nposílám žádost o povolení natáčení pro dokument o volební noci, "
            "vyplněný formulář je v příloze.\n\nS pozdravem\n\nMartina Dohnalová\nprodukce\n"
            "Filmová produkce Bílý kámen s.r.o.\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_nataceni_BK.docx",
                {
                    "header": "Filmová produkce Bílý kámen s.r.o. | Údolní 33, 602 00 Brno",
                    "blocks": [
                        "Žádost – volby 2025",
                        f"Žadatel: Filmová produkce Bílý kámen s.r.o., IČO: "
                        f"{A3[:3]} {A3[3:5]} {A3[5:]}",
                        {
                            "rows": [
                                ["Požadavek", "ANO", "NE"],
                                ["Přístup k výsledkům voleb ve formátu XML (server)", "", "X"],
                                ["Povolení k natáčení na sběrném místě", "X", ""],
                            ]
                        },
                        "Místo natáčení: sběrné místo ČSÚ v Brně. Termín: 4. 10. 2025 od "
                        "14:00 do uzavření sběru.",
                        "Štáb (3 osoby): kameraman Vít Kolář, zvukař Jan Slanina, redaktorka "
                        "Alžběta Nováková.",
                        "Kontaktní osoba: Martina Dohnalová, produkční, +420 605 338 271, "
                        "dohnalova@bilykamen.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "aq004-empty-body-xlsx-row-headers",
        "description": "mail with an empty body and a one-sheet XLSX whose first column holds "
        "the row headers (Produkční IP 1/2, Testovací IP), phone with 00420, filming declined",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Rádio Krokodýl, spol. s r.o.",
            A4,
            None,
            ["192.0.2.141", "192.0.2.142"],
            ["192.0.2.149"],
            "Radim Šťastný",
            "stastny@radiokrokodyl.example",
            "+420608551302",
        ),
        "from": "Radim Šťastný <stastny@radiokrokodyl.example>",
        "subject": "zadost volby XML - Radio Krokodyl",
        "headers": GMAIL,
        "body": "",
        "attachments": [
            (
                "xlsx",
                "zadost_krokodyl.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žádost o přístup k výsledkům voleb (XML)", ""],
                            ["Žadatel", "Rádio Krokodýl, spol. s r.o."],
                            ["IČO", A4],
                            ["Produkční IP 1", "192.0.2.141"],
                            ["Produkční IP 2", "192.0.2.142"],
                            ["Testovací IP", "192.0.2.149"],
                            ["Kontaktní osoba", "Radim Šťastný"],
                            ["E-mail", "stastny@radiokrokodyl.example"],
                            ["Telefon", "00420 608 551 302"],
                            ["Natáčení na sběrném místě", "nepožadujeme"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "aq005-cover-note-fixes-odt-test-address",
        "description": "cover mail corrects a typo in the attached ODT: the test address .76 "
        "in the document should be .77; publisher and portal both named",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Labe Media Group s.r.o.",
            A5,
            None,
            ["198.51.100.75"],
            ["198.51.100.77"],
            "Kamil Vávra",
            "vavra@labe24.example",
            "+420602914775",
        ),
        "from": "Kamil Vávra <vavra@labe24.example>",
        "subject": "Labe24 – žádost o XML (oprava v příloze)",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\nv příloze posíláme žádost ve formátu ODT. Omlouvám se, v dokumentu "
            "je překlep v testovací adrese: místo 198.51.100.76 má být 198.51.100.77. Ostatní "
            "údaje platí tak, jak jsou.\n\nDěkuji a zdravím\nKamil Vávra\nLabe24.example\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_Labe24.odt",
                [
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Zpravodajský server Labe24, jehož provozovatelem je Labe Media Group "
                    f"s.r.o., IČO {A5}, se sídlem Masarykova 2210, 400 01 Ústí nad Labem, "
                    "žádá o zřízení přístupu k serveru s výsledky voleb.",
                    [
                        ["Účel", "IP adresa"],
                        ["Produkce", "198.51.100.75"],
                        ["Test", "198.51.100.76"],
                    ],
                    "Kontaktní osoba: Kamil Vávra, tel. 602 914 775, vavra@labe24.example",
                    "V Ústí nad Labem 8. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "aq006-databox-pdf-letterhead-both",
        "description": "data message, short annotation, PDF letter with both requests; "
        "letterhead has IČO and box ID, addressee block the office's IČO and box, the signer "
        "is not the contact",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED, FILM],
            "TV Morava Východ a.s.",
            A6,
            "x7pq2ne",
            ["203.0.113.160", "203.0.113.161"],
            ["203.0.113.170"],
            "Pavel Zedník",
            "zednik@tvmv.example",
            "+420577104220",
        ),
        "subject": "Žádost o přístup k datům a povolení natáčení – volby 2025",
        "databox": {
            "box": "x7pq2ne",
            "sender": "TV Morava Východ a.s.",
            "address": "Zlínská 1890, 760 01 Zlín",
        },
        "attachments": [
            (
                "pdf",
                "TVMV_zadost_volby2025.pdf",
                [
                    f"TV Morava Východ a.s. | Zlínská 1890, 760 01 Zlín | IČO {A6} | "
                    "ID DS: x7pq2ne",
                    "Český statistický úřad\nodbor informatiky\nNa padesátém 81, 100 82 "
                    "Praha 10\nIČO 00025593 | DS 2gfaasy",
                    "Naše značka: TVMV/152/2025          Zlín 15. 9. 2025",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Vážení,\nžádáme o zřízení přístupu k výsledkům voleb ve formátu XML pro "
                    "produkční adresy 203.0.113.160 a 203.0.113.161 a testovací adresu "
                    "203.0.113.170. Zároveň žádáme o povolení pořizovat obrazový a zvukový "
                    "záznam na sběrném místě ve Zlíně ve dnech 3. a 4. 10. 2025 (štáb 2 osoby).",
                    "Kontaktní osoba: Ing. Pavel Zedník, vedoucí techniky, +420 577 104 220, "
                    "zednik@tvmv.example",
                    "S pozdravem\n\nMgr. Lenka Horáková\nředitelka",
                ],
            )
        ],
    },
    {
        "id": "aq007-forward-eml-from-secretary",
        "description": "a secretary forwards the editor's original as an attached .eml; the "
        "inner mail names the editor as contact and says testing runs from production",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Vydavatelství Ostravský večerník s.r.o.",
            A7,
            None,
            ["192.0.2.60", "192.0.2.61"],
            [],
            "Tomáš Grygar",
            "grygar@ostravskyvecernik.example",
            "+420596118402",
        ),
        "from": "Sekretariát redakce <sekretariat@ostravskyvecernik.example>",
        "subject": "FW: Žádost o XML přístup",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\npřeposílám žádost pana šéfredaktora, která se k Vám zřejmě "
            "nedostala (vrátila se jako nedoručitelná kvůli velikosti přílohy). Původní "
            "zprávu přikládám.\n\nS pozdravem\nJana Kubíčková\nasistentka šéfredaktora\n"
            "tel. 596 118 400\n"
        ),
        "attachments": [
            (
                "eml",
                "Žádost o XML přístup.eml",
                {
                    "id": "aq007-inner",
                    "from": "Tomáš Grygar <grygar@ostravskyvecernik.example>",
                    "subject": "Žádost o XML přístup",
                    "body": (
                        "Dobrý den,\n\nVydavatelství Ostravský večerník s.r.o., IČ: "
                        f"{A7}, žádá o přístup k výsledkům voleb ve formátu XML.\n\n"
                        "Produkční adresy: 192.0.2.60 a 192.0.2.61. Testovací adresu "
                        "nepotřebujeme, testovat budeme rovnou z produkce.\n\n"
                        "Kontakt pro technické věci i pro celou žádost: Tomáš Grygar, "
                        "596 118 402.\n\nTomáš Grygar\nšéfredaktor\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "aq008-english-rtf-ipv6-norway",
        "description": "foreign broadcaster, English cover and RTF table with IPv6 addresses, "
        "a Norwegian organisation number that is no IČO, filming declined",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nordlys Kringkasting AS",
            None,
            None,
            ["2001:db8:5e1::20", "2001:db8:5e1::21"],
            ["2001:db8:5e1:ff::9"],
            "Ingrid Solberg",
            "ingrid.solberg@nordlys.example",
            "+4722418730",
        ),
        "from": "Ingrid Solberg <ingrid.solberg@nordlys.example>",
        "subject": "Application for election results feed (Czech elections 2025)",
        "headers": APPLE,
        "body": (
            "Dear Sir or Madam,\n\nplease find attached our application for access to the "
            "election results feed (RTF). Apologies for not writing in Czech.\n\n"
            "Best regards,\nIngrid Solberg\nNordlys Kringkasting AS, Oslo\n"
        ),
        "attachments": [
            (
                "rtf",
                "Nordlys_application_CZSO.rtf",
                [
                    "Nordlys Kringkasting AS\nOrg. no. 918 274 633\nKirkegata 17, 0153 Oslo, "
                    "Norway",
                    "Application for access to the election results server (XML)",
                    "We kindly ask for access to the XML results of the Czech parliamentary "
                    "elections for our newsroom in Oslo. We will not be filming at your "
                    "collection points, so no recording permit is needed.",
                    [
                        ["Environment", "Address"],
                        ["Production", "2001:db8:5e1::20"],
                        ["Production", "2001:db8:5e1::21"],
                        ["Test", "2001:db8:5e1:ff::9"],
                    ],
                    "Contact person: Ingrid Solberg, +47 22 41 87 30, "
                    "ingrid.solberg@nordlys.example",
                ],
            )
        ],
    },
    {
        "id": "aq009-txt-bracket-boxes-old-address",
        "description": "phone-sent note with a TXT form: [x] for the feed, [ ] for filming, "
        "an old address the text asks to drop",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Hranický deník, z.s.",
            A9,
            None,
            ["198.51.100.201"],
            ["198.51.100.202"],
            "Zdeněk Pokorný",
            "pokorny@hranickydenik.example",
            "+420777402118",
        ),
        "from": "Zdeněk Pokorný <pokorny@hranickydenik.example>",
        "subject": "zadost xml",
        "headers": K9,
        "cte": "8bit",
        "body": "zadost v priloze (txt), diky\nZP\n",
        "attachments": [
            (
                "txt",
                "zadost_volby.txt",
                "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB\n"
                "==================================\n\n"
                f"Žadatel: Hranický deník, z.s.\nIČ: {A9}\n"
                "Adresa: Zámecká 118, 753 01 Hranice\n\n"
                "Požadujeme:\n"
                "[x] přístup k XML serveru s výsledky\n"
                "[ ] povolení k natáčení / pořizování záznamu\n\n"
                "IP adresy:\n"
                "  produkční: 198.51.100.201\n"
                "  testovací: 198.51.100.202\n"
                "  (starou adresu 198.51.100.9 z minulých voleb už nepoužíváme, prosím "
                "zrušit)\n\n"
                "Kontakt: Zdeněk Pokorný, 777 402 118, pokorny@hranickydenik.example\n",
            )
        ],
    },
    {
        "id": "aq010-databox-annotation-replaces-contact",
        "description": "data message: DOCX application names one contact, the annotation says "
        "he left and names his successor with phone and e-mail",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Jihlavské listy s.r.o.",
            A10,
            "jl9w3ta",
            ["203.0.113.21"],
            ["203.0.113.29"],
            "Petra Líbalová",
            "libalova@jihlavskelisty.example",
            "+420739215604",
        ),
        "subject": (
            "Žádost o XML přístup v příloze. Změna: kontaktní osobou už není p. Beneš "
            "(odešel), ale Petra Líbalová, 739 215 604, libalova@jihlavskelisty.example"
        ),
        "databox": {
            "box": "jl9w3ta",
            "sender": "Jihlavské listy s.r.o.",
            "address": "Havlíčkova 64, 586 01 Jihlava",
        },
        "attachments": [
            (
                "docx",
                "zadost_JL_2025.docx",
                {
                    "blocks": [
                        f"Jihlavské listy s.r.o.\nHavlíčkova 64, 586 01 Jihlava\nIČO {A10}",
                        "Věc: žádost o přístup k výsledkům voleb (XML)",
                        "Žádáme o zřízení přístupu pro produkční adresu 203.0.113.21 a "
                        "testovací adresu 203.0.113.29.",
                        "Kontaktní osoba: Jaroslav Beneš, tel. 604 557 012, "
                        "benes@jihlavskelisty.example",
                        "V Jihlavě dne 2. 9. 2025\nMgr. Olga Svobodová, jednatelka",
                    ]
                },
            )
        ],
    },
    {
        "id": "aq011-owa-html-role-columns-pdf-declaration",
        "description": "HTML-only OWA mail, table with Produkce/Test as column headers and one "
        "empty cell; the IČO only in the attached PDF declaration",
        "style": Style.HTML_TABLE,
        "labels": L(
            [FEED],
            "Královéhradecký expres a.s.",
            A11,
            None,
            ["203.0.113.30", "203.0.113.31"],
            ["203.0.113.38"],
            "Lucie Marková",
            "markova@khexpres.example",
            "+420736620914",
        ),
        "from": "Marková Lucie <markova@khexpres.example>",
        "subject": "Přístup k XML s výsledky – Královéhradecký expres",
        "headers": OWA,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div style="font-family:Aptos,sans-serif;font-size:12pt">'
            "<p>Dobrý den,</p><p>žádáme o přístup k výsledkům voleb ve formátu XML. "
            "Prohlášení o naší mediální činnosti s identifikačními údaji přikládám v PDF. "
            "Adresy jsou tyto:</p>"
            '<table border="1" style="border-collapse:collapse">'
            "<thead><tr><th>#</th><th>Produkce</th><th>Test</th></tr></thead><tbody>"
            "<tr><td>1</td><td>203.0.113.30</td><td>203.0.113.38</td></tr>"
            "<tr><td>2</td><td>203.0.113.31</td><td></td></tr>"
            "</tbody></table>"
            "<p>Kontaktní osobou jsem já.</p><p>S pozdravem</p>"
            "<p><b>Lucie Marková</b><br>online vydání<br>Královéhradecký expres<br>"
            "T: +420 736 620 914<br>"
            '<a href="https://khexpres.example">khexpres.example</a></p></div></body></html>'
        ),
        "attachments": [
            (
                "pdf",
                "prohlaseni_media.pdf",
                [
                    "PROHLÁŠENÍ O MEDIÁLNÍ ČINNOSTI",
                    f"Královéhradecký expres a.s., IČO {A11}, se sídlem Gočárova třída "
                    "1005, 500 02 Hradec Králové, vydává regionální deník Královéhradecký "
                    "expres (evidenční číslo MK ČR E 10452) a zpravodajský web "
                    "khexpres.example.",
                    "V Hradci Králové 1. 9. 2025\nIng. Jiří Sochor, předseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "aq012-databox-docx-letterhead-in-header",
        "description": "data message, DOCX whose page header carries name, IČO and box ID and "
        "whose footer a bank account and switchboard; main/backup/test wording",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Podbrdský zpravodaj s.r.o.",
            A12,
            "pz5m8hr",
            ["192.0.2.210", "192.0.2.211"],
            ["192.0.2.219"],
            "Radka Vondrová",
            "vondrova@podbrdsky.example",
            "+420725330481",
        ),
        "subject": "Žádost o zřízení přístupu – volby 2025",
        "databox": {
            "box": "pz5m8hr",
            "sender": "Podbrdský zpravodaj s.r.o.",
            "address": "nám. T. G. Masaryka 140, 261 01 Příbram",
        },
        "attachments": [
            (
                "docx",
                "zadost_pristup_XML.docx",
                {
                    "header": f"Podbrdský zpravodaj s.r.o. · IČO {A12} · DS: pz5m8hr",
                    "footer": "Bankovní spojení 2801447721/2010 · www.podbrdsky.example · "
                    "tel. ústředna 318 620 100",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "Věc: žádost o přístup k výsledkům voleb",
                        "Dobrý den, žádáme o přístup k datům s výsledky voleb ve formátu XML. "
                        "Stahovat budeme z hlavního serveru 192.0.2.210, při jeho výpadku ze "
                        "záložního 192.0.2.211; pro testování před volbami použijeme "
                        "192.0.2.219.",
                        "Ve věci jedná Radka Vondrová, tel. 725 330 481, "
                        "vondrova@podbrdsky.example.",
                        "S pozdravem\nMiloš Tůma, jednatel",
                    ],
                },
            )
        ],
    },
    {
        "id": "aq013-slovak-pdf-form",
        "description": "Slovak daily, Slovak cover and PDF form with ☑/☐ boxes and a role table, "
        "Slovak mobile number",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Východoslovenský denník, s. r. o.",
            A13,
            None,
            ["198.51.100.180"],
            ["198.51.100.181"],
            "Marián Hudák",
            "hudak@vsdennik.example",
            "+421905312784",
        ),
        "from": "Marián Hudák <hudak@vsdennik.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": APPLE,
        "body": (
            "Dobrý deň,\n\nv prílohe posielame vyplnenú žiadosť o prístup k výsledkom volieb "
            "do Poslaneckej snemovne.\n\nS pozdravom\nMarián Hudák\nVýchodoslovenský denník\n"
        ),
        "attachments": [
            (
                "pdf",
                "ziadost_VSD.pdf",
                [
                    "ŽIADOSŤ",
                    f"Žiadateľ: Východoslovenský denník, s. r. o.\nIČO: {A13}\n"
                    "Sídlo: Hlavná 74, 040 01 Košice, Slovenská republika",
                    "Predmet žiadosti:\n☑ prístup k výsledkom volieb vo formáte XML\n"
                    "☐ povolenie na nakrúcanie na zbernom mieste",
                    {
                        "rows": [
                            ["Typ", "IP adresa"],
                            ["produkčná", "198.51.100.180"],
                            ["testovacia", "198.51.100.181"],
                        ],
                        "widths": [150, 150],
                    },
                    "Kontaktná osoba: Marián Hudák, +421 905 312 784, hudak@vsdennik.example",
                ],
            )
        ],
    },
    {
        "id": "aq014-win1250-xlsx-merged-role-cell",
        "description": "windows-1250 Outlook mail with the request in the text, XLSX where a "
        "merged 'Produkční' cell spans two rows; the contact only in the sheet",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Rádio Polabí FM s.r.o.",
            A14,
            None,
            ["203.0.113.88", "203.0.113.89"],
            ["203.0.113.95"],
            "Ivo Matějka",
            "ivo.matejka@radiopolabi.example",
            "+420604229015",
        ),
        "from": '"Rádio Polabí FM" <redakce@radiopolabi.example>',
        "subject": "Žádost o přístup k XML – Rádio Polabí FM",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\nspolečnost Rádio Polabí FM s.r.o., IČO: "
            f"{A14}, žádá o přístup k výsledkům voleb ve formátu XML. IP adresy a kontaktní "
            "osobu najdete v přiložené tabulce.\n\nDěkujeme\nRedakce Rádia Polabí FM\n"
            "Pražská 1701, 280 02 Kolín\n"
        ),
        "attachments": [
            (
                "xlsx",
                "IP_adresy_Polabi.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Role", "IP adresa", "Poznámka"],
                            ["Produkční", "203.0.113.88", "primární"],
                            [None, "203.0.113.89", "sekundární"],
                            ["Testovací", "203.0.113.95", "do 10/2025"],
                            [],
                            [
                                "Kontakt",
                                "Ivo Matějka",
                                "ivo.matejka@radiopolabi.example, 604 229 015",
                            ],
                        ],
                        "merge": ["A2:A3"],
                    }
                ],
            )
        ],
    },
]
