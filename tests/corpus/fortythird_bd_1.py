"""Forty-third held-out part ``bd``, cases bd001–bd014: a German broadcaster's long letter with
a CIDR block, a terse Polish note, a Slovak TV that drops its filming request, a Hungarian daily
half in English with IPv6, a freelance photographer, a university institute's data message with
a netmask, a town's TV, a French agency's "respectivement", an IT contractor writing for a
daily, a Spanish outlet saving the feed for a later election, an Italian TV's ODT, a Dutch site
with a replaced IPv6 address, a Swedish radio's range and a forwarded .eml with an internal
host. Written by hand apart from the extraction rules (see make_fortythird_bd); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortythird_bd_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I3, I5, I6, I7 = ico("3641807"), ico("7301562"), ico("0047296"), ico("0027541")
I9, I9X, I14 = ico("2840317"), ico("0613958"), ico("2695104")

CASES: list[dict[str, Any]] = [
    {
        "id": "bd001-german-broadcaster-letter-cidr",
        "description": "long formal German letter; production as a /30 block (four addresses), "
        "a Handelsregister number that is no IČO, a doctor's title before the contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Mitteldeutsche Rundfunkwerkstatt GmbH",
            None,
            None,
            ["198.51.100.32", "198.51.100.33", "198.51.100.34", "198.51.100.35"],
            ["198.51.100.40"],
            "Henrike Vossberg",
            "h.vossberg@mdrw.example",
            "+4934155672190",
        ),
        "from": "Dr. Henrike Vossberg <h.vossberg@mdrw.example>",
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML) und Drehgenehmigung",
        "headers": OUTLOOK,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Mitteldeutsche Rundfunkwerkstatt GmbH berichtet seit 2017 regelmäßig über "
            "Wahlen in unseren Nachbarländern. Für die Wahlen zum Abgeordnetenhaus im Oktober "
            "möchten wir Sie daher um zwei Dinge bitten:\n\n"
            "1. Zugang zu dem Server, auf dem das Tschechische Statistikamt die vorläufigen "
            "Ergebnisse im XML-Format veröffentlicht. Unsere Grafikredaktion bindet die Daten "
            "direkt in die Live-Berichterstattung ein.\n"
            "2. Die Genehmigung, am Wahlabend in der Prager Zentrale Bild- und Tonaufnahmen "
            "anzufertigen (Team aus Reporterin, Kameramann und Tontechniker, Ankunft ca. "
            "13:30 Uhr).\n\n"
            "Technische Angaben:\n"
            "Produktivsystem: Netzbereich 198.51.100.32/30 (Ausspielserver in Leipzig)\n"
            "Testsystem: 198.51.100.40\n\n"
            "Für Rückfragen stehe ich Ihnen als Ansprechpartnerin gern zur Verfügung, am "
            "besten telefonisch unter +49 341 5567 2190. Die Akkreditierungsunterlagen des "
            "Teams reiche ich nach, sobald die Besetzung feststeht.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Dr. Henrike Vossberg\n"
            "Leiterin Datenredaktion\n"
            "Mitteldeutsche Rundfunkwerkstatt GmbH\n"
            "Querstraße 14, 04103 Leipzig, Deutschland\n"
            "Amtsgericht Leipzig HRB 28841 · USt-IdNr. DE 318 445 902\n"
            "Geschäftsführer: Matthias Ebeling\n"
        ),
    },
    {
        "id": "bd002-polish-terse-no-test",
        "description": "three-line Polish note in ISO-8859-2, format=flowed; 'testowe: brak' so "
        "no test address, a NIP that is no IČO",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Agencja Informacyjna Odra sp. z o.o.",
            None,
            None,
            ["203.0.113.70", "203.0.113.71"],
            [],
            "Katarzyna Zielonka",
            "k.zielonka@aiodra.example",
            "+48601223418",
        ),
        "from": "Katarzyna Zielonka <k.zielonka@aiodra.example>",
        "subject": "dostęp XML - wybory",
        "headers": GMAIL,
        "charset": "iso-8859-2",
        "flowed": True,
        "body": (
            "Dzień dobry,\n"
            "prosimy o dostęp do wyników wyborów w XML dla Agencja Informacyjna Odra "
            "sp. z o.o. (NIP 7492218035).\n"
            "IP produkcyjne: 203.0.113.70, 203.0.113.71; testowe: brak.\n"
            "Pozdrawiam, Katarzyna Zielonka, tel. +48 601 223 418\n"
        ),
    },
    {
        "id": "bd003-slovak-tv-withdraws-filming",
        "description": "Slovak regional TV asks for both, then a P.S. cancels the filming; "
        "production as a written range 'až', windows-1250 8bit",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Televízia Záhorie, s.r.o.",
            I3,
            None,
            ["192.0.2.100", "192.0.2.101", "192.0.2.102"],
            ["192.0.2.110"],
            "Zuzana Hrubovčáková",
            "hrubovcakova@tvzahorie.example",
            "+421905318442",
        ),
        "from": "Zuzana Hrubovčáková <hrubovcakova@tvzahorie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb + natáčanie",
        "headers": TBIRD,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": (
            "Dobrý deň,\n\n"
            "Televízia Záhorie, s.r.o., IČO "
            f"{I3}, so sídlom Námestie slobody 6, 901 01 Malacky, žiada o:\n"
            "- prístup k XML výsledkom volieb do Poslaneckej snemovne,\n"
            "- povolenie natáčať v priestoroch krajského pracoviska ČSÚ v Brne vo volebnú noc.\n\n"
            "Produkčné IP adresy: 192.0.2.100 až 192.0.2.102\n"
            "Testovacia IP: 192.0.2.110\n\n"
            "Kontaktná osoba: Mgr. Zuzana Hrubovčáková, +421 905 318 442\n\n"
            "S pozdravom\nZuzana Hrubovčáková\nvedúca spravodajstva\n\n"
            "P.S. Práve mi kolega oznámil, že kameraman v ten deň nebude k dispozícii, takže "
            "natáčanie rušíme – žiadame teda len o prístup k XML. Ďakujem za pochopenie.\n"
        ),
    },
    {
        "id": "bd004-hungarian-daily-english-ipv6",
        "description": "Hungarian greeting and signature around English technical lines, IPv6 "
        "production and IPv4 test, contact in Hungarian order, a tax number that is no IČO; "
        "base64",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Dunamenti Hírlap Kft.",
            None,
            None,
            ["2001:db8:4a1::10", "2001:db8:4a1::11"],
            ["198.51.100.150"],
            "Halász Bence",
            "halasz.bence@dunamentihirlap.example",
            "+36304127785",
        ),
        "from": "Halász Bence <halasz.bence@dunamentihirlap.example>",
        "subject": "Request for election results XML access / Dunamenti Hírlap",
        "headers": APPLE,
        "cte": "base64",
        "body": (
            "Tisztelt Hölgyem/Uram!\n\n"
            "Sorry, my Czech is not good enough, so I continue in English.\n\n"
            "Dunamenti Hírlap Kft. (Győr, Hungary, adószám: 23817406-2-08) would like to "
            "receive access to the XML results server for the Czech parliamentary election. "
            "We run a live map for our readers in the border region.\n\n"
            "Our servers are IPv6 only on the production side:\n"
            "  production: 2001:db8:4a1::10 and 2001:db8:4a1::11\n"
            "  test (office network, IPv4): 198.51.100.150\n\n"
            "Contact: Halász Bence (online editor), +36 30 412 7785\n\n"
            "Köszönettel / Thank you,\n"
            "Halász Bence\nDunamenti Hírlap Kft.\nBaross Gábor út 21, 9021 Győr\n"
        ),
    },
    {
        "id": "bd005-freelance-photographer-filming-only",
        "description": "freelance photographer writing from her phone, photos only, says she "
        "does not need the XML; her own name is the applicant, IČO of her trade",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Tereza Vaňková",
            I5,
            None,
            [],
            [],
            "Tereza Vaňková",
            "tereza.vankova@fotovankova.example",
            "+420736155402",
        ),
        "from": "Tereza Vaňková <tereza.vankova@fotovankova.example>",
        "subject": "foto ve volební noc",
        "headers": IPHONE,
        "body": (
            "Dobrý den, jsem fotografka na volné noze (IČO {ico}) a ráda bych v sobotu "
            "fotila na krajském pracovišti v Plzni průběh zpracování výsledků, pro ČTK a "
            "Plzeňský týden. Přístup k XML nepotřebuji.\n"
            "Děkuji, Tereza Vaňková\n736 155 402\n\n"
            "Odesláno z iPhonu\n"
        ).replace("{ico}", I5),
    },
    {
        "id": "bd006-university-institute-databox-netmask",
        "description": "data message from a public university, the PDF written by one of its "
        "institutes; production as an address with a netmask (four addresses)",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Západomoravská univerzita v Třebíči, veřejná vysoká škola",
            I6,
            "zm4u8vq",
            ["198.18.20.4", "198.18.20.5", "198.18.20.6", "198.18.20.7"],
            ["198.18.20.12"],
            "Radim Kocourek",
            "radim.kocourek@zmu.example",
            "+420568441207",
        ),
        "subject": "Žádost o přístup k výsledkům voleb – Ústav politologie FF ZMU",
        "databox": box(
            "zm4u8vq",
            "Západomoravská univerzita v Třebíči",
            "Masarykovo náměstí 1120/3, 674 01 Třebíč",
            kind=10,
        ),
        "attachments": [
            (
                "pdf",
                "ZMU_FF_UP_zadost_XML.pdf",
                [
                    "Západomoravská univerzita v Třebíči, veřejná vysoká škola\n"
                    "Filozofická fakulta – Ústav politologie\n"
                    f"Masarykovo náměstí 1120/3, 674 01 Třebíč, IČO {I6}",
                    "Český statistický úřad\nodbor volební\nNa padesátém 81, 100 82 Praha 10",
                    "Věc: Žádost o zpřístupnění výsledků voleb ve formátu XML",
                    "Ústav politologie připravuje ve volební noc analytické studio pro "
                    "studenty a regionální média, ve kterém chceme průběžně modelovat výsledky. "
                    "Žádáme proto o přístup na server s výsledky ve formátu XML. Natáčet na "
                    "pracovištích ČSÚ nebudeme.",
                    {
                        "rows": [
                            ["Účel", "Adresa", "Poznámka"],
                            ["ostrý provoz", "198.18.20.4 / 255.255.255.252", "výpočetní cluster"],
                            ["test", "198.18.20.12", "pracovní stanice ústavu"],
                        ],
                        "widths": [90, 170, 160],
                    },
                    "Kontaktní osoba: doc. Ing. Radim Kocourek, Ph.D., tel. 568 441 207, "
                    "radim.kocourek@zmu.example",
                    "V Třebíči dne 15. září 2025\n\nprof. PhDr. Ivana Šťastná, CSc.\n"
                    "děkanka Filozofické fakulty",
                ],
            )
        ],
    },
    {
        "id": "bd007-town-tv-html-backup-server",
        "description": "a town applies for its municipal TV in an HTML-only letter signed by "
        "the mayor; the IT clerk is the contact; a backup server counts as production",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Město Horní Lhotice",
            I7,
            None,
            ["192.0.2.200", "192.0.2.201"],
            ["192.0.2.210"],
            "Marek Šindelář",
            "sindelar@hornilhotice.example",
            "+420724118903",
        ),
        "from": "Podatelna Města Horní Lhotice <podatelna@hornilhotice.example>",
        "subject": "Žádost města Horní Lhotice – výsledky voleb a natáčení (Lhotická televize)",
        "headers": ZIMBRA,
        "html": (
            '<html><body style="font-family:Arial">'
            "<p><b>MĚSTO HORNÍ LHOTICE</b><br>Městský úřad, náměstí Míru 1, 592 31 Horní "
            f"Lhotice<br>IČO: {I7}</p>"
            "<p>Č. j.: MHL/4418/2025<br>Vyřizuje: Bc. Marek Šindelář</p>"
            "<p>Vážení,</p>"
            "<p>Město Horní Lhotice provozuje kabelové vysílání <i>Lhotická televize</i>, "
            "které ve volební noc přináší výsledky z obcí regionu. Žádáme tímto o:</p>"
            "<ol><li>přístup k výsledkům voleb ve formátu XML,</li>"
            "<li>povolení natáčet krátkou reportáž na krajském pracovišti ČSÚ v Jihlavě.</li>"
            "</ol>"
            "<p>Naše veřejné adresy: 192.0.2.200 (hlavní server) a 192.0.2.201 (záložní "
            "server). Pro test prosíme 192.0.2.210.</p>"
            "<p>Kontaktní osobou je správce IT Bc. Marek Šindelář, mobil 724 118 903, "
            "e-mail sindelar@hornilhotice.example.</p>"
            "<p>S pozdravem</p>"
            "<p>Ing. Alena Pospíchalová<br>starostka města</p>"
            "</body></html>"
        ),
    },
    {
        "id": "bd008-french-agency-respectivement",
        "description": "French agency gives two addresses 'respectivement' for production and "
        "tests; a SIREN that is no IČO, a hyphenated surname",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agence Rhône-Danube Presse SAS",
            None,
            None,
            ["203.0.113.18"],
            ["203.0.113.19"],
            "Camille Fournier-Lacaze",
            "c.fournier-lacaze@ardpresse.example",
            "+33472185590",
        ),
        "from": "Camille Fournier-Lacaze <c.fournier-lacaze@ardpresse.example>",
        "subject": "Demande d'accès au flux XML des résultats électoraux",
        "headers": ROUNDCUBE,
        "body": (
            "Bonjour,\n\n"
            "L'Agence Rhône-Danube Presse SAS (SIREN 482 117 903, Lyon) souhaite obtenir un "
            "accès au serveur des résultats des élections législatives tchèques au format "
            "XML, pour alimenter nos dépêches et nos infographies.\n\n"
            "Nos adresses IP sont 203.0.113.18 et 203.0.113.19, respectivement pour la "
            "production et pour les tests.\n\n"
            "Nous ne demandons pas d'autorisation de tournage.\n\n"
            "Personne à contacter : Camille Fournier-Lacaze, rédactrice en chef adjointe, "
            "+33 4 72 18 55 90.\n\n"
            "Bien cordialement,\n"
            "Camille Fournier-Lacaze\n"
        ),
    },
    {
        "id": "bd009-it-contractor-for-regional-daily",
        "description": "an IT contractor writes for its client, the regional daily that "
        "applies; both companies' IČOs in the mail, the contractor's technician is the contact; "
        "production as a /31",
        "style": Style.BEHALF,
        "labels": L(
            [FEED],
            "Vysočinský deník s.r.o.",
            I9,
            None,
            ["198.51.100.64", "198.51.100.65"],
            ["198.51.100.70"],
            "Jakub Brabenec",
            "brabenec@nethradby.example",
            "+420605772310",
        ),
        "from": "Jakub Brabenec <brabenec@nethradby.example>",
        "subject": "Přístup k XML výsledkům voleb pro Vysočinský deník",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\n"
            "jménem našeho klienta, společnosti Vysočinský deník s.r.o., IČO "
            f"{I9}, žádáme o zřízení přístupu k výsledkům voleb ve formátu XML. "
            "Servery deníku provozujeme v našem datacentru v Jihlavě.\n\n"
            "Produkce: 198.51.100.64/31\n"
            "Test: 198.51.100.70\n\n"
            "Kontaktní osobou pro tuto žádost jsem já (technické i organizační věci), "
            "pověření od deníku v případě potřeby doložím.\n\n"
            "S pozdravem\n"
            "Jakub Brabenec\n"
            "síťový specialista\n"
            f"NetHradby s.r.o., IČO {I9X}\n"
            "Brněnská 2211/40, 586 01 Jihlava\n"
            "tel. 605 772 310\n"
        ),
    },
    {
        "id": "bd010-spanish-feed-for-later-election",
        "description": "Spanish outlet in Spanish with English lines, asks to film now and says "
        "the XML feed will be requested for a later election; multipart/alternative",
        "style": Style.MIXED,
        "labels": L(
            [FILM],
            "Diario Ibérico Central S.L.",
            None,
            None,
            [],
            [],
            "María José Ortega Beltrán",
            "mj.ortega@diarioiberico.example",
            "+34612448903",
        ),
        "from": "María José Ortega Beltrán <mj.ortega@diarioiberico.example>",
        "subject": "Solicitud de permiso de grabación / filming permit request",
        "headers": GMAIL,
        "body": (
            "Estimados señores:\n\n"
            "Diario Ibérico Central S.L. (Madrid) enviará a Praga un equipo de dos personas "
            "para cubrir las elecciones legislativas. Solicitamos permiso para grabar vídeo "
            "en la sede central de la Oficina de Estadística la noche electoral.\n\n"
            "In English, to be sure: we only ask for the filming permit this time. We do NOT "
            "request the XML results feed now; we will apply for it before the presidential "
            "election next year, when we plan our own live graphics.\n\n"
            "Contacto: María José Ortega Beltrán, +34 612 448 903\n\n"
            "Un saludo cordial,\n"
            "María José Ortega Beltrán\nCorresponsal, Europa Central\n"
        ),
        "html": (
            '<div dir="ltr"><p>Estimados señores:</p>'
            "<p>Diario Ibérico Central S.L. (Madrid) enviará a Praga un equipo de dos personas "
            "para cubrir las elecciones legislativas. Solicitamos permiso para grabar vídeo "
            "en la sede central de la Oficina de Estadística la noche electoral.</p>"
            "<p>In English, to be sure: we only ask for the filming permit this time. We do "
            "<b>NOT</b> request the XML results feed now; we will apply for it before the "
            "presidential election next year, when we plan our own live graphics.</p>"
            "<p>Contacto: María José Ortega Beltrán, +34 612 448 903</p>"
            "<p>Un saludo cordial,<br>María José Ortega Beltrán<br>Corresponsal, Europa "
            "Central</p></div>"
        ),
    },
    {
        "id": "bd011-italian-tv-odt-shorthand",
        "description": "English two-line cover, the Italian application in an ODT; production "
        "written as 192.0.2.40/41/42 (three addresses), a partita IVA that is no IČO",
        "style": Style.COVER,
        "labels": L(
            [FEED, FILM],
            "Tele Alpi Orientali S.r.l.",
            None,
            None,
            ["192.0.2.40", "192.0.2.41", "192.0.2.42"],
            ["192.0.2.49"],
            "Giulia Benedetti Roncato",
            "g.benedetti@telealpi.example",
            "+390432518770",
        ),
        "from": "Giulia Benedetti Roncato <g.benedetti@telealpi.example>",
        "subject": "Application - election results + filming (Tele Alpi Orientali)",
        "headers": K9,
        "body": (
            "Good morning,\nplease find attached our application (in Italian, hope that is "
            "ok). Thank you!\n\nGiulia Benedetti Roncato\nTele Alpi Orientali\n"
        ),
        "attachments": [
            (
                "odt",
                "richiesta_CSU_TAO.odt",
                [
                    "TELE ALPI ORIENTALI S.r.l.",
                    "Via Mercatovecchio 27, 33100 Udine – P. IVA 02871430309",
                    "Spettabile Ufficio Statistico Ceco,",
                    "con la presente Tele Alpi Orientali S.r.l. chiede:",
                    "a) l'accesso al server con i risultati elettorali in formato XML;",
                    "b) il permesso di effettuare riprese video presso la sede centrale di "
                    "Praga durante lo spoglio.",
                    [
                        ["Indirizzi IP", ""],
                        ["produzione", "192.0.2.40/41/42"],
                        ["test", "192.0.2.49"],
                    ],
                    "Referente: Giulia Benedetti Roncato, tel. +39 0432 518770, "
                    "g.benedetti@telealpi.example",
                    "Udine, 18 settembre 2025",
                    "Distinti saluti\nIl direttore, Paolo Zanier",
                ],
            )
        ],
    },
    {
        "id": "bd012-dutch-site-replaced-ipv6",
        "description": "Dutch news site: two IPv6 production addresses, the old one written "
        "as replaced ('vervangen'), an 8-digit KvK number that fails the IČO checksum",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nieuwsbureau Lage Landen B.V.",
            None,
            None,
            ["2001:db8:77::15", "2001:db8:77::16"],
            ["203.0.113.220"],
            "Sanne de Vries-Bakker",
            "sanne@lagelanden.example",
            "+31207941182",
        ),
        "from": "Sanne de Vries-Bakker <sanne@lagelanden.example>",
        "subject": "Aanvraag toegang verkiezingsuitslagen (XML)",
        "headers": EVOLUTION,
        "body": (
            "Geachte heer/mevrouw,\n\n"
            "Nieuwsbureau Lage Landen B.V. (KvK 71840263, Amsterdam) vraagt toegang tot de "
            "XML-server met de uitslagen van de Tsjechische parlementsverkiezingen.\n\n"
            "Productie:\n"
            "  2001:db8:77::15\n"
            "  2001:db8:77::16\n"
            "(deze vervangen ons oude adres 2001:db8:76::9, dat niet meer in gebruik is)\n"
            "Test: 203.0.113.220\n\n"
            "Een draaivergunning hebben we niet nodig.\n\n"
            "Contactpersoon: Sanne de Vries-Bakker, +31 20 794 1182\n\n"
            "Met vriendelijke groet,\nSanne de Vries-Bakker\nhoofd data & graphics\n"
        ),
    },
    {
        "id": "bd013-swedish-radio-range-test-from-prod",
        "description": "Swedish radio in Swedish: production as a written range of four, tests "
        "from the production addresses (no test address), both requests",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Radio Kattegatt AB",
            None,
            None,
            ["198.51.100.180", "198.51.100.181", "198.51.100.182", "198.51.100.183"],
            [],
            "Johan Lindqvist",
            "johan.lindqvist@radiokattegatt.example",
            "+46317042218",
        ),
        "from": "Johan Lindqvist <johan.lindqvist@radiokattegatt.example>",
        "subject": "Ansökan: XML-resultat och inspelningstillstånd",
        "headers": APPLE,
        "body": (
            "Hej,\n\n"
            "Radio Kattegatt AB ansöker om tillgång till valresultaten i XML-format samt om "
            "tillstånd att spela in ljud och bild på statistikbyråns huvudkontor i Prag under "
            "valnatten (en reporter och en fotograf).\n\n"
            "Produktion: 198.51.100.180–198.51.100.183\n"
            "Test: vi testar från samma adresser som produktion.\n\n"
            "Kontaktperson: Johan Lindqvist, tel. +46 31 704 22 18\n\n"
            "Med vänliga hälsningar\nJohan Lindqvist\nnyhetschef, Radio Kattegatt\nGöteborg\n"
        ),
    },
    {
        "id": "bd014-forwarded-eml-internal-host",
        "description": "secretary forwards the technician's application as an attached .eml; "
        "an internal 10.x host behind NAT is not an applicant address",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Regionální televize Podřipsko s.r.o.",
            I14,
            None,
            ["203.0.113.90"],
            ["203.0.113.91"],
            "Filip Hoznauer",
            "hoznauer@rtpodripsko.example",
            "+420416733208",
        ),
        "from": "Sekretariát RTP <sekretariat@rtpodripsko.example>",
        "subject": "Fwd: žádost RT Podřipsko – volby",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nkolega Hoznauer to omylem poslal jen nám, posílám jeho žádost v "
            "příloze. Děkuji.\n\nIvana Malá\nsekretariát ředitele\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost_RTP.eml",
                {
                    "id": "bd014-inner",
                    "from": "Filip Hoznauer <hoznauer@rtpodripsko.example>",
                    "to": "sekretariat@rtpodripsko.example",
                    "subject": "žádost RT Podřipsko – volby",
                    "headers": OUTLOOK,
                    "body": (
                        "Dobrý den,\n\n"
                        "Regionální televize Podřipsko s.r.o., IČO "
                        f"{I14}, žádá o přístup k výsledkům voleb (XML) a o povolení natáčet "
                        "na krajském pracovišti v Ústí nad Labem.\n\n"
                        "Grafický server máme ve vnitřní síti na 10.0.0.5, ven jde přes NAT "
                        "z veřejné adresy 203.0.113.90 – tu prosím povolte. Testovat budeme "
                        "z 203.0.113.91.\n\n"
                        "Kontakt: Filip Hoznauer, 416 733 208\n\n"
                        "Filip Hoznauer\ntechnik vysílání\n"
                    ),
                },
            )
        ],
    },
]
