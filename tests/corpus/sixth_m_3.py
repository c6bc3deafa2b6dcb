"""Sixth held-out set, prefix ``m``, cases m029–m042: a photographers' club without
diacritics, a DOCX form with yes/no columns, a filmmaker's data message carrying only his
filmography, a PDF form with wrapping cells, an English DOCX form, a student filming on her
own, a Slovak town, a form completed and corrected in its cover mail, a studio listing an old
address, a data message with an XLSX sheet, a student radio, a foreign agency's branch, an
HTML form with bracket boxes and roles written as a pair.

Written by hand apart from the extraction rules (issue 18); labels follow LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixth_m_common import BOTH, FEED, REC, L, Style

CASES: list[dict[str, Any]] = [
    {
        "id": "m029-photo-club-no-diacritics",
        "description": "a photographers' association writes without diacritics asking only for its members to photograph; explicitly no data access",
        "style": Style.NO_DIACRITICS,
        "from": "Lukas Dolezal <dolezal@fotografove-brna.example>",
        "subject": "zadost o povoleni fotografovat - volby",
        "charset": "us-ascii",
        "cte": "7bit",
        "body": (
            "Dobry den,\n\n"
            "jsme spolek amaterskych i profesionalnich fotografu (Fotografove Brna z.s.,\n"
            "ICO 09155309) a pripravujeme vystavu o obcanskem zivote ve meste. Chteli\n"
            "bychom poprosit o povoleni, aby dva nasi clenove mohli fotografovat na\n"
            "preberacim miste v Brne behem scitani hlasu.\n\n"
            "O pristup k datum/XML nezadame, to pro nas neni potreba.\n\n"
            "Kontaktni osoba: Lukas Dolezal, predseda spolku\n"
            "tel. +420-733-410-992\n\n"
            "Dekuji\n"
            "Lukas Dolezal\n"
        ),
        "labels": L(
            REC,
            "Fotografove Brna z.s.",
            "09155309",
            None,
            [],
            [],
            "Lukas Dolezal",
            "dolezal@fotografove-brna.example",
            "+420733410992",
        ),
    },
    {
        "id": "m030-docx-yes-no-columns",
        "description": "DOCX form with a requests table of ANO/NE columns marked by X (XML yes, filming no); IPv4 and IPv6 production",
        "style": Style.FORM_DOCX,
        "from": "Stanislav Kučera <kucera@radio-dyje.example>",
        "subject": "Rádio Dyje – formulář k volbám",
        "body": "Dobrý den,\nv příloze formulář.\nS. Kučera, Rádio Dyje\n",
        "attachments": [
            (
                "docx",
                "formular_Radio_Dyje.docx",
                {
                    "blocks": [
                        "FORMULÁŘ ŽÁDOSTI MÉDIÍ",
                        {
                            "rows": [
                                ["Žadatel", "Rádio Dyje s.r.o."],
                                ["IČO", "44027656"],
                                ["Kontaktní osoba", "Stanislav Kučera"],
                                ["E-mail", "kucera@radio-dyje.example"],
                                ["Telefon", "515 224 870"],
                            ]
                        },
                        {
                            "rows": [
                                ["Požadavek", "ANO", "NE"],
                                ["Přístup k výsledkům ve formátu XML", "X", ""],
                                ["Pořízení záznamu na přebíracím místě", "", "X"],
                            ]
                        },
                        {
                            "rows": [
                                ["Adresy pro ostrý provoz", "198.51.100.180\n2001:db8:dd::5"],
                                ["Testovací adresy", "198.51.100.181"],
                            ]
                        },
                        "Znojmo 12. 11.                              Stanislav Kučera, jednatel",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Rádio Dyje s.r.o.",
            "44027656",
            None,
            ["198.51.100.180", "2001:db8:dd::5"],
            ["198.51.100.181"],
            "Stanislav Kučera",
            "kucera@radio-dyje.example",
            "+420515224870",
        ),
    },
    {
        "id": "m031-databox-filmmaker-annotation",
        "description": "a self-employed documentary maker's data message: the request is in the annotation, the only file is his filmography",
        "style": Style.DATABOX_ANNOTATION,
        "subject": (
            "Žádost o povolení natáčení na přebíracím místě v Jihlavě v noci po volbách – "
            "Jakub Vondra, dokumentarista, tel. 739 201 554, jakub@vondrafilm.example"
        ),
        "databox": {
            "box": "t6c8pzm",
            "sender": "Jakub Vondra",
            "address": "Brněnská 77, 586 01 Jihlava",
            "type": 30,
        },
        "attachments": [
            (
                "txt",
                "filmografie.txt",
                "Jakub Vondra – filmografie\n\n"
                "2019  Poslední směna (dokument, 52 min)\n"
                "2021  Okres na okraji (dokumentární cyklus, 4 × 26 min)\n"
                "2022  Sčítání (krátký film, 18 min)\n",
            )
        ],
        "labels": L(
            REC,
            "Jakub Vondra",
            None,
            "t6c8pzm",
            [],
            [],
            "Jakub Vondra",
            "jakub@vondrafilm.example",
            "+420739201554",
        ),
    },
    {
        "id": "m032-pdf-form-wrapped-cells-both",
        "description": "PDF form whose narrow address cells wrap; both requests ticked with ☑; institute as legal form z. ú.",
        "style": Style.FORM_PDF,
        "from": "Daniela Musilová <musilova@zam-morava.example>",
        "subject": "ZAM – žádost (PDF)",
        "body": (
            "Dobrý den,\n\n"
            "v příloze zasíláme podepsanou žádost Zpravodajské agentury Morava.\n\n"
            "Daniela Musilová\n"
        ),
        "attachments": [
            (
                "pdf",
                "ZAM_zadost_podepsana.pdf",
                [
                    "<b>Žádost o zpřístupnění výsledků a o povolení záznamu</b>",
                    {
                        "rows": [
                            ["Žadatel", "Zpravodajská agentura Morava, z. ú."],
                            ["IČO", "07601298"],
                            ["Kontaktní osoba", "Daniela Musilová"],
                            ["E-mail", "musilova@zam-morava.example"],
                            ["Telefon", "+420 585 204 117"],
                        ],
                        "widths": [120, 300],
                    },
                    {
                        "rows": [
                            ["Ostrý provoz", "Test"],
                            [
                                "198.18.60.11, 198.18.60.12, 198.18.60.13",
                                "198.18.61.200, 198.18.61.201",
                            ],
                        ],
                        "widths": [90, 90],
                    },
                    "☑ přístup k výsledkům ve formátu XML",
                    "☑ povolení pořídit záznam na přebíracím místě (Olomouc)",
                    "Olomouc, 8. 11.   Daniela Musilová, ředitelka",
                ],
            )
        ],
        "labels": L(
            BOTH,
            "Zpravodajská agentura Morava, z. ú.",
            "07601298",
            None,
            ["198.18.60.11", "198.18.60.12", "198.18.60.13"],
            ["198.18.61.200", "198.18.61.201"],
            "Daniela Musilová",
            "musilova@zam-morava.example",
            "+420585204117",
        ),
    },
    {
        "id": "m033-english-docx-form-slash32",
        "description": "Prague correspondent of a Latvian paper fills the Czech form in English in a DOCX; one address written as /32, test 'none'",
        "style": Style.ENGLISH,
        "from": "Andris Kalniņš <a.kalnins@baltic-courier.example>",
        "subject": "Application form - The Baltic Courier",
        "body": (
            "Hi,\n"
            "attached please find our completed form. I am the paper's correspondent\n"
            "in Prague and the contact for this application.\n"
            "Andris\n"
        ),
        "attachments": [
            (
                "docx",
                "CSU_form_BalticCourier.docx",
                {
                    "blocks": [
                        {
                            "rows": [
                                ["Název organizace / Organisation", "The Baltic Courier Ltd"],
                                ["IČO", "n/a (registered in Latvia)"],
                                ["Kontaktní osoba / Contact", "Andris Kalniņš"],
                                ["E-mail", "a.kalnins@baltic-courier.example"],
                                ["Telefon / Phone", "+371 2612 3456"],
                                ["IP – ostrý provoz / production", "198.18.100.4/32"],
                                ["IP – test", "none"],
                            ]
                        },
                        "Request: access to the XML results feed only.",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "The Baltic Courier Ltd",
            None,
            None,
            ["198.18.100.4"],
            [],
            "Andris Kalniņš",
            "a.kalnins@baltic-courier.example",
            "+37126123456",
        ),
    },
    {
        "id": "m034-student-filming-personal",
        "description": "a journalism student applies for herself (no company, no IČO) to film for her thesis",
        "style": Style.FILMING_ONLY,
        "from": "Barbora Šindelářová <bara.sindelarova@posta-studenti.example>",
        "subject": "prosba o povolení natáčení (bakalářská práce)",
        "body": (
            "Dobrý den,\n\n"
            "jmenuji se Barbora Šindelářová, studuji žurnalistiku ve třetím ročníku\n"
            "a natáčím krátký dokument do bakalářské práce o tom, kdo všechno pracuje\n"
            "ve volební noci. Mohla bych prosím natáčet na přebíracím místě v Českých\n"
            "Budějovicích? Byla bych tam sama s malou kamerou, bez světel, a\n"
            "samozřejmě bych se řídila pokyny pracovníků.\n\n"
            "Děkuji moc,\n"
            "Barbora Šindelářová\n"
            "+420 608 99 00 12\n"
        ),
        "labels": L(
            REC,
            "Barbora Šindelářová",
            None,
            None,
            [],
            [],
            "Barbora Šindelářová",
            "bara.sindelarova@posta-studenti.example",
            "+420608990012",
        ),
    },
    {
        "id": "m035-slovak-town-municipal-tv",
        "description": "a Slovak border town's municipal TV asks in Slovak for the feed; the town is the applicant",
        "style": Style.MUNICIPALITY,
        "from": "Peter Baláž <balaz@mesto-skalica.example>",
        "subject": "Mesto Skalica – žiadosť o prístup k výsledkom volieb",
        "body": (
            "Vážená pani, vážený pán,\n\n"
            "Mesto Skalica, IČO 00309982, prevádzkuje mestskú televíziu, ktorá vysiela\n"
            "aj pre obyvateľov na českej strane hranice. Počas volebnej noci by sme radi\n"
            "priebežne zobrazovali výsledky, preto žiadame o prístup k výsledkom vo\n"
            "formáte XML.\n\n"
            "IP adresa pre ostrú prevádzku: 192.0.2.250\n"
            "Testovacia IP adresa: 192.0.2.251\n\n"
            "Kontaktná osoba: Mgr. Peter Baláž, vedúci mestskej televízie,\n"
            "mobil 0905 771 320, balaz@mesto-skalica.example\n\n"
            "S úctou\n"
            "Ing. Anna Hricová\n"
            "primátorka mesta\n"
        ),
        "labels": L(
            FEED,
            "Mesto Skalica",
            "00309982",
            None,
            ["192.0.2.250"],
            ["192.0.2.251"],
            "Peter Baláž",
            "balaz@mesto-skalica.example",
            "+421905771320",
        ),
    },
    {
        "id": "m036-odt-form-completed-by-mail",
        "description": "ODT form without test addresses and with an old phone; the cover mail adds two test addresses and replaces the phone",
        "style": Style.FORM_AMENDED,
        "from": "Ondřej Pokorný <pokorny@brnensky-vecernik.example>",
        "subject": "Žádost Brněnský večerník + doplnění",
        "body": (
            "Dobrý den,\n\n"
            "posílám formulář a hned dvě doplnění:\n"
            "- ve formuláři chybí testovací adresy, jsou to 192.0.2.90 a 192.0.2.91;\n"
            "- telefon uvedený ve formuláři už nepoužívám, volejte prosím na 777 315 640.\n\n"
            "Ondřej Pokorný\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_vecernik.odt",
                [
                    "Žádost o přístup k průběžným výsledkům voleb ve formátu XML",
                    [
                        ["Žadatel", "Brněnský večerník s.r.o."],
                        ["IČO", "02638410"],
                        ["Kontaktní osoba", "Ondřej Pokorný"],
                        ["E-mail", "pokorny@brnensky-vecernik.example"],
                        ["Telefon", "541 000 873"],
                        ["Adresy pro ostrý provoz", "192.0.2.80, 192.0.2.81"],
                        ["Testovací adresy", ""],
                    ],
                ],
            )
        ],
        "labels": L(
            FEED,
            "Brněnský večerník s.r.o.",
            "02638410",
            None,
            ["192.0.2.80", "192.0.2.81"],
            ["192.0.2.90", "192.0.2.91"],
            "Ondřej Pokorný",
            "pokorny@brnensky-vecernik.example",
            "+420777315640",
        ),
    },
    {
        "id": "m037-studio-old-address-dropped",
        "description": "regional TV studio lists this year's addresses and mentions last year's address as no longer used",
        "style": Style.REGIONAL_STUDIO,
        "from": "Hynek Navrátil <navratil@tv-moravia.example>",
        "subject": "Studio Zlín – přístup k XML (volby)",
        "body": (
            "Dobrý den,\n\n"
            "jako každý rok žádá Televize Moravia, a.s. (IČO 28744527) za své zlínské\n"
            "studio o přístup k průběžným výsledkům ve formátu XML.\n\n"
            "Letos stahujeme ze serverů 198.51.100.11 a 198.51.100.12. Adresa\n"
            "198.51.100.9, kterou jsme uváděli minule, už se nepoužívá – prosím\n"
            "nepovolujte ji. Testovací stanice: 198.51.100.19.\n\n"
            "Kontakt: Hynek Navrátil, vedoucí studia Zlín, 577 008 412\n\n"
            "Díky a zdravím,\nHynek Navrátil\n"
        ),
        "labels": L(
            FEED,
            "Televize Moravia, a.s.",
            "28744527",
            None,
            ["198.51.100.11", "198.51.100.12"],
            ["198.51.100.19"],
            "Hynek Navrátil",
            "navratil@tv-moravia.example",
            "+420577008412",
        ),
    },
    {
        "id": "m038-databox-association-xlsx",
        "description": "publishers' association sends a data message with an XLSX sheet of its own server addresses and contact; no test addresses",
        "style": Style.DATABOX_DOCUMENT,
        "subject": "Asociace regionálních vydavatelů – žádost o přístup k XML",
        "databox": {
            "box": "r5jw7ke",
            "sender": "Asociace regionálních vydavatelů, z. s.",
            "address": "Vinohradská 12, 120 00 Praha 2",
        },
        "attachments": [
            (
                "xlsx",
                "ARV_zadost.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Asociace regionálních vydavatelů, z. s.", None],
                            ["IČO", "06982115"],
                            [
                                "Žádáme o přístup k výsledkům voleb ve formátu XML pro sdílený "
                                "datový server asociace, který výsledky rozesílá členským "
                                "redakcím.",
                                None,
                            ],
                            ["Ostrý provoz", "203.0.113.130"],
                            ["Ostrý provoz", "203.0.113.131"],
                            ["Testovací adresy", "žádné"],
                            ["Kontaktní osoba", "Ing. Miroslav Tůma"],
                            ["E-mail", "tuma@arv.example"],
                            ["Telefon", "+420 602 447 119"],
                        ],
                        "merge": ["A1:B1"],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Asociace regionálních vydavatelů, z. s.",
            "06982115",
            "r5jw7ke",
            ["203.0.113.130", "203.0.113.131"],
            [],
            "Miroslav Tůma",
            "tuma@arv.example",
            "+420602447119",
        ),
    },
    {
        "id": "m039-student-radio-no-diacritics-both",
        "description": "student radio association writes without diacritics asking for both; addresses joined with 'a'",
        "style": Style.UNIVERSITY,
        "from": "Tereza Mala <tereza.mala@radio-unika.example>",
        "subject": "Studentske radio UNIKA - volby",
        "body": (
            "Ahoj / dobry den,\n\n"
            "studentske radio pri univerzite v Olomouci (Studentske radio UNIKA, z.s.,\n"
            "IC 19310552) by chtelo vysilat volebni special. Prosime o:\n"
            " 1. pristup k vysledkum v XML - ostry provoz z 192.0.2.33 a 192.0.2.34,\n"
            "    test z 192.0.2.35\n"
            " 2. povoleni natacet na preberacim miste v Olomouci (2 lidi, mikrofon a foto)\n\n"
            "Kontaktni osoba jsem ja: Tereza Mala, 776 554 003\n\n"
            "Diky moc!\nTereza\n"
        ),
        "charset": "us-ascii",
        "cte": "7bit",
        "labels": L(
            BOTH,
            "Studentske radio UNIKA, z.s.",
            "19310552",
            None,
            ["192.0.2.33", "192.0.2.34"],
            ["192.0.2.35"],
            "Tereza Mala",
            "tereza.mala@radio-unika.example",
            "+420776554003",
        ),
    },
    {
        "id": "m040-english-branch-cidr-ipv6-test",
        "description": "Czech branch of a foreign agency writes in English; production a /30, test two IPv6 addresses; phone with (0)",
        "style": Style.ENGLISH,
        "from": "Gábor Szűcs <szucs@danubepress.example>",
        "subject": "Danube Press Agency - XML feed registration",
        "body": (
            "Dear colleagues,\n\n"
            "on behalf of Danube Press Agency, organizační složka (the Czech branch of\n"
            "our Budapest agency, company ID 05772818), I am registering for the XML\n"
            "results feed.\n\n"
            "Production: 203.0.113.224/30\n"
            "Test: 2001:db8:aa::1, 2001:db8:aa::2\n\n"
            "We are not asking for permission to film.\n\n"
            "Contact: Gábor Szűcs, bureau chief, +420 (0)602 118 337\n\n"
            "Best,\nGábor\n"
        ),
        "labels": L(
            FEED,
            "Danube Press Agency, organizační složka",
            "05772818",
            None,
            ["203.0.113.224", "203.0.113.225", "203.0.113.226", "203.0.113.227"],
            ["2001:db8:aa::1", "2001:db8:aa::2"],
            "Gábor Szűcs",
            "szucs@danubepress.example",
            "+420602118337",
        ),
    },
    {
        "id": "m041-html-form-bracket-boxes",
        "description": "webmail HTML-only form with bracket boxes, both ticked; a data-box ID in the signature block",
        "style": Style.FORM_HTML_TABLE,
        "from": "Zdeněk Souček <soucek@denik-posazavi.example>",
        "subject": "Deník Posázaví - žádost",
        "cte": "base64",
        "html": (
            "<html><body><p>Dobrý den,</p><p>vyplněný formulář:</p>"
            '<table border="1" cellpadding="3">'
            "<tr><td>Žadatel</td><td>Deník Posázaví s.r.o., IČO 08211639</td></tr>"
            "<tr><td>Žádám o</td><td>[x] přístup k výsledkům voleb ve formátu XML<br>"
            "[x] povolení pořizovat záznam na přebíracím místě</td></tr>"
            "<tr><td>Ostrý provoz</td><td>198.18.2.40</td></tr>"
            "<tr><td>Test</td><td>198.18.2.41</td></tr>"
            "<tr><td>Kontaktní osoba</td><td>Zdeněk Souček, tel. 317 702 563</td></tr>"
            "</table>"
            "<p>--<br>Zdeněk Souček<br>Deník Posázaví s.r.o.<br>Benešov<br>"
            "datová schránka: e3vbn7q</p></body></html>"
        ),
        "labels": L(
            BOTH,
            "Deník Posázaví s.r.o.",
            "08211639",
            "e3vbn7q",
            ["198.18.2.40"],
            ["198.18.2.41"],
            "Zdeněk Souček",
            "soucek@denik-posazavi.example",
            "+420317702563",
        ),
    },
    {
        "id": "m042-form-lines-role-pair",
        "description": "retyped form whose address line gives production and test as a labelled pair 'ostrá / testovací'",
        "style": Style.FORM_LINES,
        "from": "Vladimíra Kosová <kosova@radio-krumlov.example>",
        "subject": "Rádio Krumlov – údaje k žádosti",
        "body": (
            "Dobrý den,\n\n"
            "Žadatel: Rádio Krumlov s.r.o.\n"
            "IČO: 25310470\n"
            "Kontakt: Vladimíra Kosová, tel. 380 711 266\n"
            "IP adresa ostrá / testovací: 198.51.100.120 / 198.51.100.121\n"
            "Předmět: přístup k XML výsledkům (natáčení nepožadujeme)\n\n"
            "Děkuji,\n"
            "Vladimíra Kosová, provozní ředitelka\n"
        ),
        "labels": L(
            FEED,
            "Rádio Krumlov s.r.o.",
            "25310470",
            None,
            ["198.51.100.120"],
            ["198.51.100.121"],
            "Vladimíra Kosová",
            "kosova@radio-krumlov.example",
            "+420380711266",
        ),
    },
]
