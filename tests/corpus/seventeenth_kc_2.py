"""Seventeenth held-out part ``kc``, cases kc015–kc028: universities and institutes,
municipalities and their newsrooms, freelancers, a student radio, data messages; addresses as
ranges, shorthand ranges, /32, NAT and replaced hosts. Written by hand; labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L
from tests.corpus.seventeenth_kc_common import FEED, FILM, Style

CASES: list[dict[str, Any]] = [
    {
        "id": "kc015-vs-zurnalistiky-pdf-letter",
        "description": "University letter in a PDF with a table; range written with an en dash",
        "style": Style.UNIVERSITY,
        "from": "Pavla Horáková <horakova@vszb.example>",
        "subject": "Žádost VŠŽ Brno – přístup k výsledkům voleb",
        "body": "Dobrý den,\nv příloze zasíláme žádost naší školy.\nS pozdravem\nP. Horáková\n",
        "attachments": [
            (
                "pdf",
                "zadost_VSZ_Brno.pdf",
                [
                    "Vysoká škola žurnalistiky Brno, o.p.s.\nIČO: 27194311\nJoštova 12, Brno",
                    "Věc: Žádost o zpřístupnění XML výstupu výsledků voleb",
                    "Pro výzkumný projekt o průběhu volební noci a pro studentský zpravodajský "
                    "web žádáme o přístup k XML výstupu s výsledky. Natáčet na sběrných "
                    "místech nepotřebujeme.",
                    {
                        "rows": [
                            ["Účel", "IP adresy"],
                            ["produkční", "198.18.4.10 – 198.18.4.12"],
                            ["testovací", "198.18.4.20"],
                        ],
                        "widths": [120, 200],
                    },
                    "Kontaktní osoba: doc. Mgr. Pavla Horáková, Ph.D., tel. 549 49 1234, "
                    "horakova@vszb.example",
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Vysoká škola žurnalistiky Brno, o.p.s.",
            "27194311",
            None,
            ["198.18.4.10", "198.18.4.11", "198.18.4.12"],
            ["198.18.4.20"],
            "Pavla Horáková",
            "horakova@vszb.example",
            "+420549491234",
        ),
    },
    {
        "id": "kc016-institute-xlsx-ipv6",
        "description": "Research institute in English, addresses in an XLSX sheet, IPv6 mixed",
        "style": Style.UNIVERSITY,
        "from": "Ondřej Malý <maly@iss-cas.example>",
        "subject": "Results XML access – Institute for Social Studies",
        "body": (
            "Dear Sir or Madam,\n\n"
            "the Institute for Social Studies of the Czech Academy of Sciences, public research\n"
            "institution (Ústav sociálních studií AV ČR, v. v. i., IČO 00271233), asks for access\n"
            "to the election results XML for a live research dashboard. The addresses are in\n"
            "the attached sheet.\n\n"
            "Ondřej Malý, data engineer, +420 221 183 407\n"
        ),
        "attachments": [
            (
                "xlsx",
                "adresy.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["role", "address", "note"],
                            ["production", "2001:db8:1e::5", "primary"],
                            ["production", "203.0.113.210", "backup"],
                            ["test", "2001:db8:1e::99", "staging"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Ústav sociálních studií AV ČR, v. v. i.",
            "00271233",
            None,
            ["2001:db8:1e::5", "203.0.113.210"],
            ["2001:db8:1e::99"],
            "Ondřej Malý",
            "maly@iss-cas.example",
            "+420221183407",
        ),
    },
    {
        "id": "kc017-mestys-filming-no-diacritics",
        "description": "Municipality without diacritics asking only to film, IČ with spaces",
        "style": Style.MUNICIPAL,
        "from": "Jaroslava Novotna <starostka@novaves-ulesa.example>",
        "subject": "zadost o povoleni natacet - Mestys Nova Ves u Lesa",
        "body": (
            "Dobry den,\n\n"
            "jsme maly mestys a vydavame vlastni zpravodaj s videokanalem. Chteli bychom\n"
            "natocit kratkou reportaz o tom, jak se vysledky z okrsku dostavaji na vase\n"
            "sberne misto. Data v XML nepotrebujeme.\n\n"
            "Mestys Nova Ves u Lesa, IC 288 100 40\n"
            "Jaroslava Novotna, starostka\n"
            "tel. 602 318 442\n"
        ),
        "labels": L(
            [FILM],
            "Mestys Nova Ves u Lesa",
            "28810040",
            None,
            [],
            [],
            "Jaroslava Novotna",
            "starostka@novaves-ulesa.example",
            "+420602318442",
        ),
    },
    {
        "id": "kc018-kulturni-zarizeni-databox-docx",
        "description": "Municipal organisation via data box, annotation short, details in DOCX",
        "style": Style.DATABOX,
        "databox": {
            "box": "k7m2qpx",
            "sender": "Kulturní zařízení města Třebonice, příspěvková organizace",
            "address": "Náměstí 1, 391 01 Třebonice",
        },
        "subject": "Žádost o přístup k XML s výsledky voleb",
        "attachments": [
            (
                "docx",
                "zadost.docx",
                {
                    "blocks": [
                        "Kulturní zařízení města Třebonice, příspěvková organizace",
                        "IČO 69012342",
                        "Provozujeme městskou televizi TV Třebonice a žádáme o přístup k XML "
                        "výstupu výsledků voleb. Zároveň žádáme o povolení natáčet na vašem "
                        "sběrném místě v Táboře.",
                        {
                            "rows": [
                                ["Produkční IP (veřejná, za NAT)", "203.0.113.200"],
                                ["Vnitřní adresa serveru (jen pro informaci)", "192.168.10.5"],
                            ]
                        },
                        "Testovací adresu nemáme.",
                        "Vyřizuje: Bc. Lenka Šimková, vedoucí TV Třebonice, 381 222 740, "
                        "simkova@kz-trebonice.example",
                    ]
                },
            )
        ],
        "labels": L(
            [FEED, FILM],
            "Kulturní zařízení města Třebonice, příspěvková organizace",
            "69012342",
            "k7m2qpx",
            ["203.0.113.200"],
            [],
            "Lenka Šimková",
            "simkova@kz-trebonice.example",
            "+420381222740",
        ),
    },
    {
        "id": "kc019-osvc-terse-slash32",
        "description": "Terse freelancer note: /32 is one address, IČO as a trade licence",
        "style": Style.TERSE,
        "from": "Ondřej Kratochvíl <ondra@kratochvil-media.example>",
        "subject": "XML volby",
        "body": (
            "Dobrý den,\n"
            "prosím o přístup k XML výsledkům.\n"
            "prod 192.0.2.77/32\n"
            "test 192.0.2.78\n"
            "Ondřej Kratochvíl, OSVČ, IČO 04712358, 736 112 908\n"
        ),
        "labels": L(
            [FEED],
            "Ondřej Kratochvíl",
            "04712358",
            None,
            ["192.0.2.77"],
            ["192.0.2.78"],
            "Ondřej Kratochvíl",
            "ondra@kratochvil-media.example",
            "+420736112908",
        ),
    },
    {
        "id": "kc020-slovak-videographer-no-feed",
        "description": "Slovak freelance videographer declines data access, films only",
        "style": Style.FREELANCER,
        "from": "Zuzana Bieliková <zuzana.bielikova@postbox.example>",
        "subject": "Povolenie na nakrúcanie – voľby",
        "body": (
            "Dobrý deň,\n\n"
            "som nezávislá kameramanka a pripravujem dokument o voľbách pre slovenskú\n"
            "televíziu. Prosím o povolenie nakrúcať na vašich zberných miestach.\n"
            "Prístup k dátam XML nepotrebujem, ide len o obraz.\n\n"
            "Ďakujem,\nZuzana Bieliková\n+421 911 222 333\n"
        ),
        "labels": L(
            [FILM],
            "Zuzana Bieliková",
            None,
            None,
            [],
            [],
            "Zuzana Bieliková",
            "zuzana.bielikova@postbox.example",
            "+421911222333",
        ),
    },
    {
        "id": "kc021-student-radio-shorthand-range",
        "description": "Student radio association: range shorthand 'až .14', test 'one higher'",
        "style": Style.UNIVERSITY,
        "from": "Vojtěch Pokorný <tech@radiokampus-ol.example>",
        "subject": "Studentské rádio – žádost o XML",
        "headers": [("X-Mailer", "Thunderbird 115.3.1")],
        "body": (
            "Zdravím,\n\n"
            "náš spolek Studentské rádio Olomouc, z. s. (IČO 26167891), bude vysílat volební\n"
            "speciál a chtěli bychom brát výsledky z vašeho XML.\n\n"
            "Vysílací servery mají adresy 198.51.100.12 až .14, testovací stroj je o jednu\n"
            "výš, tedy 198.51.100.15.\n\n"
            "Za rádio Vojtěch Pokorný, technický vedoucí, 777 045 312\n"
        ),
        "labels": L(
            [FEED],
            "Studentské rádio Olomouc, z. s.",
            "26167891",
            None,
            ["198.51.100.12", "198.51.100.13", "198.51.100.14"],
            ["198.51.100.15"],
            "Vojtěch Pokorný",
            "tech@radiokampus-ol.example",
            "+420777045312",
        ),
    },
    {
        "id": "kc022-agentura-netmask-254",
        "description": "Press agency: netmask /31 written as 255.255.255.254, single /32 test",
        "style": Style.AGENCY,
        "from": "Redakce Zprávy Plus <redakce@zpravyplus.example>",
        "subject": "Agentura Zprávy Plus – přístup k volebním datům",
        "body": (
            "Vážení,\n\n"
            "Agentura Zprávy Plus, a.s., IČO 05329817, žádá o zřízení přístupu k XML s výsledky.\n\n"
            "Produkce: 198.51.100.160 maska 255.255.255.254\n"
            "Test: 198.51.100.170 maska 255.255.255.255\n\n"
            "Kontakt pro tuto žádost: Ing. Radim Šťastný, vedoucí IT, +420 603 998 120,\n"
            "stastny@zpravyplus.example\n\n"
            "S pozdravem\nsekretariát redakce\n"
        ),
        "labels": L(
            [FEED],
            "Agentura Zprávy Plus, a.s.",
            "05329817",
            None,
            ["198.51.100.160", "198.51.100.161"],
            ["198.51.100.170"],
            "Radim Šťastný",
            "stastny@zpravyplus.example",
            "+420603998120",
        ),
    },
    {
        "id": "kc023-contractor-for-radio-test-first",
        "description": "IT contractor writes for a radio; test address listed before production",
        "style": Style.CONTRACTOR,
        "from": "Petr Soukup <soukup@sysadmin-servis.example>",
        "subject": "Rádio Vltava Jih – XML výsledky (za dodavatele IT)",
        "body": (
            "Dobrý den,\n\n"
            "jsem externí správce sítě pro Rádio Vltava Jih s.r.o. (IČO 27455602) a jejich\n"
            "jménem žádám o přístup k XML výstupu výsledků voleb. Kontaktní osobou pro tuto\n"
            "žádost jsem já.\n\n"
            "Testovací: 203.0.113.99\n"
            "Produkční: 203.0.113.97, 203.0.113.98\n\n"
            "Petr Soukup\nSysAdmin Servis s.r.o.\nmobil 724 556 018\n"
        ),
        "labels": L(
            [FEED],
            "Rádio Vltava Jih s.r.o.",
            "27455602",
            None,
            ["203.0.113.97", "203.0.113.98"],
            ["203.0.113.99"],
            "Petr Soukup",
            "soukup@sysadmin-servis.example",
            "+420724556018",
        ),
    },
    {
        "id": "kc024-opavice-reply-to-office",
        "description": "Town newsroom replies to the office's request to supplement; quoted office contacts",
        "style": Style.REPLY,
        "from": "Hana Dvořáková <dvorakova@opavice-mesto.example>",
        "subject": "Re: Doplnění žádosti – adresy pro ostrý provoz",
        "body": (
            "Dobrý den,\n\n"
            "doplňuji: adresa pro ostrý provoz 192.0.2.120, testovací 192.0.2.121.\n\n"
            "Hana Dvořáková\nredakce Opavického zpravodaje\nStatutární město Opavice, IČO 00630217\n"
            "tel. 553 775 210\n\n"
            "Dne 2. 10. napsal(a) podatelna ČSÚ:\n"
            "> Dobrý den, k vaší žádosti o přístup k XML prosíme o doplnění adres pro ostrý\n"
            "> provoz a testovacích adres. Český statistický úřad, IČO 00025593,\n"
            "> tel. +420 274 052 733, podatelna@czso.cz\n"
        ),
        "labels": L(
            [FEED],
            "Statutární město Opavice",
            "00630217",
            None,
            ["192.0.2.120"],
            ["192.0.2.121"],
            "Hana Dvořáková",
            "dvorakova@opavice-mesto.example",
            "+420553775210",
        ),
    },
    {
        "id": "kc025-agency-conditional-filming",
        "description": "Photo agency asks for filming 'if possible' together with the feed",
        "style": Style.AGENCY,
        "from": "Jitka Benešová <benesova@fotoagentura-ceska.example>",
        "subject": "Žádost o XML a případně focení",
        "body": (
            "Dobrý den,\n\n"
            "Česká fotoagentura, s.r.o., IČO 36815292, žádá o přístup k XML s výsledky voleb\n"
            "z adresy 203.0.113.44. Pokud by to bylo možné, rádi bychom také natáčeli\n"
            "a fotografovali na sběrném místě v Praze – prosíme tedy i o toto povolení.\n\n"
            "Jitka Benešová, produkce\n+420 (0)608 117 530\n"
        ),
        "labels": L(
            [FEED, FILM],
            "Česká fotoagentura, s.r.o.",
            "36815292",
            None,
            ["203.0.113.44"],
            [],
            "Jitka Benešová",
            "benesova@fotoagentura-ceska.example",
            "+420608117530",
        ),
    },
    {
        "id": "kc026-institute-databox-txt-filming",
        "description": "Institute via data box, filming only, request in an attached TXT",
        "style": Style.DATABOX,
        "databox": {
            "box": "n4vq8rt",
            "sender": "Institut mediálních studií, z. ú.",
            "address": "Na Příkopě 9, 110 00 Praha 1",
        },
        "subject": "Žádost",
        "attachments": [
            (
                "txt",
                "zadost_nataceni.txt",
                "Institut mediálních studií, z. ú., IČO 25044176\n\n"
                "Žádáme o povolení pořídit videozáznam na sběrném místě ČSÚ v noci sčítání "
                "hlasů pro výukový dokument. O přístup k datovému výstupu nežádáme.\n\n"
                "Kontakt: Mgr. Tereza Kubíčková, 731 650 224, kubickova@ims-institut.example\n",
            )
        ],
        "labels": L(
            [FILM],
            "Institut mediálních studií, z. ú.",
            "25044176",
            "n4vq8rt",
            [],
            [],
            "Tereza Kubíčková",
            "kubickova@ims-institut.example",
            "+420731650224",
        ),
    },
    {
        "id": "kc027-british-freelancer-ipv6-retired",
        "description": "British freelancer in Prague, English; old IPv6 retired, new one only",
        "style": Style.FREELANCER,
        "from": '"Hughes, Oliver" <oliver@hughes-writes.example>',
        "subject": "feed access for a one-man outlet",
        "flowed": True,
        "body": (
            "Hi there,\n\n"
            "I run a small English-language newsletter about Czech politics on my own (no \n"
            "company). Could I get access to the results XML? My server is on IPv6 only: \n"
            "2001:db8:7::1. Last time I used 2001:db8:6::1 but that box is gone, so please \n"
            "drop it.\n\n"
            "Cheers,\nOliver Hughes\n+420 605 301 772\n"
        ),
        "labels": L(
            [FEED],
            "Oliver Hughes",
            None,
            None,
            ["2001:db8:7::1"],
            [],
            "Oliver Hughes",
            "oliver@hughes-writes.example",
            "+420605301772",
        ),
    },
    {
        "id": "kc028-obec-odt-form-ne",
        "description": "Village newsroom: ODT form table with filming answered NE",
        "style": Style.FORM,
        "from": "Obecní úřad Lhotka <podatelna@obec-lhotka.example>",
        "subject": "Formulář – žádost o přístup",
        "body": "Zasíláme vyplněný formulář.\nObecní úřad Lhotka\n",
        "attachments": [
            (
                "odt",
                "formular.odt",
                [
                    "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM",
                    [
                        ["Žadatel", "Obec Lhotka"],
                        ["IČO", "08221341"],
                        ["Přístup k XML", "ANO"],
                        ["Natáčení na sběrných místech", "NE"],
                        ["Produkční IP", "198.18.20.1"],
                        ["Testovací IP", "198.18.20.2"],
                        ["Kontaktní osoba", "Miroslav Jelínek"],
                        ["E-mail", "jelinek@obec-lhotka.example"],
                        ["Telefon", "+420 569 441 118"],
                    ],
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Obec Lhotka",
            "08221341",
            None,
            ["198.18.20.1"],
            ["198.18.20.2"],
            "Miroslav Jelínek",
            "jelinek@obec-lhotka.example",
            "+420569441118",
        ),
    },
]
