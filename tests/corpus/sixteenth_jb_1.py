"""Sixteenth held-out part ``jb``, cases jb001–jb014: completed forms, letterheads, spreadsheets
and data-box messages, written by hand apart from the extraction rules (never tune against them)."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

CASES: list[dict[str, Any]] = [
    {
        "id": "jb001-docx-form-ticked-boxes",
        "description": "DOCX form: feed box ticked, filming box unticked; addresses in a two-column table",
        "style": "form",
        "from": "Redakce Hlas Polabí <redakce@hlaspolabi.example>",
        "subject": "Žádost - formulář",
        "body": "Dobrý den,\nv příloze posíláme vyplněný formulář.\n\nRedakce Hlas Polabí\n",
        "attachments": [
            (
                "docx",
                "zadost_formular.docx",
                {
                    "header": "Hlas Polabí s.r.o. | IČO 27182819 | Kolín",
                    "blocks": [
                        "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB",
                        "Předmět žádosti:",
                        "☒ přístup k XML výstupům (výsledky voleb)",
                        "☐ povolení pořizovat záznam na pracovištích",
                        {
                            "rows": [
                                ["Typ adresy", "IP adresa"],
                                ["ostrá (produkční)", "198.51.100.41"],
                                ["ostrá (produkční)", "198.51.100.42"],
                                ["testovací", "192.0.2.141"],
                            ]
                        },
                        "Kontaktní osoba: Vendula Šťastná",
                        "E-mail: stastna@hlaspolabi.example, tel. 721 405 118",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Hlas Polabí s.r.o.",
            "27182819",
            None,
            ["198.51.100.41", "198.51.100.42"],
            ["192.0.2.141"],
            "Vendula Šťastná",
            "stastna@hlaspolabi.example",
            "+420721405118",
        ),
    },
    {
        "id": "jb002-databox-letter-pdf",
        "description": "data-box message from a TV company, the letter in a PDF with a table of hosts",
        "style": "databox",
        "databox": {"box": "k7mzq2p", "sender": "Televize Morava a.s.", "address": "Brno"},
        "subject": "Žádost o přístup k volebnímu serveru",
        "attachments": [
            (
                "pdf",
                "zadost.pdf",
                [
                    "Televize Morava a.s., Kounicova 12, 602 00 Brno, IČO: 44710232",
                    "Věc: žádost o zpřístupnění výsledků voleb ve formátu XML",
                    "Žádáme o přidělení přístupu pro naše vysílací pracoviště. Povolení k natáčení nepožadujeme.",
                    {
                        "rows": [
                            ["Server", "Adresa", "Účel"],
                            ["grafika-1", "203.0.113.70", "produkce"],
                            ["grafika-2", "203.0.113.71", "produkce"],
                            ["lab", "198.18.4.9", "test"],
                        ],
                        "widths": [90, 140, 90],
                    },
                    "Kontakt: Ing. Radim Pokorný, vedoucí IT, radim.pokorny@tvmorava.example, +420 545 210 377",
                    "S pozdravem Mgr. Alena Krejčí, ředitelka",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Televize Morava a.s.",
            "44710232",
            "k7mzq2p",
            ["203.0.113.70", "203.0.113.71"],
            ["198.18.4.9"],
            "Radim Pokorný",
            "radim.pokorny@tvmorava.example",
            "+420545210377",
        ),
    },
    {
        "id": "jb003-xlsx-host-sheet-terse",
        "description": "terse note, the addresses only in an XLSX sheet with a role column",
        "style": "spreadsheet",
        "from": "Petr Hudec <hudec@radio-vltava-sever.example>",
        "subject": "volby - IP",
        "body": (
            "Dobry den, posilam tabulku adres pro pristup k vysledkum (XML).\n"
            "Radio Vltava Sever, spol. s r.o., ICO 05623901\n"
            "Petr Hudec, 602 118 940\n"
        ),
        "attachments": [
            (
                "xlsx",
                "adresy.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["hostname", "ip", "role"],
                            ["rvs-feed01", "192.0.2.60", "PROD"],
                            ["rvs-feed02", "192.0.2.61", "PROD"],
                            ["rvs-dev", "203.0.113.250", "TEST"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Radio Vltava Sever, spol. s r.o.",
            "05623901",
            None,
            ["192.0.2.60", "192.0.2.61"],
            ["203.0.113.250"],
            "Petr Hudec",
            "hudec@radio-vltava-sever.example",
            "+420602118940",
        ),
    },
    {
        "id": "jb004-cover-corrects-docx-address",
        "description": "cover note replaces one production address given in the attached DOCX",
        "style": "cover-note",
        "from": "Jana Vrbová <vrbova@zpravodaj-vysocina.example>",
        "subject": "Žádost o přístup + oprava",
        "body": (
            "Dobrý den,\n\nposílám žádost v příloze. Jedna věc: ve formuláři je u druhé ostré adresy "
            "překlep, správně má být 198.51.100.19 (ne 198.51.100.91). Ostatní platí.\n\n"
            "Jana Vrbová\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost.docx",
                {
                    "blocks": [
                        "Zpravodaj Vysočina, z.s., IČO 26901137",
                        "žádá o přístup k serveru s výsledky voleb.",
                        "Produkční IP: 198.51.100.18, 198.51.100.91",
                        "Testovací IP: žádná",
                        "Kontakt: Jana Vrbová, vrbova@zpravodaj-vysocina.example, 777 301 862",
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Zpravodaj Vysočina, z.s.",
            "26901137",
            None,
            ["198.51.100.18", "198.51.100.19"],
            [],
            "Jana Vrbová",
            "vrbova@zpravodaj-vysocina.example",
            "+420777301862",
        ),
    },
    {
        "id": "jb005-rtf-letterhead-filming",
        "description": "RTF letter on a letterhead asking only to film at collection points",
        "style": "letter",
        "from": "Sekretariát RegioFilm <sekretariat@regiofilm.example>",
        "subject": "Žádost o povolení natáčení",
        "body": "Dobrý den, v příloze zasíláme žádost. S pozdravem, sekretariát\n",
        "attachments": [
            (
                "rtf",
                "zadost_nataceni.rtf",
                [
                    "RegioFilm Studio s.r.o.\nNa Poříčí 8, 110 00 Praha 1\nIČO: 08127450",
                    "Vážení,",
                    "dovolujeme si požádat o povolení natáčet v noci ze soboty na neděli na "
                    "sběrných místech Českého statistického úřadu v Praze a v Plzni. Kamerový štáb "
                    "tvoří dva lidé (Ondřej Málek, Tereza Holá).",
                    "Kontaktní osobou je produkční Lucie Benešová, benesova@regiofilm.example, "
                    "mobil 608 442 915.",
                    "S úctou\nMartin Kolář, jednatel",
                ],
            )
        ],
        "labels": L(
            FILM,
            "RegioFilm Studio s.r.o.",
            "08127450",
            None,
            [],
            [],
            "Lucie Benešová",
            "benesova@regiofilm.example",
            "+420608442915",
        ),
    },
    {
        "id": "jb006-english-pdf-cidr-foreign",
        "description": "foreign agency without IČO, PDF with a /30 production block and an IPv6 test host",
        "style": "pdf",
        "from": "Hannah Keller <h.keller@alpenpresse.example>",
        "subject": "Application for election results feed access",
        "body": (
            "Dear colleagues,\n\nplease find our application attached. We are a news agency "
            "based in Vienna and do not have a Czech company ID.\n\nBest regards,\nHannah Keller\n"
        ),
        "attachments": [
            (
                "pdf",
                "application_czso.pdf",
                [
                    "Alpenpresse Nachrichtenagentur GmbH, Wien",
                    "We apply for access to the XML results feed. We do not intend to film.",
                    {
                        "rows": [
                            ["Role", "Addresses"],
                            ["Production", "203.0.113.128/30"],
                            ["Test", "2001:db8:7a::15"],
                        ],
                        "widths": [100, 180],
                    },
                    "Technical contact: Hannah Keller, h.keller@alpenpresse.example, +43 1 532 77 410",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Alpenpresse Nachrichtenagentur GmbH",
            None,
            None,
            ["203.0.113.128", "203.0.113.129", "203.0.113.130", "203.0.113.131"],
            ["2001:db8:7a::15"],
            "Hannah Keller",
            "h.keller@alpenpresse.example",
            "+43153277410",
        ),
    },
    {
        "id": "jb007-databox-annotation-only-txt",
        "description": "data-box message: the request in a short TXT, sender box from the envelope",
        "style": "databox",
        "databox": {"box": "f3ha8wn", "sender": "Město Žďárek", "address": "Žďárek", "type": 10},
        "subject": "Zpravodaj města - přístup k výsledkům voleb",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Město Žďárek, IČO 46230181, vydavatel Zpravodaje města Žďárek, žádá o přístup "
                "k XML výsledkům voleb.\n"
                "Adresa serveru radnice: 192.0.2.77 (provoz). Testovací adresu nemáme.\n"
                "Vyřizuje: Bc. Karel Sýkora, sykora@zdarek.example, tel. 566 512 040\n",
            )
        ],
        "labels": L(
            FEED,
            "Město Žďárek",
            "46230181",
            "f3ha8wn",
            ["192.0.2.77"],
            [],
            "Karel Sýkora",
            "sykora@zdarek.example",
            "+420566512040",
        ),
    },
    {
        "id": "jb008-odt-both-requests-slovak",
        "description": "Slovak ODT application for both feed access and filming, table of addresses",
        "style": "odt",
        "from": "Marek Baláž <balaz@dennikvychod.example>",
        "subject": "Žiadosť – prístup k dátam a natáčanie",
        "body": "Dobrý deň,\nv prílohe posielame žiadosť vo formáte ODT.\nMarek Baláž\n",
        "attachments": [
            (
                "odt",
                "ziadost.odt",
                [
                    "Denník Východ, a.s., IČO 17355621",
                    "Žiadame o prístup k XML výstupom výsledkov volieb a zároveň o povolenie "
                    "natáčať na zbernom mieste v Prahe.",
                    [
                        ["Prostredie", "IP adresa"],
                        ["produkčné", "198.51.100.201"],
                        ["produkčné", "198.51.100.202"],
                        ["testovacie", "198.51.100.210"],
                    ],
                    "Kontakt: Marek Baláž, balaz@dennikvychod.example, +421 905 331 207",
                ],
            )
        ],
        "labels": L(
            BOTH,
            "Denník Východ, a.s.",
            "17355621",
            None,
            ["198.51.100.201", "198.51.100.202"],
            ["198.51.100.210"],
            "Marek Baláž",
            "balaz@dennikvychod.example",
            "+421905331207",
        ),
    },
    {
        "id": "jb009-docx-netmask-range",
        "description": "DOCX: production as address with netmask (a /31), test as a written range",
        "style": "form",
        "from": "IT Podpora <it@nasnovinky.example>",
        "subject": "Formulář - přístup k XML",
        "body": "Zdravím, vyplněný formulář je v příloze. Za IT Tomáš Řezníček\n",
        "attachments": [
            (
                "docx",
                "formular.docx",
                {
                    "blocks": [
                        {
                            "rows": [
                                ["Žadatel", "Naše Novinky, s.r.o."],
                                ["IČO", "28554108"],
                                ["Produkční síť", "203.0.113.40 maska 255.255.255.254"],
                                ["Testovací rozsah", "192.0.2.30 – 192.0.2.32"],
                                ["Kontaktní osoba", "Tomáš Řezníček"],
                                ["E-mail", "reznicek@nasnovinky.example"],
                                ["Telefon", "+420 739 004 612"],
                            ]
                        }
                    ],
                    "footer": "Naše Novinky, s.r.o. · Husova 3, Liberec",
                },
            )
        ],
        "labels": L(
            FEED,
            "Naše Novinky, s.r.o.",
            "28554108",
            None,
            ["203.0.113.40", "203.0.113.41"],
            ["192.0.2.30", "192.0.2.31", "192.0.2.32"],
            "Tomáš Řezníček",
            "reznicek@nasnovinky.example",
            "+420739004612",
        ),
    },
    {
        "id": "jb010-withdrawn-filming-in-cover",
        "description": "PDF asks for both, the cover note withdraws the filming request",
        "style": "cover-note",
        "from": '"Dvořák, Jiří" <dvorak@tydenikpodhuri.example>',
        "subject": "RE: žádost",
        "body": (
            "Dobrý den,\n\nzasílám žádost. Natáčení na sběrných místech nakonec nebudeme potřebovat, "
            "štáb máme jinde – tu část žádosti prosím berte jako vzatou zpět. Přístup k datům "
            "platí.\n\nJiří Dvořák\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_tydenik.pdf",
                [
                    "Týdeník Podhůří s.r.o., IČO 03647196",
                    "Žádáme o: 1) přístup k XML výsledkům voleb, 2) povolení k natáčení.",
                    "IP adresy (ostrý provoz): 198.18.20.5, 198.18.20.6",
                    "Kontaktní osoba: Jiří Dvořák, dvorak@tydenikpodhuri.example, 604 771 238",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Týdeník Podhůří s.r.o.",
            "03647196",
            None,
            ["198.18.20.5", "198.18.20.6"],
            [],
            "Jiří Dvořák",
            "dvorak@tydenikpodhuri.example",
            "+420604771238",
        ),
    },
    {
        "id": "jb011-xlsx-two-sheets-ipv6",
        "description": "XLSX with production and test sheets, IPv6 production address among IPv4",
        "style": "spreadsheet",
        "from": "noc@datavox.example",
        "subject": "DataVox - volby - seznam adres",
        "body": (
            "Hello,\nattached is the list of hosts for the election XML feed, one sheet per "
            "environment.\nDataVox Media s.r.o. (IČO 49120760)\nNOC contact: Ivo Navrátil, "
            "noc@datavox.example, 00420 731 550 288\n"
        ),
        "attachments": [
            (
                "xlsx",
                "datavox_hosts.xlsx",
                [
                    {
                        "title": "Production",
                        "rows": [["IP"], ["192.0.2.200"], ["2001:db8:dd::200"]],
                    },
                    {"title": "Test", "rows": [["IP"], ["192.0.2.220"]]},
                ],
            )
        ],
        "labels": L(
            FEED,
            "DataVox Media s.r.o.",
            "49120760",
            None,
            ["192.0.2.200", "2001:db8:dd::200"],
            ["192.0.2.220"],
            "Ivo Navrátil",
            "noc@datavox.example",
            "+420731550288",
        ),
    },
    {
        "id": "jb012-databox-university-docx",
        "description": "data-box message from a university, DOCX letter with rector signing and a named contact",
        "style": "databox",
        "databox": {
            "box": "u2v9kxe",
            "sender": "Západočeská technická univerzita",
            "address": "Plzeň",
        },
        "subject": "Přístup k výsledkům voleb pro studentskou televizi",
        "attachments": [
            (
                "docx",
                "dopis_rektor.docx",
                {
                    "header": "Západočeská technická univerzita · IČO 22391487",
                    "blocks": [
                        "Vážená paní předsedkyně,",
                        "studentská televize ZTU TV připravuje volební studio. Prosíme o přístup "
                        "k XML výsledkům pro náš server 198.51.100.150; testovat budeme z 198.51.100.151.",
                        "Věc za univerzitu vyřizuje Mgr. Šárka Jelínková, jelinkova@ztu.example, "
                        "tel. 377 630 115.",
                        "prof. Ing. Vladimír Horák, CSc., rektor",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Západočeská technická univerzita",
            "22391487",
            "u2v9kxe",
            ["198.51.100.150"],
            ["198.51.100.151"],
            "Šárka Jelínková",
            "jelinkova@ztu.example",
            "+420377630115",
        ),
    },
    {
        "id": "jb013-txt-freelancer-no-ico",
        "description": "freelancer without IČO, plain TXT attachment, one address and no test",
        "style": "txt",
        "from": "Ludek Mares <ludek.mares@posta.example>",
        "subject": "zadost",
        "body": "Dobry den, zadost v priloze. L. Mares\n",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Zadatel: Ludek Mares, nezavisly datovy novinar, Olomouc\n"
                "Zadam o pristup k XML vysledkum voleb pro svuj blog s mapami.\n"
                "Verejna IP meho VPS: 203.0.113.33\n"
                "Natacet nebudu.\n"
                "Tel: 736-210-447, e-mail ludek.mares@posta.example\n",
            )
        ],
        "labels": L(
            FEED,
            "Ludek Mares",
            None,
            None,
            ["203.0.113.33"],
            [],
            "Ludek Mares",
            "ludek.mares@posta.example",
            "+420736210447",
        ),
    },
    {
        "id": "jb014-pdf-columns-backup-server",
        "description": "PDF with primary, backup (production) and test columns; version number nearby",
        "style": "pdf",
        "from": "Ondřej Straka <straka@infoportal-cz.example>",
        "subject": "Žádost o přístup – InfoPortal",
        "body": "Dobrý den, žádost v PDF přikládám.\nOndřej Straka, InfoPortal CZ a.s.\n",
        "attachments": [
            (
                "pdf",
                "infoportal_zadost.pdf",
                [
                    "InfoPortal CZ a.s., IČO 06782311",
                    "Žádáme o přístup k XML výstupům. Náš parser (verze 4.12.0.3) je připraven.",
                    {
                        "rows": [
                            ["Primární", "Záložní", "Testovací"],
                            ["192.0.2.90", "192.0.2.91", "198.18.77.2"],
                        ],
                        "widths": [110, 110, 110],
                    },
                    "Kontakt: Ondřej Straka, straka@infoportal-cz.example, +420 222 500 613 (přímá linka)",
                ],
            )
        ],
        "labels": L(
            FEED,
            "InfoPortal CZ a.s.",
            "06782311",
            None,
            ["192.0.2.90", "192.0.2.91"],
            ["198.18.77.2"],
            "Ondřej Straka",
            "straka@infoportal-cz.example",
            "+420222500613",
        ),
    },
]
