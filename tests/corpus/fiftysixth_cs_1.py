"""Fifty-sixth held-out part ``cs``, cases cs001–cs014: an iPhone note without diacritics, a
shared newsroom mailbox signed by one person who names a technician, a one-word answer to the
office's question, a Thunderbird image signature, addresses with leading zeros, a Slovak
bulleted list, an English mail from a Czech bureau of a foreign agency, a test address still
unknown, a data message with a PDF, an HTML-only OWA table, a self-correcting Apple mail, a
reply to the office's press release, a format=flowed role sentence and a signature of three.
Written by hand apart from the extraction rules (see make_fiftysixth_cs); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftysixth_cs_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I1, I2, I3, I4 = ico("2748150"), ico("0713962"), ico("2569814"), ico("0427319")
I5, I8, I9, I10 = ico("2881406"), ico("0652738"), ico("2934075"), ico("0816253")
I11, I12, I13, I14 = ico("2617094"), ico("0598241"), ico("2703618"), ico("0475926")

OFFICE_SIG = (
    "Český statistický úřad\n"
    "oddělení zpracování výsledků voleb\n"
    "Na padesátém 81, 100 82 Praha 10\n"
    "IČO 00025593 | ID datové schránky 2gfaasy\n"
    "tel. +420 274 052 733 | www.czso.cz\n"
)

CASES: list[dict[str, Any]] = [
    {
        "id": "cs001-iphone-no-diacritics",
        "description": "typed on an iPhone without diacritics or capitals, roles as 'ostra' and "
        "'na zkousku', the full name only in the From header, firm name typed without háčky",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Zpravy z Podbrdska s.r.o.",
            I1,
            None,
            ["198.51.100.14", "198.51.100.15"],
            ["198.51.100.16"],
            "Vojtěch Hrdlička",
            "hrdlicka@zpravypodbrdsko.example",
            "+420603418227",
        ),
        "from": "Vojtěch Hrdlička <hrdlicka@zpravypodbrdsko.example>",
        "subject": "volby pristup xml",
        "headers": IPHONE,
        "body": "dobry den,\n"
        "posilam udaje pro pristup k vysledkum na vas server\n"
        "firma: Zpravy z Podbrdska s.r.o., ico " + I1 + "\n"
        "ostra: 198.51.100.14 a 198.51.100.15\n"
        "na zkousku: 198.51.100.16\n"
        "kdyby neco tak volejte 603418227\n"
        "diky hrdlicka\n\n"
        "Odeslano z iPhonu\n",
    },
    {
        "id": "cs002-redakce-shared-mailbox",
        "description": "sent from the shared redakce@ mailbox; the editor who signs names "
        "herself the contact but adds a colleague with his own e-mail and mobile for the "
        "technical side; she gives no personal e-mail",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Hlas Vysočiny, z.ú.",
            I2,
            None,
            ["203.0.113.40", "203.0.113.41"],
            ["203.0.113.48"],
            "Markéta Nováková",
            "redakce@hlasvysociny.example",
            "+420605173449",
        ),
        "from": "Redakce Hlas Vysočiny <redakce@hlasvysociny.example>",
        "subject": "Žádost o přístup k výsledkům a o natáčení – Hlas Vysočiny",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\n"
        "za Hlas Vysočiny, z.ú. (IČO " + I2 + ") bychom rádi požádali o přístup k "
        "průběžným výsledkům voleb přes XML a zároveň o povolení natáčet na krajském "
        "pracovišti v Jihlavě během sčítání.\n\n"
        "Produkční servery: 203.0.113.40, 203.0.113.41\n"
        "Testovací server: 203.0.113.48\n\n"
        "Kontaktní osobou pro žádost jsem já, nejlépe na mobilu 605 173 449. Technické "
        "věci (firewall, certifikáty, IP adresy) s vámi doladí náš správce Ondřej Pilař, "
        "pilar@hlasvysociny.example, tel. 739 208 561.\n\n"
        "Děkuji a zdravím\n"
        "Markéta Nováková\n"
        "šéfredaktorka\n"
        "Hlas Vysočiny, z.ú.\n"
        "redakce@hlasvysociny.example\n",
    },
    {
        "id": "cs003-reply-one-word-testovaci",
        "description": "the whole answer is one word ('Testovací.') to the office's quoted "
        "question about one address; the rest of the application, the office's signature with "
        "its IČO, box and switchboard, and the original request are in the quoted history",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Mediapark Ostrava a.s.",
            I3,
            None,
            ["203.0.113.70", "203.0.113.71"],
            ["203.0.113.77"],
            "Lukáš Ševčík",
            "sevcik@mediapark-ostrava.example",
            "+420596114802",
        ),
        "from": "Lukáš Ševčík <sevcik@mediapark-ostrava.example>",
        "subject": "Re: Dotaz k žádosti o přístup k výsledkům voleb",
        "headers": GMAIL,
        "body": "Testovací.\n\n"
        "L. Š.\n\n"
        "po 6. 10. 2025 v 9:12 odesílatel Volby ČSÚ <volby@czso.cz> napsal:\n\n"
        "> Dobrý den,\n"
        ">\n"
        "> děkujeme za žádost. Je adresa 203.0.113.77 produkční, nebo testovací?\n"
        ">\n"
        "> S pozdravem\n"
        "> Jitka Malá\n" + "".join("> " + line + "\n" for line in OFFICE_SIG.splitlines()) + ">\n"
        "> ---------- Původní zpráva ----------\n"
        "> Od: Lukáš Ševčík <sevcik@mediapark-ostrava.example>\n"
        "> Předmět: Žádost o přístup k výsledkům voleb\n"
        ">\n"
        "> Dobrý den,\n"
        "> žádáme o přístup k XML s výsledky voleb pro Mediapark Ostrava a.s.,\n"
        "> IČO " + I3 + ".\n"
        "> Produkce: 203.0.113.70, 203.0.113.71\n"
        "> Dále 203.0.113.77\n"
        "> Kontakt: Lukáš Ševčík, tel. 596 114 802\n",
    },
    {
        "id": "cs004-thunderbird-image-signature",
        "description": "HTML-only Thunderbird mail whose signature is an image: the name and "
        "firm only in its alt text, the mobile typed below it",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Rádio Dobříš FM s.r.o.",
            I4,
            None,
            ["198.51.100.80", "198.51.100.81"],
            ["198.51.100.88"],
            "Jana Kovaříková",
            "kovarikova@radiodobris.example",
            "+420608227914",
        ),
        "from": "Jana Kovaříková <kovarikova@radiodobris.example>",
        "subject": "Přístup k XML výsledkům",
        "headers": TBIRD,
        "html": '<html><head><meta http-equiv="content-type" content="text/html; '
        'charset=UTF-8"></head><body>\n'
        "<p>Dobrý den,</p>\n"
        "<p>prosíme o zřízení přístupu k výsledkům voleb pro naše rádio.</p>\n"
        "<p>Produkční IP: 198.51.100.80, 198.51.100.81<br>\n"
        "Testovací IP: 198.51.100.88</p>\n"
        "<p>Rádio Dobříš FM s.r.o., IČO " + I4 + "</p>\n"
        "<p>Děkuji, Jana</p>\n"
        '<div class="moz-signature">-- <br>\n'
        '<img src="cid:part1.sig7Kq2@radiodobris.example" alt="Jana Kovaříková | '
        'vedoucí zpravodajství | Rádio Dobříš FM" width="420" height="90"><br>\n'
        "mob. 608 227 914</div>\n"
        "</body></html>\n",
    },
    {
        "id": "cs005-leading-zeros",
        "description": "addresses typed with zero-padded octets (192.000.002.010) in a Seznam "
        "webmail note",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Týdeník Polabí s.r.o.",
            I5,
            None,
            ["192.0.2.10", "192.0.2.11"],
            ["192.0.2.99"],
            "Pavel Doležal",
            "dolezal.tydenik@polabi.example",
            "+420721336508",
        ),
        "from": "Pavel Doležal <dolezal.tydenik@polabi.example>",
        "subject": "volby - IP adresy",
        "headers": SEZNAM,
        "body": "Dobrý den,\n\n"
        "náš IT kolega mi poslal adresy takhle, tak je přepisuju, jak jsou:\n\n"
        "produkční  192.000.002.010\n"
        "produkční  192.000.002.011\n"
        "testovací  192.000.002.099\n\n"
        "Žádáme tím o přístup k výsledkům voleb na vašem serveru. Týdeník Polabí s.r.o., "
        "IČO " + I5 + ".\n\n"
        "Pavel Doležal\n"
        "tel. 721 336 508\n",
    },
    {
        "id": "cs006-slovak-bullets",
        "description": "Slovak mail with a bulleted list mixing 'produkcia' and 'test' labels, a "
        "backup production line among them, a Slovak mobile and no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nitrianske listy, s.r.o.",
            None,
            None,
            ["198.51.100.120", "198.51.100.122"],
            ["198.51.100.121", "198.51.100.123"],
            "Zuzana Holubová",
            "holubova@nitrianskelisty.example",
            "+421905412377",
        ),
        "from": "Zuzana Holubová <holubova@nitrianskelisty.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": ROUNDCUBE,
        "body": "Dobrý deň,\n\n"
        "v mene spoločnosti Nitrianske listy, s.r.o. žiadame o prístup k priebežným "
        "výsledkom volieb vo formáte XML. Adresy:\n\n"
        "  • produkcia: 198.51.100.120\n"
        "  • test: 198.51.100.121\n"
        "  • produkcia (záloha): 198.51.100.122\n"
        "  • test 198.51.100.123\n\n"
        "Kontakt: Zuzana Holubová, +421 905 412 377\n\n"
        "S pozdravom\n"
        "Zuzana Holubová\n"
        "Nitrianske listy\n",
    },
    {
        "id": "cs007-english-prague-bureau",
        "description": "English mail from the Prague bureau of a foreign agency: a London "
        "switchboard (+44) before the bureau chief's Czech mobile, an IPv6 and an IPv4 "
        "production address and testing from production",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Northgate News Agency Ltd",
            None,
            None,
            ["2001:db8:4e1::10", "203.0.113.150"],
            [],
            "Helen Marsh",
            "helen.marsh@northgatenews.example",
            "+420777318402",
        ),
        "from": '"Marsh, Helen" <helen.marsh@northgatenews.example>',
        "subject": "Election results feed - Northgate News Agency, Prague bureau",
        "headers": OUTLOOK,
        "body": "Dear Sir or Madam,\n\n"
        "Northgate News Agency Ltd would like to request access to the live election "
        "results XML service for our Prague bureau.\n\n"
        "Our production hosts are 2001:db8:4e1::10 and 203.0.113.150. We will run our "
        "tests from these same hosts, so there is no separate test address.\n\n"
        "Please direct any questions to me.\n\n"
        "Kind regards,\n"
        "Helen Marsh\n"
        "Bureau Chief, Prague\n"
        "Northgate News Agency Ltd\n"
        "Switchboard (London): +44 20 7946 0321\n"
        "Mobile (CZ): +420 777 318 402\n",
    },
    {
        "id": "cs008-test-unknown-later",
        "description": "Android note with two production addresses; the test address is "
        "'zatím neznámá, doplníme'",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Krkonošský deník s.r.o.",
            I8,
            None,
            ["198.18.4.20", "198.18.4.21"],
            [],
            "Tomáš Kubát",
            "kubat@krkonossky.example",
            "+420732655190",
        ),
        "from": "Tomáš Kubát <kubat@krkonossky.example>",
        "subject": "zadost volby",
        "headers": K9,
        "body": "Dobry den, zadame o pristup k vysledkum voleb.\n"
        "Krkonošský deník s.r.o., IČO " + I8 + "\n"
        "produkcni: 198.18.4.20, 198.18.4.21\n"
        "testovaci: zatím neznámá, doplníme\n"
        "Tomáš Kubát, 732 655 190\n\n"
        "--\n"
        "Odesláno z K-9 Mail.\n",
    },
    {
        "id": "cs009-databox-pdf-table",
        "description": "data message whose annotation says only 'žádost v příloze'; the PDF has "
        "a table with both requests ticked ANO and the addresses in wrapping cells",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Vydavatelství Brdy a.s.",
            I9,
            "q4m8tzc",
            ["198.51.100.140", "198.51.100.141", "198.51.100.142"],
            ["198.51.100.149"],
            "Alena Šimková",
            "simkova@vydbrdy.example",
            "+420318602114",
        ),
        "databox": box("q4m8tzc", "Vydavatelství Brdy a.s.", "Příbram, Pražská 14"),
        "subject": "Volby – žádost v příloze",
        "attachments": [
            (
                "pdf",
                "zadost_volby_brdy.pdf",
                [
                    "Vydavatelství Brdy a.s., Pražská 14, 261 01 Příbram, IČO " + I9,
                    "Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    {
                        "rows": [
                            ["Požadavek", "ANO/NE"],
                            ["Přístup k výsledkům (XML)", "ANO"],
                            ["Natáčení na pracovišti ČSÚ", "ANO"],
                        ],
                        "widths": [260, 80],
                    },
                    {
                        "rows": [
                            ["Produkční adresy", "198.51.100.140, 198.51.100.141, 198.51.100.142"],
                            ["Testovací adresa", "198.51.100.149"],
                            ["Kontakt", "Alena Šimková, simkova@vydbrdy.example, tel. 318 602 114"],
                        ],
                        "widths": [120, 110],
                    },
                    "V Příbrami 3. 10. 2025, Ing. Aleš Brdička, předseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "cs010-owa-html-table",
        "description": "HTML-only Outlook on the web mail with a table whose columns are the "
        "roles and whose rows hold two addresses each, one cell left empty",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Jihočeská média, a.s.",
            I10,
            None,
            ["203.0.113.200", "203.0.113.201"],
            ["203.0.113.210"],
            "Filip Janoušek",
            "janousek@jcmedia.example",
            "+420387991240",
        ),
        "from": "Janoušek Filip <janousek@jcmedia.example>",
        "subject": "Žádost – přístup k datům voleb",
        "headers": OWA,
        "html": '<html><body><div style="font-family:Calibri,sans-serif">\n'
        "<p>Dobrý den,</p>\n"
        "<p>Jihočeská média, a.s. (IČO " + I10 + ") žádají o přístup k výsledkům "
        "voleb přes XML. Adresy:</p>\n"
        '<table border="1" cellpadding="4" style="border-collapse:collapse">\n'
        "<tr><th></th><th>Produkce</th><th>Test</th></tr>\n"
        "<tr><td>server 1</td><td>203.0.113.200</td><td>203.0.113.210</td></tr>\n"
        "<tr><td>server 2</td><td>203.0.113.201</td><td></td></tr>\n"
        "</table>\n"
        "<p>S pozdravem<br>Filip Janoušek<br>IT | Jihočeská média, a.s.<br>"
        "T: +420 387 991 240</p>\n"
        "</div></body></html>\n",
    },
    {
        "id": "cs011-apple-self-correction",
        "description": "Apple Mail message that corrects its own second address a paragraph later "
        "('ne .26, správně .62') and adds a test address in the postscript",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Brněnský večerník s.r.o.",
            I11,
            None,
            ["198.51.100.25", "198.51.100.62"],
            ["198.51.100.63"],
            "Ivana Procházková",
            "prochazkova@bvecernik.example",
            "+420604550873",
        ),
        "from": "Ivana Procházková <prochazkova@bvecernik.example>",
        "subject": "Přístup k výsledkům voleb",
        "headers": APPLE,
        "body": "Dobrý den,\n\n"
        "Brněnský večerník s.r.o., IČO " + I11 + ", žádá o přístup k výsledkům voleb.\n"
        "Produkční adresy: 198.51.100.25 a 198.51.100.26.\n\n"
        "Omlouvám se, přehodila jsem číslice – druhá produkční není .26, správně je "
        "198.51.100.62.\n\n"
        "Ivana Procházková\n"
        "604 550 873\n\n"
        "PS: testovat budeme z 198.51.100.63.\n",
    },
    {
        "id": "cs012-reply-to-press-release",
        "description": "a filming-only request written as a reply to the office's quoted press "
        "release, which carries the office's IČO, data box, phone and e-mail",
        "style": Style.REPLY,
        "labels": L(
            [FILM],
            "TV Haná s.r.o.",
            I12,
            None,
            [],
            [],
            "Roman Bartoš",
            "bartos@tvhana.example",
            "+420777402618",
        ),
        "from": "Roman Bartoš <bartos@tvhana.example>",
        "subject": "Re: TZ: Média mohou žádat o akreditaci k volbám",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\n"
        "na základě vaší tiskové zprávy žádáme o povolení natáčet na pracovišti ČSÚ v "
        "Olomouci během zpracování výsledků. Přístup k datům nepotřebujeme.\n\n"
        "TV Haná s.r.o., IČO " + I12 + "\n"
        "Roman Bartoš, vedoucí zpravodajství, mobil 777 402 618\n\n"
        "----- Původní zpráva -----\n"
        'Od: "Tiskové oddělení ČSÚ" <infoservis@czso.cz>\n'
        "Předmět: TZ: Média mohou žádat o akreditaci k volbám\n\n"
        "> Český statistický úřad upozorňuje média, že žádosti o přístup k průběžným\n"
        "> výsledkům a o povolení natáčení přijímá do 30. září. Žádost zašlete do\n"
        "> datové schránky 2gfaasy nebo na podatelna@czso.cz.\n"
        ">\n"
        "> Kontakt pro média: tiskové oddělení, tel. +420 274 052 733\n"
        "> Český statistický úřad, IČO 00025593\n",
    },
    {
        "id": "cs013-flowed-role-sentence",
        "description": "format=flowed Evolution mail whose soft line break falls inside the "
        "sentence that assigns the roles ('zatímco pro / testování použijeme')",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Radiožurnál Liberec, spolek",
            I13,
            None,
            ["203.0.113.30", "203.0.113.31"],
            ["203.0.113.39"],
            "Jiří Stejskal",
            "stejskal@rzliberec.example",
            "+420485301772",
        ),
        "from": "Jiří Stejskal <stejskal@rzliberec.example>",
        "subject": "zadost o XML",
        "headers": EVOLUTION,
        "flowed": True,
        "cte": "8bit",
        "body": "Dobrý den, \n"
        "posílám žádost za Radiožurnál Liberec, spolek (IČO " + I13 + ") o \n"
        "přístup k výsledkům voleb. Produkční adresy jsou 203.0.113.30 a \n"
        "203.0.113.31, zatímco pro \n"
        "testování použijeme 203.0.113.39. Kdyby bylo potřeba něco \n"
        "upřesnit, volejte na 485 301 772.\n\n"
        "Jiří Stejskal\n",
    },
    {
        "id": "cs014-signature-of-three",
        "description": "a signature block naming three people with phones; the contact is "
        "named in the body as the second of them",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Zlínské listy s.r.o.",
            I14,
            None,
            ["198.18.30.1", "198.18.30.2"],
            ["198.18.30.9"],
            "Petra Hanušová",
            "hanusova@zlinskelisty.example",
            "+420734112903",
        ),
        "from": "Karel Vybíral <vybiral@zlinskelisty.example>",
        "subject": "Volby – žádost Zlínských listů",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\n"
        "Zlínské listy s.r.o. žádají o přístup k výsledkům voleb (XML) a o povolení "
        "fotografovat na krajském pracovišti ve Zlíně.\n"
        "Produkce 198.18.30.1 a 198.18.30.2, test 198.18.30.9.\n"
        "Kontaktní osobou pro tuto žádost je paní Hanušová (viz níže).\n\n"
        "Za redakci\n"
        "Karel Vybíral, šéfredaktor, 603 771 245, vybiral@zlinskelisty.example\n"
        "Petra Hanušová, produkce, 734 112 903, hanusova@zlinskelisty.example\n"
        "Michal Dvořák, IT, 736 580 014, dvorak@zlinskelisty.example\n"
        "Zlínské listy s.r.o. | IČO " + I14 + " | třída Tomáše Bati 55, Zlín\n",
    },
]
