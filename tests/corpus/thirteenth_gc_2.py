"""Thirteenth-round held-out cases gc015–gc028: Nordic, Polish, Hungarian, French and Italian
media, universities, a data message with only a PDF, agencies writing for a publisher and
addresses as IPv6 blocks, netmasks and /32s. Written by hand apart from the extraction rules;
labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L

FEED = "feed_access"
FILM = "recording_permit"

CASES: list[dict[str, Any]] = [
    {
        "id": "gc015-finnish-agency-xlsx",
        "description": "Finnish news agency: two-line English note, addresses in an XLSX "
        "sheet with a role column",
        "style": "attachment",
        "labels": L(
            [FEED],
            "Pohjola Uutispalvelu Oy",
            None,
            None,
            ["198.18.20.5", "198.18.20.6"],
            ["198.18.21.5"],
            "Aino Lehtonen",
            "aino.lehtonen@pohjola-uutiset.example",
            "+35895551234",
        ),
        "from": "Aino Lehtonen <aino.lehtonen@pohjola-uutiset.example>",
        "subject": "Feed access application (Pohjola Uutispalvelu Oy)",
        "body": (
            "Hello, please find our application for the election results XML feed in the "
            "attached sheet.\nTerveisin, Aino Lehtonen\n"
        ),
        "attachments": [
            (
                "xlsx",
                "czso_feed_application.xlsx",
                [
                    {
                        "title": "Application",
                        "rows": [
                            ["Applicant", "Pohjola Uutispalvelu Oy (Helsinki, Finland)"],
                            ["Request", "access to XML results feed"],
                            ["Contact", "Aino Lehtonen"],
                            ["E-mail", "aino.lehtonen@pohjola-uutiset.example"],
                            ["Phone", "+358 9 555 1234"],
                            [],
                            ["Role", "IP address"],
                            ["production", "198.18.20.5"],
                            ["production", "198.18.20.6"],
                            ["test", "198.18.21.5"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "gc016-danish-daily-ipv6-126",
        "description": "Danish daily mixing Danish and English; production as an IPv6 /126 "
        "(four addresses), no test environment",
        "style": "foreign",
        "labels": L(
            [FEED],
            "Dagbladet Østkysten A/S",
            None,
            None,
            ["2001:db8:dd::", "2001:db8:dd::1", "2001:db8:dd::2", "2001:db8:dd::3"],
            [],
            "Mette Kjærgaard",
            "mk@oestkysten.example",
            "+4533555061",
        ),
        "from": "Mette Kjærgaard <mk@oestkysten.example>",
        "subject": "Ansøgning / application: XML valgresultater",
        "body": (
            "Kære ČSÚ,\n\n"
            "Dagbladet Østkysten A/S would like access to the XML feed with the election "
            "results. Vi bruger kun IPv6 i produktion: 2001:db8:dd::/126 (all four "
            "addresses). Vi har ikke noget testmiljø.\n\n"
            "Kontakt: Mette Kjærgaard, udviklingsredaktør, tlf. +45 33 55 50 61\n\n"
            "Venlig hilsen\nMette Kjærgaard\n"
        ),
    },
    {
        "id": "gc017-institute-odt-order",
        "description": "University institute sends a formal ODT letter; three addresses whose "
        "roles are given by order ('the first two … the third …')",
        "style": "university",
        "labels": L(
            [FEED],
            "Moravská vysoká škola ekonomická, z. ú.",
            "28765095",
            None,
            ["192.0.2.140", "192.0.2.141"],
            ["192.0.2.142"],
            "Vojtěch Malina",
            "malina@mvse.example",
            "+420545555870",
        ),
        "from": "Vojtěch Malina <malina@mvse.example>",
        "subject": "Žádost o přístup k XML – Ústav volebních studií MVŠE",
        "body": "Dobrý den,\nv příloze zasílám žádost našeho ústavu.\nS pozdravem V. Malina\n",
        "attachments": [
            (
                "odt",
                "zadost_MVSE.odt",
                [
                    "Moravská vysoká škola ekonomická, z. ú., IČO 28765095",
                    "Ústav volebních studií, Údolní 41, Brno",
                    "Věc: Žádost o přístup k XML výstupu výsledků voleb",
                    "Pro výzkumný projekt sledování průběhu sčítání žádáme o přístup k XML "
                    "výstupu. Uvádíme tři adresy: 192.0.2.140, 192.0.2.141 a 192.0.2.142. "
                    "První dvě jsou produkční, třetí slouží k testování.",
                    "Kontaktní osoba: Ing. Vojtěch Malina, Ph.D., tel. +420 545 555 870, "
                    "malina@mvse.example",
                    "Ing. Vojtěch Malina, Ph.D., vedoucí ústavu",
                ],
            )
        ],
    },
    {
        "id": "gc018-production-company-html-both",
        "description": "TV production company, HTML-only mail with a table; asks for both "
        "the feed and filming",
        "style": "html",
        "labels": L(
            [FEED, FILM],
            "Filmová a televizní produkce Karas s.r.o.",
            "06216307",
            None,
            ["203.0.113.150"],
            ["203.0.113.151"],
            "Kristýna Karasová",
            "karasova@ftp-karas.example",
            "+420606555914",
        ),
        "from": "Kristýna Karasová <karasova@ftp-karas.example>",
        "subject": "Volby – natáčení + XML data",
        "html": (
            "<html><body><p>Dobrý den,</p>"
            "<p>pro dokument o volební noci, který připravujeme pro regionální vysílání, "
            "bychom rádi <b>natáčeli na sběrném místě v Jihlavě</b> a zároveň potřebujeme "
            "<b>přístup k XML výstupu</b> pro grafiku.</p>"
            "<table border='1'>"
            "<tr><th>Žadatel</th><td>Filmová a televizní produkce Karas s.r.o., "
            "IČO 062 16 307</td></tr>"
            "<tr><th>IP – ostrý provoz</th><td>203.0.113.150</td></tr>"
            "<tr><th>IP – test</th><td>203.0.113.151</td></tr>"
            "<tr><th>Kontakt</th><td>Kristýna Karasová, +420 606 555 914</td></tr>"
            "</table>"
            "<p>Děkuji,<br>Kristýna Karasová<br>produkce</p></body></html>"
        ),
    },
    {
        "id": "gc019-municipal-tv-filming-no-diacritics",
        "description": "Municipal TV (a contributory organisation) writes without "
        "diacritics, asks only to film and says it needs no data",
        "style": "municipal",
        "labels": L(
            [FILM],
            "TV Podlesi, prispevkova organizace",
            "00709131",
            None,
            [],
            [],
            "Libor Hanzl",
            "hanzl@tvpodlesi.example",
            "+420604555273",
        ),
        "from": "Libor Hanzl <hanzl@tvpodlesi.example>",
        "subject": "povoleni k nataceni - volby",
        "body": (
            "Dobry den,\n"
            "jsme mestska televize (TV Podlesi, prispevkova organizace, IC 00709131) a "
            "chteli bychom natocit kratkou reportaz o predavani vysledku na vasem sbernem "
            "miste v Pribrami. Datovy vystup nepotrebujeme, vysledky bereme z webu.\n"
            "Kontaktni osoba Libor Hanzl, 604 555 273.\n"
            "Diky, Hanzl\n"
        ),
    },
    {
        "id": "gc020-italian-tv-reply-withdraws-feed",
        "description": "Italian TV replies to its own earlier mail and withdraws the feed "
        "part; only filming remains, so the quoted addresses do not count",
        "style": "reply",
        "labels": L(
            [FILM],
            "Rete Adriatica S.p.A.",
            None,
            None,
            [],
            [],
            "Luca Benedetti",
            "l.benedetti@reteadriatica.example",
            "+390655557721",
        ),
        "from": "Luca Benedetti <l.benedetti@reteadriatica.example>",
        "subject": "Re: Rete Adriatica - XML feed and filming request",
        "headers": [("In-Reply-To", "<rete-adriatica-1@reteadriatica.example>")],
        "body": (
            "Dear colleagues,\n\n"
            "a small change to my request below: please cancel the XML feed part, our Rome "
            "desk will receive the results through the EBU exchange. We still kindly ask "
            "for the permission to film at the Prague collection point.\n\n"
            "Best regards\nLuca Benedetti\n\n"
            "On Monday, Luca Benedetti wrote:\n"
            "> Dear Sir/Madam,\n"
            "> Rete Adriatica S.p.A. requests (1) access to the XML election results feed\n"
            "> from 198.51.100.170 and 198.51.100.171 and (2) permission to film at the\n"
            "> Prague collection point on election night.\n"
            "> Contact: Luca Benedetti, +39 06 5555 7721\n"
        ),
    },
    {
        "id": "gc021-town-databox-pdf-only",
        "description": "Town sends a data message whose annotation is only a title; the "
        "application is an attached PDF letter with a table",
        "style": "databox",
        "labels": L(
            [FEED],
            "Město Nové Lhotice",
            "00514292",
            "w3pq8rn",
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.155"],
            "Hana Vondráčková",
            "vondrackova@novelhotice.example",
            "+420493555611",
        ),
        "databox": {
            "box": "w3pq8rn",
            "sender": "Město Nové Lhotice",
            "address": "Náměstí 1, 503 51 Nové Lhotice",
            "type": 10,
        },
        "subject": "Žádost – XML výsledky voleb (zpravodaj města)",
        "attachments": [
            (
                "pdf",
                "zadost_XML_NoveLhotice.pdf",
                [
                    "<b>Město Nové Lhotice</b>, IČO: 00514292, datová schránka w3pq8rn",
                    "Věc: žádost o přístup k XML výstupu výsledků voleb",
                    "Město vydává Lhotický zpravodaj a na svém webu zveřejňuje průběžné "
                    "výsledky. Žádáme o přístup pro tyto adresy:",
                    {
                        "rows": [
                            ["Účel", "IP adresa"],
                            ["produkční", "198.51.100.150"],
                            ["produkční", "198.51.100.151"],
                            ["testovací", "198.51.100.155"],
                        ],
                        "widths": [120, 160],
                    },
                    "Kontakt: Hana Vondráčková, odbor vnitřních věcí, "
                    "vondrackova@novelhotice.example, tel. 493 555 611",
                    "Ing. Pavel Kroupa, starosta",
                ],
            )
        ],
    },
    {
        "id": "gc022-terse-blogger",
        "description": "Two-line note from a blogger with a trade licence; IČ written as "
        "'IČ:', phone without spaces",
        "style": "terse",
        "labels": L(
            [FEED],
            "Adam Šindelář",
            "19862377",
            None,
            ["198.51.100.222"],
            [],
            "Adam Šindelář",
            "adam@volby-live.example",
            "+420608555731",
        ),
        "from": "adam@volby-live.example",
        "subject": "xml",
        "body": (
            "dobry den, provozuju web volby-live (OSVČ, IČ: 19862377), prosim o pristup k "
            "XML, IP 198.51.100.222.\n"
            "Adam Šindelář, 608555731\n"
        ),
    },
    {
        "id": "gc023-austrian-ipv6-range",
        "description": "Austrian broadcaster in German; IPv6 production as a written range "
        "of three, IPv6 test, phone with 00 prefix",
        "style": "foreign",
        "labels": L(
            [FEED],
            "Alpenland Rundfunk GmbH",
            None,
            None,
            ["2001:db8:a1::10", "2001:db8:a1::11", "2001:db8:a1::12"],
            ["2001:db8:a1::20"],
            "Stefan Pichler",
            "pichler@alpenland-rundfunk.example",
            "+4315558740",
        ),
        "from": "Pichler Stefan <pichler@alpenland-rundfunk.example>",
        "subject": "Zugang Wahlergebnisse XML",
        "body": (
            "Grüß Gott,\n\n"
            "die Alpenland Rundfunk GmbH (Wien) ersucht um Freischaltung für den XML-Feed "
            "der tschechischen Wahlergebnisse.\n\n"
            "Produktivsysteme: 2001:db8:a1::10 – 2001:db8:a1::12\n"
            "Testsystem: 2001:db8:a1::20\n\n"
            "Bei Fragen erreichen Sie mich unter 0043 1 555 87 40.\n\n"
            "Mit besten Grüßen\n"
            "Stefan Pichler\n"
            "Sendetechnik\n"
        ),
    },
    {
        "id": "gc024-polish-academy-rtf-netmask",
        "description": "Polish academy in English with an RTF letter; production as address "
        "/ netmask 255.255.255.254 (two addresses), no test yet",
        "style": "university",
        "labels": L(
            [FEED],
            "Akademia Mediów i Dziennikarstwa w Krakowie",
            None,
            None,
            ["198.51.100.128", "198.51.100.129"],
            [],
            "Tomasz Wrona",
            "t.wrona@amid-krakow.example",
            "+48125553309",
        ),
        "from": "Tomasz Wrona <t.wrona@amid-krakow.example>",
        "subject": "Application for the election XML feed - AMiD Kraków",
        "body": "Dear Sir or Madam,\nplease see the attached letter.\nTomasz Wrona\n",
        "attachments": [
            (
                "rtf",
                "AMiD_application.rtf",
                [
                    "Akademia Mediów i Dziennikarstwa w Krakowie",
                    "Faculty of Data Journalism",
                    "Subject: access to the XML feed of Czech election results",
                    "Our students will cover the Czech elections as a practical exercise. We "
                    "request access to the XML feed for our lab server 198.51.100.128 / "
                    "255.255.255.254. A test address we cannot give at this stage.",
                    "Contact person: dr hab. Tomasz Wrona, tel. +48 12 555 33 09, "
                    "t.wrona@amid-krakow.example",
                ],
            )
        ],
    },
    {
        "id": "gc025-pr-agency-for-weekly",
        "description": "PR agency writes for a weekly's publisher; the publisher's "
        "editor-in-chief is named as the contact, the agency only signs",
        "style": "contractor",
        "labels": L(
            [FEED],
            "Týdeník Posázaví, s.r.o.",
            "08246131",
            None,
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Renata Holubová",
            "holubova@posazavi-tydenik.example",
            "+420725555308",
        ),
        "from": "Mediální servis Koruna <info@ms-koruna.example>",
        "subject": "Žádost o XML výstup pro Týdeník Posázaví",
        "body": (
            "Vážení,\n\n"
            "na základě pověření vydavatele zasíláme žádost o přístup k XML výstupu "
            "výsledků voleb.\n\n"
            "Žadatel: Týdeník Posázaví, s.r.o., IČO 08246131, Benešov\n"
            "Produkční IP: 192.0.2.90\n"
            "Testovací IP: 192.0.2.91\n\n"
            "Kontaktní osobou za vydavatele je šéfredaktorka Renata Holubová, "
            "holubova@posazavi-tydenik.example, tel. 725 555 308. Nás prosím "
            "nekontaktujte, jen jsme žádost sepsali.\n\n"
            "S pozdravem\n"
            "Petr Kadlec\n"
            "Mediální servis Koruna s.r.o.\n"
        ),
    },
    {
        "id": "gc026-hungarian-agency-mixed",
        "description": "Hungarian agency writes half in Hungarian, half in English; two "
        "production addresses, says it has no test server",
        "style": "foreign",
        "labels": L(
            [FEED],
            "Pannon Hírügynökség Kft.",
            None,
            None,
            ["203.0.113.200", "203.0.113.201"],
            [],
            "Szűcs Gábor",  # as the text writes it (Hungarian order, the only form)
            "szucs.gabor@pannonhir.example",
            "+36305557812",
        ),
        "from": "Szűcs Gábor <szucs.gabor@pannonhir.example>",
        "subject": "XML feed hozzáférés / access request",
        "body": (
            "Tisztelt Hölgyem / Uram,\n\n"
            "a Pannon Hírügynökség Kft. (Budapest) nevében kérünk hozzáférést a cseh "
            "választási eredmények XML feedjéhez.\n\n"
            "In English: production servers 203.0.113.200 and 203.0.113.201. We have no "
            "test server.\n\n"
            "Kapcsolattartó / contact: Szűcs Gábor, +36 30 555 7812\n\n"
            "Üdvözlettel,\nSzűcs Gábor\n"
        ),
    },
    {
        "id": "gc027-belgian-agency-both-short-range",
        "description": "Brussels agency in English with French phrases; both requests, "
        "production as a shortened range '198.18.100.1-4'",
        "style": "foreign",
        "labels": L(
            [FEED, FILM],
            "Agence Europe Centrale SA",
            None,
            None,
            ["198.18.100.1", "198.18.100.2", "198.18.100.3", "198.18.100.4"],
            ["198.18.101.1"],
            "Hélène Dubois",
            "h.dubois@aec-presse.example",
            "+3225554190",
        ),
        "from": "Hélène Dubois <h.dubois@aec-presse.example>",
        "subject": "AEC - election coverage: data feed and filming",
        "body": (
            "Bonjour,\n\n"
            "Agence Europe Centrale SA (Brussels) is planning full coverage of the Czech "
            "elections. We would like to request:\n"
            "- access to the XML results feed: production 198.18.100.1-4, test "
            "198.18.101.1;\n"
            "- authorisation de tournage: one video journalist at the Prague collection "
            "point during the count.\n\n"
            "Contact: Hélène Dubois, desk Europe centrale, +32 2 555 41 90\n\n"
            "Cordialement,\nHélène Dubois\n"
        ),
    },
    {
        "id": "gc028-internet-tv-cidr32-old",
        "description": "Internet TV gives /32 addresses and mentions an old address that no "
        "longer applies",
        "style": "letter",
        "labels": L(
            [FEED],
            "Stream Brno s.r.o.",
            "47203854",
            None,
            ["203.0.113.60"],
            ["203.0.113.61"],
            "Martin Kolář",
            "kolar@streambrno.example",
            "+420541555302",
        ),
        "from": "Martin Kolář <kolar@streambrno.example>",
        "subject": "Žádost o XML – Stream Brno",
        "body": (
            "Dobrý den,\n\n"
            "internetová televize Stream Brno s.r.o., IČO 47203854, žádá o přístup k XML "
            "výstupu výsledků.\n\n"
            "Loni jsme měli povolenou adresu 203.0.113.5 – ta už neplatí, server jsme "
            "zrušili. Nově:\n"
            "produkce 203.0.113.60/32\n"
            "test 203.0.113.61/32\n\n"
            "Kontakt: Martin Kolář, technický ředitel, tel. 541 555 302\n\n"
            "S pozdravem\nMartin Kolář\n"
        ),
    },
]
