"""Eighth held-out part ``s``, cases s029–s042: mails with attachments (DOCX, PDF, XLSX, ODT,
RTF, text), a signed mail, data-box messages, more phone notes and mixed languages. Written by
hand; labels by LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.eighth_s_common import FEED, REC, L, Style, ico

ICO_29 = ico("2694170")
ICO_30 = ico("4581206")
ICO_32 = ico("0723691")
ICO_33 = ico("2918845")
ICO_35 = ico("0458812")
ICO_36 = ico("6272015")
ICO_38 = ico("2530377")
ICO_40 = ico("0880146")
ICO_41 = ico("4736658")

CASES: list[dict[str, Any]] = [
    {
        "id": "s029-docx-form-in-mail",
        "description": "two-line mail, the application is a DOCX with a role table",
        "style": Style.ATTACHMENT,
        "from": "Barbora Kšírová <ksirova@mostecky.example>",
        "subject": "žádost v příloze",
        "body": "Dobrý den, v příloze posílám žádost. Děkuji, B. Kšírová\n",
        "attachments": [
            (
                "docx",
                "zadost_XML_Mostecky.docx",
                {
                    "header": "Mostecký deník s.r.o. • IČO " + ICO_29,
                    "blocks": [
                        "Žádost o přístup k vyhrazenému XML serveru ČSÚ",
                        "Žadatel: Mostecký deník s.r.o., IČO " + ICO_29,
                        {
                            "rows": [
                                ["Typ", "IP adresa"],
                                ["ostrý provoz", "192.0.2.10"],
                                ["ostrý provoz", "192.0.2.11"],
                                ["test", "192.0.2.12"],
                            ]
                        },
                        "Kontaktní osoba: Barbora Kšírová, tel. 476 118 302",
                    ],
                },
            ),
        ],
        "labels": L(
            [FEED],
            "Mostecký deník s.r.o.",
            ICO_29,
            None,
            ["192.0.2.10", "192.0.2.11"],
            ["192.0.2.12"],
            "Barbora Kšírová",
            "ksirova@mostecky.example",
            "+420476118302",
        ),
    },
    {
        "id": "s030-pdf-letter-signed",
        "description": "S/MIME signed mail with a PDF letter; body only says see attachment",
        "style": Style.LETTER,
        "from": "Ing. Jaroslav Doležal <dolezal@radiopolabi.example>",
        "subject": "Žádost o registraci k vyhrazenému připojení",
        "smime": True,
        "body": "Dobrý den,\nzasílám podepsanou žádost.\n\nIng. Jaroslav Doležal\njednatel\n",
        "attachments": [
            (
                "pdf",
                "zadost.pdf",
                [
                    "Rádio Polabí s.r.o.<br/>Masarykova 12, 280 02 Kolín<br/>IČO: " + ICO_30,
                    "Český statistický úřad<br/>Na padesátém 81, 100 82 Praha 10",
                    "Věc: Žádost o registraci k vyhrazenému připojení",
                    "Žádáme o registraci k vyhrazenému připojení k serveru s výsledky voleb.",
                    {
                        "rows": [
                            ["IP adresy pro ostrý provoz", "Testovací IP adresy"],
                            ["203.0.113.100<br/>203.0.113.101", "203.0.113.110"],
                        ],
                        "widths": [200, 200],
                    },
                    "Kontaktní osoba: Michaela Horová, tel. 321 710 455, "
                    "horova@radiopolabi.example",
                    "Ing. Jaroslav Doležal, jednatel",
                ],
            ),
        ],
        "labels": L(
            [FEED],
            "Rádio Polabí s.r.o.",
            ICO_30,
            None,
            ["203.0.113.100", "203.0.113.101"],
            ["203.0.113.110"],
            "Michaela Horová",
            "horova@radiopolabi.example",
            "+420321710455",
        ),
    },
    {
        "id": "s031-xlsx-from-it",
        "description": "IT department mail with XLSX; sheet rows with role column; IPv6",
        "style": Style.ATTACHMENT,
        "from": "IT oddělení <it@metropole-media.example>",
        "subject": "IP adresy pro XML – Metropole Media",
        "body": (
            "Dobrý den,\nv tabulce jsou adresy pro přístup k výsledkům voleb. Firma: "
            "Metropole Media a.s. Kontakt: Ondřej Vlk, 246 013 578, vlk@metropole-media.example\n"
        ),
        "attachments": [
            (
                "xlsx",
                "adresy.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["IP", "Role", "Poznámka"],
                            ["2001:db8:10::5", "produkce", "DC Praha"],
                            ["198.51.100.150", "produkce", "DC Brno"],
                            ["198.51.100.151", "test", ""],
                        ],
                    },
                ],
            ),
        ],
        "labels": L(
            [FEED],
            "Metropole Media a.s.",
            None,
            None,
            ["2001:db8:10::5", "198.51.100.150"],
            ["198.51.100.151"],
            "Ondřej Vlk",
            "vlk@metropole-media.example",
            "+420246013578",
        ),
    },
    {
        "id": "s032-databox-annotation-only",
        "description": "data-box message, the application in the annotation; the file is only a cover note",
        "style": Style.DATABOX,
        "subject": (
            "Žádost o přístup k XML – Jihlavské listy s.r.o., IČO " + ICO_32 + ", IP "
            "198.51.100.44 (ostrý), kontakt Eliška Fialová 567 300 218"
        ),
        "databox": {
            "box": "k7wq3xd",
            "sender": "Jihlavské listy s.r.o.",
            "address": "Jihlava",
            "type": 10,
        },
        "attachments": [
            (
                "txt",
                "pruvodni_dopis.txt",
                "Dobrý den,\nvše potřebné je uvedeno ve věci této datové zprávy.\n"
                "Děkujeme.\nJihlavské listy s.r.o.\n",
            ),
        ],
        "labels": L(
            [FEED],
            "Jihlavské listy s.r.o.",
            ICO_32,
            "k7wq3xd",
            ["198.51.100.44"],
            [],
            "Eliška Fialová",
            None,
            "+420567300218",
        ),
    },
    {
        "id": "s033-databox-odt-recording",
        "description": "data-box message with an ODT asking to film; the office's box in the letter",
        "style": Style.DATABOX,
        "subject": "Žádost o povolení přítomnosti na přebíracím místě",
        "databox": {
            "box": "p2mz8ta",
            "sender": "Televize Ostrava, s.r.o.",
            "address": "Ostrava",
            "type": 10,
        },
        "attachments": [
            (
                "odt",
                "zadost_natáčení.odt",
                [
                    "Adresát: Český statistický úřad, datová schránka 2gfaasy",
                    "Žadatel: Televize Ostrava, s.r.o., IČO " + ICO_33,
                    "Žádáme o vydání povolení k přítomnosti na přebíracím místě v Ostravě.",
                    [
                        ["Osoba", "Telefon", "E-mail"],
                        ["Radim Šimek (kontakt)", "603 512 009", "simek@tvostrava.example"],
                        ["Lubor Kotas (kameraman)", "603 512 044", "kotas@tvostrava.example"],
                    ],
                    "Rozsah: záběry převzetí výsledků, cca 30 minut.",
                ],
            ),
        ],
        "labels": L(
            [REC],
            "Televize Ostrava, s.r.o.",
            ICO_33,
            "p2mz8ta",
            [],
            [],
            "Radim Šimek",
            "simek@tvostrava.example",
            "+420603512009",
        ),
    },
    {
        "id": "s034-rtf-from-old-client",
        "description": "old mail client in windows-1250, RTF application with a table",
        "style": Style.ATTACHMENT,
        "from": "Zdeněk Pospíšil <pospisil@tydenikbeskydy.example>",
        "subject": "Zadost o pristup k XML serveru",
        "charset": "windows-1250",
        "headers": [("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512")],
        "body": "Dobrý den,\nžádost je v příloze (RTF).\nZdeněk Pospíšil\n",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Týdeník Beskydy, v.o.s.",
                    "Žádáme o přístup k vyhrazenému serveru s výsledky voleb.",
                    [["Produkční", "Testovací"], ["198.18.7.1", "198.18.7.9"], ["198.18.7.2", ""]],
                    "Kontakt: Zdeněk Pospíšil, 558 611 742",
                ],
            ),
        ],
        "labels": L(
            [FEED],
            "Týdeník Beskydy, v.o.s.",
            None,
            None,
            ["198.18.7.1", "198.18.7.2"],
            ["198.18.7.9"],
            "Zdeněk Pospíšil",
            "pospisil@tydenikbeskydy.example",
            "+420558611742",
        ),
    },
    {
        "id": "s035-phone-typed-no-diacritics-both",
        "description": "phone-typed, no diacritics, feed and filming, dataset in one line",
        "style": Style.PHONE,
        "from": "Jakub Cerny <cerny.jakub@olomouckydenik.example>",
        "subject": "volby",
        "body": (
            "dobry den chceme xml (ip 192.0.2.77, test zadny) a taky natacet v olomouci na "
            "prebiracim miste. Olomoucky denik s.r.o. ico " + ICO_35 + ". jakub cerny "
            "00420 733 218 650\n\nOdeslano z mobilu\n"
        ),
        "labels": L(
            [FEED, REC],
            "Olomoucky denik s.r.o.",
            ICO_35,
            None,
            ["192.0.2.77"],
            [],
            "Jakub Cerny",
            "cerny.jakub@olomouckydenik.example",
            "+420733218650",
        ),
    },
    {
        "id": "s036-gmail-txt-attachment",
        "description": "gmail body chat plus a plain-text file with the labelled lines",
        "style": Style.GMAIL,
        "from": "Renata Kratochvílová <kratochvilova.renata@gmail.example>",
        "subject": "Fwd: údaje pro XML",
        "body": (
            "Dobrý den, kolega mi poslal údaje v txt, přikládám. Kontakt jsem já.\n"
            "Renata Kratochvílová, 775 402 613\n"
        ),
        "attachments": [
            (
                "txt",
                "udaje.txt",
                "Organizace: Rádio Vltava Jih, spol. s r.o.\nIČO: " + ICO_36 + "\n"
                "Produkční adresy: 203.0.113.180, 203.0.113.181, 203.0.113.182\n"
                "Testovací adresy: 203.0.113.190\n",
            ),
        ],
        "labels": L(
            [FEED],
            "Rádio Vltava Jih, spol. s r.o.",
            ICO_36,
            None,
            ["203.0.113.180", "203.0.113.181", "203.0.113.182"],
            ["203.0.113.190"],
            "Renata Kratochvílová",
            "kratochvilova.renata@gmail.example",
            "+420775402613",
        ),
    },
    {
        "id": "s037-english-both-declines-test",
        "description": "English, feed and filming; says explicitly no test addresses",
        "style": Style.OUTLOOK,
        "from": '"O\'Connor, Liam" <liam.oconnor@irishpressagency.example>',
        "subject": "Accreditation: results feed + filming",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Dear colleagues,\n\nIrish Press Agency Ltd would like (a) access to the "
            "dedicated XML results server from 198.51.100.190 and 198.51.100.191 — we do "
            "not need test addresses — and (b) permission for a two-person crew to film at "
            "a collection point in Prague.\n\nPoint of contact: Liam O'Connor, "
            "+353 1 555 0142.\n\nRegards,\nLiam O'Connor\n"
        ),
        "labels": L(
            [FEED, REC],
            "Irish Press Agency Ltd",
            None,
            None,
            ["198.51.100.190", "198.51.100.191"],
            [],
            "Liam O'Connor",
            "liam.oconnor@irishpressagency.example",
            "+35315550142",
        ),
    },
    {
        "id": "s038-databox-pdf-signature-box",
        "description": "data-box message with PDF; the applicant's box also in the signature",
        "style": Style.DATABOX,
        "subject": "Registrace – průběžné výsledky XML",
        "databox": {
            "box": "r4ny6vc",
            "sender": "Vydavatelství Znojmo a.s.",
            "address": "Znojmo",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "registrace.pdf",
                [
                    "Vydavatelství Znojmo a.s., IČO " + ICO_38 + ", ID DS r4ny6vc",
                    "Žádost o registraci – průběžné výsledky XML",
                    {
                        "rows": [
                            ["Účel", "Adresa"],
                            ["produkce", "192.0.2.220"],
                            ["produkce (záloha)", "192.0.2.221"],
                            ["test", "192.0.2.229"],
                        ],
                        "widths": [150, 150],
                    },
                    "Kontaktní osoba: Tereza Vojáčková, +420 515 224 907, "
                    "vojackova@znojemsko.example",
                ],
            ),
        ],
        "labels": L(
            [FEED],
            "Vydavatelství Znojmo a.s.",
            ICO_38,
            "r4ny6vc",
            ["192.0.2.220", "192.0.2.221"],
            ["192.0.2.229"],
            "Tereza Vojáčková",
            "vojackova@znojemsko.example",
            "+420515224907",
        ),
    },
    {
        "id": "s039-chatty-old-address-replaced",
        "description": "chatty; says which address replaces which; test CIDR /31",
        "style": Style.CHATTY,
        "from": "Šimon Holub <holub@karlovarskyexpres.example>",
        "subject": "XMLko na volby",
        "body": (
            "Čau, tedy dobrý den :)\n\nposílám za Karlovarský expres, s.r.o. naše IP pro "
            "XMLko. Dřív jsme měli 203.0.113.60, to už neplatí, nahradila ho 203.0.113.62. "
            "Na testování máme blok 198.51.100.20/31.\n\nKdybyste cokoliv potřebovali, "
            "jsem na 702 981 334.\n\nŠimon Holub\n"
        ),
        "labels": L(
            [FEED],
            "Karlovarský expres, s.r.o.",
            None,
            None,
            ["203.0.113.62"],
            ["198.51.100.20", "198.51.100.21"],
            "Šimon Holub",
            "holub@karlovarskyexpres.example",
            "+420702981334",
        ),
    },
    {
        "id": "s040-html-signature-multiple-emails",
        "description": "HTML mail; contact has a personal e-mail distinct from the sender",
        "style": Style.SIGNATURE,
        "from": "Redakce Pražský magazín <redakce@prazskymagazin.example>",
        "subject": "Žádost o vyhrazené připojení",
        "html": (
            "<p>Dobrý den,</p><p>žádáme o vyhrazené připojení k XML výsledkům.</p>"
            "<p>IP adresy pro ostrý provoz: <b>198.51.100.2</b>, <b>198.51.100.3</b><br>"
            "Testovací IP adresy: <b>198.51.100.4</b></p>"
            "<p>Kontaktní osoba: Vendula Matoušková<br>e-mail: "
            "matouskova@prazskymagazin.example<br>mobil: +420 606 773 120</p>"
            "<hr><p>Pražský magazín, s.r.o. | IČO " + ICO_40 + " | redakce: "
            "redakce@prazskymagazin.example | tel. 224 010 500</p>"
        ),
        "labels": L(
            [FEED],
            "Pražský magazín, s.r.o.",
            ICO_40,
            None,
            ["198.51.100.2", "198.51.100.3"],
            ["198.51.100.4"],
            "Vendula Matoušková",
            "matouskova@prazskymagazin.example",
            "+420606773120",
        ),
    },
    {
        "id": "s041-thunderbird-test-range-az",
        "description": "Thunderbird; production IPv4, test as a short IPv4 range 'až'",
        "style": Style.THUNDERBIRD,
        "from": "Aleš Mrázek <mrazek@moravskyrozhlas.example>",
        "subject": "Přístup k výsledkům – Moravský rozhlas",
        "headers": [("User-Agent", "Mozilla Thunderbird 115.5")],
        "body": (
            "Dobrý den,\n\nMoravský rozhlas, družstvo, IČO " + ICO_41 + ", žádá o přístup "
            "k serveru s průběžnými výsledky.\n\nOstré: 192.0.2.180\nTestovací: "
            "192.0.2.185 až 192.0.2.187\n\nKontakt: Aleš Mrázek, 548 003 912\n\n-- \n"
            "Aleš Mrázek | správa sítě\n"
        ),
        "labels": L(
            [FEED],
            "Moravský rozhlas, družstvo",
            ICO_41,
            None,
            ["192.0.2.180"],
            ["192.0.2.185", "192.0.2.186", "192.0.2.187"],
            "Aleš Mrázek",
            "mrazek@moravskyrozhlas.example",
            "+420548003912",
        ),
    },
    {
        "id": "s042-slovak-freelance-filming",
        "description": "Slovak freelance photographer asks only to film, no IČO, no feed",
        "style": Style.GMAIL,
        "from": "Matej Hudák <matej.hudak.foto@gmail.example>",
        "subject": "Prosba o povolenie – preberacie miesto",
        "body": (
            "Dobrý deň,\n\nsom fotograf a kameraman na voľnej nohe zo Žiliny a rád by som "
            "v sobotu nakrúcal na preberacom mieste v Zlíne pre dokument o voľbách. "
            "Prístup k XML dátam nepotrebujem.\n\nMatej Hudák\n+421 948 220 516\n"
        ),
        "labels": L(
            [REC],
            "Matej Hudák",
            None,
            None,
            [],
            [],
            "Matej Hudák",
            "matej.hudak.foto@gmail.example",
            "+421948220516",
        ),
    },
]
