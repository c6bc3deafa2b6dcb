"""Forty-seventh held-out part ``bp``, cases bp001–bp014: a data message whose supplement
changes the contact's phone, a bilingual DOCX form, an empty mail with the contact on a second
sheet, a cover note fixing a mistyped address of the PDF, a data message with the application in
the annotation, a forwarded .eml, an iso-8859-2 ODT ANO/NE form, a DOCX letter with IČO and box
ID in header, footer and signature, a German data message with a Nachtrag changing the contact,
an HTML ☑/☐ form, a workbook with a role column and a retired address, a reply with an updated
PDF, a photographer's data message with a TXT and a signed university letter in RTF. Written by
hand apart from the extraction rules (see make_fortyseventh_bp); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyseventh_bp_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I1, I2, I3, I4, I5 = ico("2718406"), ico("0583914"), ico("2964172"), ico("0471385"), ico("2850937")
I6, I7, I8, I9 = ico("2639048"), ico("0195273"), ico("2907615"), ico("0362851")
I10, I11, I12, I13 = ico("2784530"), ico("0846219"), ico("7193058"), ico("0021674")

CASES: list[dict[str, Any]] = [
    {
        "id": "bp001-databox-supplement-changes-phone",
        "description": "data message with two files: the PDF application gives the contact's "
        "mobile, the second file (doplnění) replaces that mobile with a new number",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Vysočina Press s.r.o.",
            I1,
            "v8kq3tn",
            ["198.51.100.61", "198.51.100.62"],
            ["198.51.100.69"],
            "Lenka Hrubešová",
            "hrubesova@vysocinapress.example",
            "+420731208554",
        ),
        "databox": box("v8kq3tn", "Vysočina Press s.r.o.", "Havlíčkova 1120/14, 586 01 Jihlava"),
        "subject": "Žádost o přístup k výsledkům voleb + doplnění",
        "attachments": [
            (
                "pdf",
                "zadost_volby_VP.pdf",
                [
                    "Vysočina Press s.r.o., Havlíčkova 1120/14, 586 01 Jihlava, IČO " + I1,
                    "Věc: Žádost o zpřístupnění výsledků voleb a o povolení natáčení",
                    "Žádáme o přístup k dedikovanému serveru s výsledky ve formátu XML a zároveň "
                    "o povolení pořizovat videozáznam na krajském pracovišti ČSÚ v Jihlavě.",
                    {
                        "rows": [
                            ["", "IP adresa"],
                            ["produkce", "198.51.100.61, 198.51.100.62"],
                            ["test", "198.51.100.69"],
                        ],
                        "widths": [90, 240],
                    },
                    "Kontaktní osoba: Lenka Hrubešová, hrubesova@vysocinapress.example, "
                    "tel. 602 114 387",
                    "Ing. Tomáš Pelikán, jednatel",
                ],
            ),
            (
                "docx",
                "doplneni_zadosti.docx",
                {
                    "header": "Vysočina Press s.r.o. | IČO " + I1,
                    "blocks": [
                        "Doplnění k naší žádosti o přístup k výsledkům voleb",
                        "V žádosti zaslané v této zprávě je uvedeno staré služební číslo "
                        "kontaktní osoby, které od prosince ruší. Paní Hrubešová je k zastižení "
                        "na novém čísle 731 208 554. Ostatní údaje platí beze změny.",
                        "T. Pelikán",
                    ],
                },
            ),
        ],
    },
    {
        "id": "bp002-bilingual-docx-form-brackets",
        "description": "a two-line English cover from a foreign desk; the DOCX is a bilingual "
        "form (Název / Name, IČO (ID No.)) with [x]/[ ] requests and a row per address role",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Central Europe Wire, a.s.",
            I2,
            None,
            ["203.0.113.14", "203.0.113.15", "203.0.113.16"],
            ["203.0.113.30"],
            "Daniel Okafor",
            "d.okafor@cewire.example",
            "+420608447215",
        ),
        "from": "Daniel Okafor <d.okafor@cewire.example>",
        "subject": "Election results feed - application form",
        "headers": OUTLOOK,
        "body": "Hello,\nplease find our completed form attached.\n\nBest regards\nDaniel Okafor\n"
        "CEW data desk\n",
        "attachments": [
            (
                "docx",
                "CEW_form_volby.docx",
                {
                    "header": "Central Europe Wire, a.s. — Prague bureau",
                    "footer": "Vinohradská 2398/51, 120 00 Praha 2",
                    "blocks": [
                        "Žádost o přístup / Application for access",
                        {
                            "rows": [
                                ["Název / Name", "Central Europe Wire, a.s."],
                                ["IČO (ID No.)", I2],
                                ["Sídlo / Registered office", "Vinohradská 2398/51, Praha 2"],
                            ]
                        },
                        "Předmět žádosti / Subject of the application:",
                        "[x] přístup k XML výsledkům / access to the XML results feed",
                        "[ ] povolení natáčet / filming permit",
                        {
                            "rows": [
                                ["Role", "IP"],
                                ["Produkční / Production", "203.0.113.14"],
                                ["Produkční / Production", "203.0.113.15"],
                                ["Produkční / Production", "203.0.113.16"],
                                ["Testovací / Test", "203.0.113.30"],
                            ]
                        },
                        {
                            "rows": [
                                ["Kontaktní osoba / Contact person", "Daniel Okafor"],
                                ["E-mail", "d.okafor@cewire.example"],
                                ["Telefon / Phone", "+420 608 447 215"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "bp003-empty-mail-contact-second-sheet",
        "description": "no text at all; the workbook's first sheet has the applicant and the "
        "addresses under a merged title, the contact (surname first) is on the second sheet",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Zpravodajství Podbrdsko s.r.o.",
            I3,
            None,
            ["192.0.2.140", "192.0.2.141"],
            ["192.0.2.150"],
            "Petra Malinová",
            "malinova@podbrdsko.example",
            "+420777305916",
        ),
        "from": "Petra Malinova <malinova@podbrdsko.example>",
        "subject": "volby",
        "headers": GMAIL,
        "body": "",
        "attachments": [
            (
                "xlsx",
                "podbrdsko_volby.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Zpravodajství Podbrdsko s.r.o."],
                            ["IČO", I3],
                            ["Požadujeme", "přístup k výsledkům (XML server)"],
                            [],
                            ["IP adresy", None],
                            ["produkční", "192.0.2.140"],
                            ["produkční", "192.0.2.141"],
                            ["testovací", "192.0.2.150"],
                        ],
                        "merge": ["A5:B5"],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Příjmení a jméno", "Telefon", "E-mail"],
                            ["Malinová Petra", "777 305 916", "malinova@podbrdsko.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bp004-cover-fixes-mistyped-address",
        "description": "the PDF has a five-digit octet in the second production address; the "
        "cover note gives the right one; the other addresses stand as written",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Týdeník Polabí, spol. s r.o.",
            I4,
            None,
            ["198.51.100.116", "198.51.100.117"],
            ["198.51.100.120"],
            "Jiří Kadeřávek",
            "kaderavek@tydenikpolabi.example",
            "+420604772180",
        ),
        "from": "Jiří Kadeřávek <kaderavek@tydenikpolabi.example>",
        "subject": "Žádost o přístup - volby (Týdeník Polabí)",
        "headers": TBIRD,
        "body": "Dobrý den,\n\nposílám naši žádost. Koukám, že se nám v PDF u druhé produkční "
        "adresy vloudil překlep – místo 198.51.100.11117 tam má být 198.51.100.117. "
        "Ostatní je v pořádku.\n\nDíky\nJiří Kadeřávek\nTýdeník Polabí\n604 772 180\n",
        "attachments": [
            (
                "pdf",
                "zadost_tydenik_polabi.pdf",
                [
                    "TÝDENÍK POLABÍ, spol. s r.o. · Palackého 54, 290 01 Poděbrady · IČO " + I4,
                    "Žádost o zpřístupnění výsledků voleb na dedikovaném serveru",
                    {
                        "rows": [
                            ["Produkční adresy", "198.51.100.116\n198.51.100.11117"],
                            ["Testovací adresa", "198.51.100.120"],
                            ["Kontakt", "Jiří Kadeřávek, kaderavek@tydenikpolabi.example"],
                        ],
                        "widths": [120, 220],
                    },
                    "O natáčení nežádáme.",
                    "V Poděbradech 3. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "bp005-databox-annotation-carries-request",
        "description": "data message: the annotation carries the request and the addresses, the "
        "RTF is a signed cover letter that names the contact below the signatory",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Krkonoše s.r.o.",
            I5,
            "k2rx7bw",
            ["203.0.113.201"],
            ["203.0.113.202"],
            "Ondřej Šafránek",
            "safranek@radiokrkonose.example",
            "+420736119048",
        ),
        "databox": box("k2rx7bw", "Rádio Krkonoše s.r.o.", "Komenského 311, 543 01 Vrchlabí"),
        "subject": "Volby – XML výsledky, produkce 203.0.113.201, test 203.0.113.202",
        "attachments": [
            (
                "rtf",
                "pruvodni_dopis_RK.rtf",
                [
                    "Rádio Krkonoše s.r.o.\nKomenského 311, 543 01 Vrchlabí\nIČO: " + I5,
                    "Vážení,",
                    "žádáme o přístup k serveru s výsledky voleb. Adresy, ze kterých se budeme "
                    "připojovat, uvádíme v anotaci datové zprávy.",
                    "S pozdravem",
                    "Marie Tomanová\nředitelka",
                    "Technický kontakt: Ondřej Šafránek, safranek@radiokrkonose.example, "
                    "+420 736 119 048",
                ],
            )
        ],
    },
    {
        "id": "bp006-forwarded-eml-sent-to-old-address",
        "description": "an office manager forwards a colleague's application as an attached .eml "
        "(it went to a wrong address); the inner mail carries everything",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Ostravské listy a.s.",
            I6,
            None,
            ["198.18.40.5", "198.18.40.6"],
            ["198.18.41.5"],
            "Radim Bednárek",
            "bednarek@ostravskelisty.example",
            "+420595170328",
        ),
        "from": "Sekretariát Ostravské listy <sekretariat@ostravskelisty.example>",
        "subject": "Fwd: žádost ČSÚ",
        "headers": APPLE,
        "body": "Dobrý den,\nkolega Bednárek poslal žádost omylem na neplatnou adresu, "
        "přeposílám ji v příloze.\n\nAlena Vojtková\nsekretariát\n",
        "attachments": [
            (
                "eml",
                "zadost_CSU.eml",
                {
                    "id": "bp006-inner",
                    "from": "Radim Bednárek <bednarek@ostravskelisty.example>",
                    "to": "volby@csu-podatelna.example",
                    "subject": "žádost ČSÚ",
                    "headers": OUTLOOK,
                    "body": "Dobrý den,\n\nOstravské listy a.s. (IČO " + I6 + ") žádají o "
                    "přístup k výsledkům voleb a o povolení natáčet v sídle krajské "
                    "správy.\n\nprodukce: 198.18.40.5 a 198.18.40.6\ntest: 198.18.41.5\n\n"
                    "kontakt jsem já – Radim Bednárek, 595 170 328\n\nS pozdravem\nR. "
                    "Bednárek\nvedoucí datové redakce\n",
                },
            )
        ],
    },
    {
        "id": "bp007-iso-odt-ano-ne-filming-only",
        "description": "iso-8859-2 cover; the ODT has ANO/NE columns: feed NE, filming ANO; the "
        "form still has an empty IP row",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "TV Záhoří, z.s.",
            I7,
            None,
            [],
            [],
            "Kamila Štěpánková",
            "stepankova@tvzahori.example",
            "+420723560184",
        ),
        "from": "Kamila Štěpánková <stepankova@tvzahori.example>",
        "subject": "Žádost - natáčení při volbách",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": "Dobrý den,\n\nv příloze posíláme vyplněný formulář. Jde nám jen o natáčení, "
        "data nepotřebujeme.\n\nKamila Štěpánková\nTV Záhoří\n",
        "attachments": [
            (
                "odt",
                "formular_TVZ.odt",
                [
                    "ŽÁDOST MÉDIA – VOLBY",
                    [
                        ["Žadatel", "TV Záhoří, z.s."],
                        ["IČO", I7],
                        ["Sídlo", "Náměstí 3, 751 14 Dřevohostice"],
                    ],
                    [
                        ["Požadavek", "ANO", "NE"],
                        ["Přístup k výsledkům v XML", "", "X"],
                        ["Natáčení / fotografování na pracovišti", "X", ""],
                    ],
                    [
                        ["Produkční IP", "—"],
                        ["Testovací IP", "—"],
                    ],
                    [
                        ["Kontaktní osoba", "Kamila Štěpánková"],
                        ["Telefon", "723 560 184"],
                        ["E-mail", "stepankova@tvzahori.example"],
                    ],
                    "Štáb: kameraman Pavel Hudec, zvukař Lukáš Vyroubal",
                ],
            )
        ],
    },
    {
        "id": "bp008-docx-letter-ico-box-in-signature",
        "description": "DOCX letter with letterhead in the page header and the box ID in the "
        "footer; the mail's signature repeats IČO and box ID; IPv6 production, IPv4 test",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Jihočeské mediální centrum, a.s.",
            I8,
            "j5mc8ha",
            ["2001:db8:77::10", "2001:db8:77::11"],
            ["192.0.2.77"],
            "Veronika Lesná",
            "lesna@jmcentrum.example",
            "+420387201455",
        ),
        "from": "Veronika Lesná <lesna@jmcentrum.example>",
        "subject": "Žádost o přístup k výsledkům voleb a povolení natáčení",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\nv příloze zasílám žádost naší společnosti podepsanou "
        "předsedou představenstva.\n\nS pozdravem\n\nVeronika Lesná\nvedoucí vývoje\n"
        "Jihočeské mediální centrum, a.s.\nIČO: " + I8 + " | ID DS: j5mc8ha\n"
        "tel.: +420 387 201 455\n",
        "attachments": [
            (
                "docx",
                "JMC_zadost_volby.docx",
                {
                    "header": "JIHOČESKÉ MEDIÁLNÍ CENTRUM, a.s. | Lannova 27, 370 01 České "
                    "Budějovice",
                    "footer": "IČO " + I8 + " · datová schránka j5mc8ha · zapsáno u KS v Č. "
                    "Budějovicích, B 1874",
                    "blocks": [
                        "Český statistický úřad\nodbor informatiky",
                        "Žádost o zpřístupnění výsledků voleb a o povolení pořizovat záznam",
                        "Společnost Jihočeské mediální centrum, a.s. žádá o přístup k serveru "
                        "s průběžnými výsledky a o povolení natáčet na pracovišti v Českých "
                        "Budějovicích.",
                        {
                            "rows": [
                                ["Produkční servery (IPv6)", "2001:db8:77::10\n2001:db8:77::11"],
                                ["Testovací server", "192.0.2.77"],
                            ]
                        },
                        "Kontaktní osobou je Ing. Veronika Lesná, lesna@jmcentrum.example, "
                        "387 201 455.",
                        "Mgr. Zdeněk Voráček\npředseda představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "bp009-databox-german-nachtrag-contact",
        "description": "German data message of a Czech subsidiary: the PDF Antrag names one "
        "contact, the Nachtrag file replaces him with a colleague (German phone)",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Mitteleuropa Medien CZ s.r.o.",
            I9,
            "m3de9wf",
            ["198.18.8.20", "198.18.8.21", "198.18.8.22"],
            ["198.18.9.20"],
            "Sabine Kröger",
            "s.kroeger@mitteleuropa-medien.example",
            "+4935125841763",
        ),
        "databox": box("m3de9wf", "Mitteleuropa Medien CZ s.r.o.", "Husova 9, 405 02 Děčín"),
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML) mit Nachtrag",
        "attachments": [
            (
                "pdf",
                "Antrag_Wahlergebnisse.pdf",
                [
                    "Mitteleuropa Medien CZ s.r.o. · Husova 9 · 405 02 Děčín · IČO " + I9,
                    "Antrag auf Zugang zum XML-Dienst mit den Wahlergebnissen",
                    "Sehr geehrte Damen und Herren, wir beantragen den Zugang zum dedizierten "
                    "Server mit den Wahlergebnissen. Filmaufnahmen planen wir nicht.",
                    {
                        "rows": [
                            ["Produktion", "198.18.8.20\n198.18.8.21\n198.18.8.22"],
                            ["Test", "198.18.9.20"],
                            [
                                "Ansprechpartner",
                                "Jens Albrecht, j.albrecht@mitteleuropa-"
                                "medien.example, +49 351 2584 1700",
                            ],
                        ],
                        "widths": [110, 260],
                    },
                    "Mit freundlichen Grüßen\nKlaus Nentwig, Geschäftsführer",
                ],
            ),
            (
                "txt",
                "Nachtrag.txt",
                "Nachtrag zu unserem Antrag\n\nHerr Albrecht ist ab Oktober in Elternzeit. "
                "Ansprechpartnerin für den Zugang ist statt seiner Frau Sabine Kröger,\n"
                "s.kroeger@mitteleuropa-medien.example, Tel. +49 (0)351 2584 1763.\n"
                "Alle anderen Angaben bleiben unverändert.\n\nK. Nentwig\n",
            ),
        ],
    },
    {
        "id": "bp010-html-form-checkboxes-alternative",
        "description": "multipart/alternative web-form mail: ☑/☐ request rows (both ticked), "
        "a table with a role column, the contact's phone with 00420",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Hanácký deník, s.r.o.",
            I10,
            None,
            ["192.0.2.33"],
            ["192.0.2.34", "192.0.2.35"],
            "Martin Zbořil",
            "zboril@hanackydenik.example",
            "+420585440219",
        ),
        "from": '"Zbořil, Martin" <zboril@hanackydenik.example>',
        "subject": "Formulář: žádost média (volby)",
        "headers": ROUNDCUBE,
        "body": "ŽÁDOST MÉDIA\n\n[x] přístup k XML výsledkům\n[x] natáčení na pracovišti ČSÚ\n\n"
        "Žadatel: Hanácký deník, s.r.o., IČO " + I10 + "\n\nproduction 192.0.2.33\n"
        "test 192.0.2.34\ntest 192.0.2.35\n\nKontakt: Martin Zbořil, 00420 585 440 219, "
        "zboril@hanackydenik.example\nPříloha: podpis.pdf\n",
        "html": "<html><body><h3>ŽÁDOST MÉDIA</h3><p>☑ přístup k XML výsledkům<br>"
        "☑ natáčení na pracovišti ČSÚ</p><p>Žadatel: <b>Hanácký deník, s.r.o.</b>, IČO "
        + I10
        + "</p><table border=1><tr><th>Role</th><th>IP</th></tr>"
        "<tr><td>production</td><td>192.0.2.33</td></tr>"
        "<tr><td>test</td><td>192.0.2.34</td></tr><tr><td>test</td><td>192.0.2.35</td></tr>"
        "</table><p>Kontakt: Martin Zbořil, 00420 585 440 219, "
        "zboril@hanackydenik.example</p></body></html>",
        "attachments": [
            (
                "pdf",
                "podpis.pdf",
                [
                    "Hanácký deník, s.r.o., Riegrova 18, 779 00 Olomouc",
                    "Potvrzujeme žádost odeslanou formulářem dne 2. 9. 2025.",
                    "Bc. Iveta Zapletalová, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "bp011-xlsx-role-column-retired-address",
        "description": "short cover; one sheet with a merged title and a role/status column: "
        "one production address is marked as retired and must be left out",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Rádio Beskydy s.r.o.",
            I11,
            None,
            ["203.0.113.90", "203.0.113.92"],
            ["203.0.113.99"],
            "Tereza Kubalová",
            "kubalova@radiobeskydy.example",
            "+420558302711",
        ),
        "from": "Tereza Kubalová <kubalova@radiobeskydy.example>",
        "subject": "RE: přístup na volební server",
        "headers": K9,
        "body": "Dobrý den, posílám tabulku s adresami pro letošní volby.\nTereza Kubalová, "
        "Rádio Beskydy\nodesláno z mobilu\n",
        "attachments": [
            (
                "xlsx",
                "RB_adresy_2025.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Rádio Beskydy s.r.o. – žádost o XML výsledky", None, None],
                            ["IČO " + I11, None, None],
                            ["IP adresa", "role", "stav"],
                            ["203.0.113.90", "produkce", "aktivní"],
                            ["203.0.113.91", "produkce", "zrušena k 30. 6. – nepoužívat"],
                            ["203.0.113.92", "produkce", "nová"],
                            ["203.0.113.99", "test", "aktivní"],
                            [None, None, None],
                            ["Kontakt", "Tereza Kubalová", "558 302 711"],
                            [None, "kubalova@radiobeskydy.example", None],
                        ],
                        "merge": ["A1:C1", "A2:C2"],
                    }
                ],
            )
        ],
    },
    {
        "id": "bp012-reply-quoted-office-updated-pdf",
        "description": "a reply to the office's request for a test address: the quoted office "
        "signature has the office's phone and IČO; the updated PDF adds the test address",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Brněnský obzor, z.ú.",
            I12,
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.159"],
            "Filip Sedláček",
            "sedlacek@brnenskyobzor.example",
            "+420739004562",
        ),
        "from": "Filip Sedláček <sedlacek@brnenskyobzor.example>",
        "subject": "Re: Vaše žádost o přístup k výsledkům - doplnění",
        "headers": EVOLUTION,
        "body": "Dobrý den, pane Nováku,\n\ndoplňuji testovací adresu – posílám opravené PDF, "
        "testovat budeme z 198.51.100.159.\n\nFilip Sedláček\n739 004 562\n\n"
        "Dne 4. 9. 2025 v 10:12 Petr Novák napsal(a):\n"
        "> Dobrý den,\n> ve Vaší žádosti chybí testovací IP adresa. Prosím o doplnění.\n>\n"
        "> Petr Novák\n> Český statistický úřad, IČO 00025593\n> tel. +420 274 052 733\n"
        "> czso.cz\n",
        "attachments": [
            (
                "pdf",
                "zadost_BO_v2.pdf",
                [
                    "Brněnský obzor, z.ú. | Kounicova 41, 602 00 Brno | IČO " + I12,
                    "Žádost o přístup k výsledkům voleb (verze 2 – doplněna testovací adresa)",
                    {
                        "rows": [
                            ["produkční IP", "198.51.100.150, 198.51.100.151"],
                            ["testovací IP", "198.51.100.159"],
                            ["kontakt", "Filip Sedláček, sedlacek@brnenskyobzor.example"],
                        ],
                        "widths": [100, 260],
                    },
                ],
            )
        ],
    },
    {
        "id": "bp013-databox-photographer-txt",
        "description": "data message from a photographer in business (box type 40): bare "
        "annotation, a TXT asking only to photograph; IČO in the text",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Adéla Koutná",
            I13,
            "a7pf4xz",
            [],
            [],
            "Adéla Koutná",
            "foto@adelakoutna.example",
            "+420608173392",
        ),
        "databox": box("a7pf4xz", "Adéla Koutná", "Vodní 8, 370 06 České Budějovice", 40),
        "subject": "Žádost o povolení fotografovat",
        "attachments": [
            (
                "txt",
                "zadost_foto.txt",
                "Dobrý den,\n\njsem fotografka na volné noze (IČO " + I13 + ") a pro několik "
                "redakcí bych ráda fotografovala průběh zpracování výsledků na pracovišti "
                "ČSÚ v Českých Budějovicích v sobotu odpoledne.\nPřístup k datům nepotřebuji.\n\n"
                "Adéla Koutná\nfoto@adelakoutna.example\n608 173 392\n",
            )
        ],
    },
    {
        "id": "bp014-signed-university-rtf",
        "description": "S/MIME-signed mail from a faculty; the RTF letter applies for the "
        "university, addresses written as a /31 block and a single test address",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Polabská univerzita v Kolíně",
            ico("4419038"),
            None,
            ["198.18.100.4", "198.18.100.5"],
            ["198.18.100.9"],
            "Michaela Drábková",
            "drabkova@fss.polabska-univerzita.example",
            "+420321775604",
        ),
        "from": "Michaela Drábková <drabkova@fss.polabska-univerzita.example>",
        "subject": "Žádost o přístup k výsledkům voleb – FSS PUK",
        "headers": TBIRD,
        "smime": True,
        "body": "Dobrý den,\n\nzasílám žádost naší fakulty o přístup k volebním datům pro "
        "studentský projekt volebního studia.\n\nMgr. Michaela Drábková, Ph.D.\n"
        "Katedra politologie FSS\n",
        "attachments": [
            (
                "rtf",
                "zadost_FSS.rtf",
                [
                    "Polabská univerzita v Kolíně\nFakulta sociálních studií\nKarlovo nám. "
                    "45, 280 02 Kolín\nIČO " + ico("4419038"),
                    "Žádost o zpřístupnění výsledků voleb",
                    [
                        ["Produkční rozsah", "198.18.100.4/31"],
                        ["Test", "198.18.100.9"],
                    ],
                    "Kontaktní osoba: Mgr. Michaela Drábková, Ph.D., "
                    "drabkova@fss.polabska-univerzita.example, tel. 321 775 604",
                    "prof. PhDr. Hynek Roubal, CSc., děkan",
                ],
            )
        ],
    },
]
