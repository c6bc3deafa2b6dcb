"""Fifty-second held-out part ``ch``, cases ch001–ch014: a hand-filled form scanned to text with
"V" marks, a data message whose annotation and PDF agree, a two-page PDF whose address table
continues without its header, an empty mail with a workbook whose "poznámka" column withdraws a
row, an ODT letter whose footer names another contact than its body, a parent company's box
sending for its radio, one application as PDF and DOCX, an HTML ANO/NE form, a forwarded .eml
with a changed test address, a bare data message with an RTF [x]/[ ] form, a scanned filming
form with X and ✓ marks, a three-sheet workbook, a signed letter with IČO and box ID and a
tradesman's data message. Written by hand apart from the extraction rules (see
make_fiftysecond_ch); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftysecond_ch_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I1, I2, I3, I4, I5 = ico("2749183"), ico("0583162"), ico("2915407"), ico("0367215"), ico("2480396")
I6, I6P, I7, I8, I9 = ico("2673041"), ico("2601588"), ico("0714932"), ico("2539874"), ico("0826459")
I10, I11, I12, I13, I14 = (
    ico("2398215"),
    ico("0451736"),
    ico("2867502"),
    ico("0193648"),
    ico("7412958"),
)

# the standard conditions a publisher's lawyer put before the address table (ch003)
TERMS = [
    "1. Žadatel bere na vědomí, že přístup k dedikovanému serveru slouží výhradně ke "
    "zpracování průběžných a konečných výsledků voleb pro potřeby zpravodajství a že data "
    "nebudou dále prodávána ani poskytována třetím osobám bez předchozího souhlasu.",
    "2. Žadatel zajistí, že ze síťových adres uvedených níže bude k serveru přistupovat pouze "
    "technika, kterou sám provozuje nebo má pronajatou, a že změnu adres oznámí nejpozději tři "
    "pracovní dny před konáním voleb.",
    "3. Žadatel se zavazuje dodržet pokyny pro testovací provoz, zejména nezatěžovat server "
    "častějšími dotazy, než stanoví technická dokumentace, a při výpadku se obrátit na "
    "technickou podporu v pracovní době uvedené v dokumentaci.",
    "4. Žadatel prohlašuje, že osoby, které budou s daty pracovat, byly poučeny o podmínkách "
    "jejich užití, a že za porušení těchto podmínek odpovídá jako za své vlastní jednání.",
    "5. Údaje o kontaktní osobě budou použity pouze pro komunikaci ve věci zpřístupnění "
    "výsledků voleb a budou zlikvidovány po skončení volebního období, pro které byla žádost "
    "podána.",
    "6. Tato žádost se řídí podmínkami zveřejněnými na internetových stránkách úřadu ke dni "
    "jejího podání; žadatel potvrzuje, že se s nimi seznámil a že jim rozumí.",
    "7. Pokud žadatel požaduje rovněž povolení pořizovat obrazové a zvukové záznamy na "
    "pracovištích úřadu, uvede v příloze jména členů štábu a bude se řídit pokyny "
    "pověřených zaměstnanců na místě.",
    "8. Žadatel bere na vědomí, že úřad může přístup bez náhrady ukončit, zjistí-li, že jsou "
    "data využívána v rozporu s těmito podmínkami, a že na zpřístupnění není právní nárok.",
    "9. Změny kontaktní osoby nebo síťových adres oznámí žadatel písemně, a to e-mailem "
    "na adresu podatelny nebo datovou zprávou; změna je účinná jejím potvrzením úřadem.",
    "10. Žadatel odpovídá za zabezpečení svých serverů a zajistí, aby přístupové údaje "
    "k dedikovanému serveru nebyly zpřístupněny neoprávněným osobám.",
    "11. Žadatel bere na vědomí, že testovací provoz probíhá v termínech stanovených úřadem "
    "a že data v testovacím provozu neodpovídají skutečným výsledkům voleb.",
    "12. Žadatel souhlasí s tím, že jeho název může úřad uvést v přehledu médií, jimž byl "
    "přístup k výsledkům voleb zřízen, a že tento přehled může být zveřejněn.",
]

CASES: list[dict[str, Any]] = [
    {
        "id": "ch001-scan-handwritten-v-marks",
        "description": "cover of one line; the scanned hand-filled form comes as OCR text in which "
        "the ticks are the letter V, the empty box is bare brackets and the filled-in boxes "
        "are spaced and broken by the scanner",
        "style": Style.SCAN,
        "labels": L(
            [FEED],
            "Hlas Podřipska s.r.o.",
            I1,
            None,
            ["198.51.100.61", "198.51.100.62"],
            ["198.51.100.70"],
            "Miroslava Tichá",
            "ticha@hlaspodripska.example",
            "+420728315904",
        ),
        "from": "Miroslava Ticha <ticha@hlaspodripska.example>",
        "subject": "Fw: sken zadost volby",
        "headers": SEZNAM,
        "body": "Dobrý den, posílám vyplněný formulář, sken jsem nechala převést na text, "
        "originál pošlu poštou.\nTichá\n",
        "attachments": [
            (
                "txt",
                "sken_formular_OCR.txt",
                "ŽÁDOST MÉDIA O PŘÍSTUP K VÝSLEDKŮM VOLEB\n"
                "(vyplňte hůlkovým písmem, zaškrtněte)\n\n"
                "Název žadatele: HLAS PODŘIPSKA S.R.O.\n"
                f"IČO: {' '.join(I1)}\n"
                "Sídlo: Palackého 214, 413 01 Roudnice n. L.\n\n"
                "Požaduji:\n"
                "[ V ] přístup k XML na dedikovaném serveru\n"
                "[   ] povolení natáčení / fotografování na pracovištích\n\n"
                "IP adresy – produkční: 198.51.100.61 , 198.51.100.62\n"
                "IP adresy – testovací: 198.51.100.70\n\n"
                "Kontaktní osoba: TICHÁ Miroslava\n"
                "tel.: 728 315 904\n"
                "e-mail: ticha@hlaspodripska.example\n\n"
                "Datum: 2. 9. 2025          Podpis: ~~Tichá~~\n",
            )
        ],
    },
    {
        "id": "ch002-databox-annotation-and-pdf-agree",
        "description": "data message: the annotation names the request and both production "
        "addresses, the PDF repeats them with the test address and the contact; the box ID "
        "comes only from the envelope",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Pálava, s.r.o.",
            I2,
            "p7kx2wa",
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.150"],
            "Tomáš Vlach",
            "vlach@radiopalava.example",
            "+420519402118",
        ),
        "databox": box("p7kx2wa", "Rádio Pálava, s.r.o.", "Náměstí 7, 692 01 Mikulov"),
        "subject": "Žádost o zpřístupnění výsledků voleb (XML) – produkce 203.0.113.140 a "
        "203.0.113.141, podrobnosti v příloze",
        "attachments": [
            (
                "pdf",
                "zadost_RP_2025.pdf",
                [
                    "<b>Rádio Pálava, s.r.o.</b> | Náměstí 7, 692 01 Mikulov | IČO " + I2,
                    "Český statistický úřad – odbor informatiky",
                    "Žádáme o zpřístupnění výsledků voleb prostřednictvím dedikovaného serveru.",
                    {
                        "rows": [
                            ["Účel", "IP adresa"],
                            ["produkční", "203.0.113.140"],
                            ["produkční", "203.0.113.141"],
                            ["testovací", "203.0.113.150"],
                        ],
                        "widths": [120, 160],
                    },
                    "Kontakt: Tomáš Vlach, vedoucí vysílací techniky, tel. 519 402 118, "
                    "vlach@radiopalava.example",
                    "Ing. Alena Krčková\njednatelka",
                ],
            )
        ],
    },
    {
        "id": "ch003-two-page-pdf-table-continues",
        "description": "the PDF puts eight clauses of conditions first, so its address table with "
        "a role column breaks onto page two without the header row; five production and "
        "three test addresses, filming asked for too",
        "style": Style.TABLE,
        "labels": L(
            [FEED, FILM],
            "Vydavatelství Polabí a.s.",
            I3,
            None,
            [
                "192.0.2.81",
                "192.0.2.82",
                "192.0.2.83",
                "192.0.2.84",
                "192.0.2.85",
            ],
            ["192.0.2.91", "192.0.2.92", "192.0.2.93"],
            "Kateřina Holubová",
            "holubova@vydpolabi.example",
            "+420466128734",
        ),
        "from": '"Holubová, Kateřina" <holubova@vydpolabi.example>',
        "subject": "Žádost – volby do PS 2025 – Vydavatelství Polabí",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nv příloze zasílám podepsanou žádost o přístup k výsledkům voleb "
        "a o povolení natáčet na krajském pracovišti v Pardubicích.\n\n"
        "S pozdravem\nKateřina Holubová\nprojektová manažerka digitálních médií\n"
        "Vydavatelství Polabí a.s.\ntel.: 466 128 734\n",
        "attachments": [
            (
                "pdf",
                "Zadost_VP_volby2025_podepsano.pdf",
                [
                    "<b>Vydavatelství Polabí a.s.</b>, Sladkovského 580, 530 02 Pardubice, "
                    "IČO " + I3,
                    "<b>Žádost o zpřístupnění výsledků voleb a o povolení natáčení</b>",
                    "Žádáme o přístup k průběžným výsledkům voleb ve formátu XML a současně "
                    "o povolení pořizovat videozáznam na krajském pracovišti v Pardubicích.",
                    "<b>Podmínky</b>",
                    *TERMS,
                    "<b>Síťové adresy</b>",
                    {
                        "rows": [
                            ["č.", "IP adresa", "role", "umístění"],
                            ["1", "192.0.2.81", "produkce", "serverovna Pardubice"],
                            ["2", "192.0.2.82", "produkce", "serverovna Pardubice"],
                            ["3", "192.0.2.83", "produkce", "serverovna Pardubice"],
                            ["4", "192.0.2.84", "produkce", "housing Praha"],
                            ["5", "192.0.2.85", "produkce", "housing Praha"],
                            ["6", "192.0.2.91", "test", "vývoj"],
                            ["7", "192.0.2.92", "test", "vývoj"],
                            ["8", "192.0.2.93", "test", "vývoj"],
                        ],
                        "widths": [30, 110, 80, 160],
                    },
                    "Kontaktní osoba: Kateřina Holubová, holubova@vydpolabi.example, "
                    "+420 466 128 734",
                    "V Pardubicích dne 4. 9. 2025\nJUDr. Pavel Šindelář, předseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "ch004-empty-xlsx-poznamka-withdraws-row",
        "description": "no text at all; the sheet lists four production rows but the "
        "'poznámka' column of one says it is cancelled, and the contact is written surname "
        "first in a row header",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Jihlavské listy s.r.o.",
            I4,
            None,
            ["198.18.20.11", "198.18.20.12", "198.18.20.14"],
            ["198.18.21.5"],
            "Lukáš Dvořáček",
            "dvoracek@jihlavskelisty.example",
            "+420777204861",
        ),
        "from": "Lukas Dvoracek <dvoracek@jihlavskelisty.example>",
        "subject": "ČSÚ – volby",
        "headers": GMAIL,
        "body": "",
        "attachments": [
            (
                "xlsx",
                "JL_volby_IP.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Jihlavské listy s.r.o."],
                            ["IČO", I4],
                            ["Požadujeme", "přístup k výsledkům (XML)"],
                            ["Kontakt", "Dvořáček Lukáš"],
                            ["Telefon", "777 204 861"],
                            ["E-mail", "dvoracek@jihlavskelisty.example"],
                            [],
                            ["IP adresa", "typ", "poznámka"],
                            ["198.18.20.11", "produkční", ""],
                            ["198.18.20.12", "produkční", ""],
                            ["198.18.20.13", "produkční", "ZRUŠENO – server se ruší, neuvádět"],
                            ["198.18.20.14", "produkční", "záložní"],
                            ["198.18.21.5", "testovací", ""],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "ch005-odt-footer-contact-body-other",
        "description": "windows-1250 cover in 8bit; the ODT letter's footer gives the newsroom's "
        "standing contact while the body names another person as the contact for this "
        "application",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Krkonošský deník, z.s.",
            I5,
            None,
            ["203.0.113.201"],
            ["203.0.113.202"],
            "Ondřej Kábrt",
            "kabrt@krkonossky.example",
            "+420603118452",
        ),
        "from": "Ondrej Kabrt <kabrt@krkonossky.example>",
        "subject": "zadost o pristup k vysledkum",
        "headers": TBIRD,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": "Dobrý den,\nžádost je v příloze ve formátu ODT (LibreOffice).\nDíky, Kábrt\n",
        "attachments": [
            (
                "odt",
                "zadost_volby.odt",
                [
                    "KRKONOŠSKÝ DENÍK, z.s.",
                    "Horská 33, 543 01 Vrchlabí · IČO " + I5,
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "Vrchlabí 1. září 2025",
                    "Věc: žádost o přístup k výsledkům voleb",
                    "Vážení, prosíme o zřízení přístupu k výsledkům voleb na dedikovaném "
                    "serveru pro naši webovou redakci. Server, který bude data stahovat, má "
                    "adresu 203.0.113.201, pro zkoušky před volbami použijeme 203.0.113.202.",
                    "Kontaktní osobou pro tuto žádost je náš správce sítě Ondřej Kábrt "
                    "(kabrt@krkonossky.example, 603 118 452).",
                    "S pozdravem\nVěra Jirásková\npředsedkyně spolku",
                    "—" * 20,
                    "Redakce: Hana Štěpánková · redakce@krkonossky.example · tel. 499 421 770 · "
                    "www.krkonossky.example",
                ],
            )
        ],
    },
    {
        "id": "ch006-databox-parent-box-subsidiary-radio",
        "description": "data message from the media group's box on behalf of its subsidiary "
        "radio; the DOCX names the radio as applicant with its own IČO and its own box ID in "
        "the signature block",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Horácko s.r.o.",
            I6,
            "h3rk9tq",
            ["198.51.100.170", "198.51.100.171"],
            ["198.51.100.179"],
            "Jiří Zapletal",
            "zapletal@radiohoracko.example",
            "+420567301844",
        ),
        "databox": box(
            "m5hq8zc",
            "Mediální skupina Horácko a.s.",
            "Komenského 12, 586 01 Jihlava",
        ),
        "subject": "Za dceřinou společnost Rádio Horácko s.r.o. – žádost o přístup k "
        "výsledkům voleb",
        "attachments": [
            (
                "docx",
                "RH_zadost_CSU.docx",
                {
                    "header": "Rádio Horácko s.r.o. – člen Mediální skupiny Horácko",
                    "footer": "Komenského 12, 586 01 Jihlava | www.radiohoracko.example",
                    "blocks": [
                        "Žádost o zpřístupnění výsledků voleb",
                        "Žadatel: Rádio Horácko s.r.o., IČO " + I6 + " (mateřská společnost "
                        "Mediální skupina Horácko a.s., IČO " + I6P + ", podává tuto žádost "
                        "svou datovou schránkou).",
                        {
                            "rows": [
                                ["", "produkce", "test"],
                                ["IP 1", "198.51.100.170", "198.51.100.179"],
                                ["IP 2", "198.51.100.171", "—"],
                            ]
                        },
                        "Technický kontakt: Jiří Zapletal, 567 301 844, "
                        "zapletal@radiohoracko.example",
                        "Mgr. Radka Sýkorová\njednatelka Rádio Horácko s.r.o.\nIČO "
                        + I6
                        + " | ID datové schránky: h3rk9tq",
                    ],
                },
            )
        ],
    },
    {
        "id": "ch007-pdf-and-docx-same-application",
        "description": "the same application attached as PDF and as DOCX (they agree): IPv6 "
        "production addresses in a role table, an IPv4 test address, filming asked for too",
        "style": Style.COVER,
        "labels": L(
            [FEED, FILM],
            "Televize Brdy s.r.o.",
            I7,
            None,
            ["2001:db8:4c1::10", "2001:db8:4c1::11"],
            ["192.0.2.147"],
            "Simona Hálová",
            "halova@tvbrdy.example",
            "+420731559207",
        ),
        "from": "Simona Hálová <halova@tvbrdy.example>",
        "subject": "Žádost ČSÚ volby – PDF i Word",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\nposíláme žádost; pro jistotu ve dvou formátech (PDF podepsané, "
        "DOCX k případnému kopírování údajů). Obsah je totožný.\n\nSimona Hálová\n"
        "Televize Brdy\n",
        "attachments": [
            (
                "pdf",
                "TVB_zadost_podepsana.pdf",
                [
                    "Televize Brdy s.r.o., Pražská 118, 261 01 Příbram, IČO " + I7,
                    "Žádáme o: (1) přístup k výsledkům voleb na dedikovaném serveru, "
                    "(2) povolení natáčet na pracovišti ČSÚ v Příbrami ve volební noc.",
                    {
                        "rows": [
                            ["Role", "Adresa"],
                            ["produkce", "2001:db8:4c1::10"],
                            ["produkce", "2001:db8:4c1::11"],
                            ["test", "192.0.2.147"],
                        ],
                        "widths": [90, 200],
                    },
                    "Kontakt: Simona Hálová, +420 731 559 207, halova@tvbrdy.example",
                    "Bc. Daniel Krása, jednatel",
                ],
            ),
            (
                "docx",
                "TVB_zadost.docx",
                {
                    "blocks": [
                        "Televize Brdy s.r.o., Pražská 118, 261 01 Příbram, IČO " + I7,
                        "Žádáme o: (1) přístup k výsledkům voleb na dedikovaném serveru, "
                        "(2) povolení natáčet na pracovišti ČSÚ v Příbrami ve volební noc.",
                        {
                            "rows": [
                                ["Role", "Adresa"],
                                ["produkce", "2001:db8:4c1::10"],
                                ["produkce", "2001:db8:4c1::11"],
                                ["test", "192.0.2.147"],
                            ]
                        },
                        "Kontakt: Simona Hálová, +420 731 559 207, halova@tvbrdy.example",
                        "Bc. Daniel Krása, jednatel",
                    ]
                },
            ),
        ],
    },
    {
        "id": "ch008-html-ano-ne-form-rtf-letterhead",
        "description": "multipart/alternative mail whose HTML is an ANO/NE form (filming NE); "
        "the plain part is a shortened copy and the RTF carries the letterhead with the IČO",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Zpravodajství Ostrava s.r.o.",
            I8,
            None,
            ["198.18.96.30", "198.18.96.31", "198.18.96.32"],
            [],
            "Dagmar Šebestová",
            "sebestova@zpravyostrava.example",
            "+420596812440",
        ),
        "from": "Dagmar Sebestova <sebestova@zpravyostrava.example>",
        "subject": "Formulář – přístup k výsledkům voleb",
        "headers": ROUNDCUBE,
        "body": "Přístup k XML: ANO\nNatáčení: NE\nProdukční IP: 198.18.96.30, 198.18.96.31, "
        "198.18.96.32\nTestovací IP: nemáme, testovat budeme z produkce\n"
        "Kontakt: Dagmar Šebestová, 596 812 440\n",
        "html": "<html><body><p>Dobrý den, zasílám vyplněný formulář:</p>"
        "<table border=1><tr><th>Požadavek</th><th>ANO</th><th>NE</th></tr>"
        "<tr><td>Přístup k výsledkům voleb (XML)</td><td>X</td><td></td></tr>"
        "<tr><td>Povolení natáčet / fotografovat</td><td></td><td>X</td></tr></table>"
        "<p>Produkční IP: 198.18.96.30, 198.18.96.31, 198.18.96.32<br>"
        "Testovací IP: nemáme, testovat budeme z produkce</p>"
        "<p>Kontakt: Dagmar Šebestová, tel. 596&nbsp;812&nbsp;440, "
        "sebestova@zpravyostrava.example</p></body></html>",
        "attachments": [
            (
                "rtf",
                "hlavickovy_papir.rtf",
                [
                    "ZPRAVODAJSTVÍ OSTRAVA s.r.o.\n28. října 1401/22, 702 00 Ostrava\nIČO: " + I8,
                    "Potvrzujeme, že Dagmar Šebestová je oprávněna jednat za společnost ve "
                    "věci přístupu k výsledkům voleb.",
                    "Ing. Marek Plachý, jednatel",
                ],
            )
        ],
    },
    {
        "id": "ch009-forward-eml-cover-changes-test-ip",
        "description": "the editor forwards the IT man's original mail as an attached .eml; "
        "her cover says the test address in it changed; the forwarded mail carries the rest",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Ústecký večerník s.r.o.",
            I9,
            None,
            ["192.0.2.210", "192.0.2.211"],
            ["192.0.2.225"],
            "Filip Kučera",
            "kucera@usteckyvecernik.example",
            "+420475209316",
        ),
        "from": "Renata Melicharová <melicharova@usteckyvecernik.example>",
        "subject": "Fwd: přístup k výsledkům voleb",
        "headers": APPLE,
        "body": "Dobrý den,\n\npřeposílám žádost našeho technika, kterou omylem poslal jen mně. "
        "Jedna změna: testovací adresa už není 192.0.2.220, ale 192.0.2.225 – ten starý "
        "stroj jsme minulý týden vyřadili. Jinak platí vše.\n\n"
        "Renata Melicharová\nšéfredaktorka, Ústecký večerník s.r.o., IČO " + I9 + "\n",
        "attachments": [
            (
                "eml",
                "puvodni_zadost.eml",
                {
                    "id": "ch009-inner",
                    "from": "Filip Kučera <kucera@usteckyvecernik.example>",
                    "to": "melicharova@usteckyvecernik.example",
                    "subject": "žádost ČSÚ - ke kontrole",
                    "body": "Renato,\n\ntady je text pro ČSÚ, kdyžtak pošli:\n\n"
                    "Žádáme o přístup k výsledkům voleb na dedikovaném serveru.\n"
                    "produkce: 192.0.2.210, 192.0.2.211\n"
                    "test: 192.0.2.220\n"
                    "kontakt: Filip Kučera, kucera@usteckyvecernik.example, 475 209 316\n\n"
                    "F.\n",
                },
            )
        ],
    },
    {
        "id": "ch010-databox-bare-annotation-rtf-brackets",
        "description": "data message with a one-word annotation; the RTF form marks both "
        "requests with [x] and leaves a third option [ ]; a /31 test block; box ID from the "
        "envelope",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Plzeňská televizní, a.s.",
            I10,
            "t8pw4nd",
            ["203.0.113.66", "203.0.113.67"],
            ["203.0.113.74", "203.0.113.75"],
            "Martin Řezníček",
            "reznicek@plzenskatv.example",
            "+420377804129",
        ),
        "databox": box("t8pw4nd", "Plzeňská televizní, a.s.", "Americká 41, 301 00 Plzeň"),
        "subject": "Žádost",
        "attachments": [
            (
                "rtf",
                "formular_PTV.rtf",
                [
                    "Plzeňská televizní, a.s. | Americká 41, 301 00 Plzeň | IČO " + I10,
                    "ŽÁDOST MÉDIA – VOLBY 2025",
                    "[x] přístup k výsledkům voleb ve formátu XML\n"
                    "[x] povolení natáčet na pracovišti ČSÚ Plzeň\n"
                    "[ ] zaslání tiskových zpráv e-mailem",
                    [
                        ["", "Adresa"],
                        ["Produkční", "203.0.113.66, 203.0.113.67"],
                        ["Testovací", "203.0.113.74/31"],
                        ["Kontakt", "Martin Řezníček, 377 804 129"],
                        ["E-mail", "reznicek@plzenskatv.example"],
                    ],
                    "Mgr. Eva Pánková, ředitelka zpravodajství",
                ],
            )
        ],
    },
    {
        "id": "ch011-scan-filming-x-and-tick-marks",
        "description": "scanned hand-filled form in a PDF: the feed line is crossed out with X "
        "in the NE box, filming ticked with ✓; the IP lines are left empty apart from a dash; "
        "the crew is listed but the contact is the signing editor",
        "style": Style.SCAN,
        "labels": L(
            [FILM],
            "Týdeník Vysočina s.r.o.",
            I11,
            None,
            [],
            [],
            "Blanka Novotná",
            "novotna@tydenikvysocina.example",
            "+420604771385",
        ),
        "from": "Blanka Novotna <novotna@tydenikvysocina.example>",
        "subject": "povoleni nataceni volby",
        "headers": SEZNAM,
        "body": "Dobrý den, v příloze sken žádosti o povolení natáčení. Děkuji, Novotná\n",
        "attachments": [
            (
                "pdf",
                "scan_0917.pdf",
                [
                    "[sken – rukou vyplněno]",
                    "ŽÁDOST MÉDIA",
                    "Žadatel: Týdeník Vysočina s.r.o.    IČO: " + I11,
                    {
                        "rows": [
                            ["Požadavek", "ANO", "NE"],
                            ["Přístup k XML výsledkům", "", "X"],
                            ["Natáčení / fotografování na pracovišti", "✓", ""],
                        ],
                        "widths": [220, 50, 50],
                    },
                    "Produkční IP: –        Testovací IP: –",
                    "Štáb: Petr Klíma (kamera), Jana Bártová (foto)",
                    "Kontaktní osoba: Blanka Novotná, tel. 604 771 385, "
                    "novotna@tydenikvysocina.example",
                    "Podpis: B. Novotná, zástupkyně šéfredaktora",
                ],
            )
        ],
    },
    {
        "id": "ch012-three-sheet-workbook-merged",
        "description": "short cover; a three-sheet workbook: the applicant, the addresses under "
        "merged 'Produkce'/'Test' labels with a /30 block, and the contact surname first",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Severočeská mediální, s.r.o.",
            I12,
            None,
            ["198.51.100.36", "198.51.100.37", "198.51.100.38", "198.51.100.39"],
            ["198.51.100.44"],
            "Radim Kopecký",
            "kopecky@scmedia.example",
            "+420482330917",
        ),
        "from": "Radim Kopecky <kopecky@scmedia.example>",
        "subject": "Žádost o přístup – tabulka",
        "headers": APPLE,
        "body": "Dobrý den, posílám vyplněnou tabulku (tři listy). Díky, R. Kopecký\n",
        "flowed": True,
        "attachments": [
            (
                "xlsx",
                "SCM_volby.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Severočeská mediální, s.r.o."],
                            ["IČO", I12],
                            ["Sídlo", "Moskevská 9, 460 01 Liberec"],
                            ["Žádáme o", "přístup k výsledkům voleb (XML)"],
                        ],
                    },
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Role", "Adresa / blok"],
                            ["Produkce", "198.51.100.36/30"],
                            [None, None],
                            ["Test", "198.51.100.44"],
                        ],
                        "merge": ["A2:A3", "B2:B3"],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Příjmení, jméno", "Telefon", "E-mail"],
                            ["Kopecký, Radim", "482 330 917", "kopecky@scmedia.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ch013-smime-letter-ico-box-signature",
        "description": "S/MIME-signed mail; the body is the letter itself, the signature block "
        "carries IČO and data-box ID, the DOCX attached has the page header and footer and "
        "repeats the addresses",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Moravskoslezský rozhlasový spolek",
            I13,
            "w2ms7ko",
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Zdeněk Ondruš",
            "ondrus@msrs.example",
            "+420558224716",
        ),
        "from": "Zdenek Ondrus <ondrus@msrs.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "smime": True,
        "body": "Vážení,\n\nMoravskoslezský rozhlasový spolek žádá o zpřístupnění výsledků "
        "voleb na dedikovaném serveru. Produkční server: 192.0.2.33, testovací: 192.0.2.34. "
        "Podrobnosti jsou v přiloženém dokumentu.\n\n"
        "S pozdravem\n\nZdeněk Ondruš\ntechnický ředitel\n"
        "Moravskoslezský rozhlasový spolek\nIČO: " + I13 + "\nDS: w2ms7ko\n"
        "tel. 558 224 716\n",
        "attachments": [
            (
                "docx",
                "MSRS_zadost.docx",
                {
                    "header": "Moravskoslezský rozhlasový spolek · Frýdek-Místek",
                    "footer": "IČO " + I13 + " · ID DS w2ms7ko · ondrus@msrs.example",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb",
                        {
                            "rows": [
                                ["produkční IP", "192.0.2.33"],
                                ["testovací IP", "192.0.2.34"],
                                ["kontakt", "Zdeněk Ondruš, 558 224 716"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "ch014-databox-tradesman-annotation-txt",
        "description": "data message from a freelance photographer's box (natural person in "
        "business): the annotation asks for filming only; the TXT gives the contact and says "
        "the feed is not needed",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Vojtěch Hrdlička",
            I14,
            "f9vh3re",
            [],
            [],
            "Vojtěch Hrdlička",
            "foto@hrdlicka.example",
            "+420736402581",
        ),
        "databox": box("f9vh3re", "Vojtěch Hrdlička", "Lidická 8, 602 00 Brno", kind=40),
        "subject": "Žádost o povolení fotografovat na pracovišti ČSÚ Brno ve volební noc",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Dobrý den,\n\njsem fotograf na volné noze (IČO " + I14 + ") a rád bych ve "
                "volební noc fotografoval na brněnském pracovišti pro několik regionálních "
                "redakcí. Přístup k XML výsledkům nepotřebuji.\n\n"
                "Vojtěch Hrdlička\nfoto@hrdlicka.example\n+420 736 402 581\n",
            )
        ],
    },
]
