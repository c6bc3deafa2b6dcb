"""Nineteenth held-out part ``mb``, cases mb001–mb014: a PDF form with ticked and unticked boxes,
a DOCX letter sent with an empty body, a data message whose application is only in the
annotation, an XLSX ANO/NE sheet with a merged role cell, a cover note that corrects the attached
ODT, an RTF filming request, a forwarded .eml from IT, a PDF-only data message, a netmask in a
TXT file, an HTML form, a data message whose annotation replaces the contact, a Slovak PDF, an
English DOCX with a nested table and a municipality's ODT. Written by hand apart from the
extraction rules (see make_nineteenth_mb); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.nineteenth_mb_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I1, I2, I3, I4, I5 = (
    ico("2915347"),
    ico("4720638"),
    ico("0867413"),
    ico("2267590"),
    ico("0518824"),
)
I6, I7, I8, I9, I10 = (
    ico("2873061"),
    ico("4519972"),
    ico("2640185"),
    ico("0793246"),
    ico("2558713"),
)
I11, I12, I14 = ico("2697104"), ico("0712389"), ico("0029173")

_IT_MAIL: dict[str, Any] = {
    "id": "mb007-inner",
    "from": "Daniel Koubek <koubek@obzor-plus.example>",
    "to": "Alena Šindelářová <sindelarova@obzor-plus.example>",
    "subject": "IP adresy pro volební XML",
    "headers": TBIRD,
    "body": (
        "Ahoj Aleno,\n\n"
        "tady jsou adresy pro ČSÚ, jak jsme se bavili na poradě:\n\n"
        "produkce: 192.0.2.40 a 192.0.2.41 (oba nody za balancerem)\n"
        "testovací: 192.0.2.48\n\n"
        "Stahovat budeme přes HTTPS každých 30 s, certifikát máme obnovený do 3/2027.\n"
        "Kdyby se ozvali s dotazem, klidně jim dej moje číslo 773 615 224.\n\n"
        "D.\n\n"
        "-- \nDaniel Koubek\nIT provoz | OBZOR PLUS a.s.\nkoubek@obzor-plus.example\n"
    ),
}

CASES: list[dict[str, Any]] = [
    {
        "id": "mb001-pdf-form-ticked-box",
        "description": "short cover mail, the application is a PDF form: a ticked and an "
        "unticked box, addresses in a table with a role column; a mobile and a switchboard",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "HORÁCKO MEDIA s.r.o.",
            I1,
            None,
            ["192.0.2.114", "192.0.2.115"],
            ["192.0.2.120"],
            "Tereza Vondrová",
            "vondrova@horackenoviny.example",
            "+420736118402",
        ),
        "from": "Vondrová Tereza <vondrova@horackenoviny.example>",
        "subject": "Žádost - výsledky voleb 2026 - Horácké noviny",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v příloze posílám vyplněný formulář žádosti za Horácké noviny.\n\n"
            "Děkuji a přeji hezký den\n"
            "Tereza Vondrová\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular_zadost_volby2026.pdf",
                [
                    "<b>FORMULÁŘ ŽÁDOSTI – výsledky voleb do zastupitelstev obcí a do Senátu "
                    "2026</b>",
                    {
                        "rows": [
                            ["Žadatel (obchodní firma)", "HORÁCKO MEDIA s.r.o."],
                            ["Titul / médium", "Horácké noviny, www.horackenoviny.example"],
                            ["IČO", I1],
                            ["Sídlo", "Karlovo nám. 18, 674 01 Třebíč"],
                        ],
                        "widths": [160, 300],
                    },
                    "Předmět žádosti (zaškrtněte):",
                    "☒ přístup k serveru s výsledky voleb ve formátu XML\n"
                    "☐ povolení pořizovat obrazové a zvukové záznamy na sběrném místě ČSÚ",
                    "IP adresy (max. 5 produkčních a 5 testovacích):",
                    {
                        "rows": [
                            ["Typ", "IP adresa", "Poznámka"],
                            ["produkční", "192.0.2.114", "hlavní web"],
                            ["produkční", "192.0.2.115", "mobilní aplikace"],
                            ["testovací", "192.0.2.120", ""],
                        ],
                        "widths": [100, 140, 200],
                    },
                    "Kontaktní osoba: Bc. Tereza Vondrová, technická redaktorka\n"
                    "E-mail: vondrova@horackenoviny.example\n"
                    "Telefon: 736 118 402 (ústředna redakce 568 840 200)",
                    "V Třebíči dne 14. 9. 2026",
                ],
            )
        ],
    },
    {
        "id": "mb002-docx-letter-empty-body",
        "description": "mail with an empty body sent by a secretariat; the DOCX letter asks for "
        "both, its footer carries IČO and data-box ID, the contact is not the signatory",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED, FILM],
            "Rádio Podblanicko, spol. s r.o.",
            I2,
            "r5kw8tp",
            ["203.0.113.50", "203.0.113.51"],
            ["203.0.113.58"],
            "Lucie Marešová",
            "maresova@podblanicko.example",
            "+420317702914",
        ),
        "from": "Sekretariát Rádio Podblanicko <sekretariat@podblanicko.example>",
        "subject": "Žádost ČSÚ",
        "headers": OUTLOOK,
        "body": "",
        "attachments": [
            (
                "docx",
                "Zadost_CSU_volby_2026.docx",
                {
                    "header": "RÁDIO PODBLANICKO – 98,4 FM",
                    "footer": f"Rádio Podblanicko, spol. s r.o. | Tyršova 1409, 256 01 Benešov "
                    f"| IČO: {I2} | ID datové schránky: r5kw8tp | www.podblanicko.example",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "V Benešově 11. září 2026",
                        "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                        "Vážení,",
                        "Rádio Podblanicko, spol. s r.o., žádá o zřízení přístupu k serveru, "
                        "na kterém budou zveřejňovány výsledky voleb do zastupitelstev obcí ve "
                        "formátu XML. Přístup prosíme povolit z těchto adres:",
                        {
                            "rows": [
                                ["", "IP adresa"],
                                ["Produkční server 1", "203.0.113.50"],
                                ["Produkční server 2 (záloha)", "203.0.113.51"],
                                ["Testovací prostředí", "203.0.113.58"],
                            ]
                        },
                        "Dále žádáme o povolení pořizovat zvukový záznam na sběrném místě "
                        "v Benešově v noci z 9. na 10. října 2026. Za rádio se zúčastní "
                        "reportér Ondřej Kalina.",
                        "Kontaktní osobou pro obě žádosti je Ing. Lucie Marešová, vedoucí "
                        "vysílání, tel. 317 702 914, e-mail maresova@podblanicko.example.",
                        "S pozdravem",
                        "Mgr. Václav Pospíšil\njednatel",
                    ],
                },
            )
        ],
    },
    {
        "id": "mb003-databox-annotation-only",
        "description": "data message: the whole application is in the annotation, the attached "
        "PDF is only a commercial-register excerpt carrying the IČO",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "KRAJ ONLINE s.r.o.",
            I3,
            "x8vn3qa",
            ["198.51.100.140"],
            [],
            "Jakub Lenc",
            "lenc@kraj-online.example",
            "+420605331872",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb: produkční IP 198.51.100.140, "
        "testovací nemáme. Kontakt Jakub Lenc, 605 331 872, lenc@kraj-online.example",
        "databox": {
            "box": "x8vn3qa",
            "sender": "KRAJ ONLINE s.r.o.",
            "address": "Českobratrská 2227/6, 702 00 Ostrava",
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR_KRAJ_ONLINE.pdf",
                [
                    "<b>Výpis</b>\nz obchodního rejstříku, vedeného Krajským soudem v Ostravě\n"
                    "oddíl C, vložka 81234",
                    {
                        "rows": [
                            ["Datum vzniku a zápisu:", "3. května 2019"],
                            ["Spisová značka:", "C 81234 vedená u Krajského soudu v Ostravě"],
                            ["Obchodní firma:", "KRAJ ONLINE s.r.o."],
                            ["Sídlo:", "Českobratrská 2227/6, Moravská Ostrava, 702 00 Ostrava"],
                            ["Identifikační číslo:", f"{I3[:3]} {I3[3:5]} {I3[5:]}"],
                            ["Právní forma:", "Společnost s ručením omezeným"],
                            ["Předmět podnikání:", "Vydavatelské a nakladatelské činnosti"],
                            ["Jednatel:", "JAKUB LENC, dat. nar. 12. března 1986"],
                            ["Základní kapitál:", "200 000,- Kč"],
                        ],
                        "widths": [140, 320],
                    },
                    "Údaje platné ke dni: 10. září 2026 06:00",
                ],
            )
        ],
    },
    {
        "id": "mb004-xlsx-ano-ne-merged-role",
        "description": "XLSX with an ANO/NE sheet (filming marked NE) and an address sheet whose "
        "'Produkce' cell is merged over two rows; iso-8859-2 cover mail",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Novojičínský týdeník, z. s.",
            I4,
            None,
            ["198.51.100.21", "198.51.100.22"],
            ["198.51.100.29"],
            "Radim Ptáček",
            "ptacek@nj-tydenik.example",
            "+420556710384",
        ),
        "from": "Radim Ptáček <ptacek@nj-tydenik.example>",
        "subject": "zadost o pristup - volby 2026",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "v příloze je vyplněná tabulka (má dva listy, na druhém jsou adresy).\n\n"
            "Díky\n"
            "Radim Ptáček\n"
            "Novojičínský týdeník\n"
        ),
        "attachments": [
            (
                "xlsx",
                "zadost_CSU_NJT.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žádost o", "ANO", "NE"],
                            ["Přístup k XML výsledkům voleb", "x", ""],
                            ["Natáčení / fotografování na sběrném místě", "", "x"],
                            [],
                            ["Žadatel", "Novojičínský týdeník, z. s."],
                            ["IČO", I4],
                            ["Kontaktní osoba", "Radim Ptáček"],
                            ["E-mail", "ptacek@nj-tydenik.example"],
                            ["Telefon", "+420 556 710 384"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Role", "IP adresa", "Poznámka"],
                            ["Produkce", "198.51.100.21", "web"],
                            [None, "198.51.100.22", "záloha webu"],
                            ["Test", "198.51.100.29", "jen do 30. 9."],
                        ],
                        "merge": ["A2:A3"],
                    },
                ],
            )
        ],
    },
    {
        "id": "mb005-cover-note-corrects-odt",
        "description": "the cover note replaces the test address written in the attached ODT; "
        "the production addresses stay as in the document",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Vltavín media a.s.",
            I5,
            None,
            ["203.0.113.17", "203.0.113.18"],
            ["203.0.113.29"],
            "Šárka Doubravová",
            "doubravova@vltavin.example",
            "+420602441907",
        ),
        "from": "Šárka Doubravová <doubravova@vltavin.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Vltavín",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "posílám naši žádost v příloze. Jedna oprava, kterou už jsem do dokumentu "
            "nestihla zapsat: testovací adresa 203.0.113.19 uvedená v žádosti už neplatí, "
            "stroj jsme mezitím přestěhovali a testovat budeme z 203.0.113.29. Všechno "
            "ostatní platí, jak je v příloze.\n\n"
            "Děkuji\n"
            "Šárka Doubravová\n\n"
            "Odesláno z Macu\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_vltavin.odt",
                [
                    "Vltavín media a.s., Tylova 21, 370 01 České Budějovice",
                    f"IČO {I5}",
                    "Český statistický úřad, podatelna",
                    "Žádost o přístup k serveru s výsledky voleb ve formátu XML",
                    "Dobrý den, žádáme o přístup k výsledkům voleb pro náš zpravodajský "
                    "portál vltavin.example.",
                    [
                        ["Účel", "IP adresa"],
                        ["produkční", "203.0.113.17"],
                        ["produkční", "203.0.113.18"],
                        ["testovací", "203.0.113.19"],
                    ],
                    "Kontaktní osoba: Mgr. Šárka Doubravová, +420 602 441 907, "
                    "doubravova@vltavin.example",
                    "V Českých Budějovicích 8. 9. 2026",
                    "Šárka Doubravová, vedoucí online redakce",
                ],
            )
        ],
    },
    {
        "id": "mb006-rtf-filming-only-crew-table",
        "description": "windows-1250 cover mail declines the feed; the RTF asks to film and "
        "lists the crew in a table, the reporter marked as contact",
        "style": Style.TABLE,
        "labels": L(
            [FILM],
            "TV Krkonoše s.r.o.",
            I6,
            None,
            [],
            [],
            "Hynek Bartoš",
            "bartos@tvkrkonose.example",
            "+420739204118",
        ),
        "from": "Hynek Bartoš <bartos@tvkrkonose.example>",
        "subject": "Žádost o povolení natáčení - sběrné místo Trutnov",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\r\n\r\n"
            "v příloze zasílám žádost o povolení natáčení na sběrném místě v Trutnově "
            "(formát RTF). Přístup k XML s výsledky nepotřebujeme, čísla přebíráme "
            "z agentury.\r\n\r\n"
            "S pozdravem\r\n"
            "Hynek Bartoš\r\n"
            "TV Krkonoše\r\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_nataceni_TVK.rtf",
                [
                    f"TV Krkonoše s.r.o., Horská 55, 541 01 Trutnov, IČO {I6}",
                    "Věc: žádost o povolení pořizovat obrazový záznam",
                    "Žádáme o povolení natáčet na sběrném místě Českého statistického "
                    "úřadu v Trutnově dne 10. 10. 2026 od 14:00 do 18:00 pro pořad "
                    "Krkonošský týden. Natáčet budeme bez umělého osvětlení.",
                    "Štáb:",
                    [
                        ["Jméno", "Funkce", "Telefon"],
                        ["Hynek Bartoš", "redaktor, kontaktní osoba", "739 204 118"],
                        ["Filip Sedláček", "kameraman", "720 556 031"],
                    ],
                    "E-mail kontaktní osoby: bartos@tvkrkonose.example",
                    "Hynek Bartoš",
                ],
            )
        ],
    },
    {
        "id": "mb007-forwarded-it-eml",
        "description": "the editor attaches IT's mail as .eml; her cover names the company and "
        "IČO and makes the IT colleague from the attached mail the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "OBZOR PLUS a.s.",
            I7,
            None,
            ["192.0.2.40", "192.0.2.41"],
            ["192.0.2.48"],
            "Daniel Koubek",
            "koubek@obzor-plus.example",
            "+420773615224",
        ),
        "from": "Alena Šindelářová <sindelarova@obzor-plus.example>",
        "subject": "Fwd: IP adresy pro volební XML",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "v příloze přeposílám e-mail našeho IT s adresami serverů. Žádáme za "
            f"vydavatelství OBZOR PLUS a.s., IČO {I7}, o přístup k XML s výsledky voleb.\n\n"
            "Kontaktní osobou bude kolega z IT, který přiložený e-mail psal, Daniel Koubek "
            "(jeho telefon je v příloze).\n\n"
            "S pozdravem\n"
            "Alena Šindelářová\n"
            "šéfredaktorka\n"
            "tel. 724 900 315\n"
        ),
        "attachments": [("eml", "IP adresy pro volební XML.eml", _IT_MAIL)],
    },
    {
        "id": "mb008-databox-pdf-letter-office-box",
        "description": "data message with 'Žádost' as the only annotation; the PDF letter asks "
        "for both and prints the office's own data-box ID in the recipient block",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED, FILM],
            "Moravskoslezská mediální, a.s.",
            I8,
            "d3hq7mz",
            ["203.0.113.130", "203.0.113.131", "203.0.113.132"],
            ["203.0.113.139"],
            "Ivana Štěpánová",
            "stepanova@msmedia.example",
            "+420731552880",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "d3hq7mz",
            "sender": "Moravskoslezská mediální, a.s.",
            "address": "Nádražní 2187/44, 702 00 Ostrava",
            "ref": "MSM/214/2026",
        },
        "attachments": [
            (
                "pdf",
                "MSM_214_2026_zadost_CSU.pdf",
                [
                    "<b>Moravskoslezská mediální, a.s.</b>\nNádražní 2187/44, 702 00 Ostrava\n"
                    f"IČO: {I8} | ID DS: d3hq7mz",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10\nID DS: 2gfaasy",
                    "Naše zn.: MSM/214/2026 | Vyřizuje: Ivana Štěpánová | Ostrava 15. 9. 2026",
                    "<b>Věc: Žádost o přístup k výsledkům voleb a povolení natáčení</b>",
                    "Společnost Moravskoslezská mediální, a.s., vydavatel deníku Ostravský "
                    "kurýr, tímto žádá:",
                    "1. o přístup k serveru s výsledky voleb ve formátu XML z těchto adres – "
                    "produkční 203.0.113.130, 203.0.113.131 a 203.0.113.132, testovací "
                    "203.0.113.139;",
                    "2. o povolení pořizovat obrazové záznamy na sběrném místě ČSÚ v Ostravě "
                    "v noci z 9. na 10. 10. 2026 (štáb: Tomáš Kupka, Jana Riedlová).",
                    "Kontaktní osoba: Ivana Štěpánová, mobil 731 552 880 (ústředna 596 117 300), "
                    "stepanova@msmedia.example",
                    "Ing. Pavel Hořejší\npředseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "mb009-txt-config-netmask",
        "description": "an IT contractor's Gmail cover with a TXT file: production as an "
        "address with a netmask (four addresses), an application version number nearby",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Týdeník Polabí s.r.o.",
            I9,
            None,
            ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"],
            ["198.51.100.70"],
            "Radek Mach",
            "mach@webstudio-mach.example",
            "+420608300772",
        ),
        "from": "Radek Mach <mach@webstudio-mach.example>",
        "subject": "Týdeník Polabí – žádost o XML feed (volby 2026)",
        "headers": GMAIL,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            f"jsem externí dodavatel webu pro Týdeník Polabí s.r.o. (IČO {I9}) a v jejich "
            "zastoupení posílám žádost o přístup k XML s výsledky voleb. Technické údaje "
            "jsou v přiloženém txt. Kontaktní osobou pro technické věci jsem já.\n\n"
            "Díky,\nRadek Mach\nWebstudio Mach\n+420 608 300 772\n"
        ),
        "attachments": [
            (
                "txt",
                "csu_volby_2026.txt",
                "ZADOST - XML VYSLEDKY VOLEB 2026\n"
                "================================\n"
                "odberatel: Tydenik Polabi s.r.o.\n"
                "aplikace:  volby-importer v2.4.1 (cron po 60 s)\n\n"
                "[produkce]\n"
                "sit: 198.51.100.64 maska 255.255.255.252\n\n"
                "[test]\n"
                "ip: 198.51.100.70\n\n"
                "kontakt: Radek Mach, mach@webstudio-mach.example, 608 300 772\n",
            )
        ],
    },
    {
        "id": "mb010-html-intranet-form-boxes",
        "description": "HTML-only mail generated from an intranet form: ☑ feed and ☐ filming, "
        "addresses in a table with role rows",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Valašské rádio, s.r.o.",
            I10,
            None,
            ["192.0.2.201"],
            ["192.0.2.202", "192.0.2.203"],
            "Petra Zábranská",
            "zabranska@valasske-radio.example",
            "+420571119460",
        ),
        "from": "Petra Zábranská <zabranska@valasske-radio.example>",
        "subject": "Formulář: žádost externímu subjektu – ČSÚ volby",
        "headers": ZIMBRA,
        "html": (
            "<html><body style='font-family:Arial'>"
            "<p>Dobrý den,</p><p>na základě interního formuláře zasíláme žádost:</p>"
            "<table border='1' cellpadding='4'>"
            "<tr><th colspan='2'>Žádost o</th></tr>"
            "<tr><td>☑</td><td>přístup k serveru s výsledky voleb (XML)</td></tr>"
            "<tr><td>☐</td><td>povolení pořizovat záznam na sběrném místě</td></tr>"
            "</table><br>"
            "<table border='1' cellpadding='4'>"
            "<tr><th>Žadatel</th><td>Valašské rádio, s.r.o.</td></tr>"
            f"<tr><th>IČO</th><td>{I10}</td></tr>"
            "<tr><th>Produkční IP</th><td>192.0.2.201</td></tr>"
            "<tr><th>Testovací IP</th><td>192.0.2.202<br>192.0.2.203</td></tr>"
            "<tr><th>Kontaktní osoba</th><td>Petra Zábranská</td></tr>"
            "<tr><th>E-mail</th><td>zabranska@valasske-radio.example</td></tr>"
            "<tr><th>Telefon</th><td>571 119 460</td></tr>"
            "</table>"
            "<p style='color:#888;font-size:9px'>Vygenerováno systémem FormDesk 3.2 dne "
            "16. 9. 2026 v 9:41. Číslo požadavku: 2026-0917-0042.</p>"
            "</body></html>"
        ),
    },
    {
        "id": "mb011-databox-annotation-replaces-contact",
        "description": "data message: the DOCX form asks for both with [x] boxes and names one "
        "contact; the annotation replaces him with a colleague",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED, FILM],
            "Hanácký kurýr s.r.o.",
            I11,
            "w2pc6rj",
            ["192.0.2.60"],
            ["192.0.2.61"],
            "Eva Šimková",
            "simkova@hanackykuryr.example",
            "+420777208316",
        ),
        "subject": "Žádost o přístup k výsledkům voleb (XML) a o povolení natáčení – viz "
        "příloha. Změna: kontaktní osobou je místo p. Hrušky Mgr. Eva Šimková, "
        "777 208 316, simkova@hanackykuryr.example",
        "databox": {
            "box": "w2pc6rj",
            "sender": "Hanácký kurýr s.r.o.",
            "address": "Horní náměstí 12, 779 00 Olomouc",
        },
        "attachments": [
            (
                "docx",
                "zadost_HK_2026.docx",
                {
                    "blocks": [
                        "ŽÁDOST – volby do zastupitelstev obcí 2026",
                        f"Žadatel: Hanácký kurýr s.r.o., IČO {I11}",
                        "[x] přístup k výsledkům voleb ve formátu XML",
                        "[x] povolení natáčet na sběrném místě ČSÚ v Olomouci",
                        {
                            "rows": [
                                ["Produkční adresa", "192.0.2.60"],
                                ["Testovací adresa", "192.0.2.61"],
                                ["Kontaktní osoba", "Martin Hruška"],
                                ["Telefon", "585 220 417"],
                                ["E-mail", "hruska@hanackykuryr.example"],
                            ]
                        },
                        "Olomouc 17. 9. 2026",
                    ]
                },
            )
        ],
    },
    {
        "id": "mb012-slovak-branch-pdf-table",
        "description": "Slovak mail and a Slovak PDF table (produkčná, záložná, testovacia) "
        "from a Czech branch of a Slovak company; filming declined in Slovak",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Podunajské médiá, a.s., organizačná zložka",
            I12,
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.160"],
            "Zuzana Kováčová",
            "kovacova@podunajske-media.example",
            "+421905418227",
        ),
        "from": "Kováčová Zuzana <kovacova@podunajske-media.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb – Podunajské médiá",
        "headers": OWA,
        "body": (
            "Dobrý deň,\n\n"
            "v prílohe posielam žiadosť o prístup k výsledkom volieb vo formáte XML za "
            "Podunajské médiá, a.s., organizačná zložka. O povolenie na nakrúcanie "
            "nežiadame.\n\n"
            "S pozdravom\n"
            "Zuzana Kováčová\n"
            "IT oddelenie\n"
            "+421 905 418 227\n"
        ),
        "attachments": [
            (
                "pdf",
                "ziadost_CSU.pdf",
                [
                    "<b>Žiadosť o prístup k výsledkom volieb vo formáte XML</b>",
                    "Žiadateľ: Podunajské médiá, a.s., organizačná zložka\n"
                    f"IČO: {I12}\nSídlo: Vinohradská 1511/230, 100 00 Praha 10",
                    {
                        "rows": [
                            ["Typ adresy", "IP adresa"],
                            ["produkčná", "198.51.100.150"],
                            ["produkčná (záložná)", "198.51.100.151"],
                            ["testovacia", "198.51.100.160"],
                        ],
                        "widths": [180, 180],
                    },
                    "Kontaktná osoba: Zuzana Kováčová, kovacova@podunajske-media.example, "
                    "+421 905 418 227",
                ],
            )
        ],
    },
    {
        "id": "mb013-english-docx-nested-ipv6",
        "description": "German broadcaster without an IČO writes English; a DOCX with a nested "
        "address table, IPv6 production and an IPv4 test address; filming declined",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Rheinland Nachrichten GmbH",
            None,
            None,
            ["2001:db8:5c0::21", "2001:db8:5c0::22"],
            ["203.0.113.222"],
            "Jonas Albrecht",
            "albrecht@rheinland-nachrichten.example",
            "+4922144081173",
        ),
        "from": "Jonas Albrecht <albrecht@rheinland-nachrichten.example>",
        "subject": "Application: access to election results XML (Rheinland Nachrichten)",
        "headers": APPLE,
        "flowed": True,
        "body": (
            "Dear Sir or Madam,\n\n"
            "please find attached our application for access to the XML server with the "
            "results of the Czech municipal and Senate elections. We do not need a filming "
            "permit this time.\n\n"
            "Best regards\n"
            "Jonas Albrecht\n"
            "Head of Data Desk\n"
            "Rheinland Nachrichten GmbH | Köln\n"
            "+49 221 4408 1173\n"
        ),
        "attachments": [
            (
                "docx",
                "RN_application_CZSO_2026.docx",
                {
                    "header": "Rheinland Nachrichten GmbH · Breite Straße 40 · 50667 Köln",
                    "footer": "Amtsgericht Köln HRB 99812 · USt-IdNr. DE 318 772 045",
                    "blocks": [
                        "Application for access to the election results server",
                        "Rheinland Nachrichten GmbH applies for access to the XML election "
                        "results feed of the Czech Statistical Office.",
                        {
                            "rows": [
                                ["Applicant", "Rheinland Nachrichten GmbH, Köln"],
                                ["IP addresses", ""],
                                [
                                    "Contact",
                                    "Jonas Albrecht, +49 221 4408 1173, "
                                    "albrecht@rheinland-nachrichten.example",
                                ],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["Production", "2001:db8:5c0::21"],
                                        ["Production", "2001:db8:5c0::22"],
                                        ["Test", "203.0.113.222"],
                                    ]
                                }
                            },
                        },
                        "Cologne, 9 September 2026",
                    ],
                },
            )
        ],
    },
    {
        "id": "mb014-databox-municipality-odt-brackets",
        "description": "municipality's data message with a bare annotation; the ODT form ticks "
        "[X] the feed and leaves [ ] filming, one production address only",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Obec Křižanovice",
            I14,
            "b9tm4ke",
            ["203.0.113.75"],
            [],
            "Romana Kučerová",
            "kucerova@krizanovice.example",
            "+420544228103",
        ),
        "subject": "Žádost o přístup k výsledkům voleb – obec Křižanovice",
        "databox": {
            "box": "b9tm4ke",
            "sender": "Obec Křižanovice",
            "address": "Křižanovice 1, 683 52 Křižanovice",
            "type": 10,
        },
        "attachments": [
            (
                "odt",
                "zadost_volby.odt",
                [
                    f"Obec Křižanovice, Křižanovice 1, 683 52, IČO: {I14}",
                    "Žádost o zpřístupnění výsledků voleb",
                    "[X] přístup k serveru s výsledky voleb ve formátu XML "
                    "(pro zveřejnění na webu obce)",
                    "[ ] povolení pořizovat obrazové a zvukové záznamy",
                    "Produkční IP adresa: 203.0.113.75",
                    "Testovací IP adresa: –",
                    "Kontaktní osoba: Romana Kučerová, administrativní pracovnice, "
                    "tel. 544 228 103, kucerova@krizanovice.example",
                    "Jaroslav Novotný, starosta",
                ],
            )
        ],
    },
]
