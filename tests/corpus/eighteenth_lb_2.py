"""Eighteenth held-out part ``lb``, cases lb015–lb028: data messages with the application in
the annotation, the file or both, spreadsheets with merged role cells and netmasks, forms,
cover notes that withdraw or correct, foreign senders (written by hand apart from the
extraction rules, see make_eighteenth_lb)."""

from __future__ import annotations

from typing import Any

from tests.corpus.eighteenth_lb_common import (
    APPLE,
    FEED,
    FILM,
    IPHONE,
    OUTLOOK,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I_VRCHLABI = ico("0027821")
I_SUMPERK = ico("2961447")
I_NYMBURK = ico("0513968")
I_PROSTEJOV = ico("2817539")
I_KLADNO = ico("0463127")
I_ZNOJMO = ico("2694815")
I_SEDLACEK = ico("0712459")
I_PARDUBICE = ico("2785361")
I_PISEK = ico("0659734")
I_RAKOVNIK = ico("2910486")

CASES: list[dict[str, Any]] = [
    {
        "id": "lb015-databox-town-filming-annotation",
        "description": "a town's data message: filming asked for in the annotation only, the "
        "attached PDF an authorisation naming the same employee",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FILM],
            "Město Vrchlabí",
            I_VRCHLABI,
            "u3xe8fn",
            [],
            [],
            "Irena Hlaváčová",
            None,
            "+420499405114",
        ),
        "databox": {
            "box": "u3xe8fn",
            "sender": "Město Vrchlabí",
            "address": "náměstí Míru 56, 543 01 Vrchlabí",
            "type": 10,
        },
        "subject": (
            "Žádost o povolení natáčení na sběrném místě Trutnov pro Vrchlabský zpravodaj, "
            "4. 10. 2025 odpoledne. Kontakt: Bc. Irena Hlaváčová, tel. 499 405 114"
        ),
        "attachments": [
            (
                "pdf",
                "povereni_Hlavacova.pdf",
                [
                    f"<b>Město Vrchlabí</b>\nnáměstí Míru 56, 543 01 Vrchlabí\nIČ {I_VRCHLABI}",
                    "POVĚŘENÍ",
                    "Pověřuji Bc. Irenu Hlaváčovou, redaktorku Vrchlabského zpravodaje, "
                    "k jednání s Českým statistickým úřadem ve věci pořízení videozáznamu "
                    "pro městský zpravodaj.",
                    "Ve Vrchlabí dne 10. 9. 2025\nIng. Tomáš Jiránek, starosta",
                ],
            )
        ],
    },
    {
        "id": "lb016-xlsx-merged-role-netmask-english",
        "description": "English mail from a Swedish agency without IČO; XLSX with a merged "
        "'Production' cell and an address with a netmask",
        "style": Style.SPREADSHEET,
        "labels": L(
            [FEED],
            "Nordisk Nyhetsbyrå AB",
            None,
            None,
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
            ["203.0.113.72"],
            "Erik Lindqvist",
            "erik.lindqvist@nnb.example",
            "+46701234587",
        ),
        "from": "Erik Lindqvist <erik.lindqvist@nnb.example>",
        "subject": "Access to Czech election results XML - Nordisk Nyhetsbyrå",
        "headers": APPLE,
        "body": (
            "Dear Sir or Madam,\n\nNordisk Nyhetsbyrå AB (Swedish org. no. 556677-8899) would "
            "like to receive the live results of the Czech parliamentary election. Please "
            "find our network details in the attached spreadsheet.\n\n"
            "I am the contact person for this request: +46 70 123 45 87.\n\n"
            "Kind regards,\nErik Lindqvist\nHead of Data Desk\n"
        ),
        "attachments": [
            (
                "xlsx",
                "NNB_network.xlsx",
                [
                    {
                        "title": "Network",
                        "rows": [
                            ["Environment", "Address", "Mask", "Comment"],
                            ["Production", "203.0.113.64", "255.255.255.252", "ingest pool"],
                            [None, None, None, None],
                            ["Test", "203.0.113.72", "", "staging box"],
                        ],
                        "merge": ["A2:A3"],
                    }
                ],
            )
        ],
    },
    {
        "id": "lb017-pdf-wrapped-checkboxes-both",
        "description": "PDF form with ☑ boxes and narrow cells that wrap the address list",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Šumperský a jesenický deník, s.r.o.",
            I_SUMPERK,
            None,
            ["192.0.2.101", "192.0.2.102", "192.0.2.103"],
            ["192.0.2.110", "192.0.2.111"],
            "Lenka Pecháčková",
            "pechackova@sjdenik.example",
            "+420583214770",
        ),
        "from": "Lenka Pecháčková <pechackova@sjdenik.example>",
        "subject": "formulář žádosti",
        "headers": ZIMBRA,
        "body": "Dobrý den, posílám formulář. L. Pecháčková\n",
        "attachments": [
            (
                "pdf",
                "formular_SJD.pdf",
                [
                    "<b>Žádost média – volby do Poslanecké sněmovny 2025</b>",
                    {
                        "rows": [
                            ["Žadatel", "Šumperský a jesenický deník, s.r.o."],
                            ["IČO", I_SUMPERK],
                            ["☑ přístup k XML", "ano"],
                            ["☑ natáčení ve sběrném místě", "ano – Šumperk"],
                            [
                                "Produkční IP adresy",
                                "192.0.2.101, 192.0.2.102, 192.0.2.103",
                            ],
                            ["Testovací IP adresy", "192.0.2.110, 192.0.2.111"],
                            ["Kontaktní osoba", "Lenka Pecháčková"],
                            ["Telefon", "583 214 770"],
                            ["E-mail", "pechackova@sjdenik.example"],
                        ],
                        "widths": [110, 165],
                    },
                ],
            )
        ],
    },
    {
        "id": "lb018-forward-eml-docx-contact-replaced",
        "description": "forwarded .eml with a DOCX inside; the new text replaces the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Nymburský kurýr s.r.o.",
            I_NYMBURK,
            None,
            ["198.51.100.44"],
            ["198.51.100.45"],
            "Dana Pokorná",
            "pokorna@nymburskykuryr.example",
            "+420775302618",
        ),
        "from": "Dana Pokorná <pokorna@nymburskykuryr.example>",
        "subject": "FW: Žádost o přístup – Nymburský kurýr",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nposílám znovu žádost, kterou Vám v srpnu zaslal kolega Martin Šulc "
            "(přikládám jeho původní zprávu). Kolega od října v redakci nepracuje, "
            "kontaktní osobou proto budu nově já – Dana Pokorná, 775 302 618, "
            "pokorna@nymburskykuryr.example. Adresy zůstávají stejné.\n\n"
            "Děkuji\nDana Pokorná\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost_Sulc.eml",
                {
                    "id": "lb018-inner",
                    "from": "Martin Šulc <sulc@nymburskykuryr.example>",
                    "subject": "Žádost o přístup k výsledkům",
                    "body": "Dobrý den,\nžádost v příloze.\nMartin Šulc\n",
                    "attachments": [
                        (
                            "docx",
                            "zadost_NK.docx",
                            {
                                "blocks": [
                                    f"Nymburský kurýr s.r.o., IČO {I_NYMBURK}",
                                    "Žádáme o přístup k XML výstupu výsledků voleb.",
                                    {
                                        "rows": [
                                            ["produkční IP", "198.51.100.44"],
                                            ["testovací IP", "198.51.100.45"],
                                            ["kontakt", "Martin Šulc, 602 118 907"],
                                        ]
                                    },
                                ]
                            },
                        )
                    ],
                },
            )
        ],
    },
    {
        "id": "lb019-databox-odt-ano-ne-filming",
        "description": "data message with an ODT form: feed marked NE, filming ANO, the "
        "address fields left as dashes",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FILM],
            "Prostějovský večerník, s.r.o.",
            I_PROSTEJOV,
            "b9mt4kw",
            [],
            [],
            "Radim Navrátil",
            "navratil@pvvecernik.example",
            "+420608773140",
        ),
        "databox": {
            "box": "b9mt4kw",
            "sender": "Prostějovský večerník, s.r.o.",
            "address": "Plumlovská 7, 796 01 Prostějov",
        },
        "subject": "Formulář žádosti – volby 2025",
        "attachments": [
            (
                "odt",
                "formular_PV.odt",
                [
                    "ŽÁDOST MÉDIA O PŘÍSTUP K VÝSLEDKŮM / NATÁČENÍ",
                    f"Žadatel: Prostějovský večerník, s.r.o., IČO {I_PROSTEJOV}",
                    [
                        ["Požadavek", "ANO", "NE"],
                        ["Přístup k serveru s XML výsledky", "", "X"],
                        ["Povolení k natáčení na sběrném místě", "X", ""],
                    ],
                    [
                        ["Produkční IP", "—"],
                        ["Testovací IP", "—"],
                    ],
                    "Kontaktní osoba: Radim Navrátil, tel.: 608 773 140, "
                    "navratil@pvvecernik.example",
                    "Místo natáčení: sběrné místo Prostějov, 3. 10. 2025 večer",
                ],
            )
        ],
    },
    {
        "id": "lb020-freelancer-signature-ids-pdf",
        "description": "freelance reporter: IČO and data-box ID only in the signature block, "
        "PDF form with [x] brackets for both requests",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED, FILM],
            "Ondřej Kalina",
            I_KLADNO,
            "f7sw2ha",
            ["192.0.2.33"],
            [],
            "Ondřej Kalina",
            "ondrej@kalina-foto.example",
            "+420739118002",
        ),
        "from": "Ondřej Kalina <ondrej@kalina-foto.example>",
        "subject": "žádost – nezávislý novinář",
        "headers": IPHONE,
        "body": (
            "Dobrý den,\nposílám vyplněný formulář. Testovací server nemám, stačí mi "
            "produkční.\n\nOndřej Kalina\nnezávislý novinář a fotograf\n"
            f"IČ {I_KLADNO[:2]} {I_KLADNO[2:5]} {I_KLADNO[5:]} | ID DS f7sw2ha\n"
            "+420 739 118 002\n\nOdesláno z iPhonu\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular_Kalina.pdf",
                [
                    "Jméno / název žadatele: Ondřej Kalina",
                    "[x] přístup k XML výstupu",
                    "[x] povolení k pořizování záznamu (sběrné místo Kladno)",
                    "Produkční IP: 192.0.2.33",
                    "Testovací IP: ---",
                    "Kontakt: ondrej@kalina-foto.example",
                ],
            )
        ],
    },
    {
        "id": "lb021-rtf-row-headers-cp1250",
        "description": "windows-1250 mail with an RTF whose table gives roles as row headers",
        "style": Style.RTF,
        "labels": L(
            [FEED],
            "Znojemský týden s.r.o.",
            I_ZNOJMO,
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.190"],
            "Bohumil Štěpánek",
            "stepanek@znojemskytyden.example",
            "+420515224903",
        ),
        "from": "Bohumil Štěpánek <stepanek@znojemskytyden.example>",
        "subject": "Žádost o XML",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\nv příloze žádost Znojemského týdne o přístup k výsledkům.\n\n"
            "Bohumil Štěpánek\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_ZT.rtf",
                [
                    f"Znojemský týden s.r.o., Obroková 12, 669 02 Znojmo, IČO: {I_ZNOJMO}",
                    "Žádost o zřízení přístupu k XML výsledkům voleb",
                    [
                        ["Produkční IP", "203.0.113.180", "203.0.113.181"],
                        ["Testovací IP", "203.0.113.190", ""],
                        ["Kontakt", "Bohumil Štěpánek", "515 224 903"],
                        ["E-mail", "stepanek@znojemskytyden.example", ""],
                    ],
                    "Ve Znojmě 11. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "lb022-cover-note-withdraws-filming",
        "description": "the DOCX asks for both; the cover mail withdraws filming",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Pardubický obzor a.s.",
            I_PARDUBICE,
            None,
            ["198.51.100.5", "198.51.100.6"],
            ["198.51.100.7"],
            "Klára Novotná",
            "novotna@pobzor.example",
            "+420466012377",
        ),
        "from": "Klára Novotná <novotna@pobzor.example>",
        "subject": "Žádost Pardubický obzor",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nposílám žádost podepsanou panem ředitelem. Jen upozorňuji, že "
            "natáčení na sběrném místě nakonec nepotřebujeme (štáb bude jinde), tento bod "
            "žádosti prosím berte jako bezpředmětný. Platí jen přístup k XML.\n\n"
            "S pozdravem\nKlára Novotná\nonline redakce, 466 012 377\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_PO_podepsana.docx",
                {
                    "blocks": [
                        f"Pardubický obzor a.s., třída Míru 90, Pardubice, IČO {I_PARDUBICE}",
                        "Žádáme o:",
                        "1. přístup k serveru s výsledky voleb ve formátu XML,",
                        "2. povolení natáčet na sběrném místě v Pardubicích.",
                        {
                            "rows": [
                                ["IP adresa", "určení"],
                                ["198.51.100.5", "produkce"],
                                ["198.51.100.6", "produkce"],
                                ["198.51.100.7", "test"],
                            ]
                        },
                        "Kontaktní osoba: Klára Novotná, novotna@pobzor.example, tel. 466 012 377",
                        "Ing. Vladimír Sýkora, generální ředitel",
                    ]
                },
            )
        ],
    },
    {
        "id": "lb023-databox-annotation-corrects-pdf",
        "description": "data message: the annotation corrects a production address in the "
        "attached form and says the old one is no longer valid",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Písecké listy, s.r.o.",
            I_PISEK,
            "g5pa8xd",
            ["192.0.2.97", "192.0.2.99"],
            ["192.0.2.120"],
            "Adéla Vaňková",
            "vankova@piseckelisty.example",
            "+420382771460",
        ),
        "databox": {
            "box": "g5pa8xd",
            "sender": "Písecké listy, s.r.o.",
            "address": "Velké náměstí 3, 397 01 Písek",
        },
        "subject": (
            "Oprava žádosti ze dne 3. 9.: místo produkční IP 192.0.2.98 (již neplatí) "
            "prosíme 192.0.2.99, ostatní dle přiloženého formuláře"
        ),
        "attachments": [
            (
                "pdf",
                "formular_PL_puvodni.pdf",
                [
                    f"<b>Písecké listy, s.r.o.</b> · IČO {I_PISEK} · Velké náměstí 3, Písek",
                    "Žádost o přístup k XML výsledkům voleb",
                    {
                        "rows": [
                            ["Produkční IP", "192.0.2.97\n192.0.2.98"],
                            ["Testovací IP", "192.0.2.120"],
                            ["Kontakt", "Adéla Vaňková\n382 771 460\nvankova@piseckelisty.example"],
                        ],
                        "widths": [110, 200],
                    },
                    "V Písku 3. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "lb024-english-pdf-german-tv",
        "description": "German broadcaster, English PDF: Production (IPv4 and IPv6) and "
        "Staging rows, both requests, foreign phone",
        "style": Style.PDF,
        "labels": L(
            [FEED, FILM],
            "Mitteldeutscher Fernsehdienst GmbH",
            None,
            None,
            ["198.51.100.240", "2001:db8:c0de::240"],
            ["198.51.100.250"],
            "Katrin Vogel",
            "k.vogel@mdfd.example",
            "+493412207714",
        ),
        "from": "Katrin Vogel <k.vogel@mdfd.example>",
        "subject": "Czech elections - data access and filming request",
        "headers": OUTLOOK,
        "body": (
            "Dear colleagues,\n\nplease find attached our request for the election night. "
            "We would be grateful for a short confirmation.\n\nBest regards\nKatrin Vogel\n"
            "Mitteldeutscher Fernsehdienst GmbH\n"
        ),
        "attachments": [
            (
                "pdf",
                "MDFD_request_CZSO.pdf",
                [
                    "<b>Mitteldeutscher Fernsehdienst GmbH</b>\nAugustusplatz 9, 04109 Leipzig, "
                    "Germany\nHRB 20411, USt-IdNr. DE 261 884 905",
                    "Request for access to the election results server and for a filming permit",
                    "1. Access to the XML results feed from the following hosts:",
                    {
                        "rows": [
                            ["Environment", "IP address"],
                            ["Production", "198.51.100.240"],
                            ["Production", "2001:db8:c0de::240"],
                            ["Staging", "198.51.100.250"],
                        ],
                        "widths": [120, 180],
                    },
                    "2. Permission for a crew of two to film at the collection point in "
                    "Prague on 4 October 2025.",
                    "Contact: Katrin Vogel, +49 341 2207714, k.vogel@mdfd.example",
                ],
            )
        ],
    },
    {
        "id": "lb025-xlsx-old-sheet-and-new",
        "description": "XLSX with last election's sheet (old addresses) and this year's; the "
        "mail says to use only the new sheet",
        "style": Style.SPREADSHEET,
        "labels": L(
            [FEED],
            "Rakovnický deník, s. r. o.",
            I_RAKOVNIK,
            None,
            ["203.0.113.33", "203.0.113.34"],
            ["203.0.113.35"],
            "Luboš Krejčí",
            "krejci@rakovnickydenik.example",
            "+420313509221",
        ),
        "from": "Luboš Krejčí <krejci@rakovnickydenik.example>",
        "subject": "RE: přístup k XML – aktualizace adres",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nposílám tabulku, kterou jsme Vám dávali už minule, doplněnou o "
            "letošní list. Adresy na listu „2021“ už nepoužíváme, platí jen list „2025“.\n\n"
            "Rakovnický deník, s. r. o., IČO "
            f"{I_RAKOVNIK}\nLuboš Krejčí, správce sítě, 313 509 221\n"
        ),
        "attachments": [
            (
                "xlsx",
                "RD_IP_adresy.xlsx",
                [
                    {
                        "title": "2021",
                        "rows": [
                            ["Typ", "IP"],
                            ["produkční", "203.0.113.3"],
                            ["testovací", "203.0.113.4"],
                        ],
                    },
                    {
                        "title": "2025",
                        "rows": [
                            ["Typ", "IP"],
                            ["produkční", "203.0.113.33"],
                            ["produkční", "203.0.113.34"],
                            ["testovací", "203.0.113.35"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "lb026-databox-freelancer-txt-filming",
        "description": "self-employed photographer's data message (type 30) with a TXT letter; "
        "filming only, trade name",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FILM],
            "Jakub Sedláček – JS Foto",
            I_SEDLACEK,
            "e4kz7qn",
            [],
            [],
            "Jakub Sedláček",
            "jakub@jsfoto.example",
            "+420721660438",
        ),
        "databox": {
            "box": "e4kz7qn",
            "sender": "Jakub Sedláček",
            "address": "Polní 12, 674 01 Třebíč",
            "type": 30,
        },
        "subject": "povolení fotografovat a natáčet",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Jakub Sedláček – JS Foto\n"
                f"IČO: {I_SEDLACEK}\nPolní 12, 674 01 Třebíč\n\n"
                "Vážení,\n\nžádám o povolení pořídit fotografie a krátký videozáznam "
                "na sběrném místě v Třebíči během zpracování výsledků (4. 10. 2025). "
                "Materiál je pro regionální zpravodajský web, se kterým spolupracuji.\n\n"
                "Kontakt: 721 660 438, jakub@jsfoto.example\n\nJakub Sedláček\n",
            )
        ],
    },
    {
        "id": "lb027-signed-mail-pdf-letter",
        "description": "S/MIME-signed mail; the PDF letter gives the data, the mail body only "
        "a greeting",
        "style": Style.PDF,
        "labels": L(
            [FEED],
            "Kladenský expres s.r.o.",
            ico("2866109"),
            None,
            ["192.0.2.170"],
            ["192.0.2.171"],
            "Vítězslav Mareš",
            "mares@kladenskyexpres.example",
            "+420312248106",
        ),
        "from": "Vítězslav Mareš <mares@kladenskyexpres.example>",
        "subject": "Žádost o přístup k XML (elektronicky podepsáno)",
        "headers": OUTLOOK,
        "smime": True,
        "body": "Dobrý den,\n\nžádost v příloze.\n\nV. Mareš\n",
        "attachments": [
            (
                "pdf",
                "KE_zadost.pdf",
                [
                    "<b>Kladenský expres s.r.o.</b>\nKarla Čapka 2, 272 01 Kladno\n"
                    f"IČO: {ico('2866109')}",
                    "Věc: žádost o přístup k výsledkům voleb (XML)",
                    "Žádáme o přístup z produkční adresy 192.0.2.170; pro ověření spojení "
                    "před volbami použijeme testovací 192.0.2.171.",
                    "Kontakt: Vítězslav Mareš, 312 248 106, mares@kladenskyexpres.example",
                ],
            )
        ],
    },
    {
        "id": "lb028-docx-quotes-office-release",
        "description": "DOCX letter quoting the office's press release with the office's IČO, "
        "box and phone; the applicant's own data in its letterhead",
        "style": Style.DOCX,
        "labels": L(
            [FEED],
            "Rádio Podještědí s.r.o.",
            ico("0486231"),
            "n2yc5ve",
            ["198.51.100.111"],
            ["198.51.100.112"],
            "Štěpán Horák",
            "horak@radiopodjestedi.example",
            "+420485109337",
        ),
        "from": "Štěpán Horák <horak@radiopodjestedi.example>",
        "subject": "Žádost – Rádio Podještědí",
        "headers": APPLE,
        "body": "Dobrý den,\nposílám žádost (DOCX).\nŠtěpán Horák\n",
        "attachments": [
            (
                "docx",
                "RP_zadost.docx",
                {
                    "header": (
                        f"Rádio Podještědí s.r.o. · IČO {ico('0486231')} · ID DS n2yc5ve · "
                        "Liberecká 8, 463 31 Chrastava"
                    ),
                    "blocks": [
                        "Český statistický úřad",
                        "Věc: žádost o přístup k XML výsledkům",
                        "Na základě Vaší tiskové zprávy ze dne 25. 8. 2025 („Média mohou "
                        "žádat o přístup k výsledkům voleb do 15. 9. Žádosti zasílejte do "
                        "datové schránky ČSÚ 2gfaasy, IČO 00025593, dotazy na tel. "
                        "274 052 733.“) žádáme o přístup pro naše servery:",
                        "produkční 198.51.100.111, testovací 198.51.100.112.",
                        "Kontaktní osoba: Štěpán Horák, technik, 485 109 337, "
                        "horak@radiopodjestedi.example",
                    ],
                },
            )
        ],
    },
]
