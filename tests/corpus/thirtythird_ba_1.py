"""Thirty-third held-out part ``ba``, cases ba001–ba014: an iPhone note, an HTML-only Outlook on
the web table, a reply quoting the office's press release, a chatty freelancer in windows-1250,
a correction in a flowed mail, data messages, an English mail from a German station, a Gmail
forward from IT, a signature naming three people, a Slovak netmask and an S/MIME-signed mail.
Written by hand apart from the extraction rules (see make_thirtythird_ba); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtythird_ba_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I1, I2, I3, I5 = ico("2874106"), ico("0562913"), ico("4417358"), ico("2693024")
I6, I8, I9, I10 = ico("0852719"), ico("2715863"), ico("0639142"), ico("3641190")
I11, I12, I13, I14 = ico("0730481"), ico("2986257"), ico("2503117"), ico("0481926")

PRESS_RELEASE = (
    "> -------- Původní zpráva --------\n"
    "> Od: Český statistický úřad <podatelna@czso.cz>\n"
    "> Předmět: Tisková zpráva – přístup médií k průběžným výsledkům voleb\n"
    ">\n"
    "> Český statistický úřad (IČO 00025593, datová schránka 2gfaasy) zpřístupní\n"
    "> médiím průběžné výsledky voleb ve formátu XML. Žádosti zasílejte na\n"
    "> podatelna@czso.cz nejpozději do 30. 9. 2025; uveďte nejvýše 5 produkčních\n"
    "> a 5 testovacích IP adres, kontaktní osobu, e-mail a telefon. Žádosti\n"
    "> o natáčení ve sběrných místech vyřizuje tiskové oddělení, tel. 274 052 733.\n"
    "> Testovací provoz poběží 2. 10. 2025 od 14:00, port 443.\n"
)

CASES: list[dict[str, Any]] = [
    {
        "id": "ba001-iphone-two-lines",
        "description": "three lines typed on an iPhone without diacritics, 'ico' split by "
        "spaces, the test address only as 'a test'",
        "style": Style.PHONE_NOTE,
        "labels": L(
            [FEED],
            "Krkonossky posel s.r.o.",
            I1,
            None,
            ["203.0.113.140"],
            ["203.0.113.141"],
            "Radek Pokorny",
            "pokorny@krkonosskyposel.example",
            "+420731552804",
        ),
        "from": "Radek Pokorny <pokorny@krkonosskyposel.example>",
        "subject": "volby xml",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, chteli bychom zase ten pristup na xml vysledky jako minule. "
            "Nase ip 203.0.113.140 a test 203.0.113.141\n"
            f"Krkonossky posel s.r.o. ico {I1[:2]} {I1[2:5]} {I1[5:]}\n"
            "Pokorny 731 552 804\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "ba002-owa-html-prod-tst",
        "description": "HTML-only Outlook on the web mail, table with PROD/TST rows and a "
        "port column, a software version under the table",
        "style": Style.HTML_TABLE,
        "labels": L(
            [FEED],
            "RegioTV Morava a.s.",
            I2,
            None,
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.99"],
            "Tomáš Hrubý",
            "hruby@regiotvmorava.example",
            "+420585110273",
        ),
        "from": "Hrubý Tomáš <hruby@regiotvmorava.example>",
        "subject": "RegioTV Morava – žádost o přístup k XML výsledkům voleb",
        "headers": OWA,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div style="font-family:Aptos,sans-serif;font-size:12pt">'
            "<div>Dobrý den,</div><div><br></div>"
            f"<div>za RegioTV Morava a.s. (IČO {I2}) žádám o přístup k serveru s výsledky "
            "voleb. Stahovat budeme ze dvou strojů, testovat z jednoho:</div><div><br></div>"
            '<table style="border-collapse:collapse" border="1" cellpadding="4">'
            "<thead><tr><th>prostředí</th><th>IP</th><th>port (náš firewall)</th></tr></thead>"
            "<tbody><tr><td>PROD</td><td>198.51.100.90</td><td>8443</td></tr>"
            "<tr><td>PROD</td><td>198.51.100.91</td><td>8443</td></tr>"
            "<tr><td>TST</td><td>198.51.100.99</td><td>8080</td></tr></tbody></table>"
            "<div><br></div><div>Stahovač je náš vlastní, verze 3.2.0.14, kdyby to bylo "
            "potřeba vědět.</div><div><br></div>"
            "<div>Kontakt: já, Tomáš Hrubý, tel. 585 110 273</div><div><br></div>"
            "<div>Díky<br>Tomáš Hrubý<br>technický ředitel | RegioTV Morava a.s.<br>"
            "tř. Svobody 12, 779 00 Olomouc</div></div></body></html>"
        ),
    },
    {
        "id": "ba003-reply-press-release-both",
        "description": "reply above the office's quoted press release (office IČO, box, phone, "
        "port, dates); asks for feed and for filming",
        "style": Style.REPLY,
        "labels": L(
            [FEED, FILM],
            "Vltavská mediální, s.r.o.",
            I3,
            None,
            ["192.0.2.35"],
            [],
            "Kristýna Bartošová",
            "bartosova@vltavska.example",
            "+420608447190",
        ),
        "from": "Kristýna Bartošová <bartosova@vltavska.example>",
        "subject": "Re: Tisková zpráva – přístup médií k průběžným výsledkům voleb",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "reaguji na Vaši tiskovou zprávu. Vltavská mediální, s.r.o. (IČO "
            f"{I3}) by ráda:\n"
            "1) přístup k XML s výsledky – náš server 192.0.2.35, testovací adresu "
            "nemáme, test pojedeme z téhož stroje,\n"
            "2) povolení natáčet ve sběrném místě v Praze v noci po uzavření místností.\n\n"
            "Kontaktní osoba: Kristýna Bartošová, mob. +420 608 447 190\n\n"
            "S pozdravem\nKristýna Bartošová\nVltavská mediální, s.r.o.\n\n"
            "Dne 12. 9. 2025 v 10:02 Český statistický úřad napsal(a):\n" + PRESS_RELEASE
        ),
    },
    {
        "id": "ba004-chatty-freelancer-cp1250",
        "description": "chatty windows-1250 mail from a freelance photographer without an IČO, "
        "only filming; mentions an old accreditation number and a date",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Ondřej Sýkora",
            None,
            None,
            [],
            [],
            "Ondřej Sýkora",
            "ondra.sykora@posta.example",
            "+420776204318",
        ),
        "from": "Ondřej Sýkora <ondra.sykora@posta.example>",
        "subject": "natáčení o volební noci",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "jmenuju se Ondřej Sýkora a jsem fotograf a kameraman na volné noze (nemám firmu, "
            "dělám pro různé redakce, tentokrát hlavně pro jeden podcast). Moc by se mi "
            "hodilo, kdybych mohl 4. 10. večer natočit pár záběrů, jak na sběrném místě "
            "chodí protokoly – nic dlouhého, tak 20 minut, bez stativu, nikomu nebudu "
            "překážet, slibuju :)\n\n"
            "Loni jsem měl od vás akreditaci č. 118/2024, kdyby to pomohlo. Na ta XML data "
            "nic nepotřebuju, to je spíš pro weby.\n\n"
            "Kdyžtak mi brnkněte na 776 204 318.\n\n"
            "Díky moc a hezký den\nOndra Sýkora\n"
        ),
    },
    {
        "id": "ba005-flowed-correction-test",
        "description": "format=flowed mail that corrects its own test address two paragraphs "
        "later; the role sentence is soft-wrapped",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Zpravodajství Podluží z.s.",
            I5,
            None,
            ["203.0.113.66"],
            ["203.0.113.76"],
            "Lukáš Dvořáček",
            "dvoracek@podluzi-zpravy.example",
            "+420724930661",
        ),
        "from": "Lukáš Dvořáček <dvoracek@podluzi-zpravy.example>",
        "subject": "Přístup k výsledkům voleb – Zpravodajství Podluží",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den, \n"
            "jsme spolek Zpravodajství Podluží z.s., IČO " + I5 + ", a provozujeme \n"
            "zpravodajský web pro Břeclavsko. Žádáme o přístup k XML s výsledky \n"
            "voleb: produkční server bude mít adresu 203.0.113.66 a na testování \n"
            "použijeme 203.0.113.67.\n\n"
            "Kontakt: Lukáš Dvořáček, 724 930 661.\n\n"
            "Ještě oprava – kolega mě upozornil, že testovací stroj má .76, ne .67. \n"
            "Správně je tedy test 203.0.113.76. Omlouvám se.\n\n"
            "Lukáš Dvořáček\n"
        ),
    },
    {
        "id": "ba006-databox-annotation-power-of-attorney",
        "description": "data message with the whole application in the annotation; the only "
        "file is a power of attorney PDF naming the statutory body",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Jihočeská rozhlasová s.r.o.",
            I6,
            "q4hv8tz",
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.159"],
            "Jan Kovařík",
            "kovarik@jcrozhlas.example",
            "+420387012554",
        ),
        "subject": (
            "Žádost o XML výsledky voleb: prod. 192.0.2.150, 192.0.2.151; test. 192.0.2.159;"
            " kontakt Jan Kovařík, kovarik@jcrozhlas.example, 387 012 554"
        ),
        "databox": {
            "box": "q4hv8tz",
            "sender": "Jihočeská rozhlasová s.r.o.",
            "address": "Lannova 40, 370 01 České Budějovice",
        },
        "attachments": [
            (
                "pdf",
                "plna_moc_Kovarik.pdf",
                [
                    "PLNÁ MOC",
                    f"Jihočeská rozhlasová s.r.o., IČO {I6}, se sídlem Lannova 40, "
                    "370 01 České Budějovice, zastoupená jednatelkou Mgr. Evou Šírovou,",
                    "zmocňuje",
                    "Jana Kovaříka, nar. 3. 5. 1986, technika stanice,",
                    "k jednání s Českým statistickým úřadem ve věci přístupu k výsledkům "
                    "voleb do Poslanecké sněmovny 2025.",
                    "V Českých Budějovicích dne 8. 9. 2025",
                    "Mgr. Eva Šírová, jednatelka          Jan Kovařík",
                ],
            )
        ],
    },
    {
        "id": "ba007-german-station-respectively",
        "description": "English written by a German radio editor, no IČO, roles only by "
        "'respectively', a German phone and a Berlin street number",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Ostwelle Hörfunk GmbH",
            None,
            None,
            ["198.51.100.121"],
            ["198.51.100.122"],
            "Sabine Krüger",
            "s.krueger@ostwelle.example",
            "+4930208841175",
        ),
        "from": "Sabine Krüger <s.krueger@ostwelle.example>",
        "subject": "Access to election results XML - Ostwelle",
        "headers": APPLE,
        "body": (
            "Dear Sir or Madam,\n\n"
            "we are a German regional radio (Ostwelle Hörfunk GmbH, Berlin) and we will "
            "cover the Czech parliamentary election live for our listeners in Saxony. "
            "We would like to ask for access to your XML results server.\n\n"
            "Our IP addresses are 198.51.100.121 and 198.51.100.122, for production and "
            "testing respectively. We have no Czech company number (IČO), our German "
            "register number is HRB 20419 B.\n\n"
            "Please contact me at +49 30 2088 41175 or by mail.\n\n"
            "Best regards / Mit freundlichen Grüßen\n"
            "Sabine Krüger\nRedaktion Osteuropa\nOstwelle Hörfunk GmbH\n"
            "Karl-Marx-Allee 131, 10243 Berlin\n"
        ),
    },
    {
        "id": "ba008-gmail-forward-from-it",
        "description": "editor forwards the IT admin's Gmail message with the addresses and "
        "names the admin as contact; the admin's signature has a second number",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Týdeník Horácko, s.r.o.",
            I8,
            None,
            ["203.0.113.200", "203.0.113.201"],
            ["203.0.113.210"],
            "Petr Zeman",
            "zeman.it@horacko.example",
            "+420739015826",
        ),
        "from": "Marie Novotná <novotna@horacko.example>",
        "subject": "Fwd: IP adresy na volby",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            f"posílám níže adresy od našeho správce. Za Týdeník Horácko, s.r.o., IČO {I8}, "
            "žádáme o přístup k výsledkům voleb v XML. Kontaktní osobou pro technické věci "
            "je pan Zeman (viz jeho podpis), já jsem šéfredaktorka.\n\n"
            "Marie Novotná\nTýdeník Horácko\n\n"
            "---------- Forwarded message ---------\n"
            "Od: Petr Zeman <zeman.it@horacko.example>\n"
            "Date: po 15. 9. 2025 v 9:41\n"
            "Subject: IP adresy na volby\n"
            "To: Marie Novotná <novotna@horacko.example>\n\n\n"
            "Ahoj Marie,\n\n"
            "tady to je:\n"
            "- produkce: 203.0.113.200 a 203.0.113.201 (dva servery za balancerem)\n"
            "- test: 203.0.113.210\n\n"
            "Kdyby chtěli něco technického, ať volají mně.\n\n"
            "Petr\n--\nPetr Zeman, správa IT\nmobil: 739 015 826\nservisní linka: 567 300 100\n"
        ),
    },
    {
        "id": "ba009-signature-three-people",
        "description": "Apple Mail message whose signature lists three people with numbers; "
        "the contact is the second one, named in the text",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Nakladatelství Hradecký kurýr a.s.",
            I9,
            None,
            ["192.0.2.88"],
            ["192.0.2.89"],
            "Veronika Jirásková",
            "jiraskova@hkkuryr.example",
            "+420495881240",
        ),
        "from": '"Ing. Pavel Moravec" <moravec@hkkuryr.example>',
        "subject": "Žádost o přístup – Hradecký kurýr",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "Nakladatelství Hradecký kurýr a.s. (vydavatel deníku Hradecký kurýr), "
            f"IČO {I9}, žádá o zřízení přístupu k XML s výsledky voleb.\n\n"
            "Produkce: 192.0.2.88\nTest: 192.0.2.89\n\n"
            "Kontaktní osobou bude naše vedoucí online redakce paní Jirásková, údaje "
            "níže.\n\n"
            "S pozdravem\n\n"
            "Ing. Pavel Moravec | ředitel | +420 495 881 200 | moravec@hkkuryr.example\n"
            "Veronika Jirásková | vedoucí online | +420 495 881 240 | "
            "jiraskova@hkkuryr.example\n"
            "Filip Malý | IT | +420 495 881 255 | maly@hkkuryr.example\n"
            "Nakladatelství Hradecký kurýr a.s., Gočárova 1620, 500 02 Hradec Králové\n"
        ),
    },
    {
        "id": "ba010-slovak-netmask-block",
        "description": "Slovak Outlook mail: production given as an address with a netmask "
        "(a block of four), IČO written with spaces, Slovak mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Záhorské noviny, s. r. o.",
            I10,
            None,
            ["198.51.100.36", "198.51.100.37", "198.51.100.38", "198.51.100.39"],
            ["198.51.100.44"],
            "Marek Kollár",
            "kollar@zahorskenoviny.example",
            "+421905318442",
        ),
        "from": "Marek Kollár <kollar@zahorskenoviny.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": OUTLOOK,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý deň,\n\n"
            "spoločnosť Záhorské noviny, s. r. o., IČO "
            f"{I10[:2]} {I10[2:5]} {I10[5:]}, sídlo Senica, by rada získala prístup "
            "k výsledkom volieb do Poslaneckej snemovne vo formáte XML - píšeme aj pre "
            "čitateľov na Morave.\n\n"
            "Produkčné servery: 198.51.100.36 s maskou 255.255.255.252 (celý rozsah)\n"
            "Testovací server: 198.51.100.44\n\n"
            "Kontaktná osoba: Marek Kollár, +421 905 318 442\n\n"
            "S pozdravom\nMarek Kollár\nvedúci IT, Záhorské noviny\n"
        ),
    },
    {
        "id": "ba011-databox-xlsx-yes-no",
        "description": "data message with a one-line annotation; the XLSX form has an ano/ne "
        "column where filming is 'ne', and a contacts sheet",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "TV Polabí a.s.",
            I11,
            "b7nx2ke",
            ["203.0.113.12", "203.0.113.13"],
            ["203.0.113.14"],
            "Zdeňka Holá",
            "hola@tvpolabi.example",
            "+420466720381",
        ),
        "subject": "Volby 2025 – žádost (formulář v příloze)",
        "databox": {
            "box": "b7nx2ke",
            "sender": "TV Polabí a.s.",
            "address": "Palackého 88, 530 02 Pardubice",
        },
        "attachments": [
            (
                "xlsx",
                "volby2025_TVPolabi.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "TV Polabí a.s."],
                            ["IČO", I11],
                            ["Požadavek", "ano / ne"],
                            ["Přístup k výsledkům (XML)", "ano"],
                            ["Natáčení na sběrných místech", "ne"],
                            ["Role", "IP adresa"],
                            ["produkční", "203.0.113.12"],
                            ["produkční", "203.0.113.13"],
                            ["testovací", "203.0.113.14"],
                        ],
                    },
                    {
                        "title": "Kontakty",
                        "rows": [
                            ["Jméno", "Funkce", "Telefon", "E-mail"],
                            [
                                "Zdeňka Holá",
                                "kontaktní osoba",
                                "466 720 381",
                                "hola@tvpolabi.example",
                            ],
                            ["Josef Beneš", "ředitel", "466 720 300", "benes@tvpolabi.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ba012-gmail-alternative-old-address",
        "description": "Gmail multipart/alternative: the new production address replaces last "
        "year's, which the text says is no longer used",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Kladenský deník online s.r.o.",
            I12,
            None,
            ["192.0.2.61"],
            [],
            "Adam Šimek",
            "simek@kladnoonline.example",
            "+420602881935",
        ),
        "from": "Adam Šimek <simek@kladnoonline.example>",
        "subject": "Re-registrace na XML výsledky",
        "headers": GMAIL,
        "body": (
            "Ahoj / dobrý den,\n\n"
            "jsme u vás registrovaní z minulých voleb, ale přestěhovali jsme servery. Stará "
            "adresa 192.0.2.16 už nepoužíváme, prosím zrušte ji. Nová je 192.0.2.61. Test "
            "si uděláme na ní, jinou nemáme.\n\n"
            f"Kladenský deník online s.r.o., IČ: {I12}\n"
            "Adam Šimek, 602 881 935\n\n"
            "Díky!\nAdam\n"
        ),
        "html": (
            '<div dir="ltr"><div>Ahoj / dobrý den,</div><div><br></div>'
            "<div>jsme u vás registrovaní z minulých voleb, ale přestěhovali jsme servery. "
            "Stará adresa 192.0.2.16 už nepoužíváme, prosím zrušte ji. Nová je "
            "<b>192.0.2.61</b>. Test si uděláme na ní, jinou nemáme.</div><div><br></div>"
            f"<div>Kladenský deník online s.r.o., IČ: {I12}<br>Adam Šimek, 602 881 935</div>"
            "<div><br></div><div>Díky!<br>Adam</div></div>"
        ),
    },
    {
        "id": "ba013-samsung-dictated-ipv6",
        "description": "dictated note from a Samsung phone with an IPv6 production address and "
        "a dictation slip ('tečka'), contact's wife's number also given",
        "style": Style.PHONE_NOTE,
        "labels": L(
            [FEED],
            "Bruntálský týden s.r.o.",
            I13,
            None,
            ["2001:db8:4c1::25"],
            ["2001:db8:4c1::26"],
            "Karel Ryba",
            "ryba@bruntalskytyden.example",
            "+420604117029",
        ),
        "from": "Karel Ryba <ryba@bruntalskytyden.example>",
        "subject": "Přístup volby",
        "headers": SAMSUNG,
        "body": (
            "Dobrý den píšu za Bruntálský týden s.r.o. IČO "
            f"{I13} chtěli bychom přístup k výsledkům voleb tečka máme jen IPv6 "
            "produkční 2001:db8:4c1::25 testovací 2001:db8:4c1::26\n"
            "Volejte mi na 604 117 029, kdybych nebral tak manželka 604 117 030 ale ta "
            "tomu nerozumí\n"
            "Ryba\n\n"
            "Odesláno z mého Galaxy\n"
        ),
    },
    {
        "id": "ba014-polish-agency-smime",
        "description": "S/MIME-signed Outlook mail from a Polish agency in English, 'PRD'/'TST' "
        "abbreviations and a Polish phone, no IČO but a NIP",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Agencja Informacyjna Wschód Sp. z o.o.",
            None,
            None,
            ["203.0.113.177"],
            ["203.0.113.178"],
            "Katarzyna Wójcik",
            "k.wojcik@aiwschod.example",
            "+48226104482",
        ),
        "from": "Katarzyna Wójcik <k.wojcik@aiwschod.example>",
        "subject": "Election night in Prague - XML access and filming",
        "headers": OUTLOOK,
        "smime": True,
        "cte": "base64",
        "body": (
            "Good morning,\n\n"
            "Agencja Informacyjna Wschód Sp. z o.o. (Warsaw, NIP 521-301-77-40) would like to "
            "request two things for the Czech election:\n\n"
            "  * access to the XML results feed: PRD 203.0.113.177, TST 203.0.113.178\n"
            "  * a permit for our crew (2 persons) to film at a collection point on the "
            "night of 4 October\n\n"
            "I am the contact person: Katarzyna Wójcik, +48 22 610 44 82.\n\n"
            "Kind regards,\nKatarzyna Wójcik\nDeputy Head, Foreign Desk\n"
            "Agencja Informacyjna Wschód\nul. Mokotowska 51/53, 00-542 Warszawa\n"
        ),
    },
]
