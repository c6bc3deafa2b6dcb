"""Fortieth held-out part ``ar``, cases ar029–ar042: a Spanish site with IPv6 production
addresses, a Swiss crew that withdraws its feed request, an English-writing research institute
with /32 and /31 blocks, a municipality's RTF letter, a contact replaced within one mail, a
temporary test host next to a front-end that will not download, a freelancer's data message, an
Outlook table with a spanning role cell, a forwarded contractor's mail as .eml, a Slovak note
with an uncompressed IPv6 address, an English contractor's mail full of versions and dates, an
Italian agency writing 'rispettivamente', a university's data message with a nested DOCX table
and a Dutch two-liner. Written by hand apart from the extraction rules (see make_fortieth_ar);
labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortieth_ar_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I31, I32, I33, I34 = ico("6841207"), ico("0029914"), ico("2718053"), ico("0452916")
I35, I36, I37, I37C = ico("8720394"), ico("2604918"), ico("2839106"), ico("0627381")
I39, I41 = ico("2471835"), ico("6120845")

CASES: list[dict[str, Any]] = [
    {
        "id": "ar029-spanish-ipv6-respectivamente",
        "description": "Spanish news site writing Spanish with English words: two IPv6 "
        "production addresses and an IPv4 test address given by 'respectivamente'",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Diario Digital Meseta S.L.",
            None,
            None,
            ["2001:db8:4c::15", "2001:db8:4c::16"],
            ["203.0.113.99"],
            "Lucía Fernández",
            "lucia.fernandez@meseta.example",
            "+34915204718",
        ),
        "from": "Lucía Fernández <lucia.fernandez@meseta.example>",
        "subject": "Solicitud de acceso – resultados electorales XML",
        "headers": GMAIL,
        "body": (
            "Hola,\n\n"
            "Diario Digital Meseta S.L. (CIF B-87412390) solicita acceso al servidor de "
            "resultados en XML para nuestro live blog.\n\n"
            "Usaremos los servidores 2001:db8:4c::15 y 2001:db8:4c::16 para production y "
            "203.0.113.99 para testing, respectivamente.\n\n"
            "Contact person: Lucía Fernández, +34 915 204 718 (redacción, ext. 23)\n\n"
            "Gracias y saludos,\nLucía Fernández\nJefa de Datos | Diario Digital Meseta\n"
        ),
    },
    {
        "id": "ar030-swiss-feed-withdrawn",
        "description": "Swiss broadcaster writing German asks for both, then withdraws the "
        "XML access in a postscript: filming only, its addresses no longer relevant",
        "style": Style.CORRECTION,
        "labels": L(
            [FILM],
            "Radio Mittelland AG",
            None,
            None,
            [],
            [],
            "Urs Brunner",
            "urs.brunner@radiomittelland.example",
            "+41793415628",
        ),
        "from": "Urs Brunner <urs.brunner@radiomittelland.example>",
        "subject": "Wahlen Tschechien: Zugang XML + Drehgenehmigung",
        "headers": APPLE,
        "body": (
            "Guten Tag\n\n"
            "Radio Mittelland AG (Bern) möchte über die Wahlen in Tschechien berichten. Wir "
            "beantragen:\n"
            "1. Zugang zu den XML-Ergebnissen ab 198.51.100.240\n"
            "2. eine Drehgenehmigung für die Sammelstelle in Prag (Videoreporter Urs Brunner)\n\n"
            "Kontakt: Urs Brunner, +41 79 341 56 28\n\n"
            "Freundliche Grüsse\nUrs Brunner\n\n"
            "PS: Soeben erfahre ich, dass unsere Agentur die Daten liefert. Den XML-Zugang "
            "(Punkt 1) ziehen wir deshalb zurück – es bleibt nur die Drehgenehmigung.\n"
        ),
    },
    {
        "id": "ar031-english-institute-cidr32-31",
        "description": "Brno research institute writing English: production as a /32 (one "
        "address), test as a /31 (two); the IČO written 'Company ID'",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Centre for Electoral Data Research, v. v. i.",
            I31,
            None,
            ["192.0.2.45"],
            ["192.0.2.46", "192.0.2.47"],
            "Aleksandra Nowicka",
            "nowicka@cedr.example",
            "+420549498310",
        ),
        "from": "Aleksandra Nowicka <nowicka@cedr.example>",
        "subject": "Request: XML election results access (CEDR)",
        "headers": ZIMBRA,
        "body": (
            "Dear Sir or Madam,\n\n"
            "the Centre for Electoral Data Research, v. v. i. (Company ID "
            f"{I31}), a public research institution in Brno, requests access to the XML "
            "results server. We publish a live turnout model for journalists.\n\n"
            "Production: 192.0.2.45/32\n"
            "Test: 192.0.2.46/31\n\n"
            "Contact: Dr. Aleksandra Nowicka, +420 549 498 310, nowicka@cedr.example\n"
            "(our director, prof. Milan Sedlák, is in copy only for information)\n\n"
            "Kind regards,\nAleksandra Nowicka\nSenior Researcher, CEDR\n"
            "Veveří 95, 602 00 Brno\n"
        ),
        "cc": "sedlak@cedr.example",
    },
    {
        "id": "ar032-municipality-rtf-letter",
        "description": "municipality's secretary sends the mayor's RTF letter: a table with "
        "roles, a named IT contact, the secretary only as sender",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FEED],
            "Obec Dolní Zálesí",
            I32,
            None,
            ["198.51.100.118"],
            ["198.51.100.119"],
            "Jaromír Kubeš",
            "kubes@dolnizalesi.example",
            "+420724561839",
        ),
        "from": "Podatelna Obec Dolní Zálesí <podatelna@dolnizalesi.example>",
        "subject": "Žádost obce o přístup k výsledkům voleb",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\nz pověření pana starosty zasílám v příloze žádost obce.\n\n"
            "S pozdravem\nMarie Tichá\nsekretariát OÚ Dolní Zálesí\ntel. 385 721 100\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_obec_volby.rtf",
                [
                    "OBEC DOLNÍ ZÁLESÍ\nDolní Zálesí 12, 384 73 Stachy",
                    f"IČO {I32[:2]} {I32[2:5]} {I32[5:]}",
                    "Věc: Žádost o přístup k výsledkům voleb",
                    "Obec provozuje místní kabelovou televizi a zpravodajský web a žádá "
                    "o zřízení přístupu k výsledkům voleb ve formátu XML.",
                    [
                        ["Účel", "IP adresa"],
                        ["produkce", "198.51.100.118"],
                        ["test", "198.51.100.119"],
                    ],
                    "Technické záležitosti vyřizuje Jaromír Kubeš (externí správce IT obce), "
                    "tel. 724 561 839, kubes@dolnizalesi.example.",
                    "Václav Trnka, starosta",
                ],
            )
        ],
    },
    {
        "id": "ar033-contact-replaced",
        "description": "the mail first names one contact, then replaces him with a colleague "
        "because he leaves; the signature carries the first contact's numbers",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Hanácký rozhlas s.r.o.",
            I33,
            None,
            ["203.0.113.55"],
            ["203.0.113.56"],
            "Jitka Malá",
            "mala@hanackyrozhlas.example",
            "+420604283917",
        ),
        "from": "Ing. Pavel Novák <novak@hanackyrozhlas.example>",
        "subject": "Žádost o XML výsledky – Hanácký rozhlas",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"Hanácký rozhlas s.r.o., IČO {I33}, žádá o přístup k výsledkům voleb v XML.\n"
            "Produkční IP: 203.0.113.55\nTestovací IP: 203.0.113.56\n"
            "Kontaktní osoba: Pavel Novák (já)\n\n"
            "Ještě oprava ke kontaktu: od 1. října u nás končím, takže kontaktní osobou pro "
            "tuto žádost bude kolegyně Jitka Malá, tel. 604 283 917, "
            "mala@hanackyrozhlas.example.\n\n"
            "S pozdravem\nIng. Pavel Novák\nvedoucí techniky\nHanácký rozhlas s.r.o.\n"
            "tel. 585 200 417 | mob. 777 912 004\n"
        ),
    },
    {
        "id": "ar034-temporary-test-host-frontend",
        "description": "a temporary test machine counts as test; a front-end address the "
        "text says will not download is no address of the application",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Regionální zprávy Liberec, s.r.o.",
            I34,
            None,
            ["192.0.2.231"],
            ["192.0.2.230"],
            "Filip Mareš",
            "mares@rzliberec.example",
            "+420730118562",
        ),
        "from": "Filip Mareš <mares@rzliberec.example>",
        "subject": "Přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            f"za Regionální zprávy Liberec, s.r.o. (IČ: {I34}) žádám o přístup k XML "
            "výsledkům.\n\n"
            "Na testovací kolo použijeme dočasný stroj 192.0.2.230, po generálce ho "
            "zrušíme. Ostrý provoz poběží ze serveru 192.0.2.231.\n"
            "Náš web samotný je na 192.0.2.240, ale to je jen frontend, data z vašeho "
            "serveru stahovat nebude.\n\n"
            "Kontakt: Filip Mareš, 730 118 562\n\nDíky\nFilip Mareš, IT\n"
        ),
    },
    {
        "id": "ar035-databox-freelancer-annotation",
        "description": "freelancer's data message (a natural person's box): the application "
        "in the annotation, the attached file a trade licence extract",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Veronika Šťastná – Volební data",
            I35,
            "w8fp4kn",
            ["198.51.100.201"],
            ["198.51.100.202"],
            "Veronika Šťastná",
            None,
            "+420736104592",
        ),
        "subject": (
            "Žádost o přístup k výsledkům voleb (XML) - Veronika Šťastná – Volební data, "
            f"IČO {I35}. Produkční IP 198.51.100.201, testovací 198.51.100.202. "
            "Tel. 736 104 592"
        ),
        "databox": {
            "box": "w8fp4kn",
            "sender": "Veronika Šťastná",
            "address": "Kollárova 8, 612 00 Brno",
            "type": 40,
        },
        "attachments": [
            (
                "pdf",
                "vypis_ZR.pdf",
                [
                    "Výpis ze živnostenského rejstříku",
                    "Jméno a příjmení: Veronika Šťastná\nObchodní firma: Veronika Šťastná – "
                    f"Volební data\nIČO: {I35}\nPředmět podnikání: Vydavatelské činnosti",
                ],
            )
        ],
    },
    {
        "id": "ar036-outlook-rowspan-role",
        "description": "Outlook HTML table with a role cell spanning two production rows and "
        "a test row; the agency's box ID in the signature",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Agentura Sever-Jih, a.s.",
            I36,
            "h3vn7qs",
            ["203.0.113.31", "203.0.113.32"],
            ["203.0.113.39"],
            "Dominik Šustr",
            "sustr@asj.example",
            "+420417556091",
        ),
        "from": "Šustr Dominik <sustr@asj.example>",
        "subject": "ASJ – přístup k výsledkům voleb (XML)",
        "headers": OUTLOOK,
        "html": (
            '<html><body><div class="WordSection1"><p class="MsoNormal">Dobrý den,</p>'
            '<p class="MsoNormal">Agentura Sever-Jih žádá o přístup k serveru s výsledky '
            "voleb. Adresy:</p>"
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
            "<tr><td><b>Typ</b></td><td><b>IP</b></td></tr>"
            '<tr><td rowspan="2">Produkce</td><td>203.0.113.31</td></tr>'
            "<tr><td>203.0.113.32</td></tr>"
            "<tr><td>Test</td><td>203.0.113.39</td></tr></table>"
            '<p class="MsoNormal">Kontakt: Dominik Šustr, tel. 417 556 091</p>'
            '<p class="MsoNormal">--<br>Dominik Šustr | technologie<br>'
            "Agentura Sever-Jih, a.s.<br>"
            f"IČO {I36} | ID datové schránky: h3vn7qs<br>"
            "Dlouhá 22, 415 01 Teplice</p></div></body></html>"
        ),
    },
    {
        "id": "ar037-forward-contractor-eml",
        "description": "editor forwards the IT contractor's mail as an attached .eml: the "
        "addresses are there, the editor is the contact; the contractor's IČO is not the "
        "applicant's",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Krkonošský deník, s.r.o.",
            I37,
            None,
            ["192.0.2.121", "192.0.2.122"],
            ["192.0.2.129"],
            "Iveta Hronková",
            "hronkova@krkdenik.example",
            "+420603447128",
        ),
        "from": "Iveta Hronková <hronkova@krkdenik.example>",
        "subject": "FW: IP adresy pro volby",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"Krkonošský deník, s.r.o., IČO {I37}, žádá o přístup k výsledkům voleb ve "
            "formátu XML. IP adresy viz přiložená zpráva od našeho dodavatele. Kontaktní "
            "osobou jsem já, tel. 603 447 128.\n\n"
            "Iveta Hronková\nšéfredaktorka\n"
        ),
        "attachments": [
            (
                "eml",
                "IP adresy pro volby.eml",
                {
                    "id": "ar037-inner",
                    "from": "Lukáš Plachý <plachy@webkrk.example>",
                    "to": "hronkova@krkdenik.example",
                    "subject": "IP adresy pro volby",
                    "body": (
                        "Ahoj Iveto,\n\nposílám adresy pro ČSÚ:\n"
                        "produkce: 192.0.2.121, 192.0.2.122\n"
                        "test: 192.0.2.129\n\n"
                        "Lukáš\n--\nWebKRK – Lukáš Plachý\n"
                        f"IČ: {I37C}, tel. 731 908 442\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "ar038-slovak-ipv6-uncompressed",
        "description": "Slovak portal from a phone: an IPv4 production address and an IPv6 "
        "test address written uncompressed with leading zeros",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Spravodajský portál Pohronie s. r. o.",
            None,
            None,
            ["198.51.100.61"],
            ["2001:db8::b12"],
            "Ľubomír Baláž",
            "balaz@pohronie.example",
            "+421918552307",
        ),
        "from": "Ľubomír Baláž <balaz@pohronie.example>",
        "subject": "Ziadost o XML vysledky",
        "headers": K9,
        "body": (
            "Dobrý deň, Spravodajský portál Pohronie s. r. o. (Banská Bystrica) žiada o "
            "prístup k výsledkom volieb v XML.\n"
            "produkčná: 198.51.100.61\n"
            "testovacia (IPv6): 2001:0db8:0000:0000:0000:0000:0000:0b12\n"
            "Ľubomír Baláž, +421 918 552 307\n"
        ),
    },
    {
        "id": "ar039-english-contractor-versions-dates",
        "description": "Polish IT contractor writes English for a Czech medium: version "
        "numbers, a TLS version, a date and an OID around the addresses",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Mediaservis Slezsko s.r.o.",
            I39,
            None,
            ["203.0.113.161"],
            ["203.0.113.162"],
            "Piotr Zieliński",
            "p.zielinski@devkrak.example",
            "+48601442719",
        ),
        "from": "Piotr Zielinski <p.zielinski@devkrak.example>",
        "cc": "it@msslezsko.example",
        "subject": "Election XML feed - Mediaservis Slezsko",
        "headers": TBIRD,
        "body": (
            "Hello,\n\n"
            "we develop the results widget for Mediaservis Slezsko s.r.o. (IČO "
            f"{I39}) and apply on their behalf for XML feed access.\n\n"
            "Our fetcher (results-sync 2.4.1.7, TLS 1.3 only) will run on 203.0.113.161; "
            "the test instance is 203.0.113.162. We plan the first test on 24.9.2025.\n"
            "Client certificate policy OID, if you need it: 1.3.6.1.4.1.55123.1.2\n\n"
            "Please send the credentials and any questions to me - I am the contact for "
            "this application.\n\n"
            "Best regards\nPiotr Zieliński\nDevKrak Sp. z o.o., Kraków\n+48 601 442 719\n"
        ),
    },
    {
        "id": "ar040-italian-rispettivamente-filming-later",
        "description": "Italian agency writing Italian: roles by 'rispettivamente', filming "
        "only perhaps later in a separate request, not asked for now",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Agenzia Stampa Adriatica S.r.l.",
            None,
            None,
            ["192.0.2.71"],
            ["192.0.2.72"],
            "Giulia Marchetti",
            "g.marchetti@asadriatica.example",
            "+390712038841",
        ),
        "from": "Giulia Marchetti <g.marchetti@asadriatica.example>",
        "subject": "Richiesta di accesso ai risultati elettorali in formato XML",
        "headers": APPLE,
        "body": (
            "Gentili signori,\n\n"
            "l'Agenzia Stampa Adriatica S.r.l. (Ancona, P.IVA 02847310421) chiede l'accesso "
            "al server dei risultati elettorali in formato XML. Gli indirizzi 192.0.2.71 e "
            "192.0.2.72 saranno usati rispettivamente per la produzione e per i test.\n\n"
            "Per le riprese nei centri di raccolta forse vi scriveremo più avanti con una "
            "richiesta separata; per ora non chiediamo alcun permesso.\n\n"
            "Referente: Giulia Marchetti, tel. +39 071 203 8841\n\n"
            "Cordiali saluti\nGiulia Marchetti\nredazione esteri\n"
        ),
    },
    {
        "id": "ar041-databox-university-nested-docx",
        "description": "university's data message: a DOCX with a nested table of addresses "
        "inside the application table; the faculty applies as its university",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Univerzita Dolního Poohří",
            I41,
            "z5kq8jd",
            ["198.51.100.141", "198.51.100.142"],
            ["198.51.100.149"],
            "Hana Vitoušová",
            "vitousova@udp.example",
            "+420474337118",
        ),
        "subject": "Žádost Fakulty mediálních studií UDP – volby",
        "databox": {
            "box": "z5kq8jd",
            "sender": "Univerzita Dolního Poohří",
            "address": "Kadaňská 5, 430 01 Chomutov",
            "type": 10,
        },
        "attachments": [
            (
                "docx",
                "zadost_FMS_UDP.docx",
                {
                    "footer": f"Univerzita Dolního Poohří · IČ {I41} · www.udp.example",
                    "blocks": [
                        "Fakulta mediálních studií Univerzity Dolního Poohří",
                        "Žádost o přístup k výsledkům voleb a o povolení natáčení",
                        {
                            "rows": [
                                [
                                    "Žadatel",
                                    "Univerzita Dolního Poohří (Fakulta mediálních studií)",
                                ],
                                ["IP adresy", ""],
                                ["Natáčení", "ano – studentský štáb, sběrné místo Ústí n. L."],
                                [
                                    "Kontakt",
                                    "Mgr. Hana Vitoušová, 474 337 118, vitousova@udp.example",
                                ],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkční", "198.51.100.141"],
                                        ["produkční", "198.51.100.142"],
                                        ["testovací", "198.51.100.149"],
                                    ]
                                }
                            },
                        },
                        "prof. Ing. Karel Doubek, CSc., děkan",
                    ],
                },
            )
        ],
    },
    {
        "id": "ar042-dutch-two-liner",
        "description": "Dutch editor's two lines in English and Dutch, roles as 'prod'/'test' "
        "before slash-separated lists",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Nieuwsbureau Lage Landen B.V.",
            None,
            None,
            ["198.51.100.33", "198.51.100.34"],
            ["198.51.100.35"],
            "Sanne de Vries",
            "sanne@lagelanden.example",
            "+31612873045",
        ),
        "from": "Sanne de Vries <sanne@lagelanden.example>",
        "subject": "XML access request – Nieuwsbureau Lage Landen",
        "body": (
            "Hi, Nieuwsbureau Lage Landen B.V. would like XML access. prod: 198.51.100.33, "
            "198.51.100.34 / test: 198.51.100.35 — contact me, +31 6 1287 3045.\n"
            "Groet, Sanne de Vries\n"
        ),
    },
]
