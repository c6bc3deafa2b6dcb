"""Tuning cases 156–170: roles given by wording and order (Czech, Slovak, English), request
types declined in words, Czech without diacritics, and things that look like addresses but
are not (netmasks, version numbers, dates, retired addresses, a resolver).

Written by a second hand, apart from the extraction rules and the held-out corpus."""

from __future__ import annotations

from typing import Any

from tests.corpus.cases_a import FEED, REC, L
from tests.corpus.tuning_common import Style


def _soft(text: str) -> str:
    """A format=flowed body: '~' before a line end marks a soft break (a trailing space)."""
    return text.replace("~\n", " \n")


CASES: list[dict[str, Any]] = [
    {
        "id": "156-slovak-v-uvedenom-poradi",
        "description": "Slovak: two roles and two addresses matched by order ('v uvedenom "
        "poradí'), the production addresses written as a range",
        "style": Style.SLOVAK,
        "from": "Peter Kollár <kollar@vychodoslovenske-noviny.example>",
        "subject": "Žiadosť o prístup k serveru s výsledkami",
        "body": """Dobrý deň,

Východoslovenské noviny, a. s., IČO 55663770, žiadajú o prístup k vyhradenému serveru
s výsledkami voľby prezidenta ČR. Pre ostrú a testovaciu prevádzku použijeme v uvedenom
poradí adresy 203.0.113.121–203.0.113.122 a 203.0.113.129.

Kontaktná osoba: Peter Kollár, +421 55 622 41 90, kollar@vychodoslovenske-noviny.example

S pozdravom
Peter Kollár
""",
        "labels": L(
            FEED,
            "Východoslovenské noviny, a. s.",
            "55663770",
            None,
            ["203.0.113.121", "203.0.113.122"],
            ["203.0.113.129"],
            "Peter Kollár",
            "kollar@vychodoslovenske-noviny.example",
            "+421556224190",
        ),
    },
    {
        "id": "157-english-respectively-test-first",
        "description": "English format=flowed: 'respectively' with the test role named first, "
        "the sentence running across soft breaks",
        "style": Style.ENGLISH,
        "flowed": True,
        "from": "Mateusz Zielinski <m.zielinski@baltic-results.example>",
        "subject": "Dedicated connection - Baltic Results",
        "body": _soft(
            """Good morning,

Baltic Results Sp. z o.o. applies for access to the dedicated results server.~
The test and the production systems will connect from 198.51.100.239 and~
198.51.100.231 respectively. We need no other addresses.

Contact: Mateusz Zielinski, +48 58 301 22 90, m.zielinski@baltic-results.example

Regards,
Mateusz Zielinski
"""
        ),
        "labels": L(
            FEED,
            "Baltic Results Sp. z o.o.",
            None,
            None,
            ["198.51.100.231"],
            ["198.51.100.239"],
            "Mateusz Zielinski",
            "m.zielinski@baltic-results.example",
            "+48583012290",
        ),
    },
    {
        "id": "158-v-tomto-poradi-three-roles",
        "description": "Czech: three addresses for production, backup and test 'v tomto "
        "pořadí'; the backup is a production address",
        "style": Style.ROLE_WORDING,
        "from": "Zdeněk Procházka <prochazka@pardubicky-magazin.example>",
        "subject": "Žádost o vyhrazené připojení",
        "body": """Dobrý den,

Pardubický magazín s.r.o. (IČO 67939465) žádá o vyhrazené připojení k serveru
s výsledky. Adresy 192.0.2.31, 192.0.2.32 a 192.0.2.39 slouží pro produkci, zálohu
a testování, v tomto pořadí.

Kontaktní osoba: Zdeněk Procházka, tel. 466 303 512, prochazka@pardubicky-magazin.example
""",
        "labels": L(
            FEED,
            "Pardubický magazín s.r.o.",
            "67939465",
            None,
            ["192.0.2.31", "192.0.2.32"],
            ["192.0.2.39"],
            "Zdeněk Procházka",
            "prochazka@pardubicky-magazin.example",
            "+420466303512",
        ),
    },
    {
        "id": "159-no-diacritics-two-lines",
        "description": "two-line note without diacritics from a phone; roles as 'ostra' and "
        "'test', name and organisation only in the second line",
        "style": Style.NO_DIACRITICS,
        "from": "Honza Capek <capek@radio-rokycany.example>",
        "subject": "ip pro volby",
        "body": """Prosim povolit ostra 192.0.2.71, 192.0.2.72 a test 192.0.2.79 pro XML vysledky.
Jan Capek, Radio Rokycany s.r.o., ICO 59208350, tel 604 112 908
""",
        "labels": L(
            FEED,
            "Radio Rokycany s.r.o.",
            "59208350",
            None,
            ["192.0.2.71", "192.0.2.72"],
            ["192.0.2.79"],
            "Jan Capek",
            "capek@radio-rokycany.example",
            "+420604112908",
        ),
    },
    {
        "id": "160-no-diacritics-bracket-form",
        "description": "plain-text form without diacritics, [x]/[ ] for the request types "
        "(recording not ticked), data box in the applicant block",
        "style": Style.NO_DIACRITICS,
        "from": "Sekretariat Jihlavske TV <sekretariat@jihlavska-tv.example>",
        "subject": "Zadost - formular",
        "body": """Dobry den,

posilame vyplneny formular:

[x] zadost o registraci k vyhrazenemu pripojeni (XML)
[ ] zadost o povoleni pritomnosti na prebiracim miste

Zadatel: Jihlavska televize s.r.o.
ICO: 93844611
ID datove schranky: jt2hv6w
IP adresy pro ostry provoz: 203.0.113.61, 203.0.113.62
Testovaci IP adresa: 203.0.113.69
Kontaktni osoba: Milan Sykora, technik
Telefon: 567 210 398
E-mail: sykora@jihlavska-tv.example

Dekujeme
sekretariat
""",
        "labels": L(
            FEED,
            "Jihlavska televize s.r.o.",
            "93844611",
            "jt2hv6w",
            ["203.0.113.61", "203.0.113.62"],
            ["203.0.113.69"],
            "Milan Sykora",
            "sykora@jihlavska-tv.example",
            "+420567210398",
        ),
    },
    {
        "id": "161-natacet-nebudeme",
        "description": "feed request that explicitly says the newsroom will not film "
        "('natáčet nebudeme') and mentions last year's filming",
        "style": Style.ROLE_WORDING,
        "from": "Jitka Marková <markova@tydenik-zlin.example>",
        "subject": "Registrace k vyhrazenému připojení – Týdeník Zlín",
        "body": """Dobrý den,

loni jsme od vás měli i povolení k natáčení na přebíracím místě. Letos natáčet nebudeme,
žádáme pouze o registraci k vyhrazenému připojení k serveru s výsledky.

Žadatel: Týdeník Zlín s.r.o., IČO 97179264
Ostrý provoz: 198.51.100.11, 198.51.100.12
Testovací provoz: 198.51.100.19

Kontaktní osoba: Jitka Marková, 577 018 221, markova@tydenik-zlin.example

S pozdravem
Jitka Marková
""",
        "labels": L(
            FEED,
            "Týdeník Zlín s.r.o.",
            "97179264",
            None,
            ["198.51.100.11", "198.51.100.12"],
            ["198.51.100.19"],
            "Jitka Marková",
            "markova@tydenik-zlin.example",
            "+420577018221",
        ),
    },
    {
        "id": "162-english-no-filming",
        "description": "English feed request with 'no filming, no photographers' and a "
        "question about the collection points that is not a request",
        "style": Style.ENGLISH,
        "from": "Nora Lindqvist <nora.lindqvist@scandi-election-desk.example>",
        "subject": "Registration for the XML results feed",
        "body": """Dear CZSO team,

Scandi Election Desk AB would like to register for the dedicated XML connection.
No filming and no photographers on our side - we only need the data feed. (Out of
curiosity: are the collection points open to foreign press at all?)

Live: 2001:db8:5ca::1, 2001:db8:5ca::2
Test: 2001:db8:5ca::100

Contact: Nora Lindqvist, +46 8 555 012 34, nora.lindqvist@scandi-election-desk.example

Best regards,
Nora Lindqvist
""",
        "labels": L(
            FEED,
            "Scandi Election Desk AB",
            None,
            None,
            ["2001:db8:5ca::1", "2001:db8:5ca::2"],
            ["2001:db8:5ca::100"],
            "Nora Lindqvist",
            "nora.lindqvist@scandi-election-desk.example",
            "+46855501234",
        ),
    },
    {
        "id": "163-recording-only-agency-feed-mentioned",
        "description": "recording permit only; the XML feed is declined because the newsroom "
        "takes results from an agency, whose server address is mentioned",
        "style": Style.ROLE_WORDING,
        "from": "Božena Kučerová <kucerova@tv-hana.example>",
        "subject": "Žádost o vydání povolení k přítomnosti na přebíracím místě",
        "body": """Dobrý den,

TV Haná s.r.o., IČO 56529236, žádá o vydání povolení k přítomnosti na přebíracím místě
ČSÚ v Olomouci. O přístup k XML serveru nežádáme – výsledky přebíráme od agentury
přes její server 198.51.100.250.

Osoba, pro kterou žádáme povolení: Radim Zbořil, kameraman, tel. 608 417 300
Rozsah záznamu: zvukově obrazový záznam, nejvýše 20 minut
Preferované přebírací místo: okres Olomouc

Kontaktní osoba: Božena Kučerová, vedoucí zpravodajství, (+420) 585 31 22 40,
kucerova@tv-hana.example

S pozdravem
Božena Kučerová
""",
        "labels": L(
            REC,
            "TV Haná s.r.o.",
            "56529236",
            None,
            [],
            [],
            "Božena Kučerová",
            "kucerova@tv-hana.example",
            "+420585312240",
        ),
    },
    {
        "id": "164-netmask-and-cidr-31",
        "description": "production as an address with a netmask '255.255.255.254' (a pair), "
        "test as a /32; the netmask itself and the gateway are not addresses to allow",
        "style": Style.LOOKALIKE,
        "from": "Síťový provoz Deník Vysočina <noc@denik-vysocina.example>",
        "subject": "Povolení adres – Deník Vysočina",
        "body": """Dobrý den,

Deník Vysočina, a.s. (IČO 54433592) žádá o přístup k vyhrazenému serveru.

Ostrý provoz: 198.51.100.90 / 255.255.255.254 (brána 198.51.100.89 – tu nepovolujte)
Testovací provoz: 198.51.100.96/32

Technický kontakt: Bc. Luboš Kratochvíl, +420 567 567 120,
kratochvil@denik-vysocina.example
""",
        "labels": L(
            FEED,
            "Deník Vysočina, a.s.",
            "54433592",
            None,
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.96"],
            "Luboš Kratochvíl",
            "kratochvil@denik-vysocina.example",
            "+420567567120",
        ),
    },
    {
        "id": "165-version-and-dates-near-addresses",
        "description": "a dotted version number and dotted dates next to the addresses, an "
        "NTP server of the newsroom that need not be allowed",
        "style": Style.LOOKALIKE,
        "from": "Oldřich Beneš <benes@volebni-mapa.example>",
        "subject": "Volební mapa – registrace k XML",
        "body": """Dobrý den,

Volební mapa, z. ú., IČO 80554458, se registruje k vyhrazenému připojení.

Náš importér (verze 3.10.2.1, nasazen 12.12.2022) poběží na 192.0.2.51 – to je adresa
pro ostrý provoz. Testovat budeme od 2.1.2023 z 192.0.2.59. Časový server 192.0.2.50
je jen náš interní a povolovat ho nemusíte.

Kontakt: Oldřich Beneš, 722 410 557, benes@volebni-mapa.example
""",
        "labels": L(
            FEED,
            "Volební mapa, z. ú.",
            "80554458",
            None,
            ["192.0.2.51"],
            ["192.0.2.59"],
            "Oldřich Beneš",
            "benes@volebni-mapa.example",
            "+420722410557",
        ),
    },
    {
        "id": "166-retired-ipv6-and-new",
        "description": "old IPv6 addresses 'již nepoužíváme' listed first, the new ones "
        "after; an IPv6 /127 for production",
        "style": Style.LOOKALIKE,
        "from": "Richard Pokorný <pokorny@nasdenik-cz.example>",
        "subject": "Aktualizace adres pro volby 2023",
        "body": """Dobrý den,

Náš deník a.s., IČO 42098211, žádá o přístup. Adresy 2001:db8:ee::10 a 2001:db8:ee::11,
které jsme uváděli pro sněmovní volby, již nepoužíváme – prosíme nepovolovat.

Nové adresy:
ostrý provoz: 2001:db8:ef::a/127
testovací provoz: 2001:db8:ef::ff

Kontaktní osoba: Richard Pokorný, 00420 702 330 118, pokorny@nasdenik-cz.example
""",
        "labels": L(
            FEED,
            "Náš deník a.s.",
            "42098211",
            None,
            ["2001:db8:ef::a", "2001:db8:ef::b"],
            ["2001:db8:ef::ff"],
            "Richard Pokorný",
            "pokorny@nasdenik-cz.example",
            "+420702330118",
        ),
    },
    {
        "id": "167-combined-role-label-and-test-only",
        "description": "one address labelled 'produkční i testovací', a second only for "
        "test; the production list is that single address",
        "style": Style.ROLE_WORDING,
        "from": "Kamil Šťastný <stastny@hradecky-expres.example>",
        "subject": "Žádost o přístup k výsledkům",
        "body": """Dobrý den,

Hradecký expres s.r.o., IČO 12984311, žádá o přístup k serveru s výsledky.

203.0.113.111 – produkční i testovací
203.0.113.118 – pouze testovací (notebook redaktora)

Kontaktní osoba: Kamil Šťastný, 495 000 812, stastny@hradecky-expres.example
""",
        "labels": L(
            FEED,
            "Hradecký expres s.r.o.",
            "12984311",
            None,
            ["203.0.113.111"],
            ["203.0.113.111", "203.0.113.118"],
            "Kamil Šťastný",
            "stastny@hradecky-expres.example",
            "+420495000812",
        ),
    },
    {
        "id": "168-abbreviations-prod-dr-uat",
        "description": "an engineer's abbreviations: PROD, DR (disaster recovery, so "
        "production) and UAT (test); the phone with an extension",
        "style": Style.ROLE_WORDING,
        "from": "Viktor Šimek <simek@media-data-lab.example>",
        "subject": "XML feed – whitelist",
        "body": """Ahoj / dobrý den,

Media Data Lab s.r.o. (IČO 13861328) – prosíme o whitelist pro XML feed:

PROD  198.18.7.21
DR    198.18.9.21
UAT   198.18.7.99

Kontakt: Viktor Šimek, +420 222 510 400 kl. 214, simek@media-data-lab.example
""",
        "labels": L(
            FEED,
            "Media Data Lab s.r.o.",
            "13861328",
            None,
            ["198.18.7.21", "198.18.9.21"],
            ["198.18.7.99"],
            "Viktor Šimek",
            "simek@media-data-lab.example",
            "+420222510400",
        ),
    },
    {
        "id": "169-slovak-skusobna-prevadzka",
        "description": "Slovak: 'ostrá prevádzka' and 'skúšobná prevádzka', a Bratislava "
        "landline, the company's DIČ and IČ DPH next to the IČO",
        "style": Style.SLOVAK,
        "from": "Katarína Bieliková <bielikova@nitrianske-spravy.example>",
        "subject": "Žiadosť o registráciu – Nitrianske správy",
        "body": """Dobrý deň,

žiadame o registráciu k vyhradenému pripojeniu.

Žiadateľ: Nitrianske správy, s. r. o., Štefánikova 40, 949 01 Nitra
IČO: 86935887, DIČ: 2021886935, IČ DPH: SK2021886935
Ostrá prevádzka: 192.0.2.221, 192.0.2.222
Skúšobná prevádzka: 192.0.2.229

Kontaktná osoba: Katarína Bieliková, tel. 02/5441 2233, bielikova@nitrianske-spravy.example

S pozdravom
Katarína Bieliková
""",
        "labels": L(
            FEED,
            "Nitrianske správy, s. r. o.",
            "86935887",
            None,
            ["192.0.2.221", "192.0.2.222"],
            ["192.0.2.229"],
            "Katarína Bieliková",
            "bielikova@nitrianske-spravy.example",
            "+421254412233",
        ),
    },
    {
        "id": "170-english-formal-letter-uk-phone",
        "description": "English formal letter from a UK broadcaster; the phone written "
        "'+44 (0)20 …', the sender is the signatory and a colleague is the contact",
        "style": Style.ENGLISH,
        "from": "Charlotte Hughes <c.hughes@thames-valley-broadcast.example>",
        "subject": "Application for registration for the dedicated connection",
        "body": """Thames Valley Broadcasting Ltd
14 Riverside Walk, Reading RG1 8EQ, United Kingdom

Czech Statistical Office
Na padesátém 81
100 82 Prague 10

Reading, 15 December 2022

Dear Sir or Madam,

Thames Valley Broadcasting Ltd hereby applies for registration for the dedicated
connection to the server with the running results of the presidential election.

Production addresses: 203.0.113.81, 203.0.113.82
Test address: 203.0.113.89

Please direct all technical questions to our systems engineer, Mr Ravi Patel,
on +44 (0)20 7946 0877 or at r.patel@thames-valley-broadcast.example.

Yours faithfully,

Charlotte Hughes
Managing Editor
""",
        "labels": L(
            FEED,
            "Thames Valley Broadcasting Ltd",
            None,
            None,
            ["203.0.113.81", "203.0.113.82"],
            ["203.0.113.89"],
            "Ravi Patel",
            "r.patel@thames-valley-broadcast.example",
            "+442079460877",
        ),
    },
]
