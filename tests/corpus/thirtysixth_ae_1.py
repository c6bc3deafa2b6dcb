"""Thirty-sixth held-out part ``ae``, cases ae001–ae014: a PDF letter behind an empty mail, a
DOCX form with box characters, an XLSX sheet with ANO/NE columns, data messages with the
application only in the annotation, only in the file or in both, a cover note that corrects the
attached letter, a forwarded .eml from IT, an RTF filming request, a Slovak TXT, an HTML table
with row headers and a foreign broadcaster's PDF. Written by hand apart from the extraction rules
(see make_thirtysixth_ae); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtysixth_ae_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I1, I2, I3, I4 = ico("2973105"), ico("2681447"), ico("0562318"), ico("2514076")
I5, I6, I7, I8 = ico("0028894"), ico("4537216"), ico("2716093"), ico("3618250")
I9, I10, I11, I12 = ico("4663102"), ico("0719384"), ico("2845561"), ico("2208917")
I14 = ico("0641723")

CASES: list[dict[str, Any]] = [
    {
        "id": "ae001-empty-body-pdf-letterhead",
        "description": "mail with an empty body; the whole application is a PDF letter whose "
        "letterhead gives the IČO and the data-box ID",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Jihočeský týdeník s.r.o.",
            I1,
            "k7m2pqa",
            ["198.51.100.21", "198.51.100.22"],
            ["198.51.100.30"],
            "Radek Šimánek",
            "simanek@jctydenik.example",
            "+420386102447",
        ),
        "from": "Redakce JČT <redakce@jctydenik.example>",
        "subject": "Žádost ČSÚ – volby 2025",
        "headers": OUTLOOK,
        "body": "",
        "attachments": [
            (
                "pdf",
                "JCT_zadost_CSU_2025.pdf",
                [
                    "JIHOČESKÝ TÝDENÍK s.r.o.\nU Černé věže 14, 370 01 České Budějovice\n"
                    f"IČO: {I1} | DIČ: CZ{I1} | ID datové schránky: k7m2pqa\n"
                    "www.jctydenik.example",
                    "Český statistický úřad\npodatelna\nNa padesátém 81\n100 82 Praha 10",
                    "V Českých Budějovicích dne 15. 9. 2025\nNaše č. j.: JCT/2025/118",
                    "<b>Věc: Žádost o zpřístupnění výsledků voleb ve formátu XML</b>",
                    "Vážení,\nžádáme o zřízení přístupu k serveru s průběžnými výsledky voleb do "
                    "Poslanecké sněmovny konaných ve dnech 3. a 4. října 2025. Výsledky budeme "
                    "zobrazovat na webu jctydenik.example a v mobilní aplikaci (verze 4.2.1).",
                    "Produkční IP adresy: 198.51.100.21, 198.51.100.22\n"
                    "Testovací IP adresa: 198.51.100.30",
                    "Kontaktní osoba: Ing. Radek Šimánek, vedoucí vývoje, tel. 386 102 447, "
                    "e-mail simanek@jctydenik.example",
                    "S pozdravem\n\nMgr. Alena Kubů\njednatelka",
                ],
            )
        ],
    },
    {
        "id": "ae002-docx-form-box-characters",
        "description": "two-line cover; DOCX form with a ticked and an unticked box character "
        "and an address table with a role column; IČ written with spaces",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Rádio Pálava, s.r.o.",
            I2,
            None,
            ["203.0.113.5", "203.0.113.6"],
            ["203.0.113.9"],
            "Veronika Nováková",
            "novakova@radiopalava.example",
            "+420604551908",
        ),
        "from": "Veronika Nováková <novakova@radiopalava.example>",
        "subject": "formulář – přístup k výsledkům",
        "headers": TBIRD,
        "body": "Dobrý den,\nv příloze posílám vyplněný formulář.\n\nNováková\n",
        "attachments": [
            (
                "docx",
                "formular_Radio_Palava.docx",
                {
                    "header": "Rádio Pálava, s.r.o. – Mikulov",
                    "blocks": [
                        "ŽÁDOST MÉDIA – VOLBY DO POSLANECKÉ SNĚMOVNY 2025",
                        f"Žadatel: Rádio Pálava, s.r.o., IČ: {I2[:3]} {I2[3:5]} {I2[5:]}",
                        "Sídlo: Náměstí 7, 692 01 Mikulov",
                        "Předmět žádosti (zaškrtněte):",
                        "☒ přístup k výsledkům voleb ve formátu XML",
                        "☐ povolení k pořizování zvukového a obrazového záznamu",
                        {
                            "rows": [
                                ["Role", "IP adresa", "Poznámka"],
                                ["Produkční 1", "203.0.113.5", "vysílací pracoviště"],
                                ["Produkční 2", "203.0.113.6", "web"],
                                ["Testovací", "203.0.113.9", ""],
                            ]
                        },
                        "Kontaktní osoba: Veronika Nováková\nTelefon: 604 551 908\n"
                        "E-mail: novakova@radiopalava.example",
                        "Datum: 16. 9. 2025            Podpis: V. Nováková",
                    ],
                },
            )
        ],
    },
    {
        "id": "ae003-xlsx-ano-ne-merged-role",
        "description": "XLSX: request types in ANO/NE columns marked with x, addresses under a "
        "merged 'Produkce' cell and an IPv6 test address",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Nymburský deník online s.r.o.",
            I3,
            None,
            ["203.0.113.70", "203.0.113.71"],
            ["2001:db8:70::10"],
            "Martin Kadlec",
            "kadlec.martin@nymburskydenik.example",
            "+420723118090",
        ),
        "from": "Martin Kadlec <kadlec.martin@nymburskydenik.example>",
        "subject": "Re: přístup k XML",
        "headers": GMAIL,
        "body": "Posílám tabulku, jak jsme se bavili po telefonu.\nM. Kadlec\n",
        "attachments": [
            (
                "xlsx",
                "csu_volby_nymburk.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Nymburský deník online s.r.o."],
                            ["IČO", I3],
                            [],
                            ["Požadavek", "ANO", "NE"],
                            ["Přístup k datům (XML)", "x", ""],
                            ["Natáčení / fotografování", "", "x"],
                            [],
                            ["Kontakt", "Martin Kadlec"],
                            ["Tel.", "+420 723 118 090"],
                            ["Mail", "kadlec.martin@nymburskydenik.example"],
                        ],
                    },
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Účel", "Adresa", "Pozn."],
                            ["Produkce", "203.0.113.70", "hlavní"],
                            [None, "203.0.113.71", "záloha v jiné lokalitě"],
                            ["Test", "2001:db8:70::10", "IPv6 only"],
                        ],
                        "merge": ["A2:A3"],
                    },
                ],
            )
        ],
    },
    {
        "id": "ae004-databox-annotation-only-extract",
        "description": "data message: the application is only in the annotation; the attached "
        "PDF is an extract from the commercial register (IČO, court file number, capital)",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Krkonošská televize s.r.o.",
            I4,
            "x4tqb9e",
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Petr Vaněk",
            "vanek@krtv.example",
            "+420731220417",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb: prod. 192.0.2.140, test "
        "192.0.2.141, kontakt Petr Vaněk, 731 220 417, vanek@krtv.example. Výpis z OR přikládáme.",
        "databox": {
            "box": "x4tqb9e",
            "sender": "Krkonošská televize s.r.o.",
            "address": "Horská 212, 543 01 Vrchlabí",
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR_KRTV.pdf",
                [
                    "<b>Výpis z obchodního rejstříku, vedeného Krajským soudem v Hradci Králové, "
                    "oddíl C, vložka 28417</b>",
                    "Datum vzniku a zápisu: 12. března 2009",
                    "Obchodní firma: Krkonošská televize s.r.o.",
                    "Sídlo: Horská 212, 543 01 Vrchlabí",
                    f"Identifikační číslo: {I4[:3]} {I4[3:5]} {I4[5:]}",
                    "Právní forma: Společnost s ručením omezeným",
                    "Předmět podnikání: provozování televizního vysílání; výroba, obchod a "
                    "služby neuvedené v přílohách 1 až 3 živnostenského zákona",
                    "Jednatel: JAN HORÁK, dat. nar. 4. 7. 1971\nZákladní kapitál: 200 000 Kč",
                    "Údaje platné ke dni: 14. září 2025 06:00",
                ],
            )
        ],
    },
    {
        "id": "ae005-databox-odt-letter-only",
        "description": "data message with a bare annotation; a municipality's ODT letter with a "
        "role table (primární/sekundární záložní/vývojový) and the office's box in the address",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Město Horní Lhotice",
            I5,
            "h2bnw6d",
            ["198.51.100.81", "198.51.100.82"],
            ["198.51.100.85"],
            "Ivana Zemanová",
            "zemanova@hornilhotice.example",
            "+420573501266",
        ),
        "subject": "Žádost – viz příloha",
        "databox": {
            "box": "h2bnw6d",
            "sender": "Město Horní Lhotice",
            "address": "Masarykovo nám. 1, 768 61 Horní Lhotice",
            "type": 10,
        },
        "attachments": [
            (
                "odt",
                "zadost_volby_XML.odt",
                [
                    "Město Horní Lhotice, Masarykovo nám. 1, 768 61 Horní Lhotice",
                    f"IČO {I5}",
                    "Český statistický úřad, Na padesátém 81, 100 82 Praha 10, ID DS 2gfaasy",
                    "Č. j.: MHL/4471/2025                V Horních Lhoticích 11. 9. 2025",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                    "Město vydává měsíčník Lhotický zpravodaj a provozuje zpravodajský web, na "
                    "kterém chceme ve volební noc zveřejňovat výsledky za obec i kraj. Žádáme "
                    "proto o povolení přístupu z těchto serverů:",
                    [
                        ["Typ serveru", "IP adresa"],
                        ["primární", "198.51.100.81"],
                        ["sekundární (záložní)", "198.51.100.82"],
                        ["vývojový / testovací", "198.51.100.85"],
                    ],
                    "Kontakt: Bc. Ivana Zemanová, tisková mluvčí, ústředna 573 501 111, přímá "
                    "linka 573 501 266, zemanova@hornilhotice.example",
                    "Ing. Miroslav Bednář\nstarosta",
                ],
            )
        ],
    },
    {
        "id": "ae006-cover-corrects-pdf",
        "description": "cover note replaces the test address and the contact given in the "
        "attached signed PDF",
        "style": Style.COVER_CHANGE,
        "labels": L(
            [FEED],
            "Vydavatelství Orlice a.s.",
            I6,
            None,
            ["198.51.100.90"],
            ["198.51.100.98"],
            "Lenka Horáková",
            "horakova@orlice-media.example",
            "+420737604112",
        ),
        "from": "Lenka Horáková <horakova@orlice-media.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Vydavatelství Orlice",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "v příloze zasílám naši žádost podepsanou panem ředitelem. Od podpisu se bohužel "
            "dvě věci změnily a dokument už nechci nechávat znovu podepisovat:\n\n"
            "1) testovací adresa v žádosti je chybně – místo 198.51.100.99 prosím "
            "198.51.100.98,\n"
            "2) kontaktní osobou nebude kolega Dvořák, který od října odchází, ale já.\n\n"
            "Ostatní údaje platí, jak jsou v PDF.\n\n"
            "Děkuji a zdravím\n"
            "Lenka Horáková\n"
            "produkce online | Vydavatelství Orlice a.s.\n"
            "mob. +420 737 604 112\n"
        ),
        "attachments": [
            (
                "pdf",
                "Orlice_zadost_podepsana.pdf",
                [
                    f"Vydavatelství Orlice a.s.\nPalackého 9, 516 01 Rychnov nad Kněžnou\nIČO {I6}",
                    "Věc: Žádost o přístup k volebním výsledkům (XML)",
                    "Žádáme o zřízení přístupu pro náš server 198.51.100.90 (produkce). Pro "
                    "testování použijeme adresu 198.51.100.99.",
                    "Kontaktní osoba: Tomáš Dvořák, tel. 494 320 118, dvorak@orlice-media.example",
                    "V Rychnově nad Kněžnou 12. 9. 2025\nIng. Pavel Šrámek, generální ředitel",
                ],
            )
        ],
    },
    {
        "id": "ae007-forward-attached-eml-from-it",
        "description": "the editor forwards the IT administrator's mail as an attached .eml; "
        "addresses in shorthand (.121), a parser version, the admin named as contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Podřipský kurýr s.r.o.",
            I7,
            None,
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.200"],
            "Ondřej Pavlík",
            "ondrej.pavlik@kuryr-roudnice.example",
            "+420608330174",
        ),
        "from": "Jana Štěpánková <stepankova@kuryr-roudnice.example>",
        "subject": "FW: IP pro ČSÚ",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "za Podřipský kurýr s.r.o. (IČO "
            f"{I7}) žádáme o přístup k výsledkům voleb ve formátu XML. Adresy posílám v "
            "přiloženém e-mailu od našeho správce. Kontaktem pro technické věci je přímo on, "
            "Ondřej Pavlík, já jen žádost odesílám.\n\n"
            "S pozdravem\nJana Štěpánková\nšéfredaktorka\n"
        ),
        "attachments": [
            (
                "eml",
                "IP pro CSU.eml",
                {
                    "id": "ae007-inner",
                    "from": "Ondřej Pavlík <ondrej.pavlik@kuryr-roudnice.example>",
                    "to": "stepankova@kuryr-roudnice.example",
                    "subject": "IP pro ČSÚ",
                    "headers": TBIRD,
                    "body": (
                        "Ahoj Jano,\n\n"
                        "tady jsou IP pro ČSÚ: produkce 203.0.113.120 a .121 (oba za NATem), "
                        "testovací stroj 203.0.113.200. Parser máme ve verzi 2.4.1, stahovat "
                        "budeme každých 20 s.\n\n"
                        "Kdyby cokoli, jsem na 608 330 174.\nOndra\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "ae008-rtf-filming-crew-table",
        "description": "windows-1250 cover and an RTF filming request with a crew table of "
        "names and phones; the feed is explicitly not requested",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FILM],
            "Filmová produkce Okamžik s.r.o.",
            I8,
            None,
            [],
            [],
            "Šárka Mikešová",
            "mikesova@okamzik-film.example",
            "+420776215093",
        ),
        "from": "Šárka Mikešová <mikesova@okamzik-film.example>",
        "subject": "Žádost o povolení natáčení ve volební noc",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\nposílám žádost o povolení natáčení (RTF, originál pošleme i "
            "poštou).\n\nDěkuji, Šárka Mikešová\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_nataceni_Okamzik.rtf",
                [
                    f"Filmová produkce Okamžik s.r.o., Korunní 88, 120 00 Praha 2, IČO {I8}",
                    "Věc: žádost o povolení pořizovat obrazový a zvukový záznam",
                    "Pro dokumentární cyklus Noc, kdy se počítá žádáme o povolení natáčet na "
                    "sběrném místě ČSÚ v Praze v noci ze 4. na 5. 10. 2025 (cca 18:00–01:00). "
                    "O přístup k výsledkům ve formátu XML nežádáme.",
                    "Štáb:",
                    [
                        ["Jméno", "Funkce", "Telefon"],
                        ["Šárka Mikešová", "produkční (kontakt)", "776 215 093"],
                        ["David Růžička", "kameraman", "721 408 336"],
                        ["Hynek Toman", "zvukař", "602 119 574"],
                    ],
                    "Kontaktní osoba: Šárka Mikešová, mikesova@okamzik-film.example",
                ],
            )
        ],
    },
    {
        "id": "ae009-slovak-txt-test-from-production",
        "description": "Slovak cover and a Slovak TXT application; testing from the "
        "production addresses gives no test address; Slovak mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Stredoeurópske médiá, s. r. o.",
            I9,
            None,
            ["198.51.100.150", "198.51.100.151"],
            [],
            "Zuzana Kováčiková",
            "kovacikova@semedia.example",
            "+421905338127",
        ),
        "from": "Zuzana Kováčiková <kovacikova@semedia.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": APPLE,
        "body": (
            "Dobrý deň,\n\nv prílohe posielam našu žiadosť v textovom súbore. Ďakujem za "
            "spracovanie.\n\nS pozdravom\nZuzana Kováčiková\n"
        ),
        "attachments": [
            (
                "txt",
                "ziadost_CSU.txt",
                "ŽIADOSŤ O PRÍSTUP K VÝSLEDKOM VOLIEB VO FORMÁTE XML\n"
                "==================================================\n\n"
                "Žiadateľ:        Stredoeurópske médiá, s. r. o.\n"
                f"IČO:             {I9}\n"
                "Sídlo:           Vodičkova 31, 110 00 Praha 1\n\n"
                "Produkčné IP:    198.51.100.150, 198.51.100.151\n"
                "Testovacie IP:   žiadne – testovať budeme priamo z produkčných serverov\n\n"
                "Kontaktná osoba: Zuzana Kováčiková\n"
                "Telefón:         +421 905 338 127\n"
                "E-mail:          kovacikova@semedia.example\n\n"
                "V Prahe 17. 9. 2025\n",
            )
        ],
    },
    {
        "id": "ae010-databox-annotation-replaces-contact",
        "description": "data message: the DOCX names one contact, the annotation replaces her "
        "with a colleague and gives his phone and e-mail",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Brněnský metropolitní rozhlas a.s.",
            I10,
            "r8dyk3m",
            ["203.0.113.101", "203.0.113.102"],
            ["203.0.113.110"],
            "Jakub Šťastný",
            "stastny@bmrozhlas.example",
            "+420777902355",
        ),
        "subject": "Žádost o přístup k XML – v příloze. OPRAVA: kontaktní osobou je nově "
        "Jakub Šťastný, tel. 777 902 355, stastny@bmrozhlas.example (místo M. Krejčí).",
        "databox": {
            "box": "r8dyk3m",
            "sender": "Brněnský metropolitní rozhlas a.s.",
            "address": "Hybešova 40, 602 00 Brno",
        },
        "attachments": [
            (
                "docx",
                "BMR_zadost.docx",
                {
                    "blocks": [
                        f"Brněnský metropolitní rozhlas a.s., Hybešova 40, Brno, IČO {I10}",
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["", "IP adresa"],
                                ["Produkce", "203.0.113.101"],
                                ["Produkce (záloha)", "203.0.113.102"],
                                ["Test", "203.0.113.110"],
                            ]
                        },
                        "Kontaktní osoba: Michaela Krejčí, 543 210 876, krejci@bmrozhlas.example",
                        "V Brně dne 10. 9. 2025",
                    ]
                },
            )
        ],
    },
    {
        "id": "ae011-html-table-row-headers-block",
        "description": "HTML-only Outlook mail with a transposed table: roles as column "
        "headers, a /30 block, a port and a dotted client version as row values",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Vltava Data Media a.s.",
            I11,
            None,
            ["192.0.2.8", "192.0.2.9", "192.0.2.10", "192.0.2.11"],
            ["192.0.2.20"],
            "Filip Beneš",
            "benes@vltavadata.example",
            "+420725300614",
        ),
        "from": "Beneš Filip <benes@vltavadata.example>",
        "subject": "Žádost o přístup k XML výsledkům – Vltava Data Media",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta charset="utf-8"></head><body lang="CS">'
            "<p>Dobrý den,</p><p>Vltava Data Media a.s., IČO "
            f"{I11}, žádá o přístup k výsledkům voleb ve formátu XML. O povolení k natáčení "
            "nežádáme. Technické údaje:</p>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            "<tr><th></th><th>Produkce</th><th>Test</th></tr>"
            "<tr><th>IP / rozsah</th><td>192.0.2.8/30</td><td>192.0.2.20</td></tr>"
            "<tr><th>Port</th><td>443</td><td>443</td></tr>"
            "<tr><th>Verze klienta</th><td>3.1.0.2</td><td>3.2.0.1-rc</td></tr>"
            "<tr><th>Interval stahování</th><td>30 s</td><td>5 min</td></tr>"
            "</table>"
            "<p>Kontakt: Filip Beneš, tel. 725 300 614</p>"
            "<p>S pozdravem<br>Filip Beneš<br>Head of Data<br>Vltava Data Media a.s.<br>"
            "Na Florenci 15, 110 00 Praha 1</p></body></html>"
        ),
    },
    {
        "id": "ae012-databox-pdf-bracket-form-film-only",
        "description": "data message with a PDF form in bracket notation: [ ] XML left empty, "
        "[x] filming ticked; a cooperative TV's cameraman in the form is not the contact",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FILM],
            "Kabelová televize Třebíčsko, o.p.s.",
            I12,
            "t5gwz2c",
            [],
            [],
            "Roman Kučera",
            "kucera@ktv-trebic.example",
            "+420568840221",
        ),
        "subject": "Žádost o povolení k natáčení – sběrné místo Jihlava",
        "databox": {
            "box": "t5gwz2c",
            "sender": "Kabelová televize Třebíčsko, o.p.s.",
            "address": "Karlovo nám. 55, 674 01 Třebíč",
        },
        "attachments": [
            (
                "pdf",
                "formular_KTV.pdf",
                [
                    "<b>Žádost média – volby 2025</b>",
                    f"Žadatel: Kabelová televize Třebíčsko, o.p.s.\nIČO: {I12}",
                    "Žádáme o (označte křížkem):\n"
                    "[ ] přístup k výsledkům voleb ve formátu XML\n"
                    "[x] povolení pořizovat obrazový záznam na sběrném místě",
                    {
                        "rows": [
                            ["Produkční IP", ""],
                            ["Testovací IP", ""],
                            ["Místo natáčení", "sběrné místo Jihlava"],
                            ["Štáb", "Roman Kučera (redaktor), Aleš Novotný (kamera)"],
                        ],
                        "widths": [120, 300],
                    },
                    "Kontaktní osoba: Roman Kučera\nTel.: 568 840 221\n"
                    "E-mail: kucera@ktv-trebic.example",
                ],
            )
        ],
    },
    {
        "id": "ae013-english-pdf-foreign-broadcaster",
        "description": "English mail from a German broadcaster, PDF table with IPv6 production "
        "servers and an IPv4 staging address, filming requested too, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Mitteldeutsche Rundfunkdienste GmbH",
            None,
            None,
            ["2001:db8:4e::10", "2001:db8:4e::11"],
            ["198.51.100.210"],
            "Katrin Vogel",
            "k.vogel@mdrd.example",
            "+4934155802217",
        ),
        "from": "Katrin Vogel <k.vogel@mdrd.example>",
        "subject": "Application: election results feed + filming permit (Czech elections 2025)",
        "headers": APPLE,
        "body": (
            "Dear Sir or Madam,\n\n"
            "please find attached our application for access to the XML results of the "
            "Czech parliamentary elections. We also kindly ask for permission to film at "
            "the collection point in Prague on election night (two-person crew).\n\n"
            "Best regards\n"
            "Katrin Vogel\n"
            "Leitung Planung Ausland\n"
            "Mitteldeutsche Rundfunkdienste GmbH\n"
            "Augustusplatz 9, 04109 Leipzig\n"
            "T +49 341 5580 2217\n"
        ),
        "attachments": [
            (
                "pdf",
                "MDRD_application_CZSO.pdf",
                [
                    "Mitteldeutsche Rundfunkdienste GmbH\nAugustusplatz 9, 04109 Leipzig, "
                    "Germany\nHRB 31207, Amtsgericht Leipzig – USt-IdNr. DE 271 338 904",
                    "<b>Application for access to the election results (XML)</b>",
                    {
                        "rows": [
                            ["Purpose", "IP address"],
                            ["Production (primary)", "2001:db8:4e::10"],
                            ["Production (secondary)", "2001:db8:4e::11"],
                            ["Staging / test", "198.51.100.210"],
                        ],
                        "widths": [150, 200],
                    },
                    "Contact person: Katrin Vogel, +49 341 5580 2217, k.vogel@mdrd.example",
                    "Leipzig, 18 September 2025",
                ],
            )
        ],
    },
    {
        "id": "ae014-databox-annotation-and-xlsx",
        "description": "data message: a short summary in the annotation and the full details "
        "in an XLSX with a role column in abbreviations (PROD, TST)",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Deník Pojizeří a.s.",
            I14,
            "p9fmr4s",
            ["198.51.100.121", "198.51.100.122"],
            ["198.51.100.131", "198.51.100.132"],
            "Hana Pokorná",
            "pokorna@denikpojizeri.example",
            "+420481552730",
        ),
        "subject": "Žádost o přístup k výsledkům voleb (XML), 2 prod. + 2 test. adresy, "
        "podrobnosti v příloze.",
        "databox": {
            "box": "p9fmr4s",
            "sender": "Deník Pojizeří a.s.",
            "address": "Komenského 11, 511 01 Turnov",
        },
        "attachments": [
            (
                "xlsx",
                "Pojizeri_CSU_IP.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Žadatel:", "Deník Pojizeří a.s.", None, f"IČ {I14}"],
                            [],
                            ["Role", "IP", "Hostname", "Poznámka"],
                            ["PROD", "198.51.100.121", "xml1.denikpojizeri.example", ""],
                            ["PROD", "198.51.100.122", "xml2.denikpojizeri.example", "DR"],
                            ["TST", "198.51.100.131", "dev.denikpojizeri.example", ""],
                            ["TST", "198.51.100.132", "stage.denikpojizeri.example", ""],
                            [],
                            [
                                "Kontakt:",
                                "Hana Pokorná",
                                "481 552 730",
                                "pokorna@denikpojizeri.example",
                            ],
                        ],
                    }
                ],
            )
        ],
    },
]
