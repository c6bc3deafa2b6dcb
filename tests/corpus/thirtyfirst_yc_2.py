"""Thirty-first held-out part ``yc``, cases yc015–yc028: a reply to the office's query that
relies on the applicant's quoted original, a Norwegian /31, a Danish request with IPv6 and a
conditional filming request, a Slovak videographer's trade name, a temporary test machine, a
replaced server, an agency's XLSX with an ano/ne column, a municipal TV's ODT form with
checkboxes, a university's RTF letter, a data message with the request only in the annotation,
a British freelancer's terse English, an Austrian's order words, a phone-typed range and an IT
department's forwarded mail. Written by hand apart from the extraction rules (see
make_thirtyfirst_yc); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyfirst_yc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I15, I18, I19, I20 = ico("2930157"), ico("5129803"), ico("0694312"), ico("2258470")
I21, I22, I23, I24 = ico("4308826"), ico("0071852"), ico("6138490"), ico("0817733")
I26, I27, I28 = ico("3907151"), ico("7510246"), ico("2683359")

CASES: list[dict[str, Any]] = [
    {
        "id": "yc015-reply-test-added-to-original",
        "description": "reply to the office's query for a missing test address; the office's "
        "quoted text has its IČO and phone; the production address only in the quoted original",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Zlínský expres s.r.o.",
            I15,
            None,
            ["192.0.2.61"],
            ["192.0.2.62"],
            "Radek Pospíšil",
            "pospisil@zlinexpres.example",
            "+420739004512",
        ),
        "from": "Radek Pospíšil <pospisil@zlinexpres.example>",
        "subject": "Re: Vaše žádost o přístup k XML – doplnění",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "doplňuji: k produkční adrese z mé původní žádosti (viz níže) přidáváme \n"
            "testovací adresu 192.0.2.62. Ostatní údaje platí beze změny.\n\n"
            "Radek Pospíšil\n\n"
            "Dne 12. 9. 2025 v 9:41 podatelna@czso.cz napsal(a):\n"
            "> Dobrý den,\n"
            "> ve Vaší žádosti chybí testovací IP adresa. Pokud ji nemáte, napište nám to.\n"
            "> Český statistický úřad, IČO 00025593, tel. 274 052 733\n"
            ">\n"
            "> Dne 11. 9. 2025 v 16:02 Radek Pospíšil napsal(a):\n"
            ">> Dobrý den,\n"
            f">> Zlínský expres s.r.o., IČO {I15}, žádá o přístup k výsledkům voleb v XML.\n"
            ">> Produkční IP: 192.0.2.61\n"
            ">> Kontakt: Radek Pospíšil, 739 004 512, pospisil@zlinexpres.example\n"
        ),
    },
    {
        "id": "yc016-norwegian-slash31",
        "description": "Norwegian local paper writes Bokmål; a /31 is two production "
        "addresses; no test server ('vi tester fra produksjon'); org.nr is not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Fjordposten AS",
            None,
            None,
            ["203.0.113.86", "203.0.113.87"],
            [],
            "Henrik Solberg",
            "henrik.solberg@fjordposten.example",
            "+4791734028",
        ),
        "from": "Henrik Solberg <henrik.solberg@fjordposten.example>",
        "subject": "Søknad om tilgang til valgresultater (XML)",
        "headers": K9,
        "body": (
            "Hei!\n\n"
            "Fjordposten AS (org.nr. 918 447 203) dekker det tsjekkiske valget fordi vi har\n"
            "mange tsjekkiske lesere i Sogn. Vi søker om tilgang til XML-resultatene fra\n"
            "nettverket 203.0.113.86/31 (begge adressene er produksjon). Vi har ingen egen\n"
            "testserver – vi tester fra produksjon.\n\n"
            "Kontaktperson: Henrik Solberg, +47 917 34 028\n\n"
            "Vennlig hilsen\nHenrik Solberg\nnyhetsleder, Fjordposten\n"
        ),
    },
    {
        "id": "yc017-danish-ipv6-conditional-filming",
        "description": "Danish TV in Danish: IPv4 and IPv6 production, IPv6 test, and a "
        "filming request made 'if you allow it' (a request all the same)",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "TV Sønderjylland Nyt ApS",
            None,
            None,
            ["192.0.2.80", "2001:db8:d4::80"],
            ["2001:db8:d4::81"],
            "Mette Kjærgaard",
            "mkj@tvsnyt.example",
            "+4529417730",
        ),
        "from": "Mette Kjærgaard <mkj@tvsnyt.example>",
        "subject": "Ansøgning: adgang til valgresultater + optagelse",
        "headers": APPLE,
        "body": (
            "Kære Český statistický úřad,\n\n"
            "TV Sønderjylland Nyt ApS ansøger om adgang til jeres XML-server med\n"
            "valgresultater. Vores produktionsserver har adresserne 192.0.2.80 og\n"
            "2001:db8:d4::80; testmiljøet kører på 2001:db8:d4::81.\n\n"
            "Hvis I tillader det, vil vi desuden gerne optage et kort indslag på et af\n"
            "jeres indsamlingssteder i Prag på valgaftenen – vi ansøger hermed også om\n"
            "den tilladelse.\n\n"
            "Kontakt: Mette Kjærgaard, +45 29 41 77 30, mkj@tvsnyt.example\n\n"
            "Med venlig hilsen\nMette Kjærgaard\nredaktionschef\n"
        ),
    },
    {
        "id": "yc018-slovak-videographer-trade-name",
        "description": "Slovak freelance videographer: filming only, trade name joined to his "
        "name by a dash; his office IP mentioned for nothing; XML not wanted",
        "style": Style.FREELANCER,
        "labels": L(
            [FILM],
            "Peter Kováč – PK Video",
            I18,
            None,
            [],
            [],
            "Peter Kováč",
            "peter@pkvideo.example",
            "+421948203117",
        ),
        "from": "Peter Kovac <peter@pkvideo.example>",
        "subject": "Povolenie na natáčanie vo volebnú noc",
        "headers": GMAIL,
        "body": (
            "Dobrý deň,\n\n"
            "som živnostník (Peter Kováč – PK Video, IČO "
            f"{I18[:2]} {I18[2:5]} {I18[5:]}) a pre slovenskú\n"
            "televíziu pripravujem reportáž o sčítaní hlasov. Prosím o povolenie nakrúcať\n"
            "na zbernom mieste ČSÚ v Brne v noci po voľbách (ja + zvukár).\n\n"
            "Prístup k XML nepotrebujem. (Ak by ste kvôli wifi potrebovali IP mojej kancelárie,\n"
            "je to 198.51.100.250, ale myslím, že to nie je nutné.)\n\n"
            "Ďakujem\nPeter Kováč\n+421 948 203 117\n"
        ),
    },
    {
        "id": "yc019-temporary-test-machine",
        "description": "test from a temporary machine until the end of September, live from "
        "another; the roles given by 'dočasný' and 'ostrý provoz'",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Brněnský večerník, a. s.",
            I19,
            None,
            ["198.51.100.141"],
            ["198.51.100.140"],
            "Alena Koudelková",
            "koudelkova@brnenskyvecernik.example",
            "+420543219877",
        ),
        "from": "Alena Koudelková <koudelkova@brnenskyvecernik.example>",
        "subject": "Žádost o přístup k XML výsledkům voleb",
        "headers": OWA,
        "body": (
            "Vážení,\n\n"
            f"společnost Brněnský večerník, a. s., IČO {I19}, se sídlem Kobližná 8, 602 00 Brno,\n"
            "žádá o zpřístupnění průběžných výsledků voleb ve formátu XML.\n\n"
            "Testovat budeme z dočasného stroje 198.51.100.140, který poběží jen do konce\n"
            "září. Ostrý provoz ve volební noc poběží na serveru 198.51.100.141.\n\n"
            "Kontaktní osoba: Alena Koudelková, vedoucí IT, tel.: +420 543 219 877.\n\n"
            "Děkujeme a jsme s pozdravem\n"
            "Alena Koudelková\n"
            "Brněnský večerník, a. s.\n"
        ),
    },
    {
        "id": "yc020-replaced-server",
        "description": "last election's server was retired and replaced; only the new one "
        "counts; a date 1.9.2025 and a ticket number nearby",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Krkonošský deník, s.r.o.",
            I20,
            None,
            ["192.0.2.57"],
            ["192.0.2.58"],
            "Miroslav Hájek",
            "hajek@krkonossky.example",
            "+420499732016",
        ),
        "from": "Miroslav Hájek <hajek@krkonossky.example>",
        "subject": "XML výsledky – žádost (navazuje na přístup z roku 2021)",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "stejně jako při minulých volbách žádáme o přístup k výsledkům ve formátu XML.\n"
            "Upozorňuji na změnu: původní server 192.0.2.55 jsme k 1.9.2025 vyřadili\n"
            "(náš interní požadavek č. 2025/0412), nahradil ho nový 192.0.2.57. Pro testy\n"
            "používáme 192.0.2.58.\n\n"
            f"Krkonošský deník, s.r.o., IČ: {I20}\n"
            "Kontakt: Miroslav Hájek, 499 732 016\n\n"
            "S pozdravem\nMiroslav Hájek\nšéfredaktor\n"
        ),
    },
    {
        "id": "yc021-agency-xlsx-ano-ne",
        "description": "photo and video agency's XLSX: a 'povolit ano/ne' column excludes one "
        "row; a second sheet with contacts; the mail itself is two lines",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Obrazová agentura Vltava s.r.o.",
            I21,
            None,
            ["203.0.113.201", "203.0.113.202"],
            ["203.0.113.210"],
            "Štěpán Černohorský",
            "cernohorsky@oav.example",
            "+420725610448",
        ),
        "from": "Štěpán Černohorský <cernohorsky@oav.example>",
        "subject": "žádost XML – adresy v tabulce",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den, posílám vyplněnou tabulku s adresami pro přístup k XML výsledkům.\n"
            "Díky, Černohorský\n"
        ),
        "attachments": [
            (
                "xlsx",
                "OAV_adresy_volby.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Žadatel", "Obrazová agentura Vltava s.r.o.", None, None],
                            ["IČO", I21, None, None],
                            [None, None, None, None],
                            ["IP adresa", "Prostředí", "Povolit (ano/ne)", "Pozn."],
                            ["203.0.113.201", "produkce", "ano", "web"],
                            ["203.0.113.202", "produkce", "ano", "aplikace"],
                            ["203.0.113.203", "produkce", "ne", "stroj se ruší"],
                            ["203.0.113.210", "test", "ano", ""],
                        ],
                    },
                    {
                        "title": "Kontakty",
                        "rows": [
                            ["Role", "Jméno", "Telefon", "E-mail"],
                            [
                                "kontakt pro ČSÚ",
                                "Štěpán Černohorský",
                                "725 610 448",
                                "cernohorsky@oav.example",
                            ],
                            ["fakturace", "Jana Modrá", "725 610 400", "ucetni@oav.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "yc022-municipal-tv-odt-checkboxes",
        "description": "a town's contributory organisation (municipal TV) fills an ODT form: "
        "both request boxes ticked, a 'záložní' address and a test address",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Městská televize Rychnov, příspěvková organizace",
            I22,
            None,
            ["192.0.2.101", "192.0.2.102"],
            ["192.0.2.109"],
            "Jitka Novotná",
            "novotna@mtv-rychnov.example",
            "+420494531208",
        ),
        "from": "Jitka Novotná <novotna@mtv-rychnov.example>",
        "subject": "formulář – žádost volby",
        "headers": SEZNAM,
        "body": "Dobrý den, v příloze vyplněný formulář. S pozdravem J. Novotná\n",
        "attachments": [
            (
                "odt",
                "formular_zadost.odt",
                [
                    "ŽÁDOST MÉDIA – volby do Poslanecké sněmovny 2025",
                    [
                        ["Žadatel", "Městská televize Rychnov, příspěvková organizace"],
                        ["IČO", I22],
                        ["Zřizovatel", "Město Rychnov nad Kněžnou"],
                    ],
                    "Požadujeme (zaškrtněte):",
                    "☒ přístup k výsledkům ve formátu XML",
                    "☒ povolení natáčení na sběrném místě",
                    [
                        ["Adresa", "Typ"],
                        ["192.0.2.101", "produkční"],
                        ["192.0.2.102", "záložní"],
                        ["192.0.2.109", "testovací"],
                    ],
                    "Kontaktní osoba: Jitka Novotná, tel. 494 531 208, novotna@mtv-rychnov.example",
                ],
            )
        ],
    },
    {
        "id": "yc023-university-rtf-student-tv",
        "description": "university press office's RTF letter for its student TV: feed and "
        "filming; contact is the student TV's supervisor, not the signing spokesperson",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED, FILM],
            "Vysoká škola regionálního rozvoje v Kladně",
            I23,
            None,
            ["198.51.100.90"],
            ["198.51.100.91"],
            "Barbora Šindelářová",
            "sindelarova@vsrr.example",
            "+420312604517",
        ),
        "from": "Tiskové oddělení VSRR <tisk@vsrr.example>",
        "subject": "Žádost VŠRR – studentská televize, volby 2025",
        "headers": OUTLOOK,
        "body": "Dobrý den,\nv příloze zasíláme žádost. Děkujeme.\nTiskové oddělení VŠRR\n",
        "attachments": [
            (
                "rtf",
                "zadost_VSRR.rtf",
                [
                    "Vysoká škola regionálního rozvoje v Kladně\nnám. Starosty Pavla 12, "
                    f"272 01 Kladno\nIČO {I23}",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Naše studentská televize TV Kampus připravuje živé vysílání z volební "
                    "noci. Žádáme proto (1) o přístup k serveru s výsledky ve formátu XML a "
                    "(2) o povolení natáčet na sběrném místě ČSÚ v Kladně.",
                    [
                        ["produkční IP", "198.51.100.90"],
                        ["testovací IP", "198.51.100.91"],
                    ],
                    "Kontaktní osobou je vedoucí TV Kampus Mgr. Barbora Šindelářová, "
                    "tel. 312 604 517, sindelarova@vsrr.example.",
                    "S pozdravem\nPhDr. Tomáš Rejzek, mluvčí",
                ],
            )
        ],
    },
    {
        "id": "yc024-databox-annotation-only",
        "description": "data message: the whole request in the annotation; the attached file "
        "is an extract from the commercial register",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Slezský rozhlas s.r.o.",
            I24,
            "m5tw9ka",
            ["198.51.100.150"],
            ["198.51.100.151"],
            "Jan Dvořák",
            "dvorak@slezskyrozhlas.example",
            "+420731204889",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb. Prod. IP 198.51.100.150, test "
        f"198.51.100.151. IČO {I24}. Kontakt Jan Dvořák, 731 204 889, "
        "dvorak@slezskyrozhlas.example",
        "databox": {
            "box": "m5tw9ka",
            "sender": "Slezský rozhlas s.r.o.",
            "address": "Masarykova 21, 746 01 Opava",
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR.pdf",
                [
                    "Výpis z obchodního rejstříku, vedeného Krajským soudem v Ostravě, "
                    "oddíl C, vložka 40218",
                    "Obchodní firma: Slezský rozhlas s.r.o.",
                    "Sídlo: Masarykova 21, 746 01 Opava",
                    f"Identifikační číslo: {I24}",
                    "Jednatel: Ing. Karel Wojnar",
                ],
            )
        ],
    },
    {
        "id": "yc025-british-freelancer-terse",
        "description": "British freelancer in Prague, three lines of English, applies as "
        "herself, UK mobile; no IČO",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Harriet Cole",
            None,
            None,
            ["203.0.113.200"],
            [],
            "Harriet Cole",
            "harriet@colewrites.example",
            "+447700900412",
        ),
        "from": "Harriet Cole <harriet@colewrites.example>",
        "subject": "feed access",
        "headers": IPHONE,
        "body": (
            "Hi - freelance, writing on the Czech election for a couple of UK outlets. "
            "Could I get XML feed access for 203.0.113.200? No test box.\n"
            "Harriet Cole, +44 7700 900412\n\nSent from my iPhone\n"
        ),
    },
    {
        "id": "yc026-austrian-order-words",
        "description": "Austrian paper in German and English; roles only by order "
        "('die erste … die zweite'); an UID number and an Austrian landline",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Mühlviertler Rundschau GmbH",
            None,
            None,
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Thomas Grubmüller",
            "grubmueller@mvrundschau.example",
            "+43794226180",
        ),
        "from": "Thomas Grubmüller <grubmueller@mvrundschau.example>",
        "subject": "XML results access – Mühlviertler Rundschau",
        "headers": TBIRD,
        "body": (
            "Dear Sir or Madam, sehr geehrte Damen und Herren,\n\n"
            "the Mühlviertler Rundschau GmbH (Freistadt, UID ATU61457829) would like to\n"
            "receive your XML election results. IPs: 192.0.2.90, 192.0.2.91 – die erste\n"
            "für den Live-Betrieb, die zweite nur für Tests.\n\n"
            "Kontakt / contact: Thomas Grubmüller, +43 7942 26180\n\n"
            "Beste Grüße / best regards\nThomas Grubmüller\nOnline-Redaktion\n"
        ),
    },
    {
        "id": "yc027-phone-range-az",
        "description": "a town newsletter's phone-typed mail without diacritics: a range "
        "'192.0.2.120 az .122', IČO written with a space, no test address",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FEED],
            "Mesto Stribro",
            I27,
            None,
            ["192.0.2.120", "192.0.2.121", "192.0.2.122"],
            [],
            "Petr Sladek",
            "sladek@mesto-stribro.example",
            "+420606332871",
        ),
        "from": "Petr Sladek <sladek@mesto-stribro.example>",
        "subject": "zadost xml volby - zpravodaj",
        "headers": SEZNAM,
        "cte": "8bit",
        "body": (
            "dobry den,\n"
            "za Mesto Stribro (vydavame Stribrsky zpravodaj a web) zadame o pristup k xml\n"
            "vysledkum. adresy 192.0.2.120 az .122, vsechny ostre. test nemame.\n"
            f"ic {I27[:4]} {I27[4:]}\n"
            "Sladek, IT mestskeho uradu, 606 332 871\n"
        ),
    },
    {
        "id": "yc028-forward-from-it",
        "description": "an editor forwards IT's mail as an attached .eml with the addresses; "
        "the outer note names the IT man as contact and gives the publisher's IČO",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Jihočeská mediální, a.s.",
            I28,
            None,
            ["203.0.113.31", "203.0.113.32"],
            ["203.0.113.39"],
            "Lukáš Fiala",
            "fiala@jcmedia.example",
            "+420387440912",
        ),
        "from": "Monika Tesařová <tesarova@jcmedia.example>",
        "subject": "Fwd: IP adresy pro ČSÚ",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            f"Jihočeská mediální, a.s., IČO {I28}, žádá o přístup k XML výsledkům voleb.\n"
            "Adresy posílám v přeposlaném mailu od našeho IT. Kontaktní osobou bude\n"
            "kolega Lukáš Fiala (údaje v jeho podpisu), ne já.\n\n"
            "Monika Tesařová\nšéfredaktorka\n"
        ),
        "attachments": [
            (
                "eml",
                "IP adresy pro ČSÚ.eml",
                {
                    "id": "yc028-inner",
                    "from": "Lukáš Fiala <fiala@jcmedia.example>",
                    "to": "tesarova@jcmedia.example",
                    "subject": "IP adresy pro ČSÚ",
                    "headers": OUTLOOK,
                    "body": (
                        "Moniko,\n\n"
                        "pro ČSÚ: ostré servery 203.0.113.31 a 203.0.113.32 (load balancer),\n"
                        "testovací 203.0.113.39. Staré 203.0.113.12 už nepoužíváme, to tam\n"
                        "nepiš.\n\n"
                        "Lukáš\n--\nLukáš Fiala | správa IT | Jihočeská mediální, a.s.\n"
                        "tel. 387 440 912 | fiala@jcmedia.example\n"
                    ),
                },
            )
        ],
    },
]
