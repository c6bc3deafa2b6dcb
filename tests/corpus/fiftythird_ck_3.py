"""Fifty-third held-out part ``ck``, cases ck029–ck042: a data message with two files behind
'viz příloha', an empty mail with a scanned PDF, a cover withdrawing the ticked filming box, an
OSVČ's data message with a trade name, row headers over merged cells, a forward whose cover
changes the phone, an HTML alternative with a role table, a freelancer without IČO, a data
message with two contacts in a role column, a reply cutting the addresses to five, an RTF letter
with IČO and box ID, a netmask in a data message's PDF, a cover changing the contact and the
test address, and an HTML mail with an ANO/NE workbook. Written by hand apart from the
extraction rules (see make_fiftythird_ck); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftythird_ck_common import (
    CENTRUM,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I30, I31, I32, I33 = (
    ico("2790154"),
    ico("2537186"),
    ico("0470615"),
    ico("8812043"),
    ico("2641907"),
)
I34, I35, I37, I38 = ico("0675319"), ico("2418762"), ico("2953604"), ico("0394728")
I39, I40, I41, I42 = ico("2861437"), ico("0519846"), ico("2706593"), ico("0628154")

CASES: list[dict[str, Any]] = [
    {
        "id": "ck029-databox-viz-priloha-two-files",
        "description": "data message annotated 'viz příloha (2 dokumenty)': the request and "
        "contact in a PDF, the addresses in an ODT, two test addresses",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Rádio Podyjí s.r.o.",
            I29,
            "rp5x7ma",
            ["192.0.2.30"],
            ["192.0.2.31", "192.0.2.32"],
            "Blanka Čechová",
            "cechova@radiopodyji.example",
            "+420515228406",
        ),
        "databox": box("rp5x7ma", "Rádio Podyjí s.r.o.", "Obroková 12, 669 02 Znojmo"),
        "subject": "Žádost o přístup k výsledkům voleb a natáčení – viz příloha (2 dokumenty)",
        "attachments": [
            (
                "pdf",
                "1_zadost.pdf",
                [
                    "Rádio Podyjí s.r.o., IČO " + I29 + ", ID DS rp5x7ma",
                    "Žádáme o přístup k XML s výsledky voleb a o povolení nahrávat zvuk na "
                    "pracovišti ve Znojmě. IP adresy jsou ve druhém dokumentu.",
                    "Kontakt: Blanka Čechová, 515 228 406, cechova@radiopodyji.example",
                ],
            ),
            (
                "odt",
                "2_technicke_udaje.odt",
                [
                    "Technické údaje k žádosti Rádia Podyjí",
                    [
                        ["produkce", "192.0.2.30"],
                        ["test", "192.0.2.31"],
                        ["test", "192.0.2.32"],
                    ],
                ],
            ),
        ],
    },
    {
        "id": "ck030-empty-pdf-scan-production-only",
        "description": "empty body; a scanned-looking PDF letter with OCR spacing, two "
        "production addresses and an explicit 'test: nepožadujeme'",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Nymburský občasník s.r.o.",
            I30,
            None,
            ["198.51.100.100", "198.51.100.101"],
            [],
            "Miroslav Vacek",
            "vacek@nymburskyobcasnik.example",
            "+420325610774",
        ),
        "from": "Miroslav Vacek <vacek@nymburskyobcasnik.example>",
        "subject": "sken zadosti",
        "headers": TBIRD,
        "body": "",
        "attachments": [
            (
                "pdf",
                "scan_0914.pdf",
                [
                    "NYMBURSKÝ OBČASNÍK s.r.o.   Palackého 4 , 288 02 Nymburk   IČO : " + I30,
                    "Věc :  žádost  o  přístup  k  výsledkům  voleb",
                    "Žádáme  o  zpřístupnění  výsledků  voleb  (XML).",
                    "IP  produkce :  198.51.100.100 ,  198.51.100.101\nIP  test :  nepožadujeme",
                    "Kontakt :  Miroslav  Vacek ,  tel .  325 610 774 ,  "
                    "vacek@nymburskyobcasnik.example",
                ],
            )
        ],
    },
    {
        "id": "ck031-cover-withdraws-ticked-filming",
        "description": "the DOCX has both boxes ticked ☒, the cover asks to ignore the filming "
        "request (nobody will come): feed only",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Kroměřížské noviny s.r.o.",
            I31,
            None,
            ["203.0.113.120"],
            ["203.0.113.121"],
            "Eliška Vrbová",
            "vrbova@kmnoviny.example",
            "+420573550962",
        ),
        "from": "Eliška Vrbová <vrbova@kmnoviny.example>",
        "subject": "žádost KN - volby",
        "headers": GMAIL,
        "body": "Dobrý den,\n\nposílám žádost. Jen prosím to zaškrtnuté natáčení ignorujte, "
        "nakonec na pracoviště nikoho neposíláme - platí tedy jen přístup k datům.\n\n"
        "Eliška Vrbová\n",
        "attachments": [
            (
                "docx",
                "KN_zadost.docx",
                {
                    "header": "Kroměřížské noviny s.r.o. | IČO " + I31,
                    "footer": "Velké náměstí 40, 767 01 Kroměříž",
                    "blocks": [
                        "Žádáme o (zaškrtněte):",
                        "☒ přístup k výsledkům voleb (XML)",
                        "☒ povolení natáčení na pracovišti ČSÚ",
                        {
                            "rows": [
                                ["produkční IP", "203.0.113.120"],
                                ["testovací IP", "203.0.113.121"],
                                ["kontakt", "Eliška Vrbová, 573 550 962, vrbova@kmnoviny.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "ck032-databox-osvc-trade-name-ipv6",
        "description": "data message from a natural person in business whose XLSX names "
        "'Tomáš Jelínek – Jelínek Data' (a trade name, kept whole); one IPv6 production "
        "address, tests from production",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Tomáš Jelínek – Jelínek Data",
            I32,
            "tj8d4rn",
            ["2001:db8:e1::80"],
            [],
            "Tomáš Jelínek",
            "tomas@jelinekdata.example",
            "+420721904316",
        ),
        "databox": box("tj8d4rn", "Tomáš Jelínek", "Dlouhá 9, 586 01 Jihlava", kind=40),
        "subject": "Žádost OSVČ o přístup k výsledkům voleb",
        "attachments": [
            (
                "xlsx",
                "zadost_jelinek.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Žadatel", "Tomáš Jelínek – Jelínek Data (OSVČ)"],
                            ["IČO", I32],
                            ["Žádost", "přístup k XML výsledkům"],
                            ["Produkční IP", "2001:db8:e1::80"],
                            ["Testovací IP", "budu testovat z produkční"],
                            ["Telefon", "721 904 316"],
                            ["E-mail", "tomas@jelinekdata.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "ck033-xlsx-row-headers-merged",
        "description": "XLSX form whose row headers 'Produkční adresy' and 'Testovací adresy' "
        "are merged over three and two rows",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Sokolovský týden s.r.o.",
            I33,
            None,
            ["198.18.60.10", "198.18.60.11", "198.18.60.12"],
            ["198.18.61.10", "198.18.61.11"],
            "Pavel Šrámek",
            "sramek@sokolovskytyden.example",
            "+420604119283",
        ),
        "from": "Pavel Šrámek <sramek@sokolovskytyden.example>",
        "subject": "Formulář - Sokolovský týden",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\nv příloze formulář k přístupu na volební server.\nPavel Šrámek\n",
        "attachments": [
            (
                "xlsx",
                "ST_formular.xlsx",
                [
                    {
                        "title": "Formulář",
                        "rows": [
                            ["Žadatel", "Sokolovský týden s.r.o., IČO " + I33],
                            ["Požadavek", "přístup k výsledkům voleb (XML)"],
                            ["Produkční adresy", "198.18.60.10"],
                            ["", "198.18.60.11"],
                            ["", "198.18.60.12"],
                            ["Testovací adresy", "198.18.61.10"],
                            ["", "198.18.61.11"],
                            [
                                "Kontakt",
                                "Pavel Šrámek, 604 119 283, sramek@sokolovskytyden.example",
                            ],
                        ],
                        "merge": ["A3:A5", "A6:A7"],
                    }
                ],
            )
        ],
    },
    {
        "id": "ck034-forward-eml-cover-changes-phone",
        "description": "a secretary forwards the applicant's mail as .eml and corrects his "
        "mobile (the one in the inner mail is no longer valid)",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Pošumavský hlas, s.r.o.",
            I34,
            None,
            ["192.0.2.240", "192.0.2.241"],
            ["192.0.2.245"],
            "Jiří Kadlec",
            "kadlec@posumavskyhlas.example",
            "+420776902114",
        ),
        "from": "Sekretariát Pošumavský hlas <sekretariat@posumavskyhlas.example>",
        "subject": "FW: Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\npřeposílám žádost pana Kadlece. Pozor, jeho mobil se změnil: "
        "nové číslo je 776 902 114, původně uvedené 776 902 411 už neplatí.\n\n"
        "Sekretariát\n",
        "attachments": [
            (
                "eml",
                "Zadost_Kadlec.eml",
                {
                    "id": "ck034-inner",
                    "from": "Jiří Kadlec <kadlec@posumavskyhlas.example>",
                    "to": "sekretariat@posumavskyhlas.example",
                    "subject": "Žádost o přístup k výsledkům voleb",
                    "body": "Pošumavský hlas, s.r.o., IČO " + I34 + ", žádá o přístup k "
                    "výsledkům voleb.\nProdukce 192.0.2.240, 192.0.2.241\nTest 192.0.2.245\n"
                    "Kontakt Jiří Kadlec, 776 902 411\n\nProsím přepošlete na ČSÚ. JK\n",
                },
            )
        ],
    },
    {
        "id": "ck035-alternative-html-role-table-iso88592",
        "description": "multipart/alternative in iso-8859-2, an HTML table with a role column "
        "(two contacts, one for the application) and the same table in an attached PDF",
        "style": Style.TABLE,
        "labels": L(
            [FEED, FILM],
            "Benešovský deník s.r.o.",
            I35,
            None,
            ["203.0.113.60", "203.0.113.61"],
            ["203.0.113.62"],
            "Monika Zelenková",
            "zelenkova@benesovskydenik.example",
            "+420317728403",
        ),
        "from": "Monika Zelenková <zelenkova@benesovskydenik.example>",
        "subject": "Zadost o pristup k vysledkum a nataceni",
        "headers": OWA,
        "charset": "iso-8859-2",
        "body": "Dobrý den,\n\nžádáme o přístup k výsledkům voleb a o povolení natáčet na "
        "pracovišti v Benešově.\n\nRole | IP / kontakt\nprodukce | 203.0.113.60, 203.0.113.61\n"
        "test | 203.0.113.62\nkontakt pro žádost | Monika Zelenková, 317 728 403\n"
        "kameraman | Jan Doubek, 605 990 217\n\nBenešovský deník s.r.o., IČO " + I35 + "\n",
        "html": "<html><body><p>Dobrý den,</p><p>žádáme o přístup k výsledkům voleb a o "
        "povolení natáčet na pracovišti v Benešově.</p><table border=1>"
        "<tr><th>Role</th><th>IP / kontakt</th></tr>"
        "<tr><td>produkce</td><td>203.0.113.60, 203.0.113.61</td></tr>"
        "<tr><td>test</td><td>203.0.113.62</td></tr>"
        "<tr><td>kontakt pro žádost</td><td>Monika Zelenková, 317 728 403</td></tr>"
        "<tr><td>kameraman</td><td>Jan Doubek, 605 990 217</td></tr></table>"
        "<p>Benešovský deník s.r.o., IČO " + I35 + "</p></body></html>",
        "attachments": [
            (
                "pdf",
                "BD_zadost.pdf",
                [
                    "Benešovský deník s.r.o., IČO " + I35,
                    {
                        "rows": [
                            ["Role", "IP / kontakt"],
                            ["produkce", "203.0.113.60, 203.0.113.61"],
                            ["test", "203.0.113.62"],
                            ["kontakt pro žádost", "Monika Zelenková, 317 728 403"],
                            ["kameraman", "Jan Doubek, 605 990 217"],
                        ],
                        "widths": [130, 250],
                    },
                ],
            )
        ],
    },
    {
        "id": "ck036-freelancer-no-ico-odt-film-only",
        "description": "a documentary photographer without a trade licence (no IČO) asks to "
        "photograph; ODT form with the IP rows left empty",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Adéla Šťastná",
            None,
            None,
            [],
            [],
            "Adéla Šťastná",
            "adela.stastna@seznam.example",
            "+420728604351",
        ),
        "from": "Adéla Šťastná <adela.stastna@seznam.example>",
        "subject": "Žádost o povolení fotografovat",
        "headers": SEZNAM,
        "body": "Dobrý den,\n\nposílám žádost o povolení fotografovat ve volební noci. Nejsem "
        "podnikatel, fotím pro vlastní dokumentární projekt, proto IČO nemám.\n\n"
        "Adéla Šťastná\n728 604 351\n",
        "attachments": [
            (
                "odt",
                "zadost_Stastna.odt",
                [
                    [
                        ["Žadatel", "Adéla Šťastná (fyzická osoba)"],
                        ["IČO", ""],
                        ["Přístup k XML", "[ ]"],
                        ["Natáčení / fotografování", "[x] pracoviště Praha"],
                        ["Produkční IP", ""],
                        ["Testovací IP", ""],
                        ["Kontakt", "adela.stastna@seznam.example, 728 604 351"],
                    ]
                ],
            )
        ],
    },
    {
        "id": "ck037-databox-docx-two-contacts-role-column",
        "description": "data message; DOCX with a contacts table whose role column separates "
        "the technician (listed first) from the contact for the application",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Jihlavská televize s.r.o.",
            I37,
            "jt2h6fy",
            ["198.51.100.180", "198.51.100.181"],
            ["198.51.100.189"],
            "Eva Dostálová",
            "dostalova@jihlavskatv.example",
            "+420567114902",
        ),
        "databox": box("jt2h6fy", "Jihlavská televize s.r.o.", "Znojemská 77, 586 01 Jihlava"),
        "subject": "Žádost o zpřístupnění výsledků voleb a povolení natáčení",
        "attachments": [
            (
                "docx",
                "JTV_zadost.docx",
                {
                    "header": "Jihlavská televize s.r.o. – IČO " + I37,
                    "blocks": [
                        "Žádáme o přístup k výsledkům voleb (XML) a o povolení natáčet na "
                        "pracovišti v Jihlavě.",
                        "Produkční IP: 198.51.100.180, 198.51.100.181; testovací IP: "
                        "198.51.100.189",
                        {
                            "rows": [
                                ["Jméno", "Role", "Telefon", "E-mail"],
                                [
                                    "Michal Pokorný",
                                    "technik (IP, server)",
                                    "731 447 208",
                                    "pokorny@jihlavskatv.example",
                                ],
                                [
                                    "Eva Dostálová",
                                    "kontaktní osoba pro žádost",
                                    "567 114 902",
                                    "dostalova@jihlavskatv.example",
                                ],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "ck038-reply-cuts-addresses-to-five-xlsx",
        "description": "reply above the office's quoted note that at most five production "
        "addresses are allowed; the revised XLSX drops two and the text names the dropped ones",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Karlovarský expres a.s.",
            I38,
            None,
            ["198.18.50.1", "198.18.50.2", "198.18.50.3", "198.18.50.4", "198.18.50.5"],
            ["198.18.51.1"],
            "Stanislav Pour",
            "pour@kvexpres.example",
            "+420353118624",
        ),
        "from": "Stanislav Pour <pour@kvexpres.example>",
        "subject": "RE: Žádost Karlovarský expres – počet adres",
        "headers": IPHONE,
        "body": "Dobrý den,\n\nomlouvám se, v příloze je upravená tabulka. Vyřadili jsme "
        "198.18.50.6 a 198.18.50.7, zbylo pět produkčních a jedna testovací.\n\n"
        "Stanislav Pour\n\n-----Original Message-----\nFrom: podatelna@czso.cz\n"
        "Subject: Žádost Karlovarský expres – počet adres\n\nDobrý den, produkčních adres lze "
        "uvést nejvýše 5, vaše žádost jich obsahuje 7. Prosíme o úpravu.\n"
        "Český statistický úřad, IČO 00025593, ID DS 2gfaasy\n",
        "attachments": [
            (
                "xlsx",
                "KVE_adresy_upraveno.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Karlovarský expres a.s., IČO " + I38, ""],
                            ["Typ", "IP"],
                            ["produkční", "198.18.50.1"],
                            ["produkční", "198.18.50.2"],
                            ["produkční", "198.18.50.3"],
                            ["produkční", "198.18.50.4"],
                            ["produkční", "198.18.50.5"],
                            ["testovací", "198.18.51.1"],
                        ],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Pour Stanislav", "353 118 624", "pour@kvexpres.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ck039-cp1250-rtf-letter-ico-box",
        "description": "windows-1250 8bit cover; RTF letter with a header line, both requests "
        "and a signature block with IČO and data-box ID",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Mělnické noviny s.r.o.",
            I39,
            "mn4r7tc",
            ["192.0.2.220"],
            ["192.0.2.221"],
            "Richard Fiala",
            "fiala@melnickenoviny.example",
            "+420315620487",
        ),
        "from": "Richard Fiala <fiala@melnickenoviny.example>",
        "subject": "Žádost Mělnické noviny",
        "headers": CENTRUM,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": "Dobrý den,\n\nzasílám naši žádost v RTF.\n\nRichard Fiala\nMělnické noviny\n",
        "attachments": [
            (
                "rtf",
                "MN_zadost.rtf",
                [
                    "MĚLNICKÉ NOVINY s.r.o. | nám. Míru 3, 276 01 Mělník",
                    "Věc: žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Žádáme o přístup k XML výsledkům z adresy 192.0.2.220, testovat budeme z "
                    "192.0.2.221. Zároveň žádáme o povolení natáčet na pracovišti Mělník.",
                    "Kontakt: Richard Fiala, tel. 315 620 487, fiala@melnickenoviny.example",
                    "Richard Fiala\nzástupce šéfredaktora\nMělnické noviny s.r.o.\nIČO: "
                    + I39
                    + "\nID datové schránky: mn4r7tc",
                ],
            )
        ],
    },
    {
        "id": "ck040-databox-pdf-netmask",
        "description": "data message whose annotation asks for both; the PDF gives production "
        "as an address with a /30 netmask (four addresses) and one test address",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Rádio Orlice s.r.o.",
            I40,
            "ro3p8vk",
            ["198.18.4.8", "198.18.4.9", "198.18.4.10", "198.18.4.11"],
            ["198.18.4.20"],
            "Vladimír Kos",
            "kos@radioorlice.example",
            "+420494520613",
        ),
        "databox": box(
            "ro3p8vk", "Rádio Orlice s.r.o.", "Rooseveltova 3, 516 01 Rychnov nad Kněžnou"
        ),
        "subject": "Žádáme o přístup k výsledkům voleb i o povolení natáčení, podrobnosti v PDF",
        "attachments": [
            (
                "pdf",
                "RO_technika.pdf",
                [
                    "Rádio Orlice s.r.o., IČO " + I40,
                    "Produkční síť: 198.18.4.8 maska 255.255.255.252",
                    "Testovací adresa: 198.18.4.20",
                    "Natáčení: pracoviště Rychnov nad Kněžnou, 1 redaktor",
                    "Kontakt: Vladimír Kos, 494 520 613, kos@radioorlice.example",
                ],
            )
        ],
    },
    {
        "id": "ck041-cover-changes-contact-and-test-odt",
        "description": "cover says the contact in the ODT has left and gives a new one, and "
        "replaces the form's test address",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED, FILM],
            "Chrudimský posel s.r.o.",
            I41,
            None,
            ["203.0.113.230"],
            ["203.0.113.240"],
            "Šárka Benešová",
            "benesova@chrudimskyposel.example",
            "+420731552908",
        ),
        "from": "Šárka Benešová <benesova@chrudimskyposel.example>",
        "subject": "Žádost CP + oprava",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\nposílám formulář vyplněný ještě v létě. Dvě změny: kolega "
        "Hlaváč, uvedený jako kontakt, u nás od září nepracuje, kontaktem budu já "
        "(benesova@chrudimskyposel.example, 731 552 908). A testovací adresa 203.0.113.235 "
        "z formuláře už neplatí, nová je 203.0.113.240.\n\nŠárka Benešová\n",
        "attachments": [
            (
                "odt",
                "CP_formular.odt",
                [
                    "Chrudimský posel s.r.o., IČO " + I41,
                    [
                        ["Přístup k XML", "ANO"],
                        ["Natáčení na pracovišti", "ANO (Chrudim)"],
                        ["Produkční IP", "203.0.113.230"],
                        ["Testovací IP", "203.0.113.235"],
                        ["Kontakt", "Tomáš Hlaváč, 602 883 104, hlavac@chrudimskyposel.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "ck042-html-alternative-xlsx-ano-ne-prod-only",
        "description": "multipart/alternative cover; the XLSX has ANO/NE columns (both ANO) "
        "and IPv6 and IPv4 production addresses, no test",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Vyškovský zpravodaj s.r.o.",
            I42,
            None,
            ["2001:db8:71::7", "203.0.113.7"],
            [],
            "Jana Vlčková",
            "vlckova@vyskovskyzpravodaj.example",
            "+420517330218",
        ),
        "from": "Jana Vlčková <vlckova@vyskovskyzpravodaj.example>",
        "subject": "žádost - volby - Vyškovský zpravodaj",
        "headers": GMAIL,
        "body": "Dobrý den,\n\nv příloze tabulka se žádostí.\n\nJana Vlčková\n",
        "html": '<div dir="ltr">Dobrý den,<div><br></div><div>v příloze tabulka se žádostí.'
        "</div><div><br></div><div>Jana Vlčková</div></div>",
        "attachments": [
            (
                "xlsx",
                "VZ_zadost.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Vyškovský zpravodaj s.r.o.", "IČO " + I42, ""],
                            ["Požadavek", "ANO", "NE"],
                            ["přístup k výsledkům (XML)", "x", ""],
                            ["natáčení na pracovišti", "x", ""],
                            ["", "", ""],
                            ["Produkční IP", "2001:db8:71::7", "203.0.113.7"],
                            ["Testovací IP", "netestujeme", ""],
                            [
                                "Kontakt",
                                "Jana Vlčková, 517 330 218",
                                "vlckova@vyskovskyzpravodaj.example",
                            ],
                        ],
                    }
                ],
            )
        ],
    },
]
