"""Thirty-sixth held-out part ``ae``, cases ae029–ae042: an XLSX ANO/NE form for filming only,
an English DOCX bracket form, a Slovak ODT form in a data message, an empty mail with an ODT, a
cover that adds an IPv6 test address to a DOCX form, a data message declining the feed with an
old address mentioned, a forward carrying a PDF inside an .eml, a data-message annotation that
replaces an address, spaced IČO and box ID in a signature, an English RTF with "respectively",
an annotation and a TXT that complement each other, an XLSX with combined role row headers, a
ticked PDF form and a university's forwarded request. Written by hand apart from the extraction
rules (see make_thirtysixth_ae); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtysixth_ae_common import (
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    SAMSUNG,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I29, I31, I32, I33 = ico("2690417"), ico("0834526"), ico("4720913"), ico("2805371")
I34, I35, I35B, I36 = ico("0413598"), ico("2567230"), ico("0745861"), ico("4689027")
I37, I39, I40, I41 = ico("0583214"), ico("2936741"), ico("2470385"), ico("4825019")
I42 = ico("0021622")

CASES: list[dict[str, Any]] = [
    {
        "id": "ae029-databox-xlsx-ano-ne-film-only",
        "description": "data message with an XLSX form: feed marked NE, filming ANO, the IP "
        "rows left empty; crew listed with their own phones",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FILM],
            "Jihomoravská regionální televize, s.r.o.",
            I29,
            "j4pdv6r",
            [],
            [],
            "Silvie Mrázková",
            "mrazkova@jmrtv.example",
            "+420739520614",
        ),
        "subject": "Žádost – natáčení volby 2025",
        "databox": {
            "box": "j4pdv6r",
            "sender": "Jihomoravská regionální televize, s.r.o.",
            "address": "Kotlářská 9, 602 00 Brno",
        },
        "attachments": [
            (
                "xlsx",
                "JMRTV_formular.xlsx",
                [
                    {
                        "title": "Formulář",
                        "rows": [
                            ["Žadatel", "Jihomoravská regionální televize, s.r.o."],
                            ["IČO", I29],
                            [],
                            ["Požadavek", "ANO / NE"],
                            ["Přístup k výsledkům (XML)", "NE"],
                            ["Povolení k natáčení", "ANO"],
                            [],
                            ["Produkční IP", ""],
                            ["Testovací IP", ""],
                            [],
                            ["Kontaktní osoba", "Silvie Mrázková"],
                            ["Telefon", "739 520 614"],
                            ["E-mail", "mrazkova@jmrtv.example"],
                        ],
                    },
                    {
                        "title": "Štáb",
                        "rows": [
                            ["Jméno", "Role", "Telefon"],
                            ["Silvie Mrázková", "redaktorka", "739 520 614"],
                            ["Petr Kubíček", "kameraman", "603 281 447"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ae030-english-docx-bracket-form",
        "description": "English mail from a UK agency; DOCX form with [X]/[ ] boxes, one "
        "production and one test address, UK phone, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Northbridge News Agency Ltd",
            None,
            None,
            ["192.0.2.220"],
            ["192.0.2.221"],
            "Oliver Grant",
            "o.grant@northbridge-news.example",
            "+442079460318",
        ),
        "from": "Oliver Grant <o.grant@northbridge-news.example>",
        "subject": "Access request - Czech election results XML",
        "headers": OUTLOOK,
        "body": (
            "Hello,\n\nplease see the completed form attached. Happy to provide anything "
            "else you need.\n\nKind regards,\nOliver Grant\nData Desk, Northbridge News Agency "
            "Ltd\n+44 20 7946 0318\n"
        ),
        "attachments": [
            (
                "docx",
                "Northbridge_CZSO_form.docx",
                {
                    "footer": "Northbridge News Agency Ltd, registered in England and Wales "
                    "no. 08812347, 12 Fleet Lane, London EC4M 7RB",
                    "blocks": [
                        "REQUEST FORM – MEDIA ACCESS",
                        "Applicant: Northbridge News Agency Ltd",
                        "[X] Access to the XML election results feed\n"
                        "[ ] Permission to film / record at a collection point",
                        {
                            "rows": [
                                ["Production IP", "192.0.2.220"],
                                ["Test IP", "192.0.2.221"],
                            ]
                        },
                        "Contact: Oliver Grant, +44 20 7946 0318, o.grant@northbridge-news.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "ae031-databox-odt-slovak-form",
        "description": "data message with a Slovak ODT form: a yes/no table (áno/nie), "
        "'záložný' server counted as production, a Slovak mobile",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Tatranské správy, s. r. o.",
            I31,
            "s2ymk9d",
            ["203.0.113.201", "203.0.113.202"],
            ["203.0.113.209"],
            "Marek Ďurica",
            "durica@tatranskespravy.example",
            "+421907412335",
        ),
        "subject": "Žiadosť o prístup k výsledkom volieb vo formáte XML",
        "databox": {
            "box": "s2ymk9d",
            "sender": "Tatranské správy, s. r. o., organizační složka",
            "address": "Štěpánská 18, 110 00 Praha 1",
        },
        "attachments": [
            (
                "odt",
                "ziadost_Tatranske_spravy.odt",
                [
                    f"Tatranské správy, s. r. o., IČO {I31}",
                    "Žiadosť média – voľby do Poslaneckej snemovne 2025",
                    [
                        ["Žiadame o", "áno", "nie"],
                        ["prístup k výsledkom vo formáte XML", "✓", ""],
                        ["povolenie nakrúcať na zbernom mieste", "", "✓"],
                    ],
                    [
                        ["Server", "IP adresa"],
                        ["produkčný", "203.0.113.201"],
                        ["záložný", "203.0.113.202"],
                        ["testovací", "203.0.113.209"],
                    ],
                    "Kontaktná osoba: Marek Ďurica, +421 907 412 335, "
                    "durica@tatranskespravy.example",
                ],
            )
        ],
    },
    {
        "id": "ae032-empty-body-odt-table",
        "description": "mail with no text at all and a one-word subject; ODT letter with a "
        "role table and the IČO in the closing line",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Chebský kurýr s.r.o.",
            I32,
            None,
            ["198.51.100.221"],
            ["198.51.100.222", "198.51.100.223"],
            "Igor Tóth",
            "toth@chebskykuryr.example",
            "+420354600227",
        ),
        "from": "Igor Tóth <toth@chebskykuryr.example>",
        "subject": "zadost",
        "headers": TBIRD,
        "body": "",
        "attachments": [
            (
                "odt",
                "zadost_CSU.odt",
                [
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    [
                        ["Role", "IP adresa"],
                        ["produkční", "198.51.100.221"],
                        ["testovací", "198.51.100.222"],
                        ["testovací (notebook redakce)", "198.51.100.223"],
                    ],
                    "Kontakt: Igor Tóth, 354 600 227, toth@chebskykuryr.example",
                    f"Chebský kurýr s.r.o., Kamenná 6, 350 02 Cheb, IČO {I32}",
                ],
            )
        ],
    },
    {
        "id": "ae033-cover-adds-ipv6-test",
        "description": "the cover note adds an IPv6 test address forgotten in the attached "
        "DOCX form, which left the test row empty",
        "style": Style.COVER_CHANGE,
        "labels": L(
            [FEED],
            "Ústecký večerník a.s.",
            I33,
            None,
            ["203.0.113.55"],
            ["2001:db8:33::5"],
            "Tadeáš Klíma",
            "klima@usteckyvecernik.example",
            "+420475333018",
        ),
        "from": "Tadeáš Klíma <klima@usteckyvecernik.example>",
        "subject": "Žádost o XML – Ústecký večerník",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\nv příloze formulář. Do formuláře jsem zapomněl doplnit testovací "
            "adresu, je to 2001:db8:33::5 (IPv6).\n\nDíky\nTadeáš Klíma\n475 333 018\n"
        ),
        "attachments": [
            (
                "docx",
                "formular_UV.docx",
                {
                    "blocks": [
                        f"Žadatel: Ústecký večerník a.s., IČO {I33}",
                        "☒ přístup k XML   ☐ natáčení",
                        {
                            "rows": [
                                ["produkční IP", "203.0.113.55"],
                                ["testovací IP", ""],
                                ["kontakt", "Tadeáš Klíma, klima@usteckyvecernik.example"],
                            ]
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "ae034-databox-film-only-old-feed-ip",
        "description": "data message: filming only; the PDF letter mentions the feed access "
        "the applicant already has (with its address), which this request does not concern",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FILM],
            "Polabská televize a.s.",
            I34,
            "w9eth3k",
            [],
            [],
            "Radka Nečasová",
            "necasova@polabskatv.example",
            "+420466200913",
        ),
        "subject": "Povolení k natáčení – žádost v příloze. O přístup k XML nežádáme.",
        "databox": {
            "box": "w9eth3k",
            "sender": "Polabská televize a.s.",
            "address": "Sladkovského 2, 530 02 Pardubice",
        },
        "attachments": [
            (
                "pdf",
                "PTV_nataceni.pdf",
                [
                    f"Polabská televize a.s., Sladkovského 2, Pardubice, IČO {I34}",
                    "Věc: žádost o povolení k natáčení",
                    "Žádáme o povolení natáčet na sběrném místě v Pardubicích dne 4. 10. 2025. "
                    "Přístup k XML výsledkům máme zřízen z minulých voleb (IP 192.0.2.15, "
                    "ev. č. 2021/0388), tato žádost se ho netýká.",
                    "Kontakt: Radka Nečasová, dramaturgyně, 466 200 913, "
                    "necasova@polabskatv.example",
                ],
            )
        ],
    },
    {
        "id": "ae035-forward-eml-with-pdf-contractor",
        "description": "the medium forwards its IT contractor's mail (attached .eml carrying "
        "the PDF); two IČOs, the medium's is the applicant's, the contractor's tech is contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Hanácký večerník s.r.o.",
            I35,
            None,
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.250"],
            "Radim Kos",
            "kos@websoft-ol.example",
            "+420731002846",
        ),
        "from": "Hanácký večerník – redakce <redakce@hanackyvecernik.example>",
        "subject": "Fwd: podklady pro ČSÚ",
        "headers": SAMSUNG,
        "body": (
            "Dobrý den, přeposílám podklady od našeho dodavatele webu. Žadatelem jsme my, "
            "Hanácký večerník. Díky, redakce\n"
        ),
        "attachments": [
            (
                "eml",
                "podklady pro CSU.eml",
                {
                    "id": "ae035-inner",
                    "from": "Radim Kos <kos@websoft-ol.example>",
                    "to": "redakce@hanackyvecernik.example",
                    "subject": "podklady pro ČSÚ",
                    "headers": OUTLOOK,
                    "body": (
                        "Dobrý den,\nposílám vyplněnou žádost v PDF, stačí ji přeposlat na "
                        "ČSÚ.\nRadim Kos\nWebSoft Olomouc s.r.o.\n"
                    ),
                    "attachments": [
                        (
                            "pdf",
                            "zadost_HV.pdf",
                            [
                                f"Žadatel: Hanácký večerník s.r.o., IČO {I35}",
                                "Technickou realizaci zajišťuje WebSoft Olomouc s.r.o., "
                                f"IČO {I35B}.",
                                "Produkční IP: 198.51.100.240, 198.51.100.241\n"
                                "Testovací IP: 198.51.100.250",
                                "Kontaktní osoba: Radim Kos (WebSoft), 731 002 846, "
                                "kos@websoft-ol.example",
                            ],
                        )
                    ],
                },
            )
        ],
    },
    {
        "id": "ae036-databox-annotation-replaces-address",
        "description": "data message: the annotation says one production address of the "
        "attached PDF no longer applies and gives its replacement",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Vysočina Online, z.ú.",
            I36,
            "v5nrb8q",
            ["203.0.113.89", "203.0.113.90"],
            ["203.0.113.95"],
            "Kamila Dušková",
            "duskova@vysocinaonline.example",
            "+420567118450",
        ),
        "subject": "Žádost o přístup (XML) v příloze. Pozn.: adresa 203.0.113.88 z přílohy "
        "již neplatí, nahrazuje ji 203.0.113.89.",
        "databox": {
            "box": "v5nrb8q",
            "sender": "Vysočina Online, z.ú.",
            "address": "Znojemská 30, 586 01 Jihlava",
        },
        "attachments": [
            (
                "pdf",
                "VO_zadost.pdf",
                [
                    f"Vysočina Online, z.ú., IČO {I36}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Produkce", "203.0.113.88\n203.0.113.90"],
                            ["Test", "203.0.113.95"],
                        ],
                        "widths": [100, 160],
                    },
                    "Kontaktní osoba: Kamila Dušková, 567 118 450, duskova@vysocinaonline.example",
                ],
            )
        ],
    },
    {
        "id": "ae037-pdf-spaced-ico-box-in-signature",
        "description": "short Gmail cover with a signature giving the data-box ID; PDF letter "
        "with the IČO in pairs of digits and a bank account and postcode nearby",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED, FILM],
            "Rádio Beskydy, s.r.o.",
            I37,
            "c6ufp2w",
            ["192.0.2.130"],
            ["192.0.2.131"],
            "Lukáš Polášek",
            "polasek@radiobeskydy.example",
            "+420558622107",
        ),
        "from": "Lukáš Polášek <polasek@radiobeskydy.example>",
        "subject": "Žádost – přístup k XML a nahrávání",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\nv příloze žádost o přístup k výsledkům a o povolení nahrávat na "
            "sběrném místě ve Frýdku-Místku.\n\n"
            "--\nLukáš Polášek\nRádio Beskydy, s.r.o.\nT: 558 622 107\n"
            "ID datové schránky: c6ufp2w\n"
        ),
        "attachments": [
            (
                "pdf",
                "RB_zadost.pdf",
                [
                    "Rádio Beskydy, s.r.o.\nTř. T. G. Masaryka 612, 738 01 Frýdek-Místek\n"
                    f"IČO: {I37[:2]} {I37[2:4]} {I37[4:6]} {I37[6:]}\n"
                    "č. ú.: 1188223301/0800",
                    "Žádáme o:\n– přístup k výsledkům voleb ve formátu XML (produkční IP "
                    "192.0.2.130, testovací IP 192.0.2.131),\n– povolení k pořizování "
                    "zvukového záznamu na sběrném místě ve Frýdku-Místku.",
                    "Kontaktní osoba: Lukáš Polášek, tel. 558 622 107, "
                    "polasek@radiobeskydy.example",
                ],
            )
        ],
    },
    {
        "id": "ae038-english-rtf-respectively",
        "description": "English RTF from an Austrian publisher: production and test given "
        "by 'respectively'; Austrian phone, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Alpenblick Medien GmbH",
            None,
            None,
            ["198.51.100.180"],
            ["198.51.100.181"],
            "Florian Gruber",
            "gruber@alpenblick.example",
            "+436641238870",
        ),
        "from": "Florian Gruber <gruber@alpenblick.example>",
        "subject": "Election results XML - application Alpenblick Medien",
        "headers": TBIRD,
        "body": "Dear colleagues,\nattached is our application (RTF).\nBest, Florian Gruber\n",
        "attachments": [
            (
                "rtf",
                "Alpenblick_application.rtf",
                [
                    "Alpenblick Medien GmbH, Maria-Theresien-Straße 18, 6020 Innsbruck, "
                    "Austria (FN 412776 k)",
                    "Application for access to the Czech election results in XML",
                    "Our production and test servers are 198.51.100.180 and 198.51.100.181, "
                    "respectively. We do not need a filming permit.",
                    "Contact: Florian Gruber, +43 664 1238870, gruber@alpenblick.example",
                ],
            )
        ],
    },
    {
        "id": "ae039-databox-annotation-and-txt-complement",
        "description": "data message: the annotation gives the request and the contact, the "
        "TXT only the addresses; both together make the application",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Kladenský týden s.r.o.",
            I39,
            "k2ajw7t",
            ["192.0.2.151", "192.0.2.152"],
            ["192.0.2.159"],
            "Ilona Vránová",
            "vranova@kladenskytyden.example",
            "+420312245670",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb, IP adresy v příloze. Kontakt: "
        "Ilona Vránová, 312 245 670, vranova@kladenskytyden.example",
        "databox": {
            "box": "k2ajw7t",
            "sender": "Kladenský týden s.r.o.",
            "address": "Huťská 1, 272 01 Kladno",
        },
        "attachments": [
            (
                "txt",
                "ip_adresy.txt",
                f"Kladenský týden s.r.o. (IČO {I39})\n\n"
                "PROD  192.0.2.151\nPROD  192.0.2.152\nTEST  192.0.2.159\n",
            )
        ],
    },
    {
        "id": "ae040-xlsx-combined-role-row-headers",
        "description": "XLSX transposed: row headers 'Produkce + záloha' and 'Test / vývoj' "
        "with addresses across columns, a netmask column that is informational",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Plzeňský zpravodajský server s.r.o.",
            I40,
            None,
            ["192.0.2.200", "192.0.2.201"],
            ["192.0.2.210"],
            "Vojtěch Kraus",
            "kraus@pzs.example",
            "+420377110482",
        ),
        "from": "Vojtěch Kraus <kraus@pzs.example>",
        "subject": "PZS – IP adresy pro XML výsledky",
        "headers": IPHONE,
        "body": (
            "Dobrý den, za Plzeňský zpravodajský server s.r.o. žádáme o přístup k výsledkům "
            "voleb v XML, adresy v tabulce.\nVojtěch Kraus, 377 110 482\n"
        ),
        "attachments": [
            (
                "xlsx",
                "PZS_adresy.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Plzeňský zpravodajský server s.r.o.", None, None, f"IČ {I40}"],
                            ["", "Adresa 1", "Adresa 2", "Maska"],
                            ["Produkce + záloha", "192.0.2.200", "192.0.2.201", "255.255.255.255"],
                            ["Test / vývoj", "192.0.2.210", "", "255.255.255.255"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "ae041-databox-pdf-both-ticked",
        "description": "data message with a PDF form with both boxes ticked (☒) and "
        "'---' in the test row; a TV's data box, contact with a direct line before reception",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED, FILM],
            "Televize Západ a.s.",
            I41,
            "g3zvs6e",
            ["203.0.113.17"],
            [],
            "Miloš Fiala",
            "fiala@tvzapad.example",
            "+420352604331",
        ),
        "subject": "Formulář – žádost média (XML + natáčení)",
        "databox": {
            "box": "g3zvs6e",
            "sender": "Televize Západ a.s.",
            "address": "Lidická 22, 360 01 Karlovy Vary",
        },
        "attachments": [
            (
                "pdf",
                "TVZ_formular.pdf",
                [
                    f"Žadatel: Televize Západ a.s. – IČO {I41}",
                    "☒ přístup k výsledkům voleb ve formátu XML\n"
                    "☒ povolení k pořizování záznamu na sběrném místě",
                    {
                        "rows": [
                            ["Produkční IP", "203.0.113.17"],
                            ["Testovací IP", "---"],
                        ],
                        "widths": [120, 160],
                    },
                    "Kontaktní osoba: Miloš Fiala, přímá linka 352 604 331, "
                    "recepce 352 604 300, fiala@tvzapad.example",
                ],
            )
        ],
    },
    {
        "id": "ae042-university-forwarded-eml-docx",
        "description": "a faculty's student media forwarded by the faculty secretary as .eml "
        "with a DOCX; the applicant is the university, the student editor is the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Univerzita Jana Amose Komenského v Lhoticích",
            I42,
            None,
            ["198.51.100.5", "198.51.100.6"],
            [],
            "Adéla Šindelářová",
            "sindelarova@stud.ujak-lhotice.example",
            "+420736110495",
        ),
        "from": "Sekretariát FSV <sekretariat.fsv@ujak-lhotice.example>",
        "subject": "FW: Žádost studentského rádia – volby",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "jménem Fakulty sociálních věd Univerzity Jana Amose Komenského v Lhoticích "
            f"(IČO {I42}) přeposílám žádost našeho studentského rádia. Fakulta žádost "
            "podporuje; kontaktní osobou je studentka uvedená v žádosti.\n\n"
            "S pozdravem\nMarie Kubelková\nsekretariát děkana\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost studentskeho radia.eml",
                {
                    "id": "ae042-inner",
                    "from": "Adéla Šindelářová <sindelarova@stud.ujak-lhotice.example>",
                    "to": "sekretariat.fsv@ujak-lhotice.example",
                    "subject": "Žádost studentského rádia – volby",
                    "headers": IPHONE,
                    "body": "Dobrý den, posílám žádost k přeposlání na ČSÚ. Děkuji, Adéla\n",
                    "attachments": [
                        (
                            "docx",
                            "Radio_FSV_zadost.docx",
                            {
                                "blocks": [
                                    "Studentské Rádio FSV – žádost",
                                    "Žádáme o přístup k výsledkům voleb ve formátu XML "
                                    "(servery 198.51.100.5 a 198.51.100.6, oba produkční; "
                                    "zvlášť testovat nebudeme) a o povolení natáčet na "
                                    "sběrném místě v noci ze 4. na 5. října.",
                                    "Kontakt: Adéla Šindelářová, 736 110 495, "
                                    "sindelarova@stud.ujak-lhotice.example",
                                ]
                            },
                        )
                    ],
                },
            )
        ],
    },
]
