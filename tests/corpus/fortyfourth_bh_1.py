"""Forty-fourth held-out part ``bh``, cases bh001–bh014: a German publisher writing an address
range, a Polish portal with a CIDR block in ISO-8859-2, a Slovak regional TV with
'respectively', a Hungarian crew that only films, a freelancer's terse note, a university's
signed letter with IPv6, a town's data message with a netmask, an IT contractor forwarding a
medium's mail as .eml, a French agency in HTML, a reply that replaces a moved server, a Spanish
TV withdrawing its filming, a regional TV's data message with a CIDR /31, an Italian conditional
request and a contractor naming an internal host behind NAT. Written by hand apart from the
extraction rules (see make_fortyfourth_bh); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyfourth_bh_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    GMX,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    WP_POCZTA,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I3, I5, I6, I7 = ico("3581204"), ico("0746391"), ico("6183027"), ico("0029514")
I8, I10, I12 = ico("2471956"), ico("2630875"), ico("2908143")
I14, I14X = ico("0813669"), ico("2265017")

CASES: list[dict[str, Any]] = [
    {
        "id": "bh001-german-verlag-bis-range",
        "description": "German regional publisher writes in German; production as a range "
        "'198.51.100.40 bis .42' (three addresses), one test address; phone with (0)",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Oderland Kurier Verlag GmbH",
            None,
            None,
            ["198.51.100.40", "198.51.100.41", "198.51.100.42"],
            ["198.51.100.50"],
            "Jörg Wendler",
            "j.wendler@oderland-kurier.example",
            "+493354471290",
        ),
        "from": "Jörg Wendler <j.wendler@oderland-kurier.example>",
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML) – Oderland Kurier",
        "headers": GMX,
        "flowed": True,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "der Oderland Kurier berichtet seit einigen Jahren auch über die Wahlen in \n"
            "unseren Nachbarländern, und für die kommende Wahl zum Abgeordnetenhaus \n"
            "möchten wir die Ergebnisse direkt aus Ihrem XML-Dienst übernehmen.\n\n"
            "Antragsteller: Oderland Kurier Verlag GmbH, Bahnhofstraße 17, 15230 \n"
            "Frankfurt (Oder), HRB 4471 FF\n\n"
            "Unsere Server (Produktion): 198.51.100.40 bis .42\n"
            "Testsystem: 198.51.100.50\n\n"
            "Drehgenehmigungen benötigen wir nicht, wir arbeiten nur mit den Daten.\n\n"
            "Ansprechpartner ist der Unterzeichnende.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Jörg Wendler\n"
            "Leiter Online-Redaktion\n"
            "Tel. +49 (0)335 4471 290\n"
            "j.wendler@oderland-kurier.example\n"
        ),
    },
    {
        "id": "bh002-polish-portal-cidr-latin2",
        "description": "Polish portal in Polish (ISO-8859-2): production as 203.0.113.8/30, "
        "tests from the same servers; a NIP that is not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Wiadomości Śląskie sp. z o.o.",
            None,
            None,
            ["203.0.113.8", "203.0.113.9", "203.0.113.10", "203.0.113.11"],
            [],
            "Agnieszka Wróbel",
            "a.wrobel@wiadomosci-slaskie.example",
            "+48322587144",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@wiadomosci-slaskie.example>",
        "subject": "Wniosek o dostęp do wyników wyborów w formacie XML",
        "headers": WP_POCZTA,
        "charset": "iso-8859-2",
        "body": (
            "Szanowni Państwo,\n\n"
            "w imieniu spółki Wiadomości Śląskie sp. z o.o. (NIP 634-281-19-07, KRS "
            "0000418266) zwracam się z prośbą o udostępnienie wyników wyborów w formacie "
            "XML z Państwa serwera.\n\n"
            "Nasze serwery produkcyjne: 203.0.113.8/30\n"
            "Testy przeprowadzimy z tych samych adresów, osobnego środowiska testowego nie "
            "mamy.\n\n"
            "Nie planujemy nagrań ani zdjęć w Państwa siedzibie.\n\n"
            "Osoba do kontaktu: Agnieszka Wróbel, tel. +48 32 258 71 44\n\n"
            "Z poważaniem\n"
            "Agnieszka Wróbel\n"
            "kierownik działu technicznego\n"
            "Wiadomości Śląskie, Katowice\n"
        ),
    },
    {
        "id": "bh003-slovak-tv-respectively",
        "description": "Slovak regional TV in Slovak asks for both; production and test "
        "address given with 'resp.' in one sentence; base64 body",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Televízia Záhorie, s.r.o.",
            I3,
            None,
            ["198.51.100.77"],
            ["198.51.100.78"],
            "Marek Ondrejka",
            "ondrejka@tvzahorie.example",
            "+421905318442",
        ),
        "from": "Marek Ondrejka <ondrejka@tvzahorie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb a o povolenie natáčania",
        "headers": OUTLOOK,
        "cte": "base64",
        "body": (
            "Dobrý deň,\n\n"
            "Televízia Záhorie, s.r.o., IČO " + I3 + ", so sídlom Námestie slobody 9, "
            "901 01 Malacky, žiada o prístup k výsledkom volieb do Poslaneckej snemovne vo "
            "formáte XML. Zároveň žiadame o povolenie natáčať v deň sčítania na vašom "
            "pracovisku v Brne, kde by náš štáb (2 osoby) nakrútil krátku reportáž.\n\n"
            "Produkčná a testovacia IP adresa sú 198.51.100.77, resp. 198.51.100.78.\n\n"
            "Kontaktná osoba: Marek Ondrejka, technický riaditeľ, +421 905 318 442, "
            "ondrejka@tvzahorie.example\n\n"
            "S pozdravom\n"
            "Mgr. Zuzana Hollá\n"
            "riaditeľka\n"
        ),
    },
    {
        "id": "bh004-hungarian-crew-filming-only",
        "description": "Hungarian TV writes in Hungarian and English; only filming in "
        "Prague, crew listed; the contact written surname first as Hungarians do",
        "style": Style.MIXED,
        "labels": L(
            [FILM],
            "Duna Menti Média Kft.",
            None,
            None,
            [],
            [],
            "Szabó Katalin",
            "szabo.katalin@dunamenti.example",
            "+36304127789",
        ),
        "from": "Szabó Katalin <szabo.katalin@dunamenti.example>",
        "subject": "Forgatási engedély / filming permission – election night Prague",
        "headers": APPLE,
        "body": (
            "Tisztelt Hölgyem/Uram,\n\n"
            "a Duna Menti Média Kft. forgatási engedélyt kér a cseh parlamenti választások "
            "éjszakájára a prágai központban.\n\n"
            "In English, to be sure: we would like to film a short report at your Prague "
            "headquarters on the night the votes are counted. We do NOT need the XML "
            "results service, we take the figures from the public website.\n\n"
            "Crew / stáb:\n"
            "- Tóth Gergely, operatőr / camera\n"
            "- Nagy Bence, hangmérnök / sound\n"
            "- Szabó Katalin, producer (contact for this request)\n\n"
            "Tel.: +36 30 412 7789\n\n"
            "Üdvözlettel / Kind regards,\n"
            "Szabó Katalin\n"
            "Duna Menti Média Kft., Győr\n"
        ),
    },
    {
        "id": "bh005-freelancer-terse-same-test",
        "description": "three-line note from a phone: a freelancer applies for himself, "
        "'testovací stejná' means no test address",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Tomáš Hrubec",
            I5,
            None,
            ["203.0.113.201"],
            [],
            "Tomáš Hrubec",
            "hrubec.tomas@posta.example",
            "+420737418205",
        ),
        "from": "Tomáš Hrubec <hrubec.tomas@posta.example>",
        "subject": "xml volby",
        "headers": IPHONE,
        "body": (
            "Dobrý den, žádám o přístup k XML s výsledky. IP 203.0.113.201, testovací "
            "stejná. Jsem OSVČ, píšu pro regionální weby, IČO " + I5 + ".\n"
            "Tomáš Hrubec, 737 418 205\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "bh006-university-signed-letter-ipv6",
        "description": "a department of a public university writes a long signed letter; "
        "the university applies, the dean signs but a named lecturer is the contact; an IPv6 "
        "production address beside an IPv4 one",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Univerzita Horního Pomoraví, veřejná vysoká škola",
            I6,
            None,
            ["2001:db8:5c0::21", "198.51.100.12"],
            ["198.51.100.13"],
            "Lenka Sýkorová",
            "lenka.sykorova@uhp.example",
            "+420585634412",
        ),
        "from": "Lenka Sýkorová <lenka.sykorova@uhp.example>",
        "subject": "Žádost Katedry žurnalistiky FSV UHP – volební data a natáčení",
        "headers": TBIRD,
        "smime": True,
        "body": (
            "Vážená paní, vážený pane,\n\n"
            "Katedra žurnalistiky Fakulty sociálních věd Univerzity Horního Pomoraví "
            "připravuje se studenty předmětu Televizní zpravodajství mimořádné volební "
            "vysílání studentské televize UHP TV. Za tímto účelem si dovolujeme požádat:\n\n"
            "1) o zpřístupnění průběžných výsledků voleb ve formátu XML z dedikovaného "
            "serveru,\n"
            "2) o povolení pořizovat obrazový a zvukový záznam na Vašem krajském pracovišti "
            "v Olomouci v průběhu zpracování výsledků (štáb nejvýše tři studenti a pedagog).\n\n"
            "Žadatel: Univerzita Horního Pomoraví, veřejná vysoká škola, Křížkovského 40, "
            "779 00 Olomouc, IČO " + I6 + "\n\n"
            "Technické údaje:\n"
            "  produkční server (IPv6):  2001:db8:5c0::21\n"
            "  produkční server (IPv4):  198.51.100.12\n"
            "  testovací stanice:        198.51.100.13\n\n"
            "Kontaktní osobou pro tuto žádost je Mgr. Lenka Sýkorová, Ph.D., odborná "
            "asistentka katedry, tel. +420 585 634 412, lenka.sykorova@uhp.example. "
            "Technickou stránku zajišťuje Centrum výpočetní techniky (Ing. Aleš Brabec, "
            "brabec@uhp.example), na něhož se prosím obracejte jen v případě potíží se "
            "spojením.\n\n"
            "Děkujeme za vstřícnost a jsme s pozdravem\n\n"
            "prof. PhDr. Richard Kocourek, CSc.\n"
            "děkan Fakulty sociálních věd\n"
            "Univerzita Horního Pomoraví\n"
        ),
    },
    {
        "id": "bh007-town-databox-netmask-pdf",
        "description": "a town's data message for its municipal TV: the PDF gives one "
        "address with a netmask 255.255.255.252 (four addresses), no test",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Hrádek nad Sázavou",
            I7,
            "m3hk2ra",
            ["198.18.44.16", "198.18.44.17", "198.18.44.18", "198.18.44.19"],
            [],
            "Radek Vondrák",
            "vondrak@hradek-nad-sazavou.example",
            "+420731552908",
        ),
        "databox": box(
            "m3hk2ra",
            "Město Hrádek nad Sázavou",
            "Masarykovo náměstí 1, 257 21 Hrádek nad Sázavou",
            10,
        ),
        "subject": "Žádost - přístup k výsledkům voleb pro Hrádeckou televizi",
        "attachments": [
            (
                "pdf",
                "MeU_Hradek_zadost_volby.pdf",
                [
                    "MĚSTO HRÁDEK NAD SÁZAVOU\nMěstský úřad, Masarykovo náměstí 1, "
                    "257 21 Hrádek nad Sázavou\nIČO: " + I7 + "   ID DS: m3hk2ra",
                    "Č. j.: MeU/0912/2025        Vyřizuje: R. Vondrák",
                    "Věc: Žádost o přístup k výsledkům voleb",
                    "Město Hrádek nad Sázavou provozuje kabelovou Hrádeckou televizi, která "
                    "bude ve volební noci vysílat průběžné výsledky za obec i kraj. Žádáme "
                    "proto o přístup k datům ve formátu XML.",
                    {
                        "rows": [
                            ["Síť serveru", "198.18.44.16, maska 255.255.255.252"],
                            ["Testovací prostředí", "nemáme"],
                            [
                                "Kontakt",
                                "Radek Vondrák, správce IT, 731 552 908, "
                                "vondrak@hradek-nad-sazavou.example",
                            ],
                        ],
                        "widths": [130, 300],
                    },
                    "Natáčení na pracovištích ČSÚ nepožadujeme.",
                    "Ing. Jaroslava Pokorná\nstarostka",
                ],
            )
        ],
    },
    {
        "id": "bh008-contractor-forwards-eml",
        "description": "an IT contractor forwards the medium's application as an attached "
        ".eml; the medium names the contractor's technician as the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Rádio Brod s.r.o.",
            I8,
            None,
            ["203.0.113.90", "203.0.113.91"],
            ["203.0.113.99"],
            "Jiří Pech",
            "pech@netvia.example",
            "+420603281774",
        ),
        "from": "Jiří Pech <pech@netvia.example>",
        "subject": "Fwd: žádost o XML přístup – Rádio Brod",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "jsme dodavatel IT pro Rádio Brod, přeposílám jejich žádost v příloze (původně "
            "šla na špatnou adresu). Servery spravujeme my, takže technické věci klidně "
            "rovnou se mnou.\n\n"
            "Jiří Pech\nNetVia solutions s.r.o.\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost_Radio_Brod.eml",
                {
                    "id": "bh008-inner",
                    "from": "Monika Šustrová <sustrova@radiobrod.example>",
                    "to": "info@statistika.example",
                    "subject": "žádost o XML přístup – Rádio Brod",
                    "body": (
                        "Dobrý den,\n\n"
                        "Rádio Brod s.r.o., IČO " + I8 + ", Havlíčkova 212, Havlíčkův Brod, "
                        "žádá o přístup k výsledkům voleb ve formátu XML pro naše zpravodajství "
                        "a web.\n\n"
                        "Produkce: 203.0.113.90 a 203.0.113.91\n"
                        "Test: 203.0.113.99\n\n"
                        "Kontaktní osobou je náš dodavatel IT, pan Jiří Pech (NetVia "
                        "solutions), pech@netvia.example, tel. 603 281 774.\n\n"
                        "S pozdravem\nMonika Šustrová\nředitelka stanice\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "bh009-french-agency-html-ipv6",
        "description": "French picture agency writes in French as HTML only; IPv6 and IPv4 "
        "production, an IPv6 test address; phone with (0)",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agence Rhône Images SARL",
            None,
            None,
            ["2001:db8:c0fe::15", "203.0.113.150"],
            ["2001:db8:c0fe::99"],
            "Élodie Marchand",
            "e.marchand@rhone-images.example",
            "+33478621905",
        ),
        "from": "Élodie Marchand <e.marchand@rhone-images.example>",
        "subject": "Demande d'accès aux résultats électoraux (flux XML)",
        "headers": ROUNDCUBE,
        "html": (
            "<html><body><p>Madame, Monsieur,</p>"
            "<p>L'<b>Agence Rhône Images SARL</b> (Lyon) souhaite accéder au flux XML des "
            "résultats des élections législatives tchèques afin d'alimenter nos infographies "
            "en direct.</p>"
            "<p>Adresses de production&nbsp;:<br>2001:db8:c0fe::15<br>203.0.113.150</p>"
            "<p>Adresse de test&nbsp;: 2001:db8:c0fe::99</p>"
            "<p>Nous n'avons pas besoin d'autorisation de tournage.</p>"
            "<p>Interlocutrice&nbsp;: Élodie Marchand, responsable technique, "
            "+33 (0)4 78 62 19 05</p>"
            "<p>Veuillez agréer, Madame, Monsieur, nos salutations distinguées.</p>"
            "<p>Élodie Marchand<br>Agence Rhône Images</p></body></html>"
        ),
    },
    {
        "id": "bh010-reply-moved-server-cp1250",
        "description": "reply in windows-1250 with quoted history: the server moved, the "
        "old production address is no longer valid and the new one replaces it",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Deník Šumava Plus a.s.",
            I10,
            None,
            ["198.51.100.146"],
            ["198.51.100.147"],
            "Kateřina Bláhová",
            "blahova@sumavaplus.example",
            "+420602417338",
        ),
        "from": "Kateřina Bláhová <blahova@sumavaplus.example>",
        "subject": "RE: Deník Šumava Plus - přístup k XML",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "ještě změna: server jsme minulý týden přestěhovali k jinému poskytovateli, "
            "takže adresa 198.51.100.140 už neplatí. Nová produkční je 198.51.100.146, "
            "testovací zůstává 198.51.100.147. Ostatní beze změny.\n\n"
            "Děkuji\n"
            "Kateřina Bláhová\n"
            "Deník Šumava Plus a.s. | vývoj webu\n"
            "602 417 338\n\n"
            "-----Original Message-----\n"
            "From: Kateřina Bláhová\n"
            "Sent: Monday, September 8, 2025 9:14 AM\n"
            "Subject: Deník Šumava Plus - přístup k XML\n\n"
            "Dobrý den,\n"
            "za Deník Šumava Plus a.s., IČO " + I10 + ", žádám o přístup k výsledkům voleb "
            "v XML.\n"
            "produkce: 198.51.100.140\n"
            "test: 198.51.100.147\n"
            "Kontakt: Kateřina Bláhová, 602 417 338\n"
            "Děkuji, K. Bláhová\n"
        ),
    },
    {
        "id": "bh011-spanish-withdraws-filming",
        "description": "Spanish TV in Spanish asks for both, then a postscript withdraws the "
        "filming request; two-surname contact; 8bit body",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Ibérica Noticias Televisión S.L.",
            None,
            None,
            ["198.19.7.30", "198.19.7.31"],
            ["198.19.7.40"],
            "Javier Ortega Ruiz",
            "jortega@ibericanoticias.example",
            "+34915482763",
        ),
        "from": "Javier Ortega Ruiz <jortega@ibericanoticias.example>",
        "subject": "Solicitud de acceso a resultados electorales y permiso de grabación",
        "headers": GMAIL,
        "cte": "8bit",
        "body": (
            "Estimados señores:\n\n"
            "Ibérica Noticias Televisión S.L., con sede en Madrid, solicita:\n\n"
            "a) acceso al servidor de resultados en formato XML para las elecciones a la "
            "Cámara de Diputados;\n"
            "b) permiso para grabar imágenes en su sede de Praga durante la noche "
            "electoral.\n\n"
            "Direcciones IP de producción: 198.19.7.30 y 198.19.7.31\n"
            "Dirección IP de pruebas: 198.19.7.40\n\n"
            "Persona de contacto: Javier Ortega Ruiz, jefe de sistemas, tel. "
            "+34 915 48 27 63\n\n"
            "Atentamente,\n"
            "Javier Ortega Ruiz\n\n"
            "P.D.: Acabo de saber que nuestro equipo no viajará finalmente a Praga, así que "
            "retiramos la solicitud del punto b). El acceso XML sigue en pie.\n"
        ),
    },
    {
        "id": "bh012-regional-tv-databox-docx-slash31",
        "description": "regional TV's data message: the DOCX form writes production as a "
        "/31 block (two addresses) and declines filming because a partner TV films",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Regionální televize Polabí s.r.o.",
            I12,
            "p7rt4lb",
            ["198.51.100.200", "198.51.100.201"],
            ["198.51.100.210"],
            "Ondřej Klapka",
            "klapka@rtpolabi.example",
            "+420725600418",
        ),
        "databox": box(
            "p7rt4lb",
            "Regionální televize Polabí s.r.o.",
            "Palackého 55, 288 02 Nymburk",
        ),
        "subject": "RTP - žádost média",
        "attachments": [
            (
                "docx",
                "RTP_zadost_media_2025.docx",
                {
                    "header": "Regionální televize Polabí s.r.o. | Palackého 55, Nymburk",
                    "footer": "IČO " + I12 + " | DS p7rt4lb | www.rtpolabi.example",
                    "blocks": [
                        "Žádost média o spolupráci při volbách do Poslanecké sněmovny",
                        {
                            "rows": [
                                ["Požadujeme", "ano / ne"],
                                ["přístup k výsledkům (XML)", "ano"],
                                ["natáčení na pracovišti ČSÚ", "ne – natáčí partnerská TV"],
                            ]
                        },
                        {
                            "rows": [
                                ["Žadatel", "Regionální televize Polabí s.r.o."],
                                ["IČO", I12],
                                ["IP produkce", "198.51.100.200/31"],
                                ["IP test", "198.51.100.210"],
                                ["Kontaktní osoba", "Klapka Ondřej"],
                                ["Telefon", "+420 725 600 418"],
                                ["E-mail", "klapka@rtpolabi.example"],
                            ]
                        },
                        "V Nymburce 4. 9. 2025, Mgr. Vladimíra Čechová, jednatelka",
                    ],
                },
            )
        ],
    },
    {
        "id": "bh013-italian-english-conditional",
        "description": "Italian network mixes Italian and English and asks for the feed "
        "only on condition it is free of charge; still a request",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Rete Alpina Informazione S.r.l.",
            None,
            None,
            ["203.0.113.61"],
            ["203.0.113.62"],
            "Chiara Bellandi",
            "c.bellandi@retealpina.example",
            "+390287245531",
        ),
        "from": "Chiara Bellandi <c.bellandi@retealpina.example>",
        "subject": "Richiesta accesso XML / request for XML access",
        "headers": SAMSUNG,
        "body": (
            "Buongiorno,\n\n"
            "sono Chiara Bellandi, responsabile dei sistemi di Rete Alpina Informazione "
            "S.r.l. (Milano).\n\n"
            "Sorry, I continue in English for clarity: provided that the XML results service "
            "is free of charge for foreign media, we would like to request access for the "
            "Czech parliamentary election. If it is a paid service, please let me know "
            "before registering us.\n\n"
            "Production server: 203.0.113.61\n"
            "Test server: 203.0.113.62\n\n"
            "No filming is planned.\n\n"
            "Grazie e cordiali saluti,\n"
            "Chiara Bellandi\n"
            "+39 02 8724 5531\n"
        ),
    },
    {
        "id": "bh014-contractor-nat-internal-host",
        "description": "an IT contractor writes for a community radio: an internal host "
        "behind NAT is named beside its public address; two IČOs, the radio's counts; a "
        "temporary test machine",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Rádio Kopec, z.s.",
            I14,
            None,
            ["198.18.90.3"],
            ["198.18.90.4"],
            "Petra Doušová",
            "dousova@bitlab.example",
            "+420608334490",
        ),
        "from": "Petra Doušová <dousova@bitlab.example>",
        "subject": "Rádio Kopec – žádost o přístup k volebním výsledkům",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "píši jménem našeho zákazníka, spolku Rádio Kopec, z.s., IČO " + I14 + ", "
            "který provozuje internetové rádio ve Vysokém Mýtě a chce ve volební noci "
            "vysílat výsledky. Rádio tímto žádá o přístup k XML datům; plnou moc od "
            "předsedy spolku přikládám na vyžádání.\n\n"
            "Technicky: aplikace poběží na interním serveru 10.20.0.15, ven ale komunikuje "
            "přes NAT z veřejné adresy 198.18.90.3 – tu prosím zaregistrujte jako "
            "produkční. Pro testování jsme dočasně vyčlenili virtuál s adresou 198.18.90.4.\n\n"
            "Kontaktní osobou jsem já.\n\n"
            "S pozdravem\n"
            "Petra Doušová\n"
            "BitLab s.r.o., IČO " + I14X + "\n"
            "dousova@bitlab.example, +420 608 33 44 90\n"
        ),
    },
]
