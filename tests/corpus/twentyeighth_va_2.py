"""Twentyeighth held-out part ``va``, cases va015–va028: a Polish freelancer asking only to film,
an HTML Outlook mail giving roles with 'resp.', a British broadcaster's 'respectively', a
format=flowed mail wrapped in the middle of the roles, a reply replacing the contact, a data
message whose only application is a university faculty's PDF, a community radio declining the
feed in iso-8859-2, a text form with ticked and unticked boxes, a Seznam HTML table with an IPv6
test address, a forward naming the contractor as contact, an XLSX with merged role cells, an
Italian broadcaster, an S/MIME-signed formal letter with a written range and a data message
with an ODT. Written by hand apart from the extraction rules (see make_twentyeighth_va); labels
follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyeighth_va_common import (
    BOTH,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I16, I18, I19, I20 = ico("2736019"), ico("0451827"), ico("2617340"), ico("0021661")
I21, I22, I23, I24 = ico("2286514"), ico("0573928"), ico("4802197"), ico("2917635")
I25, I27, I28 = ico("0748213"), ico("2559614"), ico("3908152")

CASES: list[dict[str, Any]] = [
    {
        "id": "va015-polish-freelancer-film-only",
        "description": "Polish freelance photographer writing English, no company and no "
        "IČO, asks only to photograph and film; no feed",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Agnieszka Wróbel",
            None,
            None,
            [],
            [],
            "Agnieszka Wróbel",
            "a.wrobel@fotoreporter.example",
            "+48602174389",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@fotoreporter.example>",
        "subject": "Permission to film at a counting centre – election night",
        "headers": GMAIL,
        "body": (
            "Hello,\n\n"
            "I am freelance photojournalist from Kraków, working on a story about "
            "elections in Central Europe for several Polish magazines. I would like to ask "
            "permission to take photos and short video at one of your collection points "
            "(Ostrava would be best for me) in the night of the election.\n\n"
            "I work alone, I am not a company, so I don't have any registration number. "
            "I don't need access to data server, only the permission to be there with "
            "camera.\n\n"
            "My phone: +48 602 174 389 (also WhatsApp).\n\n"
            "Thank you very much and best regards,\nAgnieszka Wróbel\n"
            "www.fotoreporter.example\n"
        ),
    },
    {
        "id": "va016-outlook-html-resp",
        "description": "HTML-only Outlook mail giving the two addresses' roles with 'resp.' "
        "in one sentence",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Karlovarský Expres s.r.o.",
            I16,
            None,
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Michaela Šťastná",
            "stastna@kvexpres.example",
            "+420353441207",
        ),
        "from": "Šťastná Michaela <stastna@kvexpres.example>",
        "subject": "XML výsledky voleb – Karlovarský Expres",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body lang=CS link="#0563C1"><div class=WordSection1>'
            "<p class=MsoNormal>Dobrý den,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;"
            "</o:p></p><p class=MsoNormal>žádáme o zřízení přístupu k XML s výsledky "
            f"voleb pro Karlovarský Expres s.r.o. (IČO {I16}). Adresy 192.0.2.33 a "
            "192.0.2.34 jsou produkční, resp. testovací.<o:p></o:p></p>"
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
            "<p class=MsoNormal>S pozdravem<o:p></o:p></p>"
            "<p class=MsoNormal><b><span style='color:#1F3864'>Michaela Šťastná</span></b>"
            "<br>produkce online<br>T +420 353 441 207<br>Karlovarský Expres s.r.o., "
            "T. G. Masaryka 40, 360 01 Karlovy Vary<o:p></o:p></p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "va017-british-respectively",
        "description": "British broadcaster in English: 'production and test … respectively', "
        "a UK phone, no Czech IČO (a UK company number instead)",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Northbridge Broadcasting Ltd",
            None,
            None,
            ["203.0.113.90"],
            ["203.0.113.91"],
            "Oliver Hartley",
            "oliver.hartley@northbridge-bc.example",
            "+442079460318",
        ),
        "from": "Oliver Hartley <oliver.hartley@northbridge-bc.example>",
        "subject": "Election results XML feed – access request",
        "headers": OUTLOOK,
        "body": (
            "Good afternoon,\n\n"
            "Northbridge Broadcasting Ltd (registered in England and Wales, company no. "
            "08421973) would like to request access to the XML results feed for the "
            "upcoming Czech election.\n\n"
            "Our production and test addresses are 203.0.113.90 and 203.0.113.91 "
            "respectively.\n\n"
            "Please direct any questions to me, Oliver Hartley, on +44 20 7946 0318.\n\n"
            "Many thanks,\nOliver\n\n"
            "Oliver Hartley | Senior Systems Engineer, News Graphics\n"
            "Northbridge Broadcasting Ltd | 14 Wharf Road, London N1 7GR\n"
        ),
    },
    {
        "id": "va018-flowed-wrapped-roles",
        "description": "format=flowed: soft line breaks in the middle of the "
        "sentence that gives production and test",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Zlínský kurýr, spol. s r.o.",
            I18,
            None,
            ["198.51.100.5"],
            ["198.51.100.6"],
            "Jan Vávra",
            "vavra@zlinskykuryr.example",
            "+420577432106",
        ),
        "from": "Jan Vávra <vavra@zlinskykuryr.example>",
        "subject": "Zlínský kurýr – přístup k datům",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "rádi bychom i letos zobrazovali výsledky přímo z Vašich XML dat. Naše \n"
            "produkční adresa je \n"
            "198.51.100.5 a testovací, ze které budeme zkoušet ještě před volbami, \n"
            "je 198.51.100.6.\n\n"
            f"Zlínský kurýr, spol. s r.o., IČO {I18}\n"
            "Jan Vávra, tel. 577 432 106\n\n"
            "-- \nJan Vávra\nZlínský kurýr\n"
        ),
    },
    {
        "id": "va019-reply-contact-replaced",
        "description": "the applicant replies to her own earlier mail: she leaves, a colleague "
        "becomes the contact; the addresses are in her quoted original",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Hradecký deník online s.r.o.",
            I19,
            None,
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.145"],
            "Ondřej Bureš",
            "bures@hk-online.example",
            "+420604223918",
        ),
        "from": "Klára Novotná <novotna@hk-online.example>",
        "subject": "Re: Žádost o přístup k XML výsledkům",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "ještě jedna změna k mé žádosti níže: od října u nás končím, takže "
            "kontaktní osobou místo mě bude kolega Ondřej Bureš, bures@hk-online.example, "
            "tel. 604 223 918. Ostatní údaje platí beze změny.\n\n"
            "Děkuji, Klára Novotná\n\n"
            "On 2025-09-10 11:20, Klára Novotná wrote:\n"
            "> Dobrý den,\n"
            "> za Hradecký deník online s.r.o. (IČO "
            f"{I19}) žádám o přístup k XML výsledkům.\n"
            "> Produkční: 203.0.113.140, 203.0.113.141\n"
            "> Testovací: 203.0.113.145\n"
            "> Kontakt: Klára Novotná, 731 100 284\n"
        ),
    },
    {
        "id": "va020-databox-university-pdf",
        "description": "data message from a university whose annotation says only 'see the "
        "attachment'; a faculty's PDF letter with a wrapped table asks for both",
        "style": Style.DATABOX,
        "labels": L(
            BOTH,
            "Univerzita Pobeskydí",
            I20,
            "u7cz4ne",
            ["198.51.100.170"],
            ["198.51.100.171"],
            "Lucie Šimková",
            "simkova@fsv.upob.example",
            "+420596120448",
        ),
        "subject": "Fakulta sociálních věd – žádost (viz příloha)",
        "databox": {
            "box": "u7cz4ne",
            "sender": "Univerzita Pobeskydí",
            "address": "Univerzitní 3, 733 01 Karviná",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "FSV_zadost_volby.pdf",
                [
                    "Univerzita Pobeskydí, Fakulta sociálních věd\nKatedra mediálních studií",
                    f"IČO {I20}",
                    "Věc: žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Studentská televize katedry připravuje volební studio. Žádáme o přístup "
                    "k XML výsledkům a o povolení natáčet na sběrném místě v Ostravě.",
                    {
                        "rows": [
                            ["Účel adresy", "IP adresa", "Poznámka"],
                            [
                                "produkční (studio volebního vysílání)",
                                "198.51.100.170",
                                "pevná adresa fakultní sítě",
                            ],
                            [
                                "testovací (laboratoř)",
                                "198.51.100.171",
                                "jen do dne voleb",
                            ],
                        ],
                        "widths": [110, 110, 110],
                    },
                    "Kontaktní osoba: Mgr. Lucie Šimková, Ph.D., tel. +420 596 120 448, "
                    "simkova@fsv.upob.example",
                    "doc. PhDr. Tomáš Kubíček, Ph.D., děkan",
                ],
            )
        ],
    },
    {
        "id": "va021-community-radio-declines-feed",
        "description": "community radio association in iso-8859-2 asks to record sound at a "
        "collection point and says it does not need the server",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Rádio Kopec, z. s.",
            I21,
            None,
            [],
            [],
            "Martina Hálová",
            "halova@radiokopec.example",
            "+420728013566",
        ),
        "from": "Martina Hálová <halova@radiokopec.example>",
        "subject": "nahrávání zvuku na sběrném místě",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "jsme malé komunitní rádio (Rádio Kopec, z. s., IČ "
            f"{I21}) a chtěli bychom pro náš volební speciál nahrát pár rozhovorů a "
            "zvukových reportáží přímo na sběrném místě v Jihlavě. Potřebovali bychom "
            "k tomu Vaše povolení.\n\n"
            "O přístup k serveru s XML výsledky nežádáme - nemáme na to technické "
            "zázemí, výsledky budeme číst z webu.\n\n"
            "Kontakt: Martina Hálová, 728 013 566\n\n"
            "Děkujeme!\nMartina Hálová, dramaturgie\n"
        ),
    },
    {
        "id": "va022-text-form-checkboxes",
        "description": "a plain-text form pasted from a template: feed ticked, recording "
        "unticked, box characters and bracket notation",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Plzeňský obzor s.r.o.",
            I22,
            None,
            ["192.0.2.120", "192.0.2.121"],
            ["192.0.2.130"],
            "Jiří Kohout",
            "kohout@plzenskyobzor.example",
            "+420377889012",
        ),
        "from": "Jiří Kohout <kohout@plzenskyobzor.example>",
        "subject": "vyplněný formulář – volby",
        "headers": K9,
        "body": (
            "Dobrý den, posílám vyplněný formulář.\n\n"
            "ŽÁDOST O PŘÍSTUP / POVOLENÍ\n"
            "Žadatel: Plzeňský obzor s.r.o.\n"
            f"IČO: {I22}\n"
            "Žádám o:\n"
            "  ☒ přístup k výsledkům voleb ve formátu XML\n"
            "  ☐ povolení pořizovat záznam na sběrném místě\n"
            "Produkční IP (max. 5): [192.0.2.120] [192.0.2.121] [ ] [ ] [ ]\n"
            "Testovací IP (max. 5): [192.0.2.130] [ ] [ ] [ ] [ ]\n"
            "Kontaktní osoba: Jiří Kohout\n"
            "Telefon: 377 889 012\n"
            "E-mail: kohout@plzenskyobzor.example\n\n"
            "Díky, JK\n"
        ),
    },
    {
        "id": "va023-seznam-html-ipv6-test",
        "description": "HTML-only Seznam webmail mail with a two-column table; the test "
        "address is IPv6",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Obecní zpravodaj Brdy s.r.o.",
            I23,
            None,
            ["203.0.113.200"],
            ["2001:db8:77::2"],
            "Pavel Tichý",
            "tichy@zpravodaj-brdy.example",
            "+420608330174",
        ),
        "from": "Pavel Tichý <tichy@zpravodaj-brdy.example>",
        "subject": "IP adresy pro XML",
        "headers": SEZNAM,
        "html": (
            "<div>Dobrý den,</div><div>žádáme o přístup k XML výsledkům voleb. "
            f"Obecní zpravodaj Brdy s.r.o., IČO {I23}.</div><br>"
            '<table cellspacing="0" cellpadding="3" border="1">'
            "<tr><td>ostrý provoz</td><td>203.0.113.200</td></tr>"
            "<tr><td>testování</td><td>2001:db8:77:0:0:0:0:2</td></tr></table><br>"
            "<div>Pavel Tichý<br>608 330 174</div>"
            '<div style="color:#999">--<br>Odesláno z Email.cz</div>'
        ),
    },
    {
        "id": "va024-forward-contractor-contact",
        "description": "editor-in-chief forwards the contractor's mail with the addresses "
        "and names the contractor's engineer as the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Ostravský týden a.s.",
            I24,
            None,
            ["198.51.100.20", "198.51.100.21"],
            ["198.51.100.29"],
            "Igor Malý",
            "maly@netopyr-it.example",
            "+420731887650",
        ),
        "from": "Renata Tomanová <tomanova@ostravskytyden.example>",
        "subject": "Fwd: adresy pro volební XML",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            f"za Ostravský týden a.s. (IČO {I24}) žádám o přístup k XML výsledkům voleb. "
            "Adresy posílá náš dodavatel níže. Technickým kontaktem bude jeho "
            "pan Igor Malý, ne já.\n\n"
            "Renata Tomanová\nšéfredaktorka\n\n"
            "---------- Forwarded message ---------\n"
            "Od: Igor Malý <maly@netopyr-it.example>\n"
            "Date: po 15. 9. 2025 v 8:12\n"
            "Subject: adresy pro volební XML\n"
            "To: Renata Tomanová <tomanova@ostravskytyden.example>\n\n"
            "Dobrý den paní Tomanová,\n\n"
            "pro ČSÚ prosím:\n"
            "prod: 198.51.100.20, 198.51.100.21\n"
            "test: 198.51.100.29\n\n"
            "Igor Malý\nNetopýr IT s.r.o.\n731 887 650\n"
        ),
    },
    {
        "id": "va025-xlsx-merged-role",
        "description": "short Outlook mail with an XLSX: a merged 'Produkce' cell spans two "
        "rows, the contact sheet is separate",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Moravskoslezská televize, a.s.",
            I25,
            None,
            ["192.0.2.70", "192.0.2.71"],
            ["192.0.2.78"],
            "Lukáš Dvořák",
            "dvorak@mstv.example",
            "+420599501733",
        ),
        "from": "Lukáš Dvořák <dvorak@mstv.example>",
        "subject": "Žádost o přístup – tabulka v příloze",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze posílám tabulku s údaji k žádosti o přístup k XML "
            "výsledkům voleb.\n\nS pozdravem\nLukáš Dvořák\nMoravskoslezská televize\n"
        ),
        "attachments": [
            (
                "xlsx",
                "MSTV_volby_IP.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Prostředí", "IP adresa", "Pozn."],
                            ["Produkce", "192.0.2.70", "grafika"],
                            [None, "192.0.2.71", "web"],
                            ["Test", "192.0.2.78", ""],
                        ],
                        "merge": ["A2:A3"],
                    },
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Moravskoslezská televize, a.s."],
                            ["IČO", I25],
                            ["Kontaktní osoba", "Lukáš Dvořák"],
                            ["Telefon", "+420 599 501 733"],
                            ["E-mail", "dvorak@mstv.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "va026-italian-broadcaster",
        "description": "Italian broadcaster in English, both request types, no Czech IČO, "
        "an Italian phone and a Prague fixer's number",
        "style": Style.FOREIGN,
        "labels": L(
            BOTH,
            "Radiotelevisione Adriatica S.p.A.",
            None,
            None,
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.249"],
            "Giulia Ferraro",
            "g.ferraro@rtadriatica.example",
            "+393471285066",
        ),
        "from": "Giulia Ferraro <g.ferraro@rtadriatica.example>",
        "subject": "Elections Czech Republic – XML data + filming",
        "headers": TBIRD,
        "body": (
            "Dear colleagues,\n\n"
            "I write you from Radiotelevisione Adriatica S.p.A. (Pescara, Italy), we will "
            "cover your elections with a team in Prague. We kindly ask for two things:\n\n"
            "- access to the XML results, from our servers 198.51.100.240 and "
            "198.51.100.241 (production) and 198.51.100.249 (only for testing);\n"
            "- permission for our crew to film inside the collection point in Prague on "
            "election night.\n\n"
            "We are an Italian company (P.IVA IT01937460685), we have no Czech ID.\n"
            "Contact: me, Giulia Ferraro, +39 347 128 5066. Our local fixer in Prague is "
            "Tomáš Beneš (+420 603 778 190), only for logistics.\n\n"
            "Thank you and best regards,\nGiulia Ferraro\nRTA – Redazione Esteri\n"
        ),
    },
    {
        "id": "va027-smime-formal-letter-range",
        "description": "S/MIME-signed formal letter: IČO with spaces next to DIČ, a written "
        "range of three production addresses",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "ČESKÝ VÝCHOD MEDIA a.s.",
            I27,
            None,
            ["198.51.100.100", "198.51.100.101", "198.51.100.102"],
            ["198.51.100.110"],
            "Stanislav Říha",
            "riha@cvmedia.example",
            "+420466811370",
        ),
        "from": '"Ing. Stanislav Říha" <riha@cvmedia.example>',
        "subject": "Žádost o přístup k průběžným výsledkům voleb",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Vážené dámy, vážení pánové,\n\n"
            "společnost ČESKÝ VÝCHOD MEDIA a.s., se sídlem Sladkovského 18, 530 02 "
            f"Pardubice, IČO {I27[:2]} {I27[2:5]} {I27[5:]}, DIČ CZ{I27}, zapsaná v "
            "obchodním rejstříku vedeném Krajským soudem v Hradci Králové, oddíl B, "
            "vložka 2931, tímto žádá o přístup k průběžným výsledkům voleb ve formátu "
            "XML.\n\n"
            "Produkční servery: 198.51.100.100 – 198.51.100.102\n"
            "Testovací server: 198.51.100.110\n\n"
            "Kontaktní osobou je Ing. Stanislav Říha, vedoucí IT, tel. 466 811 370, "
            "riha@cvmedia.example.\n\n"
            "S úctou\n\nIng. Stanislav Říha\nvedoucí IT\nČESKÝ VÝCHOD MEDIA a.s.\n"
        ),
    },
    {
        "id": "va028-databox-odt-contact-in-annotation",
        "description": "data message: the ODT gives addresses, the annotation names a "
        "different contact than the letter's signatory",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Kladenské listy, s.r.o.",
            I28,
            "m3tg8pw",
            ["203.0.113.30", "203.0.113.31"],
            [],
            "Eva Pokorná",
            "pokorna@kladenskelisty.example",
            "+420312655904",
        ),
        "subject": (
            "Žádost o přístup k XML výsledkům voleb; kontaktní osoba Eva Pokorná, "
            "tel. 312 655 904, pokorna@kladenskelisty.example"
        ),
        "databox": {
            "box": "m3tg8pw",
            "sender": "Kladenské listy, s.r.o.",
            "address": "Náměstí Starosty Pavla 5, 272 01 Kladno",
        },
        "attachments": [
            (
                "odt",
                "zadost_volby.odt",
                [
                    f"Kladenské listy, s.r.o., IČO {I28}",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML z těchto adres:",
                    [
                        ["Adresa", "Určení"],
                        ["203.0.113.30", "produkční"],
                        ["203.0.113.31", "produkční"],
                    ],
                    "Testovací prostředí nemáme.",
                    "Bc. Roman Hejl, jednatel",
                ],
            )
        ],
    },
]
