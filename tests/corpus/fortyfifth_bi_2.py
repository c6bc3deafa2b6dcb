"""Forty-fifth held-out part ``bi``, cases bi015–bi028: a data message with a two-sheet
workbook, an iso-8859-2 Evolution mail with a written range, a reply quoting the officer's mail
and the office's contacts, a Polish sender in English, an HTML-only filming request listing the
crew, a data message from a natural person with a DOCX, an iPhone note that drops its test
address, a German sender in English with IPv6, a reply that replaces the quoted old addresses, a
Thunderbird cover with an ODT form, a base64 Outlook mail with an RTF, an HTML-only Apple Mail
signature table, a Slovak sender and a Hungarian writing English. Written by hand apart from
the extraction rules (see make_fortyfifth_bi); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyfifth_bi_common import (
    ANDROID_GMAIL,
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    TBIRD,
    TBIRD_MAC,
    L,
    Style,
    box,
    ico,
)

I15, I16, I17, I19 = ico("2530647"), ico("0448291"), ico("2786013"), ico("0617395")
I20, I21, I23, I24 = ico("7512836"), ico("2904718"), ico("0352849"), ico("2677120")
I25, I26, I27 = ico("0593162"), ico("2815574"), ico("4627183")

CASES: list[dict[str, Any]] = [
    {
        "id": "bi015-databox-xlsx-two-sheets",
        "description": "data message: a workbook whose first sheet has the applicant and the "
        "contact, the second the addresses with a role column (a backup server counted as "
        "production); the annotation only names the request",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Podřipsko s.r.o.",
            I15,
            "m3xt8ra",
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.158"],
            "Jiří Kettner",
            "kettner@radiopodripsko.example",
            "+420605271983",
        ),
        "databox": box("m3xt8ra", "Rádio Podřipsko s.r.o.", "Komenského 7, 413 01 Roudnice n. L."),
        "subject": "Žádost o přístup k výsledkům voleb (XML) – údaje v příloze",
        "attachments": [
            (
                "xlsx",
                "volby_pristup.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Položka", "Hodnota"],
                            ["Název", "Rádio Podřipsko s.r.o."],
                            ["IČO", I15],
                            ["Kontaktní osoba", "Jiří Kettner"],
                            ["E-mail", "kettner@radiopodripsko.example"],
                            ["Mobil", "605 271 983"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["IP", "Účel", "Poznámka"],
                            ["192.0.2.150", "produkce", "hlavní"],
                            ["192.0.2.151", "produkce", "záložní server"],
                            ["192.0.2.158", "test", ""],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bi016-evolution-iso-8859-2-range",
        "description": "iso-8859-2 Evolution mail: production written as a range "
        "'198.51.100.100 až 102', expanded to three addresses; test single",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Zlínské listy, s.r.o.",
            I16,
            None,
            ["198.51.100.100", "198.51.100.101", "198.51.100.102"],
            ["198.51.100.110"],
            "Bohumil Šťastný",
            "stastny@zlinskelisty.example",
            "+420577104386",
        ),
        "from": "Bohumil Šťastný <stastny@zlinskelisty.example>",
        "subject": "Přístup k volebním datům – Zlínské listy",
        "headers": EVOLUTION,
        "charset": "iso-8859-2",
        "body": "Dobrý den,\n\njako každý rok se hlásíme o data z voleb. Letos jsme "
        "přestěhovali servery do nové serverovny, takže adresy jsou jiné než loni:\n\n"
        "ostrý provoz: 198.51.100.100 až 102\n"
        "testování: 198.51.100.110\n\n"
        "Žadatel: Zlínské listy, s.r.o., IČO " + I16 + "\n"
        "Kontakt: Bohumil Šťastný, správce sítě, pevná linka 577 104 386\n\n"
        "Děkuji a zdravím do Prahy\nBohumil Šťastný\n",
    },
    {
        "id": "bi017-reply-quoting-officer-mail",
        "description": "a reply to the officer's request for missing data: the quoted mail "
        "has the officer's name, czso.cz address, the office's phone and box; the answer "
        "gives only the addresses and points to its own signature for the contact",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Moravskoslezský informační server, s.r.o.",
            I17,
            None,
            ["203.0.113.12", "203.0.113.13"],
            ["203.0.113.14"],
            "Daniel Hořínek",
            "horinek@msis.example",
            "+420731550812",
        ),
        "from": "Daniel Hořínek <horinek@msis.example>",
        "subject": "RE: Doplnění žádosti – chybí IP adresy",
        "headers": OUTLOOK,
        "body": "Dobrý den, paní Vostrá,\n\nomlouvám se, v první žádosti jsem adresy zapomněl:\n"
        "produkční 203.0.113.12 a 203.0.113.13\ntestovací 203.0.113.14\n\n"
        "Kontakt viz podpis.\n\n"
        "Daniel Hořínek\nvedoucí IT\nMoravskoslezský informační server, s.r.o.\n"
        "IČO " + I17 + "\nmobil: +420 731 550 812\n\n"
        "From: Vostrá Dana <dana.vostra@czso.cz>\n"
        "Sent: Tuesday, September 9, 2025 1:12 PM\n"
        "To: Daniel Hořínek <horinek@msis.example>\n"
        "Subject: Doplnění žádosti – chybí IP adresy\n\n"
        "Dobrý den,\n\nve Vaší žádosti o přístup k výsledkům voleb chybí IP adresy. Doplňte "
        "je prosím odpovědí na tento e-mail.\n\n"
        "Mgr. Dana Vostrá\noddělení volebních a informačních služeb\n"
        "Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
        "IČO 00025593 | ID datové schránky 2gfaasy\n"
        "tel. +420 274 052 733 | dana.vostra@czso.cz\n",
    },
    {
        "id": "bi018-polish-english-owa",
        "description": "a Polish outlet writing English from Outlook on the web: sp. z o.o. "
        "without IČO, a Polish mobile with spaces, both requests, a cameraman named too",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Gazeta Śląska Cieszyn sp. z o.o.",
            None,
            None,
            ["198.18.7.21"],
            ["198.18.7.22"],
            "Katarzyna Wróbel",
            "k.wrobel@gazetacieszyn.example",
            "+48601447392",
        ),
        "from": "Katarzyna Wróbel <k.wrobel@gazetacieszyn.example>",
        "subject": "Election results access + filming request",
        "headers": OWA,
        "body": "Hello,\n\nI am writing on behalf of Gazeta Śląska Cieszyn sp. z o.o. We cover "
        "both sides of the border and would like to:\n"
        "- get access to your election results server (production IP 198.18.7.21, test IP "
        "198.18.7.22)\n"
        "- film at your regional office in Ostrava on election night. Our cameraman will be "
        "Paweł Nowicki.\n\n"
        "Please contact me for anything: Katarzyna Wróbel, +48 601 447 392.\n\n"
        "Best regards\nKatarzyna Wróbel\nEditor, Gazeta Śląska Cieszyn\n",
    },
    {
        "id": "bi019-html-only-film-crew-list",
        "description": "Thunderbird HTML-only filming request: a table of three crew members "
        "with phones, the contact given in a separate sentence; no addresses",
        "style": Style.HTML,
        "labels": L(
            [FILM],
            "Filmové studio Pastelka s.r.o.",
            I19,
            None,
            [],
            [],
            "Simona Lukešová",
            "lukesova@pastelka.example",
            "+420728903146",
        ),
        "from": "Simona Lukešová <lukesova@pastelka.example>",
        "subject": "Povolení natáčení – volební noc",
        "headers": TBIRD_MAC,
        "html": "<html><head></head><body><p>Dobrý den,</p>"
        "<p>Filmové studio Pastelka s.r.o. (IČO "
        + I19
        + ") připravuje dokument o volbách a rádi bychom natáčeli na vašem pracovišti "
        "během zpracování výsledků. Přístup k datovému serveru nepotřebujeme.</p>"
        '<p>Štáb:</p><table border="1" cellpadding="4">'
        "<tr><td>Jméno</td><td>Funkce</td><td>Telefon</td></tr>"
        "<tr><td>Martin Klečka</td><td>kamera</td><td>604 210 337</td></tr>"
        "<tr><td>Eva Rybová</td><td>zvuk</td><td>731 082 654</td></tr>"
        "<tr><td>Tadeáš Kubín</td><td>režie</td><td>777 561 209</td></tr></table>"
        "<p>Vše ostatní domlouvá produkční Simona Lukešová, tel. 728 903 146.</p>"
        '<div class="moz-signature">-- <br>Simona Lukešová<br>produkce<br>'
        "Filmové studio Pastelka s.r.o.</div></body></html>",
    },
    {
        "id": "bi020-databox-natural-person-docx",
        "description": "data message from a natural person in business (box type 40) with a "
        "DOCX letter: one production address, no test; the envelope's name has diacritics",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vladimír Kuchař",
            I20,
            "v2kc9ph",
            ["192.0.2.222"],
            [],
            "Vladimír Kuchař",
            "vlada@kucharvolby.example",
            "+420603918472",
        ),
        "databox": box("v2kc9ph", "Vladimír Kuchař", "Lipová 14, 779 00 Olomouc", kind=40),
        "subject": "zadost pristup xml",
        "attachments": [
            (
                "docx",
                "zadost.docx",
                {
                    "blocks": [
                        "Vladimir Kuchar, OSVC, ICO " + I20,
                        "Lipova 14, 779 00 Olomouc",
                        "Vec: zadost o pristup k vysledkum voleb",
                        "Provozuji zpravodajsky web o komunalni politice a zadam o pristup "
                        "k XML s prubeznymi vysledky. Stahovat budu z jedineho serveru "
                        "192.0.2.222, testovat budu na tom samem.",
                        "Kontakt: vlada@kucharvolby.example, 603 918 472",
                        "Vladimir Kuchar",
                    ]
                },
            )
        ],
    },
    {
        "id": "bi021-iphone-second-thought-drops-test",
        "description": "an iPhone note that first gives a test address, then says to drop it "
        "and test from production; no test address remains",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Pribramsky tyden s.r.o.",
            I21,
            None,
            ["198.51.100.190", "198.51.100.191"],
            [],
            "Lukáš Peterka",
            "peterka@pribramskytyden.example",
            "+420722604318",
        ),
        "from": "Lukáš Peterka <peterka@pribramskytyden.example>",
        "subject": "Zadost o data volby",
        "headers": IPHONE,
        "body": "Dobry den\nPribramsky tyden s.r.o., ICO " + I21 + "\n"
        "Prosime o pristup k vysledkum voleb.\n"
        "Produkce 198.51.100.190, 198.51.100.191\n"
        "Test 198.51.100.199\n\n"
        "Jo a jeste - tu testovaci prosim vubec nezadavejte, server pujde do srotu, "
        "budeme testovat z produkce.\n\n"
        "Peterka 722 604 318\n\nOdesláno z iPhonu\n",
    },
    {
        "id": "bi022-german-english-ipv6",
        "description": "a German sender writing English from Apple Mail: IPv6 and IPv4 "
        "production, IPv6 test; the German landline with the country code and (0)",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Sächsische Grenzzeitung GmbH",
            None,
            None,
            ["2001:db8:7e0::1", "203.0.113.77"],
            ["2001:db8:7e0::ff"],
            "Jens Hartmann",
            "hartmann@grenzzeitung.example",
            "+493581406127",
        ),
        "from": "Jens Hartmann <hartmann@grenzzeitung.example>",
        "subject": "Request: election results XML feed",
        "headers": APPLE,
        "body": "Good morning,\n\nSächsische Grenzzeitung GmbH (Görlitz) kindly requests "
        "access to the XML election results for our Czech regional pages.\n\n"
        "Our production systems will connect from 2001:db8:7e0::1 (IPv6) and "
        "203.0.113.77 (IPv4 fallback). Testing will be done from 2001:db8:7e0::ff.\n\n"
        "Technical contact: Jens Hartmann, phone +49 (0)3581 406127\n\n"
        "With best regards\nJens Hartmann\nHead of IT\n\nSent from my Mac\n",
    },
    {
        "id": "bi023-reply-replacing-quoted-old-addresses",
        "description": "an Outlook reply: the new text replaces the addresses of the quoted "
        "earlier application, which are no longer valid; the quoted contact stays",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Severočeský zpravodaj a.s.",
            I23,
            None,
            ["192.0.2.101", "192.0.2.102"],
            ["192.0.2.109"],
            "Renata Müllerová",
            "mullerova@sczpravodaj.example",
            "+420475218640",
        ),
        "from": "Renata Müllerová <mullerova@sczpravodaj.example>",
        "subject": "RE: Žádost o přístup k výsledkům voleb – Severočeský zpravodaj",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nomlouvám se, po migraci k novému poskytovateli se nám adresy "
        "změnily. Platí tyto: produkční 192.0.2.101 a 192.0.2.102, testovací 192.0.2.109. "
        "Adresy z původní žádosti níže už neplatí.\n\nR. Müllerová\n\n"
        "-----Original Message-----\n"
        "From: Renata Müllerová <mullerova@sczpravodaj.example>\n"
        "Sent: Monday, September 1, 2025 8:03 AM\n"
        "To: podatelna@czso.cz\n"
        "Subject: Žádost o přístup k výsledkům voleb – Severočeský zpravodaj\n\n"
        "Dobrý den,\n\nSeveročeský zpravodaj a.s., IČO " + I23 + ", žádá o přístup k "
        "výsledkům voleb.\nProdukční IP: 198.18.44.10, 198.18.44.11\nTestovací IP: "
        "198.18.44.19\n\nKontakt: Renata Müllerová, 475 218 640\n",
    },
    {
        "id": "bi024-thunderbird-cover-odt-form",
        "description": "a two-line Thunderbird cover; the ODT form has ANO/NE rows for the two "
        "requests (both ANO) and a role table with one address per row",
        "style": Style.COVER,
        "labels": L(
            [FEED, FILM],
            "Televize Berounsko s.r.o.",
            I24,
            None,
            ["203.0.113.170", "203.0.113.171"],
            ["203.0.113.172"],
            "Patrik Šimánek",
            "simanek@tvberounsko.example",
            "+420720447159",
        ),
        "from": "Patrik Šimánek <simanek@tvberounsko.example>",
        "subject": "žádost",
        "headers": TBIRD,
        "body": "Dobrý den, v příloze vyplněný formulář.\nPatrik Šimánek\n",
        "attachments": [
            (
                "odt",
                "formular_volby.odt",
                [
                    "Žádost média – volby",
                    [
                        ["Žadatel", "Televize Berounsko s.r.o."],
                        ["IČO", I24],
                        ["Přístup k XML výsledkům", "ANO"],
                        ["Natáčení na pracovišti", "ANO"],
                    ],
                    [
                        ["Typ", "IP adresa"],
                        ["produkční", "203.0.113.170"],
                        ["produkční", "203.0.113.171"],
                        ["testovací", "203.0.113.172"],
                    ],
                    "Kontaktní osoba: Šimánek Patrik, simanek@tvberounsko.example, "
                    "tel. 720 447 159",
                ],
            )
        ],
    },
    {
        "id": "bi025-outlook-base64-rtf",
        "description": "Outlook mail in base64 whose body only refers to the RTF; the RTF "
        "names the contact and a second person who signs it",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Vltavín média, s.r.o.",
            I25,
            None,
            ["198.51.100.5", "198.51.100.6"],
            ["198.51.100.7"],
            "Kamila Benešová",
            "benesova@vltavin.example",
            "+420608530297",
        ),
        "from": "Kamila Benešová <benesova@vltavin.example>",
        "subject": "Zadost o pristup k vysledkum voleb",
        "headers": OUTLOOK,
        "cte": "base64",
        "body": "Dobrý den,\n\nv příloze zasíláme žádost ve formátu RTF.\n\n"
        "S pozdravem\nKamila Benešová\nVltavín média, s.r.o.\n",
        "attachments": [
            (
                "rtf",
                "zadost_vltavin.rtf",
                [
                    "Vltavín média, s.r.o., Karlova 12, 370 01 České Budějovice, IČO " + I25,
                    "Žádáme o přístup k průběžným výsledkům voleb ve formátu XML.",
                    [
                        ["Produkční IP", "198.51.100.5, 198.51.100.6"],
                        ["Testovací IP", "198.51.100.7"],
                        ["Kontaktní osoba", "Kamila Benešová, 608 530 297"],
                    ],
                    "Ing. Oldřich Jedlička, jednatel",
                ],
            )
        ],
    },
    {
        "id": "bi026-apple-html-only-signature-table",
        "description": "Apple Mail HTML-only: the addresses in prose, the signature a table of "
        "three people with roles; the one 'pro technické dotazy' is the contact",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Horácký deník s.r.o.",
            I26,
            None,
            ["198.18.33.3"],
            ["198.18.33.4"],
            "Ota Procházka",
            "prochazka@horackydenik.example",
            "+420736402851",
        ),
        "from": "Jitka Marková <markova@horackydenik.example>",
        "subject": "Volby – přístup k XML",
        "headers": APPLE,
        "html": '<html><head><meta http-equiv="content-type" content="text/html; '
        'charset=utf-8"></head><body style="overflow-wrap: break-word;">'
        "<div>Dobrý den,</div><div><br></div>"
        "<div>Horácký deník s.r.o. (IČO "
        + I26
        + ") žádá o přístup k výsledkům voleb. Náš produkční server má adresu "
        "198.18.33.3, testovací 198.18.33.4.</div><div><br></div>"
        "<div>Kontaktní osobou je náš technik Ota Procházka, spojení na něj i na ostatní "
        "najdete v podpisu níže.</div><div><br></div>"
        '<table style="font-size:11px">'
        "<tr><td><b>Jitka Marková</b></td><td>šéfredaktorka</td><td>+420 602 338 170</td></tr>"
        "<tr><td><b>Ota Procházka</b></td><td>pro technické dotazy</td>"
        "<td>+420 736 402 851</td><td>prochazka@horackydenik.example</td></tr>"
        "<tr><td><b>Věra Slámová</b></td><td>inzerce</td><td>+420 725 119 640</td></tr>"
        "</table><div>Horácký deník s.r.o., Palackého 4, 674 01 Třebíč</div></body></html>",
    },
    {
        "id": "bi027-slovak-sender-android-gmail",
        "description": "a Slovak outlet writing Slovak from Gmail on Android: 'produkčná' and "
        "'testovacia' roles, a Slovak mobile, both requests",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Záhorské noviny, s.r.o.",
            I27,
            None,
            ["192.0.2.201", "192.0.2.202"],
            ["192.0.2.210"],
            "Martina Hudecová",
            "hudecova@zahorskenoviny.example",
            "+421905318246",
        ),
        "from": "Martina Hudecová <hudecova@zahorskenoviny.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": ANDROID_GMAIL,
        "body": "Dobrý deň,\n\nZáhorské noviny, s.r.o., IČO " + I27 + ", žiadajú o prístup k "
        "priebežným výsledkom volieb v ČR a o povolenie natáčať na vašom pracovisku v "
        "Hodoníne.\n\nProdukčná IP: 192.0.2.201, 192.0.2.202\nTestovacia IP: 192.0.2.210\n\n"
        "Kontaktná osoba: Martina Hudecová, +421 905 318 246\n\n"
        "S pozdravom\nMartina Hudecová\n\nOdoslané z môjho telefónu\n",
    },
    {
        "id": "bi028-hungarian-english-gmail",
        "description": "a Hungarian writing English, signing surname first (Hungarian order); "
        "a Kft. without IČO, a Hungarian mobile written 06-30…",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunatáj Média Kft.",
            None,
            None,
            ["203.0.113.222", "203.0.113.223"],
            ["203.0.113.230"],
            "Varga Zsófia",
            "varga.zsofia@dunataj.example",
            "+36304127589",
        ),
        "from": "Varga Zsófia <varga.zsofia@dunataj.example>",
        "subject": "Application for election data access",
        "headers": GMAIL,
        "body": "Dear Colleagues,\n\nour company Dunatáj Média Kft. (Budapest) publishes a news "
        "portal for the Central European region and we apply for access to the Czech "
        "election results feed.\n\n"
        "Production IPs: 203.0.113.222, 203.0.113.223\nTest IP: 203.0.113.230\n\n"
        "Contact person: Varga Zsófia, mobile +36 30 412 7589 (06-30-412-7589 from "
        "Hungary)\n\nThank you,\nVarga Zsófia\nDunatáj Média Kft.\n",
    },
]
