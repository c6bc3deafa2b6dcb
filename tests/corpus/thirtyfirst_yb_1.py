"""Thirty-first held-out part ``yb``, cases yb001–yb014: a PDF letter behind a two-line cover
mail, DOCX and TXT forms with ticked and unticked boxes, an XLSX with row headers and a second
contacts sheet, an empty mail with an ODT, a cover mail that replaces the attachment's test
address, a forwarded .eml, an RTF letterhead with IČO and box ID, a Slovak PDF with wrapped table
cells, a DOCX with header, footer and a nested netmask table, and data messages with the
application in the annotation, in the file or both. Written by hand apart from the extraction
rules (see make_thirtyfirst_yb); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyfirst_yb_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I1, I2, I3, I4 = ico("2846103"), ico("2619754"), ico("2471085"), ico("2260391")
I5, I6, I7, I8 = ico("0528164"), ico("2683017"), ico("2518946"), ico("2903372")
I9, I11, I12, I13, I14 = (
    ico("2733508"),
    ico("2850619"),
    ico("0649217"),
    ico("4671290"),
    ico("0574382"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "yb001-pdf-letter-two-line-cover",
        "description": "assistant's two-line cover mail; the PDF letter names a technician as "
        "contact and gives roles in a table (produkce, produkce – záloha, test)",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Krajské listy Vysočina s.r.o.",
            I1,
            None,
            ["192.0.2.14", "192.0.2.15"],
            ["192.0.2.19"],
            "Lukáš Hrdina",
            "hrdina@krajskelisty.example",
            "+420731448019",
        ),
        "from": '"Bc. Tereza Malá" <mala@krajskelisty.example>',
        "subject": "Žádost – přístup k výsledkům voleb (Krajské listy)",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\r\n\r\nv příloze zasílám žádost podepsanou panem ředitelem.\r\n\r\n"
            "S pozdravem\r\nTereza Malá\r\nasistentka vedení\r\n"
            "Krajské listy Vysočina s.r.o.\r\ntel. 567 110 200\r\n"
        ),
        "attachments": [
            (
                "pdf",
                "KLV_zadost_CSU_2025.pdf",
                [
                    "Krajské listy Vysočina s.r.o.\nMasarykovo nám. 1544/9, 586 01 Jihlava\n"
                    f"IČO {I1}",
                    "Český statistický úřad\nodbor zpracování výsledků voleb\nNa padesátém 81\n"
                    "100 82 Praha 10",
                    "V Jihlavě dne 11. září 2025",
                    "Věc: žádost o zpřístupnění průběžných výsledků voleb ve formátu XML",
                    "Vážení,\nžádáme o přístup k serveru, na kterém ČSÚ zveřejňuje výsledky "
                    "voleb do Poslanecké sněmovny v XML. Výsledky budeme zobrazovat na webu "
                    "krajskelisty.example a v mobilní aplikaci (verze 4.12).",
                    {
                        "rows": [
                            ["Účel", "IP adresa", "Poznámka"],
                            ["produkce", "192.0.2.14", "hlavní redakční systém"],
                            ["produkce – záloha", "192.0.2.15", "Jihlava, DC2"],
                            ["test", "192.0.2.19", "jen do 30. 9."],
                        ],
                        "widths": [120, 110, 190],
                    },
                    "Kontaktní osobou pro technické zajištění je náš správce sítě Lukáš "
                    "Hrdina, hrdina@krajskelisty.example, mobil 731 448 019.",
                    "S pozdravem\n\nIng. Radek Kubíček\njednatel",
                ],
            )
        ],
    },
    {
        "id": "yb002-docx-form-ticked-boxes",
        "description": "DOCX form: feed ticked ☒, filming unticked ☐; an IP grid with "
        "Produkční/Testovací column headers and empty rows; empty box-ID field",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Rádio Podluží, s.r.o.",
            I2,
            None,
            ["203.0.113.50", "203.0.113.51"],
            ["203.0.113.58"],
            "Michal Dvořák",
            "dvorak@radiopodluzi.example",
            "+420518335902",
        ),
        "from": "Michal Dvořák <dvorak@radiopodluzi.example>",
        "subject": "formulář – volby",
        "headers": TBIRD,
        "body": "Dobrý den,\n\nposílám vyplněný formulář.\n\nDíky, M. Dvořák\n",
        "attachments": [
            (
                "docx",
                "formular_radio_podluzi.docx",
                {
                    "blocks": [
                        "ŽÁDOST – volby do Poslanecké sněmovny 2025",
                        "Předmět žádosti (zaškrtněte):",
                        "☒ zpřístupnění výsledků ve formátu XML (volební server)",
                        "☐ povolení k pořizování zvukových a obrazových záznamů na sběrném místě",
                        {
                            "rows": [
                                ["Žadatel", "Rádio Podluží, s.r.o."],
                                ["IČO", I2],
                                ["ID datové schránky", ""],
                                ["Sídlo", "Hodonínská 41, 695 01 Hodonín"],
                            ]
                        },
                        "IP adresy, ze kterých budete přistupovat:",
                        {
                            "rows": [
                                ["#", "Produkční", "Testovací"],
                                ["1", "203.0.113.50", "203.0.113.58"],
                                ["2", "203.0.113.51", ""],
                                ["3", "", ""],
                                ["4", "", ""],
                                ["5", "", ""],
                            ]
                        },
                        "Kontaktní osoba: Michal Dvořák\nTelefon: 518 335 902\n"
                        "E-mail: dvorak@radiopodluzi.example",
                        "Datum: 9. 9. 2025            Podpis: ……………………",
                    ]
                },
            )
        ],
    },
    {
        "id": "yb003-databox-annotation-extract-attached",
        "description": "data message with the whole application in the annotation; the file "
        "is only an extract from the commercial register",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Zpravodajství Polabí a.s.",
            I3,
            "r8nv3kd",
            ["198.51.100.120", "198.51.100.121"],
            [],
            "Jana Čermáková",
            "cermakova@zpolabi.example",
            "+420724551308",
        ),
        "subject": (
            f"Žádost o přístup k XML s výsledky voleb, IČO {I3}. Produkční IP "
            "198.51.100.120 a 198.51.100.121, testovací nemáme (testujeme z produkce). "
            "Kontakt: Jana Čermáková, 724 551 308, cermakova@zpolabi.example"
        ),
        "databox": {
            "box": "r8nv3kd",
            "sender": "Zpravodajství Polabí a.s.",
            "address": "Palackého 218, 290 01 Poděbrady",
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR_Zpravodajstvi_Polabi.pdf",
                [
                    "Výpis z obchodního rejstříku, v němž se zapisují akciové společnosti",
                    "vedeném Městským soudem v Praze, oddíl B, vložka 17734",
                    {
                        "rows": [
                            ["Datum vzniku a zápisu:", "12. dubna 2011"],
                            ["Obchodní firma:", "Zpravodajství Polabí a.s."],
                            ["Sídlo:", "Palackého 218, 290 01 Poděbrady"],
                            ["Identifikační číslo:", f"{I3[:3]} {I3[3:5]} {I3[5:]}"],
                            ["Právní forma:", "Akciová společnost"],
                            [
                                "Předmět podnikání:",
                                "vydavatelské činnosti, polygrafická "
                                "výroba, provozování rozhlasového vysílání",
                            ],
                            ["Statutární orgán:", "Ing. Karel Pšenička, předseda představenstva"],
                        ],
                        "widths": [130, 300],
                    },
                    "Údaje platné ke dni: 1. září 2025 06:00",
                ],
            )
        ],
    },
    {
        "id": "yb004-xlsx-row-headers-contacts-sheet",
        "description": "XLSX with row headers (Produkční IP 1, Testovací IP 1 …), an IPv6 "
        "production address; a second sheet lists two people, the one marked 'ano' is the "
        "contact, not the sender",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Datový žurnál, z. s.",
            I4,
            None,
            ["2001:db8:5a::20", "198.51.100.33"],
            ["2001:db8:5a::f0"],
            "Klára Vebrová",
            "vebrova@datovyzurnal.example",
            "+420777903215",
        ),
        "from": "Filip Novotný <novotny@datovyzurnal.example>",
        "subject": "Přístup k XML – Datový žurnál",
        "headers": GMAIL,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\nv příloze je tabulka se vším, co k přístupu k XML výsledkům "
            "potřebujete. Kdyby něco chybělo, ozvěte se Kláře (viz druhý list).\n\n"
            "Díky\nFilip Novotný\n"
        ),
        "attachments": [
            (
                "xlsx",
                "datovy_zurnal_CSU.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Položka", "Hodnota"],
                            ["Organizace", "Datový žurnál, z. s."],
                            ["IČO", I4],
                            ["Produkční IP 1", "2001:db8:5a::20"],
                            ["Produkční IP 2", "198.51.100.33"],
                            ["Testovací IP 1", "2001:db8:5a::f0"],
                            ["Testovací IP 2", ""],
                            ["Interval stahování", "60 s"],
                        ],
                    },
                    {
                        "title": "Kontakty",
                        "rows": [
                            ["Jméno", "Role", "E-mail", "Telefon", "Kontakt pro ČSÚ"],
                            [
                                "Filip Novotný",
                                "vývoj",
                                "novotny@datovyzurnal.example",
                                "+420 608 120 447",
                                "ne",
                            ],
                            [
                                "Klára Vebrová",
                                "koordinace projektu",
                                "vebrova@datovyzurnal.example",
                                "+420 777 903 215",
                                "ano",
                            ],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "yb005-empty-mail-odt-both",
        "description": "mail with an empty body; the ODT asks for the feed and for filming, "
        "with an IP table and the film crew named beside the contact",
        "style": Style.EMPTY_COVER,
        "labels": L(
            [FEED, FILM],
            "TV Pomoraví, z.ú.",
            I5,
            None,
            ["192.0.2.160"],
            ["192.0.2.161"],
            "Eva Bílková",
            "bilkova@tvpomoravi.example",
            "+420572540118",
        ),
        "from": "Eva Bílková <bilkova@tvpomoravi.example>",
        "subject": "zadost",
        "headers": ROUNDCUBE,
        "body": "",
        "attachments": [
            (
                "odt",
                "zadost_TV_Pomoravi.odt",
                [
                    "TV Pomoraví, z.ú., Masarykovo náměstí 21, 686 01 Uherské Hradiště",
                    f"IČO: {I5}",
                    "Český statistický úřad – žádost",
                    "Naše televize bude o volební noci vysílat speciál. Žádáme proto:",
                    "1) o zřízení přístupu k výsledkům voleb ve formátu XML z těchto adres:",
                    [["role", "IP adresa"], ["prod", "192.0.2.160"], ["test", "192.0.2.161"]],
                    "2) o povolení natáčet ve sběrném místě ČSÚ v Uherském Hradišti v noci "
                    "4./5. 10. 2025. Štáb: kameraman Jiří Staněk, redaktorka Eva Bílková.",
                    "Kontakt: Eva Bílková, tel. 572 540 118, bilkova@tvpomoravi.example",
                    "Mgr. Ladislav Žák, ředitel",
                ],
            )
        ],
    },
    {
        "id": "yb006-cover-replaces-test-address",
        "description": "the cover mail says the DOCX's test address no longer works and gives "
        "the new one; signature has a switchboard before the mobile",
        "style": Style.COVER_CHANGES,
        "labels": L(
            [FEED],
            "NOVINY BRNĚNSKA, spol. s r.o.",
            I6,
            None,
            ["198.51.100.70", "198.51.100.71"],
            ["198.51.100.78"],
            "Petr Šimek",
            "simek@novinybrnenska.example",
            "+420602771940",
        ),
        "from": "Petr Šimek <simek@novinybrnenska.example>",
        "subject": "Žádost o přístup k XML – Noviny Brněnska",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze posílám žádost o přístup k XML. Prosím o jednu opravu: "
            "testovací adresa 198.51.100.77 uvedená v žádosti už neplatí (ten server jsme "
            "minulý týden zrušili), testovat budeme z 198.51.100.78. Ostatní údaje platí.\n\n"
            "Děkuji\n\nPetr Šimek\nIT oddělení, Noviny Brněnska\n+420 541 000 318 (ústředna)\n"
            "mobil 602 771 940\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_XML_NB.docx",
                {
                    "blocks": [
                        "NOVINY BRNĚNSKA, spol. s r.o.",
                        f"Křenová 77, 602 00 Brno, IČO {I6}",
                        "Žádost o zřízení přístupu k výsledkům voleb (XML)",
                        {
                            "rows": [
                                ["Produkční IP adresy", "198.51.100.70\n198.51.100.71"],
                                ["Testovací IP adresa", "198.51.100.77"],
                                [
                                    "Kontaktní osoba",
                                    "Petr Šimek, 602 771 940, simek@novinybrnenska.example",
                                ],
                            ]
                        },
                        "V Brně 8. 9. 2025",
                    ]
                },
            )
        ],
    },
    {
        "id": "yb007-forwarded-eml-misaddressed",
        "description": "an assistant forwards the editor-in-chief's original mail as .eml; "
        "the application and the contact are in the attached message",
        "style": Style.FORWARD_EML,
        "labels": L(
            [FEED],
            "Jihočeský týdeník a.s.",
            I7,
            None,
            ["203.0.113.90", "203.0.113.91"],
            ["203.0.113.99"],
            "Marta Zelená",
            "zelena@jctydenik.example",
            "+420386353210",
        ),
        "from": "Lenka Horká <horka@jctydenik.example>",
        "subject": "Fw: Žádost o přístup k serveru s výsledky",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\npřeposílám žádost paní šéfredaktorky, kterou minulý týden omylem "
            "odeslala na neplatnou adresu. Všechny údaje jsou v přiložené zprávě.\n\n"
            "Děkuji\nLenka Horká\nsekretariát redakce\n"
        ),
        "attachments": [
            (
                "eml",
                "Žádost o přístup k serveru s výsledky.eml",
                {
                    "id": "yb007-inner",
                    "from": "Marta Zelená <zelena@jctydenik.example>",
                    "to": "volby-podatelna@csu.example",
                    "subject": "Žádost o přístup k serveru s výsledky",
                    "headers": OUTLOOK,
                    "body": (
                        "Dobrý den,\n\nza vydavatelství Jihočeský týdeník a.s. (IČO "
                        f"{I7}) žádám o přístup k výsledkům voleb ve formátu XML.\n\n"
                        "produkce: 203.0.113.90, 203.0.113.91\n"
                        "test: 203.0.113.99\n\n"
                        "Kontaktní osobou jsem já, tel. +420 386 353 210.\n\n"
                        "Marta Zelená\nšéfredaktorka\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "yb008-rtf-letterhead-film-only",
        "description": "RTF letter with IČO and box ID in the letterhead; filming only, the "
        "feed explicitly not needed; crew table with the producer as contact",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FILM],
            "FOKUS VIDEO s.r.o.",
            I8,
            "f5kq2wm",
            [],
            [],
            "Ondřej Kalina",
            "kalina@fokusvideo.example",
            "+420736204551",
        ),
        "from": "Ondřej Kalina <kalina@fokusvideo.example>",
        "subject": "Žádost o povolení natáčení – sběrné místo Praha",
        "headers": SEZNAM,
        "body": "Dobrý den, v příloze žádost ve formátu RTF. S pozdravem O. Kalina\n",
        "attachments": [
            (
                "rtf",
                "FOKUS_zadost_natoceni.rtf",
                [
                    "FOKUS VIDEO s.r.o. | Křižíkova 148/34, 186 00 Praha 8 | "
                    f"IČ: {I8[:2]} {I8[2:5]} {I8[5:]} | DIČ: CZ{I8} | ID DS: f5kq2wm",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "Žádost o povolení k pořízení obrazového a zvukového záznamu",
                    "Pro dokumentární pořad „Noc, kdy se sčítá“ žádáme o povolení natáčet "
                    "ve sběrném místě ČSÚ v Praze během zpracování výsledků voleb 3.–4. 10. "
                    "2025. Přístup k datům v XML nepotřebujeme, výsledky přebíráme z "
                    "veřejného webu.",
                    [
                        ["Jméno", "Funkce"],
                        ["Ondřej Kalina", "produkce, kontaktní osoba"],
                        ["Tomáš Beran", "kamera"],
                        ["Iva Šulcová", "zvuk"],
                    ],
                    "Kontakt: Ondřej Kalina, mob. 736 204 551, kalina@fokusvideo.example",
                    "V Praze dne 15. 9. 2025\nMgr. Ondřej Kalina, jednatel",
                ],
            )
        ],
    },
    {
        "id": "yb009-databox-pdf-film-separate-feed",
        "description": "data message with a one-word annotation; the PDF asks for filming and "
        "mentions that the feed was requested separately earlier",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FILM],
            "Regionální televize Haná s.r.o.",
            I9,
            "t2wq9ms",
            [],
            [],
            "Pavel Kovář",
            "kovar@rthana.example",
            "+420585224610",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "t2wq9ms",
            "sender": "Regionální televize Haná s.r.o.",
            "address": "Třída Svobody 31, 779 00 Olomouc",
        },
        "attachments": [
            (
                "pdf",
                "RTH_natoceni_volby.pdf",
                [
                    f"Regionální televize Haná s.r.o. • IČO: {I9} • Třída Svobody 31, "
                    "779 00 Olomouc",
                    "Č. j. RTH-2025/0412",
                    "Věc: Žádost o povolení natáčení ve sběrném místě",
                    "Žádáme o povolení pořídit obrazový záznam ve sběrném místě ČSÚ v "
                    "Olomouci v noci z 3. na 4. října 2025 (reportáž do večerního "
                    "zpravodajství). O přístup k datům XML jsme požádali samostatně dne "
                    "2. 9. 2025, tato žádost se týká pouze natáčení.",
                    {
                        "rows": [
                            ["Štáb", ""],
                            ["redaktor", "Jan Měchura"],
                            ["kameraman", "Lubor Ryšavý"],
                            ["vedoucí natáčení (kontakt)", "Pavel Kovář"],
                        ],
                        "widths": [170, 200],
                    },
                    "Kontakt: Pavel Kovář, tel. 00420 585 224 610, kovar@rthana.example",
                    "Mgr. Simona Dostálová\nředitelka",
                ],
            )
        ],
    },
    {
        "id": "yb010-english-txt-form-brackets",
        "description": "Austrian broadcaster, English cover, TXT form with [x]/[ ] and a "
        "company-register number that is not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Ostfunk Medien GmbH",
            None,
            None,
            ["198.18.4.10", "198.18.4.11"],
            ["198.18.4.30"],
            "Katharina Huber",
            "k.huber@ostfunk.example",
            "+437326612040",
        ),
        "from": "Katharina Huber <k.huber@ostfunk.example>",
        "subject": "Application - election results XML",
        "headers": APPLE,
        "cte": "7bit",
        "body": (
            "Dear Sir or Madam,\n\nplease find attached our application for access to the "
            "election results feed.\n\nKind regards\nKatharina Huber\n"
        ),
        "attachments": [
            (
                "txt",
                "application_ostfunk.txt",
                "APPLICATION - ELECTION RESULTS (XML)\n\n"
                "Organisation:  Ostfunk Medien GmbH, Landstrasse 18, 4020 Linz, Austria\n"
                "Register no.:  FN 481223 k (Landesgericht Linz)\n\n"
                "Request:\n"
                "  [x] access to the XML results server\n"
                "  [ ] permission to film at collection points\n\n"
                "IP addresses\n"
                "  production: 198.18.4.10, 198.18.4.11\n"
                "  test:       198.18.4.30\n\n"
                "Contact:  Katharina Huber, data desk\n"
                "          +43 732 661 2040\n"
                "          k.huber@ostfunk.example\n",
            )
        ],
    },
    {
        "id": "yb011-html-ano-ne-and-column-roles",
        "description": "HTML-only OWA mail: a request table with ANO/NE columns (filming NE) "
        "and an address table whose two columns are production and test",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Rádio Beskydy s.r.o.",
            I11,
            None,
            ["192.0.2.180", "192.0.2.181", "192.0.2.182"],
            ["192.0.2.190"],
            "Veronika Čapková",
            "capkova@radiobeskydy.example",
            "+420558640227",
        ),
        "from": "Čapková Veronika <capkova@radiobeskydy.example>",
        "subject": "Volby 2025 – žádost Rádia Beskydy",
        "headers": OWA,
        "html": (
            '<html><head><meta charset="utf-8"></head><body style="font-family:Aptos">'
            "<div>Dobrý den,</div><div>posílám žádost za Rádio Beskydy s.r.o., IČO "
            f"{I11}.</div><br>"
            '<table border="1" style="border-collapse:collapse">'
            "<tr><th>Požadujeme</th><th>ANO</th><th>NE</th></tr>"
            "<tr><td>přístup k výsledkům voleb v XML</td><td>X</td><td></td></tr>"
            "<tr><td>natáčení / nahrávání ve sběrném místě</td><td></td><td>X</td></tr>"
            "</table><br>"
            '<table border="1" style="border-collapse:collapse">'
            "<tr><th>Produkční IP adresy</th><th>Testovací IP adresy</th></tr>"
            "<tr><td>192.0.2.180</td><td>192.0.2.190</td></tr>"
            "<tr><td>192.0.2.181</td><td>&nbsp;</td></tr>"
            "<tr><td>192.0.2.182</td><td>&nbsp;</td></tr>"
            "</table><br>"
            "<div>Kontakt: já, tel. 558 640 227.</div><div>Děkuji</div><br>"
            "<div><b>Veronika Čapková</b><br>vedoucí vysílání<br>Rádio Beskydy s.r.o."
            "<br>Zámecké nám. 3, 738 01 Frýdek-Místek</div>"
            "</body></html>"
        ),
    },
    {
        "id": "yb012-databox-both-docx-two-types",
        "description": "data message: the annotation names both requests, the DOCX gives "
        "addresses and contact; the box ID also in the DOCX header",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED, FILM],
            "Televize Vysočina, a.s.",
            I12,
            "h6xp4ra",
            ["203.0.113.30"],
            ["203.0.113.31"],
            "Adam Řezníček",
            "reznicek@tvvysocina.example",
            "+420567300140",
        ),
        "subject": "Žádost o přístup k XML s výsledky voleb a o povolení natáčení – "
        "podrobnosti v příloze",
        "databox": {
            "box": "h6xp4ra",
            "sender": "Televize Vysočina, a.s.",
            "address": "Havlíčkova 96, 586 01 Jihlava",
        },
        "attachments": [
            (
                "docx",
                "TVV_zadost.docx",
                {
                    "header": f"Televize Vysočina, a.s. · IČO {I12} · DS h6xp4ra",
                    "footer": "Havlíčkova 96, 586 01 Jihlava · www.tvvysocina.example",
                    "blocks": [
                        "Věc: žádost – volby do PS PČR 2025",
                        "Žádáme o zřízení přístupu k výsledkům voleb ve formátu XML a o "
                        "povolení natáčet ve sběrném místě krajské správy ČSÚ v Jihlavě.",
                        {
                            "rows": [
                                ["produkční IP", "203.0.113.30"],
                                ["testovací IP", "203.0.113.31"],
                                ["kontaktní osoba", "Adam Řezníček, technický ředitel"],
                                ["telefon", "567 300 140"],
                                ["e-mail", "reznicek@tvvysocina.example"],
                            ]
                        },
                        "Natáčet bude dvoučlenný štáb (Řezníček, Pospíšilová).",
                    ],
                },
            )
        ],
    },
    {
        "id": "yb013-slovak-pdf-wrapped-cells",
        "description": "Slovak cover and PDF; three production addresses in one narrow table "
        "cell that wraps, the role in the row header combining main and backup",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Denník Východ, s. r. o.",
            I13,
            None,
            ["198.51.100.140", "198.51.100.141", "198.51.100.142"],
            ["198.51.100.150"],
            "Martin Hudák",
            "hudak@dennikvychod.example",
            "+421905318442",
        ),
        "from": "Martin Hudák <hudak@dennikvychod.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb (XML)",
        "headers": APPLE,
        "flowed": True,
        "body": (
            "Dobrý deň,\n\nv prílohe posielam žiadosť o prístup k výsledkom volieb vo "
            "formáte XML pre náš portál.\n\nS pozdravom\nMartin Hudák\n"
        ),
        "attachments": [
            (
                "pdf",
                "ziadost_DV.pdf",
                [
                    "Denník Východ, s. r. o., Hlavná 62, 040 01 Košice",
                    "Žiadosť o sprístupnenie výsledkov volieb vo formáte XML",
                    f"Žiadateľ: Denník Východ, s. r. o., IČO: {I13}",
                    {
                        "rows": [
                            ["Typ", "IP adresy"],
                            [
                                "produkčné (hlavné aj záložné)",
                                "198.51.100.140, 198.51.100.141, 198.51.100.142",
                            ],
                            ["testovacie", "198.51.100.150"],
                        ],
                        "widths": [90, 95],
                    },
                    "Kontaktná osoba: Martin Hudák, +421 905 318 442, hudak@dennikvychod.example",
                    "V Košiciach 10. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "yb014-docx-header-footer-nested-netmask",
        "description": "DOCX with IČO and box ID in the page header, a bank account in the "
        "footer and a nested table giving an address with a netmask (four addresses); "
        "test from production",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED],
            "Mediahub Ostrava s.r.o.",
            I14,
            "m3bz7yc",
            ["203.0.113.8", "203.0.113.9", "203.0.113.10", "203.0.113.11"],
            [],
            "Jakub Trnka",
            "trnka@mediahub.example",
            "+420597111603",
        ),
        "from": "Jakub Trnka <trnka@mediahub.example>",
        "subject": "Žádost o přístup – Mediahub Ostrava",
        "headers": EVOLUTION,
        "body": "Dobrý den,\nžádost je v příloze (docx).\n\nJakub Trnka\n",
        "attachments": [
            (
                "docx",
                "Mediahub_zadost_CSU.docx",
                {
                    "header": f"Mediahub Ostrava s.r.o. • IČO {I14} • DS: m3bz7yc",
                    "footer": "Sídlo: Nádražní 1000/12, 702 00 Ostrava • Bankovní spojení: "
                    "2400118822/2010",
                    "blocks": [
                        "Český statistický úřad",
                        "Žádost o zřízení přístupu k výsledkům voleb ve formátu XML",
                        "Naše redakce stahuje výsledky ze serverové farmy, proto uvádíme "
                        "celý rozsah:",
                        {
                            "rows": [
                                ["Parametr", "Hodnota"],
                                ["Produkční síť", ""],
                                ["Testovací síť", "nebude – testujeme z produkce"],
                                [
                                    "Kontakt",
                                    "Jakub Trnka, 597 111 603, trnka@mediahub.example",
                                ],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["Adresa", "Maska"],
                                        ["203.0.113.8", "255.255.255.252"],
                                    ]
                                }
                            },
                        },
                        "Ostrava 12. 9. 2025",
                    ],
                },
            )
        ],
    },
]
