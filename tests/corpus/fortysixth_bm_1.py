"""Forty-sixth held-out part ``bm``, cases bm001–bm014: a PDF form whose labels share a cell
with their values, a data message with an ANO/NE DOCX, an empty mail with a two-sheet workbook,
a cover note that withdraws the test address, a forwarded .eml with a new contact, an HTML
☑/☐ filming form, a natural person's data message with an RTF, a DOCX letter with header,
footer and box ID, an English cover that adds an address, an iso-8859-2 ODT with a role column
and a range, a windows-1250 reply with an XLSX, a data message carried by its annotation, a
signed university letter and a German Ja/Nein form. Written by hand apart from the extraction
rules (see make_fortysixth_bm); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortysixth_bm_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I1, I2, I3, I4, I5 = ico("2964107"), ico("0517832"), ico("2784019"), ico("0693258"), ico("2871463")
I6, I7, I8, I10 = ico("0382617"), ico("8612049"), ico("2759381"), ico("0447196")
I11, I12, I13 = ico("2930874"), ico("0286175"), ico("6173905")

CASES: list[dict[str, Any]] = [
    {
        "id": "bm001-pdf-form-label-and-value-share-a-cell",
        "description": "one-line cover; the PDF form writes 'Název a IČO žadatele:' and the "
        "contact's name, e-mail and phone in single cells, with [x]/[ ] request marks",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Hradecký obzor s.r.o.",
            I1,
            None,
            ["198.51.100.31", "198.51.100.32"],
            ["198.51.100.39"],
            "Petr Kudrna",
            "kudrna@hradeckyobzor.example",
            "+420731204586",
        ),
        "from": "Petr Kudrna <kudrna@hradeckyobzor.example>",
        "subject": "Formulář - volby 2025",
        "headers": OUTLOOK,
        "body": "Dobrý den, v příloze vyplněný formulář.\nKudrna\n",
        "attachments": [
            (
                "pdf",
                "formular_HO.pdf",
                [
                    "ŽÁDOST MÉDIA O PŘÍSTUP K VÝSLEDKŮM VOLEB",
                    {
                        "rows": [
                            ["Název a IČO žadatele: Hradecký obzor s.r.o., " + I1],
                            ["Sídlo: Gočárova třída 1204, 500 02 Hradec Králové"],
                            [
                                "Žádáme o: [x] přístup k průběžným výsledkům (XML)   "
                                "[ ] povolení natáčet / fotografovat na pracovištích"
                            ],
                            ["IP adresy produkční: 198.51.100.31; 198.51.100.32"],
                            ["IP adresy testovací: 198.51.100.39"],
                            [
                                "Kontakt (jméno, e-mail, tel.): Petr Kudrna, "
                                "kudrna@hradeckyobzor.example, 731 204 586"
                            ],
                        ],
                        "widths": [460],
                    },
                    "Datum: 2. 9. 2025     Podpis: Mgr. Ivana Kosová, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "bm002-databox-docx-ano-ne-both",
        "description": "data message with a general annotation; the DOCX has an ANO/NE column "
        "for both requests and a table with a role column (produkce/test)",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Jizerská televize, a.s.",
            I2,
            "j7ztv4k",
            ["203.0.113.61", "203.0.113.62"],
            ["203.0.113.68"],
            "Dana Pelcová",
            "pelcova@jizerskatv.example",
            "+420602577130",
        ),
        "databox": box("j7ztv4k", "Jizerská televize, a.s.", "Palackého 33, 466 01 Jablonec n. N."),
        "subject": "Žádost o zpřístupnění výsledků voleb a o povolení natáčení - viz příloha",
        "attachments": [
            (
                "docx",
                "JTV_zadost_volby.docx",
                {
                    "header": "Jizerská televize, a.s. | Palackého 33, Jablonec nad Nisou",
                    "footer": "IČO " + I2 + " | zapsáno u KS v Ústí n. L., oddíl B",
                    "blocks": [
                        "Věc: žádost o přístup k výsledkům voleb a o povolení natáčení",
                        {
                            "rows": [
                                ["Požadavek", "ANO / NE"],
                                ["Přístup k výsledkům na dedikovaném serveru (XML)", "ANO"],
                                ["Natáčení a fotografování na pracovištích ČSÚ", "ANO"],
                            ]
                        },
                        {
                            "rows": [
                                ["Role", "IP adresa"],
                                ["produkce", "203.0.113.61"],
                                ["produkce", "203.0.113.62"],
                                ["test", "203.0.113.68"],
                            ]
                        },
                        "Kontaktní osoba: Dana Pelcová, produkce zpravodajství, "
                        "pelcova@jizerskatv.example, +420 602 577 130",
                        "Za společnost: Ing. Radim Hloušek, předseda představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "bm003-empty-mail-two-sheets-merged-backup",
        "description": "empty body; two sheets, a merged 'Název / IČO' cell, an address table "
        "whose role column says záloha (production) and vývoj (test)",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Krkonošský zpravodaj, z.s.",
            I3,
            None,
            ["192.0.2.14", "192.0.2.15", "192.0.2.16"],
            ["192.0.2.20"],
            "Aleš Grund",
            "grund@krkonosskyzpravodaj.example",
            "+420736419052",
        ),
        "from": "Ales Grund <grund@krkonosskyzpravodaj.example>",
        "subject": "volby",
        "headers": GMAIL,
        "body": "",
        "attachments": [
            (
                "xlsx",
                "KZ_volby.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název / IČO", "Krkonošský zpravodaj, z.s. / " + I3],
                            ["", ""],
                            ["Sídlo", "Horská 7, 543 51 Špindlerův Mlýn"],
                            ["Požadujeme", "přístup k XML s výsledky voleb"],
                            ["Kontakt", "Grund Aleš"],
                            ["Telefon", "736 419 052"],
                            ["E-mail", "grund@krkonosskyzpravodaj.example"],
                        ],
                        "merge": ["B1:B2"],
                    },
                    {
                        "title": "Adresy",
                        "rows": [
                            ["IP", "Role", "Pozn."],
                            ["192.0.2.14", "produkce", "web"],
                            ["192.0.2.15", "produkce", "aplikace"],
                            ["192.0.2.16", "záloha", "záložní server v Trutnově"],
                            ["192.0.2.20", "vývoj", "testovací prostředí"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bm004-cover-withdraws-the-test-address",
        "description": "the DOCX lists a test address, the cover note strikes it (they will "
        "test from production): production only",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Slovácké noviny s.r.o.",
            I4,
            None,
            ["192.0.2.70", "192.0.2.71"],
            [],
            "Martina Zálešáková",
            "zalesakova@slovackenoviny.example",
            "+420775208164",
        ),
        "from": "Martina Zálešáková <zalesakova@slovackenoviny.example>",
        "subject": "Žádost o XML výsledky - Slovácké noviny",
        "headers": TBIRD,
        "body": "Dobrý den,\n\nv příloze posílám naši žádost. Jedna oprava: testovací adresu "
        "192.0.2.77 ve formuláři prosím škrtněte, ten stroj už nemáme a testovat budeme "
        "přímo z produkčních serverů.\n\nDěkuji\nMartina Zálešáková\nSlovácké noviny\n",
        "attachments": [
            (
                "docx",
                "zadost_SN.docx",
                {
                    "blocks": [
                        "Slovácké noviny s.r.o., Masarykovo nám. 19, 686 01 Uherské Hradiště, "
                        "IČO " + I4,
                        "Žádost o přístup k průběžným výsledkům voleb (XML)",
                        {
                            "rows": [
                                ["Produkční adresy", "192.0.2.70, 192.0.2.71"],
                                ["Testovací adresa", "192.0.2.77"],
                                ["Kontaktní osoba", "Martina Zálešáková"],
                                ["Tel.", "775 208 164"],
                                ["E-mail", "zalesakova@slovackenoviny.example"],
                            ]
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "bm005-forwarded-eml-new-contact",
        "description": "the application is a forwarded .eml from the editor-in-chief; the "
        "forwarding assistant names herself as the contact from now on",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Vltavín Media s.r.o.",
            I5,
            None,
            ["203.0.113.15"],
            ["203.0.113.16"],
            "Veronika Malá",
            "mala@vltavin.example",
            "+420605118342",
        ),
        "from": "Veronika Malá <mala@vltavin.example>",
        "subject": "Fwd: přístup k volebním výsledkům",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\npřeposílám žádost pana šéfredaktora, odešla omylem na starou "
        "adresu. Kontaktní osobou budu dále já: Veronika Malá, 605 118 342, "
        "mala@vltavin.example.\n\nDěkuji, V. Malá\nasistentka redakce\n",
        "attachments": [
            (
                "eml",
                "zadost_Vltavin.eml",
                {
                    "id": "bm005-inner",
                    "from": "Tomáš Bureš <bures@vltavin.example>",
                    "to": "volby@csu-stary.example",
                    "subject": "přístup k volebním výsledkům",
                    "body": "Dobrý den,\n\nVltavín Media s.r.o., IČO " + I5 + ", žádá o přístup "
                    "k výsledkům voleb na vašem serveru pro média.\n\nprodukce: 203.0.113.15\n"
                    "test: 203.0.113.16\n\nKontakt: Tomáš Bureš, 603 442 915\n\n"
                    "Tomáš Bureš, šéfredaktor\n",
                },
            )
        ],
    },
    {
        "id": "bm006-html-only-form-filming-ticked",
        "description": "HTML-only base64 mail with a ☑/☐ form: filming ticked, the XML feed "
        "unticked and its address fields left with dashes: filming only",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Polabská televize s.r.o.",
            I6,
            None,
            [],
            [],
            "Lukáš Vaněk",
            "vanek@polabskatv.example",
            "+420728336091",
        ),
        "from": "Lukáš Vaněk <vanek@polabskatv.example>",
        "subject": "Žádost - natáčení ve volební noc",
        "headers": ZIMBRA,
        "cte": "base64",
        "html": "<html><body><p>Dobrý den, posílám vyplněný formulář.</p>"
        "<table border='1'>"
        "<tr><td>Žadatel (název, IČO)</td><td>Polabská televize s.r.o., " + I6 + "</td></tr>"
        "<tr><td>Předmět žádosti</td><td>☐ přístup k XML výsledkům<br>"
        "☑ povolení natáčet na pracovišti ČSÚ (Kolín, volební noc)</td></tr>"
        "<tr><td>Produkční IP</td><td>—</td></tr>"
        "<tr><td>Testovací IP</td><td>—</td></tr>"
        "<tr><td>Kontakt</td><td>Lukáš Vaněk, 728 336 091, vanek@polabskatv.example</td></tr>"
        "</table><p>Štáb: kameraman Ondřej Moc, redaktorka Eva Šírová.</p>"
        "<p>L. Vaněk, vedoucí zpravodajství</p></body></html>",
        "attachments": [
            (
                "txt",
                "stab.txt",
                "Štáb PTV pro volební noc:\nOndřej Moc - kamera\n"
                "Eva Šírová - redaktorka\nLukáš Vaněk - vedoucí, kontakt\n",
            ),
        ],
    },
    {
        "id": "bm007-databox-natural-person-rtf-photos",
        "description": "data message from a freelance photographer's box (type 40); the RTF "
        "letter asks only to photograph; name from the box and the letter",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Marek Holub",
            I7,
            "mh3fo8q",
            [],
            [],
            "Marek Holub",
            "marek@holubfoto.example",
            "+420608245117",
        ),
        "databox": box("mh3fo8q", "Marek Holub", "Pekařská 12, 602 00 Brno", kind=40),
        "subject": "Povolení fotografovat - volební noc",
        "attachments": [
            (
                "rtf",
                "zadost_foto.rtf",
                [
                    "Marek Holub, fotograf\nPekařská 12, 602 00 Brno\nIČO: " + I7,
                    "Český statistický úřad, Krajská správa Brno",
                    "Vážení,\nžádám o povolení fotografovat na vašem pracovišti během zpracování "
                    "výsledků voleb (pro agenturní výstup). Přístup k datům nepotřebuji.",
                    "Kontakt: marek@holubfoto.example, tel. 608 245 117",
                    "Marek Holub",
                ],
            )
        ],
    },
    {
        "id": "bm008-docx-letter-header-footer-box-in-signature",
        "description": "letter with a page header and footer (IČO and data-box ID in the "
        "footer and the mail signature); IPv6 and IPv4 production addresses, both requests",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Ostravský metropolitan a.s.",
            I8,
            "om5xk2d",
            ["2001:db8:4a::10", "198.51.100.90"],
            ["2001:db8:4a::99"],
            "Jiří Šustek",
            "sustek@metropolitan-ov.example",
            "+420596114280",
        ),
        "from": "Jiří Šustek <sustek@metropolitan-ov.example>",
        "subject": "Žádost Ostravského metropolitanu - výsledky voleb a natáčení",
        "headers": APPLE,
        "body": "Dobrý den,\n\nposílám žádost v příloze (podepsaný dopis).\n\n"
        "S pozdravem\nJiří Šustek\nvedoucí IT\nOstravský metropolitan a.s.\n"
        "IČO: " + I8 + " | ID DS: om5xk2d\ntel. 596 114 280\n",
        "attachments": [
            (
                "docx",
                "OM_zadost_2025.docx",
                {
                    "header": "OSTRAVSKÝ METROPOLITAN a.s. | Nádražní 2874/12 | 702 00 Ostrava",
                    "footer": "IČO " + I8 + " | ID datové schránky om5xk2d | "
                    "www.metropolitan-ov.example",
                    "blocks": [
                        "Český statistický úřad\nodbor volebních systémů",
                        "V Ostravě 1. září 2025",
                        "Žádost o přístup k výsledkům voleb a o povolení natáčet",
                        "Žádáme o zpřístupnění výsledků voleb ve formátu XML pro tyto adresy:",
                        {
                            "rows": [
                                ["", "IPv6", "IPv4"],
                                ["Produkce", "2001:db8:4a::10", "198.51.100.90"],
                                ["Test", "2001:db8:4a::99", "-"],
                            ]
                        },
                        "Dále žádáme o povolení natáčet na krajském pracovišti v Ostravě "
                        "(dva lidé, jedna kamera).",
                        "Kontaktní osoba: Jiří Šustek, vedoucí IT, sustek@metropolitan-ov."
                        "example, 596 114 280",
                        "Mgr. Blanka Orságová\npředsedkyně představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "bm009-english-cover-adds-an-address",
        "description": "Austrian applicant without IČO; the English cover adds a third "
        "production address the PDF left out",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Donau Drahtdienst GmbH",
            None,
            None,
            ["198.51.100.138", "198.51.100.139", "198.51.100.140"],
            ["198.51.100.150"],
            "Katharina Leitgeb",
            "k.leitgeb@donaudraht.example",
            "+436641837205",
        ),
        "from": "Katharina Leitgeb <k.leitgeb@donaudraht.example>",
        "subject": "Application - election results feed (Donau Drahtdienst)",
        "headers": OUTLOOK,
        "body": "Dear Sir or Madam,\n\nplease find our application attached. One addition: "
        "we forgot a third production server in the PDF, please also whitelist "
        "198.51.100.140.\n\nKind regards\nKatharina Leitgeb\nHead of Data Desk\n"
        "Donau Drahtdienst GmbH, Wien\n+43 664 1837205\n",
        "attachments": [
            (
                "pdf",
                "DDD_application_CZ_elections.pdf",
                [
                    "Donau Drahtdienst GmbH | Praterstraße 40, 1020 Wien | FN 418273 k",
                    "Application for access to the election results (XML feed)",
                    {
                        "rows": [
                            ["Production IPs", "198.51.100.138<br/>198.51.100.139"],
                            ["Test IP", "198.51.100.150"],
                            [
                                "Contact",
                                "Katharina Leitgeb, k.leitgeb@donaudraht.example, +43 664 1837205",
                            ],
                        ],
                        "widths": [120, 320],
                    },
                    "Vienna, 3 September 2025",
                ],
            )
        ],
    },
    {
        "id": "bm010-iso88592-odt-role-column-range",
        "description": "iso-8859-2 cover; the ODT table has a role column and a production "
        "range written 'od … do …' (four addresses)",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Deník Podbrdsko s.r.o.",
            I10,
            None,
            ["203.0.113.200", "203.0.113.201", "203.0.113.202", "203.0.113.203"],
            ["203.0.113.210"],
            "Zdeňka Hájková",
            "hajkova@podbrdsko.example",
            "+420737650418",
        ),
        "from": "Zdenka Hajkova <hajkova@podbrdsko.example>",
        "subject": "zadost o pristup k vysledkum",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "body": "Dobrý den,\n\nv příloze je žádost Deníku Podbrdsko o přístup k výsledkům "
        "voleb. Adresy jsou v tabulce.\n\nZdeňka Hájková\nredakce Příbram\n",
        "attachments": [
            (
                "odt",
                "Podbrdsko_zadost.odt",
                [
                    "Deník Podbrdsko s.r.o., Pražská 118, 261 01 Příbram, IČO " + I10,
                    "Žádáme o přístup k průběžným výsledkům voleb v XML.",
                    [
                        ["Role", "Adresa / rozsah", "Poznámka"],
                        ["produkční", "od 203.0.113.200 do 203.0.113.203", "cluster webu"],
                        ["testovací", "203.0.113.210", "staging"],
                    ],
                    [
                        ["Kontaktní osoba", "Hájková Zdeňka"],
                        ["e-mail", "hajkova@podbrdsko.example"],
                        ["mobil", "737 650 418"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "bm011-windows1250-reply-with-xlsx",
        "description": "windows-1250 reply to the office's query (office signature with its "
        "phone quoted); a new test address and phone given in the reply, the rest in the XLSX",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Ohře, spol. s r.o.",
            I11,
            None,
            ["192.0.2.180", "192.0.2.181"],
            ["192.0.2.185"],
            "Kamil Vodička",
            "vodicka@radioohre.example",
            "+420723904516",
        ),
        "from": "Kamil Vodička <vodicka@radioohre.example>",
        "subject": "RE: Doplnění žádosti - Rádio Ohře",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": "Dobrý den,\n\ndoplňuji: testovací adresa je 192.0.2.185, můj telefon "
        "723 904 516. Ostatní údaje jsou v přiložené tabulce (beze změny).\n\n"
        "Kamil Vodička\nRádio Ohře\n\n"
        "-----Original Message-----\nFrom: podatelna@czso.cz\nSent: Thursday, "
        "September 4, 2025 10:12 AM\nSubject: Doplnění žádosti - Rádio Ohře\n\n"
        "Dobrý den,\nve Vaší žádosti chybí testovací IP adresa a telefon na kontaktní "
        "osobu. Prosíme o doplnění.\n\nS pozdravem\nodbor volebních systémů\n"
        "Český statistický úřad, IČO 00025593\ntel. +420 274 052 733\n",
        "attachments": [
            (
                "xlsx",
                "RadioOhre_zadost.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Rádio Ohře, spol. s r.o."],
                            ["IČO", I11],
                            ["Předmět", "přístup k výsledkům voleb (XML)"],
                            ["Produkční IP", "192.0.2.180"],
                            ["", "192.0.2.181"],
                            ["Testovací IP", ""],
                            ["Kontakt", "Kamil Vodička, vodicka@radioohre.example"],
                        ],
                        "merge": ["A4:A5"],
                    }
                ],
            )
        ],
    },
    {
        "id": "bm012-databox-annotation-carries-all",
        "description": "data message whose annotation carries the request, both addresses and "
        "the contact's phone; the TXT file only gives the contact's e-mail",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Týdeník Blanensko, s.r.o.",
            I12,
            "tb8nw2r",
            ["198.18.20.5", "198.18.20.6"],
            ["198.18.21.5"],
            "Lenka Šírová",
            "sirova@blanensko.example",
            "+420777280314",
        ),
        "databox": box("tb8nw2r", "Týdeník Blanensko, s.r.o.", "Komenského 5, 678 01 Blansko"),
        "subject": "Žádost o přístup k XML výsledkům voleb; produkce 198.18.20.5, 198.18.20.6; "
        "test 198.18.21.5; kontakt Bc. Lenka Šírová, (+420) 777-280-314",
        "attachments": [
            (
                "txt",
                "kontakt.txt",
                "Týdeník Blanensko, s.r.o., IČO " + I12 + "\n"
                "kontaktní e-mail pro přístup k výsledkům: sirova@blanensko.example\n",
            )
        ],
    },
    {
        "id": "bm013-signed-university-faculty-pdf",
        "description": "S/MIME-signed mail from a faculty; the PDF's letterhead names the "
        "faculty under its university, which applies; both requests, test ‘na tomtéž’",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Univerzita Polabí v Nymburce, veřejná vysoká škola",
            I13,
            None,
            ["198.19.40.12"],
            [],
            "Tereza Kadlecová",
            "kadlecova@fss.upolabi.example",
            "+420325601774",
        ),
        "from": "Tereza Kadlecová <kadlecova@fss.upolabi.example>",
        "subject": "Žádost FSS UPN - studentská televize, volby",
        "headers": K9,
        "smime": True,
        "body": "Dobrý den,\n\nv příloze zasílám žádost naší fakulty (studentská televize "
        "UPN TV) podepsanou děkanem.\n\nTereza Kadlecová\nkatedra žurnalistiky FSS UPN\n"
        "tel. 325 601 774\n",
        "attachments": [
            (
                "pdf",
                "FSS_UPN_zadost.pdf",
                [
                    "Univerzita Polabí v Nymburce, veřejná vysoká škola\nFakulta sociálních "
                    "studií\nTyršova 9, 288 02 Nymburk\nIČO " + I13,
                    "Věc: žádost o přístup k výsledkům voleb a o povolení natáčet",
                    "Studentská televize UPN TV připravuje volební vysílání. Žádáme o přístup "
                    "k průběžným výsledkům z adresy 198.19.40.12 (testovat budeme na tomtéž "
                    "stroji) a o povolení natáčet na pracovišti ČSÚ v Nymburce.",
                    "Kontaktní osoba: Mgr. Tereza Kadlecová, kadlecova@fss.upolabi.example, "
                    "325 601 774",
                    "doc. PhDr. Václav Souček, Ph.D.\nděkan FSS",
                ],
            )
        ],
    },
    {
        "id": "bm014-german-ja-nein-form-name-id-line",
        "description": "German applicant without IČO; the DOCX form writes 'Name / ID:' with "
        "the firm and its register number on one line, a Ja/Nein column; the cover "
        "adds a test address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Rheintal Nachrichten GmbH",
            None,
            None,
            ["2001:db8:77::1"],
            ["2001:db8:77::2"],
            "Jonas Brenner",
            "brenner@rheintal-nachrichten.example",
            "+4976214483912",
        ),
        "from": "Jonas Brenner <brenner@rheintal-nachrichten.example>",
        "subject": "Antrag auf Zugang zu den Wahlergebnissen",
        "headers": TBIRD,
        "body": "Sehr geehrte Damen und Herren,\n\nanbei unser Antrag. Ergänzung: bitte "
        "tragen Sie als Testadresse noch 2001:db8:77::2 ein, die fehlt im Formular.\n\n"
        "Mit freundlichen Grüßen\nJonas Brenner\nRheintal Nachrichten GmbH, Lörrach\n",
        "attachments": [
            (
                "docx",
                "Antrag_Wahlen_CZ.docx",
                {
                    "header": "Rheintal Nachrichten GmbH - Redaktion Lörrach",
                    "footer": "Amtsgericht Freiburg HRB 714420",
                    "blocks": [
                        "Antrag auf Zugang zu den Wahlergebnissen (XML)",
                        "Name / ID: Rheintal Nachrichten GmbH / HRB 714420",
                        {
                            "rows": [
                                ["Leistung", "Ja / Nein"],
                                ["Zugang zum XML-Feed", "Ja"],
                                ["Drehgenehmigung", "Nein"],
                            ]
                        },
                        "Produktions-IP: 2001:db8:77::1",
                        "Test-IP: ",
                        "Ansprechpartner / Tel.: Jonas Brenner, +49 7621 4483912",
                        "E-Mail: brenner@rheintal-nachrichten.example",
                    ],
                },
            )
        ],
    },
]
