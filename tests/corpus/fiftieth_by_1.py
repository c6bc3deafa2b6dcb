"""Fiftieth held-out part ``by``, cases by001–by014: a DOCX form with its template hints left
in, a data message with an older and a newer PDF, an empty mail with a workbook that has a
notes column and a totals row, an interior-ministry form adapted for ČSÚ, a forwarded .eml
whose cover corrects the phone, an RTF with reviewer notes, data messages with the request in
the annotation and in the file, an HTML ANO/NE form, a PDF letter with IČO and box ID in the
mail signature, a flowed cover with a merged-cell workbook, a signed university letter, a
windows-1250 [x]/[ ] form asking only to photograph and a natural person's data message with
two versions of a workbook. Written by hand apart from the extraction rules (see
make_fiftieth_by); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftieth_by_common import (
    APPLE,
    CENTRUM,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I1, I2, I3, I4, I5 = ico("2764105"), ico("0583219"), ico("2915406"), ico("0472638"), ico("2681937")
I6, I7, I8, I9, I10 = ico("0839152"), ico("2520847"), ico("0697314"), ico("2847260"), ico("0315798")
I11, I12, I13, I14 = ico("2479563"), ico("0061284"), ico("2693041"), ico("7418305")

CASES: list[dict[str, Any]] = [
    {
        "id": "by001-docx-template-hints-left",
        "description": "one-line cover; the DOCX form keeps its template hints ('sem uveďte IP "
        "adresu', 'example: 192.0.2.1') beside the filled values, filming unticked, the contact "
        "written surname first",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Vysočinské listy s.r.o.",
            I1,
            None,
            ["198.51.100.61", "198.51.100.62"],
            ["198.51.100.70"],
            "Petra Holubová",
            "holubova@vysocinskelisty.example",
            "+420737215904",
        ),
        "from": "Petra Holubová <holubova@vysocinskelisty.example>",
        "subject": "formulář - volby",
        "headers": OUTLOOK,
        "body": "Dobrý den,\nv příloze vyplněný formulář.\nDíky\nP. Holubová\n",
        "attachments": [
            (
                "docx",
                "formular_pristup_vysledky_VL.docx",
                {
                    "header": "Vysočinské listy s.r.o. • Havlíčkova 17, 586 01 Jihlava • IČO " + I1,
                    "footer": "Formulář verze 3 – nevyplněná pole ponechte prázdná",
                    "blocks": [
                        "ŽÁDOST O PŘÍSTUP K PRŮBĚŽNÝM VÝSLEDKŮM VOLEB",
                        "Označte, o co žádáte:",
                        "☒ přístup k výsledkům na dedikovaném serveru (XML)",
                        "☐ povolení k natáčení / fotografování na pracovišti ČSÚ",
                        {
                            "rows": [
                                ["Položka", "Vyplňte"],
                                [
                                    "Produkční IP adresa/y (sem uveďte IP adresu, max. 5)",
                                    "198.51.100.61; 198.51.100.62",
                                ],
                                [
                                    "Testovací IP adresa (nepovinné; example: 192.0.2.1)",
                                    "198.51.100.70",
                                ],
                                [
                                    "Kontaktní osoba (příjmení, jméno)",
                                    "Holubová Petra",
                                ],
                                ["Telefon (vyplňte ve tvaru +420…)", "+420 737 215 904"],
                                ["E-mail", "holubova@vysocinskelisty.example"],
                            ]
                        },
                        "V Jihlavě 3. 9. 2025",
                        "za vydavatele: Bc. Marcel Dvořák, jednatel",
                    ],
                },
            )
        ],
    },
    {
        "id": "by002-databox-older-and-newer-pdf",
        "description": "data message with two PDFs, the first with a wrong test address; the "
        "annotation says the second version holds; both name the same contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rozhlas Polabí, s.r.o.",
            I2,
            "k7wfa3p",
            ["203.0.113.10", "203.0.113.11"],
            ["203.0.113.19"],
            "Marek Dušek",
            "dusek@rozhlaspolabi.example",
            "+420604112873",
        ),
        "databox": box("k7wfa3p", "Rozhlas Polabí, s.r.o.", "Palackého 305, 288 02 Nymburk"),
        "subject": "Žádost o přístup k výsledkům voleb – přikládáme obě verze, platí "
        "zadost_v2.pdf (ve v1 chybná testovací adresa)",
        "attachments": [
            (
                "pdf",
                "zadost_v1.pdf",
                [
                    "Rozhlas Polabí, s.r.o. | Palackého 305, 288 02 Nymburk | IČO " + I2,
                    "Věc: žádost o přístup k průběžným výsledkům voleb (XML)",
                    {
                        "rows": [
                            ["Produkční IP", "203.0.113.10, 203.0.113.11"],
                            ["Testovací IP", "203.0.113.91"],
                            ["Kontakt", "Marek Dušek, dusek@rozhlaspolabi.example, 604 112 873"],
                        ],
                        "widths": [120, 300],
                    },
                    "Nymburk 1. 9. 2025, Ing. Vladimír Koubek, jednatel",
                ],
            ),
            (
                "pdf",
                "zadost_v2.pdf",
                [
                    "Rozhlas Polabí, s.r.o. | Palackého 305, 288 02 Nymburk | IČO " + I2,
                    "Věc: žádost o přístup k průběžným výsledkům voleb (XML) – opravená verze",
                    {
                        "rows": [
                            ["Produkční IP", "203.0.113.10, 203.0.113.11"],
                            ["Testovací IP", "203.0.113.19"],
                            ["Kontakt", "Marek Dušek, dusek@rozhlaspolabi.example, 604 112 873"],
                        ],
                        "widths": [120, 300],
                    },
                    "Nymburk 4. 9. 2025, Ing. Vladimír Koubek, jednatel",
                ],
            ),
        ],
    },
    {
        "id": "by003-empty-xlsx-notes-column-totals",
        "description": "empty body; the workbook's address sheet has a notes column (one "
        "production address marked old, the test one 'ověřit s IT') and a totals row counting "
        "the old one too",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Podhůří Media a.s.",
            I3,
            None,
            ["198.18.20.5", "198.18.20.6"],
            ["198.18.21.5"],
            "Tomáš Kučera",
            "kucera@podhurimedia.example",
            "+420605733291",
        ),
        "from": "Tomas Kucera <kucera@podhurimedia.example>",
        "subject": "zadost CSU",
        "headers": GMAIL,
        "body": "",
        "attachments": [
            (
                "xlsx",
                "podhuri_volby_IP.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Žadatel", "Podhůří Media a.s."],
                            ["IČO", I3],
                            ["Žádáme o", "přístup k XML výsledkům voleb (dedikovaný server)"],
                            ["Kontaktní osoba", "Tomáš Kučera"],
                            ["E-mail", "kucera@podhurimedia.example"],
                            ["Telefon", "605 733 291"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Účel", "IP adresa", "Poznámka"],
                            ["produkce", "198.18.20.5", ""],
                            ["produkce", "198.18.20.6", ""],
                            [
                                "produkce",
                                "198.18.20.7",
                                "stará, od srpna nepoužíváme – nezapisovat",
                            ],
                            ["test", "198.18.21.5", "(ověřit s IT)"],
                            ["Celkem", "4", ""],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "by004-interior-ministry-form-adapted",
        "description": "iso-8859-2 cover; the ODT is the interior ministry's accreditation form "
        "rewritten for ČSÚ, with leftover fields ('nevyplňuje se'), the publication and its "
        "publisher both named, both requests in one purpose cell",
        "style": Style.ADAPTED,
        "labels": L(
            [FEED, FILM],
            "Hranické noviny s.r.o.",
            I4,
            None,
            ["192.0.2.140", "192.0.2.141"],
            ["192.0.2.150"],
            "Libor Šťastný",
            "stastny@hranickytydenik.example",
            "+420581203447",
        ),
        "from": "Libor Šťastný <stastny@hranickytydenik.example>",
        "subject": "Žádost – výsledky voleb a natáčení",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": "Dobrý den,\n\nváš formulář jsme na webu nenašli, tak jsme vzali ten, který "
        "posíláme na ministerstvo vnitra kvůli akreditacím, a přepsali ho. Snad to nevadí, "
        "všechno potřebné by tam mělo být.\n\nS pozdravem\nLibor Šťastný\nšéfredaktor, "
        "Hranický týdeník\n",
        "attachments": [
            (
                "odt",
                "zadost_akreditace_upraveno_CSU.odt",
                [
                    "Ministerstvo vnitra České republiky  →  Český statistický úřad",
                    "ŽÁDOST O AKREDITACI (upraveno: žádost o přístup k výsledkům voleb a o "
                    "povolení natáčení)",
                    [
                        ["Název média", "Hranický týdeník"],
                        ["Vydavatel (právnická osoba)", "Hranické noviny s.r.o., IČO " + I4],
                        [
                            "Účel akreditace",
                            "přístup k průběžným výsledkům (XML) a natáčení na krajském "
                            "pracovišti ČSÚ v Olomouci v noci po uzavření místností",
                        ],
                        ["Číslo služebního průkazu", "nevyplňuje se"],
                        ["Akreditace na jednání vlády", "—"],
                        ["IP adresy serveru (doplněno pro ČSÚ)", "192.0.2.140, 192.0.2.141"],
                        ["Testovací IP (doplněno pro ČSÚ)", "192.0.2.150"],
                        [
                            "Odpovědná osoba",
                            "Libor Šťastný, šéfredaktor, tel. 581 203 447, "
                            "stastny@hranickytydenik.example",
                        ],
                        ["Členové štábu", "Radim Ondra (kamera)"],
                    ],
                    "V Hranicích dne 2. září 2025",
                ],
            )
        ],
    },
    {
        "id": "by005-forwarded-eml-cover-fixes-phone",
        "description": "the assistant forwards the editor's internal mail as an attached .eml; "
        "her cover corrects his mobile number, the addresses are written '198.51.100.201 a .202'",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Krkonošský deník, a.s.",
            I5,
            None,
            ["198.51.100.201", "198.51.100.202"],
            ["198.51.100.210"],
            "Vojtěch Laube",
            "laube@krkonosskydenik.example",
            "+420603447918",
        ),
        "from": "Šárka Benešová <benesova@krkonosskydenik.example>",
        "subject": "Fw: žádost pro ČSÚ – prosím odeslat",
        "headers": OWA,
        "body": "Dobrý den,\n\npřeposílám žádost, kterou kolega Vojtěch Laube minulý týden "
        "omylem poslal jen mně místo vám. Jedna oprava: jeho mobil je 603 447 918, ne "
        "603 447 981, jak píše v přiložené zprávě.\n\nDěkuji\nŠárka Benešová\nasistentka "
        "redakce\n",
        "attachments": [
            (
                "eml",
                "zadost pro CSU - prosim odeslat.eml",
                {
                    "id": "by005-inner",
                    "from": "Vojtěch Laube <laube@krkonosskydenik.example>",
                    "to": "benesova@krkonosskydenik.example",
                    "subject": "žádost pro ČSÚ – prosím odeslat",
                    "body": "Šárko, pošli to prosím na podatelnu ČSÚ:\n\n---\nKrkonošský "
                    "deník, a.s., IČO " + I5 + ", žádá o přístup k XML s průběžnými "
                    "výsledky voleb.\nProdukce: 198.51.100.201 a .202\nTest: 198.51.100.210\n"
                    "Kontakt: Vojtěch Laube, laube@krkonosskydenik.example, 603 447 981\n---\n"
                    "\nDík, V.\n",
                },
            )
        ],
    },
    {
        "id": "by006-rtf-reviewer-notes-no-test",
        "description": "RTF letter still carrying a colleague's notes ('(ověřit s IT)' by a "
        "production address, '[pozn.: doplnit]' as the test address); the cover says they test "
        "from production; the contact is not the signer",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Středočeské vysílání, s.r.o.",
            I6,
            None,
            ["203.0.113.70", "203.0.113.71"],
            [],
            "Aleš Vrba",
            "vrba@stredoceskevysilani.example",
            "+420777318624",
        ),
        "from": "Dana Pilařová <pilarova@stredoceskevysilani.example>",
        "subject": "žádost o přístup k XML – volby",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nposílám žádost. Jsou v ní ještě poznámky od kolegyně, ty prosím "
        "ignorujte – testovací adresu nemáme, budeme testovat rovnou z produkce.\n\nDana "
        "Pilařová\n",
        "attachments": [
            (
                "rtf",
                "zadost_SV_2025.rtf",
                [
                    "STŘEDOČESKÉ VYSÍLÁNÍ, s.r.o.\nNáměstí Starosty Pavla 9, 272 01 Kladno\n"
                    "IČO: " + I6,
                    "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10",
                    "Žádáme o zpřístupnění průběžných výsledků voleb prostřednictvím "
                    "dedikovaného serveru ve formátu XML.",
                    [
                        ["Produkční server 1", "203.0.113.70"],
                        ["Produkční server 2", "203.0.113.71 (ověřit s IT)"],
                        ["Testovací server", "[pozn.: doplnit]"],
                        [
                            "Kontaktní osoba",
                            "Ing. Aleš Vrba, vrba@stredoceskevysilani.example, 777 318 624",
                        ],
                    ],
                    "S pozdravem\nMgr. Dana Pilařová\nředitelka",
                ],
            )
        ],
    },
    {
        "id": "by007-databox-annotation-ipv6-txt-contact",
        "description": "data message: the annotation carries the request and IPv6 production "
        "plus an IPv4 test address, the TXT file only the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Infokanál Vysočina s.r.o.",
            I7,
            "q3mzt8e",
            ["2001:db8:52::10", "2001:db8:52::11"],
            ["198.51.100.33"],
            "Roman Hejl",
            "hejl@infokanalvysocina.example",
            "+420608294115",
        ),
        "databox": box(
            "q3mzt8e", "Infokanál Vysočina s.r.o.", "Žižkova 1022, 580 01 Havlíčkův Brod"
        ),
        "subject": "Žádost o zpřístupnění výsledků voleb (XML). Produkce: 2001:db8:52:0:0:0:0:10, "
        "2001:db8:52::11; test: 198.51.100.33. Kontakt v příloze.",
        "attachments": [
            (
                "txt",
                "kontakt.txt",
                "Kontaktní osoba pro tuto žádost:\nRoman Hejl\ntechnický ředitel\n"
                "hejl@infokanalvysocina.example\n+420 608 294 115\n\nInfokanál Vysočina "
                "s.r.o., IČO " + I7 + "\n",
            )
        ],
    },
    {
        "id": "by008-html-form-ano-ne-columns",
        "description": "HTML-only base64 mail whose table has ANO/NE columns (filming marked NE) "
        "and a 'vyplňte' hint left in the phone row",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Kurýr Jihomoravský, z.s.",
            I8,
            None,
            ["198.18.40.1"],
            ["198.18.40.2", "198.18.40.3"],
            "Jitka Fialová",
            "fialova@kuryrjm.example",
            "+420736420118",
        ),
        "from": "Jitka Fialová <fialova@kuryrjm.example>",
        "subject": "Žádost – přístup k výsledkům",
        "headers": SEZNAM,
        "cte": "base64",
        "html": "<html><body><p>Dobrý den, zasíláme vyplněnou žádost.</p>"
        "<table border='1'><tr><th>Požadavek</th><th>ANO</th><th>NE</th></tr>"
        "<tr><td>Přístup k datovému rozhraní (XML)</td><td>X</td><td></td></tr>"
        "<tr><td>Natáčení / fotografování na pracovišti</td><td></td><td>X</td></tr></table>"
        "<br><table border='1'>"
        "<tr><td>Žadatel</td><td>Kurýr Jihomoravský, z.s., IČO " + I8 + "</td></tr>"
        "<tr><td>Produkční IP</td><td>198.18.40.1</td></tr>"
        "<tr><td>Testovací IP</td><td>198.18.40.2, 198.18.40.3</td></tr>"
        "<tr><td>Kontaktní osoba</td><td>Jitka Fialová</td></tr>"
        "<tr><td>Telefon (vyplňte)</td><td>736 420 118</td></tr>"
        "<tr><td>E-mail</td><td>fialova@kuryrjm.example</td></tr></table>"
        "<p>Jitka Fialová, Kurýr Jihomoravský</p></body></html>",
        "attachments": [
            (
                "pdf",
                "stanovy_vypis.pdf",
                [
                    "Výpis ze spolkového rejstříku (informativní)",
                    "Kurýr Jihomoravský, z.s., IČO " + I8 + ", sídlo Vídeňská 41, 639 00 Brno",
                    "Předsedkyně: Jitka Fialová",
                ],
            )
        ],
    },
    {
        "id": "by009-pdf-letter-signature-ico-box",
        "description": "multipart/alternative cover whose signature gives IČO and data-box ID; the "
        "PDF letter asks for both, production written as a range '192.0.2.30 – 32', a film "
        "crew member named beside the contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Moravskoslezský zpravodaj a.s.",
            I9,
            "m8xr2vu",
            ["192.0.2.30", "192.0.2.31", "192.0.2.32"],
            ["192.0.2.40"],
            "Filip Horák",
            "horak@mszpravodaj.example",
            "+420731904256",
        ),
        "from": "Filip Horák <horak@mszpravodaj.example>",
        "subject": "Žádost o přístup k výsledkům a o natáčení",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nv příloze zasílám podepsanou žádost naší společnosti.\n\nS "
        "pozdravem\n\nFilip Horák\nvedoucí vývoje\nMoravskoslezský zpravodaj a.s.\nIČO: "
        + I9
        + " | DS: m8xr2vu\nmobil +420 731 904 256\n",
        "html": "<html><body><p>Dobrý den,</p><p>v příloze zasílám podepsanou žádost naší "
        "společnosti.</p><p>S pozdravem</p><p><b>Filip Horák</b><br>vedoucí vývoje<br>"
        "Moravskoslezský zpravodaj a.s.<br>IČO: " + I9 + " | DS: m8xr2vu<br>mobil +420 731 904 "
        "256</p></body></html>",
        "attachments": [
            (
                "pdf",
                "MSZ_zadost_CSU.pdf",
                [
                    "MORAVSKOSLEZSKÝ ZPRAVODAJ a.s. · 28. října 1620/12, 702 00 Ostrava · IČO "
                    + I9,
                    "Český statistický úřad, Krajská správa v Ostravě",
                    "Žádáme o zpřístupnění průběžných výsledků voleb v XML a o povolení natáčení "
                    "na pracovišti v Ostravě v průběhu sčítání.",
                    "Produkční IP: 192.0.2.30 – 32<br/>Testovací IP: 192.0.2.40",
                    "Kontaktní osoba: Filip Horák, horak@mszpravodaj.example, +420 731 904 256. "
                    "Natáčet bude kameraman Jiří Bartoš (bartos@mszpravodaj.example).",
                    "Ing. Zdeněk Pavlík, předseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "by010-databox-annotation-and-docx-split",
        "description": "data message: the annotation asks for both and gives production, the DOCX "
        "(header and footer with IČO and box ID) the test address in a row-header table and "
        "the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "TV Západ s.r.o.",
            I10,
            "h2pcw9d",
            ["198.51.100.150"],
            ["198.51.100.158"],
            "Kristýna Málková",
            "malkova@tvzapad.example",
            "+420731245880",
        ),
        "databox": box("h2pcw9d", "TV Západ s.r.o.", "Klatovská 88, 301 00 Plzeň"),
        "subject": "Žádáme o povolení natáčení v sídle ČSÚ a o přístup k XML výsledkům; "
        "produkční IP 198.51.100.150, testovací IP a kontakt viz příloha",
        "attachments": [
            (
                "docx",
                "TVZ_doplneni.docx",
                {
                    "header": "TV Západ s.r.o. | Klatovská 88, Plzeň",
                    "footer": "IČO " + I10 + " | datová schránka h2pcw9d",
                    "blocks": [
                        "Doplnění k žádosti (viz anotace datové zprávy)",
                        {
                            "rows": [
                                ["", "Údaj"],
                                ["Testovací IP", "198.51.100.158"],
                                ["Kontaktní osoba", "Kristýna Málková"],
                                ["Telefon", "731 245 880"],
                                ["E-mail", "malkova@tvzapad.example"],
                                ["Štáb (natáčení)", "2 osoby, kamera + redaktor, 3. 10. od 14:00"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "by011-flowed-cover-xlsx-merged-roles",
        "description": "format=flowed cover; the workbook's role column is merged over three "
        "production rows (one of them 'záložní') and two test rows, the contact on a second "
        "sheet written 'NAVRÁTIL Jakub'",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Severočeská mediální, a.s.",
            I11,
            None,
            ["203.0.113.100", "203.0.113.101", "203.0.113.102"],
            ["203.0.113.120", "203.0.113.121"],
            "Jakub Navrátil",
            "navratil@scmedialni.example",
            "+420602318774",
        ),
        "from": "Jakub Navratil <navratil@scmedialni.example>",
        "subject": "Přístup k výsledkům voleb – Severočeská mediální",
        "headers": TBIRD,
        "flowed": True,
        "body": "Dobrý den,\n\nv příloze posílám tabulku s adresami. Žádáme o přístup k "
        "průběžným výsledkům voleb do Poslanecké sněmovny přes XML rozhraní. Kontakt je "
        "na druhém listu tabulky.\n\nZdraví\nJakub Navrátil\n",
        "attachments": [
            (
                "xlsx",
                "SCM_adresy.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Role", "Adresa", "Poznámka"],
                            ["Produkce", "203.0.113.100", "primární"],
                            ["", "203.0.113.101", "sekundární"],
                            ["", "203.0.113.102", "záložní (jiná lokalita)"],
                            ["Test", "203.0.113.120", ""],
                            ["", "203.0.113.121", ""],
                        ],
                        "merge": ["A2:A4", "A5:A6"],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Žadatel", "Severočeská mediální, a.s."],
                            ["IČO", I11],
                            ["Kontaktní osoba", "NAVRÁTIL Jakub"],
                            ["E-mail", "navratil@scmedialni.example"],
                            ["Tel.", "+420 602 318 774"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "by012-smime-university-faculty-filming",
        "description": "S/MIME-signed cover from a faculty; the PDF asks only to film, the "
        "letterhead names the faculty, the footer the university with its legal form and IČO",
        "style": Style.LETTER,
        "labels": L(
            [FILM],
            "Středočeská univerzita v Kolíně, veřejná vysoká škola",
            I12,
            None,
            [],
            [],
            "Eliška Tichá",
            "ticha@fms.su-kolin.example",
            "+420321702455",
        ),
        "from": "Eliška Tichá <ticha@fms.su-kolin.example>",
        "subject": "Žádost o povolení natáčení – studentský dokument",
        "headers": APPLE,
        "smime": True,
        "body": "Vážení,\n\nv příloze zasílám žádost fakulty o povolení natáčení ve volební "
        "noci. Výsledky v XML nepotřebujeme.\n\nMgr. Eliška Tichá, Ph.D.\nKatedra "
        "audiovizuální tvorby\n",
        "attachments": [
            (
                "pdf",
                "FMS_zadost_natacení.pdf",
                [
                    "Středočeská univerzita v Kolíně – Fakulta mediálních studií<br/>"
                    "Kutnohorská 40, 280 02 Kolín",
                    "Žádost o povolení natáčení",
                    "Studenti 2. ročníku natáčejí krátký dokument o průběhu voleb. Žádáme o "
                    "povolení natáčet v sídle ČSÚ v Praze v noci z 3. na 4. října 2025 (tři "
                    "studenti, ruční kamera, bez osvětlení).",
                    "Kontakt: Mgr. Eliška Tichá, Ph.D., ticha@fms.su-kolin.example, "
                    "tel. 321 702 455",
                    "doc. PhDr. Karel Mareš, CSc., děkan",
                    "Středočeská univerzita v Kolíně, veřejná vysoká škola · IČO " + I12,
                ],
            )
        ],
    },
    {
        "id": "by013-windows1250-docx-brackets-photo-only",
        "description": "windows-1250 cover; the DOCX [x]/[ ] form asks only to photograph, its "
        "IP rows still hold the template hints ('sem uveďte IP adresu', 'example: 192.0.2.1')",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Boskovické listy, spol. s r.o.",
            I13,
            None,
            [],
            [],
            "Ivana Kolářová",
            "kolarova@boskovickelisty.example",
            "+420725603118",
        ),
        "from": "Ivana Kolářová <kolarova@boskovickelisty.example>",
        "subject": "fotografovani volebni noc",
        "headers": CENTRUM,
        "charset": "windows-1250",
        "body": "Dobrý den,\n\nposílám formulář. Jde nám jen o fotky z volební noci, data "
        "nepotřebujeme, proto jsem IP nevyplňovala.\n\nIvana Kolářová\nfotoreportérka\n",
        "attachments": [
            (
                "docx",
                "formular_BL.docx",
                {
                    "header": "Boskovické listy, spol. s r.o.",
                    "footer": "Masarykovo nám. 4, 680 01 Boskovice",
                    "blocks": [
                        "Žádost média – volby 2025",
                        "[ ] přístup k průběžným výsledkům (XML)",
                        "[x] povolení fotografovat / natáčet na pracovišti ČSÚ",
                        {
                            "rows": [
                                ["Žadatel", "Boskovické listy, spol. s r.o."],
                                ["IČO", I13],
                                ["Produkční IP", "sem uveďte IP adresu"],
                                ["Testovací IP", "example: 192.0.2.1"],
                                ["Kontaktní osoba", "Kolářová Ivana"],
                                ["Telefon", "+420 725 603 118"],
                                ["E-mail", "kolarova@boskovickelisty.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "by014-databox-osvc-two-workbook-versions",
        "description": "a natural person in business sends two dated workbooks; the annotation "
        "says the newer one holds (a second production and a test address added)",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Ondřej Mráz",
            I14,
            "t9nqe4r",
            ["198.51.100.5", "198.51.100.6"],
            ["198.51.100.9"],
            "Ondřej Mráz",
            "ondrej@mrazdata.example",
            "+420739551207",
        ),
        "databox": box("t9nqe4r", "Ondřej Mráz", "Lidická 7, 602 00 Brno", kind=40),
        "subject": "Žádost o XML – v příloze dvě verze tabulky, berte prosím tu novější "
        "(Mraz_zadost_2025-09-12.xlsx)",
        "attachments": [
            (
                "xlsx",
                "Mraz_zadost_2025-09-05.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Ondřej Mráz, OSVČ"],
                            ["IČO", I14],
                            ["Požadavek", "přístup k výsledkům voleb (XML)"],
                            ["Produkční IP", "198.51.100.5"],
                            ["Testovací IP", ""],
                            ["E-mail", "ondrej@mrazdata.example"],
                            ["Telefon", "739 551 207"],
                        ],
                    }
                ],
            ),
            (
                "xlsx",
                "Mraz_zadost_2025-09-12.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Ondřej Mráz, OSVČ"],
                            ["IČO", I14],
                            ["Požadavek", "přístup k výsledkům voleb (XML)"],
                            ["Produkční IP", "198.51.100.5, 198.51.100.6"],
                            ["Testovací IP", "198.51.100.9"],
                            ["E-mail", "ondrej@mrazdata.example"],
                            ["Telefon", "739 551 207"],
                        ],
                    }
                ],
            ),
        ],
    },
]
