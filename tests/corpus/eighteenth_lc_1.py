"""Eighteenth held-out part ``lc``, cases lc001–lc014: foreign media in their own languages,
freelancers, a university, a town, an IT contractor and an agency; CIDR blocks, netmasks,
ranges, IPv6 and replaced hosts (written by hand, see make_eighteenth_lc)."""

from __future__ import annotations

from typing import Any

from tests.corpus.eighteenth_lc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I_SK_ZAH = ico("4682013")
I_VB = ico("7521904")
I_UHM = ico("0061537")
I_LHOT = ico("0025871")
I_POOT = ico("2614783")
I_NETB = ico("0877342")
I_STA = ico("4527706")
I_PODBR = ico("2871350")

CASES: list[dict[str, Any]] = [
    {
        "id": "lc001-de-zeitung-cidr-block",
        "description": "German newspaper writing German; production given as a /30 block, a parser version and a port nearby",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Elbtal Verlagsgesellschaft mbH",
            None,
            None,
            ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"],
            ["198.51.100.80"],
            "Jörg Weidenfeller",
            "j.weidenfeller@elbtal-zeitung.example",
            "+4935148602217",
        ),
        "from": "Jörg Weidenfeller <j.weidenfeller@elbtal-zeitung.example>",
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML) – Elbtal Zeitung",
        "headers": TBIRD,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Elbtal Zeitung (Herausgeber: Elbtal Verlagsgesellschaft mbH, Dresden) berichtet "
            "seit vielen Jahren über die Wahlen in unserem Nachbarland, vor allem für unsere Leser "
            "in der Grenzregion. Für die kommenden Wahlen möchten wir die vorläufigen Ergebnisse "
            "direkt über Ihren XML-Dienst abrufen.\n\n"
            "Unsere Abrufserver stehen im Netz 198.51.100.64/30 (alle vier Adressen bitte "
            "freischalten). Für Tests verwenden wir das System 198.51.100.80. Abgerufen wird über "
            "HTTPS (Port 443) mit unserem eigenen Parser, Version 3.2.1.\n\n"
            "Eine Drehgenehmigung benötigen wir nicht.\n\n"
            "Ansprechpartner für alle technischen Fragen bin ich selbst.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Jörg Weidenfeller\n"
            "Leiter Digitale Produktion\n"
            "Elbtal Verlagsgesellschaft mbH\n"
            "Ostra-Allee 14, 01067 Dresden\n"
            "Tel. +49 351 4860-2217 | Zentrale +49 351 4860-0\n"
            "Amtsgericht Dresden HRB 4417 | USt-IdNr. DE 812 334 901\n"
        ),
    },
    {
        "id": "lc002-pl-radio-range-film-declined",
        "description": "Polish radio in Polish: production as a written range, filming explicitly not needed, NIP noise",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Śląsk Plus sp. z o.o.",
            None,
            None,
            ["203.0.113.40", "203.0.113.41", "203.0.113.42"],
            ["203.0.113.50"],
            "Agnieszka Wróblewska",
            "a.wroblewska@radioslaskplus.example",
            "+48325550127",
        ),
        "from": "Agnieszka Wróblewska <a.wroblewska@radioslaskplus.example>",
        "subject": "Wniosek o dostęp do wyników wyborów w formacie XML",
        "headers": GMAIL,
        "body": (
            "Szanowni Państwo,\n\n"
            "w imieniu Radio Śląsk Plus sp. z o.o. (NIP 634-012-55-71, Katowice) zwracam się "
            "z prośbą o udostępnienie wyników wyborów w formacie XML. Nasza redakcja "
            "przygotowuje wieczór wyborczy dla słuchaczy z pogranicza polsko-czeskiego.\n\n"
            "Adresy produkcyjne: od 203.0.113.40 do 203.0.113.42\n"
            "Adres testowy: 203.0.113.50\n\n"
            "Zgody na filmowanie nie potrzebujemy – nie będziemy nagrywać w Państwa "
            "siedzibie.\n\n"
            "Osoba kontaktowa: Agnieszka Wróblewska, tel. +48 32 555 01 27\n\n"
            "Z poważaniem\n"
            "Agnieszka Wróblewska\n"
            "kierownik działu IT\n"
            "Radio Śląsk Plus\n"
        ),
    },
    {
        "id": "lc003-sk-tv-netmask-both",
        "description": "Slovak TV in windows-1250: production as an address with a netmask, also asks for filming",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "TV Záhorie, s.r.o.",
            I_SK_ZAH,
            None,
            ["192.0.2.16", "192.0.2.17", "192.0.2.18", "192.0.2.19"],
            ["192.0.2.24"],
            "Zuzana Hlaváčová",
            "hlavacova@tvzahorie.example",
            "+421905123456",
        ),
        "from": "Zuzana Hlaváčová <hlavacova@tvzahorie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb a o povolenie nakrúcania",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý deň,\n\n"
            f"TV Záhorie, s.r.o., IČO: {I_SK_ZAH}, so sídlom v Senici, týmto žiada o prístup "
            "k XML výstupom s výsledkami volieb do Poslaneckej snemovne.\n\n"
            "Produkčné servery: 192.0.2.16 s maskou 255.255.255.252\n"
            "Testovací server: 192.0.2.24\n\n"
            "Zároveň žiadame o povolenie nakrúcania v zberovom mieste ČSÚ v Hodoníne v noci zo "
            "soboty na nedeľu; štáb budú tvoriť dvaja ľudia (redaktor a kameraman).\n\n"
            "Kontaktná osoba: Mgr. Zuzana Hlaváčová, mobil +421 905 123 456\n\n"
            "S pozdravom\n"
            "Mgr. Zuzana Hlaváčová\n"
            "vedúca spravodajstva\n"
            "TV Záhorie, s.r.o. | Hviezdoslavova 31, 905 01 Senica\n"
        ),
    },
    {
        "id": "lc004-hu-portal-ipv6-mixed-english",
        "description": "Hungarian portal mixing Hungarian and English; IPv6 production, IPv4 test, tax number noise",
        "style": Style.MIXED_ENGLISH,
        "labels": L(
            [FEED],
            "Dunamenti Hírek Kft.",
            None,
            None,
            ["2001:db8:4f1::10", "2001:db8:4f1::11"],
            ["198.51.100.150"],
            "Kovács Eszter",
            "kovacs.eszter@dunamentihirek.example",
            "+3615557340",
        ),
        "from": "Kovács Eszter <kovacs.eszter@dunamentihirek.example>",
        "subject": "Request for access / kérelem – election results XML",
        "headers": APPLE,
        "body": (
            "Tisztelt Hölgyem / Uram,\n\n"
            "sorry, my Czech is not good enough, so I write in English and Hungarian.\n\n"
            "We are Dunamenti Hírek Kft. (adószám: 14203877-2-41), a news portal in Győr, and we "
            "would like to get access to the XML results feed for the Czech elections.\n\n"
            "Our servers are IPv6 only in production:\n"
            "  éles / production: 2001:0db8:04f1:0000:0000:0000:0000:0010\n"
            "                     2001:0db8:04f1:0000:0000:0000:0000:0011\n"
            "  teszt / test: 198.51.100.150 (IPv4, our old staging box)\n\n"
            "Kapcsolattartó / contact: Kovács Eszter, +36 1 555 7340\n\n"
            "Köszönöm szépen / thank you,\n"
            "Kovács Eszter\n"
            "főszerkesztő-helyettes, Dunamenti Hírek\n"
        ),
    },
    {
        "id": "lc005-fr-agency-filming-only",
        "description": "French agency in French asks only to film; the XML feed is explicitly not needed",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Agence Presse Europe Centrale SARL",
            None,
            None,
            [],
            [],
            "Camille Roussel",
            "c.roussel@apec-presse.example",
            "+33612345678",
        ),
        "from": "Camille Roussel <c.roussel@apec-presse.example>",
        "subject": "Demande d'autorisation de tournage – soirée électorale",
        "headers": OWA,
        "body": (
            "Madame, Monsieur,\n\n"
            "L'Agence Presse Europe Centrale SARL (Lyon) souhaite obtenir l'autorisation de filmer "
            "au centre de collecte des résultats de l'Office tchèque de statistique à Prague "
            "le soir du dépouillement. Notre équipe comptera trois personnes (journaliste, "
            "caméraman, preneur de son).\n\n"
            "Nous n'avons pas besoin d'accès au flux XML des résultats : nos données viennent "
            "d'un partenaire.\n\n"
            "Contact : Camille Roussel, +33 6 12 34 56 78\n\n"
            "Bien cordialement,\n"
            "Camille Roussel\n"
            "Rédactrice en chef adjointe\n"
            "APEC – 12 rue Mercière, 69002 Lyon\n"
        ),
        "html": (
            "<html><body><p>Madame, Monsieur,</p>"
            "<p>L'Agence Presse Europe Centrale SARL (Lyon) souhaite obtenir l'autorisation de "
            "filmer au centre de collecte des résultats de l'Office tchèque de statistique à Prague "
            "le soir du dépouillement. Notre équipe comptera trois personnes (journaliste, "
            "caméraman, preneur de son).</p>"
            "<p>Nous <b>n'avons pas besoin</b> d'accès au flux XML des résultats : nos données "
            "viennent d'un partenaire.</p>"
            "<p>Contact : Camille Roussel, +33 6 12 34 56 78</p>"
            "<p>Bien cordialement,<br>Camille Roussel<br>Rédactrice en chef adjointe<br>"
            "APEC – 12 rue Mercière, 69002 Lyon</p></body></html>"
        ),
    },
    {
        "id": "lc006-es-freelance-conditional-filming",
        "description": "Spanish freelancer, Spanish with English; filming requested 'if possible', no feed",
        "style": Style.FREELANCER,
        "labels": L(
            [FILM],
            "Lucía Ferrer Ibáñez",
            None,
            None,
            [],
            [],
            "Lucía Ferrer Ibáñez",
            "lucia.ferrer@correo-libre.example",
            "+34612345678",
        ),
        "from": "Lucía Ferrer <lucia.ferrer@correo-libre.example>",
        "subject": "Permiso de grabación / filming permit",
        "headers": GMAIL,
        "body": (
            "Hola,\n\n"
            "soy periodista freelance (autónoma) y estoy preparando un reportaje sobre las "
            "elecciones checas para varios medios españoles. Si es posible, me gustaría grabar "
            "unos minutos de vídeo en el centro de recogida de resultados de Brno el sábado por "
            "la tarde. I will be alone with a small camera, no tripod, no lights.\n\n"
            "No necesito acceso a los datos XML.\n\n"
            "Gracias de antemano,\n"
            "Lucía Ferrer Ibáñez\n"
            "móvil / WhatsApp: +34 612 345 678\n"
        ),
    },
    {
        "id": "lc007-se-radio-filming-later-election",
        "description": "Swedish radio in Swedish: feed now, filming only for a later election (not requested now)",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nordisk Valradio AB",
            None,
            None,
            ["203.0.113.5", "203.0.113.6"],
            [],
            "Henrik Lindqvist",
            "henrik.lindqvist@valradio.example",
            "+46812345678",
        ),
        "from": "Henrik Lindqvist <henrik.lindqvist@valradio.example>",
        "subject": "Ansökan om tillgång till valresultat (XML)",
        "headers": APPLE,
        "body": (
            "Hej,\n\n"
            "Nordisk Valradio AB (org.nr 556612-4471) ansöker härmed om tillgång till XML-flödet "
            "med valresultat inför parlamentsvalet.\n\n"
            "Våra produktionsservrar: 203.0.113.5 och 203.0.113.6. Någon testmiljö har vi inte.\n\n"
            "Tillstånd att filma behöver vi inte den här gången – det återkommer vi om inför "
            "presidentvalet i januari.\n\n"
            "Kontaktperson: Henrik Lindqvist, tel. +46 8 123 456 78\n\n"
            "Vänliga hälsningar\n"
            "Henrik Lindqvist\n"
            "Teknisk chef, Nordisk Valradio\n"
        ),
    },
    {
        "id": "lc008-cz-freelancer-terse-film",
        "description": "two-line note from a Czech freelancer (OSVČ) asking only to film, phone with dashes",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Vojtěch Beneš",
            I_VB,
            None,
            [],
            [],
            "Vojtěch Beneš",
            "vojta.benes@kameraman.example",
            "+420604118372",
        ),
        "from": "Vojta Beneš <vojta.benes@kameraman.example>",
        "subject": "natáčení sběrné místo Ostrava",
        "headers": SEZNAM,
        "body": (
            "Dobrý den, žádám o povolení natáčet na sběrném místě ČSÚ v Ostravě v sobotu "
            "odpoledne (jen kamera, bez světel), XML nepotřebuji.\n"
            f"Vojtěch Beneš, OSVČ, IČ {I_VB}, tel. 604-118-372\n"
        ),
    },
    {
        "id": "lc009-university-docx-ano-ne",
        "description": "university applies in a DOCX form with ano/ne columns; production as a /31, contact with degrees",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Univerzita Horní Moravy",
            I_UHM,
            None,
            ["192.0.2.200", "192.0.2.201"],
            ["192.0.2.210"],
            "Pavel Kratochvíl",
            "pavel.kratochvil@uhm.example",
            "+420585631407",
        ),
        "from": "Kratochvil Pavel <pavel.kratochvil@uhm.example>",
        "subject": "Žádost – studentská redakce, volební noc",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v příloze posílám vyplněnou žádost za naši univerzitu (studentská redakce katedry "
            "žurnalistiky bude o volební noci vysílat výsledky na webu).\n\n"
            "S pozdravem\nPavel Kratochvíl\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_UHM_volby.docx",
                {
                    "header": "Univerzita Horní Moravy – Filozofická fakulta",
                    "footer": "č. j. UHM/FF/1187/2023 – strana 1",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb a o povolení natáčení",
                        {
                            "rows": [
                                ["Žadatel", "Univerzita Horní Moravy"],
                                ["IČO", I_UHM],
                                ["Sídlo", "Křížkovského 8, 779 00 Olomouc"],
                            ]
                        },
                        {
                            "rows": [
                                ["Požadavek", "ano", "ne"],
                                ["Přístup k XML s výsledky", "X", ""],
                                ["Povolení natáčení na sběrném místě", "", "X"],
                            ]
                        },
                        {
                            "rows": [
                                ["Produkční IP adresy", "192.0.2.200/31"],
                                ["Testovací IP adresy", "192.0.2.210"],
                            ]
                        },
                        "Kontaktní osoba: doc. Mgr. Pavel Kratochvíl, Ph.D., "
                        "pavel.kratochvil@uhm.example, tel. 585 631 407",
                        "V Olomouci dne 2. 9. 2023",
                    ],
                },
            )
        ],
    },
    {
        "id": "lc010-town-databox-pdf",
        "description": "town sends a data message with a PDF letter; one production address, no test; box only on the envelope",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FEED],
            "Město Horní Lhotice",
            I_LHOT,
            "m7kq2xa",
            ["198.51.100.33"],
            [],
            "Radka Šimková",
            "radka.simkova@hornilhotice.example",
            "+420371555210",
        ),
        "subject": "Žádost o zpřístupnění výsledků voleb ve formátu XML",
        "databox": {
            "box": "m7kq2xa",
            "sender": "Město Horní Lhotice",
            "address": "Náměstí Míru 1, 331 41 Horní Lhotice",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "zadost_XML_volby.pdf",
                [
                    "Město Horní Lhotice<br/>Náměstí Míru 1, 331 41 Horní Lhotice<br/>"
                    f"IČO: {I_LHOT}",
                    "Český statistický úřad<br/>Na padesátém 81<br/>100 82 Praha 10",
                    "Č. j.: MHL/2231/2023 – Vyřizuje: Ing. Radka Šimková",
                    "Věc: Žádost o zpřístupnění výsledků voleb",
                    "Město Horní Lhotice zveřejňuje o volební noci na svém webu průběžné výsledky "
                    "za obec i okres. Žádáme proto o přístup k serveru s výsledky ve formátu XML "
                    "z adresy 198.51.100.33 (server městského úřadu). Testovací adresu "
                    "nepožadujeme.",
                    "Kontaktní osoba: Ing. Radka Šimková, odbor informatiky, "
                    "radka.simkova@hornilhotice.example, tel. 371 555 210",
                    "Mgr. Karel Vondráček<br/>starosta",
                ],
            )
        ],
    },
    {
        "id": "lc011-contractor-writes-for-paper-range",
        "description": "IT contractor writes for a regional paper; applicant is the publisher, contractor's own IČO in signature",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Pootavské noviny s.r.o.",
            I_POOT,
            None,
            ["198.51.100.90", "198.51.100.91", "198.51.100.92"],
            ["198.51.100.99"],
            "Martin Zeman",
            "zeman@netbrick.example",
            "+420739440812",
        ),
        "from": "Martin Zeman <zeman@netbrick.example>",
        "subject": "Přístup k volebnímu XML – Deník Pootaví",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "jsme externí IT dodavatel vydavatelství Pootavské noviny s.r.o. (IČO "
            f"{I_POOT}, vydává Deník Pootaví) a jejich jménem žádáme o přístup k XML "
            "s výsledky voleb. Plná moc je u nás k dispozici, případně ji doložíme.\n\n"
            "Servery pro ostrý provoz: rozsah 198.51.100.90–198.51.100.92\n"
            "Testovací stroj: 198.51.100.99\n\n"
            "Kontaktní osobou pro technické záležitosti jsem já, Martin Zeman, "
            "mobil 739 440 812.\n\n"
            "Děkuji a zdravím\n\n"
            "Martin Zeman\n"
            "NetBrick s.r.o. | správa serverů a sítí\n"
            f"IČO {I_NETB} | Zlatá stezka 9, 386 01 Strakonice\n"
            "hotline 383 555 100\n"
        ),
    },
    {
        "id": "lc012-agency-html-table-replaced-host",
        "description": "agency HTML-only table with role and note columns; one host replaces an old one; also filming",
        "style": Style.AGENCY,
        "labels": L(
            [FEED, FILM],
            "Středoevropská tisková agentura, a.s.",
            I_STA,
            None,
            ["203.0.113.12", "203.0.113.13"],
            ["203.0.113.30"],
            "Lenka Vávrová",
            "vavrova@steta.example",
            "+420222514877",
        ),
        "from": "Lenka Vávrová <vavrova@steta.example>",
        "subject": "STETA – volby: přístup k XML + natáčení",
        "headers": OWA,
        "html": (
            "<html><head><meta charset='utf-8'></head><body style='font-family:Calibri'>"
            "<p>Dobrý den,</p>"
            "<p>Středoevropská tisková agentura, a.s. (IČO "
            f"{I_STA}) žádá o přístup k XML s výsledky voleb a zároveň o povolení "
            "natáčení – náš fotograf a kameraman by byli v sobotu ve vašem tiskovém středisku.</p>"
            "<table border='1' cellpadding='3' style='border-collapse:collapse'>"
            "<tr><th>Role</th><th>Adresa</th><th>Poznámka</th></tr>"
            "<tr><td>produkce</td><td>203.0.113.12</td>"
            "<td>nahrazuje původní 203.0.113.2 (už nepoužíváme)</td></tr>"
            "<tr><td>záloha</td><td>203.0.113.13</td><td></td></tr>"
            "<tr><td>TST</td><td>203.0.113.30</td><td>jen do pátku před volbami</td></tr>"
            "</table>"
            "<p>Kontakt: Lenka Vávrová, vedoucí zpravodajských technologií, "
            "tel. +420 222 514 877 (nonstop služba redakce: 222 514 800).</p>"
            "<p>S pozdravem<br>Lenka Vávrová<br>STETA | Vinohradská 61, Praha 2</p>"
            "</body></html>"
        ),
    },
    {
        "id": "lc013-long-letter-flowed-respectively",
        "description": "long flowed letter; roles given only by 'respektive' across a soft line break; technician named contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Rádio Podbrdy s.r.o.",
            I_PODBR,
            None,
            ["192.0.2.50"],
            ["192.0.2.51"],
            "Jiří Vlček",
            "vlcek@radiopodbrdy.example",
            "+420725330118",
        ),
        "from": "Tomáš Hrubý <hruby@radiopodbrdy.example>",
        "subject": "Žádost o přístup k datům – volby do Poslanecké sněmovny",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Vážené dámy, vážení pánové,\n\n"
            "dovolte mi, abych se na Vás obrátil jménem společnosti Rádio Podbrdy s.r.o., \n"
            f"IČO {I_PODBR}, se sídlem Pražská 114, 261 01 Příbram. Naše stanice vysílá \n"
            "na Příbramsku a Berounsku již od roku 1996 a volební noc pro nás každoročně \n"
            "patří k nejposlouchanějším večerům. Při minulých volbách (8.–9. 10. 2021) jsme "
            "výsledky přebírali ručně z webu volby.cz, což se ukázalo jako zdlouhavé, a proto "
            "bychom letos rádi využili Vaši službu s daty ve formátu XML.\n\n"
            "Pro produkční a testovací prostředí budeme používat adresy 192.0.2.50, \n"
            "respektive 192.0.2.51. Obě jsou veřejné a pevně přidělené naším \n"
            "poskytovatelem.\n\n"
            "Kontaktní osobou pro technické otázky je náš technik pan Jiří Vlček "
            "(vlcek@radiopodbrdy.example, tel. 725 330 118). Ve věcech smluvních se \n"
            "obracejte přímo na mne.\n\n"
            "Případné poplatky uhradíme na základě faktury; naše bankovní spojení je "
            "2100445566/2010.\n\n"
            "Děkuji za vyřízení a jsem s pozdravem\n\n"
            "Mgr. Tomáš Hrubý\n"
            "jednatel\n"
            "Rádio Podbrdy s.r.o.\n"
            "tel. 318 555 400\n"
        ),
    },
    {
        "id": "lc014-en-uk-broadcaster-ipv6",
        "description": "UK broadcaster in English; IPv6 only, company number that is not an IČO, filming ruled out",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Northbridge Broadcasting Ltd",
            None,
            None,
            ["2001:db8:a0b:12f0::1", "2001:db8:a0b:12f0::2"],
            ["2001:db8:a0b:12f0::100"],
            "Oliver Pennington",
            "oliver.pennington@northbridge.example",
            "+442079460123",
        ),
        "from": "Oliver Pennington <oliver.pennington@northbridge.example>",
        "subject": "Election results XML feed - access request",
        "headers": ZIMBRA,
        "body": (
            "Dear colleagues,\n\n"
            "Northbridge Broadcasting Ltd (registered in England and Wales, company no. "
            "09876543) would like to apply for access to your election results XML service.\n\n"
            "Our ingest runs on IPv6:\n"
            "- live ingest nodes: 2001:db8:a0b:12f0::1 and 2001:db8:a0b:12f0::2\n"
            "- test/staging: 2001:db8:a0b:12f0::100\n\n"
            "We won't be filming at your premises this time, so no filming permit is needed.\n\n"
            "Contact for this request: Oliver Pennington, Senior Systems Engineer, "
            "direct line +44 20 7946 0123.\n\n"
            "Kind regards,\n"
            "Oliver Pennington\n"
            "Northbridge Broadcasting | 40 Kingsway, London WC2B 6EX\n"
            "Switchboard: +44 20 7946 0000\n"
        ),
    },
]
