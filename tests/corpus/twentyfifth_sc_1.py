"""Twentyfifth held-out part ``sc``, cases sc001–sc014: a German publisher with a CIDR block, a
Polish TV crew that only films, a Slovak daily in ISO-8859-2 with a written range, a Hungarian
news site writing Hungarian and English with IPv6, a freelancer's netmask, a university faculty
in an Outlook table, a town's data message with the application only in the annotation, an
English agency range, an IT contractor writing for a publisher, a filming request withdrawn in a
P.S., a French crew in format=flowed, a forwarded IT mail with internal NAT addresses, a Spanish
agency's IPv6 block and an institute's DOCX. Written by hand apart from the extraction rules (see
make_twentyfifth_sc); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyfifth_sc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    flowed,
    ico,
)

I3, I5, I6, I7 = ico("4692018"), ico("7340215"), ico("6091377"), ico("0028931")
I8, I9, I9C, I10 = ico("0712548"), ico("2836104"), ico("0517392"), ico("2265410")
I12, I14 = ico("2479351"), ico("6843029")

CASES: list[dict[str, Any]] = [
    {
        "id": "sc001-german-verlag-cidr-block",
        "description": "German publisher writing German; production as a /30 block (four "
        "addresses), the contact is a named colleague with a German number; HRB and USt-IdNr "
        "are not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Oberpfälzer Kurier Verlag GmbH & Co. KG",
            None,
            None,
            ["203.0.113.8", "203.0.113.9", "203.0.113.10", "203.0.113.11"],
            ["203.0.113.20"],
            "Sabine Kraus",
            "s.kraus@opf-kurier.example",
            "+499415573218",
        ),
        "from": "Dr. Markus Felber <m.felber@opf-kurier.example>",
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML) – Oberpfälzer Kurier",
        "headers": TBIRD,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "der Oberpfälzer Kurier berichtet seit Jahren ausführlich über unsere tschechischen "
            "Nachbarn, und zur Parlamentswahl wollen wir auf unserer Website einen Live-Ticker "
            "mit den Ergebnissen aus Tschechien anbieten. Wir beantragen daher den Zugang zu "
            "Ihrem Server mit den Wahlergebnissen im XML-Format.\n\n"
            "Antragsteller: Oberpfälzer Kurier Verlag GmbH & Co. KG, Regensburg\n"
            "Produktivsystem: 203.0.113.8/30 (vier Server hinter unserem Load-Balancer)\n"
            "Testsystem: 203.0.113.20\n\n"
            "Ansprechpartnerin für alle technischen Fragen ist unsere Systemadministratorin "
            "Sabine Kraus, Tel. +49 941 5573-218, s.kraus@opf-kurier.example. Sie ist auch in "
            "der Wahlnacht erreichbar.\n\n"
            "Eine tschechische IČO haben wir nicht; zu Ihrer Information unsere deutschen "
            "Registerdaten: Amtsgericht Regensburg HRA 9174, USt-IdNr. DE 284 517 903.\n\n"
            "Drehgenehmigungen brauchen wir nicht, wir haben kein Team vor Ort.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Dr. Markus Felber\n"
            "Leiter Digitales\n"
            "Oberpfälzer Kurier Verlag GmbH & Co. KG\n"
            "Kumpfmühler Str. 14, 93051 Regensburg\n"
            "Tel. +49 941 5573-0 (Zentrale)\n"
        ),
    },
    {
        "id": "sc002-polish-tv-filming-only",
        "description": "Polish regional TV writing Polish asks only to film at a collection "
        "point and says it does not need the XML data; NIP and KRS are not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Telewizja Beskidy Sp. z o.o.",
            None,
            None,
            [],
            [],
            "Agnieszka Wróbel",
            "a.wrobel@tvbeskidy.example",
            "+48601473925",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@tvbeskidy.example>",
        "subject": "Prośba o zgodę na nagrania – wybory parlamentarne w Czechach",
        "headers": GMAIL,
        "cte": "base64",
        "body": (
            "Szanowni Państwo,\n\n"
            "jestem dziennikarką Telewizji Beskidy z Bielska-Białej. Przygotowujemy reportaż "
            "o wyborach parlamentarnych w Republice Czeskiej i zwracamy się z uprzejmą prośbą "
            "o zgodę na nagrywanie materiału filmowego w punkcie zbierania wyników w Ostrawie "
            "w noc wyborczą (ok. 21:00–24:00). Ekipa: ja oraz operator kamery Paweł Mazur.\n\n"
            "Dostęp do danych w formacie XML nie jest nam potrzebny – wyniki będziemy "
            "podawać za Państwa stroną internetową.\n\n"
            "Dane firmy: Telewizja Beskidy Sp. z o.o., ul. Partyzantów 31, 43-300 "
            "Bielsko-Biała, NIP 547-218-40-93, KRS 0000318275.\n\n"
            "Kontakt: Agnieszka Wróbel, tel. +48 601 473 925, a.wrobel@tvbeskidy.example\n\n"
            "Z poważaniem\nAgnieszka Wróbel\nreporterka, Telewizja Beskidy\n"
        ),
    },
    {
        "id": "sc003-slovak-daily-range-both",
        "description": "Slovak publisher in ISO-8859-2 asks for both; production as a written "
        "range 'až' of three addresses, IČO written with spaces, Slovak mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Vydavateľstvo Záhorie, s. r. o.",
            I3,
            None,
            ["198.51.100.30", "198.51.100.31", "198.51.100.32"],
            ["198.51.100.40"],
            "Róbert Kollár",
            "kollar@zahorie-dnes.example",
            "+421905318442",
        ),
        "from": "Róbert Kollár <kollar@zahorie-dnes.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb a o povolenie nakrúcania",
        "headers": OUTLOOK,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý deň,\n\n"
            "naše vydavateľstvo prevádzkuje regionálny denník Záhorie dnes, ktorý číta aj "
            "veľa ľudí na moravskej strane hranice. Preto by sme radi počas volieb do "
            "Poslaneckej snemovne zverejňovali priebežné výsledky.\n\n"
            "1) Žiadame o prístup k serveru s výsledkami vo formáte XML. Produkčné servery "
            "máme na adresách 198.51.100.30 až 198.51.100.32, testovací server je "
            "198.51.100.40.\n"
            "2) Zároveň žiadame o povolenie nakrúcať krátku reportáž na zbernom mieste "
            "v Hodoníne (jeden redaktor, jeden kameraman).\n\n"
            "Žiadateľ: Vydavateľstvo Záhorie, s. r. o., Námestie slobody 9, 901 01 Malacky\n"
            f"IČO: {I3[:2]} {I3[2:5]} {I3[5:]}\n\n"
            "Kontaktnou osobou som ja, Ing. Róbert Kollár, mobil +421 905 318 442.\n\n"
            "S pozdravom\n"
            "Róbert Kollár\n"
            "šéfredaktor online\n"
        ),
    },
    {
        "id": "sc004-hungarian-english-ipv6",
        "description": "Hungarian news site mixing Hungarian and English; production is an "
        "IPv6 and an IPv4 address, no test server; the Hungarian tax number is not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunamente Hírportál Kft.",
            None,
            None,
            ["2001:db8:4a::10", "192.0.2.150"],
            [],
            "Kovács Eszter",
            "kovacs.eszter@dunamente.example",
            "+36304127789",
        ),
        "from": "Kovács Eszter <kovacs.eszter@dunamente.example>",
        "subject": "Request for XML election results access / Kérelem",
        "headers": APPLE,
        "body": (
            "Dear Sir or Madam, / Tisztelt Hölgyem/Uram!\n\n"
            "(Sorry, my Czech is not good enough, so I write in English and Hungarian.)\n\n"
            "We are a Hungarian news portal (Dunamente Hírportál Kft., Győr) and we would "
            "like to follow the Czech parliamentary elections live. Please give us access to "
            "the XML results server.\n\n"
            "Szerver (production / éles): 2001:db8:4a::10 and 192.0.2.150\n"
            "Teszt szerver: nincs / we do not have one\n\n"
            "Kapcsolattartó / contact: Kovács Eszter, +36 30 412 7789, "
            "kovacs.eszter@dunamente.example\n\n"
            "Adószám: 14729603-2-08\n\n"
            "Köszönettel / Thank you,\n"
            "Kovács Eszter\n"
            "rovatvezető, Dunamente Hírportál\n"
        ),
    },
    {
        "id": "sc005-freelancer-netmask",
        "description": "self-employed web publisher typing on a phone; address followed by a "
        "netmask (a /30, four addresses), no test server",
        "style": Style.FREELANCER,
        "labels": L(
            [FEED],
            "Ondřej Lhoták",
            I5,
            None,
            ["192.0.2.64", "192.0.2.65", "192.0.2.66", "192.0.2.67"],
            [],
            "Ondřej Lhoták",
            "ondra@kralupsko-dnes.example",
            "+420724018336",
        ),
        "from": "Ondřej Lhoták <ondra@kralupsko-dnes.example>",
        "subject": "XML feed volby",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobrý den, jsem OSVČ a provozuju zpravodajský web kralupsko-dnes.example. "
            f"Prosím o přístup k XML s výsledky. IČO {I5}.\n"
            "Adresy: 192.0.2.64 maska 255.255.255.252 (jsou tam 4 servery za sebou)\n"
            "Testovací nemám.\n"
            "Ondřej Lhoták, 724 018 336\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "sc006-faculty-outlook-table",
        "description": "a university faculty in an HTML Outlook table; the applicant is the "
        "university, the contact a named researcher (not the vice-dean who signs), the box ID "
        "in the signature",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Polabská univerzita v Nymburce",
            I6,
            "pu7nb3k",
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.145"],
            "Lukáš Hrdina",
            "hrdina@fms.polabska-univerzita.example",
            "+420325601447",
        ),
        "from": '"doc. PhDr. Vladimír Sýkora, CSc." <sykora@fms.polabska-univerzita.example>',
        "subject": "Žádost FMS PU o přístup k datům voleb (výzkumný projekt)",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body lang="CS"><div class="WordSection1">'
            '<p class="MsoNormal">Vážení,</p>'
            '<p class="MsoNormal">Fakulta mediálních studií Polabské univerzity v Nymburce '
            "řeší projekt „Volební noc v českých médiích“ a pro jeho laboratoř volební "
            "analytiky žádáme o přístup k serveru s průběžnými výsledky ve formátu XML. "
            "Studenti budou v reálném čase porovnávat oficiální data s tím, co publikují "
            "zpravodajské weby.</p>"
            '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="4">'
            "<tr><td><b>Server</b></td><td><b>IP adresa</b></td></tr>"
            "<tr><td>Produkční</td><td>203.0.113.140<br>203.0.113.141</td></tr>"
            "<tr><td>Testovací</td><td>203.0.113.145</td></tr>"
            "</table>"
            '<p class="MsoNormal">Kontaktní osobou pro technické záležitosti je '
            "Mgr. Lukáš Hrdina, Ph.D., tel. +420 325 601 447, "
            '<a href="mailto:hrdina@fms.polabska-univerzita.example">'
            "hrdina@fms.polabska-univerzita.example</a>.</p>"
            '<p class="MsoNormal">S úctou</p>'
            '<p class="MsoNormal">doc. PhDr. Vladimír Sýkora, CSc.<br>'
            "proděkan pro vědu a výzkum<br>"
            "Fakulta mediálních studií<br>Polabská univerzita v Nymburce<br>"
            f"Palackého 1120/4, 288 02 Nymburk<br>IČO: {I6} | ID DS: pu7nb3k<br>"
            "tel. 325 601 400 (sekretariát)</p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "sc007-town-databox-annotation",
        "description": "a town's data message with the whole application in the annotation; "
        "the attached text file is an authorisation naming the contact and giving the IČO",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Horní Rapotice",
            I7,
            "hr6ap2m",
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Petr Zedník",
            "zednik@hornirapotice.example",
            "+420566110234",
        ),
        "subject": (
            "Žádost o XML výsledky voleb pro městský web: produkce 192.0.2.90, test "
            "192.0.2.91. Kontakt Bc. Petr Zedník, tel. 566 110 234, "
            "zednik@hornirapotice.example"
        ),
        "databox": {
            "box": "hr6ap2m",
            "sender": "Město Horní Rapotice",
            "address": "Masarykovo nám. 3, 594 51 Horní Rapotice",
            "type": 10,
        },
        "attachments": [
            (
                "txt",
                "povereni.txt",
                "Město Horní Rapotice\n"
                f"IČO {I7}\n\n"
                "POVĚŘENÍ\n\n"
                "Pověřuji Bc. Petra Zedníka, správce informačních systémů městského úřadu, "
                "k jednání s Českým statistickým úřadem ve věci přístupu města k výsledkům "
                "voleb ve formátu XML.\n\n"
                "V Horních Rapoticích dne 12. 9. 2025\n\n"
                "Mgr. Hana Křížová\nstarostka\n",
            )
        ],
    },
    {
        "id": "sc008-wire-agency-english-range",
        "description": "English-writing wire agency's Prague branch; production as a dash "
        "range with a shortened end (203.0.113.100-103), a London desk number in the signature",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Central European Wire Ltd., organizační složka",
            I8,
            None,
            ["203.0.113.100", "203.0.113.101", "203.0.113.102", "203.0.113.103"],
            ["203.0.113.110"],
            "Daniel Whitcombe",
            "d.whitcombe@cewire.example",
            "+420602771093",
        ),
        "from": '"Whitcombe, Daniel" <d.whitcombe@cewire.example>',
        "subject": "CEW Prague – access to election results XML",
        "headers": OUTLOOK,
        "body": (
            "Hello,\n\n"
            "Central European Wire will again be covering the Czech general election from "
            "our Prague bureau and we'd like to request access to the XML results server.\n\n"
            "Please whitelist 203.0.113.100-103 for production and 203.0.113.110 for "
            "testing. Our ingest service polls every 20 seconds on port 443.\n\n"
            "Applicant: Central European Wire Ltd., organizační složka, Vodičkova 28, Praha 1, "
            f"IČO {I8}.\n"
            "I'm the contact for this: mobile +420 602 771 093.\n\n"
            "Best regards,\n"
            "Daniel Whitcombe\n"
            "Bureau Chief, Prague\n"
            "Central European Wire\n"
            "London desk: +44 20 7946 0321\n"
        ),
    },
    {
        "id": "sc009-it-contractor-for-publisher",
        "description": "an IT contractor writes for a weekly's publisher; the applicant is the "
        "publisher, the contractor's own company and IČO in the signature are not; a "
        "temporary test host",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Posázavský týdeník s.r.o.",
            I9,
            None,
            ["198.51.100.200"],
            ["198.51.100.201"],
            "Radek Pech",
            "radek.pech@netkovarna.example",
            "+420731550212",
        ),
        "from": "Radek Pech <radek.pech@netkovarna.example>",
        "subject": "Přístup k XML výsledkům – za Posázavský týdeník",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "jsme externí dodavatel IT pro vydavatelství Posázavský týdeník s.r.o. "
            f"(IČO {I9}) a jejich jménem žádáme o zřízení přístupu k serveru s výsledky "
            "voleb ve formátu XML. Plná moc od jednatele je k dispozici, pošlu ji na "
            "vyžádání.\n\n"
            "Ostrý server webu tydenik-posazavi.example: 198.51.100.200\n"
            "Na testy jsme zřídili dočasný stroj 198.51.100.201 (po volbách ho zrušíme).\n\n"
            "Technickým kontaktem jsem já, mobil 731 550 212.\n\n"
            "S pozdravem\n"
            "Radek Pech\n"
            "NetKovárna s.r.o.\n"
            f"IČ: {I9C}, Benešov\n"
            "https://netkovarna.example\n"
        ),
    },
    {
        "id": "sc010-filming-withdrawn-in-ps",
        "description": "a weekly asks for both in windows-1250 from Seznam, then withdraws the "
        "filming request in a P.S.",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Brodsko, z. s.",
            I10,
            None,
            ["192.0.2.120"],
            ["192.0.2.121"],
            "Marie Šťastná",
            "stastna.marie@email.example",
            "+420736290514",
        ),
        "from": "Marie Šťastná <stastna.marie@email.example>",
        "subject": "zadost - volby, XML a natáčení",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "spolek Brodsko, z. s., vydává měsíčník a web o dění na Havlíčkobrodsku. "
            f"IČ {I10}.\n\n"
            "Prosíme o:\n"
            "- přístup k volebním výsledkům v XML (náš server 192.0.2.120, testovací "
            "192.0.2.121)\n"
            "- povolení natáčet na sběrném místě v Havlíčkově Brodě\n\n"
            "Kontakt: Marie Šťastná, 736 290 514\n\n"
            "Děkuji\nMarie Šťastná\n\n"
            "P.S. Natáčení prosím škrtněte, kolega, který měl točit, bude ten víkend "
            "v nemocnici. Žádáme tedy jen o ta XML data.\n"
        ),
    },
    {
        "id": "sc011-french-crew-flowed",
        "description": "French TV production writing French in format=flowed asks only to film "
        "and rules out the XML feed; crew members with their own numbers",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Horizon Est Productions SAS",
            None,
            None,
            [],
            [],
            "Camille Dubreuil",
            "camille.dubreuil@horizon-est.example",
            "+33612489037",
        ),
        "from": "Camille Dubreuil <camille.dubreuil@horizon-est.example>",
        "subject": "Demande d'autorisation de tournage – élections législatives tchèques",
        "headers": APPLE,
        "flowed": True,
        "body": flowed(
            "Madame, Monsieur,\n\n"
            "Horizon Est Productions SAS (Strasbourg) prépare pour une chaîne "
            "publique française un documentaire de 52 minutes sur les élections en "
            "Europe centrale. Nous sollicitons l'autorisation de filmer dans votre "
            "point de collecte des résultats à Prague le soir du scrutin, de 20h à "
            "minuit environ.\n\n"
            "Nous ne demandons pas d'accès au flux XML des résultats.\n\n"
            "L'équipe : Camille Dubreuil (réalisatrice), Julien Marchetti (chef "
            "opérateur, +33 6 71 20 45 88) et Tereza Vondrová (fixeuse, +420 608 "
            "314 772).\n\n"
            "Je reste votre interlocutrice pour cette demande : +33 6 12 48 90 37.\n\n"
            "SIRET 812 409 337 00028\n\n"
            "Bien cordialement,\n"
            "Camille Dubreuil\n"
            "Horizon Est Productions\n"
        ),
    },
    {
        "id": "sc012-forwarded-it-mail-nat",
        "description": "an editor attaches IT's mail: the public NAT addresses are the ones to "
        "allow, the internal 10.x addresses are not; the contact is the IT man in the "
        "attached mail",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Zpravodajství Haná a.s.",
            I12,
            None,
            ["198.51.100.77"],
            ["198.51.100.78"],
            "Filip Kratochvíl",
            "kratochvil@zpravyhana.example",
            "+420585204917",
        ),
        "from": "Lenka Dvořáková <dvorakova@zpravyhana.example>",
        "subject": "Fwd: adresy pro ČSÚ",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "Zpravodajství Haná a.s. žádá o přístup k výsledkům voleb ve formátu XML. "
            "Adresy a technické údaje jsou v přiloženém e-mailu od našeho IT; kontaktní "
            "osobou je pan Kratochvíl, který ho psal.\n\n"
            "S pozdravem\n"
            "Lenka Dvořáková\n"
            "šéfredaktorka\n"
            "Zpravodajství Haná a.s., Horní náměstí 5, 779 00 Olomouc\n"
            f"IČO {I12}\n"
        ),
        "attachments": [
            (
                "eml",
                "adresy pro CSU.eml",
                {
                    "id": "sc012-inner",
                    "from": "Filip Kratochvíl <kratochvil@zpravyhana.example>",
                    "to": "Lenka Dvořáková <dvorakova@zpravyhana.example>",
                    "subject": "adresy pro ČSÚ",
                    "headers": OUTLOOK,
                    "body": (
                        "Ahoj Lenko,\n\n"
                        "pro ČSÚ: ven chodíme přes NAT, takže jim dej tyhle veřejné adresy:\n"
                        "  produkce 198.51.100.77\n"
                        "  test     198.51.100.78\n\n"
                        "Interní adresy serverů (10.40.1.15 a 10.40.1.16) je nezajímají, "
                        "ty tam nepiš.\n\n"
                        "Kdyby něco, jsem na 585 204 917 nebo na mailu.\n\n"
                        "Filip\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "sc013-spanish-agency-ipv6-block",
        "description": "Spanish agency writing Spanish in base64 from Gmail; production as an "
        "IPv6 /126 (four addresses), no test server; the CIF is not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agencia Ibérica de Noticias, S.A.",
            None,
            None,
            ["2001:db8:7:1::", "2001:db8:7:1::1", "2001:db8:7:1::2", "2001:db8:7:1::3"],
            [],
            "Lucía Fernández Ortega",
            "lfernandez@aibnoticias.example",
            "+34612345678",
        ),
        "from": "Lucía Fernández Ortega <lfernandez@aibnoticias.example>",
        "subject": "Solicitud de acceso a resultados electorales (XML)",
        "headers": GMAIL,
        "cte": "base64",
        "body": (
            "Estimados señores:\n\n"
            "Me dirijo a ustedes en nombre de la Agencia Ibérica de Noticias, S.A. (CIF "
            "A-28471936), con sede en Madrid, para solicitar acceso al servidor de "
            "resultados electorales en formato XML durante las elecciones a la Cámara de "
            "Diputados.\n\n"
            "Nuestros servidores de producción están en el bloque 2001:db8:7:1::/126. "
            "No disponemos de servidor de pruebas.\n\n"
            "Persona de contacto: Lucía Fernández Ortega, corresponsal en Praga, "
            "tel. +34 612 345 678.\n\n"
            "Atentamente,\n"
            "Lucía Fernández Ortega\n"
            "Agencia Ibérica de Noticias\n"
        ),
    },
    {
        "id": "sc014-institute-databox-docx-columns",
        "description": "a public research institute's data message with a DOCX: roles as rows "
        "and two address columns, the reference number in the header, IČO and box in the "
        "footer; annotation says nothing",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Ústav pro výzkum veřejného mínění, v. v. i.",
            I14,
            "uv8mq2r",
            ["192.0.2.240", "192.0.2.241"],
            ["192.0.2.248", "192.0.2.249"],
            "Kateřina Malá",
            "mala@uvvm.example",
            "+420222875301",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "uv8mq2r",
            "sender": "Ústav pro výzkum veřejného mínění, v. v. i.",
            "address": "Jilská 7, 110 00 Praha 1",
        },
        "attachments": [
            (
                "docx",
                "UVVM_zadost_XML_2025.docx",
                {
                    "header": "Č. j. UVVM/2025/318",
                    "footer": f"IČO {I14} · ID datové schránky uv8mq2r · www.uvvm.example",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "Věc: Žádost o přístup k průběžným výsledkům voleb ve formátu XML",
                        "Ústav pro výzkum veřejného mínění, v. v. i., žádá pro účely "
                        "výzkumu volebního chování o přístup k serveru s výsledky voleb. "
                        "Adresy serverů:",
                        {
                            "rows": [
                                ["", "Adresa 1", "Adresa 2"],
                                ["Produkční provoz", "192.0.2.240", "192.0.2.241"],
                                ["Testování", "192.0.2.248", "192.0.2.249"],
                            ]
                        },
                        "Kontaktní osoba: RNDr. Kateřina Malá, analytické oddělení, "
                        "tel. 222 875 301, mala@uvvm.example",
                        "Povolení k natáčení nepožadujeme.",
                        "prof. Ing. Josef Bartoš, CSc.\nředitel",
                    ],
                },
            )
        ],
    },
]
