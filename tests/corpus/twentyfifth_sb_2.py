"""Twentyfifth held-out part ``sb``, cases sb015–sb028: a data message whose file is only a power
of attorney, a PDF form with ANO/NE columns that the cover mail overrides, a Slovak DOCX with a
nested table and no body, a forwarded own application with a changed test server, a faculty's
XLSX in a data message, an IT contractor's TXT with a netmask, per-row role checkboxes, ODT and
HTML tables, a letter with the box ID in its signature, a data message whose annotation changes
the attached file's contact, a Polish broadcaster, a reply quoting the office's request for
completion and an address range in a TXT. Written by hand apart from the extraction rules (see
make_twentyfifth_sb); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyfifth_sb_common import (
    FEED,
    FILM,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I15, I16, I17, I18 = ico("2781534"), ico("0614298"), ico("3651270"), ico("2507816")
I19, I20, I21, I22 = ico("7092364"), ico("2894170"), ico("2561473"), ico("2730819")
I23, I24, I25, I27, I28 = (
    ico("2481967"),
    ico("2962187"),
    ico("0718224"),
    ico("0552713"),
    ico("2830011"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "sb015-databox-annotation-power-of-attorney",
        "description": "data message: both requests in the annotation with 'ostrá'/'TST', the "
        "attached PDF only a power of attorney for the contact",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED, FILM],
            "Vltavín Media a.s.",
            I15,
            "v5tn4hq",
            ["198.51.100.100", "198.51.100.101"],
            ["198.51.100.109"],
            "Ivana Mráčková",
            "mrackova@vltavin.example",
            "+420721330846",
        ),
        "subject": "Žádáme o přístup k XML výsledkům voleb a povolení natáčet na sběrném "
        "místě v Praze. Ostrá: 198.51.100.100, 198.51.100.101; TST: 198.51.100.109. "
        "Kontakt: Ivana Mráčková, 721 330 846, mrackova@vltavin.example",
        "databox": {
            "box": "v5tn4hq",
            "sender": "Vltavín Media a.s.",
            "address": "Rohanské nábřeží 678/29, 186 00 Praha 8",
        },
        "attachments": [
            (
                "pdf",
                "plna_moc_Mrackova.pdf",
                [
                    "PLNÁ MOC",
                    f"Společnost Vltavín Media a.s., IČO {I15}, se sídlem Rohanské nábřeží "
                    "678/29, 186 00 Praha 8, zastoupená Ing. Richardem Vondrou, předsedou "
                    "představenstva,",
                    "zmocňuje",
                    "paní Ivanu Mráčkovou, nar. 3. 6. 1988, vedoucí produkce,",
                    "k jednání s Českým statistickým úřadem ve věci přístupu k výsledkům "
                    "voleb do Poslanecké sněmovny 2025 a povolení k pořizování záznamů na "
                    "sběrných místech, včetně podávání žádostí a přebírání písemností.",
                    "V Praze dne 10. 9. 2025",
                    "Ing. Richard Vondra, předseda představenstva\n\n"
                    "Zmocnění přijímám: Ivana Mráčková",
                ],
            )
        ],
    },
    {
        "id": "sb016-pdf-ano-ne-cover-adds-recording",
        "description": "PDF form ticks NE for recording, but the cover mail says that was a "
        "mistake and asks for recording too",
        "style": Style.COVER_CHANGE,
        "labels": L(
            [FEED, FILM],
            "Rádio Ozvěna Vysočiny s.r.o.",
            I16,
            None,
            ["192.0.2.44"],
            ["192.0.2.45"],
            "Zdeněk Malý",
            "maly@ozvenavysociny.example",
            "+420567212909",
        ),
        "from": "Zdeněk Malý <maly@ozvenavysociny.example>",
        "subject": "Formulář ČSÚ – Rádio Ozvěna",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "posílám vyplněný formulář. Omlouvám se, u povolení k natáčení jsem omylem "
            "zaškrtl NE – chtěli bychom ale i nahrávat zvuk pro reportáž na sběrném místě "
            "v Jihlavě. Platí tedy ANO u obou bodů.\n\n"
            "Zdeněk Malý\nRádio Ozvěna Vysočiny\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular_ozvena.pdf",
                [
                    "Žádost médií – volby do Poslanecké sněmovny 2025",
                    {
                        "rows": [
                            ["Požadavek", "ANO", "NE"],
                            ["Přístup k výsledkům ve formátu XML", "X", ""],
                            ["Povolení k natáčení / nahrávání na sběrném místě", "", "X"],
                        ],
                        "widths": [300, 60, 60],
                    },
                    {
                        "rows": [
                            ["Žadatel", "Rádio Ozvěna Vysočiny s.r.o."],
                            ["IČO", I16],
                            ["Produkční IP", "192.0.2.44"],
                            ["Testovací IP", "192.0.2.45"],
                            ["Kontaktní osoba", "Zdeněk Malý"],
                            ["Telefon", "567 212 909"],
                            ["E-mail", "maly@ozvenavysociny.example"],
                        ],
                        "widths": [150, 270],
                    },
                ],
            )
        ],
    },
    {
        "id": "sb017-slovak-empty-body-nested-docx",
        "description": "empty body from Roundcube; Slovak DOCX whose addresses are in a table "
        "nested in a cell, roles as its column headers; Slovak landline",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "TV Záhorie, s. r. o.",
            I17,
            None,
            ["198.51.100.51", "198.51.100.52"],
            ["198.51.100.59"],
            "Marián Kováčik",
            "kovacik@tvzahorie.example",
            "+421254412280",
        ),
        "from": "Marián Kováčik <kovacik@tvzahorie.example>",
        "subject": "Žiadosť – prístup k XML výsledkom volieb",
        "headers": ROUNDCUBE,
        "body": "",
        "attachments": [
            (
                "docx",
                "Ziadost_TV_Zahorie.docx",
                {
                    "header": "TV Záhorie, s. r. o. | Námestie slobody 5, 901 01 Malacky",
                    "blocks": [
                        "Žiadosť o prístup k priebežným výsledkom volieb vo formáte XML",
                        {
                            "rows": [
                                ["Žiadateľ", f"TV Záhorie, s. r. o., IČO: {I17}"],
                                ["IP adresy", ""],
                                [
                                    "Kontaktná osoba",
                                    "Ing. Marián Kováčik, technický riaditeľ\n"
                                    "+421 2 5441 2280, kovacik@tvzahorie.example",
                                ],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["Produkčné", "Testovacie"],
                                        ["198.51.100.51", "198.51.100.59"],
                                        ["198.51.100.52", ""],
                                    ]
                                }
                            },
                        },
                        "O povolenie na nakrúcanie nežiadame.",
                        "V Malackách 16. 9. 2025",
                    ],
                },
            )
        ],
    },
    {
        "id": "sb018-forwarded-own-application-new-test",
        "description": "last year's own application attached as .eml; the new text keeps it "
        "but replaces the test server, the old one is gone",
        "style": Style.FORWARD_EML,
        "labels": L(
            [FEED],
            "Roudnický posel s.r.o.",
            I18,
            None,
            ["203.0.113.70", "203.0.113.71"],
            ["203.0.113.77"],
            "Alena Šindelářová",
            "sindelarova@roudnickyposel.example",
            "+420416837120",
        ),
        "from": "Alena Šindelářová <sindelarova@roudnickyposel.example>",
        "subject": "Fwd: Žádost o přístup k XML – Roudnický posel",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "stejně jako loni žádáme o přístup k výsledkům voleb ve formátu XML. Přikládám "
            "naši loňskou žádost – údaje v ní platí, jen testovací server je nově "
            "203.0.113.77 (ten s koncovkou .74 už nemáme).\n\n"
            "S pozdravem\nAlena Šindelářová\n"
        ),
        "attachments": [
            (
                "eml",
                "Žádost o přístup k XML - Roudnický posel.eml",
                {
                    "id": "sb018-inner",
                    "from": "Alena Šindelářová <sindelarova@roudnickyposel.example>",
                    "to": "podatelna@czso.cz",
                    "subject": "Žádost o přístup k XML – Roudnický posel",
                    "body": (
                        "Dobrý den,\n\n"
                        f"Roudnický posel s.r.o., IČO {I18}, žádá o přístup k výsledkům "
                        "voleb do zastupitelstev krajů ve formátu XML.\n\n"
                        "produkční: 203.0.113.70, 203.0.113.71\n"
                        "testovací: 203.0.113.74\n\n"
                        "Kontaktní osoba: Alena Šindelářová, tel. 416 837 120\n\n"
                        "Alena Šindelářová\nvydavatelka\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "sb019-databox-university-xlsx-and-mandate",
        "description": "a faculty sends from the university's box; the XLSX with numbered row "
        "headers is the application, a PDF mandate from the dean rides along",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Univerzita Karla Havlíčka v Humpolci",
            I19,
            "u4kh7np",
            ["198.51.100.31", "198.51.100.32"],
            ["198.51.100.38"],
            "Tomáš Lukeš",
            "lukes@ukhh.example",
            "+420565301144",
        ),
        "subject": "Žádost o přístup k výsledkům voleb – viz příloha",
        "databox": {
            "box": "u4kh7np",
            "sender": "Univerzita Karla Havlíčka v Humpolci",
            "address": "Havlíčkovo náměstí 300, 396 01 Humpolec",
            "type": 10,
            "ref": "UKHH-FSS/0412/2025",
        },
        "attachments": [
            (
                "xlsx",
                "FSS_katedra_medii_volby.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            [
                                "Žadatel",
                                "Univerzita Karla Havlíčka v Humpolci, Fakulta sociálních "
                                "studií, katedra mediálních studií",
                            ],
                            ["IČO", I19],
                            ["Účel", "studentské volební vysílání „Volební noc FSS“"],
                            ["Produkční IP 1", "198.51.100.31"],
                            ["Produkční IP 2", "198.51.100.32"],
                            ["Testovací IP 1", "198.51.100.38"],
                            ["Testovací IP 2", ""],
                            ["Kontaktní osoba", "doc. Mgr. Tomáš Lukeš, Ph.D."],
                            ["Telefon", "+420 565 301 144"],
                            ["E-mail", "lukes@ukhh.example"],
                        ],
                    }
                ],
            ),
            (
                "pdf",
                "poverení_dekan.pdf",
                [
                    "Univerzita Karla Havlíčka v Humpolci – Fakulta sociálních studií",
                    "POVĚŘENÍ",
                    "Pověřuji doc. Mgr. Tomáše Lukeše, Ph.D., vedoucího katedry mediálních "
                    "studií, jednáním s Českým statistickým úřadem ve věci přístupu "
                    "k výsledkům voleb pro výukové účely.",
                    "V Humpolci 11. 9. 2025\nprof. PhDr. Jitka Svobodová, CSc., děkanka",
                ],
            ),
        ],
    },
    {
        "id": "sb020-contractor-txt-netmask",
        "description": "an IT contractor writes for the publisher and is named contact; TXT "
        "with an address plus netmask (a block of four), a /32 and software versions",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Média Porta Bohemica s.r.o.",
            I20,
            None,
            ["198.51.100.8", "198.51.100.9", "198.51.100.10", "198.51.100.11"],
            ["198.51.100.20"],
            "Karel Novotný",
            "novotny@netops-servis.example",
            "+420608900412",
        ),
        "from": "Karel Novotný <novotny@netops-servis.example>",
        "subject": "Porta Bohemica – technické údaje k žádosti o XML",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "na základě objednávky vydavatelství Média Porta Bohemica s.r.o. (IČO "
            f"{I20}) posílám v příloze technické údaje k žádosti o přístup k výsledkům "
            "voleb ve formátu XML. Žádost podává vydavatelství, kontaktní osobou pro tuto "
            "žádost jsem já jako jejich externí správce serverů.\n\n"
            "S pozdravem\n"
            "Karel Novotný\n"
            "NetOps servis – správa sítí\n"
            "+420 608 900 412\n"
        ),
        "attachments": [
            (
                "txt",
                "porta_bohemica_csu.txt",
                "# Porta Bohemica - pristup CSU volby 2025\n"
                "# pripravil: K. Novotny, 2025-09-14\n"
                "# stack: nginx 1.24.0 / haproxy 2.8.5, TLS 1.3\n\n"
                "PRODUKCE:\n"
                "  198.51.100.8 255.255.255.252    # cluster, 4 uzly\n\n"
                "TEST:\n"
                "  198.51.100.20/32                # stage\n\n"
                "interval stahovani: 30 s, User-Agent: PortaBohemica-Volby/3.1.4\n",
            )
        ],
    },
    {
        "id": "sb021-docx-role-checkboxes-per-row",
        "description": "DOCX form where every address row ticks a production or a test column; "
        "both request boxes ticked",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Valašský zpravodaj, s.r.o.",
            I21,
            None,
            ["192.0.2.201", "192.0.2.202"],
            ["192.0.2.210"],
            "Petra Zbranková",
            "zbrankova@valasskyzpravodaj.example",
            "+420571449018",
        ),
        "from": "Zbranková Petra <zbrankova@valasskyzpravodaj.example>",
        "subject": "Žádost Valašský zpravodaj – volby 2025",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v příloze Vám zasílám vyplněný formulář žádosti.\n\n"
            "S pozdravem\n\n"
            "Petra Zbranková\n"
            "Valašský zpravodaj, s.r.o.\n"
            "Horní náměstí 4, 757 01 Valašské Meziříčí\n"
            "tel.: +420 571 449 018\n"
        ),
        "attachments": [
            (
                "docx",
                "VZ_formular.docx",
                {
                    "blocks": [
                        "FORMULÁŘ ŽÁDOSTI MÉDIÍ",
                        f"Žadatel: Valašský zpravodaj, s.r.o.   IČO: {I21}",
                        "Žádáme o:",
                        "☒ přístup k výsledkům voleb ve formátu XML",
                        "☒ povolení k natáčení na sběrném místě (Zlín, 4. 10. 2025)",
                        {
                            "rows": [
                                ["IP adresa", "produkční", "testovací"],
                                ["192.0.2.201", "☒", "☐"],
                                ["192.0.2.202", "☒", "☐"],
                                ["192.0.2.210", "☐", "☒"],
                            ]
                        },
                        "Kontaktní osoba: Petra Zbranková, tel. 571 449 018, "
                        "zbrankova@valasskyzpravodaj.example",
                    ]
                },
            )
        ],
    },
    {
        "id": "sb022-databox-odt-roles-in-column-headers",
        "description": "data message: the annotation asks for both and points to the ODT, "
        "whose table has roles as column headers and IP 1/IP 2 row headers",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED, FILM],
            "Rádio Kopanice, spol. s r.o.",
            I22,
            "r6kp3ue",
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.160"],
            "Bohumil Straňák",
            "stranak@radiokopanice.example",
            "+420572615330",
        ),
        "subject": "Žádost o přístup k výsledkům voleb v XML a o povolení nahrávat zvuk na "
        "sběrném místě Uherské Hradiště. IP adresy a kontakt v příloze.",
        "databox": {
            "box": "r6kp3ue",
            "sender": "Rádio Kopanice, spol. s r.o.",
            "address": "Masarykovo nám. 21, 686 01 Uherské Hradiště",
        },
        "attachments": [
            (
                "odt",
                "priloha_zadost.odt",
                [
                    f"Rádio Kopanice, spol. s r.o., IČO {I22}",
                    "Příloha k žádosti – IP adresy",
                    [
                        ["", "Produkční", "Testovací"],
                        ["IP 1", "203.0.113.150", "203.0.113.160"],
                        ["IP 2", "203.0.113.151", ""],
                    ],
                    "Kontakt: Bohumil Straňák, vedoucí vysílání, 572 615 330, "
                    "stranak@radiokopanice.example",
                ],
            )
        ],
    },
    {
        "id": "sb023-outlook-html-side-by-side-columns",
        "description": "Outlook HTML table with production and test columns side by side, "
        "uneven lengths; a signed PDF copy attached; mobile before switchboard",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Ostravské noviny, a.s.",
            I23,
            None,
            ["203.0.113.30", "203.0.113.31", "203.0.113.32"],
            ["203.0.113.40", "203.0.113.41"],
            "Jan Kubala",
            "kubala@ostravskenoviny.example",
            "+420603112770",
        ),
        "from": "Kubala Jan <kubala@ostravskenoviny.example>",
        "subject": "Žádost o přístup k výsledkům voleb ve formátu XML",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nžádáme o přístup k výsledkům voleb ve formátu XML.\n\n"
            "Produkční IP\tTestovací IP\n203.0.113.30\t203.0.113.40\n"
            "203.0.113.31\t203.0.113.41\n203.0.113.32\n\n"
            f"Ostravské noviny, a.s., IČO {I23}\n\n"
            "S pozdravem\nJan Kubala\nvedoucí IT\n"
            "M: +420 603 112 770 | ústředna: +420 596 118 200\n"
        ),
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body lang="CS"><div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,</p>'
            '<p class="MsoNormal">žádáme o přístup k výsledkům voleb ve formátu XML. '
            "Podepsanou žádost přikládám také v PDF.</p>"
            '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0">'
            '<tr><td><p class="MsoNormal"><b>Produkční IP</b></p></td>'
            '<td><p class="MsoNormal"><b>Testovací IP</b></p></td></tr>'
            '<tr><td><p class="MsoNormal">203.0.113.30</p></td>'
            '<td><p class="MsoNormal">203.0.113.40</p></td></tr>'
            '<tr><td><p class="MsoNormal">203.0.113.31</p></td>'
            '<td><p class="MsoNormal">203.0.113.41</p></td></tr>'
            '<tr><td><p class="MsoNormal">203.0.113.32</p></td>'
            '<td><p class="MsoNormal">&nbsp;</p></td></tr></table>'
            f'<p class="MsoNormal">Ostravské noviny, a.s., IČO {I23}</p>'
            '<p class="MsoNormal">S pozdravem<br><b>Jan Kubala</b><br>vedoucí IT<br>'
            "M: +420 603 112 770 | ústředna: +420 596 118 200</p></div></body></html>"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_podepsana.pdf",
                [
                    f"Ostravské noviny, a.s., 28. října 112, 702 00 Ostrava, IČO {I23}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Produkční IP", "Testovací IP"],
                            ["203.0.113.30", "203.0.113.40"],
                            ["203.0.113.31", "203.0.113.41"],
                            ["203.0.113.32", ""],
                        ],
                        "widths": [150, 150],
                    },
                    "Kontakt: Jan Kubala, vedoucí IT, +420 603 112 770",
                    "V Ostravě 18. 9. 2025          Jan Kubala, v. r.",
                ],
            )
        ],
    },
    {
        "id": "sb024-pdf-letter-film-only-box-in-signature",
        "description": "an assistant mails a director's PDF letter: recording only, feed "
        "declined, IČ with spaces, box ID in the signature block, a named production manager",
        "style": Style.LETTER,
        "labels": L(
            [FILM],
            "Severka TV, a.s.",
            I24,
            "xk4n8pb",
            [],
            [],
            "Romana Šimková",
            "simkova@severkatv.example",
            "+420602447913",
        ),
        "from": "Asistentka ředitele Severka TV <asistentka@severkatv.example>",
        "subject": "Žádost o povolení natáčení – Severka TV",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "na pokyn pana ředitele zasílám v příloze žádost o povolení natáčení.\n\n"
            "S pozdravem\nMarkéta Lorencová\nasistentka ředitele\n"
        ),
        "attachments": [
            (
                "pdf",
                "Severka_TV_zadost_natacení.pdf",
                [
                    "SEVERKA TV, a.s.\nTř. Osvobození 71, 405 02 Děčín",
                    "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10",
                    "Věc: Žádost o povolení k pořizování obrazových záznamů",
                    "Vážení,<br/>televize Severka žádá o povolení natáčet na sběrném místě "
                    "v Ústí nad Labem v průběhu zpracování výsledků voleb (4. 10. 2025 od "
                    "14 hodin). Štáb: redaktor Pavel Novák, kameraman Luboš Fiala.",
                    "Přístup k výsledkům ve formátu XML nepotřebujeme, výsledky přebíráme "
                    "od tiskové agentury.",
                    "Kontaktní osobou pro tuto žádost je produkční Romana Šimková, tel. "
                    "602 447 913, simkova@severkatv.example.",
                    "S pozdravem\n\nIng. Vratislav Kubeš\ngenerální ředitel\n"
                    f"Severka TV, a.s. | IČ: {I24[:2]} {I24[2:5]} {I24[5:]} | ID DS: xk4n8pb",
                ],
            )
        ],
    },
    {
        "id": "sb025-databox-annotation-changes-file-contact",
        "description": "data message whose annotation replaces the contact given in the "
        "attached PDF (she is on leave)",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Chrudimský kurýr s.r.o.",
            I25,
            "c7hd2fe",
            ["192.0.2.130"],
            ["192.0.2.131"],
            "Jan Doležal",
            "dolezal@chrudimskykuryr.example",
            "+420731556204",
        ),
        "subject": "Žádost o XML – v příloze. Oproti příloze prosím změnit kontakt na Jana "
        "Doležala, 731 556 204, dolezal@chrudimskykuryr.example (p. Fialová je od 1. 10. "
        "na mateřské).",
        "databox": {
            "box": "c7hd2fe",
            "sender": "Chrudimský kurýr s.r.o.",
            "address": "Resselovo náměstí 77, 537 01 Chrudim",
        },
        "attachments": [
            (
                "pdf",
                "zadost_XML_kuryr.pdf",
                [
                    f"Chrudimský kurýr s.r.o. | Resselovo náměstí 77, 537 01 Chrudim | IČO {I25}",
                    "Žádost o přístup k průběžným výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["produkční IP", "192.0.2.130"],
                            ["testovací IP", "192.0.2.131"],
                            ["kontaktní osoba", "Lenka Fialová"],
                            ["telefon", "469 623 118"],
                            ["e-mail", "fialova@chrudimskykuryr.example"],
                        ],
                        "widths": [150, 250],
                    },
                    "V Chrudimi dne 12. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "sb026-english-polish-broadcaster-docx",
        "description": "Polish broadcaster writing English, no IČO (KRS and NIP as noise); "
        "DOCX with Production/Test column headers, filming in Ostrava",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Radio Śląsk Południe Sp. z o.o.",
            None,
            None,
            ["192.0.2.170", "192.0.2.171"],
            ["192.0.2.175"],
            "Katarzyna Wójcik",
            "k.wojcik@rslaskpoludnie.example",
            "+48601334219",
        ),
        "from": "Katarzyna Wójcik <k.wojcik@rslaskpoludnie.example>",
        "subject": "Request: XML election results + filming permission",
        "headers": OUTLOOK,
        "body": (
            "Good morning,\n\n"
            "Radio Śląsk Południe would like to apply for access to the election results "
            "in XML and for permission to record at your collection point in Ostrava on the "
            "election night. All details are in the attached document.\n\n"
            "Best regards / Z poważaniem\n"
            "Katarzyna Wójcik\n"
            "Radio Śląsk Południe Sp. z o.o.\n"
            "ul. Mickiewicza 14, 43-300 Bielsko-Biała\n"
            "KRS 0000418273 | NIP 547-214-88-31\n"
            "tel. +48 601 334 219\n"
        ),
        "attachments": [
            (
                "docx",
                "RSP_application_CZSO.docx",
                {
                    "blocks": [
                        "Application – Czech Statistical Office",
                        "Applicant: Radio Śląsk Południe Sp. z o.o., Bielsko-Biała, Poland",
                        "We request: (1) access to the XML results server; (2) permission "
                        "to record audio and video at the collection point in Ostrava "
                        "(reporter Tomasz Nowak, camera Piotr Zieliński).",
                        {
                            "rows": [
                                ["Production", "Test"],
                                ["192.0.2.170", "192.0.2.175"],
                                ["192.0.2.171", ""],
                            ]
                        },
                        "Contact person: Katarzyna Wójcik, +48 601 334 219, "
                        "k.wojcik@rslaskpoludnie.example",
                    ]
                },
            )
        ],
    },
    {
        "id": "sb027-reply-to-completion-request-rtf",
        "description": "reply to the office's request for completion, which quotes the old "
        "private test address and the office's IDs; the attached RTF drops the test server",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Vyškovský týden s.r.o.",
            I27,
            None,
            ["192.0.2.230"],
            [],
            "Lukáš Pazdera",
            "pazdera@vyskovskytyden.example",
            "+420517330145",
        ),
        "from": "Lukáš Pazdera <pazdera@vyskovskytyden.example>",
        "subject": "Re: Doplnění žádosti o přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "děkuji za upozornění. V příloze posílám opravený formulář i s IČO. Testovací "
            "server nakonec mít nebudeme, testovat budeme rovnou z produkce.\n\n"
            "Lukáš Pazdera\nVyškovský týden\n517 330 145\n\n"
            "Dne 15. 9. 2025 v 9:12 podatelna@czso.cz napsal(a):\n"
            "> Dobrý den,\n"
            ">\n"
            "> ve Vaší žádosti chybí IČO žadatele a uvedená testovací adresa 10.0.0.5 je\n"
            "> z neveřejného rozsahu, nelze ji povolit. Prosíme o doplnění.\n"
            ">\n"
            "> S pozdravem\n"
            "> odbor zpracování výsledků voleb\n"
            "> Český statistický úřad, IČO 00025593, ID DS 2gfaasy\n"
            "> tel. 274 052 733\n"
        ),
        "attachments": [
            (
                "rtf",
                "formular_opraveny.rtf",
                [
                    "Žádost o přístup k výsledkům voleb ve formátu XML – opravená verze",
                    [
                        ["Žadatel", "Vyškovský týden s.r.o."],
                        ["IČO", I27],
                        ["Produkční IP", "192.0.2.230"],
                        ["Testovací IP", "—"],
                        ["Kontaktní osoba", "Lukáš Pazdera"],
                        ["Telefon", "517 330 145"],
                        ["E-mail", "pazdera@vyskovskytyden.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "sb028-databox-txt-address-range",
        "description": "data message with a generic annotation; the TXT gives five production "
        "addresses as a written range",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Rádio Šumava FM s.r.o.",
            I28,
            "s4fm9wz",
            ["203.0.113.10", "203.0.113.11", "203.0.113.12", "203.0.113.13", "203.0.113.14"],
            ["203.0.113.20"],
            "Václav Mrázek",
            "mrazek@sumavafm.example",
            "+420388414922",
        ),
        "subject": "Žádost o přístup – volby 2025",
        "databox": {
            "box": "s4fm9wz",
            "sender": "Rádio Šumava FM s.r.o.",
            "address": "Pivovarská 12, 385 01 Vimperk",
            "ref": "SFM-2025-031",
        },
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Rádio Šumava FM s.r.o.\n"
                f"IČO: {I28}\n"
                "Pivovarská 12, 385 01 Vimperk\n\n"
                "Věc: žádost o přístup k výsledkům voleb ve formátu XML\n\n"
                "Žádáme o zřízení přístupu k volebnímu serveru z těchto adres:\n"
                "- produkční: rozsah 203.0.113.10–203.0.113.14 (5 adres)\n"
                "- testovací: 203.0.113.20\n\n"
                "Kontaktní osoba: Václav Mrázek, technik, tel. 388 414 922, "
                "mrazek@sumavafm.example\n\n"
                "Ve Vimperku 18. 9. 2025\n"
                "Václav Mrázek\n",
            )
        ],
    },
]
