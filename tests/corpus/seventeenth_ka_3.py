"""Seventeenth held-out part ``ka``, cases ka029–ka042: spreadsheets, ODT and RTF files,
reply-all threads, mails forwarded as attachments, backup servers and replaced addresses
(written by hand)."""

from __future__ import annotations

from typing import Any

from tests.corpus.seventeenth_ka_common import FEED, FILM, L, Style, ico

OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
SEZNAM = [("X-Mailer", "Email.cz")]
IPHONE = [("X-Mailer", "iPhone Mail (21F90)")]

K1, K2, K3, K4 = ico("2690443"), ico("0045127"), ico("6327519"), ico("1908262")
K5, K6, K7 = ico("2554918"), ico("4733605"), ico("0380217")

CASES: list[dict[str, Any]] = [
    {
        "id": "ka029-xlsx-address-sheet",
        "description": "addresses in an XLSX sheet, the rest in a brief Outlook mail",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Mediální skupina Vysoké Mýto a.s.",
            K1,
            None,
            ["198.18.12.1", "198.18.12.2", "198.18.12.3"],
            ["198.18.13.1"],
            "Dušan Kopecký",
            "kopecky@msvm.example",
            "+420465300418",
        ),
        "from": "Dušan Kopecký <kopecky@msvm.example>",
        "subject": "XML výsledky voleb – žádost",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nMediální skupina Vysoké Mýto a.s. (IČO " + K1 + ") žádá o přístup "
            "k XML výsledků voleb. Seznam IP adres je v přiložené tabulce.\n\n"
            "Dušan Kopecký\nsíťový administrátor\nT: 465 300 418\n"
        ),
        "attachments": [
            (
                "xlsx",
                "IP_adresy.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Adresa", "Prostředí", "Poznámka"],
                            ["198.18.12.1", "produkce", "primární"],
                            ["198.18.12.2", "produkce", "sekundární"],
                            ["198.18.12.3", "produkce", "záložní"],
                            ["198.18.13.1", "test", ""],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "ka030-polish-freelancer-english",
        "description": "Polish freelancer writing in English, filming and feed, no company",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Agnieszka Zielińska",
            None,
            None,
            ["203.0.113.240"],
            [],
            "Agnieszka Zielińska",
            "a.zielinska@poczta.example",
            "+48512640988",
        ),
        "from": "Agnieszka Zielińska <a.zielinska@poczta.example>",
        "subject": "Freelance journalist - election coverage",
        "body": (
            "Hi,\n\nI'm a freelance journalist from Wrocław (no company, I work for myself). "
            "Two requests:\n - access to your XML results feed from my server 203.0.113.240\n"
            " - permission to film for about 15 minutes at a polling station in Náchod.\n\n"
            "Sorry for my Czech, it is not good enough to write this in Czech :)\n\n"
            "Agnieszka Zielińska\ntel. +48 512 640 988\n"
        ),
    },
    {
        "id": "ka031-german-agency-test",
        "description": "German agency, test environment named Testumgebung, one production server",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Ostbayerische Nachrichtenagentur GmbH & Co. KG",
            None,
            None,
            ["198.51.100.180"],
            ["198.51.100.181", "198.51.100.182"],
            "Sabine Huber",
            "huber@obna.example",
            "+499413012240",
        ),
        "from": "Sabine Huber <huber@obna.example>",
        "subject": "Antrag auf Zugang zu den XML-Wahlergebnissen",
        "body": (
            "Sehr geehrte Damen und Herren,\n\nhiermit beantragt die Ostbayerische "
            "Nachrichtenagentur GmbH & Co. KG (Regensburg) den Zugang zum XML-Dienst mit den "
            "Wahlergebnissen.\n\nProduktivserver: 198.51.100.180\n"
            "Testumgebung: 198.51.100.181 und 198.51.100.182\n\n"
            "Ansprechpartnerin: Sabine Huber, Tel. +49 941 3012240\n\n"
            "Mit freundlichen Grüßen\nSabine Huber\n"
        ),
    },
    {
        "id": "ka032-odt-municipal-newsroom",
        "description": "municipal newsroom sends an ODT letter; mail body only says see attached",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Statutární město Opava",
            K2,
            None,
            ["192.0.2.110"],
            [],
            "Lucie Vaňková",
            "vankova@opava-zpravodaj.example",
            "+420553756210",
        ),
        "from": "Lucie Vaňková <vankova@opava-zpravodaj.example>",
        "subject": "zadost - opavsky zpravodaj",
        "headers": SEZNAM,
        "body": "Dobry den, posilam zadost v priloze (odt). Dekuji, L. Vankova\n",
        "attachments": [
            (
                "odt",
                "zadost.odt",
                [
                    "Statutární město Opava, odbor kanceláře primátora – redakce Opavského zpravodaje",
                    f"IČO: {K2}",
                    "Žádáme o přístup k XML souborům s výsledky voleb z IP adresy 192.0.2.110 "
                    "(produkční prostředí). Testovací přístup nepožadujeme.",
                    "Kontaktní osoba: Lucie Vaňková, tel. 553 756 210, vankova@opava-zpravodaj.example",
                ],
            )
        ],
    },
    {
        "id": "ka033-rtf-old-word",
        "description": "RTF letter with a table of addresses from an older word processor",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Vydavatelství Krkonoše, spol. s r.o.",
            K3,
            None,
            ["203.0.113.80", "203.0.113.81"],
            ["203.0.113.88"],
            "Zdeněk Hanuš",
            "hanus@krkonose-vyd.example",
            "+420499433621",
        ),
        "from": "Zdeněk Hanuš <hanus@krkonose-vyd.example>",
        "subject": "Žádost o XML",
        "body": "Dobrý den,\nv příloze zasílám žádost.\nS pozdravem Z. Hanuš\n",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    f"Vydavatelství Krkonoše, spol. s r.o., IČO {K3}, Trutnov",
                    "Žádost o přístup k XML s výsledky voleb",
                    [
                        ["Prostředí", "IP adresa"],
                        ["ostrý provoz", "203.0.113.80"],
                        ["ostrý provoz", "203.0.113.81"],
                        ["test", "203.0.113.88"],
                    ],
                    "Kontakt: Zdeněk Hanuš, 499 433 621",
                ],
            )
        ],
    },
    {
        "id": "ka034-autocorrect-fix-inline",
        "description": "phone-typed note corrects an autocorrected address in the next line",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Hlas Valašska s.r.o.",
            K4,
            None,
            ["198.51.100.17"],
            [],
            "Vlasta Machalová",
            "machalova@hlasvalasska.example",
            "+420736118402",
        ),
        "from": "Vlasta Machalová <machalova@hlasvalasska.example>",
        "subject": "XML",
        "headers": IPHONE,
        "body": (
            f"Dobrý den, Hlas Valašska s.r.o. IČO {K4} žádá o XML, IP 198.51.100.71\n"
            "*198.51.100.17 – oprava, telefon mi to přehodil\n"
            "Machalová 736 118 402\n\nOdesláno z iPhonu\n"
        ),
    },
    {
        "id": "ka035-reply-all-cc",
        "description": "reply-all thread with colleagues in copy; the sender names herself contact",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Severočeské noviny a.s.",
            K5,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.155"],
            "Klára Benešová",
            "benesova@scnoviny.example",
            "+420475100820",
        ),
        "from": "Klára Benešová <benesova@scnoviny.example>",
        "cc": "Jaroslav Fiala <fiala@scnoviny.example>, it@scnoviny.example",
        "subject": "RE: XML volby – potvrzení adres",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\npotvrzuji za Severočeské noviny a.s. (IČO " + K5 + "), že platí "
            "adresy, které poslal kolega Fiala níže. Kontaktní osobou budu já, telefon 475 100 820.\n\n"
            "Klára Benešová\nvedoucí digitálu\n\n"
            "From: Jaroslav Fiala\nSent: Tuesday\nTo: Klára Benešová\nCc: it@scnoviny.example\n"
            "Subject: XML volby – potvrzení adres\n\n"
            "Kláro, pro volební XML: produkce 192.0.2.150 a .151, test 192.0.2.155. "
            "Jarda (mobil 602 880 114)\n"
        ),
    },
    {
        "id": "ka036-html-switchboard-and-mobile",
        "description": "HTML-only signature with switchboard and mobile; the mobile is the contact's",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Rádio Impuls Morava s.r.o.",
            K6,
            None,
            ["198.18.55.5", "198.18.55.6"],
            [],
            "Patrik Vlček",
            "vlcek@impulsmorava.example",
            "+420731904455",
        ),
        "from": "Patrik Vlček <vlcek@impulsmorava.example>",
        "subject": "Žádost o přístup – výsledky voleb XML",
        "headers": OUTLOOK,
        "html": (
            "<p>Dobrý den,</p><p>společnost <b>Rádio Impuls Morava s.r.o.</b> žádá o přístup "
            "k XML s výsledky voleb z adres 198.18.55.5 a 198.18.55.6 (produkce). Testovací "
            "adresy nepotřebujeme.</p><p>S pozdravem</p>"
            "<table style='font-size:9pt'><tr><td><b>Patrik Vlček</b><br>technik vysílání</td>"
            "<td>Mobil: +420 731 904 455<br>Ústředna: +420 542 100 100<br>"
            f"IČO: {K6}</td></tr></table>"
        ),
    },
    {
        "id": "ka037-slovak-tv-ipv6-block-both",
        "description": "Slovak TV asks for feed and filming; production as an IPv6 /126",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Televízia Dunaj, a.s.",
            None,
            None,
            ["2001:db8:77::4", "2001:db8:77::5", "2001:db8:77::6", "2001:db8:77::7"],
            [],
            "Peter Baláž",
            "balaz@tvdunaj.example",
            "+421903554120",
        ),
        "from": "Peter Baláž <balaz@tvdunaj.example>",
        "subject": "Žiadosť – voľby: dáta a nakrúcanie",
        "body": (
            "Dobrý deň,\n\nTelevízia Dunaj, a.s. (Bratislava) žiada:\n"
            "1. o prístup k XML s výsledkami volieb – produkčný rozsah 2001:db8:77::4/126, "
            "test nepožadujeme;\n2. o povolenie nakrúcať vo volebnej miestnosti v Brne počas "
            "sčítania hlasov.\n\nKontakt: Peter Baláž, +421 903 554 120\n\nĎakujem\nPeter Baláž\n"
        ),
    },
    {
        "id": "ka038-forwarded-as-attachment",
        "description": "forward as an attached message: the original request is inside the .eml",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Deník Podřipsko s.r.o.",
            K7,
            None,
            ["203.0.113.5", "203.0.113.6"],
            ["203.0.113.7"],
            "Milan Šebek",
            "sebek@podripsko.example",
            "+420416770219",
        ),
        "from": "Milan Šebek <sebek@podripsko.example>",
        "subject": "Fwd: Žádost o přístup k XML",
        "headers": [("User-Agent", "Roundcube Webmail/1.6.6")],
        "body": (
            "Dobrý den,\n\npřeposílám svou žádost z minulého týdne, na kterou nám zatím nikdo "
            "neodpověděl. Je v příloze.\n\nMilan Šebek\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost.eml",
                {
                    "id": "ka038-inner",
                    "from": "Milan Šebek <sebek@podripsko.example>",
                    "subject": "Žádost o přístup k XML",
                    "body": (
                        f"Dobrý den,\n\nDeník Podřipsko s.r.o., IČO {K7}, žádá o přístup k XML "
                        "s výsledky voleb.\nAdresy pro ostrý provoz: 203.0.113.5, 203.0.113.6\n"
                        "Testovací adresa: 203.0.113.7\n\nMilan Šebek, šéfredaktor, tel. 416 770 219\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "ka039-english-freelancer-nickname",
        "description": "American freelancer signs with a nickname, asks only to film",
        "style": Style.GMAIL,
        "labels": L(
            [FILM],
            "Robert Kowalski",
            None,
            None,
            [],
            [],
            "Robert Kowalski",
            "rob.kowalski.docs@mail.example",
            "+13125550147",
        ),
        "from": "Robert Kowalski <rob.kowalski.docs@mail.example>",
        "subject": "filming permission?",
        "headers": [("X-Mailer", "Gmail")],
        "body": (
            "hey there,\n\nI'm an independent documentary filmmaker from Chicago, in Prague "
            "for the elections. Could I get permission to shoot a few minutes of b-roll at a "
            "polling station on election day? Just me and a small camera. I don't need any "
            "data access.\n\nthanks a lot!\nRob\n+1 312 555 0147\n"
        ),
    },
    {
        "id": "ka040-no-diacritics-backup",
        "description": "long mail without diacritics; the backup server counts as production",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Noviny Prostejovska s.r.o.",
            ico("2963114"),
            None,
            ["192.0.2.21", "192.0.2.22"],
            ["192.0.2.30"],
            "Ales Dostal",
            "dostal@noviny-pv.example",
            "+420774215566",
        ),
        "from": "Ales Dostal <dostal@noviny-pv.example>",
        "subject": "zadost o pristup k vysledkum voleb",
        "headers": SEZNAM,
        "body": (
            "Dobry den,\n\npisu za Noviny Prostejovska s.r.o., ICO " + ico("2963114") + ". "
            "Loni jsme vysledky stahovali z webu a bylo to pomale, tak bychom letos chteli "
            "pristup k XML primo.\n\nHlavni server 192.0.2.21, zalozni server 192.0.2.22 "
            "(kdyby hlavni spadl). Na testovani pouzijeme 192.0.2.30.\n\n"
            "Kdyztak me zastihnete na 774 215 566.\n\nDiky, Ales Dostal\n"
        ),
    },
    {
        "id": "ka041-databox-docx-signature-box",
        "description": "data message from a publisher with a DOCX; the box ID repeated in the signature",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vydavatelství Šumava a.s.",
            ico("4618259"),
            "s3vq8mp",
            ["198.51.100.130", "198.51.100.131"],
            ["198.51.100.135"],
            "Jitka Procházková",
            "prochazkova@vydsumava.example",
            "+420376410229",
        ),
        "subject": "Žádost o přístup k XML výsledků voleb",
        "databox": {
            "box": "s3vq8mp",
            "sender": "Vydavatelství Šumava a.s.",
            "address": "Náměstí 1, Klatovy",
        },
        "attachments": [
            (
                "docx",
                "zadost.docx",
                {
                    "blocks": [
                        "Vydavatelství Šumava a.s.",
                        "Žádost o přístup k XML s výsledky voleb",
                        "Produkční IP adresy: 198.51.100.130, 198.51.100.131",
                        "Testovací IP adresa: 198.51.100.135",
                        "Kontaktní osoba: Jitka Procházková, 376 410 229, prochazkova@vydsumava.example",
                    ],
                    "footer": "Vydavatelství Šumava a.s. · IČO "
                    + ico("4618259")
                    + " · ID DS s3vq8mp",
                },
            )
        ],
    },
    {
        "id": "ka042-old-address-replaced",
        "description": "the message says one listed address is old and replaced by a new one",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Pražský kurýr media s.r.o.",
            ico("0814273"),
            None,
            ["203.0.113.140", "203.0.113.142"],
            [],
            "Tereza Hájková",
            "hajkova@prazskykuryr.example",
            "+420725331006",
        ),
        "from": "Tereza Hájková <hajkova@prazskykuryr.example>",
        "subject": "Volby – XML, aktualizace adres",
        "headers": [("X-Mailer", "Apple Mail (2.3774)")],
        "body": (
            "Dobrý den,\n\nžádáme o přístup k XML výsledků voleb. Loni jsme měli povolené "
            "203.0.113.140 a 203.0.113.141; adresa .141 už se nepoužívá, nahradila ji "
            "203.0.113.142. Letos tedy prosím 203.0.113.140 a 203.0.113.142, obě produkční.\n\n"
            "Tereza Hájková\nvedoucí vývoje | mobil 725 331 006\n"
            "Jan Kříž | šéfredaktor | 222 510 300 | kriz@prazskykuryr.example\n"
            f"Pražský kurýr media s.r.o. | IČO {ico('0814273')}\n"
        ),
    },
]
