"""Fifty-sixth held-out part ``ct``, cases ct029–ct042: a forwarded .eml carrying its own
PDF, a data message with an RTF ANO/NE form, a cover note adding an IPv6 address, a DOCX with
only a DIČ, a data message with a five-address range, a reply with a replacing workbook, a
Hungarian PDF, an application split over TXT and PDF, an annotation holding everything, an
empty mail with an ODT checkbox form, a DOCX with merged cells and an IPv6 test address, a
trader's data message with a workbook, a letter with IČO and box ID and an empty mail with a
netmask. Written by hand apart from the extraction rules (see make_fiftysixth_ct); labels
follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftysixth_ct_common import (
    APPLE,
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I30, I31, I32, I33 = (
    ico("2648170"),
    ico("0573916"),
    ico("2817402"),
    ico("0436285"),
    ico("2954718"),
)
I34, I36, I37, I38, I39 = (
    ico("0729543"),
    ico("2683015"),
    ico("0518367"),
    ico("2740619"),
    ico("0694182"),
)
I40, I41, I42 = ico("7391046"), ico("2572830"), ico("0857214")

CASES: list[dict[str, Any]] = [
    {
        "id": "ct029-forward-eml-with-inner-pdf",
        "description": "a one-line cover forwards the director's mail as an .eml whose own PDF "
        "attachment holds the addresses and contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Rokycanský hlas, s.r.o.",
            I29,
            None,
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.139"],
            "Simona Vrbová",
            "vrbova@rokycanskyhlas.example",
            "+420371440962",
        ),
        "from": "Simona Vrbová <vrbova@rokycanskyhlas.example>",
        "subject": "FW: žádost ČSÚ",
        "headers": OWA,
        "body": "Přeposílám dle domluvy po telefonu.\n",
        "attachments": [
            (
                "eml",
                "žádost ČSÚ.eml",
                {
                    "id": "ct029-inner",
                    "from": "Karel Dolejš <dolejs@rokycanskyhlas.example>",
                    "subject": "žádost ČSÚ",
                    "headers": OUTLOOK,
                    "body": "Simono, tady je podepsaná žádost, pošli ji prosím na ČSÚ.\nK.D.\n",
                    "attachments": [
                        (
                            "pdf",
                            "RH_zadost.pdf",
                            [
                                "Rokycanský hlas, s.r.o., Jiráskova 77, 337 01 Rokycany, "
                                "IČO " + I29,
                                "Žádost o přístup k průběžným výsledkům voleb (XML).",
                                "Produkční servery: 203.0.113.130 a 203.0.113.131\n"
                                "Testovací server: 203.0.113.139",
                                "Kontaktní osoba: Simona Vrbová, vrbova@rokycanskyhlas.example, "
                                "371 440 962",
                                "Karel Dolejš, jednatel",
                            ],
                        )
                    ],
                },
            )
        ],
    },
    {
        "id": "ct030-databox-rtf-ano-ne-form",
        "description": "data message with a bare annotation; the RTF form has an ANO/NE table "
        "with both ANO and the addresses in a role column",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Slovácké noviny, s.r.o.",
            I30,
            "s4kp9uf",
            ["198.51.100.60", "198.51.100.61"],
            ["198.51.100.69"],
            "Zdeněk Kučera",
            "kucera@slovackenoviny.example",
            "+420572610483",
        ),
        "databox": box(
            "s4kp9uf", "Slovácké noviny, s.r.o.", "Masarykovo nám. 5, 686 01 Uherské Hradiště"
        ),
        "subject": "Formulář žádosti",
        "attachments": [
            (
                "rtf",
                "formular_SN.rtf",
                [
                    "Slovácké noviny, s.r.o. – IČO " + I30,
                    [
                        ["Žádáme o", "ANO", "NE"],
                        ["přístup k XML výsledkům", "X", ""],
                        ["povolení k natáčení", "X", ""],
                    ],
                    [
                        ["Role", "IP adresa"],
                        ["produkční", "198.51.100.60"],
                        ["produkční", "198.51.100.61"],
                        ["testovací", "198.51.100.69"],
                    ],
                    "Kontakt: Zdeněk Kučera, kucera@slovackenoviny.example, 572 610 483",
                ],
            )
        ],
    },
    {
        "id": "ct031-cover-adds-ipv6-to-pdf",
        "description": "the cover note adds an IPv6 production address the PDF lacks; the two "
        "IPv4 production addresses stay, testing from production",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Info Vysoké Mýto s.r.o.",
            I31,
            None,
            ["192.0.2.33", "192.0.2.34", "2001:db8:33::1"],
            [],
            "Roman Štěpánek",
            "stepanek@infovm.example",
            "+420603520741",
        ),
        "from": "Roman Štěpánek <stepanek@infovm.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": CENTRUM,
        "body": "Dobrý den,\n\nžádost je v PDF. K produkčním adresám prosím doplňte ještě IPv6 "
        "2001:db8:33::1, na kterou letos přecházíme; do formuláře se už nevešla. Testovat "
        "budeme z produkce.\n\nR. Štěpánek\n",
        "attachments": [
            (
                "pdf",
                "zadost_IVM.pdf",
                [
                    "Info Vysoké Mýto s.r.o., IČO " + I31,
                    "Žádost o přístup k serveru s výsledky voleb",
                    {
                        "rows": [
                            ["Produkční IP", "192.0.2.33\n192.0.2.34"],
                            ["Testovací IP", "—"],
                            ["Kontakt", "Roman Štěpánek, stepanek@infovm.example, 603 520 741"],
                        ],
                        "widths": [120, 330],
                    },
                ],
            )
        ],
    },
    {
        "id": "ct032-docx-header-dic-only",
        "description": "the DOCX letterhead gives only the DIČ (CZ + 8 digits), the IČO is "
        "those digits; one production address, no test",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Táborské echo, s.r.o.",
            I32,
            None,
            ["198.18.12.40"],
            [],
            "Hynek Bouška",
            "bouska@taborskeecho.example",
            "+420381221509",
        ),
        "from": "Hynek Bouška <bouska@taborskeecho.example>",
        "subject": "Žádost - Táborské echo",
        "headers": ROUNDCUBE,
        "body": "Dobrý den, v příloze naše žádost. Hynek Bouška\n",
        "attachments": [
            (
                "docx",
                "TE_zadost.docx",
                {
                    "header": "Táborské echo, s.r.o. | Žižkovo nám. 3, 390 01 Tábor | DIČ CZ" + I32,
                    "footer": "bankovní spojení 2100445187/2010",
                    "blocks": [
                        "Věc: přístup k XML výsledkům voleb",
                        "Žádáme o zřízení přístupu k serveru s výsledky. Produkční server "
                        "198.18.12.40; testovací prostředí nemáme.",
                        "Kontakt: Hynek Bouška, bouska@taborskeecho.example, tel. 381 221 509",
                    ],
                },
            )
        ],
    },
    {
        "id": "ct033-databox-pdf-checkbox-five-range",
        "description": "data message; the PDF form ticks ☒ the XML access (☐ filming) and "
        "gives five production addresses as a dash range, two test addresses",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Mediahouse Vysočina a.s.",
            I33,
            "h7ca2wn",
            ["203.0.113.81", "203.0.113.82", "203.0.113.83", "203.0.113.84", "203.0.113.85"],
            ["203.0.113.91", "203.0.113.92"],
            "Filip Doležal",
            "dolezal@mediahouse.example",
            "+420566630174",
        ),
        "databox": box(
            "h7ca2wn", "Mediahouse Vysočina a.s.", "Strojírenská 8, 591 01 Žďár nad Sázavou"
        ),
        "subject": "Žádost média – výsledky voleb",
        "attachments": [
            (
                "pdf",
                "zadost_MH.pdf",
                [
                    "Mediahouse Vysočina a.s., IČO " + I33,
                    "☒ přístup k dedikovanému serveru (XML)\n☐ natáčení/fotografování",
                    {
                        "rows": [
                            ["Produkční IP", "203.0.113.81 – 203.0.113.85"],
                            ["Testovací IP", "203.0.113.91, 203.0.113.92"],
                            ["Kontaktní osoba", "Filip Doležal"],
                            ["E-mail / telefon", "dolezal@mediahouse.example / 566 630 174"],
                        ],
                        "widths": [120, 330],
                    },
                ],
            )
        ],
    },
    {
        "id": "ct034-reply-replacing-workbook",
        "description": "reply with quoted history: the new workbook replaces last week's, the "
        "quoted mail still lists the old production address that is no longer used",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Šumava s.r.o.",
            I34,
            None,
            ["192.0.2.121", "192.0.2.122"],
            ["192.0.2.129"],
            "Eliška Marešová",
            "maresova@radiosumava.example",
            "+420388211743",
        ),
        "from": "Eliška Marešová <maresova@radiosumava.example>",
        "subject": "Re: Žádost Rádio Šumava",
        "headers": ZIMBRA,
        "cte": "base64",
        "body": "Dobrý den,\n\nposílám aktualizovanou tabulku; server 192.0.2.120 jsme "
        "zrušili, nahradil ho 192.0.2.122. Platí jen příloha tohoto e-mailu.\n\n"
        "E. Marešová\n\n"
        "----- Původní zpráva -----\nOd: Eliška Marešová\nKomu: podatelna@czso.cz\n"
        "Předmět: Žádost Rádio Šumava\n\nproduce: 192.0.2.120, 192.0.2.121, test 192.0.2.129\n",
        "attachments": [
            (
                "xlsx",
                "RS_adresy_v2.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Rádio Šumava s.r.o.", "IČO " + I34],
                            ["Požadavek", "přístup k XML výsledkům"],
                            ["Produkční", "192.0.2.121"],
                            ["Produkční", "192.0.2.122"],
                            ["Testovací", "192.0.2.129"],
                            [
                                "Kontakt",
                                "Marešová Eliška, maresova@radiosumava.example, 388 211 743",
                            ],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "ct035-hungarian-pdf-both",
        "description": "a Hungarian outlet without an IČO; Hungarian PDF asking for both, the "
        "contact surname first as Hungarian writes it, +36 phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Dunamenti Hírek Kft.",
            None,
            None,
            ["198.51.100.180"],
            ["198.51.100.181"],
            "Szabó Ildikó",
            "szabo.ildiko@dunamentihirek.example",
            "+36301147725",
        ),
        "from": "Szabó Ildikó <szabo.ildiko@dunamentihirek.example>",
        "subject": "Kérelem – választási eredmények / žádost",
        "headers": APPLE,
        "body": "Tisztelt Hölgyem/Uram,\n\nmellékelten küldjük kérelmünket.\n\nSzabó Ildikó\n",
        "attachments": [
            (
                "pdf",
                "kerelem_CSU.pdf",
                [
                    "Dunamenti Hírek Kft., Fő utca 12, 2500 Esztergom",
                    "Kérelem: hozzáférés a választási eredmények XML szerveréhez, valamint "
                    "forgatási engedély a ČSÚ prágai központjában.",
                    "Éles IP-cím: 198.51.100.180\nTeszt IP-cím: 198.51.100.181",
                    "Kapcsolattartó: Szabó Ildikó, szabo.ildiko@dunamentihirek.example, "
                    "+36 30 114 7725",
                ],
            )
        ],
    },
    {
        "id": "ct036-split-txt-addresses-pdf-request",
        "description": "two files: a TXT with the addresses under role words and a signed PDF "
        "with both requests and the contact; the cover says nothing",
        "style": Style.COVER,
        "labels": L(
            [FEED, FILM],
            "Noviny Pošumaví, z. ú.",
            I36,
            None,
            ["198.18.5.5", "198.18.5.6"],
            ["198.18.5.250"],
            "Bohumil Řeháček",
            "rehacek@novinyposumavi.example",
            "+420376521338",
        ),
        "from": "Bohumil Řeháček <rehacek@novinyposumavi.example>",
        "subject": "přílohy k žádosti",
        "headers": ZIMBRA,
        "body": "Dobrý den, posílám dvě přílohy.\nB. Ř.\n",
        "attachments": [
            (
                "txt",
                "ip.txt",
                "OSTRE:\n198.18.5.5\n198.18.5.6\n\nTEST:\n198.18.5.250\n",
            ),
            (
                "pdf",
                "zadost_podepsana.pdf",
                [
                    "Noviny Pošumaví, z. ú., Plánická 160, 339 01 Klatovy, IČO " + I36,
                    "Žádáme o přístup k XML výsledkům voleb (IP adresy v souboru ip.txt) a "
                    "o povolení pořídit fotografie na pracovišti ČSÚ v Plzni.",
                    "Kontaktní osoba: Bohumil Řeháček, rehacek@novinyposumavi.example, 376 521 338",
                    "Mgr. Dana Šindelářová, ředitelka",
                ],
            ),
        ],
    },
    {
        "id": "ct037-databox-annotation-holds-all-pdf-power",
        "description": "data message: the annotation holds the whole application; the PDF is "
        "only a power of attorney for the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Přerovský dnešek s.r.o.",
            I37,
            "d8rm3vj",
            ["192.0.2.44"],
            ["192.0.2.45"],
            "Milan Koutný",
            "koutny@prerovskydnesek.example",
            "+420581712044",
        ),
        "databox": box("d8rm3vj", "Přerovský dnešek s.r.o.", "Čechova 41, 750 02 Přerov"),
        "subject": "Přístup k XML výsledkům voleb: prod. 192.0.2.44, test 192.0.2.45; kontakt "
        "Milan Koutný, koutny@prerovskydnesek.example, 581 712 044",
        "attachments": [
            (
                "pdf",
                "plna_moc.pdf",
                [
                    "PLNÁ MOC",
                    "Přerovský dnešek s.r.o., IČO " + I37 + ", zastoupená jednatelkou "
                    "Ing. Jarmilou Sedláčkovou, zmocňuje pana Milana Koutného, nar. 1984, "
                    "k jednání s Českým statistickým úřadem ve věci přístupu k výsledkům voleb.",
                    "V Přerově dne 2. 10. 2025",
                ],
            )
        ],
    },
    {
        "id": "ct038-empty-mail-odt-checkbox-form",
        "description": "no text; the ODT form has ☑ for XML access and ☐ for filming, addresses "
        "in a role table and the contact with a mobile before the desk line",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Chrudimské listy, spolek",
            I38,
            None,
            ["203.0.113.170"],
            ["203.0.113.171"],
            "Ivana Lorencová",
            "lorencova@chrudimskelisty.example",
            "+420739660218",
        ),
        "from": "Ivana Lorencová <lorencova@chrudimskelisty.example>",
        "subject": "žádost",
        "headers": ROUNDCUBE,
        "body": "",
        "attachments": [
            (
                "odt",
                "formular_CL.odt",
                [
                    "Chrudimské listy, spolek, Široká 88, 537 01 Chrudim, IČO " + I38,
                    "☑ přístup k průběžným výsledkům voleb (XML)",
                    "☐ povolení natáčet/fotografovat",
                    [
                        ["produkční IP", "203.0.113.170"],
                        ["testovací IP", "203.0.113.171"],
                    ],
                    "Kontakt: Ivana Lorencová, mobil 739 660 218, redakce 469 622 100, "
                    "lorencova@chrudimskelisty.example",
                ],
            )
        ],
    },
    {
        "id": "ct039-docx-merged-cells-ipv6-test",
        "description": "the DOCX table merges the request cell across columns and the role "
        "cell across two rows; IPv4 production, IPv6 test; both requests",
        "style": Style.TABLE,
        "labels": L(
            [FEED, FILM],
            "Opavský posel s.r.o.",
            I39,
            None,
            ["198.51.100.190", "198.51.100.191"],
            ["2001:db8:0:7::2"],
            "Lukáš Mikula",
            "mikula@opavskyposel.example",
            "+420553718290",
        ),
        "from": "Lukáš Mikula <mikula@opavskyposel.example>",
        "subject": "Opavský posel – žádost",
        "headers": EVOLUTION,
        "body": "Dobrý den, zasílám žádost. Mikula\n",
        "attachments": [
            (
                "docx",
                "OP_zadost.docx",
                {
                    "header": "Opavský posel s.r.o. · Ostrožná 10 · 746 01 Opava · IČO " + I39,
                    "footer": "www.opavskyposel.example",
                    "blocks": [
                        {
                            "rows": [
                                ["Žádáme o přístup k XML a o povolení natáčet", "", ""],
                                ["produkční", "198.51.100.190", "web"],
                                ["", "198.51.100.191", "aplikace"],
                                ["testovací", "2001:db8:0:7:0:0:0:2", "vývoj"],
                            ],
                            "merge": [(0, 0, 0, 2), (1, 0, 2, 0)],
                        },
                        "Kontakt: Lukáš Mikula, mikula@opavskyposel.example, 553 718 290",
                    ],
                },
            )
        ],
    },
    {
        "id": "ct040-databox-trader-own-name-xlsx",
        "description": "data message from a natural person in business under her own name; "
        "the workbook gives an IPv6 production address and a test address",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Markéta Zelenková",
            I40,
            "e5np7tq",
            ["2001:db8:e1::5"],
            ["192.0.2.250"],
            "Markéta Zelenková",
            "zelenkova@volebnimapa.example",
            "+420720488315",
        ),
        "databox": box("e5np7tq", "Markéta Zelenková", "Sokolská 19, 612 00 Brno", kind=40),
        "subject": "Žádost o přístup k datům voleb (web volebnimapa.example)",
        "attachments": [
            (
                "xlsx",
                "zadost_zelenkova.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Žadatelka", "Markéta Zelenková, OSVČ, IČO " + I40],
                            ["Projekt", "volebnimapa.example – interaktivní mapa výsledků"],
                            ["Produkční IP", "2001:db8:e1::5"],
                            ["Testovací IP", "192.0.2.250"],
                            ["E-mail", "zelenkova@volebnimapa.example"],
                            ["Telefon", "720 488 315"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "ct041-letter-signature-ico-box-filming",
        "description": "the cover's signature block carries IČO and the data-box ID; the PDF "
        "letter asks only for filming and names a different person as contact",
        "style": Style.LETTER,
        "labels": L(
            [FILM],
            "Kroměřížská televize, o.p.s.",
            I41,
            "t3gw8ke",
            [],
            [],
            "Soňa Matějková",
            "matejkova@kmtv.example",
            "+420573334901",
        ),
        "from": "Petr Zbořil <zboril@kmtv.example>",
        "subject": "Žádost o povolení natáčení – Kroměřížská televize",
        "headers": OWA,
        "charset": "windows-1250",
        "body": "Dobrý den,\n\nv příloze zasílám žádost o povolení natáčení.\n\n"
        "Petr Zbořil\nředitel\nKroměřížská televize, o.p.s.\nVelké nám. 12, 767 01 Kroměříž\n"
        "IČO " + I41 + " | DS t3gw8ke\n",
        "attachments": [
            (
                "pdf",
                "KMTV_nataceni.pdf",
                [
                    "Kroměřížská televize, o.p.s. | IČO " + I41,
                    "Žádáme o povolení natáčet na pracovišti ČSÚ ve Zlíně během zpracování "
                    "výsledků voleb (kamera: Václav Hradil).",
                    "Organizačně vše zajišťuje Soňa Matějková, matejkova@kmtv.example, "
                    "tel. 573 334 901.",
                    "Petr Zbořil, ředitel",
                ],
            )
        ],
    },
    {
        "id": "ct042-empty-mail-docx-netmask",
        "description": "no text; the DOCX gives the production servers as an address with "
        "netmask 255.255.255.252 (four addresses) and one test address",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Regionální vysílání Sever s.r.o.",
            I42,
            None,
            ["198.18.44.8", "198.18.44.9", "198.18.44.10", "198.18.44.11"],
            ["198.18.44.100"],
            "Ota Šrámek",
            "sramek@rvsever.example",
            "+420475210399",
        ),
        "from": "Ota Šrámek <sramek@rvsever.example>",
        "subject": "RV Sever - zadost XML",
        "headers": APPLE,
        "body": "",
        "attachments": [
            (
                "docx",
                "RVSever_zadost.docx",
                {
                    "header": "Regionální vysílání Sever s.r.o., IČO " + I42,
                    "footer": "Mírové nám. 30, 400 01 Ústí nad Labem",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb (XML)",
                        {
                            "rows": [
                                ["Produkce", "198.18.44.8 / 255.255.255.252"],
                                ["Test", "198.18.44.100"],
                                ["Kontakt", "Ota Šrámek, sramek@rvsever.example, 475 210 399"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
]
