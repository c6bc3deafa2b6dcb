"""Fifty-first held-out part ``cf``, cases cf029–cf042: an Estonian terse filming note, a
Serbian DOCX form with the feed ticked NE, a university's data message with reverse-DNS names,
a freelance photographer for several agencies, an IT contractor's IPv6-only application, a
Slovak/English split request, a Belgian letter with 'respectivement' naming the office's
server, a town's data message withdrawing filming, a student association, a Spanish freelancer
with a replaced host, a Swiss agency's netmask, a reply making the application for the later
election, a regional TV's data message naming the office's feed addresses and an Italian
freelancer for the second round in RTF.
Written by hand apart from the extraction rules (see make_fiftyfirst_cf); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyfirst_cf_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I31, I33, I36, I37 = ico("6081734"), ico("2745019"), ico("0051392"), ico("2208475")
I40, I41 = ico("0469183"), ico("2931706")

CASES: list[dict[str, Any]] = [
    {
        "id": "cf029-estonian-terse-filming",
        "description": "three lines of Estonian with Czech words from a regional radio's "
        "correspondent: filming only ('XML pole vaja'), phone in local format with +372",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Peipsi Raadio MTÜ",
            None,
            None,
            [],
            [],
            "Mari-Liis Kask",
            "mari-liis.kask@peipsiraadio.example",
            "+3725562718",
        ),
        "from": "Mari-Liis Kask <mari-liis.kask@peipsiraadio.example>",
        "subject": "filmimine / natáčení volby",
        "headers": IPHONE,
        "body": "Dobrý den, palun filmimisluba (natáčení) valimisõhtuks Prahas, "
        "Peipsi Raadio MTÜ. XML pole vaja.\n"
        "Mari-Liis Kask, +372 556 2718\n\nSaadetud iPhone'ist\n",
    },
    {
        "id": "cf030-serbian-docx-form-feed-ne",
        "description": "Serbian Latin DOCX form with DA/NE columns: XML marked NE although "
        "the form's address rows are filled from last time, filming DA: filming only",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Novosadska informativna agencija d.o.o.",
            None,
            None,
            [],
            [],
            "Nemanja Petrović",
            "n.petrovic@nia-ns.example",
            "+381641120937",
        ),
        "from": "Nemanja Petrović <n.petrovic@nia-ns.example>",
        "subject": "Zahtev – snimanje",
        "headers": OUTLOOK,
        "body": "Poštovani, u prilogu je popunjen formular.\nNemanja Petrović\n",
        "attachments": [
            (
                "docx",
                "formular_NIA.docx",
                {
                    "header": "Novosadska informativna agencija d.o.o. | Bulevar oslobođenja "
                    "44, Novi Sad",
                    "footer": "www.nia-ns.example",
                    "blocks": [
                        "Zahtev medija",
                        {
                            "rows": [
                                ["Zahtev", "DA", "NE"],
                                ["Pristup XML rezultatima", "", "X"],
                                ["Dozvola za snimanje", "X", ""],
                            ]
                        },
                        {
                            "rows": [
                                ["IP produkcija (prošli izbori)", "198.51.100.222"],
                                ["Kontakt", "Nemanja Petrović"],
                                ["E-mail", "n.petrovic@nia-ns.example"],
                                ["Telefon", "+381 64 112 0937"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "cf031-databox-university-rdns-xlsx",
        "description": "data message from a university (public box): two-sheet XLSX with "
        "host names and their reverse-DNS form next to the addresses, a test host, the "
        "contact on the second sheet",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vysoká škola regionálního rozvoje v Příbrami",
            I31,
            "v5rrp2d",
            ["192.0.2.200", "192.0.2.201"],
            ["192.0.2.210"],
            "Petra Nosková",
            "noskova@vsrr.example",
            "+420318644207",
        ),
        "databox": box(
            "v5rrp2d",
            "Vysoká škola regionálního rozvoje v Příbrami",
            "Jiráskovy sady 170, 261 01 Příbram",
            kind=10,
        ),
        "subject": "Žádost o přístup k výsledkům voleb",
        "attachments": [
            (
                "xlsx",
                "pristup_volby_VSRR.xlsx",
                [
                    {
                        "title": "Servery",
                        "rows": [
                            ["Role", "Hostname", "PTR", "IP"],
                            [
                                "produkce",
                                "volby1.vsrr.example",
                                "200.2.0.192.in-addr.arpa",
                                "192.0.2.200",
                            ],
                            [
                                "produkce",
                                "volby2.vsrr.example",
                                "201.2.0.192.in-addr.arpa",
                                "192.0.2.201",
                            ],
                            [
                                "test",
                                "volby-t.vsrr.example",
                                "210.2.0.192.in-addr.arpa",
                                "192.0.2.210",
                            ],
                        ],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Žadatel", "Vysoká škola regionálního rozvoje v Příbrami"],
                            ["IČO", I31],
                            ["Kontaktní osoba", "Nosková Petra, Ing."],
                            ["E-mail", "noskova@vsrr.example"],
                            ["Telefon", "318 644 207"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cf032-freelance-photographer-several-agencies",
        "description": "English from a Czech-based freelance photographer shooting for "
        "several foreign agencies: filming/photography only, no IČO, her own name applies",
        "style": Style.FREELANCE,
        "labels": L(
            [FILM],
            "Tereza Vondráčková",
            None,
            None,
            [],
            [],
            "Tereza Vondráčková",
            "tereza@vondrackova-photo.example",
            "+420724318905",
        ),
        "from": "Tereza Vondrackova <tereza@vondrackova-photo.example>",
        "subject": "Photo accreditation - election night",
        "headers": APPLE,
        "body": "Hello,\n\nI'm a freelance photographer and on election night I'll be "
        "shooting for three clients at once (a German weekly, an Austrian daily and a "
        "Slovak news site). Could I get a permission to photograph at your central office? "
        "I don't need any data access.\n\n"
        "Tereza Vondráčková\n+420 724 318 905\n",
    },
    {
        "id": "cf033-contractor-ipv6-only-english",
        "description": "an IT contractor writes in English for a Czech news site (the "
        "applicant, IČO in the text): production and test addresses only IPv6, one written "
        "with leading zeros",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Zprávy Vysočina Online s.r.o.",
            I33,
            None,
            ["2001:db8:c0::10", "2001:db8:c0::11"],
            ["2001:db8:c0::20"],
            "Martin Kubelka",
            "martin.kubelka@cloudops-jihlava.example",
            "+420603227190",
        ),
        "from": "Martin Kubelka <martin.kubelka@cloudops-jihlava.example>",
        "subject": "XML feed access for Zprávy Vysočina Online",
        "headers": MAC_OUTLOOK,
        "body": "Hi,\n\nwe run the hosting for Zprávy Vysočina Online s.r.o. (IČO "
        + I33
        + ") and are sending their application for the election results feed. Our "
        "infrastructure is IPv6-only:\n\n"
        "prod: 2001:db8:c0::10, 2001:db8:c0::11\n"
        "test: 2001:0db8:00c0::0020\n\n"
        "Contact for this application: Martin Kubelka, "
        "martin.kubelka@cloudops-jihlava.example, +420 603 227 190.\n\n"
        "Cheers,\nMartin\nCloudOps Jihlava\n",
    },
    {
        "id": "cf034-slovak-english-feed-first-filming-second",
        "description": "Slovak mixed with English: the feed for the first round and filming "
        "for the second round, both asked now; production but no test address",
        "style": Style.MIXED,
        "labels": L(
            [FEED, FILM],
            "Rádio Záhorie s.r.o.",
            None,
            None,
            ["198.18.77.3"],
            [],
            "Patrik Šimko",
            "simko@radiozahorie.example",
            "+421944506218",
        ),
        "from": "Patrik Šimko <simko@radiozahorie.example>",
        "subject": "Request: feed (1st round) + filming (2nd round)",
        "headers": GMAIL,
        "body": "Dobrý deň,\n\n"
        "Rádio Záhorie s.r.o. žiada o:\n"
        "- access to the results feed for the first round, production IP 198.18.77.3 "
        "(testovaciu adresu nemáme)\n"
        "- povolenie natáčať for the second round, in Prague\n\n"
        "Kontakt: Patrik Šimko, simko@radiozahorie.example, +421 944 506 218\n\n"
        "S pozdravom / best,\nPatrik Šimko\n",
    },
    {
        "id": "cf035-belgian-letter-respectivement-pdf",
        "description": "long formal French letter in a PDF from a Belgian broadcaster: "
        "'respectivement' pairs the addresses with production and test, and the office's "
        "own server addresses are named as the feed wanted",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Télévision Locale Meuse-Ardenne ASBL",
            None,
            None,
            ["198.51.100.180"],
            ["198.51.100.181"],
            "Julien Lambert",
            "julien.lambert@tlma.example",
            "+32475281640",
        ),
        "from": "Julien Lambert <julien.lambert@tlma.example>",
        "subject": "Demande d'accès – TLMA",
        "headers": ZIMBRA,
        "body": "Bonjour,\nveuillez trouver ci-joint notre demande signée.\nJ. Lambert\n",
        "attachments": [
            (
                "pdf",
                "demande_TLMA.pdf",
                [
                    "Télévision Locale Meuse-Ardenne ASBL\nRue du Pont 7, 5500 Dinant, Belgique",
                    "Objet : demande d'accès aux résultats électoraux",
                    "Madame, Monsieur,",
                    "Nous avons l'honneur de solliciter l'accès aux résultats électoraux "
                    "publiés au format XML par vos serveurs 203.0.113.240 et 203.0.113.241. "
                    "Nos serveurs de production et de test portent respectivement les "
                    "adresses 198.51.100.180 et 198.51.100.181. Nous ne sollicitons pas "
                    "d'autorisation de tournage.",
                    "La personne de contact est M. Julien Lambert, responsable technique "
                    "(julien.lambert@tlma.example, +32 475 28 16 40).",
                    "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations "
                    "distinguées.\nHélène Duchêne, directrice",
                ],
            )
        ],
    },
    {
        "id": "cf036-databox-town-withdraws-filming",
        "description": "data message from a town: the PDF asks for both, the annotation "
        "withdraws filming; the feed stays with its addresses",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Lhota pod Radhoštěm",
            I36,
            "l2rdh6m",
            ["203.0.113.140"],
            ["203.0.113.141"],
            "David Hanák",
            "hanak@lhotapr.example",
            "+420556832147",
        ),
        "databox": box(
            "l2rdh6m", "Město Lhota pod Radhoštěm", "Masarykovo nám. 1, 756 61 Lhota", kind=10
        ),
        "subject": "Žádost TV Lhota – natáčení již nepožadujeme, jen přístup k XML",
        "attachments": [
            (
                "pdf",
                "zadost_TV_Lhota.pdf",
                [
                    "Město Lhota pod Radhoštěm, IČO " + I36,
                    "Žádáme o přístup k výsledkům voleb (XML) a o povolení natáčet na "
                    "pracovišti ČSÚ v Ostravě pro městskou TV Lhota.",
                    "Produkční IP: 203.0.113.140, testovací IP: 203.0.113.141",
                    "Kontakt: David Hanák, správce IT, hanak@lhotapr.example, 556 832 147",
                    "Bc. Eva Mičková, místostarostka",
                ],
            )
        ],
    },
    {
        "id": "cf037-student-association-no-test",
        "description": "terse Seznam mail from a students' association running a university "
        "election site: production only, IČO in the signature, chairman signs and is contact",
        "style": Style.INSTITUTION,
        "labels": L(
            [FEED],
            "Studentský volební web z.s.",
            I37,
            None,
            ["192.0.2.55"],
            [],
            "Vojtěch Krátký",
            "kratky@studvolby.example",
            "+420728331904",
        ),
        "from": "Vojtěch Krátký <kratky@studvolby.example>",
        "subject": "Přístup k XML – Studentský volební web",
        "headers": SEZNAM,
        "body": "Dobrý den,\nprosíme o přístup k XML výsledkům voleb pro náš studentský web. "
        "IP serveru 192.0.2.55, test nemáme.\n\n"
        "Vojtěch Krátký, předseda\nStudentský volební web z.s., IČO "
        + I37
        + "\ntel. 728 331 904\n",
    },
    {
        "id": "cf038-spanish-freelancer-replaced-ipv6",
        "description": "Spanish freelance journalist writing for several media: IPv6 "
        "production, an old IPv4 host said to be replaced, filming as well; no IČO",
        "style": Style.FREELANCE,
        "labels": L(
            [FEED, FILM],
            "Lucía Fernández Ortega",
            None,
            None,
            ["2001:db8:e5::8"],
            ["2001:db8:e5::9"],
            "Lucía Fernández Ortega",
            "lucia.fernandez@periodista-lfo.example",
            "+34655208174",
        ),
        "from": "Lucía Fernández Ortega <lucia.fernandez@periodista-lfo.example>",
        "subject": "Solicitud – periodista freelance",
        "headers": K9,
        "body": "Hola,\n\nsoy periodista independiente y cubro las elecciones para varios "
        "medios (un diario de Valencia, una radio de Bilbao y una revista digital). "
        "Solicito acceso a los resultados en XML y permiso para grabar en Praga.\n\n"
        "Mi servidor: 2001:db8:e5::8 (sustituye al antiguo 203.0.113.99, que ya no uso). "
        "Pruebas: 2001:db8:e5::9.\n\n"
        "Lucía Fernández Ortega\n+34 655 208 174\n",
    },
    {
        "id": "cf039-swiss-agency-netmask-both",
        "description": "German from a Swiss agency: the production block as address and "
        "netmask 255.255.255.254 (two addresses), filming too, contact in a signature with "
        "a switchboard after the direct line",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Ostschweizer Nachrichtenagentur AG",
            None,
            None,
            ["198.18.20.0", "198.18.20.1"],
            ["198.18.20.9"],
            "Reto Baumgartner",
            "r.baumgartner@osna.example",
            "+41712280415",
        ),
        "from": "Reto Baumgartner <r.baumgartner@osna.example>",
        "subject": "Gesuch XML-Zugang und Drehbewilligung",
        "headers": ROUNDCUBE,
        "body": "Grüezi\n\n"
        "Die Ostschweizer Nachrichtenagentur AG ersucht um Zugang zu den XML-Resultaten "
        "sowie um eine Drehbewilligung in Ihrer Zentrale.\n\n"
        "Produktion: 198.18.20.0 / 255.255.255.254\nTest: 198.18.20.9\n\n"
        "Freundliche Grüsse\nReto Baumgartner\nLeiter Datenredaktion\n"
        "Direkt +41 71 228 04 15 | Zentrale +41 71 228 04 00\n"
        "r.baumgartner@osna.example\n",
    },
    {
        "id": "cf040-reply-application-for-later-election-html",
        "description": "HTML reply to the office's note that the deadline passed: the "
        "applicant makes the whole application for the autumn regional election instead "
        "(counts); quoted history below",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Brněnský večerník, a.s.",
            I40,
            None,
            ["192.0.2.120", "192.0.2.121"],
            ["192.0.2.129"],
            "Kamila Urbanová",
            "urbanova@brnenskyvecernik.example",
            "+420542118307",
        ),
        "from": "Kamila Urbanová <urbanova@brnenskyvecernik.example>",
        "subject": "Re: Žádost o přístup – po termínu",
        "headers": OUTLOOK,
        "html": "<html><body><p>Dobrý den,</p>"
        "<p>děkuji za vysvětlení. Žádost tedy prosím berte jako žádost pro podzimní volby "
        "do zastupitelstev krajů, se stejnými údaji: produkce 192.0.2.120 a 192.0.2.121, "
        "test 192.0.2.129.</p>"
        "<p>Kamila Urbanová<br>Brněnský večerník, a.s., IČO " + I40 + "<br>"
        "tel. 542 118 307</p>"
        "<blockquote><p>Dobrý den, žádosti k letošním volbám do Evropského parlamentu jsme "
        "přijímali do 20. 5. Podatelna ČSÚ</p></blockquote></body></html>",
    },
    {
        "id": "cf041-databox-regional-tv-office-feed-ips",
        "description": "data message from a regional TV: the DOCX names the office's own "
        "results-server addresses (not the applicant's) and then its own in a table, "
        "production and test",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "TV Polabí Media s.r.o.",
            I41,
            "p9lbm3t",
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.99"],
            "Roman Šťastný",
            "stastny@tvpolabi.example",
            "+420602551839",
        ),
        "databox": box("p9lbm3t", "TV Polabí Media s.r.o.", "Pražská 55, 290 01 Poděbrady"),
        "subject": "XML výsledky voleb – TV Polabí",
        "attachments": [
            (
                "docx",
                "zadost_TVP.docx",
                {
                    "header": "TV Polabí Media s.r.o. | IČO " + I41 + " | DS p9lbm3t",
                    "footer": "Pražská 55, 290 01 Poděbrady",
                    "blocks": [
                        "Žádáme o zpřístupnění feedu průběžných výsledků, který publikují "
                        "vaše servery 192.0.2.10 a 192.0.2.11 (volební XML pro média).",
                        {
                            "rows": [
                                ["Naše IP", "Role"],
                                ["198.51.100.90", "produkce"],
                                ["198.51.100.91", "produkce (záložní)"],
                                ["198.51.100.99", "test"],
                            ]
                        },
                        "Kontakt: Roman Šťastný, stastny@tvpolabi.example, 602 551 839",
                    ],
                },
            )
        ],
    },
    {
        "id": "cf042-italian-freelancer-second-round-rtf",
        "description": "Italian freelancer for several media, RTF behind an English cover: "
        "feed and filming only for the second round (counts), production without test",
        "style": Style.FREELANCE,
        "labels": L(
            [FEED, FILM],
            "Matteo Colombo",
            None,
            None,
            ["203.0.113.180"],
            [],
            "Matteo Colombo",
            "matteo.colombo@mc-reportage.example",
            "+393389120476",
        ),
        "from": "Matteo Colombo <matteo.colombo@mc-reportage.example>",
        "subject": "Application - 2nd round (freelance, several outlets)",
        "headers": GMAIL,
        "body": "Hello, my application (in Italian) is attached. Thanks, Matteo\n",
        "attachments": [
            (
                "rtf",
                "domanda_colombo.rtf",
                [
                    "Matteo Colombo – giornalista freelance",
                    "Collaboro con un quotidiano di Trento, una radio di Verona e un sito "
                    "di notizie dall'Europa centrale. Chiedo, solo per il secondo turno "
                    "delle elezioni presidenziali, l'accesso ai risultati in XML e il "
                    "permesso di riprese a Praga.",
                    "Server: 203.0.113.180 (nessun server di prova)",
                    "Contatto: matteo.colombo@mc-reportage.example, +39 338 912 0476",
                ],
            )
        ],
    },
]
