"""Fifteenth held-out part ``ib``, cases ib001–ib014: filled-in forms and letterheads as
attachments (DOCX, PDF, ODT), cover notes that say little. Written by hand; see
make_fifteenth_ib.py."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico

F = "feed_access"
R = "recording_permit"

I1 = ico("2846173")
I2 = ico("0541298")
I3 = ico("6720934")
I4 = ico("1398265")
I5 = ico("4470312")
I6 = ico("8809147")
I7 = ico("2195638")
I8 = ico("5512086")
I9 = ico("7036451")
I10 = ico("0963217")

CASES: list[dict[str, Any]] = [
    {
        "id": "ib001-docx-form-ticks",
        "description": "empty cover note; DOCX form with tick boxes, filming left unticked",
        "style": "form",
        "from": "Sekretariat Hlas Vysociny <sekretariat@hlasvysociny.example>",
        "subject": "Žádost - volby",
        "body": "Dobrý den,\nv příloze zasíláme vyplněný formulář.\n\nSekretariát\n",
        "attachments": [
            (
                "docx",
                "formular_CSU.docx",
                {
                    "blocks": [
                        "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB",
                        {
                            "rows": [
                                ["Žadatel", f"Hlas Vysočiny, a.s., IČO {I1}"],
                                ["Kontaktní osoba", "Ing. Radim Kopřiva"],
                                ["E-mail", "radim.kopriva@hlasvysociny.example"],
                                ["Telefon", "+420 567 210 884"],
                            ]
                        },
                        "[X] přístup k XML datům    [ ] natáčení ve sběrném místě",
                        {
                            "rows": [
                                ["Prostředí", "IP adresa"],
                                ["ostrý provoz", "198.51.100.41"],
                                ["ostrý provoz", "198.51.100.42"],
                                ["test", "203.0.113.9"],
                            ]
                        },
                    ]
                },
            )
        ],
        "labels": L(
            [F],
            "Hlas Vysočiny, a.s.",
            I1,
            None,
            ["198.51.100.41", "198.51.100.42"],
            ["203.0.113.9"],
            "Radim Kopřiva",
            "radim.kopriva@hlasvysociny.example",
            "+420567210884",
        ),
    },
    {
        "id": "ib002-pdf-letterhead-two-people",
        "description": "PDF letter on a letterhead naming director and technician; the technician is the contact",
        "style": "letter",
        "from": "Marta Zelenková <zelenkova@radio-podhuri.example>",
        "subject": "Žádost o přístup – Rádio Podhůří",
        "body": "Posílám žádost podepsanou panem ředitelem. S pozdravem M. Zelenková\n",
        "attachments": [
            (
                "pdf",
                "zadost_podepsana.pdf",
                [
                    f"RÁDIO PODHŮŘÍ s.r.o. | Masarykova 12, 741 01 Nový Jičín | IČO: {I2} | DIČ: CZ{I2}",
                    "Český statistický úřad\nNa padesátém 81\nPraha 10",
                    "Věc: žádost o zpřístupnění výsledků voleb ve formátu XML",
                    "Žádáme o povolení přístupu k serveru s výsledky. Naše servery budou "
                    "stahovat data z adres 192.0.2.150 a 192.0.2.151 (ostrý provoz). "
                    "Pro testovací kolo použijeme 192.0.2.160.",
                    "Technické záležitosti vyřizuje Ondřej Bárta, ondrej.barta@radio-podhuri.example, "
                    "mobil 736 412 905.",
                    "Mgr. Tomáš Hrubý\nředitel",
                ],
            )
        ],
        "labels": L(
            [F],
            "RÁDIO PODHŮŘÍ s.r.o.",
            I2,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.160"],
            "Ondřej Bárta",
            "ondrej.barta@radio-podhuri.example",
            "+420736412905",
        ),
    },
    {
        "id": "ib003-databox-txt-filming",
        "description": "data message from a municipal newsroom asking only to film, TXT attached",
        "style": "databox",
        "databox": {"box": "k7m2qpx", "sender": "Město Kralupy nad Vltavou", "type": 10},
        "subject": "Žádost o povolení natáčení – volby do zastupitelstev",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Město Kralupy nad Vltavou, redakce Kralupského zpravodaje, žádá o povolení "
                "pořídit videozáznam na sběrném místě ve Středočeském kraji v noci po "
                "uzavření volebních místností.\n"
                "Přístup k XML datům nepotřebujeme.\n"
                f"IČO {I3}\n"
                "Kontakt: Lenka Šafářová, redaktorka, safarova@kralupy-mesto.example, "
                "tel. 315 739 262\n",
            )
        ],
        "labels": L(
            [R],
            "Město Kralupy nad Vltavou",
            I3,
            "k7m2qpx",
            [],
            [],
            "Lenka Šafářová",
            "safarova@kralupy-mesto.example",
            "+420315739262",
        ),
    },
    {
        "id": "ib004-xlsx-hosts-cidr",
        "description": "terse technician, XLSX sheet of hosts with a /30 block and a single test host",
        "style": "spreadsheet",
        "from": "noc@datamedia.example",
        "subject": "CSU volby feed - IP",
        "body": "ahoj, posilam tabulku adres pro feed, zbytek v ni.\n-- \nNOC DataMedia\n",
        "attachments": [
            (
                "xlsx",
                "ip_volby.xlsx",
                [
                    {
                        "title": "Hosts",
                        "rows": [
                            ["Firma", "DataMedia Group s.r.o."],
                            ["IČ", I4],
                            [
                                "Kontakt",
                                "Pavel Novotny",
                                "noc@datamedia.example",
                                "+420 602 118 337",
                            ],
                            [],
                            ["ucel", "adresa / rozsah", "poznamka"],
                            ["produkce", "198.18.4.8/30", "fetch cluster"],
                            ["test", "198.18.9.1", "staging"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            [F],
            "DataMedia Group s.r.o.",
            I4,
            None,
            ["198.18.4.8", "198.18.4.9", "198.18.4.10", "198.18.4.11"],
            ["198.18.9.1"],
            "Pavel Novotny",
            "noc@datamedia.example",
            "+420602118337",
        ),
    },
    {
        "id": "ib005-odt-slovak-both",
        "description": "Slovak ODT application asking for both feed and filming",
        "style": "letter",
        "from": "Zuzana Hricova <hricova@dennik-vychod.example>",
        "subject": "Ziadost o pristup k volebnym datam a natacanie",
        "body": "Dobry den, v prilohe posielam nasu ziadost. Dakujem, Z. Hricova\n",
        "attachments": [
            (
                "odt",
                "ziadost.odt",
                [
                    "Denník Východ, s. r. o., Hlavná 45, Košice (pobočka Praha)",
                    "Žiadame o prístup k XML výstupu výsledkov volieb a zároveň o povolenie "
                    "nakrúcať v zbernom mieste v Prahe.",
                    [["Produkčná IP", "203.0.113.77"], ["Testovacia IP", "203.0.113.78"]],
                    "Kontaktná osoba: Zuzana Hricová, hricova@dennik-vychod.example, "
                    "+421 905 334 120",
                ],
            )
        ],
        "labels": L(
            [F, R],
            "Denník Východ, s. r. o.",
            None,
            None,
            ["203.0.113.77"],
            ["203.0.113.78"],
            "Zuzana Hricová",
            "hricova@dennik-vychod.example",
            "+421905334120",
        ),
    },
    {
        "id": "ib006-cover-corrects-pdf",
        "description": "cover note corrects one production address written in the PDF",
        "style": "outlook",
        "from": '"Kubíček, Jan" <jan.kubicek@zpravy-plus.example>',
        "subject": "RE: žádost o XML feed",
        "body": "Dobrý den,\n\nv přiložené žádosti je chybně uvedena adresa 198.51.100.17 – "
        "správně má být 198.51.100.71. Ostatní údaje platí.\n\nJan Kubíček\n"
        "Zprávy Plus\n",
        "attachments": [
            (
                "pdf",
                "zadost_feed.pdf",
                [
                    f"Zprávy Plus, z.ú., IČO {I5}",
                    "Žádáme o přístup k výsledkům voleb (XML).",
                    {
                        "rows": [
                            ["produkční", "198.51.100.17"],
                            ["produkční", "198.51.100.18"],
                            ["testovací", "—"],
                        ],
                        "widths": [120, 200],
                    },
                    "Kontakt: Jan Kubíček, tel. 777 903 214",
                ],
            )
        ],
        "labels": L(
            [F],
            "Zprávy Plus, z.ú.",
            I5,
            None,
            ["198.51.100.71", "198.51.100.18"],
            [],
            "Jan Kubíček",
            "jan.kubicek@zpravy-plus.example",
            "+420777903214",
        ),
    },
    {
        "id": "ib007-english-docx-foreign",
        "description": "foreign broadcaster, English DOCX, IPv6 production and IPv4 test",
        "style": "letter",
        "from": "Henrik Lund <h.lund@nordvision.example>",
        "subject": "Application - election results feed access",
        "body": "Dear Sir or Madam,\nplease find attached our application.\nKind regards,\nHenrik Lund\n",
        "attachments": [
            (
                "docx",
                "NordVision_application.docx",
                {
                    "header": "NordVision Broadcasting AB - Stockholm",
                    "blocks": [
                        "Application for access to the election results XML service",
                        "NordVision Broadcasting AB requests access for its newsroom systems.",
                        {
                            "rows": [
                                ["Production servers", "2001:db8:40::10, 2001:db8:40::11"],
                                ["Test server", "192.0.2.200"],
                                ["Contact", "Henrik Lund, Head of Data Desk"],
                                ["Phone", "+46 8 555 010 42"],
                            ]
                        },
                        "We do not need to film at your premises.",
                    ],
                },
            )
        ],
        "labels": L(
            [F],
            "NordVision Broadcasting AB",
            None,
            None,
            ["2001:db8:40::10", "2001:db8:40::11"],
            ["192.0.2.200"],
            "Henrik Lund",
            "h.lund@nordvision.example",
            "+46855501042",
        ),
    },
    {
        "id": "ib008-rtf-netmask",
        "description": "RTF letter with an address and netmask 255.255.255.252 for production",
        "style": "letter",
        "from": "Ivana Pokorná <pokorna@tydenik-brod.example>",
        "subject": "zadost volby",
        "body": "Zdravím, žádost je v příloze (RTF).\n",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    f"Týdeník Brod s.r.o., Husova 3, Havlíčkův Brod, IČ: {I6}",
                    "Prosíme o zřízení přístupu k XML s výsledky voleb.",
                    "Adresy pro ostrý provoz: síť 203.0.113.64 maska 255.255.255.252",
                    "Test nebudeme provádět.",
                    "Vyřizuje: Ivana Pokorná, 569 431 007",
                ],
            )
        ],
        "labels": L(
            [F],
            "Týdeník Brod s.r.o.",
            I6,
            None,
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
            [],
            "Ivana Pokorná",
            "pokorna@tydenik-brod.example",
            "+420569431007",
        ),
    },
    {
        "id": "ib009-databox-withdrawn-filming",
        "description": "data message: PDF asks for feed and filming, annotation withdraws filming",
        "style": "databox",
        "databox": {"box": "r4tz8wn", "sender": "Jihočeská média a.s."},
        "subject": "Žádost o XML – natáčení již nežádáme",
        "attachments": [
            (
                "pdf",
                "zadost.pdf",
                [
                    f"Jihočeská média a.s., IČO {I7}, datová schránka r4tz8wn",
                    "1) přístup k XML výsledkům, 2) povolení natáčet na sběrném místě "
                    "v Českých Budějovicích.",
                    "Ostrý provoz: 198.51.100.201, 198.51.100.202; test: 198.51.100.203",
                    "Kontakt: Petr Vacek, vacek@jcmedia.example, 608 771 420",
                ],
            ),
            (
                "txt",
                "doplneni.txt",
                "Doplnění: bod 2) (natáčení) bereme zpět, štáb nebude k dispozici. "
                "Přístup k XML platí. P. Vacek",
            ),
        ],
        "labels": L(
            [F],
            "Jihočeská média a.s.",
            I7,
            "r4tz8wn",
            ["198.51.100.201", "198.51.100.202"],
            ["198.51.100.203"],
            "Petr Vacek",
            "vacek@jcmedia.example",
            "+420608771420",
        ),
    },
    {
        "id": "ib010-freelancer-txt",
        "description": "freelance journalist without IČO, TXT with a range",
        "style": "plain",
        "from": "Kristyna Mala <k.mala@posta.example>",
        "subject": "pristup k vysledkum",
        "body": "Dobry den, jsem nezavisla novinarka, posilam udaje v priloze.\nK. Mala\n",
        "attachments": [
            (
                "txt",
                "udaje.txt",
                "Jmeno: Kristyna Mala (OSVC bez ICO zatim)\n"
                "Ucel: pristup k XML vysledkum voleb pro muj blog\n"
                "Produkce: 192.0.2.20-192.0.2.22\n"
                "Test: zadny\n"
                "Telefon: 00420 731 220 918\n",
            )
        ],
        "labels": L(
            [F],
            "Kristyna Mala",
            None,
            None,
            ["192.0.2.20", "192.0.2.21", "192.0.2.22"],
            [],
            "Kristyna Mala",
            "k.mala@posta.example",
            "+420731220918",
        ),
    },
    {
        "id": "ib011-university-docx-table-merged",
        "description": "university department DOCX form, merged table cells, dean signs, student contact",
        "style": "form",
        "from": "Katedra politologie <politologie@fsv-uni.example>",
        "subject": "Žádost o přístup k datům z voleb – výzkumný projekt",
        "body": "Vážení,\n\nzasíláme formulář. Za katedru\nsekretariát\n",
        "attachments": [
            (
                "docx",
                "zadost_katedra.docx",
                {
                    "blocks": [
                        "Univerzita Střední Moravy, Fakulta sociálních věd",
                        {
                            "rows": [
                                ["Žadatel", "Univerzita Střední Moravy", ""],
                                ["IČO", I8, ""],
                                ["IP adresy", "ostré", "testovací"],
                                ["", "198.18.120.5", "198.18.121.5"],
                                ["", "198.18.120.6", ""],
                                [
                                    "Kontakt",
                                    "Bc. Jakub Dvořák (doktorand)",
                                    "dvorak.jakub@fsv-uni.example",
                                ],
                                ["Telefon", "+420 585 631 772", ""],
                            ],
                            "merge": [(0, 1, 0, 2), (1, 1, 1, 2)],
                        },
                        "Natáčení: NE",
                        "prof. PhDr. Alena Marková, děkanka",
                    ]
                },
            )
        ],
        "labels": L(
            [F],
            "Univerzita Střední Moravy",
            I8,
            None,
            ["198.18.120.5", "198.18.120.6"],
            ["198.18.121.5"],
            "Jakub Dvořák",
            "dvorak.jakub@fsv-uni.example",
            "+420585631772",
        ),
    },
    {
        "id": "ib012-pdf-columns-tv",
        "description": "PDF with a two-column table of production and test addresses side by side",
        "style": "form",
        "from": "TV Region Plus <podatelna@tvregionplus.example>",
        "subject": "Žádost – XML výsledky, TV Region Plus",
        "body": "Dobrý den, v příloze. Děkujeme.\n",
        "attachments": [
            (
                "pdf",
                "TVRP_zadost.pdf",
                [
                    f"TV Region Plus, spol. s r.o.   IČO: {I9}",
                    {
                        "rows": [
                            ["Ostrý provoz", "Testovací provoz"],
                            ["203.0.113.130", "203.0.113.140"],
                            ["203.0.113.131", "203.0.113.141"],
                            ["203.0.113.132", ""],
                        ],
                        "widths": [160, 160],
                    },
                    "Kontaktní osoba: Šárka Veselá, vedoucí IT\n"
                    "sarka.vesela@tvregionplus.example, mob. +420 724 300 615",
                    "O natáčení nežádáme.",
                ],
            )
        ],
        "labels": L(
            [F],
            "TV Region Plus, spol. s r.o.",
            I9,
            None,
            ["203.0.113.130", "203.0.113.131", "203.0.113.132"],
            ["203.0.113.140", "203.0.113.141"],
            "Šárka Veselá",
            "sarka.vesela@tvregionplus.example",
            "+420724300615",
        ),
    },
    {
        "id": "ib013-agency-both-odt-crew",
        "description": "news agency ODT asks for feed and filming, crew listed but contact is the editor",
        "style": "letter",
        "from": "Redakce CPA <redakce@cpa-agentura.example>",
        "subject": "Žádost o přístup k XML a o natáčení na sběrném místě",
        "body": "Dobrý den,\npřikládáme žádost. Kontakt viz příloha.\n",
        "attachments": [
            (
                "odt",
                "zadost_CPA.odt",
                [
                    f"Česká press agentura a.s. (IČO {I10})",
                    "Žádáme: a) přístup k XML datům výsledků, b) povolení natáčet na sběrném "
                    "místě ČSÚ v Praze.",
                    [
                        ["ostré", "198.51.100.90"],
                        ["ostré (záložní)", "198.51.100.91"],
                        ["test", "198.51.100.95"],
                    ],
                    "Štáb: kameraman Vít Horák (604 123 887), zvukař Aleš Kos.",
                    "Kontaktní osoba pro tuto žádost: Mgr. Hana Šimková, editorka, "
                    "simkova@cpa-agentura.example, 222 871 340",
                ],
            )
        ],
        "labels": L(
            [F, R],
            "Česká press agentura a.s.",
            I10,
            None,
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.95"],
            "Hana Šimková",
            "simkova@cpa-agentura.example",
            "+420222871340",
        ),
    },
    {
        "id": "ib014-databox-no-doc-text-in-txt-ipv6",
        "description": "data message from a freelancer's box, short TXT with IPv6 CIDR /127",
        "style": "databox",
        "databox": {"box": "w9hx3ab", "sender": "Daniel Krejčí", "type": 40},
        "subject": "Žádost o zpřístupnění XML výsledků voleb",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Daniel Krejčí, nezávislý datový novinář (bez IČO)\n"
                "žádám o přístup k XML výstupům.\n"
                "ostrý provoz: 2001:db8:7::/127\n"
                "test: nepotřebuji\n"
                "kontakt: daniel@krejci-data.example, +420 606 44 55 11\n",
            )
        ],
        "labels": L(
            [F],
            "Daniel Krejčí",
            None,
            "w9hx3ab",
            ["2001:db8:7::", "2001:db8:7::1"],
            [],
            "Daniel Krejčí",
            "daniel@krejci-data.example",
            "+420606445511",
        ),
    },
]
