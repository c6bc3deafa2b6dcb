"""Forty-seventh held-out part ``bq``, cases bq001–bq014: a German regional daily with a CIDR
block, a Polish portal in windows-1250 with a netmask, a Slovak regional TV giving its
addresses "in that order", a Hungarian news site with IPv6, French, Spanish, Italian, Dutch and
Swedish corrections ("remplace", "en lugar de", "sostituito da", "vervangt", "ersätter"), a
town's data message asking only to film, a long university letter, a podcaster's terse note, an
IT contractor writing for a weekly behind NAT and an Austrian weekly filming now and taking the
feed only at a later election. Written by hand apart from the extraction rules (see
make_fortyseventh_bq); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyseventh_bq_common import (
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
    WEBDE,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I3, I7, I10, I11 = ico("3104728"), ico("2984310"), ico("0257136"), ico("6041927")
I13 = ico("2739465")

CASES: list[dict[str, Any]] = [
    {
        "id": "bq001-de-regional-daily-cidr",
        "description": "German regional daily writing in German; production as a /30 block "
        "(four addresses), one test address, a Görlitz landline with the 0 of the area code",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Oberlausitzer Tagblatt GmbH",
            None,
            None,
            ["198.51.100.32", "198.51.100.33", "198.51.100.34", "198.51.100.35"],
            ["198.51.100.40"],
            "Matthias Krebs",
            "m.krebs@oberlausitzer-tagblatt.example",
            "+4935814471203",
        ),
        "from": "Matthias Krebs <m.krebs@oberlausitzer-tagblatt.example>",
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML) – Oberlausitzer Tagblatt",
        "headers": TBIRD,
        "body": "Sehr geehrte Damen und Herren,\n\n"
        "das Oberlausitzer Tagblatt (Oberlausitzer Tagblatt GmbH, Görlitz) berichtet "
        "regelmäßig über die Nachbarregionen in Tschechien und möchte am Wahlabend die "
        "Ergebnisse direkt aus Ihrem XML-Dienst übernehmen. Wir beantragen daher den Zugang "
        "zum dedizierten Server.\n\n"
        "Unsere Server stehen im Netz 198.51.100.32/30 (alle vier Adressen bitte freigeben).\n"
        "Für Tests verwenden wir 198.51.100.40.\n\n"
        "Eine Drehgenehmigung benötigen wir nicht, wir haben kein Team vor Ort.\n\n"
        "Ansprechpartner ist der Unterzeichnende.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Matthias Krebs\nLeiter Online-Redaktion\n"
        "Oberlausitzer Tagblatt GmbH\nDemianiplatz 17, 02826 Görlitz\n"
        "Tel. 03581 4471203\nm.krebs@oberlausitzer-tagblatt.example\n",
    },
    {
        "id": "bq002-pl-portal-netmask-win1250",
        "description": "Polish portal in Polish, windows-1250 8bit; production as an address "
        "with netmask 255.255.255.254 (two addresses), filming asked too, a mobile without +48",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Wydawnictwo Nowiny Śląskie sp. z o.o.",
            None,
            None,
            ["203.0.113.16", "203.0.113.17"],
            ["203.0.113.20"],
            "Agnieszka Wróbel",
            "a.wrobel@nowinyslaskie.example",
            "+48601482935",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@nowinyslaskie.example>",
        "subject": "Wniosek - dostęp do wyników wyborów i zgoda na filmowanie",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": "Szanowni Państwo,\n\n"
        "piszę w imieniu portalu NowinySlaskie (wydawca: Wydawnictwo Nowiny Śląskie "
        "sp. z o.o., Cieszyn). Chcielibyśmy prosić o dostęp do serwera z wynikami wyborów "
        "w formacie XML.\n\n"
        "Adres serwera produkcyjnego: 203.0.113.16 maska 255.255.255.254\n"
        "Serwer testowy: 203.0.113.20\n\n"
        "Ponadto prosimy o zgodę na filmowanie w punkcie zbierania wyników w Czeskim "
        "Cieszynie (ekipa 2 osoby).\n\n"
        "Osoba kontaktowa: Agnieszka Wróbel, tel. 601 482 935\n\n"
        "Z poważaniem\nAgnieszka Wróbel\nkierownik działu internetowego\n",
    },
    {
        "id": "bq003-sk-regional-tv-in-that-order",
        "description": "Slovak regional TV in Slovak (iso-8859-2): two addresses given as "
        "production and test 'v tomto poradí'; a Slovak mobile in national format; IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Televízia Záhorie, s.r.o.",
            I3,
            None,
            ["198.18.7.10"],
            ["198.18.7.11"],
            "Miroslava Hudecová",
            "hudecova@tvzahorie.example",
            "+421905318246",
        ),
        "from": "Miroslava Hudecova <hudecova@tvzahorie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": ZIMBRA,
        "charset": "iso-8859-2",
        "cte": "qp",
        "body": "Dobrý deň,\n\n"
        "Televízia Záhorie, s.r.o. (IČO " + I3 + "), Senica, žiada o sprístupnenie "
        "priebežných výsledkov volieb do Poslaneckej snemovne cez váš XML server. Vysielame "
        "aj pre divákov na moravskej strane hranice.\n\n"
        "IP adresy: 198.18.7.10 a 198.18.7.11 - produkčná a testovacia, v tomto poradí.\n\n"
        "Natáčať u vás nebudeme.\n\n"
        "Kontakt: Miroslava Hudecová, 0905 318 246\n\n"
        "S pozdravom\nMiroslava Hudecová\nvedúca spravodajstva\n",
    },
    {
        "id": "bq004-hu-news-site-ipv6-flowed",
        "description": "Hungarian news site in Hungarian, format=flowed; an IPv6 and an IPv4 "
        "production address, IPv6 test; contact written surname first in Hungarian order",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunántúli Hírek Kft.",
            None,
            None,
            ["2001:db8:4a1::10", "203.0.113.70"],
            ["2001:db8:4a1::20"],
            "Szabó Levente",
            "szabo.levente@dunantulihirek.example",
            "+36304152287",
        ),
        "from": "Szabó Levente <szabo.levente@dunantulihirek.example>",
        "subject": "Kérelem – választási eredmények XML hozzáférés",
        "headers": APPLE,
        "flowed": True,
        "body": "Tisztelt Hölgyem/Uram!\n\n"
        "A Dunántúli Hírek Kft. hírportálja élőben szeretné közölni a csehországi "
        "parlamenti választás eredményeit. Kérjük, engedélyezzék a hozzáférést a dedikált "
        "XML szerverhez az alábbi címekről:\n\n"
        "éles (produkciós): 2001:db8:4a1::10 és 203.0.113.70\n"
        "teszt: 2001:db8:4a1::20\n\n"
        "Forgatási engedélyt nem kérünk.\n\n"
        "Kapcsolattartó: Szabó Levente, +36 30 415 2287\n\n"
        "Üdvözlettel:\nSzabó Levente\nrovatvezető\n",
    },
    {
        "id": "bq005-fr-correction-remplace",
        "description": "French radio's second mail: 'remplace' corrects the production "
        "address of its first (quoted) mail; multipart/alternative; no test address",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Radio Lorraine Est SAS",
            None,
            None,
            ["198.51.100.90"],
            [],
            "Élodie Marchand",
            "e.marchand@radiolorraineest.example",
            "+33387551240",
        ),
        "from": "Élodie Marchand <e.marchand@radiolorraineest.example>",
        "subject": "RE: Demande d'accès aux résultats électoraux – correction",
        "headers": MAC_OUTLOOK,
        "body": "Bonjour,\n\n"
        "Petite correction à mon message d'hier : l'adresse 198.51.100.90 remplace "
        "198.51.100.9 (faute de frappe de ma part). Nous n'avons pas de serveur de test, "
        "nous testerons depuis la production.\n\n"
        "Merci et bonne journée,\nÉlodie Marchand\nRadio Lorraine Est SAS\n"
        "+33 3 87 55 12 40\n\n"
        "-----Message d'origine-----\n"
        "De : Élodie Marchand\nEnvoyé : mardi 9 septembre 2025 16:12\n"
        "Objet : Demande d'accès aux résultats électoraux\n\n"
        "Madame, Monsieur,\n"
        "Radio Lorraine Est SAS (Metz) souhaite accéder au flux XML des résultats des "
        "élections tchèques. Adresse IP de production : 198.51.100.9.\n"
        "Nous ne demandons pas d'autorisation de tournage.\n"
        "Cordialement,\nÉlodie Marchand\n",
        "html": "<p>Bonjour,</p><p>Petite correction à mon message d'hier : l'adresse "
        "<b>198.51.100.90</b> remplace 198.51.100.9 (faute de frappe de ma part). Nous n'avons "
        "pas de serveur de test, nous testerons depuis la production.</p>"
        "<p>Merci et bonne journée,<br>Élodie Marchand<br>Radio Lorraine Est SAS<br>"
        "+33 3 87 55 12 40</p><hr><p>De : Élodie Marchand<br>Objet : Demande d'accès aux "
        "résultats électoraux</p><blockquote>Madame, Monsieur,<br>Radio Lorraine Est SAS "
        "(Metz) souhaite accéder au flux XML des résultats des élections tchèques. Adresse "
        "IP de production : 198.51.100.9.<br>Nous ne demandons pas d'autorisation de "
        "tournage.<br>Cordialement,<br>Élodie Marchand</blockquote>",
    },
    {
        "id": "bq006-es-it-contractor-en-lugar-de",
        "description": "Spanish IT contractor writes for a Valencia daily (the applicant); "
        "test address corrected 'en lugar de'; the daily's correspondent named as contact; both",
        "style": Style.INTERMEDIARY,
        "labels": L(
            [FEED, FILM],
            "Diario del Levante S.L.",
            None,
            None,
            ["198.51.100.144", "198.51.100.145"],
            ["198.51.100.140"],
            "Pablo Ortega",
            "pablo.ortega@diariolevante.example",
            "+34612408377",
        ),
        "from": "Servicios Web Turia <soporte@serviciosturia.example>",
        "subject": "Solicitud de acceso XML elecciones – en nombre de Diario del Levante",
        "headers": GMAIL,
        "body": "Buenos días:\n\n"
        "Somos el proveedor informático de Diario del Levante S.L. y les escribimos en su "
        "nombre. El periódico solicita acceso al servidor de resultados electorales (XML) y, "
        "además, permiso para que su corresponsal grabe imágenes en la sede de recogida de "
        "resultados en Praga.\n\n"
        "IP de producción: 198.51.100.144 y 198.51.100.145\n"
        "IP de pruebas: 198.51.100.140 (en lugar de la 198.51.100.141 que figura en el "
        "formulario que nos pasó el periódico; esa máquina ya no existe)\n\n"
        "Persona de contacto para la solicitud: Pablo Ortega, corresponsal del diario, "
        "pablo.ortega@diariolevante.example, +34 612 408 377.\n\n"
        "Un saludo,\nJavier Soler\nServicios Web Turia S.L.\n",
    },
    {
        "id": "bq007-it-sostituito-ipv6-docx-table",
        "description": "Italian publisher: a DOCX with a role table holding IPv4 and IPv6; the "
        "cover mail says the IPv6 test address 'è sostituito da' another",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Editoriale Adige S.r.l.",
            None,
            None,
            ["203.0.113.120", "2001:db8:77::1"],
            ["2001:db8:77::15"],
            "Giulia Ferraro",
            "g.ferraro@editorialeadige.example",
            "+393472185590",
        ),
        "from": "Giulia Ferraro <g.ferraro@editorialeadige.example>",
        "subject": "Richiesta accesso dati elettorali",
        "headers": OWA,
        "body": "Buongiorno,\n\n"
        "in allegato la nostra richiesta. Una correzione rispetto al modulo: l'indirizzo "
        "di test 2001:db8:77::5 è sostituito da 2001:db8:77::15.\n\n"
        "Cordiali saluti\nGiulia Ferraro\nEditoriale Adige S.r.l.\n",
        "attachments": [
            (
                "docx",
                "richiesta_CSU.docx",
                {
                    "header": "Editoriale Adige S.r.l. – Via Brennero 140, 38121 Trento",
                    "footer": "P. IVA IT0412877 0229 – www.editorialeadige.example",
                    "blocks": [
                        "Spett.le Ufficio statistico ceco",
                        "Oggetto: richiesta di accesso al feed XML dei risultati elettorali",
                        "Editoriale Adige S.r.l. chiede l'accesso al server dedicato. Non "
                        "chiediamo il permesso di riprese.",
                        {
                            "rows": [
                                ["Ruolo", "Indirizzo"],
                                ["produzione", "203.0.113.120"],
                                ["produzione", "2001:db8:77::1"],
                                ["test", "2001:db8:77::5"],
                            ]
                        },
                        "Referente: Giulia Ferraro, cell. +39 347 218 5590, "
                        "g.ferraro@editorialeadige.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "bq008-nl-freelancer-vervangt",
        "description": "Dutch freelance journalist (natural person, no IČO) in Dutch: the new "
        "address 'vervangt' the earlier one; no test address; Dutch mobile 06-…",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Sanne de Vries",
            None,
            None,
            ["198.18.20.5"],
            [],
            "Sanne de Vries",
            "sanne@sannedevries.example",
            "+31641882317",
        ),
        "from": "Sanne de Vries <sanne@sannedevries.example>",
        "subject": "Aanvraag toegang verkiezingsuitslagen (aangepast)",
        "headers": IPHONE,
        "body": "Goedendag,\n\n"
        "Ik ben freelance journalist (eenmanszaak, geen Tsjechisch IČO) en volg de "
        "Tsjechische verkiezingen voor een aantal Nederlandse kranten. Graag vraag ik "
        "toegang tot de XML-server met uitslagen.\n\n"
        "Mijn IP-adres is 198.18.20.5; dit adres vervangt het eerder gestuurde 198.18.20.4. "
        "Een apart testadres heb ik niet.\n\n"
        "Filmen hoef ik niet.\n\n"
        "Met vriendelijke groet,\nSanne de Vries\n06-41 88 23 17\n\n"
        "Verstuurd vanaf mijn iPhone\n",
    },
    {
        "id": "bq009-sv-local-tv-ersatter-range",
        "description": "Swedish local TV in Swedish: production as a range written "
        "'198.51.100.196–198', a new test address 'ersätter' the old; filming asked too",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Mälardalens Lokal-TV AB",
            None,
            None,
            ["198.51.100.196", "198.51.100.197", "198.51.100.198"],
            ["198.51.100.201"],
            "Johan Lindqvist",
            "johan.lindqvist@malardalenlokaltv.example",
            "+46703124481",
        ),
        "from": "Johan Lindqvist <johan.lindqvist@malardalenlokaltv.example>",
        "subject": "Ansökan: XML-resultat och filmtillstånd",
        "headers": ROUNDCUBE,
        "body": "Hej,\n\n"
        "Mälardalens Lokal-TV AB gör ett reportage om valet i Tjeckien och ansöker om:\n"
        "1) tillgång till den dedikerade servern med valresultat (XML),\n"
        "2) tillstånd att filma vid ert insamlingsställe under valnatten.\n\n"
        "Produktion: 198.51.100.196–198\n"
        "Test: 198.51.100.201 (ersätter 198.51.100.200 som vi angav i telefon)\n\n"
        "Kontaktperson: Johan Lindqvist, 070-312 44 81\n\n"
        "Vänliga hälsningar\nJohan Lindqvist\nnyhetschef, Mälardalens Lokal-TV AB\n",
    },
    {
        "id": "bq010-databox-town-filming-only",
        "description": "data message from a town (box type 10) asking only to film for its "
        "town TV, the feed explicitly not needed; the PDF names the press officer",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Město Lhotka nad Sázavou",
            I10,
            "m7hq2xk",
            [],
            [],
            "Pavla Nedomová",
            "nedomova@lhotkanadsazavou.example",
            "+420317845210",
        ),
        "databox": box(
            "m7hq2xk",
            "Město Lhotka nad Sázavou",
            "náměstí Míru 1, 257 31 Lhotka nad Sázavou",
            10,
        ),
        "subject": "Žádost o povolení natáčení - volby 2025",
        "attachments": [
            (
                "pdf",
                "zadost_nataceni.pdf",
                [
                    "Město Lhotka nad Sázavou | náměstí Míru 1 | IČO " + I10,
                    "Český statistický úřad",
                    "Věc: žádost o povolení pořizovat záznam",
                    "Město Lhotka nad Sázavou provozuje informační kanál Lhotecká TV. Rádi "
                    "bychom natočili krátkou reportáž z pracoviště ČSÚ, kam naše okrsková "
                    "komise předává výsledky. Přístup k datovému serveru s výsledky "
                    "nepotřebujeme, výsledky přebíráme z webu.",
                    "Kontaktní osoba: Pavla Nedomová, tisková mluvčí, tel. 317 845 210, "
                    "nedomova@lhotkanadsazavou.example",
                    "Ing. Stanislav Kroupa\nstarosta",
                ],
            )
        ],
    },
    {
        "id": "bq011-university-long-letter-docx",
        "description": "long formal letter in a DOCX from a university department (the "
        "university applies); a written range of three, a temporary test host; mail body terse",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Vysočinská univerzita v Jihlavě",
            I11,
            None,
            ["198.18.30.2", "198.18.30.3", "198.18.30.4"],
            ["198.18.30.9"],
            "Tomáš Richter",
            "richter@vsuj.example",
            "+420567141802",
        ),
        "from": "Tomas Richter <richter@vsuj.example>",
        "subject": "Žádost - přístup k výsledkům voleb pro výzkum",
        "headers": SEZNAM,
        "body": "Dobrý den, posílám žádost naší katedry, podepsanou panem děkanem.\nT. Richter\n",
        "attachments": [
            (
                "docx",
                "zadost_katedra_politologie.docx",
                {
                    "header": "Vysočinská univerzita v Jihlavě | Fakulta společenských věd | "
                    "Katedra politologie",
                    "footer": "Tolstého 1556/16, 586 01 Jihlava | IČO " + I11,
                    "blocks": [
                        "Český statistický úřad\nodbor zpracování výsledků voleb",
                        "V Jihlavě dne 3. září 2025",
                        "Věc: Žádost o zpřístupnění průběžných výsledků voleb",
                        "Vážené dámy, vážení pánové,",
                        "Katedra politologie Fakulty společenských věd Vysočinské univerzity "
                        "v Jihlavě se dlouhodobě věnuje výzkumu volebního chování v regionech. "
                        "V rámci projektu, který podporuje grantová agentura, sledujeme "
                        "průběh sčítání hlasů v reálném čase a porovnáváme jej s modely "
                        "odhadu výsledku. Pro tento účel bychom velmi ocenili přístup "
                        "k dedikovanému serveru, na kterém zveřejňujete průběžné výsledky "
                        "ve formátu XML.",
                        "Data budou stahována z výpočetního clusteru katedry, a to z adres "
                        "198.18.30.2 až 198.18.30.4. Pro ověření spojení před volbami použijeme "
                        "dočasný testovací stroj 198.18.30.9, který po volbách zrušíme.",
                        "Pořizování záznamu na pracovištích úřadu nežádáme.",
                        "Kontaktní osobou je doc. Mgr. Tomáš Richter, Ph.D. "
                        "(richter@vsuj.example, tel. 567 141 802).",
                        "Děkujeme za vstřícnost.",
                        "prof. PhDr. Ivan Dvořáček, CSc.\nděkan fakulty",
                    ],
                },
            )
        ],
    },
    {
        "id": "bq012-terse-podcaster-natural-person",
        "description": "a podcaster's four-line note from a phone (format=flowed): a natural "
        "person without IČO under a channel name; will test from production; initial signature",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Ondřej Kořínek",
            None,
            None,
            ["203.0.113.150"],
            [],
            "Ondřej Kořínek",
            "ondra@volebnipondeli.example",
            "+420777210448",
        ),
        "from": "Ondřej Kořínek <ondra@volebnipondeli.example>",
        "subject": "přístup k XML",
        "headers": K9,
        "flowed": True,
        "body": "Dobrý den, dělám podcast Volební pondělí (jsem fyzická osoba, IČO nemám), "
        "chtěl bych na volební noc stahovat XML. IP 203.0.113.150, test netřeba, zkusím to "
        "z té samé. Tel 777 210 448.\nDík, O. Kořínek\n",
    },
    {
        "id": "bq013-it-contractor-nat-internal-host",
        "description": "IT contractor writes for a weekly (the applicant): an internal 10.x host "
        "behind NAT, the public address to allow, a temporary test host; the weekly's editor "
        "named as contact",
        "style": Style.INTERMEDIARY,
        "labels": L(
            [FEED],
            "Podbrdské listy s.r.o.",
            I13,
            None,
            ["198.51.100.77"],
            ["198.51.100.78"],
            "Karel Brabec",
            "brabec@podbrdskelisty.example",
            "+420603552190",
        ),
        "from": "Vít Hanzal <hanzal@netspravaberoun.example>",
        "subject": "Podbrdské listy - žádost o přístup na volební server",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\n"
        "spravujeme IT pro vydavatele Podbrdské listy s.r.o. (IČO " + I13 + ") a na jejich "
        "žádost posílám přihlášku k odběru výsledků voleb.\n\n"
        "Stahovat bude interní server 10.12.0.40, ven ale jde přes NAT jako 198.51.100.77 - "
        "prosím povolte tuto adresu.\n"
        "Testovat budeme z dočasného stroje 198.51.100.78.\n\n"
        "Kontaktní osoba žadatele: Karel Brabec, šéfredaktor, brabec@podbrdskelisty.example, "
        "tel. 603 552 190.\n\n"
        "S pozdravem\nVít Hanzal\nNetSpráva Beroun s.r.o.\ntel. 311 620 904\n",
    },
    {
        "id": "bq014-de-austrian-filming-now-feed-later",
        "description": "Austrian weekly in German, HTML only: filming now, the XML access "
        "only for a later election (not requested now); no addresses; Austrian mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Mühlviertler Rundschau GmbH",
            None,
            None,
            [],
            [],
            "Katharina Eder",
            "k.eder@muehlviertler-rundschau.example",
            "+436643182207",
        ),
        "from": "Katharina Eder <k.eder@muehlviertler-rundschau.example>",
        "subject": "Drehgenehmigung Wahlabend",
        "headers": WEBDE,
        "html": "<html><body><p>Sehr geehrte Damen und Herren,</p>"
        "<p>die <b>Mühlviertler Rundschau GmbH</b> (Freistadt) möchte am Wahlabend in Ihrer "
        "Sammelstelle in Budweis filmen und fotografieren (2 Personen, Kamera und "
        "Fotoapparat).</p>"
        "<p>Den Zugang zu den XML-Ergebnissen brauchen wir diesmal nicht – erst für die "
        "Regionalwahlen im nächsten Jahr, dafür melden wir uns dann gesondert.</p>"
        "<p>Kontakt: Katharina Eder, mobil +43 664 318 2207</p>"
        "<p>Mit besten Grüßen<br>Katharina Eder<br>Chefredaktion</p></body></html>",
    },
]
