"""Fifty-eighth held-out part ``cy``, cases cy001–cy014: a phone-typed note without diacritics,
a chatty test address given as "the same, only .71", an HTML table with bold row headers, a
reply quoting the office's approval letter of last year, a deputy's signature with the contact
in a P.S., a press agency's Prague bureau in English, a mail in capitals, a forward with one
added address, a data message with a DOCX, a self-correcting windows-1250 mail, a flowed mail
wrapping inside a role sentence, an HTML-only English mail from Poland, a sloppy filming
request and a signature naming three people. Written by hand apart from the extraction rules
(see make_fiftyeighth_cy); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyeighth_cy_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I1, I2, I3, I4, I5 = ico("2748160"), ico("0583927"), ico("2619034"), ico("0471852"), ico("2835671")
I8, I9, I10, I11 = ico("0926348"), ico("2710593"), ico("0364187"), ico("2587419")
I13, I14 = ico("0819264"), ico("2946702")

CASES: list[dict[str, Any]] = [
    {
        "id": "cy001-iphone-no-diacritics",
        "description": "typed on a phone without diacritics: the second production address is "
        "written only as its last octet ('a .15'), the test one follows after 'test'",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Obzor Media s.r.o.",
            I1,
            None,
            ["198.51.100.14", "198.51.100.15"],
            ["203.0.113.9"],
            "Petr Kopecky",
            "kopecky@obzormedia.example",
            "+420603112847",
        ),
        "from": "Petr Kopecky <kopecky@obzormedia.example>",
        "subject": "zadost vysledky voleb",
        "headers": IPHONE,
        "cte": "7bit",
        "charset": "us-ascii",
        "body": "Dobry den,\n\nposilam zadost o pristup k xml s prubeznymi vysledky voleb pro "
        "Obzor Media s.r.o., ICO " + I1 + ".\nprodukce 198.51.100.14 a .15\ntest 203.0.113.9\n"
        "kontakt jsem ja, tel 603 112 847\n\ndiky Kopecky\n\nOdeslano z iPhonu\n",
    },
    {
        "id": "cy002-chatty-test-same-but-x1",
        "description": "chatty Gmail note: the test address is given as 'ta samá co produkce, "
        "jen .71 místo .70'; signature with IČO and a second person thanked",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Kraj Online, z.s.",
            I2,
            None,
            ["198.51.100.70"],
            ["198.51.100.71"],
            "Jitka Machová",
            "jitka@krajonline.example",
            "+420728406315",
        ),
        "from": "Jitka Machová <jitka@krajonline.example>",
        "subject": "Re: přístup na volby :)",
        "headers": GMAIL,
        "body": "Ahoj, teda dobrý den :)\n\nzase se blíží volby a my bychom zase rádi "
        "tahali výsledky z vašeho XML. Loni jsme to nestihli, letos jsme v předstihu!\n\n"
        "Produkce bude 198.51.100.70, testovací ta samá co produkce, jen .71 místo .70 "
        "(Honza to tak nastavil, díky mu).\n\nKdyby něco, volejte mi klidně na 728 406 315, "
        "jsem k zastižení i večer.\n\nMějte se\nJitka Machová\nKraj Online, z.s. | IČO "
        + I2
        + "\n",
    },
    {
        "id": "cy003-html-table-bold-row-headers",
        "description": "HTML-only Outlook mail: a two-column table whose role words are bold row "
        "headers; the editor-in-chief row is not the contact row",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Hradecký večerník a.s.",
            I3,
            None,
            ["203.0.113.44", "203.0.113.45"],
            ["203.0.113.50"],
            "Šárka Doležalová",
            "dolezalova@hradeckyvecernik.example",
            "+420495218773",
        ),
        "from": "Šárka Doležalová <dolezalova@hradeckyvecernik.example>",
        "subject": "Žádost - volby, XML + natáčení",
        "headers": OUTLOOK,
        "html": "<html><body><p>Dobrý den,</p><p>žádáme o zpřístupnění průběžných výsledků "
        "na dedikovaném serveru a současně o povolení natáčet na vašem krajském pracovišti "
        'v Hradci Králové.</p><table border="1" cellpadding="4">'
        "<tr><td><b>Žadatel</b></td><td>Hradecký večerník a.s., IČO " + I3 + "</td></tr>"
        "<tr><td><b>Šéfredaktor</b></td><td>Mgr. Aleš Kouba, kouba@hradeckyvecernik.example"
        "</td></tr>"
        "<tr><td><b>Produkční IP</b></td><td>203.0.113.44<br>203.0.113.45</td></tr>"
        "<tr><td><b>Testovací IP</b></td><td>203.0.113.50</td></tr>"
        "<tr><td><b>Kontaktní osoba</b></td><td>Šárka Doležalová</td></tr>"
        "<tr><td><b>E-mail</b></td><td>dolezalova@hradeckyvecernik.example</td></tr>"
        "<tr><td><b>Telefon</b></td><td>495 218 773</td></tr>"
        "</table><p>S pozdravem<br>Šárka Doležalová<br>produkce</p></body></html>",
    },
    {
        "id": "cy004-reply-quotes-last-years-approval",
        "description": "reply quoting the office's whole approval letter of last year with its "
        "addresses and the office's IČO, box and phone; production changed, test 'zůstává'",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Polabské listy s.r.o.",
            I4,
            None,
            ["203.0.113.30", "203.0.113.31"],
            ["198.51.100.109"],
            "Michal Šindelář",
            "sindelar@polabskelisty.example",
            "+420602557190",
        ),
        "from": "Michal Šindelář <sindelar@polabskelisty.example>",
        "subject": "Re: Povolení přístupu k výsledkům voleb - Polabské listy",
        "headers": TBIRD,
        "body": "Dobrý den,\n\nletos bychom opět rádi odebírali výsledky. Produkční adresy se "
        "po stěhování serverovny změnily, nově jsou to 203.0.113.30 a 203.0.113.31. Testovací "
        "adresa zůstává stejná jako loni.\n\nMichal Šindelář\nIT, Polabské listy s.r.o.\n"
        "tel. 602 557 190\n\n"
        "Dne 12.09.2024 v 10:14 podatelna@czso.cz napsal(a):\n"
        "> Vážený pane Šindeláři,\n>\n"
        "> Český statistický úřad povoluje společnosti Polabské listy s.r.o. (IČO " + I4 + ")\n"
        "> přístup k dedikovanému serveru s průběžnými výsledky voleb z těchto adres:\n>\n"
        ">   produkční: 198.51.100.100, 198.51.100.101\n"
        ">   testovací: 198.51.100.109\n>\n"
        "> Přístup platí pouze pro tyto volby.\n>\n"
        "> S pozdravem\n> Odbor zpracování výsledků voleb\n> Český statistický úřad\n"
        "> Na padesátém 81, 100 82 Praha 10\n> IČO 00025593, ID DS 2gfaasy\n"
        "> tel. +420 274 052 733, www.czso.cz\n",
    },
    {
        "id": "cy005-deputy-signature-contact-in-ps",
        "description": "signed by the editor's deputy 'v zastoupení'; the real contact with her "
        "own e-mail and phone appears only in the P.S.",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Týdeník Podbrdsko s.r.o.",
            I5,
            None,
            ["192.0.2.120"],
            ["192.0.2.121"],
            "Lenka Vrbová",
            "vrbova@podbrdsko.example",
            "+420731224568",
        ),
        "from": "Jiří Souček <soucek@podbrdsko.example>",
        "subject": "žádost o přístup k výsledkům a o natáčení",
        "headers": SEZNAM,
        "body": "Dobrý den,\n\njménem vydavatelství Týdeník Podbrdsko s.r.o., IČO " + I5 + ", "
        "žádáme o přístup k XML výsledkům voleb (server 192.0.2.120, testovat budeme z "
        "192.0.2.121) a o povolení pořizovat videozáznam na pracovišti ČSÚ v Příbrami.\n\n"
        "S pozdravem\n\nMgr. Hana Stejskalová, šéfredaktorka\nv zastoupení Jiří Souček, "
        "zástupce šéfredaktorky\n\nP.S. Kontaktní osobou pro obě věci bude naše kolegyně "
        "Lenka Vrbová, vrbova@podbrdsko.example, mobil 731 224 568.\n",
    },
    {
        "id": "cy006-press-agency-prague-bureau",
        "description": "press agency's Prague bureau writing English, no IČO, IPv6 production "
        "plus IPv4, bureau chief with a Slovak mobile; the London head office number too",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Danubia Newswire Ltd.",
            None,
            None,
            ["2001:db8:4a1::10", "198.18.4.20"],
            ["2001:db8:4a1::99"],
            "Marek Hudec",
            "m.hudec@danubianewswire.example",
            "+421905318442",
        ),
        "from": "Marek Hudec <m.hudec@danubianewswire.example>",
        "subject": "Election results feed - Danubia Newswire, Prague bureau",
        "headers": APPLE,
        "body": "Dear Sir or Madam,\n\nDanubia Newswire Ltd. would like to apply for access "
        "to the election results XML server for our Prague bureau.\n\n"
        "Production servers: 2001:db8:4a1::10 and 198.18.4.20\n"
        "Test server: 2001:db8:4a1::99\n\n"
        "Please contact me as the bureau chief: Marek Hudec, +421 905 318 442, "
        "m.hudec@danubianewswire.example.\n\nKind regards,\nMarek Hudec\nBureau Chief, Prague\n"
        "Danubia Newswire Ltd. | head office London +44 20 7946 0318\n",
    },
    {
        "id": "cy007-all-capitals-freelancer",
        "description": "the whole mail typed in capitals without diacritics by a freelance "
        "photographer asking only to photograph; no IČO",
        "style": Style.PHONE,
        "labels": L(
            [FILM],
            "Robert Svoboda",
            None,
            None,
            [],
            [],
            "Robert Svoboda",
            "robert.svoboda.foto@seznam.example",
            "+420776503218",
        ),
        "from": "ROBERT SVOBODA <robert.svoboda.foto@seznam.example>",
        "subject": "FOTO VOLBY",
        "headers": SAMSUNG,
        "cte": "7bit",
        "charset": "us-ascii",
        "body": "DOBRY DEN,\n\nJSEM FOTOGRAF NA VOLNE NOZE A RAD BYCH FOTIL VE VOLEBNI NOC NA "
        "VASEM PRACOVISTI V BRNE PRO NEKOLIK REGIONALNICH WEBU. XML VYSLEDKY NEPOTREBUJI.\n\n"
        "ROBERT SVOBODA\nTEL 776 503 218\n\nODESLANO ZE SAMSUNG MOBILE\n",
    },
    {
        "id": "cy008-forward-colleague-adds-address",
        "description": "inline forward of a colleague's application; the forwarder adds a third "
        "production address above the quoted mail; the colleague stays the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Rádio Beskydy s.r.o.",
            I8,
            None,
            ["198.51.100.53", "198.51.100.54", "198.51.100.55"],
            ["192.0.2.77"],
            "Jan Doležal",
            "dolezal@radiobeskydy.example",
            "+420558312640",
        ),
        "from": "Hana Kubíčková <kubickova@radiobeskydy.example>",
        "subject": "Fwd: žádost o XML výsledky - Rádio Beskydy",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\npřeposílám žádost kolegy Doležala, který ji omylem poslal jen "
        "mně. Doplňuji ještě jednu produkční adresu, která v ní chybí: 198.51.100.55.\n\n"
        "Hana Kubíčková\nasistentka ředitele\n\n"
        "-----Original Message-----\nFrom: Jan Doležal <dolezal@radiobeskydy.example>\n"
        "Sent: Monday, September 8, 2025 2:11 PM\nTo: Hana Kubíčková "
        "<kubickova@radiobeskydy.example>\nSubject: žádost o XML výsledky - Rádio Beskydy\n\n"
        "Dobrý den,\nRádio Beskydy s.r.o. (IČO " + I8 + ") žádá o přístup k výsledkům voleb.\n"
        "Produkce: 198.51.100.53, 198.51.100.54\nTest: 192.0.2.77\n"
        "Kontaktní osoba: Jan Doležal, dolezal@radiobeskydy.example, tel. 558 312 640\n",
    },
    {
        "id": "cy009-databox-docx-letter",
        "description": "data message with a bare annotation; the DOCX letter asks for both, "
        "names the signatory and a different contact person",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Vysočina Dnes s.r.o.",
            I9,
            "k4m7qx2",
            ["198.18.7.10", "198.18.7.11"],
            ["198.18.7.200"],
            "Tereza Hájková",
            "hajkova@vysocinadnes.example",
            "+420567110284",
        ),
        "databox": box("k4m7qx2", "Vysočina Dnes s.r.o.", "Havlíčkova 17, 586 01 Jihlava"),
        "subject": "Žádost - volby",
        "attachments": [
            (
                "docx",
                "zadost_volby.docx",
                {
                    "header": "Vysočina Dnes s.r.o. | Havlíčkova 17, 586 01 Jihlava | IČO " + I9,
                    "blocks": [
                        "Věc: žádost o přístup k výsledkům voleb a o povolení natáčení",
                        "Žádáme o zpřístupnění průběžných výsledků na dedikovaném serveru a o "
                        "povolení natáčet na krajském pracovišti ČSÚ v Jihlavě.",
                        "Produkční adresy: 198.18.7.10, 198.18.7.11",
                        "Testovací adresa: 198.18.7.200",
                        "Kontaktní osoba: Tereza Hájková, hajkova@vysocinadnes.example, "
                        "tel. 567 110 284",
                        "Ing. Pavel Kratochvíl, jednatel",
                    ],
                },
            )
        ],
    },
    {
        "id": "cy010-correction-typo-windows1250",
        "description": "windows-1250 8bit mail correcting its own test address two lines later "
        "('pardon, překlep, správně .81')",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Zlínský deník s.r.o.",
            I10,
            None,
            ["203.0.113.16", "203.0.113.17"],
            ["203.0.113.81"],
            "Roman Pešek",
            "pesek@zlinskydenik.example",
            "+420604772913",
        ),
        "from": "Roman Pešek <pesek@zlinskydenik.example>",
        "subject": "přístup k výsledkům voleb",
        "headers": ROUNDCUBE,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": "Dobrý den,\n\nZlínský deník s.r.o., IČO " + I10 + ", žádá o přístup "
        "k výsledkům voleb.\nprodukční servery: 203.0.113.16, 203.0.113.17\n"
        "testovací: 203.0.113.18\n\npardon, překlep, testovací je správně 203.0.113.81.\n\n"
        "Roman Pešek, správce sítě, 604 772 913\n",
    },
    {
        "id": "cy011-flowed-wrap-in-role-sentence",
        "description": "format=flowed Thunderbird mail whose soft line breaks fall inside the "
        "sentences saying which address is production and which test",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Ostravský kurýr a.s.",
            I11,
            None,
            ["192.0.2.61", "192.0.2.62"],
            ["192.0.2.69"],
            "Daniela Foltýnová",
            "foltynova@ostravskykuryr.example",
            "+420596114380",
        ),
        "from": "Daniela Foltýnová <foltynova@ostravskykuryr.example>",
        "subject": "Žádost o přístup k serveru s výsledky voleb",
        "headers": TBIRD,
        "flowed": True,
        "body": "Dobrý den,\n\nspolečnost Ostravský kurýr a.s., IČO " + I11 + ", tímto žádá o "
        "\nzpřístupnění průběžných výsledků voleb. Produkční adresy serveru, ze \n"
        "kterého budeme výsledky stahovat, jsou 192.0.2.61 a 192.0.2.62; \n"
        "testovací stroj, na kterém si vše předem vyzkoušíme, má adresu \n192.0.2.69.\n\n"
        "Kontaktní osobou je Daniela Foltýnová, tel. 596 114 380, \n"
        "foltynova@ostravskykuryr.example.\n\n-- \nDaniela Foltýnová\nOstravský kurýr a.s.\n",
    },
    {
        "id": "cy012-html-only-polish-english",
        "description": "HTML-only Gmail mail from a Polish publisher in English: no IČO, testing "
        "from the production machine, Polish phone",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Gazeta Nadodrze Sp. z o.o.",
            None,
            None,
            ["198.51.100.201"],
            [],
            "Katarzyna Wróbel",
            "k.wrobel@nadodrze.example",
            "+48604128733",
        ),
        "from": "Katarzyna Wróbel <k.wrobel@nadodrze.example>",
        "subject": "Access to Czech election results",
        "headers": GMAIL,
        "html": '<div dir="ltr"><div>Hello,</div><div><br></div><div>we are a regional '
        "newspaper from Opole, Gazeta Nadodrze Sp. z o.o., and we would like to get access to "
        "the XML with the Czech election results.</div><div><br></div><div>Our server: "
        "<b>198.51.100.201</b> - we will also test from this same server, we have no separate "
        "test machine.</div><div><br></div><div>Best regards,</div><div>Katarzyna Wróbel"
        "</div><div>online editor, tel. +48 604 128 733</div></div>",
    },
    {
        "id": "cy013-iphone-sloppy-filming",
        "description": "sloppy iPhone note asking only to film; 'xml ne' declines the feed; "
        "the cameraman is named but the sender is the contact",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "TV Podřipsko s.r.o.",
            I13,
            None,
            [],
            [],
            "Vojtěch Krejčí",
            "krejci@tvpodripsko.example",
            "+420739620418",
        ),
        "from": "Vojtěch Krejčí <krejci@tvpodripsko.example>",
        "subject": "natáčení volby",
        "headers": IPHONE,
        "body": "dobry den, chteli bysme o volebni noci natacet u vas na pracovisti v Usti, "
        "kameraman bude Lukas Fiala. xml ne, to nepotrebujem.\n\nVojtěch Krejčí\n"
        "TV Podřipsko s.r.o., IČO " + I13 + "\n739 620 418\n\nOdesláno z iPhonu\n",
    },
    {
        "id": "cy014-signature-three-people",
        "description": "Zimbra mail whose signature block lists three people with phones; the "
        "body names the IT man as contact for the feed",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Brněnský obzor, spol. s r.o.",
            I14,
            None,
            ["203.0.113.90", "203.0.113.91", "203.0.113.92"],
            ["203.0.113.99"],
            "Radim Šulc",
            "sulc@brnenskyobzor.example",
            "+420541226907",
        ),
        "from": "Eva Pokorná <pokorna@brnenskyobzor.example>",
        "subject": "XML s výsledky voleb - žádost",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb. Produkce 203.0.113.90, "
        "203.0.113.91 a 203.0.113.92, test 203.0.113.99. Technické věci za nás řeší kolega "
        "Radim Šulc (viz podpis), obracejte se prosím na něj.\n\nDěkuji\n\n--\n"
        "Brněnský obzor, spol. s r.o. | IČO " + I14 + "\n"
        "Eva Pokorná, vydavatelka | 541 226 900 | pokorna@brnenskyobzor.example\n"
        "Radim Šulc, IT | 541 226 907 | sulc@brnenskyobzor.example\n"
        "Petra Malá, inzerce | 541 226 915 | mala@brnenskyobzor.example\n",
    },
]
