"""Thirty-first held-out part ``yc``, cases yc001–yc014: a German regional radio declining the
filming permit, a Polish portal with a /30 block, a Slovak TV with a DOCX table, a Hungarian
site with a written range, a freelancer's two-line note, a university faculty with IPv6, a
municipality's data message with the request only in the annotation, an agency with a netmask
and a version number, an IT contractor writing for a publisher, a French request to film at a
later election, a Spanish "respectivamente", a Swedish HTML table, a data message with an
internal host and a withdrawn filming request. Written by hand apart from the extraction rules
(see make_thirtyfirst_yc); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyfirst_yc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I2, I3, I5, I6 = ico("3618204"), ico("5170392"), ico("0718845"), ico("0061273")
I7, I8, I9, I9C = ico("0029814"), ico("2476015"), ico("0532917"), ico("0877163")
I11, I13, I14 = ico("2139480"), ico("2805316"), ico("4617029")

CASES: list[dict[str, Any]] = [
    {
        "id": "yc001-german-radio-no-filming",
        "description": "German regional radio writing German; Ansprechpartner is a colleague, "
        "the Drehgenehmigung is explicitly not needed; no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Oberpfalz Welle GmbH",
            None,
            None,
            ["203.0.113.10", "203.0.113.11"],
            ["198.51.100.7"],
            "Markus Heindl",
            "m.heindl@oberpfalzwelle.example",
            "+499617293340",
        ),
        "from": "Sabine Wurzer <s.wurzer@oberpfalzwelle.example>",
        "subject": "Antrag: Zugang zu den XML-Wahlergebnissen (Parlamentswahl 2025)",
        "headers": TBIRD,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Radio Oberpfalz Welle GmbH (Weiden i.d.OPf.) berichtet am Wahlabend live über\n"
            "die Wahl zum Abgeordnetenhaus in unserem Nachbarland und möchte dafür die\n"
            "vorläufigen Ergebnisse im XML-Format direkt von Ihrem Server beziehen.\n\n"
            "Unsere Server:\n"
            "  Produktiv: 203.0.113.10 und 203.0.113.11 (Lastverteilung)\n"
            "  Test:      198.51.100.7\n\n"
            "Eine Drehgenehmigung für Ihre Sammelstellen benötigen wir nicht, wir berichten\n"
            "nur aus dem Studio.\n\n"
            "Ansprechpartner für die technische Umsetzung ist mein Kollege Markus Heindl,\n"
            "Tel. +49 961 729 33-40, m.heindl@oberpfalzwelle.example.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Sabine Wurzer\n"
            "Chefin vom Dienst\n"
            "Radio Oberpfalz Welle GmbH | Am Unteren Tor 9 | 92637 Weiden\n"
            "Tel. +49 961 729 33-0 | Amtsgericht Weiden HRB 4471\n"
        ),
    },
    {
        "id": "yc002-polish-portal-cidr-both",
        "description": "Polish news portal in Polish: a /30 production block, one test "
        "address and a request to film at a collection point; Polish phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Głos Śląska Cieszyńskiego sp. z o.o.",
            None,
            None,
            ["192.0.2.16", "192.0.2.17", "192.0.2.18", "192.0.2.19"],
            ["192.0.2.40"],
            "Agnieszka Pawlus",
            "a.pawlus@glos-cieszyn.example",
            "+48338521407",
        ),
        "from": "Agnieszka Pawlus <a.pawlus@glos-cieszyn.example>",
        "subject": "Wniosek o dostęp do wyników wyborów (XML) oraz zgodę na nagrywanie",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "body": (
            "Szanowni Państwo,\n\n"
            "redakcja portalu glos-cieszyn.example (wydawca: Głos Śląska Cieszyńskiego\n"
            "sp. z o.o., Cieszyn) relacjonuje wybory w Czechach dla czytelników po obu\n"
            "stronach Olzy. Uprzejmie prosimy o:\n\n"
            "1) dostęp do serwera z wynikami w formacie XML z naszej podsieci\n"
            "   192.0.2.16/30 (serwery produkcyjne); adres testowy: 192.0.2.40,\n"
            "2) zgodę na nagrywanie materiału wideo w punkcie zbierania danych w Czeskim\n"
            "   Cieszynie w noc wyborczą (dwie osoby, kamera bez statywu).\n\n"
            "Osoba kontaktowa: Agnieszka Pawlus, tel. +48 33 852 14 07.\n\n"
            "Z poważaniem\n"
            "Agnieszka Pawlus\n"
            "sekretarz redakcji\n"
        ),
    },
    {
        "id": "yc003-slovak-tv-docx-table",
        "description": "Slovak regional TV writes Slovak; a DOCX table with 'produkčná', "
        "'záložná' and 'testovacia' rows; contact named in the mail, not the signer",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "TV Záhorie, s. r. o.",
            I3,
            None,
            ["198.51.100.30", "198.51.100.31"],
            ["198.51.100.35"],
            "Juraj Mikuš",
            "mikus@tvzahorie.example",
            "+421905318442",
        ),
        "from": "Redakcia TV Zahorie <redakcia@tvzahorie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb vo formáte XML",
        "headers": OUTLOOK,
        "body": (
            "Dobrý deň,\n\n"
            "v prílohe posielame žiadosť našej televízie o prístup k výsledkom volieb do\n"
            "Poslaneckej snemovne vo formáte XML. Vysielame aj pre divákov na Hodonínsku.\n"
            "Technické otázky prosím smerujte na p. Juraja Mikuša (mikus@tvzahorie.example,\n"
            "+421 905 318 442), ktorý je pre túto žiadosť kontaktnou osobou.\n\n"
            "S pozdravom\n"
            "Mgr. Ľubica Šimková, riaditeľka\n"
            "TV Záhorie, s. r. o., Senica\n"
        ),
        "attachments": [
            (
                "docx",
                "ziadost_CSU_XML.docx",
                {
                    "header": f"TV Záhorie, s. r. o. | Hviezdoslavova 14, 905 01 Senica | IČO {I3}",
                    "blocks": [
                        "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                        "Vec: Žiadosť o prístup k serveru s výsledkami volieb",
                        "Žiadame o sprístupnenie XML výsledkov z týchto adries:",
                        {
                            "rows": [
                                ["Server", "IP adresa", "Poznámka"],
                                ["produkčná", "198.51.100.30", "vysielacie pracovisko"],
                                ["záložná", "198.51.100.31", "réžia 2"],
                                ["testovacia", "198.51.100.35", "len do 30. 9."],
                            ]
                        },
                        "Kontaktná osoba: Juraj Mikuš, technik",
                        "V Senici 10. 9. 2025",
                    ],
                },
            )
        ],
    },
    {
        "id": "yc004-hungarian-site-range",
        "description": "Hungarian site writes Hungarian mixed with English; production as a "
        "written range of three, testing from production, no test address",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Dunatáj Média Kft.",
            None,
            None,
            ["198.51.100.20", "198.51.100.21", "198.51.100.22"],
            [],
            "Kovács Eszter",
            "kovacs.eszter@dunataj.example",
            "+36209417752",
        ),
        "from": "Kovács Eszter <kovacs.eszter@dunataj.example>",
        "subject": "Request / kérelem: XML election results access",
        "headers": GMAIL,
        "charset": "iso-8859-2",
        "cte": "base64",
        "body": (
            "Tisztelt Hölgyem/Uram,\n\n"
            "a Dunatáj Média Kft. (Komárom) nevében kérjük a hozzáférést a cseh választási\n"
            "eredmények XML szerveréhez. (Sorry, I continue in English for your IT team.)\n\n"
            "Our servers are in the range 198.51.100.20 - 198.51.100.22, all three are\n"
            "production machines. We have no separate test server, we will test from the\n"
            "same machines before election day.\n\n"
            "Contact: Kovács Eszter, +36 20 941 7752, kovacs.eszter@dunataj.example\n\n"
            "Köszönettel / Thank you,\n"
            "Kovács Eszter\n"
            "online főszerkesztő-helyettes\n"
        ),
    },
    {
        "id": "yc005-freelancer-two-lines",
        "description": "two lines from a freelance data journalist's iPhone, IČO after "
        "'ic:', no diacritics, applies as herself",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Tereza Hrubá",
            I5,
            None,
            ["203.0.113.99"],
            [],
            "Tereza Hrubá",
            "tereza.hruba@volny-zurnal.example",
            "+420734802116",
        ),
        "from": "Tereza Hrubá <tereza.hruba@volny-zurnal.example>",
        "subject": "pristup xml",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, jsem nezavisla datova novinarka (osvc, ic: "
            f"{I5}), prosim o pristup k xml vysledkum z ip 203.0.113.99. "
            "Tel 734802116. Diky, Hruba\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "yc006-faculty-ipv6-letter",
        "description": "a faculty's long letter in PDF; the university applies; IPv6 "
        "production and test, a grant number and a room number that are not addresses",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Univerzita Jana Amose Komenského v Přerově",
            I6,
            None,
            ["2001:db8:4410::15"],
            ["2001:db8:4410::16"],
            "Ondřej Kratochvíl",
            "kratochvil@ff.ujak-prerov.example",
            "+420581203774",
        ),
        "from": '"doc. Mgr. Ondřej Kratochvíl Ph.D." <kratochvil@ff.ujak-prerov.example>',
        "subject": "Žádost fakulty o přístup k průběžným výsledkům voleb",
        "headers": TBIRD,
        "body": (
            "Vážení,\n\nv příloze zasílám žádost Filozofické fakulty o přístup k XML "
            "výsledkům. Děkuji za vyřízení.\n\nOndřej Kratochvíl\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_FF_volby.pdf",
                [
                    "Univerzita Jana Amose Komenského v Přerově\nFilozofická fakulta\n"
                    "Katedra politologie a mediálních studií\nHorní náměstí 7, 750 02 Přerov",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "Věc: Žádost o přístup k výsledkům voleb do Poslanecké sněmovny ve formátu XML",
                    "Vážené dámy, vážení pánové,",
                    "Katedra politologie a mediálních studií Filozofické fakulty provozuje v rámci "
                    "projektu „Volební noc v datech“ (reg. č. TL05000241) studentskou redakci, "
                    "která bude během sčítání zveřejňovat vizualizace průběžných výsledků. Pro "
                    "tento účel si dovolujeme požádat o zřízení přístupu k Vašemu serveru.",
                    "Fakulta nemá vlastní právní subjektivitu; žadatelem je Univerzita Jana Amose "
                    f"Komenského v Přerově, IČO {I6}, jejímž jménem jedná děkan fakulty.",
                    "Naše fakultní síť je připojena výhradně přes IPv6. Produkční server "
                    "(učebna H 2.14) má adresu 2001:db8:4410::15, testovací virtuální stroj "
                    "2001:db8:4410::16.",
                    "Kontaktní osobou pro tuto žádost je doc. Mgr. Ondřej Kratochvíl, Ph.D., "
                    "tel. 581 203 774, e-mail kratochvil@ff.ujak-prerov.example.",
                    "V Přerově dne 8. září 2025",
                    "prof. PhDr. Radim Vodička, CSc.\nděkan",
                ],
            )
        ],
    },
    {
        "id": "yc007-municipality-annotation-filming",
        "description": "a small town's data message: the filming request only in the "
        "annotation, the attached file is the mayor's delegation of authority",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Obec Horní Bradlo",
            I7,
            "x8b4kvm",
            [],
            [],
            "Lenka Zedníková",
            None,
            "+420469337201",
        ),
        "subject": "Žádost o povolení natáčení obecní TV na sběrném místě ČSÚ Chrudim "
        "ve volební noc; kontakt Lenka Zedníková, 469 337 201",
        "databox": {
            "box": "x8b4kvm",
            "sender": "Obec Horní Bradlo",
            "address": "Horní Bradlo 40, 538 63 Horní Bradlo",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "povereni_starosty.pdf",
                [
                    "Obec Horní Bradlo, Horní Bradlo 40, 538 63",
                    f"IČO: {I7}",
                    "POVĚŘENÍ",
                    "Starosta obce Horní Bradlo pověřuje paní Lenku Zedníkovou, referentku "
                    "obecního úřadu, k jednání s Českým statistickým úřadem ve věci pořízení "
                    "videozáznamu pro obecní kabelovou televizi na sběrném místě v Chrudimi.",
                    "V Horním Bradle dne 11. 9. 2025",
                    "Pavel Hladík, starosta",
                ],
            )
        ],
    },
    {
        "id": "yc008-agency-netmask-version",
        "description": "news agency's Czech-English mail: an address with a netmask (a block "
        "of four), a client version 2.4.1.3 and a port that are not addresses",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Středoevropská tisková agentura, a.s.",
            I8,
            None,
            ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"],
            ["198.51.100.70"],
            "Filip Brabec",
            "brabec@steta.example",
            "+420602771935",
        ),
        "from": "Filip Brabec <brabec@steta.example>",
        "subject": "STETA – access request, volby 2025",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            f"Středoevropská tisková agentura, a.s. (IČO {I8}) žádá o přístup k XML výsledkům.\n"
            "Náš ingest cluster: 198.51.100.64 mask 255.255.255.252 (production, all four\n"
            "nodes). Staging / test: 198.51.100.70.\n\n"
            "FYI: stahujeme klientem results-fetcher v2.4.1.3, HTTPS na 443, interval 20 s.\n\n"
            "Kontakt: Filip Brabec, head of data desk, +420 602 771 935\n\n"
            "Best,\nFilip\n\n--\nFilip Brabec | STETA data desk | steta.example\n"
        ),
    },
    {
        "id": "yc009-it-contractor-for-publisher",
        "description": "an IT contractor writes for a weekly's publisher; the contractor's own "
        "IČO appears in its signature, the publisher's in the text; the contractor is the contact",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Vydavatelství Podbrdsko s.r.o.",
            I9,
            None,
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Daniel Šustr",
            "sustr@bitkovna.example",
            "+420777412390",
        ),
        "from": "Daniel Šustr <sustr@bitkovna.example>",
        "subject": "Přístup k XML – za týdeník Podbrdský kurýr",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "spravujeme web týdeníku Podbrdský kurýr. Jménem vydavatele, společnosti\n"
            f"Vydavatelství Podbrdsko s.r.o., IČO {I9}, žádám o přístup k výsledkům voleb\n"
            "ve formátu XML (plná moc od jednatele v příloze).\n\n"
            "produkce: 192.0.2.140\n"
            "test: 192.0.2.141\n\n"
            "Kontaktní osobou pro technickou stránku jsem já.\n\n"
            "Daniel Šustr\n"
            "Bitkovna s.r.o. – správa serverů\n"
            f"IČO {I9C}\n"
            "tel. 777 412 390\n"
        ),
        "attachments": [
            (
                "txt",
                "plna_moc.txt",
                "PLNÁ MOC\n\nVydavatelství Podbrdsko s.r.o., IČO "
                f"{I9}, zastoupené jednatelem Ing. Milanem Rusem,\nzmocňuje společnost "
                f"Bitkovna s.r.o., IČO {I9C}, k podání žádosti o přístup k výsledkům\n"
                "voleb u Českého statistického úřadu.\n\nV Příbrami 9. 9. 2025\n"
                "Ing. Milan Rus, jednatel\n",
            )
        ],
    },
    {
        "id": "yc010-french-filming-later-election",
        "description": "French public-radio correspondent writes French: filming only, for "
        "the regional elections of 2028; the XML feed is explicitly not wanted",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Radio Francophonie Internationale",
            None,
            None,
            [],
            [],
            "Claire Dumoulin",
            "c.dumoulin@rfi-correspondants.example",
            "+33612487730",
        ),
        "from": "Claire Dumoulin <c.dumoulin@rfi-correspondants.example>",
        "subject": "Demande d'autorisation de tournage – élections régionales 2028",
        "headers": APPLE,
        "body": (
            "Madame, Monsieur,\n\n"
            "Correspondante à Prague de Radio Francophonie Internationale, je prépare un\n"
            "reportage sur le dépouillement des élections régionales d'octobre 2028. Je\n"
            "sollicite dès à présent l'autorisation d'enregistrer le son et quelques images\n"
            "dans l'un de vos points de collecte (Brno de préférence) le soir du scrutin.\n\n"
            "Nous n'avons pas besoin de l'accès aux résultats en XML : nous utiliserons le\n"
            "site public.\n\n"
            "Vous pouvez me joindre au +33 6 12 48 77 30.\n\n"
            "Bien cordialement,\n"
            "Claire Dumoulin\n"
            "Radio Francophonie Internationale – bureau de Prague\n"
        ),
    },
    {
        "id": "yc011-spanish-respectivamente",
        "description": "Spanish daily writes Spanish; production and test given only by "
        "'respectivamente'; CIF number and a Madrid postcode as noise",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Diario del Ebro S.L.",
            None,
            None,
            ["203.0.113.50"],
            ["203.0.113.51"],
            "Javier Ortega Ruiz",
            "jortega@diariodelebro.example",
            "+34976420815",
        ),
        "from": "Javier Ortega Ruiz <jortega@diariodelebro.example>",
        "subject": "Solicitud de acceso a los resultados electorales en XML",
        "headers": OUTLOOK,
        "charset": "windows-1252",
        "body": (
            "Estimados señores:\n\n"
            "Diario del Ebro S.L. (CIF B50123947, Zaragoza) cubrirá las elecciones checas\n"
            "y solicita acceso al servidor de resultados en formato XML.\n\n"
            "Utilizaremos las direcciones 203.0.113.50 y 203.0.113.51 para producción y\n"
            "pruebas, respectivamente.\n\n"
            "Persona de contacto: Javier Ortega Ruiz, jefe de sección de Internacional,\n"
            "tel. +34 976 42 08 15.\n\n"
            "Atentamente,\n"
            "Javier Ortega Ruiz\n"
            "Diario del Ebro – Paseo de la Independencia 21, 50001 Zaragoza\n"
        ),
    },
    {
        "id": "yc012-swedish-html-table",
        "description": "HTML-only mail from a Swedish newsroom in Swedish and English; a "
        "table with Produktion/Test rows; filming declined ('Vi behöver inte filma')",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Nordisk Nyhetsbyrå AB",
            None,
            None,
            ["192.0.2.221", "192.0.2.222"],
            ["192.0.2.230"],
            "Elin Lindqvist",
            "elin.lindqvist@nnb.example",
            "+46706218845",
        ),
        "from": "Elin Lindqvist <elin.lindqvist@nnb.example>",
        "subject": "Ansökan om åtkomst / access request – XML valresultat",
        "headers": OUTLOOK,
        "html": (
            '<html><body style="font-family:Segoe UI,sans-serif">'
            "<p>Hej,</p>"
            "<p>Nordisk Nyhetsbyrå AB ansöker om åtkomst till valresultaten i XML-format "
            "(English below).</p>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            "<tr><th>Miljö / Environment</th><th>IP</th></tr>"
            "<tr><td>Produktion</td><td>192.0.2.221<br>192.0.2.222</td></tr>"
            "<tr><td>Test</td><td>192.0.2.230</td></tr>"
            "</table>"
            "<p>Vi behöver inte filma på era insamlingsställen.</p>"
            "<p><i>In short: please allow the two production addresses and the one test "
            "address above. We do not need a filming permit.</i></p>"
            "<p>Med vänliga hälsningar / Kind regards<br><b>Elin Lindqvist</b><br>"
            "Nattredaktör, Nordisk Nyhetsbyrå AB<br>Mobil: +46 70 621 88 45<br>"
            "Org.nr 556612-4471</p>"
            "</body></html>"
        ),
    },
    {
        "id": "yc013-databox-docx-internal-host",
        "description": "a regional daily's data message, the application only in a DOCX; "
        "an internal 10.x host is named as not to be allowed; a NAT address is production",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Deník Pootaví s.r.o.",
            I13,
            "q2n7wre",
            ["203.0.113.160"],
            ["203.0.113.161"],
            "Vojtěch Marek",
            "marek@denikpootavi.example",
            "+420383114027",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "q2n7wre",
            "sender": "Deník Pootaví s.r.o.",
            "address": "Nábřeží 1. máje 3, 397 01 Písek",
        },
        "attachments": [
            (
                "docx",
                "zadost_xml_volby.docx",
                {
                    "footer": f"Deník Pootaví s.r.o. · IČO {I13} · DS q2n7wre · "
                    "www.denikpootavi.example",
                    "blocks": [
                        "Český statistický úřad – podatelna",
                        "Věc: Žádost o přístup k volebním výsledkům ve formátu XML",
                        "Žádáme o povolení přístupu k serveru s výsledky voleb. Stahovat budeme "
                        "z publikačního serveru, který je do internetu vystaven přes NAT.",
                        "Veřejná (produkční) adresa: 203.0.113.160",
                        "Testovací adresa: 203.0.113.161",
                        "Pozn.: vnitřní adresa 10.12.0.5 je jen naše interní síť, tu prosím "
                        "nepovolujte.",
                        "Kontaktní osoba: Vojtěch Marek, vedoucí online, tel. 383 114 027, "
                        "marek@denikpootavi.example",
                        "V Písku 15. 9. 2025\nMgr. Helena Vávrová, jednatelka",
                    ],
                },
            )
        ],
    },
    {
        "id": "yc014-filming-withdrawn-ps",
        "description": "Outlook mail in windows-1250 asking for feed and filming, the filming "
        "withdrawn in a P.S.; switchboard and mobile in the signature",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Rádio Hanácký rytmus, spol. s r.o.",
            I14,
            None,
            ["198.51.100.110"],
            ["198.51.100.111"],
            "Kamila Ševčíková",
            "sevcikova@hanackyrytmus.example",
            "+420604550318",
        ),
        "from": "Ševčíková Kamila <sevcikova@hanackyrytmus.example>",
        "subject": "Žádost o XML výsledky a natáčení",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            f"Rádio Hanácký rytmus, spol. s r.o., IČO {I14}, žádá:\n"
            "- o přístup k výsledkům voleb ve formátu XML (produkční IP 198.51.100.110,\n"
            "  testovací IP 198.51.100.111),\n"
            "- o povolení natáčení na sběrném místě v Olomouci.\n\n"
            "Kontaktní osoba: Kamila Ševčíková.\n\n"
            "S pozdravem\n"
            "Kamila Ševčíková\n"
            "programová ředitelka\n"
            "Rádio Hanácký rytmus | ústředna 585 221 100 | mobil 604 550 318\n\n"
            "P.S. Právě mi kolegové potvrdili, že štáb ve volební noc mít nebudeme – "
            "žádost o natáčení tedy berte jako bezpředmětnou, stačí nám XML.\n"
        ),
    },
]
