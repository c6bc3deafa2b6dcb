"""Corpus cases 11–20: ODT and XLSX attachments, recording permits, ranges, IPv6, amendments."""

from __future__ import annotations

from typing import Any

from tests.corpus.cases_a import FEED, REC, L

CASES: list[dict[str, Any]] = [
    {
        "id": "11-odt-form",
        "description": "ODT form with a two-column table",
        "from": "Jiří Černý <cerny@obzor-media.example>",
        "subject": "Registrace XML – Obzor Media",
        "body": "Dobrý den,\nzasílám vyplněný formulář v příloze.\nJiří Černý\n",
        "attachments": [
            (
                "odt",
                "formular.odt",
                [
                    "Žádost o registraci k vyhrazenému připojení (XML)",
                    [
                        ["Název žadatele", "Obzor Media a.s."],
                        ["IČO", "54323193"],
                        ["ID datové schránky", "z49per3"],
                        ["IP adresy – ostrý provoz", "109.123.200.1, 109.123.200.2"],
                        ["IP adresy – testovací", "109.123.200.50"],
                        ["Kontaktní osoba", "Jiří Černý"],
                        ["Telefon", "+420 720 300 400"],
                        ["E-mail", "cerny@obzor-media.example"],
                    ],
                ],
            )
        ],
        "labels": L(
            FEED,
            "Obzor Media a.s.",
            "54323193",
            "z49per3",
            ["109.123.200.1", "109.123.200.2"],
            ["109.123.200.50"],
            "Jiří Černý",
            "cerny@obzor-media.example",
            "+420720300400",
        ),
    },
    {
        "id": "12-xlsx-table",
        "description": "IP list in an XLSX sheet with a type column",
        "from": "Veronika Malá <mala@sportdenik.example>",
        "subject": "XML výsledky – seznam IP adres",
        "body": """Dobrý den,
za společnost Sportovní deník s.r.o. (IČO 48757497) žádáme o přístup k vyhrazenému serveru.
Seznam IP adres je v přiložené tabulce.

Kontakt: Veronika Malá, mala@sportdenik.example, mobil 739 888 777
""",
        "attachments": [
            (
                "xlsx",
                "ip_adresy.xlsx",
                [
                    ["IP adresa", "Typ", "Poznámka"],
                    ["46.28.105.10", "produkční", "hlavní server"],
                    ["46.28.105.11", "produkční", "záloha"],
                    ["46.28.105.12", "produkční", ""],
                    ["46.28.105.90", "testovací", ""],
                    ["46.28.105.91", "testovací", ""],
                ],
            )
        ],
        "labels": L(
            FEED,
            "Sportovní deník s.r.o.",
            "48757497",
            None,
            ["46.28.105.10", "46.28.105.11", "46.28.105.12"],
            ["46.28.105.90", "46.28.105.91"],
            "Veronika Malá",
            "mala@sportdenik.example",
            "+420739888777",
        ),
    },
    {
        "id": "13-recording-only",
        "description": "recording permit only, labelled fields",
        "from": "Hana Kučerová <kucerova@tv-morava.example>",
        "subject": "Žádost o vydání povolení k přítomnosti na přebíracím místě",
        "body": """Dobrý den,

žádáme o vydání povolení k přítomnosti na přebíracím místě ČSÚ při volbě prezidenta.

Jméno osoby, pro kterou je povolení požadováno: Lukáš Procházka (kameraman)
Žadatel: Hana Kučerová
Redakce: TV Morava s.r.o.
Adresa redakce: Palackého 15, 779 00 Olomouc
IČO: 11862521
Telefon žadatele: 602 333 444, kameraman 603 444 555
E-mail: kucerova@tv-morava.example, prochazka@tv-morava.example
Rozsah záznamu: obrazový a zvukový záznam, cca 30 minut
Preferované přebírací místo: okres Olomouc

S pozdravem
Hana Kučerová, vedoucí zpravodajství
""",
        "labels": L(
            REC,
            "TV Morava s.r.o.",
            "11862521",
            None,
            [],
            [],
            "Hana Kučerová",
            "kucerova@tv-morava.example",
            "+420602333444",
        ),
    },
    {
        "id": "14-recording-english",
        "description": "recording permit in English",
        "from": "Anna Berg <anna.berg@nordicbroadcast.example>",
        "subject": "Request for permission to film at a collection point",
        "body": """Hello,

Nordic Broadcast AB would like to film at one of your collection points on election night.

Person to be permitted: Erik Lund (camera operator)
Applicant: Anna Berg, producer
Newsroom: Nordic Broadcast AB, Kungsgatan 5, Stockholm
Phone: +46 8 123 456 78
E-mail: anna.berg@nordicbroadcast.example
Scope of recording: short video report, 10 minutes
Preferred collection point: Prague (Hlavní město Praha)

Best regards,
Anna Berg
""",
        "labels": L(
            REC,
            "Nordic Broadcast AB",
            None,
            None,
            [],
            [],
            "Anna Berg",
            "anna.berg@nordicbroadcast.example",
            "+46812345678",
        ),
    },
    {
        "id": "15-cidr-too-many",
        "description": "production /29 expands to eight addresses",
        "from": "NOC <noc@datanews.example>",
        "subject": "Žádost o přístup k výsledkům voleb (XML)",
        "body": """Dobrý den,

DataNews a.s., IČO 14710498, žádá o přístup k XML serveru.

Produkční rozsah: 81.95.96.8/29
Testovací adresa: 81.95.96.100

Kontaktní osoba: Filip Veselý, filip.vesely@datanews.example, +420 777 010 203

Děkujeme
NOC DataNews
""",
        "labels": L(
            FEED,
            "DataNews a.s.",
            "14710498",
            None,
            [f"81.95.96.{i}" for i in range(8, 16)],
            ["81.95.96.100"],
            "Filip Veselý",
            "filip.vesely@datanews.example",
            "+420777010203",
        ),
    },
    {
        "id": "16-ipv6",
        "description": "IPv4 and IPv6 addresses in both roles",
        "from": "Tereza Marková <markova@online-zpravy.example>",
        "subject": "XML server – registrace",
        "body": """Dobrý den,

Online Zprávy s.r.o. (IČO 74650751)
ostrý provoz:
 * 2a02:598:2::1234
 * 2a02:598:2::1235
 * 77.87.240.5
testovací provoz:
 * 2a02:598:3::50

Kontakt: Tereza Marková, 776 543 210, markova@online-zpravy.example
""",
        "labels": L(
            FEED,
            "Online Zprávy s.r.o.",
            "74650751",
            None,
            ["2a02:598:2::1234", "2a02:598:2::1235", "77.87.240.5"],
            ["2a02:598:3::50"],
            "Tereza Marková",
            "markova@online-zpravy.example",
            "+420776543210",
        ),
    },
    {
        "id": "17-shorthand-list",
        "description": "last-octet shorthand with commas and 'a'",
        "from": "Michal Růžička <ruzicka@regionalni-listy.example>",
        "subject": "přístup k XML – Regionální listy",
        "body": """Dobrý den,
prosíme o povolení přístupu pro Regionální listy, spol. s r.o. (IČO 29170346).
Ostré IP: 88.86.100.21, .22 a .23
Testovací IP: 88.86.100.30
Kontakt: Michal Růžička, tel. 608 909 101, ruzicka@regionalni-listy.example
Díky
M. Růžička
""",
        "labels": L(
            FEED,
            "Regionální listy, spol. s r.o.",
            "29170346",
            None,
            ["88.86.100.21", "88.86.100.22", "88.86.100.23"],
            ["88.86.100.30"],
            "Michal Růžička",
            "ruzicka@regionalni-listy.example",
            "+420608909101",
        ),
    },
    {
        "id": "18-private-test",
        "description": "private addresses given as test addresses",
        "from": "Karel Pokorný <pokorny@mestske-noviny.example>",
        "subject": "Žádost o vyhrazené připojení – Městské noviny",
        "body": """Dobrý den,

Městské noviny, z.ú., IČO 23667125, žádají o vyhrazené připojení k serveru s výsledky.

IP adresa pro ostrý provoz: 31.31.72.15
IP adresy pro test: 192.168.10.5, 192.168.10.6

Kontaktní osoba: Karel Pokorný
Tel.: 734 222 999
E-mail: pokorny@mestske-noviny.example
""",
        "labels": L(
            FEED,
            "Městské noviny, z.ú.",
            "23667125",
            None,
            ["31.31.72.15"],
            ["192.168.10.5", "192.168.10.6"],
            "Karel Pokorný",
            "pokorny@mestske-noviny.example",
            "+420734222999",
        ),
    },
    {
        "id": "19-amendment",
        "description": "amendment replacing test addresses",
        "from": "Jakub Fiala <fiala@ekonomicky-tydenik.example>",
        "subject": "Doplnění žádosti – změna testovacích IP",
        "body": """Dobrý den,

tímto doplňujeme naši žádost ze dne 5. 12. 2022. Ekonomický týdeník a.s., IČO 76842681.

Produkční IP zůstávají: 194.228.50.10, 194.228.50.11
Nové testovací IP: 194.228.50.77

Kontaktní osoba: Jakub Fiala, +420 731 000 111, fiala@ekonomicky-tydenik.example

S pozdravem
Jakub Fiala
""",
        "labels": L(
            FEED,
            "Ekonomický týdeník a.s.",
            "76842681",
            None,
            ["194.228.50.10", "194.228.50.11"],
            ["194.228.50.77"],
            "Jakub Fiala",
            "fiala@ekonomicky-tydenik.example",
            "+420731000111",
        ),
    },
    {
        "id": "20-footer-disclaimer",
        "description": "technical contact labelled; footer with switchboard and a disclaimer",
        "from": "Zuzana Pešková <zuzana.peskova@nase-radio.example>",
        "subject": "Žádost – XML server ČSÚ",
        "body": """Dobrý den,

v souladu s Vaší výzvou žádáme o registraci.

Žadatel: Naše rádio a.s., IČO 46563211
Produkční IP: 217.31.205.50, 217.31.205.51
Testovací IP: 217.31.205.60

Technický kontakt: Ing. Zuzana Pešková, Ph.D.
Mobil: +420 775 123 321
E-mail: zuzana.peskova@nase-radio.example

S pozdravem

Naše rádio a.s. | Vinohradská 12, 120 00 Praha 2 | ústředna +420 222 000 000 | info@nase-radio.example
Tento e-mail je určen pouze adresátovi. Pokud jste jej obdrželi omylem, informujte
odesílatele na tel. 222 000 001 a zprávu smažte.
""",
        "labels": L(
            FEED,
            "Naše rádio a.s.",
            "46563211",
            None,
            ["217.31.205.50", "217.31.205.51"],
            ["217.31.205.60"],
            "Zuzana Pešková",
            "zuzana.peskova@nase-radio.example",
            "+420775123321",
        ),
    },
]
