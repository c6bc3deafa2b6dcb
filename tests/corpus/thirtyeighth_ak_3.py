"""Thirty-eighth held-out part ``ak``, cases ak029–ak042: a data message with an ODT form in
round brackets, an RTF letter with a netmask, a forwarded .eml that carries its own PDF and a
contact replaced by the forwarder, an English YES/NO form for filming only, an annotation with a
spaced IČO, a DOCX annex full of version numbers and an OID, an XLSX with last year's sheet, an
annotation that strikes a test address from its PDF, an HTML form with tick and cross
characters, a phone mail with an empty body, a municipality's filming request, two attachments
that disagree, an annotation typed without diacritics and a letter with IČO, DIČ and a data-box
ID in the signature. Written by hand apart from the extraction rules (see
make_thirtyeighth_ak); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyeighth_ak_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    K9,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

K29, K30, K31, K33 = ico("2579104"), ico("4682713"), ico("2839506"), ico("0651478")
K34, K35, K36, K37 = ico("2710963"), ico("0936185"), ico("2498027"), ico("2634718")
K38, K39, K40, K41 = ico("0513962"), ico("0029871"), ico("2887420"), ico("4720136")
K42 = ico("2605394")

CASES: list[dict[str, Any]] = [
    {
        "id": "ak029-databox-odt-round-brackets",
        "description": "data message with a one-word annotation; the ODT form marks requests with "
        "(X) and ( ): filming left empty",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Chebský posel s.r.o.",
            K29,
            "g2wn7bt",
            ["203.0.113.55", "203.0.113.56"],
            ["203.0.113.57"],
            "Alena Fričová",
            "fricova@chebskyposel.example",
            "+420354420871",
        ),
        "subject": "Formulář",
        "databox": {
            "box": "g2wn7bt",
            "sender": "Chebský posel s.r.o.",
            "address": "Svobody 4, 350 02 Cheb",
        },
        "attachments": [
            (
                "odt",
                "formular_volby_2026.odt",
                [
                    "ŽÁDOST MÉDIÍ O PŘÍSTUP K VÝSLEDKŮM VOLEB / O POVOLENÍ NATÁČENÍ",
                    "(X) přístup k výsledkům ve formátu XML",
                    "( ) povolení pořizovat obrazový a zvukový záznam",
                    [
                        ["Žadatel", "Chebský posel s.r.o."],
                        ["IČO", K29],
                        ["Produkční IP adresy", "203.0.113.55; 203.0.113.56"],
                        ["Testovací IP adresy", "203.0.113.57"],
                        ["Kontaktní osoba", "Alena Fričová"],
                        ["E-mail", "fricova@chebskyposel.example"],
                        ["Telefon", "354 420 871"],
                    ],
                    "Datum: 2. 12. 2026",
                ],
            )
        ],
    },
    {
        "id": "ak030-databox-rtf-netmask",
        "description": "data message: the annotation asks for access, the RTF letter gives an "
        "address with a netmask (a block of four) and an old address to drop",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Deník Haná a.s.",
            K30,
            "v8cq5ja",
            ["192.0.2.64", "192.0.2.65", "192.0.2.66", "192.0.2.67"],
            ["192.0.2.99"],
            "Kamil Dostál",
            "dostal@denikhana.example",
            "+420582337164",
        ),
        "subject": "Žádost o přístup k výsledkům voleb ve formátu XML – Deník Haná; adresy v "
        "přiloženém dopise",
        "databox": {
            "box": "v8cq5ja",
            "sender": "Deník Haná a.s.",
            "address": "Palackého 13, 796 01 Prostějov",
        },
        "attachments": [
            (
                "rtf",
                "dopis_CSU.rtf",
                [
                    f"Deník Haná a.s., Palackého 13, 796 01 Prostějov, IČO {K30}",
                    "Věc: přístup k XML výsledkům voleb",
                    "Vážení, žádáme o zřízení přístupu z těchto adres:",
                    [
                        ["Síť / adresa", "Účel"],
                        ["192.0.2.64 maska 255.255.255.252", "produkce"],
                        ["192.0.2.99", "test"],
                    ],
                    "Adresa 192.0.2.20, ze které jsme stahovali v roce 2025, se již "
                    "nepoužívá – prosíme ji zrušit.",
                    "Kontakt: Kamil Dostál, IT, dostal@denikhana.example, 582 337 164",
                    "Ing. Kamil Dostál",
                ],
            )
        ],
    },
    {
        "id": "ak031-forward-eml-with-pdf-contact-replaced",
        "description": "Samsung mail forwards a colleague's application as .eml (with its own "
        "PDF); the forwarder takes over as contact while she is away",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Znojemský týden s.r.o.",
            K31,
            None,
            ["198.51.100.33"],
            ["198.51.100.34"],
            "Jan Koudelka",
            "koudelka@znojemskytyden.example",
            "+420604225917",
        ),
        "from": "Jan Koudelka <koudelka@znojemskytyden.example>",
        "subject": "Fwd: Žádost o přístup XML – Znojemský týden",
        "headers": SAMSUNG,
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\npřeposílám žádost kolegyně Bohuslavové, kterou vám asi neodeslala "
            "(je do 20. 12. na dovolené). Údaje v ní platí, jen kontaktní osobou místo ní "
            "budu já – Jan Koudelka, 604 225 917.\n\nDíky\nKoudelka\n\n"
            "Odesláno ze Samsung Galaxy\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost o pristup XML.eml",
                {
                    "id": "ak031-inner",
                    "from": "Eliška Bohuslavová <bohuslavova@znojemskytyden.example>",
                    "to": "podatelna@czso.cz",
                    "subject": "Žádost o přístup XML – Znojemský týden",
                    "body": (
                        "Dobrý den,\n\nv příloze zasílám žádost o přístup k výsledkům voleb.\n\n"
                        "Eliška Bohuslavová\nZnojemský týden\n"
                    ),
                    "attachments": [
                        (
                            "pdf",
                            "zadost_ZT.pdf",
                            [
                                f"Znojemský týden s.r.o., IČO {K31}",
                                "Žádost o přístup k výsledkům voleb ve formátu XML",
                                "Produkční IP: 198.51.100.33\nTestovací IP: 198.51.100.34",
                                "Kontaktní osoba: Eliška Bohuslavová, "
                                "bohuslavova@znojemskytyden.example, tel. 515 224 619",
                            ],
                        )
                    ],
                },
            )
        ],
    },
    {
        "id": "ak032-english-pdf-yes-no-filming",
        "description": "English PDF form from a German broadcaster: YES for filming, NO for the "
        "feed; German phone; no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Mitteldeutsche Fernsehproduktion GmbH",
            None,
            None,
            [],
            [],
            "Katrin Vogel",
            "vogel@mdfp.example",
            "+4934196218830",
        ),
        "from": "Katrin Vogel <vogel@mdfp.example>",
        "subject": "Filming request - election night Prague",
        "headers": TBIRD,
        "body": (
            "Dear colleagues,\n\nattached is our filled-in request form. We are producing a "
            "report on Central European elections and would like to film at your office in "
            "Prague.\n\nBest regards\nKatrin Vogel\nProducer, MDFP GmbH, Leipzig\n"
        ),
        "attachments": [
            (
                "pdf",
                "MDFP_request_CZSO.pdf",
                [
                    "REQUEST FORM – MEDIA",
                    {
                        "rows": [
                            ["Request", "YES", "NO"],
                            ["Access to election results (XML feed)", "", "X"],
                            ["Permission to film / record at CZSO premises", "X", ""],
                        ],
                        "widths": [260, 50, 50],
                    },
                    {
                        "rows": [
                            ["Applicant", "Mitteldeutsche Fernsehproduktion GmbH"],
                            ["Registered office", "Querstraße 16, 04103 Leipzig, HRB 28514"],
                            ["Contact person", "Katrin Vogel"],
                            ["E-mail", "vogel@mdfp.example"],
                            ["Phone", "+49 341 962 188 30"],
                        ],
                        "widths": [130, 290],
                    },
                    "Crew: Jonas Albrecht (camera), +49 172 550 3381",
                ],
            )
        ],
    },
    {
        "id": "ak033-databox-annotation-spaced-ico",
        "description": "data message: application in the annotation with the IČO written with "
        "spaces as 'IČ'; the attached PDF is a periodical registration certificate",
        "style": Style.DATABOX_NOTE,
        "labels": L(
            [FEED],
            "Posázavský zpravodaj, z.s.",
            K33,
            "c7ye2rk",
            ["198.51.100.108"],
            [],
            "Věra Holečková",
            "holeckova@posazavi.example",
            "+420721630458",
        ),
        "subject": f"Posázavský zpravodaj, z.s., IČ {K33[:2]} {K33[2:5]} {K33[5:]} – žádáme "
        "o přístup k XML s výsledky voleb z IP 198.51.100.108 (testovací nemáme). Kontakt: "
        "Věra Holečková, holeckova@posazavi.example, 721 630 458",
        "databox": {
            "box": "c7ye2rk",
            "sender": "Posázavský zpravodaj, z.s.",
            "address": "Husova 210, 257 21 Poříčí nad Sázavou",
        },
        "attachments": [
            (
                "pdf",
                "osvedceni_MK.pdf",
                [
                    "Ministerstvo kultury\nOdbor médií a audiovize",
                    "OSVĚDČENÍ o zápisu periodického tisku do evidence",
                    "Název: Posázavský zpravodaj\nEvidenční číslo: MK ČR E 22418\n"
                    "Vydavatel: Posázavský zpravodaj, z.s.\nPeriodicita: měsíčník",
                    "Č. j. MK 31870/2019 OMA",
                ],
            )
        ],
    },
    {
        "id": "ak034-docx-annex-versions-oid",
        "description": "Evolution mail with a DOCX technical annex: versions, an OID, a port and "
        "a date beside the real addresses, which are given as 'primární'/'TST'",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Mostecký informační portál s.r.o.",
            K34,
            None,
            ["203.0.113.190"],
            ["203.0.113.191"],
            "Ivo Šimek",
            "simek@mip.example",
            "+420476205318",
        ),
        "from": "Ivo Šimek <simek@mip.example>",
        "subject": "Žádost + technická příloha",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            f"Mostecký informační portál s.r.o., IČO {K34}, žádá o přístup k výsledkům voleb "
            "ve formátu XML. Adresy a technické detaily najdete v příloze.\n\n"
            "Ivo Šimek\nvývoj, MIP\n476 205 318\n"
        ),
        "attachments": [
            (
                "docx",
                "technicka_priloha_MIP.docx",
                {
                    "blocks": [
                        "Technická příloha k žádosti – Mostecký informační portál",
                        "Stahovací klient: vlastní, verze 3.4.12.7 (build 2026.11.30), běží na "
                        "Debian 12.8 s OpenSSL 3.0.15.",
                        "Certifikát klienta: OID politiky 1.3.6.1.4.1.52718.2.1",
                        {
                            "rows": [
                                ["Prostředí", "IP", "Port"],
                                ["primární", "203.0.113.190", "443"],
                                ["TST", "203.0.113.191", "443"],
                            ]
                        },
                        "Interval stahování 30 s, timeout 10 s. Kontakt pro techniku: Ivo Šimek, "
                        "simek@mip.example, 476 205 318.",
                    ]
                },
            )
        ],
    },
    {
        "id": "ak035-xlsx-last-years-sheet",
        "description": "Apple Mail cover; XLSX with a sheet of last year's addresses marked "
        "invalid and a sheet of this year's",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Plzeňský obzor, a.s.",
            K35,
            None,
            ["192.0.2.180", "192.0.2.181"],
            ["192.0.2.185"],
            "Lubomír Kašpar",
            "kaspar@plzenskyobzor.example",
            "+420377440925",
        ),
        "from": "Lubomír Kašpar <kaspar@plzenskyobzor.example>",
        "subject": "Žádost o přístup k XML (Plzeňský obzor)",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            f"za Plzeňský obzor, a.s. (IČO {K35}) žádám o přístup k volebnímu serveru. "
            "V tabulce v příloze je list „2026“ s aktuálními adresami; list „2025“ tam "
            "zůstal z loňska a neplatí.\n\n"
            "Lubomír Kašpar\nPlzeňský obzor\ntel. 377 440 925\n"
        ),
        "attachments": [
            (
                "xlsx",
                "IP_Plzensky_obzor.xlsx",
                [
                    {
                        "title": "2025 (neplatné)",
                        "rows": [
                            ["Typ", "IP"],
                            ["produkce", "192.0.2.110"],
                            ["test", "192.0.2.111"],
                        ],
                    },
                    {
                        "title": "2026",
                        "rows": [
                            ["Typ", "IP"],
                            ["produkce", "192.0.2.180"],
                            ["produkce – záloha", "192.0.2.181"],
                            ["test", "192.0.2.185"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ak036-databox-annotation-drops-test",
        "description": "data message: the annotation tells the office to ignore the test address "
        "given in the attached PDF",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Českolipský deník s.r.o.",
            K36,
            "z9km4pf",
            ["198.51.100.66"],
            [],
            "Marcela Vítková",
            "vitkova@cldenik.example",
            "+420487852160",
        ),
        "subject": "Žádost o přístup k XML v příloze. Oproti příloze: testovací IP "
        "198.51.100.77 prosím vypusťte, testovat nebudeme.",
        "databox": {
            "box": "z9km4pf",
            "sender": "Českolipský deník s.r.o.",
            "address": "Nerudova 12, 470 01 Česká Lípa",
        },
        "attachments": [
            (
                "pdf",
                "zadost_CLD.pdf",
                [
                    f"Českolipský deník s.r.o. · IČO {K36}",
                    "Žádost o zřízení přístupu k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Produkční IP", "Testovací IP"],
                            ["198.51.100.66", "198.51.100.77"],
                        ],
                        "widths": [200, 200],
                    },
                    "Kontaktní osoba: Marcela Vítková, vitkova@cldenik.example, +420 487 852 160",
                ],
            )
        ],
    },
    {
        "id": "ak037-seznam-html-tick-cross",
        "description": "HTML-only Seznam mail with a pasted form using ✘ for the feed and ✔ for "
        "filming: recording only, no addresses",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Rádio Orlík, spol. s r.o.",
            K37,
            None,
            [],
            [],
            "David Holub",
            "holub@radioorlik.example",
            "+420382211549",
        ),
        "from": "David Holub <holub@radioorlik.example>",
        "subject": "žádost o povolení",
        "headers": SEZNAM,
        "html": (
            "<div>Dobrý den,</div><div><br></div>"
            "<div>posílám vyplněné údaje:</div>"
            "<table><tr><td>✘</td><td>Přístup k výsledkům voleb ve formátu XML</td></tr>"
            "<tr><td>✔</td><td>Povolení k pořizování zvukových záznamů na pracovišti ČSÚ "
            "v Písku</td></tr></table>"
            f"<div>Žadatel: Rádio Orlík, spol. s r.o., IČO {K37}</div>"
            "<div>Kontaktní osoba: David Holub, redaktor, tel. 382 211 549</div>"
            "<div><br></div><div>Děkuji, Holub</div>"
            "<div>--<br>Rádio Orlík 96,4 FM | Budovcova 207, 397 01 Písek</div>"
        ),
    },
    {
        "id": "ak038-k9-empty-body-pdf",
        "description": "phone mail with an empty body and a no-diacritics subject; the PDF letter "
        "gives two production addresses 'resp.' in order and no test address",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Šumavské listy s.r.o.",
            K38,
            None,
            ["203.0.113.210", "203.0.113.211"],
            [],
            "Petr Vaněk",
            "vanek@sumavskelisty.example",
            "+420723508116",
        ),
        "from": "Petr Vanek <vanek@sumavskelisty.example>",
        "subject": "zadost volby",
        "headers": K9,
        "cte": "8bit",
        "body": "",
        "attachments": [
            (
                "pdf",
                "zadost.pdf",
                [
                    f"Šumavské listy s.r.o., Nádražní 48, 385 01 Vimperk, IČO {K38}",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML. Hlavní a záložní "
                    "server mají adresy 203.0.113.210, resp. 203.0.113.211. Testovací "
                    "prostředí nemáme.",
                    "Kontakt: Petr Vaněk, vanek@sumavskelisty.example, 723 508 116",
                    "Petr Vaněk, jednatel",
                ],
            )
        ],
    },
    {
        "id": "ak039-databox-municipality-filming",
        "description": "municipality's data message: filming for the town newsletter in the "
        "annotation; the DOCX lists the people and says no feed is needed",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FILM],
            "Obec Dolní Bečva",
            K39,
            "e3pj6wd",
            [],
            [],
            "Hana Vašutová",
            "zpravodaj@dolnibecva.example",
            "+420571647231",
        ),
        "subject": "Žádost o povolení natáčení pro Bečvanský zpravodaj – seznam osob v příloze",
        "databox": {
            "box": "e3pj6wd",
            "sender": "Obec Dolní Bečva",
            "address": "Dolní Bečva 340, 756 55 Dolní Bečva",
            "type": 10,
        },
        "attachments": [
            (
                "docx",
                "seznam_osob_nataceni.docx",
                {
                    "header": f"Obec Dolní Bečva, IČO {K39}",
                    "blocks": [
                        "Žádost o povolení natáčení – Bečvanský zpravodaj",
                        "Obec žádá o povolení pořídit videozáznam na pracovišti ČSÚ ve Zlíně "
                        "pro obecní zpravodaj. Přístup k XML výsledkům nežádáme.",
                        {
                            "rows": [
                                ["Osoba", "Role"],
                                ["Hana Vašutová", "redakce zpravodaje, kontaktní osoba"],
                                ["Tomáš Kretek", "kamera"],
                            ]
                        },
                        "Kontakt: Hana Vašutová, zpravodaj@dolnibecva.example, 571 647 231",
                        "Ing. Pavel Mikeska, starosta",
                    ],
                },
            )
        ],
    },
    {
        "id": "ak040-two-attachments-disagree",
        "description": "Roundcube mail with a signed PDF (old addresses) and an XLSX; the cover "
        "says the XLSX holds the current addresses",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Opavský týdeník s.r.o.",
            K40,
            None,
            ["192.0.2.230", "192.0.2.231"],
            ["192.0.2.238"],
            "Renata Fojtíková",
            "fojtikova@opavskytydenik.example",
            "+420553790412",
        ),
        "from": "Renata Fojtíková <fojtikova@opavskytydenik.example>",
        "subject": "Žádost o přístup + aktuální IP",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\nposílám podepsanou žádost (PDF) a tabulku s IP adresami. Mezitím "
            "jsme měnili hosting, takže adresy v PDF už neplatí – platí ty v tabulce "
            "IP_aktualni.xlsx. Zbytek PDF je v pořádku.\n\nRenata Fojtíková\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_podepsana.pdf",
                [
                    f"Opavský týdeník s.r.o., IČO {K40}",
                    "Žádost o zřízení přístupu k výsledkům voleb (XML)",
                    "Produkční adresy: 192.0.2.30, 192.0.2.31\nTestovací adresa: 192.0.2.38",
                    "Kontaktní osoba: Renata Fojtíková, fojtikova@opavskytydenik.example, "
                    "tel. 553 790 412",
                    "Podepsáno elektronicky 20. 11. 2026",
                ],
            ),
            (
                "xlsx",
                "IP_aktualni.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["produkční", "testovací"],
                            ["192.0.2.230", "192.0.2.238"],
                            ["192.0.2.231", None],
                        ],
                    }
                ],
            ),
        ],
    },
    {
        "id": "ak041-databox-annotation-no-diacritics-both",
        "description": "data message: both requests typed without diacritics in the annotation; "
        "the attached TXT is only the crew list with its members' phones",
        "style": Style.DATABOX_NOTE,
        "labels": L(
            [FEED, FILM],
            "Radio Jizera Plus s.r.o.",
            K41,
            "k5tb3ys",
            ["198.51.100.180"],
            ["198.51.100.181"],
            "Michal Sova",
            "sova@jizeraplus.example",
            "+420603117902",
        ),
        "subject": f"Radio Jizera Plus, IC {K41}: zadost o pristup k XML vysledkum "
        "(prod 198.51.100.180, test 198.51.100.181) "
        "a o povoleni nataceni na pracovisti v Liberci. Kontakt Michal Sova, "
        "sova@jizeraplus.example, 603117902",
        "databox": {
            "box": "k5tb3ys",
            "sender": "Radio Jizera Plus s.r.o.",
            "address": "Jablonecká 720, 460 01 Liberec",
        },
        "attachments": [
            (
                "txt",
                "stab.txt",
                "Stab - volebni noc\n"
                "1. Lenka Pirkova - redaktorka - 608 410 225\n"
                "2. Ales Hudec - technik - 737 902 118\n",
            )
        ],
    },
    {
        "id": "ak042-letter-ico-dic-box-in-signature",
        "description": "Outlook mail with a PDF letter; the mail signature gives IČO, DIČ and the "
        "data-box ID; the letter asks for both and has a second signatory",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Zlínská mediální, a.s.",
            K42,
            "n6hx2ue",
            ["192.0.2.244", "192.0.2.245"],
            ["192.0.2.246"],
            "Aneta Zemánková",
            "zemankova@zlinskamedialni.example",
            "+420577004813",
        ),
        "from": "Aneta Zemánková <zemankova@zlinskamedialni.example>",
        "subject": "Žádost o přístup k výsledkům a povolení natáčení",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\r\n\r\nv příloze zasíláme žádost podepsanou předsedou "
            "představenstva.\r\n\r\nS pozdravem\r\n\r\nAneta Zemánková\r\nprojektová "
            "manažerka\r\nZlínská mediální, a.s.\r\nT: +420 577 004 813\r\n"
            f"IČO: {K42} | DIČ: CZ{K42} | DS: n6hx2ue\r\n"
            "Tř. Tomáše Bati 1276, 760 01 Zlín\r\n"
        ),
        "attachments": [
            (
                "pdf",
                "Zadost_ZM_2026.pdf",
                [
                    "<b>Zlínská mediální, a.s.</b>\nTř. Tomáše Bati 1276, 760 01 Zlín",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "Ve Zlíně dne 3. 12. 2026",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Žádáme o zřízení přístupu k výsledkům voleb ve formátu XML z produkčních "
                    "adres 192.0.2.244 a 192.0.2.245 a testovací adresy 192.0.2.246 a dále o "
                    "povolení natáčet na pracovišti ve Zlíně.",
                    "Kontaktní osobou je Aneta Zemánková, zemankova@zlinskamedialni.example, "
                    "+420 577 004 813.",
                    "Mgr. Richard Kolář, předseda představenstva\n"
                    "Ing. Lenka Svobodová, členka představenstva",
                ],
            )
        ],
    },
]
