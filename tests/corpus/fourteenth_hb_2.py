"""Fourteenth held-out part ``hb``, cases hb015–hb028 (see fourteenth_hb_common)."""

from __future__ import annotations

from tests.corpus.fourteenth_hb_common import BOTH, FEED, FILM, Case, L, Style, box, ico, mail

ICO_15 = ico("2815036")
ICO_16 = ico("4473920")
ICO_18 = ico("0367125")
ICO_19 = ico("2949381")
ICO_21 = ico("7312045")
ICO_22 = ico("2608154")
ICO_24 = ico("0931562")
ICO_25 = ico("2472093")
ICO_27 = ico("7185734")
ICO_28 = ico("4126857")

CASES: list[Case] = [
    box(
        "hb015-databox-form-and-host-sheet",
        "data message with a PDF form (both boxes ticked) and an XLSX of hosts",
        Style.DATABOX,
        L(
            BOTH,
            "TV Beskydy s.r.o.",
            ICO_15,
            "b8skd2e",
            ["198.51.100.101", "198.51.100.102"],
            ["198.51.100.110", "198.51.100.111"],
            "Roman Kocián",
            "kocian@tvbeskydy.example",
            "+420603552781",
        ),
        ("b8skd2e", "TV Beskydy s.r.o.", "Palackého 133, Frýdek-Místek", 20),
        "Žádost – volební XML a natáčení",
        [
            (
                "pdf",
                "formular.pdf",
                [
                    "FORMULÁŘ ŽÁDOSTI",
                    {
                        "rows": [
                            ["Žadatel", "TV Beskydy s.r.o."],
                            ["IČO", ICO_15],
                            ["[X] přístup k XML výsledkům", "[X] natáčení na pracovišti ČSÚ"],
                            [
                                "Kontaktní osoba",
                                "Roman Kocián, 603 552 781, kocian@tvbeskydy.example",
                            ],
                        ],
                        "widths": [200, 250],
                    },
                    "IP adresy viz přiložená tabulka.",
                ],
            ),
            (
                "xlsx",
                "adresy.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["server", "adresa", "typ"],
                            ["web1", "198.51.100.101", "ostrý"],
                            ["web2", "198.51.100.102", "ostrý"],
                            ["stage1", "198.51.100.110", "test"],
                            ["stage2", "198.51.100.111", "test"],
                        ],
                    }
                ],
            ),
        ],
    ),
    mail(
        "hb016-mail-overrides-ticked-filming",
        "form ticks filming ANO, but the cover mail says the crew will not come; feed only",
        Style.CONTRADICTION,
        L(
            FEED,
            "Nový Hlas Liberecka, o.p.s.",
            ICO_16,
            None,
            ["192.0.2.88"],
            ["192.0.2.89"],
            "Šárka Benešová",
            "benesova@novyhlas.example",
            "+420485104322",
        ),
        "Šárka Benešová <benesova@novyhlas.example>",
        "Formulář",
        "Dobrý den,\n\nve formuláři mám zaškrtnuté i natáčení – to prosím ignorujte, štáb "
        "nakonec k dispozici nemáme. Žádáme jen o data.\n\nBenešová\n485 104 322\n",
        [
            (
                "docx",
                "formular_NHL.docx",
                {
                    "blocks": [
                        {
                            "rows": [
                                ["Žadatel", "Nový Hlas Liberecka, o.p.s."],
                                ["IČO", ICO_16],
                                ["Feed XML", "☒"],
                                ["Natáčení", "☒"],
                                ["Produkční IP", "192.0.2.88"],
                                ["Testovací IP", "192.0.2.89"],
                                ["Kontakt", "Šárka Benešová, benesova@novyhlas.example"],
                            ]
                        },
                    ]
                },
            )
        ],
    ),
    mail(
        "hb017-english-university-filming-pdf",
        "British university film school asks only to film, PDF letter, no Czech IČO",
        Style.FOREIGN,
        L(
            FILM,
            "University of Westbridge",
            None,
            None,
            [],
            [],
            "Oliver Pennington",
            "o.pennington@westbridge.example",
            "+447700900123",
        ),
        "Oliver Pennington <o.pennington@westbridge.example>",
        "Filming request – election night",
        "Dear Sir or Madam,\n\nattached is our formal request. We do not need any data "
        "access, only permission to film.\n\nKind regards,\nOliver Pennington\n",
        [
            (
                "pdf",
                "westbridge_request.pdf",
                [
                    "University of Westbridge · School of Film and Media",
                    "We kindly ask for permission to film the processing of results at a regional "
                    "office of the Czech Statistical Office for a student documentary.",
                    "Contact: Oliver Pennington, o.pennington@westbridge.example, +44 7700 900123",
                ],
            )
        ],
    ),
    mail(
        "hb018-odt-slash31-test",
        "ODT form: two production addresses and a /31 test pair",
        Style.FORM,
        L(
            FEED,
            "Hanácký večerník s.r.o.",
            ICO_18,
            None,
            ["198.18.0.2", "198.18.0.3"],
            ["198.18.0.8", "198.18.0.9"],
            "Michal Zbořil",
            "zboril@hvecernik.example",
            "+420734200918",
        ),
        "Michal Zboril <zboril@hvecernik.example>",
        "Žádost o XML feed",
        "Zdravím, formulář v ODT v příloze.\nMZ\n",
        [
            (
                "odt",
                "formular.odt",
                [
                    "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB",
                    [
                        ["Žadatel", "Hanácký večerník s.r.o."],
                        ["IČO", ICO_18],
                        ["Adresy pro ostrý provoz", "198.18.0.2, 198.18.0.3"],
                        ["Testovací adresy", "198.18.0.8/31"],
                        ["Kontaktní osoba", "Michal Zbořil"],
                        ["Telefon", "734 200 918"],
                        ["E-mail", "zboril@hvecernik.example"],
                    ],
                ],
            )
        ],
    ),
    mail(
        "hb019-rtf-letterhead-dic-and-account",
        "RTF letterhead with IČO, DIČ and bank account; body without diacritics",
        Style.LETTERHEAD,
        L(
            FEED,
            "Radio Haná, a.s.",
            ICO_19,
            None,
            ["203.0.113.33"],
            ["203.0.113.34"],
            "Zdenek Pavlik",
            "pavlik@radiohana.example",
            "+420585311700",
        ),
        "Zdenek Pavlik <pavlik@radiohana.example>",
        "zadost o pristup",
        "Dobry den, posilam zadost, podepsany original jde postou. Pavlik\n",
        [
            (
                "rtf",
                "zadost_radio.rtf",
                [
                    "Radio Haná, a.s. | IČO "
                    + ICO_19
                    + " | DIČ CZ"
                    + ICO_19
                    + " | č. ú. 2400117731/2010",
                    "Vec: zadost o pristup k XML vysledkum voleb",
                    "Zadame o zpristupneni dat pro nas server 203.0.113.33. Pro testovani pouzijeme "
                    "203.0.113.34.",
                    "Vyrizuje: Zdenek Pavlik, technicky reditel, tel. 585 311 700, "
                    "pavlik@radiohana.example",
                ],
            )
        ],
    ),
    mail(
        "hb020-english-txt-freelance-photographer",
        "freelance photographer from Vienna, TXT attachment, filming only",
        Style.PLAIN_TEXT,
        L(
            FILM,
            "Katharina Steiner",
            None,
            None,
            [],
            [],
            "Katharina Steiner",
            "k.steiner@lichtbild.example",
            "+436641234567",
        ),
        "Katharina Steiner <k.steiner@lichtbild.example>",
        "photo/video permission",
        "Hi, my request is in the text file. Thanks! Katharina\n",
        [
            (
                "txt",
                "request.txt",
                "Request for permission to record video at a collection point during the count.\n"
                "Applicant: Katharina Steiner, independent photographer (Vienna)\n"
                "Mobile: +43 664 1234567\nMail: k.steiner@lichtbild.example\n",
            )
        ],
    ),
    mail(
        "hb021-docx-nested-table-ipv6-only",
        "DOCX with a nested table; IPv6-only production, no test addresses ('—')",
        Style.FORM,
        L(
            FEED,
            "Datová žurnalistika Praha, z.ú.",
            ICO_21,
            None,
            ["2001:db8:c0:1::10", "2001:db8:c0:1::11"],
            [],
            "Eliška Nováková",
            "eliska@dzpraha.example",
            "+420720111098",
        ),
        "Eliška Nováková <eliska@dzpraha.example>",
        "Žádost o přístup k XML",
        "Dobrý den, posílám žádost v příloze.\nEliška Nováková\n",
        [
            (
                "docx",
                "zadost.docx",
                {
                    "blocks": [
                        "Žádost o zpřístupnění výsledků voleb",
                        {
                            "rows": [
                                ["Žadatel", "Datová žurnalistika Praha, z.ú., IČO " + ICO_21],
                                ["Adresy", ""],
                                ["Kontakt", "Eliška Nováková, eliska@dzpraha.example, 720 111 098"],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkce", "2001:db8:c0:1::10"],
                                        ["produkce", "2001:db8:c0:1::11"],
                                        ["test", "—"],
                                    ]
                                }
                            },
                        },
                    ]
                },
            )
        ],
    ),
    box(
        "hb022-databox-xlsx-contact-on-second-sheet",
        "data message with only an XLSX; addresses on one sheet, contact on another",
        Style.DATABOX,
        L(
            FEED,
            "Mediální dům Ostrava a.s.",
            ICO_22,
            "m2d7ost",
            ["192.0.2.150", "192.0.2.151", "192.0.2.152"],
            ["192.0.2.160"],
            "Tereza Chlebková",
            "chlebkova@mdo.example",
            "+420596777410",
        ),
        ("m2d7ost", "Mediální dům Ostrava a.s.", "Nádražní 12, Ostrava", 20),
        "IP adresy – volby",
        [
            (
                "xlsx",
                "volby_ip.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Mediální dům Ostrava a.s.", "IČO " + ICO_22],
                            ["Produkční", "192.0.2.150"],
                            ["Produkční", "192.0.2.151"],
                            ["Produkční (záložní)", "192.0.2.152"],
                            ["Testovací", "192.0.2.160"],
                        ],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Jméno", "Tereza Chlebková"],
                            ["E-mail", "chlebkova@mdo.example"],
                            ["Tel.", "596 777 410"],
                        ],
                    },
                ],
            )
        ],
    ),
    mail(
        "hb023-mail-drops-one-pdf-address",
        "PDF lists three production servers; the mail says one was decommissioned",
        Style.CONTRADICTION,
        L(
            FEED,
            "Krkonošský deník s.r.o.",
            None,
            None,
            ["203.0.113.11", "203.0.113.13"],
            [],
            "Filip Janoušek",
            "janousek@krkonose-denik.example",
            "+420499876012",
        ),
        "Filip Janoušek <janousek@krkonose-denik.example>",
        "Re: přístup k výsledkům",
        "Dobrý den,\n\nžádost v PDF jsem psal před měsícem; server 203.0.113.12 jsme mezitím "
        "zrušili, takže platí jen zbylé dva.\n\nFilip Janoušek\ntel. 499 876 012\n",
        [
            (
                "pdf",
                "zadost_KD.pdf",
                [
                    "Krkonošský deník s.r.o., Trutnov",
                    "Žádáme o přístup k XML výsledkům pro servery:",
                    {
                        "rows": [
                            ["1", "203.0.113.11"],
                            ["2", "203.0.113.12"],
                            ["3", "203.0.113.13"],
                        ],
                        "widths": [40, 200],
                    },
                    "Filip Janoušek, vedoucí vývoje",
                ],
            )
        ],
    ),
    mail(
        "hb024-czech-branch-of-slovak-agency",
        "Czech branch (odštěpný závod) of a Slovak agency applies with its Czech IČO; both",
        Style.LETTERHEAD,
        L(
            BOTH,
            "Slovpress a.s., odštěpný závod Praha",
            ICO_24,
            None,
            ["198.51.100.31"],
            [],
            "Juraj Mikuláš",
            "mikulas@slovpress.example",
            "+420774520336",
        ),
        "Juraj Mikuláš <mikulas@slovpress.example>",
        "Žiadosť – prístup a natáčanie",
        "Dobrý deň, v prílohe posielam žiadosť našej pražskej pobočky. Juraj Mikuláš\n",
        [
            (
                "docx",
                "ziadost.docx",
                {
                    "header": "Slovpress a.s., odštěpný závod Praha · IČO "
                    + ICO_24
                    + " · Vinohradská 40, Praha 2",
                    "blocks": [
                        "Žiadame o prístup k výsledkom volieb v XML z adresy 198.51.100.31 a o "
                        "povolenie nakrúcať na krajskom pracovisku v Prahe.",
                        "Kontakt: Juraj Mikuláš, vedúci pobočky, +420 774 520 336",
                    ],
                },
            )
        ],
    ),
    mail(
        "hb025-pdf-two-columns-technical-contact",
        "PDF in two columns (company | technical details); technical contact differs from "
        "the signatory; phone written with 00420",
        Style.PDF_COLUMNS,
        L(
            FEED,
            "Echo Brno s.r.o.",
            ICO_25,
            None,
            ["192.0.2.240", "192.0.2.241"],
            ["192.0.2.250"],
            "Adam Kratochvíl",
            "kratochvil@echobrno.example",
            "+420543210987",
        ),
        "Jitka Malá <jitka.mala@echobrno.example>",
        "Žádost o data",
        "Dobrý den, posílám žádost podepsanou jednatelem. J. Malá, asistentka\n",
        [
            (
                "pdf",
                "zadost_echo.pdf",
                [
                    {
                        "rows": [
                            ["Společnost", "Technické údaje"],
                            [
                                "Echo Brno s.r.o.\nIČO " + ICO_25 + "\nKobližná 2, Brno\n"
                                "jednatel Ing. Martin Svoboda",
                                "ostrý provoz: 192.0.2.240, 192.0.2.241\ntest: 192.0.2.250\n"
                                "technický kontakt: Adam Kratochvíl\nkratochvil@echobrno.example\n"
                                "tel. 00420 543 210 987",
                            ],
                        ],
                        "widths": [220, 250],
                    },
                    "Žádáme o přístup k datové službě výsledků voleb.",
                    "Ing. Martin Svoboda, jednatel",
                ],
            )
        ],
    ),
    mail(
        "hb026-xlsx-netmask-column",
        "XLSX with separate address and netmask columns",
        Style.SPREADSHEET,
        L(
            FEED,
            "Chebský týden, spol. s r.o.",
            None,
            None,
            ["192.0.2.40", "192.0.2.41"],
            ["192.0.2.48"],
            "Stanislav Dvořák",
            "dvorak@chebtyden.example",
            "+420354112233",
        ),
        "Stanislav Dvořák <dvorak@chebtyden.example>",
        "tabulka IP",
        "Dobrý den, za Chebský týden, spol. s r.o. zasílám adresy pro volební feed.\n"
        "Stanislav Dvořák, 354 112 233\n",
        [
            (
                "xlsx",
                "ip.xlsx",
                [
                    {
                        "title": "Sítě",
                        "rows": [
                            ["Účel", "Adresa", "Maska"],
                            ["produkce", "192.0.2.40", "255.255.255.254"],
                            ["test", "192.0.2.48", "255.255.255.255"],
                        ],
                    }
                ],
            )
        ],
    ),
    box(
        "hb027-databox-freelancer-odt-filming",
        "self-employed cameraman's data message with an ODT; filming only, IČO given",
        Style.DATABOX,
        L(
            FILM,
            "Vojtěch Urban",
            ICO_27,
            "p9urb4n",
            [],
            [],
            "Vojtěch Urban",
            "vojta@urbanfilm.example",
            "+420606060707",
        ),
        ("p9urb4n", "Vojtěch Urban", "Husova 1, Tábor", 30),
        "Povolení k natáčení",
        [
            (
                "odt",
                "zadost_nataceni.odt",
                [
                    "Vojtěch Urban, kameraman, IČO " + ICO_27,
                    "Prosím o povolení natáčet na volebním pracovišti v Táboře pro regionální "
                    "zpravodajství. Data nepotřebuji.",
                    [["Mobil", "606 060 707"], ["E-mail", "vojta@urbanfilm.example"]],
                ],
            )
        ],
    ),
    mail(
        "hb028-rtf-five-and-five",
        "RTF form with the maximum of five production and five test addresses",
        Style.FORM,
        L(
            FEED,
            "Český rozhlasový svaz, z. s.",
            ICO_28,
            None,
            ["203.0.113.71", "203.0.113.72", "203.0.113.73", "203.0.113.74", "203.0.113.75"],
            ["198.51.100.81", "198.51.100.82", "198.51.100.83", "198.51.100.84", "198.51.100.85"],
            "Hynek Procházka",
            "prochazka@crsvaz.example",
            "+420267311402",
        ),
        "Hynek Procházka <prochazka@crsvaz.example>",
        "Formulář",
        "V příloze.\n",
        [
            (
                "rtf",
                "formular.rtf",
                [
                    "Žadatel: Český rozhlasový svaz, z. s., IČO " + ICO_28,
                    "[x] přístup k XML   [ ] natáčení",
                    [
                        ["Ostrý provoz", "Test"],
                        ["203.0.113.71", "198.51.100.81"],
                        ["203.0.113.72", "198.51.100.82"],
                        ["203.0.113.73", "198.51.100.83"],
                        ["203.0.113.74", "198.51.100.84"],
                        ["203.0.113.75", "198.51.100.85"],
                    ],
                    "Kontakt: Hynek Procházka, 267 311 402, prochazka@crsvaz.example",
                ],
            )
        ],
    ),
]
