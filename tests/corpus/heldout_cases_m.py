"""Held-out cases: recording-permit requests (povolení k pořízení záznamu) in prose, some
with the XML feed declined or ruled out."""

from __future__ import annotations

from typing import Any

from tests.corpus.heldout_common import BOTH, REC, L, Style

S = Style.RECORDING

CASES: list[dict[str, Any]] = [
    {
        "id": "h121-recording-prose-declined-feed",
        "style": S,
        "description": "prose recording request; 'o vyhrazené připojení nežádáme'",
        "from": "Lucie Kroupová <kroupova@tv-liberec.example>",
        "subject": "Přítomnost štábu na přebíracím místě Liberec",
        "body": """Dobrý den,

rádi bychom v sobotu večer natočili krátkou reportáž na přebíracím místě v Liberci.
Natáčet bude kameraman Ondřej Bartůněk (tel. 732 501 118), rozsah asi 15 minut
obrazového záznamu bez rozhovorů. O vyhrazené připojení k XML serveru nežádáme.

Žadatel: Lucie Kroupová, editorka zpravodajství
TV Liberec s.r.o., Jablonecká 20, 460 01 Liberec, IČO 19323808
tel. 485 221 907, kroupova@tv-liberec.example
""",
        "labels": L(
            REC,
            "TV Liberec s.r.o.",
            "19323808",
            None,
            [],
            [],
            "Lucie Kroupová",
            "kroupova@tv-liberec.example",
            "+420485221907",
        ),
    },
    {
        "id": "h122-recording-photographer",
        "style": S,
        "description": "photographer permit; applicant differs from the person; the person's e-mail comes first",
        "from": "Fotoredakce <foto@obrazovy-tydenik.example>",
        "subject": "Žádost o povolení fotografovat na přebíracím místě",
        "body": """Dobrý den,

žádáme o povolení pro fotografa Šimona Vaňka (vanek@obrazovy-tydenik.example,
739 110 264) fotografovat na přebíracím místě v Jihlavě, rozsah: fotografie, 10 minut.

Žadatel: Obrazový týdeník s.r.o., Žižkova 5, Jihlava, IČO 02460742,
zastoupený vedoucí fotoredakce Kamilou Šustrovou, tel. 567 300 814,
e-mail sustrova@obrazovy-tydenik.example.
""",
        "labels": L(
            REC,
            "Obrazový týdeník s.r.o.",
            "02460742",
            None,
            [],
            [],
            "Kamila Šustrová",
            "sustrova@obrazovy-tydenik.example",
            "+420567300814",
        ),
    },
    {
        "id": "h123-recording-no-filming-feed-only",
        "style": S,
        "description": "feed request that rules filming out ('natáčet nebudeme'); only the feed is requested",
        "from": "Miroslava Kuncová <kuncova@radio-krivoklat.example>",
        "subject": "XML přístup – natáčet nebudeme",
        "body": """Dobrý den,
natáčet na přebíracích místech letos nebudeme, žádáme jen o XML.
Rádio Křivoklát z.s., IČO 50130722
ostrý: 203.0.113.37, test: 203.0.113.38
Miroslava Kuncová, 313 560 227, kuncova@radio-krivoklat.example
""",
        "labels": L(
            ["feed_access"],
            "Rádio Křivoklát z.s.",
            "50130722",
            None,
            ["203.0.113.37"],
            ["203.0.113.38"],
            "Miroslava Kuncová",
            "kuncova@radio-krivoklat.example",
            "+420313560227",
        ),
    },
    {
        "id": "h124-recording-and-feed-separate-paragraphs",
        "style": S,
        "description": "recording request first, feed addresses in a later paragraph",
        "from": "Jindřiška Malá <mala@tv-cheb.example>",
        "subject": "Natáčení a XML – TV Cheb",
        "body": """Dobrý den,

TV Cheb s.r.o. (IČO 98041754) žádá o povolení k pořízení záznamu na přebíracím
místě Cheb pro kameramana Rudolfa Tesaře, rozsah cca 20 minut.

Dále žádáme o vyhrazené připojení: ostrý provoz 198.51.100.87, testy 198.51.100.88.

Žadatelka a kontakt: Jindřiška Malá, 354 422 160, mala@tv-cheb.example
""",
        "labels": L(
            BOTH,
            "TV Cheb s.r.o.",
            "98041754",
            None,
            ["198.51.100.87"],
            ["198.51.100.88"],
            "Jindřiška Malá",
            "mala@tv-cheb.example",
            "+420354422160",
        ),
    },
    {
        "id": "h125-recording-crew-list",
        "style": S,
        "description": "crew of three listed with phones; the applicant's contact is at the end",
        "from": "Plánování <planovani@stredoceska-tv.example>",
        "subject": "Povolení k natáčení – Středočeská TV",
        "body": """Dobrý den,
žádáme o povolení k přítomnosti na přebíracím místě Kladno:
 - Antonín Vlasák, kameraman, 602 118 330
 - Irma Jirásková, redaktorka, 606 441 219
 - Pavel Soukup, zvukař, 731 990 402
Rozsah: reportáž, obraz a zvuk, 30 minut.
Redakce: Středočeská TV a.s., Kladno, IČO 72595451
Žadatel: Hedvika Svobodová, produkce, 312 700 661, planovani@stredoceska-tv.example
""",
        "labels": L(
            REC,
            "Středočeská TV a.s.",
            "72595451",
            None,
            [],
            [],
            "Hedvika Svobodová",
            "planovani@stredoceska-tv.example",
            "+420312700661",
        ),
    },
]
