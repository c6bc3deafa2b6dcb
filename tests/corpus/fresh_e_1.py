"""Third-round held-out cases e001–e014 (hand "e"): foreign and unusual applicants, written
apart from the extraction rules. Labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fresh_e_common import (
    APPLE_MAIL,
    OUTLOOK,
    OUTLOOK_EN,
    ROUNDCUBE,
    THUNDERBIRD,
    THUNDERBIRD_LINUX,
    apple_html,
    flowed,
    gmail_html,
    outlook_html,
)

_E001_TEXT = """\
Dear Sir or Madam,

Northgate News Agency Ltd is a London-based wire service with a permanent correspondent in \
Prague. We would be grateful if you could register us for the dedicated XML results server \
during the forthcoming elections. Our desk in London will pull the data automatically and \
pass it on to the broadcasters who subscribe to our Central Europe service, always credited \
to the Czech Statistical Office.

The machines that will connect to you:

Live (production):
  198.51.100.140   ingest-a.lon
  198.51.100.141   ingest-b.lon
Test only:
  203.0.113.205    staging

Please treat our systems editor, Callum Reid, as the contact for this registration: \
callum.reid@northgate-news.example, mobile +44 7700 900412. I am of course happy to deal with \
any formalities on the editorial side.

Kind regards,

Harriet Okafor
Head of Data Journalism
Northgate News Agency Ltd
Registered in England and Wales, company no. 08841275
1 Fleet Row, London EC4A 2AB
T +44 20 7946 0102
"""

_E001_HTML = """\
<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\
<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>
<body lang=EN-GB link="#0563C1"><div class=WordSection1>
<p class=MsoNormal>Dear Sir or Madam,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Northgate News Agency Ltd is a London-based wire service with a permanent \
correspondent in Prague. We would be grateful if you could register us for the dedicated XML \
results server during the forthcoming elections. Our desk in London will pull the data \
automatically and pass it on to the broadcasters who subscribe to our Central Europe service, \
always credited to the Czech Statistical Office.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>The machines that will connect to you:<o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
<tr><td><p class=MsoNormal><b>Role</b></p></td><td><p class=MsoNormal><b>IP address</b></p></td>\
<td><p class=MsoNormal><b>Host</b></p></td></tr>
<tr><td rowspan=2><p class=MsoNormal>Live (production)</p></td>\
<td><p class=MsoNormal>198.51.100.140</p></td><td><p class=MsoNormal>ingest-a.lon</p></td></tr>
<tr><td><p class=MsoNormal>198.51.100.141</p></td><td><p class=MsoNormal>ingest-b.lon</p></td></tr>
<tr><td><p class=MsoNormal>Test only</p></td><td><p class=MsoNormal>203.0.113.205</p></td>\
<td><p class=MsoNormal>staging</p></td></tr>
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Please treat our systems editor, Callum Reid, as the contact for this \
registration: <a href="mailto:callum.reid@northgate-news.example">\
callum.reid@northgate-news.example</a>, mobile +44 7700 900412. I am of course happy to deal \
with any formalities on the editorial side.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Kind regards,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>Harriet Okafor</b><br>Head of Data Journalism<br>Northgate News Agency \
Ltd<br>Registered in England and Wales, company no. 08841275<br>1 Fleet Row, London EC4A 2AB\
<br>T +44 20 7946 0102<o:p></o:p></p>
</div></body></html>
"""

E001: dict[str, Any] = {
    "id": "e001-london-wire-agency",
    "description": "British wire agency in English, roles in a rowspan HTML table, the "
    "contact is a colleague named in the text, UK company number is not an IČO",
    "style": "outlook",
    "from": "Harriet Okafor <h.okafor@northgate-news.example>",
    "subject": "Request for dedicated results feed access - Northgate News Agency",
    "headers": OUTLOOK_EN,
    "body": _E001_TEXT,
    "html": _E001_HTML,
    "labels": {
        "request_types": ["feed_access"],
        "organization": {"name": "Northgate News Agency Ltd", "ico": None, "databox_id": None},
        "production_ips": ["198.51.100.140", "198.51.100.141"],
        "test_ips": ["203.0.113.205"],
        "contact": {
            "person": "Callum Reid",
            "email": "callum.reid@northgate-news.example",
            "phone": "+447700900412",
        },
    },
}

E002: dict[str, Any] = {
    "id": "e002-kosice-daily-slovak",
    "description": "Slovak daily in Slovak (ISO-8859-2), IČO with spaces next to DIČ and "
    "IČ DPH, Slovak mobile in domestic format, Bratislava-style landline with a slash",
    "style": "webmail",
    "from": "Ing. Marek Kollár <kollar@dennik-vychod.example>",
    "subject": "Žiadosť o pridelenie prístupu k XML serveru - Denník Východ",
    "headers": ROUNDCUBE,
    "charset": "iso-8859-2",
    "body": """\
Dobrý deň,

v mene vydavateľstva VÝCHODOSLOVENSKÉ NOVINY, a.s., ktoré vydáva Denník Východ, si Vás \
dovoľujem požiadať o prístup k vyhradenému serveru s priebežnými výsledkami volieb vo formáte \
XML. Výsledky českých volieb pravidelne preberáme pre našich čitateľov na východnom Slovensku \
a tentoraz by sme ich chceli mať v reálnom čase.

Produkčné IP adresy:
198.18.112.10
198.18.112.11
198.18.112.12

Testovacie IP adresy:
198.18.113.50, 198.18.113.51

Kontaktná osoba: Ing. Marek Kollár, vedúci IT oddelenia
e-mail: kollar@dennik-vychod.example
mobil: 0905 318 442
pevná linka redakcie: 055/622 41 10

Údaje o spoločnosti:
VÝCHODOSLOVENSKÉ NOVINY, a.s.
Hlavná 112, 040 01 Košice
IČO: 36 012 530
DIČ: 2020847719
IČ DPH: SK2020847719

S pozdravom
Marek Kollár
""",
    "labels": {
        "request_types": ["feed_access"],
        "organization": {
            "name": "VÝCHODOSLOVENSKÉ NOVINY, a.s.",
            "ico": "36012530",
            "databox_id": None,
        },
        "production_ips": ["198.18.112.10", "198.18.112.11", "198.18.112.12"],
        "test_ips": ["198.18.113.50", "198.18.113.51"],
        "contact": {
            "person": "Marek Kollár",
            "email": "kollar@dennik-vychod.example",
            "phone": "+421905318442",
        },
    },
}

_E003_TEXT = """\
Dear Ladies and Gentlemen,

we are regional TV station from Graz, Austria, and for the coming elections in Czech Republic \
we prepare a special broadcast about the regions on the border. For this we kindly ask you for \
two things:

1) access to your XML server with the results, from following IP addresses:
   - 203.0.113.60 (productive system)
   - 203.0.113.61 (productive system, second node)
   - 203.0.113.99 (test system)

2) permission that our camera team (2 persons, cameraman Lukas Pichler and reporter Anna \
Wimmer) can film at the collection point of the Statistical Office in Ceske Budejovice in the \
election night, ca. 1 hour.

Contact person for both is me. My mobile phone is +43 664 2153 870, the office number is \
+43 316 80 44-0.

With best regards / Mit freundlichen Grüßen

Mag. Stefan Gruber
Chef vom Dienst
Steiermark TV Regionalfernsehen GmbH
Annenstraße 27, 8020 Graz, Österreich
FN 284193 k, Landesgericht für ZRS Graz
UID: ATU61385531
"""

E003: dict[str, Any] = {
    "id": "e003-graz-tv-both-requests",
    "description": "Austrian regional TV in non-native English asks for feed and filming; "
    "'productive system' for production; Austrian UID whose digits pass the IČO checksum",
    "style": "outlook",
    "from": "Stefan Gruber <s.gruber@steiermark-tv.example>",
    "subject": "Application: election results XML + filming permission (Steiermark TV)",
    "headers": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-AT")],
    "charset": "windows-1250",
    "body": _E003_TEXT,
    "html": outlook_html(_E003_TEXT),
    "labels": {
        "request_types": ["feed_access", "recording_permit"],
        "organization": {
            "name": "Steiermark TV Regionalfernsehen GmbH",
            "ico": None,
            "databox_id": None,
        },
        "production_ips": ["203.0.113.60", "203.0.113.61"],
        "test_ips": ["203.0.113.99"],
        "contact": {
            "person": "Stefan Gruber",
            "email": "s.gruber@steiermark-tv.example",
            "phone": "+436642153870",
        },
    },
}

E004: dict[str, Any] = {
    "id": "e004-cieszyn-publisher-ipv6",
    "description": "Polish publisher in English, dual-stack production (IPv4 + IPv6), an IPv6 "
    "test address, NIP and KRS instead of an IČO, office line before the contact's mobile",
    "style": "thunderbird",
    "from": "Tomasz Wróblewski <t.wroblewski@pogranicze-media.example>",
    "subject": "Access to election data feed - Pogranicze Media (Poland)",
    "headers": THUNDERBIRD_LINUX,
    "flowed": True,
    "cte": "8bit",
    "body": flowed("""\
Hello,

I am writing from Pogranicze Media sp. z o.o., a news publisher in Cieszyn, Poland. Our portal \
covers both sides of the Olza river and we would like to show the Czech election results live, \
the same way we do it for the Polish ones.

Could you please add us to the list for the XML results server?

Production:
  IPv4 192.0.2.77
  IPv6 2001:db8:3c4d:15::77
Test:
  IPv6 2001:db8:3c4d:15::1a0

Our servers are dual-stack, so please allow both the IPv4 and the IPv6 address for production.

Contact: Tomasz Wróblewski (me), developer
tel. +48 33 852 14 60 (office), mobile +48 601 448 203
t.wroblewski@pogranicze-media.example

Pogranicze Media sp. z o.o.
ul. Głęboka 14, 43-400 Cieszyn
NIP 548-267-33-10, KRS 0000412233

Thanks in advance and best regards,
Tomasz
"""),
    "labels": {
        "request_types": ["feed_access"],
        "organization": {"name": "Pogranicze Media sp. z o.o.", "ico": None, "databox_id": None},
        "production_ips": ["192.0.2.77", "2001:db8:3c4d:15::77"],
        "test_ips": ["2001:db8:3c4d:15::1a0"],
        "contact": {
            "person": "Tomasz Wróblewski",
            "email": "t.wroblewski@pogranicze-media.example",
            "phone": "+48601448203",
        },
    },
}

_E005_TEXT = """\
Dobrý den,

jsme studentské internetové rádio Kampus FM při univerzitě v Olomouci, provozuje nás spolek \
Kampus FM, z. s. (IČ 22661531). Ve volební noci chceme vysílat speciál s průběžnými výsledky \
a rádi bychom je brali přímo z vašeho XML serveru, ne je ručně přepisovali z webu.

Náš server stojí v kolejní síti:
ostrý provoz – 198.51.100.33
testovací – 198.51.100.34 a 198.51.100.35

Technicky to celé má na starost Ondřej Sýkora, prosím obracejte se na něj jako na kontaktní \
osobu: ondra.sykora@kampusfm.example, tel. 736 402 118.
V kopii je Vojta Hrubý, který bude speciál moderovat, je to jen pro jeho informaci.

Díky moc!

Klára Benešová
předsedkyně spolku
--
Kampus FM – studentské rádio
vedeni@kampusfm.example
"""

E005: dict[str, Any] = {
    "id": "e005-student-radio-spolek",
    "description": "student radio run by a spolek: chair signs, technician named as the "
    "contact, the moderator in copy; test addresses joined by 'a'",
    "style": "gmail",
    "from": "Kampus FM <vedeni@kampusfm.example>",
    "cc": "Vojta Hrubý <vojta.hruby@kampusfm.example>",
    "subject": "žádost - XML výsledky voleb pro studentské rádio",
    "body": _E005_TEXT,
    "html": gmail_html(_E005_TEXT),
    "labels": {
        "request_types": ["feed_access"],
        "organization": {"name": "Kampus FM, z. s.", "ico": "22661531", "databox_id": None},
        "production_ips": ["198.51.100.33"],
        "test_ips": ["198.51.100.34", "198.51.100.35"],
        "contact": {
            "person": "Ondřej Sýkora",
            "email": "ondra.sykora@kampusfm.example",
            "phone": "+420736402118",
        },
    },
}

E006: dict[str, Any] = {
    "id": "e006-town-newsletter-databox",
    "description": "a town (public body) sends a DOCX letter by data box for its newsletter; "
    "the letter prints the office's data-box ID; backup line counts as production",
    "style": "databox",
    "databox": {
        "box": "h7tbq2m",
        "sender": "Město Horní Sázava",
        "address": "Náměstí Míru 1, 592 11 Horní Sázava",
        "type": 10,
        "ref": "MHS/1187/2023",
    },
    "subject": "Žádost o přístup k XML serveru s výsledky voleb - Radniční zpravodaj",
    "attachments": [
        (
            "docx",
            "zadost_XML_CSU.docx",
            {
                "header": "MĚSTO HORNÍ SÁZAVA – Městský úřad, kancelář starosty",
                "footer": "ID DS: h7tbq2m | IČO: 00281531 | www.hornisazava.example",
                "blocks": [
                    "Český statistický úřad",
                    "Na padesátém 81, 100 82 Praha 10",
                    "ID datové schránky: 2gfaasy",
                    "Naše č. j.: MHS/1187/2023                V Horní Sázavě dne 6. 4. 2023",
                    "Věc: Žádost o zřízení přístupu k vyhrazenému XML serveru",
                    "Město Horní Sázava vydává měsíčník Radniční zpravodaj a provozuje "
                    "zpravodajský web města. Ve volební noci budeme na webu i na velkoplošné "
                    "obrazovce na náměstí zobrazovat průběžné výsledky za obec a okres. Žádáme "
                    "proto o přístup k vyhrazenému serveru z níže uvedených adres městské sítě.",
                    {
                        "rows": [
                            ["Účel", "IP adresa"],
                            ["ostrý provoz", "192.0.2.140"],
                            ["ostrý provoz (záložní linka)", "192.0.2.141"],
                            ["test", "192.0.2.150"],
                        ]
                    },
                    "Kontaktní osoba: Bc. Lenka Marková, redaktorka zpravodaje, "
                    "tel. 724 118 905, e-mail: markova@hornisazava.example",
                    "Správu městské sítě zajišťuje externí dodavatel; veškerou komunikaci "
                    "s ním zajistí paní Marková.",
                    "S pozdravem",
                    "Ing. Jaroslav Kubát\nstarosta",
                ],
            },
        )
    ],
    "labels": {
        "request_types": ["feed_access"],
        "organization": {
            "name": "Město Horní Sázava",
            "ico": "00281531",
            "databox_id": "h7tbq2m",
        },
        "production_ips": ["192.0.2.140", "192.0.2.141"],
        "test_ips": ["192.0.2.150"],
        "contact": {
            "person": "Lenka Marková",
            "email": "markova@hornisazava.example",
            "phone": "+420724118905",
        },
    },
}

_E007_TEXT = """\
Dobrý den,

naše firma zajišťuje pro vydavatelství Jihočeské listy a.s. (IČO 27136531, Senovážné náměstí \
8, České Budějovice) kompletní provoz serverů. Na základě plné moci, kterou přikládám, podávám \
jménem vydavatelství žádost o připojení k vyhrazenému serveru s výsledky voleb ve formátu XML.

Adresy, ze kterých se bude stahovat:
- produkce: 203.0.113.130, 203.0.113.131
- test: 203.0.113.138

Kontaktní osobou pro tuto žádost jsem já – technické i organizační záležitosti prosím \
směřujte na mě (simek@netops-servis.example, +420 608 224 517). Šéfredaktor Jihočeských listů \
Mgr. Pavel Hajný o žádosti ví.

S pozdravem

Radek Šimek
vedoucí provozu
NetOps Servis s.r.o., IČ: 06118534
Lannova 41, 370 01 České Budějovice
"""

E007: dict[str, Any] = {
    "id": "e007-it-contractor-for-newsroom",
    "description": "IT contractor files for a publisher with a power of attorney: the "
    "applicant is the publisher, the contractor is the contact; two IČOs in the text",
    "style": "outlook",
    "from": "Radek Šimek <simek@netops-servis.example>",
    "subject": "Registrace k vyhrazenému připojení – Jihočeské listy (podává dodavatel IT)",
    "headers": OUTLOOK,
    "body": _E007_TEXT,
    "html": outlook_html(_E007_TEXT),
    "attachments": [
        (
            "pdf",
            "plna_moc_Jihoceske_listy.pdf",
            [
                "<b>PLNÁ MOC</b>",
                "Jihočeské listy a.s., IČO 27136531, se sídlem Senovážné náměstí 8, "
                "370 01 České Budějovice, zastoupená Ing. Hanou Vlčkovou, předsedkyní "
                "představenstva,",
                "zmocňuje",
                "společnost NetOps Servis s.r.o., IČ 06118534, se sídlem Lannova 41, "
                "370 01 České Budějovice,",
                "k podání žádosti o přístup k vyhrazenému serveru Českého statistického "
                "úřadu s výsledky voleb a ke všem jednáním s tím souvisejícím.",
                "V Českých Budějovicích dne 3. 4. 2023",
                "Ing. Hana Vlčková, předsedkyně představenstva",
                "Plnou moc přijímám: Radek Šimek, za NetOps Servis s.r.o.",
            ],
        )
    ],
    "labels": {
        "request_types": ["feed_access"],
        "organization": {"name": "Jihočeské listy a.s.", "ico": "27136531", "databox_id": None},
        "production_ips": ["203.0.113.130", "203.0.113.131"],
        "test_ips": ["203.0.113.138"],
        "contact": {
            "person": "Radek Šimek",
            "email": "simek@netops-servis.example",
            "phone": "+420608224517",
        },
    },
}

_E008_TEXT = """\
Dobry den,

jsem nezavisly kameraman a dokumentarista a pripravuji kratky dokument o tom, jak probiha \
zpracovani vysledku voleb v regionech. Chtel bych Vas poprosit o povoleni natacet na \
prebiracim miste CSU v Pardubicich behem volebni noci, idealne asi dve hodiny od prvnich \
vysledku. Tocil bych sam, jednou kamerou na stativu, bez svetel a bez rozhovoru, nikoho \
nebudu zdrzovat.

Zadatel a zaroven osoba, ktera bude natacet:
Jan Drapal, IC 86981528
Smetanova 612, 530 02 Pardubice
tel. +420 777 50 61 29
e-mail drapal.video@posta.example

Vystup: dokument pro festival, kratsi verze nabidnu regionalni televizi.

O pristup k XML datum nezadam, ten nepotrebuji.

Dekuji a preji hezky den
Jan Drapal
"""

E008: dict[str, Any] = {
    "id": "e008-freelance-cameraman-no-diacritics",
    "description": "freelance cameraman (natural person with an IČ) asks only to film, "
    "written without diacritics; explicitly does not want the XML feed",
    "style": "gmail",
    "from": "Jan Drapal <drapal.video@posta.example>",
    "subject": "zadost o povoleni natacet na prebiracim miste",
    "body": _E008_TEXT,
    "html": gmail_html(_E008_TEXT),
    "labels": {
        "request_types": ["recording_permit"],
        "organization": {"name": "Jan Drapal", "ico": "86981528", "databox_id": None},
        "production_ips": [],
        "test_ips": [],
        "contact": {
            "person": "Jan Drapal",
            "email": "drapal.video@posta.example",
            "phone": "+420777506129",
        },
    },
}

E009: dict[str, Any] = {
    "id": "e009-terse-technician-range",
    "description": "three-line technician's note: production as a last-octet range "
    "'198.51.100.10-12', abbreviated roles, contact is the signer",
    "style": "note",
    "from": "Milan Průcha <prucha@tv-krkonose.example>",
    "subject": "XML server - IP adresy TV Krkonoše",
    "headers": THUNDERBIRD,
    "flowed": True,
    "cte": "8bit",
    "body": """\
Dobrý den,
žádáme o přístup na XML server s výsledky.

prod: 198.51.100.10-12
test: 198.51.100.20

díky
M. Průcha, technik
TV Krkonoše s.r.o., IČ 28847539
tel 739 005 812
""",
    "labels": {
        "request_types": ["feed_access"],
        "organization": {"name": "TV Krkonoše s.r.o.", "ico": "28847539", "databox_id": None},
        "production_ips": ["198.51.100.10", "198.51.100.11", "198.51.100.12"],
        "test_ips": ["198.51.100.20"],
        "contact": {
            "person": "Milan Průcha",
            "email": "prucha@tv-krkonose.example",
            "phone": "+420739005812",
        },
    },
}

E010: dict[str, Any] = {
    "id": "e010-formal-letter-radio-group",
    "description": "very formal PDF letter signed by the CEO, sent by his office; numbered "
    "table with a backup server (production) and a test row; contact's mobile before the "
    "switchboard with an extension",
    "style": "letter",
    "from": "Sekretariát generálního ředitele <sekretariat@cmr-media.example>",
    "subject": "Žádost o registraci k vyhrazenému připojení – Českomoravské rozhlasové "
    "sdružení, a.s.",
    "headers": OUTLOOK,
    "body": """\
Vážené dámy, vážení pánové,

v příloze Vám zasíláme žádost naší společnosti o registraci k vyhrazenému připojení, \
podepsanou generálním ředitelem.

S úctou

Iveta Šťastná
sekretariát generálního ředitele
Českomoravské rozhlasové sdružení, a.s.
""",
    "attachments": [
        (
            "pdf",
            "Zadost_registrace_XML_CMRS.pdf",
            [
                "<b>Českomoravské rozhlasové sdružení, a.s.</b>\nse sídlem Koliště 13, "
                "602 00 Brno, IČO: 25712535\nzapsaná v obchodním rejstříku vedeném Krajským "
                "soudem v Brně, oddíl B, vložka 4471",
                "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                "V Brně dne 5. dubna 2023",
                "<b>Věc: Žádost o registraci k vyhrazenému připojení k serveru s výsledky "
                "voleb ve formátu XML</b>",
                "Vážené dámy, vážení pánové,",
                "dovolujeme si Vás tímto zdvořile požádat o registraci naší společnosti "
                "k vyhrazenému připojení k serveru s průběžnými výsledky voleb. Data budou "
                "využita výhradně pro zpravodajské vysílání stanic Rádio Morava a Rádio "
                "Vysočina, vždy s uvedením Českého statistického úřadu jako zdroje. Připojení "
                "bude realizováno z následujících IP adres:",
                {
                    "rows": [
                        ["Poř.", "IP adresa", "Určení"],
                        ["1.", "192.0.2.200", "produkční provoz – hlavní studio Brno"],
                        ["2.", "192.0.2.201", "produkční provoz – studio Jihlava"],
                        ["3.", "192.0.2.210", "záložní server (Brno)"],
                        ["4.", "203.0.113.12", "testovací provoz"],
                    ],
                    "widths": [40, 110, 250],
                },
                "Kontaktní osobou ve věci této žádosti je vedoucí technického oddělení "
                "Ing. Aleš Procházka, e-mail ales.prochazka@cmr-media.example, mobilní "
                "telefon +420 602 318 774. Ústředna společnosti: +420 543 210 100, kl. 214.",
                "Děkujeme za vyřízení naší žádosti.",
                "S úctou",
                "Ing. Vladimír Kořínek, MBA\ngenerální ředitel a předseda představenstva",
            ],
        )
    ],
    "labels": {
        "request_types": ["feed_access"],
        "organization": {
            "name": "Českomoravské rozhlasové sdružení, a.s.",
            "ico": "25712535",
            "databox_id": None,
        },
        "production_ips": ["192.0.2.200", "192.0.2.201", "192.0.2.210"],
        "test_ips": ["203.0.113.12"],
        "contact": {
            "person": "Aleš Procházka",
            "email": "ales.prochazka@cmr-media.example",
            "phone": "+420602318774",
        },
    },
}

_E011_TEXT = """\
Dobrý den,

za redakci týdeníku Hlas Podřipsí (vydává ho Podřipské vydavatelství s.r.o., IČO 04419537) \
bych ráda požádala o přístup k XML serveru s výsledky voleb.

Adresy pro ostrý provoz: 203.0.113.25 a 203.0.113.26
Testovací adresa: 203.0.113.30

Kontakt jsem já, Eva Horáková, tel. 605 440 918.

Ještě oprava, právě mi volal kolega ze serverovny: ta druhá ostrá adresa není .26, ale \
203.0.113.62 – spletl se při opisování. Testovací sedí.

Děkuji,
Eva Horáková
šéfredaktorka
"""

E011: dict[str, Any] = {
    "id": "e011-weekly-corrects-itself",
    "description": "editor corrects the second production address later in the same message "
    "(.26 becomes 203.0.113.62); publication and publisher both named",
    "style": "correction",
    "from": "Eva Horáková <eva.horakova@hlas-podripsi.example>",
    "subject": "Žádost o přístup k XML – Hlas Podřipsí",
    "body": _E011_TEXT,
    "html": gmail_html(_E011_TEXT),
    "labels": {
        "request_types": ["feed_access"],
        "organization": {
            "name": "Podřipské vydavatelství s.r.o.",
            "ico": "04419537",
            "databox_id": None,
        },
        "production_ips": ["203.0.113.25", "203.0.113.62"],
        "test_ips": ["203.0.113.30"],
        "contact": {
            "person": "Eva Horáková",
            "email": "eva.horakova@hlas-podripsi.example",
            "phone": "+420605440918",
        },
    },
}

E012: dict[str, Any] = {
    "id": "e012-filming-withdrawn-in-reply",
    "description": "reply to its own earlier application: filming withdrawn, feed kept; "
    "addresses, IČO and contact only in the quoted original",
    "style": "reply",
    "from": "Lukáš Vrba <vrba@rt-hana.example>",
    "subject": "Re: Žádost o přístup k XML serveru a povolení natáčení – RT Haná",
    "headers": [
        *THUNDERBIRD,
        ("In-Reply-To", "<8f2c1a77-3d1e-4b0a-9e62-rt-hana@rt-hana.example>"),
        ("References", "<8f2c1a77-3d1e-4b0a-9e62-rt-hana@rt-hana.example>"),
    ],
    "flowed": True,
    "cte": "8bit",
    "body": flowed("""\
Dobrý den,

navazuji na svou žádost níže: natáčení na přebíracím místě v Olomouci nakonec rušíme, štáb \
bude ten večer ve studiu. O povolení k natáčení tedy už nežádáme. Přístup k XML serveru ale \
i nadále potřebujeme, adresy platí beze změny.

S pozdravem
Lukáš Vrba

Dne 6. 4. 2023 v 9:12 Lukáš Vrba napsal(a):
> Dobrý den,
>
> prosíme o dvě věci:
> 1. přístup k vyhrazenému XML serveru – ostré IP 198.18.20.5 a 198.18.20.6, testovací IP 198.18.21.5,
> 2. povolení pro náš štáb (redaktorka Jana Pokorná, kameraman Filip Mach) natáčet na přebíracím místě ČSÚ v Olomouci.
>
> Kontaktní osoba: Lukáš Vrba, produkce, vrba@rt-hana.example, 731 560 204
>
> Regionální televize Haná s.r.o.
> IČO: 26510537
> Horní náměstí 5, 779 00 Olomouc
"""),
    "labels": {
        "request_types": ["feed_access"],
        "organization": {
            "name": "Regionální televize Haná s.r.o.",
            "ico": "26510537",
            "databox_id": None,
        },
        "production_ips": ["198.18.20.5", "198.18.20.6"],
        "test_ips": ["198.18.21.5"],
        "contact": {
            "person": "Lukáš Vrba",
            "email": "vrba@rt-hana.example",
            "phone": "+420731560204",
        },
    },
}

_E013_TEXT = """\
Dobrý den,

Rádio Ještěd spol. s r.o. (IČ: 45274533) žádá o zpřístupnění vyhrazeného serveru s volebními \
výsledky.

Produkční rozsah: 203.0.113.16 s maskou 255.255.255.252 (tj. 4 adresy – dva stahovací \
servery a dva záložní).
Testovací stroj: 203.0.113.40

Kontaktní osoba: Jiří Matějka, správce sítě
mob.: 604/227 093
e-mail: matejka@radio-jested.example

Děkujeme.

S pozdravem
Jiří Matějka
Rádio Ještěd spol. s r.o.
Moskevská 18, 460 01 Liberec
"""

E013: dict[str, Any] = {
    "id": "e013-regional-radio-netmask",
    "description": "production given as an address with a dotted netmask (a /30, four "
    "addresses), sent from a shared NOC mailbox, phone with a slash, windows-1250",
    "style": "outlook",
    "from": "Správa sítě – Rádio Ještěd <noc@radio-jested.example>",
    "subject": "Rádio Ještěd – žádost o přístup k volebnímu XML",
    "headers": OUTLOOK,
    "charset": "windows-1250",
    "body": _E013_TEXT,
    "html": outlook_html(_E013_TEXT),
    "labels": {
        "request_types": ["feed_access"],
        "organization": {
            "name": "Rádio Ještěd spol. s r.o.",
            "ico": "45274533",
            "databox_id": None,
        },
        "production_ips": ["203.0.113.16", "203.0.113.17", "203.0.113.18", "203.0.113.19"],
        "test_ips": ["203.0.113.40"],
        "contact": {
            "person": "Jiří Matějka",
            "email": "matejka@radio-jested.example",
            "phone": "+420604227093",
        },
    },
}

_E014_TEXT = """\
Hi there,

I'm the data editor at The Prairie Ledger, a nonprofit newsroom in Omaha, Nebraska. We have \
a large Czech-American readership and we'd like to run a live results tracker for the \
upcoming Czech vote. A colleague told me your office offers a dedicated XML feed for media if \
we register our IPs ahead of time, so here goes.

Our scrapers run from a small block, 192.0.2.64/31 - both addresses are production. We also \
have an IPv6 path we'd like allowed for production: 2001:db8:710::25.

We don't have a separate test environment, so nothing to list there.

Our legal name is Prairie Ledger Media, Inc. (a 501(c)(3) nonprofit, EIN 47-3318206). If you \
need someone on the phone, I'm the person to reach: +1 402 555 0147 (cell). With the time \
difference, email is probably easiest.

Thanks so much,
Dana

Dana Whitfield | Data Editor
The Prairie Ledger
dwhitfield@prairieledger.example
"""

E014: dict[str, Any] = {
    "id": "e014-us-nonprofit-cidr31-ipv6",
    "description": "American nonprofit newsroom, casual English: a /31 block (two addresses) "
    "plus one IPv6, explicitly no test addresses, US phone, EIN",
    "style": "apple_mail",
    "from": "Dana Whitfield <dwhitfield@prairieledger.example>",
    "subject": "Czech election results feed – request from The Prairie Ledger",
    "headers": APPLE_MAIL,
    "body": _E014_TEXT,
    "html": apple_html(_E014_TEXT),
    "labels": {
        "request_types": ["feed_access"],
        "organization": {"name": "Prairie Ledger Media, Inc.", "ico": None, "databox_id": None},
        "production_ips": ["192.0.2.64", "192.0.2.65", "2001:db8:710::25"],
        "test_ips": [],
        "contact": {
            "person": "Dana Whitfield",
            "email": "dwhitfield@prairieledger.example",
            "phone": "+14025550147",
        },
    },
}

CASES: list[dict[str, Any]] = [
    E001,
    E002,
    E003,
    E004,
    E005,
    E006,
    E007,
    E008,
    E009,
    E010,
    E011,
    E012,
    E013,
    E014,
]
