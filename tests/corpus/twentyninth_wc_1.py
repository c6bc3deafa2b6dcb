"""Twentyninth held-out part ``wc``, cases wc001–wc014: a German radio writing German with a
range, a Polish daily in ISO-8859-2 with a CIDR block, a Slovak freelancer who only films, a
Hungarian HTML table, a French note with "respectivement", a Spanish correspondent who leaves
the feed for a later election, a Swedish netmask, a university faculty's DOCX letter, a town's
data message with an internal host, an IT contractor writing for a daily, a terse note, a
withdrawn filming request, an agency's HTML table and a forward of IT's mail. Written by hand
apart from the extraction rules (see make_twentyninth_wc); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyninth_wc_common import (
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
    SAMSUNG,
    TBIRD,
    L,
    Style,
    ico,
)

I3, I8, I9, I10 = ico("4718230"), ico("7104596"), ico("0284731"), ico("0716352")
I10C, I11, I12, I13, I14 = (
    ico("2864019"),
    ico("2539071"),
    ico("4310628"),
    ico("2650184"),
    ico("0937215"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "wc001-german-radio-range-bis",
        "description": "German regional radio writes German; production as a range 'bis', "
        "the contact is the technician, not the assistant who sends; a VAT number",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Oberpfalz Welle Rundfunk GmbH",
            None,
            None,
            ["198.51.100.20", "198.51.100.21", "198.51.100.22"],
            ["198.51.100.30"],
            "Markus Degenhart",
            "m.degenhart@oberpfalzwelle.example",
            "+499614729031",
        ),
        "from": "Sabine Lorenz <redaktion@oberpfalzwelle.example>",
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML) – Oberpfalz Welle",
        "headers": TBIRD,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "wir berichten als grenznaher Regionalsender auch über die Wahlen in Tschechien "
            "und möchten hiermit den Zugang zu Ihrem Server mit den Wahlergebnissen im "
            "XML-Format beantragen.\n\n"
            "Antragsteller: Oberpfalz Welle Rundfunk GmbH, Regensburger Str. 14, 92637 Weiden\n"
            "USt-IdNr.: DE 318 442 907, Amtsgericht Weiden HRB 4127\n\n"
            "Produktivsysteme: 198.51.100.20 bis 198.51.100.22\n"
            "Testsystem: 198.51.100.30\n\n"
            "Ansprechpartner für alle technischen Fragen ist unser Leiter Technik, "
            "Herr Markus Degenhart, Tel. +49 961 4729031, "
            "E-Mail m.degenhart@oberpfalzwelle.example.\n\n"
            "Dreharbeiten in Ihren Räumen planen wir nicht.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "i. A. Sabine Lorenz\nRedaktionsassistenz\n"
            "Oberpfalz Welle – Radio für die nördliche Oberpfalz\n"
            "Tel. +49 961 4729000 (Zentrale)\n"
        ),
    },
    {
        "id": "wc002-polish-daily-cidr-latin2",
        "description": "Polish daily in ISO-8859-2: a /30 block for production, an IPv6 test "
        "address, NIP and KRS numbers that are not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Wydawnictwo Gazeta Beskidzka Sp. z o.o.",
            None,
            None,
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
            ["2001:db8:48::10"],
            "Łukasz Wierzbicki",
            "l.wierzbicki@gazetabeskidzka.example",
            "+48338125540",
        ),
        "from": "Łukasz Wierzbicki <l.wierzbicki@gazetabeskidzka.example>",
        "subject": "Wniosek o dostęp do wyników wyborów w formacie XML",
        "headers": GMAIL,
        "charset": "iso-8859-2",
        "body": (
            "Szanowni Państwo,\n\n"
            "nasza gazeta (wydanie papierowe i portal gazetabeskidzka.example) relacjonuje "
            "wybory w Czechach dla czytelników z pogranicza. Zwracamy się z prośbą o dostęp "
            "do serwera z wynikami wyborów w formacie XML.\n\n"
            "Wnioskodawca: Wydawnictwo Gazeta Beskidzka Sp. z o.o., ul. Wałowa 9, "
            "43-400 Cieszyn\nNIP 548-271-36-02, KRS 0000418275\n\n"
            "Adresy produkcyjne: cała podsieć 203.0.113.64/30\n"
            "Adres testowy: 2001:db8:48::10\n\n"
            "Osoba kontaktowa: Łukasz Wierzbicki, kierownik działu IT, "
            "tel. +48 33 812 55 40, l.wierzbicki@gazetabeskidzka.example\n\n"
            "Z poważaniem\nŁukasz Wierzbicki\n"
        ),
    },
    {
        "id": "wc003-slovak-freelancer-film-only",
        "description": "Slovak freelance video journalist with a Slovak trade licence asks "
        "only to film and says outright she does not need the XML",
        "style": Style.FREELANCER,
        "labels": L(
            [FILM],
            "Zuzana Kmeťová – KMETfilm",
            I3,
            None,
            [],
            [],
            "Zuzana Kmeťová",
            "zuzana@kmetfilm.example",
            "+421905318442",
        ),
        "from": "Zuzana Kmeťová <zuzana@kmetfilm.example>",
        "subject": "žiadosť o povolenie nakrúcať počas sčítania hlasov",
        "headers": GMAIL,
        "body": (
            "Dobrý deň,\n\n"
            "som nezávislá video novinárka (živnostníčka, Zuzana Kmeťová – KMETfilm, "
            f"IČO {I3}) a pre slovenskú televíziu pripravujem reportáž o tom, ako sa "
            "v Česku sčítavajú hlasy. Chcela by som Vás poprosiť o povolenie nakrúcať na "
            "zbernom mieste ČSÚ v Ostrave v noci po uzavretí volebných miestností, "
            "cca 2 hodiny, jedna kamera, bez svetiel.\n\n"
            "Prístup k výsledkom v XML nepotrebujem, výsledky preberáme od agentúry.\n\n"
            "Ďakujem pekne,\nZuzana Kmeťová\n+421 905 318 442\nkmetfilm.example\n"
        ),
    },
    {
        "id": "wc004-hungarian-html-table",
        "description": "Hungarian news site, HTML-only Outlook mail with an éles/teszt table, "
        "also asks to film; a Hungarian tax number with an 8-digit head",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Dunamenti Hírek Kft.",
            None,
            None,
            ["192.0.2.140", "192.0.2.141"],
            ["192.0.2.150"],
            "Szabó Krisztina",
            "szabo.krisztina@dunamentihirek.example",
            "+36304418276",
        ),
        "from": "Szabó Krisztina <szabo.krisztina@dunamentihirek.example>",
        "subject": "Kérelem – választási eredmények XML és forgatási engedély",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            "</head><body>"
            "<p>Tisztelt Hölgyeim és Uraim!</p>"
            "<p>A Dunamenti Hírek Kft. (adószám: 14726351-2-13, cégjegyzékszám: "
            "13-09-187442) nevében kérjük hozzáférést a választási eredményeket XML "
            "formátumban közlő szerverhez, valamint engedélyt arra, hogy a választás "
            "éjszakáján a prágai összesítő helyen felvételeket készítsünk.</p>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            "<tr><th>Szerver</th><th>IP-cím</th><th>Megjegyzés</th></tr>"
            "<tr><td>éles 1</td><td>192.0.2.140</td><td>Budapest</td></tr>"
            "<tr><td>éles 2</td><td>192.0.2.141</td><td>tartalék, Győr</td></tr>"
            "<tr><td>teszt</td><td>192.0.2.150</td><td>&nbsp;</td></tr>"
            "</table>"
            "<p>Kapcsolattartó: Szabó Krisztina, +36 30 441 8276</p>"
            "<p>Üdvözlettel:<br>Szabó Krisztina<br>főszerkesztő-helyettes<br>"
            "Dunamenti Hírek Kft., 2600 Vác, Széchenyi u. 22.</p>"
            "</body></html>"
        ),
    },
    {
        "id": "wc005-french-agency-respectivement",
        "description": "French agency bureau, flowed text, roles only by 'respectivement'; "
        "a SIREN number and a Paris switchboard",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agence Danube Presse SAS",
            None,
            None,
            ["198.51.100.7"],
            ["198.51.100.8"],
            "Camille Rousseau",
            "c.rousseau@danubepresse.example",
            "+33612904471",
        ),
        "from": "Camille Rousseau <c.rousseau@danubepresse.example>",
        "subject": "Demande d'accès aux résultats électoraux (XML)",
        "headers": APPLE,
        "flowed": True,
        "body": (
            "Madame, Monsieur,\n\n"
            "Agence Danube Presse SAS (SIREN 812 447 390), agence de presse couvrant "
            "l'Europe centrale, souhaite obtenir l'accès au serveur des résultats des "
            "élections au format XML.\n\n"
            "Nos deux serveurs ont les adresses 198.51.100.7 et 198.51.100.8, "
            "respectivement pour la production et pour les tests.\n\n"
            "Pour toute question, vous pouvez me joindre au +33 6 12 90 44 71 "
            "(standard à Paris : +33 1 44 71 20 00).\n\n"
            "Bien cordialement,\n\nCamille Rousseau\nresponsable technique\n"
            "Agence Danube Presse\n"
        ),
    },
    {
        "id": "wc006-spanish-film-now-feed-later",
        "description": "Spanish TV correspondent in Prague asks to film now and will ask for "
        "the XML only before the presidential election; Czech mobile, CIF",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Televisión Atlántica Internacional, S.A.",
            None,
            None,
            [],
            [],
            "Javier Morales Ruiz",
            "jmorales@tvatlantica.example",
            "+420731552908",
        ),
        "from": "Javier Morales Ruiz <jmorales@tvatlantica.example>",
        "subject": "Solicitud de permiso de grabación – elecciones",
        "headers": IPHONE,
        "body": (
            "Estimados señores:\n\n"
            "Soy el corresponsal en Praga de Televisión Atlántica Internacional, S.A. "
            "(CIF A-28471903). Les escribo para solicitar permiso para grabar en su centro "
            "de recogida de resultados de Praga durante la noche electoral, con un equipo "
            "de dos personas (yo y el cámara Pablo Ibáñez).\n\n"
            "El acceso a los datos XML no lo necesitamos para estas elecciones; lo "
            "solicitaremos más adelante, antes de las elecciones presidenciales.\n\n"
            "Mi móvil checo: 731 552 908.\n\n"
            "Un saludo,\nJavier Morales Ruiz\n\nEnviado desde mi iPhone\n"
        ),
    },
    {
        "id": "wc007-swedish-netmask",
        "description": "Swedish outlet in base64, production as an address with a netmask "
        "(four addresses), no test server; an organisation number",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nordisk Valbevakning AB",
            None,
            None,
            ["203.0.113.8", "203.0.113.9", "203.0.113.10", "203.0.113.11"],
            [],
            "Elin Lindqvist",
            "elin.lindqvist@valbevakning.example",
            "+46706218843",
        ),
        "from": "Elin Lindqvist <elin.lindqvist@valbevakning.example>",
        "subject": "Ansökan om åtkomst till valresultat i XML",
        "headers": OUTLOOK,
        "cte": "base64",
        "body": (
            "Hej,\n\n"
            "Nordisk Valbevakning AB (org.nr 559214-3807) bevakar val i hela Europa och "
            "skulle vilja ansöka om åtkomst till er server med valresultat i XML-format.\n\n"
            "Våra produktionsservrar finns i nätet 203.0.113.8 med nätmask "
            "255.255.255.252. Någon testserver har vi inte.\n\n"
            "Kontaktperson: Elin Lindqvist, mobil +46 70 621 88 43.\n\n"
            "Vänliga hälsningar\nElin Lindqvist\nNordisk Valbevakning AB, Stockholm\n"
        ),
    },
    {
        "id": "wc008-faculty-docx-range-internal",
        "description": "a faculty writes; the applicant is its university; DOCX letter with a "
        "short-form range and an internal address that is not to be registered",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Univerzita Podhorácka v Tišnově",
            I8,
            None,
            ["192.0.2.60", "192.0.2.61", "192.0.2.62", "192.0.2.63"],
            [],
            "Tomáš Hrubeš",
            "hrubes@fss.upodhoracko.example",
            "+420549113627",
        ),
        "from": "Alena Šimková <simkova@fss.upodhoracko.example>",
        "subject": "Žádost Katedry politologie o přístup k volebním výsledkům",
        "headers": OUTLOOK,
        "body": (
            "Vážení,\n\nv příloze zasílám žádost naší katedry o přístup k průběžným "
            "výsledkům voleb ve formátu XML (pro volební studio studentů).\n\n"
            "S pozdravem\nAlena Šimková\nvedoucí katedry politologie\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_KPOL_volby.docx",
                {
                    "header": "Univerzita Podhorácka v Tišnově | Fakulta sociálních studií | "
                    "Katedra politologie",
                    "footer": f"IČO: {I8} | DIČ: CZ{I8} | www.upodhoracko.example",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "V Tišnově dne 11. 9. 2025, č. j. UPT/FSS/2025/0812",
                        "Věc: Žádost o zpřístupnění výsledků voleb ve formátu XML",
                        "Katedra politologie Fakulty sociálních studií Univerzity Podhorácka "
                        "v Tišnově pořádá ve volební noc studentské volební studio vysílané "
                        "na univerzitním webu. Žádáme proto o zřízení přístupu k serveru "
                        "s výsledky voleb.",
                        "Produkční adresy: 192.0.2.60–63 (fakultní cluster, veřejné adresy). "
                        "Vnitřní adresa 10.14.2.8, přes kterou studenti data zobrazují, "
                        "je neveřejná a k registraci ji neuvádíme. Testovací server "
                        "nemáme.",
                        "Kontaktní osoba: Mgr. Tomáš Hrubeš, správce sítě fakulty, "
                        "tel. 549 113 627, hrubes@fss.upodhoracko.example",
                        "doc. PhDr. Alena Šimková, Ph.D.\nvedoucí katedry",
                    ],
                },
            )
        ],
    },
    {
        "id": "wc009-town-databox-pdf-internal-test",
        "description": "town's data message, application only in the PDF: a ne for filming, "
        "an internal test host left out and a public test address; IČ with spaces",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Horní Brusnice",
            I9,
            "w4hq8vz",
            ["198.51.100.200", "198.51.100.201"],
            ["198.51.100.202"],
            "Radek Vondrák",
            "vondrak@hornibrusnice.example",
            "+420499871204",
        ),
        "subject": "Žádost – výsledky voleb XML (Horní Brusnice)",
        "databox": {
            "box": "w4hq8vz",
            "sender": "Město Horní Brusnice",
            "address": "Masarykovo nám. 3, 544 72 Horní Brusnice",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "MHB_zadost_volby.pdf",
                [
                    "Město Horní Brusnice, Masarykovo nám. 3, 544 72 Horní Brusnice, "
                    f"IČ: {I9[:2]} {I9[2:5]} {I9[5:]}",
                    "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                    "Věc: žádost o přístup k výsledkům voleb",
                    "Město provozuje infokanál kabelové televize a web s výsledky voleb "
                    "v obci. Žádáme o přístup k XML výstupům:",
                    {
                        "rows": [
                            ["Položka", "Hodnota"],
                            ["Přístup k XML", "ANO"],
                            ["Natáčení na sběrném místě", "NE"],
                            ["Produkční IP", "198.51.100.200, 198.51.100.201"],
                            [
                                "Testovací IP",
                                "198.51.100.202 (veřejná); interní stroj 172.16.4.20 jen "
                                "za NAT, neregistrovat",
                            ],
                            ["Kontakt", "Radek Vondrák, odbor informatiky"],
                            ["Telefon / e-mail", "499 871 204, vondrak@hornibrusnice.example"],
                        ],
                        "widths": [150, 280],
                    },
                    "Ing. Jaroslava Pekárková, starostka",
                ],
            )
        ],
    },
    {
        "id": "wc010-contractor-for-daily-ipv6",
        "description": "an IT contractor applies for a daily: the publisher is the applicant "
        "(the contractor's own IČO is also there), the contractor's admin is the contact; "
        "IPv6 production",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Vydavatelství Poorlí a.s.",
            I10,
            None,
            ["2001:db8:c0de::10", "2001:db8:c0de::11"],
            ["192.0.2.45"],
            "Filip Matějka",
            "matejka@kodovna.example",
            "+420725660318",
        ),
        "from": "Filip Matějka <matejka@kodovna.example>",
        "subject": "Přístup k XML s výsledky voleb pro Deník Poorlí",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "jsme dodavatel IT pro Deník Poorlí a píšu na základě plné moci našeho "
            "klienta. Žadatelem je vydavatel deníku, Vydavatelství Poorlí a.s., "
            f"IČO {I10}, sídlo Kadaňská 17, Žatec.\n\n"
            "Servery, ze kterých budeme stahovat:\n"
            "  produkce: 2001:db8:c0de::10 a 2001:db8:c0de::11 (jen IPv6)\n"
            "  test:     192.0.2.45\n\n"
            "Technickým kontaktem pro tuto žádost jsem já, viz níže.\n\n"
            "Díky,\n"
            "Filip Matějka\nKódovna s.r.o. (IČO "
            f"{I10C})\nmob. 725 660 318\nmatejka@kodovna.example\n"
        ),
    },
    {
        "id": "wc011-terse-k9-note",
        "description": "three lines from a phone: prod./tst abbreviations, IČO glued to 'ič'",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Rádio Kopec s.r.o.",
            I11,
            None,
            ["203.0.113.90"],
            ["203.0.113.91"],
            "Jakub Sýkora",
            "kuba@radiokopec.example",
            "+420777204516",
        ),
        "from": "Jakub Sýkora <kuba@radiokopec.example>",
        "subject": "xml volby",
        "headers": K9,
        "cte": "8bit",
        "body": (
            "Žádáme o XML s výsledky. Prod. 203.0.113.90, tst 203.0.113.91.\n"
            f"Rádio Kopec s.r.o., ič{I11}\n"
            "Kuba Sýkora 777 204 516\n"
        ),
    },
    {
        "id": "wc012-filming-withdrawn-ps",
        "description": "regional TV asks for both, then withdraws filming in a P.S.",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "TV Podřipsko s.r.o.",
            I12,
            None,
            ["198.51.100.150"],
            ["198.51.100.151"],
            "Veronika Bílková",
            "bilkova@tvpodripsko.example",
            "+420604227391",
        ),
        "from": "Veronika Bílková <bilkova@tvpodripsko.example>",
        "subject": "žádost – XML výsledky + natáčení",
        "headers": SAMSUNG,
        "body": (
            "Dobrý den,\n\n"
            f"za TV Podřipsko s.r.o. (IČO {I12}) žádáme o přístup k výsledkům voleb ve "
            "formátu XML a o povolení natáčet na sběrném místě v Roudnici nad Labem.\n\n"
            "Produkční server 198.51.100.150, testovací 198.51.100.151.\n"
            "Kontakt: Veronika Bílková, 604 227 391.\n\n"
            "Děkuji\nV. Bílková\n\n"
            "P.S. Tak natáčení ruším, kolegové z regionální redakce to ten večer "
            "nestihnou. Platí jen ten přístup k XML.\n\n"
            "Odesláno z mého Galaxy\n"
        ),
    },
    {
        "id": "wc013-agency-owa-table-range",
        "description": "news agency, HTML-only Outlook on the web: a /30 plus one production "
        "address and a test range with a dash in one table cell",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Středoevropská zpravodajská agentura, a.s.",
            I13,
            None,
            ["192.0.2.24", "192.0.2.25", "192.0.2.26", "192.0.2.27", "192.0.2.40"],
            ["198.51.100.50", "198.51.100.51", "198.51.100.52"],
            "Ondřej Kalina",
            "kalina@sezag.example",
            "+420222718450",
        ),
        "from": "Kalina Ondřej <kalina@sezag.example>",
        "subject": "SEZAG – žádost o přístup k XML výsledkům voleb",
        "headers": OWA,
        "html": (
            '<html><head><meta charset="utf-8"></head><body>'
            '<div style="font-family:Aptos,sans-serif;font-size:11pt">'
            "<p>Dobrý den,</p>"
            "<p>Středoevropská zpravodajská agentura, a.s. (SEZAG), IČO "
            f"{I13}, žádá o přístup k serveru s výsledky voleb ve formátu XML pro svůj "
            "zpravodajský servis.</p>"
            '<table border="1" style="border-collapse:collapse">'
            "<tr><td><b>Produkční adresy</b></td><td>192.0.2.24/30<br>192.0.2.40</td></tr>"
            "<tr><td><b>Testovací adresy</b></td><td>198.51.100.50-52</td></tr>"
            "<tr><td><b>Kontaktní osoba</b></td><td>Ondřej Kalina, vedoucí IT provozu"
            "</td></tr>"
            "<tr><td><b>Telefon</b></td><td>+420 222 718 450 (přímá linka)</td></tr>"
            "</table>"
            "<p>S pozdravem<br>Ondřej Kalina<br>SEZAG, Vinohradská 112, Praha 3<br>"
            "ústředna +420 222 718 400</p></div></body></html>"
        ),
    },
    {
        "id": "wc014-forward-from-it-eml",
        "description": "an editor forwards IT's mail as an attached .eml; the new text names "
        "another colleague as the contact and refers to the addresses in the forward",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Jihlavské listy, s.r.o.",
            I14,
            None,
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.125"],
            "Ondřej Brabec",
            "brabec@jihlavskelisty.example",
            "+420567301882",
        ),
        "from": "Marta Zedníková <zednikova@jihlavskelisty.example>",
        "subject": "Fwd: IP adresy pro ČSÚ",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            f"Jihlavské listy, s.r.o., IČO {I14}, žádají o přístup k výsledkům voleb "
            "ve formátu XML. Adresy posílám v přeposlané zprávě od našeho IT v příloze. "
            "Kontaktní osobou bude kolega Ondřej Brabec, brabec@jihlavskelisty.example, "
            "tel. 567 301 882.\n\n"
            "Marta Zedníková, šéfredaktorka\n"
        ),
        "attachments": [
            (
                "eml",
                "IP adresy pro ČSÚ.eml",
                {
                    "id": "wc014-inner",
                    "from": "Ondřej Brabec <brabec@jihlavskelisty.example>",
                    "to": "zednikova@jihlavskelisty.example",
                    "subject": "IP adresy pro ČSÚ",
                    "body": (
                        "Marto,\n\nproduční stroje: 203.0.113.120 a 203.0.113.121\n"
                        "testovací: 203.0.113.125\n\n"
                        "(stará adresa 203.0.113.99 už neplatí, server jsme zrušili)\n\n"
                        "O.\n"
                    ),
                },
            )
        ],
    },
]
