"""Twentyseventh held-out part ``ub``, cases ub001–ub014: short cover mails and empty bodies with
PDF, DOCX, XLSX, ODT, RTF and TXT applications, a forwarded .eml whose cover note changes the
test address, checkbox forms and ANO/NE columns, and data messages with the application in the
annotation, in the file or both. Written by hand apart from the extraction rules (see
make_twentyseventh_ub); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyseventh_ub_common import (
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    TBIRD,
    L,
    Style,
    ico,
)

I1, I2, I3, I4 = ico("2871904"), ico("0615328"), ico("2430917"), ico("0583162")
I5, I6, I7, I8 = ico("2719486"), ico("4638201"), ico("2605813"), ico("3582617")
I10, I11, I12, I14 = ico("2693051"), ico("0418276"), ico("2850439"), ico("0029683")

CASES: list[dict[str, Any]] = [
    {
        "id": "ub001-cover-pdf-role-column",
        "description": "two-line Outlook cover mail; the application is a PDF whose table gives "
        "the role in the last column, the contact is a colleague named in the PDF",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Jihomoravský kurýr s.r.o.",
            I1,
            None,
            ["198.51.100.131", "198.51.100.132"],
            ["198.51.100.140"],
            "Radek Šindelář",
            "sindelar@jmkuryr.example",
            "+420545112907",
        ),
        "from": "Kateřina Pospíšilová <pospisilova@jmkuryr.example>",
        "subject": "Žádost – volební data XML",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze posílám podepsanou žádost našeho vydavatelství.\n\n"
            "S pozdravem\nKateřina Pospíšilová\nasistentka jednatele\n"
            "Jihomoravský kurýr s.r.o. | Cejl 62, 602 00 Brno\n"
        ),
        "attachments": [
            (
                "pdf",
                "Zadost_CSU_volby.pdf",
                [
                    "JIHOMORAVSKÝ KURÝR s.r.o.\nCejl 62, 602 00 Brno\n"
                    f"IČO: {I1}   DIČ: CZ{I1}\nspisová značka C 48211 vedená u KS v Brně",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "V Brně dne 2. 9. 2025",
                    "Věc: Žádost o zpřístupnění výsledků voleb ve formátu XML",
                    "Vydavatelství Jihomoravský kurýr s.r.o. (deník a web jmkuryr.example) žádá "
                    "o přístup k serveru s průběžnými výsledky voleb. Přístup budeme používat "
                    "z těchto adres:",
                    {
                        "rows": [
                            ["#", "IP adresa", "Umístění", "Role"],
                            ["1", "198.51.100.131", "serverovna Cejl", "produkce"],
                            ["2", "198.51.100.132", "serverovna Cejl", "produkce"],
                            ["3", "198.51.100.140", "vývojové prostředí", "test"],
                        ],
                        "widths": [30, 120, 160, 90],
                    },
                    "Kontaktní osobou pro technické záležitosti je Radek Šindelář, vedoucí IT, "
                    "tel. 545 112 907, e-mail sindelar@jmkuryr.example.",
                    "Ing. Libor Kadlec\njednatel",
                ],
            )
        ],
    },
    {
        "id": "ub002-empty-body-docx-checkboxes",
        "description": "Thunderbird mail with an empty body; the DOCX form ticks the XML box "
        "(☒) and leaves the filming box empty (☐)",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Polabské listy, z.s.",
            I2,
            None,
            ["203.0.113.58"],
            ["203.0.113.59"],
            "Ondřej Matějka",
            "matejka@polabskelisty.example",
            "+420606771348",
        ),
        "from": "Ondřej Matějka <matejka@polabskelisty.example>",
        "subject": "zadost volby 2025",
        "headers": TBIRD,
        "body": "",
        "attachments": [
            (
                "docx",
                "formular_zadost.docx",
                {
                    "header": "Polabské listy, z.s. – nezávislý regionální zpravodaj",
                    "footer": f"Polabské listy, z.s., Palackého 14, 290 01 Poděbrady, IČO {I2}",
                    "blocks": [
                        "ŽÁDOST MÉDIA – VOLBY DO POSLANECKÉ SNĚMOVNY 2025",
                        "Žádáme o (zaškrtněte):",
                        "☒ přístup k výsledkům voleb ve formátu XML",
                        "☐ povolení pořizovat záznam (natáčení) na pracovištích ČSÚ",
                        {
                            "rows": [
                                ["Název žadatele", "Polabské listy, z.s."],
                                ["IČO", I2],
                                ["Produkční IP", "203.0.113.58"],
                                ["Testovací IP", "203.0.113.59"],
                                ["Kontaktní osoba", "Ondřej Matějka"],
                                ["Telefon", "+420 606 771 348"],
                                ["E-mail", "matejka@polabskelisty.example"],
                            ]
                        },
                        "Datum: 4. 9. 2025          Podpis: O. Matějka",
                    ],
                },
            )
        ],
    },
    {
        "id": "ub003-databox-annotation-only",
        "description": "data message whose whole application is in the annotation, with "
        "abbreviated roles; the attached file is only an extract from the commercial register",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Beskydy s.r.o.",
            I3,
            "x4bq7tm",
            ["192.0.2.86"],
            ["192.0.2.87"],
            "Eva Horká",
            None,
            "+420731204558",
        ),
        "subject": (
            "Žádost o přístup k XML výsledkům voleb: prod. 192.0.2.86, test. 192.0.2.87, "
            "kontakt Eva Horká, 731 204 558. Výpis z OR přikládáme."
        ),
        "databox": {
            "box": "x4bq7tm",
            "sender": "Rádio Beskydy s.r.o.",
            "address": "Horní náměstí 8, 738 01 Frýdek-Místek",
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR.pdf",
                [
                    "Výpis z obchodního rejstříku, vedeného Krajským soudem v Ostravě, "
                    "oddíl C, vložka 30517",
                    {
                        "rows": [
                            ["Datum vzniku a zápisu:", "14. března 2008"],
                            ["Obchodní firma:", "Rádio Beskydy s.r.o."],
                            ["Sídlo:", "Horní náměstí 8, 738 01 Frýdek-Místek"],
                            ["Identifikační číslo:", f"{I3[:3]} {I3[3:5]} {I3[5:]}"],
                            ["Předmět podnikání:", "provozování rozhlasového vysílání"],
                            ["Základní kapitál:", "200 000,- Kč"],
                        ],
                        "widths": [150, 300],
                    },
                    "Údaje platné ke dni: 1. září 2025 06:00",
                ],
            )
        ],
    },
    {
        "id": "ub004-gmail-xlsx-ano-ne",
        "description": "Gmail cover; the XLSX has a request sheet with ANO/NE per request "
        "(filming NE) and a second sheet of addresses with a role column",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Mediapoint Vysočina a.s.",
            I4,
            None,
            ["203.0.113.200", "203.0.113.201", "203.0.113.202"],
            ["203.0.113.210"],
            "Lukáš Pazdera",
            "l.pazdera@mpvysocina.example",
            "+420777902316",
        ),
        "from": "Lukáš Pazdera <l.pazdera@mpvysocina.example>",
        "subject": "Fwd: formulář ČSÚ – vyplněno",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nposílám vyplněný formulář pro volby (xlsx, dva listy).\n"
            "Kdyby něco chybělo, volejte.\n\nLukáš Pazdera\nMediapoint Vysočina\n"
            "777 902 316\n"
        ),
        "attachments": [
            (
                "xlsx",
                "CSU_zadost_Mediapoint.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žádost o služby pro média – volby 2025", None],
                            ["Žadatel", "Mediapoint Vysočina a.s."],
                            ["IČO", I4],
                            ["Sídlo", "Znojemská 77, 586 01 Jihlava"],
                            ["Služba", "Požadujeme (ANO/NE)"],
                            ["Přístup k výsledkům ve formátu XML", "ANO"],
                            ["Natáčení / záznam na pracovišti ČSÚ", "NE"],
                            ["Kontaktní osoba", "Lukáš Pazdera"],
                            ["Telefon", "+420 777 902 316"],
                            ["E-mail", "l.pazdera@mpvysocina.example"],
                        ],
                        "merge": ["A1:B1"],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["IP adresa", "Typ", "Poznámka"],
                            ["203.0.113.200", "produkční", "web"],
                            ["203.0.113.201", "produkční", "aplikace"],
                            ["203.0.113.202", "produkční", "záložní server"],
                            ["203.0.113.210", "testovací", ""],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ub005-forward-eml-cover-changes-test",
        "description": "the cover mail forwards a colleague's application as an .eml attachment "
        "and says the test address in it changed; the contact stays the original author",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "TV Podbrdsko spol. s r.o.",
            I5,
            None,
            ["198.51.100.74"],
            ["198.51.100.79"],
            "Jana Křížová",
            "krizova@tvpodbrdsko.example",
            "+420318623470",
        ),
        "from": "Petr Vondra <vondra@tvpodbrdsko.example>",
        "subject": "Fw: Žádost o přístup k datům – TV Podbrdsko",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nkolegyně Křížová Vám žádost poslala minulý týden, ale nemáme "
            "potvrzení o doručení, takže ji přeposílám jako přílohu.\n"
            "Jedna změna: testovací adresa 198.51.100.75 už neplatí, testovat budeme z "
            "198.51.100.79. Ostatní údaje jsou beze změny.\n\n"
            "Petr Vondra\nIT, TV Podbrdsko\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost o pristup k datum.eml",
                {
                    "id": "ub005-inner",
                    "from": "Jana Křížová <krizova@tvpodbrdsko.example>",
                    "subject": "Žádost o přístup k datům – TV Podbrdsko",
                    "headers": OUTLOOK,
                    "body": (
                        "Dobrý den,\n\nTV Podbrdsko spol. s r.o., IČO "
                        f"{I5}, žádá o přístup k výsledkům voleb ve formátu XML.\n\n"
                        "produkční IP: 198.51.100.74\ntestovací IP: 198.51.100.75\n\n"
                        "Kontaktní osoba: Jana Křížová, tel. 318 623 470, "
                        "krizova@tvpodbrdsko.example\n\n"
                        "S pozdravem\nJana Křížová\nvedoucí zpravodajství\n"
                        "TV Podbrdsko spol. s r.o., Nádražní 211, 261 01 Příbram\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "ub006-databox-pdf-letter-both",
        "description": "data message with a generic annotation; the PDF letter asks for the feed "
        "and for filming, its letterhead carries IČO and the applicant's own box ID",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Krajské noviny Pardubicko a.s.",
            I6,
            "p9tn2wk",
            ["203.0.113.17", "203.0.113.18"],
            ["203.0.113.19"],
            "Michaela Bártová",
            "bartova@knpardubicko.example",
            "+420466503219",
        ),
        "subject": "Žádost – volby 2025",
        "databox": {
            "box": "p9tn2wk",
            "sender": "Krajské noviny Pardubicko a.s.",
            "address": "Třída Míru 92, 530 02 Pardubice",
        },
        "attachments": [
            (
                "pdf",
                "KNP_zadost_CSU.pdf",
                [
                    "Krajské noviny Pardubicko a.s. | Třída Míru 92 | 530 02 Pardubice\n"
                    f"IČO {I6} | ID datové schránky p9tn2wk | www.knpardubicko.example",
                    "Naše značka: RED-0412/25",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Vážení,\nžádáme o zpřístupnění výsledků voleb ve formátu XML pro naše "
                    "servery 203.0.113.17 a 203.0.113.18 (oba ostrý provoz) a pro testovací "
                    "server 203.0.113.19.",
                    "Zároveň žádáme o povolení natáčení a fotografování na krajském "
                    "pracovišti ČSÚ v Pardubicích ve dnech sčítání hlasů.",
                    "Kontaktní osoba: Michaela Bártová, editorka zpravodajství, "
                    "mobil 466 503 219, bartova@knpardubicko.example",
                    "Mgr. Tomáš Roubal\npředseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "ub007-rtf-film-only-feed-declined",
        "description": "RTF application for filming only; it says explicitly that XML access "
        "is not wanted, and lists crew members besides the contact",
        "style": Style.LETTER,
        "labels": L(
            [FILM],
            "Dokumentární studio Kavka s.r.o.",
            I7,
            None,
            [],
            [],
            "Filip Kavka",
            "filip@studiokavka.example",
            "+420602448190",
        ),
        "from": "Filip Kavka <filip@studiokavka.example>",
        "subject": "Povolení natáčení – sčítání hlasů",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\nv příloze zasílám žádost o povolení natáčení (RTF).\n\n"
            "Filip Kavka\nDokumentární studio Kavka s.r.o.\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_nataceni.rtf",
                [
                    f"Dokumentární studio Kavka s.r.o., IČO {I7}, Křižíkova 36, 186 00 Praha 8",
                    "Žádost o povolení natáčení",
                    "Připravujeme dokument o průběhu voleb a rádi bychom natáčeli na "
                    "pracovišti ČSÚ v Praze během zpracování výsledků. O přístup k datům "
                    "ve formátu XML nežádáme – výsledky nepotřebujeme strojově.",
                    "Štáb:",
                    [
                        ["Jméno", "Funkce", "Telefon"],
                        ["Filip Kavka", "režie, kontakt", "+420 602 448 190"],
                        ["Adéla Krejčí", "kamera", "+420 739 015 662"],
                        ["Vojtěch Sláma", "zvuk", "+420 604 381 227"],
                    ],
                    "Kontakt pro vyřízení: Filip Kavka, filip@studiokavka.example",
                ],
            )
        ],
    },
    {
        "id": "ub008-slovak-odt-ipv6",
        "description": "Slovak cover mail; the ODT table gives an IPv4 and an IPv6 production "
        "address and a test address, phone with +421",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Záhorské noviny, s. r. o.",
            I8,
            None,
            ["192.0.2.140", "2001:db8:4a1::20"],
            ["192.0.2.141"],
            "Marek Hudec",
            "hudec@zahorskenoviny.example",
            "+421905337184",
        ),
        "from": "Marek Hudec <hudec@zahorskenoviny.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": TBIRD,
        "body": (
            "Dobrý deň,\n\nv prílohe posielame žiadosť o prístup k XML výstupom volebných "
            "výsledkov. Sme slovenský vydavateľ, ale máme českú pobočku a IČO v ČR.\n\n"
            "S pozdravom\nMarek Hudec\nZáhorské noviny, s. r. o.\n+421 905 337 184\n"
        ),
        "attachments": [
            (
                "odt",
                "ziadost_CSU.odt",
                [
                    "Žiadosť o prístup k výsledkom volieb vo formáte XML",
                    f"Žiadateľ: Záhorské noviny, s. r. o., IČO {I8}",
                    [
                        ["Úloha", "IP adresa"],
                        ["produkčný server", "192.0.2.140"],
                        ["produkčný server (IPv6)", "2001:0db8:04a1:0000:0000:0000:0000:0020"],
                        ["testovací server", "192.0.2.141"],
                    ],
                    "Kontaktná osoba: Marek Hudec, +421 905 337 184, hudec@zahorskenoviny.example",
                    "V Skalici 3. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "ub009-iphone-txt-freelancer",
        "description": "phone-typed cover without diacritics; a TXT form with [x]/[ ] brackets "
        "from a freelancer without an IČO",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Tomáš Brabec",
            None,
            None,
            ["198.51.100.222"],
            [],
            "Tomáš Brabec",
            "tomas.brabec@volnanoha.example",
            "+420720133695",
        ),
        "from": "Tomas Brabec <tomas.brabec@volnanoha.example>",
        "subject": "zadost",
        "headers": IPHONE,
        "cte": "8bit",
        "body": ("dobry den, posilam vyplneny formular, dekuji TB\n\nOdesláno z iPhonu\n"),
        "attachments": [
            (
                "txt",
                "formular.txt",
                "ZADOST O SLUZBY PRO MEDIA\n"
                "=========================\n\n"
                "Zadatel (nazev / jmeno): Tomáš Brabec, nezávislý novinář\n"
                "ICO: nemám, nejsem OSVČ (píšu na autorský honorář)\n\n"
                "[x] pristup k vysledkum ve formatu XML\n"
                "[ ] povoleni k natacení\n\n"
                "Produkcni IP: 198.51.100.222\n"
                "Testovaci IP: -\n\n"
                "Kontakt: Tomáš Brabec, +420 720 133 695, tomas.brabec@volnanoha.example\n",
            )
        ],
    },
    {
        "id": "ub010-databox-docx-letterhead-office-box",
        "description": "data message; the DOCX page header carries the applicant's IČO and box, "
        "the address block names the office with its own box and IČO",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Obec Dolní Lomnice",
            I10,
            "d3kw8zv",
            ["203.0.113.91"],
            [],
            "Pavel Stejskal",
            "starosta@dolnilomnice.example",
            "+420387991402",
        ),
        "subject": "Žádost o přístup k volebnímu serveru",
        "databox": {
            "box": "d3kw8zv",
            "sender": "Obec Dolní Lomnice",
            "address": "Dolní Lomnice 1, 373 12 Dolní Lomnice",
            "type": 10,
        },
        "attachments": [
            (
                "docx",
                "zadost_obec.docx",
                {
                    "header": f"OBEC DOLNÍ LOMNICE | IČO: {I10} | DS: d3kw8zv | tel. 387 991 400",
                    "footer": "Bankovní spojení: 1234567/0100 | www.dolnilomnice.example",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10\n"
                        "IČO 00025593, ID DS 2gfaasy",
                        "Č. j.: OU-DL/215/2025",
                        "Věc: žádost o přístup k výsledkům voleb",
                        "Obec Dolní Lomnice provozuje obecní informační kanál a web a žádá "
                        "o přístup k výsledkům voleb ve formátu XML z adresy 203.0.113.91. "
                        "Testovací adresu nemáme.",
                        "Kontaktní osoba: Pavel Stejskal, starosta, tel. 387 991 402 "
                        "(přímá linka), starosta@dolnilomnice.example",
                        "Pavel Stejskal\nstarosta obce",
                    ],
                },
            )
        ],
    },
    {
        "id": "ub011-html-table-row-headers",
        "description": "HTML-only webmail mail; roles are row headers, two addresses per row "
        "in columns 'IP 1' and 'IP 2'",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Zpravodajský portál Haná s.r.o.",
            I11,
            None,
            ["192.0.2.30", "192.0.2.31"],
            ["192.0.2.40", "192.0.2.41"],
            "Simona Dvořáková",
            "dvorakova@portalhana.example",
            "+420585300471",
        ),
        "from": "Simona Dvořáková <dvorakova@portalhana.example>",
        "subject": "Žádost o přístup – výsledky voleb XML",
        "headers": ROUNDCUBE,
        "html": (
            "<html><body style='font-family:Arial'><p>Dobrý den,</p>"
            "<p>za společnost <b>Zpravodajský portál Haná s.r.o.</b> (IČO "
            f"{I11}) žádám o přístup k výsledkům voleb ve formátu XML.</p>"
            "<table border='1' cellpadding='4'><tr><th></th><th>IP 1</th><th>IP 2</th></tr>"
            "<tr><th>Produkce</th><td>192.0.2.30</td><td>192.0.2.31</td></tr>"
            "<tr><th>Test</th><td>192.0.2.40</td><td>192.0.2.41</td></tr></table>"
            "<p>Kontakt: Simona Dvořáková, tel. 585&nbsp;300&nbsp;471</p>"
            "<p>Děkuji<br>Simona Dvořáková<br>šéfredaktorka<br>"
            "Zpravodajský portál Haná s.r.o., Horní nám. 5, 779 00 Olomouc</p>"
            "</body></html>"
        ),
    },
    {
        "id": "ub012-databox-annotation-changes-contact",
        "description": "data message with the application in the PDF and an annotation saying "
        "the contact differs from the one in the attachment",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vltava Media Group a.s.",
            I12,
            "m6rf3ja",
            ["198.51.100.160"],
            ["198.51.100.161"],
            "Daniel Kubát",
            None,
            "+420608114273",
        ),
        "subject": (
            "Žádost o přístup k XML – oproti příloze je kontaktní osobou Daniel Kubát, "
            "tel. 608 114 273 (p. Šťastná je od 10. 9. na mateřské dovolené)."
        ),
        "databox": {
            "box": "m6rf3ja",
            "sender": "Vltava Media Group a.s.",
            "address": "Lannova 16, 370 01 České Budějovice",
        },
        "attachments": [
            (
                "pdf",
                "zadost_VMG.pdf",
                [
                    f"Vltava Media Group a.s., Lannova 16, České Budějovice, IČO {I12}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Produkční IP adresa", "198.51.100.160"],
                            ["Testovací IP adresa", "198.51.100.161"],
                            ["Kontaktní osoba", "Lenka Šťastná"],
                            ["Telefon", "+420 602 550 118"],
                            ["E-mail", "stastna@vltavamedia.example"],
                        ],
                        "widths": [180, 220],
                    },
                    "V Českých Budějovicích 29. 8. 2025",
                ],
            )
        ],
    },
    {
        "id": "ub013-english-pdf-foreign-both",
        "description": "Austrian broadcaster writing English; the PDF asks for the feed and for "
        "filming, no Czech IČO, phone with +43",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Donauwelle Medien GmbH",
            None,
            None,
            ["203.0.113.230"],
            ["203.0.113.231"],
            "Stefan Reiter",
            "s.reiter@donauwelle.example",
            "+436644129087",
        ),
        "from": "Stefan Reiter <s.reiter@donauwelle.example>",
        "subject": "Application - election results feed and filming permit",
        "headers": OUTLOOK,
        "body": (
            "Dear Sir or Madam,\n\nplease find attached our application for the Czech "
            "parliamentary election (3-4 October 2025).\n\nBest regards\nStefan Reiter\n"
            "Donauwelle Medien GmbH, Vienna\n"
        ),
        "attachments": [
            (
                "pdf",
                "Donauwelle_application_CZSO.pdf",
                [
                    "Donauwelle Medien GmbH\nMariahilfer Straße 101, 1060 Wien, Austria\n"
                    "FN 312844 k, UID ATU61847520",
                    "Application for media services",
                    "1. Access to the XML results server. Production: 203.0.113.230; "
                    "test: 203.0.113.231.",
                    "2. Permission for our camera team (2 persons) to film at the CZSO "
                    "headquarters on election night.",
                    "Contact person: Stefan Reiter, phone +43 664 412 9087, "
                    "s.reiter@donauwelle.example",
                ],
            )
        ],
    },
    {
        "id": "ub014-databox-xlsx-film-only",
        "description": "data message from a town television; the XLSX form says NE to the XML "
        "feed and ANO to filming",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Televize Hustopeče, příspěvková organizace",
            I14,
            "h2vc9ue",
            [],
            [],
            "Zdeněk Procházka",
            "prochazka@tvhustopece.example",
            "+420519411836",
        ),
        "subject": "Formulář – média, volby",
        "databox": {
            "box": "h2vc9ue",
            "sender": "Televize Hustopeče, příspěvková organizace",
            "address": "Dukelské nám. 2, 693 01 Hustopeče",
            "type": 10,
        },
        "attachments": [
            (
                "xlsx",
                "formular_media.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Žadatel", "Televize Hustopeče, příspěvková organizace"],
                            ["IČO", I14],
                            ["Požadavek", "ANO / NE"],
                            ["Přístup k výsledkům (XML)", "NE"],
                            ["Natáčení na pracovišti ČSÚ Brno", "ANO"],
                            ["Produkční IP", ""],
                            ["Testovací IP", ""],
                            ["Kontaktní osoba", "Zdeněk Procházka"],
                            ["Telefon", "519 411 836"],
                            ["E-mail", "prochazka@tvhustopece.example"],
                        ],
                    }
                ],
            )
        ],
    },
]
