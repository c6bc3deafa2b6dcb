"""Thirty-eighth held-out part ``al``, cases al001–al014: a German radio, a Polish portal with a
CIDR block, a terse freelancer who only films, a university faculty with an address range, a
town's data message, an IT contractor with a netmask, a French agency on IPv6, a withdrawn
filming request, a Slovak daily asking about a later election, English "respectively" in
format=flowed, a Hungarian conditional request, an agency's DOCX in a data message, a two-line
note and a city's long letter. Written by hand apart from the extraction rules (see
make_thirtyeighth_al); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyeighth_al_common import (
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
    ico,
)

K3, K4, K5, K6 = ico("7310452"), ico("0021654"), ico("0027983"), ico("2681705")
K6C, K8, K12, K13, K14 = (
    ico("0521364"),
    ico("2730918"),
    ico("4519027"),
    ico("0915843"),
    ico("0026241"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "al001-german-radio-produktiv-test",
        "description": "a Bavarian radio writes in German; HRB number and a Munich switchboard "
        "next to the contact's direct line",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Rundfunk Oberpfalz GmbH",
            None,
            None,
            ["198.51.100.20", "198.51.100.21"],
            ["198.51.100.30"],
            "Sabine Kettler",
            "s.kettler@rundfunk-oberpfalz.example",
            "+4994159004417",
        ),
        "from": "Sabine Kettler <s.kettler@rundfunk-oberpfalz.example>",
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML) / Žádost o přístup",
        "headers": TBIRD,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Rundfunk Oberpfalz GmbH (Regensburg) berichtet seit Jahren über die Wahlen in "
            "unserem Nachbarland und möchte die Ergebnisse der kommenden Wahl direkt aus Ihrem "
            "XML-Dienst übernehmen. Wir beantragen daher den Zugang zum Server mit den "
            "Wahlergebnissen.\n\n"
            "Produktivsysteme: 198.51.100.20 und 198.51.100.21\n"
            "Testsystem: 198.51.100.30\n\n"
            "Ansprechpartnerin ist Frau Sabine Kettler (Redaktion Online), Durchwahl "
            "+49 941 5900 4417, E-Mail s.kettler@rundfunk-oberpfalz.example.\n\n"
            "Eine tschechische IČO haben wir nicht; unsere Registernummer lautet "
            "Amtsgericht Regensburg HRB 10342.\n\n"
            "Für Rückfragen stehen wir gern zur Verfügung. Vielen Dank im Voraus!\n\n"
            "Mit freundlichen Grüßen\n"
            "Sabine Kettler\n"
            "Redaktion Online\n"
            "Rundfunk Oberpfalz GmbH | Donaustraße 12 | 93047 Regensburg\n"
            "Zentrale +49 941 5900 0\n"
            "Geschäftsführer: Dr. Matthias Brandl\n"
        ),
    },
    {
        "id": "al002-polish-portal-cidr",
        "description": "Polish portal in Polish; production as a /30 block, NIP and KRS numbers "
        "that are not IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Wieści Śląskie Sp. z o.o.",
            None,
            None,
            ["203.0.113.8", "203.0.113.9", "203.0.113.10", "203.0.113.11"],
            ["203.0.113.12"],
            "Tomasz Wróblewski",
            "t.wroblewski@wiescislaskie.example",
            "+48322114027",
        ),
        "from": "Tomasz Wróblewski <t.wroblewski@wiescislaskie.example>",
        "subject": "Wniosek o dostęp do wyników wyborów w formacie XML",
        "headers": GMAIL,
        "body": (
            "Dzień dobry,\n\n"
            "piszę w imieniu portalu informacyjnego Wieści Śląskie (wydawca: Wieści Śląskie "
            "Sp. z o.o., Katowice). Chcielibyśmy na bieżąco relacjonować czeskie wybory i "
            "prosimy o dostęp do serwera z wynikami w formacie XML.\n\n"
            "Adresy produkcyjne: 203.0.113.8/30\n"
            "Adres testowy: 203.0.113.12\n\n"
            "Osoba kontaktowa: Tomasz Wróblewski, tel. +48 32 211 40 27, "
            "t.wroblewski@wiescislaskie.example\n\n"
            "Przepraszam, że piszę po polsku – jeśli to konieczne, mogę przesłać wniosek "
            "także po angielsku.\n\n"
            "Z poważaniem\n"
            "Tomasz Wróblewski\n"
            "kierownik działu IT\n"
            "Wieści Śląskie Sp. z o.o.\n"
            "NIP 634-281-55-07, KRS 0000412876\n"
            "ul. Mariacka 14, 40-014 Katowice\n"
        ),
    },
    {
        "id": "al003-freelancer-terse-film-only",
        "description": "three-line note from a freelance cameraman: filming only, the XML "
        "declined in passing",
        "style": Style.FREELANCER,
        "labels": L(
            [FILM],
            "Radek Pazdera",
            K3,
            None,
            [],
            [],
            "Radek Pazdera",
            "pazdera.video@seznam-foto.example",
            "+420732551806",
        ),
        "from": "Radek Pazdera <pazdera.video@seznam-foto.example>",
        "subject": "natáčení sběrné místo Olomouc",
        "headers": SEZNAM,
        "cte": "8bit",
        "body": (
            "Dobrý den, jsem kameraman na volné noze (IČ: " + K3 + ") a rád bych natáčel ve "
            "volební noci na vašem sběrném místě v Olomouci, cca 21–23 h, pro reportáž do "
            "podcastu Okresní noc. Data XML nechci, jen natáčení.\n"
            "Radek Pazdera, 732 551 806\n"
        ),
    },
    {
        "id": "al004-university-faculty-range",
        "description": "HTML-only mail from a faculty: the university applies, a written "
        "range of four production addresses, testing from production, box ID in the signature",
        "style": Style.INSTITUTION,
        "labels": L(
            [FEED],
            "Západomoravská univerzita v Třebíči",
            K4,
            "8xk2mtp",
            ["198.51.100.40", "198.51.100.41", "198.51.100.42", "198.51.100.43"],
            [],
            "Ondřej Plachý",
            "plachy@fsv.zmu.example",
            "+420568440217",
        ),
        "from": "Alena Vrbová <vrbova@fsv.zmu.example>",
        "subject": "Žádost FSV ZMU o přístup k volebním datům (XML)",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body lang="CS"><div class="WordSection1">'
            "<p>Vážené dámy, vážení pánové,</p>"
            "<p>Fakulta sociálních věd Západomoravské univerzity v Třebíči (IČO "
            f"{K4[:2]} {K4[2:5]} {K4[5:]}) bude během volební noci provozovat studentské "
            "volební studio a analytický web. Žádáme proto o zřízení přístupu k serveru "
            "s výsledky voleb ve formátu XML.</p>"
            "<p>Za produkční použijte prosím adresy <b>198.51.100.40 – 198.51.100.43</b> "
            "(celý rozsah, stahovat se bude z uzlů výpočetního clusteru). Samostatnou "
            "testovací adresu nemáme, testovat budeme z týchž strojů.</p>"
            "<p>Kontaktní osobou pro technické záležitosti je náš správce sítě "
            "Mgr. Ondřej Plachý, tel. 568 440 217, "
            '<a href="mailto:plachy@fsv.zmu.example">plachy@fsv.zmu.example</a>.</p>'
            "<p>S pozdravem</p>"
            "<p>doc. PhDr. Alena Vrbová, Ph.D.<br>proděkanka pro vnější vztahy<br>"
            "Fakulta sociálních věd<br>Západomoravská univerzita v Třebíči<br>"
            "Masarykovo nám. 22, 674 01 Třebíč<br>tel. 568 440 100<br>"
            "ID datové schránky univerzity: 8xk2mtp</p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "al005-databox-town-annotation-pdf-resolution",
        "description": "a small municipality's data message: addresses and contact in the "
        "annotation, the attached PDF is the council's resolution with the IČO",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Obec Lhotka u Dubé",
            K5,
            "r4nw8ve",
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Jan Bednář",
            None,
            "+420731884120",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb: prod. IP 192.0.2.90, test. IP "
        "192.0.2.91, kontakt Jan Bednář, místostarosta, tel. 731 884 120",
        "databox": {
            "box": "r4nw8ve",
            "sender": "Obec Lhotka u Dubé",
            "address": "Lhotka 7, 472 01 Doksy",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "usneseni_ZO_2026_41.pdf",
                [
                    "Obec Lhotka u Dubé, Lhotka 7, 472 01 Doksy, IČO " + K5,
                    "Výpis z usnesení zastupitelstva obce č. 41/2026 ze dne 12. 8. 2026",
                    "Zastupitelstvo obce Lhotka u Dubé schvaluje zřízení volebního "
                    "informačního panelu na webu obce a pověřuje místostarostu Jana Bednáře "
                    "podáním žádosti o přístup k výsledkům voleb u Českého statistického "
                    "úřadu.",
                    "Hlasování: pro 6, proti 0, zdržel se 1.",
                    "Ověřili: Marie Šindelářová, Lubomír Hrdina\nStarostka: Ivana Kubcová",
                ],
            )
        ],
    },
    {
        "id": "al006-it-contractor-netmask",
        "description": "an IT contractor writes for a regional weekly; production as an "
        "address with a netmask, a nginx version and TLS 1.3, the contractor's own IČO too",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Vydavatelství Podřipský kurýr s.r.o.",
            K6,
            None,
            ["192.0.2.64", "192.0.2.65", "192.0.2.66", "192.0.2.67"],
            ["192.0.2.70"],
            "Michal Šrámek",
            "sramek@netwerk-it.example",
            "+420605338921",
        ),
        "from": "Michal Šrámek <sramek@netwerk-it.example>",
        "subject": "Přístup k XML volby - Podřipský kurýr",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "spravujeme servery pro Vydavatelství Podřipský kurýr s.r.o. (IČO " + K6 + ") a "
            "jejich jménem žádáme o přístup k volebním výsledkům v XML. Plnou moc od "
            "jednatele můžu dodat, kdyby bylo třeba.\n\n"
            "Produkce: 192.0.2.64 mask 255.255.255.252 (malý cluster za loadbalancerem, "
            "nginx 1.24.0, TLS 1.3)\n"
            "Test: 192.0.2.70\n\n"
            "Kontaktní osoba: já, Michal Šrámek, mobil 605 338 921. Redakčně to má na "
            "starosti šéfredaktor p. Kučera, ale technicky prosím vše na mě.\n\n"
            "Díky,\n"
            "Michal Šrámek\n"
            "NetWerk IT s.r.o., IČO " + K6C + "\n"
            "Roudnice n. L., tel. 416 830 200\n"
        ),
    },
    {
        "id": "al007-french-agency-ipv6-both",
        "description": "a French agency in French: IPv6 production, IPv4 test, SIRET number, "
        "and filming at the Prague collection point too",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Agence Presse Europe Centrale SAS",
            None,
            None,
            ["2001:db8:4a1::10", "2001:db8:4a1::11"],
            ["203.0.113.150"],
            "Camille Roux",
            "camille.roux@apec-presse.example",
            "+33144872109",
        ),
        "from": "Camille Roux <camille.roux@apec-presse.example>",
        "subject": "Demande d'accès aux résultats électoraux (XML) et autorisation de tournage",
        "headers": APPLE,
        "body": (
            "Madame, Monsieur,\n\n"
            "l'Agence Presse Europe Centrale SAS (SIRET 812 447 309 00027) couvrira les "
            "élections tchèques depuis son bureau de Prague. Nous souhaitons :\n\n"
            "1) obtenir l'accès au serveur des résultats au format XML ;\n"
            "   adresses de production : 2001:db8:4a1:0:0:0:0:10 et 2001:db8:4a1::11\n"
            "   adresse de test : 203.0.113.150\n"
            "2) filmer au point de collecte de Prague (une caméra, deux personnes), le soir "
            "du scrutin entre 22h et minuit.\n\n"
            "Contact : Camille Roux, rédactrice en chef adjointe, +33 1 44 87 21 09, "
            "camille.roux@apec-presse.example\n\n"
            "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.\n\n"
            "Camille Roux\n"
            "Agence Presse Europe Centrale\n"
            "18 rue de Trévise, 75009 Paris\n"
        ),
    },
    {
        "id": "al008-withdrawn-film-replaced-address",
        "description": "Outlook in windows-1250: filming withdrawn in a P.S., the old "
        "production server replaced by a new one in the text",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Televize Podbrdsko, a.s.",
            K8,
            None,
            ["198.51.100.15"],
            ["198.51.100.16"],
            "Lenka Mrázková",
            "mrazkova@tvpodbrdsko.example",
            "+420724310588",
        ),
        "from": "Mrázková Lenka <mrazkova@tvpodbrdsko.example>",
        "subject": "Žádost - XML výsledky a natáčení",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "Televize Podbrdsko, a.s., IČO " + K8 + ", žádá o:\n"
            "- přístup k výsledkům voleb ve formátu XML,\n"
            "- povolení natáčení na sběrném místě v Příbrami.\n\n"
            "Loni jsme stahovali z 198.51.100.5, ten server ale v létě končí, takže nově "
            "prosím povolit 198.51.100.15 (produkce) a 198.51.100.16 (test).\n\n"
            "Kontakt: Lenka Mrázková, 724 310 588.\n\n"
            "S pozdravem\nLenka Mrázková\nvedoucí vysílání\nTelevize Podbrdsko, a.s.\n"
            "Pražská 311, 261 01 Příbram\n\n"
            "P.S. Natáčení prosím škrtněte – štáb bude ten večer v Plzni, takže o povolení "
            "k natáčení nakonec nežádáme.\n"
        ),
    },
    {
        "id": "al009-slovak-daily-later-election",
        "description": "Slovak daily in Slovak (iso-8859-2): feed now, filming mentioned only "
        "for next year's presidential election; backup server is production",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Denník Horizont, s. r. o.",
            None,
            None,
            ["203.0.113.70", "203.0.113.71"],
            ["203.0.113.72"],
            "Zuzana Ďurišová",
            "durisova@dennikhorizont.example",
            "+421259304411",
        ),
        "from": "Zuzana Ďurišová <durisova@dennikhorizont.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb vo formáte XML",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý deň,\n\n"
            "denník Horizont (vydavateľ Denník Horizont, s. r. o., Bratislava) by rád "
            "sledoval tohtoročné voľby v Českej republike priamo z vašich dát. Žiadame o "
            "prístup k serveru s výsledkami vo formáte XML.\n\n"
            "Produkčný server: 203.0.113.70\n"
            "Záložný server: 203.0.113.71\n"
            "Testovací server: 203.0.113.72\n\n"
            "Kontaktná osoba: Zuzana Ďurišová, tel. +421 2 5930 4411, "
            "durisova@dennikhorizont.example\n\n"
            "Na budúcoročné prezidentské voľby by sme chceli aj natáčať na zbernom mieste, "
            "o to však požiadame samostatne, keď budú známe termíny.\n\n"
            "S pozdravom\nZuzana Ďurišová\nvedúca online redakcie\n"
        ),
    },
    {
        "id": "al010-english-respectively-flowed",
        "description": "Irish agency in English, format=flowed soft break inside the "
        "'respectively' sentence; a company number that is not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Liffey News Services Ltd",
            None,
            None,
            ["198.51.100.120"],
            ["198.51.100.121"],
            "Fiona Gallagher",
            "fiona.gallagher@liffeynews.example",
            "+35316774410",
        ),
        "from": "Fiona Gallagher <fiona.gallagher@liffeynews.example>",
        "subject": "Access to election results XML - Liffey News Services",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dear colleagues,\n\n"
            "Liffey News Services Ltd (company no. 581442, Dublin) distributes election \n"
            "results to regional papers across Ireland and would like access to your XML \n"
            "results server for the upcoming election.\n\n"
            "Our production and test servers are 198.51.100.120 and \n"
            "198.51.100.121 respectively; both run our ingest software v2.4.1.\n\n"
            "Please address any questions to me, Fiona Gallagher, on +353 1 677 4410 \n"
            "or at this address.\n\n"
            "Kind regards,\n"
            "Fiona Gallagher\n"
            "Data Desk Editor\n"
            "Liffey News Services Ltd\n"
        ),
    },
    {
        "id": "al011-hungarian-conditional-film",
        "description": "Hungarian TV writing Hungarian with an English summary; filming asked "
        "'if possible'; the contact's name in Hungarian order",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Duna Régió Televízió Zrt.",
            None,
            None,
            ["192.0.2.140"],
            [],
            "Kovács Eszter",
            "kovacs.eszter@dunaregio.example",
            "+3615557042",
        ),
        "from": "Kovács Eszter <kovacs.eszter@dunaregio.example>",
        "subject": "Kérelem / Request: XML election results + filming",
        "headers": GMAIL,
        "cte": "base64",
        "body": (
            "Tisztelt Hölgyeim és Uraim!\n\n"
            "A Duna Régió Televízió Zrt. hozzáférést kér a választási eredményeket XML "
            "formátumban közlő szerverhez. Éles IP-cím: 192.0.2.140 (teszt címünk nincs, "
            "az éles gépről tesztelünk).\n"
            "Amennyiben lehetséges, szeretnénk a prágai gyűjtőponton forgatni is.\n\n"
            "In English: we request access to the XML results server from 192.0.2.140 "
            "(no separate test address) and, if possible, permission to film at the "
            "Prague collection point on election night.\n\n"
            "Kapcsolattartó / contact: Kovács Eszter, +36 1 555 7042\n\n"
            "Üdvözlettel / Best regards\n"
            "Kovács Eszter\nhíradó-szerkesztő\nDuna Régió Televízió Zrt., Budapest\n"
        ),
    },
    {
        "id": "al012-databox-agency-docx-internal",
        "description": "data message from a press agency; DOCX with the IČO in the page "
        "header and a table with PROD/TST rows and an internal NAT address not to be entered",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Moravská tisková kancelář, a.s.",
            K12,
            "u7d3kzq",
            ["203.0.113.20", "203.0.113.21", "203.0.113.22"],
            ["203.0.113.25", "203.0.113.26"],
            "Vít Koudelka",
            "koudelka@mtk-zpravy.example",
            "+420549211873",
        ),
        "subject": "Žádost – volby 2026",
        "databox": {
            "box": "u7d3kzq",
            "sender": "Moravská tisková kancelář, a.s.",
            "address": "Kounicova 41, 602 00 Brno",
        },
        "attachments": [
            (
                "docx",
                "MTK_zadost_volby.docx",
                {
                    "header": "Moravská tisková kancelář, a.s. | IČ: " + K12 + " | "
                    "Kounicova 41, Brno",
                    "footer": "Zapsáno v OR u KS v Brně, oddíl B, vložka 7731",
                    "blocks": [
                        "Český statistický úřad",
                        "Věc: žádost o zřízení přístupu k výsledkům voleb (XML)",
                        "Moravská tisková kancelář žádá o přístup k serveru s průběžnými "
                        "výsledky. Adresy, ze kterých budeme stahovat:",
                        {
                            "rows": [
                                ["Prostředí", "Veřejná IP", "Poznámka"],
                                ["PROD", "203.0.113.20", "primární"],
                                ["PROD", "203.0.113.21", "sekundární"],
                                ["PROD", "203.0.113.22", "DR lokalita Ostrava"],
                                ["TST", "203.0.113.25", ""],
                                ["TST", "203.0.113.26", "interně 10.40.2.26 – neuvádějte"],
                            ]
                        },
                        "Kontakt: Vít Koudelka, vedoucí IT, +420 549 211 873, "
                        "koudelka@mtk-zpravy.example",
                        "V Brně dne 9. 9. 2026\nIng. Dagmar Slaninová, předsedkyně představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "al013-terse-iphone-two-lines",
        "description": "two lines from an iPhone: lowercase company, IČO after 'ic', phone "
        "glued to the name",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Novinky z Kraje s.r.o.",
            K13,
            None,
            ["203.0.113.199"],
            [],
            "Petr Ulrych",
            "ulrych@novinkyzkraje.example",
            "+420604182377",
        ),
        "from": "Petr Ulrych <ulrych@novinkyzkraje.example>",
        "subject": "xml volby",
        "headers": IPHONE,
        "body": (
            "prosim pristup k xml vysledkum z 203.0.113.199, test nemame. novinky z kraje "
            "s.r.o. ic " + K13 + "\n"
            "ulrych 604182377\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "al014-city-long-letter-pdf-film-only",
        "description": "a statutory city's press office: short mail, long PDF letter asking "
        "only to film; the XML feed explicitly not requested",
        "style": Style.LETTER,
        "labels": L(
            [FILM],
            "Statutární město Hradiště nad Jizerou",
            K14,
            None,
            [],
            [],
            "Veronika Šafránková",
            "safrankova@hradiste-mesto.example",
            "+420481620134",
        ),
        "from": "Veronika Šafránková <safrankova@hradiste-mesto.example>",
        "subject": "Žádost o povolení natáčení – Městská televize Hradiště",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v příloze zasílám žádost statutárního města o povolení natáčení. Originál "
            "s podpisem primátora posíláme i poštou.\n\n"
            "S pozdravem\n"
            "Veronika Šafránková\n"
            "tisková mluvčí\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_nataceni_volby.pdf",
                [
                    "STATUTÁRNÍ MĚSTO HRADIŠTĚ NAD JIZEROU\nMagistrát města, odbor "
                    "kanceláře primátora\nnám. Republiky 1, 511 01 Hradiště nad Jizerou\n"
                    "IČO: " + K14,
                    "Č. j.: MHJ/KP/2231/2026        V Hradišti nad Jizerou 14. 9. 2026",
                    "Věc: Žádost o povolení pořízení audiovizuálního záznamu",
                    "Vážení,",
                    "statutární město Hradiště nad Jizerou provozuje prostřednictvím svého "
                    "odboru kanceláře primátora Městskou televizi Hradiště, která již "
                    "třetím volebním obdobím přináší občanům zpravodajství z volební noci. "
                    "Letos bychom rádi divákům ukázali také práci, která se odehrává mimo "
                    "zraky veřejnosti – převzetí výsledků z okrskových volebních komisí na "
                    "sběrném místě Českého statistického úřadu.",
                    "Žádáme proto o povolení natáčení na sběrném místě v Hradišti nad "
                    "Jizerou v průběhu prvního dne po uzavření volebních místností, a to "
                    "v rozsahu nejvýše 30 minut, se dvěma členy štábu (redaktor a "
                    "kameraman). Pokyny pracovníků úřadu budeme samozřejmě respektovat.",
                    "O přístup k XML serveru s výsledky voleb nežádáme; výsledky "
                    "přebíráme z veřejné prezentace na webu volby.cz.",
                    "Kontaktní osobou je tisková mluvčí Mgr. Veronika Šafránková, "
                    "tel. 481 620 134, e-mail safrankova@hradiste-mesto.example.",
                    "S úctou\n\nIng. Tomáš Vejvoda\nprimátor",
                ],
            )
        ],
    },
]
