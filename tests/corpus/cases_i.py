"""Tuning cases 86–95: roles from wording and abbreviations (Czech, Slovak, English),
combined roles, roles by sentence order, declined request types and form checkboxes."""

from __future__ import annotations

from typing import Any

from tests.corpus.cases_a import FEED, REC, L
from tests.corpus.tuning_common import Style

CASES: list[dict[str, Any]] = [
    {
        "id": "86-abbreviated-roles-prod-zal-test",
        "description": "abbreviations 'prod.', 'zál.' (backup, i.e. production) and 'test.' "
        "in a terse note; the signer's first name only as an initial (full in From)",
        "style": Style.ROLE_WORDING,
        "from": "Vít Zeman <zeman@krkonossky-posel.example>",
        "subject": "XML přístup Krkonošský posel",
        "body": """Dobrý den,
Krkonošský posel, s.r.o., IČO 49572075, prosí o přístup:
prod.: 192.0.2.101, 192.0.2.102
zál.: 192.0.2.103
test.: 192.0.2.109
V. Zeman, 499 421 733, zeman@krkonossky-posel.example
""",
        "labels": L(
            FEED,
            "Krkonošský posel, s.r.o.",
            "49572075",
            None,
            ["192.0.2.101", "192.0.2.102", "192.0.2.103"],
            ["192.0.2.109"],
            "Vít Zeman",
            "zeman@krkonossky-posel.example",
            "+420499421733",
        ),
    },
    {
        "id": "87-slovak-produkcne-prostredie",
        "description": "Slovak application: 'produkčné prostredie', 'testovacie prostredie', "
        "'Kontaktná osoba', Slovak phone",
        "style": Style.SLOVAK,
        "from": "Marek Hudák <hudak@radio-dunaj.example>",
        "subject": "Žiadosť o prístup k XML serveru s výsledkami volieb",
        "body": """Dobrý deň,

v mene spoločnosti Rádio Dunaj, s. r. o., IČO: 76895203, si dovoľujeme požiadať
o pridelenie prístupu k vyhradenému serveru s priebežnými výsledkami vo formáte XML.

IP adresy pre produkčné prostredie: 198.51.100.121, 198.51.100.122
IP adresa pre testovacie prostredie: 198.51.100.129

Kontaktná osoba: Marek Hudák
tel.: +421 902 515 404
e-mail: hudak@radio-dunaj.example

S pozdravom
Marek Hudák
""",
        "labels": L(
            FEED,
            "Rádio Dunaj, s. r. o.",
            "76895203",
            None,
            ["198.51.100.121", "198.51.100.122"],
            ["198.51.100.129"],
            "Marek Hudák",
            "hudak@radio-dunaj.example",
            "+421902515404",
        ),
    },
    {
        "id": "88-english-primary-backup-staging",
        "description": "English: primary, hot-standby backup and a staging environment; a "
        "four-part software version; no Czech company ID",
        "style": Style.ENGLISH,
        "from": "Owen Pritchard <owen.pritchard@danube-media.example>",
        "subject": "Results feed: whitelisting request",
        "body": """Hello,

Danube Media Ltd. would like to subscribe to the XML results feed for the upcoming
presidential election. Our set-up:

  primary ingest node ........ 203.0.113.131
  hot-standby backup ......... 203.0.113.132
  staging / test env ......... 203.0.113.140

The backup only takes over when the primary fails, but please allow both for live data.
All three nodes run FeedBridge 3.10.2.7 and poll once a minute.

If anything is unclear, please contact me directly.

Owen Pritchard
Systems Engineer, Danube Media Ltd.
T +44 20 7946 0321
owen.pritchard@danube-media.example
""",
        "labels": L(
            FEED,
            "Danube Media Ltd.",
            None,
            None,
            ["203.0.113.131", "203.0.113.132"],
            ["203.0.113.140"],
            "Owen Pritchard",
            "owen.pritchard@danube-media.example",
            "+442079460321",
        ),
    },
    {
        "id": "89-combined-roles-one-address",
        "description": "one address asked for both live and test operation, another for "
        "production and backup at once",
        "style": Style.ROLE_WORDING,
        "from": "Simona Raková <rakova@tydenik-vesnice.example>",
        "subject": "Žádost o vyhrazené připojení",
        "body": """Dobrý den,

Týdeník Vesnice, o.p.s. (IČO 44380828) žádá o vyhrazené připojení.

192.0.2.111 – ostrý i testovací provoz (máme jen jeden server)
192.0.2.112 – produkce + záloha

Více adres nepotřebujeme.

Kontaktní osoba: Simona Raková, mobil 728 064 990, rakova@tydenik-vesnice.example
""",
        "labels": L(
            FEED,
            "Týdeník Vesnice, o.p.s.",
            "44380828",
            None,
            ["192.0.2.111", "192.0.2.112"],
            ["192.0.2.111"],
            "Simona Raková",
            "rakova@tydenik-vesnice.example",
            "+420728064990",
        ),
    },
    {
        "id": "90-english-respectively",
        "description": "English: roles given by sentence order ('respectively')",
        "style": Style.ROLE_WORDING,
        "from": "Ingrid Solberg <ingrid.solberg@fjordpost.example>",
        "subject": "Access to the Czech election results server",
        "body": """Dear colleagues,

Fjord Post AS would like to receive the results of the Czech presidential election
through your dedicated XML server. Kindly register 198.51.100.141 and 198.51.100.149
for the production and test environments, respectively.

Our technical contact is Lars Nygaard (lars.nygaard@fjordpost.example,
+47 22 33 44 55).

With best regards,
Ingrid Solberg
Foreign desk, Fjord Post AS
""",
        "labels": L(
            FEED,
            "Fjord Post AS",
            None,
            None,
            ["198.51.100.141"],
            ["198.51.100.149"],
            "Lars Nygaard",
            "lars.nygaard@fjordpost.example",
            "+4722334455",
        ),
    },
    {
        "id": "91-v-tomto-poradi",
        "description": "Czech: two roles and two addresses matched by order ('v tomto pořadí')",
        "style": Style.ROLE_WORDING,
        "from": "Luboš Pilař <pilar@jizerske-listy.example>",
        "subject": "Jizerské listy – přístup k výsledkům",
        "body": """Dobrý den,

pro ostrý a testovací provoz žádáme o povolení adres 203.0.113.151 a 203.0.113.152
(v tomto pořadí). Žadatelem jsou Jizerské listy, s.r.o., IČO 32903138, Liberec.

Spojení na mě: 485 100 267, pilar@jizerske-listy.example

Luboš Pilař
technický redaktor
""",
        "labels": L(
            FEED,
            "Jizerské listy, s.r.o.",
            "32903138",
            None,
            ["203.0.113.151"],
            ["203.0.113.152"],
            "Luboš Pilař",
            "pilar@jizerske-listy.example",
            "+420485100267",
        ),
    },
    {
        "id": "92-filming-declined-czech",
        "description": "feed request that says it does not ask for filming this time",
        "style": Style.ROLE_WORDING,
        "from": "Jana Vodičková <vodickova@rozhlas-polabi.example>",
        "subject": "Volba prezidenta – XML data, bez natáčení",
        "body": """Dobrý den,

loni jsme u vás žádali i o povolení natáčet na přebíracím místě; letos o natáčení
nežádáme, stačí nám přístup k XML serveru.

Žadatel: Rozhlas Polabí, z.ú., IČO 42580731
adresy pro ostrý provoz: 192.0.2.121, 192.0.2.122
testovací adresa: 192.0.2.129

Kontakt: Jana Vodičková, 466 530 818, vodickova@rozhlas-polabi.example
""",
        "labels": L(
            FEED,
            "Rozhlas Polabí, z.ú.",
            "42580731",
            None,
            ["192.0.2.121", "192.0.2.122"],
            ["192.0.2.129"],
            "Jana Vodičková",
            "vodickova@rozhlas-polabi.example",
            "+420466530818",
        ),
    },
    {
        "id": "93-english-no-filming-needed",
        "description": "English feed request: 'we do not need filming permission'",
        "style": Style.ENGLISH,
        "from": "Rachel Owusu <r.owusu@continental-wire.example>",
        "subject": "XML feed only (no camera crew) - Continental Wire",
        "body": """Good morning,

Continental Wire s.r.o. (Company ID 19797117), Prague bureau, applies for access to
the dedicated results server. We do not need filming permission at a collection point
this time - our crew will stay in the studio.

Servers to be allowed
 - live: 2001:db8:c0:1::5
 - live: 2001:db8:c0:1::6
 - testing: 2001:db8:c0:2::5

Contact: Rachel Owusu, +420 734 990 118, r.owusu@continental-wire.example

Best,
Rachel
""",
        "labels": L(
            FEED,
            "Continental Wire s.r.o.",
            "19797117",
            None,
            ["2001:db8:c0:1::5", "2001:db8:c0:1::6"],
            ["2001:db8:c0:2::5"],
            "Rachel Owusu",
            "r.owusu@continental-wire.example",
            "+420734990118",
        ),
    },
    {
        "id": "94-recording-xml-declined",
        "description": "recording permit request that says the XML access is not wanted",
        "style": Style.ROLE_WORDING,
        "from": "Kristýna Holá <hola@tv-krivoklat.example>",
        "subject": "Povolení natáčení – TV Křivoklát",
        "body": """Dobrý den,

o přístup k XML serveru tentokrát nežádáme, výsledky budeme přebírat z webu.
Prosíme ale o povolení k přítomnosti našeho kameramana na přebíracím místě.

Osoba, pro kterou žádáme povolení: Daniel Mráz, kameraman
Redakce: TV Křivoklát s.r.o., Náměstí 1, 270 23 Křivoklát, IČO 54431689
Rozsah záznamu: obrazový záznam, asi 20 minut, bez rozhovorů
Přebírací místo: okres Rakovník, případně Středočeský kraj

Kontaktní osoba: Kristýna Holá, tel. 313 112 901, hola@tv-krivoklat.example
""",
        "labels": L(
            REC,
            "TV Křivoklát s.r.o.",
            "54431689",
            None,
            [],
            [],
            "Kristýna Holá",
            "hola@tv-krivoklat.example",
            "+420313112901",
        ),
    },
    {
        "id": "95-checkbox-unicode-ballot-boxes",
        "description": "plain-text form with ☒/☐ ticks: the feed ticked, recording not",
        "style": Style.FORM_CHECKBOX,
        "from": "Hynek Šrámek <sramek@info-vysocina.example>",
        "subject": "Formulář – žádost o XML",
        "body": """ŽÁDOST (vyplněný formulář)

Druh žádosti:
☒ registrace k vyhrazenému připojení (XML)
☐ povolení k přítomnosti na přebíracím místě

Žadatel ............ Info Vysočina, z.s.
IČO ................ 87594838
Adresy – ostré ..... 198.51.100.161, 198.51.100.162
Adresy – testovací . 198.51.100.169
Kontaktní osoba .... Hynek Šrámek
Telefon ............ +420 567 021 446
E-mail ............. sramek@info-vysocina.example
""",
        "labels": L(
            FEED,
            "Info Vysočina, z.s.",
            "87594838",
            None,
            ["198.51.100.161", "198.51.100.162"],
            ["198.51.100.169"],
            "Hynek Šrámek",
            "sramek@info-vysocina.example",
            "+420567021446",
        ),
    },
]
