"""Tenth held-out part ``z``, cases z015–z028: data messages from a municipality and an
institute, a Norwegian range with a retired address, a spreadsheet with a netmask, a reply
quoting the office, roles by order, Slovak and Finnish applicants, RTF and ODT letters, a
freelancer's moved server and a withdrawn filming request. Written by hand; labels read from
the text as LABELS.md says."""

from __future__ import annotations

from typing import Any

from tests.corpus.tenth_z_common import BOTH, FEED, REC, L, Style

CASES: list[dict[str, Any]] = [
    {
        "id": "z015-village-databox-pdf",
        "description": "Data message from a village office; the application is only in the "
        "attached PDF letter; one production address, no test",
        "style": Style.DATABOX,
        "databox": {
            "box": "k7m2xq9",
            "sender": "Obec Dolní Lhota",
            "address": "Dolní Lhota 12, 763 23 Dolní Lhota",
            "type": 10,
        },
        "from": "Obec Dolní Lhota",
        "subject": "Žádost – přístup k výsledkům voleb pro obecní web",
        "attachments": [
            (
                "pdf",
                "zadost_volby_Dolni_Lhota.pdf",
                [
                    "Obec Dolní Lhota\nDolní Lhota 12, 763 23\nIČO: 00284378",
                    "Věc: Žádost o přístup k průběžným výsledkům volby prezidenta",
                    "Obec vydává měsíčník Lhotecký občasník a provozuje obecní web, na kterém "
                    "bychom rádi v noci po volbách zveřejňovali průběžné výsledky. Žádáme "
                    "proto o přístup k datům ve formátu XML z adresy 198.51.100.5 (ostrý "
                    "provoz). Testovací adresu nemáme.",
                    "Vyřizuje: Bc. Ivana Procházková, tel. 731 556 204, "
                    "prochazkova@dolni-lhota.example",
                    "Jaroslav Kopecký, starosta",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Obec Dolní Lhota",
            "00284378",
            "k7m2xq9",
            ["198.51.100.5"],
            [],
            "Ivana Procházková",
            "prochazkova@dolni-lhota.example",
            "+420731556204",
        ),
    },
    {
        "id": "z016-institute-databox-docx-ipv6",
        "description": "Research institute's data message with a DOCX letter; a table mixing "
        "IPv6 and IPv4 production addresses and an IPv6 test address",
        "style": Style.DATABOX,
        "databox": {
            "box": "u4hd8pe",
            "sender": "Ústav pro výzkum veřejného mínění, v. v. i.",
            "address": "Jilská 1, 110 00 Praha 1",
        },
        "from": "Ústav pro výzkum veřejného mínění, v. v. i.",
        "subject": "Žádost o zřízení přístupu k XML serveru s výsledky voleb",
        "attachments": [
            (
                "docx",
                "UVVM_zadost_volby2023.docx",
                {
                    "header": "Ústav pro výzkum veřejného mínění, v. v. i. — IČO 67245196",
                    "footer": "Jilská 1, 110 00 Praha 1 | www.uvvm.example",
                    "blocks": [
                        "Věc: žádost o přístup k výsledkům volby prezidenta republiky",
                        "Náš ústav bude v noci po volbě zpracovávat průběžné výsledky pro "
                        "analýzy, které poskytuje Českému rozhlasu a několika deníkům. "
                        "Žádáme o přístup z následujících adres:",
                        {
                            "rows": [
                                ["Adresa", "Účel"],
                                ["2001:db8:77::10", "produkce"],
                                ["2001:db8:77::11", "produkce"],
                                ["198.51.100.140", "produkce (IPv4)"],
                                ["2001:db8:77::f0", "testování"],
                            ]
                        },
                        "Kontaktní osoba: RNDr. Martin Kubíček, kubicek@uvvm.example, "
                        "tel. +420 222 391 417",
                        "prof. PhDr. Alena Šafránková, CSc., ředitelka",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Ústav pro výzkum veřejného mínění, v. v. i.",
            "67245196",
            "u4hd8pe",
            ["2001:db8:77::10", "2001:db8:77::11", "198.51.100.140"],
            ["2001:db8:77::f0"],
            "Martin Kubíček",
            "kubicek@uvvm.example",
            "+420222391417",
        ),
    },
    {
        "id": "z017-norwegian-range-retired",
        "description": "Norwegian broadcaster in English with Norwegian greetings; a range of "
        "five production addresses; last year's address explicitly retired",
        "style": Style.OLD_NEW,
        "from": "Ingrid Solberg <ingrid.solberg@vlk.example>",
        "subject": "Access to Czech presidential election results - Vestlandsk Kringkasting",
        "body": """Hei,

Vestlandsk Kringkasting AS registered for your results service in 2021 as well. This
time our newsroom has a new hosting setup, so please note the changes:

Production: 203.0.113.100 through 203.0.113.104 (five servers behind a load balancer)
Test: none for now

The address we used last year, 203.0.113.9, is decommissioned - please remove it
from your list.

Contact: Ingrid Solberg, +47 412 33 908

Med vennlig hilsen / Best regards
Ingrid Solberg
Head of Digital Operations, Vestlandsk Kringkasting AS, Bergen
""",
        "headers": [("X-Mailer", "Apple Mail (2.3731.200.110.1.12)")],
        "labels": L(
            FEED,
            "Vestlandsk Kringkasting AS",
            None,
            None,
            [
                "203.0.113.100",
                "203.0.113.101",
                "203.0.113.102",
                "203.0.113.103",
                "203.0.113.104",
            ],
            [],
            "Ingrid Solberg",
            "ingrid.solberg@vlk.example",
            "+4741233908",
        ),
    },
    {
        "id": "z018-tv-xlsx-netmask-backup",
        "description": "TV station's XLSX sheet: a production address with a /31 netmask "
        "(two addresses), a backup (production) and a test row; contact in the body",
        "style": Style.ATTACHMENT,
        "from": "Vojtěch Kratochvíl <kratochvil@tvpolabi.example>",
        "subject": "TV Polabí – IP adresy pro volební XML",
        "body": """Dobrý den,

v příloze je tabulka s adresami, ze kterých se budeme připojovat k serveru
s výsledky voleb. Žádáme za TV Polabí, a.s., IČO 26148731.

Technik: Vojtěch Kratochvíl, 602 448 137

Děkuji
V. Kratochvíl
""",
        "attachments": [
            (
                "xlsx",
                "TVPolabi_IP.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Prostředí", "IP adresa", "Maska"],
                            ["ostrý provoz", "192.0.2.96", "255.255.255.254"],
                            ["záloha", "192.0.2.110", "255.255.255.255"],
                            ["test", "192.0.2.120", "255.255.255.255"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "TV Polabí, a.s.",
            "26148731",
            None,
            ["192.0.2.96", "192.0.2.97", "192.0.2.110"],
            ["192.0.2.120"],
            "Vojtěch Kratochvíl",
            "kratochvil@tvpolabi.example",
            "+420602448137",
        ),
    },
    {
        "id": "z019-polish-minority-reply",
        "description": "Polish-minority weekly replies above the office's invitation, which "
        "quotes the office's own identifiers and example addresses",
        "style": Style.REPLY,
        "from": "Tomasz Sikora <sikora@kurier-cieszynski.example>",
        "subject": "Re: Přístup médií k výsledkům volby prezidenta",
        "body": """Dobrý den,

na Vaši výzvu žádáme o přístup. Spolek Kurier Cieszyński, z. s., IČO 08235414,
vydává týdeník pro polskou menšinu na Těšínsku.

ostrý provoz: 198.51.100.160
test: 198.51.100.161

Kontakt: Tomasz Sikora, 558 712 331, sikora@kurier-cieszynski.example

Pozdrawiam / S pozdravem
Tomasz Sikora

-----Original Message-----
From: Volby ČSÚ <volby@czso.cz>
Sent: Monday, November 28, 2022 10:02 AM
Subject: Přístup médií k výsledkům volby prezidenta

Vážení zástupci médií,
Český statistický úřad (IČO 00025593) zřizuje pro média vyhrazený server
s průběžnými výsledky ve formátu XML. Uveďte nejvýše pět adres pro ostrý
provoz a pět testovacích, např. 192.0.2.1 (ostrý provoz), 192.0.2.2 (test).
Žádosti posílejte na podatelna@czso.cz nebo do datové schránky 2gfaasy,
dotazy na tel. +420 274 052 733.
""",
        "labels": L(
            FEED,
            "Spolek Kurier Cieszyński, z. s.",
            "08235414",
            None,
            ["198.51.100.160"],
            ["198.51.100.161"],
            "Tomasz Sikora",
            "sikora@kurier-cieszynski.example",
            "+420558712331",
        ),
    },
    {
        "id": "z020-regional-tv-order-conditional",
        "description": "Roles given by order ('první dvě … třetí'); filming is mentioned "
        "only as a condition the applicant says does not apply, so it is not requested",
        "style": Style.DECLINED,
        "from": "Lukáš Dvořák <dvorak@vysocinamedia.example>",
        "subject": "přístup k XML – Vysočina Media",
        "body": """Dobrý den,

za Vysočina Media, s.r.o. (IČO 42605113) žádám o přístup k XML s výsledky volby.
Adresy 192.0.2.130, 192.0.2.131 a 192.0.2.132 – první dvě jsou pro ostrý provoz,
třetí je testovací.

O natáčení bychom žádali jen v případě, že by se výsledky zpracovávaly i na
pracovišti v Jihlavě. Pokud vím, letos tomu tak není, takže o povolení
k natáčení nežádáme.

Lukáš Dvořák
šéfredaktor
mob. 724 590 313
""",
        "flowed": True,
        "labels": L(
            FEED,
            "Vysočina Media, s.r.o.",
            "42605113",
            None,
            ["192.0.2.130", "192.0.2.131"],
            ["192.0.2.132"],
            "Lukáš Dvořák",
            "dvorak@vysocinamedia.example",
            "+420724590313",
        ),
    },
    {
        "id": "z021-slovak-videographer-filming",
        "description": "Slovak freelance videographer without an IČO asks in Slovak only "
        "for permission to film; no addresses",
        "style": Style.RECORDING,
        "from": "Peter Kováč <peter.kovac@kovacvideo.example>",
        "subject": "povolenie na natáčanie – voľba prezidenta",
        "body": """Dobrý deň,

som nezávislý kameraman z Bratislavy a pre slovenský spravodajský portál pripravujem
reportáž o voľbe prezidenta ČR. Chcel by som Vás požiadať o povolenie natáčať
na zbernom (preberacom) mieste v Prahe počas spracovania výsledkov, ideálne
v sobotu večer po uzavretí volebných miestností.

Natáčať budem sám, s jednou kamerou na statíve.

Ďakujem za odpoveď.

Peter Kováč
+421 905 441 208
""",
        "labels": L(
            REC,
            "Peter Kováč",
            None,
            None,
            [],
            [],
            "Peter Kováč",
            "peter.kovac@kovacvideo.example",
            "+421905441208",
        ),
    },
    {
        "id": "z022-finnish-ipv6-127",
        "description": "Finnish agency in English; production as an IPv6 /127 (two "
        "addresses), test as a single IPv6 address",
        "style": Style.IPV6,
        "from": "Aino Virtanen <aino.virtanen@huto.example>",
        "subject": "Helsingin Uutistoimisto - request for XML results access",
        "body": """Hello,

Helsingin Uutistoimisto Oy requests access to the XML results server for the Czech
presidential election. We are IPv6-only on the ingest side.

Production prefix: 2001:db8:f1::a/127
Test host: 2001:db8:f1:100::5

Contact for this request: Aino Virtanen, +358 40 771 2093.

Ystävällisin terveisin,
Aino Virtanen
Data Desk
""",
        "labels": L(
            FEED,
            "Helsingin Uutistoimisto Oy",
            None,
            None,
            ["2001:db8:f1::a", "2001:db8:f1::b"],
            ["2001:db8:f1:100::5"],
            "Aino Virtanen",
            "aino.virtanen@huto.example",
            "+358407712093",
        ),
    },
    {
        "id": "z023-photo-agency-mask-shorthand",
        "description": "Photo agency asks for both; production as address plus netmask (two "
        "addresses), test as a shorthand range '.210–211'",
        "style": Style.AGENCY,
        "from": "Hana Kučerová <kucerova@objektiv-foto.example>",
        "subject": "Fotoagentura Objektiv – XML a fotografování na přebíracím místě",
        "body": """Dobrý den,

Fotoagentura Objektiv, s.r.o., IČO 21936641, žádá:

1) o přístup k XML výsledkům – ostrý provoz 203.0.113.200 s maskou
   255.255.255.254, testovací adresy 203.0.113.210–211;
2) o povolení fotografovat a natáčet krátká videa na přebíracím místě v Brně
   (dva fotografové).

Kontaktní osoba: Hana Kučerová, produkce, tel. 00420 608 771 054

S pozdravem
Hana Kučerová
""",
        "labels": L(
            BOTH,
            "Fotoagentura Objektiv, s.r.o.",
            "21936641",
            None,
            ["203.0.113.200", "203.0.113.201"],
            ["203.0.113.210", "203.0.113.211"],
            "Hana Kučerová",
            "kucerova@objektiv-foto.example",
            "+420608771054",
        ),
    },
    {
        "id": "z024-municipal-tv-rtf-letter",
        "description": "Municipal TV (a subsidised organisation) sends a formal RTF letter "
        "with an address table; the body only refers to the attachment",
        "style": Style.MUNICIPAL,
        "from": "sekretariat@mtv-hradiste.example",
        "subject": "Žádost MTV Hradiště",
        "body": """Dobrý den,

v příloze zasíláme žádost Městské televize Hradiště o přístup k výsledkům voleb.

S pozdravem
sekretariát ředitele
""",
        "attachments": [
            (
                "rtf",
                "zadost_MTV_Hradiste.rtf",
                [
                    "Městská televize Hradiště, příspěvková organizace\n"
                    "Masarykovo nám. 3, 686 01 Hradiště\nIČO 17359627",
                    "Věc: Žádost o přístup k serveru s výsledky volby prezidenta republiky",
                    "Městská televize Hradiště žádá o zřízení přístupu k výsledkům ve formátu "
                    "XML z níže uvedených adres.",
                    [
                        ["Účel", "IP adresa"],
                        ["ostrý provoz", "198.51.100.60"],
                        ["ostrý provoz", "198.51.100.61"],
                        ["test", "198.51.100.62"],
                    ],
                    "Kontaktní osoba: Lenka Horáková, vedoucí redakce, tel. 572 540 117, "
                    "horakova@mtv-hradiste.example",
                    "Mgr. Richard Zedník, ředitel",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Městská televize Hradiště, příspěvková organizace",
            "17359627",
            None,
            ["198.51.100.60", "198.51.100.61"],
            ["198.51.100.62"],
            "Lenka Horáková",
            "horakova@mtv-hradiste.example",
            "+420572540117",
        ),
    },
    {
        "id": "z025-ops-institute-odt",
        "description": "Public-benefit institute's ODT letter; addresses given with "
        "abbreviated labels 'prod.' and 'tst.'",
        "style": Style.UNIVERSITY,
        "from": "Institut regionálních studií <info@irs-ops.example>",
        "subject": "žádost o XML data – IRS",
        "body": """Dobrý den, posíláme žádost (ODT). Děkujeme.
""",
        "attachments": [
            (
                "odt",
                "IRS_zadost.odt",
                [
                    "Institut regionálních studií, o. p. s., IČO 36118800",
                    "Žádáme o přístup k průběžným výsledkům volby prezidenta ve formátu XML "
                    "pro naši volební analýzu, kterou v noci zveřejňujeme na webu.",
                    "prod. 198.18.33.7",
                    "tst. 198.18.33.8",
                    "Kontakt: Mgr. Filip Sýkora, sykora@irs-ops.example, +420 776 204 913",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Institut regionálních studií, o. p. s.",
            "36118800",
            None,
            ["198.18.33.7"],
            ["198.18.33.8"],
            "Filip Sýkora",
            "sykora@irs-ops.example",
            "+420776204913",
        ),
    },
    {
        "id": "z026-german-freelancer-moved-server",
        "description": "German freelance data journalist in English; the old server is gone "
        "and named only to be removed; new production and test addresses",
        "style": Style.FREELANCE,
        "from": "Jonas Richter <jonas@richter-daten.example>",
        "subject": "results feed - change of server",
        "body": """Good morning,

I'm a freelance data journalist (Berlin) and I had access to your results feed
for the parliamentary elections. My old server 198.51.100.17 is gone, so
please do not use it anymore. For the presidential election I apply again with
the new machine:

  198.51.100.117 (production)
  198.51.100.118 (test)

Phone: +49 151 2734 8810

Thanks a lot,
Jonas Richter
""",
        "labels": L(
            FEED,
            "Jonas Richter",
            None,
            None,
            ["198.51.100.117"],
            ["198.51.100.118"],
            "Jonas Richter",
            "jonas@richter-daten.example",
            "+4915127348810",
        ),
    },
    {
        "id": "z027-portal-strikes-filming",
        "description": "News portal asks for both, then asks to strike the filming request "
        "at the end; main and backup servers are both production",
        "style": Style.DECLINED,
        "from": "Kristýna Marešová <maresova@podripsko-zpravy.example>",
        "subject": "Žádost o XML + natáčení (Zpravodajství Podřipsko)",
        "body": """Dobrý den,

Zpravodajství Podřipsko, z. ú., IČO 00684201, žádá o přístup k XML výsledkům
volby prezidenta a o povolení natáčet na přebíracím místě v Litoměřicích.

Adresy serverů:
192.0.2.150 – hlavní
192.0.2.151 – záložní
Testovací nemáme.

Kontakt: Kristýna Marešová, 739 662 105

Ještě doplnění, než to odešlu: natáčení prosím škrtněte, kolegové z regionu to
nakonec personálně nezvládnou. Platí tedy jen přístup k XML.

Děkuji, K. Marešová
""",
        "labels": L(
            FEED,
            "Zpravodajství Podřipsko, z. ú.",
            "00684201",
            None,
            ["192.0.2.150", "192.0.2.151"],
            [],
            "Kristýna Marešová",
            "maresova@podripsko-zpravy.example",
            "+420739662105",
        ),
    },
    {
        "id": "z028-italian-tv-italian",
        "description": "Italian regional TV writes in Italian; asks for feed and filming "
        "('riprese'); roles as 'produzione' and 'di prova'",
        "style": Style.FOREIGN,
        "from": "Francesca Moretti <f.moretti@tg-dolomiti.example>",
        "subject": "Richiesta accesso risultati XML e permesso riprese",
        "body": """Gentili Signore e Signori,

Telegiornale Dolomiti S.r.l. (Bolzano) chiede:
- l'accesso al server XML con i risultati dell'elezione presidenziale ceca, dagli
  indirizzi di produzione 198.18.20.1 e 198.18.20.2 e dall'indirizzo di prova
  198.18.20.9;
- il permesso di effettuare riprese presso il centro di raccolta dei risultati a
  Praga nella notte dello spoglio.

Referente: Francesca Moretti, cell. +39 347 552 1098

Cordiali saluti,
Francesca Moretti
Caporedattrice
""",
        "labels": L(
            BOTH,
            "Telegiornale Dolomiti S.r.l.",
            None,
            None,
            ["198.18.20.1", "198.18.20.2"],
            ["198.18.20.9"],
            "Francesca Moretti",
            "f.moretti@tg-dolomiti.example",
            "+393475521098",
        ),
    },
]
