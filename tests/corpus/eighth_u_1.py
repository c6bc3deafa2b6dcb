"""Eighth held-out part ``u``, cases u001–u014: foreign media, a university, a municipality,
an IT contractor, a Slovak freelancer, declined and withdrawn requests, a data message."""

from __future__ import annotations

from typing import Any

from tests.corpus.eighth_u_common import Style
from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

ICO_STU = ico("0715392")
ICO_LHOTA = ico("0029871")
ICO_PODBRDSKO = ico("2764410")
ICO_KOVAC = ico("0865201")
ICO_AGM = ico("2598133")
ICO_TVV = ico("2813079")
ICO_UVVM = ico("0691155")
ICO_KURYR = ico("2647302")
ICO_OPRAVA = ico("0492716")
ICO_BRANA = ico("2471908")
ICO_SEVER = ico("2583610")

CASES: list[dict[str, Any]] = [
    {
        "id": "u001-norwegian-broadcaster-cidr",
        "description": "Norwegian public broadcaster in English, production as a /30 block",
        "style": Style.ENGLISH,
        "from": "Ingrid Halvorsen <ingrid.halvorsen@nordvik.example>",
        "subject": "Access to election results data feed - Nordvik Kringkasting",
        "body": (
            "Dear Sir or Madam,\n\n"
            "Nordvik Kringkasting AS, a Norwegian broadcaster based in Bergen, will cover the\n"
            "Czech parliamentary elections live, and our graphics desk would like to take the\n"
            "official results straight from your XML service rather than scraping the website.\n\n"
            "Our servers sit in one small block, 203.0.113.8/30 - please allow the whole block\n"
            "for production. For testing we use a single machine, 198.51.100.77.\n\n"
            "We are a foreign company and have no Czech company number. Please address any\n"
            "questions to me.\n\n"
            "Kind regards,\n"
            "Ingrid Halvorsen\n"
            "Head of Data Journalism, Nordvik Kringkasting AS\n"
            "Mobile: +47 912 34 567\n"
        ),
        "labels": L(
            [FEED],
            "Nordvik Kringkasting AS",
            None,
            None,
            ["203.0.113.8", "203.0.113.9", "203.0.113.10", "203.0.113.11"],
            ["198.51.100.77"],
            "Ingrid Halvorsen",
            "ingrid.halvorsen@nordvik.example",
            "+4791234567",
        ),
    },
    {
        "id": "u002-university-netmask-pdf",
        "description": "university department, letter in PDF, production given with a netmask, "
        "direct line before a switchboard",
        "style": Style.LETTER,
        "from": "Radim Kopecky <radim.kopecky@stu-ostrava.example>",
        "subject": "Žádost o přístup k výsledkům voleb - výzkumný projekt",
        "body": (
            "Dobrý den,\n\nv příloze zasílám žádost naší univerzity o přístup k datům výsledků "
            "voleb.\nDěkuji a zdravím,\nR. Kopecký\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_STU_volby.pdf",
                [
                    "Slezská technická univerzita\nKatedra politologie a sociologie\n"
                    "17. listopadu 2172/15, 708 00 Ostrava-Poruba",
                    f"IČO: {ICO_STU}",
                    "Věc: Žádost o zpřístupnění XML výstupu s průběžnými výsledky voleb",
                    "Katedra politologie a sociologie Slezské technické univerzity zpracovává "
                    "v rámci výzkumného projektu modely průběžného sčítání hlasů. Žádáme proto "
                    "o přístup k Vašemu XML rozhraní s výsledky voleb.",
                    "Náš výpočetní server má adresu 198.51.100.64 s maskou 255.255.255.252; "
                    "prosíme o povolení celého tohoto rozsahu. Testovací prostředí nemáme.",
                    "Kontaktní osoba: doc. Ing. Radim Kopecký, Ph.D., tel. 597 321 118 "
                    "(ústředna fakulty 597 321 111), e-mail radim.kopecky@stu-ostrava.example",
                    "V Ostravě dne 3. 9. 2025\n\ndoc. Ing. Radim Kopecký, Ph.D.\nvedoucí katedry",
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Slezská technická univerzita",
            ICO_STU,
            None,
            ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"],
            [],
            "Radim Kopecký",
            "radim.kopecky@stu-ostrava.example",
            "+420597321118",
        ),
    },
    {
        "id": "u003-town-newsletter-filming-only",
        "description": "a town publishing its newsletter asks only to film; Outlook HTML",
        "style": Style.OUTLOOK,
        "from": "Lenka Dvořáková <dvorakova@hornilhota.example>",
        "subject": "Natáčení na pracovišti ČSÚ - Lhotecký zpravodaj",
        "body": (
            "Vážení,\n\nMěsto Horní Lhota vydává měsíčník Lhotecký zpravodaj a provozuje "
            "městskou televizi na webu. Rádi bychom během volební noci natočili krátkou "
            "reportáž na Vašem pracovišti, kde se přebírají výsledky z okrsků našeho okresu. "
            "Štáb budou tvořit dva lidé (kameraman Petr Sýkora a já).\n\n"
            "Přístup k datům výsledků nepotřebujeme, výsledky převezmeme z webu volby.cz.\n\n"
            "Město Horní Lhota, IČO " + ICO_LHOTA + "\n"
            "Mgr. Lenka Dvořáková, tisková mluvčí\ntel.: 777 12 34 56\n"
        ),
        "html": (
            "<html><body><p class=MsoNormal>Vážení,</p><p class=MsoNormal>Město Horní Lhota "
            "vydává měsíčník Lhotecký zpravodaj a provozuje městskou televizi na webu. Rádi "
            "bychom během volební noci natočili krátkou reportáž na Vašem pracovišti, kde se "
            "přebírají výsledky z okrsků našeho okresu. Štáb budou tvořit dva lidé (kameraman "
            "Petr Sýkora a já).</p><p class=MsoNormal>Přístup k datům výsledků nepotřebujeme, "
            "výsledky převezmeme z webu volby.cz.</p><p class=MsoNormal>Město Horní Lhota, IČO "
            + ICO_LHOTA
            + "<br>Mgr. Lenka Dvořáková, tisková mluvčí<br>tel.: 777 12 34 56</p></body></html>"
        ),
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "labels": L(
            [FILM],
            "Město Horní Lhota",
            ICO_LHOTA,
            None,
            [],
            [],
            "Lenka Dvořáková",
            "dvorakova@hornilhota.example",
            "+420777123456",
        ),
    },
    {
        "id": "u004-it-contractor-for-radio-range",
        "description": "IT contractor writes for a radio station (the applicant) and names "
        "himself the contact; production as a dash range",
        "style": Style.CONTRACTOR,
        "from": "Tomas Benes <tomas.benes@dataweave.example>",
        "subject": "Rádio Podbrdsko - žádost o přístup k XML s výsledky",
        "body": (
            "Dobrý den,\n\n"
            "píšu za našeho klienta, kterým je Rádio Podbrdsko s.r.o., IČO "
            + ICO_PODBRDSKO
            + ". Rádio žádá o přístup k XML výsledkům voleb pro svůj web a vysílání; "
            "my (DataWeave s.r.o.) pro ně jen provozujeme servery.\n\n"
            "Produkce: 203.0.113.20 – 203.0.113.23\n"
            "Test: 203.0.113.30\n\n"
            "Kontaktní osobou pro celou žádost jsem já, s rádiem je to domluvené "
            "(v kopii je jejich šéfredaktorka).\n\n"
            "Tomáš Beneš\nDataWeave s.r.o.\n+420 602 111 333\n"
        ),
        "cc": "Hana Vlčková <vlckova@radiopodbrdsko.example>",
        "labels": L(
            [FEED],
            "Rádio Podbrdsko s.r.o.",
            ICO_PODBRDSKO,
            None,
            ["203.0.113.20", "203.0.113.21", "203.0.113.22", "203.0.113.23"],
            ["203.0.113.30"],
            "Tomáš Beneš",
            "tomas.benes@dataweave.example",
            "+420602111333",
        ),
    },
    {
        "id": "u005-slovak-freelancer-ipv6",
        "description": "Slovak freelance journalist (natural person with a Czech IČO), "
        "one IPv4 and one IPv6 production address",
        "style": Style.SLOVAK,
        "from": "Mária Kováčiková <maria.kovacikova@posta.example>",
        "subject": "žiadosť o prístup k dátam volieb",
        "body": (
            "Dobrý deň,\n\n"
            "som nezávislá novinárka (živnostníčka, IČO " + ICO_KOVAC + "), píšem pre "
            "viaceré slovenské a české weby o voľbách. Chcela by som požiadať o prístup "
            "k vášmu XML rozhraniu s výsledkami.\n\n"
            "Môj server má dve adresy, obe prosím povoliť ako produkčné:\n"
            "  192.0.2.45\n  2001:db8:4a:0:0:0:0:15\n"
            "Testovací server nemám.\n\n"
            "Ďakujem pekne\nMária Kováčiková\ntel. +421 905 123 456\n"
        ),
        "labels": L(
            [FEED],
            "Mária Kováčiková",
            ICO_KOVAC,
            None,
            ["192.0.2.45", "2001:db8:4a::15"],
            [],
            "Mária Kováčiková",
            "maria.kovacikova@posta.example",
            "+421905123456",
        ),
    },
    {
        "id": "u006-agency-declines-filming-ascii",
        "description": "news agency without diacritics, explicitly not asking to film",
        "style": Style.NO_DIACRITICS,
        "from": "Ondrej Zeman <zeman@agm.example>",
        "subject": "pristup k vysledkum - AGM",
        "body": (
            "Dobry den,\n"
            "za Zpravodajskou agenturu Morava, a.s. (ICO " + ICO_AGM + ") zadame o pristup "
            "k XML s vysledky voleb.\n"
            "O povoleni k nataceni nezadame, kameru na pracoviste neposilame.\n\n"
            "produkcni: 192.0.2.150, 192.0.2.151\n"
            "testovaci: 192.0.2.160, 192.0.2.161\n\n"
            "kontakt: Ondrej Zeman, IT, 731 908 877\n"
        ),
        "labels": L(
            [FEED],
            "Zpravodajská agentura Morava, a.s.",
            ICO_AGM,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.160", "192.0.2.161"],
            "Ondrej Zeman",
            "zeman@agm.example",
            "+420731908877",
        ),
    },
    {
        "id": "u007-tv-withdraws-filming-old-address",
        "description": "regional TV asks for both, withdraws filming in a P.S.; an old address "
        "is mentioned as no longer valid",
        "style": Style.PLAIN,
        "from": "Kateřina Pospíšilová <pospisilova@tvvychod.example>",
        "subject": "TV Východ – data a natáčení ve volební noc",
        "body": (
            "Dobrý den,\n\n"
            "TV Východ s.r.o. (IČO " + ICO_TVV + ") by ráda požádala o dvě věci: o přístup "
            "k XML datům s výsledky voleb a o povolení natáčet na Vašem krajském pracovišti.\n\n"
            "Pro data používáme nově servery 198.51.100.140 a 198.51.100.141, testovací "
            "stroj je 198.51.100.150. Adresu 198.51.100.3, kterou jsme Vám posílali před "
            "dvěma lety, už nepoužíváme.\n\n"
            "S pozdravem\nKateřina Pospíšilová\nvedoucí zpravodajství\n603 250 741\n\n"
            "P.S. Natáčení prosím škrtněte – štáb bude celou noc ve studiu, takže o povolení "
            "nakonec nežádáme.\n"
        ),
        "labels": L(
            [FEED],
            "TV Východ s.r.o.",
            ICO_TVV,
            None,
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.150"],
            "Kateřina Pospíšilová",
            "pospisilova@tvvychod.example",
            "+420603250741",
        ),
    },
    {
        "id": "u008-institute-databox-docx",
        "description": "research institute by data box, DOCX with a table of addresses",
        "style": Style.DATABOX,
        "subject": "Žádost o přístup k XML výsledkům voleb",
        "databox": {
            "box": "k7m2xqp",
            "sender": "Ústav pro výzkum veřejného mínění, v. v. i.",
            "address": "Jilská 1, 110 00 Praha 1",
            "type": 10,
        },
        "attachments": [
            (
                "docx",
                "zadost_UVVM.docx",
                {
                    "header": "Ústav pro výzkum veřejného mínění, v. v. i.",
                    "blocks": [
                        "Věc: žádost o přístup k datové službě s výsledky voleb",
                        "Ústav pro výzkum veřejného mínění, v. v. i., IČO "
                        + ICO_UVVM
                        + ", žádá o přístup k XML výstupu výsledků voleb pro účely "
                        "analýzy volebního chování.",
                        {
                            "rows": [
                                ["Účel", "Adresa"],
                                ["produkční server", "203.0.113.140"],
                                ["produkční server (záložní)", "203.0.113.141"],
                                ["výpočetní uzel", "203.0.113.142"],
                                ["testovací server", "203.0.113.150"],
                            ]
                        },
                        "Kontaktní osoba: Mgr. Jiří Šimůnek, tel. +420 221 183 240, "
                        "simunek@uvvm.example",
                        "PhDr. Alena Veselá, CSc., ředitelka",
                    ],
                },
            )
        ],
        "labels": L(
            [FEED],
            "Ústav pro výzkum veřejného mínění, v. v. i.",
            ICO_UVVM,
            "k7m2xqp",
            ["203.0.113.140", "203.0.113.141", "203.0.113.142"],
            ["203.0.113.150"],
            "Jiří Šimůnek",
            "simunek@uvvm.example",
            "+420221183240",
        ),
    },
    {
        "id": "u009-nat-internal-hosts",
        "description": "technician lists internal hosts behind NAT that are not to be allowed, "
        "only the public addresses count",
        "style": Style.TERSE,
        "from": "Libor Machala <machala@kuryrplus.example>",
        "subject": "XML volby - povoleni IP",
        "body": (
            "Dobrý den,\n\n"
            "Kurýr Plus s.r.o., IČO " + ICO_KURYR + ", žádá o přístup k XML s výsledky voleb.\n\n"
            "Naše stroje 10.0.0.5 a 10.0.0.6 jsou za NATem, to jsou interní adresy, ty "
            "nepovolujte. Ven jdou přes veřejnou adresu 198.51.100.200 (produkce). Testovací "
            "stroj 10.0.1.9 odchází přes 198.51.100.201.\n\n"
            "Libor Machala, správce sítě\nmob. 739/555/218\n"
        ),
        "labels": L(
            [FEED],
            "Kurýr Plus s.r.o.",
            ICO_KURYR,
            None,
            ["198.51.100.200"],
            ["198.51.100.201"],
            "Libor Machala",
            "machala@kuryrplus.example",
            "+420739555218",
        ),
    },
    {
        "id": "u010-austrian-agency-shorthand-range",
        "description": "foreign agency in English, production as '203.0.113.50 to 52', no IČO",
        "style": Style.ENGLISH,
        "from": '"Gruber, Markus" <m.gruber@cepress.example>',
        "subject": "CEPress - request for results feed access",
        "body": (
            "Hello,\n\n"
            "Central European Press Service GmbH (Vienna) kindly requests access to the XML\n"
            "results feed for the upcoming election. We operate from Austria and do not have\n"
            "a Czech registration.\n\n"
            "Production servers: 203.0.113.50 to 52 (three machines)\n"
            "Test: none at the moment\n\n"
            "We do not plan any filming.\n\n"
            "Best,\nMarkus Gruber\nSystems Editor\nT +43 1 532 44 17\n"
        ),
        "labels": L(
            [FEED],
            "Central European Press Service GmbH",
            None,
            None,
            ["203.0.113.50", "203.0.113.51", "203.0.113.52"],
            [],
            "Markus Gruber",
            "m.gruber@cepress.example",
            "+4315324417",
        ),
    },
    {
        "id": "u011-correction-on-top-of-quote",
        "description": "sender corrects a mistyped production address above the quoted "
        "original application",
        "style": Style.CORRECTION,
        "from": "Petr Hlaváč <hlavac@oprava-media.example>",
        "subject": "Re: Žádost o přístup k XML – oprava IP",
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se, v původní žádosti níže jsem přehodil číslice: místo 192.0.2.17 "
            "má být správně 192.0.2.71. Ostatní platí.\n\n"
            "Petr Hlaváč\n\n"
            "> Dobrý den,\n"
            "> společnost Regionální média Oprava, a.s., IČO " + ICO_OPRAVA + ", žádá o přístup\n"
            "> k XML s výsledky voleb.\n"
            "> produkční adresa: 192.0.2.17\n"
            "> testovací adresa: 192.0.2.90\n"
            "> Kontakt: Petr Hlaváč, technický ředitel, 608 771 204\n"
        ),
        "labels": L(
            [FEED],
            "Regionální média Oprava, a.s.",
            ICO_OPRAVA,
            None,
            ["192.0.2.71"],
            ["192.0.2.90"],
            "Petr Hlaváč",
            "hlavac@oprava-media.example",
            "+420608771204",
        ),
    },
    {
        "id": "u012-shorthand-count-and-order",
        "description": "addresses with counts and last-octet shorthand (.22, .23)",
        "style": Style.GMAIL,
        "from": "Veronika Tichá <veronika.ticha@branaweb.example>",
        "subject": "Přístup k volebním datům – Brána Web",
        "body": (
            "Dobrý den,\n\n"
            "jsme malé internetové vydavatelství Brána Web, z. s. (IČO " + ICO_BRANA + ") a "
            "rádi bychom čerpali výsledky voleb z Vašeho XML.\n\n"
            "Produkční adresy (3): 198.51.100.21, .22 a .23\n"
            "Testovací adresy (2): 198.51.100.31 a .32\n\n"
            "Kdyby bylo cokoli potřeba, volejte na 724 300 615.\n\n"
            "Díky,\nVeronika Tichá\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div><div>jsme malé internetové '
            "vydavatelství Brána Web, z. s. (IČO " + ICO_BRANA + ") a rádi bychom čerpali "
            "výsledky voleb z Vašeho XML.</div><div><br></div><div>Produkční adresy (3): "
            "198.51.100.21, .22 a .23</div><div>Testovací adresy (2): 198.51.100.31 a .32</div>"
            "<div><br></div><div>Kdyby bylo cokoli potřeba, volejte na 724 300 615.</div>"
            "<div><br></div><div>Díky,</div><div>Veronika Tichá</div></div>"
        ),
        "labels": L(
            [FEED],
            "Brána Web, z. s.",
            ICO_BRANA,
            None,
            ["198.51.100.21", "198.51.100.22", "198.51.100.23"],
            ["198.51.100.31", "198.51.100.32"],
            "Veronika Tichá",
            "veronika.ticha@branaweb.example",
            "+420724300615",
        ),
    },
    {
        "id": "u013-filming-postponed",
        "description": "daily asks for data now and says it will ask about filming separately "
        "later (not requested here); flowed text",
        "style": Style.FLOWED,
        "flowed": True,
        "from": "Jaroslav Kubát <kubat@severnilisty.example>",
        "subject": "Severní listy - XML výsledky voleb",
        "body": (
            "Dobrý den, \n"
            "vydavatel deníku Severní listy, společnost Sever Press, spol. s r.o., \n"
            "IČO " + ICO_SEVER + ", žádá o zpřístupnění XML s výsledky voleb.\n\n"
            "Produkční server: 192.0.2.230 \n"
            "záložní server: 192.0.2.231 \n"
            "testovací: 192.0.2.240\n\n"
            "O povolení natáčet na Vašem pracovišti požádáme samostatným dopisem, až \n"
            "budeme znát složení štábu; teď o ně nežádáme.\n\n"
            "S pozdravem \nJaroslav Kubát, zástupce šéfredaktora \n"
            "tel. 00420 485 110 932\n"
        ),
        "labels": L(
            [FEED],
            "Sever Press, spol. s r.o.",
            ICO_SEVER,
            None,
            ["192.0.2.230", "192.0.2.231"],
            ["192.0.2.240"],
            "Jaroslav Kubát",
            "kubat@severnilisty.example",
            "+420485110932",
        ),
    },
    {
        "id": "u014-german-tv-filming-producer-contact",
        "description": "German TV in English asks only to film; crew listed, the producer is "
        "the named contact",
        "style": Style.ENGLISH,
        "from": "Crew Desk <crew@rheinblick.example>",
        "subject": "Filming permission - election night in Prague",
        "body": (
            "Dear press office,\n\n"
            "Rheinblick Fernsehen GmbH is producing a documentary on Central European\n"
            "elections. We would like permission to film at your results collection point\n"
            "in Prague on election night. We do not need any data access.\n\n"
            "Crew: Jonas Weber (camera), Lea Hoffmann (sound).\n"
            "Contact for this request: our producer Sabine Krause,\n"
            "sabine.krause@rheinblick.example, +49 151 23456789.\n\n"
            "Thank you,\nCrew Desk, Rheinblick Fernsehen\n"
        ),
        "labels": L(
            [FILM],
            "Rheinblick Fernsehen GmbH",
            None,
            None,
            [],
            [],
            "Sabine Krause",
            "sabine.krause@rheinblick.example",
            "+4915123456789",
        ),
    },
]
