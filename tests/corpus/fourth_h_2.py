"""Fourth-round held-out part ``h``, cases h015–h028: written ranges, combined labels, counts,
a reply that changes the contact, a forward, forms in ODT and RTF, English-language outlets, a
Slovak withdrawal, data-box messages, a municipal district and a freelancer. Written by hand;
labels follow LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fourth_h_common import BOTH, FEED, REC, L, Style, ico, page, paras, soft, table

ICO_DUNAJ = ico("3504127")
ICO_VLNA = ico("2471862")
ICO_CTK = ico("6120945")
ICO_BRNENSKY = ico("0479613")
ICO_PODHORSKY = ico("2906552")
ICO_HANACKA = ico("4418070")
ICO_CEIPS = ico("0661733")
ICO_PRAGUE = ico("0527148")
ICO_HLIDAC = ico("0931876")
ICO_DUBNICA = ico("3617004")
ICO_P14 = ico("0023118")
ICO_KRATOCHVIL = ico("7420955")

_H018_OFFICE = """Vážený pane Krejčí,

děkujeme za Vaši žádost. Pro dokončení registrace prosíme o doplnění
telefonického kontaktu na osobu odpovědnou za připojení.

S pozdravem
Ing. Alena Horáková
oddělení informačních služeb
Český statistický úřad, IČO 00025593
Na padesátém 81, 100 82 Praha 10
tel. +420 274 052 733"""

_H018_ORIGINAL = f"""Dobrý den,

Brněnský kurýr s.r.o., IČO {ICO_BRNENSKY}, žádá o přístup k XML výsledkům
volby prezidenta.

Ostrý provoz: 203.0.113.101, 203.0.113.102
Test: 203.0.113.103

Děkuji,
Filip Krejčí
Brněnský kurýr s.r.o."""

_H019_INNER = f"""Ahoj Renato,

tady jsou adresy pro ČSÚ, jak jsi chtěla:

ostrý provoz (oba frontendové servery):
  192.0.2.181
  192.0.2.182
testovací stroj: 192.0.2.190

Víc tam není potřeba.

Robert
--
Robert Vacek, IT
Podhorský deník s.r.o. | IČO {ICO_PODHORSKY}"""

_H024_ORIGINAL = f"""Dobrý deň,

spoločnosť TV Dubnica, s.r.o., IČO {ICO_DUBNICA}, žiada o:
- prístup k vyhradenému XML serveru (produkcia 198.51.100.161, test 198.51.100.162),
- povolenie nakrúcať na preberacom mieste ČSÚ v Hodoníne počas 1. kola.

Kontaktná osoba: Mgr. Peter Kukučka, +421 918 402 556, kukucka@tvdubnica.example

S pozdravom
Peter Kukučka"""

_H026_INTRO = """Dobrý den,

posíláme seznam adres vydavatelství Vlna Media s.r.o. (IČO {ico}) pro přístup
k XML výsledkům volby prezidenta. Zkratky v tabulce: PROD = ostrý provoz,
DR = záložní lokalita (také ostrý provoz), TST = test."""

CASES: list[dict[str, Any]] = [
    {
        "id": "h015-slovak-windows1250-written-range",
        "description": "Slovak TV, windows-1250, production as a written range 'od … do …'",
        "style": Style.WEBMAIL,
        "labels": L(
            FEED,
            "TV Dunaj, a.s.",
            ICO_DUNAJ,
            ["198.51.100.20", "198.51.100.21", "198.51.100.22", "198.51.100.23"],
            ["198.51.100.30"],
            "Michal Ďurica",
            "durica@tvdunaj.example",
            "+421233004417",
        ),
        "from": "Michal Ďurica <durica@tvdunaj.example>",
        "subject": "Prístup k výsledkom voľby prezidenta ČR – TV Dunaj",
        "charset": "windows-1250",
        "headers": [("X-Mailer", "Zoznam Mail")],
        "body": f"""Dobrý deň,

TV Dunaj, a.s. (IČO {ICO_DUNAJ}) bude v januári vysielať mimoriadne
spravodajstvo k voľbe prezidenta Českej republiky a chcela by preto využiť
prístup k vyhradenému serveru s výsledkami vo formáte XML.

Ostré pripojenie pôjde zo štyroch adries v rozsahu od 198.51.100.20 do
198.51.100.23 (vrátane), na testovanie použijeme 198.51.100.30.

Ďakujem za spracovanie.

Michal Ďurica
vedúci vysielacej techniky, TV Dunaj, a.s.
Tel.: 02/330 044 17 (zo zahraničia +421 2 330 044 17)
""",
    },
    {
        "id": "h016-html-only-combined-role-labels",
        "description": "HTML-only mail; labels combine roles ('produkce + záloha', 'test / vývoj')",
        "style": Style.HTML_ONLY,
        "labels": L(
            FEED,
            "Rádio Vlna, s.r.o.",
            ICO_VLNA,
            ["203.0.113.150", "203.0.113.151", "203.0.113.160"],
            ["203.0.113.170", "203.0.113.171"],
            "Barbora Novotná",
            "novotna@radiovlna.example",
            "+420604778120",
        ),
        "from": "Barbora Novotná <novotna@radiovlna.example>",
        "subject": "Rádio Vlna – přístup k XML (volba prezidenta)",
        "html": page(
            paras(
                "Dobrý den,\n\nza Rádio Vlna, s.r.o., IČO "
                + ICO_VLNA
                + ", žádám o registraci k vyhrazenému serveru s výsledky voleb."
            )
            + "<p><b>Produkce + záloha:</b> 203.0.113.150, 203.0.113.151, 203.0.113.160</p>"
            + "<p><b>Test / vývoj:</b> 203.0.113.170, 203.0.113.171</p>"
            + paras(
                "Kontakt pro technické i ostatní záležitosti: Barbora Novotná, "
                "604 778 120\n\nDěkuji\nBarbora Novotná\nvedoucí online vysílání"
            ),
            font="Arial",
        ),
    },
    {
        "id": "h017-roles-by-count-and-order",
        "description": "roles only by counts and order: 'two live, then one test, in this order'",
        "style": Style.THUNDERBIRD,
        "labels": L(
            FEED,
            "Česká tisková kancelář regionů, z.ú.",
            ICO_CTK,
            ["192.0.2.33", "192.0.2.34"],
            ["192.0.2.99"],
            "Hynek Šulc",
            "sulc@ctkr.example",
            "+420739002614",
        ),
        "from": "Hynek Šulc <sulc@ctkr.example>",
        "subject": "registrace IP – výsledky voleb",
        "headers": [("User-Agent", "Mozilla Thunderbird 102.4.2")],
        "body": f"""Dobrý den,

Česká tisková kancelář regionů, z.ú. (IČO {ICO_CTK}) žádá o přístup
k výsledkům volby prezidenta na vyhrazeném XML serveru.

Registrujeme dvě adresy pro ostrý provoz a jednu testovací, v tomto pořadí:
192.0.2.33, 192.0.2.34, 192.0.2.99.

Hynek Šulc
technik zpravodajství
mob. 739 002 614
""",
    },
    {
        "id": "h018-reply-adds-new-contact-person",
        "description": "reply to the office's request for a phone: hands the contact to a colleague;"
        " addresses only in the quoted original; the office's identifiers in the quote",
        "style": Style.REPLY,
        "labels": L(
            FEED,
            "Brněnský kurýr s.r.o.",
            ICO_BRNENSKY,
            ["203.0.113.101", "203.0.113.102"],
            ["203.0.113.103"],
            "Jan Říha",
            "jan.riha@brnenskykuryr.example",
            "+420608330291",
        ),
        "from": "Filip Krejčí <filip.krejci@brnenskykuryr.example>",
        "subject": "Re: Doplnění žádosti – přístup k XML výsledkům",
        "headers": [
            ("In-Reply-To", "<csu-2022-12-06-0041@czso.cz>"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
        ],
        "body": """Dobrý den, paní inženýrko,

kontaktní osobou pro připojení bude místo mě kolega Jan Říha, vedoucí
provozu IT (tel. 608 330 291, jan.riha@brnenskykuryr.example). Já budu
v lednu na dovolené. Adresy z původní žádosti platí beze změny.

S pozdravem
Filip Krejčí

Od: Horáková Alena <alena.horakova@czso.cz>
Odesláno: úterý 6. prosince 2022 10:12
Komu: Filip Krejčí <filip.krejci@brnenskykuryr.example>
Předmět: Doplnění žádosti – přístup k XML výsledkům

"""
        + _H018_OFFICE
        + """

Od: Filip Krejčí <filip.krejci@brnenskykuryr.example>
Odesláno: pondělí 5. prosince 2022 16:40
Komu: podatelna@czso.cz
Předmět: Přístup k XML výsledkům

"""
        + _H018_ORIGINAL
        + "\n",
    },
    {
        "id": "h019-forward-attached-it-mail",
        "description": "an editor forwards her IT colleague's mail as an attachment and names herself"
        " the contact",
        "style": Style.FORWARD,
        "labels": L(
            FEED,
            "Podhorský deník s.r.o.",
            ICO_PODHORSKY,
            ["192.0.2.181", "192.0.2.182"],
            ["192.0.2.190"],
            "Renata Bílková",
            "bilkova@podhorsky.example",
            "+420725661304",
        ),
        "from": "Renata Bílková <bilkova@podhorsky.example>",
        "subject": "Fwd: adresy pro ČSÚ",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": """Dobrý den,

Podhorský deník s.r.o. žádá o přístup k XML výsledkům volby prezidenta.
IP adresy najdete v přeposlaném e-mailu našeho IT (v příloze).
Kontaktní osobou jsem já – Renata Bílková, zástupkyně šéfredaktora,
tel. 725 661 304.

Renata Bílková
""",
        "attachments": [
            (
                "eml",
                "adresy pro CSU.eml",
                {
                    "id": "h019-inner",
                    "from": "Robert Vacek <vacek@podhorsky.example>",
                    "to": "bilkova@podhorsky.example",
                    "subject": "adresy pro ČSÚ",
                    "body": _H019_INNER + "\n",
                },
            )
        ],
    },
    {
        "id": "h020-odt-form-checkboxes",
        "description": "ODT form: feed box ticked, filming box empty; empty address rows",
        "style": Style.FORM,
        "labels": L(
            FEED,
            "Hanácké noviny, spol. s r.o.",
            ICO_HANACKA,
            ["198.51.100.120", "198.51.100.121"],
            ["198.51.100.122"],
            "Alois Přikryl",
            "prikryl@hanacke.example",
            "+420585311470",
        ),
        "from": "Sekretariát Hanácké noviny <sekretariat@hanacke.example>",
        "subject": "Formulář – přístup k výsledkům voleb",
        "body": """Dobrý den,

v příloze posíláme vyplněný formulář.

Sekretariát redakce
Hanácké noviny
""",
        "attachments": [
            (
                "odt",
                "formular_hanacke.odt",
                [
                    "ŽÁDOST – volba prezidenta republiky 2023",
                    [
                        ["Žadatel (název, právní forma)", "Hanácké noviny, spol. s r.o."],
                        ["IČO", ICO_HANACKA],
                        ["Sídlo", "Horní náměstí 9, 779 00 Olomouc"],
                    ],
                    "Předmět žádosti (zaškrtněte):",
                    "☒ přístup k vyhrazenému serveru s výsledky (XML)",
                    "☐ povolení pořizovat záznam na přebíracím místě",
                    [
                        ["Produkční IP adresa 1", "198.51.100.120"],
                        ["Produkční IP adresa 2", "198.51.100.121"],
                        ["Produkční IP adresa 3", ""],
                        ["Testovací IP adresa 1", "198.51.100.122"],
                        ["Testovací IP adresa 2", ""],
                    ],
                    [
                        ["Kontaktní osoba", "Alois Přikryl"],
                        ["Telefon", "585 311 470"],
                        ["E-mail", "prikryl@hanacke.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "h021-rtf-letter-agency-both",
        "description": "RTF letter from a regional agency asking for both; a single production address",
        "style": Style.LETTER,
        "labels": L(
            BOTH,
            "Agentura Střed, s.r.o.",
            ico("1532609"),
            ["203.0.113.210"],
            [],
            "Dagmar Lišková",
            "liskova@agentura-stred.example",
            "+420606505144",
        ),
        "from": "Dagmar Lišková <liskova@agentura-stred.example>",
        "subject": "Žádost (příloha RTF)",
        "body": "Dobrý den, posílám žádost v příloze. D. Lišková\n",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Agentura Střed, s.r.o.",
                    "Palackého 44, 280 02 Kolín, IČO " + ico("1532609"),
                    "Český statistický úřad, odbor informačních služeb",
                    "Žádáme o (a) přístup k vyhrazenému serveru s výsledky volby prezidenta "
                    "ve formátu XML a (b) povolení k pořízení zvukového záznamu na přebíracím "
                    "místě v okrese Kolín v obou kolech.",
                    [
                        ["Veřejná IP adresa (ostrá)", "203.0.113.210"],
                        ["Testovací adresa", "nepožadujeme"],
                    ],
                    "Záznam pořídí redaktor Vít Soukup (tel. 602 118 443). Kontaktní osobou "
                    "pro celou žádost je Dagmar Lišková, tel. 606 505 144, "
                    "liskova@agentura-stred.example.",
                    "V Kolíně 28. 11. 2022",
                    "Dagmar Lišková, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "h022-english-university-research-base64",
        "description": "university institute writes English (base64 body); test pair as a /31",
        "style": Style.GMAIL,
        "labels": L(
            FEED,
            "Central European Institute of Political Science, o.p.s.",
            ICO_CEIPS,
            ["198.18.40.12"],
            ["198.18.40.20", "198.18.40.21"],
            "Daniel Hořejší",
            "horejsi@ceips.example",
            "+420777314509",
        ),
        "from": "Daniel Horejsi <horejsi@ceips.example>",
        "subject": "Access to the XML results server for an academic nowcast",
        "cte": "base64",
        "headers": [("X-Mailer", "Gmail")],
        "body": f"""Dear colleagues,

our research team at the Central European Institute of Political Science, o.p.s.
(IČO {ICO_CEIPS}) runs an academic nowcast of the presidential election and
would like to request access to the dedicated XML results server.

Production: 198.18.40.12 (a single university server)
Testing: 198.18.40.20/31

We will credit the Czech Statistical Office as the source in every output.

Best wishes,
Daniel Hořejší, Ph.D.
principal investigator
+420 777 314 509
""",
        "html": page(
            paras(
                "Dear colleagues,\n\nour research team at the Central European Institute of "
                "Political Science, o.p.s.\n(IČO "
                + ICO_CEIPS
                + ") runs an academic nowcast of the presidential election and\nwould like to "
                "request access to the dedicated XML results server."
            )
            + table([["Production", "198.18.40.12"], ["Testing", "198.18.40.20/31"]], head=False)
            + paras(
                "We will credit the Czech Statistical Office as the source in every output."
                "\n\nBest wishes,\nDaniel Hořejší, Ph.D.\nprincipal investigator\n"
                "+420 777 314 509"
            ),
            font="Roboto",
        ),
    },
    {
        "id": "h023-english-prague-outlet-declines-filming",
        "description": "English-language Prague outlet, explicitly no filming; phone with dashes",
        "style": Style.APPLE_MAIL,
        "labels": L(
            FEED,
            "Prague Monitor Media s.r.o.",
            ICO_PRAGUE,
            ["192.0.2.211", "192.0.2.212"],
            ["192.0.2.213"],
            "Hannah Lindqvist",
            "hannah@praguemonitor.example",
            "+420608112937",
        ),
        "from": "Hannah Lindqvist <hannah@praguemonitor.example>",
        "subject": "Election night XML access - Prague Monitor",
        "headers": [("X-Mailer", "Apple Mail (2.3696.120.41.1.1)")],
        "body": f"""Hello,

Prague Monitor Media s.r.o. (ID no. {ICO_PRAGUE}) would like to register for the
XML results feed for both rounds of the presidential election.

Servers we will pull from:
- live: 192.0.2.211 and 192.0.2.212
- test: 192.0.2.213

We do not need permission to film at the collection points - our reporter
will be at the candidates' HQs instead.

Thanks a lot!
Hannah Lindqvist
Managing Editor, Prague Monitor
(+420) 608-112-937
""",
    },
    {
        "id": "h024-slovak-reply-withdraws-feed",
        "description": "Slovak TV replies to its own request and withdraws the XML part; only"
        " filming stays",
        "style": Style.REPLY,
        "labels": L(
            REC,
            "TV Dubnica, s.r.o.",
            ICO_DUBNICA,
            [],
            [],
            "Peter Kukučka",
            "kukucka@tvdubnica.example",
            "+421918402556",
        ),
        "from": "Peter Kukučka <kukucka@tvdubnica.example>",
        "subject": "Re: Žiadosť TV Dubnica – XML a nakrúcanie",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": """Dobrý deň,

dopĺňam našu žiadosť z pondelka: prístup k XML serveru nakoniec
nepotrebujeme, výsledky nám dodá partnerská agentúra, preto túto časť
žiadosti sťahujeme. Povolenie na nakrúcanie v Hodoníne naďalej platí.

S pozdravom
Peter Kukučka

-----Pôvodná správa-----
Od: Peter Kukučka <kukucka@tvdubnica.example>
Odoslané: pondelok 12. decembra 2022 9:05
Komu: podatelna@czso.cz
Predmet: Žiadosť TV Dubnica – XML a nakrúcanie

"""
        + _H024_ORIGINAL
        + "\n",
    },
    {
        "id": "h025-databox-txt-own-box-in-signature",
        "description": "data message with a text attachment naming the office's box as addressee"
        " and the applicant's own box in the signature",
        "style": Style.DATABOX,
        "labels": L(
            FEED,
            "Hlídač voleb, z. ú.",
            ICO_HLIDAC,
            ["203.0.113.225"],
            ["203.0.113.226"],
            "Kristýna Marešová",
            "maresova@hlidacvoleb.example",
            "+420773150268",
            "r8wtq3c",
        ),
        "subject": "Zadost o pristup k vysledkum voleb (XML)",
        "databox": {"box": "r8wtq3c", "sender": "Hlídač voleb, z. ú.", "address": "Praha 2"},
        "attachments": [
            (
                "txt",
                "zadost.txt",
                f"""Adresát: Český statistický úřad, ID datové schránky 2gfaasy

Věc: přístup k vyhrazenému serveru s výsledky volby prezidenta

Hlídač voleb, z. ú., IČO {ICO_HLIDAC}, provozuje nezávislý zpravodajský web o
volbách. Žádáme o přístup k XML výsledkům.

Produkční server: 203.0.113.225
Testovací server: 203.0.113.226

Kontaktní osoba: Kristýna Marešová, maresova@hlidacvoleb.example,
tel. +420 773 150 268

Mgr. Kristýna Marešová, ředitelka
Hlídač voleb, z. ú., Lublaňská 18, 120 00 Praha 2
ID datové schránky: r8wtq3c
""",
            )
        ],
    },
    {
        "id": "h026-gmail-html-table-abbreviations",
        "description": "Gmail table with a role column of abbreviations PROD/DR/TST, explained above",
        "style": Style.GMAIL,
        "labels": L(
            FEED,
            "Vlna Media s.r.o.",
            ico("0840121"),
            ["198.51.100.81", "198.51.100.82", "198.51.100.183"],
            ["198.51.100.84"],
            "Tereza Holá",
            "tereza.hola@vlnamedia.example",
            "+420721004387",
        ),
        "from": "Tereza Holá <tereza.hola@vlnamedia.example>",
        "subject": "IP adresy – Vlna Media",
        "headers": [("X-Mailer", "Gmail")],
        "body": _H026_INTRO.format(ico=ico("0840121"))
        + """

PROD  198.51.100.81
PROD  198.51.100.82
DR    198.51.100.183
TST   198.51.100.84

Tereza Holá, provoz webu, +420 721 004 387
""",
        "html": page(
            paras(_H026_INTRO.format(ico=ico("0840121")))
            + table(
                [
                    ["Role", "IP"],
                    ["PROD", "198.51.100.81"],
                    ["PROD", "198.51.100.82"],
                    ["DR", "198.51.100.183"],
                    ["TST", "198.51.100.84"],
                ]
            )
            + paras("Tereza Holá, provoz webu, +420 721 004 387"),
            font="Arial",
        ),
    },
    {
        "id": "h027-municipal-district-filming-crew",
        "description": "a city district's newsroom asks to film; the crew member is not the contact",
        "style": Style.OUTLOOK,
        "labels": L(
            REC,
            "Městská část Praha 14",
            ICO_P14,
            [],
            [],
            "Jitka Marková",
            "jitka.markova@praha14-mc.example",
            "+420281005612",
        ),
        "from": "Marková Jitka <jitka.markova@praha14-mc.example>",
        "subject": "Žádost o povolení natáčení – Listy Prahy 14",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": f"""Vážení,

Městská část Praha 14 (IČO {ICO_P14}), vydavatel měsíčníku Listy Prahy 14,
žádá o povolení pořídit obrazový záznam na přebíracím místě pro hlavní
město Prahu během 1. kola volby prezidenta.

Osoba, která bude natáčet: Ondřej Lacina, kameraman, tel. 739 640 105,
ondrej.lacina@praha14-mc.example

Kontaktní osobou žadatele je tisková mluvčí Jitka Marková,
tel. 281 005 612. Rozsah: krátká reportáž (cca 3 min)
pro zpravodajský web městské části.

O přístup k XML serveru nežádáme.

S pozdravem
Jitka Marková
tisková mluvčí
Úřad městské části Praha 14, Bratří Venclíků 1073, 198 21 Praha 9
""",
    },
    {
        "id": "h028-freelancer-ipv6-and-31",
        "description": "a freelance data journalist, IPv6 production, test pair as /31 in IPv4",
        "style": Style.NOTE,
        "labels": L(
            FEED,
            "Jakub Kratochvíl",
            ICO_KRATOCHVIL,
            ["2001:db8:77::5"],
            ["203.0.113.14", "203.0.113.15"],
            "Jakub Kratochvíl",
            "jakub@kratochvil-data.example",
            "+420722900177",
        ),
        "from": "Jakub Kratochvíl <jakub@kratochvil-data.example>",
        "subject": "XML výsledky – OSVČ datový novinář",
        "flowed": True,
        "body": soft(
            f"""Dobrý den,

jsem datový novinář na volné noze (IČO {ICO_KRATOCHVIL}), dodávám volební~
grafiky několika regionálním webům. Prosím o přístup k XML serveru.

Ostrý: 2001:db8:77:0::5 (jediný VPS, jen IPv6)
Test: 203.0.113.14/31

Díky, Jakub Kratochvíl, 722 900 177
"""
        ),
    },
]
