"""Thirty-first held-out part ``yb``, cases yb015–yb028: a town's filming request only in the
annotation, an XLSX form with ANO/NE columns, a cover mail replacing an address in its forwarded
.eml, a PDF form with brackets behind an empty mail, a DOCX that prints the office's own
identifiers, an ODT with a stand-in contact, a cover mail that replaces the PDF's phone, an
annotation correcting its PDF, a university's TXT with IPv6 addresses, a replaced colleague, box
characters in a DOCX, an English annotation, roles by order in an RTF letter and merged role
cells in an XLSX. Written by hand apart from the extraction rules (see make_thirtyfirst_yb);
labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tests.corpus.thirtyfirst_yb_common import (
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OUTLOOK,
    SAMSUNG,
    TBIRD,
    L,
    Style,
    ico,
)

I16, I17, I18, I19 = ico("0347215"), ico("2777604"), ico("7102483"), ico("2590812")
I20, I21, I22, I23 = ico("4528716"), ico("2641308"), ico("0218769"), ico("6193845")
I24, I25, I26, I27, I28 = (
    ico("2516047"),
    ico("7350128"),
    ico("0745139"),
    ico("2891576"),
    ico("2564803"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "yb015-databox-annotation-film-town",
        "description": "a town's data message: filming request and contact only in the "
        "annotation, feed declined; the attached TXT is just the crew list with a car plate",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FILM],
            "Město Horní Lomnice",
            None,
            "q9c4tbe",
            [],
            [],
            "Šárka Pilná",
            "pilna@hornilomnice.example",
            "+420499320115",
        ),
        "subject": (
            "Žádost o povolení natáčení ve sběrném místě ČSÚ v Trutnově 3.–4. 10. 2025 pro "
            "Lomnický zpravodaj TV. Přístup k XML nežádáme. Kontakt: Šárka Pilná, tel. "
            "499 320 115, pilna@hornilomnice.example"
        ),
        "databox": {
            "box": "q9c4tbe",
            "sender": "Město Horní Lomnice",
            "address": "Náměstí 1, 543 71 Horní Lomnice",
            "type": 10,
        },
        "attachments": [
            (
                "txt",
                "stab.txt",
                "Štáb Lomnický zpravodaj TV – volby 2025\n\n"
                "Šárka Pilná – redaktorka\nRoman Koubek – kamera\n\n"
                "Vůz: Škoda Octavia, RZ 2H8 4410\nPříjezd cca 22:30\n",
            )
        ],
    },
    {
        "id": "yb016-xlsx-ano-ne-film-only",
        "description": "XLSX form with ANO/NE columns marked 'x': feed NE, filming ANO; the "
        "IP rows hold dashes",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Studio Kampa, s.r.o.",
            I16,
            None,
            [],
            [],
            "Denisa Kořínková",
            "korinkova@studiokampa.example",
            "+420773002918",
        ),
        "from": "Denisa Kořínková <korinkova@studiokampa.example>",
        "subject": "Formulář – natáčení volby",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dobrý den,\n\nzasílám vyplněný formulář, jde nám jen o natáčení.\n\n"
            "Denisa Kořínková\nStudio Kampa\n"
        ),
        "attachments": [
            (
                "xlsx",
                "formular_Kampa.xlsx",
                [
                    {
                        "title": "Formulář",
                        "rows": [
                            ["Žádost o", "ANO", "NE"],
                            ["Přístup k XML výsledkům (volební server)", "", "x"],
                            ["Pořizování záznamu na sběrném místě", "x", ""],
                            [],
                            ["Žadatel", "Studio Kampa, s.r.o."],
                            ["IČO", I16],
                            ["Produkční IP", "—"],
                            ["Testovací IP", "—"],
                            ["Kontaktní osoba", "Denisa Kořínková"],
                            ["Telefon", "+420 773 002 918"],
                            ["E-mail", "korinkova@studiokampa.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "yb017-cover-replaces-address-in-eml",
        "description": "the cover mail re-sends the applicant's own earlier mail as .eml and "
        "replaces its second production address",
        "style": Style.COVER_CHANGES,
        "labels": L(
            [FEED],
            "Hlas Ostravska, s.r.o.",
            I17,
            None,
            ["192.0.2.90", "192.0.2.94"],
            ["192.0.2.99"],
            "Radim Stejskal",
            "stejskal@hlasostravska.example",
            "+420596633021",
        ),
        "from": "Radim Stejskal <stejskal@hlasostravska.example>",
        "subject": "Fwd: Žádost o XML – Hlas Ostravska (oprava)",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nv příloze je naše žádost z 3. září, kterou jsme tehdy omylem "
            "odeslali jen interně. Jedna změna: adresu 192.0.2.91 nahraďte prosím adresou "
            "192.0.2.94, starý virtuál se ruší. Ostatní platí beze změny.\n\n"
            "Radim Stejskal\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost_XML_Hlas_Ostravska.eml",
                {
                    "id": "yb017-inner",
                    "from": "Radim Stejskal <stejskal@hlasostravska.example>",
                    "to": "redakce@hlasostravska.example",
                    "subject": "Žádost o XML – Hlas Ostravska",
                    "headers": TBIRD,
                    "date": datetime(2025, 9, 3, 14, 2, 0, tzinfo=UTC),
                    "body": (
                        "Dobrý den,\n\nHlas Ostravska, s.r.o., IČO "
                        f"{I17}, žádá o přístup k výsledkům voleb v XML.\n\n"
                        "Produkce: 192.0.2.90, 192.0.2.91\nTest: 192.0.2.99\n"
                        "Kontakt: Radim Stejskal, 596 633 021\n\n"
                        "S pozdravem\nRadim Stejskal\nvedoucí IT\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "yb018-empty-mail-pdf-bracket-form",
        "description": "empty mail body; PDF form with [x] for both requests and [ ] for "
        "'jiné', signed by the director, the contact named separately",
        "style": Style.EMPTY_COVER,
        "labels": L(
            [FEED, FILM],
            "Kulturní a informační centrum Bystřice, p. o.",
            I18,
            None,
            ["198.51.100.210", "198.51.100.211"],
            ["198.51.100.219"],
            "Hana Wolfová",
            "wolfova@kicbystrice.example",
            "+420566590344",
        ),
        "from": "Hana Wolfová <wolfova@kicbystrice.example>",
        "subject": "formulář volby",
        "headers": SAMSUNG,
        "body": "",
        "attachments": [
            (
                "pdf",
                "scan_formular.pdf",
                [
                    "ŽÁDOST MÉDIA – VOLBY 2025",
                    "Žadatel: Kulturní a informační centrum Bystřice, p. o. (provozovatel "
                    f"TV Bystřicko)\nIČO: {I18}\nPříční 405, 593 01 Bystřice nad Pernštejnem",
                    "Žádáme o:\n[x] přístup k výsledkům voleb ve formátu XML\n"
                    "[x] povolení pořizovat záznam ve sběrném místě\n[ ] jiné: ………………",
                    {
                        "rows": [
                            ["Produkční IP", "Testovací IP"],
                            ["198.51.100.210", "198.51.100.219"],
                            ["198.51.100.211", ""],
                        ],
                        "widths": [150, 150],
                    },
                    "Kontaktní osoba: Hana Wolfová, tel. 566 590 344, wolfova@kicbystrice.example",
                    "Mgr. Václav Hron, ředitel",
                ],
            )
        ],
    },
    {
        "id": "yb019-databox-docx-prints-office-ids",
        "description": "data message, application only in the DOCX, whose address block "
        "prints the office's IČO and box; primary and secondary production servers",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "MB Press s.r.o.",
            I19,
            "b7ke2nu",
            ["192.0.2.240", "192.0.2.241"],
            ["192.0.2.250"],
            "Ivana Kubátová",
            "kubatova@mbpress.example",
            "+420326700512",
        ),
        "subject": "Žádost – volební XML (viz příloha)",
        "databox": {
            "box": "b7ke2nu",
            "sender": "MB Press s.r.o.",
            "address": "Jičínská 1350, 293 01 Mladá Boleslav",
        },
        "attachments": [
            (
                "docx",
                "MBPress_zadost_volby.docx",
                {
                    "blocks": [
                        "Adresát: Český statistický úřad, Na padesátém 81, 100 82 Praha 10, "
                        "IČO 00025593, datová schránka 2gfaasy",
                        f"Žadatel: MB Press s.r.o., IČO: {I19}, datová schránka: b7ke2nu",
                        "Věc: žádost o přístup k průběžným výsledkům voleb",
                        "Produkční servery: 192.0.2.240 (primární), 192.0.2.241 (sekundární)",
                        "Testovací prostředí: 192.0.2.250",
                        "Kontaktní osoba: Ivana Kubátová, vedoucí online redakce, "
                        "tel. 326 700 512, kubatova@mbpress.example",
                        "Mladá Boleslav 16. 9. 2025",
                    ]
                },
            )
        ],
    },
    {
        "id": "yb020-odt-contact-with-stand-in",
        "description": "ODT names the contact and a stand-in for her absence; the sender is "
        "the stand-in",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Týdeník Podbrdsko, spol. s r.o.",
            I20,
            None,
            ["203.0.113.120"],
            ["203.0.113.121"],
            "Alžběta Sýkorová",
            "sykorova@podbrdsko.example",
            "+420731220645",
        ),
        "from": "Josef Liška <liska@podbrdsko.example>",
        "subject": "žádost XML výsledky",
        "headers": TBIRD,
        "flowed": True,
        "body": "Dobrý den,\nposílám žádost (ODT z LibreOffice).\n\nJ. Liška\n",
        "attachments": [
            (
                "odt",
                "zadost_Podbrdsko.odt",
                [
                    "Týdeník Podbrdsko, spol. s r.o.",
                    f"Pražská 112, 261 01 Příbram, IČO {I20}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Produkční adresa: 203.0.113.120",
                    "Testovací: 203.0.113.121",
                    "Kontaktní osoba: Mgr. Alžběta Sýkorová, šéfredaktorka, 731 220 645, "
                    "sykorova@podbrdsko.example; v případě její nepřítomnosti Josef Liška, "
                    "731 220 600, liska@podbrdsko.example",
                ],
            )
        ],
    },
    {
        "id": "yb021-html-cover-replaces-phone",
        "description": "HTML cover mail replaces the landline in the PDF with a mobile; "
        "the PDF declines a test address",
        "style": Style.COVER_CHANGES,
        "labels": L(
            [FEED],
            "Rádio Krumlov s.r.o.",
            I21,
            None,
            ["198.51.100.5"],
            [],
            "Kristýna Pokorná",
            "pokorna@radiokrumlov.example",
            "+420605410876",
        ),
        "from": "Kristýna Pokorná <pokorna@radiokrumlov.example>",
        "subject": "žádost o XML – Rádio Krumlov",
        "headers": OUTLOOK,
        "html": (
            '<html><body><p class="MsoNormal">Dobrý den,</p>'
            '<p class="MsoNormal">v příloze posílám žádost. Pozor, telefon uvedený v žádosti '
            "(380 711 222) je pevná linka, která od října nebude fungovat – volejte mi "
            "prosím na mobil <b>605 410 876</b>.</p>"
            '<p class="MsoNormal">Děkuji</p>'
            '<p class="MsoNormal">Kristýna Pokorná<br>Rádio Krumlov</p></body></html>'
        ),
        "attachments": [
            (
                "pdf",
                "zadost_RK.pdf",
                [
                    f"Rádio Krumlov s.r.o., Latrán 7, 381 01 Český Krumlov, IČO {I21}",
                    "Žádost o přístup k výsledkům voleb (XML)",
                    {
                        "rows": [
                            ["Produkční IP", "198.51.100.5"],
                            ["Testovací IP", "nepožadujeme"],
                            ["Kontakt", "Kristýna Pokorná"],
                            ["Telefon", "380 711 222"],
                            ["E-mail", "pokorna@radiokrumlov.example"],
                        ],
                        "widths": [120, 220],
                    },
                ],
            )
        ],
    },
    {
        "id": "yb022-databox-annotation-corrects-pdf",
        "description": "data message whose annotation corrects the test address printed in "
        "the attached PDF",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Rádio Střed, a.s.",
            I22,
            "w4nd8hx",
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.145"],
            "Roman Pešek",
            "pesek@radiostred.example",
            "+420321774019",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb. Oprava k příloze: testovací IP "
        "je 203.0.113.145 (v PDF je omylem .144). Děkujeme.",
        "databox": {
            "box": "w4nd8hx",
            "sender": "Rádio Střed, a.s.",
            "address": "Husova 12, 280 02 Kolín",
        },
        "attachments": [
            (
                "pdf",
                "RadioStred_XML.pdf",
                [
                    f"Rádio Střed, a.s. | Husova 12, 280 02 Kolín | IČO {I22}",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                    "Produkční IP: 203.0.113.140, 203.0.113.141\nTestovací IP: 203.0.113.144",
                    "Kontaktní osoba: Roman Pešek, +420 321 774 019, pesek@radiostred.example",
                    "Ing. Roman Pešek, technický ředitel",
                ],
            )
        ],
    },
    {
        "id": "yb023-txt-university-ipv6",
        "description": "a department's TXT attachment: IPv6 production addresses, IPv4 test; "
        "the university applies, not the department",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Moravská univerzita v Olomouci",
            I23,
            None,
            ["2001:db8:c0a::15", "2001:db8:c0a::16"],
            ["198.51.100.222"],
            "Vít Zeman",
            "zeman@mu-olomouc.example",
            "+420585631402",
        ),
        "from": '"doc. Ing. Vít Zeman Ph.D." <zeman@mu-olomouc.example>',
        "subject": "Volební noc 2025 – studentský projekt, žádost o XML",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nv příloze v textovém souboru posílám žádost za naši katedru. "
            "Studenti budou výsledky zpracovávat živě na webu projektu.\n\n"
            "Vít Zeman\n"
        ),
        "attachments": [
            (
                "txt",
                "zadost_volby_KDZ.txt",
                "Žadatel: Moravská univerzita v Olomouci\n"
                "         Fakulta sociálních studií, Katedra datové žurnalistiky\n"
                f"IČO: {I23}\n\n"
                "Předmět: přístup k průběžným výsledkům voleb (XML)\n\n"
                "produkční:  2001:db8:c0a::15\n"
                "            2001:db8:c0a::16\n"
                "testovací:  198.51.100.222\n\n"
                "kontakt:    doc. Ing. Vít Zeman, Ph.D.\n"
                "            +420 585 631 402\n"
                "            zeman@mu-olomouc.example\n\n"
                "Olomouc, 17. 9. 2025\n",
            )
        ],
    },
    {
        "id": "yb024-eml-colleague-left-new-contact",
        "description": "cover mail re-sends a former colleague's application as .eml and names "
        "the sender as the new contact; addresses from the attached message",
        "style": Style.FORWARD_EML,
        "labels": L(
            [FEED],
            "Deník Karlovarska, a.s.",
            I24,
            None,
            ["192.0.2.120", "192.0.2.121"],
            ["192.0.2.125"],
            "Barbora Lánská",
            "lanska@denikkv.example",
            "+420353822419",
        ),
        "from": "Barbora Lánská <lanska@denikkv.example>",
        "subject": "Fwd: žádost o přístup k XML – Deník Karlovarska",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nposílám znovu žádost, kterou v září podal kolega Aleš Voráček "
            "(viz přiložený e-mail). Kolega u nás od 1. 10. nepracuje, kontaktní osobou "
            "jsem nyní já: Barbora Lánská, 353 822 419, lanska@denikkv.example. IP adresy "
            "se nemění.\n\nS pozdravem\nBarbora Lánská\nonline redakce\n"
        ),
        "attachments": [
            (
                "eml",
                "puvodni_zadost.eml",
                {
                    "id": "yb024-inner",
                    "from": "Aleš Voráček <voracek@denikkv.example>",
                    "to": "podatelna@czso.cz",
                    "subject": "žádost o přístup k XML – Deník Karlovarska",
                    "headers": GMAIL,
                    "body": (
                        "Dobrý den,\n\nDeník Karlovarska, a.s. (IČO "
                        f"{I24}) žádá o přístup k XML s výsledky voleb.\n"
                        "Produkční: 192.0.2.120 a 192.0.2.121\nTestovací: 192.0.2.125\n"
                        "Kontakt: Aleš Voráček, 353 822 400, voracek@denikkv.example\n\n"
                        "Aleš Voráček\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "yb025-docx-ballot-box-backup-row",
        "description": "DOCX form from a phone: ☑ feed, ☐ filming; a role table with a "
        "backup row (production) and a dash for test",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Vaněk & Syn, v.o.s.",
            I25,
            None,
            ["192.0.2.66", "192.0.2.67"],
            [],
            "Tomáš Vaněk",
            "vanek@malsskelisty.example",
            "+420604332118",
        ),
        "from": "Tomáš Vaněk <vanek@malsskelisty.example>",
        "subject": "Formulář XML",
        "headers": IPHONE,
        "body": "Posílám z mobilu, formulář v příloze.\n\nOdesláno z iPhonu\n",
        "attachments": [
            (
                "docx",
                "Formular.docx",
                {
                    "blocks": [
                        "Vydavatel: Vaněk & Syn, v.o.s. (Malšské listy)",
                        f"IČO: {I25}",
                        "☑ Přístup k datovému serveru (XML)",
                        "☐ Povolení k natáčení / nahrávání ve sběrném místě",
                        {
                            "rows": [
                                ["Typ adresy", "IP"],
                                ["Produkční", "192.0.2.66"],
                                ["Záložní", "192.0.2.67"],
                                ["Testovací", "—"],
                            ]
                        },
                        "Kontakt: Tomáš Vaněk, 604 332 118, vanek@malsskelisty.example",
                    ]
                },
            )
        ],
    },
    {
        "id": "yb026-databox-english-annotation-branch",
        "description": "English annotation from a foreign agency's Czech branch with a UK "
        "phone; the PDF is only a power of attorney",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Northbridge News Agency Ltd, organizační složka",
            I26,
            "e3mr5ya",
            ["198.51.100.200"],
            ["198.51.100.201"],
            "Oliver Grant",
            "o.grant@northbridge.example",
            "+442079460321",
        ),
        "subject": (
            "Application for access to the XML election results. Production IP "
            "198.51.100.200, test IP 198.51.100.201. Contact: Oliver Grant, "
            f"+44 20 7946 0321, o.grant@northbridge.example. Reg. no. (IČO) {I26}"
        ),
        "databox": {
            "box": "e3mr5ya",
            "sender": "Northbridge News Agency Ltd, organizační složka",
            "address": "Vodičkova 710/31, 110 00 Praha 1",
        },
        "attachments": [
            (
                "pdf",
                "Power_of_attorney_Grant.pdf",
                [
                    "POWER OF ATTORNEY",
                    "Northbridge News Agency Ltd, 14 Fleet Lane, London EC4A 2BB, "
                    "company no. 08812345, hereby authorises Mr Oliver Grant, born "
                    "2 March 1984, to act on behalf of its Prague branch in all matters "
                    "concerning election coverage in the Czech Republic in 2025.",
                    "London, 1 September 2025",
                    "Sarah Whitfield, Managing Director",
                ],
            )
        ],
    },
    {
        "id": "yb027-rtf-first-second-order",
        "description": "RTF letter giving roles only by order ('první … druhá'); an old "
        "reference number and a postal code nearby",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Krkonošské noviny s.r.o.",
            I27,
            None,
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Lubomír Krejčí",
            "krejci@krknoviny.example",
            "+420499871302",
        ),
        "from": "Lubomír Krejčí <krejci@krknoviny.example>",
        "subject": "Žádost Krkonošských novin",
        "headers": OUTLOOK,
        "body": "Dobrý den, v příloze naše žádost. S pozdravem L. Krejčí, 499 871 302\n",
        "attachments": [
            (
                "rtf",
                "KN_zadost.rtf",
                [
                    "Krkonošské noviny s.r.o., Zámecká 281, 543 01 Vrchlabí",
                    f"IČO {I27}",
                    "Naše zn.: KN-17/2025",
                    "Vážení, žádáme o zřízení přístupu k výsledkům voleb ve formátu XML "
                    "z IP adres 192.0.2.140 a 192.0.2.141, z nichž první bude sloužit "
                    "produkčnímu provozu a druhá pro testování.",
                    "Kontaktní osobou je Lubomír Krejčí, tel. 499 871 302, "
                    "krejci@krknoviny.example.",
                    "Lubomír Krejčí, vedoucí vydání",
                ],
            )
        ],
    },
    {
        "id": "yb028-xlsx-merged-role-cells-cp1250",
        "description": "windows-1250 cover; XLSX where the role cell is merged over two rows "
        "(Produkce A2:A3, Test A4:A5), server names beside the addresses",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Regionální vydavatelství Hradec s.r.o.",
            I28,
            None,
            ["198.51.100.80", "198.51.100.81"],
            ["198.51.100.90", "198.51.100.91"],
            "Zdeněk Mráz",
            "mraz@rvhradec.example",
            "+420495580216",
        ),
        "from": "Zdeněk Mráz <mraz@rvhradec.example>",
        "subject": "Žádost o XML – Regionální vydavatelství Hradec",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\r\n\r\nza Regionální vydavatelství Hradec s.r.o. (IČO "
            f"{I28}) žádám o přístup k výsledkům voleb ve formátu XML. Adresy jsou v "
            "přiložené tabulce.\r\n\r\nS pozdravem\r\nZdeněk Mráz\r\nsprávce serverů\r\n"
            "tel.: 495 580 216\r\n"
        ),
        "attachments": [
            (
                "xlsx",
                "IP_adresy_RVH.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Role", "IP adresa", "Server"],
                            ["Produkce", "198.51.100.80", "web1"],
                            [None, "198.51.100.81", "web2"],
                            ["Test", "198.51.100.90", "stage1"],
                            [None, "198.51.100.91", "stage2"],
                        ],
                        "merge": ["A2:A3", "A4:A5"],
                    }
                ],
            )
        ],
    },
]
