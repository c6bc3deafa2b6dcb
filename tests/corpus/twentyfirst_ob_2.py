"""Twentyfirst held-out part ``ob``, cases ob015–ob028: a PDF letter sent by an assistant, an
XLSX with row headers, data messages with forms in PDF, ODT and XLSX and one with the request
only in its annotation, a forwarded own original with a new contact, IČO and box only in a
DOCX footer, roles given by order in an RTF letter, a bracket form in TXT, an HTML ANO/NE table,
an old address no longer used, a merged role cell and a German broadcaster. Written by hand
apart from the extraction rules (see make_twentyfirst_ob); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyfirst_ob_common import (
    APPLE,
    BOTH,
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

I15, I16, I17, I18 = ico("2941086"), ico("2697418"), ico("2874163"), ico("4518207")
I19, I20, I21, I22 = ico("0318472"), ico("2580934"), ico("2264019"), ico("0623785")
I23, I25, I26, I27 = ico("4530128"), ico("2817369"), ico("2604571"), ico("0472603")

CASES: list[dict[str, Any]] = [
    {
        "id": "ob015-pdf-letter-sent-by-assistant",
        "description": "assistant sends the PDF letter; the contact named in it is the network "
        "admin, the signature block adds the director and a switchboard; backup is production",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Kraj24 Media s.r.o.",
            I15,
            None,
            ["192.0.2.90", "192.0.2.91"],
            [],
            "Roman Šindelář",
            "sindelar@kraj24.example",
            "+420721388054",
        ),
        "from": "Jana Kopecká <kopecka@kraj24.example>",
        "subject": "Žádost o přístup k XML - Kraj24",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\nv příloze zasíláme žádost o přístup k výsledkům voleb.\n\n"
            "S pozdravem\nJana Kopecká\nasistentka ředitele\nKraj24 Media s.r.o.\n"
        ),
        "attachments": [
            (
                "pdf",
                "Kraj24_zadost_CSU.pdf",
                [
                    f"Kraj24 Media s.r.o. | 1. máje 97, 460 01 Liberec | IČO {I15}",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Vážené dámy, vážení pánové,\nžádáme o zřízení přístupu k serveru s "
                    "výsledky voleb. Stahovat budeme z adres 192.0.2.90 (hlavní) a 192.0.2.91 "
                    "(záložní). Testovací prostředí nemáme.",
                    "Kontaktní osobou pro technické záležitosti je Bc. Roman Šindelář, "
                    "správce sítě, mobil 721 388 054, sindelar@kraj24.example.",
                    "S pozdravem",
                    "Mgr. Dušan Kolář\nředitel\ntel. 487 520 100 (ústředna)\nkolar@kraj24.example",
                ],
            )
        ],
    },
    {
        "id": "ob016-xlsx-row-headers-merged-title",
        "description": "XLSX with a merged title row and roles as row headers, the addresses in "
        "columns Adresa 1..3; contact in the Thunderbird cover with degrees",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Vysoká škola žurnalistiky Olomouc, o.p.s.",
            I16,
            None,
            ["192.0.2.10", "192.0.2.11"],
            ["192.0.2.12"],
            "Alena Šrámková",
            "sramkova@vszo.example",
            "+420585634217",
        ),
        "from": '"doc. PhDr. Alena Šrámková, Ph.D." <sramkova@vszo.example>',
        "subject": "Přístup k XML výsledkům voleb - studentská redakce",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nnaše studentská redakce bude i letos zpracovávat volební výsledky. "
            "Za Vysokou školu žurnalistiky Olomouc, o.p.s. (IČO "
            f"{I16}) žádám o přístup k XML; adresy jsou v přiložené tabulce.\n\n"
            "Kontaktní osobou jsem já.\n\n-- \ndoc. PhDr. Alena Šrámková, Ph.D.\n"
            "katedra online žurnalistiky\ntel. 585 634 217\n"
        ),
        "attachments": [
            (
                "xlsx",
                "VSZO_IP_adresy.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Síťové údaje pro přístup k XML výsledkům", "", "", ""],
                            ["Role", "Adresa 1", "Adresa 2", "Adresa 3"],
                            ["Produkce", "192.0.2.10", "192.0.2.11", ""],
                            ["Test", "192.0.2.12", "", ""],
                        ],
                        "merge": ["A1:D1"],
                    }
                ],
            )
        ],
    },
    {
        "id": "ob017-databox-pdf-feed-box-unticked",
        "description": "data message, PDF form with ☐ feed and ☒ filming, a crew list; IČO "
        "written with spaces",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FILM],
            "Krušnohorská televizní s.r.o.",
            I17,
            "k4rt7vn",
            [],
            [],
            "Michaela Benešová",
            "benesova@krusnohorska.example",
            "+420608402731",
        ),
        "subject": "Žádost o povolení natáčení ve volební noci - TV Krušnohoří",
        "databox": {
            "box": "k4rt7vn",
            "sender": "Krušnohorská televizní s.r.o.",
            "address": "Žižkova 3, 430 01 Chomutov",
        },
        "attachments": [
            (
                "pdf",
                "formular_natáčení.pdf",
                [
                    "ŽÁDOST – VOLBY 2025",
                    "Žadatel: Krušnohorská televizní s.r.o. (TV Krušnohoří)\n"
                    f"IČ: {I17[:3]} {I17[3:5]} {I17[5:]}",
                    "☐ přístup k výsledkům voleb ve formátu XML\n"
                    "☒ povolení natáčení / fotografování na pracovišti ČSÚ",
                    {
                        "rows": [
                            ["Štáb", "Funkce", "Č. průkazu"],
                            ["Petr Kubec", "kameraman", "TVK 014"],
                            ["Lucie Haasová", "redaktorka", "TVK 022"],
                        ],
                        "widths": [140, 110, 80],
                    },
                    "Pracoviště: KS ČSÚ Ústí nad Labem, 3.–4. 10. 2025",
                    "Kontaktní osoba: Michaela Benešová, produkce\n"
                    "tel.: +420 608 402 731\ne-mail: benesova@krusnohorska.example",
                ],
            )
        ],
    },
    {
        "id": "ob018-forwarded-own-original-new-contact",
        "description": "applicant re-sends its own earlier mail as an .eml attachment; the new "
        "text keeps everything but names a new contact with her phone",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Deník Vltava, spol. s r.o.",
            I18,
            None,
            ["203.0.113.55"],
            ["203.0.113.56"],
            "Kristýna Malá",
            "mala@denikvltava.example",
            "+420731440962",
        ),
        "from": "Kristýna Malá <mala@denikvltava.example>",
        "subject": "Fwd: Žádost o přístup k výsledkům voleb (Deník Vltava)",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\nnaši žádost z 5. září jsme podle všeho poslali na chybnou adresu, "
            "proto ji přikládám znovu. Údaje v ní platí, jediná změna: kontaktní osobou je "
            "nově moje maličkost – Kristýna Malá, tel. 731 440 962, mala@denikvltava.example "
            "(kolega Hradil od října v redakci není).\n\nDěkuji\nKristýna Malá\nDeník Vltava\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost_o_pristup_k_vysledkum_voleb.eml",
                {
                    "id": "ob018-inner",
                    "from": "Josef Hradil <hradil@denikvltava.example>",
                    "to": "podatelna@czso.example",
                    "subject": "Žádost o přístup k výsledkům voleb (Deník Vltava)",
                    "headers": APPLE,
                    "body": (
                        "Dobrý den,\n\nDeník Vltava, spol. s r.o., IČO "
                        f"{I18}, žádá o přístup k XML výsledkům voleb.\n\n"
                        "produkční IP: 203.0.113.55\ntestovací IP: 203.0.113.56\n\n"
                        "Kontakt: Josef Hradil, 723 618 004, hradil@denikvltava.example\n\n"
                        "Josef Hradil\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "ob019-docx-footer-ico-and-box",
        "description": "one-word cover; IČO and data-box ID only in the DOCX footer; a podcast "
        "asks for the feed and an audio recording",
        "style": Style.COVER,
        "labels": L(
            BOTH,
            "Podcastové studio Ozvěna s.r.o.",
            I19,
            "o9zv3mc",
            ["198.51.100.120"],
            ["198.51.100.121"],
            "Adam Král",
            "kral@ozvena.example",
            "+420775030118",
        ),
        "from": "Adam Král <kral@ozvena.example>",
        "subject": "volby - žádost",
        "headers": GMAIL,
        "body": "v příloze\n\nAK\n",
        "attachments": [
            (
                "docx",
                "ozvena_zadost.docx",
                {
                    "footer": f"Podcastové studio Ozvěna s.r.o. | Korunní 88, 120 00 Praha 2 | "
                    f"IČ: {I19} | DS: o9zv3mc",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb a o povolení pořídit zvukový záznam",
                        "Připravujeme volební speciál našeho podcastu a prosíme o:",
                        "1) přístup k XML s výsledky – Produkce: 198.51.100.120; "
                        "Test: 198.51.100.121",
                        "2) povolení nahrávat rozhovory na pracovišti ČSÚ v Praze ve volební noci",
                        "Kontakt: Adam Král, 775 030 118, kral@ozvena.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "ob020-rtf-roles-by-order",
        "description": "RTF letter gives roles only by order ('v tomto pořadí'); a contact table "
        "lists the managing director and the contact person",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Východní Čechy dnes s.r.o.",
            I20,
            None,
            ["203.0.113.70"],
            ["203.0.113.71"],
            "Denisa Horká",
            "horka@vychodnicechy.example",
            "+420733561902",
        ),
        "from": "Pavel Souček <soucek@vychodnicechy.example>",
        "subject": "Žádost - přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den,\nviz přiložená žádost.\nS pozdravem\nPavel Souček, jednatel\n",
        "attachments": [
            (
                "rtf",
                "zadost_VCD.rtf",
                [
                    f"Východní Čechy dnes s.r.o., Riegrovo nám. 1495, 500 02 Hradec Králové, "
                    f"IČO {I20}",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Pro produkční a testovací prostředí budeme používat adresy 203.0.113.70 "
                    "a 203.0.113.71, v tomto pořadí.",
                    [
                        ["Jméno", "Role", "Telefon", "E-mail"],
                        [
                            "Pavel Souček",
                            "jednatel",
                            "+420 602 000 118",
                            "soucek@vychodnicechy.example",
                        ],
                        [
                            "Denisa Horká",
                            "kontaktní osoba pro ČSÚ",
                            "+420 733 561 902",
                            "horka@vychodnicechy.example",
                        ],
                    ],
                ],
            )
        ],
    },
    {
        "id": "ob021-databox-annotation-contact-odt-addresses",
        "description": "data message: the contact and request in the annotation, the addresses "
        "(PROD, PROD záloha, TST) and the e-mail in the attached ODT",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Rozhlas Podbeskydí, z. s.",
            I21,
            "r2bs8kp",
            ["192.0.2.240", "192.0.2.241"],
            ["192.0.2.250"],
            "Radek Šustr",
            "sustr@podbeskydi.example",
            "+420604552190",
        ),
        "subject": (
            "Žádost o přístup k výsledkům voleb v XML; kontaktní osoba Radek Šustr, "
            "604 552 190, adresy v příloze"
        ),
        "databox": {
            "box": "r2bs8kp",
            "sender": "Rozhlas Podbeskydí, z. s.",
            "address": "Horní 12, 738 01 Frýdek-Místek",
        },
        "attachments": [
            (
                "odt",
                "IP_Podbeskydi.odt",
                [
                    f"Rozhlas Podbeskydí, z. s., IČO {I21}",
                    "IP adresy pro přístup k výsledkům voleb:",
                    [
                        ["Prostředí", "IP"],
                        ["PROD", "192.0.2.240"],
                        ["PROD (záloha)", "192.0.2.241"],
                        ["TST", "192.0.2.250"],
                    ],
                    "Radek Šustr, technik, sustr@podbeskydi.example",
                ],
            )
        ],
    },
    {
        "id": "ob022-txt-bracket-form-empty-body",
        "description": "empty body, a TXT form with [x]/[ ] boxes, a dash for the test address and "
        "a phone in 00420 form",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Zpravodaj Pobečví s.r.o.",
            I22,
            None,
            ["203.0.113.180"],
            [],
            "Stanislav Hořejší",
            "horejsi@pobecvi.example",
            "+420581220944",
        ),
        "from": "Stanislav Horejsi <horejsi@pobecvi.example>",
        "subject": "Formular - volby",
        "headers": SEZNAM,
        "body": "",
        "attachments": [
            (
                "txt",
                "formular_volby.txt",
                "FORMULÁŘ ŽÁDOSTI – VOLBY 2025\n"
                "==============================\n\n"
                "Žádám o:\n"
                "  [x] přístup k výsledkům voleb ve formátu XML\n"
                "  [ ] povolení k natáčení na pracovišti ČSÚ\n\n"
                f"Žadatel ............ Zpravodaj Pobečví s.r.o.\nIČO ................ {I22}\n"
                "Produkční IP ....... 203.0.113.180\nTestovací IP ....... -\n"
                "Kontaktní osoba .... Stanislav Hořejší\n"
                "Telefon ............ 00420 581 220 944\n"
                "E-mail ............. horejsi@pobecvi.example\n\n"
                "Datum: 14.9.2025\n",
            )
        ],
    },
    {
        "id": "ob023-html-ano-ne-table-and-authorisation",
        "description": "HTML mail with an ANO/NE table (x in ANO for both), the addresses in "
        "prose and a PDF authorisation naming the director and the contact",
        "style": Style.FORM,
        "labels": L(
            BOTH,
            "Večerník Plzeň a.s.",
            I23,
            None,
            ["198.51.100.230"],
            ["198.51.100.231"],
            "Jitka Procházková",
            "prochazkova@vecernikplzen.example",
            "+420377224509",
        ),
        "from": "Jitka Procházková <prochazkova@vecernikplzen.example>",
        "subject": "Žádost Večerník Plzeň - volby 2025",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nVečerník Plzeň a.s. žádá:\n"
            "- přístup k XML: ANO\n- povolení natáčení: ANO\n\n"
            "Produkce 198.51.100.230, test 198.51.100.231.\n"
            "Kontakt Jitka Procházková, +420 377 224 509.\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
            f"<div>Večerník Plzeň a.s. (IČO {I23}) žádá:</div><br>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            "<tr><th>Požadavek</th><th>ANO</th><th>NE</th></tr>"
            "<tr><td>přístup k výsledkům voleb (XML)</td><td>x</td><td></td></tr>"
            "<tr><td>povolení natáčení na pracovišti ČSÚ Plzeň</td><td>x</td><td></td></tr>"
            "</table><br><div>Produkce 198.51.100.230, test 198.51.100.231.</div>"
            "<div>Kontakt: Jitka Procházková, +420 377 224 509. Pověření od pana ředitele "
            "přikládám.</div><br><div>-- </div><div>Jitka Procházková<br>vedoucí online "
            "redakce<br>Večerník Plzeň a.s.</div></div>"
        ),
        "attachments": [
            (
                "pdf",
                "povereni.pdf",
                [
                    "POVĚŘENÍ",
                    f"Večerník Plzeň a.s., IČO {I23}, zastoupená Ing. Milanem Šafránkem, "
                    "generálním ředitelem, pověřuje paní Jitku Procházkovou jednáním s Českým "
                    "statistickým úřadem ve věci přístupu k výsledkům voleb a natáčení.",
                    "V Plzni dne 10. 9. 2025\nIng. Milan Šafránek, tel. 377 224 500",
                ],
            )
        ],
    },
    {
        "id": "ob024-databox-annotation-only-freelancer-no-ico",
        "description": "freelancer's data message: request, address and contact in the "
        "annotation, no IČO given; the attached PDF is only his portfolio",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Tomáš Liška",
            None,
            "t7lq2ka",
            ["203.0.113.199"],
            [],
            "Tomáš Liška",
            "liska@fotoliska.example",
            "+420602913477",
        ),
        "subject": (
            "Prosím o přístup k XML výsledkům voleb. Server 203.0.113.199, test nemám. "
            "Tomáš Liška, 602 913 477, liska@fotoliska.example"
        ),
        "databox": {
            "box": "t7lq2ka",
            "sender": "Tomáš Liška",
            "address": "Zahradní 5, 543 01 Vrchlabí",
            "type": 40,
        },
        "attachments": [
            (
                "pdf",
                "portfolio_Liska.pdf",
                [
                    "Tomáš Liška – fotograf a datový novinář",
                    "Publikováno: Krkonošský týdeník (2024), Zprávy z hor (2023), "
                    "Volební mapa 2021 (interaktivní, 1.2.0)",
                    "Web: fotoliska.example",
                ],
            )
        ],
    },
    {
        "id": "ob025-pdf-old-address-no-longer-used",
        "description": "PDF table keeps last election's address marked as no longer used beside "
        "the new production and test addresses",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Krkonošský týdeník s.r.o.",
            I25,
            None,
            ["198.51.100.15"],
            ["198.51.100.16"],
            "Radka Jirásková",
            "jiraskova@krtydenik.example",
            "+420499731602",
        ),
        "from": "Radka Jirásková <jiraskova@krtydenik.example>",
        "subject": "Žádost o XML - Krkonošský týdeník",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\nposílám žádost v PDF. Jak uvidíte v tabulce, loňskou adresu už "
            "nepoužíváme.\n\nRadka Jirásková\n499 731 602\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_KT_2025.pdf",
                [
                    f"Krkonošský týdeník s.r.o., IČO {I25}, Horská 3, 541 01 Trutnov",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["IP adresa", "Účel", "Stav"],
                            ["198.51.100.5", "produkce", "do r. 2024 – již nepoužíváme, zrušit"],
                            ["198.51.100.15", "produkce", "nová"],
                            ["198.51.100.16", "test", "nová"],
                        ],
                        "widths": [110, 80, 200],
                    },
                    "Kontaktní osoba: Radka Jirásková, 499 731 602, jiraskova@krtydenik.example",
                ],
            )
        ],
    },
    {
        "id": "ob026-docx-merged-role-cell",
        "description": "iso-8859-2 Roundcube cover; DOCX table whose 'Produkční servery' cell "
        "spans two rows, then a test row",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Agentura Zprávy z regionů, a.s.",
            I26,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.159"],
            "Vladimír Šebesta",
            "sebesta@zzr.example",
            "+420596118740",
        ),
        "from": "Vladimír Šebesta <sebesta@zzr.example>",
        "subject": "Žádost o přístup k XML výsledkům",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\nza Agenturu Zprávy z regionů, a.s. zasílám žádost o přístup "
            "k výsledkům voleb, technické údaje jsou v příloze.\n\n"
            "Vladimír Šebesta\nvedoucí IT\ntel. 596 118 740\n"
        ),
        "attachments": [
            (
                "docx",
                "ZZR_pristup_XML.docx",
                {
                    "header": f"Agentura Zprávy z regionů, a.s. – IČO {I26}",
                    "blocks": [
                        "Technické údaje k žádosti o přístup k výsledkům voleb",
                        {
                            "rows": [
                                ["Role", "IP adresa", "Umístění"],
                                ["Produkční servery", "192.0.2.150", "Praha – Žižkov"],
                                ["", "192.0.2.151", "Ostrava"],
                                ["Testovací server", "192.0.2.159", "Praha – Žižkov"],
                            ],
                            "merge": [(1, 0, 2, 0)],
                        },
                        "Kontakt: Vladimír Šebesta, sebesta@zzr.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "ob027-databox-xlsx-only-two-sheets",
        "description": "data message with a bare annotation; an XLSX with a key/value sheet "
        "(filming NE) and an address sheet with Produkce/Test column headers",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Slánské listy, s.r.o.",
            I27,
            "s6lt3mb",
            ["198.51.100.61", "198.51.100.62"],
            ["198.51.100.70"],
            "Hynek Barták",
            "bartak@slanskelisty.example",
            "+420312525418",
        ),
        "subject": "Volby 2025 - žádost (viz příloha)",
        "databox": {
            "box": "s6lt3mb",
            "sender": "Slánské listy, s.r.o.",
            "address": "Masarykovo nám. 2, 274 01 Slaný",
        },
        "attachments": [
            (
                "xlsx",
                "zadost_slanske_listy.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Položka", "Hodnota"],
                            ["Žadatel", "Slánské listy, s.r.o."],
                            ["IČO", I27],
                            ["Přístup k XML", "ANO"],
                            ["Povolení k natáčení", "NE"],
                            ["Kontaktní osoba", "Hynek Barták"],
                            ["Telefon", "312 525 418"],
                            ["E-mail", "bartak@slanskelisty.example"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["Produkce", "Test"],
                            ["198.51.100.61", "198.51.100.70"],
                            ["198.51.100.62", ""],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ob028-german-broadcaster-pdf",
        "description": "German broadcaster, German cover and a bilingual PDF (Produktion/Test), "
        "both requests, a commercial-register number instead of an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            BOTH,
            "Rundfunk Oberland GmbH",
            None,
            None,
            ["203.0.113.240", "203.0.113.241"],
            ["203.0.113.250"],
            "Lukas Brenner",
            "brenner@rundfunk-oberland.example",
            "+498955203318",
        ),
        "from": "Lukas Brenner <brenner@rundfunk-oberland.example>",
        "subject": "Antrag: XML-Wahlergebnisse und Drehgenehmigung / application",
        "headers": OUTLOOK,
        "body": (
            "Sehr geehrte Damen und Herren,\n\nanbei unser Antrag auf Zugang zu den "
            "XML-Wahlergebnissen sowie auf eine Drehgenehmigung in Ihrer Auszählungsstelle "
            "in Prag. Please find the English version in the same PDF.\n\n"
            "Mit freundlichen Grüßen\nLukas Brenner\nRundfunk Oberland GmbH\n"
            "Tel. +49 89 5520 3318\n"
        ),
        "attachments": [
            (
                "pdf",
                "Antrag_CZSO_Rundfunk_Oberland.pdf",
                [
                    "Rundfunk Oberland GmbH, Leopoldstraße 140, 80804 München\n"
                    "Amtsgericht München HRB 118204",
                    "Antrag / Application",
                    "1. Zugang zum XML-Server / access to the XML results server: JA / YES\n"
                    "2. Drehgenehmigung / filming permit (Prag, 3.–4. 10. 2025): JA / YES",
                    {
                        "rows": [
                            ["Umgebung / environment", "IP"],
                            ["Produktion / production", "203.0.113.240"],
                            ["Produktion / production", "203.0.113.241"],
                            ["Test", "203.0.113.250"],
                        ],
                        "widths": [200, 150],
                    },
                    "Ansprechpartner / contact: Lukas Brenner, +49 89 5520 3318, "
                    "brenner@rundfunk-oberland.example",
                ],
            )
        ],
    },
]
