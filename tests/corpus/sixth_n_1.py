"""Sixth-round held-out cases n001–n014: reply threads, forwards, corrections (issue 18).

Written by hand from the text, labelled by tests/corpus/LABELS.md; never tuned against."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixth_n_common import (
    BOTH,
    FEED,
    OFFICE_ASK_PHONE,
    OFFICE_ASK_TEST,
    OFFICE_SIG,
    OFFICE_SIG_EN,
    REC,
    L,
    Style,
    ico,
    quote,
)

ICO_VECERNIK = ico("2749031")
ICO_RADIO_HANA = ico("0561728")
ICO_TYDENIK = ico("2813390")
ICO_MEDIA_SEVER = ico("4690277")
ICO_UNI = ico("6138902")
ICO_TV_MORAVA = ico("2605514")
ICO_ZPRAVODAJ = ico("0029840")
ICO_PRESS = ico("3600417")
ICO_VYDAVATEL = ico("2538806")
ICO_PORTAL = ico("0715223")

_N001_FIRST = f"""Dobrý den,

žádáme o přístup k XML datům s výsledky voleb do zastupitelstev obcí.
Žadatel: Jihočeský večerník s.r.o., IČO {ICO_VECERNIK}, Lannova 14, České Budějovice

IP adresy ostrého provozu:
  198.51.100.41
  198.51.100.42
testovací:
  203.0.113.141

Kontakt: Bc. Lukáš Vondráček, vondracek@jcvecernik.example

Díky
Lukáš Vondráček
IT, Jihočeský večerník"""

N001: dict[str, Any] = {
    "id": "n001-reply-adds-missing-phone",
    "description": "applicant answers the office's request for a phone; everything else only in "
    "the quoted first message; the office's signature with its phone is quoted in between",
    "style": Style.REPLY_OFFICE,
    "from": "Lukáš Vondráček <vondracek@jcvecernik.example>",
    "subject": "Re: Re: Žádost o přístup k XML výsledkům – Jihočeský večerník",
    "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
    "body": f"""Dobrý den,

mobil na mě je 731 640 218, v den voleb jsem k dispozici celý večer.

Lukáš Vondráček

-----Original Message-----
From: media-volby@czso.cz
Sent: Monday, September 5, 2022 10:12 AM
Subject: RE: Žádost o přístup k XML výsledkům – Jihočeský večerník

{OFFICE_ASK_PHONE}
{OFFICE_SIG}

-----Original Message-----
From: Lukáš Vondráček <vondracek@jcvecernik.example>
Sent: Friday, September 2, 2022 3:40 PM

{_N001_FIRST}
""",
    "labels": L(
        FEED,
        "Jihočeský večerník s.r.o.",
        ICO_VECERNIK,
        None,
        ["198.51.100.41", "198.51.100.42"],
        ["203.0.113.141"],
        "Lukáš Vondráček",
        "vondracek@jcvecernik.example",
        "+420731640218",
    ),
}

N002: dict[str, Any] = {
    "id": "n002-forward-from-it-to-editor",
    "description": "the editor forwards the IT admin's note with the addresses; the editor "
    "names the admin as the contact with his own mobile",
    "style": Style.FORWARD_OWN,
    "from": "Hana Kubíčková <kubickova@radiohana.example>",
    "subject": "Fwd: adresy na volby",
    "body": f"""Dobrý den,

přeposílám údaje od našeho technika. Žádáme o připojení k výsledkovému
serveru pro Rádio Haná, spol. s r.o., IČO {ICO_RADIO_HANA}. Kontaktní osobou
bude pan Šimek (tel. 608 330 947), on to u nás celé nastavuje.

Hana Kubíčková
šéfredaktorka

---------- Forwarded message ---------
Od: Petr Šimek <simek@radiohana.example>
Date: út 6. 9. 2022 v 9:02
Subject: adresy na volby
To: Hana Kubíčková <kubickova@radiohana.example>

Hani, tady to máš:
ostrý: 192.0.2.66, 192.0.2.67
test: 192.0.2.200
Víc nepotřebujem.
P.
""",
    "labels": L(
        FEED,
        "Rádio Haná, spol. s r.o.",
        ICO_RADIO_HANA,
        None,
        ["192.0.2.66", "192.0.2.67"],
        ["192.0.2.200"],
        "Petr Šimek",
        "simek@radiohana.example",
        "+420608330947",
    ),
}

N003: dict[str, Any] = {
    "id": "n003-phone-typo-corrected-in-follow-up",
    "description": "a second mail corrects a typo in the phone of the quoted first one; the old "
    "number is still visible in the quote",
    "style": Style.CORRECTION,
    "from": "Markéta Zedníková <zednikova@tydenik-brod.example>",
    "subject": "Re: Žádost – Týdeník Havlíčkobrodsko (oprava telefonu)",
    "body": f"""Dobrý den, ještě jednou,

v mé včerejší zprávě je chybně telefon – správně má být 777 214 563
(ne 777 214 536). Ostatní údaje platí.

Děkuji a omlouvám se
M. Zedníková

Dne 7. 9. 2022 v 16:20 Markéta Zedníková napsal(a):
{
        quote(f'''Dobrý den,

jménem společnosti Týdeník Havlíčkobrodsko a.s. (IČO {ICO_TYDENIK}) žádám
o přidělení přístupu k datovému rozhraní s výsledky voleb.

Produkční server: 203.0.113.18
Záložní server:   203.0.113.19
Testovací stroj:  198.51.100.218

Kontakt pro případ potíží: Markéta Zedníková, tel. 777 214 536

S pozdravem
Markéta Zedníková
vedoucí online redakce''')
    }
""",
    "labels": L(
        FEED,
        "Týdeník Havlíčkobrodsko a.s.",
        ICO_TYDENIK,
        None,
        ["203.0.113.18", "203.0.113.19"],
        ["198.51.100.218"],
        "Markéta Zedníková",
        "zednikova@tydenik-brod.example",
        "+420777214563",
    ),
}

_N004_HTML = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal{{margin:0cm;font-family:Calibri,sans-serif}}</style></head>
<body lang="CS"><div class="WordSection1">
<p class="MsoNormal">Dobrý den,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">společnost MÉDIA SEVER s.r.o., IČO {ICO_MEDIA_SEVER}, vydavatel portálu
sever-dnes, žádá o přístup k XML výstupům výsledků voleb. Adresy uvádím v tabulce:</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Účel</b></p></td><td><p class="MsoNormal"><b>IP adresa</b></p></td></tr>
<tr><td><p class="MsoNormal">ostrý provoz</p></td><td><p class="MsoNormal">198.18.40.10</p></td></tr>
<tr><td><p class="MsoNormal">ostrý provoz</p></td><td><p class="MsoNormal">198.18.40.11</p></td></tr>
<tr><td><p class="MsoNormal">test</p></td><td><p class="MsoNormal">198.18.41.10</p></td></tr>
<tr><td><p class="MsoNormal">test</p></td><td><p class="MsoNormal">198.18.41.11</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kontaktní osoba: Ing. Vratislav Holub, +420&nbsp;602&nbsp;775&nbsp;901,
<a href="mailto:holub@mediasever.example">holub@mediasever.example</a></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">S pozdravem</p>
<p class="MsoNormal">Jiřina Malá, asistentka jednatele</p>
</div></body></html>"""

N004: dict[str, Any] = {
    "id": "n004-plain-part-lacks-the-table",
    "description": "Outlook mail whose plain alternative lost the address table and the "
    "contact line; the HTML part the officer sees has them",
    "style": Style.OUTLOOK,
    "from": "Jiřina Malá <mala@mediasever.example>",
    "subject": "Žádost o přístup – MÉDIA SEVER",
    "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
    "body": f"""Dobrý den,

společnost MÉDIA SEVER s.r.o., IČO {ICO_MEDIA_SEVER}, vydavatel portálu
sever-dnes, žádá o přístup k XML výstupům výsledků voleb. Adresy uvádím v tabulce:

S pozdravem
Jiřina Malá, asistentka jednatele
""",
    "html": _N004_HTML,
    "labels": L(
        FEED,
        "MÉDIA SEVER s.r.o.",
        ICO_MEDIA_SEVER,
        None,
        ["198.18.40.10", "198.18.40.11"],
        ["198.18.41.10", "198.18.41.11"],
        "Vratislav Holub",
        "holub@mediasever.example",
        "+420602775901",
    ),
}

_N005_LAST_YEAR: dict[str, Any] = {
    "id": "n005-inner",
    "from": "Ondřej Hrubý <hruby@zpravodaj-kladno.example>",
    "to": "podatelna@czso.cz",
    "subject": "Žádost o přístup k výsledkům voleb 2021",
    "body": f"""Dobrý den,

Kladenský zpravodaj, z. s., IČO {ICO_ZPRAVODAJ}, žádá o přístup k serveru
s výsledky voleb do Poslanecké sněmovny.

ostré adresy: 192.0.2.150, 192.0.2.151
testovací adresy: 192.0.2.160, 192.0.2.161

Kontakt: Ondřej Hrubý, 724 118 650
""",
}

N005: dict[str, Any] = {
    "id": "n005-same-as-last-year-attached",
    "description": "refers to last year's application, which is attached as a message: the "
    "production addresses are taken from it, the test addresses are new; new contact phone",
    "style": Style.FORWARD_OWN,
    "from": "Ondřej Hrubý <hruby@zpravodaj-kladno.example>",
    "subject": "Žádost o přístup – komunální volby 2022",
    "body": """Dobrý den,

letos bychom rádi opět odebírali výsledky. Ostré adresy zůstávají stejné jako
v loňské žádosti, kterou přikládám. Testovací se mění, nově jen jedna:
198.51.100.9. Mám nové číslo: 739 552 014.

Ondřej Hrubý
Kladenský zpravodaj
""",
    "attachments": [("eml", "zadost-2021.eml", _N005_LAST_YEAR)],
    "labels": L(
        FEED,
        "Kladenský zpravodaj, z. s.",
        ICO_ZPRAVODAJ,
        None,
        ["192.0.2.150", "192.0.2.151"],
        ["198.51.100.9"],
        "Ondřej Hrubý",
        "hruby@zpravodaj-kladno.example",
        "+420739552014",
    ),
}

N006: dict[str, Any] = {
    "id": "n006-test-as-before-not-shown",
    "description": "production address given; the test addresses are 'as last time' but never "
    "shown in the message, so there are none to enter",
    "style": Style.TWO_LINE,
    "from": "redakce@krkonossky-portal.example",
    "subject": "pristup XML volby",
    "body": f"""Dobry den, prosime o pristup pro Krkonossky portal s.r.o. (ICO {ICO_PORTAL}),
ostra IP 203.0.113.250, testovaci stejne jako minule. Kontakt Pavla Horakova 603 900 127.
""",
    "labels": L(
        FEED,
        "Krkonossky portal s.r.o.",
        ICO_PORTAL,
        None,
        ["203.0.113.250"],
        [],
        "Pavla Horakova",
        "redakce@krkonossky-portal.example",
        "+420603900127",
    ),
}

N007: dict[str, Any] = {
    "id": "n007-two-signatures-named-contact",
    "description": "signed by the director and the IT head, each with e-mail and phone; the "
    "text names the IT head as the contact",
    "style": Style.SIGNATURE,
    "from": "Mgr. Alena Doležalová <dolezalova@tvmorava.example>",
    "cc": "Tomáš Kratochvíl <kratochvil@tvmorava.example>",
    "subject": "TV Morava – žádost o vyhrazený přístup k výsledkům",
    "body": f"""Vážení,

televize TV MORAVA a.s. žádá o zřízení přístupu k serveru s průběžnými
výsledky voleb. Pro ostrý provoz použijeme adresy 198.51.100.130 až
198.51.100.132, pro testování 198.51.100.140.

Pro technickou komunikaci i v den voleb se prosím obracejte na pana
Kratochvíla (podpis níže), žádost podepisuje ředitelka.

S úctou

Mgr. Alena Doležalová
ředitelka
TV MORAVA a.s. | IČO {ICO_TV_MORAVA}
dolezalova@tvmorava.example | +420 585 221 100

Tomáš Kratochvíl
vedoucí IT
kratochvil@tvmorava.example | mob. +420 736 481 092
""",
    "labels": L(
        FEED,
        "TV MORAVA a.s.",
        ICO_TV_MORAVA,
        None,
        ["198.51.100.130", "198.51.100.131", "198.51.100.132"],
        ["198.51.100.140"],
        "Tomáš Kratochvíl",
        "kratochvil@tvmorava.example",
        "+420736481092",
    ),
}

N008: dict[str, Any] = {
    "id": "n008-slovak-no-test-addresses",
    "description": "Slovak reply to the office's question about test addresses: none wanted; "
    "production addresses and contact in the quoted original",
    "style": Style.SLOVAK,
    "from": "Ivana Krajčírová <krajcirova@presscentrum.example>",
    "subject": "Re: Žiadosť o prístup k výsledkom volieb",
    "body": f"""Dobrý deň,

testovacie adresy nebudeme potrebovať, stačí nám ostrý prístup.

Ďakujem
Ivana Krajčírová

{quote(OFFICE_ASK_TEST + OFFICE_SIG)}
>
>> Dobrý deň,
>>
>> spoločnosť PRESS CENTRUM, s. r. o., so sídlom v Bratislave, žiada o
>> prístup k výsledkom volieb vo formáte XML pre naše spravodajstvo.
>> Produkčné IP adresy: 203.0.113.60, 203.0.113.61 a 2001:db8:44::10
>>
>> Kontaktná osoba: Ivana Krajčírová, +421 905 318 244
>>
>> S pozdravom
>> Ivana Krajčírová
""",
    "labels": L(
        FEED,
        "PRESS CENTRUM, s. r. o.",
        None,
        None,
        ["203.0.113.60", "203.0.113.61", "2001:db8:44::10"],
        [],
        "Ivana Krajčírová",
        "krajcirova@presscentrum.example",
        "+421905318244",
    ),
}

N009: dict[str, Any] = {
    "id": "n009-english-bureau-forward-chain",
    "description": "foreign agency: the Vienna bureau chief forwards the network team's mail "
    "to the Prague stringer, who sends it on; the stringer is the contact",
    "style": Style.ENGLISH,
    "from": "Daniel Ortner <d.ortner@alpinenews.example>",
    "subject": "FW: FW: Czech elections results feed - whitelisting",
    "body": """Hello,

please see below. Alpine News Agency GmbH would like to receive the XML
results feed for the Czech municipal elections. I am based in Prague and
will be your contact: +420 777 605 318, d.ortner@alpinenews.example.

Kind regards,
Daniel Ortner
Prague correspondent

________________________________
From: Birgit Hassler <b.hassler@alpinenews.example>
Sent: Thursday, 8 September 2022 11:05
To: Daniel Ortner
Subject: FW: Czech elections results feed - whitelisting

Daniel, can you pass this on to the Statistical Office? Thanks, Birgit
Bureau Chief Vienna | +43 1 555 0142

________________________________
From: Network Operations <netops@alpinenews.example>
Sent: Wednesday, 7 September 2022 17:48
Subject: Czech elections results feed - whitelisting

Egress addresses for the feed:
  production  203.0.113.224/30
  staging     198.51.100.77

NetOps
""",
    "labels": L(
        FEED,
        "Alpine News Agency GmbH",
        None,
        None,
        ["203.0.113.224", "203.0.113.225", "203.0.113.226", "203.0.113.227"],
        ["198.51.100.77"],
        "Daniel Ortner",
        "d.ortner@alpinenews.example",
        "+420777605318",
    ),
}

N010: dict[str, Any] = {
    "id": "n010-filming-reply-new-contact",
    "description": "filming permit thread: the applicant answers the office's questions and "
    "hands the contact over to a colleague with her own mobile",
    "style": Style.RECORDING,
    "from": "Jakub Strnad <strnad@vltava-film.example>",
    "subject": "Re: Natáčení ve volební místnosti / sčítací středisko",
    "body": f"""Dobrý den,

odpovídám na Vaše dotazy: točit bychom chtěli v pátek večer ve sčítacím
středisku v Berouně, štáb budou tři lidé (kameraman, zvukař, reportérka).
Natáčení si ode mě přebírá kolegyně Veronika Pešková, produkční, prosím
komunikujte dále s ní: peskova@vltava-film.example, 604 781 226.

Jakub Strnad
Vltava Film, s.r.o.

> Dobrý den,
> k povolení natáčení potřebujeme vědět místo, termín a počet členů štábu.
>
{quote(OFFICE_SIG)}
>
>> Dobrý den, naše produkce Vltava Film, s.r.o. připravuje dokument
>> o komunálních volbách a rádi bychom natáčeli na některém pracovišti
>> ČSÚ při zpracování výsledků. Díky, Jakub Strnad, 721 400 555
""",
    "labels": L(
        REC,
        "Vltava Film, s.r.o.",
        None,
        None,
        [],
        [],
        "Veronika Pešková",
        "peskova@vltava-film.example",
        "+420604781226",
    ),
}

N011: dict[str, Any] = {
    "id": "n011-withdraws-filming-later",
    "description": "the first message asked for the feed and for filming; the reply on top "
    "withdraws the filming and keeps the feed",
    "style": Style.REPLY_OFFICE,
    "from": "Zdeněk Bartoš <bartos@vydavatelstvi-opava.example>",
    "subject": "Re: Žádost o XML výsledky a natáčení",
    "body": f"""Dobrý den,

po poradě v redakci natáčení ve sčítacím středisku rušíme, nemáme na to
lidi. Přístup k výsledkům ale prosím zachovejte, jak jsem psal.

Z. Bartoš

----- Původní zpráva -----
Od: Zdeněk Bartoš
Komu: podatelna@czso.cz
Odesláno: 9. 9. 2022 8:15

Dobrý den,
Opavské vydavatelství, spol. s r.o., IČO {ICO_VYDAVATEL}, žádá:
1) o přístup k XML s výsledky – ostrá IP 192.0.2.33, testovací 192.0.2.34
2) o povolení natáčet ve sčítacím středisku v Opavě v noci ze soboty na neděli
Kontakt: Zdeněk Bartoš, mobil 732 009 871 (ústředna redakce 553 712 400)
""",
    "labels": L(
        FEED,
        "Opavské vydavatelství, spol. s r.o.",
        ICO_VYDAVATEL,
        None,
        ["192.0.2.33"],
        ["192.0.2.34"],
        "Zdeněk Bartoš",
        "bartos@vydavatelstvi-opava.example",
        "+420732009871",
    ),
}

N012: dict[str, Any] = {
    "id": "n012-address-corrected-three-levels",
    "description": "three levels: application, office's confirmation quoting it, applicant's "
    "late correction replacing one production address",
    "style": Style.CORRECTION,
    "from": "Martin Cibulka <cibulka@ustecky-denik.example>",
    "subject": "Re: RE: Přístup k výsledkům – Ústecký deník",
    "body": f"""Dobrý den,

omlouvám se, ještě změna: server 198.51.100.24 jsme minulý týden vyřadili,
místo něj prosím povolte 198.51.100.27. Druhá ostrá i obě testovací beze
změny.

Cibulka

On 12. 9. 2022 9:44, media-volby@czso.cz wrote:
> Dobrý den,
> Vaši žádost jsme přijali pod evidenčním číslem 2022/0371 a zpracováváme ji.
>
{quote(OFFICE_SIG)}
>
> On 9. 9. 2022 14:02, Martin Cibulka wrote:
>> Žádost o přístup k XML výsledkům voleb
>> Žadatel: VLTAVA LABE MEDIA a.s., IČO {ICO_PRESS}
>> ostré: 198.51.100.24, 198.51.100.25
>> testovací: 198.51.100.124, 198.51.100.125
>> kontakt: Martin Cibulka, +420 475 310 882
""",
    "labels": L(
        FEED,
        "VLTAVA LABE MEDIA a.s.",
        ICO_PRESS,
        None,
        ["198.51.100.27", "198.51.100.25"],
        ["198.51.100.124", "198.51.100.125"],
        "Martin Cibulka",
        "cibulka@ustecky-denik.example",
        "+420475310882",
    ),
}

N013: dict[str, Any] = {
    "id": "n013-flowed-reply-ipv6",
    "description": "Thunderbird format=flowed reply giving the addresses the office asked "
    "for, IPv6 among them, roles in a wrapped sentence",
    "style": Style.THUNDERBIRD_FLOWED,
    "from": "Filip Navrátil <navratil@muni-zurnal.example>",
    "subject": "Re: Doplnění žádosti – Masarykova univerzita",
    "flowed": True,
    "body": (
        "Dobrý den,\n\n"
        "posílám slíbené adresy. Pro ostrý provoz to budou 2001:db8:7a::15 a \n"
        "2001:db8:7a::16, pro testování před volbami pak 2001:db8:7a::99. \n"
        f"Žadatelem je Masarykova univerzita (IČO {ICO_UNI}), redakce Munijournal, \n"
        "kontaktní osoba jsem já, telefon 549 491 077.\n\n"
        "Filip Navrátil\n\n"
        f"""Dne 13.09.2022 v 10:31 media-volby@czso.cz napsal(a):
> Dobrý den,
> v žádosti chybí IP adresy. Pošlete je prosím odpovědí.
>
{quote(OFFICE_SIG)}
"""
    ),
    "labels": L(
        FEED,
        "Masarykova univerzita",
        ICO_UNI,
        None,
        ["2001:db8:7a::15", "2001:db8:7a::16"],
        ["2001:db8:7a::99"],
        "Filip Navrátil",
        "navratil@muni-zurnal.example",
        "+420549491077",
    ),
}

N014: dict[str, Any] = {
    "id": "n014-english-reply-office-english-sig",
    "description": "English reply to the office's English mail (its company ID, data box and "
    "phone quoted); the freelancer applies personally for both the feed and filming",
    "style": Style.ENGLISH,
    "from": "Sarah Whitcombe <sarah@whitcombe-media.example>",
    "subject": "Re: Your request for election results access",
    "body": f"""Dear Mr Procházka,

thank you. To answer your questions: I apply personally, as a freelance
journalist (no company, no Czech company number). I would like both things:
the XML feed on 192.0.2.201 (live) and 192.0.2.202 (test), and permission
to film the count at your Prague centre on Saturday night for a short
documentary. My UK mobile is 07700 900 461.

Best wishes,
Sarah Whitcombe

On 14 Sep 2022, at 09:12, Radek Procházka wrote:
> Dear Ms Whitcombe,
> could you please tell us whether you apply as a company or personally,
> and which addresses should be used for live and test access?
>
{quote(OFFICE_SIG_EN)}
""",
    "labels": L(
        BOTH,
        "Sarah Whitcombe",
        None,
        None,
        ["192.0.2.201"],
        ["192.0.2.202"],
        "Sarah Whitcombe",
        "sarah@whitcombe-media.example",
        "+447700900461",
    ),
}

CASES = [N001, N002, N003, N004, N005, N006, N007, N008, N009, N010, N011, N012, N013, N014]
