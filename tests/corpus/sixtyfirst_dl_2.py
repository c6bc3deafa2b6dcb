"""Sixty-first held-out part ``dl``, cases dl015–dl028: a workbook with merged role cells in a
data message, a cover mail correcting a typo in the PDF, an English Yes/No form, a freelancer's
box with a [x] text form, a German letter, a cover withdrawing the feed the form asks for, an
ODS in a data message, a Slovak letter, a written range, a deferred feed, an attached original
with a corrected phone, a CIDR block, an HTML-only body with an ODT and a faculty applying as
its university. Written by hand apart from the extraction rules (see make_sixtyfirst_dl);
labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixtyfirst_dl_common import (
    APPLE,
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    IPHONE,
    MAILSPRING,
    OUTLOOK,
    ROUNDCUBE,
    ZIMBRA,
    L,
    Style,
    box,
    c,
    ico,
)

B1, B2, B3, B4, B5 = ico("2759381"), ico("0637245"), ico("2912068"), ico("2648197"), ico("0495713")
B6, B7, B8, B9, B10 = ico("2826054"), ico("2967302"), ico("0547168"), ico("2793426"), ico("0021623")

CASES: list[dict[str, Any]] = [
    c(
        "dl015-databox-xlsx-merged-role-cells",
        "data message with an XLSX: the role column is merged over three production rows and "
        "two test rows; the contact row is written surname first in capitals",
        Style.DATABOX,
        L(
            [FEED],
            "Východočeské noviny a.s.",
            B1,
            "vn2hq8r",
            ["198.51.100.141", "198.51.100.142", "198.51.100.143"],
            ["198.51.100.151", "198.51.100.152"],
            "Pavel Sedláček",
            "sedlacek@vcnoviny.example",
            "+420466051729",
        ),
        databox=box("vn2hq8r", "Východočeské noviny a.s.", "Třída Míru 90, 530 02 Pardubice"),
        subject="VČN – žádost o XML výsledky, tabulka v příloze",
        attachments=[
            (
                "xlsx",
                "VCN_zadost.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Východočeské noviny a.s., IČO " + B1, None, None],
                            ["Účel", "IP adresa", "Server"],
                            ["Produkce", "198.51.100.141", "front-a"],
                            [None, "198.51.100.142", "front-b"],
                            [None, "198.51.100.143", "front-c"],
                            ["Test", "198.51.100.151", "uat-1"],
                            [None, "198.51.100.152", "uat-2"],
                            ["Kontakt", "SEDLÁČEK Pavel", None],
                            ["E-mail", "sedlacek@vcnoviny.example", None],
                            ["Telefon", "466 051 729", None],
                        ],
                        "merge": ["A1:C1", "A3:A5", "A6:A7", "B8:C8", "B9:C9", "B10:C10"],
                    }
                ],
            )
        ],
    ),
    c(
        "dl016-cover-corrects-pdf-typo",
        "the cover mail says the PDF has a typo: 192.0.2.61 should read 192.0.2.16; the "
        "corrected address is labelled in the PDF's order",
        Style.CORRECTION,
        L(
            [FEED],
            "Rakovnický posel s.r.o.",
            B2,
            None,
            ["192.0.2.15", "192.0.2.16"],
            ["192.0.2.17"],
            "Eva Benešová",
            "benesova@rakovnickyposel.example",
            "+420313522690",
        ),
        sender="Eva Benešová <benesova@rakovnickyposel.example>",
        subject="Žádost o přístup k výsledkům voleb – Rakovnický posel",
        headers=ZIMBRA,
        body="Dobrý den,\n\nposílám žádost v PDF. Omlouvám se, všimla jsem si až po "
        "podepsání: druhá produkční adresa má být 192.0.2.16, ne 192.0.2.61, jak je v PDF.\n\n"
        "Děkuji\nEva Benešová\nRakovnický posel s.r.o.\ntel. 313 522 690\n",
        attachments=[
            (
                "di-pdf",
                "zadost_RP_podepsana.pdf",
                {
                    "header": "Rakovnický posel s.r.o.\nHusovo nám. 14, 269 01 Rakovník · IČO "
                    + B2,
                    "footer": "redakce@rakovnickyposel.example · 313 522 600",
                    "blocks": [
                        "Věc: žádost o přístup k průběžným výsledkům voleb",
                        "Žádáme o přístup k XML výsledkům z těchto adres:",
                        {
                            "rows": [
                                ["", "IP adresa"],
                                ["produkční", "192.0.2.15"],
                                ["produkční", "192.0.2.61"],
                                ["testovací", "192.0.2.17"],
                            ],
                            "head": True,
                            "widths": [120, 200],
                        },
                        "Kontaktní osoba: Eva Benešová, benesova@rakovnickyposel.example",
                        "V Rakovníku 9. 9. 2025\nEva Benešová, jednatelka",
                    ],
                },
            )
        ],
    ),
    c(
        "dl017-english-docx-yes-no-form",
        "English DOCX form of a Czech branch of a foreign agency: Yes/No columns (feed Yes, "
        "filming No), a UK mobile for the contact; the branch writes its Czech legal name",
        Style.FORM,
        L(
            [FEED],
            "Northbridge Newswire, odštěpný závod",
            B3,
            None,
            ["203.0.113.90", "203.0.113.91"],
            ["203.0.113.95"],
            "Oliver Grant",
            "o.grant@northbridgenews.example",
            "+447700900318",
        ),
        sender="Oliver Grant <o.grant@northbridgenews.example>",
        subject="Election results feed – application form",
        headers=MAILSPRING,
        body="Hello,\n\nplease find our completed application attached.\n\nBest regards,\n"
        "Oliver Grant\nNorthbridge Newswire Prague\n",
        attachments=[
            (
                "docx",
                "Northbridge_CSU_application.docx",
                {
                    "header": "Northbridge Newswire, odštěpný závod · Václavské nám. 56, "
                    "110 00 Praha 1 · IČO " + B3,
                    "blocks": [
                        "APPLICATION – ELECTION RESULTS 2025",
                        {
                            "rows": [
                                ["Request", "Yes", "No"],
                                ["Access to the XML results feed", "X", ""],
                                ["Filming at a ČSÚ collection point", "", "X"],
                            ]
                        },
                        {
                            "rows": [
                                ["Applicant", "Northbridge Newswire, odštěpný závod"],
                                ["Production IPs", "203.0.113.90\n203.0.113.91"],
                                ["Test IP", "203.0.113.95"],
                                ["Contact", "Oliver Grant, o.grant@northbridgenews.example"],
                                ["Phone", "+44 7700 900318"],
                            ]
                        },
                    ],
                },
            )
        ],
    ),
    c(
        "dl018-databox-freelancer-txt-form",
        "freelancer's box (type 40) with a plain TXT form: [x] feed, [ ] filming; the applicant "
        "is the natural person, the box's registered name adds her trade",
        Style.DATABOX,
        L(
            [FEED],
            "Dana Pilařová",
            B4,
            "dp8we3n",
            ["198.18.90.4"],
            [],
            "Dana Pilařová",
            "dana@pilarova-data.example",
            "+420604772195",
        ),
        databox=box("dp8we3n", "Dana Pilařová", "Komenského 7, 591 01 Žďár nad Sázavou", kind=40),
        subject="žádost XML",
        attachments=[
            (
                "txt",
                "zadost.txt",
                "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB\n\n"
                "[x] XML výsledky\n[ ] natáčení\n\n"
                "Žadatel: Dana Pilařová – datová novinářka na volné noze\n"
                "IČO: " + B4 + "\n"
                "IP: 198.18.90.4 (testovat budu ze stejné adresy)\n"
                "Kontakt: dana@pilarova-data.example, 604 772 195\n",
            )
        ],
    ),
    c(
        "dl019-german-pdf-letter-article",
        "German letter PDF: 'Die Medienhaus Ostbayern GmbH beantragt …' in the text, the "
        "letterhead writes the name without the article; tests from the production server, "
        "German phone",
        Style.LETTER,
        L(
            [FEED],
            "Medienhaus Ostbayern GmbH",
            None,
            None,
            ["192.0.2.240", "192.0.2.241"],
            [],
            "Sabine Huber",
            "s.huber@medienhaus-ostbayern.example",
            "+499415069930",
        ),
        sender="Sabine Huber <s.huber@medienhaus-ostbayern.example>",
        subject="Antrag auf Zugang zu den Wahlergebnissen (XML)",
        headers=APPLE,
        body="Sehr geehrte Damen und Herren,\n\nanbei unser Antrag.\n\nMit freundlichen "
        "Grüßen\nSabine Huber\n",
        attachments=[
            (
                "di-pdf",
                "Antrag_CSU_2025.pdf",
                {
                    "header": "Medienhaus Ostbayern GmbH\nDonaustraße 12 · 93047 Regensburg · "
                    "HRB 18842",
                    "footer": "USt-IdNr. DE 298 114 507 · www.medienhaus-ostbayern.example",
                    "blocks": [
                        "Tschechisches Statistisches Amt (ČSÚ)\nNa padesátém 81\n100 82 Prag 10",
                        "Regensburg, 8. September 2025",
                        "Antrag auf Zugang zu den vorläufigen Wahlergebnissen",
                        "Die Medienhaus Ostbayern GmbH beantragt den Zugang zum XML-Datendienst "
                        "für die Wahl zum Abgeordnetenhaus. Unsere Produktivserver: "
                        "192.0.2.240 und 192.0.2.241. Tests erfolgen vom Produktivserver aus.",
                        "Ansprechpartnerin: Sabine Huber, Online-Redaktion, Tel. +49 941 506 99 30, "
                        "s.huber@medienhaus-ostbayern.example",
                        "Mit freundlichen Grüßen\nSabine Huber",
                    ],
                },
            )
        ],
    ),
    c(
        "dl020-cover-withdraws-feed-from-form",
        "the attached form ticks both feed and filming with addresses, but the cover mail says "
        "the feed is no longer needed (an agency supplies it): filming only, no addresses",
        Style.CORRECTION,
        L(
            [FILM],
            "TV Beroun s.r.o.",
            B5,
            None,
            [],
            [],
            "Jan Štěpánek",
            "stepanek@tvberoun.example",
            "+420739284601",
        ),
        sender="Jan Štěpánek <stepanek@tvberoun.example>",
        subject="žádost – natáčení (XML už ne)",
        headers=IPHONE,
        body="Dobrý den, přikládám formulář vyplněný minulý týden. Přístup k XML už ale "
        "nepotřebujeme, data nám dodává agentura, takže ten bod prosím neberte v úvahu – "
        "žádáme jen o povolení natáčení.\n\nJan Štěpánek\nTV Beroun\n739 284 601\n",
        attachments=[
            (
                "dl-docx",
                "TVB_formular.docx",
                {
                    "footer": "TV Beroun s.r.o. · Husovo nám. 68, 266 01 Beroun · IČO " + B5,
                    "blocks": [
                        "Žádost médií k volbám 2025",
                        "☒ přístup k XML výsledkům\n☒ povolení natáčení",
                        {
                            "rows": [
                                ["Produkční IP", "203.0.113.120"],
                                ["Testovací IP", "203.0.113.121"],
                                ["Místo natáčení", "pracoviště ČSÚ Praha, sobota večer"],
                                ["Kontakt", "Jan Štěpánek, stepanek@tvberoun.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    ),
    c(
        "dl021-databox-ods-both-requests",
        "data message with an ODS: ANO in a spanned request column for feed and filming, "
        "production addresses as a list in one cell, the box's name spelled with diacritics",
        Style.DATABOX,
        L(
            [FEED, FILM],
            "Znojemský deník s.r.o.",
            B6,
            "zd6pt9k",
            ["198.51.100.201", "198.51.100.202"],
            ["198.51.100.209"],
            "Lenka Hrubá",
            "hruba@znojemskydenik.example",
            "+420515226304",
        ),
        databox=box("zd6pt9k", "Znojemský deník s.r.o.", "Obroková 10, 669 02 Znojmo"),
        subject="Znojemsky denik - zadost volby 2025",
        attachments=[
            (
                "di-ods",
                "zadost_ZD.ods",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Znojemsky denik s.r.o.", None, None],
                            ["Požadavek", "XML výsledky", "ANO"],
                            [None, "natáčení (Brno, sobota)", "ANO"],
                            ["IP produkce", "198.51.100.201, 198.51.100.202", None],
                            ["IP test", "198.51.100.209", None],
                            ["IČO", B6, None],
                            ["Kontaktní osoba", "Lenka Hrubá", None],
                            ["Kontakt", "hruba@znojemskydenik.example; 515 226 304", None],
                        ],
                        "span": {(0, 0): (1, 3), (1, 0): (2, 1)},
                    }
                ],
            )
        ],
    ),
    c(
        "dl022-slovak-docx-letter",
        "Slovak letter in a DOCX with letterhead and footer (IČO, IČ DPH); Slovak mobile; "
        "production and test addresses in a sentence",
        Style.LETTER,
        L(
            [FEED],
            "Záhorské médiá, s. r. o.",
            B7,
            None,
            ["203.0.113.251", "203.0.113.252"],
            ["203.0.113.253"],
            "Martina Kováčová",
            "kovacova@zahorskemedia.example",
            "+421905331287",
        ),
        sender="Martina Kováčová <kovacova@zahorskemedia.example>",
        subject="Žiadosť o prístup k výsledkom volieb",
        headers=OUTLOOK,
        cte="base64",
        body="Dobrý deň,\n\nv prílohe posielam našu žiadosť.\n\nS pozdravom\nMartina Kováčová\n",
        attachments=[
            (
                "docx",
                "ziadost_ZM.docx",
                {
                    "header": "Záhorské médiá, s. r. o. · Námestie slobody 4 · 901 01 Malacky",
                    "footer": "IČO: " + B7 + " · IČ DPH: SK2120" + B7[:6] + " · zapísaná v OR "
                    "Okresného súdu Bratislava I",
                    "blocks": [
                        "Český štatistický úrad\nNa padesátém 81\n100 82 Praha 10",
                        "Vec: Žiadosť o prístup k priebežným výsledkom volieb",
                        "Týmto žiadame o sprístupnenie výsledkov volieb do Poslaneckej snemovne "
                        "vo formáte XML. Produkčné adresy našich serverov sú 203.0.113.251 a "
                        "203.0.113.252, testovacia adresa 203.0.113.253.",
                        "Kontaktná osoba: Martina Kováčová, kovacova@zahorskemedia.example, "
                        "mobil +421 905 331 287",
                        "S pozdravom\nMartina Kováčová\nkonateľka",
                    ],
                },
            )
        ],
    ),
    c(
        "dl023-databox-pdf-written-range",
        "data message with a PDF letter giving production addresses as a written range "
        "'198.51.100.40 až 198.51.100.43' (four addresses) and a test address",
        Style.DATABOX,
        L(
            [FEED],
            "Deník Orlicko s.r.o.",
            B8,
            "do4cz7s",
            ["198.51.100.40", "198.51.100.41", "198.51.100.42", "198.51.100.43"],
            ["198.51.100.48"],
            "Tomáš Hlaváček",
            "hlavacek@denikorlicko.example",
            "+420465520817",
        ),
        databox=box("do4cz7s", "Deník Orlicko s.r.o.", "Mírové nám. 21, 562 01 Ústí nad Orlicí"),
        subject="Žádost o přístup k výsledkům voleb",
        attachments=[
            (
                "di-pdf",
                "zadost_DO.pdf",
                {
                    "header": "Deník Orlicko s.r.o.\nMírové nám. 21, 562 01 Ústí nad Orlicí",
                    "footer": "IČO " + B8 + " · ID DS do4cz7s",
                    "blocks": [
                        "Vážení,",
                        "žádáme o přístup k průběžným výsledkům voleb ve formátu XML. Naše "
                        "produkční servery mají adresy 198.51.100.40 až 198.51.100.43, "
                        "testovací server 198.51.100.48.",
                        "Kontaktní osoba: Tomáš Hlaváček, hlavacek@denikorlicko.example, "
                        "tel. 465 520 817 (ústředna 465 520 800)",
                        "S pozdravem\nTomáš Hlaváček",
                    ],
                },
            )
        ],
    ),
    c(
        "dl024-docx-form-feed-deferred",
        "DOCX form: ☒ filming, ☐ XML with a note that the feed will be asked for before the "
        "regional elections; filming only",
        Style.FORM,
        L(
            [FILM],
            "Klatovská televize s.r.o.",
            B9,
            None,
            [],
            [],
            "Roman Fiala",
            "fiala@klatovskatv.example",
            "+420776108342",
        ),
        sender="Roman Fiala <fiala@klatovskatv.example>",
        subject="Povolení natáčení – Klatovská televize",
        headers=CENTRUM,
        body="Dobrý den,\nv příloze posílám žádost o povolení natáčení.\nRoman Fiala\n",
        attachments=[
            (
                "dl-docx",
                "KTV_natoceni.docx",
                {
                    "footer": "Klatovská televize s.r.o. | IČO " + B9 + " | Plzeňská 232, "
                    "339 01 Klatovy",
                    "blocks": [
                        "ŽÁDOST MÉDIÍ – VOLBY 2025",
                        "☐ přístup k XML výsledkům – o XML si požádáme až před krajskými volbami",
                        "☒ povolení natáčení na pracovišti ČSÚ v Plzni (sobota 4. 10., "
                        "15–18 h, 2 osoby)",
                        {
                            "rows": [
                                ["Kontaktní osoba", "Roman Fiala"],
                                ["E-mail", "fiala@klatovskatv.example"],
                                ["Telefon", "776 108 342"],
                            ]
                        },
                    ],
                },
            )
        ],
    ),
    c(
        "dl025-attached-original-phone-corrected",
        "a mail with the original application attached as .eml (itself carrying a PDF); the "
        "new text corrects the contact's phone",
        Style.CORRECTION,
        L(
            [FEED],
            "Nymburský zpravodaj, z.s.",
            B10,
            None,
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Ivana Kopecká",
            "kopecka@nymburskyzpravodaj.example",
            "+420602915384",
        ),
        sender="Ivana Kopecká <kopecka@nymburskyzpravodaj.example>",
        subject="Oprava telefonu – naše žádost o XML",
        headers=ROUNDCUBE,
        body="Dobrý den,\n\nv původní žádosti (přikládám ji) je chybné telefonní číslo. "
        "Správné je 602 915 384.\n\nIvana Kopecká\n",
        attachments=[
            (
                "eml",
                "Žádost o přístup k XML.eml",
                {
                    "id": "dl025-inner",
                    "from": "Ivana Kopecká <kopecka@nymburskyzpravodaj.example>",
                    "subject": "Žádost o přístup k XML",
                    "body": "Dobrý den, posílám žádost. Ivana Kopecká\n",
                    "attachments": [
                        (
                            "pdf",
                            "zadost_NZ.pdf",
                            [
                                "Nymburský zpravodaj, z.s., IČO " + B10,
                                "Žádáme o přístup k XML výsledkům voleb.",
                                {
                                    "rows": [
                                        ["Produkční IP", "192.0.2.33"],
                                        ["Testovací IP", "192.0.2.34"],
                                        ["Kontakt", "Ivana Kopecká"],
                                        ["Telefon", "602 915 348"],
                                    ],
                                    "widths": [140, 240],
                                },
                            ],
                        )
                    ],
                },
            )
        ],
    ),
    c(
        "dl026-databox-xlsx-cidr",
        "data message with an XLSX: production as a /30 block (four addresses), test as a /32",
        Style.DATABOX,
        L(
            [FEED],
            "Regionální vysílání Praha-východ s.r.o.",
            ico("2779014"),
            "rv3pa6e",
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
            ["203.0.113.80"],
            "Adam Beneš",
            "benes@rvpv.example",
            "+420721560993",
        ),
        databox=box(
            "rv3pa6e", "Regionální vysílání Praha-východ s.r.o.", "Pražská 4, 250 01 Brandýs"
        ),
        subject="Žádost o přístup k XML",
        attachments=[
            (
                "xlsx",
                "RVPV_adresy.xlsx",
                [
                    {
                        "title": "Přístup",
                        "rows": [
                            ["Položka", "Hodnota"],
                            ["Žadatel", "Regionální vysílání Praha-východ s.r.o."],
                            ["IČO", ico("2779014")],
                            ["Produkce (rozsah)", "203.0.113.64/30"],
                            ["Test", "203.0.113.80/32"],
                            ["Kontaktní osoba", "Adam Beneš"],
                            ["E-mail", "benes@rvpv.example"],
                            ["Mobil", "721 560 993"],
                        ],
                    }
                ],
            )
        ],
    ),
    c(
        "dl027-html-only-body-odt-columns",
        "HTML-only mail body (no text part) and an ODT whose address table has column headers "
        "Produkční / Testovací and rows per server",
        Style.TABLE,
        L(
            [FEED],
            "Liberecký magazín s.r.o.",
            ico("2691540"),
            None,
            ["198.18.33.1", "198.18.33.2"],
            ["198.18.33.101", "198.18.33.102"],
            "Simona Jelínková",
            "jelinkova@libereckymagazin.example",
            "+420485112907",
        ),
        sender="Simona Jelínková <jelinkova@libereckymagazin.example>",
        subject="Liberecký magazín – přístup k výsledkům voleb",
        headers=EVOLUTION,
        html="<html><body><p>Dobrý den,</p><p>žádáme o přístup k XML výsledkům voleb, "
        "podrobnosti v příloze.</p><p>S pozdravem<br>Simona Jelínková<br>Liberecký magazín "
        "s.r.o.<br>tel. 485 112 907</p></body></html>",
        attachments=[
            (
                "odt",
                "LM_zadost.odt",
                [
                    "Liberecký magazín s.r.o., Moskevská 5, 460 01 Liberec, IČO " + ico("2691540"),
                    "Žádost o přístup k průběžným výsledkům voleb",
                    [
                        ["Server", "Produkční", "Testovací"],
                        ["web", "198.18.33.1", "198.18.33.101"],
                        ["aplikace", "198.18.33.2", "198.18.33.102"],
                    ],
                    "Kontaktní osoba: Simona Jelínková, jelinkova@libereckymagazin.example",
                ],
            )
        ],
    ),
    c(
        "dl028-databox-faculty-as-university",
        "data message from a university's box, a faculty's PDF letter; the applicant is the "
        "university with ', veřejná vysoká škola' as its box is registered",
        Style.DATABOX,
        L(
            [FEED],
            "Univerzita Jižní Morava, veřejná vysoká škola",
            ico("0216300"),
            "ujm8va2",
            ["192.0.2.160", "2001:db8:160::5"],
            ["192.0.2.161"],
            "Ondřej Staněk",
            "stanek@fss.ujm.example",
            "+420549496210",
        ),
        databox=box(
            "ujm8va2",
            "Univerzita Jižní Morava, veřejná vysoká škola",
            "Žerotínovo nám. 9, 601 77 Brno",
            kind=10,
        ),
        subject="Žádost FSS UJM o přístup k výsledkům voleb (výzkumný projekt)",
        attachments=[
            (
                "di-pdf",
                "FSS_zadost_CSU.pdf",
                {
                    "header": "Univerzita Jižní Morava · Fakulta sociálních studií\n"
                    "Joštova 10, 602 00 Brno · IČO " + ico("0216300"),
                    "blocks": [
                        "Vážení,",
                        "Fakulta sociálních studií Univerzity Jižní Morava žádá o přístup k "
                        "průběžným výsledkům voleb ve formátu XML pro výzkumný projekt "
                        "volebního chování. Produkční adresy: 192.0.2.160 a 2001:db8:160::5; "
                        "testovací adresa: 192.0.2.161.",
                        "Kontaktní osoba: Mgr. Ondřej Staněk, Ph.D., stanek@fss.ujm.example, "
                        "tel. 549 496 210",
                        "doc. PhDr. Karel Hudec, Ph.D.\nproděkan pro výzkum",
                    ],
                },
            )
        ],
    ),
]
