"""Sixteenth held-out part ``jc``, cases jc029–jc042: Italian, French-Swiss, Norwegian,
Austrian, Hungarian and Polish applicants, a trade-name freelancer, an institute with a
spreadsheet, a village, a contractor naming the publisher's contact, filming cancelled in a
postscript, RTF and ODT letters and a publisher's data message with a form."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L
from tests.corpus.sixteenth_jc_common import FEED, FILM, Style

CASES: list[dict[str, Any]] = [
    {
        "id": "jc029-italian-broadcaster-da-a",
        "description": "Italian broadcaster in Italian; production as 'da … a …' range",
        "style": Style.FOREIGN,
        "from": "Giulia Ferraresi <g.ferraresi@rtadriatica.example>",
        "subject": "Richiesta di accesso al servizio XML dei risultati elettorali",
        "body": (
            "Gentili signori,\n\n"
            "Radiotelevisione Adriatica S.p.A. chiede l'accesso al servizio XML con i risultati\n"
            "delle elezioni nella Repubblica Ceca.\n\n"
            "Indirizzi di produzione: da 203.0.113.100 a 203.0.113.102\n"
            "Indirizzo di test: 203.0.113.110\n\n"
            "Persona di contatto: Giulia Ferraresi, redazione esteri, +39 071 555 3302\n\n"
            "Distinti saluti\nGiulia Ferraresi\n"
        ),
        "labels": L(
            [FEED],
            "Radiotelevisione Adriatica S.p.A.",
            None,
            None,
            ["203.0.113.100", "203.0.113.101", "203.0.113.102"],
            ["203.0.113.110"],
            "Giulia Ferraresi",
            "g.ferraresi@rtadriatica.example",
            "+390715553302",
        ),
    },
    {
        "id": "jc030-swiss-radio-feed-dropped",
        "description": "Swiss radio in French and English; drops the XML feed, keeps the filming request",
        "style": Style.FOREIGN,
        "from": "Jérôme Baud <jbaud@radioleman.example>",
        "subject": "Autorisation de tournage / filming permit - Radio Léman Info",
        "body": (
            "Bonjour,\n\n"
            "Radio Léman Info SA (Lausanne) souhaite tourner des images dans un centre de\n"
            "collecte à Prague pendant le dépouillement. Nous avions évoqué par téléphone un\n"
            "accès au flux XML, mais nous n'en avons finalement pas besoin.\n\n"
            "In short: filming permit only, no data feed.\n\n"
            "Contact : Jérôme Baud, +41 21 555 60 70\n\n"
            "Meilleures salutations\nJérôme Baud\n"
        ),
        "labels": L(
            [FILM],
            "Radio Léman Info SA",
            None,
            None,
            [],
            [],
            "Jérôme Baud",
            "jbaud@radioleman.example",
            "+41215556070",
        ),
    },
    {
        "id": "jc031-norwegian-paper-v4-v6",
        "description": "Norwegian paper mixes Norwegian and English; IPv4 and IPv6 production, IPv6 test",
        "style": Style.FOREIGN,
        "from": "Ingrid Solberg <ingrid.solberg@vestlandsposten.example>",
        "subject": "Søknad om tilgang / request for access to results XML",
        "body": (
            "Hei,\n\n"
            "Vestlandsposten AS (Bergen) søker om tilgang til XML-tjenesten med valgresultater.\n"
            "For your technicians:\n"
            "  production: 192.0.2.90, 2001:db8:a0b:12::90\n"
            "  test:       2001:db8:a0b:12::99\n\n"
            "Kontaktperson: Ingrid Solberg, tlf. +47 55 55 01 23\n\n"
            "Vennlig hilsen\nIngrid Solberg\nutviklingsredaktør\n"
        ),
        "labels": L(
            [FEED],
            "Vestlandsposten AS",
            None,
            None,
            ["192.0.2.90", "2001:db8:a0b:12::90"],
            ["2001:db8:a0b:12::99"],
            "Ingrid Solberg",
            "ingrid.solberg@vestlandsposten.example",
            "+4755550123",
        ),
    },
    {
        "id": "jc032-trade-name-photographer",
        "description": "freelancer applies under a trade name with IČO; filming only",
        "style": Style.FREELANCER,
        "from": "Foto Blažek <info@fotoblazek.example>",
        "subject": "Prosba o povolení focení a natáčení – volby",
        "body": (
            "Dobrý den,\n\n"
            "jako Foto Blažek – Ondřej Blažek (IČO 29130778) dodávám fotografie a video\n"
            "regionálním týdeníkům. Rád bych Vás požádal o povolení natáčet na sběrném místě\n"
            "v Hradci Králové během zpracování výsledků.\n\n"
            "Děkuji a jsem k dispozici na 776 020 313.\n\nOndřej Blažek\n"
        ),
        "labels": L(
            [FILM],
            "Foto Blažek – Ondřej Blažek",
            "29130778",
            None,
            [],
            [],
            "Ondřej Blažek",
            "info@fotoblazek.example",
            "+420776020313",
        ),
    },
    {
        "id": "jc033-institute-xlsx-addresses",
        "description": "public-opinion institute sends addresses in a spreadsheet with a role column",
        "style": Style.UNIVERSITY,
        "from": "Ing. Kateřina Růžičková <ruzickova@ivvm-praha.example>",
        "subject": "Institut pro výzkum veřejného mínění – žádost o XML",
        "body": (
            "Dobrý den,\n\n"
            "Institut pro výzkum veřejného mínění Praha, o. p. s., IČO 06209459, žádá o přístup\n"
            "k XML výstupu s výsledky voleb pro své analytické pracoviště. IP adresy jsou v\n"
            "přiložené tabulce.\n\n"
            "Kontakt: Kateřina Růžičková, +420 222 555 871\n\n"
            "S pozdravem\nKateřina Růžičková\n"
        ),
        "attachments": [
            (
                "xlsx",
                "adresy_IVVM.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Server", "IP adresa", "Použití"],
                            ["analyza-1", "198.18.20.5", "produkce"],
                            ["analyza-2", "198.18.20.6", "produkce"],
                            ["zaloha", "198.18.21.5", "produkce (záložní)"],
                            ["vyvoj", "198.18.22.5", "test"],
                        ],
                    }
                ],
            ),
        ],
        "labels": L(
            [FEED],
            "Institut pro výzkum veřejného mínění Praha, o. p. s.",
            "06209459",
            None,
            ["198.18.20.5", "198.18.20.6", "198.18.21.5"],
            ["198.18.22.5"],
            "Kateřina Růžičková",
            "ruzickova@ivvm-praha.example",
            "+420222555871",
        ),
    },
    {
        "id": "jc034-village-newsletter-filming",
        "description": "a village's newsletter editor asks to film; the village is the applicant",
        "style": Style.MUNICIPAL,
        "from": "Obec Lipnice nad Ohří <obec@lipnice-ohre.example>",
        "subject": "natáčení pro obecní zpravodaj",
        "body": (
            "Dobrý den,\n\n"
            "Obec Lipnice nad Ohří (IČO 00111228) vydává Lipnický občasník. Rádi bychom pro něj\n"
            "natočili krátkou reportáž o tom, jak se sčítají výsledky voleb na sběrném místě v\n"
            "Karlových Varech. Žádáme tedy o povolení k natáčení; data nepotřebujeme.\n\n"
            "Kontaktní osobou pro tuto žádost je paní Marie Šťastná, která bude i natáčet,\n"
            "mob. 604 11 22 33.\n\n"
            "Za obec\nJosef Kříž, starosta\n"
        ),
        "labels": L(
            [FILM],
            "Obec Lipnice nad Ohří",
            "00111228",
            None,
            [],
            [],
            "Marie Šťastná",
            "obec@lipnice-ohre.example",
            "+420604112233",
        ),
    },
    {
        "id": "jc035-hosting-names-publisher-contact",
        "description": "a hosting company files for a daily and names the publisher's employee as contact",
        "style": Style.CONTRACTOR,
        "from": "NetCore Hosting – podpora <podpora@netcore.example>",
        "subject": "Žádost o přístup k XML – Deník Západ, a.s.",
        "body": (
            "Dobrý den,\n\n"
            "provozujeme servery pro Deník Západ, a.s., IČO 46871322, a jejich jménem žádáme o\n"
            "povolení přístupu k volebnímu XML výstupu z těchto adres našeho datacentra:\n"
            "203.0.113.121, 203.0.113.122 (produkce), 203.0.113.125 (testovací).\n\n"
            "Kontaktní osoba za vydavatele: Ing. Hana Vlčková, vedoucí digitální redakce,\n"
            "hana.vlckova@denikzapad.example, tel. +420 377 555 204.\n\n"
            "S pozdravem\nTým podpory NetCore Hosting s.r.o.\n"
        ),
        "labels": L(
            [FEED],
            "Deník Západ, a.s.",
            "46871322",
            None,
            ["203.0.113.121", "203.0.113.122"],
            ["203.0.113.125"],
            "Hana Vlčková",
            "hana.vlckova@denikzapad.example",
            "+420377555204",
        ),
    },
    {
        "id": "jc036-swiss-daily-cidr-plus-one",
        "description": "Swiss German daily: a /30 and one extra host, five production addresses",
        "style": Style.FOREIGN,
        "from": "Reto Ammann <r.ammann@noz.example>",
        "subject": "Gesuch um Zugang zum Wahlresultate-XML",
        "body": (
            "Guten Tag\n\n"
            "Die Neue Ostschweizer Zeitung AG (St. Gallen) ersucht um Zugang zu Ihrem XML-Dienst\n"
            "mit den Wahlresultaten. Freizuschalten sind das Netz 198.51.100.32/30 sowie\n"
            "zusätzlich der Host 198.51.100.36, alles produktiv. Ein Testsystem haben wir nicht.\n\n"
            "Ansprechperson: Reto Ammann, Tel. +41 71 555 88 20\n\n"
            "Freundliche Grüsse\nReto Ammann\n"
        ),
        "labels": L(
            [FEED],
            "Neue Ostschweizer Zeitung AG",
            None,
            None,
            ["198.51.100.32", "198.51.100.33", "198.51.100.34", "198.51.100.35", "198.51.100.36"],
            [],
            "Reto Ammann",
            "r.ammann@noz.example",
            "+41715558820",
        ),
    },
    {
        "id": "jc037-tv-filming-cancelled-ps",
        "description": "Czech without diacritics; asks for both, a PS cancels the filming",
        "style": Style.TERSE,
        "from": "Roman Zeman <zeman@tvhana.example>",
        "subject": "zadost - XML vysledky + nataceni",
        "body": (
            "Dobry den,\n\n"
            "Televize Hana s.r.o., ICO 25788167, zada o pristup k XML s vysledky voleb\n"
            "(produkce 192.0.2.221, test 192.0.2.222) a o povoleni natacet na sbernem miste\n"
            "v Olomouci.\n\n"
            "Roman Zeman, 585 555 140\n\n"
            "PS: natáčení prosím škrtněte, kameraman nám onemocněl. Feed platí.\n"
        ),
        "labels": L(
            [FEED],
            "Televize Hana s.r.o.",
            "25788167",
            None,
            ["192.0.2.221"],
            ["192.0.2.222"],
            "Roman Zeman",
            "zeman@tvhana.example",
            "+420585555140",
        ),
    },
    {
        "id": "jc038-slovak-radio-rtf",
        "description": "Slovak regional radio, application letter as RTF with a signature block",
        "style": Style.LETTER,
        "from": "Rádio Záhorie <info@radiozahorie.example>",
        "subject": "Žiadosť o prístup k volebným údajom",
        "body": "Dobrý deň, v prílohe posielame žiadosť. Rádio Záhorie\n",
        "attachments": [
            (
                "rtf",
                "ziadost.rtf",
                [
                    "Rádio Záhorie, s.r.o., IČO 31584209, Senica",
                    "Žiadame o prístup k XML výstupu s výsledkami volieb v ČR.",
                    "Produkčné adresy: 192.0.2.241, 192.0.2.242",
                    "Testovacia adresa: 192.0.2.249",
                    "Kontakt: Peter Hudec, technik, +421 34 555 66 01, hudec@radiozahorie.example",
                    "Mgr. Silvia Poláková, konateľka",
                ],
            ),
        ],
        "labels": L(
            [FEED],
            "Rádio Záhorie, s.r.o.",
            "31584209",
            None,
            ["192.0.2.241", "192.0.2.242"],
            ["192.0.2.249"],
            "Peter Hudec",
            "hudec@radiozahorie.example",
            "+421345556601",
        ),
    },
    {
        "id": "jc039-austrian-institute-odt",
        "description": "Austrian research association, English ODT letter; IPv6 test, no IČO",
        "style": Style.UNIVERSITY,
        "from": "Dr. Stefan Pichler <pichler@donauinstitut.example>",
        "subject": "Application: access to Czech election results XML",
        "body": "Dear Sir or Madam, please find our application attached. Stefan Pichler\n",
        "attachments": [
            (
                "odt",
                "application_DIW.odt",
                [
                    "Donau-Institut für Wahlforschung, Linz",
                    "We apply for access to the election results XML service for our research "
                    "comparing Central European election nights.",
                    "Production server: 203.0.113.55",
                    "Test server: 2001:db8:d1::55",
                    "Contact person: Dr. Stefan Pichler, +43 732 555 910",
                    "Linz, September",
                ],
            ),
        ],
        "labels": L(
            [FEED],
            "Donau-Institut für Wahlforschung",
            None,
            None,
            ["203.0.113.55"],
            ["2001:db8:d1::55"],
            "Stefan Pichler",
            "pichler@donauinstitut.example",
            "+43732555910",
        ),
    },
    {
        "id": "jc040-hungarian-agency-netmask-both",
        "description": "Hungarian agency in English; production address with /31 netmask, filming too",
        "style": Style.AGENCY,
        "from": "Tóth Gergely <gergely.toth@pannonpress.example>",
        "subject": "Request: results feed + filming permit (Pannon Press)",
        "body": (
            "Dear Czech Statistical Office,\n\n"
            "Pannon Press Hírügynökség Kft. would like to request:\n"
            "1. access to the XML results feed for 203.0.113.176 with netmask 255.255.255.254\n"
            "   (production; we have no test system),\n"
            "2. a permit for our photographer to film at the Prague collection point.\n\n"
            "Contact: Gergely Tóth, desk editor, mobile +36 20 555 3141\n\n"
            "Kind regards,\nGergely Tóth\n"
        ),
        "labels": L(
            [FEED, FILM],
            "Pannon Press Hírügynökség Kft.",
            None,
            None,
            ["203.0.113.176", "203.0.113.177"],
            [],
            "Gergely Tóth",
            "gergely.toth@pannonpress.example",
            "+36205553141",
        ),
    },
    {
        "id": "jc041-publisher-databox-docx",
        "description": "a publisher's data message with a DOCX form asking for both feed and filming",
        "style": Style.DATABOX,
        "databox": {
            "box": "h4tr9zu",
            "sender": "Vydavatelství Polabí s.r.o.",
            "address": "Masarykova 40, 280 02 Kolín",
        },
        "subject": "Žádost – volby, přístup k datům a natáčení",
        "attachments": [
            (
                "docx",
                "zadost_Polabi.docx",
                {
                    "blocks": [
                        "Vydavatelství Polabí s.r.o., IČO 64592375",
                        "Žádáme o přístup k XML výstupu s výsledky voleb a o povolení natáčet na "
                        "sběrném místě v Kolíně.",
                        {
                            "rows": [
                                ["adresy pro ostrý provoz", "198.18.40.11\n198.18.40.12"],
                                ["testovací adresy", "198.18.40.30"],
                            ]
                        },
                        "Kontaktní osoba: Daniel Pokorný, tel. 321 555 740, pokorny@polabi.example",
                    ]
                },
            ),
        ],
        "labels": L(
            [FEED, FILM],
            "Vydavatelství Polabí s.r.o.",
            "64592375",
            "h4tr9zu",
            ["198.18.40.11", "198.18.40.12"],
            ["198.18.40.30"],
            "Daniel Pokorný",
            "pokorny@polabi.example",
            "+420321555740",
        ),
    },
    {
        "id": "jc042-polish-freelancer-filming",
        "description": "Polish freelance video journalist in English with Polish phrases; filming only",
        "style": Style.FREELANCER,
        "from": "Tomasz Wiśniewski <tomek.wisniewski@freelance-pl.example>",
        "subject": "Filming at a collection point - freelance reporter",
        "body": (
            "Dzień dobry,\n\n"
            "I'm a freelance video journalist from Wrocław working for several Polish portals.\n"
            "I'd like to ask for permission to film at one of your collection points on\n"
            "election night (just me with a small camera). I don't need any data access.\n\n"
            "Phone/WhatsApp: 0048 601 555 447\n\n"
            "Pozdrawiam,\nTomasz Wiśniewski\n"
        ),
        "labels": L(
            [FILM],
            "Tomasz Wiśniewski",
            None,
            None,
            [],
            [],
            "Tomasz Wiśniewski",
            "tomek.wisniewski@freelance-pl.example",
            "+48601555447",
        ),
    },
]
