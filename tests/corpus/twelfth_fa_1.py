"""Twelfth held-out part ``fa``, cases fa001–fa014: phone notes, chatty mails, an HTML-only
table, a forward, a reply thread, a correction, Slovak, English and Polish senders, a data
message, a PDF form, a withdrawn filming request and a netmask. Written by hand apart from the
extraction rules; labelled by tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico
from tests.corpus.twelfth_fa_common import (
    BOTH,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    SEZNAM,
    THUNDERBIRD,
    ZIMBRA,
    Style,
)

ICO_VLTAVA = ico("2871436")
ICO_JEZEK = ico("7430118")
ICO_VYCHOD_TV = ico("2659013")
ICO_HLAS = ico("4517762")
ICO_PRIBRAM = ico("2240935")
ICO_ZAPAD = ico("0612847")
ICO_SK_TV = ico("3571904")
ICO_AKADEMIK = ico("2260371")
ICO_KOLIN = ico("0023581")
ICO_NOVINY = ico("2516043")
ICO_DATA = ico("0518294")
ICO_HORNI = ico("6198254")

CASES: list[dict[str, Any]] = [
    {
        "id": "fa001-iphone-two-liner",
        "description": "two lines typed on a phone, no diacritics, test address in brackets",
        "style": Style.PHONE_NOTE,
        "from": "Radek Kuba <kuba@vltavapress.example>",
        "subject": "pristup xml volby",
        "headers": IPHONE,
        "body": (
            "Dobry den, prosim o pristup k xml s vysledky pro Vltava Press s.r.o. (ICO "
            f"{ICO_VLTAVA}), ostre IP 198.51.100.23 a 198.51.100.24, test 203.0.113.9.\n"
            "Radek Kuba, 602 118 443\n\n"
            "Odesláno z iPhonu\n"
        ),
        "labels": L(
            [FEED],
            "Vltava Press s.r.o.",
            ICO_VLTAVA,
            None,
            ["198.51.100.23", "198.51.100.24"],
            ["203.0.113.9"],
            "Radek Kuba",
            "kuba@vltavapress.example",
            "+420602118443",
        ),
    },
    {
        "id": "fa002-chatty-freelancer-ipv6",
        "description": "chatty freelancer with a trade licence, IPv6 server, nothing for tests",
        "style": Style.CHATTY,
        "from": "Ondra Ježek <ondra.jezek@posta.example>",
        "subject": "Volby a můj malý web :)",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "asi budu trochu ukecaný, tak se předem omlouvám. Provozuju sám na koleni web "
            "o komunální politice na Vysočině (volbyvysocina.example) a při minulých volbách "
            "jsem výsledky ručně opisoval z webu, což bylo peklo. Letos bych to rád udělal "
            "pořádně a tahal data přímo z vašeho XML.\n\n"
            "Server mám jen jeden, a to na IPv6: 2001:db8:4a1:0:0:0:0:10 (hosting mi IPv4 "
            "nedal, tak snad to nevadí). Testovací stroj nemám, testovat budu rovnou na něm.\n\n"
            f"Podnikám na živnostenský list, IČO {ICO_JEZEK}, kdyby bylo potřeba.\n"
            "Kdyby cokoliv, volejte klidně i večer na 731 90 44 17.\n\n"
            "Díky moc a hezký den,\n"
            "Ondřej Ježek\n"
        ),
        "labels": L(
            [FEED],
            "Ondřej Ježek",
            ICO_JEZEK,
            None,
            ["2001:db8:4a1::10"],
            [],
            "Ondřej Ježek",
            "ondra.jezek@posta.example",
            "+420731904417",
        ),
    },
    {
        "id": "fa003-html-only-table-tv",
        "description": "HTML-only Outlook mail, the data in a two-column table, a test range",
        "style": Style.HTML_TABLE,
        "from": "Mgr. Zuzana Šťastná <stastna@vychodtv.example>",
        "subject": "Žádost o zpřístupnění výsledků voleb - Východ TV",
        "headers": OUTLOOK,
        "html": (
            "<html><body><p>Vážení,</p><p>v návaznosti na telefonát s Vaší kolegyní zasílám "
            "údaje potřebné pro zřízení přístupu k volebním datům.</p>"
            "<table border='1' cellpadding='4'>"
            "<tr><td><b>Žadatel</b></td><td>VÝCHOD TV a.s.</td></tr>"
            f"<tr><td><b>IČO</b></td><td>{ICO_VYCHOD_TV}</td></tr>"
            "<tr><td><b>IP – produkce</b></td><td>192.0.2.71<br>192.0.2.72</td></tr>"
            "<tr><td><b>IP – test</b></td><td>192.0.2.140 – 192.0.2.142</td></tr>"
            "<tr><td><b>Kontakt</b></td><td>Zuzana Šťastná, +420 495 800 213, "
            "stastna@vychodtv.example</td></tr></table>"
            "<p>S pozdravem</p><p>Mgr. Zuzana Šťastná<br>asistentka ředitele zpravodajství"
            "<br>VÝCHOD TV a.s.</p></body></html>"
        ),
        "labels": L(
            [FEED],
            "VÝCHOD TV a.s.",
            ICO_VYCHOD_TV,
            None,
            ["192.0.2.71", "192.0.2.72"],
            ["192.0.2.140", "192.0.2.141", "192.0.2.142"],
            "Zuzana Šťastná",
            "stastna@vychodtv.example",
            "+420495800213",
        ),
    },
    {
        "id": "fa004-secretary-forwards-editor",
        "description": "a secretary forwards the editor-in-chief's request; he is the contact",
        "style": Style.FORWARD,
        "from": "Sekretariát Hlas regionu <sekretariat@hlasregionu.example>",
        "subject": "Fwd: volební data - žádost",
        "headers": THUNDERBIRD,
        "body": (
            "Dobrý den,\n\n"
            "na pokyn pana šéfredaktora přeposílám jeho žádost níže. Veškerou komunikaci "
            "prosím veďte přímo s ním.\n\n"
            "Jana Holubová\nsekretariát\n\n"
            "-------- Přeposlaná zpráva --------\n"
            "Předmět: volební data - žádost\n"
            "Datum: Mon, 6 Nov 2023 07:12:44 +0100\n"
            "Od: Petr Hrubý <hruby@hlasregionu.example>\n"
            "Komu: sekretariat@hlasregionu.example\n\n"
            "Jano, pošli to prosím na statistický úřad, do podatelny.\n\n"
            "---\n"
            "Hlas regionu, spol. s r.o., IČO "
            f"{ICO_HLAS}, žádá o přístup k XML výstupům voleb do zastupitelstev krajů.\n"
            "Produkční server: 203.0.113.140\n"
            "Záložní server: 203.0.113.141\n"
            "Testovací server: 198.51.100.200\n"
            "Kontakt: Petr Hrubý, šéfredaktor, hruby@hlasregionu.example, mobil 604 552 190\n"
        ),
        "labels": L(
            [FEED],
            "Hlas regionu, spol. s r.o.",
            ICO_HLAS,
            None,
            ["203.0.113.140", "203.0.113.141"],
            ["198.51.100.200"],
            "Petr Hrubý",
            "hruby@hlasregionu.example",
            "+420604552190",
        ),
    },
    {
        "id": "fa005-reply-adds-test-ips",
        "description": "reply on top of the office's query; production in the quoted request",
        "style": Style.REPLY,
        "from": "Lukáš Vojtíšek <vojtisek@pribramskydenik.example>",
        "subject": "Re: Doplnění žádosti o přístup k volebním datům",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "testovací adresy jsou 198.18.7.30 a 198.18.7.31. Ostatní platí, jak jsem psal.\n\n"
            "Lukáš Vojtíšek\n\n"
            "Dne 8. 11. 2023 v 10:05 podatelna napsal(a):\n"
            "> Dobrý den,\n"
            "> děkujeme za žádost. Uveďte prosím ještě IP adresy testovacího prostředí,\n"
            "> případně sdělte, že je nepožadujete.\n"
            "> S pozdravem\n"
            "> Podatelna ČSÚ\n"
            ">\n"
            "> Dne 7. 11. 2023 v 16:40 Lukáš Vojtíšek napsal(a):\n"
            ">> Dobrý den,\n"
            ">> za společnost Příbramský deník s.r.o., IČO "
            f"{ICO_PRIBRAM}, žádám o přístup\n"
            ">> k XML se souhrnnými výsledky voleb. Ostrý provoz poběží z adres\n"
            ">> 198.18.7.10 a 198.18.7.11.\n"
            ">> Kontakt: Lukáš Vojtíšek, tel. +420 318 620 447\n"
        ),
        "labels": L(
            [FEED],
            "Příbramský deník s.r.o.",
            ICO_PRIBRAM,
            None,
            ["198.18.7.10", "198.18.7.11"],
            ["198.18.7.30", "198.18.7.31"],
            "Lukáš Vojtíšek",
            "vojtisek@pribramskydenik.example",
            "+420318620447",
        ),
    },
    {
        "id": "fa006-correction-swapped-digits",
        "description": "correction mail: a mistyped production address replaced, old one quoted",
        "style": Style.CORRECTION,
        "from": "Martina Zahradníková <m.zahradnikova@zapadniexpres.example>",
        "subject": "OPRAVA - žádost o přístup k datům (Západní expres)",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se, ve včerejší žádosti jsem přehodila číslice: adresa 203.0.113.57 "
            "je špatně, správně má být 203.0.113.75. Druhá produkční adresa i testovací "
            "zůstávají.\n\n"
            "Děkuji a omlouvám se za komplikace.\n"
            "Martina Zahradníková\n\n"
            "From: Martina Zahradníková\n"
            "Sent: Tuesday, November 14, 2023 3:02 PM\n"
            "To: podatelna@czso.cz\n"
            "Subject: žádost o přístup k datům (Západní expres)\n\n"
            "Dobrý den,\n"
            "společnost Západní expres a.s., IČO "
            f"{ICO_ZAPAD}, žádá o přístup k volebnímu XML feedu.\n"
            "Produkce: 203.0.113.57, 203.0.113.58\n"
            "Test: 192.0.2.99\n"
            "Kontaktní osoba: Martina Zahradníková, +420 377 455 120, "
            "m.zahradnikova@zapadniexpres.example\n"
        ),
        "labels": L(
            [FEED],
            "Západní expres a.s.",
            ICO_ZAPAD,
            None,
            ["203.0.113.75", "203.0.113.58"],
            ["192.0.2.99"],
            "Martina Zahradníková",
            "m.zahradnikova@zapadniexpres.example",
            "+420377455120",
        ),
    },
    {
        "id": "fa007-slovak-tv-filming",
        "description": "Slovak TV asks only to film at collection points; crew named separately",
        "style": Style.FOREIGN,
        "from": "Katarína Hudecová <hudecova@tatratv.example>",
        "subject": "Žiadosť o povolenie nakrúcania - voľby",
        "headers": ZIMBRA,
        "body": (
            "Dobrý deň,\n\n"
            "televízia TATRA MEDIA, a.s. (IČO "
            f"{ICO_SK_TV}) by rada nakrúcala reportáž o spracovaní výsledkov volieb "
            "priamo na zberných miestach Vášho úradu v Prahe v noci zo soboty na nedeľu.\n"
            "Štáb: redaktor Martin Bielik a kameraman Jozef Danko.\n"
            "O prístup k dátam nežiadame, výsledky preberáme od agentúry.\n\n"
            "Kontaktná osoba: Katarína Hudecová, produkcia\n"
            "tel.: +421 905 331 208\n\n"
            "S pozdravom\nKatarína Hudecová\n"
        ),
        "labels": L(
            [FILM],
            "TATRA MEDIA, a.s.",
            ICO_SK_TV,
            None,
            [],
            [],
            "Katarína Hudecová",
            "hudecova@tatratv.example",
            "+421905331208",
        ),
    },
    {
        "id": "fa008-english-agency-cidr",
        "description": "German agency writing in English, a /30 for production, no IČO",
        "style": Style.FOREIGN,
        "from": "Henrik Albers <h.albers@nordlicht-media.example>",
        "subject": "Election results feed - access request",
        "headers": GMAIL,
        "body": (
            "Hello,\n\n"
            "Nordlicht Media GmbH (Hamburg) would like to receive the XML results feed for the "
            "upcoming Czech elections. We run our ingest on 198.51.100.32/30 - all four "
            "addresses may connect. For testing please allow 198.51.100.40 only.\n\n"
            "Technical and general contact is me.\n\n"
            "Best regards\n"
            "Henrik Albers\nHead of Data Desk\nNordlicht Media GmbH\n"
            "+49 40 3890 2214\n"
        ),
        "labels": L(
            [FEED],
            "Nordlicht Media GmbH",
            None,
            None,
            ["198.51.100.32", "198.51.100.33", "198.51.100.34", "198.51.100.35"],
            ["198.51.100.40"],
            "Henrik Albers",
            "h.albers@nordlicht-media.example",
            "+494038902214",
        ),
    },
    {
        "id": "fa009-student-radio-two-people",
        "description": "student radio signed by two people; the body names one as contact",
        "style": Style.SIGNATURE,
        "from": "Rádio Akademik <radio@akademik.example>",
        "subject": "Přístup k datům + natáčení",
        "headers": THUNDERBIRD,
        "body": (
            "Ahoj / dobrý den,\n\n"
            "studentské Rádio Akademik (provozuje spolek Akademik médium, z.s.) by letos rádo "
            "vysílalo volební noc s živými čísly. Chtěli bychom tedy:\n"
            "1) přístup k XML výsledkům – ostrá IP 192.0.2.201, testovací 192.0.2.202\n"
            "2) povolení natáčet video na sběrném místě v Praze (dva lidi s kamerou)\n\n"
            "Kontaktní osobou pro obojí je Petra Malá (petra.mala@akademik.example, "
            "777 210 654).\n\n"
            "Díky!\n\n"
            "Petra Malá               Vojtěch Kratochvíl\n"
            "šéfredaktorka            technika\n"
            "777 210 654              608 331 909\n"
            f"Akademik médium, z.s. | IČO {ICO_AKADEMIK}\n"
        ),
        "labels": L(
            BOTH,
            "Akademik médium, z.s.",
            ICO_AKADEMIK,
            None,
            ["192.0.2.201"],
            ["192.0.2.202"],
            "Petra Malá",
            "petra.mala@akademik.example",
            "+420777210654",
        ),
    },
    {
        "id": "fa010-databox-town-newsroom",
        "description": "data message from a town whose newsroom wants the feed; TXT attachment",
        "style": Style.DATABOX,
        "databox": {
            "box": "k7mzq4p",
            "sender": "Město Kolínec",
            "address": "Náměstí Míru 1, 281 99 Kolínec",
            "type": 10,
        },
        "subject": "Žádost o přístup k volebním výsledkům – redakce Kolínského zpravodaje",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Město Kolínec\n"
                f"IČO: {ICO_KOLIN}\n\n"
                "Věc: žádost o přístup k XML výsledkům voleb\n\n"
                "Redakce Kolínského zpravodaje, kterou vydává město, žádá o přístup k datové "
                "službě s výsledky voleb. Výsledky budeme zveřejňovat na webu města.\n\n"
                "IP adresy pro ostrý provoz: 203.0.113.18\n"
                "IP adresy pro testování: 203.0.113.19\n\n"
                "Kontakt: Bc. Alena Tichá, vedoucí redakce, tel. 321 755 104, "
                "ticha@kolinec.example\n\n"
                "Ing. Pavel Srb\nstarosta\n",
            )
        ],
        "labels": L(
            [FEED],
            "Město Kolínec",
            ICO_KOLIN,
            "k7mzq4p",
            ["203.0.113.18"],
            ["203.0.113.19"],
            "Alena Tichá",
            "ticha@kolinec.example",
            "+420321755104",
        ),
    },
    {
        "id": "fa011-pdf-form-short-body",
        "description": "one-line body, everything in a PDF form with a table",
        "style": Style.ATTACHMENT,
        "from": "Noviny Podbrdska <redakce@podbrdsko.example>",
        "subject": "zadost",
        "headers": SEZNAM,
        "body": "Dobrý den, v příloze posíláme žádost. Děkujeme.\n",
        "attachments": [
            (
                "pdf",
                "zadost_volby.pdf",
                [
                    "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB VE FORMÁTU XML",
                    {
                        "rows": [
                            ["Název žadatele", "Noviny Podbrdska s.r.o."],
                            ["IČO", ICO_NOVINY],
                            [
                                "IP adresy – ostrý provoz",
                                "198.51.100.150, 198.51.100.151, 198.51.100.152",
                            ],
                            ["IP adresy – test", "nepožadujeme"],
                            ["Kontaktní osoba", "Tereza Kubíčková"],
                            ["E-mail", "kubickova@podbrdsko.example"],
                            ["Telefon", "+420 728 004 611"],
                        ],
                        "widths": [150, 300],
                    },
                    "V Berouně dne 2. 11. 2023, Tereza Kubíčková, vedoucí vydání",
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Noviny Podbrdska s.r.o.",
            ICO_NOVINY,
            None,
            ["198.51.100.150", "198.51.100.151", "198.51.100.152"],
            [],
            "Tereza Kubíčková",
            "kubickova@podbrdsko.example",
            "+420728004611",
        ),
    },
    {
        "id": "fa012-filming-withdrawn-later",
        "description": "asks for feed and filming, then withdraws the filming further down",
        "style": Style.CHATTY,
        "from": "Jirka Beneš <benes@dataweb.example>",
        "subject": "data + kamera na volby",
        "headers": K9,
        "body": (
            "Dobrý den,\n\n"
            f"jsme DataWeb Media s.r.o., IČO {ICO_DATA}, a chtěli bychom dvě věci: přístup "
            "k XML s výsledky (produkce 203.0.113.201 a 203.0.113.202, test 203.0.113.210) "
            "a možnost natočit krátké video ve sběrném místě.\n\n"
            "Tak teď jsem se dozvěděl od kolegy, že kameraman má ten víkend svatbu, takže "
            "natáčení škrtněte, to nechceme. Jen ta data.\n\n"
            "Jiří Beneš\n+420 737 118 250\n"
        ),
        "labels": L(
            [FEED],
            "DataWeb Media s.r.o.",
            ICO_DATA,
            None,
            ["203.0.113.201", "203.0.113.202"],
            ["203.0.113.210"],
            "Jiří Beneš",
            "benes@dataweb.example",
            "+420737118250",
        ),
    },
    {
        "id": "fa013-no-diacritics-netmask",
        "description": "terse technician without diacritics, production as address plus netmask",
        "style": Style.WEBMAIL,
        "from": "Milan Dvorak <dvorak@hornimedia.example>",
        "subject": "xml feed - IP",
        "headers": ZIMBRA,
        "body": (
            "Dobry den,\n"
            "pro Horni media v.o.s. (ICO "
            f"{ICO_HORNI}) prosim povolit sit 198.18.4.16 maska 255.255.255.252.\n"
            "Testovaci prostredi nemame.\n"
            "Dvorak, 776 402 118\n"
        ),
        "labels": L(
            [FEED],
            "Horni media v.o.s.",
            ICO_HORNI,
            None,
            ["198.18.4.16", "198.18.4.17", "198.18.4.18", "198.18.4.19"],
            [],
            "Milan Dvorak",
            "dvorak@hornimedia.example",
            "+420776402118",
        ),
    },
    {
        "id": "fa014-polish-radio-filming",
        "description": "Polish radio writes in Polish, asks only to record, no IČO",
        "style": Style.FOREIGN,
        "from": "Agnieszka Wróbel <a.wrobel@radiosudety.example>",
        "subject": "Prośba o zgodę na nagrywanie - wybory w Czechach",
        "headers": OUTLOOK,
        "body": (
            "Szanowni Państwo,\n\n"
            "Radio Sudety Sp. z o.o. z Wałbrzycha przygotowuje reportaż o czeskich wyborach. "
            "Chcielibyśmy nagrać dźwięk i krótkie wideo w punkcie zbierania wyników w Pradze.\n"
            "Dostępu do danych XML nie potrzebujemy.\n\n"
            "Osoba kontaktowa: Agnieszka Wróbel, tel. +48 604 220 917\n\n"
            "Z poważaniem\nAgnieszka Wróbel\nRadio Sudety Sp. z o.o.\n"
        ),
        "labels": L(
            [FILM],
            "Radio Sudety Sp. z o.o.",
            None,
            None,
            [],
            [],
            "Agnieszka Wróbel",
            "a.wrobel@radiosudety.example",
            "+48604220917",
        ),
    },
]
