"""Twentyseventh held-out part ``uc``, cases uc001–uc014: foreign media writing in German,
Polish, Slovak, Hungarian, French, Spanish and Swedish, a freelancer, a university faculty, a
municipality's data message, an IT contractor writing for a medium, a terse note, a long letter
with an internal address and a data message whose application is only in the annotation.
Written by hand apart from the extraction rules (see make_twentyseventh_uc); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyseventh_uc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I3, I8, I9, I10 = ico("3617204"), ico("7402951"), ico("0021622"), ico("0057216")
I11, I12, I13, I14 = ico("2839017"), ico("0561473"), ico("2716640"), ico("4709318")

CASES: list[dict[str, Any]] = [
    {
        "id": "uc001-german-regional-daily",
        "description": "German newspaper writing German: Produktivsystem/Testsystem, contact a "
        "named colleague, German phone, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Oberpfälzer Tagespost GmbH & Co. KG",
            None,
            None,
            ["203.0.113.10", "203.0.113.11"],
            ["203.0.113.12"],
            "Markus Heindl",
            "m.heindl@oberpfalz-tagespost.example",
            "+499415550187",
        ),
        "from": "Sabine Reitmeier <s.reitmeier@oberpfalz-tagespost.example>",
        "subject": "Antrag: Zugang zu den Wahlergebnissen (XML) – Oberpfälzer Tagespost",
        "headers": TBIRD,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Oberpfälzer Tagespost GmbH & Co. KG (Regensburg) berichtet seit Jahren über\n"
            "die Wahlen in unserem Nachbarland und möchte in diesem Jahr die Ergebnisse direkt\n"
            "aus Ihrem XML-Dienst in unseren Live-Ticker übernehmen.\n\n"
            "Wir beantragen daher den Zugang für folgende Server:\n\n"
            "  Produktivsystem:  203.0.113.10 und 203.0.113.11\n"
            "  Testsystem:       203.0.113.12\n\n"
            "Ansprechpartner für die Technik ist unser Kollege Markus Heindl\n"
            "(m.heindl@oberpfalz-tagespost.example, Tel. +49 941 555 0187).\n"
            "Eine tschechische Firmennummer (IČO) haben wir leider nicht; unsere\n"
            "Handelsregisternummer lautet HRA 10482, Amtsgericht Regensburg.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Sabine Reitmeier\n"
            "Chefin vom Dienst\n"
            "Oberpfälzer Tagespost GmbH & Co. KG\n"
            "Tel. +49 941 555 0100\n"
        ),
    },
    {
        "id": "uc002-polish-filming-only",
        "description": "Polish TV writing Polish asks only to film at a collection point, the "
        "XML service explicitly not needed",
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
            "+48338551294",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@tvbeskidy.example>",
        "subject": "Prośba o zgodę na nagrywanie – wybory w Czechach",
        "headers": GMAIL,
        "body": (
            "Dzień dobry,\n\n"
            "nazywam się Agnieszka Wróbel i jestem reporterką Telewizji Beskidy Sp. z o.o.\n"
            "z Bielska-Białej. Przygotowujemy materiał o wyborach u naszych sąsiadów i chcielibyśmy\n"
            "nagrać krótką relację w punkcie zbierania danych Czeskiego Urzędu Statystycznego\n"
            "w Ostrawie w noc wyborczą (ekipa 2 osoby: ja i operator Tomasz Kubica).\n\n"
            "Dostępu do wyników w formacie XML nie potrzebujemy – wyniki bierzemy z agencji.\n\n"
            "Proszę o kontakt mailowy lub telefoniczny: +48 33 855 12 94.\n\n"
            "Z poważaniem\n"
            "Agnieszka Wróbel\n"
            "Telewizja Beskidy Sp. z o.o., ul. Partyzantów 40, 43-300 Bielsko-Biała\n"
            "NIP 547-210-33-18\n"
        ),
    },
    {
        "id": "uc003-slovak-tv-cidr",
        "description": "Slovak TV writing Slovak: production given as a /30 block (four "
        "addresses), one test address, asks to film too",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Záhorská televízia, s. r. o.",
            I3,
            None,
            ["198.51.100.16", "198.51.100.17", "198.51.100.18", "198.51.100.19"],
            ["198.51.100.20"],
            "Ľubomír Kováčik",
            "kovacik@zahorskatv.example",
            "+421905318442",
        ),
        "from": "Ľubomír Kováčik <kovacik@zahorskatv.example>",
        "subject": "Žiadosť – prístup k výsledkom volieb a nakrúcanie",
        "headers": OUTLOOK,
        "body": (
            "Dobrý deň,\n\n"
            "Záhorská televízia, s. r. o., IČO "
            f"{I3}, so sídlom v Senici, žiada o prístup k serveru s výsledkami volieb vo "
            "formáte XML a zároveň o povolenie nakrúcať v zbernom mieste v Hodoníne.\n\n"
            "Produkčné prostredie: 198.51.100.16/30\n"
            "Testovacie prostredie: 198.51.100.20\n\n"
            "Kontaktná osoba: Ľubomír Kováčik, tel. +421 905 318 442\n\n"
            "Ďakujem a prajem pekný deň\n"
            "Ľubomír Kováčik\n"
            "technický riaditeľ\n"
            "Záhorská televízia\n"
        ),
    },
    {
        "id": "uc004-hungarian-netmask",
        "description": "Hungarian portal writing Hungarian with English words: production "
        "address with a netmask (a block of four), IPv6 test address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunaparti Hírek Kft.",
            None,
            None,
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
            ["2001:db8:4d::20"],
            "Szabó Eszter",
            "eszter.szabo@dunapartihirek.example",
            "+3615552345",
        ),
        "from": "Szabó Eszter <eszter.szabo@dunapartihirek.example>",
        "subject": "Request / kérelem – XML election results access",
        "headers": GMAIL,
        "body": (
            "Tisztelt Hölgyeim és Uraim,\n\n"
            "a Dunaparti Hírek Kft. (Budapest) hírportál szeretne hozzáférést kérni a cseh\n"
            "választási eredmények XML szolgáltatásához.\n\n"
            "Production szerverek: 203.0.113.64 netmask 255.255.255.252\n"
            "Test szerver: 2001:db8:4d:0:0:0:0:20\n\n"
            "Kapcsolattartó: Szabó Eszter, +36 1 555 2345\n\n"
            "Sorry that I write in Hungarian – if needed I can answer in English.\n\n"
            "Üdvözlettel,\n"
            "Szabó Eszter\n"
            "vezető fejlesztő, Dunaparti Hírek Kft.\n"
        ),
    },
    {
        "id": "uc005-french-agency-range",
        "description": "French agency writing French: production as a written range (à), a "
        "dotted software version that looks like an address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agence Europe Centrale de Presse SA",
            None,
            None,
            ["192.0.2.30", "192.0.2.31", "192.0.2.32"],
            ["192.0.2.40"],
            "Claire Dubois-Martel",
            "c.duboismartel@aecp.example",
            "+33140414243",
        ),
        "from": "Claire Dubois-Martel <c.duboismartel@aecp.example>",
        "subject": "Demande d'accès au flux XML des résultats électoraux",
        "headers": APPLE,
        "body": (
            "Madame, Monsieur,\n\n"
            "L'Agence Europe Centrale de Presse SA (Paris) souhaite obtenir un accès au serveur\n"
            "de résultats électoraux au format XML pour son bureau de Prague.\n\n"
            "Adresses de production : de 192.0.2.30 à 192.0.2.32\n"
            "Adresse de test : 192.0.2.40\n\n"
            "Pour information, notre logiciel de traitement (ParseVote v. 10.2.1.7) interroge\n"
            "le serveur toutes les 60 secondes.\n\n"
            "Personne à contacter : Claire Dubois-Martel, +33 1 40 41 42 43.\n\n"
            "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations\n"
            "distinguées.\n\n"
            "Claire Dubois-Martel\n"
            "Responsable technique, AECP\n"
        ),
    },
    {
        "id": "uc006-spanish-later-election-filming",
        "description": "Spanish broadcaster writing Spanish asks to film, for the autumn "
        "regional elections (a later election), no feed",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Televisión Ibérica de Noticias, S.L.",
            None,
            None,
            [],
            [],
            "Javier Ortega Ruiz",
            "jortega@tin-noticias.example",
            "+34915551234",
        ),
        "from": "Javier Ortega Ruiz <jortega@tin-noticias.example>",
        "subject": "Solicitud de permiso de grabación – elecciones regionales",
        "headers": IPHONE,
        "body": (
            "Estimados señores:\n\n"
            "Les escribo en nombre de Televisión Ibérica de Noticias, S.L. Nuestro equipo estará\n"
            "en la República Checa para las elecciones regionales de octubre (no para las de\n"
            "este mes) y solicitamos permiso para grabar en uno de sus puntos de recogida de\n"
            "resultados, a ser posible en Praga.\n\n"
            "No necesitamos acceso al servidor XML.\n\n"
            "Contacto: Javier Ortega Ruiz, móvil +34 915 551 234\n\n"
            "Un cordial saludo,\n"
            "Javier Ortega\n\n"
            "Enviado desde mi iPhone\n"
        ),
    },
    {
        "id": "uc007-swedish-temporary-test",
        "description": "Swedish local radio writing Swedish: a temporary test host that is "
        "still a test address, a Swedish phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Sveriges Lokalradio Öst AB",
            None,
            None,
            ["198.51.100.140"],
            ["198.51.100.141"],
            "Linnea Holmqvist",
            "linnea.holmqvist@lokalradio-ost.example",
            "+46855512345",
        ),
        "from": "Linnea Holmqvist <linnea.holmqvist@lokalradio-ost.example>",
        "subject": "Ansökan om åtkomst till valresultat (XML)",
        "headers": TBIRD,
        "body": (
            "Hej,\n\n"
            "Sveriges Lokalradio Öst AB vill ansöka om åtkomst till era valresultat i XML.\n"
            "Vi följer valet i Tjeckien med en korrespondent på plats.\n\n"
            "Produktion: 198.51.100.140\n"
            "Test: 198.51.100.141 (tillfällig maskin, tas bort efter valet)\n\n"
            "Kontaktperson är jag själv, Linnea Holmqvist, tel. +46 8 555 123 45.\n\n"
            "Med vänliga hälsningar\n"
            "Linnea Holmqvist\n"
            "Sveriges Lokalradio Öst AB, Box 1120, 111 81 Stockholm\n"
        ),
    },
    {
        "id": "uc008-freelancer-ipv6-latin2",
        "description": "freelance journalist (OSVČ), IČ written with spaces, IPv6 production "
        "only, asks to film too; iso-8859-2 from Seznam",
        "style": Style.FREELANCE,
        "labels": L(
            [FEED, FILM],
            "Ondřej Bartoš",
            I8,
            None,
            ["2001:db8:7a::5"],
            [],
            "Ondřej Bartoš",
            "ondra.bartos@seznam-novinar.example",
            "+420739204118",
        ),
        "from": "Ondřej Bartoš <ondra.bartos@seznam-novinar.example>",
        "subject": "zadost - XML + nataceni",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\n"
            "jsem nezávislý novinář na volné noze (OSVČ, IČ "
            f"{I8[:3]} {I8[3:6]} {I8[6:]}) a pro svůj zpravodajský\n"
            "blog i pro několik regionálních webů, kterým dodávám texty, bych rád odebíral\n"
            "výsledky voleb ve formátu XML. Mám jen jeden server u hostingu, adresa je IPv6:\n"
            "2001:db8:7a::5. Testovací prostředí nemám.\n\n"
            "Zároveň prosím o povolení natáčet (jen mobilem a malou kamerou) na sběrném\n"
            "místě v Liberci.\n\n"
            "Díky,\nOndřej Bartoš\ntel. 739 204 118\n"
        ),
    },
    {
        "id": "uc009-faculty-docx-table",
        "description": "university faculty applies (as its university), addresses in a DOCX "
        "table with a /31 block, contact a named IT colleague",
        "style": Style.INSTITUTION,
        "labels": L(
            [FEED],
            "Západočeská technická univerzita v Plzni",
            I9,
            None,
            ["192.0.2.180", "192.0.2.181"],
            ["192.0.2.190"],
            "Radek Šimáček",
            "simacek@fsv.zctu.example",
            "+420377635210",
        ),
        "from": '"doc. PhDr. Irena Holubová, Ph.D." <holubova@fsv.zctu.example>',
        "subject": "Žádost katedry politologie o přístup k volebním datům",
        "headers": OUTLOOK,
        "body": (
            "Vážení,\n\n"
            "v příloze zasílám žádost Fakulty sociálních věd o přístup k výsledkům voleb\n"
            "ve formátu XML. Data použijeme pro studentský volební web a pro výzkum.\n\n"
            "S pozdravem\nIrena Holubová\nvedoucí katedry politologie\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_FSV_volby.docx",
                {
                    "header": "Západočeská technická univerzita v Plzni | Fakulta sociálních věd",
                    "footer": f"IČO {I9} | Univerzitní 14, 301 00 Plzeň",
                    "blocks": [
                        "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                        "Věc: žádost o zpřístupnění výsledků voleb ve formátu XML",
                        "Žadatel: Západočeská technická univerzita v Plzni, Fakulta sociálních "
                        f"věd (fakulta není samostatnou právnickou osobou), IČO {I9}",
                        {
                            "rows": [
                                ["Prostředí", "Adresa / rozsah", "Poznámka"],
                                ["produkce", "192.0.2.180/31", "2 uzly clusteru"],
                                ["test", "192.0.2.190", "studentský server"],
                            ]
                        },
                        "Kontaktní osoba pro technické záležitosti: Ing. Radek Šimáček, "
                        "CIT FSV, simacek@fsv.zctu.example, tel. 377 635 210",
                        "doc. PhDr. Irena Holubová, Ph.D., vedoucí katedry politologie",
                    ],
                },
            )
        ],
    },
    {
        "id": "uc010-obec-databox-pdf-range",
        "description": "municipality's data message, application only in the PDF: production "
        "as a shorthand range (150–152), no test address",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FEED],
            "Obec Horní Lhotice",
            I10,
            "x3vq8mb",
            ["192.0.2.150", "192.0.2.151", "192.0.2.152"],
            [],
            "Dagmar Kratochvílová",
            "starostka@hornilhotice.example",
            "+420566521304",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "x3vq8mb",
            "sender": "Obec Horní Lhotice",
            "address": "Horní Lhotice 1, 675 21 Horní Lhotice",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "zadost_csu.pdf",
                [
                    "Obec Horní Lhotice, Horní Lhotice 1, 675 21, IČ: "
                    f"{I10[:2]} {I10[2:5]} {I10[5:]}",
                    "Č. j. OU-HL/214/2025",
                    "Věc: Žádost o přístup k výsledkům voleb",
                    "Obec Horní Lhotice vydává zpravodaj Lhotický hlásek a provozuje úřední "
                    "desku s výsledky voleb. Žádáme o přístup k XML s výsledky z adres "
                    "192.0.2.150–152 (obecní server a jeho dvě repliky). Testovací adresu "
                    "nepotřebujeme.",
                    "Kontakt: Dagmar Kratochvílová, starostka, starostka@hornilhotice.example, "
                    "mobil 566 521 304",
                    "Dagmar Kratochvílová\nstarostka obce",
                ],
            )
        ],
    },
    {
        "id": "uc011-contractor-respectively",
        "description": "IT contractor writes for a regional medium: roles only by 'resp.', "
        "the contractor is the named contact, the medium the applicant",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Region Press Vysočina s.r.o.",
            I11,
            None,
            ["203.0.113.90"],
            ["203.0.113.91"],
            "Tomáš Houdek",
            "houdek@netcraft-it.example",
            "+420608442173",
        ),
        "from": "Tomáš Houdek <houdek@netcraft-it.example>",
        "subject": "Přístup k XML výsledkům – pro Region Press Vysočina",
        "cc": "sefredaktor@regionpress.example",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "jsme dodavatelem webu pro vydavatelství Region Press Vysočina s.r.o. (IČO "
            f"{I11}),\nšéfredaktor pan Veselý je v kopii a žádost schvaluje.\n\n"
            "Jménem klienta žádáme o přístup k výsledkům voleb ve formátu XML. Produkční a\n"
            "testovací server mají adresy 203.0.113.90, resp. 203.0.113.91.\n\n"
            "Pro technické věci i pro tuto žádost jsem kontaktní osobou já.\n\n"
            "S pozdravem\n"
            "Tomáš Houdek\n"
            "NetCraft IT s.r.o. – správa serverů\n"
            "+420 608 442 173 | podpora 24/7: +420 800 100 200\n"
        ),
    },
    {
        "id": "uc012-terse-phone-note",
        "description": "three terse lines from an iPhone: prod/tst abbreviations, IČO glued "
        "to 'ico', phone without prefix",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Deník Polabí s.r.o.",
            I12,
            None,
            ["198.51.100.7"],
            ["198.51.100.8"],
            "Jan Kos",
            "kos@denikpolabi.example",
            "+420602111274",
        ),
        "from": "Jan Kos <kos@denikpolabi.example>",
        "subject": "xml volby",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, prosim pristup k XML. prod 198.51.100.7 / tst 198.51.100.8\n"
            f"Deník Polabí s.r.o., ico{I12}\n"
            "Kos 602111274\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "uc013-long-letter-internal-host",
        "description": "long letter from a press agency: an internal NAT address named but "
        "not the one to allow, filming declined, disclaimer and port numbers",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Moravská tisková kancelář, a.s.",
            I13,
            None,
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.125"],
            "Kateřina Doležalová",
            "dolezalova@mtk.example",
            "+420545219087",
        ),
        "from": "Kateřina Doležalová <dolezalova@mtk.example>",
        "subject": "Žádost o zřízení přístupu k výsledkům voleb – Moravská tisková kancelář",
        "headers": OUTLOOK,
        "body": (
            "Vážená paní, vážený pane,\n\n"
            "Moravská tisková kancelář, a.s., se sídlem Kounicova 12, 602 00 Brno, IČO "
            f"{I13},\nzpracovává výsledky voleb pro více než čtyřicet odběratelů z řad "
            "regionálních\ndeníků, rozhlasových stanic a zpravodajských webů. Jako v minulých "
            "letech\nbychom rádi přebírali průběžné výsledky přímo z Vašeho serveru ve formátu "
            "XML.\n\n"
            "Naše infrastruktura prošla od posledních voleb změnou: stahování obstarávají dva\n"
            "aplikační servery, které jsou na internet vyvedeny přes veřejné adresy\n"
            "203.0.113.120 a 203.0.113.121. Uvnitř sítě mají adresy 10.20.0.11 a 10.20.0.12,\n"
            "ty však prosím nikam nezadávejte – jde o interní adresy, pod kterými k Vám\n"
            "nepřijdeme. Pro testování před volbami použijeme stroj s veřejnou adresou\n"
            "203.0.113.125 (HTTPS, port 443; monitoring na portu 8443).\n\n"
            "O povolení k natáčení na sběrných místech tentokrát nežádáme, naši fotografové\n"
            "budou jen ve volebním štábu.\n\n"
            "Kontaktní osobou je podepsaná, tel. 545 219 087 (přímá linka), v době voleb\n"
            "také mobil 775 219 087. Ústředna 545 219 000.\n\n"
            "S úctou\n\n"
            "Mgr. Kateřina Doležalová\n"
            "vedoucí datové redakce\n"
            "Moravská tisková kancelář, a.s.\n\n"
            "---\n"
            "Tato zpráva je určena výhradně adresátovi. MTK, a.s. nenese odpovědnost za\n"
            "škody způsobené přenosem viru. Zapsáno v OR vedeném KS v Brně, oddíl B, vl. 4471.\n"
        ),
    },
    {
        "id": "uc014-databox-annotation-only",
        "description": "data message with the whole application in the annotation; the "
        "attached file is only a power of attorney",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Podyjí s.r.o.",
            I14,
            "r8kd2wp",
            ["198.51.100.230"],
            ["198.51.100.231"],
            "Petr Mládek",
            None,
            "+420731552908",
        ),
        "subject": (
            "Žádost o přístup k XML výsledků voleb, Rádio Podyjí s.r.o., prod. IP "
            "198.51.100.230, test. IP 198.51.100.231, kontakt Petr Mládek 731 552 908"
        ),
        "databox": {
            "box": "r8kd2wp",
            "sender": "Rádio Podyjí s.r.o.",
            "address": "Zámecká 3, 669 02 Znojmo",
        },
        "attachments": [
            (
                "txt",
                "plna_moc.txt",
                "PLNÁ MOC\n\nRádio Podyjí s.r.o., IČO "
                f"{I14}, se sídlem Zámecká 3, 669 02 Znojmo,\nzastoupené jednatelem "
                "Ing. Liborem Fialou, zmocňuje pana Petra Mládka,\nnar. 4. 6. 1988, "
                "k jednání s Českým statistickým úřadem ve věci přístupu\nk výsledkům voleb.\n\n"
                "Ve Znojmě dne 2. 9. 2025\nIng. Libor Fiala, jednatel\n",
            )
        ],
    },
]
