"""Thirteenth-round held-out cases gc001–gc014: foreign media, freelancers, institutes,
municipalities and contractors, with addresses as blocks, netmasks, ranges and corrections.
Written by hand apart from the extraction rules; labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L

FEED = "feed_access"
FILM = "recording_permit"

CASES: list[dict[str, Any]] = [
    {
        "id": "gc001-german-broadcaster-block",
        "description": "German broadcaster in German with English terms; a /30 block for "
        "production, one test address, filming explicitly not needed",
        "style": "foreign",
        "labels": L(
            [FEED],
            "Rundfunk Elbe-Saale GmbH",
            None,
            None,
            ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"],
            ["203.0.113.9"],
            "Katrin Oberländer",
            "k.oberlaender@res-rundfunk.example",
            "+4934155592210",
        ),
        "from": "Katrin Oberländer <k.oberlaender@res-rundfunk.example>",
        "subject": "Antrag: Zugang zum XML-Ergebnisfeed (Wahlen)",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "für unsere Wahlberichterstattung aus Tschechien beantragen wir als Rundfunk "
            "Elbe-Saale GmbH (Leipzig) den Zugang zum XML-Feed mit den Wahlergebnissen.\n\n"
            "Unsere Produktionsserver liegen im Netz 198.51.100.64/30 (alle vier Adressen "
            "werden genutzt, Loadbalancer). Für Tests verwenden wir nur 203.0.113.9.\n\n"
            "Eine Drehgenehmigung für die Sammelstellen brauchen wir diesmal nicht, unser "
            "Team arbeitet nur aus dem Studio.\n\n"
            "Ansprechpartnerin für Rückfragen bin ich selbst.\n\n"
            "Mit freundlichen Grüßen / Best regards\n"
            "Katrin Oberländer\n"
            "Leitung Datenjournalismus\n"
            "Rundfunk Elbe-Saale GmbH\n"
            "Tel. +49 341 5559 2210\n"
        ),
    },
    {
        "id": "gc002-polish-agency-mixed",
        "description": "Polish agency mixing Polish and English, asks for the feed and for "
        "filming in Prague; two production addresses, no test one",
        "style": "foreign",
        "labels": L(
            [FEED, FILM],
            "Agencja Informacyjna Wisła sp. z o.o.",
            None,
            None,
            ["192.0.2.21", "192.0.2.22"],
            [],
            "Marek Zieliński",
            "m.zielinski@aiwisla.example",
            "+48225550137",
        ),
        "from": "Marek Zielinski <m.zielinski@aiwisla.example>",
        "subject": "Request - election results feed + filming / Agencja Informacyjna Wisła",
        "body": (
            "Dzień dobry / Good morning,\n\n"
            "I am writing on behalf of Agencja Informacyjna Wisła sp. z o.o. (Warszawa). We "
            "would like to ask for two things:\n"
            "1) access to your XML feed with election results - our servers: 192.0.2.21 and "
            "192.0.2.22 (both production, we do not have a test environment),\n"
            "2) permission for our camera crew (2 people) to film at the collection point in "
            "Prague on the election night.\n\n"
            "Przepraszam for my English. If you need anything, please call me.\n\n"
            "Pozdrawiam serdecznie,\n"
            "Marek Zieliński\n"
            "redaktor dyżurny, AIW\n"
            "tel. +48 22 555 01 37\n"
        ),
    },
    {
        "id": "gc003-austrian-netmask-ipv6-test",
        "description": "Austrian daily writes in English; production as address plus netmask "
        "255.255.255.252, IPv6 test address",
        "style": "foreign",
        "labels": L(
            [FEED],
            "Salzach Zeitung Verlags GmbH",
            None,
            None,
            ["203.0.113.16", "203.0.113.17", "203.0.113.18", "203.0.113.19"],
            ["2001:db8:40::10"],
            "Florian Eder",
            "eder@salzach-zeitung.example",
            "+43662555318",
        ),
        "from": "Eder Florian <eder@salzach-zeitung.example>",
        "subject": "XML feed access - Salzach Zeitung",
        "body": (
            "Dear colleagues,\n\n"
            "Salzach Zeitung Verlags GmbH, Salzburg, kindly requests access to the XML "
            "results feed for the upcoming elections.\n\n"
            "Production network: 203.0.113.16 netmask 255.255.255.252\n"
            "Test: 2001:db8:40::10 (IPv6 only, sorry)\n\n"
            "Contact: Florian Eder, IT/Online desk, phone +43 662 555 318\n\n"
            "Thank you and kind regards,\n"
            "Florian Eder\n"
        ),
    },
    {
        "id": "gc004-hungarian-tv-filming-only",
        "description": "Hungarian TV in English asks only to film at a collection point in "
        "Brno; no feed, no addresses",
        "style": "foreign",
        "labels": L(
            [FILM],
            "Tisza Média Zrt.",
            None,
            None,
            [],
            [],
            "Eszter Bálint",
            "eszter.balint@tiszamedia.example",
            "+3615554821",
        ),
        "from": "Bálint Eszter <eszter.balint@tiszamedia.example>",
        "subject": "Filming permission request - Tisza Média",
        "body": (
            "Dear Sir or Madam,\n\n"
            "our news programme is preparing a short report about how Czech votes are "
            "counted. We would like to film for about one hour at your regional collection "
            "point in Brno on the night of the count (one reporter, one camera operator, no "
            "lights).\n\n"
            "We are only asking for the filming permission; the results we take from the "
            "public website.\n\n"
            "Applicant: Tisza Média Zrt., Szeged, Hungary\n"
            "Contact person: Eszter Bálint, producer\n"
            "Mobile: +36 1 555 4821\n\n"
            "Best regards,\nEszter Bálint\n"
        ),
    },
    {
        "id": "gc005-italian-freelancer-old-ip",
        "description": "Italian freelance correspondent, natural person; one current address "
        "and an old one she says is no longer valid",
        "style": "freelancer",
        "labels": L(
            [FEED],
            "Giulia Ferraro",
            None,
            None,
            ["198.51.100.200"],
            [],
            "Giulia Ferraro",
            "giulia.ferraro@posta-libera.example",
            "+393475556612",
        ),
        "from": "giulia.ferraro@posta-libera.example",
        "subject": "richiesta accesso feed elezioni / request feed access",
        "body": (
            "Hello,\n\n"
            "I am Giulia Ferraro, freelance journalist (I write for several Italian dailies "
            "from Prague, no company behind me). I would like again access to the election "
            "XML feed like in 2021.\n\n"
            "Attention: the address 198.51.100.199 I used in 2021 is not valid anymore, "
            "please remove it. My new server is 198.51.100.200 - only this one, no test.\n\n"
            "Grazie mille,\nGiulia Ferraro\ncell. +39 347 555 6612\n"
        ),
    },
    {
        "id": "gc006-french-radio-range",
        "description": "French radio writes in French; production as a written range "
        "'de … à …', IPv6 test address, filming declined",
        "style": "foreign",
        "labels": L(
            [FEED],
            "Radio Rive Gauche SAS",
            None,
            None,
            ["203.0.113.40", "203.0.113.41", "203.0.113.42"],
            ["2001:db8:fe::1"],
            "Camille Arnaud",
            "c.arnaud@rrg-radio.example",
            "+33155507219",
        ),
        "from": "Camille Arnaud <c.arnaud@rrg-radio.example>",
        "subject": "Demande d'accès au flux XML des résultats électoraux",
        "body": (
            "Madame, Monsieur,\n\n"
            "Radio Rive Gauche SAS (Paris) souhaite obtenir l'accès au flux XML des "
            "résultats des élections tchèques.\n\n"
            "Adresses de production : de 203.0.113.40 à 203.0.113.42\n"
            "Adresse de test : 2001:db8:fe::1\n\n"
            "Nous ne demandons pas d'autorisation de tournage.\n\n"
            "Personne à contacter : Camille Arnaud, responsable technique\n"
            "Tél. : +33 (0)1 55 50 72 19\n\n"
            "Veuillez agréer nos salutations distinguées.\n"
            "Camille Arnaud\n"
        ),
    },
    {
        "id": "gc007-norwegian-ipv6-mix",
        "description": "Norwegian broadcaster in English with a Norwegian signature; two IPv6 "
        "and one IPv4 production address, IPv4 test",
        "style": "foreign",
        "labels": L(
            [FEED],
            "Fjordkysten Kringkasting AS",
            None,
            None,
            ["2001:db8:12:3::80", "2001:db8:12:3::81", "198.18.4.10"],
            ["198.18.4.11"],
            "Ingrid Solberg",
            "ingrid.solberg@fjordkysten.example",
            "+4722555013",
        ),
        "from": "Ingrid Solberg <ingrid.solberg@fjordkysten.example>",
        "subject": "Election feed - Fjordkysten Kringkasting",
        "body": (
            "Hi,\n\n"
            "we'd like to pull the Czech election results from your XML feed into our "
            "graphics system. Our production hosts are dual-stack, so please allow all "
            "three:\n"
            "  2001:db8:12:3::80\n"
            "  2001:db8:12:3::81\n"
            "  198.18.4.10\n"
            "Our staging box (test) is 198.18.4.11.\n\n"
            "Med vennlig hilsen\n"
            "Ingrid Solberg\n"
            "Teknisk prosjektleder\n"
            "Fjordkysten Kringkasting AS\n"
            "Telefon: +47 22 55 50 13\n"
        ),
    },
    {
        "id": "gc008-college-databox-txt",
        "description": "Private college sends a data message; annotation only names the "
        "subject, the application is in an attached TXT; titles around the contact's name",
        "style": "databox",
        "labels": L(
            [FEED],
            "Vysoká škola mediálních studií Olomouc, o.p.s.",
            "27188345",
            "k7xm2qa",
            ["192.0.2.101", "192.0.2.102"],
            ["192.0.2.110"],
            "Petra Horáková",
            "horakova@vsms-olomouc.example",
            "+420585555214",
        ),
        "databox": {
            "box": "k7xm2qa",
            "sender": "Vysoká škola mediálních studií Olomouc, o.p.s.",
            "address": "Třída Svobody 18, 779 00 Olomouc",
        },
        "subject": "Žádost o přístup k XML výstupu výsledků voleb",
        "attachments": [
            (
                "txt",
                "zadost_xml.txt",
                "Vysoká škola mediálních studií Olomouc, o.p.s.\n"
                "IČO: 271 88 345\n\n"
                "Věc: žádost o zpřístupnění XML výstupu výsledků voleb\n\n"
                "Katedra datové žurnalistiky připravuje se studenty živé zpracování "
                "výsledků voleb. Žádáme proto o přístup k XML výstupu.\n\n"
                "Produkční servery: 192.0.2.101, 192.0.2.102\n"
                "Testovací server: 192.0.2.110\n\n"
                "Kontaktní osoba: doc. Mgr. Petra Horáková, Ph.D., vedoucí katedry\n"
                "e-mail: horakova@vsms-olomouc.example, tel.: 585 555 214\n\n"
                "V Olomouci dne 2. 3.\n"
                "doc. Mgr. Petra Horáková, Ph.D.\n",
            )
        ],
    },
    {
        "id": "gc009-municipal-nat-no-diacritics",
        "description": "Town newsroom writes without diacritics; names an internal address "
        "behind NAT and the public one the feed will see",
        "style": "municipal",
        "labels": L(
            [FEED],
            "Mesto Hradiste nad Jizerou",
            "00527122",
            None,
            ["192.0.2.130"],
            [],
            "Jaroslav Kubicek",
            "kubicek@hradiste-nj.example",
            "+420731555902",
        ),
        "from": "Jaroslav Kubicek <kubicek@hradiste-nj.example>",
        "subject": "zadost o pristup k vysledkum voleb - Hradistsky zpravodaj",
        "body": (
            "Dobry den,\n\n"
            "mesto Hradiste nad Jizerou (IC 00527122) vydava mesicnik Hradistsky zpravodaj "
            "a na webu mesta chceme mit behem voleb prubezne vysledky. Zadame proto o "
            "pristup k XML vystupu.\n\n"
            "Server stoji na radnici a ma vnitrni adresu 10.20.0.15, ta vam ale nic nerekne "
            "- ven chodime pres NAT jako 192.0.2.130, tu prosim povolte. Testovaci prostredi "
            "nemame.\n\n"
            "Kontakt: Jaroslav Kubicek, spravce IT mestskeho uradu, tel. 731 555 902\n\n"
            "S pozdravem\nJaroslav Kubicek\n"
        ),
    },
    {
        "id": "gc010-it-contractor-for-daily",
        "description": "IT contractor writes for a regional daily; the publisher is the "
        "applicant, the contractor's technician the named contact",
        "style": "contractor",
        "labels": L(
            [FEED],
            "Deník Podbrdsko, a.s.",
            "49012762",
            None,
            ["203.0.113.77", "203.0.113.78"],
            ["203.0.113.90"],
            "Radek Šoltys",
            "soltys@datanest.example",
            "+420739555106",
        ),
        "from": "Radek Šoltys <soltys@datanest.example>",
        "subject": "Deník Podbrdsko – žádost o XML feed (zasílá dodavatel IT)",
        "body": (
            "Dobrý den,\n\n"
            "jsme externí dodavatel IT (DataNest s.r.o.) pro vydavatelství Deník Podbrdsko, "
            "a.s., IČO 49012762, a jeho jménem žádáme o přístup k XML výstupu s výsledky "
            "voleb. Plná moc od vydavatele je k dispozici na vyžádání.\n\n"
            "Ostré servery redakčního systému: 203.0.113.77 a 203.0.113.78.\n"
            "Testovací instance: 203.0.113.90.\n\n"
            "Technické dotazy prosím směřujte přímo na mě, jsem pro tuto žádost kontaktní "
            "osobou: Radek Šoltys, mobil 739 555 106.\n\n"
            "Děkuji\n"
            "Radek Šoltys\n"
            "DataNest s.r.o. | správa serverů\n"
        ),
    },
    {
        "id": "gc011-slovak-agency-cidr31",
        "description": "Slovak press agency writes in Slovak; a /31 for production, one test "
        "address, ICO written with spaces",
        "style": "foreign",
        "labels": L(
            [FEED],
            "Tlačová agentúra Podunajsko, a.s.",
            "44103689",
            None,
            ["198.51.100.8", "198.51.100.9"],
            ["198.51.100.12"],
            "Ľubica Hrušovská",
            "hrusovska@tap-agentura.example",
            "+421255553071",
        ),
        "from": "Hrušovská Ľubica <hrusovska@tap-agentura.example>",
        "subject": "Žiadosť o prístup k XML výstupu volebných výsledkov",
        "body": (
            "Vážení,\n\n"
            "Tlačová agentúra Podunajsko, a.s., IČO 441 036 89, so sídlom v Bratislave, "
            "žiada o sprístupnenie XML výstupu s výsledkami volieb v Českej republike.\n\n"
            "Produkčné adresy: 198.51.100.8/31\n"
            "Testovacia adresa: 198.51.100.12\n\n"
            "Kontaktná osoba: Ľubica Hrušovská, vedúca spravodajstva\n"
            "telefón: +421 2 5555 3071\n\n"
            "S pozdravom\n"
            "Ľubica Hrušovská\n"
        ),
    },
    {
        "id": "gc012-radio-filming-withdrawn-ps",
        "description": "Radio asks for feed and filming, then withdraws the filming in a "
        "postscript; main and backup server both production",
        "style": "letter",
        "labels": L(
            [FEED],
            "Rádio Lužnice FM s.r.o.",
            "06451292",
            None,
            ["192.0.2.55", "192.0.2.56"],
            [],
            "Ondřej Pešek",
            "pesek@radioluznice.example",
            "+420602555118",
        ),
        "from": "Ondřej Pešek <pesek@radioluznice.example>",
        "subject": "Žádost – XML výsledky a natáčení",
        "body": (
            "Dobrý den,\n\n"
            "Rádio Lužnice FM s.r.o. (IČO 06451292) žádá:\n"
            "a) o přístup k XML výstupu výsledků voleb – hlavní server 192.0.2.55, záložní "
            "192.0.2.56,\n"
            "b) o povolení natáčet na sběrném místě v Táboře.\n\n"
            "Kontakt: Ondřej Pešek, šéfredaktor, 602 555 118\n\n"
            "S pozdravem\nOndřej Pešek\n\n"
            "P.S. Bod b) prosím škrtněte, natáčení rušíme – kameraman v ten den nebude k "
            "dispozici. Žádáme tedy jen o XML.\n"
        ),
    },
    {
        "id": "gc013-sole-trader-corrected-ip",
        "description": "Sole trader running a results site; mistyped production address "
        "corrected later in the same message, IPv6 test address",
        "style": "freelancer",
        "labels": L(
            [FEED],
            "Tomáš Vrba",
            "73405922",
            None,
            ["198.51.100.37"],
            ["2001:db8:5::2"],
            "Tomáš Vrba",
            "tomas@vrba-volby.example",
            "+420777555640",
        ),
        "from": "Tomáš Vrba <tomas@vrba-volby.example>",
        "subject": "XML výstup – žádost OSVČ",
        "body": (
            "Dobrý den,\n\n"
            "jsem OSVČ (Tomáš Vrba, IČO 73405922) a provozuji nezávislý web s volebními "
            "grafy. Prosím o přístup k XML výstupu.\n\n"
            "produkce: 198.51.100.31\n"
            "test: 2001:db8:5::2\n\n"
            "Oprava – u produkce jsem se překlepl, správně je 198.51.100.37 (ne .31).\n\n"
            "Tomáš Vrba\n777 555 640\n"
        ),
    },
    {
        "id": "gc014-german-weekly-docx-range",
        "description": "German regional paper: short German cover note, the request as a "
        "DOCX table with a written range and 'keine' for test",
        "style": "attachment",
        "labels": L(
            [FEED],
            "Oberlausitzer Tageblatt GmbH & Co. KG",
            None,
            None,
            ["203.0.113.100", "203.0.113.101", "203.0.113.102"],
            [],
            "Jens Marschner",
            "marschner@ol-tageblatt.example",
            "+4935815557730",
        ),
        "from": "Jens Marschner <marschner@ol-tageblatt.example>",
        "subject": "Antrag XML-Feed (siehe Anhang)",
        "body": (
            "Guten Tag,\n\nanbei unser Antrag auf Zugang zum XML-Feed der Wahlergebnisse.\n\n"
            "Viele Grüße aus Görlitz\nJens Marschner\n"
        ),
        "attachments": [
            (
                "docx",
                "Antrag_XML_Feed.docx",
                {
                    "header": "Oberlausitzer Tageblatt GmbH & Co. KG – Online-Redaktion",
                    "blocks": [
                        "Antrag auf Zugang zum XML-Feed der Wahlergebnisse",
                        {
                            "rows": [
                                ["Antragsteller", "Oberlausitzer Tageblatt GmbH & Co. KG"],
                                ["Produktion (IP)", "203.0.113.100 bis 203.0.113.102"],
                                ["Test (IP)", "keine"],
                                ["Ansprechpartner", "Jens Marschner"],
                                ["E-Mail", "marschner@ol-tageblatt.example"],
                                ["Telefon", "+49 3581 555 7730"],
                            ]
                        },
                        "Filmaufnahmen an den Sammelstellen sind nicht geplant.",
                    ],
                },
            )
        ],
    },
]
