"""Thirtieth held-out part ``xc``, cases xc001–xc014: a German regional paper with a CIDR
block, Polish radio that only wants to film, a Slovak freelancer with IPv6, a faculty with a
netmask, a municipality's data message, Hungarian TV in HTML, a French agency's "respectively",
an IT contractor replacing a host, a terse note leaving filming for a later election, Spanish TV
withdrawing the feed, a Swedish DOCX table, an institute's PDF range, NAT-ed internal hosts and a
forwarded original. Written by hand apart from the extraction rules (see make_thirtieth_xc);
labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtieth_xc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    TBIRD,
    L,
    Style,
    ico,
)

I3, I4, I5, I7 = ico("2841067"), ico("0651932"), ico("4417203"), ico("2290584")
I8, I9 = ico("0056891"), ico("2718346")
I13 = ico("2603917")

CASES: list[dict[str, Any]] = [
    {
        "id": "xc001-german-paper-cidr-block",
        "description": "German regional paper writes German; production as a /30 block, a "
        "named colleague is the contact, no Czech IČO (HRB number instead)",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Oberlausitzer Tageblatt Verlag GmbH",
            None,
            None,
            ["203.0.113.16", "203.0.113.17", "203.0.113.18", "203.0.113.19"],
            ["203.0.113.40"],
            "Jonas Weidlich",
            "j.weidlich@ol-tageblatt.example",
            "+493581472290",
        ),
        "from": "Friederike Stange <f.stange@ol-tageblatt.example>",
        "subject": "Antrag: Zugang zu den Wahlergebnissen (XML) – Oberlausitzer Tageblatt",
        "headers": TBIRD,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "wir berichten seit Jahren auch über die Politik in unserem tschechischen "
            "Nachbarland und möchten in der Wahlnacht die Ergebnisse live auf "
            "ol-tageblatt.example darstellen. Hiermit beantragen wir daher den Zugang zu "
            "Ihrem XML-Ergebnisserver.\n\n"
            "Unsere Abrufserver stehen im Netz 203.0.113.16/30 (alle vier Adressen werden "
            "genutzt, Lastverteilung). Für Tests vorab nutzen wir 203.0.113.40.\n\n"
            "Antragsteller: Oberlausitzer Tageblatt Verlag GmbH, Postplatz 3, 02826 Görlitz\n"
            "Handelsregister: Amtsgericht Dresden HRB 41172, USt-IdNr. DE 281 553 904\n\n"
            "Ansprechpartner für alle technischen und organisatorischen Fragen ist mein "
            "Kollege Jonas Weidlich (Online-Redaktion), Tel. +49 3581 47 22 90, "
            "j.weidlich@ol-tageblatt.example.\n\n"
            "Eine Drehgenehmigung benötigen wir nicht.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Friederike Stange\nChefin vom Dienst\nOberlausitzer Tageblatt\n"
            "Tel. +49 3581 47 22 00 (Zentrale)\n"
        ),
    },
    {
        "id": "xc002-polish-radio-film-only",
        "description": "Polish radio writes Polish, asks only to record at a collection point "
        "and says it does not need the XML data",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Radio Beskidy Śląskie sp. z o.o.",
            None,
            None,
            [],
            [],
            "Agnieszka Wróbel",
            "a.wrobel@radiobeskidy.example",
            "+48601338214",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@radiobeskidy.example>",
        "subject": "Prośba o zgodę na nagrania – wybory w Czechach",
        "headers": APPLE,
        "body": (
            "Szanowni Państwo,\n\n"
            "jestem reporterką Radia Beskidy Śląskie (Radio Beskidy Śląskie sp. z o.o., "
            "Bielsko-Biała, KRS 0000418226). Przygotowujemy reportaż o wyborach po "
            "czeskiej stronie granicy i chciałabym prosić o zgodę na nagrywanie dźwięku "
            "(wywiady, atmosfera) w punkcie zbierania wyników w Ostrawie w nocy wyborczej, "
            "ok. 21:00–1:00. Będę sama, z rejestratorem i mikrofonem, bez kamery.\n\n"
            "Dostępu do danych XML z wynikami nie potrzebujemy – korzystamy z serwisu "
            "partnerskiej agencji.\n\n"
            "Kontakt: Agnieszka Wróbel, tel. +48 601 338 214, a.wrobel@radiobeskidy.example\n\n"
            "Z poważaniem / S pozdravem\nAgnieszka Wróbel\nRadio Beskidy Śląskie\n"
            "ul. Bohaterów Warszawy 12, 43-300 Bielsko-Biała\n"
        ),
    },
    {
        "id": "xc003-slovak-freelancer-ipv6",
        "description": "Slovak freelance data journalist, one IPv4 and one IPv6 production "
        "address, tests from the same machine, IČO written with spaces",
        "style": Style.FREELANCER,
        "labels": L(
            [FEED],
            "Marek Ďurčo",
            I3,
            None,
            ["198.51.100.77", "2001:db8:4c1::10"],
            [],
            "Marek Ďurčo",
            "marek@durco-data.example",
            "+421905318442",
        ),
        "from": "Marek Ďurčo <marek@durco-data.example>",
        "subject": "žiadosť o prístup k XML výsledkom volieb",
        "headers": K9,
        "cte": "8bit",
        "body": (
            "Dobrý deň,\n\n"
            "som nezávislý dátový novinár (SZČO, IČO "
            f"{I3[:2]} {I3[2:5]} {I3[5:]}), robím volebné vizualizácie pre viacero "
            "slovenských aj českých webov. Chcel by som požiadať o prístup k serveru s "
            "výsledkami vo formáte XML.\n\n"
            "Môj server má dve adresy, IPv4 198.51.100.77 a IPv6 2001:db8:4c1::10 – "
            "prosím povoliť obe. Testovať budem z toho istého stroja, samostatnú "
            "testovaciu adresu nemám.\n\n"
            "Kontakt: ja, +421 905 318 442\n\n"
            "Ďakujem,\nMarek Ďurčo\ndurco-data.example\n"
        ),
    },
    {
        "id": "xc004-faculty-netmask-versions",
        "description": "a faculty applies (the university is the applicant); production "
        "written with a /31 netmask, version numbers nearby, a PhD student named as contact",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Univerzita Jana Ámose v Přerově",
            I4,
            None,
            ["192.0.2.64", "192.0.2.65"],
            ["192.0.2.70"],
            "Tereza Linhartová",
            "linhartova@fsv.ujap.example",
            "+420581720344",
        ),
        "from": '"doc. Ondřej Klímek" <klimek@fsv.ujap.example>',
        "subject": "Žádost o přístup k výsledkům voleb – Fakulta sociálních věd UJAP",
        "headers": OUTLOOK,
        "body": (
            "Vážení,\n\n"
            "Katedra mediálních studií Fakulty sociálních věd Univerzity Jana Ámose v "
            f"Přerově (IČO {I4}) žádá o přístup k XML výstupům výsledků voleb. Studenti "
            "magisterského oboru Datová žurnalistika budou ve volební noc provozovat "
            "zpravodajský web volby.ujap.example.\n\n"
            "Stahovat budeme ze dvou strojů v rozsahu 192.0.2.64 maska 255.255.255.254. "
            "Testovací stroj v laboratoři má adresu 192.0.2.70. Zpracování běží na Pythonu "
            "3.12.7 s knihovnou lxml 5.3.0, kdyby to bylo k něčemu.\n\n"
            "Kontaktní osobou pro tuto žádost je doktorandka Mgr. Tereza Linhartová, "
            "linhartova@fsv.ujap.example, tel. 581 720 344.\n\n"
            "S pozdravem\n\ndoc. PhDr. Ondřej Klímek, Ph.D.\nvedoucí Katedry mediálních studií\n"
            "FSV UJAP, Komenského 18, 750 02 Přerov\ntel. 581 720 300\n"
        ),
    },
    {
        "id": "xc005-municipality-databox-annotation",
        "description": "data message from a small market town; the application only in the "
        "annotation, the attached ODT is a cover letter without the addresses",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Městys Lhotka nad Sázavou",
            I5,
            "u3nq8wb",
            ["198.51.100.140"],
            [],
            "Stanislav Šimek",
            "simek@lhotka-sazava.example",
            "+420566123456",
        ),
        "subject": (
            "Žádost o přístup k XML výsledkům voleb pro zpravodaj městyse. IP: 198.51.100.140 "
            "(test nemáme). Kontakt: S. Šimek, tel. 566 123 456, simek@lhotka-sazava.example"
        ),
        "databox": {
            "box": "u3nq8wb",
            "sender": "Městys Lhotka nad Sázavou",
            "address": "Náměstí 4, 582 63 Lhotka nad Sázavou",
            "type": 10,
        },
        "attachments": [
            (
                "odt",
                "pruvodni_dopis.odt",
                [
                    "Městys Lhotka nad Sázavou",
                    f"Náměstí 4, 582 63 Lhotka nad Sázavou, IČO: {I5}",
                    "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                    "Věc: průvodní dopis k žádosti",
                    "Vážení, městys vydává měsíční zpravodaj a provozuje web, na kterém "
                    "chceme ve volební noc zveřejňovat výsledky z našeho okrsku i celkové. "
                    "Údaje potřebné k žádosti jsme uvedli v anotaci této datové zprávy.",
                    "Stanislav Šimek, místostarosta",
                ],
            )
        ],
    },
    {
        "id": "xc006-hungarian-tv-html-both",
        "description": "Hungarian TV, HTML-only mail in Hungarian with an English summary; "
        "production as a short range, asks to film as well",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Duna Régió Televízió Zrt.",
            None,
            None,
            ["203.0.113.100", "203.0.113.101", "203.0.113.102"],
            ["203.0.113.110"],
            "Bence Kovács",
            "kovacs.bence@dunaregio.example",
            "+36305551234",
        ),
        "from": "Kovács Bence <kovacs.bence@dunaregio.example>",
        "subject": "Kérelem / Request: XML election results + filming permit",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta charset="utf-8"></head><body style="font-family:Arial">'
            "<p>Tisztelt Hölgyem/Uram!</p>"
            "<p>A Duna Régió Televízió Zrt. a cseh parlamenti választásokról élő "
            "adásban tudósít. Kérjük hozzáférés biztosítását az XML eredményszerverhez, "
            "valamint forgatási engedélyt a prágai adatgyűjtő helyen a választás "
            "éjszakáján (2 fős stáb, 1 kamera).</p>"
            "<p><i>In English: we kindly ask for access to the XML results server and for "
            "a permit to film at the Prague collection point on election night.</i></p>"
            "<table border='1' cellpadding='4'>"
            "<tr><th>Szerver / Server</th><th>IP</th></tr>"
            "<tr><td>éles (production)</td><td>203.0.113.100 – 203.0.113.102</td></tr>"
            "<tr><td>teszt (test)</td><td>203.0.113.110</td></tr>"
            "</table>"
            "<p>Kapcsolattartó / contact person: Bence Kovács, +36 30 555 1234, "
            "kovacs.bence@dunaregio.example</p>"
            "<p>Üdvözlettel / Best regards<br>Kovács Bence<br>vezető producer<br>"
            "Duna Régió Televízió Zrt.<br>H-1117 Budapest, Szerémi út 4.<br>"
            "Tel. +36 1 555 2031</p></body></html>"
        ),
    },
    {
        "id": "xc007-french-agency-respectivement",
        "description": "French agency's Prague bureau writes French; roles only by "
        "'respectivement', the bureau chief with a Czech mobile is the contact",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Agence Presse Continentale SA",
            None,
            None,
            ["198.51.100.31"],
            ["198.51.100.32"],
            "Camille Fournier",
            "c.fournier@apcontinentale.example",
            "+420602441893",
        ),
        "from": "Camille Fournier <c.fournier@apcontinentale.example>",
        "subject": "Demande d'accès au flux XML des résultats électoraux",
        "headers": MAC_OUTLOOK,
        "body": (
            "Madame, Monsieur,\n\n"
            "le bureau de Prague de l'Agence Presse Continentale SA (siège : 14 rue du "
            "Faubourg, 75010 Paris, SIREN 512 884 307) sollicite l'accès au serveur de "
            "résultats au format XML pour les élections législatives.\n\n"
            "Les adresses 198.51.100.31 et 198.51.100.32 servent respectivement à la "
            "production et aux tests.\n\n"
            "Nous n'avons pas besoin d'autorisation de tournage.\n\n"
            "Contact : Camille Fournier, cheffe du bureau de Prague, +420 602 441 893.\n\n"
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations "
            "distinguées.\n\nCamille Fournier\nAgence Presse Continentale – bureau de Prague\n"
            "Vodičkova 30, 110 00 Praha 1\n"
        ),
    },
    {
        "id": "xc008-contractor-replaced-host",
        "description": "IT contractor writes for a regional news site; the old server "
        "address is being replaced, the new one and a test address count",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Krajské listy Vysočina s.r.o.",
            I7,
            None,
            ["192.0.2.25"],
            ["192.0.2.26"],
            "Radek Holeček",
            "holecek@bytefarm.example",
            "+420739604118",
        ),
        "from": "Radek Holeček <holecek@bytefarm.example>",
        "subject": "Přístup k XML výsledkům – Krajské listy Vysočina (nový server)",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "píšu za naši firmu Bytefarm s.r.o., která spravuje servery pro klienta "
            f"Krajské listy Vysočina s.r.o., IČO {I7}. Klient nás pověřil vyřízením "
            "žádosti o přístup k volebním výsledkům v XML (plná moc v příloze není, ale "
            "pan šéfredaktor Fiala je v kopii a může potvrdit).\n\n"
            "Při minulých volbách stahoval server 192.0.2.15 – ten v listopadu ruším, "
            "prosím už ho nepovolujte. Nově stahuje 192.0.2.25, testovací instance běží "
            "na 192.0.2.26.\n\n"
            "Technickým kontaktem pro tuto žádost jsem já.\n\n"
            "Díky,\nRadek Holeček\nBytefarm s.r.o. | správa serverů\n"
            "+420 739 604 118 | holecek@bytefarm.example\n"
        ),
        "cc": "Petr Fiala <fiala@krajskelisty-vysocina.example>",
    },
    {
        "id": "xc009-terse-film-next-election",
        "description": "two-line iPhone note: feed now, filming only at a later election "
        "(so not requested), IČO after 'IČ'",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Zpravodaj Pootaví z.s.",
            I8,
            None,
            ["203.0.113.5"],
            [],
            "Jakub Kadlec",
            "kadlec@pootavi.example",
            "+420728330915",
        ),
        "from": "Jakub Kadlec <kadlec@pootavi.example>",
        "subject": "xml volby",
        "headers": IPHONE,
        "body": (
            "Dobrý den, prosíme o XML výsledky pro sněmovní volby na IP 203.0.113.5. "
            "Natáčet bychom chtěli až u krajských voleb v roce 2028, letos ne.\n"
            f"Zpravodaj Pootaví z.s., IČ {I8}, Jakub Kadlec 728 330 915\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "xc010-spanish-tv-feed-withdrawn",
        "description": "Spanish broadcaster writes Spanish; asks for both, then withdraws the "
        "XML access in an update further down; correspondent with an Austrian mobile",
        "style": Style.CORRECTION,
        "labels": L(
            [FILM],
            "Televisión Meseta Central S.A.",
            None,
            None,
            [],
            [],
            "Lucía Navarro",
            "lnavarro@tvmeseta.example",
            "+436645552817",
        ),
        "from": "Lucía Navarro <lnavarro@tvmeseta.example>",
        "subject": "Solicitud: acceso XML y permiso de grabación – elecciones checas",
        "headers": GMAIL,
        "body": (
            "Estimados señores:\n\n"
            "Soy corresponsal de Televisión Meseta Central S.A. para Europa Central, con "
            "sede en Viena. Con motivo de las elecciones en la República Checa les "
            "solicitamos:\n\n"
            "1) acceso al servidor de resultados en XML desde la IP 192.0.2.212;\n"
            "2) permiso para grabar imágenes en el punto de recogida de resultados de "
            "Praga la noche electoral (equipo de 3 personas).\n\n"
            "ACTUALIZACIÓN antes de enviar: acabo de hablar con Madrid – el acceso XML ya "
            "no lo necesitamos, los datos nos los da nuestra agencia. Por favor, "
            "consideren únicamente la solicitud 2), el permiso de grabación.\n\n"
            "Mi teléfono: +43 664 555 28 17\n\n"
            "Un cordial saludo,\nLucía Navarro\nCorresponsal – Televisión Meseta Central\n"
        ),
    },
    {
        "id": "xc011-swedish-docx-table",
        "description": "Swedish daily writes English with Swedish bits; the addresses in a "
        "DOCX table with a role column, an IPv6 test address",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Mälardalens Dagblad AB",
            None,
            None,
            ["198.51.100.200", "198.51.100.201"],
            ["2001:db8:5e::20"],
            "Johan Lindqvist",
            "johan.lindqvist@malardagblad.example",
            "+46855512345",
        ),
        "from": "Johan Lindqvist <johan.lindqvist@malardagblad.example>",
        "subject": "Application – XML election results (Mälardalens Dagblad)",
        "headers": APPLE,
        "body": (
            "Hej / Dobrý den,\n\n"
            "please find attached our application for access to the XML results feed for "
            "the Czech elections. All details (addresses, contact) are in the document.\n\n"
            "Tack så mycket!\nJohan Lindqvist\nUtvecklare, Mälardalens Dagblad\n"
        ),
        "attachments": [
            (
                "docx",
                "ansokan_CSU.docx",
                {
                    "header": "Mälardalens Dagblad AB · Org.nr 556712-4480 · Västerås",
                    "blocks": [
                        "Application for access to election results in XML",
                        "Applicant: Mälardalens Dagblad AB, Stora Gatan 8, 722 12 Västerås, Sweden",
                        {
                            "rows": [
                                ["Environment", "IP address", "Comment"],
                                ["Production", "198.51.100.200", "primary"],
                                ["Production", "198.51.100.201", "secondary (reserv)"],
                                ["Test", "2001:db8:5e::20", "staging, IPv6 only"],
                            ]
                        },
                        "Contact person: Johan Lindqvist, +46 8 555 123 45, "
                        "johan.lindqvist@malardagblad.example",
                        "Filming permission: not needed.",
                    ],
                },
            )
        ],
    },
    {
        "id": "xc012-databox-institute-pdf-range",
        "description": "data message from a public research institute; the PDF gives "
        "production as a written range 'až', no test address",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Ústav pro výzkum veřejného mínění, v. v. i.",
            I9,
            "t8kp2mx",
            ["192.0.2.180", "192.0.2.181", "192.0.2.182", "192.0.2.183"],
            [],
            "Lenka Páralová",
            "paralova@uvvm.example",
            "+420222541097",
        ),
        "subject": "Žádost o přístup k výsledkům voleb ve formátu XML",
        "databox": {
            "box": "t8kp2mx",
            "sender": "Ústav pro výzkum veřejného mínění, v. v. i.",
            "address": "Jilská 11, 110 00 Praha 1",
        },
        "attachments": [
            (
                "pdf",
                "UVVM_zadost_volby.pdf",
                [
                    "Ústav pro výzkum veřejného mínění, v. v. i.\nJilská 11, 110 00 Praha 1\n"
                    f"IČO: {I9}",
                    "Č. j.: UVVM-214/2025",
                    "Věc: Žádost o zpřístupnění průběžných výsledků voleb",
                    "Ústav zpracovává pro spolupracující média průběžné modely výsledků "
                    "voleb. Žádáme o přístup k serveru s výsledky ve formátu XML.",
                    {
                        "rows": [
                            ["Položka", "Údaj"],
                            ["IP adresy (produkce)", "192.0.2.180 až 192.0.2.183"],
                            ["Testovací IP", "nebudeme využívat"],
                            ["Natáčení", "nežádáme"],
                            ["Kontakt", "RNDr. Lenka Páralová, 222 541 097, paralova@uvvm.example"],
                        ],
                        "widths": [140, 220],
                    },
                    "prof. Ing. Vladimír Hrubý, CSc., ředitel",
                ],
            )
        ],
    },
    {
        "id": "xc013-nat-internal-hosts",
        "description": "regional radio names internal hosts behind NAT and the public "
        "addresses they go out through; polite conditional request to film counts",
        "style": Style.NETWORK,
        "labels": L(
            [FEED, FILM],
            "Rádio Pardubický kraj, s.r.o.",
            I13,
            None,
            ["198.51.100.90"],
            ["198.51.100.91"],
            "Michal Zedník",
            "zednik@radiopk.example",
            "+420466051882",
        ),
        "from": "Michal Zedník <zednik@radiopk.example>",
        "subject": "Žádost – výsledky voleb XML a natáčení",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            f"Rádio Pardubický kraj, s.r.o. (IČO {I13}) žádá o přístup k výsledkům voleb "
            "ve formátu XML.\n\n"
            "K technice: náš stahovací server má interní adresu 10.20.0.15 a ven jde přes "
            "NAT s veřejnou adresou 198.51.100.90 – tu prosím povolte pro ostrý provoz. "
            "Testovací stroj (interně 192.168.1.44) jde ven přes 198.51.100.91.\n\n"
            "Pokud to bude možné, rádi bychom také natočili krátkou reportáž na sběrném "
            "místě v Pardubicích (jen redaktor s mikrofonem a fotoaparátem).\n\n"
            "Kontakt: Michal Zedník, technik, 466 051 882, zednik@radiopk.example\n\n"
            "Děkuji\nMichal Zedník\n"
        ),
    },
    {
        "id": "xc014-forward-own-original-new-phone",
        "description": "freelance photographer forwards his own unanswered mail as an .eml "
        "and gives a new phone number; filming only",
        "style": Style.FORWARD,
        "labels": L(
            [FILM],
            "Vít Kolařík",
            None,
            None,
            [],
            [],
            "Vít Kolařík",
            "vit@kolarikfoto.example",
            "+420774218650",
        ),
        "from": "Vít Kolařík <vit@kolarikfoto.example>",
        "subject": "Fwd: povolení fotografovat na sběrném místě",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "posílám znovu svou žádost z minulého týdne (v příloze), asi zapadla. Jen "
            "pozor, telefon se mi mezitím změnil – nové číslo je 774 218 650, to staré už "
            "nepoužívám.\n\nDěkuji, Vít Kolařík\n"
        ),
        "attachments": [
            (
                "eml",
                "povoleni_foto.eml",
                {
                    "id": "xc014-inner",
                    "from": "Vít Kolařík <vit@kolarikfoto.example>",
                    "subject": "povolení fotografovat na sběrném místě",
                    "headers": TBIRD,
                    "body": (
                        "Dobrý den,\n\njsem fotograf na volné noze (bez IČO, fotím pro "
                        "několik týdeníků) a rád bych požádal o povolení fotografovat a "
                        "natáčet krátká videa na sběrném místě ČSÚ v Olomouci ve volební noc. "
                        "Data v XML nepotřebuji.\n\n"
                        "Vít Kolařík\ntel. 605 992 140\nkolarikfoto.example\n"
                    ),
                },
            )
        ],
    },
]
