"""Thirty-second held-out part ``zb``, cases zb001–zb014: a data message with the application only
in its annotation, PDF and DOCX forms with ticked boxes and ANO/NE columns, a DOCX letter with a
merged role cell, a cover mail correcting its XLSX, a forwarded .eml, an RTF crew list, a Slovak
TXT form, an HTML form, a data message whose annotation withdraws an address from its PDF, an
English PDF, a two-sheet XLSX with an old address and a signed mail with a nested DOCX table.
Written by hand apart from the extraction rules (see make_thirtysecond_zb); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtysecond_zb_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I1, I2, I3, I4 = ico("2874106"), ico("2639517"), ico("2715893"), ico("0793154")
I5, I6, I7, I8 = ico("2851470"), ico("4518372"), ico("2460835"), ico("0417268")
I9, I10, I11, I13 = ico("2925014"), ico("2267431"), ico("2693047"), ico("0517326")
I14 = ico("2601958")

CASES: list[dict[str, Any]] = [
    {
        "id": "zb001-databox-annotation-only-extract-attached",
        "description": "data message with the whole application in the annotation; the only "
        "file is an extract from the commercial register carrying the IČO",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Jihočeský týden s.r.o.",
            I1,
            "jt5c8wq",
            ["198.51.100.14"],
            ["198.51.100.15"],
            "Petr Hloušek",
            "hlousek@jihoceskytyden.example",
            "+420602118447",
        ),
        "subject": (
            "Žádost o přístup k XML s výsledky voleb. Produkční IP 198.51.100.14, "
            "testovací 198.51.100.15. Kontakt: Petr Hloušek, 602 118 447, "
            "hlousek@jihoceskytyden.example. Výpis z OR přikládáme."
        ),
        "databox": {
            "box": "jt5c8wq",
            "sender": "Jihočeský týden s.r.o.",
            "address": "Lannova tř. 44/9, 370 01 České Budějovice",
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR_jihocesky_tyden.pdf",
                [
                    "Výpis z obchodního rejstříku, vedeného Krajským soudem v Českých "
                    "Budějovicích, oddíl C, vložka 31877",
                    {
                        "rows": [
                            ["Datum vzniku a zápisu:", "14. března 2011"],
                            ["Spisová značka:", "C 31877 vedená u Krajského soudu v Č. B."],
                            ["Obchodní firma:", "Jihočeský týden s.r.o."],
                            ["Sídlo:", "Lannova tř. 44/9, 370 01 České Budějovice"],
                            ["Identifikační číslo:", f"{I1[:3]} {I1[3:5]} {I1[5:]}"],
                            ["Právní forma:", "Společnost s ručením omezeným"],
                            [
                                "Předmět podnikání:",
                                "Vydavatelské činnosti, polygrafická "
                                "výroba, knihařské a kopírovací práce",
                            ],
                            ["Jednatel:", "Ing. Václav Pražák, dat. nar. 2. května 1968"],
                            ["Základní kapitál:", "200 000,- Kč"],
                        ],
                        "widths": [130, 300],
                    },
                    "Údaje platné ke dni: 9. září 2025 06:10",
                ],
            )
        ],
    },
    {
        "id": "zb002-empty-body-pdf-checkbox-form",
        "description": "mail with an empty body; the PDF form ticks the feed box and leaves "
        "the recording box empty, switchboard only in the footer",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Rádio Podještědí s.r.o.",
            I2,
            None,
            ["192.0.2.130", "192.0.2.131"],
            ["192.0.2.140"],
            "Lenka Dvořáková",
            "dvorakova@radiopodjested.example",
            "+420731556208",
        ),
        "from": "Dvořáková Lenka <dvorakova@radiopodjested.example>",
        "subject": "Žádost - formulář",
        "headers": OUTLOOK,
        "body": "\n",
        "attachments": [
            (
                "pdf",
                "formular_zadost_RP.pdf",
                [
                    "FORMULÁŘ ŽÁDOSTI MÉDIÍ – volby do Poslanecké sněmovny 2025",
                    f"Žadatel (název, IČO): Rádio Podještědí s.r.o., IČO {I2}",
                    "Sídlo: Husova 218, 460 01 Liberec",
                    "Označte, o co žádáte:",
                    {
                        "rows": [
                            ["Požadavek", "Označte"],
                            ["Přístup k serveru s průběžnými výsledky (XML)", "☒"],
                            ["Povolení pořizovat zvukový a obrazový záznam na sběrném místě", "☐"],
                        ],
                        "widths": [330, 70],
                    },
                    "IP adresy (max. 5 produkčních, max. 5 testovacích):",
                    {
                        "rows": [
                            ["Typ", "IP adresa 1", "IP adresa 2"],
                            ["Produkční", "192.0.2.130", "192.0.2.131"],
                            ["Testovací", "192.0.2.140", ""],
                        ],
                        "widths": [120, 140, 140],
                    },
                    "Kontaktní osoba: Lenka Dvořáková, vedoucí vysílání\n"
                    "Tel.: +420 731 556 208\nE-mail: dvorakova@radiopodjested.example",
                    "V Liberci dne 11. 9. 2025        podpis: L. Dvořáková",
                    "Rádio Podještědí s.r.o. | ústředna 485 120 300 | www.radiopodjested.example",
                ],
            )
        ],
    },
    {
        "id": "zb003-docx-ano-ne-columns-both",
        "description": "short cover note; DOCX form with ANO/NE columns (both requests ANO) "
        "and the roles as row headers, backup counted as production",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Hanácká televizní společnost, a.s.",
            I3,
            None,
            ["203.0.113.70", "203.0.113.71"],
            ["203.0.113.80"],
            "Tomáš Kubát",
            "kubat@hanackatv.example",
            "+420585204617",
        ),
        "from": "Tomáš Kubát <kubat@hanackatv.example>",
        "subject": "Volby 2025 - žádost HTS",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nv příloze posíláme vyplněnou žádost (formulář z vašeho webu).\n\n"
            "S pozdravem\nT. Kubát\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_HTS_volby2025.docx",
                {
                    "header": "Hanácká televizní společnost, a.s. – Horní náměstí 9, "
                    "779 00 Olomouc",
                    "blocks": [
                        "Žádost média o přístup k výsledkům voleb a o povolení natáčení",
                        f"Název žadatele: Hanácká televizní společnost, a.s.    IČO: {I3}",
                        {
                            "rows": [
                                ["Žádám o", "ANO", "NE"],
                                ["přístup k výsledkům voleb ve formátu XML", "X", ""],
                                [
                                    "povolení natáčení / pořizování záznamu na sběrném místě",
                                    "X",
                                    "",
                                ],
                            ]
                        },
                        "IP adresy serverů:",
                        {
                            "rows": [
                                ["", "IP adresa"],
                                ["produkce", "203.0.113.70"],
                                ["produkce – záloha", "203.0.113.71"],
                                ["test", "203.0.113.80"],
                            ]
                        },
                        "Natáčení: štáb 2 osoby (redaktor a kameraman Ondřej Lang), sběrné "
                        "místo Olomouc, 4. 10. 2025 od 14:00.",
                        "Kontaktní osoba: Tomáš Kubát, tel. +420 585 204 617, "
                        "kubat@hanackatv.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "zb004-databox-docx-merged-test-cell-first",
        "description": "data message with a bare annotation; DOCX letter lists the two test "
        "addresses first under one merged cell, the office's box and IČO in the address block",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Zpravodajství Polabí, z. ú.",
            I4,
            "zp7la3r",
            ["198.51.100.200"],
            ["198.51.100.201", "198.51.100.202"],
            "Marek Šindelář",
            "marek.sindelar@polabi-zpravy.example",
            "+420608940112",
        ),
        "subject": "Žádost o zřízení přístupu – volby 2025",
        "databox": {
            "box": "zp7la3r",
            "sender": "Zpravodajství Polabí, z. ú.",
            "address": "Pražská 1120, 280 02 Kolín",
        },
        "attachments": [
            (
                "docx",
                "Zadost_pristup_XML.docx",
                {
                    "header": f"Zpravodajství Polabí, z. ú. · IČO {I4} · datová schránka zp7la3r",
                    "footer": "Pražská 1120, 280 02 Kolín · redakce@polabi-zpravy.example",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10\n"
                        "IČO: 00025593, ID DS: 2gfaasy",
                        "Naše čj.: ZP-0412/2025        Kolín 10. září 2025",
                        "Věc: žádost o přístup k serveru s výsledky voleb",
                        "Vážení, žádáme o zřízení přístupu k výsledkům voleb ve formátu XML "
                        "z následujících adres:",
                        {
                            "rows": [
                                ["Role", "IP adresa"],
                                ["testovací", "198.51.100.201"],
                                ["", "198.51.100.202"],
                                ["produkční", "198.51.100.200"],
                            ],
                            "merge": [(1, 0, 2, 0)],
                        },
                        "Kontaktní osobou je Bc. Marek Šindelář, správce systémů, "
                        "marek.sindelar@polabi-zpravy.example, +420 608 940 112.",
                        "S pozdravem\nMgr. Jana Poláková\nředitelka",
                    ],
                },
            )
        ],
    },
    {
        "id": "zb005-cover-corrects-xlsx-test-address",
        "description": "cover mail says the test address in the attached XLSX has a typo and "
        "gives the right one",
        "style": Style.COVER_CORRECTION,
        "labels": L(
            [FEED],
            "Krajské listy Vysočina s.r.o.",
            I5,
            None,
            ["198.51.100.31", "198.51.100.32"],
            ["198.51.100.35"],
            "Radim Bareš",
            "bares@krajskelisty.example",
            "+420567110923",
        ),
        "from": "Radim Bareš <bares@krajskelisty.example>",
        "subject": "žádost o XML výsledky + oprava",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "v příloze posílám vyplněnou tabulku s údaji pro přístup k výsledkům voleb.\n\n"
            "Omlouvám se, až po uložení jsem si všiml, že v tabulce je u testovací adresy "
            "překlep – místo 198.51.100.33 má být 198.51.100.35. Ostatní údaje platí.\n\n"
            "Díky a hezký den\nRadim Bareš\nIT, Krajské listy Vysočina\n"
        ),
        "attachments": [
            (
                "xlsx",
                "KLV_pristup_volby.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Položka", "Hodnota"],
                            ["Žadatel", "Krajské listy Vysočina s.r.o."],
                            ["IČO", I5],
                            ["Produkční IP", "198.51.100.31"],
                            ["Produkční IP", "198.51.100.32"],
                            ["Testovací IP", "198.51.100.33"],
                            ["Kontaktní osoba", "Radim Bareš"],
                            ["E-mail", "bares@krajskelisty.example"],
                            ["Telefon", "+420 567 110 923"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "zb006-forwarded-eml-from-it",
        "description": "the editor-in-chief forwards IT's internal mail as an .eml attachment "
        "and names the IT colleague as the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Plzeňský kurýr, spol. s r.o.",
            I6,
            None,
            ["192.0.2.50", "192.0.2.51"],
            ["192.0.2.59"],
            "Jakub Zeman",
            "zeman@plzenskykuryr.example",
            "+420774301882",
        ),
        "from": "Hana Vondráčková <vondrackova@plzenskykuryr.example>",
        "subject": "Fwd: údaje pro ČSÚ – volby",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám v příloze mail od našeho IT s údaji pro přístup k XML výsledkům "
            "voleb. Prosím o vyřízení. Kontaktní osobou pro technické věci je kolega "
            "Jakub Zeman, vše potřebné je v jeho mailu.\n\n"
            "S pozdravem\n\nHana Vondráčková\nšéfredaktorka\nPlzeňský kurýr\n"
            "tel. 377 210 455\n"
        ),
        "attachments": [
            (
                "eml",
                "udaje pro CSU.eml",
                {
                    "id": "zb006-inner",
                    "from": "Jakub Zeman <zeman@plzenskykuryr.example>",
                    "to": "Hana Vondráčková <vondrackova@plzenskykuryr.example>",
                    "subject": "údaje pro ČSÚ – volby",
                    "body": (
                        "Hano,\n\n"
                        "tady jsou údaje, co po nás ČSÚ chce:\n\n"
                        f"firma: Plzeňský kurýr, spol. s r.o., IČ {I6}\n"
                        "produkce: 192.0.2.50, 192.0.2.51 (dva frontendy za balancerem)\n"
                        "test: 192.0.2.59\n"
                        "kontakt technik: já, zeman@plzenskykuryr.example, mobil 774 301 882\n\n"
                        "Stačí to přeposlat na podatelnu.\n\nJakub\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "zb007-rtf-crew-list-film-only",
        "description": "windows-1250 cover declining the feed; RTF letter with a crew table "
        "whose role column names the contact",
        "style": Style.TABLE,
        "labels": L(
            [FILM],
            "Studio Vltava Film s.r.o.",
            I7,
            None,
            [],
            [],
            "Veronika Malá",
            "mala@vltavafilm.example",
            "+420720118305",
        ),
        "from": "Veronika Malá <mala@vltavafilm.example>",
        "subject": "Žádost o povolení natáčení – volební noc",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "v příloze zasíláme žádost o povolení natáčení na sběrném místě ve volební noc "
            "(dokumentární cyklus pro veřejnoprávní televizi). O přístup k datovému serveru "
            "s výsledky nežádáme.\n\n"
            "S pozdravem\nVeronika Malá\nStudio Vltava Film\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_nataceni_SVF.rtf",
                [
                    f"Studio Vltava Film s.r.o., Zborovská 12, 150 00 Praha 5, IČO: {I7}",
                    "Věc: Žádost o povolení pořizovat obrazový a zvukový záznam",
                    "Žádáme o povolení natáčet na sběrném místě ČSÚ v Praze dne 3. a 4. 10. "
                    "2025. Štáb:",
                    [
                        ["Jméno", "Funkce", "Telefon"],
                        ["Veronika Malá", "redaktorka, kontaktní osoba", "+420 720 118 305"],
                        ["Dušan Říha", "kameraman", "+420 605 447 210"],
                        ["Pavel Kos", "zvukař", "-"],
                    ],
                    "E-mail kontaktní osoby: mala@vltavafilm.example",
                    "Ing. Richard Fiala, jednatel",
                ],
            )
        ],
    },
    {
        "id": "zb008-databox-pfo-odt-ipv6-test",
        "description": "freelancer's data message: annotation names both requests, the ODT "
        "holds the addresses (IPv6 test) and the contact",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED, FILM],
            "Filip Navrátil",
            I8,
            "fn3x9kd",
            ["203.0.113.150"],
            ["2001:db8:55::10"],
            "Filip Navrátil",
            "navratil@navratilvideo.example",
            "+420739004561",
        ),
        "subject": (
            "Žádost o přístup k výsledkům voleb (XML) a o povolení natáčení na sběrném "
            "místě v Olomouci – údaje v příloze."
        ),
        "databox": {
            "box": "fn3x9kd",
            "sender": "Filip Navrátil",
            "address": "Dobrovského 27, 779 00 Olomouc",
            "type": 30,
        },
        "attachments": [
            (
                "odt",
                "zadost_navratil.odt",
                [
                    "Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    f"Žadatel: Filip Navrátil, fotograf a kameraman (OSVČ), IČO {I8}",
                    "Výsledky potřebuji pro živé grafiky do streamu pro regionální weby.",
                    [
                        ["Prostředí", "Adresa"],
                        ["produkční", "203.0.113.150"],
                        ["testovací", "2001:db8:55::10"],
                    ],
                    "Natáčet budu sám, jedna kamera, bez světel.",
                    "Kontakt: navratil@navratilvideo.example, +420 739 004 561",
                ],
            )
        ],
    },
    {
        "id": "zb009-slovak-txt-form-brackets",
        "description": "Slovak cover and a TXT form: [x] feed, [ ] filming; Slovak mobile",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Mediálny dom Karpaty, s. r. o.",
            I9,
            None,
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.99"],
            "Zuzana Hrušovská",
            "hrusovska@karpatymedia.example",
            "+421905318442",
        ),
        "from": "Zuzana Hrušovská <hrusovska@karpatymedia.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": GMAIL,
        "body": (
            "Dobrý deň,\n\nv prílohe posielam vyplnenú žiadosť v textovom súbore "
            "(Word mi v práci nejde, prepáčte).\n\nĎakujem\nZuzana Hrušovská\n"
        ),
        "attachments": [
            (
                "txt",
                "ziadost_volby_2025.txt",
                "ŽIADOSŤ O PRÍSTUP – VOĽBY DO POSLANECKEJ SNEMOVNE 2025\n"
                "=======================================================\n\n"
                "Žiadame o:\n"
                "  [x] prístup k XML výsledkom volieb\n"
                "  [ ] povolenie na natáčanie na zbernom mieste\n\n"
                f"Žiadateľ: Mediálny dom Karpaty, s. r. o.\nIČO: {I9}\n"
                "Sídlo: Vinohradská 2133/138, 130 00 Praha 3\n\n"
                "Produkčné IP: 198.51.100.90, 198.51.100.91\n"
                "Testovacie IP: 198.51.100.99\n\n"
                "Kontaktná osoba: Zuzana Hrušovská\n"
                "Tel.: +421 905 318 442\nE-mail: hrusovska@karpatymedia.example\n",
            )
        ],
    },
    {
        "id": "zb010-html-only-ano-ne-table",
        "description": "HTML-only webmail form with an ANO/NE column (filming NE), IČ written "
        "in groups, dashed phone, test row with a dash",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Brodský zpravodaj, z. s.",
            I10,
            None,
            ["192.0.2.10"],
            [],
            "Alena Krejčí",
            "krejci.alena@brodskyzpravodaj.example",
            "+420605211390",
        ),
        "from": "Alena Krejčí <krejci.alena@brodskyzpravodaj.example>",
        "subject": "zadost volby - Brodsky zpravodaj",
        "headers": SEZNAM,
        "cte": "base64",
        "html": (
            "<div>Dobrý den,</div><div><br></div>"
            "<div>vyplnila jsem tabulku podle vzoru z Vašich stránek:</div><div><br></div>"
            '<table border="1" style="border-collapse:collapse">'
            "<tr><th>Žádost</th><th>ANO / NE</th></tr>"
            "<tr><td>Přístup k výsledkům voleb (XML)</td><td>ANO</td></tr>"
            "<tr><td>Povolení natáčení na sběrném místě</td><td>NE</td></tr>"
            "<tr><td>Žadatel</td><td>Brodský zpravodaj, z. s.</td></tr>"
            f"<tr><td>IČ</td><td>{I10[:3]} {I10[3:5]} {I10[5:]}</td></tr>"
            "<tr><td>Produkční IP</td><td>192.0.2.10</td></tr>"
            "<tr><td>Testovací IP</td><td>–</td></tr>"
            "<tr><td>Kontaktní osoba</td><td>Alena Krejčí</td></tr>"
            "<tr><td>Telefon</td><td>605-211-390</td></tr>"
            "</table><div><br></div>"
            "<div>Děkuji, Alena Krejčí</div>"
            "<div>Brodský zpravodaj – měsíčník pro Český Brod a okolí</div>"
        ),
    },
    {
        "id": "zb011-databox-annotation-withdraws-pdf-test",
        "description": "the annotation cancels the test address printed in the attached PDF "
        "(they will test from production)",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Regionální vysílání Krkonoše s.r.o.",
            I11,
            "rk2vh8m",
            ["203.0.113.90", "203.0.113.91"],
            [],
            "Ondřej Hájek",
            "hajek@rvkrkonose.example",
            "+420499320781",
        ),
        "subject": (
            "K žádosti v příloze: testovací adresu 203.0.113.99 uvedenou v příloze rušíme, "
            "testovat budeme z produkčních serverů. Ostatní beze změn."
        ),
        "databox": {
            "box": "rk2vh8m",
            "sender": "Regionální vysílání Krkonoše s.r.o.",
            "address": "Horská 88, 543 01 Vrchlabí",
        },
        "attachments": [
            (
                "pdf",
                "RVK_zadost_CSU.pdf",
                [
                    f"Regionální vysílání Krkonoše s.r.o.\nHorská 88, 543 01 Vrchlabí\nIČO: {I11}",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o zřízení přístupu k serveru s průběžnými výsledky voleb.",
                    {
                        "rows": [
                            [
                                "Produkční servery (stahování výsledků pro vysílání a web)",
                                "203.0.113.90\n203.0.113.91",
                            ],
                            ["Testovací server (ověření spojení před volbami)", "203.0.113.99"],
                        ],
                        "widths": [150, 150],
                    },
                    "Kontaktní osoba: Ondřej Hájek, technický ředitel\n"
                    "tel.: 499 320 781, e-mail: hajek@rvkrkonose.example",
                    "Ve Vrchlabí dne 12. 9. 2025\nJiří Tomeš, jednatel",
                ],
            )
        ],
    },
    {
        "id": "zb012-english-pdf-ipv6-production",
        "description": "German broadcaster, English cover and PDF; IPv6 and IPv4 production, "
        "no test, register and VAT numbers that are not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Mitteldeutscher Nachrichtendienst GmbH",
            None,
            None,
            ["2001:db8:4a1::20", "203.0.113.20"],
            [],
            "Katrin Vogel",
            "k.vogel@mdn-news.example",
            "+493412209174",
        ),
        "from": '"Vogel, Katrin" <k.vogel@mdn-news.example>',
        "subject": "Application: election results feed and filming permission",
        "headers": OWA,
        "body": (
            "Dear Sir or Madam,\n\n"
            "please find attached our application for access to the election results feed "
            "and for permission to film at your collection point in Prague.\n\n"
            "Kind regards\nKatrin Vogel\nMitteldeutscher Nachrichtendienst GmbH\n"
        ),
        "attachments": [
            (
                "pdf",
                "MDN_application_CZSO.pdf",
                [
                    "Mitteldeutscher Nachrichtendienst GmbH · Karl-Liebknecht-Str. 141 · "
                    "04275 Leipzig\nAmtsgericht Leipzig HRB 28714 · USt-IdNr. DE 281 945 730",
                    "Application for access to the election results (XML) and for a "
                    "recording permit",
                    "We cover the Czech parliamentary elections for our regional news "
                    "network and ask for access to the XML results server and for "
                    "permission to film at the collection point in Prague on 4 October 2025 "
                    "(crew of three).",
                    {
                        "rows": [
                            ["Production servers", "2001:db8:4a1::20\n203.0.113.20"],
                            ["Test servers", "none – we will test from production"],
                        ],
                        "widths": [150, 250],
                    },
                    "Contact person: Katrin Vogel, Head of Newsdesk\n"
                    "Phone +49 341 2209 174 · k.vogel@mdn-news.example",
                ],
            )
        ],
    },
    {
        "id": "zb013-xlsx-two-sheets-old-address",
        "description": "iso-8859-2 cover; two-sheet XLSX, PROD/TST role column and a row "
        "with the old server marked as no longer used",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Zlínský deník online s.r.o.",
            I13,
            None,
            ["198.51.100.120", "198.51.100.121"],
            ["198.51.100.125"],
            "Lukáš Mareček",
            "marecek@zlinskyonline.example",
            "+420577014266",
        ),
        "from": "Lukáš Mareček <marecek@zlinskyonline.example>",
        "subject": "Žádost o přístup – Zlínský deník online",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "zasílám žádost o přístup k výsledkům voleb, údaje jsou v tabulce v příloze "
            '(list "Žadatel" a list "IP").\n\n'
            "S pozdravem\nLukáš Mareček\n"
        ),
        "attachments": [
            (
                "xlsx",
                "zadost_ZDO.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Zlínský deník online s.r.o."],
                            ["IČO", I13],
                            ["Adresa", "tř. Tomáše Bati 5335, 760 01 Zlín"],
                            ["Kontaktní osoba", "Lukáš Mareček"],
                            ["E-mail", "marecek@zlinskyonline.example"],
                            ["Telefon", "577 014 266"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["Prostředí", "IP adresa", "Poznámka"],
                            ["PROD", "198.51.100.120", "nový cluster"],
                            ["PROD", "198.51.100.121", "nový cluster"],
                            [
                                "PROD",
                                "198.51.100.12",
                                "původní server – od 1. 9. 2025 zrušen, nepovolovat",
                            ],
                            ["TST", "198.51.100.125", ""],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "zb014-signed-docx-nested-table",
        "description": "S/MIME-signed cover with a box ID in the signature; the DOCX nests a "
        "table whose column headers give the roles and names a technical contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Brněnský večerník a.s.",
            I14,
            "bv4k2ms",
            ["192.0.2.160", "192.0.2.161"],
            ["192.0.2.170"],
            "Roman Pilař",
            "pilar@brnenskyvecernik.example",
            "+420603998120",
        ),
        "from": "Ivo Beneš <benes@brnenskyvecernik.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Brněnský večerník",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Dobrý den,\n\n"
            "v příloze zasílám podepsanou žádost naší společnosti o přístup k výsledkům "
            "voleb ve formátu XML.\n\n"
            "S pozdravem\n\n"
            "Mgr. Ivo Beneš\nvedoucí online redakce\nBrněnský večerník a.s.\n"
            f"IČO: {I14} | ID DS: bv4k2ms\n"
            "Tel.: +420 541 220 870\n"
        ),
        "attachments": [
            (
                "docx",
                "BV_zadost_volby.docx",
                {
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        f"Brněnský večerník a.s., Kobližná 19, 602 00 Brno, IČO {I14}",
                        {
                            "rows": [
                                ["Údaje o žadateli", "viz záhlaví"],
                                ["IP adresy", ""],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkční", "testovací"],
                                        ["192.0.2.160", "192.0.2.170"],
                                        ["192.0.2.161", ""],
                                    ]
                                }
                            },
                        },
                        "Kontaktní osoba pro technické záležitosti: Roman Pilař, "
                        "pilar@brnenskyvecernik.example, 603 998 120",
                        "Mgr. Ivo Beneš, vedoucí online redakce",
                    ]
                },
            )
        ],
    },
]
