"""Sixtieth held-out part ``di``, cases di015–di028: an RTF form with ANO/NE columns, an ODT
letter whose iso-8859-2 cover adds the test address, a DOCX with merged role cells and a footer
of identifiers, a PDF beside a TXT list with a CIDR block, a workbook form with merged caption
cells, an HTML-only cover changing the phone, a reply to the office's defect notice, an
annotation with the addresses and a TXT with the rest, a Slovak ODS, a cover withdrawing the
filming, a forwarded IT supplier's HTML mail, a column-header DOCX table, a German workbook
with a merged column header, an empty body whose form defers the feed.
Written by hand apart from the extraction rules (see make_sixtieth_di); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixtieth_di_common import (
    APPLE,
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    c,
    ico,
)

E15, E16, E17, E18 = ico("2813746"), ico("0649283"), ico("2738501"), ico("2862934")
E19, E20, E21, E24 = ico("0512679"), ico("2795386"), ico("2617055"), ico("0684915")
E25, E26, E28 = ico("2946327"), ico("2705813"), ico("0537460")

CASES: list[dict[str, Any]] = [
    c(
        "di015-databox-rtf-ano-ne-columns",
        "data message annotated only 'Žádost o XML'; the RTF form marks requests with an X in "
        "ANO and NE columns (feed ANO, filming NE), the rest in a row-header table",
        Style.DATABOX,
        L(
            [FEED],
            "Zpravodaj Valašska, z.s.",
            E15,
            "zv2ra8c",
            ["192.0.2.60"],
            ["192.0.2.61"],
            "Zdeněk Machala",
            "machala@zpravodajvalasska.example",
            "+420571612840",
        ),
        databox=box(
            "zv2ra8c", "Zpravodaj Valašska, z.s.", "Palackého 52, 757 01 Valašské Meziříčí"
        ),
        subject="Žádost o XML",
        attachments=[
            (
                "rtf",
                "zadost_ZV.rtf",
                [
                    "Zpravodaj Valašska, z.s. | IČO " + E15,
                    "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB",
                    [
                        ["Požadavek", "ANO", "NE"],
                        ["Přístup k XML výsledkům (dedikovaný server)", "X", ""],
                        ["Povolení k natáčení / fotografování", "", "X"],
                    ],
                    [
                        ["Produkční IP", "192.0.2.60"],
                        ["Testovací IP", "192.0.2.61"],
                        ["Kontaktní osoba", "Zdeněk Machala"],
                        ["Telefon", "571 612 840"],
                        ["E-mail", "machala@zpravodajvalasska.example"],
                    ],
                    "Valašské Meziříčí 3. 9. 2025, Zdeněk Machala, předseda spolku",
                ],
            )
        ],
    ),
    c(
        "di016-odt-cover-adds-test-iso88592",
        "iso-8859-2 cover adds the test address the ODT letter forgot; the letter has the "
        "production pair and the contact",
        Style.CORRECTION,
        L(
            [FEED],
            "Jablonecký týdeník s.r.o.",
            E16,
            None,
            ["192.0.2.190", "192.0.2.191"],
            ["192.0.2.199"],
            "Ivana Holá",
            "hola@jbtydenik.example",
            "+420483318027",
        ),
        sender="Ivana Holá <hola@jbtydenik.example>",
        subject="Žádost o přístup k XML + doplnění",
        headers=EVOLUTION,
        charset="iso-8859-2",
        body="Dobrý den,\nv přiloženém dopise jsme zapomněli uvést testovací adresu. Doplňuji: "
        "192.0.2.199.\nDěkuji, Ivana Holá\n",
        attachments=[
            (
                "odt",
                "zadost_JT.odt",
                [
                    "Jablonecký týdeník s.r.o., Komenského 9, 466 01 Jablonec nad Nisou, "
                    "IČO " + E16,
                    "Věc: žádost o přístup k XML výsledkům voleb",
                    "Žádáme o přístup k průběžným výsledkům voleb z produkčních adres "
                    "192.0.2.190 a 192.0.2.191.",
                    "Kontaktní osoba: Ivana Holá, hola@jbtydenik.example, tel. 483 318 027",
                    "Ivana Holá, zástupkyně šéfredaktora",
                ],
            )
        ],
    ),
    c(
        "di017-docx-merged-role-footer-ids",
        "DOCX: role cells 'Produkce' merged over three rows and 'Test' over two (the second "
        "empty); the page footer carries IČO, DIČ and the box ID (labelled as the "
        "applicant's own identifiers); a one-line cover",
        Style.TABLE,
        L(
            [FEED],
            "Moravskoslezský deník online a.s.",
            E17,
            "ms5nt2w",
            ["198.51.100.171", "198.51.100.172", "198.51.100.173"],
            ["198.51.100.180"],
            "Roman Pavlica",
            "pavlica@msdenik.example",
            "+420597480215",
        ),
        sender="Roman Pavlica <pavlica@msdenik.example>",
        subject="Žádost – volební data",
        headers=OWA,
        body="Dobrý den, zasílám žádost o přístup k volebním datům. Roman Pavlica\n",
        attachments=[
            (
                "docx",
                "MSD_zadost_volby.docx",
                {
                    "header": "Moravskoslezský deník online a.s. · 28. října 3346/91, "
                    "702 00 Ostrava",
                    "footer": "IČO " + E17 + " · DIČ CZ" + E17 + " · ID DS ms5nt2w · "
                    "KS Ostrava, oddíl B, vložka 11490",
                    "blocks": [
                        "Žádost o přístup k průběžným výsledkům voleb – technické údaje",
                        {
                            "rows": [
                                ["Účel", "IP adresa", "Poznámka"],
                                ["Produkce", "198.51.100.171", "primární"],
                                ["", "198.51.100.172", "primární"],
                                ["", "198.51.100.173", "záložní"],
                                ["Test", "198.51.100.180", ""],
                                ["", "", ""],
                            ],
                            "merge": [(1, 0, 3, 0), (4, 0, 5, 0)],
                        },
                        "Kontakt: Roman Pavlica, vedoucí infrastruktury, pavlica@msdenik.example, "
                        "+420 597 480 215",
                    ],
                },
            )
        ],
    ),
    c(
        "di018-pdf-and-txt-cidr-ipv6-test",
        "two files: the signed PDF letter (applicant, contact) and a TXT list with '#' role "
        "comments, production as a /30 block and an IPv6 test address",
        Style.COVER,
        L(
            [FEED],
            "Brněnský obzor s.r.o.",
            E18,
            None,
            ["203.0.113.36", "203.0.113.37", "203.0.113.38", "203.0.113.39"],
            ["2001:db8:b0::1"],
            "Jana Šmerdová",
            "smerdova@brnenskyobzor.example",
            "+420541226093",
        ),
        sender="Jana Šmerdová <smerdova@brnenskyobzor.example>",
        subject="Žádost o přístup k výsledkům voleb",
        headers=APPLE,
        body="Dobrý den,\nposílám podepsanou žádost (PDF) a seznam adres (TXT) – technici chtěli "
        "adresy v textovém souboru.\nJana Šmerdová\n",
        attachments=[
            (
                "pdf",
                "zadost_BO.pdf",
                [
                    "Brněnský obzor s.r.o.\nKounicova 38, 602 00 Brno\nIČO " + E18,
                    "Věc: Žádost o přístup k výsledkům voleb v XML",
                    "Žádáme o přístup k průběžným výsledkům voleb. IP adresy serverů uvádíme "
                    "v samostatném souboru adresy.txt.",
                    "Kontaktní osoba: Jana Šmerdová, tel. 541 226 093, "
                    "smerdova@brnenskyobzor.example",
                    "Mgr. Jan Kaláb, jednatel",
                ],
            ),
            (
                "txt",
                "adresy.txt",
                "# Brnensky obzor - IP pro XML vysledky voleb\n# produkce\n203.0.113.36/30\n"
                "# test\n2001:db8:b0::1\n",
            ),
        ],
    ),
    c(
        "di019-databox-xlsx-form-both",
        "data message with a workbook form: captions with ☒ in cells merged across both "
        "columns, 'IP adresy' a merged sub-heading over the role rows; feed and filming",
        Style.DATABOX,
        L(
            [FEED, FILM],
            "TV Slovácko s.r.o.",
            E19,
            "ts4vb6k",
            ["192.0.2.240"],
            ["192.0.2.241"],
            "Kamila Bartošíková",
            "bartosikova@tvslovacko.example",
            "+420572503881",
        ),
        databox=box("ts4vb6k", "TV Slovácko s.r.o.", "Masarykovo nám. 21, 686 01 Uherské Hradiště"),
        subject="Žádost o přístup k výsledkům voleb a povolení natáčení – formulář v příloze",
        attachments=[
            (
                "xlsx",
                "TVS_zadost.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["ŽÁDOST – VOLBY DO POSLANECKÉ SNĚMOVNY 2025", None],
                            ["☒ přístup k XML výsledkům", None],
                            ["☒ natáčení na pracovišti ČSÚ ve Zlíně", None],
                            ["Žadatel", "TV Slovácko s.r.o."],
                            ["IČO", E19],
                            ["IP adresy", None],
                            ["produkční", "192.0.2.240"],
                            ["testovací", "192.0.2.241"],
                            ["Natáčení", "štáb 3 osoby, 20:00–24:00"],
                            ["Kontakt", "Kamila Bartošíková"],
                            ["Telefon", "572 503 881"],
                            ["E-mail", "bartosikova@tvslovacko.example"],
                        ],
                        "merge": ["A1:B1", "A2:B2", "A3:B3", "A6:B6"],
                    }
                ],
            )
        ],
    ),
    c(
        "di020-html-only-cover-changes-phone-docx",
        "HTML-only cover from a colleague says the contact's phone in the DOCX is old and "
        "gives the new one; the contact stays the person the DOCX names",
        Style.CORRECTION,
        L(
            [FEED],
            "Chrudimský zpravodaj s.r.o.",
            E20,
            None,
            ["192.0.2.77"],
            ["192.0.2.78"],
            "Jiří Vondráček",
            "vondracek@chrudimskyzpravodaj.example",
            "+420737615209",
        ),
        sender="Lucie Čermáková <cermakova@chrudimskyzpravodaj.example>",
        subject="Žádost o přístup k výsledkům voleb",
        headers=ROUNDCUBE,
        html="<html><body><p>Dobrý den,</p><p>v příloze naše žádost. Jen upozorňuji, že telefon "
        "pana Vondráčka ve formuláři je starý – nově <b>737 615 209</b>.</p><p>S pozdravem<br>"
        "Lucie Čermáková<br>redakce Chrudimského zpravodaje</p></body></html>",
        attachments=[
            (
                "docx",
                "zadost_CHZ.docx",
                {
                    "header": "Chrudimský zpravodaj s.r.o. | Resselovo nám. 77, 537 01 Chrudim | "
                    "IČO " + E20,
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb",
                        {
                            "rows": [
                                ["Produkční IP", "192.0.2.77"],
                                ["Testovací IP", "192.0.2.78"],
                                ["Kontaktní osoba", "Jiří Vondráček"],
                                ["Telefon", "469 622 310"],
                                ["E-mail", "vondracek@chrudimskyzpravodaj.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    ),
    c(
        "di021-reply-defect-notice-odt-form",
        "reply to the office's defect notice (quoted, with the office's IČO, box and phone); "
        "the completed ODT form names a technician as contact, not the sender",
        Style.REPLY,
        L(
            [FEED],
            "Kutnohorské listy s.r.o.",
            E21,
            None,
            ["198.51.100.15"],
            ["198.51.100.16"],
            "Eliška Kadlecová",
            "kadlecova@kutnohorskelisty.example",
            "+420327512604",
        ),
        sender="Václav Kříž <kriz@kutnohorskelisty.example>",
        subject="Re: Neúplná žádost o přístup k výsledkům voleb",
        headers=ZIMBRA,
        body="Dobrý den,\nv příloze posílám doplněný formulář i s testovací adresou a kontaktem.\n"
        "S pozdravem\nVáclav Kříž\n\n"
        "> Dne 4. 9. 2025 v 10:12 napsal(a) ČSÚ – volby:\n"
        "> Vážený pane Kříži,\n"
        "> Vaše žádost o přístup k výsledkům voleb je neúplná: chybí testovací IP adresa\n"
        "> a kontaktní osoba. Doplňte prosím formulář a zašlete jej zpět e-mailem nebo\n"
        "> do datové schránky 2gfaasy.\n"
        "> S pozdravem\n"
        "> Mgr. Lenka Suchá\n"
        "> Český statistický úřad, IČO 00025593\n"
        "> Na padesátém 81, 100 82 Praha 10\n"
        "> tel. +420 274 052 733\n",
        attachments=[
            (
                "odt",
                "formular_doplneny.odt",
                [
                    "Kutnohorské listy s.r.o., Václavské nám. 5, 284 01 Kutná Hora",
                    "IČO: " + E21,
                    "☒ přístup k XML výsledkům",
                    "☐ povolení k natáčení",
                    [
                        ["Produkční IP", "198.51.100.15"],
                        ["Testovací IP", "198.51.100.16"],
                        ["Kontaktní osoba", "Eliška Kadlecová, technická správkyně"],
                        ["E-mail", "kadlecova@kutnohorskelisty.example"],
                        ["Telefon", "327 512 604"],
                    ],
                ],
            )
        ],
    ),
    c(
        "di022-databox-annotation-prod-txt-rest",
        "data message: the annotation gives the production pair, a TXT the test address and "
        "the contact, a PDF power of attorney names the same person; no IČO anywhere",
        Style.DATABOX,
        L(
            [FEED],
            "Kralupský posel s.r.o.",
            None,
            "kp8sd3n",
            ["198.18.6.30", "198.18.6.31"],
            ["198.18.6.40"],
            "Michaela Součková",
            "souckova@kralupskyposel.example",
            "+420606842113",
        ),
        databox=box(
            "kp8sd3n", "Kralupský posel s.r.o.", "Palackého nám. 1, 278 01 Kralupy nad Vltavou"
        ),
        subject="Přístup k XML výsledkům voleb – produkční 198.18.6.30 a 198.18.6.31, ostatní "
        "v příloze",
        attachments=[
            (
                "txt",
                "doplneni.txt",
                "Kralupský posel s.r.o.\n\nTestovací adresa: 198.18.6.40\n"
                "Kontaktní osoba: Michaela Součková\nmobil: 606 842 113\n"
                "e-mail: souckova@kralupskyposel.example\n",
            ),
            (
                "pdf",
                "plna_moc.pdf",
                [
                    "PLNÁ MOC",
                    "Kralupský posel s.r.o. zmocňuje paní Michaelu Součkovou k jednání "
                    "s Českým statistickým úřadem ve věci přístupu k výsledkům voleb.",
                    "V Kralupech nad Vltavou 1. 9. 2025",
                    "Tomáš Beneš, jednatel",
                ],
            ),
        ],
    ),
    c(
        "di023-slovak-ods-table",
        "a Slovak regional paper writes Slovak; the ODS has 'produkčná' spanning two rows and "
        "'testovacia'; no IČO, a Slovak mobile",
        Style.TABLE,
        L(
            [FEED],
            "Záhorské noviny, s.r.o.",
            None,
            None,
            ["203.0.113.210", "203.0.113.211"],
            ["203.0.113.215"],
            "Martin Kollár",
            "kollar@zahorskenoviny.example",
            "+421905318642",
        ),
        sender="Martin Kollár <kollar@zahorskenoviny.example>",
        subject="Žiadosť o prístup k výsledkom volieb",
        headers=TBIRD,
        body="Dobrý deň,\n\nnaša redakcia by chcela priniesť výsledky volieb do Poslaneckej "
        "snemovne aj čitateľom na Záhorí. Žiadame o prístup k výsledkom vo formáte XML. IP "
        "adresy sú v priloženej tabuľke (ODS). Natáčať nebudeme.\n\nS pozdravom\nMartin Kollár\n"
        "šéfredaktor, Záhorské noviny, s.r.o.\ntel. +421 905 318 642\n",
        attachments=[
            (
                "di-ods",
                "adresy.ods",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Typ adresy", "IP adresa", "Poznámka"],
                            ["produkčná", "203.0.113.210", "hlavný server"],
                            [None, "203.0.113.211", "záložný"],
                            ["testovacia", "203.0.113.215", ""],
                        ],
                        "span": {(1, 0): (2, 1)},
                    }
                ],
            )
        ],
    ),
    c(
        "di024-cover-withdraws-filming-docx-both-ticked",
        "the DOCX form ticks ☒ both requests and names a cameraman; the cover withdraws the "
        "filming (the cameraman is away), the feed stands",
        Style.CORRECTION,
        L(
            [FEED],
            "Benešovský deník s.r.o.",
            E24,
            None,
            ["192.0.2.130", "192.0.2.131"],
            ["192.0.2.139"],
            "David Hruška",
            "hruska@benesovskydenik.example",
            "+420317725446",
        ),
        sender="David Hruška <hruska@benesovskydenik.example>",
        subject="Formulář – volby",
        headers=CENTRUM,
        body="Dobrý den,\nposílám formulář. Ještě upozornění: natáčení, které je ve formuláři "
        "zaškrtnuté, rušíme – kameraman ten den nebude k dispozici. Přístup k XML platí.\n"
        "David Hruška\n",
        attachments=[
            (
                "docx",
                "formular_BD.docx",
                {
                    "blocks": [
                        "Benešovský deník s.r.o., IČO " + E24,
                        "ŽÁDOST",
                        "☒ přístup k výsledkům voleb v XML",
                        "☒ povolení k natáčení na pracovišti ČSÚ v Benešově",
                        {
                            "rows": [
                                ["Produkční IP", "192.0.2.130, 192.0.2.131"],
                                ["Testovací IP", "192.0.2.139"],
                                ["Štáb", "Filip Nedbal (kamera)"],
                                [
                                    "Kontakt",
                                    "David Hruška, hruska@benesovskydenik.example, 317 725 446",
                                ],
                            ]
                        },
                    ]
                },
            )
        ],
    ),
    c(
        "di025-forward-eml-html-table-it",
        "the publisher applies in the top mail and forwards her IT supplier's HTML-only mail "
        "as an attached .eml with a server/IP/role table; the supplier's technician is no "
        "contact, she is",
        Style.FORWARD,
        L(
            [FEED],
            "Jihlavský report s.r.o.",
            E25,
            None,
            ["198.51.100.81", "198.51.100.82"],
            ["198.51.100.89"],
            "Simona Řezníčková",
            "reznickova@jihlavsky-report.example",
            "+420567210884",
        ),
        sender="Simona Řezníčková <reznickova@jihlavsky-report.example>",
        subject="Fwd: IP adresy pro ČSÚ",
        headers=GMAIL,
        body="Dobrý den,\n\nžádáme o přístup k průběžným výsledkům voleb pro Jihlavský report "
        "s.r.o. (IČO " + E25 + "). Adresy serverů posílám v přeposlané zprávě od našeho IT "
        "dodavatele (v příloze). Kontaktní osobou budu já, tel. 567 210 884.\n\n"
        "Simona Řezníčková\nvydavatelka\n",
        attachments=[
            (
                "eml",
                "IP adresy pro ČSÚ.eml",
                {
                    "id": "di025-inner",
                    "from": "Servis IT Vysočina <podpora@servisit-vysocina.example>",
                    "to": "reznickova@jihlavsky-report.example",
                    "subject": "IP adresy pro ČSÚ",
                    "html": "<p>Dobrý den, paní Řezníčková,</p><p>níže adresy pro přístup "
                    'k výsledkům:</p><table border="1"><tr><th>server</th><th>IP</th>'
                    "<th>účel</th></tr><tr><td>web-a</td><td>198.51.100.81</td><td>produkce</td>"
                    "</tr><tr><td>web-b</td><td>198.51.100.82</td><td>produkce</td></tr><tr>"
                    "<td>dev</td><td>198.51.100.89</td><td>test</td></tr></table><p>Ondřej Mach"
                    "<br>Servis IT Vysočina s.r.o.<br>tel. 608 100 200</p>",
                },
            )
        ],
    ),
    c(
        "di026-databox-docx-column-headers-five",
        "data message; the DOCX table has column headers 'Produkční prostředí' / 'Testovací "
        "prostředí' and row headers 'Server 1–5', five production and two test addresses; "
        "the contact's direct line before the switchboard",
        Style.DATABOX,
        L(
            [FEED],
            "Horácké noviny a.s.",
            E26,
            "hn7fe2x",
            [
                "198.51.100.101",
                "198.51.100.102",
                "198.51.100.103",
                "198.51.100.104",
                "198.51.100.105",
            ],
            ["198.51.100.111", "198.51.100.112"],
            "Stanislav Doležel",
            "dolezel@horackenoviny.example",
            "+420568800142",
        ),
        databox=box("hn7fe2x", "Horácké noviny a.s.", "Karlovo nám. 44, 674 01 Třebíč"),
        subject="Žádost o přístup k výsledkům voleb (Horácké noviny)",
        attachments=[
            (
                "di-docx",
                "HN_zadost.docx",
                {
                    "header": "HORÁCKÉ NOVINY a.s. · Karlovo nám. 44 · 674 01 Třebíč",
                    "footer": "IČO " + E26 + " · ID DS hn7fe2x · tel. ústředna 568 800 100",
                    "blocks": [
                        "Žádost o přístup k průběžným výsledkům voleb do Poslanecké sněmovny",
                        "Žádáme o přístup k datům výsledků voleb pro náš web i pro mobilní "
                        "aplikaci.",
                        {
                            "rows": [
                                ["", "Produkční prostředí", "Testovací prostředí"],
                                ["Server 1", "198.51.100.101", "198.51.100.111"],
                                ["Server 2", "198.51.100.102", "198.51.100.112"],
                                ["Server 3", "198.51.100.103", ""],
                                ["Server 4", "198.51.100.104", ""],
                                ["Server 5", "198.51.100.105", ""],
                            ]
                        },
                        "Kontaktní osoba: Stanislav Doležel, vedoucí IT, "
                        "dolezel@horackenoviny.example, tel. 568 800 142 (ústředna 568 800 100)",
                        "Ing. Ladislav Pokorný, generální ředitel",
                    ],
                },
            )
        ],
    ),
    c(
        "di027-german-xlsx-merged-column-header",
        "an Austrian TV writes German: 'die … GmbH beantragt' mid-sentence, the signature "
        "without the article; the workbook's 'IP-Adressen' header is merged over 'Produktion' "
        "and 'Test'; the technician named as Ansprechpartner; feed and filming",
        Style.TABLE,
        L(
            [FEED, FILM],
            "Ostalpen TV GmbH",
            None,
            None,
            ["192.0.2.50", "192.0.2.51"],
            ["192.0.2.58"],
            "Lukas Pichler",
            "pichler@ostalpentv.example",
            "+43662874315",
        ),
        sender="Anna Hofbauer <hofbauer@ostalpentv.example>",
        subject="Antrag: Zugang zu den Wahlergebnissen (XML) und Drehgenehmigung",
        headers=APPLE,
        body="Sehr geehrte Damen und Herren,\n\nhiermit beantragt die Ostalpen TV GmbH den Zugang "
        "zum XML-Ergebnisdienst für die Wahl zum Abgeordnetenhaus sowie eine Drehgenehmigung "
        "für die Wahlnacht im Regionalbüro Budweis (Kamerateam, 2 Personen). Die IP-Adressen "
        "finden Sie in der beigefügten Tabelle.\n\nAnsprechpartner ist unser Techniker Lukas "
        "Pichler, pichler@ostalpentv.example, +43 662 874 315.\n\nMit freundlichen Grüßen\n"
        "Anna Hofbauer\nChefredaktion, Ostalpen TV GmbH\nFN 412307 p, Landesgericht Salzburg\n",
        attachments=[
            (
                "xlsx",
                "IP-Adressen_OATV.xlsx",
                [
                    {
                        "title": "Tabelle1",
                        "rows": [
                            ["Server", "IP-Adressen", None],
                            [None, "Produktion", "Test"],
                            ["Web", "192.0.2.50", "192.0.2.58"],
                            ["App", "192.0.2.51", None],
                        ],
                        "merge": ["B1:C1", "A1:A2"],
                    }
                ],
            )
        ],
    ),
    c(
        "di028-empty-body-odt-feed-deferred",
        "empty body; the ODT form leaves the feed ☐ with a note that it will be asked for "
        "before the regional elections, ☑ filming now",
        Style.EMPTY,
        L(
            [FILM],
            "Rakovnický občasník, z.s.",
            E28,
            None,
            [],
            [],
            "Jan Sýkora",
            "sykora@rakovnickyobcasnik.example",
            "+420603914227",
        ),
        sender="Jan Sýkora <sykora@rakovnickyobcasnik.example>",
        subject="zadost",
        headers=SEZNAM,
        cte="base64",
        body="",
        attachments=[
            (
                "odt",
                "zadost_natoceni.odt",
                [
                    "Rakovnický občasník, z.s., IČO " + E28,
                    "Žádost o povolení natáčení – volby do Poslanecké sněmovny 2025",
                    "☐ přístup k XML výsledkům – o ten požádáme až před krajskými volbami",
                    "☑ povolení k natáčení a fotografování na pracovišti ČSÚ v Rakovníku",
                    [
                        ["Štáb", "Jan Sýkora, Alžběta Sýkorová"],
                        ["Kontakt", "Jan Sýkora, 603 914 227, sykora@rakovnickyobcasnik.example"],
                    ],
                ],
            )
        ],
    ),
]
