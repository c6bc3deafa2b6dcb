"""Thirty-ninth held-out part ``an``, cases an015–an028: identifiers only in a DOCX footer,
cover mails that replace a contact or withdraw an address, XLSX and ODT forms with yes/no
columns, nested DOCX tables, a forward of an earlier application, netmasks, Slovak and German
writers and data messages whose file is the only application. Written by hand apart from the
extraction rules (see make_thirtyninth_an); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyninth_an_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    TBIRD,
    L,
    Style,
    ico,
)

I15, I16, I17, I18 = ico("2746091"), ico("0587214"), ico("2890436"), ico("2614753")
I19, I20, I21, I22 = ico("6138904"), ico("0439871"), ico("2850317"), ico("7460129")
I23, I25, I26, I27 = ico("2978012"), ico("0318467"), ico("2697103"), ico("0845913")

CASES: list[dict[str, Any]] = [
    {
        "id": "an015-docx-ids-in-footer",
        "description": "IČO and the applicant's data-box ID only in the DOCX footer; the cover "
        "mail has none",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Plzeňský obzor s.r.o.",
            I15,
            "p2oz7bq",
            ["203.0.113.12"],
            ["203.0.113.13"],
            "Lukáš Brabec",
            "brabec@plzenskyobzor.example",
            "+420377204519",
        ),
        "from": "Lukáš Brabec <brabec@plzenskyobzor.example>",
        "subject": "Žádost o přístup – Plzeňský obzor",
        "headers": APPLE,
        "flowed": True,
        "body": (
            "Dobrý den,\n\nposílám podepsanou žádost o přístup k výsledkům voleb ve "
            "formátu XML. Originál je v příloze, kdybyste potřebovali i datovou "
            "schránkou, dejte vědět.\n\nDíky\nLukáš Brabec\n"
        ),
        "attachments": [
            (
                "docx",
                "Zadost_Plzensky_obzor.docx",
                {
                    "header": "PLZEŇSKÝ OBZOR",
                    "footer": f"Plzeňský obzor s.r.o. · Americká 37, 301 00 Plzeň · "
                    f"IČO {I15} · ID datové schránky p2oz7bq · www.plzenskyobzor.example",
                    "blocks": [
                        "Český statistický úřad",
                        "Věc: Žádost o zřízení přístupu k serveru s výsledky voleb",
                        "Vážení,",
                        "naše vydavatelství žádá o přístup k volebním výsledkům ve formátu XML.",
                        "Produkční server: 203.0.113.12",
                        "Testovací server: 203.0.113.13",
                        "Kontaktní osoba: Lukáš Brabec, IT, tel. 377 204 519, "
                        "brabec@plzenskyobzor.example",
                        "S pozdravem\nRNDr. Věra Holubová, jednatelka",
                    ],
                },
            )
        ],
    },
    {
        "id": "an016-cover-replaces-contact",
        "description": "the attached PDF names a contact who is leaving; the cover mail names "
        "her replacement with his own mobile",
        "style": Style.AMENDMENT,
        "labels": L(
            [FEED],
            "Rádio Beskydy spol. s r. o.",
            I16,
            None,
            ["192.0.2.60"],
            ["192.0.2.61"],
            "David Kubala",
            "kubala@radiobeskydy.example",
            "+420739118206",
        ),
        "from": "Hana Pavlíková <pavlikova@radiobeskydy.example>",
        "subject": "žádost o přístup k XML (volby 2026)",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\nv příloze posílám naši žádost. Jen jedna změna oproti PDF: "
            "jako kontaktní osoba je tam uvedena kolegyně Nováková, která od 15. 12. "
            "odchází na mateřskou. Kontaktem bude místo ní David Kubala, "
            "kubala@radiobeskydy.example, mobil 739 118 206.\n\n"
            "S pozdravem\nHana Pavlíková\nasistentka ředitele\nRádio Beskydy\n"
            "tel. 558 401 100\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_RB.pdf",
                [
                    f"Rádio Beskydy spol. s r. o., Palackého 12, 738 01 Frýdek-Místek, IČ: {I16}",
                    "Žádost o přístup k průběžným výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["IP adresa produkčního serveru", "192.0.2.60"],
                            ["IP adresa testovacího serveru", "192.0.2.61"],
                            ["Kontaktní osoba", "Simona Nováková"],
                            ["Telefon", "605 220 914"],
                            ["E-mail", "novakova@radiobeskydy.example"],
                        ],
                        "widths": [170, 180],
                    },
                ],
            )
        ],
    },
    {
        "id": "an017-xlsx-ano-ne-film-only",
        "description": "XLSX form with an ANO/NE column: XML access NE, recording ANO; the IP "
        "rows are empty",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Studentská televize Kampus, z. s.",
            I17,
            None,
            [],
            [],
            "Adam Novotný",
            "adam.novotny@kampustv.example",
            "+420770123958",
        ),
        "from": "Adam Novotný <adam.novotny@kampustv.example>",
        "subject": "Vyplněný formulář – natáčení",
        "headers": GMAIL,
        "body": "Dobrý den, v příloze formulář. Díky, Adam Novotný (Kampus TV)\n",
        "attachments": [
            (
                "xlsx",
                "formular_media.xlsx",
                [
                    {
                        "title": "Formulář",
                        "rows": [
                            ["Položka", "Vyplňte"],
                            ["Název žadatele", "Studentská televize Kampus, z. s."],
                            ["IČO", I17],
                            ["Žádám o přístup k XML (ANO/NE)", "NE"],
                            ["Žádám o povolení natáčení (ANO/NE)", "ANO"],
                            ["Produkční IP (max. 5)", None],
                            ["Testovací IP (max. 5)", None],
                            ["Kontaktní osoba", "Adam Novotný"],
                            ["Telefon", "770 123 958"],
                            ["E-mail", "adam.novotny@kampustv.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "an018-databox-docx-nested-table",
        "description": "data message whose DOCX puts the addresses in a table nested inside "
        "a cell of the outer table",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Hanácký rozhlas a.s.",
            I18,
            "hr6tn3c",
            ["198.51.100.80", "198.51.100.81"],
            ["198.51.100.90", "198.51.100.91"],
            "Iveta Slaná",
            "slana@hanackyrozhlas.example",
            "+420585300712",
        ),
        "subject": "Žádost o přístup k serveru s výsledky voleb",
        "databox": {
            "box": "hr6tn3c",
            "sender": "Hanácký rozhlas a.s.",
            "address": "Horní náměstí 5, 779 00 Olomouc",
        },
        "attachments": [
            (
                "docx",
                "zadost_HR.docx",
                {
                    "blocks": [
                        "Hanácký rozhlas a.s.",
                        "Žádost o zřízení přístupu k výsledkům voleb (XML)",
                        {
                            "rows": [
                                ["Žadatel", f"Hanácký rozhlas a.s., IČO {I18}"],
                                ["Adresy", ""],
                                [
                                    "Kontakt",
                                    "Iveta Slaná, 585 300 712, slana@hanackyrozhlas.example",
                                ],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkční", "testovací"],
                                        ["198.51.100.80", "198.51.100.90"],
                                        ["198.51.100.81", "198.51.100.91"],
                                    ]
                                }
                            },
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "an019-odt-faculty-both",
        "description": "a faculty applies in an ODT, the university is the applicant; both "
        "requests; iso-8859-2 cover mail",
        "style": Style.COVER,
        "labels": L(
            [FEED, FILM],
            "Univerzita Jana Ámose Komenského v Lounech",
            I19,
            None,
            ["203.0.113.200"],
            [],
            "Robert Šťastný",
            "stastny@ujak-louny.example",
            "+420415777320",
        ),
        "from": "Robert Šťastný <stastny@ujak-louny.example>",
        "subject": "Žádost katedry žurnalistiky",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\nza katedru žurnalistiky zasílám žádost (ODT). Studenti by chtěli "
            "natáčet reportáž na sběrném místě a zároveň zobrazovat výsledky na "
            "fakultním webu.\n\nRobert Šťastný\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_katedra.odt",
                [
                    "Univerzita Jana Ámose Komenského v Lounech",
                    "Fakulta sociálních věd – katedra žurnalistiky",
                    f"IČO univerzity: {I19}",
                    "Žádáme o:",
                    [
                        ["přístup k výsledkům ve formátu XML", "ano"],
                        ["povolení k natáčení (sběrné místo Ústí n. L.)", "ano"],
                    ],
                    "IP adresa serveru (produkce): 203.0.113.200; testovací nepotřebujeme.",
                    "Kontakt: Mgr. Robert Šťastný, Ph.D., tel. 415 777 320",
                ],
            )
        ],
    },
    {
        "id": "an020-forward-earlier-application-changed",
        "description": "applicant forwards its own earlier mail as an .eml and changes the "
        "test address in the new text",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Liberecký zpravodaj s.r.o.",
            I20,
            None,
            ["192.0.2.20"],
            ["192.0.2.29"],
            "Jiří Mašek",
            "masek@lbzpravodaj.example",
            "+420482710335",
        ),
        "from": "Jiří Mašek <masek@lbzpravodaj.example>",
        "subject": "Fwd: žádost o přístup k výsledkům – urgence",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nna žádost z 10. 11. (v příloze) jsme zatím nedostali odpověď, "
            "posílám ji tedy znovu. Jedna změna: testovací server jsme přestěhovali, "
            "místo 192.0.2.21 platí nově 192.0.2.29. Produkce zůstává.\n\n"
            "Jiří Mašek\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost_puvodni.eml",
                {
                    "id": "an020-inner",
                    "from": "Jiří Mašek <masek@lbzpravodaj.example>",
                    "subject": "žádost o přístup k výsledkům",
                    "body": (
                        "Dobrý den,\n\nžádáme o přístup k volebním výsledkům v XML.\n\n"
                        f"Liberecký zpravodaj s.r.o., IČO {I20}\n"
                        "produkce: 192.0.2.20\ntest: 192.0.2.21\n"
                        "kontakt: Jiří Mašek, 482 710 335\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "an021-pdf-bracket-form-netmask",
        "description": "PDF form with [X]/[ ] brackets; the production address is given with a "
        "netmask (a block of four)",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Krajské noviny Vysočina a.s.",
            I21,
            None,
            ["203.0.113.16", "203.0.113.17", "203.0.113.18", "203.0.113.19"],
            [],
            "Pavel Vrba",
            "vrba@knvysocina.example",
            "+420564900411",
        ),
        "from": "Pavel Vrba <vrba@knvysocina.example>",
        "subject": "Žádost",
        "headers": OUTLOOK,
        "body": "Dobrý den, v příloze. Vrba\n",
        "attachments": [
            (
                "pdf",
                "zadost_KNV.pdf",
                [
                    "ŽÁDOST O PŘÍSTUP / POVOLENÍ – VOLBY 2026",
                    f"Žadatel: Krajské noviny Vysočina a.s.      IČO: {I21}",
                    "[X] přístup k výsledkům voleb ve formátu XML\n"
                    "[ ] povolení pořizovat obrazový a zvukový záznam",
                    "Produkční IP: 203.0.113.16 / 255.255.255.252",
                    "Testovací IP: –",
                    "Kontaktní osoba: Pavel Vrba, tel.: +420 564 900 411, vrba@knvysocina.example",
                ],
            )
        ],
    },
    {
        "id": "an022-databox-film-annotation-txt-crew",
        "description": "data message asking to film, all in the annotation; the TXT file lists "
        "the crew with their phones",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Agentura Kadr, s.r.o.",
            I22,
            "ak9pz3m",
            [],
            [],
            "Markéta Pilařová",
            None,
            "+420721650338",
        ),
        "subject": (
            "Žádost o povolení natáčet na sběrném místě Zlín dne 10. 10. 2026 (štáb viz "
            "příloha). Kontaktní osoba Markéta Pilařová, tel. 721 650 338."
        ),
        "databox": {
            "box": "ak9pz3m",
            "sender": "Agentura Kadr, s.r.o.",
            "address": "Třída Tomáše Bati 204, 760 01 Zlín",
        },
        "attachments": [
            (
                "txt",
                "stab.txt",
                "Štáb Agentura Kadr – sběrné místo Zlín\n\n"
                "1. Markéta Pilařová – produkce\n"
                "2. Tadeáš Holík – kamera, 604 118 921\n"
                "3. Ema Straková – reportérka, 733 402 117\n\n"
                f"Agentura Kadr, s.r.o., IČO {I22}\n",
            )
        ],
    },
    {
        "id": "an023-html-horizontal-role-header",
        "description": "Outlook HTML mail, roles as column headers over a single value row; "
        "an Outlook build number in the signature",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Mladoboleslavský týden s.r.o.",
            I23,
            None,
            ["198.51.100.161", "198.51.100.162"],
            ["198.51.100.169"],
            "Jan Čermák",
            "cermak@mbtyden.example",
            "+420326118740",
        ),
        "from": "Čermák Jan <cermak@mbtyden.example>",
        "subject": "Žádost o přístup k XML výsledkům",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta charset="utf-8"></head><body>'
            '<p class="MsoNormal">Dobrý den,</p>'
            f'<p class="MsoNormal">Mladoboleslavský týden s.r.o. (IČO {I23}) žádá o přístup '
            "k výsledkům voleb ve formátu XML z těchto adres:</p>"
            '<table border="1" cellspacing="0"><tr><th>Produkce 1</th><th>Produkce 2</th>'
            "<th>Test</th></tr><tr><td>198.51.100.161</td><td>198.51.100.162</td>"
            "<td>198.51.100.169</td></tr></table>"
            '<p class="MsoNormal">Kontaktní osobou jsem já.</p>'
            '<p class="MsoNormal">Jan Čermák<br>IT správce<br>mobil: +420 326 118 740</p>'
            '<p style="font-size:7pt;color:#999">Odesláno z Outlooku verze 16.0.18129.20116'
            "</p></body></html>"
        ),
    },
    {
        "id": "an024-german-agency-pdf-ipv6",
        "description": "German agency, German cover mail, English PDF with an IPv6 and an IPv4 "
        "production address and a separate test address; no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Mitteldeutsche Nachrichtenagentur GmbH",
            None,
            None,
            ["2001:db8:c0de::15", "192.0.2.215"],
            ["192.0.2.216"],
            "Matthias Krüger",
            "m.krueger@mdna.example",
            "+4934155501278",
        ),
        "from": "Matthias Krüger <m.krueger@mdna.example>",
        "subject": "Antrag auf Zugang zum XML-Wahlergebnisdienst",
        "headers": IPHONE,
        "body": (
            "Sehr geehrte Damen und Herren,\n\nanbei unser Antrag (PDF). Bei Rückfragen "
            "erreichen Sie mich unter +49 341 555 012 78.\n\nMit freundlichen Grüßen\n"
            "Matthias Krüger\nMitteldeutsche Nachrichtenagentur GmbH, Leipzig\n\n"
            "Von meinem iPhone gesendet\n"
        ),
        "attachments": [
            (
                "pdf",
                "MDNA_request_CZSO.pdf",
                [
                    "Mitteldeutsche Nachrichtenagentur GmbH – Request for access to the "
                    "election results feed (XML)",
                    {
                        "rows": [
                            ["Environment", "Address"],
                            ["Production (primary)", "2001:db8:c0de::15"],
                            ["Production (fallback)", "192.0.2.215"],
                            ["Staging / test", "192.0.2.216"],
                        ],
                        "widths": [150, 200],
                    },
                    "Contact: Matthias Krüger, m.krueger@mdna.example, +49 341 555 012 78",
                    "Registered at Amtsgericht Leipzig HRB 40217",
                ],
            )
        ],
    },
    {
        "id": "an025-databox-xlsx-old-address",
        "description": "data message with only 'dle přílohy' in the annotation; the XLSX marks "
        "one production address as old, no longer used",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Zlínské noviny a.s.",
            I25,
            "zn4wq8h",
            ["203.0.113.101", "203.0.113.102"],
            ["203.0.113.110"],
            "Simona Řezníčková",
            "reznickova@zlinskenoviny.example",
            "+420577208431",
        ),
        "subject": "Žádost o přístup k výsledkům voleb dle přílohy",
        "databox": {
            "box": "zn4wq8h",
            "sender": "Zlínské noviny a.s.",
            "address": "Kvítková 80, 760 01 Zlín",
        },
        "attachments": [
            (
                "xlsx",
                "IP_adresy_ZN.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Typ", "IP adresa", "Poznámka"],
                            ["produkční", "203.0.113.100", "STARÁ – již nepoužíváme, zrušit"],
                            ["produkční", "203.0.113.101", "nový server"],
                            ["produkční", "203.0.113.102", "záloha"],
                            ["testovací", "203.0.113.110", None],
                        ],
                    },
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Zlínské noviny a.s.", None],
                            ["IČO", I25],
                            ["Kontakt", "Simona Řezníčková"],
                            ["Tel.", "577 208 431"],
                            ["E-mail", "reznickova@zlinskenoviny.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "an026-docx-feed-unticked",
        "description": "DOCX form with the XML box left unticked and the recording box ticked; "
        "the IP lines hold placeholders",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Pavla Hrdličková",
            None,
            None,
            [],
            [],
            "Pavla Hrdličková",
            "pavla.hrdlickova@seznam-foto.example",
            "+420736902145",
        ),
        "from": "Pavla Hrdličková <pavla.hrdlickova@seznam-foto.example>",
        "subject": "Žádost o povolení fotografovat",
        "headers": IPHONE,
        "body": (
            "Dobrý den, posílám formulář, jsem fotografka na volné noze (bez IČO, "
            "fotím pro různé redakce). Díky!\nPavla Hrdličková\n736 902 145\n"
        ),
        "attachments": [
            (
                "docx",
                "formular_Hrdlickova.docx",
                {
                    "blocks": [
                        "Jméno / název žadatele: Pavla Hrdličková",
                        "IČO: ---",
                        "☐ přístup k výsledkům voleb (XML)",
                        "☒ povolení pořizovat záznam (foto) na sběrném místě",
                        "Produkční IP: ___.___.___.___",
                        "Testovací IP: ___.___.___.___",
                        "Kontakt: pavla.hrdlickova@seznam-foto.example, 736 902 145",
                    ]
                },
            )
        ],
    },
    {
        "id": "an027-empty-body-rtf-respectively",
        "description": "empty body; an RTF letter gives two addresses with roles only by their "
        "order (the first …, the second …)",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Radio Vltava Jih s.r.o.",
            I26,
            None,
            ["192.0.2.55"],
            ["192.0.2.56"],
            "Stanislav Kořínek",
            "korinek@vltavajih.example",
            "+420380711524",
        ),
        "from": "Stanislav Kořínek <korinek@vltavajih.example>",
        "subject": "",
        "headers": GMAIL,
        "body": "",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Radio Vltava Jih s.r.o., Rybářská 4, 381 01 Český Krumlov",
                    f"IČO {I26}",
                    "Vážení, žádáme o přístup k výsledkům voleb ve formátu XML z adres "
                    "192.0.2.55 a 192.0.2.56 – první je náš produkční server, druhá slouží "
                    "k testování.",
                    "Kontakt: Stanislav Kořínek, 380 711 524, korinek@vltavajih.example",
                ],
            )
        ],
    },
    {
        "id": "an028-databox-pdf-tv-both-wrapped",
        "description": "TV company's data message, PDF table with wrapped role cells, both "
        "requests; IČO spaced in groups",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Televize Západ a.s.",
            I27,
            "tz2ym5d",
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.250"],
            "Roman Koubek",
            "koubek@tvzapad.example",
            "+420353118907",
        ),
        "subject": "Žádost – přístup k XML a natáčení, volby 2026",
        "databox": {
            "box": "tz2ym5d",
            "sender": "Televize Západ a.s.",
            "address": "Bělehradská 9, 360 01 Karlovy Vary",
        },
        "attachments": [
            (
                "pdf",
                "TVZ_zadost.pdf",
                [
                    f"Televize Západ a.s., IČO {I27[:3]} {I27[3:5]} {I27[5:]}",
                    "Žádáme o (1) přístup k průběžným výsledkům voleb ve formátu XML a (2) "
                    "povolení k natáčení na sběrném místě Karlovy Vary.",
                    {
                        "rows": [
                            ["Účel adresy (produkční / testovací)", "IP"],
                            ["produkční vysílací grafika – hlavní", "198.51.100.240"],
                            ["produkční vysílací grafika – záložní", "198.51.100.241"],
                            ["testovací prostředí grafiky", "198.51.100.250"],
                        ],
                        "widths": [110, 120],
                    },
                    "Kontakt: Roman Koubek, vedoucí grafiky, 353 118 907, koubek@tvzapad.example",
                ],
            )
        ],
    },
]
