"""Fourth held-out part ``f``, cases f001–f014: e-mail as people send it, several people
and phones per message, Slovak and English writers. Written by hand; labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fourth_f_common import BOTH, FEED, FILM, Style
from tests.corpus.label_rules import label as labels

_OFFICE_REPLY = """\
Dobrý den,

děkujeme za Vaši žádost. Abychom ji mohli vyřídit, doplňte prosím, zda budete využívat
také testovací adresy (nejvýše 5), které budou při ostrém zpracování odpojeny.

S pozdravem
Oddělení volebních služeb
Český statistický úřad, Na padesátém 81, 100 82 Praha 10
IČO 00025593, ID datové schránky 2gfaasy
tel. +420 274 052 733, volby@czso.cz
"""

CASES: list[dict[str, Any]] = [
    {
        "id": "f001-slovak-outlook-director-signs-technician-contact",
        "description": "Slovak Outlook mail signed by the director; the technician named as "
        "contact has his own mobile, a colleague is in copy",
        "style": Style.OUTLOOK,
        "labels": labels(
            FEED,
            ("Spravodajská televízia Juh, s.r.o.", None, None),
            ["203.0.113.41", "203.0.113.42"],
            ["198.51.100.7"],
            ("Marek Hudák", "marek.hudak@stvjuh.example", "+421905318224"),
        ),
        "from": "Zuzana Benková <zuzana.benkova@stvjuh.example>",
        "cc": "Peter Lukáč <peter.lukac@stvjuh.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb – STV Juh",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Žiadosť")],
        "body": """\
Dobrý deň,

v mene spoločnosti Spravodajská televízia Juh, s.r.o. (Košice) si Vás dovoľujem požiadať
o pridelenie prístupu k vyhradenému serveru s XML výsledkami volieb. Vysielame aj pre
českých divákov na Slovensku a výsledky chceme spracovávať priamo v grafike.

Produkčné IP adresy: 203.0.113.41, 203.0.113.42
Testovacia IP adresa: 198.51.100.7

Kontaktnou osobou pre technické otázky je náš vedúci IT Ing. Marek Hudák,
marek.hudak@stvjuh.example, mobil +421 905 318 224. Pána Lukáča dávam do kópie len pre
informáciu, rieši u nás zmluvy.

S pozdravom

Mgr. Zuzana Benková
riaditeľka spravodajstva
Spravodajská televízia Juh, s.r.o.
tel.: +421 55 622 10 40
""",
    },
    {
        "id": "f002-english-agency-editor-writes-engineer-contact-ipv6",
        "description": "London agency without IČO; the editor writes but sends technical "
        "correspondence to the systems engineer; IPv6 production, IPv4 test",
        "style": Style.GMAIL,
        "labels": labels(
            FEED,
            ("Northbridge Wire Ltd", None, None),
            ["2001:db8:4a1::10", "2001:db8:4a1::11"],
            ["192.0.2.200"],
            ("Tom Ashby", "tom.ashby@northbridgewire.example", "+442079460321"),
        ),
        "from": "Claire Whitcombe <claire.whitcombe@northbridgewire.example>",
        "subject": "Access to the election results feed - Northbridge Wire",
        "flowed": True,
        "cte": "7bit",
        "body": """\
Hello,

I run the Central Europe desk at Northbridge Wire Ltd, a news agency based in London\x20
(we have no Czech company number). We'd like to take the results XML directly from your\x20
dedicated server during the Czech elections.

Our ingest servers are IPv6-only for production: 2001:db8:4a1::10 and 2001:db8:4a1::11.\x20
For testing before the night we'll use one IPv4 box, 192.0.2.200.

I'm travelling a lot in the coming weeks, so please send anything technical to our systems\x20
engineer Tom Ashby - tom.ashby@northbridgewire.example, +44 20 7946 0321. He is the contact\x20
for this application.

Many thanks,
Claire Whitcombe
Central Europe Editor, Northbridge Wire
+44 7700 900 418
""",
    },
    {
        "id": "f003-reply-adds-test-ip-quotes-office-and-own-original",
        "description": "Reply to the office's query adding a test address; production addresses "
        "and contact only in the applicant's own quoted original below the office's text",
        "style": Style.REPLY,
        "labels": labels(
            FEED,
            ("Vysočina Press a.s.", "26945134", None),
            ["198.51.100.140", "198.51.100.141", "198.51.100.142"],
            ["203.0.113.250"],
            ("Lukáš Procházka", "prochazka@vysocinapress.example", "+420734219808"),
        ),
        "from": "Lukáš Procházka <prochazka@vysocinapress.example>",
        "subject": "Re: Žádost o přístup k volebnímu serveru",
        "headers": [("In-Reply-To", "<volby-4471@czso.cz>")],
        "body": """\
Dobrý den,

ano, jednu testovací adresu použijeme: 203.0.113.250. Produkční adresy zůstávají ty tři,
které jsem uvedl v původní žádosti níže.

Díky
L. Procházka

-----Original Message-----
From: volby@czso.cz
Sent: Tuesday, 6 September 2022 10:12
To: prochazka@vysocinapress.example
Subject: RE: Žádost o přístup k volebnímu serveru

"""
        + "".join("> " + line + "\n" if line else ">\n" for line in _OFFICE_REPLY.splitlines())
        + """\
>
> -----Original Message-----
> From: Lukáš Procházka
> Sent: Monday, 5 September 2022 16:40
>
> Dobrý den,
> za společnost Vysočina Press a.s., IČO 269 45 134, žádáme o přístup k XML
> výsledkům voleb. Produkční adresy: 198.51.100.140, 198.51.100.141 a 198.51.100.142.
> Kontakt: Lukáš Procházka, prochazka@vysocinapress.example, tel. 734 219 808.
> Lukáš Procházka, vedoucí digitální redakce
""",
    },
    {
        "id": "f004-inline-forward-chief-editor-names-assistant-contact",
        "description": "The assistant forwards her chief editor's request inline; the forwarded "
        "text names her as the contact, the chief editor signs",
        "style": Style.FORWARD,
        "labels": labels(
            FEED,
            ("Hanácký deník, s.r.o.", "05702186", None),
            ["203.0.113.17"],
            ["203.0.113.18", "203.0.113.19"],
            ("Veronika Šťastná", "veronika.stastna@hanackydenik.example", "+420585311902"),
        ),
        "from": "Veronika Šťastná <veronika.stastna@hanackydenik.example>",
        "subject": "Fwd: přístup na volební server",
        "headers": [("X-Mailer", "Zimbra 9.0.0_GA")],
        "body": """\
Dobrý den, posílám dál žádost pana šéfredaktora, on sám teď není u počítače.
Veronika Šťastná, asistentka redakce, přímá linka 585 311 902

---------- Forwarded message ---------
Od: Radek Otruba <radek.otruba@hanackydenik.example>
Date: po 5. 9. 2022 v 8:02
Subject: přístup na volební server
To: Veronika Šťastná <veronika.stastna@hanackydenik.example>

Veroniko, prosím pošli tohle na ČSÚ:

Hanácký deník, s.r.o., IČO 05702186, žádá o zřízení přístupu k vyhrazenému serveru
s výsledky voleb.
Ostrá adresa: 203.0.113.17
Testovací adresy: 203.0.113.18, 203.0.113.19
Kontaktní osobou pro vyřízení žádosti je asistentka redakce Veronika Šťastná
(veronika.stastna@hanackydenik.example, 585 311 902).

Radek Otruba
šéfredaktor, mobil 602 744 185
""",
    },
    {
        "id": "f005-correction-second-address-typo-same-message",
        "description": "Terse technician corrects a mistyped production address further down "
        "the same message",
        "style": Style.CORRECTION,
        "labels": labels(
            FEED,
            ("DataLab Média s.r.o.", "47319267", None),
            ["192.0.2.14", "192.0.2.51"],
            [],
            ("Jiří Malina", "malina@datalabmedia.example", "+420608112734"),
        ),
        "from": "Jiri Malina <malina@datalabmedia.example>",
        "subject": "IP pro volby - DataLab Média",
        "charset": "iso-8859-2",
        "body": """\
Dobrý den,

DataLab Média s.r.o., IČO 47319267.
Žádáme o přístup k XML výsledkům z těchto produkčních adres:
192.0.2.14
192.0.2.15

Testovací nemáme.

Jiří Malina, 608 112 734

PS: omlouvám se, překlep - druhá adresa není 192.0.2.15, správně je 192.0.2.51.
""",
    },
    {
        "id": "f006-followup-new-contact-replaces-old-quoted-request",
        "description": "Follow-up: the original sender hands the contact role to a colleague "
        "and quotes his own earlier request with the addresses",
        "style": Style.FOLLOWUP,
        "labels": labels(
            FEED,
            ("Rádio Podluží, spol. s r.o.", "28155378", None),
            ["198.51.100.61"],
            ["198.51.100.62"],
            ("Jan Hrubý", "jan.hruby@radiopodluzi.example", "+420777123456"),
        ),
        "from": "Petr Kolář <petr.kolar@radiopodluzi.example>",
        "subject": "Re: Žádost – Rádio Podluží – změna kontaktu",
        "cte": "8bit",
        "body": """\
Dobrý den,

ještě jedna změna k naší žádosti z minulého týdne: od října u nás končím, takže kontaktní
osobou místo mě bude kolega Jan Hrubý, jan.hruby@radiopodluzi.example, tel. 777 123 456.
Jinak vše platí.

Petr Kolář

Dne 29. 8. 2022 v 14:05 Petr Kolář napsal(a):
> Dobrý den,
> Rádio Podluží, spol. s r.o. (IČO 28155378) žádá o připojení k serveru s výsledky.
> Produkční IP: 198.51.100.61
> Testovací IP: 198.51.100.62
> Kontakt: Petr Kolář, petr.kolar@radiopodluzi.example, 731 550 218
""",
    },
    {
        "id": "f007-html-people-table-feed-and-filming",
        "description": "Outlook HTML with a table of people (statutory, contact, cameraman) and "
        "an address table; asks for both the feed and filming",
        "style": Style.HTML_TABLE,
        "labels": labels(
            BOTH,
            ("Televize Polabí a.s.", "08841292", None),
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.130"],
            ("Kristýna Veselá", "kristyna.vesela@tvpolabi.example", "+420721430118"),
        ),
        "from": "Ing. Ladislav Černý <ladislav.cerny@tvpolabi.example>",
        "subject": "Volby – přístup k datům a natáčení, Televize Polabí",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": """\
Dobrý den,
Televize Polabí a.s., IČO 08841292, žádá o přístup k serveru s XML výsledky a o povolení
natáčet na přebíracím místě v Nymburce. Údaje viz HTML verze zprávy.
Ladislav Černý, předseda představenstva
""",
        "html": """\
<html><body style="font-family:Calibri">
<p>Dobrý den,</p>
<p>Televize Polabí a.s., IČO 08841292, žádá o přístup k serveru s XML výsledky voleb
a zároveň o povolení natáčet na přebíracím místě v Nymburce ve volební noci.</p>
<table border="1" cellpadding="4">
<tr><th>Role</th><th>Jméno</th><th>E-mail</th><th>Telefon</th></tr>
<tr><td>Statutární zástupce</td><td>Ing. Ladislav Černý</td>
<td>ladislav.cerny@tvpolabi.example</td><td>+420 325 510 100</td></tr>
<tr><td>Kontaktní osoba</td><td>Kristýna Veselá</td>
<td>kristyna.vesela@tvpolabi.example</td><td>721 430 118</td></tr>
<tr><td>Kameraman</td><td>Michal Dušek</td>
<td>michal.dusek@tvpolabi.example</td><td>604 992 317</td></tr>
</table>
<p>&nbsp;</p>
<table border="1" cellpadding="4">
<tr><th>Účel</th><th>IP adresa</th></tr>
<tr><td>Produkce</td><td>203.0.113.120</td></tr>
<tr><td>Produkce</td><td>203.0.113.121</td></tr>
<tr><td>Test</td><td>203.0.113.130</td></tr>
</table>
<p>S pozdravem<br>Ing. Ladislav Černý<br>předseda představenstva</p>
</body></html>
""",
    },
    {
        "id": "f008-chatty-no-diacritics-former-contact-left",
        "description": "Chatty regional radio mail without diacritics; last year's contact left, "
        "the writer is the contact now; phone with odd grouping",
        "style": Style.CHATTY,
        "labels": labels(
            FEED,
            ("Radio Beskydy Plus s.r.o.", "64320111", None),
            ["192.0.2.77"],
            ["192.0.2.78"],
            ("Adela Pospisilova", "adela@radiobeskydy.example", "+420608441290"),
        ),
        "from": "Adela Pospisilova <adela@radiobeskydy.example>",
        "subject": "volby - zase my :)",
        "cte": "7bit",
        "charset": "us-ascii",
        "body": """\
Dobry den,

zase se hlasime o pristup k vysledkum, jako pri minulych volbach. Lonsky kontakt Standa
Vlcek (vlcek@radiobeskydy.example) uz u nas nepracuje, tak mu prosim nic neposilejte, letos
to mam na starost ja - Adela Pospisilova, telefon 608 44 12 90.

Firma je porad stejna, Radio Beskydy Plus s.r.o., ICO 64320111. Server mame novy:
ostry 192.0.2.77, testovaci 192.0.2.78. Ta stara adresa 192.0.2.5 uz neplati, to byl ten
server co nam loni odesel.

Diky moc a hezky den!
Adela
""",
    },
    {
        "id": "f009-english-foreign-crew-filming-producer-contact",
        "description": "German broadcaster's producer asks only to film; the crew members are "
        "listed with their own phones but the producer is the contact",
        "style": Style.APPLE_MAIL,
        "labels": labels(
            FILM,
            ("Rheinland Rundfunk GmbH", None, None),
            [],
            [],
            ("Katrin Oberhauser", "k.oberhauser@rheinland-rundfunk.example", "+4915112345678"),
        ),
        "from": "Katrin Oberhauser <k.oberhauser@rheinland-rundfunk.example>",
        "subject": "Filming request - election night in Prague",
        "headers": [("X-Mailer", "Apple Mail (2.3731.600.7)")],
        "cte": "qp",
        "body": """\
Dear Sir or Madam,

Rheinland Rundfunk GmbH (Cologne) is preparing a report on the Czech elections. We would
like to film at one of your collection points in Prague on election night - a short
sequence of ballots arriving and being entered, around 20 minutes, no interviews with staff
unless they agree.

We do not need the results data feed; our newsroom takes the figures from the agencies.

Crew:
- Jonas Weber, camera, +49 160 5551 2034
- Lea Brandt, sound, +49 171 5550 8812

I am the producer and your contact for this request: Katrin Oberhauser,
k.oberhauser@rheinland-rundfunk.example, mobile +49 151 1234 5678.

Kind regards,
Katrin Oberhauser
Producer, Auslandsredaktion

Sent from my iPad
""",
    },
    {
        "id": "f010-signature-two-people-contact-named-in-text",
        "description": "Newspaper mail whose signature block lists two people with phones; the "
        "text names the IT colleague as the contact",
        "style": Style.SIGNATURE,
        "labels": labels(
            FEED,
            ("Mladá Vltava, a.s.", "25781405", None),
            ["198.18.20.5", "198.18.20.6", "198.18.20.7"],
            ["198.18.21.5"],
            ("Ondřej Vyskočil", "ondrej.vyskocil@mladavltava.example", "+420731226045"),
        ),
        "from": "Hana Šebestová <hana.sebestova@mladavltava.example>",
        "subject": "Žádost o přístup – Mladá Vltava",
        "body": """\
Dobrý den,

společnost Mladá Vltava, a.s. (IČO 25781405) žádá o přístup k vyhrazenému serveru
s výsledky voleb pro svůj zpravodajský web.

Produkční servery: 198.18.20.5, 198.18.20.6, 198.18.20.7
Testovací server: 198.18.21.5

Kontaktní osobou pro tuto žádost je Ondřej Vyskočil z našeho IT (viz podpis níže).

Děkuji a přeji hezký den

--
Mgr. Hana Šebestová | vedoucí online redakce | +420 603 871 220
hana.sebestova@mladavltava.example

Ondřej Vyskočil | IT a provoz | +420 731 226 045
ondrej.vyskocil@mladavltava.example

Mladá Vltava, a.s. | Husova 12, 370 01 České Budějovice | ústředna +420 386 100 300
""",
    },
    {
        "id": "f011-slovak-cidr-production-cp1250",
        "description": "Slovak portal writes a /30 production block and a single test address, "
        "in windows-1250",
        "style": Style.THUNDERBIRD,
        "labels": labels(
            FEED,
            ("Denník Podtatranec, a.s.", None, None),
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
            ["198.18.5.10"],
            ("Ľubomír Ďurica", "durica@podtatranec.example", "+421948220517"),
        ),
        "from": "Ľubomír Ďurica <durica@podtatranec.example>",
        "subject": "Prístup k XML výsledkom – Denník Podtatranec",
        "headers": [("User-Agent", "Mozilla Thunderbird 102.2.1")],
        "charset": "windows-1250",
        "body": """\
Dobrý deň,

za vydavateľstvo Denník Podtatranec, a.s. (Poprad) žiadame o prístup k vyhradenému
serveru s výsledkami volieb. Českú firmu ani IČO v ČR nemáme.

Produkcia: celý blok 203.0.113.64/30
Test: 198.18.5.10

Kontakt: Ľubomír Ďurica, správca systémov, durica@podtatranec.example, 0948 220 517
(volať zo zahraničia +421).

S pozdravom
Ľubomír Ďurica
""",
    },
    {
        "id": "f012-university-pdf-letter-professor-signs-student-contact",
        "description": "University research team: a short mail with a PDF letter signed by the "
        "professor that names a doctoral student as the contact",
        "style": Style.LETTER,
        "labels": labels(
            FEED,
            ("Vysoká škola politických studií Olomouc, z.ú.", "01468731", None),
            ["192.0.2.160"],
            ["192.0.2.161"],
            ("Tomáš Řezníček", "reznicek@vspso.example", "+420585633417"),
        ),
        "from": "Prof. Alena Koudelková <koudelkova@vspso.example>",
        "subject": "Žádost o přístup k volebním datům (výzkum)",
        "body": """\
Dobrý den,
v příloze zasílám podepsanou žádost naší školy. Děkuji.
A. Koudelková
""",
        "attachments": [
            (
                "pdf",
                "zadost_VSPSO.pdf",
                [
                    "Vysoká škola politických studií Olomouc, z.ú.<br/>IČO: 01468731<br/>"
                    "Křížkovského 8, 779 00 Olomouc",
                    "Český statistický úřad<br/>Na padesátém 81, 100 82 Praha 10",
                    "Věc: Žádost o přístup k vyhrazenému serveru s výsledky voleb",
                    "Náš výzkumný tým sleduje průběh sčítání hlasů v reálném čase pro projekt "
                    "o volební geografii. Žádáme proto o zpřístupnění XML výsledků pro níže "
                    "uvedené adresy.",
                    {
                        "rows": [
                            ["Adresa", "Použití"],
                            ["192.0.2.160", "produkční (výpočetní server katedry)"],
                            ["192.0.2.161", "testovací"],
                        ],
                        "widths": [150, 250],
                    },
                    "Kontaktní osobou je doktorand Mgr. Tomáš Řezníček, reznicek@vspso.example, "
                    "tel. 585 633 417.",
                    "V Olomouci dne 2. 9. 2022<br/>prof. PhDr. Alena Koudelková, CSc.<br/>"
                    "vedoucí katedry politologie",
                ],
            )
        ],
    },
    {
        "id": "f013-feed-only-filming-ruled-out-two-emails",
        "description": "Feed request that explicitly says filming is not requested; the writer "
        "gives a shared newsroom address and a personal one, the personal one is hers",
        "style": Style.WEBMAIL,
        "labels": labels(
            FEED,
            ("Echo Jihlava s.r.o.", "49123661", None),
            ["198.51.100.200", "198.51.100.201"],
            [],
            ("Dagmar Novotná", "dagmar.novotna@echojihlava.example", "+420567300412"),
        ),
        "from": "Redakce Echo Jihlava <redakce@echojihlava.example>",
        "subject": "přístup k výsledkům voleb",
        "headers": [("X-Mailer", "Roundcube Webmail/1.5.2")],
        "body": """\
Dobrý den,

posíláme žádost o přístup k XML výsledkům za Echo Jihlava s.r.o., IČO 49123661.
Jde nám jen o data – o natáčení na přebíracích místech nežádáme, to letos nebudeme dělat.

Produkční IP: 198.51.100.200 a 198.51.100.201 (testovací nepotřebujeme)

Píšu ze společné schránky redakce, ale odpovědi prosím na můj e-mail
dagmar.novotna@echojihlava.example, případně telefon 567 300 412.

Dagmar Novotná, editorka
""",
    },
    {
        "id": "f014-databox-municipal-newsroom-docx",
        "description": "Data-box message of a town's newsroom (příspěvková organizace) with the "
        "application in a DOCX; the director signs, the editor is the contact",
        "style": Style.DATABOX,
        "labels": labels(
            FEED,
            ("Městské informační centrum Kroměříž, příspěvková organizace", "22477853", "k8m3tq2"),
            ["203.0.113.90"],
            [],
            ("Simona Zapletalová", "zapletalova@mic-kromeriz.example", "+420573501277"),
        ),
        "subject": "Žádost o přístup k výsledkům voleb – Kroměřížský zpravodaj",
        "databox": {
            "box": "k8m3tq2",
            "sender": "Městské informační centrum Kroměříž, příspěvková organizace",
            "address": "Velké náměstí 115, 767 01 Kroměříž",
            "type": 10,
            "ref": "MIC/214/2022",
        },
        "attachments": [
            (
                "docx",
                "zadost_volby.docx",
                {
                    "header": "Městské informační centrum Kroměříž, příspěvková organizace",
                    "blocks": [
                        "Žádost o přístup k vyhrazenému serveru s výsledky voleb",
                        "Žadatel: Městské informační centrum Kroměříž, příspěvková organizace, "
                        "IČO 22477853, vydavatel Kroměřížského zpravodaje",
                        {
                            "rows": [
                                ["Produkční IP adresa", "203.0.113.90"],
                                ["Testovací IP adresa", "—"],
                                ["Kontaktní osoba", "Simona Zapletalová, redaktorka"],
                                ["E-mail", "zapletalova@mic-kromeriz.example"],
                                ["Telefon", "573 501 277"],
                            ]
                        },
                        "Za žadatele: Bc. Roman Hlaváč, ředitel",
                    ],
                    "footer": "ID DS: k8m3tq2",
                },
            )
        ],
    },
]
