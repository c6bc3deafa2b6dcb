"""Fourteenth held-out part ``hb``, cases hb029–hb042 (see fourteenth_hb_common)."""

from __future__ import annotations

from tests.corpus.fourteenth_hb_common import BOTH, FEED, FILM, Case, L, Style, box, ico, mail

ICO_29 = ico("0185734")
ICO_30 = ico("2856301")
ICO_32 = ico("2718460")
ICO_33 = ico("0533128")
ICO_34 = ico("2694017")
ICO_35 = ico("4862193")
ICO_37 = ico("0721846")
ICO_40 = ico("2581374")
ICO_41 = ico("0649925")
ICO_42 = ico("2713058")

CASES: list[Case] = [
    box(
        "hb029-databox-municipality-rtf",
        "data message from a municipal office (OVM box) with an RTF letter for its newsroom",
        Style.DATABOX,
        L(
            FEED,
            "Statutární město Havířov",
            ICO_29,
            "h4vrv2q",
            ["198.51.100.140"],
            ["198.51.100.141"],
            "Blanka Sýkorová",
            "sykorova@havirov-mesto.example",
            "+420596803210",
        ),
        ("h4vrv2q", "Statutární město Havířov", "Svornosti 86/2, Havířov", 10),
        "Žádost o přístup k výsledkům voleb – Radniční listy",
        [
            (
                "rtf",
                "zadost_havirov.rtf",
                [
                    "Statutární město Havířov, IČO " + ICO_29 + "\nodbor kanceláře primátora – "
                    "redakce Radničních listů",
                    "Žádáme o zpřístupnění XML s výsledky voleb pro náš web. Ostrý server "
                    "198.51.100.140, testovací 198.51.100.141.",
                    "Vyřizuje Blanka Sýkorová, tel. 596 803 210, sykorova@havirov-mesto.example",
                ],
            )
        ],
    ),
    mail(
        "hb030-bare-cover-pdf-form",
        "cover mail with only a greeting; everything is in the PDF form with ANO/NE rows",
        Style.COVER_NOTE,
        L(
            FEED,
            "Zpravodajství Praha-východ s.r.o.",
            ICO_30,
            None,
            ["203.0.113.181", "203.0.113.182"],
            [],
            "Miroslav Kaláb",
            "kalab@zpv.example",
            "+420728300411",
        ),
        "zpv redakce <redakce@zpv.example>",
        "(bez předmětu)",
        "Dobrý den.\n",
        [
            (
                "pdf",
                "sken_formulare.pdf",
                [
                    "ŽÁDOST – DATOVÁ SLUŽBA VÝSLEDKŮ VOLEB",
                    {
                        "rows": [
                            ["Žadatel", "Zpravodajství Praha-východ s.r.o."],
                            ["IČO", ICO_30],
                            ["Přístup k XML", "ANO"],
                            ["Natáčení", "NE"],
                            ["IP (ostrý provoz)", "203.0.113.181; 203.0.113.182"],
                            ["IP (test)", "nemáme"],
                            ["Kontaktní osoba", "Miroslav Kaláb"],
                            ["Telefon / e-mail", "728 300 411 / kalab@zpv.example"],
                        ],
                        "widths": [150, 280],
                    },
                ],
            )
        ],
    ),
    mail(
        "hb031-german-broadcaster-docx-ipv6-test",
        "German public broadcaster writes in English, DOCX letter asks for feed and filming, "
        "IPv6 test addresses",
        Style.FOREIGN,
        L(
            BOTH,
            "Mitteldeutscher Rundfunk",
            None,
            None,
            ["198.18.20.5", "198.18.20.6"],
            ["2001:db8:4d52::a", "2001:db8:4d52::b"],
            "Jonas Weber",
            "jonas.weber@mdr.example",
            "+493413000000",
        ),
        "Jonas Weber <jonas.weber@mdr.example>",
        "Czech elections: data feed + filming request",
        "Dear colleagues,\n\nplease see the attached letter.\n\nJonas Weber\n",
        [
            (
                "docx",
                "MDR_request.docx",
                {
                    "header": "Mitteldeutscher Rundfunk · Kantstraße 71–73 · Leipzig",
                    "blocks": [
                        "Request for access to the election results feed and for a filming permit",
                        "Our editorial team would like to receive the XML results on the servers "
                        "198.18.20.5 and 198.18.20.6; our test systems are 2001:db8:4d52::a and "
                        "2001:db8:4d52::b. We would also like to film at the Prague collection point.",
                        "Contact: Jonas Weber, Head of Data, +49 341 3000000, jonas.weber@mdr.example",
                    ],
                },
            )
        ],
    ),
    mail(
        "hb032-mail-adds-test-address",
        "the mail adds a test address the ODT attachment forgot",
        Style.AMENDMENT,
        L(
            FEED,
            "Kladenský expres, s.r.o.",
            ICO_32,
            None,
            ["192.0.2.101"],
            ["192.0.2.109"],
            "Lenka Rybová",
            "rybova@kladno-expres.example",
            "+420312245678",
        ),
        "Lenka Rybová <rybova@kladno-expres.example>",
        "žádost + doplnění",
        "Dobrý den,\nv přiložené žádosti chybí testovací adresa – doplňuji: 192.0.2.109.\n"
        "Děkuji, Lenka Rybová\n",
        [
            (
                "odt",
                "zadost.odt",
                [
                    "Kladenský expres, s.r.o., IČO " + ICO_32,
                    "Žádáme o přístup k XML výsledkům voleb pro produkční adresu 192.0.2.101.",
                    "Kontakt: Lenka Rybová, 312 245 678",
                ],
            )
        ],
    ),
    mail(
        "hb033-xlsx-row-marked-retired",
        "XLSX of hosts where one row's note says it is being shut down and not to be used",
        Style.SPREADSHEET,
        L(
            FEED,
            "Jablonecký měsíčník s.r.o.",
            ICO_33,
            None,
            ["203.0.113.121", "203.0.113.123"],
            ["203.0.113.130"],
            "Petr Šimůnek",
            "simunek@jbcmesicnik.example",
            "+420483711502",
        ),
        "Petr Šimůnek <simunek@jbcmesicnik.example>",
        "Servery pro volby",
        "Dobrý den, tabulka serverů v příloze. Šimůnek, 483 711 502\n",
        [
            (
                "xlsx",
                "servery_volby.xlsx",
                [
                    {
                        "title": "servery",
                        "rows": [
                            ["Jablonecký měsíčník s.r.o.", "IČO", ICO_33, None],
                            ["host", "IP", "role", "poznámka"],
                            ["www-a", "203.0.113.121", "produkce", None],
                            ["www-b", "203.0.113.122", "produkce", "ruší se, nepoužívat"],
                            ["www-c", "203.0.113.123", "produkce", "nový"],
                            ["dev", "203.0.113.130", "test", None],
                        ],
                    }
                ],
            )
        ],
    ),
    mail(
        "hb034-pdf-form-filming-only",
        "PDF form: XML access NE, filming ANO with the crew listed",
        Style.FORM,
        L(
            FILM,
            "Obzor TV, a.s.",
            ICO_34,
            None,
            [],
            [],
            "Barbora Horáčková",
            "horackova@obzortv.example",
            "+420702413889",
        ),
        "Barbora Horáčková <horackova@obzortv.example>",
        "Povolení k natáčení – formulář",
        "Dobrý den, posílám vyplněný formulář. Barbora Horáčková, produkce Obzor TV\n",
        [
            (
                "pdf",
                "formular_obzor.pdf",
                [
                    {
                        "rows": [
                            ["Žadatel", "Obzor TV, a.s., IČO " + ICO_34],
                            ["Přístup k XML výsledkům", "NE"],
                            ["Natáčení na pracovišti", "ANO – Praha, 20:00–23:00"],
                            ["Štáb", "Tomáš Ryba (kamera), Igor Mareš (zvuk)"],
                            ["Kontakt", "Barbora Horáčková, +420 702 413 889"],
                        ],
                        "widths": [170, 260],
                    },
                ],
            )
        ],
    ),
    box(
        "hb035-databox-publisher-and-magazine",
        "data message from a publisher; PDF names the magazine and the publisher; "
        "phone written with hyphens",
        Style.DATABOX,
        L(
            FEED,
            "Periodika Morava s.r.o.",
            ICO_35,
            "k2pmv8r",
            ["192.0.2.70"],
            [],
            "Aleš Vrba",
            "vrba@periodika-morava.example",
            "+420222333444",
        ),
        ("k2pmv8r", "Periodika Morava s.r.o.", "Vídeňská 89, Brno", 20),
        "Týdeník Region – přístup k výsledkům",
        [
            (
                "pdf",
                "zadost_region.pdf",
                [
                    "Týdeník Region · vydavatel Periodika Morava s.r.o., IČO " + ICO_35,
                    "Pro online zpravodajství týdeníku Region prosíme o přístup k výsledkům voleb v "
                    "XML ze serveru 192.0.2.70.",
                    "Aleš Vrba, webmaster · +420 222-333-444 · vrba@periodika-morava.example",
                ],
            )
        ],
    ),
    mail(
        "hb036-txt-ipv6-slash126",
        "terse technician, TXT with an IPv6 /126 production block",
        Style.PLAIN_TEXT,
        L(
            FEED,
            "Bohdan Kratina",
            None,
            None,
            ["2001:db8:1::", "2001:db8:1::1", "2001:db8:1::2", "2001:db8:1::3"],
            [],
            "Bohdan Kratina",
            "b@kratina.example",
            "+420773410209",
        ),
        "b@kratina.example",
        "xml vysledky",
        "zadost v prilohe\nBK\n",
        [
            (
                "txt",
                "zadost.txt",
                "Zadatel: Bohdan Kratina (osoba fyzicka, volebni web)\n"
                "Produkce: 2001:db8:1::/126\nTest: zadny\nTel: +420773410209\n",
            )
        ],
    ),
    mail(
        "hb037-mail-swaps-roles",
        "mail says production and test were swapped in the DOCX table",
        Style.CONTRADICTION,
        L(
            FEED,
            "Slezský kurýr a.s.",
            ICO_37,
            None,
            ["198.51.100.221"],
            ["198.51.100.229"],
            "Vít Holub",
            "holub@slezskykuryr.example",
            "+420553621908",
        ),
        "Vít Holub <holub@slezskykuryr.example>",
        "Oprava žádosti",
        "Dobrý den,\n\nv tabulce v příloze jsou omylem prohozené role: 198.51.100.221 je "
        "produkční a 198.51.100.229 testovací, ne naopak.\n\nVít Holub\n553 621 908\n",
        [
            (
                "docx",
                "zadost_SK.docx",
                {
                    "blocks": [
                        "Slezský kurýr a.s., IČO " + ICO_37,
                        "Žádost o přístup k XML výsledkům voleb.",
                        {
                            "rows": [
                                ["testovací", "198.51.100.221"],
                                ["produkční", "198.51.100.229"],
                            ]
                        },
                        "Kontakt: Vít Holub",
                    ]
                },
            )
        ],
    ),
    mail(
        "hb038-slovak-radio-odt-both",
        "Slovak radio in Slovak, ODT, feed and filming; no Czech IČO",
        Style.FOREIGN,
        L(
            BOTH,
            "Rádio Záhorie s.r.o.",
            None,
            None,
            ["203.0.113.201"],
            [],
            "Zuzana Kováčová",
            "kovacova@zahorie.example",
            "+421948112233",
        ),
        "Zuzana Kováčová <kovacova@zahorie.example>",
        "Žiadosť o prístup a nakrúcanie",
        "Dobrý deň, žiadosť je v prílohe. S pozdravom Z. Kováčová\n",
        [
            (
                "odt",
                "ziadost.odt",
                [
                    "Rádio Záhorie s.r.o., Senica (Slovensko)",
                    "Žiadame o prístup k XML výsledkom volieb (produkčný server 203.0.113.201, "
                    "testovací nemáme) a o povolenie nahrávať reportáž na pracovisku v Brne.",
                    [
                        ["Kontaktná osoba", "Zuzana Kováčová"],
                        ["Telefón", "0948 112 233 (SK)"],
                        ["E-mail", "kovacova@zahorie.example"],
                    ],
                ],
            )
        ],
    ),
    mail(
        "hb039-polish-agency-english-rtf",
        "Polish agency writes in English, RTF with addresses in a table, Polish mobile",
        Style.FOREIGN,
        L(
            FEED,
            "Agencja Informacyjna Wisła sp. z o.o.",
            None,
            None,
            ["198.18.77.1", "198.18.77.2"],
            ["198.18.77.200"],
            "Piotr Zieliński",
            "p.zielinski@wisla-ai.example",
            "+48601234567",
        ),
        "Piotr Zielinski <p.zielinski@wisla-ai.example>",
        "Application - election results XML",
        "Good morning, our application is attached. Regards, Piotr Zielinski\n",
        [
            (
                "rtf",
                "application.rtf",
                [
                    "Agencja Informacyjna Wisła sp. z o.o., Kraków, Poland",
                    "We apply for access to the XML feed of the Czech election results.",
                    [
                        ["Production", "198.18.77.1"],
                        ["Production", "198.18.77.2"],
                        ["Test", "198.18.77.200"],
                    ],
                    "Contact person: Piotr Zieliński, mobile +48 601 234 567, "
                    "p.zielinski@wisla-ai.example",
                ],
            )
        ],
    ),
    mail(
        "hb040-docx-letter-several-people",
        "DOCX letter names the director, the editor and the contact; a colleague in copy",
        Style.LETTERHEAD,
        L(
            FEED,
            "Pražský metropolitní deník a.s.",
            ICO_40,
            None,
            ["192.0.2.30", "192.0.2.31"],
            ["192.0.2.39"],
            "Kristýna Veselá",
            "vesela@pmdenik.example",
            "+420731888120",
        ),
        "Kristýna Veselá <vesela@pmdenik.example>",
        "Žádost – Pražský metropolitní deník",
        "Dobrý den, v příloze naše žádost.\nKristýna Veselá\n",
        [
            (
                "docx",
                "zadost_PMD.docx",
                {
                    "header": "Pražský metropolitní deník a.s. · IČO " + ICO_40 + " · Praha 7",
                    "blocks": [
                        "Vážení,",
                        "na základě dohody ředitele Ing. Karla Bureše a šéfredaktora Davida Lapáčka "
                        "žádáme o přístup k XML výsledkům voleb. Produkční servery: 192.0.2.30, "
                        "192.0.2.31; testovací server: 192.0.2.39.",
                        "Kontaktní osobou pro tuto žádost je Kristýna Veselá, "
                        "vesela@pmdenik.example, mobil 731 888 120. V kopii kolega Ondřej Fiala "
                        "(fiala@pmdenik.example).",
                        "David Lapáček, šéfredaktor",
                    ],
                },
            )
        ],
        cc="fiala@pmdenik.example",
    ),
    box(
        "hb041-databox-docx-short-range",
        "data message with a TXT cover and a DOCX giving the shorthand range .60-62",
        Style.DATABOX,
        L(
            FEED,
            "Rozhlas Vysočina, s.r.o.",
            ICO_41,
            "r7vys3d",
            ["198.51.100.60", "198.51.100.61", "198.51.100.62"],
            [],
            "Martina Pokorná",
            "pokorna@rvysocina.example",
            "+420564400123",
        ),
        ("r7vys3d", "Rozhlas Vysočina, s.r.o.", "Havlíčkovo nábř. 2, Jihlava", 20),
        "Přístup k XML výsledkům",
        [
            ("txt", "pruvodni_dopis.txt", "Dobrý den, žádost je v příloze. Pokorná\n"),
            (
                "docx",
                "zadost.docx",
                {
                    "blocks": [
                        "Rozhlas Vysočina, s.r.o., IČO " + ICO_41,
                        "Žádáme o přístup k XML s výsledky voleb z produkčních adres "
                        "198.51.100.60-62 (tři servery). Testovací prostředí nepoužíváme.",
                        "Kontakt: Martina Pokorná, 564 400 123, pokorna@rvysocina.example",
                    ]
                },
            ),
        ],
    ),
    mail(
        "hb042-prague-english-weekly-pdf",
        "Prague-based English-language weekly, PDF form in English with a Czech IČO",
        Style.PDF_COLUMNS,
        L(
            FEED,
            "Prague Courier Media s.r.o.",
            ICO_42,
            None,
            ["203.0.113.240", "203.0.113.241"],
            ["203.0.113.250"],
            "Daniel O'Brien",
            "dobrien@praguecourier.example",
            "+420608123987",
        ),
        "Daniel O'Brien <dobrien@praguecourier.example>",
        "Application form (feed)",
        "Hi, attaching the completed form. Daniel\n",
        [
            (
                "pdf",
                "form_PCM.pdf",
                [
                    {
                        "rows": [
                            [
                                "Applicant",
                                "Prague Courier Media s.r.o.",
                                "Company ID (IČO)",
                                ICO_42,
                            ],
                            [
                                "Production IPs",
                                "203.0.113.240\n203.0.113.241",
                                "Test IPs",
                                "203.0.113.250",
                            ],
                            ["XML feed", "YES", "Filming", "NO"],
                            ["Contact", "Daniel O'Brien", "Phone", "+420 608 123 987"],
                        ],
                        "widths": [90, 140, 90, 120],
                    },
                    "E-mail: dobrien@praguecourier.example",
                ],
            )
        ],
    ),
]
