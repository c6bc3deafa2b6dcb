"""Held-out cases: two-line notes and other very short messages (the rest must come from
the sender, the subject or the signature)."""

from __future__ import annotations

from typing import Any

from tests.corpus.heldout_common import BOTH, FEED, REC, L, Style

S = Style.TWO_LINE_NOTE

CASES: list[dict[str, Any]] = [
    {
        "id": "h011-note-two-lines",
        "style": S,
        "description": "two lines, roles as 'prod.' and 'test', contact from the sender",
        "from": "Jan Pelikán <pelikan@zpravy-ricany.example>",
        "subject": "XML volby – Zprávy Říčany s.r.o., IČO 17272718",
        "body": """prod. 192.0.2.90, 192.0.2.91 / test 192.0.2.92
Jan Pelikán, Zprávy Říčany s.r.o., 606 330 129
""",
        "labels": L(
            FEED,
            "Zprávy Říčany s.r.o.",
            "17272718",
            None,
            ["192.0.2.90", "192.0.2.91"],
            ["192.0.2.92"],
            "Jan Pelikán",
            "pelikan@zpravy-ricany.example",
            "+420606330129",
        ),
    },
    {
        "id": "h012-note-ostry",
        "style": S,
        "description": "note with 'ostrý:' and 'testovací:' labels, no greeting",
        "from": "Renata Koubková <koubkova@rozhlas-brdy.example>",
        "subject": "vyhrazené připojení",
        "body": """ostrý: 198.51.100.150   testovací: 198.51.100.151
Rozhlas Brdy z.s. (IČO 31853692), R. Koubková, tel. 731 820 447
""",
        "labels": L(
            FEED,
            "Rozhlas Brdy z.s.",
            "31853692",
            None,
            ["198.51.100.150"],
            ["198.51.100.151"],
            "Renata Koubková",
            "koubkova@rozhlas-brdy.example",
            "+420731820447",
        ),
    },
    {
        "id": "h013-note-single-address",
        "style": S,
        "description": "one production address, no test, signature dash line",
        "from": "Ota Habrman <ota@malostranske-listy.example>",
        "subject": "Re: přístup XML",
        "body": """Dobrý den, prosím o povolení přístupu pro adresu 203.0.113.8. Děkuji.
-- Ota Habrman, Malostranské listy z.s., IČO 88021769, tel. 777 260 519
""",
        "labels": L(
            FEED,
            "Malostranské listy z.s.",
            "88021769",
            None,
            ["203.0.113.8"],
            [],
            "Ota Habrman",
            "ota@malostranske-listy.example",
            "+420777260519",
        ),
    },
    {
        "id": "h014-note-range-dash",
        "style": S,
        "description": "range with hyphen and full end address, test in parentheses",
        "from": "noc@strakonicky-denik.example",
        "subject": "Strakonický deník a.s. – XML",
        "body": """Prosíme o přístup: 192.0.2.60-192.0.2.63 (test 192.0.2.70). IČO 62662465.
Kontakt Petr Šusta, 383 411 902, noc@strakonicky-denik.example
""",
        "labels": L(
            FEED,
            "Strakonický deník a.s.",
            "62662465",
            None,
            ["192.0.2.60", "192.0.2.61", "192.0.2.62", "192.0.2.63"],
            ["192.0.2.70"],
            "Petr Šusta",
            "noc@strakonicky-denik.example",
            "+420383411902",
        ),
    },
    {
        "id": "h015-note-recording-only",
        "style": S,
        "description": "two-line recording request; the XML feed is explicitly not wanted",
        "from": "Tereza Hlinková <hlinkova@kanal-usti.example>",
        "subject": "natáčení na přebíracím místě Ústí n. L.",
        "body": """Prosím o povolení natáčení pro kameramana Jakuba Vrbu na přebíracím místě Ústí nad Labem, 10 min reportáž; o XML server nežádáme.
Tereza Hlinková, Kanál Ústí s.r.o., Mírové nám. 5, Ústí n. L., IČO 52559424, 720 118 306
""",
        "labels": L(
            REC,
            "Kanál Ústí s.r.o.",
            "52559424",
            None,
            [],
            [],
            "Tereza Hlinková",
            "hlinkova@kanal-usti.example",
            "+420720118306",
        ),
    },
    {
        "id": "h016-note-semicolons-no-roles",
        "style": S,
        "description": "addresses without roles (all production), semicolons",
        "from": "Dalibor Sýkora <sykora@vesnicke-noviny.example>",
        "subject": "registrace XML",
        "body": """Vesnické noviny s.r.o., IČO 68096224 – povolte prosím 198.51.100.5; 198.51.100.6; 198.51.100.7.
D. Sýkora, 605 771 310
""",
        "labels": L(
            FEED,
            "Vesnické noviny s.r.o.",
            "68096224",
            None,
            ["198.51.100.5", "198.51.100.6", "198.51.100.7"],
            [],
            "Dalibor Sýkora",
            "sykora@vesnicke-noviny.example",
            "+420605771310",
        ),
    },
    {
        "id": "h017-note-last-octets",
        "style": S,
        "description": "shorthand last octets after a full address",
        "from": "Ivo Kaštan <kastan@hanacky-vecernik.example>",
        "subject": "přístup k výsledkům",
        "body": """Hanácký večerník s.r.o. (IČ 96088877): ostré 203.0.113.101, .102 a .103, testovací .110
Ivo Kaštan, 585 300 227, kastan@hanacky-vecernik.example
""",
        "labels": L(
            FEED,
            "Hanácký večerník s.r.o.",
            "96088877",
            None,
            ["203.0.113.101", "203.0.113.102", "203.0.113.103"],
            ["203.0.113.110"],
            "Ivo Kaštan",
            "kastan@hanacky-vecernik.example",
            "+420585300227",
        ),
    },
    {
        "id": "h018-note-both-short",
        "style": S,
        "description": "short note: feed plus a camera at a collection point",
        "from": "Simona Vejvodová <vejvodova@tv-krkonose.example>",
        "subject": "XML + natáčení",
        "body": """XML: 192.0.2.150 (produkce), 192.0.2.151 (test); natáčení: kameraman Erik Pospíšil, přebírací místo Trutnov, cca 15 min.
TV Krkonoše s.r.o., IČO 81094663 – Simona Vejvodová, 499 320 118
""",
        "labels": L(
            BOTH,
            "TV Krkonoše s.r.o.",
            "81094663",
            None,
            ["192.0.2.150"],
            ["192.0.2.151"],
            "Simona Vejvodová",
            "vejvodova@tv-krkonose.example",
            "+420499320118",
        ),
    },
    {
        "id": "h019-note-no-org-legal-form",
        "style": S,
        "description": "blog without legal form or IČO, address in subject-like line",
        "from": "Marek Vondráček <marek@volebni-blog.example>",
        "subject": "Volební blog – žádost o XML",
        "body": """Dobrý den, Volební blog by rád odebíral výsledky z 198.51.100.250, test nemáme.
Marek Vondráček, 774 015 392
""",
        "labels": L(
            FEED,
            "Volební blog",
            None,
            None,
            ["198.51.100.250"],
            [],
            "Marek Vondráček",
            "marek@volebni-blog.example",
            "+420774015392",
        ),
    },
    {
        "id": "h020-note-phone-first",
        "style": S,
        "description": "phone before the name, 00420 prefix, IČO as 'IČO:' without space",
        "from": "Správa sítě <sit@jizerske-zpravy.example>",
        "subject": "XML server",
        "body": """Jizerské zprávy a.s., IČO:79876234 – produkční 203.0.113.66, testovací 203.0.113.67.
00420 485 111 630 – Hynek Dvořák, sit@jizerske-zpravy.example
""",
        "labels": L(
            FEED,
            "Jizerské zprávy a.s.",
            "79876234",
            None,
            ["203.0.113.66"],
            ["203.0.113.67"],
            "Hynek Dvořák",
            "sit@jizerske-zpravy.example",
            "+420485111630",
        ),
    },
]
