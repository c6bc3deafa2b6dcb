"""Fifty-eighth held-out part ``dd``, cases dd001–dd014: a Serbian Latin-script mail, a
Bulgarian agency writing English (EOOD), an Estonian HTML table, a Norwegian broadcaster's
regional office, a school's student radio, a freelance videographer with a trade name, a
Portuguese mail with a NIF, German with a netmask, Polish withdrawing filming, Slovak with
"resp.", Hungarian with an IPv6 test address, a municipality's data message, an IT contractor
writing for a publisher and a signed university letter. Written by hand apart from the
extraction rules (see make_fiftyeighth_dd); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyeighth_dd_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I5, I6, I10, I12, I13, I14 = (
    ico("6007412"),
    ico("0871452"),
    ico("4613275"),
    ico("0027741"),
    ico("2914836"),
    ico("6183920"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "dd001-serbian-latin-produkciona",
        "description": "Serbian in Latin script, 'produkciona / test adresa' on one line with a "
        "slash, a d.o.o. without any Czech IČO, the phone with a Novi Sad area code",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Portal Vesti Podunavlje d.o.o.",
            None,
            None,
            ["203.0.113.40"],
            ["203.0.113.41"],
            "Milica Jovanović",
            "milica.jovanovic@vestipodunavlje.example",
            "+381214550192",
        ),
        "from": "Milica Jovanović <milica.jovanovic@vestipodunavlje.example>",
        "subject": "Zahtev za pristup rezultatima izbora (XML)",
        "headers": TBIRD,
        "cte": "8bit",
        "body": "Poštovani,\n\n"
        "portal Vesti Podunavlje iz Novog Sada prati izbore u Češkoj Republici i želeli bismo "
        "da dobijemo pristup XML serveru sa rezultatima.\n\n"
        "produkciona / test adresa: 203.0.113.40 / 203.0.113.41\n\n"
        "Snimanje nam nije potrebno.\n\n"
        "Izdavač: Portal Vesti Podunavlje d.o.o., Bulevar oslobođenja 112, 21000 Novi Sad, "
        "PIB 108734219\n"
        "Kontakt: Milica Jovanović, urednica, tel. +381 21 455 0192\n\n"
        "Srdačan pozdrav,\nMilica Jovanović\n",
    },
    {
        "id": "dd002-bulgarian-eood-english",
        "description": "a Sofia news agency writes English with its legal form transliterated "
        "(EOOD), production as a /30 block, a cameraman named who is not the contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Balkan Wire EOOD",
            None,
            None,
            ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"],
            ["198.51.100.70"],
            "Nikolay Petrov",
            "n.petrov@balkanwire.example",
            "+35929814473",
        ),
        "from": "Nikolay Petrov <n.petrov@balkanwire.example>",
        "subject": "Accreditation request - Czech elections - Balkan Wire",
        "headers": OUTLOOK,
        "body": "Dear Sir or Madam,\n\n"
        "Balkan Wire EOOD (Sofia, UIC 206418337) is a news agency serving Bulgarian and "
        "Macedonian media. We kindly ask for:\n\n"
        "1) access to the dedicated results server (XML) from our production network "
        "198.51.100.64/30; our test machine is 198.51.100.70\n"
        "2) permission for our cameraman Stoyan Dimitrov to film at a collection point in "
        "Prague on election night.\n\n"
        "For all matters please contact me directly.\n\n"
        "Best regards,\n"
        "Nikolay Petrov\nHead of Foreign Desk\nBalkan Wire EOOD\n"
        "15 Tsar Osvoboditel Blvd., 1000 Sofia, Bulgaria\n"
        "tel. +359 2 981 4473\n",
    },
    {
        "id": "dd003-estonian-tootmine-test-table",
        "description": "Estonian HTML-only mail, the role in a 'tootmine / test' column of a "
        "table, the OÜ after the name, a second person in the table only as the reader",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Läänemere Meedia OÜ",
            None,
            None,
            ["203.0.113.88", "203.0.113.89"],
            ["203.0.113.90"],
            "Kadri Tamm",
            "kadri.tamm@laanemeremeedia.example",
            "+37251234567",
        ),
        "from": "Kadri Tamm <kadri.tamm@laanemeremeedia.example>",
        "subject": "Taotlus: juurdepääs valimistulemustele",
        "headers": APPLE,
        "html": "<html><body><p>Tere!</p>"
        "<p>Läänemere Meedia OÜ (registrikood 14728391) palub juurdepääsu Tšehhi valimiste "
        "tulemuste XML-serverile. Filmimist me ei taotle.</p>"
        "<table border='1'><tr><th>Server</th><th>IP-aadress</th><th>tootmine / test</th></tr>"
        "<tr><td>web-1</td><td>203.0.113.88</td><td>tootmine</td></tr>"
        "<tr><td>web-2</td><td>203.0.113.89</td><td>tootmine</td></tr>"
        "<tr><td>stage</td><td>203.0.113.90</td><td>test</td></tr></table>"
        "<p>Kontaktisik: Kadri Tamm, tel +372 5123 4567<br>"
        "Andmeid loeb meie arendaja Margus Kask.</p>"
        "<p>Lugupidamisega<br>Kadri Tamm<br>Läänemere Meedia OÜ, Tallinn</p></body></html>",
    },
    {
        "id": "dd004-norwegian-regional-office-filming",
        "description": "Norwegian public broadcaster's regional office asks to film only and "
        "says it needs no XML access; the office is no legal entity, the broadcaster applies",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Nordlys Kringkasting AS",
            None,
            None,
            [],
            [],
            "Ingrid Haugen",
            "ingrid.haugen@nordlyskringkasting.example",
            "+4792641307",
        ),
        "from": "Ingrid Haugen <ingrid.haugen@nordlyskringkasting.example>",
        "subject": "Søknad om filmtillatelse - valgnatt i Praha",
        "headers": MAC_OUTLOOK,
        "body": "Hei,\n\n"
        "Jeg skriver fra distriktskontoret i Trøndelag i Nordlys Kringkasting AS. Vi lager en "
        "reportasje om det tsjekkiske valget og ønsker tillatelse til å filme ved et av "
        "innsamlingsstedene til statistikkontoret valgkvelden.\n\n"
        "Tilgang til XML-resultatene trenger vi ikke, vi bruker nyhetsbyråene.\n\n"
        "Team: Ingrid Haugen (journalist, kontaktperson), Øystein Berg (fotograf).\n\n"
        "Med vennlig hilsen\n"
        "Ingrid Haugen\nNordlys Kringkasting AS, distriktskontor Trøndelag\n"
        "Mob. +47 926 41 307\n",
    },
    {
        "id": "dd005-student-radio-prispevkova",
        "description": "a school's student radio; the school (příspěvková organizace with its "
        "town in the name) applies, the teacher signs but names a colleague as the contact; "
        "test from the same address; windows-1250",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Střední průmyslová škola Kamenný Újezd, příspěvková organizace",
            I5,
            None,
            ["198.51.100.150"],
            [],
            "Jan Melichar",
            "jan.melichar@spsku.example",
            "+420731408266",
        ),
        "from": "Tomáš Řezníček <reznicek@spsku.example>",
        "subject": "Žádost – školní rádio, přístup k výsledkům voleb",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": "Dobrý den,\n\n"
        "naše škola provozuje studentské Rádio Průmka, které bude ve volební noc vysílat "
        "speciál s průběžnými výsledky. Prosíme proto o zpřístupnění výsledků na vašem "
        "serveru.\n\n"
        "Veřejná IP adresa školní sítě: 198.51.100.150 (testovat budeme ze stejné adresy).\n\n"
        "Kontaktní osobou je kolega Bc. Jan Melichar, správce sítě, "
        "jan.melichar@spsku.example, tel. 731 408 266.\n\n"
        "Žadatel: Střední průmyslová škola Kamenný Újezd, příspěvková organizace\n"
        "Pražská 14, 373 81 Kamenný Újezd, IČO " + I5 + "\n\n"
        "S pozdravem\nMgr. Tomáš Řezníček\nučitel ICT, garant školního rádia\n",
    },
    {
        "id": "dd006-freelance-videographer-dash",
        "description": "a freelance videographer names himself with a trade name after a dash "
        "(kept whole); filming only, format=flowed from a phone",
        "style": Style.PLAIN,
        "labels": L(
            [FILM],
            "Ondřej Kavka – KAVKAfilm",
            I6,
            None,
            [],
            [],
            "Ondřej Kavka",
            "ondra@kavkafilm.example",
            "+420608915344",
        ),
        "from": "Ondřej Kavka <ondra@kavkafilm.example>",
        "subject": "povolení natáčet - volby",
        "headers": K9,
        "flowed": True,
        "body": "Dobrý den,\n\n"
        "jsem OSVČ (Ondřej Kavka – KAVKAfilm, IČO " + I6 + ") a pro regionální zpravodajství "
        "točím reportáž o sčítání hlasů. Chtěl bych požádat o povolení natáčet na "
        "pracovišti ČSÚ v Českých Budějovicích v sobotu dopoledne. Natáčet budu sám, jednou "
        "kamerou, bez světel.\n\n"
        "Data z XML nepotřebuji.\n\n"
        "Díky, Ondřej Kavka\n608 915 344\n",
    },
    {
        "id": "dd007-portuguese-endereco-nif",
        "description": "Portuguese with 'endereço de produção' and 'endereço de teste', a NIF "
        "that is no IČO, the legal form Lda.; multipart/alternative",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Rádio Atlântico Norte, Lda.",
            None,
            None,
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.125"],
            "Joana Ferreira",
            "joana.ferreira@radioatlanticonorte.example",
            "+351912345678",
        ),
        "from": "Joana Ferreira <joana.ferreira@radioatlanticonorte.example>",
        "subject": "Pedido de acesso aos resultados eleitorais",
        "headers": GMAIL,
        "body": "Exmos. Senhores,\n\n"
        "A Rádio Atlântico Norte, Lda. (NIF 509 876 543), com sede no Porto, vem solicitar o "
        "acesso ao servidor XML dos resultados eleitorais.\n\n"
        "O nosso endereço de produção: 203.0.113.120 e 203.0.113.121\n"
        "Endereço de teste: 203.0.113.125\n\n"
        "Pessoa de contacto: Joana Ferreira, telemóvel +351 912 345 678\n\n"
        "Com os melhores cumprimentos,\nJoana Ferreira\nRedação digital\n",
        "html": "<div>Exmos. Senhores,<br><br>A Rádio Atlântico Norte, Lda. (NIF 509 876 543), "
        "com sede no Porto, vem solicitar o acesso ao servidor XML dos resultados "
        "eleitorais.<br><br><b>Endereço de produção:</b> 203.0.113.120 e 203.0.113.121<br>"
        "<b>Endereço de teste:</b> 203.0.113.125<br><br>Pessoa de contacto: Joana Ferreira, "
        "telemóvel +351 912 345 678<br><br>Com os melhores cumprimentos,<br>Joana Ferreira"
        "<br>Redação digital</div>",
    },
    {
        "id": "dd008-german-netmask-article",
        "description": "German opening 'Die … GmbH beantragt' (the article is no part of the "
        "name, the signature has none), production as an address with netmask "
        "255.255.255.252",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Mitteldeutsche Rundschau Verlag GmbH",
            None,
            None,
            ["198.51.100.32", "198.51.100.33", "198.51.100.34", "198.51.100.35"],
            ["198.51.100.40"],
            "Jörg Lindner",
            "j.lindner@md-rundschau.example",
            "+493412298415",
        ),
        "from": "Jörg Lindner <j.lindner@md-rundschau.example>",
        "subject": "Antrag auf Zugang zum Wahlergebnis-Server",
        "headers": OUTLOOK,
        "body": "Sehr geehrte Damen und Herren,\n\n"
        "die Mitteldeutsche Rundschau Verlag GmbH beantragt den Zugang zum XML-Server mit "
        "den Wahlergebnissen.\n\n"
        "Produktion: 198.51.100.32, Netzmaske 255.255.255.252\n"
        "Test: 198.51.100.40\n\n"
        "Eine Drehgenehmigung benötigen wir nicht.\n\n"
        "Mit freundlichen Grüßen\n\nJörg Lindner\nLeiter Datenredaktion\n"
        "Mitteldeutsche Rundschau Verlag GmbH\nPetersstraße 40, 04109 Leipzig\n"
        "Tel. +49 341 2298 415 | Zentrale +49 341 2298 0\n",
    },
    {
        "id": "dd009-polish-filming-withdrawn-ps",
        "description": "Polish, asks for both and withdraws filming in a P.S.; iso-8859-2",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Wydawnictwo Gazeta Śląsko-Morawska sp. z o.o.",
            None,
            None,
            ["203.0.113.10", "203.0.113.11"],
            ["203.0.113.12"],
            "Katarzyna Wróbel",
            "k.wrobel@gazetaslm.example",
            "+48324112790",
        ),
        "from": "Katarzyna Wróbel <k.wrobel@gazetaslm.example>",
        "subject": "Wniosek o dostęp do wyników wyborów",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": "Szanowni Państwo,\n\n"
        "Wydawnictwo Gazeta Śląsko-Morawska sp. z o.o. z Cieszyna prosi o:\n"
        "- dostęp do serwera XML z wynikami (adresy produkcyjne: 203.0.113.10 i "
        "203.0.113.11, testowy: 203.0.113.12),\n"
        "- zgodę na filmowanie w punkcie zbierania wyników w Ostrawie.\n\n"
        "Osoba kontaktowa: Katarzyna Wróbel, tel. +48 32 411 27 90\n\n"
        "Z poważaniem\nKatarzyna Wróbel\nsekretarz redakcji\n\n"
        "P.S. Po rozmowie z redaktorem naczelnym rezygnujemy z filmowania, prosimy tylko o "
        "dostęp do XML.\n",
    },
    {
        "id": "dd010-slovak-resp-regional-tv",
        "description": "Slovak regional TV gives production and test as 'X, resp. Y'; a Slovak "
        "IČO with a valid check digit",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "TV Záhorie, s.r.o.",
            I10,
            None,
            ["198.51.100.77"],
            ["198.51.100.78"],
            "Peter Hudák",
            "hudak@tvzahorie.example",
            "+421905312448",
        ),
        "from": "Peter Hudák <hudak@tvzahorie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": ZIMBRA,
        "body": "Dobrý deň,\n\n"
        "regionálna televízia TV Záhorie, s.r.o. (IČO " + I10 + ", Senica) by chcela počas "
        "volebnej noci zobrazovať priebežné výsledky českých volieb v textovom pásme.\n\n"
        "Prosíme o prístup k XML; produkčná a testovacia adresa sú 198.51.100.77, resp. "
        "198.51.100.78.\n\n"
        "S pozdravom\nPeter Hudák\ntechnický riaditeľ\nmobil: 0905 312 448 (SK)\n",
    },
    {
        "id": "dd011-hungarian-ipv6-test",
        "description": "Hungarian, both requests, 'éles' and 'teszt' addresses with an IPv6 test "
        "address, the contact written surname first as Hungarians do",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Dunamenti Hírek Kft.",
            None,
            None,
            ["203.0.113.200", "203.0.113.201"],
            ["2001:db8:4a::10"],
            "Szabó Réka",
            "szabo.reka@dunamentihirek.example",
            "+36305124471",
        ),
        "from": "Szabó Réka <szabo.reka@dunamentihirek.example>",
        "subject": "Kérelem - cseh választási eredmények, forgatás",
        "headers": ROUNDCUBE,
        "body": "Tisztelt Hölgyem/Uram!\n\n"
        "A Dunamenti Hírek Kft. (Győr) kéri hozzáférését a választási eredmények XML "
        "szerveréhez, valamint engedélyt forgatásra az egyik gyűjtőponton.\n\n"
        "Éles IP-címek: 203.0.113.200, 203.0.113.201\n"
        "Teszt: 2001:DB8:4A:0:0:0:0:10\n\n"
        "Kapcsolattartó: Szabó Réka, +36 30 512 4471\n\n"
        "Üdvözlettel:\nSzabó Réka\nfőszerkesztő-helyettes\n",
    },
    {
        "id": "dd012-municipality-databox-range",
        "description": "a town's data message for its local TV: bare annotation, the PDF gives "
        "a range '198.51.100.90–93' and no test address; the town applies",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Dolní Lipovec",
            I12,
            "mb7k2qx",
            ["198.51.100.90", "198.51.100.91", "198.51.100.92", "198.51.100.93"],
            [],
            "Hana Staňková",
            "stankova@dolnilipovec.example",
            "+420465389214",
        ),
        "databox": box(
            "mb7k2qx", "Město Dolní Lipovec", "náměstí Míru 1, 561 23 Dolní Lipovec", 10
        ),
        "subject": "Žádost o přístup k výsledkům voleb",
        "attachments": [
            (
                "pdf",
                "zadost_volby_TV_Lipovec.pdf",
                [
                    "Město Dolní Lipovec, náměstí Míru 1, 561 23 Dolní Lipovec, IČO " + I12,
                    "Věc: žádost o zpřístupnění průběžných výsledků voleb",
                    "Město provozuje kabelovou Televizi Lipovec a informační obrazovky na "
                    "náměstí. Žádáme o přístup k výsledkům voleb ve formátu XML.",
                    {
                        "rows": [
                            ["Produkční adresy", "198.51.100.90–93"],
                            ["Testovací adresa", "—"],
                            [
                                "Kontakt",
                                "Ing. Hana Staňková, vedoucí odboru vnitřních věcí\n"
                                "stankova@dolnilipovec.example, 465 389 214",
                            ],
                        ],
                        "widths": [130, 300],
                    },
                    "Mgr. Vladimír Kubišta, starosta",
                ],
            )
        ],
    },
    {
        "id": "dd013-it-contractor-for-publisher",
        "description": "an IT contractor writes for its client publisher, names the editor-in-"
        "chief as the contact and himself for technical questions; /30 block and an IPv6 "
        "test address; base64",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Vysočina Press s.r.o.",
            I13,
            None,
            ["203.0.113.16", "203.0.113.17", "203.0.113.18", "203.0.113.19"],
            ["2001:db8:77::5"],
            "Lenka Dušková",
            "duskova@vysocinapress.example",
            "+420602771539",
        ),
        "from": "Aleš Brabec <ales.brabec@netspring.example>",
        "subject": "Žádost o XML výsledky – Vysočina Press",
        "headers": OWA,
        "cte": "base64",
        "cc": "duskova@vysocinapress.example",
        "body": "Dobrý den,\n\n"
        "píšu za našeho klienta, vydavatelství Vysočina Press s.r.o., IČO " + I13 + ", pro "
        "které spravujeme web a servery. Žádáme o přístup k dedikovanému serveru s výsledky "
        "voleb.\n\n"
        "Produkce: 203.0.113.16/30\n"
        "Test: 2001:db8:77::5\n\n"
        "Kontaktní osobou pro žádost je šéfredaktorka Mgr. Lenka Dušková "
        "(duskova@vysocinapress.example, 602 771 539), je v kopii. Technické dotazy můžete "
        "směřovat na mě.\n\n"
        "Aleš Brabec\nNetSpring Solutions s.r.o.\n+420 739 114 205\n",
    },
    {
        "id": "dd014-university-signed-range",
        "description": "a signed letter from a faculty's student TV: the public university "
        "applies; a written range of three, both requests, line before a mobile",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Podhorská univerzita v Trutnově, veřejná vysoká škola",
            I14,
            None,
            ["198.51.100.180", "198.51.100.181", "198.51.100.182"],
            ["198.51.100.190"],
            "Pavla Koutná",
            "pavla.koutna@upt.example",
            "+420499812334",
        ),
        "from": "Pavla Koutná <pavla.koutna@upt.example>",
        "subject": "Žádost UTV Podhoří – výsledky voleb a natáčení",
        "headers": TBIRD,
        "smime": True,
        "body": "Vážení,\n\n"
        "studentská televize UTV Podhoří, která působí při Fakultě mediálních studií, "
        "připravuje živé volební studio. Jménem univerzity žádáme:\n"
        "a) o přístup k výsledkům voleb na dedikovaném serveru – produkční adresy "
        "198.51.100.180 až 198.51.100.182, testovací 198.51.100.190;\n"
        "b) o povolení natáčet na krajském pracovišti ČSÚ (štáb 3 studenti).\n\n"
        "Kontakt: doc. Mgr. Pavla Koutná, Ph.D., tel. 499 812 334, mobil 603 118 920\n\n"
        "S pozdravem\n"
        "doc. Mgr. Pavla Koutná, Ph.D.\nproděkanka pro vnější vztahy\n"
        "Fakulta mediálních studií\n"
        "Podhorská univerzita v Trutnově, veřejná vysoká škola\nIČO " + I14 + "\n",
    },
]
