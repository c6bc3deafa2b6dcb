"""Sixty-first held-out part ``dm``, cases dm029–dm042: a Vietnamese TV's data message with
an ODT in Vietnamese and Czech, a Russian-language radio's reply in Russian under the office's
quoted query, a Lithuanian company's Czech branch by data message, a photographer's own box
with a text file (filming only), a regional TV's HTML-only table with an IPv6 /127 and a range
with 'až', a Flemish regional TV's signed mail with 'respectievelijk', a Swedish letter with
'den förra … den senare', a PR agency's RTF for a weekly, a Romanian university withdrawing
filming, a replaced address, a Russian-language magazine's RTF by data message, a Serbian
photographer's terse filming request, a city district's form with ANO/NE and a German daily
forwarded as an attached message. Written by hand apart from the extraction rules (see
make_sixtyfirst_dm); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixtyfirst_dm_common import (
    APPLE,
    FAIRMAIL,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    PROTON,
    ROUNDCUBE,
    SEZNAM,
    SPARK,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I30, I31, I32, I33, I36, I38, I39, I41 = (
    ico("0835127"),
    ico("2950418"),
    ico("0917352"),
    ico("7461028"),
    ico("2706395"),
    ico("4830671"),
    ico("2598314"),
    ico("0763149"),
    ico("0023107"),
)
LT_CODE = "304518276"  # the Lithuanian parent's company code: nine digits, never an IČO

CASES: list[dict[str, Any]] = [
    {
        "id": "dm029-vi-tv-databox-odt-mixed",
        "description": "a Vietnamese-language internet TV in Prague sends a data message with "
        "an ODT written in Vietnamese with Czech headings; the test server only as 'máy chủ "
        "thử nghiệm', a backup (dự phòng) server is production; the contact written family "
        "name first throughout",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "VietPraha TV s.r.o.",
            I29,
            "v8tq2pn",
            ["198.51.100.171", "198.51.100.172"],
            ["198.51.100.179"],
            "Trần Văn Minh",
            "minh.tran@vietpraha-tv.example",
            "+420777302918",
        ),
        "databox": box("v8tq2pn", "VietPraha TV s.r.o.", "Kunratická 2490/2, 148 00 Praha 4"),
        "subject": "Žádost – přístup k výsledkům voleb XML (VietPraha TV)",
        "attachments": [
            (
                "odt",
                "don_xin_truy_cap_XML.odt",
                [
                    "VietPraha TV s.r.o., IČO " + I29,
                    "Kunratická 2490/2, 148 00 Praha 4",
                    "ĐƠN XIN TRUY CẬP KẾT QUẢ BẦU CỬ (Žádost o přístup k výsledkům voleb)",
                    "Kênh truyền hình internet VietPraha TV phát sóng bằng tiếng Việt cho "
                    "cộng đồng người Việt tại Séc. Chúng tôi xin truy cập máy chủ XML của "
                    "ČSÚ để đưa tin kết quả bầu cử trực tiếp trong đêm bầu cử.",
                    [
                        ["Máy chủ", "Địa chỉ IP"],
                        ["máy chủ chính", "198.51.100.171"],
                        ["máy chủ dự phòng", "198.51.100.172"],
                        ["máy chủ thử nghiệm", "198.51.100.179"],
                    ],
                    "Quay phim tại ČSÚ: không cần.",
                    "Người liên hệ (kontaktní osoba): Trần Văn Minh, trưởng kỹ thuật, "
                    "minh.tran@vietpraha-tv.example, ĐT 777 302 918",
                ],
            )
        ],
    },
    {
        "id": "dm030-ru-radio-reply-office-quoted",
        "description": "a Russian-language radio in Prague replies in Russian under the "
        "office's quoted Czech query (the office's IČO and phone in it): it supplies the "
        "missing test address and repeats production; the publisher's IČO in the signature",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Radio Vltava Rus s.r.o.",
            I30,
            None,
            ["192.0.2.57"],
            ["192.0.2.58"],
            "Дмитрий Волков",
            "volkov@radiovltava-rus.example",
            "+420605441287",
        ),
        "from": "Дмитрий Волков <volkov@radiovltava-rus.example>",
        "subject": "Re: Žádost o přístup k XML – chybí testovací adresa",
        "headers": ROUNDCUBE,
        "body": "Добрый день, пани Горакова!\n\n"
        "Спасибо за письмо. Тестовый сервер у нас есть: 192.0.2.58. Основной остаётся "
        "прежним – 192.0.2.57.\n\n"
        "С уважением,\n"
        "Дмитрий Волков, технический директор\n"
        "Radio Vltava Rus s.r.o., IČO " + I30 + "\n"
        "тел. +420 605 441 287\n\n"
        "Dne 12. 9. napsal(a) Horáková Věra <vera.horakova@czso.cz>:\n"
        "> Dobrý den,\n"
        "> ve Vaší žádosti o přístup k XML s výsledky voleb uvádíte pouze adresu 192.0.2.57.\n"
        "> Chcete-li před volbami testovat, pošlete nám prosím i testovací adresu.\n"
        "> S pozdravem\n"
        "> Věra Horáková\n"
        "> Český statistický úřad | IČO 00025593 | tel. 274 052 733\n",
    },
    {
        "id": "dm031-lt-branch-databox-xlsx",
        "description": "a Lithuanian company's Czech branch (odštěpný závod) sends from the "
        "branch's box a workbook in Lithuanian and Czech: the branch's Czech IČO; the "
        "parent's nine-digit company code is no IČO; no test server",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Baltic Newsroom UAB, odštěpný závod",
            I31,
            "b5nr7wz",
            ["203.0.113.120", "203.0.113.121"],
            [],
            "Tomas Kazlauskas",
            "tomas.kazlauskas@balticnewsroom.example",
            "+420739615402",
        ),
        "databox": box(
            "b5nr7wz", "Baltic Newsroom UAB, odštěpný závod", "Karlovo nám. 7, 120 00 Praha 2"
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb / Prašymas dėl XML prieigos",
        "attachments": [
            (
                "xlsx",
                "prasymas_zadost.xlsx",
                [
                    {
                        "title": "Žádost-Prašymas",
                        "rows": [
                            ["Žadatel / Pareiškėjas", "Baltic Newsroom UAB, odštěpný závod"],
                            ["IČO", I31],
                            ["Zřizovatel / Pagrindinė įmonė", "Baltic Newsroom UAB, Vilnius"],
                            ["Įmonės kodas", LT_CODE],
                            ["Přístup k XML / XML prieiga", "ANO / TAIP"],
                            ["Natáčení / Filmavimas", "NE / NE"],
                            ["Produkční IP / Gamybinis IP", "203.0.113.120"],
                            ["Produkční IP / Gamybinis IP (atsarginis)", "203.0.113.121"],
                            ["Testovací IP / Testavimo IP", "– (testujeme z produkce)"],
                            ["Kontaktní osoba / Kontaktinis asmuo", "Tomas Kazlauskas"],
                            ["E-mail", "tomas.kazlauskas@balticnewsroom.example"],
                            ["Telefon / Tel.", "+420 739 615 402"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "dm032-cz-photographer-own-box-txt-filming",
        "description": "a freelance photographer sends from her own box (natural person in "
        "business) a plain-text file: filming only, the XML explicitly not wanted; her IČO in "
        "the file; her box is the applicant's",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Veronika Řezníčková",
            I32,
            "r2vk9xf",
            [],
            [],
            "Veronika Řezníčková",
            "foto@reznickova.example",
            "+420602517834",
        ),
        "databox": box("r2vk9xf", "Veronika Řezníčková", "Palackého 311, 530 02 Pardubice", 40),
        "subject": "Povolení fotografování ve volební noci",
        "attachments": [
            (
                "txt",
                "zadost_foto.txt",
                "Veronika Řezníčková, fotografka, IČO " + I32 + "\n"
                "Palackého 311, 530 02 Pardubice\n\n"
                "Žádám o povolení fotografovat a natáčet krátká videa na krajském pracovišti "
                "ČSÚ v Pardubicích ve volební noci (pro ČTK a regionální weby).\n"
                "Přístup k XML s výsledky nepotřebuji.\n\n"
                "tel. 602 517 834, foto@reznickova.example\n",
            )
        ],
    },
    {
        "id": "dm033-cz-regional-tv-html-only-ipv6-127",
        "description": "HTML-only mail from a regional TV: a table with a range written with "
        "'až' and an IPv6 /127 (two addresses) for production, one IPv6 test address",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Regionální televize Vysočina s.r.o.",
            I33,
            None,
            [
                "198.51.100.11",
                "198.51.100.12",
                "198.51.100.13",
                "2001:db8:5c::a",
                "2001:db8:5c::b",
            ],
            ["2001:db8:5c::f"],
            "Ondřej Kadlec",
            "kadlec@rtvysocina.example",
            "+420567302814",
        ),
        "from": "Ondřej Kadlec <kadlec@rtvysocina.example>",
        "subject": "Žádost o XML výsledky voleb – RTV Vysočina",
        "headers": ZIMBRA,
        "html": "<html><body><p>Dobrý den,</p>"
        "<p>Regionální televize Vysočina s.r.o. (IČO " + I33 + ") žádá o přístup k serveru "
        "s výsledky voleb ve formátu XML.</p>"
        '<table border="1"><tr><th>Prostředí</th><th>Adresy</th></tr>'
        "<tr><td>produkce</td><td>198.51.100.11 až 198.51.100.13<br>2001:db8:5c::a/127</td></tr>"
        "<tr><td>test</td><td>2001:db8:5c::f</td></tr></table>"
        "<p>Natáčet nebudeme.</p>"
        "<p>S pozdravem<br>Ondřej Kadlec<br>technický ředitel<br>tel. 567 302 814</p>"
        "</body></html>",
    },
    {
        "id": "dm034-nl-be-flemish-tv-signed-respectievelijk",
        "description": "Flemish regional TV writes Dutch in an S/MIME-signed mail: production "
        "and test given with 'respectievelijk'; NV after the name; both requests",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Kempen TV NV",
            None,
            None,
            ["192.0.2.180"],
            ["192.0.2.189"],
            "Lotte Peeters",
            "lotte.peeters@kempentv.example",
            "+32476318254",
        ),
        "from": "Lotte Peeters <lotte.peeters@kempentv.example>",
        "subject": "Aanvraag XML-verkiezingsdata en filmtoelating",
        "headers": OUTLOOK,
        "smime": True,
        "body": "Beste,\n\n"
        "Kempen TV NV (Turnhout) vraagt toegang tot de XML-server met de Tsjechische "
        "verkiezingsresultaten en de toelating om op de verkiezingsavond te filmen in uw "
        "verzamelcentrum in Praag.\n\n"
        "Onze productie- en testserver hebben respectievelijk de adressen 192.0.2.180 en "
        "192.0.2.189.\n\n"
        "Contactpersoon: Lotte Peeters, eindredacteur, gsm +32 476 31 82 54\n\n"
        "Met vriendelijke groeten\nLotte Peeters\nKempen TV NV\n",
    },
    {
        "id": "dm035-sv-letter-den-forra-den-senare",
        "description": "Swedish daily's formal letter: two servers, their roles given by 'den "
        "förra … den senare' (the former production, the latter test); AB after the name; "
        "filming also asked",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Norrlandsbladet AB",
            None,
            None,
            ["198.18.25.14"],
            ["198.18.25.15"],
            "Erik Johansson",
            "erik.johansson@norrlandsbladet.example",
            "+46702461937",
        ),
        "from": "Erik Johansson <erik.johansson@norrlandsbladet.example>",
        "subject": "Ansökan om åtkomst till valresultat (XML) samt filmtillstånd",
        "headers": TBIRD,
        "body": "Norrlandsbladet AB\nStorgatan 21\n903 26 Umeå\n\n"
        "Tjeckiens statistikmyndighet (ČSÚ)\nNa padesátém 81\n100 82 Prag 10\n\n"
        "Ansökan om åtkomst till valresultat i XML-format samt om filmtillstånd\n\n"
        "Norrlandsbladet AB ansöker härmed om åtkomst till er XML-server med valresultaten "
        "under valnatten. Vi kommer att ansluta från två servrar, 198.18.25.14 och "
        "198.18.25.15; den förra är vår produktionsserver, den senare använder vi för att "
        "testa anslutningen i förväg.\n\n"
        "Vi ansöker även om tillstånd för vår Europakorrespondent att filma en kort stund "
        "vid er datainsamlingsplats i Prag.\n\n"
        "Kontaktperson för ansökan är undertecknad.\n\n"
        "Med vänliga hälsningar\n\n"
        "Erik Johansson\nTeknisk chef\nNorrlandsbladet AB\n"
        "Tel. +46 70 246 19 37\nerik.johansson@norrlandsbladet.example\n",
    },
    {
        "id": "dm036-cz-pr-agency-rtf-for-weekly",
        "description": "a PR agency sends a short cover mail for its client, a weekly's "
        "publisher; the RTF names the publisher as applicant and its editor as contact; the "
        "agency's own IČO is not labelled",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Týdeník Polabí a.s.",
            I36,
            None,
            ["203.0.113.210", "203.0.113.211"],
            ["203.0.113.219"],
            "Michaela Dvořáková",
            "dvorakova@tydenikpolabi.example",
            "+420325617402",
        ),
        "from": "Klára Benešová <benesova@pr-mosty.example>",
        "subject": "Žádost Týdeníku Polabí o přístup k výsledkům voleb",
        "headers": APPLE,
        "body": "Dobrý den,\n\nza našeho klienta, Týdeník Polabí a.s., zasílám v příloze "
        "podepsanou žádost o přístup k výsledkům voleb. Na dotazy odpoví přímo paní "
        "Dvořáková z redakce.\n\n"
        "S pozdravem\nKlára Benešová\nPR Mosty s.r.o., IČO " + ico("2863417") + "\n",
        "attachments": [
            (
                "rtf",
                "zadost_Tydenik_Polabi.rtf",
                [
                    "Týdeník Polabí a.s., Masarykova 55, 290 01 Poděbrady, IČO " + I36,
                    "Žádost o přístup k serveru s výsledky voleb ve formátu XML",
                    {
                        "rows": [
                            ["Role", "IP"],
                            ["produkce", "203.0.113.210"],
                            ["produkce", "203.0.113.211"],
                            ["test", "203.0.113.219"],
                        ]
                    },
                    "Kontaktní osoba: Michaela Dvořáková, zástupkyně šéfredaktora, "
                    "dvorakova@tydenikpolabi.example, tel. 325 617 402",
                    "Ing. Pavel Šrámek, předseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "dm037-ro-university-filming-withdrawn",
        "description": "a Romanian university writes Romanian: filming asked, then given up "
        "later in the mail (does not count); the test environment only as 'mediul de "
        "testare'; the contact's academic title dropped",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Universitatea de Vest din Banat",
            None,
            None,
            ["192.0.2.101"],
            ["192.0.2.102"],
            "Ioana Popescu",
            "ioana.popescu@uvb.example",
            "+40723506148",
        ),
        "from": "Ioana Popescu <ioana.popescu@uvb.example>",
        "subject": "Solicitare acces XML rezultate alegeri",
        "headers": K9,
        "body": "Bună ziua,\n\n"
        "Universitatea de Vest din Banat, prin Departamentul de Științe Politice, solicită "
        "acces la serverul XML cu rezultatele alegerilor din Cehia, pentru un proiect de "
        "cercetare. Am dori, de asemenea, să filmăm la punctul de colectare din Praga.\n\n"
        "Adresa de producție: 192.0.2.101\n"
        "Mediul de testare: 192.0.2.102\n\n"
        "Revin: colegii mei nu vor putea călători la Praga, așa că renunțăm la filmare. "
        "Rămâne doar cererea de acces la date.\n\n"
        "Persoană de contact: conf. dr. Ioana Popescu, tel. +40 723 506 148\n\n"
        "Cu stimă,\nIoana Popescu\nUniversitatea de Vest din Banat\n",
    },
    {
        "id": "dm038-cz-portal-replaced-address",
        "description": "a regional news portal writes that its old server address no longer "
        "holds and names the new one (the old one left out); test unchanged; the contact's "
        "mobile only",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Zprávy Podřipsko s.r.o.",
            I38,
            None,
            ["192.0.2.91"],
            ["192.0.2.99"],
            "Martin Holub",
            "holub@zpravypodripsko.example",
            "+420721804365",
        ),
        "from": "Martin Holub <holub@zpravypodripsko.example>",
        "subject": "Změna IP – žádost o XML výsledky (Zprávy Podřipsko)",
        "headers": FAIRMAIL,
        "body": "Dobrý den,\n\n"
        "minulý týden jsem za Zprávy Podřipsko s.r.o. (IČO " + I38 + ") posílal žádost o "
        "přístup k XML. Mezitím jsme přešli k jinému hostingu: původní produkční adresa "
        "192.0.2.90 už neplatí, nahradila ji 192.0.2.91. Testovací 192.0.2.99 zůstává.\n\n"
        "Díky\nMartin Holub\n721 804 365\n",
    },
    {
        "id": "dm039-ru-magazine-databox-rtf",
        "description": "a Russian-language monthly's Czech publisher sends a data message with "
        "an RTF in Russian; the Czech registration in Latin letters; backup server is "
        "production; the test server only as 'тестовый сервер'",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Slovo Média s.r.o.",
            I39,
            "s4md8yc",
            ["203.0.113.230", "203.0.113.231"],
            ["203.0.113.238"],
            "Анна Кузнецова",
            "kuznetsova@slovo-media.example",
            "+420606217349",
        ),
        "databox": box("s4md8yc", "Slovo Média s.r.o.", "Vinohradská 112, 130 00 Praha 3"),
        "subject": "Žádost o přístup k výsledkům voleb (XML) – měsíčník Slovo",
        "attachments": [
            (
                "rtf",
                "zayavka_XML.rtf",
                [
                    "Slovo Média s.r.o., IČO " + I39 + ", Vinohradská 112, Praha 3",
                    "Заявка на доступ к результатам выборов в формате XML",
                    "Ежемесячный журнал «Слово» просит предоставить доступ к серверу с "
                    "результатами выборов.",
                    [
                        ["Сервер", "IP-адрес"],
                        ["основной", "203.0.113.230"],
                        ["резервный", "203.0.113.231"],
                        ["тестовый сервер", "203.0.113.238"],
                    ],
                    "Съёмка на пунктах ЧСУ не требуется.",
                    "Контактное лицо: Анна Кузнецова, kuznetsova@slovo-media.example, "
                    "тел. +420 606 217 349",
                ],
            )
        ],
    },
    {
        "id": "dm040-sr-latn-photographer-terse-filming",
        "description": "terse Serbian (Latin) note from a Belgrade freelance photographer: "
        "filming/photographing only, no feed; no signature block beyond her name",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Milica Stanković",
            None,
            None,
            [],
            [],
            "Milica Stanković",
            "milica.stankovic@foto-ms.example",
            "+381652284917",
        ),
        "from": "Milica Stanković <milica.stankovic@foto-ms.example>",
        "subject": "dozvola za fotografisanje",
        "headers": SPARK,
        "body": "Pozdrav, ja sam slobodni fotograf iz Beograda, molim dozvolu da fotografišem "
        "i snimam u vašem centru u Pragu u izbornoj noći. XML mi ne treba.\n"
        "Milica Stanković, +381 65 228 4917\n",
    },
    {
        "id": "dm041-cz-city-district-form-ano-ne",
        "description": "a city district's form in the mail body with [X]/[ ] marks for its "
        "magazine: the feed ticked, filming left unticked; the district's name as the form "
        "writes it",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Městská část Praha-Zlatý Vrch",
            I41,
            None,
            ["198.18.80.5"],
            ["198.18.80.6"],
            "Lenka Vacková",
            "vackova@zlatyvrch.example",
            "+420267019443",
        ),
        "from": "Vacková Lenka <vackova@zlatyvrch.example>",
        "subject": "Formulář – žádost o přístup k výsledkům voleb",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB / O POVOLENÍ NATÁČENÍ\n\n"
        "Žadatel: Městská část Praha-Zlatý Vrch\n"
        "IČO: " + I41 + "\n"
        "Médium: Zpravodaj Zlatý Vrch (měsíčník MČ)\n\n"
        "[X] přístup k XML s výsledky\n"
        "[ ] povolení natáčení\n\n"
        "Produkční IP: 198.18.80.5\n"
        "Testovací IP: 198.18.80.6\n\n"
        "Kontaktní osoba: Vacková Lenka, redaktorka zpravodaje\n"
        "Telefon: 267 019 443\n"
        "E-mail: vackova@zlatyvrch.example\n",
    },
    {
        "id": "dm042-de-daily-forwarded-eml-beziehungsweise",
        "description": "a Czech IT contractor forwards a German daily's request as an attached "
        "message in German: production and test paired with 'bzw. … bzw.' (respectively), a "
        "second production server after them; both requests; the "
        "German editor is the contact, not the forwarder",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Oberlausitzer Tageblatt GmbH",
            None,
            None,
            ["198.51.100.91", "198.51.100.92"],
            ["198.51.100.99"],
            "Stefan Krause",
            "s.krause@oberlausitzer-tageblatt.example",
            "+4935817642",
        ),
        "from": "Roman Vlček <vlcek@hostlab.example>",
        "subject": "Fwd: Antrag XML-Zugang und Dreherlaubnis",
        "headers": PROTON,
        "body": "Dobrý den,\n\nv příloze posílám žádost německého deníku, pro který "
        "spravujeme servery. Odpovídejte prosím přímo panu Krausemu.\n\nRoman Vlček\n",
        "attachments": [
            (
                "eml",
                "Antrag_Tageblatt.eml",
                {
                    "id": "dm042-inner",
                    "from": "Stefan Krause <s.krause@oberlausitzer-tageblatt.example>",
                    "to": "vlcek@hostlab.example",
                    "subject": "Antrag XML-Zugang und Dreherlaubnis",
                    "headers": GMAIL,
                    "body": "Sehr geehrte Damen und Herren,\n\n"
                    "die Oberlausitzer Tageblatt GmbH beantragt den Zugang zum XML-Server "
                    "mit den tschechischen Wahlergebnissen sowie eine Drehgenehmigung für "
                    "unser Team in der Sammelstelle in Prag am Wahlabend.\n\n"
                    "Unser Produktiv- bzw. Testserver hat die Adresse 198.51.100.91 bzw. "
                    "198.51.100.99; als zweiter Produktivserver kommt 198.51.100.92 "
                    "hinzu.\n\n"
                    "Ansprechpartner: Stefan Krause, Leiter Online, Tel. +49 3581 7642\n\n"
                    "Mit freundlichen Grüßen\n"
                    "Stefan Krause\n"
                    "Oberlausitzer Tageblatt GmbH, Görlitz\n",
                },
            )
        ],
    },
]
