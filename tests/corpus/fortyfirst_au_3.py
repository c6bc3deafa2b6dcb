"""Forty-first held-out part ``au``, cases au029–au042: a Polish university writing English, a
village's data message with yes/no columns, an IT contractor's allow-list file, a long Spanish
letter asking only to film, a Swedish note, a freelancer's temporary hotel address, a flowed
agency letter with order words, a Swiss XLSX with a merged role cell, a publisher's data message
with an RTF, a radio leaving filming for a later election, a German portal's IPv6 /127, an
institute's HTML table with abbreviations, a Polish radio's written range and a freelancer's
trade name in a base64 windows-1250 mail. Written by hand apart from the extraction rules (see
make_fortyfirst_au); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyfirst_au_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I30, I31, I31C, I35 = ico("0027721"), ico("2780315"), ico("0561284"), ico("2619047")
I37, I38, I40, I42 = ico("2530917"), ico("2698120"), ico("6840357"), ico("7215398")

CASES: list[dict[str, Any]] = [
    {
        "id": "au029-polish-university-english",
        "description": "a Polish university's journalism department writing English: two "
        "production addresses as a dash range, no test; the department is not the applicant",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Uniwersytet Beskidzki w Bielsku-Białej",
            None,
            None,
            ["203.0.113.200", "203.0.113.201"],
            [],
            "Tomasz Wróblewski",
            "t.wroblewski@ubb.example",
            "+48338271940",
        ),
        "from": '"dr Tomasz Wróblewski" <t.wroblewski@ubb.example>',
        "subject": "Request for access to election results (XML) – student newsroom",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dear Sir or Madam,\n\n"
            "the Department of Journalism of Uniwersytet Beskidzki w Bielsku-Białej runs a "
            "cross-border student newsroom together with a Czech partner school. On behalf of "
            "the university I would like to request access to the XML election results.\n\n"
            "Our servers: 203.0.113.200–203.0.113.201 (both production). We do not have a "
            "test environment.\n\n"
            "I am the contact person: dr Tomasz Wróblewski, +48 33 827 19 40, "
            "t.wroblewski@ubb.example.\n\n"
            "Kind regards / Z poważaniem\n"
            "dr Tomasz Wróblewski\n"
            "Katedra Dziennikarstwa, Uniwersytet Beskidzki w Bielsku-Białej\n"
            "ul. Willowa 2, 43-309 Bielsko-Biała | NIP 547-194-08-22 | REGON 072681533\n"
        ),
    },
    {
        "id": "au030-village-databox-docx-yes-no",
        "description": "a village's data message: a DOCX form with ano/ne columns, feed NE and "
        "filming ANO, an empty address row; the annotation gives nothing",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Obec Horní Bradlo",
            I30,
            "h2rc6mf",
            [],
            [],
            "Alžběta Kořínková",
            "korinkova@hornibradlo.example",
            "+420469318255",
        ),
        "subject": "Obec Horní Bradlo - žádost",
        "databox": {
            "box": "h2rc6mf",
            "sender": "Obec Horní Bradlo",
            "address": "Horní Bradlo 57, 538 63 Horní Bradlo",
            "type": 10,
        },
        "attachments": [
            (
                "docx",
                "formular_media_volby.docx",
                {
                    "header": "Obec Horní Bradlo, Horní Bradlo 57, 538 63",
                    "blocks": [
                        "Žádost média – volby (formulář)",
                        {
                            "rows": [
                                ["Údaj", "Hodnota"],
                                ["Žadatel", "Obec Horní Bradlo (Bradelský zpravodaj)"],
                                ["IČO", I30],
                                ["Kontaktní osoba", "Kořínková Alžběta, místostarostka"],
                                ["Telefon", "469 318 255"],
                                ["E-mail", "korinkova@hornibradlo.example"],
                            ]
                        },
                        {
                            "rows": [
                                ["Požadavek", "ano", "ne"],
                                ["Přístup k výsledkům (XML)", "", "X"],
                                ["Pořizování záznamu na sběrném místě", "X", ""],
                            ]
                        },
                        {
                            "rows": [
                                ["IP adresy", "produkční", "testovací"],
                                ["", "", ""],
                            ]
                        },
                        "Natáčet bude kronikář obce pro obecní kroniku a zpravodaj, "
                        "sběrné místo Chrudim.",
                        "V Horním Bradle 5. 9. 2025",
                    ],
                },
            )
        ],
    },
    {
        "id": "au031-contractor-allow-list-txt",
        "description": "an IT contractor's employee writes for a weekly's publisher; the "
        "addresses in an attached allow-list snippet (a /30 and a single test address, an "
        "internal /8 not to be entered); the contractor's IČO too",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Vydavatelství Jizerské listy s.r.o.",
            I31,
            None,
            ["198.51.100.160", "198.51.100.161", "198.51.100.162", "198.51.100.163"],
            ["198.51.100.170"],
            "Patrik Dušek",
            "dusek@hostingsever.example",
            "+420608221774",
        ),
        "from": "Patrik Dušek <dusek@hostingsever.example>",
        "subject": "Jizerské listy – whitelist pro XML výsledky",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "zastupujeme technicky vydavatele Vydavatelství Jizerské listy s.r.o., IČO "
            f"{I31}, který žádá o přístup k výsledkům voleb ve formátu XML. Adresy jsou v "
            "přiloženém výpisu z naší konfigurace (sekce csu_volby) – produkce je celý "
            "blok /30, test jedna adresa. Řádek s 10.0.0.0/8 je naše vnitřní síť, ten "
            "prosím ignorujte.\n\n"
            "Kontaktní osoba za žádost: Patrik Dušek, 00420 608 221 774, "
            "dusek@hostingsever.example.\n\n"
            "S pozdravem\n"
            "Patrik Dušek\n"
            f"HostingSever s.r.o., IČO {I31C}\n"
            "Liberec, dohled 24/7: +420 485 000 911\n"
        ),
        "attachments": [
            (
                "txt",
                "csu_volby_allow.txt",
                "# HostingSever s.r.o. - konfigurace pro zakaznika Jizerske listy\n"
                "# vygenerovano 2025-09-09, nginx 1.26.2\n"
                "[csu_volby]\n"
                "allow 198.51.100.160/30;   # produkce (4 uzly)\n"
                "allow 198.51.100.170;      # test / staging\n"
                "allow 10.0.0.0/8;          # interni sit, NEHLASIT\n"
                "deny all;\n",
            )
        ],
    },
    {
        "id": "au032-spanish-long-letter-film-only",
        "description": "a Catalan radio's long letter in Spanish asking only to record; the crew "
        "named with phones, the producer the contact; the feed explicitly not needed",
        "style": Style.LETTER,
        "labels": L(
            [FILM],
            "Ràdio Costa Daurada S.A.",
            None,
            None,
            [],
            [],
            "Montserrat Vidal i Roca",
            "mvidal@radiocostadaurada.example",
            "+34977214586",
        ),
        "from": "Montserrat Vidal i Roca <mvidal@radiocostadaurada.example>",
        "subject": "Solicitud de autorización de grabación – elecciones",
        "headers": OUTLOOK,
        "body": (
            "Estimados señores:\n\n"
            "Me dirijo a ustedes en nombre de Ràdio Costa Daurada S.A., emisora con sede en "
            "Tarragona, que prepara un reportaje especial sobre los procesos electorales en "
            "Europa Central. Dentro de este proyecto, que cuenta con el apoyo del programa "
            "europeo de periodismo transfronterizo (expediente 2025/PJ-0418), quisiéramos "
            "documentar el trabajo de la Oficina Checa de Estadística durante la noche "
            "electoral.\n\n"
            "Por ello solicitamos su autorización para grabar sonido e imágenes en uno de sus "
            "puntos de recogida de resultados en Praga o Brno, siguiendo en todo momento las "
            "instrucciones de su personal. No necesitamos acceso al servicio XML de "
            "resultados, ya que trabajaremos con los datos publicados en su web.\n\n"
            "El equipo estará formado por:\n"
            "- Jordi Puig Ferrer, periodista (+34 639 102 775)\n"
            "- Núria Castells, técnica de sonido (+34 622 840 193)\n\n"
            "La persona de contacto para esta solicitud soy yo misma, Montserrat Vidal i "
            "Roca, productora ejecutiva, teléfono +34 977 21 45 86, correo "
            "mvidal@radiocostadaurada.example.\n\n"
            "Quedamos a su disposición para cualquier aclaración y les agradecemos de "
            "antemano su atención.\n\n"
            "Atentamente,\n\n"
            "Montserrat Vidal i Roca\n"
            "Productora ejecutiva\n"
            "Ràdio Costa Daurada S.A. – Rambla Nova 74, 43001 Tarragona – NIF A43218761\n\n"
            "Aquest missatge és confidencial. / Este mensaje es confidencial.\n"
        ),
    },
    {
        "id": "au033-swedish-note-in-swedish",
        "description": "a short message in Swedish: 'produktion' and 'test' addresses, the "
        "contact only in the signature with a Swedish mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Göteborgs Kvällsblad AB",
            None,
            None,
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Oskar Lindqvist",
            "oskar.lindqvist@gbgkvallsblad.example",
            "+46736041287",
        ),
        "from": "Oskar Lindqvist <oskar.lindqvist@gbgkvallsblad.example>",
        "subject": "Ansökan om åtkomst till valresultat (XML)",
        "headers": ROUNDCUBE,
        "body": (
            "Hej!\n\n"
            "Göteborgs Kvällsblad AB ansöker om åtkomst till era valresultat i XML-format.\n"
            "Produktion: 192.0.2.90\n"
            "Test: 192.0.2.91\n"
            "Vi behöver inget filmtillstånd.\n\n"
            "Tack på förhand!\n\n"
            "-- \n"
            "Oskar Lindqvist\n"
            "Utvecklare, Göteborgs Kvällsblad\n"
            "+46 73 604 12 87\n"
        ),
    },
    {
        "id": "au034-freelancer-hotel-temporary",
        "description": "a freelancer types on a phone: a temporary hotel address is the only "
        "server (production), a home LAN address ruled out, no IČO",
        "style": Style.FREELANCER,
        "labels": L(
            [FEED],
            "Pavel Kratochvíl",
            None,
            None,
            ["198.51.100.230"],
            [],
            "Pavel Kratochvíl",
            "kratochvil.pavel@postapro.example",
            "+420605772140",
        ),
        "from": "Pavel Kratochvíl <kratochvil.pavel@postapro.example>",
        "subject": "pristup k vysledkum - Kratochvil",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den,\n"
            "jsem nezavisly novinar (pisu pro nekolik regionalnich webu), zadam o pristup k "
            "xml vysledkum. Volebni vikend budu v hotelu v Jihlave a stahovat budu docasne "
            "z jejich pevne IP 198.51.100.230 (potvrzeno recepci, jen na ten vikend). Domaci "
            "192.168.1.20 je vnitrni, tu nepovolujte. Test nepotrebuju.\n"
            "Pavel Kratochvíl\n"
            "605 772 140\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "au035-flowed-agency-order-words",
        "description": "a Czech agency's format=flowed letter: roles by order ('první dvě … "
        "poslední') broken across soft line breaks; box ID and IČO in the signature",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Moravská tisková kancelář, a.s.",
            I35,
            "m7tk2xb",
            ["203.0.113.66", "203.0.113.67"],
            ["203.0.113.68"],
            "Renata Šindelářová",
            "sindelarova@mtk-zpravy.example",
            "+420542217603",
        ),
        "from": "Renata Šindelářová <sindelarova@mtk-zpravy.example>",
        "subject": "MTK – žádost o přístup k výsledkům voleb",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Vážení,\n\n"
            "Moravská tisková kancelář žádá o zřízení přístupu k serveru s průběžnými \n"
            "výsledky voleb ve formátu XML. Pro přístup prosíme povolit adresy \n"
            "203.0.113.66, 203.0.113.67 a 203.0.113.68, z nichž první dvě jsou \n"
            "produkční (hlavní a záložní datové centrum) a poslední slouží \n"
            "k testování.\n\n"
            "Kontaktní osobou je Renata Šindelářová, vedoucí datové redakce, \n"
            "tel. 542 217 603.\n\n"
            "O povolení k natáčení žádat nebudeme.\n\n"
            "S pozdravem\n\n"
            "Renata Šindelářová\n"
            "Moravská tisková kancelář, a.s.\n"
            f"Kobližná 19, 602 00 Brno | IČO: {I35} | ISDS: m7tk2xb\n"
        ),
    },
    {
        "id": "au036-swiss-xlsx-merged-role",
        "description": "Swiss broadcaster in German: an attached XLSX with a merged "
        "'Produktion' cell over two rows and a test row, Swiss phone, UID not an IČO",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Radio Limmattal AG",
            None,
            None,
            ["192.0.2.171", "192.0.2.172"],
            ["192.0.2.175"],
            "Reto Bachmann",
            "reto.bachmann@radiolimmattal.example",
            "+41792264718",
        ),
        "from": "Reto Bachmann <reto.bachmann@radiolimmattal.example>",
        "subject": "Gesuch XML-Zugang Wahlresultate",
        "headers": APPLE,
        "body": (
            "Grüezi\n\n"
            "Radio Limmattal AG bittet um Zugang zu den Wahlresultaten im XML-Format. Die "
            "Adressen finden Sie in der beigelegten Tabelle. Ansprechperson bin ich: Reto "
            "Bachmann, +41 79 226 47 18.\n\n"
            "Freundliche Grüsse\n"
            "Reto Bachmann\n"
            "Leiter Technik, Radio Limmattal AG\n"
            "UID CHE-114.382.907\n"
        ),
        "attachments": [
            (
                "xlsx",
                "IP_Adressen_Radio_Limmattal.xlsx",
                [
                    {
                        "title": "Adressen",
                        "rows": [
                            ["Zweck", "IP-Adresse", "Hostname"],
                            ["Produktion", "192.0.2.171", "feed1.radiolimmattal.example"],
                            [None, "192.0.2.172", "feed2.radiolimmattal.example"],
                            ["Test", "192.0.2.175", "test.radiolimmattal.example"],
                        ],
                        "merge": ["A2:A3"],
                    }
                ],
            )
        ],
    },
    {
        "id": "au037-publisher-databox-rtf",
        "description": "a regional publisher's data message: the RTF carries a table with both "
        "requests and the test row 'nepoužijeme'; the annotation only names the subject",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Jihočeská mediální, a.s.",
            I37,
            "j5pe8wd",
            ["192.0.2.180", "192.0.2.181"],
            [],
            "Kamil Zeman",
            "zeman@jcmedialni.example",
            "+420387441926",
        ),
        "subject": "Volby 2025 – žádost o přístup a o povolení natáčení",
        "databox": {
            "box": "j5pe8wd",
            "sender": "Jihočeská mediální, a.s.",
            "address": "Lannova tř. 63/41, 370 01 České Budějovice",
        },
        "attachments": [
            (
                "rtf",
                "zadost_JCM.rtf",
                [
                    "Jihočeská mediální, a.s., Lannova tř. 63/41, České Budějovice",
                    f"IČO {I37[:4]} {I37[4:]}",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML a o povolení "
                    "natáčení na sběrném místě v Českých Budějovicích.",
                    [
                        ["Položka", "Údaj"],
                        ["Produkční IP", "192.0.2.180, 192.0.2.181"],
                        ["Testovací IP", "nepoužijeme"],
                        ["Kontakt", "Kamil Zeman, +420 387 441 926"],
                        ["E-mail", "zeman@jcmedialni.example"],
                    ],
                    "Ing. Hana Šrámková, předsedkyně představenstva",
                ],
            )
        ],
    },
    {
        "id": "au038-radio-filming-later-election",
        "description": "a radio asks for the feed now and says it will ask to film only before "
        "the presidential election; plain and HTML alternatives, záložní is production",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Rádio Hanácké vlny, s.r.o.",
            I38,
            None,
            ["203.0.113.120", "203.0.113.121"],
            [],
            "Lucie Novosadová",
            "novosadova@hanackevlny.example",
            "+420585203661",
        ),
        "from": "Lucie Novosadová <novosadova@hanackevlny.example>",
        "subject": "Rádio Hanácké vlny – XML výsledky krajských voleb",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            f"Rádio Hanácké vlny, s.r.o. (IČO {I38}) žádá o přístup k výsledkům krajských "
            "voleb ve formátu XML: hlavní server 203.0.113.120, záložní 203.0.113.121. "
            "Testovat budeme z hlavního serveru.\n\n"
            "O povolení natáčet na sběrném místě požádáme až před prezidentskou volbou, "
            "teď ho nepotřebujeme.\n\n"
            "Kontakt: Lucie Novosadová, 585 203 661\n\n"
            "Lucie Novosadová\nprogramová ředitelka\n"
        ),
        "html": (
            '<div dir="ltr"><p>Dobrý den,</p>'
            f"<p>Rádio Hanácké vlny, s.r.o. (IČO {I38}) žádá o přístup k výsledkům krajských "
            "voleb ve formátu XML: hlavní server <b>203.0.113.120</b>, záložní "
            "<b>203.0.113.121</b>. Testovat budeme z hlavního serveru.</p>"
            "<p>O povolení natáčet na sběrném místě požádáme až před prezidentskou volbou, "
            "teď ho nepotřebujeme.</p>"
            "<p>Kontakt: Lucie Novosadová, 585&nbsp;203&nbsp;661</p>"
            "<p>Lucie Novosadová<br>programová ředitelka</p></div>"
        ),
    },
    {
        "id": "au039-german-portal-ipv6-127",
        "description": "a German news portal in German with English terms: production an IPv6 "
        "/127 (two addresses), test IPv4; an 'interner Host' name with a port",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Lausitzer Netzzeitung UG (haftungsbeschränkt)",
            None,
            None,
            ["2001:db8:1200::a", "2001:db8:1200::b"],
            ["192.0.2.222"],
            "Jonas Kretschmer",
            "jk@lausitzer-netzzeitung.example",
            "+4935719470213",
        ),
        "from": "Jonas Kretschmer <jk@lausitzer-netzzeitung.example>",
        "subject": "Zugang XML-Feed Wahlen",
        "headers": OUTLOOK,
        "cte": "base64",
        "body": (
            "Hallo,\n\n"
            "für die Lausitzer Netzzeitung UG (haftungsbeschränkt) beantrage ich den Zugang "
            "zum XML-Feed.\n\n"
            "Production: 2001:db8:1200::a/127 (beide Adressen, active/passive)\n"
            "Staging/Test: 192.0.2.222\n"
            "Der interne Host fetcher.int.lnz:8080 ist nur intern, bitte nicht eintragen.\n\n"
            "Kontakt: Jonas Kretschmer, Tel. 03571 9470213\n\n"
            "Gruß\nJonas\n"
        ),
    },
    {
        "id": "au040-institute-html-abbreviations",
        "description": "a Czech institute's HTML-only Outlook mail: a table with 'prod.', "
        "'záloha' and 'TST' rows, the contact a named colleague with a direct line before "
        "the switchboard",
        "style": Style.INSTITUTE,
        "labels": L(
            [FEED],
            "Institut regionální demokracie, z. ú.",
            I40,
            None,
            ["198.51.100.50", "198.51.100.51"],
            ["198.51.100.58"],
            "Martina Holubová",
            "holubova@ird.example",
            "+420257113845",
        ),
        "from": "Institut regionální demokracie <sekretariat@ird.example>",
        "subject": "IRD – žádost o přístup k XML",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta charset="utf-8"></head><body lang="CS">'
            '<p class="MsoNormal">Dobrý den,</p>'
            '<p class="MsoNormal">Institut regionální demokracie, z. ú., IČO '
            f"{I40}, žádá o přístup k výsledkům voleb (XML) pro volební studio na "
            "ird.example.</p>"
            '<table border="1" cellpadding="3"><tr><td><b>typ</b></td><td><b>IP</b></td></tr>'
            "<tr><td>prod.</td><td>198.51.100.50</td></tr>"
            "<tr><td>záloha</td><td>198.51.100.51</td></tr>"
            "<tr><td>TST</td><td>198.51.100.58</td></tr></table>"
            '<p class="MsoNormal">Kontaktní osoba: Mgr. Martina Holubová, přímá linka '
            "257 113 845, holubova@ird.example (ústředna 257 113 800).</p>"
            '<p class="MsoNormal">Za sekretariát<br>Jitka Vránová</p>'
            "</body></html>"
        ),
    },
    {
        "id": "au041-polish-radio-range-declines-film",
        "description": "Polish radio in Polish: a range written 'od … do …' for production, "
        "one test address, recording explicitly not needed",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Podhale Sp. z o.o.",
            None,
            None,
            ["203.0.113.60", "203.0.113.61", "203.0.113.62"],
            ["203.0.113.63"],
            "Krzysztof Gąsienica",
            "k.gasienica@radiopodhale.example",
            "+48182015530",
        ),
        "from": "Krzysztof Gąsienica <k.gasienica@radiopodhale.example>",
        "subject": "Dostęp XML – Radio Podhale",
        "headers": TBIRD,
        "body": (
            "Szanowni Państwo,\n\n"
            "Radio Podhale Sp. z o.o. (Nowy Targ) prosi o dostęp do wyników wyborów w "
            "formacie XML.\n"
            "Adresy produkcyjne: od 203.0.113.60 do 203.0.113.62.\n"
            "Adres testowy: 203.0.113.63.\n"
            "Nie potrzebujemy zezwolenia na nagrywanie.\n\n"
            "Kontakt: Krzysztof Gąsienica, tel. +48 18 201 55 30\n\n"
            "Pozdrawiam serdecznie\n"
            "Krzysztof Gąsienica\n"
            "kierownik działu technicznego\n"
        ),
    },
    {
        "id": "au042-freelancer-trade-name-base64",
        "description": "a freelancer names herself with a dash and a trade name, base64 "
        "windows-1250: both requests, production IPv6, test IPv4, IČO written 'IČ' with "
        "spaces",
        "style": Style.FREELANCER,
        "labels": L(
            [FEED, FILM],
            "Jana Křížová – Křížová Media",
            I42,
            None,
            ["2001:db8:5::20"],
            ["192.0.2.99"],
            "Jana Křížová",
            "jana@krizovamedia.example",
            "+420776338102",
        ),
        "from": "Jana Křížová <jana@krizovamedia.example>",
        "subject": "Žádost o přístup k XML a povolení natáčení",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            "jsem OSVČ (Jana Křížová – Křížová Media, IČ "
            f"{I42[:3]} {I42[3:6]} {I42[6:]}) a připravuji videozpravodajství z voleb pro "
            "dva regionální weby. Prosím o:\n"
            "a) přístup k výsledkům v XML – produkce 2001:db8:5::20, test 192.0.2.99,\n"
            "b) povolení natáčet na sběrném místě v Kolíně.\n\n"
            "Kontakt: Jana Křížová, 776 338 102, jana@krizovamedia.example\n\n"
            "Děkuji,\nJana Křížová\n"
        ),
    },
]
