"""Forty-second held-out part ``aw``, cases aw001–aw014: cover mails with PDF, DOCX, XLSX, RTF,
TXT and forwarded .eml attachments, an empty-bodied mail, checkbox and ANO/NE forms, data
messages with the application in the annotation, in the file or both, and cover notes that
change the attachment. Written by hand apart from the extraction rules (see
make_fortysecond_aw); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortysecond_aw_common import (
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
    box,
    ico,
)

I1, I2, I3, I4, I5 = ico("2871034"), ico("0516293"), ico("2463871"), ico("0049218"), ico("2219057")
I6, I7, I8, I9 = ico("0638412"), ico("2740596"), ico("0023957"), ico("2915360")
I11, I12, I13, I14 = ico("2687143"), ico("0021625"), ico("2538910"), ico("0735286")

CASES: list[dict[str, Any]] = [
    {
        "id": "aw001-pdf-form-checkbox-cover",
        "description": "two-line cover mail; the PDF form ticks the feed (☒) and leaves filming "
        "unticked (☐), roles as row headers",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Zpravodaj Polabí s.r.o.",
            I1,
            None,
            ["198.51.100.21", "198.51.100.22"],
            ["198.51.100.29"],
            "Radka Vondrášková",
            "vondraskova@zpravodajpolabi.example",
            "+420731402518",
        ),
        "from": "Radka Vondrášková <vondraskova@zpravodajpolabi.example>",
        "subject": "Žádost - volby 2025 - Zpravodaj Polabí",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze zasílám vyplněný formulář žádosti. Kdyby něco chybělo, "
            "ozvěte se.\n\nRadka Vondrášková\nZpravodaj Polabí\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular_zadost_ZP.pdf",
                [
                    "ŽÁDOST MÉDIA – volby do Poslanecké sněmovny 2025",
                    "Předmět žádosti (zaškrtněte):\n"
                    "☒ přístup k výsledkům voleb ve formátu XML\n"
                    "☐ povolení pořizovat zvukové a obrazové záznamy na pracovištích ČSÚ",
                    {
                        "rows": [
                            ["Žadatel (název, právní forma)", "Zpravodaj Polabí s.r.o."],
                            ["IČO", I1],
                            ["Sídlo", "Palackého 418, 290 01 Poděbrady"],
                            ["Produkční IP adresy", "198.51.100.21\n198.51.100.22"],
                            ["Testovací IP adresy", "198.51.100.29"],
                            ["Kontaktní osoba", "Radka Vondrášková"],
                            ["Telefon", "731 402 518"],
                            ["E-mail", "vondraskova@zpravodajpolabi.example"],
                        ],
                        "widths": [170, 250],
                    },
                    "Datum: 22. 9. 2025          Podpis: R. Vondrášková",
                ],
            )
        ],
    },
    {
        "id": "aw002-empty-body-docx-letterhead",
        "description": "empty body, subject only; DOCX letterhead in the page header with IČO "
        "and data-box ID, row-header table",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Krkonošský týdeník, a.s.",
            I2,
            "w8fk3ra",
            ["203.0.113.140"],
            ["203.0.113.141"],
            "Ondřej Matějka",
            "matejka@krtydenik.example",
            "+420499871204",
        ),
        "from": "Ondřej Matějka <matejka@krtydenik.example>",
        "subject": "Žádost o přístup k XML – Krkonošský týdeník",
        "headers": TBIRD,
        "body": "",
        "attachments": [
            (
                "docx",
                "KT_zadost_CSU.docx",
                {
                    "header": f"Krkonošský týdeník, a.s. | Horská 77, 543 01 Vrchlabí | "
                    f"IČO: {I2} | ID DS: w8fk3ra",
                    "footer": "www.krtydenik.example | redakce@krtydenik.example",
                    "blocks": [
                        "Český statistický úřad",
                        "Věc: žádost o zřízení přístupu k serveru s výsledky voleb",
                        "Vážení, žádáme o přístup k volebním výsledkům ve formátu XML pro naše "
                        "online zpravodajství. Technické údaje:",
                        {
                            "rows": [
                                ["Produkční IP", "203.0.113.140"],
                                ["Testovací IP", "203.0.113.141"],
                                ["Kontakt", "Ondřej Matějka, technický redaktor"],
                                ["Tel.", "+420 499 871 204"],
                                ["E-mail", "matejka@krtydenik.example"],
                            ]
                        },
                        "Ve Vrchlabí 19. 9. 2025",
                        "Mgr. Jitka Bursíková, předsedkyně představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "aw003-databox-annotation-only",
        "description": "data message: the whole application is in the annotation, the file is "
        "only an extract from the commercial register",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Beskydy s.r.o.",
            I3,
            "t3bq9mx",
            ["192.0.2.58"],
            ["192.0.2.59"],
            "Lukáš Polášek",
            None,
            "+420604118327",
        ),
        "subject": (
            "Žádáme o přístup k XML výsledkům voleb. Prod. IP 192.0.2.58, test. IP 192.0.2.59. "
            "Kontakt: Lukáš Polášek, tel. 604 118 327. Výpis z OR přikládáme."
        ),
        "databox": box("t3bq9mx", "Rádio Beskydy s.r.o.", "Zahradní 1210, 738 01 Frýdek-Místek"),
        "attachments": [
            (
                "txt",
                "vypis_OR.txt",
                "VÝPIS Z OBCHODNÍHO REJSTŘÍKU\nvedeného Krajským soudem v Ostravě, oddíl C, "
                "vložka 40218\n\nDatum vzniku a zápisu: 3. dubna 2009\n"
                "Obchodní firma: Rádio Beskydy s.r.o.\n"
                "Sídlo: Zahradní 1210, 738 01 Frýdek-Místek\n"
                f"Identifikační číslo: {I3[:3]} {I3[3:5]} {I3[5:]}\n"
                "Právní forma: Společnost s ručením omezeným\n"
                "Předmět podnikání: provozování rozhlasového vysílání\n"
                "Jednatel: Ing. Petr Holub, dat. nar. 4. 7. 1971\n"
                "Základní kapitál: 200 000 Kč\n",
            )
        ],
    },
    {
        "id": "aw004-databox-pdf-filming-only",
        "description": "data message with a bare annotation; the PDF letter asks only to film, "
        "names the office's own data box in the address block",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Televize Haná, spol. s r.o.",
            I4,
            "h6zn2we",
            [],
            [],
            "Barbora Coufalová",
            "coufalova@tvhana.example",
            "+420777542190",
        ),
        "subject": "Žádost",
        "databox": box("h6zn2we", "Televize Haná, spol. s r.o.", "Horní náměstí 9, 779 00 Olomouc"),
        "attachments": [
            (
                "pdf",
                "TVH_zadost_natáčení.pdf",
                [
                    f"TELEVIZE HANÁ, spol. s r.o.\nHorní náměstí 9, 779 00 Olomouc\n"
                    f"IČ {I4}, datová schránka h6zn2we",
                    "Český statistický úřad\nID datové schránky: 2gfaasy\nNa padesátém 81\n"
                    "100 82 Praha 10",
                    "V Olomouci dne 24. 9. 2025\nNaše zn.: TVH-2025/311",
                    "Věc: Žádost o povolení natáčení",
                    "Žádáme o povolení pořídit obrazový a zvukový záznam na krajském pracovišti "
                    "ČSÚ v Olomouci v průběhu zpracování výsledků voleb (sobota 4. 10. 2025, "
                    "cca 14:00–17:00). Štáb: redaktorka, kameraman a zvukař. "
                    "O přístup k datům ve formátu XML nežádáme, výsledky přebíráme od ČTK.",
                    "Kontaktní osoba: Barbora Coufalová, redaktorka zpravodajství, "
                    "mobil 777 542 190, coufalova@tvhana.example",
                    "S pozdravem\n\nMgr. Aleš Zbořil\njednatel",
                ],
            )
        ],
    },
    {
        "id": "aw005-xlsx-ano-ne-colleague-contact",
        "description": "Gmail cover mail names a colleague as contact; XLSX: ANO/NE request "
        "sheet (filming NE) and an address sheet with a role column",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Mediapoint Vysočina s.r.o.",
            I5,
            None,
            ["198.51.100.87", "198.51.100.88"],
            ["198.51.100.90"],
            "Vojtěch Kratochvíl",
            "kratochvil@mediapoint-vy.example",
            "+420736914205",
        ),
        "from": "Eliška Dvořáková <eliska.dvorakova.mpv@gmail.example>",
        "subject": "Fwd formulář – přístup výsledky voleb",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nposílám vyplněnou tabulku za Mediapoint Vysočina. Já jsem jen "
            "asistentka vedení, kontaktní osobou pro Vás bude náš správce serverů "
            "Vojtěch Kratochvíl (kratochvil@mediapoint-vy.example, 736 914 205).\n\n"
            "Děkuji\nEliška Dvořáková\n"
        ),
        "attachments": [
            (
                "xlsx",
                "zadost_media_MPV.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Položka", "Hodnota"],
                            ["Žadatel", "Mediapoint Vysočina s.r.o."],
                            ["IČO", I5],
                            ["Přístup k XML výsledkům", "ANO"],
                            ["Povolení natáčení na pracovišti", "NE"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Účel", "IP", "Pozn."],
                            ["produkce", "198.51.100.87", "web"],
                            ["produkce", "198.51.100.88", "mobilní aplikace"],
                            ["test", "198.51.100.90", "staging"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "aw006-cover-corrects-docx-test-ip",
        "description": "the DOCX gives one test address, the cover mail says it is a typo and "
        "gives the right one",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Jihočeské listy s.r.o.",
            I6,
            None,
            ["203.0.113.66"],
            ["203.0.113.76"],
            "Markéta Šimková",
            "simkova@jclisty.example",
            "+420602337184",
        ),
        "from": "Markéta Šimková <simkova@jclisty.example>",
        "subject": "Žádost o přístup + oprava",
        "headers": SEZNAM,
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\nposílám žádost v příloze. Jen pozor, v dokumentu mám překlep "
            "u testovací adresy – místo 203.0.113.67 má být správně 203.0.113.76. "
            "Ostatní sedí.\n\nDíky a hezký den\nM. Šimková\n602 337 184\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_JL.docx",
                {
                    "blocks": [
                        "Žádost o zpřístupnění výsledků voleb ve formátu XML",
                        f"Žadatel: Jihočeské listy s.r.o., IČO {I6}, Lannova 33, "
                        "370 01 České Budějovice",
                        {
                            "rows": [
                                ["Typ", "IP adresa"],
                                ["Produkční", "203.0.113.66"],
                                ["Testovací", "203.0.113.67"],
                            ]
                        },
                        "Kontaktní osoba: Markéta Šimková, simkova@jclisty.example, "
                        "+420 602 337 184",
                    ]
                },
            )
        ],
    },
    {
        "id": "aw007-attached-eml-from-contractor",
        "description": "editor forwards the IT contractor's mail as an attached .eml; the "
        "applicant is the medium, the contact the contractor's engineer from the attachment",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Pražský kurýr a.s.",
            I7,
            None,
            ["192.0.2.170", "192.0.2.171"],
            ["192.0.2.180"],
            "Filip Horák",
            "horak@netwise.example",
            "+420608552031",
        ),
        "from": "Jana Kubíčková <kubickova@prazskykuryr.example>",
        "subject": "FW: IP adresy pro volební server",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\nžádáme o přístup k výsledkům voleb ve formátu XML. Žadatelem je "
            f"Pražský kurýr a.s., IČO {I7}. Technické údaje Vám posílám v přiložené zprávě "
            "od našeho dodavatele; kontaktní osobou pro technické věci bude pan Horák "
            "z přeposlané zprávy.\n\nJana Kubíčková\nšéfredaktorka online\nPražský kurýr\n"
        ),
        "attachments": [
            (
                "eml",
                "IP adresy pro volební server.eml",
                {
                    "id": "aw007-inner",
                    "from": "Filip Horák <horak@netwise.example>",
                    "to": "kubickova@prazskykuryr.example",
                    "subject": "IP adresy pro volební server",
                    "body": (
                        "Ahoj Jano,\n\nposílám adresy pro ČSÚ:\n"
                        "produkce: 192.0.2.170 a 192.0.2.171 (dva nody za balancerem)\n"
                        "test: 192.0.2.180\n\nKdyby se ozvali, dej jim na mě číslo "
                        "608 552 031.\n\nFilip Horák\nNetWise s.r.o. | horak@netwise.example\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "aw008-databox-annotation-and-odt-ipv6",
        "description": "town's data message: the annotation asks for both, the ODT gives an "
        "IPv4 and an IPv6 production address and a named contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Město Bílý Potok",
            I8,
            "m2kd7vs",
            ["198.51.100.201", "2001:db8:4a::15"],
            [],
            "Petra Zelinková",
            "zelinkova@bilypotok.example",
            "+420485119402",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb a o povolení natáčení (Bělopotocký "
        "zpravodaj a městská TV) – údaje v příloze",
        "databox": box("m2kd7vs", "Město Bílý Potok", "Náměstí 1, 463 62 Bílý Potok", 10),
        "attachments": [
            (
                "odt",
                "zadost_volby.odt",
                [
                    "MĚSTO BÍLÝ POTOK, Městský úřad, odbor vnitřních věcí",
                    f"IČO {I8}",
                    "Město vydává Bělopotocký zpravodaj a provozuje městskou televizi. Žádáme "
                    "o přístup k výsledkům voleb ve formátu XML a o povolení natáčení na "
                    "pracovišti ČSÚ v Liberci.",
                    [
                        ["Položka", "Údaj"],
                        ["Produkční server (IPv4)", "198.51.100.201"],
                        ["Produkční server (IPv6)", "2001:0db8:004a:0000:0000:0000:0000:0015"],
                        ["Testovací server", "nemáme, testujeme na produkčním"],
                    ],
                    "Kontaktní osoba: Petra Zelinková, referentka pro styk s veřejností, "
                    "tel. 485 119 402, zelinkova@bilypotok.example",
                    "Ing. Zdeněk Hrubý, starosta",
                ],
            )
        ],
    },
    {
        "id": "aw009-rtf-brackets-filming-only",
        "description": "windows-1250 cover mail; RTF form with [x] filming and [ ] XML feed",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Studio Ostrava Media, s.r.o.",
            I9,
            None,
            [],
            [],
            "Daniel Kuchař",
            "kuchar@studioostrava.example",
            "+420725300981",
        ),
        "from": "Daniel Kuchař <kuchar@studioostrava.example>",
        "subject": "Žádost o natáčení – Studio Ostrava",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\nv příloze posíláme formulář (RTF, Word nám zlobí).\n"
            "Děkujeme za vyřízení.\n\nDaniel Kuchař\nprodukce\nStudio Ostrava Media, s.r.o.\n"
            "M: +420 725 300 981\n"
        ),
        "attachments": [
            (
                "rtf",
                "formular.rtf",
                [
                    "FORMULÁŘ ŽÁDOSTI – MÉDIA",
                    f"Název žadatele: Studio Ostrava Media, s.r.o.\nIČO: {I9}",
                    "Žádám o:\n[ ] přístup k výsledkům voleb (XML)\n"
                    "[x] povolení k pořizování záznamu na pracovišti ČSÚ Ostrava",
                    [
                        ["Kontaktní osoba", "Daniel Kuchař"],
                        ["Telefon", "725 300 981"],
                        ["E-mail", "kuchar@studioostrava.example"],
                        ["IP adresy", "—"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "aw010-english-txt-freelancer",
        "description": "English freelancer without an IČO, application in a TXT file, tests "
        "from the production box",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Oliver Bramley",
            None,
            None,
            ["203.0.113.205"],
            [],
            "Oliver Bramley",
            "oliver@bramley-data.example",
            "+447700900418",
        ),
        "from": "Oliver Bramley <oliver@bramley-data.example>",
        "subject": "Election results feed - application attached",
        "headers": APPLE,
        "body": "Hello,\n\nplease find my application attached as a text file.\n\nBest,\nOliver\n",
        "attachments": [
            (
                "txt",
                "application_CZSO.txt",
                "Application for access to the election results XML feed\n"
                "=======================================================\n\n"
                "Applicant: Oliver Bramley (freelance data journalist, no company)\n"
                "Publishing in: The Northern Ledger (UK), Baltic Wire\n"
                "Production IP: 203.0.113.205\n"
                "Test IP: none - I will test from the same machine\n"
                "Client software: ledger-fetch 2.14.1\n"
                "Contact: oliver@bramley-data.example, +44 7700 900418\n",
            )
        ],
    },
    {
        "id": "aw011-owa-html-ano-ne-table",
        "description": "HTML-only iso-8859-2 mail, an ANO/NE column for the two requests and a "
        "role column for addresses",
        "style": Style.TABLE,
        "labels": L(
            [FEED, FILM],
            "Regionální vysílání Zlín, a.s.",
            I11,
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.159"],
            "Hana Vaculíková",
            "vaculikova@rvzlin.example",
            "+420577104882",
        ),
        "from": "Hana Vaculíková <vaculikova@rvzlin.example>",
        "subject": "Žádost RV Zlín – volby 2025",
        "headers": OWA,
        "charset": "iso-8859-2",
        "html": (
            "<html><body><div style='font-family:Segoe UI'>"
            "<p>Dobrý den,</p><p>za Regionální vysílání Zlín, a.s. (IČO "
            f"{I11}) podáváme žádost:</p>"
            "<table border='1'><tr><th>Žádost</th><th>ANO/NE</th></tr>"
            "<tr><td>Přístup k XML</td><td>ANO</td></tr>"
            "<tr><td>Natáčení na pracovišti ČSÚ Zlín</td><td>ANO</td></tr></table><br>"
            "<table border='1'><tr><th>Role</th><th>Adresa</th></tr>"
            "<tr><td>PROD</td><td>198.51.100.150</td></tr>"
            "<tr><td>PROD</td><td>198.51.100.151</td></tr>"
            "<tr><td>TEST</td><td>198.51.100.159</td></tr></table>"
            "<p>Kontakt: Hana Vaculíková, 577&nbsp;104&nbsp;882</p>"
            "<p>S pozdravem<br>Hana Vaculíková<br>vedoucí vysílání</p></div></body></html>"
        ),
    },
    {
        "id": "aw012-databox-university-pdf-block",
        "description": "faculty's data message, bare annotation; the PDF gives a /30 production "
        "block with a netmask and one test address",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Univerzita Západní Morava",
            I12,
            "u9pr4ck",
            ["198.51.100.128", "198.51.100.129", "198.51.100.130", "198.51.100.131"],
            ["198.51.100.140"],
            "Tereza Holubová",
            "holubova@fss.uzm.example",
            "+420549871336",
        ),
        "subject": "Žádost o přístup – viz příloha",
        "databox": box("u9pr4ck", "Univerzita Západní Morava", "Komenského 2, 602 00 Brno", 10),
        "attachments": [
            (
                "pdf",
                "zadost_FSS_volby.pdf",
                [
                    "Univerzita Západní Morava, Fakulta sociálních studií\n"
                    f"Komenského 2, 602 00 Brno, IČO {I12}",
                    "Studentská redakce fakulty (web a rádio) žádá o přístup k výsledkům "
                    "voleb ve formátu XML.",
                    {
                        "rows": [
                            ["Role", "Adresa / síť"],
                            ["Produkce", "198.51.100.128 maska 255.255.255.252"],
                            ["Test", "198.51.100.140"],
                        ],
                        "widths": [120, 150],
                    },
                    "Kontakt: Mgr. Tereza Holubová, Ph.D., tel. 549 871 336, "
                    "holubova@fss.uzm.example",
                    "prof. PhDr. Karel Šindelář, CSc., děkan",
                ],
            )
        ],
    },
    {
        "id": "aw013-reply-to-office-with-docx",
        "description": "reply to the office's request for completion (quoting its IČO, box and "
        "phone); the corrected DOCX is attached",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Brněnský deník online s.r.o.",
            I13,
            None,
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Jakub Slabý",
            "slaby@bdonline.example",
            "+420739218006",
        ),
        "from": "Jakub Slabý <slaby@bdonline.example>",
        "subject": "Re: Doplnění žádosti č. j. CSU-008812/2025",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\nv příloze posílám doplněnou žádost, chyběla testovací adresa "
            "a IČO.\n\nJakub Slabý\n\n"
            "Dne 23.09.2025 10:12, podatelna@czso.cz napsal(a):\n"
            "> Vážený pane,\n> Vaše žádost neobsahuje IČO a testovací IP adresu. Doplňte je "
            "prosím\n> do 5 dnů.\n>\n> Český statistický úřad, IČO 00025593, ID DS 2gfaasy\n"
            "> tel. 274 052 733\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_doplnena.docx",
                {
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb (doplněná verze 2)",
                        {
                            "rows": [
                                ["Žadatel", "Brněnský deník online s.r.o."],
                                ["IČO", f"{I13[:2]} {I13[2:5]} {I13[5:]}"],
                                ["IP produkce", "192.0.2.90"],
                                ["IP test", "192.0.2.91"],
                                ["Kontakt", "Jakub Slabý, 739 218 006, slaby@bdonline.example"],
                            ]
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "aw014-databox-annotation-changes-contact",
        "description": "data message: the DOCX names one contact, the annotation says she is "
        "replaced by a colleague",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Vltava Press, a.s.",
            I14,
            "v5cy8gh",
            ["203.0.113.12"],
            ["203.0.113.13"],
            "Roman Pešek",
            "pesek@vltavapress.example",
            "+420724660193",
        ),
        "subject": "Žádost o přístup k XML. Oproti příloze se mění kontaktní osoba: místo "
        "p. Tiché bude kontaktem Roman Pešek, pesek@vltavapress.example, tel. 724 660 193.",
        "databox": box("v5cy8gh", "Vltava Press, a.s.", "Na Poříčí 1046/24, 110 00 Praha 1"),
        "attachments": [
            (
                "docx",
                "zadost_VP.docx",
                {
                    "header": f"Vltava Press, a.s. — IČO {I14} — DS v5cy8gh",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["", "IP adresa"],
                                ["produkční", "203.0.113.12"],
                                ["testovací", "203.0.113.13"],
                            ]
                        },
                        "Kontaktní osoba: Simona Tichá, ticha@vltavapress.example, "
                        "tel. 724 660 150",
                    ],
                },
            )
        ],
    },
]
