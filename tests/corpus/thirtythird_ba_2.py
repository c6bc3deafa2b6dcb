"""Thirty-third held-out part ``ba``, cases ba015–ba028: a reply that completes its own quoted
original, a forwarded .eml from an IT contractor, a Roundcube HTML form with box characters, a
data message with a DOCX letter printing the office's box, a chatty iso-8859-2 film request,
an Italian writing English, a phone corrected on K-9, an Outlook column table, a box ID in a
signature, a town on Zimbra in HTML only, an ODT-only data message, an English forward with an old address,
a replaced contact and a Mac Outlook mail with a PDF table. Written by hand apart from the
extraction rules (see make_thirtythird_ba); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtythird_ba_common import (
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I15, I16, I17, I18 = ico("2748592"), ico("0617342"), ico("2951806"), ico("4462093")
I19, I21, I22, I23 = ico("0813367"), ico("2874431"), ico("0536128"), ico("2690574")
I24, I25, I26, I27, I28 = (
    ico("0028315"),
    ico("2734850"),
    ico("0972016"),
    ico("2418365"),
    ico("0493817"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "ba015-reply-completes-own-original",
        "description": "reply to the office's request for a test address; the production "
        "address and contact are only in the applicant's own quoted original",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Mladoboleslavský rozhled s.r.o.",
            I15,
            None,
            ["198.51.100.150"],
            ["198.51.100.158"],
            "Eliška Vondráčková",
            "vondrackova@mbrozhled.example",
            "+420326771094",
        ),
        "from": "Eliška Vondráčková <vondrackova@mbrozhled.example>",
        "subject": "Re: Doplnění žádosti – chybí testovací IP",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "doplňuji: testovací adresa bude 198.51.100.158. Ostatní údaje platí, jak jsem "
            "psala v původní žádosti níže.\n\n"
            "Eliška Vondráčková\n\n"
            "Dne 16. 9. 2025 v 8:15 podatelna napsal(a):\n"
            "> Dobrý den, ve Vaší žádosti chybí testovací IP adresa. Prosíme o doplnění.\n"
            "> S pozdravem, podatelna ČSÚ, podatelna@czso.cz\n"
            ">\n"
            ">> Dne 15. 9. 2025 Eliška Vondráčková napsala:\n"
            ">> Dobrý den,\n"
            f">> Mladoboleslavský rozhled s.r.o., IČO {I15}, žádá o přístup k XML\n"
            ">> výsledkům voleb. Produkční IP: 198.51.100.150.\n"
            ">> Kontakt: Eliška Vondráčková, tel. 326 771 094\n"
        ),
    },
    {
        "id": "ba016-forwarded-eml-contractor",
        "description": "a journalist forwards the IT contractor's message as an attached .eml; "
        "the contractor is the contact, the medium the applicant",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Hanácké listy, spol. s r.o.",
            I16,
            None,
            ["192.0.2.104", "192.0.2.105"],
            ["192.0.2.110"],
            "Michal Skácel",
            "skacel@netservis-prerov.example",
            "+420777640258",
        ),
        "from": "Barbora Šustrová <sustrova@hanackelisty.example>",
        "subject": "FW: Volby – technické údaje",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"Hanácké listy, spol. s r.o. (IČO {I16}) žádají o přístup k výsledkům voleb ve "
            "formátu XML. Technické údaje jsou v přeposlané zprávě od našeho dodavatele, "
            "pana Skácela, který je pro Vás i kontaktní osobou.\n\n"
            "Barbora Šustrová\nredakce Hanácké listy\n"
        ),
        "attachments": [
            (
                "eml",
                "Volby - technicke udaje.eml",
                {
                    "id": "ba016-inner",
                    "from": "Michal Skácel <skacel@netservis-prerov.example>",
                    "to": "sustrova@hanackelisty.example",
                    "subject": "Volby – technické údaje",
                    "body": (
                        "Dobrý den paní Šustrová,\n\n"
                        "pro žádost na ČSÚ:\n"
                        "ostré servery 192.0.2.104 a 192.0.2.105\n"
                        "testovací 192.0.2.110\n\n"
                        "Kontakt na mě: 777 640 258, skacel@netservis-prerov.example\n\n"
                        "Michal Skácel\nNetServis Přerov s.r.o. – správa serverů\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "ba017-roundcube-html-checkboxes",
        "description": "HTML-only Roundcube mail pasted from a form: ☒ feed, ☐ filming, the "
        "addresses in a two-column table",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Rádio Slovácko s.r.o.",
            I17,
            None,
            ["203.0.113.220"],
            ["203.0.113.221", "203.0.113.222"],
            "Roman Bařina",
            "barina@radioslovacko.example",
            "+420572610488",
        ),
        "from": "Roman Bařina <barina@radioslovacko.example>",
        "subject": "Žádost – média – volby 2025",
        "headers": ROUNDCUBE,
        "html": (
            '<html><head><meta charset="UTF-8"></head><body style="font-size:10pt">'
            "<p>Dobrý den, vyplnil jsem Váš formulář přímo do mailu:</p>"
            "<p>Žadatel: <b>Rádio Slovácko s.r.o.</b><br>"
            f"IČO: {I17}<br>Datová schránka: nemáme</p>"
            "<p>Žádám o:<br>☒ přístup k serveru s výsledky voleb (XML)<br>"
            "☐ povolení k natáčení / pořizování záznamu na sběrných místech</p>"
            '<table border="1" cellspacing="0"><tr><td><b>Produkční IP</b></td>'
            "<td><b>Testovací IP</b></td></tr>"
            "<tr><td>203.0.113.220</td><td>203.0.113.221</td></tr>"
            "<tr><td></td><td>203.0.113.222</td></tr></table>"
            "<p>Kontaktní osoba: Roman Bařina<br>E-mail: barina@radioslovacko.example<br>"
            "Telefon: 572 610 488</p>"
            "<p>--<br>Roman Bařina, Rádio Slovácko, Uherské Hradiště</p></body></html>"
        ),
    },
    {
        "id": "ba018-databox-docx-office-box",
        "description": "data message with a DOCX letter: the address block prints the office's "
        "box and IČO, the applicant's IČO is written 'IČ: 123 45 678'",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vydavatelství Beskydy a.s.",
            I18,
            "w2cj6rm",
            ["198.51.100.170"],
            ["198.51.100.171"],
            "Dana Kubečková",
            "kubeckova@vbeskydy.example",
            "+420556402177",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb",
        "databox": {
            "box": "w2cj6rm",
            "sender": "Vydavatelství Beskydy a.s.",
            "address": "Zahradní 14, 738 01 Frýdek-Místek",
        },
        "attachments": [
            (
                "docx",
                "zadost_CSU.docx",
                {
                    "header": "Vydavatelství Beskydy a.s. | Zahradní 14, Frýdek-Místek | "
                    f"IČ: {I18[:3]} {I18[3:5]} {I18[5:]}",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10\n"
                        "ID datové schránky: 2gfaasy, IČO 00025593",
                        "Naše zn.: VB-2025/311",
                        "Věc: Žádost o zřízení přístupu k výsledkům voleb",
                        "Vydavatelství Beskydy a.s. žádá o přístup k serveru s průběžnými "
                        "výsledky voleb do Poslanecké sněmovny konaných 3. a 4. 10. 2025.",
                        {
                            "rows": [
                                ["Typ", "IP adresa"],
                                ["Produkční", "198.51.100.170"],
                                ["Testovací", "198.51.100.171"],
                            ]
                        },
                        "Kontaktní osoba: Dana Kubečková, tel. 556 402 177, "
                        "kubeckova@vbeskydy.example",
                        "Ing. Aleš Bílek, předseda představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "ba019-chatty-producer-film-crew",
        "description": "chatty iso-8859-2 mail asking only to film; the crew is listed, the "
        "producer is the contact, a declined feed",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Dokument Pictures s.r.o.",
            I19,
            None,
            [],
            [],
            "Tereza Kalinová",
            "kalinova@dokumentpictures.example",
            "+420605218773",
        ),
        "from": "Tereza Kalinová <kalinova@dokumentpictures.example>",
        "subject": "Prosba o natáčení – dokument o sčítání hlasů",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "točíme pro veřejnoprávní televizi dokument o tom, jak se v Česku sčítají "
            "hlasy, a strašně rádi bychom natočili pár minut na některém vašem sběrném "
            "místě. Natáčet by přišli kameraman Vojtěch Malina (603 991 204) a zvukař "
            "Jiří Kos, já jako producentka budu na telefonu.\n\n"
            "Výsledky v XML nepotřebujeme, ty si pak vezmeme z volby.cz.\n\n"
            f"Jsme Dokument Pictures s.r.o., IČO {I19}, Praha 7.\n"
            "Kontakt: Tereza Kalinová, 605 218 773\n\n"
            "Děkuju moc!\nTereza\n"
        ),
    },
    {
        "id": "ba020-italian-english-both",
        "description": "English from an Italian daily with a Partita IVA and an Italian mobile; "
        "asks for the feed and for filming, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Il Corriere dell'Est S.r.l.",
            None,
            None,
            ["192.0.2.222"],
            ["192.0.2.223"],
            "Giulia Ferraro",
            "g.ferraro@corriereest.example",
            "+393471286055",
        ),
        "from": "Giulia Ferraro <g.ferraro@corriereest.example>",
        "subject": "Request: election results XML + filming permission",
        "headers": GMAIL,
        "cte": "8bit",
        "body": (
            "Hello,\n\n"
            "I write from Il Corriere dell'Est S.r.l. (Trieste, Partita IVA 01874520327). We "
            "are sending a team to Prague for your elections and we kindly ask:\n"
            "- to access the XML with results. Our server is 192.0.2.222, and for the test "
            "we use 192.0.2.223\n"
            "- the permission to make video recording in one collection point, also short "
            "interview with staff if possible\n\n"
            "Sorry for my english. For anything please call me +39 347 128 6055.\n\n"
            "Grazie mille,\nGiulia Ferraro\n"
        ),
    },
    {
        "id": "ba021-k9-phone-corrected",
        "description": "K-9 phone note that corrects its own phone number in a second paragraph",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Chebsky expres s.r.o.",
            I21,
            None,
            ["203.0.113.240"],
            [],
            "Stanislav Hudec",
            "hudec@chebskyexpres.example",
            "+420721488360",
        ),
        "from": "Stanislav Hudec <hudec@chebskyexpres.example>",
        "subject": "zadost xml volby Chebsky expres",
        "headers": K9,
        "cte": "8bit",
        "body": (
            f"Dobry den, Chebsky expres s.r.o., IC {I21}, zadame o pristup k xml s "
            "vysledky. Produkcni ip 203.0.113.240, test neni potreba.\n"
            "Kontakt Stanislav Hudec 721 488 630\n\n"
            "Pardon spatne cislo, spravne je 721 488 360.\n\n"
            "Hudec\n"
        ),
    },
    {
        "id": "ba022-outlook-html-columns",
        "description": "Outlook HTML with a plain part: roles as column headers, two rows; a "
        "switchboard before the contact's direct line",
        "style": Style.HTML_TABLE,
        "labels": L(
            [FEED],
            "Plzeňská televize, a.s.",
            I22,
            None,
            ["192.0.2.40", "192.0.2.41"],
            ["192.0.2.48", "192.0.2.49"],
            "Jaroslav Šebek",
            "sebek@plzenskatv.example",
            "+420377155421",
        ),
        "from": "Šebek Jaroslav <sebek@plzenskatv.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Plzeňská televize",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"Plzeňská televize, a.s., IČO {I22}, žádá o přístup k výsledkům voleb.\n\n"
            "Produkční\tTestovací\n192.0.2.40\t192.0.2.48\n192.0.2.41\t192.0.2.49\n\n"
            "Kontakt: Jaroslav Šebek, ústředna 377 155 400, přímá linka 377 155 421\n\n"
            "S pozdravem\nJaroslav Šebek\n"
        ),
        "html": (
            '<html><body lang="CS"><div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,</p>'
            f'<p class="MsoNormal">Plzeňská televize, a.s., IČO {I22}, žádá o přístup '
            "k výsledkům voleb.</p>"
            '<table class="MsoTableGrid" border="1" cellspacing="0">'
            '<tr><td><p class="MsoNormal"><b>Produkční</b></p></td>'
            '<td><p class="MsoNormal"><b>Testovací</b></p></td></tr>'
            '<tr><td><p class="MsoNormal">192.0.2.40</p></td>'
            '<td><p class="MsoNormal">192.0.2.48</p></td></tr>'
            '<tr><td><p class="MsoNormal">192.0.2.41</p></td>'
            '<td><p class="MsoNormal">192.0.2.49</p></td></tr></table>'
            '<p class="MsoNormal">Kontakt: Jaroslav Šebek, ústředna 377 155 400, přímá '
            "linka 377 155 421</p>"
            '<p class="MsoNormal">S pozdravem<br>Jaroslav Šebek</p></div></body></html>'
        ),
    },
    {
        "id": "ba023-evolution-box-in-signature",
        "description": "Evolution mail, the applicant's data-box ID and IČO only in the "
        "signature block, a bank account and a postal code nearby",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Obecně prospěšná společnost Svobodné Sudety, o.p.s.",
            I23,
            "e5rt9pa",
            ["198.51.100.5"],
            ["198.51.100.6"],
            "Vít Hanzal",
            "hanzal@svobodnesudety.example",
            "+420482519307",
        ),
        "from": "Vít Hanzal <hanzal@svobodnesudety.example>",
        "subject": "Prosba o přístup k XML – Svobodné Sudety",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            "provozujeme nezávislý zpravodajský portál pro Liberecko a rádi bychom o "
            "volbách informovali průběžně. Prosíme o přístup k XML s výsledky:\n"
            "produkční server 198.51.100.5, testovací 198.51.100.6.\n"
            "Kontaktní osoba jsem já.\n\n"
            "Děkujeme\n\n"
            "-- \n"
            "Vít Hanzal, koordinátor\n"
            "Obecně prospěšná společnost Svobodné Sudety, o.p.s.\n"
            "Moskevská 27, 460 01 Liberec\n"
            f"IČO: {I23} | ID DS: e5rt9pa | č. ú. 2301845577/2010\n"
            "tel.: +420 482 519 307\n"
        ),
    },
    {
        "id": "ba024-town-zimbra-leading-zeros",
        "description": "a town's webmail (Zimbra), sloppy, IČO with leading zeros written "
        "'IČ 00...'; the mayor signs, the contact is the clerk",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Obec Dolní Újezd",
            I24,
            None,
            ["203.0.113.33"],
            [],
            "Pospíšilová",
            "podatelna@dolniujezd.example",
            "+420461612113",
        ),
        "from": "Obec Dolní Újezd <podatelna@dolniujezd.example>",
        "subject": "volby - výsledky na web obce",
        "headers": ZIMBRA,
        "html": (
            '<html><body><div style="font-family: arial, helvetica, sans-serif; '
            'font-size: 12pt; color: #000000"><div>dobrý den,</div>'
            "<div>obec by chtěla na svých stránkách zobrazovat výsledky voleb z vašeho "
            "serveru, jak to dělají větší města. náš web běží na adrese 203.0.113.33 (říkal "
            "dodavatel webu), test nepotřebujeme.</div>"
            "<div>obec Dolní Újezd, IČ 00" + I24[2:] + "</div>"
            "<div>vše vyřizuje paní Pospíšilová z podatelny, tel. 461 612 113, tento "
            "mail.</div><div><br></div>"
            "<div>s pozdravem<br>Miloslav Černý, starosta</div></div></body></html>"
        ),
    },
    {
        "id": "ba025-databox-odt-only",
        "description": "data message whose annotation is only a reference number; the "
        "application is in the ODT, roles as a table, the backup server counts as production",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Znojemský týdeník, s.r.o.",
            I25,
            "m8fk3ws",
            ["192.0.2.180", "192.0.2.181"],
            ["192.0.2.189"],
            "Ivana Šťastná",
            "stastna@znojemskytydenik.example",
            "+420515220846",
        ),
        "subject": "ZT/0925/17",
        "databox": {
            "box": "m8fk3ws",
            "sender": "Znojemský týdeník, s.r.o.",
            "address": "Obroková 9, 669 02 Znojmo",
        },
        "attachments": [
            (
                "odt",
                "zadost_volby.odt",
                [
                    "Znojemský týdeník, s.r.o.",
                    f"IČO {I25}, Obroková 9, 669 02 Znojmo",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    [
                        ["Server", "IP adresa"],
                        ["hlavní", "192.0.2.180"],
                        ["záložní", "192.0.2.181"],
                        ["testovací", "192.0.2.189"],
                    ],
                    "Kontaktní osoba: Ivana Šťastná, tel. 515 220 846, "
                    "stastna@znojemskytydenik.example",
                    "Ve Znojmě 10. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "ba026-uk-forward-old-address",
        "description": "English mail from a UK broadcaster forwarding a colleague's note; the "
        "former address is said to be out of use, a UK phone",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Northbridge Broadcasting Ltd",
            None,
            None,
            ["198.51.100.212"],
            ["198.51.100.213"],
            "Oliver Grant",
            "oliver.grant@northbridge.example",
            "+442079460318",
        ),
        "from": "Oliver Grant <oliver.grant@northbridge.example>",
        "subject": "Fwd: Czech election feed - our IPs",
        "headers": MAC_OUTLOOK,
        "body": (
            "Hello,\n\n"
            "Northbridge Broadcasting Ltd would like access to the election results XML. "
            "Our engineer's details are below. Please use me as the contact: Oliver Grant, "
            "+44 20 7946 0318.\n\n"
            "Thanks,\nOliver\n\n"
            "Begin forwarded message:\n\n"
            "From: Hannah Lee <hannah.lee@northbridge.example>\n"
            "Subject: Czech election feed - our IPs\n\n"
            "Oliver - the ingest box is now 198.51.100.212 (the former 198.51.100.20 is out "
            "of use since the move). Staging/test is 198.51.100.213.\n"
            "H.\n"
        ),
    },
    {
        "id": "ba027-reply-contact-replaced",
        "description": "reply in which the applicant hands the contact role to a colleague; "
        "the original quoted below names the sender as contact",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Deník Vysočina Dnes s.r.o.",
            I27,
            None,
            ["203.0.113.90"],
            ["203.0.113.91"],
            "Pavlína Krejčí",
            "krejci@vysocinadnes.example",
            "+420731009482",
        ),
        "from": "Jakub Fiala <fiala@vysocinadnes.example>",
        "subject": "Re: Re: Žádost o přístup k výsledkům",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "od příštího týdne odcházím na jinou pozici, kontaktní osobou pro tuto žádost "
            "bude místo mě kolegyně Pavlína Krejčí, krejci@vysocinadnes.example, "
            "731 009 482. Adresy zůstávají.\n\n"
            "Jakub Fiala\n\n"
            "Dne 11. 9. 2025 v 14:20 Jakub Fiala napsal(a):\n"
            "> Dobrý den,\n"
            f"> Deník Vysočina Dnes s.r.o. (IČO {I27}) žádá o přístup k XML.\n"
            "> Produkční IP 203.0.113.90, testovací 203.0.113.91.\n"
            "> Kontakt: Jakub Fiala, 608 115 270\n"
        ),
    },
    {
        "id": "ba028-mac-outlook-pdf-table",
        "description": "Mac Outlook mail pointing to an attached PDF whose wrapped table holds "
        "the addresses; the mail text has a schema version and dates",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Ostravské listy a.s.",
            I28,
            None,
            ["192.0.2.130", "192.0.2.131", "192.0.2.132"],
            ["192.0.2.140"],
            "Hynek Vavřík",
            "vavrik@ostravskelisty.example",
            "+420596118027",
        ),
        "from": "Hynek Vavřík <vavrik@ostravskelisty.example>",
        "subject": "Žádost o přístup k XML – Ostravské listy (příloha PDF)",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v příloze posílám vyplněnou žádost Ostravských listů o přístup k výsledkům "
            "voleb. Stahovač máme připravený na schéma 2.1.0.4 podle dokumentace z 1. 9. "
            "2025.\n\n"
            "Díky,\nHynek Vavřík\n"
        ),
        "attachments": [
            (
                "pdf",
                "Zadost_OstravskeListy.pdf",
                [
                    "Žádost o přístup k výsledkům voleb – Ostravské listy a.s.",
                    {
                        "rows": [
                            ["Položka", "Údaj"],
                            ["Žadatel", "Ostravské listy a.s."],
                            ["IČO", I28],
                            [
                                "Produkční IP adresy (nejvýše 5)",
                                "192.0.2.130, 192.0.2.131, 192.0.2.132",
                            ],
                            ["Testovací IP adresy (nejvýše 5)", "192.0.2.140"],
                            ["Kontaktní osoba", "Hynek Vavřík"],
                            ["Telefon", "+420 596 118 027"],
                            ["E-mail", "vavrik@ostravskelisty.example"],
                        ],
                        "widths": [150, 120],
                    },
                    "V Ostravě dne 17. 9. 2025",
                ],
            )
        ],
    },
]
