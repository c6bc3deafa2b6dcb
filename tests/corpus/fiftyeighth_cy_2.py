"""Fifty-eighth held-out part ``cy``, cases cy015–cy028: a data message with a two-sheet
workbook and a /30 block, an Austrian writing English, a reply quoting the office's press
release, an Android note with a written range, a forward as an attached .eml, a signed
university mail, a data message from a photographer in business, an HTML table with an old
address, a base64 chatty mail that corrects the phone, a Hungarian writing English, a phone
note with five addresses, a reply adding the test address to a quoted earlier mail, an ODT
behind an Apple Mail cover and an RTF whose contact the cover replaces. Written by hand apart
from the extraction rules (see make_fiftyeighth_cy); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyeighth_cy_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL_ANDROID,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I15, I17, I18, I19 = ico("2690471"), ico("0537186"), ico("2813095"), ico("0742619")
I20, I21, I22, I23 = ico("0021637"), ico("7318204"), ico("2664910"), ico("0398157")
I25, I26, I27, I28 = ico("2901476"), ico("0685213"), ico("2759308"), ico("0417693")

CASES: list[dict[str, Any]] = [
    {
        "id": "cy015-databox-xlsx-cidr",
        "description": "data message whose workbook has the request on one sheet and the "
        "addresses on another, production as a /30 block (four addresses)",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Haná s.r.o.",
            I15,
            "p9r2ht5",
            ["198.18.20.8", "198.18.20.9", "198.18.20.10", "198.18.20.11"],
            ["198.18.20.15"],
            "Aleš Vavřín",
            "vavrin@radiohana.example",
            "+420585331672",
        ),
        "databox": box("p9r2ht5", "Rádio Haná s.r.o.", "Horní náměstí 5, 779 00 Olomouc"),
        "subject": "Žádost o přístup k XML výsledkům voleb",
        "attachments": [
            (
                "xlsx",
                "volby_pristup.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Rádio Haná s.r.o."],
                            ["IČO", I15],
                            ["Požadujeme", "přístup k XML s výsledky voleb"],
                            ["Kontaktní osoba", "Vavřín Aleš"],
                            ["E-mail", "vavrin@radiohana.example"],
                            ["Telefon", "585 331 672"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Účel", "Adresa"],
                            ["produkce", "198.18.20.8/30"],
                            ["test", "198.18.20.15"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cy016-austrian-english-both",
        "description": "Austrian broadcaster writing English: feed and filming, no IČO, Vienna "
        "mobile given for the contact after the switchboard",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Alpenblick Medien GmbH",
            None,
            None,
            ["192.0.2.140", "192.0.2.141"],
            ["192.0.2.150"],
            "Florian Aigner",
            "f.aigner@alpenblick.example",
            "+436641873205",
        ),
        "from": "Florian Aigner <f.aigner@alpenblick.example>",
        "subject": "Request: election results XML and filming permission",
        "headers": EVOLUTION,
        "body": "Good morning,\n\nAlpenblick Medien GmbH from Linz would kindly ask for two "
        "things: access to the election results XML server, and a permit for our camera team "
        "to film at the CZSO office in České Budějovice on election night.\n\n"
        "IPs for production: 192.0.2.140, 192.0.2.141\nIP for testing: 192.0.2.150\n\n"
        "Contact person is myself. Office +43 732 771 400 (switchboard), my mobile "
        "+43 664 187 3205.\n\nBest regards\nFlorian Aigner\nHead of Digital, Alpenblick "
        "Medien GmbH\n",
    },
    {
        "id": "cy017-reply-quotes-press-release",
        "description": "multipart/alternative reply to the office's press release, quoting it "
        "with czso.cz, the office's phone and IČO; the application is above the quote",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Jižní Morava Online s.r.o.",
            I17,
            None,
            ["198.51.100.160"],
            ["198.51.100.161"],
            "Ondřej Staněk",
            "stanek@jmonline.example",
            "+420608215394",
        ),
        "from": "Ondřej Staněk <stanek@jmonline.example>",
        "subject": "RE: Tisková zpráva: Přihlášky médií k výsledkům voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nna základě tiskové zprávy níže žádáme o přístup: Jižní Morava "
        "Online s.r.o., IČO " + I17 + ", produkce 198.51.100.160, test 198.51.100.161.\n"
        "Kontakt: Ondřej Staněk, 608 215 394.\n\nOndřej Staněk\n\n"
        "From: Tiskové oddělení ČSÚ <infoservis@czso.cz>\nSent: Tuesday, September 2, 2025\n"
        "Subject: Tisková zpráva: Přihlášky médií k výsledkům voleb\n\n"
        "Média mohou do 30. září žádat o přístup k dedikovanému serveru s výsledky voleb. "
        "Žádost musí obsahovat nejvýše pět produkčních a pět testovacích IP adres a kontaktní "
        "osobu. Žádosti zasílejte na podatelna@czso.cz nebo do datové schránky 2gfaasy.\n"
        "Kontakt pro média: tel. +420 274 052 733, www.czso.cz\n"
        "Český statistický úřad, IČO 00025593\n",
        "html": "<p>Dobrý den,</p><p>na základě tiskové zprávy níže žádáme o přístup: Jižní "
        "Morava Online s.r.o., IČO " + I17 + ", produkce 198.51.100.160, test 198.51.100.161."
        "<br>Kontakt: Ondřej Staněk, 608 215 394.</p><p>Ondřej Staněk</p><hr>"
        "<p><b>From:</b> Tiskové oddělení ČSÚ &lt;infoservis@czso.cz&gt;<br><b>Subject:</b> "
        "Tisková zpráva: Přihlášky médií k výsledkům voleb</p><p>Média mohou do 30. září "
        "žádat o přístup k dedikovanému serveru s výsledky voleb. Žádosti zasílejte na "
        "podatelna@czso.cz nebo do datové schránky 2gfaasy.<br>Kontakt pro média: tel. "
        "+420 274 052 733, www.czso.cz<br>Český statistický úřad, IČO 00025593</p>",
    },
    {
        "id": "cy018-k9-range-iso88592",
        "description": "iso-8859-2 note from Android: production as a written range "
        "'203.0.113.140-142', test after it, phone with 00420",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Liberecký zpravodaj s.r.o.",
            I18,
            None,
            ["203.0.113.140", "203.0.113.141", "203.0.113.142"],
            ["203.0.113.150"],
            "Kamil Beran",
            "beran@libereckyzpravodaj.example",
            "+420721904336",
        ),
        "from": "Kamil Beran <beran@libereckyzpravodaj.example>",
        "subject": "volby xml",
        "headers": K9,
        "charset": "iso-8859-2",
        "body": "Dobrý den,\nprosím o přístup k výsledkům pro Liberecký zpravodaj s.r.o. "
        "(IČO " + I18 + ").\nprod: 203.0.113.140-142\ntest: 203.0.113.150\n"
        "Beran, 00420 721 904 336\n\n-- \nOdesláno z K-9 Mail.\n",
    },
    {
        "id": "cy019-forward-attached-eml",
        "description": "Mac Outlook cover forwarding the application as an attached .eml that "
        "first went to a wrong address; the application is only in the attached mail",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Karlovarský týdeník s.r.o.",
            I19,
            None,
            ["192.0.2.180", "192.0.2.181"],
            ["192.0.2.189"],
            "Zuzana Kratochvílová",
            "kratochvilova@kvtydenik.example",
            "+420353440718",
        ),
        "from": "Zuzana Kratochvílová <kratochvilova@kvtydenik.example>",
        "subject": "FW: Žádost o výsledky voleb a natáčení",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\n\nžádost v příloze jsem omylem poslala na starou adresu, "
        "přeposílám ji tedy znovu.\n\nZ. Kratochvílová\n",
        "attachments": [
            (
                "eml",
                "Zadost_volby.eml",
                {
                    "id": "cy019-inner",
                    "from": "Zuzana Kratochvílová <kratochvilova@kvtydenik.example>",
                    "to": "volby@stara-adresa.example",
                    "subject": "Žádost o výsledky voleb a natáčení",
                    "body": "Dobrý den,\n\nKarlovarský týdeník s.r.o., IČO " + I19 + ", žádá "
                    "o přístup k XML výsledkům a o povolení natáčet na pracovišti ČSÚ "
                    "v Karlových Varech.\n\nprodukční IP: 192.0.2.180, 192.0.2.181\n"
                    "testovací IP: 192.0.2.189\n\nKontakt: Zuzana Kratochvílová, "
                    "tel. 353 440 718\n",
                },
            )
        ],
    },
    {
        "id": "cy020-smime-university-faculty",
        "description": "S/MIME-signed OWA mail from a faculty: the university applies; IPv6 "
        "production and test addresses, the dean's office line before the contact's",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Západočeská akademie, veřejná vysoká škola",
            I20,
            None,
            ["2001:db8:c0a::21", "2001:db8:c0a::22"],
            ["2001:db8:c0a::2f"],
            "Lukáš Hrubý",
            "hruby@zak.example",
            "+420377631524",
        ),
        "from": "Lukáš Hrubý <hruby@zak.example>",
        "subject": "Žádost o přístup k výsledkům voleb - Fakulta sociálních studií",
        "headers": OWA,
        "smime": True,
        "body": "Dobrý den,\n\nFakulta sociálních studií Západočeské akademie, veřejné "
        "vysoké školy (IČO " + I20 + "), žádá pro výzkumný projekt o přístup k průběžným "
        "výsledkům voleb.\n\nProdukční servery: 2001:db8:c0a::21, 2001:db8:c0a::22\n"
        "Testovací server: 2001:db8:c0a::2f\n\nKontaktní osoba: RNDr. Lukáš Hrubý, Ph.D., "
        "tel. 377 631 524 (sekretariát děkanátu 377 631 000)\n\nZápadočeská akademie, "
        "veřejná vysoká škola\nFakulta sociálních studií\n",
    },
    {
        "id": "cy021-databox-pdf-photographer",
        "description": "data message from a photographer's own box (natural person in "
        "business): filming only, the PDF names her trade and IČO",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Klára Benešová",
            I21,
            "f3n8wd6",
            [],
            [],
            "Klára Benešová",
            "klara@benesova-foto.example",
            "+420775214893",
        ),
        "databox": box("f3n8wd6", "Klára Benešová", "Nerudova 12, 370 01 České Budějovice", 40),
        "subject": "žádost o povolení fotografovat",
        "attachments": [
            (
                "pdf",
                "povoleni_foto.pdf",
                [
                    "Žádost o povolení fotografovat ve volební noc",
                    "Žadatelka: Klára Benešová, fotografka na volné noze, IČO " + I21,
                    "Žádám o povolení fotografovat na krajském pracovišti ČSÚ v Českých "
                    "Budějovicích. Přístup k výsledkům v XML nepožaduji.",
                    {
                        "rows": [
                            ["E-mail", "klara@benesova-foto.example"],
                            ["Telefon", "775 214 893"],
                        ],
                        "widths": [120, 260],
                    },
                ],
            )
        ],
    },
    {
        "id": "cy022-html-table-old-address",
        "description": "HTML-only Roundcube mail with a Role/IP/Note table; one production "
        "row is marked 'stará, už nepoužíváme' and is left out",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Nový Kolínský deník s.r.o.",
            I22,
            None,
            ["198.18.33.4", "198.18.33.5"],
            ["198.18.33.9"],
            "Barbora Navrátilová",
            "navratilova@kolinskydenik.example",
            "+420321744608",
        ),
        "from": "Barbora Navrátilová <navratilova@kolinskydenik.example>",
        "subject": "Žádost o přístup - Nový Kolínský deník",
        "headers": ROUNDCUBE,
        "cte": "base64",
        "html": "<p>Dobrý den,</p><p>Nový Kolínský deník s.r.o. (IČO " + I22 + ") žádá o "
        'přístup k XML s průběžnými výsledky voleb.</p><table border="1">'
        "<tr><th>Role</th><th>IP</th><th>Poznámka</th></tr>"
        "<tr><td>produkce</td><td>198.18.33.4</td><td></td></tr>"
        "<tr><td>produkce</td><td>198.18.33.5</td><td>nový server</td></tr>"
        "<tr><td>produkce</td><td>198.18.33.2</td><td>stará, už nepoužíváme</td></tr>"
        "<tr><td>test</td><td>198.18.33.9</td><td></td></tr></table>"
        "<p>Kontakt: Barbora Navrátilová, navratilova@kolinskydenik.example, 321 744 608</p>",
    },
    {
        "id": "cy023-chatty-phone-corrected-base64",
        "description": "base64 Seznam mail, chatty; the mobile number is corrected mid-sentence "
        "('602… ne pardon, 603…'); both requests",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED, FILM],
            "Krkonošský magazín s.r.o.",
            I23,
            None,
            ["203.0.113.210"],
            ["203.0.113.211"],
            "Martina Šťastná",
            "stastna@krkonosskymagazin.example",
            "+420603418275",
        ),
        "from": "Martina Šťastná <stastna@krkonosskymagazin.example>",
        "subject": "volby - xml a foto",
        "headers": SEZNAM,
        "cte": "base64",
        "body": "Zdravím,\n\nza Krkonošský magazín s.r.o. (IČO " + I23 + ") bychom chtěli "
        "přístup k výsledkům (server 203.0.113.210, na zkoušení 203.0.113.211) a taky "
        "bychom rádi nafotili atmosféru na vašem pracovišti v Hradci.\n\nVolejte mi na "
        "602 418 275, ne pardon, 603 418 275, ta dvojka je starý číslo :)\n\nMartina Šťastná\n",
    },
    {
        "id": "cy024-hungarian-english",
        "description": "Hungarian portal writing English, no IČO, five production addresses "
        "with one written as a fifth line after 'and also', Budapest mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunántúli Hírek Kft.",
            None,
            None,
            ["198.51.100.31", "198.51.100.32", "198.51.100.33", "198.51.100.34", "198.51.100.35"],
            ["198.51.100.39"],
            "Gergely Tóth",
            "toth.gergely@dunantulihirek.example",
            "+36301847265",
        ),
        "from": "Gergely Tóth <toth.gergely@dunantulihirek.example>",
        "subject": "Access request - Czech elections XML",
        "headers": TBIRD,
        "body": "Dear colleagues,\n\nDunántúli Hírek Kft. (Győr, Hungary) requests access "
        "to your elections results server.\n\nProduction: 198.51.100.31, 198.51.100.32, "
        "198.51.100.33, 198.51.100.34\nand also 198.51.100.35 (backup)\n"
        "Testing: 198.51.100.39\n\nContact: Gergely Tóth, +36 30 184 7265\n\n"
        "Thank you,\nGergely Tóth\n",
    },
    {
        "id": "cy025-gmail-android-no-diacritics",
        "description": "Gmail for Android without diacritics: the application in one long run "
        "of text, the phone glued to the name",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Plzensky expres s.r.o.",
            I25,
            None,
            ["192.0.2.30", "192.0.2.31"],
            ["192.0.2.38", "192.0.2.39"],
            "Jakub Vesely",
            "vesely@plzenskyexpres.example",
            "+420739051862",
        ),
        "from": "Jakub Vesely <vesely@plzenskyexpres.example>",
        "subject": "pristup vysledky",
        "headers": GMAIL_ANDROID,
        "cte": "7bit",
        "charset": "us-ascii",
        "body": "dobry den prosim o pristup k xml vysledkum voleb pro Plzensky expres s.r.o. "
        "ico " + I25 + " produkcni ip 192.0.2.30 a 192.0.2.31 testovaci 192.0.2.38 a "
        "192.0.2.39 kontakt Jakub Vesely 739051862 dekuji\n",
    },
    {
        "id": "cy026-reply-adds-test-to-quoted",
        "description": "reply to the officer's question: the new mail gives only the test "
        "address, production and contact are in the quoted earlier mail",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Mladoboleslavský týden s.r.o.",
            I26,
            None,
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.129"],
            "Igor Novák",
            "novak@mbtyden.example",
            "+420326118440",
        ),
        "from": "Igor Novák <novak@mbtyden.example>",
        "subject": "Re: Re: žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nomlouvám se, testovací adresa je 203.0.113.129.\n\nI. Novák\n\n"
        "> Dobrý den, v žádosti chybí testovací IP adresa, doplňte ji prosím.\n"
        "> Podatelna ČSÚ\n>\n"
        ">> Dobrý den,\n>> Mladoboleslavský týden s.r.o., IČO " + I26 + ", žádá o přístup "
        "k XML výsledkům.\n>> Produkční servery 203.0.113.120 a 203.0.113.121.\n"
        ">> Kontaktní osoba Igor Novák, tel. 326 118 440.\n",
    },
    {
        "id": "cy027-apple-mail-odt",
        "description": "one-line Apple Mail cover; the ODT form carries the application with a "
        "role table and a contact written surname first",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Slovácké noviny s.r.o.",
            I27,
            None,
            ["198.18.50.1", "198.18.50.2"],
            ["198.18.50.10"],
            "Eliška Mikulová",
            "mikulova@slovackenoviny.example",
            "+420572630418",
        ),
        "from": "Eliška Mikulová <mikulova@slovackenoviny.example>",
        "subject": "žádost",
        "headers": APPLE,
        "body": "Dobrý den, žádost posílám v příloze.\nS pozdravem E. Mikulová\n",
        "attachments": [
            (
                "odt",
                "zadost_volby.odt",
                [
                    "Slovácké noviny s.r.o., IČO " + I27,
                    "Žádáme o přístup k XML výsledkům voleb a o povolení natáčet na "
                    "pracovišti ČSÚ ve Zlíně.",
                    [
                        ["Údaj", "Hodnota"],
                        ["Produkční IP", "198.18.50.1, 198.18.50.2"],
                        ["Testovací IP", "198.18.50.10"],
                        ["Kontaktní osoba", "MIKULOVÁ Eliška"],
                        ["Telefon", "572 630 418"],
                        ["E-mail", "mikulova@slovackenoviny.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "cy028-rtf-contact-replaced-in-cover",
        "description": "Thunderbird cover with an RTF application naming a contact who has "
        "left; the cover makes the sender the contact instead",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Pardubický kraj Dnes s.r.o.",
            I28,
            None,
            ["192.0.2.90"],
            ["192.0.2.99"],
            "Simona Dvořáková",
            "dvorakova@pkdnes.example",
            "+420466301275",
        ),
        "from": "Simona Dvořáková <dvorakova@pkdnes.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": "Dobrý den,\n\nv příloze posílám naši žádost. Jako kontakt je v ní uveden "
        "Vojtěch Hladík, ten ale od října už u nás nepracuje, obracejte se prosím na mě: "
        "Simona Dvořáková, 466 301 275.\n\nDěkuji\nS. Dvořáková\n",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Pardubický kraj Dnes s.r.o., IČO " + I28,
                    "Žádost o přístup k průběžným výsledkům voleb",
                    [
                        ["produkční adresa", "192.0.2.90"],
                        ["testovací adresa", "192.0.2.99"],
                        ["kontakt", "Vojtěch Hladík, hladik@pkdnes.example, 466 301 280"],
                    ],
                ],
            )
        ],
    },
]
