"""Eighth held-out part ``t``, cases t001–t014: DOCX and PDF forms, letterheads, a first
data-box message. Written by hand apart from the extraction rules (issue 18)."""

from __future__ import annotations

from typing import Any

from tests.corpus.eighth_t_common import BOTH, FEED, REC, L, Style, ico

_I1 = ico("2841736")
_I2 = ico("0461839")
_I3 = ico("2610457")
_I4 = ico("0682914")
_I5 = ico("1937062")
_I6 = ico("2598813")
_I7 = ico("0731265")
_I8 = ico("4419530")
_I9 = ico("7648209")

CASES: list[dict[str, Any]] = [
    {
        "id": "t001-docx-form-ticks",
        "description": "bare cover, DOCX form: feed ticked, recording unticked, roles by row header",
        "style": Style.DOCX_FORM,
        "from": "Sekretariát Jihlavské listy <sekretariat@jihlavske-listy.example>",
        "subject": "Žádost - XML výsledky",
        "body": "Dobrý den,\nv příloze zasíláme vyplněný formulář.\n\nSekretariát redakce\n",
        "attachments": [
            (
                "docx",
                "formular_CSU.docx",
                {
                    "header": f"Vysočina Media, s.r.o. | IČO: {_I1} | Masarykovo nám. 12, Jihlava",
                    "blocks": [
                        "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB",
                        {
                            "rows": [
                                ["Žadatel", "Vysočina Media, s.r.o."],
                                ["IČO", _I1],
                                ["Titul", "Jihlavské listy (deník)"],
                            ]
                        },
                        "Předmět žádosti:",
                        "☒ přístup k XML serveru s průběžnými výsledky",
                        "☐ povolení k pořizování záznamu na přebíracím místě",
                        {
                            "rows": [
                                ["", "IP adresa"],
                                ["ostrý provoz 1", "203.0.113.41"],
                                ["ostrý provoz 2", "203.0.113.42"],
                                ["test", "198.51.100.77"],
                            ]
                        },
                        {
                            "rows": [
                                ["Kontaktní osoba", "Ing. Radek Šimánek"],
                                ["E-mail", "simanek@jihlavske-listy.example"],
                                ["Telefon", "567 110 245"],
                            ]
                        },
                        "V Jihlavě dne 2. 12. 2022",
                    ],
                },
            )
        ],
        "labels": L(
            FEED, "Vysočina Media, s.r.o.", _I1, None,
            ["203.0.113.41", "203.0.113.42"], ["198.51.100.77"],
            "Radek Šimánek", "simanek@jihlavske-listy.example", "+420567110245",
        ),
    },
    {
        "id": "t002-pdf-letter-letterhead",
        "description": "PDF letter on letterhead with IČO, DIČ and data box; CIDR /30 for production",
        "style": Style.PDF_LETTER,
        "from": "Alena Vrbová <vrbova@radio-podbrdsko.example>",
        "subject": "Zadost o vyhrazene pripojeni - Radio Podbrdsko",
        "body": "Dobry den, posilam podepsanou zadost v PDF. S pozdravem A. Vrbova",
        "attachments": [
            (
                "pdf",
                "zadost_podepsana.pdf",
                [
                    "<b>Rádio Podbrdsko a.s.</b>\nNádražní 318, 261 01 Příbram\n"
                    f"IČO {_I2} · DIČ CZ{_I2} · ID DS: k7rp2mw",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "Věc: Žádost o přidělení přístupu k XML serveru ČSÚ",
                    "Vážení, žádáme o zařazení naší stanice mezi média, která budou během volby "
                    "prezidenta republiky odebírat průběžné výsledky. Náš vysílací systém stahuje "
                    "data ze sítě 192.0.2.128/30 (ostrý provoz). Testovat budeme z adresy "
                    "192.0.2.200.",
                    "Ve věcech technických se obracejte na mne: Alena Vrbová, vedoucí IT, "
                    "mobil 604 228 915, vrbova@radio-podbrdsko.example.",
                    "S úctou\nMgr. Petr Hanzal\npředseda představenstva",
                ],
            )
        ],
        "labels": L(
            FEED, "Rádio Podbrdsko a.s.", _I2, "k7rp2mw",
            ["192.0.2.128", "192.0.2.129", "192.0.2.130", "192.0.2.131"], ["192.0.2.200"],
            "Alena Vrbová", "vrbova@radio-podbrdsko.example", "+420604228915",
        ),
    },
    {
        "id": "t003-xlsx-role-column",
        "description": "technician's two-liner, XLSX with a Role column mixing prod/backup/test",
        "style": Style.XLSX_HOSTS,
        "from": "Tomas Kubat <kubat@noc.tydenik-horizont.example>",
        "subject": "adresy pro XML feed",
        "body": "Zdravim, tabulka s nasimi stroji je v priloze. Kontakt na me 731 552 004.\nTK\n",
        "attachments": [
            (
                "xlsx",
                "hosty.xlsx",
                [
                    {
                        "title": "Servery",
                        "rows": [
                            ["Vydavatel", "Týdeník Horizont, z.s.", "", ""],
                            ["IČO", _I3, "", ""],
                            ["", "", "", ""],
                            ["Hostname", "IP", "Role", "Pozn."],
                            ["fetch01", "198.51.100.20", "prod", ""],
                            ["fetch02", "198.51.100.21", "backup", "záložní"],
                            ["stage", "198.51.100.90", "test", "vypneme po testu"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED, "Týdeník Horizont, z.s.", _I3, None,
            ["198.51.100.20", "198.51.100.21"], ["198.51.100.90"],
            "Tomas Kubat", "kubat@noc.tydenik-horizont.example", "+420731552004",
        ),
    },
    {
        "id": "t004-databox-annotation-only",
        "description": "data message whose annotation holds the whole application; the file says only see subject",
        "style": Style.DATABOX_ANNOTATION,
        "databox": {
            "box": "q3mn8xe",
            "sender": "Obec Kostelec nad Orlicí",
            "address": "Palackého náměstí 38, 517 41 Kostelec nad Orlicí",
            "type": 10,
        },
        "subject": "Zpravodaj obce - XML vysledky, IP 203.0.113.15, kontakt J. Holub 494 323 801",
        "attachments": [("txt", "zadost.txt", "Viz předmět zprávy.\n\nJ. Holub, starosta\n")],
        "labels": L(
            FEED, "Obec Kostelec nad Orlicí", None, "q3mn8xe",
            ["203.0.113.15"], [],
            "J. Holub", None, "+420494323801",
        ),
    },
    {
        "id": "t005-cover-amends-docx",
        "description": "cover note replaces the test address written in the attached DOCX",
        "style": Style.COVER_AMENDS,
        "from": "Hana Štěpánková <stepankova@zpravy-brno.example>",
        "subject": "Žádost o registraci k vyhrazenému připojení",
        "body": (
            "Dobrý den,\n\nv příloze je žádost, kterou podepsal náš jednatel už minulý týden. "
            "Mezitím nám poskytovatel přidělil jinou testovací adresu: místo 203.0.113.66, "
            "která je ve formuláři, prosím počítejte s 203.0.113.70. Ostatní údaje platí.\n\n"
            "Hana Štěpánková\nprovoz redakce\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_zpravy_brno.docx",
                {
                    "footer": f"Zprávy Brno s.r.o., Kobližná 4, 602 00 Brno, IČO {_I4}",
                    "blocks": [
                        "Žádost o registraci k vyhrazenému připojení pro média",
                        "Žadatel: Zprávy Brno s.r.o.",
                        {
                            "rows": [
                                ["Produkční IP adresy", "Testovací IP adresy"],
                                ["198.18.4.10\n198.18.4.11", "203.0.113.66"],
                            ]
                        },
                        "Kontaktní osoba: Hana Štěpánková, tel. +420 533 410 912, "
                        "e-mail stepankova@zpravy-brno.example",
                        "Bc. Ondřej Pospíšil, jednatel",
                    ],
                },
            )
        ],
        "labels": L(
            FEED, "Zprávy Brno s.r.o.", _I4, None,
            ["198.18.4.10", "198.18.4.11"], ["203.0.113.70"],
            "Hana Štěpánková", "stepankova@zpravy-brno.example", "+420533410912",
        ),
    },
    {
        "id": "t006-pdf-form-recording-only",
        "description": "PDF form for the recording permit; feed line answered NE",
        "style": Style.PDF_FORM,
        "from": "produkce@tv-beskydy.example",
        "subject": "Povolení k přítomnosti na přebíracím místě",
        "body": "Dobrý den, posíláme žádost o povolení natáčení. Děkujeme, produkce TV Beskydy.",
        "attachments": [
            (
                "pdf",
                "povoleni_natáčení.pdf",
                [
                    "Žádost o vydání povolení k přítomnosti na přebíracím místě ČSÚ",
                    {
                        "rows": [
                            ["Žadatel (redakce)", "TV Beskydy s.r.o., 1. máje 1020, Frýdek-Místek"],
                            ["IČO", _I5],
                            ["Osoba, která bude natáčet", "Vojtěch Malina, kameraman"],
                            ["Kontaktní osoba", "Lucie Kaňová, dramaturgyně"],
                            ["Telefon", "+420 608 771 362"],
                            ["E-mail", "kanova@tv-beskydy.example"],
                            ["Rozsah záznamu", "obrazový záznam příjmu výsledků, cca 20 minut"],
                            ["Přebírací místo", "okres Frýdek-Místek"],
                            ["Přístup k XML serveru", "NE"],
                        ],
                        "widths": [170, 300],
                    },
                ],
            )
        ],
        "labels": L(
            REC, "TV Beskydy s.r.o.", _I5, None, [], [],
            "Lucie Kaňová", "kanova@tv-beskydy.example", "+420608771362",
        ),
    },
    {
        "id": "t007-english-docx-agency",
        "description": "foreign agency, no IČO, English DOCX letter, IPv6 production, test via /31",
        "style": Style.ENGLISH,
        "from": "\"Müller, Katrin\" <k.mueller@mitteleuropa-presse.example>",
        "subject": "Application: election results XML access",
        "body": (
            "Dear Sir or Madam,\n\nplease find our application attached (Word file). "
            "I am the contact person for it.\n\nKind regards\nKatrin Müller\n"
            "Mitteleuropa Presseagentur GmbH, Vienna\n+43 1 5320 4418\n"
        ),
        "attachments": [
            (
                "docx",
                "MEPA_application_CZSO.docx",
                {
                    "header": "Mitteleuropa Presseagentur GmbH · Wiedner Gürtel 9 · 1100 Wien",
                    "blocks": [
                        "Application for access to the dedicated election results server",
                        "We would like to receive the presidential election results in XML for "
                        "our regional desk.",
                        "Production hosts: 2001:db8:4c1::15 and 2001:db8:4c1::16",
                        "Test: 198.51.100.14/31",
                        "Contact: Katrin Müller, k.mueller@mitteleuropa-presse.example, "
                        "+43 1 5320 4418",
                    ],
                },
            )
        ],
        "labels": L(
            FEED, "Mitteleuropa Presseagentur GmbH", None, None,
            ["2001:db8:4c1::15", "2001:db8:4c1::16"], ["198.51.100.14", "198.51.100.15"],
            "Katrin Müller", "k.mueller@mitteleuropa-presse.example", "+43153204418",
        ),
    },
    {
        "id": "t008-odt-both-requests",
        "description": "ODT from a municipal newsroom asking both feed and filming, contact table",
        "style": Style.ODT,
        "from": "Redakce Zpravodaje <zpravodaj@mesto-trebic.example>",
        "subject": "zadost - vysledky a nataceni",
        "body": "Dobry den,\nposilame zadost (ODT).\nRedakce\n",
        "attachments": [
            (
                "odt",
                "zadost.odt",
                [
                    "Město Třebíč – Třebíčský zpravodaj",
                    f"Karlovo nám. 104/55, 674 01 Třebíč, IČO {_I6}",
                    "Žádáme o:",
                    "1) přístup k serveru s průběžnými výsledky ve formátu XML,",
                    "2) povolení natáčet pro městskou televizi na přebíracím místě v Třebíči.",
                    [
                        ["Účel", "IP"],
                        ["ostrá", "203.0.113.130"],
                        ["ostrá", "203.0.113.131"],
                        ["testovací", "203.0.113.140"],
                        ["testovací", "203.0.113.141"],
                    ],
                    [
                        ["Kontakt", "Telefon", "E-mail"],
                        ["Mgr. Blanka Drápalová", "568 896 110", "drapalova@mesto-trebic.example"],
                    ],
                ],
            )
        ],
        "labels": L(
            BOTH, "Město Třebíč", _I6, None,
            ["203.0.113.130", "203.0.113.131"], ["203.0.113.140", "203.0.113.141"],
            "Blanka Drápalová", "drapalova@mesto-trebic.example", "+420568896110",
        ),
    },
    {
        "id": "t009-rtf-letter-netmask",
        "description": "RTF letter, production given as address with a dotted netmask (4 addresses)",
        "style": Style.RTF,
        "from": "Jaroslav Bednar <bednar@hanacky-vecernik.example>",
        "subject": "Hanácký večerník - žádost XML",
        "body": "Dobrý den, žádost v příloze (RTF). Bednář\n",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    f"Hanácký večerník, spol. s r.o.\nHorní náměstí 7, Olomouc\nIČO: {_I7}",
                    "Věc: žádost o vyhrazené připojení",
                    "Pro ostrý provoz použijeme segment 198.51.100.32 maska 255.255.255.252. "
                    "Testovací adresu zatím nemáme.",
                    [
                        ["Kontaktní osoba", "Jaroslav Bednář"],
                        ["Telefon", "585 202 914 (linka 31)"],
                        ["E-mail", "bednar@hanacky-vecernik.example"],
                    ],
                    "Jaroslav Bednář, technický ředitel",
                ],
            )
        ],
        "labels": L(
            FEED, "Hanácký večerník, spol. s r.o.", _I7, None,
            ["198.51.100.32", "198.51.100.33", "198.51.100.34", "198.51.100.35"], [],
            "Jaroslav Bednář", "bednar@hanacky-vecernik.example", "+420585202914",
        ),
    },
    {
        "id": "t010-databox-docx-office-id",
        "description": "data message with DOCX; letter prints the office's box, sender box is ours",
        "style": Style.DATABOX_DOCUMENT,
        "databox": {
            "box": "fv6t2ah",
            "sender": "Krušnohorský deník a.s.",
            "address": "Husova 12, 400 01 Ústí nad Labem",
        },
        "subject": "Žádost o přístup k XML – Krušnohorský deník",
        "attachments": [
            (
                "docx",
                "Zadost_KD.docx",
                {
                    "blocks": [
                        "Adresát: Český statistický úřad, ID DS 2gfaasy",
                        f"Žadatel: Krušnohorský deník a.s., IČO {_I8}",
                        "Žádáme o zpřístupnění průběžných výsledků voleb v XML.",
                        {
                            "rows": [
                                ["Ostrý provoz", "203.0.113.200, 203.0.113.201, 203.0.113.202"],
                                ["Testovací prostředí", "—"],
                            ]
                        },
                        "Kontakt: Pavla Říhová, +420 475 210 633, rihova@krusnohorsky-denik.example",
                        "Za představenstvo: Ing. Miloš Kratochvíl",
                    ]
                },
            )
        ],
        "labels": L(
            FEED, "Krušnohorský deník a.s.", _I8, "fv6t2ah",
            ["203.0.113.200", "203.0.113.201", "203.0.113.202"], [],
            "Pavla Říhová", "rihova@krusnohorsky-denik.example", "+420475210633",
        ),
    },
    {
        "id": "t011-slovak-pdf-form",
        "description": "Slovak PDF form, test range written with a dash, no Czech IČO",
        "style": Style.SLOVAK,
        "from": "Marek Hudec <hudec@dennik-zahorie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb (XML)",
        "body": "Dobrý deň, v prílohe posielam vyplnenú žiadosť. Ďakujem, Marek Hudec",
        "attachments": [
            (
                "pdf",
                "ziadost.pdf",
                [
                    "Žiadosť o pridelenie prístupu k XML serveru",
                    {
                        "rows": [
                            ["Žiadateľ", "Denník Záhorie, s. r. o., Senica (SR)"],
                            ["Produkčné IP adresy", "192.0.2.61; 192.0.2.62"],
                            ["Testovacie IP adresy", "192.0.2.70 – 192.0.2.72"],
                            ["Kontaktná osoba", "Marek Hudec"],
                            ["Telefón", "+421 905 318 227"],
                            ["E-mail", "hudec@dennik-zahorie.example"],
                        ],
                        "widths": [150, 300],
                    },
                ],
            )
        ],
        "labels": L(
            FEED, "Denník Záhorie, s. r. o.", None, None,
            ["192.0.2.61", "192.0.2.62"], ["192.0.2.70", "192.0.2.71", "192.0.2.72"],
            "Marek Hudec", "hudec@dennik-zahorie.example", "+421905318227",
        ),
    },
    {
        "id": "t012-bare-cover-xlsx-two-sheets",
        "description": "empty cover, XLSX with one sheet per role and an identification sheet",
        "style": Style.BARE_COVER,
        "from": "ict@univerzita-vltava.example",
        "subject": "FW: formulář",
        "body": "\n",
        "attachments": [
            (
                "xlsx",
                "csu_volby.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Vysoká škola Vltava, o.p.s."],
                            ["IČO", "28714369"],
                            ["Útvar", "Studentská televize VLTV"],
                            ["Kontakt", "Filip Zedník"],
                            ["Telefon", "00420 777 041 285"],
                            ["E-mail", "zednik@univerzita-vltava.example"],
                        ],
                    },
                    {"title": "Produkce", "rows": [["IP"], ["198.18.77.5"]]},
                    {"title": "Test", "rows": [["IP"], ["198.18.77.6"], ["198.18.77.7"]]},
                ],
            )
        ],
        "labels": L(
            FEED, "Vysoká škola Vltava, o.p.s.", "28714369", None,
            ["198.18.77.5"], ["198.18.77.6", "198.18.77.7"],
            "Filip Zedník", "zednik@univerzita-vltava.example", "+420777041285",
        ),
    },
    {
        "id": "t013-freelancer-docx-declines-recording",
        "description": "freelancer DOCX letter; recording explicitly not requested, trade name",
        "style": Style.DOCX_LETTER,
        "from": "Ivana Pelcová <ivana@pelcova-foto.example>",
        "subject": "přístup k výsledkům – Ivana Pelcová",
        "body": "Dobrý den, posílám žádost jako přílohu.\nIvana Pelcová, OSVČ\n",
        "attachments": [
            (
                "docx",
                "zadost_pelcova.docx",
                {
                    "header": f"Ivana Pelcová | IČO {_I9} | Pardubice",
                    "blocks": [
                        "Vážení,",
                        "provozuji zpravodajský web Volby.info jako fyzická osoba. Prosím o "
                        "přístup k XML výstupům. Povolení k natáčení na přebíracích místech "
                        "nepotřebuji.",
                        "Server: 192.0.2.9 (jediná adresa, test pojede ze stejného stroje).",
                        "Mobil 603 914 775",
                        "Ivana Pelcová",
                    ],
                },
            )
        ],
        "labels": L(
            FEED, "Ivana Pelcová", _I9, None,
            ["192.0.2.9"], [],
            "Ivana Pelcová", "ivana@pelcova-foto.example", "+420603914775",
        ),
    },
    {
        "id": "t014-pdf-letter-both-ipv6-test",
        "description": "PDF letter from a radio: both requests, IPv6 test addresses listed apart",
        "style": Style.PDF_LETTER,
        "from": "Klára Novotná <novotna@radio-labe.example>",
        "subject": "Rádio Labe – žádost (XML + natáčení)",
        "body": "Dobrý den,\nv příloze naše žádost.\nKlára Novotná\n",
        "attachments": [
            (
                "pdf",
                "radio_labe.pdf",
                [
                    "RÁDIO LABE spol. s r.o., Mírové nám. 3, Ústí nad Labem, IČO 25416880",
                    "Žádáme o přístup k XML výsledkům a zároveň o povolení pořídit zvukový "
                    "záznam na přebíracím místě v Ústí nad Labem (reportér Adam Kolář).",
                    "Produkční servery: 203.0.113.88, 203.0.113.89",
                    "Testovací: 2001:db8:ab::10, 2001:db8:ab::11",
                    "Kontaktní osoba: Klára Novotná, tel. 472 771 508, novotna@radio-labe.example",
                ],
            )
        ],
        "labels": L(
            BOTH, "RÁDIO LABE spol. s r.o.", "25416880", None,
            ["203.0.113.88", "203.0.113.89"], ["2001:db8:ab::10", "2001:db8:ab::11"],
            "Klára Novotná", "novotna@radio-labe.example", "+420472771508",
        ),
    },
]
