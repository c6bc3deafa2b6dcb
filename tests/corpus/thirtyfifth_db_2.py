"""Thirty-fifth held-out part ``db``, cases db015–db028: data messages with an XLSX, a company
extract or a letter addressed to the office, a PDF table whose cells wrap, a forwarded .eml whose
cover changes the contact, a DOCX with the IČO and box ID only in its footer, HTML forms with
ballot-box characters, ODT and RTF forms with declined requests, two copies of one application, an
English "respectively" and a reply that forwards the office's own answer. Written by hand apart
from the extraction rules (see make_thirtyfifth_db); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyfifth_db_common import (
    EVOLUTION,
    FEED,
    FILM,
    OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I15, I16, I17, I18 = ico("0274519"), ico("2968301"), ico("4471826"), ico("2603948")
I19, I20, I21, I22 = ico("2791564"), ico("0839172"), ico("0052731"), ico("6329104")
I23, I24, I27, I28 = ico("2540187"), ico("2715693"), ico("0719358"), ico("2886142")

CASES: list[dict[str, Any]] = [
    {
        "id": "db015-databox-xlsx-row-headers-ipv6",
        "description": "data message, annotation only points to the file; XLSX with labels in "
        "column A and values in B, an IPv6 production address written in full",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Univerzita Jana Ámose Komenského v Bohdanči",
            I15,
            "r2wd9kx",
            ["2001:db8:4a1::15", "198.51.100.115"],
            ["2001:db8:4a1::99"],
            "Filip Oulehla",
            "oulehla@ujak-bohdanec.example",
            "+420466799310",
        ),
        "subject": "Žádost o přístup k volebnímu serveru – údaje v příloze (xlsx)",
        "databox": {
            "box": "r2wd9kx",
            "sender": "Univerzita Jana Ámose Komenského v Bohdanči",
            "address": "Lázeňská 12, 533 41 Lázně Bohdaneč",
            "type": 10,
        },
        "attachments": [
            (
                "xlsx",
                "volebni_server_FSV.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Univerzita Jana Ámose Komenského v Bohdanči"],
                            ["Součást", "Fakulta sociálních věd – studentská redakce"],
                            ["IČO", I15],
                            ["Produkční IPv6", "2001:0db8:04a1:0000:0000:0000:0000:0015"],
                            ["Produkční IPv4", "198.51.100.115"],
                            ["Testovací IPv6", "2001:db8:4a1::99"],
                            ["Kontaktní osoba", "Mgr. Filip Oulehla, Ph.D."],
                            ["E-mail", "oulehla@ujak-bohdanec.example"],
                            ["Telefon", "00420 466 799 310"],
                            ["Natáčení", "ne"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "db016-pdf-wrapped-cells-no-test",
        "description": "Seznam cover; PDF table with narrow columns so the role label and the two "
        "addresses wrap; the test cell says it is not wanted",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Hanácký hlas, spolek",
            I16,
            None,
            ["198.51.100.30", "198.51.100.31"],
            [],
            "Bohumil Zapletal",
            "hanackyhlas@seznam-posta.example",
            "+420585224671",
        ),
        "from": "Hanácký hlas <hanackyhlas@seznam-posta.example>",
        "subject": "zadost o pristup",
        "headers": SEZNAM,
        "body": (
            "Dobrý den, posíláme žádost v PDF.\nZa spolek Bohumil Zapletal, předseda\n"
            "tel. 585 224 671\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost.pdf",
                [
                    f"Hanácký hlas, spolek, Horní náměstí 5, 779 00 Olomouc, IČ {I16}",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML pro náš zpravodajský web.",
                    {
                        "rows": [
                            ["Produkční servery (hlavní a záložní)", "Testovací server"],
                            ["198.51.100.30, 198.51.100.31", "nepožadujeme"],
                        ],
                        "widths": [95, 85],
                    },
                    "Kontaktní osoba: Bohumil Zapletal, předseda spolku",
                ],
            )
        ],
    },
    {
        "id": "db017-forward-eml-cover-changes-contact",
        "description": "Zimbra forward; the cover says a colleague replaces the contact named in "
        "the attached original .eml",
        "style": Style.FORWARDED_EML,
        "labels": L(
            [FEED],
            "Plzeňský kurýr a.s.",
            I17,
            None,
            ["203.0.113.170"],
            ["203.0.113.171"],
            "Tomáš Bureš",
            "bures@plzenskykuryr.example",
            "+420377410922",
        ),
        "from": "Renata Fialová <fialova@plzenskykuryr.example>",
        "subject": "Fwd: Žádost o přístup k XML – Plzeňský kurýr",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\nv srpnu jsem vám posílala žádost (v příloze původní e-mail), "
            "ale zřejmě nedošla. Posílám ji znovu. Jediná změna: kontaktní osobou už "
            "nejsem já, ale kolega Tomáš Bureš, bures@plzenskykuryr.example, "
            "mob. 377 410 922. Adresy platí.\n\n"
            "Renata Fialová\nPlzeňský kurýr a.s.\n"
        ),
        "attachments": [
            (
                "eml",
                "Žádost o přístup k XML.eml",
                {
                    "id": "db017-inner",
                    "from": "Renata Fialová <fialova@plzenskykuryr.example>",
                    "to": "podatelna@czso.cz",
                    "subject": "Žádost o přístup k XML – Plzeňský kurýr",
                    "headers": ZIMBRA,
                    "body": (
                        "Dobrý den,\n\n"
                        f"Plzeňský kurýr a.s., IČO {I17}, žádá o přístup k XML výsledkům "
                        "voleb.\n\nprodukce: 203.0.113.170\ntest: 203.0.113.171\n\n"
                        "Kontakt: Renata Fialová, 377 410 905\n\nS pozdravem\nRenata Fialová\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "db018-docx-footer-ico-box",
        "description": "short cover; the DOCX letter gives IČO and the applicant's box ID only in "
        "its footer, both requests in a nested table",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED, FILM],
            "Frýdecký zpravodaj s.r.o.",
            I18,
            "4m8xs2b",
            ["192.0.2.221"],
            ["192.0.2.222"],
            "Iveta Bílková",
            "bilkova@fmzpravodaj.example",
            "+420558731450",
        ),
        "from": "Iveta Bílková <bilkova@fmzpravodaj.example>",
        "subject": "Žádost – volby 2025",
        "headers": TBIRD,
        "body": "Dobrý den, žádost v příloze. Bílková\n",
        "attachments": [
            (
                "docx",
                "zadost_FZ_2025.docx",
                {
                    "header": "Frýdecký zpravodaj s.r.o.",
                    "footer": f"Frýdecký zpravodaj s.r.o. | IČ: {I18[:3]} {I18[3:5]} {I18[5:]} | "
                    "ID datové schránky: 4m8xs2b | Radniční 8, 738 01 Frýdek-Místek",
                    "blocks": [
                        "Věc: žádost o přístup k výsledkům voleb a o povolení natáčení",
                        "Prosíme o vyřízení obou níže uvedených požadavků.",
                        {
                            "rows": [
                                ["Požadavek", "Údaje"],
                                ["Přístup k XML", ""],
                                [
                                    "Natáčení",
                                    "sběrné místo Frýdek-Místek, 4. 10. 2025, "
                                    "fotograf Lubomír Šnapka",
                                ],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkční", "192.0.2.221"],
                                        ["testovací", "192.0.2.222"],
                                    ]
                                }
                            },
                        },
                        "Kontaktní osoba: Iveta Bílková, 558 731 450, bilkova@fmzpravodaj.example",
                        "Mgr. Aleš Rusek, jednatel",
                    ],
                },
            )
        ],
    },
    {
        "id": "db019-databox-annotation-abbreviations-extract",
        "description": "data message with the application in the annotation (prod., záloha, TST); "
        "the file is a commercial register extract",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "MEDIAN NEWS, s.r.o.",
            I19,
            "x7pk3cq",
            ["203.0.113.51", "203.0.113.52"],
            ["203.0.113.59"],
            "Jan Pospíšil",
            "pospisil@mediannews.example",
            "+420733905118",
        ),
        "subject": (
            "XML výsledky voleb: prod. 203.0.113.51, záloha 203.0.113.52, TST 203.0.113.59; "
            "kontakt J. Pospíšil, pospisil@mediannews.example, 733 905 118. Výpis z OR přikládáme."
        ),
        "databox": {
            "box": "x7pk3cq",
            "sender": "MEDIAN NEWS, s.r.o.",
            "address": "Vinohradská 2396/184, 130 00 Praha 3",
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR_MEDIAN_NEWS.pdf",
                [
                    "Výpis z obchodního rejstříku, vedeného Městským soudem v Praze, oddíl C, "
                    "vložka 188204",
                    {
                        "rows": [
                            ["Datum vzniku a zápisu:", "3. června 2009"],
                            ["Obchodní firma:", "MEDIAN NEWS, s.r.o."],
                            ["Sídlo:", "Vinohradská 2396/184, Vinohrady, 130 00 Praha 3"],
                            ["Identifikační číslo:", f"{I19[:3]} {I19[3:5]} {I19[5:]}"],
                            ["Jednatel:", "Jan Pospíšil, dat. nar. 21. 6. 1979"],
                            ["Základní kapitál:", "200 000,- Kč"],
                        ],
                        "widths": [150, 280],
                    },
                ],
            )
        ],
    },
    {
        "id": "db020-outlook-html-ballot-boxes",
        "description": "HTML-only Outlook mail with ☑/☐ characters (both ticked) and a role "
        "column table",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Rádio Blaník Východ s.r.o.",
            I20,
            None,
            ["198.51.100.90"],
            ["198.51.100.91"],
            "Hana Klímová",
            "klimova@blanikvychod.example",
            "+420491620734",
        ),
        "from": "Klímová Hana <klimova@blanikvychod.example>",
        "subject": "Žádost o přístup a natáčení – Rádio Blaník Východ",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta charset="utf-8"></head><body lang="CS">'
            '<p class="MsoNormal">Dobrý den,</p>'
            f'<p class="MsoNormal">Rádio Blaník Východ s.r.o., IČO {I20}, žádá:</p>'
            '<p class="MsoNormal">&#9745; o přístup k serveru s výsledky voleb (XML)<br>'
            "&#9745; o povolení natáčení ve sběrném místě Náchod</p>"
            '<table border="1" cellpadding="4"><tr><th>Role</th><th>Adresa</th></tr>'
            "<tr><td>produkční</td><td>198.51.100.90</td></tr>"
            "<tr><td>testovací</td><td>198.51.100.91</td></tr></table>"
            '<p class="MsoNormal">&#9744; o zaslání tiskové zprávy (to prosím ignorujte, '
            "zůstalo z šablony)</p>"
            '<p class="MsoNormal">Kontakt: Hana Klímová, 491 620 734</p>'
            '<p class="MsoNormal">S pozdravem<br>Hana Klímová<br>vedoucí zpravodajství</p>'
            "</body></html>"
        ),
    },
    {
        "id": "db021-odt-form-declined-film-other-contact",
        "description": "Evolution cover from an assistant; ODT form says filming is not "
        "requested and names a different contact",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Český rozhlas Region, o. s. z.",
            I21,
            None,
            ["192.0.2.30", "192.0.2.31", "192.0.2.32"],
            ["192.0.2.39"],
            "Michal Chalupa",
            "michal.chalupa@crregion.example",
            "+420602440871",
        ),
        "from": "Andrea Vacková <vackova@crregion.example>",
        "subject": "Formulář ČSÚ – XML",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\nposílám za kolegu Chalupu vyplněný formulář.\n\n"
            "Andrea Vacková\nasistentka\n"
        ),
        "attachments": [
            (
                "odt",
                "formular_CSU.odt",
                [
                    "Žadatel: Český rozhlas Region, o. s. z.",
                    f"IČO: {I21}",
                    "a) přístup k výsledkům ve formátu XML – ŽÁDÁME",
                    "b) povolení pořizovat záznam na sběrném místě – NEŽÁDÁME",
                    [
                        ["Produkční IP", "192.0.2.30\n192.0.2.31\n192.0.2.32"],
                        ["Testovací IP", "192.0.2.39"],
                        [
                            "Kontakt",
                            "Michal Chalupa, michal.chalupa@crregion.example, +420 602 440 871",
                        ],
                    ],
                ],
            )
        ],
    },
    {
        "id": "db022-databox-pdf-letter-addressed-to-office",
        "description": "data message; the PDF letter's address block prints the office's IČO and "
        "box, the applicant's IČO is written 'IČ:' in the letterhead; filming only",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FILM],
            "Deník Pootaví, s.r.o.",
            I22,
            "f6ub3ny",
            [],
            [],
            "Lenka Šedivá",
            "sediva@pootavi.example",
            "+420376512098",
        ),
        "subject": "Povolení k pořizování záznamu",
        "databox": {
            "box": "f6ub3ny",
            "sender": "Deník Pootaví, s.r.o.",
            "address": "Náměstí 12, 341 01 Horažďovice",
        },
        "attachments": [
            (
                "pdf",
                "povoleni_zaznam_Pootavi.pdf",
                [
                    f"Deník Pootaví, s.r.o. | Náměstí 12, 341 01 Horažďovice | IČ: {I22}",
                    "Adresát:\nČeský statistický úřad\nIČO 00025593, ID DS 2gfaasy\n"
                    "Na padesátém 81, 100 82 Praha 10",
                    "Žádost o povolení pořizování zvukového a obrazového záznamu",
                    "Žádáme o povolení, aby naše redaktorka Lenka Šedivá a fotograf Vít Kubeš "
                    "mohli pořizovat záznam ve sběrném místě Klatovy dne 4. 10. 2025 od "
                    "14:00. Přístup k datům ve formátu XML nepotřebujeme.",
                    "Kontakt: Lenka Šedivá, tel. 376 512 098, sediva@pootavi.example",
                    "Ing. Karel Marek, jednatel",
                ],
            )
        ],
    },
    {
        "id": "db023-rtf-ano-ne-both",
        "description": "base64 Evolution cover; RTF form with an ANO/NE table (both ANO) and row "
        "headers for the addresses",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Brněnský metropolitní magazín, s. r. o.",
            I23,
            None,
            ["203.0.113.200", "203.0.113.201"],
            ["203.0.113.205"],
            "Robert Sedláček",
            "sedlacek@bmm.example",
            "+420541227398",
        ),
        "from": "Robert Sedláček <sedlacek@bmm.example>",
        "subject": "Žádost o přístup k výsledkům + natáčení",
        "headers": EVOLUTION,
        "cte": "base64",
        "body": "Dobrý den,\n\nžádost v příloze (RTF).\n\nR. Sedláček\n",
        "attachments": [
            (
                "rtf",
                "zadost_BMM.rtf",
                [
                    "Brněnský metropolitní magazín, s. r. o.",
                    f"IČO {I23}, Cejl 23, 602 00 Brno",
                    [
                        ["Typ žádosti", "ANO", "NE"],
                        ["přístup k XML", "X", ""],
                        ["natáčení ve sběrném místě", "X", ""],
                    ],
                    [
                        ["IP produkční 1", "203.0.113.200"],
                        ["IP produkční 2", "203.0.113.201"],
                        ["IP testovací", "203.0.113.205"],
                    ],
                    "Kontaktní osoba: Robert Sedláček, tel.: 541 227 398, sedlacek@bmm.example",
                ],
            )
        ],
    },
    {
        "id": "db024-pdf-and-docx-copies",
        "description": "one application attached twice (signed PDF and editable DOCX) with the "
        "same content; the DOCX keeps the template's example address in a hint line",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Nové Zlínsko, z. ú.",
            I24,
            None,
            ["192.0.2.180"],
            [],
            "Adam Štěpánek",
            "stepanek@novezlinsko.example",
            "+420739220416",
        ),
        "from": "Adam Štěpánek <stepanek@novezlinsko.example>",
        "subject": "Žádost o přístup k XML – Nové Zlínsko",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\nposílám žádost jako podepsané PDF, DOCX přikládám jen pro vaše "
            "pohodlí, obsah je stejný.\n\nAdam Štěpánek\nNové Zlínsko, z. ú.\n"
            "739 220 416\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_podepsana.pdf",
                [
                    f"Nové Zlínsko, z. ú., IČO {I24}",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML z adresy "
                    "192.0.2.180. Testovací adresu nepotřebujeme.",
                    "Kontakt: Adam Štěpánek, 739 220 416, stepanek@novezlinsko.example",
                    "/podpis/ Adam Štěpánek, ředitel",
                ],
            ),
            (
                "docx",
                "zadost_editovatelna.docx",
                {
                    "blocks": [
                        f"Nové Zlínsko, z. ú., IČO {I24}",
                        "(Vyplňte IP adresu ve tvaru např. 192.0.2.1)",
                        "Žádáme o přístup k výsledkům voleb ve formátu XML z adresy "
                        "192.0.2.180. Testovací adresu nepotřebujeme.",
                        "Kontakt: Adam Štěpánek, 739 220 416, stepanek@novezlinsko.example",
                    ]
                },
            ),
        ],
    },
    {
        "id": "db025-english-respectively-xlsx-crew",
        "description": "English mail from a Polish broadcaster: addresses given with "
        "'respectively', the XLSX lists the film crew; no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Radio Śląsk Plus sp. z o.o.",
            None,
            None,
            ["203.0.113.90"],
            ["203.0.113.91"],
            "Katarzyna Wójcik",
            "k.wojcik@radioslaskplus.example",
            "+48601447289",
        ),
        "from": "Katarzyna Wójcik <k.wojcik@radioslaskplus.example>",
        "subject": "Election night – XML access and filming permission",
        "headers": TBIRD,
        "body": (
            "Hello,\n\nRadio Śląsk Plus sp. z o.o. (Katowice, KRS 0000418255) would like to "
            "ask for two things for the Czech parliamentary election:\n\n"
            "- access to the XML results; our production and test servers are "
            "203.0.113.90 and 203.0.113.91 respectively,\n"
            "- permission for our crew to film at the collection point in Ostrava; the crew "
            "is listed in the attached spreadsheet.\n\n"
            "I am the contact for both: Katarzyna Wójcik, +48 601 447 289.\n\n"
            "Kind regards,\nKatarzyna Wójcik\nforeign desk\n"
        ),
        "attachments": [
            (
                "xlsx",
                "crew_Ostrava.xlsx",
                [
                    {
                        "title": "Crew",
                        "rows": [
                            ["Name", "Role", "Passport", "Mobile"],
                            ["Tomasz Zieliński", "reporter", "EK1234xxx", "+48 602 118 340"],
                            ["Piotr Mazur", "camera", "EM5521xxx", "+48 607 990 215"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "db026-databox-annotation-film-authorisation-docx",
        "description": "data message with a filming request in the annotation; the DOCX file is "
        "only the crew's authorisation",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FILM],
            "Ostravské noviny a.s.",
            None,
            "b9wr6jm",
            [],
            [],
            "Hana Vybíralová",
            None,
            "+420731220418",
        ),
        "subject": (
            "Žádáme o povolení natáčení ve sběrném místě Ostrava 3.–4. 10. 2025, štáb dle "
            "pověření v příloze. XML nechceme. Kontakt: Hana Vybíralová, 731 220 418."
        ),
        "databox": {
            "box": "b9wr6jm",
            "sender": "Ostravské noviny a.s.",
            "address": "Nádražní 2994/120, 702 00 Ostrava",
        },
        "attachments": [
            (
                "docx",
                "povereni_stab.docx",
                {
                    "blocks": [
                        "POVĚŘENÍ",
                        "Ostravské noviny a.s. pověřují níže uvedené osoby pořizováním "
                        "obrazového a zvukového záznamu ve sběrném místě ČSÚ v Ostravě:",
                        {
                            "rows": [
                                ["Jméno", "Funkce"],
                                ["Hana Vybíralová", "redaktorka"],
                                ["Ludvík Chovanec", "kameraman"],
                            ]
                        },
                        "V Ostravě 15. 9. 2025, Ing. Roman Hruška, člen představenstva",
                    ]
                },
            )
        ],
    },
    {
        "id": "db027-flowed-cover-pdf-bracket-form-signature-box",
        "description": "format=flowed cover with a signature block giving IČO and the box ID; "
        "PDF form with [X]/[ ] brackets (feed only)",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED],
            "Jizerské listy s.r.o.",
            I27,
            "t3ka8vn",
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.245"],
            "Pavel Hrubý",
            "hruby@jizerskelisty.example",
            "+420483300715",
        ),
        "from": "Pavel Hrubý <hruby@jizerskelisty.example>",
        "subject": "Žádost o přístup k výsledkům voleb (formulář)",
        "headers": TBIRD,
        "flowed": True,
        "delsp": True,
        "body": (
            "Dobrý den,\n\nv příloze vám posílám vyplněný formulář žádosti o přístup "
            "k výsledkům voleb. Pokud by bylo potřeba něco doplnit, jsem k dispozici "
            "na telefonu níže.\n\n"
            "S pozdravem\n\n-- \nPavel Hrubý\nvedoucí online redakce\nJizerské listy s.r.o.\n"
            f"IČO: {I27} | DIČ: CZ{I27}\nDatová schránka: t3ka8vn\n"
            "Tel.: +420 483 300 715 | www.jizerskelisty.example\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular_zadost.pdf",
                [
                    "Žádost o přístup – volby do Poslanecké sněmovny 2025",
                    "[X] Přístup k výsledkům ve formátu XML\n"
                    "[ ] Povolení pořizovat záznam na sběrném místě",
                    {
                        "rows": [
                            ["Produkční adresy", "198.51.100.240\n198.51.100.241"],
                            ["Testovací adresa", "198.51.100.245"],
                        ],
                        "widths": [140, 160],
                    },
                    "Kontaktní osoba: Pavel Hrubý",
                ],
            )
        ],
    },
    {
        "id": "db028-reply-forwarding-office-answer",
        "description": "the applicant attaches the office's own reply (.eml with the office's "
        "phone and IČO) and gives the missing test address above it",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Kladenský večerník s.r.o.",
            I28,
            None,
            ["192.0.2.110"],
            ["192.0.2.111"],
            "Ivo Jelínek",
            "jelinek@kladenskyvecernik.example",
            "+420312604872",
        ),
        "from": "Ivo Jelínek <jelinek@kladenskyvecernik.example>",
        "subject": "Re: Doplnění žádosti o přístup – Kladenský večerník",
        "headers": OUTLOOK,
        "cte": "qp",
        "body": (
            "Dobrý den,\n\ndoplňuji dle vašeho e-mailu (přikládám jej): testovací adresa "
            "je 192.0.2.111. Produkční zůstává 192.0.2.110, jak jsem psal v původní žádosti.\n\n"
            f"Kladenský večerník s.r.o., IČO {I28}\n"
            "Ivo Jelínek, 312 604 872\n"
        ),
        "attachments": [
            (
                "eml",
                "Doplnění žádosti o přístup.eml",
                {
                    "id": "db028-inner",
                    "from": "Podatelna CSU <podatelna@czso.cz>",
                    "to": "jelinek@kladenskyvecernik.example",
                    "subject": "Doplnění žádosti o přístup – Kladenský večerník",
                    "headers": OUTLOOK,
                    "body": (
                        "Dobrý den,\n\nve Vaší žádosti o přístup k výsledkům voleb (produkční "
                        "adresa 192.0.2.110) chybí testovací adresa. Prosíme o doplnění.\n\n"
                        "S pozdravem\nOddělení volebních aplikací\nČeský statistický úřad\n"
                        "IČO 00025593, datová schránka 2gfaasy\ntel. 274 052 733\n"
                    ),
                },
            )
        ],
    },
]
