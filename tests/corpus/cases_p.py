"""Tuning cases 171–185: data messages (the application in the annotation or only in an
attachment, the office's own press release attached back), formal letters, two-line notes,
signature blocks, corrections inside one message, a forward of the applicant's own message
as an attachment and a reply thread in which the officer's message is quoted between the
applicant's two.

Written by a second hand, apart from the extraction rules and the held-out corpus."""

from __future__ import annotations

from typing import Any

from tests.corpus.cases_a import BOTH, FEED, L
from tests.corpus.tuning_common import Style

_INNER_OWN: dict[str, Any] = {
    "id": "inner-184",
    "from": "Jana Kopecká <kopecka@regionalni-tydenik.example>",
    "to": "volby@czso.cz",
    "subject": "Žádost o registraci – Regionální týdeník",
    "body": """Dobrý den,

Regionální týdeník Podbrdsko s.r.o., IČO 12902322, žádá o registraci k vyhrazenému
připojení.

IP adresy pro ostrý provoz: 192.0.2.41, 192.0.2.42
Testovací IP adresa: 192.0.2.49

Kontaktní osoba: Jana Kopecká, tel. 318 622 109, kopecka@regionalni-tydenik.example

S pozdravem
Jana Kopecká
""",
    "labels": {},
}

CASES: list[dict[str, Any]] = [
    {
        "id": "171-databox-annotation-semicolons",
        "description": "data message: the whole application in the annotation, fields "
        "separated by semicolons; the only file is a signed authorisation",
        "style": Style.DATABOX,
        "databox": {
            "box": "rk5tv2m",
            "name": "Rádio Kroměříž s.r.o.",
            "address": "Velké náměstí 3, 767 01 Kroměříž",
        },
        "subject": "Registrace XML; Rádio Kroměříž s.r.o., IČO 76110389; ostrý 203.0.113.11, "
        "203.0.113.12; test 203.0.113.19; kontakt Igor Maňák, 573 331 250, "
        "manak@radio-kromeriz.example",
        "attachments": [
            (
                "pdf",
                "povereni.pdf",
                [
                    "POVĚŘENÍ",
                    "Rádio Kroměříž s.r.o. pověřuje pana Igora Maňáka jednáním s Českým",
                    "statistickým úřadem ve věci registrace k vyhrazenému připojení.",
                    "V Kroměříži dne 12. 12. 2022",
                    "Renata Holá, jednatelka",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Rádio Kroměříž s.r.o.",
            "76110389",
            "rk5tv2m",
            ["203.0.113.11", "203.0.113.12"],
            ["203.0.113.19"],
            "Igor Maňák",
            "manak@radio-kromeriz.example",
            "+420573331250",
        ),
    },
    {
        "id": "172-databox-pdf-letter-office-box-in-address",
        "description": "data message with a terse annotation; the PDF letter addresses the "
        "office by its data box and IČO, the applicant's box comes from the envelope",
        "style": Style.DATABOX,
        "databox": {
            "box": "zn8dk4q",
            "name": "Znojemský deník a.s.",
            "address": "Obroková 11, 669 02 Znojmo",
        },
        "subject": "Žádost o registraci k vyhrazenému připojení",
        "attachments": [
            (
                "pdf",
                "zadost_znojemsky_denik.pdf",
                [
                    "Znojemský deník a.s., Obroková 11, 669 02 Znojmo, IČO 45620717",
                    "",
                    "Adresát: Český statistický úřad, IČO 00025593",
                    "doručováno do datové schránky 2gfaasy",
                    "",
                    "Věc: Žádost o registraci k vyhrazenému připojení",
                    "",
                    "Žádáme o povolení přístupu k serveru s průběžnými výsledky z adres",
                    "198.51.100.71 a 198.51.100.72 (ostrý provoz) a 198.51.100.79",
                    "(testovací provoz).",
                    "",
                    "Kontaktní osoba: Marie Šebestová, tel. 515 262 718,",
                    "e-mail sebestova@znojemsky-denik.example",
                    "",
                    "Ing. Pavel Rous, předseda představenstva",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Znojemský deník a.s.",
            "45620717",
            "zn8dk4q",
            ["198.51.100.71", "198.51.100.72"],
            ["198.51.100.79"],
            "Marie Šebestová",
            "sebestova@znojemsky-denik.example",
            "+420515262718",
        ),
    },
    {
        "id": "173-databox-xlsx-only",
        "description": "data message whose annotation only names the subject; the "
        "application is an XLSX table with roles as column headers",
        "style": Style.DATABOX,
        "databox": {
            "box": "mb7zr3x",
            "name": "Mladoboleslavský zpravodaj, z. s.",
            "address": "Staroměstské náměstí 1, 293 01 Mladá Boleslav",
        },
        "subject": "Volba prezidenta 2023 – přístup k výsledkům",
        "attachments": [
            (
                "xlsx2",
                "pristup_vysledky.xlsx",
                {
                    "sheets": [
                        {
                            "title": "Žádost",
                            "rows": [
                                ["Žadatel", "Mladoboleslavský zpravodaj, z. s."],
                                ["IČO", "57591491"],
                                [],
                                ["Ostrý provoz", "Testovací provoz"],
                                ["192.0.2.231", "192.0.2.238"],
                                ["192.0.2.232", None],
                                [],
                                ["Kontaktní osoba", "Kontaktní telefon", "Kontaktní e-mail"],
                                ["David Holeček", "326 700 455", "holecek@mb-zpravodaj.example"],
                            ],
                        }
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Mladoboleslavský zpravodaj, z. s.",
            "57591491",
            "mb7zr3x",
            ["192.0.2.231", "192.0.2.232"],
            ["192.0.2.238"],
            "David Holeček",
            "holecek@mb-zpravodaj.example",
            "+420326700455",
        ),
    },
    {
        "id": "174-databox-docx-both-requests",
        "description": "data message from a regional TV: a DOCX with both requests, the "
        "cameraman's phone next to the contact person's",
        "style": Style.DATABOX,
        "databox": {
            "box": "jt9ck2w",
            "name": "Jihočeská TV Krumlov s.r.o.",
            "address": "Latrán 12, 381 01 Český Krumlov",
        },
        "subject": "Žádosti – vyhrazené připojení a přebírací místo",
        "attachments": [
            (
                "docx",
                "zadosti.docx",
                [
                    "Jihočeská TV Krumlov s.r.o., IČO 47551411",
                    "1) Žádost o registraci k vyhrazenému připojení",
                    [
                        ["Ostrý provoz", "203.0.113.91, 203.0.113.92"],
                        ["Testovací provoz", "203.0.113.99"],
                    ],
                    "2) Žádost o povolení k přítomnosti na přebíracím místě",
                    [
                        ["Osoba", "Vít Hromádka, kameraman, tel. 777 540 610"],
                        ["Rozsah záznamu", "zvukově obrazový záznam, 10 minut"],
                        ["Přebírací místo", "okres Český Krumlov"],
                    ],
                    "Kontaktní osoba pro obě žádosti: Lada Šimková, tel. 380 711 244, "
                    "simkova@jtv-krumlov.example",
                ],
            )
        ],
        "labels": L(
            BOTH,
            "Jihočeská TV Krumlov s.r.o.",
            "47551411",
            "jt9ck2w",
            ["203.0.113.91", "203.0.113.92"],
            ["203.0.113.99"],
            "Lada Šimková",
            "simkova@jtv-krumlov.example",
            "+420380711244",
        ),
    },
    {
        "id": "175-databox-press-release-attached-back",
        "description": "data message: the application in a DOCX, and the office's own press "
        "release attached back as a PDF with the office's IČO, box, phone and e-mail",
        "style": Style.DATABOX,
        "databox": {
            "box": "ps6hn4d",
            "name": "Prostějovský svět s.r.o.",
            "address": "Pernštýnské náměstí 7, 796 01 Prostějov",
        },
        "subject": "Re: Tisková zpráva – registrace médií (naše žádost v příloze)",
        "attachments": [
            (
                "docx",
                "zadost_prostejovsky_svet.docx",
                [
                    "Žádost o registraci k vyhrazenému připojení",
                    "Žadatel: Prostějovský svět s.r.o., IČO 77725417",
                    "IP adresy pro ostrý provoz: 198.51.100.111",
                    "Testovací IP adresy: 198.51.100.118, 198.51.100.119",
                    "Kontaktní osoba: Tomáš Vrba, 582 330 641, vrba@prostejovsky-svet.example",
                ],
            ),
            (
                "pdf",
                "TZ_CSU_registrace_medii.pdf",
                [
                    "TISKOVÁ ZPRÁVA – Český statistický úřad",
                    "ČSÚ nabízí médiím vyhrazené připojení k serveru s průběžnými výsledky.",
                    "Žádosti zasílejte na podatelna@czso.cz nebo do datové schránky 2gfaasy.",
                    "Nejvýše 5 adres pro ostrý provoz a 5 testovacích adres.",
                    "Kontakt: tiskové oddělení, +420 274 052 733, media@czso.cz",
                    "Český statistický úřad, Na padesátém 81, 100 82 Praha 10, IČO 00025593",
                ],
            ),
        ],
        "labels": L(
            FEED,
            "Prostějovský svět s.r.o.",
            "77725417",
            "ps6hn4d",
            ["198.51.100.111"],
            ["198.51.100.118", "198.51.100.119"],
            "Tomáš Vrba",
            "vrba@prostejovsky-svet.example",
            "+420582330641",
        ),
    },
    {
        "id": "176-formal-letter-brno-ico-spaced",
        "description": "formal letter in the body with 'Č. j.' and 'Vyřizuje', the IČO "
        "written in groups, the office's address block and a date line",
        "style": Style.FORMAL_LETTER,
        "from": "Podatelna Brněnského rozhlasu <podatelna@brnensky-rozhlas.example>",
        "subject": "Žádost o registraci k vyhrazenému připojení – BR/2022/318",
        "body": """Brněnský rozhlas, a.s.
Kounicova 20, 602 00 Brno
IČO: 604 66 693

Český statistický úřad
Na padesátém 81
100 82 Praha 10

Č. j.: BR/2022/318
Vyřizuje: Ing. Alois Kučera
V Brně dne 16. 12. 2022

Věc: Žádost o registraci k vyhrazenému připojení

Vážení,

žádáme o registraci k vyhrazenému připojení k serveru s průběžnými výsledky volby
prezidenta republiky. Adresy pro ostrý provoz: 203.0.113.151, 203.0.113.152,
203.0.113.153. Adresa pro testovací provoz: 203.0.113.159.

Kontaktní osobou je Ing. Alois Kučera, tel. +420 541 321 777,
e-mail kucera@brnensky-rozhlas.example.

S úctou

Mgr. Eva Stará
ředitelka
""",
        "labels": L(
            FEED,
            "Brněnský rozhlas, a.s.",
            "60466693",
            None,
            ["203.0.113.151", "203.0.113.152", "203.0.113.153"],
            ["203.0.113.159"],
            "Alois Kučera",
            "kucera@brnensky-rozhlas.example",
            "+420541321777",
        ),
    },
    {
        "id": "177-formal-letter-signatory-and-contact",
        "description": "formal letter signed by the managing director whose own phone is in "
        "the letterhead; the contact person is a different employee with a 00420 number",
        "style": Style.FORMAL_LETTER,
        "from": "Mgr. Ivan Doubrava <doubrava@tydenik-ceska-lipa.example>",
        "subject": "Žádost – vyhrazené připojení",
        "body": """TÝDENÍK ČESKÁ LÍPA s.r.o. · Nám. T. G. Masaryka 1, 470 01 Česká Lípa
IČO 69130612 · tel. 487 100 200 · doubrava@tydenik-ceska-lipa.example

Český statistický úřad
Na padesátém 81, 100 82 Praha 10

V České Lípě 20. 12. 2022

Věc: žádost o registraci k vyhrazenému připojení

Vážená paní, vážený pane,

naše společnost Týdeník Česká Lípa s.r.o. žádá o registraci k vyhrazenému připojení.
Pro ostrý provoz prosíme povolit adresu 192.0.2.11, pro testovací provoz 192.0.2.19.

Kontaktní osobou pro technické otázky je pan Robert Fišer, tel. 00420 608 215 330,
e-mail fiser@tydenik-ceska-lipa.example.

S pozdravem

Mgr. Ivan Doubrava
jednatel
""",
        "labels": L(
            FEED,
            "Týdeník Česká Lípa s.r.o.",
            "69130612",
            None,
            ["192.0.2.11"],
            ["192.0.2.19"],
            "Robert Fišer",
            "fiser@tydenik-ceska-lipa.example",
            "+420608215330",
        ),
    },
    {
        "id": "178-two-line-english-slashes",
        "description": "two-line English note: 'prod / test' with slashes, the organisation "
        "after a dash in the signature line",
        "style": Style.SHORT_NOTE,
        "from": "Ben Carter <ben@prague-wire.example>",
        "subject": "feed access",
        "body": """Prod: 198.51.100.201 / 198.51.100.202, test: 198.51.100.209 - please whitelist for the XML feed.
Ben Carter - Prague Wire s.r.o., +420 773 880 114
""",
        "labels": L(
            FEED,
            "Prague Wire s.r.o.",
            None,
            None,
            ["198.51.100.201", "198.51.100.202"],
            ["198.51.100.209"],
            "Ben Carter",
            "ben@prague-wire.example",
            "+420773880114",
        ),
    },
    {
        "id": "179-two-line-czech-phone-unspaced",
        "description": "two-line Czech note: one production address, no test address, the "
        "phone written +420 without spaces",
        "style": Style.SHORT_NOTE,
        "from": "Libor Kočí <koci@tachovsky-hlas.example>",
        "subject": "XML výsledky – Tachovský hlas",
        "body": """Dobrý den, pro ostrý provoz prosím 203.0.113.171, testovací adresu nepotřebujeme.
Libor Kočí, Tachovský hlas z. s., IČO 67050051, +420602117093
""",
        "labels": L(
            FEED,
            "Tachovský hlas z. s.",
            "67050051",
            None,
            ["203.0.113.171"],
            [],
            "Libor Kočí",
            "koci@tachovsky-hlas.example",
            "+420602117093",
        ),
    },
    {
        "id": "180-signature-ic-dic-ds-one-line",
        "description": "the identifiers only in the signature: 'IČ:', 'DIČ:' and 'DS:' on one "
        "line separated by vertical bars; an older colleague's number in the body",
        "style": Style.SIGNATURE,
        "from": "Veronika Zemanová <zemanova@trebicske-noviny.example>",
        "subject": "Registrace k vyhrazenému připojení",
        "body": """Dobrý den,

prosíme o registraci. Ostrý provoz 192.0.2.131 a 192.0.2.132, testovací provoz 192.0.2.139.
Dříve nás zastupoval kolega Otakar Pech (568 100 300), nyní jsem kontaktní osobou já.

S pozdravem

Veronika Zemanová
vedoucí vydání
Třebíčské noviny s.r.o.
IČ: 24971987 | DIČ: CZ24971987 | DS: tn3bz8r
mobil: 604 288 471
""",
        "labels": L(
            FEED,
            "Třebíčské noviny s.r.o.",
            "24971987",
            "tn3bz8r",
            ["192.0.2.131", "192.0.2.132"],
            ["192.0.2.139"],
            "Veronika Zemanová",
            "zemanova@trebicske-noviny.example",
            "+420604288471",
        ),
    },
    {
        "id": "181-oprava-misto-uvedte",
        "description": "correction inside the message: 'oprava: místo … uveďte …' replaces "
        "a test address given a few lines earlier",
        "style": Style.CORRECTION,
        "from": "Stanislav Hájek <hajek@krajske-listy.example>",
        "subject": "Žádost o vyhrazené připojení – Krajské listy",
        "body": """Dobrý den,

Krajské listy, a.s., IČO 71803238, žádají o registraci k vyhrazenému připojení.

IP adresy pro ostrý provoz: 198.51.100.151, 198.51.100.152
Testovací IP adresa: 198.51.100.158

Oprava: místo testovací adresy 198.51.100.158 uveďte prosím 198.51.100.159, ta první
patří jinému oddělení.

Kontakt: Stanislav Hájek, 381 220 640, hajek@krajske-listy.example
""",
        "labels": L(
            FEED,
            "Krajské listy, a.s.",
            "71803238",
            None,
            ["198.51.100.151", "198.51.100.152"],
            ["198.51.100.159"],
            "Stanislav Hájek",
            "hajek@krajske-listy.example",
            "+420381220640",
        ),
    },
    {
        "id": "182-correction-of-phone-typo",
        "description": "the sender corrects her own phone number at the end ('překlep, "
        "správně …'); both numbers are in the text",
        "style": Style.CORRECTION,
        "from": "Magdaléna Kolářová <kolarova@opavsky-denik.example>",
        "subject": "Žádost o registraci – Opavský deník",
        "body": """Dobrý den,

Opavský deník s.r.o. (IČO 50871951) žádá o přístup k serveru s výsledky voleb.

ostrý provoz: 203.0.113.131
testovací provoz: 203.0.113.139

Kontaktní osoba: Magdaléna Kolářová, tel. 553 610 482, kolarova@opavsky-denik.example

P.S. V telefonu jsem udělala překlep, správně je 553 610 428.

Magdaléna Kolářová
""",
        "labels": L(
            FEED,
            "Opavský deník s.r.o.",
            "50871951",
            None,
            ["203.0.113.131"],
            ["203.0.113.139"],
            "Magdaléna Kolářová",
            "kolarova@opavsky-denik.example",
            "+420553610428",
        ),
    },
    {
        "id": "183-reply-own-original-misto-uvedte",
        "description": "reply to the applicant's own quoted application: 'místo … uveďte …' "
        "replaces one production address, everything else comes from the quote",
        "style": Style.REPLY,
        "from": "Josef Hronek <hronek@kladensky-ctvrtek.example>",
        "subject": "Re: Žádost o registraci – Kladenský čtvrtek",
        "body": """Dobrý den,

v naší žádosti níže prosím místo 192.0.2.252 uveďte 192.0.2.253. Ostatní údaje platí.

Josef Hronek

Dne 15.12.2022 v 10:41 Josef Hronek napsal(a):
> Dobrý den,
>
> Kladenský čtvrtek s.r.o., IČO 12885835, žádá o registraci k vyhrazenému připojení.
>
> Ostrý provoz: 192.0.2.251, 192.0.2.252
> Test: 192.0.2.254
>
> Kontaktní osoba: Josef Hronek, 312 248 117, hronek@kladensky-ctvrtek.example
""",
        "labels": L(
            FEED,
            "Kladenský čtvrtek s.r.o.",
            "12885835",
            None,
            ["192.0.2.251", "192.0.2.253"],
            ["192.0.2.254"],
            "Josef Hronek",
            "hronek@kladensky-ctvrtek.example",
            "+420312248117",
        ),
    },
    {
        "id": "184-forward-own-as-attachment-new-contact",
        "description": "the applicant forwards her own earlier message as an attached .eml "
        "(it went to a wrong address); the new text changes only the contact phone",
        "style": Style.FORWARD,
        "from": "Jana Kopecká <kopecka@regionalni-tydenik.example>",
        "subject": "Fw: Žádost o registraci – Regionální týdeník",
        "body": """Dobrý den,

původně jsem žádost omylem poslala na adresu volby@czso.cz, proto ji přeposílám
v příloze. Jediná změna: můj telefon je nově 728 330 915 (pevná linka se ruší).

Jana Kopecká
""",
        "attachments": [("eml", "Zadost_o_registraci.eml", _INNER_OWN)],
        "labels": L(
            FEED,
            "Regionální týdeník Podbrdsko s.r.o.",
            "12902322",
            None,
            ["192.0.2.41", "192.0.2.42"],
            ["192.0.2.49"],
            "Jana Kopecká",
            "kopecka@regionalni-tydenik.example",
            "+420728330915",
        ),
    },
    {
        "id": "185-reply-thread-officer-quoted-between",
        "description": "reply thread: the applicant adds the missing test address, the "
        "officer's request (with the office's contacts) is quoted, and below it the "
        "applicant's original with the production addresses and contact",
        "style": Style.REPLY,
        "from": "Aleš Pospíchal <pospichal@valasske-zpravy.example>",
        "subject": "Re: Re: Žádost o vyhrazené připojení – doplnění",
        "body": """Dobrý den,

doplňuji testovací adresu: 198.18.60.9. Ostatní údaje viz moje původní žádost níže.

Aleš Pospíchal

Dne 19. 12. 2022 v 13:05 Podatelna ČSÚ <podatelna@czso.cz> napsal(a):
> Dobrý den,
> ve Vaší žádosti chybí testovací IP adresa. Doplňte ji prosím odpovědí na tento
> e-mail do 23. 12. 2022.
> S pozdravem
> Mgr. Petra Svobodová, podatelna ČSÚ, tel. +420 274 052 410
> Český statistický úřad, IČO 00025593, datová schránka 2gfaasy
>
> Dne 18. 12. 2022 v 21:14 Aleš Pospíchal napsal(a):
>> Dobrý den,
>> Valašské zprávy, z. s., IČO 56775075, žádají o registraci k vyhrazenému
>> připojení. Ostrý provoz: 198.18.60.1, 198.18.60.2.
>> Kontakt: Aleš Pospíchal, 571 611 390, pospichal@valasske-zpravy.example
""",
        "labels": L(
            FEED,
            "Valašské zprávy, z. s.",
            "56775075",
            None,
            ["198.18.60.1", "198.18.60.2"],
            ["198.18.60.9"],
            "Aleš Pospíchal",
            "pospichal@valasske-zpravy.example",
            "+420571611390",
        ),
    },
]
