"""Forty-first held-out part ``as``, cases as029–as042: a forward chain carrying the office's
press release, a format=flowed 'v tomto pořadí', a British 'respectively', a data message from a
freelancer with a text file, an old address no longer used, a Zimbra mail for both types, a
top-posted phone reply to the sender's own mail, a DOCX with a nested table, a Slovak HTML table,
a PDF with wrapped cells, a swap corrected in a follow-up, OIDs and dates beside an IPv6 test
address, a data message whose letter names a contact other than the signer and a Ukrainian
freelancer. Written by hand apart from the extraction rules (see make_fortyfirst_as); labels
follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyfirst_as_common import (
    APPLE,
    BOTH,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OFFICE_BOX,
    OFFICE_ICO,
    OFFICE_MAIL,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

K29, K30, K32, K33 = ico("2795306"), ico("0647281"), ico("7412598"), ico("2561804")
K34, K35, K36, K37 = ico("0021518"), ico("2914862"), ico("2673049"), ico("3619274")
K38, K39, K40, K41 = ico("2850317"), ico("0539126"), ico("2704685"), ico("0048372")

CASES: list[dict[str, Any]] = [
    {
        "id": "as029-forward-chain-press-release",
        "description": "the editor-in-chief forwards the office's press release to IT with a "
        "note, IT forwards the whole chain to the office adding the addresses",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Pardubický obzor s.r.o.",
            K29,
            None,
            ["192.0.2.71", "192.0.2.72"],
            ["192.0.2.79"],
            "Aleš Vondráček",
            "vondracek@pardubickyobzor.example",
            "+420466231405",
        ),
        "from": "Aleš Vondráček <vondracek@pardubickyobzor.example>",
        "subject": "Fwd: Fwd: Výsledky voleb pro média – XML",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "na pokyn šéfredaktora (viz níže) žádáme za Pardubický obzor s.r.o., "
            f"IČO {K29}, o přístup k výsledkům voleb v XML.\n"
            "Produkce: 192.0.2.71, 192.0.2.72\nTest: 192.0.2.79\n"
            "Kontakt: Aleš Vondráček (IT), 466 231 405\n\n"
            "Aleš Vondráček\n\n"
            "-------- Původní zpráva --------\n"
            "Předmět: Fwd: Výsledky voleb pro média – XML\n"
            "Datum: 10.09.2025 08:31\n"
            "Od: Jiří Štancl <stancl@pardubickyobzor.example>\n"
            "Komu: vondracek@pardubickyobzor.example\n\n"
            "Aleši, vyřiď to prosím s ČSÚ, loni to fungovalo dobře. Adresy jsou stejné jako "
            "loni? Díky, J. Š. (mobil 602 114 870)\n\n"
            "-------- Původní zpráva --------\n"
            "Od: ČSÚ – komunikace <media@czso.cz>\n"
            "Předmět: Výsledky voleb pro média – XML\n\n"
            "Vážení zástupci médií,\n"
            "žádosti o přístup k výsledkům ve formátu XML přijímá podatelna ČSÚ "
            f"({OFFICE_MAIL}, datová schránka {OFFICE_BOX}, IČO {OFFICE_ICO}). "
            "Testovací adresy budou povoleny pouze v den zkušebního provozu.\n"
            "Informace: tel. 274 052 649\n"
        ),
    },
    {
        "id": "as030-flowed-tomto-poradi",
        "description": "format=flowed with delsp: the roles come from 'v tomto pořadí' after "
        "a soft line break in the middle of the sentence",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Rokycanský hlas, z.s.",
            K30,
            None,
            ["198.51.100.5"],
            ["198.51.100.6"],
            "Jitka Benešová",
            "benesova@rokycanskyhlas.example",
            "+420371554026",
        ),
        "from": "Jitka Benešová <benesova@rokycanskyhlas.example>",
        "subject": "Přístup k XML s výsledky",
        "headers": TBIRD,
        "flowed": True,
        "delsp": True,
        "body": (
            "Dobrý den,\n\n"
            f"spolek Rokycanský hlas, z.s. (IČO {K30}) by rád dostal přístup k výsledkům "
            "voleb ve formátu XML. Produkční a testovací adresa našeho serveru jsou "
            "198.51.100.5 a 198.51.100.6, v tomto  \npořadí.\n\n"
            "Kontaktní osoba: Jitka Benešová, tel. 371 554 026\n\n"
            "Děkuji, Jitka Benešová, předsedkyně spolku\n"
        ),
    },
    {
        "id": "as031-british-respectively",
        "description": "a British broadcaster: 'production and test … respectively', a London "
        "phone, no IČO, a UK company number that is not one",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Albion News Network Ltd",
            None,
            None,
            ["203.0.113.200"],
            ["203.0.113.201"],
            "Oliver Hughes",
            "oliver.hughes@albionnews.example",
            "+442079460321",
        ),
        "from": "Oliver Hughes <oliver.hughes@albionnews.example>",
        "subject": "Access to Czech election results XML",
        "headers": OUTLOOK,
        "body": (
            "Hi there,\n\n"
            "Albion News Network Ltd (Company No. 08814273) would like access to the XML "
            "results feed for the Czech election. Our production and test IPs are "
            "203.0.113.200 and 203.0.113.201 respectively.\n\n"
            "I'm the contact: Oliver Hughes, +44 20 7946 0321.\n\n"
            "Cheers,\nOliver\n\n"
            "Oliver Hughes | Senior Data Producer | Albion News Network Ltd\n"
            "1 Canal Street, London EC1V 4AB\n"
        ),
    },
    {
        "id": "as032-databox-freelancer-txt",
        "description": "data message from a self-employed photographer's box: the annotation "
        "asks to photograph, the attached text file gives trade name, IČO and phone",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Ondřej Vávra – Foto Vávra",
            K32,
            "fv6n3qz",
            [],
            [],
            "Ondřej Vávra",
            None,
            "+420774302518",
        ),
        "subject": "Žádost o povolení fotografovat na sběrném místě ČSÚ v Hradci Králové",
        "databox": {
            "box": "fv6n3qz",
            "sender": "Ondřej Vávra",
            "address": "Pospíšilova 18, 500 03 Hradec Králové",
            "type": 30,
        },
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Žadatel: Ondřej Vávra – Foto Vávra, IČO " + K32 + "\n"
                "Fotograf na volné noze, spolupracuji s regionálními deníky.\n"
                "Žádám o povolení fotografovat na sběrném místě v Hradci Králové v noci "
                "3./4. 10. 2025. O přístup k XML nežádám.\n"
                "Telefon: 774 302 518\n",
            )
        ],
    },
    {
        "id": "as033-roundcube-old-address",
        "description": "last year's production address is no longer used; the new one and a "
        "test address follow",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Znojemský týden s.r.o.",
            K33,
            None,
            ["192.0.2.110"],
            ["192.0.2.111"],
            "Petra Zachová",
            "zachova@znojemskytyden.example",
            "+420515227946",
        ),
        "from": "Petra Zachová <zachova@znojemskytyden.example>",
        "subject": "Znojemský týden – přístup k výsledkům 2025",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            f"Znojemský týden s.r.o. (IČO {K33}) opět žádá o přístup k XML.\n"
            "Pozor, změnili jsme hosting: loňská adresa 192.0.2.10 se už nepoužívá, "
            "nově stahujeme z 192.0.2.110. Testovat budeme z 192.0.2.111.\n\n"
            "Kontakt: Petra Zachová, 515 227 946\n\nS pozdravem\nPetra Zachová\n"
        ),
    },
    {
        "id": "as034-zimbra-university-radio-both",
        "description": "Zimbra multipart/alternative from a university radio asking for both; "
        "the contact's office and mobile phones (mobile for the contact)",
        "style": Style.SIGNATURE,
        "labels": L(
            BOTH,
            "Vysoká škola polytechnická Podkrkonoší",
            K34,
            None,
            ["203.0.113.66"],
            ["203.0.113.67"],
            "Marek Hladík",
            "hladik@vspp.example",
            "+420731908562",
        ),
        "from": "Marek Hladík <hladik@vspp.example>",
        "subject": "Rádio Kampus VŠPP – XML a nahrávání",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "studentské Rádio Kampus při Vysoké škole polytechnické Podkrkonoší "
            f"(IČO {K34}) žádá o přístup k XML s výsledky (produkce 203.0.113.66, test "
            "203.0.113.67) a o povolení nahrávat zvuk na sběrném místě v Trutnově.\n\n"
            "Kontakt: Marek Hladík, mobil 731 908 562\n\n"
            "Ing. Marek Hladík\nvedoucí Rádia Kampus\nVŠPP, katedra mediálních studií\n"
            "kancelář: 499 811 230 | mobil: 731 908 562\n"
        ),
        "html": (
            '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: '
            '12pt">'
            "<p>Dobrý den,</p><p>studentské Rádio Kampus při Vysoké škole polytechnické "
            f"Podkrkonoší (IČO {K34}) žádá o přístup k XML s výsledky (produkce 203.0.113.66, "
            "test 203.0.113.67) a o povolení nahrávat zvuk na sběrném místě v Trutnově.</p>"
            "<p>Kontakt: Marek Hladík, mobil 731 908 562</p>"
            "<p>Ing. Marek Hladík<br>vedoucí Rádia Kampus<br>VŠPP, katedra mediálních studií"
            "<br>kancelář: 499 811 230 | mobil: 731 908 562</p></div></body></html>"
        ),
    },
    {
        "id": "as035-iphone-toppost-own-original",
        "description": "a phone top-post adding the test address to the sender's own quoted "
        "mail, which gives the production address, IČO and contact",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Benešovský posel s.r.o.",
            K35,
            None,
            ["198.51.100.44"],
            ["198.51.100.45"],
            "Ladislav Kratochvíl",
            "kratochvil@benesovskyposel.example",
            "+420605338190",
        ),
        "from": "Ladislav Kratochvíl <kratochvil@benesovskyposel.example>",
        "subject": "Re: Žádost o přístup k výsledkům",
        "headers": IPHONE,
        "body": (
            "Jo a zapomněl jsem test, ten bude 198.51.100.45. Díky LK\n\n"
            "Odesláno z iPhonu\n\n"
            "> 18. 9. 2025 v 21:07, Ladislav Kratochvíl <kratochvil@benesovskyposel.example>:\n"
            ">\n"
            "> Dobrý den,\n"
            f"> Benešovský posel s.r.o., IČO {K35}, žádá o přístup k XML s výsledky voleb.\n"
            "> Produkční adresa 198.51.100.44.\n"
            "> Kontakt: Ladislav Kratochvíl, 605 338 190\n"
        ),
    },
    {
        "id": "as036-docx-nested-table-footer-ico",
        "description": "Gmail with a DOCX: IČO only in the footer, the addresses in a table "
        "nested in the 'IP adresy' cell, a merged heading row",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Mladoboleslavský deník s.r.o.",
            K36,
            None,
            ["192.0.2.181", "192.0.2.182"],
            ["192.0.2.189"],
            "Simona Landová",
            "landova@mbdenik.example",
            "+420326711594",
        ),
        "from": "Simona Landová <landova@mbdenik.example>",
        "subject": "žádost – výsledky voleb XML",
        "headers": GMAIL,
        "body": "Dobrý den,\nžádost je v příloze.\nS. Landová\n",
        "attachments": [
            (
                "docx",
                "zadost_MBD.docx",
                {
                    "header": "Mladoboleslavský deník s.r.o.",
                    "footer": f"Mladoboleslavský deník s.r.o. | IČO: {K36} | "
                    "Komenského nám. 61, 293 01 Mladá Boleslav",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["Údaje žadatele", ""],
                                ["Žadatel", "Mladoboleslavský deník s.r.o."],
                                ["IP adresy", ""],
                                ["Kontaktní osoba", "Simona Landová, 326 711 594"],
                                ["E-mail", "landova@mbdenik.example"],
                            ],
                            "merge": [(0, 0, 0, 1)],
                            "nested": {
                                (2, 1): {
                                    "rows": [
                                        ["produkční", "192.0.2.181"],
                                        ["produkční", "192.0.2.182"],
                                        ["testovací", "192.0.2.189"],
                                    ]
                                }
                            },
                        },
                        "V Mladé Boleslavi 19. 9. 2025",
                    ],
                },
            )
        ],
    },
    {
        "id": "as037-slovak-outlook-html",
        "description": "Slovak HTML-only Outlook mail with 'produkčné'/'testovacie' columns, "
        "IČO written with spaces, a Bratislava landline for the contact",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Dunajská mediálna, a. s.",
            K37,
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.160", "198.51.100.161"],
            "Zuzana Hrušovská",
            "hrusovska@dunajskamedialna.example",
            "+421257103318",
        ),
        "from": "Hrušovská Zuzana <hrusovska@dunajskamedialna.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb (XML)",
        "headers": OUTLOOK,
        "html": (
            '<html><body lang="SK"><div class="WordSection1">'
            "<p>Dobrý deň,</p><p>spoločnosť Dunajská mediálna, a. s., IČO "
            f"{K37[:2]} {K37[2:5]} {K37[5:]}, žiada o prístup k výsledkom volieb do "
            "Poslaneckej snemovne vo formáte XML.</p>"
            '<table border="1" cellspacing="0" cellpadding="3">'
            "<tr><th>produkčné IP</th><th>testovacie IP</th></tr>"
            "<tr><td>198.51.100.150</td><td>198.51.100.160</td></tr>"
            "<tr><td>198.51.100.151</td><td>198.51.100.161</td></tr></table>"
            "<p>Kontaktná osoba: Zuzana Hrušovská, tel. +421 2 5710 3318</p>"
            "<p>S pozdravom<br>Zuzana Hrušovská<br>Dunajská mediálna, a. s.</p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "as038-apple-pdf-wrapped-cells",
        "description": "Apple Mail with a PDF whose narrow table cells wrap the role labels "
        "and the two production addresses onto several lines",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Opavské listy, spol. s r. o.",
            K38,
            None,
            ["203.0.113.101", "203.0.113.102"],
            ["203.0.113.109"],
            "Hynek Šustr",
            "sustr@opavskelisty.example",
            "+420553761420",
        ),
        "from": "Hynek Šustr <sustr@opavskelisty.example>",
        "subject": "Žádost o přístup – Opavské listy",
        "headers": APPLE,
        "body": "Dobrý den,\n\nposílám vyplněnou žádost v PDF.\n\nHynek Šustr\n",
        "attachments": [
            (
                "pdf",
                "OL_zadost.pdf",
                [
                    f"Opavské listy, spol. s r. o., IČO {K38}",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML.",
                    {
                        "rows": [
                            ["Produkční IP adresy (primární a záložní)", "Testovací IP adresa"],
                            ["203.0.113.101, 203.0.113.102", "203.0.113.109"],
                        ],
                        "widths": [95, 95],
                    },
                    "Kontaktní osoba: Hynek Šustr, tel. 553 761 420, sustr@opavskelisty.example",
                ],
            )
        ],
    },
    {
        "id": "as039-swap-corrected-followup",
        "description": "a follow-up quoting the sender's own first mail says the two "
        "addresses were swapped; the corrected roles count",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Chebské ozvěny s.r.o.",
            K39,
            None,
            ["192.0.2.21"],
            ["192.0.2.20"],
            "Jana Kopecká",
            "kopecka@chebskeozveny.example",
            "+420354418207",
        ),
        "from": "Jana Kopecká <kopecka@chebskeozveny.example>",
        "subject": "Re: Žádost o přístup k XML – OPRAVA",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se, v předchozím e-mailu jsem adresy přehodila. Správně je produkční "
            "192.0.2.21 a testovací 192.0.2.20. Ostatní platí.\n\n"
            "Jana Kopecká\n\n"
            "From: Jana Kopecká <kopecka@chebskeozveny.example>\n"
            "Sent: Thursday, September 18, 2025 11:02\n"
            "To: podatelna@czso.cz\n"
            "Subject: Žádost o přístup k XML\n\n"
            f"Dobrý den, Chebské ozvěny s.r.o. (IČO {K39}) žádají o přístup k výsledkům.\n"
            "Produkční IP: 192.0.2.20\nTestovací IP: 192.0.2.21\n"
            "Kontakt: Jana Kopecká, 354 418 207\n"
        ),
    },
    {
        "id": "as040-evolution-oid-dates-ipv6-test",
        "description": "Evolution mail from a Linux admin with an OID, dates and a version "
        "that look like addresses; an IPv6 test address",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Krumlovský kurýr s.r.o.",
            K40,
            None,
            ["203.0.113.140"],
            ["2001:db8:77::2"],
            "Štěpán Bílek",
            "bilek@krumlovskykuryr.example",
            "+420380712654",
        ),
        "from": "Štěpán Bílek <bilek@krumlovskykuryr.example>",
        "subject": "XML volby – Krumlovský kurýr",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            f"za Krumlovský kurýr s.r.o. (IČO {K40}) žádám o přístup k XML výsledkům.\n\n"
            "produkce: 203.0.113.140\n"
            "test:     2001:db8:77:0::2 (IPv6, dual stack)\n\n"
            "Pro info: certifikát máme s OID 1.3.6.1.4.1.311.21.8, klient běží na Debianu "
            "12.7, test plánujeme 1.10.2025 a ostrý běh 3.10.2025.\n\n"
            "Kontakt: Štěpán Bílek, správce systémů, 380 712 654\n\n"
            "-- \nŠtěpán Bílek <bilek@krumlovskykuryr.example>\n"
        ),
    },
    {
        "id": "as041-databox-docx-contact-not-signer",
        "description": "data message with a DOCX letter signed by the director that names a "
        "different contact; the annotation is one word",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Lounské noviny, a.s.",
            K41,
            "ln2x7re",
            ["198.51.100.25"],
            ["198.51.100.26"],
            "Daniela Vokounová",
            "vokounova@lounskenoviny.example",
            "+420415622837",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "ln2x7re",
            "sender": "Lounské noviny, a.s.",
            "address": "Mírové nám. 2, 440 01 Louny",
        },
        "attachments": [
            (
                "docx",
                "zadost_LN.docx",
                {
                    "blocks": [
                        f"Lounské noviny, a.s., Mírové nám. 2, 440 01 Louny, IČ: {K41}",
                        "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                        "Žádáme o zřízení přístupu z produkční adresy 198.51.100.25; "
                        "k testování použijeme adresu 198.51.100.26.",
                        "Kontaktní osobou je paní Daniela Vokounová, vedoucí webu, "
                        "tel. 415 622 837, e-mail vokounova@lounskenoviny.example.",
                        "S pozdravem",
                        "Mgr. Zbyněk Hora, ředitel, tel. 415 622 800",
                    ]
                },
            )
        ],
    },
    {
        "id": "as042-ukrainian-freelancer-english",
        "description": "a Ukrainian freelance journalist living in Prague writes English for "
        "himself: feed and filming, one address, a Ukrainian and a Czech phone",
        "style": Style.FOREIGN,
        "labels": L(
            BOTH,
            "Taras Melnyk",
            None,
            None,
            ["192.0.2.250"],
            [],
            "Taras Melnyk",
            "taras.melnyk@pressfree.example",
            "+420777415902",
        ),
        "from": "Taras Melnyk <taras.melnyk@pressfree.example>",
        "subject": "request - election data and filming",
        "headers": GMAIL,
        "body": (
            "Hello dear colleagues,\n\n"
            "I am freelance journalist from Ukraine, now living in Prague, I write for "
            "Ukrainian online media about czech politics. I have no company, I ask for "
            "myself. I want please:\n"
            "- access to election results XML from my server 192.0.2.250 (only this one)\n"
            "- permission to film short video at collection point in Prague\n\n"
            "My czech phone +420 777 415 902 (ukrainian +380 67 441 2093 is not always "
            "working).\n\n"
            "Thank you very much!\nTaras Melnyk\n"
        ),
    },
]
