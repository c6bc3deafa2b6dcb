"""Sixtieth held-out part ``dj``, cases dj029–dj042: a terse English freelancer, a sole
trader's data message with an ODT, Polish 'odpowiednio', an HTML-only table with a switchboard before the
direct line, a data message with a plain-text file, an English reply withdrawing the feed, a
long signed letter with an internal host, a terse filming-only note with the box in the
signature, a Spanish university filming only, an IT contractor's workbook with netmasks, an
Icelandic radio forwarded as .eml, an association's data message with an RTF, Swiss 'bzw.' and
a Québec publisher whose name keeps its article. Written by hand apart from the extraction
rules."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixtieth_dj_common import (
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I30, I32, I33, I35, I36, I38, I40 = (
    ico("7410358"),
    ico("2590617"),
    ico("2812354"),
    ico("4914782"),
    ico("2677491"),
    ico("2539048"),
    ico("2270196"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "dj029-en-terse-uk-sole-trader",
        "description": "terse English note from a British freelancer without a company; one "
        "address, testing from the same machine; 'Sent from my iPhone'",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Owen Price",
            None,
            None,
            ["203.0.113.250"],
            [],
            "Owen Price",
            "owen@owenprice-words.example",
            "+447700900412",
        ),
        "from": "Owen Price <owen@owenprice-words.example>",
        "subject": "feed access",
        "headers": IPHONE,
        "body": "Hi - freelance (sole trader, no company). Could I have access to the XML "
        "results feed please? Server 203.0.113.250, I'll test from the same box.\n"
        "Thanks,\nOwen Price\n+44 7700 900412\n\nSent from my iPhone\n",
    },
    {
        "id": "dj030-cz-sole-trader-databox-pdf-description",
        "description": "a sole trader's data message (box type 40) with an ODT: her name is "
        "followed by a dash and a description of her work (no trade name), so her own name "
        "applies; a temporary test address",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Radka Vaňková",
            I30,
            "rv8mq2d",
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Radka Vaňková",
            "vankova@radka-data.example",
            "+420608420175",
        ),
        "databox": box("rv8mq2d", "Radka Vaňková", "Lidická 18, 370 01 České Budějovice", 40),
        "subject": "Žádost o přístup k XML – Radka Vaňková",
        "attachments": [
            (
                "odt",
                "zadost_XML_Vankova.odt",
                [
                    "Radka Vaňková – datová žurnalistika a mapy",
                    "Lidická 18, 370 01 České Budějovice, IČO " + I30,
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Jako OSVČ připravuji pro několik jihočeských redakcí interaktivní mapy "
                    "výsledků. Žádám o přístup k dedikovanému serveru z těchto adres:",
                    "produkce: 192.0.2.33",
                    "test: 192.0.2.34 (dočasná adresa, platí do 15. září)",
                    "Kontakt: Radka Vaňková, vankova@radka-data.example, tel. 608 420 175",
                ],
            )
        ],
    },
    {
        "id": "dj031-pl-cable-tv-odpowiednio-both",
        "description": "Polish cable TV in Polish (windows-1250): production and test given "
        "with 'odpowiednio'; both requests; office line and mobile side by side",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Telewizja Olza sp. z o.o.",
            None,
            None,
            ["192.0.2.96"],
            ["192.0.2.97"],
            "Michał Kubiak",
            "m.kubiak@tvolza.example",
            "+48338524170",
        ),
        "from": "Michał Kubiak <m.kubiak@tvolza.example>",
        "subject": "Wniosek o dostęp do wyników wyborów i zgodę na nagrywanie",
        "headers": TBIRD,
        "charset": "windows-1250",
        "body": "Szanowni Państwo,\n\n"
        "Telewizja Olza sp. z o.o. z Cieszyna zwraca się z prośbą o dostęp do serwera XML z "
        "wynikami wyborów oraz o zgodę na nagrywanie w punkcie zbierania danych w Ostrawie w "
        "noc wyborczą (ekipa dwuosobowa).\n\n"
        "Nasze adresy produkcyjny i testowy to odpowiednio 192.0.2.96 i 192.0.2.97.\n\n"
        "Osoba kontaktowa: Michał Kubiak, kierownik techniczny, tel. +48 33 852 41 70, "
        "kom. +48 602 318 954\n\n"
        "Z poważaniem\nMichał Kubiak\nTelewizja Olza sp. z o.o.\n",
    },
    {
        "id": "dj032-cz-html-only-table-switchboard-first",
        "description": "HTML-only table sent by a TV's reception: the production role cell "
        "spans two rows, the contact written surname first, the switchboard before the "
        "contact's direct line; both requests",
        "style": Style.TABLE,
        "labels": L(
            [FEED, FILM],
            "Regionální televize Haná, a.s.",
            I32,
            None,
            ["203.0.113.71", "203.0.113.72"],
            ["203.0.113.79"],
            "Tomáš Vrba",
            "vrba@tvhana.example",
            "+420731226480",
        ),
        "from": "Recepce RTV Haná <recepce@tvhana.example>",
        "subject": "Žádost RTV Haná – XML a natáčení",
        "headers": OUTLOOK,
        "html": "<html><body><p>Dobrý den,</p>"
        "<p>v tabulce níže posíláme žádost Regionální televize Haná, a.s.</p>"
        '<table border="1" cellpadding="4">'
        "<tr><th>Žadatel</th><td>Regionální televize Haná, a.s.</td></tr>"
        "<tr><th>IČO</th><td>" + I32 + "</td></tr>"
        "<tr><th>Požadujeme</th><td>přístup k XML s výsledky + povolení natáčení "
        "(pracoviště Olomouc)</td></tr>"
        '<tr><th rowspan="2">Produkce</th><td>203.0.113.71</td></tr>'
        "<tr><td>203.0.113.72</td></tr>"
        "<tr><th>Test</th><td>203.0.113.79</td></tr>"
        "<tr><th>Kontaktní osoba</th><td>Vrba Tomáš, vedoucí vysílání</td></tr>"
        "<tr><th>Telefon</th><td>585 204 311 (ústředna), 731 226 480 (přímá linka)</td></tr>"
        "<tr><th>E-mail</th><td>vrba@tvhana.example</td></tr>"
        "</table><p>S pozdravem<br>recepce RTV Haná</p></body></html>",
    },
    {
        "id": "dj033-cz-databox-txt-range-az",
        "description": "a publisher's data message carrying a plain-text file: production "
        "written '198.51.100.161 až 198.51.100.163' (three), no test, filming not asked",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vydavatelství Krkonošský kurýr s.r.o.",
            I33,
            "kk5rw2m",
            ["198.51.100.161", "198.51.100.162", "198.51.100.163"],
            [],
            "Hana Jirešová",
            "jiresova@krkonossky-kuryr.example",
            "+420499421776",
        ),
        "databox": box(
            "kk5rw2m", "Vydavatelství Krkonošský kurýr s.r.o.", "Horská 12, 543 01 Vrchlabí"
        ),
        "subject": "Žádost o přístup k XML",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB (XML)\n\n"
                "Žadatel: Vydavatelství Krkonošský kurýr s.r.o., IČO " + I33 + "\n"
                "Vydáváme týdeník Krkonošský kurýr a jeho web.\n\n"
                "Produkční adresy: 198.51.100.161 až 198.51.100.163\n"
                "Testovací adresa: žádnou nemáme\n\n"
                "Natáčení: nežádáme\n\n"
                "Kontakt: Hana Jirešová, šéfredaktorka, jiresova@krkonossky-kuryr.example, "
                "499 421 776\n",
            )
        ],
    },
    {
        "id": "dj034-en-reply-feed-withdrawn-the-article",
        "description": "American producer replies to the office (its IČO, box and phone in the "
        "quote) withdrawing the feed and its addresses; filming stands; the signature writes "
        "the name with 'The', so the article is kept",
        "style": Style.REPLY,
        "labels": L(
            [FILM],
            "The Ledger Group, Inc.",
            None,
            None,
            [],
            [],
            "Megan O'Connell",
            "moconnell@ledgergroup.example",
            "+16145550183",
        ),
        "from": "Megan O'Connell <moconnell@ledgergroup.example>",
        "subject": "RE: Your application - XML feed and filming [CZSO]",
        "headers": OUTLOOK,
        "body": "Dear Ms Horáková,\n\n"
        "Thank you for your quick reply. Having read your note about the dedicated "
        "connection, we have decided to withdraw the XML feed part of our application - our "
        "wire service will supply the numbers. Please disregard the addresses we sent "
        "(192.0.2.130 and 192.0.2.131).\n\n"
        "The filming request stands: our two-person crew would like to film at the "
        "collection point in Prague on election night.\n\n"
        "Kind regards,\nMegan O'Connell\nSenior Producer\nThe Ledger Group, Inc.\n"
        "+1 614 555 0183\n\n"
        "From: podatelna@czso.cz\n"
        "Sent: Tuesday, June 10, 2025 2:05 PM\n"
        "To: Megan O'Connell\n"
        "Subject: Your application - XML feed and filming [CZSO]\n\n"
        "Dear Ms O'Connell,\n"
        "the XML feed is served over a dedicated connection only; please confirm your "
        "production and test addresses. Details are in our press release of 2 June.\n"
        "Best regards\nLucie Horáková\n"
        "Czech Statistical Office | IČO 00025593 | data box 2gfaasy | +420 274 052 733\n\n"
        "-----Original Message-----\n"
        "The Ledger Group, Inc. applies for access to the XML feed (192.0.2.130, "
        "192.0.2.131) and for permission to film in Prague.\n",
    },
    {
        "id": "dj035-cz-long-letter-smime-internal-nat",
        "description": "long signed formal letter whose signature block ends with IČO, DIČ "
        "and box; the import server's internal address behind NAT is not asked for, the "
        "public ones are; a temporary test server; both requests; the IT director signs, a "
        "named editor is the contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Severočeské vydavatelství, a.s.",
            I35,
            "sv3hk7p",
            ["198.51.100.201", "198.51.100.202"],
            ["198.51.100.209"],
            "Kateřina Bílková",
            "bilkova@severoceskydenik.example",
            "+420476118204",
        ),
        "from": "Ing. Radovan Šimek <simek@severoceskydenik.example>",
        "subject": "Žádost o přístup k výsledkům voleb a o povolení natáčení",
        "headers": OUTLOOK,
        "smime": True,
        "body": "Severočeské vydavatelství, a.s.\n"
        "tř. Budovatelů 1520, 434 01 Most\n\n"
        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10\n\n"
        "V Mostě dne 4. června 2025\nNaše značka: SV/IT/118/25\n\n"
        "Věc: Žádost o přístup k výsledkům voleb do Poslanecké sněmovny a o povolení "
        "natáčení\n\n"
        "Vážené dámy, vážení pánové,\n\n"
        "Severočeské vydavatelství, a.s., vydavatel deníku Severočeský deník a provozovatel "
        "stejnojmenného zpravodajského portálu, si Vás dovoluje požádat o dvě věci "
        "související s nadcházejícími volbami do Poslanecké sněmovny.\n\n"
        "1. Přístup k průběžným výsledkům ve formátu XML\n"
        "Data bude stahovat náš importní server, který stojí v interní síti na adrese "
        "10.20.4.15; do internetu vystupuje přes NAT pod veřejnými adresami 198.51.100.201 "
        "a 198.51.100.202, které prosíme povolit jako produkční. Pro testování před volbami "
        "použijeme dočasný server s adresou 198.51.100.209, který po volbách zrušíme.\n\n"
        "2. Povolení natáčení\n"
        "Náš videoreportér by rád ve volební noc natáčel na krajském pracovišti ČSÚ v Ústí "
        "nad Labem krátké reportáže pro web; natáčení nebude nijak omezovat provoz "
        "pracoviště.\n\n"
        "Kontaktní osobou pro obě žádosti je vedoucí digitální redakce paní Mgr. Kateřina "
        "Bílková, tel. 476 118 204, e-mail bilkova@severoceskydenik.example. Technické "
        "dotazy k připojení rád zodpovím já.\n\n"
        "Děkujeme za vyřízení a jsme s pozdravem\n\n"
        "Ing. Radovan Šimek\nředitel IT\nSeveročeské vydavatelství, a.s.\n"
        "tel. 476 118 290\n"
        "IČO " + I35 + " | DIČ CZ" + I35 + " | ID DS sv3hk7p\n",
    },
    {
        "id": "dj036-cz-terse-filming-only-box-in-signature",
        "description": "terse mobile note: filming only, the XML declined; the body gives the "
        "name without its legal form, the signature with it, its IČO and box ID",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Televize Berounsko s.r.o.",
            I36,
            "tb2wn6q",
            [],
            [],
            "Jaroslav Tichý",
            "tichy@tvberounsko.example",
            "+420724505318",
        ),
        "from": "Jaroslav Tichý <tichy@tvberounsko.example>",
        "subject": "natáčení volební noc",
        "headers": IPHONE,
        "body": "Dobrý den, Televize Berounsko by ráda natáčela ve volební noc u vás v "
        "centrále (kameraman + redaktor). XML nepotřebujeme, výsledky bereme z webu.\n"
        "Díky, Tichý 724 505 318\n\n--\nJaroslav Tichý\nTelevize Berounsko s.r.o.\n"
        "IČO " + I36 + " | ID DS tb2wn6q\n\nOdesláno z iPhonu\n",
    },
    {
        "id": "dj037-es-university-documentary-filming-only",
        "description": "a Spanish university's faculty asks, in the university's name, only to "
        "film for a student documentary; the XML not needed; the sentence opens with the "
        "faculty",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Universidad de Montemayor",
            None,
            None,
            [],
            [],
            "Nuria Castellanos",
            "nuria.castellanos@umontemayor.example",
            "+34983412760",
        ),
        "from": "Nuria Castellanos <nuria.castellanos@umontemayor.example>",
        "subject": "Solicitud de permiso de grabación - documental universitario",
        "headers": ROUNDCUBE,
        "body": "Estimados señores:\n\n"
        "La Facultad de Ciencias de la Información de la Universidad de Montemayor prepara un "
        "documental sobre las elecciones en Europa Central. En nombre de la Universidad de "
        "Montemayor solicitamos permiso para grabar en su centro de recogida de datos de "
        "Praga durante la noche electoral (tres estudiantes y una profesora).\n\n"
        "No necesitamos acceso al XML.\n\n"
        "Persona de contacto: Dra. Nuria Castellanos, profesora titular, +34 983 41 27 60\n\n"
        "Atentamente,\nNuria Castellanos\nUniversidad de Montemayor\n",
    },
    {
        "id": "dj038-cz-contractor-xlsx-netmask-internal",
        "description": "an IT contractor's workbook for its client: address and netmask "
        "columns (/255.255.255.254 is two addresses, /255.255.255.255 one), an internal "
        "row not to be allowed; the client applies, its editor-in-chief on a second sheet",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Moravský rozhled s.r.o.",
            I38,
            None,
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.250"],
            "Aleš Krejčí",
            "krejci@moravskyrozhled.example",
            "+420585771930",
        ),
        "from": "Vít Sedlák <sedlak@hostcentrum-ol.example>",
        "subject": "Moravský rozhled – IP adresy pro XML",
        "headers": SEZNAM,
        "body": "Dobrý den,\n\n"
        "za našeho klienta Moravský rozhled s.r.o. (IČO " + I38 + ") posílám tabulku adres "
        "pro přístup k XML s výsledky voleb. Žádost podává klient, kontaktní osobou je jeho "
        "šéfredaktor (viz druhý list tabulky).\n\n"
        "Vít Sedlák\nHostCentrum Olomouc\n",
        "attachments": [
            (
                "xlsx",
                "IP_Moravsky_rozhled.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Adresa", "Maska", "Účel", "Poznámka"],
                            ["198.51.100.240", "255.255.255.254", "produkce", "2 servery"],
                            ["198.51.100.250", "255.255.255.255", "test", ""],
                            ["10.0.8.12", "255.255.255.0", "interní", "jen naše síť, nepovolovat"],
                        ],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Kontaktní osoba", "Aleš Krejčí, šéfredaktor"],
                            ["E-mail", "krejci@moravskyrozhled.example"],
                            ["Telefon", "585 771 930"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "dj039-is-radio-forwarded-eml-both",
        "description": "a Prague stringer forwards an Icelandic radio's request as an attached "
        "message in Icelandic; both requests; the Icelandic editor is the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Austurfréttir ehf.",
            None,
            None,
            ["203.0.113.12"],
            ["203.0.113.13"],
            "Guðrún Einarsdóttir",
            "gudrun@austurfrettir.example",
            "+3548624175",
        ),
        "from": "Pavla Horká <horka@stringer-praha.example>",
        "subject": "Fwd: Umsókn – XML og myndataka",
        "headers": EVOLUTION,
        "body": "Dobrý den,\n\nv příloze přeposílám žádost islandského rádia, pro které v Praze "
        "pracuji jako spolupracovnice. Kontaktní osobou je paní Einarsdóttir.\n\n"
        "Pavla Horká\n",
        "attachments": [
            (
                "eml",
                "umsokn.eml",
                {
                    "id": "dj039-inner",
                    "from": "Guðrún Einarsdóttir <gudrun@austurfrettir.example>",
                    "to": "horka@stringer-praha.example",
                    "subject": "Umsókn – XML og myndataka",
                    "body": "Góðan dag,\n\n"
                    "Austurfréttir ehf. óskar eftir aðgangi að XML-þjóni með "
                    "kosningaúrslitum og leyfi til myndatöku á gagnasöfnunarstaðnum í Prag "
                    "á kosninganótt.\n\n"
                    "Framleiðsluþjónn: 203.0.113.12\n"
                    "Prófunarþjónn: 203.0.113.13\n\n"
                    "Tengiliður: Guðrún Einarsdóttir, fréttastjóri, sími +354 862 4175\n\n"
                    "Kveðja,\nGuðrún Einarsdóttir\nAusturfréttir ehf.\n",
                },
            )
        ],
    },
    {
        "id": "dj040-cz-association-databox-rtf",
        "description": "a civic association (z. s.) publishing a community paper sends a data "
        "message with an RTF: a backup server beside production, no test address, filming "
        "not asked; a committee member is the contact, the chair signs",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Náš Broumov, z. s.",
            I40,
            "nb7sp3k",
            ["192.0.2.175", "192.0.2.176"],
            [],
            "Vojtěch Lánský",
            "lansky@nasbroumov.example",
            "+420777190834",
        ),
        "databox": box("nb7sp3k", "Náš Broumov, z. s.", "Masarykova 41, 550 01 Broumov"),
        "subject": "Žádost spolku Náš Broumov o přístup k výsledkům voleb",
        "attachments": [
            (
                "rtf",
                "zadost_spolek.rtf",
                [
                    "Náš Broumov, z. s., Masarykova 41, 550 01 Broumov, IČO " + I40,
                    "Spolek vydává občasník Broumovské listy a provozuje komunitní web. "
                    "Žádáme o přístup k XML s průběžnými výsledky voleb.",
                    [
                        ["produkční IP", "192.0.2.175 a 192.0.2.176 (záložní)"],
                        ["testovací IP", "není, testujeme na produkci"],
                    ],
                    "Povolení natáčení nežádáme.",
                    "Kontaktní osoba: Vojtěch Lánský, člen výboru, lansky@nasbroumov.example, "
                    "777 190 834",
                    "Za spolek: Marie Kalinová, předsedkyně",
                ],
            )
        ],
    },
    {
        "id": "dj041-ch-swiss-bzw-ipv6",
        "description": "Swiss German publisher: 'Produktions- bzw. Testserver … 192.0.2.230 bzw. "
        "192.0.2.239' gives the roles respectively, plus an IPv6 production server; 'Die' "
        "opens the sentence only; filming not needed",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Rheintaler Medien AG",
            None,
            None,
            ["192.0.2.230", "2001:db8:41::230"],
            ["192.0.2.239"],
            "Reto Baumgartner",
            "r.baumgartner@rheintaler-medien.example",
            "+41717552840",
        ),
        "from": "Reto Baumgartner <r.baumgartner@rheintaler-medien.example>",
        "subject": "Gesuch um Zugang zu den Wahlresultaten (XML)",
        "headers": OWA,
        "body": "Grüezi\n\n"
        "Die Rheintaler Medien AG ersucht um Zugang zum XML-Server mit den Resultaten der "
        "tschechischen Parlamentswahlen. Unser Produktions- bzw. Testserver hat die Adresse "
        "192.0.2.230 bzw. 192.0.2.239; zusätzlich bezieht ein IPv6-Produktionsserver die "
        "Daten unter 2001:db8:41::230.\n\n"
        "Eine Drehbewilligung benötigen wir nicht.\n\n"
        "Kontakt: Reto Baumgartner, Leiter Online, +41 71 755 28 40\n\n"
        "Freundliche Grüsse\nReto Baumgartner\nRheintaler Medien AG, Altstätten\n",
    },
    {
        "id": "dj042-ca-quebec-les-kept-temp-test",
        "description": "Québec publisher whose name begins with 'Les', written so in the "
        "signature too (kept); a temporary test server; office line and mobile side by "
        "side; flowed",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Les Nouvelles du Saguenay inc.",
            None,
            None,
            ["203.0.113.88"],
            ["203.0.113.89"],
            "Geneviève Tremblay",
            "g.tremblay@nouvellessaguenay.example",
            "+14185550147",
        ),
        "from": "Geneviève Tremblay <g.tremblay@nouvellessaguenay.example>",
        "subject": "Demande d'accès au flux XML – élections tchèques",
        "headers": GMAIL,
        "flowed": True,
        "body": "Bonjour,\n\n"
        "Les Nouvelles du Saguenay inc. demandent l'accès au flux XML des résultats "
        "électoraux tchèques ; la communauté d'origine tchèque de Chicoutimi suit ces "
        "élections de près.\n\n"
        "Serveur de production : 203.0.113.88\n"
        "Serveur d'essai : 203.0.113.89 (temporaire, pour la semaine précédant le scrutin)\n\n"
        "Responsable : Geneviève Tremblay, chef de pupitre numérique, tél. 418 555-0147, "
        "cellulaire 418 555-0199\n\n"
        "Merci et bonne journée,\n\nGeneviève Tremblay\nLes Nouvelles du Saguenay inc.\n",
    },
]
