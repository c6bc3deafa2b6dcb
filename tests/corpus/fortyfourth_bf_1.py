"""Forty-fourth held-out part ``bf``, cases bf001–bf014: a phone-typed note without diacritics,
an HTML-only Outlook table, a reply quoting the office's own signature, a format=flowed mail
wrapped inside a role sentence, a self-correcting Gmail note, data messages with a PDF and a
DOCX, an Austrian sender writing English, a signature naming several people (windows-1250), a
sloppy Android filming request, an inline forward, an HTML-only Roundcube mail (iso-8859-2),
a forwarded .eml and a signed mail. Written by hand apart from the extraction rules (see
make_fortyfourth_bf); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyfourth_bf_common import (
    ANDROID,
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I1, I2, I3, I4, I5 = ico("2815307"), ico("0649218"), ico("2730954"), ico("0591846"), ico("2946071")
I6, I8, I10, I11 = ico("0827413"), ico("2668390"), ico("0519764"), ico("2873145")
I12, I13, I14 = ico("0714590"), ico("2402986"), ico("0638271")

CASES: list[dict[str, Any]] = [
    {
        "id": "bf001-iphone-no-diacritics",
        "description": "typed on an iPhone without diacritics, roles given as 'ostra' and "
        "'zkusebni', the phone split in threes and the name only in the sign-off",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Rozhlas Pod Hostynem s.r.o.",
            I1,
            None,
            ["198.51.100.41", "198.51.100.42"],
            ["198.51.100.49"],
            "Radek Mikulik",
            "mikulik@rozhlaspodhostynem.example",
            "+420737281604",
        ),
        "from": "Radek Mikulik <mikulik@rozhlaspodhostynem.example>",
        "subject": "volby xml",
        "headers": IPHONE,
        "cte": "8bit",
        "body": "Dobry den,\n"
        "prosim o pristup k xml s vysledky voleb pro nase radio.\n"
        "Rozhlas Pod Hostynem s.r.o., ico " + I1 + "\n"
        "ostra 198.51.100.41 a 198.51.100.42\n"
        "zkusebni 198.51.100.49\n"
        "kdyby neco tak volejte 737 281 604\n"
        "diky\n"
        "Mikulik\n"
        "\n"
        "Odeslano z iPhonu\n",
    },
    {
        "id": "bf002-outlook-html-only-table",
        "description": "HTML-only Outlook mail in base64: a table with a role column where one "
        "row holds two production addresses separated by <br>, both requests in prose",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Jihomoravské listy a.s.",
            I2,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.158"],
            "Kateřina Doležalová",
            "dolezalova@jmlisty.example",
            "+420602517930",
        ),
        "from": "Doležalová Kateřina <dolezalova@jmlisty.example>",
        "subject": "Žádost - volby 2025 - Jihomoravské listy",
        "headers": OUTLOOK,
        "cte": "base64",
        "html": '<html><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=utf-8"></head><body lang="CS">'
        '<p class="MsoNormal">Dobrý den,</p>'
        '<p class="MsoNormal">za společnost <b>Jihomoravské listy a.s.</b> (IČO ' + I2 + ") "
        "žádáme o přístup k výsledkům voleb ve formátu XML a zároveň o povolení pořizovat "
        "fotografie na krajském pracovišti v Brně v noci sčítání.</p>"
        '<table border="1" cellspacing="0" cellpadding="4">'
        "<tr><td><b>Účel</b></td><td><b>IP adresa</b></td></tr>"
        "<tr><td>produkce</td><td>203.0.113.150<br>203.0.113.151</td></tr>"
        "<tr><td>test</td><td>203.0.113.158</td></tr>"
        "</table>"
        '<p class="MsoNormal">Fotografovat bude Ondřej Vlk, kontaktní osobou pro žádost jsem '
        "já.</p>"
        '<p class="MsoNormal">S pozdravem<br>Kateřina Doležalová<br>vedoucí online redakce'
        "<br>T: +420 602 517 930<br>"
        '<a href="mailto:dolezalova@jmlisty.example">dolezalova@jmlisty.example</a></p>'
        "</body></html>",
    },
    {
        "id": "bf003-reply-quoting-office-signature",
        "description": "Thunderbird reply answering the office's request for the missing "
        "addresses; the quoted office mail carries the office's IČO, data box and phone",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Valašský týdeník s.r.o.",
            I3,
            None,
            ["192.0.2.201"],
            ["192.0.2.202"],
            "Lukáš Juřica",
            "jurica@valasskytydenik.example",
            "+420731640288",
        ),
        "from": "Lukáš Juřica <jurica@valasskytydenik.example>",
        "subject": "Re: Vaše žádost o přístup k výsledkům voleb – doplnění",
        "headers": [*TBIRD, ("In-Reply-To", "<podatelna-4471@czso.cz>")],
        "body": "Dobrý den,\n"
        "doplňuji chybějící údaje:\n"
        "\n"
        "produkční IP: 192.0.2.201\n"
        "testovací IP: 192.0.2.202\n"
        "\n"
        "Kontakt zůstává stejný, tedy já, mobil 731 640 288.\n"
        "\n"
        "Lukáš Juřica\n"
        "Valašský týdeník s.r.o., IČO " + I3 + "\n"
        "\n"
        "Dne 02.09.2025 v 10:14 Podatelna ČSÚ napsal(a):\n"
        "> Vážený pane Juřico,\n"
        "> k Vaší žádosti o přístup k výsledkům voleb za Valašský týdeník s.r.o.\n"
        "> prosíme o doplnění IP adres, ze kterých budete data stahovat (produkční\n"
        "> a případně testovací).\n"
        ">\n"
        "> S pozdravem\n"
        "> Podatelna\n"
        "> Český statistický úřad\n"
        "> Na padesátém 81, 100 82 Praha 10\n"
        "> IČO 00025593, ID datové schránky 2gfaasy\n"
        "> tel. +420 274 052 733, podatelna@czso.cz\n",
    },
    {
        "id": "bf004-flowed-wrap-inside-role-sentence",
        "description": "format=flowed from Apple Mail: the soft line break falls between "
        "'testovat budeme z adresy' and the address, and production the same way",
        "style": Style.FLOWED,
        "labels": L(
            [FEED],
            "Zlínské noviny, s.r.o.",
            I4,
            None,
            ["198.18.44.10", "198.18.44.11"],
            ["198.18.44.99"],
            "Tereza Maňáková",
            "manakova@zlinskenoviny.example",
            "+420777310452",
        ),
        "from": "Tereza Maňáková <manakova@zlinskenoviny.example>",
        "subject": "Přístup k XML – Zlínské noviny",
        "headers": APPLE,
        "flowed": True,
        "body": "Dobrý den,\n"
        "\n"
        "Zlínské noviny, s.r.o. (IČO " + I4 + ") žádají o přístup k \n"
        "dedikovanému serveru s výsledky voleb. Výsledky budeme stahovat na \n"
        "serverech s adresami 198.18.44.10 a 198.18.44.11, testovat budeme z \n"
        "adresy 198.18.44.99 na vývojovém stroji.\n"
        "\n"
        "Kontaktní osoba: Tereza Maňáková, tel. 777 310 452, \n"
        "manakova@zlinskenoviny.example\n"
        "\n"
        "Děkuji a přeji hezký den\n"
        "Tereza Maňáková\n",
    },
    {
        "id": "bf005-gmail-oprava-in-same-mail",
        "description": "sloppy Gmail note that corrects its own test address a few lines "
        "later ('oprava, ta testovaci ma koncit .87 ne .78')",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Krkonošský deník s.r.o.",
            I5,
            None,
            ["203.0.113.80"],
            ["203.0.113.87"],
            "Jiří Hanuš",
            "krkonossky.hanus@krkdenik.example",
            "+420604992135",
        ),
        "from": "Jiří Hanuš <krkonossky.hanus@krkdenik.example>",
        "subject": "xml volby - krkonošský deník",
        "headers": GMAIL,
        "body": "dobrý den,\n"
        "chtěli bychom zase jako loni přístup k xml výsledkům, za Krkonošský deník s.r.o., "
        "IČO " + I5 + ".\n"
        "produkce 203.0.113.80\n"
        "testovací 203.0.113.78\n"
        "jo a oprava, ta testovací má končit .87 ne .78, překlep, sorry\n"
        "\n"
        "díky Jirka Hanuš\n"
        "604 992 135\n",
    },
    {
        "id": "bf006-databox-pdf-both-requests",
        "description": "data message: a bare annotation, the PDF letter names both requests, "
        "lists the crew and then names a different person as the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Televize Haná s.r.o.",
            I6,
            "r4hn2qe",
            ["198.51.100.221", "198.51.100.222"],
            ["198.51.100.230"],
            "Blanka Šťastná",
            "stastna@tvhana.example",
            "+420585201377",
        ),
        "databox": box("r4hn2qe", "Televize Haná s.r.o.", "Horní náměstí 14, 779 00 Olomouc"),
        "subject": "Žádost – volby",
        "attachments": [
            (
                "pdf",
                "TVH_zadost_volby.pdf",
                [
                    "Televize Haná s.r.o. | Horní náměstí 14, 779 00 Olomouc | IČO " + I6,
                    "Věc: žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Žádáme o zřízení přístupu k serveru s výsledky voleb (XML) a o povolení "
                    "natáčet na krajském pracovišti ČSÚ v Olomouci. Natáčet bude kameraman "
                    "Pavel Zedník (tel. 608 445 120) s redaktorkou Hanou Bednářovou.",
                    {
                        "rows": [
                            ["Produkční adresy", "198.51.100.221, 198.51.100.222"],
                            ["Testovací adresa", "198.51.100.230"],
                        ],
                        "widths": [140, 280],
                    },
                    "Kontaktní osobou pro tuto žádost je Blanka Šťastná, produkce, "
                    "tel. +420 585 201 377, stastna@tvhana.example.",
                    "Mgr. Petr Kocourek, jednatel",
                ],
            )
        ],
    },
    {
        "id": "bf007-austrian-english-ipv6",
        "description": "an Austrian broadcaster writes English; IPv6 production next to IPv4, "
        "the test address called 'staging', the phone in Austrian notation",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Alpenwelle Rundfunk GmbH",
            None,
            None,
            ["2001:db8:4a1::20", "203.0.113.20"],
            ["203.0.113.29"],
            "Florian Gruber",
            "f.gruber@alpenwelle.example",
            "+436641827305",
        ),
        "from": '"Gruber, Florian" <f.gruber@alpenwelle.example>',
        "subject": "Access to Czech election results feed",
        "headers": ZIMBRA,
        "body": "Dear Sir or Madam,\n"
        "\n"
        "Alpenwelle Rundfunk GmbH (Linz, Austria) would like to request access to the "
        "election results XML service for our cross-border coverage.\n"
        "\n"
        "Our servers:\n"
        "- production: 2001:0db8:04a1:0000:0000:0000:0000:0020 and 203.0.113.20\n"
        "- staging: 203.0.113.29\n"
        "\n"
        "We do not have a Czech company ID. Please contact me for any questions.\n"
        "\n"
        "Kind regards / Mit freundlichen Grüßen\n"
        "Florian Gruber\n"
        "Head of Data Desk\n"
        "Alpenwelle Rundfunk GmbH\n"
        "Mobil: 0664 182 73 05 (+43)\n"
        "f.gruber@alpenwelle.example\n",
        "html": "<p>Dear Sir or Madam,</p><p>Alpenwelle Rundfunk GmbH (Linz, Austria) would "
        "like to request access to the election results XML service for our cross-border "
        "coverage.</p><p>Our servers:</p><ul><li>production: "
        "2001:0db8:04a1:0000:0000:0000:0000:0020 and 203.0.113.20</li><li>staging: "
        "203.0.113.29</li></ul><p>We do not have a Czech company ID. Please contact me for "
        "any questions.</p><p>Kind regards / Mit freundlichen Grüßen<br>Florian Gruber<br>"
        "Head of Data Desk<br>Alpenwelle Rundfunk GmbH<br>Mobil: 0664 182 73 05 (+43)<br>"
        "f.gruber@alpenwelle.example</p>",
    },
    {
        "id": "bf008-signature-names-three-people",
        "description": "windows-1250 Outlook mail whose signature lists the editor-in-chief, the "
        "IT admin and the contact; the text names the IT admin's colleague as the contact",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Vydavatelství Polabí, spol. s r.o.",
            I8,
            None,
            ["198.51.100.61", "198.51.100.62", "198.51.100.63"],
            ["198.51.100.64"],
            "Martina Kroupová",
            "kroupova@polabi.example",
            "+420725118034",
        ),
        "from": "Ivan Sedláček <sedlacek@polabi.example>",
        "cc": "kroupova@polabi.example",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": "Dobrý den,\n"
        "\n"
        "jménem společnosti Vydavatelství Polabí, spol. s r.o. žádám o přístup k XML "
        "s výsledky voleb. Servery: 198.51.100.61, .62 a .63 (produkce), testovací "
        "198.51.100.64.\n"
        "\n"
        "Technicky vše zařizuji já, ale kontaktní osobou pro Vás bude kolegyně Martina "
        "Kroupová (v kopii), která má volební noc na starosti.\n"
        "\n"
        "S pozdravem\n"
        "\n"
        "Ivan Sedláček | správce sítě | +420 603 554 210\n"
        "Mgr. Martina Kroupová | vedoucí zpravodajství | +420 725 118 034 | "
        "kroupova@polabi.example\n"
        "PhDr. Jan Vodička | šéfredaktor | +420 602 110 300\n"
        "Vydavatelství Polabí, spol. s r.o. | IČO " + I8 + " | Nymburk\n",
    },
    {
        "id": "bf009-android-chatty-filming-freelancer",
        "description": "chatty Android mail from a freelance photographer without an IČO who "
        "only wants to shoot at a collection point and says she needs no data",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Adéla Rybářová",
            None,
            None,
            [],
            [],
            "Adéla Rybářová",
            "adela.rybarova@fotopost.example",
            "+420736402915",
        ),
        "from": "Adéla Rybářová <adela.rybarova@fotopost.example>",
        "subject": "foceni o volbach",
        "headers": ANDROID,
        "body": "Ahoj / dobrý den :)\n"
        "jsem fotografka na volné noze a ráda bych o volbách nafotila atmosféru na "
        "okresním pracovišti v Kolíně, pro fotobanku a pár regionálních webů. "
        "Data ani XML nepotřebuju, jen povolení fotit.\n"
        "Firmu nemám, fotím sama za sebe.\n"
        "Číslo 736 402 915, kdyžtak pište sem.\n"
        "Díky moc!\n"
        "Adéla Rybářová\n"
        "\n"
        "Odesláno z mého telefonu\n",
    },
    {
        "id": "bf010-seznam-inline-forward",
        "description": "Seznam user forwards inline his editor's request with one line on top; "
        "the applicant, addresses and contact are in the forwarded part",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Brdský zpravodaj z.s.",
            I10,
            None,
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Hana Kalinová",
            "hana.kalinova@brdskyzpravodaj.example",
            "+420721093316",
        ),
        "from": "Milan Pour <milan.pour@brdskyzpravodaj.example>",
        "subject": "Fwd: žádost o XML",
        "headers": SEZNAM,
        "body": "posílám dál, Hanka to psala na špatnou adresu. Pour\n"
        "\n"
        "---------- Původní e-mail ----------\n"
        "Od: Hana Kalinová <hana.kalinova@brdskyzpravodaj.example>\n"
        "Komu: Milan Pour <milan.pour@brdskyzpravodaj.example>\n"
        "Datum: 1. 9. 2025 21:07:44\n"
        "Předmět: žádost o XML\n"
        "\n"
        "Dobrý den,\n"
        "spolek Brdský zpravodaj z.s., IČO " + I10 + ", žádá o přístup k výsledkům voleb "
        "ve formátu XML.\n"
        "Produkční IP: 192.0.2.33\n"
        "Testovací IP: 192.0.2.34\n"
        "Kontaktní osoba: Hana Kalinová, 721 093 316\n"
        "Děkuji, Kalinová\n",
    },
    {
        "id": "bf011-roundcube-html-only-cidr",
        "description": "HTML-only Roundcube mail in iso-8859-2 with <br>-separated lines; the "
        "test range is a /30 block to expand",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Podřipský kurýr s.r.o.",
            I11,
            None,
            ["203.0.113.99"],
            ["203.0.113.100", "203.0.113.101", "203.0.113.102", "203.0.113.103"],
            "Vojtěch Šindelář",
            "sindelar@podripskykuryr.example",
            "+420608730215",
        ),
        "from": "Vojtěch Šindelář <sindelar@podripskykuryr.example>",
        "subject": "Žádost o přístup - Podřipský kurýr",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "html": '<html><head><meta http-equiv="Content-Type" content="text/html; '
        "charset=ISO-8859-2\" /></head><body style='font-size: 10pt; font-family: Verdana'>"
        "<p>Dobrý den,</p>"
        "<p>Podřipský kurýr s.r.o.<br />IČO: " + I11 + "<br />Roudnice nad Labem</p>"
        "<p>žádáme o zpřístupnění výsledků voleb (XML) pro náš zpravodajský web.</p>"
        "<p>Produkční server: 203.0.113.99<br />Testovací rozsah: 203.0.113.100/30</p>"
        "<p>Kontakt: Vojtěch Šindelář<br />tel.: +420 608 730 215<br />"
        "sindelar@podripskykuryr.example</p>"
        '<div id="signature">--&nbsp;<br />Podřipský kurýr - zprávy z Podřipska</div>'
        "</body></html>",
    },
    {
        "id": "bf012-evolution-attached-eml",
        "description": "Evolution mail forwarding the original application as an attached "
        "message; the cover line is from someone else, the application inside",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Rádio Beskydy s.r.o.",
            I12,
            None,
            ["198.18.7.1", "198.18.7.2"],
            [],
            "Roman Kubíček",
            "kubicek@radiobeskydy.example",
            "+420739551084",
        ),
        "from": "Sekretariát Rádio Beskydy <sekretariat@radiobeskydy.example>",
        "subject": "Fwd: Žádost o přístup k výsledkům a natáčení",
        "headers": EVOLUTION,
        "body": "Dobrý den, přeposíláme žádost kolegy, původně odešla na neplatnou adresu.\n"
        "Sekretariát\n",
        "attachments": [
            (
                "eml",
                "Zadost o pristup k vysledkum a natáčení.eml",
                {
                    "id": "bf012-inner",
                    "from": "Roman Kubíček <kubicek@radiobeskydy.example>",
                    "to": "volby@csu-neplatna.example",
                    "subject": "Žádost o přístup k výsledkům a natáčení",
                    "headers": EVOLUTION,
                    "body": "Dobrý den,\n"
                    "Rádio Beskydy s.r.o. (IČO " + I12 + ") žádá o přístup k výsledkům "
                    "voleb v XML a o povolení nahrávat reportáž na pracovišti ve "
                    "Frýdku-Místku.\n"
                    "\n"
                    "IP adresy (obě produkční, testovat budeme na nich): 198.18.7.1, "
                    "198.18.7.2\n"
                    "\n"
                    "Roman Kubíček, technický ředitel\n"
                    "tel. 739 551 084\n",
                },
            )
        ],
    },
    {
        "id": "bf013-signed-outlook-ipv6-only",
        "description": "S/MIME-signed Outlook letter with an IPv6-only production address "
        "written in full and no test address; the signature adds a switchboard",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Datové zpravodajství Morava a.s.",
            I13,
            None,
            ["2001:db8:c0:1::15"],
            [],
            "Zdeněk Pospíšil",
            "pospisil@dzmorava.example",
            "+420731228506",
        ),
        "from": "Zdeněk Pospíšil <pospisil@dzmorava.example>",
        "subject": "Žádost o přístup k XML výsledkům voleb",
        "headers": OUTLOOK,
        "smime": True,
        "body": "Vážení,\n"
        "\n"
        "společnost Datové zpravodajství Morava a.s., IČO " + I13 + ", tímto žádá o "
        "přístup k dedikovanému serveru s výsledky voleb.\n"
        "\n"
        "Stahovat budeme výhradně po IPv6 z adresy 2001:0db8:00c0:0001:0000:0000:0000:0015. "
        "Testovací adresu nepotřebujeme.\n"
        "\n"
        "S pozdravem\n"
        "Ing. Zdeněk Pospíšil\n"
        "vedoucí IT\n"
        "mobil: +420 731 228 506\n"
        "ústředna: +420 545 100 100\n",
    },
    {
        "id": "bf014-databox-docx-filming-only",
        "description": "data message whose DOCX asks only for filming and says outright that it "
        "does not want the XML; the contact in a table written surname first",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Studio Lipno Media s.r.o.",
            I14,
            "w8lpm3k",
            [],
            [],
            "Jana Hrubá",
            "hruba@lipnomedia.example",
            "+420776014823",
        ),
        "databox": box("w8lpm3k", "Studio Lipno Media s.r.o.", "Náměstí 3, 382 78 Lipno"),
        "subject": "Povolení natáčení – volby do PS",
        "attachments": [
            (
                "docx",
                "natáčení_volby.docx",
                {
                    "header": "Studio Lipno Media s.r.o. · IČO " + I14,
                    "blocks": [
                        "Žádost o povolení pořizování audiovizuálního záznamu",
                        "Žádáme o povolení natáčet na okresním pracovišti ČSÚ v Českém "
                        "Krumlově během zpracování výsledků. O přístup k datům (XML) "
                        "nežádáme, výsledky přebíráme z veřejného webu.",
                        {
                            "rows": [
                                ["Kontaktní osoba", "Hrubá Jana"],
                                ["Telefon", "776 014 823"],
                                ["E-mail", "hruba@lipnomedia.example"],
                                ["Štáb", "Karel Mráz (kamera), Lída Sýkorová (zvuk)"],
                            ]
                        },
                    ],
                    "footer": "Studio Lipno Media s.r.o., Náměstí 3, 382 78 Lipno",
                },
            )
        ],
    },
]
