"""Fifteenth held-out set, prefix ``ia``, cases ia015-ia028: forwards, reply threads with
quoted history, corrections, withdrawals, attachments and a data message. Written by hand."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L

F = "feed_access"
R = "recording_permit"

CASES: list[dict[str, Any]] = [
    {
        "id": "ia015-forward-from-colleague",
        "description": "editor forwards the technician's mail; the forwarded text has the addresses",
        "style": "forward",
        "from": "Hana Pokorná <pokorna@denikzapad.example>",
        "subject": "Fwd: IP pro volby",
        "body": (
            "Dobrý den, posílám níže údaje od našeho technika. Žadatel je Deník Západ s.r.o.,"
            " IČO 29381622. Kontakt pro vás jsem já, 608 419 227.\nHana Pokorná\n\n"
            "---------- Forwarded message ---------\n"
            "Od: Milan Brož <broz@denikzapad.example>\nDate: po 3. 10. v 9:12\n"
            "Subject: IP pro volby\nTo: Hana Pokorná <pokorna@denikzapad.example>\n\n"
            "Hani, ostrý 198.51.100.150 a .151, testovací 198.51.100.160. Milan\n"
        ),
        "labels": L(
            [F],
            "Deník Západ s.r.o.",
            "29381622",
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.160"],
            "Hana Pokorná",
            "pokorna@denikzapad.example",
            "+420608419227",
        ),
    },
    {
        "id": "ia016-correction-followup",
        "description": "follow-up correcting a mistyped production address; quoted original below",
        "style": "reply",
        "from": "Stanislav Hrubý <hruby@tvkrkonose.example>",
        "subject": "Re: Žádost o XML feed – OPRAVA IP",
        "body": (
            "Dobrý den,\nomlouvám se, v původní žádosti jsem spletl adresu. Správně má být"
            " 203.0.113.88, ne 203.0.113.38. Ostatní platí.\nS. Hrubý\n\n"
            "> Dne 2. 10. napsal Stanislav Hrubý <hruby@tvkrkonose.example>:\n"
            "> Dobrý den, za TV Krkonoše, s.r.o., IČO 71045261, žádáme o přístup k XML.\n"
            "> Produkční IP: 203.0.113.38, 203.0.113.39\n"
            "> Test: 203.0.113.50\n"
            "> Kontakt Stanislav Hrubý, tel. 499 871 623\n"
        ),
        "labels": L(
            [F],
            "TV Krkonoše, s.r.o.",
            "71045261",
            None,
            ["203.0.113.88", "203.0.113.39"],
            ["203.0.113.50"],
            "Stanislav Hrubý",
            "hruby@tvkrkonose.example",
            "+420499871623",
        ),
    },
    {
        "id": "ia017-withdraws-filming",
        "description": "asked for feed and filming, later in the same mail drops the filming",
        "style": "chatty",
        "from": "Lenka Matoušková <matouskova@brnenskyvecer.example>",
        "subject": "volby - feed + natáčení",
        "body": (
            "Dobrý den,\n\nBrněnský večer, a.s. (IČO 05827361) by rád získal přístup k XML"
            " výsledkům na IP 192.0.2.33 a zároveň jsme chtěli natáčet u vás na pracovišti.\n\n"
            "PS: právě mi šéf řekl, že štáb ten den nemáme, takže natáčení prosím neřešte,"
            " stačí jen ten feed.\n\nLenka Matoušková\n+420 604 880 713\n"
        ),
        "labels": L(
            [F],
            "Brněnský večer, a.s.",
            "05827361",
            None,
            ["192.0.2.33"],
            [],
            "Lenka Matoušková",
            "matouskova@brnenskyvecer.example",
            "+420604880713",
        ),
    },
    {
        "id": "ia018-pdf-form-attachment",
        "description": "short cover mail, details in an attached PDF with a table",
        "style": "attachment",
        "from": "Info Hlas Ostravy <info@hlasostravy.example>",
        "subject": "žádost – příloha",
        "body": "Dobrý den,\nv příloze zasíláme žádost o přístup k datům.\nDěkujeme\n",
        "attachments": [
            (
                "pdf",
                "zadost_xml.pdf",
                [
                    "Žádost o přístup k XML výsledkům voleb",
                    {
                        "rows": [
                            ["Žadatel", "Hlas Ostravy s.r.o."],
                            ["IČO", "28650191"],
                            ["IP ostrý provoz", "198.18.60.10, 198.18.60.11"],
                            ["IP test", "198.18.60.20"],
                            ["Kontaktní osoba", "Petra Wojnarová"],
                            ["E-mail", "wojnarova@hlasostravy.example"],
                            ["Telefon", "+420 596 118 344"],
                        ],
                        "widths": [140, 260],
                    },
                ],
            ),
        ],
        "labels": L(
            [F],
            "Hlas Ostravy s.r.o.",
            "28650191",
            None,
            ["198.18.60.10", "198.18.60.11"],
            ["198.18.60.20"],
            "Petra Wojnarová",
            "wojnarova@hlasostravy.example",
            "+420596118344",
        ),
    },
    {
        "id": "ia019-databox-txt",
        "description": "data message from a company's box, request in an attached TXT",
        "style": "databox",
        "from": "",
        "subject": "Žádost o přístup k XML výsledkům voleb",
        "databox": {"box": "k7m2q9x", "sender": "Slezská mediální, a.s.", "address": "Opava"},
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Slezská mediální, a.s., IČO 44172036, datová schránka k7m2q9x,\n"
                "žádá o přístup k XML výsledkům voleb.\n\n"
                "IP adresy pro ostrý provoz: 203.0.113.170, 203.0.113.171\n"
                "IP adresy pro testování: 203.0.113.172\n\n"
                "Kontakt: Ing. Bohumil Kratochvíl, kratochvil@slezskamedialni.example,"
                " tel. 553 640 219\n",
            ),
        ],
        "labels": L(
            [F],
            "Slezská mediální, a.s.",
            "44172036",
            "k7m2q9x",
            ["203.0.113.170", "203.0.113.171"],
            ["203.0.113.172"],
            "Bohumil Kratochvíl",
            "kratochvil@slezskamedialni.example",
            "+420553640219",
        ),
    },
    {
        "id": "ia020-reply-thread-answers-questions",
        "description": "reply to the office's questions; the answers fill the missing test address and phone",
        "style": "reply",
        "from": "Zdeněk Lukeš <lukes@kuryr.example>",
        "subject": "RE: doplnění žádosti",
        "body": (
            "Dobrý den,\n\ndoplňuji: testovací IP je 192.0.2.140, telefon 737 261 905.\n\n"
            "Zdeněk Lukeš\n\n"
            "-----Původní zpráva-----\nOd: podatelna <podatelna@czso.cz>\n"
            "Předmět: doplnění žádosti\n\nDobrý den, prosíme o doplnění testovací adresy"
            " a telefonu. Podatelna ČSÚ, tel. 274 052 733\n\n"
            "-----Původní zpráva-----\nOd: Zdeněk Lukeš\n\n"
            "Dobrý den, Kurýr Polabí s.r.o., IČO 03917266, žádá o XML feed,"
            " produkční IP 192.0.2.130.\n"
        ),
        "labels": L(
            [F],
            "Kurýr Polabí s.r.o.",
            "03917266",
            None,
            ["192.0.2.130"],
            ["192.0.2.140"],
            "Zdeněk Lukeš",
            "lukes@kuryr.example",
            "+420737261905",
        ),
    },
    {
        "id": "ia021-declined-feed-only-filming",
        "description": "TV says it does not want the XML feed, only to film; names a crew member separately",
        "style": "formal",
        "from": "Produkce Kanál 9 <produkce@kanal9.example>",
        "subject": "Povolení k natáčení – volby",
        "body": (
            "Dobrý den,\n\nspolečnost Kanál 9 Media s.r.o., IČO 26503841, žádá o povolení"
            " natáčet na sběrném místě v Plzni během zpracování výsledků. O XML feed zájem"
            " nemáme, výsledky bereme od agentury.\n\n"
            "Štáb: kameraman Ivo Beneš, zvukař Pavel Rys.\n"
            "Kontaktní osoba: Michaela Fousková, fouskova@kanal9.example, +420 720 150 664\n\n"
            "S pozdravem\nprodukce Kanál 9\n"
        ),
        "labels": L(
            [R],
            "Kanál 9 Media s.r.o.",
            "26503841",
            None,
            [],
            [],
            "Michaela Fousková",
            "fouskova@kanal9.example",
            "+420720150664",
        ),
    },
    {
        "id": "ia022-docx-attachment-old-ip",
        "description": "DOCX application lists an old server to remove and the new ones",
        "style": "attachment",
        "from": "Jan Čermák <cermak@ekonomickyctvrtek.example>",
        "subject": "Žádost XML – Ekonomický čtvrtek",
        "body": "Dobrý den, žádost v příloze. Jan Čermák\n",
        "attachments": [
            (
                "docx",
                "zadost.docx",
                {
                    "blocks": [
                        "Žádost o přístup k XML výsledkům",
                        "Žadatel: Ekonomický čtvrtek, z.s., IČO 69380210",
                        {
                            "rows": [
                                ["Adresa", "Účel"],
                                [
                                    "198.51.100.20",
                                    "původní server – již nepoužíváme, prosíme zrušit",
                                ],
                                ["198.51.100.21", "ostrý provoz"],
                                ["198.51.100.22", "ostrý provoz (záloha)"],
                                ["198.51.100.30", "testování"],
                            ]
                        },
                        "Kontakt: Jan Čermák, cermak@ekonomickyctvrtek.example, 724 551 089",
                    ]
                },
            ),
        ],
        "labels": L(
            [F],
            "Ekonomický čtvrtek, z.s.",
            "69380210",
            None,
            ["198.51.100.21", "198.51.100.22"],
            ["198.51.100.30"],
            "Jan Čermák",
            "cermak@ekonomickyctvrtek.example",
            "+420724551089",
        ),
    },
    {
        "id": "ia023-english-freelancer-filming",
        "description": "English freelance photographer wants to film counting, no company, no IČO",
        "style": "gmail",
        "from": "Sam O'Reilly <sam.oreilly.media@gmail-like.example>",
        "subject": "filming at the count?",
        "body": (
            "Hi there,\n\nI'm a freelance video journalist (Irish, based in Prague for a year)"
            " doing a short piece on how Czech elections are counted. Could I film at one of"
            " your regional processing centres on the night? Happy to follow any rules.\n\n"
            "Cheers,\nSam O'Reilly\n+353 87 412 6690\n"
        ),
        "labels": L(
            [R],
            "Sam O'Reilly",
            None,
            None,
            [],
            [],
            "Sam O'Reilly",
            "sam.oreilly.media@gmail-like.example",
            "+353874126690",
        ),
    },
    {
        "id": "ia024-xlsx-sheet-addresses",
        "description": "XLSX attachment with a sheet of addresses by role; body names applicant and contact",
        "style": "attachment",
        "from": "Tomáš Navrátil <navratil@regiony24.example>",
        "subject": "IP adresy – Regiony24",
        "body": (
            "Dobrý den,\nza Regiony 24, s.r.o. (IČO 01473956) žádám o přístup k XML"
            " výsledkům voleb. Adresy jsou v přiložené tabulce.\n\n"
            "Tomáš Navrátil\nvedoucí IT\n+420 731 008 244\n"
        ),
        "attachments": [
            (
                "xlsx",
                "ip_adresy.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["IP adresa", "prostředí"],
                            ["203.0.113.101", "produkce"],
                            ["203.0.113.102", "produkce"],
                            ["203.0.113.103", "produkce"],
                            ["203.0.113.110", "test"],
                        ],
                    },
                ],
            ),
        ],
        "labels": L(
            [F],
            "Regiony 24, s.r.o.",
            "01473956",
            None,
            ["203.0.113.101", "203.0.113.102", "203.0.113.103"],
            ["203.0.113.110"],
            "Tomáš Navrátil",
            "navratil@regiony24.example",
            "+420731008244",
        ),
    },
    {
        "id": "ia025-municipal-newsroom",
        "description": "town newsroom (city as applicant), contact is the press officer, landline only",
        "style": "formal",
        "from": "Tiskové oddělení <tisk@mesto-trebova.example>",
        "subject": "Zpravodaj města – přístup k výsledkům",
        "body": (
            "Dobrý den,\n\nMěsto Česká Třebová, IČO 25190768, vydává Zpravodaj a na webu"
            " chce zveřejňovat průběžné výsledky voleb. Prosíme o přístup k XML službě pro"
            " server 192.0.2.57.\n\nVyřizuje: Bc. Šárka Benešová, tisková mluvčí,"
            " benesova@mesto-trebova.example, tel. 465 500 131\n"
        ),
        "labels": L(
            [F],
            "Město Česká Třebová",
            "25190768",
            None,
            ["192.0.2.57"],
            [],
            "Šárka Benešová",
            "benesova@mesto-trebova.example",
            "+420465500131",
        ),
    },
    {
        "id": "ia026-two-mails-in-thread-final-range",
        "description": "reply thread: first mail gave a /29 guess, the reply narrows it to three addresses",
        "style": "reply",
        "from": "Ivana Šimková <simkova@vltava-press.example>",
        "subject": "Re: Re: XML feed Vltava Press",
        "body": (
            "Dobrý den, ještě jednou – po domluvě s hostingem platí jen tyto tři ostré"
            " adresy: 198.18.100.2, 198.18.100.3, 198.18.100.4. Celý blok /29 tedy"
            " nepovolujte. Test zůstává 198.18.100.9.\nDíky, Ivana\n\n"
            "Ivana Šimková <simkova@vltava-press.example> napsal(a):\n"
            ">> Vltava Press s.r.o., IČO 08265496, žádá o XML. Ostrý provoz"
            " 198.18.100.0/29, test 198.18.100.9. Ivana Šimková, 606 338 412\n"
        ),
        "labels": L(
            [F],
            "Vltava Press s.r.o.",
            "08265496",
            None,
            ["198.18.100.2", "198.18.100.3", "198.18.100.4"],
            ["198.18.100.9"],
            "Ivana Šimková",
            "simkova@vltava-press.example",
            "+420606338412",
        ),
    },
    {
        "id": "ia027-odt-slovak-both",
        "description": "Slovak ODT letter asking for both feed and filming, cover mail empty-ish",
        "style": "attachment",
        "from": "Ľubica Kováčová <kovacova@dennik-zahorie.example>",
        "subject": "žiadosť",
        "body": "Dobrý deň, posielam žiadosť v prílohe. Ľ. Kováčová\n",
        "attachments": [
            (
                "odt",
                "ziadost.odt",
                [
                    "Žiadosť o prístup k výsledkom volieb a o povolenie natáčania",
                    "Žiadateľ: Denník Záhorie, s. r. o. (bez českého IČO, Senica, SK)",
                    "Žiadame o prístup k XML výstupu pre produkčné adresy 203.0.113.240"
                    " a 203.0.113.241 a zároveň o povolenie nakrúcať v pražskom centre spracovania.",
                    "Kontaktná osoba: Ľubica Kováčová, +421 34 651 2290",
                ],
            ),
        ],
        "labels": L(
            [F, R],
            "Denník Záhorie, s. r. o.",
            None,
            None,
            ["203.0.113.240", "203.0.113.241"],
            [],
            "Ľubica Kováčová",
            "kovacova@dennik-zahorie.example",
            "+421346512290",
        ),
    },
    {
        "id": "ia028-rtf-test-only-later",
        "description": "RTF table with production and test; cover mail says the phone is the mobile",
        "style": "attachment",
        "from": "Roman Šebesta <sebesta@infokanal.example>",
        "subject": "Infokanál – žádost o feed (RTF)",
        "body": (
            "Dobrý den,\nposílám vyplněnou žádost. Volejte prosím na mobil 777 912 340,"
            " pevná linka v tabulce je recepce.\nRoman Šebesta\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Žádost o přístup k XML výsledkům voleb",
                    [
                        ["Žadatel", "Infokanál CZ s.r.o."],
                        ["IČO", "27563171"],
                        ["Produkce", "192.0.2.200, 192.0.2.201"],
                        ["Test", "192.0.2.205"],
                        ["Kontakt", "Roman Šebesta, sebesta@infokanal.example"],
                        ["Telefon", "212 440 100 (recepce)"],
                    ],
                ],
            ),
        ],
        "labels": L(
            [F],
            "Infokanál CZ s.r.o.",
            "27563171",
            None,
            ["192.0.2.200", "192.0.2.201"],
            ["192.0.2.205"],
            "Roman Šebesta",
            "sebesta@infokanal.example",
            "+420777912340",
        ),
    },
]
