"""Thirty-fourth held-out part ``cb``, cases cb001–cb014: a PDF letter behind an assistant's cover
note, an empty body with a DOCX form, data messages with the application only in the annotation,
only in an ODT file or in both, an XLSX sheet with row headers, a forwarded .eml, a cover note
that corrects the attached form, RTF and TXT forms with ANO/NE columns and bracket boxes, an HTML
table beside a power of attorney, an English PDF and an ODT form with an unticked box. Written by
hand apart from the extraction rules (see make_thirtyfourth_cb); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyfourth_cb_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I1, I2, I3, I4 = ico("2874015"), ico("4530982"), ico("0692417"), ico("2561308")
I5, I6, I7, I8 = ico("5038172"), ico("2693054"), ico("0817365"), ico("2273946")
I9, I10, I11, I12 = ico("0029614"), ico("0415873"), ico("2839502"), ico("6082143")

CASES: list[dict[str, Any]] = [
    {
        "id": "cb001-assistant-cover-pdf-role-column",
        "description": "an assistant's two-line cover mail with a switchboard number; the PDF "
        "letter names another contact and gives roles in a purpose column (primary/backup/test)",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Jihlavské listy s.r.o.",
            I1,
            None,
            ["198.51.100.112", "198.51.100.113"],
            ["198.51.100.120"],
            "Radek Burian",
            "burian@jihlavskelisty.example",
            "+420604215377",
        ),
        "from": "Kateřina Hudcová <hudcova@jihlavskelisty.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Jihlavské listy",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v příloze zasílám žádost naší redakce o přístup k volebním výsledkům ve formátu "
            "XML. Podepsaný originál můžeme v případě potřeby dodat poštou.\n\n"
            "S pozdravem\n\n"
            "Kateřina Hudcová\n"
            "asistentka vedení\n"
            "Jihlavské listy s.r.o.\n"
            "tel. 567 300 210 (ústředna)\n"
        ),
        "attachments": [
            (
                "pdf",
                "Zadost_XML_JL_2025.pdf",
                [
                    f"Jihlavské listy s.r.o. | Masarykovo náměstí 14, 586 01 Jihlava | "
                    f"IČO: {I1} | DIČ: CZ{I1}",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "V Jihlavě dne 8. září 2025",
                    "<b>Věc: Žádost o přístup k výsledkům voleb ve formátu XML</b>",
                    "Vážení, žádáme o zřízení přístupu k serveru, na kterém budete zveřejňovat "
                    "průběžné výsledky voleb do Poslanecké sněmovny. Data budeme stahovat z "
                    "těchto adres:",
                    {
                        "rows": [
                            ["Účel", "IP adresa", "Poznámka"],
                            ["produkční (primární)", "198.51.100.112", "stahování každých 60 s"],
                            ["produkční (záložní)", "198.51.100.113", "druhá serverovna"],
                            ["testovací", "198.51.100.120", "jen do 30. 9. 2025"],
                        ],
                        "widths": [130, 120, 180],
                    },
                    "Kontaktní osoba: Radek Burian, vedoucí IT, mobil 604 215 377, "
                    "burian@jihlavskelisty.example",
                    "S pozdravem\nMgr. Jana Vondráková\njednatelka",
                ],
            )
        ],
    },
    {
        "id": "cb002-empty-body-docx-checkbox-form",
        "description": "empty mail body; DOCX form with a ticked and an unticked box, the box ID "
        "in the page header, a form version number in the footer",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Rádio Podlesí, spol. s r.o.",
            I2,
            "r8kv2mw",
            ["198.51.100.20", "198.51.100.21"],
            ["198.51.100.29"],
            "Lubomír Šťastný",
            "stastny@radiopodlesi.example",
            "+420583412960",
        ),
        "from": "Lubomír Šťastný <stastny@radiopodlesi.example>",
        "subject": "Žádost XML – Rádio Podlesí",
        "headers": TBIRD,
        "body": "",
        "attachments": [
            (
                "docx",
                "formular_media_volby.docx",
                {
                    "header": f"Rádio Podlesí, spol. s r.o. · Lipová 8, 789 01 Zábřeh · "
                    f"IČO {I2} · ID DS: r8kv2mw",
                    "footer": "Formulář v. 3.2.1 – aktualizováno 14. 7. 2025",
                    "blocks": [
                        "ŽÁDOST MÉDIA – volby do Poslanecké sněmovny 2025",
                        "Žádáme o (zaškrtněte):",
                        {
                            "rows": [
                                ["☒", "přístup k výsledkům voleb ve formátu XML"],
                                ["☐", "povolení pořizovat záznam ve sběrném místě ČSÚ"],
                            ]
                        },
                        "Údaje žadatele:",
                        {
                            "rows": [
                                ["Žadatel", "Rádio Podlesí, spol. s r.o."],
                                ["IČO", I2],
                                ["Produkční IP adresy", "198.51.100.20, 198.51.100.21"],
                                ["Testovací IP adresy", "198.51.100.29"],
                                ["Kontaktní osoba", "Lubomír Šťastný"],
                                ["E-mail", "stastny@radiopodlesi.example"],
                                ["Telefon", "+420 583 412 960"],
                            ]
                        },
                        "Datum: 11. 9. 2025          Podpis: L. Šťastný",
                    ],
                },
            )
        ],
    },
    {
        "id": "cb003-databox-annotation-only-register-extract",
        "description": "data message whose annotation is the whole application (abbreviated "
        "prod./test.); the attached file is only a commercial-register extract carrying the IČO",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Vltavský zpravodaj s.r.o.",
            I3,
            "t5nq8we",
            ["203.0.113.14"],
            ["203.0.113.15"],
            "Šimon Krejčí",
            "krejci@vltavskyzpravodaj.example",
            "+420731442908",
        ),
        "subject": "Zadost o pristup k XML vysledkum voleb: prod. IP 203.0.113.14, test. "
        "203.0.113.15. Kontakt Šimon Krejčí, 731 442 908, krejci@vltavskyzpravodaj.example. "
        "Výpis z OR v příloze.",
        "databox": {
            "box": "t5nq8we",
            "sender": "Vltavský zpravodaj s.r.o.",
            "address": "Husova 221/9, 370 01 České Budějovice",
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR_Vltavsky_zpravodaj.pdf",
                [
                    "<b>Výpis z obchodního rejstříku</b>, vedeného Krajským soudem v Českých "
                    "Budějovicích, oddíl C, vložka 28714",
                    "Datum vzniku a zápisu: 3. března 2011",
                    "Obchodní firma: Vltavský zpravodaj s.r.o.",
                    "Sídlo: Husova 221/9, 370 01 České Budějovice",
                    f"Identifikační číslo: {I3}",
                    "Předmět podnikání: vydavatelské činnosti, polygrafická výroba",
                    "Jednatel: Ing. Petr Malina, dat. nar. 12. dubna 1979",
                    "Základní kapitál: 200 000,- Kč, splaceno 100 %",
                    "Údaje platné ke dni 1. 9. 2025 03:00",
                ],
            )
        ],
    },
    {
        "id": "cb004-databox-odt-letter-both-types",
        "description": "data message with a bare annotation; the ODT letter asks for both the "
        "feed and filming, a role table (Produkce / Produkce – záloha / Test) and a film crew",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED, FILM],
            "Polabská televize a.s.",
            I4,
            "m3jd7ka",
            ["192.0.2.140", "192.0.2.141"],
            ["192.0.2.149"],
            "Vojtěch Hruška",
            "hruska@polabskatv.example",
            "+420725118640",
        ),
        "subject": "Žádost – volby 2025",
        "databox": {
            "box": "m3jd7ka",
            "sender": "Polabská televize a.s.",
            "address": "Pražská 1560, 280 02 Kolín",
        },
        "attachments": [
            (
                "odt",
                "zadost_CSU.odt",
                [
                    f"Polabská televize a.s., Pražská 1560, 280 02 Kolín, IČO: {I4}, "
                    "datová schránka: m3jd7ka",
                    "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                    "V Kolíně dne 2. 9. 2025",
                    "Věc: žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Žádáme o zpřístupnění serveru s výsledky voleb ve formátu XML pro naše "
                    "zpravodajství a dále o povolení pořídit obrazový záznam ve sběrném místě "
                    "ČSÚ v Kolíně v noci ze soboty 4. 10. na neděli.",
                    [
                        ["", "IP adresa"],
                        ["Produkce", "192.0.2.140"],
                        ["Produkce – záloha", "192.0.2.141"],
                        ["Test", "192.0.2.149"],
                    ],
                    "Kontaktní osoba: Vojtěch Hruška, tel. 725 118 640, e-mail "
                    "hruska@polabskatv.example",
                    "Natáčet bude štáb ve složení Lenka Fialová (redaktorka, 721 904 332) a "
                    "Tomáš Kubíček (kameraman).",
                    "S pozdravem",
                    "Mgr. Alena Dvorská, ředitelka",
                ],
            )
        ],
    },
    {
        "id": "cb005-slovak-xlsx-row-headers",
        "description": "Slovak cover mail; XLSX sheet with roles as row headers and addresses "
        "spread across columns IP 1..IP 3, the IČO only in the sheet",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Regionálna tlačová kancelária, s. r. o.",
            I5,
            None,
            ["203.0.113.200", "203.0.113.201"],
            ["203.0.113.210"],
            "Miroslava Kováčová",
            "kovacova@rtk-press.example",
            "+421905318442",
        ),
        "from": "Miroslava Kováčová <kovacova@rtk-press.example>",
        "subject": "Prístup k výsledkom volieb (XML)",
        "headers": GMAIL,
        "body": (
            "Dobrý deň,\n\n"
            "v prílohe posielam vyplnenú tabuľku s IP adresami pre prístup k výsledkom "
            "volieb vo formáte XML. Všetky údaje o spoločnosti sú v tabuľke.\n\n"
            "S pozdravom\n"
            "Miroslava Kováčová\n"
            "RTK, Bratislava\n"
        ),
        "attachments": [
            (
                "xlsx",
                "RTK_pristup_CSU.xlsx",
                [
                    {
                        "title": "Prístup",
                        "rows": [
                            ["Žiadateľ", "Regionálna tlačová kancelária, s. r. o."],
                            ["IČO", I5],
                            [],
                            ["", "IP 1", "IP 2", "IP 3"],
                            ["Produkcia", "203.0.113.200", "203.0.113.201", ""],
                            ["Test", "203.0.113.210", "", ""],
                            [],
                            ["Kontaktná osoba", "Miroslava Kováčová"],
                            ["Telefón", "+421 905 318 442"],
                            ["E-mail", "kovacova@rtk-press.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "cb006-forwarded-eml-filming-only",
        "description": "a desk editor forwards his colleague's application as an attached .eml "
        "and points to her; she asks only for filming and says the XML feed is not needed",
        "style": Style.FORWARDED_EML,
        "labels": L(
            [FILM],
            "Moravské listy, a.s.",
            I6,
            None,
            [],
            [],
            "Veronika Janečková",
            "janeckova@moravskelisty.example",
            "+420608771203",
        ),
        "from": "Daniel Pokorný <pokorny@moravskelisty.example>",
        "subject": "Fwd: žádost ČSÚ natáčení",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "v příloze posílám žádost kolegyně Veroniky Janečkové, která ji omylem odeslala "
            "jen mně. Kontaktujte prosím přímo ji, já budu od pondělí na dovolené.\n\n"
            "Daniel Pokorný\n"
            "vedoucí vydání, tel. 541 002 318\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost_CSU_natáčení.eml",
                {
                    "id": "cb006-inner",
                    "from": "Veronika Janečková <janeckova@moravskelisty.example>",
                    "to": "pokorny@moravskelisty.example",
                    "subject": "žádost ČSÚ natáčení",
                    "headers": OUTLOOK,
                    "body": (
                        "Dobrý den,\n\n"
                        f"vydavatelství Moravské listy, a.s., IČO {I6}, žádá o povolení "
                        "pořizovat fotografie a videozáznam ve sběrném místě ČSÚ v Brně během "
                        "zpracování výsledků voleb 3.–4. 10. 2025. Přístup k výsledkům ve "
                        "formátu XML nepotřebujeme, ten máme zajištěný přes agenturu.\n\n"
                        "Fotograf: Jan Smutný\n"
                        "Kontakt: Veronika Janečková, 608 771 203\n\n"
                        "Děkuji\nVeronika Janečková\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "cb007-cover-corrects-test-address-in-pdf",
        "description": "the cover mail corrects the test address printed in the attached PDF "
        "form (digits swapped: .57 is wrong, .75 is right)",
        "style": Style.AMENDING_COVER,
        "labels": L(
            [FEED],
            "Zlínský expres, s.r.o.",
            I7,
            None,
            ["192.0.2.50"],
            ["192.0.2.75"],
            "Petr Koudelka",
            "koudelka@zlinskyexpres.example",
            "+420577010446",
        ),
        "from": "Petr Koudelka <koudelka@zlinskyexpres.example>",
        "subject": "žádost o XML + oprava",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\n"
            "zasílám žádost o přístup k XML (PDF v příloze). Jedna oprava: ve formuláři jsem "
            "u testovací adresy přehodil číslice – místo 192.0.2.57 má být 192.0.2.75. "
            "Produkční adresa je v pořádku.\n\n"
            "Díky\n"
            "Petr Koudelka\n"
            "Zlínský expres, s.r.o.\n"
            "+420 577 010 446\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_xml_zlinskyexpres.pdf",
                [
                    f"<b>Zlínský expres, s.r.o.</b> – IČO {I7} – třída Tomáše Bati 3910, "
                    "760 01 Zlín",
                    "Žádost o přístup k výsledkům voleb (XML)",
                    {
                        "rows": [
                            ["Produkční IP", "192.0.2.50"],
                            ["Testovací IP", "192.0.2.57"],
                            ["Kontaktní osoba", "Petr Koudelka"],
                            ["Telefon", "577 010 446"],
                            ["E-mail", "koudelka@zlinskyexpres.example"],
                        ],
                        "widths": [140, 220],
                    },
                    "Ve Zlíně 10. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "cb008-rtf-ano-ne-columns",
        "description": "RTF form with ANO/NE columns marked by X (feed yes, filming no), a "
        "dash for the test address and a note that testing is from production",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Info Podkrkonoší z.s.",
            I8,
            None,
            ["198.51.100.77"],
            [],
            "Marek Doležal",
            "dolezal@infopodkrkonosi.example",
            "+420739620115",
        ),
        "from": '"Ing. Marek Doležal" <dolezal@infopodkrkonosi.example>',
        "subject": "Formulář – žádost média",
        "headers": ROUNDCUBE,
        "body": "Dobrý den, přikládám vyplněný formulář.\nDoležal\n",
        "attachments": [
            (
                "rtf",
                "zadost_media_2025.rtf",
                [
                    "ŽÁDOST MÉDIA – VOLBY 2025",
                    f"Žadatel: Info Podkrkonoší z.s., IČ {I8}, Jiráskova 51, 543 01 Vrchlabí",
                    [
                        ["Požadavek", "ANO", "NE"],
                        ["Přístup k výsledkům ve formátu XML", "X", ""],
                        ["Povolení pořizovat záznam ve sběrném místě", "", "X"],
                    ],
                    [
                        ["Typ adresy", "IP adresa"],
                        ["produkční", "198.51.100.77"],
                        ["testovací", "—"],
                    ],
                    "Testovat budeme z produkční adresy.",
                    "Kontakt: Ing. Marek Doležal, 739 620 115, dolezal@infopodkrkonosi.example",
                ],
            )
        ],
    },
    {
        "id": "cb009-databox-both-filming-municipality",
        "description": "a town's data message: the annotation declines the XML feed and asks "
        "for filming; the PDF gives the crew and names the contact (not the mayor who signs)",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FILM],
            "Město Dolní Lipnice",
            I9,
            "h2wc9rf",
            [],
            [],
            "Iveta Zemanová",
            "zemanova@dolnilipnice.example",
            "+420596810233",
        ),
        "subject": "Žádost o povolení natáčení ve sběrném místě ČSÚ Ostrava během voleb – "
        "podrobnosti v příloze. Přístup k XML nežádáme.",
        "databox": {
            "box": "h2wc9rf",
            "sender": "Město Dolní Lipnice",
            "address": "Náměstí 1, 739 91 Dolní Lipnice",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "zadost_natacení_MDL.pdf",
                [
                    f"<b>Město Dolní Lipnice</b>, Náměstí 1, 739 91 Dolní Lipnice, IČO: {I9}",
                    "Č. j.: MDL/2025/1187/Ze",
                    "Věc: Žádost o povolení pořízení záznamu",
                    "Městské informační centrum připravuje pro zpravodaj a kabelovou televizi "
                    "reportáž o zpracování výsledků voleb. Žádáme o povolení natáčet ve "
                    "sběrném místě ČSÚ v Ostravě dne 4. 10. 2025 mezi 18:00 a 22:00.",
                    "Kameraman: Aleš Kučera; redaktorka: Iveta Zemanová",
                    "Kontaktní osoba: Iveta Zemanová, tel. 596 810 233, "
                    "zemanova@dolnilipnice.example",
                    "Bc. Roman Holý\nstarosta města\ntel. 596 810 200",
                ],
            )
        ],
    },
    {
        "id": "cb010-txt-bracket-boxes-freelancer",
        "description": "a freelancer without an IČO types [x]/[ ] boxes and PROD/TST labels in a "
        "plain-text attachment; the mail body says only that the request is attached",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Ondřej Pazdera",
            None,
            None,
            ["203.0.113.66"],
            ["203.0.113.67"],
            "Ondřej Pazdera",
            "o.pazdera@seznam.example",
            "+420792105338",
        ),
        "from": "Ondrej Pazdera <o.pazdera@seznam.example>",
        "subject": "zadost volby xml",
        "headers": SEZNAM,
        "cte": "8bit",
        "body": "dobry den, posilam zadost v priloze (txt, z mobilu word nejde). diky OP\n",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "ZADOST - PRISTUP K VYSLEDKUM VOLEB\n\n"
                "Zadatel: Ondřej Pazdera, nezávislý novinář (blog hanackyzapisnik.example)\n"
                "IČO: nemám, píšu jako fyzická osoba\n\n"
                "[x] XML vysledky\n"
                "[ ] natáčení / foto ve sběrném místě\n\n"
                "PROD: 203.0.113.66\n"
                "TST:  203.0.113.67\n\n"
                "kontakt: Ondřej Pazdera, +420 792 105 338, o.pazdera@seznam.example\n",
            )
        ],
    },
    {
        "id": "cb011-html-ipv6-table-power-of-attorney",
        "description": "HTML-only mail with an IPv4/IPv6 column table and a data-box ID in the "
        "signature; the DOCX is a power of attorney naming the managing director and his phone",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Rozhlas Brdy s.r.o.",
            I10,
            "y6bt4pe",
            ["192.0.2.180", "2001:db8:4a::180"],
            ["2001:db8:4a::1f0"],
            "Eliška Navrátilová",
            "navratilova@rozhlasbrdy.example",
            "+420602331870",
        ),
        "from": "Eliška Navrátilová <navratilova@rozhlasbrdy.example>",
        "subject": "Rozhlas Brdy – žádost o přístup k XML",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta charset="utf-8"></head><body lang="CS">'
            "<p>Dobrý den,</p>"
            "<p>za společnost Rozhlas Brdy s.r.o. žádám o přístup k výsledkům voleb ve "
            "formátu XML. Jednatel mě k podání zmocnil, plnou moc přikládám.</p>"
            '<table border="1" cellspacing="0" cellpadding="4">'
            "<tr><th>Prostředí</th><th>IPv4</th><th>IPv6</th></tr>"
            "<tr><td>Produkce</td><td>192.0.2.180</td><td>2001:db8:4a::180</td></tr>"
            "<tr><td>Test</td><td>&ndash;</td><td>2001:db8:4a::1f0</td></tr>"
            "</table>"
            "<p>Děkuji a jsem s pozdravem</p>"
            "<p><b>Eliška Navrátilová</b><br>produkce zpravodajství<br>"
            f"Rozhlas Brdy s.r.o. | IČO {I10} | ID datové schránky: y6bt4pe<br>"
            "Plzeňská 92, 261 01 Příbram<br>mob. +420 602 331 870</p>"
            "</body></html>"
        ),
        "attachments": [
            (
                "docx",
                "plna_moc_Navratilova.docx",
                {
                    "blocks": [
                        "PLNÁ MOC",
                        f"Rozhlas Brdy s.r.o., IČO {I10}, se sídlem Plzeňská 92, 261 01 "
                        "Příbram, zastoupená jednatelem Ing. Karlem Stejskalem (tel. "
                        "318 620 100),",
                        "zmocňuje",
                        "paní Elišku Navrátilovou, nar. 4. 6. 1988, k podání žádosti o přístup "
                        "k výsledkům voleb u Českého statistického úřadu a ke všem úkonům s "
                        "tím souvisejícím.",
                        "V Příbrami dne 1. 9. 2025",
                        "Ing. Karel Stejskal, jednatel",
                        "Plnou moc přijímám: Eliška Navrátilová",
                    ]
                },
            )
        ],
    },
    {
        "id": "cb012-databox-annotation-corrects-docx",
        "description": "the annotation corrects the test address of the attached DOCX, where "
        "it was by mistake the same as the production address",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Týdeník Horácko s.r.o.",
            I11,
            "b7zr4xs",
            ["192.0.2.200"],
            ["192.0.2.201"],
            "Hana Boudová",
            "boudova@tydenikhoracko.example",
            "+420566621904",
        ),
        "subject": "Žádost o přístup k XML – v příloze. Oprava k příloze: testovací adresa je "
        "192.0.2.201 (v dokumentu je omylem stejná jako produkční).",
        "databox": {
            "box": "b7zr4xs",
            "sender": "Týdeník Horácko s.r.o.",
            "address": "Komenského 1, 592 31 Nové Město na Moravě",
        },
        "attachments": [
            (
                "docx",
                "Zadost_volby_Horacko.docx",
                {
                    "header": f"Týdeník Horácko s.r.o. · IČO {I11}",
                    "blocks": [
                        "Český statistický úřad",
                        "Žádost o zřízení přístupu k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["Produkční IP adresa", "192.0.2.200"],
                                ["Testovací IP adresa", "192.0.2.200"],
                                ["Kontaktní osoba", "Hana Boudová, redaktorka"],
                                ["Telefon", "566 621 904"],
                                ["E-mail", "boudova@tydenikhoracko.example"],
                            ]
                        },
                        "V Novém Městě na Moravě 12. 9. 2025",
                        "Pavel Kunc, vydavatel",
                    ],
                },
            )
        ],
    },
    {
        "id": "cb013-english-pdf-staging-foreign",
        "description": "a German broadcaster's English cover mail and PDF: Production twice and "
        "Staging in an environment column, German register numbers that are not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Ostsachsen Rundfunk GmbH",
            None,
            None,
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.139"],
            "Jonas Weber",
            "j.weber@ostsachsen-rundfunk.example",
            "+4935817624410",
        ),
        "from": "Jonas Weber <j.weber@ostsachsen-rundfunk.example>",
        "subject": "Application for XML election results access",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dear Sir or Madam,\n\n"
            "please find attached our application for access to the XML election results "
            "for the Czech parliamentary elections. Our newsroom in Görlitz will cover the "
            "results in our cross-border programme.\n\n"
            "Kind regards\n"
            "Jonas Weber\n"
        ),
        "attachments": [
            (
                "pdf",
                "ORF_application_CZSO.pdf",
                [
                    "<b>Ostsachsen Rundfunk GmbH</b>\nPostplatz 3, 02826 Görlitz, Germany\n"
                    "HRB 31822, Amtsgericht Dresden · USt-IdNr. DE318442907",
                    "Application for access to election results (XML)",
                    {
                        "rows": [
                            ["Environment", "IP address", "Purpose"],
                            ["Production", "203.0.113.130", "live ingest"],
                            ["Production", "203.0.113.131", "failover (Dresden)"],
                            ["Staging", "203.0.113.139", "tests before election day"],
                        ],
                        "widths": [110, 120, 180],
                    },
                    "We do not require permission to film at collection points.",
                    "Contact: Jonas Weber, Head of Online Desk, +49 3581 762 4410, "
                    "j.weber@ostsachsen-rundfunk.example",
                ],
            )
        ],
    },
    {
        "id": "cb014-odt-form-feed-unticked",
        "description": "one-word cover note; ODT form where the XML box is unticked and the "
        "recording box ticked, dashes in the address fields",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Nakladatelství Šumava Press s.r.o.",
            I12,
            None,
            [],
            [],
            "Tereza Malá",
            "mala@sumavapress.example",
            "+420384220917",
        ),
        "from": "Tereza Malá <mala@sumavapress.example>",
        "subject": "Formulář ČSÚ",
        "headers": APPLE,
        "body": "Dobrý den,\nviz příloha.\n\nTereza Malá\n",
        "attachments": [
            (
                "odt",
                "formular_Sumava_Press.odt",
                [
                    "FORMULÁŘ ŽÁDOSTI – VOLBY 2025",
                    [
                        ["Požadujeme", "Označte"],
                        ["Přístup k XML výsledkům voleb", "☐"],
                        ["Povolení pořizovat zvukový a obrazový záznam", "☒"],
                    ],
                    "Organizace: Nakladatelství Šumava Press s.r.o.",
                    f"IČO: {I12}",
                    "Produkční IP: —",
                    "Testovací IP: —",
                    "Místo natáčení: sběrné místo ČSÚ Strakonice",
                    "Kontaktní osoba: Tereza Malá, redaktorka, tel.: 384 220 917, "
                    "mala@sumavapress.example",
                ],
            )
        ],
    },
]
