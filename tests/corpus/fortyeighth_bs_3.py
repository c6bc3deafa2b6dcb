"""Forty-eighth held-out part ``bs``, cases bs029–bs042: a reply with a DOCX whose role cells
are merged, a DOCX letter with the box ID in its signature, a data message with an RTF letter, a
freelancer's TXT form without an IČO, a workbook with backup and retired servers, a cover note
that adds filming to the PDF, a data message whose file is only a power of attorney, a Polish
TAK/NIE form, last year's application forwarded as .eml with changes, a two-column OCR text, a
sole trader's data message with IPv6 rows, an HTML crew table with an ODT copy, a cover that is
only a signature block and a data message whose annotation replaces the contact in the workbook.
Written by hand apart from the extraction rules (see make_fortyeighth_bs); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyeighth_bs_common import (
    APPLE,
    EVOLUTION,
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

I29, I30, I31, I33, I34 = (
    ico("2708163"),
    ico("0462985"),
    ico("2874319"),
    ico("2519674"),
    ico("0839251"),
)
I35, I37, I38, I39, I40 = (
    ico("2946507"),
    ico("2613748"),
    ico("0572681"),
    ico("7219054"),
    ico("2785430"),
)
I41, I42 = ico("0691327"), ico("2837916")

CASES: list[dict[str, Any]] = [
    {
        "id": "bs029-reply-docx-merged-role-cells",
        "description": "reply with the officer's question quoted; the DOCX table merges the "
        "role cell over three production rows and two test rows",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Opavský týdeník s.r.o.",
            I29,
            None,
            ["192.0.2.11", "192.0.2.12", "192.0.2.13"],
            ["192.0.2.21", "192.0.2.22"],
            "Gabriela Wolfová",
            "wolfova@opavskytydenik.example",
            "+420553471826",
        ),
        "from": "Gabriela Wolfová <wolfova@opavskytydenik.example>",
        "subject": "Re: Vaše žádost - upřesnění adres",
        "headers": TBIRD,
        "body": "Dobrý den,\n\nv příloze tabulka s rozlišením produkce a testu, jak jste "
        "chtěli.\n\nGabriela Wolfová\n553 471 826\n\nDne 10. 9. 2025 v 9:03 Podatelna ČSÚ "
        "napsal(a):\n> Dobrý den,\n> z Vaší žádosti není zřejmé, které z pěti adres jsou "
        "produkční a které\n> testovací. Prosíme o upřesnění.\n> Podatelna ČSÚ\n",
        "attachments": [
            (
                "docx",
                "adresy_OT.docx",
                {
                    "header": "Opavský týdeník s.r.o. | IČO " + I29,
                    "footer": "Horní nám. 44, 746 01 Opava | redakce 553 471 800",
                    "blocks": [
                        "Upřesnění k žádosti o přístup k XML výsledkům voleb",
                        {
                            "rows": [
                                ["Role", "IP adresa"],
                                ["Produkce", "192.0.2.11"],
                                ["", "192.0.2.12"],
                                ["", "192.0.2.13"],
                                ["Test", "192.0.2.21"],
                                ["", "192.0.2.22"],
                            ],
                            "merge": [(1, 0, 3, 0), (4, 0, 5, 0)],
                        },
                        "Kontakt beze změny: Gabriela Wolfová, wolfova@opavskytydenik.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "bs030-docx-letter-signature-box-header-phones",
        "description": "DOCX letter whose header names the publisher's director and a "
        "switchboard and whose footer names the bank and the registry; the signature block "
        "carries IČO and box ID; the contact's mobile comes before the switchboard",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Vydavatelství Podkrkonoší a.s.",
            I30,
            "p4ghm8e",
            ["203.0.113.51", "203.0.113.52"],
            ["203.0.113.59"],
            "Jiří Matějka",
            "matejka@vpodkrkonosi.example",
            "+420731480256",
        ),
        "from": "Jiří Matějka <matejka@vpodkrkonosi.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": ZIMBRA,
        "body": "Dobrý den, v příloze posílám žádost podepsanou vedením. Jiří Matějka\n",
        "attachments": [
            (
                "docx",
                "zadost_VP_2025.docx",
                {
                    "header": "VYDAVATELSTVÍ PODKRKONOŠÍ a.s. | generální ředitel Ing. Oldřich "
                    "Šafránek | ústředna +420 481 555 000",
                    "footer": "KB a.s., č. ú. 115-2230460217/0100 | KS Hradec Králové, B 2241",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10",
                        "Jilemnice 9. září 2025",
                        "Žádost o přístup k průběžným výsledkům voleb (XML)",
                        "Žádáme o přístup k dedikovanému serveru. Produkční adresy: "
                        "203.0.113.51, 203.0.113.52. Testovací adresa: 203.0.113.59.",
                        "Technickým kontaktem je Jiří Matějka, vedoucí IT, mobil "
                        "731 480 256, e-mail matejka@vpodkrkonosi.example (ústředna viz "
                        "záhlaví).",
                        "Ing. Oldřich Šafránek\ngenerální ředitel\n"
                        "Vydavatelství Podkrkonoší a.s.\nIČO " + I30 + " | DS: p4ghm8e",
                    ],
                },
            )
        ],
    },
    {
        "id": "bs031-databox-viz-priloha-rtf-letter-both",
        "description": "data message 'viz příloha'; the RTF letter has a letterhead with "
        "another person's phone, asks for both, and a role table; contact by surname and "
        "first name in the text",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Televize Pootaví s.r.o.",
            I31,
            "t8xb3rw",
            ["198.18.140.5"],
            ["198.18.140.6"],
            "Martina Šebková",
            "sebkova@tvpootavi.example",
            "+420383491722",
        ),
        "databox": box(
            "t8xb3rw", "Televize Pootaví s.r.o.", "Nábřeží 1. máje 3, 386 01 Strakonice"
        ),
        "subject": "viz příloha",
        "attachments": [
            (
                "rtf",
                "zadost_TVP.rtf",
                [
                    "TELEVIZE POOTAVÍ s.r.o. | IČO " + I31 + " | ředitel Bc. Luděk Fiala, "
                    "383 491 700",
                    "Věc: Volby 2025 – přístup k výsledkům a natáčení",
                    "Žádáme o zpřístupnění výsledků ve formátu XML a o povolení natáčet v "
                    "sídle ČSÚ v Praze během volební noci.",
                    [
                        ["účel", "IP"],
                        ["ostrý provoz", "198.18.140.5"],
                        ["testování", "198.18.140.6"],
                    ],
                    "Vyřizuje: Šebková Martina, sebkova@tvpootavi.example, tel. 383 491 722",
                ],
            )
        ],
    },
    {
        "id": "bs032-freelancer-txt-form-no-ico-ipv6",
        "description": "a blogger without an IČO fills a TXT form with [x]; one IPv6 production "
        "address written uncompressed, no test address",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Adéla Nováková",
            None,
            None,
            ["2001:db8:c0a::8"],
            [],
            "Adéla Nováková",
            "adela.novakova@volebniblog.example",
            "+420720418355",
        ),
        "from": "Adéla Nováková <adela.novakova@volebniblog.example>",
        "subject": "žádost o XML",
        "headers": SEZNAM,
        "body": "Dobrý den, vyplnila jsem váš formulář, je v příloze. Jsem fyzická osoba, "
        "blog provozuji nevýdělečně, IČO nemám.\nAdéla Nováková\n",
        "attachments": [
            (
                "txt",
                "formular.txt",
                "Žadatel: Adéla Nováková (blog Volební čísla)\n"
                "IČO: ---\n"
                "[x] přístup k XML\n"
                "[ ] natáčení / fotografování\n"
                "Produkční IP: 2001:0db8:0c0a:0000:0000:0000:0000:0008\n"
                "Testovací IP: žádná\n"
                "Kontakt: Adéla Nováková, adela.novakova@volebniblog.example, 720 418 355\n",
            )
        ],
    },
    {
        "id": "bs033-xlsx-backup-and-retired-servers",
        "description": "one workbook row per server: primary and backup servers are production "
        "(five in all), a retired one is left out, a staging row is test; header row merged",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Pražský metropolitní zpravodaj a.s.",
            I33,
            None,
            [
                "198.51.100.101",
                "198.51.100.102",
                "198.51.100.103",
                "198.51.100.111",
                "198.51.100.112",
            ],
            ["198.51.100.120"],
            "Dominik Pešek",
            "pesek@pmzpravodaj.example",
            "+420777605183",
        ),
        "from": "Dominik Pešek <pesek@pmzpravodaj.example>",
        "subject": "PMZ – servery pro XML feed",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\n\nza Pražský metropolitní zpravodaj a.s. (IČO " + I33 + ") žádáme "
        "o přístup k XML výsledkům voleb. Servery viz tabulka.\n\nDominik Pešek\nDevOps\n"
        "+420 777 605 183\n",
        "attachments": [
            (
                "xlsx",
                "PMZ_servery.xlsx",
                [
                    {
                        "title": "Servery",
                        "rows": [
                            ["Seznam serverů – volby 2025", "", "", ""],
                            ["role", "hostname", "IP", "poznámka"],
                            ["primární", "pmz-web1", "198.51.100.101", ""],
                            ["primární", "pmz-web2", "198.51.100.102", ""],
                            ["primární", "pmz-web3", "198.51.100.103", ""],
                            ["záložní", "pmz-dr1", "198.51.100.111", "DR lokalita"],
                            ["záložní", "pmz-dr2", "198.51.100.112", "DR lokalita"],
                            ["vyřazeno", "pmz-old", "198.51.100.99", "zrušen v 03/2025"],
                            ["staging", "pmz-stg", "198.51.100.120", "testovací"],
                        ],
                        "merge": ["A1:D1"],
                    }
                ],
            )
        ],
    },
    {
        "id": "bs034-cover-adds-filming-to-pdf",
        "description": "the PDF form ticks only the feed; the cover note adds a request to "
        "photograph that they forgot to tick",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED, FILM],
            "Deník Podřipsko s.r.o.",
            I34,
            None,
            ["203.0.113.120"],
            ["203.0.113.121"],
            "Eliška Šindelářová",
            "sindelarova@denikpodripsko.example",
            "+420416733904",
        ),
        "from": "Eliška Šindelářová <sindelarova@denikpodripsko.example>",
        "subject": "Žádost ČSÚ + focení",
        "headers": GMAIL,
        "body": "Dobrý den,\n\nposílám formulář. Ve formuláři jsme zapomněli zaškrtnout "
        "fotografování – prosíme tedy i o povolení fotografovat na pracovišti v Ústí "
        "(fotograf Milan Rejzek).\n\nEliška Šindelářová\n",
        "attachments": [
            (
                "pdf",
                "formular_DP.pdf",
                [
                    "Deník Podřipsko s.r.o., IČO " + I34 + ", Palackého 12, Roudnice n. L.",
                    "☑ přístup k XML s výsledky\n☐ povolení fotografovat/natáčet",
                    {
                        "rows": [
                            ["Produkční IP", "Testovací IP"],
                            ["203.0.113.120", "203.0.113.121"],
                        ],
                        "widths": [200, 200],
                    },
                    "Kontaktní osoba: Eliška Šindelářová, tel. 416 733 904, "
                    "sindelarova@denikpodripsko.example",
                ],
            )
        ],
    },
    {
        "id": "bs035-databox-annotation-full-pdf-power-of-attorney",
        "description": "data message whose annotation holds the addresses and the contact; the "
        "only file is a power of attorney naming the director and his assistant's phone",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Beskydy plus s.r.o.",
            I35,
            "e3ns6vq",
            ["192.0.2.180"],
            ["192.0.2.181"],
            "Ondřej Válek",
            "valek@radiobeskydy.example",
            "+420604937215",
        ),
        "databox": box("e3ns6vq", "Rádio Beskydy plus s.r.o.", "Záhumenní 8, 738 01 Frýdek-Místek"),
        "subject": "Přístup k XML: prod. 192.0.2.180, test 192.0.2.181; kontakt Ondřej Válek, "
        "valek@radiobeskydy.example, 604 937 215. Plná moc v příloze.",
        "attachments": [
            (
                "pdf",
                "plna_moc_RB.pdf",
                [
                    "<b>Plná moc</b>",
                    "Rádio Beskydy plus s.r.o., IČO " + I35 + ", zastoupené jednatelem Mgr. "
                    "Vítězslavem Kocurem, zmocňuje Ondřeje Válka, technika, k podání žádosti "
                    "o přístup k výsledkům voleb u Českého statistického úřadu.",
                    "Ve Frýdku-Místku 3. 9. 2025\nMgr. Vítězslav Kocur, jednatel\n"
                    "(sekretariát: Ilona Kozlová, 558 120 300)",
                ],
            )
        ],
    },
    {
        "id": "bs036-foreign-polish-docx-tak-nie",
        "description": "Polish agency without an IČO; DOCX with TAK/NIE columns (feed TAK, "
        "filming NIE), a NIP number, and a contact with a Polish mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agencja Informacyjna Śląsk Sp. z o.o.",
            None,
            None,
            ["198.19.200.10", "198.19.200.11"],
            ["198.19.200.20"],
            "Tomasz Wójcik",
            "t.wojcik@aislask.example",
            "+48601284735",
        ),
        "from": "Tomasz Wójcik <t.wojcik@aislask.example>",
        "subject": "Wniosek / žádost - dostęp do wyników XML",
        "headers": OWA,
        "body": "Dzień dobry,\n\nw załączniku przesyłam wniosek naszej agencji.\n\n"
        "Pozdrawiam\nTomasz Wójcik\nAgencja Informacyjna Śląsk\n",
        "attachments": [
            (
                "docx",
                "wniosek_AIS.docx",
                {
                    "header": "Agencja Informacyjna Śląsk Sp. z o.o. | ul. Mariacka 15, "
                    "40-014 Katowice | NIP 634-281-93-07",
                    "footer": "Prezes zarządu: Andrzej Kaczmarek | tel. +48 32 255 10 00",
                    "blocks": [
                        "Wniosek",
                        {
                            "rows": [
                                ["", "TAK", "NIE"],
                                ["Dostęp do serwera z wynikami (XML)", "X", ""],
                                ["Zgoda na filmowanie w ČSÚ", "", "X"],
                            ]
                        },
                        {
                            "rows": [
                                ["Adresy IP produkcyjne", "198.19.200.10, 198.19.200.11"],
                                ["Adres IP testowy", "198.19.200.20"],
                                ["Osoba kontaktowa", "Tomasz Wójcik"],
                                ["E-mail", "t.wojcik@aislask.example"],
                                ["Telefon", "+48 601 284 735"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "bs037-forward-last-year-eml-with-changes",
        "description": "the cover forwards last year's application as .eml: production stays, "
        "the old test address is replaced and the sender becomes the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Táborský kraj dnes s.r.o.",
            I37,
            None,
            ["198.18.40.1", "198.18.40.2"],
            ["198.18.40.9"],
            "Renata Musilová",
            "musilova@taborskykraj.example",
            "+420381205647",
        ),
        "from": "Renata Musilová <musilova@taborskykraj.example>",
        "subject": "Fwd: Žádost o XML výsledky (loni)",
        "headers": APPLE,
        "body": "Dobrý den,\n\nletos žádáme o totéž co loni, původní žádost přikládám. "
        "Změny: testovací adresa 198.18.41.30 už neexistuje, nově testujeme z 198.18.40.9. "
        "Kontaktní osobou jsem letos já (Renata Musilová, 381 205 647), kolega Brabec už "
        "u nás nepracuje.\n\nRenata Musilová\n",
        "attachments": [
            (
                "eml",
                "Zadost o XML vysledky.eml",
                {
                    "id": "bs037-inner",
                    "from": "Vít Brabec <brabec@taborskykraj.example>",
                    "subject": "Žádost o XML výsledky",
                    "body": "Dobrý den,\nTáborský kraj dnes s.r.o., IČO " + I37 + ".\n"
                    "Produkční: 198.18.40.1, 198.18.40.2\nTestovací: 198.18.41.30\n"
                    "Kontakt: Vít Brabec, 381 205 600\n",
                },
            )
        ],
    },
    {
        "id": "bs038-ocr-txt-two-columns",
        "description": "an OCR'd form laid out in two columns (applicant left, addresses and "
        "contact right) with padding spaces; filming box unticked",
        "style": Style.SCAN,
        "labels": L(
            [FEED],
            "Chebský občasník s.r.o.",
            I38,
            None,
            ["203.0.113.31", "203.0.113.32"],
            ["203.0.113.39"],
            "Irena Hlavsová",
            "hlavsova@chebskyobcasnik.example",
            "+420354612078",
        ),
        "from": "Irena Hlavsová <hlavsova@chebskyobcasnik.example>",
        "subject": "Formulář (přepis skenu)",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\nskener u nás zlobí, posílám přepis formuláře z OCR.\nI. Hlavsová\n",
        "attachments": [
            (
                "txt",
                "formular_ocr.txt",
                "ŽADATEL                              IP ADRESY\n"
                "Chebský občasník s.r.o.              produkční:  203.0.113.31\n"
                f"IČO: {I38}                        produkční:  203.0.113.32\n"
                "nám. Krále Jiřího 4, Cheb            testovací:  203.0.113.39\n"
                "\n"
                "ŽÁDÁME O                             KONTAKTNÍ OSOBA\n"
                "[X] přístup k XML                    Irena Hlavsová\n"
                "[ ] natáčení na pracovišti           hlavsova@chebskyobcasnik.example\n"
                "                                     tel. 354 612 078\n",
            )
        ],
    },
    {
        "id": "bs039-databox-sole-trader-ipv6-xlsx",
        "description": "data message from a sole trader's box, 'viz příloha'; one workbook row "
        "per server with two IPv6 production servers and an IPv4 test server",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Matyáš Hrdlička",
            I39,
            "h2mc7wz",
            ["2001:db8:e1::20", "2001:db8:e1::21"],
            ["192.0.2.222"],
            "Matyáš Hrdlička",
            "matyas@hrdlickaweb.example",
            "+420739504128",
        ),
        "databox": box("h2mc7wz", "Matyáš Hrdlička", "Jiráskova 31, 500 03 Hradec Králové", 40),
        "subject": "Žádost o přístup k XML výsledkům – viz příloha",
        "attachments": [
            (
                "xlsx",
                "hrdlicka_servery.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Matyáš Hrdlička, IČO " + I39],
                            ["Web", "volebnimapa-hk.example"],
                            ["E-mail", "matyas@hrdlickaweb.example"],
                            ["Telefon", "739 504 128"],
                        ],
                    },
                    {
                        "title": "Servery",
                        "rows": [
                            ["role", "hostname", "adresa", "poznámka"],
                            ["produkční", "mapa-a", "2001:db8:e1::20", "IPv6 only"],
                            ["produkční", "mapa-b", "2001:db8:e1::21", "IPv6 only"],
                            ["testovací", "notebook", "192.0.2.222", "domácí připojení"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bs040-html-crew-table-odt-filming",
        "description": "text/html mail with a row-header table and a crew list, filming only "
        "(the XML row says NE); the ODT repeats it; the contact is the producer, not the "
        "camera operators",
        "style": Style.TABLE,
        "labels": L(
            [FILM],
            "Dokumentární studio Ametyst s.r.o.",
            I40,
            None,
            [],
            [],
            "Klára Novotná",
            "novotna@studioametyst.example",
            "+420602517384",
        ),
        "from": "Klára Novotná <novotna@studioametyst.example>",
        "subject": "Žádost o povolení natáčení – volby",
        "headers": EVOLUTION,
        "html": "<p>Dobrý den,</p><p>žádáme o povolení natáčet na pracovišti ČSÚ v Praze pro "
        'dokument o volební noci.</p><table border="1">'
        "<tr><th>Žadatel</th><td>Dokumentární studio Ametyst s.r.o., IČO " + I40 + "</td></tr>"
        "<tr><th>Natáčení</th><td>ANO</td></tr><tr><th>Přístup k XML</th><td>NE</td></tr>"
        "<tr><th>Produkce / kontakt</th><td>Klára Novotná, 602 517 384</td></tr></table>"
        '<p>Štáb:</p><table border="1"><tr><th>jméno</th><th>funkce</th><th>telefon</th>'
        "</tr><tr><td>Marek Šulc</td><td>kamera</td><td>776 201 993</td></tr><tr><td>"
        "Alžběta Nová</td><td>zvuk</td><td>605 448 102</td></tr></table><p>Děkuji<br>"
        "Klára Novotná</p>",
        "attachments": [
            (
                "odt",
                "zadost_Ametyst.odt",
                [
                    "Dokumentární studio Ametyst s.r.o., IČO " + I40,
                    [
                        ["Natáčení na pracovišti ČSÚ", "ANO"],
                        ["Přístup k XML", "NE"],
                        ["Kontakt", "Klára Novotná, novotna@studioametyst.example, 602 517 384"],
                    ],
                    "Štáb: Marek Šulc (kamera), Alžběta Nová (zvuk)",
                ],
            )
        ],
    },
    {
        "id": "bs041-signature-only-body-rtf-filming",
        "description": "the body is only a signature block with IČO and data-box ID; the RTF "
        "asks to film, names the cameraman and an editor; the signer is the contact",
        "style": Style.COVER,
        "labels": L(
            [FILM],
            "Zpravodajství Valašsko s.r.o.",
            I41,
            "z5kq9dt",
            [],
            [],
            "Petra Machalová",
            "machalova@zpravodajstvivalassko.example",
            "+420571880452",
        ),
        "from": "Petra Machalová <machalova@zpravodajstvivalassko.example>",
        "subject": "natáčení - volby",
        "headers": OUTLOOK,
        "body": "--\nPetra Machalová\nprodukce\nZpravodajství Valašsko s.r.o.\nIČO: "
        + I41
        + "\nDS: z5kq9dt\ntel.: 571 880 452\n",
        "attachments": [
            (
                "rtf",
                "zadost_natoceni.rtf",
                [
                    "Zpravodajství Valašsko s.r.o.",
                    "Žádáme o povolení natáčet na pracovišti ČSÚ ve Zlíně během "
                    "zpracování výsledků voleb. Natáčet bude kameraman Radim Juřička, "
                    "reportáž připravuje redaktor Aleš Mikeska (733 205 118).",
                    [
                        ["Kontakt pro ČSÚ", "Petra Machalová"],
                        ["Telefon", "571 880 452"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "bs042-databox-annotation-replaces-contact",
        "description": "data message whose annotation replaces the contact named in the "
        "workbook with another person and gives her e-mail and phone",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Jihomoravské zprávy a.s.",
            I42,
            "m6yr4ft",
            ["198.51.100.241", "198.51.100.242"],
            ["198.51.100.250"],
            "Lucie Dvořáková",
            "dvorakova@jmzpravy.example",
            "+420731264809",
        ),
        "databox": box("m6yr4ft", "Jihomoravské zprávy a.s.", "Cejl 61, 602 00 Brno"),
        "subject": "Žádost v příloze. Kontaktní osobou je místo p. Koláře pí Lucie "
        "Dvořáková, dvorakova@jmzpravy.example, tel. 731 264 809.",
        "attachments": [
            (
                "xlsx",
                "JMZ_zadost.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Jihomoravské zprávy a.s."],
                            ["IČO", I42],
                            ["Požadavek", "přístup k XML výsledkům voleb"],
                            ["Produkční IP", "198.51.100.241"],
                            ["", "198.51.100.242"],
                            ["Testovací IP", "198.51.100.250"],
                            ["Kontaktní osoba", "Kolář Vojtěch"],
                            ["E-mail", "kolar@jmzpravy.example"],
                            ["Telefon", "731 264 800"],
                        ],
                        "merge": ["A4:A5"],
                    }
                ],
            )
        ],
    },
]
