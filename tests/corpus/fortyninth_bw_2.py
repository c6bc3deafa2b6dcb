"""Forty-ninth held-out part ``bw``, cases bw015–bw028: a Lithuanian agency with IPv6
production, a Greek freelancer writing Greek in Latin letters, a regional TV that drops filming
mid-letter (format=flowed), a Slovak daily adding a test address in a postscript
(windows-1250), a signed photo agency deferring the feed, an IT contractor's reply with quoted
history, an Austrian daily's conditional filming request with a range and a /31, a
municipality's data message with an RTF, a Polish group's Czech subsidiary by data message, a
Belgian university institute's DOCX, a Spanish data journalist with a trade name, a Dutch
broadcaster behind NAT, a Hungarian regional TV's formal DOCX and a one-line photographer.
Written by hand apart from the extraction rules (see make_fortyninth_bw); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyninth_bw_common import (
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I17, I19, I20 = ico("2694318"), ico("0473125"), ico("2815047")
I22, I23 = ico("0027634"), ico("2548173")

CASES: list[dict[str, Any]] = [
    {
        "id": "bw015-lt-agency-ipv6-production",
        "description": "Lithuanian news agency in English with Lithuanian phrases: two IPv6 "
        "production addresses, one written with leading zeros, and an IPv4 test host",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "UAB Baltijos naujienų agentūra",
            None,
            None,
            ["2001:db8:17::20", "2001:db8:17::21"],
            ["198.51.100.201"],
            "Tomas Petrauskas",
            "t.petrauskas@bna-news.example",
            "+37061244870",
        ),
        "from": "Tomas Petrauskas <t.petrauskas@bna-news.example>",
        "subject": "Request for XML election results access (BNA, Vilnius)",
        "headers": ROUNDCUBE,
        "body": "Laba diena / Dobrý den,\n\n"
        "UAB Baltijos naujienų agentūra (BNA) would like to receive the live election "
        "results from your dedicated XML server.\n\n"
        "Production (IPv6 only):\n"
        "  2001:0db8:0017:0000:0000:0000:0000:0020\n"
        "  2001:db8:17::21\n"
        "Test: 198.51.100.201 (IPv4, our staging)\n\n"
        "Kontaktinis asmuo: Tomas Petrauskas, t.petrauskas@bna-news.example, "
        "+370 612 44870\n\n"
        "Ačiū / Děkuji,\nTomas Petrauskas\nBNA IT skyrius\n",
    },
    {
        "id": "bw016-gr-freelancer-greeklish",
        "description": "a Greek freelancer writes Greek in Latin letters mixed with English; one "
        "production address, tests 'from the same box' so no test address; no company",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nikos Papadakis",
            None,
            None,
            ["192.0.2.201"],
            [],
            "Nikos Papadakis",
            "nikos.papadakis@dataellas.example",
            "+306944128830",
        ),
        "from": "Nikos Papadakis <nikos.papadakis@dataellas.example>",
        "subject": "aitisi / XML results access",
        "headers": GMAIL,
        "body": "Kalimera sas,\n\n"
        "eimai anexartitos dimosiografos (freelance data journalist) apo ti Thessaloniki "
        "kai tha ithela prosvasi sto XML feed me ta apotelesmata ton eklogon.\n\n"
        "IP tou server mou: 192.0.2.201 – I will test from the same box, den exo allo "
        "test server.\n\n"
        "Tilefono: +30 694 412 8830\n\nEfcharisto poli!\nNikos Papadakis\n",
    },
    {
        "id": "bw017-regional-tv-filming-dropped-flowed",
        "description": "a long format=flowed letter from a regional TV that asks for both, then "
        "mid-letter says the crew will not come and filming is not asked for after all",
        "style": Style.CORRECTION,
        "flowed": True,
        "labels": L(
            [FEED],
            "TV Podbrdsko s.r.o.",
            I17,
            None,
            ["198.18.12.30", "198.18.12.31", "198.18.12.32"],
            ["198.18.12.40"],
            "Ondřej Vacek",
            "vacek@tvpodbrdsko.example",
            "+420603418772",
        ),
        "from": "Ondřej Vacek <vacek@tvpodbrdsko.example>",
        "subject": "Žádost TV Podbrdsko – výsledky voleb",
        "headers": TBIRD,
        "body": "Vážení,\n\n"
        "regionální televize TV Podbrdsko s.r.o. (IČO " + I17 + ") i letos chystá "
        "speciální volební vysílání a chtěla by vás požádat o přístup k dedikovanému "
        "serveru s průběžnými výsledky ve formátu XML a dále o povolení natáčet na "
        "krajském pracovišti ČSÚ v Příbrami.\n\n"
        "Vysílací grafiku budeme plnit ze tří strojů, 198.18.12.30 až 198.18.12.32, "
        "a zkoušet to budeme z 198.18.12.40.\n\n"
        "Omlouvám se, ještě během psaní mi volala produkce: štáb má ten večer jiný "
        "výjezd, takže o natáčení nakonec nežádáme, zůstává jen ten přístup k XML.\n\n"
        "Kontaktní osobou jsem já, Ondřej Vacek, technický ředitel, tel. 603 418 772.\n\n"
        "S pozdravem\nOndřej Vacek\nTV Podbrdsko s.r.o.\n",
    },
    {
        "id": "bw018-sk-daily-ps-test-address-cp1250",
        "description": "Slovak daily writing in Slovak in windows-1250; the production address "
        "is in the body, a test address is added in a postscript",
        "style": Style.CORRECTION,
        "charset": "windows-1250",
        "cte": "8bit",
        "labels": L(
            [FEED],
            "Záhorský denník, s. r. o.",
            None,
            None,
            ["203.0.113.210"],
            ["203.0.113.214"],
            "Ľubomír Kováčik",
            "kovacik@zahorskydennik.example",
            "+421905318442",
        ),
        "from": "Ľubomír Kováčik <kovacik@zahorskydennik.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb (XML)",
        "headers": OUTLOOK,
        "body": "Dobrý deň,\n\n"
        "v mene spoločnosti Záhorský denník, s. r. o. (Senica) žiadame o prístup k "
        "výsledkom volieb vo formáte XML. Naša produkčná IP adresa je 203.0.113.210.\n\n"
        "Kontakt: Ľubomír Kováčik, vedúci online, kovacik@zahorskydennik.example, "
        "+421 905 318 442\n\nS pozdravom\nĽubomír Kováčik\n\n"
        "PS: Kolega z IT pripomína, že chceme aj testovaciu adresu – 203.0.113.214.\n",
    },
    {
        "id": "bw019-smime-photo-agency-feed-deferred",
        "description": "S/MIME-signed letter of a press photo agency: photographing now, the XML "
        "feed explicitly left for the autumn regional elections, so filming only",
        "style": Style.LETTER,
        "smime": True,
        "labels": L(
            [FILM],
            "FOTOPRESS Bohemia, s.r.o.",
            I19,
            None,
            [],
            [],
            "Kristýna Machálková",
            "machalkova@fotopress-bohemia.example",
            "+420731206448",
        ),
        "from": "Kristýna Machálková <machalkova@fotopress-bohemia.example>",
        "subject": "Žádost o povolení fotografovat – FOTOPRESS Bohemia",
        "headers": OUTLOOK,
        "body": "Vážená paní, vážený pane,\n\n"
        "společnost FOTOPRESS Bohemia, s.r.o., IČO " + I19 + ", tisková fotografická "
        "agentura se sídlem v Praze, si dovoluje požádat o povolení fotografovat na "
        "ústředním pracovišti ČSÚ v den voleb (dva fotografové, bez blesku).\n\n"
        "Pokud jde o přímý přístup k výsledkům v XML, ten zatím nepotřebujeme; ozveme se "
        "s ním až před podzimními krajskými volbami, kdy budeme mít hotovou novou "
        "infrastrukturu (předběžně 198.51.100.240).\n\n"
        "Kontaktní osoba: Kristýna Machálková, produkční, tel. 731 206 448.\n\n"
        "S úctou\nKristýna Machálková\nFOTOPRESS Bohemia, s.r.o.\nKarlínské nám. 9, Praha 8\n",
    },
    {
        "id": "bw020-contractor-reply-quoted-history",
        "description": "an IT contractor replies for the radio that applies, adding the test "
        "address the office asked for; the quoted first mail has production, the office's "
        "signature with its phone and domain is quoted",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Vysočina Plus, s.r.o.",
            I20,
            None,
            ["192.0.2.110"],
            ["192.0.2.115"],
            "Jakub Šimánek",
            "simanek@netservis-jihlava.example",
            "+420608447120",
        ),
        "from": "Jakub Šimánek <simanek@netservis-jihlava.example>",
        "subject": "Re: Žádost o přístup k XML – Rádio Vysočina Plus",
        "headers": IPHONE,
        "body": "Dobrý den,\n\ntestovací adresa bude 192.0.2.115. Jinak vše platí.\n\n"
        "J. Šimánek\n\n"
        "> Dobrý den, pane Šimánku,\n"
        "> děkujeme za žádost. Prosíme ještě o doplnění testovací IP adresy.\n"
        "> S pozdravem\n> Oddělení zpracování výsledků voleb\n"
        "> Český statistický úřad, tel. +420 274 052 733, www.czso.cz\n>\n"
        "> -----Původní zpráva-----\n"
        "> Od: Jakub Šimánek\n"
        "> Dobrý den,\n"
        "> jako dodavatel IT pro Rádio Vysočina Plus, s.r.o. (IČO " + I20 + ") vás za "
        "rádio žádám o přístup k volebnímu XML serveru. Produkční IP: 192.0.2.110.\n"
        "> Kontaktujte prosím mě: Jakub Šimánek, NetServis Jihlava, 608 447 120.\n",
    },
    {
        "id": "bw021-at-daily-conditional-filming-range-31",
        "description": "Austrian daily in German: filming asked for 'if possible at all' (a "
        "request), production as a written range of three, tests as a /31 block",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Mühlviertler Rundschau Zeitungsverlag GmbH",
            None,
            None,
            ["203.0.113.100", "203.0.113.101", "203.0.113.102"],
            ["203.0.113.110", "203.0.113.111"],
            "Stefan Hochreiter",
            "s.hochreiter@mv-rundschau.example",
            "+436643182290",
        ),
        "from": "Stefan Hochreiter <s.hochreiter@mv-rundschau.example>",
        "subject": "Zugang Wahlergebnisse XML / Drehgenehmigung",
        "headers": OWA,
        "body": "Grüß Gott,\n\n"
        "wir, die Mühlviertler Rundschau Zeitungsverlag GmbH (Freistadt), beantragen den "
        "Zugang zum XML-Server mit den Wahlergebnissen.\n\n"
        "Produktion: 203.0.113.100 – 203.0.113.102\n"
        "Test: 203.0.113.110/31\n\n"
        "Falls eine Drehgenehmigung in einer Ihrer Sammelstellen in Budweis überhaupt "
        "möglich ist, beantragen wir diese hiermit ebenfalls (ein Videojournalist).\n\n"
        "Ansprechpartner: Stefan Hochreiter, Online-Redaktion, +43 664 318 2290\n\n"
        "Beste Grüße\nStefan Hochreiter\n",
    },
    {
        "id": "bw022-databox-municipality-rtf",
        "description": "data message from a town (public-authority box) for its web TV: the RTF "
        "gives one production address and says testing runs on it; the press officer is "
        "the contact, the mayor signs",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Kamenice nad Sázavou",
            I22,
            "m5kns2x",
            ["198.18.30.7"],
            [],
            "Lenka Marková",
            "markova@kamenice-ns.example",
            "+420569418233",
        ),
        "databox": box(
            "m5kns2x", "Město Kamenice nad Sázavou", "Náměstí 1, 582 91 Kamenice nad Sázavou", 10
        ),
        "subject": "Žádost o přístup k výsledkům voleb pro městskou web TV",
        "attachments": [
            (
                "rtf",
                "zadost_mesto.rtf",
                [
                    "Město Kamenice nad Sázavou, Náměstí 1, IČO " + I22,
                    "Věc: Žádost o přístup k průběžným výsledkům voleb",
                    "Město provozuje zpravodajskou web TV Kamenický kanál a rádo by ve "
                    "volební noci zobrazovalo výsledky za obec i kraj. Žádáme o přístup "
                    "k serveru s výsledky ve formátu XML.",
                    [
                        ["IP adresa serveru", "198.18.30.7"],
                        ["Testování", "na stejném serveru"],
                        ["Kontakt", "Lenka Marková, tisková mluvčí"],
                        ["Telefon / e-mail", "569 418 233 / markova@kamenice-ns.example"],
                    ],
                    "Ing. Pavel Rosa\nstarosta",
                ],
            )
        ],
    },
    {
        "id": "bw023-databox-polish-group-czech-subsidiary-pdf",
        "description": "data message from the Czech subsidiary of a Polish group; the PDF is "
        "in Polish with Czech, the name in the annotation is typed without diacritics",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Gazeta Śląska Těšín s.r.o.",
            I23,
            "g8tsn4q",
            ["192.0.2.171", "192.0.2.172"],
            ["192.0.2.179"],
            "Agnieszka Wróbel",
            "a.wrobel@gazetaslaska.example",
            "+420596418220",
        ),
        "databox": box(
            "g8tsn4q", "Gazeta Śląska Těšín s.r.o.", "Hlavní třída 14, 737 01 Český Těšín"
        ),
        "subject": "Gazeta Slaska Tesin - wniosek / zadost volby",
        "attachments": [
            (
                "pdf",
                "wniosek_zadost.pdf",
                [
                    "Gazeta Śląska Těšín s.r.o., IČO " + I23 + " (spółka zależna Grupy "
                    "Medialnej Beskidy S.A.)",
                    "Wniosek / Žádost",
                    "Prosimy o dostęp do serwera z wynikami wyborów w formacie XML oraz o "
                    "zgodę na filmowanie w punkcie zbierania wyników w Ostrawie. / Žádáme "
                    "o přístup k XML a o povolení natáčení na pracovišti v Ostravě.",
                    {
                        "rows": [
                            ["Adresy produkcyjne / produkční", "192.0.2.171, 192.0.2.172"],
                            ["Adres testowy / testovací", "192.0.2.179"],
                            [
                                "Kontakt",
                                "Agnieszka Wróbel, a.wrobel@gazetaslaska.example, 596 418 220",
                            ],
                        ],
                        "widths": [170, 270],
                    },
                    "Marek Sikora, jednatel",
                ],
            )
        ],
    },
    {
        "id": "bw024-be-university-institute-docx",
        "description": "a Belgian university's research institute writes in French with a DOCX; "
        "the institute applies as its university; production as a /30, no test host",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Université libre de Namur-Sambre",
            None,
            None,
            ["198.51.100.116", "198.51.100.117", "198.51.100.118", "198.51.100.119"],
            [],
            "Sophie Lambert",
            "sophie.lambert@ulns.example",
            "+32478412290",
        ),
        "from": "Sophie Lambert <sophie.lambert@ulns.example>",
        "subject": "Institut d'études électorales – demande d'accès XML",
        "headers": EVOLUTION,
        "body": "Madame, Monsieur,\n\nvous trouverez ci-joint la demande de notre institut.\n\n"
        "Sophie Lambert\n",
        "attachments": [
            (
                "docx",
                "demande_IEE.docx",
                {
                    "header": "Université libre de Namur-Sambre – Institut d'études électorales",
                    "footer": "Rue de Bruxelles 61, 5000 Namur, Belgique",
                    "blocks": [
                        "Objet : accès au flux XML des résultats",
                        "L'Institut d'études électorales de l'Université libre de "
                        "Namur-Sambre étudie les résultats en temps réel. Nous sollicitons "
                        "l'accès au serveur dédié depuis notre sous-réseau 198.51.100.116/30 "
                        "(production). Nous n'avons pas d'environnement de test séparé.",
                        "Personne de contact : Dr Sophie Lambert, sophie.lambert@ulns.example, "
                        "+32 478 41 22 90",
                        "Prof. Jean-Marc Dupuis, directeur de l'institut",
                    ],
                },
            )
        ],
    },
    {
        "id": "bw025-es-freelance-trade-name-ipv6",
        "description": "a Spanish data journalist names herself with a trade name after a dash "
        "(kept whole); one IPv6 production address and an IPv4 test host",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Marta Ruiz Solano – Datos Claros",
            None,
            None,
            ["2001:db8:e5::7"],
            ["203.0.113.57"],
            "Marta Ruiz Solano",
            "marta@datosclaros.example",
            "+34655318402",
        ),
        "from": "Marta Ruiz Solano <marta@datosclaros.example>",
        "subject": "Acceso XML elecciones",
        "headers": SAMSUNG,
        "body": "Hola,\n\nsoy autónoma (Marta Ruiz Solano – Datos Claros, Valencia) y hago "
        "visualizaciones de datos electorales para varios medios. Me gustaría acceder a "
        "vuestro feed XML.\n\nIP producción: 2001:db8:e5::7\nIP pruebas: 203.0.113.57\n\n"
        "Móvil: 655 318 402 (+34)\n\nGracias,\nMarta\n",
    },
    {
        "id": "bw026-nl-broadcaster-internal-nat",
        "description": "Dutch broadcaster in Dutch and English: internal 10.x addresses are "
        "mentioned but only the public NAT addresses are registered; order word "
        "'respectievelijk'",
        "style": Style.PROSE,
        "labels": L(
            [FEED],
            "Omroep Zuidkust B.V.",
            None,
            None,
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Daan de Vries",
            "daan.devries@omroepzuidkust.example",
            "+31641228790",
        ),
        "from": "Daan de Vries <daan.devries@omroepzuidkust.example>",
        "subject": "Aanvraag toegang verkiezingsuitslagen (XML)",
        "headers": CENTRUM,
        "body": "Goedemiddag,\n\n"
        "Omroep Zuidkust B.V. (Vlissingen) vraagt toegang tot de XML-server met de "
        "verkiezingsuitslagen. Onze servers staan intern op 10.40.2.11 en 10.40.2.12, maar "
        "naar buiten gaan ze via NAT als 192.0.2.90 en 192.0.2.91, respectievelijk "
        "productie en test. Only the public ones matter for you, I guess.\n\n"
        "Contactpersoon: Daan de Vries, daan.devries@omroepzuidkust.example, "
        "06-41228790 (+31)\n\nMet vriendelijke groet,\nDaan de Vries\n",
    },
    {
        "id": "bw027-hu-regional-tv-formal-docx",
        "description": "Hungarian regional TV: a long formal letter in Hungarian in a DOCX, the "
        "contact in capitals surname first (Hungarian order kept), feed and filming",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Dunakanyar Televízió Zrt.",
            None,
            None,
            ["198.18.44.10", "198.18.44.11"],
            ["198.18.44.20"],
            "Nagy Bence",
            "nagy.bence@dunakanyartv.example",
            "+36209184433",
        ),
        "from": "Dunakanyar TV titkárság <titkarsag@dunakanyartv.example>",
        "subject": "Hivatalos kérelem – választási eredmények és forgatás",
        "headers": OUTLOOK,
        "body": "Tisztelt Cím!\n\nMellékelten küldjük hivatalos kérelmünket.\n\nTitkárság\n",
        "attachments": [
            (
                "docx",
                "kerelem_DTV.docx",
                {
                    "header": "Dunakanyar Televízió Zrt. | 2600 Vác, Széchenyi utca 18.",
                    "footer": "www.dunakanyartv.example",
                    "blocks": [
                        "Tárgy: kérelem a választási eredmények XML-hozzáférésére és "
                        "forgatási engedélyre",
                        "Tisztelt Hölgyeim és Uraim!",
                        "A Dunakanyar Televízió Zrt. tisztelettel kéri a Cseh Statisztikai "
                        "Hivatalt, hogy a közelgő választások alkalmával biztosítson "
                        "hozzáférést a dedikált szerverhez, amelyen az eredmények XML "
                        "formátumban jelennek meg, továbbá engedélyezze stábunk számára a "
                        "forgatást a prágai központi gyűjtőhelyen.",
                        {
                            "rows": [
                                ["Éles IP-címek", "198.18.44.10, 198.18.44.11"],
                                ["Teszt IP-cím", "198.18.44.20"],
                                ["Kapcsolattartó", "NAGY Bence, műszaki vezető"],
                                ["Telefon", "+36 20 918 4433"],
                                ["E-mail", "nagy.bence@dunakanyartv.example"],
                            ]
                        },
                        "Tisztelettel:\nDr. Fekete László vezérigazgató",
                    ],
                },
            )
        ],
    },
    {
        "id": "bw028-one-line-photographer",
        "description": "one line from a Czech freelance photographer on a phone: photos only, "
        "no XML; name from the signature",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Vojtěch Brabec",
            None,
            None,
            [],
            [],
            "Vojtěch Brabec",
            "vojta.brabec@fotoposta.example",
            "+420736418902",
        ),
        "from": "vojta.brabec@fotoposta.example",
        "subject": "foto volby",
        "headers": SAMSUNG,
        "body": "dobry den, chtel bych v sobotu fotit u vas na ustredi, XML nepotrebuju. "
        "Vojtěch Brabec, foto na volne noze, 736 418 902\n",
    },
]
