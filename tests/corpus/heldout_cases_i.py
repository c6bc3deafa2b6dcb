"""Held-out cases: corrections inside one message ("oprava: místo … platí …"), and text with
format=flowed soft breaks or lines hard-wrapped mid-sentence."""

from __future__ import annotations

from typing import Any

from tests.corpus.heldout_common import FEED, L, Style

C = Style.CORRECTION
W = Style.FLOWED

CASES: list[dict[str, Any]] = [
    {
        "id": "h081-correction-instead-of",
        "style": C,
        "description": "'oprava: místo … platí …' replaces one production address within the message",
        "from": "Dominika Švecová <svecova@havirovsky-hlas.example>",
        "subject": "Žádost o vyhrazené připojení",
        "body": """Dobrý den,

Havířovský hlas s.r.o., IČO 02855488, žádá o přístup k XML serveru.
Ostrý provoz: 192.0.2.11, 192.0.2.12
Testovací: 192.0.2.19

Oprava: místo 192.0.2.12 platí 192.0.2.13 (překlep).

Kontaktní osoba: Dominika Švecová, 596 410 227, svecova@havirovsky-hlas.example
""",
        "labels": L(
            FEED,
            "Havířovský hlas s.r.o.",
            "02855488",
            None,
            ["192.0.2.11", "192.0.2.13"],
            ["192.0.2.19"],
            "Dominika Švecová",
            "svecova@havirovsky-hlas.example",
            "+420596410227",
        ),
    },
    {
        "id": "h082-correction-phone",
        "style": C,
        "description": "phone corrected in a P.S. ('správně má být')",
        "from": "Jaromír Pavlas <pavlas@sumperske-listy.example>",
        "subject": "XML – Šumperské listy",
        "body": """Dobrý den,
Šumperské listy, z.s. (IČO 29678358): produkce 198.51.100.91, test 198.51.100.99.
Kontakt: Jaromír Pavlas, tel. 583 210 774, pavlas@sumperske-listy.example

P.S. Telefon jsem napsal špatně, správně má být 583 210 747.
""",
        "labels": L(
            FEED,
            "Šumperské listy, z.s.",
            "29678358",
            None,
            ["198.51.100.91"],
            ["198.51.100.99"],
            "Jaromír Pavlas",
            "pavlas@sumperske-listy.example",
            "+420583210747",
        ),
    },
    {
        "id": "h083-correction-role-swap",
        "style": C,
        "description": "the sender swaps the roles of two addresses in a later paragraph",
        "from": "Lubor Sklenář <sklenar@kolinske-echo.example>",
        "subject": "Vyhrazené připojení – Kolínské echo",
        "body": """Dobrý den,

Kolínské echo a.s., IČO 35976578.
Produkce: 203.0.113.31
Test: 203.0.113.32

Omlouvám se, prohodil jsem to: 203.0.113.32 je produkční a 203.0.113.31 testovací.

Lubor Sklenář, 321 620 518, sklenar@kolinske-echo.example
""",
        "labels": L(
            FEED,
            "Kolínské echo a.s.",
            "35976578",
            None,
            ["203.0.113.32"],
            ["203.0.113.31"],
            "Lubor Sklenář",
            "sklenar@kolinske-echo.example",
            "+420321620518",
        ),
    },
    {
        "id": "h084-correction-strike-test",
        "style": C,
        "description": "a test address is withdrawn later in the message ('testovací nepotřebujeme')",
        "from": "Olga Čermáková <cermakova@litomericky-denik.example>",
        "subject": "žádost XML",
        "body": """Dobrý den,
Litoměřický deník s.r.o., IČO 36862703
ostré: 192.0.2.71, 192.0.2.72
test: 192.0.2.79

Ještě doplnění: test 192.0.2.79 nakonec nepotřebujeme, škrtněte ho prosím.

Olga Čermáková, 416 730 290, cermakova@litomericky-denik.example
""",
        "labels": L(
            FEED,
            "Litoměřický deník s.r.o.",
            "36862703",
            None,
            ["192.0.2.71", "192.0.2.72"],
            [],
            "Olga Čermáková",
            "cermakova@litomericky-denik.example",
            "+420416730290",
        ),
    },
    {
        "id": "h085-correction-ico",
        "style": C,
        "description": "IČO corrected: the first one is a typo (invalid), the corrected one is valid",
        "from": "Vanda Horáčková <horackova@melnicke-noviny.example>",
        "subject": "Žádost – Mělnické noviny",
        "body": """Dobrý den,
Mělnické noviny s.r.o., IČO 52837724, žádají o vyhrazené připojení.
Produkční IP: 198.51.100.31, 198.51.100.32
Testovací IP: 198.51.100.39
Kontakt: Vanda Horáčková, 315 622 904, horackova@melnicke-noviny.example

Oprava IČO: správně 52837742, omlouvám se.
""",
        "labels": L(
            FEED,
            "Mělnické noviny s.r.o.",
            "52837742",
            None,
            ["198.51.100.31", "198.51.100.32"],
            ["198.51.100.39"],
            "Vanda Horáčková",
            "horackova@melnicke-noviny.example",
            "+420315622904",
        ),
    },
    {
        "id": "h086-flowed-soft-breaks",
        "style": W,
        "description": "format=flowed body; sentences and the address list broken by soft line breaks",
        "from": "Tomáš Dvorský <dvorsky@novojicinsky-kuryr.example>",
        "subject": "Žádost o přístup k výsledkům",
        "flowed": True,
        "cte": "8bit",
        "body": "Dobrý den,\n\nNovojičínský kurýr s.r.o. (IČO 63140012) žádá o vyhrazené připojení k \nserveru s výsledky. Pro ostrý provoz budeme používat adresy \n203.0.113.51, 203.0.113.52 a 203.0.113.53, pro testování adresu \n203.0.113.59.\n\nKontaktní osobou je Tomáš Dvorský, telefon 556 700 \n318, e-mail dvorsky@novojicinsky-kuryr.example.\n\nS pozdravem\nTomáš Dvorský\n",
        "labels": L(
            FEED,
            "Novojičínský kurýr s.r.o.",
            "63140012",
            None,
            ["203.0.113.51", "203.0.113.52", "203.0.113.53"],
            ["203.0.113.59"],
            "Tomáš Dvorský",
            "dvorsky@novojicinsky-kuryr.example",
            "+420556700318",
        ),
    },
    {
        "id": "h087-flowed-thunderbird",
        "style": W,
        "description": "Thunderbird format=flowed with the role word and its addresses on different lines",
        "from": "Eliška Mádrová <madrova@bruntalske-listy.example>",
        "subject": "Vyhrazené připojení – Bruntálské listy",
        "flowed": True,
        "cte": "qp",
        "headers": {"User-Agent": "Mozilla Thunderbird"},
        "body": "Dobrý den,\n\nžádáme o registraci. Organizace: Bruntálské listy, z.s., IČO \n73961680. Adresy pro ostrý \nprovoz: 192.0.2.241 a 192.0.2.242. Testovací \nadresa: 192.0.2.249.\n\nEliška Mádrová\ntel. 554 712 306\nmadrova@bruntalske-listy.example\n",
        "labels": L(
            FEED,
            "Bruntálské listy, z.s.",
            "73961680",
            None,
            ["192.0.2.241", "192.0.2.242"],
            ["192.0.2.249"],
            "Eliška Mádrová",
            "madrova@bruntalske-listy.example",
            "+420554712306",
        ),
    },
    {
        "id": "h088-hard-wrapped-72",
        "style": W,
        "description": "plain text hard-wrapped at 72 columns, breaking 'Kontaktní / osoba' and a list",
        "from": "Bořivoj Trojan <trojan@rychnovsky-obcan.example>",
        "subject": "XML registrace",
        "body": """Dobrý den, jménem Rychnovský občan s.r.o., IČO 50840525, žádám o přístup
k vyhrazenému serveru pro adresy 198.51.100.131, 198.51.100.132 (ostrý
provoz) a 198.51.100.139 (testovací provoz). Kontaktní
osoba: Bořivoj Trojan, tel. 494 515 309, e-mail
trojan@rychnovsky-obcan.example.
""",
        "labels": L(
            FEED,
            "Rychnovský občan s.r.o.",
            "50840525",
            None,
            ["198.51.100.131", "198.51.100.132"],
            ["198.51.100.139"],
            "Bořivoj Trojan",
            "trojan@rychnovsky-obcan.example",
            "+420494515309",
        ),
    },
    {
        "id": "h089-flowed-quoted-reply",
        "style": W,
        "description": "format=flowed reply: new text on top, quoted office message wrapped in flowed quotes",
        "from": "Pavla Hronková <hronkova@jesenicky-tydenik.example>",
        "subject": "Re: XML server",
        "flowed": True,
        "cte": "8bit",
        "body": "Dobrý den,\nJesenický týdeník s.r.o., IČO 53812999, DS 3nsdj67. Ostré: \n203.0.113.181; test: 203.0.113.189. Pavla Hronková, 584 401 \n227, hronkova@jesenicky-tydenik.example\n\nDne 10.12.2022 v 11:00 volby-media@czso.cz napsal(a):\n> Dobrý den, pošlete prosím žádost s údaji dle tiskové zprávy. \n> Kontakt: tel. +420 274 052 733, volby-media@czso.cz, IČO ČSÚ \n> 00025593.\n",
        "labels": L(
            FEED,
            "Jesenický týdeník s.r.o.",
            "53812999",
            "3nsdj67",
            ["203.0.113.181"],
            ["203.0.113.189"],
            "Pavla Hronková",
            "hronkova@jesenicky-tydenik.example",
            "+420584401227",
        ),
    },
    {
        "id": "h090-wrapped-ipv6",
        "style": W,
        "description": "a long line wrapped by the client between an IPv6 address and its role",
        "from": "Adam Vojtíšek <vojtisek@sokolovsky-net.example>",
        "subject": "Žádost o vyhrazené připojení",
        "body": """Dobrý den, Sokolovský NET s.r.o. (IČO 92325068) žádá o přístup; adresy: 2001:db8:9c::1
(produkce), 2001:db8:9c::2 (produkce), 2001:db8:9c::ff
(test). Kontakt Adam Vojtíšek, 352 600 419, vojtisek@sokolovsky-net.example.
""",
        "labels": L(
            FEED,
            "Sokolovský NET s.r.o.",
            "92325068",
            None,
            ["2001:db8:9c::1", "2001:db8:9c::2"],
            ["2001:db8:9c::ff"],
            "Adam Vojtíšek",
            "vojtisek@sokolovsky-net.example",
            "+420352600419",
        ),
    },
]
