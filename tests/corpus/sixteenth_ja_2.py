"""Cases ja015–ja028 of the sixteenth held-out part (written by hand, see make_sixteenth_ja)."""

from __future__ import annotations

from tests.corpus.label_rules import L, ico
from tests.corpus.sixteenth_ja_common import (
    FEED,
    FILM,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    THUNDERBIRD,
    Case,
    Style,
)

ICO_OSTRAVA = ico("2569017")
ICO_DENIK = ico("4730562")
ICO_MASARYK = ico("0021622")
ICO_NETRADIO = ico("0973314")
ICO_HLAS = ico("2718440")
ICO_ZLIN = ico("0028378")
ICO_INFO = ico("0539971")
ICO_TERRA = ico("2846107")

CASES: list[Case] = [
    {
        "id": "ja015-top-posted-reply-mobile",
        "description": "top-posted reply; signature has office line and mobile, text says mobile",
        "style": Style.REPLY,
        "from": "Veronika Tichá <veronika.ticha@ostravskyexpres.example>",
        "subject": "Re: Re: přístup k XML",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den, posílám doplnění, o které jste žádali: testovací server máme "
            "192.0.2.130. Během volební noci mě prosím shánějte na mobilu, v kanceláři nebudu.\n\n"
            "Veronika Tichá\nOstravský expres a.s.\nkancelář: 596 120 400\nmobil: 739 455 210\n\n"
            "From: Veronika Tichá\nSent: 2. září 2026 9:15\n\n"
            f"> Ostravský expres a.s., IČO {ICO_OSTRAVA}, žádá o přístup k XML výsledkům.\n"
            "> Ostrá adresa: 203.0.113.211\n"
        ),
        "labels": L(
            FEED,
            "Ostravský expres a.s.",
            ICO_OSTRAVA,
            None,
            ["203.0.113.211"],
            ["192.0.2.130"],
            "Veronika Tichá",
            "veronika.ticha@ostravskyexpres.example",
            "+420739455210",
        ),
    },
    {
        "id": "ja016-declines-filming",
        "description": "says explicitly they do not ask for filming; feed only, no test address",
        "style": Style.THUNDERBIRD,
        "from": "Roman Beneš <benes@denikzapad.example>",
        "subject": "Volby 2026 – žádost o data",
        "headers": THUNDERBIRD,
        "body": (
            "Vážení,\n\nza společnost Deník Západ s.r.o. (IČO "
            f"{ICO_DENIK}) žádám o přístup k datové službě s výsledky voleb. O povolení "
            "k natáčení tentokrát nežádáme, fotograf bude jen na náměstí.\n\n"
            "IP pro ostrý provoz: 198.18.40.5\nTestovací prostředí nemáme.\n\n"
            "Roman Beneš\nvedoucí online\nbenes@denikzapad.example | 606 781 223\n"
        ),
        "labels": L(
            FEED,
            "Deník Západ s.r.o.",
            ICO_DENIK,
            None,
            ["198.18.40.5"],
            [],
            "Roman Beneš",
            "benes@denikzapad.example",
            "+420606781223",
        ),
    },
    {
        "id": "ja017-double-forward-secretary",
        "description": "secretary forwards a forward; the named contact is inside the chain",
        "style": Style.FORWARD,
        "from": "Sekretariát rektora <sekretariat@muni-test.example>",
        "subject": "Fwd: Fwd: XML data pro volební studio",
        "body": (
            "Dobrý den,\nz pověření pana prorektora přeposíláme žádost naší fakulty.\n"
            "S pozdravem\nsekretariát\n\n"
            "---------- Forwarded message ---------\nOd: Filip Kovář <kovar@fss.muni-test.example>\n"
            "Date: čt 3. 9. 2026 v 14:02\nSubject: Fwd: XML data pro volební studio\n\n"
            "Prosím o přeposlání na ČSÚ.\n\n"
            "---------- Forwarded message ---------\nOd: Filip Kovář\n\n"
            f"Masarykova univerzita (IČO {ICO_MASARYK}), Fakulta sociálních studií, žádá o "
            "přístup k XML výsledků pro studentské volební studio.\n"
            "Produkce: 198.51.100.12, 198.51.100.13\nTest: 198.51.100.14\n"
            "Kontakt: Mgr. Filip Kovář, kovar@fss.muni-test.example, 549 491 932\n"
        ),
        "labels": L(
            FEED,
            "Masarykova univerzita",
            ICO_MASARYK,
            None,
            ["198.51.100.12", "198.51.100.13"],
            ["198.51.100.14"],
            "Filip Kovář",
            "kovar@fss.muni-test.example",
            "+420549491932",
        ),
    },
    {
        "id": "ja018-databox-docx",
        "description": "data message from an internet radio with a DOCX letter",
        "style": Style.DATABOX,
        "from": "x@x.example",
        "subject": "Žádost – XML výsledky",
        "databox": {
            "box": "r4tn8pw",
            "sender": "NetRádio Morava, z.s.",
            "address": "Masarykovo nám. 3, 586 01 Jihlava",
            "type": 30,
        },
        "attachments": [
            (
                "docx",
                "zadost_netradio.docx",
                {
                    "header": "NetRádio Morava, z.s.",
                    "blocks": [
                        "Věc: žádost o přístup k XML výsledkům voleb",
                        f"Spolek NetRádio Morava, z.s., IČO {ICO_NETRADIO}, žádá o zpřístupnění "
                        "datové služby.",
                        {
                            "rows": [
                                ["Ostrý provoz", "192.0.2.90"],
                                ["Testy", "192.0.2.91, 192.0.2.92"],
                            ]
                        },
                        "Kontakt: Šárka Pokorná, pokorna@netradiomorava.example, tel. 603 917 440",
                        "Šárka Pokorná, předsedkyně spolku",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "NetRádio Morava, z.s.",
            ICO_NETRADIO,
            "r4tn8pw",
            ["192.0.2.90"],
            ["192.0.2.91", "192.0.2.92"],
            "Šárka Pokorná",
            "pokorna@netradiomorava.example",
            "+420603917440",
        ),
    },
    {
        "id": "ja019-seznam-two-liner-slash31",
        "description": "seznam two-liner without diacritics; a /31 for production",
        "style": Style.PHONE,
        "from": "David Horak <d.horak@hlasregionu.example>",
        "subject": "xml",
        "headers": SEZNAM,
        "body": (
            f"Hlas regionu s.r.o., ICO {ICO_HLAS}, chceme XML vysledky, ostry 203.0.113.70/31, "
            "test neni.\nHorak 725 300 918\n"
        ),
        "labels": L(
            FEED,
            "Hlas regionu s.r.o.",
            ICO_HLAS,
            None,
            ["203.0.113.70", "203.0.113.71"],
            [],
            "David Horak",
            "d.horak@hlasregionu.example",
            "+420725300918",
        ),
    },
    {
        "id": "ja020-english-photographer-filming",
        "description": "foreign freelance videographer asks only to film, no organisation",
        "style": Style.FOREIGN,
        "from": "Sam O'Neill <sam.oneill.video@mailbox.example>",
        "subject": "Filming permission - election night",
        "body": (
            "Hi there,\n\nI'm a freelance video journalist based in Dublin, working on a short "
            "documentary about how Czech votes are counted. Could I get permission to film "
            "(handheld camera only, no lights) at a collection point in Brno on election "
            "night? I don't need any data access.\n\nThanks a lot,\nSam O'Neill\n"
            "+353 87 214 5590\n"
        ),
        "labels": L(
            FILM,
            "Sam O'Neill",
            None,
            None,
            [],
            [],
            "Sam O'Neill",
            "sam.oneill.video@mailbox.example",
            "+353872145590",
        ),
    },
    {
        "id": "ja021-followup-adds-test",
        "description": "second mail adds a test address the first forgot; both mails in one thread",
        "style": Style.FOLLOWUP,
        "from": "Zlínské noviny <online@zlinskenoviny.example>",
        "subject": "Re: Žádost o XML – zapomněli jsme test",
        "body": (
            "Ještě jednou dobrý den, v původní žádosti chybí testovací adresa, je to "
            "203.0.113.180. Jinak vše platí.\nMichaela Zedníková\n\n"
            "----- Původní zpráva -----\nOd: Zlínské noviny <online@zlinskenoviny.example>\n"
            "Odesláno: 4. 9. 2026 11:20\n\n"
            f"Zlínské noviny, spol. s r.o., IČO {ICO_ZLIN}, žádají o přístup k XML "
            "výsledkům. Ostré adresy: 203.0.113.170, 203.0.113.171, 203.0.113.172.\n"
            "Kontaktní osoba Michaela Zedníková, zednikova@zlinskenoviny.example, "
            "+420 577 004 391.\n"
        ),
        "labels": L(
            FEED,
            "Zlínské noviny, spol. s r.o.",
            ICO_ZLIN,
            None,
            ["203.0.113.170", "203.0.113.171", "203.0.113.172"],
            ["203.0.113.180"],
            "Michaela Zedníková",
            "zednikova@zlinskenoviny.example",
            "+420577004391",
        ),
    },
    {
        "id": "ja022-old-address-dropped",
        "description": "mentions last year's address that is no longer used",
        "style": Style.OUTLOOK,
        "from": '"Bartoš, Ivan" <ivan.bartos@infocentrum24.example>',
        "subject": "Přístup k výsledkům voleb – Infocentrum 24",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nloni jsme od vás data brali na adresu 198.51.100.250, ten server "
            "jsme ale zrušili. Letos prosím povolte 198.51.100.66 a 198.51.100.67 (obě "
            "produkce), testovat budeme z 198.51.100.68.\n\n"
            f"Infocentrum 24 s.r.o., IČO {ICO_INFO}\nIvan Bartoš, CTO\n+420 736 118 009\n"
        ),
        "labels": L(
            FEED,
            "Infocentrum 24 s.r.o.",
            ICO_INFO,
            None,
            ["198.51.100.66", "198.51.100.67"],
            ["198.51.100.68"],
            "Ivan Bartoš",
            "ivan.bartos@infocentrum24.example",
            "+420736118009",
        ),
    },
    {
        "id": "ja023-municipal-xlsx",
        "description": "town newsroom sends an XLSX with addresses; the mail names the contact",
        "style": Style.ATTACHMENT,
        "from": "Jan Šulc <sulc@mesto-pisek.example>",
        "subject": "Písecký zpravodaj – žádost o XML",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\nMěsto Písek, IČO 00249998, vydává Písecký zpravodaj a chtěli "
            "bychom na webu zobrazovat průběžné výsledky. Adresy jsou v tabulce v příloze.\n"
            "Kontaktní osoba: Jan Šulc, 382 330 118.\n\nJan Šulc\nodbor informatiky\n"
        ),
        "attachments": [
            (
                "xlsx",
                "ip_adresy.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Adresa", "Použití"],
                            ["192.0.2.160", "ostrý provoz"],
                            ["192.0.2.161", "ostrý provoz"],
                            ["192.0.2.170", "test"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Město Písek",
            "00249998",
            None,
            ["192.0.2.160", "192.0.2.161"],
            ["192.0.2.170"],
            "Jan Šulc",
            "sulc@mesto-pisek.example",
            "+420382330118",
        ),
    },
    {
        "id": "ja024-austrian-radio-both",
        "description": "Austrian radio in German asks for feed and filming, contact in CC line",
        "style": Style.FOREIGN,
        "from": "Lukas Gruber <lukas.gruber@radio-donau.example>",
        "subject": "Wahlabend in Tschechien: Datenzugang und Drehgenehmigung",
        "cc": "Eva Huber <eva.huber@radio-donau.example>",
        "body": (
            "Grüß Gott,\n\nRadio Donau GmbH aus Linz möchte den XML-Dienst mit den "
            "Wahlergebnissen nutzen und am Wahlabend in einer Sammelstelle in Budweis "
            "drehen.\n\nProduktiv: 198.18.90.1, 198.18.90.2\nTest: 198.18.90.3\n\n"
            "Für Rückfragen bin ich Ihr Ansprechpartner: Lukas Gruber, +43 732 771 245. "
            "Meine Kollegin Eva Huber ist nur zur Information in Kopie.\n\nBeste Grüße\nLukas Gruber\n"
        ),
        "labels": L(
            ["feed_access", "recording_permit"],
            "Radio Donau GmbH",
            None,
            None,
            ["198.18.90.1", "198.18.90.2"],
            ["198.18.90.3"],
            "Lukas Gruber",
            "lukas.gruber@radio-donau.example",
            "+43732771245",
        ),
    },
    {
        "id": "ja025-ipv6-long-form",
        "description": "IPv6 written in full uncompressed form, labelled compressed",
        "style": Style.THUNDERBIRD,
        "from": "Tereza Králová <kralova@terranews.example>",
        "subject": "Žádost o povolení přístupu (IPv4 + IPv6)",
        "headers": THUNDERBIRD,
        "body": (
            "Dobrý den,\n\nTerra News a.s. (IČO "
            f"{ICO_TERRA}) žádá o přístup k XML výsledkům voleb.\n\n"
            "ostrý provoz:\n  - 203.0.113.222\n  - 2001:0db8:0000:0000:0000:0000:0000:00a1\n"
            "testování:\n  - 2001:0db8:0000:0000:0000:0000:0000:00b1\n\n"
            "Kontakt: Tereza Králová, vedoucí datového týmu, +420 251 012 774\n\n"
            "Tereza Králová\n"
        ),
        "labels": L(
            FEED,
            "Terra News a.s.",
            ICO_TERRA,
            None,
            ["203.0.113.222", "2001:db8::a1"],
            ["2001:db8::b1"],
            "Tereza Králová",
            "kralova@terranews.example",
            "+420251012774",
        ),
    },
    {
        "id": "ja026-html-signature-table-slovak",
        "description": "HTML-only Slovak mail; Czech branch with IČO, addresses in a list",
        "style": Style.HTML,
        "from": "Zuzana Kováčová <kovacova@tatrapress.example>",
        "subject": "Žiadosť o prístup k XML výsledkom volieb",
        "html": (
            "<div>Dobrý deň,</div><div><br></div><div>spoločnosť <b>Tatra Press Česko, "
            "organizační složka</b>, IČO 06712371, žiada o prístup k XML výstupu výsledkov "
            "volieb.</div><ul><li>produkčné IP: 192.0.2.210, 192.0.2.211</li>"
            "<li>testovacie IP: žiadne</li></ul><div>S pozdravom</div>"
            "<table><tr><td><b>Zuzana Kováčová</b><br>dátová redakcia<br>"
            "+421 2 5443 1120 (ústredňa)<br>+420 770 321 665 (mobil)</td></tr></table>"
        ),
        "labels": L(
            FEED,
            "Tatra Press Česko, organizační složka",
            "06712371",
            None,
            ["192.0.2.210", "192.0.2.211"],
            [],
            "Zuzana Kováčová",
            "kovacova@tatrapress.example",
            "+420770321665",
        ),
    },
    {
        "id": "ja027-reply-supplies-ico",
        "description": "reply supplying the IČO the office asked for; request quoted below",
        "style": Style.REPLY,
        "from": "Karel Vondráček <vondracek@podbrdskelisty.example>",
        "subject": "Re: Doplnění IČO",
        "body": (
            "Dobrý den, IČO je {ico}, omlouvám se, že chybělo.\nK. Vondráček\n\n"
            "Dne 9. 9. 2026 v 8:31 podatelna napsal(a):\n"
            "> prosíme o doplnění IČO žadatele.\n>\n"
            "> > Podbrdské listy, s.r.o. žádají o přístup k XML, ostrá adresa 198.51.100.5,\n"
            "> > testovací 198.51.100.6. Karel Vondráček, 602 400 733\n"
        ).replace("{ico}", ico("2960198")),
        "labels": L(
            FEED,
            "Podbrdské listy, s.r.o.",
            ico("2960198"),
            None,
            ["198.51.100.5"],
            ["198.51.100.6"],
            "Karel Vondráček",
            "vondracek@podbrdskelisty.example",
            "+420602400733",
        ),
    },
    {
        "id": "ja028-shared-inbox-personal-mail",
        "description": "sent from a shared newsroom inbox; the contact gives a personal e-mail",
        "style": Style.SIGNATURE,
        "from": "Redakce Echo Liberec <redakce@echoliberec.example>",
        "subject": "XML výsledky voleb – Echo Liberec",
        "body": (
            "Dobrý den,\n\nEcho Liberec, z.s. by rádo využilo XML službu s výsledky. "
            "Ostrý provoz poběží na 203.0.113.190, testy na 203.0.113.191.\n"
            "Kontaktní osobou je náš webmaster Vojtěch „Vojta“ Černý, pište mu prosím přímo "
            "na cerny@echoliberec.example, mobil 775 884 002.\n\nZa redakci\n"
            "Alena Hrubá, 608 221 554\n"
        ),
        "labels": L(
            FEED,
            "Echo Liberec, z.s.",
            None,
            None,
            ["203.0.113.190"],
            ["203.0.113.191"],
            "Vojtěch Černý",
            "cerny@echoliberec.example",
            "+420775884002",
        ),
    },
]
