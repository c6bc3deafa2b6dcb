"""Thirtieth held-out part ``xb``, cases xb015–xb028: a data message with the application in
the annotation and a power of attorney attached, a DOCX with its letterhead in the page header
and a nested table, a reply to the office's request for completion with an XLSX, a forwarded
original whose contact is replaced, tick-mark forms, windows-1250 and iso-8859-2 mails with RTF
and PDF tables whose cells wrap, a university faculty, a trade name joined by a dash, a German
Ja/Nein form and a cover note that withdraws a request ticked in its form. Written by hand apart
from the extraction rules (see make_thirtieth_xb); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtieth_xb_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I15, I16, I17, I18, I19 = (
    ico("2690417"),
    ico("4826153"),
    ico("0583926"),
    ico("2751806"),
    ico("6037241"),
)
I20, I21, I22, I23, I24 = (
    ico("4418279"),
    ico("2609735"),
    ico("0893412"),
    ico("2805164"),
    ico("0021622"),
)
I25, I26, I28 = ico("7650381"), ico("2594720"), ico("4936108")

CASES: list[dict[str, Any]] = [
    {
        "id": "xb015-databox-annotation-power-of-attorney",
        "description": "data message from the publisher's box with the application in the "
        "annotation; the attached PDF is a power of attorney for the agency whose man is contact",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Hanácký večerník a.s.",
            I15,
            "hv6t2ma",
            ["203.0.113.120", "203.0.113.121"],
            [],
            "Aleš Krejčí",
            "krejci@webovka-agentura.example",
            "+420777208415",
        ),
        "subject": (
            "Hanácký večerník a.s. žádá o přístup k XML výsledkům voleb z IP 203.0.113.120 a "
            "203.0.113.121 (obě produkční, test nepotřebujeme). Technický kontakt: Aleš Krejčí, "
            "krejci@webovka-agentura.example, 777 208 415 (plná moc v příloze)"
        ),
        "databox": {
            "box": "hv6t2ma",
            "sender": "Hanácký večerník a.s.",
            "address": "Palackého 5, 796 01 Prostějov",
        },
        "attachments": [
            (
                "pdf",
                "plna_moc_Webovka.pdf",
                [
                    "<b>PLNÁ MOC</b>",
                    f"Hanácký večerník a.s., IČO {I15}, se sídlem Palackého 5, 796 01 Prostějov, "
                    "zastoupená předsedou představenstva Ing. Vladimírem Koutným,",
                    "zmocňuje",
                    f"Webovka agentura s.r.o., IČO {ico('0519284')}, se sídlem Kollárova 9, "
                    "779 00 Olomouc, zastoupenou Alešem Krejčím,",
                    "k jednání s Českým statistickým úřadem ve věci zřízení a správy přístupu "
                    "k výsledkům voleb ve formátu XML, včetně sdělování IP adres.",
                    "V Prostějově dne 8. 9. 2025\n\nIng. Vladimír Koutný\n\nPlnou moc přijímám: "
                    "Aleš Krejčí",
                ],
            )
        ],
    },
    {
        "id": "xb016-docx-header-letterhead-nested-table",
        "description": "DOCX whose letterhead with IČO and box ID is only in the page header; "
        "the addresses in a table nested in a cell",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED],
            "Mediapress Vysočina, spol. s r.o.",
            I16,
            "mv9c4ds",
            ["192.0.2.170", "192.0.2.171"],
            ["192.0.2.175"],
            "Tereza Janoušková",
            "janouskova@mpvysocina.example",
            "+420567301928",
        ),
        "from": '"Ing. Tereza Janoušková" <janouskova@mpvysocina.example>',
        "subject": "Žádost o zřízení přístupu – volby do PS 2025",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze posílám žádost. Prosím o potvrzení přijetí.\n\n"
            "Tereza Janoušková\n"
        ),
        "attachments": [
            (
                "docx",
                "MPV_zadost_2025.docx",
                {
                    "header": f"Mediapress Vysočina, spol. s r.o. · Komenského 1190/8, 586 01 "
                    f"Jihlava · IČO {I16} · datová schránka mv9c4ds",
                    "footer": "Bankovní spojení: 2701184533/2010 · www.mpvysocina.example",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        "Vážení, žádáme o přístup pro náš zpravodajský portál. Údaje:",
                        {
                            "rows": [
                                ["Položka", "Údaj"],
                                ["Servery", ""],
                                [
                                    "Kontakt",
                                    "Ing. Tereza Janoušková, 567 301 928, "
                                    "janouskova@mpvysocina.example",
                                ],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkce", "192.0.2.170"],
                                        ["produkce", "192.0.2.171"],
                                        ["test", "192.0.2.175"],
                                    ]
                                }
                            },
                        },
                        "S pozdravem\nIng. Tereza Janoušková, vedoucí IT",
                    ],
                },
            )
        ],
    },
    {
        "id": "xb017-reply-to-office-completion-xlsx",
        "description": "reply to the office's request to complete the application; the quoted "
        "office mail has its own box, IČO and phone; the new data in an XLSX",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Krokodýl s.r.o.",
            I17,
            None,
            ["198.51.100.66"],
            ["198.51.100.67"],
            "Michal Vondrák",
            "vondrak@radiokrokodyl.example",
            "+420603554129",
        ),
        "from": "Michal Vondrák <vondrak@radiokrokodyl.example>",
        "subject": "Re: Doplnění žádosti o přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\ndoplňuji dle Vaší výzvy – IP adresy jsou v přiložené tabulce, "
            f"IČO naší společnosti Rádio Krokodýl s.r.o. je {I17}.\n\n"
            "Michal Vondrák\nRádio Krokodýl s.r.o.\ntel. 603 554 129\n\n"
            "Dne 10. 9. 2025 v 9:02 podatelna@czso.cz napsal(a):\n"
            "> Vážený pane Vondráku,\n"
            "> Vaše žádost neobsahuje IČO žadatele ani IP adresy. Doplňte je prosím\n"
            "> odpovědí na tento e-mail nebo datovou zprávou do schránky 2gfaasy.\n"
            ">\n"
            "> Český statistický úřad, IČO 00025593\n"
            "> oddělení podatelny, tel. 274 052 733\n"
        ),
        "attachments": [
            (
                "xlsx",
                "IP_Krokodyl.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Typ", "IP", "Poznámka"],
                            ["PROD", "198.51.100.66", "encoder + web"],
                            ["TST", "198.51.100.67", "jen do 30. 9."],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "xb018-forward-own-original-contact-replaced",
        "description": "the applicant forwards its own earlier application as .eml; the new text "
        "keeps the addresses and replaces the contact person",
        "style": Style.FORWARD_EML,
        "labels": L(
            [FEED],
            "Krkonošský deník s.r.o.",
            I18,
            None,
            ["203.0.113.30"],
            ["203.0.113.31"],
            "Petra Šubrtová",
            "subrtova@krkonossky.example",
            "+420731582604",
        ),
        "from": "Karel Bém <bem@krkonossky.example>",
        "subject": "Fwd: Žádost o přístup k XML – změna kontaktu",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "přikládám naši žádost z minulého týdne. IP adresy i ostatní údaje v ní zůstávají, "
            "jen já od 1. 10. v redakci končím, takže kontaktní osobou bude místo mě kolegyně "
            "Petra Šubrtová, subrtova@krkonossky.example, tel. 731 582 604.\n\n"
            "Děkuji, Karel Bém\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost o pristup k XML.eml",
                {
                    "id": "xb018-inner-original",
                    "from": "Karel Bém <bem@krkonossky.example>",
                    "subject": "Žádost o přístup k XML",
                    "body": (
                        "Dobrý den,\n\n"
                        f"Krkonošský deník s.r.o. (IČO {I18}) žádá o přístup k výsledkům voleb "
                        "ve formátu XML.\n"
                        "produkční IP: 203.0.113.30\ntestovací IP: 203.0.113.31\n"
                        "kontakt: Karel Bém, 604 917 235\n\n"
                        "S pozdravem\nKarel Bém\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "xb019-databox-docx-tick-marks",
        "description": "data message, annotation only names the matter; the DOCX form marks "
        "requests with ✔ and ✘ (feed ✔, recording ✘) and lists three production addresses",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Zlínské listy, z. s.",
            I19,
            "zl8b3qf",
            ["198.51.100.220", "198.51.100.221", "198.51.100.222"],
            ["198.51.100.229"],
            "Igor Machala",
            "machala@zlinskelisty.example",
            "+420732406851",
        ),
        "subject": "Volby 2025 – žádost médií",
        "databox": {
            "box": "zl8b3qf",
            "sender": "Zlínské listy, z. s.",
            "address": "třída Tomáše Bati 204, 760 01 Zlín",
        },
        "attachments": [
            (
                "docx",
                "formular_ZL.docx",
                {
                    "blocks": [
                        "Žadatel: Zlínské listy, z. s.",
                        f"IČ: {I19}",
                        {
                            "rows": [
                                ["Požadavek", "Ano/Ne"],
                                ["Přístup k XML výsledkům", "✔"],
                                ["Natáčení / fotografování na sběrném místě", "✘"],
                            ]
                        },
                        "Produkční IP: 198.51.100.220, 198.51.100.221, 198.51.100.222",
                        "Testovací IP: 198.51.100.229",
                        "Kontakt: Igor Machala, tel. 732 406 851, machala@zlinskelisty.example",
                    ]
                },
            )
        ],
    },
    {
        "id": "xb020-cp1250-base64-rtf-row-headers",
        "description": "windows-1250 base64 mail, RTF letter with a table whose first column "
        "holds the roles; a switchboard and a mobile, the mobile is the contact's",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Slovácké noviny s.r.o.",
            I20,
            None,
            ["192.0.2.210"],
            ["192.0.2.211"],
            "Zdeněk Hrubý",
            "hruby@slovackenoviny.example",
            "+420606339172",
        ),
        "from": "Zdeněk Hrubý <hruby@slovackenoviny.example>",
        "subject": "Žádost o přístup k volebním výsledkům",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "cte": "base64",
        "body": (
            "Dobrý den,\n\nžádost posílám v příloze (RTF z našeho redakčního systému).\n\n"
            "Zdeněk Hrubý\nSlovácké noviny s.r.o.\nústředna 572 540 100\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_SN.rtf",
                [
                    f"Slovácké noviny s.r.o., Masarykovo nám. 21, 686 01 Uherské Hradiště, "
                    f"IČO {I20}",
                    "Žádáme o zpřístupnění výsledků voleb ve formátu XML:",
                    [
                        ["Produkční IP", "192.0.2.210"],
                        ["Testovací IP", "192.0.2.211"],
                        ["Kontakt", "Zdeněk Hrubý, mobil 606 339 172"],
                    ],
                    "Ústředna redakce: 572 540 100",
                ],
            )
        ],
    },
    {
        "id": "xb021-iso88592-pdf-wrapped-roles",
        "description": "iso-8859-2 mail; the PDF table's narrow cells wrap role labels that "
        "combine primary and backup production onto several lines",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Pražský zpravodaj, a. s.",
            I21,
            None,
            ["203.0.113.90", "203.0.113.91"],
            ["203.0.113.95"],
            "Lukáš Tichý",
            "tichy@prazskyzpravodaj.example",
            "+420222913604",
        ),
        "from": "Lukas Tichy <tichy@prazskyzpravodaj.example>",
        "subject": "Zadost o XML - Prazsky zpravodaj",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\nv příloze žádost Pražského zpravodaje. Kontakt viz tabulka.\n\n"
            "Lukáš Tichý\n"
        ),
        "attachments": [
            (
                "pdf",
                "PZ_zadost.pdf",
                [
                    f"Pražský zpravodaj, a. s. – IČO {I21}",
                    "Žádost o přístup k serveru s výsledky voleb",
                    {
                        "rows": [
                            [
                                "Účel adresy (primární i záložní produkční server)",
                                "203.0.113.90, 203.0.113.91",
                            ],
                            ["Účel adresy (testovací prostředí redakce)", "203.0.113.95"],
                            [
                                "Kontaktní osoba pro technické záležitosti",
                                "Lukáš Tichý, +420 222 913 604, tichy@prazskyzpravodaj.example",
                            ],
                        ],
                        "widths": [95, 110],
                    },
                ],
            )
        ],
    },
    {
        "id": "xb022-databox-both-annotation-and-pdf",
        "description": "data message: the annotation states the request and the applicant, the "
        "attached PDF gives the addresses and the contact",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED, FILM],
            "Rozhlasová stanice Lumír, s.r.o.",
            I22,
            "rl5v7hn",
            ["192.0.2.20"],
            ["192.0.2.21"],
            "Irena Pálková",
            "palkova@radiolumir.example",
            "+420495177302",
        ),
        "subject": (
            f"Rozhlasová stanice Lumír, s.r.o., IČO {I22}: žádost o přístup k výsledkům v XML a "
            "o povolení nahrávat na sběrném místě v Hradci Králové. Podrobnosti v příloze."
        ),
        "databox": {
            "box": "rl5v7hn",
            "sender": "Rozhlasová stanice Lumír, s.r.o.",
            "address": "Gočárova třída 512, 500 02 Hradec Králové",
        },
        "attachments": [
            (
                "pdf",
                "podrobnosti.pdf",
                [
                    "Podrobnosti k žádosti – Rádio Lumír",
                    {
                        "rows": [
                            ["IP (ostrý provoz)", "192.0.2.20"],
                            ["IP (testy)", "192.0.2.21"],
                            ["Nahrávání", "reportér + technik, 3. 10. 2025 od 22:00"],
                            ["Kontakt", "Irena Pálková, 495 177 302, palkova@radiolumir.example"],
                        ],
                        "widths": [120, 300],
                    },
                ],
            )
        ],
    },
    {
        "id": "xb023-xlsx-ano-ne-and-versions",
        "description": "XLSX form with an ANO/NE column per request (feed NE, recording ANO); "
        "the technical sheet still lists software versions and a subnet that are not asked for",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Nezávislá televize Plzeň s.r.o.",
            I23,
            None,
            [],
            [],
            "Jiří Kalousek",
            "kalousek@ntvplzen.example",
            "+420377219450",
        ),
        "from": "Jiří Kalousek <kalousek@ntvplzen.example>",
        "subject": "Žádost NTV Plzeň – formulář XLSX",
        "headers": GMAIL,
        "body": (
            "Dobrý den, posílám vyplněnou tabulku. Letos jen natáčení, data ze serveru "
            "bereme od agentury.\n\nJiří Kalousek\nNTV Plzeň\n"
        ),
        "attachments": [
            (
                "xlsx",
                "NTV_formular.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Nezávislá televize Plzeň s.r.o."],
                            ["IČO", I23],
                            ["", ""],
                            ["Požadavek", "ANO/NE"],
                            ["Přístup k XML výsledkům", "NE"],
                            ["Natáčení na sběrném místě", "ANO"],
                            ["", ""],
                            ["Kontaktní osoba", "Jiří Kalousek"],
                            ["Telefon", "377 219 450"],
                            ["E-mail", "kalousek@ntvplzen.example"],
                        ],
                    },
                    {
                        "title": "Technika",
                        "rows": [
                            ["Přenosový vůz", "OB-2"],
                            ["Firmware kodéru", "4.12.0.3"],
                            ["Síť vozu", "10.20.0.0/24"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "xb024-university-faculty-pdf-ipv6",
        "description": "a faculty applies through a PDF letter; the applicant is the university; "
        "IPv6 production, IPv4 test, the faculty's IČO is the university's",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED],
            "Univerzita Jana Amose Komenského v Mladé Boleslavi",
            I24,
            None,
            ["2001:db8:a0b::20"],
            ["198.51.100.44"],
            "Vít Šafránek",
            "safranek@fsv.ujak-mb.example",
            "+420326711840",
        ),
        "from": '"doc. Vít Šafránek Ph.D." <safranek@fsv.ujak-mb.example>',
        "subject": "Žádost o přístup k výsledkům voleb – výzkumný projekt",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nv příloze zasílám žádost naší fakulty o přístup k datům. "
            "Děkuji za vyřízení.\n\nVít Šafránek\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_FSV.pdf",
                [
                    "<b>Univerzita Jana Amose Komenského v Mladé Boleslavi</b>\n"
                    f"Fakulta sociálních věd · IČO {I24}",
                    "Katedra mediálních studií připravuje pro volební noc živou analýzu výsledků "
                    "se studenty žurnalistiky. Žádáme proto o přístup k serveru s výsledky ve "
                    "formátu XML.",
                    "Produkční server: 2001:0db8:0a0b:0000:0000:0000:0000:0020\n"
                    "Testovací server: 198.51.100.44",
                    "Kontakt: doc. Vít Šafránek, Ph.D., tel. 326 711 840, "
                    "safranek@fsv.ujak-mb.example",
                    "prof. Hana Lorencová, děkanka",
                ],
            )
        ],
    },
    {
        "id": "xb025-empty-body-odt-trade-name",
        "description": "subject-only mail, an ODT from a sole trader naming herself with a "
        "trade name joined by a dash",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Alena Bradáčová – Bradáč Data",
            I25,
            None,
            ["203.0.113.240"],
            [],
            "Alena Bradáčová",
            "alena@bradacdata.example",
            "+420775604183",
        ),
        "from": "Alena Bradáčová <alena@bradacdata.example>",
        "subject": "Žádost o přístup k XML výsledkům (příloha ODT)",
        "headers": SEZNAM,
        "body": "",
        "attachments": [
            (
                "odt",
                "zadost_BradacData.odt",
                [
                    f"Žadatel: Alena Bradáčová – Bradáč Data, IČO {I25}",
                    "Jsem OSVČ, dodávám volební grafiku regionálním webům.",
                    "Prosím o přístup k výsledkům voleb ve formátu XML z adresy 203.0.113.240 "
                    "(VPS). Testovat budu ze stejné adresy.",
                    "Kontakt: alena@bradacdata.example, 775 604 183",
                    "Alena Bradáčová, 14. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "xb026-databox-txt-recording",
        "description": "data message from a TV's box: annotation asks to film, the attached TXT "
        "lists the crew and the contact; no feed",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FILM],
            "Kanál 8 Liberec s.r.o.",
            I26,
            "k8lb2vz",
            [],
            [],
            "Roman Holeček",
            "holecek@kanal8.example",
            "+420485132077",
        ),
        "subject": "Žádost o povolení natáčení na sběrném místě Liberec, volby 3.–4. 10. 2025",
        "databox": {
            "box": "k8lb2vz",
            "sender": "Kanál 8 Liberec s.r.o.",
            "address": "Jablonecká 710, 460 01 Liberec",
        },
        "attachments": [
            (
                "txt",
                "stab.txt",
                "Kanál 8 Liberec s.r.o.\n"
                f"IČO {I26}\n\n"
                "Štáb pro natáčení na sběrném místě:\n"
                "- Roman Holeček, redaktor (kontaktní osoba), 485 132 077, "
                "holecek@kanal8.example\n"
                "- Bohumil Tvrdík, kameraman, 728 310 446\n\n"
                "Výsledky ze serveru nepotřebujeme.\n",
            )
        ],
    },
    {
        "id": "xb027-german-docx-ja-nein",
        "description": "German broadcaster, English cover, DOCX form in German with Ja/Nein "
        "(feed Ja, filming Nein); a German phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Elbland Medien GmbH",
            None,
            None,
            ["198.51.100.180"],
            ["198.51.100.181"],
            "Jens Würfel",
            "wuerfel@elbland-medien.example",
            "+493514120775",
        ),
        "from": "Jens Würfel <wuerfel@elbland-medien.example>",
        "subject": "Request: XML election results / Antrag Wahlergebnisse",
        "headers": OUTLOOK,
        "body": (
            "Dear Sir or Madam,\n\nattached is our request form (in German, sorry – our legal "
            "department insists). We cover the Czech election for our Saxon audience.\n\n"
            "Kind regards\nJens Würfel\n"
        ),
        "attachments": [
            (
                "docx",
                "Antrag_CZSO_Elbland.docx",
                {
                    "blocks": [
                        "Antrag auf Zugang zu den Wahlergebnissen (XML)",
                        "Antragsteller: Elbland Medien GmbH, Königsbrücker Str. 96, 01099 Dresden "
                        "(HRB 41873, Amtsgericht Dresden)",
                        {
                            "rows": [
                                ["Leistung", "Ja", "Nein"],
                                ["Zugang zum XML-Ergebnisserver", "X", ""],
                                ["Dreharbeiten an den Sammelstellen", "", "X"],
                            ]
                        },
                        "Produktiv-IP: 198.51.100.180",
                        "Test-IP: 198.51.100.181",
                        "Ansprechpartner: Jens Würfel, Tel. +49 351 4120775, "
                        "wuerfel@elbland-medien.example",
                    ]
                },
            )
        ],
    },
    {
        "id": "xb028-cover-withdraws-ticked-recording",
        "description": "the attached DOCX form ticks both requests, the cover mail withdraws the "
        "recording and moves one production address to test",
        "style": Style.COVER_CHANGES,
        "labels": L(
            [FEED],
            "Ostravské ráno s.r.o.",
            I28,
            None,
            ["192.0.2.50"],
            ["192.0.2.52"],
            "Barbora Kubíčková",
            "kubickova@ostravskerano.example",
            "+420596400218",
        ),
        "from": "Barbora Kubíčková <kubickova@ostravskerano.example>",
        "subject": "Žádost – Ostravské ráno",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "posílám formulář, který vyplnil kolega ještě minulý měsíc. Dvě změny proti "
            "příloze: natáčení na sběrném místě už nepotřebujeme (nemáme štáb), a adresa "
            "192.0.2.52 není produkční, ale testovací. Produkční zůstává jen 192.0.2.50.\n\n"
            "Kontaktní osobou jsem já.\n\n"
            "Barbora Kubíčková\nOstravské ráno s.r.o.\n596 400 218\n"
        ),
        "attachments": [
            (
                "docx",
                "formular_OR.docx",
                {
                    "blocks": [
                        "Žadatel: Ostravské ráno s.r.o.",
                        f"IČO: {I28}",
                        "☑ Přístup k výsledkům voleb (XML)",
                        "☑ Pořizování záznamu na sběrném místě",
                        {
                            "rows": [
                                ["Produkční IP", "192.0.2.50, 192.0.2.52"],
                                ["Testovací IP", ""],
                                ["Kontakt", "Vilém Řezníček, 732 880 614"],
                            ]
                        },
                    ]
                },
            )
        ],
    },
]
