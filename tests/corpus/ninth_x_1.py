"""Ninth held-out part ``x``, cases x001–x014: foreign media, a freelancer, a university, a
municipality and an IT contractor; ranges, CIDR, a netmask, IPv6, a NAT address."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico
from tests.corpus.ninth_x_common import Style

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

ICO_HRUBY = ico("7316204")
ICO_SLEZSKA = ico("6109334")
ICO_LIPOVA = ico("0029871")
ICO_PODHURI = ico("2840517")
ICO_DATANEST = ico("0751932")
ICO_ZEMPLIN = ico("4793018")
ICO_VUVS = ico("7081245")
ICO_VYSOCINA = ico("2690413")
ICO_ZAPAD = ico("2578830")

CASES: list[dict[str, Any]] = [
    {
        "id": "x001-rheinland-range-en",
        "description": "German broadcaster writing English; production addresses as a short range",
        "style": Style.FOREIGN,
        "from": "Katharina Vogel <k.vogel@rheinland-nachrichten.example>",
        "subject": "Request: access to Czech election results data feed",
        "body": (
            "Dear Sir or Madam,\n\n"
            "Rheinland Nachrichten GmbH (Cologne) is preparing live coverage of the elections to\n"
            "the Chamber of Deputies of the Czech Republic for our German-language news channel.\n"
            "We would like to ask for access to your XML results feed for the night of the count.\n\n"
            "Our ingest servers (production) are 198.51.100.40 - 198.51.100.43.\n"
            "For testing before election day we would use 203.0.113.77.\n\n"
            "We are a German company and therefore do not have a Czech registration number;\n"
            "our commercial register entry is HRB 48112, Amtsgericht Köln.\n\n"
            "Technical and editorial contact is myself.\n\n"
            "Kind regards\n"
            "Dr. Katharina Vogel\n"
            "Head of Data Journalism\n"
            "Rheinland Nachrichten GmbH\n"
            "Tel. +49 221 4471 2093\n"
        ),
        "labels": L(
            FEED,
            "Rheinland Nachrichten GmbH",
            None,
            None,
            ["198.51.100.40", "198.51.100.41", "198.51.100.42", "198.51.100.43"],
            ["203.0.113.77"],
            "Katharina Vogel",
            "k.vogel@rheinland-nachrichten.example",
            "+4922144712093",
        ),
    },
    {
        "id": "x002-polish-agency-cidr",
        "description": "Polish news agency, English; one /30 CIDR block, no test address",
        "style": Style.FOREIGN,
        "from": '"Wiśniewski, Marek" <marek.wisniewski@pai-wschod.example>',
        "subject": "Election feed – Polska Agencja Informacyjna Wschód",
        "body": (
            "Hello,\n\n"
            "my name is Marek Wiśniewski, I work in the IT department of Polska Agencja\n"
            "Informacyjna Wschód sp. z o.o. in Lublin. Our Czech correspondent told us we need to\n"
            "ask you directly for the election data in XML.\n\n"
            "Please allow the network 192.0.2.8/30 (this is our whole public block in the\n"
            "Warsaw data centre, all four addresses may connect). We do not need a separate test\n"
            "environment.\n\n"
            "If something is missing, call me: +48 22 611 40 87 (desk) – usually 8:00–16:00.\n\n"
            "Best regards,\n"
            "Marek Wiśniewski\n"
            "PAI Wschód\n"
        ),
        "labels": L(
            FEED,
            "Polska Agencja Informacyjna Wschód sp. z o.o.",
            None,
            None,
            ["192.0.2.8", "192.0.2.9", "192.0.2.10", "192.0.2.11"],
            [],
            "Marek Wiśniewski",
            "marek.wisniewski@pai-wschod.example",
            "+48226114087",
        ),
    },
    {
        "id": "x003-freelancer-film-nodiacritics",
        "description": "freelance cameraman without diacritics, filming only, explicitly no data",
        "style": Style.FREELANCE,
        "from": "Tomas Hruby <tomhruby@posta.example>",
        "subject": "zadost o povoleni natacet - volby",
        "cte": "8bit",
        "body": (
            "Dobry den,\n\n"
            "jsem nezavisly kameraman (OSVC, ICO " + ICO_HRUBY + ") a pro dokument o volebni noci\n"
            "bych rad natocil par zaberu na vasem sbernem miste v Brne, idealne mezi 22. a 24.\n"
            "hodinou, kdy se sjizdeji predsedove komisi. Budu sam, jen s kamerou na stativu,\n"
            "zadne svetla.\n\n"
            "Data z XML nepotrebuju, o pristup k nim nezadam.\n\n"
            "Dekuji a zdravim\n"
            "Tomas Hruby\n"
            "mob. 777 412 903\n"
        ),
        "labels": L(
            FILM,
            "Tomas Hruby",
            ICO_HRUBY,
            None,
            [],
            [],
            "Tomas Hruby",
            "tomhruby@posta.example",
            "+420777412903",
        ),
    },
    {
        "id": "x004-university-netmask",
        "description": "university department; production block as address plus netmask",
        "style": Style.UNIVERSITY,
        "from": "Pavla Krejčí <pavla.krejci@stu-ostrava.example>",
        "subject": "Žádost o přístup k výsledkům voleb – výzkumný projekt",
        "body": (
            "Vážení,\n\n"
            "katedra politologie Slezské technické univerzity řeší projekt „Volební noc v datech“,\n"
            "v jehož rámci budeme studentům i veřejnosti průběžně zobrazovat výsledky sčítání.\n"
            "Žádáme proto o zpřístupnění XML dat z vašeho serveru.\n\n"
            "Žadatel: Slezská technická univerzita, IČO " + ICO_SLEZSKA + "\n"
            "Síť pro ostrý provoz: 198.18.4.16, maska 255.255.255.252\n"
            "Testovací stroj: 198.18.5.2\n\n"
            "Kontaktní osoba: doc. Ing. Pavla Krejčí, Ph.D., tel. 596 993 418,\n"
            "e-mail pavla.krejci@stu-ostrava.example\n\n"
            "S pozdravem\n"
            "Pavla Krejčí\n"
        ),
        "labels": L(
            FEED,
            "Slezská technická univerzita",
            ICO_SLEZSKA,
            None,
            ["198.18.4.16", "198.18.4.17", "198.18.4.18", "198.18.4.19"],
            ["198.18.5.2"],
            "Pavla Krejčí",
            "pavla.krejci@stu-ostrava.example",
            "+420596993418",
        ),
    },
    {
        "id": "x005-town-newsletter-pdf",
        "description": "town hall newsroom, letter in PDF; second address written as 'one higher'",
        "style": Style.MUNICIPAL,
        "from": "Podatelna Lipová <podatelna@lipova-nad-sazavou.example>",
        "subject": "Žádost města Lipová nad Sázavou – volební data",
        "body": (
            "Dobrý den,\n\nv příloze zasíláme žádost města o přístup k volebním datům.\n\n"
            "S pozdravem\npodatelna MěÚ Lipová nad Sázavou\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_volby_Lipova.pdf",
                [
                    "Město Lipová nad Sázavou",
                    "náměstí Míru 1, 582 91 Lipová nad Sázavou, IČO: " + ICO_LIPOVA,
                    "Věc: žádost o přístup k průběžným výsledkům voleb",
                    "Redakce radničního měsíčníku Lipovské listy chce ve volební noci promítat "
                    "průběžné výsledky na velkoplošnou obrazovku na náměstí a na webu města. "
                    "Žádáme proto o povolení přístupu k XML výstupu.",
                    "Přístup prosíme povolit z adresy 198.51.100.22 a z adresy o jedna vyšší "
                    "(náš druhý, záložní server). Testovací prostředí nemáme.",
                    "Kontakt: Bc. Jiřina Doležalová, tisková mluvčí, tel. 569 420 117, "
                    "jirina.dolezalova@lipova-nad-sazavou.example",
                    "Ing. Radek Pokorný, starosta",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Město Lipová nad Sázavou",
            ICO_LIPOVA,
            None,
            ["198.51.100.22", "198.51.100.23"],
            [],
            "Jiřina Doležalová",
            "jirina.dolezalova@lipova-nad-sazavou.example",
            "+420569420117",
        ),
    },
    {
        "id": "x006-contractor-nat",
        "description": "IT contractor writes for a daily; internal NAT address not to be allowed",
        "style": Style.CONTRACTOR,
        "from": "Ondřej Malina <malina@datanest.example>",
        "subject": "Deník Podhůří – přístup k XML s výsledky voleb",
        "body": (
            "Dobrý den,\n\n"
            "jsme dodavatelem IT pro vydavatelství Deník Podhůří, a.s. (IČO " + ICO_PODHURI + ")\n"
            "a jeho jménem žádáme o přístup k XML výsledkům voleb. Plná moc od vydavatele je\n"
            "k dispozici, pošleme ji na vyžádání.\n\n"
            "Veřejné adresy, ze kterých budeme stahovat:\n"
            "  203.0.113.130\n"
            "  203.0.113.131\n"
            "Test: 192.0.2.200\n\n"
            "Uvnitř sítě za NATem běží stahovač na 10.20.0.15 – tu adresu prosím nepovolujte,\n"
            "ven stejně nevidí, uvádím jen pro úplnost.\n\n"
            "Kontaktní osobou pro technické věci této žádosti jsem já.\n\n"
            "Ondřej Malina\n"
            "DataNest s.r.o., IČO " + ICO_DATANEST + "\n"
            "+420 731 508 266\n"
        ),
        "labels": L(
            FEED,
            "Deník Podhůří, a.s.",
            ICO_PODHURI,
            None,
            ["203.0.113.130", "203.0.113.131"],
            ["192.0.2.200"],
            "Ondřej Malina",
            "malina@datanest.example",
            "+420731508266",
        ),
    },
    {
        "id": "x007-austrian-radio-ipv6-de",
        "description": "Austrian radio in German, IPv6 and IPv4, both feed and filming",
        "style": Style.FOREIGN,
        "from": "Florian Leitner <florian.leitner@radio-ostalpen.example>",
        "subject": "Antrag: Wahldaten und Dreherlaubnis",
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "Radio Ostalpen GmbH aus Graz berichtet am Wahlabend live aus Prag. Wir beantragen\n\n"
            "1. den Zugang zum XML-Datenfeed mit den Wahlergebnissen und\n"
            "2. die Genehmigung, in Ihrer Sammelstelle in Prag Ton- und Bildaufnahmen zu machen\n"
            "   (Reporterin plus Kamerafrau).\n\n"
            "Produktivsysteme:\n"
            "  2001:db8:4a1::10\n"
            "  2001:db8:4a1::11\n"
            "  198.51.100.201\n"
            "Testsystem: 2001:db8:4a1:ff::5\n\n"
            "Ansprechpartner: Florian Leitner, Technik, Tel. +43 1 5320 884\n\n"
            "Mit freundlichen Grüßen\n"
            "Florian Leitner\n"
        ),
        "labels": L(
            BOTH,
            "Radio Ostalpen GmbH",
            None,
            None,
            ["2001:db8:4a1::10", "2001:db8:4a1::11", "198.51.100.201"],
            ["2001:db8:4a1:ff::5"],
            "Florian Leitner",
            "florian.leitner@radio-ostalpen.example",
            "+4315320884",
        ),
    },
    {
        "id": "x008-hungarian-filming-withdrawn",
        "description": "Hungarian daily asks for both, withdraws filming in a postscript",
        "style": Style.FOREIGN,
        "from": "Eszter Kovács <kovacs.eszter@dunaihirlap.example>",
        "subject": "Dunai Hírlap – Czech elections: data feed and filming",
        "body": (
            "Dear colleagues,\n\n"
            "Dunai Hírlap Kft. (Budapest) would like to request access to the XML results feed\n"
            "and a permission for our photographer and video reporter to film at your collection\n"
            "point in Prague on election night.\n\n"
            "Feed servers: 192.0.2.66 and 192.0.2.67\n"
            "Staging: 192.0.2.90\n\n"
            "Contact: Eszter Kovács, foreign desk, +36 1 488 5170\n\n"
            "Thank you,\nEszter Kovács\n\n"
            "P.S. I have just learned that our crew will not travel to Prague after all, so please\n"
            "consider the filming request withdrawn. The feed request stands.\n"
        ),
        "labels": L(
            FEED,
            "Dunai Hírlap Kft.",
            None,
            None,
            ["192.0.2.66", "192.0.2.67"],
            ["192.0.2.90"],
            "Eszter Kovács",
            "kovacs.eszter@dunaihirlap.example",
            "+3614885170",
        ),
    },
    {
        "id": "x009-british-forward-range",
        "description": "forwarded mail from a British data desk; 'to' range of five, company no.",
        "style": Style.FORWARD,
        "from": "Oliver Pritchard <oliver@albiondatadesk.example>",
        "subject": "Fwd: Czech election results feed",
        "body": (
            "Resending this as I'm not sure it reached you - the first one went to an old address.\n\n"
            "Oliver\n\n"
            "---------- Forwarded message ---------\n"
            "From: Oliver Pritchard <oliver@albiondatadesk.example>\n"
            "Date: Mon, 3 Oct\n"
            "Subject: Czech election results feed\n\n"
            "Hi there,\n\n"
            "Albion Data Desk Ltd (registered in England, company no. 09123456) produces election\n"
            "graphics for several UK broadcasters. We'd like access to your XML feed with the\n"
            "results.\n\n"
            "Please whitelist 203.0.113.10 to 203.0.113.14 (our render farm, five machines).\n"
            "No separate test boxes.\n\n"
            "I'm the contact: Oliver Pritchard, +44 20 7946 0321.\n\n"
            "Cheers,\nOliver\n"
        ),
        "labels": L(
            FEED,
            "Albion Data Desk Ltd",
            None,
            None,
            ["203.0.113.10", "203.0.113.11", "203.0.113.12", "203.0.113.13", "203.0.113.14"],
            [],
            "Oliver Pritchard",
            "oliver@albiondatadesk.example",
            "+442079460321",
        ),
    },
    {
        "id": "x010-swedish-old-servers",
        "description": "Swedish media house; old decommissioned addresses named, new ones to use",
        "style": Style.FOREIGN,
        "from": "Linnea Åkesson <linnea.akesson@nordkalotten.example>",
        "subject": "Updated request – election XML feed (Nordkalotten Media AB)",
        "body": (
            "Good morning,\n\n"
            "we had access to your feed during the last elections from 198.51.100.5 and\n"
            "198.51.100.6. Those servers have since been decommissioned. For the coming\n"
            "elections please allow our new production servers 198.51.100.105 and 198.51.100.106\n"
            "instead, and 198.51.100.150 for testing.\n\n"
            "Applicant: Nordkalotten Media AB, Luleå, Sweden (org. nr 556677-8899)\n"
            "Contact: Linnea Åkesson, +46 8 123 456 78\n\n"
            "Best regards\nLinnea Åkesson\nSystems editor\n"
        ),
        "labels": L(
            FEED,
            "Nordkalotten Media AB",
            None,
            None,
            ["198.51.100.105", "198.51.100.106"],
            ["198.51.100.150"],
            "Linnea Åkesson",
            "linnea.akesson@nordkalotten.example",
            "+46812345678",
        ),
    },
    {
        "id": "x011-slovak-tv-filming",
        "description": "Slovak regional TV in Slovak: filming only, feed explicitly not requested",
        "style": Style.FOREIGN,
        "from": "Miroslava Tkáčová <tkacova@tvzemplin.example>",
        "subject": "Žiadosť o povolenie nakrúcania – voľby do Poslaneckej snemovne",
        "body": (
            "Dobrý deň,\n\n"
            "spoločnosť TV Zemplín Plus, s.r.o., IČO " + ICO_ZEMPLIN + ", pripravuje reportáž\n"
            "o voľbách v Českej republike pre slovenských divákov. Žiadame o povolenie nakrúcať\n"
            "na Vašom zbernom mieste v Ostrave počas sčítania hlasov (redaktorka a kameraman).\n\n"
            "O prístup k XML dátam nežiadame, výsledky preberáme z verejného webu.\n\n"
            "Kontakt: Miroslava Tkáčová, mobil 0905 318 772\n\n"
            "S pozdravom\nMiroslava Tkáčová\nvedúca spravodajstva\n"
        ),
        "labels": L(
            FILM,
            "TV Zemplín Plus, s.r.o.",
            ICO_ZEMPLIN,
            None,
            [],
            [],
            "Miroslava Tkáčová",
            "tkacova@tvzemplin.example",
            "+421905318772",
        ),
    },
    {
        "id": "x012-institute-databox-docx",
        "description": "research institute by data box; DOCX form with a written range",
        "style": Style.DATABOX,
        "subject": "Žádost o přístup k datům volebních výsledků",
        "databox": {
            "box": "v7k2mqa",
            "sender": "Výzkumný ústav veřejné správy, v. v. i.",
            "address": "Pod Vinicí 12, 160 00 Praha 6",
            "type": 20,
        },
        "attachments": [
            (
                "docx",
                "zadost_VUVS.docx",
                {
                    "header": "Výzkumný ústav veřejné správy, v. v. i.",
                    "blocks": [
                        "Žádost o přístup k XML výstupu výsledků voleb",
                        {
                            "rows": [
                                ["Žadatel", "Výzkumný ústav veřejné správy, v. v. i."],
                                ["IČO", ICO_VUVS],
                                ["Adresy pro ostrý provoz", "198.18.20.1 až 198.18.20.3"],
                                ["Testovací adresy", "198.18.21.1, 198.18.21.2"],
                                ["Kontaktní osoba", "Mgr. Lukáš Beneš"],
                                ["Telefon", "+420 224 301 559"],
                                ["E-mail", "benes@vuvs.example"],
                            ]
                        },
                        "Data využijeme pro analýzu volební účasti v obcích do 2 000 obyvatel.",
                    ],
                    "footer": "ID datové schránky: v7k2mqa",
                },
            )
        ],
        "labels": L(
            FEED,
            "Výzkumný ústav veřejné správy, v. v. i.",
            ICO_VUVS,
            "v7k2mqa",
            ["198.18.20.1", "198.18.20.2", "198.18.20.3"],
            ["198.18.21.1", "198.18.21.2"],
            "Lukáš Beneš",
            "benes@vuvs.example",
            "+420224301559",
        ),
    },
    {
        "id": "x013-terse-radio-slash31",
        "description": "terse technician without diacritics, a /31 and a phone with spaces",
        "style": Style.TERSE,
        "from": "noc@radiovysocina.example",
        "subject": "xml volby",
        "cte": "7bit",
        "charset": "us-ascii",
        "body": (
            "Radio Vysocina Plus s.r.o., ICO " + ICO_VYSOCINA + "\n"
            "zadame o pristup k XML s vysledky.\n"
            "ostry provoz: 192.0.2.140/31\n"
            "test: nemame\n"
            "kontakt: Vit Sedlacek, +420 605 11 22 33\n"
        ),
        "labels": L(
            FEED,
            "Radio Vysocina Plus s.r.o.",
            ICO_VYSOCINA,
            None,
            ["192.0.2.140", "192.0.2.141"],
            [],
            "Vit Sedlacek",
            "noc@radiovysocina.example",
            "+420605112233",
        ),
    },
    {
        "id": "x014-weekly-filming-later",
        "description": "weekly asks for the feed; filming perhaps later by a separate request",
        "style": Style.LETTER,
        "from": "Šárka Vondráčková <vondrackova@tydenikzapad.example>",
        "subject": "Týdeník Západ – žádost o přístup k XML",
        "body": (
            "Vážená paní, vážený pane,\n\n"
            "vydavatelství Týdeník Západ s.r.o., IČO " + ICO_ZAPAD + ", se sídlem v Plzni,\n"
            "žádá o přístup k XML souboru s průběžnými výsledky voleb.\n\n"
            "Adresy pro ostrý provoz: 203.0.113.61, 203.0.113.62\n"
            "Testovací adresa: 203.0.113.69\n\n"
            "O natáčení na sběrném místě zatím nežádáme. Pokud se náš fotograf nakonec do\n"
            "Plzně dostane, pošleme samostatnou žádost.\n\n"
            "Kontaktní osoba: Šárka Vondráčková, zástupkyně šéfredaktora,\n"
            "mobil 604 881 230 (ústředna redakce 377 220 400)\n\n"
            "S úctou\n\nŠárka Vondráčková\nTýdeník Západ s.r.o.\n"
        ),
        "labels": L(
            FEED,
            "Týdeník Západ s.r.o.",
            ICO_ZAPAD,
            None,
            ["203.0.113.61", "203.0.113.62"],
            ["203.0.113.69"],
            "Šárka Vondráčková",
            "vondrackova@tydenikzapad.example",
            "+420604881230",
        ),
    },
]
