"""Fifty-fourth held-out part ``cn``, cases cn015–cn028: an empty mail with an RTF for a
photographer without an IČO, a data message with an ANO/NE PDF, a windows-1250 cover with a
three-sheet workbook, a DOCX with header, footer and nested table whose cover withdraws
filming, a photographer's data message, an inline forward with a TXT form, an ODT role table
with a CIDR block, a bare data message with a workbook, a faculty's PDF letter, a base64 reply
correcting an address, a data message with a superseded PDF, an Austrian Ja/Nein workbook, an
ANO/NE HTML form and an assistant's cover for a DOCX with a signature block. Written by hand
apart from the extraction rules (see make_fiftyfourth_cn); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyfourth_cn_common import (
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    OWA,
    SAMSUNG,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I16, I17, I18, I19, I20 = (
    ico("0914862"),
    ico("2576038"),
    ico("0698251"),
    ico("7403619"),
    ico("2830147"),
)
I21, I22, I23, I24, I25 = (
    ico("0261893"),
    ico("2947516"),
    ico("6138427"),
    ico("0537264"),
    ico("2719853"),
)
I28 = ico("0846372")

CASES: list[dict[str, Any]] = [
    {
        "id": "cn015-empty-rtf-photographer-no-ico",
        "description": "an empty mail carrying an RTF: a freelance photographer with no IČO asks "
        "only to photograph; the RTF table gives her details in a role column",
        "style": Style.EMPTY,
        "labels": L(
            [FILM],
            "Tereza Malinová",
            None,
            None,
            [],
            [],
            "Tereza Malinová",
            "tereza.malinova@fotomail.example",
            "+420720913584",
        ),
        "from": "Tereza Malinová <tereza.malinova@fotomail.example>",
        "subject": "povolení fotografovat",
        "headers": IPHONE,
        "body": "",
        "attachments": [
            (
                "rtf",
                "povoleni_foto_Malinova.rtf",
                [
                    "Žádost o povolení fotografovat na pracovišti ČSÚ během voleb",
                    [
                        ["Údaj", "Vyplnění"],
                        ["Žadatelka", "Tereza Malinová, fotografka na volné noze"],
                        ["Pro koho", "snímky nabízím agenturám, bez stálé redakce"],
                        ["Místo", "krajské pracoviště Plzeň"],
                        ["Telefon", "720 913 584"],
                        ["E-mail", "tereza.malinova@fotomail.example"],
                    ],
                    "Přístup k datovému serveru nežádám.",
                    "Tereza Malinová",
                ],
            )
        ],
    },
    {
        "id": "cn016-databox-pdf-ano-ne-both",
        "description": "data message with a bare annotation; the PDF form has ANO/NE columns "
        "with ANO written out for both requests and the addresses in a row-header table",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Rádio Haná, spol. s r.o.",
            I16,
            "rh9c3vx",
            ["192.0.2.30", "192.0.2.31"],
            ["192.0.2.38"],
            "Lubomír Skácel",
            "skacel@radiohana.example",
            "+420585204617",
        ),
        "databox": box("rh9c3vx", "Rádio Haná, spol. s r.o.", "Horní náměstí 7, 779 00 Olomouc"),
        "subject": "Formulář - volby",
        "attachments": [
            (
                "pdf",
                "formular_RH.pdf",
                [
                    "Žadatel: Rádio Haná, spol. s r.o., IČO " + I16,
                    {
                        "rows": [
                            ["Požadavek", "ANO", "NE"],
                            ["Přístup k XML výsledkům", "ANO", ""],
                            ["Povolení pořizovat zvukový a obrazový záznam", "ANO", ""],
                        ],
                        "widths": [260, 60, 60],
                    },
                    {
                        "rows": [
                            ["Produkce", "192.0.2.30", "192.0.2.31"],
                            ["Test", "192.0.2.38", ""],
                            ["Kontakt", "Lubomír Skácel", "585 204 617"],
                            ["E-mail", "skacel@radiohana.example", ""],
                        ],
                        "widths": [90, 150, 150],
                    },
                ],
            )
        ],
    },
    {
        "id": "cn017-windows1250-three-sheets-merged",
        "description": "windows-1250 8bit cover; the three-sheet workbook lists five production "
        "addresses under a merged role cell, two test ones, and the contact on its own sheet",
        "style": Style.TABLE,
        "charset": "windows-1250",
        "cte": "8bit",
        "labels": L(
            [FEED],
            "Severočeský deník a.s.",
            I17,
            None,
            ["203.0.113.21", "203.0.113.22", "203.0.113.23", "203.0.113.24", "203.0.113.25"],
            ["203.0.113.28", "203.0.113.29"],
            "Robert Šindelář",
            "sindelar@severoceskydenik.example",
            "+420475612980",
        ),
        "from": "Robert Šindelář <sindelar@severoceskydenik.example>",
        "subject": "Severočeský deník - žádost o přístup",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nv příloze tabulka se všemi údaji (tři listy). Žádáme jen o XML, "
        "natáčet nebudeme.\n\nRobert Šindelář\nsprávce sítě\n",
        "attachments": [
            (
                "xlsx",
                "SD_volby_2025.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Severočeský deník a.s."],
                            ["IČO", I17],
                            ["Sídlo", "Velká Hradební 19, 400 01 Ústí nad Labem"],
                            ["Žádáme o", "přístup k XML výsledkům"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Role", "Adresa", "Stroj"],
                            ["produkce", "203.0.113.21", "web1"],
                            [None, "203.0.113.22", "web2"],
                            [None, "203.0.113.23", "web3"],
                            [None, "203.0.113.24", "api1"],
                            [None, "203.0.113.25", "api2"],
                            ["test", "203.0.113.28", "stage1"],
                            [None, "203.0.113.29", "stage2"],
                        ],
                        "merge": ["A2:A6", "A7:A8"],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Kontaktní osoba", "Robert Šindelář"],
                            ["Tel.", "475 612 980"],
                            ["E-mail", "sindelar@severoceskydenik.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cn018-docx-nested-cover-drops-filming",
        "description": "the DOCX (header and footer, a nested address table) asks for both, but "
        "the cover mail says filming is no longer wanted: feed only",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Mediahouse Karlovy Vary s.r.o.",
            I18,
            None,
            ["198.51.100.40", "198.51.100.41"],
            ["198.51.100.45"],
            "Alžběta Vacková",
            "vackova@mhkv.example",
            "+420353441027",
        ),
        "from": "Alžběta Vacková <vackova@mhkv.example>",
        "subject": "Žádost MHKV – přístup k výsledkům",
        "headers": TBIRD,
        "body": "Dobrý den,\n\nposílám naši žádost. Jen upozorňuji, že bod 2 (natáčení na "
        "pracovišti) už neplatí – štáb nakonec na volby nemáme, žádáme tedy pouze o přístup "
        "k XML.\n\nDěkuji,\nAlžběta Vacková\n",
        "attachments": [
            (
                "docx",
                "MHKV_zadost.docx",
                {
                    "header": "Mediahouse Karlovy Vary s.r.o.",
                    "footer": f"Mediahouse Karlovy Vary s.r.o. · Zeyerova 5, 360 01 Karlovy "
                    f"Vary · IČO {I18}",
                    "blocks": [
                        "Žádost",
                        "☒ 1. přístup k výsledkům voleb ve formátu XML",
                        "☒ 2. povolení natáčet na pracovišti ČSÚ v Karlových Varech",
                        "☐ 3. jiné",
                        {
                            "rows": [
                                ["Adresy", ""],
                                ["Kontakt", "Alžběta Vacková, vackova@mhkv.example, 353 441 027"],
                            ],
                            "nested": {
                                (0, 1): {
                                    "rows": [
                                        ["produkční", "198.51.100.40"],
                                        ["produkční", "198.51.100.41"],
                                        ["testovací", "198.51.100.45"],
                                    ]
                                }
                            },
                        },
                        "Alžběta Vacková, produkční",
                    ],
                },
            )
        ],
    },
    {
        "id": "cn019-databox-osvc-filming-docx",
        "description": "a natural person in business sends a filming request from her own box; "
        "the DOCX names her trade name only in the header, the application is hers",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Klára Hudečková",
            I19,
            "kh8s1pe",
            [],
            [],
            "Klára Hudečková",
            "klara@hudeckova-video.example",
            "+420776302914",
        ),
        "databox": box("kh8s1pe", "Klára Hudečková", "Sokolská 44, 586 01 Jihlava", kind=40),
        "subject": "Žádost o povolení natáčení",
        "attachments": [
            (
                "docx",
                "natáčení_Hudeckova.docx",
                {
                    "header": "HUDEČKOVÁ VIDEO – dokumentární tvorba",
                    "blocks": [
                        f"Klára Hudečková, IČO {I19}, Sokolská 44, 586 01 Jihlava",
                        "Žádám o povolení natáčet na pracovišti ČSÚ v Jihlavě v průběhu "
                        "sčítání hlasů (materiál pro dokument o volbách na Vysočině). "
                        "Přístup k XML nepotřebuji.",
                        "Kontakt: klara@hudeckova-video.example, 776 302 914",
                        "Klára Hudečková",
                    ],
                },
            )
        ],
    },
    {
        "id": "cn020-inline-forward-txt-form",
        "description": "an inline forward from the web editor to the office; the forwarded text "
        "says see attachment and the TXT form has [x]/[ ] marks and the addresses",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Plzeňský obzor s.r.o.",
            I20,
            None,
            ["192.0.2.100"],
            ["192.0.2.101"],
            "Vojtěch Kříž",
            "kriz@plzenskyobzor.example",
            "+420608731429",
        ),
        "from": "Helena Burianová <burianova@plzenskyobzor.example>",
        "subject": "Fw: žádost XML",
        "headers": CENTRUM,
        "body": "Posílám dál, podle kolegy se to má poslat na vás.\nH. Burianová\n\n"
        "---------- Původní zpráva ----------\nOd: Vojtěch Kříž <kriz@plzenskyobzor.example>\n"
        "Komu: Helena Burianová <burianova@plzenskyobzor.example>\nDatum: 4. 9. 2025 "
        "16:02\nPředmět: žádost XML\n\nHelčo, formulář je v příloze, pošli ho prosím "
        "na statistický úřad. Díky, Vojta\n",
        "attachments": [
            (
                "txt",
                "formular.txt",
                "ŽÁDOST O PŘÍSTUP – volby 2025\n\n"
                "[x] přístup k dedikovanému serveru (XML)\n"
                "[ ] povolení k natáčení\n\n"
                f"Žadatel ......... Plzeňský obzor s.r.o.\nIČO ............. {I20}\n"
                "Produkční IP .... 192.0.2.100\nTestovací IP .... 192.0.2.101\n"
                "Kontakt ......... Vojtěch Kříž, kriz@plzenskyobzor.example, 608 731 429\n",
            )
        ],
    },
    {
        "id": "cn021-odt-role-table-cidr",
        "description": "flowed cover; the ODT table has a role column with production as a /30 "
        "(four addresses) and a single test address",
        "style": Style.TABLE,
        "flowed": True,
        "labels": L(
            [FEED],
            "Deník Střední Morava s.r.o.",
            I21,
            None,
            ["198.18.30.4", "198.18.30.5", "198.18.30.6", "198.18.30.7"],
            ["198.18.30.12"],
            "Gabriela Nováčková",
            "novackova@denikstrednimorava.example",
            "+420581722306",
        ),
        "from": "Gabriela Nováčková <novackova@denikstrednimorava.example>",
        "subject": "Deník Střední Morava - přístup k výsledkům voleb",
        "headers": EVOLUTION,
        "body": "Dobrý den,\n\nv příloze posílám žádost našeho vydavatelství o přístup k "
        "volebním výsledkům ve formátu XML. Produkční servery máme v jednom bloku, takže "
        "je uvádíme jako síť.\n\nGabriela Nováčková\n",
        "attachments": [
            (
                "odt",
                "zadost_DSM.odt",
                [
                    f"Deník Střední Morava s.r.o., Komenského 33, 750 02 Přerov, IČO {I21}",
                    "Žádost o přístup k dedikovanému serveru s průběžnými výsledky voleb",
                    [
                        ["Role", "Adresa / síť", "Poznámka"],
                        ["produkční", "198.18.30.4/30", "celý blok"],
                        ["testovací", "198.18.30.12", ""],
                    ],
                    "Kontaktní osoba: Gabriela Nováčková, tel. 581 722 306, "
                    "novackova@denikstrednimorava.example",
                ],
            )
        ],
    },
    {
        "id": "cn022-databox-bare-annotation-xlsx",
        "description": "a data message with a one-word annotation; the workbook has the "
        "request in a first sheet and a second sheet whose row headers carry roles, IPv6 test",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Info Jeseníky, o.p.s.",
            I22,
            "ij5r8mu",
            ["203.0.113.111"],
            ["2001:db8:77::5"],
            "Stanislav Bednařík",
            "bednarik@infojeseniky.example",
            "+420584301752",
        ),
        "databox": box("ij5r8mu", "Info Jeseníky, o.p.s.", "Palackého 2, 790 01 Jeseník"),
        "subject": "Žádost",
        "attachments": [
            (
                "xlsx",
                "zadost.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Info Jeseníky, o.p.s. (IČO " + I22 + ")"],
                            ["žádá o přístup k XML výsledkům voleb."],
                            ["Adresy viz list Technika."],
                        ],
                    },
                    {
                        "title": "Technika",
                        "rows": [
                            ["Produkce", "203.0.113.111"],
                            ["Test", "2001:db8:77::5"],
                            ["Kontakt", "Stanislav Bednařík"],
                            ["Telefon", "584 301 752"],
                            ["Mail", "bednarik@infojeseniky.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cn023-faculty-pdf-ipv6",
        "description": "a faculty's data lab applies by mail; the PDF letterhead names the "
        "faculty above its university, production on IPv6 and no test address",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Univerzita Podkrkonoší v Trutnově",
            I23,
            None,
            ["2001:db8:a10::20", "2001:db8:a10::21"],
            [],
            "Filip Holeček",
            "holecek@fsv.upt.example",
            "+420499811264",
        ),
        "from": "Filip Holeček <holecek@fsv.upt.example>",
        "subject": "Žádost o přístup k výsledkům – datová laboratoř FSV UPT",
        "headers": GMAIL,
        "body": "Dobrý den,\n\nzasílám žádost naší laboratoře, podepsanou proděkanem.\n\n"
        "Filip Holeček\n",
        "attachments": [
            (
                "pdf",
                "zadost_FSV_UPT.pdf",
                [
                    "Fakulta sociálních věd\nUniverzita Podkrkonoší v Trutnově\n"
                    f"Horská 5, 541 01 Trutnov, IČO {I23}",
                    "Věc: žádost o přístup k dedikovanému serveru s výsledky voleb",
                    "Datová laboratoř fakulty bude o volebním víkendu zpracovávat průběžné "
                    "výsledky pro studentský zpravodajský web. Žádáme o přístup pro adresy "
                    "2001:db8:a10::20 a 2001:db8:a10::21 (obě produkční). Testovat budeme "
                    "z týchž strojů.",
                    "Kontaktní osoba: Mgr. Filip Holeček, Ph.D., holecek@fsv.upt.example, "
                    "tel. 499 811 264",
                    "doc. PhDr. Aleš Kratochvíl, Ph.D.\nproděkan pro vnější vztahy",
                ],
            )
        ],
    },
    {
        "id": "cn024-reply-base64-fixes-typo",
        "description": "a base64 reply to the office: the attached RTF table had a typo in a "
        "production address, the mail gives the corrected one",
        "style": Style.REPLY,
        "cte": "base64",
        "labels": L(
            [FEED],
            "Rokycanský týden s.r.o.",
            I24,
            None,
            ["198.51.100.33", "198.51.100.34"],
            ["198.51.100.39"],
            "Jan Kopecký",
            "kopecky@rokycanskytyden.example",
            "+420602143876",
        ),
        "from": "Jan Kopecký <kopecky@rokycanskytyden.example>",
        "subject": "Re: Žádost o přístup - Rokycanský týden",
        "headers": K9,
        "body": "Dobrý den,\n\nmáte pravdu, v tabulce je překlep: místo 198.51.100.3 má být "
        "198.51.100.33. Ostatní platí. Přikládám znovu původní RTF.\n\nJan Kopecký\n\n"
        "Dne 9. 9. 2025 v 9:40 podatelna@czso.cz napsal(a):\n> Dobrý den,\n> adresa "
        "198.51.100.3 nepatří do stejné sítě jako ostatní, je správně?\n> ČSÚ\n",
        "attachments": [
            (
                "rtf",
                "RT_zadost.rtf",
                [
                    f"Rokycanský týden s.r.o., IČO {I24}",
                    "Žádost o přístup k XML s výsledky voleb",
                    [
                        ["role", "IP"],
                        ["produkce", "198.51.100.3"],
                        ["produkce", "198.51.100.34"],
                        ["test", "198.51.100.39"],
                    ],
                    "Kontakt: Jan Kopecký, kopecky@rokycanskytyden.example, 602 143 876",
                ],
            )
        ],
    },
    {
        "id": "cn025-databox-superseded-pdf",
        "description": "a data message with two files: the annotation says the PDF was sent by "
        "mistake and the DOCX is valid; the two differ in a test address and the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Slovácký rozhled, s.r.o.",
            I25,
            "sr3v6ky",
            ["192.0.2.140", "192.0.2.141"],
            ["192.0.2.149"],
            "Eliška Pavlíková",
            "pavlikova@slovackyrozhled.example",
            "+420572640318",
        ),
        "databox": box(
            "sr3v6ky", "Slovácký rozhled, s.r.o.", "Masarykovo nám. 6, 686 01 Uherské Hradiště"
        ),
        "subject": "Žádost o přístup a natáčení – platí přiložený DOCX, PDF je stará verze "
        "odeslaná omylem",
        "attachments": [
            (
                "pdf",
                "zadost_SR_stara.pdf",
                [
                    "Slovácký rozhled, s.r.o.",
                    "Produkce 192.0.2.140, 192.0.2.141; test 192.0.2.148",
                    "Kontakt: Josef Ondra, ondra@slovackyrozhled.example, 572 640 300",
                ],
            ),
            (
                "docx",
                "zadost_SR_final.docx",
                {
                    "header": f"Slovácký rozhled, s.r.o. | IČO {I25} | DS sr3v6ky",
                    "blocks": [
                        "Žádáme o přístup k XML výsledkům a o povolení natáčet na "
                        "pracovišti ČSÚ v Uherském Hradišti.",
                        {
                            "rows": [
                                ["produkční", "192.0.2.140, 192.0.2.141"],
                                ["testovací", "192.0.2.149"],
                                ["kontakt", "Eliška Pavlíková"],
                                ["tel.", "572 640 318"],
                                ["e-mail", "pavlikova@slovackyrozhled.example"],
                            ]
                        },
                    ],
                },
            ),
        ],
    },
    {
        "id": "cn026-foreign-austrian-ja-nein-xlsx",
        "description": "an Austrian broadcaster's German cover and workbook with a Ja/Nein "
        "column (both Ja), the addresses on a second sheet, an Austrian mobile and no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Donauwelle Rundfunk GmbH",
            None,
            None,
            ["203.0.113.60", "203.0.113.61"],
            ["203.0.113.62"],
            "Stefan Gruber",
            "s.gruber@donauwelle.example",
            "+436641583027",
        ),
        "from": "Stefan Gruber <s.gruber@donauwelle.example>",
        "subject": "Antrag Zugang Wahlergebnisse / Dreherlaubnis",
        "headers": OWA,
        "body": "Sehr geehrte Damen und Herren,\n\nanbei unser Antrag als Excel-Datei "
        "(zwei Blätter). Für Rückfragen stehe ich gern zur Verfügung.\n\nMit freundlichen "
        "Grüßen\nStefan Gruber\nDonauwelle Rundfunk GmbH, Linz\nMobil +43 664 1583027\n",
        "attachments": [
            (
                "xlsx",
                "Antrag_Donauwelle.xlsx",
                [
                    {
                        "title": "Antrag",
                        "rows": [
                            ["Antragsteller", "Donauwelle Rundfunk GmbH", None],
                            ["Wir beantragen", "Ja", "Nein"],
                            ["Zugang zum XML-Server (Wahlergebnisse)", "Ja", None],
                            ["Drehgenehmigung in den Räumen des ČSÚ", "Ja", None],
                        ],
                    },
                    {
                        "title": "Technik",
                        "rows": [
                            ["Funktion", "IP-Adresse"],
                            ["Produktion", "203.0.113.60"],
                            ["Produktion", "203.0.113.61"],
                            ["Test", "203.0.113.62"],
                            ["Ansprechpartner", "Stefan Gruber, +43 664 1583027"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cn027-alternative-ano-ne-film-only",
        "description": "multipart/alternative mail with an ANO/NE table: NE for the feed, ANO "
        "for filming, so no addresses although the form lists the newsroom's server",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Spolek Kamera Kladno, z.s.",
            None,
            None,
            [],
            [],
            "Daniel Beneš",
            "benes@kamerakladno.example",
            "+420724380915",
        ),
        "from": "Daniel Beneš <benes@kamerakladno.example>",
        "subject": "Žádost o povolení natáčení",
        "headers": SAMSUNG,
        "body": "Dobrý den,\n\nžádost:\nPřístup k XML: NE\nNatáčení na pracovišti: ANO\n\n"
        "Náš server 192.0.2.55 uvádím jen pro úplnost, data nepotřebujeme.\n\n"
        "Spolek Kamera Kladno, z.s.\nDaniel Beneš, 724 380 915\n",
        "html": "<p>Dobrý den,</p><p>žádost:</p><table border='1'>"
        "<tr><th></th><th>ANO</th><th>NE</th></tr>"
        "<tr><td>Přístup k XML</td><td></td><td>X</td></tr>"
        "<tr><td>Natáčení na pracovišti</td><td>X</td><td></td></tr></table>"
        "<p>Náš server 192.0.2.55 uvádím jen pro úplnost, data nepotřebujeme.</p>"
        "<p>Spolek Kamera Kladno, z.s.<br>Daniel Beneš, 724 380 915</p>",
        "attachments": [
            (
                "pdf",
                "stab.pdf",
                [
                    "Spolek Kamera Kladno, z.s. – štáb pro volební noc",
                    {
                        "rows": [
                            ["Jméno", "Úloha"],
                            ["Daniel Beneš", "režie, kontakt"],
                            ["Ivo Hrubeš", "kamera"],
                        ],
                        "widths": [150, 150],
                    },
                ],
            )
        ],
    },
    {
        "id": "cn028-assistant-cover-docx-signature",
        "description": "an office assistant's cover; the DOCX letter's signature block has the "
        "IČO and data-box ID, and names a technician (not the sender) as contact",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "TV Beskydy a.s.",
            I28,
            "tb7n4ga",
            ["198.51.100.90"],
            ["198.51.100.91"],
            "Aleš Kocián",
            "kocian@tvbeskydy.example",
            "+420558711604",
        ),
        "from": "Sekretariát TV Beskydy <sekretariat@tvbeskydy.example>",
        "subject": "Žádost TV Beskydy – XML výsledky",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nna pokyn ředitele zasíláme žádost v příloze.\n\nSekretariát\n",
        "attachments": [
            (
                "docx",
                "TVB_zadost.docx",
                {
                    "header": "TV Beskydy a.s.",
                    "footer": "Frýdek-Místek, nám. Svobody 9",
                    "blocks": [
                        "Žádost o přístup k dedikovanému serveru s výsledky voleb",
                        "Žádáme o přístup pro produkční adresu 198.51.100.90, testovat budeme "
                        "z adresy 198.51.100.91. Technické otázky prosím směřujte na "
                        "p. Aleše Kociána (kocian@tvbeskydy.example, 558 711 604), který je "
                        "kontaktní osobou.",
                        "S pozdravem",
                        f"Mgr. Richard Plaček\nředitel\nTV Beskydy a.s.\nIČO {I28}\n"
                        "ID datové schránky: tb7n4ga\ntel. 558 711 600",
                    ],
                },
            )
        ],
    },
]
