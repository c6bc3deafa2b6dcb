"""Twelfth held-out part ``fa``, cases fa015–fa028: a formal DOCX letter, an HTML-only table
with IPv6, nicknames, a mobile before a switchboard, an XLSX form with filming ticked "NE",
German and Slovak senders, a follow-up, a data message with an ODT, an RTF, written ranges, an
English university, a freelance photographer and a twice-forwarded request. Written by hand
apart from the extraction rules; labelled by tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico
from tests.corpus.twelfth_fa_common import (
    ANDROID,
    APPLE,
    BOTH,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OUTLOOK_WEB,
    ROUNDCUBE,
    SEZNAM,
    THUNDERBIRD,
    Style,
)

ICO_MORAVA = ico("2781540")
ICO_PRESS = ico("4910227")
ICO_SEVER = ico("2613398")
ICO_JIH = ico("0857120")
ICO_SK_DENNIK = ico("3630452")
ICO_LABE = ico("2904471")
ICO_ZLIN_TV = ico("6071533")
ICO_TISK = ico("1482706")
ICO_VYSOKA = ico("6138903")
ICO_RYBA = ico("8810352")
ICO_UNI = ico("2718299")

CASES: list[dict[str, Any]] = [
    {
        "id": "fa015-formal-docx-letter",
        "description": "formal secretary's cover note, the request itself in a DOCX table",
        "style": Style.ATTACHMENT,
        "from": "Ilona Procházková <prochazkova@moravskyhlas.example>",
        "subject": "Žádost o přístup k datové službě výsledků voleb",
        "headers": OUTLOOK,
        "body": (
            "Vážená paní, vážený pane,\n\n"
            "dovolte mi jménem vedení společnosti zaslat v příloze žádost o přístup "
            "k výsledkům voleb ve formátu XML. Originál podepsaný jednatelem zašleme poštou.\n\n"
            "S úctou\n\nIlona Procházková\nasistentka jednatele\n"
        ),
        "attachments": [
            (
                "docx",
                "Zadost_CSU_volby.docx",
                {
                    "header": "MORAVSKÝ HLAS, s.r.o. | Masarykova 14, Brno",
                    "blocks": [
                        "Český statistický úřad",
                        "Věc: Žádost o přístup k výsledkům voleb (XML)",
                        {
                            "rows": [
                                ["Žadatel", "MORAVSKÝ HLAS, s.r.o."],
                                ["IČO", ICO_MORAVA],
                                ["Produkční IP", "198.51.100.61\n198.51.100.62\n198.51.100.63"],
                                ["Testovací IP", "198.51.100.70\n198.51.100.71"],
                                ["Kontaktní osoba", "Ing. Břetislav Novotný, IT"],
                                ["E-mail", "novotny.it@moravskyhlas.example"],
                                ["Telefon", "+420 543 221 908 (přímá linka)"],
                            ]
                        },
                        "Mgr. Karel Pospíšil, jednatel",
                    ],
                    "footer": "Tel. ústředna +420 543 221 900",
                },
            )
        ],
        "labels": L(
            [FEED],
            "MORAVSKÝ HLAS, s.r.o.",
            ICO_MORAVA,
            None,
            ["198.51.100.61", "198.51.100.62", "198.51.100.63"],
            ["198.51.100.70", "198.51.100.71"],
            "Břetislav Novotný",
            "novotny.it@moravskyhlas.example",
            "+420543221908",
        ),
    },
    {
        "id": "fa016-html-seznam-ipv6-test",
        "description": "HTML-only webmail with a grid of addresses; IPv6 test, test dash for none",
        "style": Style.HTML_TABLE,
        "from": "Vladimír Kos <vlada.kos@pressmonitor.example>",
        "subject": "volby - IP adresy k povolení",
        "headers": SEZNAM,
        "html": (
            "<div>Dobrý den,</div><div>posílám adresy pro XML výsledky za firmu "
            f"<b>PressMonitor CZ s.r.o.</b> (IČO {ICO_PRESS}):</div><br>"
            "<table style='border-collapse:collapse' border='1'>"
            "<tr><th>server</th><th>ostrý provoz</th><th>test</th></tr>"
            "<tr><td>ingest-1</td><td>203.0.113.33</td><td>2001:db8:c0::33</td></tr>"
            "<tr><td>ingest-2</td><td>203.0.113.34</td><td>—</td></tr>"
            "</table><br><div>Vladimír Kos<br>tel. 739&nbsp;880&nbsp;512</div>"
        ),
        "labels": L(
            [FEED],
            "PressMonitor CZ s.r.o.",
            ICO_PRESS,
            None,
            ["203.0.113.33", "203.0.113.34"],
            ["2001:db8:c0::33"],
            "Vladimír Kos",
            "vlada.kos@pressmonitor.example",
            "+420739880512",
        ),
    },
    {
        "id": "fa017-nickname-kuba",
        "description": "writes as Kuba, the signature gives the full name Jakub Šebesta",
        "style": Style.CHATTY,
        "from": "Kuba <kuba.sebesta@severniden.example>",
        "subject": "Ahoj, zase volby :)",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "tady Kuba ze Severního dne, loni jsme spolu řešili ten feed, tak zase po roce. "
            "Máme nový server, takže prosím povolte tentokrát 192.0.2.88 (ten starý "
            "192.0.2.17 už nepoužíváme, můžete ho klidně smazat). Testovací zůstává "
            "192.0.2.89.\n\n"
            "Díky, Kuba\n\n--\n"
            "Jakub Šebesta\nvedoucí online\n"
            f"SEVERNÍ DEN a.s., IČO {ICO_SEVER}\n"
            "+420 606 771 340\n"
        ),
        "labels": L(
            [FEED],
            "SEVERNÍ DEN a.s.",
            ICO_SEVER,
            None,
            ["192.0.2.88"],
            ["192.0.2.89"],
            "Jakub Šebesta",
            "kuba.sebesta@severniden.example",
            "+420606771340",
        ),
    },
    {
        "id": "fa018-mobile-before-switchboard",
        "description": "signature lists the switchboard first and the mobile second; colleague in cc",
        "style": Style.SIGNATURE,
        "from": "Helena Marková <markova@jihoceskelisty.example>",
        "cc": "Tomáš Brož <broz@jihoceskelisty.example>",
        "subject": "Přístup k výsledkům voleb – Jihočeské listy",
        "headers": OUTLOOK_WEB,
        "body": (
            "Dobrý den,\n\n"
            "žádáme o zřízení přístupu k výsledkům voleb ve formátu XML.\n"
            "Produkční IP: 198.18.20.5, 198.18.20.6\n"
            "Testovací IP: 198.18.21.5\n\n"
            "V kopii je kolega Tomáš Brož, který bude server spravovat, kontaktní osobou "
            "jsem však já.\n\n"
            "Helena Marková\nzástupkyně šéfredaktora\n"
            f"Jihočeské listy, a.s. · IČO {ICO_JIH}\n"
            "Ústředna: +420 387 000 100\n"
            "Mobil: +420 724 318 066\n"
        ),
        "labels": L(
            [FEED],
            "Jihočeské listy, a.s.",
            ICO_JIH,
            None,
            ["198.18.20.5", "198.18.20.6"],
            ["198.18.21.5"],
            "Helena Marková",
            "markova@jihoceskelisty.example",
            "+420724318066",
        ),
    },
    {
        "id": "fa019-xlsx-filming-ne",
        "description": "XLSX form: feed ANO, filming NE; addresses on a second sheet",
        "style": Style.ATTACHMENT,
        "from": "Polabský týdeník <info@polabskytydenik.example>",
        "subject": "Formulář - volby 2023",
        "headers": THUNDERBIRD,
        "body": "Dobrý den,\nv příloze vyplněný formulář.\nS pozdravem\nRoman Lhoták\n",
        "attachments": [
            (
                "xlsx",
                "formular_volby.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Položka", "Hodnota"],
                            ["Název", "Polabský týdeník, s.r.o."],
                            ["IČO", ICO_LABE],
                            ["Přístup k XML (ANO/NE)", "ANO"],
                            ["Natáčení na sběrném místě (ANO/NE)", "NE"],
                            ["Kontaktní osoba", "Roman Lhoták"],
                            ["E-mail", "lhotak@polabskytydenik.example"],
                            ["Telefon", "725 660 143"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Typ", "Adresa"],
                            ["produkce", "203.0.113.90"],
                            ["produkce", "203.0.113.91"],
                            ["test", "203.0.113.92"],
                        ],
                    },
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Polabský týdeník, s.r.o.",
            ICO_LABE,
            None,
            ["203.0.113.90", "203.0.113.91"],
            ["203.0.113.92"],
            "Roman Lhoták",
            "lhotak@polabskytydenik.example",
            "+420725660143",
        ),
    },
    {
        "id": "fa020-german-broadcaster-both",
        "description": "Austrian broadcaster in German, feed and filming, no IČO",
        "style": Style.FOREIGN,
        "from": "Stefan Gruber <stefan.gruber@alpenfunk.example>",
        "subject": "Anfrage: Wahlergebnisse XML und Dreherlaubnis",
        "headers": OUTLOOK,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Alpenfunk Rundfunk GmbH (Wien) möchte über die Wahlen in Tschechien "
            "berichten. Wir bitten um:\n"
            "- Zugang zum XML-Ergebnisdienst, Produktivsystem 198.51.100.121 und "
            "198.51.100.122, Testsystem 198.51.100.125\n"
            "- eine Drehgenehmigung für ein Kamerateam an einer Sammelstelle in Prag\n\n"
            "Ansprechpartner: Stefan Gruber, Zentrale +43 1 50 444 0, "
            "mobil +43 664 812 3390\n\n"
            "Mit freundlichen Grüßen\nStefan Gruber\nAlpenfunk Rundfunk GmbH\n"
        ),
        "labels": L(
            BOTH,
            "Alpenfunk Rundfunk GmbH",
            None,
            None,
            ["198.51.100.121", "198.51.100.122"],
            ["198.51.100.125"],
            "Stefan Gruber",
            "stefan.gruber@alpenfunk.example",
            "+436648123390",
        ),
    },
    {
        "id": "fa021-slovak-android-sloppy",
        "description": "Slovak daily, typed on Android without diacritics, lower-case everything",
        "style": Style.PHONE_NOTE,
        "from": "Peter Kolar <kolar@dennikvychod.example>",
        "subject": "feed volby",
        "headers": ANDROID,
        "body": (
            "dobry den posielam ip pre xml feed: produkcia 192.0.2.10, 192.0.2.11 "
            "testovacia 192.0.2.12\n"
            f"dennik vychod s.r.o. ico {ICO_SK_DENNIK}\n"
            "peter kolar 0903 455 712\n\n"
            "Odoslané z môjho telefónu\n"
        ),
        "labels": L(
            [FEED],
            "dennik vychod s.r.o.",
            ICO_SK_DENNIK,
            None,
            ["192.0.2.10", "192.0.2.11"],
            ["192.0.2.12"],
            "Peter Kolar",
            "kolar@dennikvychod.example",
            "+421903455712",
        ),
    },
    {
        "id": "fa022-followup-adds-test",
        "description": "follow-up to its own earlier mail, quoted below, adding test addresses",
        "style": Style.FOLLOWUP,
        "from": "Eva Říhová <rihova@zlintv.example>",
        "subject": "Re: Žádost o XML výsledky - ZLÍN TV",
        "headers": IPHONE,
        "body": (
            "Ještě doplňuji testovací adresy, včera jsem je zapomněla: 2001:db8:77::1 "
            "a 2001:db8:77::2.\n\nEva\n\n"
            "> Dne 20. 11. 2023 v 17:31, Eva Říhová <rihova@zlintv.example> napsal(a):\n"
            ">\n"
            "> Dobrý den,\n"
            f"> ZLÍN TV s.r.o., IČO {ICO_ZLIN_TV}, žádá o přístup k XML s výsledky voleb.\n"
            "> Produkční adresy: 203.0.113.160, 203.0.113.161\n"
            "> Kontakt: Eva Říhová, redakce, 731 045 288\n"
        ),
        "labels": L(
            [FEED],
            "ZLÍN TV s.r.o.",
            ICO_ZLIN_TV,
            None,
            ["203.0.113.160", "203.0.113.161"],
            ["2001:db8:77::1", "2001:db8:77::2"],
            "Eva Říhová",
            "rihova@zlintv.example",
            "+420731045288",
        ),
    },
    {
        "id": "fa023-databox-odt-both",
        "description": "data message from a printing house publisher with an ODT request, both",
        "style": Style.DATABOX,
        "databox": {
            "box": "t3wq8n2",
            "sender": "Tiskárna a vydavatelství Hradec, a.s.",
            "address": "Gočárova 881, 500 02 Hradec Králové",
        },
        "subject": "Žádost – výsledky voleb a natáčení",
        "attachments": [
            (
                "odt",
                "zadost.odt",
                [
                    "Tiskárna a vydavatelství Hradec, a.s., vydavatel deníku Hradecký kurýr",
                    f"IČO {ICO_TISK}",
                    "Žádáme o:",
                    [
                        ["přístup k XML výsledkům", "ano"],
                        ["povolení natáčení na sběrném místě", "ano"],
                    ],
                    "IP pro ostrý provoz: 198.18.90.1, 198.18.90.2",
                    "IP pro testování: 198.18.91.1",
                    "Kontaktní osoba: Mgr. Libor Vaněk, libor.vanek@hk-kuryr.example, "
                    "+420 495 118 702",
                ],
            ),
            ("txt", "pruvodni_dopis.txt", "Průvodní dopis: žádost viz příloha zadost.odt.\n"),
        ],
        "labels": L(
            BOTH,
            "Tiskárna a vydavatelství Hradec, a.s.",
            ICO_TISK,
            "t3wq8n2",
            ["198.18.90.1", "198.18.90.2"],
            ["198.18.91.1"],
            "Libor Vaněk",
            "libor.vanek@hk-kuryr.example",
            "+420495118702",
        ),
    },
    {
        "id": "fa024-rtf-old-fashioned",
        "description": "RTF letter from a cooperative publisher; body says only 'viz příloha'",
        "style": Style.ATTACHMENT,
        "from": "Druzstvo Vysocina <podatelna@vysocinapress.example>",
        "subject": "viz priloha",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": "Dobrý den, viz příloha.\nJaroslav Mach\n",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Vysočina Press, družstvo",
                    f"IČO: {ICO_VYSOKA}",
                    "Žádost o přístup k volebním výsledkům ve formátu XML",
                    [
                        ["Ostrý provoz", "192.0.2.230"],
                        ["Test", "192.0.2.231"],
                    ],
                    "Vyřizuje: Jaroslav Mach, tel. 567 300 455, mach@vysocinapress.example",
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Vysočina Press, družstvo",
            ICO_VYSOKA,
            None,
            ["192.0.2.230"],
            ["192.0.2.231"],
            "Jaroslav Mach",
            "mach@vysocinapress.example",
            "+420567300455",
        ),
    },
    {
        "id": "fa025-written-ranges",
        "description": "production written as a from-to range, test as 'až' with a shortened end",
        "style": Style.WEBMAIL,
        "from": "Ryba & syn <ryba@rybaasyn.example>",
        "subject": "Žádost o přístup - volby",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            f"vydavatelství Ryba & syn, s.r.o. (IČO {ICO_RYBA}) žádá o přístup "
            "k XML s výsledky.\n"
            "Produkce: 203.0.113.10-203.0.113.12\n"
            "Test: 203.0.113.20 až .21\n\n"
            "Vyřizuje Hana Rybová, 777 090 334.\n"
        ),
        "labels": L(
            [FEED],
            "Ryba & syn, s.r.o.",
            ICO_RYBA,
            None,
            ["203.0.113.10", "203.0.113.11", "203.0.113.12"],
            ["203.0.113.20", "203.0.113.21"],
            "Hana Rybová",
            "ryba@rybaasyn.example",
            "+420777090334",
        ),
    },
    {
        "id": "fa026-english-university-phd",
        "description": "English mail from a university project; a PhD student is the contact",
        "style": Style.FOREIGN,
        "from": "Prof. Anna Veselá <vesela@fsv-uni.example>",
        "subject": "Request for access to election results XML (research)",
        "headers": THUNDERBIRD,
        "body": (
            "Dear colleagues,\n\n"
            "our election-forecasting project at the Faculty of Social Sciences of Univerzita "
            f"Středočeská (public university, IČO {ICO_UNI}) would like to use the XML "
            "results service on election night. Our server: 2001:db8:f5::20. We do not need "
            "a test address.\n\n"
            "Please direct all communication to my PhD student Daniel Hořejší "
            "(horejsi@fsv-uni.example, +420 224 880 119), who runs the pipeline.\n\n"
            "Kind regards,\nAnna Veselá\n"
        ),
        "labels": L(
            [FEED],
            "Univerzita Středočeská",
            ICO_UNI,
            None,
            ["2001:db8:f5::20"],
            [],
            "Daniel Hořejší",
            "horejsi@fsv-uni.example",
            "+420224880119",
        ),
    },
    {
        "id": "fa027-freelance-photographer",
        "description": "freelance photographer without IČO asks to take pictures and video",
        "style": Style.CHATTY,
        "from": "Vítek Hrdlička <vitek.foto@posta.example>",
        "subject": "focení a video o volební noci",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "jsem fotograf na volné noze (zatím bez IČO, fotím pro různé weby) a rád bych "
            "o volební noci nafotil a natočil pár záběrů, jak u vás na sběrném místě chodí "
            "výsledky. Nebudu nikomu překážet, slibuju :) Data nepotřebuju.\n\n"
            "Vít Hrdlička\n+420 604 993 017\n"
        ),
        "labels": L(
            [FILM],
            "Vít Hrdlička",
            None,
            None,
            [],
            [],
            "Vít Hrdlička",
            "vitek.foto@posta.example",
            "+420604993017",
        ),
    },
    {
        "id": "fa028-double-forward-it-contact",
        "description": "Fwd: Fwd: the IT admin forwards the editor's request and names himself",
        "style": Style.FORWARD,
        "from": "Tomáš Vrba <vrba@jizerskenoviny.example>",
        "subject": "Fwd: Fwd: XML výsledky",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "posílám žádost naší redakce. Kontaktní osobou pro tuto žádost budu já, "
            "Tomáš Vrba, správce serverů, tel. 775 220 418.\n\n"
            "---------- Forwarded message ---------\n"
            "From: Lenka Šimková <simkova@jizerskenoviny.example>\n"
            "Date: čt 23. 11. 2023 v 9:14\n"
            "Subject: Fwd: XML výsledky\n"
            "To: Tomáš Vrba <vrba@jizerskenoviny.example>\n\n"
            "Tome, můžeš to dořešit? Mám to od šéfa.\n\n"
            "---------- Forwarded message ---------\n"
            "From: Aleš Kořínek <korinek@jizerskenoviny.example>\n"
            "Subject: XML výsledky\n\n"
            "Chceme přístup k výsledkům voleb pro Jizerské noviny s.r.o., IČO "
            f"{ico('4401726')}.\n"
            "Produkce 198.51.100.90, test 198.51.100.91.\n"
        ),
        "labels": L(
            [FEED],
            "Jizerské noviny s.r.o.",
            ico("4401726"),
            None,
            ["198.51.100.90"],
            ["198.51.100.91"],
            "Tomáš Vrba",
            "vrba@jizerskenoviny.example",
            "+420775220418",
        ),
    },
]
