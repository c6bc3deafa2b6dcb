"""Fifty-first held-out part ``cf``, cases cf001–cf014: an Austrian regional TV writing German
with a written range, a Polish agency's /30 in windows-1250, a Ukrainian broadcaster in Latin
transliteration for the second round only, a freelancer filming for three media, a Slovak town
TV's data message with a netmask, a Hungarian agency with IPv6 in base64, a Bulgarian agency
declining the feed in HTML, an IT contractor writing for a radio with reverse-DNS names, a
Serbian broadcaster's range, a university letter naming the office's own server, an Estonian
signed mail, a town's data message, a terse note and a French withdrawal in format=flowed.
Written by hand apart from the extraction rules (see make_fiftyfirst_cf); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyfirst_cf_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
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

I4, I5, I8, I10 = ico("7306152"), ico("4418207"), ico("2290463"), ico("6150378")
I12, I13 = ico("0028194"), ico("1753046")

CASES: list[dict[str, Any]] = [
    {
        "id": "cf001-austrian-regional-tv-range",
        "description": "German letter from an Austrian regional TV: production addresses as a "
        "written range 'von … bis …', the test address in a separate sentence, the managing "
        "director signs but the technician is named as contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Innviertel TV Regionalfernsehen GmbH",
            None,
            None,
            ["198.51.100.10", "198.51.100.11", "198.51.100.12"],
            ["198.51.100.19"],
            "Florian Haslinger",
            "f.haslinger@innviertel-tv.example",
            "+436649183402",
        ),
        "from": "Innviertel TV Redaktion <redaktion@innviertel-tv.example>",
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML) – Innviertel TV",
        "headers": OUTLOOK,
        "body": "Sehr geehrte Damen und Herren,\n\n"
        "die Innviertel TV Regionalfernsehen GmbH berichtet seit mehreren Jahren auch über "
        "Wahlen in unseren tschechischen Nachbarregionen. Für die kommenden Wahlen zum "
        "Abgeordnetenhaus beantragen wir hiermit den Zugang zu Ihrem Server mit den laufenden "
        "Ergebnissen im XML-Format.\n\n"
        "Unsere Abrufserver haben die Adressen von 198.51.100.10 bis 198.51.100.12. Für "
        "Testzwecke verwenden wir zusätzlich die Adresse 198.51.100.19.\n\n"
        "Ansprechpartner für alle technischen Fragen ist unser Techniker Herr Florian "
        "Haslinger, f.haslinger@innviertel-tv.example, Mobil +43 664 9183402.\n\n"
        "Eine Drehgenehmigung benötigen wir nicht.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Mag. Sabine Pointner\nGeschäftsführerin\n"
        "Innviertel TV Regionalfernsehen GmbH\nStadtplatz 14, 4910 Ried im Innkreis\n"
        "Tel. +43 7752 81 190\n",
    },
    {
        "id": "cf002-polish-agency-cidr-cp1250",
        "description": "Polish in windows-1250: the production servers as a /30 block "
        "(four addresses), 'testów nie przewidujemy' so no test address, the contact is the "
        "duty editor named mid-letter, not the signing director",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agencja Informacyjna Nadodrze sp. z o.o.",
            None,
            None,
            ["203.0.113.8", "203.0.113.9", "203.0.113.10", "203.0.113.11"],
            [],
            "Małgorzata Wierzbicka",
            "m.wierzbicka@nadodrze-ai.example",
            "+48601447352",
        ),
        "from": "Małgorzata Wierzbicka <m.wierzbicka@nadodrze-ai.example>",
        "subject": "Wniosek o dostęp do wyników wyborów – Agencja Informacyjna Nadodrze",
        "headers": TBIRD,
        "charset": "windows-1250",
        "body": "Szanowni Państwo,\n\n"
        "w imieniu Agencji Informacyjnej Nadodrze sp. z o.o. zwracam się z prośbą o "
        "udostępnienie bieżących wyników wyborów w formacie XML na Państwa serwerze "
        "dedykowanym dla mediów. Nasze serwisy dla klientów w Polsce i w Czechach "
        "korzystają z adresów w bloku 203.0.113.8/30. Testów nie przewidujemy.\n\n"
        "Osobą kontaktową będzie dyżurna redaktor Małgorzata Wierzbicka "
        "(m.wierzbicka@nadodrze-ai.example, tel. +48 601 447 352).\n\n"
        "Z wyrazami szacunku\n"
        "Tadeusz Kłos\nDyrektor Agencji\n"
        "Agencja Informacyjna Nadodrze sp. z o.o., ul. Rybacka 9, 45-025 Opole\n",
    },
    {
        "id": "cf003-ukrainian-second-round-translit",
        "description": "Ukrainian in Latin transliteration with English: the application is "
        "only for the second round of the presidential election (counts as a whole), feed and "
        "filming, the addresses given with their reverse-DNS names",
        "style": Style.MIXED,
        "labels": L(
            [FEED, FILM],
            "Natsionalna hromadska teleradiokompaniia Zakarpattia",
            None,
            None,
            ["192.0.2.70", "192.0.2.71"],
            ["192.0.2.78"],
            "Oksana Hrytsenko",
            "o.hrytsenko@zakarpattia-tv.example",
            "+380503127846",
        ),
        "from": "Oksana Hrytsenko <o.hrytsenko@zakarpattia-tv.example>",
        "subject": "Zaiavka / application - second round, presidential election",
        "headers": GMAIL,
        "body": "Dobryi den,\n\n"
        "Natsionalna hromadska teleradiokompaniia Zakarpattia prosyt nadaty dostup do XML "
        "rezultativ (results feed) for the SECOND ROUND of the presidential election only. "
        "Pershyi tur my ne vysvitliuiemo.\n\n"
        "Our servers:\n"
        "  feed-a.uzh.zakarpattia-tv.example (192.0.2.70)\n"
        "  feed-b.uzh.zakarpattia-tv.example (192.0.2.71)\n"
        "Test: staging.uzh.zakarpattia-tv.example (192.0.2.78)\n\n"
        "Takozh prosymo dozvil na ziomku (filming) in your Prague collection point on the "
        "night of the second round, crew of two: operator Taras Dovhan and me.\n\n"
        "Kontakt: Oksana Hrytsenko, o.hrytsenko@zakarpattia-tv.example, +380 50 312 78 46\n\n"
        "Z povahoiu / kind regards\nOksana Hrytsenko\nproducer, international desk\n",
    },
    {
        "id": "cf004-freelancer-three-media-filming",
        "description": "a freelance camerawoman filming for three media at once asks only "
        "for a recording permit; the media she names are not the applicant, she applies "
        "herself with her own IČO",
        "style": Style.FREELANCE,
        "labels": L(
            [FILM],
            "Veronika Šimáčková",
            I4,
            None,
            [],
            [],
            "Veronika Šimáčková",
            "veronika.simackova@kamera-vs.example",
            "+420733582014",
        ),
        "from": "Veronika Šimáčková <veronika.simackova@kamera-vs.example>",
        "subject": "natáčení na sčítacím pracovišti – volby",
        "headers": SEZNAM,
        "cte": "8bit",
        "body": "Dobrý den,\n\n"
        "jsem kameramanka na volné noze a na volební noc mám objednávky od tří redakcí "
        "(Jihočeská televize, zpravodajský web Budějovický Deník Online a rakouská ORT "
        "Süd). Prosím o povolení natáčet na vašem krajském pracovišti v Českých "
        "Budějovicích. O XML výsledky nežádám, ty si redakce řeší samy.\n\n"
        "Natáčet budu sama, bez osvětlení, max. 30 minut.\n\n"
        "Veronika Šimáčková\nIČO " + I4 + "\ntel. 733 582 014\n",
    },
    {
        "id": "cf005-databox-slovak-town-tv-netmask",
        "description": "data message from a Slovak-run town TV company with a Czech box: "
        "Slovak PDF, production as address plus netmask 255.255.255.252 (four addresses), "
        "one test address, the annotation says only 'žiadosť'",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Mestská televízia Hodonín s.r.o.",
            I5,
            "h7tv2kx",
            ["198.51.100.32", "198.51.100.33", "198.51.100.34", "198.51.100.35"],
            ["198.51.100.40"],
            "Juraj Baláž",
            "balaz@mtv-hodonin.example",
            "+421905338127",
        ),
        "databox": box(
            "h7tv2kx", "Mestská televízia Hodonín s.r.o.", "Národní třída 8, 695 01 Hodonín"
        ),
        "subject": "žiadosť – výsledky volieb XML",
        "attachments": [
            (
                "pdf",
                "ziadost_MTV.pdf",
                [
                    "Mestská televízia Hodonín s.r.o., Národní třída 8, 695 01 Hodonín, IČO " + I5,
                    "Vec: Žiadosť o prístup k priebežným výsledkom volieb",
                    "Dobrý deň, žiadame o sprístupnenie výsledkov volieb na vyhradenom "
                    "serveri vo formáte XML. Produkčná sieť: 198.51.100.32, maska "
                    "255.255.255.252. Testovacia adresa: 198.51.100.40.",
                    "Kontaktná osoba: Juraj Baláž, technik, balaz@mtv-hodonin.example, "
                    "+421 905 338 127",
                    "S pozdravom\nIng. Denisa Kováčová, konateľka",
                ],
            )
        ],
    },
    {
        "id": "cf006-hungarian-agency-ipv6-base64",
        "description": "Hungarian in base64: IPv6 production addresses written in full "
        "(labelled compressed), an IPv4 test address, the contact named surname first as "
        "Hungarian does",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunántúli Hírügynökség Kft.",
            None,
            None,
            ["2001:db8:4a::10", "2001:db8:4a::11"],
            ["203.0.113.77"],
            "Szabó Ildikó",
            "szabo.ildiko@dunantuli-hirugynokseg.example",
            "+36304418260",
        ),
        "from": "Szabó Ildikó <szabo.ildiko@dunantuli-hirugynokseg.example>",
        "subject": "Kérelem: választási eredmények XML hozzáférés",
        "headers": ZIMBRA,
        "cte": "base64",
        "body": "Tisztelt Hölgyeim és Uraim!\n\n"
        "A Dunántúli Hírügynökség Kft. nevében kérjük, hogy biztosítsanak számunkra "
        "hozzáférést a cseh választások részeredményeit közlő XML szerverhez.\n\n"
        "Éles szervereink (IPv6):\n"
        "2001:0db8:004a:0000:0000:0000:0000:0010\n"
        "2001:0db8:004a:0000:0000:0000:0000:0011\n"
        "Teszt szerver: 203.0.113.77\n\n"
        "Kapcsolattartó: Szabó Ildikó, szabo.ildiko@dunantuli-hirugynokseg.example, "
        "+36 30 441 8260\n\n"
        "Üdvözlettel:\nSzabó Ildikó\nrovatvezető\n",
    },
    {
        "id": "cf007-bulgarian-agency-declines-feed-html",
        "description": "HTML-only mail in English from a Bulgarian agency: filming only, the "
        "feed explicitly not needed although last year's server addresses are quoted",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Balkan Press Agency EAD",
            None,
            None,
            [],
            [],
            "Desislava Petkova",
            "d.petkova@balkanpress.example",
            "+359888415270",
        ),
        "from": "Desislava Petkova <d.petkova@balkanpress.example>",
        "subject": "Request - filming at counting centre (Bulgarian press agency)",
        "headers": OWA,
        "html": "<html><body><p>Dear colleagues,</p>"
        "<p>Balkan Press Agency EAD would like to ask for a <b>permission to film and "
        "photograph</b> at the central counting premises in Prague on election night.</p>"
        "<p>Please note we do <u>not</u> need access to the XML results this time &ndash; "
        "last year our servers 198.51.100.150 and 198.51.100.151 were registered, but we "
        "will take the results from our partner agency.</p>"
        "<p>Crew: Nikolay Stoyanov (camera), Desislava Petkova (reporter, contact person), "
        "phone +359 888 415 270.</p>"
        "<p>Best regards,<br>Desislava Petkova<br>Balkan Press Agency EAD, Sofia</p>"
        "</body></html>",
    },
    {
        "id": "cf008-it-contractor-for-radio-rdns",
        "description": "an IT supplier writes on behalf of its client, a radio (the applicant, "
        "with IČO); addresses only as host names with the address in brackets, the "
        "contractor's own office address is also in the text; the named contact is the "
        "contractor's technician",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Rádio Podbrdsko s.r.o.",
            I8,
            None,
            ["192.0.2.140", "192.0.2.141"],
            ["192.0.2.142"],
            "Ondřej Kaláb",
            "kalab@netservis-pb.example",
            "+420605118473",
        ),
        "from": "Ondřej Kaláb <kalab@netservis-pb.example>",
        "subject": "Rádio Podbrdsko – přístup k XML výsledkům voleb",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\n"
        "jsme IT dodavatel společnosti Rádio Podbrdsko s.r.o. (IČO " + I8 + ") a na její "
        "žádost vám posílám údaje pro přístup k výsledkům voleb na dedikovaném serveru. "
        "Žadatelem je rádio, my jen spravujeme jeho servery.\n\n"
        "Produkce:\n"
        "  vysledky1.radiopodbrdsko.example -> 192.0.2.140\n"
        "  vysledky2.radiopodbrdsko.example -> 192.0.2.141\n"
        "Test:\n"
        "  devel.radiopodbrdsko.example -> 192.0.2.142\n\n"
        "(Z naší kanceláře, 203.0.113.250, se na server připojovat nebudeme.)\n\n"
        "Kontaktní osoba pro tuto žádost: Ondřej Kaláb, kalab@netservis-pb.example, "
        "605 118 473. Za rádio žádost schválil jednatel Petr Zelenka.\n\n"
        "Ondřej Kaláb\nNetServis Příbram s.r.o.\n",
    },
    {
        "id": "cf009-serbian-broadcaster-range",
        "description": "Serbian in Latin script: production as a dash range '203.0.113.200 – "
        "203' (four addresses), a test address, the contact is the signing editor",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio-televizija Vojvodine Sever d.o.o.",
            None,
            None,
            ["203.0.113.200", "203.0.113.201", "203.0.113.202", "203.0.113.203"],
            ["203.0.113.210"],
            "Milica Jovanović",
            "milica.jovanovic@rtv-sever.example",
            "+381638871402",
        ),
        "from": "Milica Jovanović <milica.jovanovic@rtv-sever.example>",
        "subject": "Zahtev za pristup rezultatima izbora (XML)",
        "headers": APPLE,
        "body": "Poštovani,\n\n"
        "Radio-televizija Vojvodine Sever d.o.o. podnosi zahtev za pristup tekućim "
        "rezultatima izbora u XML formatu na vašem namenskom serveru.\n\n"
        "Produkcione IP adrese: 203.0.113.200 – 203\n"
        "Test IP adresa: 203.0.113.210\n\n"
        "Snimanje nam nije potrebno.\n\n"
        "Srdačan pozdrav,\n"
        "Milica Jovanović\nurednica informativnog programa\n"
        "milica.jovanovic@rtv-sever.example | +381 63 887 1402\n",
    },
    {
        "id": "cf010-university-letter-office-server-ips",
        "description": "DOCX letter of a faculty (applies as its university) with header and "
        "footer; it names the office's own results server addresses to say which feed it "
        "wants, which are not the applicant's; the contact is a researcher, the dean signs",
        "style": Style.INSTITUTION,
        "labels": L(
            [FEED],
            "Univerzita Horního Poohří, veřejná vysoká škola",
            I10,
            None,
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Lenka Dvořáčková",
            "lenka.dvorackova@uhp.example",
            "+420476220318",
        ),
        "from": "Lenka Dvořáčková <lenka.dvorackova@uhp.example>",
        "subject": "Žádost – přístup k volebním datům pro výzkum",
        "headers": TBIRD,
        "body": "Dobrý den,\n\nv příloze zasílám žádost naší fakulty podepsanou panem "
        "děkanem.\n\nLenka Dvořáčková\n",
        "attachments": [
            (
                "docx",
                "zadost_FSV_UHP.docx",
                {
                    "header": "Univerzita Horního Poohří, veřejná vysoká škola | Fakulta "
                    "sociálních věd | IČO " + I10,
                    "footer": "Kadaňská 1022/4, 430 01 Chomutov | www.uhp.example",
                    "blocks": [
                        "Český statistický úřad\nodbor informatiky",
                        "Věc: Žádost o zpřístupnění průběžných výsledků voleb",
                        "Katedra politologie Fakulty sociálních věd Univerzity Horního "
                        "Poohří, veřejné vysoké školy, žádá o přístup k průběžným výsledkům "
                        "voleb ve formátu XML. Jde nám o datový výstup vašeho serveru "
                        "s adresami 198.51.100.250 a 198.51.100.251, který jsme využívali "
                        "už při minulých volbách přes partnerské médium.",
                        "Naše adresy: produkční 192.0.2.33, testovací 192.0.2.34.",
                        "Kontaktní osoba: Mgr. Lenka Dvořáčková, Ph.D., "
                        "lenka.dvorackova@uhp.example, tel. 476 220 318",
                        "doc. PhDr. Jaromír Stach, CSc.\nděkan",
                    ],
                },
            )
        ],
    },
    {
        "id": "cf011-estonian-signed-ipv6-no-test",
        "description": "S/MIME-signed Estonian mail with English and Czech words: one IPv4 and "
        "one IPv6 production address, 'testime otse toodangus' (test from production) so "
        "no test address",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Lõuna Meedia OÜ",
            None,
            None,
            ["198.18.40.12", "2001:db8:ee::12"],
            [],
            "Kristjan Tamm",
            "kristjan.tamm@louna-meedia.example",
            "+3725138846",
        ),
        "from": "Kristjan Tamm <kristjan.tamm@louna-meedia.example>",
        "subject": "Taotlus / žádost – election results XML feed",
        "headers": APPLE,
        "smime": True,
        "body": "Dobrý den / Tere,\n\n"
        "Lõuna Meedia OÜ soovib juurdepääsu valimistulemuste XML voole (results feed) "
        "teie serveris.\n\n"
        "Production: 198.18.40.12 ja IPv6 2001:db8:ee:0:0:0:0:12\n"
        "Testserverit meil ei ole, testime otse toodangus (production).\n\n"
        "Kontakt: Kristjan Tamm, kristjan.tamm@louna-meedia.example, +372 513 8846\n\n"
        "Děkujeme / Aitäh,\nKristjan Tamm\nLõuna Meedia OÜ, Tartu\n",
    },
    {
        "id": "cf012-databox-town-both-odt",
        "description": "data message from a town (public authority box) that runs its own "
        "cable TV: ODT form with both requests, addresses written '192.0.2.161, .162 a "
        ".163', the mayor signs, the contact is the TV's editor",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Město Nové Sedlo nad Jizerou",
            I12,
            "n3sjq8a",
            ["192.0.2.161", "192.0.2.162", "192.0.2.163"],
            ["192.0.2.170"],
            "Hana Kořínková",
            "korinkova@novesedlo.example",
            "+420481620455",
        ),
        "databox": box(
            "n3sjq8a",
            "Město Nové Sedlo nad Jizerou",
            "Náměstí 1, 512 51 Nové Sedlo nad Jizerou",
            kind=10,
        ),
        "subject": "Žádost Kabelové televize Nové Sedlo – výsledky voleb a natáčení",
        "attachments": [
            (
                "odt",
                "zadost_KTV.odt",
                [
                    "Město Nové Sedlo nad Jizerou, IČO " + I12 + ", provozovatel Kabelové "
                    "televize Nové Sedlo",
                    "Žádáme o: 1) přístup k výsledkům voleb v XML, 2) povolení natáčet na "
                    "pracovišti ČSÚ v Liberci.",
                    [
                        ["Produkční IP", "192.0.2.161, .162 a .163"],
                        ["Testovací IP", "192.0.2.170"],
                        ["Kontakt", "Hana Kořínková, redaktorka KTV"],
                        ["E-mail / tel.", "korinkova@novesedlo.example / 481 620 455"],
                    ],
                    "Ing. Pavel Hrubeš, starosta",
                ],
            )
        ],
    },
    {
        "id": "cf013-terse-note-blog",
        "description": "four-line note from K-9 Mail: abbreviations, no greeting, IČO and "
        "name only in a one-line signature",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Kraj v číslech z.s.",
            I13,
            None,
            ["198.18.4.4"],
            ["198.18.4.5"],
            "Tomáš Blažek",
            "blazek@krajvcislech.example",
            "+420777290614",
        ),
        "from": "Tomáš Blažek <blazek@krajvcislech.example>",
        "subject": "xml volby",
        "headers": K9,
        "body": "prosim o xml feed na volby\nprod 198.18.4.4 / test 198.18.4.5\n"
        "tel 777290614\n\n--\nT. Blažek, Kraj v číslech z.s., IČ " + I13 + "\n",
    },
    {
        "id": "cf014-french-withdraws-feed-flowed",
        "description": "French in format=flowed: the first paragraph asks for feed and filming "
        "with addresses, a P.S. withdraws the feed (so its addresses go too): filming only",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Les Éditions du Rhin Supérieur SA",
            None,
            None,
            [],
            [],
            "Camille Girardot",
            "c.girardot@rhin-superieur.example",
            "+33612448093",
        ),
        "from": "Camille Girardot <c.girardot@rhin-superieur.example>",
        "subject": "Demande d'accréditation – élections législatives tchèques",
        "headers": OUTLOOK,
        "flowed": True,
        "body": "Madame, Monsieur,\n\n"
        "Les Éditions du Rhin Supérieur SA souhaitent obtenir l'accès au flux XML des "
        "résultats (serveur de production 203.0.113.90, test 203.0.113.91) ainsi que "
        "l'autorisation de filmer au centre de dépouillement de Prague.\n\n"
        "Contact : Camille Girardot, c.girardot@rhin-superieur.example, +33 6 12 44 80 93\n\n"
        "Bien cordialement,\nCamille Girardot\nLes Éditions du Rhin Supérieur SA\n\n"
        "P.S. Notre service technique vient de m'informer que nous recevrons les résultats "
        "par une agence partenaire ; merci donc de ne pas tenir compte de la demande d'accès XML. Seule "
        "l'autorisation de tournage reste d'actualité.\n",
    },
]
