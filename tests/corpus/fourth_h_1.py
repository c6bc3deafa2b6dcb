"""Fourth-round held-out part ``h``, cases h001–h014: foreign media, a university, student and
municipal media, a freelancer, an IT contractor, netmasks, declines, a withdrawal, a correction,
look-alikes and data-box messages. Written by hand; labels follow LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fourth_h_common import BOTH, FEED, REC, L, Style, ico, page, paras, soft, table

ICO_MEDIAFUN = ico("2741590")
ICO_UNI = ico("7102254")
ICO_JIHLAVA = ico("0026841")
ICO_KROUPA = ico("0828377")
ICO_HORIZONT = ico("4569812")
ICO_NETOPS = ico("2219034")
ICO_VYSOCINA = ico("6375521")
ICO_POLABI = ico("0523467")
ICO_PLUS = ico("1788003")
ICO_SEVER = ico("3649208")

_H002_TEXT = """Dobrý deň,

v mene vydavateľstva Denník Východ, s. r. o., so sídlom Hlavná 41, 040 01 Košice,
žiadame o pridelenie prístupu k vyhradenému serveru s výsledkami volieb prezidenta ČR
vo formáte XML. O spravodajstvo z volieb je medzi našimi čitateľmi na východe Slovenska
veľký záujem, preto by sme radi priebežne zverejňovali výsledky po okrskoch.

IP adresy uvádzame v tabuľke nižšie."""

_H002_SIGN = """S pozdravom

Mgr. Zuzana Hrabovská
vedúca digitálnej redakcie
Denník Východ, s. r. o.
tel.: +421 905 318 442
zuzana.hrabovska@dennikvychod.example"""

CASES: list[dict[str, Any]] = [
    {
        "id": "h001-english-wire-service-no-ico",
        "description": "a UK wire service writes in English, no IČO, UK mobile, roles as labels",
        "style": Style.GMAIL,
        "labels": L(
            FEED,
            "Nordwire News Ltd",
            None,
            ["203.0.113.20", "203.0.113.21"],
            ["203.0.113.99"],
            "Oliver Pennington",
            "o.pennington@nordwire.example",
            "+447700900418",
        ),
        "from": "Oliver Pennington <o.pennington@nordwire.example>",
        "subject": "Czech presidential election 2023 - access to the XML results server",
        "headers": [("X-Mailer", "Gmail")],
        "body": """Dear Sir or Madam,

I am writing on behalf of Nordwire News Ltd, a London-based wire service, to apply for
access to the dedicated XML results server for the Czech presidential election in
January 2023. Our Central Europe desk will be running live coverage of both rounds.

Live (production) IPs:
  203.0.113.20
  203.0.113.21
Test IP: 203.0.113.99

We are a company registered in England and Wales (company no. 08812247), so we have no
Czech business ID. Please let me know if you need anything else from us.

Kind regards,
Oliver Pennington
Head of Data Services, Nordwire News Ltd
mob. +44 7700 900418
""",
    },
    {
        "id": "h002-slovak-outlook-table-row-headers",
        "description": "Slovak newspaper, Outlook HTML, roles in the row header of a table",
        "style": Style.OUTLOOK,
        "labels": L(
            FEED,
            "Denník Východ, s. r. o.",
            ICO_MEDIAFUN,
            ["198.51.100.44", "198.51.100.45", "198.51.100.46"],
            ["198.51.100.250"],
            "Zuzana Hrabovská",
            "zuzana.hrabovska@dennikvychod.example",
            "+421905318442",
        ),
        "from": "Hrabovská Zuzana <zuzana.hrabovska@dennikvychod.example>",
        "subject": "Žiadosť o prístup k XML výsledkom volieb",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": _H002_TEXT
        + """

Produkčné adresy: 198.51.100.44, 198.51.100.45, 198.51.100.46
Testovacia adresa: 198.51.100.250

IČO: """
        + ICO_MEDIAFUN
        + "\n\n"
        + _H002_SIGN
        + "\n",
        "html": page(
            paras(_H002_TEXT)
            + table(
                [
                    ["Produkčné adresy", "198.51.100.44<br>198.51.100.45<br>198.51.100.46"],
                    ["Testovacia adresa", "198.51.100.250"],
                ],
                head=False,
            ).replace("&lt;br&gt;", "<br>")
            + paras(f"IČO: {ICO_MEDIAFUN}\n\n" + _H002_SIGN)
        ),
    },
    {
        "id": "h003-polish-tv-english-respectively",
        "description": "Polish TV writes English; production and test given by 'respectively'",
        "style": Style.THUNDERBIRD,
        "labels": L(
            FEED,
            "Telewizja Beskidy sp. z o.o.",
            None,
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Katarzyna Wójcik-Nowak",
            "k.wojcik@tvbeskidy.example",
            "+48601223947",
        ),
        "from": "Katarzyna Wójcik-Nowak <k.wojcik@tvbeskidy.example>",
        "subject": "Request: election results feed (Telewizja Beskidy)",
        "headers": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; rv:102.0) Thunderbird/102.5.0")],
        "flowed": True,
        "body": soft(
            """Dzień dobry / Good morning,

Telewizja Beskidy sp. z o.o. from Bielsko-Biała would like to receive the XML election~
results during the Czech presidential election. Our audience on both sides of the border~
follows Czech politics closely and we will broadcast a special evening programme.

Our production and test servers are 192.0.2.140 and 192.0.2.141 respectively.

The person to contact is me. Phone: +48 601 223 947 (also WhatsApp).

Best regards / Z poważaniem
Katarzyna Wójcik-Nowak
Newsroom IT coordinator
Telewizja Beskidy sp. z o.o., ul. Partyzantów 12, 43-300 Bielsko-Biała
"""
        ),
    },
    {
        "id": "h004-student-tv-filming-only-declines-feed",
        "description": "university student TV asks only to film; says outright it needs no XML",
        "style": Style.WEBMAIL,
        "labels": L(
            REC,
            "Studentská televize Kampus, z. s.",
            ICO_UNI,
            [],
            [],
            "Adéla Šťastná",
            "adela.stastna@kampustv.example",
            "+420731552018",
        ),
        "from": "Adéla Šťastná <adela.stastna@kampustv.example>",
        "subject": "natáčení na přebíracím místě – studentská TV",
        "headers": [("X-Mailer", "Roundcube Webmail/1.6.0")],
        "body": f"""Dobrý den,

jsme studentská televize při Fakultě sociálních studií a rádi bychom pro náš
zpravodajský magazín natočili krátkou reportáž o tom, jak probíhá sčítání hlasů.
Prosíme proto o povolení natáčet na přebíracím místě ČSÚ v okrese Brno-město
během prvního kola volby prezidenta (sobota 14. 1. 2023 odpoledne).

Natáčet by byli dva lidé: já (kamera) a Jakub Marek (redaktor). Přístup k
XML serveru s výsledky nepotřebujeme, výsledky převezmeme z volby.cz.

Žadatel: Studentská televize Kampus, z. s., IČO {ICO_UNI}
Joštova 10, 602 00 Brno

Kontaktní osoba pro tuto žádost: Adéla Šťastná, tel. 731 552 018,
adela.stastna@kampustv.example
Na místě bude také Jakub Marek, tel. 604 881 230, jakub.marek@kampustv.example

Děkujeme a zdravíme
Adéla Šťastná, šéfredaktorka
""",
    },
    {
        "id": "h005-municipal-newsroom-docx-cidr",
        "description": "a city's newsroom, letter in DOCX, production as a /30, no test address",
        "style": Style.LETTER,
        "labels": L(
            FEED,
            "Statutární město Jihlava",
            ICO_JIHLAVA,
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
            [],
            "Radka Pospíšilová",
            "radka.pospisilova@jihlava-mesto.example",
            "+420567167214",
        ),
        "from": "Pospíšilová Radka <radka.pospisilova@jihlava-mesto.example>",
        "subject": "Žádost - Jihlavské listy - výsledky voleb XML",
        "headers": [("X-Mailer", "Microsoft Outlook 15.0")],
        "body": """Dobrý den,

v příloze zasíláme žádost města Jihlavy (redakce Jihlavských listů) o připojení
k serveru s výsledky voleb.

S pozdravem
Radka Pospíšilová
odbor komunikace, Magistrát města Jihlavy
""",
        "attachments": [
            (
                "docx",
                "zadost_volby_2023.docx",
                {
                    "header": "Statutární město Jihlava | Masarykovo náměstí 97/1, 586 01 Jihlava",
                    "footer": "Magistrát města Jihlavy – odbor komunikace",
                    "blocks": [
                        "Český statistický úřad",
                        "Na padesátém 81, 100 82 Praha 10",
                        "Věc: Žádost o přístup k výsledkům volby prezidenta republiky ve formátu XML",
                        "Statutární město Jihlava, IČO "
                        + ICO_JIHLAVA
                        + ", vydává zpravodaj Jihlavské listy a provozuje městský "
                        "zpravodajský web. Žádáme o zpřístupnění vyhrazeného serveru s "
                        "výsledky voleb v obou kolech.",
                        "Připojovat se budeme z rozsahu veřejných adres 203.0.113.64/30 "
                        "(celý blok, čtyři adresy, ostrý provoz). Testovací adresu "
                        "nepožadujeme.",
                        "Kontaktní osoba: Radka Pospíšilová, tel. 567 167 214, "
                        "radka.pospisilova@jihlava-mesto.example",
                        "V Jihlavě dne 1. 12. 2022",
                        "Mgr. Tomáš Vlček, vedoucí odboru komunikace",
                    ],
                },
            )
        ],
    },
    {
        "id": "h006-freelancer-photographer-00420",
        "description": "freelance camera operator (sole trader), filming only, phone with 00420",
        "style": Style.APPLE_MAIL,
        "labels": L(
            REC,
            "Tomáš Kroupa",
            ICO_KROUPA,
            [],
            [],
            "Tomáš Kroupa",
            "kroupa.foto@seznam-post.example",
            "+420603123456",
        ),
        "from": "Tomas Kroupa <kroupa.foto@seznam-post.example>",
        "subject": "Povolení k natáčení – přebírací místo Plzeň",
        "headers": [("X-Mailer", "Apple Mail (2.3731.200.110.1.12)")],
        "body": f"""Dobrý den,

jsem kameraman na volné noze (IČO {ICO_KROUPA}) a na zakázku připravuji
dokument o průběhu prezidentské volby. Chtěl bych Vás požádat o povolení
pořizovat obrazový a zvukový záznam na přebíracím místě v Plzni (okres
Plzeň-město), ideálně v pátek 13. 1. večer a v sobotu 14. 1.

Natáčet budu sám, s jednou kamerou na stativu, bez osvětlení.

Tomáš Kroupa
kameraman, IČO {ICO_KROUPA}
Klatovská 118, 301 00 Plzeň
00420 603 123 456

Odesláno z iPadu
""",
    },
    {
        "id": "h007-it-contractor-for-radio-legend",
        "description": "an IT contractor writes for a radio; roles by a P/T legend; contact is the radio's editor",
        "style": Style.OUTLOOK,
        "labels": L(
            FEED,
            "Rádio Horizont, spol. s r.o.",
            ICO_HORIZONT,
            ["198.51.100.70", "198.51.100.71"],
            ["198.51.100.170", "198.51.100.171"],
            "Ilona Vávrová",
            "vavrova@radiohorizont.example",
            "+420728340195",
        ),
        "from": "Martin Sýkora <sykora@netops-solutions.example>",
        "cc": "vavrova@radiohorizont.example",
        "subject": "Rádio Horizont – IP adresy pro XML výsledky voleb",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": f"""Dobrý den,

jsem externí správce sítě (NetOps Solutions s.r.o., IČO {ICO_NETOPS}) a píšu
v zastoupení našeho zákazníka Rádio Horizont, spol. s r.o., IČO {ICO_HORIZONT},
které žádá o přístup k vyhrazenému XML serveru s výsledky volby prezidenta.

Legenda: P = produkce, T = test

P  198.51.100.70
P  198.51.100.71
T  198.51.100.170
T  198.51.100.171

Kontaktní osobou pro tuto žádost je za rádio šéfredaktorka Ilona Vávrová
(vavrova@radiohorizont.example, 728 340 195), kterou dávám do kopie.
Já řeším jen technickou stránku, na mě se obracejte pouze s dotazy k síti.

Martin Sýkora
NetOps Solutions s.r.o.
+420 776 902 311
""",
    },
    {
        "id": "h008-databox-pdf-regional-weekly",
        "description": "data message, application only in an attached PDF with a wrapped table",
        "style": Style.DATABOX,
        "labels": L(
            FEED,
            "Vysočina Press a.s.",
            ICO_VYSOCINA,
            ["192.0.2.77", "192.0.2.78"],
            ["192.0.2.200"],
            "Pavel Dvořáček",
            "dvoracek@vysocinapress.example",
            "+420605447812",
            "k4mb7qe",
        ),
        "subject": "Žádost o přístup k XML datům – volba prezidenta 2023",
        "databox": {
            "box": "k4mb7qe",
            "sender": "Vysočina Press a.s.",
            "address": "Znojemská 12, 586 01 Jihlava",
            "ref": "VP-2022/311",
        },
        "attachments": [
            (
                "pdf",
                "zadost_CSU.pdf",
                [
                    "Vysočina Press a.s., IČO " + ICO_VYSOCINA + ", Znojemská 12, 586 01 Jihlava",
                    "Český statistický úřad – žádost o přístup k vyhrazenému serveru s výsledky "
                    "volby prezidenta republiky 2023 (XML)",
                    "Vydáváme regionální týdeník Hlas Vysočiny a jeho zpravodajský web. Prosíme "
                    "o registraci níže uvedených IP adres.",
                    {
                        "rows": [
                            ["Účel", "IP adresa"],
                            ["ostrý provoz – hlavní server redakčního systému", "192.0.2.77"],
                            ["ostrý provoz – záložní server (druhé datové centrum)", "192.0.2.78"],
                            [
                                "testovací prostředí (bude odpojeno při ostrém zpracování)",
                                "192.0.2.200",
                            ],
                        ],
                        "widths": [120, 110],
                    },
                    "Kontaktní osoba: Pavel Dvořáček, vedoucí IT, tel. +420 605 447 812, "
                    "e-mail dvoracek@vysocinapress.example",
                    "Ing. Jana Malá, předsedkyně představenstva",
                ],
            )
        ],
    },
    {
        "id": "h009-no-diacritics-netmask-declines-filming",
        "description": "terse technician without diacritics; address with netmask; filming declined",
        "style": Style.NOTE,
        "labels": L(
            FEED,
            "Polabske listy s.r.o.",
            ICO_POLABI,
            ["192.0.2.8", "192.0.2.9", "192.0.2.10", "192.0.2.11"],
            ["192.0.2.60"],
            "Lukas Benes",
            "benes@polabskelisty.example",
            "+420702118540",
        ),
        "from": "Lukas Benes <benes@polabskelisty.example>",
        "subject": "xml volby - registrace IP",
        "charset": "us-ascii",
        "cte": "7bit",
        "body": f"""Dobry den,

za Polabske listy s.r.o. (ICO {ICO_POLABI}) zadame o pristup k XML vysledkum.

prod: 192.0.2.8 maska 255.255.255.252
test: 192.0.2.60

O nataceni na prebiracich mistech nezadame, to nas letos nezajima.

Lukas Benes, sitovy admin
tel 702118540
""",
    },
    {
        "id": "h010-withdraws-filming-in-postscript",
        "description": "asks for feed and filming, then withdraws the filming in a P.S.",
        "style": Style.GMAIL,
        "labels": L(
            FEED,
            "PLUS MÉDIA s.r.o.",
            ICO_PLUS,
            ["203.0.113.130"],
            ["203.0.113.131", "203.0.113.132"],
            "Veronika Šimková",
            "veronika.simkova@plusmedia.example",
            "+420774209318",
        ),
        "from": "Veronika Šimková <veronika.simkova@plusmedia.example>",
        "subject": "Volba prezidenta – XML a natáčení",
        "headers": [("X-Mailer", "Gmail")],
        "body": f"""Dobrý den,

společnost PLUS MÉDIA s.r.o., IČO {ICO_PLUS}, by ráda požádala:
1) o přístup k XML výsledkům na vyhrazeném serveru,
2) o povolení natáčet na přebíracím místě v Kladně.

Ostrá adresa: 203.0.113.130
Testovací adresy: 203.0.113.131, 203.0.113.132

Kontakt: Veronika Šimková, 774 209 318

Díky moc,
Veronika Šimková
produkce, PLUS MÉDIA

P.S. Právě mi kolegové potvrdili, že štáb v ten víkend nebude k dispozici,
takže bod 2 (natáčení) prosím berte jako bezpředmětný, žádáme jen o bod 1.
""",
    },
    {
        "id": "h011-corrects-production-address",
        "description": "a typo in a production address is corrected further down the message",
        "style": Style.THUNDERBIRD,
        "labels": L(
            FEED,
            "Severočeský deník, a.s.",
            ICO_SEVER,
            ["198.51.100.51", "198.51.100.52"],
            ["198.51.100.53"],
            "Jiří Hampl",
            "hampl@sevdenik.example",
            "+420476552901",
        ),
        "from": "Jiří Hampl <hampl@sevdenik.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "charset": "iso-8859-2",
        "headers": [("User-Agent", "Mozilla Thunderbird 91.13.1")],
        "body": f"""Dobrý den,

Severočeský deník, a.s. (IČO {ICO_SEVER}, Mírové nám. 3, Ústí nad Labem)
žádá o přístup k serveru s výsledky volby prezidenta ve formátu XML.

Produkční adresy: 198.51.100.15, 198.51.100.52
Testovací adresa: 198.51.100.53

Oprava: v první produkční adrese jsem přehodil číslice, správně má být
198.51.100.51 (ne .15). Ostatní adresy platí.

Jiří Hampl
technický ředitel
tel. 476 552 901
""",
    },
    {
        "id": "h012-lookalikes-versions-oid-old-address",
        "description": "software versions, an OID, dates and an old address next to the real ones",
        "style": Style.GMAIL,
        "labels": L(
            FEED,
            "Mediahub Group s.r.o.",
            ico("0699512"),
            ["203.0.113.88"],
            ["203.0.113.89"],
            "Ondřej Kalina",
            "ondrej.kalina@mediahub.example",
            "+420734600125",
        ),
        "from": "Ondřej Kalina <ondrej.kalina@mediahub.example>",
        "subject": "Registrace pro XML výsledky – Mediahub Group",
        "headers": [("X-Mailer", "Gmail")],
        "body": f"""Dobrý den,

posílám registraci Mediahub Group s.r.o. (IČO {ico("0699512")}) k přístupu na
vyhrazený XML server.

Při zářijových komunálních volbách jsme se připojovali z 203.0.113.9,
tento server už ale nepoužíváme a prosíme ho nepovolovat.

Nově:
- ostrý provoz: 203.0.113.88
- test: 203.0.113.89

Stahování běží přes curl 7.88.1 a nginx 1.22.1 na Debianu 11.6, klientský
certifikát máme s politikou OID 1.3.6.1.4.1.5734.3.5, kdyby to bylo potřeba.
Technickou schůzku bychom zvládli kdykoli do 20.12.2022.

Ondřej Kalina
vedoucí vývoje
+420 734 600 125
""",
    },
    {
        "id": "h013-german-english-ipv6-live",
        "description": "German agency writes German-English; IPv6 live addresses, IPv4 test",
        "style": Style.OUTLOOK,
        "labels": L(
            FEED,
            "Mitteleuropa Nachrichtendienst GmbH",
            None,
            ["2001:db8:4a1::10", "2001:db8:4a1::11"],
            ["198.51.100.199"],
            "Stefan Brückner",
            "s.brueckner@mend-news.example",
            "+4915112345678",
        ),
        "from": '"Brückner, Stefan" <s.brueckner@mend-news.example>',
        "subject": "Antrag / application: XML-Wahlergebnisse Tschechien 2023",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": """Sehr geehrte Damen und Herren, dear colleagues,

please find our application for the XML result feed of the Czech presidential
election. We are Mitteleuropa Nachrichtendienst GmbH, Dresden (Handelsregister
Amtsgericht Dresden HRB 41177) - no Czech IČO.

Live-System (IPv6):  2001:db8:4a1:0:0:0:0:10  and  2001:db8:4a1::11
Testsystem (IPv4):   198.51.100.199

Ansprechpartner / contact: Stefan Brückner, Tel. +49 151 1234 5678

Mit freundlichen Grüßen / best regards
Stefan Brückner
Leiter Datenredaktion
""",
    },
    {
        "id": "h014-databox-xlsx-both-requests",
        "description": "data message with an XLSX form: both requests, roles in a column header",
        "style": Style.DATABOX,
        "labels": L(
            BOTH,
            "TV Region Morava s.r.o.",
            ico("2850016"),
            ["198.51.100.90", "198.51.100.91", "198.51.100.92"],
            ["198.51.100.93"],
            "Hana Kozlová",
            "kozlova@tvrm.example",
            "+420597444210",
            "x2pd9hn",
        ),
        "subject": "Žádost XML + natáčení",
        "databox": {
            "box": "x2pd9hn",
            "sender": "TV Region Morava s.r.o.",
            "address": "Sokolská třída 26, 702 00 Ostrava",
        },
        "attachments": [
            (
                "xlsx",
                "zadost_tvrm.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "TV Region Morava s.r.o."],
                            ["IČO", ico("2850016")],
                            ["Přístup k XML serveru", "ano"],
                            ["Natáčení na přebíracím místě", "ano – okres Ostrava-město"],
                            ["Kontaktní osoba", "Hana Kozlová"],
                            ["Telefon", "597 444 210"],
                            ["E-mail", "kozlova@tvrm.example"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Produkční IP", "Testovací IP"],
                            ["198.51.100.90", "198.51.100.93"],
                            ["198.51.100.91", ""],
                            ["198.51.100.92", ""],
                        ],
                    },
                    {
                        "title": "Štáb",
                        "rows": [
                            ["Jméno", "Funkce", "Telefon"],
                            ["Karel Mrázek", "kameraman", "731 118 204"],
                            ["Lenka Olšová", "redaktorka", "737 900 512"],
                        ],
                    },
                ],
            )
        ],
    },
]
