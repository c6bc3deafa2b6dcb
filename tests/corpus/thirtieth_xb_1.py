"""Thirtieth held-out part ``xb``, cases xb001–xb014: a cover mail with a PDF letter, an empty
mail with a DOCX form, data messages with the application only in the annotation, only in the
file or in both, an XLSX with row headers, a forwarded .eml, a cover note that corrects its
attachment, ODT and PDF forms with bracket and box-character ticks, a TXT from a freelancer,
an English DOCX with column headers and an HTML yes/no table. Written by hand apart from the
extraction rules (see make_thirtieth_xb); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtieth_xb_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I1, I2, I3, I4, I5 = ico("2874103"), ico("0617392"), ico("4390518"), ico("2718064"), ico("3166027")
I6, I7, I8, I9 = ico("0859214"), ico("2487350"), ico("0532971"), ico("4691805")
I11, I12, I14 = ico("2963147"), ico("0028215"), ico("0742563")

CASES: list[dict[str, Any]] = [
    {
        "id": "xb001-cover-pdf-letterhead-box",
        "description": "two-line cover mail, the application in a PDF letter with a role column; "
        "IČO and data-box ID only in the letter's footer",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Vltavský kurýr, s.r.o.",
            I1,
            "v8kq3te",
            ["198.51.100.34", "198.51.100.35"],
            ["198.51.100.98"],
            "Ondřej Barták",
            "bartak@vltavskykuryr.example",
            "+420724118503",
        ),
        "from": "Ondřej Barták <bartak@vltavskykuryr.example>",
        "subject": "Žádost – XML výsledky voleb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze zasílám naši žádost o přístup k výsledkům voleb.\n\n"
            "S pozdravem\nOndřej Barták\n"
        ),
        "attachments": [
            (
                "pdf",
                "Zadost_XML_VltavskyKuryr.pdf",
                [
                    "<b>Vltavský kurýr, s.r.o.</b>\nRedakce: Lannova 17, 370 01 České Budějovice",
                    "Český statistický úřad\nodbor informatiky\nNa padesátém 81, 100 82 Praha 10",
                    "V Českých Budějovicích 11. 9. 2025",
                    "<b>Věc: žádost o zpřístupnění výsledků voleb ve formátu XML</b>",
                    "Dobrý den, pro online zpravodajství na webu vltavskykuryr.example žádáme o "
                    "povolení přístupu na server s průběžnými výsledky. Stahovat budeme z těchto "
                    "adres:",
                    {
                        "rows": [
                            ["Server", "IP adresa", "Určení"],
                            ["web-01", "198.51.100.34", "produkce"],
                            ["web-02", "198.51.100.35", "produkce (záloha)"],
                            ["dev", "198.51.100.98", "testování"],
                        ],
                        "widths": [90, 140, 150],
                    },
                    "Kontaktní osobou je Ondřej Barták, vedoucí online vydání, tel. 724 118 503, "
                    "bartak@vltavskykuryr.example.",
                    "S pozdravem\n\nMgr. Ondřej Barták\nvedoucí online vydání",
                    f"Vltavský kurýr, s.r.o. | IČO: {I1} | DIČ: CZ{I1} | ID datové schránky: "
                    "v8kq3te | zapsáno v OR u KS v Českých Budějovicích, oddíl C, vložka 20417",
                ],
            )
        ],
    },
    {
        "id": "xb002-empty-body-docx-checkbox-form",
        "description": "mail with no text at all, a DOCX form: feed ticked ☒, recording unticked "
        "☐; the contact named in the form is not the sender",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "RegioNet media a.s.",
            I2,
            None,
            ["203.0.113.180"],
            ["203.0.113.181", "203.0.113.182"],
            "Simona Kadlecová",
            "kadlecova@regionet.example",
            "+420597330482",
        ),
        "from": "asistentka <sekretariat@regionet.example>",
        "subject": "formular",
        "headers": GMAIL,
        "body": "\n",
        "attachments": [
            (
                "docx",
                "formular_volby_vyplneny.docx",
                {
                    "header": "RegioNet media a.s. – Zámecký okruh 4, 702 00 Ostrava",
                    "blocks": [
                        "FORMULÁŘ ŽÁDOSTI – výsledky voleb do Poslanecké sněmovny 2025",
                        "1. Předmět žádosti (zaškrtněte):",
                        "☒ přístup k serveru s výsledky ve formátu XML",
                        "☐ povolení k pořizování zvukových a obrazových záznamů na sběrných "
                        "místech ČSÚ",
                        "2. Žadatel",
                        {
                            "rows": [
                                ["Název", "RegioNet media a.s."],
                                ["IČO", I2],
                                ["Sídlo", "Zámecký okruh 4, 702 00 Ostrava"],
                            ]
                        },
                        "3. IP adresy",
                        {
                            "rows": [
                                ["Produkční", "203.0.113.180"],
                                ["Testovací", "203.0.113.181, 203.0.113.182"],
                            ]
                        },
                        "4. Kontaktní osoba",
                        {
                            "rows": [
                                ["Jméno", "Simona Kadlecová"],
                                ["Telefon", "+420 597 330 482"],
                                ["E-mail", "kadlecova@regionet.example"],
                            ]
                        },
                        "Datum: 9. 9. 2025          Podpis: S. Kadlecová",
                    ],
                },
            )
        ],
    },
    {
        "id": "xb003-databox-annotation-only-extract",
        "description": "data message: the whole application squeezed into the annotation with "
        "abbreviations; the attached PDF is only an extract from the commercial register",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Jihlavská televize s.r.o.",
            I3,
            "jt4m9xa",
            ["192.0.2.60"],
            ["192.0.2.61"],
            "Radek Pospíšil",
            "pospisil@jihlavska.example",
            "+420731906224",
        ),
        "subject": (
            f"Žádost o přístup k XML výsl. voleb, IČO {I3}: prod. 192.0.2.60, test. "
            "192.0.2.61; kontakt Radek Pospíšil, 731 906 224, pospisil@jihlavska.example"
        ),
        "databox": {
            "box": "jt4m9xa",
            "sender": "Jihlavská televize s.r.o.",
            "address": "Havlíčkova 88, 586 01 Jihlava",
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR.pdf",
                [
                    "<b>Výpis z obchodního rejstříku</b>\nvedeného Krajským soudem v Brně, "
                    "oddíl C, vložka 58214",
                    {
                        "rows": [
                            ["Datum vzniku a zápisu:", "3. května 2004"],
                            ["Obchodní firma:", "Jihlavská televize s.r.o."],
                            ["Sídlo:", "Havlíčkova 88, 586 01 Jihlava"],
                            ["Identifikační číslo:", f"{I3[:3]} {I3[3:5]} {I3[5:]}"],
                            ["Právní forma:", "Společnost s ručením omezeným"],
                            ["Předmět podnikání:", "provozování televizního vysílání"],
                            ["Jednatel:", "Ing. Pavel Hruška, dat. nar. 4. 2. 1971"],
                            ["Základní kapitál:", "200 000,- Kč"],
                        ],
                        "widths": [140, 280],
                    },
                    "Údaje platné ke dni 10. 9. 2025 06:00",
                ],
            )
        ],
    },
    {
        "id": "xb004-databox-file-only-ano-ne",
        "description": "data message with a bare annotation; the DOCX carries an ANO/NE table "
        "(feed ANO, recording NE) and the addresses in a role-per-row table",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Zpravodajská agentura Morava, z.s.",
            I4,
            "zm7r2pk",
            ["203.0.113.8", "203.0.113.9", "203.0.113.10"],
            [],
            "Lenka Dvořáková",
            "dvorakova@zamorava.example",
            "+420608451207",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "zm7r2pk",
            "sender": "Zpravodajská agentura Morava, z.s.",
            "address": "Masarykova 301, 779 00 Olomouc",
        },
        "attachments": [
            (
                "docx",
                "zadost.docx",
                {
                    "blocks": [
                        "Zpravodajská agentura Morava, z.s.",
                        f"IČO {I4}",
                        "Žádost o zpřístupnění výsledků voleb",
                        {
                            "rows": [
                                ["Požadujeme", "ANO", "NE"],
                                ["Přístup k výsledkům ve formátu XML", "X", ""],
                                ["Povolení natáčet na sběrných místech", "", "X"],
                            ]
                        },
                        "IP adresy našich serverů:",
                        {
                            "rows": [
                                ["Role", "Adresa"],
                                ["primární", "203.0.113.8"],
                                ["sekundární", "203.0.113.9"],
                                ["záložní (DR)", "203.0.113.10"],
                                ["testovací", "nebudeme využívat"],
                            ]
                        },
                        "Kontakt: Lenka Dvořáková, technická redaktorka, "
                        "dvorakova@zamorava.example, mob. 608 451 207",
                        "V Olomouci dne 12. 9. 2025",
                        "Bc. Tomáš Zapletal, předseda spolku",
                    ]
                },
            )
        ],
    },
    {
        "id": "xb005-slovak-cover-xlsx-row-headers",
        "description": "Slovak cover mail, an XLSX with two sheets: addresses with the role as "
        "a row header and a contact sheet",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Pohronie Press, s. r. o.",
            I5,
            None,
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.150"],
            "Miroslav Kováčik",
            "kovacik@pohroniepress.example",
            "+421905338412",
        ),
        "from": "Miroslav Kováčik <kovacik@pohroniepress.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb (XML)",
        "headers": TBIRD,
        "body": (
            "Dobrý deň,\n\n"
            "naša spoločnosť Pohronie Press, s. r. o. (vydávame aj českú mutáciu portálu "
            "pohronie.example) by rada získala prístup k XML výsledkom volieb. "
            f"IČO spoločnosti: {I5}.\n\n"
            "IP adresy a kontakt sú v priloženej tabuľke.\n\n"
            "Ďakujem a pekný deň\nMiroslav Kováčik\nIT oddelenie\n"
        ),
        "attachments": [
            (
                "xlsx",
                "IP_adresy_Pohronie.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["", "IP adresa 1", "IP adresa 2"],
                            ["Produkčné", "198.51.100.140", "198.51.100.141"],
                            ["Testovacie", "198.51.100.150", ""],
                        ],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Meno", "Miroslav Kováčik"],
                            ["Telefón", "+421 905 338 412"],
                            ["E-mail", "kovacik@pohroniepress.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "xb006-forward-eml-from-it",
        "description": "the editor forwards IT's mail as an .eml attachment; the addresses are "
        "only in the attached mail, the editor names herself as contact",
        "style": Style.FORWARD_EML,
        "labels": L(
            [FEED],
            "Týdeník Polabí s.r.o.",
            I6,
            None,
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Markéta Šindelářová",
            "sindelarova@tydenikpolabi.example",
            "+420739245016",
        ),
        "from": "Markéta Šindelářová <sindelarova@tydenikpolabi.example>",
        "subject": "FW: IP adresy pro volby",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "žádáme o přístup k XML výsledkům voleb. IP adresy posílám v přeposlaném mailu "
            "od našeho správce (v příloze). Kontaktovat prosím mě, ne jeho – je jen "
            "externista.\n\n"
            "Markéta Šindelářová\nšéfredaktorka\nTýdeník Polabí s.r.o., "
            f"IČ {I6}\nT: 739 245 016\n"
        ),
        "attachments": [
            (
                "eml",
                "IP adresy pro volby.eml",
                {
                    "id": "xb006-inner-it",
                    "from": "Petr Hanzl <hanzl@itservis-nymburk.example>",
                    "to": "sindelarova@tydenikpolabi.example",
                    "subject": "IP adresy pro volby",
                    "body": (
                        "Ahoj Markéto,\n\n"
                        "tak pro ten ČSÚ: ostrý server má 192.0.2.140, testovací "
                        "192.0.2.141. Oba máme za firewallem, porty netřeba.\n\n"
                        "Petr\n--\nPetr Hanzl, IT servis Nymburk, 603 778 120\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "xb007-cover-corrects-pdf-test-ip",
        "description": "the cover mail says the test address in the attached PDF is mistyped and "
        "gives the right one",
        "style": Style.COVER_CHANGES,
        "labels": L(
            [FEED],
            "Deník Podbrdsko s.r.o.",
            I7,
            None,
            ["203.0.113.51"],
            ["203.0.113.77"],
            "Jaroslav Mlejnek",
            "mlejnek@podbrdsko.example",
            "+420776540318",
        ),
        "from": "Jaroslav Mlejnek <mlejnek@podbrdsko.example>",
        "subject": "Žádost o XML přístup – Deník Podbrdsko",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "posílám podepsanou žádost. Omlouvám se, až po naskenování jsem si všiml, že v ní "
            "je špatně testovací adresa – místo 203.0.113.76 má být 203.0.113.77. Ostatní "
            "údaje platí.\n\n"
            "Díky, Jaroslav Mlejnek\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_podepsana.pdf",
                [
                    "Deník Podbrdsko s.r.o., Pražská 12, 261 01 Příbram",
                    f"IČO: {I7}",
                    "Žádost o přístup k průběžným výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Produkční IP", "203.0.113.51"],
                            ["Testovací IP", "203.0.113.76"],
                            ["Kontaktní osoba", "Jaroslav Mlejnek"],
                            ["Telefon", "776 540 318"],
                            ["E-mail", "mlejnek@podbrdsko.example"],
                        ],
                        "widths": [150, 220],
                    },
                    "V Příbrami 15. 9. 2025\n\nJaroslav Mlejnek, jednatel",
                ],
            )
        ],
    },
    {
        "id": "xb008-odt-bracket-form-both",
        "description": "ODT form with [x] in both request lines; the test row says 'není' and a "
        "version number sits next to the production address",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Studio Karlov, spol. s r. o.",
            I8,
            None,
            ["198.51.100.201"],
            [],
            "Daniel Ptáček",
            "ptacek@studiokarlov.example",
            "+420602917384",
        ),
        "from": "Daniel Ptáček <ptacek@studiokarlov.example>",
        "subject": "Zadost volby 2025 (formular v priloze)",
        "headers": TBIRD,
        "body": ("Dobry den, v priloze vyplneny formular (LibreOffice). Dekuji.\nD. Ptacek\n"),
        "attachments": [
            (
                "odt",
                "formular_StudioKarlov.odt",
                [
                    "ŽÁDOST MÉDIÍ – VOLBY 2025",
                    "Žadatel: Studio Karlov, spol. s r. o.",
                    f"IČO: {I8[:2]} {I8[2:5]} {I8[5:]}",
                    "Žádám o:",
                    "[x] přístup k výsledkům voleb ve formátu XML",
                    "[x] povolení pořizovat záznam na sběrném místě (Karlovy Vary, Závodní 360)",
                    [
                        ["IP adresa", "Hodnota", "Pozn."],
                        ["produkční", "198.51.100.201", "stahovač v. 3.2.1.14"],
                        ["testovací", "není", ""],
                    ],
                    "Kontaktní osoba: Daniel Ptáček, tel. 602 917 384, "
                    "e-mail ptacek@studiokarlov.example",
                    "Natáčet bude štáb 2 osob (kamera + zvuk), 3. 10. 2025 od 21:00.",
                ],
            )
        ],
    },
    {
        "id": "xb009-databox-rtf-recording-only",
        "description": "data message: annotation points to the attachment, the RTF asks only "
        "to film and names a producer as contact; the crew list has other phones",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FILM],
            "Česká dokumentaristická společnost, o.p.s.",
            I9,
            "cd2n8wv",
            [],
            [],
            "Veronika Lukešová",
            "lukesova@cdsops.example",
            "+420721660943",
        ),
        "subject": "Žádost o povolení natáčení ve volební noc – viz příloha",
        "databox": {
            "box": "cd2n8wv",
            "sender": "Česká dokumentaristická společnost, o.p.s.",
            "address": "Křižíkova 44, 186 00 Praha 8",
        },
        "attachments": [
            (
                "rtf",
                "zadost_nataceni.rtf",
                [
                    "Česká dokumentaristická společnost, o.p.s.\nKřižíkova 44, 186 00 Praha 8\n"
                    f"IČO {I9}",
                    "Věc: žádost o povolení pořízení obrazového a zvukového záznamu",
                    "Žádáme o povolení natáčet na sběrném místě ČSÚ v Praze dne 4. 10. 2025 "
                    "pro dokumentární cyklus Noc čísel. O přístup k datům XML nežádáme.",
                    [
                        ["Štáb", "Funkce", "Telefon"],
                        ["Jan Vrba", "kamera", "604 112 908"],
                        ["Eliška Horká", "zvuk", "777 015 236"],
                    ],
                    "Kontaktní osoba (produkce): Veronika Lukešová, 721 660 943, "
                    "lukesova@cdsops.example",
                    "MgA. Petr Sýkora, ředitel",
                ],
            )
        ],
    },
    {
        "id": "xb010-txt-freelancer-ipv6",
        "description": "empty mail from a freelancer without an IČO; a TXT attachment gives an "
        "IPv6 production address and an IPv4 test one",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Filip Jelínek",
            None,
            None,
            ["2001:db8:44::10"],
            ["192.0.2.33"],
            "Filip Jelínek",
            "filip@jelinek-data.example",
            "+420605271839",
        ),
        "from": "Filip Jelinek <filip@jelinek-data.example>",
        "subject": "volby xml",
        "headers": IPHONE,
        "cte": "8bit",
        "body": "\n\nOdesláno z iPhonu\n",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Dobrý den,\n\n"
                "jsem nezávislý datový novinář (bez IČO, píšu pro několik redakcí jako "
                "externista) a žádám o přístup k XML s výsledky voleb.\n\n"
                "produkce: 2001:db8:44:0:0:0:0:10\n"
                "test: 192.0.2.33 (domácí připojení)\n\n"
                "Filip Jelínek\nfilip@jelinek-data.example\n+420 605 271 839\n",
            )
        ],
    },
    {
        "id": "xb011-pdf-form-only-film-ticked",
        "description": "PDF form with box characters: the feed box unticked ☐, recording ticked ☒; "
        "the IP rows of the form are left empty",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Rádio Beskydy s.r.o.",
            I11,
            None,
            [],
            [],
            "Kamila Vojkůvková",
            "vojkuvkova@radiobeskydy.example",
            "+420558713240",
        ),
        "from": "Kamila Vojkůvková <vojkuvkova@radiobeskydy.example>",
        "subject": "Formulář – volby 2025",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": ("Dobrý den,\n\nzasílám vyplněný formulář.\n\nKamila Vojkůvková\nRádio Beskydy\n"),
        "attachments": [
            (
                "pdf",
                "formular_RadioBeskydy.pdf",
                [
                    "<b>Žádost médií o součinnost ČSÚ při volbách</b>",
                    {
                        "rows": [
                            ["Název žadatele", "Rádio Beskydy s.r.o."],
                            ["IČO", I11],
                            ["Sídlo", "1. máje 2101, 738 01 Frýdek-Místek"],
                        ],
                        "widths": [150, 250],
                    },
                    "Předmět žádosti:",
                    "☐ přístup k serveru s výsledky (XML)",
                    "☒ pořizování záznamu na sběrném místě ČSÚ",
                    {
                        "rows": [
                            ["IP produkční (max. 5)", ""],
                            ["IP testovací (max. 5)", ""],
                        ],
                        "widths": [150, 250],
                    },
                    {
                        "rows": [
                            ["Kontaktní osoba", "Kamila Vojkůvková"],
                            ["Telefon", "558 713 240"],
                            ["E-mail", "vojkuvkova@radiobeskydy.example"],
                        ],
                        "widths": [150, 250],
                    },
                ],
            )
        ],
    },
    {
        "id": "xb012-databox-pdf-netmask-office-address",
        "description": "data message from a town: the PDF's address block prints the office's IČO "
        "and box; production given as an address with a netmask (four addresses)",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Město Horní Lipová",
            I12,
            "hl3xp6b",
            ["192.0.2.88", "192.0.2.89", "192.0.2.90", "192.0.2.91"],
            [],
            "Stanislav Kuchař",
            "kuchar@hornilipova.example",
            "+420584421907",
        ),
        "subject": "Žádost o přístup - volby",
        "databox": {
            "box": "hl3xp6b",
            "sender": "Město Horní Lipová",
            "address": "Náměstí 1, 790 01 Horní Lipová",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "HL_zadost_CSU.pdf",
                [
                    f"<b>MĚSTO HORNÍ LIPOVÁ</b>\nNáměstí 1, 790 01 Horní Lipová, IČO {I12}",
                    "Adresát:\nČeský statistický úřad\nIČO 00025593\nDS: 2gfaasy",
                    "Naše č. j.: MHL-2207/2025",
                    "Město vydává zpravodaj a provozuje informační web. Žádáme o přístup k "
                    "výsledkům voleb ve formátu XML z našeho serverového rozsahu "
                    "192.0.2.88 / 255.255.255.252. Testovací prostředí nemáme.",
                    "Kontaktní osoba: Stanislav Kuchař, správce sítě, tel. 584 421 907, "
                    "kuchar@hornilipova.example",
                    "Ing. Božena Šmídová\nstarostka",
                ],
            )
        ],
    },
    {
        "id": "xb013-english-docx-column-headers",
        "description": "English cover mail from a UK outlet without a Czech IČO; the DOCX table "
        "has Production and Test as column headers",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Eastgate News Ltd",
            None,
            None,
            ["203.0.113.200", "203.0.113.201"],
            ["203.0.113.210"],
            "Oliver Pembridge",
            "o.pembridge@eastgatenews.example",
            "+442079460318",
        ),
        "from": "Oliver Pembridge <o.pembridge@eastgatenews.example>",
        "subject": "Access to election results feed - Eastgate News",
        "headers": OUTLOOK,
        "body": (
            "Hello,\n\nplease find attached our request for access to the XML results feed "
            "for the Czech parliamentary election. We are a UK company (Companies House no. "
            "09412873), so we have no Czech company ID.\n\n"
            "Best regards,\nOliver Pembridge\nData Desk Editor, Eastgate News Ltd\n"
            "+44 20 7946 0318\n"
        ),
        "attachments": [
            (
                "docx",
                "Eastgate_CZSO_request.docx",
                {
                    "footer": "Eastgate News Ltd, 14 Fenwick Street, London EC2A 4PP",
                    "blocks": [
                        "Request for access to the election results XML service",
                        "Applicant: Eastgate News Ltd",
                        {
                            "rows": [
                                ["", "Production", "Test"],
                                ["Server 1", "203.0.113.200", "203.0.113.210"],
                                ["Server 2", "203.0.113.201", "–"],
                            ]
                        },
                        "Contact: Oliver Pembridge, o.pembridge@eastgatenews.example, "
                        "+44 20 7946 0318",
                        "We do not need to film at the collection points.",
                    ],
                },
            )
        ],
    },
    {
        "id": "xb014-html-ano-ne-table-signature-box",
        "description": "HTML-only mail with a yes/no table of requests (both ANO) and a "
        "signature block with IČO written with spaces and the company's data-box ID",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED, FILM],
            "TV Polanka a.s.",
            I14,
            "tp5w8gr",
            ["198.51.100.5"],
            ["198.51.100.6"],
            "Hynek Strnad",
            "strnad@tvpolanka.example",
            "+420596118270",
        ),
        "from": "Hynek Strnad <strnad@tvpolanka.example>",
        "subject": "Žádost TV Polanka – XML + natáčení",
        "headers": OUTLOOK,
        "html": (
            '<html><body style="font-family:Calibri"><p>Dobrý den,</p>'
            "<p>za TV Polanka žádáme:</p>"
            '<table border="1" cellpadding="4"><tr><th>Požadavek</th><th>ANO</th>'
            "<th>NE</th></tr>"
            "<tr><td>Přístup k výsledkům XML</td><td>✔</td><td></td></tr>"
            "<tr><td>Natáčení na sběrném místě Ostrava</td><td>✔</td><td></td></tr></table>"
            "<p>IP adresy: produkce <b>198.51.100.5</b>, testovací <b>198.51.100.6</b>.</p>"
            "<p>Kontakt: já, tel. +420 596 118 270.</p>"
            "<p>S pozdravem</p>"
            '<p style="color:#555">Hynek Strnad<br>technický ředitel<br>TV Polanka a.s.<br>'
            f"IČO: {I14[:3]} {I14[3:5]} {I14[5:]} | ID DS: tp5w8gr<br>"
            "Polanecká 902, 725 25 Ostrava-Polanka<br>"
            '<a href="https://tvpolanka.example">tvpolanka.example</a></p>'
            "</body></html>"
        ),
    },
]
