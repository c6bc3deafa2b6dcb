"""Fifty-fourth held-out part ``cn``, cases cn029–cn042: a data message with the application
in its annotation, an empty mail whose PDF names two people, a windows-1250 cover with an RTF
range, a Polish TAK/NIE DOCX, a forwarded .eml whose note replaces a test address, a radio's
data message with an RTF, a transposed workbook, a Hungarian ODT form, a data message with a
letterhead PDF on IPv6, a cover that changes the contact, a mobile mail with a TXT form, a data
message with a netmask, a flowed reply about filming and a data message split between the
annotation and a DOCX with merged cells. Written by hand apart from the extraction rules (see
make_fiftyfourth_cn); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyfourth_cn_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I30, I31, I33, I34 = (
    ico("0756419"),
    ico("2683150"),
    ico("0419826"),
    ico("2895374"),
    ico("0347162"),
)
I35, I37, I38, I40, I41 = (
    ico("2561847"),
    ico("0182936"),
    ico("2937461"),
    ico("0618529"),
    ico("2704385"),
)
I42 = ico("0953217")

CASES: list[dict[str, Any]] = [
    {
        "id": "cn029-databox-annotation-whole-application",
        "description": "the data message's annotation is the whole application (IPv6 production, "
        "an IPv4 test); the attached TXT only gives the contact's details",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Kolínské noviny s.r.o.",
            I29,
            "kn2h9fd",
            ["2001:db8:c0::1"],
            ["192.0.2.240"],
            "Petra Vokounová",
            "vokounova@kolinskenoviny.example",
            "+420731288405",
        ),
        "databox": box("kn2h9fd", "Kolínské noviny s.r.o.", "Kutnohorská 20, 280 02 Kolín"),
        "subject": "Žádost o přístup k XML výsledkům voleb; produkční IP 2001:db8:c0::1, "
        "testovací 192.0.2.240; kontakt viz příloha",
        "attachments": [
            (
                "txt",
                "kontakt.txt",
                "Kontaktní osoba: Petra Vokounová\nredakce online\n"
                "tel.: 731 288 405\ne-mail: vokounova@kolinskenoviny.example\n"
                f"Kolínské noviny s.r.o., IČO {I29}\n",
            )
        ],
    },
    {
        "id": "cn030-empty-pdf-two-people",
        "description": "an empty mail with a PDF naming an editor-in-chief who signs and a "
        "technician named as contact person for the application",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Táborský hlasatel s.r.o.",
            I30,
            None,
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.138"],
            "Lukáš Moravec",
            "moravec@taborskyhlasatel.example",
            "+420603517240",
        ),
        "from": "Jaroslava Hrdličková <hrdlickova@taborskyhlasatel.example>",
        "subject": "žádost",
        "headers": APPLE,
        "body": "",
        "attachments": [
            (
                "pdf",
                "TH_zadost_volby.pdf",
                [
                    f"TÁBORSKÝ HLASATEL s.r.o.\n9. května 14, 390 01 Tábor\nIČO {I30}",
                    "Žádost o zpřístupnění průběžných výsledků voleb (XML)",
                    {
                        "rows": [
                            ["", "Produkční", "Testovací"],
                            ["IP 1", "203.0.113.130", "203.0.113.138"],
                            ["IP 2", "203.0.113.131", "—"],
                        ],
                        "widths": [60, 150, 150],
                    },
                    {
                        "rows": [
                            [
                                "Kontaktní osoba pro žádost",
                                "Lukáš Moravec, správce serverů",
                                "603 517 240",
                                "moravec@taborskyhlasatel.example",
                            ],
                            [
                                "Statutární orgán",
                                "Jaroslava Hrdličková, jednatelka",
                                "381 250 110",
                                "hrdlickova@taborskyhlasatel.example",
                            ],
                        ],
                        "widths": [110, 130, 80, 160],
                    },
                    "V Táboře 8. 9. 2025\nJaroslava Hrdličková",
                ],
            )
        ],
    },
    {
        "id": "cn031-windows1250-rtf-written-range",
        "description": "a quoted-printable windows-1250 cover; the RTF letter writes production "
        "as a dash range of three addresses and the test address after it",
        "style": Style.COVER,
        "charset": "windows-1250",
        "labels": L(
            [FEED, FILM],
            "Benešovský deník, s.r.o.",
            I31,
            None,
            ["203.0.113.10", "203.0.113.11", "203.0.113.12"],
            ["203.0.113.15"],
            "Miroslav Štěpánek",
            "stepanek@benesovskydenik.example",
            "+420317744250",
        ),
        "from": "Miroslav Štěpánek <stepanek@benesovskydenik.example>",
        "subject": "Žádost Benešovský deník",
        "headers": SEZNAM,
        "body": "Dobrý den,\nposílám žádost o přístup k výsledkům a o natáčení, je v příloze "
        "(RTF).\nŠtěpánek\n",
        "attachments": [
            (
                "rtf",
                "BD_zadost.rtf",
                [
                    f"Benešovský deník, s.r.o.\nTyršova 2, 256 01 Benešov\nIČO {I31}",
                    "Žádáme o přístup k dedikovanému serveru s výsledky voleb pro adresy "
                    "203.0.113.10 – 203.0.113.12 (produkce) a 203.0.113.15 (test), a dále o "
                    "povolení natáčet na pracovišti ČSÚ v Benešově.",
                    "Kontakt: Miroslav Štěpánek, stepanek@benesovskydenik.example, "
                    "tel. 317 744 250",
                ],
            )
        ],
    },
    {
        "id": "cn032-foreign-polish-tak-nie-docx",
        "description": "a Polish portal's English cover with a DOCX form in Polish: TAK for "
        "the feed, NIE for filming; a Polish phone, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Portal Śląsk Cieszyński sp. z o.o.",
            None,
            None,
            ["198.51.100.170", "198.51.100.171"],
            ["198.51.100.179"],
            "Agnieszka Wróbel",
            "a.wrobel@slaskcieszynski.example",
            "+48338512407",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@slaskcieszynski.example>",
        "subject": "Application - election results XML feed",
        "headers": GMAIL,
        "body": "Dear Sir or Madam,\n\nplease find attached our application for access to "
        "the election results server (form in Polish, we hope that is fine).\n\nKind "
        "regards,\nAgnieszka Wróbel\n",
        "attachments": [
            (
                "docx",
                "wniosek_PSC.docx",
                {
                    "header": "Portal Śląsk Cieszyński sp. z o.o. | ul. Głęboka 11, 43-400 "
                    "Cieszyn, Polska",
                    "footer": "NIP 548-102-37-91",
                    "blocks": [
                        "Wniosek o dostęp do wyników wyborów",
                        {
                            "rows": [
                                ["Wnioskujemy o", "TAK", "NIE"],
                                ["dostęp do serwera XML z wynikami", "TAK", ""],
                                ["zezwolenie na filmowanie", "", "NIE"],
                            ]
                        },
                        {
                            "rows": [
                                ["Adresy IP (produkcja)", "198.51.100.170, 198.51.100.171"],
                                ["Adres IP (test)", "198.51.100.179"],
                                ["Osoba kontaktowa", "Agnieszka Wróbel"],
                                ["Telefon", "+48 33 851 24 07"],
                                ["E-mail", "a.wrobel@slaskcieszynski.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "cn033-eml-forward-note-replaces-test",
        "description": "the original application forwarded as an attached .eml; the new note "
        "replaces its test address and keeps everything else",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Chrudimský kraj dnes s.r.o.",
            I33,
            None,
            ["192.0.2.120", "192.0.2.121"],
            ["192.0.2.150"],
            "Tomáš Vodička",
            "vodicka@chrudimdnes.example",
            "+420469622318",
        ),
        "from": "Tomáš Vodička <vodicka@chrudimdnes.example>",
        "subject": "Fwd: Žádost o přístup k XML – změna testovací adresy",
        "headers": TBIRD,
        "body": "Dobrý den,\n\npřeposílám naši žádost z minulého týdne s jednou změnou: "
        "testovací server jsme přestěhovali, místo 192.0.2.140 platí 192.0.2.150. Ostatní "
        "beze změny.\n\nTomáš Vodička\n469 622 318\n",
        "attachments": [
            (
                "eml",
                "Žádost o přístup k XML.eml",
                {
                    "id": "cn033-inner",
                    "from": "Tomáš Vodička <vodicka@chrudimdnes.example>",
                    "subject": "Žádost o přístup k XML",
                    "headers": TBIRD,
                    "body": "Dobrý den,\n\nChrudimský kraj dnes s.r.o., IČO "
                    f"{I33}, žádá o přístup k průběžným výsledkům voleb.\n\n"
                    "Produkce: 192.0.2.120, 192.0.2.121\nTest: 192.0.2.140\n\n"
                    "Kontakt: Tomáš Vodička, vodicka@chrudimdnes.example, 469 622 318\n",
                },
            )
        ],
    },
    {
        "id": "cn034-databox-radio-rtf-both",
        "description": "a radio's data message: short annotation, RTF letter asking for both with "
        "the addresses in a role table and a switchboard after the contact's direct line",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Rádio Podřipsko s.r.o.",
            I34,
            "rp6w3xs",
            ["198.18.50.10"],
            ["198.18.50.11"],
            "Marta Hořejší",
            "horejsi@radiopodripsko.example",
            "+420416531207",
        ),
        "databox": box(
            "rp6w3xs", "Rádio Podřipsko s.r.o.", "Palackého 3, 413 01 Roudnice nad Labem"
        ),
        "subject": "Volby - XML a natáčení",
        "attachments": [
            (
                "rtf",
                "RP_zadost.rtf",
                [
                    f"Rádio Podřipsko s.r.o., IČO {I34}",
                    "Žádáme o přístup k XML s průběžnými výsledky a o povolení pořizovat "
                    "zvukový záznam na pracovišti v Litoměřicích.",
                    [["role", "adresa"], ["produkce", "198.18.50.10"], ["test", "198.18.50.11"]],
                    "Kontakt: Marta Hořejší, přímá linka 416 531 207, ústředna 416 531 200, "
                    "horejsi@radiopodripsko.example",
                ],
            )
        ],
    },
    {
        "id": "cn035-xlsx-transposed-row-headers",
        "description": "a two-sheet workbook with roles as row headers and addresses across "
        "columns, one production cell struck with a note that it is the old server",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Náchodský expres s.r.o.",
            I35,
            None,
            ["192.0.2.20", "192.0.2.22"],
            ["192.0.2.29"],
            "Ivo Šafránek",
            "safranek@nachodskyexpres.example",
            "+420491407326",
        ),
        "from": "Ivo Šafránek <safranek@nachodskyexpres.example>",
        "subject": "Náchodský expres - podklady pro přístup k XML",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\nžádost a adresy jsou v tabulce, kontakt je na druhém listu.\n\n"
        "Ivo Šafránek\n",
        "attachments": [
            (
                "xlsx",
                "NE_zadost.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            [
                                "Náchodský expres s.r.o., IČO " + I35 + " – žádost o XML",
                                None,
                                None,
                                None,
                            ],
                            [
                                "Produkce",
                                "192.0.2.20",
                                "192.0.2.21 (starý server, nepoužívat)",
                                "192.0.2.22",
                            ],
                            ["Test", "192.0.2.29", None, None],
                        ],
                        "merge": ["A1:D1"],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Kontakt", "Ivo Šafránek"],
                            ["Telefon", "491 407 326"],
                            ["E-mail", "safranek@nachodskyexpres.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cn036-foreign-hungarian-odt-form",
        "description": "a Hungarian outlet's ODT form with an IGEN/NEM column (filming NEM); "
        "the contact is written surname first in Hungarian order, Hungarian phone, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunatáj Média Kft.",
            None,
            None,
            ["203.0.113.180"],
            ["203.0.113.181"],
            "Szabó Katalin",
            "szabo.katalin@dunataj.example",
            "+36301742586",
        ),
        "from": "Szabó Katalin <szabo.katalin@dunataj.example>",
        "subject": "Kérelem / žádost – választási eredmények XML",
        "headers": ROUNDCUBE,
        "body": "Tisztelt Hölgyem/Uram,\n\nmellékelten küldjük kérelmünket.\n\nÜdvözlettel\n"
        "Szabó Katalin\nDunatáj Média Kft., Győr\n",
        "attachments": [
            (
                "odt",
                "kerelem_Dunataj.odt",
                [
                    "Dunatáj Média Kft.\nBaross Gábor út 21, 9021 Győr, Magyarország",
                    "Kérelem a választási eredmények XML szerveréhez",
                    [
                        ["Kérelem", "IGEN", "NEM"],
                        ["Hozzáférés az XML eredményekhez", "X", ""],
                        ["Forgatási engedély", "", "X"],
                    ],
                    [
                        ["Éles szerver IP", "203.0.113.180"],
                        ["Teszt szerver IP", "203.0.113.181"],
                        ["Kapcsolattartó", "Szabó Katalin"],
                        ["Telefon", "+36 30 174 2586"],
                        ["E-mail", "szabo.katalin@dunataj.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "cn037-databox-letterhead-pdf-ipv6",
        "description": "a data message with a letterhead PDF: two IPv6 production addresses "
        "written in full, an IPv6 test address, and a contact in the signature block",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Mladoboleslavský metropol, a.s.",
            I37,
            "mm4k7qz",
            ["2001:db8:5a::80", "2001:db8:5a::81"],
            ["2001:db8:5a::99"],
            "Renata Holubová",
            "holubova@mbmetropol.example",
            "+420326712584",
        ),
        "databox": box(
            "mm4k7qz", "Mladoboleslavský metropol, a.s.", "Jičínská 1, 293 01 Mladá Boleslav"
        ),
        "subject": "Žádost o přístup k dedikovanému serveru",
        "attachments": [
            (
                "pdf",
                "MM_zadost.pdf",
                [
                    f"MLADOBOLESLAVSKÝ METROPOL, a.s. · Jičínská 1 · Mladá Boleslav · IČO {I37}",
                    "Žádáme o přístup k průběžným výsledkům voleb (XML).",
                    "Produkční servery: 2001:0db8:005a:0000:0000:0000:0000:0080 a "
                    "2001:0db8:005a:0000:0000:0000:0000:0081",
                    "Testovací server: 2001:db8:5a::99",
                    "S pozdravem\nRenata Holubová\nvedoucí provozu IT\n"
                    "holubova@mbmetropol.example | 326 712 584",
                ],
            )
        ],
    },
    {
        "id": "cn038-cover-changes-contact",
        "description": "the cover mail replaces the contact person named in the attached DOCX "
        "with a colleague, giving her e-mail and phone",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Třebíčský zpravodaj s.r.o.",
            I38,
            None,
            ["198.51.100.220", "198.51.100.221"],
            ["198.51.100.229"],
            "Jitka Hrubá",
            "hruba@trebicskyzpravodaj.example",
            "+420605832147",
        ),
        "from": "Karel Novák <novak@trebicskyzpravodaj.example>",
        "subject": "žádost o XML - Třebíčský zpravodaj",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\n\nv příloze naše žádost. Jedna změna proti dokumentu: kontaktní "
        "osobou nebudu já, ale kolegyně Jitka Hrubá (hruba@trebicskyzpravodaj.example, "
        "605 832 147), já budu na volby na dovolené.\n\nKarel Novák\n",
        "attachments": [
            (
                "docx",
                "TZ_zadost.docx",
                {
                    "header": f"Třebíčský zpravodaj s.r.o. – IČO {I38}",
                    "footer": "Karlovo nám. 40, 674 01 Třebíč",
                    "blocks": [
                        "Žádost o přístup k XML s výsledky voleb",
                        {
                            "rows": [
                                ["Produkční IP", "198.51.100.220", "198.51.100.221"],
                                ["Testovací IP", "198.51.100.229", ""],
                                [
                                    "Kontaktní osoba",
                                    "Karel Novák",
                                    "novak@trebicskyzpravodaj.example, 604 221 930",
                                ],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "cn039-mobile-txt-bracket-form",
        "description": "a terse K-9 mail from a phone with a TXT form using [x]/[ ] marks; "
        "production only, no test address",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Znojemský týden s.r.o.",
            ico("2619438"),
            None,
            ["192.0.2.80", "192.0.2.81"],
            [],
            "Libor Kučera",
            "kucera@znojemskytyden.example",
            "+420721604358",
        ),
        "from": "Libor Kučera <kucera@znojemskytyden.example>",
        "subject": "zadost",
        "headers": K9,
        "body": "v priloze. LK\n\nOdesláno z mobilu\n",
        "attachments": [
            (
                "txt",
                "zadost_ZT.txt",
                "Znojemský týden s.r.o.\nIČO: " + ico("2619438") + "\n\n"
                "[x] přístup k XML výsledkům\n[ ] natáčení\n\n"
                "produkce: 192.0.2.80, 192.0.2.81\ntest: -\n\n"
                "kontakt Libor Kučera 721 604 358 kucera@znojemskytyden.example\n",
            )
        ],
    },
    {
        "id": "cn040-databox-netmask-xlsx",
        "description": "a data message with a workbook giving production as an address with a "
        "netmask (four addresses) and test as a single address in a second row",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Chebský kurýr s.r.o.",
            I40,
            "ck9p2ln",
            ["198.18.20.8", "198.18.20.9", "198.18.20.10", "198.18.20.11"],
            ["198.18.20.20"],
            "Vladimír Pokorný",
            "pokorny@chebskykuryr.example",
            "+420354601728",
        ),
        "databox": box("ck9p2ln", "Chebský kurýr s.r.o.", "Svobody 17, 350 02 Cheb"),
        "subject": "Přístup k výsledkům voleb – Chebský kurýr",
        "attachments": [
            (
                "xlsx",
                "CK_adresy.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Žadatel", "Chebský kurýr s.r.o.", "IČO " + I40],
                            ["Síť", "Adresa", "Maska"],
                            ["produkční", "198.18.20.8", "255.255.255.252"],
                            ["testovací", "198.18.20.20", "255.255.255.255"],
                            ["Kontakt", "Vladimír Pokorný", "354 601 728"],
                            ["E-mail", "pokorny@chebskykuryr.example", None],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "cn041-flowed-reply-filming-only",
        "description": "a flowed reply about the filming place with the office's question "
        "quoted; the attached PDF lists the crew, and the feed is deferred to the next "
        "election",
        "style": Style.REPLY,
        "flowed": True,
        "labels": L(
            [FILM],
            "Jizerská televize s.r.o.",
            I41,
            None,
            [],
            [],
            "Roman Vlček",
            "vlcek@jizerskatv.example",
            "+420737290461",
        ),
        "from": "Roman Vlček <vlcek@jizerskatv.example>",
        "subject": "Re: natáčení - upřesnění místa",
        "headers": EVOLUTION,
        "body": "Dobrý den,\n\nnatáčet bychom chtěli na pracovišti v Jablonci nad Nisou, "
        "seznam štábu je v příloze. Přístup k XML letos nežádáme, o ten požádáme až u "
        "příštích voleb.\n\nRoman Vlček\nJizerská televize s.r.o., IČO "
        f"{I41}\ntel. 737 290 461\n\n"
        "Dne 10. 9. 2025 v 8:15 napsal ČSÚ <podatelna@czso.cz>:\n"
        "> Dobrý den, upřesněte prosím, na kterém pracovišti chcete natáčet.\n",
        "attachments": [
            (
                "pdf",
                "stab_JTV.pdf",
                [
                    "Jizerská televize s.r.o. – štáb",
                    {
                        "rows": [
                            ["Jméno", "Funkce"],
                            ["Roman Vlček", "redaktor, kontakt"],
                            ["Petr Rydlo", "kameraman"],
                        ],
                        "widths": [150, 150],
                    },
                ],
            )
        ],
    },
    {
        "id": "cn042-databox-split-merged-docx",
        "description": "a data message split: the annotation adds a test address the DOCX lacks, "
        "the DOCX has a merged title row, the production addresses and the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Hradecký puls s.r.o.",
            I42,
            "hp3x8ve",
            ["203.0.113.220", "203.0.113.221"],
            ["203.0.113.230"],
            "Markéta Doležalová",
            "dolezalova@hradeckypuls.example",
            "+420495218073",
        ),
        "databox": box("hp3x8ve", "Hradecký puls s.r.o.", "Gočárova 8, 500 02 Hradec Králové"),
        "subject": "Žádost o XML; doplňujeme testovací IP 203.0.113.230 (v příloze chybí)",
        "attachments": [
            (
                "docx",
                "HP_zadost.docx",
                {
                    "header": f"Hradecký puls s.r.o. | IČO {I42}",
                    "footer": "Gočárova 8, Hradec Králové",
                    "blocks": [
                        {
                            "rows": [
                                ["Žádost o přístup k průběžným výsledkům voleb", ""],
                                ["Produkční IP", "203.0.113.220, 203.0.113.221"],
                                ["Testovací IP", "(doplníme)"],
                                ["Kontaktní osoba", "Markéta Doležalová"],
                                ["Telefon", "495 218 073"],
                                ["E-mail", "dolezalova@hradeckypuls.example"],
                            ],
                            "merge": [(0, 0, 0, 1)],
                        },
                        "Markéta Doležalová, vedoucí digitálu",
                    ],
                },
            )
        ],
    },
]
