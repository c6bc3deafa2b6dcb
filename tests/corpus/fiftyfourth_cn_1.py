"""Fifty-fourth held-out part ``cn``, cases cn001–cn014: a PDF form with scanned-looking ballot
marks in an ANO/NE column, a data message from a publishing group's box for a station with its
own box ID, a DOCX whose contact table writes the surname first in capitals, a workbook with
from/to columns, an ODT letter with IČO and box ID in its footer, a cover mail that voids the
attachment's test address, a holding's data message for a subsidiary without a box, data
messages with the application in the annotation or split, a forwarded .eml, an HTML [x]/[ ]
form, a reply with an updated DOCX, a Slovak PDF and a signed letter. Written by hand apart
from the extraction rules (see make_fiftyfourth_cn); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyfourth_cn_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I1, I2, I3, I4, I5 = ico("2841736"), ico("0573194"), ico("2968413"), ico("0716285"), ico("2694027")
I6, I7, I8, I9, I10 = ico("0385612"), ico("2759340"), ico("0864173"), ico("0492378"), ico("2617504")
I11, I12, I13, I14 = ico("2538961"), ico("0627149"), ico("5183407"), ico("2783615")
GROUP = ico("2450718")
HOLDING = ico("2805493")

CASES: list[dict[str, Any]] = [
    {
        "id": "cn001-pdf-ballot-marks-ano-ne",
        "description": "one-line cover; the PDF form was filled by hand and scanned: an X in the "
        "ANO column for the feed, a ✓ in the NE column for filming, so only the feed counts",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Hornoslezský zpravodaj s.r.o.",
            I1,
            None,
            ["203.0.113.41", "203.0.113.42"],
            ["203.0.113.49"],
            "Dagmar Kubíčková",
            "kubickova@hornoslezsky-zpravodaj.example",
            "+420596781204",
        ),
        "from": "Dagmar Kubíčková <kubickova@hornoslezsky-zpravodaj.example>",
        "subject": "Formulář - přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den,\nv příloze zasílám vyplněný a naskenovaný formulář.\n\nKubíčková\n",
        "attachments": [
            (
                "pdf",
                "sken_formular_CSU.pdf",
                [
                    "ŽÁDOST MÉDIA – VOLBY DO POSLANECKÉ SNĚMOVNY\n(vyplňte hůlkovým písmem, "
                    "odpovědi označte křížkem)",
                    {
                        "rows": [
                            ["Žádáme o", "ANO", "NE"],
                            ["přístup k průběžným výsledkům (XML, dedikovaný server)", "X", ""],
                            ["povolení pořizovat záznam na pracovištích ČSÚ", "", "✓"],
                        ],
                        "widths": [300, 50, 50],
                    },
                    {
                        "rows": [
                            ["Název žadatele", "HORNOSLEZSKÝ ZPRAVODAJ s.r.o."],
                            ["IČO", I1],
                            ["IP adresy – produkční", "203.0.113.41 , 203.0.113.42"],
                            ["IP adresy – testovací", "203.0.113.49"],
                            ["Kontaktní osoba", "DAGMAR KUBÍČKOVÁ"],
                            [
                                "Telefon / e-mail",
                                "596 781 204 / kubickova@hornoslezsky-zpravodaj.example",
                            ],
                        ],
                        "widths": [150, 250],
                    },
                    "V Ostravě 2. 9. 2025            podpis: D. Kubíčková  (razítko)",
                ],
            )
        ],
    },
    {
        "id": "cn002-databox-group-box-for-station",
        "description": "data message from the publishing group's box; the DOCX letter applies "
        "for the group's radio station, which gives its own IČO and data-box ID in the letter",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Rádio Lipno s.r.o.",
            I2,
            "rl4xn8d",
            ["198.51.100.70", "198.51.100.71"],
            ["198.51.100.78"],
            "Ondřej Pecha",
            "pecha@radiolipno.example",
            "+420723405118",
        ),
        "databox": box(
            "mv7k2qa", "Mediální skupina Vltava a.s.", "Lannova 14, 370 01 České Budějovice"
        ),
        "subject": "Žádost Rádia Lipno – volby 2025 (zasíláno za skupinu)",
        "attachments": [
            (
                "docx",
                "Radio_Lipno_zadost.docx",
                {
                    "header": "Rádio Lipno s.r.o. – člen Mediální skupiny Vltava",
                    "footer": "Rádio Lipno s.r.o., Náměstí 3, 382 78 Lipno nad Vltavou | "
                    f"IČO {I2} | ID datové schránky: rl4xn8d",
                    "blocks": [
                        "Český statistický úřad\nodbor informatiky",
                        "Věc: žádost o přístup k výsledkům voleb a o povolení natáčení",
                        "Vážení, tuto žádost odesíláme prostřednictvím datové schránky naší "
                        f"mateřské společnosti (Mediální skupina Vltava a.s., IČO {GROUP}). "
                        "Žadatelem je však Rádio Lipno s.r.o.; odpověď prosíme do naší vlastní "
                        "schránky rl4xn8d.",
                        "Žádáme o zpřístupnění XML s průběžnými výsledky a zároveň o povolení "
                        "natáčet zpravodajské vstupy na krajském pracovišti v Českých "
                        "Budějovicích.",
                        {
                            "rows": [
                                ["", "adresa"],
                                ["produkce", "198.51.100.70"],
                                ["produkce (záloha)", "198.51.100.71"],
                                ["test", "198.51.100.78"],
                            ]
                        },
                        "Kontakt pro tuto žádost: Ondřej Pecha, technik vysílání, "
                        "tel. 723 405 118, pecha@radiolipno.example",
                        "Ing. Věra Šrámková\njednatelka",
                    ],
                },
            )
        ],
    },
    {
        "id": "cn003-docx-contact-surname-caps",
        "description": "Gmail cover by an assistant; the DOCX contact table writes the contact "
        "surname first in capitals (DVOŘÁK Petr) beside a second person, IPv6 production",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Brněnský večerník, s.r.o.",
            I3,
            None,
            ["2001:db8:4c::10", "2001:db8:4c::11"],
            ["198.51.100.130"],
            "Petr Dvořák",
            "dvorak@brnenskyvecernik.example",
            "+420608214377",
        ),
        "from": "Lenka Pazderová <lenka.pazderova@brnenskyvecernik.example>",
        "subject": "Brněnský večerník – žádost o XML",
        "headers": GMAIL,
        "body": "Dobrý den,\n\nza redakci posílám žádost o přístup k volebním datům, "
        "podepsanou panem šéfredaktorem. Technické věci prosím řešte přímo s kolegou "
        "uvedeným v tabulce.\n\nS pozdravem\nLenka Pazderová\nasistentka vedení\n",
        "attachments": [
            (
                "docx",
                "zadost_BV.docx",
                {
                    "header": f"BRNĚNSKÝ VEČERNÍK, s.r.o. · Kounicova 27, 602 00 Brno · IČO {I3}",
                    "footer": "strana 1/1",
                    "blocks": [
                        "Žádost o přístup k dedikovanému serveru s výsledky voleb",
                        "Prosíme o zpřístupnění průběžných výsledků ve formátu XML pro náš "
                        "zpravodajský web. Servery jsou připojeny pouze přes IPv6, testovací "
                        "stroj přes IPv4.",
                        {
                            "rows": [
                                ["Účel", "Adresa"],
                                ["Produkční server 1", "2001:db8:4c::10"],
                                ["Produkční server 2", "2001:db8:4c::11"],
                                ["Testovací server", "198.51.100.130"],
                            ]
                        },
                        {
                            "rows": [
                                ["Role", "Příjmení a jméno", "Telefon", "E-mail"],
                                [
                                    "Kontaktní osoba (technik)",
                                    "DVOŘÁK Petr",
                                    "608 214 377",
                                    "dvorak@brnenskyvecernik.example",
                                ],
                                [
                                    "Statutární zástupce",
                                    "HANÁK Miloslav",
                                    "541 002 310",
                                    "hanak@brnenskyvecernik.example",
                                ],
                            ]
                        },
                        "V Brně dne 3. září 2025\nMiloslav Hanák, šéfredaktor",
                    ],
                },
            )
        ],
    },
    {
        "id": "cn004-xlsx-from-to-range",
        "description": "empty mail with a workbook: the addresses sheet gives a from/to range "
        "for production (four addresses) and a one-address range for test, the contact on a "
        "second sheet",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Vysočina Online, z.ú.",
            I4,
            None,
            ["192.0.2.60", "192.0.2.61", "192.0.2.62", "192.0.2.63"],
            ["192.0.2.70"],
            "Hana Stejskalová",
            "stejskalova@vysocinaonline.example",
            "+420736180442",
        ),
        "from": "Hana Stejskalová <stejskalova@vysocinaonline.example>",
        "subject": "IP rozsah - Vysočina Online",
        "headers": TBIRD,
        "body": "",
        "attachments": [
            (
                "xlsx",
                "VysocinaOnline_IP.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Žádost o přístup k XML výsledkům voleb", None, None, None],
                            ["Žadatel: Vysočina Online, z.ú., IČO " + I4, None, None, None],
                            ["Role", "Od", "Do", "Poznámka"],
                            ["produkce", "192.0.2.60", "192.0.2.63", "cluster 4 uzlů"],
                            ["test", "192.0.2.70", "192.0.2.70", "jen jeden stroj"],
                        ],
                        "merge": ["A1:D1", "A2:D2"],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Jméno", "Hana Stejskalová"],
                            ["Funkce", "vedoucí vývoje"],
                            ["Mobil", "+420 736 180 442"],
                            ["E-mail", "stejskalova@vysocinaonline.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cn005-odt-footer-ico-box",
        "description": "short cover; the ODT letter names the association only in the body, its "
        "IČO and data-box ID stand in the footer lines at the bottom of the page",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Lužická mediální, z.s.",
            I5,
            "lm3p9wz",
            ["198.18.4.20"],
            ["198.18.4.21"],
            "Jiří Kulhánek",
            "kulhanek@luzickamedialni.example",
            "+420487522190",
        ),
        "from": "Jiri Kulhanek <kulhanek@luzickamedialni.example>",
        "subject": "zadost volby",
        "headers": ROUNDCUBE,
        "body": "Dobry den, zasilam zadost (ODT). Dekuji, Kulhanek\n",
        "attachments": [
            (
                "odt",
                "zadost_LM.odt",
                [
                    "Lužická mediální, z.s.",
                    "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10",
                    "Česká Lípa 4. září 2025",
                    "Žádost o zpřístupnění výsledků voleb",
                    "Náš spolek provozuje regionální zpravodajský portál a rádi bychom o "
                    "volebním večeru zobrazovali průběžné výsledky. Žádáme proto o přístup k "
                    "dedikovanému serveru s daty XML.",
                    "Produkční server: 198.18.4.20",
                    "Testovací server: 198.18.4.21",
                    "Kontaktní osobou je Jiří Kulhánek, tel. 487 522 190, "
                    "e-mail kulhanek@luzickamedialni.example.",
                    "S pozdravem\nJiří Kulhánek\npředseda spolku",
                    "————————————————————————————",
                    f"Lužická mediální, z.s. | Jindřichova 12, 470 01 Česká Lípa | IČO: {I5} | "
                    "ID DS: lm3p9wz | www.luzickamedialni.example",
                ],
            )
        ],
    },
    {
        "id": "cn006-cover-voids-test-address",
        "description": "the cover mail says the test address in the attached PDF is no longer "
        "valid (the test server was shut down) and gives none instead",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Polabské listy a.s.",
            I6,
            None,
            ["203.0.113.150", "203.0.113.151"],
            [],
            "Martin Šustr",
            "sustr@polabskelisty.example",
            "+420777305861",
        ),
        "from": "Martin Šustr <sustr@polabskelisty.example>",
        "subject": "Žádost o přístup k volebním datům – Polabské listy",
        "headers": OWA,
        "body": "Dobrý den,\n\nposílám žádost naší redakce o přístup k XML s výsledky voleb. "
        "Formulář jsme vyplňovali už v červnu, a proto jedna věc v něm neplatí: testovací "
        "adresa 203.0.113.160 uvedená v PDF už neplatí, testovací server jsme mezitím "
        "zrušili a nový nemáme. Produkční adresy jsou beze změny.\n\n"
        "Děkuji\nMartin Šustr\nIT oddělení, Polabské listy a.s.\nmobil 777 305 861\n",
        "attachments": [
            (
                "pdf",
                "PL_zadost_cerven.pdf",
                [
                    f"Polabské listy a.s.\nTř. Václava Klementa 8, 293 01 Mladá Boleslav\nIČO {I6}",
                    "Žádost o přístup k dedikovanému serveru s výsledky voleb",
                    {
                        "rows": [
                            ["Typ", "IP adresa"],
                            ["Produkční", "203.0.113.150"],
                            ["Produkční", "203.0.113.151"],
                            ["Testovací", "203.0.113.160"],
                        ],
                        "widths": [120, 200],
                    },
                    "Kontaktní osoba: Martin Šustr, sustr@polabskelisty.example, 777 305 861",
                    "Mladá Boleslav 12. 6. 2025\nRNDr. Petra Koubková, předsedkyně představenstva",
                ],
            )
        ],
    },
    {
        "id": "cn007-databox-holding-subsidiary-no-box",
        "description": "data message from a holding's box for its subsidiary, which has no box "
        "of its own; the PDF names the subsidiary with its IČO, so no box ID is labelled",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Jihočeské listy s.r.o.",
            I7,
            None,
            ["192.0.2.180", "192.0.2.181", "192.0.2.182"],
            ["192.0.2.190"],
            "Kateřina Roubalová",
            "roubalova@jihoceskelisty.example",
            "+420602917345",
        ),
        "databox": box("rm8d2tk", "Regionální média Holding a.s.", "Pražská 51, 397 01 Písek"),
        "subject": "Žádost dceřiné společnosti Jihočeské listy s.r.o. o přístup k XML výsledkům",
        "attachments": [
            (
                "pdf",
                "JL_zadost_XML.pdf",
                [
                    f"Jihočeské listy s.r.o.\nPražská 51, 397 01 Písek\nIČO {I7}",
                    "Věc: žádost o přístup k průběžným výsledkům voleb (XML)",
                    "Společnost Jihočeské listy s.r.o. nemá zřízenu vlastní datovou "
                    "schránku, proto žádost odesílá jediný společník, Regionální média "
                    f"Holding a.s. (IČO {HOLDING}). Žadatelem jsou Jihočeské listy s.r.o.",
                    {
                        "rows": [
                            ["produkční IP", "192.0.2.180, 192.0.2.181, 192.0.2.182"],
                            ["testovací IP", "192.0.2.190"],
                            [
                                "kontakt",
                                "Kateřina Roubalová, roubalova@jihoceskelisty.example, 602 917 345",
                            ],
                        ],
                        "widths": [110, 300],
                    },
                    "V Písku 5. 9. 2025\nMgr. Tomáš Brabec, jednatel",
                ],
            )
        ],
    },
    {
        "id": "cn008-databox-annotation-ips-rtf",
        "description": "a freelancer's data message (box of a natural person in business): the "
        "annotation carries both addresses, the RTF only the request and the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Marek Hloušek",
            I8,
            "mh2w7rc",
            ["198.51.100.201"],
            ["198.51.100.202"],
            "Marek Hloušek",
            "marek@hlousek-data.example",
            "+420739041266",
        ),
        "databox": box("mh2w7rc", "Marek Hloušek", "Kpt. Jaroše 9, 779 00 Olomouc", kind=40),
        "subject": "Volby XML - produkce 198.51.100.201, test 198.51.100.202",
        "attachments": [
            (
                "rtf",
                "zadost_hlousek.rtf",
                [
                    "Marek Hloušek, IČO " + I8,
                    "Kpt. Jaroše 9, 779 00 Olomouc",
                    "Žádám o přístup k dedikovanému serveru s výsledky voleb pro své "
                    "datové vizualizace (weby regionálních periodik, pro která pracuji). "
                    "IP adresy jsou uvedeny v poznámce datové zprávy.",
                    "Kontakt: marek@hlousek-data.example, 739 041 266",
                    "Marek Hloušek",
                ],
            )
        ],
    },
    {
        "id": "cn009-forward-eml-filming",
        "description": "an assistant forwards the chief editor's filming request as an attached "
        ".eml with only a line of her own; the inner HTML mail names the camera crew and the "
        "contact",
        "style": Style.FORWARD,
        "labels": L(
            [FILM],
            "Televize Podbrdsko s.r.o.",
            I9,
            None,
            [],
            [],
            "Zdeněk Matějka",
            "matejka@tvpodbrdsko.example",
            "+420731556920",
        ),
        "from": "Simona Krausová <krausova@tvpodbrdsko.example>",
        "subject": "Fwd: natáčení na volebním pracovišti",
        "headers": APPLE,
        "body": "Dobrý den, pan Matějka to omylem poslal jen mně, přeposílám.\nS. Krausová\n",
        "attachments": [
            (
                "eml",
                "natáčení na volebním pracovišti.eml",
                {
                    "id": "cn009-inner",
                    "from": "Zdeněk Matějka <matejka@tvpodbrdsko.example>",
                    "to": "krausova@tvpodbrdsko.example",
                    "subject": "natáčení na volebním pracovišti",
                    "headers": APPLE,
                    "html": "<p>Dobrý den,</p><p>Televize Podbrdsko s.r.o. (IČO "
                    f"{I9}) žádá o povolení natáčet na pracovišti ČSÚ v Příbrami během "
                    "volebního večera. Štáb: kameraman Luboš Šimek, redaktorka Alena "
                    "Vrbová. Data z XML nepotřebujeme, výsledky přebíráme z webu.</p>"
                    "<p>Kontaktní osoba: Zdeněk Matějka, tel. 731 556 920</p>"
                    "<p>Zdeněk Matějka<br>šéfredaktor</p>",
                },
            )
        ],
    },
    {
        "id": "cn010-html-bracket-form-iso",
        "description": "an HTML-only iso-8859-2 mail pasting the office's form with [x]/[ ] "
        "marks (both requested) and a table with a role column and a backup server",
        "style": Style.FORM,
        "charset": "iso-8859-2",
        "labels": L(
            [FEED, FILM],
            "Krkonošský deník s.r.o.",
            I10,
            None,
            ["203.0.113.77", "203.0.113.78"],
            ["203.0.113.90"],
            "Ivana Tomíčková",
            "tomickova@krkonosskydenik.example",
            "+420499320415",
        ),
        "from": "Ivana Tomíčková <tomickova@krkonosskydenik.example>",
        "subject": "Žádost - Krkonošský deník",
        "headers": SEZNAM,
        "html": "<html><body><p>Dobrý den,</p><p>vyplněný formulář posíláme přímo v "
        "e-mailu, PDF přikládáme pro úplnost.</p>"
        "<p>[x] přístup k výsledkům (XML)<br>[x] povolení k natáčení / fotografování<br>"
        "[ ] jiné: ______</p>"
        "<table border='1'><tr><th>Role</th><th>Adresa</th></tr>"
        "<tr><td>produkce</td><td>203.0.113.77</td></tr>"
        "<tr><td>záložní</td><td>203.0.113.78</td></tr>"
        "<tr><td>test</td><td>203.0.113.90</td></tr></table>"
        f"<p>Žadatel: Krkonošský deník s.r.o., IČO {I10}<br>"
        "Kontakt: Ivana Tomíčková, 499 320 415</p>"
        "<p>Ivana Tomíčková<br>vedoucí online vydání</p></body></html>",
        "attachments": [
            (
                "pdf",
                "formular_KD.pdf",
                [
                    "Krkonošský deník s.r.o.",
                    "[x] XML  [x] natáčení",
                    "produkce 203.0.113.77, záložní 203.0.113.78, test 203.0.113.90",
                    "Ivana Tomíčková",
                ],
            )
        ],
    },
    {
        "id": "cn011-reply-updated-docx-merged",
        "description": "a reply to the office's query quoting its signature (office phone and "
        "domain); the updated DOCX has a merged role cell spanning two production rows",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Zlínský týdeník s.r.o.",
            I11,
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.159"],
            "Radim Zapletal",
            "zapletal@zlinskytydenik.example",
            "+420605448173",
        ),
        "from": "Radim Zapletal <zapletal@zlinskytydenik.example>",
        "subject": "RE: Vaše žádost o přístup – chybí testovací adresa",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\n\ndoplnil jsem testovací adresu, opravená verze je v příloze. "
        "Původní dokument prosím nahraďte tímto.\n\nRadim Zapletal\n605 448 173\n\n"
        "-----Original Message-----\nFrom: podatelna@czso.cz\nSent: Monday, September 8, "
        "2025 10:12 AM\nSubject: Vaše žádost o přístup – chybí testovací adresa\n\n"
        "Dobrý den,\nve Vaší žádosti chybí testovací IP adresa. Prosíme o doplnění.\n\n"
        "Český statistický úřad, oddělení volebních aplikací\ntel. +420 274 052 733\n"
        "www.czso.cz\n",
        "attachments": [
            (
                "docx",
                "ZT_zadost_v2.docx",
                {
                    "header": f"Zlínský týdeník s.r.o. | IČO {I11}",
                    "footer": "verze 2 – doplněna testovací adresa",
                    "blocks": [
                        "Žádost o přístup k XML výsledkům voleb",
                        {
                            "rows": [
                                ["Role", "IP", "Pozn."],
                                ["Produkce", "198.51.100.150", "web"],
                                ["", "198.51.100.151", "aplikace"],
                                ["Test", "198.51.100.159", "doplněno"],
                            ],
                            "merge": [(1, 0, 2, 0)],
                        },
                        "Kontakt: Radim Zapletal, zapletal@zlinskytydenik.example, "
                        "tel. 605 448 173",
                    ],
                },
            )
        ],
    },
    {
        "id": "cn012-databox-annotation-changes-phone",
        "description": "data message whose annotation corrects the contact phone printed in the "
        "attached ODT; the addresses and the contact's name are only in the file",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Liberecký kurýr, a.s.",
            I12,
            "lk6t4bn",
            ["203.0.113.200", "203.0.113.201"],
            ["203.0.113.210"],
            "Pavla Jelínková",
            "jelinkova@libereckykuryr.example",
            "+420734218650",
        ),
        "databox": box("lk6t4bn", "Liberecký kurýr, a.s.", "Moskevská 30, 460 01 Liberec"),
        "subject": "Žádost XML volby. Oprava: tel. kontaktní osoby je 734 218 650 "
        "(v příloze chybně)",
        "attachments": [
            (
                "odt",
                "zadost_LK.odt",
                [
                    "Liberecký kurýr, a.s.",
                    "Věc: Žádost o zpřístupnění výsledků voleb na dedikovaném serveru",
                    [
                        ["Údaj", "Hodnota"],
                        ["Produkční IP", "203.0.113.200; 203.0.113.201"],
                        ["Testovací IP", "203.0.113.210"],
                        ["Kontaktní osoba", "Pavla Jelínková"],
                        ["Telefon", "734 218 560"],
                        ["E-mail", "jelinkova@libereckykuryr.example"],
                    ],
                    f"IČO {I12}, ID DS lk6t4bn",
                ],
            )
        ],
    },
    {
        "id": "cn013-foreign-slovak-pdf-letterhead",
        "description": "a Slovak publisher's PDF letter with a letterhead; the application and "
        "role column are in Slovak, the contact in a signature block with a +421 mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Záhorské noviny, s. r. o.",
            I13,
            None,
            ["192.0.2.211"],
            ["192.0.2.219"],
            "Miriam Kollárová",
            "kollarova@zahorskenoviny.example",
            "+421905318742",
        ),
        "from": "Miriam Kollárová <kollarova@zahorskenoviny.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": ZIMBRA,
        "body": "Dobrý deň,\n\nv prílohe posielame žiadosť nášho vydavateľstva.\n\n"
        "S pozdravom\nMiriam Kollárová\n",
        "attachments": [
            (
                "pdf",
                "ziadost_ZN.pdf",
                [
                    "ZÁHORSKÉ NOVINY, s. r. o.\nNámestie slobody 4, 909 01 Skalica, "
                    f"Slovenská republika\nIČO: {I13}",
                    "Vec: Žiadosť o prístup k priebežným výsledkom volieb a o povolenie nakrúcania",
                    "Žiadame o sprístupnenie výsledkov vo formáte XML pre naše spravodajstvo "
                    "a o povolenie nakrúcať na pracovisku ČSÚ v Hodoníne.",
                    {
                        "rows": [
                            ["Rola servera", "IP adresa"],
                            ["produkčný", "192.0.2.211"],
                            ["testovací", "192.0.2.219"],
                        ],
                        "widths": [150, 150],
                    },
                    "Kontaktná osoba:\nMgr. Miriam Kollárová\nredaktorka\n"
                    "mobil: +421 905 318 742\nkollarova@zahorskenoviny.example",
                ],
            )
        ],
    },
    {
        "id": "cn014-smime-signature-ico-box-xlsx",
        "description": "S/MIME-signed letter in the body with IČO and data-box ID in the "
        "signature block; the body gives production as an až range, the attached sheet one address a row",
        "style": Style.LETTER,
        "smime": True,
        "labels": L(
            [FEED],
            "Východočeská tisková, a.s.",
            I14,
            "vt5q2hm",
            ["198.18.12.5", "198.18.12.6", "198.18.12.7"],
            ["198.18.12.9"],
            "Blanka Pešková",
            "peskova@vctisk.example",
            "+420466712035",
        ),
        "from": "Blanka Pešková <peskova@vctisk.example>",
        "subject": "Žádost o přístup k volebním výsledkům (XML)",
        "headers": OUTLOOK,
        "body": "Vážení,\n\nVýchodočeská tisková, a.s. žádá o přístup k dedikovanému serveru "
        "s průběžnými výsledky voleb. Produkční servery 198.18.12.5 až 198.18.12.7, "
        "testovací 198.18.12.9 (podrobně v přiložené tabulce).\n\nKontaktní osobou je "
        "podepsaná.\n\nS pozdravem\n\nIng. Blanka Pešková\nvedoucí IT\nVýchodočeská "
        "tisková, a.s.\nPalackého 180, 530 02 Pardubice\n"
        f"IČO: {I14} | DIČ: CZ{I14} | ID DS: vt5q2hm\ntel.: 466 712 035\n",
        "attachments": [
            (
                "xlsx",
                "IP_VCT.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["role", "IP"],
                            ["produkce", "198.18.12.5"],
                            ["produkce", "198.18.12.6"],
                            ["produkce", "198.18.12.7"],
                            ["test", "198.18.12.9"],
                        ],
                    }
                ],
            )
        ],
    },
]
