"""Twentyseventh held-out part ``ua``, cases ua001–ua014: an iPhone note, an Outlook-on-the-web
table with ano/ne columns, a reply whose quoted original holds the addresses under the office's
quoted signature, a forward carrying the IT colleague's mail as .eml, a typo fixed in the same
mail, a German broadcaster's "respectively", data messages and a contractor's mail full of
version numbers. Written by hand apart from the extraction rules (see make_twentyseventh_ua);
labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyseventh_ua_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    SAMSUNG,
    TBIRD,
    L,
    Style,
    ico,
)

U1, U2, U3, U4 = ico("2915374"), ico("0653281"), ico("4718260"), ico("2784519")
U5, U8, U9, U10 = ico("0812743"), ico("2631908"), ico("2470156"), ico("6039412")
U7, U11, U12, U13, U14 = (
    ico("0029631"),
    ico("3619054"),
    ico("2208437"),
    ico("0591726"),
    ico("2847301"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "ua001-iphone-two-lines-ic-spaced",
        "description": "iPhone note without diacritics, IČ typed in groups, roles as 'ostra' "
        "and 'zkusebni'",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Zpravodaj Podbrdska s.r.o.",
            U1,
            None,
            ["203.0.113.15"],
            ["203.0.113.16"],
            "Radek Holub",
            "holub@podbrdsko.example",
            "+420731224590",
        ),
        "from": "Radek Holub <holub@podbrdsko.example>",
        "subject": "volby xml",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, chtel bych pristup na ten volebni xml server pro Zpravodaj Podbrdska "
            f"s.r.o. (IC {U1[:2]} {U1[2:5]} {U1[5:]}). ostra 203.0.113.15, zkusebni "
            "203.0.113.16\n"
            "Holub, tel 731 22 45 90\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "ua002-owa-html-ano-ne-columns",
        "description": "HTML-only Outlook on the web: request types in an ano/ne table (filming "
        "NE), addresses in a second table with a Prostředí column",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "JIHOMORAVSKÝ DENÍK PLUS a.s.",
            U2,
            None,
            ["198.51.100.131", "198.51.100.132"],
            ["198.51.100.140"],
            "Eliška Dvořáčková",
            "dvorackova@jmdplus.example",
            "+420543210876",
        ),
        "from": "Dvořáčková Eliška <dvorackova@jmdplus.example>",
        "subject": "Žádost – volby do Poslanecké sněmovny 2025",
        "headers": OWA,
        "html": (
            '<html><head><meta charset="utf-8"></head><body>'
            '<div style="font-family:Aptos,Arial,sans-serif;font-size:12pt">'
            "<div>Dobrý den,</div><div><br></div>"
            "<div>níže posíláme údaje k naší žádosti o přístup k výsledkům voleb.</div><div><br></div>"
            '<table style="border-collapse:collapse" border="1">'
            "<tr><th>Žádáme o</th><th>ANO</th><th>NE</th></tr>"
            "<tr><td>přístup k výsledkům ve formátu XML</td><td>X</td><td></td></tr>"
            "<tr><td>povolení k natáčení na sběrném místě</td><td></td><td>X</td></tr>"
            "</table><div><br></div>"
            '<table style="border-collapse:collapse" border="1">'
            "<tr><th>Prostředí</th><th>IP</th></tr>"
            "<tr><td>produkce</td><td>198.51.100.131</td></tr>"
            "<tr><td>produkce</td><td>198.51.100.132</td></tr>"
            "<tr><td>test</td><td>198.51.100.140</td></tr>"
            "</table><div><br></div>"
            f"<div>Žadatel: JIHOMORAVSKÝ DENÍK PLUS a.s., Kounicova 1020/3, 602 00 Brno, "
            f"IČO {U2}</div>"
            "<div>Kontakt: Eliška Dvořáčková, +420 543 210 876, "
            "dvorackova@jmdplus.example</div><div><br></div>"
            "<div>S pozdravem</div><div>Eliška Dvořáčková<br>produkce zpravodajství</div>"
            "</div></body></html>"
        ),
    },
    {
        "id": "ua003-reply-refers-to-own-quoted-original",
        "description": "reply to the office's request for a test address: the new text adds it, "
        "production and contact stay in the applicant's quoted original under the office's "
        "quoted signature (office phone and e-mail)",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Krokus, s.r.o.",
            U3,
            None,
            ["192.0.2.88"],
            ["192.0.2.89"],
            "Ondřej Malina",
            "malina@radiokrokus.example",
            "+420608447102",
        ),
        "from": "Ondřej Malina <malina@radiokrokus.example>",
        "subject": "Re: Re: Přístup k XML výsledkům – Rádio Krokus",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "testovací adresa bude 192.0.2.89. Ostatní údaje platí, jak jsem je psal v první "
            "zprávě dole.\n\n"
            "Díky\nO. Malina\n\n"
            "Dne 16. 09. 25 v 9:02 podatelna ČSÚ napsal(a):\n"
            "> Dobrý den,\n"
            "> děkujeme za žádost. Prosíme o doplnění testovací IP adresy, bez ní\n"
            "> nelze přístup ke zkušebnímu prostředí zřídit.\n"
            ">\n"
            "> S pozdravem\n"
            "> podatelna\n"
            "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
            "> tel. 274 051 111, podatelna@czso.cz, ID DS 2gfaasy\n"
            ">\n"
            "> Dne 15. 09. 25 v 22:41 Ondřej Malina napsal(a):\n"
            ">> Dobrý den,\n"
            ">> za Rádio Krokus, s.r.o. (IČO "
            f"{U3}) žádám o přístup k volebním výsledkům\n"
            ">> v XML. Náš server: 192.0.2.88.\n"
            ">> Kontakt: Ondřej Malina, 608 447 102, malina@radiokrokus.example\n"
        ),
    },
    {
        "id": "ua004-forward-attached-it-mail",
        "description": "editor forwards the IT admin's mail as an attached .eml; the addresses "
        "and the contact are in the attachment, the editor names the admin as contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Vltavské listy, spol. s r. o.",
            U4,
            None,
            ["203.0.113.201", "203.0.113.202"],
            ["203.0.113.210"],
            "Tomáš Klíma",
            "klima@vltavskelisty.example",
            "+420777902331",
        ),
        "from": "Marie Šedivá <sediva@vltavskelisty.example>",
        "subject": "Fwd: IP adresy pro volby",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "posílám žádost naší společnosti Vltavské listy, spol. s r. o., IČO "
            f"{U4}, o přístup k výsledkům voleb v XML. Technické údaje jsou v přeposlané "
            "zprávě od našeho správce sítě, kontaktní osobou bude on (Tomáš Klíma).\n\n"
            "Marie Šedivá\nšéfredaktorka\n+420 602 118 500\n"
        ),
        "attachments": [
            (
                "eml",
                "IP adresy pro volby.eml",
                {
                    "id": "ua004-inner",
                    "from": "Tomáš Klíma <klima@vltavskelisty.example>",
                    "to": "sediva@vltavskelisty.example",
                    "subject": "IP adresy pro volby",
                    "body": (
                        "Ahoj Marie,\n\n"
                        "pro ČSÚ:\n"
                        "- produkce: 203.0.113.201 a 203.0.113.202 (dva nody za balancerem)\n"
                        "- test: 203.0.113.210\n\n"
                        "Kdyby něco, jsem na 777 902 331.\n\n"
                        "Tomáš\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "ua005-chatty-typo-fixed-later",
        "description": "chatty mail gives the production address, then fixes a digit typo "
        "in a P.S.",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Krajské noviny Vysočina s.r.o.",
            U5,
            None,
            ["198.51.100.32"],
            ["198.51.100.33"],
            "Lenka Pospíšilová",
            "pospisilova@kn-vysocina.example",
            "+420569331840",
        ),
        "from": "Lenka Pospíšilová <pospisilova@kn-vysocina.example>",
        "subject": "zase volby :) přístup k XML",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "tak jsme tu zase – blíží se volby a my bychom rádi opět odebírali výsledky "
            "ve formátu XML jako minule. Letos už máme nový server, takže posílám nové "
            "údaje:\n\n"
            "produkce 198.51.100.23\n"
            "test 198.51.100.33\n\n"
            f"Jsme Krajské noviny Vysočina s.r.o., IČO {U5}, kontakt jsem já "
            "(569 331 840).\n\n"
            "Moc díky a ať to ve volební noc všechno šlape!\n"
            "Lenka Pospíšilová\n\n"
            "P.S. Omlouvám se, v produkční adrese mám přehozené číslice – správně je "
            "198.51.100.32, ne .23.\n"
        ),
    },
    {
        "id": "ua006-german-respectively",
        "description": "German public-radio editor writing English, no IČO; roles only by "
        "'respectively'; German phone with (0)",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Rheinwelle Rundfunk GmbH",
            None,
            None,
            ["192.0.2.140"],
            ["192.0.2.150"],
            "Jonas Bergmann",
            "j.bergmann@rheinwelle.example",
            "+4922116637420",
        ),
        "from": "Jonas Bergmann <j.bergmann@rheinwelle.example>",
        "subject": "Czech parliamentary election 2025 - access to results feed",
        "headers": OUTLOOK,
        "body": (
            "Dear Sir or Madam,\n\n"
            "Rheinwelle Rundfunk GmbH will cover the Czech parliamentary election on "
            "3-4 October for our Eastern Europe desk, and we would like to request access "
            "to your XML results service.\n\n"
            "Our servers 192.0.2.140 and 192.0.2.150 will be used for production and "
            "testing, respectively. We are a German company and do not have a Czech "
            "company ID; our VAT ID is DE 314 227 906.\n\n"
            "Please direct any technical questions to me.\n\n"
            "Kind regards\n"
            "Jonas Bergmann\n"
            "Redaktion Osteuropa | Rheinwelle Rundfunk GmbH\n"
            "Am Sendeturm 4, 50667 Köln\n"
            "Tel. +49 (0)221 166 374 20\n"
            "j.bergmann@rheinwelle.example\n"
        ),
    },
    {
        "id": "ua007-databox-annotation-only-power-of-attorney",
        "description": "data message with the whole application in the annotation; the file "
        "is only a power of attorney for the signing person",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "TV Polabí s.r.o.",
            U7,
            "b6ck2rw",
            ["203.0.113.77"],
            ["203.0.113.78"],
            "Pavel Vondra",
            "vondra@tvpolabi.example",
            "+420603551274",
        ),
        "subject": "Přístup k XML výsledkům voleb: prod 203.0.113.77, test 203.0.113.78, "
        f"IČO {U7}, kontakt Pavel Vondra 603551274 vondra@tvpolabi.example",
        "databox": {
            "box": "b6ck2rw",
            "sender": "TV Polabí s.r.o.",
            "address": "Pernerova 211, 530 02 Pardubice",
        },
        "attachments": [
            (
                "pdf",
                "plna_moc_Vondra.pdf",
                [
                    "PLNÁ MOC",
                    f"Společnost TV Polabí s.r.o., IČO {U7}, se sídlem Pernerova 211, "
                    "530 02 Pardubice, zastoupená jednatelem Ing. Karlem Šimůnkem,",
                    "zmocňuje pana Pavla Vondru, nar. 12. 4. 1984, k jednání s Českým "
                    "statistickým úřadem ve věci zřízení přístupu k výsledkům voleb "
                    "do Poslanecké sněmovny konaných 3. a 4. 10. 2025.",
                    "V Pardubicích dne 10. 9. 2025",
                    "Ing. Karel Šimůnek, jednatel",
                ],
            )
        ],
    },
    {
        "id": "ua008-signature-three-people-box-id",
        "description": "signature block lists three people with phones and the box ID; the "
        "text names the second one (IT) as contact",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Nový Horácký týdeník, z.s.",
            U8,
            "x3m9pkd",
            ["198.51.100.201"],
            ["198.51.100.202"],
            "Filip Novotný",
            "novotny@horacky.example",
            "+420736204519",
        ),
        "from": "Redakce Horáckého týdeníku <redakce@horacky.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": (
            "Vážení,\n\n"
            "spolek Nový Horácký týdeník, z.s. žádá o přístup k výsledkům voleb ve formátu "
            "XML pro aktualizaci našeho webu ve volební noc.\n\n"
            "IP produkčního serveru: 198.51.100.201\n"
            "IP testovacího serveru: 198.51.100.202\n\n"
            "Technickým kontaktem je náš správce webu (druhý v podpisu níže).\n\n"
            "Za redakci\n\n"
            "--\n"
            "Mgr. Jana Horká, šéfredaktorka, 731 118 224, horka@horacky.example\n"
            "Filip Novotný, správa webu, 736 204 519, novotny@horacky.example\n"
            "Bc. Petr Kos, inzerce, 605 900 117, kos@horacky.example\n"
            f"Nový Horácký týdeník, z.s. | Masarykovo nám. 14, 588 13 Polná | IČ {U8} | "
            "ID DS x3m9pkd\n"
        ),
    },
    {
        "id": "ua009-gmail-film-only-feed-declined",
        "description": "Gmail multipart/alternative: a TV crew asks only to film, says it does "
        "not want the XML feed; production manager is the contact, camera crew listed",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Obzor Film Production s.r.o.",
            U9,
            None,
            [],
            [],
            "Barbora Šťastná",
            "stastna@obzorfilm.example",
            "+420725660183",
        ),
        "from": "Barbora Šťastná <stastna@obzorfilm.example>",
        "subject": "Natáčení na sběrném místě – volby 3.–4. 10.",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "jsme produkce Obzor Film Production s.r.o. (IČO "
            f"{U9}) a pro Českou televizi připravujeme reportáž o průběhu volební noci. "
            "Rádi bychom natáčeli na sběrném místě ČSÚ v Jihlavě 4. 10. mezi 14:00 a "
            "18:00.\n\n"
            "Štáb: kameraman Lukáš Řezníček, zvukař Adam Pokorný, redaktorka Tereza Vlková.\n\n"
            "Přístup k datům v XML nepotřebujeme, jde nám jen o natáčení.\n\n"
            "Kontaktní osoba: Barbora Šťastná, vedoucí produkce, 725 660 183\n\n"
            "Děkuji,\nBára Šťastná\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
            "<div>jsme produkce Obzor Film Production s.r.o. (IČO "
            f"{U9}) a pro Českou televizi připravujeme reportáž o průběhu volební noci. "
            "Rádi bychom natáčeli na sběrném místě ČSÚ v Jihlavě 4. 10. mezi 14:00 a "
            "18:00.</div><div><br></div>"
            "<div>Štáb: kameraman Lukáš Řezníček, zvukař Adam Pokorný, redaktorka Tereza "
            "Vlková.</div><div><br></div>"
            "<div>Přístup k datům v XML nepotřebujeme, jde nám jen o natáčení.</div>"
            "<div><br></div><div>Kontaktní osoba: <b>Barbora Šťastná</b>, vedoucí produkce, "
            "725 660 183</div><div><br></div><div>Děkuji,</div><div>Bára Šťastná</div></div>"
        ),
    },
    {
        "id": "ua010-outlook-1250-block-and-filming",
        "description": "Outlook in windows-1250 asks for both; production as a /30 block, "
        "test a single address, filming with named crew",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Slezská mediální skupina a.s.",
            U10,
            None,
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
            ["203.0.113.90"],
            "Roman Krejčí",
            "krejci@smskupina.example",
            "+420596118402",
        ),
        "from": "Krejčí Roman <krejci@smskupina.example>",
        "subject": "Žádost o přístup k výsledkům a o povolení natáčení",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Vážená paní, vážený pane,\n\n"
            "Slezská mediální skupina a.s., IČO "
            f"{U10}, se sídlem 28. října 3348/65, 702 00 Ostrava, žádá\n\n"
            "1) o zřízení přístupu k výsledkům voleb ve formátu XML – produkční rozsah "
            "203.0.113.64/30, testovací adresa 203.0.113.90;\n"
            "2) o povolení natáčet na sběrném místě v Ostravě dne 4. 10. 2025 "
            "(štáb 3 osoby, kamera bez světel).\n\n"
            "Kontaktní osoba pro obě žádosti: Roman Krejčí, tel. 596 118 402 "
            "(ústředna 596 118 111).\n\n"
            "S pozdravem\n\nRoman Krejčí\nvedoucí vysílání\nSlezská mediální skupina a.s.\n"
        ),
    },
    {
        "id": "ua011-slovak-samsung",
        "description": "Slovak daily from a Samsung phone: Slovak role words, IČO with spaces, "
        "+421 mobile",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Východoslovenské noviny, a. s.",
            U11,
            None,
            ["198.51.100.50"],
            ["198.51.100.51"],
            "Martin Hudák",
            "hudak@vsnoviny.example",
            "+421905318627",
        ),
        "from": "Martin Hudák <hudak@vsnoviny.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": SAMSUNG,
        "body": (
            "Dobrý deň,\n"
            "žiadame o prístup k výsledkom volieb v XML.\n"
            f"Východoslovenské noviny, a. s., IČO {U11[:2]} {U11[2:5]} {U11[5:]}\n"
            "produkčná IP 198.51.100.50\n"
            "testovacia IP 198.51.100.51\n"
            "kontakt Martin Hudák 0905 318 627\n"
            "Ďakujem\n\n"
            "Odoslané z môjho Galaxy\n"
        ),
    },
    {
        "id": "ua012-apple-flowed-wrapped-roles",
        "description": "Apple Mail format=flowed, the sentence giving the roles is wrapped "
        "across soft breaks; 'ostrý provoz' and 'zkoušky'",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Brněnský kurýr s.r.o.",
            U12,
            None,
            ["192.0.2.10", "192.0.2.11"],
            ["192.0.2.12"],
            "Věra Kadlecová",
            "kadlecova@brnenskykuryr.example",
            "+420602771435",
        ),
        "from": "Věra Kadlecová <kadlecova@brnenskykuryr.example>",
        "subject": "Přístup k XML výsledkům voleb",
        "headers": APPLE,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "obracím se na Vás jménem vydavatelství Brněnský kurýr s.r.o. (IČO \n"
            f"{U12}) s prosbou o přístup k výsledkům voleb. Pro ostrý provoz \n"
            "budeme používat adresy 192.0.2.10 a 192.0.2.11, pro zkoušky před \n"
            "volbami 192.0.2.12.\n\n"
            "V případě dotazů jsem k dispozici na 602 771 435.\n\n"
            "S pozdravem\nVěra Kadlecová\nBrněnský kurýr\n"
        ),
    },
    {
        "id": "ua013-contractor-versions-netmask",
        "description": "IT contractor writes for a regional daily: nginx/PHP version numbers, "
        "a netmask after the production address (a block of four), a port",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Hradecký deník, a.s.",
            U13,
            None,
            ["198.51.100.8", "198.51.100.9", "198.51.100.10", "198.51.100.11"],
            ["198.51.100.20"],
            "Jakub Sýkora",
            "sykora@webhouse.example",
            "+420608210993",
        ),
        "from": "Jakub Sýkora <sykora@webhouse.example>",
        "subject": "Hradecký deník – XML výsledky voleb",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "jsme dodavatel webu pro Hradecký deník, a.s. (IČO "
            f"{U13}) a v jeho zastoupení žádáme o přístup k výsledkům voleb v XML "
            "(plnou moc od redakce na požádání doložíme).\n\n"
            "Stahovat budeme z clusteru 198.51.100.8 maska 255.255.255.252, testovací "
            "stroj je 198.51.100.20. Klient běží na nginx 1.26.2 / PHP 8.3.11, "
            "stahujeme přes HTTPS (443), ne přes 8080.\n\n"
            "Technický kontakt: Jakub Sýkora, 608 210 993, sykora@webhouse.example\n\n"
            "Jakub Sýkora\nWebhouse Hradec s.r.o.\n"
        ),
    },
    {
        "id": "ua014-databox-docx-table-header",
        "description": "data message, short annotation; the DOCX letter has the applicant's "
        "IČO in its page header, the office's IČO and box in the address block and a table",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Mediahaus Morava s.r.o.",
            U14,
            "t5rn8va",
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.135"],
            "Alena Šustrová",
            "sustrova@mediahausmorava.example",
            "+420585241977",
        ),
        "subject": "Žádost – volby 2025 (viz příloha)",
        "databox": {
            "box": "t5rn8va",
            "sender": "Mediahaus Morava s.r.o.",
            "address": "Horní náměstí 7, 779 00 Olomouc",
        },
        "attachments": [
            (
                "docx",
                "zadost_CSU.docx",
                {
                    "header": f"Mediahaus Morava s.r.o. · Horní náměstí 7, Olomouc · IČO {U14}",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10\n"
                        "IČO: 00025593 · datová schránka 2gfaasy",
                        "Olomouc 11. 9. 2025",
                        "Věc: žádost o přístup k XML výsledkům a o povolení natáčení",
                        "Žádáme o přístup k výsledkům voleb ve formátu XML a zároveň o "
                        "povolení pořídit video záznam na sběrném místě v Olomouci.",
                        {
                            "rows": [
                                ["", "IP adresa"],
                                ["Produkční 1", "203.0.113.130"],
                                ["Produkční 2", "203.0.113.131"],
                                ["Testovací", "203.0.113.135"],
                            ]
                        },
                        "Kontakt: Alena Šustrová, tel. 585 241 977, "
                        "sustrova@mediahausmorava.example",
                        "Mgr. Alena Šustrová, jednatelka",
                    ],
                },
            )
        ],
    },
]
