"""Fifty-third held-out part ``ck``, cases ck001–ck014: a DOCX form of content controls, a data
message whose PDF bundles two documents, a PDF letter with an image caption and a text table,
an empty mail with an XLSX whose roles are in a "Pozn." row, an RTF form with struck-through
ANO/NE, a Danish agency filling the Czech template in English, a DIČ-only signature, a split
data message, a forward whose cover changes the contact, merged role cells, an OSVČ's data
message, a cover correcting the PDF, a three-sheet workbook and an HTML [x]/[ ] form. Written by
hand apart from the extraction rules (see make_fiftythird_ck); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftythird_ck_common import (
    APPLE,
    CENTRUM,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
    struck,
)

I1, I2, I3, I4, I5 = ico("2741583"), ico("0612947"), ico("2850316"), ico("0734185"), ico("2693021")
I7, I8, I9, I10 = ico("0581734"), ico("2716048"), ico("0449352"), ico("0803617")
I11, I12, I13, I14 = ico("7410258"), ico("2938450"), ico("0557261"), ico("2604839")

CASES: list[dict[str, Any]] = [
    {
        "id": "ck001-docx-content-controls-zaskrtnete",
        "description": "one-line cover; the DOCX template's checkboxes are content controls "
        "rendered as ☒/☐ under the legend 'zaškrtněte' (filming unticked), the publisher in the "
        "page header, addresses and contact in a two-column table",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Hlas Vysočiny s.r.o.",
            I1,
            None,
            ["198.51.100.60", "198.51.100.61"],
            ["198.51.100.69"],
            "Tereza Hanáková",
            "hanakova@hlasvysociny.example",
            "+420605227194",
        ),
        "from": "Tereza Hanáková <hanakova@hlasvysociny.example>",
        "subject": "Formulář - přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den, v příloze vyplněný formulář. T. Hanáková\n",
        "attachments": [
            (
                "docx",
                "Formular_media_volby_HV.docx",
                {
                    "header": "Hlas Vysočiny s.r.o.  ·  Havlíčkova 1120/14, 586 01 Jihlava  ·  "
                    "IČO " + I1,
                    "footer": "Strana 1 z 1  ·  formulář ČSÚ pro média, verze 2025",
                    "blocks": [
                        "ŽÁDOST MÉDIA O SPOLUPRÁCI PŘI ZPRACOVÁNÍ VÝSLEDKŮ VOLEB",
                        "Předmět žádosti (zaškrtněte):",
                        "☒  Zpřístupnění výsledků voleb ve formátu XML na dedikovaném serveru",
                        "☐  Povolení pořizovat obrazové a zvukové záznamy na pracovištích ČSÚ",
                        {
                            "rows": [
                                ["Žadatel (název, právní forma)", "Hlas Vysočiny s.r.o."],
                                ["IČO", I1],
                                ["IP adresy – produkční (max. 5)", "198.51.100.60, 198.51.100.61"],
                                ["IP adresy – testovací (max. 5)", "198.51.100.69"],
                                ["Kontaktní osoba", "Tereza Hanáková"],
                                ["Telefon", "605 227 194"],
                                ["E-mail", "hanakova@hlasvysociny.example"],
                            ]
                        },
                        "Datum: 3. 9. 2025         Podpis: ☐ elektronický  ☒ vlastnoruční",
                    ],
                },
            )
        ],
    },
    {
        "id": "ck002-databox-viz-priloha-pdf-bundle",
        "description": "data message: the annotation says only 'viz příloha', the one PDF bundles "
        "two documents (the request, then a technical annex with a /30 production block)",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Regionální vysílání Beskydy, a.s.",
            I2,
            "bk7t2wq",
            ["203.0.113.200", "203.0.113.201", "203.0.113.202", "203.0.113.203"],
            ["203.0.113.210"],
            "Ondřej Kubala",
            "kubala@rvbeskydy.example",
            "+420731204588",
        ),
        "databox": box(
            "bk7t2wq", "Regionální vysílání Beskydy, a.s.", "Palackého 2210, 738 01 Frýdek-Místek"
        ),
        "subject": "Žádost o přístup k výsledkům voleb - viz příloha",
        "attachments": [
            (
                "pdf",
                "podani_RVB_2dokumenty.pdf",
                [
                    "Obsah podání: Dokument 1/2 – žádost; Dokument 2/2 – technická příloha",
                    "DOKUMENT 1/2",
                    "Regionální vysílání Beskydy, a.s., IČO " + I2 + ", Palackého 2210, "
                    "738 01 Frýdek-Místek",
                    "Žádáme Český statistický úřad o zpřístupnění výsledků voleb na "
                    "dedikovaném serveru pro potřeby našeho zpravodajství. Adresy uvádíme "
                    "v technické příloze (dokument 2/2).",
                    "Kontaktní osoba: Ondřej Kubala, vedoucí vysílací techniky, "
                    "kubala@rvbeskydy.example, mobil 731 204 588",
                    "Ing. Radomír Šustala, předseda představenstva",
                    "DOKUMENT 2/2 – TECHNICKÁ PŘÍLOHA",
                    {
                        "rows": [
                            ["Účel", "Adresa / rozsah", "Poznámka"],
                            ["produkce", "203.0.113.200/30", "cluster playout"],
                            ["test", "203.0.113.210", "vývojový server"],
                        ],
                        "widths": [80, 150, 150],
                    },
                ],
            )
        ],
    },
    {
        "id": "ck003-pdf-letter-image-caption-and-table",
        "description": "PDF letter with letterhead: the addresses appear twice, in the caption of "
        "a firewall screenshot and in a text table with a role column; both requests",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Týdeník Polabí, s.r.o.",
            I3,
            None,
            ["198.51.100.130", "198.51.100.131"],
            ["198.51.100.140"],
            "Markéta Šimková",
            "simkova@tydenikpolabi.example",
            "+420603771245",
        ),
        "from": "Marketa Simkova <simkova@tydenikpolabi.example>",
        "subject": "Zadost TP - volby",
        "headers": APPLE,
        "body": "Dobrý den,\n\nposílám podepsanou žádost v PDF.\n\nMarkéta Šimková\nTýdeník "
        "Polabí\n",
        "attachments": [
            (
                "pdf",
                "zadost_tydenik_polabi.pdf",
                [
                    "TÝDENÍK POLABÍ, s.r.o. | Riegrova 55, 280 02 Kolín | IČO " + I3,
                    "Český statistický úřad, odbor informatiky",
                    "Věc: žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Vážení, žádáme o zpřístupnění výsledků voleb v XML a zároveň o povolení "
                    "natáčet a fotografovat na krajském pracovišti ve Středočeském kraji "
                    "(kameraman Lubomír Beneš).",
                    "[obrázek: snímek obrazovky z konfigurace firewallu]\nObr. 1 – povolené "
                    "odchozí adresy: 198.51.100.130, 198.51.100.131 (produkce), "
                    "198.51.100.140 (test)",
                    {
                        "rows": [
                            ["Role", "IP adresa", "Stroj"],
                            ["produkční", "198.51.100.130", "tp-web-01"],
                            ["produkční", "198.51.100.131", "tp-web-02"],
                            ["testovací", "198.51.100.140", "tp-dev"],
                        ],
                        "widths": [90, 130, 110],
                    },
                    "Kontaktní osoba pro žádost: Markéta Šimková, tel. 603 771 245, "
                    "simkova@tydenikpolabi.example",
                    "V Kolíně 4. 9. 2025\nPetr Lhoták, jednatel",
                ],
            )
        ],
    },
    {
        "id": "ck004-empty-xlsx-roles-in-pozn-row",
        "description": "empty body; the XLSX lists three addresses without a role column, the "
        "roles are in a 'Pozn.' row below the table; the contact sheet writes surname first",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Podbrdské listy s.r.o.",
            I4,
            None,
            ["203.0.113.71", "203.0.113.72"],
            ["203.0.113.77"],
            "Vojtěch Bureš",
            "bures@podbrdskelisty.example",
            "+420722815036",
        ),
        "from": "bures@podbrdskelisty.example",
        "subject": "XML volby",
        "headers": GMAIL,
        "body": "",
        "attachments": [
            (
                "xlsx",
                "podbrdske_listy_volby.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Žádost o přístup k XML s výsledky voleb", ""],
                            ["Název", "Podbrdské listy s.r.o."],
                            ["IČO", I4],
                            ["Kontaktní osoba", "Bureš Vojtěch"],
                            ["E-mail", "bures@podbrdskelisty.example"],
                            ["Telefon", "722 815 036"],
                            ["Natáčení na pracovišti", "nežádáme"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["IP adresa", "Umístění"],
                            ["203.0.113.71", "serverovna Příbram"],
                            ["203.0.113.72", "serverovna Příbram"],
                            ["203.0.113.77", "notebook redakce"],
                            ["", ""],
                            [
                                "Pozn.: první dva řádky jsou ostrý provoz (produkce), třetí "
                                "adresa je jen na testování",
                                "",
                            ],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ck005-rtf-ano-ne-struck-through",
        "description": "iso-8859-2 cover; RTF form 'nehodící se škrtněte' where the wrong word of "
        "each ANO / NE pair is struck through (feed ANO, filming NE)",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Rádio Krušnohoří s.r.o.",
            I5,
            None,
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Lukáš Brabec",
            "brabec@radiokrusnohori.example",
            "+420608412973",
        ),
        "from": "Lukas Brabec <brabec@radiokrusnohori.example>",
        "subject": "zadost o pristup - Radio Krusnohori",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": "Dobrý den,\n\nv příloze posílám vyplněný formulář (RTF, škrtal jsem ve Wordu).\n\n"
        "S pozdravem\nLukáš Brabec\ntechnik, Rádio Krušnohoří\n",
        "attachments": [
            (
                "rtf",
                "formular_RK.rtf",
                [
                    "Žádost média - volby (nehodící se škrtněte)",
                    [
                        ["Žadatel", "Rádio Krušnohoří s.r.o., IČO " + I5],
                        ["Přístup k výsledkům v XML", "ANO / " + struck("NE")],
                        ["Natáčení na pracovišti ČSÚ", struck("ANO") + " / NE"],
                        ["Produkční IP", "192.0.2.90"],
                        ["Testovací IP", "192.0.2.91"],
                        ["Kontakt", "Lukáš Brabec, 608 412 973, brabec@radiokrusnohori.example"],
                    ],
                    "Chomutov, 5. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "ck006-english-on-czech-template-danish-agency",
        "description": "a Danish agency fills the office's Czech ODT template in English: no "
        "IČO (a Danish CVR instead), IPv6 and IPv4 production, tests from production, both",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Nordvik Nyhedsbureau ApS",
            None,
            None,
            ["2001:db8:d4::21", "198.51.100.220"],
            [],
            "Signe Holm-Kristensen",
            "shk@nordvik-nyheder.example",
            "+4531428760",
        ),
        "from": "Signe Holm-Kristensen <shk@nordvik-nyheder.example>",
        "subject": "Application - election results feed + filming (Nordvik)",
        "headers": MAC_OUTLOOK,
        "body": "Hello,\n\nplease find attached your application form, filled in in English "
        "as we do not speak Czech. I hope that is acceptable.\n\nKind regards\nSigne "
        "Holm-Kristensen\nNordvik Nyhedsbureau ApS, Copenhagen\n",
        "attachments": [
            (
                "odt",
                "CSU_zadost_media_Nordvik.odt",
                [
                    "ŽÁDOST MÉDIA – VOLBY DO POSLANECKÉ SNĚMOVNY",
                    [
                        ["Název žadatele", "Nordvik Nyhedsbureau ApS (Danish news agency)"],
                        ["IČO", "n/a – not registered in CZ, Danish CVR 38294176"],
                        ["Přístup k XML (ANO/NE)", "YES"],
                        [
                            "Natáčení na pracovišti (ANO/NE)",
                            "YES – Prague collection point, 2 people, one camera",
                        ],
                        ["Produkční IP adresy", "2001:db8:d4::21\n198.51.100.220"],
                        ["Testovací IP adresy", "none – we will test from the production host"],
                        ["Kontaktní osoba", "Signe Holm-Kristensen"],
                        ["Telefon", "+45 31 42 87 60"],
                        ["E-mail", "shk@nordvik-nyheder.example"],
                    ],
                    "Datum / podpis: 2025-09-05, S. Holm-Kristensen",
                ],
            )
        ],
    },
    {
        "id": "ck007-docx-letter-dic-only-signature",
        "description": "cover mail and a DOCX letter whose signature block gives only the DIČ "
        "(CZ + IČO), no separate IČO; two production addresses, no test",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Jihočeská mediální s.r.o.",
            I7,
            None,
            ["198.18.20.5", "198.18.20.6"],
            [],
            "Alena Koubková",
            "koubkova@jcmedialni.example",
            "+420387114620",
        ),
        "from": "Alena Koubková <koubkova@jcmedialni.example>",
        "subject": "Žádost - výsledky voleb XML",
        "headers": SEZNAM,
        "body": "Dobrý den,\nzasílám žádost o přístup k výsledkům voleb.\nDěkuji, Alena Koubková\n",
        "attachments": [
            (
                "docx",
                "zadost_JCM.docx",
                {
                    "header": "Jihočeská mediální s.r.o.",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "České Budějovice 8. 9. 2025",
                        "Žádost o zpřístupnění výsledků voleb",
                        "Pro zpravodajský portál jcm-zpravy žádáme o přístup k výsledkům voleb "
                        "na dedikovaném serveru z adres 198.18.20.5 a 198.18.20.6 (obě "
                        "produkční; testovací přístup nepotřebujeme). Žádost se týká jen dat, "
                        "na pracoviště nikoho posílat nebudeme.",
                        "Kontaktní osoba: Alena Koubková, tel. 387 114 620, "
                        "koubkova@jcmedialni.example",
                        "Alena Koubková\nvedoucí redakce\nJihočeská mediální s.r.o.\n"
                        "Lannova 31, 370 01 České Budějovice\nDIČ: CZ" + I7,
                    ],
                },
            )
        ],
    },
    {
        "id": "ck008-databox-split-annotation-and-docx",
        "description": "data message: production addresses only in the annotation, the DOCX "
        "adds the test address and the contact and says the rest is in the annotation",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Zlínský deník online s.r.o.",
            I8,
            "zd5m8kr",
            ["192.0.2.140", "192.0.2.141"],
            ["192.0.2.150"],
            "Hana Melicharová",
            "melicharova@zlinskydenik.example",
            "+420777309415",
        ),
        "databox": box(
            "zd5m8kr", "Zlínský deník online s.r.o.", "Třída Tomáše Bati 5, 760 01 Zlín"
        ),
        "subject": "Žádost o zpřístupnění výsledků voleb, produkční IP 192.0.2.140 a 192.0.2.141, "
        "ostatní údaje v příloze",
        "attachments": [
            (
                "docx",
                "doplneni_zadosti.docx",
                {
                    "blocks": [
                        "Zlínský deník online s.r.o., IČO " + I8,
                        "Doplnění k žádosti (produkční adresy jsou v anotaci zprávy):",
                        {
                            "rows": [
                                ["testovací IP", "192.0.2.150"],
                                ["kontakt", "Hana Melicharová"],
                                ["mobil", "777 309 415"],
                                ["e-mail", "melicharova@zlinskydenik.example"],
                            ]
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "ck009-forward-eml-cover-changes-contact",
        "description": "the editor-in-chief forwards a colleague's application as an attached "
        ".eml and says he is the contact now (she leaves); both requests in the inner mail",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Vltavín Media s.r.o.",
            I9,
            None,
            ["203.0.113.150"],
            ["203.0.113.151"],
            "Martin Pešek",
            "pesek@vltavinmedia.example",
            "+420777410925",
        ),
        "from": "Martin Pešek <pesek@vltavinmedia.example>",
        "subject": "Fwd: žádost Vltavín - volby",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\npřeposílám žádost kolegyně Kláry Dvořákové, která k vám asi "
        "nedošla. Klára od října odchází na mateřskou, jako kontaktní osobu proto prosím "
        "uveďte mě: Martin Pešek, pesek@vltavinmedia.example, 777 410 925. Ostatní platí.\n\n"
        "Martin Pešek\nšéfredaktor\n",
        "attachments": [
            (
                "eml",
                "zadost_Vltavin.eml",
                {
                    "id": "ck009-inner",
                    "from": "Klára Dvořáková <dvorakova@vltavinmedia.example>",
                    "subject": "žádost Vltavín Media - volby",
                    "body": "Dobrý den,\n\nza společnost Vltavín Media s.r.o. (IČO " + I9 + ") "
                    "žádáme o přístup k XML s výsledky voleb a o povolení natáčet na "
                    "pracovišti v Českých Budějovicích.\n\nprodukce: 203.0.113.150\n"
                    "test: 203.0.113.151\n\nKontakt: Klára Dvořáková, 605 118 273\n\n"
                    "Děkuji\nKlára Dvořáková\n",
                },
            )
        ],
    },
    {
        "id": "ck010-docx-merged-role-cells-backup",
        "description": "multipart/alternative cover; DOCX table whose 'Produkce' row header is "
        "merged over three rows (one a backup server), one test row",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Krajské noviny Haná a.s.",
            I10,
            None,
            ["198.51.100.40", "198.51.100.41", "198.51.100.42"],
            ["198.51.100.48"],
            "Roman Zbořil",
            "zboril@knhana.example",
            "+420585203117",
        ),
        "from": "Roman Zbořil <zboril@knhana.example>",
        "subject": "Žádost o přístup k výsledkům voleb – KN Haná",
        "headers": OWA,
        "body": "Dobrý den,\n\nv příloze posíláme žádost.\n\nRoman Zbořil\nIT, Krajské noviny "
        "Haná a.s.\n",
        "html": "<html><body><p>Dobrý den,</p><p>v příloze posíláme žádost.</p><p>Roman Zbořil"
        "<br>IT, Krajské noviny Haná a.s.</p></body></html>",
        "attachments": [
            (
                "docx",
                "KN_Hana_zadost.docx",
                {
                    "header": "Krajské noviny Haná a.s. | Horní náměstí 9, 779 00 Olomouc | IČO "
                    + I10,
                    "footer": "Vyřizuje: Roman Zbořil, tel. 585 203 117",
                    "blocks": [
                        "Žádáme o zpřístupnění výsledků voleb na dedikovaném serveru ČSÚ.",
                        {
                            "rows": [
                                ["Účel", "IP adresa", "Server"],
                                ["Produkce", "198.51.100.40", "web-01"],
                                ["", "198.51.100.41", "web-02"],
                                ["", "198.51.100.42", "záložní (DR Ostrava)"],
                                ["Test", "198.51.100.48", "stage"],
                            ],
                            "merge": [(1, 0, 3, 0)],
                        },
                        "Kontakt: Roman Zbořil, zboril@knhana.example, 585 203 117",
                    ],
                },
            )
        ],
    },
    {
        "id": "ck011-databox-osvc-photographer-odt-film-only",
        "description": "data message from a natural person in business: ODT form, filming yes "
        "and feed no; the dash after her name describes her work, so her name is the applicant",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Pavla Zezulová",
            I11,
            "pz3n9xe",
            [],
            [],
            "Pavla Zezulová",
            "zezulova@fotozezulova.example",
            "+420608330174",
        ),
        "databox": box("pz3n9xe", "Pavla Zezulová", "Komenského 18, 568 02 Svitavy", kind=40),
        "subject": "Žádost o povolení fotografovat na pracovišti ČSÚ",
        "attachments": [
            (
                "odt",
                "zadost_Zezulova.odt",
                [
                    "Žádost o povolení pořizovat záznam",
                    [
                        ["Žadatel", "Pavla Zezulová – fotografka na volné noze"],
                        ["IČO", I11],
                        ["Přístup k XML výsledkům", "NE (výsledky nepotřebuji)"],
                        ["Fotografování na pracovišti", "ANO – Pardubice, volební noc"],
                        ["Kontakt", "zezulova@fotozezulova.example, 608 330 174"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "ck012-base64-cover-corrects-pdf-test-ip",
        "description": "base64 cover from a phone correcting a transposed test address in the "
        "attached PDF (.85 should be .58)",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Brněnský večerník s.r.o.",
            I12,
            None,
            ["192.0.2.50", "192.0.2.51"],
            ["192.0.2.58"],
            "Jakub Rys",
            "rys@brnenskyvecernik.example",
            "+420735661208",
        ),
        "from": "Jakub Rys <rys@brnenskyvecernik.example>",
        "subject": "zadost BV",
        "headers": IPHONE,
        "cte": "base64",
        "body": "Dobrý den, posílám žádost. V PDF je u testovací adresy překlep, správně je "
        "192.0.2.58 (ne .85). Díky\nJakub Rys\n\nOdesláno z iPhonu\n",
        "attachments": [
            (
                "pdf",
                "BV_zadost_volby.pdf",
                [
                    "Brněnský večerník s.r.o., Kobližná 22, 602 00 Brno, IČO " + I12,
                    "Žádost o přístup k výsledkům voleb (XML)",
                    {
                        "rows": [
                            ["produkční adresy", "192.0.2.50; 192.0.2.51"],
                            ["testovací adresa", "192.0.2.85"],
                            [
                                "kontaktní osoba",
                                "Jakub Rys, 735 661 208, rys@brnenskyvecernik.example",
                            ],
                        ],
                        "widths": [120, 260],
                    },
                ],
            )
        ],
    },
    {
        "id": "ck013-xlsx-three-sheets-contacts-role-column",
        "description": "workbook of three sheets: applicant, addresses under a merged title "
        "row, contacts with a role column (a cameraman listed first, the contact second, "
        "surname first)",
        "style": Style.TABLE,
        "labels": L(
            [FEED, FILM],
            "TV Jizera, spol. s r.o.",
            I13,
            None,
            ["198.51.100.160", "198.51.100.161"],
            ["198.51.100.170"],
            "Iveta Nováková",
            "novakova@tvjizera.example",
            "+420737552610",
        ),
        "from": "Iveta Nováková <novakova@tvjizera.example>",
        "subject": "TV Jizera - žádost (XML + natáčení)",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\nposíláme žádost, vše je v tabulce v příloze (tři listy).\n\n"
        "Iveta Nováková\nprodukce TV Jizera\n",
        "attachments": [
            (
                "xlsx",
                "TVJizera_volby.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "TV Jizera, spol. s r.o."],
                            ["IČO", I13],
                            ["Sídlo", "Husova 7, 460 01 Liberec"],
                            [
                                "Žádáme o",
                                "přístup k XML výsledkům + povolení natáčení (pracoviště Liberec)",
                            ],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Adresy pro přístup k XML", "", ""],
                            ["Typ", "Adresa", "Pozn."],
                            ["produkce", "198.51.100.160", "encoder"],
                            ["produkce", "198.51.100.161", "grafika"],
                            ["test", "198.51.100.170", ""],
                        ],
                        "merge": ["A1:C1"],
                    },
                    {
                        "title": "Kontakty",
                        "rows": [
                            ["Příjmení a jméno", "Role", "E-mail", "Telefon"],
                            ["Hrubý Aleš", "kameraman", "hruby@tvjizera.example", "604 771 902"],
                            [
                                "Nováková Iveta",
                                "kontaktní osoba pro žádost",
                                "novakova@tvjizera.example",
                                "737 552 610",
                            ],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ck014-html-only-bracket-form-cp1250",
        "description": "text/html only in windows-1250, a [x]/[ ] request list (filming "
        "unticked) and an HTML table; the PDF attached is the signed copy of the same form",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Turnovské listy, s.r.o.",
            I14,
            None,
            ["203.0.113.180"],
            ["203.0.113.181", "203.0.113.182"],
            "Zuzana Tichá",
            "ticha@turnovskelisty.example",
            "+420481227305",
        ),
        "from": "Zuzana Tichá <ticha@turnovskelisty.example>",
        "subject": "Žádost o přístup k datům voleb",
        "headers": CENTRUM,
        "charset": "windows-1250",
        "html": "<html><body><p>Dobrý den,</p><p>žádáme:</p><p>[x] přístup k výsledkům voleb "
        "(XML, dedikovaný server)<br>[ ] povolení natáčet na pracovišti</p>"
        "<table border=1><tr><th>produkční IP</th><td>203.0.113.180</td></tr>"
        "<tr><th>testovací IP</th><td>203.0.113.181, 203.0.113.182</td></tr>"
        "<tr><th>kontakt</th><td>Zuzana Tichá, tel. 481 227 305</td></tr></table>"
        "<p>Turnovské listy, s.r.o., IČO " + I14 + "<br>Podepsaný formulář přikládám.</p>"
        "</body></html>",
        "attachments": [
            (
                "pdf",
                "formular_podepsany.pdf",
                [
                    "Turnovské listy, s.r.o. – IČO " + I14,
                    "[x] přístup k výsledkům voleb   [ ] natáčení",
                    "produkce 203.0.113.180 / test 203.0.113.181, 203.0.113.182",
                    "Zuzana Tichá, ticha@turnovskelisty.example, 481 227 305",
                ],
            )
        ],
    },
]
