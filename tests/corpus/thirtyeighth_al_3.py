"""Thirty-eighth held-out part ``al``, cases al029–al042: a Polish paper correcting its test
address in English, an Austrian IPv6 range, an Outlook-on-the-web HTML table with internal NAT
addresses, a data message deferring filming to a later election, a freelancer's forwarded .eml,
order words ("první … druhá"), an S/MIME-signed agency letter, a Danish conditional request, a
town's XLSX with a cancelled row, a reply replacing the contact, an institute's DOCX with a nested
table and an OID, a Swiss HTML table with a backup column, a contractor mixing IPv6 and IPv4 and
a Polish agency that only films. Written by hand apart from the extraction rules (see
make_thirtyeighth_al); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyeighth_al_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

K31, K32, K34, K35 = ico("0763258"), ico("2481937"), ico("6012384"), ico("4571230")
K37, K38, K39, K41 = ico("0029361"), ico("2807415"), ico("7150426"), ico("0975324")

CASES: list[dict[str, Any]] = [
    {
        "id": "al029-polish-english-test-corrected",
        "description": "a Polish paper writes English and corrects a typo in its test address "
        "further down the same mail",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Kurier Małopolski Sp. z o.o.",
            None,
            None,
            ["203.0.113.50"],
            ["203.0.113.55"],
            "Agnieszka Nowicka-Baran",
            "a.nowicka@kuriermalopolski.example",
            "+48124226709",
        ),
        "from": "Agnieszka Nowicka-Baran <a.nowicka@kuriermalopolski.example>",
        "subject": "Request for XML election data access - Kurier Malopolski",
        "headers": ZIMBRA,
        "body": (
            "Hello,\n\n"
            "Kurier Małopolski Sp. z o.o. (Kraków) would like to request access to the XML "
            "results of the Czech elections.\n\n"
            "Production server: 203.0.113.50\n"
            "Test server: 203.0.113.54\n\n"
            "Contact person: Agnieszka Nowicka-Baran, phone +48 12 422 67 09.\n\n"
            "Correction – sorry, I mistyped: the test server is 203.0.113.55, not .54 "
            "(the .54 is our mail gateway).\n\n"
            "Best regards / Pozdrawiam\n"
            "Agnieszka Nowicka-Baran\n"
            "Kurier Małopolski, dział cyfrowy\n"
        ),
    },
    {
        "id": "al030-austrian-ipv6-bis-range",
        "description": "an Austrian publisher in German: production as an IPv6 range "
        "('bis'), IPv4 test, Firmenbuch number and ATU number that are not IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Salzach Medien GmbH",
            None,
            None,
            ["2001:db8:c0a::1", "2001:db8:c0a::2", "2001:db8:c0a::3"],
            ["198.51.100.99"],
            "Florian Huber",
            "f.huber@salzach-medien.example",
            "+436628044218",
        ),
        "from": '"Mag. Florian Huber" <f.huber@salzach-medien.example>',
        "subject": "Zugang XML-Wahlergebnisse – Salzach Medien",
        "headers": OUTLOOK,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "für unsere Online-Ausgabe ersuchen wir um Zugang zu Ihrem XML-Server mit den "
            "Wahlergebnissen.\n\n"
            "Produktion (IPv6): 2001:db8:c0a::1 bis 2001:db8:c0a::3\n"
            "Test: 198.51.100.99\n\n"
            "Ansprechpartner: Mag. Florian Huber, Tel. +43 662 8044 218\n\n"
            "Freundliche Grüße aus Salzburg\n"
            "Florian Huber\n"
            "Leitung Digitale Produktion\n"
            "Salzach Medien GmbH | FN 214873 k | UID ATU41276803\n"
        ),
    },
    {
        "id": "al031-owa-html-table-internal-nat",
        "description": "Outlook on the web HTML-only table with public and internal (NAT) "
        "address columns; only the public ones are entered",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Slezský zpravodajský portál a.s.",
            K31,
            None,
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.142"],
            "Kamil Juroszek",
            "juroszek@slezskyportal.example",
            "+420596118273",
        ),
        "from": "Juroszek Kamil <juroszek@slezskyportal.example>",
        "subject": "Žádost o přístup k XML - Slezský zpravodajský portál",
        "headers": OWA,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div style="font-family:Aptos,sans-serif;font-size:12pt">'
            "<p>Dobrý den,</p>"
            "<p>Slezský zpravodajský portál a.s., IČO " + K31 + ", žádá o přístup k "
            "výsledkům voleb (XML). Servery jsou za NATem, uvádím pro úplnost i interní "
            "adresy, povolit prosím jen ty veřejné:</p>"
            '<table border="1" style="border-collapse:collapse">'
            "<tr><th>Role</th><th>Veřejná IP</th><th>Interní IP</th></tr>"
            "<tr><td>Produkce 1</td><td>203.0.113.140</td><td>10.12.0.4</td></tr>"
            "<tr><td>Produkce 2</td><td>203.0.113.141</td><td>10.12.0.5</td></tr>"
            "<tr><td>Test</td><td>203.0.113.142</td><td>172.16.8.20</td></tr>"
            "</table>"
            "<p>Kontakt: Kamil Juroszek, 596 118 273</p>"
            "<p>S pozdravem<br>Kamil Juroszek<br>IT Operations<br>Slezský zpravodajský "
            "portál a.s.<br>Ostrava</p></div></body></html>"
        ),
    },
    {
        "id": "al032-databox-odt-film-later-election",
        "description": "a press agency's data message; ODT asks for the feed now and says "
        "filming will be requested separately for a later election",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "VLTAVA PRESS s.r.o.",
            K32,
            "m5t8rjh",
            ["198.51.100.50", "198.51.100.51"],
            [],
            "Dominika Štolbová",
            "stolbova@vltavapress.example",
            "+420602775193",
        ),
        "subject": "Žádost o přístup k XML datům voleb – VLTAVA PRESS",
        "databox": {
            "box": "m5t8rjh",
            "sender": "VLTAVA PRESS s.r.o.",
            "address": "Lannova 14, 370 01 České Budějovice",
        },
        "attachments": [
            (
                "odt",
                "VP_zadost_XML.odt",
                [
                    "VLTAVA PRESS s.r.o., Lannova 14, České Budějovice, IČO " + K32,
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o zřízení přístupu z adres 198.51.100.50 a 198.51.100.51 "
                    "(obě produkční; testovat budeme z nich).",
                    "Povolení k natáčení na sběrném místě tentokrát nepotřebujeme; o to "
                    "požádáme zvlášť až k prezidentské volbě v roce 2028.",
                    [
                        ["Kontaktní osoba", "Dominika Štolbová"],
                        ["Telefon", "602 775 193"],
                        ["E-mail", "stolbova@vltavapress.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "al033-forward-eml-freelance-photographer",
        "description": "a freelance photographer without an IČO resends her bounced request as "
        "an attached .eml; filming only, her mobile only in the inner message",
        "style": Style.FORWARD,
        "labels": L(
            [FILM],
            "Tereza Valentová",
            None,
            None,
            [],
            [],
            "Tereza Valentová",
            "tereza.valentova@fotovalent.example",
            "+420608319475",
        ),
        "from": "Tereza Valentová <tereza.valentova@fotovalent.example>",
        "subject": "Fwd: Povolení k fotografování a natáčení – volby",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\nposílám znovu, minule se mi zpráva vrátila (špatně napsaná "
            "adresa). Původní žádost je v příloze.\n\nDěkuji, T. Valentová\n"
        ),
        "attachments": [
            (
                "eml",
                "Povoleni k fotografovani.eml",
                {
                    "id": "al033-inner",
                    "from": "Tereza Valentová <tereza.valentova@fotovalent.example>",
                    "to": "podatelna@czo.cz",
                    "subject": "Povolení k fotografování a natáčení – volby",
                    "body": (
                        "Dobrý den,\n\n"
                        "jsem fotografka a videografka na volné noze (bez IČO, pracuji na "
                        "autorské smlouvy) a připravuji fotoreportáž o volební noci pro "
                        "jeden týdeník. Prosím o povolení fotografovat a natáčet na "
                        "sběrném místě v Českých Budějovicích, cca hodinu po uzavření "
                        "volebních místností.\n\n"
                        "Telefon: 608 319 475\n\n"
                        "Děkuji\nTereza Valentová\nfotovalent.example\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "al034-terse-order-first-second",
        "description": "a terse note whose roles come only from order words "
        "('první je ostrá, druhá testovací')",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Kroměřížský týdeník s.r.o.",
            K34,
            None,
            ["192.0.2.150"],
            ["192.0.2.151"],
            "Libor Vaculík",
            "vaculik@kmtydenik.example",
            "+420573301862",
        ),
        "from": "Libor Vaculík <vaculik@kmtydenik.example>",
        "subject": "volby XML",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den, žádáme o přístup k XML s výsledky. Adresy 192.0.2.150 a "
            "192.0.2.151 – první je ostrá, druhá testovací.\n"
            "Kroměřížský týdeník s.r.o., IČO " + K34 + "\n"
            "L. Vaculík, 573 301 862\n"
        ),
    },
    {
        "id": "al035-smime-agency-formal-both",
        "description": "S/MIME-signed formal mail from a photo agency: both requests, a named "
        "colleague as contact with a 00420 phone, the signer's own numbers too",
        "style": Style.AGENCY,
        "labels": L(
            [FEED, FILM],
            "Česká obrazová agentura, a.s.",
            K35,
            None,
            ["198.51.100.230", "198.51.100.231"],
            ["198.51.100.235"],
            "Radka Šebestová",
            "sebestova@coa-foto.example",
            "+420725661043",
        ),
        "from": '"Ing. Jindřich Polák MBA" <polak@coa-foto.example>',
        "subject": "Žádost ČOA – přístup k výsledkům voleb a natáčení",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Vážení,\n\n"
            "Česká obrazová agentura, a.s., IČO " + K35 + ", se sídlem Jeseniova 56, "
            "130 00 Praha 3, tímto žádá:\n\n"
            "1. o zřízení přístupu k serveru s výsledky voleb ve formátu XML z produkčních "
            "adres 198.51.100.230 a 198.51.100.231 a z testovací adresy 198.51.100.235;\n"
            "2. o povolení pořizovat fotografie a videozáznam na sběrném místě v Praze "
            "(dva fotografové, jeden kameraman).\n\n"
            "Kontaktní osobou pro obě žádosti je vedoucí zpravodajské směny "
            "Radka Šebestová, tel. 00420 725 661 043, sebestova@coa-foto.example.\n\n"
            "S pozdravem\n\n"
            "Ing. Jindřich Polák, MBA\n"
            "generální ředitel\n"
            "Česká obrazová agentura, a.s.\n"
            "tel. +420 222 510 400, mobil +420 603 118 402\n"
        ),
    },
    {
        "id": "al036-danish-conditional-feed",
        "description": "a Danish news bureau in Danish: the request phrased conditionally, no "
        "filming, CVR number that is not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Jyllands Nyhedsbureau ApS",
            None,
            None,
            ["203.0.113.220"],
            [],
            "Mette Lindholm",
            "ml@jnbureau.example",
            "+4533411720",
        ),
        "from": "Mette Lindholm <ml@jnbureau.example>",
        "subject": "Anmodning om adgang til valgresultater i XML",
        "headers": GMAIL,
        "body": (
            "Kære modtager,\n\n"
            "hvis det er muligt, vil Jyllands Nyhedsbureau ApS (CVR 38 41 27 90) gerne have "
            "adgang til jeres XML-server med valgresultater under det kommende valg.\n\n"
            "Vores server: 203.0.113.220 (vi tester fra samme server).\n"
            "Vi skal ikke filme – kun data.\n\n"
            "Kontakt: Mette Lindholm, +45 33 41 17 20\n\n"
            "Med venlig hilsen\nMette Lindholm\nredaktør, Jyllands Nyhedsbureau\n"
        ),
    },
    {
        "id": "al037-town-xlsx-cancelled-row",
        "description": "a town sends an XLSX address list where one production row is marked "
        "'zrušeno'; the mayor signs, the IT officer is the contact",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FEED],
            "Město Bystřice pod Kopcem",
            K37,
            None,
            ["192.0.2.60", "192.0.2.61"],
            ["192.0.2.63"],
            "Josef Klimeš",
            "klimes@bystricepk.example",
            "+420569512247",
        ),
        "from": "Josef Klimeš <klimes@bystricepk.example>",
        "subject": "Žádost města Bystřice pod Kopcem o přístup k výsledkům voleb",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "Město Bystřice pod Kopcem, IČO " + K37 + ", žádá o přístup k XML výsledkům "
            "voleb pro volební stránku na webu města. Seznam adres je v příloze.\n"
            "Kontaktní osoba: Josef Klimeš, informatik MěÚ, tel. 569 512 247.\n\n"
            "S pozdravem\nJosef Klimeš\nza Bc. Hanu Vlčkovou, starostku\n"
        ),
        "attachments": [
            (
                "xlsx",
                "adresy_volby.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["IP adresa", "Účel", "Stav"],
                            ["192.0.2.60", "produkční", "platí"],
                            ["192.0.2.61", "produkční", "platí"],
                            ["192.0.2.62", "produkční", "zrušeno (server vyřazen)"],
                            ["192.0.2.63", "testovací", "platí"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "al038-reply-contact-replaced",
        "description": "the applicant replies to its own earlier mail: the addresses stay as "
        "quoted, the contact person is replaced by a colleague",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Blaník Jih, s.r.o.",
            K38,
            None,
            ["198.51.100.180"],
            ["198.51.100.181"],
            "Petr Vaněk",
            "vanek@blanikjih.example",
            "+420736204915",
        ),
        "from": "Klára Horká <horka@blanikjih.example>",
        "subject": "Re: Žádost o přístup k výsledkům voleb – Rádio Blaník Jih",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "doplňuji naši žádost níže: od října u nás končím, takže kontaktní osobou místo "
            "mě bude kolega Petr Vaněk, tel. 736 204 915, vanek@blanikjih.example. "
            "Adresy zůstávají stejné.\n\n"
            "Děkuji, Klára Horká\n\n"
            "Dne 2. 9. 2026 v 11:40 Klára Horká napsal(a):\n"
            "> Dobrý den,\n"
            "> Rádio Blaník Jih, s.r.o. (IČO " + K38 + ") žádá o přístup k výsledkům voleb\n"
            "> ve formátu XML.\n"
            "> Produkční IP: 198.51.100.180\n"
            "> Testovací IP: 198.51.100.181\n"
            "> Kontakt: Klára Horká, 731 450 226, horka@blanikjih.example\n"
            "> S pozdravem, Klára Horká\n"
        ),
    },
    {
        "id": "al039-institute-docx-nested-oid",
        "description": "a public research institution's DOCX with a nested table, a /31 block, "
        "a certificate OID and a software version near the addresses",
        "style": Style.INSTITUTION,
        "labels": L(
            [FEED],
            "Centrum pro analýzu veřejných politik, v. v. i.",
            K39,
            None,
            ["198.51.100.96", "198.51.100.97"],
            ["198.51.100.98"],
            "Eliška Procházková",
            "prochazkova@capvp.example",
            "+420224918530",
        ),
        "from": "Eliška Procházková <prochazkova@capvp.example>",
        "subject": "Žádost CAVP o přístup k XML (volby 2026)",
        "headers": IPHONE,
        "body": (
            "Dobrý den,\n\nv příloze posílám žádost našeho centra.\n\n"
            "Eliška Procházková\n\nOdesláno z iPhonu\n"
        ),
        "attachments": [
            (
                "docx",
                "CAVP_zadost.docx",
                {
                    "header": "Centrum pro analýzu veřejných politik, v. v. i.",
                    "footer": "IČ " + K39 + " | Opletalova 19, 110 00 Praha 1",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        "Centrum zpracovává modely volební účasti pro akademické účely.",
                        {
                            "rows": [
                                ["Žadatel", "Centrum pro analýzu veřejných politik, v. v. i."],
                                ["Adresy", ""],
                                ["Kontakt", "Eliška Procházková, 224 918 530"],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkční", "198.51.100.96/31"],
                                        ["testovací", "198.51.100.98"],
                                    ]
                                }
                            },
                        },
                        "Klient pro stahování: volby-fetch 3.2.1; TLS klientský certifikát "
                        "s rozšířením OID 1.3.6.1.5.5.7.3.2 (clientAuth).",
                        "E-mail: prochazkova@capvp.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "al040-swiss-html-backup-column",
        "description": "HTML-only mail from a Swiss publisher in German and English: "
        "Prod/Backup/Test columns, backup counts as production",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Limmat Medien AG",
            None,
            None,
            ["192.0.2.101", "192.0.2.102"],
            ["192.0.2.103"],
            "Reto Brunner",
            "reto.brunner@limmatmedien.example",
            "+41442581307",
        ),
        "from": "Reto Brunner <reto.brunner@limmatmedien.example>",
        "subject": "Access request XML election results / Zugang Wahlresultate",
        "headers": APPLE,
        "html": (
            '<html><body style="font-family:Helvetica">'
            "<div>Grüezi mitenand,</div><div><br></div>"
            "<div>Limmat Medien AG (UID CHE-114.382.907) beantragt Zugang zum XML-Server mit "
            "den Wahlresultaten. / Limmat Medien AG requests access to the XML results "
            "server:</div><div><br></div>"
            '<table cellpadding="4" border="1">'
            "<tr><td><b>Prod</b></td><td><b>Backup</b></td><td><b>Test</b></td></tr>"
            "<tr><td>192.0.2.101</td><td>192.0.2.102</td><td>192.0.2.103</td></tr>"
            "</table><div><br></div>"
            "<div>Kontakt / contact: Reto Brunner, +41 44 258 13 07</div><div><br></div>"
            "<div>Freundliche Grüsse<br>Reto Brunner<br>Head of Data Journalism<br>"
            "Limmat Medien AG, Zürich</div></body></html>"
        ),
    },
    {
        "id": "al041-contractor-ipv6-ipv4-mixed",
        "description": "a one-man IT contractor writes tersely for an online outlet, mixing "
        "IPv6 and IPv4 production addresses and an IPv6 test one; his own trade IČO aside",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Brněnský metropolitní portál s.r.o.",
            K41,
            None,
            ["2001:db8:5:1::20", "198.51.100.240"],
            ["2001:db8:5:1::21"],
            "Ondřej Fiala",
            "ondra@fiala-dev.example",
            "+420775318640",
        ),
        "from": "Ondřej Fiala <ondra@fiala-dev.example>",
        "subject": "XML volby pro brnenskyportal",
        "headers": GMAIL,
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\n"
            "dělám externě backend pro Brněnský metropolitní portál s.r.o. (IČO "
            + K41
            + ") a za ně žádám o přístup k XML výsledkům.\n\n"
            "prod: 2001:db8:5:1::20, 198.51.100.240\n"
            "test: 2001:db8:5:1::21\n\n"
            "Kontakt technicky: já, 775 318 640.\n\n"
            "Ondřej Fiala\nOSVČ, vývoj webových aplikací, IČO 76203417\n"
        ),
    },
    {
        "id": "al042-polish-agency-film-conditional",
        "description": "a Polish photo and video agency in Polish asks only to film, 'if "
        "possible', and says it does not need the XML access",
        "style": Style.AGENCY,
        "labels": L(
            [FILM],
            "Polska Agencja Obrazu S.A.",
            None,
            None,
            [],
            [],
            "Michał Zieliński",
            "m.zielinski@pao-foto.example",
            "+48601448230",
        ),
        "from": "Michał Zieliński <m.zielinski@pao-foto.example>",
        "subject": "Prośba o zgodę na filmowanie w noc wyborczą",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "body": (
            "Szanowni Państwo,\n\n"
            "Polska Agencja Obrazu S.A. chciałaby, jeżeli będzie to możliwe, nagrać krótki "
            "materiał wideo w punkcie zbiorczym w Ostrawie w noc wyborczą (dwie osoby, "
            "jedna kamera). Dostępu do serwera XML z wynikami nie potrzebujemy.\n\n"
            "Kontakt: Michał Zieliński, tel. +48 601 448 230\n\n"
            "Z wyrazami szacunku\nMichał Zieliński\nwydawca wideo\n"
            "Polska Agencja Obrazu S.A., Warszawa, KRS 0000287741\n"
        ),
    },
]
