"""Twentyninth held-out part ``wa``, cases wa029–wa042: a forwarded press release of the office
with a note on top, a contact replaced within one mail, an IPv6 test address from a phone, RTF,
DOCX, PDF and TXT attachments, data messages with XLSX and RTF files, an Austrian sender using
'respectively', a box ID in a mail signature, a TV crew with several phones, a Slovak HTML-only
mail and a Ukrainian freelancer writing English. Written by hand apart from the extraction rules
(see make_twentyninth_wa); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyninth_wa_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I29, I30, I31, I32 = ico("2834109"), ico("0447215"), ico("2761398"), ico("6420537")
I33, I35, I36, I37 = ico("2519874"), ico("0312685"), ico("4860231"), ico("2703946")
I38, I39, I40, I41 = ico("0585172"), ico("2674019"), ico("7013528"), ico("3650817")

CASES: list[dict[str, Any]] = [
    {
        "id": "wa029-iphone-forward-press-release-note",
        "description": "base64 iPhone forward of the office's press release with a short note "
        "on top; the release carries the office's IČO, box, phone and an example address",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Rokycanský týden s.r.o.",
            I29,
            None,
            ["192.0.2.33"],
            [],
            "Martina Kolářová",
            "kolarova@rokycanskytyden.example",
            "+420720511386",
        ),
        "from": "Martina Kolářová <kolarova@rokycanskytyden.example>",
        "subject": "Fwd: Tisková zpráva ČSÚ – výsledky voleb v XML pro média",
        "headers": IPHONE,
        "cte": "base64",
        "body": (
            "Dobrý den, reaguji na zprávu níže. Rokycanský týden s.r.o., IČO "
            f"{I29}, prosím přístup z 192.0.2.33 (test nepotřebujeme). Kontakt Martina "
            "Kolářová 720 511 386.\n\nOdesláno z iPhonu\n\n"
            "Začátek přeposílané zprávy:\n\n"
            "Od: Český statistický úřad <podatelna@czso.cz>\n"
            "Datum: 5. září 2025 v 11:20:04 SELČ\n"
            "Předmět: Tisková zpráva ČSÚ – výsledky voleb v XML pro média\n\n"
            "Český statistický úřad (IČO 00025593) nabízí médiím přístup k průběžným "
            "výsledkům voleb ve strojově čitelném formátu XML. Žádost zašlete e-mailem na "
            "podatelna@czso.cz nebo datovou schránkou (ID 2gfaasy) a uveďte nejvýše pět "
            "produkčních a pět testovacích IP adres (např. 198.51.100.1), kontaktní osobu, "
            "e-mail a telefon. Informace pro média: 274 052 304.\n"
        ),
    },
    {
        "id": "wa030-outlook-contact-replaced-in-mail",
        "description": "contact first named, then replaced later in the same mail because of "
        "a holiday; the new contact's own phone and e-mail",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Mladoboleslavský deník a.s.",
            I30,
            None,
            ["203.0.113.220"],
            ["203.0.113.221"],
            "Lenka Šimková",
            "simkova@mbdenik.example",
            "+420725609231",
        ),
        "from": "Petr Kurka <kurka@mbdenik.example>",
        "subject": "Žádost o přístup k XML – Mladoboleslavský deník",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "Mladoboleslavský deník a.s. (IČO "
            f"{I30}) žádá o přístup k výsledkům voleb ve formátu XML.\n\n"
            "Produkční IP: 203.0.113.220\nTestovací IP: 203.0.113.221\n"
            "Kontaktní osoba: Petr Kurka, 606 418 552\n\n"
            "P.S. Ještě oprava – v době voleb budu na dovolené, kontaktní osobou proto "
            "bude kolegyně Lenka Šimková, simkova@mbdenik.example, tel. 725 609 231.\n\n"
            "Děkuji\nPetr Kurka\nvedoucí online vydání\n"
        ),
    },
    {
        "id": "wa031-samsung-ipv6-test-sloppy",
        "description": "sloppy phone note: IPv4 production and an IPv6 test address, IČO "
        "prefixed 'ico', phone with 00420",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Rádio Jizera s.r.o.",
            I31,
            None,
            ["198.51.100.45"],
            ["2001:db8:7::45"],
            "Daniel Hrubý",
            "hruby@radiojizera.example",
            "+420777481620",
        ),
        "from": "Daniel Hrubý <hruby@radiojizera.example>",
        "subject": "xml",
        "headers": SAMSUNG,
        "body": (
            "dobrý den prosím o xml výsledky pro Rádio Jizera s.r.o. ico "
            f"{I31}\nprod 198.51.100.45\ntest je na ipv6 2001:db8:7::45\n"
            "Daniel Hrubý 00420 777 481 620\n\nOdesláno ze zařízení Samsung\n"
        ),
    },
    {
        "id": "wa032-roundcube-rtf-form",
        "description": "mail says only 'see attachment'; an RTF form with a request table "
        "(ano/ne) and address table, the second test cell empty",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED, FILM],
            "Valašský rozhled, spol. s r.o.",
            I32,
            None,
            ["192.0.2.120", "192.0.2.121"],
            ["192.0.2.125"],
            "Alois Surý",
            "sury@valasskyrozhled.example",
            "+420571433890",
        ),
        "from": "Alois Surý <sury@valasskyrozhled.example>",
        "subject": "žádost",
        "headers": ROUNDCUBE,
        "body": "Dobrý den, žádost je v příloze.\nAlois Surý\n",
        "attachments": [
            (
                "rtf",
                "zadost_volby.rtf",
                [
                    "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB / POVOLENÍ NATÁČENÍ",
                    f"Žadatel: Valašský rozhled, spol. s r.o., IČO {I32}",
                    [
                        ["Požadavek", "ano/ne"],
                        ["Přístup k XML výsledkům", "ano"],
                        ["Natáčení na sběrném místě", "ano"],
                    ],
                    [
                        ["", "Produkční", "Testovací"],
                        ["1", "192.0.2.120", "192.0.2.125"],
                        ["2", "192.0.2.121", ""],
                    ],
                    "Kontaktní osoba: Alois Surý, tel. 571 433 890, sury@valasskyrozhled.example",
                    "Ve Valašském Meziříčí 11. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "wa033-databox-xlsx-annotation-short",
        "description": "data message with a one-line annotation; an XLSX sheet with a yes/no "
        "column for the two request types and a test column",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Nadační fond Nezávislá média Vysočiny",
            I33,
            "f6mz2rc",
            [],
            [],
            "Hana Pokorná",
            "pokorna@nfnmv.example",
            "+420603117560",
        ),
        "subject": "Žádost o povolení natáčení – formulář v příloze",
        "databox": {
            "box": "f6mz2rc",
            "sender": "Nadační fond Nezávislá média Vysočiny",
            "address": "Komenského 20, 586 01 Jihlava",
        },
        "attachments": [
            (
                "xlsx",
                "formular_zadost.xlsx",
                [
                    {
                        "title": "Formulář",
                        "rows": [
                            ["Žadatel", "Nadační fond Nezávislá média Vysočiny"],
                            ["IČO", I33],
                            ["Požadavek", "ANO / NE"],
                            ["Přístup k XML výsledkům", "NE"],
                            ["Povolení natáčení", "ANO"],
                            ["Produkční IP", ""],
                            ["Testovací IP", ""],
                            ["Kontaktní osoba", "Hana Pokorná"],
                            ["Telefon", "603 117 560"],
                            ["E-mail", "pokorna@nfnmv.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "wa034-austrian-respectively-two-pairs",
        "description": "Austrian news agency writing English; two pairs given with "
        "'respectively', Vienna phone, a port and a software version nearby",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Donau Nachrichten Agentur GmbH",
            None,
            None,
            ["203.0.113.81", "203.0.113.82"],
            ["203.0.113.91", "203.0.113.92"],
            "Stefan Leitgeb",
            "leitgeb@dna-news.example",
            "+4315338172",
        ),
        "from": "Stefan Leitgeb <leitgeb@dna-news.example>",
        "subject": "XML feed access request (Donau Nachrichten Agentur)",
        "headers": TBIRD,
        "body": (
            "Dear colleagues,\n\n"
            "Donau Nachrichten Agentur GmbH (FN 402118 v, Vienna) requests access to the "
            "XML election results. Our ingest runs importer v2.10.4 on port 8443.\n\n"
            "The production and test addresses are 203.0.113.81/203.0.113.82 and "
            "203.0.113.91/203.0.113.92 respectively.\n\n"
            "Contact: Stefan Leitgeb, +43 1 533 81 72, leitgeb@dna-news.example\n\n"
            "Best,\nStefan\n"
        ),
    },
    {
        "id": "wa035-zimbra-alternative-box-in-signature",
        "description": "multipart/alternative from Zimbra; the applicant's data-box ID and IČO "
        "only in the signature block, together with the office's box in a quoted hint",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Obec Dolní Lukavice",
            I35,
            "d4pn8wt",
            ["192.0.2.201"],
            [],
            "Jaroslava Krausová",
            "podatelna@dolnilukavice.example",
            "+420377980112",
        ),
        "from": "Obec Dolní Lukavice <podatelna@dolnilukavice.example>",
        "subject": "Přístup k výsledkům voleb – obecní zpravodaj",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "obec vydává zpravodaj a provozuje webové stránky, na kterých bychom rádi "
            "zobrazovali výsledky voleb. Žádáme o přístup ze serveru 192.0.2.201 "
            "(testovací adresu nemáme). Vaši datovou schránku 2gfaasy jsme nepoužili, "
            "protože s ní na obci neumíme poslat přílohu ve správném formátu.\n\n"
            "Kontaktní osoba: Jaroslava Krausová, účetní obce\n\n"
            "S pozdravem\nJaroslava Krausová\n"
            "Obec Dolní Lukavice, Dolní Lukavice 1, 334 44\n"
            f"IČO: {I35} | ID datové schránky: d4pn8wt | tel.: 377 980 112\n"
        ),
        "html": (
            "<html><body><div style='font-family: arial, helvetica, sans-serif'>"
            "<p>Dobrý den,</p><p>obec vydává zpravodaj a provozuje webové stránky, na "
            "kterých bychom rádi zobrazovali výsledky voleb. Žádáme o přístup ze serveru "
            "192.0.2.201 (testovací adresu nemáme). Vaši datovou schránku 2gfaasy jsme "
            "nepoužili, protože s ní na obci neumíme poslat přílohu ve správném formátu.</p>"
            "<p>Kontaktní osoba: Jaroslava Krausová, účetní obce</p>"
            "<p>S pozdravem<br>Jaroslava Krausová<br>"
            "Obec Dolní Lukavice, Dolní Lukavice 1, 334 44<br>"
            f"IČO: {I35} | ID datové schránky: d4pn8wt | tel.: 377 980 112</p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "wa036-outlook-docx-nested-table",
        "description": "Outlook mail with a DOCX: company details in the page header, the "
        "addresses in a table nested inside a cell labelled for the feed",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "MEDIA SERVIS JIH, s.r.o.",
            I36,
            None,
            ["198.51.100.30", "198.51.100.31"],
            ["198.51.100.35"],
            "Robert Kalina",
            "kalina@msjih.example",
            "+420732665019",
        ),
        "from": '"Kalina, Robert" <kalina@msjih.example>',
        "subject": "Žádost ČSÚ – volby 2025",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze zasílám žádost podepsanou jednatelem.\n\n"
            "S pozdravem\nRobert Kalina\nMEDIA SERVIS JIH, s.r.o.\nM: +420 732 665 019\n"
        ),
        "attachments": [
            (
                "docx",
                "Zadost_volby_MSJ.docx",
                {
                    "header": f"MEDIA SERVIS JIH, s.r.o. | IČO: {I36} | Pražská 112, 397 01 Písek",
                    "blocks": [
                        "Žádost o zřízení přístupu k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["Požadavek", "Údaje"],
                                ["Přístup k XML výsledkům", ""],
                                [
                                    "Kontaktní osoba",
                                    "Robert Kalina, kalina@msjih.example, +420 732 665 019",
                                ],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkční", "198.51.100.30"],
                                        ["produkční", "198.51.100.31"],
                                        ["testovací", "198.51.100.35"],
                                    ]
                                }
                            },
                        },
                        "V Písku dne 9. 9. 2025",
                        "Ing. Oldřich Sova, jednatel",
                    ],
                },
            )
        ],
    },
    {
        "id": "wa037-apple-pdf-wrapped-cells",
        "description": "Apple Mail with a PDF form whose narrow cells wrap a list of "
        "production addresses and a test cell reading 'stejná jako produkční'",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Ústecký večerník s.r.o.",
            I37,
            None,
            ["203.0.113.101", "203.0.113.102", "203.0.113.103"],
            [],
            "Iveta Jirásková",
            "jiraskova@usteckyvecernik.example",
            "+420475300128",
        ),
        "from": "Iveta Jirásková <jiraskova@usteckyvecernik.example>",
        "subject": "Žádost o přístup k XML výsledkům voleb",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\nposílám žádost v PDF. Kdyby něco chybělo, ozvěte se prosím.\n\n"
            "Iveta Jirásková\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_UV.pdf",
                [
                    "Ústecký večerník s.r.o., Velká Hradební 8, 400 01 Ústí nad Labem",
                    f"IČO {I37}",
                    {
                        "rows": [
                            ["Produkční IP adresy", "Testovací IP adresy", "Kontakt"],
                            [
                                "203.0.113.101, 203.0.113.102, 203.0.113.103",
                                "žádné – testujeme z produkčních",
                                "Iveta Jirásková, tel. 475 300 128, "
                                "jiraskova@usteckyvecernik.example",
                            ],
                        ],
                        "widths": [95, 95, 150],
                    },
                    "V Ústí nad Labem 8. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "wa038-k9-txt-pasted-from-it",
        "description": "phone note with a TXT attachment where IT listed the addresses with "
        "a netmask line and an old address marked as removed",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Plzensky puls s.r.o.",
            I38,
            None,
            ["192.0.2.64", "192.0.2.65"],
            ["192.0.2.70"],
            "Michal Beran",
            "beran@plzenskypuls.example",
            "+420604229981",
        ),
        "from": "Michal Beran <beran@plzenskypuls.example>",
        "subject": "zadost xml - ip v priloze",
        "headers": K9,
        "body": (
            "Dobry den, Plzensky puls s.r.o., ICO "
            f"{I38}, prosime o pristup k xml vysledkum. IP adresy v priloze od naseho "
            "IT. kontakt ja Michal Beran 604 229 981\n"
        ),
        "attachments": [
            (
                "txt",
                "ip_csu.txt",
                "IP pro CSU (volby 2025)\n"
                "=========================\n"
                "produkce:   192.0.2.64/31   (2 stroje, maska 255.255.255.254)\n"
                "test:       192.0.2.70\n"
                "ZRUSENO:    192.0.2.12 (stary server, uz nepouzivat)\n"
                "-- mb, rev. 2025-09-10\n",
            )
        ],
    },
    {
        "id": "wa039-tv-crew-many-phones-both",
        "description": "TV asks for filming and the feed; signature lists reporter, camera "
        "and producer, each with a phone; the producer is named as the contact",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Televize Podještědí s.r.o.",
            I39,
            None,
            ["198.51.100.180"],
            ["198.51.100.181"],
            "Simona Černá",
            "cerna@tvpodjestedi.example",
            "+420733508114",
        ),
        "from": "Jan Hošek <hosek@tvpodjestedi.example>",
        "subject": "natáčení + XML, TV Podještědí",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "Televize Podještědí s.r.o. (IČO "
            f"{I39}) by ráda natáčela na sběrném místě v Liberci ve volební noc a zároveň "
            "žádá o přístup k XML výsledkům pro grafiku ve vysílání: produkčně z "
            "198.51.100.180, testovat budeme z 198.51.100.181.\n\n"
            "Kontakt pro vyřízení žádosti: naše produkční Simona Černá.\n\n"
            "Štáb:\n"
            "Jan Hošek, redaktor, 728 114 305, hosek@tvpodjestedi.example\n"
            "Pavel Drbohlav, kamera, 731 640 227\n"
            "Simona Černá, produkce, 733 508 114, cerna@tvpodjestedi.example\n\n"
            "Díky, Jan Hošek\n"
        ),
    },
    {
        "id": "wa040-databox-rtf-letter-signatory-contact",
        "description": "data message with an RTF letter; the annotation only names the "
        "subject; IČO written 'IČ:' with spaces; the signatory is the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Kutnohorské listy, s.r.o.",
            I40,
            "h9wc4jy",
            ["203.0.113.50"],
            ["203.0.113.51"],
            "Eva Machková",
            "machkova@kutnohorskelisty.example",
            "+420327512904",
        ),
        "subject": "Žádost o přístup k výsledkům voleb",
        "databox": {
            "box": "h9wc4jy",
            "sender": "Kutnohorské listy, s.r.o.",
            "address": "Palackého nám. 3, 284 01 Kutná Hora",
        },
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Kutnohorské listy, s.r.o.",
                    f"IČ: {I40[:3]} {I40[3:5]} {I40[5:]}",
                    "Věc: Žádost o přístup k výsledkům voleb (XML)",
                    "Žádáme o zřízení přístupu pro produkční adresu 203.0.113.50 a testovací "
                    "adresu 203.0.113.51.",
                    "Eva Machková, jednatelka\ntel. 327 512 904\nmachkova@kutnohorskelisty.example",
                ],
            )
        ],
    },
    {
        "id": "wa041-owa-slovak-html-only",
        "description": "Slovak HTML-only mail from Outlook on the web; role labels in Slovak "
        "('produkčné', 'záložná', 'testovacie') and a Slovak landline",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "MEDIA POVAŽIE a.s.",
            I41,
            None,
            ["192.0.2.110", "192.0.2.111"],
            ["192.0.2.119"],
            "Lucia Hrnčiarová",
            "hrnciarova@mediapovazie.example",
            "+421424325118",
        ),
        "from": "Hrnčiarová Lucia <hrnciarova@mediapovazie.example>",
        "subject": "Žiadosť o prístup k XML výsledkom volieb",
        "headers": OWA,
        "html": (
            '<html><body><div style="font-family:Calibri,sans-serif">'
            "<p>Dobrý deň,</p>"
            "<p>spoločnosť MEDIA POVAŽIE a.s., IČO "
            f"{I41}, žiada o prístup k výsledkom volieb vo formáte XML.</p>"
            "<ul><li>produkčné IP: 192.0.2.110</li><li>záložná IP: 192.0.2.111</li>"
            "<li>testovacie IP: 192.0.2.119</li></ul>"
            "<p>Kontaktná osoba: Lucia Hrnčiarová, tel. +421 42 432 51 18</p>"
            "<p>S pozdravom<br>Lucia Hrnčiarová<br>MEDIA POVAŽIE a.s., Považská Bystrica</p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "wa042-ukrainian-freelancer-english-base64",
        "description": "Ukrainian freelancer in Prague writing English in a base64 mail; no "
        "IČO; both filming and the feed; Czech and Ukrainian phones, the Czech one for contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Oksana Melnyk",
            None,
            None,
            ["198.51.100.222"],
            [],
            "Oksana Melnyk",
            "oksana.melnyk@melnyk-press.example",
            "+420776318402",
        ),
        "from": "Oksana Melnyk <oksana.melnyk@melnyk-press.example>",
        "subject": "Request for results XML and filming permission",
        "headers": GMAIL,
        "cte": "base64",
        "body": (
            "Dear Czech Statistical Office,\n\n"
            "my name is Oksana Melnyk, I am a freelance journalist living in Prague and "
            "reporting for Ukrainian online media (I work on my own, without company, so "
            "no IČO). I would like to ask for two things:\n"
            "- access to the XML election results from my server 198.51.100.222 "
            "(no test server)\n"
            "- permission to film a short video at a collection point in Prague\n\n"
            "Please contact me on my Czech number +420 776 318 402 (my Ukrainian "
            "number +380 67 551 2094 works only sometimes).\n\n"
            "Thank you very much,\nOksana Melnyk\n"
        ),
    },
]
