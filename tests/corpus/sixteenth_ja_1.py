"""Cases ja001–ja014 of the sixteenth held-out part (written by hand, see make_sixteenth_ja)."""

from __future__ import annotations

from tests.corpus.label_rules import L, ico
from tests.corpus.sixteenth_ja_common import (
    ANDROID,
    APPLE,
    BOTH,
    FEED,
    FILM,
    OUTLOOK,
    SEZNAM,
    THUNDERBIRD,
    Case,
    Style,
)

ICO_VLTAVA = ico("2871934")
ICO_METRO = ico("0647215")
ICO_KURYR = ico("4419027")
ICO_TVS = ico("2653381")
ICO_ZPRAVY = ico("0812456")
ICO_UNI = ico("6138902")
ICO_BOX = ico("2290473")

CASES: list[Case] = [
    {
        "id": "ja001-iphone-two-liner",
        "description": "two lines typed on a phone, no diacritics; full name only in From",
        "style": Style.PHONE,
        "from": "Tomáš Bureš <bures@radiovltavajih.example>",
        "subject": "xml volby",
        "headers": APPLE,
        "body": (
            f"Dobry den, prosim pristup k XML s vysledky pro Radio Vltava Jih s.r.o., ICO "
            f"{ICO_VLTAVA}. Ostra 198.51.100.23, testovaci 203.0.113.5\n"
            "Bures, tel 604 112 938\n\nOdesláno z iPhonu\n"
        ),
        "labels": L(
            FEED,
            "Radio Vltava Jih s.r.o.",
            ICO_VLTAVA,
            None,
            ["198.51.100.23"],
            ["203.0.113.5"],
            "Tomáš Bureš",
            "bures@radiovltavajih.example",
            "+420604112938",
        ),
    },
    {
        "id": "ja002-chatty-nickname",
        "description": "chatty mail signed with a nickname; the full name is in the signature",
        "style": Style.CHATTY,
        "from": "Kuba <jakub.stransky@metrobrno.example>",
        "subject": "Re: ty volby :)",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "tak jsem se konečně dokopal k té žádosti, kolega mi říkal, že se to u vás dělá "
            "mailem, tak snad je to ok. Chtěli bychom zase letos tahat výsledky z vašeho XML, "
            "minule to fungovalo parádně.\n\n"
            "Náš server je na 198.51.100.140 a pak ještě jeden záložní 198.51.100.141, oba "
            "ostrý. Na testování nám stačí 192.0.2.77.\n\n"
            "Kdyby něco, volejte mi na mobil 737 220 418, v redakci to stejně nikdo nebere :D\n\n"
            "Díky moc!\nKuba\n\n--\nJakub Stránský\nonline vývoj\n"
            f"Metro Brno media s.r.o. | IČO {ICO_METRO}\nKounicova 12, Brno\n"
        ),
        "labels": L(
            FEED,
            "Metro Brno media s.r.o.",
            ICO_METRO,
            None,
            ["198.51.100.140", "198.51.100.141"],
            ["192.0.2.77"],
            "Jakub Stránský",
            "jakub.stransky@metrobrno.example",
            "+420737220418",
        ),
    },
    {
        "id": "ja003-html-table-only",
        "description": "HTML-only mail with the addresses in a two-column table",
        "style": Style.HTML,
        "from": '"Kurýr Vysočiny, a.s." <it@kuryrvysociny.example>',
        "subject": "Žádost o přístup k datové službě volby",
        "headers": OUTLOOK,
        "html": (
            "<html><body><p>Vážení,</p><p>společnost <b>Kurýr Vysočiny, a.s.</b>, IČO "
            f"{ICO_KURYR}, žádá o zpřístupnění XML výstupu výsledků voleb.</p>"
            "<table border='1'><tr><th>Účel</th><th>IP adresa</th></tr>"
            "<tr><td>produkce</td><td>203.0.113.60</td></tr>"
            "<tr><td>produkce</td><td>203.0.113.61</td></tr>"
            "<tr><td>produkce</td><td>2001:db8:44::10</td></tr>"
            "<tr><td>test</td><td>198.51.100.200</td></tr></table>"
            "<p>Kontaktní osoba: Ing. Radka Holubová, radka.holubova@kuryrvysociny.example, "
            "+420 567 301 244</p><p>S pozdravem<br>IT oddělení</p></body></html>"
        ),
        "labels": L(
            FEED,
            "Kurýr Vysočiny, a.s.",
            ICO_KURYR,
            None,
            ["203.0.113.60", "203.0.113.61", "2001:db8:44::10"],
            ["198.51.100.200"],
            "Radka Holubová",
            "radka.holubova@kuryrvysociny.example",
            "+420567301244",
        ),
    },
    {
        "id": "ja004-forward-from-editor",
        "description": "an editor forwards the technician's request; the technician is the contact",
        "style": Style.FORWARD,
        "from": "Martina Veselá <vesela@tvstred.example>",
        "subject": "Fwd: IP adresy pro volby",
        "headers": THUNDERBIRD,
        "body": (
            "Dobrý den, přeposílám žádost našeho technika, prosím o vyřízení. Jsme TV Střed "
            f"s.r.o., IČO {ICO_TVS}.\nM. Veselá, šéfredaktorka\n\n"
            "-------- Přeposlaná zpráva --------\n"
            "Předmět: IP adresy pro volby\n"
            "Datum: 3. 9. 2026 16:12\n"
            "Od: Pavel Kříž <kriz@tvstred.example>\n"
            "Komu: Martina Veselá <vesela@tvstred.example>\n\n"
            "Martino, tady jsou ty adresy pro statistiky, pošli to prosím dál:\n"
            "produkční rozsah 198.51.100.16/30\n"
            "test žádný nemáme\n"
            "Kontakt na mě pro ČSÚ: 731 908 552, kriz@tvstred.example\n"
            "Pavel\n"
        ),
        "labels": L(
            FEED,
            "TV Střed s.r.o.",
            ICO_TVS,
            None,
            ["198.51.100.16", "198.51.100.17", "198.51.100.18", "198.51.100.19"],
            [],
            "Pavel Kříž",
            "kriz@tvstred.example",
            "+420731908552",
        ),
    },
    {
        "id": "ja005-reply-corrected-address",
        "description": "reply to the office's query correcting one production address",
        "style": Style.CORRECTION,
        "from": "Lenka Dušková <duskova@zpravyzkraje.example>",
        "subject": "RE: Vaše žádost - doplnění",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nomlouvám se, v první adrese jsem udělala překlep. Správně má být "
            "198.51.100.54, nikoli 198.51.100.45. Druhá adresa 198.51.100.55 platí, testovací "
            "203.0.113.99 také.\n\nS pozdravem\nLenka Dušková\nZprávy z kraje, z.ú.\n"
            f"IČ: {ICO_ZPRAVY}\ntel.: +420 775 640 219\n\n"
            "-----Original Message-----\nFrom: podatelna@czso.cz\nSent: Monday, September 7, "
            "2026 10:02 AM\nSubject: Vaše žádost - doplnění\n\n"
            "> Dobrý den, adresa 198.51.100.45 je u jiného žadatele, ověřte ji prosím.\n"
            "> \n> Lenka Dušková napsala:\n"
            "> > žádáme o přístup k XML, ostré 198.51.100.45 a 198.51.100.55, test 203.0.113.99\n"
        ),
        "labels": L(
            FEED,
            "Zprávy z kraje, z.ú.",
            ICO_ZPRAVY,
            None,
            ["198.51.100.54", "198.51.100.55"],
            ["203.0.113.99"],
            "Lenka Dušková",
            "duskova@zpravyzkraje.example",
            "+420775640219",
        ),
    },
    {
        "id": "ja006-student-tv-filming",
        "description": "university student TV asks only to film at a collection point",
        "style": Style.GMAIL,
        "from": "Adéla Marková <adela.markova.tv@gmail.example>",
        "subject": "natáčení na sběrném místě - studentská televize",
        "body": (
            "Dobrý den,\n\njsem studentka a vedu zpravodajskou rubriku studentské televize "
            "Univerzity Hradec Králové. Rádi bychom o volební noci natočili krátkou reportáž "
            "na vašem sběrném místě v Hradci Králové (kamera, mikrofon, 2 lidé). "
            "O žádná data nežádáme, jde jen o natáčení.\n\n"
            f"Žadatelem je Univerzita Hradec Králové, IČO {ICO_UNI}, za ni já jako "
            "kontaktní osoba.\n\nAdéla Marková\n+420 608 551 930\n"
        ),
        "labels": L(
            FILM,
            "Univerzita Hradec Králové",
            ICO_UNI,
            None,
            [],
            [],
            "Adéla Marková",
            "adela.markova.tv@gmail.example",
            "+420608551930",
        ),
    },
    {
        "id": "ja007-databox-txt",
        "description": "data message from a regional newspaper with a plain-text request",
        "style": Style.DATABOX,
        "from": "x@x.example",
        "subject": "Žádost o přístup k výsledkům voleb",
        "databox": {
            "box": "k7mq2xe",
            "sender": "Jihočeské listy s.r.o.",
            "address": "Riegrova 1, 370 01 České Budějovice",
        },
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Český statistický úřad\n\nŽádost o přístup k XML výstupu výsledků voleb\n\n"
                f"Žadatel: Jihočeské listy s.r.o., IČO {ICO_BOX}\n"
                "Adresy pro ostrý provoz: 203.0.113.140, 203.0.113.141\n"
                "Testovací adresy: 203.0.113.150\n"
                "Kontaktní osoba: Bc. Ondřej Vlk, vlk@jihoceskelisty.example, 385 772 019\n\n"
                "Ondřej Vlk, vedoucí IT\n",
            )
        ],
        "labels": L(
            FEED,
            "Jihočeské listy s.r.o.",
            ICO_BOX,
            "k7mq2xe",
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.150"],
            "Ondřej Vlk",
            "vlk@jihoceskelisty.example",
            "+420385772019",
        ),
    },
    {
        "id": "ja008-android-slovak",
        "description": "Slovak freelancer types from Android, no company, one address",
        "style": Style.PHONE,
        "from": "Marek Hudák <hudak.marek@posta.example>",
        "subject": "pristup xml",
        "headers": ANDROID,
        "body": (
            "Dobrý deň, som nezávislý novinár zo Žiliny, píšem o českých voľbách pre "
            "slovenské weby. Prosím o prístup k XML s výsledkami, moja verejná IP je "
            "192.0.2.201. Ďakujem, Marek Hudák, +421 905 338 127\n\n"
            "Odoslané z môjho telefónu Android\n"
        ),
        "labels": L(
            FEED,
            "Marek Hudák",
            None,
            None,
            ["192.0.2.201"],
            [],
            "Marek Hudák",
            "hudak.marek@posta.example",
            "+421905338127",
        ),
    },
    {
        "id": "ja009-german-agency-english",
        "description": "German agency writes in German with an English signature; IPv6 and v4",
        "style": Style.FOREIGN,
        "from": '"Schulze, Katrin" <k.schulze@mitteleuropa-presse.example>',
        "subject": "Anfrage: Zugang zum XML-Ergebnisdienst",
        "headers": OUTLOOK,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Mitteleuropa Presseagentur GmbH (Dresden) bittet um Zugang zu Ihrem "
            "XML-Dienst mit den Wahlergebnissen. Unsere Produktionsserver:\n"
            "  2001:db8:a1::5\n  198.18.7.12\n"
            "Testsystem: 198.18.7.20\n\n"
            "Ansprechpartnerin ist Frau Katrin Schulze, Tel. +49 351 48 20 117.\n\n"
            "Mit freundlichen Grüßen\nKatrin Schulze\nHead of Data Desk\n"
            "Mitteleuropa Presseagentur GmbH\n"
        ),
        "labels": L(
            FEED,
            "Mitteleuropa Presseagentur GmbH",
            None,
            None,
            ["2001:db8:a1::5", "198.18.7.12"],
            ["198.18.7.20"],
            "Katrin Schulze",
            "k.schulze@mitteleuropa-presse.example",
            "+493514820117",
        ),
    },
    {
        "id": "ja010-followup-filming-withdrawn",
        "description": "follow-up withdraws the filming part; only the feed remains",
        "style": Style.FOLLOWUP,
        "from": "Jiří Procházka <prochazka@radioplzen.example>",
        "subject": "Re: žádost o XML a natáčení",
        "body": (
            "Dobrý den,\n\nještě doplňuji včerejší mail: natáčení na sběrném místě nakonec "
            "nebudeme potřebovat, reportér bude jinde, takže to prosím škrtněte. Přístup "
            "k XML pořád chceme, adresy beze změny.\n\nJiří Procházka\n\n"
            "Dne 8. 9. 2026 v 17:40 Jiří Procházka <prochazka@radioplzen.example> napsal(a):\n"
            "> Dobrý den,\n> za Rádio Plzeň, spol. s r.o. žádáme o přístup k XML výsledkům\n"
            "> (produkce 203.0.113.30-203.0.113.32) a o povolení natáčet na sběrném místě\n"
            "> v Plzni. Kontakt: já, 777 012 654.\n> Jiří Procházka, technik\n"
        ),
        "labels": L(
            FEED,
            "Rádio Plzeň, spol. s r.o.",
            None,
            None,
            ["203.0.113.30", "203.0.113.31", "203.0.113.32"],
            [],
            "Jiří Procházka",
            "prochazka@radioplzen.example",
            "+420777012654",
        ),
    },
    {
        "id": "ja011-signature-two-people",
        "description": "two people in the signature; the text names the second as the contact",
        "style": Style.SIGNATURE,
        "from": "Redakce Týdeník Polabí <redakce@tydenikpolabi.example>",
        "subject": "Zadost - XML vysledky voleb",
        "body": (
            "Dobry den,\n\nvydavatelstvi Polabske media, s.r.o. zada o pristup k XML sluzbe. "
            "Adresy pro ostry provoz: 198.51.100.90 a 198.51.100.91, test 198.51.100.92.\n"
            "Technicke veci prosim resit s panem Novotnym (nize).\n\n"
            "S pozdravem\n\nHana Šimková, šéfredaktorka, 602 118 335, simkova@tydenikpolabi.example\n"
            "Lukáš Novotný, správce sítě, 724 903 117, novotny@tydenikpolabi.example\n"
            "Týdeník Polabí, Nymburk\n"
        ),
        "labels": L(
            FEED,
            "Polabske media, s.r.o.",
            None,
            None,
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.92"],
            "Lukáš Novotný",
            "novotny@tydenikpolabi.example",
            "+420724903117",
        ),
    },
    {
        "id": "ja012-english-both-requests",
        "description": "foreign broadcaster in English asks for feed and filming; netmask",
        "style": Style.FOREIGN,
        "from": "Oliver Grant <o.grant@northsea-broadcast.example>",
        "subject": "Election night - data feed and filming request",
        "headers": OUTLOOK,
        "body": (
            "Hello,\n\nNorthSea Broadcasting Ltd would like to (1) receive the election results "
            "XML feed and (2) film briefly at one of your collection points in Prague on "
            "election night.\n\nProduction network: 203.0.113.8 netmask 255.255.255.252\n"
            "No test system.\n\nContact: Oliver Grant, Central Europe producer, "
            "+44 20 7946 0321 (switchboard), mobile +44 7700 900 412.\n\n"
            "Kind regards,\nOliver\n"
        ),
        "labels": L(
            BOTH,
            "NorthSea Broadcasting Ltd",
            None,
            None,
            ["203.0.113.8", "203.0.113.9", "203.0.113.10", "203.0.113.11"],
            [],
            "Oliver Grant",
            "o.grant@northsea-broadcast.example",
            "+447700900412",
        ),
    },
    {
        "id": "ja013-pdf-form-attached",
        "description": "short mail with the request in an attached PDF table",
        "style": Style.ATTACHMENT,
        "from": "Petra Malá <mala@obecnilisty-kolin.example>",
        "subject": "žádost v příloze",
        "body": "Dobrý den, v příloze posílám vyplněnou žádost. Děkuji, Malá\n",
        "attachments": [
            (
                "pdf",
                "zadost_xml.pdf",
                [
                    "Žádost o přístup k XML výstupu výsledků voleb",
                    {
                        "rows": [
                            ["Žadatel", "Město Kolín"],
                            ["IČO", "00235440"],
                            ["Produkční IP", "192.0.2.44, 192.0.2.45"],
                            ["Testovací IP", "—"],
                            [
                                "Kontakt",
                                "Petra Malá, tisková mluvčí, mala@obecnilisty-kolin.example, "
                                "+420 321 748 209",
                            ],
                        ],
                        "widths": [120, 300],
                    },
                    "V Kolíně dne 10. 9. 2026",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Město Kolín",
            "00235440",
            None,
            ["192.0.2.44", "192.0.2.45"],
            [],
            "Petra Malá",
            "mala@obecnilisty-kolin.example",
            "+420321748209",
        ),
    },
    {
        "id": "ja014-polish-portal",
        "description": "Polish portal writes in Polish; test range written as a dash range",
        "style": Style.FOREIGN,
        "from": "Agnieszka Wróbel <a.wrobel@portalslaski.example>",
        "subject": "Wniosek o dostęp do danych XML - wybory",
        "body": (
            "Dzień dobry,\n\nw imieniu Portal Śląski sp. z o.o. (Katowice) zwracam się z "
            "prośbą o dostęp do danych XML z wynikami wyborów.\n"
            "Adres produkcyjny: 198.51.100.170\n"
            "Adresy testowe: 198.51.100.180 - 198.51.100.181\n\n"
            "Osoba kontaktowa: Agnieszka Wróbel, tel. +48 601 229 874\n\n"
            "Z poważaniem\nAgnieszka Wróbel\n"
        ),
        "labels": L(
            FEED,
            "Portal Śląski sp. z o.o.",
            None,
            None,
            ["198.51.100.170"],
            ["198.51.100.180", "198.51.100.181"],
            "Agnieszka Wróbel",
            "a.wrobel@portalslaski.example",
            "+48601229874",
        ),
    },
]
