"""Forty-first held-out part ``at``, cases at029–at042: a data message whose only text is a TXT
file, a DOCX letterhead with the IČO and box in header and footer, an XLSX with an old sheet, an
English PDF giving roles by "respectively", a Slovak data message with everything in the
annotation, a cover note handing the contact to a colleague, a signed mail, an IPv6 table in a
data message, an RTF form with ANO/NE, an annotation adding to the letter, an HTML form with
ticks and crosses, a town's ODT, a contacts table with a yes/no column and an annotation
withdrawing a request made in the file. Written by hand apart from the extraction rules (see
make_fortyfirst_at); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyfirst_at_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I29, I30, I31, I32, I33 = (
    ico("2807341"),
    ico("0461937"),
    ico("2975018"),
    ico("0697452"),
    ico("3651207"),
)
I34, I35, I36, I37, I38 = (
    ico("2548093"),
    ico("6418207"),
    ico("0921364"),
    ico("2785402"),
    ico("4650318"),
)
I39, I40, I41, I42 = ico("0837251"), ico("0027394"), ico("2613798"), ico("2749165")

CASES: list[dict[str, Any]] = [
    {
        "id": "at029-databox-bare-annotation-txt-file",
        "description": "data message with a one-word annotation; the application is a plain "
        "TXT file typed without diacritics, the IČO with a slash-free prefix 'IC:'",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Orlický týdeník s.r.o.",
            I29,
            "c3vr7tj",
            ["203.0.113.111"],
            ["203.0.113.112"],
            "Vlasta Cermakova",
            "cermakova@orlickytydenik.example",
            "+420494530118",
        ),
        "subject": "Zadost",
        "databox": {
            "box": "c3vr7tj",
            "sender": "Orlický týdeník s.r.o.",
            "address": "Palackého 220, 516 01 Rychnov nad Kněžnou",
        },
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Cesky statisticky urad\n\n"
                "Vec: zadost o pristup k vysledkum voleb (XML)\n\n"
                f"Zadatel: Orlicky tydenik s.r.o., IC: {I29}\n"
                "Produkcni IP: 203.0.113.111\n"
                "Testovaci IP: 203.0.113.112\n"
                "Kontakt: Vlasta Cermakova, tel 494 530 118, cermakova@orlickytydenik.example\n\n"
                "V Rychnove n. Kn. 18.9.2025\n",
            )
        ],
    },
    {
        "id": "at030-docx-letterhead-header-footer",
        "description": "short Thunderbird cover; the DOCX gives the IČO in the header and the "
        "box ID in the footer, both requests, contact a named producer",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED, FILM],
            "Rádio Krakonoš, a.s.",
            I30,
            "q2jd6wn",
            ["198.51.100.170", "198.51.100.171"],
            ["198.51.100.179"],
            "Markéta Lorencová",
            "lorencova@radiokrakonos.example",
            "+420604315588",
        ),
        "from": "Pavel Šubrt <subrt@radiokrakonos.example>",
        "subject": "Rádio Krakonoš – žádost ČSÚ volby",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nzasílám žádost podepsanou ředitelem. Kdyby bylo něco "
            "nejasného, obraťte se prosím na Markétu Lorencovou (viz žádost).\n\n"
            "Pavel Šubrt\nIT\n"
        ),
        "attachments": [
            (
                "docx",
                "RK_zadost_CSU.docx",
                {
                    "header": f"Rádio Krakonoš, a.s. · Horská 5, 541 01 Trutnov · IČO {I30}",
                    "footer": "ID datové schránky: q2jd6wn · bankovní spojení 2201554477/2010",
                    "blocks": [
                        "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                        "V Trutnově dne 17. 9. 2025",
                        "Věc: Žádost o přístup k výsledkům voleb a o povolení k nahrávání",
                        "Žádáme o přístup k volebnímu serveru z adres 198.51.100.170 a "
                        "198.51.100.171 (ostrý provoz) a 198.51.100.179 (test) a o povolení "
                        "pořizovat zvukový záznam na sběrném místě v Trutnově.",
                        "Kontaktní osoba: Markéta Lorencová, produkce, mobil 604 315 588, "
                        "lorencova@radiokrakonos.example",
                        "Ing. Jaroslav Hejna\nředitel",
                    ],
                },
            )
        ],
    },
    {
        "id": "at031-xlsx-old-sheet-new-sheet",
        "description": "XLSX with last election's sheet marked invalid and this year's sheet; "
        "only the new addresses count",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Plzeňský expres s.r.o.",
            I31,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.158"],
            "Michal Kolář",
            "kolar@plzenexpres.example",
            "+420377420916",
        ),
        "from": "Michal Kolář <kolar@plzenexpres.example>",
        "subject": "RE: volby 2025 - IP adresy",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"jako minule žádáme za Plzeňský expres s.r.o. (IČO {I31}) o přístup k XML. "
            "V příloze je naše tabulka – první list je z loňska a už neplatí, aktuální "
            "adresy jsou na listu „2025“.\n\n"
            "Michal Kolář\nsíťový administrátor\nT: +420 377 420 916\n"
        ),
        "attachments": [
            (
                "xlsx",
                "PE_IP_volby.xlsx",
                [
                    {
                        "title": "2024 (neplatí)",
                        "rows": [
                            ["Role", "IP"],
                            ["produkce", "192.0.2.100"],
                            ["test", "192.0.2.101"],
                        ],
                    },
                    {
                        "title": "2025",
                        "rows": [
                            ["Role", "IP"],
                            ["produkce", "192.0.2.150"],
                            ["produkce", "192.0.2.151"],
                            ["test", "192.0.2.158"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "at032-english-pdf-respectively",
        "description": "English cover and PDF letter from a Prague English-language outlet; "
        "the roles only by 'respectively', a UK mobile for the contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Prague Ledger s.r.o.",
            I32,
            None,
            ["203.0.113.5"],
            ["203.0.113.6"],
            "Oliver Grant",
            "o.grant@pragueledger.example",
            "+447700900318",
        ),
        "from": "Oliver Grant <o.grant@pragueledger.example>",
        "subject": "Application - election results XML feed",
        "headers": APPLE,
        "body": (
            "Hello,\n\nplease see the attached letter. Apologies that it is in English; "
            "happy to provide a Czech version if needed.\n\nOliver\n"
        ),
        "attachments": [
            (
                "pdf",
                "PragueLedger_CZSO.pdf",
                [
                    f"Prague Ledger s.r.o., Vinohradská 74, 120 00 Praha 2, ID No. {I32}",
                    "To: Czech Statistical Office",
                    "Re: Access to election results in XML",
                    "We kindly request access to the election results server. Our servers "
                    "203.0.113.5 and 203.0.113.6 will be used for production and testing, "
                    "respectively. We do not require a filming permit.",
                    "Contact: Oliver Grant, editor, +44 7700 900318, o.grant@pragueledger.example",
                    "Prague, 12 September 2025",
                ],
            )
        ],
    },
    {
        "id": "at033-databox-slovak-annotation",
        "description": "Slovak data message with the whole application in the annotation, the "
        "file only an extract from the Slovak register",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED, FILM],
            "Novinový dom Trenčín, s. r. o.",
            I33,
            "y5bk2mr",
            ["198.51.100.77"],
            [],
            "Peter Ďurana",
            "durana@ndtrencin.example",
            "+421918402556",
        ),
        "subject": "Žiadosť o prístup k XML (produkčná IP 198.51.100.77, test nie) a "
        "o povolenie nakrúcať v Uherskom Hradišti. Kontakt: Peter Ďurana, +421 918 402 556, "
        "durana@ndtrencin.example",
        "databox": {
            "box": "y5bk2mr",
            "sender": "Novinový dom Trenčín, s. r. o.",
            "address": "Štúrovo námestie 3, 911 01 Trenčín, SK",
        },
        "attachments": [
            (
                "pdf",
                "vypis_ORSR.pdf",
                [
                    "Výpis z Obchodného registra Okresného súdu Trenčín, oddiel Sro, "
                    "vložka č. 31284/R",
                    "Obchodné meno: Novinový dom Trenčín, s. r. o.\n"
                    f"IČO: {I33[:2]} {I33[2:5]} {I33[5:]}\n"
                    "Sídlo: Štúrovo námestie 3, 911 01 Trenčín",
                    "Dátum aktualizácie údajov: 05.09.2025",
                ],
            )
        ],
    },
    {
        "id": "at034-iphone-cover-hands-contact-over",
        "description": "iPhone cover from the signer; the PDF names her as the contact but the "
        "cover hands the contact over to a colleague with his own phone, typed without "
        "diacritics",
        "style": Style.COVER_CHANGE,
        "labels": L(
            [FEED],
            "Mladoboleslavský týden s.r.o.",
            I34,
            None,
            ["192.0.2.240"],
            ["192.0.2.241"],
            "Lukas Pesta",
            "pesta@mbtyden.example",
            "+420732118406",
        ),
        "from": "Hana Kovandová <kovandova@mbtyden.example>",
        "subject": "Zadost o xml",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, posilam zadost. Od pondeli jsem na dovolene, takze kontaktni "
            "osobou misto me bude kolega Lukas Pesta, pesta@mbtyden.example, "
            "tel 732 118 406.\nDekuji Kovandova\n\nOdesláno z iPhonu"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_MBT.pdf",
                [
                    f"Mladoboleslavský týden s.r.o., IČO {I34}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Produkční IP: 192.0.2.240\nTestovací IP: 192.0.2.241",
                    "Kontaktní osoba: Hana Kovandová, tel. 326 711 290, kovandova@mbtyden.example",
                ],
            )
        ],
    },
    {
        "id": "at035-smime-signed-pdf",
        "description": "S/MIME-signed Outlook mail with a PDF; the body has the contact, the "
        "PDF the addresses as a CIDR block of two",
        "style": Style.COVER,
        "smime": True,
        "labels": L(
            [FEED],
            "Česká regionální agentura, a.s.",
            I35,
            None,
            ["203.0.113.144", "203.0.113.145"],
            ["203.0.113.150"],
            "Renata Hložková",
            "hlozkova@cra-zpravy.example",
            "+420224801367",
        ),
        "from": "Renata Hložková <hlozkova@cra-zpravy.example>",
        "subject": "Žádost ČRA o přístup k volebním výsledkům",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "přikládám elektronicky podepsanou žádost. Kontaktní osobou pro technické "
            "otázky jsem já, přímá linka 224 801 367 (ústředna 224 801 111).\n\n"
            "Renata Hložková\nvedoucí IT\nČeská regionální agentura, a.s.\n"
        ),
        "attachments": [
            (
                "pdf",
                "CRA_zadost.pdf",
                [
                    f"Česká regionální agentura, a.s., IČO {I35}",
                    "Žádost o přístup k výsledkům voleb (XML)",
                    {
                        "rows": [
                            ["Produkční rozsah", "203.0.113.144/31"],
                            ["Testovací adresa", "203.0.113.150"],
                        ],
                        "widths": [160, 200],
                    },
                ],
            )
        ],
    },
    {
        "id": "at036-databox-docx-role-columns-ipv6",
        "description": "data message with a DOCX table whose columns are the roles "
        "(Produkční | Testovací), IPv6 in both, unequal column lengths",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "DIGI ZPRÁVY s.r.o.",
            I36,
            "n4ts8qh",
            ["2001:db8:c0::1", "2001:db8:c0::2", "198.51.100.5"],
            ["2001:db8:c0::ff"],
            "Jan Šebesta",
            "sebesta@digizpravy.example",
            "+420910117543",
        ),
        "subject": "Přístup k XML výsledkům – DIGI ZPRÁVY",
        "databox": {
            "box": "n4ts8qh",
            "sender": "DIGI ZPRÁVY s.r.o.",
            "address": "Karolinská 650, 186 00 Praha 8",
        },
        "attachments": [
            (
                "docx",
                "DZ_zadost.docx",
                {
                    "blocks": [
                        f"DIGI ZPRÁVY s.r.o., Karolinská 650, Praha 8, IČO {I36}",
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["Produkční", "Testovací"],
                                ["2001:db8:c0::1", "2001:db8:c0::ff"],
                                ["2001:db8:c0::2", ""],
                                ["198.51.100.5", ""],
                            ]
                        },
                        "Kontakt: Jan Šebesta, 910 117 543, sebesta@digizpravy.example",
                    ]
                },
            )
        ],
    },
    {
        "id": "at037-rtf-form-ano-ne-iso88592",
        "description": "iso-8859-2 cover with an RTF form: ANO/NE column, both ANO, the "
        "contact is a named editor, not the sender",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Jihomoravská televize JTV, s.r.o.",
            I37,
            None,
            ["192.0.2.80"],
            ["192.0.2.81"],
            "Tereza Novotná",
            "novotna@jtv.example",
            "+420543226170",
        ),
        "from": "Sekretariát JTV <sekretariat@jtv.example>",
        "subject": "Žádost JTV - volby 2025",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\nv příloze zasíláme vyplněný formulář žádosti. Kontaktní osobou "
            "je redaktorka Tereza Novotná.\n\nSekretariát JTV\n"
        ),
        "attachments": [
            (
                "rtf",
                "JTV_formular.rtf",
                [
                    "ŽÁDOST – MÉDIA – VOLBY 2025",
                    [
                        ["Žadatel", "Jihomoravská televize JTV, s.r.o."],
                        ["IČO", I37],
                    ],
                    [
                        ["Požadavek", "ANO/NE"],
                        ["Přístup k XML", "ANO"],
                        ["Natáčení na sběrném místě", "ANO"],
                    ],
                    [
                        ["Produkční IP", "192.0.2.80"],
                        ["Testovací IP", "192.0.2.81"],
                        ["Kontaktní osoba", "Novotná Tereza"],
                        ["Telefon", "+420 543 226 170"],
                        ["E-mail", "novotna@jtv.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "at038-databox-annotation-adds-test-address",
        "description": "data message: the PDF letter gives production only, the annotation "
        "adds a test address",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Vydavatelství Ohře a.s.",
            I38,
            "k9rw3fc",
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.250"],
            "Milan Šťastný",
            "stastny@vydohre.example",
            "+420474660213",
        ),
        "subject": "Žádost o přístup k XML dle přílohy; doplňujeme testovací IP "
        "198.51.100.250, která v dopise chybí.",
        "databox": {
            "box": "k9rw3fc",
            "sender": "Vydavatelství Ohře a.s.",
            "address": "Chomutovská 18, 430 01 Kadaň",
        },
        "attachments": [
            (
                "pdf",
                "VO_zadost_2025.pdf",
                [
                    f"Vydavatelství Ohře a.s., Chomutovská 18, 430 01 Kadaň, IČO {I38}",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o přístup z produkčních adres 198.51.100.240 a 198.51.100.241.",
                    "Kontakt: Milan Šťastný, správce systémů, 474 660 213, stastny@vydohre.example",
                    "Kadaň 16. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "at039-html-gmail-tick-cross-form",
        "description": "HTML-only Gmail mail pasted from a web form with ✔/✘ marks: filming "
        "ticked, the XML access crossed, a freelancer's trade name",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Vít Šolc – ŠolcVideo",
            I39,
            None,
            [],
            [],
            "Vít Šolc",
            "vit@solcvideo.example",
            "+420775902314",
        ),
        "from": "Vít Šolc <vit@solcvideo.example>",
        "subject": "Žádost o natáčení – sběrné místo Zlín",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div>posílám vyplněné údaje:</div><br>'
            "<table><tr><td>Žadatel:</td><td>Vít Šolc – ŠolcVideo (OSVČ), "
            f"IČO {I39}</td></tr>"
            "<tr><td>✔</td><td>povolení k natáčení na sběrném místě ve Zlíně</td></tr>"
            "<tr><td>✘</td><td>přístup k XML výsledkům</td></tr>"
            "<tr><td>Telefon:</td><td>775 902 314</td></tr></table><br>"
            '<div>Díky,</div><div>Vít Šolc</div><div><a href="https://solcvideo.example">'
            "solcvideo.example</a></div></div>"
        ),
    },
    {
        "id": "at040-databox-town-odt-both",
        "description": "a town's data message with an ODT letter: both requests, a backup "
        "server as production, the mayor signs, the IT officer is the contact",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED, FILM],
            "Město Horní Lomnice",
            I40,
            "a7xh2ge",
            ["192.0.2.20", "192.0.2.21"],
            ["192.0.2.29"],
            "Karel Vitásek",
            "vitasek@hornilomnice.example",
            "+420566530217",
        ),
        "subject": "Žádost o přístup k výsledkům voleb a natáčení - Město Horní Lomnice",
        "databox": {
            "box": "a7xh2ge",
            "sender": "Město Horní Lomnice",
            "address": "Masarykovo nám. 1, 592 31 Horní Lomnice",
            "type": 10,
        },
        "attachments": [
            (
                "odt",
                "zadost_mesto.odt",
                [
                    f"Město Horní Lomnice, IČO {I40}",
                    "Č. j.: MHL-2025/3318",
                    "Pro městský zpravodajský web a infokanál žádáme o přístup k volebnímu "
                    "serveru a o povolení pořídit videozáznam na sběrném místě ve Žďáru nad "
                    "Sázavou.",
                    [
                        ["hlavní server", "192.0.2.20"],
                        ["záložní server", "192.0.2.21"],
                        ["testovací", "192.0.2.29"],
                    ],
                    "Kontaktní osoba: Karel Vitásek, referent IT, tel. 566 530 217, "
                    "vitasek@hornilomnice.example",
                    "Ing. Dana Kocmanová, starostka",
                ],
            )
        ],
    },
    {
        "id": "at041-zimbra-flowed-xlsx-contact-column",
        "description": "format=flowed cover; the XLSX lists three people with a yes/no 'kontakt "
        "pro ČSÚ' column, only one marked yes",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Týdeník Brodsko s.r.o.",
            I41,
            None,
            ["203.0.113.33"],
            ["203.0.113.34"],
            "Iveta Marková",
            "markova@brodsko.example",
            "+420569118273",
        ),
        "from": "Josef Kratina <kratina@brodsko.example>",
        "subject": "Zadost o pristup k XML - Tydenik Brodsko",
        "headers": ZIMBRA,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            f"za Týdeník Brodsko s.r.o. (IČO {I41}) žádáme o přístup k výsledkům \n"
            "voleb ve formátu XML. Produkční IP je 203.0.113.33, testovací \n"
            "203.0.113.34. Lidi z redakce, kteří budou ve volební noc ve službě, \n"
            "jsou v příloze; kontaktní osoba je tam označená.\n\n"
            "Josef Kratina\nšéfredaktor\n"
        ),
        "attachments": [
            (
                "xlsx",
                "sluzby_volby.xlsx",
                [
                    {
                        "title": "Služba",
                        "rows": [
                            ["Jméno", "Funkce", "Telefon", "E-mail", "Kontakt pro ČSÚ"],
                            [
                                "Josef Kratina",
                                "šéfredaktor",
                                "569 118 200",
                                "kratina@brodsko.example",
                                "ne",
                            ],
                            [
                                "Iveta Marková",
                                "online editorka",
                                "569 118 273",
                                "markova@brodsko.example",
                                "ano",
                            ],
                            [
                                "Pavel Dušek",
                                "fotograf",
                                "731 448 902",
                                "dusek@brodsko.example",
                                "ne",
                            ],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "at042-databox-annotation-withdraws-film",
        "description": "data message: the PDF asks for both, the annotation withdraws the "
        "recording permit",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Rádio Šumava plus s.r.o.",
            I42,
            "g6mc4tu",
            ["192.0.2.190"],
            ["192.0.2.191"],
            "Alena Kubešová",
            "kubesova@sumavaplus.example",
            "+420388410925",
        ),
        "subject": "Žádost o přístup k XML a natáčení - změna: žádost o natáčení bereme zpět, "
        "platí jen přístup k XML dle přílohy.",
        "databox": {
            "box": "g6mc4tu",
            "sender": "Rádio Šumava plus s.r.o.",
            "address": "Náměstí 44, 384 01 Vimperk",
        },
        "attachments": [
            (
                "pdf",
                "RSP_zadost.pdf",
                [
                    f"Rádio Šumava plus s.r.o., IČO {I42}, ID DS g6mc4tu",
                    "Žádáme o: 1) přístup k výsledkům voleb ve formátu XML, 2) povolení "
                    "pořizovat zvukový záznam na sběrném místě v Prachaticích.",
                    {
                        "rows": [
                            ["produkční IP", "192.0.2.190"],
                            ["testovací IP", "192.0.2.191"],
                            ["kontakt", "Alena Kubešová, 388 410 925, kubesova@sumavaplus.example"],
                        ],
                        "widths": [120, 300],
                    },
                    "Vimperk 15. 9. 2025",
                ],
            )
        ],
    },
]
