"""Fiftieth held-out part ``bz``, cases bz001–bz014: a German regional TV that applies only
"if foreign media may", a Polish portal with IPv6 given with a prefix length and in full, a
Slovak town TV with a netmask, a Hungarian news site with "illetve", a law firm applying with a
power of attorney, a media group's data message with hostnames and addresses in brackets, a
terse freelancer who only wants to photograph, a university institute's CIDR block, a Spanish
freelancer applying for a later election, an Italian radio deferring the XML, a Dutch/English
mix with a replaced server, an IT contractor writing for a radio, a Swedish paper withdrawing
its filming in a PS and a municipality's data message.
Written by hand apart from the extraction rules (see make_fiftieth_bz); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftieth_bz_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I3, I5, I5L, I6, I8 = ico("3617204"), ico("2748391"), ico("0563182"), ico("2983046"), ico("0070913")
I12, I12C, I14 = ico("2561730"), ico("0847256"), ico("0028497")

CASES: list[dict[str, Any]] = [
    {
        "id": "bz001-de-regionalfernsehen-falls-auslaendisch",
        "description": "German regional TV in windows-1250/8bit; the request is made 'falls dies "
        "auch für ausländische Medien möglich ist' (it still counts); production as a range "
        "'198.51.100.60 bis .62'; no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Oberpfalz Regionalfernsehen GmbH",
            None,
            None,
            ["198.51.100.60", "198.51.100.61", "198.51.100.62"],
            ["198.51.100.70"],
            "Sabine Köhler",
            "koehler@oberpfalz-rtv.example",
            "+499614873210",
        ),
        "from": "Dr. Sabine Köhler <koehler@oberpfalz-rtv.example>",
        "subject": "Anfrage: Wahlergebnisse (XML) und Dreharbeiten, Parlamentswahl",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": "Sehr geehrte Damen und Herren,\n\n"
        "die Oberpfalz Regionalfernsehen GmbH (Weiden i.d.OPf.) berichtet seit Jahren über "
        "das Grenzgebiet zu Westböhmen. Falls dies auch für ausländische Medien möglich ist, "
        "beantragen wir hiermit\n\n"
        "  1. den Zugang zu den laufenden Wahlergebnissen im XML-Format und\n"
        "  2. eine Drehgenehmigung für ein Team an Ihrer Sammelstelle in Pilsen "
        "(Kamera + Redakteurin, ca. 2 Stunden am Wahlabend).\n\n"
        "Unsere Server für den Abruf: 198.51.100.60 bis .62 (drei Maschinen, "
        "Lastverteilung).\n"
        "Für Tests nutzen wir 198.51.100.70.\n\n"
        "Ansprechpartnerin bin ich selbst: Tel. +49 961 4873-210, "
        "koehler@oberpfalz-rtv.example.\n\n"
        "Sollte die Teilnahme ausländischer Sender nicht vorgesehen sein, bitten wir um eine "
        "kurze Nachricht.\n\n"
        "Mit freundlichen Grüßen\n"
        "Dr. Sabine Köhler\n"
        "Chefredakteurin\n"
        "Oberpfalz Regionalfernsehen GmbH\n"
        "Sedanstraße 14, 92637 Weiden i.d.OPf.\n"
        "Zentrale: +49 961 4873-0\n",
    },
    {
        "id": "bz002-pl-portal-ipv6-prefix-and-full",
        "description": "Polish portal in iso-8859-2/base64; production IPv6 with a /128 prefix "
        "length, the test IPv6 written in full with leading zeros; an IPv4 production too",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Gazeta Cieszyńska Sp. z o.o.",
            None,
            None,
            ["2001:db8:4a1::10", "203.0.113.25"],
            ["2001:db8:4a1::20"],
            "Katarzyna Wójcik",
            "k.wojcik@gazetacieszynska.example",
            "+48338524107",
        ),
        "from": "Katarzyna Wójcik <k.wojcik@gazetacieszynska.example>",
        "subject": "Wniosek o dostep do wynikow wyborow (XML)",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "cte": "base64",
        "body": "Szanowni Państwo,\n\n"
        "w imieniu Gazeta Cieszyńska Sp. z o.o. (wydawca portalu gazetacieszynska.example) "
        "zwracam się z prośbą o udostępnienie wyników wyborów w formacie XML z Państwa "
        "serwera. Relacjonujemy wybory po obu stronach Olzy.\n\n"
        "Adresy produkcyjne:\n"
        "  2001:db8:4a1::10/128\n"
        "  203.0.113.25\n"
        "Adres testowy:\n"
        "  2001:0db8:04a1:0000:0000:0000:0000:0020\n\n"
        "Osoba kontaktowa: Katarzyna Wójcik, tel. +48 33 852 41 07, "
        "k.wojcik@gazetacieszynska.example\n\n"
        "Z poważaniem\n"
        "Katarzyna Wójcik\n"
        "redaktor prowadząca\n"
        "Gazeta Cieszyńska Sp. z o.o., ul. Głęboka 21, 43-400 Cieszyn\n",
    },
    {
        "id": "bz003-sk-mestska-tv-netmask",
        "description": "Slovak town TV, format=flowed; production as an address with netmask "
        "255.255.255.252 (four addresses); 'testovať budeme z produkcie' gives no test address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Mestská televízia Skalica, s.r.o.",
            I3,
            None,
            ["198.18.22.40", "198.18.22.41", "198.18.22.42", "198.18.22.43"],
            [],
            "Marek Hudec",
            "hudec@tvskalica.example",
            "+421905318442",
        ),
        "from": "Marek Hudec <hudec@tvskalica.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": GMAIL,
        "flowed": True,
        "body": "Dobrý deň,\n\n"
        "Mestská televízia Skalica, s.r.o., IČO " + I3 + ", by rada aj tento rok "
        "vysielala výsledky českých volieb pre divákov na Záhorí. Žiadame preto o prístup k "
        "XML s priebežnými výsledkami.\n\n"
        "Náš rozsah: 198.18.22.40, maska 255.255.255.252\n"
        "Testovať budeme z produkcie, samostatnú testovaciu adresu nemáme.\n\n"
        "Kontakt: Ing. Marek Hudec, technik vysielania, +421 905 318 442\n\n"
        "S pozdravom\n"
        "Marek Hudec\n",
    },
    {
        "id": "bz004-hu-hirportal-illetve",
        "description": "Hungarian news site in iso-8859-2/QP; 'az éles, illetve a teszt szerver "
        "címe A, illetve B' (order words); contact in Hungarian order, surname first",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunántúli Hírek Kft.",
            None,
            None,
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Szabó Levente",
            "szabo.levente@dunantulihirek.example",
            "+36304182291",
        ),
        "from": "Szabó Levente <szabo.levente@dunantulihirek.example>",
        "subject": "Kérelem: választási eredmények XML",
        "headers": ZIMBRA,
        "charset": "iso-8859-2",
        "cte": "qp",
        "body": "Tisztelt Hölgyem/Uram!\n\n"
        "A Dunántúli Hírek Kft. nevében kérem, hogy hozzáférést biztosítsanak számunkra a "
        "cseh parlamenti választás részeredményeit tartalmazó XML-hez.\n\n"
        "Az éles, illetve a teszt szerverünk címe 192.0.2.33, illetve 192.0.2.34.\n"
        "Forgatási engedélyre nincs szükségünk.\n\n"
        "Kapcsolattartó: Szabó Levente, +36 30 418 2291\n\n"
        "Üdvözlettel:\n"
        "Szabó Levente\n"
        "informatikai vezető, Dunántúli Hírek Kft.\n"
        "Győr, Baross Gábor út 12.\n",
    },
    {
        "id": "bz005-advokat-plna-moc-tydenik",
        "description": "a law firm applies for a weekly with a power of attorney (PDF); both "
        "IČOs appear (the firm's in its signature); the contact is the weekly's technician, "
        "not the signing lawyer; S/MIME-signed",
        "style": Style.PROXY,
        "labels": L(
            [FEED, FILM],
            "Týdeník Podbrdsko, a.s.",
            I5,
            None,
            ["203.0.113.80", "203.0.113.81"],
            ["203.0.113.90"],
            "Petr Šindelář",
            "sindelar@podbrdsko.example",
            "+420603447152",
        ),
        "from": '"Hrubeš & Kalina, advokátní kancelář" <podatelna@hrubes-kalina.example>',
        "subject": "Žádost o zpřístupnění výsledků voleb a povolení natáčení - zast. "
        "Týdeník Podbrdsko, a.s.",
        "headers": OUTLOOK,
        "smime": True,
        "body": "Vážení,\n\n"
        "jako právní zástupce společnosti Týdeník Podbrdsko, a.s., IČO " + I5 + ", se sídlem "
        "Pražská 117, 261 01 Příbram (plnou moc přikládáme), podáváme jejím jménem žádost\n"
        "a) o zpřístupnění průběžných výsledků voleb ve formátu XML a\n"
        "b) o povolení pořizovat obrazové záznamy na pracovišti ČSÚ v Příbrami.\n\n"
        "Klientka bude data přijímat na adresách 203.0.113.80 a 203.0.113.81; testovací "
        "adresa je 203.0.113.90.\n\n"
        "Ve věcech technických i organizačních se prosím obracejte přímo na klientku, "
        "kontaktní osobou je pan Petr Šindelář, vedoucí IT týdeníku "
        "(sindelar@podbrdsko.example, mobil 603 447 152). Doručování písemností prosíme na "
        "naši kancelář.\n\n"
        "S úctou\n\n"
        "JUDr. Veronika Kalinová\n"
        "advokátka, ev. č. ČAK 18442\n"
        "Hrubeš & Kalina, advokátní kancelář s.r.o., IČO " + I5L + "\n"
        "Vodičkova 30, 110 00 Praha 1, tel. 224 318 600\n",
        "attachments": [
            (
                "pdf",
                "plna_moc_Tydenik_Podbrdsko.pdf",
                [
                    "PLNÁ MOC",
                    "Společnost Týdeník Podbrdsko, a.s., IČO " + I5 + ", se sídlem Pražská 117, "
                    "261 01 Příbram, zastoupená Ing. Alešem Vaňkem, předsedou představenstva,",
                    "zmocňuje",
                    "Hrubeš & Kalina, advokátní kancelář s.r.o., IČO " + I5L + ", Vodičkova 30, "
                    "110 00 Praha 1,",
                    "aby ji zastupovala při podání žádosti o zpřístupnění výsledků voleb a "
                    "o povolení natáčení u Českého statistického úřadu a činila za ni veškeré "
                    "související úkony.",
                    "V Příbrami dne 2. září 2025\nIng. Aleš Vaněk, předseda představenstva\n"
                    "Plnou moc přijímám: JUDr. Veronika Kalinová",
                ],
            )
        ],
    },
    {
        "id": "bz006-databox-mediagroup-hostnames-brackets",
        "description": "data message of a media group naming three titles, one company applies; "
        "servers as hostnames with the address in brackets (two production, one stage) in a "
        "DOCX table; a second person (editor-in-chief) signs",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vltava Media Group a.s.",
            I6,
            "vm7kq2p",
            ["198.51.100.121", "198.51.100.122"],
            ["198.51.100.130"],
            "Alena Koubková",
            "koubkova@vltavamedia.example",
            "+420776210384",
        ),
        "databox": box(
            "vm7kq2p", "Vltava Media Group a.s.", "Na Sadech 9, 370 01 České Budějovice"
        ),
        "subject": "Žádost o přístup k výsledkům voleb pro tituly skupiny",
        "attachments": [
            (
                "docx",
                "VMG_zadost_volby.docx",
                {
                    "header": "VLTAVA MEDIA GROUP a.s. | Na Sadech 9, České Budějovice | IČO "
                    + I6
                    + " | DS vm7kq2p",
                    "footer": "Krumlovský deník · Strakonický týdeník · Rádio Blanice",
                    "blocks": [
                        "Věc: Žádost o zpřístupnění výsledků voleb (XML)",
                        "Společnost Vltava Media Group a.s. vydává Krumlovský deník a "
                        "Strakonický týdeník a provozuje Rádio Blanice. Za všechny tři tituly "
                        "žádáme jako jeden žadatel o přístup k průběžným výsledkům. Data "
                        "zpracovává společný redakční systém:",
                        {
                            "rows": [
                                ["Server", "Účel"],
                                ["xml1.vltavamedia.example (198.51.100.121)", "produkce"],
                                ["xml2.vltavamedia.example (198.51.100.122)", "produkce"],
                                ["stage.vltavamedia.example (198.51.100.130)", "test"],
                            ]
                        },
                        "Kontaktní osoba: Alena Koubková, správa redakčních systémů, "
                        "koubkova@vltavamedia.example, 776 210 384",
                        "Mgr. Jindřich Pešek\nšéfredaktor skupiny",
                    ],
                },
            )
        ],
    },
    {
        "id": "bz007-terse-freelancer-foto-only",
        "description": "four lines from a phone without diacritics: a freelance photographer "
        "without IČO wants only to photograph; the From header spells his name with them",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Ondřej Plachý",
            None,
            None,
            [],
            [],
            "Ondřej Plachý",
            "ondra.plachy@fotomail.example",
            "+420731205448",
        ),
        "from": "Ondřej Plachý <ondra.plachy@fotomail.example>",
        "subject": "foceni volby Usti",
        "headers": K9,
        "cte": "8bit",
        "body": "Dobry den, chtel bych fotit na vasem pracovisti v Usti n.L. behem scitani "
        "(volny fotograf, fotky pro regionalni weby). XML nepotrebuju.\n"
        "Ondrej Plachy, 731 205 448\n\n"
        "Odesláno z mobilu\n",
    },
    {
        "id": "bz008-univerzita-ustav-cidr",
        "description": "a university institute (no legal entity) applies as its university "
        "', veřejná vysoká škola'; production a /30 CIDR block in the DOCX letter, test single; "
        "the cover mail is signed by a secretary, the contact is the researcher",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Univerzita Podkrkonoší, veřejná vysoká škola",
            I8,
            None,
            ["192.0.2.64", "192.0.2.65", "192.0.2.66", "192.0.2.67"],
            ["192.0.2.72"],
            "Tereza Landová",
            "tereza.landova@upk.example",
            "+420499318755",
        ),
        "from": "Sekretariát ÚPV <sekretariat.upv@upk.example>",
        "subject": "Žádost Ústavu politologie UPK o data z voleb",
        "headers": TBIRD,
        "body": "Dobrý den,\n\nv příloze zasíláme žádost Ústavu politologie a veřejné "
        "správy o přístup k výsledkům voleb pro výzkumný projekt.\n\n"
        "Monika Vlasáková\nsekretariát ÚPV\n",
        "attachments": [
            (
                "docx",
                "UPV_zadost_CSU.docx",
                {
                    "header": "Univerzita Podkrkonoší, veřejná vysoká škola | Fakulta "
                    "sociálních studií | Ústav politologie a veřejné správy",
                    "footer": "Studentská 1402, 541 01 Trutnov | IČO " + I8 + " | www.upk.example",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10",
                        "Věc: žádost o zpřístupnění průběžných výsledků voleb",
                        "Vážené dámy, vážení pánové,",
                        "Ústav politologie a veřejné správy Fakulty sociálních studií "
                        "Univerzity Podkrkonoší řeší projekt modelování volební účasti v "
                        "reálném čase. Jménem univerzity žádáme o přístup k XML s průběžnými "
                        "výsledky. Natáčet ani fotografovat nepotřebujeme.",
                        "Produkční rozsah: 192.0.2.64/30 (univerzitní výpočetní cluster)\n"
                        "Testovací stanice: 192.0.2.72",
                        "Kontaktní osoba: doc. Mgr. Tereza Landová, Ph.D., "
                        "tereza.landova@upk.example, tel. 499 318 755",
                        "prof. PhDr. Karel Dušek, CSc.\nředitel ústavu",
                    ],
                },
            )
        ],
    },
    {
        "id": "bz009-es-freelance-later-election-ipv6",
        "description": "a Spanish freelance journalist (no IČO, no company) applies as a whole "
        "for the next year's elections (counts); one IPv6 production address, no test; "
        "multipart/alternative",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Lucía Ferrer Quintana",
            None,
            None,
            ["2001:db8:77::5"],
            [],
            "Lucía Ferrer Quintana",
            "lucia.ferrer@periodista.example",
            "+34612447903",
        ),
        "from": "Lucía Ferrer Quintana <lucia.ferrer@periodista.example>",
        "subject": "Solicitud de acceso a los resultados electorales (XML) - elecciones 2026",
        "headers": GMAIL,
        "body": "Estimados señores:\n\n"
        "Soy periodista independiente y cubro la política centroeuropea para varios "
        "diarios españoles. Para las elecciones municipales de 2026 solicito acceso a los "
        "resultados provisionales en formato XML.\n\n"
        "Mi servidor (producción): 2001:db8:77::5\n"
        "No tengo servidor de pruebas; probaré directamente desde producción.\n\n"
        "Contacto: Lucía Ferrer Quintana, +34 612 447 903\n\n"
        "Un cordial saludo,\nLucía Ferrer Quintana\nPeriodista autónoma, Madrid\n",
        "html": "<p>Estimados señores:</p><p>Soy periodista independiente y cubro la "
        "política centroeuropea para varios diarios españoles. Para las <b>elecciones "
        "municipales de 2026</b> solicito acceso a los resultados provisionales en formato "
        "XML.</p><p>Mi servidor (producción): <code>2001:db8:77::5</code><br>No tengo "
        "servidor de pruebas; probaré directamente desde producción.</p><p>Contacto: Lucía "
        "Ferrer Quintana, +34 612 447 903</p><p>Un cordial saludo,<br>Lucía Ferrer "
        "Quintana<br>Periodista autónoma, Madrid</p>",
    },
    {
        "id": "bz010-it-radio-film-now-xml-piu-avanti",
        "description": "Italian radio-TV asks to film now and defers the XML ('lo chiederemo più "
        "avanti'), mentioning a likely address: filming only, no addresses",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "RadioTele Alto Adige S.r.l.",
            None,
            None,
            [],
            [],
            "Giulia Santoro",
            "g.santoro@radiotele-aa.example",
            "+393402218874",
        ),
        "from": "Giulia Santoro <g.santoro@radiotele-aa.example>",
        "subject": "Richiesta permesso di riprese - elezioni",
        "headers": APPLE,
        "body": "Gentili signore e signori,\n\n"
        "RadioTele Alto Adige S.r.l. (Bolzano) prepara un servizio sulle elezioni "
        "ceche. Chiediamo il permesso di effettuare riprese video presso il vostro centro di "
        "raccolta dati a Praga la sera dello spoglio (una troupe di due persone).\n\n"
        "Per quanto riguarda l'accesso al file XML dei risultati: lo chiederemo più avanti, "
        "quando il nostro reparto tecnico avrà deciso il server (probabilmente "
        "203.0.113.140).\n\n"
        "Referente: Giulia Santoro, cell. +39 340 221 8874\n\n"
        "Cordiali saluti\nGiulia Santoro\nredazione esteri\n",
    },
    {
        "id": "bz011-nl-en-mixed-replaced-server-html",
        "description": "Dutch mixed with English in an HTML-only mail; the new server "
        "'replaces the old' one (old left out); a foundation without IČO",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Stichting Omroep Grensland",
            None,
            None,
            ["198.18.40.12"],
            ["198.18.40.13"],
            "Joris van Dijk",
            "j.vandijk@omroepgrensland.example",
            "+31641278830",
        ),
        "from": "Joris van Dijk <j.vandijk@omroepgrensland.example>",
        "subject": "Aanvraag / request: election results XML feed",
        "headers": OWA,
        "html": "<div>Goedemiddag,</div><div><br></div>"
        "<div>Stichting Omroep Grensland would like to request access to the XML feed with "
        "the live election results again. We hebben vorig jaar al meegedaan, maar onze "
        "server is intussen vervangen:</div><ul>"
        "<li>production: <b>198.18.40.12</b> (new, replaces the old 198.18.40.2 – die mag "
        "eruit)</li><li>test: 198.18.40.13</li></ul>"
        "<div>Filming is niet nodig.</div><div><br></div>"
        "<div>Contact: Joris van Dijk, +31 6 4127 8830</div><div><br></div>"
        "<div>Met vriendelijke groet / kind regards,<br>Joris van Dijk<br>Technisch "
        "coördinator<br>Stichting Omroep Grensland, Enschede</div>",
    },
    {
        "id": "bz012-it-dodavatel-za-radio-interni-host",
        "description": "an IT contractor writes for a radio (the radio applies; the "
        "contractor's IČO is in the signature); a range '203.0.113.160-163'; an internal "
        "10.x host behind NAT is not an address to label; the contractor names himself contact",
        "style": Style.PROXY,
        "labels": L(
            [FEED],
            "Rádio Jeseník s.r.o.",
            I12,
            None,
            ["203.0.113.160", "203.0.113.161", "203.0.113.162", "203.0.113.163"],
            ["203.0.113.170"],
            "Lukáš Novotný",
            "novotny@netbridge.example",
            "+420608215904",
        ),
        "from": "Lukáš Novotný <novotny@netbridge.example>",
        "subject": "Rádio Jeseník - přístup k výsledkům voleb",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\n"
        "jsme externí IT dodavatel společnosti Rádio Jeseník s.r.o. (IČO " + I12 + ") a "
        "na jejich žádost vám posílám podklady k přístupu na XML s výsledky voleb.\n\n"
        "Veřejné adresy, ze kterých budou chodit dotazy: 203.0.113.160-163\n"
        "Testovací prostředí: 203.0.113.170\n"
        "(Interně data zpracovává stroj 10.40.0.8, ale ven jde vše přes NAT z adres výše, "
        "takže ho neřešte.)\n\n"
        "Natáčet rádio nebude.\n\n"
        "Kontaktní osobou pro tuto žádost jsem já, s rádiem to mám dohodnuté "
        "(pověření od jednatele mohu doložit).\n\n"
        "Lukáš Novotný\n"
        "NetBridge Solutions s.r.o., IČO " + I12C + "\n"
        "tel. 608 215 904\n",
    },
    {
        "id": "bz013-sv-dagblad-ps-ingen-filmning",
        "description": "Swedish paper asks for feed and filming, then withdraws the filming in a "
        "PS; an AB without IČO; Mac Outlook",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Norrlands Dagblad AB",
            None,
            None,
            ["192.0.2.200"],
            ["192.0.2.201"],
            "Elin Lundqvist",
            "elin.lundqvist@norrlandsdagblad.example",
            "+46704182267",
        ),
        "from": "Elin Lundqvist <elin.lundqvist@norrlandsdagblad.example>",
        "subject": "Ansökan: valresultat i XML + filmning",
        "headers": MAC_OUTLOOK,
        "body": "Hej!\n\n"
        "Norrlands Dagblad AB ansöker härmed om tillgång till valresultaten i XML-format "
        "samt om tillstånd att filma vid er insamlingsplats i Prag under valnatten.\n\n"
        "Produktionsserver: 192.0.2.200\n"
        "Testserver: 192.0.2.201\n\n"
        "Kontaktperson: Elin Lundqvist, +46 70 418 22 67\n\n"
        "Med vänliga hälsningar\nElin Lundqvist\nutrikesredaktionen\n\n"
        "PS. Vi behöver inte filma ändå – vårt team åker inte till Prag. Bara XML, tack.\n",
    },
    {
        "id": "bz014-databox-obec-zpravodaj-xlsx",
        "description": "a municipality's data message (public authority box) for its newsletter "
        "and cable TV; XLSX with both requests and one production address, no test; the "
        "mayor signs, the contact is an officer",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Obec Horní Lhota",
            I14,
            "hl4obc2",
            ["198.51.100.200"],
            [],
            "Lenka Machová",
            "machova@hornilhota.example",
            "+420725330118",
        ),
        "databox": box("hl4obc2", "Obec Horní Lhota", "Horní Lhota 45, 742 83 Horní Lhota", 10),
        "subject": "Žádost obce - výsledky voleb a natáčení (Lhotský zpravodaj, kabelová TV)",
        "attachments": [
            (
                "xlsx",
                "zadost_obec_HL.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žádost obce Horní Lhota", None],
                            ["Žadatel", "Obec Horní Lhota"],
                            ["IČO", I14],
                            ["Médium", "Lhotský zpravodaj + obecní kabelová televize"],
                            ["Přístup k XML výsledkům", "ano"],
                            ["Natáčení na pracovišti ČSÚ Ostrava", "ano (kabelová TV)"],
                            ["IP produkční", "198.51.100.200"],
                            ["IP testovací", "—"],
                            ["Kontakt", "Bc. Lenka Machová, referentka"],
                            ["E-mail", "machova@hornilhota.example"],
                            ["Telefon", "725 330 118"],
                            ["Za obec", "Jiří Ondruch, starosta"],
                        ],
                        "merge": ["A1:B1"],
                    }
                ],
            )
        ],
    },
]
