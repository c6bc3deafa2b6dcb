"""Forty-third held-out part ``az``, cases az001–az014: cover mails with DOCX, PDF, XLSX, RTF,
ODT and TXT files, an empty body with a two-sheet workbook, ANO/NE and checkbox forms, data
messages with the application in the annotation, in the file or split between them, a cover
note that corrects the PDF, a signed mail, a forwarded .eml and a crew table with merged cells.
Written by hand apart from the extraction rules (see make_fortythird_az); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortythird_az_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I1, I2, I3, I4, I5 = ico("2764015"), ico("0583194"), ico("2819437"), ico("0672305"), ico("2603718")
I6, I7, I9, I10 = ico("0714862"), ico("2297461"), ico("0475129"), ico("2851706")
I11, I12, I14 = ico("0837240"), ico("2690583"), ico("0361947")

CASES: list[dict[str, Any]] = [
    {
        "id": "az001-docx-ano-ne-columns",
        "description": "one-line cover; the DOCX form marks requests with X in ANO/NE columns "
        "(XML ANO, filming NE) and writes the contact surname first",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Hlas Vysočiny s.r.o.",
            I1,
            None,
            ["198.51.100.131", "198.51.100.132"],
            ["198.51.100.139"],
            "Pavel Kratochvíl",
            "kratochvil@hlasvysociny.example",
            "+420608214377",
        ),
        "from": "Kratochvíl Pavel <kratochvil@hlasvysociny.example>",
        "subject": "formulář - přístup volby",
        "headers": OUTLOOK,
        "body": "Dobrý den, posílám vyplněný formulář. Díky, Kratochvíl\n",
        "attachments": [
            (
                "docx",
                "Formular_media_HV.docx",
                {
                    "blocks": [
                        "FORMULÁŘ ŽÁDOSTI MÉDIA O SPOLUPRÁCI PŘI VOLBÁCH",
                        {
                            "rows": [
                                ["Požadavek", "ANO", "NE"],
                                ["Přístup k datům výsledků (XML, dedikovaný server)", "X", ""],
                                ["Pořizování záznamů na pracovištích ČSÚ", "", "X"],
                            ]
                        },
                        {
                            "rows": [
                                ["Název žadatele", "Hlas Vysočiny s.r.o."],
                                ["IČO", I1],
                                ["IP adresy – produkční", "198.51.100.131, 198.51.100.132"],
                                ["IP adresy – testovací", "198.51.100.139"],
                                ["Kontaktní osoba (příjmení, jméno)", "Kratochvíl Pavel"],
                                ["Telefon", "608 214 377"],
                                ["E-mail", "kratochvil@hlasvysociny.example"],
                            ]
                        },
                        "V Jihlavě dne 3. 9. 2025",
                    ]
                },
            )
        ],
    },
    {
        "id": "az002-databox-annotation-and-pdf",
        "description": "data message: the annotation names both requests, the PDF gives the "
        "addresses under row headers and the contact; the box ID only in the envelope",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "TV Podbrdsko s.r.o.",
            I2,
            "k7m2xpa",
            ["203.0.113.71", "203.0.113.72"],
            ["203.0.113.75"],
            "Štěpánka Holubová",
            "holubova@tvpodbrdsko.example",
            "+420734908116",
        ),
        "databox": box("k7m2xpa", "TV Podbrdsko s.r.o.", "Pražská 1120, 261 01 Příbram"),
        "subject": "Žádost o přístup k XML výsledkům voleb a o povolení natáčet na pracovišti "
        "ČSÚ v Příbrami",
        "attachments": [
            (
                "pdf",
                "zadost_TVP_2025.pdf",
                [
                    "TV Podbrdsko s.r.o., Pražská 1120, 261 01 Příbram, IČO " + I2,
                    "Český statistický úřad – oddělení komunikace",
                    "Žádáme o zpřístupnění výsledků voleb ve formátu XML a současně o povolení "
                    "natáčet na okresním pracovišti v Příbrami v den sčítání hlasů.",
                    {
                        "rows": [
                            ["IP produkční", "203.0.113.71; 203.0.113.72"],
                            ["IP testovací", "203.0.113.75"],
                            ["Štáb", "kameraman Vít Jelínek, redaktorka Aneta Šrámková"],
                            ["Kontakt pro žádost", "Štěpánka Holubová, produkční"],
                            ["Tel.", "+420 734 908 116"],
                            ["Mail", "holubova@tvpodbrdsko.example"],
                        ],
                        "widths": [130, 300],
                    },
                    "Ing. Miroslav Tůma, jednatel",
                ],
            )
        ],
    },
    {
        "id": "az003-empty-body-xlsx-two-sheets",
        "description": "empty body; the workbook puts the applicant on one sheet and the "
        "addresses on another with a merged role column",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Mediální dům Kladno, a.s.",
            I3,
            None,
            ["198.18.20.5", "198.18.20.6", "198.18.20.7"],
            ["198.18.21.5", "198.18.21.6"],
            "Lubomír Hejda",
            "hejda@mdkladno.example",
            "+420725330961",
        ),
        "from": "Lubomír Hejda <hejda@mdkladno.example>",
        "subject": "zadost CSU XML",
        "headers": GMAIL,
        "body": "",
        "attachments": [
            (
                "xlsx",
                "MDK_volby_pristup.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Žadatel", "Mediální dům Kladno, a.s."],
                            ["IČO", I3],
                            ["Sídlo", "nám. Starosty Pavla 14, 272 01 Kladno"],
                            ["Předmět", "přístup k XML výsledkům voleb (bez natáčení)"],
                            ["Kontaktní osoba", "Lubomír Hejda"],
                            ["Telefon", "725 330 961"],
                            ["E-mail", "hejda@mdkladno.example"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Účel", "IP adresa", "Server"],
                            ["produkce", "198.18.20.5", "web-01"],
                            ["", "198.18.20.6", "web-02"],
                            ["", "198.18.20.7", "web-03"],
                            ["test", "198.18.21.5", "stage-01"],
                            ["", "198.18.21.6", "stage-02"],
                        ],
                        "merge": ["A2:A4", "A5:A6"],
                    },
                ],
            )
        ],
    },
    {
        "id": "az004-cover-corrects-pdf-address",
        "description": "the cover mail says the PDF has a typo in the second production "
        "address and gives the right one",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Jihočeské listy, spol. s r.o.",
            I4,
            None,
            ["203.0.113.50", "203.0.113.52"],
            ["203.0.113.59"],
            "Kamila Roubalová",
            "roubalova@jihoceskelisty.example",
            "+420387711402",
        ),
        "from": "Kamila Roubalová <roubalova@jihoceskelisty.example>",
        "subject": "Žádost o XML – Jihočeské listy",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "v příloze je naše žádost. Bohužel jsem si až po podpisu všimla, že ve druhé "
            "produkční adrese je překlep – správně má být 203.0.113.52, ne 203.0.113.51. "
            "Ostatní údaje platí.\n\n"
            "Děkuji a omlouvám se\n"
            "Kamila Roubalová\nJihočeské listy\ntel. 387 711 402\n"
        ),
        "attachments": [
            (
                "pdf",
                "JL_zadost_podepsana.pdf",
                [
                    "Jihočeské listy, spol. s r.o. | Lannova 31, 370 01 České Budějovice | "
                    "IČO: " + I4,
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Produkční adresy: 203.0.113.50, 203.0.113.51\nTestovací adresa: 203.0.113.59",
                    "Kontakt: Kamila Roubalová, roubalova@jihoceskelisty.example, 387 711 402",
                    "Za společnost: Bc. Ivo Šafránek, jednatel",
                ],
            )
        ],
    },
    {
        "id": "az005-rtf-letterhead-cidr-no-test",
        "description": "windows-1250 cover; RTF letter with IČO and box ID in the letterhead, "
        "a /30 block for production and testing from production",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Regionální vysílání Haná, spol. s r.o.",
            I5,
            "h4nav9e",
            ["198.18.4.0", "198.18.4.1", "198.18.4.2", "198.18.4.3"],
            [],
            "Zdeněk Přikryl",
            "prikryl@rvhana.example",
            "+420585207394",
        ),
        "from": "Zdeněk Přikryl <prikryl@rvhana.example>",
        "subject": "Žádost RV Haná - volby",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "cte": "qp",
        "body": (
            "Dobrý den,\n\nzasílám žádost naší televize ve formátu RTF (podepsaný originál "
            "pošleme i datovou schránkou, pokud bude třeba).\n\nS pozdravem\nZdeněk Přikryl\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_RVH.rtf",
                [
                    "REGIONÁLNÍ VYSÍLÁNÍ HANÁ, spol. s r.o.\nHorní náměstí 9, 779 00 Olomouc\n"
                    "IČO " + I5 + "   ID datové schránky: h4nav9e",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "Olomouc 8. září 2025",
                    "Žádost o přístup k výsledkům voleb a o povolení pořizovat záznam",
                    "Žádáme o přístup k serveru s výsledky voleb ve formátu XML pro náš "
                    "zpravodajský web a zároveň o povolení natáčet na krajském pracovišti "
                    "v Olomouci během zpracování výsledků.",
                    [
                        ["Produkční rozsah", "198.18.4.0/30"],
                        ["Testovací adresa", "nebude, testovat budeme z produkce"],
                        [
                            "Kontakt",
                            "Zdeněk Přikryl, vedoucí IT, prikryl@rvhana.example, 585 207 394",
                        ],
                    ],
                    "Mgr. Renata Vaňková\nředitelka",
                ],
            )
        ],
    },
    {
        "id": "az006-forwarded-eml-ipv6",
        "description": "a colleague forwards the editor's original mail as an attached .eml "
        "with a short note; IPv6 production and test addresses inside",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Brněnský deník Metropole s.r.o.",
            I6,
            None,
            ["2001:db8:41::10", "2001:db8:41::11"],
            ["2001:db8:41::20"],
            "Eliška Horáková",
            "horakova@metropole-brno.example",
            "+420776502843",
        ),
        "from": "Tomáš Vrba <vrba@metropole-brno.example>",
        "subject": "Fwd: Žádost o přístup k volebním datům",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\nkolegyně to poslala na adresu, která už asi neexistuje, tak to "
            "přeposílám v příloze. Veškeré dotazy prosím přímo na ni.\n\nTomáš Vrba\n"
            "sekretariát redakce\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost o pristup k volebnim datum.eml",
                {
                    "id": "az006-inner",
                    "from": "Eliška Horáková <horakova@metropole-brno.example>",
                    "to": "volby@csu.example",
                    "subject": "Žádost o přístup k volebním datům",
                    "body": (
                        "Dobrý den,\n\n"
                        "Brněnský deník Metropole s.r.o. (IČO " + I6 + ") žádá o přístup "
                        "k výsledkům voleb v XML.\n\n"
                        "Naše servery jsou jen na IPv6:\n"
                        "  ostrý provoz  2001:db8:41::10 a 2001:db8:41::11\n"
                        "  test          2001:db8:41::20\n\n"
                        "Kontaktní osoba: Eliška Horáková, 776 502 843\n\n"
                        "Děkuji\nEliška Horáková\nvedoucí online vydání\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "az007-databox-annotation-carries-all",
        "description": "data message whose annotation is the whole application in one line; "
        "the TXT file only signs it with the chairman's full name",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Infokanál Slezsko, z.s.",
            I7,
            "s1ez8kq",
            ["192.0.2.77"],
            ["192.0.2.78"],
            "Jaromír Bílek",
            "bilek@infoslezsko.example",
            "+420734611209",
        ),
        "databox": box("s1ez8kq", "Infokanál Slezsko, z.s.", "Ostravská 52, 746 01 Opava"),
        "subject": "Žádost o přístup k XML výsledkům voleb - Infokanál Slezsko, z.s., IČO "
        + I7
        + ", IP prod 192.0.2.77, test 192.0.2.78, kontakt J. Bílek, bilek@infoslezsko.example, "
        "734 611 209",
        "attachments": [
            (
                "txt",
                "pruvodni_dopis.txt",
                "Vážení,\r\nžádost je uvedena v poznámce této zprávy. Údaje jsou platné pro "
                "všechny volby v roce 2025.\r\n\r\nZa spolek Infokanál Slezsko\r\n"
                "Jaromír Bílek, předseda\r\n",
            )
        ],
    },
    {
        "id": "az008-html-form-filming-only-freelancer",
        "description": "HTML-only mail with a checkbox form: XML unticked, filming ticked; a "
        "freelance photographer with no IČO, the IČO row left as a dash",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Lukáš Šimeček",
            None,
            None,
            [],
            [],
            "Lukáš Šimeček",
            "lukas.simecek@fotomail.example",
            "+420603774125",
        ),
        "from": "Lukáš Šimeček <lukas.simecek@fotomail.example>",
        "subject": "Žádost o povolení fotografovat – volby",
        "headers": OWA,
        "html": (
            "<html><body><p>Dobrý den,</p><p>vyplnil jsem formulář z Vašeho webu přímo "
            "sem do mailu:</p>"
            "<table border='1' cellpadding='4'>"
            "<tr><td>☐</td><td>přístup k výsledkům v XML</td></tr>"
            "<tr><td>☒</td><td>povolení fotografovat na pracovišti ČSÚ (Praha, Na "
            "padesátém)</td></tr>"
            "</table><br>"
            "<table border='1' cellpadding='4'>"
            "<tr><th>Žadatel</th><td>Lukáš Šimeček, fotograf na volné noze</td></tr>"
            "<tr><th>IČO</th><td>—</td></tr>"
            "<tr><th>Pro koho</th><td>snímky nabízím agenturám, zatím bez pevné "
            "smlouvy</td></tr>"
            "<tr><th>Telefon</th><td>603&nbsp;774&nbsp;125</td></tr>"
            "</table>"
            "<p>Děkuji, Lukáš Šimeček</p></body></html>"
        ),
        "cte": "qp",
        "attachments": [
            (
                "pdf",
                "portfolio_ukazka.pdf",
                ["Lukáš Šimeček – ukázka práce", "Reportážní fotografie 2021–2025."],
            )
        ],
    },
    {
        "id": "az009-odt-role-column-old-row",
        "description": "ODT table with a role column and a note column; one production row is "
        "marked as no longer valid",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Liberecký zpravodaj s.r.o.",
            I9,
            None,
            ["198.51.100.8", "198.51.100.9"],
            ["198.51.100.12"],
            "Radim Kos",
            "kos@lbzpravodaj.example",
            "+420482317750",
        ),
        "from": "Radim Kos <kos@lbzpravodaj.example>",
        "subject": "Přístup k XML - LZ - aktualizace adres",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\nposílám žádost na letošní volby, tabulka adres je v příloze (ODT). "
            "Oproti loňsku jsme přestěhovali servery.\n\nRadim Kos\nLiberecký zpravodaj "
            "s.r.o., IČO " + I9 + "\ntel. 482 317 750\n"
        ),
        "attachments": [
            (
                "odt",
                "LZ_adresy_2025.odt",
                [
                    "Liberecký zpravodaj s.r.o. – žádost o přístup k výsledkům voleb (XML)",
                    [
                        ["Adresa", "Role", "Poznámka"],
                        ["198.51.100.4", "produkce", "stará, od 1/2025 neplatí"],
                        ["198.51.100.8", "produkce", "nový server"],
                        ["198.51.100.9", "produkce", "záložní"],
                        ["198.51.100.12", "test", ""],
                    ],
                    "Kontakt: Radim Kos, kos@lbzpravodaj.example",
                ],
            )
        ],
    },
    {
        "id": "az010-smime-signed-box-in-signature",
        "description": "S/MIME-signed cover with IČO and data-box ID in the signature block; "
        "the PDF asks for both, filming at two regional offices",
        "style": Style.COVER,
        "labels": L(
            [FEED, FILM],
            "Studio Labe a.s.",
            I10,
            "lb5tv2c",
            ["203.0.113.160", "203.0.113.161", "203.0.113.162"],
            ["203.0.113.170"],
            "Daniela Švecová",
            "svecova@studiolabe.example",
            "+420602155873",
        ),
        "from": "Daniela Švecová <svecova@studiolabe.example>",
        "subject": "Studio Labe - žádost o XML a natáčení",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Dobrý den,\n\nv příloze posíláme žádost. Zpráva je elektronicky podepsána.\n\n"
            "S pozdravem\n\nDaniela Švecová\nvedoucí produkce\nStudio Labe a.s.\n"
            "Masarykova 430, 400 01 Ústí nad Labem\nIČO: " + I10 + " | DS: lb5tv2c\n"
            "M: +420 602 155 873\n"
        ),
        "attachments": [
            (
                "pdf",
                "StudioLabe_zadost.pdf",
                [
                    "Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "1) Přístup k XML: produkční 203.0.113.160–162, testovací 203.0.113.170.",
                    "2) Natáčení: krajské pracoviště Ústí nad Labem a Liberec, sobota "
                    "od 14:00, dva štáby (Martin Fiala, Jan Souček).",
                    "Kontaktní osoba: Daniela Švecová, svecova@studiolabe.example",
                ],
            )
        ],
    },
    {
        "id": "az011-databox-split-diacritics",
        "description": "data message: production address in the annotation, test address and "
        "contact in the DOCX, which writes the name without diacritics",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Zprávy Orlicko s.r.o.",
            I11,
            "o9rl3kz",
            ["203.0.113.201"],
            ["203.0.113.209"],
            "Vojtěch Štěpánek",
            "stepanek@zpravyorlicko.example",
            "+420731880245",
        ),
        "databox": box(
            "o9rl3kz", "Zprávy Orlicko s.r.o.", "T. G. Masaryka 7, 562 01 Ústí nad Orlicí"
        ),
        "subject": "Zadost o XML pristup, produkcni IP 203.0.113.201, testovaci a kontakt viz "
        "priloha",
        "attachments": [
            (
                "docx",
                "zadost.docx",
                {
                    "blocks": [
                        "Zpravy Orlicko s.r.o., ICO " + I11,
                        "Dobry den, dopinujeme udaje k zadosti v poznamce datove zpravy:",
                        "testovaci IP: 203.0.113.209",
                        "kontakt: Vojtech Stepanek, stepanek@zpravyorlicko.example, 731 880 245",
                        "Dekujeme. Vojtěch Štěpánek",
                    ]
                },
            )
        ],
    },
    {
        "id": "az012-reply-txt-form-brackets",
        "description": "reply to the office's request to use the form, quoting the office's "
        "signature with its phone; the TXT form ticks [x] XML and leaves [ ] filming",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Pardubický večerník s.r.o.",
            I12,
            None,
            ["192.0.2.201"],
            ["192.0.2.202"],
            "Iveta Chládková",
            "chladkova@pcvecernik.example",
            "+420466012587",
        ),
        "from": "Iveta Chládková <chladkova@pcvecernik.example>",
        "subject": "Re: Vaše žádost – prosíme o formulář",
        "headers": K9,
        "flowed": True,
        "body": (
            "Dobrý den, formulář posílám v příloze, snad je to takhle v pořádku.\n\n"
            "Iveta Chládková\n\n"
            "> Dobrý den,\n"
            "> děkujeme za Váš zájem. Pro vyřízení prosíme o zaslání vyplněného\n"
            "> formuláře (viz web ČSÚ).\n"
            "> S pozdravem\n"
            "> Oddělení komunikace, Český statistický úřad\n"
            "> tel. +420 274 052 733, www.czso.cz\n"
        ),
        "attachments": [
            (
                "txt",
                "formular.txt",
                "ŽÁDOST MÉDIA\n\n"
                "[x] přístup k výsledkům voleb (XML)\n"
                "[ ] pořizování audiovizuálních záznamů\n\n"
                "Žadatel: Pardubický večerník s.r.o.\n"
                "IČO: " + I12 + "\n"
                "Produkční IP: 192.0.2.201\n"
                "Testovací IP: 192.0.2.202\n"
                "Kontaktní osoba: Iveta Chládková\n"
                "Tel.: 466 012 587\n"
                "E-mail: chladkova@pcvecernik.example\n",
            )
        ],
    },
    {
        "id": "az013-austrian-english-pdf-no-ico",
        "description": "Austrian broadcaster writes in English; the PDF gives a company "
        "register number (FN), no Czech IČO, and an Austrian phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Donauwelle Rundfunk GmbH",
            None,
            None,
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.250"],
            "Florian Gruber",
            "f.gruber@donauwelle.example",
            "+436644817302",
        ),
        "from": '"Gruber, Florian" <f.gruber@donauwelle.example>',
        "subject": "Access request - election results XML feed",
        "headers": ROUNDCUBE,
        "body": (
            "Dear Sir or Madam,\n\nplease find attached our request for access to the "
            "election results feed. We do not need any filming permission.\n\n"
            "Kind regards\nFlorian Gruber\nHead of Data Desk\n"
        ),
        "attachments": [
            (
                "pdf",
                "Donauwelle_access_request.pdf",
                [
                    "Donauwelle Rundfunk GmbH · Linzer Straße 88 · 4020 Linz · FN 418203k",
                    "Request for access to the Czech election results (XML)",
                    {
                        "rows": [
                            ["Production IPs", "198.51.100.240, 198.51.100.241"],
                            ["Test IP", "198.51.100.250"],
                            ["Contact", "Florian Gruber"],
                            ["Phone", "+43 664 4817302"],
                            ["E-mail", "f.gruber@donauwelle.example"],
                        ],
                        "widths": [120, 280],
                    },
                ],
            )
        ],
    },
    {
        "id": "az014-iso-docx-crew-merged-filming",
        "description": "iso-8859-2 8bit cover; DOCX with letterhead header and footer, a crew "
        "table with merged cells; filming only, the production manager is the contact",
        "style": Style.LETTER,
        "labels": L(
            [FILM],
            "Dokumentární dílna Plzeň s.r.o.",
            I14,
            "d0kp7lz",
            [],
            [],
            "Alžběta Marková",
            "markova@dokdilna.example",
            "+420777903148",
        ),
        "from": "Alžběta Marková <markova@dokdilna.example>",
        "subject": "Žádost o povolení natáčení – dokument o volbách",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\nv příloze posílám žádost o povolení natáčet. O přístup k datům "
            "nežádáme.\n\nAlžběta Marková\nvedoucí produkce\n"
        ),
        "attachments": [
            (
                "docx",
                "DDP_zadost_nataceni.docx",
                {
                    "header": "Dokumentární dílna Plzeň s.r.o. · Klatovská 61, 301 00 Plzeň",
                    "footer": "IČO " + I14 + " · ID DS d0kp7lz · www.dokdilna.example",
                    "blocks": [
                        "Věc: Žádost o povolení pořizovat obrazový a zvukový záznam",
                        "Pro připravovaný dokument o sčítání hlasů žádáme o povolení natáčet "
                        "na krajském pracovišti ČSÚ v Plzni.",
                        {
                            "rows": [
                                ["Štáb", "Jméno", "Telefon"],
                                ["kamera", "Ondřej Bláha", "605 221 874"],
                                ["", "Filip Žák", "736 540 118"],
                                ["zvuk", "Marie Fialová", "604 872 335"],
                            ],
                            "merge": [(1, 0, 2, 0)],
                        },
                        "Kontaktní osoba: Alžběta Marková, vedoucí produkce, 777 903 148, "
                        "markova@dokdilna.example",
                        "MgA. Petr Hronek, jednatel",
                    ],
                },
            )
        ],
    },
]
