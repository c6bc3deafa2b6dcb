"""Fifty-first held-out part ``ce``, cases ce001–ce014: a PDF exported from a spreadsheet with
its column headers on every page, an empty mail with a DOCX whose text box and footnote carry
the contact, a data message from a company's branch, a scanned TXT with OCR slips, an ODT form
with ANO and NE both ticked, a three-sheet workbook, a forwarded .eml with a changed test
address, an RTF letter in a data message, an HTML [x]/[ ] form, a freelancer's PDF, a data
message split between annotation and file, a signed letter, a reply with quoted history and a
German Ja/Nein form. Written by hand apart from the extraction rules (see make_fiftyfirst_ce);
labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyfirst_ce_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
    ocr,
)

I1, I2, I3, I4, I5 = ico("2748193"), ico("0571364"), ico("2619047"), ico("2704158"), ico("0836214")
I6, I8, I9, I11, I12 = (
    ico("2953170"),
    ico("2680431"),
    ico("0427895"),
    ico("7391026"),
    ico("0021637"),
)
I13 = ico("2831745")

HEAD1 = ["Položka", "Hodnota", "Poznámka"]

CASES: list[dict[str, Any]] = [
    {
        "id": "ce001-pdf-sheet-export-headers",
        "description": "one-line cover; the PDF is a spreadsheet printed to two pages with the "
        "column header row repeated on page 2, where the test address and the contact sit",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Jizerské listy s.r.o.",
            I1,
            None,
            ["203.0.113.84", "203.0.113.85"],
            ["203.0.113.90"],
            "Bohumil Kratochvíl",
            "kratochvil@jizerskelisty.example",
            "+420728415603",
        ),
        "from": "Bohumil Kratochvíl <kratochvil@jizerskelisty.example>",
        "subject": "Žádost o přístup k výsledkům - Jizerské listy",
        "headers": OUTLOOK,
        "body": "Dobrý den,\nposílám vyplněnou tabulku, exportoval jsem ji do PDF.\n\n"
        "Kratochvíl\nJizerské listy\n",
        "attachments": [
            (
                "pdf",
                "JL_volby_export.pdf",
                [
                    "Jizerské listy s.r.o. – žádost o přístup k XML (List1)",
                    {
                        "rows": [
                            HEAD1,
                            ["Žadatel", "Jizerské listy s.r.o.", ""],
                            ["IČO", I1, ""],
                            ["Sídlo", "Palackého 412, 466 01 Jablonec nad Nisou", ""],
                            ["Požadavek", "přístup na dedikovaný server (XML)", "natáčet nebudeme"],
                            ["Produkční IP 1", "203.0.113.84", "primární"],
                            ["Produkční IP 2", "203.0.113.85", "sekundární"],
                        ],
                        "widths": [120, 200, 150],
                    },
                    "Strana 1 z 2",
                    {
                        "rows": [
                            HEAD1,
                            ["Testovací IP", "203.0.113.90", "jen v týdnu před volbami"],
                            ["Kontaktní osoba", "Kratochvíl Bohumil", "technik redakce"],
                            ["E-mail", "kratochvil@jizerskelisty.example", ""],
                            ["Telefon", "728 415 603", "i SMS"],
                        ],
                        "widths": [120, 200, 150],
                    },
                    "Strana 2 z 2",
                ],
            )
        ],
    },
    {
        "id": "ce002-empty-docx-textbox-footnote",
        "description": "empty body; the DOCX puts the contact in a framed text box and gives her "
        "direct line only in a footnote, the switchboard stands in the page footer",
        "style": Style.EMPTY,
        "labels": L(
            [FEED, FILM],
            "Rádio Vltava Sever a.s.",
            I2,
            None,
            ["198.51.100.61"],
            ["198.51.100.62"],
            "Dagmar Holubová",
            "holubova@radiovltavasever.example",
            "+420777206518",
        ),
        "from": "Dagmar Holubová <holubova@radiovltavasever.example>",
        "subject": "FW: podklady volby",
        "headers": GMAIL,
        "cte": "base64",
        "body": "",
        "attachments": [
            (
                "docx",
                "RVS_zadost_CSU.docx",
                {
                    "header": "RÁDIO VLTAVA SEVER a.s. | Dlouhá 17, 412 01 Litoměřice",
                    "footer": f"IČO {I2} | ústředna +420 416 700 100 | www.radiovltavasever.example",
                    "blocks": [
                        "Český statistický úřad, odbor informatiky",
                        "Věc: přístup k výsledkům voleb a natáčení",
                        "Rádio Vltava Sever a.s. žádá o zpřístupnění výsledků voleb na "
                        "dedikovaném serveru a zároveň o povolení pořídit zvukový a obrazový "
                        "záznam na krajském pracovišti v Ústí nad Labem.",
                        "Produkční adresa: 198.51.100.61, testovací adresa: 198.51.100.62.",
                        "[Textové pole] KONTAKT PRO ŽÁDOST: Dagmar Holubová, technická "
                        "ředitelka, holubova@radiovltavasever.example, tel.¹",
                        "V Litoměřicích 3. 9. 2025, Ing. Pavel Šťastný, předseda představenstva",
                        "¹ Přímá linka 777 206 518 (ústředna v zápatí jen v pracovní době).",
                    ],
                },
            )
        ],
    },
    {
        "id": "ce003-databox-branch-annotation",
        "description": "data message from a branch (odštěpný závod) of a publishing house: the "
        "annotation carries the addresses, the PDF the branch letterhead and contact; the "
        "applicant is the company",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Moravskoslezská média a.s.",
            I3,
            "k7m2p9q",
            ["192.0.2.140", "192.0.2.141", "192.0.2.142"],
            ["192.0.2.150"],
            "Lukáš Pěnčík",
            "pencik@msmedia.example",
            "+420596118430",
        ),
        "databox": box(
            "k7m2p9q",
            "Moravskoslezská média a.s., odštěpný závod Ostrava",
            "Nádražní 1240/62, 702 00 Ostrava",
        ),
        "subject": "Volby - XML; prod 192.0.2.140-142, test 192.0.2.150",
        "attachments": [
            (
                "pdf",
                "zadost_OZ_Ostrava.pdf",
                [
                    "Moravskoslezská média a.s., odštěpný závod Ostrava\nNádražní 1240/62, "
                    f"702 00 Ostrava | IČO společnosti {I3}",
                    "Žádáme o přístup k průběžným výsledkům voleb ve formátu XML pro "
                    "regionální web. Adresy serverů uvádíme v poznámce datové zprávy.",
                    "Kontakt: Lukáš Pěnčík, vedoucí IT odštěpného závodu, pencik@msmedia.example, "
                    "tel. 596 118 430",
                    "Mgr. Eliška Bartošová, vedoucí odštěpného závodu",
                ],
            )
        ],
    },
    {
        "id": "ce004-ocr-txt-slips",
        "description": "the TXT is an OCR of a scanned letter: O for 0 and l for 1 in the IČO "
        "and in every address; an officer reads them as digits",
        "style": Style.SCAN,
        "labels": L(
            [FEED],
            "Týdeník Podbrdsko s.r.o.",
            I4,
            None,
            ["198.51.100.107", "198.51.100.110"],
            ["198.51.100.201"],
            "Zdeněk Halama",
            "halama@podbrdsko.example",
            "+420603114250",
        ),
        "from": "Zdenek Halama <halama@podbrdsko.example>",
        "subject": "zadost sken",
        "headers": K9,
        "body": "Posilam naskenovanou zadost, original jde postou.\nHalama\n",
        "attachments": [
            (
                "txt",
                "sken_zadost_ocr.txt",
                "TÝDENÍK PODBRDSKO s.r.o.\n"
                f"Nám. T. G. Masaryka 9, 262 Ol Příbram    IČO: {ocr(I4)}\n\n"
                "Věc: Žádost o zpřístupnění výsledků voleb (XML)\n\n"
                "Žádáme o přidělení přístupu k serveru s výsledky voleb.\n"
                f"Produkční servery: {ocr('198.51.100.107')} a {ocr('198.51.100.110')}\n"
                f"Testovací server: {ocr('198.51.100.201')}\n\n"
                "Kontaktní osoba: Zdeněk Halama, tel. 6O3 ll4 25O,\n"
                "e-mail halama@podbrdsko.example\n\n"
                "V Příbrami dne 2. 9. 2O25          Zdeněk Halama, jednatel\n",
            )
        ],
    },
    {
        "id": "ce005-odt-ano-ne-both-ticked",
        "description": "ODT form with ANO/NE columns; the filming row has both ticked and the "
        "flowed cover explains NE is meant, so feed only",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Krkonošský deník, z.s.",
            I5,
            None,
            ["203.0.113.17"],
            [],
            "Ivana Machková",
            "machkova@krkonossky.example",
            "+420739552018",
        ),
        "from": "Ivana Machková <machkova@krkonossky.example>",
        "subject": "Formulář – přístup k výsledkům voleb",
        "headers": TBIRD,
        "flowed": True,
        "body": "Dobrý den,\n\nv příloze formulář. Omlouvám se, u řádku natáčení jsem "
        "zaškrtla omylem ANO i NE – platí NE, natáčet nebudeme, jde nám jen o data. "
        "Testovat budeme přímo z produkční adresy.\n\nS pozdravem\nIvana Machková\n"
        "Krkonošský deník, z.s.\n",
        "attachments": [
            (
                "odt",
                "formular_KD.odt",
                [
                    "ŽÁDOST MÉDIA – VOLBY",
                    [
                        ["Požadavek", "ANO", "NE"],
                        ["Přístup k XML na dedikovaném serveru", "☒", "☐"],
                        ["Natáčení / fotografování na pracovišti ČSÚ", "☒", "☒"],
                    ],
                    [
                        ["Žadatel", "Krkonošský deník, z.s."],
                        ["IČO", I5],
                        ["Produkční IP", "203.0.113.17"],
                        ["Testovací IP", "—"],
                        ["Kontakt", "Machková Ivana, 739 552 018"],
                        ["E-mail", "machkova@krkonossky.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "ce006-empty-xlsx-three-sheets",
        "description": "empty body; a three-sheet workbook: applicant, addresses with a merged "
        "role column (an IPv6 among production, one row crossed as old) and a contacts sheet "
        "with three people where one is marked as the contact",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Datová redakce Hanák & Co. s.r.o.",
            I6,
            None,
            ["2001:db8:4c2::10", "192.0.2.77"],
            ["192.0.2.78", "192.0.2.79"],
            "Tereza Hanáková",
            "hanakova@hanakco.example",
            "+420601447932",
        ),
        "from": "Tereza Hanáková <hanakova@hanakco.example>",
        "subject": "volby_CSU.xlsx",
        "headers": APPLE,
        "body": "",
        "attachments": [
            (
                "xlsx",
                "volby_CSU.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Datová redakce Hanák & Co. s.r.o."],
                            ["IČO", I6],
                            ["Žádáme o", "přístup k XML výsledkům (natáčení ne)"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Role", "Adresa", "Stav"],
                            ["produkce", "2001:db8:4c2::10", "aktivní"],
                            [None, "192.0.2.77", "aktivní"],
                            [None, "192.0.2.70", "STARÁ – již nepoužíváme"],
                            ["test", "192.0.2.78", ""],
                            [None, "192.0.2.79", ""],
                        ],
                        "merge": ["A2:A4", "A5:A6"],
                    },
                    {
                        "title": "Kontakty",
                        "rows": [
                            ["Jméno", "Funkce", "E-mail", "Telefon", "Kontakt pro ČSÚ"],
                            [
                                "Hanák Ondřej",
                                "jednatel",
                                "hanak@hanakco.example",
                                "602 118 004",
                                "",
                            ],
                            [
                                "Hanáková Tereza",
                                "vývojářka",
                                "hanakova@hanakco.example",
                                "601 447 932",
                                "ANO",
                            ],
                            ["Musil Petr", "grafik", "musil@hanakco.example", "605 330 871", ""],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ce007-forward-eml-changed-test",
        "description": "cover forwards a colleague's application as an attached .eml and changes "
        "its test address; the contact is the colleague in the forwarded message",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Zpravodajství Haná, spol. s r.o.",
            I8,
            None,
            ["198.18.4.20"],
            ["198.18.4.31"],
            "Marek Sedláček",
            "sedlacek@zpravyhana.example",
            "+420585770214",
        ),
        "from": "Jitka Vaňková <vankova@zpravyhana.example>",
        "subject": "Fwd: žádost o XML výsledky voleb",
        "headers": APPLE,
        "body": "Dobrý den,\npřeposílám žádost kolegy Sedláčka, který je na dovolené. Jediná "
        "změna: testovací adresa už není 198.18.4.30, ale 198.18.4.31. Ostatní platí, "
        "kontaktní osobou zůstává on.\n\nJitka Vaňková\nasistentka šéfredaktora\n",
        "attachments": [
            (
                "eml",
                "zadost_Sedlacek.eml",
                {
                    "id": "ce007-inner",
                    "from": "Marek Sedláček <sedlacek@zpravyhana.example>",
                    "to": "vankova@zpravyhana.example",
                    "subject": "žádost o XML výsledky voleb",
                    "body": "Jitko, prosím pošli to na ČSÚ, až to podepíše šéf:\n\n"
                    "Zpravodajství Haná, spol. s r.o., IČO " + I8 + ", žádá o přístup "
                    "k výsledkům voleb na dedikovaném serveru.\n"
                    "produkce: 198.18.4.20\ntest: 198.18.4.30\n"
                    "kontakt: Marek Sedláček, sedlacek@zpravyhana.example, 585 770 214\n",
                },
            )
        ],
    },
    {
        "id": "ce008-databox-rtf-filming",
        "description": "data message with a bare annotation; the RTF letter asks only to film, "
        "its letterhead gives the IČO and the signature names the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Studio Brázda Film s.r.o.",
            I9,
            "v3tq8ne",
            [],
            [],
            "Jakub Brázda",
            "jakub@brazdafilm.example",
            "+420736901422",
        ),
        "databox": box("v3tq8ne", "Studio Brázda Film s.r.o.", "Křenová 58, 602 00 Brno"),
        "subject": "Žádost",
        "attachments": [
            (
                "rtf",
                "zadost_natacení.rtf",
                [
                    f"STUDIO BRÁZDA FILM s.r.o. | Křenová 58, Brno | IČO {I9}",
                    "Vážení,",
                    "pro dokumentární cyklus o volbách žádáme o povolení natáčet na "
                    "pracovišti ČSÚ v Brně v noci sčítání. Přístup k výsledkům v XML "
                    "nepotřebujeme.",
                    [
                        ["Štáb", "kameraman Ota Kalina, zvukař Filip Hrdý"],
                        ["Termín", "noc sčítání, od 14:00"],
                    ],
                    "Kontaktní osoba: Jakub Brázda, producent\njakub@brazdafilm.example, "
                    "+420 736 901 422",
                ],
            )
        ],
    },
    {
        "id": "ce009-html-bracket-form",
        "description": "text/html only in iso-8859-2 with an [x]/[ ] list (both ticked) and a "
        "role table; a PDF copy attached",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Orlické noviny s.r.o.",
            ico("2905513"),
            None,
            ["203.0.113.201", "203.0.113.202"],
            ["203.0.113.209"],
            "Renata Kopecká",
            "kopecka@orlickenoviny.example",
            "+420494321770",
        ),
        "from": "Renata Kopecká <kopecka@orlickenoviny.example>",
        "subject": "Žádost o přístup + natáčení",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "html": "<html><body><p>Dobrý den,</p><p>Orlické noviny s.r.o. (IČO "
        + ico("2905513")
        + ") žádají:</p><p>[x] přístup k výsledkům voleb (XML)<br>[x] natáčení na pracovišti "
        "ČSÚ v Hradci Králové<br>[ ] jiné</p><table border=1><tr><th>Role</th><th>IP</th></tr>"
        "<tr><td>produkce</td><td>203.0.113.201</td></tr><tr><td>produkce</td>"
        "<td>203.0.113.202</td></tr><tr><td>test</td><td>203.0.113.209</td></tr></table>"
        "<p>Kontakt: Renata Kopecká, 494 321 770, kopecka@orlickenoviny.example</p></body></html>",
        "attachments": [
            (
                "pdf",
                "kopie.pdf",
                [
                    "Orlické noviny s.r.o. – kopie žádosti",
                    "[x] XML  [x] natáčení",
                    "Produkce 203.0.113.201, 203.0.113.202; test 203.0.113.209",
                ],
            )
        ],
    },
    {
        "id": "ce010-freelancer-pdf-win1250",
        "description": "a photographer without a company or IČO asks only to photograph; 8bit "
        "windows-1250 cover, the PDF mentions a colleague who is not the contact",
        "style": Style.COVER,
        "labels": L(
            [FILM],
            "Alžběta Řeháková",
            None,
            None,
            [],
            [],
            "Alžběta Řeháková",
            "foto.rehakova@posta.example",
            "+420608213947",
        ),
        "from": "Alžběta Řeháková <foto.rehakova@posta.example>",
        "subject": "Žádost o fotografování – volby",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": "Dobrý den,\nv příloze posílám žádost o povolení fotografovat. Jsem na volné "
        "noze, bez IČO, fotky nabízím agenturám.\n\nAlžběta Řeháková\n608 213 947\n",
        "attachments": [
            (
                "pdf",
                "rehakova_zadost.pdf",
                [
                    "Alžběta Řeháková, fotografka\nSlezská 20, 120 00 Praha 2",
                    "Žádám o povolení fotografovat na ústředním pracovišti ČSÚ během "
                    "zpracování výsledků. Doprovázet mě bude asistent Vít Kadlec (jen nosí "
                    "techniku). XML výstupy nepotřebuji.",
                    "Kontakt: foto.rehakova@posta.example, +420 608 213 947",
                ],
            )
        ],
    },
    {
        "id": "ce011-databox-osvc-split",
        "description": "data message from a natural person in business: production addresses in "
        "the annotation, the test address and contact only in the DOCX",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vojtěch Polanský – VolebníMapa",
            I11,
            "r8d4wz2",
            ["198.51.100.33", "198.51.100.34"],
            ["198.51.100.35"],
            "Vojtěch Polanský",
            "vojta@volebnimapa.example",
            "+420725640318",
        ),
        "databox": box(
            "r8d4wz2",
            "Vojtěch Polanský",
            "Husova 7, 370 01 České Budějovice",
            40,
        ),
        "subject": "Přístup k XML výsledkům, produkční IP 198.51.100.33 a 198.51.100.34 "
        "(zbytek v příloze)",
        "attachments": [
            (
                "docx",
                "doplneni.docx",
                {
                    "blocks": [
                        "Žadatel: Vojtěch Polanský – VolebníMapa (OSVČ), IČO " + I11,
                        {
                            "rows": [
                                ["", "Adresa"],
                                ["Testovací", "198.51.100.35"],
                                ["Kontakt", "Vojtěch Polanský, vojta@volebnimapa.example"],
                                ["Mobil", "725 640 318"],
                            ]
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "ce012-smime-letter-ico-box",
        "description": "S/MIME-signed cover; the DOCX letter has a header, footer and a "
        "signature block with IČO and data-box ID; the dean signs, a faculty IT man is the "
        "contact, the university applies",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Univerzita Podještědí, veřejná vysoká škola",
            I12,
            "uq5j3hs",
            ["192.0.2.210", "2001:db8:a10::21"],
            ["192.0.2.219"],
            "Michal Bednář",
            "bednar@fsv.upodjestedi.example",
            "+420485353117",
        ),
        "from": "Michal Bednář <bednar@fsv.upodjestedi.example>",
        "subject": "Žádost FSV UP o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "smime": True,
        "body": "Dobrý den,\nv příloze žádost Fakulty sociálních věd podepsaná děkanem.\n\n"
        "Michal Bednář\noddělení IT, FSV\n",
        "attachments": [
            (
                "docx",
                "FSV_zadost_volby.docx",
                {
                    "header": "Univerzita Podještědí | Fakulta sociálních věd | Studentská 2, "
                    "461 17 Liberec",
                    "footer": f"IČO {I12} | ID datové schránky uq5j3hs | www.upodjestedi.example",
                    "blocks": [
                        "Věc: žádost o zpřístupnění výsledků voleb a o povolení natáčení",
                        "Fakulta sociálních věd žádá pro studentský volební speciál o přístup "
                        "k výsledkům na dedikovaném serveru a o povolení natáčet na pracovišti "
                        "ČSÚ v Liberci.",
                        {
                            "rows": [
                                ["Účel", "Adresa"],
                                ["produkce", "192.0.2.210"],
                                ["produkce (IPv6)", "2001:db8:a10::21"],
                                ["test", "192.0.2.219"],
                            ]
                        },
                        "Kontaktní osoba: Ing. Michal Bednář, bednar@fsv.upodjestedi.example, "
                        "tel. 485 353 117",
                        "prof. PhDr. Hana Vlčková, CSc., děkanka\nUniverzita Podještědí, "
                        f"veřejná vysoká škola\nIČO: {I12}\nDS: uq5j3hs",
                    ],
                },
            )
        ],
    },
    {
        "id": "ce013-reply-updated-xlsx",
        "description": "reply to the office's query with quoted history holding the first "
        "addresses; the updated XLSX replaces them and the reply says the old ones are void",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Info Vysočina a.s.",
            I13,
            None,
            ["198.18.120.5", "198.18.120.6"],
            ["198.18.121.5"],
            "Karel Doležal",
            "dolezal@infovysocina.example",
            "+420567308914",
        ),
        "from": "Karel Doležal <dolezal@infovysocina.example>",
        "subject": "Re: Doplnění žádosti o přístup – Info Vysočina",
        "headers": ZIMBRA,
        "body": "Dobrý den,\nposílám opravenou tabulku. Adresy z původní žádosti (198.18.20.5 "
        "a 198.18.20.6) po migraci do nové serverovny neplatí, platí jen ty v příloze.\n\n"
        "Karel Doležal\nInfo Vysočina a.s.\ntel. 567 308 914\n\n"
        "----- Původní zpráva -----\nOd: podatelna@czso.cz\n"
        "> Dobrý den, v žádosti chybí testovací adresa. Doplňte ji prosím.\n"
        "> Český statistický úřad, tel. +420 274 052 733\n>\n"
        "> ----- Původní zpráva -----\n> Od: Karel Doležal\n"
        "> > Info Vysočina a.s., IČO " + I13 + ", žádá o XML. Produkce 198.18.20.5, "
        "198.18.20.6.\n",
        "attachments": [
            (
                "xlsx",
                "IV_adresy_v2.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Typ", "IP", "Poznámka"],
                            ["Produkce", "198.18.120.5", "nová serverovna"],
                            ["Produkce", "198.18.120.6", "nová serverovna"],
                            ["Test", "198.18.121.5", "doplněno"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "ce014-german-pdf-ja-nein",
        "description": "a German agency without an IČO; the PDF form has Ja/Nein columns "
        "(filming Nein) and an IPv6 production address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Wahldaten Sachsen GmbH",
            None,
            None,
            ["2001:db8:5a::80"],
            ["2001:db8:5a::81"],
            "Jonas Kühnel",
            "kuehnel@wahldaten-sachsen.example",
            "+4935141880247",
        ),
        "from": "Jonas Kühnel <kuehnel@wahldaten-sachsen.example>",
        "subject": "Antrag auf Zugang zu den Wahlergebnissen",
        "headers": GMAIL,
        "body": "Sehr geehrte Damen und Herren,\nanbei unser ausgefülltes Formular.\n\n"
        "Mit freundlichen Grüßen\nJonas Kühnel\nWahldaten Sachsen GmbH, Dresden\n",
        "attachments": [
            (
                "pdf",
                "Antrag_CSU.pdf",
                [
                    "Wahldaten Sachsen GmbH, Königsbrücker Str. 96, 01099 Dresden",
                    {
                        "rows": [
                            ["Antrag", "Ja", "Nein"],
                            ["Zugang zum XML-Server", "X", ""],
                            ["Filmen/Fotografieren", "", "X"],
                        ],
                        "widths": [220, 60, 60],
                    },
                    {
                        "rows": [
                            ["Produktiv-IP", "2001:0db8:005a:0000:0000:0000:0000:0080"],
                            ["Test-IP", "2001:db8:5a::81"],
                            ["Ansprechpartner", "Jonas Kühnel, +49 351 41880247"],
                            ["E-Mail", "kuehnel@wahldaten-sachsen.example"],
                        ],
                        "widths": [120, 260],
                    },
                ],
            )
        ],
    },
]
