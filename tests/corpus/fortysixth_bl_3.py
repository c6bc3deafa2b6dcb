"""Forty-sixth held-out part ``bl``, cases bl029–bl042: a data message whose annotation corrects
the ODT's test address, a phone-typed self-reply adding what the quoted original lacked, an
HTML-only table with a rowspan, a contact in copy named in the text, a Slovak mail with a
Slovak mobile, a chatty cover with an RTF form, a flowed mail with delsp, a data message with a
text file for photos only, an address with a netmask, a filming request struck out in a
postscript, an American freelancer writing English, a German publisher's mobile, a forward of
the office's reply with its contacts, and an HTML-only webmail soup from a blogger.
Written by hand apart from the extraction rules (see make_fortysixth_bl); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortysixth_bl_common import (
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    GMAIL_ANDROID,
    IPHONE,
    OUTLOOK,
    PROTON,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I30, I31, I32 = ico("2830457"), ico("0711938"), ico("2596204"), ico("0048523")
I33, I34, I35, I36 = ico("3617782"), ico("2904316"), ico("0685107"), ico("2268934")
I37, I38, I41 = ico("2752690"), ico("0936418"), ico("2689075")

CASES: list[dict[str, Any]] = [
    {
        "id": "bl029-databox-odt-annotation-corrects",
        "description": "data message: the ODT gives the addresses and contact, the "
        "annotation says the ODT's test address is wrong and gives the right one",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Regionální televize Haná, s.r.o.",
            I29,
            "h5rk2yd",
            ["192.0.2.80", "192.0.2.81"],
            ["192.0.2.91"],
            "Šárka Navrátilová",
            "navratilova@rthana.example",
            "+420732556019",
        ),
        "databox": box(
            "h5rk2yd", "Regionální televize Haná, s.r.o.", "Dolní náměstí 3, 779 00 Olomouc"
        ),
        "subject": "Žádost o přístup k výsledkům voleb – oprava: testovací IP v příloze je "
        "chybně, správně 192.0.2.91",
        "attachments": [
            (
                "odt",
                "zadost_RTH.odt",
                [
                    "Regionální televize Haná, s.r.o.",
                    f"IČO {I29}",
                    "Žádost o přístup k průběžným výsledkům voleb (XML)",
                    [
                        ["Produkční IP", "192.0.2.80, 192.0.2.81"],
                        ["Testovací IP", "192.0.2.19"],
                        ["Kontaktní osoba", "Šárka Navrátilová"],
                        ["E-mail", "navratilova@rthana.example"],
                        ["Telefon", "732 556 019"],
                    ],
                    "V Olomouci dne 11. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "bl030-iphone-self-reply-adds-test",
        "description": "phone-typed reply to the sender's own mail: the test address and "
        "mobile are in the reply without diacritics, the firm, IČO, production address and "
        "the name with diacritics in the quoted original",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Kutnohorské listy s.r.o.",
            I30,
            None,
            ["203.0.113.140"],
            ["203.0.113.141"],
            "Ondřej Píša",
            "pisa@kutnohorskelisty.example",
            "+420737600294",
        ),
        "from": "Ondřej Píša <pisa@kutnohorskelisty.example>",
        "subject": "Re: zadost o pristup k vysledkum voleb",
        "headers": IPHONE,
        "body": "jeste jsem zapomnel test IP: 203.0.113.141\n"
        "a kontakt jsem ja, mobil 737 600 294\n\n"
        "Odeslano z iPhonu\n\n"
        "> 11. 9. 2025 v 21:05, Ondřej Píša <pisa@kutnohorskelisty.example>:\n"
        ">\n"
        "> Dobrý den,\n"
        f"> Kutnohorské listy s.r.o., IČO {I30}, žádají o přístup k XML s výsledky voleb.\n"
        "> Produkční adresa 203.0.113.140.\n"
        "> Ondřej Píša, redakce\n",
    },
    {
        "id": "bl031-thunderbird-html-rowspan",
        "description": "HTML-only Thunderbird mail: a table whose 'IP adresy' cell spans three "
        "rows with the role in the second column, the contact in a last row beside her role",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Rádio Jizera plus, s.r.o.",
            I31,
            None,
            ["198.18.3.10", "198.18.3.11"],
            ["198.18.3.50"],
            "Irena Kubíčková",
            "kubickova@jizeraplus.example",
            "+420603728114",
        ),
        "from": "Irena Kubíčková <kubickova@jizeraplus.example>",
        "subject": "Žádost o přístup k XML výsledkům",
        "headers": TBIRD,
        "html": "<html><head>"
        '<meta http-equiv="content-type" content="text/html; charset=UTF-8"></head><body>'
        "<p>Dobrý den,</p>"
        f"<p>Rádio Jizera plus, s.r.o., IČO {I31}, žádá o přístup k výsledkům voleb ve "
        "formátu XML:</p>"
        '<table border="1" cellpadding="2" cellspacing="2" width="80%"><tbody>'
        '<tr><td rowspan="3">IP adresy</td><td>produkční</td><td>198.18.3.10</td></tr>'
        "<tr><td>produkční</td><td>198.18.3.11</td></tr>"
        "<tr><td>testovací</td><td>198.18.3.50</td></tr>"
        "<tr><td>Kontakt</td><td>Irena Kubíčková, provozní ředitelka</td>"
        "<td>603 728 114</td></tr>"
        "</tbody></table>"
        '<p>Děkuji</p><div class="moz-signature">-- <br>Irena Kubíčková<br>'
        "Rádio Jizera plus</div></body></html>",
    },
    {
        "id": "bl032-outlook-contact-in-copy",
        "description": "the director writes, the colleague in copy is named in the text as "
        "the contact with her mobile; the signature lists both and the newsroom line",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Plzeňské zprávy a.s.",
            I32,
            None,
            ["192.0.2.150", "192.0.2.151", "192.0.2.152"],
            ["192.0.2.160"],
            "Lucie Tomanová",
            "tomanova@plzenskezpravy.example",
            "+420725331084",
        ),
        "from": "Jaroslav Pech <pech@plzenskezpravy.example>",
        "cc": "Lucie Tomanová <tomanova@plzenskezpravy.example>",
        "subject": "Plzeňské zprávy – přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\n"
        f"Plzeňské zprávy a.s., IČO {I32}, žádají o přístup k průběžným výsledkům voleb.\n"
        "Produkce: 192.0.2.150, 192.0.2.151, 192.0.2.152\n"
        "Test: 192.0.2.160\n"
        "Natáčení letos nepotřebujeme.\n\n"
        "Kontaktní osobou pro tuto žádost je kolegyně Lucie Tomanová (v kopii), mobil "
        "725 331 084.\n\n"
        "S pozdravem\n\n"
        "Jaroslav Pech, ředitel | Lucie Tomanová, vedoucí webu, "
        "tomanova@plzenskezpravy.example\n"
        "Plzeňské zprávy a.s. | redakce +420 377 001 200\n",
    },
    {
        "id": "bl033-slovak-mail-slovak-mobile",
        "description": "a Slovak publisher writes in Slovak: both requests, 'produkčné' and "
        "'testovacia' roles, the mobile in Slovak national format (0911 …) with Slovakia in "
        "the signature",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Záhorské noviny, s.r.o.",
            I33,
            None,
            ["203.0.113.230", "203.0.113.231"],
            ["203.0.113.239"],
            "Zuzana Kováčová",
            "kovacova@zahorskenoviny.example",
            "+421911274508",
        ),
        "from": "Zuzana Kováčová <kovacova@zahorskenoviny.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": ZIMBRA,
        "body": "Dobrý deň,\n\n"
        f"Záhorské noviny, s.r.o. (IČO {I33}) žiadajú o prístup k priebežným výsledkom "
        "volieb vo formáte XML a o povolenie nakrúcať vo volebnú noc na vašom pracovisku "
        "v Hodoníne.\n\n"
        "Produkčné IP: 203.0.113.230, 203.0.113.231\n"
        "Testovacia IP: 203.0.113.239\n\n"
        "Kontakt: Zuzana Kováčová, tel. 0911 274 508\n\n"
        "S pozdravom\n"
        "Zuzana Kováčová\n"
        "Záhorské noviny, Senica, Slovensko\n",
    },
    {
        "id": "bl034-evolution-chatty-rtf-form",
        "description": "chatty cover ('Word mi stávkuje') with only the request type in the "
        "text; the RTF table carries the applicant, addresses and a surname-first contact",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Valašské noviny s.r.o.",
            I34,
            None,
            ["198.51.100.10", "198.51.100.11"],
            ["198.51.100.19"],
            "Dušan Krátký",
            "kratky@valasskenoviny.example",
            "+420571611908",
        ),
        "from": "Dušan Krátký <kratky@valasskenoviny.example>",
        "subject": "zadost volby (RTF)",
        "headers": EVOLUTION,
        "body": "Dobrý den,\n\n"
        "žádost posílám v RTF, Word mi zase stávkuje, tak snad to půjde otevřít. Ve "
        "zkratce: chceme jen data, natáčet ne.\n\n"
        "D. Krátký\n",
        "attachments": [
            (
                "rtf",
                "zadost_VN.rtf",
                [
                    "Žádost o přístup k výsledkům voleb",
                    [
                        ["Žadatel", "Valašské noviny s.r.o."],
                        ["IČO", I34],
                        ["Produkční IP", "198.51.100.10, 198.51.100.11"],
                        ["Testovací IP", "198.51.100.19"],
                        ["Kontakt", "Krátký Dušan, kratky@valasskenoviny.example"],
                        ["Tel.", "571 611 908"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "bl035-gmail-android-flowed-delsp",
        "description": "format=flowed with delsp=yes from Gmail on Android: soft breaks "
        "inside the sentence giving the test address and inside the filming request",
        "style": Style.FLOWED,
        "labels": L(
            [FEED, FILM],
            "TV Podbrdy s.r.o.",
            I35,
            None,
            ["198.19.200.1"],
            ["198.19.200.9"],
            "Barbora Němcová",
            "nemcova.b@tvpodbrdy.example",
            "+420604980122",
        ),
        "from": "Barbora Němcová <nemcova.b@tvpodbrdy.example>",
        "subject": "TV Podbrdy – volby",
        "headers": GMAIL_ANDROID,
        "flowed": True,
        "delsp": True,
        "body": "Dobrý den,\n\n"
        f"TV Podbrdy s.r.o. (IČO {I35}) žádá o přístup k XML s výsledky voleb a  \n"
        "o povolení natáčet ve volební noc na pracovišti ČSÚ v Příbrami. Produkční  \n"
        "server je 198.19.200.1, pro testování  \n"
        "použijeme 198.19.200.9.\n\n"
        "Kontakt Barbora Němcová, 604 980 122.\n\n"
        "Barbora Němcová\n",
    },
    {
        "id": "bl036-databox-txt-photos-only",
        "description": "data message from an association with a plain-text file: photos only, "
        "the photographer named besides the contact who is his wife",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Brodský občasník, z.s.",
            I36,
            "w2jn6pb",
            [],
            [],
            "Jitka Burešová",
            "jitka@brodskyobcasnik.example",
            "+420739114620",
        ),
        "databox": box("w2jn6pb", "Brodský občasník, z.s.", "Smetanova 51, 580 01 Havlíčkův Brod"),
        "subject": "Žádost o povolení fotografovat ve volební noc",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Český statistický úřad\n\n"
                f"Spolek Brodský občasník, z.s., IČO {I36}, žádá o povolení fotografovat ve "
                "volební noc na pracovišti ČSÚ v Havlíčkově Brodě. Fotografovat bude Karel "
                "Bureš. Přístup k datům nepotřebujeme.\n\n"
                "Kontakt: Jitka Burešová, jitka@brodskyobcasnik.example, 739 114 620\n\n"
                "Jitka Burešová, předsedkyně spolku\n",
            )
        ],
    },
    {
        "id": "bl037-zimbra-netmask",
        "description": "production written as a network with a dotted netmask (four "
        "addresses), the test address on the same line after a semicolon",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Českolipský deník, s.r.o.",
            I37,
            None,
            ["192.0.2.64", "192.0.2.65", "192.0.2.66", "192.0.2.67"],
            ["192.0.2.70"],
            "Aleš Hájek",
            "hajek@ceskolipskydenik.example",
            "+420774209513",
        ),
        "from": "Aleš Hájek <hajek@ceskolipskydenik.example>",
        "subject": "přístup k výsledkům voleb",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\n"
        f"za Českolipský deník, s.r.o. (IČO {I37}) prosím o přístup k XML výsledkům.\n"
        "Produkční síť 192.0.2.64 maska 255.255.255.252; testovací stroj 192.0.2.70.\n"
        "Kontakt: Aleš Hájek, 774 209 513.\n\n"
        "Díky a hezký den\nAleš Hájek\n",
    },
    {
        "id": "bl038-roundcube-ps-strikes-filming",
        "description": "asks for data and filming, then a P.S. strikes the filming; an old "
        "production address is said to be no longer valid",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Jablonecký týden s.r.o.",
            I38,
            None,
            ["203.0.113.60"],
            ["203.0.113.66"],
            "Michal Souček",
            "soucek@jabloneckytyden.example",
            "+420728661540",
        ),
        "from": "Michal Souček <soucek@jabloneckytyden.example>",
        "subject": "Volby – přístup k datům a natáčení",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\n"
        f"Jablonecký týden s.r.o., IČO {I38}, žádá o přístup k XML s výsledky voleb a "
        "o povolení natáčet na pracovišti v Liberci.\n"
        "Produkční IP 203.0.113.60 (dříve jsme měli 203.0.113.59, ta už neplatí), "
        "testovací 203.0.113.66.\n"
        "Kontakt: Michal Souček, 728 661 540.\n\n"
        "S pozdravem\nMichal Souček\n\n"
        "P.S. Tak natáčení škrtněte, kolega mi právě psal, že štáb ten večer nemáme. Data "
        "ale chceme.\n",
    },
    {
        "id": "bl039-us-freelancer-film-only",
        "description": "American freelancer writing English: filming only, the feed declined, "
        "her US cell in (202) 555-… form, no company",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Rachel Dunmore",
            None,
            None,
            [],
            [],
            "Rachel Dunmore",
            "rachel@dunmorereports.example",
            "+12025550147",
        ),
        "from": "Rachel Dunmore <rachel@dunmorereports.example>",
        "subject": "Filming request - election night, Prague",
        "headers": GMAIL,
        "body": "Hi there,\n\n"
        "I'm an independent journalist based in Washington, DC, reporting on the Czech "
        "elections. I'd like permission to film and photograph (handheld, no lights) at your "
        "Prague collection point on election night. I don't need the data feed.\n\n"
        "My US cell is (202) 555-0147; I'll be in Prague from October 1.\n\n"
        "Thanks so much,\nRachel Dunmore\n",
    },
    {
        "id": "bl040-german-publisher-mobile-no-test",
        "description": "German publisher writing German: data and filming, no test access "
        "wanted, the mobile in German national format (0171 …) with Dresden, Deutschland in "
        "the signature",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Sächsischer Bote Verlag GmbH & Co. KG",
            None,
            None,
            ["198.18.77.10", "198.18.77.11"],
            [],
            "Jonas Brenner",
            "j.brenner@saechsischerbote.example",
            "+491714429308",
        ),
        "from": "Jonas Brenner <j.brenner@saechsischerbote.example>",
        "subject": "Wahlergebnisse XML und Drehgenehmigung",
        "headers": TBIRD,
        "body": "Guten Tag,\n\n"
        "für unsere Berichterstattung über die Wahlen in Tschechien bitten wir um Zugang "
        "zu den XML-Wahlergebnissen sowie um eine Drehgenehmigung für ein Kamerateam am "
        "Wahlabend in Ústí nad Labem.\n\n"
        "Server (Produktion): 198.18.77.10 und 198.18.77.11\n"
        "Einen Testzugang brauchen wir nicht.\n\n"
        "Ansprechpartner: Jonas Brenner, Mobil 0171 4429308\n\n"
        "Viele Grüße\n"
        "Jonas Brenner\n"
        "Sächsischer Bote Verlag GmbH & Co. KG, Dresden, Deutschland\n",
    },
    {
        "id": "bl041-proton-forward-office-reply",
        "description": "forwards the office's reply listing what to send, with the office's "
        "IČO, box, phone and e-mail, and answers point by point above it",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Noviny pod Ještědem, s.r.o.",
            I41,
            None,
            ["192.0.2.30", "192.0.2.31"],
            ["192.0.2.35"],
            "Lenka Štěpánková",
            "stepankova@novinypodjestedem.example",
            "+420606120884",
        ),
        "from": "Lenka Štěpánková <stepankova@novinypodjestedem.example>",
        "subject": "Fwd: Re: přístup k výsledkům",
        "headers": PROTON,
        "body": "Dobrý den,\n\n"
        "posílám, co jste chtěli:\n"
        f"1. Noviny pod Ještědem, s.r.o., IČO {I41}\n"
        "2. produkční 192.0.2.30, 192.0.2.31 / testovací 192.0.2.35\n"
        "3. Lenka Štěpánková, stepankova@novinypodjestedem.example, 606 120 884\n\n"
        "Lenka Štěpánková\n\n"
        "------- Forwarded Message -------\n"
        "From: Volby ČSÚ <volby@czso.cz>\n"
        "Date: On Thursday, September 11th, 2025 at 14:03\n"
        "Subject: Re: přístup k výsledkům\n\n"
        "Dobrý den,\n"
        "pro zařazení potřebujeme: 1. název a IČO žadatele, 2. produkční a testovací IP "
        "adresy (nejvýše 5 + 5), 3. kontaktní osobu s e-mailem a telefonem.\n"
        "Český statistický úřad, volby@czso.cz, tel. +420 274 052 733\n"
        "IČO 00025593, datová schránka 2gfaasy\n",
    },
    {
        "id": "bl042-seznam-html-only-blogger",
        "description": "HTML-only webmail soup from a blogger without a company or IČO: <br> "
        "lines, a span around the test address, both requests, the phone in bold",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Adam Šindelář",
            None,
            None,
            ["198.51.100.240"],
            ["198.51.100.241"],
            "Adam Šindelář",
            "sindelar.adam@sumavskyblog.example",
            "+420720412335",
        ),
        "from": "Adam Šindelář <sindelar.adam@sumavskyblog.example>",
        "subject": "volby - blog",
        "headers": SEZNAM,
        "html": "<div>Dobrý den,<br><br>jsem autor blogu o Šumavě (píšu ho sám, bez "
        "firmy) a chtěl bych poprosit o přístup k výsledkům voleb v XML <b>a</b> o povolení "
        "fotit ve volební noc na pracovišti ČSÚ v Klatovech.<br><br>"
        "IP serveru: 198.51.100.240<br>"
        'testovací: <span style="font-family:monospace">198.51.100.241</span><br><br>'
        "Telefon: <b>+420 720 412 335</b><br><br>"
        "Děkuji<br>Adam Šindelář</div>",
    },
]
