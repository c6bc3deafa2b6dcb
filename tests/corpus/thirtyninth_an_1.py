"""Thirty-ninth held-out part ``an``, cases an001–an014: short cover mails and empty bodies
with PDF, DOCX, XLSX, RTF, ODT and TXT attachments, checkbox and ANO/NE forms, a forwarded
.eml, and data messages with the application in the annotation, in the file or in both.
Written by hand apart from the extraction rules (see make_thirtyninth_an); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyninth_an_common import (
    APPLE,
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

I1, I2, I3, I4 = ico("2815547"), ico("2604318"), ico("0917362"), ico("0027561")
I5, I6, I7, I8 = ico("2473019"), ico("0654832"), ico("2591746"), ico("2836150")
I10, I11, I12, I13, I14 = (
    ico("0418273"),
    ico("2706194"),
    ico("3592018"),
    ico("0735264"),
    ico("2931457"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "an001-pdf-cover-two-lines",
        "description": "two-line cover mail; the PDF letter has a role column whose cells wrap "
        "and names a contact other than the sender",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Zpravodajství Polabí s.r.o.",
            I1,
            None,
            ["198.51.100.14", "198.51.100.15"],
            ["198.51.100.16"],
            "Tomáš Kratochvíl",
            "kratochvil@zpravypolabi.example",
            "+420731204968",
        ),
        "from": "Sekretariat redakce <sekretariat@zpravypolabi.example>",
        "subject": "žádost – volby, XML",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze zasíláme žádost o přístup k výsledkům voleb.\n\n"
            "S pozdravem\nsekretariát redakce\nZpravodajství Polabí s.r.o.\n"
            "tel. ústředna 466 050 100\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_CSU_2026.pdf",
                [
                    f"Zpravodajství Polabí s.r.o., Jiráskova 1182, 530 02 Pardubice, IČO: {I1}",
                    "Český statistický úřad\nodbor informatiky\nNa padesátém 81, Praha 10",
                    "V Pardubicích dne 2. 12. 2026",
                    "Věc: žádost o zpřístupnění výsledků voleb ve formátu XML",
                    "Pro zpravodajský web zpravypolabi.example žádáme o povolení stahovat "
                    "průběžné výsledky z Vašeho serveru z těchto adres:",
                    {
                        "rows": [
                            ["Určení serveru", "Adresa IPv4", "Pozn."],
                            ["Produkční prostředí – primární uzel", "198.51.100.14", "VM web01"],
                            ["Produkční prostředí – sekundární uzel", "198.51.100.15", "VM web02"],
                            ["Testovací prostředí (staging)", "198.51.100.16", "do 30. 11."],
                        ],
                        "widths": [95, 110, 80],
                    },
                    "Kontaktní osoba pro technické záležitosti: Bc. Tomáš Kratochvíl, "
                    "vedoucí IT, mobil 731 204 968, kratochvil@zpravypolabi.example",
                    "Mgr. Ilona Šafářová\njednatelka",
                ],
            )
        ],
    },
    {
        "id": "an002-empty-body-docx-checkboxes",
        "description": "empty body; DOCX form with ballot-box characters, recording unticked, "
        "IČO written with spaces",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Východočeský týdeník, spol. s r.o.",
            I2,
            None,
            ["203.0.113.70"],
            ["203.0.113.71"],
            "Marcela Dušková",
            "duskova@vctydenik.example",
            "+420603551872",
        ),
        "from": "Marcela Dušková <duskova@vctydenik.example>",
        "subject": "Formulář",
        "headers": GMAIL,
        "body": "",
        "attachments": [
            (
                "docx",
                "formular_vyplneny.docx",
                {
                    "blocks": [
                        "ŽÁDOST MÉDIA – VOLBY 2026",
                        "Žadatel (název, právní forma): Východočeský týdeník, spol. s r.o.",
                        f"IČ: {I2[:2]} {I2[2:5]} {I2[5:]}",
                        "Předmět žádosti (zaškrtněte):",
                        "☒ přístup k serveru s výsledky ve formátu XML",
                        "☐ povolení k pořizování zvukových a obrazových záznamů na sběrném místě",
                        {
                            "rows": [
                                ["", "IP adresa"],
                                ["produkční", "203.0.113.70"],
                                ["testovací", "203.0.113.71"],
                            ]
                        },
                        "Kontaktní osoba: Marcela Dušková",
                        "E-mail: duskova@vctydenik.example     Telefon: 603-551-872",
                        "Datum: 1. 12. 2026",
                    ]
                },
            )
        ],
    },
    {
        "id": "an003-databox-annotation-only-extract",
        "description": "data message: the whole application is in the annotation; the attached "
        "file is only a commercial-register extract",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "RADIO HORNÍK s.r.o.",
            I3,
            "h8tq2ma",
            ["203.0.113.90"],
            ["203.0.113.91"],
            "Radek Vávra",
            "vavra@radiohornik.example",
            "+420602118334",
        ),
        "subject": (
            f"RADIO HORNÍK s.r.o., IČO {I3}: žádáme o přístup k XML výsledkům voleb. "
            "prod. 203.0.113.90, test. 203.0.113.91. Kontakt Ing. Radek Vávra, "
            "602 118 334, vavra@radiohornik.example"
        ),
        "databox": {
            "box": "h8tq2ma",
            "sender": "RADIO HORNÍK s.r.o.",
            "address": "Havířská 3, 434 01 Most",
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR.pdf",
                [
                    "Výpis z obchodního rejstříku, vedeného Krajským soudem v Ústí nad Labem, "
                    "oddíl C, vložka 18342",
                    {
                        "rows": [
                            ["Datum vzniku a zápisu:", "14. března 2001"],
                            ["Obchodní firma:", "RADIO HORNÍK s.r.o."],
                            ["Sídlo:", "Havířská 3, 434 01 Most"],
                            ["Identifikační číslo:", f"{I3[:3]} {I3[3:5]} {I3[5:]}"],
                            ["Právní forma:", "Společnost s ručením omezeným"],
                            ["Základní kapitál:", "200 000,- Kč"],
                        ],
                        "widths": [150, 250],
                    },
                    "Údaje platné ke dni 30. listopadu 2026 03:41",
                ],
            )
        ],
    },
    {
        "id": "an004-databox-odt-only-municipality",
        "description": "municipality's data message: the annotation only says 'Žádost', the "
        "ODT carries bracket checkboxes and the addresses",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Obec Stará Ves nad Ondřejnicí",
            I4,
            "s3vb8wn",
            ["192.0.2.140"],
            [],
            "Lenka Mrózková",
            "mrozkova@staraves.example",
            "+420558652117",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "s3vb8wn",
            "sender": "Obec Stará Ves nad Ondřejnicí",
            "address": "Zámecká 1, 739 23 Stará Ves nad Ondřejnicí",
            "type": 10,
        },
        "attachments": [
            (
                "odt",
                "zadost_volby.odt",
                [
                    "Obec Stará Ves nad Ondřejnicí",
                    f"Zámecká 1, 739 23 Stará Ves nad Ondřejnicí, IČ {I4}",
                    "Č. j.: OÚ-SV/2281/2026",
                    "Obec vydává zpravodaj a provozuje obecní web s výsledky voleb. Žádáme:",
                    "[x] přístup k výsledkům voleb (XML)",
                    "[ ] povolení k natáčení",
                    "Adresa serveru webu obce: 192.0.2.140 (testovací adresu nemáme)",
                    "Vyřizuje: Lenka Mrózková, referentka, tel. 558 652 117, "
                    "mrozkova@staraves.example",
                    "Ing. Pavel Krestýn, starosta",
                ],
            )
        ],
    },
    {
        "id": "an005-databox-annotation-changes-file",
        "description": "data message: the DOCX gives a test address, the annotation replaces it "
        "with a new one",
        "style": Style.AMENDMENT,
        "labels": L(
            [FEED],
            "Deník Moravskoslezský, a.s.",
            I5,
            "dm7kp4e",
            ["192.0.2.130", "192.0.2.131"],
            ["192.0.2.133"],
            "Ondřej Bělík",
            "belik@denikms.example",
            "+420596118402",
        ),
        "subject": (
            "Žádost o přístup k výsledkům voleb – oproti příloze měníme testovací adresu: "
            "místo 192.0.2.132 prosím 192.0.2.133. Ostatní údaje platí."
        ),
        "databox": {
            "box": "dm7kp4e",
            "sender": "Deník Moravskoslezský, a.s.",
            "address": "Nádražní 2903/10, 702 00 Ostrava",
        },
        "attachments": [
            (
                "docx",
                "zadost_XML_volby.docx",
                {
                    "header": "Deník Moravskoslezský, a.s. | Nádražní 2903/10, Ostrava",
                    "footer": f"IČO {I5} | DIČ CZ{I5} | č. ú. 2801224466/2010",
                    "blocks": [
                        "Věc: Žádost o zřízení přístupu k volebnímu serveru",
                        "Žádáme o přístup k výsledkům ve formátu XML pro tyto adresy:",
                        {
                            "rows": [
                                ["Role", "IP"],
                                ["produkce", "192.0.2.130"],
                                ["produkce", "192.0.2.131"],
                                ["test", "192.0.2.132"],
                            ]
                        },
                        "Kontakt: Ondřej Bělík, technický ředitel, +420 596 118 402, "
                        "belik@denikms.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "an006-xlsx-merged-row-header",
        "description": "XLSX with a merged role cell spanning two production rows and a contact "
        "sheet; the mail body is a one-liner",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Info Krkonoše s.r.o.",
            I6,
            None,
            ["198.51.100.120", "198.51.100.121"],
            ["198.51.100.125"],
            "Vojtěch Šimůnek",
            "simunek@infokrkonose.example",
            "+420739402115",
        ),
        "from": "Vojtěch Šimůnek <simunek@infokrkonose.example>",
        "subject": "IP adresy pro volby",
        "headers": TBIRD,
        "cte": "8bit",
        "body": "Dobrý den, posílám tabulku s adresami dle pokynů. Šimůnek\n",
        "attachments": [
            (
                "xlsx",
                "volby_ip.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Prostředí", "IP adresa", "Hostname"],
                            ["Produkční", "198.51.100.120", "www1.infokrkonose.example"],
                            [None, "198.51.100.121", "www2.infokrkonose.example"],
                            ["Testovací", "198.51.100.125", "dev.infokrkonose.example"],
                        ],
                        "merge": ["A2:A3"],
                    },
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Info Krkonoše s.r.o."],
                            ["IČO", I6],
                            ["Kontaktní osoba", "Vojtěch Šimůnek"],
                            ["Telefon", "+420 739 402 115"],
                            ["E-mail", "simunek@infokrkonose.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "an007-rtf-ano-ne-columns",
        "description": "RTF form with ANO/NE columns: XML access ANO, recording NE; "
        "windows-1250 cover mail",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Jihlavské listy s.r.o.",
            I7,
            None,
            ["203.0.113.5"],
            ["203.0.113.6"],
            "Petr Zikmund",
            "zikmund@jihlavskelisty.example",
            "+420567300418",
        ),
        "from": "Petr Zikmund <zikmund@jihlavskelisty.example>",
        "subject": "Žádost - formulář",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\nv příloze vyplněný formulář. Omlouvám se za formát RTF, Word "
            "nám zrovna nefunguje.\n\nPetr Zikmund\nJihlavské listy\n"
        ),
        "attachments": [
            (
                "rtf",
                "formular.rtf",
                [
                    "Žádost o přístup k výsledkům voleb / o povolení natáčení",
                    f"Žadatel: Jihlavské listy s.r.o.     IČO: {I7}",
                    [
                        ["Požadavek", "ANO", "NE"],
                        ["Přístup k XML výsledkům", "X", ""],
                        ["Natáčení na sběrném místě", "", "X"],
                    ],
                    [
                        ["Produkční IP", "203.0.113.5"],
                        ["Testovací IP", "203.0.113.6"],
                    ],
                    "Kontaktní osoba: Petr Zikmund, tel. 567 300 418, "
                    "zikmund@jihlavskelisty.example",
                ],
            )
        ],
    },
    {
        "id": "an008-forwarded-eml-it-colleague",
        "description": "editor forwards the IT colleague's mail as an attached .eml and names "
        "him as the contact; the editor's own phone is in her signature",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Brněnský kurýr s.r.o.",
            I8,
            None,
            ["198.51.100.201", "198.51.100.202"],
            ["198.51.100.210"],
            "Martin Chalupa",
            "chalupa@brnokuryr.example",
            "+420608993140",
        ),
        "from": "Jana Urbánková <urbankova@brnokuryr.example>",
        "subject": "Fw: adresy pro ČSÚ",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            f"za vydavatele Brněnský kurýr s.r.o. (IČO {I8}) žádám o přístup k volebním "
            "výsledkům v XML. Technické údaje najdete v přiloženém e-mailu od našeho "
            "správce, pana Chalupy – prosím, obracejte se přímo na něj, je kontaktní osobou.\n\n"
            "Děkuji\nJana Urbánková\nšéfredaktorka\n+420 777 120 554\n"
        ),
        "attachments": [
            (
                "eml",
                "adresy pro ČSÚ.eml",
                {
                    "id": "an008-inner",
                    "from": "Martin Chalupa <chalupa@brnokuryr.example>",
                    "to": "urbankova@brnokuryr.example",
                    "subject": "adresy pro ČSÚ",
                    "body": (
                        "Jano,\n\nty adresy pro ČSÚ:\n"
                        "ostrý provoz 198.51.100.201 a 198.51.100.202 (za load balancerem)\n"
                        "testovačka 198.51.100.210\n\n"
                        "kdyby něco, ať mi volají na 608 993 140.\n\nMartin\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "an009-english-txt-ipv6",
        "description": "foreign agency, English cover, details in a TXT attachment with an IPv6 "
        "production address and a version number; no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nordic Wire Service AB",
            None,
            None,
            ["2001:db8:4a::20", "192.0.2.88"],
            [],
            "Elin Sjöberg",
            "elin.sjoberg@nordicwire.example",
            "+46855503218",
        ),
        "from": "Elin Sjöberg <elin.sjoberg@nordicwire.example>",
        "subject": "Access request – Czech election results feed",
        "headers": GMAIL,
        "body": (
            "Hello,\n\nplease find attached our request for access to the XML results "
            "feed. Let me know if you need anything else.\n\nBest regards,\nElin\n"
        ),
        "attachments": [
            (
                "txt",
                "request.txt",
                "ACCESS REQUEST - ELECTION RESULTS (XML)\n"
                "=======================================\n\n"
                "Organisation:   Nordic Wire Service AB (Stockholm, Sweden)\n"
                "Service:        results ingest, client version 3.12.0.4\n\n"
                "Production servers (both live, active/active):\n"
                "  2001:db8:4a::20\n"
                "  192.0.2.88\n\n"
                "Test server:    none - we test against production\n\n"
                "Contact:        Elin Sjöberg, data desk\n"
                "                +46 8 555 032 18\n"
                "                elin.sjoberg@nordicwire.example\n",
            )
        ],
    },
    {
        "id": "an010-html-form-both-ticked",
        "description": "HTML-only webmail with a form table of ticked box characters: both "
        "requests ticked",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "TV Podbrdsko s.r.o.",
            I10,
            None,
            ["203.0.113.150"],
            ["203.0.113.151"],
            "Kateřina Vondrová",
            "vondrova@tvpodbrdsko.example",
            "+420724310866",
        ),
        "from": "Kateřina Vondrová <vondrova@tvpodbrdsko.example>",
        "subject": "Žádost TV Podbrdsko – volby 2026",
        "headers": ROUNDCUBE,
        "html": (
            "<html><body><p>Dobrý den,</p><p>zasíláme vyplněnou žádost:</p>"
            '<table border="1" cellpadding="4">'
            "<tr><td>Žadatel</td><td>TV Podbrdsko s.r.o.</td></tr>"
            f"<tr><td>IČO</td><td>{I10}</td></tr>"
            "<tr><td>Žádáme o</td><td>&#9745; přístup k XML výsledkům<br>"
            "&#9745; povolení natáčet na sběrném místě Příbram</td></tr>"
            "<tr><td>IP – produkce</td><td>203.0.113.150</td></tr>"
            "<tr><td>IP – test</td><td>203.0.113.151</td></tr>"
            "<tr><td>Kontakt</td><td>Kateřina Vondrová, 724 310 866</td></tr>"
            "</table><p>Štáb: kameraman Lukáš Hrubý, redaktorka K. Vondrová.</p>"
            "<p>Děkujeme,<br>Kateřina Vondrová<br>vedoucí zpravodajství</p></body></html>"
        ),
    },
    {
        "id": "an011-databox-pdf-letterhead-film",
        "description": "data message with a PDF letter asking only to film; the letter prints "
        "the office's IČO and data box above the applicant's letterhead data",
        "style": Style.LETTER,
        "labels": L(
            [FILM],
            "Česká regionální televize, z.s.",
            I11,
            "crt5v2k",
            [],
            [],
            "Jakub Sedláček",
            "sedlacek@crtv.example",
            "+420775418302",
        ),
        "subject": "Žádost o povolení pořizovat záznam na sběrném místě",
        "databox": {
            "box": "crt5v2k",
            "sender": "Česká regionální televize, z.s.",
            "address": "Husova 14, 370 01 České Budějovice",
        },
        "attachments": [
            (
                "pdf",
                "zadost_nataceni.pdf",
                [
                    "Adresát: Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
                    "IČO 00025593, datová schránka 2gfaasy",
                    "Česká regionální televize, z.s.\nHusova 14, 370 01 České Budějovice\n"
                    f"IČO: {I11}, ID DS: crt5v2k",
                    "Věc: žádost o povolení natáčení",
                    "Žádáme o povolení pořídit obrazový a zvukový záznam na sběrném místě "
                    "v Českých Budějovicích v noci ze 9. na 10. října 2026. Přístup k datům "
                    "ve formátu XML nepožadujeme.",
                    "Kontaktní osoba: Jakub Sedláček, produkční, 775 418 302, "
                    "sedlacek@crtv.example",
                    "Mgr. Alena Korcová, předsedkyně spolku",
                ],
            )
        ],
    },
    {
        "id": "an012-slovak-docx-table",
        "description": "Slovak publisher, DOCX table with Slovak column headers, +421 phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Mediálny dom Tatry, a. s.",
            I12,
            None,
            ["198.51.100.33"],
            ["198.51.100.34"],
            "Zuzana Kollárová",
            "kollarova@mdtatry.example",
            "+421905318442",
        ),
        "from": "Zuzana Kollárová <kollarova@mdtatry.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý deň,\n\nv prílohe posielam žiadosť nášho vydavateľstva o prístup k "
            "výsledkom volieb vo formáte XML.\n\nS pozdravom\nZuzana Kollárová\n"
        ),
        "attachments": [
            (
                "docx",
                "ziadost.docx",
                {
                    "blocks": [
                        "Mediálny dom Tatry, a. s., Hlavná 21, 040 01 Košice",
                        f"IČO: {I12}",
                        "Žiadame o sprístupnenie výsledkov volieb vo formáte XML pre naše "
                        "spravodajstvo o českých voľbách.",
                        {
                            "rows": [
                                ["Produkčná IP adresa", "Testovacia IP adresa"],
                                ["198.51.100.33", "198.51.100.34"],
                            ]
                        },
                        "Zodpovedná osoba: Zuzana Kollárová, tel. +421 905 318 442, "
                        "kollarova@mdtatry.example",
                    ]
                },
            )
        ],
    },
    {
        "id": "an013-pdf-film-crew-table",
        "description": "PDF for filming only with a crew table of names, roles and phones; the "
        "contact is the production manager, not the camera crew",
        "style": Style.TABLE,
        "labels": L(
            [FILM],
            "Dokumentární studio Oko s.r.o.",
            I13,
            None,
            [],
            [],
            "Hedvika Marešová",
            "maresova@studiooko.example",
            "+420732550147",
        ),
        "from": "Hedvika Marešová <maresova@studiooko.example>",
        "subject": "povolení k natáčení – sběrné místo Hradec Králové",
        "headers": SEZNAM,
        "body": (
            "Dobrý den, posílám žádost o povolení natáčet, v PDF je i seznam štábu.\n"
            "H. Marešová, produkce\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_natáčení_Oko.pdf",
                [
                    f"Dokumentární studio Oko s.r.o., IČO {I13}",
                    "Žádáme o povolení natáčení na sběrném místě ČSÚ v Hradci Králové "
                    "během sčítání hlasů (10. 10. 2026, 14:00–22:00) pro dokumentární cyklus.",
                    {
                        "rows": [
                            ["Jméno", "Funkce", "Telefon"],
                            [
                                "Hedvika Marešová",
                                "vedoucí produkce – kontaktní osoba",
                                "732 550 147",
                            ],
                            ["Filip Dostál", "kamera", "604 771 290"],
                            ["Radim Beneš", "zvuk", "721 093 386"],
                        ],
                        "widths": [120, 150, 90],
                    },
                    "E-mail: maresova@studiooko.example",
                ],
            )
        ],
    },
    {
        "id": "an014-databox-cidr-and-power-of-attorney",
        "description": "data message: the annotation gives a /30 production block and names "
        "an authorised person as contact; the only file is the power of attorney",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Kladenský deník s.r.o.",
            I14,
            "k4dn9rx",
            ["198.51.100.36", "198.51.100.37", "198.51.100.38", "198.51.100.39"],
            [],
            "Miroslav Hájek",
            "hajek@kladenskydenik.example",
            "+420312555018",
        ),
        "subject": (
            "Žádost o XML výsledky voleb: produkční rozsah 198.51.100.36/30, test nebude. "
            "Kontakt Miroslav Hájek (zmocněnec dle přílohy), 312 555 018, "
            "hajek@kladenskydenik.example"
        ),
        "databox": {
            "box": "k4dn9rx",
            "sender": "Kladenský deník s.r.o.",
            "address": "Náměstí Starosty Pavla 44, 272 01 Kladno",
        },
        "attachments": [
            (
                "pdf",
                "plna_moc.pdf",
                [
                    "PLNÁ MOC",
                    f"Kladenský deník s.r.o., IČO {I14}, se sídlem Náměstí Starosty Pavla 44, "
                    "Kladno, zastoupená jednatelem Ing. Karlem Pokorným,",
                    "zmocňuje pana Miroslava Hájka, nar. 14. 6. 1979, k jednání s Českým "
                    "statistickým úřadem ve věci přístupu k výsledkům voleb 2026.",
                    "V Kladně dne 27. 11. 2026",
                ],
            )
        ],
    },
]
