"""Thirty-ninth held-out part ``ao``, cases ao001–ao014: a German publisher, a Polish radio, a
Slovak news site with a written range and an IPv6 test address, a freelance cameraman who only
films, a university faculty with a netmask, a municipality's data message, an IT contractor
writing for a television, a Hungarian weekly, a French agency's "respectivement", a replaced
host in a format=flowed mail, a filming request withdrawn in a postscript, an agency's DOCX in a
data message, a Spanish crew that only films and a long PDF letter. Written by hand apart from
the extraction rules (see make_thirtyninth_ao); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyninth_ao_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I3, I4, I5 = ico("3678214"), ico("7452136"), ico("6081542")
I6, I7, I7C, I10 = ico("0027931"), ico("2834617"), ico("0621975"), ico("4615082")
I11, I12, I14 = ico("2690473"), ico("4718260"), ico("2548193")

CASES: list[dict[str, Any]] = [
    {
        "id": "ao001-german-publisher-ansprechpartner",
        "description": "German publisher writing German; the contact is a colleague named "
        "'Ansprechpartner', the signer's switchboard comes later; filming declined",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Oderbote Verlag GmbH",
            None,
            None,
            ["198.51.100.21", "198.51.100.22"],
            ["198.51.100.29"],
            "Jens Pietsch",
            "jens.pietsch@oderbote.example",
            "+493355521804",
        ),
        "from": '"Dr. Katrin Mahler" <k.mahler@oderbote.example>',
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML)",
        "headers": OUTLOOK,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "für unsere grenzüberschreitende Berichterstattung über die Wahlen in Tschechien "
            "beantragen wir, die Oderbote Verlag GmbH (Frankfurt (Oder), HRB 4471 FF), "
            "Herausgeberin der Tageszeitung „Der Oderbote“, den Zugang zu den vorläufigen "
            "Wahlergebnissen im XML-Format.\n\n"
            "Produktivsysteme: 198.51.100.21 und 198.51.100.22 (redundant, zwei Standorte)\n"
            "Testsystem: 198.51.100.29\n\n"
            "Ansprechpartner für die technische Abstimmung ist unser Kollege Herr Jens "
            "Pietsch (IT-Leitung), jens.pietsch@oderbote.example, Tel. +49 (0)335 5521 804.\n\n"
            "Eine Drehgenehmigung für die Sammelstellen benötigen wir nicht; wir berichten "
            "aus der Redaktion.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Dr. Katrin Mahler\nStellv. Chefredakteurin\nOderbote Verlag GmbH\n"
            "Karl-Marx-Str. 18, 15230 Frankfurt (Oder)\nZentrale +49 335 5521 800\n"
            "www.oderbote.example\n\n"
            "Geschäftsführer: Tobias Reinholz | Amtsgericht Frankfurt (Oder) HRB 4471 FF | "
            "USt-IdNr. DE 812 447 903\n"
        ),
    },
    {
        "id": "ao002-polish-radio-cidr-both",
        "description": "Polish radio in Polish asks for the feed and for recording; production "
        "as a /30 block, test single; mobile before the switchboard",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Radio Beskid Sp. z o.o.",
            None,
            None,
            ["198.51.100.0", "198.51.100.1", "198.51.100.2", "198.51.100.3"],
            ["198.51.100.9"],
            "Magdalena Wróbel",
            "m.wrobel@radiobeskid.example",
            "+48601223918",
        ),
        "from": "Magdalena Wróbel <m.wrobel@radiobeskid.example>",
        "subject": "Wniosek o dostęp do wyników wyborów XML / zgoda na nagrywanie",
        "headers": GMAIL,
        "body": (
            "Szanowni Państwo,\n\n"
            "w imieniu spółki Radio Beskid Sp. z o.o. (Bielsko-Biała, KRS 0000418822) "
            "zwracam się z prośbą o:\n"
            "1) dostęp do serwera z wynikami wyborów w formacie XML,\n"
            "2) zgodę na nagrywanie materiału w punkcie zbierania wyników ČSÚ w Ostrawie "
            "w noc wyborczą (reporter + operator, bez oświetlenia).\n\n"
            "Adresy IP produkcyjne: 198.51.100.0/30\n"
            "Adres IP testowy: 198.51.100.9\n\n"
            "Osoba kontaktowa: Magdalena Wróbel, kom. +48 601 223 918\n"
            "(centrala radia: +48 33 812 44 00)\n\n"
            "Z poważaniem\nMagdalena Wróbel\nkierownik działu informacji\nRadio Beskid\n"
        ),
        "html": (
            '<div dir="ltr"><p>Szanowni Państwo,</p>'
            "<p>w imieniu spółki <b>Radio Beskid Sp. z o.o.</b> (Bielsko-Biała, KRS "
            "0000418822) zwracam się z prośbą o:<br>1) dostęp do serwera z wynikami wyborów "
            "w formacie XML,<br>2) zgodę na nagrywanie materiału w punkcie zbierania wyników "
            "ČSÚ w Ostrawie w noc wyborczą (reporter + operator, bez oświetlenia).</p>"
            "<p>Adresy IP produkcyjne: 198.51.100.0/30<br>Adres IP testowy: 198.51.100.9</p>"
            "<p>Osoba kontaktowa: Magdalena Wróbel, kom. +48 601 223 918<br>(centrala radia: "
            "+48 33 812 44 00)</p><p>Z poważaniem<br>Magdalena Wróbel<br>kierownik działu "
            "informacji<br>Radio Beskid</p></div>"
        ),
    },
    {
        "id": "ao003-slovak-range-ipv6-test",
        "description": "Slovak news site in Slovak (windows-1250): production as a written "
        "range of three, test address IPv6",
        "style": Style.RANGES,
        "labels": L(
            [FEED],
            "Novinky Záhorie, s. r. o.",
            I3,
            None,
            ["203.0.113.20", "203.0.113.21", "203.0.113.22"],
            ["2001:db8:40::15"],
            "Marek Šimko",
            "simko@novinkyzahorie.example",
            "+421905318442",
        ),
        "from": "Marek Šimko <simko@novinkyzahorie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb vo formáte XML",
        "headers": TBIRD,
        "charset": "windows-1250",
        "body": (
            "Dobrý deň,\n\n"
            "v mene spoločnosti Novinky Záhorie, s. r. o., so sídlom Senica, IČO "
            f"{I3[:2]} {I3[2:5]} {I3[5:]}, žiadame o prístup k priebežným výsledkom volieb "
            "vo formáte XML pre náš spravodajský portál.\n\n"
            "Produkčné IP adresy: rozsah 203.0.113.20 – 203.0.113.22\n"
            "Testovacia IP adresa: 2001:db8:40::15 (testujeme už len cez IPv6)\n\n"
            "Kontaktná osoba: Ing. Marek Šimko, tel. +421 905 318 442, "
            "simko@novinkyzahorie.example\n\n"
            "Ďakujem a prajem pekný deň\nMarek Šimko\nvedúci IT, Novinky Záhorie\n"
        ),
    },
    {
        "id": "ao004-freelance-cameraman-terse-film-only",
        "description": "terse iPhone note from a freelance cameraman: filming only, the feed "
        "explicitly not needed, IČO typed with spaces",
        "style": Style.FREELANCER,
        "labels": L(
            [FILM],
            "Tomáš Kubeš",
            I4,
            None,
            [],
            [],
            "Tomáš Kubeš",
            "tomas.kubes.kamera@seznam.example",
            "+420604771302",
        ),
        "from": "Tomáš Kubeš <tomas.kubes.kamera@seznam.example>",
        "subject": "natáčení volby HK",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobrý den, jsem kameraman na volné noze (OSVČ) a točím pro zpravodajství více "
            "stanic. Prosím o povolení natáčet na vašem sběrném místě v Hradci Králové ve "
            "volební noc cca 21–24 h. XML data nepotřebuju.\n"
            f"Tomáš Kubeš, IČ {I4[:3]} {I4[3:5]} {I4[5:]}, tel 604 771 302\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "ao005-university-faculty-netmask",
        "description": "a faculty writes for its student newsroom: the university applies; an "
        "address with a /31 netmask means two; testing from the same; contact a student",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Středočeská univerzita v Kladně",
            I5,
            None,
            ["192.0.2.64", "192.0.2.65"],
            [],
            "Filip Raušer",
            "filip.rauser@fhs.sukladno.example",
            "+420731558204",
        ),
        "from": '"doc. PhDr. Alena Horáková, Ph.D." <alena.horakova@fhs.sukladno.example>',
        "subject": "Žádost o přístup k XML výsledkům voleb – studentská redakce FHS",
        "headers": ZIMBRA,
        "body": (
            "Vážení,\n\n"
            "Katedra žurnalistiky Fakulty humanitních studií Středočeské univerzity v Kladně "
            "provozuje studentský zpravodajský web Kladenský student, na kterém chceme ve "
            "volební noc zveřejňovat průběžné výsledky. Jménem Středočeské univerzity "
            f"v Kladně (IČO {I5}) proto žádáme o zřízení přístupu k výsledkům ve formátu XML.\n\n"
            "Náš server má adresu 192.0.2.64 s maskou 255.255.255.254 (dvě adresy, oba "
            "uzly clusteru). Testovat budeme ze stejných adres, samostatný testovací stroj "
            "nemáme.\n\n"
            "Kontaktní osobou je náš doktorand Bc. Filip Raušer, "
            "filip.rauser@fhs.sukladno.example, 731 558 204 – web spravuje on.\n\n"
            "S pozdravem\n\n"
            "doc. PhDr. Alena Horáková, Ph.D.\nvedoucí Katedry žurnalistiky FHS\n"
            "Středočeská univerzita v Kladně\nnám. Starosty Pavla 9, 272 01 Kladno\n"
            "tel. 312 608 410\n"
        ),
    },
    {
        "id": "ao006-databox-municipality-annotation-only",
        "description": "municipality's data message: the application only in the annotation, "
        "the attached PDF is the mayor's authorisation of the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Obec Horní Radechová",
            I6,
            "h3rd8wq",
            ["203.0.113.61"],
            ["203.0.113.62"],
            "Jana Lédlová",
            "ledlova@horniradechova.example",
            "+420491452117",
        ),
        "subject": (
            f"Žádost o přístup k XML výsledkům voleb – Obec Horní Radechová, IČO {I6}; "
            "produkční IP 203.0.113.61, testovací IP 203.0.113.62; kontakt Jana Lédlová, "
            "491 452 117, ledlova@horniradechova.example"
        ),
        "databox": {
            "box": "h3rd8wq",
            "sender": "Obec Horní Radechová",
            "address": "Horní Radechová 55, 547 01 Náchod",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "povereni_starosty.pdf",
                [
                    "Obec Horní Radechová, Horní Radechová 55, 547 01 Náchod",
                    "POVĚŘENÍ",
                    "Starosta obce Horní Radechová pověřuje paní Janu Lédlovou, referentku "
                    "obecního úřadu, jednáním s Českým statistickým úřadem ve věci přístupu "
                    "obce k výsledkům voleb pro obecní zpravodaj a web.",
                    "V Horní Radechové dne 2. 9. 2026",
                    "Miroslav Hejzlar, starosta",
                ],
            )
        ],
    },
    {
        "id": "ao007-it-contractor-for-television",
        "description": "an IT contractor applies for its client television: the client is the "
        "applicant, the contractor the contact; roles by order ('první … druhý')",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "TV Podbrdsko s.r.o.",
            I7,
            None,
            ["198.51.100.30"],
            ["198.51.100.31"],
            "Petr Zavadil",
            "zavadil@bytewerk.example",
            "+420777040915",
        ),
        "from": "Petr Zavadil <zavadil@bytewerk.example>",
        "cc": "Hana Šindelářová <sindelarova@tvpodbrdsko.example>",
        "subject": "TV Podbrdsko – přístup k výsledkům voleb (XML)",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "jsme IT dodavatel společnosti TV Podbrdsko s.r.o. (IČO "
            f"{I7}), pro kterou zajišťujeme web a grafiku volebního vysílání. Jejich jménem "
            "žádám o zřízení přístupu k výsledkům voleb ve formátu XML.\n\n"
            "Používat budeme dva stroje, 198.51.100.30 a 198.51.100.31 – první pro ostrý "
            "provoz, druhý jen na testy před volbami.\n\n"
            "Kontaktní osobou pro tuto žádost budu já, mobil 777 040 915. Za redakci se "
            "můžete obrátit na šéfredaktorku paní Hanu Šindelářovou (v kopii).\n\n"
            "S pozdravem\n\n"
            "Petr Zavadil\nBytewerk s.r.o. | Husova 212, 337 01 Rokycany\n"
            f"IČO {I7C} | tel. 371 120 330 | www.bytewerk.example\n"
        ),
    },
    {
        "id": "ao008-hungarian-weekly-backup",
        "description": "Hungarian outlet in Hungarian (iso-8859-2): 'éles' and 'tartalék' "
        "servers are production, 'teszt' the test; filming declined",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunamenti Hírek Kft.",
            None,
            None,
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.150"],
            "Szabó Eszter",
            "szabo.eszter@dunamentihirek.example",
            "+3696512380",
        ),
        "from": "Szabó Eszter <szabo.eszter@dunamentihirek.example>",
        "subject": "Hozzáférés kérése – választási eredmények XML",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": (
            "Tisztelt Hölgyem/Uram!\n\n"
            "A Dunamenti Hírek Kft. (Győr, cégjegyzékszám 08-09-031447) nevében kérjük "
            "hozzáférés biztosítását a cseh választási eredmények XML-szerveréhez.\n\n"
            "Éles szerver: 203.0.113.140\n"
            "Tartalék szerver: 203.0.113.141\n"
            "Teszt szerver: 203.0.113.150\n\n"
            "Forgatási engedélyre nincs szükségünk.\n\n"
            "Kapcsolattartó: Szabó Eszter, tel. +36 96 512 380, "
            "szabo.eszter@dunamentihirek.example\n\n"
            "Üdvözlettel:\nSzabó Eszter\nonline főszerkesztő-helyettes\n"
        ),
    },
    {
        "id": "ao009-french-agency-respectivement",
        "description": "French agency bureau, HTML only: production and test given by "
        "'respectivement'; both the feed and filming",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Presse Europe Centrale SAS",
            None,
            None,
            ["203.0.113.50"],
            ["203.0.113.51"],
            "Julien Marchetti",
            "j.marchetti@presse-ec.example",
            "+33612487730",
        ),
        "from": "Julien Marchetti <j.marchetti@presse-ec.example>",
        "subject": "Demande d'accès aux résultats électoraux et autorisation de tournage",
        "headers": APPLE,
        "html": (
            "<html><body><p>Madame, Monsieur,</p>"
            "<p>Le bureau de Prague de l'agence <b>Presse Europe Centrale SAS</b> (Lyon, "
            "RCS 831 204 577) souhaite obtenir l'accès au flux XML des résultats des "
            "élections ainsi que l'autorisation de filmer au point de collecte du ČSÚ à "
            "Prague pendant la soirée électorale (une équipe de deux personnes).</p>"
            "<p>Nos adresses de production et de test sont respectivement 203.0.113.50 et "
            "203.0.113.51.</p>"
            "<p>Contact&nbsp;: Julien Marchetti, correspondant à Prague, +33 6 12 48 77 30, "
            '<a href="mailto:j.marchetti@presse-ec.example">j.marchetti@presse-ec.example'
            "</a></p><p>Je vous prie d'agréer, Madame, Monsieur, l'expression de mes "
            "salutations distinguées.</p><p>Julien Marchetti<br>Presse Europe Centrale<br>"
            "Bureau de Prague, Vinohradská 40</p></body></html>"
        ),
    },
    {
        "id": "ao010-flowed-replaced-host",
        "description": "format=flowed mail: the old production server replaced by a new one, "
        "the role sentence wrapped across soft breaks",
        "style": Style.REPLACED,
        "labels": L(
            [FEED],
            "Vydavatelství Pootaví s.r.o.",
            I10,
            None,
            ["198.51.100.144"],
            ["198.51.100.45"],
            "Libor Kohout",
            "kohout@pootavi.example",
            "+420383412905",
        ),
        "from": "Libor Kohout <kohout@pootavi.example>",
        "subject": "Týdeník Pootaví – XML výsledky voleb, aktualizace adres",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "za Vydavatelství Pootaví s.r.o. (IČO "
            f"{I10}), vydavatele Týdeníku Pootaví, znovu žádáme o přístup k výsledkům voleb "
            "\nve formátu XML jako v minulých letech, jen se nám změnily adresy.\n\n"
            "Náš původní server 198.51.100.44 jsme v létě vyřadili, nahradil ho nový \n"
            "198.51.100.144, který bude produkční; testovací zůstává beze změny \n"
            "198.51.100.45.\n\n"
            "Kontakt: Libor Kohout, 383 412 905, kohout@pootavi.example\n\n"
            "Díky,\nLibor Kohout\ntechnik redakce\n"
        ),
    },
    {
        "id": "ao011-film-withdrawn-in-postscript",
        "description": "asks for feed and filming, then withdraws filming in a postscript",
        "style": Style.WITHDRAWN,
        "labels": L(
            [FEED],
            "Rádio Lipno, s.r.o.",
            I11,
            None,
            ["192.0.2.180", "192.0.2.181"],
            ["192.0.2.190"],
            "Zuzana Makovcová",
            "makovcova@radiolipno.example",
            "+420602881403",
        ),
        "from": "Zuzana Makovcová <makovcova@radiolipno.example>",
        "subject": "Žádost – XML výsledky a natáčení",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"Rádio Lipno, s.r.o., IČO {I11}, žádá o:\n"
            "- přístup k výsledkům voleb ve formátu XML,\n"
            "- povolení natáčet na sběrném místě v Českých Budějovicích.\n\n"
            "Produkce: 192.0.2.180, 192.0.2.181\n"
            "Test: 192.0.2.190\n\n"
            "Kontakt: Zuzana Makovcová, 602 881 403\n\n"
            "Děkuji\nZuzana Makovcová\nprogramová ředitelka\n\n"
            "P.S. Natáčení prosím škrtněte, kolega mi právě řekl, že ten večer nemáme "
            "volného reportéra. Zůstává jen ten přístup k XML.\n"
        ),
    },
    {
        "id": "ao012-databox-agency-docx-31",
        "description": "news agency's data message, application only in a DOCX with a header "
        "line and a role table; test as a /31 block; the office's identifiers in the letter",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Zpravodajská agentura Morava a.s.",
            I12,
            "zm4ag7k",
            ["192.0.2.140", "192.0.2.141"],
            ["192.0.2.142", "192.0.2.143"],
            "Radek Pluhař",
            "pluhar@zamorava.example",
            "+420585204771",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "zm4ag7k",
            "sender": "Zpravodajská agentura Morava a.s.",
            "address": "Palackého 14, 779 00 Olomouc",
        },
        "attachments": [
            (
                "docx",
                "ZAM_zadost_volby.docx",
                {
                    "header": f"Zpravodajská agentura Morava a.s. · IČO {I12} · "
                    "Palackého 14, Olomouc",
                    "blocks": [
                        "Český statistický úřad",
                        "Na padesátém 81, 100 82 Praha 10 (IČO 00025593, DS 2gfaasy)",
                        "Olomouc 4. 9. 2026",
                        "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                        "Zpravodajská agentura Morava a.s. žádá o zřízení přístupu k "
                        "výsledkům voleb pro svůj agenturní servis.",
                        {
                            "rows": [
                                ["Prostředí", "Adresa", "Pozn."],
                                ["produkce", "192.0.2.140", "primární"],
                                ["produkce", "192.0.2.141", "záložní"],
                                ["test", "192.0.2.142/31", "dvě VM"],
                            ]
                        },
                        "Kontaktní osoba: Radek Pluhař, vedoucí IT, +420 585 204 771, "
                        "pluhar@zamorava.example",
                        "Ing. Blanka Vitásková, předsedkyně představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "ao013-spanish-crew-film-only",
        "description": "Spanish broadcaster in Spanish asks only to film; the XML access is "
        "explicitly not needed",
        "style": Style.DECLINED,
        "labels": L(
            [FILM],
            "Radiotelevisión Meseta S.A.",
            None,
            None,
            [],
            [],
            "Lucía Ferrer Soto",
            "lferrer@rtvmeseta.example",
            "+34612447903",
        ),
        "from": "Lucía Ferrer Soto <lferrer@rtvmeseta.example>",
        "subject": "Solicitud de permiso de grabación – noche electoral",
        "headers": GMAIL,
        "cte": "base64",
        "body": (
            "Estimados señores:\n\n"
            "Soy productora de informativos de Radiotelevisión Meseta S.A. (Valladolid). "
            "Un equipo nuestro (periodista y cámara) estará en Praga durante las "
            "elecciones y solicitamos únicamente el permiso de grabación en el centro de "
            "recogida de resultados del ČSÚ en Praga la noche electoral.\n\n"
            "No necesitamos el acceso a los datos XML; seguiremos los resultados en la web.\n\n"
            "Persona de contacto: Lucía Ferrer Soto, móvil +34 612 447 903, "
            "lferrer@rtvmeseta.example. El cámara, Andrés Gil, tiene el +34 655 120 348.\n\n"
            "Un cordial saludo,\nLucía Ferrer Soto\nRTV Meseta – Informativos\n"
        ),
    },
    {
        "id": "ao014-long-pdf-letter-assistant-sends",
        "description": "an assistant sends the editor-in-chief's long PDF letter: a wrapped "
        "role table with a range and a temporary test host, both request types; the "
        "contact's mobile after the switchboard",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Krkonošské noviny, s.r.o.",
            I14,
            None,
            ["203.0.113.170", "203.0.113.171"],
            ["203.0.113.175"],
            "Vladimír Hořejší",
            "horejsi@krkonosske.example",
            "+420602515884",
        ),
        "from": "Klára Dušková <duskova@krkonosske.example>",
        "subject": "Žádost Krkonošských novin – volby",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze zasílám žádost našeho šéfredaktora pana Hořejšího.\n\n"
            "S pozdravem\nKlára Dušková\nasistentka redakce\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_KN_volby.pdf",
                [
                    f"Krkonošské noviny, s.r.o., Horská 310, 543 01 Vrchlabí, IČO {I14}",
                    "Vážená paní, vážený pane,",
                    "Krkonošské noviny sledují volby v regionu již třicet let a letos "
                    "poprvé chceme čtenářům na webu nabídnout průběžné výsledky po obcích "
                    "přímo z Vašich dat. Žádáme proto o zřízení přístupu k výsledkům "
                    "voleb ve formátu XML pro níže uvedené servery. Zároveň žádáme o "
                    "povolení pořizovat fotografie a videozáznam na sběrném místě v "
                    "Trutnově během volební noci; půjde o jednoho fotografa a jednoho "
                    "redaktora s kamerou.",
                    {
                        "rows": [
                            ["Účel serveru", "IP adresa"],
                            [
                                "Produkční servery (primární a záložní v serverovně v Hostinném)",
                                "203.0.113.170 – 203.0.113.171",
                            ],
                            [
                                "Testovací server (dočasný virtuál, po volbách bude zrušen)",
                                "203.0.113.175",
                            ],
                        ],
                        "widths": [200, 120],
                    },
                    "Kontaktní osoba: Mgr. Vladimír Hořejší, šéfredaktor, "
                    "horejsi@krkonosske.example, tel. ústředna 499 811 200, "
                    "mobil 602 515 884.",
                    "S úctou\nMgr. Vladimír Hořejší\nšéfredaktor",
                ],
            )
        ],
    },
]
