"""Thirty-seventh held-out part ``ah``, cases ah001–ah014: an empty mail with a PDF letter, data
messages with the application only in the annotation, only in the file or in both, a DOCX form
with box characters, an XLSX role column changed by the cover mail, a forwarded application
with a new contact, RTF ANO/NE columns, a Slovak TXT, a transposed HTML table, an English DOCX
with header and footer, a reply with a corrected sheet and an S/MIME mail with a data-box ID in
the signature. Written by hand apart from the extraction rules (see make_thirtyseventh_ah);
labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyseventh_ah_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I1, I2, I3, I4 = ico("2834190"), ico("2617735"), ico("0552184"), ico("2906613")
I5, I6, I7, I8 = ico("2745012"), ico("0027591"), ico("0877316"), ico("3641297")
I9, I10, I12 = ico("2591448"), ico("2260871"), ico("2873305")
I13, I14 = ico("2437726"), ico("2618094")

CASES: list[dict[str, Any]] = [
    {
        "id": "ah001-empty-body-pdf-letter",
        "description": "empty mail body, the application only in a PDF letter whose table "
        "wraps the role cells; a mobile and a switchboard number",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Posázavský týdeník, s.r.o.",
            I1,
            None,
            ["192.0.2.130", "192.0.2.131"],
            ["192.0.2.140"],
            "Radim Kopecký",
            "kopecky@posazavsky.example",
            "+420724118306",
        ),
        "from": "Kopecký Radim <kopecky@posazavsky.example>",
        "subject": "Žádost ČSÚ - volby",
        "headers": OUTLOOK,
        "body": "",
        "attachments": [
            (
                "pdf",
                "Zadost_CSU_PosTydenik.pdf",
                [
                    "Posázavský týdeník, s.r.o.\nMasarykova 214, 257 21 Poříčí nad Sázavou\n"
                    f"IČ: {I1[:3]} {I1[3:5]} {I1[5:]}",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "V Poříčí nad Sázavou dne 14. 9. 2026",
                    "<b>Věc: Žádost o zpřístupnění výsledků voleb ve formátu XML</b>",
                    "Vážení, naše redakce zveřejňuje průběžné výsledky voleb pro obce Posázaví. "
                    "Žádáme o povolení přístupu k serveru s výsledky z těchto adres:",
                    {
                        "rows": [
                            ["Poř.", "IP adresa", "Určení (produkční / testovací)"],
                            [
                                "1",
                                "192.0.2.130",
                                "produkční – hlavní redakční server v serverovně Benešov",
                            ],
                            ["2", "192.0.2.131", "produkční – záložní stroj tamtéž"],
                            ["3", "192.0.2.140", "testovací prostředí, jen do 30. 9."],
                        ],
                        "widths": [40, 110, 150],
                    },
                    "Kontaktní osoba: Ing. Radim Kopecký, správa IT, mobil 724 118 306, "
                    "kopecky@posazavsky.example (ústředna redakce 317 702 400).",
                    "S pozdravem\n\nMgr. Hana Vrbová\njednatelka",
                ],
            )
        ],
    },
    {
        "id": "ah002-databox-annotation-only-extract",
        "description": "data message: the whole application in the annotation, the attached "
        "PDF is only the applicant's commercial-register extract",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Rádio Bílé Karpaty s.r.o.",
            I2,
            "r8kq2wf",
            ["198.51.100.23"],
            ["198.51.100.24"],
            "Petr Hrubý",
            "hruby@bilekarpaty.example",
            "+420731555102",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb. Prod. IP 198.51.100.23, test. "
        "198.51.100.24. Kontakt Petr Hrubý, hruby@bilekarpaty.example, 731 555 102. "
        "Výpis z OR přikládáme.",
        "databox": {
            "box": "r8kq2wf",
            "sender": "Rádio Bílé Karpaty s.r.o.",
            "address": "Masarykovo nám. 88, 688 01 Uherský Brod",
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR_RBK.pdf",
                [
                    "<b>Výpis z obchodního rejstříku</b>\nvedeného Krajským soudem v Brně, "
                    "oddíl C, vložka 58213",
                    {
                        "rows": [
                            ["Datum vzniku a zápisu:", "3. března 2011"],
                            ["Obchodní firma:", "Rádio Bílé Karpaty s.r.o."],
                            ["Sídlo:", "Masarykovo nám. 88, 688 01 Uherský Brod"],
                            ["Identifikační číslo:", f"{I2[:3]} {I2[3:5]} {I2[5:]}"],
                            ["Právní forma:", "Společnost s ručením omezeným"],
                            ["Předmět podnikání:", "provozování rozhlasového vysílání"],
                            ["Jednatel:", "MIROSLAV ŠTĚRBA, dat. nar. 11. června 1969"],
                        ],
                        "widths": [150, 300],
                    },
                    "Údaje platné ke dni: 1. září 2026 06:00",
                ],
            )
        ],
    },
    {
        "id": "ah003-docx-form-box-characters",
        "description": "DOCX form: the feed box ticked (☒), the recording box unticked (☐); "
        "a production/test column table with empty rows",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Zlínský večerník, z. ú.",
            I3,
            None,
            ["203.0.113.15", "203.0.113.16"],
            ["203.0.113.200"],
            "Tomáš Šedivý",
            "sedivy@zlinskyvecernik.example",
            "+420577019233",
        ),
        "from": "Tomáš Šedivý <sedivy@zlinskyvecernik.example>",
        "subject": "Formulář – přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nv příloze posílám vyplněný formulář žádosti.\n\n"
            "S pozdravem\nTomáš Šedivý\nIT, Zlínský večerník\n"
        ),
        "attachments": [
            (
                "docx",
                "formular_zadost_vyplneny.docx",
                {
                    "header": "ŽÁDOST MÉDIA O PŘÍSTUP K VÝSLEDKŮM VOLEB",
                    "blocks": [
                        "Žadatel vyplní a zašle na adresu podatelny ČSÚ.",
                        {
                            "rows": [
                                ["Název žadatele", "Zlínský večerník, z. ú."],
                                ["IČO", I3],
                                ["Sídlo", "Třída Tomáše Bati 1503, 760 01 Zlín"],
                            ]
                        },
                        "Předmět žádosti (zaškrtněte):",
                        {
                            "rows": [
                                ["☒", "přístup k výsledkům voleb ve formátu XML"],
                                ["☐", "povolení pořizovat záznam ve sběrném místě ČSÚ"],
                            ]
                        },
                        "IP adresy (nejvýše 5 + 5):",
                        {
                            "rows": [
                                ["", "Produkční IP", "Testovací IP"],
                                ["1", "203.0.113.15", "203.0.113.200"],
                                ["2", "203.0.113.16", ""],
                                ["3", "", ""],
                                ["4", "", ""],
                                ["5", "", ""],
                            ]
                        },
                        {
                            "rows": [
                                ["Kontaktní osoba", "Tomáš Šedivý"],
                                ["E-mail", "sedivy@zlinskyvecernik.example"],
                                ["Telefon", "+420 577 019 233"],
                            ]
                        },
                        "Datum: 9. 9. 2026            Podpis: T. Šedivý",
                    ],
                    "footer": "Formulář verze 2.1 – strana 1/1",
                },
            )
        ],
    },
    {
        "id": "ah004-xlsx-role-column-cover-replaces-test",
        "description": "XLSX with a role column (PROD, PROD-záloha, TST); the cover mail says "
        "the TST address in the sheet was replaced by another",
        "style": Style.COVER_CHANGE,
        "labels": L(
            [FEED],
            "Jihomoravská mediální, a.s.",
            I4,
            None,
            ["198.51.100.70", "198.51.100.71"],
            ["198.51.100.78"],
            "Ondřej Valenta",
            "ondrej.valenta@jmmedia.example",
            "+420739604215",
        ),
        "from": "Ondřej Valenta <ondrej.valenta@jmmedia.example>",
        "subject": "IP adresy pro XML výsledky",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "posílám tabulku s IP adresami pro přístup k XML s výsledky voleb (list Žadatel "
            "má naše údaje).\n\n"
            "Jedna změna oproti tabulce: adresu 198.51.100.77 (řádek TST) jsme mezitím "
            "zrušili, testovat budeme z 198.51.100.78. Tabulku už jsem nepřepisoval, "
            "omlouvám se.\n\n"
            "Díky\nOndřej Valenta\n"
        ),
        "attachments": [
            (
                "xlsx",
                "ip_volby_jmm.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Role", "IP", "Lokace", "Pozn."],
                            ["PROD", "198.51.100.70", "DC Brno-Líšeň", "hlavní"],
                            ["PROD-záloha", "198.51.100.71", "DC Praha", "failover"],
                            ["TST", "198.51.100.77", "kancelář", ""],
                        ],
                    },
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Firma", "Jihomoravská mediální, a.s."],
                            ["IČO", I4],
                            ["Kontakt", "Ondřej Valenta"],
                            ["Tel.", "739 604 215"],
                            ["E-mail", "ondrej.valenta@jmmedia.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ah005-forward-eml-new-contact",
        "description": "forwarded .eml of a colleague's application; the cover says he left "
        "and the sender is the contact now, with her own phone",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Tábor Live s.r.o.",
            I5,
            None,
            ["203.0.113.61"],
            ["203.0.113.62"],
            "Jana Kalinová",
            "kalinova@taborlive.example",
            "+420605991240",
        ),
        "from": "Jana Kalinová <kalinova@taborlive.example>",
        "subject": "Fwd: Žádost o XML přístup – Tábor Live",
        "headers": APPLE,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám žádost kolegy Lukáše Nováka z 2. 9. (v příloze). Kolega od "
            "října u nás nepracuje, kontaktní osobou budu nyní já – Jana Kalinová, "
            "kalinova@taborlive.example, tel. 605 991 240. Ostatní údaje platí beze "
            "změny.\n\n"
            "Děkuji\nJana Kalinová\nšéfredaktorka Tábor Live\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost_XML_TaborLive.eml",
                {
                    "id": "ah005-inner",
                    "from": "Lukáš Novák <novak@taborlive.example>",
                    "to": "podatelna@czso.cz",
                    "subject": "Žádost o XML přístup – Tábor Live",
                    "headers": APPLE,
                    "body": (
                        "Dobrý den,\n\n"
                        f"Tábor Live s.r.o. (IČO {I5}) žádá o přístup k výsledkům voleb "
                        "ve formátu XML.\n\n"
                        "produkce: 203.0.113.61\n"
                        "test: 203.0.113.62\n\n"
                        "Kontakt: Lukáš Novák, novak@taborlive.example, 776 300 518\n\n"
                        "Lukáš Novák\nTábor Live\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "ah006-databox-odt-recording-only",
        "description": "data message from a town: annotation and ODT letter both ask only to "
        "film; the letter rules out the XML feed",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FILM],
            "Město Dolní Břečkov",
            I6,
            "b2ek4mt",
            [],
            [],
            "Lenka Tichá",
            "ticha@brecko.example",
            "+420491420118",
        ),
        "subject": "Žádost o povolení natáčení ve sběrném místě – TV Břečkov (podrobnosti "
        "v příloze)",
        "databox": {
            "box": "b2ek4mt",
            "sender": "Město Dolní Břečkov",
            "address": "Náměstí 1, 549 31 Dolní Břečkov",
            "type": 10,
        },
        "attachments": [
            (
                "odt",
                "zadost_natoceni_TVB.odt",
                [
                    f"MĚSTO DOLNÍ BŘEČKOV, Náměstí 1, 549 31 Dolní Břečkov, IČO: {I6}",
                    "Č. j.: MDB/2207/2026/Tch",
                    "Věc: Žádost o povolení pořídit záznam ve sběrném místě",
                    "Městská televize Břečkov, organizační složka města, by ráda natočila "
                    "krátkou reportáž o převzetí volebních výsledků ve sběrném místě ČSÚ "
                    "v Náchodě v noci po uzavření volebních místností (natáčení cca 30 "
                    "minut, 2 osoby, bez osvětlení).",
                    "O přístup k datovému rozhraní XML nežádáme, výsledky přebíráme z webu.",
                    [
                        ["Kontaktní osoba", "Bc. Lenka Tichá, redaktorka"],
                        ["Telefon", "491 420 118"],
                        ["E-mail", "ticha@brecko.example"],
                    ],
                    "Ing. Zdeněk Pour\nstarosta",
                ],
            )
        ],
    },
    {
        "id": "ah007-rtf-ano-ne-columns-both",
        "description": "RTF from Pages with ANO/NE columns, both requests marked ANO; a "
        "'druh' column gives the roles; format=flowed cover",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Studio Kroměříž Media, spol. s r. o.",
            I7,
            None,
            ["192.0.2.50", "192.0.2.51"],
            ["192.0.2.60"],
            "Alžběta Rejmanová",
            "rejmanova@studiokm.example",
            "+420603447190",
        ),
        "from": "Alžběta Rejmanová <rejmanova@studiokm.example>",
        "subject": "žádost – volby",
        "headers": APPLE,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "v příloze posílám naši žádost ve formátu RTF (z Pages to jinak nešlo, "
            "snad se vám otevře).\n\n"
            "Hezký den\nAlžběta Rejmanová\n\nOdesláno z mého Macu\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_volby.rtf",
                [
                    "Studio Kroměříž Media, spol. s r. o.",
                    f"Riegrovo náměstí 160/12, 767 01 Kroměříž, IČO {I7}",
                    "Žádáme Český statistický úřad o:",
                    [
                        ["Předmět žádosti", "ANO", "NE"],
                        ["přístup k výsledkům voleb (XML)", "X", ""],
                        ["natáčení ve sběrném místě", "X", ""],
                    ],
                    "IP adresy:",
                    [
                        ["druh", "adresa"],
                        ["produkční", "192.0.2.50"],
                        ["produkční", "192.0.2.51"],
                        ["testovací", "192.0.2.60"],
                    ],
                    "Kontakt: Alžběta Rejmanová, produkce\n"
                    "rejmanova@studiokm.example, +420 603 447 190",
                ],
            )
        ],
    },
    {
        "id": "ah008-slovak-txt-attachment",
        "description": "Slovak publisher, two-line cover, the application in a Slovak TXT "
        "file; filming declined in Slovak; base64 body",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Tatranský spravodaj, a. s.",
            I8,
            None,
            ["203.0.113.90", "203.0.113.91"],
            ["203.0.113.95"],
            "Marek Oravec",
            "oravec@tatranskyspravodaj.example",
            "+421905318442",
        ),
        "from": "Marek Oravec <oravec@tatranskyspravodaj.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb (XML)",
        "headers": OUTLOOK,
        "cte": "base64",
        "body": (
            "Dobrý deň,\n\nv prílohe posielame žiadosť o prístup k výsledkom volieb.\n\n"
            "S pozdravom\nMarek Oravec\n"
        ),
        "attachments": [
            (
                "txt",
                "ziadost_CSU.txt",
                "ŽIADOSŤ O PRÍSTUP K VÝSLEDKOM VOLIEB VO FORMÁTE XML\n"
                "===================================================\n\n"
                "Žiadateľ:            Tatranský spravodaj, a. s.\n"
                "Sídlo:               Nábrežie Popradu 7, 058 01 Poprad\n"
                f"IČO:                 {I8}\n\n"
                "Produkčné IP adresy: 203.0.113.90, 203.0.113.91\n"
                "Testovacia IP adresa: 203.0.113.95\n\n"
                "O povolenie na natáčanie na zbernom mieste nežiadame.\n\n"
                "Kontaktná osoba:     Mgr. Marek Oravec\n"
                "Telefón:             +421 905 318 442\n"
                "E-mail:              oravec@tatranskyspravodaj.example\n\n"
                "V Poprade 16. 9. 2026\n",
            )
        ],
    },
    {
        "id": "ah009-html-transposed-table-latin2",
        "description": "HTML-only Zimbra mail in ISO-8859-2: roles are column headers and "
        "address numbers row headers (Produkce/Test); a dash in an empty cell",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Regionální televize Haná, a.s.",
            I9,
            None,
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.150"],
            "Kamil Doležal",
            "dolezal@rtvhana.example",
            "+420585110327",
        ),
        "from": "Kamil Doležal <dolezal@rtvhana.example>",
        "subject": "Žádost o přístup k volebnímu serveru – RTV Haná",
        "headers": ZIMBRA,
        "charset": "iso-8859-2",
        "html": (
            '<html><body><div style="font-family: arial, helvetica; font-size: 12pt">'
            "<div>Dobrý den,</div><div><br></div>"
            f"<div>Regionální televize Haná, a.s., IČO {I9}, žádá o přístup k XML "
            "s průběžnými výsledky voleb. Natáčet ve sběrných místech nebudeme.</div>"
            "<div><br></div>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            "<tr><th></th><th>Produkce</th><th>Test</th></tr>"
            "<tr><th>IP 1</th><td>198.51.100.140</td><td>198.51.100.150</td></tr>"
            "<tr><th>IP 2</th><td>198.51.100.141</td><td>&mdash;</td></tr>"
            "</table><div><br></div>"
            "<div>S pozdravem</div><div><br></div>"
            "<div>Mgr. Kamil Doležal | vedoucí vysílání | +420 585 110 327<br>"
            "Regionální televize Haná, a.s. | Palackého 21, 779 00 Olomouc</div>"
            "</div></body></html>"
        ),
    },
    {
        "id": "ah010-databox-pdf-brackets-ipv6",
        "description": "data message with a generic annotation; the PDF form uses [x] for both "
        "requests, an IPv6 production address, and prints the office's box in the "
        "address block next to the applicant's in the letterhead",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED, FILM],
            "Spolek Vysokomýtský zpravodaj, z. s.",
            I10,
            "v6m3tzq",
            ["2001:db8:4a1::10", "192.0.2.180"],
            [],
            "Pavel Hájek",
            "hajek@vmzpravodaj.example",
            "+420608229014",
        ),
        "subject": "Žádost – volby 2026",
        "databox": {
            "box": "v6m3tzq",
            "sender": "Spolek Vysokomýtský zpravodaj, z. s.",
            "address": "B. Smetany 92, 566 01 Vysoké Mýto",
        },
        "attachments": [
            (
                "pdf",
                "zadost.pdf",
                [
                    "Spolek Vysokomýtský zpravodaj, z. s. | B. Smetany 92, 566 01 Vysoké Mýto"
                    f" | IČO: {I10} | ID datové schránky: v6m3tzq",
                    "Adresát: Český statistický úřad, ID DS: 2gfaasy",
                    "<b>Žádost média k volbám</b>",
                    "[x] přístup k průběžným výsledkům ve formátu XML<br/>"
                    "[x] povolení k natáčení / fotografování ve sběrném místě Ústí nad Orlicí",
                    "Produkční adresy: 2001:0db8:04a1:0000:0000:0000:0000:0010 a 192.0.2.180"
                    "<br/>Testovací adresy: žádné (testujeme z produkce)",
                    "Kontakt: Pavel Hájek, předseda spolku, tel. 608 229 014, "
                    "hajek@vmzpravodaj.example",
                    "Ve Vysokém Mýtě 21. 9. 2026, Pavel Hájek",
                ],
            )
        ],
    },
    {
        "id": "ah011-english-docx-header-footer",
        "description": "Austrian broadcaster without an IČO writes English; DOCX with the "
        "company register in the footer, an environment table with a failover row",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Alpenfunk Medien GmbH",
            None,
            None,
            ["203.0.113.33", "203.0.113.34"],
            ["203.0.113.35"],
            "Katharina Brunner",
            "k.brunner@alpenfunk.example",
            "+43151238840",
        ),
        "from": "Brunner Katharina <k.brunner@alpenfunk.example>",
        "subject": "Application for access to election results (XML) - Alpenfunk",
        "headers": OUTLOOK,
        "body": (
            "Dear Sir or Madam,\n\n"
            "please find attached our application for access to the XML election results "
            "for our Prague correspondent's live coverage.\n\n"
            "Kind regards / Mit freundlichen Grüßen\n"
            "Katharina Brunner\nHead of Data Desk\n"
        ),
        "attachments": [
            (
                "docx",
                "Alpenfunk_CZSO_application.docx",
                {
                    "header": "ALPENFUNK MEDIEN GMBH · Mariahilfer Straße 77 · 1060 Wien",
                    "blocks": [
                        "To: Czech Statistical Office, Prague",
                        "Subject: Access to the election results server",
                        "Alpenfunk Medien GmbH applies for access to the election results in "
                        "XML format. We do not intend to film at the counting centres.",
                        {
                            "rows": [
                                ["Environment", "IP address"],
                                ["Production", "203.0.113.33"],
                                ["Production (failover)", "203.0.113.34"],
                                ["Test", "203.0.113.35"],
                            ]
                        },
                        "Contact person: Katharina Brunner, Head of Data Desk",
                        "Phone: +43 1 5123 8840 · E-mail: k.brunner@alpenfunk.example",
                    ],
                    "footer": "FN 482931 x, Handelsgericht Wien · UID ATU71829345 · "
                    "IBAN AT61 1904 3002 3457 3201",
                },
            )
        ],
    },
    {
        "id": "ah012-reply-corrected-xlsx-ico-typo",
        "description": "reply to the office's request for corrections, quoting its text with "
        "its own phone and box; a corrected sheet attached and the IČO corrected in the body",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Českolipský region s.r.o.",
            I12,
            None,
            ["192.0.2.14", "192.0.2.15"],
            ["192.0.2.16"],
            "Veronika Adámková",
            "adamkova@clregion.example",
            "+420487830551",
        ),
        "from": "Veronika Adámková <adamkova@clregion.example>",
        "subject": "RE: Doplnění žádosti o přístup k XML",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "děkuji za upozornění. V příloze posílám opravenou tabulku, doplnila jsem "
            "testovací adresu. IČO bylo v původní žádosti s překlepem, správně je "
            f"{I12}.\n\n"
            "S pozdravem\nVeronika Adámková\nČeskolipský region s.r.o.\n\n"
            "-----Original Message-----\n"
            "From: podatelna@czso.cz\n"
            "Sent: Tuesday, September 15, 2026 10:02 AM\n"
            "Subject: Doplnění žádosti o přístup k XML\n\n"
            "Dobrý den,\n\n"
            "ve Vaší žádosti chybí testovací IP adresa a uvedené IČO neprošlo kontrolou. "
            "Prosíme o doplnění odpovědí na tento e-mail nebo do datové schránky 2gfaasy.\n\n"
            "Český statistický úřad, podatelna\nNa padesátém 81, 100 82 Praha 10\n"
            "tel. 274 052 733\n"
        ),
        "attachments": [
            (
                "xlsx",
                "zadost_CLR_opraveno.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Českolipský region s.r.o."],
                            ["IČO", I12],
                            ["", ""],
                            ["Typ adresy", "IP"],
                            ["produkční", "192.0.2.14"],
                            ["produkční", "192.0.2.15"],
                            ["testovací", "192.0.2.16"],
                            ["", ""],
                            ["Kontakt", "Veronika Adámková"],
                            ["Telefon", "+420 487 830 551"],
                            ["E-mail", "adamkova@clregion.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "ah013-databox-annotation-corrects-docx",
        "description": "data message: the DOCX gives the application, the annotation corrects "
        "its test address",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Pojizerské listy s.r.o.",
            I13,
            "pj7wq2m",
            ["198.51.100.211", "198.51.100.212"],
            ["198.51.100.219"],
            "Michal Bureš",
            "bures@pojizerskelisty.example",
            "+420326711094",
        ),
        "subject": "Žádost o XML výsledky v příloze. Oprava: testovací IP v příloze je "
        "chybně, správně 198.51.100.219.",
        "databox": {
            "box": "pj7wq2m",
            "sender": "Pojizerské listy s.r.o.",
            "address": "Jičínská 1120, 293 01 Mladá Boleslav",
        },
        "attachments": [
            (
                "docx",
                "zadost_XML_PL.docx",
                {
                    "header": f"Pojizerské listy s.r.o. · IČO {I13} · DS pj7wq2m",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        "Žádáme o zřízení přístupu z následujících adres:",
                        {
                            "rows": [
                                ["IP adresa", "Účel"],
                                ["198.51.100.211", "produkce"],
                                ["198.51.100.212", "produkce (záloha)"],
                                ["198.51.100.210", "test"],
                            ]
                        },
                        "Kontaktní osoba: Michal Bureš, vedoucí online vydání, "
                        "tel. 326 711 094, bures@pojizerskelisty.example",
                        "V Mladé Boleslavi 10. 9. 2026\nIng. Jitka Nováková, jednatelka",
                    ],
                },
            )
        ],
    },
    {
        "id": "ah014-smime-pdf-respectively-box-in-signature",
        "description": "S/MIME-signed mail with a PDF letter giving roles by 'resp.'; a "
        "technical contact other than the signer; IČO, DIČ and data-box ID in the signature",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Vydavatelství Sněžka, a. s.",
            I14,
            "s3nz8kx",
            ["192.0.2.220"],
            ["192.0.2.221"],
            "David Kříž",
            "kriz@snezka.example",
            "+420776210938",
        ),
        "from": '"Ing. Filip Mareš" <mares@snezka.example>',
        "subject": "Žádost o přístup k výsledkům voleb – Vydavatelství Sněžka",
        "headers": TBIRD,
        "smime": True,
        "body": (
            "Dobrý den,\n\n"
            "v příloze zasíláme podepsanou žádost o přístup k výsledkům voleb ve formátu "
            "XML. Technické dotazy prosím směřujte na kolegu Kříže (kontakt v žádosti).\n\n"
            "S pozdravem\n\n"
            "Ing. Filip Mareš\nředitel\n"
            "Vydavatelství Sněžka, a. s. | Horská 15, 541 01 Trutnov\n"
            f"IČ: {I14[:2]} {I14[2:5]} {I14[5:]} | DIČ: CZ{I14} | ID DS: s3nz8kx\n"
            "tel. +420 499 811 402\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_snezka_podepsana.pdf",
                [
                    "Vydavatelství Sněžka, a. s., Horská 15, 541 01 Trutnov",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o přístup k serveru s výsledky voleb z IP adres 192.0.2.220 a "
                    "192.0.2.221 (produkční, resp. testovací). O natáčení nežádáme.",
                    "Kontaktní osoba: David Kříž, správce sítě, kriz@snezka.example, "
                    "mobil 776 210 938.",
                    "V Trutnově dne 17. 9. 2026\n\nIng. Filip Mareš, ředitel",
                ],
            )
        ],
    },
]
