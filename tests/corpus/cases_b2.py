"""Corpus cases 32–41: no diacritics, letterheads, forwarded .eml, IPv6 blocks, removals."""

from __future__ import annotations

from typing import Any

from tests.corpus.cases_a import BOTH, FEED, REC, L
from tests.corpus.cases_b import _INNER_APPLICATION

CASES: list[dict[str, Any]] = [
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
