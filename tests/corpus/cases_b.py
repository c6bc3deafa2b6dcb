"""Corpus cases 21–41: phone and IČO formats, HTML tables, ranges, exclusions, attachments."""

from __future__ import annotations

from typing import Any

from tests.corpus.cases_a import BOTH, FEED, REC, L

_INNER_APPLICATION: dict[str, Any] = {
    "id": "inner",
    "from": "Roman Šťastný <stastny@hlas-kraje.example>",
    "to": "vedeni@hlas-kraje.example",
    "subject": "Žádost ČSÚ – XML",
    "body": """Žadatel: Hlas kraje s.r.o., IČO 07866666
IP adresy pro ostrý provoz: 95.168.193.4, 95.168.193.5
Testovací IP adresy: 95.168.193.100
Kontaktní osoba: Roman Šťastný, tel. 604 707 808, stastny@hlas-kraje.example
""",
    "labels": {},
}

CASES: list[dict[str, Any]] = [
    {
        "id": "21-outlook-reply",
        "description": "Outlook-style reply header block; quoted office mail below",
        "from": "Adam Kolář <kolar@tydenik-plus.example>",
        "subject": "RE: Žádost o vyhrazené připojení",
        "body": """Dobrý den,

ano, žádáme i o testovací přístup. Kompletní údaje:

Týdeník Plus a.s., IČO 17603137
Produkční: 62.168.44.10
Testovací: 62.168.44.11

Kontaktní osoba: Adam Kolář, 721 505 606, kolar@tydenik-plus.example

Adam Kolář

Od: Jan Referent <jan.referent@czso.cz>
Odesláno: úterý 13. prosince 2022 9:14
Komu: kolar@tydenik-plus.example
Předmět: Žádost o vyhrazené připojení

Dobrý den, žádáte i o testovací přístup? Jan Referent, ČSÚ, tel. 274 052 999
""",
        "labels": L(
            FEED,
            "Týdeník Plus a.s.",
            "17603137",
            None,
            ["62.168.44.10"],
            ["62.168.44.11"],
            "Adam Kolář",
            "kolar@tydenik-plus.example",
            "+420721505606",
        ),
    },
    {
        "id": "22-tel-fax-extension",
        "description": "tel./fax lines, extension, landline contact",
        "from": "Redakce Jihočeské listy <redakce@jihoceske-listy.example>",
        "subject": "Žádost o přidělení přístupu",
        "body": """Dobrý den,

Jihočeské listy, v.o.s., IČO 72159014, se sídlem Lannova 8, 370 01 České Budějovice,
žádají o přístup k vyhrazenému XML serveru.

IP adresy: 109.205.72.33–34

Kontaktní osoba: Ivana Hrubá
tel.: 387 654 321, kl. 25
fax: 387 654 300
e-mail: hruba@jihoceske-listy.example
""",
        "labels": L(
            FEED,
            "Jihočeské listy, v.o.s.",
            "72159014",
            None,
            ["109.205.72.33", "109.205.72.34"],
            [],
            "Ivana Hrubá",
            "hruba@jihoceske-listy.example",
            "+420387654321",
        ),
    },
    {
        "id": "23-phone-formats",
        "description": "(+420) and 00420 phone forms",
        "from": "Petra Šimková <simkova@ceska-info.example>",
        "subject": "registrace k XML serveru",
        "body": """Dobrý den,
posílám žádost za Česká Info, o.p.s. (IČO: 09281592).

ostré IP: 5.180.40.1 ; 5.180.40.2
testovací IP: 5.180.40.3

Kontakt: Petra Šimková, telefon (+420) 222 111 333, simkova@ceska-info.example
Záložní kontakt: dispečink 00420 222 111 300

Petra Šimková
""",
        "labels": L(
            FEED,
            "Česká Info, o.p.s.",
            "09281592",
            None,
            ["5.180.40.1", "5.180.40.2"],
            ["5.180.40.3"],
            "Petra Šimková",
            "simkova@ceska-info.example",
            "+420222111333",
        ),
    },
    {
        "id": "24-ico-spaces-databox",
        "description": "IČO with spaces, data-box ID in text",
        "from": "Vladimír Urban <urban@zpravodaj-vychod.example>",
        "subject": "Žádost o registraci – XML",
        "body": """Dobrý den,

Zpravodaj Východ s.r.o.
IČ: 013 96 242
ID DS: kb9egte

žádá o přidělení přístupu k XML serveru pro tyto adresy:
ostrý provoz – 80.79.16.20
test – 80.79.16.21

Vyřizuje: Vladimír Urban, tel. 495 111 222, urban@zpravodaj-vychod.example
""",
        "labels": L(
            FEED,
            "Zpravodaj Východ s.r.o.",
            "01396242",
            "kb9egte",
            ["80.79.16.20"],
            ["80.79.16.21"],
            "Vladimír Urban",
            "urban@zpravodaj-vychod.example",
            "+420495111222",
        ),
    },
    {
        "id": "25-english-databox",
        "description": "English with company ID and data box",
        "from": "Lena Fischer <l.fischer@europress.example>",
        "subject": "Registration for the XML results feed",
        "body": """Good afternoon,

please register EuroPress Media GmbH (branch office Prague, Company ID: 59571179,
data box ID: x7trm2q) for the dedicated results server.

Live servers: 148.251.10.2 and 148.251.10.3
Testing server: 148.251.10.9

Contact person: Lena Fischer, +49 30 901820, l.fischer@europress.example

Regards,
Lena
""",
        "labels": L(
            FEED,
            "EuroPress Media GmbH",
            "59571179",
            "x7trm2q",
            ["148.251.10.2", "148.251.10.3"],
            ["148.251.10.9"],
            "Lena Fischer",
            "l.fischer@europress.example",
            "+4930901820",
        ),
    },
    {
        "id": "26-html-column-table",
        "description": "HTML table with production and test columns",
        "from": "Oldřich Beneš <benes@kuryr.example>",
        "subject": "Žádost o vyhrazené připojení – Kurýr",
        "html": """<html><head><style>td{padding:2px}</style></head><body>
<p>Dobrý den,<br>Kurýr Media s.r.o., IČO 77741218, žádá o vyhrazené připojení.</p>
<table><tr><td>Produkční IP</td><td>Testovací IP</td></tr>
<tr><td>185.8.236.10</td><td>185.8.236.50</td></tr>
<tr><td>185.8.236.11</td><td>185.8.236.51</td></tr></table>
<p>Kontaktní osoba: Oldřich Beneš<br>tel: 728 606 505<br>benes@kuryr.example</p>
<script>alert("x")</script>
</body></html>""",
        "labels": L(
            FEED,
            "Kurýr Media s.r.o.",
            "77741218",
            None,
            ["185.8.236.10", "185.8.236.11"],
            ["185.8.236.50", "185.8.236.51"],
            "Oldřich Beneš",
            "benes@kuryr.example",
            "+420728606505",
        ),
    },
    {
        "id": "27-full-range",
        "description": "range written with two full addresses",
        "from": "Daniela Jelínková <jelinkova@pravo-dnes.example>",
        "subject": "Žádost o přístup k serveru s výsledky",
        "body": """Dobrý den,

za Právo Dnes a.s. (IČO 54728037) žádáme o přístup.
Ostrý provoz: 93.185.100.20 - 93.185.100.22
Testovací: 93.185.100.30

Kontaktní osoba: Daniela Jelínková, 603 222 111, jelinkova@pravo-dnes.example
""",
        "labels": L(
            FEED,
            "Právo Dnes a.s.",
            "54728037",
            None,
            ["93.185.100.20", "93.185.100.21", "93.185.100.22"],
            ["93.185.100.30"],
            "Daniela Jelínková",
            "jelinkova@pravo-dnes.example",
            "+420603222111",
        ),
    },
    {
        "id": "28-no-roles",
        "description": "addresses without any role: all production",
        "from": "Miroslav Toman <toman@kraj-news.example>",
        "subject": "XML – žádost",
        "body": """Dobrý den,
žádáme o přístup k XML serveru pro Kraj News s.r.o., IČO 85280844.
IP adresy: 178.238.32.7, 178.238.32.8
Miroslav Toman, tel. 737 373 737, toman@kraj-news.example
""",
        "labels": L(
            FEED,
            "Kraj News s.r.o.",
            "85280844",
            None,
            ["178.238.32.7", "178.238.32.8"],
            [],
            "Miroslav Toman",
            "toman@kraj-news.example",
            "+420737373737",
        ),
    },
    {
        "id": "29-rtf",
        "description": "application as an RTF attachment",
        "from": "Alena Vávrová <vavrova@mestska-tv.example>",
        "subject": "Žádost – vyhrazené připojení",
        "body": "Dobrý den, žádost přikládám ve formátu RTF.\nAlena Vávrová\n",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                "Žadatel: Městská televize Kladno s.r.o.\nIČO: 14852535\n"
                "IP adresy pro ostrý provoz: 46.13.40.80, 46.13.40.81\n"
                "Testovací IP: 46.13.40.82\n"
                "Kontaktní osoba: Alena Vávrová\nTelefon: 312 555 666\n"
                "E-mail: vavrova@mestska-tv.example\n",
            )
        ],
        "labels": L(
            FEED,
            "Městská televize Kladno s.r.o.",
            "14852535",
            None,
            ["46.13.40.80", "46.13.40.81"],
            ["46.13.40.82"],
            "Alena Vávrová",
            "vavrova@mestska-tv.example",
            "+420312555666",
        ),
    },
    {
        "id": "30-backup-prose",
        "description": "prose with primary, backup and test servers",
        "from": "Tomáš Bartoš <bartos@nezavisly-hlas.example>",
        "subject": "Žádost o XML přístup – Nezávislý hlas",
        "body": """Dobrý den,

Nezávislý hlas, z.s. (IČO 88853934) žádá o přístup k serveru s výsledky voleb.
Náš hlavní server má adresu 37.157.192.10, záložní server 37.157.192.11.
Pro testování použijeme adresu 37.157.192.20.

Kontaktní osoba: Tomáš Bartoš (tel. 606 121 314), bartos@nezavisly-hlas.example
""",
        "labels": L(
            FEED,
            "Nezávislý hlas, z.s.",
            "88853934",
            None,
            ["37.157.192.10", "37.157.192.11"],
            ["37.157.192.20"],
            "Tomáš Bartoš",
            "bartos@nezavisly-hlas.example",
            "+420606121314",
        ),
    },
    {
        "id": "31-prose-inline-roles",
        "description": "both roles in one sentence",
        "from": "Jan Dušek <dusek@presscentrum.example>",
        "subject": "žádost o registraci",
        "body": """Dobrý den, za PressCentrum s.r.o. (IČO 36338753) žádám o registraci:
naše servery 82.208.6.1 a 82.208.6.2 (ostrý provoz), na testy používáme 82.208.6.9.
Kontakt: Jan Dušek, dusek@presscentrum.example, 774 400 500
""",
        "labels": L(
            FEED,
            "PressCentrum s.r.o.",
            "36338753",
            None,
            ["82.208.6.1", "82.208.6.2"],
            ["82.208.6.9"],
            "Jan Dušek",
            "dusek@presscentrum.example",
            "+420774400500",
        ),
    },
    {
        "id": "32-no-diacritics",
        "description": "Czech typed without diacritics",
        "from": "Libor Krejci <krejci@radio-beskydy.example>",
        "subject": "Zadost o pristup k XML serveru",
        "body": """Dobry den,
Zadatel: Radio Beskydy s.r.o., ICO: 00474398
Ostry provoz: 91.219.244.5, 91.219.244.6
Testovaci IP: 91.219.244.7
Kontaktni osoba: Libor Krejci, tel. 558 123 123, krejci@radio-beskydy.example
Dekuji, Libor Krejci
""",
        "labels": L(
            FEED,
            "Radio Beskydy s.r.o.",
            "00474398",
            None,
            ["91.219.244.5", "91.219.244.6"],
            ["91.219.244.7"],
            "Libor Krejci",
            "krejci@radio-beskydy.example",
            "+420558123123",
        ),
    },
    {
        "id": "33-html-blockquote",
        "description": "HTML reply with the earlier thread in a blockquote",
        "from": "Marie Holubová <holubova@zlin-dnes.example>",
        "subject": "Re: XML registrace",
        "html": """<div>Dobrý den,</div><div>posílám opravené údaje:</div>
<div>Zlín Dnes s.r.o., IČO 57551316</div>
<div>Produkční IP: 185.36.132.4</div><div>Testovací IP: 185.36.132.5</div>
<div>Kontaktní osoba: Marie Holubová, 577 001 002, holubova@zlin-dnes.example</div>
<blockquote><div>Dobrý den, prosím o doplnění. Ing. Petr Úředník, ČSÚ,
tel. 274 052 100, petr.urednik@czso.cz, IP adresa 10.1.1.1 není veřejná.</div></blockquote>""",
        "labels": L(
            FEED,
            "Zlín Dnes s.r.o.",
            "57551316",
            None,
            ["185.36.132.4"],
            ["185.36.132.5"],
            "Marie Holubová",
            "holubova@zlin-dnes.example",
            "+420577001002",
        ),
    },
    {
        "id": "34-letterhead-emails",
        "description": "letterhead with the newsroom's general address; contact has another",
        "from": "Redakce Plzeňský večer <redakce@plzensky-vecer.example>",
        "subject": "Žádost o registraci k vyhrazenému připojení",
        "body": """Plzeňský večer a.s. | Americká 20, 301 00 Plzeň | redakce@plzensky-vecer.example | 377 000 111

Věc: Žádost o registraci k vyhrazenému připojení

IČO: 37353799
IP adresy pro ostrý provoz: 213.211.51.2, 213.211.51.3
Testovací IP adresy: 213.211.51.4

Kontaktní osoba: Stanislav Vondra
E-mail: vondra@plzensky-vecer.example
Telefon: 725 444 333
""",
        "labels": L(
            FEED,
            "Plzeňský večer a.s.",
            "37353799",
            None,
            ["213.211.51.2", "213.211.51.3"],
            ["213.211.51.4"],
            "Stanislav Vondra",
            "vondra@plzensky-vecer.example",
            "+420725444333",
        ),
    },
    {
        "id": "35-multiline-contact",
        "description": "contact block with the name on the next line",
        "from": "Kateřina Machová <machova@tiskova-agentura.example>",
        "subject": "Registrace – XML výsledky",
        "body": """Dobrý den,

Tisková agentura Morava, a.s., IČO 90751167, žádá o registraci.

Produkční IP adresy
195.39.70.1
195.39.70.2

Testovací IP adresy
195.39.70.10

Kontaktní osoba:
Mgr. Kateřina Machová
machova@tiskova-agentura.example
+420 604 050 607
""",
        "labels": L(
            FEED,
            "Tisková agentura Morava, a.s.",
            "90751167",
            None,
            ["195.39.70.1", "195.39.70.2"],
            ["195.39.70.10"],
            "Kateřina Machová",
            "machova@tiskova-agentura.example",
            "+420604050607",
        ),
    },
    {
        "id": "36-forwarded-eml",
        "description": "the application forwarded as an attached message",
        "from": "Vedení Hlas kraje <vedeni@hlas-kraje.example>",
        "subject": "Fw: Žádost ČSÚ – XML",
        "body": "Dobrý den,\npřeposíláme žádost našeho technika jako přílohu.\nVedení\n",
        "attachments": [("eml", "zadost.eml", _INNER_APPLICATION)],
        "labels": L(
            FEED,
            "Hlas kraje s.r.o.",
            "07866666",
            None,
            ["95.168.193.4", "95.168.193.5"],
            ["95.168.193.100"],
            "Roman Šťastný",
            "stastny@hlas-kraje.example",
            "+420604707808",
        ),
    },
    {
        "id": "37-feed-and-recording",
        "description": "two requests in separate sections",
        "from": "Josef Navrátil <navratil@ceske-zpravy.example>",
        "subject": "Žádost o XML přístup a o povolení natáčení",
        "body": """Dobrý den,

České zprávy a.s., IČO 37265164, podává dvě žádosti.

1) Vyhrazené připojení k XML serveru
Produkční IP: 81.0.230.100, 81.0.230.101
Testovací IP: 81.0.230.102
Kontaktní osoba: Josef Navrátil, 731 222 333, navratil@ceske-zpravy.example

2) Povolení k přítomnosti na přebíracím místě
Kameraman: Petr Holý, tel. 732 333 444, holy@ceske-zpravy.example
Rozsah záznamu: obrazový záznam bez zvuku
Přebírací místo: Jihomoravský kraj

S pozdravem
Josef Navrátil
""",
        "labels": L(
            BOTH,
            "České zprávy a.s.",
            "37265164",
            None,
            ["81.0.230.100", "81.0.230.101"],
            ["81.0.230.102"],
            "Josef Navrátil",
            "navratil@ceske-zpravy.example",
            "+420731222333",
        ),
    },
    {
        "id": "38-ipv6-block",
        "description": "IPv6 /126 test block",
        "from": "Ondřej Kříž <kriz@netnoviny.example>",
        "subject": "XML server – IPv6",
        "body": """Dobrý den,
NetNoviny s.r.o., IČO 76122204
Produkce: 2001:67c:1220:80::a
Test: 2001:67c:1220:90::/126
Kontakt: Ondřej Kříž, kriz@netnoviny.example, 605 101 202
""",
        "labels": L(
            FEED,
            "NetNoviny s.r.o.",
            "76122204",
            None,
            ["2001:67c:1220:80::a"],
            [
                "2001:67c:1220:90::",
                "2001:67c:1220:90::1",
                "2001:67c:1220:90::2",
                "2001:67c:1220:90::3",
            ],
            "Ondřej Kříž",
            "kriz@netnoviny.example",
            "+420605101202",
        ),
    },
    {
        "id": "39-removal",
        "description": "an old address to be removed is not requested",
        "from": "Irena Sedláčková <sedlackova@vecerni-zpravy.example>",
        "subject": "Žádost o vyhrazené připojení 2023",
        "body": """Dobrý den,

Večerní zprávy s.r.o. (IČO 29729971) žádá o přístup.
Produkční IP: 94.124.104.7, 94.124.104.8
Testovací IP: 94.124.104.9
Loňskou adresu 94.124.104.2 prosím odeberte, už ji nepoužíváme.

Kontaktní osoba: Irena Sedláčková, 737 100 200, sedlackova@vecerni-zpravy.example
""",
        "labels": L(
            FEED,
            "Večerní zprávy s.r.o.",
            "29729971",
            None,
            ["94.124.104.7", "94.124.104.8"],
            ["94.124.104.9"],
            "Irena Sedláčková",
            "sedlackova@vecerni-zpravy.example",
            "+420737100200",
        ),
    },
    {
        "id": "40-recording-kraj",
        "description": "recording permit, prose, kraj named",
        "from": "Pavla Řezníčková <reznickova@tv-vychod.example>",
        "subject": "Natáčení na přebíracím místě",
        "body": """Dobrý den,

rádi bychom natočili reportáž na přebíracím místě ČSÚ v Pardubickém kraji.
Žadatel: Pavla Řezníčková, TV Východ s.r.o., Husova 3, 530 02 Pardubice, IČO 52882004
Kameraman: Vojtěch Beran, tel. 777 666 555
Rozsah: několik záběrů zpracování výsledků, bez rozhovorů

Kontakt: Pavla Řezníčková, 466 777 888, reznickova@tv-vychod.example
""",
        "labels": L(
            REC,
            "TV Východ s.r.o.",
            "52882004",
            None,
            [],
            [],
            "Pavla Řezníčková",
            "reznickova@tv-vychod.example",
            "+420466777888",
        ),
    },
    {
        "id": "41-semicolon-list-cp1250-8bit",
        "description": "windows-1250 base64, semicolon list and bullet headings",
        "from": "Zdeněk Šafránek <safranek@radio-hana.example>",
        "subject": "Žádost o registraci XML",
        "charset": "windows-1250",
        "cte": "base64",
        "body": """Dobrý den,

• Žadatel: Rádio Haná, s.r.o.
• IČO: 18263305
• IP adresy – ostrý provoz: 84.242.80.2; 84.242.80.3; 84.242.80.4
• IP adresy – test: 84.242.80.5
• Kontaktní osoba: Zdeněk Šafránek, tel. 585 222 333, safranek@radio-hana.example

Děkuji a zdravím,
Zdeněk Šafránek
""",
        "labels": L(
            FEED,
            "Rádio Haná, s.r.o.",
            "18263305",
            None,
            ["84.242.80.2", "84.242.80.3", "84.242.80.4"],
            ["84.242.80.5"],
            "Zdeněk Šafránek",
            "safranek@radio-hana.example",
            "+420585222333",
        ),
    },
]

__all__ = ["CASES", "REC"]
