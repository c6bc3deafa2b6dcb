"""Nineteenth held-out part ``mc``, cases mc029–mc042: a university's data message with an ODT
and an uncompressed IPv6 address, a Polish radio writing English with /32 blocks, a contractor
whose test host sits behind NAT, a Swiss paper withdrawing the feed request, a long windows-1250
letter with a range in words and a replaced contact, a Spanish agency's correspondent as contact,
a format=flowed "respektive" sentence, an S/MIME-signed institute mail with a slash netmask and
a box ID in the signature, a freelance photographer's data message with a text file, a Finnish
bureau with a Y-tunnus, a school's HTML ano/ne table, a follow-up naming a new contact for the
quoted original, a production company's data message with bracket boxes and a temporary test
host, and a migration host that is not to be allowed. Written by hand apart from the extraction
rules (see make_nineteenth_mc); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.nineteenth_mc_common import (
    ANDROID,
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

K29, K31, K31B, K33 = ico("0046213"), ico("2671450"), ico("0583296"), ico("2863051")
K35, K36, K37, K39 = ico("4713826"), ico("2294617"), ico("7620935"), ico("6067152")
K40, K41, K42 = ico("2607149"), ico("2918460"), ico("0427513")

CASES: list[dict[str, Any]] = [
    {
        "id": "mc029-databox-odt-university-ipv6-both",
        "description": "university's data message, everything in an ODT: an IPv6 address "
        "written uncompressed and an IPv4 address for production, no test, the student TV "
        "also asks to film",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Univerzita Podkrkonoší",
            K29,
            "u9xk3hd",
            ["2001:db8:1f0::80", "203.0.113.30"],
            [],
            "Ondřej Fiala",
            "fiala@upk.example",
            "+420499821305",
        ),
        "subject": "Žádost o přístup k výsledkům voleb a o povolení natáčení – viz příloha",
        "databox": {
            "box": "u9xk3hd",
            "sender": "Univerzita Podkrkonoší",
            "address": "Hradecká 1285, 541 01 Trutnov",
            "type": 20,
        },
        "attachments": [
            (
                "odt",
                "UPK_UniTV_zadost.odt",
                [
                    f"Univerzita Podkrkonoší, Hradecká 1285, 541 01 Trutnov, IČO {K29}",
                    "Centrum mediální tvorby – studentská televize UniTV",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML a o povolení "
                    "k pořizování záznamu",
                    "Studentská televize UniTV připravuje volební studio. Žádáme proto "
                    "o přístup k výsledkům ve formátu XML a o povolení natáčet na sběrném "
                    "místě v Trutnově (dva studenti a pedagogický dozor).",
                    [
                        ["Produkční adresy", "2001:0db8:01f0:0000:0000:0000:0000:0080"],
                        ["", "203.0.113.30"],
                        ["Testovací adresy", "nemáme"],
                    ],
                    "Kontaktní osoba: Mgr. Ondřej Fiala, vedoucí Centra mediální tvorby, "
                    "tel. +420 499 821 305, fiala@upk.example",
                    "prof. RNDr. Helena Černá, CSc., rektorka",
                ],
            )
        ],
    },
    {
        "id": "mc030-polish-radio-english-slash32",
        "description": "Polish radio writes English: each address written as a /32 block, the "
        "roles after them in parentheses; filming explicitly not planned",
        "style": Style.MIXED_ENGLISH,
        "labels": L(
            [FEED],
            "Radio Karkonosze Sp. z o.o.",
            None,
            None,
            ["203.0.113.77", "203.0.113.78"],
            ["203.0.113.79"],
            "Tomasz Nowicki",
            "t.nowicki@radiokarkonosze.example",
            "+48757642210",
        ),
        "from": "Tomasz Nowicki <t.nowicki@radiokarkonosze.example>",
        "subject": "Access to Czech election results (XML) - Radio Karkonosze",
        "headers": TBIRD,
        "body": (
            "Good morning,\n\n"
            "Radio Karkonosze Sp. z o.o. from Jelenia Góra would like to ask for access to "
            "the election results in XML. Our listeners live right on the Czech border and "
            "follow Czech politics closely.\n\n"
            "Addresses:\n"
            "203.0.113.77/32 and 203.0.113.78/32 (production)\n"
            "203.0.113.79/32 (test)\n\n"
            "We do not plan any filming or recording at your premises.\n\n"
            "Contact: Tomasz Nowicki, +48 75 764 22 10\n\n"
            "Z wyrazami szacunku / best regards\n"
            "Tomasz Nowicki\n"
            "Dział techniczny | Radio Karkonosze Sp. z o.o.\n"
            "ul. Wolności 27, 58-500 Jelenia Góra\n"
        ),
    },
    {
        "id": "mc031-contractor-nat-test-host",
        "description": "infrastructure contractor writes for a TV: the test machine is internal "
        "and goes out through a public NAT address, which is the test address; the "
        "contractor's own IČO in the signature",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "TV Beskydy, s.r.o.",
            K31,
            None,
            ["198.51.100.160", "198.51.100.161"],
            ["198.51.100.165"],
            "Radim Šustr",
            "sustr@netcore.example",
            "+420558731902",
        ),
        "from": "Radim Šustr <sustr@netcore.example>",
        "subject": "TV Beskydy – přístup k XML s výsledky voleb",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "naše firma spravuje serverovou infrastrukturu pro TV Beskydy, s.r.o. "
            f"(IČO {K31}), a jejich jménem žádám o přístup k výsledkům voleb ve formátu "
            "XML.\n\n"
            "Produkční servery: 198.51.100.160 a 198.51.100.161.\n"
            "Testování poběží z interního stroje 172.16.8.40, který ven komunikuje přes "
            "NAT adresu 198.51.100.165 – tu prosím povolte jako testovací.\n\n"
            "Kontaktní osobou pro tuto žádost mě TV Beskydy určila (plná moc k dispozici).\n\n"
            "S pozdravem\n"
            "Radim Šustr\n"
            "NetCore s.r.o., správa sítí\n"
            f"IČO {K31B}\n"
            "tel. 558 731 902 | sustr@netcore.example\n"
        ),
    },
    {
        "id": "mc032-swiss-feed-withdrawn",
        "description": "Swiss paper in German asks for both, then withdraws the XML access in "
        "an addendum: filming only; UID number is no IČO",
        "style": Style.CORRECTION,
        "labels": L(
            [FILM],
            "Zürichsee Medien AG",
            None,
            None,
            [],
            [],
            "Lukas Brunner",
            "lukas.brunner@zsmedien.example",
            "+41447812345",
        ),
        "from": "Lukas Brunner <lukas.brunner@zsmedien.example>",
        "subject": "Gesuch: XML-Zugang und Drehgenehmigung Wahlnacht",
        "headers": APPLE,
        "body": (
            "Grüezi\n\n"
            "Für unsere Reportage über die Parlamentswahlen in Tschechien ersuchen wir um\n"
            "1. Zugang zu den XML-Ergebnissen (Server 192.0.2.115, Test 192.0.2.116) und\n"
            "2. eine Drehgenehmigung für die Sammelstelle in Prag in der Wahlnacht "
            "(Kamerateam zu zweit).\n\n"
            "Ansprechpartner: Lukas Brunner, +41 44 781 23 45\n\n"
            "Freundliche Grüsse\n"
            "Lukas Brunner\n"
            "Redaktor Ausland, Zürichsee Medien AG\n"
            "Seestrasse 88, 8810 Horgen · UID CHE-112.458.973\n\n"
            "Nachtrag 14:30: Den XML-Zugang brauchen wir doch nicht – unsere "
            "Nachrichtenagentur liefert die Zahlen. Es bleibt also nur die "
            "Drehgenehmigung (Punkt 2).\n"
        ),
    },
    {
        "id": "mc033-long-letter-cp1250-replaced-contact",
        "description": "long formal windows-1250 letter from an agency: production range in "
        "words ('až'), bank account, reference and order numbers, port; the former contact "
        "replaced by a new one with a mobile",
        "style": Style.LONG_LETTER,
        "labels": L(
            [FEED],
            "Agentura Regio Press, s.r.o.",
            K33,
            None,
            ["192.0.2.40", "192.0.2.41", "192.0.2.42", "192.0.2.43"],
            ["192.0.2.50"],
            "Alena Burianová",
            "burianova@regiopress.example",
            "+420603912447",
        ),
        "from": "Agentura Regio Press <sekretariat@regiopress.example>",
        "subject": "Žádost o zřízení přístupu k výsledkům voleb – Agentura Regio Press",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Agentura Regio Press, s.r.o.\n"
            "Údolní 44, 602 00 Brno\n"
            f"IČO: {K33}, DIČ: CZ{K33}\n"
            "bankovní spojení: 2101458897/2010\n\n"
            "Český statistický úřad\n"
            "Na padesátém 81\n"
            "100 82 Praha 10\n\n"
            "Naše značka: ARP/2025/318\n"
            "V Brně dne 10. září 2025\n\n"
            "Věc: Žádost o zřízení přístupu k výsledkům voleb do Poslanecké sněmovny "
            "Parlamentu České republiky konaných ve dnech 3. a 4. října 2025\n\n"
            "Vážené dámy, vážení pánové,\n\n"
            "Agentura Regio Press, s.r.o. se již od roku 2010 věnuje zpravodajství "
            "z regionů a své zprávy dodává více než padesáti odběratelům z řad "
            "regionálních deníků, rozhlasových stanic a zpravodajských serverů. Stejně "
            "jako při předchozích volbách do Poslanecké sněmovny, krajských zastupitelstev "
            "i při volbě prezidenta republiky bychom rádi našim odběratelům poskytovali "
            "průběžné výsledky sčítání hlasů v co nejkratším čase.\n\n"
            "Dovolujeme si Vás proto požádat o zřízení přístupu k výsledkům voleb ve "
            "formátu XML. Naše servery budou výsledky stahovat protokolem HTTPS (port 443) "
            "v intervalu nejvýše jednou za 30 sekund, v souladu s podmínkami, které jste "
            "zveřejnili pro předchozí volby.\n\n"
            "Pro produkční provoz budeme využívat adresy 192.0.2.40 až 192.0.2.43, "
            "pro testování před volbami adresu 192.0.2.50.\n\n"
            "Kontaktní osobou byl v předchozích letech p. Miroslav Zelenka, který však "
            "k 31. 8. 2025 ve společnosti ukončil působení. Nově je kontaktní osobou "
            "Ing. Alena Burianová, vedoucí produkce, mobil 603 912 447, e-mail "
            "burianova@regiopress.example. Ústředna agentury: 541 230 800.\n\n"
            "Fakturační údaje pro případ zpoplatnění služby uvádíme v záhlaví, "
            "objednávka č. 2025/118.\n\n"
            "Děkujeme za vyřízení žádosti a jsme s pozdravem\n\n"
            "Mgr. Libor Staněk\n"
            "jednatel společnosti\n"
            "Agentura Regio Press, s.r.o.\n"
        ),
    },
    {
        "id": "mc034-spanish-agency-correspondent-contact",
        "description": "Spanish agency in Spanish: the IT head writes, the Prague "
        "correspondent is the contact for both requests; CIF whose digits are no IČO",
        "style": Style.AGENCY,
        "labels": L(
            [FEED, FILM],
            "Agencia Ibérica de Noticias S.L.",
            None,
            None,
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.150"],
            "Elena Castaño",
            "ecastano@agenciaiberica.example",
            "+420725330614",
        ),
        "from": "Jorge Méndez <jmendez@agenciaiberica.example>",
        "subject": "Solicitud de acceso a resultados XML y permiso de grabación",
        "headers": OUTLOOK,
        "body": (
            "Estimados señores:\n\n"
            "En nombre de la Agencia Ibérica de Noticias S.L. (CIF B84613527) solicitamos "
            "acceso a los resultados electorales en formato XML.\n\n"
            "IP de producción: 203.0.113.140 y 203.0.113.141\n"
            "IP de pruebas: 203.0.113.150\n\n"
            "Además, nuestra corresponsal en Praga quiere grabar en el centro de recogida "
            "de resultados la noche electoral, por lo que solicitamos también el permiso "
            "de grabación.\n\n"
            "Persona de contacto para ambas solicitudes: Elena Castaño, corresponsal en "
            "Praga, +420 725 330 614, ecastano@agenciaiberica.example\n\n"
            "Atentamente,\n"
            "Jorge Méndez\n"
            "Jefe de Sistemas\n"
            "Agencia Ibérica de Noticias S.L. · C/ Alcalá 94, 28009 Madrid\n"
            "Tel. +34 91 555 12 00\n"
        ),
    },
    {
        "id": "mc035-flowed-respektive-wrapped",
        "description": "format=flowed mail whose soft breaks split the 'produkční, respektive "
        "testovací' sentence across lines",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Rádio Svratka, spol. s r. o.",
            K35,
            None,
            ["198.51.100.11"],
            ["198.51.100.12"],
            "Jaroslav Kubíček",
            "kubicek@radiosvratka.example",
            "+420549112630",
        ),
        "from": "Jaroslav Kubíček <kubicek@radiosvratka.example>",
        "subject": "XML výsledky voleb – Rádio Svratka",
        "headers": TBIRD,
        "flowed": True,
        "delsp": True,
        "body": (
            "Dobrý den,\n\n"
            f"Rádio Svratka, spol. s r. o., IČ {K35}, žádá o přístup k výsledkům  \n"
            "voleb ve formátu XML. Adresy 198.51.100.11 a 198.51.100.12 jsou  \n"
            "určeny pro produkční, respektive testovací přístup.\n\n"
            "Kontakt: Jaroslav Kubíček, tel. 549 112 630\n\n"
            "Děkuji\nJaroslav Kubíček\n"
        ),
    },
    {
        "id": "mc036-smime-institute-slash-netmask",
        "description": "S/MIME-signed mail from an institute: production written as address/"
        "netmask (a /31, two addresses), no testing, the box ID in the signature",
        "style": Style.INSTITUTION,
        "labels": L(
            [FEED],
            "Institut regionální žurnalistiky, o. p. s.",
            K36,
            "xv3m9pe",
            ["203.0.113.200", "203.0.113.201"],
            [],
            "Šárka Vlachová",
            "vlachova@irz.example",
            "+420495513207",
        ),
        "from": "Šárka Vlachová <vlachova@irz.example>",
        "subject": "Žádost o přístup k výsledkům voleb (XML) – Institut regionální žurnalistiky",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Dobrý den,\n\n"
            "Institut regionální žurnalistiky provozuje s posluchači kurzu datové "
            "žurnalistiky volební web a žádá o přístup k výsledkům voleb ve formátu XML.\n\n"
            "Produkce: 203.0.113.200/255.255.255.254 (dva servery)\n"
            "Testovat nebudeme, testovací adresu tedy neuvádíme.\n\n"
            "Kontaktní osoba: Mgr. Šárka Vlachová, tel. +420 495 513 207\n\n"
            "S pozdravem\n\n"
            "Mgr. Šárka Vlachová\n"
            "programová ředitelka\n"
            "Institut regionální žurnalistiky, o. p. s.\n"
            "Eliščino nábřeží 5, 500 03 Hradec Králové\n"
            f"IČO: {K36} | ID DS: xv3m9pe\n"
        ),
    },
    {
        "id": "mc037-databox-freelancer-txt-film",
        "description": "freelance photographer's data message (a self-employed person's box) "
        "with a text file: filming and photographing only, the feed not needed",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Lukáš Dvořáček",
            K37,
            "f6tj2wb",
            [],
            [],
            "Lukáš Dvořáček",
            "lukas@dvoracekfoto.example",
            "+420721440318",
        ),
        "subject": "Žádost o povolení fotografovat a natáčet ve volební noc",
        "databox": {
            "box": "f6tj2wb",
            "sender": "Lukáš Dvořáček",
            "address": "Klatovská 61, 301 00 Plzeň",
            "type": 30,
        },
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Žádost o povolení fotografovat a natáčet\n\n"
                f"Jsem fotograf a kameraman na volné noze (IČO {K37}) a pro několik "
                "regionálních redakcí připravuji fotoreportáž z volební noci.\n"
                "Žádám o povolení fotografovat a natáčet na sběrném místě v Plzni "
                "4. 10. 2025 od 14:00 do 18:00.\n"
                "Přístup k datům XML nepotřebuji.\n\n"
                "Lukáš Dvořáček\n"
                "tel. 721 440 318\n"
                "lukas@dvoracekfoto.example\n",
            )
        ],
    },
    {
        "id": "mc038-finnish-bureau-ytunnus-ipv6",
        "description": "Finnish bureau in English: one IPv6 production address and no test, "
        "a Y-tunnus that reads as eight digits but is no IČO; filming declined",
        "style": Style.MIXED_ENGLISH,
        "labels": L(
            [FEED],
            "Uutistoimisto Pohjola Oy",
            None,
            None,
            ["2001:db8:77::5"],
            [],
            "Aino Virtanen",
            "aino.virtanen@pohjola-uutiset.example",
            "+358401234567",
        ),
        "from": "Aino Virtanen <aino.virtanen@pohjola-uutiset.example>",
        "subject": "XML election results - Uutistoimisto Pohjola",
        "headers": APPLE,
        "body": (
            "Hello,\n\n"
            "we are a small Finnish news bureau covering Central Europe and we would like "
            "to use your XML results during the Czech election.\n\n"
            "Production: 2001:db8:77::5 (IPv6 only)\n"
            "Test: none\n"
            "Filming permission: not needed, thank you.\n\n"
            "Contact: Aino Virtanen, +358 40 123 4567\n\n"
            "Ystävällisin terveisin / kind regards,\n"
            "Aino Virtanen\n"
            "Uutistoimisto Pohjola Oy · Y-tunnus 2847193-5 · Hämeenkatu 9, 33100 Tampere\n"
        ),
    },
    {
        "id": "mc039-gmail-html-school-ano-ne",
        "description": "HTML-only Gmail form from a grammar school's student magazine: ANO/NE "
        "cells for the two requests, a dash for the test address",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Gymnázium Pod Hradem, Česká Lípa, příspěvková organizace",
            K39,
            None,
            ["192.0.2.222"],
            [],
            "Pavel Jireš",
            "jires@gph-cl.example",
            "+420487521334",
        ),
        "from": "Pavel Jireš <jires@gph-cl.example>",
        "subject": "Žádost – studentský časopis Hradní listy",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
            "<div>studenti našeho gymnázia vydávají časopis Hradní listy a chtějí ve "
            "volební noc vést živý blog s výsledky. Vyplnil jsem údaje podle vašeho "
            "vzoru:</div><div><br></div>"
            '<table border="1" cellpadding="3" style="border-collapse:collapse">'
            "<tr><td>Žadatel</td><td>Gymnázium Pod Hradem, Česká Lípa, příspěvková "
            "organizace</td></tr>"
            f"<tr><td>IČO</td><td>{K39}</td></tr>"
            "<tr><td>Přístup k výsledkům XML</td><td>ANO</td></tr>"
            "<tr><td>Povolení k natáčení</td><td>NE</td></tr>"
            "<tr><td>Produkční IP</td><td>192.0.2.222</td></tr>"
            "<tr><td>Testovací IP</td><td>–</td></tr>"
            "<tr><td>Kontaktní osoba</td><td>Mgr. Pavel Jireš (vyučující ICT)</td></tr>"
            "<tr><td>Telefon</td><td>487 521 334</td></tr>"
            "</table><div><br></div>"
            "<div>Děkuji,</div><div>Pavel Jireš</div>"
            '<div><span style="color:#888">Gymnázium Pod Hradem, Hradní 12, 470 01 Česká '
            "Lípa</span></div></div>"
        ),
    },
    {
        "id": "mc040-reply-own-original-new-contact",
        "description": "the applicant follows up her own quoted application: a colleague "
        "replaces her as the contact; addresses and IČO only in the quoted original",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Jihočeská rozhlasová, s.r.o.",
            K40,
            None,
            ["192.0.2.5"],
            ["192.0.2.6"],
            "Vít Hanzal",
            "hanzal@jcrozhlas.example",
            "+420731204556",
        ),
        "from": "Hana Dostálová <dostalova@jcrozhlas.example>",
        "subject": "Re: Žádost o XML výsledky voleb – Jihočeská rozhlasová",
        "headers": ANDROID,
        "body": (
            "Dobrý den,\n\n"
            "doplňuji k naší žádosti níže: kontaktní osobou bude místo mě kolega Vít "
            "Hanzal, tel. 731 204 556, hanzal@jcrozhlas.example – já budu ve volební noc "
            "mimo republiku. Ostatní údaje platí.\n\n"
            "Děkuji\nHana Dostálová\n\n"
            "---------- Původní zpráva ----------\n"
            "Od: Hana Dostálová <dostalova@jcrozhlas.example>\n"
            "Datum: 12. 9. 2025 10:14\n"
            "Komu: podatelna@czso.cz\n"
            "Předmět: Žádost o XML výsledky voleb – Jihočeská rozhlasová\n\n"
            "> Dobrý den,\n"
            "> Jihočeská rozhlasová, s.r.o., IČO "
            f"{K40}, žádá o přístup k výsledkům voleb ve\n"
            "> formátu XML.\n"
            "> produkční IP: 192.0.2.5\n"
            "> testovací IP: 192.0.2.6\n"
            "> kontakt: Hana Dostálová, 602 318 771\n"
            "> S pozdravem\n"
            "> Hana Dostálová, Jihočeská rozhlasová\n"
        ),
    },
    {
        "id": "mc041-databox-rtf-bracket-boxes-temporary-test",
        "description": "production company's data message with an RTF form: both requests "
        "ticked as [x], a temporary test address that is still requested",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Filmová produkce Zlín s.r.o.",
            K41,
            "z3mc8ry",
            ["203.0.113.210"],
            ["203.0.113.211"],
            "Jakub Řezníček",
            "reznicek@fpzlin.example",
            "+420777905213",
        ),
        "subject": "Žádost o natáčení a o přístup k datům voleb",
        "databox": {
            "box": "z3mc8ry",
            "sender": "Filmová produkce Zlín s.r.o.",
            "address": "Tř. Tomáše Bati 204, 760 01 Zlín",
            "type": 20,
        },
        "attachments": [
            (
                "rtf",
                "FPZ_zadost.rtf",
                [
                    "Filmová produkce Zlín s.r.o., Tř. Tomáše Bati 204, 760 01 Zlín",
                    f"IČO {K41}",
                    "Žádost – volby do Poslanecké sněmovny 2025",
                    "Pro dokumentární cyklus „Noc sčítání“ (koprodukce s regionální "
                    "televizí) žádáme o:",
                    [
                        [
                            "[x]",
                            "povolení k pořizování obrazového a zvukového záznamu na "
                            "sběrném místě ve Zlíně",
                        ],
                        ["[x]", "přístup k výsledkům voleb ve formátu XML (grafika v obraze)"],
                    ],
                    [
                        ["Produkční IP", "203.0.113.210"],
                        ["Testovací IP", "203.0.113.211 (dočasný střihový server, do 3. 10.)"],
                    ],
                    "Kontakt: Jakub Řezníček, produkční, 777 905 213, reznicek@fpzlin.example",
                    "MgA. Tereza Holá, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "mc042-migration-host-not-allowed",
        "description": "a temporary migration host the writer asks not to allow; production and "
        "test given beside it",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Nymburský zpravodaj s.r.o.",
            K42,
            None,
            ["198.51.100.241"],
            ["198.51.100.245"],
            "Zuzana Bartošová",
            "bartosova@nymburskyzpravodaj.example",
            "+420604771920",
        ),
        "from": "Zuzana Bartošová <bartosova@nymburskyzpravodaj.example>",
        "subject": "zadost o pristup k vysledkum voleb (XML)",
        "headers": ROUNDCUBE,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            f"za Nymburský zpravodaj s.r.o. (IČO {K42}) prosím o přístup k XML "
            "s výsledky voleb.\n\n"
            "Produkce: 198.51.100.241\n"
            "Test: 198.51.100.245\n\n"
            "Pozor: dočasně, než dokončíme migraci (cca do 28. 9.), ještě běžíme na "
            "starém hostingu 198.51.100.240 – ten prosím nepovolujte, volby už pojedou "
            "z nového serveru.\n\n"
            "Kontakt: Zuzana Bartošová, 604 771 920\n\n"
            "S pozdravem\nZuzana Bartošová\nvydavatelka\n"
        ),
    },
]
