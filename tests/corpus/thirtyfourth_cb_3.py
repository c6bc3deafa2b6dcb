"""Thirty-fourth held-out part ``cb``, cases cb029–cb042: data messages asking for both types in
the annotation with a PDF letter, a TXT of IPv6 addresses, a PDF with bracket boxes, an
annotation that strikes the attached test address, an XLSX with a merged role cell and a PDF for
filming only; e-mails with a DOCX form that declines filming and writes a /31 block, a cover note
withdrawing a request from the attached PDF, a Polish broadcaster's XLSX with "respectively", a
forwarded HTML .eml, an RTF letterhead with the box ID, an empty body with a PDF ANO/NE table
from a trade name, a Slovak ODT letter and a DOCX letterhead naming a parent group's IČO.
Written by hand apart from the extraction rules (see make_thirtyfourth_cb); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyfourth_cb_common import (
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

I26, I27, I28, I29 = ico("2951406"), ico("2436871"), ico("0583914"), ico("2205369")
I30, I31, I32, I33 = ico("7104538"), ico("2698102"), ico("2681174"), ico("0470326")
I34, I35, I36, I37 = ico("2917453"), ico("3618492"), ico("2740615"), ico("2583017")
I38 = ico("0634785")

CASES: list[dict[str, Any]] = [
    {
        "id": "cb029-databox-both-types-pdf-letterhead-box",
        "description": "the annotation asks for both types and points to the PDF; the PDF has "
        "the box ID in its letterhead and a role column with Produkce (záloha) and TEST",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED, FILM],
            "Radio Orlice Media s.r.o.",
            I26,
            "k4rt7bv",
            ["203.0.113.80", "203.0.113.81"],
            ["203.0.113.88"],
            "Hana Říhová",
            "rihova@radioorlice.example",
            "+420494530771",
        ),
        "subject": "Žádáme o přístup k výsledkům voleb v XML i o povolení natáčet ve sběrném "
        "místě. Podrobnosti v přiložené žádosti.",
        "databox": {
            "box": "k4rt7bv",
            "sender": "Radio Orlice Media s.r.o.",
            "address": "T. G. Masaryka 1000, 517 41 Kostelec nad Orlicí",
        },
        "attachments": [
            (
                "pdf",
                "ROM_zadost_volby2025.pdf",
                [
                    f"<b>Radio Orlice Media s.r.o.</b> · T. G. Masaryka 1000, 517 41 Kostelec "
                    f"nad Orlicí · IČO {I26} · ID DS k4rt7bv",
                    "Věc: Žádost o přístup k výsledkům voleb (XML) a o povolení natáčení",
                    {
                        "rows": [
                            ["Zdroj", "IP"],
                            ["Produkce", "203.0.113.80"],
                            ["Produkce (záloha)", "203.0.113.81"],
                            ["TEST", "203.0.113.88"],
                        ],
                        "widths": [150, 150],
                    },
                    "Natáčet budeme ve sběrném místě ČSÚ Hradec Králové, reportér Martin "
                    "Pešek, technik Jiří Vávra.",
                    "Kontaktní osoba: Hana Říhová, programová ředitelka, tel. 494 530 771, "
                    "rihova@radioorlice.example",
                ],
            )
        ],
    },
    {
        "id": "cb030-docx-form-filming-declined-slash31",
        "description": "DOCX form: XML 'žádáme', recording 'nežádáme'; production written as a "
        "/31 block (two addresses), one test address",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Berounský občan s.r.o.",
            I27,
            None,
            ["192.0.2.60", "192.0.2.61"],
            ["192.0.2.70"],
            "Šárka Veselá",
            "vesela@berounskyobcan.example",
            "+420311624907",
        ),
        "from": "Šárka Veselá <vesela@berounskyobcan.example>",
        "subject": "žádost",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nviz příloha.\n\nŠárka Veselá\nBerounský občan\n",
        "attachments": [
            (
                "docx",
                "zadost_BO.docx",
                {
                    "blocks": [
                        "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB / POVOLENÍ POŘÍZENÍ ZÁZNAMU",
                        {
                            "rows": [
                                ["Přístup k výsledkům ve formátu XML", "žádáme"],
                                ["Povolení k pořizování záznamu", "nežádáme"],
                                ["Žadatel", "Berounský občan s.r.o."],
                                ["IČO", I27],
                                ["Produkční IP", "192.0.2.60/31"],
                                ["Testovací IP", "192.0.2.70"],
                                ["Kontaktní osoba", "Šárka Veselá"],
                                ["Telefon", "+420 311 624 907"],
                                ["E-mail", "vesela@berounskyobcan.example"],
                            ]
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "cb031-cover-withdraws-filming-from-pdf",
        "description": "the signed PDF asks for both types; the cover mail says point 2 "
        "(filming) no longer applies, so only the feed remains",
        "style": Style.AMENDING_COVER,
        "labels": L(
            [FEED],
            "Kroměřížská televize s.r.o.",
            I28,
            None,
            ["198.51.100.210"],
            ["198.51.100.211"],
            "Radim Šebesta",
            "sebesta@kmtv.example",
            "+420573338104",
        ),
        "from": "Radim Šebesta <sebesta@kmtv.example>",
        "subject": "Žádost KMTV – volby",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "posílám žádost podepsanou paní ředitelkou. Jen upozorňuji, že bod 2 (natáčení ve "
            "sběrném místě) už neplatí – štáb nakonec nepojede, žádáme tedy pouze o přístup k "
            "XML.\n\n"
            "Děkuji\nRadim Šebesta\n"
        ),
        "attachments": [
            (
                "pdf",
                "KMTV_zadost_podepsana.pdf",
                [
                    f"Kroměřížská televize s.r.o., Velké náměstí 50, 767 01 Kroměříž, IČO {I28}",
                    "Věc: Žádost",
                    "1. Žádáme o přístup k výsledkům voleb ve formátu XML. Produkční IP: "
                    "198.51.100.210, testovací IP: 198.51.100.211.",
                    "2. Žádáme o povolení natáčet ve sběrném místě ČSÚ ve Zlíně v noci ze 4. "
                    "na 5. 10. 2025 (kameraman Pavel Zbořil).",
                    "Kontaktní osoba: Radim Šebesta, tel. 573 338 104, sebesta@kmtv.example",
                    "Mgr. Dagmar Křenková, ředitelka",
                ],
            )
        ],
    },
    {
        "id": "cb032-databox-txt-ipv6",
        "description": "data message with a bare annotation and a TXT application of IPv6 "
        "addresses (two production, one test) and 'IČ:' written with a colon",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Datová žurnalistika o.p.s.",
            I29,
            "z3hn6ps",
            ["2001:db8:c0::5", "2001:db8:c0::6"],
            ["2001:db8:c0::ff"],
            "Petra Lukášová",
            "lukasova@datovazurnalistika.example",
            "+420604771290",
        ),
        "subject": "zadost o pristup k XML vysledkum, viz priloha",
        "databox": {
            "box": "z3hn6ps",
            "sender": "Datová žurnalistika o.p.s.",
            "address": "Vinohradská 112, 130 00 Praha 3",
        },
        "attachments": [
            (
                "txt",
                "zadost_DZ.txt",
                "Datová žurnalistika o.p.s.\n"
                f"IČ: {I29}\n"
                "Vinohradská 112, 130 00 Praha 3\n\n"
                "Žádáme o přístup k výsledkům voleb ve formátu XML.\n\n"
                "produkční (IPv6):\n"
                "  2001:db8:c0::5\n"
                "  2001:db8:c0::6\n"
                "testovací (IPv6):\n"
                "  2001:db8:c0::ff\n\n"
                "Kontaktní osoba: Petra Lukášová\n"
                "tel.: 604 771 290\n"
                "e-mail: lukasova@datovazurnalistika.example\n",
            )
        ],
    },
    {
        "id": "cb033-polish-english-respectively-xlsx",
        "description": "a Polish broadcaster writes English: production and test given by "
        "'respectively'; the XLSX holds Polish register numbers (KRS, NIP, REGON), no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Beskid Śląski sp. z o.o.",
            None,
            None,
            ["198.51.100.44"],
            ["198.51.100.45"],
            "Agnieszka Wójcik",
            "a.wojcik@radiobeskid.example",
            "+48338521460",
        ),
        "from": "Agnieszka Wójcik <a.wojcik@radiobeskid.example>",
        "subject": "Access to election results – Radio Beskid Śląski",
        "headers": GMAIL,
        "body": (
            "Hello,\n\n"
            "Radio Beskid Śląski would like to request access to the XML feed with the Czech "
            "election results (our listeners live on both sides of the border). The "
            "production and test servers are 198.51.100.44 and 198.51.100.45 respectively. "
            "The company details are in the attached sheet. We will not film at your "
            "collection points.\n\n"
            "Best regards,\n"
            "Agnieszka Wójcik\n"
            "Radio Beskid Śląski, Cieszyn\n"
        ),
        "attachments": [
            (
                "xlsx",
                "company_details.xlsx",
                [
                    {
                        "title": "Company",
                        "rows": [
                            ["Company name", "Radio Beskid Śląski sp. z o.o."],
                            ["Address", "ul. Głęboka 15, 43-400 Cieszyn, Poland"],
                            ["KRS", "0000318224"],
                            ["NIP", "548-271-63-90"],
                            ["REGON", "241839127"],
                            ["Contact person", "Agnieszka Wójcik"],
                            ["Phone", "+48 33 852 14 60"],
                            ["E-mail", "a.wojcik@radiobeskid.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "cb034-databox-pdf-bracket-boxes",
        "description": "a town's allowance organisation sends a PDF form with [X]/[ ] boxes "
        "(feed ticked, filming not) behind a bare annotation",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Infocentrum Bystřice, příspěvková organizace",
            I30,
            "n6bq2jx",
            ["203.0.113.120"],
            ["203.0.113.121"],
            "Lucie Králová",
            "kralova@infobystrice.example",
            "+420566590318",
        ),
        "subject": "Formulář žádosti – volby",
        "databox": {
            "box": "n6bq2jx",
            "sender": "Infocentrum Bystřice, příspěvková organizace",
            "address": "Masarykovo nám. 2, 593 01 Bystřice nad Pernštejnem",
        },
        "attachments": [
            (
                "pdf",
                "formular_zadost.pdf",
                [
                    "<b>Formulář žádosti média</b>",
                    "[X] přístup k výsledkům voleb ve formátu XML<br/>"
                    "[ ] povolení pořizovat záznam ve sběrném místě",
                    {
                        "rows": [
                            ["Žadatel", "Infocentrum Bystřice, příspěvková organizace"],
                            ["IČO", I30],
                            ["Produkční IP", "203.0.113.120"],
                            ["Testovací IP", "203.0.113.121"],
                            ["Kontakt", "Lucie Králová"],
                            ["Tel.", "566 590 318"],
                            ["E-mail", "kralova@infobystrice.example"],
                        ],
                        "widths": [110, 260],
                    },
                ],
            )
        ],
    },
    {
        "id": "cb035-forwarded-html-eml-contractor",
        "description": "an IT contractor re-sends the client's bounced HTML mail as an attached "
        "message (production/test columns); the contact is the client's editor",
        "style": Style.FORWARDED_EML,
        "labels": L(
            [FEED],
            "Prostějovský večerník, s.r.o.",
            I31,
            None,
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.149"],
            "Martina Kalinová",
            "kalinova@prostejovskyvecernik.example",
            "+420582330476",
        ),
        "from": "Libor Hrubý <hruby@itservis-hruby.example>",
        "subject": "Fwd: Žádost o přístup k XML – Prostějovský večerník",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám žádost klienta, která se mu vrátila jako nedoručitelná (příliš velký "
            "podpis s obrázky). Beze změn, kontaktujte prosím přímo paní Kalinovou.\n\n"
            "Libor Hrubý\nIT servis Hrubý, 603 552 871\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost_PV.eml",
                {
                    "id": "cb035-inner",
                    "from": "Martina Kalinová <kalinova@prostejovskyvecernik.example>",
                    "to": "podatelna@czso.cz",
                    "subject": "Žádost o přístup k XML – Prostějovský večerník",
                    "headers": OUTLOOK,
                    "html": (
                        "<html><body><p>Dobrý den,</p>"
                        f"<p>Prostějovský večerník, s.r.o., IČO {I31}, žádá o přístup k "
                        "výsledkům voleb ve formátu XML.</p>"
                        '<table border="1"><tr><th>Produkční</th><th>Testovací</th></tr>'
                        "<tr><td>198.51.100.140</td><td>198.51.100.149</td></tr>"
                        "<tr><td>198.51.100.141</td><td></td></tr></table>"
                        "<p>Kontakt: Martina Kalinová, zástupkyně šéfredaktora, "
                        "tel. 582 330 476</p>"
                        "<p>S pozdravem<br>Martina Kalinová</p></body></html>"
                    ),
                },
            )
        ],
    },
    {
        "id": "cb036-rtf-letterhead-box-both-00420",
        "description": "RTF letter with 'IČ' in groups and the box ID in the letterhead, both "
        "request types, an 00420 phone; a one-line Seznam cover",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED, FILM],
            "Rádio Mže s.r.o.",
            I32,
            "a9vx3kp",
            ["192.0.2.160"],
            ["192.0.2.169"],
            "Jana Bartošová",
            "bartosova@radiomze.example",
            "+420374621883",
        ),
        "from": "Jana Bartošová <bartosova@radiomze.example>",
        "subject": "Zadost Radio Mze",
        "headers": SEZNAM,
        "cte": "base64",
        "body": "Dobrý den, v příloze žádost. Bartošová\n",
        "attachments": [
            (
                "rtf",
                "zadost_radio_mze.rtf",
                [
                    f"Rádio Mže s.r.o.\nNáměstí 33, 349 01 Stříbro\nIČ: {I32[:3]} {I32[3:5]} "
                    f"{I32[5:]}   Datová schránka: a9vx3kp",
                    "Český statistický úřad",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení k pořízení záznamu",
                    "Žádáme o přístup k výsledkům ve formátu XML (produkční IP 192.0.2.160, "
                    "testovací IP 192.0.2.169) a o povolení nahrávat zvukový záznam ve "
                    "sběrném místě ČSÚ v Plzni.",
                    "Kontakt: Jana Bartošová, 00420 374 621 883, bartosova@radiomze.example",
                    "Jana Bartošová\nředitelka stanice",
                ],
            )
        ],
    },
    {
        "id": "cb037-databox-annotation-drops-test-address",
        "description": "the annotation strikes the test address given in the attached DOCX "
        "(they will test from production)",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Hlas Valašska s.r.o.",
            I33,
            "g5tm8vd",
            ["192.0.2.98"],
            [],
            "Ivo Zapletal",
            "zapletal@hlasvalasska.example",
            "+420571411926",
        ),
        "subject": "Žádost o XML v příloze. Doplnění: testovací adresu 192.0.2.99 škrtněte, "
        "testovat budeme z produkce.",
        "databox": {
            "box": "g5tm8vd",
            "sender": "Hlas Valašska s.r.o.",
            "address": "Palackého 210, 757 01 Valašské Meziříčí",
        },
        "attachments": [
            (
                "docx",
                "Hlas_Valasska_zadost.docx",
                {
                    "header": f"Hlas Valašska s.r.o. – IČO {I33}",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["Produkční IP adresa", "192.0.2.98"],
                                ["Testovací IP adresa", "192.0.2.99"],
                                ["Kontaktní osoba", "Ivo Zapletal"],
                                ["Telefon", "571 411 926"],
                                ["E-mail", "zapletal@hlasvalasska.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "cb038-empty-body-pdf-ano-ne-trade-name",
        "description": "empty body; PDF with ANO/NE columns (feed NE, filming ANO) from a "
        "photographer applying under his name and trade name joined by a dash",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FILM],
            "Petr Kubát – FOTO KUBÁT",
            I34,
            None,
            [],
            [],
            "Petr Kubát",
            "foto@kubat.example",
            "+420728406115",
        ),
        "from": "FOTO KUBÁT <foto@kubat.example>",
        "subject": "Žádost o povolení fotografovat – volby 2025",
        "headers": ROUNDCUBE,
        "body": "",
        "attachments": [
            (
                "pdf",
                "zadost_fotokubat.pdf",
                [
                    "<b>Žádost média – volby do Poslanecké sněmovny 2025</b>",
                    f"Žadatel: Petr Kubát – FOTO KUBÁT, IČO {I34}, Husova 8, 506 01 Jičín",
                    {
                        "rows": [
                            ["Požaduji", "ANO", "NE"],
                            ["přístup k XML výsledkům", "", "✗"],
                            ["povolení fotografovat ve sběrném místě", "✗", ""],
                        ],
                        "widths": [220, 50, 50],
                    },
                    "Fotografie pro regionální zpravodajství (sběrné místo Hradec Králové).",
                    "Kontakt: Petr Kubát, 728 406 115, foto@kubat.example",
                ],
            )
        ],
    },
    {
        "id": "cb039-databox-xlsx-merged-role-cell",
        "description": "data message: XLSX whose 'Produkce' cell is merged over two rows, "
        "with a second sheet for the contact",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Regionální zpravodajská agentura RZA s.r.o.",
            I35,
            "c8wy4rn",
            ["203.0.113.20", "203.0.113.21"],
            ["203.0.113.29"],
            "Renata Holubová",
            "holubova@rza.example",
            "+420608115274",
        ),
        "subject": "Žádost o XML přístup – tabulka IP a kontakt v příloze",
        "databox": {
            "box": "c8wy4rn",
            "sender": "Regionální zpravodajská agentura RZA s.r.o.",
            "address": "Hlavní 14, 466 01 Jablonec nad Nisou",
        },
        "attachments": [
            (
                "xlsx",
                "RZA_IP.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Role", "IP adresa", "Lokalita"],
                            ["Produkce", "203.0.113.20", "Jablonec"],
                            ["", "203.0.113.21", "Praha (záloha)"],
                            ["Test", "203.0.113.29", "Jablonec"],
                        ],
                        "merge": ["A2:A3"],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Organizace", "Regionální zpravodajská agentura RZA s.r.o."],
                            ["IČO", I35],
                            ["Kontaktní osoba", "Renata Holubová"],
                            ["Telefon", "608 115 274"],
                            ["E-mail", "holubova@rza.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cb040-slovak-odt-letter-zalozna",
        "description": "Slovak cover and ODT letter: produkčná, záložná and testovacia addresses "
        "in one sentence, filming declined, a Slovak landline",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Spišský hlas, s. r. o.",
            I36,
            None,
            ["192.0.2.230", "192.0.2.231"],
            ["192.0.2.239"],
            "Peter Hudák",
            "hudak@spisskyhlas.example",
            "+421534412887",
        ),
        "from": "Peter Hudák <hudak@spisskyhlas.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý deň,\n\n"
            "v prílohe Vám posielam žiadosť nášho vydavateľstva. V prípade otázok ma "
            "kontaktujte.\n\n"
            "S pozdravom\nPeter Hudák\n"
        ),
        "attachments": [
            (
                "odt",
                "ziadost_Spissky_hlas.odt",
                [
                    f"Spišský hlas, s. r. o., Námestie Majstra Pavla 20, 054 01 Levoča, "
                    f"IČO: {I36[:2]} {I36[2:5]} {I36[5:]}",
                    "Vec: Žiadosť o prístup k výsledkom volieb vo formáte XML",
                    "Žiadame o prístup k serveru s výsledkami volieb. Produkčná IP adresa je "
                    "192.0.2.230, záložná 192.0.2.231 a testovacia 192.0.2.239. O povolenie "
                    "na natáčanie v zbernom mieste nežiadame.",
                    "Kontaktná osoba: Peter Hudák, tel. +421 53 441 2887, "
                    "hudak@spisskyhlas.example",
                    "Mgr. Zuzana Kollárová, konateľka",
                ],
            )
        ],
    },
    {
        "id": "cb041-docx-letterhead-parent-group-ico",
        "description": "DOCX letterhead names the publisher with its IČO and its parent group "
        "with another IČO; the applicant is the publisher",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED],
            "Hradecký kurýr s.r.o.",
            I37,
            None,
            ["198.51.100.5"],
            ["198.51.100.6"],
            "Alena Novotná",
            "novotna@hradeckykuryr.example",
            "+420495118204",
        ),
        "from": "Alena Novotná <novotna@hradeckykuryr.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Hradecký kurýr",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "v příloze zasílám žádost vydavatele Hradeckého kurýra o přístup k výsledkům "
            "voleb ve formátu XML. Kontaktní osobou jsem já.\n\n"
            "S pozdravem\n"
            "Alena Novotná\n"
            "online redakce, tel. 495 118 204\n"
        ),
        "attachments": [
            (
                "docx",
                "HK_zadost.docx",
                {
                    "header": f"Hradecký kurýr s.r.o., IČO {I37} · člen skupiny Regiomedia "
                    f"Holding a.s., IČO {I38}",
                    "footer": "Gočárova třída 1620, 500 02 Hradec Králové · "
                    "www.hradeckykuryr.example",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "Žadatel: Hradecký kurýr s.r.o.",
                        "Žádáme o přístup k výsledkům voleb ve formátu XML.",
                        {
                            "rows": [
                                ["Produkční IP", "198.51.100.5"],
                                ["Testovací IP", "198.51.100.6"],
                            ]
                        },
                        "Kontakt: Alena Novotná, novotna@hradeckykuryr.example",
                        "Ing. Tomáš Brabec, jednatel",
                    ],
                },
            )
        ],
    },
    {
        "id": "cb042-databox-filming-only-pdf",
        "description": "data message for filming only: the PDF says the data server is not "
        "wanted and names the photographer as contact",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FILM],
            "Agentura FotoNews s.r.o.",
            None,
            "x7pf3ge",
            [],
            [],
            "Michal Sedlák",
            "sedlak@fotonews.example",
            "+420739115602",
        ),
        "subject": "Žádost o povolení k pořízení záznamu – příloha",
        "databox": {
            "box": "x7pf3ge",
            "sender": "Agentura FotoNews s.r.o.",
            "address": "Korunní 88, 120 00 Praha 2",
        },
        "attachments": [
            (
                "pdf",
                "zadost_FotoNews.pdf",
                [
                    "<b>Agentura FotoNews s.r.o.</b>, Korunní 88, 120 00 Praha 2",
                    "Věc: Žádost o povolení fotografovat ve sběrném místě",
                    "Žádáme pouze o povolení fotografovat ve sběrném místě ČSÚ Praha během "
                    "volební noci 4. 10. 2025. O přístup k datovému serveru s výsledky "
                    "nežádáme.",
                    "Fotograf a kontaktní osoba: Michal Sedlák, mobil 739 115 602, "
                    "sedlak@fotonews.example",
                    "Za agenturu: Kristýna Marková, jednatelka",
                ],
            )
        ],
    },
]
