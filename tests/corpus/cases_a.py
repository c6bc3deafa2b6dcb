"""Corpus cases 01–10: formal letters, charsets, quoted and forwarded mail, a PDF letter."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L as L

FEED = ["feed_access"]
REC = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]


CASES: list[dict[str, Any]] = [
    {
        "id": "01-formal-letter",
        "description": "formal letter in the body, numbered and dashed lists",
        "from": "Petr Ukázka <petr.ukazka@priklad-media.example>",
        "subject": "Žádost o registraci k vyhrazenému připojení – volba prezidenta 2023",
        "body": """Věc: Žádost o registraci k vyhrazenému připojení – volba prezidenta republiky 2023

Český statistický úřad
Na padesátém 81, 100 82 Praha 10

Žadatel: Mediální dům Příklad, a.s., IČO 52601811
sídlo: Ukázková 12, 110 00 Praha 1, ID datové schránky: abc2def

Žádáme o přidělení přístupu k vyhrazenému serveru s průběžnými výsledky
ve formátu XML pro 1. i případné 2. kolo volby.

IP adresy pro ostrý provoz:
  1) 192.0.2.10
  2) 192.0.2.11
  3) 198.51.100.25
Testovací IP adresy:
  – 203.0.113.40
  – 203.0.113.41

Kontaktní osoba: Ing. Jana Vzorová, vedoucí vývoje
E-mail: jana.vzorova@priklad-media.example | Telefon: +420 601 234 567
Zdroj dat (ČSÚ) budeme u výstupů uvádět.

V Praze dne 12. 12. 2022
Mgr. Petr Ukázka, předseda představenstva
""",
        "labels": L(
            FEED,
            "Mediální dům Příklad, a.s.",
            "52601811",
            "abc2def",
            ["192.0.2.10", "192.0.2.11", "198.51.100.25"],
            ["203.0.113.40", "203.0.113.41"],
            "Jana Vzorová",
            "jana.vzorova@priklad-media.example",
            "+420601234567",
        ),
    },
    {
        "id": "02-short-cidr-docx",
        "description": "loose body with CIDR test block, DOCX form attached",
        "from": "Tomáš Příkladný <tech@radio-vlna.example>",
        "subject": "Volba prezidenta 2023 – XML – registrace",
        "body": """Dobrý den,
v příloze posíláme vyplněnou žádost (zadost_xml_2023.docx), pro jistotu i zde:
produkce: 198.51.100.7; 198.51.100.8; 198.51.100.9
test: 198.51.100.64/30
kontakt: Tomáš Příkladný, tel. 777 12 34 56, tech@radio-vlna.example
záložní: dispečink 00420 222 333 444 (nonstop během voleb)
Rádio Testovací Vlna s.r.o.
""",
        "attachments": [
            (
                "docx",
                "zadost_xml_2023.docx",
                [
                    "Žádost o registraci k vyhrazenému připojení",
                    [
                        ["Žadatel", "Rádio Testovací Vlna s.r.o."],
                        ["IČO", "59083018"],
                        ["Produkční IP", "198.51.100.7, 198.51.100.8, 198.51.100.9"],
                        ["Testovací IP", "198.51.100.64/30"],
                        ["Kontaktní osoba", "Tomáš Příkladný"],
                        ["Telefon", "777 12 34 56"],
                        ["E-mail", "tech@radio-vlna.example"],
                    ],
                ],
            )
        ],
        "labels": L(
            FEED,
            "Rádio Testovací Vlna s.r.o.",
            "59083018",
            None,
            ["198.51.100.7", "198.51.100.8", "198.51.100.9"],
            ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"],
            "Tomáš Příkladný",
            "tech@radio-vlna.example",
            "+420777123456",
        ),
    },
    {
        "id": "03-informal-mixed",
        "description": "informal reply, shorthand octets, IPv6, private address, recording request",
        "from": "Eva Ukázková <eva@denik-ukazkovy.example>",
        "subject": "RE: přístup na volební XML + natáčení v Brně",
        "body": """Dobrý den, paní inženýrko,
jako každý rok bychom se rádi připojili na váš XML server. Ostré adresy máme
stejné jako loni na komunálkách (203.0.113.5 a .6), nově přidáváme 203.0.113.7,
2001:db8:15::10 a 2001:db8:15::11 a ještě interní 10.0.0.12, přes který jede parser.
Na testování stačí 203.0.113.200.
Zároveň bychom rádi poslali štáb na přebírací místo Brno-město natočit krátkou
reportáž – kameraman Jan Vzorek; žádá Eva Ukázková, Deník Ukázkový,
Masarykova 1, 602 00 Brno, tel. 603 111 222, eva@denik-ukazkovy.example.
Díky, Eva
--
Eva Ukázková | Deník Ukázkový | +420 603 111 222
""",
        "labels": L(
            BOTH,
            "Deník Ukázkový",
            None,
            None,
            [
                "203.0.113.5",
                "203.0.113.6",
                "203.0.113.7",
                "2001:db8:15::10",
                "2001:db8:15::11",
                "10.0.0.12",
            ],
            ["203.0.113.200"],
            "Eva Ukázková",
            "eva@denik-ukazkovy.example",
            "+420603111222",
        ),
    },
    {
        "id": "04-english",
        "description": "English application from a foreign agency's Prague bureau",
        "from": "Newsdesk <newsdesk@globalwire.example>",
        "subject": "Application for access to the election results XML server",
        "body": """Dear Sir or Madam,

GlobalWire News Ltd. hereby applies for access to the dedicated election results
server (XML) for the presidential election 2023.

Organisation: GlobalWire News Ltd.
Company ID: 66131863

Production IPs:
- 185.64.12.10
- 185.64.12.11
Test IPs:
- 185.64.12.50

Technical contact: Mr. Daniel Hughes
Phone: +44 20 7946 0958
E-mail: d.hughes@globalwire.example

Kind regards,
Sarah Milton
Bureau Chief, Prague
""",
        "labels": L(
            FEED,
            "GlobalWire News Ltd.",
            "66131863",
            None,
            ["185.64.12.10", "185.64.12.11"],
            ["185.64.12.50"],
            "Daniel Hughes",
            "d.hughes@globalwire.example",
            "+442079460958",
        ),
    },
    {
        "id": "05-cp1250-qp",
        "description": "windows-1250 quoted-printable, comma-separated addresses",
        "from": "Radek Horák <horak@zpravy-vysocina.example>",
        "subject": "Žádost o přístup k XML serveru",
        "charset": "windows-1250",
        "cte": "qp",
        "body": """Dobrý den,

žádáme o přidělení přístupu k XML serveru s výsledky voleb prezidenta republiky.

Název: Zprávy Vysočina s.r.o., IČ: 09139095
Produkční IP adresy: 91.213.160.20, 91.213.160.21, 91.213.160.22
Testovací IP adresa: 91.213.160.99

Kontaktní osoba: Radek Horák
tel.: 731 456 789
e-mail: horak@zpravy-vysocina.example

S pozdravem
Radek Horák
jednatel
""",
        "labels": L(
            FEED,
            "Zprávy Vysočina s.r.o.",
            "09139095",
            None,
            ["91.213.160.20", "91.213.160.21", "91.213.160.22"],
            ["91.213.160.99"],
            "Radek Horák",
            "horak@zpravy-vysocina.example",
            "+420731456789",
        ),
    },
    {
        "id": "06-latin2-base64-range",
        "description": "ISO-8859-2 base64 body, en-dash range with last-octet end",
        "from": "Šárka Dvořáková <sarka.dvorakova@tv-jih.example>",
        "subject": "Registrace – průběžné výsledky XML",
        "charset": "iso-8859-2",
        "cte": "base64",
        "body": """Vážení,

Televize Jih, a.s. (IČO 96030828) žádá o registraci k vyhrazenému připojení.

Adresy pro ostrý provoz: 193.85.14.10-12
Adresy pro testování: 193.85.14.200

Technický kontakt:
Šárka Dvořáková
sarka.dvorakova@tv-jih.example
+420 606 777 888

Děkujeme.
Televize Jih, a.s.
""",
        "labels": L(
            FEED,
            "Televize Jih, a.s.",
            "96030828",
            None,
            ["193.85.14.10", "193.85.14.11", "193.85.14.12"],
            ["193.85.14.200"],
            "Šárka Dvořáková",
            "sarka.dvorakova@tv-jih.example",
            "+420606777888",
        ),
    },
    {
        "id": "07-html-table-trailing-roles",
        "description": "HTML-only body, table with address and its purpose",
        "from": "IT oddělení <it@mediahub.example>",
        "subject": "Žádost o přidělení přístupu k XML serveru ČSÚ",
        "html": """<html><body><p>Dobrý den,</p>
<p>společnost <b>MediaHub CZ s.r.o.</b>, IČO: 46281941, žádá o přístup k XML serveru.</p>
<table border="1"><tr><th>IP adresa</th><th>Účel</th></tr>
<tr><td>195.113.10.5</td><td>produkce</td></tr>
<tr><td>195.113.10.6</td><td>produkce</td></tr>
<tr><td>195.113.10.70</td><td>test</td></tr></table>
<p>Kontaktní osoba: Martin Král, tel. 724 111 333, e-mail: martin.kral@mediahub.example</p>
<p>S pozdravem<br>Martin Král<br>MediaHub CZ s.r.o.</p></body></html>""",
        "labels": L(
            FEED,
            "MediaHub CZ s.r.o.",
            "46281941",
            None,
            ["195.113.10.5", "195.113.10.6"],
            ["195.113.10.70"],
            "Martin Král",
            "martin.kral@mediahub.example",
            "+420724111333",
        ),
    },
    {
        "id": "08-reply-quoted-officer",
        "description": "reply above a quoted message from the office with the officer's footer",
        "from": "Lucie Benešová <benesova@info-portal.example>",
        "subject": "Re: Doplnění žádosti o vyhrazené připojení",
        "body": """Dobrý den,

posíláme chybějící údaje k žádosti.

Žadatel: Info Portal s.r.o., IČO 82199353
IP adresy (ostrý provoz): 89.221.214.3, 89.221.214.4
Testovací: 89.221.214.100

Kontaktní osoba: Lucie Benešová, tel. 777 222 111, benesova@info-portal.example

Lucie Benešová

Dne 14. 12. 2022 v 10:12 Jana Úřednická napsal(a):
> Dobrý den,
> v žádosti chybí IP adresy. Prosím o jejich doplnění.
> Ing. Jana Úřednická
> Český statistický úřad
> tel. +420 274 052 111
> jana.urednicka@czso.cz
""",
        "labels": L(
            FEED,
            "Info Portal s.r.o.",
            "82199353",
            None,
            ["89.221.214.3", "89.221.214.4"],
            ["89.221.214.100"],
            "Lucie Benešová",
            "benesova@info-portal.example",
            "+420777222111",
        ),
    },
    {
        "id": "09-forwarded-inline",
        "description": "colleague forwards the application inline; contact is in the forwarded text",
        "from": "Asistentka redakce <asistentka@vecernik.example>",
        "subject": "Fwd: Žádost o XML výsledky voleb",
        "body": """Dobrý den, přeposílám žádost naší redakce, kolega je na cestách.
Hezký den
Markéta Svobodová
asistentka šéfredaktora, tel. 222 123 456

---------- Forwarded message ---------
Od: Ondřej Malý <maly@vecernik.example>
Date: po 12. 12. 2022 v 8:03
Subject: Žádost o XML výsledky voleb
To: Markéta Svobodová <asistentka@vecernik.example>

Žadatel: Večerník Praha, s.r.o., IČO 18190936
Ostrý provoz: 77.75.76.3, 77.75.76.4
Test: 77.75.76.200
Kontaktní osoba: Ondřej Malý, +420 608 555 444, maly@vecernik.example
""",
        "labels": L(
            FEED,
            "Večerník Praha, s.r.o.",
            "18190936",
            None,
            ["77.75.76.3", "77.75.76.4"],
            ["77.75.76.200"],
            "Ondřej Malý",
            "maly@vecernik.example",
            "+420608555444",
        ),
    },
    {
        "id": "10-pdf-letter",
        "description": "empty-ish body, the application is a PDF letter",
        "from": "Podatelna Rozhlas Sever <podatelna@rozhlas-sever.example>",
        "subject": "Žádost o vyhrazené připojení",
        "body": "Dobrý den,\nv příloze zasíláme žádost.\n\nS pozdravem\nPodatelna\n",
        "attachments": [
            (
                "pdf",
                "zadost.pdf",
                [
                    "Rozhlas Sever, z.s.",
                    "Žadatel: Rozhlas Sever, z.s., IČO: 78657971",
                    "Věc: Žádost o přístup k XML serveru s výsledky voleb",
                    "IP adresy pro ostrý provoz: 212.96.160.8, 212.96.160.9",
                    "Testovací IP adresy: 212.96.160.240",
                    "Kontaktní osoba: Pavel Novotný",
                    "Telefon: 485 123 456",
                    "E-mail: novotny@rozhlas-sever.example",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Rozhlas Sever, z.s.",
            "78657971",
            None,
            ["212.96.160.8", "212.96.160.9"],
            ["212.96.160.240"],
            "Pavel Novotný",
            "novotny@rozhlas-sever.example",
            "+420485123456",
        ),
    },
]
