"""Forty-first held-out part ``at``, cases at001–at014: PDF and DOCX letters behind short cover
notes or an empty body, a checkbox form, an XLSX with ANO/NE columns, a cover note correcting the
attached PDF, a forwarded .eml, a freelancer's ODT, a TXT form, an HTML table with role columns,
an English form with yes/no columns, a DOCX with its contact in the footer and data messages with
the application in the annotation, in the file or in both. Written by hand apart from the
extraction rules (see make_fortyfirst_at); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyfirst_at_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    SEZNAM,
    TBIRD,
    L,
    Style,
    earlier,
    ico,
)

I1, I2, I3, I4, I5 = ico("2915374"), ico("0644218"), ico("2730951"), ico("4719062"), ico("2567143")
I6, I8, I9, I10 = ico("0537921"), ico("2849316"), ico("0712846"), ico("2691540")
I11, I13, I14 = ico("0026847"), ico("2478135"), ico("6374209")

CASES: list[dict[str, Any]] = [
    {
        "id": "at001-pdf-letter-two-line-cover",
        "description": "two-line Outlook cover, the application only in a PDF letter: a role "
        "column, a colleague from IT as the contact, the IČO written with spaces",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Pošumavský kurýr s.r.o.",
            I1,
            None,
            ["198.51.100.141", "198.51.100.142"],
            ["198.51.100.149"],
            "Ondřej Kalina",
            "kalina@posumavskykuryr.example",
            "+420721554310",
        ),
        "from": "Eva Dvořáčková <dvorackova@posumavskykuryr.example>",
        "subject": "žádost - výsledky voleb XML",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze posílám naši žádost o přístup k výsledkům voleb.\n\n"
            "S pozdravem\nEva Dvořáčková\nsekretariát vydavatele\n"
        ),
        "attachments": [
            (
                "pdf",
                "Zadost_CSU_2025_podepsana.pdf",
                [
                    f"Pošumavský kurýr s.r.o.\nRybářská 418, 341 01 Horažďovice\n"
                    f"IČ: {I1[:3]} {I1[3:6]} {I1[6:]}   DIČ: CZ{I1}",
                    "Český statistický úřad\nodbor informatiky\nNa padesátém 81, 100 82 Praha 10",
                    "V Horažďovicích dne 10. září 2025",
                    "Věc: žádost o zpřístupnění výsledků voleb ve formátu XML",
                    "Vážení,\nžádáme o povolení přístupu našich serverů k volebnímu serveru. "
                    "Regionální zpravodajský portál kurýru poběží ve volební noc ze dvou "
                    "strojů, zkoušet budeme z třetího:",
                    {
                        "rows": [
                            ["Prostředí", "IP adresa", "Umístění"],
                            ["produkce", "198.51.100.141", "serverovna Horažďovice"],
                            ["produkce", "198.51.100.142", "hosting Klatovy"],
                            ["test", "198.51.100.149", "redakce, 2. patro"],
                        ],
                        "widths": [110, 130, 180],
                    },
                    "Technické záležitosti prosím řešte s naším správcem sítě, panem "
                    "Ondřejem Kalinou (kalina@posumavskykuryr.example, mobil 721 554 310).",
                    "S úctou\n\nIng. Miroslav Trnka\njednatel",
                ],
            )
        ],
    },
    {
        "id": "at002-empty-body-docx-checkbox-form",
        "description": "empty mail body, a DOCX form with ☒/☐ boxes (film unticked) and a row-"
        "header table of addresses",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "RADIO POLABÍ, spol. s r.o.",
            I2,
            None,
            ["203.0.113.24"],
            ["203.0.113.25", "203.0.113.26"],
            "Šárka Míková",
            "mikova@radiopolabi.example",
            "+420608471239",
        ),
        "from": "Šárka Míková <mikova@radiopolabi.example>",
        "subject": "Formulář ČSÚ",
        "headers": TBIRD,
        "body": "",
        "attachments": [
            (
                "docx",
                "formular_media_volby.docx",
                {
                    "header": "Formulář pro média – volby do Poslanecké sněmovny 2025",
                    "blocks": [
                        "Žadatel (název, právní forma): RADIO POLABÍ, spol. s r.o.",
                        f"IČO: {I2}",
                        "Sídlo: Tyršova 77, 290 01 Poděbrady",
                        "Předmět žádosti:",
                        "☒ přístup k výsledkům voleb ve formátu XML",
                        "☐ povolení pořizovat zvukové a obrazové záznamy na sběrném místě",
                        {
                            "rows": [
                                ["", "adresa 1", "adresa 2"],
                                ["Produkční IP", "203.0.113.24", ""],
                                ["Testovací IP", "203.0.113.25", "203.0.113.26"],
                            ]
                        },
                        "Kontaktní osoba: Šárka Míková",
                        "Telefon: 608 471 239",
                        "E-mail: mikova@radiopolabi.example",
                        "Datum: 11. 9. 2025             Podpis: Míková",
                    ],
                },
            )
        ],
    },
    {
        "id": "at003-databox-annotation-only-register-extract",
        "description": "data message with the whole application in the annotation, "
        "abbreviated roles; the file is only an extract from the commercial register",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Zpravodajství Haná a.s.",
            I3,
            "e8wq4ka",
            ["192.0.2.88"],
            ["192.0.2.89"],
            "Tomáš Beneš",
            "benes@zpravyhana.example",
            "+420731220918",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb - prod. IP 192.0.2.88, test. IP "
        "192.0.2.89; kontakt Tomáš Beneš, tel. 731 220 918, benes@zpravyhana.example. "
        "Výpis z OR přikládáme.",
        "databox": {
            "box": "e8wq4ka",
            "sender": "Zpravodajství Haná a.s.",
            "address": "Horní náměstí 5, 779 00 Olomouc",
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR_B_2291.pdf",
                [
                    "Výpis z obchodního rejstříku, vedeného Krajským soudem v Ostravě, "
                    "oddíl B, vložka 2291",
                    {
                        "rows": [
                            ["Datum vzniku a zápisu:", "3. května 2004"],
                            ["Obchodní firma:", "Zpravodajství Haná a.s."],
                            ["Sídlo:", "Horní náměstí 5, 779 00 Olomouc"],
                            ["Identifikační číslo:", f"{I3[:3]} {I3[3:5]} {I3[5:]}"],
                            ["Předmět podnikání:", "vydavatelské činnosti, polygrafická výroba"],
                            ["Statutární orgán:", "předseda představenstva Petr Hrubý"],
                            ["Základní kapitál:", "2 000 000 Kč"],
                        ],
                        "widths": [150, 280],
                    },
                    "Údaje platné ke dni 9. 9. 2025 07:00",
                ],
            )
        ],
    },
    {
        "id": "at004-xlsx-ano-ne-columns",
        "description": "Gmail note with an XLSX: a requests sheet with ANO/NE columns (film "
        "marked NE) and an addresses sheet with a role column",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Jihlavské listy, z.s.",
            I4,
            None,
            ["203.0.113.201", "203.0.113.202", "203.0.113.203"],
            [],
            "Filip Nedoma",
            "filip.nedoma@jihlavskelisty.example",
            "+420739018552",
        ),
        "from": "Filip Nedoma <filip.nedoma@jihlavskelisty.example>",
        "subject": "Volby 2025 – tabulka pro ČSÚ",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nposílám vyplněnou tabulku, kterou jste zveřejnili na webu. "
            "Doufám, že to takhle stačí, kdyžtak dejte vědět.\n\n"
            "Filip Nedoma\nJihlavské listy\n"
        ),
        "attachments": [
            (
                "xlsx",
                "zadost_volby_JL.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Jihlavské listy, z.s."],
                            ["IČO", I4],
                            ["", ""],
                            ["Požadavek", "ANO", "NE"],
                            ["Přístup k XML výsledkům", "x", ""],
                            ["Natáčení na sběrném místě", "", "x"],
                            ["", ""],
                            ["Kontaktní osoba", "Filip Nedoma"],
                            ["Telefon", "+420 739 018 552"],
                            ["E-mail", "filip.nedoma@jihlavskelisty.example"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["#", "IP adresa", "Typ", "Poznámka"],
                            [1, "203.0.113.201", "produkční", "web"],
                            [2, "203.0.113.202", "produkční", "mobilní aplikace"],
                            [3, "203.0.113.203", "produkční (záloha)", ""],
                            [4, "", "testovací", "nemáme"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "at005-cover-corrects-pdf-test-address",
        "description": "cover note says the test address in the signed PDF has a typo and "
        "gives the right one; production stays as in the PDF",
        "style": Style.COVER_CHANGE,
        "labels": L(
            [FEED],
            "Krkonošský deník s.r.o.",
            I5,
            None,
            ["198.51.100.57"],
            ["198.51.100.75"],
            "Vladimír Šindelář",
            "sindelar@krkonosskydenik.example",
            "+420499310742",
        ),
        "from": '"Ing. Vladimír Šindelář" <sindelar@krkonosskydenik.example>',
        "subject": "Žádost o přístup k XML – Krkonošský deník",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "zasílám podepsanou žádost v PDF. Bohužel jsem si po podpisu všiml překlepu: "
            "testovací adresa v tabulce má být 198.51.100.75, ne 198.51.100.57 (ta je "
            "produkční a v tabulce je správně). Znovu to podepisovat nechci zdržovat, "
            "berte prosím platnou tuto opravu.\n\n"
            "Děkuji\nVladimír Šindelář\n\nOdesláno z mého Macu"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_xml_KD.pdf",
                [
                    f"Krkonošský deník s.r.o., Masarykova 12, 543 01 Vrchlabí, IČO {I5}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Produkční IP adresa", "198.51.100.57"],
                            ["Testovací IP adresa", "198.51.100.57"],
                            ["Kontaktní osoba", "Ing. Vladimír Šindelář"],
                            ["Telefon", "499 310 742"],
                            ["E-mail", "sindelar@krkonosskydenik.example"],
                        ],
                        "widths": [170, 230],
                    },
                    "Ve Vrchlabí 9. 9. 2025\nIng. Vladimír Šindelář, šéfredaktor",
                ],
            )
        ],
    },
    {
        "id": "at006-forwarded-eml-from-editor",
        "description": "office assistant forwards the editor's original mail as an .eml "
        "attachment; the application and contact are in the attached message",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Televize Vysočina TV s.r.o.",
            I6,
            None,
            ["192.0.2.160"],
            ["192.0.2.161"],
            "Jakub Hromádka",
            "hromadka@vysocinatv.example",
            "+420605830127",
        ),
        "from": "Recepce Vysočina TV <recepce@vysocinatv.example>",
        "subject": "Fwd: žádost o data a natáčení",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nkolega Hromádka poslal žádost omylem jen na naši recepci, "
            "přeposílám ji proto v příloze v původním znění.\n\n"
            "Děkujeme\nrecepce Vysočina TV\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost_Hromadka.eml",
                {
                    "id": "at006-inner",
                    "from": "Jakub Hromádka <hromadka@vysocinatv.example>",
                    "to": "recepce@vysocinatv.example",
                    "subject": "žádost ČSÚ - volby",
                    "date": earlier(8, 15, 2),
                    "body": (
                        "Dobrý den,\n\n"
                        f"za společnost Televize Vysočina TV s.r.o. (IČO {I6}) žádám:\n"
                        "1) o přístup k XML s průběžnými výsledky – náš produkční server "
                        "192.0.2.160, testovací 192.0.2.161,\n"
                        "2) o povolení natáčet reportáž na krajském sběrném místě v Jihlavě "
                        "ve volební noc (štáb 2 osoby).\n\n"
                        "Kontakt: Jakub Hromádka, 605 830 127\n\n"
                        "Jakub Hromádka\nvedoucí zpravodajství\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "at007-freelancer-odt-film-only",
        "description": "freelance photographer without an IČO; an ODT letter asks only to "
        "photograph and says the XML data are not needed",
        "style": Style.COVER,
        "labels": L(
            [FILM],
            "Adéla Kostelecká",
            None,
            None,
            [],
            [],
            "Adéla Kostelecká",
            "adela.kostelecka@fotoreport.example",
            "+420776913054",
        ),
        "from": "Adéla Kostelecká <adela.kostelecka@fotoreport.example>",
        "subject": "žádost o povolení fotografovat",
        "headers": SEZNAM,
        "cte": "8bit",
        "body": (
            "Dobrý den, posílám žádost v příloze (odt, psala jsem v LibreOffice, "
            "kdyby nešla otevřít, napište).\nAdéla Kostelecká\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_foto_Kostelecka.odt",
                [
                    "Adéla Kostelecká, Lesní 9, 602 00 Brno",
                    "Český statistický úřad, Krajská správa pro Jihomoravský kraj",
                    "Žádost o povolení pořizovat fotografie na sběrném místě",
                    "Jsem fotografka na volné noze (bez IČO, fotky prodávám agenturám "
                    "jako autorka). Prosím o povolení fotografovat na sběrném místě v Brně "
                    "ve volební noc 3./4. 10. 2025, bez blesku a bez rušení komisí.",
                    "Přístup k volebnímu serveru XML nepotřebuji.",
                    "Telefon: 776 913 054\nE-mail: adela.kostelecka@fotoreport.example",
                    "V Brně 12. 9. 2025, Adéla Kostelecká",
                ],
            )
        ],
    },
    {
        "id": "at008-databox-docx-letterhead-only-file",
        "description": "data message with a bare annotation; the DOCX letter has the IČO and "
        "box ID in its letterhead and the office's box in the address block; an IPv6 "
        "production address",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED, FILM],
            "MORAVA MEDIA GROUP a.s.",
            I8,
            "u3nfj6r",
            ["203.0.113.90", "2001:db8:4a0::90"],
            ["203.0.113.99"],
            "Lenka Pařízková",
            "parizkova@moravamedia.example",
            "+420542213980",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "u3nfj6r",
            "sender": "MORAVA MEDIA GROUP a.s.",
            "address": "Cejl 66, 602 00 Brno",
        },
        "attachments": [
            (
                "docx",
                "MMG_zadost_volby.docx",
                {
                    "header": f"MORAVA MEDIA GROUP a.s. • Cejl 66, 602 00 Brno • IČ {I8} • "
                    "DS u3nfj6r • www.moravamedia.example",
                    "footer": "Společnost je zapsána v OR vedeném KS v Brně, sp. zn. B 7712.",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10\n"
                        "datová schránka: 2gfaasy",
                        "Naše značka: MMG/IT/2025/044          Brno 15. 9. 2025",
                        "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                        "Společnost MORAVA MEDIA GROUP a.s. žádá o zřízení přístupu k "
                        "volebnímu serveru z těchto adres:",
                        {
                            "rows": [
                                ["Účel", "IPv4 / IPv6"],
                                ["produkční", "203.0.113.90"],
                                ["produkční", "2001:db8:4a0::90"],
                                ["testovací", "203.0.113.99"],
                            ]
                        },
                        "Zároveň žádáme o povolení pořizovat obrazový a zvukový záznam na "
                        "sběrném místě v Brně v době zpracování výsledků.",
                        "Kontaktní osoba: Lenka Pařízková, produkce, tel. 542 213 980, "
                        "parizkova@moravamedia.example",
                        "Mgr. Richard Žák\nmístopředseda představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "at009-txt-form-bracket-ticks",
        "description": "phone cover note with a TXT form filled with [x]/[ ] brackets; the "
        "film request left unticked, test addresses as a range",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Infoportál Labe s.r.o.",
            I9,
            None,
            ["198.51.100.8"],
            ["198.51.100.12", "198.51.100.13", "198.51.100.14"],
            "Marek Holeček",
            "holecek@infolabe.example",
            "+420602448195",
        ),
        "from": "Marek Holeček <holecek@infolabe.example>",
        "subject": "formular volby",
        "headers": K9,
        "body": "vyplneny formular v priloze, diky. Holecek\n",
        "attachments": [
            (
                "txt",
                "formular.txt",
                "ŽÁDOST MÉDIA – VOLBY 2025\n"
                "=========================\n\n"
                "Žadatel ............ Infoportál Labe s.r.o.\n"
                f"IČO ................ {I9}\n"
                "Adresa ............. Dlouhá 3, 412 01 Litoměřice\n\n"
                "Žádám o:\n"
                "  [x] přístup k XML výsledkům (volební server)\n"
                "  [ ] povolení k natáčení na sběrném místě\n\n"
                "Produkční IP (max. 5): 198.51.100.8\n"
                "Testovací IP (max. 5): 198.51.100.12 - 198.51.100.14\n\n"
                "Kontaktní osoba .... Marek Holeček\n"
                "Telefon ............ 602-448-195\n"
                "E-mail ............. holecek@infolabe.example\n",
            )
        ],
    },
    {
        "id": "at010-html-table-role-columns-cp1250",
        "description": "HTML-only Outlook mail in windows-1250: a table whose column headers "
        "give the roles (Produkce | Test), two rows of addresses",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Rádio Blaník Morava, s.r.o.",
            I10,
            None,
            ["192.0.2.30", "192.0.2.31"],
            ["192.0.2.40"],
            "Petra Vondráčková",
            "vondrackova@blanikmorava.example",
            "+420583119404",
        ),
        "from": "Vondráčková Petra <vondrackova@blanikmorava.example>",
        "subject": "Žádost o přístup - volební server",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "html": (
            '<html><head><meta http-equiv=Content-Type content="text/html; '
            'charset=windows-1250"></head><body lang=CS>'
            "<p>Dobrý den,</p><p>žádáme o přístup k výsledkům voleb ve formátu XML pro "
            f"Rádio Blaník Morava, s.r.o., IČO {I10}.</p>"
            '<table border=1 cellpadding=4 style="border-collapse:collapse">'
            "<tr><th>&nbsp;</th><th>Produkce</th><th>Test</th></tr>"
            "<tr><td>1.</td><td>192.0.2.30</td><td>192.0.2.40</td></tr>"
            "<tr><td>2.</td><td>192.0.2.31</td><td>&nbsp;</td></tr>"
            "</table>"
            "<p>Kontaktní osoba: Petra Vondráčková, tel. 583&nbsp;119&nbsp;404</p>"
            "<p>S pozdravem</p><p><b>Petra Vondráčková</b><br>technická ředitelka<br>"
            "Rádio Blaník Morava, s.r.o.<br>Zábřeh, Postřelmovská 21<br>"
            "ústředna: 583 119 400</p></body></html>"
        ),
    },
    {
        "id": "at011-databox-annotation-and-pdf-both",
        "description": "town data message: the annotation names both requests and points to the "
        "PDF, which gives the addresses and the contact",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED, FILM],
            "Město Rokytná nad Jizerou",
            I11,
            "b5tz9mc",
            ["198.51.100.190"],
            [],
            "Jana Pilná",
            "pilna@rokytna.example",
            "+420481622031",
        ),
        "subject": "Žádost města Rokytná n. J. o přístup k XML výsledkům voleb a o povolení "
        "natáčení (TV Rokytná) - podrobnosti viz příloha",
        "databox": {
            "box": "b5tz9mc",
            "sender": "Město Rokytná nad Jizerou",
            "address": "Náměstí 1, 512 43 Rokytná nad Jizerou",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "MRJ-2025-0912.pdf",
                [
                    "MĚSTO ROKYTNÁ NAD JIZEROU\nMěstský úřad, Náměstí 1, 512 43 Rokytná n. J.",
                    f"IČO: {I11}          č. j.: MRJ/2025/0912",
                    "Žádost o přístup k výsledkům voleb ve formátu XML a povolení natáčení",
                    "Město provozuje místní kabelovou televizi TV Rokytná. Pro zpravodajství "
                    "z voleb žádáme o přístup k volebnímu serveru z IP adresy "
                    "198.51.100.190 (testovat budeme ze stejné adresy) a o povolení natáčet "
                    "krátký záznam na sběrném místě v Semilech.",
                    "Kontaktní osoba: Jana Pilná, referentka, tel. 481 622 031, "
                    "pilna@rokytna.example",
                    "Bc. Luboš Kratochvíl\nstarosta",
                ],
            )
        ],
    },
    {
        "id": "at012-english-pdf-yes-no-form",
        "description": "English cover from a foreign broadcaster; the PDF form has yes/no "
        "columns, both ticked yes, IPv6 production, no IČO, an Austrian phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Donauwelle Rundfunk GmbH",
            None,
            None,
            ["2001:db8:77::10", "203.0.113.177"],
            ["2001:db8:77::20"],
            "Katharina Moser",
            "k.moser@donauwelle.example",
            "+436644829173",
        ),
        "from": "Katharina Moser <k.moser@donauwelle.example>",
        "subject": "Media accreditation - Czech elections 2025 (form attached)",
        "headers": OUTLOOK,
        "body": (
            "Dear Sir or Madam,\n\nplease find attached our completed application form "
            "for the election results feed and for filming at a counting centre.\n"
            "We are an Austrian broadcaster and have no Czech company ID.\n\n"
            "Best regards\nKatharina Moser\nDonauwelle Rundfunk GmbH | Newsdesk Linz\n"
            "M +43 664 4829173 | T +43 732 90 120 0\n"
        ),
        "attachments": [
            (
                "pdf",
                "CZSO_application_Donauwelle.pdf",
                [
                    "APPLICATION – ELECTION RESULTS FOR MEDIA",
                    "Applicant: Donauwelle Rundfunk GmbH, Hafenstraße 31, 4020 Linz, Austria\n"
                    "Company register: FN 318842 k (Landesgericht Linz)",
                    {
                        "rows": [
                            ["Request", "Yes", "No"],
                            ["Access to the XML results server", "X", ""],
                            ["Filming / recording at a collection point", "X", ""],
                        ],
                        "widths": [260, 50, 50],
                    },
                    {
                        "rows": [
                            ["Environment", "IP address"],
                            ["Production", "2001:db8:77::10"],
                            ["Production", "203.0.113.177"],
                            ["Test", "2001:db8:77::20"],
                        ],
                        "widths": [140, 220],
                    },
                    "Contact person: Katharina Moser, mobile +43 664 4829173, "
                    "k.moser@donauwelle.example",
                    "Linz, 14 September 2025",
                ],
            )
        ],
    },
    {
        "id": "at013-docx-nested-table-contact-in-footer",
        "description": "Apple Mail cover; the DOCX has addresses in a nested table and the "
        "contact only in the page footer",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Týdeník Podbrdsko, s. r. o.",
            I13,
            None,
            ["192.0.2.210", "192.0.2.211"],
            ["192.0.2.219"],
            "Radim Čáp",
            "cap@podbrdsko.example",
            "+420728330614",
        ),
        "from": "Radim Čáp <cap@podbrdsko.example>",
        "subject": "Přístup k XML – Týdeník Podbrdsko",
        "headers": APPLE,
        "body": "Dobrý den,\nžádost přikládám.\nRadim Čáp\n",
        "attachments": [
            (
                "docx",
                "Podbrdsko-zadost.docx",
                {
                    "footer": "Vyřizuje: Radim Čáp | tel. 728 330 614 | cap@podbrdsko.example",
                    "blocks": [
                        f"Týdeník Podbrdsko, s. r. o., Pražská 140, 261 01 Příbram, IČO {I13}",
                        "Žádost o zpřístupnění výsledků voleb ve formátu XML",
                        {
                            "rows": [
                                ["Žadatel", "Týdeník Podbrdsko, s. r. o."],
                                ["IP adresy", ""],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkční", "192.0.2.210"],
                                        ["produkční", "192.0.2.211"],
                                        ["testovací", "192.0.2.219"],
                                    ]
                                }
                            },
                        },
                        "Děkujeme za vyřízení.",
                    ],
                },
            )
        ],
    },
    {
        "id": "at014-databox-rtf-film-declined",
        "description": "data message whose RTF letter asks for the feed and says explicitly "
        "that it does not ask for the recording permit; role row headers in an RTF table",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Nakladatelství Beskydy s.r.o.",
            I14,
            "r7kd2pw",
            ["203.0.113.61"],
            ["203.0.113.66"],
            "Hedvika Urbanová",
            "urbanova@nakl-beskydy.example",
            "+420558710293",
        ),
        "subject": "Žádost o přístup k výsledkům voleb (XML)",
        "databox": {
            "box": "r7kd2pw",
            "sender": "Nakladatelství Beskydy s.r.o.",
            "address": "Palackého 8, 738 01 Frýdek-Místek",
        },
        "attachments": [
            (
                "rtf",
                "zadost_volby.rtf",
                [
                    f"Nakladatelství Beskydy s.r.o., Palackého 8, 738 01 Frýdek-Místek, IČ {I14}",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o přístup k volebnímu serveru pro náš portál. O povolení "
                    "k pořizování záznamů na sběrných místech nežádáme, natáčet nebudeme.",
                    [
                        ["Produkční adresa", "203.0.113.61"],
                        ["Testovací adresa", "203.0.113.66"],
                        ["Kontakt", "Hedvika Urbanová, 558 710 293"],
                        ["E-mail", "urbanova@nakl-beskydy.example"],
                    ],
                    "Ve Frýdku-Místku dne 16. 9. 2025\nPavel Ondruš, jednatel",
                ],
            )
        ],
    },
]
