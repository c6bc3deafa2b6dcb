"""Corpus cases 21–31: phone and IČO formats, HTML tables, ranges, RTF, prose."""

from __future__ import annotations

from typing import Any

from tests.corpus.cases_a import FEED, REC, L

_INNER_APPLICATION: dict[str, Any] = {
    "id": "inner",
    "from": "Roman Šťastný <stastny@hlas-kraje.example>",
    "to": "vedeni@hlas-kraje.example",
    "subject": "Žádost ČSÚ – XML",
    "body": """Žadatel: Hlas kraje s.r.o., IČO 07866666
IP adresy pro ostrý provoz: 95.168.193.4, 95.168.193.5
Testovací IP adresy: 95.168.193.100
Kontaktní osoba: Roman Šťastný, tel. 604 707 808, stastny@hlas-kraje.example
""",
    "labels": {},
}

CASES: list[dict[str, Any]] = [
    {
        "id": "21-outlook-reply",
        "description": "Outlook-style reply header block; quoted office mail below",
        "from": "Adam Kolář <kolar@tydenik-plus.example>",
        "subject": "RE: Žádost o vyhrazené připojení",
        "body": """Dobrý den,

ano, žádáme i o testovací přístup. Kompletní údaje:

Týdeník Plus a.s., IČO 17603137
Produkční: 62.168.44.10
Testovací: 62.168.44.11

Kontaktní osoba: Adam Kolář, 721 505 606, kolar@tydenik-plus.example

Adam Kolář

Od: Jan Referent <jan.referent@czso.cz>
Odesláno: úterý 13. prosince 2022 9:14
Komu: kolar@tydenik-plus.example
Předmět: Žádost o vyhrazené připojení

Dobrý den, žádáte i o testovací přístup? Jan Referent, ČSÚ, tel. 274 052 999
""",
        "labels": L(
            FEED,
            "Týdeník Plus a.s.",
            "17603137",
            None,
            ["62.168.44.10"],
            ["62.168.44.11"],
            "Adam Kolář",
            "kolar@tydenik-plus.example",
            "+420721505606",
        ),
    },
    {
        "id": "22-tel-fax-extension",
        "description": "tel./fax lines, extension, landline contact",
        "from": "Redakce Jihočeské listy <redakce@jihoceske-listy.example>",
        "subject": "Žádost o přidělení přístupu",
        "body": """Dobrý den,

Jihočeské listy, v.o.s., IČO 72159014, se sídlem Lannova 8, 370 01 České Budějovice,
žádají o přístup k vyhrazenému XML serveru.

IP adresy: 109.205.72.33–34

Kontaktní osoba: Ivana Hrubá
tel.: 387 654 321, kl. 25
fax: 387 654 300
e-mail: hruba@jihoceske-listy.example
""",
        "labels": L(
            FEED,
            "Jihočeské listy, v.o.s.",
            "72159014",
            None,
            ["109.205.72.33", "109.205.72.34"],
            [],
            "Ivana Hrubá",
            "hruba@jihoceske-listy.example",
            "+420387654321",
        ),
    },
    {
        "id": "23-phone-formats",
        "description": "(+420) and 00420 phone forms",
        "from": "Petra Šimková <simkova@ceska-info.example>",
        "subject": "registrace k XML serveru",
        "body": """Dobrý den,
posílám žádost za Česká Info, o.p.s. (IČO: 09281592).

ostré IP: 5.180.40.1 ; 5.180.40.2
testovací IP: 5.180.40.3

Kontakt: Petra Šimková, telefon (+420) 222 111 333, simkova@ceska-info.example
Záložní kontakt: dispečink 00420 222 111 300

Petra Šimková
""",
        "labels": L(
            FEED,
            "Česká Info, o.p.s.",
            "09281592",
            None,
            ["5.180.40.1", "5.180.40.2"],
            ["5.180.40.3"],
            "Petra Šimková",
            "simkova@ceska-info.example",
            "+420222111333",
        ),
    },
    {
        "id": "24-ico-spaces-databox",
        "description": "IČO with spaces, data-box ID in text",
        "from": "Vladimír Urban <urban@zpravodaj-vychod.example>",
        "subject": "Žádost o registraci – XML",
        "body": """Dobrý den,

Zpravodaj Východ s.r.o.
IČ: 013 96 242
ID DS: kb9egte

žádá o přidělení přístupu k XML serveru pro tyto adresy:
ostrý provoz – 80.79.16.20
test – 80.79.16.21

Vyřizuje: Vladimír Urban, tel. 495 111 222, urban@zpravodaj-vychod.example
""",
        "labels": L(
            FEED,
            "Zpravodaj Východ s.r.o.",
            "01396242",
            "kb9egte",
            ["80.79.16.20"],
            ["80.79.16.21"],
            "Vladimír Urban",
            "urban@zpravodaj-vychod.example",
            "+420495111222",
        ),
    },
    {
        "id": "25-english-databox",
        "description": "English with company ID and data box",
        "from": "Lena Fischer <l.fischer@europress.example>",
        "subject": "Registration for the XML results feed",
        "body": """Good afternoon,

please register EuroPress Media GmbH (branch office Prague, Company ID: 59571179,
data box ID: x7trm2q) for the dedicated results server.

Live servers: 148.251.10.2 and 148.251.10.3
Testing server: 148.251.10.9

Contact person: Lena Fischer, +49 30 901820, l.fischer@europress.example

Regards,
Lena
""",
        "labels": L(
            FEED,
            "EuroPress Media GmbH",
            "59571179",
            "x7trm2q",
            ["148.251.10.2", "148.251.10.3"],
            ["148.251.10.9"],
            "Lena Fischer",
            "l.fischer@europress.example",
            "+4930901820",
        ),
    },
    {
        "id": "26-html-column-table",
        "description": "HTML table with production and test columns",
        "from": "Oldřich Beneš <benes@kuryr.example>",
        "subject": "Žádost o vyhrazené připojení – Kurýr",
        "html": """<html><head><style>td{padding:2px}</style></head><body>
<p>Dobrý den,<br>Kurýr Media s.r.o., IČO 77741218, žádá o vyhrazené připojení.</p>
<table><tr><td>Produkční IP</td><td>Testovací IP</td></tr>
<tr><td>185.8.236.10</td><td>185.8.236.50</td></tr>
<tr><td>185.8.236.11</td><td>185.8.236.51</td></tr></table>
<p>Kontaktní osoba: Oldřich Beneš<br>tel: 728 606 505<br>benes@kuryr.example</p>
<script>alert("x")</script>
</body></html>""",
        "labels": L(
            FEED,
            "Kurýr Media s.r.o.",
            "77741218",
            None,
            ["185.8.236.10", "185.8.236.11"],
            ["185.8.236.50", "185.8.236.51"],
            "Oldřich Beneš",
            "benes@kuryr.example",
            "+420728606505",
        ),
    },
    {
        "id": "27-full-range",
        "description": "range written with two full addresses",
        "from": "Daniela Jelínková <jelinkova@pravo-dnes.example>",
        "subject": "Žádost o přístup k serveru s výsledky",
        "body": """Dobrý den,

za Právo Dnes a.s. (IČO 54728037) žádáme o přístup.
Ostrý provoz: 93.185.100.20 - 93.185.100.22
Testovací: 93.185.100.30

Kontaktní osoba: Daniela Jelínková, 603 222 111, jelinkova@pravo-dnes.example
""",
        "labels": L(
            FEED,
            "Právo Dnes a.s.",
            "54728037",
            None,
            ["93.185.100.20", "93.185.100.21", "93.185.100.22"],
            ["93.185.100.30"],
            "Daniela Jelínková",
            "jelinkova@pravo-dnes.example",
            "+420603222111",
        ),
    },
    {
        "id": "28-no-roles",
        "description": "addresses without any role: all production",
        "from": "Miroslav Toman <toman@kraj-news.example>",
        "subject": "XML – žádost",
        "body": """Dobrý den,
žádáme o přístup k XML serveru pro Kraj News s.r.o., IČO 85280844.
IP adresy: 178.238.32.7, 178.238.32.8
Miroslav Toman, tel. 737 373 737, toman@kraj-news.example
""",
        "labels": L(
            FEED,
            "Kraj News s.r.o.",
            "85280844",
            None,
            ["178.238.32.7", "178.238.32.8"],
            [],
            "Miroslav Toman",
            "toman@kraj-news.example",
            "+420737373737",
        ),
    },
    {
        "id": "29-rtf",
        "description": "application as an RTF attachment",
        "from": "Alena Vávrová <vavrova@mestska-tv.example>",
        "subject": "Žádost – vyhrazené připojení",
        "body": "Dobrý den, žádost přikládám ve formátu RTF.\nAlena Vávrová\n",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                "Žadatel: Městská televize Kladno s.r.o.\nIČO: 14852535\n"
                "IP adresy pro ostrý provoz: 46.13.40.80, 46.13.40.81\n"
                "Testovací IP: 46.13.40.82\n"
                "Kontaktní osoba: Alena Vávrová\nTelefon: 312 555 666\n"
                "E-mail: vavrova@mestska-tv.example\n",
            )
        ],
        "labels": L(
            FEED,
            "Městská televize Kladno s.r.o.",
            "14852535",
            None,
            ["46.13.40.80", "46.13.40.81"],
            ["46.13.40.82"],
            "Alena Vávrová",
            "vavrova@mestska-tv.example",
            "+420312555666",
        ),
    },
    {
        "id": "30-backup-prose",
        "description": "prose with primary, backup and test servers",
        "from": "Tomáš Bartoš <bartos@nezavisly-hlas.example>",
        "subject": "Žádost o XML přístup – Nezávislý hlas",
        "body": """Dobrý den,

Nezávislý hlas, z.s. (IČO 88853934) žádá o přístup k serveru s výsledky voleb.
Náš hlavní server má adresu 37.157.192.10, záložní server 37.157.192.11.
Pro testování použijeme adresu 37.157.192.20.

Kontaktní osoba: Tomáš Bartoš (tel. 606 121 314), bartos@nezavisly-hlas.example
""",
        "labels": L(
            FEED,
            "Nezávislý hlas, z.s.",
            "88853934",
            None,
            ["37.157.192.10", "37.157.192.11"],
            ["37.157.192.20"],
            "Tomáš Bartoš",
            "bartos@nezavisly-hlas.example",
            "+420606121314",
        ),
    },
    {
        "id": "31-prose-inline-roles",
        "description": "both roles in one sentence",
        "from": "Jan Dušek <dusek@presscentrum.example>",
        "subject": "žádost o registraci",
        "body": """Dobrý den, za PressCentrum s.r.o. (IČO 36338753) žádám o registraci:
naše servery 82.208.6.1 a 82.208.6.2 (ostrý provoz), na testy používáme 82.208.6.9.
Kontakt: Jan Dušek, dusek@presscentrum.example, 774 400 500
""",
        "labels": L(
            FEED,
            "PressCentrum s.r.o.",
            "36338753",
            None,
            ["82.208.6.1", "82.208.6.2"],
            ["82.208.6.9"],
            "Jan Dušek",
            "dusek@presscentrum.example",
            "+420774400500",
        ),
    },
]

__all__ = ["CASES", "REC"]
