"""Forty-seventh held-out part ``bo``, cases bo001–bo014: a phone-typed note without
diacritics, an HTML-only Outlook table in windows-1250, a reply quoting the office's press
release, an SMS-style note from a blogger, a Polish sender writing English, a signature naming
three people, a format=flowed role sentence, data messages with a PDF and a DOCX form, a
correction inside one message, a forward as attached .eml, a Slovak and an Austrian sender
with national phones and a reply giving a new mobile over the quoted landline. Written by hand
apart from the extraction rules (see make_fortyseventh_bo); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyseventh_bo_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I1, I2, I3, I6, I7 = ico("2853107"), ico("0472916"), ico("2719408"), ico("0683152"), ico("2936514")
I8, I9, I10, I11, I12 = (
    ico("0517386"),
    ico("2648210"),
    ico("2795031"),
    ico("3641827"),
    ico("0286459"),
)
I14 = ico("2870634")

CASES: list[dict[str, Any]] = [
    {
        "id": "bo001-iphone-no-diacritics-shorthand",
        "description": "typed on an iPhone without diacritics; the second production address "
        "written as '.62' after the first, the test one last, the mobile in the signature",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Hlas Podripska s.r.o.",
            I1,
            None,
            ["198.51.100.61", "198.51.100.62"],
            ["198.51.100.70"],
            "Tomas Hrubes",
            "hrubes@hlaspodripska.example",
            "+420603418297",
        ),
        "from": "Tomas Hrubes <hrubes@hlaspodripska.example>",
        "subject": "volby pristup k xml",
        "headers": IPHONE,
        "body": "Dobry den,\n\nza Hlas Podripska s.r.o. (ICO " + I1 + ") bychom chteli zase "
        "pristup k vysledkum pres ten vas server jako minule. produkce 198.51.100.61 a .62, "
        "test 198.51.100.70\n\nDiky moc\nTomas Hrubes\nmob 603 418 297\n\n"
        "Odeslano z iPhonu\n",
    },
    {
        "id": "bo002-html-only-outlook-table-1250",
        "description": "HTML-only Outlook mail in windows-1250: a two-column table with the "
        "request, both address roles in one cell each and the contact split into rows",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Televize Polabí a.s.",
            I2,
            None,
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.140"],
            "Michaela Dvořáčková",
            "dvorackova@tvpolabi.example",
            "+420736204918",
        ),
        "from": "Dvořáčková Michaela <dvorackova@tvpolabi.example>",
        "subject": "Žádost – volby do Poslanecké sněmovny",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "html": '<html><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=windows-1250"></head><body lang=CS>'
        "<p class=MsoNormal>Dobrý den,</p><p class=MsoNormal>posíláme údaje k naší žádosti:</p>"
        "<table border=1 cellspacing=0 cellpadding=4>"
        "<tr><td><b>Žadatel</b></td><td>Televize Polabí a.s., IČO " + I2 + "</td></tr>"
        "<tr><td><b>Požadujeme</b></td><td>přístup k výsledkům (XML) a zároveň povolení "
        "natáčení na krajském pracovišti v Pardubicích</td></tr>"
        "<tr><td><b>IP – ostrý provoz</b></td><td>203.0.113.130<br>203.0.113.131</td></tr>"
        "<tr><td><b>IP – testování</b></td><td>203.0.113.140</td></tr>"
        "<tr><td><b>Kontakt</b></td><td>Michaela Dvořáčková</td></tr>"
        "<tr><td><b>Tel.</b></td><td>+420 736 204 918</td></tr>"
        "<tr><td><b>E-mail</b></td><td>dvorackova@tvpolabi.example</td></tr>"
        "</table><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>S pozdravem</p>"
        "<p class=MsoNormal>Michaela Dvořáčková<br>produkce zpravodajství<br>"
        "Televize Polabí a.s. | recepce 466 012 300</p></body></html>\n",
    },
    {
        "id": "bo003-reply-quoting-press-release",
        "description": "a reply above the office's quoted press release, which carries the "
        "office's IČO, phone and data box; the applicant's data only in the top lines",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Jihlavské listy s.r.o.",
            I3,
            None,
            ["192.0.2.88"],
            ["192.0.2.89"],
            "Pavel Kratochvíl",
            "kratochvil@jihlavskelisty.example",
            "+420777318640",
        ),
        "from": "Pavel Kratochvíl <kratochvil@jihlavskelisty.example>",
        "subject": "Re: Tisková zpráva – přístup médií k výsledkům voleb",
        "headers": TBIRD,
        "body": "Dobrý den,\n\nreaguji na vaši tiskovou zprávu. Jihlavské listy s.r.o., "
        "IČO " + I3 + ", žádají o přístup k XML výsledkům.\nProdukce: 192.0.2.88\n"
        "Test: 192.0.2.89\nKontakt jsem já, tel. 777 318 640.\n\nPavel Kratochvíl\n"
        "Jihlavské listy\n\n"
        "Dne 2. 9. 2025 v 10:15 Tisková služba ČSÚ napsal(a):\n"
        "> Český statistický úřad (IČO 00025593) umožní médiím přístup k průběžným\n"
        "> výsledkům voleb na dedikovaném serveru. Žádosti zasílejte do datové\n"
        "> schránky 2gfaasy nebo na podatelna@czso.cz, uveďte nejvýše pět\n"
        "> produkčních a pět testovacích IP adres a kontaktní osobu.\n"
        "> Informace: tisková služba, tel. +420 274 052 733, www.czso.cz\n",
    },
    {
        "id": "bo004-sms-lowercase-blogger-no-ico",
        "description": "SMS-style lower-case note from a one-man blog without an IČO; he tests "
        "from the production address, so no test address; name only in the closing",
        "style": Style.SMS,
        "labels": L(
            [FEED],
            "vojtech marek",
            None,
            None,
            ["203.0.113.15"],
            [],
            "vojtech marek",
            "vmarek@volebniblog.example",
            "+420728506134",
        ),
        "from": "vmarek@volebniblog.example",
        "subject": "xml volby",
        "headers": K9,
        "body": "dobry den, delam volebni blog (sam za sebe, zadna firma) a chtel bych "
        "pristup na xml s vysledkama. ip serveru 203.0.113.15, testovat budu z ty samy. "
        "kdyby neco 728506134\nvojtech marek\n",
    },
    {
        "id": "bo005-polish-english-phone-no-code",
        "description": "a Polish editor writes English and gives her mobile in Polish national "
        "form without +48; the country is clear only from the signature's Katowice address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Kurier Śląski Sp. z o.o.",
            None,
            None,
            ["198.51.100.201", "198.51.100.202"],
            ["198.51.100.210"],
            "Agnieszka Wróbel",
            "a.wrobel@kurierslaski.example",
            "+48512384906",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@kurierslaski.example>",
        "subject": "Access to election results feed - Kurier Śląski",
        "headers": GMAIL,
        "body": "Dear Sir or Madam,\n\nwe are a regional daily from Silesia and we would "
        "like to cover the Czech parliamentary election for our readers near the border. "
        "Could you please give us access to the XML results server?\n\n"
        "Our servers: 198.51.100.201 and 198.51.100.202 (live), 198.51.100.210 "
        "(testing only).\n\nIf anything is missing, call me at 512 384 906.\n\n"
        "Best regards,\nAgnieszka Wróbel\nDeputy Editor, online\nKurier Śląski Sp. z o.o.\n"
        "ul. Mariacka 17, 40-014 Katowice\n",
    },
    {
        "id": "bo006-signature-three-names-contact-stated",
        "description": "Seznam mail signed by three people (editor-in-chief, IT, reporter); "
        "one sentence names the IT man as the contact, his mobile among three numbers",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Zlínský týdeník, z.s.",
            I6,
            None,
            ["192.0.2.140", "192.0.2.141"],
            ["192.0.2.150"],
            "Ondřej Kupka",
            "kupka@zlinskytydenik.example",
            "+420605271839",
        ),
        "from": "Redakce Zlínský týdeník <redakce@zlinskytydenik.example>",
        "subject": "Volby - server a focení",
        "headers": SEZNAM,
        "body": "Dobrý den,\n\nZlínský týdeník, z.s. (IČO " + I6 + ") žádá o přístup k "
        "výsledkům voleb na vašem serveru a o povolení fotografovat na pracovišti ve Zlíně.\n\n"
        "IP produkce 192.0.2.140, 192.0.2.141\nIP test 192.0.2.150\n\n"
        "Kontaktní osobou pro tuto žádost je náš ajťák Ondřej.\n\nDíky a zdravíme\n\n"
        "Hana Bartošová, šéfredaktorka, 732 118 406\n"
        "Ondřej Kupka, IT, kupka@zlinskytydenik.example, 605 271 839\n"
        "Libor Jančík, reportér, 739 620 514\n",
    },
    {
        "id": "bo007-flowed-role-sentence-wrapped",
        "description": "format=flowed: the soft line break falls between 'testovací' and the "
        "test address, so the role word ends one line and the address opens the next",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Rádio Vltava Jih s.r.o.",
            I7,
            None,
            ["192.0.2.33", "192.0.2.34"],
            ["192.0.2.40"],
            "Jiří Sedláček",
            "sedlacek@radiovltavajih.example",
            "+420608193427",
        ),
        "from": "Jiří Sedláček <sedlacek@radiovltavajih.example>",
        "subject": "přístup k výsledkům",
        "headers": APPLE,
        "flowed": True,
        "body": "Ahoj / dobrý den,\n\nnevím, jestli to píšu správně, minule to za nás "
        "řešil kolega, který už u nás \nnení. Jsme Rádio Vltava Jih s.r.o., IČO " + I7 + ", "
        "a rádi bychom \nzase dostali přístup k výsledkům voleb přes XML. Produkční "
        "adresy \njsou 192.0.2.33 a 192.0.2.34, testovací \n192.0.2.40.\n\n"
        "Kdybyste cokoli potřebovali, volejte 608 193 427.\n\nJiří Sedláček\n"
        "technik vysílání\n",
    },
    {
        "id": "bo008-databox-pdf-application",
        "description": "data message with a bare annotation; the PDF application holds the "
        "addresses in a table and names a contact other than the signing director",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Krkonošský deník a.s.",
            I8,
            "k7xq2mb",
            ["198.18.20.5", "198.18.20.6", "198.18.20.7"],
            ["198.18.21.5"],
            "Lenka Horáková",
            "horakova@krkonosskydenik.example",
            "+420731406285",
        ),
        "databox": box("k7xq2mb", "Krkonošský deník a.s.", "Komenského 211, 543 01 Vrchlabí"),
        "subject": "Žádost - volby",
        "attachments": [
            (
                "pdf",
                "zadost_volby_KD.pdf",
                [
                    "Krkonošský deník a.s., Komenského 211, 543 01 Vrchlabí, IČO " + I8,
                    "Věc: žádost o zpřístupnění výsledků voleb na dedikovaném serveru",
                    {
                        "rows": [
                            ["Účel", "IP adresa"],
                            ["produkce", "198.18.20.5, 198.18.20.6, 198.18.20.7"],
                            ["test", "198.18.21.5"],
                        ],
                        "widths": [120, 260],
                    },
                    "Kontaktní osoba: Lenka Horáková, horakova@krkonosskydenik.example, "
                    "mobil 731 406 285",
                    "Ve Vrchlabí 3. září 2025\nIng. Radomír Šulc, předseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "bo009-correction-second-address",
        "description": "Roundcube mail that corrects itself in a P.S.: the second production "
        "address ends in .88, not .87 as written in the list above",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Mladoboleslavský zpravodaj s.r.o.",
            I9,
            None,
            ["203.0.113.86", "203.0.113.88"],
            ["203.0.113.90"],
            "Filip Navrátil",
            "navratil@mbzpravodaj.example",
            "+420724561038",
        ),
        "from": "Filip Navrátil <navratil@mbzpravodaj.example>",
        "subject": "Žádost o XML výsledky",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\nza Mladoboleslavský zpravodaj s.r.o., IČO " + I9 + ", žádám "
        "o přístup k XML s výsledky voleb.\n\n- produkční: 203.0.113.86, 203.0.113.87\n"
        "- testovací: 203.0.113.90\n\nKontakt: Filip Navrátil, 724 561 038\n\n"
        "Děkuji\nFilip Navrátil\n\nP.S. omlouvám se, překlep - ta druhá produkční má "
        "být 203.0.113.88, ne .87.\n",
    },
    {
        "id": "bo010-forward-attached-eml-colleague",
        "description": "the boss forwards a colleague's mail as an attached .eml with one line; "
        "the application and the contact (the colleague) are in the forwarded message",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Ostravský expres, s.r.o.",
            I10,
            None,
            ["198.51.100.5", "2001:db8:77::5"],
            ["198.51.100.9"],
            "Kateřina Matoušková",
            "matouskova@ostravskyexpres.example",
            "+420702318649",
        ),
        "from": "Martin Šustr <sustr@ostravskyexpres.example>",
        "subject": "Fwd: žádost volby - IP adresy",
        "headers": ZIMBRA,
        "body": "Dobrý den, přeposílám žádost kolegyně, za firmu ji potvrzuji. "
        "M. Šustr, jednatel\n",
        "attachments": [
            (
                "eml",
                "zadost volby - IP adresy.eml",
                {
                    "id": "bo010-inner",
                    "from": "Kateřina Matoušková <matouskova@ostravskyexpres.example>",
                    "to": "sustr@ostravskyexpres.example",
                    "subject": "žádost volby - IP adresy",
                    "headers": ZIMBRA,
                    "body": "Martine,\n\nprosím pošli to na ČSÚ za Ostravský expres, s.r.o. "
                    "(IČO " + I10 + "). Chceme přístup k XML výsledkům.\n"
                    "Produkce: 198.51.100.5 a IPv6 2001:db8:77::5\nTest: 198.51.100.9\n"
                    "Kontakt ať jsem já, 702 318 649.\n\nKáťa Matoušková\n",
                },
            )
        ],
    },
    {
        "id": "bo011-slovak-phone-national",
        "description": "a Slovak TV writes Slovak and gives the contact's mobile as 0905 … "
        "without +421; feed and filming, the addresses as a written range",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "TV Záhorie, s.r.o.",
            I11,
            None,
            ["192.0.2.201", "192.0.2.202", "192.0.2.203"],
            ["192.0.2.210"],
            "Marek Hudec",
            "hudec@tvzahorie.example",
            "+421905318472",
        ),
        "from": "Marek Hudec <hudec@tvzahorie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": EVOLUTION,
        "body": "Dobrý deň,\n\nTV Záhorie, s.r.o. (IČO " + I11 + ") so sídlom v Skalici "
        "by chcela pripraviť volebné vysielanie aj o českých voľbách. Žiadame o prístup "
        "k XML výsledkom a o povolenie nakrúcať na vašom pracovisku v Hodoníne.\n\n"
        "Produkčné IP: 192.0.2.201 – 192.0.2.203\nTestovacia IP: 192.0.2.210\n\n"
        "Kontaktná osoba: Marek Hudec, 0905 318 472\n\nS pozdravom\nMarek Hudec\n"
        "vedúci správ, TV Záhorie, Skalica\n",
    },
    {
        "id": "bo012-reply-new-mobile-over-quoted-landline",
        "description": "multipart/alternative reply: the cover gives the contact's new mobile, "
        "the quoted original application (with all the data) still has her landline",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Plzeňský večerník s.r.o.",
            I12,
            None,
            ["203.0.113.50", "203.0.113.51"],
            ["203.0.113.59"],
            "Simona Kafková",
            "kafkova@plzenskyvecernik.example",
            "+420739215086",
        ),
        "from": "Simona Kafková <kafkova@plzenskyvecernik.example>",
        "subject": "Re: Žádost o přístup - Plzeňský večerník",
        "headers": GMAIL,
        "body": "Dobrý den,\n\nještě doplňuji: pevnou linku už nemám, volejte mi prosím "
        "na nový mobil 739 215 086. Jinak platí vše níže.\n\nSimona Kafková\n\n"
        "st 3. 9. 2025 v 9:02 odesílatel Simona Kafková "
        "<kafkova@plzenskyvecernik.example> napsal:\n"
        "> Dobrý den,\n> Plzeňský večerník s.r.o., IČO " + I12 + ", žádá o přístup k\n"
        "> výsledkům voleb ve formátu XML.\n> Produkční IP: 203.0.113.50, 203.0.113.51\n"
        "> Testovací IP: 203.0.113.59\n> Kontakt: Simona Kafková, tel. 377 421 960\n",
        "html": '<div dir="ltr">Dobrý den,<div><br></div><div>ještě doplňuji: pevnou linku '
        "už nemám, volejte mi prosím na nový mobil 739 215 086. Jinak platí vše níže.</div>"
        '<div><br></div><div>Simona Kafková</div></div><br><div class="gmail_quote">'
        '<div dir="ltr" class="gmail_attr">st 3. 9. 2025 v 9:02 odesílatel Simona Kafková '
        "&lt;kafkova@plzenskyvecernik.example&gt; napsal:<br></div>"
        '<blockquote class="gmail_quote">Dobrý den,<br>Plzeňský večerník s.r.o., IČO '
        + I12
        + ", žádá o přístup k výsledkům voleb ve formátu XML.<br>Produkční IP: "
        "203.0.113.50, 203.0.113.51<br>Testovací IP: 203.0.113.59<br>Kontakt: Simona "
        "Kafková, tel. 377 421 960</blockquote></div>\n",
    },
    {
        "id": "bo013-austrian-german-phone-national",
        "description": "an Austrian online outlet writes German, the contact's mobile as "
        "0664 … without +43 (Vienna in the signature); no IČO, production only",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Donaukurier Online GmbH",
            None,
            None,
            ["198.18.64.12", "198.18.64.13"],
            [],
            "Florian Steinbauer",
            "f.steinbauer@donaukurier-online.example",
            "+436643812950",
        ),
        "from": "Florian Steinbauer <f.steinbauer@donaukurier-online.example>",
        "subject": "Anfrage Zugang Wahlergebnisse (XML)",
        "headers": MAC_OUTLOOK,
        "body": "Sehr geehrte Damen und Herren,\n\nfür unsere Berichterstattung über die "
        "tschechische Parlamentswahl ersuchen wir um Zugang zum XML-Server mit den "
        "Ergebnissen. Abrufen werden wir von 198.18.64.12 und 198.18.64.13; eine eigene "
        "Testumgebung haben wir nicht.\n\nAnsprechpartner bin ich, mobil 0664 381 2950.\n\n"
        "Mit freundlichen Grüßen\nFlorian Steinbauer\nDonaukurier Online GmbH\n"
        "Praterstraße 41, 1020 Wien\n",
    },
    {
        "id": "bo014-databox-docx-form",
        "description": "data message whose annotation names only the file; the DOCX form has "
        "ANO/NE columns for both requests and a table with the contact in surname-first order",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Slovácké noviny, s.r.o.",
            I14,
            "s3nv8pd",
            ["192.0.2.60"],
            ["192.0.2.61"],
            "Radka Vaculíková",
            "vaculikova@slovackenoviny.example",
            "+420603927154",
        ),
        "databox": box(
            "s3nv8pd", "Slovácké noviny, s.r.o.", "Masarykovo nám. 7, 686 01 Uherské Hradiště"
        ),
        "subject": "zadost_volby_SN.docx",
        "attachments": [
            (
                "docx",
                "zadost_volby_SN.docx",
                {
                    "header": "Slovácké noviny, s.r.o. – IČO " + I14,
                    "blocks": [
                        "Žádost médií – volby 2025",
                        {
                            "rows": [
                                ["Požadavek", "ANO", "NE"],
                                ["přístup k XML výsledkům", "X", ""],
                                ["natáčení / fotografování na pracovišti", "X", ""],
                            ]
                        },
                        {
                            "rows": [
                                ["IP produkční", "192.0.2.60"],
                                ["IP testovací", "192.0.2.61"],
                                ["Kontaktní osoba", "Vaculíková Radka"],
                                ["Telefon", "603 927 154"],
                                ["E-mail", "vaculikova@slovackenoviny.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
]
