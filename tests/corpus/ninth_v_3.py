"""Ninth held-out part ``v``, cases v029–v042: Seznam with an RTF letter, addresses no longer
used, a Slovak broadcaster, a Polish agency with IPv6 tests, an HTML table with row headers, a
phone note declining filming, a contact handed over in a reply thread, a data message with an
ODT letter, a signature with several people, an in-line typo fix, 5 + 5 addresses from a block,
a foreign university filming only, a nickname on Apple Mail and a follow-up adding the phone.
Written by hand; labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L
from tests.corpus.ninth_v_common import (
    APPLE,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    THUNDERBIRD,
    Style,
)

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

CASES: list[dict[str, Any]] = [
    {
        "id": "v029-seznam-no-diacritics-rtf",
        "description": "Seznam mail without diacritics; the application is an RTF letter with a table",
        "style": Style.SEZNAM,
        "labels": L(
            FEED,
            "Nase Brdy s.r.o.",
            "26124793",
            None,
            ["192.0.2.61", "192.0.2.62"],
            ["192.0.2.63"],
            "Jaroslav Mlejnek",
            "nasebrdy@seznam-posta.example",
            "+420737045821",
        ),
        "from": "Nase Brdy <nasebrdy@seznam-posta.example>",
        "subject": "zadost o pristup",
        "headers": SEZNAM,
        "body": "dobry den posilam zadost v priloze, s pozdravem Mlejnek\n",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Nase Brdy s.r.o., ICO 26124793, Pribram",
                    "Vec: zadost o pristup k vysledkum voleb (XML)",
                    [
                        ["adresa", "provoz"],
                        ["192.0.2.61", "ostry"],
                        ["192.0.2.62", "ostry"],
                        ["192.0.2.63", "testovaci"],
                    ],
                    "Kontaktni osoba: Jaroslav Mlejnek, tel. 737 045 821",
                    "Jaroslav Mlejnek, jednatel",
                ],
            ),
        ],
    },
    {
        "id": "v030-old-address-no-longer-used",
        "description": "last year's address is mentioned as no longer used; only the new ones count",
        "style": Style.GMAIL,
        "labels": L(
            FEED,
            "Týdeník Polabí, a.s.",
            "70051836",
            None,
            ["203.0.113.210", "203.0.113.211"],
            ["203.0.113.215"],
            "Eliška Marešová",
            "eliska.maresova@tydenikpolabi.example",
            "+420732118560",
        ),
        "from": "Eliška Marešová <eliska.maresova@tydenikpolabi.example>",
        "subject": "Přístup na volební server - Týdeník Polabí",
        "body": (
            "Dobrý den,\n\n"
            "Týdeník Polabí, a.s., IČO 70051836, žádá o přístup k XML výsledkům voleb.\n\n"
            "Loni jsme stahovali z 192.0.2.50, tu adresu už ale nepoužíváme (server jsme "
            "zrušili), prosím ji nezapisujte.\n\n"
            "Nové adresy:\n"
            "- ostrý provoz 203.0.113.210 a 203.0.113.211\n"
            "- testovací 203.0.113.215\n\n"
            "Kontakt: Eliška Marešová, 732 118 560\n\n"
            "Děkuji,\nEliška Marešová\n"
        ),
    },
    {
        "id": "v031-slovak-broadcaster-both",
        "description": "formal Slovak mail of a Slovak TV company (Slovak IČO) asking for the feed and filming",
        "style": Style.OUTLOOK,
        "labels": L(
            BOTH,
            "TV Dunaj, s. r. o.",
            "18403620",
            None,
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.250"],
            "Zuzana Kováčová",
            "kovacova@tvdunaj.example",
            "+421259302117",
        ),
        "from": "Kováčová Zuzana <kovacova@tvdunaj.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb a o povolenie natáčania",
        "headers": OUTLOOK,
        "body": (
            "Vážený pán, vážená pani,\n\n"
            "spoločnosť TV Dunaj, s. r. o., IČO: 18 403 620, so sídlom v Bratislave, "
            "Mlynské nivy 12, si dovoľuje požiadať\n"
            "1. o prístup k serveru s výsledkami volieb vo formáte XML a\n"
            "2. o povolenie natáčania na preberacom mieste ČSÚ v Prahe počas noci zo soboty "
            "na nedeľu.\n\n"
            "IP adresy pre ostrú prevádzku: 198.51.100.240, 198.51.100.241\n"
            "IP adresa pre testovaciu prevádzku: 198.51.100.250\n\n"
            "Kontaktná osoba: Zuzana Kováčová, vedúca spravodajstva, tel. +421 2 5930 2117\n\n"
            "S úctou\n\nZuzana Kováčová\nTV Dunaj, s. r. o.\n"
        ),
    },
    {
        "id": "v032-polish-agency-ipv6-tests",
        "description": "English mail of a Polish agency: IPv4 production, IPv6 test addresses, no Czech IČO",
        "style": Style.THUNDERBIRD,
        "labels": L(
            FEED,
            "Agencja Informacyjna Wisła sp. z o.o.",
            None,
            None,
            ["198.18.140.12", "198.18.140.13"],
            ["2001:db8:140::a", "2001:db8:140::b"],
            "Tomasz Wójcik",
            "t.wojcik@aiwisla.example",
            "+48601223874",
        ),
        "from": "Tomasz Wójcik <t.wojcik@aiwisla.example>",
        "subject": "Election results XML - access request",
        "headers": THUNDERBIRD,
        "body": (
            "Good morning,\n\n"
            "Agencja Informacyjna Wisła sp. z o.o. (Warsaw) would like to receive the XML "
            "election results.\n\n"
            "PROD: 198.18.140.12, 198.18.140.13\n"
            "TEST: 2001:db8:140:0:0:0:0:a, 2001:db8:140:0:0:0:0:b\n\n"
            "Contact person: Tomasz Wójcik, mobile +48 601 223 874.\n\n"
            "Regards,\nTomasz Wójcik\nIT Operations\n"
        ),
    },
    {
        "id": "v033-outlook-html-only-row-headers",
        "description": "Outlook HTML-only mail; a table whose row headers give the roles",
        "style": Style.HTML_TABLE,
        "labels": L(
            FEED,
            "Zlínské noviny, spol. s r.o.",
            "28770455",
            None,
            ["192.0.2.170", "192.0.2.171", "192.0.2.172"],
            ["192.0.2.180"],
            "Tomáš Bartoš",
            "bartos@zlinskenoviny.example",
            "+420577104322",
        ),
        "from": "Bartoš Tomáš <bartos@zlinskenoviny.example>",
        "subject": "Žádost o přístup - Zlínské noviny",
        "headers": OUTLOOK,
        "html": (
            '<html><body><div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,</p>'
            '<p class="MsoNormal">Zlínské noviny, spol. s r.o. (IČO 28770455) žádají '
            "o přístup k výsledkům voleb v XML:</p>"
            '<table border="1" cellpadding="4">'
            '<tr><th align="left">Ostrý provoz</th><td>192.0.2.170<br>192.0.2.171<br>'
            "192.0.2.172</td></tr>"
            '<tr><th align="left">Testovací provoz</th><td>192.0.2.180</td></tr>'
            '<tr><th align="left">Kontaktní osoba</th><td>Tomáš Bartoš, 577 104 322</td></tr>'
            "</table>"
            '<p class="MsoNormal">Děkujeme.</p>'
            '<p class="MsoNormal">Tomáš Bartoš<br>správa IT</p></div></body></html>'
        ),
    },
    {
        "id": "v034-phone-filming-not-needed",
        "description": "phone note without diacritics: feed yes, 'natacet nebudeme'",
        "style": Style.PHONE,
        "labels": L(
            FEED,
            "Radio Krokodyl s.r.o.",
            "05649218",
            None,
            ["203.0.113.33"],
            ["203.0.113.34"],
            "Simon Pekarek",
            "pekarek@krokodyl.example",
            "+420604772118",
        ),
        "from": "Simon Pekarek <pekarek@krokodyl.example>",
        "subject": "volby - radio krokodyl",
        "headers": IPHONE,
        "body": (
            "Dobry den, Radio Krokodyl s.r.o. ICO 05649218 zada o xml vysledky. Prod 203.0.113.33,"
            " test 203.0.113.34. Natacet na prebiracich mistech nebudeme. Pekarek 604772118\n\n"
            "Odeslano z iPhonu\n"
        ),
    },
    {
        "id": "v035-reply-thread-contact-handed-over",
        "description": "a reply in a thread hands the contact over to a colleague; addresses from the quoted original",
        "style": Style.REPLY,
        "labels": L(
            FEED,
            "Brněnský metropolitní zpravodaj, z.ú.",
            "31294707",
            None,
            ["198.18.77.20"],
            ["198.18.77.21"],
            "Jana Pokorná",
            "pokorna@bmz.example",
            "+420739206415",
        ),
        "from": "Martin Veselý <vesely@bmz.example>",
        "subject": "Re: Re: Žádost o přístup k XML výsledkům",
        "headers": THUNDERBIRD,
        "body": (
            "Dobrý den,\n\n"
            "děkuji za potvrzení. Od pondělí jsem na dovolené, kontaktní osobou pro tuto žádost "
            "proto bude kolegyně Jana Pokorná (pokorna@bmz.example, tel. 739 206 415). Adresy "
            "zůstávají beze změny.\n\n"
            "Martin Veselý\n\n"
            "Dne 02.12.2022 v 11:05 Podatelna ČSÚ napsal(a):\n"
            "> Dobrý den,\n"
            "> Vaše žádost byla zaevidována pod evidenčním číslem CSU-2022-01422.\n"
            "> Podatelna ČSÚ\n"
            ">\n"
            "> Dne 01.12.2022 v 17:48 Martin Veselý napsal(a):\n"
            ">> Dobrý den,\n"
            ">> Brněnský metropolitní zpravodaj, z.ú., IČO 31294707, žádá o přístup k XML "
            "výsledkům voleb.\n"
            ">> ostrý provoz: 198.18.77.20\n"
            ">> testovací provoz: 198.18.77.21\n"
            ">> kontakt: Martin Veselý, 605 118 442\n"
        ),
    },
    {
        "id": "v036-databox-odt-letter",
        "description": "data message with an ODT letter; only the envelope gives the data-box ID",
        "style": Style.DATABOX,
        "databox": {
            "box": "p9wd4ra",
            "sender": "Mediální dům Slezsko s.r.o.",
            "address": "Horní náměstí 22, 746 01 Opava",
        },
        "labels": L(
            BOTH,
            "Mediální dům Slezsko s.r.o.",
            "24093785",
            "p9wd4ra",
            ["192.0.2.225"],
            ["192.0.2.226"],
            "Libor Kaluža",
            "kaluza@mdslezsko.example",
            "+420553771408",
        ),
        "from": "Mediální dům Slezsko <info@mdslezsko.example>",
        "subject": "Volby prezidenta 2023 - žádost o přístup a natáčení",
        "attachments": [
            (
                "odt",
                "zadost_MDS.odt",
                [
                    "Mediální dům Slezsko s.r.o., IČO 24093785, Horní náměstí 22, Opava",
                    "Žádáme o zpřístupnění výsledků voleb ve formátu XML a o povolení pořizovat "
                    "videozáznam na přebíracím místě v Opavě.",
                    [["Role", "IP adresa"], ["produkce", "192.0.2.225"], ["test", "192.0.2.226"]],
                    "Kontaktní osoba: Libor Kaluža, kaluza@mdslezsko.example, 553 771 408",
                    "Bc. Libor Kaluža, vedoucí redakce",
                ],
            ),
        ],
    },
    {
        "id": "v037-gmail-crowded-signature",
        "description": "signature lists the editor-in-chief, a technician (named contact) and the desk's shared address",
        "style": Style.SIGNATURE,
        "labels": L(
            FEED,
            "Deník Střední Čechy s.r.o.",
            "43785166",
            None,
            ["203.0.113.120", "203.0.113.121"],
            [],
            "Adam Růžička",
            "ruzicka@denikstc.example",
            "+420702441953",
        ),
        "from": "Redakce Deník Střední Čechy <redakce@denikstc.example>",
        "subject": "XML výsledky voleb",
        "body": (
            "Dobrý den,\n\n"
            "prosíme o přístup k výsledkům voleb (XML) pro Deník Střední Čechy s.r.o., "
            "IČO 43785166, z adres 203.0.113.120 a 203.0.113.121 (ostrý provoz). Testovací "
            "adresy nemáme. Kontaktní osobou je náš technik Adam Růžička.\n\n"
            "--\n"
            "Redakce Deník Střední Čechy\n"
            "redakce@denikstc.example | tel. 312 600 100\n\n"
            "Mgr. Klára Benešová, šéfredaktorka, benesova@denikstc.example, 603 200 781\n"
            "Adam Růžička, technik, ruzicka@denikstc.example, 702 441 953\n"
        ),
    },
    {
        "id": "v038-inline-typo-fix",
        "description": "an address typed wrong and fixed in the next sentence of the same message",
        "style": Style.CORRECTION,
        "labels": L(
            FEED,
            "Info Kladno s.r.o.",
            "21950644",
            None,
            ["203.0.113.80"],
            ["203.0.113.81"],
            "Dominik Charvát",
            "charvat@infokladno.example",
            "+420720118396",
        ),
        "from": "Dominik Charvát <charvat@infokladno.example>",
        "subject": "pristup k vysledkum - Info Kladno",
        "body": (
            "Dobrý den,\n\n"
            "Info Kladno s.r.o. (IČO 21950644) žádá o přístup k XML výsledkům voleb. Ostrá "
            "adresa 203.0.113.8 - pardon, překlep, správně 203.0.113.80. Testovací 203.0.113.81.\n\n"
            "Dominik Charvát, 720 118 396\n"
        ),
    },
    {
        "id": "v039-webmail-latin2-five-and-five",
        "description": "iso-8859-2 webmail: a /30 plus one address make five production, five test addresses listed",
        "style": Style.WEBMAIL,
        "charset": "iso-8859-2",
        "labels": L(
            FEED,
            "Česká mediální skupina a.s.",
            "07318596",
            None,
            ["192.0.2.160", "192.0.2.161", "192.0.2.162", "192.0.2.163", "192.0.2.170"],
            ["198.51.100.31", "198.51.100.32", "198.51.100.33", "198.51.100.34", "198.51.100.35"],
            "Radim Kopecký",
            "kopecky@cms-media.example",
            "+420731008245",
        ),
        "from": "Radim Kopecký <kopecky@cms-media.example>",
        "subject": "Žádost o přístup k volebním výsledkům - ČMS",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "Česká mediální skupina a.s., IČO 07318596, žádá o přístup k serveru s výsledky voleb.\n\n"
            "Produkce (celkem 5 adres): 192.0.2.160/30 a dále 192.0.2.170\n"
            "Test (5 adres): 198.51.100.31, 198.51.100.32, 198.51.100.33, 198.51.100.34, "
            "198.51.100.35\n\n"
            "Kontakt: Radim Kopecký, síťový architekt, 731 008 245\n\n"
            "S pozdravem\nRadim Kopecký\n"
        ),
    },
    {
        "id": "v040-english-university-filming-only",
        "description": "a foreign university asks only to film and says it does not need the feed",
        "style": Style.GMAIL,
        "labels": L(
            FILM,
            "University of Leeds",
            None,
            None,
            [],
            [],
            "Sarah O'Connell",
            "s.oconnell@leeds-uni.example",
            "+441134960218",
        ),
        "from": "Sarah O'Connell <s.oconnell@leeds-uni.example>",
        "subject": "Filming request - election night research project",
        "body": (
            "Dear Sir or Madam,\n\n"
            "I am a researcher at the University of Leeds (School of Media and Communication) "
            "working on a comparative study of how votes are counted and reported in Central "
            "Europe. On behalf of the University, which funds the project, I would like to ask "
            "for permission for our crew of two to film at one of your collection points "
            "during the presidential election. We do not need access to the XML results "
            "feed; the public website is sufficient for us.\n\n"
            "My office number is +44 113 496 0218.\n\n"
            "Yours faithfully,\nDr Sarah O'Connell\n"
        ),
    },
    {
        "id": "v041-apple-mail-nickname-kuba",
        "description": "signed 'Kuba', the full name only in the sender header; test address given as an IPv6",
        "style": Style.APPLE_MAIL,
        "labels": L(
            FEED,
            "Podcastové studio Mikrofon s.r.o.",
            "62480138",
            None,
            ["198.51.100.77"],
            ["2001:db8:5a::77"],
            "Jakub Šťastný",
            "jakub@mikrofon-studio.example",
            "+420608117362",
        ),
        "from": "Jakub Šťastný <jakub@mikrofon-studio.example>",
        "subject": "Volební noc - XML",
        "headers": APPLE,
        "body": (
            "Ahoj / dobrý den,\n\n"
            "děláme volební speciál a chceme mít čísla rovnou z vašeho XML. Firma je "
            "Podcastové studio Mikrofon s.r.o., IČ 62480138. Ostrá IP 198.51.100.77, na test "
            "použijeme 2001:db8:5a::77.\n\n"
            "Díky moc,\nKuba\n608 117 362\n"
        ),
    },
    {
        "id": "v042-followup-adds-phone",
        "description": "a follow-up only adds the phone; everything else from the quoted own original",
        "style": Style.FOLLOWUP,
        "labels": L(
            FEED,
            "Východočeský týdeník, s.r.o.",
            "02876540",
            None,
            ["198.18.5.50", "198.18.5.51"],
            ["198.18.5.60"],
            "Monika Svobodová",
            "svobodova@vychodoceskytydenik.example",
            "+420724509133",
        ),
        "from": "Monika Svobodová <svobodova@vychodoceskytydenik.example>",
        "subject": "Re: Žádost o přístup k XML výsledkům voleb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v mé žádosti níže jsem zapomněla uvést telefon: 724 509 133.\n\n"
            "Děkuji,\nMonika Svobodová\n\n"
            "________________________________\n"
            "Od: Monika Svobodová <svobodova@vychodoceskytydenik.example>\n"
            "Odesláno: pátek 2. prosince 2022 8:12\n"
            "Komu: podatelna@czso.cz\n"
            "Předmět: Žádost o přístup k XML výsledkům voleb\n\n"
            "Dobrý den,\n\n"
            "Východočeský týdeník, s.r.o., IČO 02876540, žádá o přístup k serveru s výsledky "
            "voleb.\n"
            "Produkční adresy: 198.18.5.50, 198.18.5.51\n"
            "Testovací adresa: 198.18.5.60\n\n"
            "Monika Svobodová\nvedoucí vydání\n"
        ),
    },
]
