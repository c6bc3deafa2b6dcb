"""Nineteenth held-out part ``ma``, cases ma001–ma014: notes typed on phones, an Outlook on the
web table, a reply quoting the office's press release, a correction of one octet, a forward from
IT, foreign senders, data messages with a file, signatures naming several people and an IT
contractor's mail with a netmask and version numbers. Written by hand apart from the extraction
rules (see make_nineteenth_ma); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.nineteenth_ma_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I1, I2, I3, I5 = ico("2874410"), ico("0563218"), ico("2918035"), ico("2640718")
I7, I8, I9, I11 = ico("0029931"), ico("2267154"), ico("4615839"), ico("3650112")
I12, I13, I14 = ico("2793306"), ico("0720449"), ico("2511874")

CASES: list[dict[str, Any]] = [
    {
        "id": "ma001-iphone-prod-tst-abbrev",
        "description": "three lines typed on an iPhone without diacritics, roles as 'prod' and "
        "'tst', IČO written as 'ic.' with a space",
        "style": Style.PHONE_NOTE,
        "labels": L(
            [FEED],
            "Radio Krokus s.r.o.",
            I1,
            None,
            ["198.51.100.23", "198.51.100.24"],
            ["198.51.100.25"],
            "Ondřej Hejl",
            "hejl@radiokrokus.example",
            "+420777412903",
        ),
        "from": "Ondřej Hejl <hejl@radiokrokus.example>",
        "subject": "volby xml",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, chtel bych pristup na ten xml server s vysledky pro Radio Krokus s.r.o. "
            f"(ic. {I1[:4]} {I1[4:]})\n"
            "prod 198.51.100.23 + 198.51.100.24\n"
            "tst 198.51.100.25\n"
            "Hejl, 777 412 903\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "ma002-owa-html-columns",
        "description": "HTML-only Outlook on the web mail, roles as column headers of a table "
        "whose second column has one empty cell; the contact is a colleague, not the sender",
        "style": Style.HTML_ONLY,
        "labels": L(
            [FEED],
            "Polabský týdeník, s.r.o.",
            I2,
            None,
            ["203.0.113.10", "203.0.113.11"],
            ["203.0.113.12"],
            "Radka Moravcová",
            "moravcova@polabskytydenik.example",
            "+420604882115",
        ),
        "from": "Jaroslav Beneš <benes@polabskytydenik.example>",
        "subject": "Přístup k XML výsledkům voleb do Poslanecké sněmovny",
        "headers": OWA,
        "html": (
            '<html><head><meta charset="utf-8"></head><body>'
            '<div style="font-family:Aptos,Arial,sans-serif;font-size:12pt">'
            "<div>Dobrý den,</div><div><br></div>"
            "<div>za vydavatele Polabský týdeník, s.r.o. (IČO "
            f"{I2}) prosíme o povolení přístupu na server s průběžnými výsledky. Adresy, ze "
            "kterých se budeme připojovat:</div><div><br></div>"
            '<table border="1" style="border-collapse:collapse">'
            '<thead><tr><th style="padding:4px">Produkční</th>'
            '<th style="padding:4px">Testovací</th></tr></thead>'
            '<tbody><tr><td style="padding:4px">203.0.113.10</td>'
            '<td style="padding:4px">203.0.113.12</td></tr>'
            '<tr><td style="padding:4px">203.0.113.11</td>'
            '<td style="padding:4px">&nbsp;</td></tr></tbody></table>'
            "<div><br></div>"
            "<div>Kontaktní osobou pro technické záležitosti je naše kolegyně Bc. Radka "
            "Moravcová, moravcova@polabskytydenik.example, mobil 604&nbsp;882&nbsp;115. "
            "Já budu na dovolené.</div><div><br></div>"
            "<div>Díky a hezký den</div>"
            "<div>Jaroslav Beneš<br>šéfredaktor<br>Polabský týdeník<br>"
            "Palackého 318/9, 290 01 Poděbrady<br>tel. 325 611 402</div>"
            "</div></body></html>"
        ),
    },
    {
        "id": "ma003-reply-quoting-press-release",
        "description": "format=flowed reply under the office's quoted press release (its IČO, "
        "data box, phone, a port); both requests, one IPv6 production address, no test one",
        "style": Style.REPLY,
        "labels": L(
            [FEED, FILM],
            "TV Brdy s.r.o.",
            I3,
            None,
            ["2001:db8:4a::10"],
            [],
            "Lenka Šustrová",
            "sustrova@tvbrdy.example",
            "+420728301556",
        ),
        "from": "Lenka Šustrová <sustrova@tvbrdy.example>",
        "subject": "Re: Tisková zpráva: Přístup médií k výsledkům voleb",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "na základě Vaší tiskové zprávy níže bychom rádi požádali o obojí: přístup \n"
            "k serveru s výsledky a také o povolení natáčet ve Vašem sběrném místě \n"
            "v Příbrami ve volební noci.\n\n"
            "Připojovat se budeme jen z jedné adresy, 2001:db8:4a::10 (IPv6), testovací \n"
            "nemáme. Žadatel: TV Brdy s.r.o., IČO " + I3 + ".\n\n"
            "Kontakt: Lenka Šustrová, tel. +420 728 301 556.\n\n"
            "S pozdravem\nLenka Šustrová\nTV Brdy\n\n"
            "Dne 2. 9. 2025 v 10:14 Český statistický úřad napsal(a):\n"
            "> Český statistický úřad (IČO 00025593) upozorňuje média, že žádosti o \n"
            "> přístup k serveru s výsledky voleb je nutné podat nejpozději do \n"
            "> 19. 9. 2025 na adresu podatelna@czso.cz nebo do datové schránky 2gfaasy.\n"
            "> Data budou k dispozici ve formátu XML přes HTTPS (port 443).\n"
            ">\n"
            "> Kontakt pro média: tiskové oddělení ČSÚ, tel. 274 052 733\n"
        ),
    },
    {
        "id": "ma004-seznam-freelancer-octet-fix",
        "description": "a freelancer without an IČO on Seznam corrects the test address's last "
        "octet in a postscript",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Matěj Koubek",
            None,
            None,
            ["192.0.2.140"],
            ["192.0.2.77"],
            "Matěj Koubek",
            "matej.koubek@email.example",
            "+420606551209",
        ),
        "from": "Matěj Koubek <matej.koubek@email.example>",
        "subject": "žádost - výsledky voleb xml",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "jsem nezávislý novinář a provozuji zpravodajský web o dění na Kladensku. "
            "Chtěl bych Vás požádat o přístup k XML s výsledky voleb. IČO nemám, píšu za sebe "
            "jako fyzická osoba.\n\n"
            "Můj server: 192.0.2.140\n"
            "Testovací: 192.0.2.76\n\n"
            "Telefon 606 551 209.\n\n"
            "Děkuji, Matěj Koubek\n\n"
            "PS: omlouvám se, překlep - testovací je 192.0.2.77, ne .76.\n"
        ),
    },
    {
        "id": "ma005-forward-from-it-block",
        "description": "an editor forwards IT's mail with a /30 production block and a test "
        "address; the contact is the IT man from the quoted mail, with his phone",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Jihomoravský kurýr a.s.",
            I5,
            None,
            ["198.51.100.128", "198.51.100.129", "198.51.100.130", "198.51.100.131"],
            ["198.51.100.200"],
            "Petr Zach",
            "zach@jmkuryr.example",
            "+420539014227",
        ),
        "from": "Alena Vrbová <vrbova@jmkuryr.example>",
        "subject": "FW: adresy pro volby",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "přeposílám podklady od našeho IT. Společnost Jihomoravský kurýr a.s., IČO "
            f"{I5}, tímto žádá o přístup k výsledkům voleb ve formátu XML z adres uvedených "
            "níže. Kontaktní osobou pro technické věci bude pan Zach (viz jeho e-mail níže).\n\n"
            "S pozdravem\n"
            "Alena Vrbová\n"
            "asistentka vedení\n"
            "Jihomoravský kurýr a.s. | Cejl 62, 602 00 Brno\n\n"
            "From: Petr Zach <zach@jmkuryr.example>\n"
            "Sent: Monday, September 8, 2025 3:41 PM\n"
            "To: Alena Vrbová <vrbova@jmkuryr.example>\n"
            "Subject: adresy pro volby\n\n"
            "Ahoj Alčo,\n\n"
            "pro ČSÚ: produkce poběží z bloku 198.51.100.128/30 (všechny čtyři adresy), "
            "na testy máme 198.51.100.200.\n\n"
            "Petr\n\n"
            "Petr Zach\n"
            "správa IT\n"
            "přímá linka 539 014 227\n"
            "ústředna 539 014 200\n"
        ),
    },
    {
        "id": "ma006-german-crew-english",
        "description": "a German radio station writing English asks only to record at a "
        "collection point, lists its crew; the producer is the contact, German phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Radio Elbtal GmbH",
            None,
            None,
            [],
            [],
            "Katrin Oelschläger",
            "k.oelschlaeger@radio-elbtal.example",
            "+4935148127730",
        ),
        "from": "Katrin Oelschläger <k.oelschlaeger@radio-elbtal.example>",
        "subject": "Request: audio recording during election night, Prague",
        "headers": APPLE,
        "body": (
            "Dear Sir or Madam,\n\n"
            "Radio Elbtal GmbH (Dresden) is preparing a feature on the Czech parliamentary "
            "elections. We would like to ask for permission to record audio and take a few "
            "photos at one of your collection points in Prague on the evening of 4 October.\n\n"
            "We do not need access to the results server, our newsroom will use the public "
            "website.\n\n"
            "Crew:\n"
            "- Jonas Reuter, reporter, +49 171 5502 184\n"
            "- Milan Dvořák, interpreter\n\n"
            "Please send the permit to me, I am the producer and your contact person: "
            "+49 351 4812 7730 (office).\n\n"
            "Kind regards,\n"
            "Katrin Oelschläger\n"
            "Producer, Current Affairs\n"
            "Radio Elbtal GmbH · Königsbrücker Str. 96 · 01099 Dresden\n"
            "Amtsgericht Dresden HRB 41 227\n"
        ),
    },
    {
        "id": "ma007-databox-txt-municipality",
        "description": "a municipality's data message: annotation is only a title, the "
        "application is an attached plain-text file with the IČO and the addresses",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Vranovice nad Dyjí",
            I7,
            "q3vt8na",
            ["203.0.113.70"],
            ["203.0.113.71"],
            "Zdeněk Plachý",
            "plachy@vranovice-nad-dyji.example",
            "+420519402113",
        ),
        "subject": "Žádost o přístup k výsledkům voleb",
        "databox": {
            "box": "q3vt8na",
            "sender": "Město Vranovice nad Dyjí",
            "address": "Masarykovo nám. 1, 691 55 Vranovice nad Dyjí",
            "type": 10,
        },
        "attachments": [
            (
                "txt",
                "zadost_volby.txt",
                "Město Vranovice nad Dyjí\nMasarykovo nám. 1\n691 55 Vranovice nad Dyjí\n"
                f"IČO: {I7}\n\n"
                "Věc: Žádost o zpřístupnění výsledků voleb ve formátu XML\n\n"
                "Město provozuje informační obrazovky a webové stránky, na kterých bude "
                "ve volební noci zobrazovat výsledky za obec a okres. Žádáme o povolení "
                "přístupu z těchto adres:\n"
                "  produkční server ........ 203.0.113.70\n"
                "  testovací server ........ 203.0.113.71\n\n"
                "Kontaktní osoba: Zdeněk Plachý, správce IT, tel. 519 402 113, "
                "plachy@vranovice-nad-dyji.example\n\n"
                "Ing. Hana Kocourková\nstarostka\n",
            )
        ],
    },
    {
        "id": "ma008-gmail-student-tv-chatty",
        "description": "chatty multipart/alternative Gmail from a student TV association, both "
        "requests, test address described as the newsroom laptop",
        "style": Style.CHATTY,
        "labels": L(
            [FEED, FILM],
            "Kampus TV, z. s.",
            I8,
            None,
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Tereza Hudcová",
            "kampustv.redakce@gmail.example",
            "+420736220418",
        ),
        "from": "Kampus TV <kampustv.redakce@gmail.example>",
        "subject": "Dotaz + žádost: volební noc (studentská televize)",
        "headers": GMAIL,
        "body": (
            "Ahoj / dobrý den :)\n\n"
            "jsme studentská televize Kampus TV, z. s. (IČO "
            f"{I8}) a letos poprvé chceme dělat živé volební studio. Takže bychom moc rádi "
            "dvě věci:\n\n"
            "1) přístup k vašemu XML s výsledky - server máme na 192.0.2.33, a ještě "
            "bychom to předtím zkoušeli z notebooku v redakci, ten má 192.0.2.34\n"
            "2) povolení natáčet u vás ve sběrném místě v Olomouci, přijdou dva lidi s kamerou\n\n"
            "Kdyby cokoliv, volejte mně, jsem koordinátorka projektu: Tereza Hudcová, "
            "736 220 418.\n\n"
            "Děkujeme moc!!\nTereza za celou Kampus TV\n"
        ),
        "html": (
            '<div dir="ltr"><div>Ahoj / dobrý den :)</div><br>'
            "<div>jsme studentská televize Kampus TV, z. s. (IČO "
            f"{I8}) a letos poprvé chceme dělat živé volební studio. Takže bychom moc rádi "
            "dvě věci:</div><br>"
            "<div>1) přístup k vašemu XML s výsledky - server máme na 192.0.2.33, a ještě "
            "bychom to předtím zkoušeli z notebooku v redakci, ten má 192.0.2.34</div>"
            "<div>2) povolení natáčet u vás ve sběrném místě v Olomouci, přijdou dva lidi "
            "s kamerou</div><br>"
            "<div>Kdyby cokoliv, volejte mně, jsem koordinátorka projektu: Tereza Hudcová, "
            "736 220 418.</div><br>"
            "<div>Děkujeme moc!!</div><div>Tereza za celou Kampus TV</div></div>"
        ),
    },
    {
        "id": "ma009-signature-three-people-box",
        "description": "the contact is named in the text and is the second of three people in "
        "the signature, each with a phone; the signature carries the publisher's box ID",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Vydavatelství Zlatý klas, spol. s r.o.",
            I9,
            "x7kp3am",
            ["198.51.100.77", "198.51.100.78"],
            ["198.51.100.79"],
            "Lubomír Šafránek",
            "safranek@zlatyklas.example",
            "+420602118934",
        ),
        "from": "Redakce Zlatý klas <redakce@zlatyklas.example>",
        "subject": "Žádost o přístup – XML výsledky voleb",
        "headers": OUTLOOK,
        "body": (
            "Vážení,\n\n"
            "Vydavatelství Zlatý klas, spol. s r.o. žádá o přístup k serveru s výsledky voleb "
            "pro zpravodajský portál zlatyklas.example.\n\n"
            "Produkční adresy: 198.51.100.77, 198.51.100.78\n"
            "Testovací adresa: 198.51.100.79\n\n"
            "Kontaktní osobou je Ing. Lubomír Šafránek (IT).\n\n"
            "S pozdravem\n\n"
            "Mgr. Jitka Bártová | šéfredaktorka | +420 603 442 017 | bartova@zlatyklas.example\n"
            "Ing. Lubomír Šafránek | správce sítě | +420 602 118 934 | safranek@zlatyklas.example\n"
            "Eva Nováková | asistentka | +420 380 712 300 | novakova@zlatyklas.example\n\n"
            "Vydavatelství Zlatý klas, spol. s r.o.\n"
            f"Rooseveltova 14, 381 01 Český Krumlov | IČO {I9} | ID DS: x7kp3am\n"
        ),
    },
    {
        "id": "ma010-roundcube-html-checkboxes",
        "description": "HTML-only Roundcube mail with ballot-box characters: feed ticked, "
        "recording unticked; addresses in a definition-like list",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Hanácký rozhlas s.r.o.",
            I11,
            None,
            ["203.0.113.150"],
            ["203.0.113.151", "203.0.113.152"],
            "Vít Sedláček",
            "sedlacek@hanackyrozhlas.example",
            "+420585220190",
        ),
        "from": "Vít Sedláček <sedlacek@hanackyrozhlas.example>",
        "subject": "Volby 2025 - přihláška médií",
        "headers": ROUNDCUBE,
        "html": (
            '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=UTF-8"></head><body style="font-size:10pt;'
            'font-family:Verdana,Geneva,sans-serif">'
            "<p>Dobrý den,</p><p>vyplnil jsem údaje podle Vašeho pokynu:</p>"
            "<p><strong>Žadatel:</strong> Hanácký rozhlas s.r.o.<br>"
            f"<strong>IČO:</strong> {I11}<br>"
            "<strong>Žádáme o:</strong><br>"
            "&#9745; přístup k XML výsledkům<br>"
            "&#9744; povolení k pořizování záznamu ve sběrném místě</p>"
            "<p><strong>IP produkce:</strong> 203.0.113.150<br>"
            "<strong>IP test:</strong> 203.0.113.151, 203.0.113.152</p>"
            "<p><strong>Kontakt:</strong> Vít Sedláček, tel. 585&nbsp;220&nbsp;190</p>"
            "<p>Děkuji<br>--<br>Vít Sedláček<br>technik vysílání, Hanácký rozhlas</p>"
            "</body></html>"
        ),
    },
    {
        "id": "ma011-slovak-v-tomto-poradi",
        "description": "Slovak mail giving the roles only by order ('v tomto poradí'); the "
        "IČO is written with spaces, Slovak mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Východoslovenské noviny, s. r. o.",
            I12,
            None,
            ["198.51.100.90"],
            ["198.51.100.91"],
            "Martina Kováčová",
            "kovacova@vsnoviny.example",
            "+421905331822",
        ),
        "from": "Martina Kováčová <kovacova@vsnoviny.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb (XML)",
        "headers": TBIRD,
        "body": (
            "Dobrý deň,\n\n"
            "naše vydavateľstvo Východoslovenské noviny, s. r. o., IČO "
            f"{I12[:2]} {I12[2:5]} {I12[5:]}, by chcelo sledovať výsledky volieb do "
            "Poslaneckej snemovne aj pre našich čitateľov na východnom Slovensku. Prosím "
            "o pridelenie prístupu na server s výsledkami.\n\n"
            "Produkčná a testovacia IP adresa sú 198.51.100.90 a 198.51.100.91, v tomto "
            "poradí.\n\n"
            "Kontaktná osoba: Martina Kováčová, +421 905 331 822.\n\n"
            "Ďakujem a prajem pekný deň,\n"
            "Martina Kováčová\nredaktorka, Košice\n"
        ),
    },
    {
        "id": "ma012-databox-docx-office-box",
        "description": "data message with a DOCX letter whose address block prints the office's "
        "own box and IČO; addresses in a table with a merged role cell over two rows",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Krajské listy Vysočina a.s.",
            I13,
            "b9dw4ye",
            ["192.0.2.180", "192.0.2.181"],
            ["192.0.2.190"],
            "Filip Dočekal",
            "docekal@krajskelisty.example",
            "+420567300482",
        ),
        "subject": "Žádost – přístup k serveru s výsledky voleb",
        "databox": {
            "box": "b9dw4ye",
            "sender": "Krajské listy Vysočina a.s.",
            "address": "Havlíčkovo nábř. 23, 586 01 Jihlava",
        },
        "attachments": [
            (
                "docx",
                "zadost_CSU.docx",
                {
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10\n"
                        "IČO: 00025593, ID datové schránky: 2gfaasy",
                        "V Jihlavě dne 10. 9. 2025",
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        "Společnost Krajské listy Vysočina a.s., IČO "
                        f"{I13}, žádá o zřízení přístupu k serveru s výsledky voleb.",
                        {
                            "rows": [
                                ["Účel", "IP adresa"],
                                ["Produkce", "192.0.2.180"],
                                ["", "192.0.2.181"],
                                ["Test", "192.0.2.190"],
                            ],
                            "merge": [(1, 0, 2, 0)],
                        },
                        "Kontaktní osoba: Filip Dočekal, tel. 567 300 482, "
                        "docekal@krajskelisty.example",
                        "Mgr. Richard Vostal, předseda představenstva",
                    ]
                },
            )
        ],
    },
    {
        "id": "ma013-contractor-netmask-version",
        "description": "an IT contractor applies for a daily; production given as an address "
        "with a netmask (a block of four), noise of a client version and a port",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Chebský deník Pravda s.r.o.",
            I14,
            None,
            ["192.0.2.64", "192.0.2.65", "192.0.2.66", "192.0.2.67"],
            [],
            "Roman Kratochvíl",
            "kratochvil@netsluzby-kv.example",
            "+420608774311",
        ),
        "from": "Roman Kratochvíl <kratochvil@netsluzby-kv.example>",
        "subject": "Chebský deník Pravda - žádost o přístup k XML (volby 2025)",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            "jsem dodavatel IT pro společnost Chebský deník Pravda s.r.o. (IČO "
            f"{I14}) a píšu jejím jménem, pověření od jednatele přikládám níže v textu.\n\n"
            "Náš stahovací klient (volby-fetch v2.4.1.7) poběží na serverech v rozsahu "
            "192.0.2.64 s maskou 255.255.255.252, odchozí spojení na port 443. Testovací "
            "prostředí nebudeme potřebovat.\n\n"
            "Kontaktní osobou pro technické záležitosti jsem já.\n\n"
            "Pověření: Jednatel společnosti Chebský deník Pravda s.r.o., Karel Vaněk, "
            "pověřuje firmu NetSlužby KV (Roman Kratochvíl) jednáním ve věci přístupu "
            "k výsledkům voleb.\n\n"
            "--\n"
            "Roman Kratochvíl\n"
            "NetSlužby KV | IČO 74125637 | +420 608 774 311\n"
            "Sokolovská 1200/5, 360 05 Karlovy Vary\n"
        ),
    },
    {
        "id": "ma014-iphone-reply-new-contact",
        "description": "an iPhone reply to the sender's own earlier mail: the new text replaces "
        "the contact person and phone and says the quoted addresses still hold",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Zpravodaj Slovácka s.r.o.",
            ico("2904817"),
            None,
            ["203.0.113.201"],
            ["203.0.113.202"],
            "Vojtěch Tichý",
            "tichy@zpravodajslovacka.example",
            "+420731660245",
        ),
        "from": "Hana Straková <strakova@zpravodajslovacka.example>",
        "subject": "Re: Žádost o přístup k XML výsledkům",
        "headers": IPHONE,
        "body": (
            "Dobry den, jeste zmena - kontaktni osobou nebudu ja, ale kolega Vojtěch Tichý, "
            "tichy@zpravodajslovacka.example, tel 731 660 245. Adresy plati ty z puvodniho "
            "mailu nize.\n"
            "Dekuji, Strakova\n\n"
            "Odesláno z iPhonu\n\n"
            "> 11. 9. 2025 v 9:02, Hana Straková <strakova@zpravodajslovacka.example>:\n"
            ">\n"
            "> Dobrý den,\n"
            ">\n"
            "> Zpravodaj Slovácka s.r.o., IČO " + ico("2904817") + ", žádá o přístup "
            "k XML s výsledky voleb.\n"
            "> Produkční server: 203.0.113.201\n"
            "> Testovací server: 203.0.113.202\n"
            ">\n"
            "> Kontakt: Hana Straková, 572 540 118\n"
            ">\n"
            "> Hana Straková\n"
            "> redakce Uherské Hradiště\n"
        ),
    },
]
