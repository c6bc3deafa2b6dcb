"""Blind held-out cases a001–a016: mail clients' own shapes, a reply to the office's
invitation, a forward, corrections, a two-line note, Slovak and English applicants."""

from __future__ import annotations

from typing import Any

from tests.corpus.blind_a_common import BOTH, FEED, INVITATION, OFFICE_SIGNATURE, REC, L, Style

OUTLOOK = [
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("Thread-Index", "AdkF3s8lq2W1bJ9XTu6Yk0rS1c4FAw=="),
    ("Content-Language", "cs"),
]
GMAIL = [("X-Gm-Message-State", "AO0yUKXq2Jw9lQfM0a1Z")]
THUNDERBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:102.0) Gecko/20100101 Thunderbird/102.5.1",
    ),
    ("Content-Language", "cs"),
]
APPLE = [("X-Mailer", "Apple Mail (2.3731.200.110.1.12)")]

CASES: list[dict[str, Any]] = [
    {
        "id": "a001-outlook-windows1250-signature-mobile",
        "description": "Outlook HTML with plain alternative in windows-1250; addresses in two "
        "labelled paragraphs, the contact's mobile only in the signature",
        "style": Style.OUTLOOK,
        "labels": L(
            FEED,
            "Moravskoslezský deník večerní, a.s.",
            "16448588",
            None,
            ["198.51.100.12", "198.51.100.13", "198.51.100.14"],
            ["198.51.100.200", "198.51.100.201"],
            "Ing. Radim Kubíček",
            "radim.kubicek@msvecerni.example",
            "+420739451882",
        ),
        "from": "Kubíček Radim <radim.kubicek@msvecerni.example>",
        "subject": "Žádost o vyhrazené připojení - XML výsledky volby prezidenta",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": """Dobrý den,

obracím se na Vás jménem společnosti Moravskoslezský deník večerní, a.s., IČO 16448588,
se žádostí o přidělení přístupu k vyhrazenému serveru s výsledky volby prezidenta
republiky ve formátu XML.

Adresy, ze kterých se budeme připojovat v ostrém provozu:
198.51.100.12, 198.51.100.13, 198.51.100.14

Testovací adresy (stačí nám je do pátku před prvním kolem):
198.51.100.200, 198.51.100.201

Zdroj budeme v grafikách i článcích uvádět.

S pozdravem

Ing. Radim Kubíček
vedoucí IT provozu
Moravskoslezský deník večerní, a.s.
Nádražní 1012/38, 702 00 Ostrava
M: +420 739 451 882
E: radim.kubicek@msvecerni.example
""",
        "html": """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>
</head><body lang="CS" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Dobrý den,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">obracím se na Vás jménem společnosti Moravskoslezský deník večerní, a.s., IČO 16448588,
se žádostí o přidělení přístupu k vyhrazenému serveru s výsledky volby prezidenta republiky ve formátu XML.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Adresy, ze kterých se budeme připojovat v ostrém provozu:<o:p></o:p></p>
<p class="MsoNormal"><b>198.51.100.12, 198.51.100.13, 198.51.100.14</b><o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Testovací adresy (stačí nám je do pátku před prvním kolem):<o:p></o:p></p>
<p class="MsoNormal"><b>198.51.100.200, 198.51.100.201</b><o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Zdroj budeme v grafikách i článcích uvádět.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">S pozdravem<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="color:#1F3864">Ing. Radim Kubíček</span></b><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:gray">vedoucí IT provozu<br>
Moravskoslezský deník večerní, a.s.<br>
Nádražní 1012/38, 702 00 Ostrava<br>
M: +420 739 451 882<br>
E: <a href="mailto:radim.kubicek@msvecerni.example">radim.kubicek@msvecerni.example</a></span><o:p></o:p></p>
</div></body></html>
""",
    },
    {
        "id": "a002-gmail-prod-test-abbrev-ipv6",
        "description": "Gmail multipart/alternative, 'prod'/'test' abbreviations, one IPv6 "
        "production address, phone written with a leading 00420",
        "style": Style.GMAIL,
        "labels": L(
            FEED,
            "Datové zpravodajství Lupa Media s.r.o.",
            "46888993",
            None,
            ["203.0.113.21", "2001:db8:77::21"],
            ["203.0.113.99"],
            "Ondřej Pešek",
            "ondrej.pesek@lupamedia.example",
            "+420608220415",
        ),
        "from": "Ondřej Pešek <ondrej.pesek@lupamedia.example>",
        "subject": "XML server - volba prezidenta 2023 - registrace",
        "headers": GMAIL,
        "body": """Dobrý den,

chtěli bychom se i letos připojit k Vašemu XML serveru s průběžnými výsledky.

prod: 203.0.113.21, 2001:db8:77::21
test: 203.0.113.99

Technicky to má na starosti přímo podepsaný, nejlépe na mobilu 00420 608 220 415.

Díky a hezký den
Ondřej Pešek
Datové zpravodajství Lupa Media s.r.o. (IČ 46888993)
""",
        "html": """<div dir="ltr"><div>Dobrý den,</div><div><br></div><div>chtěli bychom se i letos připojit k Vašemu XML serveru s průběžnými výsledky.</div><div><br></div><div>prod: 203.0.113.21, 2001:db8:77::21</div><div>test: 203.0.113.99</div><div><br></div><div>Technicky to má na starosti přímo podepsaný, nejlépe na mobilu 00420 608 220 415.</div><div><br></div><div>Díky a hezký den</div><div>Ondřej Pešek</div><div>Datové zpravodajství Lupa Media s.r.o. (IČ 46888993)</div></div>
""",
    },
    {
        "id": "a003-thunderbird-flowed-roles-wrapped",
        "description": "Thunderbird format=flowed; the sentence giving both roles is soft-wrapped "
        "between the two address lists",
        "style": Style.THUNDERBIRD_FLOWED,
        "labels": L(
            FEED,
            "Rádio Podbrdsko, spol. s r.o.",
            "49150197",
            None,
            ["192.0.2.61", "192.0.2.62"],
            ["192.0.2.190", "192.0.2.191", "192.0.2.192"],
            "Miroslav Hájek",
            "hajek@podbrdsko.example",
            "+420318625410",
        ),
        "from": "Miroslav Hájek <hajek@podbrdsko.example>",
        "subject": "Žádost o registraci k XML serveru ČSÚ",
        "headers": THUNDERBIRD,
        "flowed": True,
        "cte": "8bit",
        "body": """Dobrý den,

Rádio Podbrdsko, spol. s r.o. (IČO 49150197) žádá o zpřístupnění serveru s\x20
průběžnými výsledky volby prezidenta ve formátu XML. Pro ostrý provoz\x20
budeme používat adresy 192.0.2.61 a 192.0.2.62, pro testování pak\x20
adresy 192.0.2.190, 192.0.2.191 a 192.0.2.192, které po zkouškách\x20
klidně odpojte.

Kontaktní osoba: Miroslav Hájek, hajek@podbrdsko.example, tel. 318 625 410\x20
(pevná linka ve studiu, ve volební víkend obsazená nepřetržitě).

S pozdravem
Miroslav Hájek
technik, Rádio Podbrdsko
""",
    },
    {
        "id": "a004-two-line-note-roles-in-brackets",
        "description": "two-line note, roles in brackets after each address, no IČO",
        "style": Style.TWO_LINE,
        "labels": L(
            FEED,
            "Jihlavský týden",
            None,
            None,
            ["203.0.113.77"],
            ["203.0.113.78"],
            "Jan Malý",
            "maly@jihlavsky-tyden.example",
            "+420605112233",
        ),
        "from": "Jan Malý <maly@jihlavsky-tyden.example>",
        "subject": "XML volby",
        "body": """Prosíme o přístup k XML výsledkům: 203.0.113.77 (ostrý), 203.0.113.78 (test).
Jan Malý, Jihlavský týden, 605 112 233
""",
    },
    {
        "id": "a005-reply-outlook-quotes-invitation",
        "description": "Outlook reply above the office's invitation; the quoted text carries "
        "the office's IČO, data box, phone and example addresses",
        "style": Style.REPLY_OFFICE,
        "labels": L(
            FEED,
            "Českobudějovické listy a.s.",
            "08469105",
            "r7kd2mx",
            ["198.51.100.33", "198.51.100.34"],
            ["198.51.100.35"],
            "Tereza Boháčová",
            "bohacova@cblisty.example",
            "+420777310842",
        ),
        "from": "Boháčová Tereza <bohacova@cblisty.example>",
        "subject": "RE: Vyhrazené připojení pro média - volba prezidenta 2023",
        "headers": OUTLOOK + [("In-Reply-To", "<pozvanka-2022-11@czso.cz>")],
        "body": f"""Dobrý den, paní magistro,

děkujeme za pozvánku, rádi bychom se připojili.

Ostrý provoz: 198.51.100.33, 198.51.100.34
Testovací IP: 198.51.100.35

Kontakt: Tereza Boháčová, bohacova@cblisty.example, 777 310 842

Českobudějovické listy a.s., IČO 08469105, ID DS r7kd2mx

S pozdravem
Tereza Boháčová
produkce online

From: Dvořáčková Kateřina <volby@czso.cz>
Sent: Monday, November 14, 2022 10:12 AM
To: redakce@cblisty.example
Subject: Vyhrazené připojení pro média - volba prezidenta 2023

{INVITATION}

S pozdravem

{OFFICE_SIGNATURE}
""",
    },
    {
        "id": "a006-gmail-forward-own-application",
        "description": "Gmail forward of the applicant's own application first sent to the "
        "press office; the new text only explains the forward",
        "style": Style.FORWARD_OWN,
        "labels": L(
            FEED,
            "Hradecký online s.r.o.",
            "19380721",
            None,
            ["192.0.2.88", "192.0.2.89", "192.0.2.90"],
            [],
            "Lukáš Vondráček",
            "vondracek@hradecky-online.example",
            "+420724600318",
        ),
        "from": "Lukáš Vondráček <vondracek@hradecky-online.example>",
        "subject": "Fwd: žádost o přístup k XML výsledkům",
        "headers": GMAIL,
        "body": """Dobrý den,
tiskové oddělení mě odkázalo na podatelnu, přeposílám proto naši žádost znovu.
Lukáš Vondráček

---------- Forwarded message ---------
Od: Lukáš Vondráček <vondracek@hradecky-online.example>
Date: po 21. 11. 2022 v 9:41
Subject: žádost o přístup k XML výsledkům
To: <infoservis@czso.cz>


Dobrý den,

za Hradecký online s.r.o. (IČO 19380721) žádám o přístup k serveru s průběžnými
výsledky volby prezidenta.

IP adresy pro ostrý provoz:
- 192.0.2.88
- 192.0.2.89
- 192.0.2.90

Testovací adresy nepotřebujeme, testovat budeme rovnou z produkčních.

Kontakt: Lukáš Vondráček, vondracek@hradecky-online.example, +420 724 600 318

Děkuji
Lukáš Vondráček
šéfredaktor
""",
    },
    {
        "id": "a007-correction-later-in-same-message",
        "description": "plain mail, a production address corrected in a P.S. of the same message",
        "style": Style.CORRECTION,
        "labels": L(
            FEED,
            "Zlínské noviny, z.s.",
            "06300898",
            None,
            ["192.0.2.40", "192.0.2.43"],
            ["192.0.2.50"],
            "Pavla Šindelářová",
            "sindelarova@zlinske-noviny.example",
            "+420577432118",
        ),
        "from": "Pavla Šindelářová <sindelarova@zlinske-noviny.example>",
        "subject": "Registrace – průběžné výsledky XML",
        "body": """Dobrý den,

Zlínské noviny, z.s., IČO: 06300898, žádají o registraci k vyhrazenému připojení.

Produkční IP adresy: 192.0.2.40, 192.0.2.41
Testovací IP adresa: 192.0.2.50

Kontaktní osoba: Pavla Šindelářová
E-mail: sindelarova@zlinske-noviny.example
Telefon: 577 432 118

Děkujeme.
Pavla Šindelářová

P.S. Kolega mě právě upozornil, že 192.0.2.41 jsme minulý týden vraceli
poskytovateli. Druhá produkční adresa má správně být 192.0.2.43.
""",
    },
    {
        "id": "a008-webmail-html-table-column-roles",
        "description": "HTML-only webmail (base64), a table with columns Účel | IP adresa | "
        "Poznámka, the role in each row",
        "style": Style.HTML_TABLE,
        "labels": L(
            FEED,
            "TV Beskydy s.r.o.",
            "16046021",
            None,
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.150", "203.0.113.151"],
            "Michal Drozd",
            "drozd@tvbeskydy.example",
            "+420556701234",
        ),
        "from": "Michal Drozd <drozd@tvbeskydy.example>",
        "subject": "Žádost o přístup k XML serveru",
        "headers": [("X-Mailer", "Email.cz")],
        "cte": "base64",
        "html": """<div>Dobrý den,</div>
<div>posíláme žádost televize TV Beskydy s.r.o. (IČO 16046021) o přístup k výsledkům ve formátu XML.</div>
<div>&nbsp;</div>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Účel</th><th>IP adresa</th><th>Poznámka</th></tr>
<tr><td>ostrý provoz</td><td>203.0.113.140</td><td>hlavní server grafiky</td></tr>
<tr><td>ostrý provoz</td><td>203.0.113.141</td><td>záloha</td></tr>
<tr><td>test</td><td>203.0.113.150</td><td>vývoj</td></tr>
<tr><td>test</td><td>203.0.113.151</td><td>notebook režie</td></tr>
</table>
<div>&nbsp;</div>
<div>Kontaktní osoba: Michal Drozd, tel. 556 701 234, e-mail drozd@tvbeskydy.example</div>
<div>&nbsp;</div>
<div>S pozdravem<br>Michal Drozd<br>TV Beskydy</div>
""",
    },
    {
        "id": "a009-slovak-daily",
        "description": "Slovak applicant, Slovak labels (ostrá prevádzka, testovacie), Slovak "
        "mobile number",
        "style": Style.SLOVAK,
        "labels": L(
            FEED,
            "Východoslovenský denník, a.s.",
            "20996241",
            None,
            ["198.51.100.70", "198.51.100.71", "198.51.100.72"],
            ["198.51.100.80"],
            "Mgr. Zuzana Hudáková",
            "hudakova@vsdennik.example",
            "+421905334128",
        ),
        "from": "Zuzana Hudáková <hudakova@vsdennik.example>",
        "subject": "Žiadosť o prístup k XML výsledkom voľby prezidenta ČR",
        "body": """Dobrý deň,

naša redakcia by rada sledovala priebežné výsledky voľby prezidenta Českej republiky
priamo z Vášho XML servera. Žiadame preto o pridelenie prístupu.

Žiadateľ: Východoslovenský denník, a.s., IČO 20996241, Košice

IP adresy pre ostrú prevádzku: 198.51.100.70, 198.51.100.71 a 198.51.100.72
Testovacia IP adresa: 198.51.100.80

Kontaktná osoba: Mgr. Zuzana Hudáková
e-mail: hudakova@vsdennik.example
mobil: +421 905 334 128

S pozdravom
Zuzana Hudáková
zástupkyňa šéfredaktora
""",
    },
    {
        "id": "a010-english-foreign-broadcaster",
        "description": "English, a foreign broadcaster without IČO; 'live' and 'staging' labels, "
        "a UK phone number",
        "style": Style.ENGLISH,
        "labels": L(
            FEED,
            "Northbridge Broadcasting Ltd",
            None,
            None,
            ["192.0.2.120", "192.0.2.121"],
            ["192.0.2.130"],
            "Helen Carter",
            "helen.carter@northbridge.example",
            "+442079460518",
        ),
        "from": "Helen Carter <helen.carter@northbridge.example>",
        "subject": "Access to the XML results server - Czech presidential election",
        "body": """Dear Sir or Madam,

Northbridge Broadcasting Ltd (London) would like to apply for access to the dedicated
XML results server during the Czech presidential election in January.

Live / production servers: 192.0.2.120 and 192.0.2.121
Staging (test) server: 192.0.2.130

Our technical contact is Helen Carter, helen.carter@northbridge.example,
phone +44 20 7946 0518.

We will of course credit the Czech Statistical Office as the source.

Kind regards,
Helen Carter
Head of Data Journalism, Northbridge Broadcasting
""",
    },
    {
        "id": "a011-lookalikes-netmask-version-old",
        "description": "a production block given as address plus netmask, a parser version "
        "number, a date and an old address said to be no longer used",
        "style": Style.LOOKALIKES,
        "labels": L(
            FEED,
            "Deník Polabí s.r.o.",
            "29246059",
            None,
            ["203.0.113.16", "203.0.113.17", "203.0.113.18", "203.0.113.19"],
            ["203.0.113.30"],
            "Vojtěch Řezníček",
            "reznicek@denik-polabi.example",
            "+420602778190",
        ),
        "from": "Vojtěch Řezníček <reznicek@denik-polabi.example>",
        "subject": "Žádost - XML výsledky, volba prezidenta",
        "body": """Dobrý den,

Deník Polabí s.r.o., IČO 29246059, žádá o přístup k XML serveru.

Pro ostrý provoz nám od 1.12.2022 přidělil poskytovatel blok 203.0.113.16
s maskou 255.255.255.252. Testovat budeme z adresy 203.0.113.30.
Dřívější adresu 198.51.100.250 už nepoužíváme, tu prosím nepovolujte.

Náš stahovací skript (verze 3.10.2.1) umí formát z roku 2018 i novější.

Kontakt: Vojtěch Řezníček, reznicek@denik-polabi.example, tel. 602 778 190

Děkuji, V. Řezníček
""",
    },
    {
        "id": "a012-recording-permit-brno",
        "description": "request to film at a collection point only; no addresses",
        "style": Style.RECORDING,
        "labels": L(
            REC,
            "Brněnská televize BTV, a.s.",
            "00722413",
            None,
            [],
            [],
            "Kristýna Novotná",
            "novotna@btv-brno.example",
            "+420731204566",
        ),
        "from": "Kristýna Novotná <novotna@btv-brno.example>",
        "subject": "Žádost o povolení k přítomnosti na přebíracím místě – Brno-město",
        "body": """Dobrý den,

Brněnská televize BTV, a.s., IČO 00722413, Kounicova 20, 602 00 Brno, žádá o vydání
povolení k přítomnosti štábu na přebíracím místě ČSÚ v okrese Brno-město během
prvního kola volby prezidenta (13. a 14. 1. 2023).

Osoba, pro kterou povolení žádáme: kameraman Petr Skála, tel. 604 219 870,
skala@btv-brno.example.
Rozsah záznamu: krátké obrazové záběry převzetí zápisů z okrsků, bez zvuku,
cca 20 minut v sobotu dopoledne.

Žadatelka a kontaktní osoba: Kristýna Novotná, vedoucí zpravodajství,
novotna@btv-brno.example, tel. 731 204 566.

S pozdravem
Kristýna Novotná
""",
    },
    {
        "id": "a013-apple-mail-both-types",
        "description": "Apple Mail plain text; asks for XML access and for filming in Plzeň",
        "style": Style.APPLE_MAIL,
        "labels": L(
            BOTH,
            "Plzeňský rozhled s.r.o.",
            "29402344",
            None,
            ["198.51.100.150"],
            ["198.51.100.151"],
            "Adam Kořínek",
            "korinek@plzenskyrozhled.example",
            "+420736880142",
        ),
        "from": "Adam Kořínek <korinek@plzenskyrozhled.example>",
        "subject": "XML + natáčení Plzeň",
        "headers": APPLE,
        "body": """Dobrý den,

za Plzeňský rozhled s.r.o. (IČO 29402344) máme dvě prosby.

1) Přístup k XML výsledkům – ostrá adresa 198.51.100.150, testovací 198.51.100.151.

2) Povolení pro našeho fotografa Davida Holuba (tel. 775 310 998) fotit a krátce
natáčet na přebíracím místě v Plzni-městě v sobotu 14. 1. odpoledne, cca hodinu.

Kontakt pro obojí jsem já: Adam Kořínek, 736 880 142, korinek@plzenskyrozhled.example.

Díky!
Adam

Odesláno z mého iPhonu
""",
    },
    {
        "id": "a014-chatty-declines-filming",
        "description": "long chatty message; filming is explicitly not requested this time",
        "style": Style.CHATTY,
        "labels": L(
            FEED,
            "Liberecký kurýr, s.r.o.",
            "28413989",
            None,
            ["192.0.2.151", "192.0.2.152"],
            ["192.0.2.160"],
            "Roman Bečka",
            "becka@liberecky-kuryr.example",
            "+420485102930",
        ),
        "from": "Roman Bečka <becka@liberecky-kuryr.example>",
        "subject": "volby - XML",
        "body": """Dobrý den,

píšu Vám po delší době, naposledy jsme spolu komunikovali před sněmovními volbami,
kdy nám vaše XML výrazně pomohlo – čtenáři si výsledkovou mapu pochvalovali a letos
bychom ji rádi zopakovali i pro volbu prezidenta. Mezitím jsme se přestěhovali do
nové serverovny, takže se změnily i adresy, proto píšu raději celou žádost znovu.

Za Liberecký kurýr, s.r.o. (IČO 28413989) tedy žádáme o přístup k vyhrazenému
XML serveru. Ostrý provoz poběží ze serverů 192.0.2.151 a 192.0.2.152, testovat
budeme z 192.0.2.160.

Na přebírací místa letos štáb posílat nebudeme, o povolení k natáčení proto
nežádáme – stačí nám data.

Kdyby bylo cokoli potřeba, volejte mi na 485 102 930 (redakce) nebo pište
na becka@liberecky-kuryr.example. Jsem v redakci každý den od osmi.

Předem děkuji a přeji klidné volby,
Roman Bečka
technický redaktor
""",
    },
    {
        "id": "a015-roles-by-resp",
        "description": "roles given only by sentence order with 'resp.'",
        "style": Style.ROLE_ORDER,
        "labels": L(
            FEED,
            "Vysočina dnes, s.r.o.",
            "09596160",
            None,
            ["198.51.100.140"],
            ["198.51.100.141"],
            "Hana Kratochvílová",
            "kratochvilova@vysocinadnes.example",
            "+420567210044",
        ),
        "from": "Hana Kratochvílová <kratochvilova@vysocinadnes.example>",
        "subject": "Žádost o XML výsledky voleb",
        "body": """Dobrý den,

Vysočina dnes, s.r.o., IČO 09596160, žádá o přístup k serveru s výsledky ve formátu XML.
Pro ostrý provoz a pro testování budeme používat adresy 198.51.100.140, resp.
198.51.100.141.

Kontaktní osoba: Hana Kratochvílová, kratochvilova@vysocinadnes.example,
tel. 567 210 044.

S pozdravem
Hana Kratochvílová
""",
    },
    {
        "id": "a016-databox-annotation-docx-table",
        "description": "data message: short annotation, the application in an attached DOCX "
        "with a table; the sender's box from the envelope",
        "style": Style.DATABOX,
        "labels": L(
            FEED,
            "Pražský deník Metropole a.s.",
            "09855033",
            "xq4nb7w",
            ["192.0.2.201", "192.0.2.202", "192.0.2.203"],
            ["192.0.2.210", "192.0.2.211"],
            "Ing. Jiří Smolík",
            "smolik@metropole-denik.example",
            "+420222514630",
        ),
        "subject": "Žádost o registraci k vyhrazenému připojení - volba prezidenta 2023",
        "databox": {
            "box": "xq4nb7w",
            "sender": "Pražský deník Metropole a.s.",
            "address": "Václavské náměstí 802/56, 110 00 Praha 1",
            "ref": "MET-IT-2022/118",
        },
        "attachments": [
            (
                "docx",
                "zadost_xml_2023.docx",
                {
                    "header": "Pražský deník Metropole a.s. | IČO 09855033",
                    "blocks": [
                        "Věc: Žádost o registraci k vyhrazenému připojení",
                        "Žádáme o přidělení přístupu k serveru s průběžnými výsledky volby "
                        "prezidenta republiky ve formátu XML.",
                        {
                            "rows": [
                                ["Druh adresy", "IP adresa"],
                                ["Ostrý provoz", "192.0.2.201"],
                                ["Ostrý provoz", "192.0.2.202"],
                                ["Ostrý provoz", "192.0.2.203"],
                                ["Testovací", "192.0.2.210"],
                                ["Testovací", "192.0.2.211"],
                            ]
                        },
                        "Kontaktní osoba: Ing. Jiří Smolík, vedoucí vývoje",
                        "E-mail: smolik@metropole-denik.example, telefon: 222 514 630",
                        "V Praze dne 28. 11. 2022",
                        "Mgr. Alena Vránová, předsedkyně představenstva",
                    ],
                },
            )
        ],
    },
]
