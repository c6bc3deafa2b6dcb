"""Thirty-sixth held-out part ``af``, cases af001–af014: a German daily with "bzw.", a Polish
portal with "odpowiednio", a Slovak TV with a written range, a Hungarian site that wants only to
film, a freelancer's terse note, a university faculty with a CIDR block, a town's data message
with the application only in its annotation, an agency's DOCX with a netmask, an IT contractor
writing for a radio, a French bureau with IPv6, a withdrawn filming request, filming left for a
later election, a Spanish radio writing half in English and a forwarded Swedish request. Written
by hand apart from the extraction rules (see make_thirtysixth_af); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtysixth_af_common import (
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

I3, I5, I6, I7 = ico("3694215"), ico("0729431"), ico("0051187"), ico("0257419")
I8, I9, I9C, I11 = ico("2716043"), ico("2858106"), ico("0615732"), ico("2674590")
I12, I14C = ico("0094173"), ico("0583226")

CASES: list[dict[str, Any]] = [
    {
        "id": "af001-de-daily-bzw-contact-colleague",
        "description": "German daily writing German, production and test given with 'bzw.', "
        "filming declined, contact a named colleague rather than the IT sender",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Elbtal-Kurier Verlagsgesellschaft mbH",
            None,
            None,
            ["198.51.100.140"],
            ["198.51.100.141"],
            "Sabine Lorenz",
            "lorenz@elbtal-kurier.example",
            "+4935148642210",
        ),
        "from": "Thomas Reuther <t.reuther@elbtal-kurier.example>",
        "subject": "Antrag: Zugang zu den Wahlergebnissen (XML) – Elbtal-Kurier",
        "headers": TBIRD,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Elbtal-Kurier Verlagsgesellschaft mbH (Dresden) berichtet seit vielen Jahren "
            "auch über die Politik in Tschechien und möchte am Wahlabend die Ergebnisse live auf "
            "elbtal-kurier.example/tschechien darstellen. Wir beantragen daher den Zugang zu "
            "Ihrem XML-Server.\n\n"
            "Unser Produktiv- bzw. Testsystem hat die IP-Adresse 198.51.100.140 bzw. "
            "198.51.100.141. Abgerufen wird per HTTPS (Port 443) etwa alle 60 Sekunden.\n\n"
            "Eine Drehgenehmigung benötigen wir nicht, wir kommen nicht mit einem Team nach "
            "Prag.\n\n"
            "Ansprechpartnerin für den Antrag ist meine Kollegin aus der Onlineredaktion, "
            "Frau Sabine Lorenz (Tel. +49 351 4864-2210, lorenz@elbtal-kurier.example). Bei "
            "technischen Fragen können Sie sich gern auch an mich wenden.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Thomas Reuther\nLeiter IT-Betrieb\n"
            "Elbtal-Kurier Verlagsgesellschaft mbH\nOstra-Allee 9, 01067 Dresden\n"
            "Tel. +49 351 4864-1100\n"
            "Amtsgericht Dresden HRB 18 442 · USt-IdNr. DE 811 204 387\n"
        ),
    },
    {
        "id": "af002-pl-portal-odpowiednio-both",
        "description": "Polish regional portal in Polish (iso-8859-2), two addresses then "
        "'odpowiednio produkcyjny i testowy', also asks to record in Ostrava; NIP is no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Wiadomości Śląskie sp. z o.o.",
            None,
            None,
            ["203.0.113.200"],
            ["203.0.113.201"],
            "Agnieszka Wróbel",
            "a.wrobel@wiadomoscislaskie.example",
            "+48325550187",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@wiadomoscislaskie.example>",
        "subject": "Wniosek o dostęp do wyników wyborów / žádost o přístup",
        "headers": OUTLOOK,
        "charset": "iso-8859-2",
        "body": (
            "Szanowni Państwo,\n\n"
            "piszę w imieniu redakcji portalu Wiadomości Śląskie (Wiadomości Śląskie sp. z o.o., "
            "Katowice, NIP 634-281-55-07). Nasz portal ma wielu czytelników po czeskiej "
            "stronie granicy, dlatego chcielibyśmy w noc wyborczą publikować wyniki na żywo.\n\n"
            "Prosimy o dostęp do serwera z wynikami w formacie XML z adresów 203.0.113.200 "
            "i 203.0.113.201 - odpowiednio produkcyjny i testowy.\n\n"
            "Chcielibyśmy również nagrywać materiał wideo w punkcie zbierania wyników "
            "w Ostrawie (reporter + operator kamery, 2 osoby).\n\n"
            "Osobą kontaktową jestem ja: Agnieszka Wróbel, tel. +48 32 555 01 87, "
            "a.wrobel@wiadomoscislaskie.example.\n\n"
            "Z poważaniem / S pozdravem\nAgnieszka Wróbel\nzastępca redaktora naczelnego\n"
            "Wiadomości Śląskie sp. z o.o.\nul. Mickiewicza 14, 40-092 Katowice\n"
        ),
    },
    {
        "id": "af003-sk-tv-range-declined-filming",
        "description": "Slovak regional TV, production as a written range of four addresses, "
        "one test address, filming explicitly not requested, IČO with spaces",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Televízia Záhorie, s. r. o.",
            I3,
            None,
            ["198.51.100.32", "198.51.100.33", "198.51.100.34", "198.51.100.35"],
            ["198.51.100.36"],
            "Marek Hudec",
            "hudec@tvzahorie.example",
            "+421905318442",
        ),
        "from": "Marek Hudec <hudec@tvzahorie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb vo formáte XML",
        "headers": ZIMBRA,
        "charset": "windows-1250",
        "body": (
            "Dobrý deň,\n\n"
            "Televízia Záhorie, s. r. o., IČO "
            f"{I3[:2]} {I3[2:5]} {I3[5:]}, so sídlom Štefánikova 21, 901 01 Malacky, žiada o "
            "prístup k serveru s priebežnými výsledkami volieb do Poslaneckej snemovne.\n\n"
            "Produkčné servery: 198.51.100.32 – 198.51.100.35 (štyri uzly za load balancerom)\n"
            "Testovací server: 198.51.100.36\n\n"
            "O povolenie na nakrúcanie na zbernom mieste nežiadame, spravodajstvo budeme "
            "pripravovať len zo štúdia.\n\n"
            "Kontaktná osoba: Marek Hudec, technický riaditeľ, +421 905 318 442\n\n"
            "S pozdravom\nMarek Hudec\nTelevízia Záhorie\nwww.tvzahorie.example\n"
        ),
    },
    {
        "id": "af004-hu-site-filming-only",
        "description": "Hungarian news site in Hungarian with an English summary, only a filming "
        "permit, the XML data explicitly not needed",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Határhír Média Kft.",
            None,
            None,
            [],
            [],
            "Kovács Eszter",
            "kovacs.eszter@hatarhir.example",
            "+36304418265",
        ),
        "from": "Kovács Eszter <kovacs.eszter@hatarhir.example>",
        "subject": "Forgatási engedély kérelem / filming permit request",
        "headers": APPLE,
        "body": (
            "Tisztelt Hölgyem / Uram!\n\n"
            "A Határhír Média Kft. (Győr) nevében kérem, hogy engedélyezzék számunkra a "
            "forgatást a prágai eredménygyűjtő helyen a választás éjszakáján. A stábunk két "
            "főből áll: Kovács Eszter riporter és Szűcs Bence operatőr.\n\n"
            "Az XML-formátumú eredményekre nincs szükségünk, azokat a nyilvános oldalról "
            "vesszük át.\n\n"
            "In English, in short: we only ask for a permit to film at your Prague results "
            "centre on election night; we do not need access to the XML server.\n\n"
            "Kapcsolattartó: Kovács Eszter, +36 30 441 8265\n\n"
            "Üdvözlettel / Best regards\nKovács Eszter\nHatárhír Média Kft.\n"
            "9021 Győr, Baross Gábor út 3.\n"
        ),
    },
    {
        "id": "af005-freelancer-terse-filming",
        "description": "three-line note from a freelance documentarist's iPhone, filming only, "
        "IČ and a phone without spaces, date in the text",
        "style": Style.FREELANCER,
        "labels": L(
            [FILM],
            "Jan Kubíček",
            I5,
            None,
            [],
            [],
            "Jan Kubíček",
            "kubicek.film@email.example",
            "+420602711348",
        ),
        "from": "Jan Kubíček <kubicek.film@email.example>",
        "subject": "natáčení 4.10.",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobrý den, prosím o povolení natáčet na sběrném místě v Jihlavě v noci 4.–5.10. "
            "(dokument o volební noci, jsem na volné noze, jen já a kamera).\n"
            f"Jan Kubíček, IČ {I5}, tel 602711348\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "af006-university-faculty-cidr",
        "description": "a university faculty's research team, production as a /30 block, testing "
        "from the same range; the university applies, the contact a named PhD student",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Masarykova univerzita",
            I6,
            None,
            ["192.0.2.64", "192.0.2.65", "192.0.2.66", "192.0.2.67"],
            [],
            "Tomáš Vybíral",
            "vybiral@fss.muni.example",
            "+420549493811",
        ),
        "from": "doc. PhDr. Lenka Sýkorová Ph.D. <sykorova@fss.muni.example>",
        "subject": "Přístup k XML výsledkům voleb pro výzkumný projekt",
        "headers": TBIRD,
        "body": (
            "Vážení,\n\n"
            "Katedra politologie Fakulty sociálních studií, Masarykova univerzita, "
            f"IČO {I6}, řeší projekt volebního chování (GA ČR 24-10377S) a rádi bychom "
            "ve volební noci stahovali průběžné výsledky pro naši analytickou aplikaci.\n\n"
            "Žádáme proto o přístup k serveru s výsledky ve formátu XML z našeho rozsahu "
            "192.0.2.64/30. Samostatný testovací stroj nemáme, testovat budeme ze stejného "
            "rozsahu.\n\n"
            "Kontaktní osobou za projekt je náš doktorand Mgr. Tomáš Vybíral "
            "(vybiral@fss.muni.example, tel. 549 49 3811).\n\n"
            "S pozdravem\n"
            "doc. PhDr. Lenka Sýkorová, Ph.D.\nvedoucí řešitelského týmu\n"
            "Fakulta sociálních studií MU, Joštova 10, 602 00 Brno\n"
        ),
        "html": (
            "<html><body><p>Vážení,</p>"
            "<p>Katedra politologie Fakulty sociálních studií, Masarykova univerzita, "
            f"IČO {I6}, řeší projekt volebního chování (GA ČR 24-10377S) a rádi bychom "
            "ve volební noci stahovali průběžné výsledky pro naši analytickou aplikaci.</p>"
            "<p>Žádáme proto o přístup k serveru s výsledky ve formátu XML z našeho rozsahu "
            "<b>192.0.2.64/30</b>. Samostatný testovací stroj nemáme, testovat budeme ze "
            "stejného rozsahu.</p>"
            "<p>Kontaktní osobou za projekt je náš doktorand Mgr. Tomáš Vybíral "
            '(<a href="mailto:vybiral@fss.muni.example">vybiral@fss.muni.example</a>, '
            "tel. 549 49 3811).</p>"
            "<p>S pozdravem<br>doc. PhDr. Lenka Sýkorová, Ph.D.<br>vedoucí řešitelského týmu"
            "<br>Fakulta sociálních studií MU, Joštova 10, 602 00 Brno</p></body></html>"
        ),
    },
    {
        "id": "af007-databox-town-annotation-only",
        "description": "town's data message with the whole application in the annotation; the "
        "attached PDF is only the mayor's authorisation of the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Lipník nad Dřevnicí",
            I7,
            "t4wq9mb",
            ["203.0.113.150"],
            ["203.0.113.151"],
            "Petr Hon",
            "hon@lipnikdr.example",
            "+420731204566",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb: prod. 203.0.113.150, test. "
        "203.0.113.151; kontakt Petr Hon, 731 204 566, hon@lipnikdr.example",
        "databox": {
            "box": "t4wq9mb",
            "sender": "Město Lipník nad Dřevnicí",
            "address": "Masarykovo nám. 1, 763 02 Lipník nad Dřevnicí",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "povereni_Hon.pdf",
                [
                    f"Město Lipník nad Dřevnicí, Masarykovo nám. 1, IČO: {I7}",
                    "POVĚŘENÍ",
                    "Pověřuji pana Petra Hona, referenta oddělení informatiky, jednáním s "
                    "Českým statistickým úřadem ve věci přístupu města k výsledkům voleb "
                    "(městský zpravodaj a web lipnikdr.example).",
                    "V Lipníku nad Dřevnicí dne 8. 9. 2025",
                    "Ing. Radka Šimečková, starostka",
                ],
            )
        ],
    },
    {
        "id": "af008-agency-docx-netmask",
        "description": "news agency's DOCX with a table: production an address with a netmask "
        "(four addresses), test a /32; a photographer's filming permit too",
        "style": Style.AGENCY,
        "labels": L(
            [FEED, FILM],
            "Středoevropská zpravodajská agentura, a.s.",
            I8,
            None,
            ["203.0.113.16", "203.0.113.17", "203.0.113.18", "203.0.113.19"],
            ["203.0.113.24"],
            "Kateřina Dvořáková",
            "dvorakova@sza.example",
            "+420222180450",
        ),
        "from": "Kateřina Dvořáková <dvorakova@sza.example>",
        "subject": "SZA – žádost o přístup a povolení k fotografování (volby 2025)",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze zasílám žádost naší agentury. Vše potřebné je v tabulce.\n\n"
            "S pozdravem\nKateřina Dvořáková\nprovozní ředitelka SZA\n"
        ),
        "attachments": [
            (
                "docx",
                "SZA_zadost_CSU_2025.docx",
                {
                    "header": "Středoevropská zpravodajská agentura, a.s. | Vodičkova 30, "
                    "110 00 Praha 1",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "Věc: Žádost o přístup k výsledkům voleb ve formátu XML a o povolení "
                        "fotografovat a natáčet",
                        "Středoevropská zpravodajská agentura, a.s. žádá o zřízení přístupu "
                        "k volebnímu serveru a o povolení pro fotografa a kameramana na "
                        "sběrném místě v Praze.",
                        {
                            "rows": [
                                ["Položka", "Údaj"],
                                ["Žadatel", "Středoevropská zpravodajská agentura, a.s."],
                                ["IČ", I8],
                                ["Produkční prostředí", "203.0.113.16 / 255.255.255.252"],
                                ["Testovací prostředí", "203.0.113.24/32"],
                                ["Natáčení / foto", "ano – 1 fotograf, 1 kameraman"],
                                ["Kontaktní osoba", "Kateřina Dvořáková"],
                                ["Telefon", "+420 222 180 450"],
                                ["E-mail", "dvorakova@sza.example"],
                            ]
                        },
                        "V Praze 11. 9. 2025",
                        "Kateřina Dvořáková, provozní ředitelka",
                    ],
                    "footer": "SZA a.s. · zapsaná v OR u MS v Praze, B 24190 · "
                    "č. ú. 2400917733/2010",
                },
            )
        ],
    },
    {
        "id": "af009-it-contractor-for-radio",
        "description": "an IT firm applies on behalf of its client radio; two IČOs (the "
        "contractor's and the radio's), an internal address behind NAT left out",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Rádio Podbeskydí s.r.o.",
            I9,
            None,
            ["198.51.100.77"],
            ["192.0.2.177"],
            "Radim Kociánek",
            "kocianek@netservis-fm.example",
            "+420739552180",
        ),
        "from": "Radim Kociánek <kocianek@netservis-fm.example>",
        "subject": "Žádost o přístup k XML – Rádio Podbeskydí (za nás jako dodavatele IT)",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "jsme externí správce IT pro Rádio Podbeskydí s.r.o., IČO "
            f"{I9}, a jejich jménem žádáme o zřízení přístupu k výsledkům voleb ve formátu XML "
            "(plná moc jednatele je k dispozici, případně ji pošlu).\n\n"
            "Stahovací skript běží na serveru s interní adresou 10.20.0.15, ven ale jde přes "
            "NAT s veřejnou adresou 198.51.100.77 – tu prosím povolte jako produkční.\n"
            "Na testování máme samostatnou VPS 192.0.2.177.\n\n"
            "Kontaktní osobou pro tuto žádost jsem já (technické i organizační věci), "
            "mobil 739 552 180.\n\n"
            "S pozdravem\nRadim Kociánek\n"
            f"NetServis FM s.r.o., IČO {I9C}\nFrýdek-Místek\n"
        ),
    },
    {
        "id": "af010-fr-bureau-ipv6-both",
        "description": "French press bureau in Prague writing French, production IPv4 and an "
        "uncompressed IPv6, a compressed IPv6 test address, asks to film too",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Agence Presse Europe Centrale SAS",
            None,
            None,
            ["198.51.100.25", "2001:db8:a10::25"],
            ["2001:db8:a10::26"],
            "Claire Moreau",
            "c.moreau@apec-presse.example",
            "+420776412093",
        ),
        "from": "Claire Moreau <c.moreau@apec-presse.example>",
        "subject": "Demande d'accès aux résultats XML et autorisation de tournage",
        "headers": GMAIL,
        "body": (
            "Madame, Monsieur,\n\n"
            "Je suis la correspondante à Prague de l'Agence Presse Europe Centrale SAS "
            "(Paris). Pour les élections législatives, nous souhaitons :\n\n"
            "1) obtenir l'accès au serveur des résultats au format XML depuis nos adresses "
            "de production 198.51.100.25 et 2001:0db8:0a10:0000:0000:0000:0000:0025 ; "
            "adresse de test : 2001:db8:a10::26 ;\n"
            "2) l'autorisation de filmer dans votre centre de dépouillement à Prague le soir "
            "des élections (une journaliste reporter d'images).\n\n"
            "Personne de contact : moi-même, Claire Moreau, tél. portable tchèque "
            "+420 776 412 093 (à Paris : +33 1 55 30 28 41).\n\n"
            "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.\n\n"
            "Claire Moreau\nAgence Presse Europe Centrale – bureau de Prague\n"
        ),
    },
    {
        "id": "af011-withdrawn-filming-test-typo",
        "description": "regional TV asks for both, then a P.S. withdraws filming and corrects "
        "the test address's last octet",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "TV Polabí s.r.o.",
            I11,
            None,
            ["192.0.2.57"],
            ["192.0.2.58"],
            "Dana Šrámková",
            "sramkova@tvpolabi.example",
            "+420608330215",
        ),
        "from": "Dana Šrámková <sramkova@tvpolabi.example>",
        "subject": "žádost volby – XML + natáčení",
        "headers": SEZNAM,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            f"za TV Polabí s.r.o. (IČO {I11}) žádám o:\n"
            "- přístup k serveru s výsledky voleb (XML), produkční IP 192.0.2.57, "
            "testovací IP 192.0.2.85\n"
            "- povolení natáčet na sběrném místě v Kolíně\n\n"
            "Kontakt: Dana Šrámková, 608 330 215\n\n"
            "Děkuji\nŠrámková\n\n"
            "P.S. Natáčení prosím škrtněte, štáb ten večer nebude k dispozici. A omlouvám "
            "se, testovací IP je 192.0.2.58, ne .85 (přehozené číslice).\n"
        ),
    },
    {
        "id": "af012-cable-tv-order-words-later-film",
        "description": "town cable TV, 'první … druhá' for production and test, filming left "
        "for the regional elections in 2028",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FEED],
            "Kabelová televize Hranice, příspěvková organizace",
            I12,
            None,
            ["203.0.113.88"],
            ["203.0.113.89"],
            "Libor Páleník",
            "palenik@ktvhranice.example",
            "+420581660327",
        ),
        "from": "Libor Páleník <palenik@ktvhranice.example>",
        "subject": "Volby do PS – přístup k datům",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "Kabelová televize Hranice, příspěvková organizace města, IČO "
            f"{I12}, by ráda ve volební noci vysílala průběžné výsledky ve smyčce. Posílám "
            "adresy 203.0.113.88 a 203.0.113.89 – první je ostrý server, druhá testovací.\n\n"
            "O povolení k natáčení na sběrném místě letos nežádáme, to bychom řešili až před "
            "krajskými volbami v roce 2028.\n\n"
            "Kontakt: Libor Páleník, vedoucí vysílání, tel. 581 660 327\n\n"
            "Děkuji a zdravím\nLibor Páleník\nKTV Hranice, Pernštejnské nám. 1\n"
        ),
    },
    {
        "id": "af013-es-radio-spanglish-backup",
        "description": "Spanish radio writing Spanish with English glosses (flowed), a backup "
        "server as a second production address, no test address ('ninguna')",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Meseta Informativa S.L.",
            None,
            None,
            ["192.0.2.140", "192.0.2.141"],
            [],
            "Javier Ortega",
            "jortega@radiomeseta.example",
            "+34915552761",
        ),
        "from": "Javier Ortega <jortega@radiomeseta.example>",
        "subject": "Solicitud acceso resultados XML / request for XML access",
        "headers": ROUNDCUBE,
        "flowed": True,
        "body": (
            "Hola, buenos días / good morning,\n\n"
            "somos Radio Meseta Informativa S.L. (Madrid) y vamos a cubrir las elecciones "
            "checas. We would like access to the XML results server.\n\n"
            "IP de producción / production: 192.0.2.140\n"
            "IP de respaldo / backup: 192.0.2.141\n"
            "IP de pruebas / test: ninguna (none)\n\n"
            "No necesitamos permiso de grabación, we won't be filming.\n\n"
            "Contacto: Javier Ortega, jefe técnico, +34 915 552 761\n\n"
            "Un saludo / regards,\nJavier Ortega\nRadio Meseta Informativa\n"
        ),
    },
    {
        "id": "af014-forward-swedish-request-fixer-contact",
        "description": "a Czech fixer forwards a Swedish producer's request as an attached "
        "message; the fixer says she is the contact; Swedish roles in the original",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Nordvind Media AB",
            None,
            None,
            ["203.0.113.60"],
            ["203.0.113.61"],
            "Tereza Holubová",
            "tereza@holubova-production.example",
            "+420724118095",
        ),
        "from": "Tereza Holubová <tereza@holubova-production.example>",
        "subject": "Fwd: Ansökan – valresultat XML och filmtillstånd",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám žádost švédské produkční společnosti Nordvind Media AB, pro kterou "
            "dělám místní produkci. Žádají o přístup k XML výsledkům i o povolení natáčet "
            "v pražském sběrném místě. Pan Lindqvist česky nemluví, proto kontaktní osobou "
            "pro tuto žádost budu já: Tereza Holubová, +420 724 118 095.\n\n"
            "Děkuji\nTereza Holubová\nHolubová Production, Praha\n"
        ),
        "attachments": [
            (
                "eml",
                "Ansokan_Nordvind.eml",
                {
                    "id": "af014-inner",
                    "from": "Erik Lindqvist <erik.lindqvist@nordvind.example>",
                    "to": "tereza@holubova-production.example",
                    "subject": "Ansökan – valresultat XML och filmtillstånd",
                    "headers": OUTLOOK,
                    "body": (
                        "Hej Tereza,\n\n"
                        "kan du skicka vidare vår ansökan till statistikmyndigheten?\n\n"
                        "Nordvind Media AB ansöker om tillgång till valresultaten i XML-format "
                        "och om tillstånd att filma i valcentret i Prag.\n\n"
                        "Produktion: 203.0.113.60\nTest: 203.0.113.61\n\n"
                        "Tack på förhand!\nErik Lindqvist\nproducent, Nordvind Media AB\n"
                        "Tel. +46 8 555 120 47\n"
                    ),
                },
            )
        ],
    },
]
