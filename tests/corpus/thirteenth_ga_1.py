"""Thirteenth held-out part ``ga``, cases ga001–ga014 (hand-written; never tune against them)."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico
from tests.corpus.thirteenth_ga_common import (
    ANDROID,
    APPLE,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    THUNDERBIRD,
    Style,
)

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

ICO_VYSOCINA = ico("2875130")
ICO_PODHURI = ico("0463781")
ICO_LABE = ico("4519062")
ICO_HORACKO = ico("2630457")
ICO_BRNO = ico("0871243")
ICO_VYCHOD = ico("5032918")
ICO_JIZERA = ico("4722615")
ICO_MB = ico("2219384")
ICO_SEDLACEK = ico("7310552")
ICO_KURYR = ico("0593817")

CASES: list[dict[str, Any]] = [
    {
        "id": "ga001-iphone-two-liner",
        "description": "two lines typed on a phone, no diacritics in the body, name with "
        "diacritics only in the From header",
        "style": Style.MOBILE,
        "from": "Petr Vondráček <petr.vondracek@zpravyvysocina.example>",
        "subject": "feed volby",
        "headers": IPHONE,
        "body": (
            f"Dobry den, prosime o pristup k volebnimu XML pro Zpravy Vysocina s.r.o., ICO "
            f"{ICO_VYSOCINA}. Server 203.0.113.41 a 203.0.113.42, testovaci zatim nemame.\n"
            "Petr Vondracek 777 201 448\n\nOdesláno z iPhonu\n"
        ),
        "labels": L(
            FEED,
            "Zpravy Vysocina s.r.o.",
            ICO_VYSOCINA,
            None,
            ["203.0.113.41", "203.0.113.42"],
            [],
            "Petr Vondráček",
            "petr.vondracek@zpravyvysocina.example",
            "+420777201448",
        ),
    },
    {
        "id": "ga002-chatty-gmail-honza",
        "description": "chatty mail signed by a nickname; the named contact is a colleague "
        "given with full name; test block as CIDR",
        "style": Style.CHATTY,
        "from": "Michaela Šustrová <misa.sustrova@radiopodhuri.example>",
        "subject": "Re: volby - data pro nás :)",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "tak jsme se konečně dokopali k tomu, abychom si o ten váš volební feed řekli "
            "včas :) Loni jsme výsledky opisovali z webu a bylo to peklo.\n\n"
            f"Jsme Rádio Podhůří, s.r.o. (IČO {ICO_PODHURI}), vysíláme v Podkrkonoší. "
            "Ostrý server bude mít adresu 198.51.100.5 a na testování jsme si vyhradili "
            "blok 198.51.100.16/30.\n\n"
            "Technicky to celé má na starosti kolega Honza, kontaktní osobou pro tuhle "
            "žádost bude tedy on: Jan Kratochvíl, jan.kratochvil@radiopodhuri.example, "
            "mobil 603 118 902. Já jsem jen ta, co to musela napsat :-)\n\n"
            "Díky moc a hezký den!\nMíša\n\n--\nMichaela Šustrová\nprogramová asistentka\n"
            "Rádio Podhůří\n"
        ),
        "labels": L(
            FEED,
            "Rádio Podhůří, s.r.o.",
            ICO_PODHURI,
            None,
            ["198.51.100.5"],
            ["198.51.100.16", "198.51.100.17", "198.51.100.18", "198.51.100.19"],
            "Jan Kratochvíl",
            "jan.kratochvil@radiopodhuri.example",
            "+420603118902",
        ),
    },
    {
        "id": "ga003-outlook-html-table",
        "description": "HTML-only Outlook mail, the request as a two-column table; direct "
        "line and switchboard both given",
        "style": Style.HTML_TABLE,
        "from": '"Pospíšilová, Radka" <radka.pospisilova@labemedia.example>',
        "subject": "Žádost o přístup k výsledkům voleb – Vydavatelství Labe",
        "headers": OUTLOOK,
        "html": (
            "<html><body><p>Dobrý den,</p><p>na základě informací na Vašem webu žádáme "
            "o zpřístupnění XML výstupu výsledků voleb. Údaje uvádím v tabulce:</p>"
            '<table border="1" cellpadding="4">'
            "<tr><td><b>Žadatel</b></td><td>Vydavatelství Labe a.s.</td></tr>"
            f"<tr><td><b>IČO</b></td><td>{ICO_LABE}</td></tr>"
            "<tr><td><b>IP adresy – ostrý provoz</b></td>"
            "<td>192.0.2.10<br>192.0.2.11<br>192.0.2.12</td></tr>"
            "<tr><td><b>IP adresa – test</b></td><td>192.0.2.200</td></tr>"
            "<tr><td><b>Kontaktní osoba</b></td><td>Ing. Radka Pospíšilová</td></tr>"
            "<tr><td><b>Telefon</b></td><td>přímá linka 466 710 233, ústředna 466 710 100"
            "</td></tr>"
            "<tr><td><b>E-mail</b></td><td>radka.pospisilova@labemedia.example</td></tr>"
            "</table><p>S pozdravem</p><p>Radka Pospíšilová<br>vedoucí IT<br>"
            "Vydavatelství Labe a.s.</p></body></html>"
        ),
        "labels": L(
            FEED,
            "Vydavatelství Labe a.s.",
            ICO_LABE,
            None,
            ["192.0.2.10", "192.0.2.11", "192.0.2.12"],
            ["192.0.2.200"],
            "Radka Pospíšilová",
            "radka.pospisilova@labemedia.example",
            "+420466710233",
        ),
    },
    {
        "id": "ga004-forward-from-editor",
        "description": "IT man forwards the editor-in-chief's instruction and writes the "
        "request above it; he is the contact",
        "style": Style.FORWARD,
        "from": "Tomáš Bureš <bures@horackenoviny.example>",
        "subject": "Fwd: žádost ČSÚ volby",
        "headers": THUNDERBIRD,
        "body": (
            "Dobrý den,\n\n"
            "v návaznosti na níže přeposlaný pokyn naší šéfredaktorky žádáme za společnost "
            f"Horácké noviny s.r.o., IČO {ICO_HORACKO}, o přístup k datové službě s "
            "výsledky voleb.\n\n"
            "Produkční servery: 203.0.113.130, 203.0.113.131\n"
            "Testovací server: 203.0.113.135\n\n"
            "Kontaktní osobou jsem já, Tomáš Bureš, tel. +420 567 300 412.\n\n"
            "Tomáš Bureš\nsprávce IT\n\n"
            "-------- Přeposlaná zpráva --------\n"
            "Předmět: žádost ČSÚ volby\n"
            "Datum: Mon, 3 Aug 2026 09:12:40 +0200\n"
            "Od: Věra Dostálová <dostalova@horackenoviny.example>\n"
            "Komu: Tomáš Bureš <bures@horackenoviny.example>\n\n"
            "Tomáši,\n\nprosím pošli na statistický úřad žádost o ten XML feed k volbám, "
            "adresy serverů máš ty. Ať to tam je do konce měsíce.\n\nDíky, V.\n"
        ),
        "labels": L(
            FEED,
            "Horácké noviny s.r.o.",
            ICO_HORACKO,
            None,
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.135"],
            "Tomáš Bureš",
            "bures@horackenoviny.example",
            "+420567300412",
        ),
    },
    {
        "id": "ga005-correction-reply-quoted",
        "description": "a correction above the quoted original application: one production "
        "address replaced",
        "style": Style.CORRECTION,
        "from": "Ondřej Pazdera <pazdera@mediabrnosever.example>",
        "subject": "Re: Žádost o přístup k volebním datům",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nomlouvám se, v předchozím e-mailu jsem spletl jednu adresu: místo "
            "203.0.113.77 má být správně 203.0.113.78. Všechno ostatní platí beze změny.\n\n"
            "Ondřej Pazdera\n\n"
            "-----Original Message-----\n"
            "From: Ondřej Pazdera <pazdera@mediabrnosever.example>\n"
            "Sent: Tuesday, August 4, 2026 2:31 PM\n"
            "To: podatelna@czso.cz\n"
            "Subject: Žádost o přístup k volebním datům\n\n"
            "> Dobrý den,\n>\n"
            f"> společnost MEDIA BRNO-SEVER s.r.o., IČO {ICO_BRNO}, žádá o přístup\n"
            "> k XML výstupům výsledků voleb.\n>\n"
            "> Produkční IP: 203.0.113.76, 203.0.113.77\n"
            "> Testovací IP: 203.0.113.90\n>\n"
            "> Kontakt: Ondřej Pazdera, pazdera@mediabrnosever.example, 541 220 917\n>\n"
            "> S pozdravem\n> Ondřej Pazdera\n"
        ),
        "labels": L(
            FEED,
            "MEDIA BRNO-SEVER s.r.o.",
            ICO_BRNO,
            None,
            ["203.0.113.76", "203.0.113.78"],
            ["203.0.113.90"],
            "Ondřej Pazdera",
            "pazdera@mediabrnosever.example",
            "+420541220917",
        ),
    },
    {
        "id": "ga006-slovak-thunderbird-flowed",
        "description": "Slovak daily, flowed text, IPv6 production address beside IPv4",
        "style": Style.FOREIGN,
        "from": "Ľubica Hrušovská <hrusovska@dennikvychod.example>",
        "subject": "Žiadosť o prístup k volebným výsledkom",
        "headers": THUNDERBIRD,
        "flowed": True,
        "body": (
            "Dobrý deň,\n\n"
            "naša redakcia by rada počas volieb preberala výsledky priamo z vášho XML "
            "výstupu. Žiadateľom je Denník Východ, s. r. o., IČO "
            f"{ICO_VYCHOD}.\n\n"
            "Adresy, z ktorých budeme pristupovať (ostrá prevádzka):\n"
            "- 198.51.100.140\n- 2001:db8:41::10\n\n"
            "Testovaciu adresu nepotrebujeme.\n\n"
            "Kontaktná osoba: Ľubica Hrušovská, +421 905 338 112, "
            "hrusovska@dennikvychod.example\n\n"
            "Ďakujem a prajem pekný deň\nĽubica Hrušovská\n"
        ),
        "labels": L(
            FEED,
            "Denník Východ, s. r. o.",
            ICO_VYCHOD,
            None,
            ["198.51.100.140", "2001:db8:41::10"],
            [],
            "Ľubica Hrušovská",
            "hrusovska@dennikvychod.example",
            "+421905338112",
        ),
    },
    {
        "id": "ga007-english-wire-range",
        "description": "Swedish agency without IČO; production as a written range, IPv6 test "
        "address; the engineer in copy is not the contact",
        "style": Style.FOREIGN,
        "from": "Ingrid Dahl <ingrid.dahl@nordicwire.example>",
        "cc": "Ola Berg <ola.berg@nordicwire.example>",
        "subject": "Access to election results feed - Nordic Wire",
        "headers": APPLE,
        "body": (
            "Hello,\n\n"
            "Nordic Wire Service AB would like to receive the Czech election results through "
            "your XML service. We have no Czech registration number; we are registered in "
            "Stockholm.\n\n"
            "Our production servers are 198.18.4.8 - 198.18.4.10. For testing please allow "
            "2001:db8:77::5.\n\n"
            "My colleague Ola (in copy) runs the servers, but please send everything about "
            "the application to me.\n\n"
            "Best regards,\nIngrid Dahl\nHead of Data Desk, Nordic Wire Service AB\n"
            "+46 8 555 012 34\n"
        ),
        "labels": L(
            FEED,
            "Nordic Wire Service AB",
            None,
            None,
            ["198.18.4.8", "198.18.4.9", "198.18.4.10"],
            ["2001:db8:77::5"],
            "Ingrid Dahl",
            "ingrid.dahl@nordicwire.example",
            "+46855501234",
        ),
    },
    {
        "id": "ga008-german-filming",
        "description": "German TV asks only to film at a collection point; no IČO",
        "style": Style.FOREIGN,
        "from": "Katrin Möller <k.moeller@elbtal-tv.example>",
        "subject": "Drehgenehmigung Wahlnacht / povolení natáčení",
        "headers": ROUNDCUBE,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Elbtal TV GmbH aus Dresden plant einen Bericht über die Wahlen in "
            "Tschechien. Wir möchten Sie um eine Genehmigung bitten, in der Wahlnacht an "
            "Ihrer Sammelstelle in Ústí nad Labem drehen zu dürfen (Kamera und Ton, zwei "
            "Personen, ca. eine Stunde).\n\n"
            "Einen Zugang zu den Daten brauchen wir nicht.\n\n"
            "Ansprechpartnerin: Katrin Möller, Redaktion, Tel. +49 351 4401 2290\n\n"
            "Mit freundlichen Grüßen\nKatrin Möller\n"
        ),
        "labels": L(
            FILM,
            "Elbtal TV GmbH",
            None,
            None,
            [],
            [],
            "Katrin Möller",
            "k.moeller@elbtal-tv.example",
            "+4935144012290",
        ),
    },
    {
        "id": "ga009-polish-both",
        "description": "Polish regional paper asks for the feed and for filming",
        "style": Style.FOREIGN,
        "from": "Marek Wiśniewski <m.wisniewski@gazetacieszyn.example>",
        "subject": "Wniosek - dane wyborcze i filmowanie",
        "headers": OUTLOOK,
        "charset": "iso-8859-2",
        "body": (
            "Dzień dobry,\n\n"
            "Gazeta Śląska Cieszyn sp. z o.o. prosi o dostęp do wyników wyborów w formacie "
            "XML oraz o zgodę na nagrywanie w punkcie zbiorczym w Karwinie.\n\n"
            "Adresy IP serwerów produkcyjnych: 203.0.113.150 i 203.0.113.151.\n"
            "Adres testowy: 203.0.113.160.\n\n"
            "Osoba kontaktowa: Marek Wiśniewski, tel. +48 601 223 904.\n\n"
            "Z poważaniem\nMarek Wiśniewski\nredaktor wydania\n"
        ),
        "labels": L(
            BOTH,
            "Gazeta Śląska Cieszyn sp. z o.o.",
            None,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.160"],
            "Marek Wiśniewski",
            "m.wisniewski@gazetacieszyn.example",
            "+48601223904",
        ),
    },
    {
        "id": "ga010-no-diacritics-filming-declined",
        "description": "plain and HTML alternative without diacritics; filming explicitly "
        "not needed; short written range of production addresses",
        "style": Style.CHATTY,
        "from": "Lukas Benes <benes@tvjizera.example>",
        "subject": "pristup k volebnim datum - TV Jizera",
        "headers": GMAIL,
        "cte": "base64",
        "body": (
            "Zdravim,\n\n"
            f"za TV Jizera spol. s r.o. (ICO {ICO_JIZERA}) bychom chteli volebni XML. "
            "Stroje maji adresy 192.0.2.60 az 192.0.2.62, vsechno ostry provoz, test "
            "nepotrebujeme.\n"
            "Nateceni na sbernem miste tentokrat nechceme, stacit nam budou data.\n\n"
            "Lukas Benes, tel. 731 550 207\n"
        ),
        "html": (
            "<div>Zdravim,</div><div><br></div><div>za TV Jizera spol. s r.o. (ICO "
            f"{ICO_JIZERA}) bychom chteli volebni XML. Stroje maji adresy 192.0.2.60 az "
            "192.0.2.62, vsechno ostry provoz, test nepotrebujeme.</div><div>Nateceni na "
            "sbernem miste tentokrat nechceme, stacit nam budou data.</div><div><br></div>"
            "<div>Lukas Benes, tel. 731 550 207</div>"
        ),
        "labels": L(
            FEED,
            "TV Jizera spol. s r.o.",
            ICO_JIZERA,
            None,
            ["192.0.2.60", "192.0.2.61", "192.0.2.62"],
            [],
            "Lukas Benes",
            "benes@tvjizera.example",
            "+420731550207",
        ),
    },
    {
        "id": "ga011-followup-filming-withdrawn",
        "description": "follow-up withdraws the filming part of yesterday's quoted request",
        "style": Style.FOLLOWUP,
        "from": "Alena Kubíčková <kubickova@mladoboleslavsko.example>",
        "subject": "Re: žádost - feed + natáčení (doplnění)",
        "headers": THUNDERBIRD,
        "body": (
            "Dobrý den,\n\n"
            "doplňuji svou včerejší žádost: natáčení na sběrném místě nakonec rušíme, "
            "kameraman ten večer nemůže. Žádost o přístup k datům trvá.\n\n"
            "Alena Kubíčková\n\n"
            "Dne 05.08.2026 v 16:02 Alena Kubíčková napsal(a):\n"
            "> Dobrý den,\n>\n"
            f"> spolek Nezávislé Mladoboleslavsko z.s., IČO {ICO_MB}, žádá o:\n"
            "> 1) přístup k XML s výsledky voleb – produkce 198.51.100.201, test\n"
            ">    198.51.100.202 a 198.51.100.203,\n"
            "> 2) povolení natáčet na sběrném místě v Mladé Boleslavi.\n>\n"
            "> Kontakt: Alena Kubíčková, 608 771 093\n"
        ),
        "labels": L(
            FEED,
            "Nezávislé Mladoboleslavsko z.s.",
            ICO_MB,
            None,
            ["198.51.100.201"],
            ["198.51.100.202", "198.51.100.203"],
            "Alena Kubíčková",
            "kubickova@mladoboleslavsko.example",
            "+420608771093",
        ),
    },
    {
        "id": "ga012-freelancer-busy-signature",
        "description": "freelancer with a nickname in the greeting and a signature listing "
        "his wife for invoices; IPv6 production address",
        "style": Style.SIGNATURE,
        "from": "Jakub Sedláček <kuba@sedlacek-zpravy.example>",
        "subject": "Volební data pro můj web",
        "headers": ANDROID,
        "body": (
            "Dobrý den,\n\n"
            "jsem nezávislý novinář (OSVČ) a provozuji zpravodajský web o Znojemsku. "
            "Rád bych na volební noc napojil web na vaše XML s výsledky. Server: "
            "203.0.113.9 a také IPv6 2001:db8:a0::9. Testovací prostředí nemám.\n\n"
            "Díky,\nKuba\n\n"
            "--\nJakub Sedláček\n"
            f"IČO {ICO_SEDLACEK}\n"
            "mobil: 736 402 588 | kuba@sedlacek-zpravy.example\n"
            "fakturace: Lenka Sedláčková, 739 120 045, ucetni@sedlacek-zpravy.example\n"
        ),
        "labels": L(
            FEED,
            "Jakub Sedláček",
            ICO_SEDLACEK,
            None,
            ["203.0.113.9", "2001:db8:a0::9"],
            [],
            "Jakub Sedláček",
            "kuba@sedlacek-zpravy.example",
            "+420736402588",
        ),
    },
    {
        "id": "ga013-databox-university-pdf",
        "description": "data message from a private college with the request in a PDF and a "
        "short TXT cover note",
        "style": Style.DATABOX,
        "from": "datova-schranka@vsms.example",
        "subject": "Žádost o přístup k datům o výsledcích voleb",
        "databox": {
            "box": "k7p2m9x",
            "sender": "Vysoká škola mediálních studií, o.p.s.",
            "address": "Velká Hradební 480/12, 400 01 Ústí nad Labem",
        },
        "body": "",
        "attachments": [
            (
                "txt",
                "pruvodni_dopis.txt",
                "Dobrý den, v příloze zasíláme žádost naší školy o přístup k volebním "
                "datům pro studentský projekt. Děkujeme.\n",
            ),
            (
                "pdf",
                "zadost_volby.pdf",
                [
                    "Vysoká škola mediálních studií, o.p.s.",
                    f"IČO: {ico('2714003')}",
                    "Věc: Žádost o přístup k XML výstupu výsledků voleb",
                    "Pro studentskou zpravodajskou relaci ve volební noci žádáme o přístup "
                    "k XML výstupu. Naše servery (ostrý provoz): 198.51.100.30 a "
                    "198.51.100.31. Testovací adresu nepožadujeme.",
                    "Kontaktní osoba: doc. Mgr. Hana Richterová, Ph.D., "
                    "hana.richterova@vsms.example, tel. 475 283 611",
                ],
            ),
        ],
        "labels": L(
            FEED,
            "Vysoká škola mediálních studií, o.p.s.",
            ico("2714003"),
            "k7p2m9x",
            ["198.51.100.30", "198.51.100.31"],
            [],
            "Hana Richterová",
            "hana.richterova@vsms.example",
            "+420475283611",
        ),
    },
    {
        "id": "ga014-android-czenglish",
        "description": "hurried Czech-English mix from a phone, phone written with dots",
        "style": Style.MOBILE,
        "from": "Daniel Čermák <cermak@prazskykuryr.example>",
        "subject": "election feed",
        "headers": ANDROID,
        "body": (
            "hi, potrebujeme XML feed na election night, Pražský kurýr s.r.o., ICO "
            f"{ICO_KURYR}. Prod IP 192.0.2.77, no test. Call me +420.608.114.552 kdyby neco.\n"
            "Daniel Čermák\n\nSent from my Android\n"
        ),
        "labels": L(
            FEED,
            "Pražský kurýr s.r.o.",
            ICO_KURYR,
            None,
            ["192.0.2.77"],
            [],
            "Daniel Čermák",
            "cermak@prazskykuryr.example",
            "+420608114552",
        ),
    },
]
