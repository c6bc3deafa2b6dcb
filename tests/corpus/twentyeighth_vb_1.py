"""Twentyeighth held-out part ``vb``, cases vb001–vb014: a PDF letter behind an empty mail, a
DOCX form with box characters, data messages with the application only in the annotation or
only in the file, an XLSX with ANO/NE columns, a forwarded .eml that a cover note corrects, an
ODT crew list, an RTF table under a windows-1250 cover, an English TXT form, HTML ANO/NE tables
and letterheads with IČO and box IDs. Written by hand apart from the extraction rules (see
make_twentyeighth_vb); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyeighth_vb_common import (
    APPLE,
    BOX,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    TICK,
    ZIMBRA,
    L,
    Style,
    ico,
)

I1, I2, I3, I4 = ico("2793041"), ico("0457218"), ico("2681530"), ico("3624197")
I5, I6, I8, I10 = ico("0728463"), ico("2519086"), ico("4470213"), ico("2836957")
I11, I12, I13, I14 = ico("0193648"), ico("3571904"), ico("0042617"), ico("2705519")

CASES: list[dict[str, Any]] = [
    {
        "id": "vb001-empty-body-pdf-letter",
        "description": "the mail has no text at all; the PDF letter gives the roles in a "
        "table column 'Účel' and a switchboard after the contact's mobile",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Vydavatelství Brdy s.r.o.",
            I1,
            None,
            ["198.51.100.71", "198.51.100.72"],
            ["198.51.100.79"],
            "Radek Holub",
            "holub@brdskelisty.example",
            "+420728514093",
        ),
        "from": "Radek Holub <holub@brdskelisty.example>",
        "subject": "Žádost XML volby",
        "headers": OUTLOOK,
        "body": "",
        "attachments": [
            (
                "pdf",
                "Zadost_CSU_BrdskeListy.pdf",
                [
                    "Vydavatelství Brdy s.r.o. | Pražská 418, 261 01 Příbram | IČO: "
                    f"{I1} | www.brdskelisty.example",
                    "Český statistický úřad\nodbor informatiky\nNa padesátém 81, Praha 10",
                    "V Příbrami dne 11. září 2025",
                    "Věc: žádost o zpřístupnění průběžných výsledků voleb (XML)",
                    "Vážení, vydavatelství Brdy s.r.o., vydavatel týdeníku Brdské listy, žádá "
                    "o přístup k serveru s výsledky voleb. Natáčení ve sběrných místech "
                    "nepožadujeme.",
                    {
                        "rows": [
                            ["Účel", "IP adresa", "Poznámka"],
                            ["produkce – primární", "198.51.100.71", "web, redakční systém v4.2"],
                            ["produkce – záložní", "198.51.100.72", "jiná lokalita"],
                            ["testování", "198.51.100.79", "do 30. 9. 2025"],
                        ],
                        "widths": [140, 120, 180],
                    },
                    "Kontaktní osoba: Radek Holub, technický redaktor, mobil 728 514 093, "
                    "e-mail holub@brdskelisty.example (ústředna redakce 318 620 100).",
                    "S pozdravem\nMgr. Eva Šustrová, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "vb002-docx-form-box-characters",
        "description": "cover mail of two lines; DOCX form with ☒/☐ boxes (filming unticked) "
        "and an address table with row headers",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "RegioNet media a.s.",
            I2,
            None,
            ["203.0.113.140", "203.0.113.141", "203.0.113.142"],
            ["203.0.113.150"],
            "Simona Krejčí",
            "krejci@regionet.example",
            "+420602771380",
        ),
        "from": "Simona Krejčí <krejci@regionet.example>",
        "subject": "formulář – přístup k výsledkům",
        "headers": TBIRD,
        "body": ("Dobrý den,\nv příloze posílám vyplněný formulář za RegioNet.\n\nSimona Krejčí\n"),
        "attachments": [
            (
                "docx",
                "formular_pristup_volby.docx",
                {
                    "header": "RegioNet media a.s. – interní formulář IT-17",
                    "blocks": [
                        "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB",
                        "Žadatel: RegioNet media a.s.",
                        f"IČO: {I2}",
                        "Požadujeme (zaškrtněte):",
                        f"{TICK} přístup k výsledkům ve formátu XML (dedikovaný server)",
                        f"{BOX} povolení k pořizování záznamu na sběrných místech",
                        {
                            "rows": [
                                ["", "IP adresa 1", "IP adresa 2", "IP adresa 3"],
                                ["Produkční", "203.0.113.140", "203.0.113.141", "203.0.113.142"],
                                ["Testovací", "203.0.113.150", "", ""],
                            ]
                        },
                        "Kontaktní osoba: Simona Krejčí",
                        "Telefon: +420 602 771 380",
                        "E-mail: krejci@regionet.example",
                        "Datum: 12. 9. 2025          Podpis: S. Krejčí",
                    ],
                },
            )
        ],
    },
    {
        "id": "vb003-databox-annotation-only",
        "description": "data message whose annotation is the whole application; the attached "
        "PDF is only a commercial-register extract",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Polabský kurýr s.r.o.",
            I3,
            "t3vq8mk",
            ["192.0.2.88"],
            ["192.0.2.89"],
            "Petr Vaněk",
            None,
            "+420731442908",
        ),
        "subject": (
            "Žádost o přístup k XML výsledkům voleb: produkce 192.0.2.88, test 192.0.2.89, "
            "kontakt Petr Vaněk tel. 731 442 908. Výpis z OR přikládáme."
        ),
        "databox": {
            "box": "t3vq8mk",
            "sender": "Polabský kurýr s.r.o.",
            "address": "Palackého 77, 280 02 Kolín",
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR.pdf",
                [
                    "Výpis z obchodního rejstříku, vedeného Městským soudem v Praze, "
                    "oddíl C, vložka 214873",
                    {
                        "rows": [
                            ["Datum vzniku a zápisu:", "3. května 2011"],
                            ["Spisová značka:", "C 214873 vedená u Městského soudu v Praze"],
                            ["Obchodní firma:", "Polabský kurýr s.r.o."],
                            ["Sídlo:", "Palackého 77, 280 02 Kolín"],
                            ["Identifikační číslo:", f"{I3[:3]} {I3[3:5]} {I3[5:]}"],
                            ["Právní forma:", "Společnost s ručením omezeným"],
                            ["Předmět podnikání:", "vydavatelské činnosti, polygrafická výroba"],
                            ["Jednatel:", "Ing. Tomáš Brabec, dat. nar. 14. 2. 1975"],
                        ],
                        "widths": [150, 290],
                    },
                    "Údaje platné ke dni 10. 9. 2025 03:30",
                ],
            )
        ],
    },
    {
        "id": "vb004-xlsx-ano-ne-columns",
        "description": "XLSX with a request sheet using ANO/NE columns (filming 'x' under NE) "
        "and an address sheet with a role column in Czech abbreviations",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Zpravodajská agentura Morava, z.s.",
            I4,
            None,
            ["198.51.100.201", "198.51.100.202"],
            ["198.51.100.210", "198.51.100.211"],
            "Lukáš Pospíšil",
            "pospisil.lukas@zamorava.example",
            "+420585123447",
        ),
        "from": "Lukáš Pospíšil <pospisil.lukas@zamorava.example>",
        "subject": "Volby 2025 - žádost (xlsx)",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nposílám žádost ve vaší tabulce, vyplněné jsou oba listy.\n"
            "Kdyby něco nesedělo, volejte.\n\nLukáš Pospíšil\nZA Morava\n"
            "585 123 447 (přímá linka)\n"
        ),
        "attachments": [
            (
                "xlsx",
                "zadost_ZAMorava.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Zpravodajská agentura Morava, z.s."],
                            ["IČO", I4],
                            ["Sídlo", "Horní náměstí 5, 779 00 Olomouc"],
                            [],
                            ["Požadavek", "ANO", "NE"],
                            ["Přístup k XML výsledkům", "x", ""],
                            ["Natáčení / záznam na sběrném místě", "", "x"],
                            [],
                            ["Kontaktní osoba", "Lukáš Pospíšil"],
                            ["E-mail", "pospisil.lukas@zamorava.example"],
                            ["Telefon", "+420 585 123 447"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["IP", "Typ", "Pozn."],
                            ["198.51.100.201", "PROD", "hlavní"],
                            ["198.51.100.202", "PROD", "záloha"],
                            ["198.51.100.210", "TST", ""],
                            ["198.51.100.211", "TST", "staging"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "vb005-databox-docx-only-office-box-in-letter",
        "description": "annotation says only 'Žádost'; the DOCX letter asks for both, is "
        "addressed to the office's box 2gfaasy, letterhead with the applicant's own box",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED, FILM],
            "Televize Vltava a.s.",
            I5,
            "w8r2fhx",
            ["203.0.113.60"],
            ["203.0.113.61"],
            "Daniela Malá",
            "mala@tvvltava.example",
            "+420777402119",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "w8r2fhx",
            "sender": "Televize Vltava a.s.",
            "address": "Lannova 2, 370 01 České Budějovice",
        },
        "attachments": [
            (
                "docx",
                "CSU_zadost_2025.docx",
                {
                    "header": f"Televize Vltava a.s. · Lannova 2, České Budějovice · IČO {I5} "
                    "· ID DS w8r2fhx",
                    "footer": "Společnost je zapsána v OR u KS v Českých Budějovicích, "
                    "oddíl B, vložka 1904.",
                    "blocks": [
                        "Adresát: Český statistický úřad, datová schránka 2gfaasy",
                        "Naše č. j.: TVV-2025-0412",
                        "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                        "Televize Vltava a.s. žádá o:",
                        "1. zřízení přístupu k výsledkům voleb ve formátu XML pro produkční "
                        "server 203.0.113.60 a testovací server 203.0.113.61;",
                        "2. povolení pořídit obrazový záznam na sběrném místě v Českých "
                        "Budějovicích v noci ze 4. na 5. října 2025 (štáb: kameraman Ondřej "
                        "Bílek, redaktorka Tereza Klímová).",
                        "Kontaktní osobou pro obě žádosti je Daniela Malá, vedoucí vysílání, "
                        "tel. 777 402 119, mala@tvvltava.example.",
                        "Ing. Jaroslav Hrubý\nředitel",
                    ],
                },
            )
        ],
    },
    {
        "id": "vb006-forwarded-eml-cover-corrects-test",
        "description": "cover note forwards a colleague's application as an attached .eml and "
        "corrects its test address; the colleague stays the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Deník Podbrdsko s.r.o.",
            I6,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.160"],
            "Markéta Novotná",
            "novotna@podbrdsko.example",
            "+420736220415",
        ),
        "from": "Jan Svoboda <svoboda@podbrdsko.example>",
        "subject": "Fwd: žádost o přístup k XML – Deník Podbrdsko",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám žádost kolegyně Novotné, která ji včera omylem poslala jen mně.\n"
            "Jedna oprava: testovací adresa v ní je špatně, správně má být 192.0.2.160 "
            "(ne 192.0.2.106, přehozené číslice). Ostatní platí.\n\n"
            "Jan Svoboda\nšéfredaktor, Deník Podbrdsko\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost_XML.eml",
                {
                    "id": "vb006-inner",
                    "from": "Markéta Novotná <novotna@podbrdsko.example>",
                    "to": "svoboda@podbrdsko.example",
                    "subject": "žádost o přístup k XML – Deník Podbrdsko",
                    "body": (
                        "Dobrý den,\n\n"
                        f"Deník Podbrdsko s.r.o. (IČO {I6}) žádá o přístup k výsledkům "
                        "voleb ve formátu XML.\n\n"
                        "produkční IP: 192.0.2.150, 192.0.2.151\n"
                        "testovací IP: 192.0.2.106\n\n"
                        "Kontaktní osoba: Markéta Novotná, tel. 736 220 415\n\n"
                        "Děkuji,\nMarkéta Novotná\nonline redakce\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "vb007-odt-faculty-crew-roles",
        "description": "a faculty asks only to film; ODT table lists the crew with roles, the "
        "contact is the row marked 'kontaktní osoba', the university applies",
        "style": Style.TABLE,
        "labels": L(
            [FILM],
            "Univerzita Jana Evangelisty Purkyně v Ústí nad Labem",
            ico("4455509"),
            None,
            [],
            [],
            "Barbora Šimková",
            "simkova.b@fsu-ujep.example",
            "+420475284310",
        ),
        "from": "Barbora Šimková <simkova.b@fsu-ujep.example>",
        "subject": "Povolení natáčení – studentský dokument o sčítání hlasů",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\nv příloze (ODT) zasílám žádost Fakulty sociálně ekonomické o "
            "povolení natáčení. Přístup k datům XML nepotřebujeme.\n\n"
            "S pozdravem\nBarbora Šimková\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_natáčení_FSE.odt",
                [
                    "Univerzita Jana Evangelisty Purkyně v Ústí nad Labem",
                    "Fakulta sociálně ekonomická, Moskevská 54, 400 96 Ústí nad Labem",
                    f"IČO: {ico('4455509')}",
                    "Žádost o povolení pořízení audiovizuálního záznamu na sběrném místě "
                    "ČSÚ v Ústí nad Labem dne 4. 10. 2025 od 22:00.",
                    [
                        ["Jméno", "Role", "Telefon", "E-mail"],
                        [
                            "Mgr. Barbora Šimková",
                            "kontaktní osoba, vedoucí projektu",
                            "475 284 310",
                            "simkova.b@fsu-ujep.example",
                        ],
                        ["Adam Kořínek", "kamera", "739 016 552", "korinek@fsu-ujep.example"],
                        ["Nela Vítová", "zvuk", "608 430 917", ""],
                    ],
                    "Záznam bude použit výhradně pro studentský dokumentární film.",
                    "doc. PhDr. Karel Jireš, Ph.D., proděkan",
                ],
            )
        ],
    },
    {
        "id": "vb008-rtf-columns-windows-1250",
        "description": "windows-1250 cover; RTF table whose two columns are production and "
        "test, read row by row they interleave",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Rádio Beskydy s.r.o.",
            I8,
            None,
            ["198.51.100.11", "198.51.100.12", "198.51.100.13"],
            ["198.51.100.21", "198.51.100.22"],
            "Ondřej Kubala",
            "kubala@radiobeskydy.example",
            "+420558441736",
        ),
        "from": "Ondřej Kubala <kubala@radiobeskydy.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Rádio Beskydy",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\nv příloze ve formátu RTF posílám naši žádost o přístup k XML "
            "výsledkům. Adresy jsou v tabulce, levý sloupec produkce, pravý test.\n\n"
            "Ondřej Kubala\ntechnik vysílání\nRádio Beskydy s.r.o.\n"
            "tel. 558 441 736 | ústředna 558 441 700\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_beskydy.rtf",
                [
                    "Rádio Beskydy s.r.o.",
                    f"Frýdecká 220, 738 01 Frýdek-Místek, IČ {I8}",
                    "Žádost o přístup k průběžným výsledkům voleb (XML)",
                    [
                        ["Produkční servery", "Testovací servery"],
                        ["198.51.100.11", "198.51.100.21"],
                        ["198.51.100.12", "198.51.100.22"],
                        ["198.51.100.13", ""],
                    ],
                    "Kontakt: Ondřej Kubala, kubala@radiobeskydy.example, 558 441 736",
                ],
            )
        ],
    },
    {
        "id": "vb009-english-txt-bracket-form",
        "description": "foreign agency, English cover; TXT form with [x]/[ ] brackets, IPv6 "
        "production, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nordlys Press AS",
            None,
            None,
            ["2001:db8:4a1::10", "2001:db8:4a1::11"],
            ["2001:db8:4a1::ff"],
            "Ingrid Solberg",
            "ingrid.solberg@nordlyspress.example",
            "+4722145830",
        ),
        "from": "Ingrid Solberg <ingrid.solberg@nordlyspress.example>",
        "subject": "Czech elections - XML access request (form attached)",
        "headers": GMAIL,
        "body": (
            "Hello,\n\nplease find our completed request form attached as plain text.\n"
            "We only need the data feed; our stringer will not be filming.\n\n"
            "Best regards,\nIngrid Solberg\nData desk, Nordlys Press AS\nOslo, Norway\n"
        ),
        "attachments": [
            (
                "txt",
                "request_form.txt",
                "REQUEST FOR ACCESS - ELECTION RESULTS\n"
                "=====================================\n\n"
                "Applicant ........ Nordlys Press AS (org. no. 987 654 321 MVA, Norway)\n"
                "Country .......... Norway\n\n"
                "Requested:\n"
                "  [x] Access to the XML results server\n"
                "  [ ] Permission to record at collection points\n\n"
                "Production addresses (max 5):\n"
                "  1) 2001:db8:4a1::10\n"
                "  2) 2001:db8:4a1::11\n"
                "Test addresses (max 5):\n"
                "  1) 2001:db8:4a1::ff\n\n"
                "Contact person ... Ingrid Solberg\n"
                "E-mail ........... ingrid.solberg@nordlyspress.example\n"
                "Phone ............ +47 22 14 58 30\n\n"
                "Date: 2025-09-15\n",
            )
        ],
    },
    {
        "id": "vb010-databox-annotation-changes-pdf",
        "description": "data message: the PDF gives the application, the annotation replaces "
        "its test address",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Jihomoravské listy, spol. s r.o.",
            I10,
            "q5n7c2d",
            ["203.0.113.80", "203.0.113.81"],
            ["203.0.113.90"],
            "Martina Horáková",
            "horakova@jmlisty.example",
            "+420543219870",
        ),
        "subject": (
            "Žádost o přístup k výsledkům voleb (viz PDF). Oprava: testovací IP v příloze je "
            "neplatná, použijte prosím 203.0.113.90 místo 203.0.113.89."
        ),
        "databox": {
            "box": "q5n7c2d",
            "sender": "Jihomoravské listy, spol. s r.o.",
            "address": "Kounicova 12, 602 00 Brno",
        },
        "attachments": [
            (
                "pdf",
                "zadost_JML.pdf",
                [
                    f"Jihomoravské listy, spol. s r.o., Kounicova 12, 602 00 Brno, IČO {I10}",
                    "Věc: Žádost o zpřístupnění výsledků voleb ve formátu XML",
                    "Žádáme o zřízení přístupu z těchto adres:",
                    {
                        "rows": [
                            ["Prostředí", "Adresa"],
                            ["produkční", "203.0.113.80"],
                            ["produkční", "203.0.113.81"],
                            ["testovací", "203.0.113.89"],
                        ],
                        "widths": [150, 150],
                    },
                    "Kontaktní osoba: Martina Horáková, IT oddělení, 543 219 870, "
                    "horakova@jmlisty.example",
                    "V Brně 16. 9. 2025\nJUDr. Pavel Kocián, jednatel",
                ],
            )
        ],
    },
    {
        "id": "vb011-html-ano-ne-filming-only",
        "description": "HTML-only Seznam mail with an ANO/NE table: filming ANO, XML NE",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Jan Zelenka",
            I11,
            None,
            [],
            [],
            "Jan Zelenka",
            "zelenka.foto@seznam.example",
            "+420608119274",
        ),
        "from": "Jan Zelenka <zelenka.foto@seznam.example>",
        "subject": "natáčení volby – Zelenka",
        "headers": SEZNAM,
        "html": (
            "<div>Dobrý den,</div><div>jsem nezávislý dokumentarista (OSVČ, IČO "
            f"{I11}) a rád bych natáčel na sběrném místě v Liberci.</div><br>"
            '<table border="1" style="border-collapse:collapse">'
            "<tr><th>Žádám o</th><th>ANO</th><th>NE</th></tr>"
            "<tr><td>přístup k výsledkům ve formátu XML</td><td></td><td>X</td></tr>"
            "<tr><td>povolení natáčení na sběrném místě</td><td>X</td><td></td></tr>"
            "</table><br>"
            "<div>Natáčet budu sám, s jednou kamerou, bez světel.</div>"
            "<div>Jan Zelenka<br>tel. 608 119 274<br>"
            '<a href="https://zelenkafoto.example">zelenkafoto.example</a></div>'
        ),
    },
    {
        "id": "vb012-slovak-pdf-letterhead",
        "description": "Slovak daily, short Slovak cover; PDF letterhead with IČO written with "
        "spaces and DIČ, addresses given with 'resp.' order",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Záhorské noviny, s. r. o.",
            I12,
            None,
            ["192.0.2.40"],
            ["192.0.2.41"],
            "Michal Hudec",
            "hudec@zahorske.example",
            "+421905318240",
        ),
        "from": "Michal Hudec <hudec@zahorske.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": ZIMBRA,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý deň,\n\nv prílohe posielame žiadosť o prístup k XML výsledkom českých "
            "volieb.\n\nS pozdravom\nMichal Hudec\n"
        ),
        "attachments": [
            (
                "pdf",
                "ziadost_ZN.pdf",
                [
                    "Záhorské noviny, s. r. o.\nNámestie slobody 9, 901 01 Malacky\n"
                    f"IČO: {I12[:2]} {I12[2:5]} {I12[5:]}   DIČ: 2021458830",
                    "Vec: Žiadosť o prístup k priebežným výsledkom volieb",
                    "Žiadame o sprístupnenie výsledkov volieb vo formáte XML. Produkčná a "
                    "testovacia IP adresa sú 192.0.2.40, resp. 192.0.2.41.",
                    "Natáčanie vo volebných miestnostiach nežiadame.",
                    "Kontaktná osoba: Michal Hudec, +421 905 318 240, hudec@zahorske.example",
                    "Mgr. Zuzana Oravcová, konateľka",
                ],
            )
        ],
    },
    {
        "id": "vb013-databox-xlsx-merged-role-cells",
        "description": "data message from a town with a one-word annotation; XLSX whose role "
        "cells are merged over several address rows",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Město Horní Kounice",
            I13,
            "m6a4ytp",
            ["198.51.100.130", "198.51.100.131"],
            ["198.51.100.140", "198.51.100.141"],
            "Václav Pokorný",
            "pokorny@hornikounice.example",
            "+420566532118",
        ),
        "subject": "Žádost – výsledky voleb (příloha xlsx)",
        "databox": {
            "box": "m6a4ytp",
            "sender": "Město Horní Kounice",
            "address": "Masarykovo nám. 3, 594 01 Horní Kounice",
            "type": 10,
        },
        "attachments": [
            (
                "xlsx",
                "zadost_HK.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Žádost o přístup k výsledkům voleb – Město Horní Kounice"],
                            ["IČO", I13],
                            ["Druh", "IP adresa", "Umístění"],
                            ["Produkční", "198.51.100.130", "serverovna MěÚ"],
                            [None, "198.51.100.131", "serverovna MěÚ"],
                            ["Testovací", "198.51.100.140", "notebook IT"],
                            [None, "198.51.100.141", "VPN"],
                            [],
                            ["Kontakt", "Václav Pokorný, správce sítě"],
                            ["Tel.", "566 532 118"],
                            ["E-mail", "pokorny@hornikounice.example"],
                        ],
                        "merge": ["A4:A5", "A6:A7"],
                    }
                ],
            )
        ],
    },
    {
        "id": "vb014-docx-nested-table-footer-ids",
        "description": "Apple Mail cover; DOCX with a nested address table inside the request "
        "table and a footer carrying IČO and data-box ID; both requests",
        "style": Style.TABLE,
        "labels": L(
            [FEED, FILM],
            "Mediahouse Krkonoše s.r.o.",
            I14,
            "h2k9wzs",
            ["203.0.113.20"],
            [],
            "Kristýna Dušková",
            "duskova@mhkrkonose.example",
            "+420739665021",
        ),
        "from": "Kristýna Dušková <duskova@mhkrkonose.example>",
        "subject": "Žádost ČSÚ volby",
        "headers": APPLE,
        "body": "Dobrý den, žádost je v příloze. Díky, K. Dušková\n\nOdesláno z Macu\n",
        "attachments": [
            (
                "docx",
                "Žádost_MHK.docx",
                {
                    "footer": f"Mediahouse Krkonoše s.r.o. | IČO {I14} | ID datové schránky: "
                    "h2k9wzs | Vrchlabí, Krkonošská 8",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb a povolení natáčení",
                        {
                            "rows": [
                                ["Žadatel", "Mediahouse Krkonoše s.r.o."],
                                ["Přístup XML", ""],
                                ["Natáčení", "ano – sběrné místo Trutnov, 2 osoby"],
                                ["Kontakt", "Kristýna Dušková, 739 665 021"],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkční IP", "203.0.113.20"],
                                        ["testovací IP", "nemáme"],
                                    ]
                                }
                            },
                        },
                        "E-mail: duskova@mhkrkonose.example",
                    ],
                },
            )
        ],
    },
]
