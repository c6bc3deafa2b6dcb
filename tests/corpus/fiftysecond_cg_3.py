"""Fifty-second held-out part ``cg``, cases cg029–cg042: a data message with an RTF table, an
English Outlook reply answering '>> Which addresses are test ones?' with 'the .12 one', a
Roundcube HTML-only table with IPv6 production addresses, a windows-1250 Thunderbird mail above
the office's quoted press release, an Apple Mail signed by two people, a chatty iPhone photo
request, an Outlook inline forward naming a third person as contact, a data message with a
letterhead DOCX, a Slovenian sender writing English, a Roundcube format=flowed delsp=yes break,
an OWA HTML-only mail striking out an old address, a Seznam app note with a 00420 number, a data
message with a PDF and a workbook, and a Slovak TV writing in base64. Written by hand apart from
the extraction rules (see make_fiftysecond_cg); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftysecond_cg_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM_APP,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I29, I31, I32, I33, I34 = (
    ico("2690417"),
    ico("2265183"),
    ico("4530726"),
    ico("2811459"),
    ico("2947036"),
)
I35, I36, I38, I39, I40 = (
    ico("2573914"),
    ico("0560138"),
    ico("2719640"),
    ico("2604875"),
    ico("2895312"),
)
I41 = ico("2538067")

CASES: list[dict[str, Any]] = [
    {
        "id": "cg029-databox-rtf-table",
        "description": "data message with a one-line annotation; the RTF holds a request table "
        "(both requests) with role rows and the contact, signed by the director",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Televize Horácko, a.s.",
            I29,
            "p2xq7mr",
            ["203.0.113.210", "203.0.113.211"],
            ["203.0.113.219"],
            "Kamila Tůmová",
            "tumova@tvhoracko.example",
            "+420567300482",
        ),
        "databox": box("p2xq7mr", "Televize Horácko, a.s.", "Masarykovo nám. 7, 586 01 Jihlava"),
        "subject": "Žádost o XML a natáčení – volby do PS",
        "attachments": [
            (
                "rtf",
                "zadost_TVH.rtf",
                [
                    "Televize Horácko, a.s., IČO " + I29 + ", ID DS p2xq7mr",
                    "Žádáme o zpřístupnění průběžných výsledků voleb (XML) a o povolení "
                    "natáčení na pracovišti ČSÚ v Jihlavě.",
                    [
                        ["Produkční IP", "203.0.113.210, 203.0.113.211"],
                        ["Testovací IP", "203.0.113.219"],
                        ["Kontakt", "Kamila Tůmová, tumova@tvhoracko.example, 567 300 482"],
                    ],
                    "Ing. Bohumil Vrána, ředitel",
                ],
            )
        ],
    },
    {
        "id": "cg030-outlook-english-inline-dot12",
        "description": "English Outlook reply: the office's questions quoted '>>' and answered "
        "inline ('the .12 one'), the addresses only in the quoted original below, the "
        "office's box ID and phone in its quoted signature, +44 number",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Northgate News Ltd",
            None,
            None,
            ["203.0.113.10", "203.0.113.11"],
            ["203.0.113.12"],
            "Oliver Bennett",
            "oliver.bennett@northgatenews.example",
            "+442079460321",
        ),
        "from": "Oliver Bennett <oliver.bennett@northgatenews.example>",
        "subject": "RE: Election results feed - application",
        "headers": OUTLOOK,
        "body": "Hi,\n\nsee my answers inline.\n\nOliver\n\n"
        "-----Original Message-----\n"
        "From: Podatelna CZSO <podatelna@czso.cz>\n"
        "Sent: 10 September 2025 09:02\n"
        "To: Oliver Bennett <oliver.bennett@northgatenews.example>\n"
        "Subject: RE: Election results feed - application\n\n"
        "Dear Mr Bennett,\n"
        "thank you for your application. Before we can register it, please answer:\n\n"
        ">> Which addresses are test ones?\n"
        "the .12 one. The .10 and .11 are production.\n\n"
        ">> Do you also request a permit to film at our collection points?\n"
        "No, just the feed.\n\n"
        "Kind regards\nFiling office\n"
        "Czech Statistical Office | Na padesátém 81, 100 82 Praha 10 | data box 2gfaasy | "
        "+420 274 052 733\n\n"
        "-----Original Message-----\n"
        "From: Oliver Bennett\n"
        "Sent: 9 September 2025 17:40\n"
        "To: podatelna@czso.cz\n"
        "Subject: Election results feed - application\n\n"
        "Hello,\nNorthgate News Ltd would like access to the live results XML during the "
        "Czech election. Our addresses: 203.0.113.10, 203.0.113.11, 203.0.113.12.\n"
        "Contact me at this address or on +44 20 7946 0321.\n\n"
        "Oliver Bennett\nData Editor, Northgate News Ltd, Leeds\n",
    },
    {
        "id": "cg031-roundcube-html-ipv6-table",
        "description": "Roundcube HTML-only mail from a registered association: a table with two "
        "IPv6 production addresses and an IPv4 test one",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Kladenský kurýr, z. s.",
            I31,
            None,
            ["2001:db8:c1::10", "2001:db8:c1::11"],
            ["198.51.100.250"],
            "Robert Šimek",
            "simek@kladenskykuryr.example",
            "+420724660135",
        ),
        "from": "Robert Šimek <simek@kladenskykuryr.example>",
        "subject": "Přístup k výsledkům voleb",
        "headers": ROUNDCUBE,
        "html": '<html><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=UTF-8"></head><body style="font-size: 10pt; font-family: Verdana">'
        "<p>Dobrý den,</p><p>spolek Kladenský kurýr, z. s. (IČO " + I31 + ") provozuje "
        "nezávislý zpravodajský web a žádá o přístup k XML výsledkům voleb.</p>"
        '<table border="1" style="border-collapse: collapse">'
        "<tr><td>Produkční adresa 1</td><td>2001:db8:c1::10</td></tr>"
        "<tr><td>Produkční adresa 2</td><td>2001:db8:c1::11</td></tr>"
        "<tr><td>Testovací adresa</td><td>198.51.100.250</td></tr></table>"
        "<p>Kontakt: Robert Šimek, předseda spolku, 724 660 135</p>"
        "<p>Díky<br>Robert Šimek</p></body></html>",
    },
    {
        "id": "cg032-thunderbird-1250-quoted-press-release",
        "description": "windows-1250 mail quoting the office's press release (its IČO, box ID, "
        "phone) below; the applicant's own box ID in the text, filming declined",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rokycanský týdeník s.r.o.",
            I32,
            "r8kt2wq",
            ["192.0.2.40", "192.0.2.41"],
            ["192.0.2.49"],
            "Milena Havlíková",
            "havlikova@rokycanskytydenik.example",
            "+420371720455",
        ),
        "from": "Milena Havlíková <havlikova@rokycanskytydenik.example>",
        "subject": "Re: Tisková zpráva – přístup médií k výsledkům voleb",
        "headers": TBIRD,
        "charset": "windows-1250",
        "body": "Dobrý den,\n\n"
        "reaguji na Vaši tiskovou zprávu. Za Rokycanský týdeník s.r.o. (IČO " + I32 + ", "
        "datová schránka r8kt2wq) žádáme o přístup k výsledkům ve formátu XML.\n"
        "Produkční IP: 192.0.2.40, 192.0.2.41\nTestovací IP: 192.0.2.49\n"
        "Natáčení nepožadujeme.\n\n"
        "Kontakt: Milena Havlíková, havlikova@rokycanskytydenik.example, 371 720 455\n\n"
        "S pozdravem\nMilena Havlíková\n\n"
        "Dne 01.09.2025 v 10:00 Český statistický úřad napsal(a):\n"
        "> Žádosti o přístup k průběžným výsledkům voleb na dedikovaném serveru a o\n"
        "> povolení natáčet zasílejte na podatelna@czso.cz nebo do datové schránky\n"
        "> 2gfaasy (Český statistický úřad, IČO 00025593). Uveďte název a IČO žadatele,\n"
        "> nejvýše pět produkčních a pět testovacích IP adres a kontaktní osobu.\n"
        "> Informace pro média: +420 274 052 733\n",
    },
    {
        "id": "cg033-apple-two-signers-cidr31",
        "description": "Apple Mail signed by the editor-in-chief and the production manager; "
        "the production manager is the named technical contact; a /31 production block",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Boleslavský expres s.r.o.",
            I33,
            None,
            ["198.51.100.180", "198.51.100.181"],
            ["198.51.100.189"],
            "Tereza Malá",
            "mala@boleslavskyexpres.example",
            "+420608744315",
        ),
        "from": "Jan Kolář <kolar@boleslavskyexpres.example>",
        "subject": "Volby – žádost Boleslavského expresu",
        "headers": APPLE,
        "body": "Dobrý den,\n\n"
        "posíláme společně žádost Boleslavského expresu s.r.o. (IČO " + I33 + ") o přístup "
        "k výsledkům voleb přes XML a o povolení natáčet na pracovišti v Mladé Boleslavi.\n\n"
        "Produkce: 198.51.100.180/31\nTest: 198.51.100.189\n\n"
        "Technický kontakt pro žádost: Tereza Malá, mala@boleslavskyexpres.example, "
        "608 744 315.\n\n"
        "Jan Kolář, šéfredaktor, 602 530 118\n"
        "Tereza Malá, vedoucí produkce\n"
        "Boleslavský expres s.r.o.\n",
    },
    {
        "id": "cg034-iphone-chatty-photo-only",
        "description": "chatty iPhone note without diacritics asking only to photograph; the "
        "feed mentioned as 'neresime'",
        "style": Style.PHONE,
        "labels": L(
            [FILM],
            "Jihoceska fotoagentura s.r.o.",
            I34,
            None,
            [],
            [],
            "Adam Cerny",
            "cerny@jcfoto.example",
            "+420721300887",
        ),
        "from": "Adam Cerny <cerny@jcfoto.example>",
        "subject": "foceni volby CB",
        "headers": IPHONE,
        "body": "Ahoj, teda dobry den :)\n"
        "chtel bych poprosit o povoleni fotit ve volebni noci na vasem pracovisti v Ceskych "
        "Budejovicich, za Jihoceska fotoagentura s.r.o., ico " + I34 + ". budeme dva, ja a "
        "kolega Vojta. xml a data neresime, jen foto.\n"
        "kdyztak volejte 721 300 887\n\n"
        "Adam Cerny\n\nOdeslano z iPhonu\n",
    },
    {
        "id": "cg035-outlook-forward-third-contact",
        "description": "Outlook inline forward: the forwarder names a third colleague as the "
        "contact; the technician's original below has the addresses and his own phone",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Pardubické rozhlasové vysílání s.r.o.",
            I35,
            None,
            ["198.18.60.10", "198.18.60.11", "198.18.60.12"],
            ["198.18.61.10"],
            "Monika Vávrová",
            "vavrova@prv-radio.example",
            "+420466512778",
        ),
        "from": "Dušková Šárka <duskova@prv-radio.example>",
        "subject": "FW: žádost XML volby",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\n"
        "přeposílám žádost od našeho technika. Kontaktní osobou pro žádost bude kolegyně "
        "Monika Vávrová (vavrova@prv-radio.example, tel. 466 512 778), která má volby na "
        "starosti.\n\n"
        "Šárka Dušková\nasistentka jednatele\n\n"
        "From: Kříž Tomáš <kriz@prv-radio.example>\n"
        "Sent: Monday, September 8, 2025 11:20 AM\n"
        "To: Dušková Šárka <duskova@prv-radio.example>\n"
        "Subject: žádost XML volby\n\n"
        "Šárko, pošli to prosím na ČSÚ:\n\n"
        "Pardubické rozhlasové vysílání s.r.o., IČO " + I35 + ", žádá o přístup k výsledkům "
        "voleb na dedikovaném serveru.\n"
        "produkční: 198.18.60.10, 198.18.60.11, 198.18.60.12\n"
        "testovací: 198.18.61.10\n\n"
        "Tomáš Kříž, technik, 731 220 694\n",
    },
    {
        "id": "cg036-databox-docx-letterhead-range",
        "description": "data message with a DOCX letter (page header and footer) from a "
        "cooperative: a production range 'až' of three addresses, both requests",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Novinářské družstvo Jeseník",
            I36,
            "h6dzv4c",
            ["192.0.2.10", "192.0.2.11", "192.0.2.12"],
            ["192.0.2.20"],
            "Pavla Šindelářová",
            "sindelarova@ndjesenik.example",
            "+420584401736",
        ),
        "databox": box("h6dzv4c", "Novinářské družstvo Jeseník", "Lipovská 3, 790 01 Jeseník"),
        "subject": "Žádost",
        "attachments": [
            (
                "docx",
                "zadost.docx",
                {
                    "header": "Novinářské družstvo Jeseník | Lipovská 3 | 790 01 Jeseník",
                    "footer": "IČO " + I36 + " | ID DS h6dzv4c",
                    "blocks": [
                        "Český statistický úřad, Na padesátém 81, Praha 10",
                        "Žádáme o přístup k průběžným výsledkům voleb na dedikovaném serveru "
                        "a o povolení pořizovat záznam na pracovišti v Olomouci.",
                        "Produkční adresy: 192.0.2.10 až 192.0.2.12",
                        "Testovací adresa: 192.0.2.20",
                        "Kontaktní osoba: Pavla Šindelářová, sindelarova@ndjesenik.example, "
                        "tel. 584 401 736",
                        "Mgr. Oldřich Kubíček, předseda družstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "cg037-slovenian-english",
        "description": "Slovenian regional radio writing English from Gmail: roles in "
        "parentheses after each address, a +386 landline",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Pomurski Val d.o.o.",
            None,
            None,
            ["198.51.100.64", "198.51.100.65"],
            ["198.51.100.66"],
            "Nina Kovač",
            "nina.kovac@pomurskival.example",
            "+38625304417",
        ),
        "from": "Nina Kovač <nina.kovac@pomurskival.example>",
        "subject": "Czech elections - XML access",
        "headers": GMAIL,
        "body": "Dear Sirs,\n\n"
        "Pomurski Val d.o.o. (Murska Sobota, Slovenia) kindly asks for access to the XML "
        "results of the Czech elections for our news service.\n"
        "198.51.100.64 (production)\n198.51.100.65 (production)\n198.51.100.66 (testing)\n\n"
        "Contact: Nina Kovač, editor, +386 2 530 4417\n\n"
        "Thank you and best regards,\nNina Kovač\n",
    },
    {
        "id": "cg038-roundcube-flowed-delsp",
        "description": "format=flowed with delsp=yes from Roundcube: the soft break falls right "
        "after 'testovací', the address on the next line",
        "style": Style.FLOWED,
        "labels": L(
            [FEED],
            "Regionální zpravodaj Litoměřicka s.r.o.",
            I38,
            None,
            ["192.0.2.130", "192.0.2.131"],
            ["192.0.2.139"],
            "Kateřina Dostálová",
            "dostalova@zpravodajltm.example",
            "+420416730289",
        ),
        "from": "Kateřina Dostálová <dostalova@zpravodajltm.example>",
        "subject": "Žádost o přístup – volby",
        "headers": ROUNDCUBE,
        "flowed": True,
        "delsp": True,
        "cte": "8bit",
        "body": "Dobrý den,\n\n"
        "žádáme o přístup k výsledkům voleb ve formátu XML pro Regionální zpravodaj  \n"
        "Litoměřicka s.r.o. (IČO " + I38 + "). Produkční adresy jsou 192.0.2.130 a  \n"
        "192.0.2.131, testovací  \n"
        "192.0.2.139. Kontakt: Kateřina Dostálová, tel. 416 730 289.\n\n"
        "S pozdravem\nKateřina Dostálová\n",
    },
    {
        "id": "cg039-owa-html-struck-old-address",
        "description": "OWA HTML-only mail renewing last year's application: the old production "
        "address struck through and said to be unused, the new ones in a table",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Ploučnický zpravodaj s.r.o.",
            I39,
            None,
            ["203.0.113.91", "203.0.113.92"],
            ["203.0.113.99"],
            "Hynek Bartoš",
            "bartos@ploucnickyzpravodaj.example",
            "+420487522610",
        ),
        "from": "Bartoš Hynek <bartos@ploucnickyzpravodaj.example>",
        "subject": "Aktualizace žádosti – výsledky voleb",
        "headers": OWA,
        "html": '<html><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=utf-8"></head><body><div style="font-family: Calibri">'
        "<p>Dobrý den,</p><p>aktualizujeme loňskou žádost Ploučnického zpravodaje s.r.o. "
        "(IČO " + I39 + "). Adresu <s>203.0.113.90</s> už nepoužíváme.</p>"
        '<table border="1"><tr><th>Role</th><th>Adresa</th></tr>'
        "<tr><td>produkce</td><td>203.0.113.91</td></tr>"
        "<tr><td>produkce</td><td>203.0.113.92</td></tr>"
        "<tr><td>test</td><td>203.0.113.99</td></tr></table>"
        "<p>Zároveň prosíme o povolení natáčení na pracovišti v Liberci.</p>"
        "<p>Kontakt: Hynek Bartoš, 487 522 610</p>"
        "<p>S pozdravem<br>Hynek Bartoš<br>Ploučnický zpravodaj s.r.o.</p></div></body></html>",
    },
    {
        "id": "cg040-seznam-app-00420",
        "description": "Seznam app note without diacritics: both requests in one sentence, "
        "roles abbreviated 'prod'/'test', the phone with a 00420 prefix",
        "style": Style.PHONE,
        "labels": L(
            [FEED, FILM],
            "Radio Sazava Plus s.r.o.",
            I40,
            None,
            ["198.18.7.70"],
            ["198.18.7.77"],
            "Dagmar Sykorova",
            "sykorova@radiosazava.example",
            "+420602913447",
        ),
        "from": "Dagmar Sykorova <sykorova@radiosazava.example>",
        "subject": "volby",
        "headers": SEZNAM_APP,
        "body": "dobry den, prosim o pristup k vysledkum na serveru + povoleni natacet na "
        "pracovisti v Benesove, Radio Sazava Plus s.r.o. ICO " + I40 + "\n"
        "prod 198.18.7.70\ntest 198.18.7.77\n"
        "Dagmar Sykorova, 00420 602 913 447\n\n"
        "Odeslano z aplikace Email.cz\n",
    },
    {
        "id": "cg041-databox-pdf-and-xlsx",
        "description": "data message with two files: a PDF cover letter naming the contact and "
        "a workbook of addresses in which one row is marked old, to be cancelled",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Podkrušnohorské noviny, s.r.o.",
            I41,
            "t4bw8nk",
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.248"],
            "Ilona Hronková",
            "hronkova@podkrusnohorske.example",
            "+420474651309",
        ),
        "databox": box(
            "t4bw8nk", "Podkrušnohorské noviny, s.r.o.", "Mírové nám. 5, 430 01 Chomutov"
        ),
        "subject": "Žádost o přístup k výsledkům voleb – adresy v příloze",
        "attachments": [
            (
                "pdf",
                "pruvodni_dopis.pdf",
                [
                    "Podkrušnohorské noviny, s.r.o., IČO " + I41,
                    "Vážení,",
                    "žádáme o přístup k průběžným výsledkům voleb na dedikovaném serveru. "
                    "Seznam IP adres přikládáme v tabulce. Kontaktní osobou je Ilona "
                    "Hronková (hronkova@podkrusnohorske.example, 474 651 309).",
                    "S pozdravem\nIng. Karel Šubrt, jednatel",
                ],
            ),
            (
                "xlsx",
                "ip_adresy.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Role", "Adresa", "Pozn."],
                            ["produkce", "198.51.100.240", ""],
                            ["produkce", "198.51.100.241", ""],
                            ["test", "198.51.100.248", ""],
                            ["produkce", "198.51.100.235", "STARÁ – zrušit"],
                        ],
                    }
                ],
            ),
        ],
    },
    {
        "id": "cg042-slovak-tv-base64",
        "description": "Slovak TV writing Slovak in a base64 body: both requests, the crew "
        "leader named beside the contact, a +421 Bratislava line",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Televízia Dunajská, s. r. o.",
            None,
            None,
            ["192.0.2.200", "192.0.2.201"],
            ["192.0.2.210"],
            "Zuzana Horváthová",
            "horvathova@tvdunajska.example",
            "+421244215580",
        ),
        "from": "Zuzana Horváthová <horvathova@tvdunajska.example>",
        "subject": "Žiadosť – XML výsledky a natáčanie",
        "headers": TBIRD,
        "cte": "base64",
        "body": "Dobrý deň,\n\n"
        "Televízia Dunajská, s. r. o. žiada o prístup k priebežným výsledkom volieb (XML) "
        "a o povolenie natáčať vo volebnú noc v Prahe. Štáb povedie redaktor Peter Kollár.\n\n"
        "produkčné IP: 192.0.2.200, 192.0.2.201\ntestovacia IP: 192.0.2.210\n\n"
        "Kontaktná osoba: Zuzana Horváthová, horvathova@tvdunajska.example, "
        "+421 2 4421 5580\n\n"
        "S pozdravom\nZuzana Horváthová\nvedúca spravodajstva\n",
    },
]
