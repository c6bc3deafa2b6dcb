"""Twentythird held-out part ``qb``, cases qb001–qb014: a PDF form with box characters, a DOCX
letter sent with an empty body, a cover mail that corrects its spreadsheet, data messages with
the application in the annotation or only in the file, ANO/NE columns, a forwarded .eml, row
headers in RTF, a merged DOCX cell, English, Slovak and an S/MIME-signed mail. Written by hand
apart from the extraction rules (see make_twentythird_qb); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentythird_qb_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OFFICE_ADDRESSEE,
    OUTLOOK,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I1, I2, I3, I4 = ico("2874316"), ico("0614829"), ico("2690354"), ico("4718203")
I5, I6, I7, I8 = ico("2217648"), ico("2538190"), ico("7104562"), ico("2601987")
I9, I10, I11, I13 = ico("0389214"), ico("2760138"), ico("2845571"), ico("1953026")
I14 = ico("0027941")

CASES: list[dict[str, Any]] = [
    {
        "id": "qb001-pdf-form-box-characters",
        "description": "short cover from an assistant, PDF form with ☒/☐ (recording unticked) "
        "and row headers; the contact is the person the form names",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Polabský zpravodaj s.r.o.",
            I1,
            None,
            ["198.51.100.33", "198.51.100.34"],
            ["198.51.100.40"],
            "Tomáš Vrba",
            "vrba@polabskyzpravodaj.example",
            "+420731208455",
        ),
        "from": "Lucie Dvořáková <dvorakova@polabskyzpravodaj.example>",
        "subject": "Formulář – přístup k výsledkům voleb (Polabský zpravodaj)",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v příloze posílám vyplněný formulář za naši redakci. Kontaktní osobou je, jak "
            "uvádí formulář, pan Vrba – já formulář jen odesílám, protože je tento týden "
            "na cestách.\n\n"
            "Děkuji za vyřízení.\n\n"
            "S pozdravem\n"
            "Lucie Dvořáková\n"
            "asistentka vedení\n"
            "Polabský zpravodaj s.r.o. | Husova 211, 280 02 Kolín\n"
            "T: 321 715 902\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular_pristup_volby.pdf",
                [
                    "ŽÁDOST MÉDIA – VOLBY DO POSLANECKÉ SNĚMOVNY 2025",
                    "Předmět žádosti (zaškrtněte):\n"
                    "☒ přístup k serveru s průběžnými výsledky ve formátu XML\n"
                    "☐ povolení pořizovat zvukový a obrazový záznam na sběrném místě ČSÚ",
                    {
                        "rows": [
                            ["Žadatel (název, právní forma)", "Polabský zpravodaj s.r.o."],
                            ["IČO", f"{I1[:3]} {I1[3:5]} {I1[5:]}"],
                            ["Produkční IP adresa 1", "198.51.100.33"],
                            ["Produkční IP adresa 2", "198.51.100.34"],
                            ["Testovací IP adresa", "198.51.100.40"],
                            ["Kontaktní osoba", "Tomáš Vrba"],
                            ["E-mail", "vrba@polabskyzpravodaj.example"],
                            ["Telefon", "+420 731 208 455"],
                        ],
                        "widths": [170, 250],
                    },
                    "V Kolíně dne 11. 9. 2025          Tomáš Vrba, šéfredaktor",
                ],
            )
        ],
    },
    {
        "id": "qb002-docx-empty-body-letterhead",
        "description": "empty mail body, DOCX letter with the applicant's IČO and data box in "
        "the page header, Produkce/Test columns and both requests",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED, FILM],
            "Hanácký týdeník, a. s.",
            I2,
            "h7ts2qe",
            ["192.0.2.60", "192.0.2.61"],
            ["192.0.2.70"],
            "Radim Hložek",
            "hlozek@hanackytydenik.example",
            "+420604992310",
        ),
        "from": "Radim Hložek <hlozek@hanackytydenik.example>",
        "subject": "Žádost – volby 2025",
        "headers": TBIRD,
        "body": "",
        "attachments": [
            (
                "docx",
                "HT_zadost_CSU.docx",
                {
                    "header": f"Hanácký týdeník, a. s. · Palackého 14, 779 00 Olomouc · "
                    f"IČO: {I2} · DS: h7ts2qe",
                    "footer": "Zapsáno v OR u KS v Ostravě, oddíl B, vložka 10447 · "
                    "ústředna 585 203 100",
                    "blocks": [
                        OFFICE_ADDRESSEE,
                        "V Olomouci 9. září 2025",
                        "Věc: žádost o přístup k výsledkům voleb a o povolení natáčení",
                        "Vážení,",
                        "žádáme Vás (1) o zřízení přístupu k XML výsledkům voleb do Poslanecké "
                        "sněmovny a (2) o povolení natáčet ve volební noc na sběrném místě ČSÚ "
                        "v Olomouci (redaktor a kameraman, bez osvětlení).",
                        "Adresy našich serverů:",
                        {
                            "rows": [
                                ["", "Produkce", "Test"],
                                ["IP 1", "192.0.2.60", "192.0.2.70"],
                                ["IP 2", "192.0.2.61", "—"],
                            ]
                        },
                        "Kontaktní osoba: Bc. Radim Hložek, vedoucí online vydání, mobil "
                        "604 992 310, hlozek@hanackytydenik.example",
                        "S pozdravem",
                        "Ing. Alena Koutná\npředsedkyně představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "qb003-cover-corrects-xlsx",
        "description": "the cover mail corrects a typo in the spreadsheet's test address "
        "(.175 → .157); roles in a column",
        "style": Style.AMENDING_COVER,
        "labels": L(
            [FEED],
            "Jihomoravská mediální s.r.o.",
            I3,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.157"],
            "Petr Šindelář",
            "sindelar@jmmedia.example",
            "+420739450218",
        ),
        "from": "Šindelář Petr <sindelar@jmmedia.example>",
        "subject": "RE: XML výsledky – adresy",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "posílám vyplněnou tabulku s adresami pro přístup k XML výsledkům.\n\n"
            "Jen upozorňuji, že v tabulce je u testovacího serveru překlep: místo "
            "203.0.113.175 má být 203.0.113.157. Tabulku už jsem před odjezdem nestihl "
            "opravit, omlouvám se.\n\n"
            "Kontaktní osoba: já, Petr Šindelář, 739 450 218.\n\n"
            "Díky\n"
            "Petr Šindelář\n"
            "správa IT | Jihomoravská mediální s.r.o.\n"
        ),
        "attachments": [
            (
                "xlsx",
                "adresy_volby2025.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Jihomoravská mediální s.r.o."],
                            ["IČO", I3],
                            [],
                            ["Role", "IP adresa", "Poznámka"],
                            ["produkce", "203.0.113.150", "primární, Brno-Líšeň"],
                            ["produkce", "203.0.113.151", "záloha, Brno-Slatina"],
                            ["test", "203.0.113.175", ""],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "qb004-databox-annotation-only",
        "description": "data message with the whole application in the annotation; the "
        "attached cover letter only points to it and gives the full name and IČO",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Rádio Podbeskydí s.r.o.",
            I4,
            "q3wbz8k",
            ["198.51.100.14"],
            ["198.51.100.15"],
            "Jaroslav Kubát",
            "kubat@podbeskydi.example",
            "+420602337190",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb – prod. IP 198.51.100.14, test. IP "
        "198.51.100.15, kontakt J. Kubát, 602 337 190, kubat@podbeskydi.example",
        "databox": {
            "box": "q3wbz8k",
            "sender": "Rádio Podbeskydí s.r.o.",
            "address": "Frýdecká 402, 738 01 Frýdek-Místek",
        },
        "attachments": [
            (
                "pdf",
                "pruvodni_dopis.pdf",
                [
                    f"Rádio Podbeskydí s.r.o., Frýdecká 402, 738 01 Frýdek-Místek, IČ {I4}",
                    OFFICE_ADDRESSEE,
                    "Ve Frýdku-Místku dne 15. 9. 2025",
                    "Vážení,",
                    "v návaznosti na Vaši výzvu podáváme žádost o přístup k průběžným "
                    "výsledkům voleb. Údaje (adresy a kontakt) jsou uvedeny v poznámce této "
                    "datové zprávy.",
                    "S pozdravem",
                    "Jaroslav Kubát\njednatel",
                ],
            )
        ],
    },
    {
        "id": "qb005-odt-ano-ne-recording-only",
        "description": "ODT form with ANO/NE columns: feed marked NE, recording ANO; crew table "
        "with three phones, the contact marked in its role column",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Studio Karpaty, z. s.",
            I5,
            None,
            [],
            [],
            "Markéta Jelínková",
            "jelinkova@studiokarpaty.example",
            "+420776014392",
        ),
        "from": "Markéta Jelínková <jelinkova@studiokarpaty.example>",
        "subject": "natáčení volební noc Ostrava – formulář",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "zasíláme vyplněný formulář k natáčení o volební noci v Ostravě.\n\n"
            "Díky a hezký den\n"
            "MJ\n"
        ),
        "attachments": [
            (
                "odt",
                "formular_Karpaty.odt",
                [
                    "Formulář žádosti – média",
                    f"Žadatel: Studio Karpaty, z. s., Nádražní 88, 702 00 Ostrava, IČO {I5}",
                    [
                        ["Požadavek", "ANO", "NE"],
                        ["Přístup k výsledkům ve formátu XML", "", "X"],
                        ["Povolení k pořizování záznamu na sběrném místě", "X", ""],
                    ],
                    "Produkční IP adresy: —",
                    "Testovací IP adresy: —",
                    "Štáb:",
                    [
                        ["Jméno", "Funkce", "Telefon"],
                        ["Markéta Jelínková", "produkce, kontaktní osoba", "+420 776 014 392"],
                        ["David Klíma", "kamera", "+420 723 118 640"],
                        ["Eliška Moravcová", "zvuk", "+420 608 221 973"],
                    ],
                    "Termín: 3. 10. 2025 od 21:00 do 4. 10. 2025 cca 3:00",
                ],
            )
        ],
    },
    {
        "id": "qb006-forwarded-eml-bounced",
        "description": "an assistant forwards the editor's bounced application as an attached "
        ".eml; the editor inside is the contact for both requests",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Vltavské listy s.r.o.",
            I6,
            None,
            ["203.0.113.20", "203.0.113.21"],
            ["203.0.113.29"],
            "Ondřej Bartoš",
            "bartos@vltavskelisty.example",
            "+420777516038",
        ),
        "from": "Hana Šrámková <sramkova@vltavskelisty.example>",
        "subject": "Fwd: Žádost o XML a natáčení – Vltavské listy",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám v příloze žádost pana šéfredaktora Bartoše. Odeslal ji ve čtvrtek "
            "na adresu, kterou jsme měli z loňska, a ta nám vrátila chybu doručení. Vše "
            "platí tak, jak je v ní napsáno.\n\n"
            "S pozdravem\n"
            "Hana Šrámková\n"
            "sekretariát redakce Vltavské listy\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost o XML a natáčení.eml",
                {
                    "id": "qb006-inner",
                    "from": '"Mgr. Ondřej Bartoš" <bartos@vltavskelisty.example>',
                    "to": "volby2024@statistika-media.example",
                    "subject": "Žádost o XML a natáčení – Vltavské listy",
                    "headers": APPLE,
                    "body": (
                        "Vážení,\n\n"
                        f"společnost Vltavské listy s.r.o. (IČO {I6}) žádá:\n\n"
                        "1) o přístup na server s výsledky voleb v XML pro adresy "
                        "203.0.113.20 a 203.0.113.21 (obě produkční), testovat budeme "
                        "z 203.0.113.29;\n"
                        "2) o povolení k natáčení pro náš videotým na sběrném místě "
                        "v Českých Budějovicích.\n\n"
                        "Kontaktní osobou pro obě věci jsem já: Ondřej Bartoš, 777 516 038.\n\n"
                        "S pozdravem\n"
                        "Mgr. Ondřej Bartoš\n"
                        "šéfredaktor\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "qb007-rtf-university-row-headers",
        "description": "RTF from a college's student studio: row headers primární/sekundární "
        "(záloha)/testovací, the contact in a row, the sender only sends it",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Středočeská vysoká škola žurnalistiky, z. ú.",
            I7,
            None,
            ["198.51.100.180", "198.51.100.181"],
            ["198.51.100.190"],
            "Pavel Soukup",
            "soukup@svszurnalistika.example",
            "+420312600415",
        ),
        "from": "Klára Nováčková <novackova@svszurnalistika.example>",
        "subject": "Žádost STV Studio – výsledky voleb XML",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "v příloze posílám žádost našeho studentského studia, podepsanou vedoucím "
            "studia.\n\n"
            "Děkuji\nKlára Nováčková\nstudijní oddělení\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_STV.rtf",
                [
                    "Středočeská vysoká škola žurnalistiky, z. ú.\n"
                    f"Jungmannova 7, 272 01 Kladno – IČ {I7}",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Studentské studio STV Studio bude ve volební noc vysílat živé "
                    "zpravodajství. Žádáme o zřízení přístupu pro tyto servery:",
                    [
                        ["Primární server", "198.51.100.180"],
                        ["Sekundární server (záloha)", "198.51.100.181"],
                        ["Testovací prostředí", "198.51.100.190"],
                        ["Kontaktní osoba (vedoucí studia)", "doc. PhDr. Pavel Soukup, Ph.D."],
                        ["Telefon", "+420 312 600 415"],
                        ["E-mail", "soukup@svszurnalistika.example"],
                    ],
                    "V Kladně 12. 9. 2025\ndoc. PhDr. Pavel Soukup, Ph.D.",
                ],
            )
        ],
    },
    {
        "id": "qb008-databox-file-pdf-cidr",
        "description": "data message with a bare annotation; the PDF letter gives a /30 block "
        "in a wrapped cell, the office's own IČO and box in the addressee block",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Krkonošský deník s.r.o.",
            I8,
            "t5rk9mw",
            ["203.0.113.128", "203.0.113.129", "203.0.113.130", "203.0.113.131"],
            ["203.0.113.140"],
            "Martina Hájková",
            "hajkova@krkonossky.example",
            "+420499811204",
        ),
        "subject": "Žádost o přístup k výsledkům voleb",
        "databox": {
            "box": "t5rk9mw",
            "sender": "Krkonošský deník s.r.o.",
            "address": "Školní 118, 541 01 Trutnov",
            "ref": "KD-2025/077",
        },
        "attachments": [
            (
                "pdf",
                "KD_zadost_volby.pdf",
                [
                    f"Krkonošský deník s.r.o. | Školní 118, 541 01 Trutnov | IČO {I8} | DIČ CZ{I8}",
                    "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10\n"
                    "IČO 00025593, ID DS 2gfaasy",
                    "Naše značka: KD-2025/077          Trutnov 16. 9. 2025",
                    "Věc: žádost o přístup k průběžným výsledkům voleb (XML)",
                    "Žádáme o zřízení přístupu pro tyto adresy:",
                    {
                        "rows": [
                            ["Druh adresy", "Adresa / rozsah", "Poznámka"],
                            [
                                "produkční",
                                "203.0.113.128/30 (tj. 203.0.113.128 až 203.0.113.131)",
                                "cluster redakčního systému za load balancerem",
                            ],
                            ["testovací", "203.0.113.140", "vývojové prostředí dodavatele"],
                        ],
                        "widths": [80, 120, 130],
                    },
                    "Vyřizuje: Martina Hájková, tel. 499 811 204, hajkova@krkonossky.example",
                    "S pozdravem\nIng. Bohumil Řezníček, jednatel",
                ],
            )
        ],
    },
    {
        "id": "qb009-txt-bracket-form-iphone",
        "description": "phone cover note and a TXT form: [x]/[ ] boxes, PROD/TST labels and "
        "a dotted form version",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Ranní echo, spol. s r.o.",
            I9,
            None,
            ["192.0.2.110", "192.0.2.111"],
            ["192.0.2.119"],
            "Filip Mráček",
            "mracek@ranniecho.example",
            "+420605774023",
        ),
        "from": "Filip Mráček <mracek@ranniecho.example>",
        "subject": "formular volby",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, posilam formular, ve Wordu mi to v telefonu neslo, tak je to v "
            "textaku. Diky F. Mracek\n\n"
            "Odesláno z iPhonu\n"
        ),
        "attachments": [
            (
                "txt",
                "formular.txt",
                "ŽÁDOST MÉDIA – VOLBY 2025 (verze formuláře 1.4.2.0)\n"
                "=================================================\n"
                "Žadatel: Ranní echo, spol. s r.o.\n"
                f"IČ: {I9}\n\n"
                "[x] přístup k XML s výsledky\n"
                "[ ] povolení natáčet / fotografovat na sběrném místě\n\n"
                "PROD: 192.0.2.110\n"
                "PROD: 192.0.2.111\n"
                "TST:  192.0.2.119\n\n"
                "Kontakt: Filip Mráček, +420 605 774 023, mracek@ranniecho.example\n",
            )
        ],
    },
    {
        "id": "qb010-html-signature-docx-merged",
        "description": "HTML cover with a signature block carrying IČO, data box and two "
        "numbers; DOCX with a merged 'Produkční' cell spanning two rows",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Západočeská mediální skupina a.s.",
            I10,
            "w8cp4jr",
            ["203.0.113.70", "203.0.113.71"],
            ["203.0.113.80"],
            "Jitka Pokorná",
            "pokorna@zcms.example",
            "+420731650844",
        ),
        "from": '"Ing. Jitka Pokorná" <pokorna@zcms.example>',
        "subject": "Žádost o přístup – XML výsledky voleb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v příloze zasíláme žádost o přístup k výsledkům voleb ve formátu XML.\n\n"
            "S pozdravem\n\n"
            "Ing. Jitka Pokorná | vedoucí IT\n"
            "Západočeská mediální skupina a.s.\n"
            f"IČ: {I10} | ID datové schránky: w8cp4jr\n"
            "tel.: +420 377 904 561 | mob.: +420 731 650 844\n"
        ),
        "html": (
            '<html><head><meta charset="utf-8"></head><body>'
            "<p>Dobrý den,</p><p>v příloze zasíláme žádost o přístup k výsledkům voleb ve "
            "formátu XML.</p><p>S pozdravem</p>"
            '<table style="border-left:3px solid #c00;padding-left:8px"><tr><td>'
            "<b>Ing. Jitka Pokorná</b> | vedoucí IT<br>"
            "Západočeská mediální skupina a.s.<br>"
            f"IČ: {I10} | ID datové schránky: w8cp4jr<br>"
            "tel.: +420 377 904 561 | mob.: +420 731 650 844</td></tr></table>"
            "</body></html>"
        ),
        "attachments": [
            (
                "docx",
                "ZCMS_zadost.docx",
                {
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        f"Žadatel: Západočeská mediální skupina a.s., IČ {I10}",
                        {
                            "rows": [
                                ["Prostředí", "IP adresa"],
                                ["Produkční", "203.0.113.70"],
                                ["", "203.0.113.71"],
                                ["Testovací", "203.0.113.80"],
                            ],
                            "merge": [(1, 0, 2, 0)],
                        },
                        "Kontaktní osoba: Ing. Jitka Pokorná, mobil 731 650 844, "
                        "pokorna@zcms.example",
                    ]
                },
            )
        ],
    },
    {
        "id": "qb011-databox-annotation-replaces-contact",
        "description": "data message whose annotation replaces the contact named in the "
        "attached DOCX (the former employee has left)",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "TV Pošumaví s.r.o.",
            I11,
            "b2nf6xa",
            ["198.51.100.120"],
            ["198.51.100.121"],
            "Ivana Hrubá",
            "hruba@tvposumavi.example",
            "+420724305118",
        ),
        "subject": "Žádost o přístup k XML – oprava oproti příloze: kontaktní osobou je Ivana "
        "Hrubá, 724 305 118, hruba@tvposumavi.example (p. Lenz u nás od 1. 9. nepracuje)",
        "databox": {
            "box": "b2nf6xa",
            "sender": "TV Pošumaví s.r.o.",
            "address": "Vimperská 31, 385 01 Vimperk",
        },
        "attachments": [
            (
                "docx",
                "zadost_TVP.docx",
                {
                    "footer": f"TV Pošumaví s.r.o. · Vimperská 31, 385 01 Vimperk · IČO {I11}",
                    "blocks": [
                        OFFICE_ADDRESSEE,
                        "Věc: Žádost o přístup k výsledkům voleb",
                        "Dobrý den, žádáme o přístup k výsledkům voleb ve formátu XML.",
                        {
                            "rows": [
                                ["Produkční IP", "198.51.100.120"],
                                ["Testovací IP", "198.51.100.121"],
                                ["Kontaktní osoba", "Michal Lenz"],
                                ["Telefon", "721 998 304"],
                                ["E-mail", "lenz@tvposumavi.example"],
                            ]
                        },
                        "Vimperk 20. 8. 2025\nJan Kratochvíl, jednatel",
                    ],
                },
            )
        ],
    },
    {
        "id": "qb012-english-pdf-austrian-broadcaster",
        "description": "English cover and PDF from an Austrian broadcaster without an IČO (FN "
        "number only): Production/failover/Staging rows and a film crew",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Alpenfunk Medien GmbH",
            None,
            None,
            ["192.0.2.36", "192.0.2.37"],
            ["192.0.2.38"],
            "Katharina Stadler",
            "k.stadler@alpenfunk.example",
            "+436642185530",
        ),
        "from": '"Mag. Katharina Stadler" <k.stadler@alpenfunk.example>',
        "subject": "Application – election results feed and filming permit",
        "headers": GMAIL,
        "body": (
            "Dear Sir or Madam,\n\n"
            "please find attached our application for access to the election results feed "
            "and for a filming permit on election night. Apologies for writing in English.\n\n"
            "Kind regards,\nKatharina Stadler\nAlpenfunk Medien GmbH, Vienna\n"
        ),
        "attachments": [
            (
                "pdf",
                "Alpenfunk_application_CZSO.pdf",
                [
                    "Alpenfunk Medien GmbH · Mariahilfer Straße 121, 1060 Wien · "
                    "FN 412387 t, Handelsgericht Wien · UID ATU68420917",
                    "Application for access to the XML election results and for a filming permit",
                    "1. Access to the results server. Our addresses:",
                    {
                        "rows": [
                            ["Environment", "IP address"],
                            ["Production", "192.0.2.36"],
                            ["Production (failover)", "192.0.2.37"],
                            ["Staging / test", "192.0.2.38"],
                        ],
                        "widths": [160, 160],
                    },
                    "2. Filming permit: a crew of three (reporter, camera, sound) would like "
                    "to film at the collection point in Prague on 3 October 2025 from 22:00.",
                    "Contact person: Katharina Stadler, +43 664 218 5530, "
                    "k.stadler@alpenfunk.example",
                ],
            )
        ],
    },
    {
        "id": "qb013-slovak-xlsx-two-sheets-merged",
        "description": "Slovak cover and XLSX with two sheets: applicant details, and the "
        "addresses with a merged 'Produkcia' cell",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Tatranské médiá CZ s.r.o.",
            I13,
            None,
            ["198.51.100.201", "198.51.100.202"],
            ["198.51.100.209"],
            "Zuzana Kováčová",
            "kovacova@tatranskemedia.example",
            "+421905318442",
        ),
        "from": '"Mgr. Zuzana Kováčová" <kovacova@tatranskemedia.example>',
        "subject": "Žiadosť o prístup k výsledkom volieb (XML)",
        "headers": ZIMBRA,
        "body": (
            "Dobrý deň,\n\n"
            "v prílohe posielam vyplnenú tabuľku so žiadosťou o prístup k výsledkom volieb "
            "vo formáte XML pre našu pražskú redakciu. Všetky údaje sú v nej.\n\n"
            "Ďakujem pekne\nZuzana Kováčová\n"
        ),
        "attachments": [
            (
                "xlsx",
                "ziadost_TM.xlsx",
                [
                    {
                        "title": "Žiadateľ",
                        "rows": [
                            ["Názov", "Tatranské médiá CZ s.r.o."],
                            ["IČO", I13],
                            ["Kontaktná osoba", "Zuzana Kováčová"],
                            ["Telefón", "+421 905 318 442"],
                            ["E-mail", "kovacova@tatranskemedia.example"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Typ", "IP adresa"],
                            ["Produkcia", "198.51.100.201"],
                            [None, "198.51.100.202"],
                            ["Test", "198.51.100.209"],
                        ],
                        "merge": ["A2:A3"],
                    },
                ],
            )
        ],
    },
    {
        "id": "qb014-smime-town-recording-only",
        "description": "S/MIME-signed mail from a town's press officer: recording only, the "
        "feed declined, data box in the signature, PDF crew list with more phones",
        "style": Style.SIGNED,
        "labels": L(
            [FILM],
            "Město Nové Zálesí",
            I14,
            "m4xe7pv",
            [],
            [],
            "Tereza Malá",
            "mala@novezalesi.example",
            "+420465520117",
        ),
        "from": '"Bc. Tereza Malá" <mala@novezalesi.example>',
        "subject": "Žádost o povolení pořízení záznamu – volby 2025",
        "headers": TBIRD,
        "smime": True,
        "body": (
            "Dobrý den,\n\n"
            "Město Nové Zálesí vydává Zálesský zpravodaj a provozuje městskou televizi. "
            "Žádáme o povolení pořídit obrazový a zvukový záznam na sběrném místě ČSÚ "
            "v Pardubicích ve volební noc. Seznam členů štábu je v příloze.\n\n"
            "O přístup k výsledkům ve formátu XML nežádáme, pro naše potřeby postačí "
            "veřejný web.\n\n"
            "S pozdravem\n\n"
            "Bc. Tereza Malá\n"
            "tisková mluvčí\n"
            "Město Nové Zálesí, Masarykovo nám. 1, 565 01 Nové Zálesí\n"
            f"IČO: {I14} | ID DS: m4xe7pv\n"
            "tel.: +420 465 520 117\n"
        ),
        "attachments": [
            (
                "pdf",
                "stab_ZTV.pdf",
                [
                    "Zálesská televize – štáb pro volební noc 3./4. 10. 2025",
                    {
                        "rows": [
                            ["Jméno", "Funkce", "Telefon"],
                            ["Roman Fiala", "redaktor", "+420 603 447 210"],
                            ["Adam Kučera", "kameraman", "+420 736 120 905"],
                        ],
                        "widths": [120, 100, 120],
                    },
                ],
            )
        ],
    },
]
