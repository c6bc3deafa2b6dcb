"""Forty-first held-out part ``at``, cases at015–at028: a Slovak XLSX with merged role cells,
a data message whose annotation corrects the attached letter, a PDF whose cells wrap, an empty
body with an ODT ANO/NE form, a data message with a power of attorney, a reply with a filled
XLSX under the office's quoted request, a cover note withdrawing a ticked box, a TXT with
abbreviations and a netmask, a crew list, a signature block with the box ID, a forward with a
correction, a German form, a university's scanned-style form and an ODT full of version
numbers. Written by hand apart from the extraction rules (see make_fortyfirst_at); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyfirst_at_common import (
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    earlier,
    ico,
)

I15, I16, I17, I18, I19 = (
    ico("3641078"),
    ico("2784519"),
    ico("0493728"),
    ico("6905132"),
    ico("2618450"),
)
I20, I21, I22, I23, I24 = (
    ico("4783016"),
    ico("2539871"),
    ico("0814395"),
    ico("2957160"),
    ico("0389427"),
)
I25, I27, I28 = ico("2864013"), ico("6199841"), ico("0728564")

CASES: list[dict[str, Any]] = [
    {
        "id": "at015-slovak-xlsx-merged-role-cells",
        "description": "Slovak mail; the XLSX gives the roles in merged cells spanning rows "
        "(Produkčné over two rows, Testovacie over one), a Slovak phone",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Záhorské noviny, s. r. o.",
            I15,
            None,
            ["198.51.100.211", "198.51.100.212"],
            ["198.51.100.220"],
            "Martina Hudecová",
            "hudecova@zahorskenoviny.example",
            "+421905663018",
        ),
        "from": "Martina Hudecová <hudecova@zahorskenoviny.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb (XML)",
        "headers": GMAIL,
        "body": (
            "Dobrý deň,\n\n"
            "naše vydavateľstvo Záhorské noviny, s. r. o. (IČO "
            f"{I15}) by rado sledovalo voľby v ČR aj pre českých čitateľov na Záhorí. "
            "V prílohe posielam tabuľku s IP adresami.\n\n"
            "Kontaktná osoba: Martina Hudecová, +421 905 663 018\n\n"
            "S pozdravom\nMartina Hudecová\nonline redakcia\n"
        ),
        "attachments": [
            (
                "xlsx",
                "IP_adresy_ZN.xlsx",
                [
                    {
                        "title": "Hárok1",
                        "rows": [
                            ["Typ", "IP adresa", "Server"],
                            ["Produkčné", "198.51.100.211", "web1"],
                            [None, "198.51.100.212", "web2"],
                            ["Testovacie", "198.51.100.220", "dev"],
                        ],
                        "merge": ["A2:A3"],
                    }
                ],
            )
        ],
    },
    {
        "id": "at016-databox-annotation-corrects-phone",
        "description": "data message: the annotation says the phone in the attached DOCX is "
        "wrong and gives the right one",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Rádio Podlesí s.r.o.",
            I16,
            "h2cxw8v",
            ["192.0.2.120"],
            ["192.0.2.121"],
            "Kamil Brož",
            "broz@radiopodlesi.example",
            "+420734516208",
        ),
        "subject": "Žádost o přístup k XML. Pozor: v žádosti je chybně telefon kontaktní "
        "osoby, správně 734 516 208 (ne 734 516 280).",
        "databox": {
            "box": "h2cxw8v",
            "sender": "Rádio Podlesí s.r.o.",
            "address": "Nádražní 45, 397 01 Písek",
        },
        "attachments": [
            (
                "docx",
                "zadost_RP.docx",
                {
                    "blocks": [
                        f"Rádio Podlesí s.r.o., IČO {I16}, Nádražní 45, 397 01 Písek",
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["produkční IP", "192.0.2.120"],
                                ["testovací IP", "192.0.2.121"],
                                ["kontaktní osoba", "Kamil Brož"],
                                ["telefon", "734 516 280"],
                                ["e-mail", "broz@radiopodlesi.example"],
                            ]
                        },
                        "Písek 17. 9. 2025, Kamil Brož, vedoucí vysílání",
                    ]
                },
            )
        ],
    },
    {
        "id": "at017-pdf-wrapped-cells",
        "description": "Roundcube cover; the PDF table's narrow cells wrap two production "
        "addresses onto several lines, test addresses in their own row",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Liberecký zpravodaj, spolek",
            I17,
            None,
            ["203.0.113.70", "203.0.113.71"],
            ["203.0.113.80"],
            "Zdeněk Horák",
            "horak@lbzpravodaj.example",
            "+420485117902",
        ),
        "from": "Zdeněk Horák <horak@lbzpravodaj.example>",
        "subject": "žádost XML volby 2025",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\nv příloze žádost spolku Liberecký zpravodaj.\n\n"
            "--\nZdeněk Horák\nhorak@lbzpravodaj.example\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost.pdf",
                [
                    "Liberecký zpravodaj, spolek",
                    f"IČO {I17}, Sokolská 9, 460 01 Liberec",
                    "Žádost o přístup k volebnímu serveru (výsledky ve formátu XML)",
                    {
                        "rows": [
                            ["Položka", "Údaje"],
                            ["IP adresy pro ostrý provoz", "203.0.113.70, 203.0.113.71"],
                            ["IP adresa pro testování", "203.0.113.80"],
                            ["Kontakt", "Zdeněk Horák, předseda spolku, tel. 485 117 902"],
                        ],
                        "widths": [90, 75],
                    },
                    "V Liberci 13. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "at018-empty-body-odt-ano-ne-film-only",
        "description": "empty body, subject only; the ODT form has an ANO/NE column: feed NE, "
        "film ANO",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FILM],
            "Studio Kolín TV, s.r.o.",
            I18,
            None,
            [],
            [],
            "Veronika Slámová",
            "slamova@studiokolin.example",
            "+420321744018",
        ),
        "from": "Veronika Slámová <slamova@studiokolin.example>",
        "subject": "zadost volby - priloha",
        "headers": ZIMBRA,
        "body": "",
        "attachments": [
            (
                "odt",
                "zadost_StudioKolin.odt",
                [
                    "Žádost médií – volby 2025",
                    [
                        ["Údaj", "Vyplní žadatel"],
                        ["Název žadatele", "Studio Kolín TV, s.r.o."],
                        ["IČO", I18],
                        ["Kontaktní osoba", "Veronika Slámová"],
                        ["Telefon", "321 744 018"],
                        ["E-mail", "slamova@studiokolin.example"],
                    ],
                    [
                        ["Žádám o", "ANO / NE"],
                        ["přístup k volebnímu serveru (XML)", "NE"],
                        ["povolení natáčení na sběrném místě", "ANO"],
                    ],
                    "Produkční IP: —\nTestovací IP: —",
                    "Natáčet chceme na sběrném místě v Kolíně, štáb 3 osoby.",
                ],
            )
        ],
    },
    {
        "id": "at019-databox-docx-and-power-of-attorney",
        "description": "data message with two files, the application DOCX and a PDF power of "
        "attorney naming another person; the contact is the one the application names",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED, FILM],
            "Severomoravská mediální, a.s.",
            I19,
            "w9gm3sx",
            ["198.51.100.31", "198.51.100.32", "198.51.100.33", "198.51.100.34"],
            [],
            "Lucie Zbořilová",
            "zborilova@smmedia.example",
            "+420596227481",
        ),
        "subject": "Žádost o XML výsledky a natáčení + plná moc",
        "databox": {
            "box": "w9gm3sx",
            "sender": "Severomoravská mediální, a.s.",
            "address": "28. října 117, 702 00 Ostrava",
        },
        "attachments": [
            (
                "docx",
                "zadost_SMM_2025.docx",
                {
                    "header": f"Severomoravská mediální, a.s. | IČO {I19} | ID DS w9gm3sx",
                    "blocks": [
                        "Věc: Žádost o přístup k výsledkům voleb a povolení natáčení",
                        "Na základě plné moci jednám za společnost Severomoravská mediální, "
                        "a.s. a žádám:",
                        "a) o zřízení přístupu k volebnímu serveru pro rozsah "
                        "198.51.100.32/30 … oprava: celý rozsah je 198.51.100.31–"
                        "198.51.100.34 (4 adresy, vše produkce); testovací prostředí nemáme;",
                        "b) o povolení natáčet na sběrném místě v Ostravě.",
                        "Kontaktní osoba: Lucie Zbořilová, tel. 596 227 481, "
                        "zborilova@smmedia.example",
                        "Lucie Zbořilová, zmocněnkyně",
                    ],
                },
            ),
            (
                "pdf",
                "plna_moc.pdf",
                [
                    "PLNÁ MOC",
                    f"Severomoravská mediální, a.s., IČO {I19}, zastoupená Ing. Pavlem "
                    "Kubíčkem, předsedou představenstva (tel. 596 227 400),",
                    "zmocňuje paní Lucii Zbořilovou, nar. 4. 2. 1988, k podání žádostí "
                    "u Českého statistického úřadu souvisejících s volbami 2025.",
                    "V Ostravě dne 1. 9. 2025\nIng. Pavel Kubíček",
                ],
            ),
        ],
    },
    {
        "id": "at020-reply-with-xlsx-office-quoted",
        "description": "reply to the office's request for missing data, with a filled XLSX; "
        "the office's quoted mail carries its own phone, box and IČO",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Deník Střední Čechy s.r.o.",
            I20,
            None,
            ["203.0.113.130"],
            ["203.0.113.131"],
            "Aleš Vojtíšek",
            "vojtisek@denikstredni.example",
            "+420603907115",
        ),
        "from": "Aleš Vojtíšek <vojtisek@denikstredni.example>",
        "subject": "Re: Doplnění žádosti o přístup k XML",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\nomlouvám se, posílám doplněnou tabulku s IČO a IP adresami.\n\n"
            "S pozdravem\nAleš Vojtíšek\nDeník Střední Čechy\nmob. 603 907 115\n\n"
            "________________________________\n"
            "Od: Podatelna ČSÚ <podatelna@czso.cz>\n"
            "Odesláno: pondělí 15. září 2025 9:12\n"
            "Komu: Aleš Vojtíšek <vojtisek@denikstredni.example>\n"
            "Předmět: Doplnění žádosti o přístup k XML\n\n"
            "Dobrý den,\n\nve Vaší žádosti chybí IČO žadatele a IP adresy. Doplňte je prosím "
            "do 19. 9. 2025, e-mailem nebo do datové schránky 2gfaasy.\n\n"
            "Český statistický úřad, IČO 00025593\npodatelna, tel. 274 052 733\n"
        ),
        "attachments": [
            (
                "xlsx",
                "doplneni_DSC.xlsx",
                [
                    {
                        "title": "Doplnění",
                        "rows": [
                            ["Žadatel", "Deník Střední Čechy s.r.o."],
                            ["IČO", int(I20)],
                            ["Produkční IP", "203.0.113.130"],
                            ["Testovací IP", "203.0.113.131"],
                            ["Kontakt", "Aleš Vojtíšek"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "at021-cover-withdraws-ticked-film-box",
        "description": "the PDF form has both boxes ticked, the cover mail says the film box "
        "was ticked by mistake",
        "style": Style.COVER_CHANGE,
        "labels": L(
            [FEED],
            "Brdský hlasatel s.r.o.",
            I21,
            None,
            ["192.0.2.45"],
            [],
            "Jitka Hálová",
            "halova@brdskyhlasatel.example",
            "+420739552016",
        ),
        "from": "Jitka Hálová <halova@brdskyhlasatel.example>",
        "subject": "Žádost – volby – Brdský hlasatel",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\nposílám formulář. Ve formuláři jsem omylem zaškrtla i \n"
            "natáčení na sběrném místě – to nechceme, prosím berte v úvahu jen \n"
            "přístup k XML.\n\nDěkuji\nJitka Hálová\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular_BH.pdf",
                [
                    "FORMULÁŘ ŽÁDOSTI – MÉDIA",
                    f"Žadatel: Brdský hlasatel s.r.o.      IČO: {I21}",
                    "☒ Přístup k výsledkům voleb ve formátu XML\n"
                    "☒ Povolení k natáčení na sběrném místě",
                    "Produkční IP: 192.0.2.45\nTestovací IP: nebudeme testovat zvlášť",
                    "Kontaktní osoba: Jitka Hálová, 739 552 016, halova@brdskyhlasatel.example",
                ],
            )
        ],
    },
    {
        "id": "at022-txt-abbreviations-netmask-cp1250",
        "description": "windows-1250 cover with a TXT list: PROD with a netmask (four "
        "addresses), TST one address, a version number and a port nearby",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "NetNews CZ s.r.o.",
            I22,
            None,
            ["203.0.113.4", "203.0.113.5", "203.0.113.6", "203.0.113.7"],
            ["203.0.113.12"],
            "Radek Kubín",
            "kubin@netnews.example",
            "+420777048361",
        ),
        "from": "Radek Kubín <kubin@netnews.example>",
        "subject": "IP adresy pro volební server",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            f"za NetNews CZ s.r.o. (IČ {I22}) žádám o přístup k XML s výsledky voleb. "
            "Adresy jsou v přiloženém textovém souboru, kontaktní osobou jsem já, "
            "tel. 777 048 361.\n\nRadek Kubín\nCTO, NetNews CZ s.r.o.\n"
        ),
        "attachments": [
            (
                "txt",
                "ip_volby.txt",
                "# NetNews CZ - volby 2025, stahovac v2.4.1 (port 8443 interne)\n"
                "PROD: 203.0.113.4 255.255.255.252\n"
                "TST:  203.0.113.12\n"
                "# stara adresa 203.0.113.200 uz nepouzivame\n",
            )
        ],
    },
    {
        "id": "at023-databox-annotation-film-xlsx-crew",
        "description": "data message asking only to film, in the annotation; the XLSX is a "
        "crew list with phones, the contact is named in the annotation",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FILM],
            "ZOOM Produkce s.r.o.",
            None,
            "t6pn4dq",
            [],
            [],
            "Daniel Wolf",
            None,
            "+420725301447",
        ),
        "subject": "Žádost o povolení natáčení ve volební noc na sběrném místě Praha-"
        "východ. Kontakt: Daniel Wolf, 725 301 447. Seznam štábu v příloze. O přístup "
        "k XML nežádáme.",
        "databox": {
            "box": "t6pn4dq",
            "sender": "ZOOM Produkce s.r.o.",
            "address": "Kodaňská 44, 101 00 Praha 10",
        },
        "attachments": [
            (
                "xlsx",
                "stab_volby.xlsx",
                [
                    {
                        "title": "Štáb",
                        "rows": [
                            ["Jméno", "Funkce", "Telefon", "Číslo OP"],
                            ["Daniel Wolf", "produkční", "725 301 447", "204118733"],
                            ["Tereza Šafránková", "kamera", "728 664 090", "205731902"],
                            ["Michal Dubec", "zvuk", "604 227 138", "201449867"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "at024-html-signature-ico-and-box",
        "description": "multipart HTML mail from a news site; the IČO and the data-box ID "
        "appear only in the signature block, the addresses in a two-column table",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED],
            "Zprávy Jižní Čechy, s.r.o.",
            I24,
            "f4kv8ye",
            ["198.51.100.101"],
            ["198.51.100.102"],
            "Štěpán Mrázek",
            "mrazek@zpravyjc.example",
            "+420386401772",
        ),
        "from": "Štěpán Mrázek <mrazek@zpravyjc.example>",
        "subject": "XML výsledky voleb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nprosím o přístup k volebnímu serveru.\n\n"
            "Produkce: 198.51.100.101\nTest: 198.51.100.102\n\n"
            "Štěpán Mrázek\nZprávy Jižní Čechy, s.r.o.\n"
            f"IČ: {I24} | ID datové schránky: f4kv8ye\ntel.: +420 386 401 772\n"
        ),
        "html": (
            "<html><body><p>Dobrý den,</p><p>prosím o přístup k volebnímu serveru.</p>"
            "<table border=1><tr><td>Produkce</td><td>198.51.100.101</td></tr>"
            "<tr><td>Test</td><td>198.51.100.102</td></tr></table>"
            '<p style="color:#555;font-size:9pt"><b>Štěpán Mrázek</b><br>'
            "Zprávy Jižní Čechy, s.r.o.<br>"
            f"IČ: {I24} | ID datové schránky: f4kv8ye<br>tel.: +420 386 401 772</p>"
            "</body></html>"
        ),
    },
    {
        "id": "at025-forward-eml-with-cover-correction",
        "description": "the editor forwards last week's .eml (with an ODT) and says in the "
        "cover that its test address is no longer used and gives the new one",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Hradecký večerník a.s.",
            I25,
            None,
            ["192.0.2.70"],
            ["192.0.2.78"],
            "Irena Koubková",
            "koubkova@hkvecernik.example",
            "+420495226614",
        ),
        "from": "Irena Koubková <koubkova@hkvecernik.example>",
        "subject": "Fwd: Žádost o přístup k XML - Hradecký večerník",
        "headers": SEZNAM,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            "v příloze znovu posílám naši žádost z minulého týdne, nedostali jsme "
            "potvrzení. Jedna změna: testovací adresa 192.0.2.71 už neplatí, server jsme "
            "zrušili, nově testujeme z 192.0.2.78. Ostatní platí.\n\n"
            "Irena Koubková\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost_HV.eml",
                {
                    "id": "at025-inner",
                    "from": "Irena Koubková <koubkova@hkvecernik.example>",
                    "subject": "Žádost o přístup k XML - Hradecký večerník",
                    "date": earlier(5, 10, 41),
                    "body": "Dobrý den,\nžádost je v příloze.\nIrena Koubková\n",
                    "attachments": [
                        (
                            "odt",
                            "zadost_HV.odt",
                            [
                                f"Hradecký večerník a.s., IČO {I25}",
                                "Žádáme o přístup k výsledkům voleb ve formátu XML.",
                                [
                                    ["produkční", "192.0.2.70"],
                                    ["testovací", "192.0.2.71"],
                                ],
                                "Kontaktní osoba: Irena Koubková, 495 226 614",
                            ],
                        )
                    ],
                },
            )
        ],
    },
    {
        "id": "at026-german-docx-ja-nein",
        "description": "German cover and DOCX form with ☒ Ja / ☐ Nein per request (film "
        "Nein), a German phone, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Elbtal Nachrichten GmbH",
            None,
            None,
            ["203.0.113.240"],
            ["203.0.113.241"],
            "Jens Vogler",
            "vogler@elbtal-nachrichten.example",
            "+493514862205",
        ),
        "from": "Jens Vogler <vogler@elbtal-nachrichten.example>",
        "subject": "Antrag Zugang Wahlergebnisse (XML)",
        "headers": GMAIL,
        "body": (
            "Sehr geehrte Damen und Herren,\n\nanbei unser ausgefülltes Formular. Wir "
            "berichten für Sachsen über die Wahl in Tschechien.\n\n"
            "Mit freundlichen Grüßen\nJens Vogler\nElbtal Nachrichten GmbH, Dresden\n"
        ),
        "attachments": [
            (
                "docx",
                "Antrag_CZSO.docx",
                {
                    "blocks": [
                        "Antragsteller: Elbtal Nachrichten GmbH, Königsbrücker Str. 12, "
                        "01099 Dresden (HRB 41277)",
                        {
                            "rows": [
                                ["Antrag", "Ja", "Nein"],
                                ["Zugang zum XML-Ergebnisserver", "☒", "☐"],
                                ["Drehgenehmigung im Sammelzentrum", "☐", "☒"],
                            ]
                        },
                        "Produktions-IP: 203.0.113.240\nTest-IP: 203.0.113.241",
                        "Ansprechpartner: Jens Vogler, Tel. +49 351 4862205, "
                        "vogler@elbtal-nachrichten.example",
                    ]
                },
            )
        ],
    },
    {
        "id": "at027-databox-university-pdf-form-brackets",
        "description": "a faculty's data message; the PDF form uses [X]/[ ] and applies as the "
        "university, both requests ticked",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED, FILM],
            "Univerzita Jana Pernera v Pardubicích",
            I27,
            "m8hq5zb",
            ["198.51.100.150"],
            ["198.51.100.151"],
            "Ondřej Bárta",
            "ondrej.barta@ujp.example",
            "+420466036712",
        ),
        "subject": "Fakulta žurnalistiky - žádost volby 2025",
        "databox": {
            "box": "m8hq5zb",
            "sender": "Univerzita Jana Pernera v Pardubicích",
            "address": "Studentská 95, 532 10 Pardubice",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "FZ_zadost_CSU.pdf",
                [
                    "Univerzita Jana Pernera v Pardubicích, Fakulta žurnalistiky\n"
                    f"Studentská 95, 532 10 Pardubice, IČ {I27}",
                    "Studentská redakce fakulty připravuje volební vysílání. Žádáme o:",
                    "[X] přístup k výsledkům voleb ve formátu XML\n"
                    "[X] povolení natáčet na sběrném místě v Pardubicích",
                    "IP adresa (produkční): 198.51.100.150\nIP adresa (testovací): 198.51.100.151",
                    "Kontaktní osoba: Mgr. Ondřej Bárta, Ph.D., vedoucí redakce\n"
                    "tel. 466 036 712, ondrej.barta@ujp.example",
                    "doc. PhDr. Hana Lišková, děkanka",
                ],
            )
        ],
    },
    {
        "id": "at028-odt-version-numbers-oid",
        "description": "iPhone cover, ODT with a form version, an OID, a date and a netmask-"
        "like string that are not addresses; one production and one test address",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Valašský posel s.r.o.",
            I28,
            None,
            ["192.0.2.133"],
            ["192.0.2.134"],
            "Bohumil Janda",
            "janda@valasskyposel.example",
            "+420571844290",
        ),
        "from": "Bohumil Janda <janda@valasskyposel.example>",
        "subject": "zadost",
        "headers": IPHONE,
        "body": "Dobrý den, posílám žádost.\n\nOdesláno z iPhonu",
        "attachments": [
            (
                "odt",
                "zadost_VP.odt",
                [
                    "Formulář verze 3.2.1.4 (platný od 1.9.2025)",
                    f"Valašský posel s.r.o., IČO {I28}, Horní náměstí 2, 757 01 Valašské Meziříčí",
                    "Žádáme o přístup k XML s výsledky voleb.",
                    [
                        ["Role", "Adresa"],
                        ["produkční", "192.0.2.133"],
                        ["testovací", "192.0.2.134"],
                    ],
                    "Technická poznámka: klient ověřuje certifikát (OID 1.3.6.1.5.5.7.3.2), "
                    "stahovač běží jako služba verze 2.0.10.3.",
                    "Kontakt: Bohumil Janda, 571 844 290",
                ],
            )
        ],
    },
]
