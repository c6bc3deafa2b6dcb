"""Corpus cases 52–: second held-out round (S/MIME structure, over-limit lists, no addresses,
space-aligned tables, English 'live operation', mixed-case addresses)."""

from __future__ import annotations

from typing import Any

from tests.corpus.cases_a import FEED, L

CASES: list[dict[str, Any]] = [
    {
        "id": "52-smime-signed",
        "description": "multipart/signed (S/MIME) around the application text",
        "smime": True,
        "from": "Ing. Pavel Mareš <pavel.mares@ctk-zpravy.example>",
        "subject": "Žádost o registraci k vyhrazenému připojení",
        "body": """Vážení,

Zpravodajská agentura ZPR a.s., IČO 45272956, ID DS: ctk8z2a, žádá o registraci
k vyhrazenému připojení pro volbu prezidenta republiky 2023.

IP adresy pro ostrý provoz
  193.86.118.1
  193.86.118.2
  193.86.118.3
IP adresy testovací
  193.86.118.60

Kontaktní osoba: Ing. Pavel Mareš, vedoucí IT
telefon: +420 222 098 111, mobil: +420 602 098 111
e-mail: pavel.mares@ctk-zpravy.example

Ing. Pavel Mareš
""",
        "labels": L(
            FEED,
            "Zpravodajská agentura ZPR a.s.",
            "45272956",
            "ctk8z2a",
            ["193.86.118.1", "193.86.118.2", "193.86.118.3"],
            ["193.86.118.60"],
            "Pavel Mareš",
            "pavel.mares@ctk-zpravy.example",
            "+420222098111",
        ),
    },
    {
        "id": "53-six-production",
        "description": "six production addresses one per line, no bullets",
        "from": "Hynek Bláha <blaha@velky-denik.example>",
        "subject": "XML výsledky – Velký deník",
        "body": """Dobrý den,

Velký deník a.s. (IČO 63079232) prosí o přístup k XML serveru z těchto produkčních adres:

185.17.116.1
185.17.116.2
185.17.116.3
185.17.116.4
185.17.116.5
185.17.116.6

Testovací adresa: 185.17.116.100

Kontaktní osoba Hynek Bláha, tel. 731 731 731, blaha@velky-denik.example
""",
        "labels": L(
            FEED,
            "Velký deník a.s.",
            "63079232",
            None,
            [f"185.17.116.{i}" for i in range(1, 7)],
            ["185.17.116.100"],
            "Hynek Bláha",
            "blaha@velky-denik.example",
            "+420731731731",
        ),
    },
    {
        "id": "54-same-as-last-year",
        "description": "refers to last year's list, gives no addresses",
        "from": "Marta Zelená <zelena@tydenik-obzor.example>",
        "subject": "Přístup k XML serveru – Týdeník Obzor",
        "body": """Dobrý den,

i letos bychom se rádi připojili k vašemu XML serveru s výsledky voleb.
IP adresy máme stejné jako loni, prosím o jejich ponechání.

Týdeník Obzor, s.r.o.
Marta Zelená, tel. 606 303 404
""",
        "labels": L(
            FEED,
            "Týdeník Obzor, s.r.o.",
            None,
            None,
            [],
            [],
            "Marta Zelená",
            "zelena@tydenik-obzor.example",
            "+420606303404",
        ),
    },
    {
        "id": "55-space-columns",
        "description": "plain-text table aligned with spaces, two role columns",
        "from": "Richard Kos <kos@datovy-servis.example>",
        "subject": "Registrace – XML",
        "body": """Dobrý den,

za společnost Datový servis médií s.r.o., IČO 27257258, zasílám adresy:

Produkční IP         Testovací IP
31.47.98.10          31.47.98.20
31.47.98.11          31.47.98.21

Kontakt: Richard Kos, +420 728 111 000, kos@datovy-servis.example
""",
        "labels": L(
            FEED,
            "Datový servis médií s.r.o.",
            "27257258",
            None,
            ["31.47.98.10", "31.47.98.11"],
            ["31.47.98.20", "31.47.98.21"],
            "Richard Kos",
            "kos@datovy-servis.example",
            "+420728111000",
        ),
    },
    {
        "id": "56-english-live-operation",
        "description": "English by a Czech outlet: 'live operation', role named after the list",
        "from": "Klara Dvorak <Klara.Dvorak@PragueDaily.example>",
        "subject": "Request: access to the election XML server",
        "body": """Dear Madam or Sir,

Prague Daily s.r.o. (Company ID 24829871) kindly asks for access to the results server.

IP addresses for live operation: 62.240.176.10, 62.240.176.11
62.240.176.12 and 62.240.176.13 will be used for testing.

Contact details:
Klara Dvorak
Klara.Dvorak@PragueDaily.example
+420 775 909 101

Yours faithfully,
Klara Dvorak, Head of Digital
""",
        "labels": L(
            FEED,
            "Prague Daily s.r.o.",
            "24829871",
            None,
            ["62.240.176.10", "62.240.176.11"],
            ["62.240.176.12", "62.240.176.13"],
            "Klara Dvorak",
            "Klara.Dvorak@praguedaily.example",
            "+420775909101",
        ),
    },
    {
        "id": "57-contact-labels-no-person",
        "description": "contact e-mail and phone labelled, person only in the signature",
        "from": "Vojtěch Hrubý <hruby@mestske-listy.example>",
        "subject": "Žádost XML",
        "body": """Dobrý den,

Městské listy Ostrava s.r.o., IČO 26849496
Produkční IP: 109.164.12.4 – 109.164.12.6
Kontaktní e-mail: hruby@mestske-listy.example
Kontaktní telefon: 596 111 222

S pozdravem
Vojtěch Hrubý
""",
        "labels": L(
            FEED,
            "Městské listy Ostrava s.r.o.",
            "26849496",
            None,
            ["109.164.12.4", "109.164.12.5", "109.164.12.6"],
            [],
            "Vojtěch Hrubý",
            "hruby@mestske-listy.example",
            "+420596111222",
        ),
    },
    {
        "id": "58-ipv6-range-and-signature-box",
        "description": "IPv6 range, data-box ID only in the footer",
        "from": "Nikola Šebestová <sebestova@net-tv.example>",
        "subject": "Žádost o vyhrazené připojení",
        "body": """Dobrý den,

NET TV a.s. žádá o přístup k XML serveru.
Ostrý provoz: 2a03:3b40:100::10-2a03:3b40:100::12
Test: 2a03:3b40:200::1

Kontaktní osoba: Nikola Šebestová, 730 505 606, sebestova@net-tv.example

--
NET TV a.s. | IČO 29019630 | DS: n7tvx2k | Praha 5
""",
        "labels": L(
            FEED,
            "NET TV a.s.",
            "29019630",
            "n7tvx2k",
            ["2a03:3b40:100::10", "2a03:3b40:100::11", "2a03:3b40:100::12"],
            ["2a03:3b40:200::1"],
            "Nikola Šebestová",
            "sebestova@net-tv.example",
            "+420730505606",
        ),
    },
    {
        "id": "59-trailing-roles-list",
        "description": "each address followed by its role after a dash",
        "from": "Petr Kubíček <kubicek@hlas-regionu.example>",
        "subject": "registrace k XML",
        "body": """Dobrý den,
Hlas regionu z.s., IČO 22686363, žádá o přístup:
- 217.198.112.5 – ostrý provoz
- 217.198.112.6 – ostrý provoz (záloha)
- 217.198.112.7 – testování
Kontakt: Petr Kubíček, tel. +420 605 404 303, kubicek@hlas-regionu.example
""",
        "labels": L(
            FEED,
            "Hlas regionu z.s.",
            "22686363",
            None,
            ["217.198.112.5", "217.198.112.6"],
            ["217.198.112.7"],
            "Petr Kubíček",
            "kubicek@hlas-regionu.example",
            "+420605404303",
        ),
    },
]
