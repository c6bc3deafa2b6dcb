"""Seventh held-out set, part ``q``, cases q015–q028 (written by hand; see seventh_q_common)."""

from __future__ import annotations

from tests.corpus.label_rules import L
from tests.corpus.seventh_q_common import FEED, REC, Style, case

OFFICE_QUOTE = """> Do žádosti uveďte nejvýše pět IP adres pro ostrý provoz a nejvýše pět
> testovacích IP adres, kontaktní e-mail a telefon.
> Mgr. Kateřina Dvořáčková, Český statistický úřad
> IČO 00025593 | datová schránka 2gfaasy | tel. +420 274 052 733"""

CASES = [
    case(
        "q015-german-withdraws-filming",
        "German correspondent writes good Czech; asks for feed and filming, then in a P.S. "
        "withdraws the filming request (the colleague's trip was cancelled)",
        Style.CORRECTION,
        L(
            [FEED],
            "Mitteldeutsche Zeitungsgruppe GmbH",
            None,
            None,
            ["192.0.2.90", "192.0.2.91"],
            ["192.0.2.99"],
            "Katrin Vogel",
            "k.vogel@mdzg.example",
            "+491711234509",
        ),
        **{
            "from": "Katrin Vogel <k.vogel@mdzg.example>",
            "subject": "Žádost o připojení a natáčení – Mitteldeutsche Zeitungsgruppe",
            "body": """Dobrý den,

jsem pražská zpravodajka deníků skupiny Mitteldeutsche Zeitungsgruppe GmbH
(Lipsko) a ráda bych za vydavatele požádala:
– o přístup k XML serveru s výsledky: ostré adresy 192.0.2.90 a 192.0.2.91,
  testovací 192.0.2.99;
– o povolení natáčet na přebíracím místě v Praze (kolega Jonas Brandt).

Kontakt: Katrin Vogel, +49 171 1234509.

S přátelským pozdravem
Katrin Vogel

P.S. Právě mi kolega napsal, že jeho cesta do Prahy byla zrušena –
žádost o natáčení tedy prosím berte jako bezpředmětnou, stahuji ji.
Přístup k serveru potřebujeme dál.
""",
        },
    ),
    case(
        "q016-us-inc-reply-to-invitation",
        "US Inc. replies in English above the office's quoted invitation, which carries the "
        "office's IČO, data box and phone; the applicant's own data are above the quote",
        Style.REPLY_OFFICE,
        L(
            [FEED],
            "Great Lakes Data Journalism, Inc.",
            None,
            None,
            ["198.51.100.150", "198.51.100.151", "198.51.100.152"],
            [],
            "Megan O'Connor",
            "moconnor@gldj.example",
            "+13125550187",
        ),
        **{
            "from": "Megan O'Connor <moconnor@gldj.example>",
            "subject": "Re: Vyhrazené připojení pro média – volba prezidenta 2023",
            "body": """Hello,

thanks for the invitation, which our Prague stringer forwarded to us.
Great Lakes Data Journalism, Inc. (Chicago) would like to sign up.

Production: 198.51.100.150, 198.51.100.151, 198.51.100.152
Test: none for now

Contact: Megan O'Connor, Data Editor, (312) 555-0187 (US, Central Time),
moconnor@gldj.example

Best,
Megan

On 28 Nov 2022, volby@czso.cz wrote:
"""
            + OFFICE_QUOTE
            + "\n",
        },
    ),
    case(
        "q017-ukrainian-freelancer-correction",
        "Ukrainian freelance journalist (natural person) in Czech with diacritics; the "
        "production address is corrected later in the same message ('oprava')",
        Style.CORRECTION,
        L(
            [FEED],
            "Iryna Melnyk",
            None,
            None,
            ["203.0.113.171"],
            ["203.0.113.180"],
            "Iryna Melnyk",
            "iryna.melnyk@pismo.example",
            "+420773219804",
        ),
        **{
            "from": "Iryna Melnyk <iryna.melnyk@pismo.example>",
            "subject": "Žádost – přístup k výsledkům (nezávislá novinářka)",
            "body": """Dobrý den,

jsem nezávislá novinářka, píšu pro několik ukrajinských médií a
v Praze žiju šest let. Ráda bych požádala o přístup k XML serveru.

ostrý provoz: 203.0.113.117
test: 203.0.113.180

Telefon: 773 219 804

Oprava: u ostrého provozu jsem přehodila číslice, správně je
203.0.113.171 (ne .117). Testovací adresa platí.

Děkuji,
Iryna Melnyk
""",
        },
    ),
    case(
        "q018-austrian-xlsx",
        "Austrian radio GmbH sends an XLSX with roles as column headers (Produktion / Test); "
        "the mail body is German-English mixed and carries no addresses",
        Style.ATTACHMENT,
        L(
            [FEED],
            "Radio Salzachtal GmbH",
            None,
            None,
            ["192.0.2.210", "192.0.2.211", "2001:db8:5a1::1"],
            ["192.0.2.220"],
            "Florian Huber",
            "f.huber@salzachtal.example",
            "+43662876543",
        ),
        **{
            "from": "Florian Huber <f.huber@salzachtal.example>",
            "subject": "Registration XML-Server / Radio Salzachtal",
            "body": """Grüß Gott,

attached the filled table with our addresses for the results server.
Contact is me, Florian Huber, Tel. +43 662 876543.

LG
Florian Huber
Technik, Radio Salzachtal GmbH
""",
            "attachments": [
                (
                    "xlsx",
                    "IP_Liste_Salzachtal.xlsx",
                    [
                        {
                            "title": "IP",
                            "rows": [
                                ["Radio Salzachtal GmbH", ""],
                                ["Produktion", "Test"],
                                ["192.0.2.210", "192.0.2.220"],
                                ["192.0.2.211", ""],
                                ["2001:db8:5a1::1", ""],
                            ],
                        }
                    ],
                )
            ],
        },
    ),
    case(
        "q019-research-institute-odt",
        "Researcher of a public research institution (v. v. i.) sends an ODT form; the "
        "institute is the applicant, the researcher the contact",
        Style.STUDENT_RESEARCHER,
        L(
            [FEED],
            "Sociologický ústav pro regionální studia, v. v. i.",
            "08263477",
            None,
            ["198.18.20.1"],
            ["198.18.20.2"],
            "Jakub Šimánek",
            "simanek@surs.example",
            "+420222918440",
        ),
        **{
            "from": "Jakub Šimánek <simanek@surs.example>",
            "subject": "žádost o přístup – výzkumný projekt Volební geografie",
            "body": """Dobrý den,

v příloze zasílám vyplněnou žádost našeho ústavu.

Jakub Šimánek
""",
            "attachments": [
                (
                    "odt",
                    "zadost_SURS.odt",
                    [
                        "ŽÁDOST O PŘÍSTUP K SERVERU S VÝSLEDKY VOLEB",
                        [
                            ["Žadatel", "Sociologický ústav pro regionální studia, v. v. i."],
                            ["IČO", "08263477"],
                            ["IP – ostrý provoz", "198.18.20.1"],
                            ["IP – test", "198.18.20.2"],
                            ["Kontaktní osoba", "Mgr. Jakub Šimánek, Ph.D."],
                            ["Telefon", "222 918 440"],
                            ["E-mail", "simanek@surs.example"],
                        ],
                        "Účel: výzkum (data nebudou zveřejňována v reálném čase).",
                    ],
                )
            ],
        },
    ),
    case(
        "q020-british-photographer-rtf-crew",
        "British freelance photographer (natural person, trade name) asks only to photograph "
        "and film; RTF letter with a crew table; no feed",
        Style.FREELANCER,
        L(
            [REC],
            "Harriet Cole Photography",
            None,
            None,
            [],
            [],
            "Harriet Cole",
            "harriet@hcolephoto.example",
            "+447700900461",
        ),
        **{
            "from": "Harriet Cole <harriet@hcolephoto.example>",
            "subject": "Request to photograph/film on election night",
            "body": "Hello, my request is in the attached letter. Many thanks, Harriet Cole\n",
            "attachments": [
                (
                    "rtf",
                    "request_HCole.rtf",
                    [
                        "Harriet Cole Photography, 14 Mill Lane, Bristol, UK",
                        "Request for permission to take photographs and short video footage "
                        "at the results collection point in Plzeň on election night.",
                        [
                            ["Name", "Role"],
                            ["Harriet Cole", "photographer, contact"],
                            ["Daniel Brooks", "assistant / video"],
                        ],
                        "Contact: Harriet Cole, mobile +44 7700 900461, harriet@hcolephoto.example",
                    ],
                )
            ],
        },
    ),
    case(
        "q021-agency-forwards-own",
        "Czech agency forwards its own earlier message (attached .eml) for a Hungarian Zrt. "
        "client and only adds that nothing changed; all values are in the attached original",
        Style.FORWARD_OWN,
        L(
            [FEED],
            "Duna Média Zrt.",
            None,
            None,
            ["203.0.113.60", "203.0.113.61"],
            ["203.0.113.62"],
            "Petr Novotný",
            "novotny@medialink.example",
            "+420608551730",
        ),
        **{
            "from": "Petr Novotný <novotny@medialink.example>",
            "subject": "Fwd: Žádost Duna Média Zrt. – XML server",
            "body": """Dobrý den,

posílám znovu naši žádost z minulého týdne za klienta Duna Média Zrt.
(v příloze), zatím jsme nedostali potvrzení. Údaje se nemění.

Petr Novotný
MediaLink agentura
""",
            "attachments": [
                (
                    "eml",
                    "zadost_Duna_Media.eml",
                    {
                        "id": "q021-inner",
                        "from": "Petr Novotný <novotny@medialink.example>",
                        "subject": "Žádost Duna Média Zrt. – XML server",
                        "body": """Dobrý den,

jménem klienta podáváme žádost o přístup k serveru s výsledky.

Žadatel: Duna Média Zrt., Budapešť, Maďarsko
IP ostrý provoz: 203.0.113.60, 203.0.113.61
IP test: 203.0.113.62
Kontakt: Petr Novotný (MediaLink), tel. +420 608 551 730

Děkujeme.
Petr Novotný
""",
                    },
                )
            ],
        },
    ),
    case(
        "q022-llc-two-lines",
        "US LLC technician sends two lines in English; the signature gives the company",
        Style.TWO_LINE,
        L(
            [FEED],
            "Bluebird Election Services LLC",
            None,
            None,
            ["198.51.100.5"],
            ["198.51.100.6"],
            "Ray Dominguez",
            "ray@bluebird-es.example",
            "+15125550143",
        ),
        **{
            "from": "Ray Dominguez <ray@bluebird-es.example>",
            "subject": "feed access",
            "body": """Please whitelist prod 198.51.100.5 and test 198.51.100.6 for the results feed.
Ray, +1 512-555-0143

Bluebird Election Services LLC, Austin TX
""",
        },
    ),
    case(
        "q023-kft-broken-czech-ipv6",
        "Hungarian Kft. writes broken Czech with diacritics in wrong places; two IPv6 "
        "production addresses in full and compressed form, no test",
        Style.BROKEN_CZECH,
        L(
            [FEED],
            "Tisza Online Kft.",
            None,
            None,
            ["2001:db8:100::25", "2001:db8:100::26"],
            [],
            "Bence Tóth",
            "toth.bence@tiszaonline.example",
            "+36209876543",
        ),
        **{
            "from": "Tóth Bence <toth.bence@tiszaonline.example>",
            "subject": "žádost o XML vysledky",
            "body": """Dobry dén,

jsme firma Tisza Online Kft. z Szeged, Madarsko. Chceme dostat výsledky
volby prezidenta v XML pro naše zpravodajstvý.

Naše servery mají jen IPv6 adresy:
2001:0db8:0100:0000:0000:0000:0000:0025
2001:db8:100::26
Oba jsou pro ostrý provoz. Test nepotřebujem.

Kontakt: Tóth Bence (Bence Tóth), +36 20 987 6543

Děkuju
""",
        },
    ),
    case(
        "q024-slovak-form-checkboxes",
        "Slovak online daily fills a plain-text form: feed box ticked, filming box unticked; "
        "Czech IČO of its Czech subsidiary applying",
        Style.FORM,
        L(
            [FEED],
            "Denník Sever CZ s.r.o.",
            "17466202",
            None,
            ["192.0.2.170", "192.0.2.171"],
            ["192.0.2.175"],
            "Lucia Hrušková",
            "hruskova@dennik-sever.example",
            "+421948120553",
        ),
        **{
            "from": "Lucia Hrušková <hruskova@dennik-sever.example>",
            "subject": "Formulár – žiadosť médií",
            "body": """Žiadateľ: Denník Sever CZ s.r.o.
IČO: 17466202
Predmet žiadosti:
  [x] prístup k XML serveru s výsledkami
  [ ] povolenie nakrúcania na preberacom mieste
IP adresy – ostrá prevádzka: 192.0.2.170, 192.0.2.171
IP adresy – test: 192.0.2.175
Kontaktná osoba: Lucia Hrušková
Telefón: 0948 120 553 (SK)
E-mail: hruskova@dennik-sever.example
""",
        },
    ),
    case(
        "q025-english-respectively",
        "Irish Ltd in English gives two addresses 'respectively' for production and test; "
        "the contact's phone is an Irish mobile",
        Style.ROLE_ORDER,
        L(
            [FEED],
            "Liffey News Agency Ltd",
            None,
            None,
            ["203.0.113.240"],
            ["203.0.113.241"],
            "Ciara Byrne",
            "ciara.byrne@liffeynews.example",
            "+353871234567",
        ),
        **{
            "from": "Ciara Byrne <ciara.byrne@liffeynews.example>",
            "subject": "Liffey News Agency - application for results XML access",
            "body": """Dear CZSO team,

Liffey News Agency Ltd (Dublin) covers Czech politics for several Irish
outlets and would like access to the results server. Our production and
test machines are 203.0.113.240 and 203.0.113.241 respectively.

Please contact me, Ciara Byrne, on +353 87 123 4567 with any questions.

Kind regards,
Ciara Byrne
""",
        },
    ),
    case(
        "q026-gmbh-version-numbers",
        "German GmbH technician mentions software version numbers and a date that look like "
        "addresses; only the two labelled addresses count",
        Style.LOOKALIKES,
        L(
            [FEED],
            "Wahlinfo Systeme GmbH",
            None,
            None,
            ["198.51.100.23"],
            ["198.51.100.24"],
            "Tobias Krämer",
            "kraemer@wahlinfo.example",
            "+4930557712200",
        ),
        **{
            "from": "Tobias Krämer <kraemer@wahlinfo.example>",
            "subject": "Results feed - Wahlinfo Systeme GmbH",
            "body": """Hello,

Wahlinfo Systeme GmbH (Berlin) runs the results widgets for several
German news sites. Our importer (version 4.12.1.7, tested against your
sample files from 1.12.2022) will connect from:

production: 198.51.100.23
test:       198.51.100.24

The test box runs parser 4.13.0.2-beta, so expect a few odd requests.

Tobias Krämer, +49 30 5577122-00
""",
        },
    ),
    case(
        "q027-databox-branch-annotation",
        "Data-box message from the Czech organizační složka of a Polish Sp. z o.o.; the "
        "application is a TXT attachment; box ID from the envelope",
        Style.DATABOX,
        L(
            [FEED],
            "Gazeta Śląska Sp. z o.o., organizační složka",
            "25987101",
            "p3wn8dz",
            ["198.18.30.10", "198.18.30.11"],
            [],
            "Michał Nowak",
            "m.nowak@gazetaslaska.example",
            "+420596112740",
        ),
        **{
            "subject": "Žádost o přístup k serveru s výsledky voleb",
            "databox": {
                "box": "p3wn8dz",
                "sender": "Gazeta Śląska Sp. z o.o., organizační složka",
                "address": "Nádražní 21, 702 00 Ostrava",
            },
            "attachments": [
                (
                    "txt",
                    "zadost.txt",
                    """Gazeta Śląska Sp. z o.o., organizační složka
Nádražní 21, 702 00 Ostrava, IČO 25987101

Žádáme o přístup k serveru s výsledky volby prezidenta ve formátu XML.
IP adresy (ostrý provoz): 198.18.30.10 a 198.18.30.11
Testovací adresu neuvádíme.

Kontaktní osoba: Michał Nowak, vedoucí pobočky
tel. 596 112 740, e-mail m.nowak@gazetaslaska.example
""",
                )
            ],
        },
    ),
    case(
        "q028-polish-tv-declines-feed",
        "Polish TV S.A. writes Czech via translator: filming only, the feed is declined ('o "
        "přístup k serveru nežádáme'); the phone of the fixer in Prague is the contact's",
        Style.CREW_LIST,
        L(
            [REC],
            "Telewizja Odra S.A.",
            None,
            None,
            [],
            [],
            "Marek Dvořák",
            "dvorak.fixer@pragfix.example",
            "+420721600318",
        ),
        **{
            "from": "Marek Dvořák <dvorak.fixer@pragfix.example>",
            "subject": "Telewizja Odra – žádost o povolení natáčení",
            "body": """Dobrý den,

za polskou televizi Telewizja Odra S.A. (Vratislav) žádám o povolení
natáčet ve volební noci na přebíracím místě v Hradci Králové.
O přístup k serveru s XML výsledky nežádáme.

Štáb:
- Paweł Wróbel, reportér
- Kamil Mazur, kameraman
- Marek Dvořák, producent v ČR (kontaktní osoba)

Kontakt: Marek Dvořák, +420 721 600 318

S pozdravem
Marek Dvořák
""",
        },
    ),
]
