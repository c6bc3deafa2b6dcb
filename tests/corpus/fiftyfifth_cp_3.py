"""Fifty-fifth held-out part ``cp``, cases cp029–cp042: an Outlook cover with an RTF carrying
the box ID, a Seznam note without diacritics asking for both, a reply telling the office which
address is the test one, a French publisher writing English, an OWA HTML-only role table, a data
message whose annotation corrects its RTF, a base64 Android note, a faculty's PDF signed by
several people, an inline forward whose forwarder is the contact, a Slovak mail with a line and a
mobile, a DOCX cover with IČO and box ID in the signature, a chatty mail withdrawing filming, an
HTML-only <br> list with an IPv6 test address and a data message with a PDF form.
Written by hand apart from the extraction rules (see make_fiftyfifth_cp); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyfifth_cp_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    GMAIL_ANDROID,
    K9,
    OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I30, I31, I33 = ico("2736158"), ico("0564219"), ico("2918043"), ico("0651837")
I34, I35, I36, I37 = ico("2789405"), ico("0403726"), ico("6021853"), ico("2845170")
I38, I39, I40, I41, I42 = (
    ico("3654192"),
    ico("0597314"),
    ico("2672019"),
    ico("0485163"),
    ico("2764390"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "cp029-outlook-cover-rtf-box-in-letterhead",
        "description": "a one-line Outlook cover; the RTF letter has IČO and data-box ID in its "
        "letterhead, a role table and the contact below the signatory",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Rokycanský posel s.r.o.",
            I29,
            "k2m7rtq",
            ["198.51.100.100", "198.51.100.101"],
            ["198.51.100.109"],
            "Iveta Šindelářová",
            "sindelarova@rokycanskyposel.example",
            "+420371600284",
        ),
        "from": "Iveta Šindelářová <sindelarova@rokycanskyposel.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den, v příloze zasílám naši žádost. S pozdravem I. Šindelářová\n",
        "attachments": [
            (
                "rtf",
                "zadost_RP.rtf",
                [
                    "Rokycanský posel s.r.o. | Masarykovo nám. 3, 337 01 Rokycany | IČO "
                    + I29
                    + " | ID DS k2m7rtq",
                    "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                    "Žádost o přístup k průběžným výsledkům voleb (XML)",
                    [
                        ["Typ", "IP adresa"],
                        ["produkční", "198.51.100.100"],
                        ["produkční", "198.51.100.101"],
                        ["testovací", "198.51.100.109"],
                    ],
                    "Bc. Luboš Maštálka, jednatel",
                    "Kontaktní osoba: Iveta Šindelářová, sindelarova@rokycanskyposel.example, "
                    "tel. 371 600 284",
                ],
            )
        ],
    },
    {
        "id": "cp030-seznam-no-diacritics-both-dashed-phone",
        "description": "typed without diacritics in Seznam webmail: both requests in one run-on "
        "sentence, the phone written with dashes",
        "style": Style.PHONE,
        "labels": L(
            [FEED, FILM],
            "Kopec Media s.r.o.",
            I30,
            None,
            ["198.51.100.230"],
            ["198.51.100.231"],
            "Adam Kolda",
            "kolda@kopecmedia.example",
            "+420605112887",
        ),
        "from": "Adam Kolda <kolda@kopecmedia.example>",
        "subject": "volby - xml a nataceni",
        "headers": SEZNAM,
        "body": "dobry den, za Kopec Media s.r.o. (ico " + I30 + ") bychom chteli pristup na "
        "ten xml server s vysledky a taky povoleni natacet u vas na krajske sprave v Brne, "
        "server je 198.51.100.230 a testovaci 198.51.100.231, kdyztak volejte +420 "
        "605-112-887, Adam Kolda\n",
    },
    {
        "id": "cp031-reply-which-address-is-test",
        "description": "reply to the office's question: the quoted application listed three "
        "addresses without roles, the answer says which one is the test address",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Chebský kraj dnes, s.r.o.",
            I31,
            None,
            ["192.0.2.110", "192.0.2.111"],
            ["192.0.2.112"],
            "Jakub Mareš",
            "mares@chebskykrajdnes.example",
            "+420354770318",
        ),
        "from": "Jakub Mareš <mares@chebskykrajdnes.example>",
        "subject": "Re: Vaše žádost o přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": "Dobrý den,\n\n192.0.2.112 je testovací, zbylé dvě jsou produkční.\n\n"
        "Díky\nJakub Mareš\n\n"
        "Dne 17. 09. 25 v 11:02 Podatelna ČSÚ napsal(a):\n"
        "> Dobrý den,\n> upřesněte prosím, které z uvedených adres jsou produkční a která\n"
        "> je testovací.\n> S pozdravem\n> Český statistický úřad\n>\n"
        ">> Dne 16. 09. 25 v 15:47 Jakub Mareš napsal(a):\n"
        ">> Dobrý den,\n>> Chebský kraj dnes, s.r.o., IČO " + I31 + ", žádá o přístup\n"
        ">> k výsledkům voleb.\n>> IP: 192.0.2.110, 192.0.2.111, 192.0.2.112\n"
        ">> Kontakt: Jakub Mareš, mares@chebskykrajdnes.example, 354 770 318\n",
    },
    {
        "id": "cp032-french-publisher-english-no-test",
        "description": "a French publisher writes English; a +33 line with '(0)', no test "
        "machine (production only), the company name opens with 'Éditions'",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Éditions du Val d'Orbe SAS",
            None,
            None,
            ["203.0.113.180", "203.0.113.181"],
            [],
            "Claire Moreau",
            "c.moreau@valdorbe.example",
            "+33381524719",
        ),
        "from": "Claire Moreau <c.moreau@valdorbe.example>",
        "subject": "Czech election results - XML access request",
        "headers": APPLE,
        "body": "Good morning,\n\nÉditions du Val d'Orbe SAS publishes a regional daily in "
        "Franche-Comté and would like to display the Czech election results live.\n\n"
        "Our servers: 203.0.113.180 and 203.0.113.181 (production). We have no separate test "
        "machine.\n\n"
        "Contact: Claire Moreau, c.moreau@valdorbe.example, tel. +33 (0)3 81 52 47 19\n\n"
        "Best regards,\nClaire Moreau\nDigital editor\n",
    },
    {
        "id": "cp033-owa-html-only-row-headers-surname-first",
        "description": "HTML-only OWA mail: a table with row headers, addresses separated by "
        "<br> in one cell, the contact written surname first",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Mladoboleslavský deník, a.s.",
            I33,
            None,
            ["198.18.50.1", "198.18.50.2", "198.18.50.3"],
            ["198.18.51.1"],
            "Tomáš Hájek",
            "hajek@mbdenik.example",
            "+420326707513",
        ),
        "from": "Hájek Tomáš <hajek@mbdenik.example>",
        "subject": "Žádost – výsledky voleb, fotografování",
        "headers": OWA,
        "html": '<html><body><div style="font-family:Segoe UI">'
        "<p>Dobrý den,</p><p>zasíláme žádost o přístup k výsledkům voleb a o povolení "
        "fotografovat na krajské správě ČSÚ v Praze.</p>"
        '<table border="1" style="border-collapse:collapse">'
        '<tr><th align="left">Žadatel</th><td>Mladoboleslavský deník, a.s.</td></tr>'
        '<tr><th align="left">IČO</th><td>' + I33 + "</td></tr>"
        '<tr><th align="left">Produkční IP</th>'
        "<td>198.18.50.1<br>198.18.50.2<br>198.18.50.3</td></tr>"
        '<tr><th align="left">Testovací IP</th><td>198.18.51.1</td></tr>'
        '<tr><th align="left">Kontaktní osoba</th><td>Hájek Tomáš</td></tr>'
        '<tr><th align="left">Telefon</th><td>326 707 513</td></tr>'
        '<tr><th align="left">E-mail</th><td>hajek@mbdenik.example</td></tr>'
        "</table><p>Děkujeme<br>Hájek Tomáš</p></div></body></html>",
    },
    {
        "id": "cp034-databox-annotation-corrects-rtf-test-ip",
        "description": "data message whose annotation corrects the test address written in the "
        "attached RTF application",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Beskydy Plus s.r.o.",
            I34,
            "b9xw4nc",
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.131"],
            "Pavla Křížová",
            "krizova@beskydyplus.example",
            "+420556481207",
        ),
        "databox": box("b9xw4nc", "Rádio Beskydy Plus s.r.o.", "Zámecká 8, 738 01 Frýdek-Místek"),
        "subject": "Žádost o XML výsledky voleb – oprava: testovací IP v příloze je chybně, "
        "správně 203.0.113.131",
        "attachments": [
            (
                "rtf",
                "zadost_RBP.rtf",
                [
                    "Rádio Beskydy Plus s.r.o., IČO " + I34,
                    "Žádáme o přístup k průběžným výsledkům voleb ve formátu XML.",
                    [
                        ["produkční IP", "203.0.113.120, 203.0.113.121"],
                        ["testovací IP", "203.0.113.13"],
                        ["kontakt", "Pavla Křížová, krizova@beskydyplus.example"],
                        ["telefon", "556 481 207"],
                    ],
                    "Ve Frýdku-Místku 12. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "cp035-k9-base64-no-test-machine",
        "description": "a base64-encoded Android note: one production address, 'testovaci "
        "nemame', the phone in international format with a space after the code",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Žďárský zpravodaj s.r.o.",
            I35,
            None,
            ["198.51.100.44"],
            [],
            "Roman Vystrčil",
            "vystrcil@zdarskyzpravodaj.example",
            "+420603180275",
        ),
        "from": "Roman Vystrčil <vystrcil@zdarskyzpravodaj.example>",
        "subject": "Re: pristup k vysledkum",
        "headers": K9,
        "cte": "base64",
        "body": "Dobry den, Žďárský zpravodaj s.r.o., ICO " + I35 + ", zada o pristup "
        "k XML. Produkce 198.51.100.44, testovaci nemame. Kontakt Roman Vystrčil, "
        "+420 603180275.\n",
    },
    {
        "id": "cp036-zimbra-faculty-pdf-several-signatories",
        "description": "a faculty's student radio applies: the PDF letter is signed by the "
        "vice-dean and names the radio's coordinator as contact, the applicant is the "
        "university",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Univerzita Podhůří, veřejná vysoká škola",
            I36,
            None,
            ["192.0.2.20", "192.0.2.21"],
            ["192.0.2.25"],
            "Barbora Línková",
            "linkova@fss.upodhuri.example",
            "+420495118372",
        ),
        "from": "Barbora Línková <linkova@fss.upodhuri.example>",
        "subject": "Studentské rádio – žádost o přístup k výsledkům",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\nv příloze posílám žádost Fakulty sociálních studií o přístup "
        "k výsledkům voleb pro naše studentské rádio.\n\n"
        "Barbora Línková\nkoordinátorka Rádia FSS\n",
        "attachments": [
            (
                "pdf",
                "zadost_FSS_volby.pdf",
                [
                    "Univerzita Podhůří, veřejná vysoká škola\nFakulta sociálních studií\n"
                    "IČO " + I36,
                    "Žádost o přístup k průběžným výsledkům voleb",
                    "Fakulta žádá pro studentské Rádio FSS o přístup k XML s výsledky voleb.",
                    {
                        "rows": [
                            ["Produkční IP", "192.0.2.20, 192.0.2.21"],
                            ["Testovací IP", "192.0.2.25"],
                            [
                                "Kontakt",
                                "Barbora Línková, koordinátorka Rádia FSS, "
                                "linkova@fss.upodhuri.example, 495 118 372",
                            ],
                        ],
                        "widths": [110, 300],
                    },
                    "doc. PhDr. Václav Strejc, Ph.D., proděkan pro vnější vztahy\n"
                    "Mgr. Alena Kubíčková, tajemnice fakulty",
                ],
            )
        ],
    },
    {
        "id": "cp037-gmail-inline-forward-forwarder-is-contact",
        "description": "inline Gmail forward of the IT admin's draft; the forwarder says she "
        "will be the contact, not the admin, and gives her own phone",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Vyškovské noviny s.r.o.",
            I37,
            None,
            ["198.18.90.7", "198.18.90.8"],
            ["198.18.90.9"],
            "Jana Procházková",
            "prochazkova@vyskovskenoviny.example",
            "+420721930465",
        ),
        "from": "Jana Procházková <prochazkova@vyskovskenoviny.example>",
        "subject": "Fwd: zadost o XML - podklady",
        "headers": GMAIL,
        "body": "Dobrý den,\n\nposílám žádost o přístup k výsledkům voleb, podklady od našeho "
        "správce jsou níže. Kontaktní osobou pro vás budu ale já, ne Marek – Jana "
        "Procházková, 721 930 465.\n\n"
        "Jana Procházková\nvedoucí vydání, Vyškovské noviny s.r.o.\n\n"
        "---------- Forwarded message ---------\n"
        "Od: Marek Slanina <slanina@vyskovskenoviny.example>\n"
        "Date: po 15. 9. 2025 v 16:20\n"
        "Subject: zadost o XML - podklady\n"
        "To: Jana Procházková <prochazkova@vyskovskenoviny.example>\n\n"
        "Jano, tady to máš do té žádosti:\n"
        "firma: Vyškovské noviny s.r.o., IČO " + I37 + "\n"
        "produkce: 198.18.90.7, 198.18.90.8\ntest: 198.18.90.9\n"
        "kdyby chtěli technika, jsem na 736 204 918\nMarek\n",
    },
    {
        "id": "cp038-slovak-newsroom-line-and-mobile",
        "description": "a Slovak newsroom writes Slovak; the contact's fixed line and mobile "
        "stand side by side (the first is labelled), three production addresses",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Novinky Záhorie, s. r. o.",
            I38,
            None,
            ["203.0.113.60", "203.0.113.61", "203.0.113.62"],
            ["203.0.113.66"],
            "Michal Baláž",
            "balaz@novinkyzahorie.example",
            "+421346512093",
        ),
        "from": "Michal Baláž <balaz@novinkyzahorie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": APPLE,
        "body": "Dobrý deň,\n\nspoločnosť Novinky Záhorie, s. r. o., IČO " + I38 + ", žiada "
        "o prístup k priebežným výsledkom volieb do Poslaneckej snemovne vo formáte XML.\n\n"
        "Produkčné IP: 203.0.113.60, 203.0.113.61, 203.0.113.62\n"
        "Testovacia IP: 203.0.113.66\n\n"
        "Kontaktná osoba: Michal Baláž, balaz@novinkyzahorie.example, tel. +421 34 651 2093, "
        "mobil +421 908 412 775\n\n"
        "S pozdravom\nMichal Baláž\nNovinky Záhorie, Skalica\n",
    },
    {
        "id": "cp039-outlook-docx-cover-signature-ico-box",
        "description": "a cover mail whose signature carries IČO and data-box ID; the DOCX "
        "asks for both with an address table and a merged title row",
        "style": Style.COVER,
        "labels": L(
            [FEED, FILM],
            "Regionální televize Polabí, s.r.o.",
            I39,
            "t4pl6hz",
            ["192.0.2.130", "192.0.2.131"],
            ["192.0.2.139"],
            "Štěpán Vacek",
            "vacek@rtpolabi.example",
            "+420325611498",
        ),
        "from": "Štěpán Vacek <vacek@rtpolabi.example>",
        "subject": "Žádost o přístup k výsledkům a natáčení – RT Polabí",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nv příloze zasílám žádost naší televize.\n\n"
        "S pozdravem\n\nŠtěpán Vacek\ntechnický ředitel\n"
        "Regionální televize Polabí, s.r.o.\nIČO: " + I39 + " | ID DS: t4pl6hz\n"
        "T: +420 325 611 498\n",
        "attachments": [
            (
                "docx",
                "RTP_zadost_volby.docx",
                {
                    "blocks": [
                        "Regionální televize Polabí, s.r.o.",
                        "Žádáme o přístup k XML s průběžnými výsledky voleb a o povolení "
                        "natáčet na pracovišti ČSÚ v Nymburce.",
                        {
                            "rows": [
                                ["IP adresy", ""],
                                ["produkční", "192.0.2.130, 192.0.2.131"],
                                ["testovací", "192.0.2.139"],
                            ],
                            "merge": [(0, 0, 0, 1)],
                        },
                        "Kontakt: Štěpán Vacek, vacek@rtpolabi.example, +420 325 611 498",
                    ]
                },
            )
        ],
    },
    {
        "id": "cp040-chatty-filming-withdrawn",
        "description": "a chatty Android mail asks for both, then a P.S. withdraws filming "
        "(the cameraman is ill); only the feed counts",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Hodonínský list s.r.o.",
            I40,
            None,
            ["198.51.100.150"],
            ["198.51.100.151"],
            "Lucie Navrátilová",
            "navratilova@hodoninskylist.example",
            "+420774305921",
        ),
        "from": "Lucie Navrátilová <navratilova@hodoninskylist.example>",
        "subject": "výsledky + natáčení",
        "headers": GMAIL_ANDROID,
        "body": "Dobrý den,\n\nnevím, jestli píšu správně, kolegyně říkala, že to jde přes "
        "podatelnu :) Hodonínský list s.r.o., IČO " + I40 + ", by chtěl přístup k výsledkům "
        "voleb na vašem serveru (náš web jede na 198.51.100.150, testovací je 198.51.100.151) "
        "a taky bychom rádi natočili pár záběrů u vás na pracovišti.\n\n"
        "Kontakt jsem já, Lucie Navrátilová, 774 305 921.\n\n"
        "Díky!\nLucie\n\n"
        "P.S. Tak natáčení škrtněte, kameraman právě volal, že je nemocný. Jen ta data.\n",
    },
    {
        "id": "cp041-gmail-html-only-br-list-ipv6-test",
        "description": "HTML-only Gmail mail with <br> lines; an IPv6 test address, the "
        "signature names two people and the body says which is the contact",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Nový Šternberk, z.s.",
            I41,
            None,
            ["198.18.80.12"],
            ["2001:db8:5e::12"],
            "Pavel Rezek",
            "rezek@novysternberk.example",
            "+420777281639",
        ),
        "from": "Eva Brabcová <brabcova@novysternberk.example>",
        "subject": "žádost o přístup k XML",
        "headers": GMAIL,
        "html": '<div dir="ltr">Dobrý den,<br><br>spolek Nový Šternberk, z.s. (IČO ' + I41 + ") "
        "žádá o přístup k výsledkům voleb.<br><br>"
        "produkční: 198.18.80.12<br>testovací (IPv6): 2001:db8:5e::12<br><br>"
        "Kontaktní osoba je Pavel, rezek@novysternberk.example, tel. 777 281 639.<br><br>"
        "Zdraví<br>Eva Brabcová &amp; Pavel Rezek<br>redakce Nový Šternberk</div>",
    },
    {
        "id": "cp042-databox-pdf-form-both",
        "description": "data message whose annotation names both requests; the PDF form has "
        "ANO/NE columns, four production addresses and the contact with a mobile",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Karlovarský obzor, a.s.",
            I42,
            "z6kc3ra",
            ["203.0.113.200", "203.0.113.201", "203.0.113.202", "203.0.113.203"],
            ["203.0.113.210"],
            "Denisa Holubová",
            "holubova@kvobzor.example",
            "+420604592318",
        ),
        "databox": box("z6kc3ra", "Karlovarský obzor, a.s.", "Zeyerova 5, 360 01 Karlovy Vary"),
        "subject": "Žádost o přístup k výsledkům voleb a povolení natáčení",
        "attachments": [
            (
                "pdf",
                "KVO_formular.pdf",
                [
                    "Karlovarský obzor, a.s., IČO " + I42,
                    {
                        "rows": [
                            ["Požadavek", "ANO", "NE"],
                            ["přístup k XML s výsledky", "X", ""],
                            ["natáčení na pracovišti ČSÚ", "X", ""],
                        ],
                        "widths": [220, 50, 50],
                    },
                    {
                        "rows": [
                            ["Produkční IP", "203.0.113.200 - 203.0.113.203"],
                            ["Testovací IP", "203.0.113.210"],
                            ["Kontakt", "Denisa Holubová, holubova@kvobzor.example"],
                            ["Mobil", "604 592 318"],
                        ],
                        "widths": [110, 260],
                    },
                    "Karlovy Vary 11. 9. 2025, Ing. Petr Zeman, předseda představenstva",
                ],
            )
        ],
    },
]
