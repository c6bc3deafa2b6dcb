"""Fifty-sixth held-out part ``cs``, cases cs029–cs042: an HTML-only Apple mail with a struck
old address, a replaced address in Roundcube, an ODT behind a Thunderbird cover, a data message
with an RTF, a data message whose annotation corrects the ODT, an Austrian and a French sender
in English, a chatty iPhone thread-like note, an HTML-only Zimbra contacts table, a withdrawn
filming request, a netmask, a DIČ instead of an IČO, a reply quoting the office's confirmation
and a filming request that defers the feed. Written by hand apart from the extraction rules
(see make_fiftysixth_cs); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftysixth_cs_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I30, I31, I32 = ico("2704815"), ico("0691348"), ico("2868042"), ico("0526791")
I33, I35, I36, I37 = ico("2917634"), ico("0743206"), ico("2652970"), ico("0807415")
I38, I39, I40, I41 = ico("2776183"), ico("0584937"), ico("2623509"), ico("0459182")
I42 = ico("2831467")

CASES: list[dict[str, Any]] = [
    {
        "id": "cs029-apple-html-struck-address",
        "description": "HTML-only Apple Mail: the old production address is struck through "
        "with <s> and called no longer used, the new one written after it",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Šumavský kurýr s.r.o.",
            I29,
            None,
            ["203.0.113.6"],
            ["203.0.113.9"],
            "Eva Šindelářová",
            "sindelarova@sumavskykuryr.example",
            "+420606240517",
        ),
        "from": "Eva Šindelářová <sindelarova@sumavskykuryr.example>",
        "subject": "Přístup k výsledkům voleb",
        "headers": APPLE,
        "html": '<html><head><meta http-equiv="content-type" content="text/html; '
        'charset=utf-8"></head><body style="overflow-wrap: break-word;">'
        "<div>Dobrý den,</div><div><br></div>"
        "<div>Šumavský kurýr s.r.o. (IČO " + I29 + ") žádá o přístup k výsledkům "
        "voleb.</div><div><br></div>"
        "<div>Produkce: <s>203.0.113.5</s> (už nepoužíváme) <b>203.0.113.6</b></div>"
        "<div>Test: 203.0.113.9</div><div><br></div>"
        "<div>Eva Šindelářová<br>606 240 517</div></body></html>\n",
    },
    {
        "id": "cs030-roundcube-replaced-address",
        "description": "a Roundcube mail listing three production addresses and saying further "
        "down that the middle one is being replaced by another",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Valašský zpravodaj s.r.o.",
            I30,
            None,
            ["198.51.100.11", "198.51.100.14", "198.51.100.13"],
            ["198.51.100.19"],
            "Josef Kopecký",
            "kopecky@valasskyzpravodaj.example",
            "+420571662018",
        ),
        "from": "Josef Kopecký <kopecky@valasskyzpravodaj.example>",
        "subject": "žádost o XML výsledky",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\n"
        "Valašský zpravodaj s.r.o., IČO " + I30 + ", žádá o přístup k výsledkům voleb.\n\n"
        "produkční: 198.51.100.11, 198.51.100.12, 198.51.100.13\n"
        "testovací: 198.51.100.19\n\n"
        "Ještě upřesnění od našeho správce: 198.51.100.12 ruší, místo ní bude "
        "198.51.100.14.\n\n"
        "Josef Kopecký\n"
        "tel.: 571 662 018\n",
    },
    {
        "id": "cs031-thunderbird-odt-cover",
        "description": "a two-line Thunderbird cover; the ODT holds the request and a table of "
        "roles, a contact different from the sender",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Podještědské listy, z.s.",
            I31,
            None,
            ["192.0.2.200", "192.0.2.201"],
            ["192.0.2.202"],
            "Marie Kučerová",
            "kucerova@podjestedske.example",
            "+420482711650",
        ),
        "from": "Robert Hájek <hajek@podjestedske.example>",
        "subject": "Žádost – volby",
        "headers": TBIRD,
        "body": "Dobrý den,\nv příloze posílám naši žádost.\n\nR. Hájek\n",
        "attachments": [
            (
                "odt",
                "zadost_volby.odt",
                [
                    "Podještědské listy, z.s., IČO " + I31,
                    "Žádáme o přístup k výsledkům voleb a o povolení natáčení na "
                    "pracovišti ČSÚ v Liberci.",
                    [
                        ["role", "adresa"],
                        ["produkce", "192.0.2.200"],
                        ["produkce", "192.0.2.201"],
                        ["test", "192.0.2.202"],
                    ],
                    "Kontaktní osoba: Marie Kučerová, kucerova@podjestedske.example, 482 711 650",
                ],
            )
        ],
    },
    {
        "id": "cs032-databox-rtf-letter",
        "description": "data message with an RTF letter whose table gives the roles; the "
        "signature of the letter is the director, the contact a named editor",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Regionální televize Vysočina a.s.",
            I32,
            "k2rf7mw",
            ["198.18.40.10", "198.18.40.11"],
            ["198.18.40.20"],
            "Aleš Navrátil",
            "navratil@rtvysocina.example",
            "+420567300418",
        ),
        "databox": box("k2rf7mw", "Regionální televize Vysočina a.s.", "Jihlava, Znojemská 7"),
        "subject": "Žádost o zpřístupnění výsledků voleb",
        "attachments": [
            (
                "rtf",
                "zadost_RTV.rtf",
                [
                    "Regionální televize Vysočina a.s., IČO " + I32,
                    "Žádáme o zpřístupnění průběžných výsledků voleb na dedikovaném serveru.",
                    [
                        ["Produkční IP", "198.18.40.10, 198.18.40.11"],
                        ["Testovací IP", "198.18.40.20"],
                        ["Kontakt", "Aleš Navrátil, navratil@rtvysocina.example, 567 300 418"],
                    ],
                    "Ing. Jaroslav Beneš, ředitel",
                ],
            )
        ],
    },
    {
        "id": "cs033-databox-odt-annotation-correction",
        "description": "data message whose annotation corrects the contact's phone given in "
        "the attached ODT",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Hradecký magazín s.r.o.",
            I33,
            "p6ve3hs",
            ["203.0.113.180"],
            ["203.0.113.181"],
            "Simona Krejčí",
            "krejci@hkmagazin.example",
            "+420602511380",
        ),
        "databox": box("p6ve3hs", "Hradecký magazín s.r.o.", "Hradec Králové, Gočárova 12"),
        "subject": "Žádost o přístup k výsledkům voleb. Oprava: telefon na p. Krejčí je "
        "602 511 380, v příloze je chybně.",
        "attachments": [
            (
                "odt",
                "zadost_HKM.odt",
                [
                    "Hradecký magazín s.r.o., IČO " + I33,
                    "Žádost o přístup k výsledkům voleb (XML)",
                    [
                        ["produkční", "203.0.113.180"],
                        ["testovací", "203.0.113.181"],
                    ],
                    "Kontakt: Simona Krejčí, krejci@hkmagazin.example, tel. 602 511 830",
                ],
            )
        ],
    },
    {
        "id": "cs034-austrian-english-film",
        "description": "an Austrian TV crew writes English asking only to film, naming the "
        "producer as contact and the cameraman with his own phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Alpenland TV GmbH",
            None,
            None,
            [],
            [],
            "Sabine Huber",
            "s.huber@alpenlandtv.example",
            "+436641238857",
        ),
        "from": "Sabine Huber <s.huber@alpenlandtv.example>",
        "subject": "Filming permission - Czech elections",
        "headers": MAC_OUTLOOK,
        "body": "Dear Sir or Madam,\n\n"
        "Alpenland TV GmbH (Vienna) would like to film a short report at the Czech "
        "Statistical Office's counting centre on election night. We do not need access "
        "to the data feed.\n\n"
        "Crew: Sabine Huber (producer, contact person), Lukas Steiner (camera, "
        "+43 676 550 2194).\n\n"
        "Kind regards\n"
        "Sabine Huber\n"
        "Producer, Alpenland TV GmbH\n"
        "M +43 664 123 8857\n",
    },
    {
        "id": "cs035-french-english-both",
        "description": "a French sender writes English: both requests, a Paris switchboard "
        "after the direct mobile, addresses with a /31",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Éditions Horizon Est SAS",
            None,
            None,
            ["198.51.100.220", "198.51.100.221"],
            ["198.51.100.230"],
            "Camille Laurent",
            "c.laurent@horizonest.example",
            "+33612457390",
        ),
        "from": "Camille Laurent <c.laurent@horizonest.example>",
        "subject": "Access to election results and filming",
        "headers": OUTLOOK,
        "body": "Good morning,\n\n"
        "I am writing on behalf of Éditions Horizon Est SAS. We would like to request "
        "(1) access to your election results server and (2) permission to film in your "
        "press room.\n\n"
        "Production: 198.51.100.220/31\n"
        "Testing: 198.51.100.230\n\n"
        "Thank you in advance,\n"
        "Camille Laurent\n"
        "Journalist, Éditions Horizon Est SAS\n"
        "Mobile: +33 6 12 45 73 90\n"
        "Switchboard: +33 1 44 50 21 00\n",
    },
    {
        "id": "cs036-iphone-chatty-bits",
        "description": "an iPhone note in bits, no diacritics, with an afterthought test "
        "address ('jo a jeste test') and an emoji",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Boleslavsko dnes s.r.o.",
            I36,
            None,
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Adéla Fialová",
            "fialova@boleslavskodnes.example",
            "+420730418826",
        ),
        "from": "Adéla Fialová <fialova@boleslavskodnes.example>",
        "subject": "ahoj volby",
        "headers": IPHONE,
        "body": "Dobry den 🙂\n"
        "chtela bych zazadat o pristup k vysledkum\n"
        "jsme Boleslavsko dnes s.r.o. ico " + I36 + "\n"
        "server 192.0.2.33\n"
        "jo a jeste test 192.0.2.34\n"
        "Adela Fialova\n"
        "730 418 826\n\n"
        "Odeslano z iPhonu\n",
    },
    {
        "id": "cs037-zimbra-html-contacts-table",
        "description": "HTML-only Zimbra mail with a table of three people; only one row is "
        "marked 'kontakt pro žádost'",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Kutnohorský list s.r.o.",
            I37,
            None,
            ["203.0.113.60", "203.0.113.61"],
            ["203.0.113.62"],
            "Michaela Horáková",
            "horakova@kutnohorskylist.example",
            "+420725601433",
        ),
        "from": "Jakub Svoboda <svoboda@kutnohorskylist.example>",
        "subject": "Volby – přístup a natáčení",
        "headers": ZIMBRA,
        "html": '<html><body><div style="font-family: arial, helvetica, sans-serif;">'
        "<p>Dobrý den,</p>"
        "<p>Kutnohorský list s.r.o., IČO " + I37 + ", žádá o přístup k výsledkům voleb "
        "(produkce 203.0.113.60 a 203.0.113.61, test 203.0.113.62) a o povolení "
        "natáčet na pracovišti v Kutné Hoře.</p>"
        '<table border="1"><tr><th>Jméno</th><th>Role</th><th>Telefon</th>'
        "<th>E-mail</th></tr>"
        "<tr><td>Jakub Svoboda</td><td>šéfredaktor</td><td>602 118 390</td>"
        "<td>svoboda@kutnohorskylist.example</td></tr>"
        "<tr><td>Michaela Horáková</td><td>kontakt pro žádost</td><td>725 601 433</td>"
        "<td>horakova@kutnohorskylist.example</td></tr>"
        "<tr><td>Petr Král</td><td>kameraman</td><td>608 775 204</td>"
        "<td>kral@kutnohorskylist.example</td></tr></table>"
        "<p>Jakub Svoboda</p></div></body></html>\n",
    },
    {
        "id": "cs038-gmail-alternative-film-withdrawn",
        "description": "multipart/alternative Gmail mail asking for feed and filming, then "
        "withdrawing the filming in the last paragraph",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Chebský deník s.r.o.",
            I38,
            None,
            ["198.18.50.5"],
            ["198.18.50.6"],
            "Lucie Marková",
            "markova@chebskydenik.example",
            "+420354221907",
        ),
        "from": "Lucie Marková <markova@chebskydenik.example>",
        "subject": "Přístup k výsledkům + natáčení",
        "headers": GMAIL,
        "body": "Dobrý den,\n\n"
        "Chebský deník s.r.o. (IČO " + I38 + ") žádá o přístup k výsledkům voleb a o "
        "povolení natáčet.\n"
        "Produkce: 198.18.50.5, test: 198.18.50.6.\n\n"
        "Ještě jsem mluvila s vedením – natáčení nakonec nebude, tu část žádosti prosím "
        "berte jako zrušenou.\n\n"
        "Lucie Marková\n"
        "354 221 907\n",
        "html": '<div dir="ltr">Dobrý den,<br><br>Chebský deník s.r.o. (IČO ' + I38 + ") "
        "žádá o přístup k výsledkům voleb a o povolení natáčet.<br>Produkce: 198.18.50.5, "
        "test: 198.18.50.6.<br><br>Ještě jsem mluvila s vedením – natáčení nakonec nebude, "
        "tu část žádosti prosím berte jako zrušenou.<br><br>Lucie Marková<br>354 221 907"
        "</div>\n",
    },
    {
        "id": "cs039-evolution-netmask",
        "description": "production given as an address with a netmask (255.255.255.252), the "
        "test address on the same line after a slash",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Jablonecký týden s.r.o.",
            I39,
            None,
            ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"],
            ["198.51.100.70"],
            "Martin Pešek",
            "pesek@jabloneckytyden.example",
            "+420483119652",
        ),
        "from": "Martin Pešek <pesek@jabloneckytyden.example>",
        "subject": "Volby 2025 – žádost",
        "headers": EVOLUTION,
        "body": "Dobrý den,\n\n"
        "Jablonecký týden s.r.o., IČO " + I39 + ", žádá o přístup k výsledkům voleb.\n"
        "Produkce: síť 198.51.100.64 maska 255.255.255.252 / test: 198.51.100.70\n\n"
        "Martin Pešek, správce sítě, 483 119 652\n",
    },
    {
        "id": "cs040-samsung-dic-only",
        "description": "a phone note giving only the company's DIČ (CZ + eight digits), no IČO",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Znojemsko info s.r.o.",
            I40,
            None,
            ["203.0.113.230"],
            ["203.0.113.231"],
            "Petr Novotný",
            "novotny@znojemskoinfo.example",
            "+420736902115",
        ),
        "from": "Petr Novotný <novotny@znojemskoinfo.example>",
        "subject": "pristup k vysledkum",
        "headers": SAMSUNG,
        "body": "Dobry den,\n"
        "zadame o pristup k vysledkum voleb.\n"
        "Znojemsko info s.r.o., DIC CZ" + I40 + "\n"
        "produkce 203.0.113.230, test 203.0.113.231\n"
        "Petr Novotny 736 902 115\n",
    },
    {
        "id": "cs041-reply-quoting-office-confirmation",
        "description": "a reply to the office's quoted confirmation (with its box, IČO and "
        "switchboard) that adds the filming request and a second production address",
        "style": Style.REPLY,
        "labels": L(
            [FEED, FILM],
            "Domažlický posel s.r.o.",
            I41,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.159"],
            "Zdeněk Tichý",
            "tichy@domazlickyposel.example",
            "+420379411028",
        ),
        "from": "Zdeněk Tichý <tichy@domazlickyposel.example>",
        "subject": "Re: Potvrzení přijetí žádosti",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\n"
        "děkuji za potvrzení. Ještě doplňuji: k produkční 192.0.2.150 přidejte prosím "
        "i 192.0.2.151 a zároveň žádáme o povolení fotografovat na pracovišti v Plzni.\n\n"
        "Zdeněk Tichý\n"
        "Domažlický posel s.r.o.\n"
        "379 411 028\n\n"
        "-----Original Message-----\n"
        "From: podatelna@czso.cz\n"
        "Subject: Potvrzení přijetí žádosti\n\n"
        "Potvrzujeme přijetí žádosti Domažlický posel s.r.o. (IČO " + I41 + ") o přístup "
        "k výsledkům voleb: produkční 192.0.2.150, testovací 192.0.2.159, kontakt Zdeněk "
        "Tichý.\n\n"
        "Český statistický úřad | IČO 00025593 | DS 2gfaasy | +420 274 052 733\n",
    },
    {
        "id": "cs042-film-now-feed-later",
        "description": "asks to film now and defers the feed to the next election, mentioning "
        "the server it will use then",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Studio Vltava Media s.r.o.",
            I42,
            None,
            [],
            [],
            "Kateřina Urbanová",
            "urbanova@studiovltava.example",
            "+420777650218",
        ),
        "from": "Kateřina Urbanová <urbanova@studiovltava.example>",
        "subject": "Natáčení u vás o volbách",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\n"
        "Studio Vltava Media s.r.o. (IČO " + I42 + ") by rádo natáčelo reportáž na "
        "vašem pracovišti v Českých Budějovicích během sčítání.\n\n"
        "O přístup k XML si požádáme až u příštích voleb, až bude hotový náš server "
        "(asi 198.51.100.240).\n\n"
        "Kateřina Urbanová, produkce\n"
        "777 650 218\n",
    },
]
