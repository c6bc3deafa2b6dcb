"""Held-out cases: formal letters in the body (Czech), with letterheads, reference lines,
signature blocks and roles given in different ways."""

from __future__ import annotations

from typing import Any

from tests.corpus.heldout_common import BOTH, FEED, L, Style

S = Style.FORMAL_LETTER

CASES: list[dict[str, Any]] = [
    {
        "id": "h001-letter-sentence-order",
        "style": S,
        "description": "formal letter; roles by sentence order ('v tomto pořadí')",
        "from": "Mgr. Bohuslav Krátký <kratky@zvonice-media.example>",
        "subject": "Žádost o zřízení vyhrazeného přístupu k výsledkům voleb",
        "body": """ZVONICE MEDIA s.r.o.
Korunní 1207/44, 120 00 Praha 2
IČO 21753377

Český statistický úřad
k rukám oddělení volebních informací

Naše značka: ZM/2022/118
Vyřizuje: Kristýna Sobotková

Věc: žádost o zřízení vyhrazeného přístupu

Vážení,

obracíme se na Vás s žádostí o zpřístupnění serveru s průběžnými výsledky volby
prezidenta republiky ve formátu XML. Pro ostrý provoz a pro testování budeme
používat adresy 192.0.2.140 a 192.0.2.141, v tomto pořadí.

Kontaktní osobou ve věcech technických je Kristýna Sobotková, telefon
736 410 882, e-mail sobotkova@zvonice-media.example.

S úctou

Mgr. Bohuslav Krátký
jednatel společnosti
""",
        "labels": L(
            FEED,
            "ZVONICE MEDIA s.r.o.",
            "21753377",
            None,
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Kristýna Sobotková",
            "sobotkova@zvonice-media.example",
            "+420736410882",
        ),
    },
    {
        "id": "h002-letter-ic-dic",
        "style": S,
        "description": "letterhead with IČ and DIČ, production via 'hlavní a záložní', test 'testovací prostředí'",
        "from": "Sekretariát <sekretariat@listy-podhori.example>",
        "subject": "Vyhrazené připojení – Listy Podhoří",
        "body": """Listy Podhoří, spol. s r.o. | IČ: 72747439 | DIČ: CZ72747439
Náměstí Míru 3, 543 01 Vrchlabí

Český statistický úřad
Na padesátém 81
100 82 Praha 10

Vrchlabí 9. prosince 2022

Věc: Vyhrazené připojení k XML serveru – volba prezidenta 2023

Vážená paní, vážený pane,

naše redakce žádá o registraci. Data budeme stahovat z hlavního serveru
198.51.100.61 a v případě výpadku ze záložního serveru 198.51.100.62.
Testovací prostředí má adresu 198.51.100.90.

Za technickou stránku odpovídá pan Dušan Vlk (dusan.vlk@listy-podhori.example,
mobil 604 881 273).

S pozdravem

Ing. Hedvika Štěpánková
ředitelka
""",
        "labels": L(
            FEED,
            "Listy Podhoří, spol. s r.o.",
            "72747439",
            None,
            ["198.51.100.61", "198.51.100.62"],
            ["198.51.100.90"],
            "Dušan Vlk",
            "dusan.vlk@listy-podhori.example",
            "+420604881273",
        ),
    },
    {
        "id": "h003-letter-databox-signature",
        "style": S,
        "description": "data-box ID and IČO only in the signature block under the letter",
        "from": "Alžběta Novozámská <novozamska@hlasatel-posazavi.example>",
        "subject": "Žádost – XML výsledky",
        "body": """Vážení,

žádáme o přidělení přístupu k vyhrazenému serveru s výsledky volby prezidenta.

IP adresy pro ostrý provoz:
203.0.113.21
203.0.113.22
203.0.113.23

IP adresy pro testování:
203.0.113.99

Kontakt: Alžběta Novozámská, 317 722 104, novozamska@hlasatel-posazavi.example

S pozdravem

Alžběta Novozámská
vedoucí online vydání
______________________________
Hlasatel Posázaví, z.ú.
Benešovská 88, 256 01 Benešov
IČO 415 82 322 | DS: fka8pwz
www.hlasatel-posazavi.example
""",
        "labels": L(
            FEED,
            "Hlasatel Posázaví, z.ú.",
            "41582322",
            "fka8pwz",
            ["203.0.113.21", "203.0.113.22", "203.0.113.23"],
            ["203.0.113.99"],
            "Alžběta Novozámská",
            "novozamska@hlasatel-posazavi.example",
            "+420317722104",
        ),
    },
    {
        "id": "h004-letter-id-c",
        "style": S,
        "description": "'Id. č.' form of IČO, numbered paragraphs, addresses with trailing role words",
        "from": "Vít Kopřiva <vit.kopriva@ceskobudejovicky-kurier.example>",
        "subject": "žádost o vyhrazené připojení",
        "body": """Českobudějovický kurýr a.s., Id. č. 33598371, se sídlem Lannova 12,
370 01 České Budějovice (dále jen „žadatel“)

1. Žadatel žádá o zařazení mezi registrovaná média s přístupem k serveru s výsledky
   volby prezidenta republiky ve formátu XML.
2. Žadatel bude přistupovat z těchto adres:
   198.51.100.200 – ostrý
   198.51.100.201 – ostrý
   198.51.100.202 – testovací
3. Kontaktní osoba: Vít Kopřiva, tel. +420 387 200 915,
   e-mail vit.kopriva@ceskobudejovicky-kurier.example.

V Českých Budějovicích dne 5. 12. 2022

za žadatele Ing. Libuše Hamplová, předsedkyně představenstva
""",
        "labels": L(
            FEED,
            "Českobudějovický kurýr a.s.",
            "33598371",
            None,
            ["198.51.100.200", "198.51.100.201"],
            ["198.51.100.202"],
            "Vít Kopřiva",
            "vit.kopriva@ceskobudejovicky-kurier.example",
            "+420387200915",
        ),
    },
    {
        "id": "h005-letter-both-requests",
        "style": S,
        "description": "formal letter asking for the XML feed and for a recording permit",
        "from": "Redakce Týdeníku Pootaví <redakce@tydenik-pootavi.example>",
        "subject": "Žádosti – volba prezidenta 2023",
        "body": """Týdeník Pootaví, s.r.o.
Sušická 40, 341 01 Horažďovice, IČO: 34405631

Věc: 1) registrace k vyhrazenému připojení, 2) povolení k pořízení záznamu

Vážení,

1) prosíme o registraci k odběru průběžných výsledků v XML z adres 192.0.2.77
(produkce) a 192.0.2.78 (test);

2) zároveň žádáme o povolení k pořízení obrazového záznamu na přebíracím místě
v Klatovech pro naši fotografku Danielu Šrámkovou (tel. 725 118 340,
sramkova@tydenik-pootavi.example). Rozsah: fotografie a krátké video, cca 20 minut.
Žadatelem je šéfredaktor Jaromír Bureš.

Kontakt pro obě žádosti: Jaromír Bureš, 376 512 090, bures@tydenik-pootavi.example

S pozdravem
Jaromír Bureš, šéfredaktor
""",
        "labels": L(
            BOTH,
            "Týdeník Pootaví, s.r.o.",
            "34405631",
            None,
            ["192.0.2.77"],
            ["192.0.2.78"],
            "Jaromír Bureš",
            "bures@tydenik-pootavi.example",
            "+420376512090",
        ),
    },
    {
        "id": "h006-letter-invalid-ico",
        "style": S,
        "description": "IČO with a typo (bad check digit) must not be recorded; comma list",
        "from": "Oldřiška Pánková <pankova@radio-polabi.example>",
        "subject": "Přístup k výsledkům – Rádio Polabí",
        "body": """Český statistický úřad
odbor informačních technologií

Věc: Žádost o vyhrazené připojení

Společnost Rádio Polabí s.r.o., IČO 68599847, tímto žádá o přístup k XML serveru.
Adresy pro produkční provoz: 203.0.113.130, 203.0.113.131, 203.0.113.132.
Adresa pro testování: 203.0.113.140.

Kontaktní osoba: Oldřiška Pánková
Tel.: 325 611 480
E-mail: pankova@radio-polabi.example

Děkujeme za vyřízení.
Oldřiška Pánková
""",
        "labels": L(
            FEED,
            "Rádio Polabí s.r.o.",
            None,
            None,
            ["203.0.113.130", "203.0.113.131", "203.0.113.132"],
            ["203.0.113.140"],
            "Oldřiška Pánková",
            "pankova@radio-polabi.example",
            "+420325611480",
        ),
    },
    {
        "id": "h007-letter-ipv6-mixed",
        "style": S,
        "description": "letter with IPv4 and IPv6 production, IPv6 test, 'ID schránky' spelled out",
        "from": "Technika <technika@sitovy-zpravodaj.example>",
        "subject": "Registrace médií – XML",
        "body": """Síťový zpravodaj, o.p.s.
identifikační číslo: 49481479
ID schránky: yv4jw76

Vážení,

s odkazem na Vaši tiskovou zprávu žádáme o přístup k serveru s výsledky.

Ostrý provoz (max. 5):
  • 192.0.2.200
  • 2001:db8:4a0::20
  • 2001:db8:4a0::21
Testovací provoz:
  • 2001:db8:4a0:ff::1

Kontaktní osoba: Bc. Radim Zedník, vedoucí provozu IT
tel. 773 604 118, e-mail zednik@sitovy-zpravodaj.example

S pozdravem
Radim Zedník
""",
        "labels": L(
            FEED,
            "Síťový zpravodaj, o.p.s.",
            "49481479",
            "yv4jw76",
            ["192.0.2.200", "2001:db8:4a0::20", "2001:db8:4a0::21"],
            ["2001:db8:4a0:ff::1"],
            "Radim Zedník",
            "zednik@sitovy-zpravodaj.example",
            "+420773604118",
        ),
    },
    {
        "id": "h008-letter-contact-vs-signatory",
        "style": S,
        "description": "signatory differs from contact person; signatory has own phone",
        "from": "JUDr. Václava Horká <horka@noviny-zapad.example>",
        "subject": "Žádost o přístup k XML serveru ČSÚ – Noviny Západ",
        "body": """Vážení,

jménem společnosti Noviny Západ a.s., IČO 98272331, žádám o přidělení přístupu
k vyhrazenému serveru ČSÚ.

Ostré IP: 198.51.100.33 a 198.51.100.34
Testovací IP: 198.51.100.35

Pro komunikaci ve věci přístupu prosím kontaktujte našeho správce sítě,
pana Lubomíra Čermáka, lubomir.cermak@noviny-zapad.example, tel. 377 904 552.

S úctou

JUDr. Václava Horká
členka představenstva
mobil: 602 771 903
""",
        "labels": L(
            FEED,
            "Noviny Západ a.s.",
            "98272331",
            None,
            ["198.51.100.33", "198.51.100.34"],
            ["198.51.100.35"],
            "Lubomír Čermák",
            "lubomir.cermak@noviny-zapad.example",
            "+420377904552",
        ),
    },
    {
        "id": "h009-letter-cidr-block",
        "style": S,
        "description": "production as a /30 block written in words, single test address",
        "from": "Pavlína Růžičková <ruzickova@magazin-kraj.example>",
        "subject": "Věc: přístup k průběžným výsledkům",
        "body": """Magazín Kraj, z.s., IČO 62687913

Vážení,

žádáme o vyhrazené připojení. Naše produkční servery jsou v rozsahu
203.0.113.44/30 (celkem čtyři adresy). Pro testování využijeme adresu 203.0.113.50.

Kontaktní osoba: Pavlína Růžičková, 608 219 475, ruzickova@magazin-kraj.example

Děkujeme, s pozdravem
Pavlína Růžičková
""",
        "labels": L(
            FEED,
            "Magazín Kraj, z.s.",
            "62687913",
            None,
            ["203.0.113.44", "203.0.113.45", "203.0.113.46", "203.0.113.47"],
            ["203.0.113.50"],
            "Pavlína Růžičková",
            "ruzickova@magazin-kraj.example",
            "+420608219475",
        ),
    },
    {
        "id": "h010-letter-ico-after-address",
        "style": S,
        "description": "IČO and DS ID in the heading after the seat; phone with (+420)",
        "from": "Info <info@vychodoceske-echo.example>",
        "subject": "Registrace k vyhrazenému připojení",
        "body": """Žadatel:
Východočeské echo s.r.o.
Pardubická 210, 500 02 Hradec Králové
IČO: 39485871
datová schránka: c6xgejf

Žádáme tímto o registraci k vyhrazenému připojení k serveru s výsledky volby
prezidenta. Adresy: produkce 192.0.2.33, 192.0.2.34; testy 192.0.2.35.

Technický kontakt: Ing. Matěj Voborník, (+420) 495 307 711,
vobornik@vychodoceske-echo.example

Za Východočeské echo s.r.o.
Matěj Voborník
""",
        "labels": L(
            FEED,
            "Východočeské echo s.r.o.",
            "39485871",
            "c6xgejf",
            ["192.0.2.33", "192.0.2.34"],
            ["192.0.2.35"],
            "Matěj Voborník",
            "vobornik@vychodoceske-echo.example",
            "+420495307711",
        ),
    },
]
