"""Held-out cases: look-alikes that are not requested addresses — version numbers, OIDs,
dates, netmasks that turn an address into a block, old addresses no longer in use,
the office's own server addresses, DNS resolvers."""

from __future__ import annotations

from typing import Any

from tests.corpus.heldout_common import FEED, L, Style

S = Style.LOOKALIKES

CASES: list[dict[str, Any]] = [
    {
        "id": "h101-version-number",
        "style": S,
        "description": "parser version 2.3.1.4 looks like an IPv4 address",
        "from": "Kryštof Laube <laube@datovy-denik.example>",
        "subject": "XML – Datový deník",
        "body": """Dobrý den,
Datový deník s.r.o., IČO 46900667. Náš parser (verze 2.3.1.4) poběží na
ostrém serveru 198.51.100.17; testovat budeme z 198.51.100.18.
Kryštof Laube, 724 300 119, laube@datovy-denik.example
""",
        "labels": L(
            FEED,
            "Datový deník s.r.o.",
            "46900667",
            None,
            ["198.51.100.17"],
            ["198.51.100.18"],
            "Kryštof Laube",
            "laube@datovy-denik.example",
            "+420724300119",
        ),
    },
    {
        "id": "h102-netmask-block",
        "style": S,
        "description": "address followed by a netmask 255.255.255.248 means an 8-address block",
        "from": "NOC <noc@ceskoslovansky-server.example>",
        "subject": "Žádost o přístup",
        "body": """Dobrý den,
Českoslovanský server a.s., IČO 03598896, žádá o vyhrazené připojení.
Ostrý provoz: síť 203.0.113.64 255.255.255.248
Test: 203.0.113.100
Kontakt: Igor Meduna, 602 700 515, noc@ceskoslovansky-server.example
""",
        "labels": L(
            FEED,
            "Českoslovanský server a.s.",
            "03598896",
            None,
            [f"203.0.113.{i}" for i in range(64, 72)],
            ["203.0.113.100"],
            "Igor Meduna",
            "noc@ceskoslovansky-server.example",
            "+420602700515",
        ),
    },
    {
        "id": "h103-oid-and-date",
        "style": S,
        "description": "certificate policy OID and dotted dates in the text; they are not addresses",
        "from": "Simona Krejčí <krejci@pravni-zpravy.example>",
        "subject": "Žádost o XML – Právní zprávy",
        "body": """Dobrý den,
Právní zprávy, z.s., IČO 46138447, navazují na žádost ze dne 1.2.2023 k volbě
(2. kolo). Podpis je vydán podle politiky 1.3.158.36061701.1.2.3.
Produkční adresa: 192.0.2.117
Testovací adresa: 192.0.2.118
Platnost certifikátu do 31.12.2023.
Simona Krejčí, 226 210 338, krejci@pravni-zpravy.example
""",
        "labels": L(
            FEED,
            "Právní zprávy, z.s.",
            "46138447",
            None,
            ["192.0.2.117"],
            ["192.0.2.118"],
            "Simona Krejčí",
            "krejci@pravni-zpravy.example",
            "+420226210338",
        ),
    },
    {
        "id": "h104-old-addresses-not-in-use",
        "style": S,
        "description": "last year's addresses mentioned as no longer used ('již nepoužíváme')",
        "from": "Lada Vránová <vranova@zpravy-rakovnik.example>",
        "subject": "Vyhrazené připojení 2023",
        "body": """Dobrý den,
Zprávy Rakovník s.r.o., IČO 66445108.
Loni jsme měli 198.51.100.151 a 198.51.100.152, ty již nepoužíváme.
Nově prosíme: produkce 198.51.100.161, test 198.51.100.169.
Lada Vránová, 313 444 208, vranova@zpravy-rakovnik.example
""",
        "labels": L(
            FEED,
            "Zprávy Rakovník s.r.o.",
            "66445108",
            None,
            ["198.51.100.161"],
            ["198.51.100.169"],
            "Lada Vránová",
            "vranova@zpravy-rakovnik.example",
            "+420313444208",
        ),
    },
    {
        "id": "h105-office-server-address",
        "style": S,
        "description": "the office's XML server address and a DNS resolver are mentioned, not requested",
        "from": "Štěpán Volf <volf@vysocina-live.example>",
        "subject": "připojení k XML",
        "body": """Dobrý den,
loni jsme se připojovali na váš server 192.0.2.250 přes DNS 198.51.100.53.
Letos prosíme o povolení pro produkční 203.0.113.5 a testovací 203.0.113.6.
Vysočina Live s.r.o., IČO 10860894
Štěpán Volf, 569 400 812, volf@vysocina-live.example
""",
        "labels": L(
            FEED,
            "Vysočina Live s.r.o.",
            "10860894",
            None,
            ["203.0.113.5"],
            ["203.0.113.6"],
            "Štěpán Volf",
            "volf@vysocina-live.example",
            "+420569400812",
        ),
    },
    {
        "id": "h106-cidr-slash-mask",
        "style": S,
        "description": "address/dotted-mask form (198.51.100.8/255.255.255.252) as a 4-address block",
        "from": "Síť <sit@radio-karlstejn.example>",
        "subject": "Rádio Karlštejn – XML",
        "body": """Dobrý den,
Rádio Karlštejn s.r.o., IČO 82521115
produkce: 198.51.100.8/255.255.255.252
test: 198.51.100.20
kontakt: Emil Kopecký, 311 680 217, sit@radio-karlstejn.example
""",
        "labels": L(
            FEED,
            "Rádio Karlštejn s.r.o.",
            "82521115",
            None,
            ["198.51.100.8", "198.51.100.9", "198.51.100.10", "198.51.100.11"],
            ["198.51.100.20"],
            "Emil Kopecký",
            "sit@radio-karlstejn.example",
            "+420311680217",
        ),
    },
    {
        "id": "h107-phone-like-digits",
        "style": S,
        "description": "invoice and reference numbers that look like phones or IČO; a bank account",
        "from": "Berta Šindlerová <sindlerova@orlicky-tydenik.example>",
        "subject": "Žádost (naše č. j. 2022/445 120)",
        "body": """Dobrý den,
Orlický týdeník s.r.o., IČO 00947717, žádá o přístup k XML serveru.
Naše č. j.: 445 120 778, faktura č. 2022 000 381, účet 123456789/0800 (pro případ poplatku).
Ostré: 192.0.2.55; testovací: 192.0.2.56
Kontaktní osoba: Berta Šindlerová, telefon 465 521 330, sindlerova@orlicky-tydenik.example
""",
        "labels": L(
            FEED,
            "Orlický týdeník s.r.o.",
            "00947717",
            None,
            ["192.0.2.55"],
            ["192.0.2.56"],
            "Berta Šindlerová",
            "sindlerova@orlicky-tydenik.example",
            "+420465521330",
        ),
    },
    {
        "id": "h108-ipv6-doc-and-port",
        "style": S,
        "description": "addresses with ports and a URL with an address; the port is not part of the address",
        "from": "Daniel Rys <rys@brnoinfo.example>",
        "subject": "Žádost o vyhrazené připojení",
        "body": """Dobrý den,
BrnoInfo s.r.o., IČO 12709654.
Stahovat budeme z 203.0.113.77 (ostrý provoz), naše proxy běží na 203.0.113.77:3128.
Testovací klient: [2001:db8:b0::7]:8080
Pro kontrolu: http://203.0.113.77/status je náš monitoring.
Daniel Rys, 541 212 660, rys@brnoinfo.example
""",
        "labels": L(
            FEED,
            "BrnoInfo s.r.o.",
            "12709654",
            None,
            ["203.0.113.77"],
            ["2001:db8:b0::7"],
            "Daniel Rys",
            "rys@brnoinfo.example",
            "+420541212660",
        ),
    },
    {
        "id": "h109-leading-zeros",
        "style": S,
        "description": "addresses written with leading zeros in octets (192.000.002.010)",
        "from": "Hubert Král <kral@mestecke-listy.example>",
        "subject": "XML",
        "body": """Dobrý den,
Městecké listy, z.s. (IČO 63826968)
produkce: 192.000.002.010, 192.000.002.011
test: 192.000.002.019
Hubert Král, 603 220 918, kral@mestecke-listy.example
""",
        "labels": L(
            FEED,
            "Městecké listy, z.s.",
            "63826968",
            None,
            ["192.0.2.10", "192.0.2.11"],
            ["192.0.2.19"],
            "Hubert Král",
            "kral@mestecke-listy.example",
            "+420603220918",
        ),
    },
    {
        "id": "h110-election-numbers",
        "style": S,
        "description": "ballot counts, times and percentages with dots next to the addresses",
        "from": "Vendula Konečná <konecna@volebni-mapa.example>",
        "subject": "Volební mapa – přístup",
        "body": """Dobrý den,
Volební mapa z.ú., IČO 53394020. Loni jsme zpracovali 14.886 okrsků do 22.15 h,
účast 68.4 %. Letos chceme data z produkčních 198.51.100.241 a 198.51.100.242,
testy z 198.51.100.249.
Vendula Konečná, 777 402 113, konecna@volebni-mapa.example
""",
        "labels": L(
            FEED,
            "Volební mapa z.ú.",
            "53394020",
            None,
            ["198.51.100.241", "198.51.100.242"],
            ["198.51.100.249"],
            "Vendula Konečná",
            "konecna@volebni-mapa.example",
            "+420777402113",
        ),
    },
]
