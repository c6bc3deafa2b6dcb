"""Thirty-fifth held-out part ``db``, cases db001–db014: an empty mail carrying a PDF letter,
checkbox forms in DOCX and ODT, XLSX and RTF tables with role columns, a forwarded .eml behind an
empty cover, a cover mail that corrects its PDF, a TXT form with a netmask and a version number,
and data messages with the application in the annotation, in the file or in both. Written by
hand apart from the extraction rules (see make_thirtyfifth_db); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyfifth_db_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    ROUNDCUBE,
    TBIRD,
    L,
    Style,
    ico,
)

I1, I2, I3, I4 = ico("2851307"), ico("0416928"), ico("2739154"), ico("0562841")
I5, I6, I7, I8 = ico("2418760"), ico("0693215"), ico("2905336"), ico("4617093")
I9, I11, I12, I14 = ico("3581042"), ico("2677418"), ico("0187345"), ico("2824619")

CASES: list[dict[str, Any]] = [
    {
        "id": "db001-empty-body-pdf-letter",
        "description": "no text in the mail at all; a PDF letter with a role column (primární / "
        "sekundární / testovací) and a fax number and case number in the letterhead",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Polabský deník s.r.o.",
            I1,
            None,
            ["198.51.100.71", "198.51.100.72"],
            ["198.51.100.79"],
            "Radek Šimůnek",
            "simunek@polabskydenik.example",
            "+420466512380",
        ),
        "from": "Radek Šimůnek <simunek@polabskydenik.example>",
        "subject": "zadost_CSU.pdf",
        "headers": OUTLOOK,
        "body": "",
        "attachments": [
            (
                "pdf",
                "zadost_CSU.pdf",
                [
                    "POLABSKÝ DENÍK s.r.o. | Třída Míru 87, 530 02 Pardubice | "
                    f"IČO {I1} | tel. 466 512 300, fax 466 512 399",
                    "Český statistický úřad\nodbor zpracování výsledků voleb\n"
                    "Na padesátém 81, 100 82 Praha 10",
                    "Naše zn.: PD-2025/0412                 Pardubice 8. 9. 2025",
                    "Věc: žádost o zpřístupnění výsledků voleb ve formátu XML",
                    "Vážení, pro online zpravodajství o volbách do Poslanecké sněmovny žádáme o "
                    "přístup na server s průběžnými výsledky. Stahovat budeme z těchto adres:",
                    {
                        "rows": [
                            ["Server", "IP adresa", "Umístění"],
                            ["primární", "198.51.100.71", "serverovna Pardubice"],
                            ["sekundární", "198.51.100.72", "housing Praha 4"],
                            ["testovací", "198.51.100.79", "vývojové prostředí"],
                        ],
                        "widths": [110, 130, 190],
                    },
                    "Kontaktní osobou pro technické záležitosti je Radek Šimůnek, vedoucí "
                    "IT, přímá linka 466 512 380, simunek@polabskydenik.example.",
                    "S pozdravem\n\nMgr. Ivana Kopecká\njednatelka společnosti",
                ],
            )
        ],
    },
    {
        "id": "db002-docx-checkbox-form",
        "description": "two-line cover; DOCX form with ☒/☐ boxes (feed ticked, filming not) and "
        "a table whose first column gives the role",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "RÁDIO HORIZONT spol. s r.o.",
            I2,
            None,
            ["203.0.113.21"],
            ["203.0.113.22"],
            "Lucie Marešová",
            "maresova@radiohorizont.example",
            "+420731448902",
        ),
        "from": "Lucie Marešová <maresova@radiohorizont.example>",
        "subject": "Formulář – přístup k výsledkům voleb",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\nv příloze posílám vyplněný formulář. Kdyby něco chybělo, "
            "ozvěte se.\n\nLucie Marešová\nRádio Horizont\n"
        ),
        "attachments": [
            (
                "docx",
                "formular_vysledky_2025_vyplneny.docx",
                {
                    "header": "RÁDIO HORIZONT spol. s r.o. – Hradecká 1120/5, 500 03 Hradec "
                    "Králové",
                    "blocks": [
                        "FORMULÁŘ ŽÁDOSTI – VOLBY DO POSLANECKÉ SNĚMOVNY 2025",
                        "1. Předmět žádosti (zaškrtněte):",
                        "☒ přístup k serveru s výsledky ve formátu XML",
                        "☐ povolení pořizovat obrazový/zvukový záznam na sběrném místě",
                        "2. Žadatel",
                        {
                            "rows": [
                                ["Název", "RÁDIO HORIZONT spol. s r.o."],
                                ["IČO", I2],
                                ["Sídlo", "Hradecká 1120/5, 500 03 Hradec Králové"],
                            ]
                        },
                        "3. IP adresy",
                        {
                            "rows": [
                                ["Účel", "Adresa", "Maska"],
                                ["Produkce", "203.0.113.21", "255.255.255.255"],
                                ["Test", "203.0.113.22", "255.255.255.255"],
                            ]
                        },
                        "4. Kontaktní osoba",
                        {
                            "rows": [
                                ["Jméno", "Lucie Marešová"],
                                ["E-mail", "maresova@radiohorizont.example"],
                                ["Telefon", "731 448 902"],
                            ]
                        },
                        "Datum: 11. 9. 2025            Podpis: L. Marešová",
                    ],
                },
            )
        ],
    },
    {
        "id": "db003-databox-annotation-only-power-of-attorney",
        "description": "data message: the whole application in the annotation with abbreviations; "
        "the attached PDF is only a power of attorney naming the contact and the IČO",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Jihomoravská mediální, a.s.",
            I3,
            "u3fk8wd",
            ["192.0.2.44"],
            ["192.0.2.45"],
            "Ondřej Halouzka",
            "halouzka@jmmedia.example",
            "+420602177340",
        ),
        "subject": (
            "Žádost o přístup k XML s výsledky voleb PS 2025: prod. 192.0.2.44, test. "
            "192.0.2.45. Kontakt: Ondřej Halouzka, 602 177 340, halouzka@jmmedia.example "
            "(zmocnění v příloze)"
        ),
        "databox": {
            "box": "u3fk8wd",
            "sender": "Jihomoravská mediální, a.s.",
            "address": "Kounicova 688/20, 602 00 Brno",
        },
        "attachments": [
            (
                "pdf",
                "plna_moc_Halouzka.pdf",
                [
                    "PLNÁ MOC",
                    f"Společnost Jihomoravská mediální, a.s., IČO {I3}, se sídlem Kounicova "
                    "688/20, 602 00 Brno, zapsaná v obchodním rejstříku vedeném Krajským "
                    "soudem v Brně, oddíl B, vložka 4417,",
                    "zmocňuje",
                    "pana Ondřeje Halouzku, nar. 14. 3. 1986, k jednání s Českým statistickým "
                    "úřadem ve věci přístupu k výsledkům voleb a k podpisu souvisejících "
                    "dokumentů.",
                    "V Brně dne 2. 9. 2025\n\nIng. Petra Zouharová, předsedkyně "
                    "představenstva\n\nPlnou moc přijímám: Ondřej Halouzka",
                ],
            )
        ],
    },
    {
        "id": "db004-xlsx-prod-tst-columns",
        "description": "Gmail cover; XLSX with an Environment column (PROD/PROD/TST) and a "
        "second sheet of people where only one is marked as the contact",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Zpravodajský portál Mezi řádky, z.s.",
            I4,
            None,
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.140"],
            "Vojtěch Beneš",
            "vojta.benes@meziradky.example",
            "+420776039215",
        ),
        "from": "Martina Šlechtová <slechtova@meziradky.example>",
        "subject": "žádost o XML feed – Mezi řádky",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nza spolek Zpravodajský portál Mezi řádky, z.s. (IČO "
            f"{I4}) bych ráda požádala o přístup k XML s výsledky voleb. Technické údaje "
            "jsou v přiložené tabulce, na druhém listu jsou lidé, kteří na tom budou "
            "pracovat – kontaktovat prosím kolegu, který je tam označený.\n\n"
            "Děkuji\nMartina Šlechtová\nšéfredaktorka\n"
        ),
        "html": (
            '<div dir="ltr">Dobrý den,<br><br>za spolek Zpravodajský portál Mezi řádky, '
            f"z.s. (IČO {I4}) bych ráda požádala o přístup k XML s výsledky voleb. "
            "Technické údaje jsou v přiložené tabulce, na druhém listu jsou lidé, kteří "
            "na tom budou pracovat – kontaktovat prosím kolegu, který je tam označený."
            "<br><br>Děkuji<br>Martina Šlechtová<br>šéfredaktorka</div>"
        ),
        "attachments": [
            (
                "xlsx",
                "volby2025_technika.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Prostředí", "IP adresa", "Stroj", "Pozn."],
                            ["PROD", "203.0.113.130", "web-01", "Ubuntu 24.04"],
                            ["PROD", "203.0.113.131", "web-02", "Ubuntu 24.04"],
                            ["TST", "203.0.113.140", "stage", "jen do 30. 9."],
                        ],
                    },
                    {
                        "title": "Lidé",
                        "rows": [
                            ["Jméno", "Role", "E-mail", "Telefon", "Kontakt pro ČSÚ"],
                            [
                                "Martina Šlechtová",
                                "šéfredaktorka",
                                "slechtova@meziradky.example",
                                "608 210 447",
                                "",
                            ],
                            [
                                "Vojtěch Beneš",
                                "vývojář",
                                "vojta.benes@meziradky.example",
                                "776 039 215",
                                "ano",
                            ],
                            [
                                "Klára Nováková",
                                "redaktorka",
                                "novakova@meziradky.example",
                                "603 118 902",
                                "",
                            ],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "db005-forward-eml-empty-cover",
        "description": "an assistant forwards the editor's original mail as an attached .eml "
        "with no text of her own; everything is in the attachment",
        "style": Style.FORWARDED_EML,
        "labels": L(
            [FEED, FILM],
            "Krkonošský týdeník s.r.o.",
            I5,
            None,
            ["192.0.2.150"],
            [],
            "Aleš Kubíček",
            "kubicek@krkonossky.example",
            "+420499871204",
        ),
        "from": "Sekretariát Krkonošský týdeník <sekretariat@krkonossky.example>",
        "subject": "Fwd: Volby – XML a natáčení",
        "headers": APPLE,
        "body": "\n",
        "attachments": [
            (
                "eml",
                "Volby – XML a natáčení.eml",
                {
                    "id": "db005-inner",
                    "from": "Aleš Kubíček <kubicek@krkonossky.example>",
                    "to": "sekretariat@krkonossky.example",
                    "subject": "Volby – XML a natáčení",
                    "headers": APPLE,
                    "body": (
                        "Jano, prosím přepošli to na podatelnu ČSÚ, já to odtud nezvládnu.\n\n"
                        "---\n"
                        f"Krkonošský týdeník s.r.o., IČO {I5}, žádá:\n"
                        "1) o přístup k XML výsledkům voleb, naše IP je 192.0.2.150 (testovat "
                        "budeme ze stejného stroje, jinou adresu nemáme);\n"
                        "2) o povolení natáčet ve sběrném místě v Trutnově v noci ze soboty "
                        "na neděli – přijdu já s kamerou.\n"
                        "Kontakt: Aleš Kubíček, 499 871 204, kubicek@krkonossky.example\n\n"
                        "Díky, A.\n\nOdesláno z iPadu\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "db006-odt-ano-ne-columns",
        "description": "ISO-8859-2 Roundcube cover; ODT form with ANO/NE columns marked by X "
        "(feed ANO, filming NE) and the test row left empty",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Obec Lipová nad Sázavou",
            I6,
            None,
            ["198.51.100.201"],
            [],
            "Petra Hudcová",
            "hudcova@lipova-obec.example",
            "+420569442017",
        ),
        "from": "Petra Hudcová <hudcova@lipova-obec.example>",
        "subject": "Žádost obce o přístup k výsledkům",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\nzasíláme formulář obce Lipová nad Sázavou, vyplněný v LibreOffice. "
            "Výsledky chceme zobrazovat na obecním webu a na infotabuli.\n\n"
            "S pozdravem\nPetra Hudcová\nmístostarostka\nObecní úřad Lipová nad Sázavou\n"
            "tel. 569 442 017\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_obec_Lipova.odt",
                [
                    "ŽÁDOST O PŘÍSTUP – VOLBY 2025",
                    "Žadatel: Obec Lipová nad Sázavou, Náves 3, 582 63 Lipová nad Sázavou",
                    f"IČO: {I6}",
                    [
                        ["Požadavek", "ANO", "NE"],
                        ["Přístup k výsledkům ve formátu XML", "X", ""],
                        ["Pořizování záznamu na sběrném místě", "", "X"],
                    ],
                    [
                        ["Typ adresy", "IP adresa"],
                        ["Produkční", "198.51.100.201"],
                        ["Testovací", ""],
                    ],
                    "Kontaktní osoba: Petra Hudcová, mob. 569 442 017, hudcova@lipova-obec.example",
                    "Formulář verze 3.1.2.0 (2025)",
                ],
            )
        ],
    },
    {
        "id": "db007-databox-docx-letterhead-row-headers",
        "description": "data message with a one-word annotation; DOCX letter whose header "
        "carries IČO and the box ID, a row-header table, both requests",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED, FILM],
            "Televize Slezsko a.s.",
            I7,
            "9vq2mhe",
            ["203.0.113.61", "203.0.113.62"],
            ["203.0.113.69"],
            "Dagmar Kociánová",
            "kocianova@tvslezsko.example",
            "+420597318440",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "9vq2mhe",
            "sender": "Televize Slezsko a.s.",
            "address": "Českobratrská 2227/7, 702 00 Ostrava",
        },
        "attachments": [
            (
                "docx",
                "TVS_zadost_volby.docx",
                {
                    "header": f"Televize Slezsko a.s. • IČ {I7} • ID DS 9vq2mhe • "
                    "Českobratrská 2227/7, Ostrava",
                    "footer": "Zapsáno v OR u KS v Ostravě, sp. zn. B 3391 • č. ú. 2200145873/2010",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "Ostrava 10. září 2025",
                        "Žádost o přístup k výsledkům voleb a o povolení natáčení",
                        "Televize Slezsko žádá o zřízení přístupu k serveru s výsledky voleb "
                        "ve formátu XML a zároveň o povolení natáčet v prostorách sběrného "
                        "místa v Ostravě (štáb: redaktor Filip Vrána, kameraman Jiří Plaček).",
                        {
                            "rows": [
                                ["Produkční IP", "203.0.113.61, 203.0.113.62"],
                                ["Testovací IP", "203.0.113.69"],
                                ["Kontaktní osoba", "Dagmar Kociánová, produkce zpravodajství"],
                                ["Telefon", "+420 597 318 440"],
                                ["E-mail", "kocianova@tvslezsko.example"],
                            ]
                        },
                        "S pozdravem\n\nMgr. Tomáš Bílek\nředitel zpravodajství",
                    ],
                },
            )
        ],
    },
    {
        "id": "db008-cover-corrects-pdf",
        "description": "windows-1250 Outlook cover says the test address in the attached PDF is "
        "mistyped and that the contact changed; the PDF is otherwise right",
        "style": Style.AMENDING_COVER,
        "labels": L(
            [FEED],
            "Vltavín media s.r.o.",
            I8,
            None,
            ["198.51.100.33"],
            ["198.51.100.38"],
            "Kamil Doubrava",
            "doubrava@vltavin.example",
            "+420725661093",
        ),
        "from": "Kamil Doubrava <doubrava@vltavin.example>",
        "subject": "Žádost o přístup k XML výsledkům – Vltavín media",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\nv příloze zasílám podepsanou žádost. Dvě věci se od podpisu "
            "změnily a přepisovat už to nechceme:\n"
            "- testovací adresa v tabulce je překlep, správně je 198.51.100.38 "
            "(ne .83),\n"
            "- kontaktní osobou místo kolegyně Jandové, která od října odchází, budu já "
            "(tel. 725 661 093).\n\n"
            "Děkuji za pochopení.\n\nKamil Doubrava\nIT, Vltavín media s.r.o.\n"
        ),
        "attachments": [
            (
                "pdf",
                "Zadost_Vltavin_podepsano.pdf",
                [
                    f"Vltavín media s.r.o., Nábřeží 14, 370 01 České Budějovice, IČO {I8}",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o přístup k serveru s výsledky voleb pro naše zpravodajské "
                    "weby. Natáčení ve sběrných místech neplánujeme.",
                    {
                        "rows": [
                            ["Adresa", "Použití"],
                            ["198.51.100.33", "produkce"],
                            ["198.51.100.83", "test"],
                        ],
                        "widths": [150, 150],
                    },
                    "Kontaktní osoba: Bc. Simona Jandová, tel. 725 661 010, "
                    "jandova@vltavin.example",
                    "Ing. Richard Polák, jednatel",
                ],
            )
        ],
    },
    {
        "id": "db009-slovak-rtf-column-headers",
        "description": "Slovak cover; RTF letter with a table whose column headers give the roles "
        "(produkčná / testovacia), Slovak phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Denník Pohronie, s. r. o.",
            I9,
            None,
            ["192.0.2.81", "192.0.2.82"],
            ["192.0.2.90"],
            "Zuzana Kováčiková",
            "kovacikova@pohronie.example",
            "+421905338172",
        ),
        "from": "Zuzana Kováčiková <kovacikova@pohronie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": OUTLOOK,
        "cte": "base64",
        "body": (
            "Dobrý deň,\n\nv prílohe posielam žiadosť nášho vydavateľstva o prístup "
            "k výsledkom volieb do Poslaneckej snemovne vo formáte XML. Píšeme o českých "
            "voľbách pre našich čitateľov aj z českej strany hranice.\n\n"
            "S pozdravom\nZuzana Kováčiková\n"
        ),
        "attachments": [
            (
                "rtf",
                "ziadost_CSU.rtf",
                [
                    f"Denník Pohronie, s. r. o., Námestie SNP 9, 974 01 Banská Bystrica, IČO {I9}",
                    "Vec: Žiadosť o prístup k výsledkom volieb",
                    "Týmto žiadame o zriadenie prístupu k serveru s výsledkami volieb.",
                    [
                        ["Produkčná IP", "Produkčná IP (záloha)", "Testovacia IP"],
                        ["192.0.2.81", "192.0.2.82", "192.0.2.90"],
                    ],
                    "Kontaktná osoba: Zuzana Kováčiková, +421 905 338 172, "
                    "kovacikova@pohronie.example",
                    "Mgr. Peter Hudec, konateľ",
                ],
            )
        ],
    },
    {
        "id": "db010-txt-form-netmask-version",
        "description": "iPhone cover; a TXT form with a /30 production block, a test address "
        "written as TST and a four-part template version number",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Datová žurnalistika Kraus s.r.o.",
            None,
            None,
            ["203.0.113.8", "203.0.113.9", "203.0.113.10", "203.0.113.11"],
            ["203.0.113.20"],
            "Jakub Kraus",
            "jakub@datakraus.example",
            "+420608905117",
        ),
        "from": "Jakub Kraus <jakub@datakraus.example>",
        "subject": "formular",
        "headers": IPHONE,
        "cte": "8bit",
        "body": "Posílám vyplněný formulář v txt, pdf mi na mobilu nejde upravit.\nKraus\n\n"
        "Odesláno z iPhonu\n",
        "attachments": [
            (
                "txt",
                "formular_volby.txt",
                "ZADOST O PRISTUP K VYSLEDKUM VOLEB (sablona 2.4.1.7)\n"
                "===================================================\n"
                "Zadatel ............ Datová žurnalistika Kraus s.r.o.\n"
                "ICO ................ (v registraci, doplnime)\n"
                "PROD ............... 203.0.113.8/30\n"
                "TST ................ 203.0.113.20\n"
                "Kontakt ............ Jakub Kraus\n"
                "Tel ................ 608-905-117\n"
                "Mail ............... jakub@datakraus.example\n"
                "Nataceni ........... ne\n",
            )
        ],
    },
    {
        "id": "db011-databox-both-film-only",
        "description": "data message asking only for filming, in the annotation and again in "
        "the PDF with the crew; the PDF says the XML feed comes via an agency",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FILM],
            "Regionální televize Vysočina, s.r.o.",
            I11,
            "c8tn4ra",
            [],
            [],
            "Marek Vondráček",
            "vondracek@rtvysocina.example",
            "+420567201388",
        ),
        "subject": "Žádost o povolení natáčení ve sběrném místě Jihlava, 3.–4. 10. 2025",
        "databox": {
            "box": "c8tn4ra",
            "sender": "Regionální televize Vysočina, s.r.o.",
            "address": "Masarykovo nám. 40, 586 01 Jihlava",
        },
        "attachments": [
            (
                "pdf",
                "RTV_nataceni_Jihlava.pdf",
                [
                    "Regionální televize Vysočina, s.r.o.\nMasarykovo nám. 40, 586 01 Jihlava\n"
                    f"IČO: {I11}   DIČ: CZ{I11}",
                    "Žádost o povolení natáčení",
                    "Žádáme o povolení natáčet ve sběrném místě ČSÚ v Jihlavě v průběhu "
                    "zpracování výsledků. O přístup k XML nežádáme, data odebíráme od ČTK.",
                    {
                        "rows": [
                            ["Jméno", "Funkce", "Č. OP"],
                            ["Marek Vondráček", "redaktor", "2184xxxxx"],
                            ["Pavel Jirsa", "kameraman", "2207xxxxx"],
                        ],
                        "widths": [140, 120, 100],
                    },
                    "Kontakt: Marek Vondráček, 567 201 388, vondracek@rtvysocina.example",
                ],
            )
        ],
    },
    {
        "id": "db012-bracket-checkboxes-film",
        "description": "K-9 plain mail with a bracket checklist: [ ] XML, [x] filming; an old "
        "address from the last election mentioned",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Kulturní a informační centrum Město Albrechtice, p. o.",
            I12,
            None,
            [],
            [],
            "Soňa Bártová",
            "bartova@kic-albrechtice.example",
            "+420554652231",
        ),
        "from": "Soňa Bártová <bartova@kic-albrechtice.example>",
        "subject": "volby - zadost",
        "headers": K9,
        "body": (
            "Dobry den,\n\nvyplnila jsem to podle vasi sablony:\n\n"
            "[ ] pristup k XML vysledkum (loni jsme meli 192.0.2.17, letos nepotrebujeme)\n"
            "[x] povoleni natacet na sbernem miste v Bruntale\n\n"
            "Zadatel: Kulturní a informační centrum Město Albrechtice, p. o.\n"
            f"IČ: {I12}\n"
            "Natacet bude kolega Dušan Pešek pro mestskou televizi.\n"
            "Kontakt: Soňa Bártová, 554 652 231\n\n"
            "dekuji Bártová\n"
        ),
        "attachments": [
            (
                "pdf",
                "potvrzeni_zrizovatele.pdf",
                [
                    "Město Albrechtice potvrzuje, že Kulturní a informační centrum Město "
                    "Albrechtice, p. o., je jeho příspěvkovou organizací a provozuje "
                    "městskou televizi.",
                    "V Městě Albrechticích 5. 9. 2025, starosta",
                ],
            )
        ],
    },
    {
        "id": "db013-english-docx-merged-role-cell",
        "description": "English, Austrian broadcaster; DOCX table with a merged 'Production' "
        "cell spanning two rows, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Alpenwelle Rundfunk GmbH",
            None,
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.160"],
            "Stefan Gruber",
            "s.gruber@alpenwelle.example",
            "+436642195583",
        ),
        "from": "Gruber Stefan <s.gruber@alpenwelle.example>",
        "subject": "Request for access to Czech election results (XML)",
        "headers": OUTLOOK,
        "body": (
            "Dear Sir or Madam,\n\nplease find attached our request for access to the "
            "election results server. Our company is registered in Austria (FN 284731k), "
            "so we do not have a Czech company ID.\n\n"
            "Best regards\nStefan Gruber\n"
        ),
        "attachments": [
            (
                "docx",
                "Alpenwelle_CZSO_request.docx",
                {
                    "header": "Alpenwelle Rundfunk GmbH · Getreidegasse 50 · 5020 Salzburg · "
                    "Austria",
                    "blocks": [
                        "Czech Statistical Office – election results access",
                        "Alpenwelle Rundfunk GmbH requests access to the XML results feed "
                        "for the 2025 Chamber of Deputies election. We do not intend to film "
                        "at collection points.",
                        {
                            "rows": [
                                ["Purpose", "IP address"],
                                ["Production", "198.51.100.150"],
                                ["", "198.51.100.151"],
                                ["Test", "198.51.100.160"],
                            ],
                            "merge": [(1, 0, 2, 0)],
                        },
                        "Contact: Stefan Gruber, Head of Online, +43 664 2195583, "
                        "s.gruber@alpenwelle.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "db014-databox-annotation-corrects-odt",
        "description": "data message whose annotation corrects the test address printed in the "
        "attached ODT application",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Nakladatelství Podještědí, s.r.o.",
            I14,
            "h5ze7ps",
            ["192.0.2.76"],
            ["192.0.2.77"],
            "Eva Mlejnková",
            "mlejnkova@podjestedi.example",
            "+420485112936",
        ),
        "subject": (
            "Žádost o přístup k výsledkům voleb – OPRAVA: testovací IP v příloze je uvedena "
            "chybně (192.0.2.67), správně 192.0.2.77. Ostatní údaje platí dle přílohy."
        ),
        "databox": {
            "box": "h5ze7ps",
            "sender": "Nakladatelství Podještědí, s.r.o.",
            "address": "Pražská 61, 460 01 Liberec",
        },
        "attachments": [
            (
                "odt",
                "zadost_Podjestedi.odt",
                [
                    "Nakladatelství Podještědí, s.r.o., Pražská 61, 460 01 Liberec",
                    f"IČO {I14[:4]} {I14[4:]}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    [
                        ["produkční adresa", "192.0.2.76"],
                        ["testovací adresa", "192.0.2.67"],
                    ],
                    "Kontaktní osoba: Eva Mlejnková, 485 112 936, mlejnkova@podjestedi.example",
                    "V Liberci 12. 9. 2025, Jaroslav Kučera, jednatel",
                ],
            )
        ],
    },
]
