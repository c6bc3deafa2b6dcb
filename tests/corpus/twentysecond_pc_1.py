"""Twentysecond held-out part ``pc``, cases pc001–pc014: a German newspaper ("bzw."), a Polish
radio with a CIDR block, a Slovak freelancer, a university with a netmask, a town filming only
(data message), a Hungarian portal with a range, an agency's ano/ne form, an IT contractor with
internal hosts, a French agency, a withdrawn feed, a Spanish freelancer, a reply replacing an old
server with IPv6, a Swedish radio and an institute's XLSX in a data message. Written by hand
apart from the extraction rules (see make_twentysecond_pc); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentysecond_pc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I3, I4, I5, I6 = ico("5391842"), ico("0021627"), ico("0030346"), ico("5147302")
I7, I8, I8C = ico("2648315"), ico("0491573"), ico("0762418")
I10, I12, I14 = ico("0725361"), ico("2538104"), ico("0691247")

CASES: list[dict[str, Any]] = [
    {
        "id": "pc001-de-zeitung-bzw",
        "description": "German newspaper; roles only by 'für den Live-Abruf bzw. für "
        "Testzwecke', the correspondent is the contact, not the signer",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Oberlausitzer Tagespost GmbH",
            None,
            None,
            ["198.51.100.71"],
            ["198.51.100.72"],
            "Katrin Vogelsang",
            "vogelsang@ol-tagespost.example",
            "+49359148620917",
        ),
        "from": '"Lüdecke, Jens" <luedecke@ol-tagespost.example>',
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML)",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Oberlausitzer Tagespost GmbH berichtet seit vielen Jahren auch über die\n"
            "Wahlen in unseren tschechischen Nachbarregionen. Für die Wahl zum\n"
            "Abgeordnetenhaus am 3. und 4. Oktober 2025 beantragen wir hiermit den Zugang\n"
            "zum Server mit den Ergebnissen im XML-Format.\n\n"
            "Freizuschalten wären die Server 198.51.100.71 und 198.51.100.72, für den\n"
            "Live-Abruf bzw. für Testzwecke.\n\n"
            "Dreharbeiten in Ihren Sammelstellen sind nicht geplant, eine Drehgenehmigung\n"
            "benötigen wir daher nicht.\n\n"
            "Ansprechpartnerin für alle Fragen ist unsere Prager Korrespondentin Katrin\n"
            "Vogelsang (vogelsang@ol-tagespost.example, Tel. +49 3591 48620-917).\n\n"
            "Mit freundlichen Grüßen\n\n"
            "i. A. Jens Lüdecke\n"
            "Leitung Online-Redaktion\n"
            "Oberlausitzer Tagespost GmbH\n"
            "Kornmarkt 7, 02625 Bautzen\n"
            "Zentrale: +49 3591 48620-0\n"
            "Amtsgericht Dresden HRB 31842, USt-IdNr. DE 284 615 337\n"
        ),
    },
    {
        "id": "pc002-pl-radio-cidr-and-filming",
        "description": "Polish radio writing Polish: a /30 block for production, filming asked "
        "for too, name in the genitive in the text, mobile after the switchboard",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Radio Przygranicze Sp. z o.o.",
            None,
            None,
            ["203.0.113.36", "203.0.113.37", "203.0.113.38", "203.0.113.39"],
            ["203.0.113.50"],
            "Agnieszka Wróbel",
            "a.wrobel@radioprzygranicze.example",
            "+48601294385",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@radioprzygranicze.example>",
        "subject": "Wniosek o dostęp do wyników wyborów w formacie XML oraz zgodę na nagrywanie",
        "headers": OUTLOOK,
        "cte": "base64",
        "body": (
            "Szanowni Państwo,\n\n"
            "w imieniu Radia Przygranicze Sp. z o.o. z siedzibą w Cieszynie zwracam się z prośbą "
            "o udostępnienie serwera z wynikami wyborów do Izby Poselskiej w formacie XML. "
            "Nadajemy program także dla słuchaczy po czeskiej stronie Olzy, dlatego wyniki są "
            "dla nas bardzo ważne.\n\n"
            "Adresy produkcyjne: 203.0.113.36/30\n"
            "Adres testowy: 203.0.113.50\n\n"
            "Chcielibyśmy również nagrać krótki materiał w Państwa punkcie zbiorczym w Ostrawie "
            "w noc wyborczą (reporter i operator kamery). Prosimy o zgodę na nagrywanie.\n\n"
            "Osoba do kontaktu: Agnieszka Wróbel, kierownik działu informacji,\n"
            "tel. +48 33 852 17 00 (centrala), kom. +48 601 294 385\n\n"
            "Z poważaniem\n"
            "Agnieszka Wróbel\n"
            "Radio Przygranicze Sp. z o.o.\n"
            "ul. Głęboka 21, 43-400 Cieszyn\n"
            "NIP 548-271-90-36, KRS 0000412387\n"
        ),
    },
    {
        "id": "pc003-sk-freelancer-terse",
        "description": "Slovak freelancer (SZČO) in four lines, IČO with spaces, no test address",
        "style": Style.FREELANCE,
        "labels": L(
            [FEED],
            "Marek Hrušovský",
            I3,
            None,
            ["192.0.2.145"],
            [],
            "Marek Hrušovský",
            "hrusovsky.marek@posta.example",
            "+421905318226",
        ),
        "from": "Marek Hrušovský <hrusovsky.marek@posta.example>",
        "subject": "pristup XML vysledky",
        "headers": GMAIL,
        "body": (
            "Dobrý deň,\n"
            f"som nezávislý novinár (SZČO, IČO {I3[:2]} {I3[2:5]} {I3[5:]}), píšem pre viaceré "
            "slovenské a české weby. Prosím o prístup k XML s výsledkami volieb z IP "
            "192.0.2.145. Testovaciu adresu nemám, testovať budem z tej istej.\n"
            "Vďaka\n"
            "Marek Hrušovský\n"
            "+421 905 318 226\n"
        ),
        "html": (
            '<div dir="ltr">Dobrý deň,<div>som nezávislý novinár (SZČO, IČO '
            f"{I3[:2]} {I3[2:5]} {I3[5:]}), píšem pre viaceré slovenské a české weby. Prosím o "
            "prístup k XML s výsledkami volieb z IP 192.0.2.145. Testovaciu adresu nemám, "
            "testovať budem z tej istej.</div><div>Vďaka</div><div>Marek Hrušovský</div>"
            "<div>+421 905 318 226</div></div>"
        ),
    },
    {
        "id": "pc004-university-netmask-block",
        "description": "university department, HTML-only Outlook: an address with a netmask "
        "(a block of four), a version number, switchboard and extension before the mobile",
        "style": Style.INSTITUTION,
        "labels": L(
            [FEED],
            "Univerzita Horního Polabí",
            I4,
            None,
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
            ["203.0.113.70"],
            "Radek Šimůnek",
            "radek.simunek@uhp.example",
            "+420731208449",
        ),
        "from": '"doc. Ing. Radek Šimůnek, Ph.D." <radek.simunek@uhp.example>',
        "subject": "Žádost o přístup k průběžným výsledkům voleb – UHP",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            "<style>p.MsoNormal{margin:0;font-family:Calibri,sans-serif;font-size:11pt}</style>"
            '</head><body lang="CS"><div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,</p><p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">katedra politologie Fakulty sociálních studií Univerzity '
            "Horního Polabí připravuje se studentskou redakcí UHP&nbsp;News volební studio a "
            "současně výzkumný projekt o průběhu sčítání hlasů. Žádáme proto o přístup "
            "k serveru s výsledky voleb ve formátu XML.</p><p class='MsoNormal'>&nbsp;</p>"
            '<p class="MsoNormal">Náš server: síť 203.0.113.64 s maskou 255.255.255.252 '
            "(celý blok – stahovací skript běží na všech uzlech clusteru).<br>"
            "Pro testování bychom použili adresu 203.0.113.70.<br>"
            "Stahování zajišťuje skript volby-fetch ve verzi 2.4.11, interval 60&nbsp;s.</p>"
            '<p class="MsoNormal">Natáčet na sběrných místech nepotřebujeme.</p>'
            '<p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">Kontaktní osoba: doc. Ing. Radek Šimůnek, Ph.D., '
            "tel. 466&nbsp;037&nbsp;111 (ústředna), kl. 512, mobil 731&nbsp;208&nbsp;449, "
            '<a href="mailto:radek.simunek@uhp.example">radek.simunek@uhp.example</a></p>'
            '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">S pozdravem</p>'
            '<p class="MsoNormal"><b>doc. Ing. Radek Šimůnek, Ph.D.</b><br>'
            "vedoucí katedry politologie<br>Univerzita Horního Polabí, Fakulta sociálních "
            f"studií<br>Studentská 1402, 530 09 Pardubice<br>IČ: {I4}</p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "pc005-town-tv-filming-only-databox",
        "description": "a town's data message for its municipal TV: filming only, the feed "
        "explicitly not wanted; contact is the clerk, the mayor signs; the office's box printed",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FILM],
            "Město Kolštejn nad Moravou",
            I5,
            "q3fbm8k",
            [],
            [],
            "Lucie Drábková",
            "drabkova@kolstejn.example",
            "+420734519802",
        ),
        "from": "Město Kolštejn nad Moravou <podatelna@kolstejn.example>",
        "subject": "Žádost o povolení natáčení na sběrném místě ČSÚ – volby do PS 2025",
        "databox": {
            "box": "q3fbm8k",
            "sender": "Město Kolštejn nad Moravou",
            "address": "Náměstí Osvobození 1, 789 01 Kolštejn nad Moravou",
            "type": 10,
            "ref": "MUKO/14822/2025",
        },
        "attachments": [
            (
                "pdf",
                "zadost_nataceni_TVKOL.pdf",
                [
                    "<b>Město Kolštejn nad Moravou</b>\nMěstský úřad, kancelář starosty\n"
                    "Náměstí Osvobození 1, 789 01 Kolštejn nad Moravou\n"
                    f"IČO: {I5}, ID datové schránky: q3fbm8k",
                    "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10\nID DS: 2gfaasy",
                    "Č. j.: MUKO/14822/2025    Vyřizuje: Bc. Lucie Drábková    Datum: 12. 9. 2025",
                    "<b>Věc: Žádost o povolení pořízení videozáznamu na sběrném místě</b>",
                    "Městská televize Kolštejn (TV KOL), kterou provozuje město, připravuje "
                    "reportáž o tom, jak se sčítají hlasy. Žádáme o povolení natáčení na "
                    "sběrném místě ČSÚ v Šumperku dne 4. 10. 2025 od 14:00 do 18:00 hodin. "
                    "Štáb: redaktorka Bc. Lucie Drábková a kameraman Vojtěch Zbořil.",
                    "O přístup k výsledkům ve formátu XML nežádáme – výsledky přebíráme "
                    "z webu volby.cz.",
                    "Kontaktní osoba: Bc. Lucie Drábková, mobil 734 519 802, "
                    "drabkova@kolstejn.example",
                    "Ing. Pavel Kunc\nstarosta města",
                    "Ústředna MěÚ: 583 301 111, www.kolstejn.example",
                ],
            )
        ],
    },
    {
        "id": "pc006-hu-portal-range",
        "description": "Hungarian-language portal from Slovakia: a written range of three "
        "production addresses, family name first, filming declined in Hungarian",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Hírvidék Média s.r.o.",
            I6,
            None,
            ["198.51.100.140", "198.51.100.141", "198.51.100.142"],
            ["198.51.100.150"],
            "Szabó Eszter",
            "szabo.eszter@hirvidek.example",
            "+421357902214",
        ),
        "from": "Szabó Eszter <szabo.eszter@hirvidek.example>",
        "subject": "Hozzáférés kérése a választási eredményekhez (XML)",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": (
            "Tisztelt Hölgyeim és Uraim!\n\n"
            f"A Hírvidék Média s.r.o. (Komárno, IČO: {I6}) a dél-szlovákiai magyar\n"
            "nyelvű hírportál, a hirvidek.example kiadója. A cseh parlamenti választások\n"
            "eredményeit élőben szeretnénk közölni, ezért kérjük hozzáférésünket az XML\n"
            "formátumú eredményekhez.\n\n"
            "Éles (produkciós) IP-címek: 198.51.100.140 - 198.51.100.142\n"
            "Teszt IP-cím: 198.51.100.150\n\n"
            "Forgatási engedélyre nincs szükségünk.\n\n"
            "Kapcsolattartó: Szabó Eszter, főszerkesztő-helyettes\n"
            "Tel.: +421 35 790 2214\n"
            "E-mail: szabo.eszter@hirvidek.example\n\n"
            "Köszönettel és üdvözlettel:\n"
            "Szabó Eszter\n"
            "Hírvidék Média s.r.o., Palatínova 14, 945 01 Komárno\n"
        ),
    },
    {
        "id": "pc007-agency-ano-ne-form",
        "description": "news agency's plain-text form: ano/ne columns with [X], filming ticked "
        "NE, an IPv6 among production, the filler's own phone after the contact's",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Zpravodajská agentura Mercur, a.s.",
            I7,
            "m8vk2re",
            ["198.51.100.12", "198.51.100.13", "2001:db8:4c0::15"],
            ["198.51.100.250"],
            "Michaela Doubravová",
            "doubravova@zpravy-mercur.example",
            "+420222715338",
        ),
        "from": '"Hořejší, Vladimír" <horejsi@zpravy-mercur.example>',
        "subject": "Formulář – přístup k výsledkům voleb / natáčení",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n"
            "v návaznosti na Vaši výzvu posíláme vyplněný formulář.\n\n"
            "ŽADATEL\n"
            "Název:            Zpravodajská agentura Mercur, a.s.\n"
            f"IČO:              {I7}\n"
            "Sídlo:            Vinohradská 1811/12, 120 00 Praha 2\n"
            "Datová schránka:  m8vk2re\n\n"
            "POŽADOVANÉ SLUŽBY                         ANO   NE\n"
            "Přístup k XML výsledkům (server)          [X]   [ ]\n"
            "Natáčení / záznam na sběrném místě        [ ]   [X]\n\n"
            "IP ADRESY\n"
            "Produkční 1:  198.51.100.12\n"
            "Produkční 2:  198.51.100.13\n"
            "Produkční 3:  2001:db8:4c0::15\n"
            "Testovací 1:  198.51.100.250\n"
            "Testovací 2:  –\n\n"
            "KONTAKTNÍ OSOBA\n"
            "Jméno:    Ing. Michaela Doubravová\n"
            "E-mail:   doubravova@zpravy-mercur.example\n"
            "Telefon:  +420 222 715 338 (přímá linka)\n\n"
            "Vyplnil: Vladimír Hořejší, IT provoz, tel. 222 715 300\n"
        ),
    },
    {
        "id": "pc008-it-contractor-nat-internal",
        "description": "IT contractor applies for the publisher (power of attorney as PDF): "
        "internal 10.x hosts behind NAT, two IČOs (publisher's and contractor's), contractor "
        "is the contact, editor-in-chief only mentioned",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Podbrdské listy s.r.o.",
            I8,
            None,
            ["192.0.2.200"],
            ["192.0.2.201"],
            "Ondřej Pecha",
            "pecha@datafuse.example",
            "+420739604218",
        ),
        "from": "Ondřej Pecha <pecha@datafuse.example>",
        "subject": "Přístup k XML výsledkům voleb pro Týdeník Podbrdsko",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "jsme dodavatelem IT pro vydavatelství Podbrdské listy s.r.o. (IČO "
            f"{I8}), které vydává Týdeník Podbrdsko a web podbrdsko.example. Jejich "
            "jménem žádám o zřízení přístupu k serveru s výsledky voleb ve formátu XML; "
            "plná moc je v příloze.\n\n"
            "Technicky: stahovací server běží u nás v datacentru interně na 10.20.0.15, "
            "ven vychází přes NAT z veřejné adresy 192.0.2.200 – tu prosím povolte. "
            "Testovací prostředí má veřejnou adresu 192.0.2.201 (interně 10.20.0.16).\n\n"
            "Kontaktní osobou pro tuto žádost jsem já, v redakci se případně obracejte "
            "na šéfredaktorku Janu Hrubou (hruba@podbrdsko.example).\n\n"
            "Díky a hezký den\n"
            "Ondřej Pecha\n\n"
            "-- \n"
            "Ondřej Pecha\n"
            "Datafuse s.r.o. | správa serverů a hosting\n"
            f"IČO: {I8C}\n"
            "+420 739 604 218 | pecha@datafuse.example\n"
        ),
        "attachments": [
            (
                "pdf",
                "plna_moc_Datafuse.pdf",
                [
                    "<b>PLNÁ MOC</b>",
                    f"Společnost Podbrdské listy s.r.o., IČO {I8}, se sídlem Pražská 44, "
                    "261 01 Příbram, zastoupená jednatelem Mgr. Karlem Šedivým,",
                    f"zmocňuje společnost Datafuse s.r.o., IČO {I8C}, k podání žádosti o "
                    "přístup k výsledkům voleb ve formátu XML u Českého statistického úřadu "
                    "a k jednání ve věcech technického zajištění tohoto přístupu.",
                    "V Příbrami dne 8. 9. 2025\n\nMgr. Karel Šedivý, jednatel",
                ],
            )
        ],
    },
    {
        "id": "pc009-fr-agency-feed-and-filming",
        "description": "French agency correspondent in French with an English aside: numbered "
        "requests (feed and filming), no test address, SIRET number, a cameraman named",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Agence Rhône-Danube Presse SAS",
            None,
            None,
            ["203.0.113.90", "203.0.113.91"],
            [],
            "Élodie Marchand",
            "e.marchand@ardp.example",
            "+33612489037",
        ),
        "from": "Élodie Marchand <e.marchand@ardp.example>",
        "subject": "Demande d'accès aux résultats XML et autorisation de tournage",
        "headers": APPLE,
        "body": (
            "Bonjour,\n\n"
            "Je suis correspondante à Prague de l'Agence Rhône-Danube Presse (ARDP SAS, Lyon). "
            "Nous couvrirons les élections à la Chambre des députés des 3 et 4 octobre.\n\n"
            "Nous souhaiterions :\n"
            "1) un accès au serveur des résultats au format XML — adresses IP de production : "
            "203.0.113.90 et 203.0.113.91 ; pas d'adresse de test pour l'instant ;\n"
            "2) une autorisation de tournage au centre de collecte de Prague le soir du "
            "4 octobre (une journaliste et un cadreur, Julien Faure).\n\n"
            "Sorry for writing in French – if it is easier for you, we can of course continue "
            "in English.\n\n"
            "Contact : Élodie Marchand, +33 6 12 48 90 37, e.marchand@ardp.example\n\n"
            "Bien cordialement,\n\n"
            "Élodie Marchand\n"
            "Correspondante Europe centrale\n"
            "ARDP – Agence Rhône-Danube Presse SAS\n"
            "12 quai Saint-Vincent, 69001 Lyon\n"
            "SIRET 812 457 330 00026\n"
        ),
    },
    {
        "id": "pc010-feed-withdrawn-in-ps",
        "description": "regional weekly asks for both, then a P.S. withdraws the feed: filming "
        "only, the server address no longer requested",
        "style": Style.SCOPE,
        "labels": L(
            [FILM],
            "JT Press s.r.o.",
            I10,
            None,
            [],
            [],
            "Libor Vaněček",
            "libor.vanecek@email.example",
            "+420605227914",
        ),
        "from": "Libor Vaněček <libor.vanecek@email.example>",
        "subject": "zadost - volby",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n"
            "jsem redaktor Jesenického týdeníku (vydává JT Press s.r.o., IČ "
            f"{I10}). Chtěli bychom:\n"
            "- přístup k výsledkům voleb v XML, náš server má IP 192.0.2.118\n"
            "- povolení natáčet na sběrném místě v Jeseníku v sobotu 4.10. odpoledne\n"
            "Kontakt: Libor Vaněček, 605 227 914\n\n"
            "S pozdravem Libor Vaněček\n\n"
            "P.S. Ještě jsem to probral s kolegou – přístup k XML nakonec nepotřebujeme, "
            "výsledky budeme přebírat od agentury. Takže žádáme jen o to natáčení. Díky.\n"
        ),
    },
    {
        "id": "pc011-es-freelance-correspondent",
        "description": "Spanish freelance correspondent in Spanish: applies as himself, Czech "
        "mobile for the election given in the text, Spanish number and NIF in the signature",
        "style": Style.FREELANCE,
        "labels": L(
            [FEED],
            "Javier Olmedo Ruiz",
            None,
            None,
            ["198.51.100.203"],
            ["198.51.100.204"],
            "Javier Olmedo Ruiz",
            "javier.olmedo@periodista.example",
            "+420775093611",
        ),
        "from": "Javier Olmedo Ruiz <javier.olmedo@periodista.example>",
        "subject": "Solicitud de acceso a los resultados (XML) – periodista autónomo",
        "headers": GMAIL,
        "cte": "base64",
        "body": (
            "Estimados señores:\n\n"
            "Me llamo Javier Olmedo Ruiz y soy periodista autónomo; colaboro como "
            "corresponsal en Europa Central con varios diarios españoles y latinoamericanos. "
            "Para las elecciones a la Cámara de Diputados quisiera solicitar acceso al "
            "servidor de resultados en formato XML.\n\n"
            "Direcciones IP:\n"
            " - producción: 198.51.100.203\n"
            " - pruebas: 198.51.100.204\n\n"
            "No necesito permiso de grabación.\n\n"
            "Durante las elecciones estaré en Praga; mi móvil checo es el +420 775 093 611.\n\n"
            "Un saludo cordial,\n"
            "Javier Olmedo Ruiz\n"
            "Tel. (España) +34 622 418 905\n"
            "NIF 53128790K\n"
        ),
    },
    {
        "id": "pc012-reply-replaced-server-ipv6",
        "description": "reply to the office's request for addresses: the old server is replaced, "
        "IPv6 and IPv4 production, IPv6 test; name, IČO and phone only in the applicant's own "
        "quoted original under the office's quoted text",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Noviny Zlínska, a.s.",
            I12,
            None,
            ["2001:db8:77::12", "203.0.113.22"],
            ["2001:db8:77::f0"],
            "Filip Mráz",
            "mraz@novinyzlinska.example",
            "+420608314977",
        ),
        "from": '"Bc. Filip Mráz" <mraz@novinyzlinska.example>',
        "subject": "Re: Re: Žádost o přístup k výsledkům voleb – doplnění IP adres",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den, paní Novotná,\n\n"
            "omlouvám se za zpoždění. Adresy jsou tyto:\n\n"
            "server z minulých voleb 203.0.113.12 už nepoužíváme (byl vyměněn), nově "
            "stahujeme z 2001:db8:77::12 a z 203.0.113.22. Na test prosím povolte "
            "2001:db8:77::f0.\n\n"
            "Ostatní údaje zůstávají, jak jsem psal v původní žádosti.\n\n"
            "Filip Mráz\n\n"
            "Dne 10. 9. 2025 v 9:41 podatelna@czso.cz napsal(a):\n"
            "> Dobrý den,\n"
            ">\n"
            "> k Vaší žádosti prosíme o doplnění IP adres (nejvýše 5 produkčních\n"
            "> a 5 testovacích). Bez nich přístup zřídit nelze.\n"
            ">\n"
            "> S pozdravem\n"
            "> Jana Novotná\n"
            "> Český statistický úřad, oddělení komunikace\n"
            "> Na padesátém 81, 100 82 Praha 10\n"
            "> tel. 274 052 733, IČO 00025593, ID DS 2gfaasy\n"
            ">\n"
            "> Dne 9. 9. 2025 v 16:02 Filip Mráz napsal(a):\n"
            ">> Dobrý den,\n"
            f">> vydavatelství Noviny Zlínska, a.s., IČO {I12}, žádá o přístup k\n"
            ">> výsledkům voleb ve formátu XML. IP adresy doplním, až je dostanu\n"
            ">> od správce.\n"
            ">> Kontaktní osoba: Bc. Filip Mráz, tel. 608 314 977\n"
            ">> Filip Mráz, redakce Noviny Zlínska\n"
        ),
    },
    {
        "id": "pc013-se-radio-no-filming",
        "description": "Swedish radio writing Swedish: org.nr that is no IČO, filming declined, "
        "mobile in the text and a switchboard in the signature",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nordvästra Radion AB",
            None,
            None,
            ["192.0.2.30", "192.0.2.31"],
            ["192.0.2.39"],
            "Ingrid Holmqvist",
            "ingrid.holmqvist@nordvastradion.example",
            "+46703184492",
        ),
        "from": "Ingrid Holmqvist <ingrid.holmqvist@nordvastradion.example>",
        "subject": "Ansökan om åtkomst till valresultat i XML-format",
        "headers": OWA,
        "body": (
            "Hej!\n\n"
            "Vi på Nordvästra Radion AB (org.nr 556712-4093) bevakar valet till den tjeckiska "
            "deputeradekammaren och vill gärna ha tillgång till servern med valresultat i "
            "XML-format.\n\n"
            "Produktion: 192.0.2.30, 192.0.2.31\n"
            "Test: 192.0.2.39\n\n"
            "Vi kommer inte att filma på era insamlingsplatser, så något inspelningstillstånd "
            "behövs inte.\n\n"
            "Kontaktperson är jag själv, Ingrid Holmqvist, mobil +46 70 318 44 92.\n\n"
            "Med vänliga hälsningar\n"
            "Ingrid Holmqvist\n"
            "Utrikesredaktionen, Nordvästra Radion AB\n"
            "Box 4410, 102 69 Stockholm\n"
            "Växel: +46 8 784 50 00\n"
        ),
    },
    {
        "id": "pc014-institute-xlsx-databox",
        "description": "research institute's data message: the application only in an XLSX "
        "sheet, a range written in one cell, filming 'ne' in a yes/no row",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Sociologický ústav Horácka, z. ú.",
            I14,
            "h6tq2we",
            ["198.51.100.80", "198.51.100.81", "198.51.100.82"],
            ["198.51.100.90"],
            "Kateřina Pospíšilová",
            "pospisilova@suh.example",
            "+420567210884",
        ),
        "from": "Sociologický ústav Horácka <info@suh.example>",
        "subject": "Žádost o zřízení přístupu k výsledkům voleb – údaje v příloze (XLSX)",
        "databox": {
            "box": "h6tq2we",
            "sender": "Sociologický ústav Horácka, z. ú.",
            "address": "Masarykovo nám. 3, 586 01 Jihlava",
        },
        "attachments": [
            (
                "xlsx",
                "zadost_volby_2025.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žádost o přístup k výsledkům voleb do Poslanecké sněmovny 2025"],
                            ["Žadatel", "Sociologický ústav Horácka, z. ú."],
                            ["IČO", I14],
                            ["Účel", "analýza výsledků v reálném čase pro volebni-mapa.example"],
                            ["Natáčení na sběrném místě", "ne"],
                            [],
                            ["Typ", "IP adresa", "Poznámka"],
                            ["produkce", "198.51.100.80 - 198.51.100.82", "3 uzly clusteru"],
                            ["test", "198.51.100.90", "vývojový server, Debian 12.7"],
                            [],
                            ["Kontaktní osoba", "Mgr. Kateřina Pospíšilová"],
                            ["E-mail", "pospisilova@suh.example"],
                            ["Telefon", "+420 567 210 884"],
                        ],
                    }
                ],
            )
        ],
    },
]
