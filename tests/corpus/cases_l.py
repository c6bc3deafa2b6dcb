"""Tuning cases 116–125: data messages (the application in the annotation, or only in an
attachment), two-line notes, formal letters, Slovak applications.

Data-box cases have a ``databox`` key (sender's box, name, address; ``type`` 10 is a public
authority's box) and no ``from``; ``subject`` is the annotation (dmAnnotation, at most 255
characters in ISDS). make_corpus builds them as the inner XML of a received message."""

from __future__ import annotations

from typing import Any

from tests.corpus.cases_a import BOTH, FEED, REC, L
from tests.corpus.tuning_common import Style

CASES: list[dict[str, Any]] = [
    {
        "id": "116-databox-annotation-czech",
        "description": "data message whose annotation holds the whole application; the only "
        "file is a cover letter pointing at the annotation",
        "style": Style.DATABOX,
        "databox": {
            "box": "ld6m2pa",
            "name": "Lounský deník s.r.o.",
            "address": "Pražská 12, 440 01 Louny",
        },
        "subject": "Žádost o XML, IČO 36254924: ostrý 192.0.2.211, 192.0.2.212; test 192.0.2.219; "
        "kontakt Jan Lukeš 606 404 202, lukes@lounsky-denik.example",
        "attachments": [
            (
                "pdf",
                "pruvodni_dopis.pdf",
                [
                    "Lounský deník s.r.o., Pražská 12, 440 01 Louny",
                    "Průvodní dopis",
                    "Údaje žádosti o vyhrazené připojení uvádíme v anotaci (předmětu)",
                    "této datové zprávy.",
                    "Ing. Jan Lukeš, jednatel",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Lounský deník s.r.o.",
            "36254924",
            "ld6m2pa",
            ["192.0.2.211", "192.0.2.212"],
            ["192.0.2.219"],
            "Jan Lukeš",
            "lukes@lounsky-denik.example",
            "+420606404202",
        ),
    },
    {
        "id": "117-databox-annotation-english-power-of-attorney",
        "description": "data message, English annotation with the addresses and contact; the "
        "attached power of attorney names the company and its IČO",
        "style": Style.DATABOX,
        "databox": {
            "box": "bb8tq3m",
            "name": "Baltic Bridge Media s.r.o.",
            "address": "Karlínské náměstí 6, 186 00 Praha 8",
        },
        "subject": "XML feed application - live 2001:db8:5e::1, 2001:db8:5e::2; test "
        "2001:db8:5e::ff; contact Hana Weber +420 733 101 404",
        "attachments": [
            (
                "pdf",
                "plna_moc.pdf",
                [
                    "PLNÁ MOC",
                    "Společnost Baltic Bridge Media s.r.o., IČO 50866648, se sídlem",
                    "Karlínské náměstí 6, Praha 8, zmocňuje paní Hanu Weber, nar. 3. 4. 1988,",
                    "k podání žádosti o vyhrazené připojení k serveru ČSÚ.",
                    "V Praze dne 14. 12. 2022",
                    "Lukas Brandt, jednatel",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Baltic Bridge Media s.r.o.",
            "50866648",
            "bb8tq3m",
            ["2001:db8:5e::1", "2001:db8:5e::2"],
            ["2001:db8:5e::ff"],
            "Hana Weber",
            None,
            "+420733101404",
        ),
    },
    {
        "id": "118-databox-docx-municipality",
        "description": "data message from a municipality's box (public authority); the "
        "application is only in an attached DOCX form",
        "style": Style.DATABOX,
        "databox": {
            "box": "lh3rdcx",
            "name": "Obec Lhota pod Radčem",
            "address": "Lhota pod Radčem 1, 338 08 Zbiroh",
            "type": 10,
        },
        "subject": "Žádost o registraci",
        "attachments": [
            (
                "docx",
                "zadost_lhota.docx",
                [
                    "Žádost o registraci k vyhrazenému připojení (Zpravodaj obce Lhota)",
                    [
                        ["Žadatel", "Obec Lhota pod Radčem"],
                        ["IČO", "92585060"],
                        ["IP adresy pro ostrý provoz", "203.0.113.191"],
                        ["IP adresy pro testovací provoz", "203.0.113.192"],
                        ["Kontaktní osoba", "Miloš Kopřiva, místostarosta"],
                        ["Telefon", "371 591 208"],
                        ["E-mail", "mistostarosta@obec-lhota.example"],
                    ],
                ],
            )
        ],
        "labels": L(
            FEED,
            "Obec Lhota pod Radčem",
            "92585060",
            "lh3rdcx",
            ["203.0.113.191"],
            ["203.0.113.192"],
            "Miloš Kopřiva",
            "mistostarosta@obec-lhota.example",
            "+420371591208",
        ),
    },
    {
        "id": "119-databox-pdf-both-requests-register-extract",
        "description": "data message, terse annotation; a PDF with both requests and a second "
        "PDF (commercial register extract) with other people and numbers",
        "style": Style.DATABOX,
        "databox": {
            "box": "vk2zt7e",
            "name": "Vltavská kulturní televize a.s.",
            "address": "Jankovcova 8, 170 00 Praha 7",
        },
        "subject": "Žádosti – volba prezidenta 2023",
        "attachments": [
            (
                "pdf",
                "zadosti_vkt.pdf",
                [
                    "Vltavská kulturní televize a.s., IČO 19265310",
                    "1. Žádost o registraci k vyhrazenému připojení (XML)",
                    "   IP adresy pro ostrý provoz: 198.51.100.81, 198.51.100.82",
                    "   testovací IP adresa: 198.51.100.89",
                    "2. Žádost o povolení k přítomnosti na přebíracím místě",
                    "   osoba: Kamil Trnka, kameraman",
                    "   rozsah záznamu: zvukově obrazový záznam do 30 minut",
                    "   přebírací místo: Praha 7",
                    "Kontaktní osoba pro obě žádosti: Hedvika Šolcová,",
                    "tel. 266 031 447, solcova@vltavska-tv.example",
                ],
            ),
            (
                "pdf",
                "vypis_obchodni_rejstrik.pdf",
                [
                    "Výpis z obchodního rejstříku, spisová značka B 24631",
                    "Obchodní firma: Vltavská kulturní televize a.s.",
                    "Identifikační číslo: 192 65 310",
                    "Statutární orgán: Ing. Roman Tichý, předseda představenstva",
                    "Datum zápisu: 1. 2. 2010",
                ],
            ),
        ],
        "labels": L(
            BOTH,
            "Vltavská kulturní televize a.s.",
            "19265310",
            "vk2zt7e",
            ["198.51.100.81", "198.51.100.82"],
            ["198.51.100.89"],
            "Hedvika Šolcová",
            "solcova@vltavska-tv.example",
            "+420266031447",
        ),
    },
    {
        "id": "120-two-line-note-czech",
        "description": "two-line note: roles in parentheses, organisation without a legal "
        "form, e-mail only in From",
        "style": Style.SHORT_NOTE,
        "from": "Lída Horká <lida.horka@radio-koruna.example>",
        "subject": "IP pro volby",
        "body": """Prosím o povolení 203.0.113.251 (ostrý) a 203.0.113.252 (test) na XML server.
Díky, Lída Horká, Rádio Koruna, 731 515 151
""",
        "labels": L(
            FEED,
            "Rádio Koruna",
            None,
            None,
            ["203.0.113.251"],
            ["203.0.113.252"],
            "Lída Horká",
            "lida.horka@radio-koruna.example",
            "+420731515151",
        ),
    },
    {
        "id": "121-two-line-note-english-ipv6",
        "description": "two-line English note with IPv6 addresses and no phone",
        "style": Style.SHORT_NOTE,
        "from": "Sam Reed <sam.reed@harbour-radio.example>",
        "subject": "results feed",
        "body": """Please allow 2001:db8:7a::10 for production and 2001:db8:7a::20 for tests.
- Sam Reed, Harbour Radio
""",
        "labels": L(
            FEED,
            "Harbour Radio",
            None,
            None,
            ["2001:db8:7a::10"],
            ["2001:db8:7a::20"],
            "Sam Reed",
            "sam.reed@harbour-radio.example",
            None,
        ),
    },
    {
        "id": "122-formal-letter-references-recipient-block",
        "description": "formal letter: reference numbers, the office's IČO and data box in "
        "the recipient block, lettered roles, signer other than the contact",
        "style": Style.FORMAL_LETTER,
        "from": "Podatelna RVP <podatelna@rv-polabi.example>",
        "subject": "Žádost o registraci k vyhrazenému připojení – č. j. RVP-192/2022",
        "body": """Regionální vysílání Polabí, a.s.
Komenského 2, 290 01 Poděbrady
IČO 24360902, ID datové schránky rv2pl9a

                                   Český statistický úřad
                                   IČO 00025593, datová schránka 2gfaasy
                                   Na padesátém 81
                                   100 82 Praha 10

Naše č. j.: RVP-192/2022
Vyřizuje: Mgr. Ivo Kadlec
V Poděbradech dne 19. 12. 2022

Věc: Žádost o registraci k vyhrazenému připojení

Vážení,

v souvislosti s volbou prezidenta republiky konanou v lednu 2023 žádáme o
registraci k vyhrazenému připojení a o povolení přístupu z těchto adres:

a) pro ostrý provoz: 192.0.2.231, 192.0.2.232,
b) pro testování: 192.0.2.239.

Ve věcech technických se prosím obracejte na Mgr. Ivo Kadlece, tel. 325 611 904,
e-mail kadlec@rv-polabi.example.

S pozdravem

Ing. Marcela Bartáková
předsedkyně představenstva
""",
        "labels": L(
            FEED,
            "Regionální vysílání Polabí, a.s.",
            "24360902",
            "rv2pl9a",
            ["192.0.2.231", "192.0.2.232"],
            ["192.0.2.239"],
            "Ivo Kadlec",
            "kadlec@rv-polabi.example",
            "+420325611904",
        ),
    },
    {
        "id": "123-formal-letter-english-branch",
        "description": "formal English letter from a foreign broadcaster's Czech branch "
        "(odštěpný závod) with live and acceptance-testing servers; a certificate OID",
        "style": Style.FORMAL_LETTER,
        "from": "Alpine Broadcast Union Prague <prague@alpine-broadcast.example>",
        "subject": "Application for registration - dedicated results server",
        "body": """Czech Statistical Office
Na padesátém 81
100 82 Prague 10

Prague, 20 December 2022

Re: Application for registration for the dedicated connection

Dear Sir or Madam,

Alpine Broadcast Union, odštěpný závod Praha (Company ID 83220542), hereby applies
for registration for the dedicated connection to the election results server.

We request that the following addresses be admitted: for live operation 192.0.2.241
and 192.0.2.242; for acceptance testing 192.0.2.249.

Our contact in all technical matters is Mr Felix Ammann, Head of Distribution
(felix.ammann@alpine-broadcast.example, +41 44 668 18 00). This letter is sent signed
with a certificate issued under policy OID 1.3.6.1.4.1.23624.10.1.

Yours faithfully,

Dr. Regula Hofer
Head of the Prague branch
""",
        "labels": L(
            FEED,
            "Alpine Broadcast Union, odštěpný závod Praha",
            "83220542",
            None,
            ["192.0.2.241", "192.0.2.242"],
            ["192.0.2.249"],
            "Felix Ammann",
            "felix.ammann@alpine-broadcast.example",
            "+41446681800",
        ),
    },
    {
        "id": "124-slovak-formal-range",
        "description": "Slovak formal letter: 'ostrá prevádzka' as a range, Slovak landline",
        "style": Style.SLOVAK,
        "from": "Ľubomír Straka <straka@tv-zahorie.example>",
        "subject": "Žiadosť o pridelenie prístupu k vyhradenému serveru",
        "body": """TV Záhorie, s. r. o., Námestie slobody 4, 901 01 Malacky
IČO: 26887398

Vec: Žiadosť o pridelenie prístupu k vyhradenému serveru s výsledkami volieb

Vážení,

žiadame o pridelenie prístupu k serveru s priebežnými výsledkami voľby prezidenta
Českej republiky vo formáte XML.

IP adresy pre ostrú prevádzku: 198.51.100.251 – 198.51.100.253
IP adresa pre testovaciu prevádzku: 198.51.100.254

Kontaktná osoba: Ľubomír Straka, vedúci techniky
telefón: +421 34 651 22 10
e-mail: straka@tv-zahorie.example

S úctou
Ľubomír Straka
""",
        "labels": L(
            FEED,
            "TV Záhorie, s. r. o.",
            "26887398",
            None,
            ["198.51.100.251", "198.51.100.252", "198.51.100.253"],
            ["198.51.100.254"],
            "Ľubomír Straka",
            "straka@tv-zahorie.example",
            "+421346512210",
        ),
    },
    {
        "id": "125-slovak-recording-xml-declined",
        "description": "Slovak: filming at a collection point requested, XML access explicitly not",
        "style": Style.SLOVAK,
        "from": "Zuzana Kováčová <kovacova@sst-spravy.example>",
        "subject": "Žiadosť o povolenie nakrúcania na preberacom mieste",
        "body": """Dobrý deň,

o prístup k XML serveru nežiadame. Žiadame však o povolenie prítomnosti nášho
kameramana na preberacom mieste ČSÚ počas sčítania hlasov.

Osoba, pre ktorú žiadame povolenie: Michal Baláž, kameraman
Redakcia: Slovenská spravodajská televízia, a. s., Mlynské nivy 12, 821 09 Bratislava
IČO: 31851363
Rozsah záznamu: obrazový záznam bez zvuku, približne 10 minút
Preferované preberacie miesto: Brno-město alebo Jihomoravský kraj

Kontaktná osoba: Zuzana Kováčová, +421 905 220 118, kovacova@sst-spravy.example

S pozdravom
Zuzana Kováčová
""",
        "labels": L(
            REC,
            "Slovenská spravodajská televízia, a. s.",
            "31851363",
            None,
            [],
            [],
            "Zuzana Kováčová",
            "kovacova@sst-spravy.example",
            "+421905220118",
        ),
    },
]
