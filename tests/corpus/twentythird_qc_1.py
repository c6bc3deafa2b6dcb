"""Twenty-third held-out part ``qc``, cases qc001–qc014: a German publisher with an address
range, a Polish radio in ISO-8859-2, a Slovak freelancer who only films, a university letter in
PDF with a CIDR block and an IPv6 test host, a municipality's data message with everything in the
annotation, an IT contractor writing for a publisher with internal NAT hosts, a Swedish agency on
IPv6, a Hungarian crew declining the feed, a terse phone note with a last-octet range, a French
netmask, a Spanish agency withdrawing its filming request, a DOCX form with checkboxes, a
Norwegian application for a later election and an institute's XLSX with a replaced address.
Written by hand apart from the extraction rules (see make_twentythird_qc); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentythird_qc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I3, I4, I5, I6, I6B = ico("5213874"), ico("0021562"), ico("0028517"), ico("2861304"), ico("2594011")
I9, I12, I14 = ico("2761842"), ico("2870315"), ico("0690214")

CASES: list[dict[str, Any]] = [
    {
        "id": "qc001-german-publisher-range",
        "description": "German letter; production as a written range 'bis' of three addresses, "
        "no test host, a Handelsregister number and a switchboard before the mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Rheinische Abendpost Mediengruppe GmbH",
            None,
            None,
            ["203.0.113.10", "203.0.113.11", "203.0.113.12"],
            [],
            "Katrin Vogelsang",
            "k.vogelsang@rheinabendpost.example",
            "+491715582094",
        ),
        "from": '"Dr. Katrin Vogelsang" <k.vogelsang@rheinabendpost.example>',
        "subject": "Zugang zu den XML-Wahlergebnissen – Rheinische Abendpost",
        "headers": OUTLOOK,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Rheinische Abendpost (Verlag: Rheinische Abendpost Mediengruppe GmbH, Köln, "
            "HRB 48213, Amtsgericht Köln) wird am Wahlabend ausführlich und live über die Wahl "
            "zum Abgeordnetenhaus der Tschechischen Republik berichten. Wir beantragen hiermit "
            "den Zugang zu Ihrem Server mit den Wahlergebnissen im XML-Format.\n\n"
            "Unsere Produktionsserver liegen im Adressbereich 203.0.113.10 bis 203.0.113.12 "
            "(drei Knoten hinter einem Load-Balancer). Eine separate Testumgebung haben wir "
            "nicht, wir testen direkt aus der Produktion.\n\n"
            "Ansprechpartnerin für diesen Antrag ist die Unterzeichnerin.\n\n"
            "Für eine kurze Bestätigung wären wir dankbar.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Dr. Katrin Vogelsang\n"
            "Leiterin Datenredaktion\n"
            "Rheinische Abendpost Mediengruppe GmbH\n"
            "Breite Straße 17, 50667 Köln\n"
            "Zentrale: +49 221 4470 0\n"
            "Mobil: +49 171 5582094\n\n"
            "Geschäftsführer: Heiner Adamczyk, Susanne Rolfs\n"
            "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der "
            "richtige Adressat sind, informieren Sie bitte sofort den Absender.\n"
        ),
    },
    {
        "id": "qc002-polish-radio-both",
        "description": "Polish in ISO-8859-2 asking for the feed and for recording; a NIP and a "
        "KRS number that are not an IČO; the contact is a colleague, not the sender",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Radio Beskidy Wschód sp. z o.o.",
            None,
            None,
            ["198.51.100.33"],
            ["198.51.100.34"],
            "Małgorzata Żurek-Kania",
            "zurek@radiobeskidy.example",
            "+48602918334",
        ),
        "from": "Tadeusz Wróblewski <t.wroblewski@radiobeskidy.example>",
        "subject": "Wniosek - dostęp do wyników wyborów (XML) oraz nagrania",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": (
            "Szanowni Państwo,\n\n"
            "Radio Beskidy Wschód sp. z o.o. (NIP 548-271-93-06, KRS 0000412877) zwraca się "
            "z uprzejmą prośbą o:\n\n"
            "1) dostęp do serwera z wynikami wyborów w formacie XML,\n"
            "2) zgodę na nagrywanie materiału radiowego w punkcie zbierania danych ČSÚ "
            "w Ostrawie w noc wyborczą (reporter + technik dźwięku).\n\n"
            "Adresy IP: serwer produkcyjny 198.51.100.33, serwer testowy 198.51.100.34.\n\n"
            "Osobą kontaktową w tej sprawie jest nasza redaktor Małgorzata Żurek-Kania, "
            "tel. kom. +48 602 918 334, e-mail zurek@radiobeskidy.example (mówi po czesku).\n\n"
            "Z poważaniem\n"
            "Tadeusz Wróblewski\n"
            "redaktor naczelny\n"
            "Radio Beskidy Wschód sp. z o.o.\n"
            "ul. Zamkowa 4, 43-400 Cieszyn\n"
            "centrala: +48 33 812 40 00\n"
        ),
    },
    {
        "id": "qc003-slovak-freelancer-film-only",
        "description": "Slovak freelance cameraman with a trade IČO asks only to film and says "
        "he does not ask for the XML; Slovak mobile written nationally",
        "style": Style.FREELANCE,
        "labels": L(
            [FILM],
            "Marek Kollár",
            I3,
            None,
            [],
            [],
            "Marek Kollár",
            "kollar.foto@postbox.example",
            "+421905318772",
        ),
        "from": "Marek Kollár <kollar.foto@postbox.example>",
        "subject": "povolenie na nakrúcanie vo volebnú noc",
        "headers": GMAIL,
        "body": (
            "Dobrý deň,\n\n"
            "som kameraman a fotograf na voľnej nohe (živnosť, IČO "
            f"{I3[:2]} {I3[2:5]} {I3[5:]}), robím pre viaceré slovenské redakcie. Chcel by "
            "som Vás požiadať o povolenie nakrúcať na Vašom zbernom mieste v Prahe počas "
            "volebnej noci, cca od 21:00 do 1:00, jedna kamera, bez svetiel.\n\n"
            "O prístup k XML výsledkom nežiadam, dáta nepotrebujem.\n\n"
            "Tel. 0905 318 772 (SK číslo, funguje aj v ČR).\n\n"
            "Ďakujem pekne\nMarek Kollár\n"
        ),
    },
    {
        "id": "qc004-university-pdf-cidr",
        "description": "faculty office sends the dean's PDF letter: production as a /30 block, "
        "an IPv6 test host, a grant number and a parser version; a doctoral student is the "
        "contact",
        "style": Style.INSTITUTION,
        "labels": L(
            [FEED],
            "Jihomoravská univerzita",
            I4,
            None,
            ["198.51.100.128", "198.51.100.129", "198.51.100.130", "198.51.100.131"],
            ["2001:db8:4a::10"],
            "Ondřej Vrba",
            "vrba@fsv.jmuni.example",
            "+420549497731",
        ),
        "from": "Jana Horká <horka@fsv.jmuni.example>",
        "subject": "Žádost FSV JMU – přístup k výsledkům voleb (XML)",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v příloze Vám zasílám žádost pana děkana o zřízení přístupu k výsledkům voleb "
            "pro výzkumný projekt naší fakulty. Originál s podpisem zašleme poštou, pokud "
            "bude potřeba.\n\n"
            "S pozdravem\n"
            "Jana Horká\n"
            "sekretariát děkana\n"
            "Fakulta sociálních věd, Jihomoravská univerzita\n"
            "tel. 549 49 1100\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_FSV_volby2025.pdf",
                [
                    "Jihomoravská univerzita, Fakulta sociálních věd\n"
                    "Joštova 14, 602 00 Brno, IČO: " + I4,
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "Č. j.: JMU/FSV/2025/3318                         Brno 10. září 2025",
                    "Věc: Žádost o přístup k průběžným výsledkům voleb ve formátu XML",
                    "Vážení,\nFakulta sociálních věd Jihomoravské univerzity řeší výzkumný "
                    "projekt GA25-07741S (Dynamika sčítání hlasů ve volební noci). Pro sběr dat "
                    "žádáme o zřízení přístupu k serveru s výsledky voleb ve formátu XML pro "
                    "univerzitu jako žadatele. Data bude stahovat parser ve verzi 3.2.1 "
                    "z těchto adres:",
                    {
                        "rows": [
                            ["Prostředí", "Adresy"],
                            [
                                "produkční (výpočetní cluster fakulty)",
                                "blok 198.51.100.128/30 (všechny čtyři adresy)",
                            ],
                            ["testovací", "2001:db8:4a::10"],
                        ],
                        "widths": [170, 230],
                    },
                    "Kontaktní osobou pro tuto žádost je Mgr. Ondřej Vrba, doktorand katedry "
                    "politologie, tel. 549 49 7731, e-mail vrba@fsv.jmuni.example.",
                    "S úctou\n\nprof. PhDr. Stanislav Mikula, CSc.\nděkan",
                ],
            )
        ],
    },
    {
        "id": "qc005-municipality-annotation-only",
        "description": "a town's data message: the whole application with abbreviated roles is "
        "in the annotation, the attached PDF is only an authorisation of the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Rokytná Hora",
            I5,
            "r5hk8ta",
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Petr Hanák",
            "hanak@rokytnahora.example",
            "+420581220413",
        ),
        "subject": f"Žádost o přístup k XML výsledkům voleb - Město Rokytná Hora, IČO {I5}; "
        "prod. IP 192.0.2.90, test. IP 192.0.2.91; kontakt Bc. Petr Hanák, 581 220 413, "
        "hanak@rokytnahora.example",
        "databox": {
            "box": "r5hk8ta",
            "sender": "Město Rokytná Hora",
            "address": "Masarykovo náměstí 1, 753 01 Rokytná Hora",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "povereni_Hanak.pdf",
                [
                    "Město Rokytná Hora, Masarykovo náměstí 1, 753 01 Rokytná Hora",
                    "POVĚŘENÍ",
                    "Starosta města pověřuje Bc. Petra Hanáka, referenta odboru informatiky, "
                    "jednáním s Českým statistickým úřadem ve věci přístupu k výsledkům voleb.",
                    "V Rokytné Hoře dne 15. 9. 2025\nIng. Karel Wolf, starosta",
                ],
            )
        ],
    },
    {
        "id": "qc006-contractor-for-publisher-nat",
        "description": "an IT contractor writes for a publisher: the publisher applies, the "
        "contractor's engineer is the contact, internal NAT addresses must not be allowed",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Moravský večerník a.s.",
            I6,
            None,
            ["203.0.113.70", "203.0.113.71"],
            ["203.0.113.75"],
            "Lukáš Doležal",
            "dolezal@netops-brno.example",
            "+420739551208",
        ),
        "from": '"Ing. Lukáš Doležal" <dolezal@netops-brno.example>',
        "cc": "Pavel Sýkora <sykora@moravskyvecernik.example>",
        "subject": "Moravský večerník – přístup k XML výsledkům voleb",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "jsme dodavatelem IT infrastruktury pro vydavatelství Moravský večerník a.s. "
            f"(IČO {I6}) a na jeho žádost vyřizujeme přístup k XML s výsledky voleb. Žadatelem "
            f"je tedy Moravský večerník a.s., my (NetOps Brno s.r.o., IČO {I6B}) jsme jen "
            "technický dodavatel.\n\n"
            "Stahovat budou dva aplikační servery za NATem. Interně mají adresy 10.40.1.5 "
            "a 10.40.1.6 – ty prosím nepovolujte, nejsou z internetu vidět. Ven jdou přes "
            "veřejné adresy 203.0.113.70 a 203.0.113.71 (produkce). Testovací prostředí "
            "má veřejnou adresu 203.0.113.75.\n\n"
            "Technickým kontaktem pro tuto žádost jsem já. Za redakci žádost schválil "
            "šéfredaktor Pavel Sýkora (v kopii).\n\n"
            "Díky a hezký den\nLD\n\n"
            "-- \n"
            "Ing. Lukáš Doležal | síťový architekt\n"
            "NetOps Brno s.r.o. | Křenová 58, 602 00 Brno\n"
            "mobil +420 739 551 208 | hotline +420 530 110 900\n"
        ),
    },
    {
        "id": "qc007-swedish-agency-ipv6",
        "description": "English with Swedish greetings; IPv6 production, an IPv4 'staging' box "
        "as the test host, a Swedish org number and a switchboard in the signature",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Nordwire Nyhetsbyrå AB",
            None,
            None,
            ["2001:db8:7c0::20", "2001:db8:7c0::21"],
            ["192.0.2.140"],
            "Henrik Ljungqvist",
            "henrik.ljungqvist@nordwire.example",
            "+46703184429",
        ),
        "from": "Henrik Ljungqvist <henrik.ljungqvist@nordwire.example>",
        "subject": "Request: access to XML election results (Nordwire)",
        "headers": APPLE,
        "body": (
            "Hej / Dear colleagues,\n\n"
            "Nordwire Nyhetsbyrå AB (org.nr 556812-4471), a Stockholm-based news agency, "
            "would like to request access to the XML election results for the upcoming "
            "Czech parliamentary election. We distribute results to about 40 Nordic "
            "newsrooms.\n\n"
            "Our ingest runs on IPv6:\n"
            "  prod: 2001:db8:7c0::20, 2001:db8:7c0::21\n"
            "  staging: 192.0.2.140 (legacy IPv4 box, used for testing only)\n\n"
            "Contact for this request: myself, Henrik Ljungqvist, desk editor,\n"
            "mobile +46 70 318 44 29.\n\n"
            "Tack så mycket och vänliga hälsningar,\n"
            "Henrik\n\n"
            "Henrik Ljungqvist\n"
            "Nordwire Nyhetsbyrå AB\n"
            "Kungsgatan 31, 111 56 Stockholm\n"
            "Växel: +46 8 506 221 00\n"
        ),
    },
    {
        "id": "qc008-hungarian-crew-declines-feed",
        "description": "Hungarian, base64: a TV crew asks only to film and declines the XML "
        "feed; family-name-first names and a Hungarian tax number",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Dunamenti Televízió Zrt.",
            None,
            None,
            [],
            [],
            "Szabó Eszter",
            "szabo.eszter@dunamentitv.example",
            "+36304127785",
        ),
        "from": "Szabó Eszter <szabo.eszter@dunamentitv.example>",
        "subject": "Forgatási engedély kérése – választási éjszaka, Prága",
        "headers": ZIMBRA,
        "cte": "base64",
        "body": (
            "Tisztelt Hölgyeim és Uraim!\n\n"
            "A Dunamenti Televízió Zrt. hírszerkesztősége nevében kérem, hogy engedélyezzék "
            "stábunk számára a forgatást a Cseh Statisztikai Hivatal prágai "
            "adatgyűjtő pontján a választás éjszakáján (október 3–4.). A stáb két főből áll: "
            "Szabó Eszter riporter és Kertész Ádám operatőr (tel. +36 20 388 1902).\n\n"
            "Az XML-adatokhoz való hozzáférést nem kérjük, az eredményeket a nyilvános "
            "honlapról követjük.\n\n"
            "Kapcsolattartó: Szabó Eszter, +36 30 412 7785, szabo.eszter@dunamentitv.example\n\n"
            "Üdvözlettel:\n"
            "Szabó Eszter\n"
            "riporter, Dunamenti Televízió Zrt.\n"
            "1134 Budapest, Váci út 45.\n"
            "Adószám: 24817733-2-41\n"
        ),
    },
    {
        "id": "qc009-terse-iphone-octet-range",
        "description": "three-line iPhone note: production as a last-octet range, the test "
        "address as a bare '.205', IČ in groups",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Zprávy z Podbrdska s.r.o.",
            I9,
            None,
            ["198.51.100.201", "198.51.100.202", "198.51.100.203", "198.51.100.204"],
            ["198.51.100.205"],
            "Ondřej Beneš",
            "benes@podbrdsko-zpravy.example",
            "+420724390117",
        ),
        "from": "Ondřej Beneš <benes@podbrdsko-zpravy.example>",
        "subject": "volby xml",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobrý den, prosíme o přístup k XML výsledkům.\n"
            "prod 198.51.100.201-204\n"
            "test .205\n"
            f"Zprávy z Podbrdska s.r.o., IČ: {I9[:3]} {I9[3:5]} {I9[5:]}\n"
            "Ondřej Beneš 724 390 117\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "qc010-french-netmask",
        "description": "French letter: production as an address with the netmask "
        "255.255.255.252 (four addresses), no test environment, SIRET number, publisher and "
        "title both named",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Éditions Sorel SAS",
            None,
            None,
            ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"],
            [],
            "Claire Dubois-Marchand",
            "c.dubois@courrier-est.example",
            "+33612487730",
        ),
        "from": "Claire Dubois-Marchand <c.dubois@courrier-est.example>",
        "subject": "Demande d'accès au flux XML des résultats électoraux",
        "headers": MAC_OUTLOOK,
        "body": (
            "Madame, Monsieur,\n\n"
            "Le quotidien « Le Courrier de l'Est européen », édité par la société Éditions "
            "Sorel SAS (SIRET 812 447 365 00029, 14 rue des Tanneurs, 67000 Strasbourg), "
            "souhaite accéder au flux XML des résultats des élections législatives "
            "tchèques.\n\n"
            "Nos serveurs de production se trouvent dans le bloc 198.51.100.64, masque "
            "255.255.255.252. Nous ne disposons pas d'environnement de test.\n\n"
            "Personne à contacter : Claire Dubois-Marchand, cheffe du service données, "
            "tél. portable +33 6 12 48 77 30.\n\n"
            "Nous vous remercions par avance et vous prions d'agréer, Madame, Monsieur, "
            "l'expression de nos salutations distinguées.\n\n"
            "Claire Dubois-Marchand\n"
            "Le Courrier de l'Est européen\n"
            "Standard : +33 3 88 21 40 00\n"
        ),
    },
    {
        "id": "qc011-spanish-agency-withdraws-film",
        "description": "Spanish agency withdraws the filming request of an earlier mail and "
        "keeps only the feed; CIF number and a direct line",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Agencia Ibérica de Noticias, S.A.",
            None,
            None,
            ["203.0.113.180"],
            ["203.0.113.181"],
            "Javier Ortega Ruiz",
            "jortega@agenciaiberica.example",
            "+34915220461",
        ),
        "from": "Javier Ortega Ruiz <jortega@agenciaiberica.example>",
        "subject": "Solicitud de acceso - resultados electorales XML",
        "headers": GMAIL,
        "body": (
            "Estimados señores:\n\n"
            "Agencia Ibérica de Noticias, S.A. (CIF A-28473619) solicita acceso al servidor "
            "de resultados electorales en formato XML.\n\n"
            "- Servidor de producción: 203.0.113.180\n"
            "- Entorno de pruebas: 203.0.113.181\n\n"
            "En nuestro correo del 2 de septiembre pedimos también permiso para grabar en "
            "el centro de recogida de datos en Praga. Retiramos esa solicitud: nuestro "
            "corresponsal finalmente no podrá viajar a Praga.\n\n"
            "Persona de contacto: Javier Ortega Ruiz, +34 915 220 461 (directo).\n\n"
            "Atentamente,\n\n"
            "Javier Ortega Ruiz\n"
            "Jefe de Internacional\n"
            "Agencia Ibérica de Noticias\n"
            "Calle de Alcalá 118, 28009 Madrid\n"
        ),
    },
    {
        "id": "qc012-docx-form-checkboxes",
        "description": "office assistant sends a DOCX form: the feed box ticked, the filming "
        "box unticked; the contact is a named editor with her own address",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "TV Podlesí s.r.o.",
            I12,
            None,
            ["192.0.2.44"],
            ["192.0.2.45"],
            "Renata Holá",
            "hola@tvpodlesi.example",
            "+420608227319",
        ),
        "from": "Kancelář TV Podlesí <kancelar@tvpodlesi.example>",
        "subject": "Formulář - žádost volby 2025",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nv příloze posíláme vyplněný formulář žádosti.\n\n"
            "Děkujeme\nkancelář TV Podlesí\n"
        ),
        "attachments": [
            (
                "docx",
                "formular_zadost_TV_Podlesi.docx",
                {
                    "header": "TV Podlesí s.r.o. – regionální televize",
                    "blocks": [
                        "FORMULÁŘ ŽÁDOSTI – VOLBY DO POSLANECKÉ SNĚMOVNY 2025",
                        {
                            "rows": [
                                ["Žadatel", "TV Podlesí s.r.o."],
                                ["IČO", I12],
                                [
                                    "Předmět žádosti",
                                    "☒ přístup k výsledkům voleb ve formátu XML\n"
                                    "☐ povolení k pořizování záznamu na sběrném místě",
                                ],
                                ["Produkční IP adresa", "192.0.2.44"],
                                ["Testovací IP adresa", "192.0.2.45"],
                                ["Kontaktní osoba", "Renata Holá, editorka zpravodajství"],
                                ["Telefon", "+420 608 227 319"],
                                ["E-mail", "hola@tvpodlesi.example"],
                            ]
                        },
                        "V Třebíči dne 11. 9. 2025",
                        "Za žadatele: Mgr. Oldřich Pátek, jednatel",
                    ],
                },
            )
        ],
    },
    {
        "id": "qc013-norwegian-later-election",
        "description": "Norwegian application sent early for the 2026 elections rather than the "
        "coming one; still an application for the feed; Norwegian org number",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Fjordposten AS",
            None,
            None,
            ["192.0.2.60"],
            ["192.0.2.61"],
            "Ingrid Haugland",
            "ingrid.haugland@fjordposten.example",
            "+4792418337",
        ),
        "from": "Ingrid Haugland <ingrid.haugland@fjordposten.example>",
        "subject": "Søknad om tilgang til XML-valgresultater (valgene i 2026)",
        "headers": GMAIL,
        "body": (
            "Hei,\n\n"
            "vi i Fjordposten AS (org.nr. 918 447 205) ønsker tilgang til serveren med "
            "valgresultater i XML-format. Vi rekker ikke å sette opp dette til valget nå i "
            "oktober, så søknaden gjelder de neste valgene (senats- og kommunevalget høsten "
            "2026) – men vi sender den allerede nå, så vi er i god tid.\n\n"
            "Produksjon: 192.0.2.60\n"
            "Test: 192.0.2.61\n\n"
            "Kontaktperson: Ingrid Haugland, +47 924 18 337\n\n"
            "Vennlig hilsen\n"
            "Ingrid Haugland\n"
            "datajournalist, Fjordposten AS\n"
            "Strandkaien 8, 5013 Bergen\n"
        ),
    },
    {
        "id": "qc014-institute-xlsx-replaced",
        "description": "an institute's data message with an XLSX sheet: one production row "
        "marked as replaced and no longer used, applicant data above the table",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Institut regionálních studií, z. ú.",
            I14,
            "i7rs2wq",
            ["198.51.100.170"],
            ["198.51.100.171"],
            "Tereza Malá",
            "mala@irs-institut.example",
            "+420222190455",
        ),
        "subject": "Žádost o přístup k výsledkům voleb (XML) - viz příloha",
        "databox": {
            "box": "i7rs2wq",
            "sender": "Institut regionálních studií, z. ú.",
            "address": "Vinohradská 112, 130 00 Praha 3",
        },
        "attachments": [
            (
                "xlsx",
                "IRS_zadost_volby.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Institut regionálních studií, z. ú."],
                            ["IČO", I14],
                            ["Kontaktní osoba", "RNDr. Tereza Malá"],
                            ["Telefon", "+420 222 190 455"],
                            ["E-mail", "mala@irs-institut.example"],
                            [None, None],
                            ["Typ", "IP adresa", "Poznámka"],
                            ["produkční", "198.51.100.170", "nový server od 9/2025"],
                            ["produkční", "198.51.100.9", "NAHRAZENO – již nepoužívat"],
                            ["testovací", "198.51.100.171", None],
                        ],
                    }
                ],
            )
        ],
    },
]
