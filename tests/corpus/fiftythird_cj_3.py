"""Fifty-third held-out part ``cj``, cases cj029–cj042: data messages with an ODT, with an RTF
corrected by the annotation and with the application in the annotation and a text file; an
OWA cover correcting the PDF's phone; a British iPhone one-liner with IPv6; an Outlook inline
forward whose forwarder takes over as the contact; a multipart/alternative signature naming
three people; a two-sheet workbook with five production addresses; a chatty mail that drops
its filming request; a Slovak outlet; format=flowed with delsp and a netmask; an HTML-only
filming request; an iPhone reply correcting its own quoted mail and a chatty range. Written by
hand apart from the extraction rules (see make_fiftythird_cj); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftythird_cj_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SAMSUNG,
    L,
    Style,
    box,
    ico,
)

I29, I30, I31, I33 = ico("2685047"), ico("0493716"), ico("2751839"), ico("0627481")
I34, I35, I36, I37 = ico("2590863"), ico("2834170"), ico("0718452"), ico("3641925")
I38, I39, I40, I41, I42 = (
    ico("2476308"),
    ico("0552947"),
    ico("2913586"),
    ico("0381624"),
    ico("2668419"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "cj029-databox-odt-both",
        "description": "data message with an ODT: the request list and the address table with "
        "a role column, the contact in the last paragraph; both requests",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Televize Slavkovsko s.r.o.",
            I29,
            "s8tv2kz",
            ["198.18.40.20", "198.18.40.21"],
            ["198.18.40.29"],
            "Radka Vlčková",
            "vlckova@tvslavkovsko.example",
            "+420739518062",
        ),
        "databox": box(
            "s8tv2kz", "Televize Slavkovsko s.r.o.", "Palackého nám. 3, 684 01 Slavkov u Brna"
        ),
        "subject": "Žádost - volby 2025",
        "attachments": [
            (
                "odt",
                "zadost_volby.odt",
                [
                    "Televize Slavkovsko s.r.o., IČO " + I29,
                    "Žádáme o:",
                    "1. přístup k průběžným výsledkům voleb (XML, dedikovaný server)",
                    "2. povolení natáčet na krajském pracovišti ČSÚ v Brně",
                    [
                        ["IP adresa", "účel"],
                        ["198.18.40.20", "produkce"],
                        ["198.18.40.21", "produkce"],
                        ["198.18.40.29", "testování"],
                    ],
                    "Kontaktní osoba: Radka Vlčková, vlckova@tvslavkovsko.example, "
                    "mobil 739 518 062",
                    "Mgr. Josef Hrubý, ředitel",
                ],
            )
        ],
    },
    {
        "id": "cj030-databox-annotation-corrects-rtf",
        "description": "data message: the RTF gives the test address, the annotation corrects "
        "it ('ne .225 jak je v příloze')",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Chebský deník s.r.o.",
            I30,
            "c5hd7nw",
            ["198.51.100.220", "198.51.100.221"],
            ["198.51.100.226"],
            "Marcela Šindelářová",
            "sindelarova@chebskydenik.example",
            "+420736215490",
        ),
        "databox": box("c5hd7nw", "Chebský deník s.r.o.", "Kamenná 4, 350 02 Cheb"),
        "subject": "Žádost o přístup k XML. Oprava: testovací IP je 198.51.100.226, "
        "ne .225 jak je v příloze",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Chebský deník s.r.o., IČO " + I30,
                    "Žádost o zpřístupnění výsledků voleb na dedikovaném serveru",
                    [
                        ["Produkční IP", "198.51.100.220, 198.51.100.221"],
                        ["Testovací IP", "198.51.100.225"],
                        ["Kontakt", "Marcela Šindelářová, 736 215 490"],
                        ["E-mail", "sindelarova@chebskydenik.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "cj031-owa-cover-corrects-pdf-phone",
        "description": "OWA cover of two lines says the PDF has an old phone; the PDF carries "
        "the application with a production address and no test",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Brněnský týdeník Metropole, a.s.",
            I31,
            None,
            ["192.0.2.94"],
            [],
            "Adam Kratochvíl",
            "kratochvil@metropole-brno.example",
            "+420777402118",
        ),
        "from": "Kratochvíl Adam <kratochvil@metropole-brno.example>",
        "subject": "Žádost o XML výsledky (příloha)",
        "headers": OWA,
        "body": "Dobrý den, žádost je v PDF. Jen pozor, je tam u mě staré číslo, "
        "platí 777 402 118.\nAdam Kratochvíl\n",
        "attachments": [
            (
                "pdf",
                "Metropole_zadost_volby.pdf",
                [
                    "Brněnský týdeník Metropole, a.s. | Údolní 33, 602 00 Brno | IČO " + I31,
                    "Věc: žádost o přístup k výsledkům voleb",
                    "Žádáme o přístup k dedikovanému serveru s výsledky voleb ve formátu XML "
                    "z produkční adresy 192.0.2.94. Testovací prostředí nemáme.",
                    "Kontakt: Adam Kratochvíl, kratochvil@metropole-brno.example, tel. 777 402 181",
                ],
            )
        ],
    },
    {
        "id": "cj032-uk-iphone-ipv6-only",
        "description": "a British data studio without a Czech IČO writes two lines from an "
        "iPhone: one IPv6 production address, no test, a UK mobile",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Harrow Lane Data Ltd",
            None,
            None,
            ["2001:db8:44::1"],
            [],
            "Oliver Pennington",
            "oliver@harrowlane.example",
            "+447700900123",
        ),
        "from": "Oliver Pennington <oliver@harrowlane.example>",
        "subject": "XML access",
        "headers": IPHONE,
        "body": "Hi, Harrow Lane Data Ltd (London) would like access to the results XML "
        "please. Server 2001:db8:44::1, no separate test box. I'm the contact, +44 7700 "
        "900123.\n\nThanks, Oliver Pennington\n\nSent from my iPhone\n",
    },
    {
        "id": "cj033-outlook-forward-new-contact",
        "description": "Outlook inline forward (From/Sent/To/Subject block): the forwarder "
        "says she replaces the contact named in the forwarded application",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Mladoboleslavský deník s.r.o.",
            I33,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.152"],
            "Simona Kadlecová",
            "kadlecova@mbdenik.example",
            "+420604932187",
        ),
        "from": "Kadlecová Simona <kadlecova@mbdenik.example>",
        "subject": "FW: Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\n"
        "přeposílám žádost, kterou připravil kolega. Pavel od října u nás už nebude, "
        "kontaktní osobou místo něj budu já.\n\n"
        "Simona Kadlecová\nvedoucí vydání\ntel. 604 932 187\n\n"
        "________________________________\n"
        "From: Pavel Ryšavý <rysavy@mbdenik.example>\n"
        "Sent: Monday, September 8, 2025 2:10 PM\n"
        "To: Kadlecová Simona <kadlecova@mbdenik.example>\n"
        "Subject: Žádost o přístup k výsledkům voleb\n\n"
        "Mladoboleslavský deník s.r.o., IČO " + I33 + "\n"
        "žádáme o přístup k XML výsledkům voleb\n"
        "produkce: 203.0.113.150, 203.0.113.151\n"
        "test: 203.0.113.152\n"
        "kontakt: Pavel Ryšavý, 731 804 265\n",
    },
    {
        "id": "cj034-alternative-signature-three-roles",
        "description": "Apple Mail text+HTML; the contact is named only by role ('náš "
        "technik, viz podpis'), the signature lists three people with roles and phones",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Karlovarské listy, s.r.o.",
            I34,
            None,
            ["192.0.2.171", "192.0.2.172"],
            ["192.0.2.173"],
            "Marek Holub",
            "holub@kvlisty.example",
            "+420604118372",
        ),
        "from": "Renata Zemanová <zemanova@kvlisty.example>",
        "subject": "Žádost – XML výsledky voleb",
        "headers": APPLE,
        "body": "Dobrý den,\n\n"
        "Karlovarské listy, s.r.o. (IČO " + I34 + ") žádají o přístup k výsledkům voleb "
        "v XML. Produkční servery 192.0.2.171 a 192.0.2.172, testovací 192.0.2.173.\n"
        "Kontaktní osobou je náš technik (viz podpis).\n\n"
        "Renata Zemanová\n\n"
        "Karlovarské listy, s.r.o.\n"
        "šéfredaktorka: Renata Zemanová, 353 227 100\n"
        "technik: Marek Holub, 604 118 372, holub@kvlisty.example\n"
        "inzerce: Jitka Bílá, 353 227 140\n",
        "html": "<html><body><p>Dobrý den,</p>"
        "<p>Karlovarské listy, s.r.o. (IČO " + I34 + ") žádají o přístup k výsledkům voleb "
        "v XML. Produkční servery 192.0.2.171 a 192.0.2.172, testovací 192.0.2.173.<br>"
        "Kontaktní osobou je náš technik (viz podpis).</p><p>Renata Zemanová</p>"
        '<table style="font-size:11px;color:#555"><tr><td colspan="3"><b>Karlovarské listy, '
        "s.r.o.</b></td></tr>"
        "<tr><td>šéfredaktorka</td><td>Renata Zemanová</td><td>353 227 100</td></tr>"
        "<tr><td>technik</td><td>Marek Holub</td><td>604 118 372, holub@kvlisty.example</td></tr>"
        "<tr><td>inzerce</td><td>Jitka Bílá</td><td>353 227 140</td></tr></table>"
        "</body></html>",
    },
    {
        "id": "cj035-gmail-cover-two-sheet-workbook",
        "description": "Gmail cover of one line; a workbook with the applicant on one sheet and "
        "five production and two test addresses on the other",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Datarun Media s.r.o.",
            I35,
            None,
            ["198.18.90.11", "198.18.90.12", "198.18.90.13", "198.18.90.14", "198.18.90.15"],
            ["198.18.91.11", "198.18.91.12"],
            "Jan Čermák",
            "cermak@datarun.example",
            "+420702648195",
        ),
        "from": "Jan Čermák <cermak@datarun.example>",
        "subject": "žádost XML – Datarun",
        "headers": GMAIL,
        "body": "Dobrý den, posílám vyplněnou žádost v tabulce. Díky, J. Čermák\n",
        "attachments": [
            (
                "xlsx",
                "datarun_zadost.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Datarun Media s.r.o."],
                            ["IČO", I35],
                            ["Kontakt", "Čermák Jan"],
                            ["E-mail", "cermak@datarun.example"],
                            ["Telefon", "702 648 195"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Produkce", "Test"],
                            ["198.18.90.11", "198.18.91.11"],
                            ["198.18.90.12", "198.18.91.12"],
                            ["198.18.90.13", ""],
                            ["198.18.90.14", ""],
                            ["198.18.90.15", ""],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cj036-chatty-drops-filming",
        "description": "chatty Apple Mail: asks for the feed and filming, then in the same "
        "mail withdraws the filming after asking a colleague",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Šumavské echo s.r.o.",
            I36,
            None,
            ["203.0.113.66"],
            ["203.0.113.67"],
            "Kristýna Pelcová",
            "pelcova@sumavskeecho.example",
            "+420723085146",
        ),
        "from": "Kristýna Pelcová <pelcova@sumavskeecho.example>",
        "subject": "Volby - my zase :)",
        "headers": APPLE,
        "body": "Dobrý den,\n\n"
        "tady Šumavské echo s.r.o. (IČO " + I36 + "), zase se hlásíme o XML s výsledky. "
        "Stahovat budeme z 203.0.113.66, testovat z 203.0.113.67.\n\n"
        "A jestli by šlo, rádi bychom si u vás v Plzni i natočili pár záběrů... tak ne, "
        "teď mi kolega říká, že letos štáb nemáme, takže natáčení škrtněte, jen to XML.\n\n"
        "Kontakt jsem já, 723 085 146.\n\n"
        "Kristýna Pelcová\n",
    },
    {
        "id": "cj037-slovak-outlet-slovak-text",
        "description": "a Slovak outlet writes entirely in Slovak ('produkčné', 'testovacia'); "
        "a Slovak mobile and a landline after it",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Záhorie Press s.r.o.",
            I37,
            None,
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.250"],
            "Martin Kollár",
            "kollar@zahoriepress.example",
            "+421908452317",
        ),
        "from": "Martin Kollár <kollar@zahoriepress.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": SAMSUNG,
        "body": "Dobrý deň,\n\n"
        "spoločnosť Záhorie Press s.r.o., IČO " + I37 + ", Senica, žiada o prístup "
        "k priebežným výsledkom volieb v Českej republike vo formáte XML.\n\n"
        "Produkčné IP adresy: 198.51.100.240, 198.51.100.241\n"
        "Testovacia IP adresa: 198.51.100.250\n\n"
        "Kontaktná osoba: Martin Kollár, mobil +421 908 452 317, pevná linka "
        "+421 34 651 2200\n\n"
        "S pozdravom\nMartin Kollár\n",
    },
    {
        "id": "cj038-flowed-delsp-netmask",
        "description": "format=flowed with delsp=yes from Evolution; production written with a "
        "netmask (four addresses), an IPv6 test address split by a soft break",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Tábor Dnes s.r.o.",
            I38,
            None,
            ["198.51.100.128", "198.51.100.129", "198.51.100.130", "198.51.100.131"],
            ["2001:db8:fe::2"],
            "Vojtěch Sládek",
            "sladek@tabordnes.example",
            "+420728360914",
        ),
        "from": "Vojtěch Sládek <sladek@tabordnes.example>",
        "subject": "Tábor Dnes – žádost o XML",
        "headers": EVOLUTION,
        "flowed": True,
        "delsp": True,
        "body": "Dobrý den,\n\n"
        "Tábor Dnes s.r.o., IČO " + I38 + ", žádá o přístup k XML výsledkům voleb. "
        "Produkční  \nsíť je 198.51.100.128 s maskou 255.255.255.252, testovat  \nbudeme "
        "z IPv6 adresy  \n2001:db8:fe::2.\n\n"
        "Kontakt: Vojtěch Sládek, 728 360 914.\n\n"
        "-- \nVojtěch Sládek, správce IT, Tábor Dnes\n",
    },
    {
        "id": "cj039-html-only-filming-request",
        "description": "HTML-only Outlook filming request: a crew table with three names, the "
        "contact is the producer in the text; the XML explicitly not wanted",
        "style": Style.HTML,
        "labels": L(
            [FILM],
            "Studio Křivoklát Film s.r.o.",
            I39,
            None,
            [],
            [],
            "Barbora Doležalová",
            "dolezalova@krivoklatfilm.example",
            "+420608731254",
        ),
        "from": "Barbora Doležalová <dolezalova@krivoklatfilm.example>",
        "subject": "Povolení k natáčení – dokument o volbách",
        "headers": OUTLOOK,
        "html": "<html><body>"
        '<p class="MsoNormal">Dobrý den,</p>'
        '<p class="MsoNormal">společnost Studio Křivoklát Film s.r.o. (IČO ' + I39 + ") "
        "natáčí dokument o průběhu voleb a žádá o povolení natáčet na pracovišti ČSÚ v "
        "Praze během sčítání. O přístup k XML výsledkům nežádáme.</p>"
        '<table border="1" cellpadding="3"><tr><th>Jméno</th><th>Funkce</th></tr>'
        "<tr><td>Tomáš Beneš</td><td>režie</td></tr>"
        "<tr><td>Lucie Fialová</td><td>kamera</td></tr>"
        "<tr><td>Ondřej Mach</td><td>zvuk</td></tr></table>"
        '<p class="MsoNormal">Kontaktní osobou je produkční Barbora Doležalová, '
        "tel. 608 731 254.</p>"
        '<p class="MsoNormal">S pozdravem<br>Barbora Doležalová<br>Studio Křivoklát Film</p>'
        "</body></html>",
    },
    {
        "id": "cj040-databox-annotation-and-txt",
        "description": "data message: the annotation carries the request and addresses, the "
        "text file carries only the contact; PDF is a signed cover",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Přerovský zpravodaj, z.s.",
            I40,
            "p9zr3vd",
            ["203.0.113.210", "203.0.113.211"],
            ["203.0.113.219"],
            "Lenka Zapletalová",
            "zapletalova@prerovskyzpravodaj.example",
            "+420731904627",
        ),
        "databox": box("p9zr3vd", "Přerovský zpravodaj, z.s.", "Kratochvílova 8, 750 02 Přerov"),
        "subject": "Žádost o přístup k XML výsledkům voleb – produkce 203.0.113.210, "
        "203.0.113.211, test 203.0.113.219",
        "attachments": [
            (
                "txt",
                "kontakt.txt",
                "Kontaktní osoba: Lenka Zapletalová\n"
                "e-mail: zapletalova@prerovskyzpravodaj.example\n"
                "telefon: 731 904 627\n",
            ),
            (
                "pdf",
                "zadost_podepsana.pdf",
                [
                    "Přerovský zpravodaj, z.s., IČO " + I40,
                    "Žádáme o přístup k výsledkům voleb dle anotace této zprávy.",
                    "Mgr. Igor Šťastný, předseda spolku",
                ],
            ),
        ],
    },
    {
        "id": "cj041-iphone-reply-corrects-own-mail",
        "description": "an iPhone reply to the writer's own earlier mail (quoted below) that "
        "corrects the test address; the quoted original keeps the wrong one",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Kroměřížský týden s.r.o.",
            I41,
            None,
            ["192.0.2.40", "192.0.2.41"],
            ["192.0.2.51"],
            "Tereza Pospíšilová",
            "pospisilova@kmtyden.example",
            "+420605271948",
        ),
        "from": "Tereza Pospíšilová <pospisilova@kmtyden.example>",
        "subject": "Re: Žádost o XML – Kroměřížský týden",
        "headers": IPHONE,
        "body": "Oprava: testovací není .50, ale 192.0.2.51. Zbytek platí.\n\n"
        "Odesláno z iPhonu\n\n"
        "> 12. 9. 2025 v 8:15, Tereza Pospíšilová <pospisilova@kmtyden.example>:\n"
        ">\n"
        "> Dobrý den,\n"
        "> Kroměřížský týden s.r.o. (IČO " + I41 + ") žádá o přístup k XML výsledkům.\n"
        "> Produkce: 192.0.2.40, 192.0.2.41\n"
        "> Test: 192.0.2.50\n"
        "> Kontakt: Tereza Pospíšilová, 605 271 948\n",
    },
    {
        "id": "cj042-chatty-range-both",
        "description": "chatty Roundcube mail asking for both; production as a short range "
        "('203.0.113.200–202'), the test address with a port, a crew member named",
        "style": Style.CHATTY,
        "labels": L(
            [FEED, FILM],
            "Orlické noviny s.r.o.",
            I42,
            None,
            ["203.0.113.200", "203.0.113.201", "203.0.113.202"],
            ["203.0.113.205"],
            "David Šimek",
            "simek@orlickenoviny.example",
            "+420725641390",
        ),
        "from": "David Šimek <simek@orlickenoviny.example>",
        "subject": "volby - XML a focení",
        "headers": ROUNDCUBE,
        "body": "Ahoj, teda dobrý den :)\n\n"
        "za Orlické noviny s.r.o. (IČO " + I42 + ") bychom chtěli dvě věci: XML s výsledky "
        "a povolení fotit u vás v Hradci na pracovišti.\n\n"
        "servery máme 203.0.113.200–202, na test 203.0.113.205:8080\n"
        "fotit přijde Honza Vacek, ale kontakt jsem já, 725 641 390.\n\n"
        "Díky moc, David Šimek\n",
    },
]
