"""Fifty-seventh held-out part ``cx``, cases cx001–cx014: a Ukrainian medium writing Czech with
transliterated names, a Lithuanian site writing English, a student television that only wants
to film, a short range next to a /30 block, Romanian and Croatian mails, a town hall with an
uncompressed IPv6 address, a German freelancer with "bzw.", a university's data message with a
CIDR block, a Polish publisher, a Slovak regional TV with a replaced address, a Hungarian
formal letter, an IT contractor writing for a publisher and a French agency that withdraws its
filming request. Written by hand apart from the extraction rules (see make_fiftyseventh_cx);
labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyseventh_cx_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
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

I1, I3, I4, I7 = ico("2749061"), ico("0063218"), ico("2810457"), ico("0029317")
I9, I11, I13, I13C = ico("0072495"), ico("3641820"), ico("2695184"), ico("2477035")

CASES: list[dict[str, Any]] = [
    {
        "id": "cx001-ukrainian-medium-czech-transliterated",
        "description": "a Ukrainian exile medium writes Czech with small slips; the sender, the "
        "editor-in-chief and the contact are three people, names in Latin and Cyrillic",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Hromada Media s.r.o.",
            I1,
            None,
            ["198.51.100.70"],
            ["198.51.100.71"],
            "Olena Petrenko",
            "petrenko@hromada-media.example",
            "+420776204318",
        ),
        "from": "Oleksandr Kovalenko <kovalenko@hromada-media.example>",
        "subject": "Žádost - volby, přístup na server a natáčení",
        "headers": GMAIL,
        "cte": "8bit",
        "body": "Dobrý den,\n\n"
        "jsme ukrajinské zpravodajské médium, které od roku 2022 působí v Praze a píše pro "
        "ukrajinskou komunitu v Česku. Letos poprvé chceme přinášet výsledky voleb živě "
        "v ukrajinštině, proto prosíme o přístup k XML na dedikovaný server a také o povolení "
        "natáčet ve volební noc na vašem pracovišti (kamera 1 osoba + redaktorka).\n\n"
        "Údaje:\n"
        "Hromada Media s.r.o., IČO " + I1 + ", Vinohradská 1610/48, Praha 2\n"
        "IP adresa pro produkce: 198.51.100.70\n"
        "IP adresa pro testování: 198.51.100.71\n\n"
        "Kontaktní osobou je naše technická redaktorka paní Olena Petrenko "
        "(Олена Петренко), petrenko@hromada-media.example, tel. +420 776 204 318. "
        "Šéfredaktor Andrij Melnyk (Андрій Мельник) bude na natáčení také.\n\n"
        "Omlouvám se za chyby v češtině.\n\n"
        "S pozdravem\n"
        "Oleksandr Kovalenko / Олександр Коваленко\n"
        "office manager, Hromada Media\n",
    },
    {
        "id": "cx002-lithuanian-english-range",
        "description": "a Lithuanian site writes English; production as a dashed range of four, "
        "the company code is Lithuanian (no IČO) and the phone is written with 8 prefix",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "UAB Nemuno žinios",
            None,
            None,
            ["203.0.113.20", "203.0.113.21", "203.0.113.22", "203.0.113.23"],
            ["203.0.113.30"],
            "Rūta Jankauskienė",
            "ruta.j@nemunozinios.example",
            "+37061245873",
        ),
        "from": "Ruta Jankauskiene <ruta.j@nemunozinios.example>",
        "subject": "Election results XML - request from Lithuania",
        "headers": MAC_OUTLOOK,
        "body": "Dear colleagues,\n\n"
        "we are a Lithuanian online news outlet covering Central Europe and we would like to "
        "show the Czech parliamentary election results live on our site, using your XML "
        "service. We don't need to film anything.\n\n"
        "Company: UAB Nemuno žinios (company code 304871265, VAT LT100011223314)\n"
        "Address: Laisvės al. 54, Kaunas, Lithuania\n"
        "Production servers: 203.0.113.20 - 203.0.113.23\n"
        "Test server: 203.0.113.30\n\n"
        "Contact: Rūta Jankauskienė, head of digital, ruta.j@nemunozinios.example,\n"
        "mob. +370 612 45873\n\n"
        "Thank you in advance and best regards,\n"
        "Rūta Jankauskienė\n",
    },
    {
        "id": "cx003-student-tv-filming-teacher",
        "description": "a student writes for the school's student television: filming only, the "
        "XML refused in passing; the supervising teacher is named as the contact",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Gymnázium Otakara Vrby, Rychnovec, příspěvková organizace",
            I3,
            None,
            [],
            [],
            "Petra Dvořáková",
            "dvorakova@gymrychnovec.example",
            "+420734910226",
        ),
        "from": "Tomas Bilek <bilek.tomas@student.gymrychnovec.example>",
        "subject": "natáčení studentská TV",
        "headers": IPHONE,
        "body": "Dobrý den,\n\n"
        "jsem ze studentské televize GOV TV na našem gymnáziu a chtěli bychom natočit reportáž "
        "o tom, jak se sčítají volby, přímo u vás na krajském pracovišti. Ten XML server "
        "nepotřebujeme, jen natáčet (2-3 lidi, jedna kamera).\n\n"
        "Škola: Gymnázium Otakara Vrby, Rychnovec, příspěvková organizace, IČO " + I3 + "\n"
        "Kontakt za školu (dozor): Mgr. Petra Dvořáková, dvorakova@gymrychnovec.example, "
        "734 910 226\n\n"
        "Díky moc\nTomáš Bílek, 3.B\n\nOdesláno z iPhonu\n",
    },
    {
        "id": "cx004-short-range-next-to-slash30",
        "description": "a regional TV gives production as a short range with an en dash "
        "(192.0.2.10–12) and test as a /30 block on the next line",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "TV Podlesí s.r.o.",
            I4,
            None,
            ["192.0.2.10", "192.0.2.11", "192.0.2.12"],
            ["192.0.2.16", "192.0.2.17", "192.0.2.18", "192.0.2.19"],
            "Kamil Šustr",
            "sustr@tvpodlesi.example",
            "+420608772154",
        ),
        "from": "Kamil Šustr <sustr@tvpodlesi.example>",
        "subject": "XML volby – TV Podlesí",
        "headers": TBIRD,
        "body": "Dobrý den,\n"
        "jako každý rok prosíme o přístup k XML výsledkům.\n\n"
        "TV Podlesí s.r.o., IČO " + I4 + "\n"
        "produkce: 192.0.2.10–12\n"
        "test: 192.0.2.16/30\n"
        "kontakt: Kamil Šustr, vedoucí vysílací techniky, 608 772 154\n\n"
        "Díky, KŠ\n",
    },
    {
        "id": "cx005-romanian-adresa-productie",
        "description": "Romanian mail with 'adresă de producție / de test'; filming declined in "
        "a sentence; a Romanian fiscal code (CUI) that is no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Știri de Vest S.R.L.",
            None,
            None,
            ["198.51.100.140"],
            ["198.51.100.141"],
            "Andrei Popescu",
            "andrei.popescu@stiridevest.example",
            "+40722418935",
        ),
        "from": "Andrei Popescu <andrei.popescu@stiridevest.example>",
        "subject": "Cerere acces date electorale XML",
        "headers": OUTLOOK,
        "body": "Bună ziua,\n\n"
        "Vă scriem din partea publicației online Știri de Vest (Timișoara). Dorim să preluăm "
        "rezultatele alegerilor din Cehia în timp real prin serviciul dumneavoastră XML. "
        "Nu avem nevoie de permis de filmare.\n\n"
        "Solicitant: Știri de Vest S.R.L., CUI RO38215476, Timișoara\n"
        "Adresă de producție: 198.51.100.140\n"
        "Adresă de test: 198.51.100.141\n"
        "Persoană de contact: Andrei Popescu, redactor tehnic\n"
        "Tel: 0722 418 935 (+40)\n"
        "E-mail: andrei.popescu@stiridevest.example\n\n"
        "Cu stimă,\nAndrei Popescu\n",
    },
    {
        "id": "cx006-croatian-produkcijska-testna",
        "description": "Croatian mail with 'produkcijska / testna adresa' and a request to film "
        "in Prague; an OIB of eleven digits next to the name",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Jadranski portal d.o.o.",
            None,
            None,
            ["203.0.113.150"],
            ["203.0.113.151"],
            "Ivana Horvat",
            "ivana.horvat@jadranskiportal.example",
            "+385916603418",
        ),
        "from": "Ivana Horvat <ivana.horvat@jadranskiportal.example>",
        "subject": "Zahtjev - izbori u Češkoj, XML i snimanje",
        "headers": ROUNDCUBE,
        "body": "Poštovani,\n\n"
        "Jadranski portal d.o.o. (OIB 58203147761), Split, molimo pristup XML podacima s "
        "rezultatima izbora te dozvolu za snimanje u vašem uredu u Pragu u izbornoj noći "
        "(naš dopisnik i snimatelj).\n\n"
        "Produkcijska adresa: 203.0.113.150\n"
        "Testna adresa: 203.0.113.151\n\n"
        "Kontakt osoba: Ivana Horvat, ivana.horvat@jadranskiportal.example, "
        "+385 91 660 3418\n"
        "Dopisnik u Pragu: Luka Babić, +420 731 220 914\n\n"
        "Srdačan pozdrav,\nIvana Horvat\nvoditeljica IT-a\n",
    },
    {
        "id": "cx007-town-hall-ipv6-uncompressed",
        "description": "a town hall's press office wants the feed for the town's own website; "
        "production IPv6 written uncompressed with leading zeros next to an IPv4, no test",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Město Lipník nad Sázavkou",
            I7,
            None,
            ["2001:db8::a15", "192.0.2.77"],
            [],
            "Martina Kolářová",
            "kolarova@lipnik-mesto.example",
            "+420569431207",
        ),
        "from": "Tiskové oddělení MěÚ Lipník <tisk@lipnik-mesto.example>",
        "subject": "Žádost o přístup k výsledkům voleb pro web města",
        "headers": OWA,
        "charset": "windows-1250",
        "body": "Vážení,\n\n"
        "Město Lipník nad Sázavkou by rádo ve volební noc zobrazovalo na svém webu "
        "www.lipnik-mesto.example průběžné výsledky za obec a okrsky. Žádáme proto o "
        "zpřístupnění XML na dedikovaném serveru. Natáčet u vás nepotřebujeme.\n\n"
        "Web běží na serveru našeho dodavatele, adresy serveru:\n"
        "IPv6: 2001:0db8:0000:0000:0000:0000:0000:0a15\n"
        "IPv4: 192.0.2.77\n"
        "Testovací prostředí nemáme, zkoušet budeme přímo na produkci.\n\n"
        "Kontakt: Martina Kolářová, tisková mluvčí, tel. 569 431 207, "
        "kolarova@lipnik-mesto.example\n\n"
        "S pozdravem\n"
        "Martina Kolářová\n"
        "tiskové oddělení, Městský úřad Lipník nad Sázavkou\n"
        "Město Lipník nad Sázavkou, nám. Míru 1, IČO " + I7 + "\n",
    },
    {
        "id": "cx008-german-freelancer-bzw",
        "description": "a German freelance data journalist applies for himself; two addresses "
        "assigned to production and test only through 'bzw.'",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Jonas Albrecht",
            None,
            None,
            ["198.18.20.8"],
            ["198.18.20.9"],
            "Jonas Albrecht",
            "jonas@albrecht-daten.example",
            "+491716230457",
        ),
        "from": "Jonas Albrecht <jonas@albrecht-daten.example>",
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML)",
        "headers": APPLE,
        "flowed": True,
        "body": "Sehr geehrte Damen und Herren,\n\n"
        "ich bin freier Datenjournalist (Leipzig) und arbeite für mehrere deutsche "
        "Regionalzeitungen an einer Live-Karte der tschechischen Parlamentswahl. Ich beantrage "
        "daher den Zugang zum XML-Server. Eine Drehgenehmigung brauche ich nicht.\n\n"
        "Meine Server 198.18.20.8 bzw. 198.18.20.9 dienen der Produktion bzw. dem Test.\n\n"
        "Ein Unternehmen habe ich nicht, ich beantrage als Einzelperson.\n\n"
        "Mit freundlichen Grüßen\n"
        "Jonas Albrecht\n"
        "freier Journalist\n"
        "Mobil +49 171 6230457\n",
    },
    {
        "id": "cx009-databox-university-cidr",
        "description": "data message from a public university for a faculty's research team; "
        "production as a /30 block in the PDF, testing from production",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Univerzita Karla Lažanského v Plzenci, veřejná vysoká škola",
            I9,
            "u7kq3mz",
            ["198.51.100.200", "198.51.100.201", "198.51.100.202", "198.51.100.203"],
            [],
            "Filip Janota",
            "janota@fss.ukl-plzenec.example",
            "+420377631592",
        ),
        "databox": box(
            "u7kq3mz",
            "Univerzita Karla Lažanského v Plzenci",
            "Univerzitní 2732/8, 332 09 Plzenec",
        ),
        "subject": "Žádost o přístup k XML výsledků voleb – výzkumný projekt FSS",
        "attachments": [
            (
                "pdf",
                "zadost_FSS_volby.pdf",
                [
                    "Univerzita Karla Lažanského v Plzenci, veřejná vysoká škola\n"
                    "Fakulta sociálních studií – Katedra politologie\nIČO: " + I9,
                    "Český statistický úřad\nodbor zpracování výsledků voleb",
                    "Věc: žádost o zpřístupnění průběžných výsledků voleb",
                    "Katedra politologie řeší projekt analýzy sčítání hlasů v reálném čase. "
                    "Žádáme o přístup k výsledkům ve formátu XML na dedikovaném serveru. "
                    "Natáčení ani fotografování neplánujeme.",
                    {
                        "rows": [
                            ["Produkční adresy", "198.51.100.200/30 (výpočetní cluster katedry)"],
                            ["Testovací adresy", "—, testovat budeme z produkčních adres"],
                            [
                                "Kontaktní osoba",
                                "Ing. Filip Janota, Ph.D., janota@fss.ukl-plzenec.example, "
                                "377 631 592",
                            ],
                        ],
                        "widths": [130, 330],
                    },
                    "V Plzenci dne 2. 9. 2025\ndoc. PhDr. Alena Růžičková, Ph.D.\nděkanka fakulty",
                ],
            )
        ],
    },
    {
        "id": "cx010-polish-mixed-english",
        "description": "Polish mail switching into English for the technical part; filming "
        "marked NIE; a NIP that is no IČO; the contact differs from the sender",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Wydawnictwo Nowa Prasa Sp. z o.o.",
            None,
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.189"],
            "Katarzyna Wójcik",
            "k.wojcik@nowaprasa.example",
            "+48601372849",
        ),
        "from": "Piotr Zieliński <p.zielinski@nowaprasa.example>",
        "subject": "Wniosek o dostęp do wyników wyborów / XML access",
        "headers": ZIMBRA,
        "body": "Dzień dobry,\n\n"
        "w imieniu Wydawnictwo Nowa Prasa Sp. z o.o. (Katowice, NIP 6342871095) zwracamy się "
        "z prośbą o dostęp do serwera z wynikami wyborów w formacie XML.\n"
        "Pozwolenie na filmowanie: NIE.\n\n"
        "Technical details (our admins don't speak Polish-only, sorry):\n"
        "- production IPs: 203.0.113.180, 203.0.113.181\n"
        "- test IP: 203.0.113.189\n"
        "- contact person: Katarzyna Wójcik, k.wojcik@nowaprasa.example, +48 601 372 849\n\n"
        "Z poważaniem\nPiotr Zieliński\nsekretarz redakcji\n",
    },
    {
        "id": "cx011-slovak-regional-tv-replaced-ip",
        "description": "Slovak regional TV: last year's address replaced by a new one in the "
        "same sentence; feed and filming; a Slovak IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "TV Záhorie, s.r.o.",
            I11,
            None,
            ["203.0.113.19"],
            ["203.0.113.20"],
            "Juraj Mikuš",
            "mikus@tvzahorie.example",
            "+421905318642",
        ),
        "from": "Juraj Mikuš <mikus@tvzahorie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb a povolenie nakrúcať",
        "headers": OUTLOOK,
        "body": "Dobrý deň,\n\n"
        "regionálna televízia TV Záhorie, s.r.o. (IČO " + I11 + ") žiada o prístup k "
        "výsledkom volieb v XML a o povolenie nakrúcať na vašom pracovisku v Brne.\n\n"
        "Produkčná IP: namiesto minuloročnej 203.0.113.9 už používame 203.0.113.19\n"
        "Testovacia IP: 203.0.113.20\n"
        "Kontakt: Juraj Mikuš, technik, +421 905 318 642\n\n"
        "S pozdravom\nJuraj Mikuš\n",
    },
    {
        "id": "cx012-hungarian-formal-docx-ipv6",
        "description": "long formal Hungarian letter in a DOCX; IPv6 production and test; the "
        "contact is named surname first the Hungarian way and differs from the signer",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Alföldi Hírek Kft.",
            None,
            None,
            ["2001:db8:4c::10"],
            ["2001:db8:4c::11"],
            "Szabó Anikó",
            "szabo.aniko@alfoldihirek.example",
            "+36304418279",
        ),
        "from": "Alföldi Hírek titkárság <titkarsag@alfoldihirek.example>",
        "subject": "Kérelem – választási eredmények XML",
        "headers": OUTLOOK,
        "body": "Tisztelt Hölgyeim és Uraim!\n\nCsatoltan küldjük kérelmünket.\n\n"
        "Üdvözlettel\nTitkárság\n",
        "attachments": [
            (
                "docx",
                "kerelem_CSU.docx",
                {
                    "header": "Alföldi Hírek Kft. | 6720 Szeged, Kárász u. 14 | "
                    "adószám 25318476-2-06",
                    "footer": "www.alfoldihirek.example",
                    "blocks": [
                        "Cseh Statisztikai Hivatal\nPrága",
                        "Tárgy: hozzáférés a választási eredmények XML-szolgáltatásához",
                        "Tisztelt Hivatal!",
                        "Az Alföldi Hírek Kft. regionális hírportálként évek óta kiemelten "
                        "foglalkozik a közép-európai választásokkal. Olvasóink nagy "
                        "érdeklődéssel követik a csehországi eseményeket, ezért a választás "
                        "éjszakáján élő eredményközlést tervezünk. Ehhez kérjük a dedikált "
                        "szerverhez való hozzáférést. Forgatási engedélyre nincs szükségünk.",
                        {
                            "rows": [
                                ["Éles (produkciós) szerver", "2001:db8:4c::10"],
                                ["Teszt szerver", "2001:db8:4c::11"],
                                [
                                    "Kapcsolattartó",
                                    "Szabó Anikó, informatikai vezető\n"
                                    "szabo.aniko@alfoldihirek.example\n+36 30 441 8279",
                                ],
                            ]
                        },
                        "Szeged, 2025. szeptember 3.",
                        "Tisztelettel:\nDr. Kiss Gábor\nügyvezető igazgató",
                    ],
                },
            )
        ],
    },
    {
        "id": "cx013-it-contractor-for-publisher-nat",
        "description": "an IT contractor writes for its client publisher; two IČOs (the "
        "contractor's and the publisher's); an internal 10.x host behind the public address",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Vydavatelství Horácko a.s.",
            I13,
            None,
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.95"],
            "Marek Hruška",
            "hruska@netvisio.example",
            "+420602817330",
        ),
        "from": "Marek Hruška <hruska@netvisio.example>",
        "subject": "Horácko - přístup k volebnímu XML",
        "headers": SEZNAM,
        "body": "Dobrý den,\n\n"
        "píšu za firmu NetVisio s.r.o. (IČO " + I13C + "), která spravuje servery "
        "našemu klientovi Vydavatelství Horácko a.s., IČO " + I13 + ". Klient žádá o "
        "přístup k XML s výsledky voleb pro web horacko-denne.example, žádost podepsanou "
        "ředitelem vám posílá zvlášť poštou.\n\n"
        "Veřejné produkční adresy: 198.51.100.90 a 198.51.100.91\n"
        "(aplikace běží interně na 10.40.2.15, ven jde přes NAT na ty dvě výše)\n"
        "Test: 198.51.100.95\n\n"
        "Technické věci prosím řešte se mnou – Marek Hruška, NetVisio, 602 817 330.\n\n"
        "Díky\nMarek Hruška\n",
    },
    {
        "id": "cx014-french-agency-withdraws-filming",
        "description": "French agency asks for the feed and filming, then a P.S. gives up the "
        "filming; flowed text; SIREN number, no IČO",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Agence Lumière Presse SAS",
            None,
            None,
            ["192.0.2.200", "192.0.2.201"],
            ["192.0.2.210"],
            "Claire Moreau",
            "c.moreau@lumierepresse.example",
            "+33612457380",
        ),
        "from": "Claire Moreau <c.moreau@lumierepresse.example>",
        "subject": "Demande d'accès aux résultats électoraux et autorisation de tournage",
        "headers": K9,
        "flowed": True,
        "body": "Madame, Monsieur,\n\n"
        "L'Agence Lumière Presse SAS (SIREN 812 447 390, Lyon) souhaite accéder au flux XML "
        "des résultats des élections législatives tchèques et, si possible, obtenir une "
        "autorisation de tournage dans vos locaux le soir du scrutin.\n\n"
        "Adresses de production : 192.0.2.200 et 192.0.2.201\n"
        "Adresse de test : 192.0.2.210\n"
        "Contact : Claire Moreau, c.moreau@lumierepresse.example, +33 6 12 45 73 80\n\n"
        "Cordialement,\nClaire Moreau\n\n"
        "P.S. Je viens d'apprendre que notre équipe vidéo ne sera pas à Prague : nous "
        "renonçons donc à l'autorisation de tournage, seul l'accès XML nous intéresse.\n",
    },
]
