"""Nineteenth held-out part ``mc``, cases mc001–mc014: a German newspaper with "bzw.", a Polish
portal with a CIDR block and a filming wish for a later election, a Slovak TV with a netmask, a
Hungarian weekly with "illetve", a French agency that only films, a Spanish freelancer asking
conditionally, Swedish IPv6 with "respektive", a terse range note, a university letter in a PDF,
a municipality's data message, an IT contractor writing for a newspaper, a withdrawn filming
request, a replaced address in an Outlook table and an Austrian radio filming only. Written by
hand apart from the extraction rules (see make_nineteenth_mc); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.nineteenth_mc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I3 = ico("3681245")  # Slovak IČO (same check digit rule)
I8, I9, I10 = ico("2915738"), ico("6230417"), ico("0083641")
I11, I11C, I12, I13 = ico("2847106"), ico("0517392"), ico("2730958"), ico("0662813")

CASES: list[dict[str, Any]] = [
    {
        "id": "mc001-german-zeitung-bzw",
        "description": "German regional newspaper writes in German; roles only by 'für den "
        "Produktiv- bzw. Testbetrieb'; HRB and USt-IdNr. instead of an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Bayerwald-Bote Verlags-GmbH",
            None,
            None,
            ["203.0.113.44"],
            ["203.0.113.45"],
            "Matthias Greiner",
            "greiner@bayerwald-bote.example",
            "+498519660214",
        ),
        "from": "Matthias Greiner <greiner@bayerwald-bote.example>",
        "subject": "Zugang zu den Wahlergebnissen (XML) – Bayerwald-Bote",
        "headers": OUTLOOK,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "der Bayerwald-Bote berichtet regelmäßig über das Geschehen im tschechischen "
            "Grenzgebiet, und zur Parlamentswahl möchten wir unseren Lesern die Ergebnisse "
            "aus Tschechien live auf unserer Website zeigen.\n\n"
            "Wir bitten daher um Zugang zu Ihrem XML-Ergebnisdienst. Bitte schalten Sie die "
            "IP-Adressen 203.0.113.44 und 203.0.113.45 für den Produktiv- bzw. Testbetrieb "
            "frei. Der Abruf erfolgt per HTTPS, höchstens alle 60 Sekunden.\n\n"
            "Ansprechpartner bin ich selbst, am Wahlabend bis ca. 2 Uhr erreichbar.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Matthias Greiner\n"
            "Online-Redaktion\n\n"
            "Bayerwald-Bote Verlags-GmbH\n"
            "Ludwigsplatz 7 · 94032 Passau\n"
            "Tel. +49 (0)851 96 60-214 · Zentrale +49 (0)851 96 60-0\n"
            "greiner@bayerwald-bote.example\n"
            "Amtsgericht Passau HRB 4417 · USt-IdNr. DE 812 345 678\n"
            "Geschäftsführer: Dr. Klaus Eibl, Sabine Wimmer\n"
        ),
    },
    {
        "id": "mc002-polish-portal-cidr-later-film",
        "description": "Polish portal in Polish: production as a /30 block, one test address, "
        "NIP and REGON that are not IČOs, filming only for next year's election",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Portal Śląski sp. z o.o.",
            None,
            None,
            ["198.51.100.128", "198.51.100.129", "198.51.100.130", "198.51.100.131"],
            ["198.51.100.140"],
            "Agnieszka Wróbel",
            "a.wrobel@portalslaski.example",
            "+48322584117",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@portalslaski.example>",
        "subject": "Wniosek o dostęp do wyników wyborów w formacie XML",
        "headers": TBIRD,
        "body": (
            "Szanowni Państwo,\n\n"
            "w imieniu Portal Śląski sp. z o.o. (wydawca serwisu portalslaski.example) "
            "zwracam się z prośbą o udostępnienie wyników wyborów do Izby Poselskiej "
            "w formacie XML. Nasza redakcja w Katowicach obsługuje również czytelników "
            "z Zaolzia, stąd zainteresowanie wyborami w Czechach.\n\n"
            "Adresy produkcyjne: 198.51.100.128/30\n"
            "Adres testowy: 198.51.100.140\n\n"
            "Osoba kontaktowa: Agnieszka Wróbel, tel. +48 32 258 41 17, "
            "a.wrobel@portalslaski.example\n\n"
            "Przy okazji: chcielibyśmy kiedyś nakręcić materiał w punkcie zbierania wyników, "
            "ale dopiero przy wyborach prezydenckich w przyszłym roku – wtedy złożymy "
            "osobny wniosek. Teraz prosimy wyłącznie o dostęp do danych.\n\n"
            "Z poważaniem\n"
            "Agnieszka Wróbel\n"
            "kierownik działu online\n"
            "Portal Śląski sp. z o.o., ul. Mariacka 14, 40-014 Katowice\n"
            "NIP 6342871933, REGON 241234567, KRS 0000412233\n"
        ),
    },
    {
        "id": "mc003-slovak-tv-netmask-and-filming",
        "description": "Slovak TV in Slovak asks for the feed and to film; production address "
        "with a netmask (a /30 block), Slovak IČO written with spaces",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Televízia Záhorie, s. r. o.",
            I3,
            None,
            ["192.0.2.64", "192.0.2.65", "192.0.2.66", "192.0.2.67"],
            ["192.0.2.70"],
            "Marek Kollár",
            "kollar@tvzahorie.example",
            "+421905318442",
        ),
        "from": "Marek Kollár <kollar@tvzahorie.example>",
        "subject": "Žiadosť – prístup k výsledkom volieb a natáčanie",
        "headers": GMAIL,
        "body": (
            "Dobrý deň,\n\n"
            f"Televízia Záhorie, s. r. o., IČO: {I3[:2]} {I3[2:5]} {I3[5:]}, so sídlom "
            "Námestie slobody 3, 901 01 Malacky, týmto žiada:\n\n"
            "1) o prístup k výsledkom volieb vo formáte XML – produkčný server má adresu "
            "192.0.2.64 s maskou 255.255.255.252 (celý rozsah prosíme povoliť), testovací "
            "server 192.0.2.70;\n"
            "2) o povolenie natáčať na zbernom mieste ČSÚ v Břeclavi počas noci sčítania "
            "(dvaja ľudia, kamera bez svetiel).\n\n"
            "Kontaktná osoba: Ing. Marek Kollár, technický riaditeľ, +421 905 318 442\n\n"
            "Ďakujem a prajem pekný deň\n"
            "Marek Kollár\n"
            "Televízia Záhorie\n"
        ),
    },
    {
        "id": "mc004-hungarian-illetve",
        "description": "Hungarian weekly in Hungarian with one English line; roles by "
        "'illetve', family name first, tax number whose first 8 digits are no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunatáj Média Kft.",
            None,
            None,
            ["203.0.113.90"],
            ["203.0.113.91"],
            "Kovács Eszter",
            "kovacs.eszter@dunataj.example",
            "+36304127785",
        ),
        "from": "Kovács Eszter <kovacs.eszter@dunataj.example>",
        "subject": "Hozzáférés a választási eredményekhez (XML) / access to XML results",
        "headers": APPLE,
        "charset": "iso-8859-2",
        "body": (
            "Tisztelt Hölgyeim és Uraim!\n\n"
            "A Dunatáj Média Kft. (a Dunatáj hetilap kiadója, Komárom) szeretne hozzáférést "
            "kérni a cseh parlamenti választások XML formátumú eredményeihez.\n\n"
            "Az éles szerverünk IP-címe 203.0.113.90, illetve a teszt szerveré 203.0.113.91.\n\n"
            "In short (English): production 203.0.113.90, test 203.0.113.91, contact below.\n\n"
            "Kapcsolattartó: Kovács Eszter, +36 30 412 7785\n\n"
            "Üdvözlettel,\n"
            "Kovács Eszter\n"
            "online főszerkesztő-helyettes\n"
            "Dunatáj Média Kft., 2900 Komárom, Igmándi út 21.\n"
            "Adószám: 24817355-2-11, Cégjegyzékszám: 11-09-024571\n"
        ),
    },
    {
        "id": "mc005-french-agency-film-only",
        "description": "French agency's Prague correspondent asks only to film and says the "
        "XML feed is not needed; Prague mobile before the Paris switchboard",
        "style": Style.AGENCY,
        "labels": L(
            [FILM],
            "Agence Européenne de Presse SAS",
            None,
            None,
            [],
            [],
            "Camille Rousseau",
            "c.rousseau@aep-presse.example",
            "+420731206548",
        ),
        "from": "Camille Rousseau <c.rousseau@aep-presse.example>",
        "subject": "Demande d'autorisation de tournage – soirée électorale",
        "headers": APPLE,
        "body": (
            "Madame, Monsieur,\n\n"
            "Correspondante de l'Agence Européenne de Presse à Prague, je souhaiterais "
            "obtenir l'autorisation de filmer et de photographier au centre de collecte des "
            "résultats de l'Office tchèque de statistique à Prague pendant la nuit du "
            "dépouillement (environ 21 h – 1 h). Nous serions deux : moi-même et notre "
            "photographe, Tomáš Beneš.\n\n"
            "Nous n'avons pas besoin de l'accès au flux XML des résultats : notre rédaction "
            "centrale les reçoit déjà par un autre canal.\n\n"
            "Je reste joignable sur place au +420 731 206 548.\n\n"
            "Avec mes remerciements,\n\n"
            "Camille Rousseau\n"
            "Correspondante à Prague\n"
            "Agence Européenne de Presse SAS\n"
            "12, rue du Louvre, 75001 Paris · Standard : +33 1 44 55 20 00\n"
            "SIRET 812 345 678 00024\n"
        ),
        "html": (
            '<html><body style="font-family:Helvetica">'
            "<p>Madame, Monsieur,</p>"
            "<p>Correspondante de l'Agence Européenne de Presse à Prague, je souhaiterais "
            "obtenir l'autorisation de filmer et de photographier au centre de collecte des "
            "résultats de l'Office tchèque de statistique à Prague pendant la nuit du "
            "dépouillement (environ 21 h – 1 h). Nous serions deux : moi-même et notre "
            "photographe, Tomáš Beneš.</p>"
            "<p>Nous <b>n'avons pas besoin</b> de l'accès au flux XML des résultats : notre "
            "rédaction centrale les reçoit déjà par un autre canal.</p>"
            "<p>Je reste joignable sur place au +420 731 206 548.</p>"
            "<p>Avec mes remerciements,</p>"
            "<p>Camille Rousseau<br>Correspondante à Prague<br>"
            "<b>Agence Européenne de Presse SAS</b><br>"
            "12, rue du Louvre, 75001 Paris · Standard : +33 1 44 55 20 00<br>"
            "SIRET 812 345 678 00024</p></body></html>"
        ),
    },
    {
        "id": "mc006-spanish-freelancer-conditional-feed",
        "description": "Spanish freelance journalist in Spanish asks to film and, 'si es "
        "posible', for the feed from her VPS; no company, no IČO",
        "style": Style.FREELANCER,
        "labels": L(
            [FEED, FILM],
            "Lucía Ferrer Ibáñez",
            None,
            None,
            ["198.51.100.201"],
            [],
            "Lucía Ferrer Ibáñez",
            "lucia.ferrer@periodista.example",
            "+34612489307",
        ),
        "from": "Lucía Ferrer <lucia.ferrer@periodista.example>",
        "subject": "Solicitud: grabación en el centro de recogida + datos XML",
        "headers": GMAIL,
        "cte": "base64",
        "body": (
            "Buenos días:\n\n"
            "Me llamo Lucía Ferrer Ibáñez y soy periodista independiente (trabajo para "
            "varios medios españoles, sin empresa propia). Estoy preparando un reportaje "
            "sobre las elecciones checas y les solicito permiso para grabar vídeo en el "
            "centro de recogida de resultados de Praga la noche electoral.\n\n"
            "Si es posible, también me gustaría acceder a los resultados en XML desde la IP "
            "198.51.100.201 (mi servidor VPS, para un pequeño mapa en directo). No tengo "
            "servidor de pruebas.\n\n"
            "Mi móvil: +34 612 48 93 07 (WhatsApp también).\n\n"
            "Muchas gracias de antemano y un saludo cordial,\n"
            "Lucía Ferrer Ibáñez\n"
            "Periodista freelance · Madrid\n"
        ),
    },
    {
        "id": "mc007-swedish-radio-ipv6-respektive",
        "description": "Swedish radio in Swedish: two IPv6 addresses, roles only by "
        "'(produktion respektive test)'; org.nr is no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Mälardalen AB",
            None,
            None,
            ["2001:db8:5e::20"],
            ["2001:db8:5e::21"],
            "Johan Lindqvist",
            "johan.lindqvist@radiomalardalen.example",
            "+46214802217",
        ),
        "from": "Johan Lindqvist <johan.lindqvist@radiomalardalen.example>",
        "subject": "Ansökan om åtkomst till valresultat i XML",
        "headers": ROUNDCUBE,
        "body": (
            "Hej,\n\n"
            "Radio Mälardalen AB vill gärna följa det tjeckiska parlamentsvalet och ber om "
            "åtkomst till era valresultat i XML-format.\n\n"
            "Vi ber om åtkomst för våra servrar 2001:db8:5e::20 och 2001:db8:5e::21 "
            "(produktion respektive test). Vi har ingen IPv4-adress för detta.\n\n"
            "Kontaktperson: Johan Lindqvist, tfn +46 21 480 22 17\n\n"
            "Med vänliga hälsningar\n"
            "Johan Lindqvist\n"
            "Teknisk chef, Radio Mälardalen AB\n"
            "Org.nr 556812-4471 · Stora Gatan 12, 722 12 Västerås\n"
        ),
    },
    {
        "id": "mc008-terse-range-shorthand",
        "description": "three terse lines: production as a range '150-153', the test address "
        "as '.154', the name only in the signature",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Jihlavský kurýr s.r.o.",
            I8,
            None,
            ["192.0.2.150", "192.0.2.151", "192.0.2.152", "192.0.2.153"],
            ["192.0.2.154"],
            "Tomáš Hrubý",
            "hruby@jihlavskykuryr.example",
            "+420777402915",
        ),
        "from": "Tomáš Hrubý <hruby@jihlavskykuryr.example>",
        "subject": "xml volby",
        "headers": SEZNAM,
        "cte": "8bit",
        "body": (
            "Dobrý den, prosíme o xml výsledky voleb.\n"
            "prod 192.0.2.150-153, test .154\n"
            f"IČ {I8}, kontakt já 777 402 915\n\n"
            "T. Hrubý\nJihlavský kurýr s.r.o.\n"
        ),
    },
    {
        "id": "mc009-university-letter-pdf",
        "description": "university department's long letter as a PDF with a wrapped table: "
        "production as a /31, an internal host that is not requested, a dean's signature "
        "but a named contact",
        "style": Style.INSTITUTION,
        "labels": L(
            [FEED],
            "Univerzita Českomoravské vrchoviny",
            I9,
            None,
            ["203.0.113.160", "203.0.113.161"],
            ["203.0.113.170"],
            "Ilona Skálová",
            "ilona.skalova@ucmv.example",
            "+420567141388",
        ),
        "from": "Sekretariát KMS <sekretariat.kms@ucmv.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Katedra mediálních studií",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "v příloze zasíláme žádost Katedry mediálních studií FF UČMV o přístup "
            "k výsledkům voleb ve formátu XML, podepsanou panem děkanem.\n\n"
            "S pozdravem\nJitka Vaňková\nsekretariát katedry\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_CSU_KMS_2025.pdf",
                [
                    "Univerzita Českomoravské vrchoviny\nFilozofická fakulta · Katedra "
                    f"mediálních studií\nTolstého 16, 586 01 Jihlava · IČO {I9}",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "Naše č. j.: UCMV-FF/2025/0931          V Jihlavě dne 11. září 2025",
                    "Věc: Žádost o přístup k průběžným výsledkům voleb ve formátu XML",
                    "Vážení,\nKatedra mediálních studií provozuje již pátým rokem studentskou "
                    "redakci Vysočina Live, v níž si studenti bakalářského a magisterského "
                    "programu Žurnalistika osvojují práci ve zpravodajství v reálném čase. Ve "
                    "volební noc chceme čtenářům nabídnout průběžné výsledky za kraj "
                    "Vysočina, a proto žádáme o zřízení přístupu k výsledkům ve formátu XML.",
                    "Technické údaje:",
                    {
                        "rows": [
                            ["Účel", "IP adresa / rozsah", "Poznámka"],
                            [
                                "Produkční prostředí",
                                "203.0.113.160/31",
                                "dva aplikační servery za společným firewallem",
                            ],
                            [
                                "Testovací prostředí",
                                "203.0.113.170",
                                "zkušební stahování od 1. 10.",
                            ],
                        ],
                        "widths": [110, 100, 150],
                    },
                    "Interní adresy serverů (10.14.2.20 a 10.14.2.21) uvádíme jen pro "
                    "úplnost, ven komunikují výhradně přes výše uvedené veřejné adresy.",
                    "Kontaktní osobou ve věci žádosti je doc. PhDr. Ilona Skálová, Ph.D., "
                    "vedoucí katedry, tel. 567 141 388, e-mail ilona.skalova@ucmv.example.",
                    "S úctou\n\nprof. Ing. Karel Bouška, CSc.\nděkan Filozofické fakulty",
                ],
            )
        ],
    },
    {
        "id": "mc010-municipality-databox-annotation",
        "description": "small municipality's data message with the whole application in the "
        "annotation; the attached council resolution has no data; the envelope gives the box",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Městys Kostelec u Lesa",
            I10,
            "k4wz8qa",
            ["198.51.100.33"],
            ["198.51.100.34"],
            "Zdeněk Soukup",
            "soukup@kostelecul.example",
            "+420604220118",
        ),
        "subject": (
            f"Městys Kostelec u Lesa, IČO {I10}: žádost o přístup k XML výsledkům voleb "
            "pro obecní web – prod. IP 198.51.100.33, test. IP 198.51.100.34; kontakt "
            "Ing. Zdeněk Soukup, 604 220 118, soukup@kostelecul.example"
        ),
        "databox": {
            "box": "k4wz8qa",
            "sender": "Městys Kostelec u Lesa",
            "address": "Náměstí 1, 582 53 Kostelec u Lesa",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "usneseni_RM_14-2025.pdf",
                [
                    "MĚSTYS KOSTELEC U LESA\nRada městyse",
                    "USNESENÍ č. 14/2025 ze 3. schůze Rady městyse konané dne 8. 9. 2025",
                    "Rada městyse\nI. schvaluje podání žádosti o přístup k průběžným "
                    "výsledkům voleb do Poslanecké sněmovny pro zpravodajství na webu "
                    "městyse;\nII. pověřuje správce webu zajištěním technického připojení.",
                    "Hlasování: pro 5, proti 0, zdržel se 0",
                    "Ing. Milan Zeman, starosta          Jana Křížová, místostarostka",
                ],
            )
        ],
    },
    {
        "id": "mc011-it-contractor-for-publisher",
        "description": "web contractor writes for a newspaper publisher: the contractor's "
        "own IČO in the signature, internal NAT addresses, an API version, the editor-in-"
        "chief named as the contact",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Pootavské noviny s.r.o.",
            I11,
            None,
            ["192.0.2.200", "192.0.2.201"],
            ["192.0.2.210"],
            "Jana Kyselová",
            "kyselova@pootavske-noviny.example",
            "+420376512740",
        ),
        "from": "Ondřej Matějka <matejka@webfaktor.example>",
        "subject": "Přístup k XML výsledkům voleb pro Pootavské noviny",
        "cc": "Jana Kyselová <kyselova@pootavske-noviny.example>",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "jsme dodavatelem webu pootavske-noviny.example a píšu jménem našeho klienta, "
            f"vydavatele Pootavské noviny s.r.o., IČO {I11}, který žádá o přístup "
            "k výsledkům voleb ve formátu XML (klientka je v kopii).\n\n"
            "Veřejné adresy, ze kterých budeme stahovat:\n"
            "  - produkce (load balancer, 2 uzly): 192.0.2.200, 192.0.2.201\n"
            "  - stage / test: 192.0.2.210\n\n"
            "Aplikační servery za NATem (10.0.5.11 až 10.0.5.14) povolovat nemusíte, ven "
            "nechodí. Parser je napsaný na vaše XML schéma verze 2.4.1, stahovat budeme "
            "každých 30 s.\n\n"
            "Kontaktní osobou za vydavatele je šéfredaktorka Jana Kyselová, "
            "tel. 376 512 740, kyselova@pootavske-noviny.example. Technické dotazy klidně "
            "směřujte na mě.\n\n"
            "S pozdravem\n"
            "Ondřej Matějka\n"
            "WebFaktor s.r.o. | vývoj a provoz webů\n"
            f"IČO {I11C} | +420 603 881 246 | matejka@webfaktor.example\n"
        ),
    },
    {
        "id": "mc012-filming-withdrawn-in-ps",
        "description": "regional TV asks for the feed and for filming, then withdraws filming "
        "in a P.S.; production only",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "TV Podbrdsko s.r.o.",
            I12,
            None,
            ["203.0.113.8"],
            [],
            "Libor Mach",
            "mach@tvpodbrdsko.example",
            "+420731550287",
        ),
        "from": "Libor Mach <mach@tvpodbrdsko.example>",
        "subject": "Volby – XML a natáčení",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"TV Podbrdsko s.r.o. (IČ: {I12}) žádá o:\n"
            "- přístup k výsledkům voleb v XML z naší produkční IP 203.0.113.8 (testovací "
            "nemáme),\n"
            "- povolení natáčet na sběrném místě v Příbrami ve volební noc.\n\n"
            "Kontakt: Libor Mach, vedoucí vysílání, 731 550 287.\n\n"
            "Díky a hezký den\n"
            "Libor Mach\n\n"
            "P.S. Právě mi volal kolega, že štáb ten večer mít nebudeme – natáčení tedy "
            "prosím škrtněte, žádáme jen o to XML.\n"
        ),
    },
    {
        "id": "mc013-outlook-html-replaced-address",
        "description": "HTML-only Outlook table with a status column: one production address "
        "marked as replaced by another, a test row; the spolek's IČO as 'IČ'",
        "style": Style.HTML_TABLE,
        "labels": L(
            [FEED],
            "Zprávy z Hané, z. s.",
            I13,
            None,
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.95"],
            "Martina Šírová",
            "sirova@zpravyzhane.example",
            "+420585204611",
        ),
        "from": "Šírová Martina <sirova@zpravyzhane.example>",
        "subject": "Žádost o přístup k výsledkům voleb (XML) – Zprávy z Hané",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body lang="CS"><div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,</p>'
            '<p class="MsoNormal">spolek Zprávy z Hané, z. s., IČ '
            f"{I13}, provozovatel zpravodajského portálu zpravyzhane.example, žádá o přístup "
            "k výsledkům voleb ve formátu XML. Adresy jsme převzali z loňské žádosti a "
            "upravili:</p>"
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4">'
            "<tr><td><b>Server</b></td><td><b>IP</b></td><td><b>Stav</b></td></tr>"
            "<tr><td>web1 (produkce)</td><td>198.51.100.90</td><td>beze změny</td></tr>"
            "<tr><td>web2 (produkce)</td><td>198.51.100.85</td>"
            "<td>zrušen – nahrazen web3</td></tr>"
            "<tr><td>web3 (produkce)</td><td>198.51.100.91</td><td>nový od 8/2025</td></tr>"
            "<tr><td>test</td><td>198.51.100.95</td><td>beze změny</td></tr>"
            "</table>"
            '<p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">Kontaktní osoba: Martina Šírová, tel. 585 204 611.</p>'
            '<p class="MsoNormal">Děkujeme,</p>'
            '<p class="MsoNormal"><b>Martina Šírová</b><br>předsedkyně spolku<br>'
            "Zprávy z Hané, z. s. · Horní náměstí 9, 779 00 Olomouc</p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "mc014-austrian-radio-film-only-english",
        "description": "Austrian radio reporter in English with a German signature asks only "
        "to record; the XML feed 'not this time'; phone written with 0043",
        "style": Style.MIXED_ENGLISH,
        "labels": L(
            [FILM],
            "Radio Waldviertel GmbH",
            None,
            None,
            [],
            [],
            "Florian Haider",
            "haider@radio-waldviertel.example",
            "+436642187455",
        ),
        "from": "Florian Haider <haider@radio-waldviertel.example>",
        "subject": "Recording permission – election night, České Budějovice",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dear Sir or Madam,\n\n"
            "I am a reporter with Radio Waldviertel, a regional station just across \n"
            "the border. We would like to record interviews and ambient sound at \n"
            "your results collection point in České Budějovice on election night \n"
            "(audio only, one reporter, no camera).\n\n"
            "We do not need access to the XML results feed this time - we will use \n"
            "the public website.\n\n"
            "You can reach me on 0043 664 2187455.\n\n"
            "Thank you and best regards,\n"
            "Florian Haider\n\n"
            "--\n"
            "Radio Waldviertel GmbH\n"
            "Hauptplatz 4, 3950 Gmünd, Österreich\n"
            "FN 287341 k, Landesgericht Krems\n"
        ),
    },
]
