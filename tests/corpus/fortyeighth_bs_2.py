"""Forty-eighth held-out part ``bs``, cases bs015–bs028: a data message with the whole
application in its annotation, an empty mail with a bracket PDF form and a written range, a
flowed cover with an ODT ANO/NE table, a cover note that replaces the contact, an inline forward
in iso-8859-2 with an RTF role table, a photographer's data message, a base64 cover with a
workbook of IPv4 and IPv6 server rows, a PDF letter whose letterhead names other people, a data
message whose second file corrects the first, a withdrawn filming tick, a scanned form in a PDF,
a Hungarian workbook with merged cells and a tax number, an empty mail carrying only a forwarded
.eml and a data message split between annotation and ODT.
Written by hand apart from the extraction rules (see make_fortyeighth_bs); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyeighth_bs_common import (
    CENTRUM,
    FEED,
    FILM,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I15, I16, I17, I18, I19 = (
    ico("2473058"),
    ico("0928316"),
    ico("2819463"),
    ico("2650794"),
    ico("0347215"),
)
I20, I21, I22, I23, I24 = (
    ico("7403921"),
    ico("2937580"),
    ico("0618247"),
    ico("2784306"),
    ico("2561839"),
)
I25, I27, I28 = ico("0715392"), ico("2892047"), ico("2538614")

CASES: list[dict[str, Any]] = [
    {
        "id": "bs015-databox-annotation-whole-application",
        "description": "data message whose annotation carries the whole application (request, "
        "both addresses, contact name); the TXT file only adds her e-mail and phone",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Jihočeský rozhlasový spolek, z.s.",
            None,
            "j5pr8nt",
            ["192.0.2.201"],
            ["192.0.2.202"],
            "Veronika Šťastná",
            "stastna@jrspolek.example",
            "+420776408213",
        ),
        "databox": box("j5pr8nt", "Jihočeský rozhlasový spolek, z.s.", "Husova 19, 390 01 Tábor"),
        "subject": "Žádáme o přístup k XML výsledkům voleb. Produkční IP 192.0.2.201, "
        "testovací IP 192.0.2.202. Kontaktní osoba Veronika Šťastná (spojení v příloze).",
        "attachments": [
            (
                "txt",
                "kontakt.txt",
                "Veronika Šťastná\nkoordinátorka vysílání\nstastna@jrspolek.example\n"
                "mob. 776 408 213\n",
            )
        ],
    },
    {
        "id": "bs016-empty-mail-pdf-bracket-form-range",
        "description": "empty body; the PDF form has [x] at both requests and the production "
        "addresses as a written range of four; the contact differs from the signing director",
        "style": Style.EMPTY,
        "labels": L(
            [FEED, FILM],
            "Kladenský informační server s.r.o.",
            I16,
            None,
            ["203.0.113.10", "203.0.113.11", "203.0.113.12", "203.0.113.13"],
            ["203.0.113.20"],
            "Michaela Tůmová",
            "tumova@kladenskyserver.example",
            "+420721906354",
        ),
        "from": "tumova@kladenskyserver.example",
        "subject": "formular volby",
        "headers": SAMSUNG,
        "body": "",
        "attachments": [
            (
                "pdf",
                "formular_KIS.pdf",
                [
                    "<b>Kladenský informační server s.r.o.</b>, IČO " + I16 + ", náměstí "
                    "Starosty Pavla 8, Kladno",
                    "Žádost o:",
                    "[x] přístup k dedikovanému serveru s výsledky (XML)",
                    "[x] povolení natáčet/fotografovat na pracovišti ČSÚ",
                    {
                        "rows": [
                            ["Produkční IP", "203.0.113.10 – 203.0.113.13"],
                            ["Testovací IP", "203.0.113.20"],
                            [
                                "Kontakt",
                                "Michaela Tůmová, tumova@kladenskyserver.example, +420 721 906 354",
                            ],
                        ],
                        "widths": [120, 330],
                    },
                    "Podpis: Ing. Richard Bláha, jednatel",
                ],
            )
        ],
    },
    {
        "id": "bs017-flowed-cover-odt-ano-ne-roles",
        "description": "format=flowed cover; the ODT has a request table with ANO/NE columns "
        "(filming crossed in NE) and an address table with a role column listing test first",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Plzeňská televizní společnost, a.s.",
            I17,
            None,
            ["198.18.33.70", "198.18.33.71"],
            ["198.18.34.2"],
            "Daniel Kovář",
            "kovar@ptvs.example",
            "+420377512968",
        ),
        "from": "Daniel Kovář <kovar@ptvs.example>",
        "subject": "Volby - žádost PTVS",
        "headers": TBIRD,
        "flowed": True,
        "body": "Dobrý den,\n\nv příloze posílám žádost v ODT, formulář jsme vyplnili podle "
        "loňského vzoru. Kdyby něco chybělo, ozvěte se mi prosím přímo.\n\nDaniel Kovář\n"
        "Plzeňská televizní společnost\ntel. 377 512 968\n",
        "attachments": [
            (
                "odt",
                "zadost_PTVS.odt",
                [
                    "Plzeňská televizní společnost, a.s., IČO " + I17,
                    "Požadavky:",
                    [
                        ["Požadavek", "ANO", "NE"],
                        ["Přístup k XML výsledkům", "X", ""],
                        ["Natáčení na pracovišti ČSÚ", "", "X"],
                    ],
                    "Adresy:",
                    [
                        ["Role", "IP"],
                        ["test", "198.18.34.2"],
                        ["produkce", "198.18.33.70"],
                        ["produkce", "198.18.33.71"],
                    ],
                    "Kontakt: Daniel Kovář, kovar@ptvs.example, 377 512 968",
                ],
            )
        ],
    },
    {
        "id": "bs018-cover-replaces-contact-docx",
        "description": "the cover says the contact in the DOCX has left and names a new one "
        "with his own e-mail and mobile; the DOCX's header and footer name still other people",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Liberecký zpravodaj s.r.o.",
            I18,
            None,
            ["192.0.2.87", "192.0.2.88"],
            ["192.0.2.95"],
            "Lukáš Beneš",
            "benes@libereckyzpravodaj.example",
            "+420608274519",
        ),
        "from": "Lukáš Beneš <benes@libereckyzpravodaj.example>",
        "subject": "Žádost o přístup k XML + změna kontaktu",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\n\nposílám naši žádost, připravenou ještě v srpnu. Paní Petra "
        "Vančurová, která je v ní uvedená jako kontakt, u nás od září nepracuje. Kontaktní "
        "osobou jsem nyní já: Lukáš Beneš, benes@libereckyzpravodaj.example, mobil "
        "608 274 519.\n\nAdresy ve formuláři platí.\n\nDíky\nLukáš Beneš\n",
        "attachments": [
            (
                "docx",
                "zadost_LZ_srpen.docx",
                {
                    "header": "LIBERECKÝ ZPRAVODAJ s.r.o. | Moskevská 27, 460 01 Liberec | "
                    "IČO " + I18 + " | redakce 485 100 300",
                    "footer": "Jednatel: Aleš Štorek | Šéfredaktor: Ivo Mrázek, 485 100 311",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["Produkční IP", "192.0.2.87; 192.0.2.88"],
                                ["Testovací IP", "192.0.2.95"],
                                ["Kontaktní osoba", "Petra Vančurová"],
                                ["E-mail", "vancurova@libereckyzpravodaj.example"],
                                ["Telefon", "739 112 846"],
                            ]
                        },
                        "Liberec 28. 8. 2025",
                    ],
                },
            )
        ],
    },
    {
        "id": "bs019-inline-forward-iso88592-rtf-roles",
        "description": "iso-8859-2 mail: an assistant forwards the editor's message inline; the "
        "RTF has a role column (production, backup, test) and asks for filming too; the "
        "contact is the editor, not the forwarding assistant",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Hradecký večerník s.r.o.",
            I19,
            None,
            ["198.51.100.81", "198.51.100.82"],
            ["198.51.100.90"],
            "Tomáš Jelínek",
            "jelinek@hradeckyvecernik.example",
            "+420603158240",
        ),
        "from": "Ivana Šustrová <sustrova@hradeckyvecernik.example>",
        "subject": "Fw: žádost na ČSÚ",
        "headers": OUTLOOK,
        "charset": "iso-8859-2",
        "body": "Dobrý den,\n\npan Jelínek mě požádal o přeposlání žádosti, je na "
        "služební cestě.\n\nIvana Šustrová\nasistentka redakce\n\n"
        "________________________________\nOd: Tomáš Jelínek "
        "<jelinek@hradeckyvecernik.example>\nOdesláno: pondělí 8. září 2025 7:41\nKomu: "
        "Ivana Šustrová\nPředmět: žádost na ČSÚ\n\nIvano, pošli to prosím na podatelnu ČSÚ, "
        "v RTF je všechno. Kontakt jsem já, mobil 603 158 240.\nT.\n",
        "attachments": [
            (
                "rtf",
                "HV_zadost.rtf",
                [
                    "Hradecký večerník s.r.o., IČO " + I19 + ", Gočárova 16, Hradec Králové",
                    "Žádáme o přístup k výsledkům voleb v XML a o povolení natáčet na krajském "
                    "pracovišti ČSÚ v Hradci Králové.",
                    [
                        ["role", "IP adresa"],
                        ["produkční", "198.51.100.81"],
                        ["záložní", "198.51.100.82"],
                        ["testovací", "198.51.100.90"],
                    ],
                    "Kontakt: Tomáš Jelínek, jelinek@hradeckyvecernik.example",
                ],
            )
        ],
    },
    {
        "id": "bs020-databox-photographer-type40-pdf-two-columns",
        "description": "data message from a photographer's own box (natural person in "
        "business): filming only, 'viz příloha', a two-column PDF form with her IČO",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Barbora Vlčková",
            I20,
            "v9fc3mb",
            [],
            [],
            "Barbora Vlčková",
            "foto@barboravlckova.example",
            "+420734620518",
        ),
        "databox": box("v9fc3mb", "Barbora Vlčková", "Lidická 40, 702 00 Ostrava", kind=40),
        "subject": "Žádost o povolení fotografovat – viz příloha",
        "attachments": [
            (
                "pdf",
                "zadost_foto_Vlckova.pdf",
                [
                    "ŽÁDOST O POVOLENÍ POŘIZOVAT ZÁZNAMY NA PRACOVIŠTÍCH ČSÚ",
                    {
                        "rows": [
                            [
                                "Jméno a příjmení / obchodní firma",
                                "Barbora Vlčková – fotografka na volné noze",
                            ],
                            ["IČO", I20],
                            ["Pracoviště", "KS ČSÚ Ostrava"],
                            ["Druh záznamu", "fotografie"],
                            ["Přístup k XML", "nežádám"],
                            ["E-mail", "foto@barboravlckova.example"],
                            ["Telefon", "734 620 518"],
                        ],
                        "widths": [190, 260],
                    },
                    "Fotografie budou nabídnuty regionálním denikům.",
                ],
            )
        ],
    },
    {
        "id": "bs021-base64-xlsx-rows-ipv4-ipv6",
        "description": "base64 cover; the workbook has one row per server with role, hostname, "
        "IPv4 and IPv6 columns; two production servers give four addresses in row order",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Středočeské noviny a.s.",
            I21,
            None,
            ["198.51.100.30", "2001:db8:30::1", "198.51.100.31", "2001:db8:30::2"],
            ["198.51.100.39"],
            "Pavel Urban",
            "urban@stredoceskenoviny.example",
            "+420739285107",
        ),
        "from": "Pavel Urban <urban@stredoceskenoviny.example>",
        "subject": "Přístup k výsledkům voleb - Středočeské noviny",
        "headers": K9,
        "cte": "base64",
        "body": "Dobrý den,\nžádáme o přístup k XML feedu, seznam serverů je v tabulce.\n"
        "Pavel Urban, správa serverů, 739 285 107\nStředočeské noviny a.s., IČO " + I21 + "\n",
        "attachments": [
            (
                "xlsx",
                "servery_SN.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["role", "hostname", "IPv4", "IPv6", "pozn."],
                            ["prod", "sn-app01", "198.51.100.30", "2001:db8:30::1", ""],
                            ["prod", "sn-app02", "198.51.100.31", "2001:db8:30::2", ""],
                            ["test", "sn-dev", "198.51.100.39", "", "jen IPv4"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "bs022-pdf-letter-letterhead-people-both",
        "description": "short iPhone cover; the PDF letter's letterhead lists the board and "
        "a switchboard, its footer a sales phone; the contact signs with a mobile; both "
        "requests, production only",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Moravskoslezské vysílání s.r.o.",
            I22,
            None,
            ["203.0.113.230", "203.0.113.231"],
            [],
            "Karel Ondruš",
            "ondrus@msvysilani.example",
            "+420605771340",
        ),
        "from": "Karel Ondruš <ondrus@msvysilani.example>",
        "subject": "Žádost",
        "headers": IPHONE,
        "body": "Posílám žádost v PDF.\n\nOdesláno z iPhonu\n",
        "attachments": [
            (
                "pdf",
                "MSV_zadost.pdf",
                [
                    "<b>Moravskoslezské vysílání s.r.o.</b>\nNádražní 102, 702 00 Ostrava | "
                    "IČO " + I22 + "\nJednatelé: Mgr. Hana Kubalová, Jan Přikryl | ústředna "
                    "596 300 400",
                    "Věc: žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Žádáme o přístup k XML výsledkům z dedikovaného serveru, a to z adres "
                    "203.0.113.230 a 203.0.113.231 (testovat budeme na týchž strojích). "
                    "Zároveň žádáme o povolení natáčet na pracovišti v Ostravě.",
                    "Kontaktní osobou je podepsaný.",
                    "Karel Ondruš\nvedoucí zpravodajství\nmobil 605 771 340\n"
                    "ondrus@msvysilani.example",
                    "Obchodní oddělení: 596 300 455 | www.msvysilani.example",
                ],
            )
        ],
    },
    {
        "id": "bs023-databox-second-file-corrects-first",
        "description": "data message 'viz příloha' with two files: the DOCX form and a TXT "
        "note that replaces one production address in it",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Vysočina dnes s.r.o.",
            I23,
            "w6tz4ah",
            ["192.0.2.76", "192.0.2.78"],
            ["192.0.2.90"],
            "Jana Bednářová",
            "bednarova@vysocinadnes.example",
            "+420567210488",
        ),
        "databox": box("w6tz4ah", "Vysočina dnes s.r.o.", "Masarykovo nám. 9, 586 01 Jihlava"),
        "subject": "Žádost – viz příloha",
        "attachments": [
            (
                "docx",
                "formular.docx",
                {
                    "header": "Vysočina dnes s.r.o., IČO " + I23,
                    "footer": "",
                    "blocks": [
                        "Žádost o přístup k XML výsledkům voleb",
                        {
                            "rows": [
                                ["Produkční IP", "192.0.2.76\n192.0.2.77"],
                                ["Testovací IP", "192.0.2.90"],
                                [
                                    "Kontakt",
                                    "Bednářová Jana, bednarova@vysocinadnes.example, 567 210 488",
                                ],
                            ]
                        },
                    ],
                },
            ),
            (
                "txt",
                "oprava.txt",
                "Oprava k formuláři: druhá produkční adresa není 192.0.2.77, ale "
                "192.0.2.78 (překlep). J. Bednářová\n",
            ),
        ],
    },
    {
        "id": "bs024-alternative-form-filming-withdrawn",
        "description": "multipart/alternative mail with a ☒/☒ form in HTML and text, followed "
        "by a line withdrawing the filming request; the PDF repeats the form",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Pardubický kurýr, spol. s r.o.",
            I24,
            None,
            ["198.18.90.14"],
            ["198.18.90.15"],
            "Zuzana Hrubá",
            "hruba@pardubickykuryr.example",
            "+420466319572",
        ),
        "from": "Zuzana Hrubá <hruba@pardubickykuryr.example>",
        "subject": "Formulář - Pardubický kurýr",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nformulář (i v příloze):\n☒ přístup k XML\n☒ povolení natáčet\n"
        "Produkce: 198.18.90.14, test: 198.18.90.15\nKontakt: Zuzana Hrubá, 466 319 572\n\n"
        "Ještě oprava: natáčet nakonec nebudeme, kolega je nemocný, tu druhou položku "
        "prosím škrtněte.\n\nZuzana Hrubá\nPardubický kurýr, spol. s r.o.\n",
        "html": "<p>Dobrý den,</p><p>formulář (i v příloze):<br>☒ přístup k XML<br>"
        "☒ povolení natáčet<br>Produkce: 198.18.90.14, test: 198.18.90.15<br>Kontakt: "
        "Zuzana Hrubá, 466 319 572</p><p><b>Ještě oprava:</b> natáčet nakonec nebudeme, "
        "kolega je nemocný, tu druhou položku prosím škrtněte.</p><p>Zuzana Hrubá<br>"
        "Pardubický kurýr, spol. s r.o.</p>",
        "attachments": [
            (
                "pdf",
                "formular_PK.pdf",
                [
                    "Pardubický kurýr, spol. s r.o. – IČO " + I24,
                    "☒ přístup k XML výsledkům\n☒ povolení natáčet na pracovišti ČSÚ",
                    "Produkční IP: 198.18.90.14\nTestovací IP: 198.18.90.15",
                    "Kontakt: Zuzana Hrubá, hruba@pardubickykuryr.example, 466 319 572",
                ],
            )
        ],
    },
    {
        "id": "bs025-scanned-pdf-labels-above-values",
        "description": "a scanned paper form turned into a PDF: every label on its own line "
        "above its value, two test addresses on one line, the phone written with a slash",
        "style": Style.SCAN,
        "labels": L(
            [FEED],
            "Karlovarský týden s.r.o.",
            I25,
            None,
            ["203.0.113.181"],
            ["203.0.113.188", "203.0.113.189"],
            "Robert Skála",
            "skala@karlovarskytyden.example",
            "+420353447219",
        ),
        "from": "Robert Skála <skala@karlovarskytyden.example>",
        "subject": "sken formulare",
        "headers": CENTRUM,
        "body": "posilam sken vyplneneho formulare, originál jde poštou\nR. Skála\n",
        "attachments": [
            (
                "pdf",
                "scan_0007.pdf",
                [
                    "FORMULÁŘ – PŘÍSTUP K VÝSLEDKŮM VOLEB (XML)",
                    "Žadatel (název, právní forma)",
                    "Karlovarský týden s.r.o.",
                    "IČO",
                    I25,
                    "Produkční IP adresa",
                    "203.0.113.181",
                    "Testovací IP adresy",
                    "203.0.113.188 , 203.0.113.189",
                    "Kontaktní osoba",
                    "Robert Skála",
                    "Telefon",
                    "353/447 219",
                    "E-mail",
                    "skala@karlovarskytyden.example",
                    "Datum a podpis",
                    "4/9/2025 Skála",
                ],
            )
        ],
    },
    {
        "id": "bs026-foreign-hungarian-xlsx-merged-tax-number",
        "description": "Hungarian outlet with a tax number but no IČO; two-sheet workbook "
        "with merged section cells; contact written in Hungarian order; both requests",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Dunamente Média Kft.",
            None,
            None,
            ["198.19.12.40", "198.19.12.41"],
            ["198.19.12.50"],
            "Szabó Katalin",
            "szabo.katalin@dunamente.example",
            "+36301847265",
        ),
        "from": "Szabó Katalin <szabo.katalin@dunamente.example>",
        "subject": "Application - election results / filming",
        "headers": SEZNAM,
        "body": "Dear Sir or Madam,\n\nplease find our application in the attached "
        "spreadsheet.\n\nBest regards,\nSzabó Katalin\nDunamente Média Kft., Győr\n",
        "attachments": [
            (
                "xlsx",
                "dunamente_application.xlsx",
                [
                    {
                        "title": "Applicant",
                        "rows": [
                            ["Applicant", "", ""],
                            ["Name", "Dunamente Média Kft.", ""],
                            ["Tax number (adószám)", "24918375-2-08", ""],
                            ["Requests", "", ""],
                            ["XML results feed", "yes", ""],
                            ["Filming at ČSÚ premises", "yes", "2 persons"],
                        ],
                        "merge": ["A1:C1", "A4:C4"],
                    },
                    {
                        "title": "Network + contact",
                        "rows": [
                            ["Production", "198.19.12.40", ""],
                            ["", "198.19.12.41", ""],
                            ["Test", "198.19.12.50", ""],
                            ["Contact", "Szabó Katalin", "+36 30 184 7265"],
                            ["E-mail", "szabo.katalin@dunamente.example", ""],
                        ],
                        "merge": ["A1:A2"],
                    },
                ],
            )
        ],
    },
    {
        "id": "bs027-empty-mail-only-eml",
        "description": "empty body from the press office; the only part is a forwarded .eml "
        "in which the editor applies and names himself as contact",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Kroměřížský deník s.r.o.",
            I27,
            None,
            ["192.0.2.160", "192.0.2.161"],
            ["192.0.2.170"],
            "Stanislav Koutný",
            "koutny@kromerizskydenik.example",
            "+420573338120",
        ),
        "from": "Tiskove oddeleni <tisk@kromerizskydenik.example>",
        "subject": "FW: XML volby",
        "headers": OUTLOOK,
        "body": "",
        "attachments": [
            (
                "eml",
                "XML volby.eml",
                {
                    "id": "bs027-inner",
                    "from": "Stanislav Koutný <koutny@kromerizskydenik.example>",
                    "subject": "XML volby",
                    "body": "Dobrý den,\nKroměřížský deník s.r.o., IČO " + I27 + ", žádá o "
                    "přístup k výsledkům voleb v XML.\nprod: 192.0.2.160, 192.0.2.161\n"
                    "test: 192.0.2.170\nKontakt: já, Stanislav Koutný, 573 338 120\n"
                    "S. Koutný, zástupce šéfredaktora\n",
                },
            )
        ],
    },
    {
        "id": "bs028-databox-split-annotation-odt-unticked",
        "description": "data message split: the annotation holds the production addresses, the "
        "ODT the test address, contact and an unticked filming box",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Regionální vydavatelství Slovácko s.r.o.",
            I28,
            "r7ku2yn",
            ["198.51.100.221", "198.51.100.222"],
            ["198.51.100.230"],
            "Hana Mikulková",
            "mikulkova@rvslovacko.example",
            "+420572114930",
        ),
        "databox": box(
            "r7ku2yn",
            "Regionální vydavatelství Slovácko s.r.o.",
            "Masarykovo nám. 2, 686 01 Uherské Hradiště",
        ),
        "subject": "XML výsledky voleb – produkční adresy 198.51.100.221, 198.51.100.222; "
        "ostatní údaje v příloze",
        "attachments": [
            (
                "odt",
                "doplneni.odt",
                [
                    "Regionální vydavatelství Slovácko s.r.o., IČO " + I28,
                    "☒ přístup k XML\n☐ natáčení na pracovišti",
                    [
                        ["Testovací IP", "198.51.100.230"],
                        ["Kontaktní osoba", "Hana Mikulková"],
                        ["E-mail", "mikulkova@rvslovacko.example"],
                        ["Telefon", "572 114 930"],
                    ],
                ],
            )
        ],
    },
]
