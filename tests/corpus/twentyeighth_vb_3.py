"""Twentyeighth held-out part ``vb``, cases vb029–vb042: a cover note that withdraws a box
ticked in its DOCX, a university's data message with an ODT, a reply that supplies the IČO the
office asked for with the original attached as .eml, a German TXT form, an IPv6 annotation
beside a power of attorney, XLSX row headers merged over rows, an HTML ✔ table, a letterhead
DOCX in a data message, a cover repeating its PDF, an S/MIME-signed mail with a DOCX, a data
message whose XLSX came from a contractor, a reply with a corrected PDF, a trade-name
freelancer's data message and an iPhone note with an ODT ANO/NE form. Written by hand apart
from the extraction rules (see make_twentyeighth_vb); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyeighth_vb_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MARK,
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

I29, I30, I31, I34 = ico("2577302"), ico("7083316"), ico("2603817"), ico("0521946")
I35, I36, I37, I38 = ico("2791174"), ico("4718302"), ico("0268135"), ico("2955406")
I39, I40, I41, I42 = ico("0837724"), ico("6120498"), ico("2742063"), ico("2839914")

OFFICE_SIGNATURE = (
    "> Odbor informačních technologií\n"
    "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
    "> IČO 00025593 | ID DS 2gfaasy | tel. +420 274 052 733 | podatelna@czso.cz\n"
)

CASES: list[dict[str, Any]] = [
    {
        "id": "vb029-cover-withdraws-ticked-filming",
        "description": "DOCX form ticks both boxes; the cover mail says filming is no longer "
        "wanted, so only the feed counts",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Deník Šumava s.r.o.",
            I29,
            None,
            ["198.51.100.230", "198.51.100.231"],
            ["198.51.100.239"],
            "Lucie Bartošová",
            "bartosova@deniksumava.example",
            "+420388201547",
        ),
        "from": "Lucie Bartošová <bartosova@deniksumava.example>",
        "subject": "Žádost – Deník Šumava (formulář)",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nposílám formulář. Pozor, v příloze je omylem zaškrtnuté i "
            "natáčení – to nakonec nepotřebujeme, štáb na sběrné místo nepošleme. Žádáme "
            "jen o přístup k XML.\n\nDěkuji,\nLucie Bartošová\n"
        ),
        "attachments": [
            (
                "docx",
                "formular_Sumava.docx",
                {
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb / o povolení natáčení",
                        f"Žadatel: Deník Šumava s.r.o.   IČO: {I29}",
                        f"{TICK} přístup k XML",
                        f"{TICK} natáčení na sběrném místě",
                        {
                            "rows": [
                                ["Produkční IP", "Testovací IP"],
                                ["198.51.100.230", "198.51.100.239"],
                                ["198.51.100.231", ""],
                            ]
                        },
                        "Kontakt: Lucie Bartošová, 388 201 547, bartosova@deniksumava.example",
                    ]
                },
            )
        ],
    },
    {
        "id": "vb030-databox-university-odt",
        "description": "a university's data message for its student radio (a faculty unit); "
        "ODT asks for both, production only",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED, FILM],
            "Slezská univerzita v Opavě",
            I30,
            "v3j6bqa",
            ["192.0.2.230", "192.0.2.231"],
            [],
            "Petra Lichnovská",
            "lichnovska@slu-radio.example",
            "+420553684190",
        ),
        "subject": "Žádost studentského rozhlasu FPF – volby 2025",
        "databox": {
            "box": "v3j6bqa",
            "sender": "Slezská univerzita v Opavě",
            "address": "Na Rybníčku 626/1, 746 01 Opava",
            "type": 10,
        },
        "attachments": [
            (
                "odt",
                "zadost_radio_FPF.odt",
                [
                    "Slezská univerzita v Opavě, Filozoficko-přírodovědecká fakulta",
                    f"Studentský rozhlas Radio SLU · IČO univerzity: {I30}",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML a o povolení "
                    "nahrávat zvukový záznam na sběrném místě v Opavě.",
                    [
                        ["IP adresa", "Použití"],
                        ["192.0.2.230", "produkce (vysílací server)"],
                        ["192.0.2.231", "produkce – záloha"],
                    ],
                    "Testovací adresu nepožadujeme.",
                    "Kontaktní osoba: Mgr. Petra Lichnovská, lichnovska@slu-radio.example, "
                    "553 684 190",
                ],
            )
        ],
    },
    {
        "id": "vb031-reply-ico-with-original-eml",
        "description": "reply to the office's request for a missing IČO, quoting its signature; "
        "the applicant's original application is attached as .eml and still applies",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Kladenský večerník s.r.o.",
            I31,
            None,
            ["203.0.113.190"],
            ["203.0.113.191"],
            "Milan Štěpánek",
            "stepanek@kladenskyvecernik.example",
            "+420312771054",
        ),
        "from": "Milan Štěpánek <stepanek@kladenskyvecernik.example>",
        "subject": "Re: Doplnění žádosti – chybí IČO",
        "headers": ZIMBRA,
        "body": (
            f"Dobrý den,\n\nomlouvám se, IČO je {I31[:4]} {I31[4:]}. Původní žádost "
            "přikládám ještě jednou, jinak je beze změny.\n\nMilan Štěpánek\n\n"
            "----- Původní zpráva -----\n"
            "Od: podatelna@czso.cz\n"
            "> Dobrý den,\n"
            "> ve Vaší žádosti o přístup k výsledkům voleb chybí IČO žadatele.\n"
            "> Doplňte je prosím odpovědí na tento e-mail.\n"
            ">\n" + OFFICE_SIGNATURE
        ),
        "attachments": [
            (
                "eml",
                "puvodni_zadost.eml",
                {
                    "id": "vb031-inner",
                    "from": "Milan Štěpánek <stepanek@kladenskyvecernik.example>",
                    "subject": "Žádost o přístup k výsledkům voleb",
                    "body": (
                        "Dobrý den,\n\nKladenský večerník s.r.o. žádá o přístup k výsledkům "
                        "voleb ve formátu XML.\n\n"
                        "Produkce: 203.0.113.190\nTest: 203.0.113.191\n\n"
                        "Kontakt: Milan Štěpánek, 312 771 054\n\n"
                        "S pozdravem\nMilan Štěpánek, vedoucí vydání\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "vb032-german-txt-form",
        "description": "German broadcaster, German cover; TXT form with [x]/[ ] where "
        "filming is unticked, a landline and a mobile for the contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Oberpfalz Rundfunk GmbH",
            None,
            None,
            ["198.51.100.180", "198.51.100.181"],
            ["198.51.100.189"],
            "Stefan Lehner",
            "s.lehner@oberpfalz-rundfunk.example",
            "+491715530284",
        ),
        "from": "Stefan Lehner <s.lehner@oberpfalz-rundfunk.example>",
        "subject": "Antrag Zugang Wahlergebnisse XML",
        "headers": OUTLOOK,
        "body": (
            "Sehr geehrte Damen und Herren,\n\nanbei unser ausgefülltes Formular (Textdatei). "
            "Für Rückfragen erreichen Sie mich am besten mobil.\n\n"
            "Mit freundlichen Grüßen\nStefan Lehner\nOberpfalz Rundfunk GmbH, Regensburg\n"
        ),
        "attachments": [
            (
                "txt",
                "Antrag_CSU.txt",
                "ANTRAG - Zugang zu den Wahlergebnissen\n\n"
                "Antragsteller: Oberpfalz Rundfunk GmbH, HRB 8812 Amtsgericht Regensburg\n\n"
                "[x] Zugang zum XML-Ergebnisserver\n"
                "[ ] Drehgenehmigung in Sammelstellen\n\n"
                "Produktiv-IPs: 198.51.100.180, 198.51.100.181\n"
                "Test-IP:       198.51.100.189\n\n"
                "Ansprechpartner: Stefan Lehner\n"
                "Mobil: +49 171 5530284\n"
                "Tel. (Zentrale): +49 941 600 100\n"
                "E-Mail: s.lehner@oberpfalz-rundfunk.example\n",
            )
        ],
    },
    {
        "id": "vb033-databox-annotation-ipv6",
        "description": "data message whose annotation gives IPv6 production and IPv4 test "
        "addresses; the file is an authorisation letter without addresses",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Datová žurnalistika CZ, z.s.",
            ico("2266190"),
            "k9w2ezt",
            ["2001:db8:77::20", "2001:db8:77::21"],
            ["192.0.2.77"],
            "Šárka Benešová",
            None,
            "+420702331946",
        ),
        "subject": (
            "Žádost o přístup k XML: prod 2001:db8:77::20 a 2001:db8:77::21, test "
            "192.0.2.77. Kontakt Šárka Benešová 702 331 946. Pověření v příloze."
        ),
        "databox": {
            "box": "k9w2ezt",
            "sender": "Datová žurnalistika CZ, z.s.",
            "address": "Školská 28, 110 00 Praha 1",
        },
        "attachments": [
            (
                "pdf",
                "povereni.pdf",
                [
                    f"Datová žurnalistika CZ, z.s., IČO {ico('2266190')}",
                    "POVĚŘENÍ",
                    "Spolek pověřuje Šárku Benešovou, členku výboru, jednáním s Českým "
                    "statistickým úřadem ve věci přístupu k volebním datům.",
                    "V Praze dne 5. 9. 2025\nOndřej Tichý, předseda spolku",
                ],
            )
        ],
    },
    {
        "id": "vb034-xlsx-merged-row-headers",
        "description": "XLSX whose column A carries merged role cells (Produkční A2:A4, "
        "Testovací A5:A6) and the cover names a colleague as contact",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Vltavský rozhlas s.r.o.",
            I34,
            None,
            ["203.0.113.210", "203.0.113.211", "203.0.113.212"],
            ["203.0.113.220", "203.0.113.221"],
            "Jiří Havlíček",
            "havlicek@vltavskyrozhlas.example",
            "+420607443129",
        ),
        "from": "Eva Němcová <nemcova@vltavskyrozhlas.example>",
        "subject": "Volby – IP adresy (xlsx)",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\nza Vltavský rozhlas s.r.o. žádám o přístup k XML výsledkům, "
            f"IČO {I34}. Adresy v tabulce. Technické dotazy prosím na kolegu Jiřího "
            "Havlíčka (havlicek@vltavskyrozhlas.example, 607 443 129), který je "
            "kontaktní osobou.\n\nEva Němcová\nvedoucí zpravodajství\n"
        ),
        "attachments": [
            (
                "xlsx",
                "adresy.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Role", "IP", "Hostname"],
                            ["Produkční", "203.0.113.210", "feed1.vltavskyrozhlas.example"],
                            [None, "203.0.113.211", "feed2.vltavskyrozhlas.example"],
                            [None, "203.0.113.212", "feed3.vltavskyrozhlas.example"],
                            ["Testovací", "203.0.113.220", "dev1.vltavskyrozhlas.example"],
                            [None, "203.0.113.221", "dev2.vltavskyrozhlas.example"],
                        ],
                        "merge": ["A2:A4", "A5:A6"],
                    }
                ],
            )
        ],
    },
    {
        "id": "vb035-html-check-marks-both",
        "description": "HTML-only webmail with a ✔ table for both requests and an address "
        "table whose header names the roles",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Zlínský expres, s.r.o.",
            I35,
            None,
            ["192.0.2.100"],
            ["192.0.2.101"],
            "Kamil Urban",
            "urban@zlinskyexpres.example",
            "+420577105682",
        ),
        "from": "Kamil Urban <urban@zlinskyexpres.example>",
        "subject": "Zlínský expres – žádost o XML a natáčení",
        "headers": ROUNDCUBE,
        "html": (
            "<p>Dobrý den,</p><p>Zlínský expres, s.r.o. (IČO "
            f"{I35[:2]}&nbsp;{I35[2:5]}&nbsp;{I35[5:]}) žádá:</p>"
            '<table border="1"><tr><th>Požadavek</th><th>Žádáme</th></tr>'
            f"<tr><td>Přístup k výsledkům XML</td><td>{MARK}</td></tr>"
            f"<tr><td>Natáčení na sběrném místě Zlín</td><td>{MARK}</td></tr></table>"
            '<p>Adresy:</p><table border="1"><tr><th>produkční</th><th>testovací</th></tr>'
            "<tr><td>192.0.2.100</td><td>192.0.2.101</td></tr></table>"
            "<p>Kontakt: Kamil Urban, tel. 577&nbsp;105&nbsp;682</p>"
            "<p>--<br>Kamil Urban<br>Zlínský expres</p>"
        ),
    },
    {
        "id": "vb036-databox-docx-letterhead-filming",
        "description": "data message with a DOCX whose page header is the letterhead with IČO "
        "and box ID; filming only, the XML feed explicitly not wanted",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FILM],
            "Film Podluží s.r.o.",
            I36,
            "n4c8vhu",
            [],
            [],
            "Radim Zapletal",
            "zapletal@filmpodluzi.example",
            "+420731902845",
        ),
        "subject": "Žádost o povolení natáčení",
        "databox": {
            "box": "n4c8vhu",
            "sender": "Film Podluží s.r.o.",
            "address": "Tovární 1, 690 02 Břeclav",
        },
        "attachments": [
            (
                "docx",
                "zadost_natáčení.docx",
                {
                    "header": f"FILM PODLUŽÍ s.r.o. | Tovární 1, 690 02 Břeclav | IČO {I36} | "
                    "DS n4c8vhu",
                    "blocks": [
                        "Český statistický úřad\nKrajská správa v Brně",
                        "Věc: Žádost o povolení natáčení na sběrném místě",
                        "Žádáme o povolení natočit krátký dokument o průběhu zpracování "
                        "výsledků voleb na sběrném místě v Břeclavi. Přístup k XML "
                        "výsledkům nepotřebujeme.",
                        "Štáb: Radim Zapletal (režie, kontakt), Jana Bílková (kamera).",
                        "Kontakt: tel. 731 902 845, zapletal@filmpodluzi.example",
                        "Radim Zapletal, jednatel",
                    ],
                },
            )
        ],
    },
    {
        "id": "vb037-cover-repeats-pdf",
        "description": "the cover mail and its PDF give the same application, the PDF adds a "
        "backup server labelled 'záložní'",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Chebský týden, s. r. o.",
            I37,
            None,
            ["198.51.100.50", "198.51.100.51"],
            ["198.51.100.59"],
            "Vladimír Kopecký",
            "kopecky@chebskytyden.example",
            "+420354230617",
        ),
        "from": "Vladimír Kopecký <kopecky@chebskytyden.example>",
        "subject": "Žádost o XML – Chebský týden",
        "headers": TBIRD,
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\nžádáme o přístup k výsledkům voleb v XML, hlavní server "
            "198.51.100.50, test 198.51.100.59. Podepsaná žádost je v PDF (tam je navíc "
            "záložní server).\n\nVladimír Kopecký\n354 230 617\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_podepsana.pdf",
                [
                    f"Chebský týden, s. r. o., IČO {I37}, Kamenná 9, 350 02 Cheb",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    "hlavní server: 198.51.100.50\nzáložní server: 198.51.100.51\n"
                    "testovací server: 198.51.100.59",
                    "Kontaktní osoba: Vladimír Kopecký, kopecky@chebskytyden.example, "
                    "tel. 354 230 617",
                    "V Chebu 19. 9. 2025        Vladimír Kopecký, jednatel",
                ],
            )
        ],
    },
    {
        "id": "vb038-smime-docx-named-contact",
        "description": "S/MIME-signed mail from a director with a DOCX; the contact is a named "
        "IT colleague with his own number, the director's number comes first",
        "style": Style.SIGNED,
        "labels": L(
            [FEED],
            "Mladoboleslavský deník a.s.",
            I38,
            None,
            ["203.0.113.240"],
            ["203.0.113.241"],
            "Aleš Hájek",
            "hajek.it@mbdenik.example",
            "+420720558301",
        ),
        "from": '"Ing. Richard Valenta, MBA" <valenta@mbdenik.example>',
        "subject": "Žádost o přístup k výsledkům voleb (elektronicky podepsáno)",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Dobrý den,\n\nv příloze zasílám žádost Mladoboleslavského deníku a.s. o přístup "
            "k výsledkům voleb.\n\nIng. Richard Valenta, MBA\ngenerální ředitel\n"
            "tel. 326 710 400\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_MBD.docx",
                {
                    "blocks": [
                        f"Mladoboleslavský deník a.s., IČO {I38}",
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["produkční adresa", "203.0.113.240"],
                                ["testovací adresa", "203.0.113.241"],
                                ["kontaktní osoba", "Aleš Hájek, správce IT"],
                                ["telefon", "720 558 301"],
                                ["e-mail", "hajek.it@mbdenik.example"],
                            ]
                        },
                        "Ing. Richard Valenta, MBA, generální ředitel",
                    ]
                },
            )
        ],
    },
    {
        "id": "vb039-databox-xlsx-from-contractor",
        "description": "data message from a medium; its XLSX was prepared by its IT supplier "
        "(supplier's name and phone in the sheet), the medium's editor is the contact",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Ostravské listy a.s.",
            I39,
            "y7b5rfk",
            ["192.0.2.20", "192.0.2.21"],
            ["192.0.2.29"],
            "Hedvika Malinová",
            "malinova@ostravskelisty.example",
            "+420596773210",
        ),
        "subject": (
            "Žádost o přístup k výsledkům voleb. IP adresy v tabulce od dodavatele; "
            "kontaktní osoba Hedvika Malinová, malinova@ostravskelisty.example, "
            "596 773 210."
        ),
        "databox": {
            "box": "y7b5rfk",
            "sender": "Ostravské listy a.s.",
            "address": "Nádražní 40, 702 00 Ostrava",
        },
        "attachments": [
            (
                "xlsx",
                "OL_IP_volby.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Připravil: ByteWorks s.r.o., Pavel Koudela, +420 605 118 774"],
                            ["Zákazník: Ostravské listy a.s.", f"IČO {I39}"],
                            [],
                            ["prostředí", "IP", "port"],
                            ["prod", "192.0.2.20", 443],
                            ["prod", "192.0.2.21", 443],
                            ["test", "192.0.2.29", 8443],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "vb040-reply-corrected-pdf-v2",
        "description": "reply to the office's note: the applicant sends a corrected PDF (v2) "
        "and says the first one had a wrong production address",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rokycanský zpravodaj, z.ú.",
            I40,
            None,
            ["198.51.100.115"],
            ["198.51.100.116"],
            "Monika Pešková",
            "peskova@rokzpravodaj.example",
            "+420371820554",
        ),
        "from": "Monika Pešková <peskova@rokzpravodaj.example>",
        "subject": "Re: Vaše žádost o přístup k výsledkům voleb",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\nděkuji za upozornění, v první verzi byla opravdu chybná "
            "produkční adresa (198.51.100.151). Posílám opravenou žádost "
            "zadost_v2.pdf, platí jen ta.\n\nMonika Pešková\n\n"
            "Dne 22. 9. 2025 v 9:02 podatelna@czso.cz napsal(a):\n"
            "> Dobrý den,\n"
            "> adresa 198.51.100.151 uvedená ve Vaší žádosti patří jinému žadateli.\n"
            "> Ověřte ji prosím a pošlete opravenou žádost.\n>\n" + OFFICE_SIGNATURE
        ),
        "attachments": [
            (
                "pdf",
                "zadost_v2.pdf",
                [
                    f"Rokycanský zpravodaj, z.ú., Masarykovo nám. 4, 337 01 Rokycany, IČO {I40}",
                    "Žádost o přístup k výsledkům voleb (verze 2, opravená)",
                    {
                        "rows": [
                            ["Produkční IP", "198.51.100.115"],
                            ["Testovací IP", "198.51.100.116"],
                        ],
                        "widths": [150, 150],
                    },
                    "Kontakt: Monika Pešková, 371 820 554, peskova@rokzpravodaj.example",
                ],
            )
        ],
    },
    {
        "id": "vb041-databox-trade-name-freelancer",
        "description": "a self-employed photographer's data message under a trade name joined "
        "by a dash; TXT form with the application, the annotation only a title",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FILM],
            "Pavla Richterová – Richter Foto",
            I41,
            "f6t3mcw",
            [],
            [],
            "Pavla Richterová",
            "pavla@richterfoto.example",
            "+420733208461",
        ),
        "subject": "Žádost o povolení fotografování – sběrné místo Kutná Hora",
        "databox": {
            "box": "f6t3mcw",
            "sender": "Pavla Richterová",
            "address": "Vlašská 12, 284 01 Kutná Hora",
            "type": 30,
        },
        "attachments": [
            (
                "txt",
                "zadost_fotografovani.txt",
                "ŽÁDOST\n\n"
                f"Žadatel: Pavla Richterová – Richter Foto, IČO {I41}\n"
                "Místo podnikání: Vlašská 12, 284 01 Kutná Hora\n\n"
                "Žádám o povolení pořizovat fotografie a krátké video na sběrném místě "
                "v Kutné Hoře v noci 4./5. 10. 2025 pro agenturu, se kterou spolupracuji.\n"
                "Přístup k XML datům nežádám.\n\n"
                "Kontakt: pavla@richterfoto.example, 733 208 461\n",
            )
        ],
    },
    {
        "id": "vb042-iphone-note-odt-ano-ne",
        "description": "a one-line iPhone note without diacritics; the ODT form has ANO/NE "
        "columns with both ANO and two addresses in sentences",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Radio Karlovarsko s.r.o.",
            I42,
            None,
            ["203.0.113.55", "203.0.113.56"],
            ["203.0.113.57"],
            "Tomáš Vokurka",
            "vokurka@radiokv.example",
            "+420353447021",
        ),
        "from": "Tomas Vokurka <vokurka@radiokv.example>",
        "subject": "zadost volby",
        "headers": IPHONE,
        "cte": "8bit",
        "body": "posilam zadost v priloze, diky TV\n\nOdesláno z iPhonu\n",
        "attachments": [
            (
                "odt",
                "zadost_RKV.odt",
                [
                    "Radio Karlovarsko s.r.o.",
                    f"IČO: {I42}",
                    [
                        ["Žádost o", "ANO", "NE"],
                        ["přístup k výsledkům ve formátu XML", "ANO", ""],
                        ["povolení natáčení / nahrávání", "ANO", ""],
                    ],
                    "Produkční servery: 203.0.113.55 a 203.0.113.56.",
                    "Testovací server: 203.0.113.57.",
                    "Kontaktní osoba: Tomáš Vokurka, 353 447 021, vokurka@radiokv.example",
                ],
            )
        ],
    },
]
