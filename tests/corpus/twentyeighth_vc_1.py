"""Twentyeighth held-out part ``vc``, cases vc001–vc014: foreign media writing German, Polish,
Slovak, Hungarian, French, Spanish and Norwegian, a university and a town, an IT contractor
writing for a weekly, a withdrawn and a postponed filming request, a replaced server and a
freelancer's data message with the request only in the annotation. Written by hand apart from
the extraction rules (see make_twentyeighth_vc); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyeighth_vc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I3, I8, I9 = ico("5230718"), ico("7104592"), ico("0284736")
I10, I10C, I11, I12 = ico("2861054"), ico("0517293"), ico("2673918"), ico("0847316")
I13, I14 = ico("2915607"), ico("8802134")

CASES: list[dict[str, Any]] = [
    {
        "id": "vc001-german-daily-range-bis",
        "description": "German regional daily in German; production given as a range "
        "'203.0.113.30 bis .32', a parser version number nearby",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Oberpfälzer Tagespost GmbH & Co. KG",
            None,
            None,
            ["203.0.113.30", "203.0.113.31", "203.0.113.32"],
            ["203.0.113.40"],
            "Stefan Brandl",
            "s.brandl@oberpfaelzer-tagespost.example",
            "+499412047315",
        ),
        "from": "Brandl Stefan <s.brandl@oberpfaelzer-tagespost.example>",
        "subject": "Antrag auf Zugang zu den XML-Wahlergebnissen (Parlamentswahl CZ)",
        "headers": OUTLOOK,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Oberpfälzer Tagespost berichtet seit Jahren ausführlich über unsere "
            "tschechischen Nachbarn, und zur Wahl zum Abgeordnetenhaus möchten wir die "
            "Ergebnisse live in unserem Online-Ticker darstellen. Wir beantragen daher den "
            "Zugang zu Ihrem XML-Ergebnisserver.\n\n"
            "Unsere Server (Produktion): 203.0.113.30 bis .32 (drei Knoten hinter einem "
            "Loadbalancer)\n"
            "Testsystem: 203.0.113.40\n\n"
            "Zur Info: unser Parser (Version 3.2.1) wurde bereits bei der Europawahl 2024 mit "
            "Ihrem Schema getestet.\n\n"
            "Eine Drehgenehmigung benötigen wir nicht.\n\n"
            "Ansprechpartner für alle technischen Fragen bin ich selbst.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Stefan Brandl\n"
            "Leitung Digitales\n"
            "Oberpfälzer Tagespost GmbH & Co. KG\n"
            "Kumpfmühler Str. 15, 93047 Regensburg\n"
            "Tel. +49 941 2047-315 | Zentrale +49 941 2047-0\n"
            "Registergericht Regensburg HRA 10482\n"
        ),
    },
    {
        "id": "vc002-polish-tv-both-iso-8859-2",
        "description": "Polish TV in Polish (iso-8859-2): feed with main, backup and test roles in "
        "Polish words, filming at Ostrava; NIP and REGON are not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Telewizja Beskidy Sp. z o.o.",
            None,
            None,
            ["198.51.100.70", "198.51.100.71"],
            ["198.51.100.79"],
            "Agnieszka Wróbel",
            "a.wrobel@tvbeskidy.example",
            "+48338120455",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@tvbeskidy.example>",
        "subject": "Wniosek: dostęp do wyników wyborów XML oraz zgoda na filmowanie",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": (
            "Szanowni Państwo,\n\n"
            "Telewizja Beskidy Sp. z o.o. (NIP 547-210-88-31, REGON 072915530) zwraca się z "
            "prośbą o:\n\n"
            "1) dostęp do serwera z wynikami wyborów w formacie XML,\n"
            "2) zgodę na filmowanie w punkcie zbierania wyników w Ostrawie w noc wyborczą.\n\n"
            "Adresy IP:\n"
            "- serwer podstawowy: 198.51.100.70\n"
            "- serwer zapasowy: 198.51.100.71\n"
            "- serwer testowy: 198.51.100.79\n\n"
            "Ekipa filmowa: dwie osoby (reporter i operator), bez oświetlenia.\n\n"
            "Osoba kontaktowa: Agnieszka Wróbel, tel. +48 33 812 04 55, "
            "a.wrobel@tvbeskidy.example\n\n"
            "Z poważaniem\n"
            "Agnieszka Wróbel\n"
            "kierownik redakcji informacyjnej\n"
            "Telewizja Beskidy Sp. z o.o., ul. Partyzantów 44, 43-300 Bielsko-Biała\n"
        ),
    },
    {
        "id": "vc003-slovak-terse-cidr",
        "description": "two-line Slovak note from Gmail: a /30 block is four production "
        "addresses, no test server, IČO written 'IČO:' with spaces",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Záhorský denník, s. r. o.",
            I3,
            None,
            ["192.0.2.64", "192.0.2.65", "192.0.2.66", "192.0.2.67"],
            [],
            "Peter Kováč",
            "kovac@zahorskydennik.example",
            "+421905318224",
        ),
        "from": "Peter Kováč <kovac@zahorskydennik.example>",
        "subject": "pristup XML volby",
        "headers": GMAIL,
        "body": (
            "Dobrý deň, žiadame o prístup k XML s výsledkami volieb z rozsahu 192.0.2.64/30, "
            "testovací server nemáme.\n"
            f"Záhorský denník, s. r. o., IČO: {I3[:2]} {I3[2:5]} {I3[5:]}\n"
            "Peter Kováč, 0905 318 224\n"
        ),
    },
    {
        "id": "vc004-hungarian-film-only-declines-feed",
        "description": "Hungarian weekly in Hungarian asks only to film at a collection point "
        "and says in Hungarian it does not need the XML data",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Dunamenti Hírlap Kft.",
            None,
            None,
            [],
            [],
            "Nagy Zsófia",
            "nagy.zsofia@dunamentihirlap.example",
            "+36304471892",
        ),
        "from": "Nagy Zsófia <nagy.zsofia@dunamentihirlap.example>",
        "subject": "Forgatási engedély kérése – választási éjszaka, Brno",
        "headers": APPLE,
        "charset": "iso-8859-2",
        "body": (
            "Tisztelt Hölgyeim és Uraim!\n\n"
            "A Dunamenti Hírlap Kft. nevében szeretnénk engedélyt kérni arra, hogy a cseh "
            "parlamenti választások éjszakáján forgathassunk a brünni adatgyűjtő ponton "
            "(kb. 21:00 és 01:00 között, egy operatőr és egy riporter).\n\n"
            "Az XML formátumú eredményekhez való hozzáférésre nincs szükségünk, az "
            "eredményeket a nyilvános weboldalon követjük.\n\n"
            "Kapcsolattartó: Nagy Zsófia, +36 30 447 1892\n\n"
            "Üdvözlettel:\n"
            "Nagy Zsófia\n"
            "főszerkesztő-helyettes\n"
            "Dunamenti Hírlap Kft., 9021 Győr, Baross Gábor út 12.\n"
        ),
    },
    {
        "id": "vc005-french-agency-netmask-ipv6-test",
        "description": "French agency in French: an address with a netmask 255.255.255.254 is a "
        "block of two, the test server is IPv6; RFC number and date as noise",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Agence Lumière Information SARL",
            None,
            None,
            ["203.0.113.96", "203.0.113.97"],
            ["2001:db8:4a::10"],
            "Élodie Marchand",
            "e.marchand@lumiere-info.example",
            "+33148071263",
        ),
        "from": "Élodie Marchand <e.marchand@lumiere-info.example>",
        "subject": "Demande d'accès au flux XML des résultats électoraux",
        "headers": ZIMBRA,
        "body": (
            "Madame, Monsieur,\n\n"
            "L'Agence Lumière Information SARL, agence de presse basée à Paris, souhaite "
            "obtenir l'accès au serveur des résultats électoraux au format XML pour les "
            "élections du 3 et 4 octobre 2025.\n\n"
            "Serveurs de production : 203.0.113.96 masque 255.255.255.254 (deux machines)\n"
            "Serveur de test : 2001:db8:4a::10\n\n"
            "Nos serveurs respectent la RFC 7230 et se connectent uniquement en HTTPS.\n"
            "Nous n'avons pas besoin d'autorisation de tournage.\n\n"
            "Interlocutrice : Élodie Marchand, responsable technique, "
            "+33 1 48 07 12 63\n\n"
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations "
            "distinguées.\n\n"
            "Élodie Marchand\n"
            "Agence Lumière Information SARL – 18 rue des Vinaigriers, 75010 Paris\n"
            "Standard : +33 1 48 07 12 00\n"
        ),
    },
    {
        "id": "vc006-spanish-freelancer-film-only",
        "description": "Spanish freelance reporter without a company, Spanish with English "
        "phrases, asks only to film and says no to the XML feed",
        "style": Style.FREELANCER,
        "labels": L(
            [FILM],
            "Javier Ortega Ruiz",
            None,
            None,
            [],
            [],
            "Javier Ortega Ruiz",
            "javier.ortega@ortegaruiz.example",
            "+34654210837",
        ),
        "from": "Javier Ortega Ruiz <javier.ortega@ortegaruiz.example>",
        "subject": "Permiso de grabación / filming permit – election night Prague",
        "headers": IPHONE,
        "body": (
            "Buenos días,\n\n"
            "soy periodista freelance (no tengo empresa, trabajo por mi cuenta para varios "
            "medios españoles) y me gustaría grabar unas imágenes en su punto de recogida de "
            "resultados en Praga la noche electoral. Just me and a small camera, max. 30 "
            "minutos.\n\n"
            "No necesito el acceso al XML, thanks – solo el permiso de grabación.\n\n"
            "Mi móvil: +34 654 21 08 37\n\n"
            "Un saludo / best regards\n"
            "Javier Ortega Ruiz\n\n"
            "Enviado desde mi iPhone\n"
        ),
    },
    {
        "id": "vc007-norwegian-ipv6-production",
        "description": "Norwegian newspaper in Norwegian: an IPv6 and an IPv4 production "
        "address ('produksjon'), one test address ('test')",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Vestlandsposten AS",
            None,
            None,
            ["2001:db8:77::20", "198.51.100.120"],
            ["198.51.100.121"],
            "Ingrid Haugland",
            "ingrid.haugland@vestlandsposten.example",
            "+4791834072",
        ),
        "from": "Ingrid Haugland <ingrid.haugland@vestlandsposten.example>",
        "subject": "Søknad om tilgang til valgresultater (XML)",
        "headers": TBIRD,
        "body": (
            "Hei,\n\n"
            "Vestlandsposten AS (org.nr. 998 214 306) søker om tilgang til XML-tjenesten med "
            "valgresultater for valget til Poslanecká sněmovna.\n\n"
            "Produksjon: 2001:db8:77::20 og 198.51.100.120\n"
            "Test: 198.51.100.121\n\n"
            "Vi trenger ikke tillatelse til filming.\n\n"
            "Kontaktperson: Ingrid Haugland, utviklingsredaktør, mobil +47 918 34 072\n\n"
            "Med vennlig hilsen\n"
            "Ingrid Haugland\n"
            "Vestlandsposten AS, Strandkaien 4, 5013 Bergen\n"
        ),
    },
    {
        "id": "vc008-databox-university-faculty-odt",
        "description": "data message from a university; a faculty's department writes the ODT "
        "letter, the university applies; the annotation only names the subject",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Univerzita Horního Posázaví",
            I8,
            "u8fk3nw",
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Lenka Šimková",
            "simkova@fsv.uhp.example",
            "+420327554218",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb – Katedra mediálních studií FSV",
        "databox": {
            "box": "u8fk3nw",
            "sender": "Univerzita Horního Posázaví",
            "address": "Kollárova 3, 284 01 Kutná Hora",
            "type": 10,
        },
        "attachments": [
            (
                "odt",
                "zadost_XML_volby_KMS.odt",
                [
                    "Univerzita Horního Posázaví, Fakulta sociálních věd",
                    "Katedra mediálních studií",
                    f"IČO {I8}",
                    "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                    "V Kutné Hoře dne 10. září 2025, č. j. UHP-FSV/2217/2025",
                    "Věc: Žádost o zřízení přístupu k výsledkům voleb ve formátu XML",
                    "Katedra mediálních studií provozuje studentský zpravodajský portál, na "
                    "kterém studenti v rámci předmětu Datová žurnalistika (kód KMS/DZ2) "
                    "zpracovávají výsledky voleb. Jménem univerzity žádáme o přístup "
                    "k serveru s výsledky. Natáčení na sběrných místech nepožadujeme.",
                    [
                        ["Server", "IP adresa"],
                        ["produkční (portal.fsv)", "192.0.2.140"],
                        ["testovací (stage.fsv)", "192.0.2.141"],
                    ],
                    "Kontaktní osoba: doc. Mgr. Lenka Šimková, Ph.D., tel. 327 554 218, "
                    "simkova@fsv.uhp.example",
                    "prof. PhDr. Karel Hudec, CSc., děkan fakulty",
                ],
            )
        ],
    },
    {
        "id": "vc009-town-html-internal-hosts",
        "description": "HTML-only Roundcube mail from a town: table lists public and internal "
        "(10.x, 172.16.x) hosts, only the public ones are applied for",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FEED],
            "Město Horní Podolí",
            I9,
            None,
            ["203.0.113.150"],
            ["203.0.113.151"],
            "Radek Jelínek",
            "jelinek@hornipodoli.example",
            "+420491602317",
        ),
        "from": "Radek Jelínek <jelinek@hornipodoli.example>",
        "subject": "Zpravodaj města – přístup k XML výsledkům voleb",
        "headers": ROUNDCUBE,
        "html": (
            "<html><head><meta charset='utf-8'></head><body>"
            "<p>Dobrý den,</p>"
            "<p>město Horní Podolí (IČO "
            f"{I9}) vydává elektronický zpravodaj a na svém webu chce zveřejňovat průběžné "
            "výsledky voleb za obec. Žádáme proto o přístup k serveru s daty XML.</p>"
            "<table border='1' cellpadding='4'>"
            "<tr><th>Stroj</th><th>Adresa</th><th>Poznámka</th></tr>"
            "<tr><td>web (veřejná)</td><td>203.0.113.150</td><td>produkce</td></tr>"
            "<tr><td>web-test (veřejná)</td><td>203.0.113.151</td><td>test</td></tr>"
            "<tr><td>app01</td><td>10.20.0.15</td><td>interní, za NAT – jen pro "
            "informaci</td></tr>"
            "<tr><td>db01</td><td>172.16.4.2</td><td>interní, za NAT – jen pro "
            "informaci</td></tr>"
            "</table>"
            "<p>Z vnitřní sítě chodí provoz ven přes adresy uvedené jako veřejné, interní "
            "adresy tedy prosím nepovolujte.</p>"
            "<p>S pozdravem<br>Bc. Radek Jelínek<br>správa IT, Městský úřad Horní Podolí<br>"
            "Náměstí 1, 507 32 Horní Podolí<br>tel. 491 602 317, ústředna 491 602 300</p>"
            "</body></html>"
        ),
    },
    {
        "id": "vc010-it-contractor-for-weekly-pdf-proxy",
        "description": "an IT contractor writes for a weekly (power of attorney in PDF): the "
        "weekly applies, the contractor's technician is the contact; a written range and an "
        "nginx version",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Týdeník Pod Sněžkou, s.r.o.",
            I10,
            None,
            ["198.51.100.200", "198.51.100.201", "198.51.100.202"],
            ["198.51.100.210"],
            "Tomáš Krejčí",
            "krejci@dataforge.example",
            "+420731662045",
        ),
        "from": "Tomáš Krejčí <krejci@dataforge.example>",
        "subject": "Žádost o přístup k XML výsledkům – Týdeník Pod Sněžkou",
        "headers": SEZNAM,
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\n"
            "naše firma DataForge s.r.o. (IČO "
            f"{I10C}) spravuje web Týdeníku Pod Sněžkou. Na základě přiložené plné moci "
            "žádáme jménem vydavatele, společnosti Týdeník Pod Sněžkou, s.r.o., IČO "
            f"{I10}, o přístup k serveru s výsledky voleb v XML.\n\n"
            "Produkční servery: 198.51.100.200-198.51.100.202\n"
            "Testovací server: 198.51.100.210\n"
            "(vše za reverse proxy nginx 1.24.0, odchozí provoz jen z uvedených adres)\n\n"
            "Kontaktní osobou pro technické věci jsem já, Tomáš Krejčí, 731 662 045.\n"
            "Redakce (šéfredaktorka Jana Vondrová) je v kopii jen pro informaci.\n\n"
            "Díky a zdravím\n"
            "Tomáš Krejčí\n"
            "DataForge s.r.o., Vrchlického 22, 541 01 Trutnov\n"
        ),
        "cc": "vondrova@podsnezkou.example",
        "attachments": [
            (
                "pdf",
                "plna_moc_DataForge.pdf",
                [
                    "PLNÁ MOC",
                    f"Týdeník Pod Sněžkou, s.r.o., IČO {I10}, se sídlem Horská 5, 541 01 "
                    "Trutnov, zastoupená jednatelkou Janou Vondrovou,",
                    f"zmocňuje společnost DataForge s.r.o., IČO {I10C}, k podání žádosti "
                    "o přístup k výsledkům voleb ve formátu XML u Českého statistického "
                    "úřadu a k jednání ve věcech technického připojení.",
                    "V Trutnově dne 8. 9. 2025",
                    "Jana Vondrová, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "vc011-radio-film-withdrawn-in-ps",
        "description": "local radio asks for feed and filming, then withdraws the filming in a "
        "P.S. of the same mail",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Rádio Podlesí s.r.o.",
            I11,
            None,
            ["192.0.2.90"],
            [],
            "Michaela Dušková",
            "duskova@radiopodlesi.example",
            "+420602771304",
        ),
        "from": "Michaela Dušková <duskova@radiopodlesi.example>",
        "subject": "volby – XML + natáčení",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "Rádio Podlesí s.r.o., IČ "
            f"{I11}, by rádo požádalo:\n"
            "– o přístup k výsledkům voleb v XML z adresy 192.0.2.90 (testovací nemáme),\n"
            "– o povolení natáčení na sběrném místě ve Zlíně v sobotu večer.\n\n"
            "Kontakt: Michaela Dušková, 602 771 304.\n\n"
            "Děkuji\nMichaela Dušková\nRádio Podlesí\n\n"
            "P.S. Tak natáčení ruším, kolega kameraman ten víkend nebude k dispozici. "
            "Zůstává jen ten přístup k XML.\n"
        ),
    },
    {
        "id": "vc012-news-site-film-for-later-election",
        "description": "news site wants the feed now, filming only at next year's regional "
        "election (to be applied for separately); roles by 'resp.'",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Moravské listy online, a.s.",
            I12,
            None,
            ["203.0.113.60"],
            ["203.0.113.61"],
            "Filip Horák",
            "horak@moravskelisty.example",
            "+420777045962",
        ),
        "from": "Filip Horák <horak@moravskelisty.example>",
        "subject": "Přístup k XML výsledkům – sněmovní volby 2025",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "za Moravské listy online, a.s. (IČO "
            f"{I12}) žádáme o přístup k XML výsledkům pro letošní volby do Poslanecké "
            "sněmovny. Náš produkční a testovací server mají adresy 203.0.113.60, resp. "
            "203.0.113.61.\n\n"
            "Povolení k natáčení na sběrných místech bychom rádi využili až u krajských "
            "voleb příští rok – o to požádáme samostatně, teď ho nepotřebujeme.\n\n"
            "Kontaktní osoba: Filip Horák, vedoucí vývoje, tel. +420 777 045 962\n\n"
            "S pozdravem\nFilip Horák\nMoravské listy online, a.s.\n"
            "Masarykova 411/9, 602 00 Brno\n"
        ),
    },
    {
        "id": "vc013-replaced-server-apple",
        "description": "the old production server is said to be decommissioned and replaced; "
        "only the new address and the test address count",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Vydavatelství Karmín, spol. s r.o.",
            I13,
            None,
            ["198.51.100.34"],
            ["198.51.100.35"],
            "Alena Pokorná",
            "pokorna@karmin.example",
            "+420608330917",
        ),
        "from": "Alena Pokorná <pokorna@karmin.example>",
        "subject": "Obnovení přístupu k XML (nový server)",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "loni jsme měli přístup k volebním XML z adresy 198.51.100.33. Ten server jsme "
            "v létě vyřadili a nahradil ho nový na adrese 198.51.100.34 – prosíme tedy "
            "o přístup pro něj (starou adresu už nepovolujte). Pro test používáme "
            "198.51.100.35.\n\n"
            "Vydavatelství Karmín, spol. s r.o.\n"
            f"IČO: {I13}\n\n"
            "Kontakt zůstává stejný: Alena Pokorná, 608 330 917.\n\n"
            "Děkuji,\nAlena Pokorná\n"
        ),
    },
    {
        "id": "vc014-databox-freelancer-annotation-only",
        "description": "a one-person outlet's data message: the whole application in the "
        "annotation, the file is only a trade licence extract with the IČO",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Ondřej Malý – Malý Media",
            I14,
            "q2m7vtc",
            ["192.0.2.177"],
            ["192.0.2.178"],
            "Ondřej Malý",
            "maly@malymedia.example",
            "+420604512877",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb: prod. IP 192.0.2.177, test. IP "
        "192.0.2.178; kontakt Ondřej Malý, 604 512 877, maly@malymedia.example",
        "databox": {
            "box": "q2m7vtc",
            "sender": "Ondřej Malý – Malý Media",
            "address": "Lipová 18, 779 00 Olomouc",
            "type": 30,
        },
        "attachments": [
            (
                "txt",
                "vypis_RZP.txt",
                "Výpis z živnostenského rejstříku\n"
                "Obchodní firma: Ondřej Malý – Malý Media\n"
                f"IČO: {I14}\n"
                "Sídlo: Lipová 18, 779 00 Olomouc\n"
                "Předmět podnikání: Vydavatelské činnosti, polygrafická výroba, "
                "knihařské a kopírovací práce\n"
                "Vznik oprávnění: 14. 3. 2019\n",
            )
        ],
    },
]
