"""Sixty-first held-out part ``dm``, cases dm001–dm014: a Vietnamese community weekly in
Prague writing Vietnamese with Czech terms, a Russian-language weekly in Karlovy Vary in
Cyrillic (koi8-r) with a trailing port, an Austrian public broadcaster's Prague correspondent
asking for filming only, a Japanese bureau pasting a full-width address, a Lithuanian portal
with a /30, a Latvian freelancer with a netmask, an Estonian university's department, a Finnish
daily whose test server is only a 'testipalvelin', a Romanian regional TV's 'server de test', a
Slovenian publisher withdrawing the feed, Serbian 'odnosno' in Latin letters, a Serbian weekly
in Cyrillic applying for a later election, a Turkish agency with uncompressed IPv6 and a
Catalan university's conditional filming. Written by hand apart from the extraction rules (see
make_sixtyfirst_dm); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixtyfirst_dm_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    SPARK,
    TBIRD,
    THE_BAT,
    ZIMBRA,
    L,
    Style,
    ico,
)

I1, I2 = ico("2817390"), ico("0691485")

CASES: list[dict[str, Any]] = [
    {
        "id": "dm001-vi-community-weekly-czech-terms",
        "description": "Vietnamese community weekly in Prague writes Vietnamese with Czech terms "
        "(s.r.o., IČO, volby do Poslanecké sněmovny, kontaktní osoba); the publisher is named "
        "beside the paper's Vietnamese title; the contact written family name first as "
        "Vietnamese do, the same order everywhere; base64",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Sen Vàng Media s.r.o.",
            I1,
            None,
            ["192.0.2.84", "192.0.2.85"],
            ["192.0.2.88"],
            "Nguyễn Thị Thu Hà",
            "thuha@senvang-media.example",
            "+420773158402",
        ),
        "from": "Nguyen Thi Thu Ha <thuha@senvang-media.example>",
        "subject": "Žádost o přístup k výsledkům voleb – báo Sen Vàng",
        "headers": GMAIL,
        "cte": "base64",
        "body": "Kính gửi Český statistický úřad,\n\n"
        "Chúng tôi là tuần báo tiếng Việt „Sen Vàng“, phát hành tại Praha cho cộng đồng người "
        "Việt ở Séc. Nhà xuất bản là công ty Sen Vàng Media s.r.o., IČO " + I1 + ".\n\n"
        "Nhân dịp volby do Poslanecké sněmovny, chúng tôi xin được cấp quyền truy cập "
        "(přístup) vào máy chủ dữ liệu kết quả bầu cử dạng XML để đăng kết quả trực tiếp "
        "trên trang web của báo.\n\n"
        "Địa chỉ IP máy chủ chính (produkční): 192.0.2.84 và 192.0.2.85\n"
        "Địa chỉ IP máy chủ thử nghiệm (testovací): 192.0.2.88\n\n"
        "Chúng tôi không cần quay phim tại trụ sở ČSÚ.\n\n"
        "Kontaktní osoba: chị Nguyễn Thị Thu Hà, biên tập viên\n"
        "Điện thoại: 773 158 402\n"
        "E-mail: thuha@senvang-media.example\n\n"
        "Trân trọng cảm ơn,\n"
        "Nguyễn Thị Thu Hà\n"
        "Tuần báo Sen Vàng – Sen Vàng Media s.r.o.\n"
        "Libušská 319, 142 00 Praha 4\n",
    },
    {
        "id": "dm002-ru-cyrillic-weekly-trailing-port",
        "description": "Russian-language weekly in Karlovy Vary writes Russian in Cyrillic "
        "(utf-8, 8bit); the Czech publisher in Latin letters; the production address pasted "
        "with its port (':443', labelled without it); testing from production gives no test "
        "address; both requests",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Kurort Press s.r.o.",
            I2,
            None,
            ["198.51.100.7"],
            [],
            "Ирина Соколова",
            "sokolova@kurort-press.example",
            "+420724603118",
        ),
        "from": "Ирина Соколова <sokolova@kurort-press.example>",
        "subject": "Заявка: доступ к результатам выборов и съёмка",
        "headers": THE_BAT,
        "cte": "8bit",
        "body": "Уважаемые дамы и господа,\n\n"
        "еженедельник «Курортная газета» выходит на русском языке в Карловых Варах. "
        "Издатель – Kurort Press s.r.o., IČO " + I2 + ".\n\n"
        "Просим:\n"
        "1) предоставить доступ к серверу с результатами выборов в формате XML;\n"
        "2) разрешить нашему оператору снимать на пункте сбора данных ЧСУ в Карловых Варах "
        "в ночь подсчёта голосов.\n\n"
        "Адрес нашего сервера: 198.51.100.7:443\n"
        "Отдельного тестового сервера у нас нет, тестировать будем с этого же адреса.\n\n"
        "Контактное лицо: Ирина Соколова, главный редактор, моб. +420 724 603 118, "
        "sokolova@kurort-press.example\n\n"
        "С уважением,\nИрина Соколова\n«Курортная газета» / Kurort Press s.r.o.\n",
    },
    {
        "id": "dm003-de-at-public-broadcaster-filming-only",
        "description": "Austrian public broadcaster's Prague correspondent asks in German for "
        "filming only, the XML feed explicitly not wanted (the figures come from Vienna); "
        "the Prague mobile before the Vienna desk; the camera operator named but not contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Donaurundfunk",
            None,
            None,
            [],
            [],
            "Katharina Wimmer",
            "katharina.wimmer@donaurundfunk.example",
            "+420602718493",
        ),
        "from": "Wimmer Katharina <katharina.wimmer@donaurundfunk.example>",
        "subject": "Drehgenehmigung Wahlabend – Donaurundfunk, Büro Prag",
        "headers": OUTLOOK,
        "body": "Sehr geehrte Damen und Herren,\n\n"
        "als Korrespondentin des Donaurundfunks in Prag ersuche ich um eine Drehgenehmigung "
        "für den Wahlabend: Wir möchten mit einem kleinen Team (Kamera: Tomáš Bednář) in der "
        "Zentrale des Tschechischen Statistikamts in Prag-Strašnice Bilder von der "
        "Datenerfassung und O-Töne aufnehmen, voraussichtlich zwischen 14 und 18 Uhr.\n\n"
        "Den Zugang zu den XML-Daten benötigen wir nicht – die Ergebnisse übernimmt unsere "
        "Grafikredaktion in Wien aus den öffentlichen Quellen.\n\n"
        "Für Rückfragen bin ich am besten mobil erreichbar: +420 602 718 493.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Mag. Katharina Wimmer\n"
        "Korrespondentin Prag\n"
        "Donaurundfunk\n"
        "Auslandsredaktion Wien: +43 1 50 44 2730\n",
    },
    {
        "id": "dm004-ja-bureau-fullwidth-test-address",
        "description": "Japanese newspaper's Prague bureau writes English; the test address is "
        "pasted from a Japanese note by Tokyo IT with full-width digits and dots "
        "('２０３．０．１１３．２９', labelled 203.0.113.29); the company named in English",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Kitakaze Shimbun Co., Ltd.",
            None,
            None,
            ["203.0.113.25", "203.0.113.26"],
            ["203.0.113.29"],
            "Haruto Sato",
            "h.sato@kitakaze-shimbun.example",
            "+420739204851",
        ),
        "from": "Haruto Sato <h.sato@kitakaze-shimbun.example>",
        "subject": "Request for access to election results data (Kitakaze Shimbun)",
        "headers": APPLE,
        "body": "Dear Sir or Madam,\n\n"
        "Kitakaze Shimbun Co., Ltd. (Sapporo, Japan) would like to receive the election "
        "results of the Czech Republic in XML format on election night. Our Europe desk "
        "prepares graphics for the morning edition.\n\n"
        "Production servers: 203.0.113.25, 203.0.113.26\n"
        "Test server: please see the note from our IT department in Tokyo below.\n\n"
        "-----\n"
        "チェコ選挙データ 接続元IP\n"
        "テスト用サーバー：２０３．０．１１３．２９\n"
        "（本番は上記の２台）\n"
        "-----\n\n"
        "The contact person is myself.\n\n"
        "Kind regards,\n"
        "Haruto Sato\n"
        "Prague Bureau, Kitakaze Shimbun\n"
        "+420 739 204 851\n",
    },
    {
        "id": "dm005-lt-portal-slash30",
        "description": "Lithuanian news portal writes Lithuanian; the company form UAB before the "
        "name, no quotes; production as a /30 block (four addresses); the test server a "
        "separate address; phone with +370",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "UAB Baltijos žinių tinklas",
            None,
            None,
            ["198.18.12.8", "198.18.12.9", "198.18.12.10", "198.18.12.11"],
            ["198.18.12.20"],
            "Rūta Petrauskienė",
            "ruta.petrauskiene@bzt.example",
            "+37061234587",
        ),
        "from": "Rūta Petrauskienė <ruta.petrauskiene@bzt.example>",
        "subject": "Prašymas dėl prieigos prie rinkimų rezultatų (XML)",
        "headers": ZIMBRA,
        "body": "Laba diena,\n\n"
        "UAB Baltijos žinių tinklas, naujienų portalo apie Vidurio Europą leidėjas, prašo "
        "suteikti prieigą prie Čekijos rinkimų rezultatų XML serverio.\n\n"
        "Gamybiniai serveriai: 198.18.12.8/30\n"
        "Testavimo serveris: 198.18.12.20\n\n"
        "Filmuoti jūsų patalpose neketiname.\n\n"
        "Kontaktinis asmuo: Rūta Petrauskienė, IT skyriaus vadovė, tel. +370 612 34587\n\n"
        "Pagarbiai\n"
        "Rūta Petrauskienė\n"
        "UAB Baltijos žinių tinklas\n"
        "Vilnius\n",
    },
    {
        "id": "dm006-lv-freelancer-netmask",
        "description": "Latvian freelance journalist applies for herself in Latvian; one "
        "address given with a 255.255.255.254 netmask (two addresses); no test server; she "
        "names the radio she writes for, which is not the applicant",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Ilze Kalniņa",
            None,
            None,
            ["192.0.2.44", "192.0.2.45"],
            [],
            "Ilze Kalniņa",
            "ilze.kalnina@pasts.example",
            "+37129415836",
        ),
        "from": "Ilze Kalniņa <ilze.kalnina@pasts.example>",
        "subject": "Pieteikums – piekļuve vēlēšanu rezultātiem XML formātā",
        "headers": K9,
        "flowed": True,
        "body": "Labdien!\n\n"
        "Esmu ārštata žurnāliste, rakstu par Centrāleiropas politiku (arī Latvijas "
        "Sabiedriskajam radio, bet šo pieteikumu iesniedzu savā vārdā). Lūdzu piešķirt man "
        "piekļuvi vēlēšanu rezultātu serverim XML formātā.\n\n"
        "Mana IP adrese: 192.0.2.44, maska 255.255.255.254\n"
        "Atsevišķa testa servera man nav.\n\n"
        "Tālrunis: +371 29 415 836\n\n"
        "Ar cieņu\nIlze Kalniņa\n",
    },
    {
        "id": "dm007-et-university-department-range",
        "description": "an Estonian university's department of political science writes "
        "Estonian; the department is no legal entity, so the university as written in the "
        "signature; production as a written range of three; no test; a colleague in copy",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Lõuna-Eesti Ülikool",
            None,
            None,
            ["203.0.113.70", "203.0.113.71", "203.0.113.72"],
            [],
            "Mart Tamm",
            "mart.tamm@leu.example",
            "+3725318246",
        ),
        "from": "Mart Tamm <mart.tamm@leu.example>",
        "cc": "Kadri Saar <kadri.saar@leu.example>",
        "subject": "Taotlus: juurdepääs valimistulemuste XML-andmetele",
        "headers": TBIRD,
        "body": "Austatud Tšehhi Statistikaamet,\n\n"
        "Lõuna-Eesti Ülikooli politoloogia osakond uurib Kesk-Euroopa valimiskäitumist ja "
        "soovib valimisööl koguda tulemusi otse teie XML-serverist.\n\n"
        "Meie serverid: 203.0.113.70 kuni 203.0.113.72\n"
        "Eraldi testserverit meil ei ole.\n\n"
        "Kontaktisik: Mart Tamm, teadur, tel +372 531 8246. Koopia: dr Kadri Saar, "
        "osakonna juhataja.\n\n"
        "Lugupidamisega\n"
        "Mart Tamm\n"
        "Politoloogia osakond\n"
        "Lõuna-Eesti Ülikool\n",
    },
    {
        "id": "dm008-fi-daily-testipalvelin",
        "description": "Finnish daily's publisher writes Finnish only: the roles are "
        "'tuotantopalvelimet' and 'testipalvelin', no English or Czech role word; the name "
        "ends with Oy",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Kustannus Pohjolan Viesti Oy",
            None,
            None,
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.149"],
            "Jussi Heikkinen",
            "jussi.heikkinen@pohjolanviesti.example",
            "+358405127736",
        ),
        "from": "Jussi Heikkinen <jussi.heikkinen@pohjolanviesti.example>",
        "subject": "Hakemus: Tšekin vaalitulokset XML-muodossa",
        "headers": OUTLOOK,
        "cte": "base64",
        "body": "Hyvät vastaanottajat,\n\n"
        "Kustannus Pohjolan Viesti Oy hakee pääsyä Tšekin tilastoviraston vaalitulospalvelimelle "
        "(XML). Julkaisemme tulokset verkkolehdessämme vaali-iltana.\n\n"
        "Tuotantopalvelimet: 198.51.100.140 ja 198.51.100.141\n"
        "Testipalvelin: 198.51.100.149\n\n"
        "Yhteyshenkilö: Jussi Heikkinen, tietojärjestelmäpäällikkö\n"
        "puh. +358 40 512 7736\n\n"
        "Ystävällisin terveisin\n"
        "Jussi Heikkinen\n"
        "Kustannus Pohjolan Viesti Oy, Oulu\n",
    },
    {
        "id": "dm009-ro-regional-tv-server-de-test",
        "description": "Romanian regional TV writes Romanian; roles only as 'server de "
        "producție' and 'server de test'; S.R.L. after the name; the contact's mobile after "
        "the newsroom's switchboard",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Televiziunea Crișana S.R.L.",
            None,
            None,
            ["203.0.113.190"],
            ["203.0.113.191"],
            "Andrei Mureșan",
            "andrei.muresan@tvcrisana.example",
            "+40745218930",
        ),
        "from": "Andrei Mureșan <andrei.muresan@tvcrisana.example>",
        "subject": "Cerere acces date alegeri (XML) - Televiziunea Crișana",
        "headers": GMAIL,
        "body": "Stimate doamne și domni,\n\n"
        "Televiziunea Crișana S.R.L. (Oradea) solicită acces la serverul cu rezultatele "
        "alegerilor din Republica Cehă, în format XML, pentru emisiunea specială din noaptea "
        "alegerilor.\n\n"
        "Server de producție: 203.0.113.190\n"
        "Server de test: 203.0.113.191\n\n"
        "Persoană de contact: Andrei Mureșan, inginer de sistem\n"
        "Mobil: +40 745 218 930 (redacția: +40 259 410 200)\n\n"
        "Cu stimă,\nAndrei Mureșan\nTeleviziunea Crișana S.R.L.\n",
    },
    {
        "id": "dm010-sl-publisher-withdraws-feed",
        "description": "Slovenian publisher asks in Slovenian for the feed and filming, then a "
        "P.S. withdraws the feed (the agency supplies the figures): filming only, the "
        "addresses go with the withdrawn feed",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Založba Soča d.o.o.",
            None,
            None,
            [],
            [],
            "Maja Kovačič",
            "maja.kovacic@zalozba-soca.example",
            "+38641582307",
        ),
        "from": "Maja Kovačič <maja.kovacic@zalozba-soca.example>",
        "subject": "Prošnja – dostop do volilnih rezultatov in snemanje",
        "headers": SPARK,
        "body": "Spoštovani,\n\n"
        "Založba Soča d.o.o., izdajatelj tednika Posočje danes, prosi za:\n"
        "– dostop do strežnika z volilnimi rezultati v formatu XML (IP 192.0.2.160, "
        "testni 192.0.2.161),\n"
        "– dovoljenje za snemanje na zbirnem mestu ČSÚ v Pragi v volilni noči.\n\n"
        "Kontaktna oseba: Maja Kovačič, urednica, tel. +386 41 582 307\n\n"
        "Lep pozdrav,\nMaja Kovačič\n\n"
        "P.S. Pravkar sem izvedela, da bomo rezultate dobili od tiskovne agencije, zato "
        "prošnjo za dostop do XML umikam. Snemanje pa nas še vedno zanima.\n",
    },
    {
        "id": "dm011-sr-latn-odnosno",
        "description": "Serbian portal writes Serbian in Latin letters: production and test "
        "addresses given with 'odnosno' (respectively); d.o.o. after the name",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Novosadska hronika d.o.o.",
            None,
            None,
            ["192.0.2.150"],
            ["192.0.2.159"],
            "Nikola Jovanović",
            "nikola.jovanovic@nshronika.example",
            "+381638204175",
        ),
        "from": "Nikola Jovanović <nikola.jovanovic@nshronika.example>",
        "subject": "Zahtev za pristup rezultatima izbora (XML)",
        "headers": ROUNDCUBE,
        "body": "Poštovani,\n\n"
        "Novosadska hronika d.o.o. iz Novog Sada, izdavač istoimenog portala, podnosi zahtev "
        "za pristup serveru sa rezultatima izbora u Češkoj u XML formatu.\n\n"
        "Produkcioni i test server imaju adrese 192.0.2.150, odnosno 192.0.2.159.\n\n"
        "Kontakt osoba: Nikola Jovanović, tel. +381 63 820 4175\n\n"
        "Srdačno,\nNikola Jovanović\nNovosadska hronika d.o.o.\n",
    },
    {
        "id": "dm012-sr-cyrl-weekly-later-election",
        "description": "Serbian weekly writes in Cyrillic (iso-8859-5): the application is made "
        "as a whole for next year's European Parliament election, not the present one "
        "(counts); name in Cyrillic with д.о.о.; production and a backup (резервни) server",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Нишке вести д.о.о.",
            None,
            None,
            ["198.18.33.40", "198.18.33.41"],
            ["198.18.33.49"],
            "Јелена Петровић",
            "jelena.petrovic@niskevesti.example",
            "+381642719305",
        ),
        "from": "Јелена Петровић <jelena.petrovic@niskevesti.example>",
        "subject": "Захтев за приступ резултатима избора за Европски парламент",
        "headers": MAC_OUTLOOK,
        "charset": "iso-8859-5",
        "cte": "8bit",
        "body": "Поштовани,\n\n"
        "Нишке вести д.о.о. подноси захтев за приступ XML серверу са резултатима. Овогодишњи "
        "избори за Посланички дом нас не занимају; захтев се односи на изборе за Европски "
        "парламент следеће године.\n\n"
        "Главни сервер: 198.18.33.40\n"
        "Резервни сервер: 198.18.33.41\n"
        "Тестни сервер: 198.18.33.49\n\n"
        "Контакт: Јелена Петровић, тел. +381 64 271 9305\n\n"
        "Срдачан поздрав,\nЈелена Петровић\nНишке вести д.о.о., Ниш\n",
    },
    {
        "id": "dm013-tr-agency-ipv6-uncompressed",
        "description": "Turkish news agency writes Turkish; IPv6 production addresses, one "
        "written uncompressed with leading zeros (labelled compressed); an IPv6 test "
        "address; A.Ş. after the name; HTML alternative",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Boğaziçi Haber Ajansı A.Ş.",
            None,
            None,
            ["2001:db8:4d2::10", "2001:db8:4d2::11"],
            ["2001:db8:4d2::99"],
            "Elif Yıldırım",
            "elif.yildirim@bogazicihaber.example",
            "+905327184406",
        ),
        "from": "Elif Yıldırım <elif.yildirim@bogazicihaber.example>",
        "subject": "Çek seçim sonuçları XML erişim başvurusu",
        "headers": IPHONE,
        "body": "Sayın Yetkili,\n\n"
        "Boğaziçi Haber Ajansı A.Ş. olarak Çek Cumhuriyeti seçim sonuçlarının XML "
        "sunucusuna erişim talep ediyoruz.\n\n"
        "Üretim sunucuları:\n"
        "2001:db8:4d2::10\n"
        "2001:0db8:04d2:0000:0000:0000:0000:0011\n"
        "Test sunucusu: 2001:db8:4d2::99\n\n"
        "İrtibat: Elif Yıldırım, teknik koordinatör, +90 532 718 44 06\n\n"
        "Saygılarımızla,\nElif Yıldırım\nBoğaziçi Haber Ajansı A.Ş., İstanbul\n",
        "html": "<p>Sayın Yetkili,</p><p><b>Boğaziçi Haber Ajansı A.Ş.</b> olarak Çek "
        "Cumhuriyeti seçim sonuçlarının XML sunucusuna erişim talep ediyoruz.</p>"
        "<p>Üretim sunucuları:<br>2001:db8:4d2::10<br>"
        "2001:0db8:04d2:0000:0000:0000:0000:0011<br>Test sunucusu: 2001:db8:4d2::99</p>"
        "<p>İrtibat: Elif Yıldırım, teknik koordinatör, +90 532 718 44 06</p>"
        "<p>Saygılarımızla,<br>Elif Yıldırım<br>Boğaziçi Haber Ajansı A.Ş., İstanbul</p>",
    },
    {
        "id": "dm014-ca-university-conditional-filming",
        "description": "Catalan university's journalism faculty writes Catalan; the sentence "
        "opens with the article 'La' (not part of the name, the signature has none); filming "
        "asked 'si és possible' (conditional, counts); a student is in copy",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Universitat de les Terres de l'Ebre",
            None,
            None,
            ["198.51.100.60", "198.51.100.61"],
            ["198.51.100.69"],
            "Jordi Puigdomènech",
            "jordi.puigdomenech@ute.example",
            "+34977441286",
        ),
        "from": "Jordi Puigdomènech <jordi.puigdomenech@ute.example>",
        "cc": "arnau.ferrer@estudiants.ute.example",
        "subject": "Sol·licitud d'accés a les dades electorals (XML) i de filmació",
        "headers": TBIRD,
        "body": "Benvolguts,\n\n"
        "La Universitat de les Terres de l'Ebre, a través de la Facultat de Comunicació, "
        "sol·licita l'accés al servidor XML amb els resultats de les eleccions a la República "
        "Txeca per a un laboratori de periodisme de dades amb els nostres estudiants.\n\n"
        "Servidors de producció: 198.51.100.60 i 198.51.100.61\n"
        "Servidor de proves: 198.51.100.69\n\n"
        "Si és possible, un dels nostres estudiants (Arnau Ferrer, en còpia) voldria també "
        "filmar breument al punt de recollida de dades de Praga la nit electoral; us "
        "agrairíem el permís.\n\n"
        "Persona de contacte: Dr. Jordi Puigdomènech, tel. +34 977 441 286\n\n"
        "Salutacions cordials,\n"
        "Jordi Puigdomènech\n"
        "Facultat de Comunicació\n"
        "Universitat de les Terres de l'Ebre\n",
    },
]
