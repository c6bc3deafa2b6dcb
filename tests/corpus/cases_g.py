"""Corpus cases 71–: fifth held-out round (organisation names in odd places, names in
capitals, mixed languages, several phones)."""

from __future__ import annotations

from typing import Any

from tests.corpus.cases_a import BOTH, FEED, L

CASES: list[dict[str, Any]] = [
    {
        "id": "71-org-in-sentence-no-legal-form",
        "description": "organisation without a legal form, named in the first sentence after 'za'",
        "from": "Jan Kratochvíl <kratochvil@radio-wave.example>",
        "subject": "Žádost o přístup k XML serveru – Radio Wave",
        "body": """Dobrý den,

za redakci Radio Wave žádám o přístup k vyhrazenému serveru s výsledky.
Redakce: Radio Wave
IP pro ostrý provoz: 193.84.35.12
IP pro test: 193.84.35.13

Jan Kratochvíl
technik, tel. 606 222 444
kratochvil@radio-wave.example
""",
        "labels": L(
            FEED,
            "Radio Wave",
            None,
            None,
            ["193.84.35.12"],
            ["193.84.35.13"],
            "Jan Kratochvíl",
            "kratochvil@radio-wave.example",
            "+420606222444",
        ),
    },
    {
        "id": "72-several-phones-mobile-first",
        "description": "contact line gives a mobile and a landline; first one wins",
        "from": "Renata Hálová <halova@tyden-media.example>",
        "subject": "Registrace – Týden Media",
        "body": """Dobrý den,

Žadatel: Týden Media a.s., IČO 63998530
Produkční adresy: 88.146.226.10, 88.146.226.11
Testovací adresy: 88.146.226.12

Kontaktní osoba: Renata Hálová
mobil 721 000 333, pevná linka 225 000 333
halova@tyden-media.example
""",
        "labels": L(
            FEED,
            "Týden Media a.s.",
            "63998530",
            None,
            ["88.146.226.10", "88.146.226.11"],
            ["88.146.226.12"],
            "Renata Hálová",
            "halova@tyden-media.example",
            "+420721000333",
        ),
    },
    {
        "id": "73-both-requests-english-czech",
        "description": "bilingual message, both requests, contact in English part",
        "from": "Milan Urban <urban@czech-radio-int.example>",
        "subject": "Žádost / Request – XML + filming",
        "body": """Dobrý den / Hello,

Radio International Prague, o.p.s. (IČO 24698172)

1) XML feed – production IP 31.30.36.4, test IP 31.30.36.5
2) Filming at the collection point in Praha, camera operator Petra Lang

Contact person: Milan Urban, +420 602 555 777, urban@czech-radio-int.example
""",
        "labels": L(
            BOTH,
            "Radio International Prague, o.p.s.",
            "24698172",
            None,
            ["31.30.36.4"],
            ["31.30.36.5"],
            "Milan Urban",
            "urban@czech-radio-int.example",
            "+420602555777",
        ),
    },
    {
        "id": "74-ico-before-name",
        "description": "IČO and name on separate lines, name in a heading line",
        "from": "Helena Šimonová <simonova@vltava-press.example>",
        "subject": "XML – přístup",
        "body": """VLTAVA PRESS s.r.o.
IČO: 05138141

Žádáme o přístup k vyhrazenému serveru.
Ostrý provoz – 217.11.240.2, 217.11.240.3
Test – 217.11.240.4

Vyřizuje: Helena Šimonová, tel. 380 100 200, simonova@vltava-press.example
""",
        "labels": L(
            FEED,
            "VLTAVA PRESS s.r.o.",
            "05138141",
            None,
            ["217.11.240.2", "217.11.240.3"],
            ["217.11.240.4"],
            "Helena Šimonová",
            "simonova@vltava-press.example",
            "+420380100200",
        ),
    },
    {
        "id": "75-cidr-31-and-single",
        "description": "a /31 production pair and a single test address in one line",
        "from": "Karel Vaněk <vanek@ostravsky-vecer.example>",
        "subject": "žádost o registraci – Ostravský večer",
        "body": """Dobrý den,
Ostravský večer s.r.o., IČO 06325904 – produkce 178.77.225.0/31, test 178.77.225.8.
Kontaktní osoba Karel Vaněk, 597 000 111, vanek@ostravsky-vecer.example
""",
        "labels": L(
            FEED,
            "Ostravský večer s.r.o.",
            "06325904",
            None,
            ["178.77.225.0", "178.77.225.1"],
            ["178.77.225.8"],
            "Karel Vaněk",
            "vanek@ostravsky-vecer.example",
            "+420597000111",
        ),
    },
]
