"""Thirty-fifth held-out part ``db``, cases db029–db042: data messages whose annotation changes
the contact of the attached PDF, splits the application between annotation and file, or carries
the whole application beside a crew list; an RTF with IPv6, a DOCX with nested tables, an ODT form
whose XML box is unticked despite last year's addresses, an XLSX with ANO/NE cells and an old
address, a freelancer's DOCX in an empty mail, a TXT form the cover mail amends, a signed forward
of a Slovak .eml, a PDF with a spaced IČO beside a DIČ and a reply with a corrected DOCX. Written
by hand apart from the extraction rules (see make_thirtyfifth_db); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyfifth_db_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    L,
    Style,
    ico,
)

I29, I30, I30P, I31 = ico("2836015"), ico("2497163"), ico("4619027"), ico("0318654")
I32, I33, I34, I35 = ico("2771930"), ico("7402186"), ico("2583047"), ico("0654192")
I36, I37, I38, I39 = ico("2913478"), ico("0082154"), ico("3641905"), ico("2670318")
I40, I41, I42 = ico("2756104"), ico("4509217"), ico("2688031")

CASES: list[dict[str, Any]] = [
    {
        "id": "db029-databox-annotation-changes-contact",
        "description": "data message: the annotation replaces the contact named in the attached "
        "PDF application with a colleague, giving her phone and e-mail",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Pardubický zpravodaj, a.s.",
            I29,
            "e4nq7vd",
            ["203.0.113.101"],
            ["203.0.113.102"],
            "Lenka Dušková",
            "duskova@pcezpravodaj.example",
            "+420777301552",
        ),
        "subject": (
            "Žádost o přístup k výsledkům voleb (příloha). Změna kontaktu oproti příloze: "
            "místo p. Krále je kontaktní osobou Lenka Dušková, 777 301 552, "
            "duskova@pcezpravodaj.example"
        ),
        "databox": {
            "box": "e4nq7vd",
            "sender": "Pardubický zpravodaj, a.s.",
            "address": "Sladkovského 420, 530 02 Pardubice",
        },
        "attachments": [
            (
                "pdf",
                "zadost_PZ.pdf",
                [
                    f"Pardubický zpravodaj, a.s., IČO {I29}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Produkční IP", "Testovací IP"],
                            ["203.0.113.101", "203.0.113.102"],
                        ],
                        "widths": [150, 150],
                    },
                    "Kontaktní osoba: Miroslav Král, 777 301 500, kral@pcezpravodaj.example",
                    "Pardubice 9. 9. 2025, Ing. Věra Holubová, předsedkyně představenstva",
                ],
            )
        ],
    },
    {
        "id": "db030-docx-letterhead-printer-ico",
        "description": "Apple Mail cover with HTML alternative; DOCX letterhead with the "
        "publisher's IČO, the body also names its printing house with another IČO",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED],
            "Vydavatelství Podbeskydí s.r.o.",
            I30,
            None,
            ["198.51.100.12"],
            ["198.51.100.13"],
            "Ladislav Kupka",
            "kupka@podbeskydi.example",
            "+420556710284",
        ),
        "from": "Ladislav Kupka <kupka@podbeskydi.example>",
        "subject": "Volby – žádost o XML",
        "headers": APPLE,
        "body": "Dobrý den,\nžádost přikládám.\nS pozdravem L. Kupka\n",
        "html": (
            '<html><body style="font-family: Helvetica"><div>Dobrý den,</div>'
            "<div>žádost přikládám.</div><div>S pozdravem L. Kupka</div></body></html>"
        ),
        "attachments": [
            (
                "docx",
                "Podbeskydi_zadost_XML.docx",
                {
                    "header": "VYDAVATELSTVÍ PODBESKYDÍ s.r.o. | Zahradní 1402, 742 21 Kopřivnice"
                    f" | IČO {I30}",
                    "blocks": [
                        "Věc: Žádost o přístup k výsledkům voleb",
                        "Vydáváme týdeník Podbeskydí a jeho webovou verzi. Tištěnou verzi pro "
                        f"nás zajišťuje Tiskárna Lašská brána a.s., IČO {I30P}, jejíž servery "
                        "s výsledky nepracují.",
                        "Web bude výsledky stahovat z adresy 198.51.100.12, testovací instance "
                        "běží na 198.51.100.13.",
                        "Kontakt: Ladislav Kupka, správce webu, 556 710 284, "
                        "kupka@podbeskydi.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "db031-xlsx-ano-ne-old-address",
        "description": "Outlook on the web cover; XLSX first sheet with ano/ne cells, second sheet "
        "of addresses including one marked as old and no longer used",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Liberecký deník Online s.r.o.",
            I31,
            None,
            ["192.0.2.60", "192.0.2.61"],
            ["192.0.2.65"],
            "Martin Vojáček",
            "vojacek@ldonline.example",
            "+420604218733",
        ),
        "from": "Martin Vojáček <vojacek@ldonline.example>",
        "subject": "Žádost ČSÚ – tabulka",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\nv příloze tabulka s naší žádostí. Adresu z minulých voleb "
            "jsme zrušili, je tam jen pro úplnost.\n\n"
            f"Martin Vojáček\nLiberecký deník Online s.r.o. (IČO {I31})\n+420 604 218 733\n"
        ),
        "attachments": [
            (
                "xlsx",
                "zadost_LDO.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Požadavek", "ano/ne"],
                            ["Přístup k XML", "ano"],
                            ["Natáčení na sběrném místě", "ne"],
                        ],
                    },
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Role", "IP", "Stav"],
                            ["produkce", "192.0.2.60", "nová"],
                            ["produkce", "192.0.2.61", "nová"],
                            ["produkce", "192.0.2.14", "stará – už se nepoužívá"],
                            ["test", "192.0.2.65", "nová"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "db032-databox-rtf-ipv6",
        "description": "data message; the RTF gives an IPv6 production address in a label line "
        "and an IPv4 test address",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Infocentrum Polička, o.p.s.",
            I32,
            "w5cj2ht",
            ["2001:db8:77::10"],
            ["198.51.100.77"],
            "Jitka Málková",
            "malkova@infopolicka.example",
            "+420461725503",
        ),
        "subject": "Zadost o pristup k vysledkum voleb",
        "databox": {
            "box": "w5cj2ht",
            "sender": "Infocentrum Polička, o.p.s.",
            "address": "Palackého nám. 160, 572 01 Polička",
        },
        "attachments": [
            (
                "rtf",
                "zadost_infocentrum.rtf",
                [
                    f"Infocentrum Polička, o.p.s., IČO {I32}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Produkční adresa (IPv6): 2001:db8:77:0:0:0:0:10",
                    "Testovací adresa: 198.51.100.77",
                    "Kontakt: Jitka Málková, 461 725 503, malkova@infopolicka.example",
                ],
            )
        ],
    },
    {
        "id": "db033-empty-body-docx-freelance-photographer",
        "description": "empty mail from a freelance photographer; the DOCX asks only for filming "
        "and names her trade name with IČO",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FILM],
            "Barbora Nedomová – Nedoma Foto",
            I33,
            None,
            [],
            [],
            "Barbora Nedomová",
            "foto@nedomafoto.example",
            "+420720415962",
        ),
        "from": "Nedoma Foto <foto@nedomafoto.example>",
        "subject": "žádost o povolení fotografovat",
        "headers": SEZNAM,
        "cte": "base64",
        "body": "",
        "attachments": [
            (
                "docx",
                "zadost_foto.docx",
                {
                    "blocks": [
                        "Barbora Nedomová – Nedoma Foto",
                        f"OSVČ, IČO {I33}, Husova 7, 301 00 Plzeň",
                        "Žádám o povolení fotografovat ve sběrném místě Plzeň během "
                        "zpracování výsledků voleb pro agenturu, s níž spolupracuji. O přístup "
                        "k datům nežádám.",
                        "Kontakt: 720 415 962, foto@nedomafoto.example",
                        "Barbora Nedomová",
                    ]
                },
            )
        ],
    },
    {
        "id": "db034-databox-split-annotation-file",
        "description": "data message: requests and addresses in the annotation, contact only in "
        "the PDF",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED, FILM],
            "TV Beskyd s.r.o.",
            I34,
            "k2vd8ru",
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Ondřej Mikeska",
            "mikeska@tvbeskyd.example",
            "+420603772018",
        ),
        "subject": (
            "Žádost o přístup k XML (prod. 192.0.2.140, test 192.0.2.141) a o povolení "
            "natáčení ve sběrném místě Frýdek-Místek. Kontaktní údaje v příloze."
        ),
        "databox": {
            "box": "k2vd8ru",
            "sender": "TV Beskyd s.r.o.",
            "address": "Hlavní třída 12, 738 01 Frýdek-Místek",
        },
        "attachments": [
            (
                "pdf",
                "kontakty_TV_Beskyd.pdf",
                [
                    f"TV Beskyd s.r.o., IČO {I34}",
                    "Kontaktní údaje k žádosti",
                    {
                        "rows": [
                            ["Kontaktní osoba", "Telefon", "E-mail"],
                            ["Ondřej Mikeska", "603 772 018", "mikeska@tvbeskyd.example"],
                        ],
                        "widths": [130, 100, 170],
                    },
                    "Štáb pro natáčení: Ondřej Mikeska (redaktor), Lukáš Hanzelka (kamera)",
                ],
            )
        ],
    },
    {
        "id": "db035-gmail-html-row-headers-press-card",
        "description": "Gmail HTML with a table of th row headers; the attached PDF is a press "
        "card with a dotted card number",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Moravskoslezský report s.r.o.",
            I35,
            None,
            ["203.0.113.33", "203.0.113.34"],
            ["203.0.113.35"],
            "Tereza Holubcová",
            "holubcova@msreport.example",
            "+420732600149",
        ),
        "from": "Tereza Holubcová <holubcova@msreport.example>",
        "subject": "Přístup k výsledkům – MS report",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nMoravskoslezský report s.r.o., IČO "
            f"{I35}, žádá o přístup k výsledkům voleb.\n\n"
            "Produkční IP: 203.0.113.33, 203.0.113.34\nTestovací IP: 203.0.113.35\n\n"
            "Kontakt: Tereza Holubcová, 732 600 149\n"
            "Pro jistotu přikládám novinářský průkaz.\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div><div>Moravskoslezský report '
            f"s.r.o., IČO {I35}, žádá o přístup k výsledkům voleb.</div><div><br></div>"
            '<table style="border-collapse:collapse" border="1">'
            "<tr><th>Produkční IP</th><td>203.0.113.33</td><td>203.0.113.34</td></tr>"
            "<tr><th>Testovací IP</th><td>203.0.113.35</td><td></td></tr></table>"
            "<div><br></div><div>Kontakt: Tereza Holubcová, 732 600 149</div>"
            "<div>Pro jistotu přikládám novinářský průkaz.</div></div>"
        ),
        "attachments": [
            (
                "pdf",
                "prukaz_Holubcova.pdf",
                [
                    "NOVINÁŘSKÝ PRŮKAZ",
                    "Tereza Holubcová, redaktorka",
                    "Číslo průkazu: 2025.10.4.117      Platnost do 31. 12. 2026",
                ],
            )
        ],
    },
    {
        "id": "db036-txt-form-cover-adds-filming",
        "description": "Roundcube cover says they now also want to film, though the attached TXT "
        "form has that box unticked",
        "style": Style.AMENDING_COVER,
        "labels": L(
            [FEED, FILM],
            "Znojemský týden, spol. s r. o.",
            I36,
            None,
            ["198.51.100.55"],
            ["198.51.100.56"],
            "Petr Šťastný",
            "stastny@znojemskytyden.example",
            "+420515224907",
        ),
        "from": "Petr Šťastný <stastny@znojemskytyden.example>",
        "subject": "Žádost o přístup + dodatek",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\nformulář jsme vyplnili minulý týden, mezitím jsme se ale "
            "rozhodli, že chceme na sběrném místě ve Znojmě i natáčet. Zaškrtněte si "
            "to prosím ve formuláři, ať ho nemusím znovu podepisovat. Natáčet budu "
            "já s kolegou Hanákem.\n\nPetr Šťastný\n"
        ),
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Žadatel: Znojemský týden, spol. s r. o.\n"
                f"IČO: {I36}\n\n"
                "☒ přístup k výsledkům ve formátu XML\n"
                "☐ povolení k natáčení na sběrném místě\n\n"
                "produkční IP: 198.51.100.55\n"
                "testovací IP: 198.51.100.56\n\n"
                "kontaktní osoba: Petr Šťastný, tel. 515 224 907, "
                "stastny@znojemskytyden.example\n",
            )
        ],
    },
    {
        "id": "db037-databox-docx-nested-test-from-prod",
        "description": "data message; DOCX with an outer table and a nested table of addresses, "
        "testing will run from the production servers",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Obec Hrádek u Sušice",
            I37,
            "m8ps5zq",
            ["203.0.113.230", "203.0.113.231", "203.0.113.232"],
            [],
            "Václav Tůma",
            "tuma@hradek-obec.example",
            "+420376599121",
        ),
        "subject": "Přístup k výsledkům voleb – obec Hrádek",
        "databox": {
            "box": "m8ps5zq",
            "sender": "Obec Hrádek",
            "address": "Hrádek 7, 342 01 Sušice",
            "type": 10,
        },
        "attachments": [
            (
                "docx",
                "zadost_Hradek.docx",
                {
                    "blocks": [
                        "Obec Hrádek u Sušice žádá o přístup k výsledkům voleb ve formátu XML "
                        "(pro obecní web a rozhlas po internetu).",
                        {
                            "rows": [
                                ["Žadatel", f"Obec Hrádek u Sušice, IČO {I37}"],
                                ["IP adresy", ""],
                                ["Kontakt", "Václav Tůma, 376 599 121, tuma@hradek-obec.example"],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkční", "203.0.113.230"],
                                        ["produkční", "203.0.113.231"],
                                        ["záložní", "203.0.113.232"],
                                    ]
                                }
                            },
                        },
                        "Testovací adresu nemáme, testovat budeme přímo z produkčních serverů.",
                        "Václav Tůma, starosta",
                    ]
                },
            )
        ],
    },
    {
        "id": "db038-signed-forward-slovak-eml",
        "description": "S/MIME-signed forward of a Slovak colleague's .eml; the forwarding "
        "office manager adds the IČO the original left out",
        "style": Style.FORWARDED_EML,
        "labels": L(
            [FEED],
            "Karpatia Media CZ s.r.o.",
            I38,
            None,
            ["198.51.100.180", "198.51.100.181"],
            ["198.51.100.189"],
            "Martin Baláž",
            "balaz@karpatiamedia.example",
            "+421918552037",
        ),
        "from": "Kristýna Dvořáková <dvorakova@karpatiamedia.example>",
        "subject": "FW: Žiadosť – prístup k výsledkom volieb",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Dobrý den,\n\npřeposílám žádost kolegy Baláže z bratislavské redakce. "
            "Žadatelem je naše česká společnost Karpatia Media CZ s.r.o., IČO "
            f"{I38}, kolega na to v originále zapomněl.\n\n"
            "Kristýna Dvořáková\noffice manager\n"
        ),
        "attachments": [
            (
                "eml",
                "Žiadosť – prístup k výsledkom volieb.eml",
                {
                    "id": "db038-inner",
                    "from": "Martin Baláž <balaz@karpatiamedia.example>",
                    "to": "dvorakova@karpatiamedia.example",
                    "subject": "Žiadosť – prístup k výsledkom volieb",
                    "headers": OUTLOOK,
                    "body": (
                        "Ahoj Kristýna,\n\nprosím pošli na ČSÚ:\n\n"
                        "Žiadame o prístup k výsledkom volieb vo formáte XML.\n"
                        "produkčné IP: 198.51.100.180 a 198.51.100.181\n"
                        "testovacia IP: 198.51.100.189\n"
                        "kontakt: Martin Baláž, +421 918 552 037, balaz@karpatiamedia.example\n\n"
                        "Vďaka, Martin\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "db039-databox-odt-unticked-feed-last-year-ips",
        "description": "data message; ODT form pre-filled with last year's addresses but with the "
        "XML box unticked and only filming ticked",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FILM],
            "Chrudimský týdeník s.r.o.",
            I39,
            "p7yt4ek",
            [],
            [],
            "Jana Vítková",
            "vitkova@chrudimskytydenik.example",
            "+420469330718",
        ),
        "subject": "Formulář – volby 2025",
        "databox": {
            "box": "p7yt4ek",
            "sender": "Chrudimský týdeník s.r.o.",
            "address": "Resselovo nám. 77, 537 01 Chrudim",
        },
        "attachments": [
            (
                "odt",
                "formular_2025.odt",
                [
                    f"Žadatel: Chrudimský týdeník s.r.o., IČO {I39}",
                    "☐ Přístup k výsledkům ve formátu XML",
                    "☒ Povolení pořizovat záznam na sběrném místě (Chrudim, 4. 10. 2025)",
                    [
                        ["IP (z loňského formuláře)", "192.0.2.91 / test 192.0.2.92"],
                        ["Poznámka", "letos XML nepotřebujeme, adresy jen zůstaly ve formuláři"],
                    ],
                    "Kontaktní osoba: Jana Vítková, 469 330 718, vitkova@chrudimskytydenik.example",
                ],
            )
        ],
    },
    {
        "id": "db040-pdf-spaced-ico-dic-bank",
        "description": "windows-1250 quoted-printable cover from K-9; the PDF letter writes the "
        "IČO with spaces beside a DIČ, a bank account and a postal code; production only",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED],
            "Šumavské noviny, v.o.s.",
            I40,
            None,
            ["192.0.2.250"],
            [],
            "Richard Hošek",
            "hosek@sumavskenoviny.example",
            "+420388411260",
        ),
        "from": "Richard Hošek <hosek@sumavskenoviny.example>",
        "subject": "zadost o pristup k vysledkum",
        "headers": K9,
        "charset": "windows-1250",
        "cte": "qp",
        "body": "Dobrý den, posílám žádost (pdf). Hošek\n",
        "attachments": [
            (
                "pdf",
                "zadost_Sumavske_noviny.pdf",
                [
                    "Šumavské noviny, v.o.s.\nNáměstí 44, 385 01 Vimperk\n"
                    f"IČ: {I40[:2]} {I40[2:5]} {I40[5:]}, DIČ: CZ{I40}\n"
                    "Bankovní spojení: 1043772019/0800",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML. Data budeme "
                    "stahovat z jediné adresy 192.0.2.250 (na ní budeme i testovat).",
                    "Vyřizuje: Richard Hošek, tel. 388 411 260, hosek@sumavskenoviny.example",
                ],
            )
        ],
    },
    {
        "id": "db041-databox-annotation-both-xlsx-crew",
        "description": "data message: both requests with addresses in the annotation, the XLSX is "
        "only the crew list with other phone numbers",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED, FILM],
            "Rádio Český Ráj s.r.o.",
            None,
            "q3hm9cf",
            ["198.51.100.121"],
            ["198.51.100.122"],
            "Denisa Kalousová",
            None,
            "+420605993114",
        ),
        "subject": (
            "Žádost o XML výsledky (produkce 198.51.100.121, test 198.51.100.122) a o natáčení "
            "na sběrném místě Jičín, štáb viz příloha. Kontakt Denisa Kalousová 605 993 114."
        ),
        "databox": {
            "box": "q3hm9cf",
            "sender": "Rádio Český Ráj s.r.o.",
            "address": "Husova 51, 506 01 Jičín",
        },
        "attachments": [
            (
                "xlsx",
                "stab_Jicin.xlsx",
                [
                    {
                        "title": "Štáb",
                        "rows": [
                            ["Jméno", "Funkce", "Telefon"],
                            ["Denisa Kalousová", "redaktorka", "605 993 114"],
                            ["Karel Zima", "zvukař", "604 381 770"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "db042-reply-quoted-office-corrected-docx",
        "description": "reply quoting the office's request for a correction (its own contacts); "
        "the attached corrected DOCX replaces the production address of the first filing",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Deník Horácko s.r.o.",
            I42,
            None,
            ["203.0.113.215"],
            ["203.0.113.216"],
            "Milena Trnková",
            "trnkova@horacko.example",
            "+420566610447",
        ),
        "from": "Milena Trnková <trnkova@horacko.example>",
        "subject": "Re: Žádost o přístup – nesoulad adres",
        "headers": OUTLOOK,
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\nomlouvám se, v první žádosti byla chybná produkční adresa. "
            "V příloze posílám opravenou žádost, platí adresy v ní (produkce .215, test "
            ".216).\n\nMilena Trnková\nDeník Horácko s.r.o.\n\n"
            "-----Původní zpráva-----\n"
            "Od: Podatelna ČSÚ <podatelna@czso.cz>\n"
            "Odesláno: pondělí 15. září 2025 10:12\n"
            "Předmět: Žádost o přístup – nesoulad adres\n\n"
            "> Dobrý den,\n"
            "> produkční adresa 203.0.113.251 uvedená ve Vaší žádosti nepatří do rozsahu, "
            "který jste\n> uvedli v doprovodném dopise. Prosíme o upřesnění.\n"
            "> Oddělení volebních aplikací ČSÚ, tel. 274 052 733, IČO 00025593\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_Horacko_oprava.docx",
                {
                    "header": f"Deník Horácko s.r.o. – IČO {I42} – Komenského 9, 674 01 Třebíč",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb (opravená verze)",
                        {
                            "rows": [
                                ["Produkční IP", "203.0.113.215"],
                                ["Testovací IP", "203.0.113.216"],
                            ]
                        },
                        "Kontaktní osoba: Milena Trnková, 566 610 447, trnkova@horacko.example",
                    ],
                },
            )
        ],
    },
]
