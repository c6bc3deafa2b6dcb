"""Twentyfourth held-out part ``rc``, cases rc001–rc014: foreign media writing German, Polish,
Hungarian, French and Swedish, a Slovak freelancer, a university letter in DOCX, a municipality's
data message, an agency with a netmask, an IT contractor writing for a weekly, terse notes, a
replaced host and a request deferred to a later election. Written by hand apart from the
extraction rules (see make_twentyfourth_rc); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyfourth_rc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    OUTLOOK_DE,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I5, I6, I7 = ico("6193027"), ico("0071455"), ico("2875410")
I8, I8X, I11 = ico("0964381"), ico("2437716"), ico("7305248")
I12, I13 = ico("2681573"), ico("4410926")

CASES: list[dict[str, Any]] = [
    {
        "id": "rc001-german-regional-daily",
        "description": "German-language mail from a Bavarian daily; Produktiv/Testsystem, the "
        "contact is a named IT colleague, not the sender",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Oberpfälzer Tagespost GmbH & Co. KG",
            None,
            None,
            ["198.51.100.23"],
            ["198.51.100.24"],
            "Florian Weidinger",
            "f.weidinger@optagespost.example",
            "+499614872213",
        ),
        "from": "Sabine Kreutzer <s.kreutzer@optagespost.example>",
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML) – Oberpfälzer Tagespost",
        "headers": OUTLOOK_DE,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "wir berichten auch in diesem Jahr über die Wahlen in der Tschechischen Republik, "
            "insbesondere für unsere Leser im Grenzgebiet (Landkreise Tirschenreuth und Cham). "
            "Hiermit beantragen wir den Zugang zu Ihrem Server mit den Wahlergebnissen im "
            "XML-Format.\n\n"
            "Produktivsystem: 198.51.100.23\n"
            "Testsystem: 198.51.100.24\n\n"
            "Ansprechpartner für die technische Anbindung ist unser Kollege aus der IT, "
            "Herr Florian Weidinger (f.weidinger@optagespost.example, "
            "Tel. +49 961 4872-213). Drehgenehmigungen benötigen wir nicht.\n\n"
            "Vielen Dank im Voraus und freundliche Grüße\n\n"
            "Sabine Kreutzer\nChefin vom Dienst / Nachrichtendesk\n"
            "Oberpfälzer Tagespost GmbH & Co. KG\nWeigelstraße 14, 92637 Weiden i.d.OPf.\n"
            "Tel. +49 961 4872-100\n\n"
            "Sitz der Gesellschaft: Weiden, Registergericht Weiden HRA 2281\n"
        ),
    },
    {
        "id": "rc002-polish-radio-no-filming",
        "description": "Polish-language mail from a Silesian radio; filming explicitly not "
        "needed, addresses labelled in Polish, Polish mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Śląsk Południe sp. z o.o.",
            None,
            None,
            ["203.0.113.140"],
            ["203.0.113.141"],
            "Katarzyna Wróblewska",
            "k.wroblewska@radioslaskpld.example",
            "+48601224873",
        ),
        "from": "Katarzyna Wróblewska <k.wroblewska@radioslaskpld.example>",
        "subject": "Wniosek o dostęp do wyników wyborów w formacie XML",
        "headers": OUTLOOK,
        "charset": "iso-8859-2",
        "body": (
            "Szanowni Państwo,\n\n"
            "Radio Śląsk Południe sp. z o.o. z siedzibą w Cieszynie zwraca się z prośbą o "
            "udostępnienie wyników wyborów w Republice Czeskiej w formacie XML. Nasza "
            "redakcja nadaje także w języku czeskim dla słuchaczy z Zaolzia.\n\n"
            "Adres IP produkcyjny: 203.0.113.140\n"
            "Adres IP testowy: 203.0.113.141\n\n"
            "Nie planujemy nagrywania ani filmowania w punktach zbierania danych, więc "
            "zezwolenie na nagrywanie nie jest nam potrzebne.\n\n"
            "Osoba kontaktowa: Katarzyna Wróblewska, tel. kom. +48 601 224 873\n\n"
            "Z poważaniem\nKatarzyna Wróblewska\nkierownik działu informacji\n"
            "Radio Śląsk Południe sp. z o.o.\nul. Głęboka 9, 43-400 Cieszyn\n"
            "NIP 548-000-12-34, tel. centrala +48 33 852 10 00\n"
        ),
    },
    {
        "id": "rc003-slovak-freelancer-cidr",
        "description": "Slovak freelance data journalist, a /30 block for production, no IČO "
        "(a živnostník writing only his name), Slovak mobile",
        "style": Style.FREELANCE,
        "labels": L(
            [FEED],
            "Marek Hudec",
            None,
            None,
            ["192.0.2.84", "192.0.2.85", "192.0.2.86", "192.0.2.87"],
            [],
            "Marek Hudec",
            "marek.hudec@datanoviny.example",
            "+421907553218",
        ),
        "from": "Marek Hudec <marek.hudec@datanoviny.example>",
        "subject": "Prístup k XML výsledkom volieb – nezávislý novinár",
        "headers": GMAIL,
        "body": (
            "Dobrý deň,\n\n"
            "som nezávislý dátový novinár zo Žiliny, píšem pre viaceré slovenské aj české "
            "weby (napr. datanoviny.example) a rád by som počas volieb spracovával výsledky "
            "priamo z vášho XML. Žiadam teda o prístup k serveru s výsledkami.\n\n"
            "Moje servery sú v bloku 192.0.2.84/30 (všetky štyri adresy, load balancer môže "
            "ísť z ktorejkoľvek). Testovací server nemám, testovať budem rovno na ostrej "
            "prevádzke.\n\n"
            "Kontakt: Marek Hudec, +421 907 553 218, marek.hudec@datanoviny.example\n\n"
            "Ďakujem,\nMarek Hudec\n"
        ),
    },
    {
        "id": "rc004-hungarian-tv-range",
        "description": "Hungarian TV writing Hungarian with English labels; production as a "
        "dash range of four, one test address, Hungarian phone",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Duna-Part Média Zrt.",
            None,
            None,
            ["198.51.100.20", "198.51.100.21", "198.51.100.22", "198.51.100.23"],
            ["198.51.100.200"],
            "Szentgyörgyi Balázs",
            "szentgyorgyi.balazs@dunapart.example",
            "+36309184472",
        ),
        "from": "Szentgyörgyi Balázs <szentgyorgyi.balazs@dunapart.example>",
        "subject": "Request for XML election results access / Kérelem",
        "headers": TBIRD,
        "body": (
            "Tisztelt Hölgyem/Uram,\n\n"
            "a Duna-Part Média Zrt. hírszerkesztősége ezúton kéri a hozzáférést a cseh "
            "választási eredmények XML szerveréhez.\n"
            "(Sorry, our Czech is not good enough – the key data in English below.)\n\n"
            "Production: 198.51.100.20 - 198.51.100.23\n"
            "Test: 198.51.100.200\n"
            "Contact / Kapcsolattartó: Szentgyörgyi Balázs, +36 30 918 4472\n\n"
            "Üdvözlettel / Best regards\n"
            "Szentgyörgyi Balázs\nvezető fejlesztő, Hírek Online\nDuna-Part Média Zrt.\n"
            "1139 Budapest, Váci út 81.\n"
        ),
    },
    {
        "id": "rc005-university-docx-letter",
        "description": "faculty of a university applies for its student newsroom in a DOCX "
        "letter with a table; the contact is a named doctoral student, a dean signs",
        "style": Style.INSTITUTION,
        "labels": L(
            [FEED, FILM],
            "Západočeská akademie věd a umění",
            I5,
            None,
            ["192.0.2.160"],
            ["192.0.2.161"],
            "Tereza Hovorková",
            "hovorkova@zavu.example",
            "+420377631482",
        ),
        "from": '"Doc. PhDr. Radim Bauer, Ph.D." <bauer@zavu.example>',
        "subject": "Žádost fakulty – studentská redakce ZAVU TV, volby",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze zasílám žádost naší fakulty, podepsanou elektronicky.\n\n"
            "S pozdravem\nRadim Bauer\n"
        ),
        "attachments": [
            (
                "docx",
                "Zadost_FMK_CSU_2025.docx",
                {
                    "header": "Západočeská akademie věd a umění · Fakulta mediální "
                    "komunikace · Sedláčkova 31, 301 00 Plzeň",
                    "footer": "Č. j. ZAVU/FMK/0412/2025 · strana 1 z 1",
                    "blocks": [
                        "Český statistický úřad\nodbor zpracování voleb\nNa padesátém 81\n"
                        "100 82 Praha 10",
                        "V Plzni dne 2. září 2025",
                        "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                        "Vážení,",
                        "Fakulta mediální komunikace Západočeské akademie věd a umění "
                        "(IČO " + I5 + ") provozuje studentskou televizi ZAVU TV a "
                        "zpravodajský web, na kterém studenti v rámci předmětu Volební "
                        "studio zpracovávají výsledky voleb v reálném čase. Žádáme proto "
                        "o zřízení přístupu k výsledkům voleb ve formátu XML a zároveň o "
                        "povolení natáčet na sběrném místě ČSÚ v Plzni (štáb 3 osob, "
                        "kamera a mikrofon, bez osvětlení).",
                        {
                            "rows": [
                                ["Server", "IP adresa", "Umístění"],
                                ["produkční", "192.0.2.160", "serverovna fakulty, Sedláčkova 31"],
                                ["testovací", "192.0.2.161", "virtuál v CESNET cloudu"],
                            ]
                        },
                        "Kontaktní osobou pro technickou i organizační stránku je "
                        "doktorandka Mgr. Tereza Hovorková, tel. 377 631 482, e-mail "
                        "hovorkova@zavu.example.",
                        "Děkujeme za vyhovění.",
                        "doc. PhDr. Radim Bauer, Ph.D.\nděkan fakulty",
                    ],
                },
            )
        ],
    },
    {
        "id": "rc006-municipality-databox-annotation",
        "description": "data message from a small town: the whole application squeezed into "
        "the annotation, a plain-text cover note attached",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Horní Radouň",
            I6,
            "r3vk8pw",
            ["203.0.113.57"],
            [],
            "Lenka Pospíšilová",
            "pospisilova@horniradoun.example",
            "+420384512907",
        ),
        "subject": "Zadost o XML vysledky voleb - web mesta, IP 203.0.113.57, kontakt L. "
        "Pospisilova 384 512 907 pospisilova@horniradoun.example",
        "databox": {
            "box": "r3vk8pw",
            "sender": "Město Horní Radouň",
            "address": "Náměstí 1, 378 42 Horní Radouň",
            "type": 10,
        },
        "attachments": [
            (
                "txt",
                "pruvodni_dopis.txt",
                "Město Horní Radouň\nNáměstí 1, 378 42 Horní Radouň\nIČ: "
                + I6
                + "\n\nVěc: žádost o přístup k výsledkům voleb\n\n"
                "Město Horní Radouň žádá o přístup k výsledkům voleb ve formátu XML pro "
                "zveřejňování průběžných výsledků na webu města a v Radouňském zpravodaji. "
                "Údaje jsou uvedeny v anotaci zprávy. Kontaktní osoba: Lenka Pospíšilová, "
                "referentka správního odboru.\n\nJiří Malina\nstarosta\n",
            )
        ],
    },
    {
        "id": "rc007-agency-netmask",
        "description": "news agency gives production as an address with a netmask (four "
        "addresses) and a test address; a software version and port in the text",
        "style": Style.RANGE,
        "labels": L(
            [FEED],
            "Středoevropská tisková agentura, a.s.",
            I7,
            None,
            ["203.0.113.8", "203.0.113.9", "203.0.113.10", "203.0.113.11"],
            ["203.0.113.30"],
            "Vojtěch Raus",
            "raus@steta.example",
            "+420731006455",
        ),
        "from": "Vojtěch Raus <raus@steta.example>",
        "subject": "STETA – žádost o přístup k XML (volby do PS)",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "Středoevropská tisková agentura, a.s. (IČO " + I7[:4] + " " + I7[4:] + ") "
            "žádá o přístup k výsledkům voleb ve formátu XML.\n\n"
            "Produkce: 203.0.113.8 maska 255.255.255.252 (celý blok, stahujeme z více "
            "uzlů clusteru)\n"
            "Test: 203.0.113.30\n\n"
            "Pro info: náš parser běží na verzi 3.12.4.1, stahujeme přes HTTPS (port 443), "
            "interval 20 s.\n\n"
            "Kontakt: Vojtěch Raus, vedoucí vývoje, mobil 731 006 455\n\n"
            "Díky,\nVojtěch Raus\nSTETA | Středoevropská tisková agentura\n"
            "Vinohradská 1511/230, 100 00 Praha 10\n"
        ),
    },
    {
        "id": "rc008-it-contractor-for-weekly",
        "description": "an IT contractor writes for its client, a weekly; the contractor's own "
        "IČO in its signature, the applicant is the publisher named in the text; the "
        "contractor is the technical contact",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Vydavatelství Podbrdsko s.r.o.",
            I8,
            None,
            ["198.51.100.88"],
            ["198.51.100.89"],
            "Adam Kolínský",
            "adam@kodovna.example",
            "+420608771904",
        ),
        "from": "Adam Kolínský <adam@kodovna.example>",
        "subject": "Přístup k volebním výsledkům pro Týdeník Podbrdsko",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "spravujeme web Týdeníku Podbrdsko a jeho vydavatel, Vydavatelství Podbrdsko "
            "s.r.o., IČO " + I8 + ", nás pověřil podáním žádosti o přístup k výsledkům "
            "voleb ve formátu XML (plná moc od jednatele v příloze nebyla, pošleme ji "
            "případně datovkou vydavatele).\n\n"
            "Web týdeníku běží na 198.51.100.88, testovací prostředí na 198.51.100.89.\n\n"
            "Technický kontakt jsem já: Adam Kolínský, 608 771 904, adam@kodovna.example.\n\n"
            "Díky a hezký den\n"
            "Adam Kolínský\nKódovna s.r.o. – vývoj webů pro média\nIČO: " + I8X + "\n"
            "Rokycanská 44, 261 01 Příbram\n"
        ),
    },
    {
        "id": "rc009-french-filming-only",
        "description": "French correspondent writes French, asks only to film at a collection "
        "point; an XML feed is expressly not needed",
        "style": Style.FILMING,
        "labels": L(
            [FILM],
            "Télé Rhône-Europe SAS",
            None,
            None,
            [],
            [],
            "Camille Dufresne",
            "c.dufresne@telerhone.example",
            "+33612487730",
        ),
        "from": "Camille Dufresne <c.dufresne@telerhone.example>",
        "subject": "Demande d'autorisation de tournage – élections tchèques",
        "headers": IPHONE,
        "body": (
            "Madame, Monsieur,\n\n"
            "Je suis correspondante à Prague pour la chaîne Télé Rhône-Europe SAS (Lyon). "
            "Nous préparons un reportage sur les élections législatives tchèques et "
            "souhaiterions obtenir l'autorisation de filmer au centre de collecte des "
            "résultats de l'Office tchèque de la statistique à Prague, le soir du scrutin "
            "(équipe de deux personnes : moi-même et le cameraman Julien Moreau).\n\n"
            "Nous n'avons pas besoin de l'accès aux résultats au format XML, nous "
            "utiliserons le site public.\n\n"
            "Mon portable : +33 6 12 48 77 30\n\n"
            "Bien cordialement,\nCamille Dufresne\nTélé Rhône-Europe\n\n"
            "Envoyé de mon iPhone\n"
        ),
    },
    {
        "id": "rc010-spanish-agency-ipv6",
        "description": "Spanish agency in Spanish and English, production over IPv6 (written "
        "in full, compressed in the label), IPv4 test; Spanish phone",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Agencia Ibérica de Noticias, S.A.",
            None,
            None,
            ["2001:db8:e5::10"],
            ["192.0.2.250"],
            "Javier Ortega Lozano",
            "jortega@agibnoticias.example",
            "+34915503318",
        ),
        "from": "Javier Ortega Lozano <jortega@agibnoticias.example>",
        "subject": "Solicitud de acceso XML / request for access – elections CZ",
        "headers": OUTLOOK,
        "body": (
            "Buenos días,\n\n"
            "la Agencia Ibérica de Noticias, S.A. solicita acceso al servidor de resultados "
            "electorales en formato XML. In English for clarity:\n\n"
            "- production server (servidor de producción): "
            "2001:0db8:00e5:0000:0000:0000:0000:0010\n"
            "- test server (servidor de pruebas): 192.0.2.250\n\n"
            "We do not need a filming permit.\n\n"
            "Contacto: Javier Ortega Lozano, +34 915 50 33 18\n\n"
            "Un saludo / Kind regards,\nJavier Ortega Lozano\nJefe de Sistemas Editoriales\n"
            "Agencia Ibérica de Noticias, S.A.\nCalle de Alcalá 221, 28028 Madrid\n"
        ),
    },
    {
        "id": "rc011-terse-phone-note",
        "description": "two-line phone note without diacritics; the test address abbreviated as "
        "a last octet '.45'",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Kuryr Hana s.r.o.",
            I11,
            None,
            ["192.0.2.44"],
            ["192.0.2.45"],
            "Petr Zbořil",
            "zboril@kuryrhana.example",
            "+420604117382",
        ),
        "from": "Petr Zbořil <zboril@kuryrhana.example>",
        "subject": "xml volby",
        "headers": K9,
        "cte": "8bit",
        "body": (
            "Dobry den, Kuryr Hana s.r.o. ic " + I11 + " zada o xml vysledky. "
            "ip 192.0.2.44 ostra, .45 test.\nZboril 604117382\n"
        ),
    },
    {
        "id": "rc012-replaced-host",
        "description": "an old production address is said to be replaced by a new one; the old "
        "one must not be entered; Seznam webmail in windows-1250",
        "style": Style.HOSTS,
        "labels": L(
            [FEED],
            "Jihlavské listy, z.s.",
            I12,
            None,
            ["198.51.100.170"],
            ["198.51.100.171"],
            "Dana Kubíčková",
            "jihlavskelisty@seznam.example",
            "+420567300418",
        ),
        "from": "Jihlavské listy <jihlavskelisty@seznam.example>",
        "subject": "Žádost o přístup k XML – Jihlavské listy",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "jsme spolek vydávající občasník Jihlavské listy a jeho web. Žádáme o přístup "
            "k výsledkům voleb ve formátu XML jako v minulých letech.\n\n"
            "Pozor, změna: dřívější server 198.51.100.7 jsme zrušili, nahradil ho nový "
            "198.51.100.170. Testovací zůstává stejná adresa 198.51.100.171.\n\n"
            "Jihlavské listy, z.s., IČ " + I12 + "\n"
            "kontakt: Dana Kubíčková, tel. 567 300 418\n\n"
            "Děkujeme, D. Kubíčková\n"
        ),
    },
    {
        "id": "rc013-filming-deferred-to-later-round",
        "description": "feed requested now; filming left for the second round of the "
        "presidential election and to be requested separately then",
        "style": Style.DECLINED,
        "labels": L(
            [FEED],
            "TV Polabí s.r.o.",
            I13,
            None,
            ["203.0.113.180"],
            ["203.0.113.181"],
            "Ondřej Slanina",
            "slanina@tvpolabi.example",
            "+420725440913",
        ),
        "from": "Ondřej Slanina <slanina@tvpolabi.example>",
        "subject": "Žádost o přístup – volba prezidenta, 1. kolo",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "televize TV Polabí s.r.o. (IČO " + I13 + ") žádá o přístup k výsledkům volby "
            "prezidenta ve formátu XML. Produkční server 203.0.113.180, testovací "
            "203.0.113.181.\n\n"
            "O povolení k natáčení na sběrném místě teď nežádáme – pokud se bude konat "
            "druhé kolo, pošleme k němu samostatnou žádost.\n\n"
            "Kontaktní osoba: Ondřej Slanina, tel. 725 440 913.\n\n"
            "S pozdravem\nOndřej Slanina\ntechnický ředitel, TV Polabí\n"
        ),
    },
    {
        "id": "rc014-swedish-respectively",
        "description": "Swedish public broadcaster writes English with a Swedish signature; "
        "the roles given only by 'respectively'",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Nordvåg Radio AB",
            None,
            None,
            ["192.0.2.130"],
            ["192.0.2.131"],
            "Henrik Lindqvist",
            "henrik.lindqvist@nordvag.example",
            "+46702318846",
        ),
        "from": "Henrik Lindqvist <henrik.lindqvist@nordvag.example>",
        "subject": "Access to the election results feed",
        "headers": GMAIL,
        "body": (
            "Hello,\n\n"
            "Nordvåg Radio AB would like to apply for access to your XML feed of the Czech "
            "election results for our foreign news desk. Our production and test servers "
            "are 192.0.2.130 and 192.0.2.131 respectively.\n\n"
            "Contact: me, mobile +46 70 231 88 46.\n\n"
            "Med vänliga hälsningar / Best regards\n"
            "Henrik Lindqvist\nUtvecklare, Utrikesredaktionen\nNordvåg Radio AB\n"
            "Box 1120, 405 23 Göteborg\nVäxel 031-700 10 00\n"
        ),
    },
]
