"""Third held-out half, prefix ``c``, cases c001–c014 (written by hand, issue 18)."""

from __future__ import annotations

from typing import Any

from tests.corpus.fresh_c_common import (
    BOTH,
    FEED,
    OFFICE_CALL,
    OFFICE_SIGNATURE,
    L,
    Style,
    gmail_html,
    outlook_html,
    quote,
)

OUTLOOK = [
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("Thread-Index", "AdkzRt5mQ2Vx0Pz1Sc2lJmB3nXyQ=="),
]

C001_TEXT = """Dobrý den,

v souvislosti s nadcházejícími volbami bychom rádi požádali o zřízení přístupu k serveru \
s průběžnými výsledky ve formátu XML pro zpravodajský web Jihlavských listů.

Produkční (ostré) IP adresy:
198.51.100.14
198.51.100.15
198.51.100.16

Testovací IP adresy:
203.0.113.201
203.0.113.202

Kontaktní osobou pro technické záležitosti jsem já, na mobilu jsem k zastižení i o víkendu.

S pozdravem

Mgr. Lenka Procházková
vedoucí online redakce
Vysočina Press, a.s. | vydavatel Jihlavských listů
Masarykovo náměstí 1410/12, 586 01 Jihlava
IČO: 27483151
M: +420 604 318 227
T: +420 567 110 200 (ústředna)
lenka.prochazkova@vysocinapress.example"""

C001: dict[str, Any] = {
    "id": "c001-outlook-cp1250-vysocina",
    "description": "Outlook multipart/alternative in windows-1250 quoted-printable; the "
    "publisher and its publication both named; mobile before the switchboard in the signature",
    "style": Style.OUTLOOK,
    "from": "Procházková Lenka <lenka.prochazkova@vysocinapress.example>",
    "subject": "Žádost o přístup k XML výsledkům voleb - Jihlavské listy",
    "headers": OUTLOOK,
    "charset": "windows-1250",
    "cte": "qp",
    "body": C001_TEXT,
    "html": outlook_html(C001_TEXT, charset="windows-1250"),
    "labels": L(
        FEED,
        "Vysočina Press, a.s.",
        "27483151",
        None,
        ["198.51.100.14", "198.51.100.15", "198.51.100.16"],
        ["203.0.113.201", "203.0.113.202"],
        "Lenka Procházková",
        "lenka.prochazkova@vysocinapress.example",
        "+420604318227",
    ),
}

C002_TEXT = """Dobrý den, pane inženýre,

na výzvu níže reaguji za sebe – dělám volební mapy a grafiky na volné noze pro několik \
regionálních webů a data bych si rád stahoval přímo od vás, ne přes třetí stranu.

Server, ze kterého budu stahovat, má adresu 203.0.113.77, jinou ostrou nemám. Testovací \
přístup nepotřebuji, skripty mám odladěné z minulých voleb.

Díky předem
Tomáš Kreml
datový novinář, OSVČ
IČO 08871345
tel. 731 554 090"""

C002_ATTR = "po 16. 1. 2023 v 9:14 odesílatel Šindelář Radek <volby.media@czso.cz> napsal:"
C002_QUOTED = OFFICE_CALL + "\n\nS pozdravem\n\n" + OFFICE_SIGNATURE

C002: dict[str, Any] = {
    "id": "c002-gmail-reply-to-call-freelancer",
    "description": "Gmail reply to the office's call, which it quotes with the office's sample "
    "addresses, IČO, data box and phone; a freelancer with one production address, no test",
    "style": Style.REPLY_OFFICE,
    "from": "Tomáš Kreml <tomas.kreml@kreml-data.example>",
    "to": "Šindelář Radek <volby.media@czso.cz>",
    "subject": "Re: Přístup médií k výsledkům voleb ve formátu XML",
    "body": C002_TEXT + "\n\n" + C002_ATTR + "\n\n" + quote(C002_QUOTED),
    "html": gmail_html(C002_TEXT, C002_ATTR, C002_QUOTED),
    "labels": L(
        FEED,
        "Tomáš Kreml",
        "08871345",
        None,
        ["203.0.113.77"],
        [],
        "Tomáš Kreml",
        "tomas.kreml@kreml-data.example",
        "+420731554090",
    ),
}

C003: dict[str, Any] = {
    "id": "c003-thunderbird-flowed-radio",
    "description": "format=flowed: the soft line breaks fall inside the sentence that gives "
    "the roles; a backup server among the production addresses",
    "style": Style.THUNDERBIRD_FLOWED,
    "from": "Ondřej Bartoš <ondrej.bartos@radiohanaplus.example>",
    "subject": "XML server - Rádio Haná Plus",
    "headers": [("User-Agent", "Mozilla Thunderbird 102.6.1")],
    "flowed": True,
    "cte": "8bit",
    "body": """Dobrý den,

rádi bychom se i letos připojili k vašemu XML serveru s výsledky. Pro ostrý\x20
provoz budeme používat adresy 198.51.100.41 a 198.51.100.42 (druhá je\x20
záložní stroj v druhé serverovně), pro testování pak jedinou adresu\x20
198.51.100.200, kterou po volbách zrušíme.

Technický kontakt: Ondřej Bartoš, tel. 605 44 21 90,\x20
ondrej.bartos@radiohanaplus.example

Děkuji za vyřízení.

--\x20
Ondřej Bartoš
technik vysílání
Rádio Haná Plus s.r.o., IČO 26190338
Horní náměstí 22, 779 00 Olomouc
""",
    "labels": L(
        FEED,
        "Rádio Haná Plus s.r.o.",
        "26190338",
        None,
        ["198.51.100.41", "198.51.100.42"],
        ["198.51.100.200"],
        "Ondřej Bartoš",
        "ondrej.bartos@radiohanaplus.example",
        "+420605442190",
    ),
}

C004_TEXT = """Dear Sir or Madam,

Alpenfunk Medien GmbH (Vienna) will cover the Czech elections live on our radio and web \
channels, and we would like to apply for two things:

1. Access to the XML results server. Our production servers are 198.18.40.11 and \
198.18.40.12, plus 2001:db8:4a1::15 over IPv6. For testing before election day please \
allow 2001:db8:4a1::99.

2. Permission for our reporter Florian Gruber and camerawoman Eva Maierhofer to film at \
the collection point in České Budějovice on election night.

I am the contact person for both requests: Katharina Leitner, head of our Prague bureau, \
mobile +43 664 123 4567, k.leitner@alpenfunk.example.

Kind regards,
Katharina Leitner

Alpenfunk Medien GmbH
Mariahilfer Straße 88, 1070 Wien, Austria
FN 412345 x | UID ATU68714492"""


def _apple_html(text: str) -> str:
    empty = '<br class="">'
    divs = "".join(f'<div class="">{line or empty}</div>' for line in text.split("\n"))
    return (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
        '</head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
        f'line-break: after-white-space;" class="">{divs}</body></html>'
    )


C004: dict[str, Any] = {
    "id": "c004-apple-mail-english-austria",
    "description": "Apple Mail, English, a foreign applicant without IČO (Austrian company "
    "register and VAT numbers only); IPv4 and IPv6 production, IPv6 test; also filming",
    "style": Style.APPLE_MAIL,
    "from": "Katharina Leitner <k.leitner@alpenfunk.example>",
    "subject": "Application: XML results access and filming permit (Alpenfunk)",
    "headers": [("X-Mailer", "Apple Mail (2.3731.300.101.1.3)")],
    "body": C004_TEXT,
    "html": _apple_html(C004_TEXT),
    "labels": L(
        BOTH,
        "Alpenfunk Medien GmbH",
        None,
        None,
        ["198.18.40.11", "198.18.40.12", "2001:db8:4a1::15"],
        ["2001:db8:4a1::99"],
        "Katharina Leitner",
        "k.leitner@alpenfunk.example",
        "+436641234567",
    ),
}

C005: dict[str, Any] = {
    "id": "c005-webmail-html-base64-municipality",
    "description": "HTML-only webmail in base64 without diacritics; a town publishing a "
    "monthly; 'IC:' for IČO; one production address and no test address",
    "style": Style.WEBMAIL_HTML,
    "from": "Jitka Novotna <novotna@hornirovensko.example>",
    "subject": "zadost o pristup k vysledkum voleb XML",
    "headers": [("X-Mailer", "Email.cz webmail")],
    "cte": "base64",
    "html": (
        "<html><body><div>Dobry den,</div><div><br></div><div>mesto Horni Rovensko vydava "
        "mesicnik Rovenske listy a na webu mesta bychom o volebnim vikendu chteli zobrazovat "
        "prubezne vysledky za nasi obec i za cely okres. Zadame proto o pristup k XML "
        "serveru CSU.</div><div><br></div><div>IP adresa naseho webserveru (ostry provoz): "
        "203.0.113.18</div><div>Testovaci adresu nemame, web bezi jen na jednom stroji."
        "</div><div><br></div><div>Kontakt: Jitka Novotna, referentka pro vnejsi vztahy, "
        "tel. 491 478 302, novotna@hornirovensko.example</div><div><br></div>"
        "<div>Mesto Horni Rovensko, IC: 00268411</div><div>Namesti Svobody 1, "
        "549 54 Horni Rovensko</div></body></html>"
    ),
    "labels": L(
        FEED,
        "Mesto Horni Rovensko",
        "00268411",
        None,
        ["203.0.113.18"],
        [],
        "Jitka Novotna",
        "novotna@hornirovensko.example",
        "+420491478302",
    ),
}

C006: dict[str, Any] = {
    "id": "c006-iphone-two-lines",
    "description": "two lines typed on a phone, partly without diacritics; 'kontakt ja' "
    "means the signer; no IČO",
    "style": Style.MOBILE,
    "from": "Petr Vaněk <p.vanek@polabskenoviny.example>",
    "subject": "XML vysledky",
    "headers": [("X-Mailer", "iPhone Mail (20C65)")],
    "cte": "8bit",
    "body": """Dobry den prosim o pristup k xml vysledkum pro nasi redakci. Ostra \
198.51.100.130, test 198.51.100.131. Kontakt ja, 777 902 415.
Petr Vaněk, Polabské noviny s.r.o.

Odesláno z iPhonu""",
    "labels": L(
        FEED,
        "Polabské noviny s.r.o.",
        None,
        None,
        ["198.51.100.130"],
        ["198.51.100.131"],
        "Petr Vaněk",
        "p.vanek@polabskenoviny.example",
        "+420777902415",
    ),
}

C007_ORIGINAL = """Od: Radim Kolář <kolar@zlinskytydenik.example>
Odesláno: pondělí 30. ledna 2023 10:12
Komu: podatelna@czso.cz
Předmět: Žádost o přístup k XML - Zlínský týdeník

Dobrý den,

jménem vydavatelství Zlínský týdeník s.r.o. (IČO 45308713) žádáme o přístup k XML výstupům \
s výsledky voleb.

Ostré adresy: 203.0.113.60, 198.51.100.60

Kontaktní osoba: Radim Kolář, správce webu
tel.: +420 577 001 642
e-mail: kolar@zlinskytydenik.example

Děkuji,
Radim Kolář"""

C007: dict[str, Any] = {
    "id": "c007-forward-own-adds-test",
    "description": "the applicant forwards his own earlier application (Outlook header block) "
    "and adds the test addresses he forgot; everything else comes from the quoted original",
    "style": Style.FORWARD_OWN,
    "from": "Radim Kolář <kolar@zlinskytydenik.example>",
    "subject": "FW: Žádost o přístup k XML - Zlínský týdeník",
    "headers": OUTLOOK,
    "body": """Dobrý den,

přeposílám naši žádost z minulého týdne, na kterou jsme zatím nedostali potvrzení. \
Zároveň doplňuji, na co jsem v ní zapomněl – testovací adresy:
203.0.113.61
203.0.113.62

Ostatní údaje platí beze změny.

Radim Kolář

"""
    + C007_ORIGINAL,
    "labels": L(
        FEED,
        "Zlínský týdeník s.r.o.",
        "45308713",
        None,
        ["203.0.113.60", "198.51.100.60"],
        ["203.0.113.61", "203.0.113.62"],
        "Radim Kolář",
        "kolar@zlinskytydenik.example",
        "+420577001642",
    ),
}

C008: dict[str, Any] = {
    "id": "c008-correction-third-address",
    "description": "a production address corrected further down in the same message; "
    "filming explicitly not wanted",
    "style": Style.CORRECTION,
    "from": "Hana Šebestová <sebestova@tvpodripsko.example>",
    "subject": "Žádost - XML data voleb - TV Podřipsko",
    "headers": OUTLOOK,
    "body": """Dobrý den,

TV Podřipsko s.r.o., IČO 63814021, žádá o zpřístupnění XML dat s výsledky voleb pro naše \
zpravodajství a web.

IP adresy pro ostrý provoz:
- 198.51.100.22
- 198.51.100.23
- 198.51.100.24
IP adresa pro testování:
- 198.51.100.29

Kontakt: Hana Šebestová, šéfredaktorka, 724 650 118, sebestova@tvpodripsko.example

Oprava: kolega z IT mě právě upozornil, že třetí ostrá adresa je špatně – místo \
198.51.100.24 má být 198.51.100.34. Ostatní sedí.

Natáčet na přebíracím místě letos nebudeme, stačí nám data.

Děkuji a přeji hezký den
Hana Šebestová""",
    "labels": L(
        FEED,
        "TV Podřipsko s.r.o.",
        "63814021",
        None,
        ["198.51.100.22", "198.51.100.23", "198.51.100.34"],
        ["198.51.100.29"],
        "Hana Šebestová",
        "sebestova@tvpodripsko.example",
        "+420724650118",
    ),
}

C009_TEXT = """Dobrý den,

v návaznosti na Vaši výzvu zasíláme údaje pro zřízení přístupu k XML výsledkům voleb \
pro společnost Mediahub Brno a.s., IČO 04588223.

Adresy jsou v tabulce níže.

Kontaktní osoba: Ing. Marek Pospíšil, vedoucí IT, mobil 603 880 412, pospisil@mediahub.example

S pozdravem
Marek Pospíšil"""

C009_TABLE = """<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" \
style="border-collapse:collapse;border:none">
<tr><td><p class="MsoNormal"><b>Účel</b></p></td><td><p class="MsoNormal"><b>IP adresa</b></p>\
</td><td><p class="MsoNormal"><b>Poznámka</b></p></td></tr>
<tr><td><p class="MsoNormal">Produkce</p></td><td><p class="MsoNormal">198.51.100.90</p></td>\
<td><p class="MsoNormal">hlavní stahovací server</p></td></tr>
<tr><td><p class="MsoNormal">Záloha</p></td><td><p class="MsoNormal">198.51.100.91</p></td>\
<td><p class="MsoNormal">přebírá provoz při výpadku hlavního</p></td></tr>
<tr><td><p class="MsoNormal">Test</p></td><td><p class="MsoNormal">203.0.113.140</p></td>\
<td><p class="MsoNormal">vývojové prostředí</p></td></tr>
<tr><td><p class="MsoNormal">Test</p></td><td><p class="MsoNormal">2001:db8:90::140</p></td>\
<td><p class="MsoNormal">totéž přes IPv6</p></td></tr>
</table>"""

C009_PLAIN_TABLE = """Účel\tIP adresa\tPoznámka
Produkce\t198.51.100.90\thlavní stahovací server
Záloha\t198.51.100.91\tpřebírá provoz při výpadku hlavního
Test\t203.0.113.140\tvývojové prostředí
Test\t2001:db8:90::140\ttotéž přes IPv6"""

C009: dict[str, Any] = {
    "id": "c009-outlook-html-table-backup",
    "description": "roles in the first column of an Outlook HTML table (tab-separated in the "
    "plain part); 'Záloha' is a production address; an IPv6 test address",
    "style": Style.HTML_TABLE,
    "from": "Pospíšil Marek <pospisil@mediahub.example>",
    "subject": "Přístup k XML - Mediahub Brno",
    "headers": OUTLOOK,
    "body": C009_TEXT.replace("níže.", "níže.\n\n" + C009_PLAIN_TABLE),
    "html": outlook_html(C009_TEXT, C009_TABLE),
    "labels": L(
        FEED,
        "Mediahub Brno a.s.",
        "04588223",
        None,
        ["198.51.100.90", "198.51.100.91"],
        ["203.0.113.140", "2001:db8:90::140"],
        "Marek Pospíšil",
        "pospisil@mediahub.example",
        "+420603880412",
    ),
}

C010_TEXT = """Vážení,

Zpravodajská agentura Střed, s.r.o. tímto žádá o přístup k serveru s průběžnými výsledky \
voleb ve formátu XML.

Pro ostrý provoz: 198.51.100.150, 198.51.100.151
Pro test: 198.51.100.152

Kontaktní osobou pro tuto žádost je vedoucí našeho datového týmu Veronika Malá \
(veronika.mala@agenturastred.example, mobil +420 739 014 552), která je k zastižení \
i o volebním víkendu.

S úctou

JUDr. Pavel Doležal
jednatel

Zpravodajská agentura Střed, s.r.o.
Palackého 714/3, 301 00 Plzeň
IČO: 28931157 | DIČ: CZ28931157
ID datové schránky: r7kx2mq
tel. ústředna: +420 377 220 100
mobil: +420 602 339 870
fax: +420 377 220 199
www.agenturastred.example"""

C010: dict[str, Any] = {
    "id": "c010-signature-several-phones",
    "description": "the signer's block has IČO, DIČ, data box, switchboard, mobile and fax; "
    "the named contact is a colleague with her own e-mail and mobile in the body",
    "style": Style.SIGNATURE,
    "from": "Pavel Doležal <dolezal@agenturastred.example>",
    "subject": "Žádost o přístup k XML výsledkům",
    "headers": OUTLOOK,
    "body": C010_TEXT,
    "html": outlook_html(C010_TEXT),
    "labels": L(
        FEED,
        "Zpravodajská agentura Střed, s.r.o.",
        "28931157",
        "r7kx2mq",
        ["198.51.100.150", "198.51.100.151"],
        ["198.51.100.152"],
        "Veronika Malá",
        "veronika.mala@agenturastred.example",
        "+420739014552",
    ),
}

C011: dict[str, Any] = {
    "id": "c011-order-v-uvedenem-poradi",
    "description": "one production and one test address given only by 'v uvedeném pořadí'; a "
    "university running a student TV",
    "style": Style.ROLE_ORDER,
    "from": "Daniel Tůma <tuma@vsms.example>",
    "subject": "UniTV - žádost o XML výsledky",
    "headers": [("User-Agent", "Mozilla Thunderbird 115.6.0")],
    "body": """Dobrý den,

studentská televize UniTV, kterou provozuje naše vysoká škola, bude o volebním víkendu \
vysílat celonoční speciál a ráda by k tomu využila vaše XML výsledky.

Pro ostrý a testovací provoz budeme používat v uvedeném pořadí adresy 203.0.113.50 \
a 203.0.113.90.

Žadatel: Vysoká škola mediálních studií Praha, o.p.s., IČO 24055191
Kontaktní osoba: Mgr. Daniel Tůma, Ph.D., vedoucí ateliéru TV tvorby, tel. 234 701 566, \
tuma@vsms.example

S pozdravem
Daniel Tůma
""",
    "labels": L(
        FEED,
        "Vysoká škola mediálních studií Praha, o.p.s.",
        "24055191",
        None,
        ["203.0.113.50"],
        ["203.0.113.90"],
        "Daniel Tůma",
        "tuma@vsms.example",
        "+420234701566",
    ),
}

C012: dict[str, Any] = {
    "id": "c012-netmask-versions-oid",
    "description": "an address with a netmask (a block of four), next to a software version "
    "with four dotted parts, a date and a certificate policy OID",
    "style": Style.LOOKALIKES,
    "from": "Jakub Stejskal <jakub.stejskal@novyhorizont.example>",
    "subject": "technické údaje k žádosti - XML výsledky",
    "body": """Dobrý den,

posíláme technické údaje k žádosti o přístup k XML výsledkům voleb.

Stahovat budeme z bloku 198.51.100.8 s maskou 255.255.255.252 (celý blok jsou naše \
produkční stroje za load balancerem).
Testovací stroj: 203.0.113.66

Pro úplnost: stahovač běží na nginx 1.24.0 a našem parseru verze 2.3.1.4, testovat \
začneme 13.2.2023. Žádost je podepsána certifikátem s politikou OID 1.3.6.1.4.1.11801.2.1.

Datová redakce Nový Horizont s.r.o.
IČO 47681209
Kontakt: Jakub Stejskal, jakub.stejskal@novyhorizont.example, +420 608 512 934
""",
    "labels": L(
        FEED,
        "Datová redakce Nový Horizont s.r.o.",
        "47681209",
        None,
        ["198.51.100.8", "198.51.100.9", "198.51.100.10", "198.51.100.11"],
        ["203.0.113.66"],
        "Jakub Stejskal",
        "jakub.stejskal@novyhorizont.example",
        "+420608512934",
    ),
}

C013: dict[str, Any] = {
    "id": "c013-databox-annotation-only",
    "description": "data message whose annotation is the whole application; the attached "
    "text only names the applicant with its IČO; data box from the envelope",
    "style": Style.DATABOX,
    "subject": "Žádost o přístup k XML výsledkům voleb – ostrá IP 198.51.100.77, testovací "
    "198.51.100.78; kontakt Jan Říha, 602 117 355, riha@radiobeskydy.example",
    "databox": {
        "box": "k4m2zqa",
        "sender": "Rádio Beskydy s.r.o.",
        "address": "Frýdlantská 1190, 738 01 Frýdek-Místek",
    },
    "attachments": [
        (
            "txt",
            "zadost.txt",
            "Rádio Beskydy s.r.o., IČO 06352171\n"
            "Žádost o přístup k XML výsledkům voleb - údaje viz text zprávy.\n"
            "Jan Říha, technický ředitel\n",
        )
    ],
    "labels": L(
        FEED,
        "Rádio Beskydy s.r.o.",
        "06352171",
        "k4m2zqa",
        ["198.51.100.77"],
        ["198.51.100.78"],
        "Jan Říha",
        "riha@radiobeskydy.example",
        "+420602117355",
    ),
}

C014_TEXT = """Dobrý deň,

sme internetové médium zo Slovenska a počas volieb v Česku pripravujeme pre našich \
čitateľov priebežné spravodajstvo. Chceli by sme preto požiadať:

a) o prístup k XML výsledkom – produkčné IP adresy 203.0.113.171 a 203.0.113.172, \
testovaciu adresu nepotrebujeme;
b) o povolenie nakrúcať na preberacom mieste v Hodoníne (redaktor Marek Kováč \
a kameraman Peter Hudec).

Kontaktná osoba: Zuzana Horváthová, +421 905 318 442, horvathova@dunajmedia.example

S pozdravom
Zuzana Horváthová
Dunaj Media, s. r. o.
Panenská 14, 811 03 Bratislava
IČO: 36 421 871"""

C014: dict[str, Any] = {
    "id": "c014-slovak-gmail-feed-and-filming",
    "description": "Slovak, Gmail; a Slovak company with an IČO written in groups; feed "
    "access and filming with two crew members who are not the contact",
    "style": Style.SLOVAK,
    "from": "Zuzana Horváthová <horvathova@dunajmedia.example>",
    "subject": "Žiadosť – XML výsledky a nakrúcanie (Dunaj Media)",
    "body": C014_TEXT,
    "html": gmail_html(C014_TEXT),
    "labels": L(
        BOTH,
        "Dunaj Media, s. r. o.",
        "36421871",
        None,
        ["203.0.113.171", "203.0.113.172"],
        [],
        "Zuzana Horváthová",
        "horvathova@dunajmedia.example",
        "+421905318442",
    ),
}

CASES: list[dict[str, Any]] = [
    C001,
    C002,
    C003,
    C004,
    C005,
    C006,
    C007,
    C008,
    C009,
    C010,
    C011,
    C012,
    C013,
    C014,
]
