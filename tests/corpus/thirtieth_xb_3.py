"""Thirtieth held-out part ``xb``, cases xb029–xb042: data messages with the application only
in the annotation beside an unrelated file, with merged-cell DOCX tables, from a sole trader's
box, with an annotation that corrects the attached file, from a town asking only to film and
with an RTF range; mails with a forwarded .eml carrying its own PDF, an HTML table with a
spanning role cell, a bilingual yes/no PDF form, last year's application attached beside this
year's, a filled-in TXT template quoting the office's instructions, a Polish outlet, an XLSX
whose contact is chosen by a yes/no column and an S/MIME-signed letter. Written by hand apart
from the extraction rules (see make_thirtieth_xb); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtieth_xb_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I29, I30, I31, I32, I33 = (
    ico("2864019"),
    ico("0471385"),
    ico("2539618"),
    ico("4703926"),
    ico("2610857"),
)
I34, I35, I36, I38, I39 = (
    ico("0695142"),
    ico("7214038"),
    ico("2877615"),
    ico("0384729"),
    ico("2915063"),
)
I40, I41, I42 = ico("0027413"), ico("4681390"), ico("2648172")

CASES: list[dict[str, Any]] = [
    {
        "id": "xb029-databox-annotation-abbrev-accreditation",
        "description": "data message: terse annotation with prod/záloha/tst abbreviations; the "
        "attached PDF is a list of accredited reporters with their own phones",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Echo Přerov s.r.o.",
            I29,
            "ep3k9rt",
            ["198.51.100.110", "198.51.100.111"],
            ["198.51.100.119"],
            "Ivana Skopalová",
            "skopalova@echoprerov.example",
            "+420581733046",
        ),
        "subject": (
            f"Echo Přerov s.r.o. (IČ {I29}) – XML volby: prod 198.51.100.110, záloha "
            "198.51.100.111, tst 198.51.100.119. Kontakt Ivana Skopalová, 581 733 046, "
            "skopalova@echoprerov.example. Příloha: seznam akreditovaných."
        ),
        "databox": {
            "box": "ep3k9rt",
            "sender": "Echo Přerov s.r.o.",
            "address": "Čechova 17, 750 02 Přerov",
        },
        "attachments": [
            (
                "pdf",
                "akreditace_2025.pdf",
                [
                    "<b>Seznam akreditovaných redaktorů – Echo Přerov</b>",
                    {
                        "rows": [
                            ["Jméno", "Funkce", "Telefon", "č. průkazu"],
                            ["Ivana Skopalová", "šéfredaktorka", "581 733 046", "EP-001"],
                            ["Marek Zbořil", "redaktor", "739 118 205", "EP-014"],
                            ["Dana Fialová", "fotografka", "776 902 331", "EP-022"],
                        ],
                        "widths": [110, 100, 100, 80],
                    },
                ],
            )
        ],
    },
    {
        "id": "xb030-forward-eml-with-nested-pdf",
        "description": "short cover mail forwarding the IT supplier's mail as .eml; the "
        "addresses are in a PDF attached to that forwarded mail",
        "style": Style.FORWARD_EML,
        "labels": L(
            [FEED],
            "Pardubický obzor s.r.o.",
            I30,
            None,
            ["203.0.113.140"],
            ["203.0.113.141"],
            "Vojtěch Kolář",
            "kolar@pardubickyobzor.example",
            "+420466120993",
        ),
        "from": "Vojtěch Kolář <kolar@pardubickyobzor.example>",
        "subject": "Fwd: podklady pro ČSÚ",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            f"za Pardubický obzor s.r.o., IČO {I30}, žádáme o přístup k XML výsledkům. "
            "Technické údaje od dodavatele přeposílám v příloze. Kontakt: já, 466 120 993.\n\n"
            "Vojtěch Kolář\n"
        ),
        "attachments": [
            (
                "eml",
                "podklady pro CSU.eml",
                {
                    "id": "xb030-inner-supplier",
                    "from": "Support NetHost <podpora@nethost-cz.example>",
                    "to": "kolar@pardubickyobzor.example",
                    "subject": "podklady pro ČSÚ",
                    "headers": ROUNDCUBE,
                    "body": "Dobrý den, v příloze technický list k Vašemu serveru.\n"
                    "Tým podpory NetHost\n",
                    "attachments": [
                        (
                            "pdf",
                            "technicky_list.pdf",
                            [
                                "Technický list – zákazník Pardubický obzor s.r.o.",
                                {
                                    "rows": [
                                        ["Prostředí", "Veřejná IP", "OS"],
                                        ["produkční", "203.0.113.140", "Debian 12.7"],
                                        ["testovací", "203.0.113.141", "Debian 12.7"],
                                    ],
                                    "widths": [110, 130, 110],
                                },
                                "Hotline NetHost: 800 155 155",
                            ],
                        )
                    ],
                },
            )
        ],
    },
    {
        "id": "xb031-html-rowspan-role-cell",
        "description": "HTML-only webmail mail whose table has a 'Produkční' cell spanning two "
        "rows and a single test row",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Brněnský metropolitní deník, a.s.",
            I31,
            None,
            ["192.0.2.230", "192.0.2.231"],
            ["192.0.2.235"],
            "Šárka Pokorná",
            "pokorna@bmdenik.example",
            "+420543209718",
        ),
        "from": "Šárka Pokorná <pokorna@bmdenik.example>",
        "subject": "Žádost o přístup – BMD",
        "headers": ROUNDCUBE,
        "html": (
            '<html><head><meta charset="utf-8"></head><body>'
            "<p>Dobrý den,</p><p>Brněnský metropolitní deník, a.s. (IČO "
            f"{I31}) žádá o přístup k výsledkům voleb ve formátu XML.</p>"
            '<table border="1"><tr><th>Prostředí</th><th>Server</th><th>IP</th></tr>'
            '<tr><td rowspan="2">Produkční</td><td>app1</td><td>192.0.2.230</td></tr>'
            "<tr><td>app2</td><td>192.0.2.231</td></tr>"
            "<tr><td>Testovací</td><td>stage</td><td>192.0.2.235</td></tr></table>"
            "<p>Kontaktní osoba: Šárka Pokorná, tel. 543 209 718</p>"
            "<p>--<br>Šárka Pokorná<br>produkce webu<br>pokorna@bmdenik.example</p>"
            "</body></html>"
        ),
    },
    {
        "id": "xb032-databox-docx-merged-role-cell",
        "description": "data message, DOCX letter whose address table merges the role cell over "
        "two production rows; annotation only names the matter",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Vydavatelství Šumava, s.r.o.",
            I32,
            "vs2h7mc",
            ["203.0.113.60", "203.0.113.61"],
            ["203.0.113.69"],
            "Josef Kašpar",
            "kaspar@vydsumava.example",
            "+420388412557",
        ),
        "subject": "Přístup k výsledkům voleb – Vydavatelství Šumava",
        "databox": {
            "box": "vs2h7mc",
            "sender": "Vydavatelství Šumava, s.r.o.",
            "address": "Náměstí Svobody 3, 383 01 Prachatice",
        },
        "attachments": [
            (
                "docx",
                "VS_zadost.docx",
                {
                    "header": f"Vydavatelství Šumava, s.r.o. | IČO {I32} | ID DS vs2h7mc",
                    "blocks": [
                        "Věc: Žádost o přístup k serveru s výsledky voleb (XML)",
                        "Pro portál sumavskenoviny.example žádáme o přístup z těchto adres:",
                        {
                            "rows": [
                                ["Typ", "IP adresa"],
                                ["Produkční", "203.0.113.60"],
                                ["", "203.0.113.61"],
                                ["Testovací", "203.0.113.69"],
                            ],
                            "merge": [(1, 0, 2, 0)],
                        },
                        "Kontakt: Josef Kašpar, 388 412 557, kaspar@vydsumava.example",
                        "V Prachaticích 16. 9. 2025\nJosef Kašpar, jednatel",
                    ],
                },
            )
        ],
    },
    {
        "id": "xb033-bilingual-pdf-yes-no-both",
        "description": "bilingual Czech/English PDF form with ANO/YES and NE/NO columns, both "
        "requests ticked in the YES column; no test address",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Central Europe Wire s.r.o.",
            I33,
            None,
            ["198.51.100.12"],
            [],
            "Natálie Benešová",
            "benesova@cewire.example",
            "+420702515880",
        ),
        "from": "Natálie Benešová <benesova@cewire.example>",
        "subject": "CE Wire – application / žádost",
        "headers": APPLE,
        "body": ("Hello / Dobrý den,\n\nattached our form. Díky!\n\nNatálie Benešová\nCE Wire\n"),
        "attachments": [
            (
                "pdf",
                "CEWire_form.pdf",
                [
                    "Žádost médií / Media application – volby 2025",
                    f"Žadatel / Applicant: Central Europe Wire s.r.o., IČO / Company ID: {I33}",
                    {
                        "rows": [
                            ["Požadavek / Request", "ANO / YES", "NE / NO"],
                            ["Přístup k XML / XML feed access", "☒", "☐"],
                            ["Natáčení / Filming at collection point", "☒", "☐"],
                        ],
                        "widths": [220, 80, 80],
                    },
                    {
                        "rows": [
                            ["Produkční IP / Production IP", "198.51.100.12"],
                            ["Testovací IP / Test IP", "N/A"],
                            [
                                "Kontakt / Contact",
                                "Natálie Benešová, +420 702 515 880, benesova@cewire.example",
                            ],
                        ],
                        "widths": [180, 200],
                    },
                ],
            )
        ],
    },
    {
        "id": "xb034-last-year-and-new-attachment",
        "description": "two attachments: last year's PDF application kept for comparison and "
        "this year's DOCX; the cover says only the new one applies",
        "style": Style.COVER_CHANGES,
        "labels": L(
            [FEED],
            "Rádio Vysočina Plus s.r.o.",
            I34,
            None,
            ["192.0.2.100"],
            ["192.0.2.105"],
            "Milena Dušková",
            "duskova@vysocinaplus.example",
            "+420561008214",
        ),
        "from": "Milena Dušková <duskova@vysocinaplus.example>",
        "subject": "Žádost o přístup k XML 2025",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "posílám letošní žádost (DOCX). Přikládám i loňskou žádost (PDF), jen abyste "
            "viděli, že jsme se přestěhovali do nového datacentra – staré adresy z loňska "
            "už nepoužíváme, platí jen to, co je v novém dokumentu.\n\n"
            "Milena Dušková\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_2024.pdf",
                [
                    f"Rádio Vysočina Plus s.r.o., IČO {I34}",
                    "Žádost o přístup k výsledkům voleb 2024",
                    "Produkční IP: 198.51.100.70, testovací IP: 198.51.100.71",
                    "Kontakt: Milena Dušková, 561 008 214",
                ],
            ),
            (
                "docx",
                "zadost_2025.docx",
                {
                    "blocks": [
                        f"Rádio Vysočina Plus s.r.o., IČO {I34}",
                        "Žádost o přístup k výsledkům voleb 2025",
                        {
                            "rows": [
                                ["Produkční IP", "192.0.2.100"],
                                ["Testovací IP", "192.0.2.105"],
                                [
                                    "Kontakt",
                                    "Milena Dušková, 561 008 214, duskova@vysocinaplus.example",
                                ],
                            ]
                        },
                    ]
                },
            ),
        ],
    },
    {
        "id": "xb035-databox-sole-trader-odt",
        "description": "data message from a sole trader's box (type 30) with an ODT letter; the "
        "ODT quotes the office's box as the addressee",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Pavel Zicha",
            I35,
            "pz6n4wy",
            ["203.0.113.222"],
            ["203.0.113.223"],
            "Pavel Zicha",
            "zicha@zichadata.example",
            "+420734771029",
        ),
        "subject": "Žádost OSVČ o přístup k výsledkům voleb",
        "databox": {
            "box": "pz6n4wy",
            "sender": "Pavel Zicha",
            "address": "Lipová 12, 517 41 Kostelec nad Orlicí",
            "type": 30,
        },
        "attachments": [
            (
                "odt",
                "zadost_Zicha.odt",
                [
                    "Pavel Zicha, IČO " + I35 + ", Lipová 12, 517 41 Kostelec nad Orlicí",
                    "Komu: Český statistický úřad, datová schránka 2gfaasy",
                    "Jako OSVČ zpracovávám volební přenosy pro dva regionální weby a žádám o "
                    "přístup k výsledkům ve formátu XML.",
                    [["Produkce", "203.0.113.222"], ["Test", "203.0.113.223"]],
                    "Kontakt: zicha@zichadata.example, 734 771 029",
                ],
            )
        ],
    },
    {
        "id": "xb036-txt-office-template-filled",
        "description": "plain mail with the office's TXT template filled in: [X]/[ ] ticks, the "
        "template's own instructions quote the office's box and IČO",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Kladenský list, spol. s r.o.",
            I36,
            None,
            ["198.51.100.80"],
            ["198.51.100.81"],
            "Tomáš Řehák",
            "rehak@kladenskylist.example",
            "+420312245690",
        ),
        "from": "Tomáš Řehák <rehak@kladenskylist.example>",
        "subject": "vyplněná šablona",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": "Dobrý den, v příloze šablona. T. Řehák\n",
        "attachments": [
            (
                "txt",
                "sablona_vyplnena.txt",
                "=== ŠABLONA ŽÁDOSTI – výsledky voleb ===\n"
                "Vyplněnou šablonu zašlete na podatelna@czso.cz nebo do DS 2gfaasy\n"
                "(Český statistický úřad, IČO 00025593).\n\n"
                "Požaduji (označte X):\n"
                "  [X] přístup k XML výsledkům\n"
                "  [ ] povolení pořizovat záznam na sběrném místě\n\n"
                "Žadatel: Kladenský list, spol. s r.o.\n"
                f"IČO: {I36}\n"
                "Produkční IP (max 5): 198.51.100.80\n"
                "Testovací IP (max 5): 198.51.100.81\n"
                "Kontaktní osoba: Tomáš Řehák\n"
                "Telefon: 312 245 690\n"
                "E-mail: rehak@kladenskylist.example\n",
            )
        ],
    },
    {
        "id": "xb037-polish-english-pdf",
        "description": "Polish outlet writing English, PDF letter with a 'respectively' sentence "
        "for the roles and a Polish phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Gazeta Śląska Sp. z o.o.",
            None,
            None,
            ["203.0.113.160"],
            ["203.0.113.161"],
            "Katarzyna Wróbel",
            "k.wrobel@gazetaslaska.example",
            "+48322904117",
        ),
        "from": "Katarzyna Wróbel <k.wrobel@gazetaslaska.example>",
        "subject": "Election results XML access - Gazeta Śląska",
        "headers": TBIRD,
        "body": (
            "Good morning,\n\nplease see the attached letter. We have no Czech ID number; "
            "our Polish KRS is 0000418273.\n\nBest,\nKatarzyna Wróbel\n"
        ),
        "attachments": [
            (
                "pdf",
                "GS_request_CZSO.pdf",
                [
                    "Gazeta Śląska Sp. z o.o., ul. Mikołowska 40, 40-066 Katowice, Poland",
                    "Request for access to the XML election results server",
                    "We would like to follow the Czech election live. Our servers 203.0.113.160 "
                    "and 203.0.113.161 will be used for production and testing, respectively.",
                    "Contact: Katarzyna Wróbel, +48 32 290 41 17, k.wrobel@gazetaslaska.example",
                    "We do not plan any filming.",
                ],
            )
        ],
    },
    {
        "id": "xb038-databox-annotation-corrects-file",
        "description": "data message whose annotation corrects the test address written in the "
        "attached PDF",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Liberecký týden s.r.o.",
            I38,
            "lt7d2fs",
            ["192.0.2.180"],
            ["192.0.2.190"],
            "Hana Žilková",
            "zilkova@liberecky-tyden.example",
            "+420482510736",
        ),
        "subject": (
            "Žádost o přístup k XML výsledkům voleb v příloze. OPRAVA: testovací IP je "
            "192.0.2.190, ne 192.0.2.19 jak je chybně uvedeno v příloze."
        ),
        "databox": {
            "box": "lt7d2fs",
            "sender": "Liberecký týden s.r.o.",
            "address": "Moskevská 22, 460 01 Liberec",
        },
        "attachments": [
            (
                "pdf",
                "zadost_LT.pdf",
                [
                    f"Liberecký týden s.r.o., IČO {I38}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["produkční IP", "192.0.2.180"],
                            ["testovací IP", "192.0.2.19"],
                            ["kontakt", "Hana Žilková"],
                            ["tel.", "482 510 736"],
                            ["e-mail", "zilkova@liberecky-tyden.example"],
                        ],
                        "widths": [120, 200],
                    },
                ],
            )
        ],
    },
    {
        "id": "xb039-xlsx-columns-contact-flag",
        "description": "XLSX with Produkce/Test as column headers and a people sheet where an "
        "ANO/NE column marks the contact (not the first person listed)",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Jihomoravský rozhlas s.r.o.",
            I39,
            None,
            ["198.51.100.240", "198.51.100.241", "198.51.100.242"],
            ["198.51.100.250", "198.51.100.251"],
            "Patrik Sedláček",
            "sedlacek@jmrozhlas.example",
            "+420515902376",
        ),
        "from": "Renata Malá <mala@jmrozhlas.example>",
        "subject": "Žádost o XML přístup",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            f"Jihomoravský rozhlas s.r.o. (IČO {I39}) žádá o přístup k výsledkům ve formátu XML, "
            "adresy a lidi najdete v tabulce.\n\nRenata Malá, asistentka ředitele\n"
        ),
        "attachments": [
            (
                "xlsx",
                "JMR_volby.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Produkce", "Test"],
                            ["198.51.100.240", "198.51.100.250"],
                            ["198.51.100.241", "198.51.100.251"],
                            ["198.51.100.242", ""],
                        ],
                    },
                    {
                        "title": "Lidé",
                        "rows": [
                            ["Jméno", "Funkce", "Telefon", "E-mail", "Kontakt pro ČSÚ"],
                            [
                                "Renata Malá",
                                "asistentka",
                                "515 902 300",
                                "mala@jmrozhlas.example",
                                "NE",
                            ],
                            [
                                "Patrik Sedláček",
                                "správce IT",
                                "515 902 376",
                                "sedlacek@jmrozhlas.example",
                                "ANO",
                            ],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "xb040-databox-town-recording-pdf",
        "description": "data message from a town's box: the PDF asks only to record at the "
        "collection point and says the feed is not wanted",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FILM],
            "Město Stříbrné Hory",
            I40,
            "sh4q8kb",
            [],
            [],
            "Pavlína Sojková",
            "sojkova@stribrnehory.example",
            "+420325611048",
        ),
        "subject": "Žádost města Stříbrné Hory",
        "databox": {
            "box": "sh4q8kb",
            "sender": "Město Stříbrné Hory",
            "address": "Husovo nám. 1, 284 01 Stříbrné Hory",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "zadost_nataceni_mesto.pdf",
                [
                    f"<b>Město Stříbrné Hory</b>, Husovo nám. 1, IČO {I40}",
                    "Věc: žádost o povolení pořízení záznamu",
                    "Městská televize Stříbrné Hory (zařízení města, bez vlastní právní "
                    "subjektivity) by ráda natočila krátkou reportáž o práci sběrného místa. "
                    "Přístup k XML výsledkům nepožadujeme.",
                    "Kontaktní osoba: Pavlína Sojková, vedoucí městské TV, 325 611 048, "
                    "sojkova@stribrnehory.example",
                    "Mgr. Luboš Havel, starosta",
                ],
            )
        ],
    },
    {
        "id": "xb041-smime-pdf-ico-with-spaces",
        "description": "S/MIME-signed mail with a PDF letter; IČ written with spaces and the "
        "box ID in the letterhead, a port and a date near the addresses",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED],
            "Východočeská mediální, a.s.",
            I41,
            "vm5r3xe",
            ["203.0.113.5"],
            ["203.0.113.6"],
            "Radim Kubát",
            "kubat@vcmedialni.example",
            "+420466795132",
        ),
        "from": "Radim Kubát <kubat@vcmedialni.example>",
        "subject": "Žádost o přístup k výsledkům voleb (podepsáno)",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Dobrý den,\n\nžádost v příloze, zpráva je elektronicky podepsána.\n\nRadim Kubát\n"
        ),
        "attachments": [
            (
                "pdf",
                "VCM_zadost.pdf",
                [
                    "<b>Východočeská mediální, a.s.</b>\nK Polabinám 1893, 530 02 Pardubice\n"
                    f"IČ: {I41[:3]} {I41[3:5]} {I41[5:]}   DS: vm5r3xe",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML od 1. 10. 2025.",
                    "Produkční server 203.0.113.5 (HTTPS, port 8443), testovací 203.0.113.6.",
                    "Kontakt: Radim Kubát, IT, 466 795 132, kubat@vcmedialni.example",
                ],
            )
        ],
    },
    {
        "id": "xb042-databox-rtf-range-both-types",
        "description": "data message with annotation and RTF: both requests, production as a "
        "written range of three addresses, test 'nemáme'",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED, FILM],
            "Rádio Haná s.r.o.",
            I42,
            "rh9m2tc",
            ["203.0.113.12", "203.0.113.13", "203.0.113.14"],
            [],
            "Lubomír Navrátil",
            "navratil@radiohana.example",
            "+420585224031",
        ),
        "subject": "Rádio Haná – žádost o XML přístup a o povolení nahrávat na sběrném místě",
        "databox": {
            "box": "rh9m2tc",
            "sender": "Rádio Haná s.r.o.",
            "address": "Horní náměstí 9, 779 00 Olomouc",
        },
        "attachments": [
            (
                "rtf",
                "RH_zadost.rtf",
                [
                    f"Rádio Haná s.r.o., IČO {I42}",
                    "Žádáme o přístup k serveru s výsledky voleb (XML) a o povolení pořídit "
                    "zvukový záznam na sběrném místě v Olomouci.",
                    [
                        ["Produkční IP", "203.0.113.12 – 203.0.113.14"],
                        ["Testovací IP", "nemáme"],
                    ],
                    "Kontakt: Lubomír Navrátil, 585 224 031, navratil@radiohana.example",
                ],
            )
        ],
    },
]
