"""Forty-fifth held-out part ``bk``, cases bk001–bk014: a German letter with a "bis" range, a
Polish–English mail with a CIDR block, a Slovak regional TV with a netmask, a Hungarian
filming-only HTML mail, a municipality's data message, a student's terse IPv6 note, a
university institute with "v tomto pořadí", an IT contractor writing for a radio, a French
agency withdrawing its filming request, a Spanish TV replacing an address, a forwarded Italian
.eml, a Dutch Ja/Nee ODT form, a Swedish filming-only request for a later feed and a long
signed Czech letter. Written by hand apart from the extraction rules (see make_fortyfifth_bk);
labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyfifth_bk_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I3, I5, I7, I8R, I8C = (
    ico("3641205"),
    ico("0027381"),
    ico("6190443"),
    ico("2774016"),
    ico("0853927"),
)
I14 = ico("4518602")

CASES: list[dict[str, Any]] = [
    {
        "id": "bk001-german-gmbh-bis-range",
        "description": "German letter from a Dresden broadcaster: production as '198.51.100.40 "
        "bis .43' (four addresses), the Handelsregister number instead of an IČO, a phone "
        "with the (0) trunk prefix",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Elbtal Rundfunk GmbH",
            None,
            None,
            ["198.51.100.40", "198.51.100.41", "198.51.100.42", "198.51.100.43"],
            ["198.51.100.50"],
            "Matthias Krönert",
            "m.kroenert@elbtal-rundfunk.example",
            "+493514407218",
        ),
        "from": "Matthias Krönert <m.kroenert@elbtal-rundfunk.example>",
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML) – Elbtal Rundfunk",
        "headers": OUTLOOK,
        "body": "Sehr geehrte Damen und Herren,\n\n"
        "für unsere grenzüberschreitende Wahlberichterstattung (Sendegebiet Sachsen und "
        "Nordböhmen) beantragen wir hiermit den Zugang zum XML-Server mit den vorläufigen "
        "Ergebnissen der Wahl zum Abgeordnetenhaus.\n\n"
        "Antragsteller: Elbtal Rundfunk GmbH, Königsbrücker Str. 112, 01099 Dresden\n"
        "Amtsgericht Dresden, HRB 48 217\n\n"
        "Unsere Abrufserver (Produktion): 198.51.100.40 bis .43\n"
        "Testsystem: 198.51.100.50\n\n"
        "Ansprechpartner ist der Unterzeichnende, Tel. +49 (0)351 4407 218, "
        "m.kroenert@elbtal-rundfunk.example. Drehgenehmigungen benötigen wir dieses Mal "
        "nicht, unser Prager Team arbeitet nur im Studio.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Matthias Krönert\nLeiter Onlineredaktion\nElbtal Rundfunk GmbH\n",
    },
    {
        "id": "bk002-polish-english-cidr-both",
        "description": "Polish mail switching to English for the technical part; production as "
        "a /30 block, a NIP (ten digits) instead of an IČO, filming asked in Polish only",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Wydawnictwo Nadodrze sp. z o.o.",
            None,
            None,
            ["203.0.113.16", "203.0.113.17", "203.0.113.18", "203.0.113.19"],
            ["203.0.113.24"],
            "Agnieszka Wróblewska",
            "a.wroblewska@nadodrze.example",
            "+48601234871",
        ),
        "from": "Agnieszka Wróblewska <a.wroblewska@nadodrze.example>",
        "subject": "Wybory w Czechach / election results feed - request",
        "headers": GMAIL,
        "flowed": True,
        "body": "Szanowni Państwo,\n\n"
        "jesteśmy regionalnym wydawcą z Opola (portal nadodrze24 i tygodnik Głos Nadodrza). "
        "Chcielibyśmy relacjonować wybory w Republice Czeskiej na żywo i prosimy o dostęp "
        "do serwera z wynikami w formacie XML. Prosimy również o zgodę na nagrywanie i "
        "fotografowanie w Waszym punkcie zbierania wyników w Ostrawie – nasza ekipa "
        "(2 osoby) przyjedzie w sobotę.\n\n"
        "Technical details in English, as our admin does not speak Polish well:\n"
        "- production network: 203.0.113.16/30\n"
        "- test server: 203.0.113.24\n\n"
        "Wydawnictwo Nadodrze sp. z o.o., ul. Reymonta 41, 45-066 Opole, NIP 754-310-88-27\n\n"
        "Osoba kontaktowa: Agnieszka Wróblewska, tel. +48 601 234 871\n\n"
        "Z poważaniem\nAgnieszka Wróblewska\nsekretarz redakcji\n",
    },
    {
        "id": "bk003-slovak-regional-tv-netmask",
        "description": "Slovak regional TV in iso-8859-2/8bit: production as an address with "
        "the netmask 255.255.255.252 (four addresses), a Slovak IČO that passes the check, "
        "filming asked for Brno",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "TV Považie, s.r.o.",
            I3,
            None,
            ["198.18.20.8", "198.18.20.9", "198.18.20.10", "198.18.20.11"],
            ["198.18.20.20"],
            "Marek Hudec",
            "hudec@tvpovazie.example",
            "+421905418266",
        ),
        "from": "Marek Hudec <hudec@tvpovazie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb a o povolenie nakrúcania",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": "Dobrý deň,\n\n"
        "sme regionálna televízia zo Žiliny a k voľbám do Poslaneckej snemovne pripravujeme "
        "špeciálne vysielanie pre našich divákov, ktorí pracujú na Morave. Žiadame preto:\n\n"
        "1) o prístup k XML výstupu s priebežnými výsledkami,\n"
        "2) o povolenie nakrúcať na krajskom pracovisku v Brne v noci zo soboty na nedeľu.\n\n"
        "Naše verejné adresy: sieť 198.18.20.8, maska 255.255.255.252 (produkcia).\n"
        "Testovací stroj: 198.18.20.20\n\n"
        "TV Považie, s.r.o., Framborská 27, 010 01 Žilina, IČO: " + I3 + "\n\n"
        "Kontakt: Marek Hudec, vedúci spravodajstva, +421 905 418 266\n\n"
        "S pozdravom\nMarek Hudec\n",
    },
    {
        "id": "bk004-hungarian-filming-only-html",
        "description": "HTML-only Hungarian mail (base64) with English glosses: filming only, the "
        "feed explicitly not needed, contact written surname first the Hungarian way, a "
        "cégjegyzékszám instead of an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Dunamenti Média Kft.",
            None,
            None,
            [],
            [],
            "Szabó Levente",
            "szabo.levente@dunamentimedia.example",
            "+36304127785",
        ),
        "from": "Szabó Levente <szabo.levente@dunamentimedia.example>",
        "subject": "Forgatási engedély / filming permit - Dunamenti Média",
        "headers": ZIMBRA,
        "cte": "base64",
        "html": "<html><body><p>Tisztelt Hölgyeim és Uraim!</p>"
        "<p>A Dunamenti Média Kft. (Győr) riportot készít a cseh parlamenti választásokról. "
        "Szeretnénk engedélyt kérni, hogy a prágai eredményfeldolgozó központban "
        "forgathassunk (filming permit for the collection point in Prague, Saturday evening, "
        "crew of three).</p>"
        "<p>Az XML adatszolgáltatásra nincs szükségünk (we do not need the XML feed; we use "
        "the results from the public website).</p>"
        "<p>Cégjegyzékszám: 08-09-031774<br>Székhely: 9021 Győr, Árpád út 16.</p>"
        "<p>Kapcsolattartó: <b>Szabó Levente</b>, szerkesztő<br>"
        "Tel.: +36 30 412 7785<br>E-mail: szabo.levente@dunamentimedia.example</p>"
        "<p>Üdvözlettel,<br>Szabó Levente</p></body></html>",
    },
    {
        "id": "bk005-databox-municipality-cable-tv",
        "description": "data message from a town (public-authority box) running its cable TV: "
        "the short annotation names only the request, the DOCX lists the addresses and the "
        "contact; the TV is not the applicant, the town is",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Kamenná Lhota",
            I5,
            "kl7mhv2",
            ["198.51.100.70", "198.51.100.71"],
            [],
            "Ivana Šindelářová",
            "sindelarova@kamennalhota.example",
            "+420499320114",
        ),
        "databox": box("kl7mhv2", "Město Kamenná Lhota", "Náměstí 1, 543 71 Kamenná Lhota", 10),
        "subject": "Žádost o přístup k volebním výsledkům - Infokanál KL",
        "attachments": [
            (
                "docx",
                "zadost_infokanal.docx",
                {
                    "header": "MĚSTO KAMENNÁ LHOTA | Městský úřad | odbor kanceláře starosty",
                    "footer": "IČO " + I5 + " | ID datové schránky kl7mhv2",
                    "blocks": [
                        "Český statistický úřad\nodbor informatiky",
                        "Žádost o zpřístupnění průběžných výsledků voleb",
                        "Město Kamenná Lhota provozuje kabelový Infokanál KL, ve kterém bude "
                        "ve volební noci vysílat průběžné výsledky za obec a okres. Žádáme "
                        "proto o přístup k XML datům. Natáčet na pracovištích ČSÚ nebudeme.",
                        {
                            "rows": [
                                ["Server", "Adresa", "Poznámka"],
                                ["infokanal-1", "198.51.100.70", "vysílací PC"],
                                ["infokanal-2", "198.51.100.71", "záložní PC"],
                            ]
                        },
                        "Testovat budeme přímo z vysílacího PC.",
                        "Kontaktní osoba: Ivana Šindelářová, referentka, tel. 499 320 114, "
                        "sindelarova@kamennalhota.example",
                        "Ing. Pavel Doubrava\nstarosta",
                    ],
                },
            )
        ],
    },
    {
        "id": "bk006-student-blog-terse-ipv6",
        "description": "three lines from a student without a company or IČO, lower-case, no "
        "diacritics in the body; one IPv6 production address, no test",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Ondřej Pacák",
            None,
            None,
            ["2001:db8:4c1::25"],
            [],
            "Ondřej Pacák",
            "ondra.pacak@posta.example",
            "+420736118402",
        ),
        "from": "Ondřej Pacák <ondra.pacak@posta.example>",
        "subject": "pristup k xml volby",
        "headers": SEZNAM,
        "cte": "8bit",
        "body": "dobry den, chtel bych pristup k xml s vysledky pro svuj volebni blog "
        "(neziskove, bez ico, jsem student).\n"
        "server ma jen ipv6: 2001:db8:4c1:0:0:0:0:25\n"
        "tel 736 118 402\n"
        "diky, Ondřej Pacák\n",
    },
    {
        "id": "bk007-university-institute-respectively",
        "description": "an institute of a university writes a PDF letter; the university "
        "(with ', veřejná vysoká škola' in the footer) applies; two addresses given with 'v "
        "tomto pořadí' for production and test; the head signs, a doctoral student is the "
        "contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Západomoravská univerzita v Třebíči, veřejná vysoká škola",
            I7,
            None,
            ["203.0.113.90"],
            ["203.0.113.91"],
            "Tereza Holubová",
            "holubova@zmu.example",
            "+420568114372",
        ),
        "from": "Tereza Holubova <holubova@zmu.example>",
        "subject": "Žádost o přístup k výsledkům voleb (výzkum)",
        "headers": TBIRD,
        "body": "Dobrý den,\n\nv příloze posílám žádost našeho ústavu podepsanou panem "
        "přednostou.\n\nTereza Holubová\n",
        "attachments": [
            (
                "pdf",
                "zadost_UPV_volby.pdf",
                [
                    "Západomoravská univerzita v Třebíči\nFilozofická fakulta – Ústav "
                    "politologie a veřejné správy\nHrotovická 12, 674 01 Třebíč",
                    "Věc: žádost o zpřístupnění dat o průběžných výsledcích voleb",
                    "Ústav politologie připravuje pro volební noc analytické studio "
                    "s komentovanou vizualizací okrskových výsledků. Žádáme o přístup "
                    "k výsledkům ve formátu XML. Produkční a testovací server ústavu mají "
                    "adresy 203.0.113.90 a 203.0.113.91 (v tomto pořadí).",
                    "Kontaktní osobou je Mgr. Tereza Holubová, doktorandka ústavu, tel. "
                    "568 114 372, holubova@zmu.example.",
                    "doc. PhDr. Vojtěch Karas, Ph.D.\npřednosta ústavu",
                    "Západomoravská univerzita v Třebíči, veřejná vysoká škola, IČO " + I7,
                ],
            )
        ],
    },
    {
        "id": "bk008-it-contractor-for-radio",
        "description": "an IT contractor writes for the radio that applies (both IČOs in the "
        "text, the contractor's in the signature); production as a range with both ends "
        "written out; the contractor's engineer is named as the contact",
        "style": Style.PROXY,
        "labels": L(
            [FEED],
            "Rádio Podbeskydí s.r.o.",
            I8R,
            None,
            ["198.51.100.120", "198.51.100.121", "198.51.100.122"],
            ["198.51.100.130"],
            "Lukáš Ryšavý",
            "rysavy@nethaus.example",
            "+420731552908",
        ),
        "from": "Lukáš Ryšavý <rysavy@nethaus.example>",
        "subject": "Rádio Podbeskydí – přístup k XML výsledkům voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\n"
        "jsme dodavatelem IT služeb pro Rádio Podbeskydí s.r.o. (IČO " + I8R + ", Frenštátská "
        "2210, Frýdek-Místek) a jeho jménem žádáme o přístup k XML s průběžnými výsledky "
        "voleb. Plnou moc od jednatelky rádia přikládám.\n\n"
        "Rozsah produkčních adres: 198.51.100.120 – 198.51.100.122\n"
        "Testovací: 198.51.100.130\n\n"
        "Technickým kontaktem pro vaše administrátory budu já (tel. 731 552 908). "
        "Redakčně za rádio věc řeší šéfredaktor Martin Kubala, ten ale na technické dotazy "
        "neodpoví.\n\n"
        "S pozdravem\n"
        "Lukáš Ryšavý\nsíťový specialista\nNetHaus Solutions s.r.o., IČO " + I8C + "\n"
        "Štefánikova 7, 738 01 Frýdek-Místek\n",
        "attachments": [
            (
                "pdf",
                "plna_moc_Podbeskydi.pdf",
                [
                    "PLNÁ MOC",
                    "Rádio Podbeskydí s.r.o., IČO " + I8R + ", zastoupené jednatelkou Renatou "
                    "Holišovou, zmocňuje společnost NetHaus Solutions s.r.o., IČO " + I8C + ", "
                    "k podání žádosti o přístup k výsledkům voleb u Českého statistického "
                    "úřadu a k jednání v technických záležitostech.",
                    "Ve Frýdku-Místku dne 2. 9. 2025\nRenata Holišová, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "bk009-french-agency-filming-withdrawn",
        "description": "French agency asks for feed and filming, then a P.S. drops the filming; "
        "an IPv6 and an IPv4 production address and an IPv6 test address; SIREN instead of "
        "an IČO",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Agence Lumière Presse SAS",
            None,
            None,
            ["2001:db8:aa10::1", "203.0.113.140"],
            ["2001:db8:aa10::99"],
            "Camille Garnier-Roussel",
            "c.garnier@lumierepresse.example",
            "+33144721860",
        ),
        "from": "Camille Garnier-Roussel <c.garnier@lumierepresse.example>",
        "subject": "Demande d'accès aux résultats électoraux et autorisation de tournage",
        "headers": APPLE,
        "body": "Madame, Monsieur,\n\n"
        "Agence Lumière Presse SAS (SIREN 812 447 309, 14 rue de Charonne, 75011 Paris) "
        "souhaite couvrir les élections législatives tchèques. Nous sollicitons :\n"
        "- l'accès au serveur XML des résultats provisoires ;\n"
        "- l'autorisation de filmer au centre de collecte de Prague.\n\n"
        "Adresses de production : 2001:db8:aa10::1 et 203.0.113.140\n"
        "Adresse de test : 2001:db8:aa10::99\n\n"
        "Contact : Camille Garnier-Roussel, chef d'édition, +33 1 44 72 18 60\n\n"
        "Bien cordialement,\nCamille Garnier-Roussel\n\n"
        "P.S. Je viens d'apprendre que notre équipe vidéo ne pourra pas se déplacer à Prague : "
        "nous renonçons donc à l'autorisation de tournage. Seul l'accès aux données reste "
        "d'actualité.\n",
    },
    {
        "id": "bk010-spanish-tv-replaced-address",
        "description": "Spanish regional TV (multipart/alternative, base64): last year's address "
        "is said to be out of use and replaced by a new one; a CIF instead of an IČO; a "
        "landline with a mobile given first for the contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Televisión Comarcal del Ebro, S.L.",
            None,
            None,
            ["198.51.100.210"],
            ["198.51.100.211"],
            "Lucía Ferrer Salvat",
            "lferrer@tvcomarcalebro.example",
            "+34646218075",
        ),
        "from": "Lucía Ferrer Salvat <lferrer@tvcomarcalebro.example>",
        "subject": "Solicitud de acceso al servidor de resultados - TV Comarcal del Ebro",
        "headers": K9,
        "cte": "base64",
        "body": "Estimados señores:\n\n"
        "Como en las elecciones anteriores, Televisión Comarcal del Ebro, S.L. (CIF "
        "B50918274, Zaragoza) solicita el acceso al servidor XML con los resultados "
        "provisionales.\n\n"
        "Atención: la antigua dirección 198.51.100.200 ya no se utiliza; la sustituye la "
        "198.51.100.210 (producción). Para pruebas usaremos 198.51.100.211.\n\n"
        "Persona de contacto: Lucía Ferrer Salvat, móvil +34 646 21 80 75 (redacción: "
        "+34 976 55 21 40).\n\n"
        "Atentamente,\nLucía Ferrer Salvat\nJefa de informativos\n",
        "html": "<p>Estimados señores:</p><p>Como en las elecciones anteriores, "
        "<b>Televisión Comarcal del Ebro, S.L.</b> (CIF B50918274, Zaragoza) solicita el "
        "acceso al servidor XML con los resultados provisionales.</p>"
        "<p>Atención: la antigua dirección <s>198.51.100.200</s> ya no se utiliza; la "
        "sustituye la <b>198.51.100.210</b> (producción). Para pruebas usaremos "
        "198.51.100.211.</p><p>Persona de contacto: Lucía Ferrer Salvat, móvil +34 646 21 "
        "80 75 (redacción: +34 976 55 21 40).</p><p>Atentamente,<br>Lucía Ferrer Salvat<br>"
        "Jefa de informativos</p>",
    },
    {
        "id": "bk011-forwarded-italian-eml",
        "description": "a Prague correspondent forwards the Italian editor's request as an "
        "attached .eml and names herself as the contact with a Czech mobile; no IČO; two "
        "production addresses, no test",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Gazzetta del Garda S.r.l.",
            None,
            None,
            ["192.0.2.60", "192.0.2.61"],
            [],
            "Giulia Mancini",
            "giulia.mancini@gazzettagarda.example",
            "+420777214903",
        ),
        "from": "Giulia Mancini <giulia.mancini@gazzettagarda.example>",
        "subject": "Fwd: Richiesta accesso dati elettorali",
        "headers": TBIRD,
        "body": "Dobrý den,\n\n"
        "přeposílám žádost naší redakce z Rivy (italsky, omlouvám se). Kontaktní osobou "
        "v Praze budu já, Giulia Mancini, mobil +420 777 214 903. Natáčet bychom chtěli "
        "v Praze na Skalce.\n\nGiulia Mancini\nkorespondentka Gazzetta del Garda\n",
        "attachments": [
            (
                "eml",
                "Richiesta accesso dati elettorali.eml",
                {
                    "id": "bk011-inner",
                    "from": "Redazione Gazzetta del Garda <redazione@gazzettagarda.example>",
                    "to": "giulia.mancini@gazzettagarda.example",
                    "subject": "Richiesta accesso dati elettorali",
                    "body": "Gentile Ufficio,\n\n"
                    "la Gazzetta del Garda S.r.l. (P. IVA 02918470226, Riva del Garda) "
                    "chiede l'accesso ai risultati elettorali in formato XML e il permesso "
                    "di effettuare riprese video presso il centro di raccolta.\n\n"
                    "Server di produzione: 192.0.2.60 e 192.0.2.61\n"
                    "Non abbiamo un server di test.\n\n"
                    "Cordiali saluti\nStefano Bertolini\ncaporedattore\n",
                },
            )
        ],
    },
    {
        "id": "bk012-dutch-ja-nee-odt-form",
        "description": "Dutch ODT form with Ja/Nee columns: data feed Ja, filming Nee; production "
        "as '198.18.30.1 t/m 198.18.30.3'; KvK number, no IČO",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Redactie Waalkant B.V.",
            None,
            None,
            ["198.18.30.1", "198.18.30.2", "198.18.30.3"],
            ["198.18.31.1"],
            "Sanne de Wit-Bakker",
            "sanne@waalkant.example",
            "+31612478053",
        ),
        "from": "Sanne de Wit-Bakker <sanne@waalkant.example>",
        "subject": "Aanvraag verkiezingsuitslagen CZ",
        "headers": GMAIL,
        "body": "Geachte heer/mevrouw,\n\nin de bijlage ons ingevulde aanvraagformulier.\n\n"
        "Met vriendelijke groet,\nSanne de Wit-Bakker\n",
        "attachments": [
            (
                "odt",
                "aanvraag_waalkant.odt",
                [
                    "AANVRAAGFORMULIER – toegang verkiezingsresultaten Tsjechië",
                    [
                        ["Organisatie", "Redactie Waalkant B.V., Nijmegen"],
                        ["KvK-nummer", "71842205"],
                        ["Contactpersoon", "Sanne de Wit-Bakker"],
                        ["Telefoon", "06 12 47 80 53"],
                        ["E-mail", "sanne@waalkant.example"],
                    ],
                    [
                        ["Aanvraag", "Ja", "Nee"],
                        ["Toegang tot XML-resultaten", "X", ""],
                        ["Filmen/fotograferen op locatie", "", "X"],
                    ],
                    "IP-adressen productie: 198.18.30.1 t/m 198.18.30.3",
                    "IP-adres test: 198.18.31.1",
                    "Nijmegen, 4 september 2025",
                ],
            )
        ],
    },
    {
        "id": "bk013-swedish-filming-feed-later",
        "description": "Swedish newspaper writing English with Swedish greetings: filming now, "
        "the feed only for next year's regional election (to be asked separately); no "
        "addresses, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Norrlandsbladet AB",
            None,
            None,
            [],
            [],
            "Erik Lindqvist",
            "erik.lindqvist@norrlandsbladet.example",
            "+46703184492",
        ),
        "from": "Erik Lindqvist <erik.lindqvist@norrlandsbladet.example>",
        "subject": "Filming permission, election night (Norrlandsbladet)",
        "headers": K9,
        "body": "Hej!\n\n"
        "I am a reporter with Norrlandsbladet AB (org.nr 556712-4480, Umeå). We are doing a "
        "feature on how Czech election results are counted and would like permission to "
        "film and take photos at your collection point in Prague on election night.\n\n"
        "We are also interested in the XML results feed, but only for the regional "
        "elections next year - we will send a separate application with our server "
        "addresses then, so please do not set anything up now.\n\n"
        "You can reach me on +46 70 318 44 92.\n\n"
        "Tack och hälsningar,\nErik Lindqvist\n",
    },
    {
        "id": "bk014-long-signed-letter-five-addresses",
        "description": "long formal letter (windows-1250, S/MIME-signed) with five production "
        "addresses as an en-dash range, a direct line before the switchboard, the publisher "
        "named after its weekly",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Vydavatelství Horácko a.s.",
            I14,
            None,
            ["203.0.113.200", "203.0.113.201", "203.0.113.202", "203.0.113.203", "203.0.113.204"],
            ["203.0.113.210"],
            "Jaroslav Pelikán",
            "pelikan@horacko.example",
            "+420567302118",
        ),
        "from": "Jaroslav Pelikán <pelikan@horacko.example>",
        "subject": "Žádost o zpřístupnění výsledků voleb a o povolení pořizovat záznam",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "smime": True,
        "body": "Vážená paní ředitelko, vážený pane řediteli,\n\n"
        "dovolte mi, abych se na Vás jménem společnosti Vydavatelství Horácko a.s., "
        "vydavatele týdeníku Horácké listy a zpravodajského webu horacko.example, obrátil "
        "se žádostí, kterou již tradičně podáváme před každými volbami. Naše redakce bude "
        "i letos přinášet průběžné výsledky hlasování v regionech Vysočina a jižní Morava, "
        "a to jak v podobě živého přenosu na webu, tak v mimořádném pondělním vydání.\n\n"
        "Žádáme proto o:\n"
        "a) zpřístupnění průběžných výsledků na dedikovaném serveru ve formátu XML,\n"
        "b) povolení pořizovat fotografie a videozáznam na pracovišti ČSÚ v Jihlavě.\n\n"
        "Naše stahovací infrastruktura byla od minulých voleb rozšířena; prosíme proto "
        "o povolení celého rozsahu produkčních adres 203.0.113.200–204. Testovací prostředí "
        "poběží na adrese 203.0.113.210.\n\n"
        "Kontaktní osobou pro tuto žádost je Ing. Jaroslav Pelikán, vedoucí IT, přímá linka "
        "567 302 118, ústředna 567 302 100, pelikan@horacko.example. Fotografovat bude "
        "kolega Michal Sedláček.\n\n"
        "Děkuji Vám za vstřícnost a jsem s úctou\n\n"
        "Ing. Jaroslav Pelikán\nvedoucí IT\nVydavatelství Horácko a.s.\n"
        "Havlíčkovo nábřeží 31, 586 01 Jihlava\nIČO: " + I14 + "\n",
    },
]
