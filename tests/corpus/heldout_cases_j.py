"""Held-out cases: English and Slovak applications (labels, abbreviations, phone formats)."""

from __future__ import annotations

from typing import Any

from tests.corpus.heldout_common import BOTH, FEED, REC, L, Style

E = Style.ENGLISH
K = Style.SLOVAK

CASES: list[dict[str, Any]] = [
    {
        "id": "h091-english-respectively",
        "style": E,
        "description": "English prose; roles by 'respectively'",
        "from": "Oliver Grant <o.grant@centraleye.example>",
        "subject": "Request for access to the results server",
        "body": """Dear colleagues,

Central Eye Media s.r.o. (reg. no. 94627355) would like to request access to the
dedicated XML results server. Our production and test servers are 192.0.2.45 and
192.0.2.46, respectively.

Please contact Oliver Grant (+420 731 225 908, o.grant@centraleye.example) with any
questions.

Best regards,
Oliver Grant
Head of Data
""",
        "labels": L(
            FEED,
            "Central Eye Media s.r.o.",
            "94627355",
            None,
            ["192.0.2.45"],
            ["192.0.2.46"],
            "Oliver Grant",
            "o.grant@centraleye.example",
            "+420731225908",
        ),
    },
    {
        "id": "h092-english-no-filming",
        "style": E,
        "description": "English; explicitly 'we do not need filming', backup server listed",
        "from": "Data Desk <datadesk@vistula-post.example>",
        "subject": "XML feed registration – Vistula Post",
        "body": """Hello,

Vistula Post Sp. z o.o. applies for the election results XML feed.
Primary: 203.0.113.231
Backup: 203.0.113.232
Test env: 203.0.113.239

We do not need filming at collection points, only the data feed.

Contact person: Marta Zielińska, +48 22 555 01 37, datadesk@vistula-post.example
""",
        "labels": L(
            FEED,
            "Vistula Post Sp. z o.o.",
            None,
            None,
            ["203.0.113.231", "203.0.113.232"],
            ["203.0.113.239"],
            "Marta Zielińska",
            "datadesk@vistula-post.example",
            "+48225550137",
        ),
    },
    {
        "id": "h093-english-bullets-staging",
        "style": E,
        "description": "English bullets with 'prod' and 'staging', UK phone, Czech IČO of the branch",
        "from": "James Whitfield <jwhitfield@thamesbridge.example>",
        "subject": "Dedicated connection – Thames Bridge News",
        "body": """Hi,

Applicant: Thames Bridge News, organizační složka (IČO 22146920)
- prod: 198.51.100.61
- prod: 198.51.100.62
- staging: 198.51.100.69

Technical contact: James Whitfield
Tel: +44 20 7946 0321
Email: jwhitfield@thamesbridge.example

Thanks,
James
""",
        "labels": L(
            FEED,
            "Thames Bridge News, organizační složka",
            "22146920",
            None,
            ["198.51.100.61", "198.51.100.62"],
            ["198.51.100.69"],
            "James Whitfield",
            "jwhitfield@thamesbridge.example",
            "+442079460321",
        ),
    },
    {
        "id": "h094-english-both",
        "style": E,
        "description": "English, feed and a camera crew permit",
        "from": "Sophie Martin <s.martin@rhone-tv.example>",
        "subject": "Election night – data feed and filming permit",
        "body": """Dear Sir or Madam,

Rhône TV SAS asks for two things:
1. Access to the XML results server from 192.0.2.201 (live) and 192.0.2.209 (testing).
2. Permission for our camera operator Luc Bernard to film at the Prague collection
   point (Praha hl. m.) for about 20 minutes; scope: general views, no interviews.

Applicant and contact: Sophie Martin, producer, +33 1 70 36 22 19, s.martin@rhone-tv.example

Kind regards,
Sophie Martin
""",
        "labels": L(
            BOTH,
            "Rhône TV SAS",
            None,
            None,
            ["192.0.2.201"],
            ["192.0.2.209"],
            "Sophie Martin",
            "s.martin@rhone-tv.example",
            "+33170362219",
        ),
    },
    {
        "id": "h095-english-recording-only",
        "style": E,
        "description": "English recording permit only; 'no XML access needed'",
        "from": "Anders Holm <anders.holm@fjord-news.example>",
        "subject": "Permit to record at a ČSÚ collection point",
        "body": """Good afternoon,

Fjord News AS would like a permit to record at a collection point.
Person: Nils Berg (photographer), +47 912 34 567
Applicant: Anders Holm, foreign desk editor, +47 22 86 30 00, anders.holm@fjord-news.example
Newsroom: Fjord News AS, Akersgata 55, Oslo
Scope: still photographs, 15 minutes
Preferred point: Plzeňský kraj

No XML access needed.
Anders Holm
""",
        "labels": L(
            REC,
            "Fjord News AS",
            None,
            None,
            [],
            [],
            "Anders Holm",
            "anders.holm@fjord-news.example",
            "+4722863000",
        ),
    },
    {
        "id": "h096-slovak-produkcne",
        "style": K,
        "description": "Slovak: 'produkčné' and 'testovacie' addresses, Slovak mobile",
        "from": "Martin Kováč <kovac@tatranske-noviny.example>",
        "subject": "Žiadosť o vyhradené pripojenie",
        "body": """Dobrý deň,

spoločnosť Tatranské noviny, s.r.o., IČO 95496904, žiada o prístup k serveru
s výsledkami volieb vo formáte XML.

Produkčné IP adresy: 192.0.2.31, 192.0.2.32
Testovacie IP adresy: 192.0.2.39

Kontaktná osoba: Martin Kováč, tel. +421 905 123 478, kovac@tatranske-noviny.example

S pozdravom
Martin Kováč
""",
        "labels": L(
            FEED,
            "Tatranské noviny, s.r.o.",
            "95496904",
            None,
            ["192.0.2.31", "192.0.2.32"],
            ["192.0.2.39"],
            "Martin Kováč",
            "kovac@tatranske-noviny.example",
            "+421905123478",
        ),
    },
    {
        "id": "h097-slovak-ostra-prevadzka",
        "style": K,
        "description": "Slovak: 'ostrá prevádzka' and 'testovanie', phone in national form 0903 …",
        "from": "Zuzana Horváthová <horvathova@dunajsky-kurier.example>",
        "subject": "Prístup k XML serveru – Dunajský kuriér",
        "body": """Dobrý deň,
Dunajský kuriér a.s. (IČO: 31478841)
ostrá prevádzka: 198.51.100.211, 198.51.100.212, 198.51.100.213
testovanie: 198.51.100.219
Kontakt: Zuzana Horváthová, mobil 0903 441 582 (SK), horvathova@dunajsky-kurier.example
Ďakujem
""",
        "labels": L(
            FEED,
            "Dunajský kuriér a.s.",
            "31478841",
            None,
            ["198.51.100.211", "198.51.100.212", "198.51.100.213"],
            ["198.51.100.219"],
            "Zuzana Horváthová",
            "horvathova@dunajsky-kurier.example",
            "+421903441582",
        ),
    },
    {
        "id": "h098-slovak-nakrucanie",
        "style": K,
        "description": "Slovak recording request ('povolenie na nakrúcanie'), no feed",
        "from": "Peter Baláž <balaz@tv-zahorie.example>",
        "subject": "Žiadosť o povolenie nakrúcania na preberacom mieste",
        "body": """Dobrý deň,

žiadame o povolenie na nakrúcanie na preberacom mieste ČSÚ v Hodoníne.
Osoba: Róbert Szabó, kameraman, +421 918 550 412
Žiadateľ: Peter Baláž, šéfredaktor
Redakcia: TV Záhorie s.r.o., Námestie slobody 4, Senica, IČO 76976726
Rozsah: obrazový záznam, cca 20 minút
Kontakt: +421 34 651 2290, balaz@tv-zahorie.example

O prístup k XML serveru nežiadame.
""",
        "labels": L(
            REC,
            "TV Záhorie s.r.o.",
            "76976726",
            None,
            [],
            [],
            "Peter Baláž",
            "balaz@tv-zahorie.example",
            "+421346512290",
        ),
    },
    {
        "id": "h099-slovak-table-html",
        "style": K,
        "description": "Slovak HTML table with 'Prostredie' column ('produkčné'/'testovacie')",
        "from": "Ivana Šimková <simkova@vychodna-sprava.example>",
        "subject": "registrácia XML",
        "html": """<html><body><p>Dobrý deň, Východná správa, s. r. o., IČO 78785804, DS 3xwezx3:</p>
<table border="1"><tr><th>IP adresa</th><th>Prostredie</th></tr>
<tr><td>203.0.113.111</td><td>produkčné</td></tr>
<tr><td>203.0.113.112</td><td>testovacie</td></tr></table>
<p>Kontaktná osoba: Ivana Šimková, +421 55 622 3107, simkova@vychodna-sprava.example</p></body></html>""",
        "labels": L(
            FEED,
            "Východná správa, s. r. o.",
            "78785804",
            "3xwezx3",
            ["203.0.113.111"],
            ["203.0.113.112"],
            "Ivana Šimková",
            "simkova@vychodna-sprava.example",
            "+421556223107",
        ),
    },
    {
        "id": "h100-slovak-mixed-czech",
        "style": K,
        "description": "Slovak sender mixing Czech labels, 'záložná' address, invalid IČO typo",
        "from": "Ján Hudec <hudec@zilinsky-vecernik.example>",
        "subject": "XML – Žilinský večerník",
        "body": """Dobrý deň,
Žilinský večerník s.r.o., IČO 28925438
hlavná adresa 192.0.2.61, záložná 192.0.2.62, testovacia 192.0.2.69
Ján Hudec, tel. +421 41 562 0871, hudec@zilinsky-vecernik.example
""",
        "labels": L(
            FEED,
            "Žilinský večerník s.r.o.",
            None,
            None,
            ["192.0.2.61", "192.0.2.62"],
            ["192.0.2.69"],
            "Ján Hudec",
            "hudec@zilinsky-vecernik.example",
            "+421415620871",
        ),
    },
]
