"""Forty-ninth held-out part ``bv``, cases bv029–bv042: a data message with IPv6 production
addresses in the annotation and the contact in an RTF, a forwarded .eml that itself carries a
workbook, two PDF versions of which the cover names the valid one, a DOCX with a nested role
table, an English-template form filled by a Czech firm, a data message whose cover PDF comes
first and the ODT filming application second, an empty mail with a YES/NO PDF form, an HTML
letter with IČO and box ID in its signature, an annotation that corrects the file, a workbook
whose only test row is "vyřazeno", a flowed cover with a DOCX whose footer keeps old details,
a student's RTF filming form without IČO, a data message with three files and a reply that
withdraws the filming request. Written by hand apart from the extraction rules (see
make_fortyninth_bv); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyninth_bv_common import (
    APPLE,
    CENTRUM,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I30, I31, I32 = ico("2751836"), ico("0619354"), ico("2846027"), ico("0571938")
I33, I34, I35, I36 = ico("2780145"), ico("0692513"), ico("2913746"), ico("0438692")
I37, I38, I39, I41, I42 = (
    ico("2635718"),
    ico("0587124"),
    ico("2729053"),
    ico("0654317"),
    ico("2871694"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "bv029-databox-annotation-ipv6-rtf-contact",
        "description": "data message: the annotation carries two IPv6 production addresses and "
        "says there is no test machine; the RTF gives the publisher and the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Moravskoslezský zpravodajský portál s.r.o.",
            I29,
            "m3szp6h",
            ["2001:db8:5a::1", "2001:db8:5a::2"],
            [],
            "Tereza Gřešková",
            "greskova@mszp.example",
            "+420733825016",
        ),
        "databox": box(
            "m3szp6h", "Moravskoslezský zpravodajský portál s.r.o.", "Nádražní 112, 702 00 Ostrava"
        ),
        "subject": "XML výsledky voleb – IP 2001:db8:5a::1 a 2001:db8:5a::2 (obě produkce), "
        "testovací stroj nemáme",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Moravskoslezský zpravodajský portál s.r.o., IČO " + I29,
                    "Žádáme o přístup k XML výsledkům voleb. Adresy uvádíme v anotaci.",
                    "Kontaktní osoba: Tereza Gřešková\ne-mail: greskova@mszp.example\n"
                    "telefon: +420 733 825 016",
                ],
            )
        ],
    },
    {
        "id": "bv030-forward-eml-carrying-workbook",
        "description": "the editor forwards a colleague's mail as an attached .eml, which itself "
        "carries the workbook with the addresses; the cover adds nothing but 'viz níže'",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Týdeník Podbrdsko s.r.o.",
            I30,
            None,
            ["198.51.100.5", "198.51.100.6"],
            ["198.51.100.7"],
            "Aleš Mareš",
            "mares@podbrdsko.example",
            "+420728403619",
        ),
        "from": "Redakce Podbrdsko <redakce@podbrdsko.example>",
        "subject": "Fwd: přístup k výsledkům - tabulka",
        "headers": GMAIL,
        "body": "viz níže, díky\nredakce\n",
        "attachments": [
            (
                "eml",
                "přístup k výsledkům - tabulka.eml",
                {
                    "id": "bv030-inner",
                    "from": "Aleš Mareš <mares@podbrdsko.example>",
                    "to": "redakce@podbrdsko.example",
                    "subject": "přístup k výsledkům - tabulka",
                    "body": "Posílám podklady pro ČSÚ, prosím odešlete to za redakci. Kontakt "
                    "na mě: 728 403 619.\nAleš\n",
                    "attachments": [
                        (
                            "xlsx",
                            "csu.xlsx",
                            [
                                {
                                    "title": "CSU",
                                    "rows": [
                                        ["Žadatel", "Týdeník Podbrdsko s.r.o.", ""],
                                        ["IČO", I30, ""],
                                        ["Požadavek", "XML výsledky", ""],
                                        ["IP", "role", ""],
                                        ["198.51.100.5", "produkce", ""],
                                        ["198.51.100.6", "produkce", ""],
                                        ["198.51.100.7", "test", ""],
                                        ["Kontakt", "Aleš Mareš", "mares@podbrdsko.example"],
                                    ],
                                }
                            ],
                        )
                    ],
                },
            )
        ],
    },
    {
        "id": "bv031-two-pdf-versions-cover-names-valid",
        "description": "two PDFs attached (v1 and v2) with different test addresses and phones; "
        "the cover says v1 was sent by mistake and only v2 holds",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Kladenské noviny, a.s.",
            I31,
            None,
            ["192.0.2.10", "192.0.2.11"],
            ["192.0.2.19"],
            "Michaela Urbanová",
            "urbanova@kladenskenoviny.example",
            "+420604917235",
        ),
        "from": "Michaela Urbanová <urbanova@kladenskenoviny.example>",
        "subject": "Žádost o přístup – 2 verze, platí v2",
        "headers": OWA,
        "body": "Dobrý den,\n\nomylem jsem přiložila i starou verzi žádosti (v1). Platí "
        "pouze soubor zadost_v2.pdf, v1 prosím ignorujte.\n\nMichaela Urbanová\n",
        "attachments": [
            (
                "pdf",
                "zadost_v1.pdf",
                [
                    "Kladenské noviny, a.s., IČO " + I31,
                    "Žádost o přístup k výsledkům voleb (XML) – verze 1",
                    "Produkční IP: 192.0.2.10, 192.0.2.11\nTestovací IP: 192.0.2.18",
                    "Kontakt: Michaela Urbanová, 312 245 600",
                ],
            ),
            (
                "pdf",
                "zadost_v2.pdf",
                [
                    "Kladenské noviny, a.s., IČO " + I31,
                    "Žádost o přístup k výsledkům voleb (XML) – verze 2",
                    "Produkční IP: 192.0.2.10, 192.0.2.11\nTestovací IP: 192.0.2.19",
                    "Kontakt: Michaela Urbanová, mobil 604 917 235, "
                    "urbanova@kladenskenoviny.example",
                ],
            ),
        ],
    },
    {
        "id": "bv032-docx-nested-role-table",
        "description": "DOCX with a role table nested in the 'Adresy' cell and a merged heading; "
        "the signatory is the director, the contact a named technician",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Rozhlas Dyje, s.r.o.",
            I32,
            None,
            ["198.18.3.1", "198.18.3.2"],
            ["198.18.3.50"],
            "Libor Šustr",
            "sustr@rozhlasdyje.example",
            "+420775490163",
        ),
        "from": "Libor Šustr <sustr@rozhlasdyje.example>",
        "subject": "ČSÚ volby – žádost Rozhlas Dyje",
        "headers": ROUNDCUBE,
        "body": "Dobrý den, přikládám žádost podepsanou ředitelem.\nŠustr\n",
        "attachments": [
            (
                "docx",
                "RD_zadost.docx",
                {
                    "header": "Rozhlas Dyje, s.r.o. · Pražská 19, 669 02 Znojmo",
                    "footer": "IČO " + I32,
                    "blocks": [
                        {
                            "rows": [
                                ["Žádost o přístup k výsledkům voleb", ""],
                                ["Žadatel", "Rozhlas Dyje, s.r.o."],
                                ["Adresy", ""],
                                [
                                    "Kontakt",
                                    "Libor Šustr, technik, sustr@rozhlasdyje.example, 775 490 163",
                                ],
                            ],
                            "merge": [(0, 0, 0, 1)],
                            "nested": {
                                (2, 1): {
                                    "rows": [
                                        ["Role", "IP"],
                                        ["produkce", "198.18.3.1"],
                                        ["produkce", "198.18.3.2"],
                                        ["test", "198.18.3.50"],
                                    ]
                                }
                            },
                        },
                        "Natáčet nepotřebujeme.",
                        "Mgr. Ota Vlček, ředitel",
                    ],
                },
            )
        ],
    },
    {
        "id": "bv033-english-template-czech-firm",
        "description": "a Czech firm fills an English-template DOCX form ([x]/[ ], contact "
        "written 'Surname, Given name'), test addresses N/A",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Pixelnews s.r.o.",
            I33,
            None,
            ["203.0.113.101", "203.0.113.102", "203.0.113.103"],
            [],
            "Pavel Novotný",
            "novotny@pixelnews.example",
            "+420720184957",
        ),
        "from": "Pavel Novotný <novotny@pixelnews.example>",
        "subject": "Form – election results access",
        "headers": IPHONE,
        "body": "Dobrý den, formulář máme jen v angličtině, snad nevadí.\nP. Novotný\n",
        "attachments": [
            (
                "docx",
                "form_pixelnews.docx",
                {
                    "blocks": [
                        "ACCESS REQUEST FORM",
                        {
                            "rows": [
                                ["Applicant", "Pixelnews s.r.o."],
                                ["Company ID (IČO)", I33],
                                ["Requested", "[x] results XML feed\n[ ] filming permit"],
                                [
                                    "Production IP addresses",
                                    "203.0.113.101\n203.0.113.102\n203.0.113.103",
                                ],
                                ["Test IP addresses", "N/A"],
                                ["Contact (Surname, Name)", "Novotný, Pavel"],
                                ["Phone", "720 184 957"],
                                ["E-mail", "novotny@pixelnews.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "bv034-databox-cover-pdf-first-odt-filming-second",
        "description": "data message: the first file is a cover PDF, the second an ODT asking "
        "only to film; the ODT's [ ] feed row has an address crossed out as 'neplatí'",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Studio Krušnohoří, z.ú.",
            I34,
            "s9kru5t",
            [],
            [],
            "Veronika Bílková",
            "bilkova@studiokrusnohori.example",
            "+420736419207",
        ),
        "databox": box("s9kru5t", "Studio Krušnohoří, z.ú.", "Školní 6, 431 51 Klášterec n. O."),
        "subject": "Žádost o povolení natáčení",
        "attachments": [
            (
                "pdf",
                "A_pruvodni_dopis.pdf",
                [
                    "Studio Krušnohoří, z.ú.",
                    "Dobrý den, v příloze zasíláme žádost o povolení natáčení.",
                    "Pavel Štícha, ředitel",
                ],
            ),
            (
                "odt",
                "B_zadost.odt",
                [
                    "Studio Krušnohoří, z.ú., IČO " + I34,
                    "[ ] přístup k XML výsledkům – IP 192.0.2.230 (neplatí, nežádáme)",
                    "[x] natáčení na pracovišti ČSÚ v Ústí nad Labem (3 osoby, 21–23 h)",
                    [
                        ["Kontaktní osoba", "Veronika Bílková"],
                        ["Telefon", "736 419 207"],
                        ["E-mail", "bilkova@studiokrusnohori.example"],
                    ],
                ],
            ),
        ],
    },
    {
        "id": "bv035-empty-mail-pdf-yes-no-form",
        "description": "no body text; the PDF form has ANO/NE answers with English glosses "
        "(YES/NO), both requests, a contact table with two people and a role column",
        "style": Style.EMPTY,
        "labels": L(
            [FEED, FILM],
            "Polar Media Group a.s.",
            I35,
            None,
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.250"],
            "Ivana Sedláčková",
            "sedlackova@polarmedia.example",
            "+420724608153",
        ),
        "from": "Ivana Sedlackova <sedlackova@polarmedia.example>",
        "subject": "",
        "headers": CENTRUM,
        "body": "",
        "attachments": [
            (
                "pdf",
                "PMG_form.pdf",
                [
                    "Polar Media Group a.s. · IČO " + I35,
                    {
                        "rows": [
                            ["Požadavek / request", "ANO / NE"],
                            ["XML výsledky / results feed", "ANO (YES)"],
                            ["Natáčení / filming", "ANO (YES)"],
                        ],
                        "widths": [250, 150],
                    },
                    {
                        "rows": [
                            ["produkční / production", "198.51.100.240, 198.51.100.241"],
                            ["testovací / test", "198.51.100.250"],
                        ],
                        "widths": [150, 250],
                    },
                    {
                        "rows": [
                            ["Jméno", "Role", "Telefon", "E-mail"],
                            [
                                "Ivana Sedláčková",
                                "kontakt pro ČSÚ",
                                "724 608 153",
                                "sedlackova@polarmedia.example",
                            ],
                            [
                                "Jan Šindelář",
                                "vedoucí štábu",
                                "724 608 190",
                                "sindelar@polarmedia.example",
                            ],
                        ],
                        "widths": [110, 100, 80, 150],
                    },
                ],
            )
        ],
    },
    {
        "id": "bv036-html-letter-signature-ico-box",
        "description": "text/html letter, the applicant's IČO and data-box ID only in the "
        "signature block; both requests, one production address",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Středočeské listy a.s.",
            I36,
            "q2slx9r",
            ["203.0.113.55"],
            [],
            "Dominik Šafránek",
            "safranek@stredoceskelisty.example",
            "+420603218749",
        ),
        "from": "Dominik Šafránek <safranek@stredoceskelisty.example>",
        "subject": "Žádost o přístup k výsledkům a natáčení",
        "headers": MAC_OUTLOOK,
        "html": "<html><body><p>Vážení,</p><p>žádáme o přístup k průběžným výsledkům voleb "
        "(XML) z adresy <b>203.0.113.55</b> – testovat budeme z téže adresy – a o povolení "
        "natáčet ve volebním centru ČSÚ.</p><p>S pozdravem</p>"
        "<p style='color:#555'>Dominik Šafránek<br>vedoucí digitálního vydání<br>"
        "Středočeské listy a.s.<br>Palackého 220, 280 02 Kolín<br>IČO: " + I36 + "<br>"
        "Datová schránka: q2slx9r<br>M: +420 603 218 749</p></body></html>",
        "attachments": [
            (
                "pdf",
                "stab_volby.pdf",
                ["Štáb: Karel Hron (kamera), Nikola Vítková (reportérka)"],
            )
        ],
    },
    {
        "id": "bv037-databox-annotation-corrects-file",
        "description": "data message whose annotation corrects the test address printed in the "
        "attached DOCX; the DOCX has a header and footer",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Regionální vysílání Šumava s.r.o.",
            I37,
            "w8rvs2c",
            ["192.0.2.120"],
            ["192.0.2.125"],
            "Jindřich Mach",
            "mach@rvsumava.example",
            "+420607381924",
        ),
        "databox": box(
            "w8rvs2c", "Regionální vysílání Šumava s.r.o.", "Náměstí 4, 341 01 Horažďovice"
        ),
        "subject": "Žádost o XML výsledky. Oprava k příloze: testovací IP je 192.0.2.125 (ne "
        "192.0.2.129)",
        "attachments": [
            (
                "docx",
                "zadost_RVS.docx",
                {
                    "header": "Regionální vysílání Šumava s.r.o.",
                    "footer": "IČO " + I37 + " · ID DS w8rvs2c",
                    "blocks": [
                        "Žádáme o přístup k XML výsledkům voleb do Poslanecké sněmovny.",
                        {
                            "rows": [
                                ["produkční IP", "192.0.2.120"],
                                ["testovací IP", "192.0.2.129"],
                            ]
                        },
                        "Kontakt: Jindřich Mach, mach@rvsumava.example, tel. 607 381 924",
                    ],
                },
            )
        ],
    },
    {
        "id": "bv038-workbook-test-row-vyrazeno",
        "description": "cover from Outlook; the workbook's single test row is 'vyřazeno' and a "
        "production row 'plánováno', so production only",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Info Vysočina Media s.r.o.",
            I38,
            None,
            ["198.18.200.1", "198.18.200.2"],
            [],
            "Roman Vaněk",
            "vanek@infovysocina.example",
            "+420602419563",
        ),
        "from": "Roman Vaněk <vanek@infovysocina.example>",
        "subject": "Žádost – přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nžádost o přístup k XML je v tabulce. Testovací server jsme "
        "zrušili.\n\nRoman Vaněk\nInfo Vysočina Media s.r.o.\n602 419 563\n",
        "attachments": [
            (
                "xlsx",
                "IVM_IP.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Info Vysočina Media s.r.o., IČO " + I38, "", ""],
                            ["IP adresa", "Role", "Status"],
                            ["198.18.200.1", "produkce", "aktivní"],
                            ["198.18.200.2", "produkce", "plánováno"],
                            ["198.18.200.9", "test", "vyřazeno"],
                        ],
                        "merge": ["A1:C1"],
                    }
                ],
            )
        ],
    },
    {
        "id": "bv039-flowed-cover-docx-footer-old-details",
        "description": "format=flowed cover; the DOCX letterhead/footer keeps the old seat "
        "and a landline while the body and cover give the new mobile",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Pošumavské noviny s.r.o.",
            I39,
            None,
            ["203.0.113.180"],
            ["203.0.113.181"],
            "Gabriela Fialová",
            "fialova@posumavskenoviny.example",
            "+420721604385",
        ),
        "from": "Gabriela Fialová <fialova@posumavskenoviny.example>",
        "subject": "Pošumavské noviny - žádost",
        "headers": TBIRD,
        "flowed": True,
        "body": "Dobrý den,\n\nv příloze zasílám žádost. Pozor, v zápatí dopisu je ještě "
        "naše stará adresa v Sušici a pevná linka, ta už nefunguje – volejte mi prosím na "
        "mobil 721 604 385.\n\nGabriela Fialová\n",
        "attachments": [
            (
                "docx",
                "zadost_PN.docx",
                {
                    "header": "POŠUMAVSKÉ NOVINY s.r.o.",
                    "footer": "Pošumavské noviny s.r.o. | nám. Svobody 12, 342 01 Sušice | "
                    "tel. 376 520 418 | IČO " + I39,
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb (XML)",
                        "Produkční adresa: 203.0.113.180\nTestovací adresa: 203.0.113.181",
                        "Kontaktní osoba: Gabriela Fialová, fialova@posumavskenoviny.example, "
                        "mobil 721 604 385",
                        "Sídlo: Klatovská 88, 339 01 Klatovy",
                    ],
                },
            )
        ],
    },
    {
        "id": "bv040-rtf-student-filming-no-ico",
        "description": "a film student applies for herself in an RTF form: filming ticked, "
        "the feed unticked, no IČO, the school named only as her programme",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Natálie Hrdličková",
            None,
            None,
            [],
            [],
            "Natálie Hrdličková",
            "natalie.hrdlickova@studmail.example",
            "+420739052716",
        ),
        "from": "Natálie Hrdličková <natalie.hrdlickova@studmail.example>",
        "subject": "povolení natáčení - studentský film",
        "headers": APPLE,
        "body": "Dobrý den, posílám vyplněný formulář k natáčení. Děkuji!\nNatálie Hrdličková\n",
        "attachments": [
            (
                "rtf",
                "formular_natáčení.rtf",
                [
                    "FORMULÁŘ – žádost o povolení",
                    [
                        ["Žadatel", "Natálie Hrdličková (fyzická osoba, studentka dokumentu)"],
                        ["IČO", "nemám"],
                        ["☐ přístup k XML", ""],
                        ["☒ natáčení", "pracoviště ČSÚ Praha, volební noc, 2 osoby"],
                        ["Telefon", "739 052 716"],
                        ["E-mail", "natalie.hrdlickova@studmail.example"],
                    ],
                    "Spolupracuje: Ondřej Pazdera (zvuk)",
                ],
            )
        ],
    },
    {
        "id": "bv041-databox-three-files-cover-xlsx-txt",
        "description": "data message with three files: a cover letter, the workbook with the "
        "application and a TXT network annex adding a production CIDR /31",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Východočeská mediální, a.s.",
            I41,
            "v5vcm1d",
            ["198.51.100.130", "198.51.100.131", "2001:db8:44::80"],
            ["198.51.100.139"],
            "Kristýna Hejduková",
            "hejdukova@vcmedia.example",
            "+420776118409",
        ),
        "databox": box(
            "v5vcm1d", "Východočeská mediální, a.s.", "Gočárova 31, 500 02 Hradec Králové"
        ),
        "subject": "Žádost médií – volby 2025",
        "attachments": [
            (
                "pdf",
                "01_pruvodni_dopis.pdf",
                [
                    "Východočeská mediální, a.s.",
                    "Vážení, zasíláme žádost o přístup k výsledkům a o povolení natáčet. "
                    "Síťové údaje jsou v technické příloze.",
                    "Ing. Tomáš Lorenc, člen představenstva",
                ],
            ),
            (
                "xlsx",
                "02_zadost.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Východočeská mediální, a.s."],
                            ["IČO", I41],
                            ["XML výsledky", "ANO"],
                            ["Natáčení", "ANO"],
                            ["Kontaktní osoba", "Hejduková Kristýna"],
                            ["Telefon", "776 118 409"],
                            ["E-mail", "hejdukova@vcmedia.example"],
                        ],
                    }
                ],
            ),
            (
                "txt",
                "03_technicka_priloha.txt",
                "TECHNICKÁ PŘÍLOHA\nprodukce: 198.51.100.130/31\nprodukce (IPv6): "
                "2001:db8:44::80\ntest: 198.51.100.139\n",
            ),
        ],
    },
    {
        "id": "bv042-reply-withdraws-filming",
        "description": "reply (base64) to the office's confirmation: filming is withdrawn, "
        "the attached DOCX still asks for both; the feed stays",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Olomoucký týdeník s.r.o.",
            I42,
            None,
            ["198.18.33.7"],
            ["198.18.33.8"],
            "Radka Zapletalová",
            "zapletalova@oltydenik.example",
            "+420608720351",
        ),
        "from": "Radka Zapletalová <zapletalova@oltydenik.example>",
        "subject": "Re: Vaše žádost č. j. CSU-2025-0417",
        "headers": ZIMBRA,
        "cte": "base64",
        "body": "Dobrý den,\n\nnatáčení na pracovišti nakonec rušíme, štáb nemáme. O přístup "
        "k XML žádáme dál podle přiložené žádosti.\n\nRadka Zapletalová\n608 720 351\n\n"
        "----- Původní zpráva -----\nOd: podatelna@czso.cz\n"
        "Potvrzujeme přijetí žádosti. ČSÚ, IČO 00025593, ID DS 2gfaasy\n",
        "attachments": [
            (
                "docx",
                "zadost_OT.docx",
                {
                    "header": "Olomoucký týdeník s.r.o., IČO " + I42,
                    "blocks": [
                        "Žádáme o přístup k XML výsledkům a o povolení natáčení.",
                        "Produkční IP: 198.18.33.7; testovací IP: 198.18.33.8",
                        "Kontakt: Radka Zapletalová, zapletalova@oltydenik.example, 608 720 351",
                    ],
                },
            )
        ],
    },
]
